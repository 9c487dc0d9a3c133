"""The seam through which other apps add to an organisation's page without this app importing
them: the agenda adds "upcoming events", the newsroom "latest news". It imports no model, so
that the organisation page can run it.

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
