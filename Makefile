# Two entry points for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit docs notebook wheel wheel-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m iomkg demo

lint: $(STAMP)
	$(PY) -m ruff check src tests $(wildcard benchmarks examples)
	$(PY) -m ruff format --check src tests $(wildcard benchmarks examples)

typecheck: $(STAMP)
	$(PY) -m mypy --strict

unit: $(STAMP)
	$(PY) -m pytest

# The docs, with every warning and broken reference an error (tests/test_docs.py does the
# same build in `make unit`); open build/docs/index.html.
docs: $(STAMP)
	$(PY) -m sphinx -E -W -n --keep-going -q -b html docs build/docs

# Execute examples/tutorial.ipynb and save it with its outputs (it is shipped executed).
notebook: $(STAMP)
	$(PY) tools/run_notebook.py

# A wheel and an sdist in dist/ (the wheel is built from the sdist).
wheel: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .

# The test suite against the installed wheel, not the source tree: a fresh venv in
# build/wheel-venv gets dist/*.whl[test], and pytest runs tests/ from inside that venv with
# --import-mode=importlib, so src/ is never on sys.path (tests/test_wheel.py checks it); only
# tests/ is, for the helper modules some tests share (test_corpus.build, html_render).
WHEEL_VENV := build/wheel-venv
wheel-test: wheel
	rm -rf $(WHEEL_VENV)
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(WHEEL_VENV)/bin/python -m pip install --quiet "$$(ls dist/iomkg-*.whl)[test]"
	cd $(WHEEL_VENV) && IOMKG_TEST_INSTALLED=1 PYTHONPATH=$(CURDIR)/tests \
		IOMKG_WHEEL="$$(ls $(CURDIR)/dist/iomkg-*.whl)" IOMKG_SDIST="$$(ls $(CURDIR)/dist/iomkg-*.tar.gz)" \
		./bin/python -m pytest $(CURDIR)/tests -p no:cacheprovider --import-mode=importlib -q

test: lint typecheck unit wheel-test

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
