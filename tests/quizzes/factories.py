"""Builders for quizzes, and the form data a learner's browser would send.

``make_quiz`` writes a question bank and a published quiz the way a trainer
would in the admin; ``right_answer``/``wrong_answer`` read an attempt's frozen
slot, so they work whatever order the attempt shuffled questions and answers into.
"""

import itertools
from decimal import Decimal

from django.http import QueryDict
from django.urls import reverse
from wagtail.models import Locale

from courses.models import ModulePage
from quizzes.models import (
    Answer,
    Question,
    QuestionCategory,
    QuizFixedQuestion,
    QuizPage,
    QuizRandomDraw,
)

_counter = itertools.count(1)

ALL_KINDS = ("single", "multiple", "true_false", "numeric", "picture", "ordering")
NUMERIC_ANSWER = Decimal("12500.00")
NUMERIC_TOLERANCE = Decimal("100.00")

# (text, is_correct) per kind, in authoring order; ordering steps are authored
# in the right order.
_ANSWERS = {
    "single": [("আয় আর খরচের হিসাব", True), ("ঋণের কাগজ", False), ("ব্যাংকের নাম", False)],
    "multiple": [
        ("ব্যাংক হিসাব", True),
        ("মোবাইল ব্যাংকিং", True),
        ("হুন্ডি", False),
        ("অচেনা দালাল", False),
    ],
    "true_false": [("সত্য", True), ("মিথ্যা", False)],
    "picture": [("ব্যাংকের ছবি", True), ("দালালের ছবি", False), ("বাজারের ছবি", False)],
    "ordering": [("হিসাব খুলুন", True), ("টাকা পাঠান", True), ("রসিদ রাখুন", True)],
    "numeric": [],
}


def make_question(
    kind: str, *, category: QuestionCategory, locale: Locale, number: int
) -> Question:
    """One question of ``kind`` with its answers, each wrong answer with feedback."""
    question = Question.objects.create(
        title=f"Question {number} ({kind})",
        kind=kind,
        category=category,
        stem=f"<p>প্রশ্ন {number}: {kind}</p>",
        general_feedback=f"ব্যাখ্যা {number}",
        numeric_answer=NUMERIC_ANSWER if kind == "numeric" else None,
        numeric_tolerance=NUMERIC_TOLERANCE if kind == "numeric" else Decimal(0),
        locale=locale,
    )
    for index, (text, is_correct) in enumerate(_ANSWERS[kind]):
        Answer.objects.create(
            question=question,
            text=f"{text} ({number})",
            is_correct=is_correct,
            feedback="" if is_correct else f"কেন ভুল {number}-{index}",
            sort_order=index,
            locale=locale,
        )
    return question


def make_quiz(
    module_page: ModulePage,
    *,
    questions=ALL_KINDS,
    pass_mark: int = 60,
    max_attempts: int = 0,
    feedback_mode: str = "after_submit",
    random_draw: int | None = None,
    required: bool = True,
) -> QuizPage:
    """Publish a quiz under a Bangla module, with a new category of questions.

    ``questions`` lists the kinds to create, one question each. With
    ``random_draw`` the questions only go into the category and each attempt
    draws that many of them; otherwise every question is always asked.

    :returns: the live QuizPage.
    """
    number = next(_counter)
    bn = Locale.objects.get(language_code="bn")
    category = QuestionCategory.objects.create(
        name_bn=f"বিভাগ {number}", name_en=f"Category {number}"
    )
    bank = [
        make_question(kind, category=category, locale=bn, number=index)
        for index, kind in enumerate(questions, start=1)
    ]
    page = QuizPage(
        title=f"কুইজ {number}",
        slug=f"quiz-{number}",
        pass_mark=pass_mark,
        max_attempts=max_attempts,
        feedback_mode=feedback_mode,
        required=required,
        locale=bn,
    )
    if random_draw is None:
        page.fixed_questions = [
            QuizFixedQuestion(question=question, sort_order=index)
            for index, question in enumerate(bank)
        ]
    else:
        page.random_draws = [
            QuizRandomDraw(category=category, count=random_draw, sort_order=0)
        ]
    module_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def first_module(course) -> ModulePage:
    return ModulePage.objects.child_of(course).order_by("path").first()


def _query_dict(pairs) -> QueryDict:
    data = QueryDict(mutable=True)
    for key, value in pairs:
        data.appendlist(key, value)
    return data


def right_answer(slot: dict) -> QueryDict:
    """The form data that answers ``slot`` fully right."""
    kind = slot["kind"]
    if kind in ("single", "true_false", "picture"):
        return _query_dict([("choice", slot["correct"][0])])
    if kind == "multiple":
        return _query_dict(("choice", key) for key in slot["correct"])
    if kind == "numeric":
        return _query_dict([("value", slot["numeric"]["answer"])])
    if kind == "ordering":
        return _query_dict(
            (f"position-{key}", str(slot["correct"].index(key) + 1))
            for key in slot["choices"]
        )
    raise ValueError(kind)


def wrong_answer(slot: dict) -> QueryDict:
    """The form data that answers ``slot`` and scores 0."""
    kind = slot["kind"]
    wrong = [key for key in slot["choices"] if key not in slot["correct"]]
    if kind in ("single", "true_false", "picture"):
        return _query_dict([("choice", wrong[0])])
    if kind == "multiple":
        return _query_dict(("choice", key) for key in wrong)
    if kind == "numeric":
        expected = Decimal(slot["numeric"]["answer"])
        return _query_dict([("value", str(expected + 1000))])
    if kind == "ordering":
        # Every step one place late: none in its right position.
        correct = slot["correct"]
        return _query_dict(
            (f"position-{key}", str((correct.index(key) + 1) % len(correct) + 1))
            for key in slot["choices"]
        )
    raise ValueError(kind)


def form_data(attempt, index: int, answer: QueryDict) -> dict:
    """What the question form posts: the answer plus the question's key."""
    data = dict(answer.lists())
    data["question"] = attempt.slots[index]["translation_key"]
    return data


def question_url(attempt, index: int) -> str:
    return reverse("quizzes:question", args=[attempt.pk, index])


def post_answer(client, attempt, index: int, answer: QueryDict):
    return client.post(question_url(attempt, index), form_data(attempt, index, answer))
