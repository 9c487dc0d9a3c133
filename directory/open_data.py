"""The directory as open data (CSV and JSON): the same fields as the public pages, nothing more.

What an organisation offers to pool is one column per kind (`offers_room`, `offers_equipment`,
`offers_skill`): the offers' titles, a list in JSON, separated by "; " in CSV (a title may hold
a comma; the taxonomies' labels never do)."""

import csv

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from core.models import OfferKind, offer_flag
from core.spreadsheets import safe_cell

OFFER_FIELDS = [offer_flag(kind) for kind in OfferKind]

FIELDS = [
    "name",
    "url",
    "summary",
    "legal_form",
    "membership",
    "sectors",
    "themes",
    "territory",
    "commune",
    "insee",
    "postcode",
    "address",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "press_email",
    "press_phone",
    *OFFER_FIELDS,
]


def organisation_record(organisation, request):
    latitude, longitude = organisation.coordinates
    offers = dict(organisation.offers_by_kind())
    return {
        "name": organisation.title,
        "url": organisation.get_full_url(request),
        "summary": organisation.summary,
        "legal_form": organisation.get_legal_form_display(),
        "membership": organisation.get_membership_display(),
        "sectors": [sector.label for sector in organisation.sectors.all()],
        "themes": [theme.label for theme in organisation.themes.all()],
        "territory": organisation.territory.label,
        "commune": organisation.commune.name,
        "insee": organisation.commune.insee,
        "postcode": organisation.commune.postcode,
        "address": organisation.address,
        "latitude": latitude,
        "longitude": longitude,
        "website": organisation.website,
        "email": organisation.email,
        "phone": organisation.phone,
        "press_email": organisation.press_email,
        "press_phone": organisation.press_phone,
        **{
            offer_flag(kind): [offer["title"] for offer in offers.get(kind, [])]
            for kind in OfferKind
        },
    }


def csv_cell(field, value):
    if isinstance(value, list):
        value = ("; " if field in OFFER_FIELDS else ", ").join(value)
    return safe_cell(value)


def csv_response(organisations, request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="organisations.csv"'
    response.write("\ufeff")  # spreadsheets then read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(FIELDS)
    for organisation in organisations:
        record = organisation_record(organisation, request)
        writer.writerow([csv_cell(field, record[field]) for field in FIELDS])
    return response


def json_response(organisations, request):
    records = [organisation_record(o, request) for o in organisations]
    return JsonResponse(
        {
            "licence": _("Open Licence 2.0 (Etalab)"),
            "count": len(records),
            "organisations": records,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
