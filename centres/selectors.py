"""Reads about places and learners."""

from django.db.models import QuerySet

from .models import District, LearnerProfile


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
