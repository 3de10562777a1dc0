"""The programme's monthly update: each indicator "this month" and "cumulative".

Rows are the districts in the viewer's scope (narrowed by the filters), then a
total; columns are the indicators below, each twice. "Cumulative" counts
everything up to the end of the month, so a later month's cumulative never
includes events after it. The same table comes as a page, an XLSX (two heading
rows, Bangla and English, numbers as numbers) and a printable A4 PDF.

Registered learners are people, not enrolments, so the course filter does not
narrow them; every other filter does.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from centres.models import District, LearnerProfile
from certificates.models import Certificate
from courses.models import CourseCompletion, Enrollment
from elearn.formatting import (
    BANGLA_MONTHS,
    ENGLISH_MONTHS,
    format_date,
    format_number,
    is_bangla,
    localise_digits,
)
from elearn.spreadsheets import safe_cell

from .filters import Filters, start_of
from .scope import scope_district_ids
from .selectors import (
    VIA_CERTIFICATE,
    VIA_USER,
    course_filter,
    has_printed_at,
    learner_filter,
)

INDICATORS = (
    ("registered", gettext_lazy("Registered learners")),
    ("enrolled", gettext_lazy("Enrolled")),
    ("completed", gettext_lazy("Completed")),
    ("issued", gettext_lazy("Certificates issued")),
    ("printed", gettext_lazy("Certificates printed")),
)
THIS_MONTH = gettext_lazy("This month")
CUMULATIVE = gettext_lazy("Cumulative")
DISTRICT = gettext_lazy("District")
TOTAL = gettext_lazy("Total")


@dataclass(frozen=True)
class MonthlyRow:
    key: int | None  # the district's id; None on the total row
    label: str
    counts: tuple[tuple[int, int], ...]  # (this month, cumulative) per indicator

    def cells(self) -> list[int]:
        return [number for pair in self.counts for number in pair]


@dataclass(frozen=True)
class MonthlyReport:
    month: date  # its first day
    rows: tuple[MonthlyRow, ...]  # the districts, by name
    total: MonthlyRow

    def value(self, indicator: str, *, district: int | None = None) -> tuple:
        """(this month, cumulative) for one indicator, one district or the total."""
        index = [slug for slug, _label in INDICATORS].index(indicator)
        row = (
            self.total
            if district is None
            else next(row for row in self.rows if row.key == district)
        )
        return row.counts[index]


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def month_name(month: date, language: str | None = None) -> str:
    """'নভেম্বর ২০২৬' or 'November 2026'."""
    language = language or translation.get_language()
    names = BANGLA_MONTHS if is_bangla(language) else ENGLISH_MONTHS
    return f"{names[month.month - 1]} {localise_digits(month.year, language)}"


def _by_district(queryset, field: str, start: datetime, end: datetime, via: str):
    rows = (
        queryset.filter(**{f"{field}__lt": end})
        .values(key=F(f"{via}district"))
        .annotate(
            month=Count("pk", filter=Q(**{f"{field}__gte": start})),
            cumulative=Count("pk"),
        )
        .order_by()
    )
    return {row["key"]: (row["month"], row["cumulative"]) for row in rows}


def monthly_report(*, user, filters: Filters, month: date) -> MonthlyReport:
    """The month's table for ``user``'s scope; the filters' dates are ignored.

    Six queries: the districts, then one per indicator grouped by district.
    """
    start, end = start_of(month), start_of(next_month(month))

    def learners(prefix):
        return learner_filter(prefix, user=user, filters=filters)

    course = course_filter(filters)
    counts = {
        "registered": _by_district(
            LearnerProfile.objects.filter(learners("")), "created_at", start, end, ""
        ),
        "enrolled": _by_district(
            Enrollment.objects.filter(learners(VIA_USER), course),
            "enrolled_at",
            start,
            end,
            VIA_USER,
        ),
        "completed": _by_district(
            CourseCompletion.objects.filter(learners(VIA_USER), course),
            "completed_at",
            start,
            end,
            VIA_USER,
        ),
        "issued": _by_district(
            Certificate.objects.filter(
                learners(VIA_CERTIFICATE), course, status=Certificate.Status.ISSUED
            ),
            "issued_at",
            start,
            end,
            VIA_CERTIFICATE,
        ),
        "printed": _by_district(
            Certificate.objects.filter(learners(VIA_CERTIFICATE), course),
            "printed_at",
            start,
            end,
            VIA_CERTIFICATE,
        )
        if has_printed_at()
        else {},
    }
    districts = District.objects.filter(pk__in=scope_district_ids(user))
    if filters.district is not None:
        districts = districts.filter(pk=filters.district.pk)
    elif filters.division is not None:
        districts = districts.filter(division=filters.division.pk)
    rows = sorted(
        (
            MonthlyRow(
                key=district.pk,
                label=district.name,
                counts=tuple(
                    counts[slug].get(district.pk, (0, 0)) for slug, _label in INDICATORS
                ),
            )
            for district in districts
        ),
        key=lambda row: row.label,
    )
    total = MonthlyRow(
        key=None,
        label=str(TOTAL),
        counts=tuple(
            (
                sum(row.counts[index][0] for row in rows),
                sum(row.counts[index][1] for row in rows),
            )
            for index in range(len(INDICATORS))
        ),
    )
    return MonthlyReport(month=month, rows=tuple(rows), total=total)


# --- XLSX --------------------------------------------------------------------


def bilingual(message) -> str:
    """'জেলা / District': a heading in Bangla and English (once if the same)."""
    with translation.override("bn"):
        bangla = str(message)
    with translation.override("en"):
        english = str(message)
    return english if bangla == english else f"{bangla} / {english}"


def report_xlsx(report: MonthlyReport) -> bytes:
    """The table as a workbook: two heading rows, then districts and the total."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = report.month.strftime("%Y-%m")
    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.cell(row=1, column=1, value=safe_cell(bilingual(DISTRICT)))
    sheet.merge_cells(start_row=1, start_column=1, end_row=2, end_column=1)
    for index, (_slug, label) in enumerate(INDICATORS):
        column = 2 + index * 2
        sheet.cell(row=1, column=column, value=safe_cell(bilingual(label)))
        sheet.merge_cells(
            start_row=1, start_column=column, end_row=1, end_column=column + 1
        )
        sheet.cell(row=2, column=column, value=safe_cell(bilingual(THIS_MONTH)))
        sheet.cell(row=2, column=column + 1, value=safe_cell(bilingual(CUMULATIVE)))
    for row in sheet.iter_rows(min_row=1, max_row=2):
        for cell in row:
            cell.font, cell.alignment = bold, centred
    for row in (*report.rows, report.total):
        sheet.append([safe_cell(row.label), *row.cells()])
    grey = PatternFill("solid", fgColor="EEEEEE")
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = bold, grey
    sheet.column_dimensions["A"].width = 24
    for column in range(2, 2 + 2 * len(INDICATORS)):
        sheet.column_dimensions[get_column_letter(column)].width = 16
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "B3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- PDF ---------------------------------------------------------------------


