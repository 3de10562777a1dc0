"""Content-Security-Policy, Permissions-Policy and Referrer-Policy on every page,
and no inline script or style that the policy would refuse."""

import os
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path, reverse

from courses.models import LessonPage
from courses.services import course_enrol, lesson_mark_done
from elearn.security_headers import permissions_policy
from quizzes.models import QuizAttempt
from tests.centres.factories_ops import UdcFactory, make_learner, make_operator
from tests.certificates.conftest import private_files  # noqa: F401 (fixture)
from tests.certificates.factories import complete_course, lessons_of
from tests.quizzes.factories import first_module, make_quiz, question_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


def directives(response) -> dict[str, list[str]]:
    """The response's CSP as ``{directive: [sources]}``."""
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def nonce_of(response) -> str:
    sources = directives(response)["script-src"] + directives(response)["style-src"]
    nonces = {s[len("'nonce-") : -1] for s in sources if s.startswith("'nonce-")}
    assert len(nonces) == 1, f"expected one nonce in {sources}"
    return nonces.pop()


class InlineCode(HTMLParser):
    """What a nonce-based policy would refuse: inline <script> and <style>
    without the nonce, style="" attributes and on*="" event handlers."""

    # Data blocks (json_script) are never run, so CSP does not apply to them.
    DATA_TYPES = {"application/json", "application/ld+json"}

    def __init__(self, nonce: str):
        super().__init__()
        self.nonce = nonce
        self.refused: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        where = self.get_starttag_text()
        if tag == "script" and "src" not in found:
            if found.get("type") not in self.DATA_TYPES and (
                found.get("nonce") != self.nonce
            ):
                self.refused.append(where)
        if tag == "style" and found.get("nonce") != self.nonce:
            self.refused.append(where)
        if "style" in found:
            self.refused.append(where)
        if any(name.startswith("on") for name in found):
            self.refused.append(where)


def assert_page_is_locked_down(response, *, check_markup=True):
    assert response.status_code == 200, response.status_code
    policy = directives(response)
    nonce = nonce_of(response)
    assert f"'nonce-{nonce}'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["Referrer-Policy"] == "same-origin"
    if check_markup:
        parser = InlineCode(nonce)
        parser.feed(response.content.decode())
        assert parser.refused == [], (
            f"{response.request['PATH_INFO']} has inline code the policy refuses"
        )


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def centre(db):
    return UdcFactory()


@pytest.fixture
def centre_learner(centre):
    return make_learner(centre=centre)


@pytest.fixture
def operator(centre):
    return signed_in(make_operator(centre=centre))


@pytest.fixture
def enrolled(centre_learner, course):
    """The learner, signed in, half-way through ``course``."""
    course_enrol(user=centre_learner.user, course=course)
    lesson_mark_done(user=centre_learner.user, lesson=lessons_of(course)[0])
    return signed_in(centre_learner.user)


@pytest.fixture
def superuser_client(db):
    return signed_in(
        get_user_model().objects.create_superuser("csp-admin", password="x" * 12)
    )


def test_home_page_for_a_visitor(client):
    assert_page_is_locked_down(client.get(reverse("home")))


def test_home_page_with_progress_bars(enrolled):
    assert_page_is_locked_down(enrolled.get(reverse("home")))


def test_course_and_lesson_pages(enrolled, course):
    assert_page_is_locked_down(enrolled.get(course.url))
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[1]
    assert_page_is_locked_down(enrolled.get(lesson.url))


def test_quiz_question_and_result(enrolled, centre_learner, course):
    quiz = make_quiz(first_module(course), questions=("single",))
    assert_page_is_locked_down(enrolled.get(quiz.url))
    enrolled.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = QuizAttempt.objects.get(user=centre_learner.user, quiz=quiz)
    assert_page_is_locked_down(enrolled.get(question_url(attempt, 0)))
    enrolled.post(reverse("quizzes:submit", args=[attempt.pk]))
    assert_page_is_locked_down(
        enrolled.get(reverse("quizzes:result", args=[attempt.pk]))
    )


def test_certificate_being_prepared_panel(centre_learner, course):
    """The "Check again" link reloads without an onclick attribute."""
    complete_course(user=centre_learner.user, course=course)  # not yet committed
    response = signed_in(centre_learner.user).get(course.url)
    assert b"data-reload" in response.content
    assert_page_is_locked_down(response)


