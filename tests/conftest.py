import fcntl
import gc
import hashlib
import shutil
import sqlite3
import ssl
import subprocess
import sys
from contextlib import closing, suppress
from functools import partial
from pathlib import Path

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import reference_index_auto_update_disabled

import pytest
from pytest_httpserver import HTTPServer

from core.demo import ensure_locales
from core.models import Commune
from home.management.commands.seed_demo import search_index_updates_held
from home.models import HomePage, SiteSettings
from tests.factories import (
    AgendaPageFactory,
    DirectoryPageFactory,
    HomePageFactory,
    OrganisationPageFactory,
)

ROOT = Path(__file__).resolve().parent.parent
# What a migrated database depends on: the migrations, the files the data migrations read, what
# runs after migrating (the roles), the installed packages and Python.
MIGRATED_FROM = [
    *sorted(ROOT.glob("*/migrations/*.py")),
    *sorted((ROOT / "core" / "data").iterdir()),
    ROOT / "core" / "taxonomies.py",
    ROOT / "home" / "roles.py",
    ROOT / "home" / "signals.py",
    ROOT / "requirements.txt",
    ROOT / "requirements-dev.txt",
]


# The files that take longest (`pytest --durations=0`, summed per file, on a 2-core machine),
# longest first. `make test` hands whole files to its workers in collection order
# (--dist loadfile --no-loadscope-reorder): started first, they are not what one worker is still
# running at the end while the other has nothing left.
LONGEST_FILES = [
    "tests/home/test_seed.py",  # 43 s
    "tests/accounts/test_permissions.py",  # 25 s
    "tests/core/test_backup.py",  # 20 s
    "tests/agenda/test_import_channels.py",  # 16 s
    "tests/agenda/test_listing.py",  # 11 s
    "tests/accounts/test_moderation.py",  # 11 s
    "tests/accounts/test_isolation.py",  # 11 s
    "tests/accounts/test_dashboard.py",  # 9 s
    "tests/core/test_public_inputs.py",  # 9 s
    # the browser pass
    "tests/browser/test_recurrence_editor.py",  # 37 s
    "tests/browser/test_moderation.py",  # 19 s
    "tests/browser/test_directory.py",  # 15 s
    "tests/browser/test_site_shell.py",  # 14 s
    "tests/browser/test_agenda.py",  # 14 s
    "tests/browser/test_places.py",  # 13 s
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The longest files first; the rest in the order pytest-django left them (a stable sort)."""
    rank = {path: index for index, path in enumerate(LONGEST_FILES)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    """The objects alive once the tests are collected (Django's apps, URL resolvers and
    templates, the test modules) live until the end: kept out of the garbage collector's scans,
    and its young generation collected less often, a run takes 5 % less time (the tests build
    and drop many model instances, each collection walked every object still alive)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


def migrated_template(folder):
    """Where the SQLite database migrated from what MIGRATED_FROM holds now is kept."""
    digest = hashlib.sha256(sys.version.encode())
    for path in MIGRATED_FROM:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return Path(folder) / f"migrated-{digest.hexdigest()[:16]}.sqlite3"


@pytest.fixture(scope="session", autouse=True)
def _migrated_once(request, tmp_path_factory):
    """On SQLite, each test database (one per xdist worker, in each pass of `make test`) is a
    copy of a database migrated once and kept in pytest's cache folder until a migration, a
    data file or a requirement changes: migrating takes 15 s of CPU, copying a few ms. The
    first worker migrates while the others wait for it."""
    from django.core import management
    from django.db.backends.sqlite3.creation import DatabaseCreation

    cache = getattr(request.config, "cache", None)
    folder = cache.mkdir("hubess05-db") if cache else tmp_path_factory.getbasetemp()
    template = migrated_template(folder)
    create_test_db = DatabaseCreation.create_test_db
    call_command = management.call_command

    def migrate_or_copy(self, name, *args, **kwargs):
        if name != "migrate":
            return call_command(name, *args, **kwargs)
        with open(template.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self.connection.ensure_connection()
            if template.exists():
                with closing(sqlite3.connect(template)) as source:
                    source.backup(self.connection.connection)
                return None
            call_command(name, *args, **kwargs)
            unfinished = template.with_suffix(".partial")
            with closing(sqlite3.connect(unfinished)) as copy:
                self.connection.connection.backup(copy)
            unfinished.replace(template)
        return None

    def create_from_template(self, *args, **kwargs):
        management.call_command = partial(migrate_or_copy, self)
        try:
            return create_test_db(self, *args, **kwargs)
        finally:
            management.call_command = call_command

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseCreation, "create_test_db", create_from_template)
        yield template


@pytest.fixture(scope="session")
def migrated_sqlite(django_db_setup, _migrated_once):
    """The SQLite file migrated for this run's test databases (made by the first SQLite test
    database, even in an earlier run: it is named by what it was migrated from), else None."""
    return _migrated_once if _migrated_once.exists() else None


@pytest.fixture(autouse=True)
def _french_to_begin_with():
    """Each test starts in French, the site's default: Django's LocaleMiddleware activates the
    language of a request in the test's thread and leaves it active after the answer."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


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


@pytest.fixture(scope="session", autouse=True)
def _settings_database_name():
    """The settings' database name, before a test database takes its place."""
    return settings.DATABASES["default"]["NAME"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, _settings_database_name):
    """Each worker's database holds the home scene from the start (make_home_page: 0.1 s, which
    700 tests would otherwise each spend); every test still runs in a transaction rolled back
    at its end, so what one changes of it the next never sees. Nothing when no selected test
    uses the database (pytest-django then makes no test database)."""
    from django.db import connection

    if connection.settings_dict["NAME"] != _settings_database_name:
        with django_db_blocker.unblock():
            make_home_page(ensure_locales())


def scene_home():
    """The home page of make_home_page if the database holds it, whole (a transactional test
    flushes it, a module's scene replaces it), else None."""
    site = Site.objects.filter(is_default_site=True, root_page__depth=2).first()
    home = site and site.root_page.specific
    if isinstance(home, HomePage) and home.get_translations().filter(live=True).count() == 2:
        return home
    return None


@pytest.fixture
def home_page(locales):
    """A French home page at the site root, translated into English and Italian."""
    return scene_home() or make_home_page(locales)


def once_per_module(build, language=None):
    """A module-scoped fixture that runs `build(home_page, locales)` once for the module's tests
    (in `language`, the site's by default, with an empty cache) and gives what it returns,
    inside a transaction rolled back after the module's last test; each test still runs in its
    own savepoint (the `db` fixture), so what one changes the next never sees. For scenes that
    tests read, not for instances they change (read those again by pk), nor for transactional
    tests (a flush would empty the scene). Built outside a test, the scene is in the search
    index."""

    @pytest.fixture(scope="module")
    def _scene(django_db_setup, django_db_blocker):
        from django.core.cache import cache
        from django.db import transaction

        with django_db_blocker.unblock(), transaction.atomic():
            with translation.override(language or settings.LANGUAGE_CODE):
                cache.clear()
                locales = ensure_locales()
                built = build(scene_home() or make_home_page(locales), locales)
            yield built
            transaction.set_rollback(True)

    return _scene


@pytest.fixture
def agenda(home_page):
    return AgendaPageFactory(parent=home_page)


@pytest.fixture
def directory(home_page):
    return DirectoryPageFactory(parent=home_page)


def la_roue(directory, **fields):
    """La Roue, an organisation of Briançon, under `directory`, with `fields` set."""
    return OrganisationPageFactory(
        parent=directory,
        title="La Roue",
        slug="la-roue",
        commune=Commune.objects.get(insee="05023"),
        **fields,
    )


@pytest.fixture
def roue(directory):
    return la_roue(directory)


def card_titles(response):
    """The titles of the cards (events, news…) of a listing `response`, in order."""
    html = response.content.decode()
    return [
        chunk.split("</a>")[0].split(">")[-1]
        for chunk in html.split('<h3 class="card__title">')[1:]
    ]


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
def _indexes_where_a_test_reads_them(request):
    """Every save of a page or snippet updates Wagtail's search index and reference index, a
    task each (a fifth of the time of a test that builds pages): a test keeps them up to date
    only when marked `indexed` (it searches, or reads an object's usage). Scenes built outside
    a test (the worker's home scene, module scenes) are indexed."""
    if request.node.get_closest_marker("indexed"):
        yield
        return
    # Wagtail's own context manager does not nest (seed_demo enters it too).
    reference_index_auto_update_disabled.value = True
    try:
        with search_index_updates_held():
            yield
    finally:
        with suppress(AttributeError):
            del reference_index_auto_update_disabled.value


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (cached taxonomy choices, site root paths…)."""
    from django.core.cache import cache

    cache.clear()


# --- HTTPS servers on the loopback -------------------------------------------------------------


def self_signed_certificate(tmp_path_factory, name, alt_name):
    """A certificate for the common name `name` and the subjectAltName `alt_name` ("DNS:hub.test",
    "IP:127.0.0.1"), valid two days, made by openssl: (certificate path, key path). Skips the
    test where openssl is missing."""
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + ["-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2"]
        + ["-subj", f"/CN={name}", "-addext", f"subjectAltName={alt_name}"],
        check=True,
        capture_output=True,
    )
    return cert, key


def start_https_server(cert, key):
    """A started pytest-httpserver on 127.0.0.1 (any free port), serving HTTPS with `cert`."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    return server


def translate_in_editor(page, locale, **texts):
    """What a volunteer does in wagtail-localize's translation editor: translate the strings of
    `texts` (segment path: translated text), then publish. Returns the translated page."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    for path, text in texts.items():
        segment = StringSegment.objects.get(source=translation.source, context__path=path)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    translation.save_target(publish=False)
    model = type(page)
    translated = model.objects.get(translation_key=page.translation_key, locale=locale)
    translated.get_latest_revision().publish()
    return model.objects.get(pk=translated.pk)
