# `make run` and `make test` set up .venv on first use (torch pinned to the CPU build), then run or test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench shots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

# The desktop app; on a machine without a display it says so and points to `simulator play`.
run: $(STAMP)
	$(PY) -m simulator gui

# pytest exits 5 when it collects no test: that is not a failure of the setup.
test: $(STAMP)
	$(PY) -m pytest; status=$$?; if [ $$status -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$status

lint: $(STAMP)
	$(VENV)/bin/ruff check simulator tests bench
	$(VENV)/bin/mypy simulator
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/bench_scoring.py
	$(PY) bench/make_progress_db.py
	$(PY) bench/progress_bench.py
	$(PY) bench/gui_startup_bench.py

# Screenshots of each main view, rendered under Xvfb (apt: xvfb xauth libxcb-cursor0 ...; see README).
shots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m simulator.gui.shots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
