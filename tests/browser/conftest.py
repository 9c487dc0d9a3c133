"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server."""

import os
import sqlite3
import time
from contextlib import closing, suppress
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from core.demo import ensure_locales
from tests.accounts.conftest import PASSWORD
from tests.accounts.conftest import logged_in as client_logged_in
from tests.conftest import make_home_page, scene_home

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# to set up data are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On SQLite, the browser tests' database is a file (one per xdist worker) in WAL mode,
    not the shared in-memory one: the live server answers the page and Wagtail's
    editing-session pings in threads of their own, and two writes at once on the shared
    in-memory database fail at once ("database table is locked") where a file waits."""
    import tempfile

    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = Path(tempfile.gettempdir()) / f"hubess05-browser-tests-{os.getpid()}-{worker}.sqlite3"
    database["TEST"] = {**database.get("TEST", {}), "NAME": str(name)}
    database["OPTIONS"] = {
        **database.get("OPTIONS", {}),
        "timeout": 20,
        # as in development (config/settings/base.py): a page saved while the editor autosaves
        # waits for the write lock instead of failing with "database is locked"
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;",
    }


# What the post_migrate signal that follows a flush would make again, the same whatever a test
# did: kept instead of deleted and rebuilt (130 ms after each test, most of a flush).
KEPT_BY_FLUSH = {"django_content_type", "auth_permission"}


def flush():
    """Empty the database as Django's flush does after a transactional test, and leave it as
    the post_migrate signal that follows would: the content types and permissions are kept,
    the roles made again (home/signals.py)."""
    from django.core.management.color import no_style
    from django.db import connection

    from home.roles import ensure_roles

    tables = set(connection.introspection.django_table_names(only_existing=True)) - KEPT_BY_FLUSH
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), sorted(tables)))
    ensure_roles()


@pytest.fixture(scope="session")
def database_as_it_began(django_db_setup, django_db_blocker, tmp_path_factory):
    """On SQLite, a copy of the worker's database as the session began (migrated, with the
    taxonomies, the roles and the home scene, tests/conftest.py `django_db_setup`); None on
    PostgreSQL."""
    from django.db import connection

    if connection.vendor != "sqlite":
        return None
    path = tmp_path_factory.mktemp("database") / "as-it-began.sqlite3"
    with django_db_blocker.unblock(), closing(sqlite3.connect(path)) as copy:
        connection.ensure_connection()
        connection.connection.backup(copy)
    return path


def start_again(database_as_it_began):
    """After a transactional test: on SQLite, the database as the session began, copied back
    (a few milliseconds, where emptying it and building the home scene again took 0.2 s);
    on PostgreSQL, `flush`."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    if database_as_it_began is None:
        flush()
        return
    connection.ensure_connection()  # a test may have closed it
    with closing(sqlite3.connect(database_as_it_began)) as copy:
        copy.backup(connection.connection)
    # The content types made during the test are gone, and their ids will be given again.
    ContentType.objects.clear_cache()


@pytest.fixture(scope="session", autouse=True)
def _start_again_after_transactional_tests(database_as_it_began):
    """pytest-django ends each transactional test with Django's flush: `start_again` instead."""
    from django.test import TransactionTestCase

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            TransactionTestCase,
            "_fixture_teardown",
            lambda self: start_again(database_as_it_began),
        )
        yield


