"""Bytes a browser downloads for a lesson with and without one H5P activity.

Not part of the suite (make test runs tests/ only). Run by hand from the project
root, after `make test` has installed the venv and node_modules (the figures print
before teardown; a teardown error from the player's last state save can be ignored):

    .venv/bin/python -m pytest bench/h5p_lesson_bytes.py -q -s

Chromium loads the same kind of Bangla lesson twice (make_course()'s body; then
that body plus the true/false sample uploaded through the admin) and records
every GET response once per URL (a browser cache serves repeats). Sizes are the
bodies as received and gzip level 6 of each, as whitenoise's precompressed
files would be; the /h5p/<id>/files/ view itself does not compress.
"""

import gzip
from collections import defaultdict

import pytest

from tests.e2e.conftest import browser_page, chromium, out_dir  # noqa: F401
from tests.e2e.test_h5p_activity import (  # noqa: F401
    TRUE_FALSE,
    admin_client,
    page,
    server,
    sign_in_learner,
    upload_through_admin,
)

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def kind(url, content_type):
    path = url.split("?")[0]
    if "/files/content/" in path and not path.endswith(".json"):
        return "media"
    if path.endswith((".woff", ".woff2", ".ttf", ".eot", ".otf")):
        return "font"
    for name, test in (
        ("json", path.endswith(".json")),
        ("js", "javascript" in content_type or path.endswith(".js")),
        ("css", "css" in content_type or path.endswith(".css")),
        ("html", "html" in content_type),
    ):
        if test:
            return name
    return "other"


def group(url):
    if "/static/h5p-standalone/" in url:
        return "h5p-standalone (static)"
    if "/static/h5p/" in url:
        return "player.js + bangla.css"
    if "/files/libraries/" in url:
        return "package libraries"
    if "/h5p/" in url:
        return "package content + state"
    return "page"


def measure(page, server, url):  # noqa: F811 - the fixtures, passed on
    seen = {}

    def on_response(response):
        if response.request.method != "GET" or response.url in seen:
            return
        try:
            body = response.body()
        except Exception:
            body = b""
        seen[response.url] = (
            group(response.url),
            kind(response.url, response.headers.get("content-type", "")),
            len(body),
            len(gzip.compress(body, 6, mtime=0)),
        )

    page.on("response", on_response)
    page.goto(url)
    page.wait_for_timeout(4000)
    server.wait_idle(page)
    page.remove_listener("response", on_response)
    return seen


def report(name, seen):
    print(f"\n{name}: {len(seen)} GET requests")
    totals = defaultdict(lambda: [0, 0, 0])
    for grp, knd, raw, packed in seen.values():
        for key in ((grp, knd), ("TOTAL", knd)):
            totals[key][0] += 1
            totals[key][1] += raw
            totals[key][2] += packed
    for (grp, knd), (count, raw, packed) in sorted(totals.items()):
        print(f"  {grp:26} {knd:5} n={count:3} raw={raw:>9,} gzip={packed:>8,}")
    code = [v for (g, k), v in totals.items() if g == "TOTAL" and k != "font"]
    fonts = [v for (g, k), v in totals.items() if g == "TOTAL" and k == "font"]
    print(
        f"  html+css+js+json: raw={sum(v[1] for v in code):,} "
        f"gzip={sum(v[2] for v in code):,}; fonts: raw={sum(v[1] for v in fonts):,}"
        f" gzip={sum(v[2] for v in fonts):,}"
    )


def test_measure(page, server, live_server, admin_client):  # noqa: F811
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
    sign_in_learner(page, live_server, plain)
    report("without H5P", measure(page, server, plain.url))
    report("with one H5P activity", measure(page, server, with_h5p.url))
