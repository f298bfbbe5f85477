# monitor: the two set-up commands are `make run` and `make test` (see README.md).
# Needs only Python 3.11+ on the machine; everything else goes into .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install install-parser compile run once test test-fast fuzz lint demo bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("monitor needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install monitor with its test tools

install-parser: install  ## the optional dependency parser ([statements] parser = "auto" or "on")
	$(BIN)/python -m pip install --quiet -e ".[parser]"

compile: install  ## the statement rules compiled by mypyc (needs a C compiler; ~5-10 min; optional)
	$(BIN)/python -m monitor.native build

run: install  ## migrate ./data/monitor.db and start the daemon on config/
	$(BIN)/monitor db upgrade
	$(BIN)/monitor run

once: install  ## one pass over the due feeds, then exit
	$(BIN)/monitor run --once

test: install  ## the whole suite (PostgreSQL tests skip if no server; CI requires them)
	$(BIN)/pytest

test-fast: install  ## the suite without slow tests
	$(BIN)/pytest -m "not slow"

fuzz: install  ## the robustness tests with random seeds: 200 examples each, ~3 min (MONITOR_FUZZ_EXAMPLES=N for more)
	MONITOR_FUZZ=1 $(BIN)/pytest tests/unit/test_robustness.py -p no:cacheprovider --timeout=0 \
		--hypothesis-show-statistics -v

lint: install  ## ruff and mypy (strict on monitor/)
	$(BIN)/ruff check .
	$(BIN)/mypy

demo: install  ## serve the demo feeds locally and show what monitor finds
	$(BIN)/monitor demo

bench: install  ## the benchmarks; record results in docs/benchmarks.md
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_dedup.py
	$(BIN)/python bench/bench_statements.py
	$(BIN)/python bench/bench_novelty.py
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_farm.py

eval: install  ## quality of dedupe and statement extraction on ../shared dev data
	$(BIN)/python bench/eval_dedup.py
	$(BIN)/python bench/eval_stories.py
	$(BIN)/python bench/eval_statements.py
	for set in news2025 news2025b news2025c news2025d news2025e newsstories newsstories2; do \
		$(BIN)/python bench/eval_news2025.py --set $$set --examples 0 || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
