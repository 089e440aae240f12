"""The public API: what ``import factcheck`` offers, the --fail-on rule, the settings loader, and that no
module reaches into another's private names."""

from __future__ import annotations

import ast
from importlib.metadata import version
from pathlib import Path

import pytest

import factcheck
from factcheck import Claim, Finding, Mention, Report, Settings
from factcheck.errors import ConfigError
from factcheck.records import SEVERITIES, Severity, Status, severity_rank

ROOT = Path(__file__).resolve().parent.parent


def test_version_comes_from_the_package_metadata() -> None:
    assert factcheck.__version__ == version("factcheck")


def test_every_public_name_exists() -> None:
    assert [name for name in factcheck.__all__ if not hasattr(factcheck, name)] == []
    assert factcheck.render.__name__ == "factcheck.render"  # the package, not a function hiding it


def test_severities_are_strings_in_one_order() -> None:
    assert SEVERITIES == ("high", "medium", "low", "info")
    assert Severity.HIGH == "high" and f"{Severity.LOW}" == "low"
    assert sorted(["info", "low", "high", "medium"], key=severity_rank) == list(SEVERITIES)
    with pytest.raises(ValueError):
        Finding("numeric", "hgih", "typo", (0, 1), "conflict")


def _report(*findings: tuple[str, str]) -> Report:
    mentions = (Mention("a", 0, "x", 0, 1), Mention("b", 0, "x", 0, 1))
    claims = tuple(Claim(f"c{i}", mentions, (Finding(kind, severity, "", (0, 1), "l"),),
                         Status.CONFLICT if severity == "high" else Status.DIFFERS, severity)
                   for i, (kind, severity) in enumerate(findings))
    return Report("e", (), claims)


@pytest.mark.parametrize(("findings", "level", "fails"), [
    ((), "conflict", False),
    ((), "low", False),
    ((("numeric", "high"),), "conflict", True),
    ((("numeric", "medium"),), "conflict", False),
    ((("numeric", "medium"),), "high", False),
    ((("numeric", "medium"),), "medium", True),
    ((("numeric", "medium"),), "low", True),
    ((("quote", "low"),), "medium", False),
    ((("coverage", "low"),), "low", False),  # coverage notes never fail a check
    ((("numeric", "info"),), "low", False),  # nor do differences that are not discrepancies
])
def test_fails(findings: tuple[tuple[str, str], ...], level: str, fails: bool) -> None:
    assert _report(*findings).fails(level) is fails


def test_fails_rejects_an_unknown_level() -> None:
    with pytest.raises(ValueError):
        _report(("numeric", "high")).fails("severe")


def test_settings_load_reads_the_file_then_the_overrides(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("link-threshold = 0.7\nmin_severity = 'low'\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    s = Settings.load(tmp_path / "sub", min_severity="medium", neighbours=None)
    assert (s.link_threshold, s.min_severity, s.neighbours) == (0.7, "medium", Settings().neighbours)
    with pytest.raises(ConfigError):
        Settings.load(tmp_path, no_such_setting=1)


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module != "__future__":
            found += [f"{path.relative_to(ROOT)}:{node.lineno} {a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_private_name_is_imported_across_modules() -> None:
    files = [p for folder in ("factcheck", "tests", "benchmarks") for p in sorted((ROOT / folder).rglob("*.py"))]
    assert files and [hit for p in files for hit in _private_imports(p)] == []
