"""The CLI through typer's runner: help for everything, errors as one line with an exit code."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def test_every_command_and_option_has_help() -> None:
    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, name
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert getattr(param, "help", None), f"{name} --{param.name}"
            if param.param_type_name == "argument":
                assert getattr(param, "help", None), f"{name} {param.name}"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output


def test_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_empty_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2 and "no articles found" in result.stderr


def test_one_article_is_not_enough(tmp_path: Path, seeds: Path) -> None:
    shutil.copy(next(seeds.glob("*.txt")), tmp_path)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 3 and "at least 2 are needed" in result.stderr


def test_quantities_command() -> None:
    result = runner.invoke(app, ["quantities", "£1.6bn to buy more than 5,000 missiles"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["unit"], r["qualifier"]) for r in rows] == [("GBP", None), (None, "more than")]


def test_bad_model_path(tmp_path: Path, seeds: Path) -> None:
    result = runner.invoke(app, ["check", str(seeds), "--model", str(tmp_path)])
    assert result.exit_code == 4 and "not a sentence-transformers model folder" in result.stderr


@pytest.mark.model
def test_check_writes_reports_and_skips_binary(tmp_path: Path, seeds: Path) -> None:
    folder = tmp_path / "event"
    shutil.copytree(seeds, folder)
    (folder / "broken.txt").write_bytes(b"\x00\xff\x00")
    out = tmp_path / "out"
    result = runner.invoke(app, ["check", str(folder), "--out", str(out), "-f", "md", "-f", "json", "-f", "csv",
                                 "--fail-on", "medium"])
    assert result.exit_code == 5, result.output
    assert "--fail-on medium reached: the report holds a medium finding" in result.stderr  # exit 5 says why
    assert "skipped" in result.stderr and "broken.txt" in result.stderr
    assert {p.name for p in out.iterdir()} == {"event.md", "event.json", "event.csv"}
    umask = os.umask(0o022)
    os.umask(umask)
    assert {(p.stat().st_mode & 0o777) for p in out.iterdir()} == {0o666 & ~umask}  # reports follow the umask
    data = json.loads((out / "event.json").read_text(encoding="utf-8"))
    assert len(data["sources"]) == 5


@pytest.mark.model
def test_batch_resumes(tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck

    root = tmp_path / "news"
    shutil.copytree(seeds, root / "summit")
    (root / "lonely").mkdir()
    shutil.copy(next(seeds.glob("*.txt")), root / "lonely")
    out = tmp_path / "out"
    first = runner.invoke(app, ["batch", str(root), "--out", str(out)])
    assert first.exit_code == 0 and "1 checked, 0 up to date, 1 skipped, 0 failed" in first.stdout
    assert "lonely" in first.stderr
    second = runner.invoke(app, ["batch", str(root), "--out", str(out)])
    assert "0 checked, 1 up to date" in second.stdout
    # A report written by another version of factcheck is made again, not reused.
    monkeypatch.setattr(factcheck, "__version__", "0.0.0-older")
    third = runner.invoke(app, ["batch", str(root), "--out", str(out)])
    assert "1 checked, 0 up to date" in third.stdout


def test_settings_from_pyproject_and_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import Settings

    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nlink-threshold = 0.7\nneighbours = 5\n",
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    s = Settings.load(min_severity="medium")
    assert (s.link_threshold, s.neighbours, s.min_severity) == (0.7, 5, "medium")


def test_unknown_setting_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("treshold = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(seeds)])
    assert result.exit_code == 2 and "unknown setting 'treshold'" in result.stderr
    assert "factcheck.toml: " in result.stderr  # the message names the file


def test_factcheck_toml_takes_a_tool_factcheck_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.settings import Settings

    (tmp_path / "factcheck.toml").write_text("[tool.factcheck]\nneighbours = 7\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert Settings.load().neighbours == 7


def test_check_on_a_folder_of_events_warns_and_points_to_batch(tmp_path: Path, seeds: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.pipeline
    from factcheck.errors import NotEnoughArticles

    def stop(*_args: object, **_kwargs: object) -> None:
        raise NotEnoughArticles("stopped before the model")

    monkeypatch.setattr(factcheck.pipeline, "check_folder", stop)
    for name in ("one", "two"):
        shutil.copytree(seeds, tmp_path / name)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert "holds 2 event folders (one, two)" in result.stderr and "factcheck batch" in result.stderr
    single = runner.invoke(app, ["check", str(tmp_path / "one")])
    assert "event folders" not in single.stderr


def test_unknown_format_is_refused_from_the_registry(seeds: Path) -> None:
    from factcheck.render import FORMATS

    result = runner.invoke(app, ["check", str(seeds), "-f", "pdf"])
    assert result.exit_code == 2 and all(name in result.output + result.stderr for name in FORMATS)


@pytest.mark.parametrize("case", ["file", "under-file", "unwritable"])
def test_output_problems_come_before_the_work(tmp_path: Path, seeds: Path, case: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: each gave a traceback after the whole analysis; now one line and exit 6, before any model loads."""
    import factcheck.pipeline

    monkeypatch.setattr(factcheck.pipeline, "check_folder", lambda *a, **k: pytest.fail("analysis ran"))
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    out = {"file": blocker, "under-file": blocker / "sub" / "out", "unwritable": tmp_path / "ro" / "out"}[case]
    if case == "unwritable":
        (tmp_path / "ro").mkdir(mode=0o500)
        if os.access(tmp_path / "ro", os.W_OK):  # root writes anywhere: make the probe fail as it would for a user
            import factcheck.render

            def denied(*_args: object, **_kwargs: object) -> None:
                raise PermissionError(13, "Permission denied")

            monkeypatch.setattr(factcheck.render.tempfile, "mkstemp", denied)
            monkeypatch.setattr(factcheck.render.Path, "mkdir", denied)
    for command in (["check", str(seeds)], ["batch", str(seeds.parent)]):
        result = runner.invoke(app, [*command, "--out", str(out)])
        assert result.exit_code == 6, result.output
        message = {"file": "--out is a file", "under-file": "blocker is a file", "unwritable": "cannot write"}[case]
        assert result.stderr.count("\n") == 1 and message in result.stderr
