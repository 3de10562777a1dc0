"""Finish certificates left pending (the embedded default has no Celery beat)."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from certificates import services


class Command(BaseCommand):
    help = (
        "Give every completion its certificate and enqueue (or, without a "
        "broker, issue) the certificates left pending."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-age",
            type=int,
            default=0,
            help="Only certificates pending for at least this many seconds.",
        )

    def handle(self, *args, min_age, **options):
        counts = services.certificates_sweep(min_age=timedelta(seconds=min_age))
        self.stdout.write(" ".join(f"{key}={value}" for key, value in counts.items()))
