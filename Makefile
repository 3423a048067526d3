# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: demo test lint bench bench-scale bench-memory clean install install-test fonts chromium screenshots

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamp files: re-install only when pyproject.toml or setup.py (the compiled modules) changes. PYTHONWARNINGS keeps
# setuptools' note on editable installs of compiled modules (a box of asterisks) out of a first run's output.
$(VENV)/.installed: pyproject.toml setup.py | $(BIN)/activate
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/activate
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

# Charts need a CJK font (compare --chart); Debian's Noto CJK where none is installed and we are root.
fonts:
	@fc-list :lang=zh 2>/dev/null | grep -q . || { [ "$$(id -u)" = 0 ] && \
	  { apt-get update -qq && apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null; } || \
	  echo "no CJK font found: charts need one (apt-get install fonts-noto-cjk)"; }

# The browser tests (tests/zongjie/web/test_e2e.py) drive Debian's Chromium through Playwright, never
# Playwright's own browser download; without it (and not root) they skip, saying why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || \
	  echo "no chromium found: the browser tests will skip (apt-get install chromium)"; }

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
	$(BIN)/pyright

test: lint fonts chromium
	$(BIN)/pytest -q -n 2

# The pictures in docs/ and the README, made from the project's own samples only (never ../shared: third-party
# texts are not copied into the repository, not even as pictures): each page of `zongjie serve`, taken by the browser
# test, and the page of `zongjie show`. docs/draft-page1.png and docs/compare-gdp.png are not retaken here.
SHOW_SAMPLE := samples/reports/青川县总工会2025年上半年工作总结.txt
screenshots: $(VENV)/.installed-test fonts chromium
	ZONGJIE_SCREENSHOTS=docs $(BIN)/pytest -q tests/zongjie/web/test_e2e.py -k screenshots
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(BIN)/zongjie show "$(SHOW_SAMPLE)" -o "$$tmp/show.html" --no-open && \
	  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
	    --disable-sync --no-first-run --hide-scrollbars --window-size=1200,900 --screenshot="$(CURDIR)/docs/show.png" \
	    "file://$$tmp/show.html" 2>/dev/null

bench: $(VENV)/.installed-test
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) bench/extract_speed.py

# 100,000 reports made from ../shared, files → partitioned Parquet on 1 and 2 processes and Dask (long).
bench-scale: $(VENV)/.installed-test
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) bench/scale.py $(SCALE_ARGS)

# One report of 1, 4 and 16 MB (lines, and one single line), peak memory of the whole process tree.
bench-memory: $(VENV)/.installed-test
	$(PY) -m pip install --quiet psutil
	$(PY) bench/memory.py $(MEMORY_ARGS)

clean:
	rm -rf $(VENV) demo-out .pytest_cache .ruff_cache *.egg-info
