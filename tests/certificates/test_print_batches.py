"""Batch printing: staff choose issued certificates and get one PDF, a page each,
built in parts and joined; only they can fetch it, and only for a while."""

import io
from datetime import timedelta

import pypdf
import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from centres.models import District
from certificates import services
from certificates.demo.loader import seed_certificates
from certificates.models import Certificate, PrintBatch
from certificates.storage import private_storage
from courses.demo.loader import STAFF_GROUP, TRAINERS_GROUP
from tests.centres.factories import LearnerFactory
from tests.certificates.factories import complete_course
from tests.courses.factories import make_course
from tests.i18n import bangla

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture(autouse=True)
def small_parts(settings):
    """Two pages a part, so five certificates make three parts to join."""
    settings.CERTIFICATE_BATCH_CHUNK = 2


@pytest.fixture
def groups(db):
    access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in (TRAINERS_GROUP, STAFF_GROUP):
        Group.objects.create(name=name).permissions.add(access)
    seed_certificates()
    return {
        name: Group.objects.get(name=name) for name in (TRAINERS_GROUP, STAFF_GROUP)
    }


def member_of(group, django_user_model, username) -> Client:
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def staff_client(groups, django_user_model):
    return member_of(groups[STAFF_GROUP], django_user_model, "staff-rina")


@pytest.fixture
def other_staff_client(groups, django_user_model):
    return member_of(groups[STAFF_GROUP], django_user_model, "staff-jamal")


@pytest.fixture
def trainer_client(groups, django_user_model):
    return member_of(groups[TRAINERS_GROUP], django_user_model, "trainer-kabir")


@pytest.fixture
def issue(django_capture_on_commit_callbacks):
    def issue(course, **learner):
        profile = LearnerFactory(**learner)
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(user=profile.user, course=course)
        certificate = Certificate.objects.get(learner=profile.user, course=course)
        assert certificate.status == Certificate.Status.ISSUED
        return certificate

    return issue


@pytest.fixture
def dhaka(db):
    return District.objects.get(name_en="Dhaka")


@pytest.fixture
def certificates(course, issue, dhaka):
    """Five issued certificates for ``course``: three in Tangail, two in Dhaka."""
    return [issue(course) for _ in range(3)] + [
        issue(course, district=dhaka) for _ in range(2)
    ]


@pytest.fixture
def print_(django_capture_on_commit_callbacks):
    """``print_(client, **filters)`` -> the form's response, the batch built."""

    def print_(client, **filters):
        data = {"course": "", "district": "", "date_from": "", "date_to": ""}
        data.update({key: getattr(v, "pk", v) for key, v in filters.items()})
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("certificates_print"), data)

    return print_


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def pdf_of(response) -> pypdf.PdfReader:
    # Reading to the end closes the file (the test client does it).
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(data))


def printed_codes(reader: pypdf.PdfReader) -> list[str]:
    """The code on each page, in page order (each page names its code)."""
    codes = list(Certificate.objects.values_list("code", flat=True))
    pages = []
    for page in reader.pages:
        text = page.extract_text().replace("-", "").replace(" ", "")
        pages.append([code for code in codes if code in text])
    return pages


def test_staff_print_a_course_in_one_pdf_a_page_each(
    staff_client, course, certificates, print_
):
    other_course = make_course()
    response = print_(staff_client, course=course)

    batch = PrintBatch.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("certificates_print_batch", args=[batch.pk])
    assert batch.requested_by == staff_client.user
    assert batch.status == PrintBatch.Status.READY
    assert batch.parts == 3
    assert sorted(batch.parts_finished) == [0, 1, 2]
    assert batch.done == batch.total == 5
    assert batch.expires_at > timezone.now()
    assert batch.filters["course"] == course.title
    assert other_course.pk != course.pk

    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    reader = pdf_of(download)
    assert len(reader.pages) == 5


def test_every_certificate_is_printed_once_in_the_listed_order(
    staff_client, course, certificates, print_
):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()

    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    pages = printed_codes(pdf_of(download))

    expected = list(
        Certificate.objects.filter(pk__in=batch.certificate_ids)
        .order_by("centre_en", "learner_name", "pk")
        .values_list("code", flat=True)
    )
    assert pages == [[code] for code in expected]


