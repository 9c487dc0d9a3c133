from django.core.management.base import BaseCommand

from agenda.sync import sync_all_sources


class Command(BaseCommand):
    help = "Queue the synchronisation of every active calendar source (for cron or a timer)."

    def handle(self, *args, **options):
        count = sync_all_sources()
        self.stdout.write(self.style.SUCCESS(f"{count} calendar source(s) queued."))
