"""Assisted sessions: an operator signs their centre's learner in on the shared
PC without the PIN, only while the operator could still act for them."""

from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from centres import assist
from centres.models import AuditEvent, District
from tests.centres.factories_ops import UdcFactory, make_learner, make_operator
from tests.i18n import bangla  # noqa: E402

pytestmark = pytest.mark.django_db


def in_bangla(message: str) -> str:
    """What a Bangla reader sees for ``message`` (it must be translated)."""
    return bangla(message)


@pytest.fixture
def centre():
    return UdcFactory(name_en="Karatia UDC", name_bn="করটিয়া ইউডিসি")


@pytest.fixture
def operator(centre):
    return make_operator(centre=centre, first_name="সালমা", last_name="বেগম")


@pytest.fixture
def centre_learner(centre):
    return make_learner(centre=centre, full_name="রহিমা খাতুন")


@pytest.fixture
def operator_client(operator):
    client = Client()
    client.force_login(operator)
    return client


def start(client, learner):
    return client.post(reverse("assist:start", args=[learner.pk]))


def end(client):
    return client.post(reverse("assist:end"))


def signed_in_user_id(client):
    return client.session.get(SESSION_KEY)


@pytest.fixture
def assisted_client(operator_client, centre_learner):
    response = start(operator_client, centre_learner)
    assert response.status_code == 302
    return operator_client


def test_operator_starts_a_session_for_their_own_learner_without_a_pin(
    operator_client, centre_learner
):
    """The PC becomes the learner's: their pages, their name, and a banner."""
    response = start(operator_client, centre_learner)

    assert response.status_code == 302
    assert signed_in_user_id(operator_client) == str(centre_learner.user.pk)
    home = operator_client.get(reverse("home"))
    page = home.content.decode()
    assert home.context["user"] == centre_learner.user
    assert 'class="assist-bar"' in page
    assert "সালমা বেগম" in page
    assert in_bangla("End session") in page


def test_start_page_asks_before_opening_the_session(operator_client, centre_learner):
    """A GET only shows whose session would open; nobody is switched yet."""
    response = operator_client.get(reverse("assist:start", args=[centre_learner.pk]))

    assert response.status_code == 200
    assert "রহিমা খাতুন" in response.content.decode()
    assert signed_in_user_id(operator_client) != str(centre_learner.user.pk)


def test_ending_the_session_signs_the_operator_back_in(
    assisted_client, operator, centre_learner
):
    """End returns the PC to the operator, at the learner's desk page."""
    response = end(assisted_client)

    assert response.status_code == 302
    assert response.url == reverse("desk:learner_detail", args=[centre_learner.pk])
    assert signed_in_user_id(assisted_client) == str(operator.pk)
    assert not assist.assisted_session_present(assisted_client)
    home = assisted_client.get(reverse("home"))
    assert 'class="assist-bar"' not in home.content.decode()


def test_start_and_end_are_audited_with_operator_and_learner(
    assisted_client, operator, centre_learner, centre
):
    """Each switch is one audit event naming who acted, for whom, where."""
    end(assisted_client)

    events = list(AuditEvent.objects.order_by("pk"))
    assert [event.action for event in events] == [
        AuditEvent.Action.SWITCH_IN,
        AuditEvent.Action.SWITCH_OUT,
    ]
    for event in events:
        assert event.actor == operator
        assert event.learner == centre_learner
        assert event.centre == centre


def test_operator_cannot_start_a_session_for_another_centres_learner(
    operator_client, operator
):
    """Another centre's learner is "not found", and nothing changes."""
    elsewhere = UdcFactory(district=District.objects.get(name_en="Dhaka"))
    stranger = make_learner(centre=elsewhere)

    response = start(operator_client, stranger)

    assert response.status_code == 404
    assert signed_in_user_id(operator_client) == str(operator.pk)
    assert not AuditEvent.objects.exists()


def test_operator_cannot_start_a_session_for_a_learner_of_no_centre(
    operator_client, operator
):
    """Someone learning on their own phone is not the operator's to sit down."""
    loner = make_learner()

    response = start(operator_client, loner)

    assert response.status_code == 404
    assert signed_in_user_id(operator_client) == str(operator.pk)


def test_a_learner_cannot_start_a_session(learner_client, centre_learner):
    """Only operators open sessions: a learner is refused."""
    response = start(learner_client, centre_learner)

    assert response.status_code == 403
    assert signed_in_user_id(learner_client) != str(centre_learner.user.pk)
    assert not AuditEvent.objects.exists()


def test_signing_in_is_needed_to_start_a_session(client, centre_learner):
    """Nobody signed in is sent to sign in, not switched."""
    response = start(client, centre_learner)

    assert response.status_code == 302
    assert SESSION_KEY not in client.session


