"""Celery tasks for the reports: thin, each calls one service."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services


@shared_task(
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=30,
    max_retries=3,
    # One refresh at a time is enough; a late one is replaced by the next.
    expires=540,
    soft_time_limit=900,
    time_limit=960,
)
def refresh_summary() -> float:
    """Count the dashboard's summary again; return the seconds it took."""
    return services.summary_refresh().seconds
