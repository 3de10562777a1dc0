"""What a lesson with one H5P activity costs a learner on a 2G link, cold.

Not part of the suite (make test runs tests/ only). Run by hand from the project
root, after `make test` has installed the venv and node_modules (the figures print
before teardown; a teardown error from the player's last state save can be ignored):

    .venv/bin/python -m pytest bench/h5p_lesson_bytes.py -q -s

Chromium loads the same kind of Bangla lesson twice (make_course()'s body; then
that body plus the true/false sample uploaded through the admin), each time in a
fresh browser context (empty cache, new connections) on emulated 2G: 300 ms
latency, 250 kbit/s down and up (CDP ``Network.emulateNetworkConditions``).

Static files are served as in production: collected with whitenoise's
CompressedManifestStaticFilesStorage into a temporary STATIC_ROOT and served by
whitenoise from there (no finders), through a live server of this module's own
(pytest-django's serves static files itself, uncompressed, from the finders).

Bytes are what went over the wire: the sum of CDP ``Network.loadingFinished``
``encodedDataLength`` over every request of the page and its frames (response
headers and body as received, compressed or not; a redirect's own response
counts too). "Fully loaded" runs from the document's request until the later of
the true/false question's "False" radio being visible in the player frame and
the end of the last response (the page's load event passed), once the network
has stayed idle for 500 ms (the quiet wait itself is not counted). Frames are
kept in the page's process so the emulation covers their requests, which is
checked. The last line is

    h5p_lesson_kb=<float> requests=<int> fully_loaded_2g_s=<float>
"""

import os
import time
from collections import defaultdict
from dataclasses import dataclass, field

import pytest
from django.core.management import call_command
from django.test.utils import override_settings
from pytest_django.live_server_helper import LiveServer

from tests.e2e.conftest import CHROMIUM_ARGS, chromium  # noqa: F401
from tests.e2e.test_h5p_activity import (  # noqa: F401
    TRUE_FALSE,
    admin_client,
    server,
    sign_in_learner,
    upload_through_admin,
)

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

KIB = 1024
LATENCY_MS = 300
THROUGHPUT = 250_000 / 8  # bytes per second, each way
QUIET_S = 0.5
LOAD_TIMEOUT_S = 120
PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """The static files as `collectstatic` installs them in production."""
    from django.conf import settings

    root = tmp_path_factory.mktemp("staticfiles")
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}}
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    assert list(root.rglob("frame.bundle.*.js.br")), "whitenoise wrote no .br files"
    return root, storages


