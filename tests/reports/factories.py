"""Builders for report fixtures: learners with events at chosen dates.

Events are written straight to the tables (not through the services), so a
test decides every date; nothing here sends certificates to be drawn.
"""

import itertools
from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from centres.models import Centre, District, LearnerProfile, StaffScope
from certificates.models import Certificate
from courses.models import CourseCompletion, Enrollment, LessonProgress
from quizzes.models import QuizAttempt
from reports.selectors import has_printed_at
from tests.centres.factories import LearnerFactory

_codes = itertools.count(1)


def at(year, month, day, hour=12, minute=0) -> datetime:
    """An aware datetime in the site's time zone (Asia/Dhaka)."""
    return timezone.make_aware(
        datetime.combine(date(year, month, day), time(hour, minute))
    )


def district(name_en: str) -> District:
    return District.objects.get(name_en=name_en)


def make_centre(district_name: str, name: str = "") -> Centre:
    place = district(district_name)
    return Centre.objects.create(
        name_bn=name or f"{place.name_bn} ইউডিসি",
        name_en=name or f"{place.name_en} UDC",
        kind=Centre.Kind.UDC,
        district=place,
    )


def make_learner(district_name: str, *, registered: datetime | None = None, **kwargs):
    """A learner (the User) registered in ``district_name``."""
    profile = LearnerFactory(district=district(district_name), **kwargs)
    if registered is not None:
        LearnerProfile.objects.filter(pk=profile.pk).update(created_at=registered)
    return profile.user


def make_user(username: str, *permissions: str):
    user = get_user_model().objects.create_user(username=username, password="x")
    for codename in permissions:
        app_label, code = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=code)
        )
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


def make_staff(username: str = "staff", *, districts=(), divisions=()):
    """Programme staff; limited to ``districts``/``divisions`` (names) if given."""
    user = make_user(
        username, "wagtailadmin.access_admin", "centres.view_learnerprofile"
    )
    if districts or divisions:
        scope = StaffScope.objects.create(user=user)
        scope.districts.set([district(name) for name in districts])
        scope.divisions.set(
            [
                District.objects.filter(division__name_en=name).first().division
                for name in divisions
            ]
        )
    return user


def enrol(user, course, when: datetime, *, last_seen: datetime | None = None):
    enrolment = Enrollment.objects.create(
        user=user, course=course, last_seen_at=last_seen
    )
    Enrollment.objects.filter(pk=enrolment.pk).update(enrolled_at=when)
    return enrolment


def open_lesson(user, course, lesson):
    return LessonProgress.objects.create(user=user, course=course, lesson=lesson)


def complete(user, course, when: datetime) -> CourseCompletion:
    completion = CourseCompletion.objects.create(user=user, course=course)
    CourseCompletion.objects.filter(pk=completion.pk).update(completed_at=when)
    completion.refresh_from_db()
    return completion


def certify(
    completion: CourseCompletion,
    *,
    status=Certificate.Status.ISSUED,
    issued: datetime | None = None,
    revoked: datetime | None = None,
    printed: datetime | None = None,
    name: str = "শিক্ষার্থী",
) -> Certificate:
    extra = {"printed_at": printed} if has_printed_at() else {}
    return Certificate.objects.create(
        learner=completion.user,
        course=completion.course,
        completion=completion,
        code=f"T{next(_codes):07d}",
        status=status,
        learner_name=name,
        course_title_bn=completion.course.title,
        course_title_en=completion.course.title,
        completed_on=timezone.localtime(completion.completed_at).date(),
        issued_at=issued,
        revoked_at=revoked,
        **extra,
    )


def attempt(user, quiz, *, passed: bool | None, finished: datetime | None):
    """A finished attempt (or, with ``finished=None``, one still open)."""
    number = QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1
    return QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        state=QuizAttempt.State.FINISHED if finished else QuizAttempt.State.IN_PROGRESS,
        finished_at=finished,
        passed=passed if finished else None,
        grade=None,
    )
