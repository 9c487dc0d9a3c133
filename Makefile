# The two commands of the README: `make run` and `make test`.
# Each creates .venv when it is missing and installs what it needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Bytecode is cached (in .venv, out of the tree) even where the environment sets
# PYTHONDONTWRITEBYTECODE, as this machine's does: without it every pytest worker of every pass
# compiles the apps and parses and rewrites every test module again (collecting: 9 s → 4 s).
export PYTHONDONTWRITEBYTECODE :=
export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache

.PHONY: run test install install-dev lint format messages vendor bench clean lock audit deploy-check load

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# requirements*.txt are locked with hashes (`make lock`): pip checks every file it installs.
$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Set up, seed the demo content into SQLite (idempotent) and serve the site.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	PORT=$(PORT) $(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## Lint and run the whole test suite (SQLite unless DATABASE_URL is set).
test: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	# One worker per core, whole files per worker, the longest files first (tests/conftest.py).
	# The browser tests (transactional: they flush the database that migrations filled) run in
	# a second pass of their own, which collects only their folder.
	$(PY) -m pytest -n auto --dist loadfile --no-loadscope-reorder -m "not browser"
	$(PY) -m pytest -n auto --dist loadfile --no-loadscope-reorder -m browser tests/browser

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Extract interface strings and compile the catalogues (the .mo files are committed).
messages: install-dev
	$(PY) manage.py makemessages --locale fr --locale en --locale it --ignore ".venv/*" --ignore "node_modules/*" --ignore "tests/*" --no-obsolete
	$(PY) manage.py compilemessages --ignore ".venv/*"

## Refresh the vendored front-end files from the npm registry (versions in package.json).
vendor:
	npm ci --no-audit --no-fund
	mkdir -p static/vendor/leaflet tests/browser/vendor tests/agenda/vendor
	cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images static/vendor/leaflet/
	# leaflet.js names a source map that its package does not ship: the manifest storage would fail.
	sed -i '/sourceMappingURL=leaflet.js.map/d' static/vendor/leaflet/leaflet.js
	mkdir -p static/vendor/leaflet.markercluster
	cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css static/vendor/leaflet.markercluster/
	# Same for the cluster plugin, whose source map is not vendored; its package marks every file executable.
	sed -i '/sourceMappingURL=leaflet.markercluster.js.map/d' static/vendor/leaflet.markercluster/leaflet.markercluster.js
	chmod 644 static/vendor/leaflet.markercluster/*
	cp node_modules/axe-core/axe.min.js tests/browser/vendor/
	cp node_modules/ical.js/dist/ical.es5.min.cjs tests/agenda/vendor/
	mkdir -p tests/news/vendor && cp node_modules/fast-xml-parser/lib/fxp.cjs tests/news/vendor/

bench: install-dev
	for script in $(filter-out bench/load.py bench/throughput.py bench/common.py bench/lighthouse.py,$(wildcard bench/*.py)); do $(PY) $$script || exit 1; done

## Re-lock requirements*.txt (every dependency pinned, with hashes) from requirements*.in.
LOCK := PIP_FIND_LINKS= PIP_EXTRA_INDEX_URL= PIP_CONSTRAINT= $(VENV)/bin/pip-compile --quiet \
	--generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links --strip-extras
lock: install-dev
	$(LOCK) -o requirements.txt requirements.in
	$(LOCK) -o requirements-dev.txt requirements-dev.in

## Check the locked dependencies against the advisory database (skipped when it is unreachable).
audit: install-dev
	@if $(PY) -c "import urllib.request as u; u.urlopen('https://pypi.org/pypi/django/5.2/json', timeout=10)" 2>/dev/null; then \
		$(VENV)/bin/pip-audit --strict --require-hashes --disable-pip -r requirements-dev.txt; \
	else echo "audit skipped: PyPI's advisory API (pypi.org/pypi/…/json) is not reachable from here"; fi

## Run the production layout on this machine (PostgreSQL, collectstatic, gunicorn, the task
## worker, Caddy) and request every page type: see deploy/README.md.
deploy-check: install
	bash deploy/check.sh

## 60 s of load on gunicorn over a mix of pages and feeds (wrk): requests/s, p99, errors.
load: install
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache .ruff_cache
