"""Certificates in the Wagtail admin: staff find, revoke and re-issue them with a
recorded reason; trainers only look after the templates; nobody edits one."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certificates import services
from certificates.demo.loader import seed_certificates
from certificates.models import Certificate, CertificateEvent, CertificateTemplate
from certificates.storage import private_storage
from courses.demo.loader import STAFF_GROUP, TRAINERS_GROUP
from elearn.formatting import format_date, localise_digits
from tests.centres.factories import LearnerFactory
from tests.certificates.factories import complete_course
from tests.i18n import bangla

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

TEMPLATES_LIST = "wagtailsnippets_certificates_certificatetemplate:list"
TEMPLATES_ADD = "wagtailsnippets_certificates_certificatetemplate:add"


@pytest.fixture
def groups(db):
    """The demo's editorial groups, with the certificate rights the demo gives."""
    access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in (TRAINERS_GROUP, STAFF_GROUP):
        Group.objects.create(name=name).permissions.add(access)
    seed_certificates()
    return {
        name: Group.objects.get(name=name) for name in (TRAINERS_GROUP, STAFF_GROUP)
    }


@pytest.fixture
def staff(django_user_model, groups):
    user = django_user_model.objects.create_user(username="staff-rina", password="x")
    user.groups.add(groups[STAFF_GROUP])
    return user


@pytest.fixture
def trainer(django_user_model, groups):
    user = django_user_model.objects.create_user(username="trainer-kabir", password="x")
    user.groups.add(groups[TRAINERS_GROUP])
    return user


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff_client(staff):
    return signed_in(staff)


@pytest.fixture
def trainer_client(trainer):
    return signed_in(trainer)


@pytest.fixture
def issue(course, django_capture_on_commit_callbacks):
    """``issue(learner)`` -> the learner's issued certificate for ``course``."""

    def issue(learner=None):
        learner = learner or LearnerFactory()
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(user=learner.user, course=course)
        certificate = Certificate.objects.get(learner=learner.user, course=course)
        assert certificate.status == Certificate.Status.ISSUED
        return certificate

    return issue


@pytest.fixture
def certificate(issue, learner):
    return issue(learner)


def url(name, certificate) -> str:
    return reverse(f"issued_certificates:{name}", args=[certificate.pk])


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def history_time(event) -> str:
    """An event's time as the admin prints it: Dhaka time, Bangla format."""
    with translation.override("bn"):
        return formats.date_format(timezone.localtime(event.at), "DATETIME_FORMAT")


# --- The register ------------------------------------------------------------


def test_staff_see_certificates_in_the_list(staff_client, issue):
    first = issue(LearnerFactory(full_name="রহিমা খাতুন"))
    second = issue(LearnerFactory(full_name="করিম মিয়া"))

    response = staff_client.get(reverse("issued_certificates:index"))

    assert response.status_code == 200
    page = response.content.decode()
    for certificate in (first, second):
        assert certificate.learner_name in page
        assert certificate.code in page
        assert url("inspect", certificate) in page


