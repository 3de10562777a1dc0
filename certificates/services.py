"""Writes: ask for, issue, revoke and re-issue certificates; build print batches
and mark them printed; pass an operator's revoke request on to staff.

Every path that could run twice (a redelivered task, the sweep, a double click)
takes the certificate's row lock and checks its status first, so repeats do
nothing. Files go to a path derived from the code, so a repeat overwrites
rather than adds.
"""

from __future__ import annotations

import io
import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from centres.audit import audit_record
from centres.models import AuditEvent
from courses.models import CourseCompletion
from elearn.formatting import localise_digits

from . import render, selectors
from .codes import new_code
from .models import Certificate, CertificateEvent, PrintBatch
from .storage import private_storage

logger = logging.getLogger(__name__)


def _enqueue_issue(certificate_id: int) -> None:
    """Hand the certificate to a worker; if the broker is down, leave it pending.

    The sweep re-enqueues pending certificates, so a failure here loses nothing.
    """
    from .tasks import issue_certificate

    try:
        issue_certificate.delay(certificate_id)
    except Exception:
        logger.exception(
            "could not enqueue certificate %s; the sweep will", certificate_id
        )


def _snapshot(certificate: Certificate) -> None:
    profile = getattr(certificate.learner, "learner", None)
    certificate.learner_name = (
        profile.full_name if profile else certificate.learner.get_full_name()
    ) or certificate.learner.get_username()
    certificate.course_title_bn, certificate.course_title_en = selectors.course_titles(
        certificate.course
    )
    certificate.centre_bn, certificate.centre_en = selectors.centre_names(
        certificate.learner
    )


def _unused_code() -> str:
    """A code no certificate has or ever had (retired codes stay revoked)."""
    while True:
        code = new_code()
        taken = Certificate.objects.filter(code=code).exists()
        if not taken and not CertificateEvent.objects.filter(code=code).exists():
            return code


def certificate_request(*, completion: CourseCompletion) -> Certificate:
    """Make the pending certificate for ``completion`` (once) and enqueue it."""
    existing = Certificate.objects.filter(completion=completion).first()
    if existing is not None:
        return existing
    certificate = Certificate(
        learner=completion.user,
        course=completion.course,
        completion=completion,
        code=_unused_code(),
        completed_on=timezone.localdate(completion.completed_at),
    )
    _snapshot(certificate)
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        # Another process asked first (the signal and the sweep can race).
        return Certificate.objects.get(completion=completion)
    transaction.on_commit(lambda: _enqueue_issue(certificate.pk))
    return certificate


def _pdf_path(certificate: Certificate) -> str:
    return f"certificates/{certificate.course_id}/{certificate.code}.pdf"


def certificate_issue(*, certificate_id: int) -> Certificate | None:
    """Draw and store the PDF of a pending certificate and mark it issued.

    Anything but a pending certificate is returned untouched, so running this
    twice, or twice at once, leaves one certificate and one file.
    """
    # Counted outside the drawing's transaction, so a try that fails still counts.
    Certificate.objects.filter(
        pk=certificate_id, status=Certificate.Status.PENDING
    ).update(tries=F("tries") + 1)
    with transaction.atomic():
        certificate = (
            # Lock the certificate row only: PostgreSQL refuses FOR UPDATE on
            # the nullable side of the outer join to the learner's profile.
            Certificate.objects.select_for_update(of=("self",))
            .select_related(
                "learner__learner__district", "learner__learner__centre", "course"
            )
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or certificate.status != Certificate.Status.PENDING:
            return certificate
        _snapshot(certificate)
        pdf = render.render_certificate(
            selectors.certificate_data(certificate),
            selectors.template_for(certificate.course),
        )
        path = _pdf_path(certificate)
        if private_storage().exists(path):
            private_storage().delete(path)
        certificate.pdf.name = private_storage().save(path, ContentFile(pdf))
        certificate.status = Certificate.Status.ISSUED
        certificate.issued_at = timezone.now()
        certificate.last_error = ""
        certificate.save()
        CertificateEvent.objects.create(
            certificate=certificate,
            action=CertificateEvent.Action.ISSUED,
            code=certificate.code,
        )
    logger.info("certificate %s issued", certificate.pk)
    return certificate


def certificate_mark_failed(*, certificate_id: int, error: str) -> None:
    """Record that issuing gave up, for staff to see and re-issue."""
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update().filter(pk=certificate_id).first()
        )
        if certificate is None or certificate.status != Certificate.Status.PENDING:
            return
        certificate.status = Certificate.Status.FAILED
        certificate.last_error = error[:2000]
        certificate.save(update_fields=["status", "last_error"])
        CertificateEvent.objects.create(
            certificate=certificate,
            action=CertificateEvent.Action.FAILED,
            code=certificate.code,
            reason=error[:2000],
        )


