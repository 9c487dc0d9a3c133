"""Give every live event and news item of the default language its missing translations (and
bring the existing ones up to date), as publishing them does since translations follow their
original (core/translations.py): for what was published before. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from agenda.models import EventPage
from core.translations import default_locale_id, follow_original
from news.models import NewsPage


class Command(BaseCommand):
    help = "Create the missing translations of the live events and news of the default language."

    def handle(self, *args, **options):
        created = 0
        for model in (EventPage, NewsPage):
            originals = model.objects.live().filter(locale_id=default_locale_id())
            for page in originals.order_by("path").iterator():
                with transaction.atomic():
                    created += len(follow_original(page))
        self.stdout.write(f"{created} translations created.")
