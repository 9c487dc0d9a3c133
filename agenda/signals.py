"""Keep what the listings and feeds read up to date when events are published or withdrawn:
the stored occurrences, the SEQUENCE, the VEVENT text, and the feeds' version."""

from django.core.cache import cache
from django.db.models import Field
from django.db.models.signals import post_delete
from django.utils import timezone

from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from agenda.models import EventPage, Occurrence

FEED_VERSION_KEY = "agenda-feed-version"


def feed_version():
    """(version, changed_at) of the agenda's published content, bumped on every change; the
    feeds' ETag and Last-Modified derive from it."""
    version = cache.get(FEED_VERSION_KEY)
    if version is None:
        version = (timezone.now().timestamp(), timezone.now())
        cache.set(FEED_VERSION_KEY, version, timeout=None)
    return version


def bump_feed_version():
    now = timezone.now()
    cache.set(FEED_VERSION_KEY, (now.timestamp(), now), timeout=None)


def publish_event(event):
    """Everything derived from a published event: SEQUENCE, VEVENT text, occurrences."""
    from agenda.ical.export import render_fragment
    from agenda.recurrence import refresh_occurrences

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
    refresh_occurrences(event)
    bump_feed_version()


def follow_in_translations(event):
    """The synchronised fields of an event (its dates, status, place, links) are the same in
    every language: a published change of the original in the default language reaches its
    translations at once (published if they are, as a draft otherwise), their translated
    words untouched. wagtail-localize would wait for someone to sync the translation."""
    if event.locale_id != Locale.get_default().pk:
        return
    fields = [EventPage._meta.get_field(f.field_name) for f in event.override_translatable_fields]
    fields = [field for field in fields if isinstance(field, Field)]
    translations = EventPage.objects.filter(translation_key=event.translation_key).exclude(
        pk=event.pk
    )
    for translation in translations:
        # the page itself when it has no draft (Wagtail spares the query)
        publish = translation.live and not translation.has_unpublished_changes
        copy = translation.get_latest_revision_as_object()
        stale = [f for f in fields if getattr(copy, f.attname) != getattr(event, f.attname)]
        if not stale:
            continue
        for field in stale:
            setattr(copy, field.attname, getattr(event, field.attname))
        revision = copy.save_revision(log_action=True)
        if publish:
            revision.publish(skip_permission_checks=True)


def _on_published(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        publish_event(instance)
        follow_in_translations(instance)


def _on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        Occurrence.objects.filter(event_id=instance.pk).delete()
        bump_feed_version()


def _on_deleted(sender, instance, **kwargs):
    bump_feed_version()


page_published.connect(_on_published, dispatch_uid="agenda-event-published")
page_unpublished.connect(_on_unpublished, dispatch_uid="agenda-event-unpublished")
post_delete.connect(_on_deleted, sender=EventPage, dispatch_uid="agenda-event-deleted")
