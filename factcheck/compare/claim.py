"""Compare: turn one claim's mentions into findings (numbers, quotes, attribution, coverage) and a status.

Every pair of mentions is compared: across outlets, and inside one outlet (a live blog that says both
"5,000" and "more than 5,000" disagrees with itself). Identical findings from several pairs are merged
into one finding that lists every mention involved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from ..nlp import predication, verb_polarity
from ..quantities.intervals import compare_quantities, describe, match_quantities
from ..quantities.parse import parse_quantities
from ..quantities.units import singular
from ..quotes.fidelity import normalise_quote, quote_fidelity
from ..records import (
    SEVERITIES,
    Claim,
    Comparison,
    Finding,
    Kind,
    MentionContext,
    Quantity,
    Quote,
    Severity,
    Status,
    severity_rank,
)
from ..settings import Settings
from ..severity import short_fragment
from ..text.lexicon import EVENT_PREDICATES, STOP_WORDS
from ..text.names import person_like, same_person
from ..text.tokens import Words, tokenise
from .contradictions import content_overlap, find_contradictions

__all__ = ["MentionContext", "claim_status", "compare_claim", "compare_figures", "sentence_quantities"]


_CHANGE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|cut|cuts|reduc(?:e|es|ed|ing)|lower(?:s|ed)?|"
    r"r(?:ose|ises?|isen)|f(?:ell|alls?|allen)|jump(?:s|ed)?|drop(?:s|ped)?|climb(?:s|ed)?|sweeten(?:s|ed)?|"
    r"up from|down from|previous(?:ly)?|initial(?:ly)?|earlier|original(?:ly)?|revised?|already|another|other)\b",
    re.I)
#: Words that put a figure in a threat, plan or forecast: what might happen, not what did.
_HYPOTHETICAL = re.compile(
    r"\b(?:threat(?:s|en(?:s|ed)?)?|plan(?:s|ned)? to|propos(?:e|es|ed|al)|could|might|expect(?:s|ed)? to|"
    r"forecast(?:s)?|project(?:s|ed)? to|aim(?:s|ed)? to|want(?:s|ed)? to|pledg(?:e|es|ed) to|vow(?:s|ed)? to)\b",
    re.I)
#: What a count of these counts is an outlet's sourcing ("two law enforcement sources told CNN"), not the event.
_SOURCING = frozenset({"source"})


@lru_cache(maxsize=65536)
def _quantities(text: str, tolerance: float) -> tuple[Quantity, ...]:
    return tuple(parse_quantities(text, tolerance))


def sentence_quantities(text: str, settings: Settings) -> tuple[Quantity, ...]:
    """The quantities of a sentence, read once per text and tolerance (cached)."""
    return _quantities(text, settings.approx_tolerance)


def compare_figures(a: MentionContext, b: MentionContext, settings: Settings) -> list[Finding]:
    """The numeric findings between two mentions (cited as 0 and 1), by the rules a claim's mentions get."""
    return _numeric(a, b, 0, 1, settings)


