# Two entry points for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m iomkg demo

lint: $(STAMP)
	$(PY) -m ruff check src tests $(wildcard benchmarks examples)
	$(PY) -m ruff format --check src

typecheck: $(STAMP)
	$(PY) -m mypy --strict

unit: $(STAMP)
	$(PY) -m pytest

test: lint typecheck unit

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
