"""Registration and sign-in for learners: number, then profile, then PIN."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from elearn.redirects import safe_next

from . import services, sign_in_limits
from .forms import PhoneForm, PinForm, RegistrationForm
from .models import LearnerProfile
from .selectors import profiles_for_phone
from .validation import local_phone

SESSION_PHONE = "signin_phone"


def register(request):
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            profile = services.learner_register(
                full_name=data["full_name"],
                nickname=data["nickname"],
                phone=data["phone"],
                pin=data["pin"],
                gender=data["gender"],
                district=data["district"],
                learner_type=data["learner_type"],
            )
        except ValidationError as error:
            for field, field_errors in error.message_dict.items():
                for message in field_errors:
                    form.add_error(field, message)
        else:
            login(
                request,
                profile.user,
                backend="django.contrib.auth.backends.ModelBackend",
            )
            messages.success(
                request, _("Welcome, %(name)s!") % {"name": profile.full_name}
            )
            return redirect("home")
    status = 400 if form.errors else 200
    return render(request, "centres/register.html", {"form": form}, status=status)


def _with_next(request, url: str) -> str:
    """``url``, carrying the request's ``next`` on if it stays on this site."""
    following = safe_next(request)
    return f"{url}?{urlencode({'next': following})}" if following else url


def sign_in(request):
    """Step 1: the mobile number."""
    form = PhoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Each number typed shows who is on it, so looking numbers up is
        # limited per address; the number already in the session is not.
        if not sign_in_limits.lookup_allowed(request):
            return render(
                request, "centres/sign_in_paused.html", {"reason": "lookup"}, status=429
            )
        request.session[SESSION_PHONE] = form.cleaned_data["phone"]
        return redirect(_with_next(request, reverse("centres:choose_profile")))
    status = 400 if form.errors else 200
    return render(request, "centres/sign_in.html", {"form": form}, status=status)


def choose_profile(request):
    """Step 2: which of the people on this number is signing in."""
    phone = request.session.get(SESSION_PHONE)
    if not phone:
        return redirect("centres:sign_in")
    profiles = list(profiles_for_phone(phone=phone))
    return render(
        request,
        "centres/choose_profile.html",
        {
            "profiles": profiles,
            "phone": local_phone(phone),
            "next": safe_next(request),
        },
    )


def enter_pin(request, profile_id):
    """Step 3: the chosen profile's PIN."""
    phone = request.session.get(SESSION_PHONE)
    if not phone:
        return redirect("centres:sign_in")
    # Only profiles on the number just typed, so ids cannot be walked.
    profile = get_object_or_404(
        LearnerProfile, pk=profile_id, phone=phone, user__is_active=True
    )
    form = PinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        refusal = sign_in_limits.pin_refusal(request, phone=phone)
        if refusal is not None:
            return render(
                request,
                "centres/sign_in_paused.html",
                {"reason": refusal, "profile": profile},
                status=429,
            )
        user = authenticate(
            request, username=profile.user.username, password=form.cleaned_data["pin"]
        )
        if user is None:
            # A locked profile's refusals count too: they are still guesses.
            sign_in_limits.pin_failed(request, phone=phone, profile=profile)
        if getattr(request, "axes_locked_out", False):
            return lockout_response(request, None, None, profile=profile)
        if user is not None:
            sign_in_limits.pin_succeeded(request, phone=phone, profile=profile)
            request.session.pop(SESSION_PHONE, None)
            login(request, user)
            return redirect(safe_next(request, reverse("home")))
        form.add_error("pin", _("That PIN is not right. Try again."))
    status = 400 if form.errors else 200
    return render(
        request,
        "centres/enter_pin.html",
        {"form": form, "profile": profile},
        status=status,
    )


def lockout_response(request, original_response, credentials, profile=None):
    """What a locked-out learner (or admin user) sees: a clear message, 429.

    Axes' middleware calls this without ``profile``; the credentials say whose
    PIN it was, so a learner still reads about PINs and staff about passwords.
    """
    if profile is None and credentials:
        profile = LearnerProfile.objects.filter(
            user__username=credentials.get("username") or ""
        ).first()
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "centres/locked_out.html",
        {"profile": profile, "cooloff_minutes": minutes},
        status=429,
    )


@require_POST
def sign_out(request):
    logout(request)
    return redirect("home")
