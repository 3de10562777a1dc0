"""Taking a quiz runs a bounded number of queries, whatever its length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes.models import QuizAttempt
from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course
from tests.quizzes.factories import (
    ALL_KINDS,
    first_module,
    make_quiz,
    post_answer,
    question_url,
    right_answer,
)

pytestmark = pytest.mark.django_db

QUESTION_PAGE_LIMIT = 12
SUBMIT_LIMIT = 25  # scoring, then the course completion rule


def started_attempt(client, kinds) -> QuizAttempt:
    """A new learner, enrolled, with every question of a new quiz answered right."""
    course = make_course(modules=1, lessons=1)
    quiz = make_quiz(first_module(course), questions=kinds)
    learner = LearnerFactory()
    client.force_login(learner.user)
    client.post(reverse("courses:enrol", args=[course.pk]))
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get(user=learner.user, quiz=quiz)
    for index, slot in enumerate(attempt.slots):
        assert (
            post_answer(client, attempt, index, right_answer(slot)).status_code == 302
        )
    return attempt


def count_queries(client, method: str, url: str, status: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url)
    assert response.status_code == status
    return len(captured)


SHORT = ("single", "numeric", "multiple")
LONG = ALL_KINDS * 2


def question_page_queries(client, attempt) -> int:
    """Queries for the multiple-response question, found wherever it was shuffled."""
    index = next(
        i for i, slot in enumerate(attempt.slots) if slot["kind"] == "multiple"
    )
    url = question_url(attempt, index)
    client.get(url)  # warm Wagtail's per-site caches, as a running server has
    return count_queries(client, "get", url, 200)


def submit_queries(client, attempt) -> int:
    url = reverse("quizzes:submit", args=[attempt.pk])
    return count_queries(client, "post", url, 302)


def test_question_page_queries_do_not_grow_with_the_number_of_questions(client):
    short = started_attempt(client, SHORT)
    short_count = question_page_queries(client, short)
    long_ = started_attempt(client, LONG)
    long_count = question_page_queries(client, long_)

    assert (len(short.slots), len(long_.slots)) == (3, 12)
    assert long_count == short_count
    assert long_count <= QUESTION_PAGE_LIMIT


def test_submit_queries_do_not_grow_with_the_number_of_questions(client):
    short = started_attempt(client, SHORT)
    short_count = submit_queries(client, short)
    long_ = started_attempt(client, LONG)
    long_count = submit_queries(client, long_)

    assert long_count == short_count
    assert long_count <= SUBMIT_LIMIT
