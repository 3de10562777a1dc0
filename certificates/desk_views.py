"""The operator's print queue at the centre: new certificates, printed in batches.

Operators see only their own centres' learners: every certificate, batch and
id posted back is taken through ``centres.policies`` (via the selectors), and
anything outside it is "not found". Staff print from the admin instead.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from centres import policies
from centres.validation import local_phone
from elearn.formatting import localise_digits
from elearn.redirects import safe_next

from . import batch_progress, selectors, services
from .models import Certificate, PrintBatch

PER_PAGE = 25


def _sign_in_url() -> str:
    """The operators' sign-in when the desk has one, else the learners'."""
    try:
        return reverse("desk:sign_in")
    except NoReverseMatch:
        return reverse("centres:sign_in")


def operator_required(view):
    """Anonymous visitors go to sign in; signed-in non-operators get 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), _sign_in_url())
        if not policies.is_operator(request.user):
            try:
                # The desk's own "only for operators" page, when it has one.
                return render(request, "centres/desk/not_operator.html", status=403)
            except TemplateDoesNotExist:
                raise PermissionDenied from None
        return view(request, *args, **kwargs)

    return wrapped


def _chosen_centre(request, centres):
    """The centre asked for (``centre=``), else the operator's first one."""
    wanted = request.POST.get("centre") or request.GET.get("centre")
    if not wanted:
        return centres[0]
    for centre in centres:
        if str(centre.pk) == wanted:
            return centre
    raise Http404


def _queue_url(centre, centres, **params) -> str:
    query = {key: value for key, value in params.items() if value}
    if len(centres) > 1:
        query["centre"] = centre.pk
    url = reverse("certificates:print_queue")
    return f"{url}?{urlencode(query)}" if query else url


@operator_required
def print_queue(request):
    """GET: the centre's issued certificates; POST: print some of them."""
    centres = list(policies.operator_centres(request.user).order_by("name_en"))
    centre = _chosen_centre(request, centres)
    if request.method == "POST":
        return _print(request, centre, centres)
    show = "all" if request.GET.get("show") == "all" else "new"
    search = request.GET.get("q", "").strip()[:80]
    rows = selectors.print_queue(
        user=request.user, centre=centre, new_only=show == "new", search=search
    )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    language = request.LANGUAGE_CODE
    for certificate in page:
        certificate.phone_shown = localise_digits(
            local_phone(certificate.learner.learner.phone), language
        )
    params = {"show": "all" if show == "all" else "", "q": search}
    return render(
        request,
        "certificates/desk/queue.html",
        {
            "centre": centre,
            "centres": centres,
            "show": show,
            "search": search,
            "page": page,
            "page_text": _("Page %(number)s of %(pages)s")
            % {
                "number": localise_digits(page.number, language),
                "pages": localise_digits(page.paginator.num_pages, language),
            },
            "previous_url": _queue_url(
                centre, centres, page=page.previous_page_number(), **params
            )
            if page.has_previous()
            else "",
            "next_url": _queue_url(
                centre, centres, page=page.next_page_number(), **params
            )
            if page.has_next()
            else "",
            "new_url": _queue_url(centre, centres, q=search),
            "all_url": _queue_url(centre, centres, show="all", q=search),
            "batches": selectors.centre_batches(user=request.user, centre=centre)[:5],
        },
    )


def _posted_ids(request) -> list[int]:
    """The certificates the form names: one row's button, or the ticked boxes."""
    if request.POST.get("one"):
        raw = [request.POST["one"]]
    elif request.POST.get("action") == "selected":
        raw = request.POST.getlist("certificate")
    else:
        return []
    try:
        return sorted({int(value) for value in raw})
    except ValueError:
        raise Http404 from None


