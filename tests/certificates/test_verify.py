"""The public verify page: anyone holding the paper can check it, and learns only
what is printed on it."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management.color import no_style
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation

from certificates import services
from certificates.codes import ALPHABET, check_character, normalise
from certificates.models import Certificate
from elearn.formatting import format_date, to_bangla_digits
from tests.centres.factories import LearnerFactory
from tests.certificates.factories import complete_course
from tests.i18n import bangla

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture
def issue(course, django_capture_on_commit_callbacks):
    """``issue(learner)`` -> the learner's issued certificate for ``course``."""

    def issue(learner):
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(user=learner.user, course=course)
        certificate = Certificate.objects.get(learner=learner.user, course=course)
        assert certificate.status == Certificate.Status.ISSUED
        return certificate

    return issue


@pytest.fixture
def certificate(issue, learner):
    return issue(learner)


def verify_url(code: str) -> str:
    return reverse("certificates:verify", kwargs={"code": code})


def unused_code() -> str:
    """A well-formed code (right length, right check character) nobody holds."""
    body = "ABCDEFGHJK"
    code = body + check_character(body)
    assert normalise(code) == code
    assert not Certificate.objects.filter(code=code).exists()
    return code


def wrong_check_character(code: str) -> str:
    wrong = next(char for char in ALPHABET if char != code[-1])
    return code[:-1] + wrong


def test_an_issued_code_shows_name_course_date_and_centre_in_bangla(
    client, certificate, learner, course
):
    response = client.get(verify_url(certificate.code))

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    page = response.content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert bangla("This certificate is genuine.") in page
    assert learner.full_name in page
    assert course.title in page
    assert format_date(certificate.completed_on, "bn") in page
    assert f"{learner.district.name_bn} জেলা" in page
    assert certificate.centre_bn in page


def test_the_verify_page_tells_nothing_beyond_what_is_printed(
    client, django_user_model, issue
):
    """No phone number, no district beyond the centre line, no account id."""
    # Push the next account id somewhere it cannot appear by chance on the page.
    django_user_model.objects.create(pk=904_317, username="spacer")
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [get_user_model()]):
            cursor.execute(sql)
    learner = LearnerFactory(phone="01719876543")
    assert learner.user.pk > 904_317
    certificate = issue(learner)

    page = client.get(verify_url(certificate.code)).content.decode()

    assert learner.full_name in page
    for phone in (learner.phone, "01719876543", "1719876543"):
        assert phone not in page
        assert to_bangla_digits(phone) not in page
    assert page.count(learner.district.name_bn) == 1  # the centre line only
    assert learner.district.name_en not in page
    assert learner.district.division.name_bn not in page
    assert str(learner.user.pk) not in page
    assert to_bangla_digits(learner.user.pk) not in page
    assert learner.user.get_username() not in page
    assert reverse("certificates:download", args=[certificate.pk]) not in page


def test_a_revoked_code_says_revoked_with_the_date_and_reason(client, certificate):
    revoked = services.certificate_revoke(
        certificate=certificate, actor=None, reason="ভুল নামে দেওয়া হয়েছিল"
    )

    response = client.get(verify_url(certificate.code))

    assert response.status_code == 200
    page = response.content.decode()
    assert bangla("This certificate has been revoked.") in page
    assert bangla("This certificate is genuine.") not in page
    revoked_on = format_date(timezone.localdate(revoked.revoked_at), "bn")
    assert bangla("Revoked on %(date)s.") % {"date": revoked_on} in page
    assert "ভুল নামে দেওয়া হয়েছিল" in page


def test_a_code_replaced_by_a_reissue_verifies_as_revoked_with_the_reason(
    client, certificate, django_capture_on_commit_callbacks
):
    old_code = certificate.code
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(
            certificate=certificate, actor=None, reason="নামের বানান ঠিক করা হলো"
        )
    certificate.refresh_from_db()
    assert certificate.code != old_code
    assert certificate.status == Certificate.Status.ISSUED

    response = client.get(verify_url(old_code))

    assert response.status_code == 200
    page = response.content.decode()
    assert bangla("This certificate has been revoked.") in page
    assert bangla("This certificate is genuine.") not in page
    assert "নামের বানান ঠিক করা হলো" in page
    # The new code is genuine.
    new_page = client.get(verify_url(certificate.code)).content.decode()
    assert bangla("This certificate is genuine.") in new_page


def test_a_replaced_code_does_not_give_away_the_new_code(
    client, certificate, django_capture_on_commit_callbacks
):
    old_code = certificate.code
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(certificate=certificate, actor=None, reason="")
    certificate.refresh_from_db()

    page = client.get(verify_url(old_code)).content.decode()

    assert bangla("This certificate has been revoked.") in page
    new = certificate.code
    assert new not in page
    assert f"{new[:4]}-{new[4:8]}-{new[8:]}" not in page


def test_an_unknown_well_formed_code_is_not_found(client, certificate):
    response = client.get(verify_url(unused_code()))

    assert response.status_code == 404
    page = response.content.decode()
    assert bangla("No certificate has this code.") in page
    assert bangla("This is not a certificate code.") not in page


