"""The operator's print queue: a centre's new certificates, printed in batches
from the desk, marked as printed, and revoke requests sent to staff. An
operator only ever sees, prints or opens their own centre's certificates."""

import io
import itertools

import pypdf
import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from centres.models import AuditEvent, District
from certificates import services
from certificates.models import Certificate, CertificateEvent, PrintBatch
from courses.models import CourseCompletion
from elearn.formatting import format_date
from tests.centres.factories_ops import UdcFactory, make_learner, make_operator
from tests.certificates.factories import complete_course
from tests.i18n import bangla

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

QUEUE = "certificates:print_queue"


@pytest.fixture
def centre_a(db):
    return UdcFactory(name_en="Karatia UDC", name_bn="করটিয়া ইউডিসি")


@pytest.fixture
def centre_b(db):
    return UdcFactory(
        name_en="Sadar UDC",
        name_bn="সদর ইউডিসি",
        district=District.objects.get(name_en="Dhaka"),
    )


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def operator_a(centre_a):
    return signed_in(make_operator(centre=centre_a, username="udc-salma"))


@pytest.fixture
def operator_b(centre_b):
    return signed_in(make_operator(centre=centre_b, username="udc-jahid"))


@pytest.fixture
def issue(course, django_capture_on_commit_callbacks):
    """``issue(centre, full_name=...)`` -> an issued certificate, PDF drawn."""

    def issue(centre, **learner):
        profile = make_learner(centre=centre, **learner)
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(user=profile.user, course=course)
        certificate = Certificate.objects.get(learner=profile.user, course=course)
        assert certificate.status == Certificate.Status.ISSUED
        return certificate

    return issue


_codes = itertools.count(1)


def issued_without_pdf(course, centre, count) -> list[Certificate]:
    """Many issued certificates quickly (no PDF drawn): for lists, not printing."""
    made = []
    for _ in range(count):
        profile = make_learner(centre=centre)
        completion = CourseCompletion.objects.create(user=profile.user, course=course)
        made.append(
            Certificate.objects.create(
                learner=profile.user,
                course=course,
                completion=completion,
                code=f"T{next(_codes):011d}",
                status=Certificate.Status.ISSUED,
                learner_name=profile.full_name,
                course_title_bn=course.title,
                course_title_en=course.title,
                completed_on=timezone.localdate(),
                issued_at=timezone.now(),
            )
        )
    return made


def page_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def pdf_pages(response) -> int:
    # The test client closes the file once the content is read.
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF-")
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def print_(client, django_capture_on_commit_callbacks, **data):
    """Post the queue's form; the batch is built (eagerly) when it commits."""
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse(QUEUE), data)


@pytest.fixture
def one_printed(operator_a, centre_a, issue, django_capture_on_commit_callbacks):
    """A certificate of centre A sent to print alone: (certificate, its batch)."""
    certificate = issue(centre_a)
    print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        one=certificate.pk,
    )
    return certificate, PrintBatch.objects.get()


def test_the_queue_is_at_centre_under_certificates():
    assert reverse(QUEUE) == "/certificates/centre/"


def test_operator_sees_only_their_centres_new_certificates(
    operator_a, centre_a, centre_b, issue
):
    new = issue(centre_a, full_name="রহিমা খাতুন")
    printed = issue(centre_a, full_name="আব্দুল করিম")
    Certificate.objects.filter(pk=printed.pk).update(printed_at=timezone.now())
    elsewhere = issue(centre_b, full_name="নাসরিন আক্তার")

    page = page_of(operator_a.get(reverse(QUEUE)))
    everything = page_of(operator_a.get(reverse(QUEUE), {"show": "all"}))

    assert new.learner_name in page
    assert printed.learner_name not in page
    assert elsewhere.learner_name not in page
    assert new.learner_name in everything and printed.learner_name in everything
    assert elsewhere.learner_name not in everything
    assert f'value="{new.pk}"' in page
    assert f'value="{elsewhere.pk}"' not in everything


