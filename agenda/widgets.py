"""The admin's recurrence editor: the repeat rule as calendar apps offer it, the skipped and
extra dates as lists one adds to and removes from with a date picker. Both store what the
model always stored (RRULE text, one date per line); a rule the editor cannot show is kept as
written, shown with its summary (agenda/recurrence_text.py), and replaced only on request."""

from datetime import date
from pathlib import Path

from django import forms
from django.conf import settings
from django.forms.renderers import DjangoTemplates
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from agenda.recurrence_text import (
    ORDINALS,
    WEEKDAYS,
    Recurrence,
    build_rule,
    keeps_start_time,
    loose_recurrence,
    parse_rule,
    phrases,
)


class ProjectTemplates(DjangoTemplates):
    """Django's form renderer that also reads the project's templates/ folder, where every template
    lives (our widgets' too); the default renderer reads only Django's and the apps' folders.
    Not needed once FORM_RENDERER is TemplatesSetting (with "django.forms" installed)."""

    @cached_property
    def engine(self):
        dirs = [*settings.TEMPLATES[0]["DIRS"], Path(forms.__file__).parent / "templates"]
        return self.backend({"APP_DIRS": True, "DIRS": dirs, "NAME": "widgets", "OPTIONS": {}})


WIDGET_TEMPLATES = ProjectTemplates()


class ProjectTemplateMixin:
    """Renders the widget's template from the project's templates/ folder."""

    def _render(self, template_name, context, renderer=None):
        return super()._render(template_name, context, WIDGET_TEMPLATES)


MEDIA = forms.Media(js=["js/recurrence-editor.js"], css={"all": ["css/recurrence-editor.css"]})

REPEAT_CHOICES = [
    ("", _("Never")),
    ("DAILY", _("Every day")),
    ("WEEKLY", _("Every week")),
    ("MONTHLY", _("Every month")),
    ("YEARLY", _("Every year")),
]
CUSTOM = "CUSTOM"
WEEKDAY_CHOICES = list(
    zip(
        WEEKDAYS,
        [
            pgettext_lazy("weekday", "Monday"),
            pgettext_lazy("weekday", "Tuesday"),
            pgettext_lazy("weekday", "Wednesday"),
            pgettext_lazy("weekday", "Thursday"),
            pgettext_lazy("weekday", "Friday"),
            pgettext_lazy("weekday", "Saturday"),
            pgettext_lazy("weekday", "Sunday"),
        ],
        strict=True,
    )
)
ORDINAL_CHOICES = list(
    zip(
        [str(n) for n in ORDINALS],
        [
            pgettext_lazy("before a weekday", "the first"),
            pgettext_lazy("before a weekday", "the second"),
            pgettext_lazy("before a weekday", "the third"),
            pgettext_lazy("before a weekday", "the fourth"),
            pgettext_lazy("before a weekday", "the fifth"),
            pgettext_lazy("before a weekday", "the last"),
        ],
        strict=True,
    )
)
MONTHLY_CHOICES = [("monthday", _("on a day of the month")), ("weekday", _("on a weekday"))]
END_CHOICES = [("never", _("never")), ("until", _("on a date")), ("count", _("after"))]

# The editor's parts, in the order of MultiWidget's values.
PARTS = (
    "freq",
    "interval",
    "weekdays",
    "monthly",
    "nth",
    "weekday",
    "monthday",
    "ends",
    "until",
    "count",
    "custom",
)


def _number(value):
    """A whole number of 1 or more from a form's text, else the text itself (for the rule's
    validation to name what is wrong) or None when empty."""
    text = (value or "").strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


