"""Helpers for the per-app demo builders of `seed_demo`: idempotent, translation-aware
upserts of pages, so that running the seed twice gives the same site."""

from django.conf import settings
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale, Page


def ensure_locales():
    """The site's locales, French first, created when missing."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def paragraphs_html(text):
    """Plain text with blank-line-separated paragraphs, as rich-text HTML."""
    parts = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in parts)


def stream_blocks(blocks):
    """Demo body blocks [(kind, value), …] as raw StreamField data of core.blocks.BodyBlock."""
    raw = []
    for kind, value in blocks:
        if kind == "paragraph":
            raw.append({"type": "paragraph", "value": paragraphs_html(value)})
        elif kind == "list":
            items = "".join(f"<li>{escape(item)}</li>" for item in value)
            raw.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif kind == "figures":
            raw.append({"type": "figures", "value": value})
        else:
            raw.append({"type": kind, "value": value})
    return raw


def _assign(page, fields, relations=None):
    """Set `fields` (plain values) and `relations` (many-to-many: lists of objects) on `page`;
    True when anything changed."""
    changed = False
    for name, objects in (relations or {}).items():
        if set(getattr(page, name).all()) != set(objects):
            getattr(page, name).set(objects)
            changed = True
    for name, value in fields.items():
        current = getattr(page, name)
        if hasattr(current, "raw_data"):  # StreamField: compare the stored data
            current = [{"type": b["type"], "value": b["value"]} for b in current.raw_data]
        if current != value:
            setattr(page, name, value)
            changed = True
    return changed


def _publish(page, changed):
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()


def upsert_page(parent, model, slug, fields, relations=None):
    """The page of `model` with `slug` under `parent` (same locale), created or brought up to
    date with `fields` and `relations`, and published. Returns the specific page."""
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is None:
        page = model(slug=slug, locale_id=parent.locale_id, **fields)
        for name, objects in (relations or {}).items():
            getattr(page, name).set(objects)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    _publish(page, _assign(page, fields, relations))
    return page


def upsert_translation(page, locale, fields, slug=None, relations=None):
    """`page` translated into `locale` with `fields` (and a slug of that language), published."""
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale, copy_parents=True)
    translated = translated.specific
    fields = dict(fields)
    if slug is None and "title" in fields and page.depth > 2:
        slug = slugify(fields["title"])[:80] or page.slug
    if slug:
        fields["slug"] = _free_slug(translated, slug)
    _publish(translated, _assign(translated, fields, relations))
    return translated


def _free_slug(page, slug):
    siblings = Page.objects.filter(path__startswith=page.path[: -page.steplen], depth=page.depth)
    taken = set(siblings.exclude(id=page.id).values_list("slug", flat=True))
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate
