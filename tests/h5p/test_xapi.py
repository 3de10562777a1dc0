"""The xAPI endpoint takes the learner from the session, never from the
statement; refuses forged or malformed statements with a 400 and stores
nothing; treats a resent statement as a no-op; and lets an activity count
towards completion only once its best score reaches the pass mark."""

import json
from decimal import Decimal

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from courses.models import CourseCompletion, LessonPage
from courses.selectors import course_progress
from h5p.models import H5PAttempt, H5PStatement
from h5p.selectors import best_scaled

from .conftest import csrf_client
from .factories import (
    CONTENT_ID,
    SUBCONTENT_ID,
    install_activity,
    sample,
    statement,
)

pytestmark = pytest.mark.django_db


def xapi_url(activity) -> str:
    return reverse("h5p:xapi", args=[activity.pk])


# The endpoint answers in the site's language (Bangla); tests read the msgid.
MESSAGES = [
    "The score is outside its own range.",
    "The scaled score must be between 0 and 1.",
    "Unknown xAPI verb.",
    "The score is not a number.",
    "The statement has no valid id.",
    "This statement is about another activity.",
    "This is not an xAPI statement.",
    "Not allowed.",
    "The scaled score does not match the raw and maximum scores.",
    "A score needs its raw and maximum values; a scaled score alone cannot be checked.",
    "The statement is too large.",
    "The statement is nested too deeply.",
    "The statement contains NaN or Infinity, which JSON does not allow.",
]


def english(error: str) -> str:
    """The English message behind a Bangla error; fails if it was not translated."""
    with translation.override("bn"):
        for msgid in MESSAGES:
            if translation.gettext(msgid) == error:
                assert error != msgid, f"not translated: {msgid}"
                return msgid
    return error


def send(client, activity, data):
    """POST a statement as the player does."""
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(
        xapi_url(activity),
        body,
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )


def nothing_stored():
    return not H5PStatement.objects.exists() and not H5PAttempt.objects.exists()


def kept(sent: dict) -> dict:
    """What is stored of a statement made by ``factories.statement``: actor,
    context, names and anything else the product does not read are dropped."""
    target = sent["object"]
    return {
        "id": sent["id"],
        "verb": {"id": sent["verb"]["id"]},
        "object": {
            "id": target["id"],
            "definition": {"extensions": target["definition"]["extensions"]},
        },
        "result": sent["result"],
    }


def test_answered_statement_stores_statement_and_scored_attempt(
    learner_browser, enrolled, activity
):
    sent = statement(activity, raw=3, max=4)

    response = send(learner_browser, activity, sent)

    assert response.status_code == 200
    stored = H5PStatement.objects.get()
    attempt = H5PAttempt.objects.get()
    assert str(stored.statement_id) == sent["id"]
    assert stored.raw == kept(sent)
    assert response.json() == {"stored": True, "attempt": attempt.pk}
    assert attempt.statement == stored
    assert attempt.version == activity.current_version
    assert (attempt.score_raw, attempt.score_max) == (3, 4)
    assert attempt.scaled == Decimal("0.75")
    assert attempt.success is True and attempt.completion is True
    assert attempt.duration == "PT4.2S"


def test_posting_without_the_csrf_token_is_refused(enrolled, activity):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(enrolled.user)

    response = send(browser, activity, statement(activity, raw=1, max=1))

    assert response.status_code == 403
    assert nothing_stored()


def test_actor_in_the_statement_is_ignored(
    learner_browser, enrolled, other_learner, activity
):
    forged = statement(
        activity,
        raw=1,
        max=1,
        actor={
            "objectType": "Agent",
            "name": other_learner.full_name,
            "mbox": f"mailto:{other_learner.user.username}@example.org",
        },
    )

    send(learner_browser, activity, forged)

    assert H5PAttempt.objects.get().user == enrolled.user
    assert H5PStatement.objects.get().user == enrolled.user
    assert not H5PAttempt.objects.filter(user=other_learner.user).exists()


def test_statement_about_another_activity_is_refused(learner_browser, activity):
    other = install_activity(sample("true-false.h5p"))

    response = send(learner_browser, activity, statement(other, raw=1, max=1))

    assert response.status_code == 400
    assert "another activity" in english(response.json()["error"])
    assert nothing_stored()


MALFORMED = [
    ({"raw": 5, "max": 4}, "outside its own range"),
    ({"raw": -1, "max": 4}, "outside its own range"),
    ({"raw": 2, "max": 4, "min": 4, "scaled": 0.5}, "outside its own range"),
    ({"raw": 2, "max": 4, "scaled": 1.5}, "between 0 and 1"),
    ({"raw": 2, "max": 4, "scaled": -0.5}, "between 0 and 1"),
    ({"raw": 2, "max": 4, "verb": "hacked"}, "unknown xapi verb"),
    ({"raw": "NaN", "max": 4, "scaled": 0.5}, "not a number"),
    ({"raw": 2, "max": 4, "id": "not-a-uuid"}, "no valid id"),
]


