# foidesk: the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := tests/fixtures/seeds
PYTEST_WORKERS ?= auto

.PHONY: run demo test lint types unit browser bench install clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "foidesk needs Python 3.11 or newer"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## make run: start the desk (the disclosure unit's web app) on http://127.0.0.1:8000 with an
## embedded SQLite database and demo logins (printed at start).
run: $(STAMP)
	$(BIN)/foidesk serve

## make demo: read and check the example responses on the command line and print the findings.
demo: $(STAMP)
	$(BIN)/foidesk read $(SEEDS)
	$(BIN)/foidesk check $(SEEDS) || test $$? -eq 1

## make test: lint, types, then every test.
test: lint types unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy src

## The browser tests need Debian's chromium, Playwright and axe-core; install them first.
## Under `make test` the real parts (chromium, PostgreSQL) must be there: a test fails, never
## skips, when one is missing (PostgreSQL is apt-installed by the tests' own setup).
browser: $(STAMP)
	VENV_PY=$(BIN)/python bash tools/install-browser.sh

unit: $(STAMP) browser
	FOIDESK_REQUIRE_BROWSER=1 FOIDESK_REQUIRE_POSTGRES=1 $(BIN)/pytest -n $(PYTEST_WORKERS) -q

## make bench: the benchmarks, printing a table (figures go in docs/performance.md).
bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
