"""The Celery application.

Configuration comes from Django settings under the ``CELERY_`` namespace, so a
broker-less development machine runs tasks eagerly (see settings.base).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.local")

app = Celery("elearn")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
