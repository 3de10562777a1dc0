"""Thin views: the home page, enrolling, opening a lesson and marking it done."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Site

from . import selectors, services
from .models import CourseIndexPage, CoursePage, LessonPage


def _can_preview(user) -> bool:
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def home(request):
    """Where a learner lands: continue where they left off, then the catalogue."""
    cards = selectors.my_courses(user=request.user)
    for card in cards:
        card.next_lesson = selectors.continue_lesson(
            user=request.user, course=card.page
        )
    catalogue = (
        CourseIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    )
    return render(
        request,
        "courses/home.html",
        {
            "cards": cards,
            "catalogue": catalogue,
            "site": Site.find_for_request(request),
        },
    )


def serve_lesson(request, lesson: LessonPage, default_serve, *args, **kwargs):
    """Open a lesson only for learners enrolled in its course (or previewing staff)."""
    if getattr(request, "is_preview", False):
        return default_serve(request, *args, **kwargs)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course, module = selectors.lesson_course_and_module(lesson=lesson)
    canon = selectors.canonical(course)
    enrollment = request.user.enrollments.filter(course=canon).first()
    if enrollment is None:
        # Checked only now, so a learner's page load skips the permission queries.
        if _can_preview(request.user):
            return default_serve(request, *args, **kwargs)
        return render(
            request,
            "courses/not_enrolled.html",
            {"course": course, "lesson": lesson},
            status=403,
        )
    visit = services.lesson_record_visit(
        user=request.user, lesson=lesson, enrollment=enrollment
    )
    previous, following = selectors.lesson_siblings(lesson=lesson, course=course)
    request.lesson_context = {
        "course": course,
        "module": module,
        "previous_lesson": previous,
        "next_lesson": following,
        "progress": selectors.course_progress(user=request.user, course=canon),
        "is_done": visit.completed_at is not None,
    }
    return default_serve(request, *args, **kwargs)


@login_required
@require_POST
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.course_enrol(user=request.user, course=course)
    except PermissionDenied as error:
        messages.error(request, str(error))
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    return redirect(course.localized.url)


@login_required
@require_POST
def mark_done(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id).localized
    try:
        completion = services.lesson_mark_done(user=request.user, lesson=lesson)
    except PermissionDenied as error:
        return render(
            request,
            "courses/not_enrolled.html",
            {"lesson": lesson, "message": str(error)},
            status=403,
        )
    course, _module, _previous, following = selectors.lesson_neighbours(lesson=lesson)
    if completion is not None and following is None:
        messages.success(request, _("Well done! You have completed this course."))
        return redirect(course.url)
    if following is not None:
        return redirect(following.url)
    return redirect(course.url)
