"""Reads about courses and learners' progress through them.

Every function here runs a fixed number of queries, whatever the number of
lessons or learners: progress is matched to courses by tree path, in SQL.
"""

import functools
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from . import progress_sources
from .completion import CourseProgress, lesson_key
from .models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
)

COVER_RENDITION = "fill-480x270|format-webp"


@functools.cache
def default_locale_id() -> int:
    """The Bangla locale's id; cached per process, reset when locales change."""
    return Locale.get_default().pk


@receiver([post_save, post_delete], sender=Locale)
def _forget_default_locale(**kwargs):
    default_locale_id.cache_clear()


def canonical(page: Page) -> Page:
    """Return the default-language (Bangla) version of ``page``; progress lives there.

    Falls back to ``page`` itself when it has no Bangla version.
    """
    locale_id = default_locale_id()
    if page.locale_id == locale_id:
        return page
    model = page.specific_class or type(page)
    match = model.objects.filter(
        translation_key=page.translation_key, locale_id=locale_id
    ).first()
    return match or page


def _course_path(path: str) -> str:
    return path[: CoursePage.steplen * 3]  # root > catalogue > course


def progress_for_courses(*, user, courses) -> dict[int, CourseProgress]:
    """Return each canonical course's progress for ``user``, keyed by course id."""
    courses = list(courses)
    required = defaultdict(set)
    done = defaultdict(set)
    by_path = {course.path: course.pk for course in courses}
    if by_path:
        lessons = (
            LessonPage.objects.live()
            .filter(required=True, locale_id=default_locale_id(), depth=5)
            .values_list("pk", "path")
        )
        for lesson_id, path in lessons:
            course_id = by_path.get(_course_path(path))
            if course_id is not None:
                required[course_id].add(lesson_key(lesson_id))
    if user.is_authenticated and by_path:
        rows = LessonProgress.objects.filter(
            user=user, course_id__in=by_path.values(), completed_at__isnull=False
        ).values_list("course_id", "lesson_id")
        for course_id, lesson_id in rows:
            done[course_id].add(lesson_key(lesson_id))
    result = {}
    for course in courses:
        need, got = set(required[course.pk]), set(done[course.pk])
        for source in progress_sources.registered():
            extra_need, extra_done = source(course=course, user=user)
            need |= extra_need
            got |= extra_done
        result[course.pk] = CourseProgress(
            required=frozenset(need), done=frozenset(got)
        )
    return result


def course_progress(*, user, course: CoursePage) -> CourseProgress:
    course = canonical(course)
    return progress_for_courses(user=user, courses=[course])[course.pk]


@dataclass
class CourseCard:
    page: CoursePage
    enrolled: bool
    completed: bool
    progress: CourseProgress | None


def _canonical_courses(pages) -> dict[str, CoursePage]:
    keys = [page.translation_key for page in pages]
    return {
        course.translation_key: course
        for course in CoursePage.objects.filter(
            translation_key__in=keys, locale_id=default_locale_id()
        ).only("pk", "path", "translation_key", "locale_id")
    }


def _cards(user, pages) -> list[CourseCard]:
    pages = list(pages)
    canon = _canonical_courses(pages)
    enrolled, completed, progress = set(), set(), {}
    if user.is_authenticated:
        enrolled = set(
            Enrollment.objects.filter(user=user).values_list("course_id", flat=True)
        )
        completed = set(
            CourseCompletion.objects.filter(user=user).values_list(
                "course_id", flat=True
            )
        )
        mine = [c for c in canon.values() if c.pk in enrolled]
        progress = progress_for_courses(user=user, courses=mine)
    cards = []
    for page in pages:
        course = canon.get(page.translation_key)
        course_id = course.pk if course else None
        cards.append(
            CourseCard(
                page=page,
                enrolled=course_id in enrolled,
                completed=course_id in completed,
                progress=progress.get(course_id),
            )
        )
    return cards


def catalogue_for(*, index_page, user) -> list[CourseCard]:
    """Return the live courses under a catalogue page with the user's standing."""
    image_model = get_image_model()
    pages = (
        CoursePage.objects.live()
        .child_of(index_page)
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "cover_image",
                queryset=image_model.objects.prefetch_renditions(COVER_RENDITION),
            )
        )
        .order_by("path")
    )
    return _cards(user, pages)


