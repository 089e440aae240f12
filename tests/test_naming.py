"""Security: an input name (a JSONL ``event``, a folder name) never writes outside --out.

One regression test per hostile name from issue 15, on the naming function and through a whole batch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.batch import check_batch, output_stems
from factcheck.render import report_path
from factcheck.render.naming import MAX_NAME_BYTES, display_name, safe_name

HOSTILE = {
    "parent": "../../x",
    "absolute": "/tmp/factcheck-owned",
    "control": "evil\x1b[2J\x00name\nnext",
    "slash": "/",
    "long": "n" * 300,
    "backslash": "..\\..\\windows",
    "dots": "..",
    "reserved": "CON",
}


def _safe(stem: str) -> None:
    assert stem and "/" not in stem and "\\" not in stem and not stem.startswith(".")
    assert all(ch.isprintable() and not ch.isspace() for ch in stem)
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_name_stays_in_folder(case: str, tmp_path: Path) -> None:
    stem = safe_name(HOSTILE[case])
    _safe(stem)
    path = report_path(tmp_path, HOSTILE[case], "html")
    assert path.parent == tmp_path and path.resolve().parent == tmp_path.resolve()


def test_names_that_clean_to_one_string_stay_apart() -> None:
    names = ["a/b", "a_b", "a?b", "a\nb", "a" + "/" * 3 + "b"]
    assert len({safe_name(n) for n in names}) == len(names)
    long_a, long_b = "x" * 300 + "a", "x" * 300 + "b"
    assert safe_name(long_a) != safe_name(long_b)
    # Case-insensitive file systems: "Event" and "event" get different files in one batch.
    stems = output_stems(["Event", "event", "EVENT"], Path("out"))
    assert len({p.name.casefold() for p in stems.values()}) == 3
    # The batch's own index.{md,json,html} is never an event's report.
    assert {p.name for p in output_stems(["index", "INDEX"], Path("out")).values()} == {"index-2", "INDEX-3"}


def test_plain_names_are_unchanged() -> None:
    for name in ["ukraine-summit-2025-03-02", "Zürich_2024", "event.v2", "東京"]:
        assert safe_name(name) == name


def test_display_name_shows_control_characters() -> None:
    assert display_name("a\x1b[31mb\n") == "a\\x1b[31mb\\n"
    assert len(display_name("y" * 1000)) == 200


@given(st.text())
def test_any_name_is_a_safe_file_name(name: str) -> None:
    stem = safe_name(name)
    _safe(stem)
    assert safe_name(stem) == stem  # a safe name is its own file name


def test_batch_writes_every_hostile_event_inside_out(tmp_path: Path, fake_embedder: object) -> None:
    """The issue's reproduction: these names wrote outside --out (or crashed the batch) and exited 0."""
    events = {**HOSTILE, "same1": "a/b", "same2": "a_b"}
    lines = []
    for event in events.values():
        for outlet, figure in (("one", "5,000"), ("two", "more than 5,000")):
            lines.append(json.dumps({"event": event, "id": f"{outlet}",
                                     "text": f"Leaders met in London. The UK will buy {figure} missiles for Ukraine."}))
    jsonl = tmp_path / "in" / "news.jsonl"
    jsonl.parent.mkdir()
    jsonl.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "deep" / "out"
    before = {p for p in tmp_path.rglob("*") if not p.is_relative_to(out)}
    result = check_batch(jsonl, out, formats=("md", "json"), embedder=fake_embedder)  # type: ignore[arg-type]
    assert result.failed == () and len(result.written) == len(events)
    after = {p for p in tmp_path.rglob("*") if not p.is_relative_to(out)}
    assert after - before == {out.parent}  # only the folders of --out were created; nothing beside or above
    assert not list(Path("/tmp").glob("factcheck-owned*"))
    assert {p.name for p in out.glob("index.*")} == {"index.md", "index.json", "index.html"}
    written = sorted(p for p in out.iterdir() if not p.name.startswith(".") and p.stem != "index")
    assert len(written) == 2 * len(events)
    assert all(p.parent == out for p in written)
    for p in written:
        _safe(p.name.rsplit(".", 1)[0])
    # The report keeps the name as the input gave it.
    shown = {json.loads(p.read_text(encoding="utf-8"))["event"] for p in written if p.suffix == ".json"}
    assert shown == set(events.values())
    assert dict(result.files).keys() == set(events.values())
    # What the result says was written is what was written (a reserved name once differed: "_CON" vs "CON").
    assert {Path(f"{stem}.md") for stem in dict(result.files).values()} == {p for p in written if p.suffix == ".md"}
