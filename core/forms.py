"""What the site's forms share: listing filters, upload limits."""

import re
from datetime import date
from urllib.parse import urlencode

from django import forms
from django.forms.utils import flatatt
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.search.query import MATCH_NONE, Phrase, PlainText
from wagtail.search.utils import AND

# The dates a listing filters on: far ones (0001-01-01, 9999-12-31) overflow date arithmetic.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def within_size(upload, max_bytes):
    """`upload`, or a ValidationError naming the limit when the file is larger."""
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("The file is larger than the %(limit)s MB allowed.")
            % {"limit": max_bytes // (1024 * 1024)}
        )
    return upload


def clean_keywords(text):
    """`text` without control characters (PostgreSQL refuses a NUL in a string, SQLite's FTS5
    reads one as the end of its query) nor surrounding spaces."""
    return CONTROL_CHARACTERS.sub(" ", text).strip()


def keywords_query(text):
    """What a visitor typed as a Wagtail search query: its words, and "quoted words" as a
    phrase. The quotes never reach the search backend (SQLite's FTS5 wraps each word in quotes
    without escaping the ones inside: a lone `"` was a syntax error); no word matches nothing."""
    parts = clean_keywords(text).split('"')
    queries = [
        Phrase(part.strip()) if quoted % 2 else PlainText(part)
        for quoted, part in enumerate(parts)
        if part.strip()
    ]
    return AND(queries) if queries else MATCH_NONE


class ListingDateField(forms.DateField):
    """A date between FIRST_DAY and LAST_DAY, in a date picker that offers only those."""

    widget = forms.DateInput(
        attrs={"type": "date", "min": FIRST_DAY.isoformat(), "max": LAST_DAY.isoformat()}
    )

    def validate(self, value):
        super().validate(value)
        if value and not FIRST_DAY <= value <= LAST_DAY:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": date_format(FIRST_DAY), "last": date_format(LAST_DAY)},
            )


class PlainSelect(forms.Select):
    """A <select> written in Python. Django renders each <option> through a template: the
    listings' filter forms (160 communes, the places, the organisations) spent a third of each
    listing's CPU time there. Same markup, same attributes, no template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, options, _index in widget["optgroups"]:
            html = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                ((o["value"], flatatt(o["attrs"]), o["label"]) for o in options),
            )
            groups.append(
                format_html('<optgroup label="{}">{}</optgroup>', group_name, html)
                if group_name
                else html
            )
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe("".join(groups)),  # noqa: S308 (each part escaped by format_html)
        )


class ListingFilterForm(forms.Form):
    """A GET form of filters: bad values are reported on the form and otherwise ignored, and
    the valid ones make the query string of pagination, open data and feeds. Its drop-down
    lists are PlainSelect."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if type(field.widget) is forms.Select:
                field.widget = PlainSelect(attrs=field.widget.attrs, choices=field.choices)

    def cleaned(self):
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", False)}

    def query_string(self, exclude=()):
        return urlencode(
            {
                name: "on" if value is True else getattr(value, "isoformat", lambda v=value: v)()
                for name, value in self.cleaned().items()
                if name not in exclude
            }
        )
