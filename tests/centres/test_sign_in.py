"""Signing in on a shared phone: number, then whose profile, then that PIN."""

import pytest
from django.urls import reverse

from tests.centres.factories import DEFAULT_PIN, LearnerFactory
from tests.i18n import bangla

pytestmark = pytest.mark.django_db


@pytest.fixture
def family():
    mother = LearnerFactory(full_name="রহিমা খাতুন", phone="01711000001", pin="1111")
    son = LearnerFactory(full_name="আব্দুল করিম", phone="01711000001", pin="2222")
    LearnerFactory(full_name="অন্য কেউ", phone="01899000000")
    return mother, son


def start(client, phone="01711000001"):
    return client.post(reverse("centres:sign_in"), {"phone": phone}, follow=True)


def test_a_number_shows_every_profile_on_it_and_no_other(client, family):
    response = start(client, "০১৭১১০০০০০১")
    page = response.content.decode()
    assert ">রহিমা<" in page
    assert ">আব্দুল<" in page
    assert ">অন্য<" not in page


def test_each_profile_signs_in_with_its_own_pin(client, family):
    mother, son = family
    start(client)
    url = reverse("centres:enter_pin", args=[son.pk])

    wrong = client.post(url, {"pin": "1111"})  # the mother's PIN
    assert wrong.status_code == 400
    assert "_auth_user_id" not in client.session

    right = client.post(url, {"pin": "২২২২"})
    assert right.status_code == 302
    assert client.session["_auth_user_id"] == str(son.user.pk)


def test_a_profile_on_another_number_cannot_be_chosen(client, family):
    start(client)
    stranger = LearnerFactory(full_name="দূরের মানুষ", phone="01999000000")
    response = client.post(
        reverse("centres:enter_pin", args=[stranger.pk]), {"pin": DEFAULT_PIN}
    )
    assert response.status_code == 404
    assert "_auth_user_id" not in client.session


def test_pin_page_needs_a_number_first(client, family):
    mother, _son = family
    response = client.get(reverse("centres:enter_pin", args=[mother.pk]))
    assert response.status_code == 302
    assert response.url == reverse("centres:sign_in")


def test_an_unknown_number_says_nobody_is_registered(client, family):
    response = start(client, "01555000000")
    assert (
        bangla("Nobody is registered on this number yet.") in response.content.decode()
    )


def test_repeated_wrong_pins_lock_the_profile_with_a_clear_message(
    client, family, settings
):
    mother, son = family
    start(client)
    url = reverse("centres:enter_pin", args=[mother.pk])
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"pin": "9999"})

    locked = client.post(url, {"pin": "1111"})  # now even the right PIN

    assert locked.status_code == 429
    assert bangla("Too many wrong PINs") in locked.content.decode()
    assert "_auth_user_id" not in client.session

    # The son, on the same phone and PC, is not locked out.
    start(client)
    response = client.post(reverse("centres:enter_pin", args=[son.pk]), {"pin": "2222"})
    assert response.status_code == 302


def test_sign_out_needs_post(learner_client):
    assert learner_client.get(reverse("centres:sign_out")).status_code == 405
    learner_client.post(reverse("centres:sign_out"))
    assert "_auth_user_id" not in learner_client.session