def _numeric(a: MentionContext, b: MentionContext, ia: int, ib: int, settings: Settings) -> list[Finding]:
    out = []
    qa = list(_quantities(a.mention.text, settings.approx_tolerance))
    qb = list(_quantities(b.mention.text, settings.approx_tolerance))
    overlap: float | None = None
    for x, y in match_quantities(qa, qb):
        if x.counted in _SOURCING or y.counted in _SOURCING:
            continue
        result = compare_quantities(x, y)
        if result.severity is None:
            continue
        if result.label == "conflict":
            overlap = content_overlap(a.mention.text, b.mention.text) if overlap is None else overlap
            ta, tb = a.mention.text, b.mention.text
            if overlap < settings.conflict_overlap or _CHANGE.search(ta) or _CHANGE.search(tb) \
                    or bool(_HYPOTHETICAL.search(ta)) != bool(_HYPOTHETICAL.search(tb)) \
                    or _partitive(ta, x) != _partitive(tb, y) or not _same_context(ta, x, tb, y):
                # Disjoint figures in sentences that share little else, that tell of a change ("raised its
                # offer to $121bn", "up from $70"), where one is a threat or plan and the other what
                # happened ("threatened to fire four" / "fired 3"), or where one is the whole the other is
                # a part of ("21 ... of the more than 200 girls") are more often two facts than one fact
                # told two ways.
                result = Comparison("different figures", "low", "different figures, but the sentences may "
                                    "state different facts (little shared wording, a change, a plan or threat, "
                                    "or other words around the figures)")
            else:
                result = _same_predication(a, x, b, y, result)
        within = a.mention.source == b.mention.source
        if within and result.label == "conflict":
            # One article's own sentences: a live report's updates ("UPDATE 2:50 p.m.: five patients" / "UPDATE
            # 3:20 p.m.: six"), or two times or things ("77 percent after 2036" / "74 percent by 2085")
            result = Comparison("different figures", "low", "one outlet gives both figures: likely two times, two "
                                "things or an update, not a disagreement between outlets")
        detail = (f"{result.label}: {a.mention.source} says {describe(x)} and {describe(y)} — {result.detail}"
                  if within else f"{result.label}: {a.mention.source} says {describe(x)}, "
                  f"{b.mention.source} says {describe(y)} — {result.detail}")
        out.append(Finding("numeric", result.severity or "info", detail, (ia, ib), result.label, within,
                           values=(x.text, y.text)))
    return out


def _same_predication(a: MentionContext, x: Quantity, b: MentionContext, y: Quantity, result: Comparison) -> Comparison:
    """A conflict stays high only when the parse shows both figures in one predication: the same verb (or
    two verbs counting one thing: "killed"/"dead") said of the same subject. Different verbs or subjects
    ("Savoy ... 2.5 years of probation" / "he ... one year") are two facts; a figure with no verb (a
    headline fragment) or a pronoun subject cannot be told apart, so it is at most medium."""
    if a.doc is None or b.doc is None:
        return result
    pa = predication(a.doc, x.start, x.end)
    pb = predication(b.doc, y.start, y.end)
    if pa.verb is None or pb.verb is None:
        return Comparison(result.label, "medium", result.detail + " (no verb to show it is one statement)")
    same_verb = pa.verb == pb.verb or EVENT_PREDICATES.get(pa.verb, pa.verb) == EVENT_PREDICATES.get(pb.verb, pb.verb)
    if not same_verb or (pa.subject and pb.subject and not pa.subject & pb.subject):
        return Comparison("different figures", "low", "different figures said of different actions or subjects "
                          "(likely two facts)")
    if pa.pronoun or pb.pronoun:
        return Comparison(result.label, "medium", result.detail + " (a pronoun subject: check who it is)")
    return result


_PARTITIVE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|those|these|all)\s*$", re.I)


def _partitive(text: str, q: Quantity) -> bool:
    """Whether the figure names a whole that something else is part of ("21 of the 276 girls", "the
    first release of any of the more than 200 girls")."""
    return bool(_PARTITIVE.search(text[:q.start]))


def _context(text: str, q: Quantity) -> set[str]:
    """Content words around a figure, outside its own noun phrase: three before it, and two after the
    counted noun ("two [law enforcement] sources told CNN" -> before..., told, cnn)."""
    before = tokenise(text[:q.start].lower(), Words.LETTERS)
    after = tokenise(text[q.end:].lower(), Words.LETTERS)
    if q.counted:
        ends = [k for k, w in enumerate(after[:4]) if singular(w) == q.counted]
        after = after[ends[0] + 1:] if ends else after
    return {singular(w) for w in before[-4:] + after[:3] if w not in STOP_WORDS and len(w) > 2}


def _same_context(ta: str, qa: Quantity, tb: str, qb: Quantity) -> bool:
    """Whether two figures are said of the same thing in the same way ("27 hurt" / "25 hurt"), not of two
    things that share a noun ("released 21 girls" / "kidnapped more than 200 girls")."""
    shared = _context(ta, qa) & _context(tb, qb)
    return bool(shared - {qa.counted, qb.counted, None})


