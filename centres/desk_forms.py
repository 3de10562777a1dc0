"""Forms of the operator's desk; checks live in validation.py and imports.py."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from elearn.formatting import localise_digits

from . import imports
from .forms import DistrictChoiceField, RegistrationForm
from .selectors import districts_for_choice


class CentreChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class DeskSignInForm(AuthenticationForm):
    """Username and password, as Django checks them (axes counts the failures)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update(
            {"autocapitalize": "none", "autocomplete": "username"}
        )


class LearnerFilterForm(forms.Form):
    """The list's search box and centre filter (GET)."""

    q = forms.CharField(
        label=_("Name or mobile number"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    centre = CentreChoiceField(
        label=_("Centre"),
        queryset=None,
        required=False,
        empty_label=_("All my centres"),
    )

    def __init__(self, *args, centres, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["centre"].queryset = centres


class DeskRegistrationForm(RegistrationForm):
    """Self-registration's form, worded for the operator, plus the centre.

    The learner types the PIN at the PC; the operator does not need to know it.
    """

    centre = CentreChoiceField(label=_("Centre"), queryset=None, empty_label=None)
    district = DistrictChoiceField(
        label=_("District"),
        queryset=districts_for_choice(),
        required=False,
        empty_label=_("The centre's district"),
    )

    field_order = [
        "full_name",
        "nickname",
        "phone",
        "gender",
        "learner_type",
        "centre",
        "district",
        "pin",
        "pin_again",
    ]

    def __init__(self, *args, centres, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["centre"].queryset = centres
        first = centres.first() if not self.is_bound else None
        if first is not None:
            self.fields["centre"].initial = first.pk
        labels = {
            "full_name": _("Learner's name"),
            "learner_type": _("The learner is a"),
            "pin": _("PIN: the learner types 4 to 6 digits"),
            "pin_again": _("The learner types the PIN again"),
        }
        for name, label in labels.items():
            self.fields[name].label = label
        self.fields["full_name"].help_text = _(
            "As it should be on the certificate. Bangla or English."
        )
        self.fields["nickname"].help_text = _(
            "The learner's choice. Shown (or the first name) when the family's "
            "profiles are listed at sign-in; the full name never is."
        )
        self.fields["district"].help_text = _(
            "Leave it as it is if the learner lives in the centre's district."
        )
        self.fields["pin"].help_text = _(
            "Turn the screen to the learner; do not write the PIN down."
        )


class ImportUploadForm(forms.Form):
    centre = CentreChoiceField(label=_("Centre"), queryset=None, empty_label=None)
    file = forms.FileField(
        label=_("Spreadsheet (CSV or Excel .xlsx)"),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,application/vnd.openxmlformats-"
                "officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def __init__(self, *args, centres, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["centre"].queryset = centres
        if not self.is_bound:
            first = centres.first()
            if first is not None:
                self.fields["centre"].initial = first.pk
        self.fields["file"].help_text = _(
            "Up to %(rows)s learners and %(mb)s MB in one file."
        ) % {
            "rows": localise_digits(imports.MAX_ROWS, get_language()),
            "mb": localise_digits(imports.MAX_BYTES // 2**20, get_language()),
        }
