"""Writes about quizzes: starting an attempt, saving answers, submitting.

Every write locks the attempt row, so a double click, two tabs or a resent
form on a slow link cannot score an attempt twice or change a finished one.
"""

import logging
import random
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrollment
from courses.selectors import canonical
from courses.services import course_evaluate_completion

from . import scoring
from .models import Answer, Question, QuizAttempt, QuizPage, QuizResponse
from .selectors import attempts_left, course_of_quiz, is_enrolled_in_quiz
from .validation import AnswerError, clean_answer

logger = logging.getLogger(__name__)


def slot_for(
    question: Question,
    answers: list[Answer],
    *,
    rng: random.Random | None,
    shuffle_answers: bool,
) -> dict:
    """Freeze one question as an attempt sees it: answer order and what is right."""
    keys = [str(answer.translation_key) for answer in answers]
    slot = {
        "question": question.pk,
        "translation_key": str(question.translation_key),
        "kind": question.kind,
        "choices": list(keys),
        "correct": [str(a.translation_key) for a in answers if a.is_correct],
    }
    if question.kind == Question.Kind.ORDERING:
        slot["correct"] = list(keys)  # authored in the right order
    if question.kind == Question.Kind.NUMERIC:
        slot["choices"] = []
        slot["correct"] = []
        slot["numeric"] = {
            "answer": str(question.numeric_answer or Decimal(0)),
            "tolerance": str(question.numeric_tolerance or Decimal(0)),
        }
    if rng is not None and (shuffle_answers or question.kind == Question.Kind.ORDERING):
        # Steps are always shown shuffled; that is the question.
        if question.kind != Question.Kind.TRUE_FALSE:
            rng.shuffle(slot["choices"])
    return slot


def draw_slots(quiz: QuizPage, *, rng: random.Random) -> list[dict]:
    """Choose the attempt's questions: the fixed ones, then random draws."""
    fixed = [item.question_id for item in quiz.fixed_questions.all()]
    chosen = list(dict.fromkeys(fixed))
    for draw in quiz.random_draws.all():
        pool = list(
            Question.objects.filter(
                category_id=draw.category_id, locale_id=quiz.locale_id
            )
            .exclude(pk__in=chosen)
            .values_list("pk", flat=True)
            .order_by("pk")
        )
        chosen += rng.sample(pool, min(draw.count, len(pool)))
    questions = Question.objects.in_bulk(chosen)
    answers = {}
    for answer in Answer.objects.filter(question_id__in=chosen).order_by("sort_order"):
        answers.setdefault(answer.question_id, []).append(answer)
    order = [pk for pk in chosen if pk in questions]
    if quiz.shuffle_questions:
        rng.shuffle(order)
    return [
        slot_for(
            questions[pk],
            answers.get(pk, []),
            rng=rng,
            shuffle_answers=quiz.shuffle_answers,
        )
        for pk in order
    ]


def attempt_start(
    *, user, quiz: QuizPage, rng: random.Random | None = None
) -> QuizAttempt:
    """Start an attempt, or return the one already open.

    :raises AnswerError: 403 if the learner is not enrolled or has no attempts
        left; 409 if the quiz has no questions.
    """
    quiz = canonical(quiz).specific
    if not is_enrolled_in_quiz(user=user, quiz=quiz):
        raise AnswerError(_("Enrol in this course to take its quizzes."), status=403)
    open_attempt = QuizAttempt.objects.filter(
        user=user, quiz=quiz, state=QuizAttempt.State.IN_PROGRESS
    ).first()
    if open_attempt:
        return open_attempt
    if attempts_left(user=user, quiz=quiz) == 0:
        raise AnswerError(
            _("You have used all your attempts at this quiz."), status=403
        )
    slots = draw_slots(quiz, rng=rng or random.SystemRandom())
    if not slots:
        raise AnswerError(_("This quiz has no questions yet."), status=409)
    try:
        with transaction.atomic():
            last = QuizAttempt.objects.filter(user=user, quiz=quiz).aggregate(
                number=Max("number")
            )["number"]
            return QuizAttempt.objects.create(
                user=user, quiz=quiz, number=(last or 0) + 1, slots=slots
            )
    except IntegrityError:
        # The other click of a double click opened it a moment ago.
        return QuizAttempt.objects.get(
            user=user, quiz=quiz, state=QuizAttempt.State.IN_PROGRESS
        )


