"""Guessing at sign-in is limited per profile, per client address and per
mobile number; staff accounts cannot be locked out by a stranger."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.centres.factories import (
    OPERATOR_PASSWORD,
    LearnerFactory,
    OperatorFactory,
)
from tests.i18n import bangla

pytestmark = pytest.mark.django_db

UDC = "203.0.113.10"
ELSEWHERE = "198.51.100.20"


def choose_number(client, phone, address=UDC):
    return client.post(
        reverse("centres:sign_in"), {"phone": phone}, REMOTE_ADDR=address
    )


def try_pin(client, profile, pin, address=UDC):
    return client.post(
        reverse("centres:enter_pin", args=[profile.pk]),
        {"pin": pin},
        REMOTE_ADDR=address,
    )


def wrong_pin(right: str) -> str:
    return "0000" if right != "0000" else "1111"


def test_guesses_across_many_profiles_from_one_address_stop_at_the_address_limit(
    client, settings
):
    """The attack as reported: 4 guesses at each of 40 profiles (each one
    short of its own lock, each on its own number), 160 in all, from one
    address. Past the per-address limit nothing more is tried, not even a
    right PIN, and another address is not affected."""
    limit = settings.SIGN_IN_ADDRESS_FAILURE_LIMIT
    assert limit < 160
    profiles = [LearnerFactory(phone=f"0171900{n:04d}") for n in range(40)]

    statuses = []
    for profile in profiles:
        choose_number(client, profile.phone)
        for guess in ("1234", "0000", "1111", "2580"):
            statuses.append(try_pin(client, profile, guess).status_code)

    assert statuses[:limit] == [400] * limit
    assert statuses[limit:] == [429] * (160 - limit)
    last = profiles[-1]
    refused = try_pin(client, last, "4826")  # the right PIN
    assert refused.status_code == 429
    assert bangla("Sign-in is paused for a while") in refused.content.decode()
    assert "_auth_user_id" not in client.session

    other = Client()
    choose_number(other, last.phone, address=ELSEWHERE)
    assert try_pin(other, last, "4826", address=ELSEWHERE).status_code == 302


def test_a_busy_udc_full_of_typos_is_not_blocked(client, settings):
    """More learners at one UDC address than the limit, most mistyping first;
    a wrong PIN followed by that profile signing in does not count, so all of
    them get in, and a few who never remember theirs do not stop the others."""
    limit = settings.SIGN_IN_ADDRESS_FAILURE_LIMIT
    learners = [LearnerFactory(phone=f"0181800{n:04d}") for n in range(limit + 20)]
    forgetful = [LearnerFactory(phone=f"0191800{n:04d}") for n in range(8)]

    for person in forgetful:
        choose_number(client, person.phone)
        for _ in range(4):
            assert try_pin(client, person, "9999").status_code == 400
    for index, person in enumerate(learners):
        choose_number(client, person.phone)
        for _ in range(index % 3):  # none, one or two typos first
            assert try_pin(client, person, "9999").status_code == 400
        assert try_pin(client, person, "4826").status_code == 302
        client.post(reverse("centres:sign_out"))


def test_wrong_pins_over_one_numbers_profiles_pause_that_number(client, settings):
    """A family's number cannot be walked through: past the per-number limit
    (each profile still short of its own lock) no profile on it is tried,
    while another number at the same address signs in."""
    limit = settings.SIGN_IN_PHONE_FAILURE_LIMIT
    family = [
        LearnerFactory(full_name=name, phone="01711000001")
        for name in ("রহিমা খাতুন", "আব্দুল করিম", "সুমাইয়া আক্তার", "রফিক মিয়া")
    ]
    choose_number(client, "01711000001")
    guesses = 0
    while guesses < limit:
        for person in family:
            if guesses < limit:
                assert try_pin(client, person, "9999").status_code == 400
                guesses += 1

    refused = try_pin(client, family[0], "4826")
    assert refused.status_code == 429
    assert (
        bangla(
            "Too many wrong PINs were typed for this mobile number. To keep the "
            "family's profiles safe, signing in with this number is paused for a "
            "while. Please try again later, or ask the UDC entrepreneur for help."
        )
        in refused.content.decode()
    )
    assert "_auth_user_id" not in client.session

    neighbour = LearnerFactory(phone="01711000002")
    choose_number(client, neighbour.phone)
    assert try_pin(client, neighbour, "4826").status_code == 302


def test_signing_in_to_ones_own_profile_does_not_clear_guesses_at_the_others(
    client, settings
):
    limit = settings.SIGN_IN_PHONE_FAILURE_LIMIT
    mine = LearnerFactory(full_name="নিজের নাম", phone="01711000003", pin="5555")
    theirs = [
        LearnerFactory(full_name=f"অন্য জন {letter}", phone="01711000003")
        for letter in "কখগ"
    ]
    choose_number(client, mine.phone)
    for n in range(limit - 1):
        try_pin(client, theirs[n % 3], "9999")
    assert try_pin(client, mine, "5555").status_code == 302
    client.post(reverse("centres:sign_out"))

    choose_number(client, mine.phone)
    try_pin(client, theirs[0], "9999")
    assert try_pin(client, theirs[1], "4826").status_code == 429


def _admin():
    return get_user_model().objects.create_superuser(
        "admin", "admin@example.org", "right-horse-battery"
    )


def test_a_strangers_wrong_passwords_do_not_lock_the_admin_out_of_the_cms(settings):
    admin = _admin()
    url = reverse("wagtailadmin_login")
    stranger = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        stranger.post(
            url, {"username": "admin", "password": "guess"}, REMOTE_ADDR=ELSEWHERE
        )
    still_refused = stranger.post(
        url,
        {"username": "admin", "password": "right-horse-battery"},
        REMOTE_ADDR=ELSEWHERE,
    )
    assert still_refused.status_code == 429
    assert bangla("Too many wrong passwords") in still_refused.content.decode()

    owner = Client()
    response = owner.post(
        url, {"username": "admin", "password": "right-horse-battery"}, REMOTE_ADDR=UDC
    )
    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(admin.pk)


def test_a_strangers_wrong_passwords_do_not_lock_an_operator_out_of_the_desk(
    settings,
):
    operator = OperatorFactory().user
    url = reverse("desk:sign_in")
    stranger = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        stranger.post(
            url,
            {"username": operator.username, "password": "guess"},
            REMOTE_ADDR=ELSEWHERE,
        )

    owner = Client()
    response = owner.post(
        url,
        {"username": operator.username, "password": OPERATOR_PASSWORD},
        REMOTE_ADDR=UDC,
    )
    assert response.status_code == 302
    assert response.url == reverse("desk:home")
    assert owner.session["_auth_user_id"] == str(operator.pk)


def test_behind_a_proxy_the_forwarded_address_is_what_locks(settings):
    """Every request reaches us from the proxy; the (address, account) pair
    must use the client's address, or a stranger would lock everyone out."""
    settings.USE_X_FORWARDED_FOR = True
    _admin()
    url = reverse("wagtailadmin_login")
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    stranger = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        stranger.post(
            url,
            {"username": "admin", "password": "guess"},
            HTTP_X_FORWARDED_FOR=ELSEWHERE,
            **proxy,
        )
    owner = Client()
    response = owner.post(
        url,
        {"username": "admin", "password": "right-horse-battery"},
        HTTP_X_FORWARDED_FOR=UDC,
        **proxy,
    )
    assert response.status_code == 302


