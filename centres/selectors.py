"""Reads about places and learners."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db.models import Count, QuerySet

from . import policies
from .models import Centre, District, LearnerProfile
from .validation import ascii_digits, normalise_phone


def districts_for_choice() -> QuerySet[District]:
    """Return every district with its division, ordered for a select box."""
    return District.objects.select_related("division").order_by("name_en")


def profiles_for_phone(*, phone: str) -> QuerySet[LearnerProfile]:
    """Return the active learner profiles registered on a normalised number."""
    return LearnerProfile.objects.filter(phone=phone, user__is_active=True).order_by(
        "created_at"
    )


def learner_profile_for_user(*, user) -> LearnerProfile | None:
    """Return the user's learner profile, or None for staff and anonymous users."""
    if not user.is_authenticated:
        return None
    try:
        return user.learner
    except LearnerProfile.DoesNotExist:
        return None


def district_names() -> list[tuple[int, str, str]]:
    """Return ``(pk, name_en, name_bn)`` of every district, to read names in a file."""
    return list(District.objects.values_list("pk", "name_en", "name_bn"))


def names_on_phones(*, phones) -> dict[str, list[str]]:
    """Return the names already registered on each of ``phones`` (normalised)."""
    names: dict[str, list[str]] = {}
    rows = LearnerProfile.objects.filter(phone__in=list(phones)).values_list(
        "phone", "full_name"
    )
    for phone, full_name in rows:
        names.setdefault(phone, []).append(full_name)
    return names


def desk_centres(*, user) -> QuerySet[Centre]:
    """Return the centres ``user`` operates, with their number of learners."""
    return (
        policies.operator_centres(user)
        .select_related("district")
        .annotate(learner_count=Count("learners", distinct=True))
        .order_by("name_en")
    )


def _phone_digits(query: str) -> str | None:
    """The digits of a (part of a) mobile number, or None if ``query`` is a name."""
    text = re.sub(r"[\s\-()]", "", ascii_digits(query))
    if not re.fullmatch(r"\+?\d{3,}", text):
        return None
    try:
        return normalise_phone(text)
    except ValidationError:
        return text.lstrip("+")


def desk_learners(*, user, query: str = "", centre: Centre | None = None):
    """Return the learners ``user`` may see, newest first, for the desk's list.

    :param query: part of a name (any script), or part of a mobile number in
        any form (০১৭১১..., +880 1711..., 1711...).
    :param centre: only this centre's learners.

    Each learner carries ``courses_enrolled`` and ``courses_completed``, counted
    in SQL through the user's enrolments and completions. They are named, not
    imported: ``courses`` depends on ``centres``, not the other way round.
    """
    learners = policies.learners_for(user)
    if centre is not None:
        learners = learners.filter(centre=centre)
    query = " ".join(unicodedata.normalize("NFC", query or "").split())
    if query:
        digits = _phone_digits(query)
        if digits is None:
            learners = learners.filter(full_name__icontains=query)
        elif digits.startswith("+880"):
            learners = learners.filter(phone=digits)
        else:
            learners = learners.filter(phone__contains=digits)
    return (
        learners.select_related("centre", "district")
        .annotate(
            courses_enrolled=Count("user__enrollments", distinct=True),
            courses_completed=Count("user__completions", distinct=True),
        )
        .order_by("-created_at", "-pk")
    )


def learner_course_counts(*, learner: LearnerProfile) -> dict[str, int]:
    """Return how many courses ``learner`` enrolled in and completed."""
    return LearnerProfile.objects.filter(pk=learner.pk).aggregate(
        courses_enrolled=Count("user__enrollments", distinct=True),
        courses_completed=Count("user__completions", distinct=True),
    )
