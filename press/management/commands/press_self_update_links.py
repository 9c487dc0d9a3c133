from django.core.management.base import BaseCommand

from press.self_update import send_due_links


class Command(BaseCommand):
    help = (
        "E-mail each active contact due for verification, who was sent none in the last "
        "PRESS_SELF_UPDATE_INTERVAL_DAYS, a personal link to check or correct their details."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, help="send at most this many links")

    def handle(self, *args, limit=None, **options):
        sent = send_due_links(limit=limit)
        self.stdout.write(f"{sent} link(s) sent")
