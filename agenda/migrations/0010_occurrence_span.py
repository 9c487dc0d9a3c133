from django.db import migrations, models
from django.db.models import F, Q


def fill_days(apps, schema_editor):
    """How many days each stored date over several days covers (as Occurrence.of sets)."""
    Occurrence = apps.get_model("agenda", "Occurrence")
    changed = []
    several_days = Occurrence.objects.filter(~Q(last_date=F("first_date")))
    for occurrence in several_days.only("first_date", "last_date").iterator(chunk_size=2000):
        occurrence.days = (occurrence.last_date - occurrence.first_date).days + 1
        changed.append(occurrence)
    Occurrence.objects.bulk_update(changed, ["days"], batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [("agenda", "0009_occurrence_several_days_index")]

    operations = [
        migrations.AddField("occurrence", "days", models.PositiveIntegerField(default=1)),
        migrations.RunPython(fill_days, migrations.RunPython.noop),
        migrations.AddIndex(
            "occurrence", models.Index(fields=["days"], name="agenda_occurrence_days")
        ),
    ]
