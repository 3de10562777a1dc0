"""Certificates issued by real Celery workers, through Redis and PostgreSQL.

Tasks are not run in-process here (``celery_broker``): a worker is another
process (tests/certificates/worker.py) reading the test database and media
folder, so every test commits its data. Whether a worker is killed mid-render,
the broker is unreachable, or two callers race (threads, each with its own
connection, for the row locks), a completion ends with exactly one
certificate, issued once, and one PDF.

Skipped unless DATABASE_URL is PostgreSQL and REDIS_URL is set, as in CI.
"""

import io
import os
import signal
import socket
import threading
import time
from contextlib import contextmanager

import pytest
import redis
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from certificates import render, services
from certificates.models import Certificate, CertificateEvent
from certificates.receivers import request_certificate
from courses.models import CourseCompletion
from courses.services import course_enrol, lesson_mark_done
from courses.signals import course_completed
from tests.certificates.factories import complete_course, lessons_of
from tests.certificates.worker import VISIBILITY_TIMEOUT
from tests.concurrency import run_at_once


def _why_not():
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        return (
            "needs PostgreSQL (a worker process shares the test database): "
            "set DATABASE_URL=postgres://..."
        )
    if not settings.REDIS_URL:
        return "needs a Redis broker for the worker: set REDIS_URL=redis://..."
    return ""


