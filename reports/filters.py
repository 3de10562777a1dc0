"""The dashboard's filters: a GET form whose choices stop at the viewer's scope.

Every place choice (division, district, upazila, centre) is offered only from
the districts the viewer may see (``centres.policies.districts_for``), and a
value outside them is "not a valid choice", so a crafted query string shows a
form error instead of figures. The selectors intersect with the scope again
whatever the filters say, so a mistake here still cannot leak figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from centres.models import Centre, District, Division, LearnerProfile, Upazila
from courses.models import CoursePage
from courses.selectors import default_locale_id

from .scope import scope_district_ids

# Above this many centres, the centre list waits for a district to be chosen:
# a national list of every UDC would weigh more than the rest of the page.
MAX_CENTRE_CHOICES = 200


@dataclass(frozen=True)
class Filters:
    """What the figures are narrowed to; every field empty means "everything".

    ``date_from``/``date_to`` are local dates, both included. Each figure
    applies them to its own event's date (see ``reports.selectors``).
    """

    course: CoursePage | None = None
    division: Division | None = None
    district: District | None = None
    upazila: Upazila | None = None
    centre: Centre | None = None
    gender: str = ""
    learner_type: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def period(self) -> tuple[datetime | None, datetime | None]:
        """Return the date range as aware datetimes ``[start, end)``."""
        return start_of(self.date_from), start_of(
            self.date_to + timedelta(days=1) if self.date_to else None
        )

    def params(self) -> dict[str, str]:
        """The query-string parameters that reproduce these filters."""
        params = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if value is None or value == "":
                continue
            if isinstance(value, date):
                params[field.name] = value.isoformat()
            elif hasattr(value, "pk"):
                params[field.name] = str(value.pk)
            else:
                params[field.name] = str(value)
        return params

    def query_string(self, **changes) -> str:
        """``?course=3&district=40``: these filters with some changed.

        A change is an object with a ``pk``, a plain value, or None to drop
        that filter.
        """
        params = self.params()
        for name, value in changes.items():
            if value is None or value == "":
                params.pop(name, None)
            else:
                params[name] = str(getattr(value, "pk", value))
        return "?" + urlencode(params)

    def describe(self) -> str:
        """'Course: ... · District: ...', for a printed report's heading."""
        labels = {
            "course": _("Course"),
            "division": _("Division"),
            "district": _("District"),
            "upazila": _("Upazila"),
            "centre": _("Centre"),
            "gender": _("Gender"),
            "learner_type": _("Learner type"),
        }
        choices = {
            "gender": dict(LearnerProfile.Gender.choices),
            "learner_type": dict(LearnerProfile.LearnerType.choices),
        }
        parts = []
        for name, label in labels.items():
            value = getattr(self, name)
            if value is None or value == "":
                continue
            if name in choices:
                value = choices[name].get(value, value)
            elif name == "course":
                value = value.title
            parts.append(f"{label}: {value}")
        return " · ".join(parts)


def start_of(day: date | None) -> datetime | None:
    """Midnight at the start of ``day`` in the site's time zone (Asia/Dhaka)."""
    if day is None:
        return None
    return timezone.make_aware(datetime.combine(day, time.min))


def bangla_courses():
    return CoursePage.objects.filter(locale_id=default_locale_id()).order_by("path")


