from django.core.management.base import BaseCommand

from press.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail the network editors the press contacts to verify (unverified for "
        "PRESS_VERIFY_AFTER_DAYS) and those flagged for deletion (PRESS_RETENTION_DAYS). Sends "
        "nothing when nothing is due. Meant to run monthly from cron, e.g. "
        "`0 8 1 * * cd /srv/hubess05 && .venv/bin/python manage.py press_reminders`."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminder e-mail(s) sent.")
