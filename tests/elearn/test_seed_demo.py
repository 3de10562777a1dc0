"""`seed_demo` builds two complete bilingual courses with quizzes, idempotently."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, WorkflowPage

from courses.demo.pilot_course import COURSE as PILOT
from courses.demo.tot_course import COURSE as TOT
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from quizzes.demo.pilot_quizzes import QUIZZES as PILOT_QUIZZES
from quizzes.demo.tot_quizzes import QUIZZES as TOT_QUIZZES
from quizzes.models import Question, QuizPage


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
