"""The dashboard's summary gives the very figures the live count gives.

A million learners take seconds to count live, so a beat task counts them
every few minutes into the summary tables and the dashboard reads those while
they are fresh. Nothing may change but the speed: every figure, month and
table row must equal the live count's, for every filter and every scope.
"""

import time
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from centres.models import LearnerProfile
from courses.models import CourseCompletion, Enrollment
from reports import selectors, services
from reports.filters import Filters
from reports.models import CompletionTime, SummaryCell, SummaryRefresh
from reports.scope import scope_district_ids
from reports.services import summary_refresh
from reports.tasks import refresh_summary
from tests.concurrency import run_at_once

from .factories import at, complete, district, enrol

TODAY = date(2026, 3, 20)


@pytest.fixture
def recently_seen(world):
    """Make "active" worth comparing: tania seen in course A last week, tarek
    seen in his second course (B) yesterday."""
    now = timezone.now()
    Enrollment.objects.filter(user=world.tania, course=world.course_a).update(
        last_seen_at=now - timedelta(days=6)
    )
    Enrollment.objects.filter(user=world.tarek, course=world.course_b).update(
        last_seen_at=now - timedelta(days=1)
    )
    return world


def every_filter(world) -> list[Filters]:
    tangail = district("Tangail")
    return [
        Filters(),
        Filters(district=tangail),
        Filters(division=district("Narsingdi").division),
        Filters(upazila=world.udc_t.upazila) if world.udc_t.upazila else Filters(),
        Filters(centre=world.udc_t),
        Filters(course=world.course_a),
        Filters(course=world.course_b),
        Filters(course=world.course_b, district=tangail),
        Filters(gender=LearnerProfile.Gender.FEMALE),
        Filters(learner_type=LearnerProfile.LearnerType.RETURNEE),
        Filters(gender=LearnerProfile.Gender.MALE, course=world.course_a),
    ]


def live_and_summary(user, filters: Filters):
    """The dashboard counted live, then read from a summary just counted."""
    SummaryRefresh.objects.all().delete()
    live = selectors.dashboard(user=user, filters=filters, today=TODAY)
    summary_refresh()
    from_summary = selectors.dashboard(user=user, filters=filters, today=TODAY)
    return live, from_summary


def test_summary_equals_the_live_count_for_every_filter(recently_seen, staff):
    world = recently_seen
    for filters in every_filter(world):
        live, summed = live_and_summary(staff, filters)
        assert live.counted_at is None
        assert summed.counted_at is not None
        assert summed.figures == live.figures, filters.describe()
        assert summed.months == live.months, filters.describe()
        assert summed.tables == live.tables, filters.describe()
        fresh = selectors.summary_for(filters)
        assert selectors.counts(
            user=staff, filters=filters, summary=fresh
        ) == selectors.counts(user=staff, filters=filters, summary=None)
    # The comparison means something: these figures are not all zero.
    figures = selectors.dashboard(user=staff, filters=Filters()).figures
    assert (figures.enrolled, figures.learners, figures.active) == (6, 5, 2)
    assert figures.completed == 4 and figures.median_days == pytest.approx(7.0)


def test_summary_equals_the_live_count_for_limited_staff(recently_seen, tangail_staff):
    for filters in (Filters(), Filters(course=recently_seen.course_b)):
        live, summed = live_and_summary(tangail_staff, filters)
        assert summed.counted_at is not None
        assert (summed.figures, summed.tables) == (live.figures, live.tables)
    figures = selectors.dashboard(user=tangail_staff, filters=Filters()).figures
    assert (figures.enrolled, figures.learners) == (3, 2)  # tania, tarek only


def test_a_learner_in_two_courses_is_one_learner_and_active_in_each(
    recently_seen, staff
):
    summary_refresh()
    rows = {row.key: row for row in selectors.by_course(user=staff, filters=Filters())}
    assert rows[recently_seen.course_a.pk].active == 1  # tania
    assert rows[recently_seen.course_b.pk].active == 1  # tarek
    only_b = selectors.dashboard_figures(
        user=staff, filters=Filters(course=recently_seen.course_b)
    )
    assert (only_b.enrolled, only_b.learners, only_b.active) == (2, 2, 1)


