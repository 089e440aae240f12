"""The sealed discrepancy benchmark: factcheck's findings against discrepancies labelled by reading.

Events and halves come from ``benchmarks/sealed.py`` (a rule fixed before labelling); labels from
``tests/cases/discrepancies/*.json`` (offsets into ``../shared/data/news-clusters``). For each set and
half it prints:

- recall of core items and of subtle items (caught: one finding, low or above, cites both spans);
- false alarms on must-not-flag pairs (a finding, medium or above, citing both);
- findings per event, medium and above (coverage notes aside);
- precision of high findings: by the labels where a label covers the finding, else by the verdicts read
  by a person and kept in ``benchmarks/results/discrepancies_judged.md``; the rest are listed as unjudged;
- GVA's record as a second check: each killed or injured count and each age the tool reads as a fact,
  against the Gun Violence Archive's record of the incident.

Usage: ``python benchmarks/discrepancies.py`` scores the development half only; ``--test`` scores the
test halves too, ``test`` and the later halves ``test2`` on (once per stop, at the end: a rule written
after reading a test error makes that half no longer held out); ``--half test9`` scores one half alone (its
held-out run, when it is sealed after the others were scored). Writes ``benchmarks/results/discrepancies.md``
(``discrepancies_dev.md`` for dev alone, ``discrepancies_<half>.md`` for one half). Skipped with a message
when the data is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from _common import RESULTS, ROOT, publish
from sealed import DATA, HALVES, SETS, load_events, sealed_events

from factcheck import Settings, check_folder
from factcheck.embedding import load_embedder
from factcheck.records import Report, severity_rank

LABELS = ROOT / "tests" / "cases" / "discrepancies"
JUDGED = RESULTS / "discrepancies_judged.md"
_VERDICT = re.compile(r"^\|\s*`?([0-9a-f]{10})`?\s*\|\s*(correct|wrong)\s*\|", re.M)


def load_labels() -> list[dict[str, Any]]:
    """Every labelled item of every label file."""
    items: list[dict[str, Any]] = []
    for path in sorted(LABELS.glob("*.json")):
        items += json.loads(path.read_text(encoding="utf-8"))
    return items


def _judged() -> dict[str, str]:
    if not JUDGED.is_file():
        return {}
    return {m.group(1): m.group(2) for m in _VERDICT.finditer(JUDGED.read_text(encoding="utf-8"))}


def finding_key(event: str, label: str, values: list[str], spans: list[tuple[str, int, int]]) -> str:
    """A stable id for a finding, so a verdict read once stays attached to it."""
    return hashlib.sha1(repr((event, label, tuple(values), tuple(sorted(spans)))).encode()).hexdigest()[:10]


def _shifts(report: Report, records: list[dict[str, Any]]) -> dict[str, int]:
    """Where each record's ``text`` starts inside the article as read (a headline may be put before it)."""
    out = {}
    by_doc = {r["doc_id"]: r for r in records}
    for a in report.sources:
        record = by_doc.get(a.source)
        if record is not None:
            at = a.text.find(record["text"][:300])
            out[a.source] = max(at, 0)
    return out


def _findings(report: Report, shifts: dict[str, int]) -> list[dict[str, Any]]:
    """Each finding with the spans it cites, as ``(doc, start, end)`` in record-text offsets."""
    out = []
    for claim in report.claims:
        for f in claim.findings:
            if f.kind == "coverage" or f.severity == "info":
                continue
            # A finding between facts says which values it compares: it is matched on them; a finding between
            # whole sentences, on the sentences it cites.
            cited = f.spans or [(claim.mentions[i].source, claim.mentions[i].start, claim.mentions[i].end)
                                for i in f.mentions]
            spans = [(src, start - shifts.get(src, 0), end - shifts.get(src, 0)) for src, start, end in cited]
            out.append({"claim": claim.id, "kind": f.kind, "label": f.label, "severity": f.severity,
                        "detail": f.detail, "values": list(f.values), "spans": spans,
                        "texts": [claim.mentions[i].text for i in f.mentions]})
    return out


def _covers(spans: list[tuple[str, int, int]], side: dict[str, Any]) -> bool:
    return any(doc == side["doc"] and start < side["end"] and side["start"] < end for doc, start, end in spans)


def _caught(finding: dict[str, Any], item: dict[str, Any]) -> bool:
    spans = finding["spans"]
    return _covers(spans, item["a"]) and _covers(spans, item["b"])


