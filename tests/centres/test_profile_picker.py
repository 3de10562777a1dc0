"""Whoever types a number sees only what a family member needs to pick
themselves: a first name or a nickname, and a colour; never a full name."""

import pytest
from django.urls import reverse

from centres.models import LearnerProfile, first_name
from tests.centres.factories import LearnerFactory, OperatorFactory
from tests.i18n import bangla

pytestmark = pytest.mark.django_db

PHONE = "01711000001"


@pytest.fixture
def family():
    return [
        LearnerFactory(full_name="রহিমা খাতুন", phone=PHONE),
        LearnerFactory(full_name="মোঃ আব্দুল করিম", phone=PHONE),
        LearnerFactory(full_name="সুমাইয়া আক্তার", nickname="মিতু", phone=PHONE),
    ]


def picker(client):
    client.post(reverse("centres:sign_in"), {"phone": PHONE})
    return client.get(reverse("centres:choose_profile")).content.decode()


def test_the_list_shows_first_names_or_nicknames_and_never_a_full_name(client, family):
    page = picker(client)

    for shown in ("রহিমা", "আব্দুল", "মিতু"):
        assert f"<span>{shown}</span>" in page
    for hidden in ("খাতুন", "করিম", "সুমাইয়া", "আক্তার", "মোঃ"):
        assert hidden not in page


def test_each_profile_has_its_own_stable_colour_and_initial(client, family):
    page = picker(client)

    colours = {profile.badge_colour for profile in family}
    assert len(colours) == 3  # registered one after another: all different
    for profile in family:
        badge = f"profile-badge badge-{profile.badge_colour}"
        assert f'{badge}" aria-hidden="true">{profile.display_name[0]}<' in page
        again = LearnerProfile.objects.get(pk=profile.pk)
        assert again.badge_colour == profile.badge_colour


def test_the_pin_page_shows_the_short_name_too(client, family):
    picker(client)
    page = client.get(reverse("centres:enter_pin", args=[family[0].pk]))
    assert "খাতুন" not in page.content.decode()
    assert "<span>রহিমা</span>" in page.content.decode()


@pytest.mark.parametrize(
    "full_name, shown",
    [
        ("Md. Abdul Karim", "Abdul"),
        ("মোঃ রফিক", "রফিক"),
        ("Mst. Rahima Khatun", "Rahima"),
        ("Karim", "Karim"),
        ("মোহাম্মদ", "মোহাম্মদ"),
    ],
)
def test_a_first_name_skips_prefixes_every_family_member_shares(full_name, shown):
    assert first_name(full_name) == shown


def test_a_learner_chooses_a_nickname_when_registering(client):
    response = client.post(
        reverse("centres:register"),
        {
            "full_name": "সুমাইয়া আক্তার",
            "nickname": "  মা ",
            "phone": "01711000009",
            "gender": "female",
            "district": LearnerFactory().district.pk,
            "learner_type": "family",
            "pin": "2468",
            "pin_again": "2468",
        },
    )
    assert response.status_code == 302
    assert LearnerProfile.objects.get(phone="+8801711000009").nickname == "মা"


def test_a_nickname_with_a_tag_is_refused_and_nothing_is_saved(client):
    before = LearnerProfile.objects.count()
    response = client.post(
        reverse("centres:register"),
        {
            "full_name": "সুমাইয়া আক্তার",
            "nickname": "<b>x</b>",
            "phone": "01711000009",
            "gender": "female",
            "district": LearnerFactory().district.pk,
            "learner_type": "family",
            "pin": "2468",
            "pin_again": "2468",
        },
    )
    assert response.status_code == 400
    assert (
        bangla("A name may contain only letters, spaces, dots and hyphens.")
        in response.content.decode()
    )
    assert LearnerProfile.objects.count() == before + 1  # only the factory's


def test_an_operator_registers_a_learner_with_a_nickname(client):
    operator = OperatorFactory()
    client.force_login(operator.user)
    response = client.post(
        reverse("desk:learner_new"),
        {
            "full_name": "আব্দুল করিম",
            "nickname": "বাবু",
            "phone": "01711000008",
            "gender": "male",
            "learner_type": "returnee",
            "centre": operator.centre.pk,
            "district": "",
            "pin": "2468",
            "pin_again": "2468",
        },
    )
    assert response.status_code == 302
    assert LearnerProfile.objects.get(phone="+8801711000008").nickname == "বাবু"


def test_staff_edit_a_learners_nickname_in_the_admin(admin_client):
    learner = LearnerFactory(full_name="রহিমা খাতুন")
    url = reverse("learnerprofile:edit", args=[learner.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert 'name="nickname"' in page.content.decode()
