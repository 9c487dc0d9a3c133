"""The site's shell: the home page of the active language, its menu, the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

register = template.Library()


def _home(context):
    """The home page of the active language (cached on the request): on a page, the top of
    its own tree; elsewhere the site's root page, localised."""
    request = context["request"]
    if not hasattr(request, "_localized_home"):
        page = context.get("page")
        if isinstance(page, Page) and page.depth == 2:
            home = page
        elif isinstance(page, Page) and page.depth > 2:
            home = Page.objects.filter(path=page.path[: 2 * page.steplen]).first()
        else:
            site = Site.find_for_request(request)
            home = site.root_page.localized if site else None
        request._localized_home = home
    return request._localized_home


@register.simple_tag(takes_context=True)
def localized_home(context):
    return _home(context)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Pages shown in the main navigation: the home page's live children marked for menus."""
    home = _home(context)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().only("id", "title", "url_path"))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page's translation where it exists, else that
    language's home page (or, off Wagtail pages, the same URL in that language)."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    names = dict(settings.LANGUAGES)
    links = {}  # code -> (url, exact): exact when it is this very page, translated
    if isinstance(page, Page) and page.id:
        home = _home(context)
        keys = {page.translation_key, home.translation_key if home else page.translation_key}
        by_key = {}
        for translated in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .only("id", "url_path", "locale__language_code", "translation_key")
        ):
            by_key.setdefault(translated.translation_key, {})[translated.locale.language_code] = (
                translated
            )
        for code in names:
            exact = by_key.get(page.translation_key, {}).get(code)
            target = exact or (by_key.get(home.translation_key, {}).get(code) if home else None)
            if target is not None:
                links[code] = (target.get_url(request=request), exact is not None)
    else:
        for code in names:
            links[code] = (translate_url(request.get_full_path(), code), True)
    return [
        {
            "code": code,
            "name": name,
            "url": links[code][0],
            "exact": links[code][1],
            "is_current": code == current,
        }
        for code, name in names.items()
        if code in links
    ]
