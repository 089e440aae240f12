"""Findings on real multi-outlet news: the giveme5w1h news clusters (../shared/data/news-clusters/).

There are no gold labels for these events, so this prints what an editor would be shown — counts of
findings by label and severity over every event with two or more articles, and every high-severity finding
with its texts — for a person to judge. Judgements made by reading are kept in
``benchmarks/results/realnews_judged.md``. Skipped with a message when the data is absent.

Usage: ``python benchmarks/realnews.py``; writes ``benchmarks/results/realnews.md``.
"""

from __future__ import annotations

import collections
import tempfile
import time

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
        for event in result.written:
            report = json.loads((ROOT / out / f"{event}.json").read_text(encoding="utf-8"))
            for claim in report["claims"]:
                for f in claim["findings"]:
                    if f["kind"] == "coverage":
                        continue
                    counts[(f["kind"], f["label"], f["severity"])] += 1
                    if f["severity"] == "high":
                        texts = [claim["mentions"][i]["text"] for i in f["mentions"]]
                        high.append((event, f["label"], f["values"], texts))
    lines = ["# Findings on the giveme5w1h news clusters", "",
             f"Command: `python benchmarks/realnews.py`. {len(result.written)} events checked, "
             f"{len(result.failed)} skipped (fewer than two articles), {seconds:.0f} s in all.", "",
             "| kind | label | severity | findings |", "|---|---|---|---|"]
    lines += [f"| {k} | {lab} | {sev} | {n} |" for (k, lab, sev), n in counts.most_common()]
    lines += ["", f"## High-severity findings ({len(high)})", ""]
    for n, (event, label, values, texts) in enumerate(high, start=1):
        lines.append(f"{n}. **{event}** — {label}: {' / '.join(values)}")
        lines += [f"   - {t[:220]}" for t in texts[:3]]
    publish("realnews.md", "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
