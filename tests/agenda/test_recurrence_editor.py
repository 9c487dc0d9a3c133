"""The recurrence editor: the repeat in plain words (fr/en/it) from agenda/recurrence_text.py, the
editor's widgets (form data → RRULE → the editor shows it again), a rule it cannot show kept as
written, and the event page's summary and moved or cancelled dates."""

import json
import os
import shutil
import subprocess
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import translation
from django.utils.formats import date_format

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from agenda.dates import PARIS, validate_rrule
from agenda.recurrence_text import (
    ORDINALS,
    WEEKDAYS,
    Recurrence,
    build_rule,
    describe,
    parse_rule,
    phrases,
)
from agenda.widgets import PARTS, DateListWidget, RecurrenceWidget, custom_parts
from tests.agenda.conftest import in_days, paris, weekly_with_changes
from tests.agenda.test_recurrence_text_dates import CASES as DATE_CASES

START = paris(2026, 4, 1, 18, 30)  # a Wednesday

SUMMARIES = [
    (
        "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624",
        {
            "en": "every Wednesday at 18:30 until 24 June",
            "fr": "tous les mercredis à 18h30 jusqu'au 24 juin",
            "it": "ogni mercoledì alle 18:30 fino al 24 giugno",
        },
    ),
    (
        "FREQ=DAILY",
        {
            "en": "every day at 18:30",
            "fr": "tous les jours à 18h30",
            "it": "ogni giorno alle 18:30",
        },
    ),
    (
        "FREQ=DAILY;INTERVAL=3;COUNT=4",
        {
            "en": "every 3 days at 18:30, 4 times",
            "fr": "tous les 3 jours à 18h30, 4 fois",
            "it": "ogni 3 giorni alle 18:30, 4 volte",
        },
    ),
    (
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        {
            "en": "every 2 weeks on Monday and Thursday at 18:30",
            "fr": "toutes les 2 semaines le lundi et jeudi à 18h30",
            "it": "ogni 2 settimane il lunedì e giovedì alle 18:30",
        },
    ),
    (
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=1",
        {
            "en": "every Monday, Wednesday and Friday at 18:30, 1 time",
            "fr": "tous les lundis, mercredis et vendredis à 18h30, 1 fois",
            "it": "ogni lunedì, mercoledì e venerdì alle 18:30, 1 volta",
        },
    ),
    (
        "FREQ=MONTHLY;BYDAY=2TU",
        {
            "en": "every month on the second Tuesday at 18:30",
            "fr": "tous les mois le deuxième mardi à 18h30",
            "it": "ogni mese il secondo martedì alle 18:30",
        },
    ),
    (
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1SU",
        {
            "en": "every 2 months on the last Sunday at 18:30",
            "fr": "tous les 2 mois le dernier dimanche à 18h30",
            "it": "ogni 2 mesi l'ultima domenica alle 18:30",
        },
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270115",
        {
            "en": "every month on day 15 at 18:30 until 15 January 2027",
            "fr": "tous les mois le 15 à 18h30 jusqu'au 15 janvier 2027",
            "it": "ogni mese il giorno 15 alle 18:30 fino al 15 gennaio 2027",
        },
    ),
    (
        "FREQ=YEARLY",
        {
            "en": "every year on 1 April at 18:30",
            "fr": "tous les ans le 1er avril à 18h30",
            "it": "ogni anno il 1º aprile alle 18:30",
        },
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=3",
        {
            "en": "repeats following a custom rule at 18:30, 3 times",
            "fr": "se répète selon une règle particulière à 18h30, 3 fois",
            "it": "si ripete secondo una regola particolare alle 18:30, 3 volte",
        },
    ),
]


