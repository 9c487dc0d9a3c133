"""What every router of the public read API shares (composed in config/api.py).

The API is django-ninja (it comes with Wagtail): typed schemas give the OpenAPI document that
members' developers read and that the test suite checks the API against, keyset (cursor)
pagination needs no COUNT, and throttling keeps its counts in the shared cache. Wagtail's own
API (v2) serves pages only, in their tree shape, with no schema: it cannot describe dates of
events, removed events or filters the way the site's listings have them.

Every operation answers GET only, is open to every origin (CORS `*`, no cookies read), and is
in the language of its `lang` parameter (French by default). A client asking again with the
ETag it got is answered 304 by the anonymous page cache (core/pagecache.py), which keeps API
answers as it keeps pages, under the shared content version."""

import re
from datetime import UTC, date, datetime
from functools import wraps
from typing import Annotated, Any, Literal

from django.conf import settings
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict

from ninja import Field, Schema
from ninja.pagination import CursorPagination, paginate
from ninja.throttling import AnonRateThrottle
from pydantic import AfterValidator, BeforeValidator

from core.forms import FIRST_DAY, LAST_DAY

Language = Literal["fr", "en", "it"]

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_8601(value):
    """Only ISO 8601 text (pydantic would also read "0.5" as a Unix timestamp)."""
    if isinstance(value, str) and not ISO_DATE.match(value):
        raise ValueError("an ISO 8601 date is expected (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss±hh:mm)")
    return value


def _in_range(value):
    """A date and time without offset is the site's local time; any is given to the database in
    UTC (PostgreSQL refuses offsets beyond ±15:59) and within the listings' years."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    value = value.astimezone(UTC)
    if not FIRST_DAY <= value.date() <= LAST_DAY:
        raise ValueError(f"a date between {FIRST_DAY} and {LAST_DAY} is expected")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_8601)]
IsoDateTime = Annotated[datetime, BeforeValidator(_iso_8601), AfterValidator(_in_range)]

PER_PAGE = 50
MAX_PER_PAGE = 100


class LanguageQuery(Schema):
    lang: Language = Field("fr", description="Language of the content (fr, en, it)")


class ErrorOut(Schema):
    detail: str | dict[str, list[str]] | list[dict[str, Any]] = Field(
        description="What was wrong: a message, the messages per parameter (400), or the "
        "parameters that do not match this document (422)"
    )


# The answers other than 200 that every operation may give.
ERRORS = {400: ErrorOut, 422: ErrorOut, 429: ErrorOut}


def listing(router, path, item, *, summary, ordering, page_size=PER_PAGE):
    """Register `view` (which returns a queryset) as GET `path` of `router`: pages of `item`
    by cursor along `ordering` (no COUNT), with the errors every operation may answer."""

    def register(view):
        paged = paginate(
            CursorPagination, ordering=ordering, page_size=page_size, max_page_size=MAX_PER_PAGE
        )(view)
        return router.get(path, response={200: list[item], **ERRORS}, summary=summary)(paged)

    return register


class Throttle(AnonRateThrottle):
    """Requests per client address, counted in the shared cache (every worker sees them)."""

    def __init__(self):
        super().__init__(settings.API_RATE)

    def allow_request(self, request):
        self.rate = settings.API_RATE  # read each time: a test or a bench may change it
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


def in_request_language(view):
    """Activate the `lang` query parameter's language for the view, and open the answer to
    every origin (a member's site calls the API from its visitors' browsers)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        language = request.GET.get("lang", "fr")
        if language not in Language.__args__:
            language = "fr"  # the schema refuses it with a 422 in the same language
        with translation.override(language):
            response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def _query_value(value):
    if value is True:
        return "on"
    return value.isoformat() if hasattr(value, "isoformat") else value


def valid_form(form_class, filters, **kwargs):
    """The listing's own filter form (`form_class`) bound to the query's parameters (`filters`,
    a schema: `lang` and `updated_since` are the API's own), valid, or InvalidFilters."""
    data = MultiValueDict()
    for name, value in filters.dict(exclude={"lang", "updated_since"}).items():
        if value in (None, "", False, []):
            continue
        values = value if isinstance(value, list) else [value]
        data.setlist(
            name, ["on" if v is True else getattr(v, "isoformat", lambda v=v: v)() for v in values]
        )
    form = form_class(data, **kwargs)
    if not form.is_valid():
        raise InvalidFilters(form)
    return form


class InvalidFilters(Exception):
    """A filter form refused the query: the API answers 400 with the form's messages."""

    def __init__(self, form):
        super().__init__(form.errors)
        self.form = form


def form_errors(form):
    """A filter form's messages, as the body of the API's 400 answer."""
    return {"detail": {name: [str(e) for e in errors] for name, errors in form.errors.items()}}
