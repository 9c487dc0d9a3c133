"""Builds the demo newsroom: the news index and the items of news.yaml, dated relative to today,
the members' feeds of demo_feeds/, and the press room, in French, English and Italian."""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from core.demo import load_demo_data, stream_blocks, upsert_translated_page
from core.models import Theme
from directory.models import OrganisationPage
from news.aggregation import import_feed
from news.models import FeedSource, NewsIndexPage, NewsPage, PressRoomPage

DEMO_FEEDS = Path(__file__).resolve().parent.parent / "demo_feeds"


def _fields(entry, code, today):
    text = entry[code]
    return {
        "title": text["title"],
        "summary": text["summary"][:300],
        "body": stream_blocks(text.get("body", [])),
        "date": today - timedelta(days=entry["days_ago"]),
        "kind": entry.get("kind", "news"),
    }


def _menu_page(parent, model, name, locales):
    """The page of `name`.yaml under `parent`, shown in the menus."""
    data = load_demo_data(__name__, name)
    fields = {code: {**data[code], "show_in_menus": True} for code in locales}
    return upsert_translated_page(parent, model, data["slug"], fields, locales)


def build(home, locales):
    index = _menu_page(home, NewsIndexPage, "index", locales)
    today = timezone.localdate()
    themes = {t.slug: t for t in Theme.objects.all()}
    organisations = {o.slug: o for o in OrganisationPage.objects.filter(locale=home.locale_id)}
    for entry in load_demo_data(__name__, "news"):
        relations = {
            "themes": [themes[slug] for slug in entry.get("themes", [])],
            "organisations": [organisations[slug] for slug in entry.get("organisations", [])],
        }
        fields = {code: _fields(entry, code, today) for code in locales}
        upsert_translated_page(index, NewsPage, entry["slug"], fields, locales, relations)
    build_member_feeds(organisations)
    _menu_page(home, PressRoomPage, "press_room", locales)
    return index


def build_member_feeds(organisations):
    """A few members' own feeds, read from local demo files (the demo has no network), as if
    fetched from their websites; the items are idempotent by entry id."""
    for path in sorted(DEMO_FEEDS.glob("*.xml")):
        organisation = organisations.get(path.stem)
        if organisation is None:
            continue
        source, _created = FeedSource.objects.get_or_create(
            organisation=organisation,
            url=f"https://{path.stem}.example.org/feed.xml",
            defaults={"publish_directly": True, "active": False},
        )
        import_feed(path.read_bytes(), source)
        source.item_count = source.items.count()
        source.last_result = "demo"
        source.save()
