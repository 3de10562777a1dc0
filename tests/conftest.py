"""Shared fixtures: a small bilingual course and learners to take it."""

import pytest
from django.core.cache import cache

from tests.centres.factories import LearnerFactory
from tests.courses.factories import make_course


@pytest.fixture(autouse=True)
def _clean_cache():
    """Each test starts with an empty cache (Redis in CI, memory locally)."""
    cache.clear()
    yield
    cache.clear()


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
