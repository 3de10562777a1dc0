"""Writes about learners: registration, by themselves or at a centre, and imports."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from elearn.formatting import localise_digits

from . import imports, policies, selectors
from .audit import audit_record
from .models import AuditEvent, Centre, District, LearnerProfile, Upazila
from .validation import (
    normalise_name,
    normalise_nickname,
    normalise_phone,
    normalise_pin,
)

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
    centre: Centre | None = None,
    registered_by=None,
    upazila: Upazila | None = None,
    nickname: str = "",
) -> LearnerProfile:
    """Create a learner and the user account behind it.

    The PIN is hashed like a password. The account's username is random and
    never shown: learners sign in by number, profile and PIN. ``centre`` and
    ``registered_by`` are set when an operator registers someone at a centre.

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
        nickname = normalise_nickname(nickname)
    except ValidationError as error:
        errors["nickname"] = error
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
    if upazila is not None and upazila.district_id != district.pk:
        errors["upazila"] = ValidationError(_("This upazila is in another district."))
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
                nickname=nickname,
                phone=phone,
                gender=gender,
                district=district,
                learner_type=learner_type,
                centre=centre,
                registered_by=registered_by,
                upazila=upazila,
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


def _check_operates(*, operator, centre: Centre) -> None:
    if not policies.operator_centres(operator).filter(pk=centre.pk).exists():
        raise PermissionDenied


@transaction.atomic
def learner_register_at_centre(
    *,
    operator,
    centre: Centre,
    full_name: str,
    phone: str,
    pin: str,
    gender: str,
    learner_type: str,
    district: District | None = None,
    nickname: str = "",
) -> LearnerProfile:
    """An operator registers a learner at one of their centres; audited.

    Validation is registration's own (:func:`learner_register`); the district
    defaults to the centre's.

    :raises PermissionDenied: if ``operator`` does not work for ``centre``.
    :raises ValidationError: as :func:`learner_register`; nothing is written.
    """
    _check_operates(operator=operator, centre=centre)
    profile = learner_register(
        full_name=full_name,
        nickname=nickname,
        phone=phone,
        pin=pin,
        gender=gender,
        district=district or centre.district,
        learner_type=learner_type,
        centre=centre,
        registered_by=operator,
    )
    audit_record(
        actor=operator,
        action=AuditEvent.Action.REGISTER,
        centre=centre,
        learner=profile,
    )
    return profile


def learners_import_check(*, centre: Centre, rows) -> imports.Preview:
    """Check an uploaded file's rows against registration's rules and the database.

    :param rows: ``(line, values)`` pairs from :func:`centres.imports.read_upload`.
    """
    return imports.validate_rows(
        rows,
        districts=selectors.district_names(),
        default_district_id=centre.district_id,
        registered=selectors.names_on_phones(phones=imports.phones_of(rows)),
        max_profiles=MAX_PROFILES_PER_PHONE,
    )


@transaction.atomic
def learners_import(
    *, operator, centre: Centre, rows, passwords
) -> list[LearnerProfile]:
    """Register every learner of a checked file at ``centre``, or nobody.

    The rows are checked again here, inside the transaction, because the
    database may have changed since the preview. One IMPORT audit event
    records the count and the new learners.

    :param rows: ``(line, values)`` pairs, as the preview checked them.
    :param passwords: per row, a hashed PIN or None (an unusable password:
        the learner starts in an assisted session and sets a PIN there).
    :raises PermissionDenied: if ``operator`` does not work for ``centre``.
    :raises ValidationError: with a message per problem; nothing is written.
    """
    _check_operates(operator=operator, centre=centre)
    if len(rows) != len(passwords):
        raise ValueError("one password (or None) per row")
    preview = learners_import_check(centre=centre, rows=rows)
    if not preview.ok:
        problems = list(preview.errors)
        for row in preview.rows:
            problems += [
                _("Row %(line)s: %(error)s")
                % {"line": localise_digits(row.line, get_language()), "error": error}
                for error in row.errors
            ]
        raise ValidationError(problems or [_("The file has no learners.")])

    User = get_user_model()
    users = [
        User(
            username=f"learner-{uuid.uuid4().hex[:16]}",
            password=password or make_password(None),
        )
        for password in passwords
    ]
    profiles = []
    try:
        with transaction.atomic():
            User.objects.bulk_create(users)
            if any(user.pk is None for user in users):  # databases without RETURNING
                ids = dict(
                    User.objects.filter(
                        username__in=[u.username for u in users]
                    ).values_list("username", "pk")
                )
                for user in users:
                    user.pk = ids[user.username]
            profiles = LearnerProfile.objects.bulk_create(
                [
                    LearnerProfile(
                        user=user,
                        centre=centre,
                        registered_by=operator,
                        **row.cleaned,
                    )
                    for user, row in zip(users, preview.rows, strict=True)
                ]
            )
    except IntegrityError as error:
        # Someone registered one of these people while the file was imported.
        raise ValidationError(
            _("Someone with this name is already registered on this number.")
        ) from error
    if any(profile.pk is None for profile in profiles):
        profiles = list(
            LearnerProfile.objects.filter(user__in=users).order_by("user_id")
        )
    audit_record(
        actor=operator,
        action=AuditEvent.Action.IMPORT,
        centre=centre,
        rows=len(profiles),
        learners=[profile.pk for profile in profiles],
    )
    return profiles
