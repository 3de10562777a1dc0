"""Taking a quiz through the browser: answers kept, scored once on the server,
retries, completion, and every way a request can be wrong or arrive twice."""

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from courses.models import CourseCompletion, Enrollment, LessonPage
from courses.selectors import course_progress
from courses.services import lesson_mark_done
from courses.signals import course_completed
from quizzes import services
from quizzes.models import Answer, Question, QuizAttempt, QuizResponse
from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course
from tests.i18n import bangla
from tests.quizzes.factories import (
    first_module,
    form_data,
    make_quiz,
    post_answer,
    question_url,
    right_answer,
    wrong_answer,
)

pytestmark = pytest.mark.django_db

CHOICE_KINDS = ("single", "multiple", "true_false", "picture")


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
def small_course(db):
    """One module with one lesson: the quiz is the course's other requirement."""
    return make_course(modules=1, lessons=1)


def only_lesson(course) -> LessonPage:
    return LessonPage.objects.live().descendant_of(course).get()


def enrol(client, course):
    response = client.post(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 302
    return response


def start(client, quiz):
    return client.post(reverse("quizzes:start", args=[quiz.pk]))


def submit(client, attempt):
    return client.post(reverse("quizzes:submit", args=[attempt.pk]))


def start_attempt(client, quiz, user) -> QuizAttempt:
    """Start (or continue) through the web and return the open attempt."""
    response = start(client, quiz)
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(user=user, quiz=quiz, state="in_progress")
    assert response.url == question_url(attempt, 0)
    return attempt


def answer_all(client, attempt, how):
    for index, slot in enumerate(attempt.slots):
        response = post_answer(client, attempt, index, how(slot))
        assert response.status_code == 302, response.content.decode()[:2000]


def take(client, quiz, user, how) -> QuizAttempt:
    """Start, answer every question with ``how``, submit; return the attempt."""
    attempt = start_attempt(client, quiz, user)
    answer_all(client, attempt, how)
    response = submit(client, attempt)
    assert response.status_code == 302
    assert response.url == reverse("quizzes:result", args=[attempt.pk])
    attempt.refresh_from_db()
    return attempt


def stored(attempt) -> tuple:
    """Everything a request could change about an attempt's score and answers."""
    attempt.refresh_from_db()
    return (
        attempt.state,
        attempt.grade,
        attempt.passed,
        attempt.finished_at,
        list(
            attempt.responses.order_by("slot").values_list(
                "slot", "answer", "fraction", "locked"
            )
        ),
    )


def slot_of(attempt, kind: str) -> int:
    return next(i for i, slot in enumerate(attempt.slots) if slot["kind"] == kind)


# The whole path ---------------------------------------------------------------


def test_learner_fails_retries_passes_and_the_course_completes_once(
    learner_client,
    learner,
    small_course,
    completions,
    django_capture_on_commit_callbacks,
):
    kinds = ("single", "multiple", "true_false", "numeric", "ordering")
    quiz = make_quiz(first_module(small_course), questions=kinds, random_draw=3)
    category = quiz.random_draws.get().category
    bank = set(category.questions.values_list("pk", flat=True))
    enrol(learner_client, small_course)
    learner_client.post(
        reverse("courses:mark_done", args=[only_lesson(small_course).pk])
    )

    with django_capture_on_commit_callbacks(execute=True):
        failed = take(learner_client, quiz, learner.user, wrong_answer)
        assert not CourseCompletion.objects.filter(user=learner.user).exists()
        passed = take(learner_client, quiz, learner.user, right_answer)
        # Passing again (practice) must not complete the course a second time.
        again = take(learner_client, quiz, learner.user, right_answer)

    drawn = [slot["question"] for slot in failed.slots]
    assert len(drawn) == len(set(drawn)) == 3
    assert set(drawn) <= bank
    assert (failed.number, failed.grade, failed.passed) == (1, Decimal(0), False)
    assert (passed.number, passed.grade, passed.passed) == (2, Decimal(1), True)
    assert again.number == 3
    assert CourseCompletion.objects.filter(user=learner.user).count() == 1
    assert len(completions) == 1
    assert completions[0].user == learner.user

    page = learner_client.get(quiz.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "১০০%" in html  # best of the three tries, in Bangla digits
    for attempt in (failed, passed, again):
        assert reverse("quizzes:result", args=[attempt.pk]) in html


def test_result_page_lists_the_wrong_questions_with_their_feedback(
    learner_client, learner, small_course
):
    quiz = make_quiz(first_module(small_course), questions=CHOICE_KINDS + ("numeric",))
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)
    right_slot = slot_of(attempt, "single")
    for index, slot in enumerate(attempt.slots):
        how = right_answer if index == right_slot else wrong_answer
        post_answer(learner_client, attempt, index, how(slot))
    submit(learner_client, attempt)

    response = learner_client.get(reverse("quizzes:result", args=[attempt.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    for index, slot in enumerate(attempt.slots):
        question = Question.objects.get(pk=slot["question"])
        if index == right_slot:
            assert question.general_feedback not in html
            continue
        assert question.general_feedback in html
        chosen = Answer.objects.filter(
            question=question,
            translation_key__in=wrong_answer(slot).getlist("choice"),
        )
        # Both wrong answers of a multiple, none for a number, else one.
        assert len(chosen) == {"multiple": 2, "numeric": 0}.get(slot["kind"], 1)
        assert all(answer.feedback in html for answer in chosen)
    assert html.count('class="panel"') == len(attempt.slots)  # summary + wrong ones


# The completion rule ----------------------------------------------------------


def test_lessons_done_but_required_quiz_not_passed_is_not_complete(
    learner_client, learner, small_course, django_capture_on_commit_callbacks
):
    quiz = make_quiz(first_module(small_course), questions=("single", "numeric"))
    enrol(learner_client, small_course)
    with django_capture_on_commit_callbacks(execute=True):
        learner_client.post(
            reverse("courses:mark_done", args=[only_lesson(small_course).pk])
        )
        take(learner_client, quiz, learner.user, wrong_answer)

    progress = course_progress(user=learner.user, course=small_course)
    assert (progress.required_done, len(progress.required)) == (1, 2)
    assert not CourseCompletion.objects.filter(user=learner.user).exists()


def test_an_optional_quiz_does_not_hold_back_completion(
    learner_client, learner, small_course, django_capture_on_commit_callbacks
):
    make_quiz(first_module(small_course), questions=("single",), required=False)
    enrol(learner_client, small_course)
    with django_capture_on_commit_callbacks(execute=True):
        learner_client.post(
            reverse("courses:mark_done", args=[only_lesson(small_course).pk])
        )
    assert CourseCompletion.objects.filter(user=learner.user).count() == 1


# Answers are kept, and frozen ---------------------------------------------------


def test_each_answer_is_saved_as_given_and_shown_again(
    learner_client, learner, small_course
):
    quiz = make_quiz(first_module(small_course))  # one question of every kind
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)

    for index, slot in enumerate(attempt.slots):
        assert (
            post_answer(learner_client, attempt, index, right_answer(slot)).status_code
            == 302
        )

    saved = {r.slot: r.answer for r in QuizResponse.objects.filter(attempt=attempt)}
    assert len(saved) == len(attempt.slots)
    for index, slot in enumerate(attempt.slots):
        html = learner_client.get(question_url(attempt, index)).content.decode()
        kind = slot["kind"]
        if kind in ("single", "true_false", "picture"):
            assert saved[index] == {"choice": slot["correct"][0]}
            assert f'value="{slot["correct"][0]}" checked' in html
        elif kind == "multiple":
            assert saved[index] == {"choices": sorted(slot["correct"])}
            for key in slot["choices"]:
                checked = f'value="{key}" checked' in html
                assert checked == (key in slot["correct"])
        elif kind == "numeric":
            assert saved[index] == {"value": "12500.00"}
            assert 'value="১২৫০০.০০"' in html
        else:
            assert saved[index] == {"order": slot["correct"]}
            for position, key in enumerate(slot["correct"], start=1):
                select = html.split(f'name="position-{key}"', 1)[1].split("</select>")[
                    0
                ]
                assert f'<option value="{position}" selected>' in select
    assert stored(attempt)[0] == "in_progress"


def test_changing_an_answer_keeps_only_the_last_one(
    learner_client, learner, small_course
):
    quiz = make_quiz(first_module(small_course), questions=("multiple",))
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)
    slot = attempt.slots[0]

    post_answer(learner_client, attempt, 0, wrong_answer(slot))
    post_answer(learner_client, attempt, 0, right_answer(slot))

    assert list(attempt.responses.values_list("answer", flat=True)) == [
        {"choices": sorted(slot["correct"])}
    ]


def test_editing_a_question_after_the_attempt_started_does_not_change_its_score(
    learner_client, learner, small_course
):
    quiz = make_quiz(
        first_module(small_course), questions=("single", "multiple", "numeric")
    )
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)
    answer_all(learner_client, attempt, right_answer)

    # A trainer now changes which answers are right, and the number.
    for slot in attempt.slots:
        question = Question.objects.get(pk=slot["question"])
        if slot["kind"] == "numeric":
            question.numeric_answer = Decimal("99")
            question.numeric_tolerance = Decimal(0)
            question.save()
        else:
            for answer in question.answers.all():
                answer.is_correct = not answer.is_correct
                answer.save()
    response = submit(learner_client, attempt)

    assert response.status_code == 302
    assert stored(attempt)[1:3] == (Decimal(1), True)
    assert set(attempt.responses.values_list("fraction", flat=True)) == {Decimal(1)}


# Bad input: the right status, and nothing stored changes -------------------------


@pytest.fixture
def taking(learner_client, learner, small_course):
    """An enrolled learner in the middle of a quiz, one answer already saved."""
    quiz = make_quiz(
        first_module(small_course),
        questions=("single", "multiple", "numeric", "ordering"),
    )
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)
    single = slot_of(attempt, "single")
    post_answer(learner_client, attempt, single, right_answer(attempt.slots[single]))
    return learner_client, quiz, attempt


