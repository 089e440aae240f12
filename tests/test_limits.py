"""The layout's limits: no function over 60 lines and no module over 450, so each reads on a screen or two."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for folder in ("factcheck", "benchmarks") for p in (ROOT / folder).rglob("*.py"))


def test_no_module_over_450_lines() -> None:
    assert FILES
    assert [(str(p.relative_to(ROOT)), n) for p in FILES if (n := p.read_text(encoding="utf-8").count("\n")) > 450] == []


def test_no_function_over_60_lines() -> None:
    long = []
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None \
                    and node.end_lineno - node.lineno + 1 > 60:
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert long == []
