from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("centres", "0005_learnerprofile_learner_dashboard_idx"),
    ]

    operations = [
        migrations.AddField(
            model_name="learnerprofile",
            name="nickname",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Shown instead of the first name when the family's profiles "
                    "are listed at sign-in."
                ),
                max_length=30,
                verbose_name="nickname",
            ),
        ),
    ]
