"""Pages run a bounded number of queries, whatever the number of lessons or learners."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import LessonPage
from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-site caches, as a running server has
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def enrolled_client(client, course):
    learner = LearnerFactory()
    client.force_login(learner.user)
    client.post(reverse("courses:enrol", args=[course.pk]))
    return client


def first_lesson(course):
    return LessonPage.objects.live().descendant_of(course).order_by("path").first()


def test_lesson_page_queries_do_not_grow_with_lessons_or_learners(client):
    small = make_course(modules=1, lessons=2)
    large = make_course(modules=3, lessons=5)
    enrolled_client(client, small)
    small_count = count_queries(client, first_lesson(small).url)

    for _ in range(5):
        LearnerFactory()
    enrolled_client(client, large)
    client.post(reverse("courses:mark_done", args=[first_lesson(large).pk]))
    large_count = count_queries(client, first_lesson(large).url)

    assert large_count == small_count
    assert large_count <= 30


def test_catalogue_queries_do_not_grow_with_lessons_or_learners(client):
    make_course(modules=1, lessons=1)
    enrolled_client(client, make_course(modules=1, lessons=1))
    small_count = count_queries(client, "/courses/")

    make_course(modules=3, lessons=6)
    for _ in range(5):
        LearnerFactory()
    large_count = count_queries(client, "/courses/")

    assert large_count == small_count
    assert large_count <= 20


def test_course_page_queries_do_not_grow_with_lessons(client):
    small = make_course(modules=1, lessons=1)
    large = make_course(modules=4, lessons=5)
    enrolled_client(client, small)
    small_count = count_queries(client, small.url)
    enrolled_client(client, large)
    assert count_queries(client, large.url) == small_count
