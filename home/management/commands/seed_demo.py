from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.contrib.redirects.signal_handlers import autocreate_redirects_on_slug_change
from wagtail.search import index
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_slug_changed

from core.translations import written_by_hand
from home.demo import build


@contextmanager
def search_index_updates_held():
    """Wagtail queues one search-indexing task per saved object (thousands for the demo), which
    a production worker would take minutes to drain while search finds nothing. Hold them while
    seeding; the caller indexes everything in bulk afterwards. (Wagtail's reference index has
    its own switch, `disable_reference_index_auto_update`.)"""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


@contextmanager
def no_redirects_for_new_slugs():
    """A translation is copied from the French page, then takes its own slug before it is first
    published: Wagtail would keep a redirect from the French slug, an address nobody ever saw
    (534 of them in a fresh seed, filling the admin's list of redirects)."""
    page_slug_changed.disconnect(autocreate_redirects_on_slug_change)
    try:
        yield
    finally:
        page_slug_changed.connect(autocreate_redirects_on_slug_change)


class Command(BaseCommand):
    help = "Build (or bring up to date) the demo site from ../shared/seeds. Idempotent."

    def handle(self, *args, **options):
        with (
            search_index_updates_held(),
            disable_reference_index_auto_update(),
            written_by_hand(),
            no_redirects_for_new_slugs(),  # before atomic(): the signal is sent on commit
            transaction.atomic(),
        ):
            home = build()
        call_command("update_index", stdout=StringIO())
        call_command("rebuild_references_index", stdout=StringIO())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready under “{home.title}”."))
