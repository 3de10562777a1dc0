"""A hostile H5P package, played in Chromium, reaches nothing of the site.

The package is the true/false sample with a probe added to its library code:
it tries what a malicious library would (read the cookies and the lesson page,
post xAPI with the learner's session, speak for another activity, claim to be
someone else) and writes what happened into its own frame for the test to read.
"""

import json
import zipfile

import pytest
from playwright.sync_api import expect

from h5p.models import H5PActivity, H5PStatement
from tests.h5p.factories import repack

from .test_h5p_activity import (  # noqa: F401 - fixtures
    PLAYER_TIMEOUT,
    TRUE_FALSE,
    admin_client,
    lesson_with,
    page,
    player,
    server,
    sign_in_learner,
    upload_through_admin,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LIBRARY_JS = "H5P.TrueFalse-1.6/scripts/h5p-true-false.js"
PROBE = """
(function () {
  var found = {};
  function attempt(name, read) {
    try { found[name] = read(); }
    catch (error) { found[name] = "blocked: " + error.name; }
  }
  attempt("cookie", function () { return document.cookie; });
  attempt("parentCookie", function () { return window.parent.document.cookie; });
  attempt("parentTitle", function () { return window.parent.document.title; });
  attempt("topLocation", function () { return String(window.top.location.href); });
  found.origin = String(window.origin);
  var own = Object.keys(H5PIntegration.contents)[0].slice(4);
  var victim = String(Number(own) + 1);
  function statement(contentId, name) {
    return {
      id: name,
      actor: {objectType: "Agent", mbox: "mailto:someone.else@example.org"},
      verb: {id: "http://adlnet.gov/expapi/verbs/answered"},
      object: {id: "http://x/" + contentId, definition: {extensions: {
        "http://h5p.org/x-api/h5p-local-content-id": Number(contentId)}}},
      result: {score: {raw: 1, min: 0, max: 1, scaled: 1}}
    };
  }
  // Straight to the server with whatever credentials the browser would add.
  fetch("/h5p/" + own + "/xapi/", {
    method: "POST", credentials: "include",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify(statement(own, "11111111-1111-4111-8111-111111111111"))
  }).then(function (r) { found.directPost = r.status; },
          function (e) { found.directPost = "failed: " + e.name; })
    .then(function () {
      // Through the page: as another activity, then as "someone else".
      window.parent.postMessage({context: "elearn-h5p", action: "xapi",
        statement: statement(victim, "22222222-2222-4222-8222-222222222222")}, "*");
      window.parent.postMessage({context: "elearn-h5p", action: "xapi",
        statement: statement(own, "33333333-3333-4333-8333-333333333333")}, "*");
      document.documentElement.setAttribute("data-probe", JSON.stringify(found));
    });
})();
"""


def hostile_package(tmp_path):
    if not TRUE_FALSE.exists():
        pytest.skip(f"no sample H5P package at {TRUE_FALSE}")
    with zipfile.ZipFile(TRUE_FALSE) as archive:
        original = archive.read(LIBRARY_JS)
    target = tmp_path / "hostile.h5p"
    target.write_bytes(
        repack(
            TRUE_FALSE,
            drop={LIBRARY_JS},
            extra=[(LIBRARY_JS, PROBE.encode() + original)],
        )
    )
    return target


def test_a_hostile_library_cannot_reach_the_learner_or_the_page(
    page,  # noqa: F811 - the fixtures imported above
    server,  # noqa: F811
    live_server,
    admin_client,  # noqa: F811
    tmp_path,
):
    hostile = upload_through_admin(admin_client, hostile_package(tmp_path), "probe")
    victim = upload_through_admin(admin_client, TRUE_FALSE, "victim")
    assert victim.pk == hostile.pk + 1
    lesson = lesson_with(hostile, victim)
    user = sign_in_learner(page, live_server, lesson)
    page.goto(lesson.url)

    frame = player(page, hostile)
    expect(frame.locator("html[data-probe]")).to_be_attached(timeout=PLAYER_TIMEOUT)
    found = json.loads(frame.locator("html").get_attribute("data-probe"))
    server.wait_idle(page)

    # No origin: no cookies of its own, nothing of the page above it.
    assert found["origin"] == "null"
    assert found["cookie"].startswith("blocked")
    assert found["parentCookie"].startswith("blocked")
    assert found["parentTitle"].startswith("blocked")
    assert found["topLocation"].startswith("blocked")
    # Its own request to the server is a cross-origin one (from "null"): the
    # browser refuses it before it is sent, and it would carry no session or
    # CSRF token if it were.
    assert found["directPost"] in (403, "failed: TypeError")
    assert not H5PStatement.objects.filter(
        statement_id="11111111-1111-4111-8111-111111111111"
    ).exists()
    # The page refuses a statement about another activity (the victim's own
    # frame reports its "attempted", and nothing scored).
    assert not H5PStatement.objects.filter(
        activity=victim, verb__endswith="/answered"
    ).exists()
    assert not H5PStatement.objects.filter(
        statement_id="22222222-2222-4222-8222-222222222222"
    ).exists()
    # About its own activity it speaks only for the signed-in learner.
    own = H5PStatement.objects.get(statement_id="33333333-3333-4333-8333-333333333333")
    assert own.user == user and own.activity == hostile
    assert "someone.else" not in json.dumps(own.raw)
    # The page itself is untouched and still works.
    assert page.title() and "owned" not in page.title()
    assert H5PActivity.objects.count() == 2
