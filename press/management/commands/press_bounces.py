import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from press.mailings import failed_recipients, record_bounce


class Command(BaseCommand):
    help = (
        "Read delivery status notifications (bounces) of press mailings, from files or from "
        "standard input (a mail server's pipe), and count the hard ones: PRESS_HARD_BOUNCES of "
        "them mark a contact bounced."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="message files (.eml); none: standard input")

    def handle(self, *args, files=(), **options):
        messages = [Path(name).read_bytes() for name in files] or [sys.stdin.buffer.read()]
        for raw in messages:
            for address, hard in failed_recipients(raw):
                marked = record_bounce(address, hard)
                kind = "hard" if hard else "soft"
                self.stdout.write(
                    f"{kind} bounce: {address}" + (" (now bounced)" if marked else "")
                )
