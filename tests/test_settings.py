"""settings: every field has its default and reason in the docstring; the config file and overrides load."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from factcheck.errors import ConfigError
from factcheck.settings import Settings, load_config


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(Settings)])
def test_every_field_is_documented(field: str) -> None:
    assert re.search(rf"^\s+{field}:", Settings.__doc__ or "", re.M), f"Settings does not document {field}"


@pytest.mark.parametrize("field", [f for f in dataclasses.fields(Settings)
                                   if isinstance(f.default, int | float) and not isinstance(f.default, bool)],
                         ids=lambda f: f.name)
def test_every_number_states_its_default(field: dataclasses.Field) -> None:  # type: ignore[type-arg]
    doc = Settings.__doc__ or ""
    entry = re.search(rf"^\s+{field.name}:(.*?)(?=^\s+\w+:|\Z)", doc, re.M | re.S)
    assert entry is not None
    shown = {f"{field.default:g}", str(field.default), f"{field.default:,}", f"{field.default:.2f}"}
    assert any(re.search(rf"(?<![\d.]){re.escape(s)}(?![\d])", entry.group(1)) for s in shown), \
        f"{field.name}: the docstring does not give the default {field.default}"


def test_from_mapping_takes_dashes_and_converts() -> None:
    s = Settings.from_mapping({"link-threshold": "0.6", "neighbours": 12.0, "model": None})
    assert s.link_threshold == 0.6 and s.neighbours == 12 and s.model is None


@pytest.mark.parametrize("values", [{"no_such_thing": 1}, {"neighbours": "many"}])
def test_from_mapping_rejects(values: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        Settings.from_mapping(values)


def test_load_reads_the_file_above_and_overrides_win(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nneighbours = 7\nfact_lede = 3\n", encoding="utf-8")
    below = tmp_path / "a" / "b"
    below.mkdir(parents=True)
    assert load_config(below) == {"neighbours": 7, "fact_lede": 3}
    s = Settings.load(below, fact_lede=4, min_severity=None)
    assert (s.neighbours, s.fact_lede, s.min_severity) == (7, 4, "info")


def test_a_bad_config_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("neighbours = [", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"factcheck\.toml"):
        Settings.load(tmp_path)


def test_article_limit_in_bytes() -> None:
    assert Settings(max_article_mb=1.5).max_article_bytes == 1_500_000
    assert Settings(max_article_mb=0).max_article_bytes is None
