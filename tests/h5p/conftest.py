"""Fixtures for H5P tests: a trainer in the admin, a one-lesson course with an
activity in it, and a learner whose browser sends CSRF tokens like a real one."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from courses.services import course_enrol
from courses.signals import course_completed
from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course

from .factories import install_activity, sample, use_in_lesson


@pytest.fixture
def superuser_client(client, django_user_model):
    """A trainer in the admin, reading it in English so messages are stable."""
    user = django_user_model.objects.create_superuser(
        username="trainer", email="trainer@example.org", password="x"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def small_course(db):
    """One module with one lesson: the lesson and its activity are all it asks."""
    return make_course(modules=1, lessons=1)


@pytest.fixture
def activity(small_course):
    """The true/false sample, installed and chosen in the course's only lesson."""
    installed = install_activity(sample("true-false.h5p"))
    use_in_lesson(installed, small_course)
    return installed


@pytest.fixture
def enrolled(learner, small_course):
    course_enrol(user=learner.user, course=small_course)
    return learner


def csrf_client(user) -> Client:
    """A signed-in client that enforces CSRF, holding the token a page gave it."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get(reverse("home"))
    assert "csrftoken" in client.cookies, "the home page set no CSRF cookie"
    client.defaults["HTTP_X_CSRFTOKEN"] = client.cookies["csrftoken"].value
    return client


@pytest.fixture
def learner_browser(enrolled, activity):
    """The enrolled learner's browser, after opening a page (so it has a token)."""
    return csrf_client(enrolled.user)


@pytest.fixture
def completions():
    """Every course_completed signal sent during the test."""
    sent = []

    def receiver(sender, completion, **kwargs):
        sent.append(completion)

    course_completed.connect(receiver)
    yield sent
    course_completed.disconnect(receiver)


@pytest.fixture
def other_learner(db):
    return LearnerFactory()
