"""Thin views with the learner's session: xAPI statements and saved state (the
player and its files, reached without the session: ``h5p.player_views``)."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .models import H5PActivity, H5PUserState
from .selectors import may_load
from .validation import UnsafeJSON, load_json


def _allowed(request, activity) -> bool:
    # A player sends many statements and states; check enrolment once a while.
    key = f"h5p-access:{request.user.pk}:{activity.pk}:{activity.current_version_id}"
    allowed = cache.get(key)
    if allowed is None:
        allowed = may_load(user=request.user, activity=activity)
        cache.set(key, allowed, 300)
    return allowed


def _capped_body(request, setting: str) -> bytes | None:
    """The request body, or None when it is over the limit in ``setting``.

    Refused on the declared length before reading, and never more than the
    limit read, so an oversized body costs neither memory nor parsing.
    """
    limit = int(getattr(settings, setting, 64 * 1024))
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return None
    body = request.read(limit + 1)
    return None if len(body) > limit else body


@require_POST
def xapi(request, activity_id):
    """Receive an xAPI statement; the actor is whoever is signed in."""
    activity = get_object_or_404(H5PActivity, pk=activity_id)
    if not request.user.is_authenticated or not _allowed(request, activity):
        return JsonResponse({"error": _("Not allowed.")}, status=403)
    body = _capped_body(request, "H5P_MAX_STATEMENT_BYTES")
    if body is None:
        return JsonResponse({"error": _("The statement is too large.")}, status=413)
    try:
        statement = load_json(body.decode("utf-8"))
    except UnsafeJSON as error:
        message = (
            _("The statement is nested too deeply.")
            if error.reason == "depth"
            else _("The statement contains NaN or Infinity, which JSON does not allow.")
        )
        return JsonResponse({"error": message}, status=400)
    except ValueError:  # also a bad encoding
        return JsonResponse({"error": _("This is not an xAPI statement.")}, status=400)
    try:
        attempt = services.statement_record(
            user=request.user, activity=activity, statement=statement
        )
    except services.StatementError as error:
        return JsonResponse({"error": error.message}, status=error.status)
    return JsonResponse(
        {"stored": True, "attempt": attempt.pk if attempt else None}, status=200
    )


@require_http_methods(["GET", "POST"])
def state(request, activity_id):
    """The player's saved state for this learner (resume a half-done activity)."""
    activity = get_object_or_404(H5PActivity, pk=activity_id)
    if not request.user.is_authenticated or not _allowed(request, activity):
        return JsonResponse({"error": _("Not allowed.")}, status=403)
    if request.method == "GET":
        saved = H5PUserState.objects.filter(
            user=request.user, activity=activity
        ).first()
        return HttpResponse(saved.data if saved else "", content_type="text/plain")
    body = _capped_body(request, "H5P_MAX_STATE_BYTES")
    if body is None:
        return JsonResponse(
            {"error": _("The saved progress is too large.")}, status=413
        )
    try:
        services.state_save(
            user=request.user,
            activity=activity,
            data=body.decode("utf-8"),
        )
    except (UnicodeDecodeError, services.StatementError) as error:
        status = getattr(error, "status", 400)
        return JsonResponse({"error": getattr(error, "message", "")}, status=status)
    return JsonResponse({"saved": True})
