"""Reads for the staff reports: every number is counted by the database.

Public functions, all keyword-only; ``user`` decides the scope and ``filters``
is a :class:`reports.filters.Filters` (``Filters()`` for everything):

- ``dashboard(user=, filters=) -> Dashboard``: everything the dashboard page
  shows (figures, months, every table) in 3 queries over the events;
- ``counts(user=, filters=)``: every count by district, centre, gender,
  learner type and course, and in total, in 1 query (see its docstring);
- ``dashboard_figures(user=, filters=) -> Figures``: the headline figures
  (2 queries: the counts and the median);
- ``completions_by_month(user=, filters=, today=None) -> list[MonthCount]``
  (1 query);
- ``by_district``, ``by_centre``, ``by_course``, ``by_gender``,
  ``by_learner_type`` ``(user=, filters=) -> list[Row]``: one table each, for
  the downloads (the counts query, then the names);
- ``reports.monthly.monthly_report(user=, filters=, month=)``: the monthly
  report (6 queries).

Without dates, while Celery beat keeps it fresh, the counts, the median and
the months come from the summary tables (``reports.models``, rebuilt by
``reports.services.summary_refresh`` with the very SQL below) instead of the
events: the same numbers (``tests/reports/test_summary.py``) from a few
thousand rows instead of millions. ``Dashboard.counted_at`` says which.

Each query groups and counts in SQL; nothing loops over learners in Python.
The counts query is put together by hand from parts the ORM builds (so dates,
booleans and filters come out right on PostgreSQL and SQLite alike): it reads
each event table once and joins the learners' profiles once, whatever the
number of tables. With a place filter each part reads only those learners'
rows, through the user indexes. The viewer's districts are looked up once
(1-3 queries) and kept on ``user`` (``reports.scope``), so a benchmark should
pass the same user object along.

Definitions (the dashboard shows them too):

- Scope: only learners whose district is in ``districts_for(user)`` count,
  whatever the filters say. Place, gender and learner-type filters apply to the
  learner's registered district, upazila and centre.
- The date range applies to each figure's own event: enrolled_at for
  enrolments (and started), completed_at for completions (and the median),
  issued_at for certificates issued, printed_at for printed, finished_at for
  quiz attempts. "Active" counts learners seen (last_seen_at) in the 30 days up
  to the end of the range, or up to now when it has no end.
- Started: an enrolment with any lesson progress, or visited (last_seen_at set).
- Certified: certificates issued and not revoked.
- Pass rate: of the (learner, required quiz) pairs with a finished attempt in
  the range, the share with at least one passed attempt among them.
- Median days to complete: over completions in the range, completed_at minus
  the enrolled_at of the same learner's enrolment in the same course.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connections, transaction
from django.db.models import (
    Case,
    Count,
    DateTimeField,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber, Substr, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from centres.models import Centre, District, LearnerProfile, bilingual_name
from certificates.models import Certificate
from courses.models import CourseCompletion, CoursePage, Enrollment, LessonProgress
from quizzes.models import QuizAttempt

from .filters import Filters, bangla_courses, start_of
from .medians import median_duration
from .models import CompletionTime, SummaryCell, SummaryRefresh
from .scope import scope_district_ids

ACTIVE_DAYS = 30
# PostgreSQL's working memory for the dashboard's statements (see
# ``reporting_queries``); the server's default is 4MB.
REPORT_WORK_MEM = "64MB"
MAX_MONTHS = 36
# "Find out whether the summary is fresh": callers that already know pass the
# ``SummaryRefresh`` (or None to count live), so a page asks once.
_LOOK_UP = object()
# Each model's way to its learner's profile, when a query groups by a
# learner's attribute (district, centre, gender...).
VIA_USER = "user__learner__"
VIA_CERTIFICATE = "learner__learner__"


def has_printed_at() -> bool:
    """Whether certificates record when they were printed (added separately)."""
    try:
        Certificate._meta.get_field("printed_at")
    except FieldDoesNotExist:
        return False
    return True


def _percent(part: int, whole: int) -> float | None:
    return None if not whole else round(100 * part / whole, 1)


@dataclass(frozen=True)
class Figures:
    enrolled: int  # enrolments
    learners: int  # distinct learners among them
    active: int  # distinct learners seen in the last 30 days of the range
    started: int
    completed: int
    certified: int
    revoked: int
    printed: int
    quiz_pairs: int
    quiz_passed: int
    median_days: float | None

    @property
    def pass_rate(self) -> float | None:
        return _percent(self.quiz_passed, self.quiz_pairs)

    def share_of_enrolled(self, count: int) -> float | None:
        return _percent(count, self.enrolled)


@dataclass(frozen=True)
class Row:
    """One line of a table: a district, centre, course, gender or learner type."""

    key: int | str | None
    label: str
    enrolled: int = 0
    active: int = 0
    completed: int = 0
    certified: int = 0
    quiz_pairs: int = 0
    quiz_passed: int = 0

    @property
    def pass_rate(self) -> float | None:
        return _percent(self.quiz_passed, self.quiz_pairs)

    @property
    def is_empty(self) -> bool:
        return not (self.enrolled or self.active or self.completed or self.certified)


@dataclass(frozen=True)
class MonthCount:
    month: date  # the first day
    count: int


# --- Building blocks ---------------------------------------------------------


def learner_filter(prefix: str, *, user, filters: Filters) -> Q:
    """Learners in ``user``'s scope who match the place and group filters."""
    q = Q(**{f"{prefix}district__in": scope_district_ids(user)})
    places = {
        "division": "district__division",
        "district": "district",
        "upazila": "upazila",
        "centre": "centre",
    }
    for name, path in places.items():
        value = getattr(filters, name)
        if value is not None:
            q &= Q(**{f"{prefix}{path}": value.pk})
    for name in ("gender", "learner_type"):
        if getattr(filters, name):
            q &= Q(**{f"{prefix}{name}": getattr(filters, name)})
    return q