def _gva_check(report: Report, record: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Each killed/injured count and age the tool read as a fact, against GVA's record:
    ``(attribute, tool value, record value)``."""
    incident = record.get("gva_incident") or {}
    ages = {}
    for p in incident.get("participants") or []:
        if p.get("name") and p.get("age"):
            ages[p["name"].split()[-1].lower()] = str(p["age"])
    out = []
    for fact in getattr(report, "facts", ()):
        if fact.attribute in ("killed", "injured") and fact.scope is None:
            wanted = incident.get(f"num_{fact.attribute}")
            if wanted is not None:
                out.append((fact.attribute, fact.value, str(wanted)))
        elif fact.attribute == "age":
            surname = fact.subject.split()[-1].lower()
            if surname in ages:
                out.append(("age", fact.value, ages[surname]))
    return out


def check_event(event: str, records: list[dict[str, Any]], settings: Settings, embedder: Any) -> Report:
    """The tool's report on one event's records, read as the JSONL export a user would give it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{event}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return check_folder(path, settings, embedder=embedder)


def score(set_name: str, half: str, items: list[dict[str, Any]], embedder: Any, settings: Settings,
          judged: dict[str, str]) -> dict[str, Any]:
    """Run the tool on one set's events of one half and score it against the labels."""
    events = load_events(set_name)
    chosen = [e for e, h in sealed_events(set_name) if h == half]
    stats: dict[str, Any] = defaultdict(int)
    unjudged: list[tuple[str, dict[str, Any]]] = []
    wrong_high: list[tuple[str, dict[str, Any]]] = []
    missed: list[dict[str, Any]] = []
    false_alarms: list[tuple[dict[str, Any], dict[str, Any]]] = []
    per_event = []
    gva: list[tuple[str, str, str]] = []
    seconds = 0.0
    for event in chosen:
        records = events[event]
        start = time.perf_counter()
        report = check_event(event, records, settings, embedder)
        seconds += time.perf_counter() - start
        found = _findings(report, _shifts(report, records))
        mine = [i for i in items if i["event"] == event]
        per_event.append(sum(1 for f in found if severity_rank(f["severity"]) <= 1))
        _score_items(found, mine, stats, missed, false_alarms)
        _judge_highs(event, found, mine, judged, stats, wrong_high, unjudged)
        if set_name in ("gva", "gva2"):
            gva += _gva_check(report, records[0])
    return {"stats": dict(stats), "per_event": per_event, "unjudged": unjudged, "wrong_high": wrong_high,
            "missed": missed, "false_alarms": false_alarms, "events": len(chosen), "seconds": seconds, "gva": gva}


def _score_items(found: list[dict[str, Any]], mine: list[dict[str, Any]], stats: dict[str, Any],
                 missed: list[dict[str, Any]], false_alarms: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """Count each labelled item of an event as caught or missed (a must-not-flag pair: as alarmed or not)."""
    for item in mine:
        cls = item["class"]
        hits = [f for f in found if _caught(f, item)]
        if cls == "must_not_flag":
            stats["mnf"] += 1
            alarms = [f for f in hits if severity_rank(f["severity"]) <= 1]
            if alarms:
                stats["mnf_alarm"] += 1
                false_alarms.append((item, alarms[0]))
        else:
            stats[cls] += 1
            if hits:
                stats[f"{cls}_caught"] += 1
            else:
                missed.append(item)


def _judge_highs(event: str, found: list[dict[str, Any]], mine: list[dict[str, Any]], judged: dict[str, str],
                 stats: dict[str, Any], wrong_high: list[tuple[str, dict[str, Any]]],
                 unjudged: list[tuple[str, dict[str, Any]]]) -> None:
    """Judge each high finding of an event by the labels it covers, else by the verdicts read by a person."""
    for f in found:
        if f["severity"] != "high":
            continue
        stats["high"] += 1
        labelled = [i for i in mine if _caught(f, i)]
        key = finding_key(event, f["label"], f["values"], f["spans"])
        if any(i["class"] != "must_not_flag" for i in labelled):
            stats["high_right"] += 1
        elif labelled:
            wrong_high.append((event, f))
        elif judged.get(key) == "correct":
            stats["high_right"] += 1
            stats["high_judged"] += 1
        elif judged.get(key) == "wrong":
            stats["high_judged"] += 1
            wrong_high.append((event, f))
        else:
            unjudged.append((key, {**f, "event": event}))


def _ratio(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.2f}" if d else "–"


def _table(results: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    lines = ["| set | half | events | core recall | subtle recall | must-not-flag false alarms (medium+) | "
             "median findings/event (medium+) | high precision | high unjudged | s/event |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for (set_name, half), r in results.items():
        s = r["stats"]
        judged_high = s.get("high", 0) - len(r["unjudged"])
        lines.append(
            f"| {set_name} | {half} | {r['events']} | {_ratio(s.get('core_caught', 0), s.get('core', 0))} | "
            f"{_ratio(s.get('subtle_caught', 0), s.get('subtle', 0))} | {_ratio(s.get('mnf_alarm', 0), s.get('mnf', 0))} | "
            f"{statistics.median(r['per_event']) if r['per_event'] else 0:g} | "
            f"{_ratio(s.get('high_right', 0), judged_high)} | {len(r['unjudged'])} | "
            f"{r['seconds'] / max(r['events'], 1):.1f} |")
    return lines


def _gva_lines(results: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    lines = ["", "## GVA's record as a second check", "",
             "Each killed/injured count (no scope word) and each age of a named participant that the tool read as "
             "a fact, against the Gun Violence Archive's record of the incident. A mismatch is either a misread "
             "or an article that differs from the record (updates, other victims).", "",
             "| half | attribute | facts | agree with the record |", "|---|---|---|---|"]
    for (set_name, half), r in results.items():
        if set_name not in ("gva", "gva2"):
            continue
        by_attr: dict[str, list[bool]] = defaultdict(list)
        for attr, value, wanted in r["gva"]:
            by_attr[attr].append(value == wanted)
        for attr, oks in sorted(by_attr.items()):
            lines.append(f"| {half} | {attr} | {len(oks)} | {_ratio(sum(oks), len(oks))} |")
    return lines


def _details(results: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for (set_name, half), r in results.items():
        # High findings no label covers are listed in both halves, to be judged by reading (judging a
        # finding shapes no rule); the test half's misses and false alarms are not printed, so that they
        # are not read while the rules can still change.
        lines += ["", f"## {set_name} {half}: high findings to judge ({len(r['unjudged'])})", ""]
        for key, f in r["unjudged"]:
            lines.append(f"- `{key}` {f['event']} {f['label']}: {' / '.join(f['values'])}")
            lines += [f"  - {t[:200]}" for t in f["texts"][:2]]
        if half != "dev":
            continue
        lines += ["", f"## {set_name} {half}: wrong high findings ({len(r['wrong_high'])})", ""]
        for event, f in r["wrong_high"]:
            lines.append(f"- {event} {f['label']}: {' / '.join(f['values'])}")
        lines += ["", f"## {set_name} {half}: false alarms on must-not-flag pairs ({len(r['false_alarms'])})", ""]
        for item, f in r["false_alarms"]:
            lines.append(f"- {item['id']} ({item['note']}): {f['severity']} {f['label']}")
        lines += ["", f"## {set_name} {half}: missed core and subtle items ({len(r['missed'])})", ""]
        lines += [f"- {i['id']} {i['class']} {i['category']}: {i['note']}" for i in r["missed"]]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", action="store_true",
                        help="also score the test halves, test and the later ones from test2 (once per stop)")
    parser.add_argument("--half", choices=HALVES, help="score this half alone")
    args = parser.parse_args()
    if not all((DATA / f).is_file() for f, _ in SETS.values()):
        print(f"skipped: the sealed sets are not under {DATA}")
        return 0
    items = load_labels()
    if not items:
        print(f"skipped: no labels under {LABELS}")
        return 0
    embedder = load_embedder()
    settings = Settings()
    judged = _judged()
    halves = (args.half,) if args.half else HALVES if args.test else ("dev",)
    results = {(s, h): score(s, h, items, embedder, settings, judged) for h in halves for s in SETS}
    results = {key: r for key, r in results.items() if r["events"]}  # a half may hold no event of a set
    command = "python benchmarks/discrepancies.py" + (f" --half {args.half}" if args.half else " --test" if args.test else "")
    n_items = {h: sum(1 for i in items if dict(sealed_events(i["set"])).get(i["event"]) == h) for h in halves}
    lines = ["# The sealed discrepancy benchmark", "",
             f"Command: `{command}`. Labels: {len(items)} items in `tests/cases/discrepancies/` "
             f"({', '.join(f'{h}: {n}' for h, n in n_items.items())}), labelled by reading before the tool ran on "
             "these events. Events and halves: `benchmarks/sealed.py`.", ""]
    lines += _table(results)
    lines += _gva_lines(results)
    lines += _details(results)
    name = f"discrepancies_{args.half}.md" if args.half else "discrepancies.md" if args.test else "discrepancies_dev.md"
    publish(name, "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
