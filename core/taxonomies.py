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
    """Upsert every row of the data files; returns the counts loaded."""
    territories = {}
    for row in read_rows("territories.csv"):
        territories[row["slug"]], _ = territory_model.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "name_en": row["name_en"],
                "name_it": row["name_it"],
                "order": int(row["order"]),
            },
        )
    communes = read_rows("communes_05.csv")
    for row in communes:
        commune_model.objects.update_or_create(
            insee=row["insee"],
            defaults={
                "name": row["name"],
                "postcode": row["postcode"],
                "territory": territories[row["territory"]],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
            },
        )
    for model, filename in ((theme_model, "themes.csv"), (sector_model, "sectors.csv")):
        for row in read_rows(filename):
            model.objects.update_or_create(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "name_en": row["name_en"],
                    "name_it": row["name_it"],
                },
            )
    return {"territories": len(territories), "communes": len(communes)}


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