def test_a_learners_profile_still_locks_whoever_guesses(client, settings):
    """Learner profiles keep their own lock: a wrong PIN from any address counts."""
    learner = LearnerFactory(phone="01711000004")
    for n in range(settings.AXES_FAILURE_LIMIT):
        guesser = Client()
        address = f"203.0.113.{100 + n}"
        choose_number(guesser, learner.phone, address=address)
        try_pin(guesser, learner, "9999", address=address)
    choose_number(client, learner.phone, address=UDC)
    locked = try_pin(client, learner, "4826")
    assert locked.status_code == 429
    assert bangla("Too many wrong PINs") in locked.content.decode()


def test_looking_up_too_many_numbers_is_refused_with_429(client, settings):
    settings.SIGN_IN_LOOKUP_LIMIT = 3
    LearnerFactory(phone="01711000005")
    for n in range(3):
        assert choose_number(client, f"0171100000{n + 5}").status_code == 302
    before = client.session["signin_phone"]

    refused = choose_number(client, "01711000009")
    assert refused.status_code == 429
    assert (
        bangla(
            "Too many mobile numbers were looked up from this connection. Please "
            "wait a while and try again, or ask the UDC entrepreneur for help."
        )
        in refused.content.decode()
    )
    assert client.session["signin_phone"] == before

    other = Client()
    assert choose_number(other, "01711000005", address=ELSEWHERE).status_code == 302
