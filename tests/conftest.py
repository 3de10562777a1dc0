"""Shared fixtures: a small bilingual course and learners to take it."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course


@pytest.fixture(autouse=True)
def _default_language():
    """Start each test in Bangla: a request to /en/ leaves English active in the
    thread, and ``reverse()`` in the next test would build English URLs."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clean_cache():
    """Each test starts with an empty cache (Redis in CI, memory locally)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _tasks_in_process(request):
    """Run Celery tasks in the test's own process, unless the test is about the
    broker or a real worker (marked ``celery_broker``): nothing a test enqueues
    is left in Redis for a later worker to pick up."""
    from django.conf import settings

    from elearn.celery_app import app

    before = app.conf.task_always_eager
    if request.node.get_closest_marker("celery_broker") is None:
        app.conf.task_always_eager = True
    else:
        # As configured: in-process without a broker, real with one.
        app.conf.task_always_eager = settings.CELERY_TASK_ALWAYS_EAGER
    yield
    app.conf.task_always_eager = before


@pytest.fixture
def course(db):
    """A published course, 2 modules x 2 lessons, in Bangla and English."""
    return make_course()


@pytest.fixture
def learner(db):
    return LearnerFactory()


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner.user)
    return client
