"""The agenda's signal handlers, connected when AgendaConfig.ready() imports this module:
keep what the listings and feeds read up to date when events are published or withdrawn (the
stored occurrences, the month view's days, the SEQUENCE, the VEVENT text, the feeds' version),
and the month view's days when an event is deleted, made private or public, or moved
(agenda/days.py); keep every language's agenda complete (core/translations.py), re-publish the
events of a place that changed, take offline an event whose withdrawal the editors approved,
and tell a proposer how the review of their event ended.
"""

import logging

from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils.translation import gettext as _
from django.utils.translation import override

from wagtail.models import PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)

from agenda.days import agenda_path, covered_days, days_of, refresh_days, refresh_event_days
from agenda.ical.export import render_fragment
from agenda.importer import take_down_withdrawn
from agenda.models import EventPage, Occurrence, Place
from agenda.recurrence import refresh_occurrences
from agenda.versions import bump_feed_version
from core.translations import delete_translations, follow_original, unpublish_translations

logger = logging.getLogger(__name__)


def publish_event(event):
    """Everything derived from a published event: SEQUENCE, VEVENT text, occurrences."""
    fingerprint = event.compute_fingerprint()
    if event.schedule_fingerprint and fingerprint != event.schedule_fingerprint:
        event.sequence += 1
    event.schedule_fingerprint = fingerprint
    event.ical_fragment = render_fragment(event)
    EventPage.objects.filter(pk=event.pk).update(
        sequence=event.sequence,
        schedule_fingerprint=fingerprint,
        ical_fragment=event.ical_fragment,
    )
    before = covered_days(event.pk)
    dates = refresh_occurrences(event)
    after = days_of((date.first_date, date.last_date) for date in dates)
    refresh_days(agenda_path(event), before | after)
    bump_feed_version()


def follow_place(sender, instance, created, **kwargs):
    """A place changed: its events say what it says now, and the published ones' iCalendar
    text (and SEQUENCE) follow."""
    if created:
        return
    EventPage.objects.filter(place=instance).update(**instance.event_fields())
    for event in EventPage.objects.filter(place=instance, live=True).select_related("commune"):
        publish_event(event)


def follow_in_translations(event):
    """An event published in the default language is on the agenda in every language at once:
    its missing translations are created (showing the French words until someone translates
    them) and the existing ones follow it: the synchronised fields (dates, moved or cancelled
    dates, status, place, links) always, published if they are, as a draft otherwise; the text
    only where nobody translated it yet (core/translations.py). wagtail-localize alone would
    wait for someone to translate or sync the event."""
    follow_original(event)


def _on_published(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        publish_event(instance)
        follow_in_translations(instance)


def _on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        before = covered_days(instance.pk)
        Occurrence.objects.filter(event_id=instance.pk).delete()
        refresh_days(agenda_path(instance), before)
        bump_feed_version()
        unpublish_translations(instance)


def _before_deleted(sender, instance, **kwargs):
    instance._covered_days = covered_days(instance.pk)


def _on_deleted(sender, instance, **kwargs):
    bump_feed_version()
    delete_translations(instance)
    if getattr(instance, "_covered_days", None):
        # Once the deletion is committed: the agenda may be deleted with its events.
        path, days = agenda_path(instance), instance._covered_days
        transaction.on_commit(lambda: refresh_days(path, days))


def _on_restriction_saved(sender, instance, **kwargs):
    """An event made private leaves the month view."""
    refresh_event_days(instance.page_id)


def _on_restriction_deleted(sender, instance, **kwargs):
    """An event made public again comes back to the month view (once committed: the page may
    be deleted with its restriction)."""
    page_id = instance.page_id
    transaction.on_commit(lambda: refresh_event_days(page_id))


def _on_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if issubclass(sender, EventPage) and parent_page_before.pk != parent_page_after.pk:
        days = covered_days(instance.pk)
        refresh_days(parent_page_before.path, days)
        refresh_days(parent_page_after.path, days)


def tell_proposer(sender, instance, user=None, **kwargs):
    """Wagtail tells a logged-in author when their page is approved or rejected; a proposer
    has no account, so the same news goes to the address they gave (in the page's language)."""
    if instance.requested_by_id or instance.base_content_type.app_label != "wagtailcore":
        return
    page = instance.content_object.specific
    if not isinstance(page, EventPage) or not page.proposer_email:
        return
    approved = instance.status == instance.STATUS_APPROVED
    with override(page.locale.language_code):
        if approved:
            news = _("“%(title)s” is now on the agenda: %(url)s") % {
                "title": page.title,
                "url": page.full_url,
            }
        else:
            news = _(
                "The network's editors did not publish “%(title)s”. Write to them if you would "
                "like to know why or to propose it again."
            ) % {"title": page.title}
        body = "\n\n".join([_("Hello %(name)s,") % {"name": page.proposer_name}, news])
        subject = _("Your event proposal: %(title)s") % {"title": page.title}
    try:
        send_mail(subject, body, None, [page.proposer_email])
    except Exception:
        logger.exception("Could not tell the proposer of event %s", page.pk)


page_published.connect(_on_published, dispatch_uid="agenda-event-published")
page_unpublished.connect(_on_unpublished, dispatch_uid="agenda-event-unpublished")
pre_delete.connect(_before_deleted, sender=EventPage, dispatch_uid="agenda-event-deleting")
post_delete.connect(_on_deleted, sender=EventPage, dispatch_uid="agenda-event-deleted")
post_save.connect(
    _on_restriction_saved, sender=PageViewRestriction, dispatch_uid="agenda-restriction-saved"
)
post_delete.connect(
    _on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="agenda-restriction-deleted"
)
post_page_move.connect(_on_moved, dispatch_uid="agenda-event-moved")
post_save.connect(follow_place, sender=Place, dispatch_uid="agenda-place-saved")
# The editors approved taking offline an event its calendar dropped (agenda/importer.py).
page_published.connect(take_down_withdrawn, dispatch_uid="agenda-take-down-withdrawn")
workflow_approved.connect(tell_proposer, dispatch_uid="agenda-proposer-approved")
workflow_rejected.connect(tell_proposer, dispatch_uid="agenda-proposer-rejected")