@pytest.fixture(scope="module")
def scene_home_page(django_db_setup, django_db_blocker, database_as_it_began):
    """The home page (with the taxonomies) of a module whose tests only look: they open pages,
    filter, search, and change nothing that another test of the module reads. The module's own
    module-scoped fixture builds its scene on it once, committed, and its tests read the
    database without a transaction; after the last one the database starts again as a
    transactional test leaves it (`start_again`), even when building it failed. (Setting up
    a scene per test was 50 of the browser pass's 245 s.)"""
    with django_db_blocker.unblock():
        try:
            ensure_taxonomies()
            yield scene_home() or make_home_page(ensure_locales())
        finally:
            start_again(database_as_it_began)


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's own (it gives every test of the live server a transactional database,
    flushed at the test's end), except for the tests that read their module's scene
    (`scene_home_page`): their end must leave the scene in place."""
    if "live_server" not in request.fixturenames:
        yield
        return
    if "scene_home_page" not in request.fixturenames:
        request.getfixturevalue("transactional_db")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = "Debian's chromium is missing: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab that records console errors and uncaught exceptions. Its visitor
    prefers reduced motion, as some do: an idle page of Wagtail's admin then runs no animation
    (Chromium spent about 0.1 CPU-second per second on one left open)."""
    context = browser.new_context(
        locale="fr-FR", viewport={"width": 1280, "height": 900}, reduced_motion="reduce"
    )
    tab = context.new_page()
    tab.console_errors = []
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    tab.on("pageerror", lambda error: tab.console_errors.append(str(error)))
    watch_requests(context, tab)
    yield tab
    # Leave the page and let what it sends on leaving be answered (Wagtail's editor releases its
    # editing session with a beacon) before the test's end flushes the database: on PostgreSQL
    # that request and the flush deadlocked.
    tab.on("dialog", lambda dialog: dialog.accept())  # "leave with unsaved changes?"
    with suppress(PlaywrightError):
        tab.goto("about:blank", timeout=5000)
    deadline = time.monotonic() + 5
    while tab.in_flight and time.monotonic() < deadline:
        tab.wait_for_timeout(50)
    context.close()


# How long a tab must have had no request in flight to be taken as loaded. Playwright's
# "networkidle" waits 500 ms: 66 waits cost the browser pass 25 s, spent idle.
QUIET = 0.15


def watch_requests(context, tab):
    """Keep on `tab` the requests of `context` in flight and when one last began or ended."""
    tab.in_flight = set()
    tab.last_request = time.monotonic()

    def began(request):
        tab.in_flight.add(request)
        tab.last_request = time.monotonic()

    def ended(request):
        tab.in_flight.discard(request)
        tab.last_request = time.monotonic()

    context.on("request", began)
    context.on("requestfinished", ended)
    context.on("requestfailed", ended)


def network_quiet(tab, timeout=15):
    """Wait until the tab has loaded and no request has been in flight for QUIET seconds (for
    a tab that `watch_requests` does not follow, Playwright's "networkidle")."""
    if not hasattr(tab, "in_flight"):
        tab.wait_for_load_state("networkidle")
        return
    tab.wait_for_load_state("load")
    deadline = time.monotonic() + timeout
    while tab.in_flight or time.monotonic() - tab.last_request < QUIET:
        assert time.monotonic() < deadline, f"requests still in flight: {tab.in_flight}"
        tab.wait_for_timeout(25)  # Playwright delivers the request events while it waits
    tab.wait_for_load_state("load")  # a navigation those requests began has loaded too


def axe_violations(tab):
    """axe-core's WCAG 2.2 A/AA violations on the tab's current page, as short strings."""
    # Colours are read as shown once still: a message fading in would fail the contrast check.
    # Finite animations are brought to their end rather than waited for (Wagtail's sidebar
    # badge pings for 25 seconds after every page load).
    network_quiet(tab)
    tab.evaluate(
        "() => document.getAnimations().forEach(a => { if (a.playState === 'running' && "
        "a.effect?.getComputedTiming().iterations !== Infinity) a.finish(); })"
    )
    # Evaluated through the DevTools protocol: an injected <script> would be refused, rightly,
    # by the site's Content-Security-Policy.
    tab.evaluate(AXE.read_text())
    # Only the violations are gathered whole (axe then keeps one node of each passing rule).
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{v['id']}: {v['help']} ({', '.join(str(n['target']) for n in v['nodes'][:3])})"
        for v in result["violations"]
    ]


