"""Admin wiring for places, centres and the people in them, and the audit log.

Every list and page that shows learners, centres, operators or audit events
takes its rows from ``centres.policies``: a staff member limited to some
districts sees only those, and another district's row opened by its address
is "not found". Places come from ``load_places`` and are read-only here.
"""

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.db.models import CharField, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import (
    DeleteView,
    EditView,
    IndexView,
    InspectView,
)
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import policies
from .models import (
    AuditEvent,
    Centre,
    CentreOperator,
    District,
    Division,
    LearnerProfile,
    StaffScope,
    Union,
    Upazila,
)
from .validation import normalise_nickname

# --- Scoped views -----------------------------------------------------------------
#
# Each view below takes ``scope`` (user -> queryset) from its viewset, so the
# list, the export and every object page share one set of rows.


def _scoped(view_class, method: str):
    """``view_class`` whose ``method`` (a queryset getter) returns the scope."""

    def rows(self, *args, **kwargs):
        return self.scope(self.request.user)

    return type(
        f"Scoped{view_class.__name__}", (view_class,), {"scope": None, method: rows}
    )


ScopedIndexView = _scoped(IndexView, "get_base_queryset")
ScopedEditView = _scoped(EditView, "get_queryset")
ScopedDeleteView = _scoped(DeleteView, "get_queryset")
ScopedHistoryView = _scoped(HistoryView, "get_base_object_queryset")
ScopedUsageView = _scoped(UsageView, "get_base_object_queryset")


class ScopedInspectView(InspectView):
    scope = None

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.scope(self.request.user), pk=unquote(str(self.pk))
        )


class ScopedViewSet(ModelViewSet):
    """A model viewset whose rows depend on who asks: see :meth:`scope`."""

    index_view_class = ScopedIndexView
    inspect_view_class = ScopedInspectView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False  # a copy would start from an unscoped object

    def scope(self, user) -> QuerySet:
        """The rows ``user`` may see."""
        raise NotImplementedError

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(scope=self.scope, **kwargs)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Viewed by anyone who may use the admin; changed only by a loader."""

    def user_has_permission(self, user, action):
        if action in ("view", "inspect"):
            return user.is_active and user.has_perm("wagtailadmin.access_admin")
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuditPermissionPolicy(ModelPermissionPolicy):
    """Read by staff with ``centres.view_auditevent``; never written by hand."""

    def user_has_permission(self, user, action):
        if action in ("view", "inspect"):
            return can_view_audit(user)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def can_view_audit(user) -> bool:
    return user.is_active and user.has_perm("centres.view_auditevent")


# Registered before anything asks Wagtail for these models' policies.
for place_model in (Upazila, Union):
    register_permission_policy(place_model, ReadOnlyPermissionPolicy(place_model))
register_permission_policy(AuditEvent, AuditPermissionPolicy(AuditEvent))


def local_datetime(value) -> str:
    if value is None:
        return ""
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def admin_users() -> QuerySet:
    """People who may be operators or staff: active users who are not learners."""
    return get_user_model().objects.filter(is_active=True, learner__isnull=True)


# --- Learners ---------------------------------------------------------------------


def scoped_districts(request):
    if request is None:
        return District.objects.none()
    return policies.districts_for(request.user)


class PlaceFilterSet(WagtailFilterSet):
    """Division and district filters; the districts only those in scope."""

    division = django_filters.ModelChoiceFilter(
        label=_("Division"),
        field_name="district__division",
        queryset=Division.objects.all(),
    )
    district = django_filters.ModelChoiceFilter(
        label=_("District"), queryset=scoped_districts
    )


class LearnerFilterSet(PlaceFilterSet):
    class Meta:
        model = LearnerProfile
        fields = ["gender", "learner_type", "division", "district"]


class LearnerForm(WagtailAdminModelForm):
    """A learner may be moved only to a district the editor covers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["district"].queryset = policies.districts_for(self.for_user)

    def clean_nickname(self):
        return normalise_nickname(self.cleaned_data.get("nickname", ""))


