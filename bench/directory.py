"""How the filtered directory listing scales: median render time with 25 and with 500
organisations, and their ratio (budget: at most 1.5).

Run from the project root: `.venv/bin/python bench/directory.py`. It builds a throwaway test
database (SQLite in memory, or DATABASE_URL's server with a `test_` prefix) and destroys it at
the end. Always exits 0: it is a measurement, the verdict is printed."""

import sys
import time

# common sets Django up: it comes before any Django import
from common import build_home, count_queries, get_ok, scratch_database, timed_runs, verdict

# isort: split

from django.core.cache import cache
from django.test import Client

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
    from tests.factories import DirectoryPageFactory

    return DirectoryPageFactory(parent=build_home())


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
        get_ok(client, url)
    query_count, _ = count_queries(lambda: client.get(url))
    median, p90 = timed_runs(lambda: client.get(url), RUNS)
    return median, p90, query_count


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
    with scratch_database():
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
        print(
            f"ratio = median_{large} / median_{small} = {ratio:.2f}  "
            f"(budget ≤ {BUDGET}: {verdict(ratio, BUDGET)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