def _quotes(a: MentionContext, b: MentionContext, ia: int, ib: int, settings: Settings) -> list[Finding]:
    out = []
    for x in a.quotes:
        for y in b.quotes:
            nx, ny = normalise_quote(x.text), normalise_quote(y.text)
            if min(len(nx.split()), len(ny.split())) < settings.quote_min_words:
                continue
            # The same quotation, rendered with words inserted ("an awkward pass 25 years ago") still
            # keeps every word of the shorter version: token-set similarity catches it when long enough.
            long_enough = min(len(nx.split()), len(ny.split())) >= settings.quote_insert_words
            if fuzz.partial_ratio(nx, ny) < settings.quote_match and not (
                    long_enough and fuzz.token_set_ratio(nx, ny) >= settings.quote_insert_match):
                continue
            if (f" {nx} " not in f" {ny} " and f" {ny} " not in f" {nx} " and a.article and b.article
                    and f" {nx} " in f" {b.article} " and f" {ny} " in f" {a.article} "):
                continue  # each outlet carries both quotations word for word: two quotations, not two versions
            fidelity = quote_fidelity(x.text, y.text, settings)
            if x.speaker and y.speaker and person_like(x.speaker) and person_like(y.speaker) \
                    and not same_person(x.speaker, y.speaker):
                # Only two attributions the texts state outright are a misattribution to act on; one
                # inferred from "he said" is worth a look, not an alarm. Two quotations that share a phrase
                # but differ around it ("These guys are on the wrong side of history" / "I think it shows
                # they are on the wrong side of history") may be two people using one phrase.
                named = _named(x) and _named(y)
                short, long = sorted((nx, ny), key=len)
                one = fidelity.label in ("verbatim", "trivial") or (
                    f" {short} " in f" {long} " and not short_fragment((x.text, y.text), settings))
                why = ("" if named and one else " (one attribution is inferred from a pronoun)" if not named
                       else " (the two quotations differ around the shared words: perhaps one phrase used by two people)")
                out.append(Finding(
                    "attribution", "high" if named and one else "medium" if named else "low",
                    f"the same words are attributed to {x.speaker} by {a.mention.source} and to {y.speaker} "
                    f"by {b.mention.source}{why}", (ia, ib), "speaker differs", values=(x.speaker, y.speaker)))
            if fidelity.severity is None:
                continue
            out.append(Finding(
                "quote", fidelity.severity,
                f"{fidelity.label} quote: {fidelity.detail} ({a.mention.source} vs {b.mention.source})",
                (ia, ib), fidelity.label, a.mention.source == b.mention.source, fidelity.diff or None,
                (x.text, y.text)))
    return out


def _also_given(f: Finding, contexts: Sequence[MentionContext], settings: Settings) -> Finding:
    """A figure conflict between two outlets, made low when one of them also states, in another sentence of
    the claim, the other's figure: a live report that passes on an early count and later corrects it, or
    two counts of two things, not two outlets disagreeing."""
    if f.kind != "numeric" or f.label != "conflict" or len(f.mentions) != 2 or len(f.values) != 2:
        return f
    sides = [contexts[i] for i in f.mentions]
    if sides[0].mention.source == sides[1].mention.source:
        return f
    figures = [next((q for q in _quantities(c.mention.text, settings.approx_tolerance) if q.text == v), None)
               for c, v in zip(sides, f.values, strict=True)]
    for k, (side, other) in enumerate(((sides[0], figures[1]), (sides[1], figures[0]))):
        if other is None:
            continue
        for c in contexts:
            if c.mention.source != side.mention.source or c is sides[k]:
                continue
            if any(q.counted == other.counted and compare_quantities(q, other).severity in (None, "info")
                   for q in _quantities(c.mention.text, settings.approx_tolerance)):
                return replace(f, severity=Severity.LOW, label="different figures",
                               detail=f"{f.detail} ({side.mention.source} also gives {other.text} elsewhere: "
                               "an earlier count, or two things counted)")
    return f


def _checkable(contexts: Sequence[MentionContext], settings: Settings) -> list[str]:
    """What makes a single-outlet claim checkable, strongest first: figures, then attributed quotations."""
    hooks: list[str] = []
    figures = [q.text for c in contexts for q in _quantities(c.mention.text, settings.approx_tolerance)
               if q.unit or q.counted]
    if figures:
        hooks.append("figures " + ", ".join(dict.fromkeys(figures)))
    speakers = [q.speaker for c in contexts for q in c.quotes
                if q.speaker and len(q.text.split()) >= settings.quote_min_words]
    if speakers:
        hooks.append("quotation from " + ", ".join(dict.fromkeys(speakers)))
    return hooks


