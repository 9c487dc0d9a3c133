from django.core.management.base import BaseCommand

from agenda.days import refresh_all_days
from agenda.models import AgendaDay, AgendaPage


class Command(BaseCommand):
    help = (
        "Count and name again every day of every agenda as its month view shows it, from the "
        "stored dates: run it after dates were stored without publishing (a bulk load)."
    )

    def handle(self, *args, **options):
        for agenda in AgendaPage.objects.all():
            refresh_all_days(agenda)
        days = AgendaDay.objects.count()
        self.stdout.write(self.style.SUCCESS(f"{days} day(s) with dates in the agendas."))
