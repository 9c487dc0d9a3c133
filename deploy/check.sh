#!/usr/bin/env bash
# The production layout of deploy/README.md, run on this machine and requested page by page:
# PostgreSQL, Redis, production settings, migrate, seed_demo, collectstatic (manifest storage),
# gunicorn (2 workers), the task worker (db_worker) and Caddy with deploy/Caddyfile on a free
# loopback port. Then every page type in every language, every feed, the open data, a hashed
# static file, an uploaded image and the admin login are requested through Caddy; any status but
# the expected one fails the check. Finally the worker must have drained the task queue.
#
#   make deploy-check                 (or: bash deploy/check.sh)
#
# Environment:
#   DATABASE_URL   default: a scratch database HUB_CHECK_DB (hub_deploy_check) on 127.0.0.1:5432,
#                  user postgres with trust authentication, dropped and created by this script.
#   REDIS_URL      default: redis://127.0.0.1:6379/15 (flushed), or a private redis-server on a
#                  free port when nothing answers on 6379.
#   KEEP_RUNNING=1 leave the servers up after the check (bench/load.py uses it): the script
#                  prints `READY <proxy URL> <gunicorn URL> <file of the URLs requested>` and
#                  waits; Ctrl-C (or SIGTERM) stops everything.
#   GUNICORN_WORKERS (2), KEEP_WORK=1 (keep the temporary directory with the logs),
#   HUB_CHECK_DB (the scratch database's name), CADDY (default: caddy on the PATH).
#
# Without caddy (or with CADDY= ) the check requests gunicorn directly (whitenoise then serves
# the static files and the media are not requested) and says so; CI installs caddy.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
GUNICORN=.venv/bin/gunicorn
START=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hub-deploy-check.XXXXXX")"
PIDS=()
NAMES=()
MODE=""

step() { printf '\n== %s  [%ss]\n' "$*" "$((SECONDS - START))"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

show_logs() {
  local log
  for log in gunicorn worker caddy redis; do
    if [ -s "$WORK/$log.log" ]; then
      printf '\n-- last lines of %s.log\n' "$log"
      tail -n "${1:-40}" "$WORK/$log.log"
    fi
  done
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  # Logs on a failure; not when stopped on purpose (Ctrl-C, or SIGTERM after KEEP_RUNNING=1).
  case "$status" in 0 | 130 | 143) ;; *) show_logs 40 ;; esac
  local i pid
  for i in "${!PIDS[@]}"; do kill "${PIDS[$i]}" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Start "$@" in the background, logging to $WORK/NAME.log.
background() {
  local name=$1
  shift
  "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
  NAMES+=("$name")
}

all_alive() {
  local i
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      echo "${NAMES[$i]} has stopped" >&2
      return 1
    fi
  done
}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

manage() { "$PY" manage.py "$@"; }

[ -x "$PY" ] || fail "$PY is missing: run \`make install\` first."
command -v curl >/dev/null || fail "curl is missing (apt-get install curl)."

step "deploy/hub.env.example lists every variable the settings read"
"$PY" - <<'EOF' || fail "add the missing variables to deploy/hub.env.example."
import pathlib
import re

read = set()
for path in sorted(pathlib.Path("config/settings").glob("*.py")):
    read |= set(
        re.findall(r'(?:os\.environ\.get\(|os\.environ\[|env_bool\(|env_list\()\s*"(\w+)"', path.read_text())
    )
listed = set(re.findall(r"^#?(\w+)=", pathlib.Path("deploy/hub.env.example").read_text(), re.M))
missing = sorted(read - listed)
print(f"{len(read)} variables read, {'missing: ' + ', '.join(missing) if missing else 'all listed'}")
raise SystemExit(1 if missing else 0)
EOF

step "PostgreSQL"
if [ -z "${DATABASE_URL:-}" ]; then
  DB="${HUB_CHECK_DB:-hub_deploy_check}"
  pg_isready -h 127.0.0.1 -p 5432 -q || fail "PostgreSQL does not answer on 127.0.0.1:5432."
  PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -p 5432 -U postgres -q \
    -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
fi
echo "DATABASE_URL=$DATABASE_URL"

step "Redis"
redis_ping() {
  "$PY" - "$1" <<'EOF'
import sys
import redis

client = redis.Redis.from_url(sys.argv[1], socket_connect_timeout=2)
client.ping()
client.flushdb()  # a stale cache would hide what this run serves
EOF
}
if [ -z "${REDIS_URL:-}" ]; then
  REDIS_URL=redis://127.0.0.1:6379/15
  if ! redis_ping "$REDIS_URL" 2>/dev/null; then
    command -v redis-server >/dev/null ||
      fail "Redis does not answer on 127.0.0.1:6379 and redis-server is not installed."
    port=$(free_port)
    echo "Nothing answers on 127.0.0.1:6379: starting a private redis-server on port $port"
    background redis redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no
    REDIS_URL="redis://127.0.0.1:$port/0"
    for _ in $(seq 1 50); do redis_ping "$REDIS_URL" 2>/dev/null && break; sleep 0.2; done
  fi
