"""Count the dashboard's summary now (Celery beat does it every few minutes)."""

from django.core.management.base import BaseCommand

from reports.services import summary_refresh


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        refresh = summary_refresh()
        self.stdout.write(
            f"Summary counted in {refresh.seconds:.1f} s: {refresh.cells} groups, "
            f"{refresh.completions} completions."
        )
