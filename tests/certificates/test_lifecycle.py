"""Asking for, issuing and retrying certificates: once per completion, whatever
runs twice, and nothing a learner does fails because a certificate did."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from certificates import render, services
from certificates.codes import CODE_LENGTH, check_character, normalise
from certificates.models import Certificate, CertificateEvent
from certificates.storage import private_storage
from courses.models import CourseCompletion
from tests.centres.factories import LearnerFactory
from tests.certificates.factories import complete_course

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

# A well-formed code the tests hand out on purpose.
FRESH = "ABCDEFGHJK" + check_character("ABCDEFGHJK")


@pytest.fixture
def completion(course, learner):
    """The learner finished the course; the commit that would ask for the
    certificate never happens inside a test's transaction."""
    completion = complete_course(user=learner.user, course=course)
    assert not Certificate.objects.exists()
    return completion


@pytest.fixture
def pending(completion):
    certificate = services.certificate_request(completion=completion)
    assert certificate.status == Certificate.Status.PENDING
    return certificate


def read(certificate) -> bytes:
    with private_storage().open(certificate.pdf.name, "rb") as handle:
        return handle.read()


def events(certificate, action) -> int:
    return certificate.events.filter(action=action).count()


def test_asking_twice_for_one_completion_makes_one_certificate(completion):
    first = services.certificate_request(completion=completion)
    second = services.certificate_request(completion=completion)

    assert first.pk == second.pk
    assert first.code == second.code
    assert Certificate.objects.filter(completion=completion).count() == 1


def test_a_pending_certificate_snapshots_name_course_and_centre(pending, learner):
    assert pending.learner_name == learner.full_name
    assert pending.course_title_en.startswith("Course ")
    assert pending.course_title_bn.startswith("কোর্স ")
    assert pending.centre_bn == f"{learner.district.name_bn} জেলা"
    assert pending.centre_en == f"{learner.district.name_en} district"
    assert pending.completed_on == timezone.localdate(pending.completion.completed_at)
    assert normalise(pending.code) == pending.code
    assert not pending.pdf


def test_issuing_draws_the_pdf_and_records_it_once(pending):
    issued = services.certificate_issue(certificate_id=pending.pk)

    assert issued.status == Certificate.Status.ISSUED
    assert issued.issued_at is not None
    assert issued.tries == 1
    assert issued.pdf.name == f"certificates/{issued.course_id}/{issued.code}.pdf"
    assert read(issued).startswith(b"%PDF-")
    assert events(issued, CertificateEvent.Action.ISSUED) == 1


def test_issuing_an_issued_certificate_changes_nothing(pending, monkeypatch):
    issued = services.certificate_issue(certificate_id=pending.pk)
    before = read(issued)

    def must_not_render(*args, **kwargs):
        raise AssertionError("an issued certificate was drawn again")

    monkeypatch.setattr(render, "render_certificate", must_not_render)
    again = services.certificate_issue(certificate_id=pending.pk)

    assert again.status == Certificate.Status.ISSUED
    assert again.pdf.name == issued.pdf.name
    assert again.issued_at == issued.issued_at
    assert again.tries == 1
    assert read(again) == before
    assert events(again, CertificateEvent.Action.ISSUED) == 1
    _dirs, files = private_storage().listdir(f"certificates/{issued.course_id}")
    assert files == [f"{issued.code}.pdf"]


def test_issuing_a_certificate_that_is_gone_does_nothing(db):
    assert services.certificate_issue(certificate_id=987_654) is None


def test_the_name_is_taken_when_the_certificate_is_drawn(pending, learner):
    """A learner who corrects their name before the PDF is drawn gets the new one."""
    learner.full_name = "মোছাঃ রহিমা খাতুন"
    learner.save(update_fields=["full_name"])

    issued = services.certificate_issue(certificate_id=pending.pk)

    assert issued.learner_name == "মোছাঃ রহিমা খাতুন"
    assert Certificate.objects.get(pk=pending.pk).learner_name == "মোছাঃ রহিমা খাতুন"