class LearnerProfileViewSet(ScopedViewSet):
    model = LearnerProfile
    icon = "user"
    menu_label = _("Learners")
    list_display = [
        "full_name",
        "phone",
        Column("district", label=capfirst(_("district")), sort_key="district"),
        "centre",
        "learner_type",
        "created_at",
    ]
    filterset_class = LearnerFilterSet
    search_fields = ["full_name", "phone"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("full_name"),
            FieldPanel("nickname"),
            FieldPanel("gender"),
            FieldPanel("district"),
            FieldPanel("learner_type"),
        ],
        base_form_class=LearnerForm,
    )
    inspect_view_enabled = True
    inspect_view_fields = [
        "full_name",
        "nickname",
        "phone",
        "gender",
        "learner_type",
        "district",
        "upazila",
        "centre",
        "registered_by",
        "created_at",
    ]
    add_to_admin_menu = False

    def scope(self, user):
        return policies.learners_for(user).select_related("district", "centre")


# --- Centres ----------------------------------------------------------------------


class UpazilaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj} ({obj.district})"


class CentreFilterSet(PlaceFilterSet):
    class Meta:
        model = Centre
        fields = ["kind", "division", "district", "active"]


class CentreForm(WagtailAdminModelForm):
    """Districts the editor covers; upazilas and unions narrowed to the place.

    The lists show the upazilas of the centre's district and the unions of its
    upazila (choose an upazila and save to pick its union). A submitted form
    accepts any place within the editor's districts and leaves the last word
    to ``Centre.clean``, which rejects an upazila or union from elsewhere.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        districts = (
            policies.districts_for(self.for_user)
            if self.for_user is not None
            else District.objects.all()
        )
        self.fields["district"].queryset = districts
        upazila = self.fields["upazila"]
        self.fields["upazila"] = UpazilaChoiceField(
            queryset=Upazila.objects.none(),
            required=False,
            label=upazila.label,
            help_text=upazila.help_text,
            widget=upazila.widget,
        )
        upazilas = Upazila.objects.filter(district__in=districts).select_related(
            "district"
        )
        unions = Union.objects.filter(upazila__district__in=districts)
        if not self.is_bound:
            district_id = self.initial.get("district") or self.instance.district_id
            upazila_id = self.initial.get("upazila") or self.instance.upazila_id
            if district_id:
                upazilas = upazilas.filter(district_id=district_id)
            unions = unions.filter(upazila_id=upazila_id) if upazila_id else None
        self.fields["upazila"].queryset = upazilas
        if unions is None:
            self.fields["union"].queryset = Union.objects.none()
            self.fields["union"].help_text = _(
                "Choose the upazila and save; then its unions are listed here."
            )
        else:
            self.fields["union"].queryset = unions


class CentreViewSet(ScopedViewSet):
    model = Centre
    icon = "home"
    menu_label = _("Centres")
    list_display = [
        "name_en",
        "name_bn",
        Column("kind", label=capfirst(_("kind")), accessor="get_kind_display"),
        "district",
        "upazila",
        "union",
        BooleanColumn("active", label=capfirst(_("active"))),
    ]
    filterset_class = CentreFilterSet
    search_fields = ["name_en", "name_bn", "contact_name", "phone"]
    search_backend_name = None
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldPanel("name_bn"),
            FieldPanel("name_en"),
            FieldPanel("kind"),
            FieldPanel("district"),
            FieldPanel("upazila"),
            FieldPanel("union"),
            FieldPanel("address"),
            FieldPanel("contact_name"),
            FieldPanel("phone"),
            FieldPanel("active"),
        ],
        base_form_class=CentreForm,
    )
    inspect_view_enabled = True

    def scope(self, user):
        return policies.centres_for(user).select_related("district", "upazila", "union")


# --- Centre operators ---------------------------------------------------------------


class CentreOperatorForm(WagtailAdminModelForm):
    """Operators are staff-side accounts, at centres the editor covers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = admin_users().order_by("username")
        if self.for_user is not None:
            self.fields["centre"].queryset = policies.centres_for(self.for_user)


class CentreOperatorFilterSet(WagtailFilterSet):
    district = django_filters.ModelChoiceFilter(
        label=_("District"), field_name="centre__district", queryset=scoped_districts
    )

    class Meta:
        model = CentreOperator
        fields = ["district"]


