# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= factcheck.db
HOST ?= 127.0.0.1
PORT ?= 8001
SHELL := /bin/bash
# pip at -qq: errors only (this keeps a machine's pip configuration warnings
# and build-backend notices from burying the sign-in URL).
PIP := $(BIN)/python -m pip install -qq

.PHONY: demo test test-1.0 test-quick test-spark lint install install-test site bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

install: $(BIN)/python
	$(PIP) -e .

install-test: $(BIN)/python
	$(PIP) -e '.[test]'

# Ingests the seeds (unchanged files are skipped) and serves them; the last
# line printed is the one-time sign-in URL for root. Each start prints a new
# one: stop with Ctrl+C and run `make demo` again for another. Uvicorn's INFO
# lines (startup, one per request) are left out so that the URL stays last;
# warnings and errors still show.
demo: install
	@$(BIN)/python scripts/ingest.py $(DB) seeds/
	@echo "Serving $(DB) at http://$(HOST):$(PORT)/ (Ctrl+C stops it). Sign in as root:"
	@set -o pipefail; PYTHONUNBUFFERED=1 $(BIN)/datasette $(DB) -m metadata.yml --host $(HOST) --port $(PORT) --root 2>&1 \
		| grep --line-buffered -v '^INFO: '

# The tests run side by side in $(TEST_WORKERS) processes (pytest-xdist):
# each keeps to its own tmp_path and free ports. A test file stays in one
# process, so a module's costly fixtures (a site build, a served desk) are
# made once. `make demo`'s test runs alone afterwards: it reinstalls the
# package into .venv.
TEST_WORKERS ?= 2
PARALLEL = -n $(TEST_WORKERS) --dist loadfile

test: install-test
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not serial"
	$(BIN)/python -m pytest -q -m serial

# The suite again on Datasette's 1.0 alpha line, pinned (alphas change APIs),
# in a venv of its own: the tests that reach Datasette code (conftest marks
# the others `text`: text, matching and ingest alone answer the same on
# either line); of the Chromium tests only the review in a browser (its
# forms meet 1.0a's header checks), of the slow ones those that go through
# Datasette (both_lines); the rest run on 0.65.
DATASETTE_1_0 ?= 1.0a41
VENV_1_0 := .venv-1.0

$(VENV_1_0)/bin/python:
	$(PYTHON) -m venv $(VENV_1_0)
	$(VENV_1_0)/bin/python -m pip install --quiet --upgrade pip

test-1.0: $(VENV_1_0)/bin/python
	$(VENV_1_0)/bin/python -m pip install --quiet -e '.[test]' 'datasette==$(DATASETTE_1_0)'
	$(VENV_1_0)/bin/python -m pytest -q $(PARALLEL) -m "not text and not browser and (not slow or both_lines)"
	$(VENV_1_0)/bin/python -m pytest -q tests/test_browser_review.py

# Matching on Spark (`datasette factcheck match --spark`): PySpark in a venv
# of its own, and the tests marked spark (Java 17+ must be installed:
# apt-get install -y default-jre-headless). Neither demo nor test needs it.
VENV_SPARK := .venv-spark

$(VENV_SPARK)/bin/python:
	$(PYTHON) -m venv $(VENV_SPARK)
	$(VENV_SPARK)/bin/python -m pip install --quiet --upgrade pip

test-spark: $(VENV_SPARK)/bin/python
	@command -v java >/dev/null || { echo "make test-spark needs Java 17+: apt-get install -y default-jre-headless" >&2; exit 1; }
	$(VENV_SPARK)/bin/python -m pip install --quiet -e '.[test,spark]'
	$(VENV_SPARK)/bin/python -m pytest -q --spark -m spark

# The tests that need neither Chromium nor the slow runs (a quarter of the time).
test-quick: install-test
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not slow and not browser"

# ruff (style and mistakes) and mypy (types) over the package.
lint: install-test
	$(BIN)/python -m ruff check datasette_factcheck scripts tests
	$(BIN)/python -m mypy datasette_factcheck

# The static read-only copy in site/ (ingests the seeds first when $(DB) is
# missing); prints "built N pages in X.Y s".
site: install
	@test -f $(DB) || $(BIN)/python scripts/ingest.py $(DB) seeds/
	$(BIN)/python scripts/build_site.py $(DB) site -m metadata.yml --base-url-check

# The benchmark at a size that runs in a minute; see README "Performance".
bench: install-test
	$(BIN)/python scripts/bench.py --articles 1000

clean:
	rm -rf $(VENV) $(VENV_1_0) $(VENV_SPARK) $(DB) $(DB)-wal $(DB)-shm $(DB)-ingest.lock site
