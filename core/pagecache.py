"""The anonymous full-page cache, shared by every worker (the default cache: Redis in
production), with conditional GET from the same shared state.

What a visitor without a session asks for with GET or HEAD (every public page and feed) is
kept once rendered, with the site's *content version* of that moment. Any change that a public
page can show (a page published, unpublished, moved or deleted; a snippet, a taxonomy, an
image, a member's news item or a setting saved or deleted; see core/signals.py) moves the
version, which makes every kept page stale at once: a page is never older than the content,
whichever worker handled the change. Coarse, but it cannot forget a page that shows the
changed content (a listing, a home section, a related event), and content changes a few times
an hour.

Not kept: logged-in users (any session cookie), the admin and private documents, searches
(free text in the query string would make one entry per phrase typed), responses
that set a cookie or use the CSRF token (pages with forms), streamed responses (the agenda's
calendar, which has its own shared ETag), non-200 answers and anything marked private or
no-store. A kept page carries an ETag derived from the content version, so a browser, a feed
reader or a CDN asking again gets a 304 with no SQL query at all."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

VERSION_KEY = "content-version"
PREFIX = "page"
EXCLUDED_PATHS = ("/admin/", "/documents/", "/django-admin/", "/static/", "/media/")
# Free text (a search) would fill the shared cache with one entry per phrase anybody types.
FREE_TEXT_PARAMETERS = {"q", "keywords"}
# set again on every answer by the outer middlewares, or per answer
SKIPPED = {"set-cookie", "date", "x-page-cache"}


def content_version():
    """The shared version of the site's public content (an integer in the cache)."""
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def forget_content(**kwargs):
    """Every kept page is stale from now on (a signal receiver, hence **kwargs)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # evicted or never set
        cache.set(VERSION_KEY, 2, timeout=None)


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _browser_seconds():
    return getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60)


def cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and _seconds() > 0
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(EXCLUDED_PATHS)
        and not FREE_TEXT_PARAMETERS.intersection(request.GET)
    )


def cacheable_response(request, response):
    control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and "private" not in control
        and "no-store" not in control
        and "no-cache" not in control
    )


def _key(request):
    ident = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()[:32]
    return f"{PREFIX}:{ident}"


def _etag(version, key):
    return '"' + hashlib.sha256(f"{version}:{key}".encode()).hexdigest()[:20] + '"'


def _without_accept_language(response):
    """The language is in the URL (French unprefixed, always French: i18n_patterns with
    prefix_default_language=False), so the page does not vary with Accept-Language."""
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in vary if v.lower() != "accept-language"]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif "Vary" in response:
        del response["Vary"]


class AnonymousPageCacheMiddleware:
    """Placed after the middlewares that add security headers (they run on every answer,
    kept or not) and before those that render the page (sessions, locale, CSRF…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        # The version and the page in one round trip; a page kept under an older version is
        # stale (and overwritten once rendered again).
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        kept = found.get(key)
        if kept is not None and kept["version"] == version:
            response = HttpResponse(kept["content"])
            for name, value in kept["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return self._conditional(request, response)
        response = self.get_response(request)
        if not cacheable_response(request, response):
            return response
        _without_accept_language(response)
        response["ETag"] = _etag(version, key)
        response["Last-Modified"] = http_date()
        patch_cache_control(response, public=True, max_age=_browser_seconds())
        headers = {name: value for name, value in response.items() if name.lower() not in SKIPPED}
        kept = {"version": version, "content": response.content, "headers": headers}
        cache.set(key, kept, _seconds())
        response["X-Page-Cache"] = "miss"
        return self._conditional(request, response)

    @staticmethod
    def _conditional(request, response):
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=None, response=response
        )
