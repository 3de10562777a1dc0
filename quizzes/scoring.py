"""Scoring: pure functions from an attempt's snapshot and answers to a grade.

No ORM here. A *slot* is one question as the attempt froze it (see
``services.draw_slots``); an *answer* is what the learner gave, already
validated (``validation.py``). Each scorer returns a fraction in 0..1.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

FOUR_PLACES = Decimal("0.0001")


def score_choice(correct: Iterable[str], chosen: Iterable[str]) -> Fraction:
    """Single choice, true/false, picture: right only if the right answer is chosen."""
    correct, chosen = set(correct), set(chosen)
    return Fraction(1) if chosen and chosen == correct else Fraction(0)


def score_multiple(
    correct: Iterable[str], options: Iterable[str], chosen: Iterable[str]
) -> Fraction:
    """Multiple response with partial credit.

    The share of right answers chosen minus the share of wrong answers chosen,
    never below zero: choosing everything scores 0, not full marks.
    """
    correct, options, chosen = set(correct), set(options), set(chosen)
    if not correct:
        return Fraction(0)
    wrong_options = options - correct
    right_share = Fraction(len(chosen & correct), len(correct))
    wrong_share = (
        Fraction(len(chosen - correct), len(wrong_options)) if wrong_options else 0
    )
    return max(Fraction(0), right_share - wrong_share)


def score_numeric(
    expected: Decimal, tolerance: Decimal, given: Decimal | None
) -> Fraction:
    """Right when ``given`` is within ``tolerance`` of ``expected``, edges included."""
    if given is None:
        return Fraction(0)
    return Fraction(1) if abs(given - expected) <= abs(tolerance) else Fraction(0)


def score_ordering(correct: Sequence[str], given: Sequence[str]) -> Fraction:
    """Share of steps placed in their right position."""
    if not correct or not given:
        return Fraction(0)
    in_place = sum(1 for a, b in zip(correct, given, strict=False) if a == b)
    return Fraction(in_place, len(correct))


def score_slot(slot: Mapping, answer: Mapping | None) -> Fraction:
    """Score one validated answer (or None, unanswered) against its slot."""
    if not answer:
        return Fraction(0)
    kind = slot["kind"]
    if kind in ("single", "true_false", "picture"):
        return score_choice(slot["correct"], [answer["choice"]])
    if kind == "multiple":
        return score_multiple(slot["correct"], slot["choices"], answer["choices"])
    if kind == "numeric":
        return score_numeric(
            Decimal(slot["numeric"]["answer"]),
            Decimal(slot["numeric"]["tolerance"]),
            Decimal(answer["value"]),
        )
    if kind == "ordering":
        return score_ordering(slot["correct"], answer["order"])
    raise ValueError(f"unknown question type {kind!r}")


def answer_marks(slot: Mapping, answer: Mapping | None) -> dict[str, bool]:
    """Per-answer feedback: for each answer the learner chose, was it right?

    Judged against the attempt's snapshot, not the question as edited since.
    For put-in-order, whether each step is in its right place.
    """
    if not answer:
        return {}
    correct = slot["correct"]
    if "choice" in answer:
        return {answer["choice"]: answer["choice"] in correct}
    if "choices" in answer:
        return {key: key in correct for key in answer["choices"]}
    if "order" in answer:
        return {
            key: index < len(correct) and correct[index] == key
            for index, key in enumerate(answer["order"])
        }
    return {}


@dataclass(frozen=True)
class Grade:
    fraction: Decimal  # 0..1, four decimal places, for storing and showing
    per_slot: tuple[Decimal, ...]
    exact: Fraction | None = None  # the unrounded mean, when known

    def passed(self, pass_mark_percent: int) -> bool:
        """Judged on the exact grade: 0.59995 must not round up to a 60% pass."""
        grade = self.exact if self.exact is not None else Fraction(self.fraction)
        return grade * 100 >= pass_mark_percent


def to_decimal(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        FOUR_PLACES, rounding=ROUND_HALF_UP
    )


def grade_attempt(slots: Sequence[Mapping], answers: Mapping[int, Mapping]) -> Grade:
    """Grade a whole attempt: the mean of its questions' fractions.

    ``answers`` maps slot index to answer; unanswered slots score 0.
    """
    fractions = [
        score_slot(slot, answers.get(index)) for index, slot in enumerate(slots)
    ]
    if not fractions:
        return Grade(Decimal(0), ())
    total = sum(fractions, Fraction(0)) / len(fractions)
    return Grade(
        to_decimal(total), tuple(to_decimal(f) for f in fractions), exact=total
    )
