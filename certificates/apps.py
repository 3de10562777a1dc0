from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    label = "certificates"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses import page_panels

        from . import receivers  # noqa: F401
        from .panels import course_certificate_panel

        page_panels.register(course_certificate_panel)
