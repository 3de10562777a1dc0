"""How much guessing sign-in allows, beyond django-axes' lock on one profile.

A learner's PIN is 4 to 6 digits, so each profile locks after a few wrong
PINs (axes, by username). That alone lets one client walk through many
profiles a few guesses each, so wrong PINs are also counted per client
address and per mobile number. Whole UDCs share one address and families
share one number, so a wrong PIN that is followed by that profile signing in
from the same address is taken back: a centre full of learners with typos
never adds up, while guesses that never come right do. Nobody can take back
guesses against other profiles by signing in to their own.

Staff and operators sign in with a username and password; for them axes
counts the (address, account) pair, so a stranger's wrong passwords lock the
stranger's address out of that account, not the account's owner.
"""

from axes.helpers import get_client_username
from django.conf import settings
from django.http import HttpRequest

from elearn import ratelimit

from .models import LearnerProfile

ADDRESS = "signin-address"
PHONE = "signin-phone"
LOOKUP = "signin-lookup"


def lockout_parameters(request_or_attempt, credentials=None) -> list:
    """Axes' lockout parameters for one sign-in (``AXES_LOCKOUT_PARAMETERS``).

    A learner's account locks by itself: a wrong PIN from anywhere counts, and
    learners' usernames are random and never shown, so only the PIN step can
    name one. Every other account locks per (address, account).
    """
    if isinstance(request_or_attempt, HttpRequest):
        username = get_client_username(request_or_attempt, credentials)
    else:  # an AccessAttempt being reset or expired
        username = request_or_attempt.username
    if username and LearnerProfile.objects.filter(user__username=username).exists():
        return ["username"]
    return [["ip_address", "username"]]


def _limits(request, phone: str):
    address = ratelimit.client_address(request)
    return (
        (ADDRESS, address, settings.SIGN_IN_ADDRESS_FAILURE_LIMIT),
        (PHONE, phone, settings.SIGN_IN_PHONE_FAILURE_LIMIT),
    )


def pin_refusal(request, *, phone: str) -> str | None:
    """Return why no PIN may be tried now (``"address"`` or ``"phone"``), or None."""
    for scope, key, limit in _limits(request, phone):
        if ratelimit.count(scope=scope, key=key) >= limit:
            return "address" if scope == ADDRESS else "phone"
    return None


def pin_failed(request, *, phone: str, profile: LearnerProfile) -> None:
    """Count a wrong PIN against the address and the number, and note whose
    profile it was, so that profile's own sign-in can take it back."""
    window = settings.SIGN_IN_FAILURE_WINDOW_SECONDS
    for scope, key, _limit in _limits(request, phone):
        ratelimit.add(scope=scope, key=key, window=window)
        ratelimit.add(scope=scope, key=f"{key}:{profile.pk}", window=window)


def pin_succeeded(request, *, phone: str, profile: LearnerProfile) -> None:
    """Take back the wrong PINs this profile's owner typed before getting it right."""
    for scope, key, _limit in _limits(request, phone):
        own = f"{key}:{profile.pk}"
        ratelimit.take_back(
            scope=scope, key=key, amount=ratelimit.count(scope=scope, key=own)
        )
        ratelimit.forget(scope=scope, key=own)


def lookup_allowed(request) -> bool:
    """Count one look-up of a mobile number; False once the address has made
    too many in the window."""
    return ratelimit.hit(
        scope=LOOKUP,
        key=ratelimit.client_address(request),
        limit=settings.SIGN_IN_LOOKUP_LIMIT,
        window=settings.SIGN_IN_LOOKUP_WINDOW_SECONDS,
    )
