from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agenda.ical.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource
from directory.models import OrganisationPage


class Command(BaseCommand):
    help = (
        "Import an iCalendar file or URL into the agenda for an organisation. Prints what was "
        "created, updated, unpublished and skipped; exits non-zero when the input is rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="a .ics file path or an http(s) URL")
        parser.add_argument("--organisation", required=True, help="the organisation's slug")
        parser.add_argument("--publish", action="store_true", help="publish without moderation")
        parser.add_argument("--dry-run", action="store_true", help="show, change nothing")

    def handle(self, *args, source, organisation, publish, dry_run, **options):
        try:
            organisation_page = OrganisationPage.objects.filter(slug=organisation).first()
            if organisation_page is None:
                raise CommandError(f"No organisation with the slug “{organisation}”.")
            if source.startswith(("http://", "https://")):
                from agenda.sync import sync_source

                calendar_source, _created = CalendarSource.objects.get_or_create(
                    organisation=organisation_page,
                    url=source,
                    defaults={"name": source[:120], "publish_directly": publish},
                )
                report, error = sync_source(calendar_source, publish=publish, dry_run=dry_run)
                if error:
                    raise CommandError(error)
            else:
                path = Path(source)
                if not path.is_file():
                    raise CommandError(f"No such file: {source}")
                calendar_source, _created = CalendarSource.objects.get_or_create(
                    organisation=organisation_page,
                    name=path.name[:120],
                    defaults={"publish_directly": publish},
                )
                report = import_calendar(
                    path.read_bytes(), calendar_source, publish=publish, dry_run=dry_run
                )
        except CalendarImportError as error:
            raise CommandError(str(error)) from error
        if report is None:
            self.stdout.write(calendar_source.last_result)
            return
        for label, titles in [
            ("created", report.created),
            ("updated", report.updated),
            ("unpublished", report.unpublished),
        ]:
            for title in titles:
                self.stdout.write(f"{label}: {title}")
        for title, reason in report.skipped:
            self.stdout.write(f"skipped: {title} ({reason})")
        prefix = "[dry run] " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + report.summary()))
