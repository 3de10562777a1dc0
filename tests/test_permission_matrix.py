"""Who may see and do what: every role against every entry point (issue 6).

The world (tests/permission_fixtures.py) has centre A in district X (Tangail)
with learner a1, centre B in district Y (Dhaka) with learner b1, each with an
issued certificate, a quiz attempt, a print batch and an audit event. Each row
of ``MATRIX`` below is one entry point; each column one role; each cell says
what that role gets for a1 and for b1 ("ok/hidden"), or one outcome for both.

The outcomes:

``ok``
    200 (or the action took effect) and the target is there.
``hidden``
    200, but the target is not in the list, search, export, form or figures.
``refused``
    An action that answered without taking effect (a form error).
``invalid``
    A filter crafted outside the viewer's scope is a form error; no figures.
``404`` / ``403``
    Not found / forbidden. The body never names the target.
``login``
    Sent to a sign-in page (the desk's, the learners', or the admin's).
``admin-denied``
    Wagtail's refusal: back to /cms/ with "you do not have permission".
``-``
    Not tried.

Whatever the outcome other than ``ok``, the answer never holds the target's
name, mobile number or certificate code: "not found" confirms nothing.
"""

import io
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import openpyxl
import pytest
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from centres.models import AuditEvent, Centre, CentreOperator, LearnerProfile
from centres.validation import local_phone
from centres.views import SESSION_PHONE
from certificates.models import Certificate, CertificateEvent, PrintBatch
from courses.models import Enrollment
from elearn.celery_app import app as celery_app
from elearn.formatting import localise_digits
from tests.centres.factories_ops import UdcFactory, make_learner
from tests.i18n import bangla
from tests.permission_fixtures import ROLES, build_world

# Each entry point is a probe below, by name: what it asks and what "there" means.
# fmt: off
MATRIX = """
entry point           anonymous learner operator_a  operator_b  staff_x      admin
desk_home             login     403     ok/hidden   hidden/ok   403          403
desk_list             login     403     ok/hidden   hidden/ok   403          403
desk_search_name      login     403     ok/hidden   hidden/ok   403          403
desk_search_phone     login     403     ok/hidden   hidden/ok   403          403
desk_list_centre      login     403     ok/hidden   hidden/ok   403          403
desk_csv              login     403     ok/hidden   hidden/ok   403          403
desk_xlsx             login     403     ok/hidden   hidden/ok   403          403
desk_detail           login     403     ok/404      404/ok      403          403
desk_register         login     403     ok/hidden   hidden/ok   403          403
desk_register_post    login     403     ok/refused  refused/ok  403          403
desk_import           login     403     ok/hidden   hidden/ok   403          403
assist_start_page     login     403     ok/404      404/ok      403          403
assist_start          login     403     ok/404      404/ok      403          403
print_queue           login     403     ok/hidden   hidden/ok   403          403
print_queue_search    login     403     ok/hidden   hidden/ok   403          403
print_queue_centre    login     403     ok/404      404/ok      403          403
print_one             login     403     ok/404      404/ok      403          403
print_all_new         login     403     ok/404      404/ok      403          403
desk_batch            login     403     ok/404      404/ok      403          403
desk_batch_status     login     403     ok/404      404/ok      403          403
desk_batch_printed    login     403     ok/404      404/ok      403          403
revoke_request_page   login     403     ok/404      404/ok      403          403
revoke_request        login     403     ok/404      404/ok      403          403
certificate_pdf       login     ok/404  404         404         404          404
quiz_question         login     ok/404  404         404         404          404
verify                ok        ok      ok          ok          ok           ok
pin_page              ok/404    -       -           -           -            -
admin_learners        login     login   login       login       ok/hidden    ok
admin_learner_search  login     login   login       login       ok/hidden    ok
admin_learner_inspect login     login   login       login       ok/404       ok
admin_learner_edit    login     login   login       login       admin-denied ok
admin_centres         login     login   login       login       ok/hidden    ok
admin_centre_inspect  login     login   login       login       ok/404       ok
admin_centre_edit     login     login   login       login       ok/404       ok
admin_operators       login     login   login       login       ok/hidden    ok
admin_certificates    login     login   login       login       ok/hidden    ok
admin_cert_search     login     login   login       login       ok/hidden    ok
admin_cert_export     login     login   login       login       ok/hidden    ok
admin_cert_inspect    login     login   login       login       ok/404       ok
admin_cert_revoke     login     login   login       login       ok/404       ok
admin_print_form      login     login   login       login       ok/hidden    ok
admin_print           login     login   login       login       ok/refused   ok
audit_log             login     login   login       login       ok/hidden    ok
audit_export          login     login   login       login       ok/hidden    ok
reports_dashboard     login     login   login       login       ok/hidden    ok
reports_district      login     login   login       login       ok/invalid   ok
reports_csv           login     login   login       login       ok/hidden    ok
reports_csv_district  login     login   login       login       ok/404       ok
reports_monthly       login     login   login       login       ok/invalid   ok
quiz_attempts         login     login   login       login       ok/hidden    ok
quiz_attempts_export  login     login   login       login       ok/hidden    ok
quiz_attempt_inspect  login     login   login       login       ok/404       ok
"""
# fmt: on

