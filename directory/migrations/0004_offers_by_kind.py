"""What an organisation offers to pool, by kind: one indexed boolean per kind, derived from
its offers when it is saved (directory/models.py), filled here for the existing organisations,
in every language (each translation is its own page and row, with the same kinds of offers)."""

from django.db import migrations, models

KINDS = ("room", "equipment", "skill")


def derive_offer_kinds(apps, schema_editor):
    OrganisationPage = apps.get_model("directory", "OrganisationPage")
    changed = []
    for organisation in OrganisationPage.objects.only("pk", "offers").iterator(chunk_size=500):
        offered = {block["type"] for block in organisation.offers.raw_data}
        for kind in KINDS:
            setattr(organisation, f"offers_{kind}", kind in offered)
        organisation.offers_pooling = bool(offered)
        changed.append(organisation)
    fields = ["offers_pooling", *(f"offers_{kind}" for kind in KINDS)]
    OrganisationPage.objects.bulk_update(changed, fields, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0003_organisation_collections"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisationpage",
            name="offers_equipment",
            field=models.BooleanField(db_index=True, default=False, editable=False),
        ),
        migrations.AddField(
            model_name="organisationpage",
            name="offers_room",
            field=models.BooleanField(db_index=True, default=False, editable=False),
        ),
        migrations.AddField(
            model_name="organisationpage",
            name="offers_skill",
            field=models.BooleanField(db_index=True, default=False, editable=False),
        ),
        migrations.RunPython(derive_offer_kinds, migrations.RunPython.noop),
    ]
