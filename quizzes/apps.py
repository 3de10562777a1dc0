from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    label = "quizzes"
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses import progress_sources

        from .progress import quiz_requirements

        progress_sources.register(quiz_requirements)