class CentreOperatorViewSet(ScopedViewSet):
    model = CentreOperator
    icon = "user"
    menu_label = _("Centre operators")
    list_display = [
        "user",
        "centre",
        Column("district", label=capfirst(_("district")), accessor="centre.district"),
        "added_at",
    ]
    filterset_class = CentreOperatorFilterSet
    search_fields = [
        "user__username",
        "user__first_name",
        "user__last_name",
        "centre__name_en",
        "centre__name_bn",
    ]
    search_backend_name = None
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("centre")],
        base_form_class=CentreOperatorForm,
    )

    def scope(self, user):
        return CentreOperator.objects.filter(
            centre__in=policies.centres_for(user)
        ).select_related("user", "centre__district")


# --- Staff scopes -------------------------------------------------------------------


class StaffScopeForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = admin_users().order_by("username")
        self.fields["divisions"].help_text = _(
            "Leave divisions and districts empty to cover the whole country."
        )


def places_text(field: str):
    """A column accessor listing a scope's divisions or districts by name."""

    def text(scope) -> str:
        return ", ".join(str(place) for place in getattr(scope, field).all())

    return text


class StaffScopeIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user")
            .prefetch_related("divisions", "districts")
        )


class StaffScopeViewSet(ModelViewSet):
    """Who covers which divisions and districts (admins: the model permissions)."""

    model = StaffScope
    icon = "locked"
    menu_label = _("Staff scopes")
    index_view_class = StaffScopeIndexView
    list_display = [
        "user",
        Column(
            "divisions",
            label=capfirst(_("divisions")),
            accessor=places_text("divisions"),
        ),
        Column(
            "districts",
            label=capfirst(_("districts")),
            accessor=places_text("districts"),
        ),
    ]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("divisions", widget=forms.CheckboxSelectMultiple),
            FieldPanel("districts", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=StaffScopeForm,
    )


# --- Places -------------------------------------------------------------------------


class DistrictViewSet(ModelViewSet):
    model = District
    icon = "globe"
    menu_label = _("Districts")
    list_display = ["name_en", "name_bn", "division"]
    list_filter = ["division"]
    search_fields = ["name_en", "name_bn"]
    search_backend_name = None
    form_fields = ["name_en", "name_bn", "division"]


class ReadOnlyPlaceViewSet(ModelViewSet):
    """Upazilas and unions: loaded by ``load_places``, read-only in the admin
    (``ReadOnlyPermissionPolicy``)."""

    icon = "globe"
    search_fields = ["name_en", "name_bn"]
    search_backend_name = None
    list_per_page = 50
    form_fields = []
    copy_view_enabled = False


class UpazilaFilterSet(WagtailFilterSet):
    division = django_filters.ModelChoiceFilter(
        label=_("Division"),
        field_name="district__division",
        queryset=Division.objects.all(),
    )

    class Meta:
        model = Upazila
        fields = ["division", "district"]


class UpazilaViewSet(ReadOnlyPlaceViewSet):
    model = Upazila
    menu_label = _("Upazilas")
    list_display = ["name_en", "name_bn", "district", "code"]
    filterset_class = UpazilaFilterSet


class UnionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("upazila__district")


class UnionFilterSet(WagtailFilterSet):
    division = django_filters.ModelChoiceFilter(
        label=_("Division"),
        field_name="upazila__district__division",
        queryset=Division.objects.all(),
    )
    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="upazila__district",
        queryset=District.objects.all(),
    )

    class Meta:
        model = Union
        fields = ["division", "district"]


class UnionViewSet(ReadOnlyPlaceViewSet):
    model = Union
    menu_label = _("Unions")
    index_view_class = UnionIndexView
    list_display = [
        "name_en",
        "name_bn",
        "upazila",
        Column("district", label=capfirst(_("district")), accessor="upazila.district"),
        "code",
    ]
    filterset_class = UnionFilterSet
    search_fields = ["name_en", "name_bn", "upazila__name_en", "upazila__name_bn"]


class PeopleAndPlacesGroup(ViewSetGroup):
    menu_label = _("People and places")
    menu_icon = "group"
    menu_order = 250
    items = (
        LearnerProfileViewSet,
        CentreViewSet,
        CentreOperatorViewSet,
        StaffScopeViewSet,
        DistrictViewSet,
        UpazilaViewSet,
        UnionViewSet,
    )


