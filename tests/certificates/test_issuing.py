"""A learner who completes a course gets exactly one certificate."""

import pytest

from certificates.models import Certificate, CertificateEvent
from certificates.storage import private_storage
from tests.certificates.factories import complete_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_completing_a_course_issues_one_certificate_with_a_pdf(course, learner):
    complete_course(user=learner.user, course=course)
    certificate = Certificate.objects.get(learner=learner.user)
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.learner_name == learner.full_name
    assert private_storage().exists(certificate.pdf.name)
    with private_storage().open(certificate.pdf.name, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert (
        CertificateEvent.objects.filter(
            certificate=certificate, action="issued"
        ).count()
        == 1
    )
