"""The CLI over a generated hostile folder: each bad input gives its exit code and a one-line message.

The embedding model is replaced by the deterministic fake so the whole matrix runs in seconds; the
model's own route is covered by the end-to-end tests. These are the rows of the README's bad-input table.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def fake_model(monkeypatch: pytest.MonkeyPatch, fake_embedder: object) -> None:
    import factcheck.embedding
    import factcheck.pipeline

    # The batch loads its model through factcheck.embedding (in factcheck.workers), the check through pipeline.
    for module in (factcheck.pipeline, factcheck.embedding):
        monkeypatch.setattr(module, "load_embedder", lambda *_a, **_k: fake_embedder)


@pytest.fixture
def hostile(tmp_path: Path, seeds: Path) -> Path:
    """Two good seed articles and one of every kind of bad file a newsroom folder holds."""
    folder = tmp_path / "event"
    folder.mkdir()
    good = sorted(seeds.glob("*.txt"))
    shutil.copy(good[0], folder / "good1.txt")
    shutil.copy(good[1], folder / "good2.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"  \n\t\n")
    (folder / "cp1252.txt").write_bytes("Zürich talks\nThe café said “5,000” missiles – €1.9bn.".encode("cp1252"))
    (folder / "utf16.txt").write_bytes("Kyiv talks\nLeaders met for 3 hours on Sunday.".encode("utf-16"))
    (folder / "bom.txt").write_bytes("\ufeffBOM talks\nA text with a BOM.".encode())
    (folder / "invisible.txt").write_text("Head\nThey bought 5,\u200b000 mis\u00adsiles.", encoding="utf-8")
    (folder / "news.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": "A JSONL article about the summit."}),
        '{"id": "cut", "text": "never closed',
        json.dumps({"id": "notext"}),
    ]), encoding="utf-8")
    (folder / "copy.txt").write_bytes((folder / "good1.txt").read_bytes())
    (folder / "big.txt").write_text("Big\n" + "Leaders met in London. " * 50_000, encoding="utf-8")
    (folder / "dead.txt").symlink_to(folder / "nowhere.txt")
    (folder / "dir.txt").mkdir()
    return folder


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_hostile_folder_checks_the_good_and_names_the_bad(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["check", str(hostile), "--out", str(out), "-f", "json", "--max-article-mb", "1"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in _lines(result.stderr) if "warning: skipped" in line]
    expected = {
        "binary.txt": "looks like a binary file",
        "empty.txt": "article has no text",
        "news.jsonl:2": "not valid JSON",
        "news.jsonl:3": "article has no text",
        "big.txt": "over the 1 MB article limit (raise it with --max-article-mb)",
        "dead.txt": "cannot read file",
    }
    for where, reason in expected.items():
        assert [w for w in warnings if f"{where}: " in w and reason in w], (where, warnings)
    assert len(warnings) == len(expected)
    report = json.loads((out / "event.json").read_text(encoding="utf-8"))
    by_id = {s["id"]: s for s in report["sources"]}
    # copy.txt comes first in name order, so it is kept and good1.txt is listed as carrying the same text.
    assert set(by_id) == {"copy", "good2", "cp1252", "utf16", "bom", "invisible", "j1"}
    assert [c["id"] for c in by_id["copy"]["copies"]] == ["good1"]
    assert "copy carried by good1 too: counted as one voice" in result.stderr
    mentions = " ".join(m["text"] for c in report["claims"] for m in c["mentions"])
    assert "5,000 missiles" in mentions  # the zero-width space no longer splits the figure
    assert by_id["cp1252"]["title"] == "Zürich talks" and by_id["utf16"]["title"] == "Kyiv talks"


def test_every_file_bad_names_each_reason(tmp_path: Path) -> None:
    """Issue 15: when every file was dropped the reasons were hidden behind "0 readable"."""
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "b.jsonl").write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 3
    lines = _lines(result.stderr)
    assert "a.txt: looks like a binary file" in lines[0] and "b.jsonl:1: not valid JSON" in lines[1]
    assert lines[-1].startswith("factcheck: error:") and "2 input(s) skipped, named above" in lines[-1]
    assert len(lines) == 3


@pytest.mark.parametrize("args, code, message", [
    (["check", "{tmp}/nope"], 2, "no such file or folder"),
    (["check", "{tmp}/emptydir"], 2, "no articles found"),
    (["check", "{event}", "--out", "{event}/good1.txt"], 6, "--out is a file"),
    (["check", "{event}", "--out", "{event}/good1.txt/sub"], 6, "good1.txt is a file"),
    (["batch", "{tmp}/bad.jsonl", "--out", "{tmp}/o"], 2, "no articles found"),
    (["check", "{event}", "--max-article-mb", "x"], 2, "x"),
])
def test_exit_codes(hostile: Path, tmp_path: Path, args: list[str], code: int, message: str) -> None:
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "bad.jsonl").write_text("{oops\n[1]\n", encoding="utf-8")
    argv = [a.format(tmp=tmp_path, event=hostile) for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    if code != 2 or args[-1] != "x":  # typer's own usage errors are framed in a box
        assert len(_lines(result.stderr)) == 1


def test_batch_over_hostile_jsonl(tmp_path: Path) -> None:
    """Bad records skip themselves (named file:line); hostile names stay inside --out; the rest is checked."""
    rows = [json.dumps({"event": "../../escape", "id": f"o{i}", "text": f"Leaders met. The UK will buy {n} missiles."})
            for i, n in enumerate(("5,000", "more than 5,000"))]
    rows += ["not json", json.dumps({"event": "x" * 300, "id": "lonely", "text": "Only one outlet."})]
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(rows).encode("utf-8"))
    out = tmp_path / "a" / "out"
    result = runner.invoke(app, ["batch", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 checked, 0 up to date, 1 skipped, 0 failed" in result.stdout
    assert f"skipped {path}:3: not valid JSON" in result.stderr
    assert "../../escape (file escape-" in result.stderr  # original name shown, and the file it went to
    assert sorted(p.parent for p in tmp_path.rglob("*.md") if p.name != "index.md") == [out]
    assert (out / "index.md").exists()
    again = runner.invoke(app, ["batch", str(path), "--out", str(out)])
    assert "0 checked, 1 up to date, 1 skipped, 0 failed" in again.stdout
