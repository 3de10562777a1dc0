"""Demo centres and operators for a developer's machine (``seed_demo``).

Three Union Digital Centres in the pilot districts, each placed in its upazila
and union when ``load_places`` has loaded them (left empty otherwise), the
programme staff's rights over centres, operators and the audit log, and, only
when asked (DEBUG), two operator sign-ins and the demo learners' centre.
Idempotent: centres are matched by district, kind and English name; accounts
by username.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .models import Centre, CentreOperator, District, LearnerProfile, Union, Upazila

# Spelt like courses.demo.loader.STAFF_GROUP; centres may not import courses.
STAFF_GROUP = "Programme staff"
STAFF_PERMISSIONS = (
    "view_learnerprofile",
    "view_auditevent",
    "add_centre",
    "change_centre",
    "view_centre",
    "add_centreoperator",
    "change_centreoperator",
    "view_centreoperator",
    "delete_centreoperator",  # removing a membership is how an operator is stopped
)

# district (as the places data spells it), upazila, union, English, Bangla
CENTRES = [
    (
        "Tangail",
        "Tangail Sadar",
        "Karatia",
        "Tangail Sadar UDC",
        "টাঙ্গাইল সদর ইউডিসি",
    ),
    (
        "Narsingdi",
        "Narsingdi Sadar",
        "Karimpur",
        "Narsingdi Sadar UDC",
        "নরসিংদী সদর ইউডিসি",
    ),
    (
        "Sirajganj",
        "Sirajganj Sadar",
        "Soydabad",
        "Sirajganj Sadar UDC",
        "সিরাজগঞ্জ সদর ইউডিসি",
    ),
]
# username, password, first name, last name, the centre's English name
OPERATORS = [
    ("udc", "udc-demo-2026", "সালমা", "বেগম", "Tangail Sadar UDC"),
    ("udc2", "udc2-demo-2026", "জাহিদ", "হাসান", "Narsingdi Sadar UDC"),
]
DEMO_LEARNER_PHONE = "+8801711000001"  # courses.demo.accounts.LEARNER_PHONE


def ensure_centres() -> dict[str, Centre]:
    """The demo UDCs by English name, placed as precisely as the data allows."""
    centres = {}
    for district_name, upazila_name, union_name, name_en, name_bn in CENTRES:
        district = District.objects.get(name_en=district_name)
        upazila = Upazila.objects.filter(
            district=district, name_en=upazila_name
        ).first()
        union = (
            Union.objects.filter(upazila=upazila, name_en=union_name).first()
            if upazila
            else None
        )
        centre, created = Centre.objects.get_or_create(
            district=district,
            kind=Centre.Kind.UDC,
            name_en=name_en,
            defaults={"name_bn": name_bn, "upazila": upazila, "union": union},
        )
        if not created and centre.upazila_id is None and upazila is not None:
            # Places loaded after an earlier run: fill in what was missing.
            centre.upazila, centre.union = upazila, union
            centre.save(update_fields=["upazila", "union"])
        centres[name_en] = centre
    return centres


def ensure_staff_permissions() -> None:
    group, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="centres", codename__in=STAFF_PERMISSIONS
        )
    )


def ensure_operators(centres: dict[str, Centre]) -> list[str]:
    user_model = get_user_model()
    lines = []
    for username, password, first_name, last_name, centre_name in OPERATORS:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(
                username=username, first_name=first_name, last_name=last_name
            )
            user.set_password(password)
            user.save()
        centre = centres[centre_name]
        CentreOperator.objects.get_or_create(user=user, centre=centre)
        lines.append(
            f"operator of {centre.name_en}: {username} / {password} at /centre/sign-in/"
        )
    return lines


@transaction.atomic
def seed_centres(*, with_accounts: bool) -> list[str]:
    """Create the demo centres and rights; return lines describing sign-ins."""
    centres = ensure_centres()
    ensure_staff_permissions()
    # The demo learners (created with the demo accounts) learn at Tangail.
    LearnerProfile.objects.filter(phone=DEMO_LEARNER_PHONE, centre__isnull=True).update(
        centre=centres["Tangail Sadar UDC"]
    )
    if not with_accounts:
        return []
    return ensure_operators(centres)
