from django.core.management.base import BaseCommand

from agenda.ical.export import render_fragment
from agenda.models import EventPage
from agenda.versions import bump_feed_version


class Command(BaseCommand):
    help = (
        "Write again the stored calendar text (VEVENT) of every live event, with the current "
        "export: run it after an update that changed how events are written in agenda.ics."
    )

    def handle(self, *args, **options):
        changed = 0
        events = EventPage.objects.live().select_related("commune", "locale")
        for event in events.iterator(chunk_size=200):
            fragment = render_fragment(event)
            if fragment != event.ical_fragment:
                EventPage.objects.filter(pk=event.pk).update(ical_fragment=fragment)
                changed += 1
        if changed:
            bump_feed_version()
        self.stdout.write(self.style.SUCCESS(f"{changed} event(s) written again."))
