"""Builds the demo agenda: the agenda page and the events of demo_data, dated relative to
today so that the agenda always looks alive, in French, English and Italian."""

from datetime import datetime, timedelta

from django.utils import timezone

from dateutil.rrule import rrulestr

from agenda.models import PARIS, AgendaPage, EventPage, local_midnight
from core.demo import paragraphs_html, upsert_page, upsert_translation
from core.models import Commune, Theme
from directory.models import OrganisationPage

AGENDA = {
    "fr": {
        "title": "Agenda",
        "intro": (
            "Ce qui se passe dans l'économie sociale et solidaire des Hautes-Alpes : ateliers, "
            "marchés, forums, soirées, formations. Abonnez-vous à tout l'agenda ou à votre "
            "vallée dans votre application de calendrier."
        ),
    },
    "en": {
        "title": "What's on",
        "intro": (
            "What is happening in the social and solidarity economy of the Hautes-Alpes: "
            "workshops, markets, forums, evenings, training. Subscribe to the whole agenda or "
            "to your valley in your calendar app."
        ),
    },
    "it": {
        "title": "Agenda",
        "intro": (
            "Che cosa succede nell'economia sociale e solidale delle Hautes-Alpes: laboratori, "
            "mercati, forum, serate, formazioni. Iscrivetevi a tutta l'agenda o alla vostra "
            "valle nella vostra applicazione di calendario."
        ),
    },
}


def _at(day, hhmm):
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=PARIS)


def _first_day(entry, today):
    """The seed's day, moved to the series' first date when its rule names weekdays (a series
    "every first Saturday" starts on a first Saturday)."""
    day = today + timedelta(days=entry["day"])
    rule = entry.get("rrule", "")
    if "BYDAY" in rule or "BYMONTHDAY" in rule:
        first = rrulestr(rule, dtstart=datetime(day.year, day.month, day.day))[0]
        day = first.date()
    return day


def _schedule(entry, today):
    day = _first_day(entry, today)
    if entry.get("start"):
        start = _at(day, entry["start"])
        end = _at(day, entry.get("end") or entry["start"])
        if end <= start:
            end = start + timedelta(hours=2)
        return {"start": start, "end": end, "all_day": False}
    last = day + timedelta(days=entry.get("days", 1) - 1)
    return {"start": local_midnight(day), "end": local_midnight(last), "all_day": True}


def _fields(entry, code, communes, today):
    text = entry[code]
    fields = {
        "title": text["title"],
        "summary": text["summary"],
        "description": paragraphs_html(text.get("description", "")),
        "accessibility": text.get("accessibility", ""),
        "price": text.get("price") or entry.get("price", ""),
        **_schedule(entry, today),
        "rrule": entry.get("rrule", ""),
        "status": entry.get("status", "scheduled"),
        "venue": entry.get("venue", ""),
        "address": entry.get("address", ""),
        "commune": communes.get(entry.get("commune")),
        "attendance": entry.get("attendance", "offline"),
        "online_url": entry.get("online_url", ""),
        "audience": entry.get("audience", "everyone"),
        "free": entry.get("free", True),
        "registration_url": entry.get("registration_url", ""),
    }
    return fields


def build(home, locales):
    from agenda import demo_data

    agenda = upsert_page(home, AgendaPage, "agenda", {**AGENDA["fr"], "show_in_menus": True})
    for code, locale in locales.items():
        if code != "fr":
            upsert_translation(agenda, locale, AGENDA[code])
    today = timezone.localdate()
    communes = {c.insee: c for c in Commune.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    organisations = {o.slug: o for o in OrganisationPage.objects.filter(locale=home.locale_id)}
    for entry in demo_data.EVENTS:
        relations = {
            "themes": [themes[slug] for slug in entry.get("themes", [])],
            "organisers": [organisations[slug] for slug in entry.get("organisers", [])],
        }
        event = upsert_page(
            agenda, EventPage, entry["slug"], _fields(entry, "fr", communes, today), relations
        )
        for code, locale in locales.items():
            if code != "fr":
                upsert_translation(
                    event, locale, _fields(entry, code, communes, today), relations=relations
                )
    return agenda
