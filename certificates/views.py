"""Thin views: the public verify page and a learner's own download."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from elearn import ratelimit

from . import selectors
from .codes import normalise
from .models import Certificate


def _allowed(request) -> bool:
    return ratelimit.hit(
        scope="verify",
        key=ratelimit.client_address(request),
        limit=settings.CERTIFICATE_VERIFY_LIMIT,
        window=settings.CERTIFICATE_VERIFY_WINDOW_SECONDS,
    )


@require_GET
def verify_lookup(request):
    """A form for a code read off the paper; a typed code goes to its page."""
    typed = request.GET.get("code", "").strip()
    if typed:
        code = normalise(typed)
        if code is not None:
            return redirect("certificates:verify", code=code)
        if not _allowed(request):
            return render(request, "certificates/verify_limited.html", status=429)
        return render(
            request,
            "certificates/verify.html",
            {"outcome": "malformed", "typed": typed},
            status=404,
        )
    return render(request, "certificates/verify.html", {"outcome": "ask"})


@require_GET
def verify_short(request, code):
    """The QR code's short address: on to the verify page (in Bangla)."""
    return redirect("certificates:verify", code=code.upper())


@require_GET
@never_cache
def verify(request, code):
    """Public: is this certificate genuine? Says who, what, when and where only."""
    if not _allowed(request):
        return render(request, "certificates/verify_limited.html", status=429)
    outcome, certificate, event = selectors.certificate_for_code(text=code)
    if outcome == "found" and certificate.status in (
        Certificate.Status.PENDING,
        Certificate.Status.FAILED,
    ):
        # Not yet printed: nobody can hold this paper, so it is not a certificate.
        outcome = "unknown"
    status = 200 if outcome in ("found", "replaced") else 404
    return render(
        request,
        "certificates/verify.html",
        {
            "outcome": outcome,
            "certificate": certificate,
            "event": event,
            "typed": code,
            "lookup_url": reverse("certificates:verify_lookup"),
        },
        status=status,
    )


@login_required
@require_GET
def download(request, pk):
    """A learner's own issued certificate as a PDF; anyone else's is not found."""
    certificate = get_object_or_404(
        Certificate, pk=pk, learner=request.user, status=Certificate.Status.ISSUED
    )
    if not certificate.pdf:
        raise Http404
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=request.GET.get("inline") != "1",
        filename=f"certificate-{certificate.code}.pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response