def test_the_queue_lists_the_newest_first_and_searches_names(
    operator_a, centre_a, course
):
    older, newer = issued_without_pdf(course, centre_a, 2)
    Certificate.objects.filter(pk=older.pk).update(
        issued_at=timezone.now() - timezone.timedelta(days=3)
    )

    page = page_of(operator_a.get(reverse(QUEUE)))
    found = page_of(operator_a.get(reverse(QUEUE), {"q": older.learner_name}))

    assert page.index(newer.learner_name) < page.index(older.learner_name)
    assert older.learner_name in found
    assert newer.learner_name not in found


def test_the_queue_finds_a_learner_by_a_number_in_bangla_digits(
    operator_a, centre_a, course
):
    wanted, other = issued_without_pdf(course, centre_a, 2)
    local = "0" + wanted.learner.learner.phone[4:]
    typed = local.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))

    found = page_of(operator_a.get(reverse(QUEUE), {"q": typed}))

    assert wanted.learner_name in found
    assert other.learner_name not in found


def test_the_queue_is_paged_in_bangla_digits(operator_a, centre_a, course):
    made = issued_without_pdf(course, centre_a, 27)

    first = page_of(operator_a.get(reverse(QUEUE)))
    second = page_of(operator_a.get(reverse(QUEUE), {"page": 2}))

    page_text = bangla("Page %(number)s of %(pages)s")
    assert page_text % {"number": "১", "pages": "২"} in first
    assert page_text % {"number": "২", "pages": "২"} in second
    assert first.count('name="certificate"') == 25
    assert second.count('name="certificate"') == 2
    assert made[0].learner_name in second  # the oldest come last


def test_the_queue_page_runs_a_fixed_number_of_queries(
    operator_a, centre_a, course, django_assert_max_num_queries
):
    issued_without_pdf(course, centre_a, 3)
    with django_assert_max_num_queries(12) as few:
        page_of(operator_a.get(reverse(QUEUE)))
    issued_without_pdf(course, centre_a, 22)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = page_of(operator_a.get(reverse(QUEUE)))
    assert page.count('name="certificate"') == 25


def test_printing_the_selected_certificates_builds_one_pdf(
    operator_a, centre_a, issue, django_capture_on_commit_callbacks
):
    first, second, left = (issue(centre_a) for _ in range(3))

    response = print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        action="selected",
        certificate=[first.pk, second.pk],
    )

    batch = PrintBatch.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("certificates:desk_batch", args=[batch.pk])
    assert batch.centre == centre_a
    assert batch.requested_by == operator_a.user
    assert sorted(batch.certificate_ids) == sorted([first.pk, second.pk])
    assert batch.status == PrintBatch.Status.READY
    download = operator_a.get(
        reverse("certificates:desk_batch_download", args=[batch.pk])
    )
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert pdf_pages(download) == 2
    audit = AuditEvent.objects.get(action=AuditEvent.Action.PRINT)
    assert audit.actor == operator_a.user
    assert audit.centre == centre_a
    assert audit.detail == {"batch": batch.pk, "count": 2}
    assert left.pk not in batch.certificate_ids


def test_print_all_new_prints_every_unprinted_certificate(
    operator_a, centre_a, centre_b, issue, django_capture_on_commit_callbacks
):
    new = [issue(centre_a) for _ in range(2)]
    printed = issue(centre_a)
    Certificate.objects.filter(pk=printed.pk).update(printed_at=timezone.now())
    issue(centre_b)

    print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        action="all_new",
    )

    batch = PrintBatch.objects.get()
    assert sorted(batch.certificate_ids) == sorted(c.pk for c in new)
    download = operator_a.get(
        reverse("certificates:desk_batch_download", args=[batch.pk])
    )
    assert pdf_pages(download) == 2