def test_staff_find_a_certificate_by_its_code(staff_client, issue):
    wanted = issue(LearnerFactory(full_name="রহিমা খাতুন"))
    other = issue(LearnerFactory(full_name="করিম মিয়া"))

    response = staff_client.get(
        reverse("issued_certificates:index"), {"q": wanted.code}
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "রহিমা খাতুন" in page
    assert "করিম মিয়া" not in page
    assert other.code not in page


def test_staff_find_a_certificate_by_the_learners_phone(staff_client, issue):
    issue(LearnerFactory(full_name="রহিমা খাতুন", phone="01719876543"))
    issue(LearnerFactory(full_name="করিম মিয়া", phone="01811112222"))

    response = staff_client.get(
        reverse("issued_certificates:index"), {"q": "01719876543"}
    )

    page = response.content.decode()
    assert "রহিমা খাতুন" in page
    assert "করিম মিয়া" not in page


def test_staff_filter_the_list_by_status(staff_client, issue, staff):
    kept = issue(LearnerFactory(full_name="রহিমা খাতুন"))
    withdrawn = issue(LearnerFactory(full_name="করিম মিয়া"))
    services.certificate_revoke(certificate=withdrawn, actor=staff, reason="ভুল")

    response = staff_client.get(
        reverse("issued_certificates:index"), {"status": "revoked"}
    )

    page = response.content.decode()
    assert withdrawn.code in page
    assert kept.code not in page


def test_the_inspect_view_shows_the_certificate_and_its_history(
    staff_client, certificate
):
    issued = certificate.events.get()

    response = staff_client.get(url("inspect", certificate))

    assert response.status_code == 200
    page = response.content.decode()
    assert certificate.learner_name in page
    assert bangla("History") in page
    assert bangla("Issued") in page
    assert history_time(issued) in page
    assert bangla("the system") in page  # nobody issued it by hand
    assert reverse("certificates:verify", kwargs={"code": certificate.code}) in page
    assert url("revoke", certificate) in page
    assert url("reissue", certificate) in page


def test_the_inspect_view_shows_when_it_was_issued_in_local_time(
    staff_client, certificate
):
    local = timezone.localtime(certificate.issued_at)
    issued_at = (
        f"{format_date(local.date(), 'bn')}, "
        f"{localise_digits(local.strftime('%H:%M'), 'bn')}"
    )

    page = staff_client.get(url("inspect", certificate)).content.decode()
    fields, _history = page.split(bangla("History"), 1)

    assert bangla("issued at") in fields
    assert issued_at in fields


# --- Revoke and re-issue -----------------------------------------------------


def test_revoking_without_a_reason_is_refused(staff_client, certificate):
    response = staff_client.post(url("revoke", certificate), {"reason": "   "})

    assert response.status_code == 302
    assert response.url == url("inspect", certificate)
    assert bangla("Say why the certificate is revoked.") in messages_of(response)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.revoked_at is None
    assert not certificate.events.filter(
        action=CertificateEvent.Action.REVOKED
    ).exists()


def test_revoking_with_a_reason_records_who_and_why(
    staff_client, staff, certificate, client
):
    response = staff_client.post(
        url("revoke", certificate), {"reason": "  অন্য কেউ কোর্সটি করেছিল  "}
    )

    assert response.status_code == 302
    assert bangla("The certificate is revoked.") in messages_of(response)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_at is not None
    assert certificate.revoked_reason == "অন্য কেউ কোর্সটি করেছিল"
    event = certificate.events.get(action=CertificateEvent.Action.REVOKED)
    assert event.actor == staff
    assert event.reason == "অন্য কেউ কোর্সটি করেছিল"
    assert event.code == certificate.code
    verify = client.get(
        reverse("certificates:verify", kwargs={"code": certificate.code})
    )
    assert bangla("This certificate has been revoked.") in verify.content.decode()
    history = staff_client.get(url("inspect", certificate)).content.decode()
    assert "<td>staff-rina</td>" in history
    assert history_time(event) in history


def test_revoking_twice_records_it_once(staff_client, certificate):
    staff_client.post(url("revoke", certificate), {"reason": "প্রথমবার"})
    staff_client.post(url("revoke", certificate), {"reason": "দ্বিতীয়বার"})

    certificate.refresh_from_db()
    assert certificate.revoked_reason == "প্রথমবার"
    assert (
        certificate.events.filter(action=CertificateEvent.Action.REVOKED).count() == 1
    )


def test_revoke_is_a_post_only_action(staff_client, certificate):
    response = staff_client.get(url("revoke", certificate))

    assert response.status_code == 405
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED


def test_reissuing_draws_it_again_under_a_new_code(
    staff_client, staff, certificate, client, django_capture_on_commit_callbacks
):
    old_code, old_file = certificate.code, certificate.pdf.name

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            url("reissue", certificate), {"reason": "নামের বানান ভুল ছিল"}
        )

    assert response.status_code == 302
    assert response.url == url("inspect", certificate)
    assert bangla(
        "The certificate is being drawn again under a new code."
    ) in messages_of(response)
    certificate.refresh_from_db()
    assert certificate.code != old_code
    assert certificate.status == Certificate.Status.ISSUED
    assert private_storage().exists(certificate.pdf.name)
    assert not private_storage().exists(old_file)

    old = client.get(reverse("certificates:verify", kwargs={"code": old_code}))
    assert old.status_code == 200
    assert bangla("This certificate has been revoked.") in old.content.decode()
    assert "নামের বানান ভুল ছিল" in old.content.decode()
    new = client.get(reverse("certificates:verify", kwargs={"code": certificate.code}))
    assert bangla("This certificate is genuine.") in new.content.decode()

    revoked = certificate.events.get(action=CertificateEvent.Action.REVOKED)
    reissued = certificate.events.get(action=CertificateEvent.Action.REISSUED)
    assert (revoked.code, revoked.actor) == (old_code, staff)
    assert (reissued.code, reissued.actor) == (certificate.code, staff)
    assert certificate.events.filter(action=CertificateEvent.Action.ISSUED).count() == 2

    history = staff_client.get(url("inspect", certificate)).content.decode()
    assert history.count("<td>staff-rina</td>") == 2
    assert bangla("Re-issue requested") in history
    assert history_time(reissued) in history
    assert old_code in history


