"""The player's saved state round-trips per learner, up to a size limit (the
files themselves: tests/h5p/test_player_files.py)."""

import json

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from h5p.models import H5PUserState

from .conftest import csrf_client

pytestmark = pytest.mark.django_db


def state_url(activity) -> str:
    return reverse("h5p:state", args=[activity.pk])


def test_saved_state_round_trips_and_is_replaced(learner_browser, enrolled, activity):
    state = json.dumps({"answers": [1], "note": "অর্ধেক করা"}, ensure_ascii=False)

    saved = learner_browser.post(
        state_url(activity), state, content_type="text/plain; charset=utf-8"
    )
    loaded = learner_browser.get(state_url(activity))

    assert saved.status_code == 200
    assert loaded.status_code == 200
    assert loaded.content.decode() == state
    assert H5PUserState.objects.get().user == enrolled.user
    # Saving again replaces it: one row per learner and activity.
    learner_browser.post(state_url(activity), '{"page": 2}', content_type="text/plain")
    assert learner_browser.get(state_url(activity)).content == b'{"page": 2}'
    assert H5PUserState.objects.count() == 1


def test_state_is_per_learner(learner_browser, activity, other_learner, small_course):
    from courses.services import course_enrol

    learner_browser.post(
        state_url(activity), '{"mine": true}', content_type="text/plain"
    )
    course_enrol(user=other_learner.user, course=small_course)
    other_browser = csrf_client(other_learner.user)

    assert other_browser.get(state_url(activity)).content == b""


def test_state_over_the_limit_is_refused(learner_browser, activity):
    limit = settings.H5P_MAX_STATE_BYTES
    # Bangla letters are 3 bytes each in UTF-8: under the limit in characters,
    # over it in bytes.
    too_big = "অ" * (limit // 3 + 1)

    response = learner_browser.post(
        state_url(activity), too_big, content_type="text/plain; charset=utf-8"
    )

    assert response.status_code == 413
    assert not H5PUserState.objects.exists()


def test_state_needs_the_csrf_token(enrolled, activity):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(enrolled.user)

    response = browser.post(state_url(activity), "{}", content_type="text/plain")

    assert response.status_code == 403
    assert not H5PUserState.objects.exists()


def test_state_is_refused_to_a_learner_not_enrolled(client, other_learner, activity):
    client.force_login(other_learner.user)

    assert client.get(state_url(activity)).status_code == 403
    assert (
        client.post(state_url(activity), "{}", content_type="text/plain").status_code
        == 403
    )
    assert not H5PUserState.objects.exists()
