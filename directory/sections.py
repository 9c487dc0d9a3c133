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


def home_section(home_page, request):
    """The home page's "member organisations" section: a few members, newest first."""
    from django.utils.translation import gettext as _

    from directory.models import DirectoryPage

    directory = DirectoryPage.objects.child_of(home_page).live().first()
    if directory is None:
        return None
    items = list(
        directory.organisations()
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
