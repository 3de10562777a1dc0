"""The dashboard page and its downloads: who may see them, what they show."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from centres.models import Centre, CentreOperator
from reports import tables
from reports.filters import Filters
from reports.selectors import by_centre, by_district

from .factories import district, make_centre, make_learner, make_staff, make_user

DASHBOARD = "/cms/reports/dashboard/"


def _export(client, slug, fmt, query=""):
    return client.get(
        reverse("reports_table_export", kwargs={"slug": slug, "fmt": fmt}) + query
    )


def _csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _xlsx_rows(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_staff_see_the_dashboard_with_the_figures(world, staff_client):
    """The page shows the figures, the three pictures and five tables."""
    response = staff_client.get(DASHBOARD)
    assert response.status_code == 200
    figures = response.context["figures"]
    assert (figures.enrolled, figures.completed, figures.certified) == (6, 4, 2)
    html = response.content.decode()
    assert 'data-figure="enrolled">৬<' in html
    assert html.count("<svg") >= 3
    assert [item["table"].slug for item in response.context["tables"]] == [
        "district",
        "centre",
        "course",
        "gender",
        "learner-type",
    ]


def test_superuser_sees_the_dashboard(world, client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="x")
    client.force_login(admin)
    assert client.get(DASHBOARD).status_code == 200


def _refused(response) -> bool:
    """Wagtail turns PermissionDenied in its admin into a redirect to the
    admin's home page with a "no permission" message."""
    return response.status_code == 302 and response["Location"] == "/cms/"


def test_trainer_is_refused(world, client):
    """Admin access without the staff permission is not enough."""
    client.force_login(make_user("trainer", "wagtailadmin.access_admin"))
    assert _refused(client.get(DASHBOARD))
    assert _refused(_export(client, "district", "csv"))
    assert _refused(client.get("/cms/reports/monthly/"))
    assert _refused(client.get("/cms/reports/monthly.pdf"))
    assert _refused(client.get("/cms/reports/monthly.xlsx"))


def test_operator_is_refused(world, client):
    operator = make_user("operator", "wagtailadmin.access_admin")
    CentreOperator.objects.create(user=operator, centre=world.udc_t)
    client.force_login(operator)
    assert _refused(client.get(DASHBOARD))
    assert _refused(_export(client, "centre", "xlsx"))


def test_reports_menu_shows_the_items_to_staff_only(world, client, staff):
    """The Reports menu lists the dashboard for staff, not for a trainer."""
    from django.test import RequestFactory

    from reports.wagtail_hooks import StaffReportMenuItem

    item = StaffReportMenuItem("x", DASHBOARD)
    request = RequestFactory().get("/cms/")
    request.user = staff
    assert item.is_shown(request)
    request.user = make_user("trainer", "wagtailadmin.access_admin")
    assert not item.is_shown(request)


def test_learner_and_anonymous_are_sent_to_sign_in(world, client):
    """Without admin access Wagtail sends them to its sign-in page."""
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert "/cms/login/" in response["Location"]
    client.force_login(world.tania)
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert "/cms/login/" in response["Location"]


def test_a_filter_outside_the_scope_is_a_form_error(world, client, tangail_staff):
    """Tangail staff asking for Narsingdi get an error and no figures."""
    client.force_login(tangail_staff)
    narsingdi = district("Narsingdi").pk
    response = client.get(DASHBOARD, {"district": narsingdi})
    assert response.status_code == 200
    assert response.context["form"].errors["district"]
    assert "figures" not in response.context
    assert (
        _export(client, "district", "csv", f"?district={narsingdi}").status_code == 404
    )
    centre = f"?centre={world.udc_n.pk}"
    assert _export(client, "centre", "csv", centre).status_code == 404


def test_limited_staff_see_only_their_district_everywhere(world, client, tangail_staff):
    """Figures, tables, map and downloads hold Tangail alone."""
    client.force_login(tangail_staff)
    response = client.get(DASHBOARD)
    figures = response.context["figures"]
    assert (figures.enrolled, figures.completed) == (3, 2)
    rows = response.context["tables"][0]["rows"]
    assert [line["row"].key for line in rows] == [district("Tangail").pk]
    centres = [line["row"].key for line in response.context["tables"][1]["rows"]]
    assert centres == [world.udc_t.pk]
    svg = str(response.context["map"].svg)
    assert svg.count("<a ") == 1  # only Tangail is linked, named and shaded
    assert district("Narsingdi").name_bn not in svg
    csv_rows = _csv_rows(_export(client, "district", "csv"))
    assert [row[0] for row in csv_rows[1:]] == [district("Tangail").name_bn]


def test_division_scope_covers_its_districts(world, client):
    """Staff limited to Sylhet division see Sylhet's districts only."""
    client.force_login(make_staff("sylhet", divisions=["Sylhet"]))
    rows = client.get(DASHBOARD).context["tables"][0]["rows"]
    keys = {line["row"].key for line in rows}
    assert district("Sylhet").pk in keys
    assert district("Tangail").pk not in keys
    assert len(keys) == 4  # Habiganj, Moulvibazar, Sunamganj, Sylhet


