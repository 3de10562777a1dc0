"""Forms for registering and signing in; checks live in validation.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LearnerProfile
from .selectors import districts_for_choice
from .validation import normalise_phone, normalise_pin


class DistrictChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class RegistrationForm(forms.Form):
    full_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        help_text=_("As you want it on your certificate. Bangla or English."),
    )
    nickname = forms.CharField(
        label=_("Nickname (optional)"),
        max_length=60,
        required=False,
        help_text=_(
            "Anyone who types your mobile number sees this (or your first name) "
            "to pick your profile. Never your full name."
        ),
    )
    phone = forms.CharField(
        label=_("Mobile number"),
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=LearnerProfile.Gender.choices,
        widget=forms.RadioSelect,
    )
    district = DistrictChoiceField(
        label=_("District"), queryset=districts_for_choice(), empty_label=_("Choose")
    )
    learner_type = forms.ChoiceField(
        label=_("I am a"),
        choices=LearnerProfile.LearnerType.choices,
        widget=forms.RadioSelect,
    )
    pin = forms.CharField(
        label=_("Choose a PIN (4 to 6 digits)"),
        max_length=12,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": "new-password"}
        ),
    )
    pin_again = forms.CharField(
        label=_("Type the PIN again"),
        max_length=12,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": "new-password"}
        ),
    )

    def clean(self):
        data = super().clean()
        pin, again = data.get("pin"), data.get("pin_again")
        if pin and again:
            try:
                same = normalise_pin(pin) == normalise_pin(again)
            except forms.ValidationError:
                same = True  # the PIN's own error is reported by the service
            if not same:
                self.add_error("pin_again", _("The two PINs are not the same."))
        return data


class PhoneForm(forms.Form):
    phone = forms.CharField(
        label=_("Mobile number"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"inputmode": "tel", "autocomplete": "tel", "autofocus": True}
        ),
    )

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])


class PinForm(forms.Form):
    pin = forms.CharField(
        label=_("PIN"),
        max_length=12,
        widget=forms.PasswordInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "current-password",
                "autofocus": True,
            }
        ),
    )

    def clean_pin(self):
        return normalise_pin(self.cleaned_data["pin"])
