"""The open data page: every dataset of the hub, its formats, fields, update frequency and
licence, for people, and the same as a DCAT catalogue (JSON-LD) that data.gouv.fr harvests."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from agenda import open_data as agenda_data
from agenda.models import AgendaPage
from core.cache import section_page
from core.open_data import LICENCE_URL
from directory import open_data as directory_data
from directory.models import DirectoryPage
from news.api import NewsOut
from news.models import NewsIndexPage

CONTINUOUS = "http://purl.org/cld/freq/continuous"


# (key, the section's page model, title, description, fields, [(format, route or API path,
# media type)]): a route is appended to the section's page URL, an API path to /api/v1/.
DATASETS = [
    (
        "agenda",
        AgendaPage,
        gettext_lazy("The shared agenda"),
        gettext_lazy(
            "The upcoming events of the members of the network: dates, places, organisers, "
            "themes, audience and price."
        ),
        agenda_data.FIELDS,
        [
            ("CSV", "events.csv", "text/csv"),
            ("JSON", "events.json", "application/json"),
            ("iCalendar", "agenda.ics", "text/calendar"),
            ("API", "/api/v1/events/", "application/json"),
        ],
    ),
    (
        "directory",
        DirectoryPage,
        gettext_lazy("The directory of organisations"),
        gettext_lazy(
            "The organisations of the social and solidarity economy of the Hautes-Alpes: legal "
            "form, sectors, themes, address, contacts and what they offer to pool (rooms, "
            "equipment, skills)."
        ),
        directory_data.FIELDS,
        [
            ("CSV", "organisations.csv", "text/csv"),
            ("JSON", "organisations.json", "application/json"),
            ("GoGoCarto", "gogocarto.json", "application/json"),
            ("API", "/api/v1/organisations/", "application/json"),
        ],
    ),
    (
        "news",
        NewsIndexPage,
        gettext_lazy("News and press releases"),
        gettext_lazy("The news and press releases of the network and its members."),
        list(NewsOut.model_fields),
        [
            ("RSS", "rss.xml", "application/rss+xml"),
            ("Atom", "atom.xml", "application/atom+xml"),
            ("API", "/api/v1/news/", "application/json"),
        ],
    ),
]


def datasets(request):
    """[{key, title, description, fields, frequency, formats: [(name, url, media type)]}] of the
    sections that exist in the active language."""
    locale_id = Locale.get_active().id
    found = []
    for key, model, title, description, fields, formats in DATASETS:
        section = section_page(model, locale_id)
        if section is None:
            continue
        urls = [
            f"{path}?lang={get_language()}" if path.startswith("/api/") else section.url + path
            for _name, path, _type in formats
        ]
        found.append(
            {
                "key": key,
                "title": title,
                "description": description,
                "fields": fields,
                "frequency": _("Updated as soon as something is published, changed or withdrawn"),
                "formats": [
                    (name, request.build_absolute_uri(url), media_type)
                    for (name, _path, media_type), url in zip(formats, urls, strict=True)
                ],
            }
        )
    return found


@require_GET
def open_data_page(request):
    return render(
        request,
        "home/open_data.html",
        {
            "datasets": datasets(request),
            "licence_url": LICENCE_URL,
            "catalogue_url": reverse("open_data_catalogue"),
            "api_docs_url": "/api/v1/docs",
        },
    )


@require_GET
def open_data_catalogue(request):
    """The datasets as a DCAT catalogue in JSON-LD."""
    page = request.build_absolute_uri(reverse("open_data"))
    catalogue = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
        },
        "@id": page,
        "@type": "dcat:Catalog",
        "dct:title": _("Open data of the social and solidarity economy of the Hautes-Alpes"),
        "dct:language": get_language(),
        "dct:license": {"@id": LICENCE_URL},
        "dcat:dataset": [
            {
                "@id": f"{page}#{dataset['key']}",
                "@type": "dcat:Dataset",
                "dct:identifier": dataset["key"],
                "dct:title": dataset["title"],
                "dct:description": dataset["description"],
                "dct:license": {"@id": LICENCE_URL},
                "dct:accrualPeriodicity": {"@id": CONTINUOUS},
                "dcat:landingPage": {"@id": page},
                "dcat:distribution": [
                    {
                        "@type": "dcat:Distribution",
                        "dct:title": name,
                        "dcat:accessURL": {"@id": url},
                        "dcat:mediaType": media_type,
                        "dct:license": {"@id": LICENCE_URL},
                    }
                    for name, url, media_type in dataset["formats"]
                ],
            }
            for dataset in datasets(request)
        ],
    }
    return JsonResponse(
        catalogue,
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
