"""The public event proposal form: anyone may propose an event, which becomes a draft submitted
to the editors' moderation workflow, and the proposer gets an acknowledgement by e-mail.

Abuse is kept out in layers: a honeypot field (a filled one gets a fake success), a rate limit
per IP address and per e-mail address in Django's cache, a cap on the request body and on every
field, and no markup at all in any text (what is accepted is still escaped when stored).

The agenda's route passes the event model (`event_model`, EventPage), so that this module stays
below agenda/models.py; what the proposer is told after the review is in agenda/signals.py."""

import logging
import re
from datetime import datetime, timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import URLValidator
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format, time_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Site

from agenda.dates import PARIS, local_midnight
from core.models import Commune, Theme
from core.net import client_ip
from core.ratelimit import RateLimit
from core.sanitize import text_to_paragraphs
from core.taxonomies import taxonomy_choices

logger = logging.getLogger(__name__)

# Defaults of the settings read by `limit()`.
LIMITS = {
    "AGENDA_PROPOSALS_PER_IP_PER_HOUR": 3,
    "AGENDA_PROPOSALS_PER_EMAIL_PER_DAY": 3,
    "AGENDA_PROPOSAL_MAX_BODY_BYTES": 64 * 1024,
}
DESCRIPTION_MAX = 5000
SUMMARY_MAX = 300  # EventPage.summary
YEARS_AHEAD = 2

MARKUP = re.compile(r"<\s*[a-zA-Z/!?]")  # a tag, a closing tag, a comment or a doctype
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # newlines and tabs included
CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # all but \t \n \r
SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


def limit(name):
    return getattr(settings, name, LIMITS[name])


def refuse_markup(value):
    if MARKUP.search(value):
        raise ValidationError(
            gettext_lazy("Write plain text: HTML tags and other markup are not accepted."),
            code="markup",
        )


def refuse_control_characters(value):
    if CONTROL.search(value):
        raise ValidationError(gettext_lazy("Write this on one line."), code="control")


def refuse_control_characters_in_text(value):
    if CONTROL_IN_TEXT.search(value):
        raise ValidationError(gettext_lazy("Remove the invisible characters."), code="control")


def line(label, max_length, required=True, help_text="", **attrs):
    """A one-line text field that refuses markup and line breaks."""
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        validators=[refuse_control_characters, refuse_markup],
        widget=forms.TextInput(attrs=attrs),
    )


