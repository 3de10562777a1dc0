"""Admin wiring for certificates: templates (trainers), the register of issued
certificates with revoke and re-issue (staff), and batch printing.

Certificates are never edited by hand: they come from completions. Staff may
revoke (with a reason) or re-issue; every such action is a CertificateEvent.
"""

from datetime import date, datetime

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import CoursePage
from courses.selectors import default_locale_id
from elearn.formatting import format_date, localise_digits

from . import admin_print, selectors, services
from .models import Certificate, CertificateEvent, CertificateTemplate

# --- Templates ------------------------------------------------------------------


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "course", "updated_at"]
    search_fields = ["name"]
    search_backend_name = None


register_snippet(CertificateTemplateViewSet)


# --- Issued certificates --------------------------------------------------------


def can_view(user) -> bool:
    return user.is_active and user.has_perm("certificates.view_certificate")


def can_revoke(user) -> bool:
    return user.is_active and user.has_perm("certificates.revoke_certificate")


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Read by staff with the view permission; never added or edited by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "copy", "delete"):
            return False
        if action in ("view", "inspect"):
            return can_view(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


def bangla_courses(request):
    return CoursePage.objects.filter(locale_id=default_locale_id()).order_by("path")


def districts_in_scope(request):
    return selectors.districts_for(user=request.user)


class CertificateFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=bangla_courses
    )
    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="learner__learner__district",
        queryset=districts_in_scope,
    )
    completed_on = django_filters.DateFromToRangeFilter(
        label=_("Completed"), widget=DateRangePickerWidget
    )
    revoke_requested = django_filters.BooleanFilter(
        label=_("Revoke requested by the centre"), method="filter_revoke_requested"
    )

    class Meta:
        model = Certificate
        fields = ["status", "course", "district", "completed_on"]

    def filter_revoke_requested(self, queryset, name, value):
        requested = Exists(
            CertificateEvent.objects.filter(
                certificate=OuterRef("pk"),
                action=CertificateEvent.Action.REVOKE_REQUESTED,
            )
        )
        return queryset.filter(requested if value else ~requested)


def certificates_in_scope(request):
    """Only the certificates of learners the user may see (centres.policies)."""
    return selectors.certificates_for(user=request.user)


class CertificateIndexView(IndexView):
    def get_base_queryset(self):
        return certificates_in_scope(self.request).select_related("course")


class CertificateInspectView(InspectView):
    template_name = "certificates/admin/inspect.html"

    def get_field_display_value(self, field_name, field):
        """Dates in local time and the reader's digits; "—" for nothing yet."""
        value = getattr(self.object, field_name, None)
        language = get_language()
        if value is None or value == "":
            return "—"
        if isinstance(value, datetime):
            local = timezone.localtime(value)
            clock = localise_digits(local.strftime("%H:%M"), language)
            return f"{format_date(local.date(), language)}, {clock}"
        if isinstance(value, date):
            return format_date(value, language)
        if isinstance(value, int) and not isinstance(value, bool):
            return localise_digits(value, language)
        return super().get_field_display_value(field_name, field)

    def get_object(self, queryset=None):
        if not can_view(self.request.user):
            return None  # refused by the permission check that runs next
        # Another district's certificate is simply not found.
        return get_object_or_404(certificates_in_scope(self.request), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = self.object.events.select_related("actor")
        context["may_revoke"] = can_revoke(self.request.user)
        context["verify_url"] = reverse(
            "certificates:verify", kwargs={"code": self.object.code}
        )
        return context


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "issued_certificates"
    url_prefix = "certificates/issued"
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    add_to_admin_menu = False  # under Reports
    list_display = [
        TitleColumn(
            "learner_name",
            label=_("Name on the certificate"),
            url_name="issued_certificates:inspect",
        ),
        Column("code", label=_("Code")),
        Column("course_title_bn", label=_("Course")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("completed_on", label=_("Completed")),
        DateColumn("issued_at", label=_("Issued")),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "learner_name", "learner__learner__phone"]
    search_backend_name = None
    list_export = [
        "code",
        "learner_name",
        "course_title_bn",
        "course_title_en",
        "centre_en",
        "get_status_display",
        "completed_on",
        "issued_at",
        "revoked_at",
        "revoked_reason",
        "printed_at",
    ]
    export_filename = "certificates"
    inspect_view_enabled = True
    inspect_view_class = CertificateInspectView
    inspect_view_fields = [
        "code",
        "status",
        "learner_name",
        "course_title_bn",
        "course_title_en",
        "centre_bn",
        "completed_on",
        "issued_at",
        "revoked_at",
        "revoked_reason",
        "printed_at",
        "tries",
        "last_error",
    ]
    copy_view_enabled = False
    form_fields = []
    index_view_class = CertificateIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/revoke/", revoke_view, name="revoke"),
            path("<int:pk>/reissue/", reissue_view, name="reissue"),
        ]


certificate_viewset = CertificateViewSet()


@hooks.register("register_admin_viewset")
def register_certificates():
    return certificate_viewset


def _certificate_for_action(request, pk) -> Certificate:
    if not can_revoke(request.user):
        raise PermissionDenied
    return get_object_or_404(certificates_in_scope(request), pk=pk)


@require_POST
def revoke_view(request, pk):
    certificate = _certificate_for_action(request, pk)
    try:
        services.certificate_revoke(
            certificate=certificate,
            actor=request.user,
            reason=request.POST.get("reason", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The certificate is revoked."))
    return redirect("issued_certificates:inspect", pk)


@require_POST
def reissue_view(request, pk):
    certificate = _certificate_for_action(request, pk)
    services.certificate_reissue(
        certificate=certificate,
        actor=request.user,
        reason=request.POST.get("reason", "").strip(),
    )
    messages.success(
        request, _("The certificate is being drawn again under a new code.")
    )
    return redirect("issued_certificates:inspect", pk)


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"),
        reverse(certificate_viewset.get_url_name("index")),
        name="certificates",
        icon_name="doc-full-inverse",
        order=320,
    )


# --- Print batches --------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_print_urls():
    return admin_print.urlpatterns


class PrintMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_print.can_print(request.user)


@hooks.register("register_reports_menu_item")
def register_print_menu_item():
    return PrintMenuItem(
        _("Print certificates"),
        reverse("certificates_print"),
        name="certificates-print",
        icon_name="download",
        order=330,
    )
