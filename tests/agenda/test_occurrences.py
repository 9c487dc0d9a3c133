from datetime import timedelta

import pytest

from tests.agenda.conftest import in_days, paris, weekly_with_changes
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def starts(event):
    return [o.start for o in event.occurrences.order_by("start")]


def test_single_event_has_one_occurrence_with_its_times(agenda):
    event = EventPageFactory(parent=agenda, start=in_days(3), end=in_days(3, 21, 0))
    (occurrence,) = event.occurrences.all()
    assert occurrence.start == in_days(3)
    assert occurrence.end == in_days(3, 21, 0)
    assert not occurrence.all_day


def test_weekly_series_gives_each_date_and_skips_exdates(agenda):
    first = in_days(2)
    event = EventPageFactory(
        parent=agenda,
        start=first,
        end=first + timedelta(hours=2),
        rrule="FREQ=WEEKLY;COUNT=4",
        exdates=(first + timedelta(days=14)).date().isoformat(),
    )
    assert starts(event) == [first, first + timedelta(days=7), first + timedelta(days=21)]


def test_series_keeps_local_time_across_the_daylight_saving_change(agenda):
    event = EventPageFactory(
        parent=agenda,
        start=paris(2026, 10, 21, 18, 30),
        end=paris(2026, 10, 21, 20, 0),
        rrule="FREQ=WEEKLY;COUNT=2",
    )
    assert [s.astimezone(paris(2026, 1, 1).tzinfo).hour for s in starts(event)] == [18, 18]
    assert starts(event)[1] - starts(event)[0] == timedelta(days=7, hours=1)


def test_moved_and_cancelled_dates_of_a_series(agenda):
    first = in_days(2)
    event = weekly_with_changes(agenda, first, moved_hours=3)
    occurrences = list(event.occurrences.order_by("start"))
    assert [(o.start, o.cancelled) for o in occurrences] == [
        (first, False),
        (first + timedelta(days=7), True),
        (first + timedelta(days=15), False),
    ]
    assert occurrences[2].end == first + timedelta(days=15, hours=3)


def test_all_day_event_over_several_days_ends_the_midnight_after_its_last_day(agenda):
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 12, 4), end=paris(2026, 12, 6), all_day=True
    )
    (occurrence,) = event.occurrences.all()
    assert occurrence.all_day
    assert occurrence.start == paris(2026, 12, 4)
    assert occurrence.end == paris(2026, 12, 7)
    assert occurrence.last_day.isoformat() == "2026-12-06"
    assert occurrence.is_multi_day


def test_unpublishing_removes_the_occurrences(agenda):
    event = EventPageFactory(parent=agenda)
    assert event.occurrences.count() == 1
    event.unpublish()
    assert event.occurrences.count() == 0


