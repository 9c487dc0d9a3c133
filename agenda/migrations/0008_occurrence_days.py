from datetime import timedelta
from zoneinfo import ZoneInfo

from django.db import migrations, models

PARIS = ZoneInfo("Europe/Paris")


def fill_days(apps, schema_editor):
    """The first and last days in Paris of every stored occurrence (as Occurrence.of sets)."""
    Occurrence = apps.get_model("agenda", "Occurrence")
    changed = []
    for occurrence in Occurrence.objects.only("start", "end").iterator(chunk_size=2000):
        occurrence.first_date = occurrence.start.astimezone(PARIS).date()
        last = (occurrence.end.astimezone(PARIS) - timedelta(microseconds=1)).date()
        occurrence.last_date = max(occurrence.first_date, last)
        changed.append(occurrence)
        if len(changed) == 2000:
            Occurrence.objects.bulk_update(changed, ["first_date", "last_date"])
            changed = []
    Occurrence.objects.bulk_update(changed, ["first_date", "last_date"])


class Migration(migrations.Migration):
    dependencies = [("agenda", "0007_place")]

    operations = [
        migrations.AddField("occurrence", "first_date", models.DateField(null=True)),
        migrations.AddField("occurrence", "last_date", models.DateField(null=True)),
        migrations.RunPython(fill_days, migrations.RunPython.noop),
        migrations.AlterField("occurrence", "first_date", models.DateField()),
        migrations.AlterField("occurrence", "last_date", models.DateField()),
        migrations.AddIndex(
            "occurrence",
            models.Index(fields=["first_date", "start"], name="agenda_occu_first_d_584334_idx"),
        ),
    ]
