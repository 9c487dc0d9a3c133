"""What the agenda adds to other apps' pages: the home page's upcoming events, and an
organisation's upcoming events (through the directory's hook, see agenda/wagtail_hooks.py)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from agenda.models import AgendaPage, Occurrence
from agenda.queries import subscribe_links
from core.cache import section_page

HOME_EVENTS = 6
ORGANISATION_EVENTS = 5


def _upcoming(agenda, **filters):
    return (
        Occurrence.objects.in_agenda(agenda)
        .not_ended(timezone.now())
        .filter(**filters)
        .order_by("start")
        .for_cards()
    )


def home_section(agenda, request):
    """The next dates of the agenda (`agenda`: the agenda page, plain or specific)."""
    return {
        "key": "events",
        "title": _("Coming up"),
        "items": list(_upcoming(agenda)[:HOME_EVENTS]),
        "template": "agenda/includes/occurrence_cards.html",
        "more_url": agenda.url,
        "more_label": _("The whole agenda"),
    }


def organisation_section(organisation, request):
    agenda = section_page(AgendaPage, organisation.locale_id)
    if agenda is None:
        return None
    items = list(
        _upcoming(
            agenda, event__organisers__translation_key=organisation.translation_key
        ).distinct()[:ORGANISATION_EVENTS]
    )
    section = {
        "key": "events",
        "title": _("Upcoming events"),
        "items": items,
        "template": "agenda/includes/occurrence_cards.html",
    }
    section.update(subscribe_links(agenda, request, f"organisation={organisation.slug}"))
    return section
