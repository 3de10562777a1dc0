"""How long submitting a 20-question quiz takes on the server, and how many queries.

Submitting is the one moment a whole attempt is scored and written: every
answer's score, the grade, and (when passed) the course completion rule. It
must stay cheap and flat however long the quiz is, since a UDC class often
submits together on one shared connection.

Run it by hand from the project root, after ``make setup`` has seeded the demo
content (or against another database)::

    DATABASE_URL=sqlite:////tmp/qb.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/qb.sqlite3 .venv/bin/python manage.py seed_demo
    DATABASE_URL=sqlite:////tmp/qb.sqlite3 .venv/bin/python bench/quiz_submit.py

``DJANGO_SETTINGS_MODULE`` defaults to ``elearn.settings.local``. The bench
writes only its own things, found again on the next run: one learner on a
dedicated number (enrolled in the pilot course), one question category with 20
questions of every kind, and one *draft* quiz under the pilot course's first
module. A draft, so demo learners never see it and it never counts towards the
course; the services used here do not look at ``live``, and the queries are the
same. The bench learner's earlier attempts at the bench quiz are deleted first,
so repeated runs measure the same thing.

Each of the timed iterations starts an attempt and saves 20 answers (not
timed; about four in five right, so every attempt passes and the completion
rule runs), then times ``attempt_submit`` alone and captures its queries.

The last line is machine-readable: ``submit_median_ms=<float> queries=<int>``.
"""

import os
import random
import statistics
import sys
import time
from collections import Counter
from decimal import Decimal

from common import bench_learner, setup_django

COURSE_SLUG = "managing-money-from-abroad"
BENCH_PHONE = "+8801999000998"  # not a demo number, nor lesson_page.py's learner
BENCH_NAME = "বেঞ্চ কুইজ শিক্ষার্থী"
BENCH_PIN = "739164"
QUIZ_SLUG = "bench-quiz-submit"
CATEGORY_EN = "Bench: quiz submit"
ITERATIONS = 100
# 20 questions: how many of each kind.
KINDS = {
    "single": 5,
    "multiple": 4,
    "true_false": 3,
    "numeric": 3,
    "ordering": 3,
    "picture": 2,
}
ANSWERS = {
    "single": [("সঠিক", True), ("ভুল এক", False), ("ভুল দুই", False)],
    "multiple": [
        ("সঠিক এক", True),
        ("সঠিক দুই", True),
        ("ভুল", False),
        ("ভুল আরও", False),
    ],
    "true_false": [("সত্য", True), ("মিথ্যা", False)],
    "numeric": [],
    "ordering": [("প্রথম", True), ("দ্বিতীয়", True), ("তৃতীয়", True), ("চতুর্থ", True)],
    "picture": [("ব্যাংক", True), ("দালাল", False), ("বাজার", False)],
}


def pick_module():
    """The pilot course (Bangla) and its first module."""
    from wagtail.models import Locale

    from courses.models import CoursePage, ModulePage

    bangla = Locale.objects.get(language_code="bn")
    course = CoursePage.objects.live().filter(slug=COURSE_SLUG, locale=bangla).first()
    if course is None:
        sys.exit(
            f"No Bangla course {COURSE_SLUG!r} in this database: run "
            "`python manage.py migrate && python manage.py seed_demo` first."
        )
    module = ModulePage.objects.child_of(course).order_by("path").first()
    if module is None:
        sys.exit(f"The course {COURSE_SLUG!r} has no modules.")
    return course, module, bangla


def bench_questions(bangla):
    """The bench's 20 questions, created once in their own category."""
    from quizzes.models import Answer, Question, QuestionCategory

    category, _created = QuestionCategory.objects.get_or_create(
        name_en=CATEGORY_EN, defaults={"name_bn": "বেঞ্চ: কুইজ জমা"}
    )
    questions = []
    number = 0
    for kind, count in KINDS.items():
        for _ in range(count):
            number += 1
            title = f"Bench question {number:02} ({kind})"
            question = Question.objects.filter(
                title=title, category=category, locale=bangla
            ).first()
            if question is None:
                question = Question.objects.create(
                    title=title,
                    kind=kind,
                    category=category,
                    stem=f"<p>বেঞ্চের প্রশ্ন {number}</p>",
                    general_feedback="কেন এটি সঠিক",
                    numeric_answer=Decimal("12500") if kind == "numeric" else None,
                    numeric_tolerance=Decimal("100") if kind == "numeric" else 0,
                    locale=bangla,
                )
                for order, (text, right) in enumerate(ANSWERS[kind]):
                    Answer.objects.create(
                        question=question,
                        text=text,
                        is_correct=right,
                        feedback="" if right else "এটি ঠিক নয়",
                        sort_order=order,
                        locale=bangla,
                    )
            questions.append(question)
    return questions