@pytest.fixture
def live_server(static_root):
    """A live server whose static files come from whitenoise alone.

    Whitenoise reads its file list when the server's handler is built, so the
    settings are in place before the thread starts.
    """
    root, storages = static_root
    with override_settings(
        STATIC_ROOT=root,
        STORAGES=storages,
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        server = LiveServer("localhost", start=False)
        server.thread.static_handler = lambda handler: handler  # whitenoise serves
        server.start()
        yield server
        server.stop()


@pytest.fixture(scope="session")
def browser(chromium):  # noqa: F811 - a fixture, passed on
    """Chromium with the player frame in the page's own renderer process.

    Chromium puts a sandboxed frame in a process of its own
    (IsolateSandboxedIframes); its requests then belong to another CDP target
    and escape the page's network emulation. Bytes are the same either way.
    """
    browser = chromium.browser_type.launch(
        executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        headless=True,
        args=[*CHROMIUM_ARGS, "--disable-features=IsolateSandboxedIframes"],
    )
    yield browser
    browser.close()


def kind(url, content_type):
    path = url.split("?")[0]
    if "/h5p/play/" in path and "/content/" in path and not path.endswith(".json"):
        return "media"
    if path.endswith((".woff", ".woff2", ".ttf", ".eot", ".otf")):
        return "font"
    for name, test in (
        ("json", path.endswith(".json") or "json" in content_type),
        ("js", "javascript" in content_type or path.endswith(".js")),
        ("css", "css" in content_type or path.endswith(".css")),
        ("html", "html" in content_type),
        ("image", "image/" in content_type),
    ):
        if test:
            return name
    return "other"


def group(url):
    if "/static/h5p-standalone/" in url:
        return "H5P core (static)"
    if "/static/h5p/" in url:
        return "our H5P scripts (static)"
    if "/h5p/lib/" in url:
        return "H5P libraries"
    if "/h5p/play/" in url:
        return "player page + content"
    return "page"


@dataclass
class Request:
    url: str
    method: str
    started: float
    frame: str
    ended: float | None = None
    status: int = 0
    content_type: str = ""
    encoding: str = ""
    transferred: int = 0  # headers + body as received (CDP encodedDataLength)
    body: int = 0  # decoded body (sum of CDP dataReceived dataLength)
    headers: int = 0  # received when the response began: its headers, roughly
    failed: str = ""


@dataclass
class Load:
    """Every request of one page load, as the page's CDP session saw them."""

    requests: dict = field(default_factory=dict)
    last_event: float = 0.0

    def on_request(self, event):
        if event["request"]["url"].startswith(("data:", "blob:")):
            return
        known = self.requests.get(event["requestId"])
        redirect = event.get("redirectResponse")
        if known is not None and redirect:
            # The same id goes on to the redirect's target: keep the hop apart.
            known.status = redirect["status"]
            known.transferred = redirect.get("encodedDataLength", 0)
            known.ended = event["timestamp"]
            self.requests[f"{event['requestId']}-{known.started}"] = known
        self.requests[event["requestId"]] = Request(
            url=event["request"]["url"],
            method=event["request"]["method"],
            started=event["timestamp"],
            frame=event.get("frameId", ""),
        )
        self.last_event = event["timestamp"]

    def on_response(self, event):
        request = self.requests.get(event["requestId"])
        if request is None:
            return
        response = event["response"]
        headers = {k.lower(): v for k, v in response.get("headers", {}).items()}
        request.status = response["status"]
        request.content_type = headers.get("content-type", "")
        request.encoding = headers.get("content-encoding", "")
        request.headers = response.get("encodedDataLength", 0)

    def on_data(self, event):
        request = self.requests.get(event["requestId"])
        if request is not None:
            request.body += event["dataLength"]

    def on_finished(self, event):
        request = self.requests.get(event["requestId"])
        if request is not None:
            request.transferred = event["encodedDataLength"]
            request.ended = event["timestamp"]
            self.last_event = event["timestamp"]

    def on_failed(self, event):
        request = self.requests.get(event["requestId"])
        if request is not None:
            request.failed = event.get("errorText", "failed")
            request.ended = event["timestamp"]
            self.last_event = event["timestamp"]

    def in_flight(self):
        return [r for r in self.requests.values() if r.ended is None]

    @property
    def started(self):
        return min(r.started for r in self.requests.values())

    @property
    def transferred(self):
        return sum(r.transferred for r in self.requests.values())


@dataclass
class Result:
    load: Load
    seconds: float
    visible_s: float | None
    frame_bundle_encoding: str


def open_throttled(browser, live_server):  # noqa: F811 - a fixture, passed on
    """A new context (empty cache) with a tab on emulated 2G, and its Load."""
    context = browser.new_context(
        base_url=live_server.url,
        locale="bn-BD",
        viewport={"width": 1024, "height": 768},
    )
    context.set_default_timeout(LOAD_TIMEOUT_S * 1000)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    load = Load()
    cdp.on("Network.requestWillBeSent", load.on_request)
    cdp.on("Network.responseReceived", load.on_response)
    cdp.on("Network.dataReceived", load.on_data)
    cdp.on("Network.loadingFinished", load.on_finished)
    cdp.on("Network.loadingFailed", load.on_failed)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": LATENCY_MS,
            "downloadThroughput": THROUGHPUT,
            "uploadThroughput": THROUGHPUT,
            "connectionType": "cellular2g",
        },
    )
    return context, page, cdp, load


def wait_quiet(page, load, *, after: float) -> float:
    """The CDP time the network went quiet (nothing in flight for QUIET_S)."""
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while time.monotonic() < deadline:
        page.wait_for_timeout(100)
        if load.in_flight():
            continue
        quiet_since = max(load.last_event, after)
        # CDP timestamps are the browser's monotonic clock, as time.monotonic().
        if time.monotonic() - quiet_since >= QUIET_S:
            return quiet_since
    raise AssertionError(f"still loading: {[r.url for r in load.in_flight()]}")


def measure(browser, live_server, server, lesson, *, activity=None):  # noqa: F811
    context, page, cdp, load = open_throttled(browser, live_server)
    try:
        sign_in_learner(page, live_server, lesson)
        page.goto(lesson.url, wait_until="commit")
        visible = None
        if activity is not None:
            player = page.frame_locator(f"#h5p-frame-{activity.pk}")
            player.get_by_role("radio", name="False").wait_for(state="visible")
            visible = time.monotonic()
        # The load event waits for the frame too; the favicon is asked for after it.
        page.wait_for_load_state("load")
        quiet = wait_quiet(page, load, after=visible or 0.0)
        bundle = [r for r in load.requests.values() if "frame.bundle" in r.url]
        result = Result(
            load=load,
            seconds=quiet - load.started,
            visible_s=None if visible is None else visible - load.started,
            frame_bundle_encoding=bundle[0].encoding if bundle else "",
        )
        check_same_session(page, load)
    finally:
        page.goto("about:blank")
        server.wait_idle(page)
        context.close()
    return result