def test_a_failed_drawing_does_not_fail_the_learners_lesson(
    course, learner, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ValueError("font missing")

    monkeypatch.setattr(render, "render_certificate", broken)

    with django_capture_on_commit_callbacks(execute=True):
        completion = complete_course(user=learner.user, course=course)

    assert CourseCompletion.objects.filter(pk=completion.pk).exists()
    certificate = Certificate.objects.get(completion=completion)
    assert certificate.status == Certificate.Status.FAILED
    assert "ValueError" in certificate.last_error
    assert "font missing" in certificate.last_error
    assert not certificate.pdf
    failed = certificate.events.get(action=CertificateEvent.Action.FAILED)
    assert "font missing" in failed.reason
    assert events(certificate, CertificateEvent.Action.ISSUED) == 0


def test_a_failed_drawing_counts_as_a_try(
    course, learner, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ValueError("font missing")

    monkeypatch.setattr(render, "render_certificate", broken)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user=learner.user, course=course)

    certificate = Certificate.objects.get(learner=learner.user)
    assert certificate.status == Certificate.Status.FAILED
    assert certificate.tries == 1


def test_a_failed_certificate_is_issued_when_reissued(
    course, learner, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ValueError("font missing")

    monkeypatch.setattr(render, "render_certificate", broken)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user=learner.user, course=course)
    failed = Certificate.objects.get(learner=learner.user)
    assert failed.status == Certificate.Status.FAILED
    monkeypatch.undo()

    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(certificate=failed, actor=None)

    failed.refresh_from_db()
    assert failed.status == Certificate.Status.ISSUED
    assert failed.last_error == ""
    assert read(failed).startswith(b"%PDF-")
    # Never handed out, so its code need not be retired.
    assert not failed.events.filter(action=CertificateEvent.Action.REVOKED).exists()
    assert events(failed, CertificateEvent.Action.REISSUED) == 1
    assert events(failed, CertificateEvent.Action.ISSUED) == 1


def test_a_passing_storage_hiccup_leaves_the_certificate_for_the_sweep(
    course, learner, monkeypatch, django_capture_on_commit_callbacks
):
    """Without a broker a transient error is not retried on the spot: the
    certificate stays pending (not failed) and the sweep issues it."""

    def away(*args, **kwargs):
        raise OSError("disk briefly away")

    monkeypatch.setattr(render, "render_certificate", away)
    with django_capture_on_commit_callbacks(execute=True):
        completion = complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(completion=completion)
    assert certificate.status == Certificate.Status.PENDING
    assert events(certificate, CertificateEvent.Action.FAILED) == 0
    monkeypatch.undo()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("issue_pending_certificates", stdout=io.StringIO())

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert read(certificate).startswith(b"%PDF-")


def test_the_sweep_issues_pending_and_creates_missing_certificates(
    course, pending, django_capture_on_commit_callbacks
):
    """The management command finishes what a dead broker left behind."""
    Certificate.objects.filter(pk=pending.pk).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )
    # A completion whose certificate was never asked for.
    forgotten = LearnerFactory()
    missing = CourseCompletion.objects.create(user=forgotten.user, course=course)
    out = io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("issue_pending_certificates", "--min-age=60", stdout=out)

    assert out.getvalue().strip() == "created=1 requeued=1 expired_batches=0"
    pending.refresh_from_db()
    assert pending.status == Certificate.Status.ISSUED
    created = Certificate.objects.get(completion=missing)
    assert created.status == Certificate.Status.ISSUED
    assert created.learner_name == forgotten.full_name
    assert Certificate.objects.count() == 2


def test_the_sweep_leaves_recent_pending_certificates_to_their_worker(pending):
    out = io.StringIO()

    call_command("issue_pending_certificates", "--min-age=60", stdout=out)

    assert out.getvalue().strip() == "created=0 requeued=0 expired_batches=0"
    pending.refresh_from_db()
    assert pending.status == Certificate.Status.PENDING


def test_the_sweep_run_twice_does_nothing_more(
    pending, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("issue_pending_certificates", stdout=io.StringIO())
    pending.refresh_from_db()
    first_file = pending.pdf.name
    out = io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("issue_pending_certificates", stdout=out)

    assert out.getvalue().strip() == "created=0 requeued=0 expired_batches=0"
    pending.refresh_from_db()
    assert pending.pdf.name == first_file
    assert events(pending, CertificateEvent.Action.ISSUED) == 1


def test_codes_are_unique_and_well_formed_across_many_certificates(course):
    learners = [LearnerFactory() for _ in range(40)]
    certificates = [
        services.certificate_request(
            completion=CourseCompletion.objects.create(user=p.user, course=course)
        )
        for p in learners
    ]

    codes = [certificate.code for certificate in certificates]
    assert len(set(codes)) == len(codes) == 40
    assert all(len(code) == CODE_LENGTH and normalise(code) == code for code in codes)


def test_a_code_already_taken_is_never_given_again(course, pending, monkeypatch):
    """Even if the random draw repeats a code, the next certificate gets another."""
    drawn = iter([pending.code, pending.code, FRESH])
    monkeypatch.setattr(services, "new_code", lambda: next(drawn))
    other = LearnerFactory()

    certificate = services.certificate_request(
        completion=CourseCompletion.objects.create(user=other.user, course=course)
    )

    assert certificate.code == FRESH
    assert certificate.code != pending.code


def test_a_reissued_certificate_never_gets_a_retired_code(
    pending, monkeypatch, django_capture_on_commit_callbacks
):
    issued = services.certificate_issue(certificate_id=pending.pk)
    first_code = issued.code
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(certificate=issued, actor=None)
    issued.refresh_from_db()
    second_code = issued.code
    # The draw offers the live code, then the first (retired) one, then a fresh one.
    drawn = iter([second_code, first_code, FRESH])
    monkeypatch.setattr(services, "new_code", lambda: next(drawn))

    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(certificate=issued, actor=None)

    issued.refresh_from_db()
    assert issued.code != first_code
    assert issued.code == FRESH
