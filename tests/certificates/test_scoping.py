"""Whose certificates staff see and print in the admin: those of the learners
centres.policies lets them see, so a member of staff limited to some districts
sees, opens, revokes and prints only theirs."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.test import Client
from django.urls import reverse

from centres.models import District, StaffScope
from certificates import selectors
from certificates.demo.loader import seed_certificates
from certificates.models import Certificate, PrintBatch
from tests.centres.factories import LearnerFactory
from tests.centres.factories_ops import (
    UdcFactory,
    make_learner,
    make_operator,
    make_staff,
)
from tests.certificates.factories import complete_course

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture
def issue(course, django_capture_on_commit_callbacks):
    def issue(district_name, **learner):
        profile = LearnerFactory(
            district=District.objects.get(name_en=district_name), **learner
        )
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(user=profile.user, course=course)
        return Certificate.objects.get(learner=profile.user, course=course)

    return issue


@pytest.fixture
def tangail(issue):
    return issue("Tangail", full_name="রহিমা খাতুন")


@pytest.fixture
def dhaka(issue):
    return issue("Dhaka", full_name="নাসরিন আক্তার")


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def certificate_staff(**scope):
    """Programme staff with the demo's certificate rights, maybe limited."""
    user = make_staff(**scope)
    seed_certificates()
    return signed_in(user)


@pytest.fixture
def tangail_staff(db):
    return certificate_staff(username="staff-tangail", districts=["Tangail"])


@pytest.fixture
def national_staff(db):
    return certificate_staff(username="staff-national")


def listing(client, **params) -> str:
    response = client.get(reverse("issued_certificates:index"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_staff_limited_to_a_district_see_only_its_certificates(
    tangail_staff, tangail, dhaka
):
    page = listing(tangail_staff)
    searched = listing(tangail_staff, q=dhaka.code)

    assert tangail.learner_name in page
    assert dhaka.learner_name not in page
    assert dhaka.learner_name not in searched


def test_the_district_filter_offers_only_the_staff_members_districts(
    tangail_staff, tangail, dhaka
):
    page = listing(tangail_staff)
    dhaka_district = District.objects.get(name_en="Dhaka")

    assert f'value="{tangail.learner.learner.district_id}"' in page
    assert f'<option value="{dhaka_district.pk}"' not in page


def test_the_export_holds_only_the_staff_members_certificates(
    tangail_staff, tangail, dhaka
):
    response = tangail_staff.get(
        reverse("issued_certificates:index"), {"export": "csv"}
    )
    data = b"".join(response.streaming_content).decode()

    assert tangail.code in data
    assert dhaka.code not in data


def test_staff_across_the_country_see_every_certificate(national_staff, tangail, dhaka):
    page = listing(national_staff)

    assert tangail.learner_name in page
    assert dhaka.learner_name in page


def test_another_districts_certificate_is_not_found(tangail_staff, tangail, dhaka):
    inspect = tangail_staff.get(reverse("issued_certificates:inspect", args=[dhaka.pk]))
    revoke = tangail_staff.post(
        reverse("issued_certificates:revoke", args=[dhaka.pk]), {"reason": "ভুল"}
    )
    reissue = tangail_staff.post(
        reverse("issued_certificates:reissue", args=[dhaka.pk]), {"reason": "ভুল"}
    )
    own = tangail_staff.get(reverse("issued_certificates:inspect", args=[tangail.pk]))

    assert inspect.status_code == revoke.status_code == reissue.status_code == 404
    dhaka.refresh_from_db()
    assert dhaka.status == Certificate.Status.ISSUED
    assert own.status_code == 200


def print_form(client, django_capture_on_commit_callbacks, **chosen):
    data = {"course": "", "district": "", "date_from": "", "date_to": ""}
    data.update(chosen)
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("certificates_print"), data)


def test_staff_limited_to_a_district_print_only_its_certificates(
    tangail_staff, tangail, dhaka, django_capture_on_commit_callbacks
):
    response = print_form(tangail_staff, django_capture_on_commit_callbacks)

    batch = PrintBatch.objects.get()
    assert response.status_code == 302
    assert batch.certificate_ids == [tangail.pk]
    assert batch.centre is None


def test_staff_cannot_choose_another_district_to_print(
    tangail_staff, tangail, dhaka, django_capture_on_commit_callbacks
):
    dhaka_district = District.objects.get(name_en="Dhaka")
    form = tangail_staff.get(reverse("certificates_print")).content.decode()

    response = print_form(
        tangail_staff, django_capture_on_commit_callbacks, district=dhaka_district.pk
    )

    assert f'<option value="{dhaka_district.pk}"' not in form
    assert response.status_code == 200
    assert not PrintBatch.objects.exists()


def test_staff_with_a_scope_but_no_right_to_see_learners_see_no_certificates(
    tangail, dhaka, django_user_model
):
    """The certificate rights alone never widen what a staff scope limits."""
    user = django_user_model.objects.create_user(username="staff-odd", password="x")
    user.user_permissions.add(Permission.objects.get(codename="view_certificate"))
    StaffScope.objects.create(user=user).districts.set(
        District.objects.filter(name_en="Tangail")
    )

    assert not selectors.certificates_for(user=user).exists()


def test_an_operator_sees_only_their_centres_certificates(
    course, tangail, dhaka, django_capture_on_commit_callbacks
):
    centre = UdcFactory()
    operator = make_operator(centre=centre, username="udc-salma")
    at_centre = make_learner(centre=centre)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user=at_centre.user, course=course)

    assert list(selectors.certificates_for(user=operator)) == [
        Certificate.objects.get(learner=at_centre.user)
    ]


def test_learners_and_visitors_see_no_certificates_here(tangail, dhaka):
    assert not selectors.certificates_for(user=dhaka.learner).exists()
    assert not selectors.certificates_for(user=AnonymousUser()).exists()
