"""Quote extraction: find quotations and their speakers in an article.

Quotations are double-quoted spans (curly or straight), single-quoted spans long enough not to be scare
quotes, pieces split by an attribution ("...," he said, "..."), and paragraphs that continue an unclosed
quote. Speakers come from the attribution around the quote; pronouns resolve to the last named speaker
in the same article, and anything the text does not support stays unknown. ``clip_quotes`` gives a sentence
the part of each quotation it holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..records import Article, Quote, Sentence
from ..settings import Settings
from ..text.names import NAME, NOT_NAMES, alias, clean_name, learn_aliases
from ..text.quotation import Span, quotation_spans

__all__ = ["clip_quotes", "extract_quotes", "sentence_speakers"]

_VERBS = (
    r"said|says|added|adds|told|tells|insisted|insists|warned|warns|declared|declares|wrote|writes|posted|"
    r"stated|explained|continued|went on|argued|asked|replied|noted|admitted|conceded|claimed|urged|"
    r"acknowledged|stressed|announced|confirmed|tweeted|remarked|praised|criticised|criticized|welcomed|echoed|"
    r"slammed|pledged|vowed|promised|suggested|indicated|hit back|responded"
)
_ROLE = r"(?:the\s+)?(?:PM|prime minister|Prime Minister|president|President|chancellor|minister|she|he|they)"
_SPEAKER_BEFORE = re.compile(rf"(?P<who>{NAME}|{_ROLE})(?:,[^,“”\"]{{0,80}},)?\s+(?:{_VERBS})\b[^“”\"]{{0,60}}$")
_SPEAKER_AFTER = re.compile(rf"^[\s,]*(?:(?:{_VERBS})\s+(?P<who1>{NAME}|{_ROLE})|(?P<who2>{NAME}|{_ROLE})\s+(?:{_VERBS}))\b")
_NAMED_SPEECH = re.compile(
    rf"(?P<who>{NAME})(?:,[^,“”\"]{{0,80}},)?,?\s+(?:later\s+|also\s+|then\s+|has\s+|had\s+)?(?:{_VERBS})\b")
_ACCORDING = re.compile(rf"according to (?P<who>{NAME})")
_PRONOUNS = {"he", "she", "they"}
_ROLES = {"pm", "prime minister", "president", "chancellor", "minister"}


def _embedded(paragraph: str, start: int) -> bool:
    """Whether the quotation opening at ``start`` sits inside the writer's own clause ("any peace deal “must
    be backed by strength”, Starmer said: “We will...”"): a fragment the writer quotes, not the first piece
    of a quotation an attribution splits, so the next quotation is not joined to it.

    >>> _embedded("Declaring that any peace deal “must be backed”, he said: “We will go.”", 30)
    True
    >>> _embedded("He said: “We must,” he added, “go.”", 9)
    False
    """
    before = paragraph[:start].rstrip()
    last = re.search(r"(\w+)$", before)
    return last is not None and last.group(1)[:1].islower() and not re.fullmatch(_VERBS, last.group(1))


# A name right after a preposition is a place or an organisation, not the speaker ("in Sao Paulo said",
# "a spokesperson for Buhari, Garba Shehu, said", "at the World Economic Forum").
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|of|for|by|with|on|into|about|against|near|journal|outlet|newspaper)\s+(?:the\s+|a\s+)?$", re.I)


def _subject(text: str, m: re.Match[str], group: str = "who", pronouns: bool = False) -> bool:
    """Whether the name matched as ``group`` can be the subject of its speech verb (a pronoun only
    when ``pronouns``: a quote's "he said" is resolved later, a sentence's "He said" is not a name)."""
    who = m.group(group)
    return bool(who) and (who.split()[0] not in NOT_NAMES or (pronouns and who in ("He", "She", "They"))) \
        and not _AFTER_PREPOSITION.search(text[:m.start(group)])


def _attribution(before: str, after: str) -> str | None:
    m = _SPEAKER_AFTER.match(after)
    if m:
        group = "who1" if m.group("who1") else "who2"
        if _subject(after, m, group, pronouns=True):
            return m.group(group)
    tail = before[-200:]
    m = _SPEAKER_BEFORE.search(tail)
    if m and _subject(tail, m, pronouns=True):
        return m.group("who")
    m = _ACCORDING.search(after[:120]) or _ACCORDING.search(tail)
    return m.group("who") if m else None


def extract_quotes(article: Article, settings: Settings | None = None) -> tuple[Quote, ...]:
    """Every quotation in ``article`` with its speaker where the text supports one.

    Args:
        article: The article.
        settings: ``quote_min_words`` decides what is a scare quote; ``pronoun_paragraphs`` how far back
            "he said" reaches for a name.

    Returns:
        Quotes in article order; offsets point into ``article.text``.
    """
    speakers = _Speakers(article.text, settings or Settings())
    quotes: list[Quote] = []
    offset = 0
    carry: str | None = None  # speaker of a quote left open at the end of the previous paragraph
    for paragraph in article.text.split("\n"):
        found, carry = _paragraph_quotes(paragraph, offset, speakers, carry)
        quotes += found
        offset += len(paragraph) + 1
    return tuple(quotes)


@dataclass
class _Speakers:
    """Who an article has named so far, as it is read paragraph by paragraph: what "he said" and "the prime
    minister said" refer to."""

    text: str
    settings: Settings
    aliases: dict[str, str] = field(default_factory=dict)  # "starmer"/"keir" -> "Keir Starmer" as named here
    last_named: str | None = None
    named_at: int = -9  # paragraph number where last_named was set: a pronoun reaches back two at most
    paragraph_no: int = -1
    role_names: dict[str, frozenset[str]] = field(default_factory=dict)  # role -> names given its holder, found once

    def name(self, name: str) -> str | None:
        """Record ``name`` (its fullest form in the article) as the last person named; return that form."""
        self.last_named, self.named_at = alias(self.aliases, name), self.paragraph_no
        return self.last_named

    def resolve(self, who: str) -> str | None:
        """The person an attribution's ``who`` ("he", "the PM", "Starmer") refers to, or ``None``."""
        bare = who.lower().removeprefix("the ")
        if bare in _PRONOUNS:
            return self.last_named if self.paragraph_no - self.named_at <= self.settings.pronoun_paragraphs else None
        if bare in _ROLES or not clean_name(who):
            return _role_holder(self.text, bare, self.aliases, self.role_names)
        return self.name(clean_name(who))


