"""Builds the demo directory: the directory page and the organisations of demo_data, in
French, English and Italian."""

from core.demo import paragraphs_html, upsert_page, upsert_translation
from core.models import Commune, Sector, Theme
from directory import demo_data
from directory.models import DirectoryPage, OrganisationPage

DIRECTORY = {
    "fr": {
        "title": "Annuaire",
        "intro": (
            "Associations, coopératives, mutuelles et collectifs : les structures de l'économie "
            "sociale et solidaire des Hautes-Alpes, par vallée, par thème, et ce qu'elles "
            "proposent de mutualiser."
        ),
    },
    "en": {
        "title": "Directory",
        "intro": (
            "Associations, cooperatives, mutual societies and collectives: the social and "
            "solidarity economy of the Hautes-Alpes, by valley, by theme, and what each offers "
            "to share."
        ),
    },
    "it": {
        "title": "Annuario",
        "intro": (
            "Associazioni, cooperative, mutue e collettivi: le organizzazioni dell'economia "
            "sociale e solidale delle Hautes-Alpes, per valle, per tema, e ciò che mettono in "
            "comune."
        ),
    },
}


def _offers(entry, code):
    offers = []
    for offer in entry.get("offers", []):
        text = offer if code == "fr" else {**offer, **offer.get(code, {})}
        offers.append(
            {
                "type": offer["kind"],
                "value": {"title": text["title"], "description": text.get("description", "")},
            }
        )
    return offers


def _fields(entry, code, communes):
    text = entry[code]
    fields = {
        "title": entry["name"],
        "summary": text["summary"],
        "description": paragraphs_html(text["description"]),
        "offers": _offers(entry, code),
    }
    if code == "fr":
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
    directory = upsert_page(
        home, DirectoryPage, "annuaire", {**DIRECTORY["fr"], "show_in_menus": True}
    )
    for code, locale in locales.items():
        if code != "fr":
            upsert_translation(directory, locale, DIRECTORY[code])
    communes = {c.insee: c for c in Commune.objects.all()}
    sectors = {s.slug: s for s in Sector.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    for entry in demo_data.ORGANISATIONS:
        relations = {
            "sectors": [sectors[slug] for slug in entry["sectors"]],
            "themes": [themes[slug] for slug in entry["themes"]],
        }
        organisation = upsert_page(
            directory,
            OrganisationPage,
            entry["slug"],
            _fields(entry, "fr", communes),
            relations,
        )
        for code, locale in locales.items():
            if code != "fr":
                upsert_translation(
                    organisation,
                    locale,
                    _fields(entry, code, communes),
                    slug=entry["slug"],
                    relations=relations,
                )
    return directory
