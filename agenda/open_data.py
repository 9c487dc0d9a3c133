"""The agenda as open data (CSV and JSON): the events that the listing's filters select, with
the same fields as their public pages, one row per event (its dates: `start`, `rrule` and the
event's page or calendar)."""

from core import open_data

FIELDS = [
    "id",
    "uid",
    "url",
    "title",
    "summary",
    "start",
    "end",
    "all_day",
    "rrule",
    "status",
    "venue",
    "address",
    "commune",
    "insee",
    "territory",
    "latitude",
    "longitude",
    "attendance",
    "online_url",
    "organisers",
    "themes",
    "audience",
    "free",
    "price",
    "registration_url",
    "accessibility",
    "updated_at",
]


def event_record(event, request):
    coordinates = event.coordinates or (None, None)
    commune = event.commune if event.commune_id else None
    return {
        "id": event.id,
        "uid": event.uid,
        "url": event.get_full_url(request),
        "title": event.title,
        "summary": event.summary,
        "start": event.start.isoformat(),
        "end": event.end.isoformat() if event.end else None,
        "all_day": event.all_day,
        "rrule": event.rrule,
        "status": event.status,
        "venue": event.venue,
        "address": event.address,
        "commune": commune.name if commune else None,
        "insee": commune.insee if commune else None,
        "territory": commune.territory.label if commune else None,
        "latitude": coordinates[0],
        "longitude": coordinates[1],
        "attendance": event.attendance,
        "online_url": event.online_url,
        "organisers": [organiser.title for organiser in event.organisers.all()],
        "themes": [theme.label for theme in event.themes.all()],
        "audience": event.audience,
        "free": event.free,
        "price": event.price,
        "registration_url": event.registration_url,
        "accessibility": event.accessibility,
        "updated_at": event.last_published_at.isoformat() if event.last_published_at else None,
    }


def csv_response(events, request):
    return open_data.csv_response((event_record(e, request) for e in events), FIELDS, "events.csv")


def json_response(events, request):
    return open_data.json_response((event_record(e, request) for e in events), "events")
