"""CSV and XLSX downloads that Excel opens safely and in Bangla.

Anything a learner or an operator typed may end up in a spreadsheet that
someone opens in Excel or LibreOffice. A cell that starts with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return) is run as a formula there, so
every text cell passes through :func:`safe_cell`, which puts a ``'`` in front
("CSV injection"). CSV is written as UTF-8 with a byte-order mark, without
which Excel shows Bangla as mojibake. Every export (operator desk, reports)
goes through here.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """Return ``value`` ready for a spreadsheet cell.

    Numbers and dates stay as they are (a spreadsheet cannot run them); an
    aware datetime becomes local time without a zone, which XLSX cannot store;
    ``None`` becomes ""; anything else becomes text, with a leading ``'`` when
    it starts like a formula.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value).replace(tzinfo=None)
        return value
    if isinstance(value, date):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(
    filename: str, headings: Sequence[str], rows: Iterable[Sequence]
) -> HttpResponse:
    """Return a CSV download: UTF-8 with a BOM, one row per item, cells made safe.

    :param filename: ASCII file name, e.g. ``learners-2026-01-31.csv``.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in headings])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    response = HttpResponse(
        ("\ufeff" + out.getvalue()).encode("utf-8"), content_type=CSV_CONTENT_TYPE
    )
    return _attachment(response, filename)


Sheet = tuple[str, Sequence[str], Iterable[Sequence]]


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """Return an XLSX file with a sheet per ``(title, headings, rows)``.

    Headings are bold; every cell passes through :func:`safe_cell`.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    def clean(value):
        value = safe_cell(value)
        # Control characters make openpyxl refuse the whole file.
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, headings, rows in sheets:
        sheet = book.create_sheet(title=title[:31])
        head = []
        for heading in headings:
            cell = WriteOnlyCell(sheet, value=clean(heading))
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        for row in rows:
            sheet.append([clean(cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_response(
    filename: str,
    headings: Sequence[str],
    rows: Iterable[Sequence],
    *,
    title: str = "Sheet1",
    extra_sheets: Sequence[Sheet] = (),
) -> HttpResponse:
    """Return an XLSX download: a sheet of headings and rows, then any extra ones."""
    response = HttpResponse(
        xlsx_bytes([(title, headings, rows), *extra_sheets]),
        content_type=XLSX_CONTENT_TYPE,
    )
    return _attachment(response, filename)
