# newsledger — set-up, demo, tests, benchmarks.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test bench eval accuracy real-gold clean

# The external benchmark (shared/, beside the project) is scored when it is there.
EXTERNAL := $(wildcard ../shared/benchmarks/plover_gsr.jsonl)

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $@

LEDGER ?= ledger.duckdb

demo: $(STAMP)
	$(VENV)/bin/newsledger ingest examples --db $(LEDGER)
	$(VENV)/bin/newsledger stats --db $(LEDGER)
	$(VENV)/bin/newsledger events --db $(LEDGER) --sort significance --limit 10
	$(VENV)/bin/newsledger stories --db $(LEDGER) --limit 5
	$(VENV)/bin/newsledger check examples/2025-10-28_pakistan-isf-gaza.txt --db $(LEDGER)
	@echo "Open it in the browser:  $(VENV)/bin/newsledger serve --db $(LEDGER)   (then http://127.0.0.1:8000/)"

# Browser tests drive Debian's Chromium; install it when it is missing (CI starts bare).
CHROMIUM := /usr/bin/chromium

$(CHROMIUM):
	@echo "installing Debian chromium for the browser tests"
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium

test: $(DEVSTAMP) $(CHROMIUM)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/bench_analyze.py
	$(PY) bench/bench_long.py
	$(PY) bench/bench_ingest.py
	$(PY) bench/bench_cluster.py
	$(PY) bench/profile_ingest.py
	$(PY) bench/bench_lists.py
	$(PY) bench/report.py

REAL := tests/gold/real/dev.jsonl tests/gold/real/test.jsonl

eval: $(STAMP)
	$(VENV)/bin/newsledger eval tests/gold/dev.jsonl tests/gold/test.jsonl $(REAL) $(EXTERNAL)

accuracy: $(STAMP)
	$(PY) bench/accuracy_report.py tests/gold/dev.jsonl tests/gold/test.jsonl $(REAL) $(EXTERNAL)

# The real-text corpus (issue 13): the items two coders coded, their agreement, and the
# gold splits built from their codings and the adjudications.
real-gold: $(STAMP)
	$(PY) bench/real_items.py > tests/gold/real/coding/items.jsonl.new
	mv tests/gold/real/coding/items.jsonl.new tests/gold/real/coding/items.jsonl
	$(PY) bench/real_agreement.py
	$(PY) bench/real_gold.py

clean:
	rm -rf $(VENV) demo-out $(LEDGER) $(LEDGER).wal $(LEDGER).search*
