"""Builds the demo newsroom: the news index and the items of demo_data, dated relative to
today, in French, English and Italian."""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from core.demo import stream_blocks, upsert_page, upsert_translation
from core.models import Theme
from directory.models import OrganisationPage
from news.models import NewsIndexPage, NewsPage, PressRoomPage

INDEX = {
    "fr": {
        "title": "Actualités",
        "intro": (
            "Les nouvelles de l'économie sociale et solidaire des Hautes-Alpes et les "
            "communiqués de presse des structures du réseau."
        ),
    },
    "en": {
        "title": "News",
        "intro": (
            "News of the social and solidarity economy of the Hautes-Alpes and press releases "
            "from the organisations of the network."
        ),
    },
    "it": {
        "title": "Notizie",
        "intro": (
            "Le notizie dell'economia sociale e solidale delle Hautes-Alpes e i comunicati "
            "stampa delle organizzazioni della rete."
        ),
    },
}


PRESS_ROOM = {
    "fr": {
        "title": "Espace presse",
        "intro": (
            "Journalistes : les communiqués des structures de l'ESS des Hautes-Alpes, leurs "
            "contacts presse, et l'agenda comme les actualités à suivre depuis vos outils."
        ),
    },
    "en": {
        "title": "Press room",
        "intro": (
            "Journalists: press releases of the social economy organisations of the "
            "Hautes-Alpes, their press contacts, and the agenda and news to follow in your tools."
        ),
    },
    "it": {
        "title": "Sala stampa",
        "intro": (
            "Giornalisti: i comunicati delle organizzazioni dell'ESS delle Hautes-Alpes, i loro "
            "contatti stampa, e l'agenda e le notizie da seguire con i vostri strumenti."
        ),
    },
}


def _fields(entry, code, today):
    text = entry[code]
    return {
        "title": text["title"],
        "summary": text["summary"][:300],
        "body": stream_blocks(text.get("body", [])),
        "date": today - timedelta(days=entry["days_ago"]),
        "kind": entry.get("kind", "news"),
    }


def build(home, locales):
    from news import demo_data

    index = upsert_page(home, NewsIndexPage, "actualites", {**INDEX["fr"], "show_in_menus": True})
    for code, locale in locales.items():
        if code != "fr":
            upsert_translation(index, locale, INDEX[code])
    today = timezone.localdate()
    themes = {t.slug: t for t in Theme.objects.all()}
    organisations = {o.slug: o for o in OrganisationPage.objects.filter(locale=home.locale_id)}
    for entry in demo_data.NEWS:
        relations = {
            "themes": [themes[slug] for slug in entry.get("themes", [])],
            "organisations": [organisations[slug] for slug in entry.get("organisations", [])],
        }
        page = upsert_page(index, NewsPage, entry["slug"], _fields(entry, "fr", today), relations)
        for code, locale in locales.items():
            if code != "fr":
                upsert_translation(page, locale, _fields(entry, code, today), relations=relations)
    build_member_feeds(organisations)
    room = upsert_page(home, PressRoomPage, "presse", {**PRESS_ROOM["fr"], "show_in_menus": True})
    for code, locale in locales.items():
        if code != "fr":
            upsert_translation(room, locale, PRESS_ROOM[code])
    return index


DEMO_FEEDS = Path(__file__).resolve().parent / "demo_feeds"


def build_member_feeds(organisations):
    """A few members' own feeds, read from local demo files (the demo has no network), as if
    fetched from their websites; the items are idempotent by entry id."""
    from news.aggregation import import_feed
    from news.models import FeedSource

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