def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Withdraw a certificate; its code will verify as revoked, with the reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the certificate is revoked."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.status == Certificate.Status.REVOKED:
            return locked
        locked.status = Certificate.Status.REVOKED
        locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.save(update_fields=["status", "revoked_at", "revoked_reason"])
        CertificateEvent.objects.create(
            certificate=locked,
            action=CertificateEvent.Action.REVOKED,
            code=locked.code,
            actor=actor,
            reason=reason,
        )
    return locked


def certificate_reissue(
    *, certificate: Certificate, actor, reason: str = ""
) -> Certificate:
    """Draw the certificate again from today's data, under a new code.

    A code that was ever handed out (issued or revoked) is retired: it goes on
    verifying as revoked, so an old printout cannot pass for the new one.
    """
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.status == Certificate.Status.PENDING:
            return locked
        old_file = locked.pdf.name
        if locked.status == Certificate.Status.ISSUED:
            CertificateEvent.objects.create(
                certificate=locked,
                action=CertificateEvent.Action.REVOKED,
                code=locked.code,
                actor=actor,
                reason=reason or _("Replaced by a re-issued certificate."),
            )
        if locked.status in (Certificate.Status.ISSUED, Certificate.Status.REVOKED):
            locked.code = _unused_code()
        locked.status = Certificate.Status.PENDING
        locked.revoked_at = None
        locked.revoked_reason = ""
        locked.issued_at = None
        locked.pdf.name = ""
        locked.save()
        CertificateEvent.objects.create(
            certificate=locked,
            action=CertificateEvent.Action.REISSUED,
            code=locked.code,
            actor=actor,
            reason=reason,
        )
        if old_file:
            transaction.on_commit(lambda: private_storage().delete(old_file))
        transaction.on_commit(lambda: _enqueue_issue(locked.pk))
    return locked


def certificates_sweep(*, min_age: timedelta) -> dict[str, int]:
    """Finish what a dead broker or worker left: nothing is ever lost.

    Completions without a certificate get one; certificates pending for longer
    than ``min_age`` are enqueued again. Returns how many of each.
    """
    missing = CourseCompletion.objects.filter(certificate__isnull=True).select_related(
        "user", "course"
    )
    created = 0
    for completion in missing.iterator():
        certificate_request(completion=completion)
        created += 1
    stale = selectors.pending_certificates(older_than=timezone.now() - min_age)
    ids = list(stale.values_list("pk", flat=True))
    for certificate_id in ids:
        _enqueue_issue(certificate_id)
    expired = print_batches_expire()
    return {"created": created, "requeued": len(ids), "expired_batches": expired}


# Print batches -------------------------------------------------------------


def _batch_ids(certificates) -> list[int]:
    ids = list(
        certificates.values_list("pk", flat=True)[: settings.CERTIFICATE_BATCH_MAX + 1]
    )
    if not ids:
        raise ValidationError(_("No issued certificates match what you chose."))
    if len(ids) > settings.CERTIFICATE_BATCH_MAX:
        raise ValidationError(
            _("Too many certificates for one batch (at most %(max)s). Choose fewer.")
            % {"max": localise_digits(settings.CERTIFICATE_BATCH_MAX, get_language())}
        )
    return ids