def test_dates_are_always_counted_live(world, staff):
    summary_refresh()
    january = Filters(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))
    assert selectors.summary_for(january) is None
    data = selectors.dashboard(user=staff, filters=january, today=TODAY)
    assert data.counted_at is None
    assert data.figures.enrolled == 3


def test_figures_wait_for_the_next_refresh_then_show_new_completions(world, staff):
    summary_refresh()
    enrol(world.nasima, world.course_b, at(2026, 3, 1))
    complete(world.nasima, world.course_b, at(2026, 3, 3))
    # Read from the summary: the new completion is not in it yet.
    assert selectors.dashboard_figures(user=staff, filters=Filters()).completed == 4
    refresh_summary.delay()  # what beat runs (in-process without a broker)
    assert selectors.dashboard_figures(user=staff, filters=Filters()).completed == 5


@override_settings(REPORTS_SUMMARY_MAX_AGE=600)
def test_an_old_summary_is_not_read(world, staff):
    summary_refresh()
    SummaryRefresh.objects.update(counted_at=timezone.now() - timedelta(minutes=11))
    complete(world.nasima, world.course_a, at(2026, 3, 3))
    assert selectors.summary_for(Filters()) is None
    assert selectors.dashboard_figures(user=staff, filters=Filters()).completed == 5


def test_refreshing_replaces_the_summary(world, staff):
    first = summary_refresh()
    second = summary_refresh()
    assert first.cells == second.cells == SummaryCell.objects.count() > 0
    assert second.completions == CompletionTime.objects.count() == 4
    assert CourseCompletion.objects.count() == 4
    assert list(SummaryRefresh.objects.values_list("pk", flat=True)) == [
        second.pk,
        first.pk,
    ]


def test_command_counts_the_summary(world, capsys):
    call_command("refresh_report_summary")
    assert "4 completions" in capsys.readouterr().out
    assert SummaryRefresh.objects.count() == 1


def test_dashboard_page_says_when_the_figures_were_counted(world, staff_client):
    summary_refresh()
    page = staff_client.get("/cms/reports/dashboard/").content.decode()
    assert 'data-counted="summary"' in page
    dated = staff_client.get("/cms/reports/dashboard/?date_from=2026-01-01")
    assert 'data-counted="live"' in dated.content.decode()


def test_dashboard_tables_equal_the_download_selectors(world, staff):
    """The page's tables come from one query; each download from its own call."""
    for filters in (Filters(), Filters(district=district("Narsingdi"))):
        data = selectors.dashboard(user=staff, filters=filters, today=TODAY)
        assert data.tables["district"] == selectors.by_district(
            user=staff, filters=filters
        )
        assert data.tables["centre"] == selectors.by_centre(user=staff, filters=filters)
        assert data.tables["course"] == selectors.by_course(user=staff, filters=filters)
        assert data.tables["gender"] == selectors.by_gender(user=staff, filters=filters)
        assert data.tables["learner-type"] == selectors.by_learner_type(
            user=staff, filters=filters
        )
        assert data.figures == selectors.dashboard_figures(user=staff, filters=filters)


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="racing transactions need PostgreSQL (SQLite locks the whole file)",
)
# serialized_rollback: the districts and Wagtail's root page come back after an
# earlier transactional test emptied the database.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_refreshes_at_once_leave_one_summary(world, monkeypatch):
    """Beat and the command refreshing together: the second waits for the
    first, then replaces its rows instead of adding to them."""
    cells_sql = services._cells_sql

    def slow_cells_sql(everyone):
        time.sleep(0.5)  # inside the transaction, after the old rows are gone
        return cells_sql(everyone)

    monkeypatch.setattr(services, "_cells_sql", slow_cells_sql)
    first, second = run_at_once(summary_refresh, summary_refresh)
    assert first.cells == second.cells == SummaryCell.objects.count() > 0
    assert CompletionTime.objects.count() == 4


def test_counts_take_one_query_live_and_six_from_the_summary(
    world, staff, django_assert_num_queries
):
    scope_district_ids(staff)  # the viewer's districts, looked up once
    with django_assert_num_queries(1):
        live = selectors.counts(user=staff, filters=Filters(), summary=None)
    summary = summary_refresh()
    with django_assert_num_queries(6):  # the total and one per table
        summed = selectors.counts(user=staff, filters=Filters(), summary=summary)
    assert summed == live
