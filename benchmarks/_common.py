"""Shared by the benchmark scripts: the repository root on sys.path, and publishing a result table."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def publish(name: str, text: str) -> None:
    """Write ``benchmarks/results/<name>`` and print the same text."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / name).write_text(text, encoding="utf-8")
    print(text)