def test_a_rows_print_button_prints_that_certificate_alone(
    operator_a, centre_a, issue, django_capture_on_commit_callbacks
):
    wanted, ticked = issue(centre_a), issue(centre_a)

    # Its own button wins over boxes ticked elsewhere on the page.
    print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        one=wanted.pk,
        certificate=[ticked.pk],
    )

    batch = PrintBatch.objects.get()
    assert batch.certificate_ids == [wanted.pk]
    assert batch.filters["how"] == "one"


def test_operator_cannot_print_another_centres_certificate(
    operator_a, centre_a, centre_b, issue, django_capture_on_commit_callbacks
):
    own = issue(centre_a)
    theirs = issue(centre_b)

    mixed = print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        action="selected",
        certificate=[own.pk, theirs.pk],
    )
    alone = print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        one=theirs.pk,
    )
    other_centre = print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_b.pk,
        action="all_new",
    )

    assert mixed.status_code == 404
    assert alone.status_code == 404
    assert other_centre.status_code == 404
    assert not PrintBatch.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PRINT).exists()


def test_printing_with_nothing_ticked_says_so(operator_a, centre_a, issue):
    issue(centre_a)

    response = operator_a.post(
        reverse(QUEUE), {"centre": centre_a.pk, "action": "selected"}, follow=True
    )

    assert bangla("Tick the certificates to print first.") in page_of(response)
    assert not PrintBatch.objects.exists()


def test_print_all_new_with_nothing_new_makes_no_batch(operator_a, centre_a):
    response = operator_a.post(
        reverse(QUEUE), {"centre": centre_a.pk, "action": "all_new"}, follow=True
    )

    assert bangla("No issued certificates match what you chose.") in page_of(response)
    assert not PrintBatch.objects.exists()


def test_a_double_click_makes_one_batch(
    operator_a, centre_a, issue, django_capture_on_commit_callbacks
):
    issue(centre_a)
    data = {"centre": centre_a.pk, "action": "all_new"}

    first = print_(operator_a, django_capture_on_commit_callbacks, **data)
    second = print_(operator_a, django_capture_on_commit_callbacks, **data)

    batch = PrintBatch.objects.get()
    assert (
        first.url == second.url == reverse("certificates:desk_batch", args=[batch.pk])
    )
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PRINT).count() == 1


def test_the_batch_page_shows_progress_in_bangla_digits(operator_a, centre_a, course):
    chosen = issued_without_pdf(course, centre_a, 3)
    # Built by no worker yet: the commit that would start it never happens here.
    batch = services.centre_print_batch_create(
        operator=operator_a.user,
        centre=centre_a,
        certificates=Certificate.objects.filter(pk__in=[c.pk for c in chosen]),
        filters={},
    )

    page = page_of(operator_a.get(reverse("certificates:desk_batch", args=[batch.pk])))
    status = operator_a.get(reverse("certificates:desk_batch_status", args=[batch.pk]))
    download = operator_a.get(
        reverse("certificates:desk_batch_download", args=[batch.pk])
    )

    assert 'id="batch-progress">০/৩<' in page
    assert '<noscript><meta http-equiv="refresh"' in page
    assert status.json() == {
        "status": "queued",
        "status_label": bangla("Waiting"),
        "done": 0,
        "total": 3,
        "text": "০/৩",
        "download_url": "",
        "kept_until": "",
    }
    assert status["Cache-Control"].startswith("max-age=0")
    assert download.status_code == 404
    PrintBatch.objects.filter(pk=batch.pk).update(
        done=2, status=PrintBatch.Status.RUNNING
    )
    running = operator_a.get(reverse("certificates:desk_batch_status", args=[batch.pk]))
    assert running.json()["text"] == "২/৩"