def test_an_answer_for_a_question_not_in_the_attempt_is_refused(taking):
    client, quiz, attempt = taking
    before = stored(attempt)
    single = slot_of(attempt, "single")
    other = slot_of(attempt, "multiple")
    data = form_data(attempt, single, wrong_answer(attempt.slots[single]))

    wrong_key = client.post(
        question_url(attempt, single),
        {**data, "question": attempt.slots[other]["translation_key"]},
    )
    out_of_range = client.post(question_url(attempt, len(attempt.slots)), data)

    assert wrong_key.status_code == 400
    assert out_of_range.status_code == 404
    assert stored(attempt) == before


def test_a_choice_from_another_question_is_refused(taking):
    client, quiz, attempt = taking
    before = stored(attempt)
    single = slot_of(attempt, "single")
    borrowed = attempt.slots[slot_of(attempt, "multiple")]["correct"][0]

    response = client.post(
        question_url(attempt, single),
        {"question": attempt.slots[single]["translation_key"], "choice": borrowed},
    )

    assert response.status_code == 400
    assert stored(attempt) == before


def test_a_number_answer_must_be_a_number_and_bangla_digits_are_one(taking):
    client, quiz, attempt = taking
    before = stored(attempt)
    numeric = slot_of(attempt, "numeric")
    key = attempt.slots[numeric]["translation_key"]

    not_a_number = client.post(
        question_url(attempt, numeric), {"question": key, "value": "অনেক টাকা"}
    )
    assert not_a_number.status_code == 400
    assert stored(attempt) == before

    bangla_digits = client.post(
        question_url(attempt, numeric), {"question": key, "value": "১২,৫০০"}
    )
    assert bangla_digits.status_code == 302
    assert attempt.responses.get(slot=numeric).answer == {"value": "12500"}
    submit(client, attempt)
    assert attempt.responses.get(slot=numeric).fraction == 1


