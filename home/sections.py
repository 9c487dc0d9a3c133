"""The home page's sections, composed from what each app offers (see DESIGN.md: home sits on
top of the other apps and composes them)."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from agenda.models import AgendaPage
from agenda.sections import home_section as events
from directory.models import DirectoryPage
from directory.sections import home_section as organisations
from news.models import NewsIndexPage
from news.sections import home_section as news
from news.sections import members_home_section as member_news


def home_sections(home_page, request):
    """A list of dicts (key, title, items, template, more_url, more_label), empty sections left
    out. One query finds the agenda, the newsroom and the directory under this home page; each
    app then fills its section from that plain page."""
    providers = _providers()
    models = list({model for model, _provider in providers})
    content_types = ContentType.objects.get_for_models(*models)
    by_type = {content_types[model].id: model for model in models}
    parents = {}
    for page in (
        Page.objects.child_of(home_page)
        .live()
        .filter(content_type_id__in=by_type)
        .only("id", "path", "depth", "url_path", "content_type_id", "locale_id")
        .order_by("path")
    ):
        parents.setdefault(by_type[page.content_type_id], page)
    sections = []
    for model, provider in providers:
        if model in parents:
            section = provider(parents[model], request)
            if section and section.get("items"):
                sections.append(section)
    return sections


def _providers():
    return [
        (AgendaPage, events),
        (NewsIndexPage, news),
        (NewsIndexPage, member_news),
        (DirectoryPage, organisations),
    ]
