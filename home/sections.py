"""The home page's sections, composed from what each app offers (see DESIGN.md: home sits on
top of the other apps and composes them)."""


def home_sections(home_page, request):
    """A list of dicts (key, title, items, template, more_url, more_label), empty sections left
    out. The agenda, the newsroom and the directory each contribute one when they exist."""
    sections = []
    for provider in _providers():
        section = provider(home_page, request)
        if section and section.get("items"):
            sections.append(section)
    return sections


def _providers():
    from agenda.sections import home_section as events
    from directory.sections import home_section as organisations

    return [events, organisations]
