"""A real Celery worker for the certificate tests, started as a subprocess.

Run as ``python -m tests.certificates.worker [celery worker options]`` from the
project root; it is ``celery -A elearn.celery_app worker`` with two test hooks,
both read from the environment:

- ``ELEARN_TEST_RENDER_MARKER``: a file that gets a line (the rendering
  process's pid) each time a certificate starts rendering, so a test knows
  when, and which process, to kill;
- ``ELEARN_TEST_SLOW_RENDER``: seconds to sleep in a render, so the kill
  lands in the middle of it. With a marker file, only the first render (the
  one that creates the file) is slow, so the retry after the kill is not.

The service calls ``render.render_certificate`` through the module, so
replacing the module attribute is enough. ``CeleryWorker`` starts one such
process for a test and stops it, whatever happened, by its process group.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

PROJECT_ROOT = Path(__file__).resolve().parents[2]
READY = re.compile(r"\S+@\S+ ready\.")
# Seconds a message a worker took stays invisible before Redis hands it out
# again (the workers' ``CELERY_VISIBILITY_TIMEOUT``); short, for the kill test.
VISIBILITY_TIMEOUT = 4


def database_url(settings_dict: dict) -> str:
    """A ``DATABASE_URL`` for the database ``settings_dict`` describes.

    Given the test process's connection settings, it names the test database,
    so the worker reads and writes what the test does.
    """
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or ""
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    name = quote(settings_dict["NAME"], safe="")
    return f"postgres://{credentials}{host}{port}/{name}"


class CeleryWorker:
    """One worker process; its stdout and stderr go to ``log_path``."""

    def __init__(
        self, *, name: str, log_path: Path, env: dict[str, str], pool: str = "solo"
    ):
        self.name = name
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.certificates.worker",
                f"--pool={pool}",
                "--concurrency=1",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--queues=celery",
                f"--hostname={name}@%h",
                "--loglevel=INFO",
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            # Its own process group, so killing it kills anything it started.
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError as error:
            return f"(no log: {error})"

    def describe(self) -> str:
        """The worker's state and whole log, for an assertion message."""
        state = self.process.poll()
        status = "running" if state is None else f"exited with {state}"
        return (
            f"\n--- worker {self.name} (pid {self.pid}, {status}), "
            f"log {self.log_path} ---\n{self.log()}--- end of worker log ---"
        )

    def wait_for_log(self, pattern: str, *, count: int = 1, timeout: float = 30):
        """Wait until ``pattern`` (a regex) appears ``count`` times in the log."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(regex.findall(self.log())) >= count:
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(
            f"{pattern!r} not seen {count} time(s) in {timeout:.0f}s" + self.describe()
        )

    def wait_ready(self, timeout: float = 30) -> None:
        self.wait_for_log(READY.pattern, timeout=timeout)

    def kill(self) -> None:
        """SIGKILL the whole process group, as the OOM killer or a power cut would."""
        self._signal_group(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self, timeout: float = 5) -> None:
        """Ask it to stop; kill the process group if it does not in ``timeout``."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                self.process.wait(timeout=10)
        # Leave nothing behind, even if the worker started children.
        self._signal_group(signal.SIGKILL)
        self._log.close()

    def _signal_group(self, signum: int) -> None:
        try:
            os.killpg(self.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass


def _install_test_hooks() -> None:
    from certificates import render

    marker = os.environ.get("ELEARN_TEST_RENDER_MARKER", "")
    delay = float(os.environ.get("ELEARN_TEST_SLOW_RENDER", "") or 0)
    if not marker and not delay:
        return
    original = render.render_certificate

    def render_certificate(data, template):
        slow = True
        if marker:
            slow = not os.path.exists(marker)
            with open(marker, "a") as handle:
                handle.write(f"{os.getpid()}\n")
        if slow:
            time.sleep(delay)
        return original(data, template)

    render.render_certificate = render_certificate


def main(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.test")
    import django

    django.setup()
    _install_test_hooks()
    from elearn.celery_app import app

    app.worker_main(["worker", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