class RecurrenceWidget(ProjectTemplateMixin, forms.MultiWidget):
    """The `rrule` field as a recurrence editor; its value is the RRULE text."""

    template_name = "agenda/widgets/recurrence.html"

    def __init__(self, attrs=None):
        number = {"min": "1", "step": "1", "inputmode": "numeric", "class": "recurrence__number"}
        widgets = {
            "freq": forms.Select(choices=REPEAT_CHOICES),
            "interval": forms.NumberInput(attrs=number),
            "weekdays": forms.CheckboxSelectMultiple(choices=WEEKDAY_CHOICES),
            "monthly": forms.RadioSelect(choices=MONTHLY_CHOICES),
            "nth": forms.Select(choices=ORDINAL_CHOICES),
            "weekday": forms.Select(choices=WEEKDAY_CHOICES),
            "monthday": forms.NumberInput(attrs={**number, "max": "31"}),
            "ends": forms.RadioSelect(choices=END_CHOICES),
            "until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "count": forms.NumberInput(attrs=number),
            "custom": forms.HiddenInput(),
        }
        super().__init__(list(widgets.values()), attrs)  # parts named rrule_0, rrule_1…

    @property
    def media(self):
        return MEDIA

    def decompress(self, value):
        """The editor's values for the RRULE text `value`."""
        value = value or ""
        recurrence = parse_rule(value) if value else None
        if value and recurrence is None:
            return [CUSTOM, 1, [], "monthday", "1", "MO", None, "never", None, None, value]
        if recurrence is None:
            return ["", 1, [], "monthday", "1", "MO", None, "never", None, None, ""]
        ends = "until" if recurrence.until else "count" if recurrence.count else "never"
        return [
            recurrence.freq,
            recurrence.interval,
            list(recurrence.weekdays),
            "weekday" if recurrence.weekday else "monthday",
            str(recurrence.nth or 1),
            recurrence.weekday or "MO",
            recurrence.monthday,
            ends,
            recurrence.until,
            recurrence.count,
            "",
        ]

    def value_from_datadict(self, data, files, name):
        if f"{name}_0" not in data and name in data:
            return data[name] or ""  # the rule as text, as imports and API clients send it
        values = dict(zip(PARTS, super().value_from_datadict(data, files, name), strict=True))
        self.submitted = (name, values)
        return rule_from_parts(values)

    def build_attrs(self, base_attrs, extra_attrs=None):
        # The model field's max_length is the rule's, not one for each of the editor's parts.
        attrs = super().build_attrs(base_attrs, extra_attrs)
        attrs.pop("maxlength", None)
        return attrs

    def value_omitted_from_data(self, data, files, name):
        return name not in data and f"{name}_0" not in data

    def id_for_label(self, id_):
        """The field's label ("Repeats") names the choice of repeat, the editor's first part."""
        return f"{id_}_0" if id_ else ""

    def get_context(self, name, value, attrs):
        submitted = getattr(self, "submitted", None)
        if submitted and submitted[0] == name and rule_from_parts(submitted[1]) == value:
            # The form comes back with an error: show what was chosen, not its reading.
            value = [submitted[1][part] for part in PARTS]
        context = super().get_context(name, value, attrs)
        subwidgets = dict(zip(PARTS, context["widget"]["subwidgets"], strict=True))
        freq = subwidgets["freq"]
        custom_rule = subwidgets["custom"]["value"] or ""
        if freq["value"] == [CUSTOM] or (custom_rule and freq["value"] in ([], [""], None)):
            with_custom = forms.Select(choices=[*REPEAT_CHOICES, (CUSTOM, _("As written"))])
            freq["optgroups"] = with_custom.optgroups(freq["name"], [CUSTOM], freq["attrs"])
        context["parts"] = subwidgets
        context["custom_rule"] = custom_rule if freq["value"] == [CUSTOM] else ""
        context["phrases"] = phrases()
        context["phrases_id"] = f"{attrs.get('id', name)}-phrases"
        context["custom_parts"] = custom_parts(context["custom_rule"])
        context["custom_parts_id"] = f"{attrs.get('id', name)}-custom"
        return context


def rule_from_parts(values):
    """The RRULE text of the editor's submitted values ({part: text}); what it cannot read as a
    number or a date goes into the rule as written, for the rule's validation to name it."""
    freq = (values.get("freq") or "").upper()
    if freq == CUSTOM:
        return values.get("custom") or ""
    if freq not in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"):
        return ""
    interval = _number(values.get("interval")) or 1
    count = until = None
    ends = values.get("ends")
    if ends == "count":
        count = _number(values.get("count")) or "0"
    elif ends == "until":
        until = (values.get("until") or "").strip() or "?"
    monthday = weekday = None
    if freq == "MONTHLY" and values.get("monthly") == "weekday":
        weekday = values.get("weekday") if values.get("weekday") in WEEKDAYS else "MO"
    elif freq == "MONTHLY":
        monthday = _number(values.get("monthday"))
    if all(isinstance(x, int | None) for x in (interval, count, monthday)):
        day = _date(until) if until else None
        if not until or day:
            nth = values.get("nth")
            recurrence = Recurrence(
                freq=freq,
                interval=interval,
                weekdays=tuple(d for d in WEEKDAYS if d in (values.get("weekdays") or ())),
                nth=int(nth) if nth in {str(n) for n in ORDINALS} else 1,
                weekday=weekday,
                monthday=monthday,
                until=day,
                count=count,
            )
            return build_rule(recurrence)
    # Something is not a number or a date: written as such, the validation names it.
    parts = [f"FREQ={freq}", f"INTERVAL={interval}"]
    if monthday is not None:
        parts.append(f"BYMONTHDAY={monthday}")
    if count is not None:
        parts.append(f"COUNT={count}")
    if until is not None:
        parts.append(f"UNTIL={until}")
    return ";".join(str(part).replace(";", ",") for part in parts)


def custom_parts(rule):
    """What the editor's script says of a rule it cannot show: its end {count, until} and whether
    it names the start's time, or {} when the rule cannot be read (only "a custom rule")."""
    recurrence = loose_recurrence(rule) if rule else None
    if recurrence is None:
        return {}
    return {
        "count": recurrence.count,
        "until": recurrence.until.isoformat() if recurrence.until else None,
        "time": keeps_start_time(rule),
    }


def _date(text):
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class DateListWidget(ProjectTemplateMixin, forms.Widget):
    """A list of dates (one per line in the field) one adds to with a date picker and removes
    from with a button; dates with a time, from an imported calendar, are kept as written."""

    template_name = "agenda/widgets/date_list.html"

    def __init__(self, attrs=None, add_label=None):
        self.add_label = add_label or _("Add a date")
        super().__init__(attrs)

    @property
    def media(self):
        return MEDIA

    def format_value(self, value):
        text = (value or "").replace(",", "\n")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name) or ""]
        lines = [line.strip() for value in values for line in value.splitlines()]
        return "\n".join(line for line in lines if line)

    def value_omitted_from_data(self, data, files, name):
        return name not in data

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["dates"] = [
            {"value": text, "shown": _date(text) or text} for text in context["widget"]["value"]
        ]
        context["widget"]["add_label"] = self.add_label
        return context
