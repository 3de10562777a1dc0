"""Assisted sessions on the shared PC: start for a learner, end and return.

Thin views over ``centres.assist``; the middleware keeps the session honest
on every request in between.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import assist, policies


def desk_learner_url(learner_pk: int) -> str:
    """The operator desk's page for the learner, or the desk's home."""
    for name in ("desk:learner", "desk:learner_detail"):
        try:
            return reverse(name, args=[learner_pk])
        except NoReverseMatch:
            continue
    try:
        return reverse("desk:home")
    except NoReverseMatch:
        # No desk yet: its root, with the active language's prefix.
        return reverse("assist:end").removesuffix("session/end/")


def desk_sign_in_url() -> str:
    try:
        return reverse("desk:sign_in")
    except NoReverseMatch:
        return reverse(settings.LOGIN_URL)


def start(request, learner_pk: int):
    """GET: confirm whose session to open; POST: open it."""
    open_session = getattr(request, "assisted_session", None)
    if open_session is not None:
        # A second tap on "start", or the learner wandering back: no new session.
        messages.info(
            request,
            _("You are already in %(name)s's session. End it first.")
            % {"name": open_session.learner.full_name},
        )
        return redirect("home")
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), login_url=desk_sign_in_url())
    if not policies.is_operator(request.user):
        raise PermissionDenied
    learner = policies.learner_for(request.user, learner_pk)
    if not policies.may_act_for(request.user, learner):
        raise Http404
    if request.method == "POST":
        try:
            assist.assisted_session_start(
                request=request, operator=request.user, learner=learner
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(desk_learner_url(learner.pk))
        messages.success(
            request,
            _("%(name)s is signed in on this computer.") % {"name": learner.full_name},
        )
        return redirect("home")
    return render(
        request,
        "centres/assist/start.html",
        {
            "learner": learner,
            "max_minutes": assist.max_minutes(),
            "back_url": desk_learner_url(learner.pk),
        },
    )


@require_POST
def end(request):
    """End the assisted session: the operator is signed in again."""
    open_session = getattr(request, "assisted_session", None)
    if open_session is None:
        # None open, or the middleware has just ended one that could not go
        # on (and said so): nobody is switched back.
        if request.user.is_authenticated:
            messages.info(request, _("No assisted session is open."))
        return redirect("home")
    operator = assist.assisted_session_end(request=request)
    if operator is None:  # pragma: no cover - changed since the middleware looked
        return redirect("home")
    messages.success(
        request,
        _("%(name)s's session has ended. You are signed in again.")
        % {"name": open_session.learner.full_name},
    )
    return redirect(desk_learner_url(open_session.learner.pk))
