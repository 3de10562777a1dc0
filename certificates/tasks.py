"""Celery tasks: thin, idempotent, each calls one service.

Transient failures (the database or storage briefly away) are retried with
backoff. Late acknowledgement (settings) means a worker killed mid-render
leaves the message to the next worker, and the service's status check makes
that second run safe.
"""

import logging

from celery import group, shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from . import services
from .models import PrintBatch

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError, OSError, ConnectionError)


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
)
def issue_certificate(self, certificate_id: int) -> None:
    try:
        services.certificate_issue(certificate_id=certificate_id)
    except TRANSIENT:
        if self.request.retries >= self.max_retries:
            services.certificate_mark_failed(
                certificate_id=certificate_id, error="gave up after retries"
            )
        raise
    except Exception as error:
        # A bug or bad data: retrying will not help; staff see it and re-issue.
        logger.exception("certificate %s failed", certificate_id)
        services.certificate_mark_failed(
            certificate_id=certificate_id, error=f"{type(error).__name__}: {error}"
        )
        raise


@shared_task(acks_late=True, soft_time_limit=240, time_limit=300)
def sweep_certificates(min_age_seconds: int | None = None) -> dict:
    from datetime import timedelta

    age = (
        settings.CERTIFICATE_SWEEP_AFTER_SECONDS
        if min_age_seconds is None
        else min_age_seconds
    )
    return services.certificates_sweep(min_age=timedelta(seconds=age))


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def build_print_batch(batch_id: int) -> None:
    """Fan the batch out as a group of parts; the last part joins them."""
    batch = PrintBatch.objects.filter(pk=batch_id).first()
    if batch is None or batch.status not in (
        PrintBatch.Status.QUEUED,
        PrintBatch.Status.RUNNING,
    ):
        return
    chunks = services.print_batch_chunks(batch)
    group(
        render_print_batch_part.s(batch_id, index, ids)
        for index, ids in enumerate(chunks)
    ).apply_async()


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    max_retries=5,
    soft_time_limit=540,
    time_limit=600,
)
def render_print_batch_part(
    self, batch_id: int, index: int, certificate_ids: list
) -> None:
    try:
        services.print_batch_render_part(
            batch_id=batch_id, index=index, certificate_ids=certificate_ids
        )
    except TRANSIENT:
        if self.request.retries >= self.max_retries:
            services.print_batch_mark_failed(batch_id=batch_id)
        raise
    except Exception:
        logger.exception("print batch %s part %s failed", batch_id, index)
        services.print_batch_mark_failed(batch_id=batch_id)
        raise
