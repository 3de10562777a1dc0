"""Writes for the reports: rebuilding the dashboard's summary.

``summary_refresh`` counts everything once, for every district, with the same
SQL the live dashboard runs (``reports.selectors.event_ctes``), and stores the
sums per group of learners and course (``SummaryCell``) and each completion's
time (``CompletionTime``). Celery beat runs it every few minutes; the
dashboard reads the summary while it is fresh (``REPORTS_SUMMARY_MAX_AGE``)
and counts live otherwise, so a site without a worker is never shown old
figures.
"""

from __future__ import annotations

import time

from django.db import connections
from django.db.models import (
    DateField,
    F,
)
from django.db.models.functions import TruncMonth
from django.utils import timezone

from centres.models import District
from courses.models import CourseCompletion

from . import selectors
from .filters import Filters
from .medians import median_duration
from .models import CompletionTime, SummaryCell, SummaryRefresh
from .scope import Everyone

# The summary's group columns, and where each comes from in the events query.
_GROUPS = {
    "course_id": "events.course_key",
    "division_id": "learners.in_division",
    "district_id": "learners.district_id",
    "upazila_id": "learners.in_upazila",
    "centre_id": "learners.centre_id",
    "gender": "learners.gender",
    "learner_type": "learners.learner_type",
}
_COUNTS = selectors.COUNTS + ("course_active",)


def _cells_sql(everyone) -> tuple[str, list]:
    ctes, params = selectors.event_ctes(
        user=everyone,
        filters=Filters(),
        in_division=F("district__division"),
        in_upazila=F("upazila"),
    )
    groups = ", ".join(_GROUPS.values())
    sums = ", ".join(f"COALESCE(SUM(events.{name}), 0)" for name in _COUNTS)
    insert = (
        f"INSERT INTO {SummaryCell._meta.db_table}"
        f" ({', '.join(_GROUPS)}, {', '.join(_COUNTS)})"
    )
    select = (
        f"SELECT {groups}, {sums}{selectors.EVENTS_JOIN_LEARNERS} GROUP BY {groups}"
    )
    if connections[SummaryCell.objects.db].vendor == "postgresql":
        return f"{ctes} {insert} {select}", params
    return f"{insert} {ctes} {select}", params  # SQLite wants INSERT first


def _completions_sql(everyone) -> tuple[str, list]:
    learner = selectors.VIA_USER
    rows = (
        CourseCompletion.objects.filter(
            selectors.learner_filter(learner, user=everyone, filters=Filters())
        )
        .values(
            "course_id",
            f"{learner}district__division",
            f"{learner}district",
            f"{learner}upazila",
            f"{learner}centre",
            f"{learner}gender",
            f"{learner}learner_type",
            "completed_at",
            month=TruncMonth("completed_at", output_field=DateField()),
            taken=selectors.time_to_complete(),
        )
        .order_by()
    )
    sql, params = rows.query.sql_with_params()
    columns = [*_GROUPS, "completed_at", "completed_month", "time_taken"]
    table = CompletionTime._meta.db_table
    return f"INSERT INTO {table} ({', '.join(columns)}) {sql}", list(params)


def summary_refresh() -> SummaryRefresh:
    """Count everything again into the summary tables; return the record.

    One transaction: the dashboard keeps reading the previous summary until
    this one is complete.
    """
    started = time.monotonic()
    counted_at = timezone.now()
    everyone = Everyone(District.objects.values_list("pk", flat=True))
    connection = connections[SummaryCell.objects.db]
    with selectors.reporting_queries(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Two refreshes at once (beat and the command) would each keep
            # the rows the other inserted; readers are not blocked.
            cursor.execute(
                f"LOCK TABLE {SummaryCell._meta.db_table},"
                f" {CompletionTime._meta.db_table} IN SHARE ROW EXCLUSIVE MODE"
            )
        SummaryCell.objects.all().delete()
        CompletionTime.objects.all().delete()
        cursor.execute(*_cells_sql(everyone))
        cursor.execute(*_completions_sql(everyone))
        median = median_duration(
            CompletionTime.objects.annotate(duration=F("time_taken")), "duration"
        )
        refresh = SummaryRefresh.objects.create(
            counted_at=counted_at,
            seconds=round(time.monotonic() - started, 3),
            cells=SummaryCell.objects.count(),
            completions=CompletionTime.objects.count(),
            median_time=median,
        )
        # Only the latest matters; a short history shows the refreshes run.
        SummaryRefresh.objects.filter(
            pk__in=SummaryRefresh.objects.order_by("-counted_at").values("pk")[50:]
        ).delete()
    return refresh
