"""Admin pages for batch printing: choose, watch it build, download.

For staff holding the ``print_certificates`` permission, limited to the
certificates of the learners ``centres.policies`` lets them see (a staff
member scoped to some districts prints only theirs). Operators print from
their centre's print queue (``desk_views``).
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from courses.models import CoursePage
from courses.selectors import default_locale_id

from . import batch_progress, selectors, services
from .models import PrintBatch


def can_print(user) -> bool:
    return user.is_active and user.has_perm("certificates.print_certificates")


class PrintForm(forms.Form):
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=None, required=False
    )
    date_from = forms.DateField(
        label=_("Completed from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("Completed until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = selectors.districts_for(user=user)
        self.fields["course"].queryset = CoursePage.objects.filter(
            locale_id=default_locale_id()
        ).order_by("path")

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise ValidationError(_("The start date is after the end date."))
        return data

    def describe(self) -> dict:
        data = self.cleaned_data
        return {
            "course": data["course"].title if data.get("course") else "",
            "district": str(data["district"]) if data.get("district") else "",
            "date_from": data["date_from"].isoformat() if data.get("date_from") else "",
            "date_to": data["date_to"].isoformat() if data.get("date_to") else "",
        }


def _guard(request):
    if not can_print(request.user):
        raise PermissionDenied


def print_index(request):
    """Choose certificates to print; recent batches below with their state."""
    _guard(request)
    form = PrintForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        chosen = selectors.printable_certificates(
            within=selectors.certificates_for(user=request.user),
            course=data.get("course"),
            district=data.get("district"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )
        try:
            batch = services.print_batch_create(
                requested_by=request.user, filters=form.describe(), certificates=chosen
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("certificates_print_batch", batch.pk)
    batches = PrintBatch.objects.filter(requested_by=request.user)[:20]
    return TemplateResponse(
        request,
        "certificates/admin/print_index.html",
        {
            "form": form,
            "batches": batches,
            "page_title": _("Print certificates"),
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {"url": "", "label": _("Print certificates")},
            ],
        },
    )


def _own_batch(request, pk) -> PrintBatch:
    _guard(request)
    # Someone else's batch is simply not found.
    return get_object_or_404(PrintBatch, pk=pk, requested_by=request.user)


def print_batch(request, pk):
    batch = _own_batch(request, pk)
    return TemplateResponse(
        request,
        "certificates/admin/print_batch.html",
        {
            "batch": batch,
            "progress": batch_progress.progress_text(batch, request.LANGUAGE_CODE),
            "kept_until": batch_progress.kept_until(batch),
            "status_url": reverse("certificates_print_status", args=[batch.pk]),
            "page_title": _("Print batch"),
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {
                    "url": reverse("certificates_print"),
                    "label": _("Print certificates"),
                },
                {"url": "", "label": _("Print batch")},
            ],
        },
    )


@never_cache
def print_status(request, pk):
    batch = _own_batch(request, pk)
    return JsonResponse(
        batch_progress.status_payload(
            batch,
            language=request.LANGUAGE_CODE,
            download_url=reverse("certificates_print_download", args=[batch.pk]),
        )
    )


def print_download(request, pk):
    batch = _own_batch(request, pk)
    if batch.status != PrintBatch.Status.READY or not batch.pdf:
        raise Http404
    if batch.expires_at and batch.expires_at < timezone.now():
        raise Http404
    return FileResponse(
        batch.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"certificates-{batch.pk}.pdf",
    )


urlpatterns = [
    path("certificates/print/", print_index, name="certificates_print"),
    path("certificates/print/<int:pk>/", print_batch, name="certificates_print_batch"),
    path(
        "certificates/print/<int:pk>/status/",
        print_status,
        name="certificates_print_status",
    ),
    path(
        "certificates/print/<int:pk>/pdf/",
        print_download,
        name="certificates_print_download",
    ),
]
