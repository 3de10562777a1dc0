"""Package files go only to enrolled learners (and editors), with the right
types and cache headers, and never outside the package; the player's saved
state round-trips per learner, up to a size limit."""

import json

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from h5p.models import H5PUserState

from .conftest import csrf_client
from .factories import install_activity, sample

pytestmark = pytest.mark.django_db

LIBRARY_JS = "libraries/Drop-1.0/js/drop.min.js"
JAVASCRIPT_TYPES = {"text/javascript", "application/javascript"}


def file_url(activity, path: str) -> str:
    return reverse("h5p:file", args=[activity.pk, path])


def fetch(client, activity, path: str):
    """GET a package file and read it all (the response streams from storage).

    Reading to the end closes the file; the test client then closes the
    response itself, so closing it again would drop the test's database
    connection.
    """
    response = client.get(file_url(activity, path))
    if response.streaming:
        response.body = b"".join(response.streaming_content)
    return response


@pytest.fixture
def learner_in_course(client, enrolled, activity):
    client.force_login(enrolled.user)
    return client


def test_enrolled_learner_gets_manifest_and_content_as_json(
    learner_in_course, activity
):
    response = fetch(learner_in_course, activity, "h5p.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.body)["mainLibrary"] == "H5P.TrueFalse"
    assert response["Cache-Control"] == "private, max-age=300"
    assert response["X-Content-Type-Options"] == "nosniff"
    content = fetch(learner_in_course, activity, "content/content.json")
    assert content.status_code == 200
    assert content["Content-Type"] == "application/json"
    json.loads(content.body)


def test_library_files_have_their_types_and_are_cached_for_good(
    learner_in_course, activity
):
    response = fetch(learner_in_course, activity, LIBRARY_JS)

    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] in JAVASCRIPT_TYPES
    assert response["Cache-Control"] == "private, max-age=31536000, immutable"
    assert response.body.strip()
    stylesheet = fetch(
        learner_in_course,
        activity,
        "libraries/FontAwesome-4.5/h5p-font-awesome.min.css",
    )
    assert stylesheet.status_code == 200
    assert stylesheet["Content-Type"].startswith("text/css")


def test_each_file_after_the_first_costs_a_fixed_few_queries(
    learner_in_course, activity, django_assert_num_queries
):
    """The player loads dozens of files: enrolment is checked once, then cached."""
    fetch(learner_in_course, activity, "h5p.json")

    # Session, user, activity with its version, the library in the version.
    with django_assert_num_queries(4):
        assert fetch(learner_in_course, activity, LIBRARY_JS).status_code == 200


def test_learner_not_enrolled_is_refused(client, other_learner, activity):
    client.force_login(other_learner.user)

    assert fetch(client, activity, "h5p.json").status_code == 403
    assert fetch(client, activity, LIBRARY_JS).status_code == 403


def test_anonymous_visitor_is_refused(client, activity):
    assert fetch(client, activity, "h5p.json").status_code == 403
    assert fetch(client, activity, LIBRARY_JS).status_code == 403


def test_editor_may_preview_an_activity_in_no_course(superuser_client):
    unused = install_activity(sample("true-false.h5p"))

    assert fetch(superuser_client, unused, "h5p.json").status_code == 200


ESCAPING_PATHS = [
    "../h5p.json",
    "content/../../../settings.py",
    "libraries/../../h5p/packages",
    "libraries/../../../etc/passwd",
    "libraries/H5P.TrueFalse-1.6/../../../h5p.json",
    "content/missing.json",
    "H5P.TrueFalse-1.6/library.json",  # libraries are served under libraries/
]


def test_path_outside_the_package_is_not_found(learner_in_course, activity):
    # One test for all paths: each setup builds a course, and a 404 changes nothing.
    for path in ESCAPING_PATHS:
        # As the browser sends it, not normalised by reverse().
        response = learner_in_course.get(f"/h5p/{activity.pk}/files/{path}")

        assert response.status_code == 404, path


def test_library_of_another_package_is_not_served(learner_in_course, activity):
    other = install_activity(sample("multi-choice.h5p"))
    assert not activity.current_version.libraries.filter(
        folder="H5P.Image-1.1"
    ).exists()
    assert other.current_version.libraries.filter(folder="H5P.Image-1.1").exists()

    direct = fetch(learner_in_course, activity, "libraries/H5P.Image-1.1/image.js")
    sideways = learner_in_course.get(
        f"/h5p/{activity.pk}/files/libraries/Drop-1.0/../H5P.Image-1.1/image.js"
    )

    assert direct.status_code == 404
    assert sideways.status_code == 404


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
