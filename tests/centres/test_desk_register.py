"""An operator registers a learner at the centre's PC: the same checks as
self-registration, the learner's own PIN, and an audit trail."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from centres import services
from centres.models import AuditEvent, District, LearnerProfile
from tests.centres.factories import CentreFactory, LearnerFactory, OperatorFactory
from tests.i18n import bangla

pytestmark = pytest.mark.django_db

PHONE_ERROR = "Enter a Bangladeshi mobile number, for example 01712345678."
CONJUNCT_NAME = "শ্রাবন্তী র\u200d্যাহমান"  # a ZWJ keeps র‍্য (ra-phala) as typed


@pytest.fixture
def operator():
    return OperatorFactory()


@pytest.fixture
def desk(client, operator):
    client.force_login(operator.user)
    return client


def form_data(centre, **overrides):
    data = {
        "full_name": CONJUNCT_NAME,
        "phone": "০১৭১১-২২২৩৩৩",
        "gender": "female",
        "learner_type": "returnee",
        "centre": centre.pk,
        "district": "",
        "pin": "2580",
        "pin_again": "২৫৮০",
    }
    data.update(overrides)
    return data


def test_operator_registers_a_learner_with_a_conjunct_and_zwj_name(desk, operator):
    """The name keeps its joiner; the learner belongs to the centre and can sign in."""
    response = desk.post(reverse("desk:learner_new"), form_data(operator.centre))

    profile = LearnerProfile.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("desk:learner_detail", args=[profile.pk])
    assert profile.full_name == CONJUNCT_NAME
    assert profile.phone == "+8801711222333"
    assert profile.centre == operator.centre
    assert profile.registered_by == operator.user
    assert profile.district == operator.centre.district
    assert profile.user.check_password("2580")


def test_registering_writes_one_audit_event(desk, operator):
    """Who registered whom, at which centre: one REGISTER event."""
    desk.post(reverse("desk:learner_new"), form_data(operator.centre))

    event = AuditEvent.objects.get()
    assert event.action == AuditEvent.Action.REGISTER
    assert event.actor == operator.user
    assert event.centre == operator.centre
    assert event.learner == LearnerProfile.objects.get()


def test_success_message_tells_how_the_learner_signs_in(desk, operator):
    """After registering, the operator sees the learner's page and how they sign in."""
    response = desk.post(
        reverse("desk:learner_new"), form_data(operator.centre), follow=True
    )

    page = response.content.decode()
    assert CONJUNCT_NAME in page
    assert "০১৭১১২২২৩৩৩" in page


def test_invalid_phone_shows_a_bangla_error_and_writes_nothing(desk, operator):
    """A bad number: the form again, with the Bangla message; no user, no audit."""
    users_before = get_user_model().objects.count()

    response = desk.post(
        reverse("desk:learner_new"), form_data(operator.centre, phone="12345")
    )

    assert response.status_code == 400
    assert bangla(PHONE_ERROR) in response.content.decode()
    assert LearnerProfile.objects.count() == 0
    assert AuditEvent.objects.count() == 0
    assert get_user_model().objects.count() == users_before


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"full_name": "Rahim\u200b"}, "full_name"),
        ({"pin": "12", "pin_again": "12"}, "pin"),
        ({"pin_again": "9999"}, "pin_again"),
        ({"gender": "robot"}, "gender"),
        ({"learner_type": ""}, "learner_type"),
    ],
)
def test_the_same_checks_as_self_registration_apply(desk, operator, overrides, field):
    """Junk in the name, a short or mistyped PIN, unknown choices: refused."""
    response = desk.post(
        reverse("desk:learner_new"), form_data(operator.centre, **overrides)
    )

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert LearnerProfile.objects.count() == 0
    assert AuditEvent.objects.count() == 0


def test_the_same_name_cannot_be_registered_twice_on_one_number(desk, operator):
    """A family member already registered on the number: a clear Bangla error."""
    LearnerFactory(full_name=CONJUNCT_NAME, phone="01711222333")

    response = desk.post(reverse("desk:learner_new"), form_data(operator.centre))

    assert response.status_code == 400
    message = "Someone with this name is already registered on this number."
    assert bangla(message) in response.content.decode()
    assert LearnerProfile.objects.count() == 1
    assert AuditEvent.objects.count() == 0


def test_operator_cannot_register_a_learner_at_another_centre(desk):
    """Another centre is not a choice; posting its id registers nobody."""
    elsewhere = CentreFactory()

    response = desk.post(reverse("desk:learner_new"), form_data(elsewhere))

    assert response.status_code == 400
    assert "centre" in response.context["form"].errors
    assert LearnerProfile.objects.count() == 0


def test_the_service_refuses_a_centre_the_operator_does_not_work_for(operator):
    """The check holds below the form too."""
    with pytest.raises(PermissionDenied):
        services.learner_register_at_centre(
            operator=operator.user,
            centre=CentreFactory(),
            full_name="রহিমা খাতুন",
            phone="01711222333",
            pin="2580",
            gender="female",
            learner_type="family",
        )
    assert LearnerProfile.objects.count() == 0


def test_a_learner_may_live_in_another_district_than_the_centre(desk, operator):
    """The district defaults to the centre's, and can be changed."""
    narsingdi = District.objects.get(name_en="Narsingdi")

    desk.post(
        reverse("desk:learner_new"),
        form_data(operator.centre, district=narsingdi.pk),
    )

    assert LearnerProfile.objects.get().district == narsingdi


def test_form_starts_at_the_operators_first_centre(desk, operator):
    """One centre or several, the first one is chosen already."""
    response = desk.get(reverse("desk:learner_new"))

    form = response.context["form"]
    assert form.fields["centre"].initial == operator.centre.pk
    assert [c.pk for c in form.fields["centre"].queryset] == [operator.centre.pk]


def test_register_button_is_guarded_against_a_double_submit(desk):
    """On a slow link one tap is enough: the button disables itself."""
    page = desk.get(reverse("desk:learner_new")).content.decode()

    assert "data-once" in page
    # The guard is a static script (no inline code under the CSP).
    assert "elearn/submit_once.js" in page
    script = finders.find("elearn/submit_once.js")
    assert 'querySelector("[data-once]")' in Path(script).read_text()


def test_self_registration_still_has_no_centre_and_no_registrar():
    """The service's new arguments default to what self-registration always did."""
    profile = LearnerFactory()

    assert profile.centre is None
    assert profile.registered_by is None
    assert profile.upazila is None


def test_a_non_operator_cannot_open_the_register_page(learner_client):
    """The learner at the PC cannot register others through the desk."""
    assert learner_client.get(reverse("desk:learner_new")).status_code == 403