def tab_until(tab, predicate_js, max_presses=60):
    """Press Tab until the focused element satisfies `predicate_js` (a JS function of it)."""
    for _ in range(max_presses):
        tab.keyboard.press("Tab")
        if tab.evaluate(f"({predicate_js})(document.activeElement)"):
            return
    raise AssertionError(f"keyboard focus never reached an element matching {predicate_js}")


def choose_with_keyboard(tab, value, max_presses=40):
    """On the focused (closed) <select>, press ArrowDown until its value is `value`."""
    for _ in range(max_presses):
        if tab.evaluate("document.activeElement.value") == value:
            return
        tab.keyboard.press("ArrowDown")
    raise AssertionError(f"the focused select never reached the value {value!r}")


def filter_with_keyboard(tab, **choices):
    """On a public listing (agenda, directory), choose each field's value of `choices` in the
    filter form ({field name: value}, in the form's order) with the keyboard only, submit the
    form with Enter and wait for the filtered listing."""
    for field, value in choices.items():
        tab_until(tab, f"el => el.id === 'id_{field}'")
        choose_with_keyboard(tab, value)
    tab_until(tab, "el => el.type === 'submit' && el.closest('form.filters') !== null")
    tab.keyboard.press("Enter")
    tab.wait_for_url(lambda url: all(f"{field}={value}" in url for field, value in choices.items()))


def log_in(tab, live_server, username):
    """Log `username` (made by tests.accounts.conftest.make_user) in through Wagtail's form."""
    tab.goto(live_server.url + "/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(live_server.url + "/admin/")


def logged_in(tab, live_server, username):
    """`username` logged in by the session cookie of a test client logged in as them
    (tests.accounts.conftest.logged_in): for the tests whose subject is not the login (the
    form's own flow is `log_in`'s)."""
    from django.conf import settings
    from django.contrib.auth import get_user_model

    client = client_logged_in(get_user_model().objects.get(username=username))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    tab.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def ensure_taxonomies():
    """Load the territories, communes, themes and sectors again where a previous transactional
    test flushed them."""
    from core.models import Commune, Sector, Territory, Theme

    if Commune.objects.count() == 0:
        from core.taxonomies import load_taxonomies

        load_taxonomies(Territory, Commune, Theme, Sector)


def edits_watched(tab):
    """Wait until Wagtail's unsaved-changes controller has read the form as loaded (2 s after
    the page loads): what is typed before that is taken for the form's initial state, so it
    is never seen as an edit and never autosaved (a fast machine typed it in time)."""
    tab.wait_for_function(
        "() => { const form = document.querySelector('[data-controller~=\"w-unsaved\"]');"
        " const unsaved = form && window.wagtail?.app?.getControllerForElementAndIdentifier("
        "form, 'w-unsaved'); return Boolean(unsaved?.initialFormData); }"
    )


def autosaved(tab):
    """Wait until Wagtail's autosave has made the new page and turned the add form into its edit
    form: submitting earlier would post a second new page on a slow machine, and axe would
    measure a form being replaced."""
    # (the address changes by history.replaceState: no navigation to wait for)
    tab.wait_for_function(r"() => /\/admin\/pages\/\d+\/edit\/$/.test(location.pathname)")
    network_quiet(tab)


def press_book_members(home_page, *editors):
    """The press book's scene: taxonomies and roles back, "alice" a communicator of an
    organisation and each of `editors` a network editor, their admin in French. Returns
    {username: user}."""
    from wagtail.users.models import UserProfile

    from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
    from tests.accounts.conftest import make_user, organisation
    from tests.factories import DirectoryPageFactory

    ensure_taxonomies()
    ensure_roles()
    roue = organisation(DirectoryPageFactory(parent=home_page), "org_a")
    users = {"alice": make_user("alice", groups=[COMMUNICATORS], organisations=[roue])}
    users.update({name: make_user(name, groups=[NETWORK_EDITORS]) for name in editors})
    UserProfile.objects.filter(user__in=users.values()).update(preferred_language="")
    return users
