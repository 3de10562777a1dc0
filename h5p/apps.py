from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    label = "h5p"
    name = "h5p"
    verbose_name = _("H5P activities")

    def ready(self):
        from courses import progress_sources

        from .progress import activity_requirements

        progress_sources.register(activity_requirements)
