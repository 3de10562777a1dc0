"""An H5P activity in a lesson, in a real browser: upload, play, score, resend.

A trainer uploads a real package through the admin form; a learner opens the
lesson in Chromium, answers the true/false question and checks it. The score
must arrive once, also when the first attempt to send it fails and it has to
wait in localStorage for the next page load; a half-done activity resumes.

The player talks to the server on its own (an "attempted" statement when it
starts, its state when the page is left), so the tests wait until the live
server has answered everything before they read the database or end: see
``ServerRequests``.
"""

import json
import threading
import time
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.test import Client
from playwright.sync_api import expect

from courses.models import LessonPage
from courses.services import course_enrol
from h5p.models import H5PActivity, H5PAttempt, H5PStatement, H5PUserState
from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "h5p"
TRUE_FALSE = SAMPLES / "true-false.h5p"
MULTI_CHOICE = SAMPLES / "multi-choice.h5p"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
QUEUE_PREFIX = "elearn.h5p.xapi."
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
PLAYER_TIMEOUT = 20_000  # ms: a dozen library files through the test server


class ServerRequests:
    """Counts the requests the live server (a thread of this process) is in.

    Reading the database while the server writes to it can interleave the two
    on SQLite's shared in-memory connection, and a request still running when
    the test ends breaks the flush that empties the database.
    """

    def __init__(self):
        self.active = 0
        self.changed = time.monotonic()
        self._lock = threading.Lock()

    def started(self, **kwargs):
        with self._lock:
            self.active += 1
            self.changed = time.monotonic()

    def finished(self, **kwargs):
        with self._lock:
            self.active -= 1
            self.changed = time.monotonic()

    def wait_idle(self, page, *, quiet: float = 0.5, timeout: float = 15) -> None:
        """Return once no request has run for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                idle = self.active <= 0 and time.monotonic() - self.changed >= quiet
            if idle:
                return
            page.wait_for_timeout(50)
        raise AssertionError(f"the live server is still busy ({self.active} requests)")


@pytest.fixture
def server():
    requests = ServerRequests()
    request_started.connect(requests.started)
    request_finished.connect(requests.finished)
    yield requests
    request_started.disconnect(requests.started)
    request_finished.disconnect(requests.finished)


@pytest.fixture
def page(browser_page, server):
    """The browser tab; when the test ends, it leaves the lesson (which saves
    the player's state) and waits for the server to finish with it."""
    yield browser_page
    browser_page.goto("about:blank")
    server.wait_idle(browser_page)


@pytest.fixture
def true_false_package() -> Path:
    if not TRUE_FALSE.exists():
        pytest.skip(
            f"no sample H5P package at {TRUE_FALSE}: the shared test packages "
            "(../shared/h5p/ beside the project) are not on this machine"
        )
    return TRUE_FALSE


@pytest.fixture
def admin_client(django_user_model) -> Client:
    admin = django_user_model.objects.create_superuser(
        "h5p-admin", "h5p-admin@example.org", "unused-password"
    )
    client = Client()
    client.force_login(admin, backend=MODEL_BACKEND)
    return client


def bangla_true_false(folder: Path) -> Path:
    """The true/false sample with its question and buttons in Bangla, written
    to ``folder`` (the sample itself stays untouched)."""
    target = folder / "true-false-bn.h5p"
    with zipfile.ZipFile(TRUE_FALSE) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "content/content.json":
                content = json.loads(data)
                content["question"] = "<p>হুন্ডিতে টাকা পাঠানো কি নিরাপদ?</p>"
                content["correct"] = "false"
                content["l10n"].update(
                    trueText="সত্য",
                    falseText="মিথ্যা",
                    checkAnswer="যাচাই করুন",
                    tryAgain="আবার চেষ্টা করুন",
                    showSolutionButton="উত্তর দেখুন",
                    score="@total-এর মধ্যে @score পেয়েছেন",
                )
                data = json.dumps(content, ensure_ascii=False).encode()
            out.writestr(info, data)
    return target


def upload_through_admin(client: Client, path: Path, title: str) -> H5PActivity:
    """Upload ``path`` with the admin's create form, as a trainer would."""
    with path.open("rb") as package:
        response = client.post(
            "/cms/snippets/h5p/h5pactivity/add/",
            {
                "title": title,
                "description": "",
                "package_file": package,
                "pass_mark": "0.6",
                "required": "on",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    activity = H5PActivity.objects.get(title=title)
    assert activity.current_version is not None
    return activity


def lesson_with(*activities: H5PActivity) -> LessonPage:
    """The first Bangla lesson of a new course, its body just these activities."""
    course = make_course()
    lesson = (
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(locale__language_code="bn")
        .order_by("path")
        .first()
    )
    lesson.body = [{"type": "h5p", "value": activity.pk} for activity in activities]
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def sign_in_learner(page, live_server, lesson: LessonPage):
    """An enrolled learner with a session in the browser (signing in through
    the form has its own test)."""
    learner = LearnerFactory()
    course_enrol(user=learner.user, course=lesson.get_parent().get_parent().specific)
    client = Client()
    client.force_login(learner.user, backend=MODEL_BACKEND)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return learner.user


@pytest.fixture
def setup(page, live_server, admin_client, true_false_package):
    """The uploaded activity, its lesson, and an enrolled learner signed in."""
    activity = upload_through_admin(admin_client, true_false_package, "সত্য না মিথ্যা")
    lesson = lesson_with(activity)
    return activity, lesson, sign_in_learner(page, live_server, lesson)


def is_answered_post(response) -> bool:
    request = response.request
    if request.method != "POST" or not request.url.endswith("/xapi/"):
        return False
    return json.loads(request.post_data or "{}").get("verb", {}).get("id") == ANSWERED


def player(page, activity):
    """The activity's sandboxed frame (H5P renders straight into it)."""
    return page.frame_locator(f"#h5p-frame-{activity.pk}")


def answer_true_false(page, activity: H5PActivity) -> None:
    """Choose "False" (this package's right answer) and press Check."""
    player(page, activity).get_by_role("radio", name="False").click(
        timeout=PLAYER_TIMEOUT
    )
    player(page, activity).get_by_role("button", name="Check").click()


def queued_statements(page) -> list[dict]:
    return page.evaluate(
        """prefix => Object.keys(localStorage)
            .filter(key => key.startsWith(prefix))
            .flatMap(key => JSON.parse(localStorage.getItem(key)))""",
        QUEUE_PREFIX,
    )


def test_learner_answers_an_uploaded_true_false_and_the_score_is_stored_once(
    page, server, setup, out_dir
):
    activity, lesson, user = setup
    page.goto(lesson.url)
    section = page.locator(f"[data-h5p-activity='{activity.pk}']")
    expect(section.locator("iframe.h5p-player")).to_be_attached()
    assert section.locator("iframe.h5p-player").get_attribute("sandbox") == (
        "allow-scripts"
    )
    with page.expect_response(is_answered_post, timeout=PLAYER_TIMEOUT) as answered:
        answer_true_false(page, activity)
    assert answered.value.status == 200
    expect(player(page, activity).locator(".h5p-joubelui-score-bar")).to_be_visible()
    # Text in the frame uses the system's Bengali fonts; icons keep icon fonts.
    answer = player(page, activity).locator(".h5p-true-false-answer").first
    text_font, icon_font = answer.evaluate(
        """el => [getComputedStyle(el).fontFamily,
                  getComputedStyle(el, "::before").fontFamily]"""
    )
    assert text_font.startswith('"Noto Sans Bengali"')
    assert "H5PFontIcons" in icon_font
    page.wait_for_timeout(1_000)  # let the score bar finish filling up
    page.screenshot(path=out_dir / "h5p-lesson.png", full_page=True)
    assert queued_statements(page) == []
    assert page.failed_requests == []

    server.wait_idle(page)
    attempt = H5PAttempt.objects.get(user=user, activity=activity)
    assert 0 <= attempt.scaled <= 1
    assert attempt.scaled == 1  # "False" is this package's right answer
    assert attempt.statement.verb == ANSWERED
    answers = H5PStatement.objects.filter(user=user, activity=activity, verb=ANSWERED)
    assert answers.count() == 1


def test_a_statement_the_server_never_got_is_resent_on_the_next_visit_once(
    page, server, setup
):
    activity, lesson, user = setup
    xapi_url = f"**/h5p/{activity.pk}/xapi/"
    page.route(xapi_url, lambda route: route.abort("internetdisconnected"))

    page.goto(lesson.url)
    answer_true_false(page, activity)
    page.wait_for_function(
        """([prefix, verb]) => Object.keys(localStorage)
            .filter(key => key.startsWith(prefix))
            .some(key => localStorage.getItem(key).includes(verb))""",
        arg=[QUEUE_PREFIX, ANSWERED],
        timeout=PLAYER_TIMEOUT,
    )
    queued = [
        entry
        for entry in queued_statements(page)
        if entry["statement"]["verb"]["id"] == ANSWERED
    ]
    assert len(queued) == 1
    server.wait_idle(page)
    assert not H5PStatement.objects.filter(user=user).exists()

    page.unroute(xapi_url)
    with page.expect_response(is_answered_post, timeout=PLAYER_TIMEOUT) as resent:
        page.reload()
    assert resent.value.status == 200
    assert json.loads(resent.value.request.post_data)["id"] == queued[0]["id"]
    page.wait_for_function(
        "prefix => !Object.keys(localStorage).some(key => key.startsWith(prefix))",
        arg=QUEUE_PREFIX,
    )
    # Another visit sends nothing more: the queue is empty.
    page.reload()
    expect(page.locator("iframe.h5p-player")).to_be_attached()

    server.wait_idle(page)
    answered = H5PStatement.objects.get(user=user, verb=ANSWERED)
    assert str(answered.statement_id) == queued[0]["id"]
    attempt = H5PAttempt.objects.get(user=user, activity=activity)
    assert 0 <= attempt.scaled <= 1


def test_a_half_done_activity_resumes_where_the_learner_left_it(page, server, setup):
    activity, lesson, user = setup
    page.goto(lesson.url)
    player(page, activity).get_by_role("radio", name="False").click(
        timeout=PLAYER_TIMEOUT
    )
    # Leaving the page saves the player's state (chosen, not checked: no score);
    # coming back to the lesson later restores it.
    page.goto(lesson.get_parent().get_parent().url)
    page.goto(lesson.url)

    expect(player(page, activity).get_by_role("radio", name="False")).to_have_attribute(
        "aria-checked", "true", timeout=PLAYER_TIMEOUT
    )
    server.wait_idle(page)
    saved = H5PUserState.objects.get(user=user, activity=activity)
    assert json.loads(saved.data) == {"answer": False}
    assert not H5PAttempt.objects.filter(user=user).exists()


def test_two_activities_load_one_after_the_other_and_report_separately(
    page, server, live_server, admin_client, true_false_package, tmp_path, out_dir
):
    if not MULTI_CHOICE.exists():
        pytest.skip(f"no sample H5P package at {MULTI_CHOICE}")
    first = upload_through_admin(
        admin_client, bangla_true_false(tmp_path), "হুন্ডি: সত্য না মিথ্যা"
    )
    second = upload_through_admin(admin_client, MULTI_CHOICE, "কালো জাম")
    lesson = lesson_with(first, second)
    user = sign_in_learner(page, live_server, lesson)
    requests = []
    page.on("request", lambda request: requests.append(request))

    page.goto(lesson.url)
    wrong = player(page, second).get_by_role("radio", name="Blue")
    expect(wrong).to_be_visible(timeout=PLAYER_TIMEOUT)
    # Both are playing, and both report: each player runs H5P's frame bundle
    # in the page again, which replaces the dispatcher the frames report to.
    player(page, first).get_by_role("radio", name="মিথ্যা").click()
    with page.expect_response(is_answered_post, timeout=PLAYER_TIMEOUT) as answered:
        player(page, first).get_by_role("button", name="যাচাই করুন").click()
    assert answered.value.url.endswith(f"/h5p/{first.pk}/xapi/")
    # The wrong answer on purpose: a failed attempt is stored too (scaled 0).
    wrong.click()
    with page.expect_response(is_answered_post, timeout=PLAYER_TIMEOUT) as answered:
        player(page, second).get_by_role("button", name="Check").click()
    assert answered.value.url.endswith(f"/h5p/{second.pk}/xapi/")
    expect(player(page, second).locator(".h5p-joubelui-score-bar")).to_be_visible()
    page.wait_for_timeout(1_000)  # let the score bars finish filling up
    page.screenshot(path=out_dir / "h5p-two-activities.png", full_page=True)
    assert page.failed_requests == []

    # One at a time: the second player is not asked for before the first
    # frame has all its scripts and styles.
    first_frame = f"/h5p/play/{first.current_version_id}-"
    second_frame = f"/h5p/play/{second.current_version_id}-"
    first_code = [
        index
        for index, request in enumerate(requests)
        if first_frame in request.frame.url
        and request.resource_type in ("script", "stylesheet")
    ]
    second_start = min(
        index for index, request in enumerate(requests) if second_frame in request.url
    )
    assert first_code and max(first_code) < second_start

    server.wait_idle(page)
    passed = H5PAttempt.objects.get(user=user, activity=first)
    failed = H5PAttempt.objects.get(user=user, activity=second)
    assert (passed.scaled, failed.scaled) == (1, 0)