@functools.cache
def _fonts() -> tuple[str, str]:
    from certificates.render import BOLD, REGULAR, _register_fonts

    _register_fonts()
    return REGULAR, BOLD


def _styles():
    from reportlab.lib.colors import black
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _fonts()

    def style(name, size, font, align):
        return ParagraphStyle(
            f"monthly-{name}",
            fontName=font,
            fontSize=size,
            leading=size * 1.35,
            alignment=align,
            textColor=black,
            shaping=1,
        )

    return {
        "title": style("title", 16, bold, TA_LEFT),
        "meta": style("meta", 9.5, regular, TA_LEFT),
        "head": style("head", 9, bold, TA_CENTER),
        "name": style("name", 9, regular, TA_LEFT),
        "name_bold": style("name-bold", 9, bold, TA_LEFT),
        "number": style("number", 9, regular, TA_RIGHT),
        "number_bold": style("number-bold", 9, bold, TA_RIGHT),
        "footer": style("footer", 8, regular, TA_RIGHT),
    }


def _escape(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def report_pdf(report: MonthlyReport, *, description: str = "") -> bytes:
    """An A4 landscape PDF of the table, in the active language.

    The two heading rows repeat on every page; each page says its number and
    the page count, and when the report was made.
    """
    from reportlab.lib.colors import Color, white
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    language = translation.get_language()
    styles = _styles()
    page_w, page_h = landscape(A4)
    margin = 12 * mm
    made = _("Made on %(date)s") % {"date": format_date(timezone.localdate(), language)}

    def paragraph(text, style):
        return Paragraph(_escape(text), styles[style])

    def number(value, style="number"):
        return paragraph(format_number(value, language), style)

    title = _("Monthly report: %(month)s") % {"month": month_name(report.month)}

    def make_story() -> list:
        # Flowables are consumed by a build, so each pass gets its own.
        header_1 = [paragraph(DISTRICT, "head")]
        header_2 = [""]
        for _slug, label in INDICATORS:
            header_1 += [paragraph(label, "head"), ""]
            header_2 += [paragraph(THIS_MONTH, "head"), paragraph(CUMULATIVE, "head")]
        data = [header_1, header_2]
        for row in report.rows:
            data.append([paragraph(row.label, "name"), *map(number, row.cells())])
        data.append(
            [paragraph(report.total.label, "name_bold")]
            + [number(value, "number_bold") for value in report.total.cells()]
        )
        name_w = 44 * mm
        # The frame keeps 6 points of padding on each side.
        number_w = (page_w - 2 * margin - 12 - name_w) / (2 * len(INDICATORS))
        table = Table(
            data,
            colWidths=[name_w] + [number_w] * (2 * len(INDICATORS)),
            repeatRows=2,
        )
        line = Color(0.6, 0.6, 0.6)
        shade = Color(0.92, 0.95, 0.94)
        commands = [
            ("SPAN", (0, 0), (0, 1)),
            ("GRID", (0, 0), (-1, -1), 0.4, line),
            ("BACKGROUND", (0, 0), (-1, 1), shade),
            ("BACKGROUND", (0, -1), (-1, -1), shade),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for index in range(len(INDICATORS)):
            commands.append(("SPAN", (1 + 2 * index, 0), (2 + 2 * index, 0)))
        for row_index in range(2, len(data) - 1, 2):
            commands.append(("BACKGROUND", (0, row_index), (-1, row_index), white))
        table.setStyle(TableStyle(commands))
        story = [paragraph(title, "title"), Spacer(1, 2 * mm)]
        if description:
            story += [paragraph(description, "meta"), Spacer(1, 1 * mm)]
        story += [paragraph(made, "meta"), Spacer(1, 4 * mm), table]

        return story

    def build(total_pages: int | None) -> tuple[bytes, int]:
        out = io.BytesIO()
        pages = []

        def footer(canvas, doc):
            pages.append(doc.page)
            text = _("Page %(page)s of %(pages)s") % {
                "page": localise_digits(doc.page, language),
                "pages": localise_digits(total_pages or 0, language),
            }
            stamp = Paragraph(_escape(f"{title} · {text}"), styles["footer"])
            width = page_w - 2 * margin
            stamp.wrapOn(canvas, width, 20)
            stamp.drawOn(canvas, margin, 6 * mm)

        document = SimpleDocTemplate(
            out,
            pagesize=(page_w, page_h),
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=14 * mm,
            title=title,
            author="elearn",
        )
        document.build(make_story(), onFirstPage=footer, onLaterPages=footer)
        return out.getvalue(), len(pages)

    # The first pass counts the pages that the second prints on each one.
    _pdf, pages = build(None)
    pdf, _pages = build(pages)
    return pdf
