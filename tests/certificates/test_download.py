"""A learner finds their certificate on the course page and downloads it; nobody
else can."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from certificates import services
from certificates.models import Certificate
from courses.services import course_enrol, lesson_mark_done
from tests.centres.factories import LearnerFactory
from tests.certificates.factories import complete_course, lessons_of
from tests.i18n import bangla

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture
def certificate(course, learner, django_capture_on_commit_callbacks):
    """The learner finished the course and the certificate was issued."""
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(learner=learner.user, course=course)
    assert certificate.status == Certificate.Status.ISSUED
    return certificate


def download_url(certificate) -> str:
    return reverse("certificates:download", args=[certificate.pk])


def pdf_bytes(response) -> bytes:
    # Reading to the end closes the file (the test client does it).
    return b"".join(response.streaming_content)


def complete_course_but_one(*, user, course):
    """Enrol ``user`` and mark every lesson but the last done."""
    course_enrol(user=user, course=course)
    for lesson in lessons_of(course)[:-1]:
        assert lesson_mark_done(user=user, lesson=lesson) is None


def test_the_course_page_shows_the_certificate_panel_in_bangla_once_complete(
    learner_client, course, certificate
):
    response = learner_client.get(course.url)

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="certificate"' in page
    assert bangla("Your certificate") in page
    assert bangla("Download certificate (PDF)") in page
    assert download_url(certificate) in page
    assert reverse("certificates:verify", kwargs={"code": certificate.code}) in page
    code = certificate.code
    assert f"{code[:4]}-{code[4:8]}-{code[8:]}" in page


def test_the_english_course_page_shows_the_panel_in_english(
    learner_client, course, certificate
):
    english = course.get_translation(Locale.objects.get(language_code="en"))

    response = learner_client.get(english.url)

    assert english.url.startswith("/en/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your certificate" in page
    assert "Download certificate (PDF)" in page
    assert download_url(certificate) in page


def test_the_learner_downloads_their_certificate_as_a_pdf(learner_client, certificate):
    response = learner_client.get(download_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert f"certificate-{certificate.code}.pdf" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert pdf_bytes(response).startswith(b"%PDF-")


def test_inline_asks_the_browser_to_show_the_pdf(learner_client, certificate):
    response = learner_client.get(download_url(certificate), {"inline": "1"})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")
    assert pdf_bytes(response).startswith(b"%PDF-")


def test_another_learner_cannot_download_it(client, certificate):
    someone_else = LearnerFactory()
    client.force_login(someone_else.user)

    response = client.get(download_url(certificate))

    assert response.status_code == 404
    assert not response.get("Content-Type", "").startswith("application/pdf")


def test_an_anonymous_visitor_is_sent_to_sign_in(client, certificate):
    response = client.get(download_url(certificate))

    assert response.status_code == 302
    assert response.url.startswith(reverse("centres:sign_in"))
    assert "next=" in response.url


def test_a_revoked_certificate_is_withdrawn_from_the_learner(
    learner_client, course, certificate
):
    services.certificate_revoke(
        certificate=certificate, actor=None, reason="ভুল কোর্সে দেওয়া হয়েছিল"
    )

    download = learner_client.get(download_url(certificate))
    page = learner_client.get(course.url).content.decode()

    assert download.status_code == 404
    assert (
        bangla(
            "Your certificate for this course has been withdrawn. Please ask your "
            "UDC entrepreneur or the programme staff."
        )
        in page
    )
    assert download_url(certificate) not in page
    assert bangla("Download certificate (PDF)") not in page


def test_a_certificate_being_prepared_shows_as_such_and_cannot_be_downloaded(
    learner_client, learner, course
):
    # Completed, but the commit that asks for the certificate has not run yet.
    completion = complete_course(user=learner.user, course=course)
    pending = services.certificate_request(completion=completion)

    page = learner_client.get(course.url).content.decode()
    download = learner_client.get(download_url(pending))

    assert (
        bangla("Your certificate is being prepared. It is usually ready in a minute.")
        in page
    )
    assert download_url(pending) not in page
    assert download.status_code == 404


def test_a_failed_certificate_tells_the_learner_staff_will_redo_it(
    learner_client, learner, course
):
    completion = complete_course(user=learner.user, course=course)
    pending = services.certificate_request(completion=completion)
    services.certificate_mark_failed(certificate_id=pending.pk, error="boom")

    page = learner_client.get(course.url).content.decode()

    assert (
        bangla(
            "Your certificate could not be prepared. The programme staff have been "
            "told and will prepare it again."
        )
        in page
    )
    assert "boom" not in page
    assert download_url(pending) not in page


def test_a_learner_who_has_not_completed_sees_no_certificate_panel(
    learner_client, learner, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        # Enrolled and one lesson short of the end.
        complete_course_but_one(user=learner.user, course=course)

    response = learner_client.get(course.url)

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="certificate"' not in page
    assert bangla("Your certificate") not in page
    assert not Certificate.objects.filter(learner=learner.user).exists()


def test_the_panel_shows_only_the_learners_own_certificate(client, course, certificate):
    """Someone else finished the course; this learner has not."""
    other = LearnerFactory()
    client.force_login(other.user)

    page = client.get(course.url).content.decode()

    assert bangla("Your certificate") not in page
    assert download_url(certificate) not in page
    code = certificate.code
    assert f"{code[:4]}-{code[4:8]}-{code[8:]}" not in page
