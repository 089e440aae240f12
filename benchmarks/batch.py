"""Batch speed against the encoding floor, and grouping a flat dump into events, on real news.

Per dataset (the giveme5w1h export; the first 200 events of the GVA/SemEval-2018 corpus), each in its own
process so peak memory is that dataset's:

- floor: one ``encode`` call over exactly the sentences the cold batch embeds (unique, not cached);
- cold: ``check_batch`` with an empty cache, 95 % of the articles (every 20th article of an event with
  three or more is held back);
- warm: the held-back 5 % added, same output folder and cache;
- format: the same again with one more output format (html);
- outside encoding: the cold batch's events checked again with ``--force`` while every vector comes from the
  cache (a copy of it without the parses, so spaCy runs as in the cold batch), so only the work besides
  encoding is timed (CPU seconds of the process, which the spinning of
  torch's threads on a loaded machine does not inflate, unlike the floor's and the cold run's);
- parse: spaCy over the distinct sentences the batch parses, in one stream, alone;
- peak RSS of the process.

The model is loaded before any timing (its load time is printed apart). Grouping: every article of the
dataset, its event label removed, grouped by ``factcheck.grouping``; adjusted Rand index and V-measure
against the event labels. Data in ../shared/ is read from there, never copied; skipped when absent.

Usage: ``python benchmarks/batch.py``; writes ``benchmarks/results/batch.md``. With ``--grouping-only`` it
scores the grouping alone and rewrites only that section of the file, keeping the speed table of the last full
run (the speed part takes the better part of an hour on a shared machine).
"""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from _common import RESULTS, ROOT, publish

DATA = ROOT.parent / "shared" / "data" / "news-clusters"
SETS: dict[str, tuple[Path, tuple[int, int | None] | None]] = {
    "giveme5w1h": (DATA / "giveme5w1h.jsonl", None),
    "gva-200": (DATA / "gva_semeval2018t5.jsonl", (0, 200)),
    # Grouping only: events the grouping defaults were not chosen on.
    "gva-next-200": (DATA / "gva_semeval2018t5.jsonl", (200, 400)),
    # Grouping only, and fixed before any grouping was scored on it.
    "gva-401-600": (DATA / "gva_semeval2018t5.jsonl", (400, 600)),
    # Grouping only: held out for one round, scored once (0.876); used for development since.
    "gva-601-800": (DATA / "gva_semeval2018t5.jsonl", (600, 800)),
    # Grouping only: held out for one round, scored once (0.862); used for development since.
    "gva-801-1000": (DATA / "gva_semeval2018t5.jsonl", (800, 1000)),
    # Grouping only: the rest of the file (GVA events 1001 to the end, 165 events), fixed before the round that
    # uses gva-801-1000 started, to be scored once when it is final.
    "gva-1001-end": (DATA / "gva_semeval2018t5.jsonl", (1000, None)),
}
# gva-next-200 and gva-401-600 were held out until their errors were read to shape the headline tolls;
# gva-601-800 and gva-801-1000 each until it was scored once.
HELD_OUT = ("gva-1001-end",)
SPEED = ("giveme5w1h", "gva-200")
GROUPING = "## Grouping a flat dump into events (labels hidden)"
FORMATS = ("md", "json")


def _records(path: Path, events: tuple[int, int | None] | None) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if events is not None:
        keep = set(list(dict.fromkeys(str(r["event_id"]) for r in rows))[events[0]:events[1]])
        rows = [r for r in rows if str(r["event_id"]) in keep]
    return rows