def test_a_finished_attempt_cannot_be_submitted_or_answered_again(taking):
    client, quiz, attempt = taking
    assert submit(client, attempt).status_code == 302
    before = stored(attempt)
    multiple = slot_of(attempt, "multiple")

    again = submit(client, attempt)
    late_answer = post_answer(
        client, attempt, multiple, right_answer(attempt.slots[multiple])
    )

    assert again.status_code == 409
    assert late_answer.status_code == 409
    assert stored(attempt) == before


def test_no_attempt_starts_once_the_attempts_are_used_up(
    learner_client, learner, small_course
):
    quiz = make_quiz(first_module(small_course), questions=("single",), max_attempts=1)
    enrol(learner_client, small_course)
    take(learner_client, quiz, learner.user, wrong_answer)

    response = start(learner_client, quiz)

    assert response.status_code == 403
    assert QuizAttempt.objects.filter(user=learner.user).count() == 1
    assert reverse("quizzes:start", args=[quiz.pk]) not in (
        learner_client.get(quiz.url).content.decode()
    )


def test_another_learners_attempt_is_not_found(client, small_course, taking):
    _, quiz, attempt = taking
    before = stored(attempt)
    other = LearnerFactory()
    client.force_login(other.user)
    enrol(client, small_course)
    single = slot_of(attempt, "single")

    responses = [
        client.get(question_url(attempt, single)),
        post_answer(client, attempt, single, wrong_answer(attempt.slots[single])),
        submit(client, attempt),
        client.get(reverse("quizzes:result", args=[attempt.pk])),
        client.get(reverse("quizzes:review", args=[attempt.pk])),
    ]

    assert [response.status_code for response in responses] == [404] * 5
    assert stored(attempt) == before
    assert not QuizAttempt.objects.filter(user=other.user).exists()


