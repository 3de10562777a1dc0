"""Production settings pass Django's deployment checks with a realistic environment."""

import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": "k7Qz-v2Lr9Wm4Tn8Hy3Pb6Jd1Fs5Gc0XeR8uA2sD4fG6hJ8kL0zX",  # for tests
    "ALLOWED_HOSTS": "elearn.example.org",
    "DATABASE_URL": "postgres://elearn@db.example.org:5432/elearn",
    "REDIS_URL": "redis://cache.example.org:6379/0",
    "SITE_URL": "https://elearn.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://elearn.example.org",
}


def production_env() -> dict:
    """The environment a production host has: ours, minus test-only switches."""
    env = {**os.environ, **PRODUCTION_ENV}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for Playwright in tests/e2e
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def test_check_deploy_is_clean():
    env = production_env()
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--settings=elearn.settings.production",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--settings=elearn.settings.production"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
