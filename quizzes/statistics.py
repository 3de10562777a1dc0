"""Quiz statistics: how hard each question was and how well it told learners apart.

Pure functions over plain data (no ORM), in the spirit of Moodle's quiz
statistics report, so trainers can find questions that are too easy, too hard,
misleading or badly worded. ``selectors_admin`` turns attempts into the input.

- *Facility index*: the mean score on the question, 0..1. Near 1 means nearly
  everyone gets it right; near 0, nearly nobody does.
- *Discrimination index*: the Pearson correlation between the score on the
  question and the score on the rest of the test (the mean of the attempt's
  other questions). Positive means learners who did well overall also got
  this question right; near zero or negative means the question is not
  measuring what the rest of the quiz measures, or is misleading.
- *Most chosen wrong answer*: for choice questions, the wrong option picked
  most often; a common one often points at a misunderstanding worth a lesson.
"""

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class QuestionOutcome:
    """One question as one finished attempt saw and answered it.

    ``fraction`` is the score, 0..1 (0 when unanswered). ``chosen`` are the
    answer keys picked in a choice question (empty for numbers and ordering);
    ``correct`` the keys that were right in the attempt's snapshot.
    """

    fraction: float
    chosen: tuple[str, ...] = ()
    correct: tuple[str, ...] = ()


#: One finished attempt: question translation key -> how it went.
AttemptOutcomes = Mapping[str, QuestionOutcome]


@dataclass(frozen=True)
class QuestionStatistics:
    """The statistics of one question over a set of finished attempts."""

    question_key: str
    attempts: int
    facility: float
    discrimination: float | None
    wrong_answer_key: str | None = None
    wrong_answer_count: int = 0
    wrong_answers: Mapping[str, int] = field(default_factory=dict)

    @property
    def facility_percent(self) -> float:
        return self.facility * 100


def facility_index(fractions: Sequence[float]) -> float | None:
    """Return the mean of ``fractions`` (0..1), or None when there are none."""
    if not fractions:
        return None
    return math.fsum(fractions) / len(fractions)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Return the Pearson correlation of two equally long series.

    None when it is undefined: fewer than two pairs, or either series
    constant (zero variance).
    """
    if len(xs) != len(ys):
        raise ValueError("both series must be equally long")
    count = len(xs)
    if count < 2:
        return None
    mean_x, mean_y = math.fsum(xs) / count, math.fsum(ys) / count
    dxs = [x - mean_x for x in xs]
    dys = [y - mean_y for y in ys]
    var_x = math.fsum(d * d for d in dxs)
    var_y = math.fsum(d * d for d in dys)
    if math.isclose(var_x, 0, abs_tol=1e-12) or math.isclose(var_y, 0, abs_tol=1e-12):
        return None
    covariance = math.fsum(dx * dy for dx, dy in zip(dxs, dys, strict=True))
    # Clamp tiny float overshoot so callers can rely on -1..1.
    return max(-1.0, min(1.0, covariance / math.sqrt(var_x * var_y)))


def discrimination_index(
    question_key: str, attempts: Sequence[AttemptOutcomes]
) -> float | None:
    """Return the correlation of one question's score with the rest-of-test score.

    The rest-of-test score of an attempt is the mean fraction of its *other*
    questions, so the question does not correlate with itself. Attempts that
    did not see the question, or saw nothing else, are left out. None when
    undefined (see :func:`pearson`).
    """
    own, rest = [], []
    for attempt in attempts:
        outcome = attempt.get(question_key)
        others = [o.fraction for key, o in attempt.items() if key != question_key]
        if outcome is None or not others:
            continue
        own.append(outcome.fraction)
        rest.append(math.fsum(others) / len(others))
    return pearson(own, rest)


def wrong_answer_counts(outcomes: Sequence[QuestionOutcome]) -> Counter:
    """Return how often each wrong answer key was chosen across ``outcomes``.

    A key is wrong when it is not among that attempt's ``correct`` keys; in a
    multiple-response question every wrong key picked counts once.
    """
    counts = Counter()
    for outcome in outcomes:
        correct = set(outcome.correct)
        counts.update(
            key for key in dict.fromkeys(outcome.chosen) if key not in correct
        )
    return counts


def question_statistics(
    attempts: Sequence[AttemptOutcomes],
) -> list[QuestionStatistics]:
    """Return statistics for every question seen in ``attempts``.

    One :class:`QuestionStatistics` per question translation key, in the order
    the questions first appear. ``attempts`` counts the attempts that saw the
    question; the most chosen wrong answer is the one with the highest count,
    ties broken by the key that appeared first (None when no wrong answer was
    chosen).
    """
    by_question: dict[str, list[QuestionOutcome]] = {}
    for attempt in attempts:
        for key, outcome in attempt.items():
            by_question.setdefault(key, []).append(outcome)
    result = []
    for key, outcomes in by_question.items():
        wrong = wrong_answer_counts(outcomes)
        top = wrong.most_common(1)
        result.append(
            QuestionStatistics(
                question_key=key,
                attempts=len(outcomes),
                facility=facility_index([o.fraction for o in outcomes]),
                discrimination=discrimination_index(key, attempts),
                wrong_answer_key=top[0][0] if top else None,
                wrong_answer_count=top[0][1] if top else 0,
                wrong_answers=dict(wrong),
            )
        )
    return result