class ProposalForm(forms.Form):
    """What a proposer tells about their event; `clean()` also yields the start, end and
    all-day flag as the event stores them."""

    title = line(gettext_lazy("Name of the event"), 160)
    description = forms.CharField(
        label=gettext_lazy("Description"),
        max_length=DESCRIPTION_MAX,
        help_text=gettext_lazy(
            "What, for whom, how much. The first sentence is the event's summary. Plain text, "
            "up to 5,000 characters."
        ),
        validators=[refuse_control_characters_in_text, refuse_markup],
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    theme = forms.ChoiceField(label=gettext_lazy("Theme"), required=False)
    link = forms.URLField(
        label=gettext_lazy("Web page of the event"),
        help_text=gettext_lazy("For more information or to register, starting with https://"),
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"]), refuse_markup],
        widget=forms.URLInput(attrs={"inputmode": "url"}),
    )

    start_date = forms.DateField(
        label=gettext_lazy("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    start_time = forms.TimeField(
        label=gettext_lazy("Start time"),
        required=False,
        help_text=gettext_lazy("Leave the times empty for an all-day event."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    end_date = forms.DateField(
        label=gettext_lazy("End date"),
        required=False,
        help_text=gettext_lazy("Only if the event lasts several days."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end_time = forms.TimeField(
        label=gettext_lazy("End time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    venue = line(
        gettext_lazy("Place"),
        160,
        help_text=gettext_lazy("The name of the hall, café, farm… where it happens, or “online”."),
    )
    address = line(gettext_lazy("Address"), 255, required=False)
    commune = forms.ChoiceField(label=gettext_lazy("Commune"), required=False)

    name = line(gettext_lazy("Your name or your organisation's"), 120, autocomplete="name")
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        max_length=254,
        help_text=gettext_lazy(
            "Not published. We send you an acknowledgement, and the editors may write to you "
            "about this proposal."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    # The honeypot: hidden from people (see the template), filled in by many robots.
    website = forms.CharField(
        label=gettext_lazy("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    FIELDSETS = [
        (gettext_lazy("The event"), ["title", "description", "theme", "link"]),
        (gettext_lazy("When"), ["start_date", "start_time", "end_date", "end_time"]),
        (gettext_lazy("Where"), ["venue", "address", "commune"]),
        (gettext_lazy("Who proposes it"), ["name", "email"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("Choose a theme")), *taxonomy_choices(Theme)]
        self.fields["commune"].choices = [
            ("", _("Choose a commune")),
            *taxonomy_choices(Commune, "insee"),
        ]

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    def clean(self):
        data = super().clean()
        start_date, start_time = data.get("start_date"), data.get("start_time")
        end_date, end_time = data.get("end_date"), data.get("end_time")
        if start_date is None or "start_time" in self.errors:
            return data
        today = timezone.localdate(timezone=PARIS)
        horizon = today + timedelta(days=366 * YEARS_AHEAD)
        if start_date < today:
            self.add_error("start_date", _("This date has passed."))
        elif start_date > horizon or (end_date and end_date > horizon):
            field = "end_date" if start_date <= horizon else "start_date"
            self.add_error(field, _("Propose events of the next two years only."))
        elif start_time is None:
            if end_time is not None:
                self.add_error("start_time", _("Give the start time too, or no time at all."))
            elif end_date and end_date < start_date:
                self.add_error("end_date", _("The event must end after it starts."))
            else:
                data["all_day"] = True
                data["start"] = local_midnight(start_date)
                data["end"] = local_midnight(end_date or start_date)
        else:
            start = datetime.combine(start_date, start_time, tzinfo=PARIS)
            end = None
            if end_time is not None:
                end = datetime.combine(end_date or start_date, end_time, tzinfo=PARIS)
            elif end_date:
                self.add_error("end_time", _("Give the end time of the last day."))
            if start < timezone.now():
                self.add_error("start_time", _("This time has passed."))
            elif end is not None and end <= start:
                self.add_error("end_time", _("The event must end after it starts."))
            else:
                data["all_day"] = False
                data["start"], data["end"] = start, end
        return data


def summary_of(text):
    """The description's first sentence, on one line, at most SUMMARY_MAX characters."""
    flat = " ".join(text.split())
    first = SENTENCE_END.split(flat, maxsplit=1)[0]
    return Truncator(first).chars(SUMMARY_MAX)


def create_proposal(agenda, data, event_model):
    """The draft event (an `event_model`), submitted to the moderation workflow (by nobody: the
    proposer has no account, and Wagtail's WorkflowState.requested_by may be empty)."""
    page = event_model(
        title=data["title"],
        slug=agenda.free_slug(data["title"]),
        locale_id=agenda.locale_id,
        live=False,
        summary=summary_of(data["description"]),
        description=text_to_paragraphs(data["description"]),
        start=data["start"],
        end=data["end"],
        all_day=data["all_day"],
        venue=data["venue"],
        address=data["address"],
        commune=Commune.objects.filter(insee=data["commune"]).first(),  # none for ""
        registration_url=data["link"],
        proposer_name=data["name"],
        proposer_email=data["email"],
    )
    if data["theme"]:
        page.themes.set(Theme.objects.filter(slug=data["theme"]))
    with transaction.atomic():
        agenda.add_child(instance=page)
        page.save_revision(log_action=True)
        workflow = page.get_workflow()
        if workflow is None:
            logger.warning("Event proposal %s waits with no moderation workflow", page.pk)
        else:
            workflow.start(page, None)
    return page


def _email_identity(email):
    local, _at, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def _per_ip():
    return RateLimit("proposals-ip", limit("AGENDA_PROPOSALS_PER_IP_PER_HOUR"), 3600)


def _per_email():
    return RateLimit("proposals-email", limit("AGENDA_PROPOSALS_PER_EMAIL_PER_DAY"), 24 * 3600)


def send_acknowledgement(agenda, request, page):
    site = Site.find_for_request(request)
    site_name = (site and site.site_name) or settings.WAGTAIL_SITE_NAME
    local_start = timezone.localtime(page.start, PARIS)
    when = date_format(local_start, "DATE_FORMAT")
    if not page.all_day:
        when = f"{when}, {time_format(local_start, 'TIME_FORMAT')}"
    body = "\n\n".join(
        [
            _("Hello %(name)s,") % {"name": page.proposer_name},
            _("Thank you for proposing “%(title)s” (%(when)s) for the agenda of %(site)s.")
            % {"title": page.title, "when": when, "site": site_name},
            _(
                "An editor of the network will read it before it appears on the agenda. If "
                "they have a question, they will write to you at this address."
            ),
            _(
                "If you did not propose this event, ignore this message: nothing is published "
                "without an editor's review."
            ),
            f"— {site_name}\n{agenda.get_full_url(request)}",
        ]
    )
    subject = _("Your event proposal: %(title)s") % {"title": page.title}
    try:
        send_mail(subject, body, None, [page.proposer_email])
    except Exception:  # the proposal is saved: tell the editors' logs, not the proposer
        logger.exception("Could not acknowledge event proposal %s", page.pk)


def propose_view(agenda, request, event_model):
    """GET: the form (or, after a proposal, the thank-you state); POST: a proposal, a draft
    `event_model` (EventPage) under `agenda`."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    thanks_url = agenda.get_url(request) + agenda.reverse_subpage("propose") + "?sent=1"

    def render(form, status=200, problem=""):
        response = agenda.render(
            request,
            context_overrides={"form": form, "problem": problem, "sent": False},
            template="agenda/propose.html",
        )
        response.status_code = status
        add_never_cache_headers(response)
        return response

    if request.method != "POST":
        if request.GET.get("sent"):
            return agenda.render(
                request, context_overrides={"sent": True}, template="agenda/propose.html"
            )
        return render(ProposalForm())

    try:
        body_size = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        body_size = 0
    if body_size > limit("AGENDA_PROPOSAL_MAX_BODY_BYTES"):
        return render(
            ProposalForm(),
            status=413,
            problem=_("Your proposal is too long to be received. Shorten the description."),
        )

    if request.POST.get("website"):
        return HttpResponseRedirect(thanks_url, status=303)
    form = ProposalForm(request.POST)
    too_many = _(
        "Too many proposals have been sent from this connection or with this e-mail address. "
        "Please try again later."
    )
    ip = client_ip(request)
    if _per_ip().exceeded(ip):
        return render(form, status=429, problem=too_many)
    if not form.is_valid():
        return render(form)
    email = _email_identity(form.cleaned_data["email"])
    if _per_email().exceeded(email):
        return render(form, status=429, problem=too_many)

    page = create_proposal(agenda, form.cleaned_data, event_model)
    _per_ip().hit(ip)
    _per_email().hit(email)
    send_acknowledgement(agenda, request, page)
    return HttpResponseRedirect(thanks_url, status=303)