@hooks.register("register_admin_viewset")
def register_people_and_places():
    return PeopleAndPlacesGroup()


# --- Audit log ----------------------------------------------------------------------


def audit_events_for(user) -> QuerySet[AuditEvent]:
    """Audit events ``user`` may read: those of the centres and learners in scope.

    Staff who cover the whole country also see events tied to no centre and no
    learner (a staff member's own actions).
    """
    if not can_view_audit(user):
        return AuditEvent.objects.none()
    if policies.districts_for(user).count() == District.objects.count():
        return AuditEvent.objects.all()
    return AuditEvent.objects.filter(
        Q(centre__in=policies.centres_for(user))
        | Q(learner__in=policies.learners_for(user))
    )


def scoped_centres(request):
    if request is None:
        return Centre.objects.none()
    return policies.centres_for(request.user)


class AuditEventFilterSet(WagtailFilterSet):
    centre = django_filters.ModelChoiceFilter(
        label=_("Centre"), queryset=scoped_centres
    )
    district = django_filters.ModelChoiceFilter(
        label=_("District"), field_name="centre__district", queryset=scoped_districts
    )
    at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = AuditEvent
        fields = ["action", "centre", "district", "at"]


def detail_text(detail) -> str:
    if not detail:
        return ""
    return "; ".join(f"{key}: {value}" for key, value in sorted(detail.items()))


class AuditEventIndexView(ScopedIndexView):
    custom_field_preprocess = {
        # Local time (Dhaka), as people read the log; not Wagtail's UTC default.
        "at": {
            "csv": local_datetime,
            "xlsx": lambda value: timezone.localtime(value).replace(tzinfo=None),
        },
        "detail": {"csv": detail_text, "xlsx": detail_text},
    }

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("actor", "centre", "learner")
            .annotate(
                actor_name=Coalesce(
                    F("actor__username"), Value(""), output_field=CharField()
                ),
                learner_name=Coalesce(
                    F("learner__full_name"), Value(""), output_field=CharField()
                ),
                learner_phone=Coalesce(
                    F("learner__phone"), Value(""), output_field=CharField()
                ),
                centre_name=Coalesce(
                    F("centre__name_en"), Value(""), output_field=CharField()
                ),
            )
        )


class AuditEventViewSet(ScopedViewSet):
    """The audit log: read-only, filtered, exportable; scoped like learners."""

    model = AuditEvent
    name = "audit_log"
    url_prefix = "centres/audit"
    icon = "list-ul"
    menu_label = _("Audit log")
    add_to_admin_menu = False  # under Reports
    index_view_class = AuditEventIndexView
    list_display = [
        "at",
        Column("action", label=capfirst(_("action")), accessor="get_action_display"),
        Column("actor_name", label=capfirst(_("by")), sort_key="actor_name"),
        Column("learner_name", label=capfirst(_("learner")), sort_key="learner_name"),
        Column("centre", label=capfirst(_("centre"))),
        Column(
            "detail",
            label=capfirst(_("detail")),
            accessor=lambda e: detail_text(e.detail),
        ),
    ]
    filterset_class = AuditEventFilterSet
    search_fields = ["learner__full_name", "learner__phone"]
    search_backend_name = None
    list_per_page = 50
    list_export = [
        "at",
        "get_action_display",
        "actor_name",
        "learner_name",
        "learner_phone",
        "centre_name",
        "detail",
    ]
    export_headings = {
        "at": _("At"),
        "get_action_display": _("Action"),
        "actor_name": _("By"),
        "learner_name": _("Learner"),
        "learner_phone": _("Mobile number"),
        "centre_name": _("Centre"),
        "detail": _("Detail"),
    }
    export_filename = "audit-log"
    inspect_view_enabled = True
    inspect_view_fields = ["at", "action", "actor", "centre", "learner", "detail"]
    form_fields = []  # never edited: see AuditPermissionPolicy

    def scope(self, user):
        return audit_events_for(user)


audit_viewset = AuditEventViewSet()


@hooks.register("register_admin_viewset")
def register_audit_log():
    return audit_viewset


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_audit(request.user)


@hooks.register("register_reports_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(
        _("Audit log"),
        reverse(audit_viewset.get_url_name("index")),
        name="audit-log",
        icon_name="list-ul",
        order=340,
    )
