"""Writes about learners: registration."""

import uuid

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .models import District, LearnerProfile
from .validation import normalise_name, normalise_phone, normalise_pin

MAX_PROFILES_PER_PHONE = 10


@transaction.atomic
def learner_register(
    *,
    full_name: str,
    phone: str,
    pin: str,
    gender: str,
    district: District,
    learner_type: str,
) -> LearnerProfile:
    """Create a learner and the user account behind it.

    The PIN is hashed like a password. The account's username is random and
    never shown: learners sign in by number, profile and PIN.

    :returns: the new profile.
    :raises ValidationError: with a message per field when anything is invalid;
        nothing is written then.
    """
    errors = {}
    try:
        full_name = normalise_name(full_name)
    except ValidationError as error:
        errors["full_name"] = error
    try:
        phone = normalise_phone(phone)
    except ValidationError as error:
        errors["phone"] = error
    try:
        pin = normalise_pin(pin)
    except ValidationError as error:
        errors["pin"] = error
    if gender not in LearnerProfile.Gender.values:
        errors["gender"] = ValidationError(_("Choose a gender."))
    if learner_type not in LearnerProfile.LearnerType.values:
        errors["learner_type"] = ValidationError(_("Choose who you are."))
    if "phone" not in errors:
        on_phone = LearnerProfile.objects.filter(phone=phone)
        if "full_name" not in errors and on_phone.filter(full_name=full_name).exists():
            errors["full_name"] = ValidationError(
                _("Someone with this name is already registered on this number."),
                code="duplicate",
            )
        elif on_phone.count() >= MAX_PROFILES_PER_PHONE:
            errors["phone"] = ValidationError(
                _("This number already has the most profiles it can have."),
                code="too_many_profiles",
            )
    if errors:
        raise ValidationError(errors)

    user = get_user_model()(username=f"learner-{uuid.uuid4().hex[:16]}")
    user.set_password(pin)
    user.save()
    try:
        with transaction.atomic():
            return LearnerProfile.objects.create(
                user=user,
                full_name=full_name,
                phone=phone,
                gender=gender,
                district=district,
                learner_type=learner_type,
            )
    except IntegrityError as error:
        # Two registrations of the same name on one number at the same time.
        raise ValidationError(
            {
                "full_name": _(
                    "Someone with this name is already registered on this number."
                )
            }
        ) from error