@pytest.mark.parametrize("language", ["en", "fr", "it"])
@pytest.mark.parametrize(("rule", "expected"), SUMMARIES, ids=[rule for rule, _ in SUMMARIES])
def test_the_summary_says_each_kind_of_rule_in_each_language(rule, expected, language):
    with translation.override(language):
        assert describe(rule, START) == expected[language]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "every Wednesday until 24 June, except 15 April and 22 April, also 2 May"),
        (
            "fr",
            "tous les mercredis jusqu'au 24 juin, sauf le 15 avril et le 22 avril, "
            "et aussi le 2 mai",
        ),
        (
            "it",
            "ogni mercoledì fino al 24 giugno, tranne il 15 aprile e il 22 aprile, "
            "e anche il 2 maggio",
        ),
    ],
)
def test_the_summary_of_an_all_day_series_names_its_skipped_and_extra_dates(language, expected):
    with translation.override(language):
        summary = describe(
            "FREQ=WEEKLY;UNTIL=20260624",
            paris(2026, 4, 1),
            all_day=True,
            skipped=[date(2026, 4, 22), date(2026, 4, 15)],
            extra=[datetime(2026, 5, 2, 10, 0)],
        )
    assert summary == expected


def test_no_rule_and_no_extra_date_say_nothing():
    assert describe("", START) == ""


def test_an_unreadable_rule_is_only_said_to_be_custom():
    with translation.override("en"):
        assert describe("not a rule", START) == "repeats following a custom rule"
        assert describe("FREQ=WEEKLY;COUNT=0", START) == "repeats following a custom rule"


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=HOURLY;BYMINUTE=0,30", "repeats following a custom rule"),
        ("FREQ=WEEKLY;BYHOUR=10,14;COUNT=4", "repeats following a custom rule, 4 times"),
        ("FREQ=DAILY;BYMINUTE=0;UNTIL=20260410", "repeats following a custom rule until 10 April"),
    ],
)
def test_a_custom_rule_that_sets_its_own_times_names_no_time(rule, expected):
    """Its dates are not all at the start's time: "at 18:30" would mislead."""
    with translation.override("en"):
        assert describe(rule, START) == expected


# --- the editor's script says the same ----------------------------------------------------------

EDITOR_SCRIPT = settings.BASE_DIR / "static" / "js" / "recurrence-editor.js"
# Runs the script's describe() under node on the cases read from stdin; prints the sentences.
RUN_SCRIPT = """
globalThis.document = { readyState: "loading", addEventListener() {} };
const { describe, parseDay } = require(process.argv[1]);
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const said = cases.map((c) => {
  const r = c.rule && Object.assign({}, c.rule, { until: c.rule.until && parseDay(c.rule.until) });
  const days = (values) => values.map(parseDay);
  return describe(r, parseDay(c.start), c.all_day, days(c.skipped), days(c.extra), c.phrases);
});
console.log(JSON.stringify(said));
"""

# (rule, start, options) as describe() takes them: the kinds of rule above, the dates of
# test_recurrence_text_dates.py (the 1st, the 8th, the 11th, lists), and an all-day series.
SCRIPT_CASES = [
    *((rule, START, {}) for rule, _ in SUMMARIES),
    *DATE_CASES.values(),
    (
        "FREQ=WEEKLY;UNTIL=20260624",
        paris(2026, 4, 1),
        {
            "all_day": True,
            "skipped": [date(2026, 4, 22), date(2026, 4, 15), date(2026, 4, 8)],
            "extra": [datetime(2026, 5, 11, 10, 0), date(2026, 5, 1), date(2027, 8, 1)],
        },
    ),
    ("FREQ=MONTHLY;BYMONTHDAY=11;UNTIL=20260808", START, {"skipped": [date(2026, 5, 11)]}),
    ("", START, {"extra": [date(2026, 8, 8), date(2026, 5, 1)]}),
    ("FREQ=HOURLY;BYMINUTE=0,30;UNTIL=20260501", START, {}),
]


def as_the_editor_reads(rule):
    """`rule` as the script reads it from the editor's fields (recurrenceOf)."""
    if not rule:
        return None
    recurrence = parse_rule(rule)
    if recurrence is None:
        parts = custom_parts(rule)
        if not parts:
            return {"unknown": True}
        return {"freq": "CUSTOM", "interval": 1, "weekdays": [], **parts}
    return {
        "freq": recurrence.freq,
        "interval": recurrence.interval,
        "weekdays": list(recurrence.weekdays),
        "weekday": recurrence.weekday,
        "nth": recurrence.nth or 1,
        "monthday": recurrence.monthday,
        "until": recurrence.until.isoformat() if recurrence.until else None,
        "count": recurrence.count,
    }


