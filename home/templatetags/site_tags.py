"""The site's shell: the home page of the active language, its menu, the language switcher.
Each costs at most one query on a page: they work from the page's tree path rather than by
fetching the home page."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse, translate_url
from django.utils import translation

from wagtail.models import Page, Site

from core.cache import SECONDS, forget_pages, pages_cache_key
from core.models import unrestricted

register = template.Library()

SHELL_CACHE_SECONDS = SECONDS
shell_cache_key = pages_cache_key
forget_shell = forget_pages


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.id else None


def _home_url(language_code):
    """The home page of a language: the site root, under that language's URL prefix."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag
def home_url():
    return _home_url(translation.get_language())


def _home_path(context):
    """The tree path of the active language's home page."""
    page = _page(context)
    if page is not None and page.depth >= 2:
        return page.path[: 2 * page.steplen]
    request = context["request"]
    if not hasattr(request, "_home_path"):
        site = Site.find_for_request(request)
        request._home_path = site.root_page.localized.path if site else None
    return request._home_path


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The URL of `page`'s translation in the active language (of `page` where there is none),
    cached until a page is published, unpublished, moved or deleted."""
    key = shell_cache_key("localized-url", f"{page.pk}:{translation.get_language()}")
    url = cache.get(key)
    if url is None:
        url = page.localized.get_url(request=context.get("request"))
        cache.set(key, url, SHELL_CACHE_SECONDS)
    return url


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Pages shown in the main navigation: the home page's live children marked for menus,
    as (title, url, url_path), cached until a page is published, unpublished, moved or
    deleted (see home.signals)."""
    path = _home_path(context)
    if path is None:
        return []
    key = shell_cache_key("menu", path)
    items = cache.get(key)
    if items is None:
        request = context["request"]
        items = [
            {"title": p.title, "url": p.get_url(request=request), "url_path": p.url_path}
            for p in Page.objects.filter(unrestricted(), depth=3, path__startswith=path)
            .live()
            .in_menu()
            .order_by("path")
            .only("id", "title", "url_path")
        ]
        cache.set(key, items, SHELL_CACHE_SECONDS)
    return items


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the same page's translation where it exists, else that
    language's home page (off Wagtail pages, the same URL in that language). `exact` tells
    whether the link is this very page, translated (only those are hreflang alternates)."""
    request = context["request"]
    page = _page(context)
    links = {}
    if page is not None:
        key = shell_cache_key("languages", page.translation_key)
        cached = cache.get(key)
        if cached is not None:
            links = cached
    if page is not None and not links:
        translations = (
            Page.objects.live()
            .filter(unrestricted(), translation_key=page.translation_key)
            .select_related("locale")
            .only("id", "url_path", "locale__language_code")
        )
        for translated in translations:
            links[translated.locale.language_code] = (translated.get_url(request=request), True)
        for code, _name in settings.LANGUAGES:
            links.setdefault(code, (_home_url(code), False))
        cache.set(key, links, SHELL_CACHE_SECONDS)
    elif page is None:
        for code, _name in settings.LANGUAGES:
            links[code] = (translate_url(request.get_full_path(), code), True)
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": links[code][0],
            "exact": links[code][1],
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