# Cells where the product answers wrongly today: (role, entry point, target).
# Each is a strict xfail: it fails for the reason given until the product is
# fixed, and then the test says so.
# None today (quiz attempts leaked to district-limited staff until they were
# scoped through the policy). Add (role, entry point, target): reason here.
LEAKS: dict[tuple[str, str, str], str] = {}

TARGETS = ("a1", "b1")


def parse_matrix(text: str) -> dict[str, dict[str, dict[str, str]]]:
    """``{entry: {role: {target: expected}}}`` from the table above."""
    header, *lines = text.strip().splitlines()
    roles = header.split()[2:]
    assert tuple(roles) == ROLES, roles
    table = {}
    for line in lines:
        entry, *cells = line.split()
        assert len(cells) == len(roles), line
        table[entry] = {}
        for role, cell in zip(roles, cells, strict=True):
            if cell == "-":
                continue
            each = cell.split("/") if "/" in cell else [cell, cell]
            table[entry][role] = dict(zip(TARGETS, each, strict=True))
    return table


EXPECTED = parse_matrix(MATRIX)


# --- The world, built once ------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once, inside a transaction rolled back when the module ends.

    Each test runs in a savepoint within it (pytest-django's ``db``), so what a
    test posts (a revoke, a print batch, a session) is gone before the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        eager = celery_app.conf.task_always_eager
        celery_app.conf.task_always_eager = True  # certificates drawn in-process
        try:
            with translation.override("bn"):
                built = build_world()
        finally:
            celery_app.conf.task_always_eager = eager
        yield built
        transaction.set_rollback(True)


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


# --- What a response says -------------------------------------------------------


@dataclass
class Seen:
    """One answer: the response, its text, and whether the target was there
    (a page) or the action took effect (``action=True``)."""

    response: object
    text: str
    shown: bool
    action: bool = False
    outcome: str = ""  # set by a probe that can tell more than the status
    echo: tuple[str, ...] = ()  # what the request itself carried (a search)


def bytes_of(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def text_of(response) -> str:
    return bytes_of(response).decode("utf-8", errors="replace")


def sign_in_paths() -> set[str]:
    return {
        reverse("desk:sign_in"),
        reverse("centres:sign_in"),
        reverse("wagtailadmin_login"),
    }


def admin_denied(response) -> bool:
    return response.url == reverse("wagtailadmin_home") and any(
        bangla("Sorry, you do not have permission to access this area.") in str(message)
        for message in get_messages(response.wsgi_request)
    )


def outcome(seen: Seen) -> str:
    if seen.outcome:
        return seen.outcome
    status = seen.response.status_code
    if status in (301, 302, 303):
        if urlsplit(seen.response.url).path in sign_in_paths():
            return "login"
        if admin_denied(seen.response):
            return "admin-denied"
    if status in (403, 404):
        return str(status)
    if seen.action and (status < 300 or status in (302, 400)):
        return "ok" if seen.shown else "refused"
    if status == 200:
        return "ok" if seen.shown else "hidden"
    return f"{status} {seen.response.get('Location', '')}".strip()


def traces(learner: LearnerProfile) -> list[str]:
    """What would give the learner away: name, number (both digits), code."""
    phone = local_phone(learner.phone)
    return [
        learner.full_name,
        phone,
        localise_digits(phone, "bn"),
        learner.certificate.code,
    ]


def names(text: str, learner: LearnerProfile) -> bool:
    return learner.full_name in text


def names_centre(text: str, centre) -> bool:
    return centre.name_bn in text or centre.name_en in text


# --- The entry points -----------------------------------------------------------

PROBES = {}


def probe(name):
    def register(function):
        PROBES[name] = function
        return function

    return register


def page(response, shown, *, echo=()) -> Seen:
    text = text_of(response)
    return Seen(response, text, response.status_code == 200 and shown(text), echo=echo)


def action(response, took_effect) -> Seen:
    return Seen(response, text_of(response), took_effect(), action=True)


@probe("desk_home")
def _(client, world, target):
    response = client.get(reverse("desk:home"))
    return page(response, lambda text: names_centre(text, target.centre))


@probe("desk_list")
def _(client, world, target):
    response = client.get(reverse("desk:learners"))
    return page(response, lambda text: names(text, target))


def desk_row(target) -> str:
    """A row of the desk's list links to the learner (the search box only
    repeats what was typed)."""
    return f'href="{reverse("desk:learner_detail", args=[target.pk])}"'


@probe("desk_search_name")
def _(client, world, target):
    typed = target.full_name
    response = client.get(reverse("desk:learners"), {"q": typed})
    return page(response, lambda text: desk_row(target) in text, echo=(typed,))


@probe("desk_search_phone")
def _(client, world, target):
    typed = local_phone(target.phone)
    response = client.get(reverse("desk:learners"), {"q": typed})
    return page(response, lambda text: desk_row(target) in text, echo=(typed,))


@probe("desk_list_centre")
def _(client, world, target):
    """``?centre=`` names the target's centre, perhaps not the operator's."""
    response = client.get(reverse("desk:learners"), {"centre": target.centre.pk})
    return page(response, lambda text: names(text, target))


@probe("desk_csv")
def _(client, world, target):
    response = client.get(reverse("desk:learners"), {"format": "csv"})
    return page(response, lambda text: names(text, target))


@probe("desk_xlsx")
def _(client, world, target):
    response = client.get(reverse("desk:learners"), {"format": "xlsx"})
    if response.status_code != 200:
        return page(response, lambda text: False)
    book = openpyxl.load_workbook(io.BytesIO(bytes_of(response)))
    cells = "\n".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    return Seen(response, cells, names(cells, target))


@probe("desk_detail")
def _(client, world, target):
    response = client.get(reverse("desk:learner_detail", args=[target.pk]))
    return page(response, lambda text: names(text, target))


@probe("desk_register")
def _(client, world, target):
    """The form offers the target's centre to register at."""
    response = client.get(reverse("desk:learner_new"))
    return page(response, lambda text: names_centre(text, target.centre))


@probe("desk_register_post")
def _(client, world, target):
    """Register a new learner at the target's centre."""
    response = client.post(
        reverse("desk:learner_new"),
        {
            "full_name": "নতুন শিক্ষার্থী",
            "phone": "01911000303",
            "gender": LearnerProfile.Gender.FEMALE,
            "learner_type": LearnerProfile.LearnerType.FAMILY,
            "centre": target.centre.pk,
            "district": "",
            "pin": "4826",
            "pin_again": "4826",
        },
    )
    return action(
        response,
        lambda: LearnerProfile.objects.filter(
            phone="+8801911000303", centre=target.centre
        ).exists(),
    )


@probe("desk_import")
def _(client, world, target):
    """The upload form offers the target's centre to import into."""
    response = client.get(reverse("desk:learner_import"))
    return page(response, lambda text: names_centre(text, target.centre))


@probe("assist_start_page")
def _(client, world, target):
    response = client.get(reverse("assist:start", args=[target.pk]))
    return page(response, lambda text: names(text, target))


@probe("assist_start")
def _(client, world, target):
    response = client.post(reverse("assist:start", args=[target.pk]))
    return action(
        response,
        lambda: AuditEvent.objects.filter(
            action=AuditEvent.Action.SWITCH_IN, learner=target
        ).exists(),
    )


QUEUE = "certificates:print_queue"


def queue_row(target) -> str:
    """A row of the print queue: its certificate's tick box."""
    return f'id="c{target.certificate.pk}"'


@probe("print_queue")
def _(client, world, target):
    response = client.get(reverse(QUEUE), {"show": "all"})
    return page(response, lambda text: queue_row(target) in text)


@probe("print_queue_search")
def _(client, world, target):
    typed = target.full_name
    response = client.get(reverse(QUEUE), {"show": "all", "q": typed})
    return page(response, lambda text: queue_row(target) in text, echo=(typed,))


@probe("print_queue_centre")
def _(client, world, target):
    response = client.get(reverse(QUEUE), {"show": "all", "centre": target.centre.pk})
    return page(response, lambda text: queue_row(target) in text)


def new_batch_with(certificate, before: set[int]) -> bool:
    return any(
        certificate.pk in batch.certificate_ids
        for batch in PrintBatch.objects.exclude(pk__in=before)
    )


@probe("print_one")
def _(client, world, target):
    """The queue's "print" button, with the target's certificate id."""
    before = set(PrintBatch.objects.values_list("pk", flat=True))
    response = client.post(reverse(QUEUE), {"one": target.certificate.pk})
    return action(response, lambda: new_batch_with(target.certificate, before))


@probe("print_all_new")
def _(client, world, target):
    """ "Print all new" for the target's centre."""
    before = set(PrintBatch.objects.values_list("pk", flat=True))
    response = client.post(
        reverse(QUEUE), {"action": "all_new", "centre": target.centre.pk}
    )
    return action(response, lambda: new_batch_with(target.certificate, before))


@probe("desk_batch")
def _(client, world, target):
    response = client.get(reverse("certificates:desk_batch", args=[target.batch.pk]))
    return page(response, lambda text: True)


@probe("desk_batch_status")
def _(client, world, target):
    response = client.get(
        reverse("certificates:desk_batch_status", args=[target.batch.pk])
    )
    return page(response, lambda text: response.json()["total"] == 1)


@probe("desk_batch_printed")
def _(client, world, target):
    response = client.post(
        reverse("certificates:desk_batch_printed", args=[target.batch.pk])
    )
    return action(
        response,
        lambda: Certificate.objects.filter(
            pk=target.certificate.pk, printed_at__isnull=False
        ).exists(),
    )


@probe("revoke_request_page")
def _(client, world, target):
    response = client.get(
        reverse("certificates:revoke_request", args=[target.certificate.pk])
    )
    return page(response, lambda text: names(text, target))


@probe("revoke_request")
def _(client, world, target):
    response = client.post(
        reverse("certificates:revoke_request", args=[target.certificate.pk]),
        {"reason": "নামের বানান ভুল"},
    )
    return action(
        response,
        lambda: CertificateEvent.objects.filter(
            certificate=target.certificate,
            action=CertificateEvent.Action.REVOKE_REQUESTED,
        ).exists(),
    )


@probe("certificate_pdf")
def _(client, world, target):
    """The learner's own download of the target's certificate."""
    response = client.get(
        reverse("certificates:download", args=[target.certificate.pk])
    )
    return page(
        response, lambda text: response.get("Content-Type") == "application/pdf"
    )


@probe("quiz_question")
def _(client, world, target):
    """The first question of the target's own quiz attempt."""
    response = client.get(reverse("quizzes:question", args=[target.attempt.pk, 0]))
    return page(response, lambda text: True)


@probe("verify")
def _(client, world, target):
    """The public page a certificate's QR code opens."""
    code = target.certificate.code
    response = client.get(reverse("certificates:verify", kwargs={"code": code}))
    return page(response, lambda text: target.certificate.learner_name in text)


@probe("pin_page")
def _(client, world, target):
    """Someone typed a1's number at sign-in, then walks to another profile id."""
    session = client.session
    session[SESSION_PHONE] = world.a1.phone
    session.save()
    response = client.get(reverse("centres:enter_pin", args=[target.pk]))
    # The PIN page names the profile as the family sees it, never in full.
    return page(response, lambda text: f">{target.display_name}<" in text)


def admin_url(name, *args):
    return reverse(name, args=args)


@probe("admin_learners")
def _(client, world, target):
    response = client.get(admin_url("learnerprofile:index"))
    return page(response, lambda text: names(text, target))


@probe("admin_learner_search")
def _(client, world, target):
    typed = target.full_name
    response = client.get(admin_url("learnerprofile:index"), {"q": typed})
    rows = [
        f'href="{admin_url(f"learnerprofile:{view}", target.pk)}"'
        for view in ("edit", "inspect")  # whichever the viewer may open
    ]
    return page(response, lambda text: any(row in text for row in rows), echo=(typed,))


@probe("admin_learner_inspect")
def _(client, world, target):
    response = client.get(admin_url("learnerprofile:inspect", target.pk))
    return page(response, lambda text: names(text, target))


@probe("admin_learner_edit")
def _(client, world, target):
    response = client.get(admin_url("learnerprofile:edit", target.pk))
    return page(response, lambda text: names(text, target))


@probe("admin_centres")
def _(client, world, target):
    response = client.get(admin_url("centre:index"))
    return page(response, lambda text: names_centre(text, target.centre))


@probe("admin_centre_inspect")
def _(client, world, target):
    response = client.get(admin_url("centre:inspect", target.centre.pk))
    return page(response, lambda text: names_centre(text, target.centre))


@probe("admin_centre_edit")
def _(client, world, target):
    response = client.get(admin_url("centre:edit", target.centre.pk))
    return page(response, lambda text: names_centre(text, target.centre))


@probe("admin_operators")
def _(client, world, target):
    username = target.centre.operators.get().user.username
    response = client.get(admin_url("centreoperator:index"))
    return page(response, lambda text: username in text)


@probe("admin_certificates")
def _(client, world, target):
    response = client.get(admin_url("issued_certificates:index"))
    return page(response, lambda text: target.certificate.code in text)


@probe("admin_cert_search")
def _(client, world, target):
    typed = target.certificate.code
    response = client.get(admin_url("issued_certificates:index"), {"q": typed})
    return page(response, lambda text: names(text, target), echo=(typed,))


@probe("admin_cert_export")
def _(client, world, target):
    response = client.get(admin_url("issued_certificates:index"), {"export": "csv"})
    return page(response, lambda text: target.certificate.code in text)


@probe("admin_cert_inspect")
def _(client, world, target):
    response = client.get(
        admin_url("issued_certificates:inspect", target.certificate.pk)
    )
    return page(response, lambda text: target.certificate.code in text)


@probe("admin_cert_revoke")
def _(client, world, target):
    response = client.post(
        admin_url("issued_certificates:revoke", target.certificate.pk),
        {"reason": "ভুল কোর্স"},
    )
    return action(
        response,
        lambda: Certificate.objects.filter(
            pk=target.certificate.pk, status=Certificate.Status.REVOKED
        ).exists(),
    )


@probe("admin_print_form")
def _(client, world, target):
    """Staff printing offers the target's district to print for."""
    response = client.get(admin_url("certificates_print"))
    option = f'<option value="{target.district_id}"'
    return page(response, lambda text: option in text)


@probe("admin_print")
def _(client, world, target):
    """Staff print the certificates of the target's district."""
    before = set(PrintBatch.objects.values_list("pk", flat=True))
    response = client.post(
        admin_url("certificates_print"),
        {"course": "", "district": target.district_id, "date_from": "", "date_to": ""},
    )
    return action(response, lambda: new_batch_with(target.certificate, before))


@probe("audit_log")
def _(client, world, target):
    response = client.get(admin_url("audit_log:index"))
    return page(response, lambda text: names(text, target))


@probe("audit_export")
def _(client, world, target):
    response = client.get(admin_url("audit_log:index"), {"export": "csv"})
    return page(response, lambda text: names(text, target))


def dashboard_counts(response, target) -> bool:
    """The dashboard's district table has a row for the target's district."""
    tables = {view["table"].slug: view for view in response.context["tables"]}
    return any(
        item["row"].key == target.district_id and item["row"].enrolled
        for item in tables["district"]["rows"]
    )


@probe("reports_dashboard")
def _(client, world, target):
    response = client.get(admin_url("reports_dashboard"))
    return page(response, lambda text: dashboard_counts(response, target))


def filtered_report(response, target, figure) -> Seen:
    seen = page(response, lambda text: True)
    if response.status_code == 200:
        form = response.context["form"]
        if "district" in form.errors:
            seen.outcome = "invalid"
        else:
            seen.shown = figure(response.context)
    return seen


@probe("reports_district")
def _(client, world, target):
    """The dashboard with ``?district=`` the target's district."""
    response = client.get(
        admin_url("reports_dashboard"), {"district": target.district_id}
    )
    return filtered_report(response, target, lambda c: c["figures"].enrolled == 1)


@probe("reports_monthly")
def _(client, world, target):
    """The monthly report with ``?district=`` the target's district."""
    response = client.get(
        admin_url("reports_monthly"), {"district": target.district_id}
    )
    return filtered_report(response, target, lambda c: c.get("report") is not None)


def centre_table_csv():
    return reverse("reports_table_export", kwargs={"slug": "centre", "fmt": "csv"})


@probe("reports_csv")
def _(client, world, target):
    response = client.get(centre_table_csv())
    return page(response, lambda text: names_centre(text, target.centre))


@probe("reports_csv_district")
def _(client, world, target):
    response = client.get(centre_table_csv(), {"district": target.district_id})
    return page(response, lambda text: names_centre(text, target.centre))


@probe("quiz_attempts")
def _(client, world, target):
    response = client.get(admin_url("quiz_attempts:index"))
    return page(response, lambda text: names(text, target))


@probe("quiz_attempts_export")
def _(client, world, target):
    response = client.get(admin_url("quiz_attempts:index"), {"export": "csv"})
    return page(response, lambda text: names(text, target))


@probe("quiz_attempt_inspect")
def _(client, world, target):
    response = client.get(admin_url("quiz_attempts:inspect", target.attempt.pk))
    return page(response, lambda text: target.user.username in text)


# --- The matrix -----------------------------------------------------------------


def matrix_rows():
    for entry, by_role in EXPECTED.items():
        for role, by_target in by_role.items():
            for target, expected in by_target.items():
                marks = []
                reason = LEAKS.get((role, entry, target))
                if reason:
                    marks.append(pytest.mark.xfail(strict=True, reason=reason))
                yield pytest.param(
                    role,
                    entry,
                    target,
                    expected,
                    id=f"{role}-{entry}-{target}-{expected}",
                    marks=marks,
                )


def test_every_entry_point_in_the_matrix_has_a_probe():
    """A row without a probe, or a probe without a row, is a typo."""
    assert set(EXPECTED) == set(PROBES)


@pytest.mark.django_db
@pytest.mark.parametrize("role,entry,target,expected", list(matrix_rows()))
def test_permission_matrix(world, role, entry, target, expected):
    """Each role gets exactly the matrix's answer at each entry point, and an
    answer that is not "ok" gives nothing of the target away (to anyone but
    the target themselves: a learner's own name is on every page they see)."""
    learner = getattr(world, target)
    user = world.users[role]
    client = client_for(user)

    seen = PROBES[entry](client, world, learner)

    assert outcome(seen) == expected
    if expected != "ok" and user != learner.user:
        for trace in set(traces(learner)) - set(seen.echo):
            assert trace not in seen.text, f"{trace!r} given away"


# --- Beyond the matrix ----------------------------------------------------------


def dashboard(user, **params):
    response = client_for(user).get(reverse("reports_dashboard"), params)
    assert response.status_code == 200
    return response.context


@pytest.mark.django_db
def test_district_limited_staff_count_only_their_districts_learners(world):
    """staff_x's headline figures are district X's alone; the admin's are all."""
    in_x = Enrollment.objects.filter(user__learner__district=world.district_x)

    limited = dashboard(world.users["staff_x"])["figures"]
    everyone = dashboard(world.users["admin"])["figures"]

    assert limited.enrolled == in_x.count() == 1
    assert limited.completed == limited.certified == 1
    assert everyone.enrolled == Enrollment.objects.count() == 2
    assert everyone.certified == 2


@pytest.mark.django_db
def test_a_district_crafted_outside_the_scope_is_a_form_error_without_figures(
    world,
):
    """``?district=<Y>`` typed by staff_x gives an error, not Y's numbers."""
    context = dashboard(world.users["staff_x"], district=world.district_y.pk)

    assert "district" in context["form"].errors
    assert "figures" not in context
    assert "tables" not in context


def without(text: str, path: str) -> str:
    """The page less the address asked for and its (per-page) CSRF token."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    return text.replace(path, "")


@pytest.mark.parametrize(
    "role,url_name",
    [
        ("operator_a", "desk:learner_detail"),
        ("operator_a", "assist:start"),
        ("staff_x", "learnerprofile:inspect"),
    ],
)
@pytest.mark.django_db
def test_another_centres_learner_is_answered_like_no_learner_at_all(
    world, role, url_name
):
    """The 404 for b1 is the 404 for an id nobody has: it confirms nothing."""
    client = client_for(world.users[role])
    missing = LearnerProfile.objects.order_by("-pk").first().pk + 1000
    b1_url = reverse(url_name, args=[world.b1.pk])
    missing_url = reverse(url_name, args=[missing])

    for_b1 = client.get(b1_url)
    for_nobody = client.get(missing_url)

    assert for_b1.status_code == for_nobody.status_code == 404
    assert without(text_of(for_b1), b1_url) == without(text_of(for_nobody), missing_url)


@pytest.mark.django_db
def test_the_public_verify_page_names_the_holder_but_not_their_number(world):
    """Anyone may check a certificate; the page never shows the mobile number."""
    code = world.b1.certificate.code

    response = Client().get(reverse("certificates:verify", kwargs={"code": code}))

    text = text_of(response)
    assert response.status_code == 200
    assert world.b1.certificate.learner_name in text
    phone = local_phone(world.b1.phone)
    assert phone not in text
    assert localise_digits(phone, "bn") not in text


def desk_names(user, **params) -> str:
    response = client_for(user).get(reverse("desk:learners"), {**params})
    assert response.status_code == 200
    return text_of(response)


@pytest.mark.django_db
def test_an_operator_of_two_centres_sees_both_centres_learners_and_no_other(world):
    """Membership of a second centre adds its learners, and only those."""
    operator = world.users["operator_a"]
    centre_c = UdcFactory(name_en="Kalihati UDC", district=world.district_x)
    c1 = make_learner(centre=centre_c, full_name="চম্পা রানী", phone="01711000404")
    CentreOperator.objects.create(user=operator, centre=centre_c)

    listed = desk_names(operator)
    exported = desk_names(operator, format="csv")

    for text in (listed, exported):
        assert world.a1.full_name in text
        assert c1.full_name in text
        assert world.b1.full_name not in text


@pytest.mark.django_db
def test_an_operator_of_a_closed_centre_reaches_none_of_its_learners(world):
    """A centre switched off takes its operator's access with it."""
    Centre.objects.filter(pk=world.centre_a.pk).update(active=False)
    client = client_for(world.users["operator_a"])

    listing = client.get(reverse("desk:learners"))
    detail = client.get(reverse("desk:learner_detail", args=[world.a1.pk]))

    assert listing.status_code == detail.status_code == 403
    assert world.a1.full_name not in text_of(detail)
