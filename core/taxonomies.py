"""Loads the taxonomies from the data files in core/data/ (used by a data migration and by
`manage.py load_taxonomies` after the files change). Idempotent: rows are matched by slug or
INSEE code and updated in place."""

import csv
from pathlib import Path

from django.core.cache import cache
from django.utils import translation

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_rows(name):
    with open(DATA_DIR / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_taxonomies(territory_model, commune_model, theme_model, sector_model):
    """Upsert every row of the data files, a query per model (an INSERT … ON CONFLICT DO
    UPDATE: no signals, so the command forgets the cached choices itself); returns the counts
    loaded."""
    labels = ("name", "name_en", "name_it")
    territories = read_rows("territories.csv")
    upsert(
        territory_model,
        [{**row, "order": int(row["order"])} for row in territories],
        "slug",
        (*labels, "order"),
    )
    ids = dict(territory_model.objects.values_list("slug", "id"))
    communes = read_rows("communes_05.csv")
    upsert(
        commune_model,
        [
            {
                "insee": row["insee"],
                "name": row["name"],
                "postcode": row["postcode"],
                "territory_id": ids[row["territory"]],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
            }
            for row in communes
        ],
        "insee",
        ("name", "postcode", "territory_id", "latitude", "longitude"),
    )
    for model, filename in ((theme_model, "themes.csv"), (sector_model, "sectors.csv")):
        upsert(model, read_rows(filename), "slug", labels)
    return {"territories": len(territories), "communes": len(communes)}


def upsert(model, rows, key, fields):
    """Each of `rows` ({field: value}) inserted, or its `fields` updated where a row of `model`
    has the same `key`."""
    model.objects.bulk_create(
        [model(**{name: row[name] for name in (key, *fields)}) for row in rows],
        update_conflicts=True,
        unique_fields=[key],
        update_fields=list(fields),
    )


CHOICES_CACHE_KEY = "taxonomy-choices:{}"


def taxonomy_choices(model, key_field="slug"):
    """[(key, label in the active language)] for a taxonomy, from the cache: filter forms show
    them on every listing, and they change only when an editor edits a taxonomy (the cache is
    cleared then, see core.signals)."""
    cache_key = CHOICES_CACHE_KEY.format(model._meta.label_lower)
    rows = cache.get(cache_key)
    if rows is None:
        rows = [_choice_row(obj, key_field) for obj in model.objects.all()]
        cache.set(cache_key, rows, timeout=None)
    language = (translation.get_language() or "fr")[:2]
    return [(key, labels.get(language) or labels["fr"]) for key, labels in rows]


def _choice_row(obj, key_field):
    if hasattr(obj, "name_en"):
        labels = {"fr": obj.name, "en": obj.name_en, "it": obj.name_it}
    else:
        labels = {"fr": str(obj)}
    return getattr(obj, key_field), labels


def forget_taxonomy_choices(model):
    cache.delete(CHOICES_CACHE_KEY.format(model._meta.label_lower))
