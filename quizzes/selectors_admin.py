"""Reads for the admin's quiz results: attempts as statistics input, and names.

Trainers and programme staff look at how a quiz's questions performed. This
module loads one quiz's finished attempts in a fixed number of queries,
whatever the number of attempts or questions, turns them into the plain data
``statistics`` works on, and names each question and answer in the admin
user's language.
"""

import html
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Avg, Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Substr
from django.utils.html import strip_tags
from wagtail.models import Locale

from courses.models import CoursePage
from courses.selectors import canonical, default_locale_id

from . import scoring
from .models import (
    Answer,
    Question,
    QuizAttempt,
    QuizFixedQuestion,
    QuizPage,
    QuizResponse,
)
from .statistics import (
    AttemptOutcomes,
    QuestionOutcome,
    QuestionStatistics,
    question_statistics,
)

CHOICE_KINDS = frozenset({"single", "multiple", "true_false", "picture"})


def chosen_keys(slot: dict, answer: dict | None) -> tuple[str, ...]:
    """Return the answer keys picked in a choice question; empty for other kinds."""
    if not answer or slot.get("kind") not in CHOICE_KINDS:
        return ()
    if "choice" in answer:
        return (answer["choice"],)
    return tuple(answer.get("choices", ()))


def attempt_outcomes(slots: list[dict], responses: Iterable) -> AttemptOutcomes:
    """Turn one finished attempt's snapshot and responses into statistics input.

    ``responses`` are objects with ``slot``, ``answer`` and ``fraction``. An
    unanswered question scores 0, as it did in the grade; a response without a
    stored fraction is scored from the snapshot.
    """
    by_slot = {response.slot: response for response in responses}
    outcomes = {}
    for index, slot in enumerate(slots):
        response = by_slot.get(index)
        answer = response.answer if response else None
        if response is not None and response.fraction is not None:
            fraction = float(response.fraction)
        else:
            fraction = float(scoring.score_slot(slot, answer))
        outcomes[slot["translation_key"]] = QuestionOutcome(
            fraction=fraction,
            chosen=chosen_keys(slot, answer),
            correct=tuple(slot.get("correct", ())),
        )
    return outcomes


def finished_attempt_outcomes(*, quiz: QuizPage) -> list[AttemptOutcomes]:
    """Return the statistics input for the finished attempts of ``quiz``.

    Attempts live on the canonical (Bangla) quiz, so any language version may
    be passed. Two queries: attempts, then their responses.
    """
    quiz = canonical(quiz)
    attempts = (
        QuizAttempt.objects.filter(quiz_id=quiz.pk, state=QuizAttempt.State.FINISHED)
        .only("pk", "slots")
        .order_by("finished_at", "pk")
        .prefetch_related(
            Prefetch(
                "responses",
                queryset=QuizResponse.objects.only(
                    "pk", "attempt_id", "slot", "answer", "fraction"
                ),
            )
        )
    )
    return [
        attempt_outcomes(attempt.slots, attempt.responses.all()) for attempt in attempts
    ]


def _preferred(rows, *, locale_id: int) -> dict:
    """Pick one row per translation key: active locale, then Bangla, then any."""
    rank = {locale_id: 0, default_locale_id(): 1}
    best = {}
    for row in rows:
        key = str(row.translation_key)
        if key not in best or rank.get(row.locale_id, 2) < rank.get(
            best[key].locale_id, 2
        ):
            best[key] = row
    return best


def texts_for_keys(
    *, question_keys: Iterable[str], answer_keys: Iterable[str], locale=None
) -> tuple[dict[str, Question], dict[str, Answer]]:
    """Return questions and answers by translation key, in ``locale`` if possible.

    ``locale`` defaults to the active language's. A missing translation falls
    back to the Bangla version, then to any. Two queries (plus one to find the
    active locale).
    """
    locale_id = (locale or Locale.get_active()).pk
    questions = Question.objects.filter(translation_key__in=list(question_keys)).only(
        "pk", "translation_key", "locale_id", "title", "stem", "kind"
    )
    answers = Answer.objects.filter(translation_key__in=list(answer_keys)).only(
        "pk", "translation_key", "locale_id", "text"
    )
    return (
        _preferred(questions, locale_id=locale_id),
        _preferred(answers, locale_id=locale_id),
    )


def plain_text(rich_text: str) -> str:
    """Return rich text (a question's stem) as one line of plain text."""
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


@dataclass(frozen=True)
class QuestionReportRow:
    """One question's statistics with the texts to show beside them."""

    statistics: QuestionStatistics
    title: str
    text: str
    kind: str
    wrong_answer_text: str


@dataclass(frozen=True)
class QuizReport:
    quiz: QuizPage
    attempt_count: int
    rows: list[QuestionReportRow]


def quiz_statistics_report(*, quiz: QuizPage) -> QuizReport:
    """Return per-question statistics of ``quiz`` with display texts.

    Rows come in the quiz's order of always-asked questions, then the randomly
    drawn ones by title. A fixed number of queries, whatever the number of
    attempts.
    """
    quiz = canonical(quiz)
    attempts = finished_attempt_outcomes(quiz=quiz)
    stats = question_statistics(attempts)
    fixed_order = {
        str(key): index
        for index, key in enumerate(
            QuizFixedQuestion.objects.filter(page_id=quiz.pk)
            .order_by("sort_order", "pk")
            .values_list("question__translation_key", flat=True)
        )
    }
    questions, answers = texts_for_keys(
        question_keys=[s.question_key for s in stats],
        answer_keys=[s.wrong_answer_key for s in stats if s.wrong_answer_key],
    )
    rows = []
    for item in stats:
        question = questions.get(item.question_key)
        answer = answers.get(item.wrong_answer_key) if item.wrong_answer_key else None
        rows.append(
            QuestionReportRow(
                statistics=item,
                title=question.title if question else item.question_key,
                text=plain_text(question.stem) if question else "",
                kind=question.get_kind_display() if question else "",
                wrong_answer_text=(
                    answer.text if answer else (item.wrong_answer_key or "")
                ),
            )
        )
    rows.sort(
        key=lambda row: (
            fixed_order.get(row.statistics.question_key, len(fixed_order)),
            row.title.casefold(),
        )
    )
    return QuizReport(quiz=quiz, attempt_count=len(attempts), rows=rows)


def quizzes_for_statistics():
    """Return the Bangla quiz pages, in tree order, with results counts.

    Each has ``finished_count``, ``mean_grade`` (0..1 or None) and
    ``course_title``. One query.
    """
    finished = Q(attempts__state=QuizAttempt.State.FINISHED)
    course_title = CoursePage.objects.filter(
        path=Substr(OuterRef("path"), 1, CoursePage.steplen * 3)
    ).values("title")[:1]
    return (
        QuizPage.objects.filter(locale_id=default_locale_id())
        .annotate(
            finished_count=Count("attempts", filter=finished),
            mean_grade=Avg("attempts__grade", filter=finished),
            course_title=Subquery(course_title),
        )
        .only("pk", "title", "path", "depth", "live", "locale_id")
        .order_by("path")
    )