def test_starting_needs_the_csrf_token(operator, centre_learner):
    """A forged cross-site POST cannot sit a learner down."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(operator)

    response = start(client, centre_learner)

    assert response.status_code == 403
    assert signed_in_user_id(client) == str(operator.pk)


def test_a_second_start_does_not_open_a_second_session(
    assisted_client, centre_learner, centre
):
    """A double tap on "start" leaves one session and one audit event."""
    other = make_learner(centre=centre)

    again = start(assisted_client, centre_learner)
    another = start(assisted_client, other)

    assert again.status_code == 302
    assert another.status_code == 302
    assert signed_in_user_id(assisted_client) == str(centre_learner.user.pk)
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SWITCH_IN).count() == 1


def test_a_forged_signature_ends_the_session(assisted_client):
    """Session values that do not match their HMAC sign everybody out."""
    session = assisted_client.session
    session[assist.SESSION_SIGNATURE] = "0" * 64
    session.save()

    response = assisted_client.get(reverse("home"))

    assert response.status_code == 200
    assert not response.context["user"].is_authenticated
    assert SESSION_KEY not in assisted_client.session
    out = AuditEvent.objects.get(action=AuditEvent.Action.SWITCH_OUT)
    assert out.actor is None
    assert out.detail == {"reason": "invalid"}


def test_a_missing_signature_ends_the_session(assisted_client):
    session = assisted_client.session
    del session[assist.SESSION_SIGNATURE]
    session.save()

    response = assisted_client.get(reverse("home"))

    assert not response.context["user"].is_authenticated


def test_an_ordinary_learner_session_cannot_be_turned_into_an_assisted_one(
    learner_client, operator, learner
):
    """Claiming an operator without the HMAC only signs the learner out."""
    session = learner_client.session
    session[assist.SESSION_OPERATOR] = operator.pk
    session[assist.SESSION_STARTED] = int(timezone.now().timestamp())
    session[assist.SESSION_SIGNATURE] = "f" * 64
    session.save()

    response = end(learner_client)

    assert response.status_code == 302
    assert SESSION_KEY not in learner_client.session


def test_an_old_session_ends_by_itself(assisted_client, settings, monkeypatch):
    """After ASSISTED_SESSION_MAX_MINUTES nobody stays signed in."""
    settings.ASSISTED_SESSION_MAX_MINUTES = 30
    later = timezone.now() + timedelta(minutes=31)
    monkeypatch.setattr(timezone, "now", lambda: later)

    response = assisted_client.get(reverse("home"))

    assert not response.context["user"].is_authenticated
    out = AuditEvent.objects.get(action=AuditEvent.Action.SWITCH_OUT)
    assert out.detail == {"reason": "expired"}


def test_a_session_within_its_time_goes_on(assisted_client, settings, monkeypatch):
    settings.ASSISTED_SESSION_MAX_MINUTES = 30
    later = timezone.now() + timedelta(minutes=29)
    monkeypatch.setattr(timezone, "now", lambda: later)

    response = assisted_client.get(reverse("home"))

    assert response.context["user"].is_authenticated


def test_removing_the_operator_from_the_centre_ends_the_session(
    assisted_client, operator
):
    """Membership is checked on every request, not only at the start."""
    operator.centre_memberships.all().delete()

    response = assisted_client.get(reverse("home"))

    assert not response.context["user"].is_authenticated
    out = AuditEvent.objects.get(action=AuditEvent.Action.SWITCH_OUT)
    assert out.actor == operator
    assert out.detail == {"reason": "operator"}


def test_deactivating_the_operator_ends_the_session(assisted_client, operator):
    operator.is_active = False
    operator.save()

    response = assisted_client.get(reverse("home"))

    assert not response.context["user"].is_authenticated


def test_an_ended_session_cannot_return_to_the_operator(assisted_client, operator):
    """Once the operator lost the centre, "end" does not sign them back in."""
    operator.centre_memberships.all().delete()

    response = end(assisted_client)

    assert response.status_code == 302
    assert SESSION_KEY not in assisted_client.session


@pytest.mark.parametrize(
    "path",
    ["/centre/", "/centre/learners/", "/en/centre/learners/", "/cms/", "/cms/pages/"],
)
def test_assisted_learner_cannot_reach_the_desk_or_the_admin(assisted_client, path):
    """The operator's pages are closed, with an explanation in the page's
    language (Bangla, or English under /en/), until the session ends."""
    response = assisted_client.get(path)

    message = "Not open during an assisted session"
    expected = message if path.startswith("/en/") else bangla(message)
    assert response.status_code == 403
    assert expected in response.content.decode()
    assert assist.assisted_session_present(assisted_client)


def test_learner_signing_out_ends_the_assisted_session(assisted_client):
    """A normal sign-out empties the session: the operator signs in again."""
    assisted_client.post(reverse("centres:sign_out"))

    response = assisted_client.get(reverse("home"))

    assert not response.context["user"].is_authenticated
    assert 'class="assist-bar"' not in response.content.decode()


def test_ending_when_no_session_is_open_changes_nothing(operator_client, operator):
    response = end(operator_client)

    assert response.status_code == 302
    assert signed_in_user_id(operator_client) == str(operator.pk)
    assert not AuditEvent.objects.exists()


def test_banner_speaks_english_under_en(assisted_client):
    response = assisted_client.get("/en/")

    page = response.content.decode()
    assert 'class="assist-bar"' in page
    assert "End session" in page
