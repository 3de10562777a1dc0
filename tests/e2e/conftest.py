"""Chromium for end-to-end tests: Debian's binary, driven by Playwright's sync API.

Playwright's sync API keeps an asyncio event loop running in the test thread
(parked in a greenlet), which Django notices in two ways:

- it refuses database access from a thread with a running loop unless told it
  is safe. It is safe here: a test touches the database only before it opens a
  page or after the page it waits for has arrived, never while the live server
  is answering;
- asgiref then keeps database connections per context instead of per thread,
  so the test would get fresh connection objects, unknown to pytest-django:
  without the snapshot it took for ``serialized_rollback``, and (on in-memory
  SQLite) not the one the live server shares. ``chromium`` puts the thread's
  own connections back in place once Playwright runs.
"""

import os
from pathlib import Path

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Screenshots for humans to look at; the folder is gitignored.
OUT_DIR = Path(__file__).resolve().parents[2] / "out"


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    """A headless Chromium shared by the session's end-to-end tests."""
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.skip(f"no Chromium at {executable}; set CHROMIUM_PATH to run e2e tests")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Taken before the loop starts, so these are the thread's own connections.
    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        for alias, connection in thread_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    """A fresh tab with no cookies, sized like a UDC's small monitor.

    Failed requests (4xx/5xx, or none at all) on the live server are collected
    in ``page.failed_requests`` so a test can assert the page loaded whole.
    """
    context = chromium.new_context(
        base_url=live_server.url,
        locale="bn-BD",
        viewport={"width": 1024, "height": 768},
    )
    context.set_default_timeout(5_000)
    page = context.new_page()
    page.failed_requests = []

    def on_response(response):
        if response.status >= 400:
            page.failed_requests.append(f"{response.status} {response.url}")

    def on_request_failed(request):
        page.failed_requests.append(f"{request.failure} {request.url}")

    page.on("response", on_response)
    page.on("requestfailed", on_request_failed)
    yield page
    context.close()


@pytest.fixture
def out_dir() -> Path:
    OUT_DIR.mkdir(exist_ok=True)
    return OUT_DIR
