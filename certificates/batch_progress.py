"""A print batch's progress as the staff and operator pages show and poll it."""

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from elearn.formatting import format_date, localise_digits

from .models import PrintBatch


def progress_text(batch: PrintBatch, language: str) -> str:
    """ "৪২০/১০০০": pages done of the total, in the reader's digits."""
    done = min(batch.done, batch.total)
    return f"{localise_digits(done, language)}/{localise_digits(batch.total, language)}"


def downloadable(batch: PrintBatch) -> bool:
    return (
        batch.status == PrintBatch.Status.READY
        and bool(batch.pdf)
        and not (batch.expires_at and batch.expires_at < timezone.now())
    )


def kept_until(batch: PrintBatch) -> str:
    """ "Kept until 30 November 2026.", or "" while the PDF is not made."""
    if not batch.expires_at:
        return ""
    day = format_date(timezone.localtime(batch.expires_at).date(), get_language())
    return _("Kept until %(until)s.") % {"until": day}


def status_payload(batch: PrintBatch, *, language: str, download_url: str) -> dict:
    """What a batch page's poll receives; the link only once it can be used."""
    ready = downloadable(batch)
    return {
        "status": batch.status,
        "status_label": str(batch.get_status_display()),
        "done": min(batch.done, batch.total),
        "total": batch.total,
        "text": progress_text(batch, language),
        "download_url": download_url if ready else "",
        "kept_until": kept_until(batch) if ready else "",
    }
