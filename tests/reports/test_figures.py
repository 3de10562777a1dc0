"""The headline figures, each checked against the hand-built programme."""

from datetime import date

import pytest

from centres.models import LearnerProfile
from reports.filters import Filters
from reports.selectors import dashboard_figures, has_printed_at

from .factories import district

JANUARY = Filters(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))


def test_figures_count_every_learner_for_national_staff(world, staff):
    """Enrolments, learners, started, completed, certified, revoked, pass rate
    and median days over the whole country, with no filters."""
    figures = dashboard_figures(user=staff, filters=Filters())
    assert figures.enrolled == 6
    assert figures.learners == 5
    assert figures.started == 5  # all but tarek's untouched course B
    assert figures.completed == 4
    assert figures.certified == 2  # tania, nodi; pending and revoked left out
    assert figures.revoked == 1
    assert figures.printed == (1 if has_printed_at() else 0)
    assert (figures.quiz_pairs, figures.quiz_passed) == (3, 2)
    assert figures.pass_rate == pytest.approx(66.7)
    # 1, 4, 10, 24 days: the mean of the middle two.
    assert figures.median_days == pytest.approx(7.0)


def test_date_range_applies_to_each_events_own_date(world, staff):
    """In January: enrolments by enrolled_at, completions by completed_at,
    certificates by issued_at, quiz attempts by finished_at."""
    figures = dashboard_figures(user=staff, filters=JANUARY)
    assert figures.enrolled == 3  # tania A, tarek A, nodi B
    assert figures.completed == 2  # tania, nodi
    assert figures.certified == 2
    assert (figures.quiz_pairs, figures.quiz_passed) == (2, 1)  # tania yes, tarek no
    assert figures.median_days == pytest.approx(5.5)  # 1 and 10 days


def test_active_counts_learners_seen_in_the_30_days_before_the_range_ends(world, staff):
    """Seen 20 Feb counts for a range ending 28 Feb; seen 15 Jan does not."""
    february = Filters(date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
    assert dashboard_figures(user=staff, filters=february).active == 1
    january = Filters(date_to=date(2026, 1, 31))
    assert dashboard_figures(user=staff, filters=january).active == 1  # tania


def test_median_of_an_odd_count_is_the_middle_value(world, staff):
    """Course A's completions took 10, 24 and 4 days: the median is 10."""
    figures = dashboard_figures(user=staff, filters=Filters(course=world.course_a))
    assert figures.completed == 3
    assert figures.median_days == pytest.approx(10.0)


def test_median_is_empty_without_completions(world, staff):
    figures = dashboard_figures(user=staff, filters=Filters(date_from=date(2030, 1, 1)))
    assert figures.completed == 0
    assert figures.median_days is None
    assert figures.pass_rate is None


@pytest.mark.parametrize(
    ("filters", "enrolled", "completed"),
    [
        (lambda w: Filters(course=w.course_b), 2, 1),
        (lambda w: Filters(district=district("Narsingdi")), 2, 1),
        (lambda w: Filters(division=district("Sylhet").division), 1, 1),
        (lambda w: Filters(centre=w.udc_t), 3, 2),
        (lambda w: Filters(gender=LearnerProfile.Gender.MALE), 3, 2),
        (lambda w: Filters(learner_type=LearnerProfile.LearnerType.RETURNEE), 3, 3),
    ],
    ids=["course", "district", "division", "centre", "gender", "learner-type"],
)
def test_each_filter_narrows_the_figures(world, staff, filters, enrolled, completed):
    """Each filter keeps only its learners' (or course's) events."""
    figures = dashboard_figures(user=staff, filters=filters(world))
    assert (figures.enrolled, figures.completed) == (enrolled, completed)


def test_limited_staff_figures_cover_only_their_district(world, tangail_staff):
    """Staff limited to Tangail count only tania's and tarek's events."""
    figures = dashboard_figures(user=tangail_staff, filters=Filters())
    assert figures.enrolled == 3
    assert figures.learners == 2
    assert figures.completed == 2
    assert figures.certified == 1
    assert (figures.quiz_pairs, figures.quiz_passed) == (2, 1)
    assert figures.median_days == pytest.approx(17.0)


def test_a_district_filter_outside_the_scope_finds_nothing(world, tangail_staff):
    """Even passed straight to the selector, another district adds nothing."""
    figures = dashboard_figures(
        user=tangail_staff, filters=Filters(district=district("Narsingdi"))
    )
    assert (figures.enrolled, figures.completed, figures.certified) == (0, 0, 0)
