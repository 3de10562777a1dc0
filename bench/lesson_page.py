"""How heavy one Bangla lesson page is: queries, bytes over the wire, server time.

A learner on a 2G/3G link or a UDC's shared connection pays for every byte, so
the lesson page (HTML plus its own CSS and JS, gzipped) should stay under
50 KB (51,200 bytes). Images, audio and video are left out: they load lazily
and differ from lesson to lesson.

Run it by hand from the project root, after ``make setup`` has seeded the demo
content::

    .venv/bin/python bench/lesson_page.py

It reads the database the settings point at: SQLite by default, PostgreSQL (or
another SQLite file) when ``DATABASE_URL`` is set. ``DJANGO_SETTINGS_MODULE``
defaults to ``elearn.settings.local``. It adds one learner on a dedicated bench
number (and enrols them in the pilot course) if not there yet; nothing else is
written apart from that learner's visit to the lesson.

The last line is machine-readable:
``queries=<int> gzip_bytes=<int> median_ms=<float>``.
"""

import gzip
import os
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from common import bench_learner, setup_django

COURSE_SLUG = "managing-money-from-abroad"
BENCH_PHONE = "+8801999000999"  # not a demo number: never clashes with seed data
BENCH_NAME = "বেঞ্চ শিক্ষার্থী"
BENCH_PIN = "739164"
HOST = "127.0.0.1"
GZIP_LEVEL = 6
TIMED_REQUESTS = 100
TARGET_BYTES = 50 * 1024


class AssetLinks(HTMLParser):
    """Collect stylesheet and script URLs, in document order."""

    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            if attrs.get("href"):
                self.urls.append(("css", attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            self.urls.append(("js", attrs["src"]))


def pick_lesson():
    """The first Bangla lesson of the pilot course with a money example and a
    service card; failing that, one with either; failing that, the first."""
    from wagtail.models import Locale

    from courses.models import CoursePage, LessonPage

    bangla = Locale.objects.get(language_code="bn")
    course = CoursePage.objects.live().filter(slug=COURSE_SLUG, locale=bangla).first()
    if course is None:
        sys.exit(
            f"No Bangla course {COURSE_SLUG!r} in this database: run "
            "`python manage.py migrate && python manage.py seed_demo` first."
        )
    lessons = list(
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(locale=bangla)
        .order_by("path")
    )
    if not lessons:
        sys.exit(f"The course {COURSE_SLUG!r} has no live lessons.")

    def kinds(lesson):
        return {block.block_type for block in lesson.body}

    wanted = {"money_example", "official_service"}
    for test in (wanted.issubset, wanted.intersection, lambda found: True):
        for lesson in lessons:
            if test(kinds(lesson)):
                return course, lesson, sorted(kinds(lesson))
    raise AssertionError("unreachable")


def fetch(client, url: str) -> bytes:
    """Return the body of a same-origin URL, as the browser would receive it."""
    response = client.get(url)
    if response.status_code == 200:
        if response.streaming:
            return b"".join(response.streaming_content)
        return response.content
    from django.conf import settings
    from django.contrib.staticfiles import finders

    # Production-like settings without collectstatic: read it from the app.
    if url.startswith(settings.STATIC_URL):
        found = finders.find(url[len(settings.STATIC_URL) :])
        if found:
            return Path(found).read_bytes()
    raise RuntimeError(f"{url} answered {response.status_code}")


def gzipped_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def same_origin_path(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("", "http", "https") and parts.netloc in ("", HOST):
        if not parts.netloc and not parts.path.startswith("/"):
            return None  # relative paths are not used by the templates
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return None


def main() -> None:
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    course, lesson, block_kinds = pick_lesson()
    profile = bench_learner(course, phone=BENCH_PHONE, name=BENCH_NAME, pin=BENCH_PIN)
    client = Client(SERVER_NAME=HOST, HTTP_HOST=HOST)
    client.force_login(
        profile.user, backend="django.contrib.auth.backends.ModelBackend"
    )
    url = lesson.url

    # A first visit records the lesson as started and warms Wagtail's site
    # caches; what is measured is a returning learner on a running server.
    first = client.get(url)
    if first.status_code != 200:
        sys.exit(f"{url} answered {first.status_code}, not 200")

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    # Copy now: every request_started empties the connection's query log.
    sql = [query["sql"] for query in captured.captured_queries]
    queries = len(sql)
    html = response.content

    parser = AssetLinks()
    parser.feed(html.decode(response.charset or "utf-8"))
    rows = [("html", url, len(html), gzipped_size(html))]
    skipped = []
    for kind, asset_url in parser.urls:
        path = same_origin_path(asset_url)
        if path is None:
            skipped.append(asset_url)
            continue
        body = fetch(client, path)
        rows.append((kind, path, len(body), gzipped_size(body)))
    gzip_bytes = sum(row[3] for row in rows)

    timings = []
    for _ in range(TIMED_REQUESTS):
        start = time.perf_counter()
        timed = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert timed.status_code == 200, timed.status_code
    median_ms = statistics.median(timings)

    vendor = connection.vendor
    print(f"lesson:   {lesson.title} (id {lesson.pk})")
    print(f"url:      {url}")
    print(f"blocks:   {', '.join(block_kinds)}")
    print(f"learner:  {profile.full_name} ({profile.phone}), enrolled in {course.slug}")
    print(
        f"database: {vendor} {connection.settings_dict['NAME']}; "
        f"settings {os.environ['DJANGO_SETTINGS_MODULE']} (DEBUG={settings.DEBUG})"
    )
    print()
    print(f"queries for one lesson page: {queries}")
    for number, statement in enumerate(sql, start=1):
        print(f"  {number:2}. {statement[:110]}")
    print()
    print(f"bytes a browser downloads (gzip level {GZIP_LEVEL}; media excluded):")
    print(f"  {'kind':<5} {'raw':>8} {'gzip':>8}  path")
    for kind, path, raw, packed in rows:
        print(f"  {kind:<5} {raw:>8,} {packed:>8,}  {path}")
    for asset_url in skipped:
        print(f"  (not counted, other origin: {asset_url})")
    verdict = "within" if gzip_bytes <= TARGET_BYTES else "OVER"
    print(
        f"  total {gzip_bytes:,} bytes gzipped: {verdict} the "
        f"{TARGET_BYTES:,}-byte (50 KB) target"
    )
    print()
    print(
        f"server time over {TIMED_REQUESTS} requests: median {median_ms:.1f} ms, "
        f"min {min(timings):.1f} ms, max {max(timings):.1f} ms"
    )
    print(f"queries={queries} gzip_bytes={gzip_bytes} median_ms={median_ms:.1f}")


if __name__ == "__main__":
    main()