def test_a_learner_not_enrolled_cannot_start(learner_client, learner, small_course):
    quiz = make_quiz(first_module(small_course), questions=("single",))

    response = start(learner_client, quiz)

    assert response.status_code == 403
    assert learner_client.get(quiz.url).status_code == 403
    assert not QuizAttempt.objects.filter(user=learner.user).exists()


def test_quiz_forms_need_csrf(learner, taking):
    _, quiz, attempt = taking
    before = stored(attempt)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner.user)
    multiple = slot_of(attempt, "multiple")

    responses = [
        start(strict, quiz),
        post_answer(strict, attempt, multiple, right_answer(attempt.slots[multiple])),
        submit(strict, attempt),
    ]

    assert [response.status_code for response in responses] == [403] * 3
    assert stored(attempt) == before


# Twice at once ----------------------------------------------------------------


def test_a_double_click_on_submit_scores_once(taking):
    client, quiz, attempt = taking

    first = submit(client, attempt)
    scored = stored(attempt)
    second = submit(client, attempt)

    assert (first.status_code, second.status_code) == (302, 409)
    assert stored(attempt) == scored
    assert scored[0] == "finished"
    assert scored[1] == Decimal("0.2500")  # the single-choice question only


def test_a_double_click_on_start_opens_one_attempt(taking):
    client, quiz, attempt = taking
    assert start(client, quiz).url == question_url(attempt, 0)
    assert QuizAttempt.objects.filter(quiz=quiz).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_submitting_the_same_attempt_twice_at_the_same_time_scores_once(completions):
    """Two requests race to submit (a double click on a slow link)."""
    needs_postgresql()
    course = make_course(modules=1, lessons=1)
    quiz = make_quiz(first_module(course), questions=("single", "numeric", "ordering"))
    learner = LearnerFactory()
    Enrollment.objects.create(user=learner.user, course=course)
    lesson_mark_done(user=learner.user, lesson=only_lesson(course))
    attempt = services.attempt_start(user=learner.user, quiz=quiz)
    save_all(learner.user, attempt, right_answer)
    barrier = threading.Barrier(2)
    statuses = []

    def click():
        client = Client()
        client.force_login(learner.user)
        barrier.wait()
        statuses.append(submit(client, attempt).status_code)
        connection.close()

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [302, 409]
    attempt.refresh_from_db()
    assert (attempt.state, attempt.grade, attempt.passed) == ("finished", 1, True)
    assert QuizAttempt.objects.filter(user=learner.user).count() == 1
    assert CourseCompletion.objects.filter(user=learner.user).count() == 1
    assert len(completions) == 1


def needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("needs row locks across connections: runs on PostgreSQL in CI")


