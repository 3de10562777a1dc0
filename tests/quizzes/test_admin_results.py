"""Quiz results in the admin: the statistics report, its CSV and the attempts list."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from centres.models import District
from courses.models import ModulePage
from courses.services import course_enrol
from quizzes.models import (
    Answer,
    Question,
    QuestionCategory,
    QuizAttempt,
    QuizFixedQuestion,
    QuizPage,
)
from quizzes.selectors_admin import quiz_statistics_report
from quizzes.services import attempt_save_answer, attempt_start, attempt_submit
from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def make_quiz(course, *, questions: int = 3, slug: str = "quiz") -> QuizPage:
    """Add a quiz of single-choice questions to the course's first module.

    Each question has a right answer and two wrong ones, "wrong-a" and
    "wrong-b", in that order; nothing is shuffled.
    """
    bn = Locale.objects.get(language_code="bn")
    module = ModulePage.objects.child_of(course).order_by("path").first()
    quiz = module.add_child(
        instance=QuizPage(
            title=f"কুইজ {slug}",
            slug=slug,
            pass_mark=50,
            shuffle_questions=False,
            shuffle_answers=False,
        )
    )
    category = QuestionCategory.objects.create(name_bn="বাজেট", name_en="Budget")
    for number in range(1, questions + 1):
        question = Question.objects.create(
            title=f"Q{number} {slug}",
            kind=Question.Kind.SINGLE,
            category=category,
            stem=f"<p>প্রশ্ন <b>{number}</b> &amp; টাকা</p>",
            locale=bn,
        )
        for order, (text, right) in enumerate(
            [("right", True), ("wrong-a", False), ("wrong-b", False)]
        ):
            Answer.objects.create(
                question=question,
                text=f"{text} {number}",
                is_correct=right,
                sort_order=order,
                locale=bn,
            )
        QuizFixedQuestion.objects.create(
            page=quiz, question=question, sort_order=number
        )
    return quiz


def answer_key(question: Question, label: str) -> str:
    return str(question.answers.get(text__startswith=f"{label} ").translation_key)


def take_quiz(quiz: QuizPage, choices: list[str], *, learner=None) -> QuizAttempt:
    """A learner enrols, answers each question with the labelled choice, submits.

    ``choices[i]`` is "right", "wrong-a", "wrong-b" or None (left unanswered).
    """
    learner = learner or LearnerFactory()
    user = learner.user
    course_enrol(user=user, course=quiz.get_parent().get_parent().specific)
    attempt = attempt_start(user=user, quiz=quiz)
    for index, slot in enumerate(attempt.slots):
        if choices[index] is None:
            continue
        question = Question.objects.get(pk=slot["question"])
        data = QueryDict(mutable=True)
        data["choice"] = answer_key(question, choices[index])
        attempt_save_answer(
            user=user,
            attempt_id=attempt.pk,
            slot=index,
            question_key=slot["translation_key"],
            data=data,
        )
    return attempt_submit(user=user, attempt_id=attempt.pk)


@pytest.fixture
def quiz(course):
    """Four learners' finished attempts at a three-question quiz.

    Q1 right for the two strongest, Q2 right for everyone, Q3 right only
    for the strongest; "wrong-b" is the common mistake on Q1, "wrong-a" on Q3.
    """
    quiz = make_quiz(course)
    take_quiz(quiz, ["right", "right", "right"])
    take_quiz(quiz, ["right", "right", "wrong-a"])
    take_quiz(quiz, ["wrong-b", "right", "wrong-a"])
    take_quiz(quiz, ["wrong-b", "right", "wrong-b"])
    return quiz


# Facility (%), discrimination and most chosen wrong answer, by hand: the
# rest-of-test scores are 1, .5, .5, .5 for Q1 and 1, 1, .5, .5 for Q3, and
# both correlate with their question at 0.25 / sqrt(0.1875) = 0.577.
EXPECTED = {
    "Q1 quiz": ("50.0", "0.58", "wrong-b 1", 2),
    "Q2 quiz": ("100.0", "", "", 0),
    "Q3 quiz": ("25.0", "0.58", "wrong-a 3", 2),
}


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="boss", email="boss@example.org", password="x"
    )
    client.force_login(user)
    return client


@pytest.fixture
def trainer_client(client, django_user_model):
    """Someone who may use the admin and has no model permissions."""
    user = django_user_model.objects.create_user(username="trainer", password="x")
    group = Group.objects.create(name="Admin users only")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    user.groups.add(group)
    client.force_login(user)
    return client


def statistics_url(quiz) -> str:
    return reverse("quizzes_statistics_detail", args=[quiz.pk])


def read_csv(response) -> list[list[str]]:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_report_gives_facility_discrimination_and_wrong_answers(quiz):
    report = quiz_statistics_report(quiz=quiz)

    assert report.attempt_count == 4
    assert [row.title for row in report.rows] == ["Q1 quiz", "Q2 quiz", "Q3 quiz"]
    q1, q2, q3 = (row.statistics for row in report.rows)
    assert (q1.attempts, q1.facility, q1.wrong_answer_count) == (4, 0.5, 2)
    assert q1.discrimination == pytest.approx(0.25 / 0.1875**0.5)
    assert (q2.facility, q2.discrimination, q2.wrong_answer_key) == (1, None, None)
    assert report.rows[0].wrong_answer_text == "wrong-b 1"
    assert report.rows[0].text == "প্রশ্ন 1 & টাকা"


def test_unanswered_questions_count_as_seen_and_wrong(course):
    quiz = make_quiz(course, questions=2)
    take_quiz(quiz, ["right", None])
    take_quiz(quiz, ["right", "right"])

    q1, q2 = (row.statistics for row in quiz_statistics_report(quiz=quiz).rows)

    assert (q2.attempts, q2.facility, q2.wrong_answer_key) == (2, 0.5, None)


def test_in_progress_attempts_are_left_out(quiz):
    learner = LearnerFactory()
    course_enrol(user=learner.user, course=quiz.get_parent().get_parent().specific)
    attempt_start(user=learner.user, quiz=quiz)

    assert quiz_statistics_report(quiz=quiz).attempt_count == 4


def test_report_names_questions_in_the_active_language_with_fallback(quiz):
    english = Locale.objects.get(language_code="en")
    first = Question.objects.get(title="Q1 quiz")
    translated = first.copy_for_translation(english)
    translated.title = "Q1 in English"
    translated.save()
    Answer.objects.filter(question=translated, text="wrong-b 1").update(
        text="wrong-b in English"
    )

    with translation.override("en"):
        rows = quiz_statistics_report(quiz=quiz).rows

    titles = {row.statistics.question_key: row for row in rows}
    row = titles[str(first.translation_key)]
    assert row.title == "Q1 in English"
    assert row.wrong_answer_text == "wrong-b in English"
    # No English version: the Bangla one is shown.
    assert {r.title for r in rows} >= {"Q2 quiz", "Q3 quiz"}


def test_report_runs_a_fixed_number_of_queries(course):
    quiz = make_quiz(course)
    take_quiz(quiz, ["right", "wrong-a", "right"])
    take_quiz(quiz, ["wrong-a", "wrong-b", "right"])
    with CaptureQueriesContext(connection) as few:
        quiz_statistics_report(quiz=quiz)
    for _ in range(3):
        take_quiz(quiz, ["right", "right", "wrong-b"])

    with CaptureQueriesContext(connection) as many:
        quiz_statistics_report(quiz=quiz)

    assert len(many) == len(few) <= 6


def test_statistics_page_shows_each_questions_numbers(superuser_client, quiz):
    response = superuser_client.get(statistics_url(quiz))

    assert response.status_code == 200
    html = response.content.decode()
    assert "50.0" in html and "100.0" in html and "25.0" in html
    assert "0.58" in html
    assert "wrong-b 1 (2)" in html
    assert f"{statistics_url(quiz)}?format=csv" in html


def test_statistics_csv_has_the_same_numbers(superuser_client, quiz):
    response = superuser_client.get(statistics_url(quiz), {"format": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    heading, *rows = read_csv(response)
    assert len(heading) == 8
    found = {row[0]: (row[4], row[5], row[6], int(row[7] or 0)) for row in rows}
    assert found == EXPECTED
    assert {int(row[3]) for row in rows} == {4}


def test_statistics_index_links_each_quiz_drafts_included(superuser_client, quiz):
    QuizPage.objects.filter(pk=quiz.pk).update(live=False)

    response = superuser_client.get(reverse("quizzes_statistics_index"))

    assert response.status_code == 200
    assert statistics_url(quiz) in response.content.decode()


def test_trainer_with_admin_access_only_can_read_results(trainer_client, quiz):
    assert trainer_client.get(statistics_url(quiz)).status_code == 200
    attempts_url = reverse("quiz_attempts:index")
    listing = trainer_client.get(attempts_url)
    assert listing.status_code == 200
    attempt = QuizAttempt.objects.filter(quiz=quiz).first()
    inspect_url = reverse("quiz_attempts:inspect", args=[attempt.pk])
    assert inspect_url in listing.content.decode()
    assert trainer_client.get(inspect_url).status_code == 200
    edit_url = reverse("quiz_attempts:edit", args=[attempt.pk])
    # Wagtail answers a permission failure by redirecting to the dashboard.
    assert trainer_client.get(edit_url)["Location"] == reverse("wagtailadmin_home")


def test_learners_cannot_see_results(learner_client, quiz):
    response = learner_client.get(statistics_url(quiz))

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_attempts_export_filtered_by_course(superuser_client, quiz):
    other_course = make_course(modules=1, lessons=1)
    other_quiz = make_quiz(other_course, slug="other")
    take_quiz(other_quiz, ["right", "right", "right"])
    course = quiz.get_parent().get_parent()

    response = superuser_client.get(
        reverse("quiz_attempts:index"), {"export": "csv", "course": course.pk}
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    heading, *rows = read_csv(response)
    assert len(rows) == 4
    # Columns in list_export order: learner, district, course, quiz, attempt,
    # state, score (%), passed, started, finished.
    assert len(heading) == 10
    assert {row[2] for row in rows} == {course.title}
    assert {row[1] for row in rows} == {"Tangail"}
    percents = sorted(int(row[6]) for row in rows)
    assert percents == [33, 33, 67, 100]


def test_attempts_list_filters_by_district_state_passed_and_date(
    superuser_client, quiz
):
    district = quiz.attempts.first().user.learner.district
    url = reverse("quiz_attempts:index")
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)

    def count(**params):
        response = superuser_client.get(url, params)
        assert response.status_code == 200
        return len(response.context["object_list"])

    assert count(state="finished", passed="true", district=district.pk) == 2
    assert count(quiz=quiz.pk, passed="false") == 2
    assert count(finished_at_from=today.isoformat()) == 4
    assert count(finished_at_from=tomorrow.isoformat()) == 0
    other = District.objects.exclude(pk=district.pk).first()
    assert count(district=other.pk) == 0
    assert count(q=quiz.attempts.first().user.learner.full_name) == 1


def test_attempts_export_as_xlsx(superuser_client, quiz):
    response = superuser_client.get(reverse("quiz_attempts:index"), {"export": "xlsx"})

    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_question_bank_searches_questions(superuser_client, quiz):
    url = reverse("wagtailsnippets_quizzes_question:list")

    response = superuser_client.get(url, {"kind": "single", "q": "Q2"})

    assert response.status_code == 200
    assert "Q2 quiz" in response.content.decode()
    assert "Q1 quiz" not in response.content.decode()


def test_question_bank_filters_by_tag_category_and_locale(superuser_client, quiz):
    tagged = Question.objects.get(title="Q3 quiz")
    tagged.tags.add("remittance")
    tagged.save()
    tag = tagged.tags.get()
    url = reverse("wagtailsnippets_quizzes_question:list")

    response = superuser_client.get(
        url, {"tags": tag.pk, "category": tagged.category_id, "locale": "bn"}
    )

    assert response.status_code == 200
    titles = [question.title for question in response.context["object_list"]]
    assert titles == ["Q3 quiz"]
    assert {"kind", "category", "tags", "locale"} <= set(
        response.context["filters"].filters
    )
