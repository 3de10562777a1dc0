"""Settings shared by every environment.

Everything that differs between machines comes from environment variables
(django-environ) with defaults that are safe for a developer's laptop: SQLite,
no broker (Celery tasks run in-process), DEBUG off unless local.py turns it on.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    "elearn.apps.ElearnConfig",
    "centres.apps.CentresConfig",
    "courses.apps.CoursesConfig",
    "quizzes.apps.QuizzesConfig",
    "h5p.apps.H5PConfig",
    "certificates.apps.CertificatesConfig",
    "reports.apps.ReportsConfig",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise: static files go out without these headers (bytes on 2G
    # that a script or stylesheet has no use for); every page gets them.
    "elearn.security_headers.ContentSecurityPolicyMiddleware",
    "elearn.security_headers.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "centres.middleware.AssistedSessionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it sees authentication failures raised by the views above.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "elearn.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "elearn.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
# The cache gets its own Redis database (by default the broker's number + 1):
# clearing the cache must never throw away queued tasks.
CACHE_REDIS_URL = env("CACHE_REDIS_URL", default="")
if REDIS_URL and not CACHE_REDIS_URL:
    _base, _slash, _number = REDIS_URL.rstrip("/").rpartition("/")
    if _number.isdigit() and _base.startswith("redis"):
        CACHE_REDIS_URL = f"{_base}/{int(_number) + 1}"
    else:
        CACHE_REDIS_URL = REDIS_URL.rstrip("/") + "/1"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    # axes first, so a locked profile is refused before its PIN is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LOGIN_URL = "centres:sign_in"
LOGIN_REDIRECT_URL = "/"

# Wrong PINs lock one profile, not an IP address: a whole UDC shares one IP and
# one PC, and one family member's typos must not lock out the rest of the queue.
# Staff and operator accounts lock per (address, account), so a stranger cannot
# lock them out (see centres/sign_in_limits.py).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = "centres.sign_in_limits.lockout_parameters"
AXES_CLIENT_IP_CALLABLE = "elearn.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "centres.views.lockout_response"
AXES_VERBOSE = False
# The warning asks for IP-based lockout, which is exactly what a shared UDC
# connection cannot have (see above).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
# Wrong PINs per client address and per mobile number, within the window; a
# wrong PIN is taken back when that profile then signs in from the address, so
# these count guesses that never came right. Sized in the README (Sign-in).
SIGN_IN_ADDRESS_FAILURE_LIMIT = env.int("SIGN_IN_ADDRESS_FAILURE_LIMIT", default=100)
SIGN_IN_PHONE_FAILURE_LIMIT = env.int("SIGN_IN_PHONE_FAILURE_LIMIT", default=10)
SIGN_IN_FAILURE_WINDOW_SECONDS = env.int("SIGN_IN_FAILURE_WINDOW_SECONDS", default=3600)
# Mobile numbers looked up (the "who is learning?" list) per client address.
SIGN_IN_LOOKUP_LIMIT = env.int("SIGN_IN_LOOKUP_LIMIT", default=300)
SIGN_IN_LOOKUP_WINDOW_SECONDS = env.int("SIGN_IN_LOOKUP_WINDOW_SECONDS", default=3600)

LANGUAGE_CODE = "bn"
LANGUAGES = [("bn", _("Bangla")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Dhaka"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# The H5P player (npm's h5p-standalone, installed by `npm ci` in `make run` and
# `make test`) is served as-is from node_modules under /static/h5p-standalone/.
STATICFILES_DIRS = [
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Certificates and print batches carry learners' names: kept outside MEDIA_ROOT
# so the web server never serves them; views check who asks, then stream them.
PRIVATE_MEDIA_ROOT = Path(
    env("PRIVATE_MEDIA_ROOT", default=str(MEDIA_ROOT.parent / "private-media"))
)
STORAGES["private"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
}

WAGTAIL_SITE_NAME = "elearn"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "webp", "png": "webp", "jpeg": "webp"}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The admin fetches nothing from other sites: no avatars from gravatar.com (an
# editor's e-mail hash leaves the site, and the CSP's img-src would refuse it)
# and no version check against releases.wagtail.org (connect-src); upgrades
# come through requirements.txt.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Celery: with no broker configured, tasks run in the calling process so the
# embedded default needs no server at all.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
# A message a worker took but never acknowledged (the worker died) goes back
# on the queue after this long; keep it above the longest task's time limit.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=900)
}
CELERY_RESULT_EXPIRES = 3600
CELERY_BEAT_SCHEDULE = {
    "sweep-certificates": {
        "task": "certificates.tasks.sweep_certificates",
        "schedule": env.int("CERTIFICATE_SWEEP_EVERY_SECONDS", default=300),
    },
    "refresh-report-summary": {
        "task": "reports.tasks.refresh_summary",
        "schedule": env.int("REPORTS_SUMMARY_EVERY_SECONDS", default=600),
    },
}

# Reports: the dashboard reads the summary (counted by the beat task above)
# while it is younger than this many seconds, and counts live otherwise.
REPORTS_SUMMARY_MAX_AGE = env.int("REPORTS_SUMMARY_MAX_AGE", default=1800)

# Certificates: pending longer than this, the sweep enqueues them again.
CERTIFICATE_SWEEP_AFTER_SECONDS = env.int(
    "CERTIFICATE_SWEEP_AFTER_SECONDS", default=120
)
# Print batches: pages per part (one worker each), the most per batch, and how
# long the finished PDF stays downloadable.
CERTIFICATE_BATCH_CHUNK = env.int("CERTIFICATE_BATCH_CHUNK", default=250)
CERTIFICATE_BATCH_MAX = env.int("CERTIFICATE_BATCH_MAX", default=5000)
CERTIFICATE_BATCH_KEEP_HOURS = env.int("CERTIFICATE_BATCH_KEEP_HOURS", default=72)
# Public verify page: lookups per client address per window, against guessing.
CERTIFICATE_VERIFY_LIMIT = env.int("CERTIFICATE_VERIFY_LIMIT", default=30)
# Behind a reverse proxy that appends the client to X-Forwarded-For, say so.
USE_X_FORWARDED_FOR = env.bool("USE_X_FORWARDED_FOR", default=False)
CERTIFICATE_VERIFY_WINDOW_SECONDS = env.int(
    "CERTIFICATE_VERIFY_WINDOW_SECONDS", default=600
)

# H5P uploads: limits checked before anything is stored (see h5p/validation.py).
H5P_MAX_FILES = env.int("H5P_MAX_FILES", default=5000)
H5P_MAX_UNCOMPRESSED_BYTES = env.int("H5P_MAX_UNCOMPRESSED_BYTES", default=200 * 2**20)
H5P_MAX_COMPRESSION_RATIO = env.int("H5P_MAX_COMPRESSION_RATIO", default=100)
H5P_MAX_STATE_BYTES = env.int("H5P_MAX_STATE_BYTES", default=64 * 1024)
# One xAPI statement from the player; a real one is a few kilobytes.
H5P_MAX_STATEMENT_BYTES = env.int("H5P_MAX_STATEMENT_BYTES", default=64 * 1024)
# Where H5P content is played when it has a host of its own (an origin unlike
# the site's, so a package's scripts never see the site's cookies); empty when
# it is played from the site itself.
H5P_CONTENT_ORIGIN = env("H5P_CONTENT_ORIGIN", default="").rstrip("/")

# Content-Security-Policy (django-csp 4), on every page. Scripts and styles come
# from our own static files, or carry the request's nonce
# (``{{ request.csp_nonce }}``); style="" attributes are refused, so templates
# use classes. A view that sets its own Content-Security-Policy header (the H5P
# player and files: ``sandbox``) keeps it: django-csp writes the header only
# when the response has none. /cms/ gets a few relaxations for Wagtail's own
# admin, in elearn/security_headers.py, and nowhere else.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *([H5P_CONTENT_ORIGIN] if H5P_CONTENT_ORIGIN else [])],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
# Features no page of ours uses are switched off for the page and every frame
# in it. Trainers will record narration in the editor (microphone); H5P
# activities go full screen and play media, also from H5P_CONTENT_ORIGIN.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", H5P_CONTENT_ORIGIN],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self", H5P_CONTENT_ORIGIN],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": ["self"],
    "midi": [],
    "payment": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
# Every environment, not only production: links out of the site never carry a
# learner's page address (course, quiz, certificate code) to another site.
SECURE_REFERRER_POLICY = "same-origin"

SESSION_ENGINE = "django.contrib.sessions.backends.db"
# A shared UDC computer: a learner who walks away is signed out after two hours.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=2 * 60 * 60)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Wagtail logs every in-process background task; that is noise at INFO.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # The font subsetter lists every glyph at INFO when a PDF is first drawn.
        "fontTools": {"level": "WARNING"},
    },
}
