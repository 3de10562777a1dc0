"""The Content-Security-Policy in a real browser: learner, operator and staff
pages, and every admin screen this project adds, load with no CSP or
Permissions-Policy complaint in Chromium's console.

A refused inline script or style does not fail a page visibly, it only leaves
a console message behind; this test is what notices a template or a Wagtail
upgrade bringing one back.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from certificates.models import Certificate, PrintBatch
from courses.models import LessonPage
from courses.services import course_enrol
from quizzes import services as quiz_services
from quizzes.models import Question
from tests.centres.factories import OPERATOR_PASSWORD, LearnerFactory, OperatorFactory
from tests.certificates.factories import complete_course
from tests.courses.factories import make_course
from tests.quizzes.factories import first_module, make_quiz

# serialized_rollback: see test_learner_path.py.
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WATCHED = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy")


def sign_in(page, live_server, user) -> None:
    """Give the browser ``user``'s session without going through a sign-in form."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def watch_console(page) -> list[str]:
    complaints = []

    def on_console(message):
        if any(word in message.text for word in WATCHED):
            complaints.append(f"{page.url}: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: complaints.append(f"{page.url}: {error}"))
    return complaints


def visit(page, url: str) -> None:
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    assert response.headers.get("content-security-policy"), url
    page.wait_for_load_state("networkidle")


@pytest.fixture
def course_with_quiz(db):
    course = make_course(modules=1, lessons=2)
    quiz = make_quiz(
        first_module(course), questions=("single", "picture"), required=False
    )
    return course, quiz


def test_learner_and_operator_pages_raise_no_csp_complaint(
    browser_page, live_server, course_with_quiz
):
    page = browser_page
    complaints = watch_console(page)
    course, quiz = course_with_quiz
    centre_operator = OperatorFactory()
    learner = LearnerFactory(centre=centre_operator.centre)
    course_enrol(user=learner.user, course=course)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()

    for url in ("/", reverse("centres:sign_in"), reverse("desk:sign_in")):
        visit(page, url)

    sign_in(page, live_server, learner.user)
    visit(page, "/")
    visit(page, course.url)
    visit(page, lesson.url)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    visit(page, quiz.url)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/attempts/**")
    page.wait_for_load_state("networkidle")
    attempt = quiz_services.attempt_start(user=learner.user, quiz=quiz)
    quiz_services.attempt_submit(user=learner.user, attempt_id=attempt.pk)
    visit(page, reverse("quizzes:result", args=[attempt.pk]))

    page.context.clear_cookies()
    page.goto("/centre/sign-in/")
    page.locator("input[name=username]").fill(centre_operator.user.username)
    page.locator("input[name=password]").fill(OPERATOR_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/centre/")
    for url in (
        reverse("desk:learners"),
        reverse("desk:learner_new"),
        reverse("desk:learner_import"),
        reverse("desk:learner_detail", args=[learner.pk]),
        reverse("certificates:print_queue"),
    ):
        visit(page, url)
    # The assisted-session banner is drawn on the learner's pages.
    page.goto(reverse("desk:learner_detail", args=[learner.pk]))
    start = reverse("assist:start", args=[learner.pk])
    page.locator(f"a[href='{start}']").click()
    page.wait_for_load_state("networkidle")
    page.locator("main form.done-next button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    page.locator(".assist-help summary").click()

    assert complaints == []


def test_admin_screens_raise_no_csp_complaint(
    browser_page, live_server, course_with_quiz
):
    page = browser_page
    complaints = watch_console(page)
    course, quiz = course_with_quiz
    centre_operator = OperatorFactory()
    learner = LearnerFactory(centre=centre_operator.centre)
    complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(learner=learner.user)
    attempt = quiz_services.attempt_start(user=learner.user, quiz=quiz)
    quiz_services.attempt_submit(user=learner.user, attempt_id=attempt.pk)
    admin = get_user_model().objects.create_superuser("csp-admin", password="x" * 12)
    # Still building: the page polls for its progress (connect-src).
    batch = PrintBatch.objects.create(
        requested_by=admin,
        certificate_ids=[certificate.pk],
        total=1,
        status=PrintBatch.Status.RUNNING,
    )
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    question = Question.objects.order_by("pk").first()
    sign_in(page, live_server, admin)

    for url in (
        reverse("wagtailadmin_home"),
        reverse("reports_dashboard"),
        reverse("reports_monthly"),
        reverse("issued_certificates:index"),
        reverse("issued_certificates:inspect", args=[certificate.pk]),
        reverse("certificates_print"),
        reverse("certificates_print_batch", args=[batch.pk]),
        reverse("centre:index"),
        reverse("centre:edit", args=[centre_operator.centre.pk]),
        reverse("centreoperator:index"),
        reverse("centreoperator:edit", args=[centre_operator.pk]),
        reverse("staffscope:index"),
        reverse("staffscope:add"),
        reverse("district:index"),
        reverse("upazila:index"),
        reverse("union:index"),
        reverse("audit_log:index"),
        reverse("quiz_attempts:index"),
        reverse("quiz_attempts:inspect", args=[attempt.pk]),
        reverse("quizzes_statistics_index"),
        reverse("quizzes_statistics_detail", args=[quiz.pk]),
        reverse("wagtailsnippets_quizzes_question:list"),
        reverse("wagtailsnippets_h5p_h5pactivity:list"),
        reverse("wagtailsnippets_h5p_h5pactivity:add"),
    ):
        visit(page, url)

    # A chooser opens in a modal whose HTML brings its own scripts.
    visit(page, reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk]))
    page.locator("[data-chooser-action-choose]:visible").first.click()
    page.locator(".modal-content").first.wait_for()
    page.wait_for_load_state("networkidle")

    # The page editor: Draftail, StreamField and the live preview panel.
    visit(page, reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    page.locator(".Draftail-Editor").first.wait_for()
    page.locator("[data-side-panel-toggle='preview']").click()
    page.locator("iframe").first.wait_for()
    page.wait_for_load_state("networkidle")

    assert complaints == []
