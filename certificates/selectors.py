"""Reads: which certificate, what goes on it, who may have it."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from centres import policies
from centres.models import Centre, District
from centres.selectors import learner_profile_for_user
from courses.models import CoursePage

from . import render
from .codes import normalise
from .models import Certificate, CertificateEvent, CertificateTemplate, PrintBatch


def verify_url(code: str) -> str:
    """The absolute address the QR code opens (always the Bangla page)."""
    return settings.SITE_URL + reverse("certificates:verify", kwargs={"code": code})


def qr_url(code: str) -> str:
    """A short upper-case address for the QR code (QR's compact alphanumeric
    mode); it redirects to the verify page. Used only when SITE_URL has no path,
    since only the scheme and host may change case."""
    site = urlsplit(settings.SITE_URL)
    if site.path not in ("", "/"):
        return verify_url(code)
    return f"{site.scheme}://{site.netloc}/C/{code}/".upper()


def course_titles(course: CoursePage) -> tuple[str, str]:
    """The course's Bangla and English titles (the Bangla one when untranslated)."""
    english = None
    locale = Locale.objects.filter(language_code="en").first()
    if locale is not None:
        english = course.get_translation_or_none(locale)
    return course.title, english.title if english else course.title


def centre_names(user) -> tuple[str, str]:
    """Where the learner learnt: their centre, else their district."""
    profile = learner_profile_for_user(user=user)
    if profile is None:
        return "", ""
    if profile.centre_id is not None:
        return profile.centre.name_bn, profile.centre.name_en
    district = profile.district
    return f"{district.name_bn} জেলা", f"{district.name_en} district"


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    with image.open_file() as handle:
        return handle.read()


def template_for(course: CoursePage) -> render.Template:
    """The course's own template, else the default one, else the built-in."""
    chosen = (
        CertificateTemplate.objects.filter(course=course).first()
        or CertificateTemplate.objects.filter(course__isnull=True)
        .order_by("pk")
        .first()
    )
    if chosen is None:
        return render.DEFAULT_TEMPLATE
    people = tuple(
        render.Signatory(
            name_bn=person.name_bn,
            name_en=person.name_en,
            title_bn=person.title_bn,
            title_en=person.title_en,
            signature=_image_bytes(person.signature),
        )
        for person in chosen.signatories.select_related("signature").all()
    )
    logos = tuple(
        data
        for data in (_image_bytes(chosen.logo_left), _image_bytes(chosen.logo_right))
        if data
    )
    return render.Template(
        key=f"{chosen.pk}:{chosen.updated_at.isoformat()}",
        programme_bn=chosen.programme_bn or render.DEFAULT_TEMPLATE.programme_bn,
        programme_en=chosen.programme_en or render.DEFAULT_TEMPLATE.programme_en,
        logos=logos,
        signatories=people or render.DEFAULT_TEMPLATE.signatories,
    )


def certificate_data(certificate: Certificate) -> render.CertificateData:
    """What is printed, from the snapshot kept on the certificate."""
    return render.CertificateData(
        learner_name=certificate.learner_name,
        course_title_bn=certificate.course_title_bn,
        course_title_en=certificate.course_title_en,
        completed_on=certificate.completed_on,
        centre_bn=certificate.centre_bn,
        centre_en=certificate.centre_en,
        code=certificate.code,
        verify_url=verify_url(certificate.code),
        qr_url=qr_url(certificate.code),
    )


def completed_on(certificate: Certificate) -> date:
    return timezone.localdate(certificate.completion.completed_at)


def certificate_for_code(
    *, text: str
) -> tuple[str, Certificate | None, CertificateEvent | None]:
    """Look a typed or scanned code up.

    Returns ("malformed" | "unknown" | "found" | "replaced", certificate, event):
    "replaced" means the code was revoked and the certificate re-issued under a
    new code; ``event`` is that revocation.
    """
    code = normalise(text)
    if code is None:
        return "malformed", None, None
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is not None:
        return "found", certificate, None
    event = (
        CertificateEvent.objects.filter(
            code=code, action=CertificateEvent.Action.REVOKED
        )
        .select_related("certificate")
        .first()
    )
    if event is not None:
        return "replaced", event.certificate, event
    return "unknown", None, None


