"""Load the demo site (idempotent); in DEBUG also create demo sign-ins.

It lives in the project package because it loads every app's demo content,
and only the project may import every app.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from centres.demo import seed_centres
from certificates.demo.loader import seed_certificates
from courses.demo.loader import seed
from quizzes.demo.loader import seed_quizzes
from reports.demo import seed_activity


class Command(BaseCommand):
    help = (
        "Create the two demo courses, with a quiz after every module, in Bangla "
        "and English (safe to run again)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Do not create demo sign-ins, even in DEBUG.",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            with_accounts = settings.DEBUG and not options["no_accounts"]
            lines = seed(with_accounts=with_accounts)
            seed_quizzes()
            seed_certificates()
            lines += seed_centres(with_accounts=with_accounts)
        if with_accounts:
            # Learners at work, for the dashboards and the print queue. In its
            # own transaction, after the content it builds on is committed.
            lines += seed_activity()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        for line in lines:
            self.stdout.write(f"  {line}")
