"""Load on the production layout: `wrk -t2 -c32 -d60s --latency` over a rotating mix of pages,
feeds and open data (bench/load_mix.lua), then requests per second, p50 / p90 / p99 latency and
the errors (non-2xx/3xx responses and socket errors). No budget is asserted on the times; the
script exits 1 when any request failed (2 when it could not measure at all).

Two ways to run it, from the project root:

    make load                                  # or: .venv/bin/python bench/load.py
        Starts everything itself through `deploy/check.sh` with KEEP_RUNNING=1: a scratch
        PostgreSQL database `hub_load` on 127.0.0.1:5432 (or DATABASE_URL), migrate, seed_demo,
        collectstatic, gunicorn (GUNICORN_WORKERS, 2), the task worker and Caddy; the check's
        smoke requests run first. The load then goes through Caddy, as visitors' requests do
        (gunicorn directly when caddy is not installed, or with --direct).

    .venv/bin/python bench/load.py http://127.0.0.1:8000 [--paths FILE]
        Against a site that is already running. The paths come from FILE (one path per line,
        or deploy/check.sh's URL table), else from deploy/smoke_urls.py when DATABASE_URL points
        at the site's database, else from the site's /sitemap.xml (pages only).

Options: --duration 60s, --connections 32, --threads 2, --timeout 10s (wrk's own default of 2 s
would count a slow answer as a socket error). Needs wrk (apt-get install wrk).

Requests carry `Accept-Encoding: gzip`, as browsers and feed readers send, so Caddy compresses
what it proxies; the figures therefore include compression."""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "load_mix.lua"
CHECK = ROOT / "deploy" / "check.sh"
PYTHON = ROOT / ".venv" / "bin" / "python"
START_TIMEOUT = 600  # seconds for check.sh to migrate, seed, start and smoke-test


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?", help="a running site (default: start one)")
    parser.add_argument("--paths", help="file of paths (one per line, or check.sh's table)")
    parser.add_argument("--direct", action="store_true", help="load gunicorn, not Caddy")
    parser.add_argument("--duration", default="60s")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", default="10s")
    return parser.parse_args()


def paths_from_table(text):
    """Paths of a file: one per line, or check.sh's `status<TAB>path<TAB>what` table, of which
    only the pages, feeds and open data expected to answer 200 are kept."""
    paths = []
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            status, path = fields[0], fields[1]
            if status != "200" or path.startswith(("/admin/", "/media/", "/static/")):
                continue
        else:
            path = line.strip()
        if path.startswith("/"):
            paths.append(path)
    return paths


