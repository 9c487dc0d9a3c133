"""iCalendar in: a member's calendar (an uploaded file or a subscribed URL) becomes events of
the agenda, kept in sync.

The rules:
- events are matched by source and UID (agenda/ical/parser.py reads the file); a
  RECURRENCE-ID becomes a moved or cancelled date of its series (an OccurrenceChange),
  never a separate event;
- a re-import updates only what changed (the hash of what we import), so an unchanged calendar
  writes nothing: no page, no revision;
- an event gone from the source is unpublished, never deleted;
- an event an editor changed on the site (its latest revision is not the importer's) is left as
  the editor made it, and the report says so;
- the whole import runs in one transaction: a bad file changes nothing;
- only plain text comes in (HTML tags stripped, text bounded), links only in http(s);
  private and confidential events, and SECONDLY / MINUTELY rules, are refused.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from agenda.ical.parser import CalendarImportError, parse_calendar
from agenda.models import EventPage, OccurrenceChange

__all__ = ["CalendarImportError", "ImportReport", "import_calendar", "parse_calendar"]


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    unpublished: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (title or uid, reason)

    def summary(self):
        return _(
            "%(created)s created, %(updated)s updated, %(unchanged)s unchanged, "
            "%(unpublished)s unpublished, %(skipped)s skipped"
        ) % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "unpublished": len(self.unpublished),
            "skipped": len(self.skipped),
        }


# Syncing ------------------------------------------------------------------------------------


def agenda_for(organisation):
    from agenda.models import AgendaPage

    agenda = AgendaPage.objects.filter(locale_id=organisation.locale_id).first()
    if agenda is None:
        raise CalendarImportError(_("There is no agenda page to import events into."))
    return agenda


def import_calendar(data, source, *, publish=None, dry_run=False, user=None, now=None):
    """Bring the events of `source` in line with the calendar `data`. Returns an ImportReport;
    raises CalendarImportError (and changes nothing) when the input is rejected."""
    events, refused = parse_calendar(data, now=now)
    publish = source.publish_directly if publish is None else publish
    report = ImportReport(skipped=list(refused))
    with transaction.atomic():
        agenda = agenda_for(source.organisation)
        # What the comparison needs, nothing more: an unchanged calendar loads no page.
        existing = {
            page.ical_uid: page
            for page in EventPage.objects.filter(source=source).only(
                "id",
                "title",
                "live",
                "ical_uid",
                "import_hash",
                "import_revision_id",
                "latest_revision_id",
            )
        }
        for imported in events:
            page = existing.pop(imported.uid, None)
            if page is None:
                _create(agenda, source, imported, publish, user)
                report.created.append(imported.fields["title"])
            elif page.import_hash == imported.digest and (page.live or not publish):
                report.unchanged.append(page.title)
            elif page.import_revision_id and page.latest_revision_id != page.import_revision_id:
                report.skipped.append(
                    (page.title, _("changed on the site since the last import; kept as edited"))
                )
            else:
                _update(EventPage.objects.get(pk=page.pk), imported, user)
                report.updated.append(imported.fields["title"])
        for page in existing.values():
            if page.live:
                page.unpublish(user=user)
                report.unpublished.append(page.title)
        if dry_run:
            transaction.set_rollback(True)
    return report


def _apply(page, imported):
    for name, value in imported.fields.items():
        setattr(page, name, value)
    page.occurrence_changes = [OccurrenceChange(**change) for change in imported.changes]
    page.import_hash = imported.digest


def _create(agenda, source, imported, publish, user):
    page = EventPage(
        slug=agenda.free_slug(imported.fields["title"]),
        locale_id=agenda.locale_id,
        source=source,
        ical_uid=imported.uid,
        owner=user,
        live=False,
    )
    _apply(page, imported)
    page.commune = source.organisation.commune
    page.organisers.set([source.organisation])
    agenda.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    else:
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user)
    EventPage.objects.filter(pk=page.pk).update(import_revision_id=revision.pk)


def _update(page, imported, user):
    _apply(page, imported)
    revision = page.save_revision(user=user, log_action=True)
    if page.live:
        revision.publish(user=user)
    EventPage.objects.filter(pk=page.pk).update(
        import_revision_id=revision.pk, import_hash=imported.digest
    )
