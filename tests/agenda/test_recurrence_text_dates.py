"""Dates in plain words, as each language says them (agenda/recurrence_text.py describe(),
core/calendar_names.py): "le 1er avril" in French, "il 1º aprile", "l'8 aprile", "l'11 aprile",
"il 3 dicembre" in Italian, every date of a list with its article; every frequency in French,
English and Italian. Exact strings: the phrases come from the catalogues (locale/)."""

from datetime import date, datetime

from django.utils import translation

import pytest

from agenda.dates import PARIS
from agenda.recurrence_text import describe
from core.calendar_names import day_and_month, elided

THURSDAY = datetime(2027, 4, 8, 18, 30, tzinfo=PARIS)
FIRST = datetime(2027, 4, 1, 18, 30, tzinfo=PARIS)
DECEMBER = datetime(2027, 12, 3, 10, 0, tzinfo=PARIS)

# (rule, start, options): every frequency the editor offers, and the dates around it.
CASES = {
    "daily": ("FREQ=DAILY", THURSDAY, {}),
    "every 2 days, 5 times": ("FREQ=DAILY;INTERVAL=2;COUNT=5", THURSDAY, {}),
    "weekly until": ("FREQ=WEEKLY;UNTIL=20270611", THURSDAY, {}),
    "weekly until the 1st": ("FREQ=WEEKLY;UNTIL=20270401T215959Z", THURSDAY, {}),
    "weekly, skipped": (
        "FREQ=WEEKLY;BYDAY=MO,TH",
        THURSDAY,
        {"skipped": [date(2027, 4, 15), date(2027, 5, 1), date(2027, 4, 11)]},
    ),
    "fortnightly": ("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", THURSDAY, {}),
    "monthly nth": ("FREQ=MONTHLY;BYDAY=2TU", THURSDAY, {}),
    "monthly last Sunday": ("FREQ=MONTHLY;BYDAY=-1SU", THURSDAY, {}),
    "every 3 months": ("FREQ=MONTHLY;INTERVAL=3;BYDAY=1SA", THURSDAY, {}),
    "monthly on the 1st": ("FREQ=MONTHLY", FIRST, {}),
    "monthly on the 8th": ("FREQ=MONTHLY;BYMONTHDAY=8", THURSDAY, {}),
    "yearly on the 1st": ("FREQ=YEARLY", FIRST, {"all_day": True}),
    "yearly on the 8th": ("FREQ=YEARLY", THURSDAY, {}),
    "every 2 years until the 11th": ("FREQ=YEARLY;INTERVAL=2;UNTIL=20310411", DECEMBER, {}),
    "extra dates": (
        "FREQ=WEEKLY;UNTIL=20280101",
        THURSDAY,
        {"extra": [datetime(2027, 12, 24, 18, 0, tzinfo=PARIS), date(2027, 12, 1)]},
    ),
    "one extra date": ("", THURSDAY, {"extra": [date(2027, 4, 11)]}),
    "custom": ("FREQ=HOURLY;COUNT=3", THURSDAY, {}),
}

