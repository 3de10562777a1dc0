"""A learner's first visit, in a real browser: register, enrol, finish a lesson.

Everything is typed and clicked the way a learner at a UDC would, in Bangla:
a name with a conjunct and a zero-width joiner, a mobile number in Bangla
digits. The test ends when the progress bar has moved.
"""

import re
import unicodedata

import pytest
from playwright.sync_api import expect

from centres.models import District, LearnerProfile
from courses.models import LessonPage
from tests.courses.factories import make_course
from tests.i18n import bangla

# serialized_rollback: a transactional test empties the database when it ends,
# taking the districts and Wagtail's root page that migrations created; this
# puts them back first, whichever transactional test ran before this one.
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# র + ZWJ + hasanta + য: the ZWJ asks for the ra-phala form "র‍্য".
NAME = "শ্রাবন্তী র\u200d্যাহমান"
PHONE_TYPED = "০১৭১২৩৪৫৬৭৮"
PHONE_STORED = "+8801712345678"
PIN = "৪৮২৬"


def progress_value(page) -> int:
    bar = page.get_by_role("progressbar")
    expect(bar).to_have_count(1)
    return int(bar.get_attribute("aria-valuenow"))


def test_learner_registers_in_bangla_enrols_and_moves_the_progress_bar(
    browser_page, out_dir
):
    page = browser_page
    course = make_course()
    first, second = LessonPage.objects.live().descendant_of(course).order_by("path")[:2]
    district = District.objects.get(name_en="Tangail")

    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "bn")
    page.get_by_role("link", name=bangla("Register"), exact=True).click()

    page.get_by_label(bangla("Your name")).fill(NAME)
    page.get_by_label(bangla("Mobile number")).press_sequentially(PHONE_TYPED)
    page.get_by_label(bangla("Female"), exact=True).check()
    page.get_by_label(bangla("District")).select_option(label=district.name_bn)
    page.get_by_label(bangla("Returnee migrant")).check()
    page.get_by_label(bangla("Choose a PIN (4 to 6 digits)")).fill(PIN)
    page.get_by_label(bangla("Type the PIN again")).fill(PIN)
    submit = page.locator("main form button[type=submit]")
    expect(submit).to_have_text(bangla("Register"))
    submit.click()

    expect(page.locator(".msg-success")).to_contain_text(
        bangla("Welcome, %(name)s!") % {"name": NAME}
    )
    expect(page.locator(".who")).to_have_text(unicodedata.normalize("NFC", NAME))
    profile = LearnerProfile.objects.get(phone=PHONE_STORED)
    assert profile.full_name == NAME
    assert "\u200d" in profile.full_name
    assert (profile.gender, profile.learner_type) == ("female", "returnee")
    assert profile.district == district

    page.get_by_role("link", name=bangla("See the courses")).click()
    page.get_by_role("link", name=course.title).click()
    page.get_by_role("button", name=bangla("Enrol in this course")).click()
    expect(page.locator(".msg-success")).to_have_text(
        bangla("You are enrolled. Start with the first lesson.")
    )
    assert progress_value(page) == 0

    page.get_by_role("link", name=bangla("Start the first lesson")).click()
    expect(page).to_have_url(re.compile(re.escape(first.url) + "$"))
    assert progress_value(page) == 0
    done = page.get_by_role("button", name=bangla("Done, next"))
    done.click()

    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(second.title)
    assert progress_value(page) > 0
    page.screenshot(path=out_dir / "e2e-lesson.png", full_page=True)
    assert page.failed_requests == []