def as_the_form_writes(value):
    """A date or datetime as the editor's fields hold it."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return value.isoformat()


@pytest.fixture
def node():
    path = shutil.which("node")
    if path is None:
        message = "node is missing: the editor's script check needs Node.js"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.parametrize("language", ["fr", "en", "it"])
def test_the_editors_script_says_what_the_event_page_says(node, language):
    """The live summary of the editor (static/js/recurrence-editor.js) is describe()'s sentence,
    with the same phrases: the 1st ("1er", "1º"), Italian elisions, each date of a list."""
    cases = []
    with translation.override(language):
        expected = [describe(rule, start, **options) for rule, start, options in SCRIPT_CASES]
        for rule, start, options in SCRIPT_CASES:
            cases.append(
                {
                    "rule": as_the_editor_reads(rule),
                    "start": as_the_form_writes(start.astimezone(PARIS)),
                    "all_day": options.get("all_day", False),
                    "skipped": [as_the_form_writes(day) for day in options.get("skipped", [])],
                    "extra": [as_the_form_writes(day) for day in options.get("extra", [])],
                    "phrases": phrases(),
                }
            )
    result = subprocess.run(
        [node, "-e", RUN_SCRIPT, str(EDITOR_SCRIPT)],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    said = json.loads(result.stdout)
    assert said == expected
    if language == "it":  # the cases do reach the 1st and an elision
        assert any("il 1º aprile" in text for text in said)
        assert any("l'8 aprile" in text for text in said)
        assert any("all'11" in text for text in said)
    if language == "fr":
        assert any("le 1er" in text for text in said)


# --- the editor's widgets ------------------------------------------------------------------------


def submitted(**values):
    """The POST data of the editor's parts ({part: value}), as the browser sends them."""
    data = QueryDict(mutable=True)
    for part, value in values.items():
        name = f"rrule_{PARTS.index(part)}"
        if isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    return data