def learners_in_scope(fk: str, *, user, filters: Filters) -> Q:
    """Rows whose ``fk`` (a User) is a learner in scope matching the filters.

    A semi-join (``user_id IN (SELECT ...)``) spares PostgreSQL the join
    through auth_user.
    """
    profiles = LearnerProfile.objects.filter(
        learner_filter("", user=user, filters=filters)
    )
    return Q(**{f"{fk}__in": profiles.values("user_id")})


def course_filter(filters: Filters, *, quiz: bool = False) -> Q:
    if filters.course is None:
        return Q()
    if quiz:
        return Q(quiz__path__startswith=filters.course.path)
    return Q(course=filters.course.pk)


def _between(field: str, start: datetime | None, end: datetime | None) -> Q:
    q = Q()
    if start is not None:
        q &= Q(**{f"{field}__gte": start})
    if end is not None:
        q &= Q(**{f"{field}__lt": end})
    return q


def _in_period(field: str, filters: Filters) -> Q:
    return _between(field, *filters.period())


def _active(filters: Filters) -> Q:
    end = filters.period()[1] or timezone.now()
    return _between("last_seen_at", end - timedelta(days=ACTIVE_DAYS), end)


def _count(field="pk", *, when: Q | None = None) -> Count:
    return Count(field, filter=when or None)


def _flag(when: Q):
    """1 where ``when`` holds, else 0 (always 1 for an empty condition)."""
    if not when:
        return Value(1)
    return Case(When(when, then=Value(1)), default=Value(0))


def _narrows(filters: Filters) -> bool:
    """Whether the filters pick a place: then each event table is read only
    for those learners (through its user index) instead of scanned whole."""
    return any(
        getattr(filters, name) is not None
        for name in ("division", "district", "upazila", "centre")
    )


def _learners_only(queryset, fk: str, *, user, filters: Filters, narrow: bool):
    if not narrow:
        return queryset
    return queryset.filter(learners_in_scope(fk, user=user, filters=filters))


