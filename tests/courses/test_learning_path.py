"""A learner's path: catalogue, enrol, lessons, progress, completion once."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from courses.models import CourseCompletion, Enrollment, LessonPage, LessonProgress
from courses.selectors import course_progress
from courses.signals import course_completed
from tests.centres.factories import LearnerFactory
from tests.i18n import bangla

pytestmark = pytest.mark.django_db


def lessons_of(course, language="bn"):
    translated = course.get_translation(
        course.locale.__class__.objects.get(language_code=language)
    )
    return list(LessonPage.objects.live().descendant_of(translated).order_by("path"))


@pytest.fixture
def completions():
    """Every course_completed signal sent during the test."""
    sent = []

    def receiver(sender, completion, **kwargs):
        sent.append(completion)

    course_completed.connect(receiver)
    yield sent
    course_completed.disconnect(receiver)


def enrol(client, course):
    return client.post(reverse("courses:enrol", args=[course.pk]))


def test_catalogue_lists_courses_in_the_active_language(client, course):
    bn_page = client.get("/courses/").content.decode()
    en_page = client.get("/en/courses/").content.decode()
    assert course.title in bn_page
    assert (
        course.get_translation(
            course.locale.__class__.objects.get(language_code="en")
        ).title
        in en_page
    )
    assert course.title not in en_page


def test_learner_enrols_once_even_if_they_click_twice(learner_client, learner, course):
    enrol(learner_client, course)
    enrol(learner_client, course)
    assert Enrollment.objects.filter(user=learner.user).count() == 1


def test_anonymous_visitor_is_sent_to_sign_in_from_a_lesson(client, course):
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert reverse("centres:sign_in") in response.url


def test_lesson_of_a_course_not_enrolled_in_is_refused_and_records_nothing(
    learner_client, learner, course
):
    lesson = lessons_of(course)[0]

    page = learner_client.get(lesson.url)
    done = learner_client.post(reverse("courses:mark_done", args=[lesson.pk]))

    assert page.status_code == 403
    assert bangla("Enrol first to open this lesson") in page.content.decode()
    assert done.status_code == 403
    assert not LessonProgress.objects.filter(user=learner.user).exists()


def test_marking_lessons_done_moves_the_progress_bar_and_goes_next(
    learner_client, learner, course
):
    enrol(learner_client, course)
    first, second = lessons_of(course)[:2]

    response = learner_client.post(reverse("courses:mark_done", args=[first.pk]))

    assert response.status_code == 302
    assert response.url == second.url
    page = learner_client.get(second.url).content.decode()
    assert 'aria-valuenow="25"' in page  # 1 of 4 lessons
    assert "১/৪" in page or "৪টির মধ্যে ১টি" in page


def test_course_completes_once_and_signals_once(
    learner_client, learner, course, completions, django_capture_on_commit_callbacks
):
    enrol(learner_client, course)
    lessons = lessons_of(course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            learner_client.post(reverse("courses:mark_done", args=[lesson.pk]))
        # The last lesson again: a double click on "done".
        learner_client.post(reverse("courses:mark_done", args=[lessons[-1].pk]))

    assert CourseCompletion.objects.filter(user=learner.user).count() == 1
    assert len(completions) == 1
    assert completions[0].user == learner.user


def test_progress_is_kept_across_languages(learner_client, learner, course):
    enrol(learner_client, course)
    bn_first = lessons_of(course, "bn")[0]
    en_lessons = lessons_of(course, "en")

    learner_client.post(reverse("courses:mark_done", args=[bn_first.pk]))
    learner_client.post(reverse("courses:mark_done", args=[en_lessons[1].pk]))

    assert course_progress(user=learner.user, course=course).required_done == 2
    # Rows point at the Bangla pages whatever language the learner used.
    assert set(
        LessonProgress.objects.filter(user=learner.user).values_list(
            "lesson__locale__language_code", flat=True
        )
    ) == {"bn"}


def test_a_learner_never_sees_another_learners_progress(client, learner, course):
    other = LearnerFactory()
    for who in (learner, other):
        client.force_login(who.user)
        enrol(client, course)
    client.force_login(learner.user)
    client.post(reverse("courses:mark_done", args=[lessons_of(course)[0].pk]))

    client.force_login(other.user)
    page = client.get(course.url).content.decode()

    assert 'aria-valuenow="0"' in page
    assert "✓" not in page


def test_marking_a_lesson_done_needs_post_and_csrf(learner, course):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner.user)
    url = reverse("courses:mark_done", args=[lessons_of(course)[0].pk])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403


def test_continue_where_you_left_off_on_the_home_page(learner_client, course):
    enrol(learner_client, course)
    first, second = lessons_of(course)[:2]
    learner_client.post(reverse("courses:mark_done", args=[first.pk]))

    page = learner_client.get("/").content.decode()

    assert bangla("Continue where you left off") in page
    assert second.url in page


def test_a_page_in_a_language_that_does_not_exist_says_so(client, course):
    response = client.get("/fr/courses/")
    assert response.status_code == 404
    assert bangla("We could not find this page") in response.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_last_lesson_marked_done_twice_at_the_same_time_completes_once(completions):
    """Two requests race on the last lesson (a double click on a slow link)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs row locks across connections: runs on PostgreSQL in CI")
    from tests.courses.factories import make_course

    course = make_course(modules=1, lessons=1)
    learner = LearnerFactory()
    lesson = lessons_of(course)[0]
    Enrollment.objects.create(user=learner.user, course=course)
    barrier = threading.Barrier(2)
    statuses = []

    def click():
        client = Client()
        client.force_login(learner.user)
        barrier.wait()
        statuses.append(
            client.post(reverse("courses:mark_done", args=[lesson.pk])).status_code
        )
        connection.close()

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [302, 302]
    assert CourseCompletion.objects.filter(user=learner.user).count() == 1
    assert LessonProgress.objects.filter(user=learner.user).count() == 1
    assert len(completions) == 1
