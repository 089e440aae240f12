"""The sealed discrepancy benchmark's events: which events are labelled, and which half each falls in.

Fixed before any event was labelled or any tool ran on them (see tests/cases/discrepancies/README.md):

- GVA (gva_semeval2018t5.jsonl): events covered by at least 3 distinct outlets that carry the Gun Violence
  Archive's record; ordered by SHA-1 of ``"factcheck-sealed:" + event_id``; the first 24.
- BASIL (basil.jsonl): all events, the same order; the first 12.
- The split: within each set, in that order, events at even positions (0, 2, ...) are the development half,
  events at odd positions the test half.
- A second test half, ``test2``, sealed on 2026-11-30 (committed before any of its events was labelled or
  run): the next events in the same order, GVA positions 24-35 and BASIL positions 12-17, all of them test.
  It exists because the first test half stopped being held out once two rules were written after reading its
  errors. Its labellers never saw the tool's output.
- A third test half, ``test3``, sealed the same way on 2026-11-30 in a later session (committed before any of
  its events was labelled or run): GVA positions 36-47 and BASIL positions 18-23, all of them test. It exists
  because ``test2`` stopped being held out once rules were written after its first run.
- A fourth test half, ``test4``, sealed on 2026-11-30 in a later session (committed before any of its events
  was labelled or run): GVA positions 168-179 and BASIL positions 84-89, all of them test. It skips the
  positions 48-167 (GVA) and 24-83 (BASIL), whose high findings ``benchmarks/unseen_highs.py`` showed, so
  that no test event has been looked at through the tool. It exists because ``test3`` was scored once and
  rules were then written with it as development data.
- A fifth test half, ``test5``, sealed on 2026-11-30 in the same session after test4 was scored (committed
  before any of its events was labelled or run): GVA positions 240-257, all of them test, and no BASIL event
  (BASIL's 100 are all used). It measures the same code as test4 on more events: no rule is written between
  test4's run and test5's.
- A sixth test half, ``test6``, sealed on 2026-11-30 in a later session (committed before any of its events
  was labelled or run): GVA positions 258-275, all of them test, and no BASIL event. It exists because test4
  and test5 were scored and rules were then written with them as development data.
- A seventh test half, ``test7``, sealed on 2026-11-30 in a later session (committed before any of its events
  was labelled or run), from a set no half had drawn on: ``gva2``, the GVA events covered by exactly 2
  distinct outlets that carry the Gun Violence Archive's record, in the same SHA-1 order; positions 0-29, all
  of them test. It exists because every GVA event of 3 outlets or more had been labelled or looked at through
  the tool, and test6 was scored and then used as development data.
- An eighth test half, ``test8``, sealed on 2026-11-30 in a later session (committed before any of its events
  was labelled or run): ``gva2`` positions 90-119, after test7's and the fifth unseen slice's, all of them
  test. It exists because test7 was scored and then used as development data.
- A ninth test half, ``test9``, sealed on 2026-11-30 in a later session (committed before any of its events
  was labelled or run): ``gva2`` positions 180-209, after the sixth unseen slice's, all of them test. It
  exists because test8 was scored and then used as development data.
- A tenth test half, ``test10``, sealed on 2026-11-30 in the same session after test9 was scored (committed
  before any of its events was labelled or run): ``gva2`` positions 210-239, all of them test.
- An eleventh test half, ``test11``, sealed on 2026-12-01 in a later session, before test10 was scored
  (committed before any of its events was labelled or run): ``gva2`` positions 240-269, all of them test. It
  measures the code written after test10's one run.
- A twelfth test half, ``test12``, sealed on 2026-12-01 in the same session after test11 was scored
  (committed before any of its events was labelled or run): ``gva2`` positions 270-299, all of them test.
- A thirteenth test half, ``test13``, sealed on 2026-12-01 in a later session, after test12 was scored
  (committed before any of its events was labelled or run): ``gva2`` positions 300-329, all of them test. It
  measures the code written after test12's one run.
- A fourteenth test half, ``test14``, sealed on 2026-12-01 in the same session after test13 was scored
  (committed before any of its events was labelled or run): ``gva2`` positions 330-359, all of them test. It
  measures the code written after test13's one run.
- A fifteenth test half, ``test15``, sealed on 2026-12-01 in a later session, before test14 was run
  (committed before any of its events was labelled or run): ``gva2`` positions 360-389, all of them test. It
  measures the code written after test14's one run.
- A sixteenth test half, ``test16``, sealed on 2026-12-01 in a later session, before test15 was run
  (committed before any of its events was labelled or run): ``gva2`` positions 390-419, all of them test. It
  measures the code written after test15's one run.

Run it to print the events: ``python benchmarks/sealed.py``.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

__all__ = ["DATA", "EXTRA", "HALVES", "SETS", "load_events", "sealed_events", "sealed_order"]

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news-clusters"
#: set name -> (file, how many events, whether an event qualifies)
SETS: dict[str, tuple[str, int]] = {"gva": ("gva_semeval2018t5.jsonl", 24), "basil": ("basil.jsonl", 12),
                                    "gva2": ("gva_semeval2018t5.jsonl", 0)}
#: further test halves, in the order sealed: half -> set name -> (first position, position after the last)
EXTRA: dict[str, dict[str, tuple[int, int]]] = {
    "test2": {"gva": (24, 36), "basil": (12, 18)},
    "test3": {"gva": (36, 48), "basil": (18, 24)},
    "test4": {"gva": (168, 180), "basil": (84, 90)},
    "test5": {"gva": (240, 258), "basil": (100, 100)},
    "test6": {"gva": (258, 276), "basil": (100, 100)},
    "test7": {"gva2": (0, 30)},
    "test8": {"gva2": (90, 120)},
    "test9": {"gva2": (180, 210)},
    "test10": {"gva2": (210, 240)},
    "test11": {"gva2": (240, 270)},
    "test12": {"gva2": (270, 300)},
    "test13": {"gva2": (300, 330)},
    "test14": {"gva2": (330, 360)},
    "test15": {"gva2": (360, 390)},
    "test16": {"gva2": (390, 420)},
}
HALVES = ("dev", "test", *EXTRA)


def _key(event_id: str) -> str:
    return hashlib.sha1(f"factcheck-sealed:{event_id}".encode()).hexdigest()


def _qualifies(name: str, records: list[dict[str, Any]]) -> bool:
    if name in ("gva", "gva2"):
        outlets = len({r["source_domain"] for r in records})
        wanted = outlets >= 3 if name == "gva" else outlets == 2
        return wanted and records[0].get("gva_incident") is not None
    return True


def load_events(name: str, data: Path = DATA) -> dict[str, list[dict[str, Any]]]:
    """Every event of one set: event id -> its records, in file order."""
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(data / SETS[name][0], encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            events[str(record["event_id"])].append(record)
    return dict(events)


def sealed_order(name: str, data: Path = DATA) -> list[str]:
    """Every qualifying event of one set, in the sealed order (the halves take its first positions)."""
    return list(_sealed_order(name, data))


@functools.cache
def _sealed_order(name: str, data: Path) -> tuple[str, ...]:
    # read once per process: the scorer asks for each label's half, and reading the GVA file 2,000 times
    # took most of a run
    events = load_events(name, data)
    return tuple(sorted((e for e, rs in events.items() if _qualifies(name, rs)), key=_key))


def sealed_events(name: str, data: Path = DATA) -> list[tuple[str, str]]:
    """The chosen events of one set as ``(event_id, half)``, half being ``dev``, ``test`` or one of ``EXTRA``."""
    order = sealed_order(name, data)
    chosen = [(event, "dev" if i % 2 == 0 else "test") for i, event in enumerate(order[:SETS[name][1]])]
    for half, spans in EXTRA.items():
        first, end = spans.get(name, (0, 0))
        chosen += [(event, half) for event in order[first:end]]
    return chosen


if __name__ == "__main__":
    for set_name in SETS:
        loaded = load_events(set_name)
        for event_id, half in sealed_events(set_name):
            records = loaded[event_id]
            print(f"{set_name}\t{event_id}\t{half}\t{len(records)} articles\t{records[0]['event'][:70]}")