# Every count a figure or a table row is made of, in the order the combined
# queries below select them.
COUNTS = (
    "enrolled",
    "started",
    "learners",
    "active",
    "completed",
    "certified",
    "revoked",
    "printed",
    "quiz_pairs",
    "quiz_passed",
)


def _started() -> Q:
    return Q(last_seen_at__isnull=False) | Q(
        Exists(
            LessonProgress.objects.filter(
                user=OuterRef("user"), course=OuterRef("course")
            )
        )
    )


def _enrolments(*, user, filters: Filters, narrow: bool):
    queryset = _learners_only(
        Enrollment.objects.filter(course_filter(filters)),
        "user",
        user=user,
        filters=filters,
        narrow=narrow,
    )
    in_period = _in_period("enrolled_at", filters)
    if in_period:
        # Only rows that count for something; lets the dates' indexes help.
        queryset = queryset.filter(in_period | _active(filters))
    return queryset


def _completions(*, user, filters: Filters, narrow: bool):
    return _learners_only(
        CourseCompletion.objects.filter(
            course_filter(filters), _in_period("completed_at", filters)
        ),
        "user",
        user=user,
        filters=filters,
        narrow=narrow,
    )


def _certificate_flags(filters: Filters) -> tuple[dict, Q]:
    """``{count: condition}`` for certificates, and the rows worth reading."""
    issued = Q(status=Certificate.Status.ISSUED) & _in_period("issued_at", filters)
    revoked = Q(status=Certificate.Status.REVOKED) & _in_period("revoked_at", filters)
    flags = {"certified": issued, "revoked": revoked}
    wanted = issued | revoked
    if has_printed_at():
        printed = Q(printed_at__isnull=False) & _in_period("printed_at", filters)
        flags["printed"] = printed
        wanted |= printed
    return flags, wanted


def _certificates(*, user, filters: Filters, narrow: bool):
    _flags, wanted = _certificate_flags(filters)
    return _learners_only(
        Certificate.objects.filter(course_filter(filters)).filter(wanted),
        "learner",
        user=user,
        filters=filters,
        narrow=narrow,
    )


def _quiz_attempts(*, user, filters: Filters, narrow: bool):
    return _learners_only(
        QuizAttempt.objects.filter(
            course_filter(filters, quiz=True),
            _in_period("finished_at", filters),
            quiz__required=True,
            state=QuizAttempt.State.FINISHED,
        ),
        "user",
        user=user,
        filters=filters,
        narrow=narrow,
    )


def _sql(queryset) -> tuple[str, list]:
    sql, params = queryset.query.sql_with_params()
    return sql, list(params)


