"""Members' news in: their own RSS/Atom feeds, fetched with the one safe fetcher, parsed with
feedparser (its own sanitiser off), sanitised with nh3, de-duplicated by a stable id per item,
in one transaction. A broken feed keeps its last good entries and shows its error; nothing a
feed holds makes the import (or the scheduled sync) crash.

The id of an item: its guid (RSS) or id (Atom); without one, a hash of its link, title and
date as the feed writes them, so that items sharing a link (a page of events, a feed written
by hand) stay apart and each keeps its id from one fetch to the next. An item without a title
(Mastodon writes none) takes the beginning of its text."""

import calendar
import hashlib
import logging
import re
from datetime import UTC, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import feedparser

from core.sanitize import clean_html, http_url, plain_text
from directory.sources import RejectedContent, synchronise
from news.models import MemberNewsItem

logger = logging.getLogger(__name__)

MAX_ENTRIES = 100
MAX_ID = 500  # MemberNewsItem.entry_id
TITLE_FROM_TEXT = 100
# Untrusted XML must not declare entities: no "billion laughs", no external entity that would
# read a local file or call a URL.
ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
# What feedparser flags but reads right: a wrong encoding declaration, a non-XML content type.
BENIGN_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class FeedImportError(RejectedContent):
    """The input is not a feed we can read; nothing was changed."""


def parse_feed(content):
    """[dict(entry_id, title, link, published, summary, image_url)] of a feed, newest first."""
    if ENTITY_DECLARATION.search(content[:100_000]):
        raise FeedImportError(_("The feed declares XML entities, which is not allowed."))
    parsed = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version"):
        raise FeedImportError(_("This is not an RSS or Atom feed."))
    if parsed.bozo and not isinstance(parsed.bozo_exception, BENIGN_PROBLEMS):
        # A truncated or malformed feed: keep the last good entries rather than half of it.
        raise FeedImportError(
            _("The feed is not well-formed XML (%(error)s).") % {"error": parsed.bozo_exception}
        )
    entries, seen = [], set()
    for entry in parsed.entries[:MAX_ENTRIES]:
        link = http_url(entry.get("link"))
        title = plain_text(entry.get("title"), 255) or _title_from_text(entry)
        if not title or not link:
            continue
        entry_id = _entry_id(entry, link, title)
        if entry_id in seen:  # the same item twice in one feed
            continue
        seen.add(entry_id)
        moment = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (
            datetime.fromtimestamp(calendar.timegm(moment), tz=UTC) if moment else timezone.now()
        )
        entries.append(
            {
                "entry_id": entry_id,
                "title": title,
                "link": link,
                "published": published,
                "summary": clean_html(entry.get("summary", ""), 5000),
                "image_url": _image(entry),
            }
        )
    return entries


def _hashed(*parts):
    return "sha256:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _entry_id(entry, link, title):
    """A stable id of the item (see the module's docstring)."""
    guid = str(entry.get("id") or "").strip()
    if guid:
        return guid if len(guid) <= MAX_ID else _hashed(guid)
    date = str(entry.get("published") or entry.get("updated") or "")
    return _hashed(link, title, date)


def _title_from_text(entry):
    """The beginning of the item's text, cut at a word, for an item without a title."""
    text = plain_text(entry.get("summary") or "", 1000)
    if len(text) <= TITLE_FROM_TEXT:
        return text
    return text[:TITLE_FROM_TEXT].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def _image(entry):
    for media in entry.get("media_content", []) + entry.get("media_thumbnail", []):
        url = http_url(media.get("url"))
        if url:
            return url
    for enclosure in entry.get("enclosures", []):
        if str(enclosure.get("type", "")).startswith("image/"):
            url = http_url(enclosure.get("href"))
            if url:
                return url
    return ""


def import_feed(content, source):
    """Store the feed's entries for `source`: new ones added, known ones updated in place.
    Returns (created, updated)."""
    entries = parse_feed(content)
    created = updated = 0
    with transaction.atomic():
        known = {item.entry_id: item for item in source.items.all()}
        for entry in entries:
            item = known.get(entry["entry_id"]) or _stored_by_link(known, entry)
            if item is None:
                known[entry["entry_id"]] = MemberNewsItem.objects.create(
                    source=source, approved=source.publish_directly, **entry
                )
                created += 1
            elif any(getattr(item, k) != v for k, v in entry.items() if k != "published"):
                for name, value in entry.items():
                    setattr(item, name, value)
                item.save()
                updated += 1
        source.item_count = source.items.count()
    return created, updated


def _stored_by_link(known, entry):
    """An item stored when items without guid were keyed by their link alone: the same link
    and title is the same item (it takes its new id)."""
    if not entry["entry_id"].startswith("sha256:"):
        return None
    item = known.get(entry["link"])
    if item is not None and item.title == entry["title"]:
        del known[entry["link"]]
        return item
    return None


def sync_feed(source):
    """Fetch and import one feed source (directory/sources.py: the outcome recorded on it,
    its health told). Returns the error or ""."""

    def load(content):
        created, updated = import_feed(content, source)
        summary = _("%(created)s new, %(updated)s updated") % {
            "created": created,
            "updated": updated,
        }
        return None, summary

    return synchronise(source, load)[1]
