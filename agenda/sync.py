"""Synchronising calendar sources with the one flow of member sources
(directory/sources.py: safe conditional fetch, outcome in words, sync health e-mails), and
reading the webcal:// addresses calendar apps give. Runs as a django-tasks task."""

from django_tasks import task

from agenda.importer import import_calendar
from agenda.models import CalendarSource
from core.fetch import FetchError, check_url, fetch
from directory.sources import synchronise

WEBCAL_SCHEMES = ("webcal://", "webcals://")


# webcal:// ----------------------------------------------------------------------------------


def is_webcal(url):
    return url.strip().lower().startswith(WEBCAL_SCHEMES)


def calendar_address(url, *, probe=True):
    """The http(s) address of a calendar address as calendar apps give it: webcal:// is
    https://, or http:// when the calendar answers only there (tried when `probe`). Private
    addresses are refused (FetchError), as by every fetch."""
    url = url.strip()
    if not is_webcal(url):
        return url
    rest = url.split("://", 1)[1]
    secure = f"https://{rest}"
    if not probe:
        return secure  # the fetch refuses a private address
    check_url(secure)
    try:
        fetch(secure, accept=CalendarSource.accept)
    except FetchError:
        plain = f"http://{rest}"
        try:
            fetch(plain, accept=CalendarSource.accept)
        except FetchError:
            return secure  # neither answers now: the synchronisation will say why
        return plain
    return secure


# Synchronising ------------------------------------------------------------------------------


def sync_source(source, *, publish=None, dry_run=False, user=None):
    """Fetch and import one source; returns (report or None, error message or "").

    `source` may be unsaved (a new address given to the import_ical command): it is saved
    with a successful import only."""

    def load(content):
        report = import_calendar(content, source, publish=publish, dry_run=dry_run, user=user)
        return report, report.summary()

    address = calendar_address(source.url, probe=False)
    return synchronise(source, load, address=address, dry_run=dry_run)


@task()
def sync_source_task(source_id):
    source = CalendarSource.objects.select_related("organisation").get(pk=source_id)
    sync_source(source)


def sync_all_sources():
    """Queue a synchronisation of every active source with an address."""
    ids = list(
        CalendarSource.objects.filter(active=True).exclude(url="").values_list("pk", flat=True)
    )
    for source_id in ids:
        sync_source_task.enqueue(source_id)
    return len(ids)
