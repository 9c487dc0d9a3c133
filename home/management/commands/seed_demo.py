from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import build


class Command(BaseCommand):
    help = "Build (or bring up to date) the demo site from ../shared/seeds. Idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = build()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready under “{home.title}”."))
