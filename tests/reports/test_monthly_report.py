"""The monthly report: this month against cumulative, by district, and its files."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from reports import monthly
from reports.filters import Filters
from reports.selectors import has_printed_at

from .factories import at, complete, district

FEBRUARY = date(2026, 2, 1)
MONTHLY = "/cms/reports/monthly/"


def test_this_month_and_cumulative_by_district(world, staff):
    """February: what happened in February, and everything up to its end."""
    report = monthly.monthly_report(user=staff, filters=Filters(), month=FEBRUARY)
    tangail, narsingdi, sylhet = (
        district(name).pk for name in ("Tangail", "Narsingdi", "Sylhet")
    )
    assert report.value("registered", district=tangail) == (0, 2)
    assert report.value("registered", district=narsingdi) == (1, 2)
    assert report.value("registered", district=sylhet) == (1, 1)
    assert report.value("enrolled", district=tangail) == (1, 3)
    assert report.value("enrolled", district=narsingdi) == (1, 2)
    assert report.value("enrolled", district=sylhet) == (0, 0)  # enrolled in March
    assert report.value("completed", district=tangail) == (1, 2)
    assert report.value("completed", district=narsingdi) == (0, 1)
    assert report.value("issued", district=tangail) == (0, 1)
    assert report.value("issued") == (0, 2)
    assert report.value("registered") == (2, 5)
    assert report.value("completed") == (1, 3)
    printed = (0, 1) if has_printed_at() else (0, 0)
    assert report.value("printed", district=narsingdi) == printed
    assert len(report.rows) == 64


def test_month_boundary_follows_dhaka_time(world, staff):
    """23:59 on 31 January counts in January; 00:01 on 1 February in February."""
    complete(world.nasima, world.course_a, at(2026, 1, 31, hour=23, minute=59))
    complete(world.nasima, world.course_b, at(2026, 2, 1, hour=0, minute=1))
    narsingdi = district("Narsingdi").pk
    january = monthly.monthly_report(
        user=staff, filters=Filters(), month=date(2026, 1, 1)
    )
    february = monthly.monthly_report(user=staff, filters=Filters(), month=FEBRUARY)
    assert january.value("completed", district=narsingdi) == (2, 2)
    assert february.value("completed", district=narsingdi) == (1, 3)


def test_limited_staff_report_has_only_their_district(world, tangail_staff):
    report = monthly.monthly_report(
        user=tangail_staff, filters=Filters(), month=FEBRUARY
    )
    assert [row.key for row in report.rows] == [district("Tangail").pk]
    assert report.value("registered") == (0, 2)


def test_course_filter_leaves_registrations_alone(world, staff):
    report = monthly.monthly_report(
        user=staff, filters=Filters(course=world.course_b), month=FEBRUARY
    )
    assert report.value("registered") == (2, 5)
    assert report.value("enrolled") == (1, 2)


def test_monthly_page_shows_the_table(world, staff_client):
    response = staff_client.get(MONTHLY, {"month": "2026-02"})
    assert response.status_code == 200
    assert response.context["report"].value("enrolled") == (2, 5)
    assert 'data-key="total"' in response.content.decode()


def test_bad_month_is_a_form_error(world, staff_client):
    response = staff_client.get(MONTHLY, {"month": "2026-13"})
    assert response.context["form"].errors["month"]
    assert "report" not in response.context
    assert staff_client.get("/cms/reports/monthly.pdf?month=nope").status_code == 404


def test_another_district_in_the_query_does_not_leak(world, client, tangail_staff):
    client.force_login(tangail_staff)
    query = {"month": "2026-02", "district": district("Narsingdi").pk}
    assert client.get(MONTHLY, query).context["form"].errors["district"]
    assert client.get("/cms/reports/monthly.xlsx", query).status_code == 404
    assert client.get("/cms/reports/monthly.pdf", query).status_code == 404


def test_xlsx_has_two_heading_rows_and_numbers(world, staff_client):
    response = staff_client.get("/cms/reports/monthly.xlsx", {"month": "2026-02"})
    assert response["Content-Disposition"].endswith('monthly-report-2026-02.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0].endswith("District")
    assert rows[0][1].endswith("Registered learners") and rows[0][2] is None
    assert rows[1][1].endswith("This month") and rows[1][2].endswith("Cumulative")
    assert "A1:A2" in {str(cells) for cells in sheet.merged_cells.ranges}
    tangail = next(row for row in rows if row[0] == district("Tangail").name_bn)
    assert tangail[1:7] == [0, 2, 1, 3, 1, 2]
    total = rows[-1]
    assert total[1:3] == [2, 5]
    assert len(rows) == 2 + 64 + 1


def test_pdf_is_a4_landscape_with_the_month_in_bangla(world, staff_client):
    response = staff_client.get("/cms/reports/monthly.pdf", {"month": "2026-02"})
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) >= 2  # 64 districts do not fit one page
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(841.89, abs=1)
    assert float(box.height) == pytest.approx(595.28, abs=1)
    assert "ফেব্রুয়ারি ২০২৬" in reader.metadata.title


def test_month_defaults_to_this_month(world, staff_client):
    from django.utils import timezone

    response = staff_client.get(MONTHLY)
    assert response.context["report"].month == timezone.localdate().replace(day=1)