def test_the_parts_are_removed_once_joined(staff_client, course, certificates, print_):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()

    folder = f"certificate-batches/{batch.pk}"
    _dirs, files = private_storage().listdir(folder)
    assert files == [f"certificates-{batch.pk}.pdf"]
    assert batch.pdf.name == f"{folder}/certificates-{batch.pk}.pdf"


def test_progress_is_shown_in_bangla_digits(staff_client, course, certificates, print_):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()

    status = staff_client.get(reverse("certificates_print_status", args=[batch.pk]))
    page = staff_client.get(reverse("certificates_print_batch", args=[batch.pk]))

    assert status.status_code == 200
    data = status.json()
    assert data["text"] == "৫/৫"
    assert (data["done"], data["total"], data["status"]) == (5, 5, "ready")
    assert data["status_label"] == bangla("Ready")
    assert data["download_url"] == reverse(
        "certificates_print_download", args=[batch.pk]
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert '<span id="batch-progress">৫/৫</span>' in html
    assert bangla("Download the PDF for printing") in html


def test_progress_of_a_batch_still_being_built(staff_client, course, certificates):
    """Before any worker has run: nothing done, no download yet."""
    batch = services.print_batch_create(
        requested_by=staff_client.user,
        filters={},
        certificates=Certificate.objects.all(),
    )  # the commit that starts it never happens here

    data = staff_client.get(
        reverse("certificates_print_status", args=[batch.pk])
    ).json()
    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))

    assert data["text"] == "০/৫"
    assert data["status"] == "queued"
    assert data["download_url"] == ""
    assert download.status_code == 404


def test_a_district_narrows_the_batch(
    staff_client, course, certificates, print_, dhaka
):
    print_(staff_client, course=course, district=dhaka)

    batch = PrintBatch.objects.get()
    in_dhaka = {c.pk for c in certificates if c.learner.learner.district == dhaka}
    assert len(in_dhaka) == 2
    assert set(batch.certificate_ids) == in_dhaka
    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    assert len(pdf_of(download).pages) == 2


def test_a_date_range_narrows_the_batch(staff_client, course, certificates, print_):
    today = timezone.localdate()
    dates = [today - timedelta(days=days) for days in (40, 20, 10, 5, 0)]
    for certificate, completed_on in zip(certificates, dates, strict=True):
        Certificate.objects.filter(pk=certificate.pk).update(completed_on=completed_on)

    print_(
        staff_client,
        date_from=(today - timedelta(days=20)).isoformat(),
        date_to=(today - timedelta(days=5)).isoformat(),
    )

    batch = PrintBatch.objects.get()
    assert set(batch.certificate_ids) == {c.pk for c in certificates[1:4]}
    assert batch.total == 3


def test_a_choice_that_matches_nothing_makes_no_batch(
    staff_client, course, certificates, print_
):
    sylhet = District.objects.get(name_en="Sylhet")

    response = print_(staff_client, course=course, district=sylhet)

    assert response.status_code == 200
    assert bangla("No issued certificates match what you chose.") in (
        response.content.decode()
    )
    assert not PrintBatch.objects.exists()


def test_a_start_date_after_the_end_date_is_refused(staff_client, certificates, print_):
    response = print_(staff_client, date_from="2026-05-10", date_to="2026-05-01")

    assert response.status_code == 200
    assert bangla("The start date is after the end date.") in (
        response.content.decode()
    )
    assert not PrintBatch.objects.exists()


def test_too_many_certificates_for_one_batch_are_refused(
    staff_client, certificates, print_, settings
):
    settings.CERTIFICATE_BATCH_MAX = 4

    response = print_(staff_client)

    assert response.status_code == 200
    assert (
        bangla(
            "Too many certificates for one batch (at most %(max)s). Choose fewer."
        ).split("(")[0]
        in response.content.decode()
    )
    assert not PrintBatch.objects.exists()


