#!/bin/sh
# Run a manage.py command on the server exactly as the hub-* services run: as the user hub, in
# /srv/hub, with the production settings and /etc/hub/hub.env (read by systemd, so quotes and
# special characters in that file mean the same thing here as for the services).
#
#   sudo /srv/hub/deploy/manage.sh migrate
#   sudo /srv/hub/deploy/manage.sh createsuperuser
#   sudo /srv/hub/deploy/manage.sh backup
set -eu
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]   (a manage.py command)" >&2; exit 2; }
HUB_DIR="${HUB_DIR:-/srv/hub}"
# A terminal for interactive commands (createsuperuser, shell), a plain pipe otherwise.
if [ -t 0 ] && [ -t 1 ]; then io=--pty; else io=--pipe; fi
exec systemd-run --quiet --wait --collect "$io" \
  --uid=hub --gid=hub \
  --working-directory="$HUB_DIR" \
  --setenv=DJANGO_SETTINGS_MODULE=config.settings.production \
  --property=EnvironmentFile=/etc/hub/hub.env \
  "$HUB_DIR/.venv/bin/python" manage.py "$@"
