"""A cache for what changes only when pages are published, unpublished, moved or deleted: the
site's menu, language links, and where each section of the site lives. `forget_pages()` (wired
to Wagtail's signals in home.apps) makes all of it stale at once."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache

from core.pagecache import VERSION_KEY, content_version

PAGES_VERSION_KEY = "site-shell-version"
SECONDS = 60 * 60


# Within one request (core.routing.RoutingCacheMiddleware), the version and what was read under
# it are read from the shared cache once: a listing looked its Locale up 21 times, 42 round
# trips to Redis.
_request_memo = ContextVar("pages_request_memo", default=None)


@contextmanager
def read_once_per_request():
    token = _request_memo.set({})
    try:
        yield
    finally:
        _request_memo.reset(token)


def remembered(key, compute):
    """compute(), read once per request (outside a request: every time)."""
    memo = _request_memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def pages_cache_key(kind, ident):
    version = remembered(
        PAGES_VERSION_KEY, lambda: cache.get_or_set(PAGES_VERSION_KEY, 1, timeout=None)
    )
    return f"shell:{version}:{kind}:{ident}"


def forget_pages(**kwargs):
    memo = _request_memo.get()
    if memo is not None:
        memo.clear()  # this request changed the pages: it reads them anew too
    try:
        cache.incr(PAGES_VERSION_KEY)
    except ValueError:
        cache.set(PAGES_VERSION_KEY, 1, timeout=None)


def shared_fragment(name, ident, compute):
    """compute() (an HTML fragment or small data), kept in the shared cache, for every worker,
    until the site's public content changes (core.pagecache's content version) or
    settings.FRAGMENT_CACHE_SECONDS pass: what it shows can depend on the time (the next dates
    of an agenda), as a page kept by core.pagecache does. `ident` names one fragment of the
    kind `name` (a page, a language, a host…)."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return compute()
    version = remembered(VERSION_KEY, content_version)
    key = f"fragment:{version}:{name}:{ident}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def section_page(model, locale_id):
    """The live page of `model` (an index page: agenda, newsroom…) in a locale, as a plain Page
    with what child queries and URLs need; cached. None when there is none."""
    from wagtail.models import Page

    key = pages_cache_key(f"section:{model._meta.label_lower}", locale_id)
    found = cache.get(key, default=False)
    if found is False:
        found = (
            Page.objects.type(model)
            .live()
            .filter(locale_id=locale_id)
            .only("id", "path", "depth", "url_path", "locale_id", "title")
            .order_by("path")
            .first()
        )
        cache.set(key, found, SECONDS)
    return found
