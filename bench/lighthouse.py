"""Lighthouse SEO and accessibility scores of every public page type, on the seeded demo site.

    .venv/bin/python bench/lighthouse.py [--database FILE] [--only WORD]

Builds a throwaway SQLite database (/tmp, removed at the end), runs `manage.py migrate` and
`manage.py seed_demo` with config.settings.dev (seeding takes 3 to 4 minutes), serves it with
`manage.py runserver --noreload` on a free loopback port, then runs Lighthouse (the npm
devDependency: `npm install` first) with Debian's Chromium, headless, on one URL of every public
page type in French (home, a standard page, the agenda listing, its month view, an event, the
directory, an organisation, the newsroom, a news item, the press room, the search results for
"Gap") and on the English and Italian home and agenda. It prints, per page, the SEO and
accessibility scores (0 to 100) and the ids of the audits that failed, then a verdict: the issue
asks for 100 in both categories on every page. Always exits 0: it is a measurement.

--database FILE keeps the seeded database in FILE and reuses it when FILE already exists (then only
migrated, not seeded again): quicker re-runs after editing templates. --only WORD measures only the
pages whose label contains WORD.

What the dev server changes: nothing that these two categories look at, as far as measured.
robots.txt is the site's own view (only /admin/ and /documents/ disallowed), the pages carry no
`noindex`, the hreflang links are built from the request's own origin (here http://127.0.0.1:PORT)
and the pages have no rel=canonical (Lighthouse's "canonical" audit does not apply), so the SEO
audits "is-crawlable", "robots-txt", "hreflang" and "canonical" pass or fail as they would behind
the production host. A page that does not answer 200 (a database behind the code, say) is reported
as LIGHTHOUSE FAILED with Lighthouse's reason, not scored. Not measured here: HTTPS, the production
static files (hashed and compressed by whitenoise; runserver serves the same files unhashed), and
the page cache."""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
CATEGORIES = ("seo", "accessibility")
START_TIMEOUT = 120  # seconds for runserver to answer
LIGHTHOUSE_TIMEOUT = 180  # seconds per page


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="SQLite file to keep, reused when it exists")
    parser.add_argument("--only", help="only the pages whose label contains this word")
    return parser.parse_args()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *command):
    print("$ manage.py " + " ".join(command), flush=True)
    started = time.perf_counter()
    subprocess.run(
        [str(PYTHON), "manage.py", *command],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  {time.perf_counter() - started:.0f} s", flush=True)


def page_paths(env):
    """(label, path) of the pages to measure, read from the seeded database by a child process
    (this one stays free of Django: the database is built after it starts)."""
    script = r"""
import json, django
from urllib.parse import urlsplit
django.setup()
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale
from agenda.models import AgendaPage, EventPage
from directory.models import DirectoryPage, OrganisationPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, PressRoomPage

def path(page):
    return urlsplit(page.get_url()).path if page else None

def first(model, code="fr"):
    return (model.objects.live().public().filter(locale=Locale.objects.get(language_code=code))
            .order_by("path").first())

today = timezone.localdate()
agenda = first(AgendaPage)
news = first(NewsPage)
with translation.override("fr"):
    search = reverse("search") + "?q=Gap"
rows = [
    ("fr home", path(first(HomePage))),
    ("fr standard page", path(first(StandardPage))),
    ("fr agenda", path(agenda)),
    ("fr agenda month", agenda and f"{path(agenda)}month/{today.year}/{today.month}/"),
    ("fr event", path(first(EventPage))),
    ("fr directory", path(first(DirectoryPage))),
    ("fr organisation", path(first(OrganisationPage))),
    ("fr newsroom", path(first(NewsIndexPage))),
    ("fr news item", path(NewsPage.objects.live().public().filter(locale__language_code="fr")
                          .order_by("-date").first())),
    ("fr press room", path(first(PressRoomPage))),
    ("fr search Gap", search),
    ("en home", path(first(HomePage, "en"))),
    ("en agenda", path(first(AgendaPage, "en"))),
    ("it home", path(first(HomePage, "it"))),
    ("it agenda", path(first(AgendaPage, "it"))),
]
print(json.dumps(rows))
"""
    result = subprocess.run(
        [str(PYTHON), "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def start_server(env, port):
    process = subprocess.Popen(
        [str(PYTHON), "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/robots.txt", timeout=10):
                return process, base
        except (urllib.error.URLError, OSError):
            if process.poll() is not None:
                break
            time.sleep(1)
    stop_server(process)
    sys.exit("runserver did not answer: nothing measured.")


def stop_server(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def lighthouse(url):
    """({category: score 0-100}, [failing audit ids]) of one URL, or None and the error."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as file:
        output = file.name
    command = [
        str(LIGHTHOUSE),
        url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=LIGHTHOUSE_TIMEOUT, check=False
        )
        if result.returncode:
            return None, (result.stderr.strip().splitlines() or ["failed"])[-1]
        report = json.loads(Path(output).read_text())
        if report.get("runtimeError"):  # e.g. the page answered 500: no score is meaningful
            return None, report["runtimeError"].get("message", "runtime error")
    except subprocess.TimeoutExpired:
        return None, f"timed out after {LIGHTHOUSE_TIMEOUT} s"
    finally:
        Path(output).unlink(missing_ok=True)
    scores = {}
    failing = []
    for category in CATEGORIES:
        data = report["categories"][category]
        scores[category] = None if data["score"] is None else round(100 * data["score"])
        for ref in data["auditRefs"]:
            audit = report["audits"][ref["id"]]
            # Manual and not-applicable audits have no score; informative ones weigh nothing.
            if audit["score"] is not None and audit["score"] < 1 and ref["weight"] > 0:
                failing.append(ref["id"])
    return (scores, failing), None


def main():
    args = parse_args()
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed (npm install): nothing measured.")
        return
    if not shutil.which(CHROMIUM):
        print(f"No Chromium at {CHROMIUM} (apt-get install chromium, or CHROME_PATH): nothing.")
        return
    scratch = not args.database
    database = Path(args.database or tempfile.mkstemp(prefix="hub-lighthouse-", suffix=".db")[1])
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database.resolve()}",
    }
    server = None
    started = time.perf_counter()
    try:
        if scratch or not database.exists() or database.stat().st_size == 0:
            database.unlink(missing_ok=True)
            print(f"Building the demo site in {database} (config.settings.dev)…", flush=True)
            manage(env, "migrate", "--verbosity=0")
            manage(env, "seed_demo")
        else:
            print(f"Reusing the demo site in {database} (migrated to the code).", flush=True)
            manage(env, "migrate", "--verbosity=0")
        pages = [(label, path) for label, path in page_paths(env) if path]
        if args.only:
            pages = [(label, path) for label, path in pages if args.only in label]
        server, base = start_server(env, free_port())
        print(f"Serving on {base}; Lighthouse {CATEGORIES} on {len(pages)} pages…\n", flush=True)
        rows = []
        print(f"{'page':18} {'SEO':>4} {'a11y':>4}  failing audits / path")
        for label, path in pages:
            measured, error = lighthouse(base + path)
            if measured is None:
                rows.append((label, None, None, [f"LIGHTHOUSE FAILED: {error}"]))
            else:
                scores, failing = measured
                rows.append((label, scores["seo"], scores["accessibility"], failing))
            _label, seo, a11y, failing = rows[-1]
            print(
                f"{label:18} {seo if seo is not None else '-':>4} "
                f"{a11y if a11y is not None else '-':>4}  {', '.join(failing) or '-'}  ({path})",
                flush=True,
            )
    finally:
        if server is not None:
            stop_server(server)
        if scratch:
            database.unlink(missing_ok=True)
    print("\n| page | SEO | accessibility | failing audits |")
    print("|---|---:|---:|---|")
    for label, seo, a11y, failing in rows:
        cells = ["-" if seo is None else seo, "-" if a11y is None else a11y]
        print(f"| {label} | {cells[0]} | {cells[1]} | {', '.join(failing) or '-'} |")
    below = [label for label, seo, a11y, _ in rows if seo != 100 or a11y != 100]
    print(f"\nTotal {time.perf_counter() - started:.0f} s.")
    if below:
        print(f"BELOW 100 on {len(below)} of {len(rows)} pages: {', '.join(below)}")
    else:
        print(f"OK: SEO and accessibility 100 on all {len(rows)} pages (budget: 100 everywhere)")


if __name__ == "__main__":
    main()
