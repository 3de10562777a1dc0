"""The same suite talks to real Redis and PostgreSQL when CI points it at them."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

from elearn.celery_app import app


def test_cache_round_trip():
    cache.set("elearn-test", "টাকা", 30)
    assert cache.get("elearn-test") == "টাকা"


@pytest.mark.celery_broker
@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_redis_is_the_cache_and_the_celery_broker():
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    assert app.conf.broker_url == os.environ["REDIS_URL"]
    assert not app.conf.task_always_eager
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=3)


@pytest.mark.celery_broker
def test_without_a_broker_tasks_run_in_process():
    if os.environ.get("REDIS_URL"):
        pytest.skip("a broker is configured")
    assert app.conf.task_always_eager


@pytest.mark.django_db
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="DATABASE_URL does not point at PostgreSQL",
)
def test_the_database_is_postgresql_when_asked():
    assert connection.vendor == "postgresql"
