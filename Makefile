# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: demo test lint bench clean install install-test

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamp files: re-install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: $(VENV)/.installed
	@mkdir -p demo-out
	$(BIN)/zongjie extract samples/reports -o demo-out/figures.xlsx
	$(BIN)/zongjie extract samples/reports -o demo-out/figures.jsonl --quiet
	$(BIN)/zongjie extract samples/reports --limit 25
	@echo
	@echo "Wrote demo-out/figures.xlsx and demo-out/figures.jsonl"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest -q -n 2

bench: $(VENV)/.installed-test
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) bench/extract_speed.py

clean:
	rm -rf $(VENV) demo-out .pytest_cache .ruff_cache *.egg-info
