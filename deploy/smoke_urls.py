"""The URLs deploy/check.sh requests, read from the seeded database rather than hard-coded:
one live page of every page type in every language, every route of the routable pages
(month view, archive, feeds, open data) and the site-wide URLs.

Prints one line per request, tab-separated: `expected-status  path  what` (what = a label, with
a `!check` suffix when check.sh looks further than the status: `!search` wants at least one
result, `!immutable` a year-long Cache-Control, `!conditional` a 304 on a repeated request).

Run from the project root with the environment of the site:
    .venv/bin/python deploy/smoke_urls.py [ORIGINAL_URL [RENDITION_URL]]
the URLs of an uploaded image and of one of its renditions (check.sh's upload step prints them).
"""

import os
import re
import sys
from collections import OrderedDict
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

from agenda.models import AgendaPage, EventPage  # noqa: E402
from directory.models import DirectoryPage, OrganisationPage  # noqa: E402
from news.models import Kind, NewsIndexPage, NewsPage  # noqa: E402

LINES = OrderedDict()


def emit(path, what, status=200):
    LINES.setdefault(path, (status, what))


def first(queryset):
    return queryset.live().public().order_by("path").first()


def label(page):
    return f"{page._meta.app_label}.{type(page).__name__}"


def search_word(locale):
    """A word of a seeded organisation's title in that language, for a search that must find
    something."""
    organisation = first(OrganisationPage.objects.filter(locale=locale))
    if organisation is None:
        organisation = first(Page.objects.filter(locale=locale, depth__gt=2))
    words = sorted(re.findall(r"\w{5,}", organisation.title), key=len, reverse=True)
    return words[0] if words else organisation.title


def pages_of_every_type(locale):
    """One live public page per content type (news and press releases count as two)."""
    pages = (
        Page.objects.live().public().filter(locale=locale, depth__gt=1).order_by("path").specific()
    )
    chosen = OrderedDict()
    for page in pages:
        kind = label(page)
        if isinstance(page, NewsPage):
            kind += f"[{page.kind}]"
        chosen.setdefault(kind, page)
    return chosen


def agenda_routes(agenda, code):
    today = timezone.localdate()
    emit(f"{agenda.url}month/{today.year}/{today.month}/", f"{code} agenda month view")
    emit(f"{agenda.url}past/", f"{code} agenda archive (past events)")
    emit(f"{agenda.url}propose/", f"{code} agenda: propose an event (form)")
    emit(f"{agenda.url}agenda.ics", f"{code} agenda.ics!conditional")
    event = (
        EventPage.objects.child_of(agenda)
        .live()
        .public()
        .filter(commune__isnull=False, organisers__isnull=False, themes__isnull=False)
        .select_related("commune__territory")
        .order_by("path")
        .first()
    )
    if event is not None:
        territory = event.commune.territory.slug if event.commune.territory_id else ""
        theme = event.themes.order_by("slug").first().slug
        organisation = event.organisers.order_by("slug").first().slug
        emit(
            f"{agenda.url}agenda.ics?territory={territory}&theme={theme}",
            f"{code} agenda.ics by territory and theme",
        )
        emit(
            f"{agenda.url}agenda.ics?organisation={organisation}", f"{code} agenda.ics by organiser"
        )
        emit(f"{agenda.url}?theme={theme}", f"{code} agenda listing by theme")


def event_routes(event, code):
    emit(f"{event.url}event.ics", f"{code} event.ics")


def news_routes(index, code):
    for feed in ("rss.xml", "atom.xml"):
        emit(
            f"{index.url}{feed}",
            f"{code} news {feed}" + ("!conditional" if feed == "rss.xml" else ""),
        )
        emit(f"{index.url}{feed}?kind={Kind.PRESS}", f"{code} press releases {feed}")
    news = NewsPage.objects.child_of(index).live().public().order_by("-date")
    latest = news.first()
    if latest is not None:
        emit(
            f"{index.url}archive/{latest.date.year}/{latest.date.month}/",
            f"{code} newsroom month archive",
        )
        theme = latest.themes.order_by("slug").first()
        if theme is not None:
            emit(f"{index.url}rss.xml?theme={theme.slug}", f"{code} news rss.xml by theme")
        organisation = latest.organisations.order_by("slug").first()
        if organisation is not None:
            emit(
                f"{index.url}atom.xml?organisation={organisation.slug}",
                f"{code} news atom.xml by organisation",
            )


def directory_routes(directory, code):
    emit(f"{directory.url}organisations.csv", f"{code} open data CSV")
    emit(f"{directory.url}organisations.json", f"{code} open data JSON")
    organisation = first(
        OrganisationPage.objects.child_of(directory).filter(territory__isnull=False)
    )
    if organisation is not None:
        slug = organisation.territory.slug
        emit(f"{directory.url}?territory={slug}", f"{code} directory by territory")
        emit(
            f"{directory.url}organisations.json?territory={slug}", f"{code} open data by territory"
        )


ROUTES = {
    AgendaPage: agenda_routes,
    EventPage: event_routes,
    NewsIndexPage: news_routes,
    DirectoryPage: directory_routes,
}


def main():
    for code, _name in settings.LANGUAGES:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            print(f"# no locale {code}", file=sys.stderr)
            continue
        for kind, page in pages_of_every_type(locale).items():
            emit(page.url, f"{code} {kind}")
            for model, routes in ROUTES.items():
                if isinstance(page, model):
                    routes(page, code)
        with translation.override(code):
            search = reverse("search")
        emit(f"{search}?q={quote(search_word(locale))}", f"{code} search!search")

    emit("/sitemap.xml", "sitemap.xml")
    emit("/robots.txt", "robots.txt")
    emit("/favicon.ico", "favicon (redirect to the static file)", 301)
    emit(staticfiles_storage.url("css/site.css"), "hashed static file!immutable")
    with suppress(ValueError):  # not in the manifest if a Wagtail release renames it
        emit(staticfiles_storage.url("wagtailadmin/css/core.css"), "hashed static of the admin")
    if len(sys.argv) > 1:
        emit(sys.argv[1], "uploaded image (original)")
    if len(sys.argv) > 2:
        emit(sys.argv[2], "uploaded image (rendition)")
    emit("/admin/login/", "admin login page")
    emit("/admin/", "admin (redirect to the login)", 302)
    emit("/this-page-does-not-exist/", "a missing page (404 page renders)", 404)

    for path, (status, what) in LINES.items():
        print(f"{status}\t{path}\t{what}")


if __name__ == "__main__":
    main()
