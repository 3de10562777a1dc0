"""Writes for H5P: recording xAPI results and saved state (installing a package
is ``h5p.install``)."""

import logging
import uuid
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from courses.services import course_evaluate_completion

from .models import (
    H5PActivity,
    H5PAttempt,
    H5PStatement,
    H5PUserState,
)

logger = logging.getLogger(__name__)

# Verbs H5P content sends; anything else is refused.
KNOWN_VERBS = {
    f"http://adlnet.gov/expapi/verbs/{verb}"
    for verb in (
        "answered",
        "completed",
        "attempted",
        "interacted",
        "experienced",
        "passed",
        "failed",
        "progressed",
        "suspended",
        "resumed",
        "scored",
    )
}
SCORING_VERBS = {
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/completed",
}
CONTENT_ID_EXTENSION = "http://h5p.org/x-api/h5p-local-content-id"
SUBCONTENT_ID_EXTENSION = "http://h5p.org/x-api/h5p-subContentId"


class StatementError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


# H5P rounds the scaled score it sends to 4 places; a larger gap from raw/max
# is a forged or broken score.
SCALED_TOLERANCE = Decimal("0.001")
# Every string kept from a statement is cut to this; ids and ISO durations fit.
STATEMENT_TEXT_CHARS = 200


def _decimal(value, field: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError) as error:
        raise StatementError(_("The score is not a number.")) from error
    if not number.is_finite():
        raise StatementError(_("The score is not a number."))
    # Beyond what H5PAttempt stores (10 digits, 2 places); adjusted() is the
    # exponent, read without arithmetic that could overflow.
    if number.adjusted() >= 8:
        raise StatementError(_("The score is outside its own range."))
    return number


def _mapping(value) -> dict:
    """A part of the statement that should be an object; anything else is empty,
    so a forged shape is refused with a 400 rather than crashing."""
    return value if isinstance(value, dict) else {}


def _kept(source: dict, keys: tuple) -> dict:
    """The ``keys`` of ``source`` that hold a short scalar, strings cut short."""
    kept = {}
    for key in keys:
        value = source.get(key)
        if isinstance(value, str):
            kept[key] = value[:STATEMENT_TEXT_CHARS]
        elif isinstance(value, bool) or (
            isinstance(value, int | float) and abs(value) < 1e15  # False for NaN
        ):
            kept[key] = value
    return kept


def _pruned(statement: dict) -> dict:
    """The bounded copy of a statement that is stored: what the product reads.

    The actor is never trusted and context or definitions can be megabytes, so
    only the id, verb, object id and H5P's content ids, the result and the
    timestamp are kept.
    """
    target = _mapping(statement.get("object"))
    extensions = _mapping(_mapping(target.get("definition")).get("extensions"))
    pruned = _kept(statement, ("id", "timestamp"))
    pruned["verb"] = _kept(_mapping(statement.get("verb")), ("id",))
    pruned["object"] = {
        **_kept(target, ("id",)),
        "definition": {
            "extensions": _kept(
                extensions, (CONTENT_ID_EXTENSION, SUBCONTENT_ID_EXTENSION)
            )
        },
    }
    if "result" in statement:
        result = _mapping(statement["result"])
        pruned["result"] = _kept(result, ("success", "completion", "duration"))
        if "score" in result:
            pruned["result"]["score"] = _kept(
                _mapping(result["score"]), ("raw", "min", "max", "scaled")
            )
    return pruned


