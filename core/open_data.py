"""Open data responses (CSV and JSON) under the Licence Ouverte 2.0, for the records each app
makes of its content (directory/open_data.py, agenda/open_data.py)."""

import csv

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from core.spreadsheets import safe_cell

LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"


def csv_response(records, fields, filename, separators=None):
    """`records` (dicts) as a CSV file with a column per name of `fields`; a list is joined
    with its field's separator from `separators` (", " by default); every cell formula-safe."""
    separators = separators or {}
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # spreadsheets then read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(fields)
    for record in records:
        row = []
        for field in fields:
            value = record[field]
            if isinstance(value, list):
                value = separators.get(field, ", ").join(value)
            row.append(safe_cell(value))
        writer.writerow(row)
    return response


def json_response(records, name):
    """`records` under `name`, with the licence and their count."""
    records = list(records)
    return JsonResponse(
        {"licence": _("Open Licence 2.0 (Etalab)"), "count": len(records), name: records},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
