from datetime import timedelta

import pytest

from agenda.models import OccurrenceChange
from tests.agenda.conftest import in_days, paris
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
    event = EventPageFactory.build(
        start=first, end=first + timedelta(hours=2), rrule="FREQ=WEEKLY;COUNT=3"
    )
    event.occurrence_changes = [
        OccurrenceChange(original_start=first + timedelta(days=7), cancelled=True),
        OccurrenceChange(
            original_start=first + timedelta(days=14),
            new_start=first + timedelta(days=15),
            new_end=first + timedelta(days=15, hours=3),
        ),
    ]
    agenda.add_child(instance=event)
    event.save_revision().publish()
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


def test_invalid_rrule_and_exdates_are_refused_with_a_clear_message(agenda):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(rrule="FREQ=SOMETIMES", exdates="next tuesday")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "exdates" in error.value.message_dict