@pytest.mark.parametrize("slug", list(tables.TABLES))
def test_downloads_hold_the_numbers_on_the_screen(world, staff_client, slug):
    """CSV and XLSX rows equal the page's rows, for the same filters."""
    query = f"?course={world.course_a.pk}&date_to=2026-02-28"
    page = staff_client.get(DASHBOARD + query)
    table = next(item for item in page.context["tables"] if item["table"].slug == slug)
    screen = [tables.cells(line["row"]) for line in table["rows"]]
    assert table["csv"].endswith(query[1:].replace("&", "&"))  # same filters
    csv_rows = _csv_rows(_export(staff_client, slug, "csv", query))
    xlsx_rows = _xlsx_rows(_export(staff_client, slug, "xlsx", query))
    assert csv_rows[0] == xlsx_rows[0] == tables.headings(table["table"])
    as_text = [[str(cell) for cell in row] for row in screen]
    assert csv_rows[1:] == as_text
    assert [[("" if c is None else c) for c in row] for row in xlsx_rows[1:]] == screen


def test_download_numbers_are_numbers_in_xlsx(world, staff_client):
    rows = _xlsx_rows(_export(staff_client, "course", "xlsx"))
    course_a = next(row for row in rows if row[0] == world.course_a.title)
    assert course_a[1:5] == [4, 1, 3, 1] or isinstance(course_a[1], int)
    assert course_a[5] == pytest.approx(66.7)


def test_downloaded_names_cannot_run_as_formulas(world, staff_client):
    """A centre named like a formula is written with a leading apostrophe."""
    centre = make_centre("Tangail", name='=HYPERLINK("http://x")')
    make_learner("Tangail", centre=centre)
    from courses.models import Enrollment

    learner = Centre.objects.get(pk=centre.pk).learners.get().user
    Enrollment.objects.create(user=learner, course=world.course_a)
    csv_rows = _csv_rows(_export(staff_client, "centre", "csv"))
    assert ['\'=HYPERLINK("http://x")'] == [
        row[0] for row in csv_rows if "HYPERLINK" in row[0]
    ]
    xlsx_rows = _xlsx_rows(_export(staff_client, "centre", "xlsx"))
    assert any(row[0] == '\'=HYPERLINK("http://x")' for row in xlsx_rows)


def test_centre_rows_match_the_selector(world, staff, staff_client):
    rows = _csv_rows(_export(staff_client, "centre", "csv"))[1:]
    expected = by_centre(user=staff, filters=Filters())
    assert [row[1:5] for row in rows] == [
        [str(r.enrolled), str(r.active), str(r.completed), str(r.certified)]
        for r in expected
    ]


def test_map_links_each_district_to_the_dashboard_filtered_by_it(world, staff_client):
    response = staff_client.get(DASHBOARD, {"course": world.course_a.pk})
    svg = str(response.context["map"].svg)
    assert svg.count("<a ") == 64
    tangail = district("Tangail").pk
    assert f'href="?course={world.course_a.pk}&amp;district={tangail}"' in svg


def test_map_shades_districts_by_completions(world, staff):
    """Districts with completions get a shade; those without stay white."""
    from reports import charts

    rows = {row.key: row for row in by_district(user=staff, filters=Filters())}
    assert rows[district("Tangail").pk].completed == 2
    breaks = charts.class_breaks([row.completed for row in rows.values()])
    assert charts.shade_for(2, breaks) != charts.NONE_FILL
    assert charts.shade_for(0, breaks) == charts.NONE_FILL


def _count_queries(client, django_assert_max_num_queries, url, limit):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with django_assert_max_num_queries(limit), CaptureQueriesContext(connection) as c:
        assert client.get(url).status_code == 200
    return len(c.captured_queries)


# About a dozen of each page's queries are the admin's own (session, user,
# permissions, menus); the dashboard adds 4 per table and 6 for the figures.
QUERY_LIMITS = {
    DASHBOARD: 50,
    DASHBOARD + "?district={tangail}&date_from=2026-01-01&gender=female": 52,
    "/cms/reports/dashboard/centre.csv": 17,  # one to ask if the summary is fresh
    "/cms/reports/monthly/?month=2026-02": 26,
    "/cms/reports/monthly.xlsx?month=2026-02": 16,
}


def test_dashboard_queries_are_few_and_do_not_grow(
    world, client, tangail_staff, django_assert_max_num_queries
):
    """More learners and events do not add queries to any page or download."""
    client.force_login(tangail_staff)
    tangail = district("Tangail").pk
    limits = {url.format(tangail=tangail): n for url, n in QUERY_LIMITS.items()}
    for url in limits:
        client.get(url)  # first-use caches (locales, the map) out of the way
    before = [
        _count_queries(client, django_assert_max_num_queries, url, limit)
        for url, limit in limits.items()
    ]
    from .conftest import F
    from .factories import at, complete, enrol

    for index in range(5):
        centre = make_centre("Tangail", name=f"UDC {index}")
        user = make_learner("Tangail", gender=F, centre=centre)
        enrol(user, world.course_a, at(2026, 1, 3))
        complete(user, world.course_a, at(2026, 1, 9))
    after = [
        _count_queries(client, django_assert_max_num_queries, url, limit)
        for url, limit in limits.items()
    ]
    assert after == before
