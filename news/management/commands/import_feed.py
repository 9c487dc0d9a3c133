from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from directory.models import OrganisationPage
from news.aggregation import FeedImportError, import_feed, sync_feed
from news.models import FeedSource


class Command(BaseCommand):
    help = (
        "Fetch a member's news feed (a path or an http(s) URL) once for an organisation; exits "
        "non-zero when the input is rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="an RSS/Atom file path or an http(s) URL")
        parser.add_argument("--organisation", required=True, help="the organisation's slug")

    def handle(self, *args, source, organisation, **options):
        organisation_page = OrganisationPage.objects.filter(slug=organisation).first()
        if organisation_page is None:
            raise CommandError(f"No organisation with the slug “{organisation}”.")
        if source.startswith(("http://", "https://")):
            feed, _created = FeedSource.objects.get_or_create(
                organisation=organisation_page, url=source
            )
            error = sync_feed(feed)
            if error:
                raise CommandError(error)
            self.stdout.write(self.style.SUCCESS(feed.last_result))
            return
        path = Path(source)
        if not path.is_file():
            raise CommandError(f"No such file: {source}")
        feed, _created = FeedSource.objects.get_or_create(
            organisation=organisation_page, url=f"https://{organisation}.local/{path.name}"
        )
        try:
            created, updated = import_feed(path.read_bytes(), feed)
        except FeedImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{created} new, {updated} updated"))