def test_the_batch_limit_is_given_in_bangla_digits(
    staff_client, certificates, print_, settings
):
    settings.CERTIFICATE_BATCH_MAX = 4

    page = print_(staff_client).content.decode()

    assert (
        bangla("Too many certificates for one batch (at most %(max)s). Choose fewer.")
        % {"max": "৪"}
        in page
    )


def test_revoked_certificates_are_not_printed(
    staff_client, course, certificates, print_
):
    withdrawn = certificates[0]
    services.certificate_revoke(
        certificate=withdrawn, actor=staff_client.user, reason="ভুল"
    )

    print_(staff_client, course=course)

    batch = PrintBatch.objects.get()
    assert withdrawn.pk not in batch.certificate_ids
    assert batch.total == 4
    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    reader = pdf_of(download)
    assert len(reader.pages) == 4
    assert [withdrawn.code] not in printed_codes(reader)


def test_a_certificate_revoked_while_the_batch_waits_is_left_out(
    staff_client, course, certificates, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        batch = services.print_batch_create(
            requested_by=staff_client.user,
            filters={},
            certificates=Certificate.objects.all(),
        )
        services.certificate_revoke(
            certificate=certificates[0], actor=staff_client.user, reason="ভুল"
        )

    batch.refresh_from_db()
    assert batch.status == PrintBatch.Status.READY
    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    reader = pdf_of(download)
    assert len(reader.pages) == 4
    assert [certificates[0].code] not in printed_codes(reader)


def test_someone_elses_batch_is_not_found(
    staff_client, other_staff_client, course, certificates, print_
):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()

    for name in (
        "certificates_print_batch",
        "certificates_print_status",
        "certificates_print_download",
    ):
        response = other_staff_client.get(reverse(name, args=[batch.pk]))
        assert response.status_code == 404, name
    listing = other_staff_client.get(reverse("certificates_print"))
    assert reverse("certificates_print_batch", args=[batch.pk]) not in (
        listing.content.decode()
    )
    mine = staff_client.get(reverse("certificates_print"))
    assert reverse("certificates_print_batch", args=[batch.pk]) in (
        mine.content.decode()
    )


def permission_denied(response) -> bool:
    """Wagtail answers a refused admin page with a redirect home and a message."""
    return (
        response.status_code == 302
        and response.url == reverse("wagtailadmin_home")
        and any(
            bangla("Sorry, you do not have permission to access this area.") in text
            for text in messages_of(response)
        )
    )


def test_without_the_print_permission_printing_is_forbidden(
    trainer_client, course, certificates, print_, staff_client
):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()

    page = trainer_client.get(reverse("certificates_print"))
    post = print_(trainer_client, course=course)
    download = trainer_client.get(
        reverse("certificates_print_download", args=[batch.pk])
    )

    for response in (page, post, download):
        assert permission_denied(response)
    assert PrintBatch.objects.count() == 1


def test_an_expired_batch_is_deleted_and_no_longer_downloadable(
    staff_client, course, certificates, print_
):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()
    path = batch.pdf.name
    assert private_storage().exists(path)
    PrintBatch.objects.filter(pk=batch.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    # Past its time, it is not handed out even before the sweep deletes it.
    early = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    expired = services.print_batches_expire()

    assert early.status_code == 404
    assert expired == 1
    batch.refresh_from_db()
    assert batch.status == PrintBatch.Status.EXPIRED
    assert batch.pdf.name == ""
    assert not private_storage().exists(path)
    download = staff_client.get(reverse("certificates_print_download", args=[batch.pk]))
    assert download.status_code == 404
    page = staff_client.get(reverse("certificates_print_batch", args=[batch.pk]))
    assert bangla("This batch is no longer kept. Prepare it again to print.") in (
        page.content.decode()
    )
    assert services.print_batches_expire() == 0


def test_a_batch_within_its_time_is_kept(staff_client, course, certificates, print_):
    print_(staff_client, course=course)
    batch = PrintBatch.objects.get()

    assert services.print_batches_expire() == 0

    batch.refresh_from_db()
    assert batch.status == PrintBatch.Status.READY
    assert private_storage().exists(batch.pdf.name)