@pytest.mark.parametrize(
    ("values", "rule"),
    [
        ({"freq": ""}, ""),
        ({"freq": "DAILY", "interval": "1", "ends": "never"}, "FREQ=DAILY"),
        (
            {
                "freq": "WEEKLY",
                "interval": "1",
                "weekdays": ["WE"],
                "ends": "until",
                "until": "2026-06-24",
            },
            "FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624",
        ),
        (
            {
                "freq": "WEEKLY",
                "interval": "2",
                "weekdays": ["TH", "MO"],
                "ends": "count",
                "count": "8",
            },
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=8",
        ),
        (
            {
                "freq": "MONTHLY",
                "monthly": "weekday",
                "nth": "-1",
                "weekday": "FR",
                "ends": "never",
            },
            "FREQ=MONTHLY;BYDAY=-1FR",
        ),
        (
            {"freq": "MONTHLY", "monthly": "monthday", "monthday": "15", "ends": "never"},
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
        ({"freq": "YEARLY", "interval": "3", "ends": "never"}, "FREQ=YEARLY;INTERVAL=3"),
    ],
)
def test_the_editor_writes_the_rule_and_shows_it_again(values, rule):
    widget = RecurrenceWidget()
    assert widget.value_from_datadict(submitted(**values), {}, "rrule") == rule
    shown = dict(zip(PARTS, RecurrenceWidget().decompress(rule), strict=True))
    for part, value in values.items():
        if part in ("interval", "monthday", "count"):
            assert str(shown[part]) == value
        elif part == "until":
            assert shown[part].isoformat() == value
        elif part == "weekdays":
            assert shown[part] == sorted(value, key=WEEKDAYS.index)
        else:
            assert shown[part] == value


def rendered(widget, name, value):
    return BeautifulSoup(widget.render(name, value, {"id": f"id_{name}"}), "html.parser")


def chosen(html, name):
    """The values the rendered form sends for `name`: selected options, checked boxes, the rest."""
    fields = html.find_all(attrs={"name": name})
    values = []
    for field in fields:
        if field.name == "select":
            values += [option["value"] for option in field.find_all("option", selected=True)]
        elif field.get("type") in ("checkbox", "radio"):
            values += [field["value"]] if field.has_attr("checked") else []
        else:
            values.append(field.get("value"))
    return values


def test_the_rendered_editor_checks_what_the_rule_says():
    html = rendered(RecurrenceWidget(), "rrule", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5")
    assert chosen(html, "rrule_0") == ["WEEKLY"]
    assert chosen(html, "rrule_2") == ["MO", "WE"]
    assert chosen(html, "rrule_7") == ["count"]
    assert chosen(html, "rrule_9") == ["5"]
    # the groups of choices are fieldsets named by their legend; every field has a label
    legends = [fieldset.legend.get_text(strip=True) for fieldset in html.find_all("fieldset")]
    assert all(legends) and len(legends) >= 3
    # the field's own label (Wagtail's) names the choice of repeat
    labelled = {label["for"] for label in html.find_all("label") if label.has_attr("for")}
    labelled.add(RecurrenceWidget().id_for_label("id_rrule"))
    for field in html.find_all(["input", "select"]):
        if field.get("type") != "hidden":
            assert field["id"] in labelled or field.find_parent("label"), field


def test_a_rule_the_editor_cannot_show_is_kept_and_shown_as_written():
    rule = "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1"
    html = rendered(RecurrenceWidget(), "rrule", rule)
    assert chosen(html, "rrule_0") == ["CUSTOM"]
    assert html.find("code").get_text() == rule
    assert chosen(html, "rrule_10") == [rule]
    # sent back untouched, it stays; another choice replaces it
    data = submitted(freq="CUSTOM", custom=rule, ends="never")
    assert RecurrenceWidget().value_from_datadict(data, {}, "rrule") == rule
    data = submitted(freq="DAILY", custom=rule, ends="never")
    assert RecurrenceWidget().value_from_datadict(data, {}, "rrule") == "FREQ=DAILY"


def test_a_rule_sent_as_text_is_taken_as_written():
    """Imports, API clients and older forms post the rule itself, not the editor's parts."""
    widget = RecurrenceWidget()
    data = QueryDict("rrule=FREQ%3DWEEKLY%3BBYDAY%3DTH%3BCOUNT%3D4")
    assert widget.value_from_datadict(data, {}, "rrule") == "FREQ=WEEKLY;BYDAY=TH;COUNT=4"
    assert not widget.value_omitted_from_data(data, {}, "rrule")
    assert widget.value_omitted_from_data(QueryDict(), {}, "rrule")
    assert not widget.value_omitted_from_data(submitted(freq=""), {}, "rrule")


def test_what_is_not_a_number_or_a_date_gets_a_plain_message_and_is_shown_again():
    widget = RecurrenceWidget()
    data = submitted(freq="WEEKLY", interval="deux", ends="count", count="0")
    rule = widget.value_from_datadict(data, {}, "rrule")
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_rrule(rule, START)
    assert error.value.message_dict["rrule"] == [
        "Repeat every 1 or more: write a whole number, such as 2 for every other week."
    ]
    html = rendered(widget, "rrule", rule)
    assert chosen(html, "rrule_1") == ["deux"]  # what was typed, not a custom rule
    assert chosen(html, "rrule_0") == ["WEEKLY"]
    assert chosen(html, "rrule_9") == ["0"]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=WEEKLY;COUNT=0", "The number of times must be a whole number, 1 or more."),
        ("FREQ=WEEKLY;UNTIL=20261301", "The end date of the repeat is not a date: choose it"),
        ("FREQ=WEEKLY;UNTIL=20260301", "The repeat ends before the event starts"),
        ("FREQ=WEEKLY;COUNT=2;UNTIL=20260601", "A series ends either on a date or after"),
        ("BYDAY=MO", "Choose how often the event repeats"),
        ("FREQ=WEEKLY;BYDAY", "This repeat rule cannot be read."),
        ("FREQ=WEEKLY;;", "This repeat rule cannot be read."),
        ("FREQ=WEEKLY;BYDAY=XX", "This repeat rule cannot be read."),
    ],
)
def test_a_bad_rule_gets_a_plain_message_on_the_field(rule, message):
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_rrule(rule, START)
    (text,) = error.value.message_dict["rrule"]
    assert text.startswith(message)
    assert "unpack" not in text


