"""A certificate's life in a real browser, on the UDC's one shared PC.

The learner finishes a small course, downloads the certificate and checks its
code on the public page; then signs out, and the centre's operator signs in,
prints it from the print queue and marks it printed.
"""

import io
import re
import unicodedata

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.tasks import build_print_batch
from elearn.formatting import localise_digits
from tests.centres.factories import (
    OPERATOR_PASSWORD,
    CentreFactory,
    LearnerFactory,
    OperatorFactory,
)
from tests.courses.factories import make_course
from tests.i18n import bangla, bangla_plural

# serialized_rollback: see test_learner_path.py.
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# র্প (a reph) and ক্ষ are conjuncts the PDF's shaping must keep.
NAME = "অর্পিতা ক্ষমা দাস"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def sign_in_learner(page, live_server, user) -> None:
    """A learner's session in the browser (PIN sign-in has its own tests)."""
    client = Client()
    client.force_login(user, backend=MODEL_BACKEND)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def downloaded(page, link) -> tuple[str, bytes]:
    """Click ``link`` and return the saved file's suggested name and bytes.

    Chromium reports the navigation that turned into a download as aborted;
    that is no failure, so it is taken off ``page.failed_requests``.
    """
    with page.expect_download() as info:
        link.click()
    download = info.value
    with open(download.path(), "rb") as handle:
        data = handle.read()
    aborted = f"net::ERR_ABORTED {download.url}"
    page.failed_requests[:] = [f for f in page.failed_requests if f != aborted]
    return download.suggested_filename, data


def test_learner_downloads_and_verifies_the_certificate_and_the_centre_prints_it(
    browser_page, live_server, out_dir, monkeypatch
):
    page = browser_page
    queued = []
    monkeypatch.setattr(build_print_batch, "delay", queued.append)
    course = make_course(modules=1, lessons=2)
    centre = CentreFactory()
    operator = OperatorFactory(centre=centre).user
    learner = LearnerFactory(full_name=NAME, centre=centre)
    sign_in_learner(page, live_server, learner.user)

    page.goto(course.url)
    page.get_by_role("button", name=bangla("Enrol in this course")).click()
    page.get_by_role("link", name=bangla("Start the first lesson")).click()
    page.get_by_role("button", name=bangla("Done, next")).click()
    page.get_by_role("button", name=bangla("Done, finish")).click()

    expect(page.locator(".msg-success")).to_have_text(
        bangla("Well done! You have completed this course.")
    )
    panel = page.locator("#certificate")
    expect(panel.get_by_role("heading", level=2)).to_have_text(
        bangla("Your certificate")
    )
    certificate = Certificate.objects.get(learner=learner.user, course=course)
    assert certificate.status == Certificate.Status.ISSUED
    code = certificate.code
    shown_code = f"{code[:4]}-{code[4:8]}-{code[8:]}"
    expect(panel.locator("code")).to_have_text(shown_code)
    page.screenshot(path=out_dir / "e2e-certificate-panel.png", full_page=True)

    filename, pdf = downloaded(
        page, panel.get_by_role("link", name=bangla("Download certificate (PDF)"))
    )
    assert filename == f"certificate-{code}.pdf"
    assert pdf.startswith(b"%PDF-")
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata.author == unicodedata.normalize("NFC", NAME)

    # Whoever holds the paper types the code printed on it.
    page.goto("/certificates/verify/")
    page.get_by_label(bangla("Certificate code")).fill(shown_code)
    page.get_by_role("button", name=bangla("Check"), exact=True).click()
    verdict = page.locator(".verdict-ok")
    expect(verdict).to_contain_text(bangla("This certificate is genuine."))
    expect(verdict.locator(".learner-name")).to_have_text(NAME)
    page.screenshot(path=out_dir / "e2e-certificate-verify.png", full_page=True)

    # The learner leaves the PC; the operator signs in at the same browser.
    page.get_by_role("button", name=bangla("Sign out")).click()
    page.goto("/centre/sign-in/")
    page.locator("input[name=username]").fill(operator.username)
    page.get_by_label(bangla("Password")).fill(OPERATOR_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.locator(".desk-nav").get_by_role("link", name=bangla("Print queue")).click()

    row = page.locator(".queue-row")
    expect(row).to_have_count(1)
    expect(row.locator(".who")).to_have_text(NAME)
    page.screenshot(path=out_dir / "e2e-certificate-queue.png", full_page=True)
    row.get_by_role("button", name=bangla("Print")).click()

    # The worker is busy: the batch waits, and the page says so while it polls.
    expect(page.get_by_role("heading", level=1)).to_have_text(bangla("Print batch"))
    expect(page.locator("#batch-status")).to_have_text(bangla("Waiting"))
    zero, one = localise_digits(0, "bn"), localise_digits(1, "bn")
    expect(page.locator("#batch-progress")).to_have_text(f"{zero}/{one}")
    get_pdf = page.get_by_role("link", name=bangla("Download the PDF for printing"))
    expect(get_pdf).to_be_hidden()
    page.screenshot(path=out_dir / "e2e-certificate-batch-waiting.png", full_page=True)
    # The worker gets to it. The page's next polls are held in the browser
    # meanwhile, so the live server is idle while this thread writes.
    page.route(re.compile(r"/status/$"), lambda route: route.continue_())
    with page.expect_response(re.compile(r"/status/$")):
        pass
    assert len(queued) == 1
    build_print_batch(*queued)

    expect(page.locator("#batch-status")).to_have_text(bangla("Ready"), timeout=10_000)
    expect(page.locator("#batch-progress")).to_have_text(f"{one}/{one}")
    expect(get_pdf).to_be_visible()
    page.screenshot(path=out_dir / "e2e-certificate-batch.png", full_page=True)
    filename, pdf = downloaded(page, get_pdf)
    assert re.fullmatch(r"certificates-\d+\.pdf", filename)
    assert pdf.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1

    page.get_by_role("button", name=bangla("Mark as printed")).click()
    expect(page.locator(".msg-success")).to_have_text(
        bangla_plural(
            "%(count)s certificate marked as printed.",
            "%(count)s certificates marked as printed.",
            1,
        )
        % {"count": one}
    )
    certificate.refresh_from_db()
    assert certificate.printed_at is not None
    assert certificate.printed_by == operator

    page.locator(".desk-nav").get_by_role("link", name=bangla("Print queue")).click()
    expect(page.locator(".queue-row")).to_have_count(0)
    failures = [f for f in page.failed_requests if not f.endswith("/favicon.ico")]
    assert failures == []
