# The constraint in a migration of its own: PostgreSQL does not alter a table in the
# transaction that has just updated its rows (0004's data step).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('agenda', '0004_imported_event_identity'),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='eventpage',
            constraint=models.UniqueConstraint(fields=('import_organisation', 'ical_uid'), name='unique_imported_event'),
        ),
    ]