def _split(rows: list[dict[str, object]]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Hold back every 20th article of events with three or more (so every event stays checkable)."""
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[str(r["event_id"])] = sizes.get(str(r["event_id"]), 0) + 1
    base, held, seen = [], [], 0
    for r in rows:
        if sizes[str(r["event_id"])] >= 3:
            seen += 1
            if seen % 20 == 0:
                held.append(r)
                continue
        base.append(r)
    return base, held


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def measure(name: str, speed: bool = True) -> dict[str, object]:
    """Run one dataset; returns its numbers (called in a child process); ``speed=False``: the grouping only."""
    from factcheck.embedding import load_embedder
    from factcheck.ingest.fields import Fields
    from factcheck.settings import Settings

    source, events = SETS[name]
    rows = _records(source, events)
    base_rows, held = _split(rows)
    settings = Settings()
    fields = Fields(event="event_id")  # GVA's "event" is a generated sentence; both sets carry event_id
    started = time.perf_counter()
    model = load_embedder()
    model.encode(["warm up"])
    load_s = time.perf_counter() - started
    out: dict[str, object] = {"name": name, "articles": len(rows), "held": len(held), "load_s": load_s}
    with tempfile.TemporaryDirectory() as tmp:
        base, full = _write(Path(tmp) / "base.jsonl", base_rows), _write(Path(tmp) / "full.jsonl", rows)
        if speed and name in SPEED:
            out.update(_speed(base, full, Path(tmp), model, fields, settings))
        out.update(_grouping(full, rows, model, fields))
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _speed(base: Path, full: Path, tmp: Path, model: Any, fields: Any, settings: Any) -> dict[str, object]:
    from factcheck.batch import CACHE, BatchOptions, check_batch, find_events
    from factcheck.text.sentences import split_sentences

    out: dict[str, object] = {}
    found = find_events(base, fields)
    texts = list(dict.fromkeys(s.text for arts in found.values() if len(arts) >= 2  # type: ignore[arg-type]
                               for a in arts for s in split_sentences(a, settings)))  # type: ignore[union-attr]
    started, cpu = time.perf_counter(), time.process_time()
    model.encode(texts)
    out["floor_s"], out["floor_cpu"] = time.perf_counter() - started, time.process_time() - cpu
    out["sentences"] = len(texts)
    options = BatchOptions(formats=FORMATS, fields=fields)
    runs = [("cold", base, options), ("warm", full, options),
            ("format", full, BatchOptions(formats=(*FORMATS, "html"), fields=fields))]
    for label, data, opts in runs:
        started, cpu = time.perf_counter(), time.process_time()
        result = check_batch(data, Path(tmp) / "out", settings, options=opts)
        out[f"{label}_s"], out[f"{label}_cpu"] = time.perf_counter() - started, time.process_time() - cpu
        out[f"{label}_embedded"] = result.embedded
        out[f"{label}_checked"] = len(result.written)
    out["events"] = len(result.written) + len(result.reused)
    vectors = Path(tmp) / "vectors.sqlite"  # the cache less its parses: the parse is work outside encoding
    shutil.copy(Path(tmp) / "out" / CACHE, vectors)
    with sqlite3.connect(vectors) as db:
        db.execute("DELETE FROM parses")
    started, cpu = time.perf_counter(), time.process_time()
    check_batch(base, Path(tmp) / "out-force", settings, options=replace(options, force=True, cache=str(vectors)))
    out["outside_s"], out["outside_cpu"] = time.perf_counter() - started, time.process_time() - cpu
    out.update(_parse_alone(base, fields, settings))
    return out


def _parse_alone(base: Path, fields: Any, settings: Any) -> dict[str, object]:
    """spaCy over the distinct sentences of the batch's folded articles, in one stream (as a block parses)."""
    from factcheck.batch import find_events
    from factcheck.duplicates import merge_duplicates
    from factcheck.nlp import parse
    from factcheck.text.sentences import split_sentences

    found = find_events(base, fields)
    texts = list(dict.fromkeys(s.text for arts in found.values() if len(arts) >= 2  # type: ignore[arg-type]
                               for a in merge_duplicates(arts, settings.duplicate_jaccard)  # type: ignore[arg-type]
                               for s in split_sentences(a, settings)))
    started = time.process_time()
    for _doc in parse(texts, settings.spacy_model):
        pass
    return {"parse_cpu": time.process_time() - started, "parsed": len(texts)}


def _grouping(full: Path, rows: list[dict[str, object]], model: Any, fields: Any) -> dict[str, object]:
    """Every article grouped with its label hidden, at the default threshold and two either side."""
    from sklearn.metrics import adjusted_rand_score, v_measure_score

    from factcheck.cache import CachedEmbedder
    from factcheck.grouping import GroupSettings, group_articles
    from factcheck.ingest import read_articles

    out: dict[str, object] = {}
    articles = read_articles(full, fields=fields).articles
    gold = [str(r["event_id"]) for r in rows]
    cached = CachedEmbedder(model)
    sweep = {}
    for threshold in (0.15, 0.175, 0.20):
        groups = group_articles(articles, cached, GroupSettings(threshold=threshold))
        labels = [0] * len(articles)
        for n, members in enumerate(groups):
            for i in members:
                labels[i] = n
        sweep[threshold] = (adjusted_rand_score(gold, labels), v_measure_score(gold, labels), len(groups))
    out["grouping"] = sweep
    out["gold_events"] = len(set(gold))
    return out


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(sys.argv[2], speed="--grouping-only" not in sys.argv)))
        return 0
    if not all(path.is_file() for path, _ in SETS.values()):
        print(f"skipped: data not found under {DATA}")
        return 0
    only = sys.argv[1:] == ["--grouping-only"]
    results = []
    for name in SETS:
        done = subprocess.run([sys.executable, __file__, "--child", name, *sys.argv[1:]], check=True,
                              capture_output=True, text=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if only:
        kept = (RESULTS / "batch.md").read_text(encoding="utf-8").split(GROUPING)[0]
        publish("batch.md", kept + "\n".join(_grouping_section(results)) + "\n")
        return 0
    lines = ["# Batch: speed against the encoding floor, and grouping a flat dump", "",
             "Command: `HF_HUB_OFFLINE=1 python benchmarks/batch.py` (2 CPU cores shared with other jobs, "
             "all-MiniLM-L6-v2, serial, formats md+json). Times exclude loading the model (shown apart). The machine "
             "was shared, so wall-clock seconds swing with other jobs' load; the ratios use CPU seconds of the "
             "process (all its threads), which swing less, though not enough: torch's second thread spins while it "
             "waits for a core, so the floor and the cold run cost more CPU on a busy machine. The work outside "
             "encoding is therefore also timed apart: the cold batch's events checked again with `--force` while "
             "every vector comes from the cache (no encoding in it), and spaCy alone over the distinct sentences the "
             "batch parses. Sentence parses are cached beside the vectors, so the +5 % batch parses only the new articles' "
             "sentences. Targets from the issue: cold <= 1.1 x floor; +5 % articles <= 0.15 x cold; a new format "
             "<= 0.05 x cold.", "",
             "| dataset | events | articles | sentences embedded | floor CPU s | cold CPU s | cold / floor "
             "| outside encoding CPU s (/ floor) | of which spaCy parse CPU s (sentences) "
             "| +5 % articles CPU s (/ cold) | sentences embedded then | + html CPU s (/ cold) | wall s: load, floor, "
             "cold, +5 %, +html, outside | peak RSS MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if "cold_s" not in r:
            continue
        cold, floor = float(r["cold_cpu"]), float(r["floor_cpu"])
        lines.append(
            f"| {r['name']} | {r['events']} | {r['articles']} | {r['sentences']:,} | {floor:.1f} | "
            f"{cold:.1f} | {cold / floor:.2f} | {r['outside_cpu']:.1f} ({float(r['outside_cpu']) / floor:.3f}) | "
            f"{r['parse_cpu']:.1f} ({r['parsed']:,}) | {r['warm_cpu']:.1f} ({float(r['warm_cpu']) / cold:.3f}) "
            f"| {r['warm_embedded']} | {r['format_cpu']:.2f} ({float(r['format_cpu']) / cold:.3f}) | "
            f"{r['load_s']:.0f}, {r['floor_s']:.0f}, {r['cold_s']:.0f}, {r['warm_s']:.0f}, {r['format_s']:.1f}, "
            f"{r['outside_s']:.0f} | {r['peak_rss_mb']:.0f} |")
    publish("batch.md", "\n".join([*lines, "", *_grouping_section(results)]) + "\n")
    return 0


def _grouping_section(results: list[dict[str, Any]]) -> list[str]:
    lines = [GROUPING, "",
             "`factcheck batch DUMP.jsonl --group`: every article of the dataset grouped by lead embedding (less "
             "the dump's mean), TF-IDF of the words, shared names, and publication dates: within 2 days counts "
             "for (+0.06), from a week apart against (up to -0.1 at 90 days) unless the later article names the "
             "earlier one's day or month; headlines giving different tolls of one kind (dead, hurt, shot) count "
             "against (-0.1); leads that both name places (spaCy's GPE, LOC and FAC entities, states and countries "
             "aside) count against (-0.1) when neither text names any place of the other's lead; a street both "
             "texts name counts for (+0.1), streets they share no word of count against (-0.1), and headlines "
             "giving ages they share none of count against (-0.05); video playlist lines scraped with the page "
             "(\"0:27 Father of man killed ...\") are left out of every measure. Adjusted Rand "
             "index and V-measure against the event labels; target ARI >= 0.9. The defaults (lead 0.3, words "
             "0.35, names 0.35, the dates as said, tolls 0.1, threshold 0.175) were chosen on giveme5w1h and "
             "gva-200; the place penalty (0.1) on the five development slices of its round; the streets and "
             "ages on all six development slices together. gva-next-200 (GVA events 201-400) "
             "and gva-401-600 (401-600) were held out until the round that added the tolls, whose errors were "
             "read then; gva-601-800 (601-800) was held out until it was scored once in that round, and was read "
             "for the places; gva-801-1000 (801-1000) was held out until it was scored once in the round that "
             "added the places (0.862), and is development data since. Held out, never used to choose anything: "
             "gva-1001-end (GVA events 1001 to the end of the file, 165 events, in the same order), fixed in the "
             "benchmark (commit 74a2e68) before any work on it, and scored once, when the grouping was final. "
             "The other rows show how the scores move with the threshold.", "",
             "| dataset | held out | gold events | threshold | groups | ARI | V-measure |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        held = "yes" if r["name"] in HELD_OUT else "no"
        for threshold, (ari, v, n) in r["grouping"].items():  # type: ignore[attr-defined]
            lines.append(f"| {r['name']} | {held} | {r['gold_events']} | {threshold} | {n} | {ari:.3f} | {v:.3f} |")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
