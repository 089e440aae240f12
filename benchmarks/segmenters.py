"""Compare sentence segmenters on the seed articles: nupunkt (chosen), pysbd, blingfire.

Each segmenter splits every non-furniture line of the five seed articles. Printed per segmenter: sentence
count, time, and the errors that matter for claim alignment, counted automatically:
- lone quote: a "sentence" that is only a closing quote mark (the quotation is cut from its words);
- abbreviation split: a sentence ending in an abbreviation that does not end a sentence (Mr., Gen., U.S.)
  when more text follows, measured on a fixed probe text as well as on the seeds.
Usage: ``python benchmarks/segmenters.py`` (needs ``pip install -e '.[bench]'``); writes
``benchmarks/results/segmenters.md``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from _common import ROOT, publish

from factcheck.ingest import read_articles
from factcheck.sentences import furniture_reason

PROBE = ("Mr. Trump met U.S. officials in Washington. Sir Keir said “No. Never.” Then he left. "
         "Gen. Jones agreed with Dr. Smith. It will have U.S. backing,\" he said. \"That is the purpose.\"")
ABBREV_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sir|St|U\.S)\.?$")


def segmenters() -> dict[str, Callable[[str], list[str]]]:
    import blingfire
    import nupunkt
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return {
        "nupunkt": lambda t: [s.strip() for s in nupunkt.sent_tokenize(t) if s.strip()],
        "pysbd": lambda t: [s.strip() for s in seg.segment(t) if s.strip()],
        "blingfire": lambda t: [s.strip() for s in blingfire.text_to_sentences(t).split("\n") if s.strip()],
    }


def main() -> int:
    lines_in = [line for a in read_articles(ROOT / "seeds" / "ukraine-summit-2025-03-02").articles
                for line in a.text.split("\n") if line.strip() and not furniture_reason(line)]
    rows = ["| segmenter | sentences | ms | lone closing quotes | abbreviation splits (seeds + probe) |",
            "|---|---|---|---|---|"]
    for name, split in segmenters().items():
        start = time.perf_counter()
        out = [s for line in lines_in for s in split(line)]
        ms = (time.perf_counter() - start) * 1000
        probe = split(PROBE)
        lone = sum(1 for s in out + probe if s in ("”", '"', "’", "'"))
        abbrev = sum(1 for group in (out, probe) for s in group[:-1] if ABBREV_END.search(s))
        rows.append(f"| {name} | {len(out)} | {ms:.1f} | {lone} | {abbrev} |")
    text = "# Sentence segmenters on the seed articles\n\nCommand: `python benchmarks/segmenters.py`\n\n" + \
        "\n".join(rows) + "\n"
    publish("segmenters.md", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
