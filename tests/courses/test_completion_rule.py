"""The completion rule as a pure function: no database needed."""

from hypothesis import given
from hypothesis import strategies as st

from courses.completion import CourseProgress, is_complete, lesson_key

keys = st.frozensets(st.integers(1, 50).map(lesson_key), max_size=20)


def test_a_course_is_complete_when_every_required_lesson_is_done():
    required = frozenset({lesson_key(1), lesson_key(2)})
    assert not is_complete(CourseProgress(required, frozenset({lesson_key(1)})))
    assert is_complete(CourseProgress(required, required | {lesson_key(9)}))


def test_a_course_with_no_requirements_is_never_complete():
    assert not is_complete(CourseProgress(frozenset(), frozenset({lesson_key(1)})))
    assert CourseProgress(frozenset()).fraction == 0


def test_requirements_from_other_apps_count_too():
    required = frozenset({lesson_key(1), "quiz:7"})
    assert not is_complete(CourseProgress(required, frozenset({lesson_key(1)})))
    assert is_complete(CourseProgress(required, required))


@given(required=keys, done=keys)
def test_fraction_is_bounded_and_matches_the_rule(required, done):
    progress = CourseProgress(required, done)
    assert 0 <= progress.fraction <= 1
    assert 0 <= progress.percent <= 100
    assert is_complete(progress) == (bool(required) and progress.fraction == 1)


@given(required=keys, done=keys, extra=keys)
def test_doing_more_never_lowers_progress(required, done, extra):
    before = CourseProgress(required, done)
    after = CourseProgress(required, done | extra)
    assert after.fraction >= before.fraction
    assert is_complete(after) or not is_complete(before)