def _locked_open_attempt(*, user, attempt_id: int) -> QuizAttempt:
    attempt = (
        # Only the attempt's row: a plain FOR UPDATE would also lock the quiz's
        # page rows it joins, making every learner of the quiz wait in turn.
        QuizAttempt.objects.select_for_update(of=("self",))
        .select_related("quiz")
        .filter(pk=attempt_id, user=user)
        .first()
    )
    if attempt is None:
        raise AnswerError(_("This quiz attempt is not yours."), status=404)
    if attempt.state != QuizAttempt.State.IN_PROGRESS:
        raise AnswerError(
            _("This attempt is already finished. Its score cannot change."), status=409
        )
    return attempt


@transaction.atomic
def attempt_save_answer(
    *, user, attempt_id: int, slot: int, question_key: str, data
) -> QuizResponse:
    """Validate and keep one answer as soon as it is given.

    With feedback after each question the answer is scored and locked at once.

    :raises AnswerError: with the HTTP status the view should return.
    """
    attempt = _locked_open_attempt(user=user, attempt_id=attempt_id)
    if not 0 <= slot < len(attempt.slots):
        raise AnswerError(_("This question is not part of your quiz."), status=400)
    frozen = attempt.slots[slot]
    if frozen["translation_key"] != question_key:
        raise AnswerError(_("This question is not part of your quiz."), status=400)
    existing = QuizResponse.objects.filter(attempt=attempt, slot=slot).first()
    if existing and existing.locked:
        raise AnswerError(
            _("You have already seen the answer to this question."), status=409
        )
    answer = clean_answer(frozen, data)
    immediate = attempt.quiz.feedback_mode == QuizPage.FeedbackMode.IMMEDIATE
    fraction = (
        scoring.to_decimal(scoring.score_slot(frozen, answer)) if immediate else None
    )
    response, _created = QuizResponse.objects.update_or_create(
        attempt=attempt,
        slot=slot,
        defaults={"answer": answer, "fraction": fraction, "locked": immediate},
    )
    return response


@transaction.atomic
def attempt_submit(*, user, attempt_id: int) -> QuizAttempt:
    """Score a whole attempt on the server and record the result once.

    A passed required quiz is reported to the course's completion rule.

    :raises AnswerError: 404 for someone else's attempt, 409 if already finished.
    """
    attempt = _locked_open_attempt(user=user, attempt_id=attempt_id)
    responses = {response.slot: response for response in attempt.responses.all()}
    grade = scoring.grade_attempt(
        attempt.slots, {slot: response.answer for slot, response in responses.items()}
    )
    for slot, response in responses.items():
        response.fraction = grade.per_slot[slot]
    QuizResponse.objects.bulk_update(responses.values(), ["fraction"])
    attempt.grade = grade.fraction
    attempt.passed = grade.passed(attempt.quiz.pass_mark)
    attempt.state = QuizAttempt.State.FINISHED
    attempt.finished_at = timezone.now()
    attempt.save(update_fields=["grade", "passed", "state", "finished_at"])
    logger.info("quiz attempt %s finished: %s", attempt.pk, attempt.grade)
    if attempt.passed:
        course = canonical(course_of_quiz(quiz=attempt.quiz))
        # The lock lesson_mark_done takes: without it, passing the quiz while
        # the last lesson is marked done elsewhere lets each transaction miss
        # the other's write, and the course never completes.
        Enrollment.objects.select_for_update().filter(user=user, course=course).first()
        course_evaluate_completion(user=user, course=course)
    return attempt
