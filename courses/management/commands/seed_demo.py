"""Load the demo site (idempotent); in DEBUG also create demo sign-ins."""

from django.conf import settings
from django.core.management.base import BaseCommand

from courses.demo.loader import seed


class Command(BaseCommand):
    help = "Create the two demo courses in Bangla and English (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Do not create demo sign-ins, even in DEBUG.",
        )

    def handle(self, *args, **options):
        lines = seed(with_accounts=settings.DEBUG and not options["no_accounts"])
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        for line in lines:
            self.stdout.write(f"  {line}")
