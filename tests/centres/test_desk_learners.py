"""The operator's desk: who gets in, and an operator's learners only, listed,
searched, exported and opened."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from centres import learner_panels
from centres.models import LearnerProfile
from elearn.spreadsheets import safe_cell
from tests.centres.factories import (
    OPERATOR_PASSWORD,
    CentreFactory,
    LearnerFactory,
    OperatorFactory,
    UserFactory,
)
from tests.certificates.factories import complete_course
from tests.i18n import bangla

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator():
    return OperatorFactory(user__username="salma")


@pytest.fixture
def desk(client, operator):
    client.force_login(operator.user)
    return client


@pytest.fixture
def other_centre_learner():
    return LearnerFactory(
        full_name="অন্য কেন্দ্রের শিক্ষার্থী",
        phone="01899000000",
        centre=CentreFactory(),
    )


def rows_of(response):
    """The learners' names in the list, in order."""
    return [learner.full_name for learner in response.context["page"].object_list]


def csv_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff"), "Excel needs the BOM to read Bangla"
    return list(csv.reader(io.StringIO(body[1:])))


def xlsx_rows(response):
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    return [[cell.value for cell in row] for row in book.worksheets[0].iter_rows()]


# Who gets in ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["desk:home", "desk:learners", "desk:learner_new", "desk:learner_import"]
)
def test_anonymous_visitor_is_sent_to_the_operator_sign_in(client, name):
    """Nobody sees the desk signed out; they land on the desk's own sign-in."""
    url = reverse(name)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("desk:sign_in"))
    assert "next=" in response["Location"]


def test_a_learner_gets_a_bangla_403_on_the_desk(learner_client):
    """A learner is signed in but is no operator: refused, and told why."""
    response = learner_client.get(reverse("desk:learners"))

    assert response.status_code == 403
    assert bangla("Only for centre operators") in response.content.decode()


def test_a_trainer_gets_403_on_the_desk(client):
    """An admin user who writes courses is not an operator either."""
    trainer = UserFactory(username="trainer")
    trainers, _ = Group.objects.get_or_create(name="Trainers")
    trainers.permissions.add(Permission.objects.get(codename="access_admin"))
    trainer.groups.add(trainers)
    client.force_login(trainer)

    for name in ("desk:home", "desk:learners", "desk:learner_new"):
        assert client.get(reverse(name)).status_code == 403


def test_an_operator_of_a_closed_centre_gets_403(client):
    """Closing a centre closes its desk to its operators."""
    membership = OperatorFactory(centre=CentreFactory(active=False))
    client.force_login(membership.user)

    assert client.get(reverse("desk:home")).status_code == 403