def bench_quiz(module, bangla):
    """The bench's draft quiz under ``module``, asking all 20 questions."""
    from quizzes.models import QuizFixedQuestion, QuizPage

    quiz = QuizPage.objects.child_of(module).filter(slug=QUIZ_SLUG).first()
    if quiz is not None:
        return quiz.specific
    questions = bench_questions(bangla)
    quiz = QuizPage(
        title="বেঞ্চ কুইজ (কোর্সের অংশ নয়)",
        slug=QUIZ_SLUG,
        live=False,
        pass_mark=60,
        max_attempts=0,
        required=False,
        locale=bangla,
        fixed_questions=[
            QuizFixedQuestion(question=question, sort_order=order)
            for order, question in enumerate(questions)
        ],
    )
    module.add_child(instance=quiz)
    return quiz


def form_data(slot: dict, right: bool):
    """What the question form would post: right, or a wrong answer."""
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    kind, correct = slot["kind"], slot["correct"]
    wrong = [key for key in slot["choices"] if key not in correct]
    if kind in ("single", "true_false", "picture"):
        data["choice"] = correct[0] if right else wrong[0]
    elif kind == "multiple":
        data.setlist("choice", correct if right else wrong)
    elif kind == "numeric":
        expected = Decimal(slot["numeric"]["answer"])
        data["value"] = str(expected if right else expected + 1000)
    else:
        shift = 0 if right else 1
        for key in slot["choices"]:
            position = (correct.index(key) + shift) % len(correct) + 1
            data[f"position-{key}"] = str(position)
    return data


def main() -> None:
    setup_django()
    from django.conf import settings
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from courses.services import course_evaluate_completion
    from quizzes import scoring, services
    from quizzes.models import QuizAttempt

    course, module, bangla = pick_module()
    quiz = bench_quiz(module, bangla)
    profile = bench_learner(course, phone=BENCH_PHONE, name=BENCH_NAME, pin=BENCH_PIN)
    user = profile.user
    QuizAttempt.objects.filter(user=user, quiz=quiz).delete()

    submit_ms, scoring_ms, query_counts, grades = [], [], [], []
    completion_ms: list[float] = []
    sql: list[str] = []
    for iteration in range(ITERATIONS):
        attempt = services.attempt_start(
            user=user, quiz=quiz, rng=random.Random(iteration)
        )
        answers = {}
        for index, slot in enumerate(attempt.slots):
            response = services.attempt_save_answer(
                user=user,
                attempt_id=attempt.pk,
                slot=index,
                question_key=slot["translation_key"],
                data=form_data(slot, right=(index + iteration) % 5 != 0),
            )
            answers[index] = response.answer

        reset_queries()  # DEBUG keeps only the last 9,000; count from empty
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            finished = services.attempt_submit(user=user, attempt_id=attempt.pk)
            submit_ms.append((time.perf_counter() - start) * 1000)
        query_counts.append(len(captured))
        grades.append(finished.grade)
        if not sql:
            sql = [query["sql"] for query in captured.captured_queries]

        # The parts alone, on the same data: the pure scoring, and the
        # completion rule as submit runs it (read-only: the course stays open).
        start = time.perf_counter()
        scoring.grade_attempt(attempt.slots, answers)
        scoring_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        course_evaluate_completion(user=user, course=course)
        completion_ms.append((time.perf_counter() - start) * 1000)

    kinds = Counter(slot["kind"] for slot in attempt.slots)
    median_ms = statistics.median(submit_ms)
    queries = max(query_counts)
    vendor = connection.vendor
    print(f"quiz:     {quiz.title} (id {quiz.pk}, draft under {module.slug})")
    print(
        f"          {len(attempt.slots)} questions: "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    )
    print(f"learner:  {profile.full_name} ({profile.phone}), enrolled in {course.slug}")
    print(
        f"database: {vendor} {connection.settings_dict['NAME']}; "
        f"settings {os.environ['DJANGO_SETTINGS_MODULE']} (DEBUG={settings.DEBUG})"
    )
    print(
        f"grades:   {min(grades)}..{max(grades)}, "
        f"all passed: {all(g * 100 >= quiz.pass_mark for g in grades)}"
    )
    print()
    print(
        f"queries per submit: {queries} "
        f"(min {min(query_counts)}, max {max(query_counts)} over {ITERATIONS})"
    )
    for number, statement in enumerate(sql, start=1):
        print(f"  {number:2}. {statement[:110]}")
    print()
    cuts = statistics.quantiles(submit_ms, n=10)
    print(
        f"attempt_submit over {ITERATIONS} attempts: median {median_ms:.2f} ms, "
        f"p90 {cuts[-1]:.2f} ms, min {min(submit_ms):.2f} ms, "
        f"max {max(submit_ms):.2f} ms"
    )
    scoring_median = statistics.median(scoring_ms)
    completion_median = statistics.median(completion_ms)
    print(f"  scoring (grade_attempt, pure):        median {scoring_median:6.2f} ms")
    print(f"  course completion rule (alone):       median {completion_median:6.2f} ms")
    print(
        "  the rest (lock, save 20 scores and the grade, commit): about "
        f"{median_ms - scoring_median - completion_median:.2f} ms"
    )
    print(f"submit_median_ms={median_ms:.2f} queries={queries}")


if __name__ == "__main__":
    main()
