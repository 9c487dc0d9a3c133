from django.db import migrations


def load(apps, schema_editor):
    from core.taxonomies import load_taxonomies

    load_taxonomies(
        apps.get_model("core", "Territory"),
        apps.get_model("core", "Commune"),
        apps.get_model("core", "Theme"),
        apps.get_model("core", "Sector"),
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
