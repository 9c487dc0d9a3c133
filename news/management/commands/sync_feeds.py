from django.core.management.base import BaseCommand

from news.tasks import sync_all_feeds


class Command(BaseCommand):
    help = "Queue the synchronisation of every active member feed (for cron or a timer)."

    def handle(self, *args, **options):
        self.stdout.write(self.style.SUCCESS(f"{sync_all_feeds()} feed(s) queued."))
