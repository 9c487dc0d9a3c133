"""Throughput per page type, without and with the anonymous page cache, beside a static file.

    .venv/bin/python bench/throughput.py [--duration 5s] [--connections 8] [--only WORD]

Runs the production layout twice through `deploy/check.sh` (KEEP_RUNNING=1: PostgreSQL,
Redis, migrate, seed_demo, collectstatic, gunicorn with 2 sync workers, DEBUG off), once
with PAGE_CACHE_SECONDS=0 (every request renders) and once with the page cache on. For every
French page type and route of the smoke table (deploy/smoke_urls.py) and for a hashed static
file served by whitenoise, it runs `wrk -t2 -c<connections> -d<duration>` against gunicorn
directly and prints requests per second and the gunicorn processes' CPU milliseconds per
request (utime + stime from /proc, before and after each run). No budget is asserted here;
the figures go in the README's table. Needs wrk (apt-get install wrk)."""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from load import launch, stop_site  # bench/load.py: deploy/check.sh with the servers kept up

TICKS = os.sysconf("SC_CLK_TCK")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", default="5s")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--only", help="only the paths whose label contains this word")
    return parser.parse_args()


def start(cache_seconds):
    """The layout with the servers left running: (process, gunicorn URL, the URL table)."""
    process, _proxy, app, table = launch(
        PAGE_CACHE_SECONDS=str(cache_seconds),
        DATABASE_URL="",  # check.sh's scratch database
    )
    return process, app, table


def targets(table, only):
    """(label, path) of the French pages and routes answering 200, and the static file."""
    found = []
    for line in table.splitlines():
        status, path, what = (line.split("\t") + ["", ""])[:3]
        if status != "200":
            continue
        if what.startswith("fr ") or what.startswith("hashed static file"):
            label = what.removeprefix("fr ").split("!")[0]
            if not only or only in label:
                found.append((label, path))
    return found


def gunicorn_cpu_seconds(port):
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if "gunicorn" not in command or f":{port}" not in command:
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def measure(url, port, args):
    subprocess.run(["curl", "-fsS", "-o", "/dev/null", url], check=False)  # warm, and kept
    before = gunicorn_cpu_seconds(port)
    result = subprocess.run(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}", "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
    )
    cpu = gunicorn_cpu_seconds(port) - before
    requests = int(re.search(r"(\d+) requests in", result.stdout).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    return rate, 1000 * cpu / max(requests, 1), int(errors.group(1)) if errors else 0


def main():
    args = parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    figures = {}
    for mode, seconds in (("uncached", 0), ("cached", 600)):
        print(f"== {mode}: starting the production layout (deploy/check.sh)", flush=True)
        process, app, table = start(seconds)
        port = app.rsplit(":", 1)[1].strip("/")
        try:
            for label, path in targets(table, args.only):
                figures[(mode, label)] = measure(app.rstrip("/") + path, port, args)
                rate, cpu, errors = figures[(mode, label)]
                print(f"  {label:40} {rate:9.1f} req/s {cpu:7.2f} CPU ms/req {errors} errors")
        finally:
            stop_site(process)
    labels = list(dict.fromkeys(label for _mode, label in figures))
    print()
    print("| page | uncached req/s | uncached CPU ms/req | cached req/s | cached CPU ms/req |")
    print("|---|---:|---:|---:|---:|")
    for label in labels:
        cells = []
        for mode in ("uncached", "cached"):
            rate, cpu, _errors = figures.get((mode, label), (0, 0, 0))
            cells += [f"{rate:.1f}", f"{cpu:.2f}"]
        print(f"| {label} | " + " | ".join(cells) + " |")
    static = next((figures[("cached", k)] for k in labels if "static" in k), None)
    if static:
        pages = {k: figures[("cached", k)][0] for k in labels if "static" not in k}
        kept = sorted(rate for rate in pages.values() if rate > 0.1 * static[0])
        if kept:
            median = kept[len(kept) // 2]
            print(
                f"\ncached pages: median {median:.1f} req/s = {100 * median / static[0]:.0f}% "
                f"of the static file ({static[0]:.1f} req/s), slowest kept "
                f"{kept[0]:.1f} = {100 * kept[0] / static[0]:.0f}%"
            )
        never = [k for k, rate in pages.items() if rate <= 0.1 * static[0]]
        print("not kept (forms, streamed calendars): " + ", ".join(never))
    if any(errors for _rate, _cpu, errors in figures.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
