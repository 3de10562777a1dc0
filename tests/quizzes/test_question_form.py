"""Trainers get a clear error for a question whose answers do not fit its type."""

import pytest

from quizzes.forms import answer_problems


def answers(*correct: bool, image: bool = False) -> list[dict]:
    return [
        {"is_correct": flag, "image": object() if image else None} for flag in correct
    ]


@pytest.mark.parametrize(
    "kind, given, numeric, ok",
    [
        ("single", answers(True, False, False), None, True),
        ("single", answers(True, True, False), None, False),
        ("single", answers(False, False), None, False),
        ("true_false", answers(True, False), None, True),
        ("true_false", answers(True, False, False), None, False),
        ("multiple", answers(True, True, False), None, True),
        ("multiple", answers(True, False, False), None, False),
        ("picture", answers(True, False, image=True), None, True),
        ("picture", answers(True, False), None, False),
        ("ordering", answers(True, True, True), None, True),
        ("ordering", answers(True), None, False),
        ("numeric", [], 12500, True),
        ("numeric", [], None, False),
    ],
)
def test_answers_must_fit_the_question_type(kind, given, numeric, ok):
    assert (answer_problems(kind, given, numeric) == []) is ok
