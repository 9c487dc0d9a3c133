"""Synchronising calendar sources: fetch (safely, conditionally), import, and record the
outcome on the source in plain words. Runs as a django-tasks task."""

from django.utils import timezone
from django.utils.translation import gettext as _

from django_tasks import task

from agenda.ical.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource


def sync_source(source, *, publish=None, dry_run=False, user=None):
    """Fetch and import one source; returns (report or None, error message or "")."""
    from core.fetch import FetchError, fetch

    now = timezone.now()
    changes = {"last_fetch_at": now}
    report, error = None, ""
    try:
        result = fetch(
            source.url,
            etag=source.etag or None,
            last_modified=source.last_modified or None,
            accept="text/calendar, */*;q=0.5",
        )
        if result.not_modified:
            changes["last_result"] = _("Unchanged since the last synchronisation.")
        else:
            report = import_calendar(
                result.content, source, publish=publish, dry_run=dry_run, user=user
            )
            changes["last_result"] = report.summary()
            changes["etag"] = result.etag or ""
            changes["last_modified"] = result.last_modified or ""
            changes["event_count"] = source.events.filter(live=True).count()
        changes.update(last_error="", last_success_at=now)
    except (FetchError, CalendarImportError) as problem:
        error = changes["last_error"] = str(problem)
        changes["last_result"] = _("Failed: nothing was changed.")
    if not dry_run:
        # A bookkeeping UPDATE, not save(): an unchanged calendar (a 304) costs one statement.
        CalendarSource.objects.filter(pk=source.pk).update(**changes)
    for name, value in changes.items():
        if not dry_run or name not in {"etag", "last_modified"}:
            setattr(source, name, value)
    return report, error


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
