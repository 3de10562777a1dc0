"""Assisted sessions: checks on every request while an operator acts for a
learner (see ``centres.assist``).

- A session that may not go on (bad signature, too old, operator switched off
  or no longer at the learner's centre) is ended: nobody stays signed in.
- While one is open, the learner at the PC cannot reach the operator's desk
  or the admin: only the page that ends the session.
- ``request.assisted_session`` holds the open session (or None) for the
  banner in ``base.html``.
"""

from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext_lazy as _

from . import assist

# Paths (without the language prefix) the assisted learner may not open; the
# assisted-session pages themselves stay open so the session can be ended.
BLOCKED_PREFIXES = ("/centre/", "/cms/", "/django-admin/")
ALLOWED_PREFIXES = ("/centre/session/",)

ENDED_MESSAGES = {
    "expired": _(
        "The assisted session was open too long and has ended. Please sign in again."
    ),
    "operator": _(
        "The assisted session has ended: the operator may no longer help this "
        "learner. Please sign in again."
    ),
    "invalid": _("The assisted session has ended. Please sign in again."),
}


def _without_language(path: str) -> str:
    language = get_language_from_path(path)
    if language and path.startswith(f"/{language}/"):
        return path[len(language) + 1 :]
    return path


def is_blocked_path(path: str) -> bool:
    path = _without_language(path)
    if path.startswith(ALLOWED_PREFIXES):
        return False
    return path.startswith(BLOCKED_PREFIXES)


class AssistedSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.assisted_session = None
        if assist.assisted_session_present(request):
            state, reason = assist.assisted_session_check(request)
            if state is None:
                assist.assisted_session_expire(request=request, reason=reason)
                messages.warning(request, ENDED_MESSAGES[reason])
            else:
                request.assisted_session = state
                if is_blocked_path(request.path_info):
                    return render(
                        request,
                        "centres/assist/blocked.html",
                        {"assisted": state},
                        status=403,
                    )
        return self.get_response(request)