EXPECTED = {
    "fr": {
        "daily": "tous les jours à 18h30",
        "every 2 days, 5 times": "tous les 2 jours à 18h30, 5 fois",
        "weekly until": "tous les jeudis à 18h30 jusqu'au 11 juin",
        "weekly until the 1st": "tous les jeudis à 18h30 jusqu'au 1er avril",
        "weekly, skipped": (
            "tous les lundis et jeudis à 18h30, sauf le 11 avril, le 15 avril et le 1er mai"
        ),
        "fortnightly": "toutes les 2 semaines le mercredi à 18h30",
        "monthly nth": "tous les mois le deuxième mardi à 18h30",
        "monthly last Sunday": "tous les mois le dernier dimanche à 18h30",
        "every 3 months": "tous les 3 mois le premier samedi à 18h30",
        "monthly on the 1st": "tous les mois le 1er à 18h30",
        "monthly on the 8th": "tous les mois le 8 à 18h30",
        "yearly on the 1st": "tous les ans le 1er avril",
        "yearly on the 8th": "tous les ans le 8 avril à 18h30",
        "every 2 years until the 11th": (
            "tous les 2 ans le 3 décembre à 10h00 jusqu'au 11 avril 2031"
        ),
        "extra dates": (
            "tous les jeudis à 18h30 jusqu'au 1er janvier 2028, "
            "et aussi le 1er décembre et le 24 décembre"
        ),
        "one extra date": "et aussi le 11 avril",
        "custom": "se répète selon une règle particulière, 3 fois",
    },
    "en": {
        "daily": "every day at 18:30",
        "every 2 days, 5 times": "every 2 days at 18:30, 5 times",
        "weekly until": "every Thursday at 18:30 until 11 June",
        "weekly until the 1st": "every Thursday at 18:30 until 1 April",
        "weekly, skipped": (
            "every Monday and Thursday at 18:30, except 11 April, 15 April and 1 May"
        ),
        "fortnightly": "every 2 weeks on Wednesday at 18:30",
        "monthly nth": "every month on the second Tuesday at 18:30",
        "monthly last Sunday": "every month on the last Sunday at 18:30",
        "every 3 months": "every 3 months on the first Saturday at 18:30",
        "monthly on the 1st": "every month on day 1 at 18:30",
        "monthly on the 8th": "every month on day 8 at 18:30",
        "yearly on the 1st": "every year on 1 April",
        "yearly on the 8th": "every year on 8 April at 18:30",
        "every 2 years until the 11th": "every 2 years on 3 December at 10:00 until 11 April 2031",
        "extra dates": (
            "every Thursday at 18:30 until 1 January 2028, also 1 December and 24 December"
        ),
        "one extra date": "also 11 April",
        "custom": "repeats following a custom rule, 3 times",
    },
    "it": {
        "daily": "ogni giorno alle 18:30",
        "every 2 days, 5 times": "ogni 2 giorni alle 18:30, 5 volte",
        "weekly until": "ogni giovedì alle 18:30 fino all'11 giugno",
        "weekly until the 1st": "ogni giovedì alle 18:30 fino al 1º aprile",
        "weekly, skipped": (
            "ogni lunedì e giovedì alle 18:30, tranne l'11 aprile, il 15 aprile e il 1º maggio"
        ),
        "fortnightly": "ogni 2 settimane il mercoledì alle 18:30",
        "monthly nth": "ogni mese il secondo martedì alle 18:30",
        "monthly last Sunday": "ogni mese l'ultima domenica alle 18:30",
        "every 3 months": "ogni 3 mesi il primo sabato alle 18:30",
        "monthly on the 1st": "ogni mese il giorno 1 alle 18:30",
        "monthly on the 8th": "ogni mese il giorno 8 alle 18:30",
        "yearly on the 1st": "ogni anno il 1º aprile",
        "yearly on the 8th": "ogni anno l'8 aprile alle 18:30",
        "every 2 years until the 11th": (
            "ogni 2 anni il 3 dicembre alle 10:00 fino all'11 aprile 2031"
        ),
        "extra dates": (
            "ogni giovedì alle 18:30 fino al 1º gennaio 2028, "
            "e anche il 1º dicembre e il 24 dicembre"
        ),
        "one extra date": "e anche l'11 aprile",
        "custom": "si ripete secondo una regola particolare, 3 volte",
    },
}


@pytest.mark.parametrize("language", EXPECTED)
@pytest.mark.parametrize("case", CASES)
def test_every_frequency_reads_right(language, case):
    rule, start, options = CASES[case]
    with translation.override(language):
        assert describe(rule, start, **options) == EXPECTED[language][case]


@pytest.mark.parametrize(
    ("language", "day", "text"),
    [
        ("fr", date(2027, 4, 1), "1er avril"),
        ("fr", date(2027, 4, 8), "8 avril"),
        ("it", date(2027, 4, 1), "1º aprile"),
        ("it", date(2027, 4, 11), "11 aprile"),
        ("it", date(2027, 12, 3), "3 dicembre"),
        ("en", date(2027, 4, 1), "1 April"),
    ],
)
def test_day_and_month(language, day, text):
    with translation.override(language):
        assert day_and_month(day) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il 8 aprile", "l'8 aprile"),
        ("Il 11 aprile", "L'11 aprile"),
        ("dal 8 al 15 aprile", "dall'8 al 15 aprile"),
        ("dal 3 al 11 aprile", "dal 3 all'11 aprile"),
        ("fino al 11 maggio, nel 8", "fino all'11 maggio, nell'8"),
        ("il 3 dicembre, il 18 marzo, il 80", "il 3 dicembre, il 18 marzo, il 80"),
        ("il giorno 8", "il giorno 8"),
    ],
)
def test_italian_elides_the_article_before_8_and_11(text, expected):
    with translation.override("it"):
        assert elided(text) == expected
    with translation.override("fr"):
        assert elided(text) == text
