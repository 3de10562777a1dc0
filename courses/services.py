"""Writes about learning: enrolment, lesson progress and course completion."""

import logging

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .completion import is_complete
from .models import CourseCompletion, CoursePage, Enrollment, LessonPage, LessonProgress
from .selectors import canonical, course_progress
from .signals import course_completed

logger = logging.getLogger(__name__)


def course_enrol(*, user, course: CoursePage) -> Enrollment:
    """Enrol ``user`` in any language version of ``course``; idempotent."""
    if not user.is_authenticated:
        raise PermissionDenied(_("Please sign in first."))
    course = canonical(course)
    enrollment, _created = Enrollment.objects.get_or_create(user=user, course=course)
    return enrollment


def _enrollment_for(*, user, lesson: LessonPage) -> Enrollment:
    course = canonical(lesson.get_parent().get_parent().specific)
    enrollment = Enrollment.objects.filter(user=user, course=course).first()
    if enrollment is None:
        raise PermissionDenied(_("Enrol in this course to open its lessons."))
    return enrollment


def lesson_record_visit(
    *, user, lesson: LessonPage, enrollment: Enrollment
) -> LessonProgress:
    """Remember the lesson as the place to continue from.

    :returns: the learner's progress row for the lesson (done or not).
    """
    lesson = canonical(lesson)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        last_lesson=lesson, last_seen_at=timezone.now()
    )
    progress, _created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course_id": enrollment.course_id}
    )
    return progress


@transaction.atomic
def lesson_mark_done(*, user, lesson: LessonPage) -> CourseCompletion | None:
    """Mark a lesson done and complete the course if that was the last requirement.

    Safe to call twice, or twice at once: the enrolment row is locked while the
    rule is evaluated, and constraints keep one progress row and one completion.

    :returns: the course's completion if the course is now complete, else None.
    :raises PermissionDenied: if the learner is not enrolled in the lesson's course.
    """
    enrollment = _enrollment_for(user=user, lesson=lesson)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    lesson = canonical(lesson)
    now = timezone.now()
    progress, created = LessonProgress.objects.get_or_create(
        user=user,
        lesson=lesson,
        defaults={"course_id": enrollment.course_id, "completed_at": now},
    )
    if not created and progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
    Enrollment.objects.filter(pk=enrollment.pk).update(
        last_lesson=lesson, last_seen_at=now
    )
    return course_evaluate_completion(user=user, course=enrollment.course)


@transaction.atomic
def course_evaluate_completion(*, user, course: CoursePage) -> CourseCompletion | None:
    """Write the course's completion once, when the completion rule is met.

    Quizzes and H5P call this after recording a result. ``course_completed`` is
    sent after commit, and only by the call that wrote the completion.
    """
    course = canonical(course)
    existing = CourseCompletion.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not is_complete(course_progress(user=user, course=course)):
        return None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(user=user, course=course)
    except IntegrityError:
        # Another request completed it between our read and our write.
        return CourseCompletion.objects.get(user=user, course=course)
    logger.info("course %s completed by user %s", course.pk, user.pk)
    transaction.on_commit(
        lambda: course_completed.send(sender=CourseCompletion, completion=completion)
    )
    return completion