@contextmanager
def reporting_queries():
    """Run the dashboard's few big statements as big statements.

    On PostgreSQL, for this transaction only: no JIT compilation (it costs
    hundreds of milliseconds per statement and saves less on these plans),
    and enough working memory to hash a million learners without spilling.
    """
    connection = connections[Enrollment.objects.db]
    with transaction.atomic(using=connection.alias):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
                cursor.execute(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'")
        yield


def _run(sql: str, params: list) -> list[dict]:
    """Rows of a hand-joined query as dicts (the parts come from the ORM)."""
    with connections[Enrollment.objects.db].cursor() as cursor:
        cursor.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _union(parts: list[tuple[str, list, dict]], keys: dict[str, str]):
    """``SELECT keys, counts FROM part UNION ALL ...`` over ORM-built parts.

    :param parts: ``(sql, params, columns)``; ``columns`` maps key and count
        names to SQL over the part's columns (``part.x``). A count a part
        lacks is 0, a key it lacks a NULL of the type ``keys`` gives.
    """
    branches, params = [], []
    for sql, part_params, columns in parts:
        selected = [
            f"{columns.get(key, f'CAST(NULL AS {kind})')} AS {key}"
            for key, kind in keys.items()
        ] + [f"{columns.get(name, '0')} AS {name}" for name in _SUMMED]
        branches.append(f"SELECT {', '.join(selected)} FROM ({sql}) part")
        params += part_params
    return " UNION ALL ".join(branches), params


# The profile columns the learner tables group by.
LEARNER_KEYS = {
    "district": "district_id",
    "centre": "centre_id",
    "gender": "gender",
    "learner_type": "learner_type",
}
# What the combined query sums: the counts, and "course_active", the learners
# seen per course (a learner in two courses is active in each).
_SUMMED = COUNTS + ("course_active",)


def _enrolment_part(*, user, filters: Filters, narrow: bool):
    """One row per enrolment, with its learner's flags on their first one.

    Learners and active learners are people: a learner enrolled in two
    courses counts once, on the row of the lower course id (window functions
    over the learner's enrolments, read in index order).
    """
    in_period = _in_period("enrolled_at", filters)
    active = _active(filters)
    person = {"partition_by": [F("user")]}
    return (
        _enrolments(user=user, filters=filters, narrow=narrow)
        .annotate(
            uid=F("user"),
            course_key=F("course"),
            enrolled=_flag(in_period),
            started=_flag(in_period & _started()),
            seen=_flag(active),
            first=Window(RowNumber(), order_by=F("course").asc(), **person),
            person_enrolled=Window(Max(_flag(in_period)), **person),
            person_seen=Window(Max(_flag(active)), **person),
        )
        .values(
            "uid",
            "course_key",
            "enrolled",
            "started",
            "seen",
            "first",
            "person_enrolled",
            "person_seen",
        )
        .order_by()
    )


def event_ctes(*, user, filters: Filters, **learner_columns) -> tuple[str, list]:
    """``WITH events AS (...), learners AS (...)``: every counted event, and
    the learners in scope.

    ``events`` has one row per enrolment, completion, certificate and
    (learner, quiz) pair, with ``uid``, ``course_key`` and a column per count
    in ``_SUMMED``; ``learners`` has ``user_id``, the columns of
    ``LEARNER_KEYS`` and ``learner_columns`` (name: expression).
    """
    narrow = _narrows(filters)
    common = {"user": user, "filters": filters, "narrow": narrow}
    certificate_flags, _wanted = _certificate_flags(filters)
    certificates = _certificates(**common).values(
        uid=F("learner"),
        course_key=F("course"),
        **{name: _flag(q) for name, q in certificate_flags.items()},
    )
    # (learner, quiz) pairs per learner and course, counted in one pass over
    # the attempts in the learner's index order: a quiz belongs to the
    # course above it in the page tree.
    steps = CoursePage.steplen * 3  # root > catalogue > course
    pairs = (
        _quiz_attempts(**common)
        .values(uid=F("user"), course_path=Substr("quiz__path", 1, steps))
        .annotate(
            quiz_pairs=Count("quiz", distinct=True),
            quiz_passed=Count("quiz", distinct=True, filter=Q(passed=True)),
        )
        .order_by()
    )
    pairs_sql, pairs_params = _sql(pairs)
    courses_sql, courses_params = _sql(
        CoursePage.objects.values(course_key=F("pk"), course_path=F("path")).order_by()
    )
    event = {"uid": "part.uid", "course_key": "part.course_key"}
    events, params = _union(
        [
            (
                *_sql(_enrolment_part(**common)),
                event
                | {
                    "enrolled": "part.enrolled",
                    "started": "part.started",
                    "learners": "CASE WHEN part.first = 1"
                    " THEN part.person_enrolled ELSE 0 END",
                    "active": "CASE WHEN part.first = 1"
                    " THEN part.person_seen ELSE 0 END",
                    "course_active": "part.seen",
                },
            ),
            (
                *_sql(
                    _completions(**common)
                    .values(uid=F("user"), course_key=F("course"))
                    .order_by()
                ),
                event | {"completed": "1"},
            ),
            (
                *_sql(certificates.order_by()),
                event | {name: f"part.{name}" for name in certificate_flags},
            ),
            (
                # A quiz outside any course still counts for its learner.
                "SELECT pairs.uid, courses.course_key, pairs.quiz_pairs,"
                f" pairs.quiz_passed FROM ({pairs_sql}) pairs"
                f" LEFT JOIN ({courses_sql}) courses"
                " ON courses.course_path = pairs.course_path",
                pairs_params + courses_params,
                event
                | {"quiz_pairs": "part.quiz_pairs", "quiz_passed": "part.quiz_passed"},
            ),
        ],
        {"uid": "INTEGER", "course_key": "INTEGER"},
    )
    learners_sql, learners_params = _sql(
        LearnerProfile.objects.filter(learner_filter("", user=user, filters=filters))
        .values("user_id", *LEARNER_KEYS.values(), **learner_columns)
        .order_by()
    )
    ctes = f"WITH events AS ({events}), learners AS ({learners_sql})"
    return ctes, params + learners_params


EVENTS_JOIN_LEARNERS = (
    " FROM events INNER JOIN learners ON learners.user_id = events.uid"
)


def _counts_query(*, user, filters: Filters) -> tuple[str, list]:
    """The SQL behind :func:`counts`."""
    ctes, params = event_ctes(user=user, filters=filters)
    tables = {table: f"learners.{column}" for table, column in LEARNER_KEYS.items()} | {
        "course": "events.course_key"
    }
    joined = EVENTS_JOIN_LEARNERS
    sums = ", ".join(f"SUM(events.{name}) AS {name}" for name in _SUMMED)
    # Ids and choice values are of different types: each has its own column.
    texts = ("gender", "learner_type")
    if connections[Enrollment.objects.db].vendor == "postgresql":
        # One pass over the joined rows, a small hash table per table.
        def grouped(names, then):
            return " ".join(
                f"WHEN GROUPING({tables[name]}) = 0 THEN {then(name)}" for name in names
            )

        ids = [table for table in tables if table not in texts]
        sql = (
            f"{ctes} SELECT"
            f" CASE {grouped(tables, lambda name: repr(name))} ELSE 'total' END"
            f" AS grouping, CASE {grouped(ids, tables.get)} END AS key_id,"
            f" CASE {grouped(texts, tables.get)} END AS key_text, {sums}{joined}"
            " GROUP BY GROUPING SETS ("
            + ", ".join(f"({column})" for column in tables.values())
            + ", ())"
        )
        return sql, params
    # Elsewhere: sum per cell (every grouping column at once), then per table.
    cells = (
        "SELECT "
        + ", ".join(f"{column} AS {table}" for table, column in tables.items())
        + f", {sums}{joined} GROUP BY "
        + ", ".join(tables.values())
    )
    cell_sums = ", ".join(f"SUM(cells.{name}) AS {name}" for name in _SUMMED)
    rollups = [
        f"SELECT '{table}' AS grouping, "
        + (
            f"CAST(NULL AS INTEGER) AS key_id, cells.{table} AS key_text"
            if table in texts
            else f"cells.{table} AS key_id, CAST(NULL AS VARCHAR(20)) AS key_text"
        )
        + f", {cell_sums} FROM cells GROUP BY cells.{table}"
        for table in tables
    ] + [
        "SELECT 'total' AS grouping, CAST(NULL AS INTEGER) AS key_id,"
        f" CAST(NULL AS VARCHAR(20)) AS key_text, {cell_sums} FROM cells"
    ]
    sql = f"{ctes}, cells AS ({cells}) " + " UNION ALL ".join(rollups)
    return sql, params


def counts(*, user, filters: Filters, summary=_LOOK_UP) -> dict[str, dict]:
    """Every count, by district, centre, gender, learner type and course, and
    in total, from one query.

    Each event table is read once (per enrolment, certificate, completion,
    and (learner, quiz) pair), joined once to the learners' profiles in scope,
    summed per (district, centre, gender, learner type, course) and those
    cells summed again per table. Learners and active learners are counted
    once per person; in the course table, "active" is per course.

    :returns: ``{"district": {id: counts}, "centre": {id or None: counts},
        "gender": {...}, "learner_type": {...}, "course": {id: counts},
        "total": {None: counts}}``, ``counts`` being ``{name: int}`` for every
        name in ``COUNTS``.
    """
    if summary is _LOOK_UP:
        summary = summary_for(filters)
    if summary is not None:
        return _summary_counts(user=user, filters=filters)
    found: dict[str, dict] = {table: {} for table in (*LEARNER_KEYS, "course")}
    found["total"] = {None: dict.fromkeys(COUNTS, 0)}
    for row in _run(*_counts_query(user=user, filters=filters)):
        table, key_id, key_text = (
            row.pop(name) for name in ("grouping", "key_id", "key_text")
        )
        values = {name: int(row[name] or 0) for name in _SUMMED}
        if table == "course":
            values["active"] = values["course_active"]
        del values["course_active"]
        found[table][key_text if key_id is None else key_id] = values
    return found


# --- The summary -------------------------------------------------------------


def summary_for(filters: Filters) -> SummaryRefresh | None:
    """The summary the dashboard reads for ``filters``, or None to count live.

    Only without dates (the summary has no dates) and only while it is fresh
    (``REPORTS_SUMMARY_MAX_AGE`` seconds), so where no worker refreshes it,
    figures are counted live rather than shown old.
    """
    if filters.date_from or filters.date_to:
        return None
    latest = SummaryRefresh.objects.order_by("-counted_at").first()
    oldest = timezone.now() - timedelta(seconds=settings.REPORTS_SUMMARY_MAX_AGE)
    if latest is None or latest.counted_at < oldest:
        return None
    return latest


def _summary_rows(model, *, user, filters: Filters):
    """Summary rows in ``user``'s scope matching the filters (no dates)."""
    q = Q(district_id__in=scope_district_ids(user))
    for name in ("division", "district", "upazila", "centre", "course"):
        value = getattr(filters, name)
        if value is not None:
            q &= Q(**{f"{name}_id": value.pk})
    for name in ("gender", "learner_type"):
        if getattr(filters, name):
            q &= Q(**{name: getattr(filters, name)})
    return model.objects.filter(q)


def _summary_values(row: dict, *, one_course: bool, by_course: bool) -> dict:
    """A summed row as the live count gives it (see :func:`counts`)."""
    values = {name: int(row.get(name) or 0) for name in _SUMMED}
    if one_course:
        # Within one course each enrolment is a different learner.
        values["learners"] = values["enrolled"]
    if one_course or by_course:
        values["active"] = values["course_active"]
    del values["course_active"]
    return values


def _summary_counts(*, user, filters: Filters) -> dict[str, dict]:
    """What :func:`counts` returns, summed from the summary's cells.

    A person's "learners" and "active" sit on one of their courses' cells, so
    with a course chosen they come from that course's own columns instead.
    """
    cells = _summary_rows(SummaryCell, user=user, filters=filters)
    sums = {name: Sum(name) for name in _SUMMED}
    one_course = filters.course is not None
    found: dict[str, dict] = {
        "total": {
            None: _summary_values(
                cells.aggregate(**sums), one_course=one_course, by_course=False
            )
        }
    }
    columns = dict(LEARNER_KEYS, course="course_id")
    for table, column in columns.items():
        found[table] = {
            row[column]: _summary_values(
                row, one_course=one_course, by_course=table == "course"
            )
            for row in cells.values(column).annotate(**sums).order_by()
        }
    return found


def time_to_complete() -> ExpressionWrapper:
    """For a completion: completed_at minus the enrolled_at of the same
    learner's enrolment in the same course (null without an enrolment)."""
    enrolled_at = Subquery(
        Enrollment.objects.filter(
            user=OuterRef("user"), course=OuterRef("course")
        ).values("enrolled_at")[:1],
        output_field=DateTimeField(),
    )
    return ExpressionWrapper(
        F("completed_at") - enrolled_at, output_field=DurationField()
    )


def _everything(*, user, filters: Filters) -> bool:
    """Whether the figures cover every learner the summary counted."""
    narrowed = any(
        getattr(filters, name)
        for name in ("course", "division", "district", "upazila", "centre")
        + ("gender", "learner_type")
    )
    return not narrowed and len(scope_district_ids(user)) == District.objects.count()


def _days(median: timedelta | None) -> float | None:
    return None if median is None else round(median.total_seconds() / 86400, 1)


def _median_days(*, user, filters: Filters, summary) -> float | None:
    if summary is not None:
        if _everything(user=user, filters=filters):
            return _days(summary.median_time)
        times = _summary_rows(CompletionTime, user=user, filters=filters)
        return _days(
            median_duration(times.annotate(duration=F("time_taken")), "duration")
        )
    queryset = CourseCompletion.objects.filter(
        learners_in_scope("user", user=user, filters=filters),
        course_filter(filters),
        _in_period("completed_at", filters),
    ).annotate(duration=time_to_complete())
    return _days(median_duration(queryset, "duration"))


# --- The figures -------------------------------------------------------------


def _figures(totals: dict, *, user, filters: Filters, summary) -> Figures:
    return Figures(
        **{name: totals[name] for name in COUNTS},
        median_days=_median_days(user=user, filters=filters, summary=summary),
    )


def dashboard_figures(*, user, filters: Filters) -> Figures:
    """The headline figures for ``user``'s scope under ``filters``."""
    with reporting_queries():
        summary = summary_for(filters)
        totals = counts(user=user, filters=filters, summary=summary)["total"][None]
        return _figures(totals, user=user, filters=filters, summary=summary)


def month_range(filters: Filters, *, today: date | None = None) -> list[date]:
    """First days of the months the chart shows: the range's, or the last 12.

    At most ``MAX_MONTHS``, the latest ones.
    """
    today = today or timezone.localdate()
    last = (filters.date_to or today).replace(day=1)
    if filters.date_from:
        first = filters.date_from.replace(day=1)
    else:
        first = _add_months(last, -11)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    count = max(1, min(months, MAX_MONTHS))
    return [_add_months(last, offset) for offset in range(1 - count, 1)]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def completions_by_month(
    *, user, filters: Filters, today: date | None = None, summary=_LOOK_UP
) -> list[MonthCount]:
    """Completions in each month of :func:`month_range` (months in local time)."""
    months = month_range(filters, today=today)
    start, end = filters.period()
    first = start_of(months[0])
    after_last = start_of(_add_months(months[-1], 1))
    start = max(start, first) if start else first
    end = min(end, after_last) if end else after_last
    if summary is _LOOK_UP:
        summary = summary_for(filters)
    if summary is not None:
        # No dates with the summary: the range is whole months.
        counts = (
            _summary_rows(CompletionTime, user=user, filters=filters)
            .filter(completed_month__gte=months[0], completed_month__lte=months[-1])
            .values(month=F("completed_month"))
            .annotate(count=Count("pk"))
            .order_by()
        )
    else:
        counts = (
            CourseCompletion.objects.filter(
                learners_in_scope("user", user=user, filters=filters),
                course_filter(filters),
                _between("completed_at", start, end),
            )
            .annotate(month=TruncMonth("completed_at"))
            .values("month")
            .annotate(count=Count("pk"))
            .order_by()
        )
    found = {_month_key(row["month"]): row["count"] for row in counts}
    return [MonthCount(month, found.get(month, 0)) for month in months]


def _month_key(value) -> date:
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.date()
    return value.replace(day=1)


# --- The tables --------------------------------------------------------------


def _rows(found: dict, labels: dict) -> list[Row]:
    """Rows for the ``labels`` keys first, then any other key found."""
    keys = list(labels) + [key for key in found if key not in labels]
    fields = Row.__dataclass_fields__
    return [
        Row(
            key=key,
            label=str(labels.get(key, "")),
            **{
                name: value
                for name, value in found.get(key, {}).items()
                if name in fields
            },
        )
        for key in keys
    ]


def _district_rows(found: dict, *, user, filters: Filters) -> list[Row]:
    districts = District.objects.filter(pk__in=scope_district_ids(user))
    if filters.district is not None:
        districts = districts.filter(pk=filters.district.pk)
    elif filters.division is not None:
        districts = districts.filter(division=filters.division.pk)
    labels = {district.pk: district.name for district in districts}
    labels = dict(sorted(labels.items(), key=lambda item: item[1]))
    return [row for row in _rows(found, labels) if row.key in labels]


def _centre_rows(found: dict, *, user) -> list[Row]:
    rows = _rows(found, {})
    # Every centre in scope rather than thousands of ids in an IN list; then
    # any centre elsewhere that a learner in scope registered at.
    centres = Centre.objects.values_list("pk", "name_bn", "name_en")
    names = {
        pk: bilingual_name(name_bn, name_en)
        for pk, name_bn, name_en in centres.filter(
            district__in=scope_district_ids(user)
        )
    }
    elsewhere = [
        row.key for row in rows if row.key is not None and row.key not in names
    ]
    if elsewhere:
        names.update(
            (pk, bilingual_name(name_bn, name_en))
            for pk, name_bn, name_en in centres.filter(pk__in=elsewhere)
        )
    rows = [
        replace(row, label=names.get(row.key, _("Learning on their own")))
        for row in rows
        if not row.is_empty or row.quiz_pairs
    ]
    return sorted(rows, key=lambda row: (row.key is None, -row.enrolled, row.label))


def _choice_rows(found: dict, choices) -> list[Row]:
    return _rows(found, dict(choices))


def _course_rows(found: dict, *, filters: Filters) -> list[Row]:
    courses = bangla_courses()
    if filters.course is not None:
        courses = courses.filter(pk=filters.course.pk)
    labels = {course.pk: course.title for course in courses.only("pk", "title")}
    return [row for row in _rows(found, labels) if row.key in labels]


def _table(name: str, *, user, filters: Filters) -> list[Row]:
    with reporting_queries():
        found = counts(user=user, filters=filters)
        return _table_rows(name, found, user=user, filters=filters)


def _table_rows(name: str, found: dict, *, user, filters: Filters) -> list[Row]:
    if name == "district":
        return _district_rows(found["district"], user=user, filters=filters)
    if name == "centre":
        return _centre_rows(found["centre"], user=user)
    if name == "course":
        return _course_rows(found["course"], filters=filters)
    choices = {
        "gender": LearnerProfile.Gender.choices,
        "learner-type": LearnerProfile.LearnerType.choices,
    }[name]
    return _choice_rows(found[name.replace("-", "_")], choices)


def by_district(*, user, filters: Filters) -> list[Row]:
    """Every district in scope (the district filter narrows to one), by name."""
    return _table("district", user=user, filters=filters)


def by_centre(*, user, filters: Filters) -> list[Row]:
    """Centres with any figure, most enrolments first; learners on their own last."""
    return _table("centre", user=user, filters=filters)


def by_course(*, user, filters: Filters) -> list[Row]:
    """Every Bangla course (or the chosen one), in the catalogue's order."""
    return _table("course", user=user, filters=filters)


def by_gender(*, user, filters: Filters) -> list[Row]:
    return _table("gender", user=user, filters=filters)


def by_learner_type(*, user, filters: Filters) -> list[Row]:
    return _table("learner-type", user=user, filters=filters)


TABLE_NAMES = ("district", "centre", "course", "gender", "learner-type")


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard page shows."""

    figures: Figures
    months: list[MonthCount]
    tables: dict[str, list[Row]]  # by table slug (``reports.tables.TABLES``)
    counted_at: datetime | None = None  # from the summary of then; None: live


def dashboard(*, user, filters: Filters, today: date | None = None) -> Dashboard:
    """The figures, the months and every table, for the dashboard page.

    Three queries over the events: every count (``counts``), the median and
    the months; then the names of the districts, centres and courses.
    """
    with reporting_queries():
        summary = summary_for(filters)
        found = counts(user=user, filters=filters, summary=summary)
        return Dashboard(
            counted_at=summary.counted_at if summary else None,
            figures=_figures(
                found["total"][None], user=user, filters=filters, summary=summary
            ),
            months=completions_by_month(
                user=user, filters=filters, today=today, summary=summary
            ),
            tables={
                name: _table_rows(name, found, user=user, filters=filters)
                for name in TABLE_NAMES
            },
        )
