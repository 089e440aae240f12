"""Quote and wording findings on the seed articles against the labelled list in tests/cases/seeds_wording.json.

A labelled item names two sentences (source + a substring) and a class. A finding of kind quote,
attribution or contradiction *matches* an item when its mentions include both sentences and its label is
the item's class (``speaker differs`` items also accept the ``actor`` contradiction rule).
Recall = items matched / items. Precision = findings that match an item / findings (trivial ones included:
the labelled list lists trivial differences too). The full pipeline runs with default settings and the
real model, so alignment misses count against recall.

Usage: ``python benchmarks/wording.py``; writes ``benchmarks/results/wording.md``.
"""

from __future__ import annotations

import json

from _common import ROOT, publish

from factcheck import check_folder

SEEDS = ROOT / "seeds" / "ukraine-summit-2025-03-02"
LABELS = ROOT / "tests" / "cases" / "seeds_wording.json"
RESULTS = ROOT / "benchmarks" / "results" / "wording.md"
KINDS = ("quote", "attribution", "contradiction")


def _hits(item: dict, mentions: list) -> bool:  # type: ignore[type-arg]
    texts = {(m.source, m.text) for m in mentions}
    return all(any(src == side["source"] and side["contains"] in text for src, text in texts)
               for side in (item["a"], item["b"]))


def _label_ok(item_class: str, label: str) -> bool:
    return label == item_class or (item_class == "speaker differs" and label == "actor")


def main() -> int:
    all_items = json.loads(LABELS.read_text(encoding="utf-8"))["items"]
    report = check_folder(SEEDS)
    findings = [(c, f) for c in report.claims for f in c.findings if f.kind in KINDS]
    first = [it for it in all_items if not it.get("added_after_review")]
    p0, r0, _, _, _ = score(findings, first)
    precision, recall, matched_items, wrong, missed = score(findings, all_items)
    items = all_items
    by_class: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        by_class.setdefault(it["class"], [0, 0])
        by_class[it["class"]][1] += 1
        by_class[it["class"]][0] += n in matched_items
    lines = ["# Quote and wording findings on the seed articles", "",
             "Command: `python benchmarks/wording.py` (labelled list: `tests/cases/seeds_wording.json`).", "",
             f"- findings (quote, attribution, contradiction): {len(findings)}",
             f"- against the full list ({len(items)} items): precision **{precision:.3f}**, recall **{recall:.3f}**",
             f"- against the first reading only ({len(first)} items, before reviewing the tool's output): "
             f"precision {p0:.3f}, recall {r0:.3f}", "",
             "| class | found / labelled |", "|---|---|"]
    lines += [f"| {k} | {v[0]} / {v[1]} |" for k, v in sorted(by_class.items())]
    lines += ["", "## Findings not in the labelled list", ""] + [f"- {w}" for w in wrong] + \
             ["", "## Labelled items not found", ""] + [f"- {m}" for m in missed]
    text = "\n".join(lines) + "\n"
    publish(RESULTS.name, text)
    return 0


def score(findings: list, items: list) -> tuple[float, float, set[int], list[str], list[str]]:  # type: ignore[type-arg]
    """Precision, recall, matched item numbers, unmatched findings, unmatched items."""
    matched_items = set()
    correct = 0
    wrong = []
    for claim, f in findings:
        involved = [claim.mentions[i] for i in f.mentions]
        hit = [n for n, item in enumerate(items) if _label_ok(item["class"], f.label) and _hits(item, involved)]
        if hit:
            correct += 1
            matched_items.update(hit)
        else:
            wrong.append(f"{claim.id} {f.kind}/{f.label}: " + " || ".join(m.text[:70] for m in involved))
    missed = [f"{it['class']}: {it['a']['source'][:3]} “{it['a']['contains']}” / {it['b']['source'][:3]} "
              f"“{it['b']['contains']}”" for n, it in enumerate(items) if n not in matched_items]
    precision = correct / len(findings) if findings else 0.0
    recall = len(matched_items) / len(items)
    return precision, recall, matched_items, wrong, missed


if __name__ == "__main__":
    raise SystemExit(main())
