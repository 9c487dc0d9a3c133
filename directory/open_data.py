"""The directory as open data (CSV and JSON): the same fields as the public pages, nothing more."""

import csv

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from core.spreadsheets import safe_cell

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
]


def organisation_record(organisation, request):
    latitude, longitude = organisation.coordinates
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
    }


def csv_response(organisations, request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="organisations.csv"'
    response.write("\ufeff")  # spreadsheets then read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(FIELDS)
    for organisation in organisations:
        record = organisation_record(organisation, request)
        writer.writerow(
            [
                safe_cell(", ".join(v) if isinstance(v, list) else v)
                for v in (record[f] for f in FIELDS)
            ]
        )
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