def print_batch_create(
    *, requested_by, filters: dict, certificates, centre=None
) -> PrintBatch:
    """Start building one PDF of ``certificates`` for the printer.

    :param centre: the centre an operator prints for (None for staff).
    :raises ValidationError: when nothing, or too much, is chosen.
    """
    ids = _batch_ids(certificates)
    chunk = settings.CERTIFICATE_BATCH_CHUNK
    batch = PrintBatch.objects.create(
        requested_by=requested_by,
        centre=centre,
        filters=filters,
        certificate_ids=ids,
        total=len(ids),
        parts=(len(ids) + chunk - 1) // chunk,
    )

    def start():
        from .tasks import build_print_batch

        try:
            build_print_batch.delay(batch.pk)
        except Exception:
            logger.exception("could not enqueue print batch %s", batch.pk)
            PrintBatch.objects.filter(pk=batch.pk).update(
                status=PrintBatch.Status.FAILED
            )

    transaction.on_commit(start)
    return batch


# A second click on a slow link sends the same request again: within this
# time, the same operator asking for the same certificates gets the same batch.
REPEAT_WINDOW = timedelta(minutes=2)


def centre_print_batch_create(
    *, operator, centre, certificates, filters: dict
) -> PrintBatch:
    """An operator prints ``certificates`` of ``centre``: one batch, audited.

    ``certificates`` must already be limited to what the operator may print
    (the view takes them from ``selectors.centre_certificates``).

    :raises ValidationError: when nothing, or too much, is chosen.
    """
    ids = _batch_ids(certificates)
    with transaction.atomic():
        repeat = (
            PrintBatch.objects.filter(
                requested_by=operator,
                centre=centre,
                certificate_ids=ids,
                created_at__gte=timezone.now() - REPEAT_WINDOW,
            )
            .exclude(status__in=[PrintBatch.Status.FAILED, PrintBatch.Status.EXPIRED])
            .first()
        )
        if repeat is not None:
            return repeat
        batch = print_batch_create(
            requested_by=operator,
            filters=filters,
            certificates=certificates,
            centre=centre,
        )
        audit_record(
            actor=operator,
            action=AuditEvent.Action.PRINT,
            centre=centre,
            batch=batch.pk,
            count=batch.total,
        )
    return batch


def print_batch_mark_printed(*, batch_id: int, actor, certificates) -> int:
    """Record that a batch's pages came out of the printer.

    Marks the batch's certificates that are still issued, not yet printed and
    within ``certificates`` (what ``actor`` may see). A second call, or a
    double click, does nothing.

    :returns: how many certificates were marked now.
    :raises ValidationError: when the batch was never ready to print.
    """
    with transaction.atomic():
        batch = PrintBatch.objects.select_for_update().get(pk=batch_id)
        if batch.marked_printed_at is not None:
            return 0
        if batch.status not in (PrintBatch.Status.READY, PrintBatch.Status.EXPIRED):
            raise ValidationError(_("This batch is not ready to print yet."))
        now = timezone.now()
        marked = certificates.filter(
            pk__in=batch.certificate_ids,
            status=Certificate.Status.ISSUED,
            printed_at__isnull=True,
        ).update(printed_at=now, printed_by=actor)
        batch.marked_printed_at = now
        batch.save(update_fields=["marked_printed_at"])
    return marked


REVOKE_REASON_MAX = 1000


