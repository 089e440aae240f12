"""pipeline: the wiring from articles to a ranked report, dated reproducibly."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import InputError, NotEnoughArticles
from factcheck.pipeline import check_articles, check_folder, generated_at, rank_claims
from factcheck.records import Article, Claim, Mention

A = "Ministers met in London on Monday. The fund had 5,000 staff, the minister said."
B = "Ministers met in London on Monday. The fund had 3,000 staff, the minister said."


def _claim(status: str, severity: str, *sources: str, sentence: int = 0) -> Claim:
    return Claim("x", tuple(Mention(s, sentence, "t", 0, 1) for s in sources), (), status, severity)


def test_rank_claims_orders_by_status_severity_outlets_then_position() -> None:
    claims = [_claim("agrees", "info", "a", "b"), _claim("differs", "low", "a", "b"),
              _claim("differs", "medium", "b", "a"), _claim("differs", "medium", "a", "b", "c"),
              _claim("conflict", "high", "b", "a", sentence=4)]
    ranked = rank_claims(claims, {"a": 0, "b": 1, "c": 2})
    assert [c.id for c in ranked] == ["c001", "c002", "c003", "c004", "c005"]
    assert [(c.status, c.severity, c.sources) for c in ranked] == [
        ("conflict", "high", ("b", "a")), ("differs", "medium", ("a", "b", "c")), ("differs", "medium", ("b", "a")),
        ("differs", "low", ("a", "b")), ("agrees", "info", ("a", "b"))]


def test_generated_at_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert generated_at() == "1970-01-01T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert generated_at().endswith("+00:00") and not generated_at().startswith("1970")


def test_check_articles_finds_the_figure_and_says_each_stage(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    report = check_articles([Article("a", "a.txt", "A", A), Article("b", "b.txt", "B", B)],
                            embedder=fake_embedder, progress=said.append, event="fund")
    assert report.event == "fund" and [a.source for a in report.sources] == ["a", "b"]
    assert any(f.kind == "numeric" and set(f.values) == {"5,000", "3,000"} for c in report.claims for f in c.findings)
    assert said and all(isinstance(line, str) for line in said)


def test_copies_of_one_text_are_one_voice(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotEnoughArticles, match="copied"):
        check_articles([Article("a", "a.txt", "A", A), Article("b", "b.txt", "A", A)], embedder=fake_embedder)


def test_check_folder_names_the_event_and_keeps_what_it_skipped(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("A\n" + A, encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n" + B, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    report = check_folder(tmp_path, embedder=fake_embedder)
    assert report.event == tmp_path.name and len(report.sources) == 2 and len(report.skipped) == 1
    with pytest.raises(InputError):
        check_folder(tmp_path / "missing", embedder=fake_embedder)