def _chosen_id(form: forms.Form, name: str) -> int | None:
    raw = form.data.get(form.add_prefix(name)) if form.is_bound else None
    return int(raw) if raw and str(raw).isdigit() else None


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class ReportFilterForm(forms.Form):
    """Course, places and learner groups, limited to ``user``'s districts."""

    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        required=False,
        empty_label=_("All courses"),
    )
    division = forms.ModelChoiceField(
        label=_("Division"),
        queryset=Division.objects.none(),
        required=False,
        empty_label=_("All divisions"),
    )
    district = forms.ModelChoiceField(
        label=_("District"),
        queryset=District.objects.none(),
        required=False,
        empty_label=_("All districts"),
    )
    upazila = forms.ModelChoiceField(
        label=_("Upazila"),
        queryset=Upazila.objects.none(),
        required=False,
        empty_label=_("All upazilas"),
    )
    centre = forms.ModelChoiceField(
        label=_("Centre"),
        queryset=Centre.objects.none(),
        required=False,
        empty_label=_("All centres"),
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=[("", _("Everyone"))] + LearnerProfile.Gender.choices,
        required=False,
    )
    learner_type = forms.ChoiceField(
        label=_("Learner type"),
        choices=[("", _("Everyone"))] + LearnerProfile.LearnerType.choices,
        required=False,
    )

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        district_ids = scope_district_ids(user)
        self.fields["course"].queryset = bangla_courses()
        self.fields["division"].queryset = Division.objects.filter(
            districts__in=district_ids
        ).distinct()
        self.fields["district"].queryset = District.objects.filter(pk__in=district_ids)
        self.fields["upazila"].queryset = Upazila.objects.filter(
            district__in=district_ids
        )
        self.fields["centre"].queryset = Centre.objects.filter(
            district__in=district_ids
        )
        self._narrow_place_lists()

    def _narrow_place_lists(self):
        """Offer only the upazilas and centres of the chosen district.

        Only what is shown narrows: validation still accepts any place in
        scope, and ``clean`` reports one that does not fit the others.
        """
        district = _chosen_id(self, "district")
        upazila = _chosen_id(self, "upazila")
        upazilas = self.fields["upazila"].queryset
        centres = self.fields["centre"].queryset
        if district:
            upazilas = upazilas.filter(district=district)
            centres = centres.filter(district=district)
        if upazila:
            centres = centres.filter(upazila=upazila)
        self.fields["upazila"].widget.choices = _NarrowedChoices(
            self.fields["upazila"], upazilas
        )
        if district or centres.count() <= MAX_CENTRE_CHOICES:
            self.fields["centre"].widget.choices = _NarrowedChoices(
                self.fields["centre"], centres
            )
        else:
            self.fields["centre"].widget.choices = [("", _("Choose a district first"))]

    def clean(self):
        data = super().clean()
        division, district = data.get("division"), data.get("district")
        upazila, centre = data.get("upazila"), data.get("centre")
        if division and district and district.division_id != division.pk:
            self.add_error("district", _("This district is in another division."))
        if district and upazila and upazila.district_id != district.pk:
            self.add_error("upazila", _("This upazila is in another district."))
        if centre and district and centre.district_id != district.pk:
            self.add_error("centre", _("This centre is in another district."))
        if centre and upazila and centre.upazila_id != upazila.pk:
            self.add_error("centre", _("This centre is in another upazila."))
        return data

    def filters(self) -> Filters:
        """The cleaned filters; call only after ``is_valid()``."""
        data = self.cleaned_data
        return Filters(
            **{
                name: data.get(name) or field.default
                for name, field in Filters.__dataclass_fields__.items()
                if name in self.fields
            }
        )


class _NarrowedChoices(forms.models.ModelChoiceIterator):
    """Lists another queryset than the one the field validates against."""

    def __init__(self, field, queryset):
        self.field, self.queryset = field, queryset


class DashboardFilterForm(ReportFilterForm):
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Until"), required=False, widget=DateInput())

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise ValidationError(_("The start date is after the end date."))
        return data


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class MonthField(forms.CharField):
    """``2026-11`` -> the first day of that month."""

    widget = forms.TextInput(attrs={"type": "month"})
    default_error_messages = {"invalid": _("Enter a month such as 2026-11.")}

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = _MONTH.match(value.strip())
        if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 2000:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return date(int(match[1]), int(match[2]), 1)

    def prepare_value(self, value):
        return value.strftime("%Y-%m") if isinstance(value, date) else value


class MonthlyFilterForm(ReportFilterForm):
    """The monthly report: one month instead of a date range."""

    month = MonthField(label=_("Month"), required=False)

    field_order = ["month"]

    def chosen_month(self) -> date:
        """The chosen month's first day; this month when none is chosen."""
        return self.cleaned_data.get("month") or timezone.localdate().replace(day=1)
