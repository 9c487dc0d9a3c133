"""Builds the demo directory: the directory page and the organisations of organisations.yaml,
in French, English and Italian."""

from django.conf import settings

from core.demo import load_demo_data, upsert_translated_page
from core.models import Commune, Sector, Theme
from core.sanitize import text_to_paragraphs
from directory.models import DirectoryPage, OrganisationPage


def _offers(entry, code):
    """The offers' kinds of the entry with their texts in language `code`, in the same order."""
    return [
        {
            "type": kind,
            "value": {"title": text["title"], "description": text.get("description", "")},
        }
        for kind, text in zip(entry.get("offers", []), entry[code].get("offers", []), strict=True)
    ]


def _fields(entry, code, communes):
    text = entry[code]
    fields = {
        "title": entry["name"],
        "summary": text["summary"],
        "description": text_to_paragraphs(text["description"]),
        "offers": _offers(entry, code),
    }
    if code == settings.LANGUAGE_CODE:
        fields.update(
            {
                "legal_form": entry["legal_form"],
                "membership": entry["membership"],
                "commune": communes[entry["commune"]],
                "address": entry["address"],
                "website": entry["website"],
                "email": entry["email"],
                "phone": entry["phone"],
                "press_email": entry.get("press_email", ""),
                "social_links": [
                    {"type": "link", "value": {"network": network.capitalize(), "url": url}}
                    for network, url in entry.get("social", {}).items()
                ],
                "feed_url": entry.get("feed_url", ""),
                "calendar_url": entry.get("calendar_url", ""),
            }
        )
    return fields


def build(home, locales):
    index = load_demo_data(__name__, "index")
    directory = upsert_translated_page(
        home,
        DirectoryPage,
        index["slug"],
        {code: {**index[code], "show_in_menus": True} for code in locales},
        locales,
    )
    communes = {c.insee: c for c in Commune.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    for entry in load_demo_data(__name__, "organisations"):
        relations = {
            "sectors": [sectors[slug] for slug in entry["sectors"]],
            "themes": [themes[slug] for slug in entry["themes"]],
        }
        fields = {code: _fields(entry, code, communes) for code in locales}
        upsert_translated_page(
            directory, OrganisationPage, entry["slug"], fields, locales, relations, keep_slug=True
        )
    return directory
