"""Trainers write and submit; programme staff approve and publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from courses.demo import loader
from courses.models import CourseIndexPage, LessonPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(course, django_user_model):
    catalogues = list(CourseIndexPage.objects.all())
    trainers, staff = loader.ensure_editorial_groups(catalogues)
    trainer = django_user_model.objects.create_user("trainer", password="x")
    trainer.groups.add(trainers)
    reviewer = django_user_model.objects.create_user("reviewer", password="x")
    reviewer.groups.add(staff)
    return trainer, reviewer


def lesson(course):
    return LessonPage.objects.descendant_of(course).first()


def test_trainer_may_edit_course_pages_but_not_publish(editors, course):
    trainer, _reviewer = editors
    permissions = lesson(course).permissions_for_user(trainer)
    assert permissions.can_edit()
    assert permissions.can_add_subpage() is False  # lessons take no children
    assert not permissions.can_publish()


def test_programme_staff_may_publish(editors, course):
    _trainer, reviewer = editors
    assert lesson(course).permissions_for_user(reviewer).can_publish()


def test_course_pages_go_through_the_review_workflow(editors, course):
    workflow = lesson(course).get_workflow()
    assert workflow == Workflow.objects.get(name="Course review")
    task = workflow.tasks.first().specific
    assert list(task.groups.all()) == [Group.objects.get(name="Programme staff")]


def test_trainer_can_open_the_admin_and_preview_a_lesson(editors, course, client):
    trainer, _reviewer = editors
    client.force_login(trainer)
    assert client.get("/cms/").status_code == 200
    # Not enrolled, but a trainer checking their lesson may read it.
    assert client.get(lesson(course).url).status_code == 200


def test_editing_groups_are_created_once(course):
    catalogues = list(CourseIndexPage.objects.all())
    loader.ensure_editorial_groups(catalogues)
    loader.ensure_editorial_groups(catalogues)
    assert Group.objects.filter(name="Trainers").count() == 1
