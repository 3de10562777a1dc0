"""The dashboard's tables: what each one is, its columns, and its download.

The page and the CSV/XLSX downloads read the same rows through the same
columns, so a download holds exactly the numbers on the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import selectors
from .selectors import Row

# Centres are many; the page shows the busiest, the download has them all.
SCREEN_ROWS = 100


@dataclass(frozen=True)
class Column:
    name: str  # a Row attribute
    heading: str
    percent: bool = False


COLUMNS = (
    Column("enrolled", _("Enrolled")),
    Column("active", _("Active in 30 days")),
    Column("completed", _("Completed")),
    Column("certified", _("Certified")),
    Column("pass_rate", _("Pass rate (%)"), percent=True),
)


@dataclass(frozen=True)
class Table:
    slug: str
    title: str
    key_heading: str
    rows: Callable[..., list[Row]]  # (user=, filters=) -> rows
    links_to: str = ""  # the filter a row's name sets, if any


TABLES = {
    table.slug: table
    for table in (
        Table(
            "district",
            _("By district"),
            _("District"),
            selectors.by_district,
            links_to="district",
        ),
        Table("centre", _("By centre"), _("Centre"), selectors.by_centre),
        Table(
            "course",
            _("By course"),
            _("Course"),
            selectors.by_course,
            links_to="course",
        ),
        Table("gender", _("By gender"), _("Gender"), selectors.by_gender),
        Table(
            "learner-type",
            _("By learner type"),
            _("Learner type"),
            selectors.by_learner_type,
        ),
    )
}


def headings(table: Table) -> list[str]:
    return [str(table.key_heading)] + [str(column.heading) for column in COLUMNS]


def cells(row: Row) -> list:
    """A row as the download writes it: the name, then numbers (blank for none)."""
    values = [getattr(row, column.name) for column in COLUMNS]
    return [row.label] + ["" if value is None else value for value in values]
