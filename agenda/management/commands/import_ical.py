from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agenda.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource
from agenda.sync import calendar_address, is_webcal, sync_source
from core.fetch import FetchError
from directory.models import OrganisationPage


class Command(BaseCommand):
    help = (
        "Import an iCalendar file or URL (http, https or webcal) into the agenda for an "
        "organisation. Prints what was created, updated, unpublished and skipped; exits "
        "non-zero when the input is rejected (and then stores nothing)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="a .ics file path or an http(s) or webcal URL")
        parser.add_argument("--organisation", required=True, help="the organisation's slug")
        parser.add_argument("--publish", action="store_true", help="publish without moderation")
        parser.add_argument("--dry-run", action="store_true", help="show, change nothing")

    def handle(self, *args, source, organisation, publish, dry_run, **options):
        organisation_page = OrganisationPage.objects.filter(slug=organisation).first()
        if organisation_page is None:
            raise CommandError(f"No organisation with the slug “{organisation}”.")
        try:
            if source.startswith(("http://", "https://")) or is_webcal(source):
                url = calendar_address(source)
                calendar_source = CalendarSource.objects.filter(
                    organisation=organisation_page, url=url
                ).first() or CalendarSource(
                    organisation=organisation_page,
                    url=url,
                    name=url[:120],
                    publish_directly=publish,
                )
                report, error = sync_source(calendar_source, publish=publish, dry_run=dry_run)
                if error:
                    raise CommandError(error)
            else:
                path = Path(source)
                if not path.is_file():
                    raise CommandError(f"No such file: {source}")
                calendar_source = CalendarSource.for_upload(organisation_page, path.name)
                if calendar_source.pk is None:
                    calendar_source.publish_directly = publish
                report = import_calendar(
                    path.read_bytes(), calendar_source, publish=publish, dry_run=dry_run
                )
        except (CalendarImportError, FetchError) as error:
            raise CommandError(str(error)) from error
        if report is None:
            self.stdout.write(calendar_source.last_result)
            return
        for item in report.changes:
            details = ", ".join(filter(None, [", ".join(item.fields), item.note]))
            self.stdout.write(f"{item.action}: {item.title}" + (f" ({details})" if details else ""))
        prefix = "[dry run] " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + report.summary()))
