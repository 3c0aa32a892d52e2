# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
export FLASK_APP := wsgi

# Rebuild only when a source changed, so a second `make run` starts in seconds.
SOURCES := $(shell find pwa service_worker -type f \
	-not -path 'pwa/static/gen/*' -not -path 'pwa/build/*' -not -name '*.gz' -not -name '*.br' \
	-not -name '*.pyc' 2>/dev/null)

.PHONY: run test build lint unit browser bench bench-updates audit export icons screenshots clean

run: build
	$(BIN)/gunicorn --config gunicorn.conf.py wsgi:app

test: $(VENV)/.test-installed $(CHROMIUM) build lint
	$(BIN)/pytest

build: pwa/build/.built

pwa/build/.built: $(VENV)/.installed $(SOURCES)
	$(BIN)/flask build
	@touch $@

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

unit: $(VENV)/.test-installed build
	$(BIN)/pytest -m "not browser"

browser: $(VENV)/.test-installed $(CHROMIUM) build
	$(BIN)/pytest -m browser

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# Debian's Chromium: Playwright's own browser download does not work on these machines.
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# Not part of `make test`: these need tools or services the test machines lack.
bench: $(VENV)/.test-installed $(CHROMIUM) build
	$(BIN)/python -m benchmarks

# Only what an installed app downloads per release, and the first visit under Slow 4G.
bench-updates: $(VENV)/.test-installed $(CHROMIUM) build
	$(BIN)/python -m benchmarks updates

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
