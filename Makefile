# `make run` and `make test` set up .venv on first use (torch pinned to the CPU build), then run or test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m simulator practice

# pytest exits 5 when it collects no test: that is not a failure of the setup.
test: $(STAMP)
	$(PY) -m pytest; status=$$?; if [ $$status -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$status

lint: $(STAMP)
	$(VENV)/bin/ruff check simulator tests bench
	$(VENV)/bin/mypy simulator
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/scoring_bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