@pytest.mark.parametrize(
    "status", [Certificate.Status.PENDING, Certificate.Status.FAILED]
)
def test_a_certificate_not_yet_issued_verifies_as_unknown(
    client, learner, course, status
):
    # Completed, but the commit that asks for the certificate never happens here.
    completion = complete_course(user=learner.user, course=course)
    pending = services.certificate_request(completion=completion)
    if status == Certificate.Status.FAILED:
        services.certificate_mark_failed(certificate_id=pending.pk, error="boom")
    pending.refresh_from_db()
    assert pending.status == status

    response = client.get(verify_url(pending.code))

    assert response.status_code == 404
    page = response.content.decode()
    assert bangla("No certificate has this code.") in page
    assert learner.full_name not in page


@pytest.mark.parametrize(
    "make_code",
    [
        pytest.param(wrong_check_character, id="wrong-check-character"),
        pytest.param(lambda code: code[:-1], id="too-short"),
        pytest.param(lambda code: code + "A", id="too-long"),
        pytest.param(lambda code: "<script>alert(1)", id="script-tag"),
    ],
)
def test_a_malformed_code_is_not_a_certificate_code(client, certificate, make_code):
    typed = make_code(certificate.code)

    response = client.get(verify_url(typed))

    assert response.status_code == 404
    page = response.content.decode()
    assert bangla("This is not a certificate code.") in page
    assert bangla("No certificate has this code.") not in page
    assert certificate.learner_name not in page


def test_markup_in_a_code_is_never_reflected_unescaped(client):
    typed = "<img src=x onerror=alert(1)>"

    by_path = client.get(verify_url(typed))
    by_form = client.get(reverse("certificates:verify_lookup"), {"code": typed})

    for response in (by_path, by_form):
        assert response.status_code == 404
        page = response.content.decode()
        assert bangla("This is not a certificate code.") in page
        assert "<img src=x" not in page
        assert "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize(
    "spell",
    [
        pytest.param(lambda code: code.lower(), id="lower-case"),
        pytest.param(
            lambda code: f"{code[:4]}-{code[4:8]}-{code[8:]}".lower(), id="dashed"
        ),
        pytest.param(lambda code: f" {code[:4]} {code[4:8]} {code[8:]} ", id="spaced"),
    ],
)
def test_the_lookup_form_forgives_case_dashes_and_spaces(client, certificate, spell):
    response = client.get(
        reverse("certificates:verify_lookup"), {"code": spell(certificate.code)}
    )

    assert response.status_code == 302
    assert response.url == verify_url(certificate.code)
    page = client.get(response.url).content.decode()
    assert bangla("This certificate is genuine.") in page


def test_the_lookup_form_without_a_code_asks_for_one(client):
    response = client.get(reverse("certificates:verify_lookup"))

    assert response.status_code == 200
    page = response.content.decode()
    assert bangla("Certificate code") in page
    assert bangla("This is not a certificate code.") not in page


def test_the_english_page_shows_the_english_course_title(client, certificate):
    with translation.override("en"):
        url = verify_url(certificate.code)
    assert url.startswith("/en/")

    response = client.get(url)

    assert response.status_code == 200
    page = response.content.decode()
    assert "This certificate is genuine." in page
    assert certificate.course_title_en in page
    assert certificate.course_title_en != certificate.course_title_bn
    assert certificate.course_title_bn not in page
    assert format_date(certificate.completed_on, "en") in page
    assert certificate.centre_en in page


def test_too_many_checks_from_one_address_are_refused(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_LIMIT = 3
    url = verify_url(certificate.code)

    allowed = [client.get(url, REMOTE_ADDR="203.0.113.7") for _ in range(3)]
    refused = client.get(url, REMOTE_ADDR="203.0.113.7")
    other = client.get(url, REMOTE_ADDR="198.51.100.20")

    assert [r.status_code for r in allowed] == [200, 200, 200]
    assert refused.status_code == 429
    page = refused.content.decode()
    assert bangla("Too many checks") in page
    assert certificate.learner_name not in page
    assert other.status_code == 200


def test_unknown_and_malformed_codes_count_towards_the_limit(
    client, certificate, settings
):
    """Guessing codes costs the same as checking real ones."""
    settings.CERTIFICATE_VERIFY_LIMIT = 3
    address = {"REMOTE_ADDR": "203.0.113.8"}

    client.get(verify_url(unused_code()), **address)
    client.get(verify_url("NOTACODE"), **address)
    client.get(reverse("certificates:verify_lookup"), {"code": "nonsense"}, **address)
    refused = client.get(verify_url(certificate.code), **address)

    assert refused.status_code == 429


def test_a_new_forwarded_for_header_per_request_does_not_escape_the_limit(
    client, certificate, settings
):
    settings.CERTIFICATE_VERIFY_LIMIT = 3
    settings.USE_X_FORWARDED_FOR = False
    url = verify_url(certificate.code)

    responses = [
        client.get(url, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
        for n in range(4)
    ]

    assert [r.status_code for r in responses] == [200, 200, 200, 429]


def test_behind_a_proxy_the_address_it_appended_is_counted(
    client, certificate, settings
):
    """With USE_X_FORWARDED_FOR the proxy's last entry counts, not what the
    client put before it, and clients behind one proxy are told apart."""
    settings.CERTIFICATE_VERIFY_LIMIT = 3
    settings.USE_X_FORWARDED_FOR = True
    url = verify_url(certificate.code)
    proxy = {"REMOTE_ADDR": "10.1.1.1"}

    spoofing = [
        client.get(url, HTTP_X_FORWARDED_FOR=f"6.6.6.{n}, 203.0.113.50", **proxy)
        for n in range(4)
    ]
    neighbour = client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.51", **proxy)

    assert [r.status_code for r in spoofing] == [200, 200, 200, 429]
    assert neighbour.status_code == 200
