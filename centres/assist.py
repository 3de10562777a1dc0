"""Assisted sessions: an operator signs a learner in on the centre's shared PC.

Kolibri-style: the operator picks a learner of their own centre and the PC
becomes that learner's session without the learner's PIN. The operator's own
sign-in is parked in the session as three values (operator id, start time and
an HMAC binding both to the learner), so that:

- the session lasts only while the operator could still act for the learner
  (still active, still an operator of the learner's centre, same password) and
  at most ``ASSISTED_SESSION_MAX_MINUTES``;
- nobody can turn an ordinary learner session into an operator's by editing
  session values: the HMAC is keyed by ``SECRET_KEY``;
- ending it signs the operator back in, and every start and end is audited.

The checks run on every request in ``centres.middleware``.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from . import policies
from .audit import audit_record
from .models import AuditEvent, LearnerProfile
from .selectors import learner_profile_for_user

BACKEND = "django.contrib.auth.backends.ModelBackend"
KEY_SALT = "centres.assist.AssistedSession"
SESSION_OPERATOR = "assist_operator"
SESSION_STARTED = "assist_started"
SESSION_SIGNATURE = "assist_signature"
SESSION_KEYS = (SESSION_OPERATOR, SESSION_STARTED, SESSION_SIGNATURE)


@dataclass(frozen=True)
class AssistedSession:
    """An open assisted session: who sits at the PC for whom, since when."""

    operator: AbstractBaseUser
    learner: LearnerProfile
    started_at: datetime
    expires_at: datetime

    @property
    def operator_name(self) -> str:
        return self.operator.get_full_name() or self.operator.get_username()


def max_minutes() -> int:
    return getattr(settings, "ASSISTED_SESSION_MAX_MINUTES", 120)


def _signature(*, operator, learner_user_id: int, started: int) -> str:
    """HMAC over the operator, the learner's account and the start time.

    The operator's session hash (from their password hash) is part of the
    value, so changing the operator's password ends their assisted sessions,
    as it ends their other sessions.
    """
    value = (
        f"{operator.pk}:{learner_user_id}:{started}:{operator.get_session_auth_hash()}"
    )
    return salted_hmac(KEY_SALT, value, algorithm="sha256").hexdigest()


def assisted_session_present(request) -> bool:
    """Does the session claim to be an assisted one (valid or not)?"""
    return any(key in request.session for key in SESSION_KEYS)


def assisted_session_check(request) -> tuple[AssistedSession | None, str]:
    """The open assisted session, or None and why it may not go on.

    :returns: ``(state, "")`` when valid; ``(None, reason)`` otherwise, with
        reason one of ``"absent"``, ``"invalid"``, ``"expired"``,
        ``"operator"`` (the operator may no longer act for the learner).
    """
    if not assisted_session_present(request):
        return None, "absent"
    session = request.session
    try:
        operator_id = int(session.get(SESSION_OPERATOR))
        started = int(session.get(SESSION_STARTED))
        signature = str(session.get(SESSION_SIGNATURE))
    except (TypeError, ValueError):
        return None, "invalid"
    user = request.user
    if not user.is_authenticated:
        return None, "invalid"
    learner = learner_profile_for_user(user=user)
    operator = get_user_model().objects.filter(pk=operator_id).first()
    if learner is None or operator is None:
        return None, "invalid"
    expected = _signature(operator=operator, learner_user_id=user.pk, started=started)
    if not constant_time_compare(signature, expected):
        return None, "invalid"
    started_at = datetime.fromtimestamp(started, tz=UTC)
    expires_at = started_at + timedelta(minutes=max_minutes())
    if timezone.now() >= expires_at:
        return None, "expired"
    if not policies.may_act_for(operator, learner):
        return None, "operator"
    return (
        AssistedSession(
            operator=operator,
            learner=learner,
            started_at=started_at,
            expires_at=expires_at,
        ),
        "",
    )


def assisted_session_state(request) -> AssistedSession | None:
    """The open assisted session, or None (none open, or no longer valid)."""
    state, _reason = assisted_session_check(request)
    return state


def assisted_session_start(*, request, operator, learner: LearnerProfile):
    """Sign ``learner`` in on this PC for ``operator``, without the PIN.

    :returns: the new :class:`AssistedSession`.
    :raises PermissionDenied: when ``operator`` may not act for ``learner``.
    :raises ValidationError: when the learner's account is switched off, or an
        assisted session is already open on this PC (end it first).
    """
    if not policies.may_act_for(operator, learner):
        raise PermissionDenied
    if not learner.user.is_active:
        raise ValidationError(_("This learner's account is switched off."))
    if assisted_session_present(request):
        raise ValidationError(_("A session is already open. End it first."))
    with transaction.atomic():
        audit_record(
            actor=operator, action=AuditEvent.Action.SWITCH_IN, learner=learner
        )
        # A different user: login() empties the operator's session first.
        login(request, learner.user, backend=BACKEND)
        started = int(timezone.now().timestamp())
        request.session[SESSION_OPERATOR] = operator.pk
        request.session[SESSION_STARTED] = started
        request.session[SESSION_SIGNATURE] = _signature(
            operator=operator, learner_user_id=learner.user_id, started=started
        )
    started_at = datetime.fromtimestamp(started, tz=UTC)
    return AssistedSession(
        operator=operator,
        learner=learner,
        started_at=started_at,
        expires_at=started_at + timedelta(minutes=max_minutes()),
    )


def _minutes_since(started_at: datetime) -> int:
    return int((timezone.now() - started_at).total_seconds() // 60)


def assisted_session_end(*, request):
    """End the assisted session and sign the operator back in.

    :returns: the operator's user; None when there was no valid session to end,
        in which case nobody is signed in afterwards.
    """
    state, reason = assisted_session_check(request)
    if state is None:
        if reason != "absent":
            assisted_session_expire(request=request, reason=reason)
        return None
    with transaction.atomic():
        audit_record(
            actor=state.operator,
            action=AuditEvent.Action.SWITCH_OUT,
            learner=state.learner,
            minutes=_minutes_since(state.started_at),
        )
        # The learner's session, with the parked values, is emptied here.
        login(request, state.operator, backend=BACKEND)
    return state.operator


def assisted_session_expire(*, request, reason: str) -> None:
    """End an assisted session that may not go on: nobody stays signed in.

    The end is audited for the learner, against the operator only when the
    session's signature shows who the operator was.
    """
    learner = learner_profile_for_user(user=request.user)
    actor = None
    if reason in ("expired", "operator"):
        actor = (
            get_user_model()
            .objects.filter(pk=request.session.get(SESSION_OPERATOR))
            .first()
        )
    with transaction.atomic():
        if learner is not None:
            audit_record(
                actor=actor,
                action=AuditEvent.Action.SWITCH_OUT,
                learner=learner,
                reason=reason,
            )
        logout(request)
