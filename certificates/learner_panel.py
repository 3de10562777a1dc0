"""The certificates panel on a learner's page at the operator's desk.

Registered with ``centres.learner_panels`` (centres never imports
certificates). The operator of the learner's centre may print a certificate
or ask staff to revoke it; anyone else who may see the learner sees the list.
"""

from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string

from centres import policies

from .models import Certificate, CertificateEvent


def learner_certificates_panel(*, request, learner) -> str:
    requested = CertificateEvent.objects.filter(
        certificate=OuterRef("pk"), action=CertificateEvent.Action.REVOKE_REQUESTED
    )
    certificates = list(
        Certificate.objects.filter(learner_id=learner.user_id)
        .annotate(revoke_requested=Exists(requested))
        .order_by("-created_at", "-pk")
    )
    if not certificates:
        return ""
    return render_to_string(
        "certificates/desk/learner_panel.html",
        {
            "certificates": certificates,
            "learner": learner,
            "may_act": policies.may_act_for(request.user, learner),
        },
        request=request,
    )
