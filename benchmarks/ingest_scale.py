"""How the per-article stages grow with article size: seconds per stage from 0.25 MB to 20 MB of text.

The article is the five seed articles repeated (with a counter, so no two paragraphs are the same) until it
reaches the size, written to a .txt file: real prose with quotations, "the PM said", figures and names, as a
very long live blog would carry. Timed per size, in one run: reading the file (decode and normalise),
sentence splitting, quotation extraction, speakers per sentence, and quantities of every sentence. Embedding
and claim alignment are linear and measured elsewhere (benchmarks/results/claims_scale.md); the article size
limit (Settings.max_article_mb) exists because embedding 40,000 sentences takes minutes on 2 cores.

Usage: ``python benchmarks/ingest_scale.py [MB ...]``; writes ``benchmarks/results/ingest_scale.md``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import ROOT, publish

SIZES_MB = (0.25, 0.5, 1, 2, 4, 8, 20)


def article_of(mb: float) -> str:
    """Seed prose repeated to ``mb`` MB (UTF-8 bytes), each copy's paragraphs numbered."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*/*.txt"))]
    target = int(mb * 1e6)
    parts: list[str] = ["Live: the London summit, all day\n"]
    size, n = 0, 0
    while size < target:
        piece = f"\nUpdate {n}.\n" + seeds[n % len(seeds)]
        parts.append(piece)
        size += len(piece.encode("utf-8"))
        n += 1
    return "".join(parts)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    # CPU seconds of this process, not wall time: the machine is shared, and others' jobs would otherwise be
    # counted as this stage's cost.
    start = time.process_time()
    value = fn()
    return time.process_time() - start, value


def measure(mb: float, folder: Path) -> dict[str, float]:
    from factcheck.ingest import read_file
    from factcheck.quantities.parse import parse_quantities
    from factcheck.quotes.extract import extract_quotes, sentence_speakers
    from factcheck.text.sentences import split_sentences

    path = folder / f"live-{mb}.txt"
    path.write_text(article_of(mb), encoding="utf-8")
    row: dict[str, float] = {"MB": path.stat().st_size / 1e6}
    row["read"], got = timed(lambda: read_file(path, None))
    (article,) = got.articles
    row["sentences"], sentences = timed(lambda: split_sentences(article))
    row["quotes"], _quotes = timed(lambda: extract_quotes(article))
    row["speakers"], _who = timed(lambda: sentence_speakers(article, [(s.start, s.end) for s in sentences]))
    row["quantities"], _q = timed(lambda: [parse_quantities(s.text) for s in sentences])
    row["n_sentences"] = len(sentences)
    row["total"] = sum(row[k] for k in ("read", "sentences", "quotes", "speakers", "quantities"))
    return row


def main(sizes: tuple[float, ...]) -> None:
    sys.path.insert(0, str(ROOT))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            rows.append(measure(mb, Path(tmp)))
            print(rows[-1], file=sys.stderr, flush=True)
    head = "| MB | sentences | read s | split s | quotes s | speakers s | quantities s | total s | s per MB |"
    lines = [
        "# Per-article stages against article size",
        "",
        "Produced by `python benchmarks/ingest_scale.py` in one run (one process, sizes in order; CPU seconds",
        "of the process, so other jobs on the shared 2-core machine do not count).",
        "An article is the seed prose repeated to the size. Embedding and claim alignment are not included",
        "(see claims_scale.md). Close to linear means a flat last column.",
        "",
        head,
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['MB']:.2f} | {int(r['n_sentences'])} | {r['read']:.2f} | {r['sentences']:.2f} | "
                     f"{r['quotes']:.2f} | {r['speakers']:.2f} | {r['quantities']:.2f} | {r['total']:.2f} | "
                     f"{r['total'] / r['MB']:.2f} |")
    publish("ingest_scale.md", "\n".join(lines) + "\n")


if __name__ == "__main__":
    main(tuple(float(a) for a in sys.argv[1:]) or SIZES_MB)
