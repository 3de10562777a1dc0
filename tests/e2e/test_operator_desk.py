"""The operator's desk in a real browser: sign in, register, find, sit the
learner down in an assisted session, end it; another centre stays out of reach.

The operator types as they would at the UDC: the learner's Bangla name with a
conjunct and a zero-width joiner, the mobile number in Bangla digits, and
later only part of the name to find them again.
"""

import re
import unicodedata

import pytest
from playwright.sync_api import expect

from centres.models import AuditEvent, LearnerProfile
from tests.centres.factories import (
    OPERATOR_PASSWORD,
    CentreFactory,
    LearnerFactory,
    OperatorFactory,
)
from tests.i18n import bangla

# serialized_rollback: see test_learner_path.py.
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# স + hasanta + ম is the conjunct "স্ম"; র + ZWJ + hasanta + য is "র‍্য".
NAME = "সুস্মিতা র\u200d্যাচেল দাস"
PART_OF_NAME = "স্মিতা র\u200d্যা"
PHONE_TYPED = "০১৮১২৩৪৫৬৭৮"
PHONE_STORED = "+8801812345678"
PIN = "৪৮২৬"


def sign_in_at_desk(page, username: str) -> None:
    page.goto("/centre/sign-in/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        bangla("Sign in to the centre desk")
    )
    # Django's own "Username" label has no Bangla translation to look up.
    page.locator("input[name=username]").fill(username)
    page.get_by_label(bangla("Password")).fill(OPERATOR_PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/centre/$"))


def test_operator_registers_finds_and_assists_a_learner_of_their_centre_only(
    browser_page, out_dir
):
    page = browser_page
    centre = CentreFactory()
    operator = OperatorFactory(
        centre=centre, user__first_name="সালমা", user__last_name="বেগম"
    ).user
    elsewhere = LearnerFactory(centre=CentreFactory())

    sign_in_at_desk(page, operator.username)
    expect(page.locator(".who")).to_have_text("সালমা বেগম")

    page.locator(".desk-nav").get_by_role(
        "link", name=bangla("Register a learner")
    ).click()
    page.get_by_label(bangla("Learner's name")).fill(NAME)
    page.get_by_label(bangla("Mobile number")).press_sequentially(PHONE_TYPED)
    page.get_by_label(bangla("Female"), exact=True).check()
    page.get_by_label(bangla("Returnee migrant")).check()
    centre_choice = page.get_by_role("combobox", name=bangla("Centre"))
    expect(centre_choice).to_have_value(str(centre.pk))
    # The operator turns the screen; the learner types the PIN.
    page.get_by_label(bangla("PIN: the learner types 4 to 6 digits")).fill(PIN)
    page.get_by_label(bangla("The learner types the PIN again")).fill(PIN)
    page.screenshot(path=out_dir / "e2e-desk-register.png", full_page=True)
    page.locator("main form button[type=submit]").click()

    stored_name = unicodedata.normalize("NFC", NAME)
    expect(page.locator(".msg-success")).to_have_text(
        bangla("%(name)s is registered. They sign in with %(phone)s and their PIN.")
        % {"name": stored_name, "phone": PHONE_TYPED}
    )
    profile = LearnerProfile.objects.get(phone=PHONE_STORED)
    assert profile.full_name == stored_name
    assert "\u200d" in profile.full_name
    assert (profile.centre, profile.registered_by) == (centre, operator)
    assert profile.district == centre.district
    assert profile.user.check_password("4826")

    page.locator(".desk-nav").get_by_role(
        "link", name=bangla("Learners"), exact=True
    ).click()
    page.get_by_label(bangla("Name or mobile number")).fill(PART_OF_NAME)
    page.get_by_role("button", name=bangla("Search")).click()
    rows = page.locator(".desk-table tbody tr")
    expect(rows).to_have_count(1)
    page.screenshot(path=out_dir / "e2e-desk-search.png", full_page=True)
    rows.get_by_role("link", name=stored_name).click()
    expect(page).to_have_url(re.compile(rf"/centre/learners/{profile.pk}/$"))

    page.get_by_role("link", name=bangla("Start a session for this learner")).click()
    page.get_by_role("button", name=bangla("Start the session")).click()
    banner = page.get_by_role("region", name=bangla("Assisted session"))
    expect(banner).to_contain_text(
        bangla("Assisted by %(operator)s") % {"operator": "সালমা বেগম"}
    )
    expect(page.locator(".msg-success")).to_have_text(
        bangla("%(name)s is signed in on this computer.") % {"name": stored_name}
    )
    # The learner sees the home page as themselves.
    expect(page).to_have_url(re.compile(r"^https?://[^/]+/$"))
    expect(page.locator(".who")).to_have_text(stored_name)
    page.screenshot(path=out_dir / "e2e-desk-assisted.png", full_page=True)

    banner.get_by_role("button", name=bangla("End session")).click()
    expect(page.locator(".msg-success")).to_have_text(
        bangla("%(name)s's session has ended. You are signed in again.")
        % {"name": stored_name}
    )
    expect(page).to_have_url(re.compile(rf"/centre/learners/{profile.pk}/$"))
    expect(page.locator(".who")).to_have_text("সালমা বেগম")
    expect(page.locator(".assist-bar")).to_have_count(0)
    actions = AuditEvent.objects.filter(actor=operator, learner=profile)
    assert set(actions.values_list("action", flat=True)) == {
        AuditEvent.Action.REGISTER,
        AuditEvent.Action.SWITCH_IN,
        AuditEvent.Action.SWITCH_OUT,
    }

    for url in (
        f"/centre/learners/{elsewhere.pk}/",
        f"/centre/session/start/{elsewhere.pk}/",
    ):
        response = page.goto(url)
        assert response.status == 404, url
    expect(page.get_by_text(elsewhere.full_name)).to_have_count(0)
    # Chromium asks for /favicon.ico on its own; the site has none.
    failures = [f for f in page.failed_requests if not f.endswith("/favicon.ico")]
    assert [failure.split()[0] for failure in failures] == ["404", "404"]