def save_all(user, attempt, how):
    for index, slot in enumerate(attempt.slots):
        services.attempt_save_answer(
            user=user,
            attempt_id=attempt.pk,
            slot=index,
            question_key=slot["translation_key"],
            data=how(slot),
        )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_learners_answering_the_same_quiz_do_not_wait_for_each_other():
    """Saving an answer locks that attempt only, not the quiz page it joins."""
    needs_postgresql()
    course = make_course(modules=1, lessons=1)
    quiz = make_quiz(first_module(course), questions=("single",))
    first, second = LearnerFactory(), LearnerFactory()
    attempts = {}
    for learner in (first, second):
        Enrollment.objects.create(user=learner.user, course=course)
        attempts[learner] = services.attempt_start(user=learner.user, quiz=quiz)
    holding, release = threading.Event(), threading.Event()

    def answer_and_hold():
        with transaction.atomic():
            save_all(first.user, attempts[first], right_answer)
            holding.set()
            release.wait(10)
        connection.close()

    thread = threading.Thread(target=answer_and_hold)
    thread.start()
    try:
        assert holding.wait(10)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            save_all(second.user, attempts[second], right_answer)
    finally:
        release.set()
        thread.join()

    assert QuizResponse.objects.count() == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_passing_the_quiz_while_the_last_lesson_is_marked_done_completes(completions):
    """Each of the two last requirements is met in its own request, at once."""
    needs_postgresql()
    course = make_course(modules=1, lessons=1)
    quiz = make_quiz(first_module(course), questions=("single",))
    learner = LearnerFactory()
    Enrollment.objects.create(user=learner.user, course=course)
    attempt = services.attempt_start(user=learner.user, quiz=quiz)
    save_all(learner.user, attempt, right_answer)
    lesson_done = threading.Event()

    def mark_last_lesson_done():
        with transaction.atomic():
            lesson_mark_done(user=learner.user, lesson=only_lesson(course))
            lesson_done.set()
            time.sleep(1)  # still uncommitted while the quiz is submitted
        connection.close()

    thread = threading.Thread(target=mark_last_lesson_done)
    thread.start()
    try:
        assert lesson_done.wait(10)
        services.attempt_submit(user=learner.user, attempt_id=attempt.pk)
    finally:
        thread.join()

    assert CourseCompletion.objects.filter(user=learner.user).count() == 1
    assert len(completions) == 1


# Feedback after each question ---------------------------------------------------


def test_immediate_feedback_shows_why_and_locks_the_answer(
    learner_client, learner, small_course
):
    quiz = make_quiz(
        first_module(small_course),
        questions=("single", "multiple"),
        feedback_mode="immediate",
    )
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)
    single = slot_of(attempt, "single")
    slot = attempt.slots[single]
    question = Question.objects.get(pk=slot["question"])
    chosen = Answer.objects.get(translation_key=wrong_answer(slot)["choice"])

    saved = post_answer(learner_client, attempt, single, wrong_answer(slot))
    page = learner_client.get(question_url(attempt, single))
    before = stored(attempt)
    change = post_answer(learner_client, attempt, single, right_answer(slot))
    nonsense = learner_client.post(
        question_url(attempt, single),
        {"question": slot["translation_key"], "choice": "not-a-choice"},
    )

    assert saved.status_code == 302
    assert saved.url == question_url(attempt, single)
    html = page.content.decode()
    assert question.general_feedback in html
    assert chosen.feedback in html
    assert 'name="choice"' not in html  # no form: the answer is locked
    assert before[-1] == [
        (single, {"choice": str(chosen.translation_key)}, Decimal(0), True)
    ]
    assert (change.status_code, nonsense.status_code) == (409, 409)
    assert stored(attempt) == before


def test_immediate_feedback_says_right_in_bangla(learner_client, learner, small_course):
    quiz = make_quiz(
        first_module(small_course), questions=("single",), feedback_mode="immediate"
    )
    enrol(learner_client, small_course)
    attempt = start_attempt(learner_client, quiz, learner.user)

    post_answer(learner_client, attempt, 0, right_answer(attempt.slots[0]))
    html = learner_client.get(question_url(attempt, 0)).content.decode()

    assert bangla("Right!") in html
