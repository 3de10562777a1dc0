"""Builders for certificates: a learner who has finished a course."""

from courses.models import LessonPage
from courses.services import course_enrol, lesson_mark_done


def lessons_of(course) -> list[LessonPage]:
    return list(
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(locale=course.locale)
        .order_by("path")
    )


def complete_course(*, user, course):
    """Enrol ``user`` and mark every lesson done; returns the completion."""
    course_enrol(user=user, course=course)
    completion = None
    for lesson in lessons_of(course):
        completion = lesson_mark_done(user=user, lesson=lesson)
    assert completion is not None, "the course should be complete"
    return completion
