"""The seam through which other apps add to an organisation's page without this app importing
them: the agenda adds "upcoming events", the newsroom "latest news". It imports no model, so
that the organisation page can run it.

An app registers a Wagtail hook named `directory_organisation_sections`: a function
(organisation, request) returning a dict with `key`, `title`, `template` and `items`, or None.
"""

from django.template.loader import render_to_string
from django.utils import translation

from wagtail import hooks

from core.cache import shared_fragment

HOOK_NAME = "directory_organisation_sections"


def organisation_sections(organisation, request):
    """[{key, title, html}] of the sections that have items, rendered once for every worker
    until the content changes (core.cache.shared_fragment)."""
    ident = f"{organisation.pk}:{translation.get_language()}:{request.get_host()}"
    return shared_fragment(
        "organisation-sections", ident, lambda: _render_sections(organisation, request)
    )


def _render_sections(organisation, request):
    sections = []
    for provider in hooks.get_hooks(HOOK_NAME):
        section = provider(organisation, request)
        if section and section.get("items"):
            html = render_to_string(section["template"], section, request=request)
            sections.append({"key": section["key"], "title": section["title"], "html": html})
    return sections
