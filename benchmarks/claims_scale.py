"""How claim alignment grows with the number of sentences: time and peak memory at 1k, 10k and 50k.

Input is synthetic and reproducible (seeded): a day of live blogs is simulated as n/5 "facts", each told
five times with about a third of its 16 words swapped, and an embedding per sentence drawn around its
fact's direction (384 dimensions, like all-MiniLM-L6-v2). Only alignment is timed (``group_sentences``:
neighbour graph, pair scoring, merging), each size in a fresh process so peak RSS is that size's own.
Embedding cost is linear in n and measured elsewhere.

Usage: ``python benchmarks/claims_scale.py`` (faiss-cpu installed for the HNSW path); writes
``benchmarks/results/claims_scale.md``.
"""

from __future__ import annotations

import json
import math
import resource
import subprocess
import sys
import time

from _common import ROOT, publish

RESULTS = ROOT / "benchmarks" / "results" / "claims_scale.md"
SIZES = (1000, 10000, 50000)


def run_one(n: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from factcheck.claims.cluster import group_sentences
    from factcheck.records import Sentence

    rng = np.random.default_rng(n)
    vocab = [f"w{i}" for i in range(5000)]
    facts = max(1, n // 5)
    centres = rng.normal(size=(facts, 384)).astype(np.float32)
    templates = rng.integers(0, len(vocab), size=(facts, 16))
    fact_of = rng.integers(0, facts, size=n)
    words = templates[fact_of].copy()
    swap = rng.random(words.shape) < 0.33
    words[swap] = rng.integers(0, len(vocab), size=int(swap.sum()))
    sentences = [Sentence(f"s{i % 7}", i, " ".join(vocab[w] for w in row) + ".", 0, 0) for i, row in enumerate(words)]
    vectors = centres[fact_of] + 0.6 * rng.normal(size=(n, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    start = time.perf_counter()
    groups = group_sentences(sentences, vectors)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    truth: dict[int, set[int]] = {}
    for i, f in enumerate(fact_of.tolist()):
        truth.setdefault(f, set()).add(i)
    pure = sum(1 for g in groups if len({int(fact_of[i]) for i in g.members}) == 1) / len(groups)
    return {"n": n, "seconds": seconds, "peak_mb": peak_mb, "claims": len(groups), "pure": pure}


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]))))
        return 0
    rows = []
    for n in SIZES:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = rows[0]
    lines = ["# Claim alignment at scale", "",
             "Command: `python benchmarks/claims_scale.py` (synthetic sentences and embeddings; see the script).", "",
             "| sentences | seconds | peak RSS (MB) | claims | pure claims | time ratio vs 1k | n·log n ratio | n² ratio |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        n = r["n"]
        nlogn = (n * math.log(n)) / (base["n"] * math.log(base["n"]))
        lines.append(f"| {n:,} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | {r['claims']:,} | {r['pure']:.3f} | "
                     f"{r['seconds'] / base['seconds']:.1f} | {nlogn:.1f} | {(n / base['n']) ** 2:.0f} |")
    text = "\n".join(lines) + "\n"
    publish(RESULTS.name, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
