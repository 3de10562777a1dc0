"""The small world the permission matrix is tested in (tests/test_permission_matrix.py).

Two centres in two districts, one learner at each with an issued certificate,
a quiz attempt, a print batch and an audit event, and one person per role:

==========  =====================================================================
role        who
==========  =====================================================================
anonymous   nobody signed in
learner     a1 signed in (a learner at centre A)
operator_a  the operator of centre A (district X, Tangail)
operator_b  the operator of centre B (district Y, Dhaka)
staff_x     programme staff whose StaffScope is district X only
admin       a superuser
==========  =====================================================================
"""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils import timezone

from centres.audit import audit_record
from centres.models import AuditEvent, District
from certificates import services as certificate_services
from certificates.demo.loader import seed_certificates
from certificates.models import Certificate, PrintBatch
from quizzes import services as quiz_services
from tests.centres.factories_ops import (
    UdcFactory,
    make_learner,
    make_operator,
    make_staff,
)
from tests.certificates.factories import complete_course
from tests.courses.factories import make_course
from tests.quizzes.factories import first_module, make_quiz

ROLES = ("anonymous", "learner", "operator_a", "operator_b", "staff_x", "admin")


def _learner_with_certificate(*, centre, course, quiz, **fields):
    profile = make_learner(centre=centre, **fields)
    with TestCase.captureOnCommitCallbacks(execute=True):
        complete_course(user=profile.user, course=course)
    profile.certificate = Certificate.objects.get(learner=profile.user, course=course)
    assert profile.certificate.status == Certificate.Status.ISSUED
    profile.attempt = quiz_services.attempt_start(user=profile.user, quiz=quiz)
    return profile


def _ready_batch(*, operator, centre, certificate) -> PrintBatch:
    """A centre's print batch, built an hour ago (its PDF is never drawn here).

    An hour old, so printing the same certificate again makes a new batch
    rather than repeating this one (``services.REPEAT_WINDOW``).
    """
    batch = certificate_services.centre_print_batch_create(
        operator=operator,
        centre=centre,
        certificates=Certificate.objects.filter(pk=certificate.pk),
        filters={"centre": centre.name, "how": "one"},
    )
    PrintBatch.objects.filter(pk=batch.pk).update(
        status=PrintBatch.Status.READY, created_at=timezone.now() - timedelta(hours=1)
    )
    batch.refresh_from_db()
    return batch


def build_world() -> SimpleNamespace:
    """Centres A (X) and B (Y), learners a1 and b1, and a user per role."""
    district_x = District.objects.get(name_en="Tangail")
    district_y = District.objects.get(name_en="Dhaka")
    centre_a = UdcFactory(
        name_en="Karatia UDC", name_bn="করটিয়া ইউডিসি", district=district_x
    )
    centre_b = UdcFactory(
        name_en="Savar UDC", name_bn="সাভার ইউডিসি", district=district_y
    )
    course = make_course(modules=1, lessons=1)
    quiz = make_quiz(first_module(course), questions=("single",), required=False)
    a1 = _learner_with_certificate(
        centre=centre_a,
        course=course,
        quiz=quiz,
        full_name="আমিনা বেগম",
        phone="01711000101",
    )
    b1 = _learner_with_certificate(
        centre=centre_b,
        course=course,
        quiz=quiz,
        full_name="বিলকিস আক্তার",
        phone="01811000202",
    )
    operator_a = make_operator(centre=centre_a, username="udc-karatia")
    operator_b = make_operator(centre=centre_b, username="udc-savar")
    staff_x = make_staff(username="staff-tangail", districts=["Tangail"])
    seed_certificates()  # the staff group's certificate rights (it exists now)
    admin = get_user_model().objects.create_superuser(
        username="admin-matrix", password="admin-pass-2026"
    )
    for operator, learner in ((operator_a, a1), (operator_b, b1)):
        audit_record(
            actor=operator,
            action=AuditEvent.Action.REGISTER,
            centre=learner.centre,
            learner=learner,
        )
    a1.batch = _ready_batch(
        operator=operator_a, centre=centre_a, certificate=a1.certificate
    )
    b1.batch = _ready_batch(
        operator=operator_b, centre=centre_b, certificate=b1.certificate
    )
    return SimpleNamespace(
        district_x=district_x,
        district_y=district_y,
        centre_a=centre_a,
        centre_b=centre_b,
        course=course,
        quiz=quiz,
        a1=a1,
        b1=b1,
        users={
            "anonymous": None,
            "learner": a1.user,
            "operator_a": operator_a,
            "operator_b": operator_b,
            "staff_x": staff_x,
            "admin": admin,
        },
    )
