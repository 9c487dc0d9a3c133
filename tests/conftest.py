from wagtail.models import Locale, Page, Site

import pytest

from core.demo import ensure_locales
from home.models import SiteSettings
from tests.factories import AgendaPageFactory, DirectoryPageFactory, HomePageFactory


@pytest.fixture
def locales(db):
    return ensure_locales()


def translate(page, locale, **fields):
    """A published translation of `page` into `locale` with `fields` set."""
    translated = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def make_home_page(locales):
    """A French home page at the site root, translated into English and Italian, and the
    default site on it (what the `home_page` fixture gives; also for module-scoped scenes)."""
    # A transactional test (the browser tests) flushes the tree that migrations made.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["fr"])
    )
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    SiteSettings.objects.create(site=Site.objects.get(), network_name="UDESS 05")
    translate(home, locales["en"], title="Home", hero_title="The social economy of the Alps")
    translate(home, locales["it"], title="Home", hero_title="L'economia sociale delle Alpi")
    return home


@pytest.fixture
def home_page(locales):
    """A French home page at the site root, translated into English and Italian."""
    return make_home_page(locales)


@pytest.fixture
def agenda(home_page):
    return AgendaPageFactory(parent=home_page)


@pytest.fixture
def directory(home_page):
    return DirectoryPageFactory(parent=home_page)


@pytest.fixture
def translations_of(home_page):
    def _translations(page):
        return {
            p.locale.language_code: p.specific
            for p in page.get_translations(inclusive=True).select_related("locale")
        }

    return _translations


@pytest.fixture
def french(locales):
    return Locale.objects.get(language_code="fr")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (cached taxonomy choices, site root paths…)."""
    from django.core.cache import cache

    cache.clear()
