"""Fixtures for the certificate tests: private files in a folder of the test's
own, and real Celery workers (see worker.py)."""

import os

import pytest

from certificates.storage import private_storage
from tests.certificates.worker import VISIBILITY_TIMEOUT, CeleryWorker, database_url


@pytest.fixture
def start_worker(transactional_db, settings, tmp_path):
    """``start_worker(slow_render=, marker=, pool=)`` -> a running ``CeleryWorker``.

    The worker uses the test database and the session's media folder (the
    test settings put private files, certificates among them, inside it).
    Every worker started is stopped when the test ends, passed or not, before
    the database is emptied; their logs are printed then (pytest shows them
    on failure).
    """
    from django.db import connection

    from elearn.celery_app import app

    app.control.purge()
    workers: list[CeleryWorker] = []

    def start(*, slow_render: float = 0, marker=None, pool="solo") -> CeleryWorker:
        name = f"elearn-test-{os.getpid()}-{len(workers) + 1}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "elearn.settings.test",
            "DATABASE_URL": database_url(connection.settings_dict),
            "REDIS_URL": settings.REDIS_URL,
            "ELEARN_TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
            "ELEARN_TEST_SLOW_RENDER": str(slow_render),
            "ELEARN_TEST_RENDER_MARKER": str(marker or ""),
            "PYTHONUNBUFFERED": "1",
        }
        worker = CeleryWorker(
            name=name, log_path=tmp_path / f"{name}.log", env=env, pool=pool
        )
        workers.append(worker)
        return worker

    yield start
    for worker in reversed(workers):
        worker.stop()
    for worker in workers:
        print(worker.describe())


@pytest.fixture
def private_files(tmp_path, monkeypatch):
    """Certificate PDFs go to the test's own folder, not the project's."""
    storage = private_storage()
    monkeypatch.setattr(storage, "_location", str(tmp_path / "private"))
    for cached in ("base_location", "location"):
        storage.__dict__.pop(cached, None)
    yield storage
    for cached in ("base_location", "location"):
        storage.__dict__.pop(cached, None)
