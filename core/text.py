"""Words compared and sorted the French way: accents and case count only after the letters
(Éourres among the E's, not after Z), whatever the database's collation.

`french_sort_key` uses ICU's French collation when PyICU is installed, else accent folding
and casefolding; `in_french_order` gives a queryset that order in SQL any database runs."""

import unicodedata

from django.db.models import Case, IntegerField, Value, When

try:
    from icu import Collator, Locale
except ImportError:  # PyICU is optional: folding below sorts the site's names the same way
    _collator = None
else:
    _collator = Collator.createInstance(Locale("fr_FR"))

LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def fold(text):
    """`text` without accents, ligatures or case: what a search or a sort compares first."""
    decomposed = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def french_sort_key(text):
    """A key for `sorted()` that puts `text` where a French dictionary would."""
    text = text or ""
    if _collator is not None:
        return _collator.getSortKey(text)
    # letters first, then case and accents, then the text itself to break ties stably
    return fold(text), text.casefold(), text


def in_french_order(queryset, field):
    """`queryset` ordered by `field` in French order. The order is computed here and given to
    the database as positions (no collation needed: SQLite and PostgreSQL alike), which
    suits the short lists that pickers show (organisations, communes)."""
    rows = sorted(queryset.values_list("pk", field), key=lambda row: french_sort_key(row[1]))
    if not rows:
        return queryset.order_by("pk")
    position = Case(
        *[When(pk=pk, then=Value(index)) for index, (pk, _name) in enumerate(rows)],
        default=Value(len(rows)),
        output_field=IntegerField(),
    )
    return queryset.order_by(position, field, "pk")
