"""Related figures: the same kind of figure in two outlets' sentences that were not grouped as one claim.

Claims group sentences that say the same thing; a figure can sit in sentences that say more or other
things ("Trump wants $5.7 billion for a wall" / "Mr. Trump, who has demanded $5.6 billion for the wall,
said ..."). Sentences of two outlets that are related (embedding cosine at least ``Settings.figure_link``)
and carry figures of one kind, said of the same thing in the same way (the claim rules: shared words
around the figures, one predication), are compared by the same numeric rules. What this looser match
finds is at most medium: the sentences were not close enough to be one claim.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..compare.claim import claim_status, compare_figures, sentence_quantities
from ..records import Claim, Finding, Mention, MentionContext, severity_rank
from ..settings import Settings

__all__ = ["related_figures", "related_pairs"]


def related_figures(contexts: Sequence[MentionContext], vectors: np.ndarray, groups: Sequence[Sequence[int]],
                    settings: Settings | None = None) -> list[Claim]:
    """Claims of their own for figures that differ between related sentences of different claims.

    Args:
        contexts: Every sentence as a mention with its quotations and parse, in the order of ``vectors``.
        vectors: Their embeddings (unit rows).
        groups: The claims as lists of sentence indices; sentences of one claim were compared already.
        settings: ``figure_link`` and the numeric rules' options.

    Returns:
        One claim per differing pair of values (every related sentence pair that states them cited), unranked.
    """
    settings = settings or Settings()
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    figures = [i for i, c in enumerate(contexts)
               if any(q.unit or q.counted for q in sentence_quantities(c.mention.text, settings))]
    if len(figures) < 2:
        return []
    merged: dict[tuple[str, frozenset[str]], tuple[list[Mention], list[Finding]]] = {}
    for x, y in related_pairs(vectors[figures], settings.figure_link):
        i, j = figures[x], figures[y]
        a, b = contexts[i], contexts[j]
        if a.mention.source == b.mention.source or group_of.get(i) == group_of.get(j):
            continue
        for f in compare_figures(a, b, settings):
            if f.label not in ("conflict", "qualifier differs") and not (
                    f.label == "different figures" and _same_kind(a, b, f.values, settings)):
                # a loose match is worth an editor's time for figures that cannot both hold, or, as a lead
                # to check (low), for two counts of one noun or two amounts of one unit
                continue
            mentions, found = merged.setdefault((f.label, frozenset(f.values)), ([], []))
            for m in (a.mention, b.mention):
                if m not in mentions:
                    mentions.append(m)
            severity = "medium" if f.severity == "high" else f.severity
            found.append(Finding(f.kind, severity, f.detail + " (related sentences, not one claim)",
                                 (mentions.index(a.mention), mentions.index(b.mention)), f.label, values=f.values))
    claims = []
    for mentions, found in merged.values():
        finding = min(found, key=lambda f: severity_rank(f.severity))
        cited = tuple(sorted({k for f in found for k in f.mentions}))
        finding = Finding(finding.kind, finding.severity, finding.detail, cited, finding.label, values=finding.values)
        status, severity = claim_status([finding], len({m.source for m in mentions}))
        claims.append(Claim("", tuple(mentions), (finding,), status, severity,
                            evidence=("related sentences with figures of one kind",)))
    return claims


def _same_kind(a: MentionContext, b: MentionContext, values: tuple[str, ...] | None, settings: Settings) -> bool:
    """Whether the two figures a finding names count the same noun and are near enough to be one figure
    told two ways (``Settings.figure_factor``): "hit seven times" / "shot eight times", "two officers" /
    "four officers"."""
    if not values or len(values) != 2:
        return False
    x = next((q for q in sentence_quantities(a.mention.text, settings) if q.text == values[0]), None)
    y = next((q for q in sentence_quantities(b.mention.text, settings) if q.text == values[1]), None)
    if x is None or y is None or x.value <= 0 or y.value <= 0:
        return False
    # within a factor of two: "$5.7 billion" / "$5.6 billion" may be one figure; "$44 million" / "$675,000"
    # are two things of one kind
    near = max(x.value, y.value) <= settings.figure_factor * min(x.value, y.value)
    # amounts of one unit are left out: an article on money or distances gives many of each ("a £2.3bn
    # loan" and "£1.6bn of missiles" in related sentences), while two counts of one noun are more often
    # one count told two ways
    return near and x.unit is None and y.unit is None and bool(x.counted and x.counted == y.counted)


def related_pairs(vectors: np.ndarray, threshold: float, block: int = 1024) -> list[tuple[int, int]]:
    """Index pairs ``(x, y)``, x < y, whose cosine reaches ``threshold``, computed a block of rows at a time
    so memory stays bounded by ``block`` x n however many sentences carry figures."""
    out: list[tuple[int, int]] = []
    for start in range(0, len(vectors), block):
        sims = vectors[start:start + block] @ vectors.T
        for x, y in np.argwhere(sims >= threshold):
            if start + int(x) < int(y):
                out.append((start + int(x), int(y)))
    return out
