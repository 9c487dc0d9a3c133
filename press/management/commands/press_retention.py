from django.core.management.base import BaseCommand

from press.actions import erase_expired


class Command(BaseCommand):
    help = (
        "Erase the press contacts still unverified PRESS_ERASURE_WARNING_DAYS after the "
        "retention rule flagged them for deletion (unverified for PRESS_RETENTION_DAYS, named "
        "in the editors' monthly reminder); a hash of their addresses stays, so that an old "
        "file cannot bring them back. Runs before the reminders (deploy/systemd)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{erase_expired()} expired contact(s) erased.")