fi
redis_ping "$REDIS_URL" || fail "Redis does not answer at $REDIS_URL."
export REDIS_URL
echo "REDIS_URL=$REDIS_URL"

APP_PORT=$(free_port)
PROXY_PORT=$(free_port)
while [ "$PROXY_PORT" = "$APP_PORT" ]; do PROXY_PORT=$(free_port); done

export DJANGO_SETTINGS_MODULE=config.settings.production
SECRET_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false # plain HTTP on loopback; production keeps the redirect
export CSRF_TRUSTED_ORIGINS="http://127.0.0.1:$PROXY_PORT"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PROXY_PORT"
export TRUSTED_PROXY_COUNT=1
export TASKS_BACKEND=django_tasks_db.backend.DatabaseBackend
export EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media" BACKUP_DIR="$WORK/backups"
unset AWS_STORAGE_BUCKET_NAME

step "migrate"
manage migrate --noinput | tail -n 1

step "seed_demo"
manage seed_demo

step "collectstatic (compressed manifest storage)"
manage collectstatic --noinput | tail -n 1
[ -s "$STATIC_ROOT/staticfiles.json" ] || fail "collectstatic wrote no staticfiles.json manifest."

step "upload an image and queue tasks for the worker"
uploaded=$(
  manage shell -v 0 -c '
from io import BytesIO

from django.core.files.images import ImageFile
from django_tasks_db.models import DBTaskResult
from modelsearch.tasks import insert_or_update_object_task
from PIL import Image as Pillow
from wagtail.images import get_image_model
from wagtail.models import Page

Image = get_image_model()
image = Image.objects.order_by("pk").first()
if image is None:
    buffer = BytesIO()
    Pillow.new("RGB", (120, 80), (46, 125, 50)).save(buffer, "PNG")
    image = Image(title="deploy check")
    image.file = ImageFile(buffer, name="deploy-check.png")
    image.save()  # queues its search and reference indexing, as an upload in the admin does
rendition = image.get_rendition("fill-60x40")
for page in Page.objects.filter(depth=2):  # re-index the home pages, as publishing does
    insert_or_update_object_task.enqueue("wagtailcore", "page", page.pk)
print(image.file.url, rendition.url, DBTaskResult.objects.ready().count())
'
)
read -r ORIGINAL RENDITION QUEUED <<<"$(tail -n 1 <<<"$uploaded")"
echo "original $ORIGINAL, rendition $RENDITION; $QUEUED task(s) queued for the worker"
[ "$QUEUED" -gt 0 ] || fail "no task was queued: is TASKS_BACKEND the database backend?"

step "start gunicorn, the task worker and Caddy"
background gunicorn "$GUNICORN" config.wsgi --bind "127.0.0.1:$APP_PORT" \
  --workers "${GUNICORN_WORKERS:-2}" --timeout 60 --no-control-socket --access-logfile -
background worker "$PY" manage.py db_worker --no-reload --no-startup-delay
CADDY="${CADDY-caddy}"
if [ -n "$CADDY" ] && command -v "$CADDY" >/dev/null; then
  MODE=caddy
  BASE="http://127.0.0.1:$PROXY_PORT"
  mkdir -p "$WORK/caddy-home"
  background caddy env HOME="$WORK/caddy-home" XDG_DATA_HOME="$WORK/caddy-home" \
    XDG_CONFIG_HOME="$WORK/caddy-home" HUB_SITE_ADDRESS="$BASE" HUB_CADDY_ADMIN=off \
    HUB_STATIC_ROOT="$STATIC_ROOT" HUB_MEDIA_ROOT="$MEDIA_ROOT" HUB_UPSTREAM="127.0.0.1:$APP_PORT" \
    "$CADDY" run --adapter caddyfile --config deploy/Caddyfile
  echo "MODE: through Caddy $("$CADDY" version | cut -d' ' -f1) at $BASE -> gunicorn 127.0.0.1:$APP_PORT"
else
  MODE=direct
  BASE="http://127.0.0.1:$APP_PORT"
  echo "MODE: DIRECT: caddy is not installed, requesting gunicorn directly at $BASE"
  echo "      (whitenoise serves /static/; /media/ and deploy/Caddyfile are not checked)"