def paths_from_smoke_urls():
    env = {"SECRET_KEY": "load-test-discovery-only", **os.environ}
    result = subprocess.run(
        [str(PYTHON), str(ROOT / "deploy" / "smoke_urls.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return paths_from_table(result.stdout)


def paths_from_sitemap(base):
    with urllib.request.urlopen(f"{base}/sitemap.xml", timeout=30) as response:
        xml = response.read().decode()
    return [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", xml)]


def launch(**env):
    """deploy/check.sh with KEEP_RUNNING=1 and `env`: (process, proxy URL, gunicorn URL, the
    table of the URLs it requested); exits when the site does not come up."""
    env = {**os.environ, "KEEP_RUNNING": "1", **env}
    process = subprocess.Popen(
        ["bash", str(CHECK)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines = []
    deadline = time.monotonic() + START_TIMEOUT
    for line in process.stdout:
        lines.append(line)
        if line.startswith(("== ", "MODE:", "FAILED")):
            print("  " + line.rstrip(), flush=True)
        if line.startswith("READY "):
            proxy, app, table = line.split()[1:4]
            return process, proxy, app, Path(table).read_text()
        if time.monotonic() > deadline:
            break
    stop_site(process)
    sys.stdout.write("".join(lines[-60:]))
    sys.exit("deploy/check.sh did not bring the site up: see its output above.")


def start_site(direct):
    """The site for the load; returns (process, base URL, through what, paths)."""
    print("Starting the site with deploy/check.sh (migrate, seed, collectstatic, smoke test)...")
    process, proxy, app, table = launch(HUB_CHECK_DB=os.environ.get("HUB_CHECK_DB", "hub_load"))
    paths = paths_from_table(table)
    if direct or proxy == app:
        return process, app, "gunicorn directly", paths
    return process, proxy, "Caddy", paths


def stop_site(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def warm_up(base, paths):
    """Each path once, in turn: warms the caches and shows the slowest paths."""
    timings, failures = [], []
    for path in paths:
        request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError as error:
            status = f"error ({error})"
        timings.append((time.perf_counter() - started, path))
        if not (isinstance(status, int) and 200 <= status < 400):
            failures.append((status, path))
    return sorted(timings, reverse=True), failures


def run_wrk(args, base, paths):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as file:
        file.write("\n".join(paths) + "\n")
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}",
        "--latency",
        "--timeout",
        args.timeout,
        "-s",
        str(LUA),
        base,
        "--",
        file.name,
    ]
    print("$ " + " ".join(command))
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    finally:
        os.unlink(file.name)
    match = re.search(r"^LOAD_RESULT (\{.*\})$", result.stdout, re.M)
    if result.returncode or not match:
        sys.stdout.write(result.stdout + result.stderr)
        sys.exit(2)
    return json.loads(match.group(1))


def main():
    args = parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk): nothing measured.")
    process = None
    try:
        if args.url:
            base = args.url.rstrip("/")
            if args.paths:
                paths = paths_from_table(Path(args.paths).read_text())
            elif os.environ.get("DATABASE_URL"):
                paths = paths_from_smoke_urls()
            else:
                paths = paths_from_sitemap(base)
            where = f"{base} (already running)"
        else:
            process, base, through, paths = start_site(args.direct)
            if args.paths:
                paths = paths_from_table(Path(args.paths).read_text())
            workers = os.environ.get("GUNICORN_WORKERS", "2")
            where = f"{base} (started by deploy/check.sh; {through}, gunicorn {workers} workers)"
        if not paths:
            sys.exit("No path to request.")

        slowest, warm_failures = warm_up(base, paths)
        figures = run_wrk(args, base, paths)
    finally:
        if process is not None:
            stop_site(process)

    errors = figures["non_2xx_3xx"] + sum(
        figures[name] for name in ("connect", "read", "write", "timeout")
    )
    feeds = sum(1 for p in paths if re.search(r"\.(ics|xml|csv|json)(\?|$)", p))
    print()
    print(f"Site          {where}")
    print(f"Mix           {len(paths)} paths: {len(paths) - feeds} pages, {feeds} feeds/open data")
    print(
        f"wrk           -t{args.threads} -c{args.connections} -d{args.duration} --latency "
        f"--timeout {args.timeout}"
    )
    print("Slowest paths, one warm-up request each:")
    for seconds, path in slowest[:5]:
        print(f"  {seconds * 1000:8.0f} ms  {path}")
    print(f"Requests      {figures['requests']} in {figures['seconds']:.1f} s")
    print(f"Requests/s    {figures['requests_per_second']:.1f}")
    print(
        f"Latency       p50 {figures['p50_ms']:.0f} ms   p90 {figures['p90_ms']:.0f} ms   "
        f"p99 {figures['p99_ms']:.0f} ms   max {figures['max_ms']:.0f} ms"
    )
    print(
        f"Errors        {errors}: {figures['non_2xx_3xx']} non-2xx/3xx, socket errors "
        f"connect {figures['connect']}, read {figures['read']}, write {figures['write']}, "
        f"timeout {figures['timeout']}"
    )
    for status, path in warm_failures:
        print(f"  warm-up: {status} {path}")
    if errors or warm_failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
