import re
from datetime import date, datetime, timedelta
from pathlib import Path

from django.utils import timezone

import pytest

from agenda.models import PARIS, EventPage, OccurrenceChange
from core.models import Commune, Theme
from tests.factories import EventPageFactory, OrganisationPageFactory

# Members' real calendars (tests/agenda/corpus/), dated 2027 from EARLIEST on: once that comes
# near, every date of every file moves by SHIFT, whole years of 52 weeks (weekdays and seasons
# kept), so that the tests reading them never rot.
CORPUS = Path(__file__).parent / "corpus"
EARLIEST = date(2027, 1, 4)


def _shift():
    years = 0
    while EARLIEST + timedelta(weeks=52 * years) < timezone.localdate() + timedelta(days=14):
        years += 1
    return timedelta(weeks=52 * years)


SHIFT = _shift()
_DATE = re.compile(rb"(?<![0-9A-Za-z])(20[2-9][0-9])([01][0-9])([0-3][0-9])(T[0-9]{6}Z?)?(?![0-9])")


def _shifted(match):
    day = date(int(match[1]), int(match[2]), int(match[3])) + SHIFT
    return day.strftime("%Y%m%d").encode() + (match[4] or b"")


def corpus(name):
    """The bytes of a corpus file, its dates moved by SHIFT (as written when SHIFT is 0)."""
    data = (CORPUS / name).read_bytes()
    return _DATE.sub(_shifted, data) if SHIFT else data


def paris(*args):
    return datetime(*args, tzinfo=PARIS)


def commune(insee):
    return Commune.objects.get(insee=insee)


def theme(slug):
    return Theme.objects.get(slug=slug)


def in_days(days, hour=18, minute=30):
    day = timezone.localdate() + timedelta(days=days)
    return paris(day.year, day.month, day.day, hour, minute)


# `agenda`, `directory` and `roue` (La Roue) come from tests/conftest.py


def ludambule_of(directory):
    """Ludambule, an organisation of Gap, under `directory`."""
    return OrganisationPageFactory(
        parent=directory, title="Ludambule", slug="ludambule", commune=commune("05061")
    )


@pytest.fixture
def ludambule(directory):
    return ludambule_of(directory)


def weekly_with_changes(agenda, first, moved_hours=2):
    """A published weekly series of three dates from `first`: the second cancelled, the third
    moved a day later and lasting `moved_hours`."""
    event = EventPageFactory.build(
        start=first, end=first + timedelta(hours=2), rrule="FREQ=WEEKLY;COUNT=3"
    )
    event.occurrence_changes = [
        OccurrenceChange(original_start=first + timedelta(days=7), cancelled=True),
        OccurrenceChange(
            original_start=first + timedelta(days=14),
            new_start=first + timedelta(days=15),
            new_end=first + timedelta(days=15, hours=moved_hours),
        ),
    ]
    agenda.add_child(instance=event)
    event.save_revision().publish()
    return event


DATES = re.compile(r'<p class="event-card__date">\s*<time datetime="([^"]+)"')


def listed_dates(client, agenda):
    """The start of every date the agenda's public listing shows, in order."""
    response = client.get(agenda.url)
    assert response.status_code == 200
    return DATES.findall(response.content.decode())


def occurrences(agenda):
    """(start, end, all day, cancelled) of every stored date of the agenda, in order."""
    return list(
        agenda.occurrences()
        .order_by("start", "end")
        .values_list("start", "end", "all_day", "cancelled")
    )


def copies_of(event):
    return {
        page.locale.language_code: page
        for page in EventPage.objects.filter(translation_key=event.translation_key)
    }


def four_events(agenda, roue, ludambule):
    """Four events of La Roue and Ludambule: two in the coming days, one online in forty days,
    one past."""
    return {
        "monnaie": EventPageFactory(
            parent=agenda,
            title="Réunion La Roue",
            start=in_days(1),
            end=in_days(1, 20, 0),
            commune=commune("05023"),
            themes=[theme("monnaie-locale")],
            organisers=[roue],
        ),
        "jeux": EventPageFactory(
            parent=agenda,
            title="Soirée jeux",
            start=in_days(2),
            end=in_days(2, 22, 0),
            commune=commune("05061"),
            themes=[theme("culture"), theme("jeunesse")],
            organisers=[ludambule, roue],
            free=False,
            price="2 €",
            audience="families",
        ),
        "webinaire": EventPageFactory(
            parent=agenda,
            title="Webinaire Créacoop",
            start=in_days(40),
            end=in_days(40, 20, 0),
            commune=commune("05061"),
            attendance="online",
            online_url="https://visio.example.org/creacoop",
        ),
        "passe": EventPageFactory(
            parent=agenda, title="Forum passé", start=in_days(-10), end=in_days(-10, 22, 0)
        ),
    }