def check_statement(statement, *, activity: H5PActivity) -> dict | None:
    """Validate a statement's shape; return its score, or None if it scores nothing.

    The scaled score is always computed here from raw, min and max; a sent
    ``scaled`` that disagrees is forged. A score without raw and max is refused
    too, even with a ``scaled``: nothing could check it, and H5P content always
    sends all of them.

    :raises StatementError: 400 for anything malformed or forged.
    """
    if not isinstance(statement, dict):
        raise StatementError(_("This is not an xAPI statement."))
    try:
        statement_id = uuid.UUID(str(statement.get("id")))
    except ValueError as error:
        raise StatementError(_("The statement has no valid id.")) from error
    verb = _mapping(statement.get("verb")).get("id")
    if not isinstance(verb, str) or verb not in KNOWN_VERBS:
        raise StatementError(_("Unknown xAPI verb."))
    target = _mapping(statement.get("object"))
    extensions = _mapping(_mapping(target.get("definition")).get("extensions"))
    if str(extensions.get(CONTENT_ID_EXTENSION)) != str(activity.pk):
        raise StatementError(_("This statement is about another activity."))
    result = _mapping(statement.get("result"))
    score = result.get("score")
    top_level = SUBCONTENT_ID_EXTENSION not in extensions and "subContentId" not in str(
        target.get("id", "")
    )
    checked = {"id": statement_id, "verb": verb, "top_level": top_level}
    if score is None:
        return checked
    if not isinstance(score, dict):
        raise StatementError(_("The score is not a number."))
    if "raw" not in score or "max" not in score:
        raise StatementError(
            _(
                "A score needs its raw and maximum values; a scaled score alone "
                "cannot be checked."
            )
        )
    raw = _decimal(score.get("raw"), "raw")
    low = _decimal(score.get("min", 0), "min")
    high = _decimal(score.get("max"), "max")
    if high <= low or not low <= raw <= high:
        raise StatementError(_("The score is outside its own range."))
    scaled = (raw - low) / (high - low)
    if "scaled" in score:
        sent = _decimal(score["scaled"], "scaled")
        if not 0 <= sent <= 1:
            raise StatementError(_("The scaled score must be between 0 and 1."))
        if abs(sent - scaled) > SCALED_TOLERANCE:
            raise StatementError(
                _("The scaled score does not match the raw and maximum scores.")
            )
    checked.update(
        raw=raw,
        min=low,
        max=high,
        scaled=scaled.quantize(Decimal("0.0001")),
        success=result.get("success"),
        completion=result.get("completion"),
        duration=str(result.get("duration", ""))[:40],
    )
    return checked


def statement_record(*, user, activity: H5PActivity, statement) -> H5PAttempt | None:
    """Store a statement sent by the player for ``user`` (from the session).

    The actor in the statement is ignored, and only a pruned, bounded copy of
    the statement is kept. A statement id seen before is a
    no-op. Only a scored top-level ``answered``/``completed`` statement makes
    an attempt; a container's child questions never do.

    :returns: the attempt made, or None.
    :raises StatementError: for a forged or malformed statement; nothing stored.
    """
    checked = check_statement(statement, activity=activity)
    with transaction.atomic():
        if H5PStatement.objects.filter(statement_id=checked["id"]).exists():
            return None
        try:
            with transaction.atomic():
                stored = H5PStatement.objects.create(
                    statement_id=checked["id"],
                    user=user,
                    activity=activity,
                    verb=checked["verb"],
                    raw=_pruned(statement),
                )
        except IntegrityError:
            return None  # the same statement, resent at the same moment
        if not (
            checked["top_level"]
            and checked["verb"] in SCORING_VERBS
            and "raw" in checked
        ):
            return None
        attempt = H5PAttempt.objects.create(
            user=user,
            activity=activity,
            version_id=activity.current_version_id,
            statement=stored,
            score_raw=checked["raw"],
            score_min=checked["min"],
            score_max=checked["max"],
            scaled=checked["scaled"],
            success=checked["success"]
            if isinstance(checked["success"], bool)
            else None,
            completion=checked["completion"]
            if isinstance(checked["completion"], bool)
            else None,
            duration=checked["duration"],
        )
        if attempt.scaled >= activity.pass_mark:
            from .selectors import courses_using

            for course in courses_using(activity=activity):
                course_evaluate_completion(user=user, course=course)
        return attempt


def state_save(*, user, activity: H5PActivity, data: str) -> None:
    limit = int(getattr(settings, "H5P_MAX_STATE_BYTES", 64 * 1024))
    if len(data.encode("utf-8")) > limit:
        raise StatementError(_("The saved progress is too large."), status=413)
    H5PUserState.objects.update_or_create(
        user=user, activity=activity, defaults={"data": data}
    )