def test_operator_signs_in_with_username_and_password_and_reaches_the_desk(
    client, operator
):
    """The desk's sign-in form takes a username and password, then opens the desk."""
    response = client.post(
        reverse("desk:sign_in"),
        {"username": "salma", "password": OPERATOR_PASSWORD},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("desk:home")
    home = client.get(reverse("desk:home"))
    assert home.status_code == 200
    assert operator.centre.name_bn in home.content.decode()


def test_wrong_password_does_not_sign_the_operator_in(client, operator):
    """A typo shows the form again, signed out."""
    response = client.post(
        reverse("desk:sign_in"), {"username": "salma", "password": "wrong"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


# The desk's home -----------------------------------------------------------


def test_desk_home_shows_only_the_operators_centres_with_learner_counts(
    desk, operator, other_centre_learner
):
    """Each of the operator's centres, its kind, district and learners: no other."""
    LearnerFactory(centre=operator.centre)
    LearnerFactory(centre=operator.centre)

    response = desk.get(reverse("desk:home"))

    page = response.content.decode()
    centres = response.context["centres"]
    assert [c.pk for c in centres] == [operator.centre.pk]
    assert centres[0].learner_count == 2
    assert operator.centre.name_bn in page
    assert other_centre_learner.centre.name_bn not in page
    assert operator.centre.district.name_bn in page
    assert reverse("desk:learner_import") in page


# The list ------------------------------------------------------------------


def test_operator_sees_only_their_centres_learners(
    desk, operator, other_centre_learner
):
    """The list holds the operator's centre's learners, not those learning elsewhere."""
    mine = LearnerFactory(full_name="রহিমা খাতুন", centre=operator.centre)
    LearnerFactory(full_name="একা শিক্ষার্থী")  # no centre: learns on their own

    response = desk.get(reverse("desk:learners"))

    assert rows_of(response) == [mine.full_name]
    assert other_centre_learner.full_name not in response.content.decode()


def test_operator_of_two_centres_sees_both_and_can_filter_by_one(desk, operator):
    """An operator of two centres sees both; the centre filter narrows to one."""
    second = CentreFactory()
    OperatorFactory(user=operator.user, centre=second)
    first_learner = LearnerFactory(full_name="প্রথম কেন্দ্র", centre=operator.centre)
    LearnerFactory(full_name="দ্বিতীয় কেন্দ্র", centre=second)

    everyone = desk.get(reverse("desk:learners"))
    one = desk.get(reverse("desk:learners"), {"centre": operator.centre.pk})

    assert sorted(rows_of(everyone)) == sorted(["প্রথম কেন্দ্র", "দ্বিতীয় কেন্দ্র"])
    assert rows_of(one) == [first_learner.full_name]


def test_centre_filter_offers_only_the_operators_centres(
    desk, operator, other_centre_learner
):
    """Another centre is not a choice, and asking for it by id shows nobody of it."""
    OperatorFactory(user=operator.user, centre=CentreFactory())
    LearnerFactory(centre=operator.centre)

    response = desk.get(
        reverse("desk:learners"), {"centre": other_centre_learner.centre.pk}
    )

    offered = list(response.context["form"].fields["centre"].queryset)
    assert len(offered) == 2
    assert other_centre_learner.centre not in offered
    assert other_centre_learner.full_name not in rows_of(response)
    assert rows_of(response)  # the operator's own learner is still listed


def test_search_by_part_of_a_bangla_name(desk, operator):
    """Part of a Bangla name finds the learner, with conjuncts intact."""
    LearnerFactory(full_name="শ্রাবন্তী র\u200d্যাহমান", centre=operator.centre)
    LearnerFactory(full_name="আব্দুল করিম", centre=operator.centre)

    response = desk.get(reverse("desk:learners"), {"q": "শ্রাবন্তী"})

    assert rows_of(response) == ["শ্রাবন্তী র\u200d্যাহমান"]


@pytest.mark.parametrize(
    "typed", ["০১৭১১২২২৩৩৩", "+880 1711-222333", "8801711222333", "১৭১১২২২", "222333"]
)
def test_search_by_mobile_number_in_any_form(desk, operator, typed):
    """Bangla digits, +880, spaces and dashes, or part of the number all find it."""
    LearnerFactory(full_name="রহিমা খাতুন", phone="01711222333", centre=operator.centre)
    LearnerFactory(full_name="আব্দুল করিম", phone="01899111111", centre=operator.centre)

    response = desk.get(reverse("desk:learners"), {"q": typed})

    assert rows_of(response) == ["রহিমা খাতুন"]


def test_search_never_finds_another_centres_learner(
    desk, operator, other_centre_learner
):
    """Typing another centre's learner's exact number finds nobody."""
    LearnerFactory(centre=operator.centre)

    response = desk.get(reverse("desk:learners"), {"q": "01899000000"})

    assert rows_of(response) == []
    no_match = (
        "No learner matches. Check the spelling or the number, or search by part of it."
    )
    assert bangla(no_match) in response.content.decode()


def test_empty_list_invites_the_operator_to_register_or_import(desk):
    """A new centre's list says what to do first."""
    response = desk.get(reverse("desk:learners"))

    page = response.content.decode()
    assert bangla("No learners yet") in page
    assert reverse("desk:learner_new") in page


def test_list_counts_each_learners_courses_enrolled_and_completed(
    desk, operator, course
):
    """The counts come from enrolments and completions, per learner."""
    finished = LearnerFactory(full_name="শেষ করেছেন", centre=operator.centre)
    LearnerFactory(full_name="শুরু করেননি", centre=operator.centre)
    complete_course(user=finished.user, course=course)

    response = desk.get(reverse("desk:learners"))

    counts = {
        learner.full_name: (learner.courses_enrolled, learner.courses_completed)
        for learner in response.context["page"].object_list
    }
    assert counts == {"শেষ করেছেন": (1, 1), "শুরু করেননি": (0, 0)}


def test_list_shows_25_learners_a_page_with_a_bangla_pager(desk, operator):
    """30 learners make two pages, 25 and 5, and the pager speaks Bangla digits."""
    for _ in range(30):
        LearnerFactory(centre=operator.centre)

    first = desk.get(reverse("desk:learners"))
    second = desk.get(reverse("desk:learners"), {"page": 2})

    assert len(rows_of(first)) == 25
    assert len(rows_of(second)) == 5
    assert set(rows_of(first)).isdisjoint(rows_of(second))
    pager = bangla("Page %(number)s of %(pages)s") % {"number": "১", "pages": "২"}
    assert pager in first.content.decode()
    assert "page=2" in first.content.decode()


def test_list_page_queries_do_not_grow_with_the_number_of_learners(
    desk, operator, course, django_assert_max_num_queries
):
    """Counts are annotated in SQL: 3 learners or 25 cost the same queries."""
    for _ in range(3):
        complete_course(user=LearnerFactory(centre=operator.centre).user, course=course)
    with CaptureQueriesContext(connection) as few:
        desk.get(reverse("desk:learners"))
    for _ in range(22):
        complete_course(user=LearnerFactory(centre=operator.centre).user, course=course)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = desk.get(reverse("desk:learners"))

    assert len(rows_of(response)) == 25


# Exports -------------------------------------------------------------------


def test_csv_export_has_the_same_learners_and_numbers_as_the_page(
    desk, operator, course, other_centre_learner
):
    """The same filters give the same rows and counts, in Excel-readable UTF-8."""
    done = LearnerFactory(
        full_name="রহিমা খাতুন", phone="01711222333", centre=operator.centre
    )
    LearnerFactory(full_name="রহিম উদ্দিন", centre=operator.centre)
    LearnerFactory(full_name="আব্দুল করিম", centre=operator.centre)
    complete_course(user=done.user, course=course)
    filters = {"q": "রহিম"}

    page = desk.get(reverse("desk:learners"), filters)
    export = desk.get(reverse("desk:learners"), {**filters, "format": "csv"})

    assert export["Content-Type"].startswith("text/csv")
    assert "attachment" in export["Content-Disposition"]
    heading, *rows = csv_rows(export)
    assert len(rows) == page.context["page"].paginator.count == 2
    by_name = {row[0]: row for row in rows}
    assert set(by_name) == {"রহিমা খাতুন", "রহিম উদ্দিন"}
    assert by_name["রহিমা খাতুন"][1] == "01711222333"
    assert by_name["রহিমা খাতুন"][-2:] == ["1", "1"]
    assert by_name["রহিম উদ্দিন"][-2:] == ["0", "0"]
    assert other_centre_learner.full_name not in export.content.decode()


def test_xlsx_export_matches_the_page_and_holds_only_own_learners(
    desk, operator, other_centre_learner
):
    """XLSX rows equal the page's count; another centre's learner is not there."""
    for _ in range(3):
        LearnerFactory(centre=operator.centre)

    page = desk.get(reverse("desk:learners"))
    export = desk.get(reverse("desk:learners"), {"format": "xlsx"})

    heading, *rows = xlsx_rows(export)
    assert len(rows) == page.context["page"].paginator.count == 3
    assert bangla("Courses completed") in heading
    names = {row[0] for row in rows}
    assert other_centre_learner.full_name not in names


def test_exports_neutralise_cells_that_would_run_as_formulas(desk, operator):
    """A name starting with "-" and a centre named like a formula come out as text."""
    operator.centre.name_bn = '=HYPERLINK("http://x","y")'
    operator.centre.save()
    LearnerFactory(full_name="-রহিমা খাতুন", centre=operator.centre)

    as_csv = csv_rows(desk.get(reverse("desk:learners"), {"format": "csv"}))
    book = openpyxl.load_workbook(
        io.BytesIO(desk.get(reverse("desk:learners"), {"format": "xlsx"}).content)
    )
    sheet = book.worksheets[0]

    assert as_csv[1][0] == "'-রহিমা খাতুন"
    assert as_csv[1][4] == '\'=HYPERLINK("http://x","y")'
    assert sheet["A2"].value == "'-রহিমা খাতুন"
    assert sheet["E2"].value.startswith("'=")
    assert sheet["E2"].data_type == "s"  # text, not a formula


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+8801711000001", "'+8801711000001"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("রহিমা", "রহিমা"),
        ("a=b", "a=b"),
        (None, ""),
        (-5, -5),
        (12, 12),
    ],
)
def test_safe_cell_quotes_only_what_starts_like_a_formula(value, expected):
    """Text starting with = + - @ tab or CR gets a quote; numbers stay numbers."""
    assert safe_cell(value) == expected


# A learner's page ----------------------------------------------------------


def test_learner_page_shows_the_profile_and_course_counts(desk, operator, course):
    """Name, number, centre and course counts of the operator's own learner."""
    learner = LearnerFactory(
        full_name="রহিমা খাতুন", phone="01711222333", centre=operator.centre
    )
    complete_course(user=learner.user, course=course)

    response = desk.get(reverse("desk:learner_detail", args=[learner.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "রহিমা খাতুন" in page
    assert "০১৭১১২২২৩৩৩" in page
    assert operator.centre.name_bn in page
    assert response.context["counts"] == {"courses_enrolled": 1, "courses_completed": 1}


def test_operator_cannot_open_another_centres_learner(desk, other_centre_learner):
    """Another centre's learner by URL is "not found", not "forbidden"."""
    response = desk.get(reverse("desk:learner_detail", args=[other_centre_learner.pk]))

    assert response.status_code == 404


def test_learner_page_shows_panels_other_apps_register(desk, operator, monkeypatch):
    """Courses and certificates add panels; each gets the request and the learner."""
    learner = LearnerFactory(centre=operator.centre)
    seen = []

    def dummy_panel(*, request, learner):
        seen.append(learner.pk)
        return f"<section class='panel'>dummy panel for {learner.pk}</section>"

    monkeypatch.setattr(learner_panels, "_panels", [])
    learner_panels.register(dummy_panel)
    learner_panels.register(dummy_panel)  # idempotent

    response = desk.get(reverse("desk:learner_detail", args=[learner.pk]))

    assert f"dummy panel for {learner.pk}" in response.content.decode()
    assert seen == [learner.pk]


def test_desk_pages_are_in_english_under_en(desk, operator):
    """The same desk speaks English under /en/."""
    LearnerFactory(centre=operator.centre)

    response = desk.get("/en" + reverse("desk:learners"))

    page = response.content.decode()
    assert "Courses enrolled" in page
    assert LearnerProfile.objects.count() == 1
