# The two commands of the README:  make run   (the app, on the embedded SQLite database)
#                                  make test  (the whole suite, PostgreSQL included)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run demo test system-deps forms lint benchmarks

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

benchmarks: $(BIN)/shadowdesk
	$(BIN)/python -m benchmarks
