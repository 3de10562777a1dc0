"""Reads about quizzes: attempts left, best grades, questions in a language."""

from django.db.models import Max

from courses.models import CoursePage, Enrollment
from courses.selectors import canonical

from .models import Answer, Question, QuizAttempt, QuizPage


def course_of_quiz(*, quiz: QuizPage) -> CoursePage:
    return CoursePage.objects.get(path=quiz.path[: CoursePage.steplen * 3])


def is_enrolled_in_quiz(*, user, quiz: QuizPage) -> bool:
    if not user.is_authenticated:
        return False
    course = canonical(course_of_quiz(quiz=quiz))
    return Enrollment.objects.filter(user=user, course=course).exists()


def attempts_used(*, user, quiz: QuizPage) -> int:
    return QuizAttempt.objects.filter(user=user, quiz=quiz).count()


def attempts_left(*, user, quiz: QuizPage) -> int | None:
    """How many more attempts may start; None means unlimited."""
    if not quiz.max_attempts:
        return None
    return max(0, quiz.max_attempts - attempts_used(user=user, quiz=quiz))


def best_grade(*, user, quiz: QuizPage):
    return QuizAttempt.objects.filter(
        user=user, quiz=quiz, state=QuizAttempt.State.FINISHED
    ).aggregate(best=Max("grade"))["best"]


def questions_in_language(*, slots: list[dict], locale) -> dict[str, Question]:
    """Return the questions of ``slots`` in ``locale``, keyed by translation key.

    Falls back to the version the attempt drew when a translation is missing.
    Answers are prefetched, so rendering any number of questions costs the same.
    """
    keys = [slot["translation_key"] for slot in slots]
    found = {}
    for question in (
        Question.objects.filter(translation_key__in=keys, locale=locale)
        .select_related("stem_image", "stem_audio")
        .prefetch_related("answers__image")
    ):
        found[str(question.translation_key)] = question
    missing = [
        slot["question"] for slot in slots if slot["translation_key"] not in found
    ]
    if missing:
        for question in (
            Question.objects.filter(pk__in=missing)
            .select_related("stem_image", "stem_audio")
            .prefetch_related("answers__image")
        ):
            found[str(question.translation_key)] = question
    return found


def answers_by_key(question: Question) -> dict[str, Answer]:
    return {str(answer.translation_key): answer for answer in question.answers.all()}
