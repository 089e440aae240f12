"""progress: plain lines off a terminal, a bar on one, nothing when quiet."""

from __future__ import annotations

import io

from factcheck.batch import BatchProgress
from factcheck.progress import batch_progress

STEP = BatchProgress(2, 5, 120, "summit", "summit: 3 claims")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_shows_nothing() -> None:
    out = io.StringIO()
    with batch_progress(quiet=True, stream=out) as show:
        show(STEP)
    assert out.getvalue() == ""


def test_a_log_gets_one_line_per_step() -> None:
    out = io.StringIO()
    with batch_progress(stream=out) as show:
        show(STEP)
        show(BatchProgress(3, 5, 200, "other", "other: failed"))
    assert out.getvalue().splitlines() == ["factcheck: [2/5] summit: 3 claims", "factcheck: [3/5] other: failed"]


def test_a_terminal_gets_a_bar() -> None:
    out = _Terminal()
    with batch_progress(stream=out) as show:
        show(STEP)
    shown = out.getvalue()
    assert "2/5" in shown and "sentences/s" in shown and "factcheck: [" not in shown
