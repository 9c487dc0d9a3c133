"""How the filtered directory listing scales: median render time with 25 and with 500
organisations, and their ratio (budget: at most 1.5).

Run from the project root: `.venv/bin/python bench/directory.py`. It builds a throwaway test
database (SQLite in memory, or DATABASE_URL's server with a `test_` prefix) and destroys it at
the end. Always exits 0: it is a measurement, the verdict is printed."""

import gc
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

SIZES = (25, 500)
BUDGET = 1.5
WARMUP, RUNS = 3, 30
# Organisation i is in territory i % 9 and has theme THEMES[i % 3] (plus a second one), so
# "gapencais + its theme" matches 1 organisation in 9 whatever the size.
TERRITORY = "gapencais"
THEMES = ["culture", "alimentation", "mobilite"]
SECOND_THEMES = ["solidarite", "environnement", "emploi"]
UNFILTERED = "/annuaire/"


def build_site():
    """The site tree of tests/conftest.py's `home_page` fixture, and a directory in it."""
    from wagtail.models import Page, Site

    from core.demo import ensure_locales
    from home.models import SiteSettings
    from tests.factories import DirectoryPageFactory, HomePageFactory

    locales = ensure_locales()
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["fr"])
    )
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    SiteSettings.objects.create(site=Site.objects.get(), network_name="UDESS 05")
    for code, title in (("en", "Home"), ("it", "Home")):
        home.copy_for_translation(locales[code], copy_parents=True).save_revision().publish()
        Page.objects.filter(locale=locales[code], depth=2).update(title=title)
    return DirectoryPageFactory(parent=home)


class Organisations:
    """Adds organisations to the directory, spread over the 9 territories and 6 themes."""

    def __init__(self, directory):
        from core.models import Commune, Territory, Theme

        self.directory = directory
        self.count = 0
        territories = list(Territory.objects.order_by("order", "name"))
        assert len(territories) == 9, f"expected 9 territories, found {len(territories)}"
        self.territory_index = [t.slug for t in territories].index(TERRITORY)
        self.communes = [list(Commune.objects.filter(territory=t)) for t in territories]
        self.themes = {t.slug: t for t in Theme.objects.filter(slug__in=THEMES + SECOND_THEMES)}
        self.theme = THEMES[self.territory_index % len(THEMES)]

    def grow_to(self, total):
        from tests.factories import OrganisationPageFactory

        started = time.perf_counter()
        while self.count < total:
            i = self.count
            communes = self.communes[i % 9]
            OrganisationPageFactory(
                parent=self.directory,
                title=f"Structure {i:04d}",
                slug=f"structure-{i:04d}",
                commune=communes[(i // 9) % len(communes)],
                themes=[
                    self.themes[THEMES[i % 3]],
                    self.themes[SECOND_THEMES[(i // 9) % 3]],
                ],
            )
            self.count += 1
            if self.count % 50 == 0 or self.count == total:
                elapsed = time.perf_counter() - started
                print(f"  {self.count:4d} organisations ({elapsed:5.1f} s)", flush=True)

    @property
    def filtered_url(self):
        return f"/annuaire/?territory={TERRITORY}&theme={self.theme}"


def measure(client, url):
    """(median ms, p90 ms, SQL queries per request) of GET url after WARMUP requests."""
    cache.clear()
    for _ in range(WARMUP):
        response = client.get(url)
        assert response.status_code == 200, f"GET {url}: {response.status_code}"
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    # Counted now: the next request empties the log that `queries` reads lazily.
    query_count = len(queries)
    timings = []
    gc.collect()
    gc.disable()  # a collection landing in one run would be noise, not the page's cost
    try:
        for _ in range(RUNS):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        gc.enable()
    p90 = statistics.quantiles(timings, n=10)[-1]
    return statistics.median(timings), p90, query_count


def matching(theme):
    """How many organisations the filtered URL should find (counted without the app's form)."""
    from directory.models import OrganisationPage

    return (
        OrganisationPage.objects.filter(territory__slug=TERRITORY, themed_items__tag__slug=theme)
        .distinct()
        .count()
    )


def cards(client, url):
    return client.get(url).content.decode().count('class="card organisation-card"')


def main():
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    print(f"Building a test database ({connection.vendor})…", flush=True)
    connection.creation.create_test_db(verbosity=0)
    try:
        directory = build_site()
        organisations = Organisations(directory)
        client = Client()
        results = {}
        for size in SIZES:
            print(f"Creating organisations up to {size}…", flush=True)
            organisations.grow_to(size)
            url = organisations.filtered_url
            median, p90, queries = measure(client, url)
            all_median, all_p90, all_queries = measure(client, UNFILTERED)
            results[size] = median
            print(
                f"{size:4d} organisations  filtered {url}: {matching(organisations.theme)} match, "
                f"{cards(client, url)} cards on the page\n"
                f"      filtered   median {median:7.1f} ms  p90 {p90:7.1f} ms  "
                f"{queries} SQL queries\n"
                f"      unfiltered median {all_median:7.1f} ms  p90 {all_p90:7.1f} ms  "
                f"{all_queries} SQL queries",
                flush=True,
            )
        small, large = SIZES
        ratio = results[large] / results[small]
        verdict = "OK" if ratio <= BUDGET else "OVER BUDGET"
        print(
            f"ratio = median_{large} / median_{small} = {ratio:.2f}  (budget ≤ {BUDGET}: {verdict})"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    return 0


if __name__ == "__main__":
    sys.exit(main())
