"""The directory as open data (CSV and JSON, and the JSON that GoGoCarto and Transiscope import):
the same fields as the public pages, nothing more.

What an organisation offers to pool is one column per kind (`offers_room`, `offers_equipment`,
`offers_skill`): the offers' titles, a list in JSON, separated by "; " in CSV (a title may hold
a comma; the taxonomies' labels never do)."""

from django.http import JsonResponse

from core import open_data
from core.models import OfferKind, offer_flag

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


def csv_response(organisations, request):
    return open_data.csv_response(
        (organisation_record(o, request) for o in organisations),
        FIELDS,
        "organisations.csv",
        # a title may hold a comma; the taxonomies' labels never do
        separators=dict.fromkeys(OFFER_FIELDS, "; "),
    )


def json_response(organisations, request):
    return open_data.json_response(
        (organisation_record(o, request) for o in organisations), "organisations"
    )


def gogocarto_element(organisation, request):
    """An organisation as GoGoCarto imports an element (Transiscope, a GoGoCarto map of the
    transition, imports the same): `id` stays the same across languages and edits."""
    record = organisation_record(organisation, request)
    return {
        "id": str(organisation.translation_key),
        "name": record["name"],
        "geo": {"latitude": record["latitude"], "longitude": record["longitude"]},
        "address": {
            "streetAddress": record["address"],
            "addressLocality": record["commune"],
            "postalCode": record["postcode"],
            "addressCountry": "FR",
        },
        "categories": [record["legal_form"], *record["sectors"], *record["themes"]],
        "description": record["summary"],
        "website": record["website"],
        "email": record["email"],
        "telephone": record["phone"],
        "source": record["url"],
        "territory": record["territory"],
        **{field: record[field] for field in OFFER_FIELDS},
    }


def gogocarto_response(organisations, request):
    """The directory as the JSON array of elements that GoGoCarto's import reads."""
    return JsonResponse(
        [gogocarto_element(o, request) for o in organisations],
        safe=False,
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