def check_same_session(page, load):
    """Every frame's requests went through the throttled session.

    An out-of-process frame would have its own CDP target, its requests
    missing here and not throttled; each frame of this page must be ours.
    """
    for frame in page.frames:
        if frame == page.main_frame or frame.url.startswith(("about:", "data:")):
            continue
        seen = [r for r in load.requests.values() if r.url == frame.url]
        assert seen, f"frame {frame.url} loaded outside the throttled session"
        try:
            page.context.new_cdp_session(frame)
        except Exception:
            continue  # "part of the parent frame's session": same process
        raise AssertionError(f"frame {frame.url} is out of process: not throttled")
    for r in load.requests.values():
        # No response can arrive faster than the emulated link carries it.
        if r.transferred > 10 * KIB and not r.failed:
            slowest = r.transferred / THROUGHPUT * 0.9
            assert r.ended - r.started >= slowest, f"not throttled: {r.url}"


def report(name, result):
    load = result.load
    requests = list(load.requests.values())
    print(f"\n{name}: {len(requests)} requests, {load.transferred:,} bytes transferred")
    totals = defaultdict(lambda: [0, 0, 0, 0])
    for r in requests:
        knd = kind(r.url, r.content_type)
        for key in ((group(r.url), knd), ("TOTAL", knd)):
            totals[key][0] += 1
            totals[key][1] += r.transferred
            totals[key][2] += r.headers
            totals[key][3] += r.body
    for (grp, knd), (count, sent, headers, body) in sorted(totals.items()):
        print(
            f"  {grp:24} {knd:5} n={count:3} transferred={sent:>8,}"
            f" (headers~{headers:>6,}) decoded body={body:>8,}"
        )
    plain = [
        r for r in requests if not r.encoding and kind(r.url, r.content_type) in TEXT
    ]
    print(
        f"  text responses sent uncompressed: {len(plain)} "
        f"({sum(r.transferred for r in plain):,} bytes)"
    )
    print("  biggest responses (transferred, encoding, status, from-to s, url):")
    for r in sorted(requests, key=lambda r: -r.transferred)[:12]:
        print(
            f"    {r.transferred:>8,} {r.encoding or '-':4} {r.status} "
            f"{r.started - load.started:4.1f}-{r.ended - load.started:4.1f} "
            f"{r.method} {short(r.url)}"
        )
    timeline(load)
    failed = [f"{r.failed} {r.url}" for r in requests if r.failed or r.status >= 400]
    if failed:
        print(f"  failed: {failed}")
    visible = (
        "" if result.visible_s is None else f" (playable at {result.visible_s:.1f} s)"
    )
    print(
        f"  fully loaded at {result.seconds:.1f} s{visible}; "
        f"frame.bundle.js Content-Encoding: {result.frame_bundle_encoding or '-'}"
    )


TEXT = {"html", "css", "js", "json"}


def timeline(load):
    """When each group's requests started and ended, from navigation start."""
    spans = defaultdict(list)
    for r in load.requests.values():
        spans[group(r.url)].append(r)
    print("  timeline (first start - last end, s):")
    for name, found in sorted(spans.items(), key=lambda item: item[1][0].started):
        first = min(r.started for r in found) - load.started
        last = max(r.ended for r in found) - load.started
        print(f"    {name:24} {first:4.1f} - {last:4.1f}  ({len(found)} requests)")


def short(url):
    path = url.split("//", 1)[-1].split("/", 1)[-1]
    return "/" + (path if len(path) < 90 else path[:40] + "…" + path[-45:])


def figures(result):
    return (
        f"h5p_lesson_kb={result.load.transferred / KIB:.1f} "
        f"requests={len(result.load.requests)} "
        f"fully_loaded_2g_s={result.seconds:.1f}"
    )


def test_measure(browser, server, live_server, admin_client):  # noqa: F811
    from courses.models import LessonPage
    from tests.courses.factories import make_course

    activity = upload_through_admin(admin_client, TRUE_FALSE, "true/false")
    course = make_course()
    plain, with_h5p = (
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(locale__language_code="bn")
        .order_by("path")[:2]
    )
    with_h5p.body = [
        {"type": block["type"], "value": block["value"]}
        for block in with_h5p.body.raw_data
    ] + [{"type": "h5p", "value": activity.pk}]
    with_h5p.save_revision().publish()
    with_h5p.refresh_from_db()

    without = measure(browser, live_server, server, plain)
    report("lesson without H5P", without)
    played = measure(browser, live_server, server, with_h5p, activity=activity)
    report("lesson with one H5P activity (true/false)", played)
    assert played.frame_bundle_encoding in ("br", "gzip"), "static not precompressed"
    print(f"\nwithout H5P: {figures(without).replace('h5p_lesson_kb', 'lesson_kb')}")
    print(figures(played))
