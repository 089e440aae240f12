"""Severity: one table of what each kind of finding weighs for an editor, and the one pass that applies it.

The rules that make findings (numbers, quotations, contradictions, facts) give each the severity their
evidence supports; this table bounds every ``(kind, label)`` between a floor and a ceiling, says why, and
marks what is no discrepancy at all (a fragment quoted from a longer quotation) as info: kept for tools and
benchmarks, never counted against an outlet. The README publishes the same table
(:func:`table_markdown`), so what an editor reads and what the code does cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import import_module
from typing import TYPE_CHECKING

from .records import Claim, Finding, severity_rank

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["TABLE", "SeverityRule", "add_row", "calibrate_claim", "fragment", "rows", "rule_for", "short_fragment",
           "table_markdown"]


@dataclass(frozen=True)
class SeverityRule:
    """How much one kind of finding weighs.

    Attributes:
        kind: ``Finding.kind``.
        label: ``Finding.label``.
        shown: The severity as the README states it, with its condition when it has one.
        floor: The lowest severity the finding may have.
        cap: The highest severity it may have.
        reason: Why, in an editor's words.
    """

    kind: str
    label: str
    shown: str
    floor: str
    cap: str
    reason: str


_R = SeverityRule
#: Every (kind, label) a rule can report, its severity and why. Order: as the README lists them.
TABLE: tuple[SeverityRule, ...] = (
    _R("numeric", "conflict", "medium", "medium", "medium",
       "two figures for one fact that cannot both be right, or two times or two things counted: on unseen "
       "news the sentence pair was more often the second (0 of 5 judged right as high)"),
    _R("numeric", "qualifier differs", "medium; low when the hedge only widens the figure (about, up to)",
       "low", "medium", "“more than 5,000” says something “5,000” does not; “about 5,000” does not contradict it"),
    _R("numeric", "different figures", "low", "low", "low",
       "the sentences may state two facts; worth a glance, not an alarm"),
    _R("numeric", "compatible", "low", "low", "low", "different figures, but one's wording allows the other"),
    _R("numeric", "rounding", "low", "low", "low", "one figure is a rounding of the other"),
    _R("numeric", "unit differs", "info; low when the figures also differ by rounding", "info", "low",
       "the same amount in other units is house style"),
    _R("numeric", "same value, different format", "info", "info", "info",
       "house style: £1.6bn and £1.6 billion are one figure"),
    _R("attribution", "speaker differs", "medium", "medium", "medium",
       "who said what: a quotation given to another person is a correction, or one phrase used by two people"),
    _R("contradiction", "actor", "medium", "medium", "medium",
       "who said or did what: the statement is given to different people"),
    _R("contradiction", "polarity", "medium; low when both versions quote people not known to be one",
       "low", "medium", "one outlet says the opposite of the other, or two sentences say different things "
       "(0 of 5 judged right as high on unseen news); between two people's quotations the sources disagree"),
    _R("contradiction", "day", "medium", "medium", "medium", "different weekdays for one event"),
    _R("quote", "altered", "medium for a changed number or negation, or more than two words changed; low for "
       "one or two", "low", "medium",
       "a misquote, or two parts or two tellings of one statement (0 of 3 judged right as high on unseen "
       "news); one or two words are often a transcription difference"),
    _R("quote", "paraphrase", "low", "low", "low", "close in meaning, different words, presented as a quote"),
    _R("quote", "truncated", "low; info (not a discrepancy) when the shorter version is a fragment of five "
       "words or fewer", "info", "low", "quoting part of what was said is normal practice; a scare-quoted "
       "phrase is not a misquote"),
    _R("quote", "trivial", "info", "info", "info", "punctuation, case, contractions or spelling only"),
    _R("fact", "count differs", "medium in both opening sentences, in the outlets' own words, published "
       "within a day; low otherwise", "low", "medium",
       "a different toll in the lead is what readers take away, but tolls change by the hour and one may "
       "count the shooter (0 of 4 judged right as high on unseen news)"),
    _R("fact", "total differs", "low", "low", "low",
       "one outlet's killed and injured do not add up to another's count of the shot; outlets count the "
       "trampled, the unhurt and the shooter differently"),
    _R("fact", "different scope", "low", "low", "low", "a part, a running total or another group"),
    _R("fact", "age differs", "high when each outlet states one age in its own words; else medium or low; "
       "at most medium when one age is given to the part the person plays (“the shooter”)",
       "low", "high", "a person's age is checkable and often wrong"),
    _R("fact", "age may differ", "low", "low", "low",
       "one outlet's only age no other age of the other accounts for, close to the other's, of people nothing "
       "tells apart: likely one person's age told two ways, but outlets often describe different people"),
    _R("fact", "title differs", "medium for two ranks of one ladder or two partners; low when one is fuller",
       "low", "medium", "a wrong rank or relationship misdescribes a person"),
    _R("fact", "name spelling", "medium", "medium", "medium",
       "a misspelt name of one person is an error, not house style"),
    _R("fact", "first name differs", "medium when both outlets give one age; else low", "low", "medium",
       "one surname and close first names, each outlet naming one: likely one person misnamed"),
    _R("fact", "surname differs", "medium", "medium", "medium",
       "the same first name and age with another surname, each outlet naming one: likely one person misnamed"),
    _R("fact", "transliteration", "info", "info", "info",
       "house style: Zelensky and Zelenskyy are one name transliterated two ways"),
    _R("fact", "name written differently", "low", "low", "low", "punctuation or case of a name"),
    _R("fact", "fuller name", "low", "low", "low", "a middle name or suffix more"),
    _R("fact", "surname spelling", "low", "low", "low", "close surnames of different people: one family?"),
    _R("fact", "name written two ways", "low", "low", "low",
       "one outlet spells one person's name two ways, a letter apart: a slip to correct"),
    _R("fact", "spelling differs", "medium", "medium", "medium",
       "a place, venue or surname spelt one letter apart by outlets that never write the other spelling"),
    _R("fact", "detail differs", "low", "low", "low",
       "two outlets' versions of one sentence give one detail (a figure, a day, a name, a relative) differently; "
       "sentences alike in most words can still tell of two things"),
    _R("fact", "weekday differs", "medium; low for a night that spans two dates, a call against the event, "
       "or an arrest", "low", "medium", "the day of the event, a weekday checked against the other's date"),
    _R("fact", "date differs", "medium; low for a night that spans two dates, a call against the event, "
       "or an arrest", "low", "medium", "the date of the event"),
    _R("fact", "time differs", "medium from 15 minutes apart; else low; low for a call against the event, "
       "an arrest, when the scene was found, or hedges that reach each other; none for whole hours apart "
       "when a time zone is named", "low", "medium",
       "the time of the event, of the call to police, or when the scene was found"),
    _R("fact", "time of day differs", "medium when a clock time falls two hours or more outside the part of the "
       "day another outlet gives; else low", "low", "medium",
       "“Friday afternoon” and “11:30 a.m.” cannot both time one shooting"),
    _R("fact", "wound site differs", "low", "low", "low",
       "one person hit in two places neither of which lies in the other; an event may have several wounded"),
    _R("fact", "times hit differs", "low", "low", "low",
       "how many times a person was shot or struck: a lead, since an outlet may count one wound site or mean "
       "another victim"),
    _R("fact", "residence differs", "low", "low", "low",
       "where a person is from: one outlet may name the neighbourhood, the other the city"),
    _R("fact", "place differs", "low", "low", "low",
       "the event put in two towns or areas neither outlet names in the other's article: one may lie within "
       "the other"),
    _R("fact", "death place differs", "low", "low", "low",
       "one death put at the scene by one outlet and at a hospital by another"),
    _R("fact", "condition differs", "low", "low", "low",
       "the condition of the wounded changes by the hour; outlets ask at different times"),
    _R("fact", "street differs", "medium", "medium", "medium", "a close variant of the street's name"),
    _R("fact", "street type differs", "medium", "medium", "medium", "the same name with another street type"),
    _R("fact", "street written two ways", "low", "low", "low",
       "one outlet writes one street two ways (another type, a letter apart): a slip, or two streets"),
    _R("fact", "street direction differs", "medium", "medium", "medium",
       "the same street with another compass point: East and West Washington Street are miles apart"),
    _R("fact", "block differs", "medium in both opening sentences; else low", "low", "medium",
       "the event's block on one street; later paragraphs may place an arrest or a flight further along"),
    _R("fact", "house number differs", "medium in both opening sentences; else low", "low", "medium",
       "another house on the same block of one street"),
    _R("fact", "cross street differs", "medium", "medium", "medium",
       "one corner placed on two cross streets, neither outlet naming the other's"),
    _R("fact", "amount differs", "low", "low", "low",
       "an amount given to one thing (a bond, a reward) read from a looser parse: a lead to check"),
    _R("coverage", "single source", "low with figures or attributed quotations; else info (own section, "
       "not counted as a finding)", "info", "low", "one outlet alone is something to confirm, not a "
       "disagreement"),
)
_BY_KEY = {(r.kind, r.label): r for r in TABLE}
#: Rows brought by rules registered elsewhere (a contradiction rule names its bounds where it is written,
#: see :func:`factcheck.compare.contradictions.rule`), so adding a rule touches its own module only.
_ADDED: dict[tuple[str, str], SeverityRule] = {}


def add_row(row: SeverityRule) -> None:
    """Bound one more ``(kind, label)``; listed after the table's rows of its kind.

    Raises:
        ValueError: When the table already bounds that kind and label.
    """
    key = (row.kind, row.label)
    if key in _BY_KEY or key in _ADDED:
        raise ValueError(f"the severity table already bounds {key}")
    _ADDED[key] = row


def rows() -> tuple[SeverityRule, ...]:
    """Every row: :data:`TABLE` and the rows registered rules added, each after the rows of its kind."""
    _load_rules()
    kinds = list(dict.fromkeys(r.kind for r in TABLE))
    return tuple(sorted((*TABLE, *_ADDED.values()), key=lambda r: kinds.index(r.kind) if r.kind in kinds else len(kinds)))


def _load_rules() -> None:
    # Importing the rule modules registers their rows (the pipeline has imported them already).
    import_module("factcheck.compare.contradictions")


def rule_for(kind: str, label: str) -> SeverityRule | None:
    """The table's row for a finding's kind and label, or ``None`` for one the table does not know.

    >>> rule_for("fact", "transliteration").cap
    'info'
    """
    found = _BY_KEY.get((kind, label))
    if found is None:
        _load_rules()
        found = _ADDED.get((kind, label))
    return found


def fragment(finding: Finding, settings: Settings) -> bool:
    """Whether the finding is no discrepancy at all: a truncation whose shorter version is a fragment of
    ``settings.scare_quote_max_words`` words or fewer ("boots on the ground" against the full sentence).

    >>> from .settings import Settings
    >>> f = Finding("quote", "low", "", (0, 1), "truncated", values=("boots on the ground", "we will put boots on the ground"))
    >>> fragment(f, Settings())
    True
    """
    if finding.kind != "quote" or finding.label != "truncated" or not finding.values:
        return False
    return short_fragment(finding.values, settings)


def short_fragment(versions: Sequence[str], settings: Settings) -> bool:
    """Whether the shortest of a quotation's versions is ``settings.scare_quote_max_words`` words or fewer:
    a phrase anyone may quote ("boots on the ground"), not a statement of one speaker's."""
    return min(len(v.split()) for v in versions) <= settings.scare_quote_max_words


def _bounded(finding: Finding, settings: Settings) -> Finding:
    rule = rule_for(finding.kind, finding.label)
    if rule is None:
        return finding
    rank = min(max(severity_rank(finding.severity), severity_rank(rule.cap)), severity_rank(rule.floor))
    if fragment(finding, settings):
        rank = severity_rank("info")
    severity = ("high", "medium", "low", "info")[rank]
    return finding if severity == finding.severity else replace(finding, severity=severity)


def calibrate_claim(claim: Claim, settings: Settings) -> Claim:
    """The claim with every finding bounded by :data:`TABLE` (fragments as info), status recomputed."""
    from .compare.claim import claim_status

    findings = tuple(sorted((_bounded(f, settings) for f in claim.findings), key=lambda f: severity_rank(f.severity)))
    if findings == claim.findings:
        return claim
    status, severity = claim_status(findings, len(claim.sources))
    return replace(claim, findings=findings, status=status, severity=severity)


def table_markdown() -> str:
    """The table as the README shows it."""
    lines = ["| kind | label | severity | why |", "|---|---|---|---|"]
    lines += [f"| {r.kind} | {r.label} | {r.shown} | {r.reason} |" for r in rows()]
    return "\n".join(lines)
