# Set-up and the jobs the README names. Each target builds .venv from scratch when it is missing.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS := seeds/ukraine-summit-2025-03-02
TORCH_CPU_INDEX ?= https://download.pytorch.org/whl/cpu

.PHONY: setup report test lint bench clean

$(BIN)/factcheck: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# PyTorch first, pinned, so nothing below can resolve torch to another version. The CPU build comes from
	# PyTorch's CPU index when this machine reaches it (192 MB wheel, no CUDA); otherwise from the indexes pip
	# is configured with, where PyPI's Linux wheel is the CUDA build (see the README's set-up note).
	if $(PY) -c "import urllib.request; urllib.request.urlopen('$(TORCH_CPU_INDEX)/torch/', timeout=10)" \
			2>/dev/null; then \
		$(BIN)/pip install --quiet -c constraints.txt torch==2.13.0 --index-url $(TORCH_CPU_INDEX); \
	else \
		$(BIN)/pip install --quiet -c constraints.txt torch==2.13.0; \
	fi
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

setup: $(BIN)/factcheck

# The report is dated by the last commit that changed the seeds (SOURCE_DATE_EPOCH), so re-running it on an
# unchanged tree leaves git clean; outside git it is dated now.
report: setup
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct -- $(SEEDS) 2>/dev/null) HF_HUB_OFFLINE=1 \
		$(BIN)/factcheck check $(SEEDS) --out reports/ -f md -f json -f csv -f html

lint: setup
	$(BIN)/ruff check factcheck tests benchmarks
	$(BIN)/mypy

test: lint
	HF_HUB_OFFLINE=1 $(BIN)/pytest -q

bench: setup
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bench]'
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/quantities.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/segmenters.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/claims.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/wording.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/claims_scale.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/ingest_scale.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/realnews.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/batch.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/event_time.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/discrepancies.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
