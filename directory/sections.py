"""What the directory offers other apps' pages: the home page's organisations, and the
organisations to filter by. Other apps add to an organisation's page through the hook of
directory/hooks.py (its `HOOK_NAME` is importable from here too)."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from wagtail.models import Locale

from directory.hooks import HOOK_NAME  # noqa: F401  (the agenda and the newsroom register under it)
from directory.models import DirectoryPage, OrganisationPage


def home_section(directory, request):
    """A few member organisations, newest first (`directory`: the directory page, plain or
    specific)."""
    items = list(
        DirectoryPage.organisations(directory)
        .filter(membership="member")
        .order_by("-first_published_at")[:HOME_ORGANISATIONS]
    )
    return {
        "key": "organisations",
        "title": _("Member organisations"),
        "items": items,
        "template": "directory/includes/organisation_cards.html",
        "more_url": directory.url,
        "more_label": _("The whole directory"),
    }


HOME_ORGANISATIONS = 6


ORGANISATION_CHOICES_KEY = "organisation-choices:{}"


def organisation_choices():
    """[(slug, name)] of the live organisations of the active language, for filters of other
    apps (cached; forgotten whenever an organisation is published or unpublished)."""
    locale = Locale.get_active()
    key = ORGANISATION_CHOICES_KEY.format(locale.language_code)
    choices = cache.get(key)
    if choices is None:
        choices = list(
            OrganisationPage.objects.live()
            .filter(locale=locale)
            .order_by("title")
            .values_list("slug", "title")
        )
        cache.set(key, choices, timeout=None)
    return choices


def forget_organisation_choices(sender=None, instance=None, **kwargs):
    """A receiver of page_published and page_unpublished (connected in directory/signals.py)."""
    if instance is None or isinstance(instance, OrganisationPage):
        cache.delete_many(
            [ORGANISATION_CHOICES_KEY.format(code) for code, _name in settings.LANGUAGES]
        )
