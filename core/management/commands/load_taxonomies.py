from django.core.management.base import BaseCommand
from django.db import transaction

from core.models import Commune, Sector, Territory, Theme
from core.taxonomies import load_taxonomies


class Command(BaseCommand):
    help = "Load territories, communes, themes and sectors from core/data/ (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = load_taxonomies(Territory, Commune, Theme, Sector)
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['territories']} territories, {counts['communes']} communes loaded."
            )
        )