def test_a_ready_batch_offers_the_download_and_mark_as_printed(operator_a, one_printed):
    _certificate, batch = one_printed

    page = page_of(operator_a.get(reverse("certificates:desk_batch", args=[batch.pk])))
    status = operator_a.get(
        reverse("certificates:desk_batch_status", args=[batch.pk])
    ).json()

    assert 'id="batch-progress">১/১<' in page
    assert bangla("Download the PDF for printing") in page
    assert reverse("certificates:desk_batch_printed", args=[batch.pk]) in page
    assert "<noscript>" not in page  # nothing left to wait for
    assert status["download_url"] == reverse(
        "certificates:desk_batch_download", args=[batch.pk]
    )
    # The page polled into "ready" says how long the PDF is kept, as a page
    # loaded then does: in Bangla, with Bangla digits.
    kept = bangla("Kept until %(until)s.") % {
        "until": format_date(timezone.localtime(batch.expires_at).date(), "bn")
    }
    assert status["kept_until"] == kept
    assert f'id="batch-kept">{kept}<' in page


def test_marking_printed_records_it_once_and_empties_the_new_list(
    operator_a, centre_a, issue, django_capture_on_commit_callbacks
):
    chosen = [issue(centre_a) for _ in range(2)]
    print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        action="all_new",
    )
    batch = PrintBatch.objects.get()
    url = reverse("certificates:desk_batch_printed", args=[batch.pk])

    first = operator_a.post(url)
    marked_at = {c.pk: c.printed_at for c in Certificate.objects.all()}
    second = operator_a.post(url)

    assert first.status_code == second.status_code == 302
    batch.refresh_from_db()
    assert batch.marked_printed_at is not None
    for certificate in Certificate.objects.filter(pk__in=[c.pk for c in chosen]):
        assert certificate.printed_at is not None
        assert certificate.printed_at == marked_at[certificate.pk]
        assert certificate.printed_by == operator_a.user
    assert bangla("This batch is already marked as printed.") in messages_of(second)
    queue = page_of(operator_a.get(reverse(QUEUE)))
    for certificate in chosen:
        assert certificate.learner_name not in queue
    assert bangla("No new certificates. Everything issued here has been printed.") in (
        queue
    )


def test_marking_printed_leaves_certificates_printed_earlier_alone(
    operator_a, centre_a, issue, django_capture_on_commit_callbacks
):
    certificate = issue(centre_a)
    earlier = timezone.now() - timezone.timedelta(days=10)
    Certificate.objects.filter(pk=certificate.pk).update(printed_at=earlier)
    print_(
        operator_a,
        django_capture_on_commit_callbacks,
        centre=centre_a.pk,
        one=certificate.pk,
    )
    batch = PrintBatch.objects.get()

    operator_a.post(reverse("certificates:desk_batch_printed", args=[batch.pk]))

    certificate.refresh_from_db()
    assert certificate.printed_at == earlier
    assert certificate.printed_by is None


def test_a_batch_still_being_built_cannot_be_marked_printed(
    operator_a, centre_a, course
):
    chosen = issued_without_pdf(course, centre_a, 1)
    batch = services.centre_print_batch_create(
        operator=operator_a.user,
        centre=centre_a,
        certificates=Certificate.objects.filter(pk=chosen[0].pk),
        filters={},
    )

    response = operator_a.post(
        reverse("certificates:desk_batch_printed", args=[batch.pk])
    )

    assert bangla("This batch is not ready to print yet.") in messages_of(response)
    batch.refresh_from_db()
    assert batch.marked_printed_at is None
    assert Certificate.objects.get().printed_at is None


def test_marking_printed_is_a_post_only_action(operator_a, one_printed):
    _certificate, batch = one_printed

    response = operator_a.get(
        reverse("certificates:desk_batch_printed", args=[batch.pk])
    )

    assert response.status_code == 405
    assert Certificate.objects.get().printed_at is None