def certificate_revoke_request(
    *, certificate: Certificate, actor, reason: str, centre=None
) -> CertificateEvent:
    """An operator asks staff to revoke a certificate, saying why.

    Nothing is revoked: the request shows in the certificate's history in the
    admin, where staff decide.

    :raises ValidationError: without a reason, or for a certificate that is
        not issued.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the certificate should be revoked."))
    if len(reason) > REVOKE_REASON_MAX:
        raise ValidationError(
            _("Please keep the reason shorter (at most %(max)s letters).")
            % {"max": localise_digits(REVOKE_REASON_MAX, get_language())}
        )
    if certificate.status != Certificate.Status.ISSUED:
        raise ValidationError(_("Only an issued certificate can be revoked."))
    profile = getattr(certificate.learner, "learner", None)
    with transaction.atomic():
        event = CertificateEvent.objects.create(
            certificate=certificate,
            action=CertificateEvent.Action.REVOKE_REQUESTED,
            code=certificate.code,
            actor=actor,
            reason=reason,
        )
        audit_record(
            actor=actor,
            action=AuditEvent.Action.REVOKE_REQUEST,
            centre=centre,
            learner=profile,
            certificate=certificate.pk,
            code=certificate.code,
            reason=reason,
        )
    return event


def print_batch_chunks(batch: PrintBatch) -> list[list[int]]:
    chunk = settings.CERTIFICATE_BATCH_CHUNK
    ids = batch.certificate_ids
    return [ids[i : i + chunk] for i in range(0, len(ids), chunk)]


def _part_path(batch_id: int, index: int) -> str:
    return f"certificate-batches/{batch_id}/part-{index:04d}.pdf"


def print_batch_render_part(
    *, batch_id: int, index: int, certificate_ids: list[int]
) -> None:
    """Draw one part of a batch; the part that finishes last joins them all."""
    PrintBatch.objects.filter(pk=batch_id, status=PrintBatch.Status.QUEUED).update(
        status=PrintBatch.Status.RUNNING
    )
    by_id = {
        c.pk: c
        for c in Certificate.objects.filter(
            pk__in=certificate_ids, status=Certificate.Status.ISSUED
        ).select_related("course")
    }
    templates: dict[int, render.Template] = {}
    step = 25

    def pages():
        for number, certificate_id in enumerate(certificate_ids, start=1):
            certificate = by_id.get(certificate_id)
            if certificate is not None:
                if certificate.course_id not in templates:
                    templates[certificate.course_id] = selectors.template_for(
                        certificate.course
                    )
                yield (
                    selectors.certificate_data(certificate),
                    templates[certificate.course_id],
                )
            if number % step == 0:
                PrintBatch.objects.filter(pk=batch_id).update(done=F("done") + step)

    pdf = render.render_batch(pages(), title=_("Certificates for printing"))
    path = _part_path(batch_id, index)
    if private_storage().exists(path):
        private_storage().delete(path)
    private_storage().save(path, ContentFile(pdf))
    with transaction.atomic():
        batch = PrintBatch.objects.select_for_update().get(pk=batch_id)
        if index not in batch.parts_finished:
            batch.parts_finished = sorted([*batch.parts_finished, index])
            batch.done = min(batch.total, batch.done + len(certificate_ids) % step)
            batch.save(update_fields=["parts_finished", "done"])
        last = (
            len(batch.parts_finished) == batch.parts
            and batch.status != PrintBatch.Status.READY
        )
    if last:
        _print_batch_join(batch_id)


def _print_batch_join(batch_id: int) -> None:
    from pypdf import PdfWriter

    with transaction.atomic():
        batch = PrintBatch.objects.select_for_update().get(pk=batch_id)
        if batch.status == PrintBatch.Status.READY:
            return
        parts = [_part_path(batch_id, index) for index in range(batch.parts)]
        if len(parts) == 1:
            with private_storage().open(parts[0], "rb") as handle:
                data = handle.read()
        else:
            writer = PdfWriter()
            for part in parts:
                with private_storage().open(part, "rb") as handle:
                    writer.append(io.BytesIO(handle.read()))
            writer.add_metadata({"/Title": _("Certificates for printing")})
            out = io.BytesIO()
            writer.write(out)
            data = out.getvalue()
        path = f"certificate-batches/{batch_id}/certificates-{batch_id}.pdf"
        if private_storage().exists(path):
            private_storage().delete(path)
        batch.pdf.name = private_storage().save(path, ContentFile(data))
        now = timezone.now()
        batch.status = PrintBatch.Status.READY
        batch.done = batch.total
        batch.finished_at = now
        batch.expires_at = now + timedelta(hours=settings.CERTIFICATE_BATCH_KEEP_HOURS)
        batch.save()
        for part in parts:
            transaction.on_commit(lambda part=part: private_storage().delete(part))


def print_batch_mark_failed(*, batch_id: int) -> None:
    PrintBatch.objects.filter(pk=batch_id).exclude(
        status=PrintBatch.Status.READY
    ).update(status=PrintBatch.Status.FAILED)


def print_batches_expire() -> int:
    """Delete batch PDFs kept past their time; the row stays for the record."""
    expired = PrintBatch.objects.filter(
        status=PrintBatch.Status.READY, expires_at__lt=timezone.now()
    )
    count = 0
    for batch in expired:
        if batch.pdf.name:
            private_storage().delete(batch.pdf.name)
        batch.pdf.name = ""
        batch.status = PrintBatch.Status.EXPIRED
        batch.save(update_fields=["pdf", "status"])
        count += 1
    return count