def certificates_of(*, user) -> QuerySet[Certificate]:
    return Certificate.objects.filter(learner=user)


def certificate_of(*, user, course: CoursePage) -> Certificate | None:
    return Certificate.objects.filter(learner=user, course=course).first()


def pending_certificates(*, older_than) -> QuerySet[Certificate]:
    return Certificate.objects.filter(
        status=Certificate.Status.PENDING, created_at__lt=older_than
    )


def printable_certificates(
    *, within=None, course=None, date_from=None, date_to=None, district=None
):
    """Issued certificates chosen for a print batch, in a stable order.

    :param within: the certificates the user may print (``certificates_for``).
    """
    chosen = (Certificate.objects.all() if within is None else within).filter(
        status=Certificate.Status.ISSUED
    )
    if course is not None:
        chosen = chosen.filter(course=course)
    if date_from is not None:
        chosen = chosen.filter(completed_on__gte=date_from)
    if date_to is not None:
        chosen = chosen.filter(completed_on__lte=date_to)
    if district is not None:
        chosen = chosen.filter(learner__learner__district=district)
    return chosen.order_by("centre_en", "learner_name", "pk")


# Who sees which certificates -------------------------------------------------
# centres.policies decides whose learners a user may see; a certificate is seen
# exactly when its learner is.


def certificates_for(*, user) -> QuerySet[Certificate]:
    """Certificates ``user`` may list, open or print, in any status."""
    return Certificate.objects.filter(learner__learner__in=policies.learners_for(user))


def districts_for(*, user) -> QuerySet[District]:
    """Districts to offer ``user`` as a filter on certificates."""
    return policies.districts_for(user)


# The operator's print queue ---------------------------------------------------


def centre_certificates(*, user, centre: Centre) -> QuerySet[Certificate]:
    """Certificates (any status) of ``centre``'s learners that ``user`` may see."""
    learners = policies.learners_for(user).filter(centre=centre)
    return Certificate.objects.filter(learner__learner__in=learners)


def operator_certificates(*, user) -> QuerySet[Certificate]:
    """Certificates of the learners at any centre ``user`` operates."""
    learners = policies.learners_for(user).filter(
        centre__in=policies.operator_centres(user)
    )
    return Certificate.objects.filter(learner__learner__in=learners)


def _digits_to_ascii(text: str) -> str:
    return text.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))


def print_queue(
    *, user, centre: Centre, new_only: bool = True, search: str = ""
) -> QuerySet[Certificate]:
    """The centre's issued certificates, newest first, for the print queue.

    "New" means issued and not yet marked as printed. ``search`` matches the
    name on the certificate, the learner's name, or digits of their number.
    Each row carries ``revoke_requested``; the learner comes in the same query.
    """
    chosen = centre_certificates(user=user, centre=centre).filter(
        status=Certificate.Status.ISSUED
    )
    if new_only:
        chosen = chosen.filter(printed_at__isnull=True)
    search = " ".join(search.split())
    if search:
        match = Q(learner_name__icontains=search) | Q(
            learner__learner__full_name__icontains=search
        )
        digits = "".join(ch for ch in _digits_to_ascii(search) if ch.isdigit())
        if len(digits) >= 4:
            match |= Q(learner__learner__phone__contains=digits.lstrip("0"))
        chosen = chosen.filter(match)
    requested = CertificateEvent.objects.filter(
        certificate=OuterRef("pk"), action=CertificateEvent.Action.REVOKE_REQUESTED
    )
    return (
        chosen.select_related("learner__learner")
        .annotate(revoke_requested=Exists(requested))
        .order_by("-issued_at", "-pk")
    )


def print_order(certificates: QuerySet[Certificate]) -> QuerySet[Certificate]:
    """The order pages come out of the printer: by name, so they are easy to
    hand out."""
    return certificates.order_by("learner_name", "pk")


def centre_batches(*, user, centre: Centre | None = None) -> QuerySet[PrintBatch]:
    """Print batches of the centres ``user`` operates (or of one of them)."""
    batches = PrintBatch.objects.filter(centre__in=policies.operator_centres(user))
    if centre is not None:
        batches = batches.filter(centre=centre)
    return batches