def test_sign_in_pages(client):
    assert_page_is_locked_down(client.get(reverse("centres:sign_in")))
    assert_page_is_locked_down(client.get(reverse("desk:sign_in")))


def test_operator_desk_pages(operator, centre_learner, course):
    complete_course(user=centre_learner.user, course=course)
    for url in (
        reverse("desk:home"),
        reverse("desk:learners"),
        reverse("desk:learner_new"),
        reverse("desk:learner_detail", args=[centre_learner.pk]),
        reverse("certificates:print_queue"),
    ):
        assert_page_is_locked_down(operator.get(url))


def test_assisted_session_banner(operator, centre_learner):
    operator.post(reverse("assist:start", args=[centre_learner.pk]))
    response = operator.get(reverse("home"))
    assert b"assist-bar" in response.content
    assert_page_is_locked_down(response)


def test_certificate_verify_page(
    client, centre_learner, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user=centre_learner.user, course=course)
    certificate = centre_learner.user.certificates.get()
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert_page_is_locked_down(response)


def test_staff_report_pages(superuser_client):
    """Our own admin screens use no inline code either; Wagtail's chrome around
    them is checked in Chromium (tests/e2e/test_csp.py)."""
    for name in ("reports_dashboard", "reports_monthly"):
        response = superuser_client.get(reverse(name))
        assert_page_is_locked_down(response, check_markup=False)
        assert b' style="' not in response.content.split(b'id="main"')[-1]


def test_wagtail_admin_gets_only_the_relaxations_it_needs(superuser_client, client):
    """Under /cms/ Wagtail's inline <script> and <style> elements may run;
    event handlers, style attributes and other sites stay refused, and
    learner pages get none of it."""
    response = superuser_client.get(reverse("wagtailadmin_home"))
    assert_page_is_locked_down(response, check_markup=False)
    admin = directives(response)
    assert admin["script-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert admin["style-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-inline'" not in admin["script-src"] + admin["style-src"]
    assert "style-src-attr" not in admin and "script-src-attr" not in admin
    learner = directives(client.get(reverse("home")))
    assert not {"script-src-elem", "style-src-elem"} & set(learner)
    assert not any("unsafe" in s for sources in learner.values() for s in sources)


def _sandboxed(request):
    response = HttpResponse("<p>package file</p>")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Permissions-Policy"] = "fullscreen=()"
    return response


def _plain(request):
    return HttpResponse("<p>page</p>")


urlpatterns = [path("sandboxed/", _sandboxed), path("plain/", _plain)]


@override_settings(ROOT_URLCONF=__name__)
def test_a_view_that_sets_its_own_policy_keeps_it(client):
    """The H5P player and files set ``sandbox``; the site's policy must not
    replace it (django-csp writes the header only where there is none)."""
    own = client.get("/sandboxed/")
    assert own["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert own["Permissions-Policy"] == "fullscreen=()"
    plain = client.get("/plain/")
    assert "frame-ancestors 'self'" in plain["Content-Security-Policy"]


def test_h5p_content_origin_may_be_framed_and_go_full_screen():
    """With an H5P content host configured, lessons may frame it, and its
    activities may go full screen; without one, only the site itself."""
    from django.conf import settings

    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"] == ["'self'"]
    script = (
        "from django.conf import settings as s;"
        "from elearn.security_headers import permissions_policy as p;"
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['frame-src']);"
        "print(p(s.PERMISSIONS_POLICY))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearn.settings.test",
        "H5P_CONTENT_ORIGIN": "https://h5p.example.org/",
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    frame_src, features = result.stdout.splitlines()
    assert frame_src == "[\"'self'\", 'https://h5p.example.org']"
    assert 'fullscreen=(self "https://h5p.example.org")' in features
    assert "camera=()" in features


def test_permissions_policy_value():
    value = permissions_policy(
        {
            "camera": [],
            "microphone": ["self"],
            "fullscreen": ["self", "https://h5p.example.org", ""],
        }
    )
    assert value == (
        'camera=(), microphone=(self), fullscreen=(self "https://h5p.example.org")'
    )
