# Set-up and the jobs the README names. Each target builds .venv from scratch when it is missing.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS := seeds/ukraine-summit-2025-03-02

.PHONY: setup report test lint bench clean

$(BIN)/factcheck: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# CPU PyTorch first, pinned, so nothing below can resolve torch to a CUDA build.
	$(BIN)/pip install --quiet -c constraints.txt torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

setup: $(BIN)/factcheck

report: setup
	HF_HUB_OFFLINE=1 $(BIN)/factcheck check $(SEEDS) --out reports/ -f md -f json -f csv -f html

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