def test_another_centres_operator_cannot_open_the_batch(operator_b, one_printed):
    _certificate, batch = one_printed

    for name in ("desk_batch", "desk_batch_status", "desk_batch_download"):
        response = operator_b.get(reverse(f"certificates:{name}", args=[batch.pk]))
        assert response.status_code == 404, name
    marked = operator_b.post(
        reverse("certificates:desk_batch_printed", args=[batch.pk])
    )

    assert marked.status_code == 404
    batch.refresh_from_db()
    assert batch.marked_printed_at is None
    assert reverse("certificates:desk_batch", args=[batch.pk]) not in page_of(
        operator_b.get(reverse(QUEUE))
    )


def test_a_fellow_operator_of_the_centre_can_open_the_batch(centre_a, one_printed):
    _certificate, batch = one_printed
    colleague = signed_in(make_operator(centre=centre_a, username="udc-rafiq"))

    page = colleague.get(reverse("certificates:desk_batch", args=[batch.pk]))
    queue = page_of(colleague.get(reverse(QUEUE)))

    assert page.status_code == 200
    assert reverse("certificates:desk_batch", args=[batch.pk]) in queue


def test_an_operator_of_two_centres_chooses_which_to_print_for(
    centre_a, centre_b, issue, django_capture_on_commit_callbacks
):
    user = make_operator(centre=centre_a, username="udc-both")
    user.centre_memberships.create(centre=centre_b)
    client = signed_in(user)
    in_a, in_b = issue(centre_a), issue(centre_b)
    third = UdcFactory(name_en="Elsewhere UDC")

    default = page_of(client.get(reverse(QUEUE)))
    chosen = page_of(client.get(reverse(QUEUE), {"centre": centre_b.pk}))
    not_theirs = client.get(reverse(QUEUE), {"centre": third.pk})
    print_(
        client,
        django_capture_on_commit_callbacks,
        centre=centre_b.pk,
        action="all_new",
    )

    first_centre = min((centre_a, centre_b), key=lambda c: c.name_en)
    shown, hidden = (in_a, in_b) if first_centre == centre_a else (in_b, in_a)
    assert shown.learner_name in default and hidden.learner_name not in default
    assert in_b.learner_name in chosen and in_a.learner_name not in chosen
    assert f'<option value="{centre_b.pk}" selected>' in chosen
    assert not_theirs.status_code == 404
    batch = PrintBatch.objects.get()
    assert batch.centre == centre_b
    assert batch.certificate_ids == [in_b.pk]


def test_anonymous_visitors_are_sent_to_sign_in():
    response = Client().get(reverse(QUEUE))

    try:
        sign_in = reverse("desk:sign_in")
    except NoReverseMatch:
        sign_in = reverse("centres:sign_in")
    assert response.status_code == 302
    assert response.url.startswith(sign_in + "?next=")


def test_learners_and_staff_are_refused(
    learner_client,
    centre_a,
    issue,
    django_user_model,
    django_capture_on_commit_callbacks,
):
    certificate = issue(centre_a)
    staff = django_user_model.objects.create_user(username="staff-rina", password="x")
    staff.groups.add(Group.objects.create(name="Programme staff"))
    staff_client = signed_in(staff)

    for client in (learner_client, staff_client):
        assert client.get(reverse(QUEUE)).status_code == 403
        posted = client.post(reverse(QUEUE), {"one": certificate.pk})
        assert posted.status_code == 403
        asked = client.post(
            reverse("certificates:revoke_request", args=[certificate.pk]),
            {"reason": "ভুল নাম"},
        )
        assert asked.status_code == 403
    assert not PrintBatch.objects.exists()
    assert not CertificateEvent.objects.filter(
        action=CertificateEvent.Action.REVOKE_REQUESTED
    ).exists()