def _print(request, centre, centres):
    scope = selectors.centre_certificates(user=request.user, centre=centre)
    back = _queue_url(centre, centres)
    if request.POST.get("action") == "all_new":
        chosen = scope.filter(status=Certificate.Status.ISSUED, printed_at__isnull=True)
        how = "all_new"
    else:
        ids = _posted_ids(request)
        if not ids:
            messages.error(request, _("Tick the certificates to print first."))
            return redirect(back)
        # An id outside the operator's centre is refused outright, and nothing
        # is printed: the form only ever offers their own certificates.
        if scope.filter(pk__in=ids).count() != len(ids):
            raise Http404
        chosen = scope.filter(pk__in=ids, status=Certificate.Status.ISSUED)
        how = "one" if len(ids) == 1 else "selected"
    try:
        batch = services.centre_print_batch_create(
            operator=request.user,
            centre=centre,
            certificates=selectors.print_order(chosen),
            filters={"centre": centre.name, "how": how},
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(back)
    return redirect("certificates:desk_batch", batch.pk)


def _batch(request, pk) -> PrintBatch:
    # Another centre's batch is simply not found.
    return get_object_or_404(selectors.centre_batches(user=request.user), pk=pk)


@operator_required
def batch_detail(request, pk):
    """A batch being built (progress), then ready: download, then mark printed."""
    batch = _batch(request, pk)
    building = batch.status in (PrintBatch.Status.QUEUED, PrintBatch.Status.RUNNING)
    return render(
        request,
        "certificates/desk/batch.html",
        {
            "batch": batch,
            "building": building,
            "downloadable": batch_progress.downloadable(batch),
            "may_mark": batch.marked_printed_at is None
            and batch.status in (PrintBatch.Status.READY, PrintBatch.Status.EXPIRED),
            "progress": batch_progress.progress_text(batch, request.LANGUAGE_CODE),
            "kept_until": batch_progress.kept_until(batch),
            "status_url": reverse("certificates:desk_batch_status", args=[batch.pk]),
            "queue_url": reverse("certificates:print_queue"),
        },
    )


@never_cache
@operator_required
def batch_status(request, pk):
    """The batch's progress for the page's poll, in the reader's digits."""
    batch = _batch(request, pk)
    return JsonResponse(
        batch_progress.status_payload(
            batch,
            language=request.LANGUAGE_CODE,
            download_url=reverse("certificates:desk_batch_download", args=[pk]),
        )
    )


@operator_required
def batch_download(request, pk):
    batch = _batch(request, pk)
    if not batch_progress.downloadable(batch):
        raise Http404
    response = FileResponse(
        batch.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"certificates-{batch.pk}.pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@operator_required
def batch_mark_printed(request, pk):
    """The pages came out of the printer: they leave the "new" list."""
    batch = _batch(request, pk)
    try:
        marked = services.print_batch_mark_printed(
            batch_id=batch.pk,
            actor=request.user,
            certificates=selectors.centre_certificates(
                user=request.user, centre=batch.centre
            ),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if marked:
            messages.success(
                request,
                ngettext(
                    "%(count)s certificate marked as printed.",
                    "%(count)s certificates marked as printed.",
                    marked,
                )
                % {"count": localise_digits(marked, request.LANGUAGE_CODE)},
            )
        else:
            messages.info(request, _("This batch is already marked as printed."))
    return redirect("certificates:desk_batch", batch.pk)


@operator_required
def revoke_request(request, pk):
    """Ask staff to revoke a certificate, saying why; staff decide."""
    certificate = get_object_or_404(
        selectors.operator_certificates(user=request.user).select_related(
            "learner__learner__centre"
        ),
        pk=pk,
    )
    profile = certificate.learner.learner
    back = safe_next(request, "")
    error = ""
    reason = ""
    if request.method == "POST":
        reason = request.POST.get("reason", "")
        try:
            services.certificate_revoke_request(
                certificate=certificate,
                actor=request.user,
                reason=reason,
                centre=profile.centre,
            )
        except ValidationError as refused:
            error = " ".join(refused.messages)
        else:
            messages.success(
                request,
                _(
                    "Your request has gone to the programme staff. The "
                    "certificate stays valid until they decide."
                ),
            )
            centres = list(policies.operator_centres(request.user))
            return redirect(back or _queue_url(profile.centre, centres, show="all"))
    return render(
        request,
        "certificates/desk/revoke_request.html",
        {
            "certificate": certificate,
            "profile": profile,
            "reason": reason,
            "error": error,
            "reason_max": services.REVOKE_REASON_MAX,
            "back_url": back or reverse("certificates:print_queue"),
            "next": back,
        },
        status=400 if error else 200,
    )
