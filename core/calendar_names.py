"""Day and month names as each language writes them inside a sentence: Italian writes
"giovedì 3 dicembre", but Django's Italian catalogue capitalises them ("Giovedì 3 Dicembre").
Our catalogues come first (LOCALE_PATHS), so the names translated there win over Django's for
the `date` filter's l, D and F; they are listed here so that makemessages keeps them.

And the day of the month as a sentence writes it: "le 1er avril", "il 1º aprile", "l'8 aprile"
(`day_and_month`, `elided`), which no Django date format says."""

import re

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext_noop

WEEKDAYS = [
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
]
WEEKDAYS_ABBR = [
    gettext_noop("Mon"),
    gettext_noop("Tue"),
    gettext_noop("Wed"),
    gettext_noop("Thu"),
    gettext_noop("Fri"),
    gettext_noop("Sat"),
    gettext_noop("Sun"),
]
MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]


# Days of the month inside a sentence --------------------------------------------------------

# Italian elides the article before a number read with a vowel: "l'8 aprile", "l'11 aprile",
# "dall'8 al 15 aprile", "fino all'11 maggio" (otto, undici; 80 and 800 never name a day).
_ITALIAN_ELISION = re.compile(r"\b(il|al|dal|del|nel|sul) (8|11)(?![\d,.º])", re.IGNORECASE)
_ELIDED = {"il": "l'", "al": "all'", "dal": "dall'", "del": "dell'", "nel": "nell'", "sul": "sull'"}


def _language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def day_number(day):
    """The day of the month alone as a sentence writes it: "le 1er" in French ("il giorno 1"
    in Italian, "day 1" in English)."""
    return "1er" if day == 1 and _language() == "fr" else str(day)


def day_and_month(day, year=False):
    """ "1er avril", "1º aprile", "1 April" (with the year: "1er avril 2027")."""
    number = "1º" if day.day == 1 and _language() == "it" else day_number(day.day)
    text = f"{number} {date_format(day, 'F')}"
    return f"{text} {day.year}" if year else text


def elisions():
    """{article: elided article} of the active language, for a script doing what `elided`
    does ({} but in Italian)."""
    return dict(_ELIDED) if _language() == "it" else {}


def elided(text):
    """`text` with the Italian articles elided before a day read with a vowel ("il 8 aprile"
    → "l'8 aprile", "dal 11" → "dall'11"); as it is in any other language."""
    if _language() != "it":
        return text

    def elide(match):
        article = _ELIDED[match[1].lower()]
        if match[1][0].isupper():
            article = article[0].upper() + article[1:]
        return article + match[2]

    return _ITALIAN_ELISION.sub(elide, text)
