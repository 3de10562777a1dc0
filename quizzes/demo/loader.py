"""Put a quiz at the end of every module of the two demo courses.

Runs after ``courses.demo.loader.seed``, which makes the course pages. Each
module gets a question category, its questions in the bank (Bangla, with an
English translation whose answers share the Bangla answers' translation keys,
which is how attempts match answers across languages) and a published quiz
page in both languages, required for completion.

Everything is found before it is created (pages by slug, questions and
categories by name), so running it again creates nothing and leaves whatever
editors changed as they left it.
"""

from decimal import Decimal
from html import escape

from django.db import transaction
from wagtail.models import Locale

from courses.demo import art
from courses.demo.loader import _child, _image, _translate, ensure_locales
from courses.demo.pilot_course import COURSE as PILOT_COURSE
from courses.demo.tot_course import COURSE as TOT_COURSE
from courses.models import CourseIndexPage, CoursePage, ModulePage
from quizzes.models import (
    Answer,
    Question,
    QuestionCategory,
    QuizFixedQuestion,
    QuizPage,
)

from .pilot_quizzes import QUIZZES as PILOT_QUIZZES
from .tot_quizzes import QUIZZES as TOT_QUIZZES

# Learners see why only after submitting, so the quiz checks what they know;
# trainers see it after each question, so the quiz teaches while it checks.
DEMO_QUIZZES = [
    # Learners who read little are helped most by feedback on each answer at once
    # (and the pilot intros promise it); trainers are tested the exam way.
    (PILOT_COURSE, PILOT_QUIZZES, QuizPage.FeedbackMode.IMMEDIATE),
    (TOT_COURSE, TOT_QUIZZES, QuizPage.FeedbackMode.AFTER_SUBMIT),
]


