"""Progress of a batch for a person: a rich bar on a terminal, plain lines elsewhere, nothing when quiet.

The library reports :class:`~factcheck.batch.BatchProgress` steps; this module only displays them, so
``check_batch`` stays silent when called from Python.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from .batch import BatchProgress
from .render.naming import display_name

__all__ = ["batch_progress"]


@contextmanager
def batch_progress(quiet: bool = False, stream: TextIO | None = None) -> Iterator[Callable[[BatchProgress], None]]:
    """A callback for ``check_batch(progress=...)`` that shows progress on ``stream`` (stderr).

    On a terminal: a bar with events done of total, sentences per second and time left. Elsewhere
    (a log, CI, a pipe): one ``factcheck: [n/total] event: what happened`` line per event.

    Args:
        quiet: Show nothing.
        stream: Where to show it (stderr by default).
    """
    stream = stream or sys.stderr
    if quiet:
        yield lambda _step: None
        return
    if not stream.isatty():
        def line(step: BatchProgress) -> None:
            print(f"factcheck: [{step.done}/{step.total}] {step.line}", file=stream, flush=True)

        yield line
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    started = time.perf_counter()
    columns = (TextColumn("events"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeRemainingColumn(), TextColumn("{task.fields[last]}"))
    with Progress(*columns, console=Console(file=stream), transient=False) as bar:
        task = bar.add_task("events", total=None, rate="", last="")

        def show(step: BatchProgress) -> None:
            rate = step.sentences / max(time.perf_counter() - started, 1e-9)
            bar.update(task, completed=step.done, total=step.total, rate=f"{rate:,.0f} sentences/s",
                       last=display_name(step.event, 40))

        yield show
