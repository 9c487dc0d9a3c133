"""What the bench scripts share: Django set up with the test settings (on import, so a script
imports this module before any Django module), the throwaway test database, the timing and
query-counting helpers, the verdicts, and the site tree they measure on.

Not a bench: `make bench` runs every bench/*.py, so run on its own this module only says so."""

import gc
import os
import statistics
import sys
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project first: bench/agenda.py, bench/news.py… would otherwise shadow its apps.
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

# One client asks many times a second: the public API's throttle is not what is measured.
settings.API_RATE = "1000000/s"

# The database ---------------------------------------------------------------------------------


@contextmanager
def scratch_database(*notes):
    """A throwaway test database (SQLite in memory, or DATABASE_URL's server with a `test_`
    prefix) for the time of the block, destroyed afterwards. `notes` are printed after the
    announcement, before the database is built."""
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    print(f"Building a test database ({connection.vendor})…", flush=True)
    for note in notes:
        print(note, flush=True)
    connection.creation.create_test_db(verbosity=0)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


@contextmanager
def reported(what="BENCH FAILED"):
    """A measurement that breaks says why (its traceback, then `what`), and what follows the
    block still runs: the bench always exits 0."""
    try:
        yield
    except Exception:
        traceback.print_exc()
        print(f"{what} (see the traceback above)", flush=True)


@contextmanager
def total_time():
    """Prints the block's duration at its end, even when it breaks."""
    started = time.perf_counter()
    try:
        yield
    finally:
        print(f"\nTotal {time.perf_counter() - started:.0f} s (after the test database).")


def run_parts(*parts):
    """Each part called in turn; one that breaks is reported and the next one still runs."""
    for part in parts:
        with reported("BENCH PART FAILED"):
            part()


# Measuring ------------------------------------------------------------------------------------


def timings(function, runs, warmup=0, cpu=False):
    """(wall-clock ms, CPU ms) lists of `runs` calls of function() after `warmup` untimed calls,
    with the garbage collector off: a collection landing in one run would be noise, not the
    cost measured. CPU time (this process only, what the machine's other load does not
    inflate) is only taken with cpu=True, otherwise its list stays empty."""
    for _ in range(warmup):
        function()
    wall, spent = [], []
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            started_cpu = time.process_time() if cpu else None
            function()
            wall.append((time.perf_counter() - started) * 1000)
            if cpu:
                spent.append((time.process_time() - started_cpu) * 1000)
    finally:
        gc.enable()
    return wall, spent


def median_p90(values):
    """Median and 90th percentile of values."""
    p90 = statistics.quantiles(values, n=10)[-1] if len(values) >= 2 else values[0]
    return statistics.median(values), p90


def timed_runs(function, runs, warmup=0):
    """Median and p90 (ms) of `runs` calls of function() after `warmup` calls."""
    return median_p90(timings(function, runs, warmup)[0])


def count_queries(function):
    """(SQL queries run, result) of one call of function(). Counted at once: the next request
    empties the log the count reads (and so does reset_queries, called first for the same
    reason: a full log would count nothing)."""
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        result = function()
    return len(queries), result


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"GET {url}: {response.status_code}"
    return response


def verdict(value, budget, over="OVER BUDGET"):
    return "OK" if value <= budget else over


# The site -------------------------------------------------------------------------------------


def build_home():
    """The site tree of tests/conftest.py's `home_page` fixture: a French home page at the site
    root, the default site, translated into English and Italian."""
    from core.demo import ensure_locales
    from tests.conftest import make_home_page

    return make_home_page(ensure_locales())


def build_la_roue(home):
    """A directory under `home` with one organisation, La Roue, in Briançon."""
    from core.models import Commune
    from tests.factories import DirectoryPageFactory, OrganisationPageFactory

    directory = DirectoryPageFactory(parent=home)
    return OrganisationPageFactory(
        parent=directory,
        title="La Roue",
        slug="la-roue",
        commune=Commune.objects.get(insee="05023"),
    )


if __name__ == "__main__":
    print("bench/common.py: the bench scripts' shared helpers, nothing to measure.")
