"""The certificate panel on a learner's course page (registered with courses)."""

from django.template.loader import render_to_string

from . import selectors


def course_certificate_panel(*, request, course, completion) -> str:
    if completion is None or not request.user.is_authenticated:
        return ""
    # No certificate yet (being asked for right now) shows as "being prepared".
    certificate = selectors.certificate_of(user=request.user, course=course)
    return render_to_string(
        "certificates/course_panel.html",
        {"certificate": certificate},
        request=request,
    )
