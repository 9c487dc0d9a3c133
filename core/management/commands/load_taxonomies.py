from django.core.management.base import BaseCommand
from django.db import transaction

from core.models import Commune, Sector, Territory, Theme
from core.pagecache import forget_content
from core.taxonomies import forget_taxonomy_choices, load_taxonomies


class Command(BaseCommand):
    help = "Load territories, communes, themes and sectors from core/data/ (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = load_taxonomies(Territory, Commune, Theme, Sector)
        # Upserted in bulk, without the signals that forget what shows the taxonomies.
        for model in (Territory, Commune, Theme, Sector):
            forget_taxonomy_choices(model)
        forget_content()
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['territories']} territories, {counts['communes']} communes loaded."
            )
        )
