from django.db import migrations, models


class Migration(migrations.Migration):
    """Apart from 0002, so PostgreSQL builds the index after the data moved."""

    dependencies = [("h5p", "0002_content_keyed_libraries")]

    operations = [
        migrations.AlterField(
            model_name="h5plibrary",
            name="content_hash",
            field=models.CharField(max_length=64, unique=True),
        ),
    ]