fi

ready=""
for _ in $(seq 1 120); do
  all_alive || fail "a server stopped while starting."
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/robots.txt" || true)
  if [ "$code" = 200 ]; then
    ready=1
    break
  fi
  sleep 0.5
done
[ -n "$ready" ] || fail "$BASE/robots.txt did not answer 200 within 60 s."
echo "answering after $((SECONDS - START)) s"

step "the URLs to request (read from the seeded database)"
"$PY" deploy/smoke_urls.py "$ORIGINAL" "$RENDITION" >"$WORK/urls.tsv"
echo "$(wc -l <"$WORK/urls.tsv") URLs"

step "smoke requests through $MODE ($BASE)"
FAILURES=0
ROWS=0
row() { # status expected path note
  local mark="ok"
  if [ "$1" != "$2" ] || [ -n "$4" ]; then
    mark="FAIL"
    FAILURES=$((FAILURES + 1))
  fi
  ROWS=$((ROWS + 1))
  printf '%-6s %-4s %s%s\n' "$1" "$mark" "$3" "${4:+   <- $4}"
}
header() { grep -i "^$1:" "$WORK/headers" | tail -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//'; }
request() { # path [curl options]
  local path=$1
  shift
  curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' --max-time 60 "$@" "$BASE$path" ||
    echo 000
}

printf '%-6s %-4s %s\n' status ok url
while IFS=$'\t' read -r expected path what; do
  if [ "$MODE" = direct ] && [[ $path == /media/* ]]; then
    printf '%-6s %-4s %s\n' "-" skip "$path   (media are served by Caddy)"
    continue
  fi
  status=$(request "$path")
  note=""
  case "$what" in
  *'!search')
    hits=$(grep -c 'class="search-result"' "$WORK/body" || true)
    [ "$hits" -gt 0 ] || note="the search found nothing"
    ;;
  *'!immutable')
    header Cache-Control | grep -q immutable || note="Cache-Control: $(header Cache-Control)"
    ;;
  esac
  if [[ $path == /media/* ]] && [ "$status" = 200 ]; then
    header Content-Security-Policy | grep -q sandbox || note="no sandboxing CSP on a media file"
    header X-Content-Type-Options | grep -q nosniff || note="no nosniff on a media file"
  fi
  row "$status" "$expected" "$path" "$note"
  if [[ $what == *'!conditional' ]] && [ "$status" = 200 ]; then
    etag=$(header ETag)
    modified=$(header Last-Modified)
    # As a feed reader polls: compressed, with the validators of the previous answer.
    status=$(request "$path" -H "If-None-Match: $etag" -H "If-Modified-Since: $modified" \
      -H 'Accept-Encoding: gzip')
    row "$status" 304 "$path  (again, gzip, If-None-Match: $etag)" ""
  fi
done <"$WORK/urls.tsv"

if [ "$MODE" = caddy ]; then
  home_path=$(head -n 1 "$WORK/urls.tsv" | cut -f2)
  status=$(request "$home_path" -H 'Accept-Encoding: zstd, gzip')
  encoding=$(header Content-Encoding)
  row "$status" 200 "$home_path  (Accept-Encoding: zstd, gzip -> ${encoding:-none})" \
    "$([ -n "$encoding" ] || echo 'not compressed')"
fi
echo "$ROWS requests, $FAILURES failure(s)"

step "the task worker drains the queue"
all_alive || fail "a server has stopped."
manage shell -v 0 -c '
import time

from django_tasks_db.models import DBTaskResult

deadline = time.monotonic() + 60
while True:
    waiting = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).count()
    if not waiting or time.monotonic() > deadline:
        break
    time.sleep(1)
failed = list(DBTaskResult.objects.failed().values_list("task_path", "exception_class_path"))
done = DBTaskResult.objects.successful().count()
print(f"{done} task(s) done, {waiting} waiting, {len(failed)} failed {failed or chr(32)}")
raise SystemExit(1 if waiting or failed else 0)
' || fail "the worker did not drain the queue within 60 s (or a task failed)."
all_alive || fail "a server has stopped."

[ "$FAILURES" = 0 ] || fail "$FAILURES request(s) did not answer as expected (see the table above)."

step "passed: mode $MODE, $ROWS requests, queue drained"
if [ "${KEEP_RUNNING:-0}" = 1 ]; then
  echo "READY $BASE http://127.0.0.1:$APP_PORT $WORK/urls.tsv"
  echo "Servers left running (KEEP_RUNNING=1); Ctrl-C or SIGTERM stops them."
  while all_alive; do sleep 1; done
  fail "a server stopped."
fi
