# The two commands of the README:  make run   (the app, on the embedded SQLite database)
#                                  make test  (the whole suite, PostgreSQL included)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run demo test system-deps forms lint check benchmarks

$(BIN)/shadowdesk: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

run: $(BIN)/shadowdesk
	$(BIN)/shadowdesk $(ARGS)

demo: $(BIN)/shadowdesk
	$(BIN)/shadowdesk demo

system-deps:
	bash packaging/install-system-deps.sh

test: system-deps $(BIN)/shadowdesk
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

forms: $(BIN)/shadowdesk
	$(BIN)/python packaging/build_forms.py

lint: $(BIN)/shadowdesk
	$(BIN)/ruff check src tests benchmarks packaging

# The linter, then the type checker (pyproject's [tool.mypy]: which modules are strict, which not yet).
check: lint
	$(BIN)/mypy

# Each prints markdown rows for docs/BENCHMARKS.md; large demo databases are made once under /tmp.
benchmarks: $(BIN)/shadowdesk
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_roster_import.py
	$(BIN)/python benchmarks/bench_planner.py
	$(BIN)/python benchmarks/bench_schedule.py
	$(BIN)/python benchmarks/bench_notes.py /tmp/shadowdesk-bench-notes
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_kill.py --kills 1000

# The one-folder PyInstaller bundle dist/ShadowDesk (packaging/README.md), its tests, and the app icon PNGs.
.PHONY: bundle bundle-test icons

bundle: $(BIN)/shadowdesk
	bash packaging/build_bundle.sh

bundle-test: system-deps $(BIN)/shadowdesk
	$(BIN)/python -m pytest -m bundle tests/test_bundle.py $(PYTEST_ARGS)

icons: $(BIN)/shadowdesk
	$(BIN)/python packaging/render_icons.py