def _named(q: Quote) -> bool:
    """Whether the text names the quotation's speaker itself (not "he said")."""
    return bool(q.speaker_text) and str(q.speaker_text).lower() not in ("he", "she", "they")


def _contradictions(a: MentionContext, b: MentionContext, ia: int, ib: int, settings: Settings,
                    skip_actor: bool) -> list[Finding]:
    out = []
    for c in find_contradictions(a.mention.text, b.mention.text, a.speaker, b.speaker, settings):
        if c.rule == "actor":
            if skip_actor:
                continue
            if not (a.speaker_named and b.speaker_named):
                c = replace(c, severity="low")
            detail = (f"rule actor: {a.mention.source} gives this to {a.speaker}, {b.mention.source} to "
                      f"{b.speaker}")
            values: tuple[str, ...] = (a.speaker or "", b.speaker or "")
        else:
            detail, values = f"{c.detail} ({a.mention.source} vs {b.mention.source})", c.values
            if c.rule == "polarity" and not _parse_confirms(a, b):
                # The word window saw a negation; the parse does not find one verb negated in one version
                # only ("did not have a magazine" / "removed the magazine"; "has yet to be charged" /
                # "has not been charged"; "no arrests were made" / "no one was arrested"): no clash.
                continue
            frames = _other_frames(a, b) if c.rule == "polarity" and c.severity == "high" else []
            if frames:
                # "the gun in Sunday's case was not stolen" / "in that case, the gun was stolen": one phrase
                # set in two frames that its words tell apart is likely said of two things
                c = replace(c, severity="medium")
                detail += f" — said in different frames ({'; '.join(frames)})"
            if c.rule == "polarity" and _quoted(a, settings) and _quoted(b, settings) and not _one_speaker(a, b):
                # Each outlet quotes someone; two people's accounts may differ ("a straight road" / "not a
                # straight road") without either outlet asserting anything. Unless the quotes are known to
                # be one person's words, the sources disagree, not the outlets.
                c = replace(c, severity="low")
                detail += " — both versions are quotations, not known to be from one speaker"
        out.append(Finding("contradiction", c.severity, detail, (ia, ib), c.rule, values=values))
    return out


def _parse_confirms(a: MentionContext, b: MentionContext) -> bool:
    """Whether the parse finds a verb both versions use, negated in one only (true when either is unparsed)."""
    if a.doc is None or b.doc is None:
        return True
    pa, pb = verb_polarity(a.doc), verb_polarity(b.doc)
    clashing = [v for v in set(pa) & set(pb) if pa[v] != pb[v]]
    # "be" and "have" say little by themselves: "It was the first time" and "This isn't the first time"
    # share only the copula. Such a clash counts when both say it of the same named subject.
    return any(v not in _LIGHT_VERBS or _light_subjects(a.doc, v) & _light_subjects(b.doc, v) for v in clashing)


_LIGHT_VERBS = frozenset({"be", "have"})


def _other_frames(a: MentionContext, b: MentionContext) -> list[str]:
    """Prepositional phrases the versions share by head ("in ... case") but specify otherwise ("Sunday's" /
    "that"), as "in Sunday's case / in that case": the versions then likely speak of different things."""
    if a.doc is None or b.doc is None:
        return []
    fa, fb = _frames(a.doc), _frames(b.doc)
    return [f"{fa[k][1]} / {fb[k][1]}" for k in fa.keys() & fb.keys() if fa[k][0] != fb[k][0]]


def _frames(doc: Any) -> dict[tuple[str, str], tuple[frozenset[str], str]]:
    """Each prepositional phrase by (preposition, head noun): the words that specify the noun (articles set
    aside: "a case" and "the case" are one frame) and the phrase as written."""
    out: dict[tuple[str, str], tuple[frozenset[str], str]] = {}
    for prep in doc:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                spec = frozenset(c.lower_ for c in obj.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                                 and c.lower_ not in ("a", "an", "the"))
                out[(prep.lower_, obj.lemma_.lower())] = (spec, doc[prep.i:obj.i + 1].text)
    return out


