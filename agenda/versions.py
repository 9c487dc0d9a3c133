"""The version of the agenda's published content, bumped on every change (agenda/signals.py):
the feeds' ETag and Last-Modified derive from it. Kept in Django's cache."""

from django.core.cache import cache
from django.utils import timezone

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
