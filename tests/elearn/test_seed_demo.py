"""`seed_demo` builds two complete bilingual courses with quizzes, idempotently,
and in DEBUG a few hundred learners at work for the dashboards."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models import Count, Max, Min
from django.utils import timezone
from wagtail.models import Page, WorkflowPage

from centres.models import Centre, LearnerProfile
from centres.validation import normalise_name, normalise_phone
from certificates.models import Certificate
from courses.completion import is_complete
from courses.demo.accounts import LEARNER_PHONE
from courses.demo.pilot_course import COURSE as PILOT
from courses.demo.tot_course import COURSE as TOT
from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonPage,
    ModulePage,
)
from courses.selectors import course_progress
from quizzes.demo.pilot_quizzes import QUIZZES as PILOT_QUIZZES
from quizzes.demo.tot_quizzes import QUIZZES as TOT_QUIZZES
from quizzes.models import Question, QuizAttempt, QuizPage
from reports import demo
from reports.filters import Filters
from reports.selectors import dashboard_figures


@pytest.mark.parametrize("course", [PILOT, TOT], ids=["pilot", "tot"])
def test_demo_courses_are_complete_in_both_languages(course):
    assert len(course["modules"]) >= 4
    for module in course["modules"]:
        assert len(module["lessons"]) >= 3
        for lesson in module["lessons"]:
            bn, en = lesson["body"]["bn"], lesson["body"]["en"]
            assert [b["type"] for b in bn] == [b["type"] for b in en], lesson["slug"]
            assert lesson["title"]["bn"] != lesson["title"]["en"]


@pytest.mark.parametrize(
    "course, quizzes",
    [(PILOT, PILOT_QUIZZES), (TOT, TOT_QUIZZES)],
    ids=["pilot", "tot"],
)
def test_every_module_ends_with_a_quiz_using_every_question_type(course, quizzes):
    assert set(quizzes) == {module["slug"] for module in course["modules"]}
    kinds = set()
    for quiz in quizzes.values():
        assert len(quiz["questions"]) >= 5
        kinds |= {question["kind"] for question in quiz["questions"]}
    assert kinds == {kind.value for kind in Question.Kind}


def test_demo_audiences():
    assert PILOT["audience"] == "learners"
    assert TOT["audience"] == "trainers"


@pytest.mark.django_db
def test_seed_demo_twice_creates_everything_once(settings, django_user_model):
    settings.DEBUG = False
    call_command("seed_demo")
    assert not django_user_model.objects.filter(username="admin").exists()
    counts = {
        model.__name__: model.objects.count()
        for model in (
            Page,
            CourseIndexPage,
            CoursePage,
            ModulePage,
            LessonPage,
            Group,
            Question,
        )
    }
    settings.DEBUG = True  # the second run adds demo sign-ins, and nothing else
    call_command("seed_demo")

    assert django_user_model.objects.filter(username="admin").exists()
    assert {
        model.__name__: model.objects.count()
        for model in (
            Page,
            CourseIndexPage,
            CoursePage,
            ModulePage,
            LessonPage,
            Group,
            Question,
        )
    } == counts
    bn_lessons = LessonPage.objects.live().filter(locale__language_code="bn")
    en_lessons = LessonPage.objects.live().filter(locale__language_code="en")
    assert bn_lessons.count() == en_lessons.count() >= 24
    assert CoursePage.objects.live().filter(locale__language_code="en").count() == 2
    assert Group.objects.filter(name__in=["Trainers", "Programme staff"]).count() == 2
    for language in ("bn", "en"):
        quizzes = QuizPage.objects.live().filter(locale__language_code=language)
        assert (
            quizzes.count()
            == ModulePage.objects.filter(locale__language_code=language).count()
        )
        assert all(quiz.required for quiz in quizzes)
        assert all(
            quiz.get_prev_siblings().type(LessonPage).exists()
            and not quiz.get_next_siblings().exists()
            for quiz in quizzes
        )
    assert (
        Question.objects.filter(locale__language_code="bn").count()
        == Question.objects.filter(locale__language_code="en").count()
        >= 55
    )
    trainers = Group.objects.get(name="Trainers")
    assert trainers.permissions.filter(codename="add_question").exists()
    workflow_pages = WorkflowPage.objects.filter(workflow__name="Course review")
    assert workflow_pages.count() == 2  # the catalogue in each language

    assert_demo_activity(django_user_model)
    rows = (LearnerProfile, Enrollment, QuizAttempt, CourseCompletion, Certificate)
    before = {model.__name__: model.objects.count() for model in rows}
    assert demo.seed_activity() == [
        f"demo activity: {demo.LEARNER_COUNT} learners (loaded before)"
    ]
    assert {model.__name__: model.objects.count() for model in rows} == before


def assert_demo_activity(user_model):
    """Demo learners who look real, learning that follows the rules, and
    certificates that the dashboard and the print queue can show."""
    profiles = LearnerProfile.objects.filter(
        user__username__startswith=demo.USERNAME_PREFIX
    ).select_related("user", "centre")
    assert profiles.count() == demo.LEARNER_COUNT
    assert profiles.values("district").distinct().count() == len(demo.DISTRICTS)
    for profile in profiles:
        assert normalise_name(profile.full_name) == profile.full_name
        assert normalise_phone(profile.phone) == profile.phone != LEARNER_PHONE
        assert not profile.user.has_usable_password()
    kinds = {profile.centre.kind for profile in profiles if profile.centre}
    assert kinds == {Centre.Kind.UDC, Centre.Kind.RSC}
    udc = profiles.filter(centre__name_en="Tangail Sadar UDC")
    assert udc.count() >= 10
    assert set(udc.values_list("registered_by__username", flat=True)) == {"udc"}
    assert {"female", "male"} <= set(profiles.values_list("gender", flat=True))

    now = timezone.now()
    enrolments = Enrollment.objects.filter(user__learner__in=profiles)
    span = enrolments.aggregate(first=Min("enrolled_at"), last=Max("enrolled_at"))
    assert timedelta(days=240) < span["last"] - span["first"]
    assert span["last"] < now
    enrolled_at = {(e.user_id, e.course_id): e.enrolled_at for e in enrolments}
    completions = list(CourseCompletion.objects.filter(user__learner__in=profiles))
    assert 0.3 < len(completions) / len(enrolled_at) < 0.5
    for completion in completions:
        key = (completion.user_id, completion.course_id)
        assert enrolled_at[key] < completion.completed_at < now
    for completion in completions[:10]:
        progress = course_progress(user=completion.user, course=completion.course)
        assert is_complete(progress)
    completed = {(c.user_id, c.course_id) for c in completions}
    for user_id, course_id in list(set(enrolled_at) - completed)[:10]:
        progress = course_progress(
            user=user_model.objects.get(pk=user_id),
            course=CoursePage.objects.get(pk=course_id),
        )
        assert not is_complete(progress)

    attempts = QuizAttempt.objects.filter(user__learner__in=profiles)
    assert not attempts.exclude(state=QuizAttempt.State.FINISHED).exists()
    assert not attempts.filter(started_at__gte=now - timedelta(minutes=1)).exists()
    assert attempts.filter(passed=False).exists()

    certificates = Certificate.objects.filter(learner__learner__in=profiles)
    assert certificates.filter(status=Certificate.Status.ISSUED).count() == len(
        completions
    )
    first = certificates.select_related("completion").first()
    assert first.issued_at > first.completion.completed_at
    assert first.completed_on == timezone.localdate(first.completion.completed_at)
    with first.pdf.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    printed = certificates.filter(printed_at__isnull=False)
    assert 0 < printed.count() < certificates.count()
    assert not printed.filter(learner__learner__centre__isnull=True).exists()
    by_udc = certificates.filter(learner__learner__centre__name_en="Tangail Sadar UDC")
    assert set(by_udc.values_list("printed_by__username", flat=True)) <= {"udc", None}

    # The sign-in learners are left for trying the learner's path.
    assert not Enrollment.objects.filter(user__learner__phone=LEARNER_PHONE).exists()

    figures = dashboard_figures(
        user=user_model.objects.get(username="admin"), filters=Filters()
    )
    assert figures.completed == figures.certified == len(completions)
    assert 60 < figures.pass_rate < 95
    assert 0 < figures.active < figures.learners
    assert figures.printed == printed.count()
    assert figures.median_days > 1
    busiest = (
        profiles.values("district__name_en").annotate(n=Count("pk")).order_by("-n")[:3]
    )
    assert {"Tangail", "Narsingdi", "Sirajganj"} & {
        row["district__name_en"] for row in busiest
    }
