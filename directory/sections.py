"""The seam through which other apps add to an organisation's page without this app importing
them: the agenda adds "upcoming events", the newsroom "latest news".

An app registers a Wagtail hook named `directory_organisation_sections`: a function
(organisation, request) returning a dict with `key`, `title`, `template` and `items`, or None.
"""

from wagtail import hooks

HOOK_NAME = "directory_organisation_sections"


def organisation_sections(organisation, request):
    sections = []
    for provider in hooks.get_hooks(HOOK_NAME):
        section = provider(organisation, request)
        if section and section.get("items"):
            sections.append(section)
    return sections


def home_section(directory, request):
    """A few member organisations, newest first (`directory`: the directory page, plain or
    specific)."""
    from django.utils.translation import gettext as _

    from directory.models import DirectoryPage

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
    from django.core.cache import cache

    from wagtail.models import Locale

    from directory.models import OrganisationPage

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
    from django.conf import settings
    from django.core.cache import cache

    from directory.models import OrganisationPage

    if instance is None or isinstance(instance, OrganisationPage):
        cache.delete_many([ORGANISATION_CHOICES_KEY.format(code) for code, _ in settings.LANGUAGES])