def _light_subjects(doc: Any, lemma: str) -> set[str]:
    """Content lemmas of the subjects of ``lemma`` in ``doc`` (pronouns left out)."""
    return {t.lemma_.lower() for v in doc if v.lemma_.lower() == lemma
            for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}


def _quoted(c: MentionContext, settings: Settings) -> bool:
    """Whether the mention is mostly direct speech: ``quoted_share`` of its words inside quotation marks, or the
    close of a quotation opened in an earlier sentence (ends on ” with no “ of its own)."""
    text = c.mention.text.rstrip()
    if text.endswith("”") and "“" not in text:
        return True
    quoted = sum(len(q.text.split()) for q in c.quotes)
    return quoted >= settings.quoted_share * len(c.mention.text.split())


def _one_speaker(a: MentionContext, b: MentionContext) -> bool:
    """Whether both mentions' quotations are known to come from one person."""
    if not (a.quotes and b.quotes):
        return False
    who = [q.speaker for q in a.quotes + b.quotes]
    named = [w for w in who if w]
    return len(named) == len(who) and all(same_person(x, y) for x in named for y in named)


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per (kind, label, values); mention indices of repeated pairs are unioned."""
    merged: dict[tuple[object, ...], Finding] = {}
    for f in findings:
        key = (f.kind, f.label, f.within_source, frozenset(f.values))
        if key in merged:
            old = merged[key]
            merged[key] = Finding(old.kind, old.severity, old.detail,
                                  tuple(sorted(set(old.mentions) | set(f.mentions))), old.label,
                                  old.within_source, old.diff, old.values)
        else:
            merged[key] = f
    return sorted(merged.values(), key=lambda f: (severity_rank(f.severity), f.kind, f.mentions))


def claim_status(findings: Sequence[Finding], sources: int) -> tuple[Status, Severity]:
    """``(status, severity)`` of a claim from its findings and how many outlets carry it."""
    worst = min((severity_rank(f.severity) for f in findings if f.kind != Kind.COVERAGE),
                default=severity_rank(Severity.INFO))
    severity = SEVERITIES[worst]
    if sources < 2 and not any(f.within_source and f.severity != Severity.INFO for f in findings):
        coverage = [f.severity for f in findings if f.kind == Kind.COVERAGE]
        return Status.SINGLE_SOURCE, Severity(coverage[0]) if coverage else Severity.INFO
    if severity == Severity.HIGH:
        return Status.CONFLICT, severity
    if severity in (Severity.MEDIUM, Severity.LOW):
        return Status.DIFFERS, severity
    return Status.AGREES, severity


def compare_claim(claim_id: str, contexts: Sequence[MentionContext], settings: Settings | None = None) -> Claim:
    """Compare the mentions of one claim.

    Args:
        claim_id: Id to give the claim.
        contexts: The mentions (ordered by source then position) with their quotations.
        settings: Tolerances and quote thresholds.

    Returns:
        The claim with its findings, status and severity.
    """
    settings = settings or Settings()
    findings: list[Finding] = []
    for i, a in enumerate(contexts):
        for j in range(i + 1, len(contexts)):
            b = contexts[j]
            findings.extend(_numeric(a, b, i, j, settings))
            if a.mention.source != b.mention.source:
                quoted = _quotes(a, b, i, j, settings)
                findings.extend(quoted)
                misattributed = any(f.label == "speaker differs" for f in quoted)
                findings.extend(_contradictions(a, b, i, j, settings, skip_actor=misattributed))
    findings = [_also_given(f, contexts, settings) for f in findings]
    sources = list(dict.fromkeys(c.mention.source for c in contexts))
    if len(sources) == 1:
        hooks = _checkable(contexts, settings)
        what = ("what an editor can check: " + "; ".join(hooks)) if hooks else "nothing another outlet confirms"
        findings.append(Finding("coverage", "low" if hooks else "info", f"only {sources[0]} reports this ({what})",
                                tuple(range(len(contexts))), "single source", values=tuple(hooks)))
    merged = _merge(findings)
    status, severity = claim_status(merged, len(sources))
    return Claim(claim_id, tuple(c.mention for c in contexts), tuple(merged), status, severity)
