"""Recording what operators (and staff) did for learners."""

from .models import AuditEvent


def audit_record(
    *, actor, action: str, centre=None, learner=None, **detail
) -> AuditEvent:
    """Write one audit event; ``detail`` must be JSON-serialisable.

    Call it inside the same transaction as the action, so an action that rolls
    back leaves no trace and one that commits always has one.
    """
    if centre is None and learner is not None:
        centre = learner.centre
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        centre=centre,
        learner=learner,
        detail=detail,
    )
