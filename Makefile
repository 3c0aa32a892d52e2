# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
# The browser lane's pages run in Chromium's headless shell (tests/conftest.py); the whole
# browser above answers what only it decides (installability).
CHROMIUM_SHELL ?= /usr/bin/chromium-headless-shell
NGINX ?= /usr/sbin/nginx
# The load benchmark's client (`make bench`; without it the requests-per-second rows are missing).
WRK ?= /usr/bin/wrk
# The WebKit lane: WebKitGTK's WebDriver (it brings MiniBrowser) and an X server it can draw on.
WEBKIT_TOOLS := /usr/bin/WebKitWebDriver /usr/bin/Xvfb
export FLASK_APP := wsgi

# Rebuild only when a source changed, so a second `make run` starts in seconds.
SOURCES := $(shell find pwa service_worker -type f \
	-not -path 'pwa/static/gen/*' -not -path 'pwa/build/*' -not -name '*.gz' -not -name '*.br' \
	-not -name '*.pyc' 2>/dev/null)

.PHONY: run test build lint unit browser webkit bench bench-updates bench-sizes audit export icons screenshots clean lock

run: build
	$(BIN)/gunicorn --config gunicorn.conf.py wsgi:app

# Every lane in one run, side by side: pytest-xdist spreads the tests over TEST_WORKERS
# processes (the WebKit lane stays on one, in order; tests/conftest.py).
TEST_WORKERS ?= 3
test: $(VENV)/.test-installed $(CHROMIUM) $(CHROMIUM_SHELL) $(NGINX) $(WEBKIT_TOOLS) build lint
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadgroup

build: pwa/build/.built

pwa/build/.built: $(VENV)/.installed node_modules/.installed $(SOURCES)
	$(BIN)/flask build
	@touch $@

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

unit: $(VENV)/.test-installed build
	$(BIN)/pytest -m "not browser and not webkit"

browser: $(VENV)/.test-installed $(CHROMIUM) $(CHROMIUM_SHELL) $(NGINX) build
	$(BIN)/pytest -m browser

webkit: $(VENV)/.test-installed $(WEBKIT_TOOLS) build
	$(BIN)/pytest -m webkit

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Exact versions (with their hashes) from the lock files, so every server runs the same code
# and renders the same bytes; pyproject.toml keeps the ranges. `make lock` updates them.
$(VENV)/.installed: requirements.lock pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.lock
	@touch $@

# Newest versions within pyproject.toml's ranges (those already locked are kept unless
# `LOCK_ARGS=--upgrade`), then `make test` before committing the two files.
LOCK_ARGS ?=
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
	--no-emit-index-url --no-emit-find-links $(LOCK_ARGS) pyproject.toml
lock: | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(PIP_COMPILE) --output-file requirements.lock
	$(PIP_COMPILE) --extra test --output-file requirements-test.lock

# esbuild bundles and minifies the JS, pinned in package-lock.json; its npm package carries the
# binary for this platform. Only the build needs it, never the running app.
node_modules/.installed: package.json package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's Chromium: Playwright's own browser download does not work on these machines.
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

$(CHROMIUM_SHELL):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell

# nginx serves the static export in its test, as an ordinary process (no service is started).
$(NGINX):
	apt-get update -qq && (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light || \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx)

$(WRK):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk

# Safari's engine: Playwright's WebKit download fails here too; Debian's WebKitGTK works through
# Selenium. Both packages at once: whichever file is missing, the other is usually missing too.
$(WEBKIT_TOOLS):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver xvfb

# Not part of `make test`: these need tools or services the test machines lack.
bench: $(VENV)/.test-installed $(CHROMIUM) $(WRK) build
	$(BIN)/python -m benchmarks

# Only what an installed app downloads per release, and the first visit under Slow 4G.
bench-updates: $(VENV)/.test-installed $(CHROMIUM) build
	$(BIN)/python -m benchmarks updates

bench-sizes: $(VENV)/.test-installed build
	$(BIN)/python -m benchmarks sizes

audit: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet pip-audit
	$(BIN)/pip-audit

export: build
	$(BIN)/flask export dist

icons: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[tools]'
	$(BIN)/python scripts/make_icons.py

clean:
	rm -rf pwa/static/gen pwa/build dist .pytest_cache
