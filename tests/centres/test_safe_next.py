"""``next=`` is followed only back into this site, wherever it is followed."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from elearn.redirects import safe_next
from tests.centres.factories import OPERATOR_PASSWORD, LearnerFactory, OperatorFactory

ELSEWHERE = [
    "https://evil.example",
    "https://evil.example/learn/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http://testserver/learn/",  # this host, but not https on a secure request
]


@pytest.mark.parametrize("target", ELSEWHERE)
def test_safe_next_refuses_anything_that_leaves_the_site(target):
    request = RequestFactory().get("/", {"next": target}, secure=True)
    assert safe_next(request, "/home/") == "/home/"


def test_safe_next_keeps_a_local_address_from_post_or_get():
    factory = RequestFactory()
    assert safe_next(factory.get("/", {"next": "/learn/x/"}), "/") == "/learn/x/"
    posted = factory.post("/?next=/learn/y/", {"next": "/learn/x/"})
    assert safe_next(posted, "/") == "/learn/x/"
    assert safe_next(factory.get("/"), "/") == "/"


@pytest.fixture
def learner(db):
    return LearnerFactory(full_name="রহিমা খাতুন", phone="01711000001", pin="1111")


def _pin_step(client, learner, target):
    client.post(reverse("centres:sign_in"), {"phone": learner.phone})
    url = reverse("centres:enter_pin", args=[learner.pk])
    return client.post(f"{url}?next={target}", {"pin": "1111"})


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example",
        "//evil.example",
        "/\\evil.example",
        "javascript:alert(1)",
    ],
)
def test_the_pin_step_sends_a_foreign_next_home(client, learner, target):
    response = _pin_step(client, learner, target)
    assert response.status_code == 302
    assert response.url == reverse("home")
    assert client.session["_auth_user_id"] == str(learner.user.pk)


def test_the_pin_step_follows_a_local_next(client, learner):
    response = _pin_step(client, learner, "/learn/some-course/")
    assert response.url == "/learn/some-course/"


def test_a_local_next_survives_all_three_steps(client, learner):
    """The course page sends learners to sign in with ``next``: it is carried
    from the number to the list of names to the PIN, and followed at the end."""
    start = reverse("centres:sign_in") + "?next=/learn/some-course/"
    step_two = client.post(start, {"phone": learner.phone})
    assert (
        step_two.url
        == reverse("centres:choose_profile") + "?next=%2Flearn%2Fsome-course%2F"
    )
    page = client.get(step_two.url).content.decode()
    pin_url = (
        reverse("centres:enter_pin", args=[learner.pk]) + "?next=/learn/some-course/"
    )
    assert f'href="{pin_url}"' in page
    done = client.post(pin_url, {"pin": "1111"})
    assert done.url == "/learn/some-course/"


def test_a_foreign_next_is_dropped_before_the_list_of_names(client, learner):
    start = reverse("centres:sign_in") + "?next=//evil.example"
    step_two = client.post(start, {"phone": learner.phone})
    assert step_two.url == reverse("centres:choose_profile")
    page = client.get(reverse("centres:choose_profile") + "?next=//evil.example")
    pin_url = reverse("centres:enter_pin", args=[learner.pk])
    assert f'href="{pin_url}"' in page.content.decode()


@pytest.mark.parametrize("target", ["https://evil.example", "//evil.example"])
def test_the_desk_sign_in_sends_a_foreign_next_to_the_desk(client, db, target):
    operator = OperatorFactory().user
    response = client.post(
        reverse("desk:sign_in") + f"?next={target}",
        {"username": operator.username, "password": OPERATOR_PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert response.url == reverse("desk:home")
