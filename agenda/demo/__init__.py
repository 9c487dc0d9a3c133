"""Builds the demo agenda: the register of places of places.yaml, the agenda page and the events
of events.yaml, dated relative to today so that the agenda always looks alive, in French,
English and Italian."""

from datetime import datetime, timedelta

from django.utils import timezone

from dateutil.rrule import rrulestr

from agenda.models import PARIS, AgendaPage, EventPage, Place, local_midnight
from core.demo import load_demo_data, upsert_translated_page
from core.models import Commune, Theme
from core.sanitize import text_to_paragraphs
from directory.models import OrganisationPage


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


def _place_fields(entry, communes, places):
    """Where the event is: a place of the register, or the words of events.yaml."""
    if entry.get("place"):
        return {"place": places[entry["place"]]}
    return {
        "place": None,
        "venue": entry.get("venue", ""),
        "address": entry.get("address", ""),
        "commune": communes.get(entry.get("commune")),
    }


def _fields(entry, code, communes, places, today):
    text = entry[code]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "description": text_to_paragraphs(text.get("description", "")),
        "accessibility": text.get("accessibility", ""),
        "price": text.get("price") or entry.get("price", ""),
        **_schedule(entry, today),
        "rrule": entry.get("rrule", ""),
        "status": entry.get("status", "scheduled"),
        **_place_fields(entry, communes, places),
        "attendance": entry.get("attendance", "offline"),
        "online_url": entry.get("online_url", ""),
        "audience": entry.get("audience", "everyone"),
        "free": entry.get("free", True),
        "registration_url": entry.get("registration_url", ""),
    }


def build_places(communes, organisations):
    """The places of places.yaml, created or brought up to date; {slug: place}."""
    places = {}
    for entry in load_demo_data(__name__, "places", translated=False):
        organisation = organisations.get(entry.get("organisation"))
        values = {
            "address": entry.get("address", ""),
            "latitude": entry.get("latitude"),
            "longitude": entry.get("longitude"),
            "accessibility": entry.get("accessibility", ""),
            "organisation": organisation,
        }
        commune = communes[entry["commune"]]
        place = Place.objects.filter(name=entry["name"], commune=commune).first()
        if place is None:
            place = Place.objects.create(name=entry["name"], commune=commune, **values)
        elif any(getattr(place, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(place, name, value)
            place.save()
        places[entry["slug"]] = place
    return places


def build(home, locales):
    index = load_demo_data(__name__, "index")
    agenda = upsert_translated_page(
        home,
        AgendaPage,
        index["slug"],
        {code: {**index[code], "show_in_menus": True} for code in locales},
        locales,
    )
    today = timezone.localdate()
    communes = {c.insee: c for c in Commune.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    organisations = {o.slug: o for o in OrganisationPage.objects.filter(locale=home.locale_id)}
    places = build_places(communes, organisations)
    for entry in load_demo_data(__name__, "events"):
        relations = {
            "themes": [themes[slug] for slug in entry.get("themes", [])],
            "organisers": [organisations[slug] for slug in entry.get("organisers", [])],
        }
        fields = {code: _fields(entry, code, communes, places, today) for code in locales}
        upsert_translated_page(agenda, EventPage, entry["slug"], fields, locales, relations)
    return agenda
