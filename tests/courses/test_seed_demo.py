"""`seed_demo` builds two complete bilingual courses and is safe to run again."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, WorkflowPage

from courses.demo.pilot_course import COURSE as PILOT
from courses.demo.tot_course import COURSE as TOT
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


@pytest.mark.parametrize("course", [PILOT, TOT], ids=["pilot", "tot"])
def test_demo_courses_are_complete_in_both_languages(course):
    assert len(course["modules"]) >= 4
    for module in course["modules"]:
        assert len(module["lessons"]) >= 3
        for lesson in module["lessons"]:
            bn, en = lesson["body"]["bn"], lesson["body"]["en"]
            assert [b["type"] for b in bn] == [b["type"] for b in en], lesson["slug"]
            assert lesson["title"]["bn"] != lesson["title"]["en"]


def test_demo_audiences():
    assert PILOT["audience"] == "learners"
    assert TOT["audience"] == "trainers"


@pytest.mark.django_db
def test_seed_demo_twice_creates_everything_once(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = {
        model.__name__: model.objects.count()
        for model in (Page, CourseIndexPage, CoursePage, ModulePage, LessonPage, Group)
    }
    call_command("seed_demo")

    assert {
        model.__name__: model.objects.count()
        for model in (Page, CourseIndexPage, CoursePage, ModulePage, LessonPage, Group)
    } == counts
    bn_lessons = LessonPage.objects.live().filter(locale__language_code="bn")
    en_lessons = LessonPage.objects.live().filter(locale__language_code="en")
    assert bn_lessons.count() == en_lessons.count() >= 24
    assert CoursePage.objects.live().filter(locale__language_code="en").count() == 2
    assert Group.objects.filter(name__in=["Trainers", "Programme staff"]).count() == 2
    workflow_pages = WorkflowPage.objects.filter(workflow__name="Course review")
    assert workflow_pages.count() == 2  # the catalogue in each language


@pytest.mark.django_db
def test_demo_accounts_only_in_debug(settings, django_user_model):
    settings.DEBUG = False
    call_command("seed_demo")
    assert not django_user_model.objects.filter(username="admin").exists()
