"""The test suite: whatever DATABASE_URL / REDIS_URL point at, fast hashing."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Tests decide per test whether tasks run eagerly; the default follows REDIS_URL.
WAGTAILADMIN_BASE_URL = "http://testserver"
# Uploads and renditions made by tests go to a throwaway folder, not media/.
# A worker process started by a test is told the same folder through the
# environment, so both see the same files.
MEDIA_ROOT = Path(
    env("ELEARN_TEST_MEDIA_ROOT", default="")  # noqa: F405
    or tempfile.mkdtemp(prefix="elearn-test-media-")
)
PRIVATE_MEDIA_ROOT = MEDIA_ROOT / "private"
STORAGES["private"] = {  # noqa: F405
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
}
# Static files come from the apps via the finders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
