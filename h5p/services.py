"""Writes for H5P: installing a checked package, recording xAPI results, state."""

import logging
import uuid
import zipfile
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from courses.services import course_evaluate_completion

from .models import (
    H5PActivity,
    H5PAttempt,
    H5PLibrary,
    H5PPackage,
    H5PStatement,
    H5PUserState,
)
from .validation import CheckedPackage, read_member

logger = logging.getLogger(__name__)

LIBRARIES_ROOT = "h5p/libraries"
CONTENT_ROOT = "h5p/content"
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


def _write(path: str, data: bytes) -> None:
    if default_storage.exists(path):
        default_storage.delete(path)
    saved = default_storage.save(path, ContentFile(data))
    if saved != path:  # pragma: no cover - storage renamed despite the delete
        raise OSError(f"storage saved {path} as {saved}")


@transaction.atomic
def package_install(
    *, activity: H5PActivity, upload, checked: CheckedPackage, user=None
) -> H5PPackage:
    """Store a checked package as the activity's new current version.

    Libraries already stored (same machine name and major.minor) are reused.
    Files go through Django's storage API, so S3-compatible storage works.
    """
    upload.seek(0)
    content_path = f"{CONTENT_ROOT}/{uuid.uuid4().hex}"
    written = []
    try:
        with zipfile.ZipFile(upload) as archive:
            libraries = []
            for library in checked.libraries.values():
                stored = H5PLibrary.objects.filter(
                    machine_name=library.machine_name,
                    major=library.major,
                    minor=library.minor,
                ).first()
                if stored is None:
                    prefix = f"{library.folder}/"
                    for name in archive.namelist():
                        if name.startswith(prefix) and not name.endswith("/"):
                            path = f"{LIBRARIES_ROOT}/{name}"
                            _write(path, read_member(archive, name))
                            written.append(path)
                    stored = H5PLibrary.objects.create(
                        machine_name=library.machine_name,
                        major=library.major,
                        minor=library.minor,
                        patch=library.patch,
                        folder=library.folder,
                    )
                libraries.append(stored)
            for name in checked.content_files:
                path = f"{content_path}/{name}"
                _write(path, read_member(archive, name))
                written.append(path)
        upload.seek(0)
        package = H5PPackage.objects.create(
            activity=activity,
            file=ContentFile(upload.read(), name="package.h5p"),
            content_path=content_path,
            main_library=checked.main_library,
            manifest=checked.manifest,
            uploaded_by=user if user and user.is_authenticated else None,
        )
    except Exception:
        for path in written:
            default_storage.delete(path)
        raise
    package.libraries.set(libraries)
    activity.current_version = package
    activity.save(update_fields=["current_version"])
    logger.info("H5P activity %s: new version %s", activity.pk, package.pk)
    return package


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


def check_statement(statement, *, activity: H5PActivity) -> dict | None:
    """Validate a statement's shape; return its score, or None if it scores nothing.

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
    raw = _decimal(score.get("raw"), "raw")
    low = _decimal(score.get("min", 0), "min")
    high = _decimal(score.get("max"), "max")
    if high <= low or not low <= raw <= high:
        raise StatementError(_("The score is outside its own range."))
    scaled = (
        _decimal(score["scaled"], "scaled")
        if "scaled" in score
        else (raw - low) / (high - low)
    )
    if not 0 <= scaled <= 1:
        raise StatementError(_("The scaled score must be between 0 and 1."))
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

    The actor in the statement is ignored. A statement id seen before is a
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
                    raw=statement,
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
