"""Lines: a report's pairwise findings gathered into one line per disagreement, in an editor's words.

A claim carried by five outlets is compared pair by pair; an editor wants one line for each thing that
differs, with both values as the outlets write them and the outlets by name. The findings of a claim are
grouped by what differs (the values compared, or the words a quotation changes); a difference that a
sentence rule and a fact finding both report, or that one person's facts show in several claims, is one
line. The pairwise findings stay in the JSON report for tools.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..records import Article, Claim, Disagreement, Finding, Report, severity_rank
from ..text.lexicon import WEEKDAYS
from ..text.tokens import Words, normalise_quote, tokenise

__all__ = ["PEOPLE_SECTION", "disagreements", "outlet_labels", "outlets_phrase", "people_lines"]

#: Kinds whose values are short (a figure, a name, a day): lines of these kinds fold across claims.
_VALUE_KINDS = frozenset({"numeric", "fact", "contradiction", "attribution"})
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: Words of a quotation shown around a change, so an editor sees where it sits.
_CONTEXT_WORDS = 2
#: Longest quotation shown whole in a line; longer ones keep their ends around "…".
_SHOWN_WORDS = 14


def outlet_labels(sources: Sequence[Article]) -> dict[str, str]:
    """How each article is named in a line: its outlet when the input names one, else a short id.

    An outlet carried by two articles gets the short id after it; a short id is the id's part before the
    first "_" when no other article shares it ("000" for "000_71c0fd3ab828a9be"), else the whole id.

    >>> a = [Article("000_71c0", "", "", "x"), Article("001_ef", "", "", "y", outlet="The Guardian")]
    >>> outlet_labels(a)
    {'000_71c0': '000', '001_ef': 'The Guardian'}
    """
    heads = [a.source.split("_", 1)[0] for a in sources]
    short = {a.source: head if heads.count(head) == 1 and head else a.source for a, head in zip(sources, heads, strict=True)}
    outlets = [a.outlet for a in sources if a.outlet]
    return {a.source: (a.outlet if outlets.count(a.outlet) == 1 else f"{a.outlet} ({short[a.source]})")
            if a.outlet else short[a.source] for a in sources}


def outlets_phrase(sources: Sequence[str], names: dict[str, str]) -> str:
    """Outlets as a reader lists them: "A", "A and B", "A, B and C"."""
    shown = [names.get(s, s) for s in sources]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _key(text: str) -> str:
    """A value as compared for folding: a figure by its digits and hedge, a weekday by itself, else its words.

    >>> _key("more than 5,000"), _key("17 people"), _key("on Saturday night"), _key("Volodymyr Zelensky")
    ('more than 5000', '17', 'saturday', 'volodymyr zelensky')
    """
    t = text.casefold()
    numbers = list(_NUMBER.finditer(t))
    if numbers:
        return " ".join(t[: numbers[-1].end()].replace(",", "").split())
    day = next((d for d in WEEKDAYS if d in t), None)
    return day or normalise_quote(t)


def _score(text: str, value: str) -> tuple[float, int, int]:
    """How surely ``text`` carries ``value``: contained whole, else the share of its words it holds; then
    whether it holds it exactly as written (two renderings that differ only in case or punctuation); the
    longer value wins a tie ("more than 5,000" over "5,000" in a sentence that says the former)."""
    nt, nv = f" {normalise_quote(text)} ", normalise_quote(value)
    exact = int(value.strip() in text)
    if nv and f" {nv} " in nt:
        return 2.0, exact, len(nv)
    words = nv.split()
    held = set(nt.split())
    return (sum(w in held for w in words) / len(words) if words else 0.0), exact, len(nv)


def _sides(claim: Claim, finding: Finding, texts: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    """Each value of a finding with the outlets that give it (spans for facts, else the mentions' texts)."""
    values = list(dict.fromkeys(finding.values))
    owners: dict[str, list[str]] = {v: [] for v in values}
    if not values:
        return []
    if finding.spans:
        for source, start, end in finding.spans:
            written = texts.get(source, "")[start:end].casefold()
            best = max(values, key=lambda v: (v.casefold() == written, fuzz.ratio(v.casefold(), written)))
            owners[best].append(source)
    else:
        mentions = [claim.mentions[i] for i in finding.mentions if i < len(claim.mentions)]
        for m, v in zip(mentions, _assign([m.text for m in mentions], values), strict=True):
            owners[v].append(m.source)
    return [(v, tuple(dict.fromkeys(owners[v]))) for v in values if owners[v]]


def _assign(texts: list[str], values: list[str]) -> list[str]:
    """Which value each text gives. Two texts and two values: the pairing the texts support best, in the
    rule's order when they do not tell (a speaker need not be named: "He also said"; both sentences may
    hold "three"). More texts: each its best value, and a value no text took goes to the text that
    carries it best among those whose value others also give."""
    scores = [[_score(t, v) for v in values] for t in texts]
    if len(texts) == len(values) == 2:
        kept = tuple(a + b for a, b in zip(scores[0][0], scores[1][1], strict=True))
        swapped = tuple(a + b for a, b in zip(scores[0][1], scores[1][0], strict=True))
        return [values[1], values[0]] if swapped > kept else list(values)
    chosen = [max(range(len(values)), key=row.__getitem__) for row in scores]
    for j in range(len(values)):
        if j not in chosen:
            spare = [i for i in range(len(texts)) if chosen.count(chosen[i]) > 1]
            if spare:
                chosen[max(spare, key=lambda i: scores[i][j])] = j
    return [values[j] for j in chosen]


def _shown_and_compared(text: str) -> tuple[list[str], list[str]]:
    """Words as shown (original case) and as compared (``normalise_quote``: "It’s" is "it is", two words)."""
    shown: list[str] = []
    keys: list[str] = []
    for word in tokenise(text, Words.SHOWN):
        parts = normalise_quote(word).split() or [word.casefold()]
        keys += parts
        shown += [word] if len(parts) == 1 else parts
    return shown, keys


def _quote_change(a: str, b: str) -> tuple[str, str] | None:
    """The words two renderings of a quotation differ in, past any cut at either end, in their original
    case with a word or two of context; ``None`` when they differ only by the cut.

    >>> _quote_change("back this with boots on the ground, together with others.",
    ...               "boots on the ground, alongside France and others.")
    ('the ground together with others', 'the ground alongside France and others')
    """
    (ta, ka), (tb, kb) = _shown_and_compared(a), _shown_and_compared(b)
    ops = difflib.SequenceMatcher(a=ka, b=kb, autojunk=False).get_opcodes()
    lo, hi = 0, len(ops)
    while lo < hi and ops[lo][0] != "equal":
        lo += 1
    while hi > lo and ops[hi - 1][0] != "equal":
        hi -= 1
    middle = [op for op in ops[lo:hi] if op[0] != "equal"]
    if not middle:
        return None
    # Each change with a word or two around it; changes whose windows touch are shown as one piece.
    windows: list[list[int]] = []
    for _, i1, i2, j1, j2 in middle:
        window = [max(i1 - _CONTEXT_WORDS, 0), i2 + _CONTEXT_WORDS, max(j1 - _CONTEXT_WORDS, 0), j2 + _CONTEXT_WORDS]
        if windows and (window[0] <= windows[-1][1] or window[2] <= windows[-1][3]):
            windows[-1][1], windows[-1][3] = window[1], window[3]
        else:
            windows.append(window)
    return (" … ".join(" ".join(ta[a1:a2]) for a1, a2, _, _ in windows),
            " … ".join(" ".join(tb[b1:b2]) for _, _, b1, b2 in windows))


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= _SHOWN_WORDS:
        return text
    half = _SHOWN_WORDS // 2
    return " ".join(words[:half]) + " … " + " ".join(words[-half:])


def _phrase(sides: Sequence[tuple[str, tuple[str, ...]]], names: dict[str, str], verb: tuple[str, str],
            shorten: bool = False) -> str:
    """"A says “x”; B and C say “y”", the value given by the fewest outlets first."""
    ordered = sorted(sides, key=lambda s: (len(s[1]), sides.index(s)))
    return "; ".join(f"{outlets_phrase(who, names)} {verb[0] if len(who) == 1 else verb[1]} "
                     f"“{_shorten(v) if shorten else v}”" for v, who in ordered)


_LABELS = {"speaker differs": "Who said it", "actor": "Who said or did it", "polarity": "Opposite statements",
           "day": "Day differs", "conflict": "Figures conflict"}


def _title(finding: Finding) -> str:
    label = _LABELS.get(finding.label, finding.label)
    return label[:1].upper() + label[1:]


def _reason(finding: Finding) -> str:
    """The rule's own explanation, when its detail gives one after a dash ("— the same number with ...")."""
    return finding.detail.split(" — ", 1)[1] if " — " in finding.detail else ""


class _Line:
    """A line being gathered: its findings and the outlets behind each value."""

    def __init__(self, group: str, claim: Claim, finding: Finding, index: int) -> None:
        self.group = group
        self.about = claim.evidence  # "same person: X": what a claim of facts is about
        self.claims = [claim.id]
        self.findings = [(claim.id, index)]
        self.worst = finding
        self.sides: dict[str, list[str]] = {}
        self.within: set[str] = set()

    def add(self, claim: Claim, finding: Finding, index: int) -> None:
        if claim.id not in self.claims:
            self.claims.append(claim.id)
        self.findings.append((claim.id, index))
        if severity_rank(finding.severity) < severity_rank(self.worst.severity):
            self.worst = finding

    def give(self, value: str, sources: Sequence[str], by_key: bool = False) -> None:
        """Record that ``sources`` give ``value`` (folded into a side with the same key when ``by_key``)."""
        same = (lambda v: _key(v) == _key(value)) if by_key else (lambda v: v == value)
        folded = next((v for v in self.sides if same(v)), value)
        have = self.sides.setdefault(folded, [])
        have += [s for s in sources if s not in have]

    def outlets(self) -> set[str]:
        return {s for who in self.sides.values() for s in who}

    def keys(self) -> frozenset[str]:
        return frozenset(_key(v) for v in self.sides)


def _group(finding: Finding, change: tuple[str, str] | None) -> str:
    if finding.kind == "fact":
        # A claim of facts is one person's or the event's attribute: its pairs are one disagreement
        # ("around 3 p.m." / "about 2:20 p.m." / "around 2:40 p.m.").
        return f"fact:{finding.label}"
    if finding.kind == "quote":
        if finding.label in ("altered", "paraphrase") and change:
            return "quote words:" + "|".join(sorted(normalise_quote(c) for c in change))
        # A fragment quoted from a longer quotation (info) is a note of its own, apart from real cuts.
        return f"quote {'length' if finding.label == 'truncated' else finding.label} {finding.severity == 'info'}"
    return f"{finding.kind}:" + "|".join(sorted({_key(v) for v in finding.values}))


def _claim_lines(claim: Claim, texts: dict[str, str]) -> list[_Line]:
    lines: dict[str, _Line] = {}
    for index, finding in enumerate(claim.findings):
        if finding.kind == "coverage":
            continue
        sides = _sides(claim, finding, texts)
        change = None
        if finding.kind == "quote" and finding.label in ("altered", "paraphrase") and len(finding.values) == 2:
            change = _quote_change(*finding.values)
        group = _group(finding, change)
        line = lines.get(group)
        if line is None:
            line = lines[group] = _Line(group, claim, finding, index)
        else:
            line.add(claim, finding, index)
        if change is not None:
            for value, words in zip(finding.values, change, strict=True):
                line.give(words, next((who for v, who in sides if v == value), ()))
        else:
            for value, who in sides:
                line.give(value, who)
        if finding.within_source:
            line.within.update(who[0] for _, who in sides if who)
    return list(lines.values())


def _consistent(a: _Line, b: _Line) -> bool:
    """Whether no outlet gives one value in one line and another value in the other (then the two rules
    read the sentences differently, and one line would say each outlet gives both)."""
    def given(line: _Line) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for value, who in line.sides.items():
            for s in who:
                out.setdefault(s, set()).add(_key(value))
        return out

    ga, gb = given(a), given(b)
    return all(ga[s] & gb[s] for s in ga.keys() & gb.keys())


def _fold(lines: list[_Line]) -> list[_Line]:
    """One line for one difference told in several claims: a sentence rule and a fact finding with the
    same values, or one person's name spelt one way in several claims."""
    out: list[_Line] = []
    for line in lines:
        kind = line.worst.kind
        target = None
        if kind in _VALUE_KINDS and len(line.keys()) >= 2:
            for other in out:
                if other.worst.kind not in _VALUE_KINDS or set(other.claims) & set(line.claims):
                    continue
                same_values = (other.keys() == line.keys() and other.outlets() & line.outlets()
                               and _consistent(other, line))
                one_fact = (kind == "fact" and other.worst.kind == "fact" and other.worst.label == line.worst.label
                            and other.about == line.about and other.keys() & line.keys())
                if same_values or one_fact:
                    target = other
                    break
        if target is None:
            out.append(line)
            continue
        for claim_id in line.claims:
            if claim_id not in target.claims:
                target.claims.append(claim_id)
        target.findings += line.findings
        if severity_rank(line.worst.severity) < severity_rank(target.worst.severity):
            target.worst = line.worst
        for value, who in line.sides.items():
            target.give(value, who, by_key=True)
        target.within |= line.within
    return out


def _text(line: _Line, names: dict[str, str]) -> str:
    finding = line.worst
    sides = [(v, tuple(who)) for v, who in line.sides.items()]
    if finding.kind == "quote" and line.group.startswith("quote words"):
        body = "Quotation differs: " + _phrase(sides, names, ("has", "have"))
    elif finding.kind == "quote" and finding.label == "truncated" and finding.severity == "info":
        body = ("Quoted in part, a short fragment of a longer quotation: "
                + _phrase(sorted(sides, key=lambda s: len(s[0])), names, ("quotes", "quote"), shorten=True))
    elif finding.kind == "quote" and finding.label == "truncated":
        body = ("Quoted at different lengths, the words agree: "
                + _phrase(sorted(sides, key=lambda s: len(s[0])), names, ("quotes", "quote"), shorten=True))
    elif finding.kind == "quote":
        body = f"Quotation {finding.label}: " + _phrase(sides, names, ("has", "have"), shorten=True)
    elif finding.kind in ("attribution", "contradiction") and finding.label in ("speaker differs", "actor"):
        body = f"{_title(finding)}: " + "; ".join(f"{outlets_phrase(who, names)} {'gives' if len(who) == 1 else 'give'} "
                                                 f"it to {v}" for v, who in sorted(sides, key=lambda s: len(s[1])))
    elif finding.kind == "fact" and "name" in finding.label:
        body = f"{_title(finding)}: " + _phrase(sides, names, ("writes", "write"))
    else:
        body = f"{_title(finding)}: " + _phrase(sides, names, ("says", "say"))
    outlets = {s for who in line.sides.values() for s in who}
    if line.within and len(outlets) == 1:
        # One outlet disagrees with itself: "ksnt.com says both “3” and “two”".
        body = (f"{_title(finding)}: {outlets_phrase(sorted(outlets), names)} says both "
                + " and ".join(f"“{v}”" for v in line.sides))
    elif line.within:
        body += "; " + outlets_phrase(sorted(line.within), names) + (" says both" if len(line.within) == 1 else " say both")
    reason = _reason(finding)
    return body + (f" — {reason}" if reason else "")


#: Fact findings about a person, shown again in a section of their own: a name, a title or an age is what
#: an editor most often has to correct, whatever sentence it sits in.
_PERSON_LABELS = frozenset({"name spelling", "name written two ways", "surname differs", "first name differs",
                            "name written differently", "fuller name", "surname spelling", "age differs",
                            "age may differ", "title differs", "residence differs"})
#: The section's heading, what it holds, and what it says when empty.
PEOPLE_SECTION = ("People: names, titles and ages",
                  "Where outlets name, describe or age one person differently (also listed above and in the claims).",
                  "No outlet names, describes or ages a person differently.")


def people_lines(lines: tuple[Disagreement, ...]) -> list[Disagreement]:
    """The lines about a person (a spelling, a title, an age, where they are from), below info."""
    return [d for d in lines if d.kind == "fact" and d.label in _PERSON_LABELS and d.severity != "info"]


def disagreements(report: Report) -> tuple[Disagreement, ...]:
    """The report's findings as one line per disagreement, most severe first (coverage notes left out).

    Args:
        report: A report (filtered or not: the lines gather the findings it holds).

    Returns:
        The lines, ordered by severity, then the claims' order.
    """
    texts = {a.source: a.text for a in report.sources}
    names = outlet_labels(report.sources)
    gathered = _fold([line for claim in report.claims for line in _claim_lines(claim, texts)])
    rank = {a.source: i for i, a in enumerate(report.sources)}
    for line in gathered:
        for who in line.sides.values():
            who.sort(key=lambda s: rank.get(s, len(rank)))
    order = {c.id: i for i, c in enumerate(report.claims)}
    out = [Disagreement(tuple(line.claims), line.worst.severity, line.worst.kind, line.worst.label,
                        _text(line, names), tuple((v, tuple(who)) for v, who in line.sides.items()),
                        tuple(line.findings))
           for line in gathered]
    return tuple(sorted(out, key=lambda d: (severity_rank(d.severity), _priority(d), order.get(d.claims[0], 0))))


#: Within a severity, what an editor checks first: a numeric conflict, who said what, a contradiction, an
#: altered quote, a hedge, other figures and facts, then quotations cut to different lengths.
_PRIORITY = {"conflict": 0, "speaker differs": 1, "actor": 1, "altered": 3, "qualifier differs": 4,
             "truncated": 6, "paraphrase": 7}


def _priority(line: Disagreement) -> int:
    if line.kind == "contradiction" and line.label != "actor":
        return 2
    return _PRIORITY.get(line.label, 5)
