"""A learner registers without email; bad data changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from centres.models import District, LearnerProfile
from tests.centres.factories import LearnerFactory
from tests.i18n import bangla

pytestmark = pytest.mark.django_db

PHONE_ERROR = "Enter a Bangladeshi mobile number, for example 01712345678."


def form_data(**overrides):
    data = {
        "full_name": "শ্রাবন্তী র\u200d্যাহমান",
        "phone": "০১৭১১-২২২৩৩৩",
        "gender": "female",
        "district": District.objects.get(name_en="Tangail").pk,
        "learner_type": "family",
        "pin": "2580",
        "pin_again": "২৫৮০",
    }
    data.update(overrides)
    return data


def test_learner_registers_and_is_signed_in(client):
    response = client.post(reverse("centres:register"), form_data())

    assert response.status_code == 302
    profile = LearnerProfile.objects.get()
    assert profile.phone == "+8801711222333"
    assert profile.full_name == "শ্রাবন্তী র\u200d্যাহমান"
    assert profile.district.name_bn == "টাঙ্গাইল"
    assert client.session["_auth_user_id"] == str(profile.user.pk)


def test_pin_is_stored_hashed_not_as_typed(client):
    client.post(reverse("centres:register"), form_data())
    user = LearnerProfile.objects.get().user
    assert "2580" not in user.password
    assert user.check_password("2580")


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"phone": "12345"}, "phone", PHONE_ERROR),
        ({"full_name": "Rahim\u200b"}, "full_name", None),
        ({"pin": "12", "pin_again": "12"}, "pin", None),
        ({"pin_again": "9999"}, "pin_again", None),
        ({"gender": "robot"}, "gender", None),
        ({"district": "99999"}, "district", None),
    ],
)
def test_invalid_registration_gets_a_bangla_message_and_creates_nobody(
    client, overrides, field, message
):
    users_before = get_user_model().objects.count()

    response = client.post(reverse("centres:register"), form_data(**overrides))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    if message:
        assert bangla(message) in response.content.decode()
    assert LearnerProfile.objects.count() == 0
    assert get_user_model().objects.count() == users_before


def test_the_same_name_cannot_register_twice_on_one_number(client):
    LearnerFactory(full_name="রহিমা খাতুন", phone="01711222333")

    response = client.post(
        reverse("centres:register"), form_data(full_name="রহিমা  খাতুন")
    )

    assert response.status_code == 400
    assert LearnerProfile.objects.count() == 1


def test_family_members_may_share_a_number(client):
    LearnerFactory(full_name="রহিমা খাতুন", phone="01711222333")

    response = client.post(reverse("centres:register"), form_data())

    assert response.status_code == 302
    assert LearnerProfile.objects.filter(phone="+8801711222333").count() == 2


def test_english_page_gives_english_errors(client):
    response = client.post("/en/register/", form_data(phone="12345"))
    assert PHONE_ERROR in response.content.decode()


def test_registration_without_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("centres:register"), form_data())
    assert response.status_code == 403
    assert LearnerProfile.objects.count() == 0
