"""Every language complete at once: a page published in the default language (French) appears
in every content language (settings.WAGTAIL_CONTENT_LANGUAGES) at the same moment, as a
wagtail-localize synchronised translation that shows the French text until someone translates
it (in wagtail-localize's translation editor, or by hand).

- `follow_original(page)`, on publishing a default-language page: creates its missing
  translations (wagtail-localize's TranslationSource / Translation, as its "Translate" action
  does) and brings the existing ones up to date: the synchronised fields (dates, status,
  links…) always; a text field only while nobody translated it, so a translation is never
  overwritten. A translation is published when it was live without a pending draft; otherwise
  the update waits in a new draft.
- `unpublish_translations(page)` and `delete_translations(page)` follow the original offline.
- `french_fields(page)`: the text fields of a translation still showing the original's words,
  for the templates to mark them `lang="fr"`.

The apps say which page types follow (agenda and news signal handlers); this module imports no
app model."""

import json
import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import copy_synchronised_fields, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

logger = logging.getLogger(__name__)

# Set by `written_by_hand()`: publishing a default-language page creates no translation.
_BY_HAND = ContextVar("translations_written_by_hand", default=False)

# The text a visitor reads first; `french_fields` looks at these.
SHOWN_TEXT_FIELDS = ("title", "summary", "description", "body", "intro")


def default_locale_id():
    return Locale.get_default().pk


def target_locales():
    """The content languages other than the default one, created when missing."""
    default = settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != default]
    return [Locale.objects.get_or_create(language_code=code)[0] for code in codes]


def text_fields(model):
    """The model fields wagtail-localize translates (as opposed to synchronises)."""
    fields = []
    for translatable in get_translatable_fields(model):
        if not translatable.is_translated(model):
            continue
        field = translatable.get_field(model)
        if isinstance(field, models.Field) and field.concrete:
            fields.append(field)
    return fields


def _text(page, field):
    text = field.value_to_string(page)
    if isinstance(field, StreamField):  # PostgreSQL's jsonb keeps keys in its own order
        return json.dumps(json.loads(text), sort_keys=True)
    return text


def _ephemeral(source, locale):
    """The translation into `locale` as wagtail-localize would build it from `source` and the
    translation memory of `locale` (untranslated strings in the original language)."""
    return source.get_ephemeral_translated_instance(locale, fallback=True)


def _texts_to_keep(draft, fields, old_original, new_original, old_expected, new_expected):
    """{field: value} of the text `fields` of `draft` (a translation) that stay as they are; the
    others take their value in `new_expected` (the original's new words, or their translation
    when the translation memory has it).

    A field still showing the original's previous words takes the new ones. A field someone
    translated keeps its words, unless they came from the translation memory and the memory
    translates the new text too (an updated paragraph among translated ones, say)."""
    kept = {}
    for field in fields:
        current = _text(draft, field)
        wanted = _text(new_expected, field)
        untranslated = old_original is not None and current == _text(old_original, field)
        from_memory = (
            old_expected is not None
            and current == _text(old_expected, field)
            and wanted != _text(new_original, field)
        )
        if not (untranslated or from_memory):
            kept[field.attname] = getattr(draft, field.attname)
    return kept


def _parent_translated(page, locale):
    """Whether the parent of `page` has a translation into `locale` (logged when not: the
    site's structure is incomplete, and the page stays untranslated there)."""
    parent = page.get_parent()
    if parent.has_translation(locale):
        return True
    logger.warning(
        "No %s translation of “%s” (page %s): “%s” (page %s) stays untranslated.",
        locale.language_code,
        parent.title,
        parent.pk,
        page.title,
        page.pk,
    )
    return False


def _create_translation(source, locale):
    """A new synchronised translation of the source's page into `locale`, published."""
    # What wagtail-localize's "Translate" action records: the translation is synchronised, so
    # its edit view is the translation editor.
    Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation, _created = source.create_or_update_translation(
        locale, publish=False, fallback=True
    )
    # wagtail-localize publishes on commit; the page must be live with its original at once.
    translation.get_latest_revision().publish(skip_permission_checks=True)
    return translation


