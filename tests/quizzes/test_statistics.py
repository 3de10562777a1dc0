"""Quiz statistics: facility, discrimination and wrong answers, on plain data."""

import pytest

from quizzes.statistics import (
    QuestionOutcome,
    discrimination_index,
    facility_index,
    pearson,
    question_statistics,
)


def outcome(fraction, chosen=(), correct=("right",)):
    return QuestionOutcome(fraction=fraction, chosen=tuple(chosen), correct=correct)


def by_key(stats):
    return {item.question_key: item for item in stats}


def test_facility_is_the_mean_fraction():
    attempts = [
        {"q1": outcome(1), "q2": outcome(0)},
        {"q1": outcome(0.5), "q2": outcome(0)},
        {"q1": outcome(0), "q2": outcome(1)},
        {"q1": outcome(0.5), "q2": outcome(0)},
    ]

    stats = by_key(question_statistics(attempts))

    assert stats["q1"].facility == pytest.approx(0.5)
    assert stats["q1"].facility_percent == pytest.approx(50)
    assert stats["q2"].facility == pytest.approx(0.25)


def test_attempts_counts_only_the_attempts_that_saw_the_question():
    attempts = [
        {"q1": outcome(1), "q2": outcome(0)},
        {"q1": outcome(1), "q3": outcome(1)},
        {"q1": outcome(0), "q3": outcome(0)},
    ]

    stats = by_key(question_statistics(attempts))

    assert [stats[key].attempts for key in ("q1", "q2", "q3")] == [3, 1, 2]


def test_a_question_everyone_gets_right_has_facility_1_and_no_discrimination():
    attempts = [
        {"easy": outcome(1), "q2": outcome(1), "q3": outcome(0)},
        {"easy": outcome(1), "q2": outcome(0), "q3": outcome(0)},
        {"easy": outcome(1), "q2": outcome(1), "q3": outcome(1)},
    ]

    easy = by_key(question_statistics(attempts))["easy"]

    assert easy.facility == 1
    assert easy.discrimination is None


def test_a_question_strong_learners_get_right_and_weak_ones_wrong_discriminates():
    strong = {"key": outcome(1), "a": outcome(1), "b": outcome(1), "c": outcome(0.5)}
    middling = {"key": outcome(1), "a": outcome(0.5), "b": outcome(1), "c": outcome(0)}
    weak = {"key": outcome(0), "a": outcome(0), "b": outcome(0.5), "c": outcome(0)}
    weakest = {"key": outcome(0), "a": outcome(0), "b": outcome(0), "c": outcome(0)}

    stats = by_key(question_statistics([strong, middling, weak, weakest]))

    assert stats["key"].discrimination > 0.8


def test_a_question_only_weak_learners_get_right_discriminates_negatively():
    attempts = [
        {"odd": outcome(0), "a": outcome(1), "b": outcome(1)},
        {"odd": outcome(0), "a": outcome(1), "b": outcome(0.5)},
        {"odd": outcome(1), "a": outcome(0), "b": outcome(0)},
    ]

    assert discrimination_index("odd", attempts) < 0


def test_discrimination_uses_the_rest_of_the_test_not_the_question_itself():
    # With the question included, the total would rise with it; without it,
    # the rest-of-test score is constant, so there is nothing to correlate.
    attempts = [
        {"q": outcome(1), "other": outcome(0.5)},
        {"q": outcome(0), "other": outcome(0.5)},
        {"q": outcome(1), "other": outcome(0.5)},
    ]

    assert discrimination_index("q", attempts) is None


def test_discrimination_needs_two_attempts():
    attempts = [{"q": outcome(1), "other": outcome(0)}]

    assert by_key(question_statistics(attempts))["q"].discrimination is None


def test_attempts_with_only_this_question_are_left_out_of_discrimination():
    attempts = [
        {"q": outcome(1), "other": outcome(1)},
        {"q": outcome(0), "other": outcome(0)},
        {"q": outcome(0)},
    ]

    assert discrimination_index("q", attempts) == pytest.approx(1)


def test_the_most_chosen_wrong_answer_is_counted():
    correct = ("right",)
    attempts = [
        {"q": outcome(0, ["wrong-a"], correct)},
        {"q": outcome(0, ["wrong-b"], correct)},
        {"q": outcome(0, ["wrong-b"], correct)},
        {"q": outcome(1, ["right"], correct)},
        {"q": outcome(0, ["wrong-a"], correct)},
        {"q": outcome(0, ["wrong-b"], correct)},
    ]

    stats = by_key(question_statistics(attempts))["q"]

    assert stats.wrong_answer_key == "wrong-b"
    assert stats.wrong_answer_count == 3
    assert stats.wrong_answers == {"wrong-a": 2, "wrong-b": 3}


def test_a_right_answer_is_never_the_most_chosen_wrong_one():
    attempts = [{"q": outcome(1, ["right"])} for _ in range(5)]

    stats = by_key(question_statistics(attempts))["q"]

    assert stats.wrong_answer_key is None
    assert stats.wrong_answer_count == 0


def test_multiple_response_counts_each_wrong_choice_against_that_attempts_key():
    correct = ("a", "b")
    attempts = [
        {"q": outcome(0.5, ["a", "x"], correct)},
        {"q": outcome(0.5, ["b", "x", "y"], correct)},
        # An edited question: in this older snapshot "x" was right.
        {"q": outcome(1, ["x"], ("x",))},
    ]

    stats = by_key(question_statistics(attempts))["q"]

    assert stats.wrong_answers == {"x": 2, "y": 1}
    assert (stats.wrong_answer_key, stats.wrong_answer_count) == ("x", 2)


def test_questions_without_choices_have_no_wrong_answer():
    attempts = [{"n": QuestionOutcome(fraction=0)}, {"n": QuestionOutcome(fraction=1)}]

    stats = by_key(question_statistics(attempts))["n"]

    assert stats.wrong_answer_key is None


def test_no_attempts_give_no_statistics():
    assert question_statistics([]) == []
    assert facility_index([]) is None


def test_pearson_is_1_for_a_perfect_line_and_none_for_a_constant():
    assert pearson([0, 0.5, 1], [0.1, 0.2, 0.3]) == pytest.approx(1)
    assert pearson([0, 0.5, 1], [1, 0.5, 0]) == pytest.approx(-1)
    assert pearson([1, 1, 1], [0, 0.5, 1]) is None
