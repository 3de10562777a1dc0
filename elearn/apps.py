from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElearnConfig(AppConfig):
    """The project package as an app: base templates, static files, formatting."""

    label = "elearn"
    name = "elearn"
    verbose_name = _("elearn")
