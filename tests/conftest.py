"""Shared fixtures: a deterministic fake embedder, the seed folder, the real model, --update-golden."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "ukraine-summit-2025-03-02"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from this run")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # `-m "not model"` must leave out every test that loads the real model; the seed report is one.
    unmarked = [item.nodeid for item in items if "seed_report" in getattr(item, "fixturenames", ())
                and item.get_closest_marker("model") is None]
    if unmarked:
        raise pytest.UsageError(f"tests using the real model without @pytest.mark.model: {', '.join(unmarked)}")


class FakeEmbedder:
    """Bag-of-words hashed into 256 dimensions: same words, same vector; deterministic and instant."""

    name = "fake-bow-256"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 256] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_report():  # type: ignore[no-untyped-def]
    """The real-model report of the seed articles (the model loads offline once per session)."""
    from factcheck import check_folder

    return check_folder(SEEDS)


@pytest.fixture
def small_report():  # type: ignore[no-untyped-def]
    """A report built by hand (no model): one conflict between two outlets, one agreement, and hostile text."""
    from factcheck.records import Article, Claim, Finding, Mention, Report

    a = Article("a", "a.txt", "A", "A\nThe fund had 5,000 staff, <b>he</b> said | \"yes\".", outlet="Alpha, Inc")
    b = Article("b", "b.txt", "B", "B\nThe fund had 3,000 staff.", outlet="Beta")
    conflict = Claim("c001", (Mention("a", 0, "The fund had 5,000 staff, <b>he</b> said | \"yes\".", 2, 52),
                              Mention("b", 0, "The fund had 3,000 staff.", 2, 27)),
                     (Finding("numeric", "high", "figures conflict: 5,000 vs 3,000", (0, 1), "conflict",
                              values=("5,000", "3,000")),), "conflict", "high")
    agrees = Claim("c002", (Mention("a", 1, "Staff were told.", 60, 76), Mention("b", 1, "Staff were told.", 30, 46)),
                   (), "agrees", "info")
    return Report("small event", (a, b), (conflict, agrees), settings={"min_severity": "info"}, model="fake",
                  generated_at="2025-03-02T00:00:00+00:00")
