"""The admin's learners, centres, operators and audit log follow the staff
member's scope: a district-limited member sees only their districts, and
another district's row opened by its address is "not found"."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from centres.audit import audit_record
from centres.models import AuditEvent, Centre, CentreOperator, District, Union, Upazila
from tests.centres.factories_ops import (
    UdcFactory,
    UserFactory,
    make_learner,
    make_operator,
    make_staff,
)

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def tangail_centre():
    return UdcFactory(name_en="Karatia UDC")


@pytest.fixture
def dhaka_centre():
    return UdcFactory(
        name_en="Savar UDC", district=District.objects.get(name_en="Dhaka")
    )


@pytest.fixture
def tangail_learner(tangail_centre):
    return make_learner(centre=tangail_centre, full_name="টাঙ্গাইলের রহিমা")


@pytest.fixture
def dhaka_learner(dhaka_centre):
    return make_learner(centre=dhaka_centre, full_name="ঢাকার করিম")


@pytest.fixture
def tangail_staff():
    return make_staff(districts=["Tangail"])


@pytest.fixture
def country_staff():
    return make_staff()


@pytest.fixture
def events(tangail_learner, dhaka_learner):
    tangail_operator = make_operator(centre=tangail_learner.centre)
    dhaka_operator = make_operator(centre=dhaka_learner.centre)
    return {
        "tangail": audit_record(
            actor=tangail_operator,
            action=AuditEvent.Action.SWITCH_IN,
            learner=tangail_learner,
        ),
        "dhaka": audit_record(
            actor=dhaka_operator,
            action=AuditEvent.Action.REGISTER,
            learner=dhaka_learner,
        ),
    }


LEARNERS = "learnerprofile:index"
AUDIT = "audit_log:index"


def test_district_limited_staff_sees_only_their_districts_learners(
    tangail_staff, tangail_learner, dhaka_learner
):
    response = signed_in(tangail_staff).get(reverse(LEARNERS))

    page = response.content.decode()
    assert response.status_code == 200
    assert "টাঙ্গাইলের রহিমা" in page
    assert "ঢাকার করিম" not in page


def test_search_stays_within_the_staff_members_districts(
    tangail_staff, tangail_learner, dhaka_learner
):
    response = signed_in(tangail_staff).get(reverse(LEARNERS), {"q": "করিম"})

    assert "ঢাকার করিম" not in response.content.decode()


def test_district_limited_staff_gets_404_for_another_districts_learner(
    tangail_staff, tangail_learner, dhaka_learner
):
    """Inspect, edit and history of a learner elsewhere are "not found"."""
    tangail_staff.user_permissions.add(
        Permission.objects.get(codename="change_learnerprofile")
    )
    client = signed_in(tangail_staff)

    for view in ("inspect", "edit", "history"):
        own = client.get(reverse(f"learnerprofile:{view}", args=[tangail_learner.pk]))
        other = client.get(reverse(f"learnerprofile:{view}", args=[dhaka_learner.pk]))
        assert own.status_code == 200, view
        assert other.status_code == 404, view


def test_district_limited_staff_cannot_move_a_learner_out_of_their_districts(
    tangail_staff, tangail_learner
):
    tangail_staff.user_permissions.add(
        Permission.objects.get(codename="change_learnerprofile")
    )

    response = signed_in(tangail_staff).post(
        reverse("learnerprofile:edit", args=[tangail_learner.pk]),
        {
            "full_name": tangail_learner.full_name,
            "gender": tangail_learner.gender,
            "learner_type": tangail_learner.learner_type,
            "district": District.objects.get(name_en="Dhaka").pk,
        },
    )

    assert response.status_code == 200  # the form again, with an error
    tangail_learner.refresh_from_db()
    assert tangail_learner.district.name_en == "Tangail"


def test_unlimited_staff_sees_every_learner(
    country_staff, tangail_learner, dhaka_learner
):
    page = signed_in(country_staff).get(reverse(LEARNERS)).content.decode()

    assert "টাঙ্গাইলের রহিমা" in page
    assert "ঢাকার করিম" in page


def test_audit_log_of_limited_staff_shows_only_their_districts_events(
    tangail_staff, events
):
    client = signed_in(tangail_staff)

    listing = client.get(reverse(AUDIT))
    own = client.get(reverse("audit_log:inspect", args=[events["tangail"].pk]))
    other = client.get(reverse("audit_log:inspect", args=[events["dhaka"].pk]))

    assert listing.status_code == 200
    assert list(listing.context["object_list"]) == [events["tangail"]]
    assert own.status_code == 200
    assert other.status_code == 404


def test_audit_export_is_scoped_too(tangail_staff, events):
    response = signed_in(tangail_staff).get(reverse(AUDIT), {"export": "csv"})

    text = b"".join(response.streaming_content).decode()
    assert "টাঙ্গাইলের রহিমা" in text
    assert "ঢাকার করিম" not in text


def test_audit_log_exports_xlsx(country_staff, events):
    response = signed_in(country_staff).get(reverse(AUDIT), {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_unlimited_staff_sees_every_audit_event(country_staff, events):
    listing = signed_in(country_staff).get(reverse(AUDIT))

    assert set(listing.context["object_list"]) == set(events.values())


def test_audit_log_filters_by_action_and_searches_by_learner_name(
    country_staff, events
):
    client = signed_in(country_staff)

    by_action = client.get(reverse(AUDIT), {"action": AuditEvent.Action.REGISTER})
    by_name = client.get(reverse(AUDIT), {"q": "রহিমা"})

    assert list(by_action.context["object_list"]) == [events["dhaka"]]
    assert list(by_name.context["object_list"]) == [events["tangail"]]


def test_a_trainer_cannot_see_the_audit_log(events):
    """Admin access alone (a trainer's) does not open the log."""
    trainer = UserFactory()
    trainers, _ = Group.objects.get_or_create(name="Trainers")
    trainers.permissions.add(Permission.objects.get(codename="access_admin"))
    trainer.groups.add(trainers)
    client = signed_in(trainer)

    listing = client.get(reverse(AUDIT))
    detail = client.get(reverse("audit_log:inspect", args=[events["tangail"].pk]))

    assert listing.status_code in (302, 403)
    assert detail.status_code in (302, 403, 404)  # refused before it is looked up
    assert "রহিমা" not in listing.content.decode()
    assert "রহিমা" not in detail.content.decode()


def test_nobody_edits_the_audit_log(country_staff, events):
    client = signed_in(country_staff)

    response = client.get(reverse("audit_log:edit", args=[events["tangail"].pk]))

    assert response.status_code in (302, 403)


def test_centres_list_is_scoped(tangail_staff, tangail_centre, dhaka_centre):
    listing = signed_in(tangail_staff).get(reverse("centre:index"))

    centres = set(listing.context["object_list"])
    assert tangail_centre in centres
    assert dhaka_centre not in centres
    assert all(centre.district.name_en == "Tangail" for centre in centres)


def test_limited_staff_cannot_open_another_districts_centre(
    tangail_staff, dhaka_centre
):
    response = signed_in(tangail_staff).get(
        reverse("centre:edit", args=[dhaka_centre.pk])
    )

    assert response.status_code == 404


def centre_form(**fields):
    return {
        "name_bn": "নতুন ইউডিসি",
        "name_en": "New UDC",
        "kind": Centre.Kind.UDC,
        "address": "",
        "contact_name": "",
        "phone": "",
        "active": "on",
        **fields,
    }


@pytest.fixture
def places():
    """Two upazilas of Tangail with a union each (load_places is not run here)."""
    tangail = District.objects.get(name_en="Tangail")
    sadar = Upazila.objects.create(
        code="t1", district=tangail, name_en="Tangail Sadar", name_bn="টাঙ্গাইল সদর"
    )
    basail = Upazila.objects.create(
        code="t2", district=tangail, name_en="Basail", name_bn="বাসাইল"
    )
    karatia = Union.objects.create(
        code="u1", upazila=sadar, name_en="Karatia", name_bn="করটিয়া"
    )
    kanchanpur = Union.objects.create(
        code="u2", upazila=basail, name_en="Kanchanpur", name_bn="কাঞ্চনপুর"
    )
    return {"sadar": sadar, "karatia": karatia, "kanchanpur": kanchanpur}


def test_staff_adds_a_centre_in_their_district(tangail_staff, places):
    tangail = District.objects.get(name_en="Tangail")

    response = signed_in(tangail_staff).post(
        reverse("centre:add"),
        centre_form(
            district=tangail.pk, upazila=places["sadar"].pk, union=places["karatia"].pk
        ),
    )

    assert response.status_code == 302
    centre = Centre.objects.get(name_en="New UDC")
    assert centre.union == places["karatia"]


def test_a_union_of_another_upazila_is_refused(tangail_staff, places):
    tangail = District.objects.get(name_en="Tangail")

    response = signed_in(tangail_staff).post(
        reverse("centre:add"),
        centre_form(
            district=tangail.pk,
            upazila=places["sadar"].pk,
            union=places["kanchanpur"].pk,
        ),
    )

    assert response.status_code == 200
    assert "union" in response.context["form"].errors
    assert not Centre.objects.filter(name_en="New UDC").exists()


def test_limited_staff_cannot_add_a_centre_in_another_district(tangail_staff):
    response = signed_in(tangail_staff).post(
        reverse("centre:add"),
        centre_form(district=District.objects.get(name_en="Dhaka").pk),
    )

    assert response.status_code == 200
    assert "district" in response.context["form"].errors


def test_staff_makes_someone_an_operator_of_a_centre_they_cover(
    tangail_staff, tangail_centre, dhaka_centre
):
    newcomer = UserFactory(username="udc-newcomer")
    client = signed_in(tangail_staff)

    refused = client.post(
        reverse("centreoperator:add"), {"user": newcomer.pk, "centre": dhaka_centre.pk}
    )
    added = client.post(
        reverse("centreoperator:add"),
        {"user": newcomer.pk, "centre": tangail_centre.pk},
    )

    assert refused.status_code == 200
    assert added.status_code == 302
    assert list(CentreOperator.objects.filter(user=newcomer)) == [
        CentreOperator.objects.get(user=newcomer, centre=tangail_centre)
    ]


def test_a_learner_account_cannot_be_made_an_operator(tangail_staff, tangail_centre):
    learner = make_learner(centre=tangail_centre)

    response = signed_in(tangail_staff).post(
        reverse("centreoperator:add"),
        {"user": learner.user.pk, "centre": tangail_centre.pk},
    )

    assert response.status_code == 200
    assert not CentreOperator.objects.exists()


def test_operators_list_is_scoped(tangail_staff, tangail_centre, dhaka_centre):
    own = make_operator(centre=tangail_centre, username="udc-tangail")
    make_operator(centre=dhaka_centre, username="udc-dhaka")

    page = signed_in(tangail_staff).get(reverse("centreoperator:index"))

    assert [row.user for row in page.context["object_list"]] == [own]


def test_unions_are_listed_read_only_and_paginated(country_staff, places):
    client = signed_in(country_staff)

    listing = client.get(reverse("union:index"))
    adding = client.get(reverse("union:add"))

    assert listing.status_code == 200
    assert listing.context["paginator"].per_page == 50
    assert "করটিয়া" in listing.content.decode()
    assert adding.status_code in (302, 403)


def test_staff_scopes_are_for_admins(country_staff, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", password="x")

    assert signed_in(country_staff).get(reverse("staffscope:index")).status_code in (
        302,
        403,
    )
    assert signed_in(admin).get(reverse("staffscope:index")).status_code == 200


def test_demo_centres_and_rights_are_created_once_and_accounts_only_when_asked(
    django_user_model,
):
    """seed_centres: UDCs, staff rights, and operator sign-ins only on request."""
    from centres.demo import seed_centres

    assert seed_centres(with_accounts=False) == []
    assert not django_user_model.objects.filter(username="udc").exists()

    lines = seed_centres(with_accounts=True)
    seed_centres(with_accounts=True)

    tangail_udc = Centre.objects.get(name_en="Tangail Sadar UDC")
    assert tangail_udc.upazila is None  # load_places has not run in tests
    assert Centre.objects.filter(kind=Centre.Kind.UDC).count() == 3
    operator = django_user_model.objects.get(username="udc")
    assert operator.check_password("udc-demo-2026")
    assert list(CentreOperator.objects.filter(user=operator)) == [
        CentreOperator.objects.get(user=operator, centre=tangail_udc)
    ]
    assert any("udc / udc-demo-2026" in line for line in lines)
    staff = make_staff()
    assert staff.has_perm("centres.view_auditevent")
    assert staff.has_perm("centres.add_centreoperator")


def test_staff_removes_operators_only_at_centres_they_cover(
    tangail_staff, tangail_centre, dhaka_centre
):
    own = make_operator(centre=tangail_centre)
    other = make_operator(centre=dhaka_centre)
    client = signed_in(tangail_staff)
    own_membership = CentreOperator.objects.get(user=own)
    other_membership = CentreOperator.objects.get(user=other)

    refused = client.post(reverse("centreoperator:delete", args=[other_membership.pk]))
    removed = client.post(reverse("centreoperator:delete", args=[own_membership.pk]))

    assert refused.status_code == 404
    assert removed.status_code == 302
    assert list(CentreOperator.objects.all()) == [other_membership]
