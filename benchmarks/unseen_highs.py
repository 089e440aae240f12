"""High findings on unlabelled events no rule was written from, for a judge who has not seen the tool.

The sealed benchmark's labels cover 72 events; an editor meets high findings on any event. This script runs
the tool on a slice of further events, in the sealed order of ``benchmarks/sealed.py`` (which no label and
no rule has used), and writes every high finding with the sentences it cites, for a judge to read against
the articles. Given the judge's verdicts, it prints the precision of high findings.

Slices, each fixed before it was run:

- ``unseen1``: GVA positions 48-107 and BASIL positions 24-53 (run at eef7820 and judged blind: 2 of 10
  right; the classes of the 8 wrong ones were fixed afterwards, so it is no longer held out);
- ``unseen2``: GVA positions 108-167 and BASIL positions 54-83 (4 of 12 right; used since);
- ``unseen3``: GVA positions 180-239 and BASIL positions 90-99, after test4's (fixed on 2026-11-30 before
  it was run, under the severity table that lets only ages be high);
- ``unseen4``: GVA positions 276-289, the last qualifying GVA events, after test6's (fixed on 2026-11-30
  before it was run, to judge the high findings of the age rules written that day);
- ``unseen5``: ``gva2`` positions 30-89 (GVA events of exactly 2 outlets), after test7's (fixed on
  2026-11-30 before it was run, to judge the high findings of the code scored on test7);
- ``unseen6``: ``gva2`` positions 120-179, after test8's (fixed on 2026-11-30 before it was run, to judge
  the high findings of the code scored on test8).

Usage: ``python benchmarks/unseen_highs.py unseen2 OUT.jsonl`` writes the findings (article text stays
out of the repository: write OUT outside it); ``python benchmarks/unseen_highs.py --score VERDICTS.json``
prints the precision of a judged file (a list of ``{"verdict": "correct"|"wrong", ...}``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sealed import load_events, sealed_order

#: slice name -> set name -> (first position, position after the last)
SLICES: dict[str, dict[str, tuple[int, int]]] = {
    "unseen1": {"gva": (48, 108), "basil": (24, 54)},
    "unseen2": {"gva": (108, 168), "basil": (54, 84)},
    "unseen3": {"gva": (180, 240), "basil": (90, 100)},
    "unseen4": {"gva": (276, 290)},
    "unseen5": {"gva2": (30, 90)},
    "unseen6": {"gva2": (120, 180)},
}


def slice_events(name: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """The events of one slice as ``(set, event id, records)``."""
    out = []
    for set_name, (lo, hi) in SLICES[name].items():
        events = load_events(set_name)
        chosen = sealed_order(set_name)[lo:hi]
        out += [(set_name, e, events[e]) for e in chosen]
    return out


def high_findings(name: str) -> list[dict[str, Any]]:
    """Every high finding the tool raises on the slice's events, with the sentences it cites."""
    from discrepancies import check_event

    from factcheck import FactcheckError, Settings
    from factcheck.embedding import load_embedder

    embedder, settings, out = load_embedder(), Settings(), []
    for set_name, event, records in slice_events(name):
        try:
            report = check_event(event, records, settings, embedder)
        except FactcheckError as e:  # an event whose second article only copies the first has nothing to compare
            print(f"skipped {set_name} {event}: {e}", file=sys.stderr)
            continue
        for claim in report.claims:
            out += [{"set": set_name, "event": event, "kind": f.kind, "label": f.label, "values": list(f.values),
                     "detail": f.detail,
                     "sentences": [{"doc": claim.mentions[i].source, "text": claim.mentions[i].text} for i in f.mentions]}
                    for f in claim.findings if f.severity == "high"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slice", nargs="?", choices=sorted(SLICES))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--score", type=Path, help="a judged file: print the precision of its high findings")
    args = parser.parse_args()
    if args.score:
        verdicts = json.loads(args.score.read_text(encoding="utf-8"))
        right = sum(v["verdict"] == "correct" for v in verdicts)
        print(f"high findings judged right: {right} of {len(verdicts)}")
        return
    if not args.slice or not args.out:
        parser.error("give a slice and an output file, or --score")
    found = high_findings(args.slice)
    args.out.write_text("".join(json.dumps(f) + "\n" for f in found), encoding="utf-8")
    print(f"{len(slice_events(args.slice))} events, {len(found)} high findings -> {args.out}")


if __name__ == "__main__":
    main()