pytestmark = [
    pytest.mark.skipif(bool(_why_not()), reason=_why_not() or "runs"),
    pytest.mark.celery_broker,
    # serialized_rollback: migrations' districts, locales and Wagtail root page
    # come back after an earlier transactional test emptied the database.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ISSUE_TIMEOUT = 30
TASK_SUCCEEDED = r"certificates\.tasks\.issue_certificate\[[^\]]+\] succeeded"


# Helpers -------------------------------------------------------------------


def wait_for_issued(certificate_id: int, *workers, timeout=ISSUE_TIMEOUT):
    """Poll the database until the worker has issued the certificate."""
    started = time.monotonic()
    deadline = started + timeout
    certificate = None
    while time.monotonic() < deadline:
        certificate = Certificate.objects.filter(pk=certificate_id).first()
        if certificate is not None and certificate.status not in (
            Certificate.Status.PENDING,
        ):
            break
        time.sleep(0.2)
    state = (
        "missing"
        if certificate is None
        else f"{certificate.status} (tries={certificate.tries}, "
        f"last_error={certificate.last_error!r})"
    )
    assert certificate is not None and (
        certificate.status == Certificate.Status.ISSUED
    ), f"certificate {certificate_id} is {state} after "
    f"{time.monotonic() - started:.1f}s" + "".join(
        worker.describe() for worker in workers
    )
    return certificate


def certificate_storage():
    """Where certificate PDFs are kept (the worker's settings say the same)."""
    return Certificate._meta.get_field("pdf").storage


def pdfs_of(course_id: int) -> list[str]:
    folder = f"certificates/{course_id}"
    storage = certificate_storage()
    if not storage.exists(folder):
        return []
    return sorted(f"{folder}/{name}" for name in storage.listdir(folder)[1])


def assert_issued_once(certificate: Certificate, *workers) -> None:
    """One certificate for the learner and course, issued once, one PDF."""
    logs = "".join(worker.describe() for worker in workers)
    assert (
        Certificate.objects.filter(
            learner=certificate.learner_id, course=certificate.course_id
        ).count()
        == 1
    ), logs
    assert certificate.status == Certificate.Status.ISSUED, logs
    events = CertificateEvent.objects.filter(
        certificate=certificate, action=CertificateEvent.Action.ISSUED
    )
    assert events.count() == 1, logs
    assert pdfs_of(certificate.course_id) == [certificate.pdf.name], logs
    with certificate_storage().open(certificate.pdf.name, "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def wait_for_render(marker, worker, timeout=ISSUE_TIMEOUT) -> list[int]:
    """Wait until a worker starts drawing a PDF; the pids that have so far."""
    deadline = time.monotonic() + timeout
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the worker never started rendering" + worker.describe()
    return [int(pid) for pid in marker.read_text().split()]


def broker_keys() -> dict[str, int]:
    """Messages waiting in the default queue, and taken but not acknowledged."""
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        return {"queued": client.llen("celery"), "unacked": client.hlen("unacked")}
    finally:
        client.close()


@contextmanager
def broker_unreachable():
    """Point this process's Celery producer at a port that refuses connections.

    The port is bound but not listening, so nothing else can take it meanwhile.
    Celery caches its connection and producer pools, so they are set aside and
    put back afterwards.
    """
    from elearn.celery_app import app

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    saved = (app.conf.broker_url, app._pool, app.amqp._producer_pool)
    app.conf.broker_url = f"redis://127.0.0.1:{closed.getsockname()[1]}/0"
    app._pool = app.amqp._producer_pool = None
    try:
        yield
    finally:
        app.conf.broker_url, app._pool, app.amqp._producer_pool = saved
        closed.close()


@contextmanager
def no_certificate_on_completion():
    """Completions are written but nobody asks for their certificate, as when
    the process dies between the completion's commit and the request."""
    uid = "certificates.request_on_completion"
    course_completed.disconnect(dispatch_uid=uid)
    try:
        yield
    finally:
        course_completed.connect(request_certificate, dispatch_uid=uid)


def slowed(monkeypatch, module, name, seconds):
    """Make ``module.name`` sleep first, so racing threads overlap; returns the
    list of calls made."""
    original = getattr(module, name)
    calls = []

    def slow(*args, **kwargs):
        calls.append(threading.get_ident())
        time.sleep(seconds)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)
    return calls


# A real worker --------------------------------------------------------------


def test_a_worker_issues_the_certificate_of_a_completed_course(
    start_worker, course, learner
):
    worker = start_worker()
    completion = complete_course(user=learner.user, course=course)

    certificate = Certificate.objects.get(completion=completion)
    certificate = wait_for_issued(certificate.pk, worker)
    assert_issued_once(certificate, worker)
    assert certificate.learner_name == learner.full_name
    # Issued by the worker, not in this process.
    worker.wait_for_log(TASK_SUCCEEDED)


def test_a_worker_killed_mid_render_leaves_the_certificate_to_the_next(
    start_worker, course, learner, tmp_path
):
    """SIGKILL lands while the PDF is drawn: the message was never acknowledged
    (acks_late), so once the visibility timeout has passed Redis gives it to
    the next worker, which issues the certificate once."""
    marker = tmp_path / "rendering"
    doomed = start_worker(slow_render=60, marker=marker)
    completion = complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(completion=completion)

    wait_for_render(marker, doomed)
    taken_at = time.monotonic()
    doomed.kill()

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.PENDING
    assert pdfs_of(certificate.course_id) == []
    # The message is neither done nor back in the queue: Redis holds it as
    # taken and unacknowledged until the visibility timeout passes.
    assert broker_keys() == {"queued": 0, "unacked": 1}, doomed.describe()

    # A worker restores overdue unacknowledged messages when it starts (and
    # then only every ~100 s), as a supervisor restarting it would.
    time.sleep(max(0.0, taken_at + VISIBILITY_TIMEOUT + 1 - time.monotonic()))
    successor = start_worker()
    certificate = wait_for_issued(certificate.pk, doomed, successor)

    assert_issued_once(certificate, doomed, successor)
    assert certificate.tries == 2  # the killed try is counted, then the one that worked
    assert len(marker.read_text().split()) == 1  # only the doomed one was slow
    successor.wait_for_log(TASK_SUCCEEDED)
    assert broker_keys() == {"queued": 0, "unacked": 0}, successor.describe()


def test_a_pool_process_killed_mid_render_hands_the_certificate_back(
    start_worker, course, learner, tmp_path
):
    """The prefork pool (the default in production) loses the process drawing
    the PDF, e.g. to the OOM killer: the worker rejects the message back to the
    queue (reject_on_worker_lost) and a new pool process issues it."""
    marker = tmp_path / "rendering"
    worker = start_worker(slow_render=60, marker=marker, pool="prefork")
    completion = complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(completion=completion)

    [doomed] = wait_for_render(marker, worker)
    assert doomed != worker.pid, "expected a pool process" + worker.describe()
    os.kill(doomed, signal.SIGKILL)

    # The pool notices the loss within ~5 s and requeues at once; a running
    # worker restores timed-out messages only every ~100 s, so this is not it.
    certificate = wait_for_issued(certificate.pk, worker, timeout=20)
    assert_issued_once(certificate, worker)
    assert certificate.tries == 2  # the lost try is counted too
    [_, successor] = [int(pid) for pid in marker.read_text().split()]
    assert successor not in (doomed, worker.pid)
    worker.wait_for_log(r"WorkerLostError")


# A broker that is away, a certificate never asked for -------------------------


def test_completing_a_course_while_the_broker_is_down_then_the_sweep(
    start_worker, course, learner, learner_client, caplog
):
    worker = start_worker()
    worker.wait_ready()
    lessons = lessons_of(course)
    course_enrol(user=learner.user, course=course)
    for lesson in lessons[:-1]:
        lesson_mark_done(user=learner.user, lesson=lesson)

    with broker_unreachable():
        response = learner_client.post(
            reverse("courses:mark_done", args=[lessons[-1].pk])
        )

    # The learner finished the course and saw no error.
    assert response.status_code == 302
    completion = CourseCompletion.objects.get(user=learner.user, course=course)
    certificate = Certificate.objects.get(completion=completion)
    assert certificate.status == Certificate.Status.PENDING
    assert f"could not enqueue certificate {certificate.pk}" in caplog.text
    assert broker_keys() == {"queued": 0, "unacked": 0}

    out = io.StringIO()
    call_command("issue_pending_certificates", stdout=out)
    assert "created=0 requeued=1" in out.getvalue()

    certificate = wait_for_issued(certificate.pk, worker)
    assert_issued_once(certificate, worker)


def test_a_completion_left_without_a_certificate_gets_one_from_the_sweep(
    start_worker, course, learner
):
    with no_certificate_on_completion():
        completion = complete_course(user=learner.user, course=course)
    assert not Certificate.objects.filter(completion=completion).exists()
    worker = start_worker()

    out = io.StringIO()
    call_command("issue_pending_certificates", stdout=out)
    # The new certificate is enqueued on creation and, being pending, again
    # as left over: two messages, one issue.
    assert "created=1 requeued=1" in out.getvalue()

    certificate = wait_for_issued(
        Certificate.objects.get(completion=completion).pk, worker
    )
    worker.wait_for_log(TASK_SUCCEEDED, count=2)
    certificate.refresh_from_db()
    assert_issued_once(certificate, worker)

    out = io.StringIO()
    call_command("issue_pending_certificates", stdout=out)
    assert "created=0 requeued=0" in out.getvalue()


# Races ----------------------------------------------------------------------


def test_two_requests_for_one_completion_at_once_make_one_certificate(
    course, learner, monkeypatch
):
    """The signal and the sweep (or two sweeps) ask at the same moment, then
    each issues what it got."""
    with no_certificate_on_completion():
        completion = complete_course(user=learner.user, course=course)
    # Both pass the "already asked?" check before either writes.
    codes = slowed(monkeypatch, services, "_unused_code", 0.5)

    def ask_and_issue():
        mine = CourseCompletion.objects.get(pk=completion.pk)
        certificate = services.certificate_request(completion=mine)
        services.certificate_issue(certificate_id=certificate.pk)
        return certificate.pk

    first, second = run_at_once(ask_and_issue, ask_and_issue)

    assert first == second
    assert len(codes) == 2  # both really tried to create it
    certificate = Certificate.objects.get(completion=completion)
    assert_issued_once(certificate)


def test_two_workers_issuing_one_certificate_at_once_issue_it_once(
    course, learner, monkeypatch
):
    """A redelivered message and the sweep's, taken by two workers at once: the
    row lock makes the second wait, then find it issued and leave it."""
    completion = complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(completion=completion)
    assert certificate.status == Certificate.Status.PENDING  # no worker runs
    renders = slowed(monkeypatch, render, "render_certificate", 0.5)

    def issue():
        return services.certificate_issue(certificate_id=certificate.pk).status

    assert run_at_once(issue, issue) == [Certificate.Status.ISSUED] * 2
    assert len(renders) == 1
    certificate.refresh_from_db()
    assert_issued_once(certificate)
