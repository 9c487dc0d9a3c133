"""Marks for the text a translated page still shows in the original language (French): the
templates put `lang="fr"` on it, so that screen readers read it in French, and say it is not
translated yet (core/translations.py)."""

from django import template

from core.translations import default_locale_id, french_fields, original_titles

register = template.Library()

# The names the listing templates give their cards' objects (occurrences carry their event).
LISTINGS = ("occurrences", "items", "releases")


@register.simple_tag(name="french_fields")
def french_fields_tag(page):
    """The names of `page`'s shown text fields that nobody translated yet (a set, empty in the
    default language)."""
    if page.locale_id == default_locale_id():
        return set()
    return french_fields(page)


@register.simple_tag(takes_context=True)
def title_in_french(context, page):
    """True when `page` is a translation whose title is still its original's. The originals'
    titles of the whole listing `page` is in (the template's `occurrences`, `items` or
    `releases`) are read at once: one query per listing, kept on the request."""
    if page.locale_id == default_locale_id():
        return False
    request = context.get("request")
    titles = getattr(request, "_original_titles", None)
    if titles is None or page.translation_key not in titles:
        listed = next((context[n] for n in LISTINGS if context.get(n)), ())
        pages = [getattr(item, "event", item) for item in listed] + [page]
        titles = {**(titles or {}), **original_titles(pages)}
        for item in pages:
            titles.setdefault(item.translation_key, None)
        if request is not None:
            request._original_titles = titles
    return titles.get(page.translation_key) == page.title