def my_courses(*, user) -> list[CourseCard]:
    """Return the courses ``user`` is enrolled in, in the active language.

    Most recently used first, so the home page can say where to continue.
    """
    if not user.is_authenticated:
        return []
    keys = list(
        Enrollment.objects.filter(user=user)
        .order_by("-last_seen_at", "-enrolled_at")
        .values_list("course__translation_key", flat=True)
    )
    locale = Locale.get_active()
    pages = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(
            translation_key__in=keys, locale=locale
        )
    }
    return _cards(user, [pages[key] for key in keys if key in pages])


def lesson_in_language(*, lesson: LessonPage | None):
    """Return the live lesson in the active language, or None."""
    if lesson is None:
        return None
    return (
        LessonPage.objects.live()
        .filter(translation_key=lesson.translation_key, locale=Locale.get_active())
        .first()
    )


def continue_lesson(*, user, course: CoursePage):
    """Return where the learner should go next in ``course`` (active language).

    The first required lesson not done yet, in course order; else the first lesson.
    """
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    if not lessons:
        return None
    done = done_translation_keys(user=user, course=course)
    for lesson in lessons:
        if lesson.translation_key not in done:
            return lesson
    return lessons[0]


def done_translation_keys(*, user, course: CoursePage) -> set:
    if not user.is_authenticated:
        return set()
    return set(
        LessonProgress.objects.filter(
            user=user,
            course__translation_key=course.translation_key,
            completed_at__isnull=False,
        ).values_list("lesson__translation_key", flat=True)
    )


def course_outline_for(*, course: CoursePage, user) -> dict:
    """Return the modules and lessons of ``course`` with the user's progress."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = list(
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .only(
            "pk",
            "title",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "estimated_minutes",
            "required",
            "locale_id",
            "content_type_id",
        )
    )
    done = done_translation_keys(user=user, course=course)
    by_module = defaultdict(list)
    for lesson in lessons:
        lesson.is_done = lesson.translation_key in done
        by_module[lesson.path[: ModulePage.steplen * 4]].append(lesson)
    for module in modules:
        module.lessons = by_module[module.path]
        module.done_count = sum(1 for lesson in module.lessons if lesson.is_done)
    enrollment = None
    completion = None
    progress = None
    next_lesson = None
    canon = canonical(course)
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=canon).first()
        if enrollment:
            completion = CourseCompletion.objects.filter(
                user=user, course=canon
            ).first()
            progress = course_progress(user=user, course=canon)
            next_lesson = next(
                (lesson for lesson in lessons if not lesson.is_done),
                lessons[0] if lessons else None,
            )
    return {
        "modules": modules,
        "lesson_count": len(lessons),
        "enrollment": enrollment,
        "completion": completion,
        "progress": progress,
        "next_lesson": next_lesson,
    }


def lesson_course_and_module(*, lesson: LessonPage) -> tuple:
    """Return the course and module a lesson sits in (same language)."""
    course = CoursePage.objects.get(path=lesson.path[: CoursePage.steplen * 3])
    module = ModulePage.objects.get(path=lesson.path[: ModulePage.steplen * 4])
    return course, module


def lesson_siblings(*, lesson: LessonPage, course: CoursePage) -> tuple:
    """Return the live lessons before and after ``lesson`` in course order."""
    lessons = LessonPage.objects.live().descendant_of(course)
    previous = lessons.filter(path__lt=lesson.path).order_by("-path").first()
    following = lessons.filter(path__gt=lesson.path).order_by("path").first()
    return previous, following


def lesson_neighbours(*, lesson: LessonPage) -> tuple:
    """Return (course, module, previous lesson, next lesson) around ``lesson``."""
    course, module = lesson_course_and_module(lesson=lesson)
    return (course, module, *lesson_siblings(lesson=lesson, course=course))


def is_enrolled(*, user, course: CoursePage) -> bool:
    if not user.is_authenticated:
        return False
    return Enrollment.objects.filter(
        user=user, course__translation_key=course.translation_key
    ).exists()