@contextmanager
def written_by_hand():
    """For code that writes every language's words itself (the demo seed): a default-language
    page published meanwhile does not get copies showing its words, to be replaced at once.
    What it writes is then a translation someone made: `follow_original` keeps its words
    when the original changes later."""
    token = _BY_HAND.set(True)
    try:
        yield
    finally:
        _BY_HAND.reset(token)


@transaction.atomic
def follow_original(page):
    """Make the translations of `page`, just published in the default language, follow it (see
    the module's docstring). Returns the translations created."""
    page = page.specific
    if _BY_HAND.get() or page.locale_id != default_locale_id():
        return []
    model = type(page)
    old_source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    old_original = old_source.as_instance() if old_source else None
    copies = {
        copy.locale_id: copy
        for copy in model.objects.filter(translation_key=page.translation_key).exclude(
            locale_id=page.locale_id
        )
    }
    # The languages to create: where the parent page is translated (and nothing to record
    # when there are none, as for the pages of a site in one language).
    missing = [
        locale
        for locale in target_locales()
        if locale.pk not in copies and _parent_translated(page, locale)
    ]
    if not copies and not missing:
        return []
    old_expected = {
        locale_id: _ephemeral(old_source, copy.locale) if old_source else None
        for locale_id, copy in copies.items()
    }
    source, _created = TranslationSource.update_or_create_from_instance(page)
    new_original = source.as_instance()
    fields = text_fields(model)
    created = [_create_translation(source, locale) for locale in missing]
    for locale in target_locales():
        copy = copies.get(locale.pk)
        if copy is None:
            continue
        publish = copy.live and not copy.has_unpublished_changes
        draft = copy.get_latest_revision_as_object()
        before = draft.serializable_data()
        new_expected = _ephemeral(source, locale)
        kept = _texts_to_keep(
            draft, fields, old_original, new_original, old_expected[locale.pk], new_expected
        )
        # wagtail-localize's own synchronisation (it copies stream fields whole, then the
        # translated strings go back in); then the text, field by field
        copy_synchronised_fields(page, draft)
        for field in fields:
            value = kept.get(field.attname, getattr(new_expected, field.attname))
            setattr(draft, field.attname, value)
        if draft.serializable_data() == before:
            continue
        revision = draft.save_revision(log_action=True, clean=False)
        if publish:
            revision.publish(skip_permission_checks=True)
    return created


def _translations(page):
    page = page.specific
    if page.locale_id != default_locale_id():
        return type(page).objects.none()
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key)
        .exclude(locale_id=page.locale_id)
    )


def unpublish_translations(page):
    """Take offline the translations of `page`, unpublished in the default language."""
    for translation in _translations(page).live():
        translation.unpublish(log_action=True)


def delete_translations(page):
    """Delete the translations of `page`, deleted in the default language."""
    for translation in _translations(page):
        translation.delete()


def original_of(page):
    """The default-language page `page` translates, or None (`page` is one, or has none)."""
    if page.locale_id == default_locale_id():
        return None
    return (
        type(page)
        ._default_manager.filter(
            translation_key=page.translation_key, locale_id=default_locale_id()
        )
        .first()
    )


def french_fields(page):
    """The names of the text fields shown by `page`, a translation, that still hold the words
    of its default-language original (the live version): nobody translated them yet."""
    original = original_of(page)
    if original is None:
        return set()
    names = set()
    for name in SHOWN_TEXT_FIELDS:
        try:
            field = type(page)._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if getattr(page, field.attname) and _text(page, field) == _text(original, field):
            names.add(name)
    return names


def original_titles(pages):
    """{translation_key: title} of the default-language originals of `pages` (one query)."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    return dict(
        Page.objects.filter(locale_id=default_locale_id(), translation_key__in=keys).values_list(
            "translation_key", "title"
        )
    )
