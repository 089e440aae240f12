"""Findings on real multi-outlet news: the giveme5w1h news clusters (../shared/data/news-clusters/).

There are no gold labels for these events, so this prints what an editor would be shown — counts of
findings by label and severity over every event with two or more articles, and every high-severity finding
with its texts — for a person to judge. Judgements made by reading are kept in
``benchmarks/results/realnews_judged.md``. Skipped with a message when the data is absent.

Usage: ``python benchmarks/realnews.py``; writes ``benchmarks/results/realnews.md``.
"""

from __future__ import annotations

import collections
import hashlib
import tempfile
import time
from pathlib import Path

from _common import ROOT, publish

from factcheck.batch import check_batch

DATA = ROOT.parent / "shared" / "data" / "news-clusters" / "giveme5w1h.jsonl"


def main() -> int:
    import json

    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        result = check_batch(DATA, out, formats=("json",))
        seconds = time.perf_counter() - start
        counts: collections.Counter[tuple[str, str, str]] = collections.Counter()
        high = []
        medium = []
        files = dict(result.files)  # event -> report path without suffix (names are made safe for files)
        for event in result.written:
            report = json.loads(Path(f"{files[event]}.json").read_text(encoding="utf-8"))
            for claim in report["claims"]:
                for f in claim["findings"]:
                    if f["kind"] == "coverage":
                        continue
                    counts[(f["kind"], f["label"], f["severity"])] += 1
                    texts = [claim["mentions"][i]["text"] for i in f["mentions"]]
                    if f["severity"] == "high":
                        high.append((event, f["label"], f["values"], texts))
                    elif f["severity"] == "medium":
                        medium.append((event, f["label"], f["values"], texts))
    lines = ["# Findings on the giveme5w1h news clusters", "",
             f"Command: `python benchmarks/realnews.py`. {len(result.written)} events checked, "
             f"{len(result.skipped)} skipped (fewer than two articles), {seconds:.0f} s in all.", "",
             "| kind | label | severity | findings |", "|---|---|---|---|"]
    lines += [f"| {k} | {lab} | {sev} | {n} |" for (k, lab, sev), n in counts.most_common()]
    lines += ["", f"## High-severity findings ({len(high)})", ""]
    for n, (event, label, values, texts) in enumerate(high, start=1):
        lines.append(f"{n}. **{event}** — {label}: {' / '.join(values)}")
        lines += [f"   - {t[:220]}" for t in texts[:3]]
    # A sample of medium findings, for judging the severity an editor meets most often. Chosen by a hash of
    # each finding, so a change that adds or drops findings leaves the rest of the sample in place.
    def key(item: tuple[str, str, list[str], list[str]]) -> str:
        return hashlib.sha1(repr(item[:3]).encode()).hexdigest()

    sample = sorted(sorted(medium, key=key)[:20], key=medium.index)
    lines += ["", f"## Sample of medium-severity findings ({len(sample)} of {len(medium)}, by hash)", ""]
    for n, (event, label, values, texts) in enumerate(sample, start=1):
        lines.append(f"{n}. **{event}** — {label}: {' / '.join(values)}")
        lines += [f"   - {t[:300]}" for t in texts[:3]]
    publish("realnews.md", "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
