"""The dashboard's tables: each row's numbers, and the scope."""

from datetime import date

import pytest

from reports import selectors
from reports.filters import Filters

from .factories import district


def _by_key(rows):
    return {row.key: row for row in rows}


def test_district_table_lists_every_district_in_scope(world, staff):
    """All 64 districts show, zeros included; each row counts its own learners."""
    rows = _by_key(selectors.by_district(user=staff, filters=Filters()))
    assert len(rows) == 64
    tangail, narsingdi = rows[district("Tangail").pk], rows[district("Narsingdi").pk]
    assert (tangail.enrolled, tangail.completed, tangail.certified) == (3, 2, 1)
    assert (tangail.quiz_pairs, tangail.quiz_passed) == (2, 1)
    assert tangail.pass_rate == pytest.approx(50.0)
    assert (narsingdi.enrolled, narsingdi.completed, narsingdi.certified) == (2, 1, 1)
    assert narsingdi.pass_rate == pytest.approx(100.0)
    assert rows[district("Dhaka").pk].is_empty


def test_active_column_counts_distinct_learners(world, staff):
    """Tarek's two enrolments make one active learner, not two."""
    from courses.models import Enrollment

    from .factories import at

    Enrollment.objects.filter(user=world.tarek).update(last_seen_at=at(2026, 2, 10))
    filters = Filters(date_to=date(2026, 2, 28))
    rows = _by_key(selectors.by_district(user=staff, filters=filters))
    assert rows[district("Tangail").pk].active == 1


def test_limited_staff_table_has_only_their_district(world, tangail_staff):
    rows = selectors.by_district(user=tangail_staff, filters=Filters())
    assert [row.key for row in rows] == [district("Tangail").pk]


def test_centre_table_puts_learners_without_a_centre_last(world, staff):
    """Centres with activity, busiest first; nodi and sohel learn on their own."""
    rows = selectors.by_centre(user=staff, filters=Filters())
    assert [row.key for row in rows] == [world.udc_t.pk, world.udc_n.pk, None]
    assert [row.enrolled for row in rows] == [3, 1, 2]
    assert [row.completed for row in rows] == [2, 0, 2]


def test_course_table_folds_quiz_results_into_their_course(world, staff):
    """Course A's required quiz gives its pass rate; course B has none."""
    rows = _by_key(selectors.by_course(user=staff, filters=Filters()))
    course_a, course_b = rows[world.course_a.pk], rows[world.course_b.pk]
    assert (course_a.enrolled, course_a.completed, course_a.certified) == (4, 3, 1)
    assert course_a.pass_rate == pytest.approx(66.7)
    assert (course_b.enrolled, course_b.completed, course_b.certified) == (2, 1, 1)
    assert course_b.pass_rate is None


def test_gender_and_learner_type_tables_add_up_to_the_figures(world, staff):
    """Each learner has one gender and one type, so the rows sum to the totals."""
    figures = selectors.dashboard_figures(user=staff, filters=Filters())
    for rows in (
        selectors.by_gender(user=staff, filters=Filters()),
        selectors.by_learner_type(user=staff, filters=Filters()),
    ):
        assert sum(row.enrolled for row in rows) == figures.enrolled
        assert sum(row.completed for row in rows) == figures.completed
        assert sum(row.quiz_pairs for row in rows) == figures.quiz_pairs
    genders = _by_key(selectors.by_gender(user=staff, filters=Filters()))
    assert (genders["female"].enrolled, genders["male"].enrolled) == (3, 3)
    assert genders["other"].is_empty


def test_completions_by_month_uses_local_months(world, staff):
    """A completion at 00:30 on 1 February in Dhaka is February's, though it is
    still 31 January in UTC."""
    from .factories import at, complete

    complete(world.nasima, world.course_a, at(2026, 2, 1, hour=0, minute=30))
    months = selectors.completions_by_month(
        user=staff,
        filters=Filters(date_from=date(2026, 1, 1), date_to=date(2026, 3, 31)),
    )
    assert [(m.month, m.count) for m in months] == [
        (date(2026, 1, 1), 2),
        (date(2026, 2, 1), 2),
        (date(2026, 3, 1), 1),
    ]


def test_completions_by_month_shows_the_last_twelve_months_by_default(world, staff):
    months = selectors.completions_by_month(
        user=staff, filters=Filters(), today=date(2026, 3, 15)
    )
    assert len(months) == 12
    assert months[0].month == date(2025, 4, 1)
    assert months[-1].month == date(2026, 3, 1)
    assert sum(m.count for m in months) == 4
