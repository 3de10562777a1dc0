"""Reads about courses and learners' progress through them.

Every function here runs a fixed number of queries, whatever the number of
lessons or learners: progress is matched to courses by tree path, in SQL.
"""

import functools
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from . import progress_sources
from .completion import CourseProgress, item_key, lesson_key
from .models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
)

COVER_RENDITION = "fill-480x270|format-webp"
# Root > catalogue > course > module > item (lesson, quiz, ...).
ITEM_DEPTH = LESSON_DEPTH = 5


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
    """Return each canonical course's progress for ``user``, keyed by course id.

    Two queries for lessons, whatever the number of courses; each registered
    progress source (quizzes, H5P) adds its own.
    """
    courses = list(courses)
    required = defaultdict(set)
    done = defaultdict(set)
    by_path = {course.path: course.pk for course in courses}
    if by_path:
        in_courses = Q()
        for path in by_path:
            in_courses |= Q(path__startswith=path)
        lessons = (
            LessonPage.objects.live()
            .filter(in_courses, required=True, depth=LESSON_DEPTH)
            .values_list("translation_key", "path")
        )
        for translation_key, path in lessons:
            required[by_path[_course_path(path)]].add(lesson_key(translation_key))
    if user.is_authenticated and by_path:
        rows = LessonProgress.objects.filter(
            user=user, course_id__in=by_path.values(), completed_at__isnull=False
        ).values_list("course_id", "lesson__translation_key")
        for course_id, translation_key in rows:
            done[course_id].add(lesson_key(translation_key))
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


def course_items(*, course: CoursePage) -> list[Page]:
    """Return the live lessons, quizzes and other items of ``course``, in order.

    Plain ``Page`` objects (no body loaded), each with ``kind`` (its model
    name), ``key`` (its completion key) and, for lessons, ``estimated_minutes``.
    """
    items = list(
        Page.objects.live()
        .descendant_of(course)
        .filter(depth=ITEM_DEPTH)
        .select_related("content_type")
        .order_by("path")
    )
    minutes = dict(
        LessonPage.objects.filter(pk__in=[item.pk for item in items]).values_list(
            "pk", "estimated_minutes"
        )
    )
    for item in items:
        item.kind = item.content_type.model
        item.key = item_key(item.kind, item.translation_key)
        item.estimated_minutes = minutes.get(item.pk)
    return items


def continue_lesson(*, user, course: CoursePage):
    """Return where the learner should go next in ``course`` (active language).

    The first item not done yet, in course order; else the first item.
    """
    items = course_items(course=course)
    if not items:
        return None
    done = course_progress(user=user, course=course).done
    return next((item for item in items if item.key not in done), items[0])


def course_outline_for(*, course: CoursePage, user) -> dict:
    """Return the modules and items of ``course`` with the user's progress."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    items = course_items(course=course)
    canon = canonical(course)
    enrollment = completion = progress = next_item = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=canon).first()
        if enrollment:
            completion = CourseCompletion.objects.filter(
                user=user, course=canon
            ).first()
            progress = course_progress(user=user, course=canon)
    done = progress.done if progress else frozenset()
    by_module = defaultdict(list)
    for item in items:
        item.is_done = item.key in done
        by_module[item.path[: ModulePage.steplen * 4]].append(item)
    for module in modules:
        module.lessons = by_module[module.path]
        module.done_count = sum(1 for item in module.lessons if item.is_done)
    if enrollment:
        next_item = next(
            (item for item in items if not item.is_done), items[0] if items else None
        )
    return {
        "modules": modules,
        "lesson_count": len(items),
        "enrollment": enrollment,
        "completion": completion,
        "progress": progress,
        "next_lesson": next_item,
    }


def lesson_course_and_module(*, lesson: LessonPage) -> tuple:
    """Return the course and module a lesson sits in (same language)."""
    course = CoursePage.objects.get(path=lesson.path[: CoursePage.steplen * 3])
    module = ModulePage.objects.get(path=lesson.path[: ModulePage.steplen * 4])
    return course, module


def lesson_siblings(*, lesson: Page, course: CoursePage) -> tuple:
    """Return the live items (lessons, quizzes) before and after one, in order."""
    lessons = Page.objects.live().descendant_of(course).filter(depth=ITEM_DEPTH)
    previous = lessons.filter(path__lt=lesson.path).order_by("-path").first()
    following = lessons.filter(path__gt=lesson.path).order_by("path").first()
    return previous, following


def lesson_neighbours(*, lesson: LessonPage) -> tuple:
    """Return (course, module, previous lesson, next lesson) around ``lesson``."""
    course, module = lesson_course_and_module(lesson=lesson)
    return (course, module, *lesson_siblings(lesson=lesson, course=course))