def _paragraph_quotes(paragraph: str, base: int, speakers: _Speakers,
                      carry: str | None) -> tuple[list[Quote], str | None]:
    """The quotations of one paragraph (at offset ``base``), and the speaker of one it leaves open."""
    speakers.paragraph_no += 1
    settings = speakers.settings
    spans = quotation_spans(paragraph, settings.quote_min_words, settings.scare_quote_max_words)
    learn_aliases(speakers.aliases, paragraph)
    # People named as saying something, in order: what "he said" can refer back to.
    # A role we cannot name ("the PM hit back") still changes who "he" is: it is recorded as "".
    speech = [(m.start(), clean_name(m.group("who"))) for m in _NAMED_SPEECH.finditer(paragraph)
              if _subject(paragraph, m)]
    if not spans:
        if speech:
            speakers.name(speech[-1][1])
        return [], None
    quotes: list[Quote] = []
    for group in _pieces(paragraph, spans):
        first, last = group[0], group[-1]
        words = " ".join(paragraph[s.inner_start:s.inner_end].strip().rstrip(",") for s in group)
        who = _attribution(paragraph[:first.start], paragraph[last.end:])
        if who is None and len(group) > 1:
            who = _attribution("", paragraph[first.end:last.start])
        for pos, name in speech:
            if pos < first.start:
                speakers.name(name)
        speaker: str | None = None
        if who is None and first.start == 0 and carry is not None:
            speaker = carry  # a paragraph that opens a quote continues the previous speaker
        elif who is not None:
            speaker = speakers.resolve(who)
        quotes.append(Quote(words.rstrip(",").strip(), base + first.start, base + last.end, speaker, who))
        unclosed = last.end >= len(paragraph) and not paragraph.rstrip().endswith(("”", '"'))
        carry = speaker if unclosed or last.end >= len(paragraph.rstrip()) else None
    for pos, name in speech:
        if pos > spans[-1].end:
            speakers.name(name)
    return quotes, carry


