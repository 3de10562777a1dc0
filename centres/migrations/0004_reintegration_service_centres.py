"""The programme's 10 Reintegration Service Centres, one per RSC district.

They exist in every database (like the districts), so operators and reports
can refer to them from the start. Idempotent: matched by district and name.
"""

from django.db import migrations

# (district name as the geo data spells it, English, Bangla)
RSC_DISTRICTS = [
    ("Sylhet", "Sylhet", "সিলেট"),
    ("Sirajganj", "Sirajganj", "সিরাজগঞ্জ"),
    ("Tangail", "Tangail", "টাঙ্গাইল"),
    ("Narsingdi", "Narsingdi", "নরসিংদী"),
    ("Dhaka", "Dhaka", "ঢাকা"),
    ("Comilla", "Cumilla", "কুমিল্লা"),
    ("Munshiganj", "Munshiganj", "মুন্সিগঞ্জ"),
    ("Shariatpur", "Shariatpur", "শরীয়তপুর"),
    ("Noakhali", "Noakhali", "নোয়াখালী"),
    ("Khulna", "Khulna", "খুলনা"),
]


def load(apps, schema_editor):
    Centre = apps.get_model("centres", "Centre")
    District = apps.get_model("centres", "District")
    for district_name, english, bangla in RSC_DISTRICTS:
        district = District.objects.get(name_en=district_name)
        Centre.objects.get_or_create(
            district=district,
            kind="rsc",
            name_en=f"Reintegration Service Centre, {english}",
            defaults={"name_bn": f"রিইন্টিগ্রেশন সার্ভিস সেন্টার, {bangla}"},
        )


class Migration(migrations.Migration):
    dependencies = [("centres", "0003_places_centres_operators")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
