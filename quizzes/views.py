"""Thin views for taking a quiz: one question per screen, scored on submit."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses.selectors import canonical, lesson_course_and_module

from . import scoring, selectors, services
from .models import QuizAttempt, QuizPage
from .validation import AnswerError


def _error(request, error: AnswerError, **context):
    return render(
        request,
        "quizzes/error.html",
        {"message": error.message, **context},
        status=error.status,
    )


def quiz_landing(request, quiz: QuizPage):
    """The quiz's page: what it is, best grade, attempts left, start or continue."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course, module = lesson_course_and_module(lesson=quiz)
    canon = canonical(quiz).specific
    if not selectors.is_enrolled_in_quiz(user=request.user, quiz=canon):
        return render(
            request,
            "courses/not_enrolled.html",
            {"course": course, "lesson": quiz},
            status=403,
        )
    attempts = list(QuizAttempt.objects.filter(user=request.user, quiz=canon))
    open_attempt = next((a for a in attempts if a.state == "in_progress"), None)
    finished = [a for a in attempts if a.state == "finished"]
    best = max((a.grade for a in finished), default=None)
    return render(
        request,
        "quizzes/quiz_page.html",
        {
            "page": quiz,
            "course": course,
            "module": module,
            "settings_quiz": canon,
            "open_attempt": open_attempt,
            "finished": finished,
            "best_percent": None if best is None else round(best * 100),
            "attempts_left": selectors.attempts_left(user=request.user, quiz=canon),
        },
    )


@login_required
@require_POST
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except AnswerError as error:
        return _error(request, error, quiz=quiz)
    return redirect("quizzes:question", attempt_id=attempt.pk, slot=0)


def _attempt_for(request, attempt_id) -> QuizAttempt:
    # Someone else's attempt is "not found", not "forbidden": ids reveal nothing.
    return get_object_or_404(
        QuizAttempt.objects.select_related("quiz"), pk=attempt_id, user=request.user
    )


def _question_context(attempt: QuizAttempt, slot: int) -> dict:
    frozen = attempt.slots[slot]
    questions = selectors.questions_in_language(
        slots=[frozen], locale=Locale.get_active()
    )
    question = questions[frozen["translation_key"]]
    by_key = selectors.answers_by_key(question)
    return {
        "attempt": attempt,
        "slot": slot,
        "frozen": frozen,
        "question": question,
        "choices": [(key, by_key.get(key)) for key in frozen["choices"]],
        "number": slot + 1,
        "total": len(attempt.slots),
        "percent_through": round(100 * slot / len(attempt.slots)),
    }


@login_required
def question(request, attempt_id, slot):
    attempt = _attempt_for(request, attempt_id)
    if attempt.state == QuizAttempt.State.FINISHED and request.method != "POST":
        return redirect("quizzes:result", attempt_id=attempt.pk)
    if not 0 <= slot < len(attempt.slots):
        return _error(
            request,
            AnswerError(_("This question is not part of your quiz."), status=404),
            attempt=attempt,
        )
    error = None
    if request.method == "POST":
        try:
            services.attempt_save_answer(
                user=request.user,
                attempt_id=attempt.pk,
                slot=slot,
                question_key=request.POST.get("question", ""),
                data=request.POST,
            )
        except AnswerError as problem:
            if problem.status != 400:
                return _error(request, problem, attempt=attempt)
            error = problem
        else:
            if attempt.quiz.feedback_mode == QuizPage.FeedbackMode.IMMEDIATE:
                return redirect("quizzes:question", attempt_id=attempt.pk, slot=slot)
            return redirect(_next_url(attempt, slot))
    context = _question_context(attempt, slot)
    response = attempt.responses.filter(slot=slot).first()
    context.update(
        {
            "response": response,
            "chosen": _chosen(response),
            "steps": _steps(context["choices"], response),
            "error": error.message if error else None,
            "next_url": _next_url(attempt, slot),
            "feedback": response is not None and response.locked,
        }
    )
    return render(
        request, "quizzes/question.html", context, status=400 if error else 200
    )


def _chosen(response) -> set:
    if response is None:
        return set()
    answer = response.answer
    if "choice" in answer:
        return {answer["choice"]}
    return set(answer.get("choices", []))


def _steps(choices, response) -> list[tuple]:
    """Ordering: each step with the position the learner gave it, if saved."""
    order = response.answer.get("order", []) if response else []
    positions = {key: index for index, key in enumerate(order, start=1)}
    return [(key, answer, positions.get(key)) for key, answer in choices]


def _next_url(attempt: QuizAttempt, slot: int) -> str:
    if slot + 1 < len(attempt.slots):
        return reverse("quizzes:question", args=[attempt.pk, slot + 1])
    return reverse("quizzes:review", args=[attempt.pk])


@login_required
def review(request, attempt_id):
    attempt = _attempt_for(request, attempt_id)
    if attempt.state == QuizAttempt.State.FINISHED:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    answered = set(attempt.responses.values_list("slot", flat=True))
    rows = [
        {"number": index + 1, "slot": index, "answered": index in answered}
        for index in range(len(attempt.slots))
    ]
    return render(
        request,
        "quizzes/review.html",
        {"attempt": attempt, "rows": rows, "unanswered": len(rows) - len(answered)},
    )


@login_required
@require_POST
def submit(request, attempt_id):
    try:
        attempt = services.attempt_submit(user=request.user, attempt_id=attempt_id)
    except AnswerError as error:
        return _error(request, error)
    return redirect("quizzes:result", attempt_id=attempt.pk)


@login_required
def result(request, attempt_id):
    attempt = _attempt_for(request, attempt_id)
    if attempt.state != QuizAttempt.State.FINISHED:
        return redirect("quizzes:review", attempt_id=attempt.pk)
    questions = selectors.questions_in_language(
        slots=attempt.slots, locale=Locale.get_active()
    )
    responses = {r.slot: r for r in attempt.responses.all()}
    rows = []
    for index, frozen in enumerate(attempt.slots):
        question_ = questions.get(frozen["translation_key"])
        response = responses.get(index)
        by_key = selectors.answers_by_key(question_) if question_ else {}
        marks = scoring.answer_marks(frozen, response.answer if response else None)
        chosen = []
        for key in sorted(_chosen(response)):
            if key in by_key:
                by_key[key].was_right = marks.get(key, False)
                chosen.append(by_key[key])
        rows.append(
            {
                "number": index + 1,
                "question": question_,
                "right": response is not None and response.fraction == 1,
                "partly": response is not None and 0 < (response.fraction or 0) < 1,
                "chosen": chosen,
                "correct": [by_key[k] for k in frozen["correct"] if k in by_key],
                "given_order": [
                    by_key[k]
                    for k in (response.answer.get("order", []) if response else [])
                    if k in by_key
                ],
                "frozen": frozen,
                "response": response,
            }
        )
    quiz = attempt.quiz.localized
    left = selectors.attempts_left(user=request.user, quiz=attempt.quiz)
    best = selectors.best_grade(user=request.user, quiz=attempt.quiz)
    return render(
        request,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "rows": rows,
            "wrong": [row for row in rows if not row["right"]],
            "attempts_left": left,
            "best_percent": None if best is None else round(best * 100),
        },
    )