def test_invalid_rrule_exdates_and_rdates_are_each_refused_with_a_plain_message(agenda):
    from django.core.exceptions import ValidationError
    from django.utils import translation

    event = EventPageFactory.build(
        rrule="FREQ=SOMETIMES", exdates="next tuesday", rdates="2027-13-01"
    )
    with translation.override("en"):  # some messages are lazy: read them in English too
        with pytest.raises(ValidationError) as error:
            event.clean()
        messages = {name: [str(m) for m in ms] for name, ms in error.value.message_dict.items()}
    assert messages["exdates"] == ["Write one date per line, as 2026-12-24."]
    assert messages["rdates"] == ["Write one date per line, as 2026-12-24 or 2026-12-24 18:30."]
    (rule_message,) = messages["rrule"]
    assert rule_message.startswith("This repeat rule cannot be read.")
    assert "FREQ=WEEKLY;BYDAY=WE;COUNT=8" in rule_message  # an example, not dateutil's words
    assert "SOMETIMES" not in rule_message


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;UNTIL=20270225T225959Z;BYDAY=TH",  # Google: UTC, the day's end in Paris
        "FREQ=WEEKLY;UNTIL=20270225;BYDAY=TH",  # a DATE: through that day
        "FREQ=WEEKLY;UNTIL=20270225T183000;BYDAY=TH",  # floating: read in Paris
        "RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270225T173000Z",  # UTC, exactly the last start
    ],
)
def test_a_timed_series_ends_on_its_until_day_whatever_form_the_until_takes(agenda, rule):
    first = paris(2027, 1, 7, 18, 30)
    event = EventPageFactory(parent=agenda, start=first, end=paris(2027, 1, 7, 20, 30), rrule=rule)
    assert event.rrule == rule  # kept as written
    dates = starts(event)
    assert len(dates) == 8
    assert dates[-1] == paris(2027, 2, 25, 18, 30)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;UNTIL=20270225",
        "FREQ=WEEKLY;UNTIL=20270225T225959Z",  # what Google writes for an all-day series too
        "FREQ=WEEKLY;UNTIL=20270225T120000",
    ],
)
def test_an_all_day_series_ends_on_its_until_day_whatever_form_the_until_takes(agenda, rule):
    event = EventPageFactory(
        parent=agenda, start=paris(2027, 1, 7), end=paris(2027, 1, 7), all_day=True, rrule=rule
    )
    dates = starts(event)
    assert (len(dates), dates[-1]) == (8, paris(2027, 2, 25))


def test_the_feed_writes_until_as_rfc_5545_wants_it_for_the_start(client, agenda):
    from icalendar import Calendar

    EventPageFactory(
        parent=agenda,
        title="Série",
        start=paris(2027, 1, 7, 18, 30),
        end=paris(2027, 1, 7, 20, 30),
        rrule="FREQ=WEEKLY;UNTIL=20270225;BYDAY=TH",
    )
    EventPageFactory(
        parent=agenda,
        title="Journées",
        start=paris(2027, 1, 7),
        end=paris(2027, 1, 7),
        all_day=True,
        rrule="FREQ=WEEKLY;UNTIL=20270225T225959Z",
    )
    body = b"".join(client.get("/agenda/agenda.ics").streaming_content)
    rules = {
        str(e["SUMMARY"]): e["RRULE"].to_ical().decode()
        for e in Calendar.from_ical(body).walk("VEVENT")
    }
    assert rules == {
        "Série": "FREQ=WEEKLY;UNTIL=20270225T225959Z;BYDAY=TH",  # 23:59:59 in Paris, in UTC
        "Journées": "FREQ=WEEKLY;UNTIL=20270225",
    }


@pytest.mark.parametrize(
    ("rule", "start", "all_day", "expected"),
    [
        ("FREQ=DAILY;COUNT=3", paris(2027, 7, 1, 9), False, "FREQ=DAILY;COUNT=3"),
        (
            "FREQ=DAILY;UNTIL=20270701",
            paris(2027, 7, 1, 9),
            False,
            "FREQ=DAILY;UNTIL=20270701T215959Z",
        ),
        (
            "FREQ=DAILY;until=20270701T120000",
            paris(2027, 7, 1, 9),
            False,
            "FREQ=DAILY;UNTIL=20270701T100000Z",
        ),
        (
            "RRULE:FREQ=DAILY;UNTIL=20270701T100000Z",
            paris(2027, 7, 1, 9),
            False,
            "RRULE:FREQ=DAILY;UNTIL=20270701T100000Z",
        ),
        ("FREQ=DAILY;UNTIL=20270630T223000Z", paris(2027, 7, 1), True, "FREQ=DAILY;UNTIL=20270701"),
        ("FREQ=DAILY;UNTIL=20270701T235959", paris(2027, 7, 1), True, "FREQ=DAILY;UNTIL=20270701"),
        ("FREQ=DAILY;UNTIL=tomorrow", paris(2027, 7, 1), True, "FREQ=DAILY;UNTIL=tomorrow"),
    ],
)
def test_normalised_rrule(rule, start, all_day, expected):
    from agenda.dates import normalised_rrule

    assert normalised_rrule(rule, start, all_day) == expected