def test_malformed_statement_is_refused_and_nothing_stored(learner_browser, activity):
    # One test for all cases: each setup builds a course, and a 400 stores nothing.
    for change, message in MALFORMED:
        response = send(learner_browser, activity, statement(activity, **change))

        assert response.status_code == 400, change
        assert message in english(response.json()["error"]).lower(), change
    assert send(learner_browser, activity, "{not json").status_code == 400
    assert nothing_stored()


def _reshaped(activity, path: tuple, value) -> dict:
    sent = statement(activity, raw=1, max=1)
    part = sent
    for key in path[:-1]:
        part = part[key]
    part[path[-1]] = value
    return sent


FORGED_SHAPES = [
    (("verb",), "answered", "unknown xapi verb"),
    (("verb",), {"id": ["http://adlnet.gov/expapi/verbs/answered"]}, "unknown xapi"),
    (("object",), [], "another activity"),
    (("object", "definition"), "h5p", "another activity"),
    (("result", "score"), 5, "not a number"),
    (("result", "score"), {"raw": 1e12, "max": 1e12}, "outside its own range"),
    (("result", "score"), {"raw": "1e999999999", "max": "2e999999999"}, "outside"),
]


def test_statement_of_the_wrong_shape_is_refused_not_crashed(learner_browser, activity):
    for path, value, message in FORGED_SHAPES:
        response = send(learner_browser, activity, _reshaped(activity, path, value))

        assert response.status_code == 400, (path, value)
        assert message in english(response.json()["error"]).lower(), (path, value)
    assert nothing_stored()


def test_resent_statement_is_a_no_op(learner_browser, activity):
    sent = statement(activity, raw=1, max=1)
    send(learner_browser, activity, sent)

    again = send(learner_browser, activity, sent)

    assert again.status_code == 200
    assert again.json() == {"stored": True, "attempt": None}
    assert H5PStatement.objects.count() == 1
    assert H5PAttempt.objects.count() == 1


def test_question_set_child_is_stored_but_makes_no_attempt(learner_browser, activity):
    child = statement(activity, raw=1, max=1, sub=True)

    response = send(learner_browser, activity, child)

    assert response.status_code == 200
    assert H5PStatement.objects.get().raw == kept(child)
    assert not H5PAttempt.objects.exists()


def test_statement_without_a_score_makes_no_attempt(learner_browser, activity):
    interacted = statement(activity, raw=0, max=1, verb="interacted")
    del interacted["result"]

    response = send(learner_browser, activity, interacted)

    assert response.status_code == 200
    assert H5PStatement.objects.count() == 1
    assert not H5PAttempt.objects.exists()


def test_learner_not_enrolled_is_refused(other_learner, activity):
    browser = csrf_client(other_learner.user)

    response = send(browser, activity, statement(activity, raw=1, max=1))

    assert response.status_code == 403
    assert nothing_stored()


def test_anonymous_visitor_is_refused(activity):
    response = send(Client(), activity, statement(activity, raw=1, max=1))

    assert response.status_code == 403
    assert nothing_stored()


def test_activity_in_no_live_lesson_is_refused_even_to_an_enrolled_learner(
    enrolled,
):
    unused = install_activity(sample("true-false.h5p"))
    browser = csrf_client(enrolled.user)

    response = send(browser, unused, statement(unused, raw=1, max=1))

    assert response.status_code == 403


def only_lesson(course) -> LessonPage:
    return LessonPage.objects.live().descendant_of(course).get()


def test_failed_attempt_does_not_complete_the_course_a_passing_one_does_once(
    learner_browser,
    enrolled,
    activity,
    small_course,
    completions,
    django_capture_on_commit_callbacks,
):
    lesson = only_lesson(small_course)
    with django_capture_on_commit_callbacks(execute=True):
        learner_browser.post(reverse("courses:mark_done", args=[lesson.pk]))
        failed = send(learner_browser, activity, statement(activity, raw=1, max=4))
    assert failed.status_code == 200
    progress = course_progress(user=enrolled.user, course=small_course)
    assert progress.required_done == 1 and len(progress.required) == 2
    assert not CourseCompletion.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        send(learner_browser, activity, statement(activity, raw=3, max=4))
        send(learner_browser, activity, statement(activity, raw=4, max=4))

    completion = CourseCompletion.objects.get()
    assert completion.user == enrolled.user and completion.course == small_course
    assert completions == [completion]


