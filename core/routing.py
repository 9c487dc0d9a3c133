"""Wagtail works out anew on every request what changes only when pages, sites, locales or view
restrictions change: the site of the host name (one query), the active Locale (one query each
time a page is localised: three or four a page), the page of the URL (one query per URL
segment plus one for its specific type) and the view restrictions of the page and its
ancestors (two queries). About nine queries before a page's own.

`RoutingCacheMiddleware` keeps the site and the page found for a URL in the shared cache (Redis
in production) under the pages' version (core.cache, moved by every publish, unpublish, move
and delete, and by changes to sites, locales and view restrictions: see core.signals), and
hands them to Wagtail through the attributes its `serve` view reads (`request._wagtail_site`,
`request._wagtail_route_for_request`): a page costs one query to fetch, its specific fields
included. `cached_get_for_language` keeps Locales in the same cache."""

from django.apps import apps
from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.i18n import LocaleManager
from wagtail.views import serve

from core.cache import SECONDS, pages_cache_key, read_once_per_request, remembered
from core.views import serve_page_file

_uncached_get_for_language = LocaleManager.get_for_language


def cached_get_for_language(manager, language_code):
    """LocaleManager.get_for_language, from the shared cache (installed in CoreConfig.ready),
    read once per request."""

    def shared():
        key = pages_cache_key("locale", language_code)
        locale = cache.get(key)
        if locale is None:
            locale = _uncached_get_for_language(manager, language_code)
            cache.set(key, locale, SECONDS)
        return locale

    return remembered(("locale", language_code), shared)


def cached_site(request):
    """The site of the request's host name and port, as Wagtail would find it."""
    hostname = split_domain_port(request._get_raw_host())[0]
    key = pages_cache_key("site", f"{hostname}:{request.get_port()}")
    site = cache.get(key, default=False)
    if site is False:
        site = Site._find_for_request(request)
        cache.set(key, site, SECONDS)
    return site


def _no_view_restrictions():
    return PageViewRestriction.objects.none()


class RoutingCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with read_once_per_request():
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        request._wagtail_site = site = cached_site(request)
        if view_func is serve:
            (path,) = view_args
        elif view_func is serve_page_file:
            path = "".join(view_args) + "/"
        else:
            return None
        if site is None:
            return None
        key = pages_cache_key("route", f"{site.pk}:{translation.get_language()}:{path}")
        found = cache.get(key)
        if found is None:
            found = self._route(request, site, path)
            if found is not None:
                cache.set(key, found, SECONDS)
            return None
        label, page_id, remaining, restricted = found
        page = apps.get_model(label).objects.filter(pk=page_id).first()
        if page is None:  # deleted by a worker whose signal has not reached the cache yet
            return None
        if not restricted:
            # Wagtail's check_view_restrictions hook reads this; a restriction added to the
            # page or an ancestor moves the pages' version, so the next request reads it again.
            page.get_view_restrictions = _no_view_restrictions
        try:
            request._wagtail_route_for_request = page.route(request, remaining)
        except Http404:
            request._wagtail_route_for_request = None
        return None

    @staticmethod
    def _route(request, site, path):
        """Route as Wagtail does (which keeps the result on the request) and say what to keep:
        the page's model and id, the URL segments left to its own routes (a routable page's
        sub-pages), and whether view restrictions apply to it."""
        result = Page.route_for_request(request, path)
        if result is None:
            return None
        page = result.page
        components = [component for component in path.split("/") if component]
        consumed = page.depth - site.root_page.depth
        restricted = page.get_view_restrictions().exists()
        return (page._meta.label_lower, page.pk, components[consumed:], restricted)