def _pieces(paragraph: str, spans: list[Span]) -> list[list[Span]]:
    """The spans grouped into quotations: pieces split by an attribution ("...," he said, "...") are one."""
    groups: list[list[Span]] = []
    for span in spans:
        between = paragraph[groups[-1][-1].end:span.start] if groups else ""
        if groups and re.fullmatch(rf"[\s,]*(?:\S+\s+){{0,4}}?(?:{_VERBS})(?:\s+\S+){{0,4}}?[\s,:.]*", between) \
                and not _embedded(paragraph, groups[-1][0].start):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _role_holder(text: str, role: str, aliases: dict[str, str], cache: dict[str, frozenset[str]]) -> str | None:
    """The person an article names with ``role`` ("Prime Minister Keir Starmer", "Tusk, the Polish PM").

    The article is scanned once per role (``cache``); only the aliasing, which grows as the article is read,
    is applied per call. Scanning per quotation made extraction quadratic in article length.
    """
    if role not in cache:
        cache[role] = _role_names(text, role)
    holders = {alias(aliases, name) or name for name in cache[role]}
    return holders.pop() if len(holders) == 1 else None


def _role_names(text: str, role: str) -> frozenset[str]:
    """The distinct names ``text`` gives the holder of ``role``, before aliasing."""
    role_re = "PM|prime minister" if role in ("pm", "prime minister") else re.escape(role)
    names = set()
    pattern = rf"(?P<adj>\b[A-Z][\w’'‘]+\s+)?(?i:{role_re})\s+(?P<a>{NAME})|(?P<b>{NAME}),\s+the\s+(?P<adj2>\w+\s+)?(?i:{role_re})\b"
    for m in re.finditer(pattern, text):
        name = m.group("a") or m.group("b")
        # "Canadian PM Justin Trudeau", "Tusk, the Polish prime minister": another country's holder.
        if (m.group("adj") and m.group("adj").strip() not in NOT_NAMES) or m.group("adj2"):
            continue
        name = clean_name(name)
        if name and name.split()[0] not in NOT_NAMES:
            names.add(name)
    return frozenset(names)


def sentence_speakers(article: Article, spans: list[tuple[int, int]],
                      settings: Settings | None = None) -> list[tuple[str | None, bool]]:
    """Who each sentence of ``article`` says is speaking ("X said ...", "He added ..."), or ``None``.

    Args:
        article: The article.
        spans: ``(start, end)`` offsets of its sentences, in order.
        settings: ``pronoun_sentences``: how many sentences back "he said" reaches for a name.

    Returns:
        Per span, the canonical name (or ``None``) and whether the sentence names them itself (False when
        resolved from "he"/"she"). A pronoun reaches back ``pronoun_sentences`` sentences at most to the
        last named speaker; a role the article does not name ("the PM said") is unknown and ends the chain.
    """
    reach = (settings or Settings()).pronoun_sentences
    aliases: dict[str, str] = {}
    learn_aliases(aliases, article.text)
    out: list[tuple[str | None, bool]] = []
    last: str | None = None
    last_at = -9
    pronoun = re.compile(rf"^(?:\W*\w+\W+){{0,3}}?(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:{_VERBS})\b", re.I)
    for n, (start, end) in enumerate(spans):
        text = article.text[start:end]
        found = [m for m in _NAMED_SPEECH.finditer(text) if _subject(text, m)]
        speaker: str | None = None
        explicit = False
        if found:
            name = clean_name(found[0].group("who"))
            speaker, explicit = alias(aliases, name), True
            last, last_at = speaker, n
        elif pronoun.search(text):
            speaker = last if n - last_at <= reach else None
        out.append((speaker, explicit))
    return out


def clip_quotes(quotes: Sequence[Quote], sentence: Sentence, article: Article) -> tuple[Quote, ...]:
    """The article's quotations that overlap ``sentence``, clipped to it: a quotation that runs on past the
    sentence keeps the words of it the sentence holds."""
    out = []
    for q in quotes:
        start, end = max(q.start, sentence.start), min(q.end, sentence.end)
        if start >= end:
            continue
        if start == q.start and end == q.end:
            out.append(q)
            continue
        piece = _quoted_words(article.text[start:end], inside=start > q.start)
        if piece:
            out.append(Quote(piece, start, end, q.speaker, q.speaker_text))
    return tuple(out)


def _quoted_words(text: str, inside: bool) -> str:
    """The words of ``text`` that lie inside quotation marks, joined; the attribution between the pieces
    of a split quotation ('...,” he told reporters. “...') is left out.

    >>> _quoted_words("peace,” he told reporters. “If you want", inside=True)
    'peace If you want'
    """
    kept: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch in "“”\"":
            opening = ch == "“" or (ch == '"' and not inside)
            if inside and not opening and current:
                kept.append("".join(current).strip(" ,"))
                current = []
            inside = opening
            continue
        if inside:
            current.append(ch)
    if inside and current:
        kept.append("".join(current).strip(" ,"))
    return " ".join(k for k in kept if k)
