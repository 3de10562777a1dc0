"""What the bench scripts share: Django set-up and a learner of their own."""

import logging
import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    """Set Django up against DATABASE_URL (or the seeded SQLite file), quietly."""
    sys.path.insert(0, str(PROJECT_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.local")
    import django

    django.setup()
    # Sign-ins, submits and completions log at INFO; a bench repeats them 100 times.
    for name in ("axes", "quizzes", "courses"):
        logging.getLogger(name).setLevel(logging.WARNING)


def bench_learner(course, *, phone: str, name: str, pin: str):
    """The bench's own learner, registered and enrolled like a real one."""
    from centres.models import District, LearnerProfile
    from centres.services import learner_register
    from courses.services import course_enrol

    profile = LearnerProfile.objects.filter(phone=phone, full_name=name).first()
    if profile is None:
        district = (
            District.objects.filter(name_en="Tangail").first()
            or District.objects.first()
        )
        profile = learner_register(
            full_name=name,
            phone=phone,
            pin=pin,
            gender="female",
            district=district,
            learner_type="family",
        )
    course_enrol(user=profile.user, course=course)
    return profile