def _paragraph(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def ensure_category(module_data: dict) -> QuestionCategory:
    """Return the category named after the module, creating it if missing."""
    title = module_data["title"]
    category = QuestionCategory.objects.filter(name_en=title["en"]).first()
    if category is None:
        category = QuestionCategory.objects.create(
            name_bn=title["bn"], name_en=title["en"]
        )
    return category


def _answer(data: dict, sort_order: int, bn: Locale) -> Answer:
    image = None
    if data.get("picture"):
        key = data["picture"]
        image = _image(f"Quiz picture: {key.replace('_', ' ')}", art.picture(key))
    return Answer(
        locale=bn,
        sort_order=sort_order,
        text=data["text"]["bn"],
        image=image,
        is_correct=data["correct"],
        feedback=data["feedback"]["bn"],
    )


def _translate_question(question: Question, data: dict, en: Locale) -> Question:
    """Return ``question``'s English translation, creating it from ``data``.

    ``copy_for_translation`` copies the answers with their translation keys and
    the English locale; only their words change here.
    """
    existing = question.get_translation_or_none(en)
    if existing is not None:
        return existing
    # Pair the Bangla answers with the data by position, then find them again
    # in the copy by translation key (the copy orders them by primary key).
    answer_data = {
        answer.translation_key: item
        for answer, item in zip(question.answers.all(), data["answers"], strict=False)
    }
    translated = question.copy_for_translation(en)
    translated.stem = data["stem"]["en"]
    translated.general_feedback = data["feedback"]["en"]
    for answer in translated.answers.all():
        item = answer_data.get(answer.translation_key)
        if item is not None:
            answer.text = item["text"]["en"]
            answer.feedback = item["feedback"]["en"]
    translated.save()
    return translated


def ensure_question(
    data: dict, *, title: str, category: QuestionCategory, bn: Locale, en: Locale
) -> Question:
    """Return the Bangla question called ``title``, creating it (and its English
    translation) from ``data`` if missing."""
    question = Question.objects.filter(title=title, locale=bn).first()
    if question is None:
        question = Question(
            locale=bn,
            title=title,
            kind=data["kind"],
            category=category,
            stem=data["stem"]["bn"],
            general_feedback=data["feedback"]["bn"],
            answers=[
                _answer(item, index, bn) for index, item in enumerate(data["answers"])
            ],
        )
        if data["kind"] == Question.Kind.NUMERIC:
            question.numeric_answer = Decimal(data["numeric"]["answer"])
            question.numeric_tolerance = Decimal(data["numeric"]["tolerance"])
        question.save()
    _translate_question(question, data, en)
    return question


def ensure_quiz(
    module: ModulePage,
    data: dict,
    questions: list[Question],
    *,
    feedback_mode: str,
    en: Locale,
) -> QuizPage:
    """Return the module's quiz page, creating and publishing it as the module's
    last child (with its English translation) if missing."""
    quiz = _child(module, QuizPage, data["slug"])
    if quiz is None:
        quiz = QuizPage(
            title=data["title"]["bn"],
            slug=data["slug"],
            intro=_paragraph(data["intro"]["bn"]),
            pass_mark=data["pass_mark"],
            max_attempts=0,
            shuffle_questions=True,
            shuffle_answers=True,
            feedback_mode=feedback_mode,
            required=True,
            fixed_questions=[
                QuizFixedQuestion(question=question, sort_order=index)
                for index, question in enumerate(questions)
            ],
        )
        module.add_child(instance=quiz)
        quiz.save_revision().publish()
        quiz.refresh_from_db()
    # Attempts are drawn from the Bangla quiz; the English one points at the
    # English questions, as a wagtail-localize translation of the page would.
    english_questions = [
        QuizFixedQuestion(
            question=item.question.get_translation_or_none(en) or item.question,
            sort_order=item.sort_order,
        )
        for item in quiz.fixed_questions.select_related("question")
    ]
    _translate(
        quiz,
        en,
        {
            "title": data["title"]["en"],
            "intro": _paragraph(data["intro"]["en"]),
            "fixed_questions": english_questions,
        },
    )
    return quiz


def ensure_course_quizzes(
    course_data: dict,
    quizzes: dict,
    *,
    feedback_mode: str,
    catalogue: CourseIndexPage,
    bn: Locale,
    en: Locale,
) -> list[QuizPage]:
    """Give every module of the course its quiz; return the Bangla quiz pages.

    :raises LookupError: if the course or a module has no page yet, or a module
        has no quiz in ``quizzes``.
    """
    course = _child(catalogue, CoursePage, course_data["slug"])
    if course is None:
        raise LookupError(f"Course {course_data['slug']!r} has no page yet.")
    pages = []
    for module_data in course_data["modules"]:
        slug = module_data["slug"]
        module = _child(course, ModulePage, slug)
        if module is None:
            raise LookupError(f"Module {slug!r} has no page yet.")
        if slug not in quizzes:
            raise LookupError(f"Module {slug!r} has no demo quiz.")
        quiz_data = quizzes[slug]
        category = ensure_category(module_data)
        questions = [
            ensure_question(
                question_data,
                title=f"{slug} q{number}",
                category=category,
                bn=bn,
                en=en,
            )
            for number, question_data in enumerate(quiz_data["questions"], start=1)
        ]
        pages.append(
            ensure_quiz(
                module, quiz_data, questions, feedback_mode=feedback_mode, en=en
            )
        )
    return pages


@transaction.atomic
def seed_quizzes(*, courses: list[tuple[dict, dict, str]] | None = None) -> None:
    """Add the quizzes to the demo courses made by ``courses.demo.loader.seed``.

    :param courses: ``(course data, quizzes by module slug, feedback mode)``
        triples; the two demo courses by default.
    :raises LookupError: if the course pages are not there yet.
    """
    bn, en = ensure_locales()
    catalogue = CourseIndexPage.objects.filter(locale=bn).first()
    if catalogue is None:
        raise LookupError("There is no course catalogue yet; seed the courses first.")
    for course_data, quizzes, feedback_mode in courses or DEMO_QUIZZES:
        ensure_course_quizzes(
            course_data,
            quizzes,
            feedback_mode=feedback_mode,
            catalogue=catalogue,
            bn=bn,
            en=en,
        )
    grant_question_bank()


def grant_question_bank() -> None:
    """Let the editorial groups (made by the courses loader) use the question bank."""
    from django.contrib.auth.models import Group, Permission

    from courses.demo.loader import STAFF_GROUP, TRAINERS_GROUP

    codenames = [
        f"{action}_{model}"
        for action in ("add", "change", "view")
        for model in ("question", "questioncategory")
    ]
    permissions = Permission.objects.filter(
        content_type__app_label="quizzes", codename__in=codenames
    )
    for group in Group.objects.filter(name__in=[TRAINERS_GROUP, STAFF_GROUP]):
        group.permissions.add(*permissions)
