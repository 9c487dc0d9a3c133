"""Helpers for the per-app demo builders of `seed_demo`: the one loader of the demo data files
(`<app>/demo/*.yaml`), and idempotent, translation-aware upserts of pages, so that running the
seed twice gives the same site."""

from importlib import resources

from django.conf import settings
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale, Page

import yaml

from core.sanitize import text_to_paragraphs


class DemoDataError(ValueError):
    """A demo data file that is missing, malformed, or out of step with its language files."""


class _SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """yaml's safe loader, refusing a key given twice in a mapping: the second would silently
    replace the first (the texts of one slug by those of another, for instance)."""


def _mapping_of_unique_keys(loader, node):
    seen = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise DemoDataError(f"line {key_node.start_mark.line + 1}: {key!r} given twice")
        seen.add(key)
    return loader.construct_mapping(node)


_SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_of_unique_keys)


def read_demo_file(package, name):
    """The data of `<name>.yaml` in `package` (a dotted name, e.g. "agenda.demo")."""
    where = f"{package.replace('.', '/')}/{name}.yaml"
    try:
        text = (resources.files(package) / f"{name}.yaml").read_text(encoding="utf-8")
        return yaml.load(text, Loader=_SafeLoader)
    except FileNotFoundError:
        raise DemoDataError(f"{where}: no such file") from None
    except (yaml.YAMLError, DemoDataError) as error:
        raise DemoDataError(f"{where}: {error}") from error


def load_demo_data(package, name, translated=True):
    """The demo data of `<name>.yaml` in `package`: a list of entries, each with a unique
    `slug` (entries may have `children`, entries too), or a single entry (a mapping).

    When `translated`, each entry gets the texts of every language of settings.LANGUAGES under
    its language code, read from `<name>.<code>.yaml`: a mapping of the entries' slugs to their
    texts (for a single entry: its texts). The `body` of a text, a list of one-key mappings
    (`- heading: …`, `- paragraph: …`), becomes a list of (kind, value) pairs for
    `stream_blocks`. A language file that lacks an entry or names an unknown slug is an error.
    """
    data = read_demo_file(package, name)
    if not translated:
        return data
    where = package.replace(".", "/")
    entries = _entries_by_slug(data, f"{where}/{name}.yaml")
    for code, _name in settings.LANGUAGES:
        texts_file = f"{where}/{name}.{code}.yaml"
        texts = read_demo_file(package, f"{name}.{code}")
        if isinstance(data, dict):
            data[code] = _texts(texts, texts_file, data.get("slug", "(the entry)"))
            continue
        if not isinstance(texts, dict):
            raise DemoDataError(f"{texts_file}: expected the texts of each slug of {name}.yaml")
        if unknown := [slug for slug in texts if slug not in entries]:
            raise DemoDataError(f"{texts_file}: not slugs of {name}.yaml: {', '.join(unknown)}")
        if missing := [slug for slug in entries if slug not in texts]:
            raise DemoDataError(f"{texts_file}: no texts for {', '.join(missing)}")
        for slug, entry in entries.items():
            entry[code] = _texts(texts[slug], texts_file, slug)
    return data


def _entries_by_slug(data, where):
    if isinstance(data, dict):
        return {}
    if not isinstance(data, list):
        raise DemoDataError(f"{where}: expected a list of entries or a single entry")
    entries = {}
    pending = list(data)
    while pending:
        entry = pending.pop(0)
        if not isinstance(entry, dict) or "slug" not in entry:
            raise DemoDataError(f"{where}: an entry without a slug: {entry!r:.80}")
        if entry["slug"] in entries:
            raise DemoDataError(f"{where}: slug {entry['slug']!r} given twice")
        entries[entry["slug"]] = entry
        pending.extend(entry.get("children", []))
    return entries


def _texts(texts, where, slug):
    if not isinstance(texts, dict):
        raise DemoDataError(f"{where}: the texts of {slug!r} are not a mapping")
    if "body" in texts:
        texts["body"] = [_block(block, where, slug) for block in texts["body"]]
    return texts


def _block(block, where, slug):
    if not isinstance(block, dict) or len(block) != 1:
        raise DemoDataError(f"{where}: in the body of {slug!r}, {block!r:.80} is not `kind: value`")
    return next(iter(block.items()))


def ensure_locales():
    """The site's locales, French first, created when missing."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def stream_blocks(blocks):
    """Demo body blocks [(kind, value), …] as raw StreamField data of core.blocks.BodyBlock."""
    raw = []
    for kind, value in blocks:
        if kind == "paragraph":
            raw.append({"type": "paragraph", "value": text_to_paragraphs(value)})
        elif kind == "list":
            items = "".join(f"<li>{escape(item)}</li>" for item in value)
            raw.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif kind == "figures":
            raw.append({"type": "figures", "value": value})
        else:
            raw.append({"type": kind, "value": value})
    return raw


def upsert_translated_page(parent, model, slug, fields, locales, relations=None, keep_slug=False):
    """The page of `model` with `slug` under `parent`, in the default language, and its
    translations into the other `locales`, each with `fields[code]`, published; translations
    take a slug of their title unless `keep_slug`. Returns the page in the default language.

    A new page is published once its translations are: publishing it then finds them all, and
    core.translations.follow_original, which would first create each missing one with the
    French words (only for the words to be replaced at once), has nothing to create."""
    default = fields[settings.LANGUAGE_CODE]
    page = parent.get_children().filter(slug=slug).specific().first()
    new = page is None
    if new:
        page = _add_child(parent, model, slug, default, relations, live=False)
    else:
        _publish(page, _assign(page, default, relations))
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            translation_slug = slug if keep_slug else None
            upsert_translation(page, locale, fields[code], translation_slug, relations)
    if new:
        page.save_revision().publish()
    return page


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


def _add_child(parent, model, slug, fields, relations, live):
    page = model(slug=slug, locale_id=parent.locale_id, live=live, **fields)
    for name, objects in (relations or {}).items():
        getattr(page, name).set(objects)
    parent.add_child(instance=page)
    return page


def upsert_page(parent, model, slug, fields, relations=None):
    """The page of `model` with `slug` under `parent` (same locale), created or brought up to
    date with `fields` and `relations`, and published. Returns the specific page."""
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is None:
        page = _add_child(parent, model, slug, fields, relations, live=True)
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
