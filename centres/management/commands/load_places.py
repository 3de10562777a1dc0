"""Load divisions, districts, upazilas and unions (safe to run again)."""

from django.core.management.base import BaseCommand

from centres.models import District, Division, Union, Upazila
from centres.places import places_load


class Command(BaseCommand):
    help = "Load Bangladesh's divisions, districts, upazilas and unions."

    def handle(self, *args, **options):
        written = places_load()
        totals = {
            "divisions": Division.objects.count(),
            "districts": District.objects.count(),
            "upazilas": Upazila.objects.count(),
            "unions": Union.objects.count(),
        }
        self.stdout.write(
            " ".join(f"{key}={totals[key]} (written {written[key]})" for key in totals)
        )