def test_passing_attempt_alone_does_not_complete_an_unread_lesson(
    learner_browser, activity, completions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(learner_browser, activity, statement(activity, raw=4, max=4))

    assert not CourseCompletion.objects.exists()
    assert completions == []


def test_every_attempt_is_kept_and_the_best_counts(
    learner_browser, enrolled, activity, small_course
):
    key = f"h5pactivity:{activity.translation_key}"
    for raw in (3, 1):
        send(learner_browser, activity, statement(activity, raw=raw, max=4))

    assert H5PAttempt.objects.filter(user=enrolled.user).count() == 2
    assert best_scaled(user=enrolled.user, activity=activity) == Decimal("0.75")
    assert key in course_progress(user=enrolled.user, course=small_course).done


def test_pass_mark_is_reached_at_exactly_the_mark(
    learner_browser, enrolled, activity, small_course
):
    key = f"h5pactivity:{activity.translation_key}"
    send(learner_browser, activity, statement(activity, raw=0.59, max=1))
    assert key not in course_progress(user=enrolled.user, course=small_course).done

    send(learner_browser, activity, statement(activity, raw=0.6, max=1))

    assert key in course_progress(user=enrolled.user, course=small_course).done


def test_optional_activity_is_not_a_requirement(enrolled, small_course):
    from .factories import use_in_lesson

    optional = install_activity(sample("true-false.h5p"), required=False)
    use_in_lesson(optional, small_course)

    progress = course_progress(user=enrolled.user, course=small_course)

    assert f"h5pactivity:{optional.translation_key}" not in progress.required


def test_scaled_score_that_disagrees_with_raw_and_max_is_refused(
    learner_browser, activity
):
    """0 out of 10 sent as scaled 1 would count as a pass."""
    forged = statement(activity, raw=0, max=10, scaled=1)

    response = send(learner_browser, activity, forged)

    assert response.status_code == 400
    assert "does not match the raw" in english(response.json()["error"])
    assert nothing_stored()


def test_scaled_score_is_computed_from_raw_min_and_max(learner_browser, activity):
    """A sent scaled within 0.001 is H5P's rounding; the stored one is exact."""
    send(learner_browser, activity, statement(activity, raw=1, max=3, scaled=0.334))
    send(learner_browser, activity, statement(activity, raw=3, min=1, max=5))

    assert sorted(H5PAttempt.objects.values_list("scaled", flat=True)) == [
        Decimal("0.3333"),
        Decimal("0.5000"),
    ]


def test_scaled_score_without_raw_and_max_is_refused(learner_browser, activity):
    alone = statement(activity, raw=1, max=1)
    alone["result"]["score"] = {"scaled": 1}

    response = send(learner_browser, activity, alone)

    assert response.status_code == 400
    assert "scaled score alone cannot be checked" in english(response.json()["error"])
    assert nothing_stored()


def test_statement_over_64_kb_gets_413_and_stores_nothing(learner_browser, activity):
    padded = statement(activity, raw=1, max=1)
    padded["context"]["extensions"] = {"http://example.org/pad": "x" * 65 * 1024}

    response = send(learner_browser, activity, padded)
    # Refused on its size, before it is parsed.
    not_json = send(learner_browser, activity, "{" * 65 * 1024)

    assert response.status_code == 413
    assert "too large" in english(response.json()["error"])
    assert not_json.status_code == 413
    assert nothing_stored()


@override_settings(H5P_MAX_STATEMENT_BYTES=512)
def test_statement_size_limit_comes_from_settings(learner_browser, activity):
    response = send(learner_browser, activity, statement(activity, raw=1, max=1))

    assert response.status_code == 413
    assert nothing_stored()


def test_deeply_nested_or_nan_statement_gets_400(learner_browser, activity):
    for value, message in [
        ("[" * 100 + "]" * 100, "nested too deeply"),
        ("[" * 30_000 + "]" * 30_000, "nested too deeply"),
        ("NaN", "NaN or Infinity"),
        ("1e999", "NaN or Infinity"),
    ]:
        body = json.dumps(statement(activity, raw=1, max=1))
        body = body.replace('"context": {', f'"context": {{"extra": {value}, ', 1)

        response = send(learner_browser, activity, body)

        assert response.status_code == 400, value[:10]
        assert message in english(response.json()["error"]), value[:10]
    assert nothing_stored()


def test_stored_statement_is_pruned_and_bounded(learner_browser, activity):
    """Only what the product reads is kept, each string cut to 200 characters."""
    sent = statement(activity, raw=1, max=2, sub=True)
    long = "x" * 5_000  # seven of these stay under the 64 KB cap
    sent["object"]["id"] += long
    sent["object"]["definition"]["extensions"]["http://example.org/big"] = long
    sent["object"]["definition"]["description"] = {"en-US": long}
    sent["result"]["response"] = long
    sent["result"]["duration"] = "PT1S" + long
    sent["result"]["score"]["extra"] = long
    sent["context"]["extensions"] = {"http://example.org/big": long}
    sent["timestamp"] = "2025-01-02T03:04:05Z"
    sent["authority"] = {"mbox": "mailto:admin@example.org"}

    response = send(learner_browser, activity, sent)

    assert response.status_code == 200
    extensions = sent["object"]["definition"]["extensions"]
    assert H5PStatement.objects.get().raw == {
        "id": sent["id"],
        "timestamp": "2025-01-02T03:04:05Z",
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {
            "id": sent["object"]["id"][:200],
            "definition": {
                "extensions": {
                    CONTENT_ID: activity.pk,
                    SUBCONTENT_ID: extensions[SUBCONTENT_ID],
                }
            },
        },
        "result": {
            "success": False,
            "completion": True,
            "duration": ("PT1S" + long)[:200],
            "score": {"min": 0, "max": 2, "raw": 1, "scaled": 0.5},
        },
    }
