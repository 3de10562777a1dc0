"""Quizzes' part of the course completion rule: required quizzes must be passed."""

from courses.completion import item_key
from courses.models import CoursePage

from .models import QuizAttempt, QuizPage


def quiz_requirements(*, course: CoursePage, user) -> tuple[frozenset, frozenset]:
    """Return (keys of required live quizzes, keys of quizzes ``user`` passed)."""
    required = frozenset(
        item_key("quizpage", key)
        for key in QuizPage.objects.live()
        .descendant_of(course)
        .filter(required=True)
        .values_list("translation_key", flat=True)
    )
    if not user.is_authenticated:
        return required, frozenset()
    passed = frozenset(
        item_key("quizpage", key)
        for key in QuizAttempt.objects.filter(
            user=user, passed=True, quiz__path__startswith=course.path
        )
        .order_by()
        .values_list("quiz__translation_key", flat=True)
        .distinct()
    )
    return required, passed
