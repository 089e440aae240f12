"""tests/cases/README.md documents every case file: a file added without its fields is noticed."""

from __future__ import annotations

import re
from pathlib import Path

CASES = Path(__file__).parent / "cases"


def test_every_case_file_has_a_section() -> None:
    readme = (CASES / "README.md").read_text(encoding="utf-8")
    headings = {name for line in readme.splitlines() if line.startswith("## ")
                for name in re.findall(r"[\w.]+\.json|[\w]+/", line)}
    on_disk = {p.name + ("/" if p.is_dir() else "") for p in CASES.iterdir() if p.name != "README.md"}
    assert on_disk, "no case files found"
    assert sorted(on_disk - headings) == []