def test_the_date_list_keeps_one_date_per_line_and_shows_each_with_a_remove_button():
    widget = DateListWidget()
    data = QueryDict(mutable=True)
    data.setlist("exdates", ["2026-04-08", "2026-04-15 18:30", ""])
    value = widget.value_from_datadict(data, {}, "exdates")
    assert value == "2026-04-08\n2026-04-15 18:30"
    with translation.override("en"):
        html = rendered(widget, "exdates", value)
    items = html.select("[data-date-list-items] > li")
    assert [item.find("input", type="hidden")["value"] for item in items] == [
        "2026-04-08",
        "2026-04-15 18:30",  # kept as written
    ]
    assert items[0].find("button").get_text(" ", strip=True) == "Remove Wednesday 8 April 2026"
    assert "2026-04-15 18:30" in items[1].find("button").get_text()
    picker = html.find("input", type="date")
    assert (picker["name"], picker["id"]) == ("exdates", "id_exdates")
    assert html.find("button", attrs={"data-date-list-add": True}).get_text() == "Add a date"
    # posted back as the browser sends it (the picker's empty value too), nothing changes
    data.setlist("exdates", [*value.splitlines(), ""])
    assert widget.value_from_datadict(data, {}, "exdates") == value


# --- every rule the editor makes comes back -----------------------------------------------------

recurrences = st.builds(
    lambda freq, interval, weekdays, nth, weekday, monthly, monthday, end, until, count: Recurrence(
        freq=freq,
        interval=interval,
        weekdays=tuple(day for day in WEEKDAYS if day in weekdays) if freq == "WEEKLY" else (),
        nth=nth if freq == "MONTHLY" and monthly == "weekday" else None,
        weekday=weekday if freq == "MONTHLY" and monthly == "weekday" else None,
        monthday=monthday if freq == "MONTHLY" and monthly == "monthday" else None,
        until=until if end == "until" else None,
        count=count if end == "count" else None,
    ),
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.integers(1, 52),
    st.sets(st.sampled_from(WEEKDAYS)),
    st.sampled_from(ORDINALS),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(["weekday", "monthday"]),
    st.one_of(st.none(), st.integers(1, 31)),
    st.sampled_from(["never", "until", "count"]),
    st.dates(date(2026, 4, 1), date(2030, 12, 31)),
    st.integers(1, 400),
)


@given(recurrences)
def test_every_rule_the_editor_writes_reads_back_the_same(recurrence):
    rule = build_rule(recurrence)
    assert parse_rule(rule) == recurrence
    validate_rrule(rule, START)  # and it is a valid rule
    widget = RecurrenceWidget()
    values = widget.decompress(rule)
    data = QueryDict(mutable=True)
    for index, value in enumerate(values):
        if isinstance(value, list):
            data.setlist(f"rrule_{index}", value)
        elif value is not None:
            data[f"rrule_{index}"] = value.isoformat() if isinstance(value, date) else str(value)
    assert widget.value_from_datadict(data, {}, "rrule") == rule


# --- the event page ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_event_page_says_the_repeat_and_marks_moved_and_cancelled_dates(client, agenda):
    first = in_days(2)
    event = weekly_with_changes(agenda, first)
    response = client.get(event.url)
    html = response.content.decode()
    with translation.override("fr"):
        summary = describe(event.rrule, event.start)
    assert (
        summary and f'<dd class="recurrence-summary">{summary[0].upper()}{summary[1:]}</dd>' in html
    )
    items = html.split('<ul class="plain-list dates">')[1].split("</ul>")[0].split("<li>")[1:]
    assert len(items) == 3
    assert "status--cancelled" in items[1] and "status--moved" not in items[1]
    moved = (first + timedelta(days=14)).astimezone(paris(2026, 1, 1).tzinfo)
    with translation.override("fr"):
        assert "status--moved" in items[2] and date_format(moved, "l j F") in items[2]
    assert "status--moved" not in items[0] and "status--cancelled" not in items[0]
