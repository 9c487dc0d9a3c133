"""The interface must be complete in French, English and Italian."""

from pathlib import Path

from django.conf import settings

import polib
import pytest

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_catalogue_has_no_untranslated_or_fuzzy_entry(lang):
    po = polib.pofile(str(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_compiled_catalogue_matches_its_source(lang):
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))
    compiled = {(e.msgid, e.msgstr or str(e.msgstr_plural)) for e in mo if e.msgid}
    source = {
        (e.msgid, e.msgstr or str(e.msgstr_plural)) for e in po.translated_entries() if e.msgid
    }
    assert source == compiled


def test_every_template_string_is_in_the_catalogue():
    """A {% translate %} added without `make messages` would silently stay in English."""
    import re

    po_ids = {e.msgid for e in polib.pofile(str(LOCALE_DIR / "fr" / "LC_MESSAGES" / "django.po"))}
    pattern = re.compile(r"{%\s*translate\s+\"([^\"]+)\"")
    missing = []
    for template in (Path(settings.BASE_DIR) / "templates").rglob("*.html"):
        missing += [m for m in pattern.findall(template.read_text()) if m not in po_ids]
    assert missing == []