def test_an_operator_asks_staff_to_revoke_with_a_reason(operator_a, centre_a, issue):
    certificate = issue(centre_a)
    url = reverse("certificates:revoke_request", args=[certificate.pk])

    form = page_of(operator_a.get(url))
    response = operator_a.post(url, {"reason": "  নামের বানান ভুল  "})

    assert certificate.learner_name in form
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    event = certificate.events.get(action=CertificateEvent.Action.REVOKE_REQUESTED)
    assert (event.reason, event.actor, event.code) == (
        "নামের বানান ভুল",
        operator_a.user,
        certificate.code,
    )
    audit = AuditEvent.objects.get(action=AuditEvent.Action.REVOKE_REQUEST)
    assert audit.actor == operator_a.user
    assert audit.centre == centre_a
    assert audit.learner == certificate.learner.learner
    assert audit.detail["reason"] == "নামের বানান ভুল"
    assert audit.detail["certificate"] == certificate.pk
    queue = page_of(operator_a.get(reverse(QUEUE)))
    assert bangla("Revoke requested") in queue
    assert url not in queue


def test_a_revoke_request_needs_a_reason(operator_a, centre_a, issue):
    certificate = issue(centre_a)

    response = operator_a.post(
        reverse("certificates:revoke_request", args=[certificate.pk]), {"reason": "  "}
    )

    assert response.status_code == 400
    assert bangla("Say why the certificate should be revoked.") in (
        response.content.decode()
    )
    assert not CertificateEvent.objects.filter(
        action=CertificateEvent.Action.REVOKE_REQUESTED
    ).exists()
    assert not AuditEvent.objects.filter(
        action=AuditEvent.Action.REVOKE_REQUEST
    ).exists()


def test_operator_cannot_ask_to_revoke_another_centres_certificate(
    operator_a, centre_b, issue
):
    theirs = issue(centre_b)
    url = reverse("certificates:revoke_request", args=[theirs.pk])

    assert operator_a.get(url).status_code == 404
    assert operator_a.post(url, {"reason": "ভুল"}).status_code == 404
    assert not theirs.events.filter(
        action=CertificateEvent.Action.REVOKE_REQUESTED
    ).exists()


def test_staff_see_the_revoke_request_in_the_certificates_history(
    operator_a, centre_a, issue, django_user_model
):
    certificate = issue(centre_a)
    operator_a.post(
        reverse("certificates:revoke_request", args=[certificate.pk]),
        {"reason": "অন্য জনের সনদ"},
    )
    boss = signed_in(
        django_user_model.objects.create_superuser(username="boss", password="x")
    )

    page = page_of(
        boss.get(reverse("issued_certificates:inspect", args=[certificate.pk]))
    )
    listed = page_of(
        boss.get(reverse("issued_certificates:index"), {"revoke_requested": "true"})
    )

    assert bangla("Revoke requested by the centre") in page
    assert "অন্য জনের সনদ" in page
    assert certificate.code in listed


def test_the_learners_desk_page_lists_their_certificates(
    operator_a, centre_a, issue, django_capture_on_commit_callbacks
):
    certificate = issue(centre_a)
    try:
        url = reverse("desk:learner_detail", args=[certificate.learner.learner.pk])
    except NoReverseMatch:
        pytest.skip("the desk has no learner page yet")

    page = page_of(operator_a.get(url))

    assert certificate.course_title_bn in page
    assert f'name="one" value="{certificate.pk}"' in page
    assert reverse("certificates:revoke_request", args=[certificate.pk]) in page


@pytest.mark.parametrize(
    "target", ["https://evil.example", "//evil.example", "/\\evil.example"]
)
def test_a_revoke_request_never_follows_next_off_the_site(
    operator_a, centre_a, issue, target
):
    certificate = issue(centre_a)
    url = reverse("certificates:revoke_request", args=[certificate.pk])

    response = operator_a.post(url, {"reason": "নামের বানান ভুল", "next": target})

    assert response.status_code == 302
    assert "evil.example" not in response.url


def test_a_revoke_request_goes_back_to_a_local_next(operator_a, centre_a, issue):
    certificate = issue(centre_a)
    url = reverse("certificates:revoke_request", args=[certificate.pk])
    back = reverse(QUEUE) + "?show=all"

    response = operator_a.post(url, {"reason": "নামের বানান ভুল", "next": back})

    assert response.url == back
