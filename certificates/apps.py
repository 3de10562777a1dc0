from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    label = "certificates"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from centres import learner_panels
        from courses import page_panels

        from . import receivers  # noqa: F401
        from .learner_panel import learner_certificates_panel
        from .panels import course_certificate_panel

        page_panels.register(course_certificate_panel)
        learner_panels.register(learner_certificates_panel)