def test_reissuing_a_revoked_certificate_gives_it_a_new_code(
    staff_client, certificate, client, django_capture_on_commit_callbacks
):
    old_code = certificate.code
    staff_client.post(url("revoke", certificate), {"reason": "ভুল কোর্স"})

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url("reissue", certificate), {"reason": ""})

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.code != old_code
    assert certificate.revoked_reason == ""
    old = client.get(reverse("certificates:verify", kwargs={"code": old_code}))
    assert "ভুল কোর্স" in old.content.decode()


# --- Who may do what ---------------------------------------------------------


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


@pytest.mark.parametrize("action", ["revoke", "reissue"])
def test_a_trainer_cannot_revoke_or_reissue(
    trainer_client, certificate, action, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = trainer_client.post(url(action, certificate), {"reason": "x"})

    assert permission_denied(response)
    before = certificate.code
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.code == before
    assert certificate.events.count() == 1


def test_a_trainer_cannot_see_the_certificates(trainer_client, certificate):
    listing = trainer_client.get(reverse("issued_certificates:index"))
    inspect = trainer_client.get(url("inspect", certificate))

    assert permission_denied(listing)
    assert permission_denied(inspect)


def test_a_trainer_looks_after_the_certificate_templates(trainer_client, groups):
    response = trainer_client.get(reverse(TEMPLATES_LIST))

    assert response.status_code == 200
    assert "Default (all courses)" in response.content.decode()


def test_a_learner_cannot_reach_the_admin(learner_client, certificate):
    response = learner_client.get(url("inspect", certificate))

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url


@pytest.mark.parametrize("who", ["staff", "superuser"])
def test_nobody_adds_or_edits_a_certificate_by_hand(
    who, staff_client, django_user_model, certificate
):
    if who == "superuser":
        boss = django_user_model.objects.create_superuser(username="boss", password="x")
        admin = signed_in(boss)
    else:
        admin = staff_client

    add_page = admin.get(reverse("issued_certificates:add"))
    add_post = admin.post(reverse("issued_certificates:add"), {})
    edit_page = admin.get(url("edit", certificate))
    edit_post = admin.post(url("edit", certificate), {})
    delete_post = admin.post(url("delete", certificate))

    for response in (add_page, add_post, edit_page, edit_post, delete_post):
        assert permission_denied(response)
    assert Certificate.objects.count() == 1
    listing = admin.get(reverse("issued_certificates:index")).content.decode()
    assert reverse("issued_certificates:add") not in listing
    assert url("edit", certificate) not in listing


# --- Templates -----------------------------------------------------------------


def template_form(**fields) -> dict:
    return nested_form_data(
        {
            "name": "",
            "course": "",
            "programme_bn": "",
            "programme_en": "",
            "logo_left": "",
            "logo_right": "",
            "signatories": inline_formset([]),
            **fields,
        }
    )


def test_a_second_default_template_is_refused(trainer_client, groups):
    response = trainer_client.post(
        reverse(TEMPLATES_ADD), template_form(name="আরেকটি সাধারণ")
    )

    assert response.status_code == 200
    assert (
        bangla("There is already a default template; choose a course.")
        in response.content.decode()
    )
    assert CertificateTemplate.objects.count() == 1


def test_a_template_for_one_course_is_accepted(trainer_client, groups, course):
    response = trainer_client.post(
        reverse(TEMPLATES_ADD),
        template_form(
            name="কোর্সের নিজের",
            course=course.pk,
            signatories=inline_formset(
                [{"title_bn": "প্রশিক্ষক", "title_en": "Trainer", "signature": ""}]
            ),
        ),
    )

    assert response.status_code == 302
    template = CertificateTemplate.objects.get(course=course)
    assert [s.title_en for s in template.signatories.all()] == ["Trainer"]


def test_the_default_template_can_be_edited(trainer_client, groups):
    default = CertificateTemplate.objects.get(course__isnull=True)

    response = trainer_client.post(
        reverse(
            "wagtailsnippets_certificates_certificatetemplate:edit", args=[default.pk]
        ),
        template_form(name="সব কোর্সের জন্য"),
    )

    assert response.status_code == 302
    default.refresh_from_db()
    assert default.name == "সব কোর্সের জন্য"
