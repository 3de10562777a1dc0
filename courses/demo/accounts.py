"""Demo sign-ins for a developer's machine (created only when DEBUG is on)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from centres.models import District, LearnerProfile
from centres.services import learner_register
from centres.validation import local_phone

LEARNERS = [
    # Two people sharing one phone, as families do.
    {"full_name": "রহিমা খাতুন", "gender": "female", "learner_type": "family"},
    {"full_name": "আব্দুল করিম", "gender": "male", "learner_type": "returnee"},
]
LEARNER_PHONE = "+8801711000001"
LEARNER_PIN = "2580"
STAFF_USERS = [
    # username, password, group name or None for a superuser, description
    ("trainer", "trainer-demo-2026", "Trainers", "trainer (writes courses)"),
    (
        "staff",
        "staff-demo-2026",
        "Programme staff",
        "programme staff (reviews, publishes)",
    ),
    ("admin", "admin-demo-2026", None, "administrator"),
]


def ensure_demo_accounts(*, trainers, staff) -> list[str]:
    groups = {"Trainers": trainers, "Programme staff": staff}
    lines = []
    district = District.objects.get(name_en="Tangail")
    for learner in LEARNERS:
        exists = LearnerProfile.objects.filter(
            phone=LEARNER_PHONE, full_name=learner["full_name"]
        ).exists()
        if not exists:
            try:
                learner_register(
                    phone=LEARNER_PHONE, pin=LEARNER_PIN, district=district, **learner
                )
            except ValidationError as error:  # pragma: no cover - demo data is valid
                raise RuntimeError(error.messages) from error
    lines.append(
        f"learners: mobile {local_phone(LEARNER_PHONE)}, PIN {LEARNER_PIN} "
        f"({', '.join(learner['full_name'] for learner in LEARNERS)}) at /sign-in/"
    )
    user_model = get_user_model()
    for username, password, group, description in STAFF_USERS:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(username=username, is_staff=group is None)
            user.is_superuser = group is None
            user.set_password(password)
            user.save()
        if group:
            user.groups.add(groups[group])
        lines.append(f"{description}: {username} / {password} at /cms/")
    return lines
