"""Reads for the staff reports: every number is counted by the database.

Public functions, all keyword-only; ``user`` decides the scope and ``filters``
is a :class:`reports.filters.Filters` (``Filters()`` for everything):

- ``dashboard_figures(user=, filters=) -> Figures``: the headline figures
  (5 queries);
- ``completions_by_month(user=, filters=, today=None) -> list[MonthCount]``
  (1 query);
- ``by_district``, ``by_centre``, ``by_course``, ``by_gender``,
  ``by_learner_type`` ``(user=, filters=) -> list[Row]``: the tables
  (5 queries each, 4 for the gender and learner-type tables);
- ``reports.monthly.monthly_report(user=, filters=, month=)``: the monthly
  report (6 queries).

Each query groups and counts in SQL; nothing loops over learners in Python.
The viewer's districts are looked up once (1-3 queries) and kept on ``user``
(``reports.scope``), so a benchmark should pass the same user object along.

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

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from django.core.exceptions import FieldDoesNotExist
from django.db.models import (
    BigIntegerField,
    Count,
    DateTimeField,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Substr, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from centres.models import Centre, District, LearnerProfile
from certificates.models import Certificate
from courses.models import CourseCompletion, CoursePage, Enrollment, LessonProgress
from quizzes.models import QuizAttempt

from .filters import Filters, bangla_courses, start_of
from .medians import median_duration
from .scope import scope_district_ids

ACTIVE_DAYS = 30
MAX_MONTHS = 36
# (learner, quiz) pairs are counted as one number: user id * 2**32 + quiz id.
_PAIR_BASE = 2**32
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


def learners_in_scope(fk: str, *, user, filters: Filters, joined: bool) -> Q:
    """Rows whose ``fk`` (a User) is a learner in scope matching the filters.

    ``joined`` joins the learner's profile, as grouping by a learner's
    attribute needs; otherwise a semi-join (``user_id IN (SELECT ...)``)
    spares PostgreSQL the join through auth_user.
    """
    if joined:
        return learner_filter(f"{fk}__learner__", user=user, filters=filters)
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


def _count(field="pk", *, when: Q | None = None, distinct=False) -> Count:
    return Count(field, filter=when or None, distinct=distinct)


def _grouped(queryset, group, aggregates: dict) -> dict:
    """``{group value: {name: count}}``; the key is None when not grouping."""
    if group is None:
        return {None: queryset.aggregate(**aggregates)}
    rows = queryset.values(key=group).annotate(**aggregates).order_by()
    return {row.pop("key"): row for row in rows}


def _enrolment_counts(*, user, filters: Filters, group=None, joined=False) -> dict:
    in_period = _in_period("enrolled_at", filters)
    active = _active(filters)
    started = Q(last_seen_at__isnull=False) | Q(
        Exists(
            LessonProgress.objects.filter(
                user=OuterRef("user"), course=OuterRef("course")
            )
        )
    )
    queryset = Enrollment.objects.filter(
        learners_in_scope("user", user=user, filters=filters, joined=joined),
        course_filter(filters),
    )
    if in_period:
        # Only rows that count for something; lets the dates' indexes help.
        queryset = queryset.filter(in_period | active)
    return _grouped(
        queryset,
        group,
        {
            "enrolled": _count(when=in_period),
            "learners": _count("user", when=in_period, distinct=True),
            "active": _count("user", when=active, distinct=True),
            "started": _count(when=in_period & started),
        },
    )


def _completion_counts(*, user, filters: Filters, group=None, joined=False) -> dict:
    queryset = CourseCompletion.objects.filter(
        learners_in_scope("user", user=user, filters=filters, joined=joined),
        course_filter(filters),
        _in_period("completed_at", filters),
    )
    return _grouped(queryset, group, {"completed": Count("pk")})


def _certificate_counts(*, user, filters: Filters, group=None, joined=False) -> dict:
    issued = Q(status=Certificate.Status.ISSUED) & _in_period("issued_at", filters)
    revoked = Q(status=Certificate.Status.REVOKED) & _in_period("revoked_at", filters)
    aggregates = {"certified": _count(when=issued), "revoked": _count(when=revoked)}
    wanted = issued | revoked
    if has_printed_at():
        printed = Q(printed_at__isnull=False) & _in_period("printed_at", filters)
        aggregates["printed"] = _count(when=printed)
        wanted |= printed
    queryset = Certificate.objects.filter(
        learners_in_scope("learner", user=user, filters=filters, joined=joined),
        course_filter(filters),
    ).filter(wanted)
    return _grouped(queryset, group, aggregates)


def _quiz_counts(*, user, filters: Filters, group=None, joined=False) -> dict:
    pair = ExpressionWrapper(
        F("user_id") * Value(_PAIR_BASE) + F("quiz_id"), output_field=BigIntegerField()
    )
    queryset = QuizAttempt.objects.filter(
        learners_in_scope("user", user=user, filters=filters, joined=joined),
        course_filter(filters, quiz=True),
        _in_period("finished_at", filters),
        quiz__required=True,
        state=QuizAttempt.State.FINISHED,
    )
    return _grouped(
        queryset,
        group,
        {
            "quiz_pairs": Count(pair, distinct=True),
            "quiz_passed": Count(pair, distinct=True, filter=Q(passed=True)),
        },
    )


def _median_days(*, user, filters: Filters) -> float | None:
    enrolled_at = Subquery(
        Enrollment.objects.filter(
            user=OuterRef("user"), course=OuterRef("course")
        ).values("enrolled_at")[:1],
        output_field=DateTimeField(),
    )
    queryset = (
        CourseCompletion.objects.filter(
            learners_in_scope("user", user=user, filters=filters, joined=False),
            course_filter(filters),
            _in_period("completed_at", filters),
        )
        .annotate(enrolled_at=enrolled_at)
        .annotate(
            duration=ExpressionWrapper(
                F("completed_at") - F("enrolled_at"), output_field=DurationField()
            )
        )
    )
    median = median_duration(queryset, "duration")
    if median is None:
        return None
    return round(median.total_seconds() / 86400, 1)


# --- The figures -------------------------------------------------------------


def dashboard_figures(*, user, filters: Filters) -> Figures:
    """The headline figures for ``user``'s scope under ``filters``."""
    enrolments = _enrolment_counts(user=user, filters=filters)[None]
    completions = _completion_counts(user=user, filters=filters)[None]
    certificates = _certificate_counts(user=user, filters=filters)[None]
    quizzes = _quiz_counts(user=user, filters=filters)[None]
    return Figures(
        enrolled=enrolments["enrolled"],
        learners=enrolments["learners"],
        active=enrolments["active"],
        started=enrolments["started"],
        completed=completions["completed"],
        certified=certificates["certified"],
        revoked=certificates["revoked"],
        printed=certificates.get("printed", 0),
        quiz_pairs=quizzes["quiz_pairs"],
        quiz_passed=quizzes["quiz_passed"],
        median_days=_median_days(user=user, filters=filters),
    )


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
    *, user, filters: Filters, today: date | None = None
) -> list[MonthCount]:
    """Completions in each month of :func:`month_range` (months in local time)."""
    months = month_range(filters, today=today)
    start, end = filters.period()
    first = start_of(months[0])
    after_last = start_of(_add_months(months[-1], 1))
    start = max(start, first) if start else first
    end = min(end, after_last) if end else after_last
    counts = (
        CourseCompletion.objects.filter(
            learners_in_scope("user", user=user, filters=filters, joined=False),
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


def _table(*, user, filters: Filters, groups: dict, labels: dict) -> list[Row]:
    """Merge the four counts, grouped by ``groups[model]``, into rows.

    :param groups: the group expression for ``"learner"`` models (enrolments,
        completions, quiz attempts), ``"certificate"`` and ``"quiz"``, and
        ``"joined"``: whether they read the learner's profile.
    :param labels: ``{key: label}`` for the rows that always show; other keys
        found in the counts get a row too, labelled by ``labels.get``.
    """
    found: dict = {}
    common = {"user": user, "filters": filters, "joined": groups["joined"]}
    for counts in (
        _enrolment_counts(group=groups["learner"], **common),
        _completion_counts(group=groups["learner"], **common),
        _certificate_counts(group=groups["certificate"], **common),
        _quiz_counts(group=groups["quiz"], **common),
    ):
        for key, values in counts.items():
            found.setdefault(key, {}).update(values)
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


def _learner_groups(field: str) -> dict:
    return {
        "learner": F(f"{VIA_USER}{field}"),
        "certificate": F(f"{VIA_CERTIFICATE}{field}"),
        "quiz": F(f"{VIA_USER}{field}"),
        "joined": True,
    }


def by_district(*, user, filters: Filters) -> list[Row]:
    """Every district in scope (the district filter narrows to one), by name."""
    districts = District.objects.filter(pk__in=scope_district_ids(user))
    if filters.district is not None:
        districts = districts.filter(pk=filters.district.pk)
    elif filters.division is not None:
        districts = districts.filter(division=filters.division.pk)
    labels = {district.pk: district.name for district in districts}
    labels = dict(sorted(labels.items(), key=lambda item: item[1]))
    rows = _table(
        user=user, filters=filters, groups=_learner_groups("district"), labels=labels
    )
    return [row for row in rows if row.key in labels]


def by_centre(*, user, filters: Filters) -> list[Row]:
    """Centres with any figure, most enrolments first; learners on their own last."""
    rows = _table(
        user=user, filters=filters, groups=_learner_groups("centre"), labels={}
    )
    names = {
        centre.pk: centre.name
        for centre in Centre.objects.filter(
            pk__in=[row.key for row in rows if row.key is not None]
        )
    }
    rows = [
        replace(row, label=names.get(row.key, _("Learning on their own")))
        for row in rows
        if not row.is_empty or row.quiz_pairs
    ]
    return sorted(rows, key=lambda row: (row.key is None, -row.enrolled, row.label))


def by_course(*, user, filters: Filters) -> list[Row]:
    """Every Bangla course (or the chosen one), in the catalogue's order."""
    courses = bangla_courses()
    if filters.course is not None:
        courses = courses.filter(pk=filters.course.pk)
    courses = list(courses.only("pk", "title", "path"))
    steps = CoursePage.steplen * 3  # root > catalogue > course
    rows = _table(
        user=user,
        filters=filters,
        groups={
            "learner": F("course"),
            "certificate": F("course"),
            "quiz": Substr("quiz__path", 1, steps),
            "joined": False,
        },
        labels={course.pk: course.title for course in courses},
    )
    # Quiz counts came keyed by the course's tree path: fold them in.
    by_path = {row.key: row for row in rows if isinstance(row.key, str)}
    merged = []
    for course in courses:
        row = next(row for row in rows if row.key == course.pk)
        quiz = by_path.get(course.path)
        if quiz is not None:
            row = replace(row, quiz_pairs=quiz.quiz_pairs, quiz_passed=quiz.quiz_passed)
        merged.append(row)
    return merged


def by_gender(*, user, filters: Filters) -> list[Row]:
    return _table(
        user=user,
        filters=filters,
        groups=_learner_groups("gender"),
        labels=dict(LearnerProfile.Gender.choices),
    )


def by_learner_type(*, user, filters: Filters) -> list[Row]:
    return _table(
        user=user,
        filters=filters,
        groups=_learner_groups("learner_type"),
        labels=dict(LearnerProfile.LearnerType.choices),
    )
