"""How a finding between facts is built: which outlets state which value, which values of one subject and
attribute are in disagreement between outlets, and the claim of its own that carries the finding, citing
every sentence that states either value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from ..compare.claim import claim_status
from ..records import Article, Claim, Fact, Finding, Mention, Sentence, severity_rank
from .when_where import publication_day

__all__ = ["ClaimBuilder", "days_apart", "disagreements", "outlets", "say", "values_by_source"]




class ClaimBuilder:
    """Collects the mentions and findings of one fact claim."""

    def __init__(self, sentences: dict[tuple[str, int], Sentence], evidence: str) -> None:
        self.sentences = sentences
        self.mentions: list[Mention] = []
        self.index: dict[tuple[str, int], int] = {}
        self.findings: list[Finding] = []
        self.evidence = evidence

    def mention(self, f: Fact) -> int:
        key = (f.source, f.sentence)
        if key not in self.index:
            s = self.sentences[key]
            self.index[key] = len(self.mentions)
            self.mentions.append(Mention(s.source, s.index, s.text, s.start, s.end))
        return self.index[key]

    def add(self, label: str, severity: str, detail: str, first: Sequence[Fact], second: Sequence[Fact]) -> None:
        """One finding for one disagreement, citing every sentence that states either value."""
        cited = tuple(dict.fromkeys(self.mention(f) for f in (*first, *second)))
        spans = tuple(dict.fromkeys((f.source, f.start, f.end) for f in (*first, *second)))
        self.findings.append(Finding("fact", severity, detail, cited, label, values=(first[0].text, second[0].text),
                                     spans=spans))

    def claim(self) -> Claim | None:
        if not self.findings:
            return None
        order = sorted(range(len(self.mentions)), key=lambda k: (self.mentions[k].source, self.mentions[k].sentence))
        new = {old: k for k, old in enumerate(order)}
        seen: set[str] = set()
        mentions = []
        for old in order:
            m = self.mentions[old]
            mentions.append(Mention(m.source, m.sentence, m.text, m.start, m.end, repeat=m.source in seen))
            seen.add(m.source)
        findings = sorted((Finding(f.kind, f.severity, f.detail, tuple(sorted(new[i] for i in f.mentions)), f.label,
                                   f.within_source, f.diff, f.values, f.spans) for f in self.findings),
                          key=lambda f: severity_rank(f.severity))
        status, severity = claim_status(findings, len(seen))
        return Claim("", tuple(mentions), tuple(findings), status, severity, evidence=(self.evidence,))


def outlets(facts: Sequence[Fact]) -> str:
    return ", ".join(dict.fromkeys(f.source for f in facts))


def say(facts: Sequence[Fact], verb: str = "say") -> str:
    """ "a says" for one outlet, "a, b say" for several ("write" likewise)."""
    sources = list(dict.fromkeys(f.source for f in facts))
    return f"{', '.join(sources)} {verb + 's' if len(sources) == 1 else verb}"


def disagreements(group: Sequence[Fact], key: Callable[[Fact], object] = lambda f: f.value,
                   ) -> list[tuple[list[Fact], list[Fact]]]:
    """Pairs of values that outlets disagree on: for each two values, the facts of outlets stating the first
    and not the second, and of outlets stating the second and not the first. An outlet that states both
    is not in disagreement with itself here (it likely tells of two things)."""
    by_value: dict[object, list[Fact]] = defaultdict(list)
    for f in sorted(group, key=lambda f: (f.source, f.start)):
        by_value[key(f)].append(f)
    values = list(by_value)
    out = []
    for i, va in enumerate(values):
        for vb in values[i + 1:]:
            sa, sb = {f.source for f in by_value[va]}, {f.source for f in by_value[vb]}
            only_a, only_b = sa - sb, sb - sa
            if only_a and only_b:
                out.append(([f for f in by_value[va] if f.source in only_a], [f for f in by_value[vb] if f.source in only_b]))
    return out


def days_apart(by_source: dict[str, Article], fa: Sequence[Fact], fb: Sequence[Fact]) -> int:
    days_a = [d for d in (publication_day(by_source.get(f.source)) for f in fa) if d]
    days_b = [d for d in (publication_day(by_source.get(f.source)) for f in fb) if d]
    return min((abs((x - y).days) for x in days_a for y in days_b), default=0)


def values_by_source(group: Sequence[Fact]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for f in group:
        out[f.source].add(f.value)
    return out
