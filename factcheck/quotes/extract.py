"""Quotes: find quotations and their speakers in an article, and judge how faithfully two outlets agree.

Quotations are double-quoted spans (curly or straight), single-quoted spans long enough not to be scare
quotes, pieces split by an attribution ("...," he said, "..."), and paragraphs that continue an unclosed
quote. Speakers come from the attribution around the quote; pronouns resolve to the last named speaker
in the same article, and anything the text does not support stays unknown.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Article, Quote
from ..settings import Settings

__all__ = [
    "Fidelity", "diff_parts", "extract_quotes", "normalise_quote", "quote_fidelity", "same_person",
    "sentence_speakers", "speaker_key",
]

_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_VERBS = (
    r"said|says|added|adds|told|tells|insisted|insists|warned|warns|declared|declares|wrote|writes|posted|"
    r"stated|explained|continued|went on|argued|asked|replied|noted|admitted|conceded|claimed|urged|"
    r"acknowledged|stressed|announced|confirmed|tweeted|remarked|praised|criticised|criticized|welcomed|echoed|"
    r"slammed|pledged|vowed|promised|suggested|indicated|hit back|responded"
)
# Names stay on one line: a headline's last word and the next paragraph's first are not one name.
_NAME = r"(?:(?:Sir|Lord|Lady|Dame|Mr|Mrs|Ms|Dr|President|Prime Minister|Chancellor)\.? +)?" \
        r"[A-Z][\w’'-]+(?: +(?:von der|van der|de|von|van|bin|al) +[A-Z][\w’'-]+| +[A-Z][\w’'-]+){0,3}"
_ROLE = r"(?:the\s+)?(?:PM|prime minister|Prime Minister|president|President|chancellor|minister|she|he|they)"
_SPEAKER_BEFORE = re.compile(rf"(?P<who>{_NAME}|{_ROLE})(?:,[^,“”\"]{{0,80}},)?\s+(?:{_VERBS})\b[^“”\"]{{0,60}}$")
_SPEAKER_AFTER = re.compile(rf"^[\s,]*(?:(?:{_VERBS})\s+(?P<who1>{_NAME}|{_ROLE})|(?P<who2>{_NAME}|{_ROLE})\s+(?:{_VERBS}))\b")
_NAMED_SPEECH = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,“”\"]{{0,80}},)?,?\s+(?:later\s+|also\s+|then\s+|has\s+|had\s+)?(?:{_VERBS})\b")
_ACCORDING = re.compile(rf"according to (?P<who>{_NAME})")
_PRONOUNS = {"he", "she", "they"}
_ROLES = {"pm", "prime minister", "president", "chancellor", "minister"}
_ROLE_WORDS = {"PM", "Minister", "President", "Chancellor", "Secretary", "chief", "Chief", "Leader", "leader"}


def _clean_name(name: str) -> str:
    """The person's name without a role or nationality before it: "Canadian PM Justin Trudeau" ->
    "Justin Trudeau"; "" for a bare role ("Prime Minister")."""
    words = name.split()
    last_role = max((i for i, w in enumerate(words) if w in _ROLE_WORDS), default=-1)
    return " ".join(words[last_role + 1:])
_NOT_NAMES = {"The", "A", "An", "But", "And", "However", "Instead", "In", "On", "At", "It", "This", "That", "We",
              "I", "He", "She", "They", "Speaking", "Leaving", "Following", "After", "Asked", "Declaring"}
_CONTRACTIONS = (
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"), (r"n't\b", " not"),
    (r"'re\b", " are"), (r"'ll\b", " will"), (r"'ve\b", " have"), (r"\bi'm\b", "i am"), (r"'d\b", " would"),
    (r"\b(it|that|there|what|he|she|who|here)'s\b", r"\1 is"), (r"\blet's\b", "let us"),
)
_NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "cannot", "neither"})
#: Words whose insertion or loss rarely changes what a quotation says ("the Boko Haram", "of German consulate").
_SMALL_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "for", "and"})
#: Brackets inside a quotation mark an editor's words standing in for or added to the speaker's ("the
#: [National Academy] organization"); some outlets use round ones ("he (Trump) will decide").
_EDITORIAL = re.compile(r"\[[^\]]{1,80}\]|\([^()]{1,80}\)")
_EDITED = "editorsbracket"


def _spelling_key(word: str) -> str:
    """One key for house-style spellings of a word: British/American ("monetise"/"monetize",
    "colour"/"color", "centre"/"center", "modelling"/"modeling") and hyphenation ("co-operation"/"cooperation")."""
    w = word.replace("-", "")
    w = re.sub(r"(?<=\w{3})(?:is|ys)(e|es|ed|ing|ation|ations)$", r"iz\1", w)
    w = re.sub(r"(?<=\w{3})our(s|ed|ing|ite|ites|able)?$", r"or\1", w)
    w = re.sub(r"(?<=\w{3})tre(s)?$", r"ter\1", w)
    return re.sub(r"(?<=\w{3})ll(ing|ed|er|ers)$", r"l\1", w)  # modelling / modeling


def normalise_quote(text: str) -> str:
    """Quote text with trivial differences removed: case, curly quotes, contractions, punctuation.

    >>> normalise_quote("We won’t stand by.")
    'we will not stand by'
    >>> normalise_quote("It will have U.S. backing")
    'it will have us backing'
    """
    t = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\b(\w)\.(?=\w\b)", r"\1", t)  # "U.S." and "US" are one word
    for pattern, repl in _CONTRACTIONS:
        t = re.sub(pattern, repl, t)
    t = re.sub(r"[^\w\s'-]|(?<!\w)['-]|['-](?!\w)", " ", t)  # "co-operation" stays one word
    return " ".join(t.split())


def speaker_key(name: str) -> str:
    """A key under which spelling variants of one person's name agree.

    >>> speaker_key("Volodymyr Zelenskyy") == speaker_key("Zelensky") == speaker_key("President Zelenskyy")
    True
    >>> speaker_key("Sir Keir Starmer") == speaker_key("Starmer")
    True
    """
    last = re.split(r"\s+", name.strip())[-1].lower().strip(".,’'")
    last = re.sub(r"(.)\1+", r"\1", last)  # Zelenskyy / Zelensky
    return re.sub(r"(?<=sk)[iy]+$", "", last)


@dataclass
class _Span:
    start: int
    end: int
    inner_start: int
    inner_end: int


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


def _spans(paragraph: str, min_words: int, scare_max: int) -> list[_Span]:
    spans: list[_Span] = []
    i = 0
    n = len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in "“\"‘'" and _opens(paragraph, i):
            close = _OPEN_CLOSE[ch]
            j = i + 1
            while j < n and not (paragraph[j] == close and _closes(paragraph, j)):
                j += 1
            inner = paragraph[i + 1:j]
            if ch in "‘'" and (j >= n or len(inner.split()) <= max(scare_max, min_words - 1)):
                i += 1  # a scare quote or an apostrophe, not a quotation
                continue
            spans.append(_Span(i, min(j + 1, n), i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    nested = text[i] == "“" and text[i + 1:i + 3] in (" ‘", " '")  # “ ‘Hit 40 miles per hour,’ he said ...”
    return (before.isspace() or before in "([—–-:,") and (not after.isspace() or nested)


def _closes(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum()


# A name right after a preposition is a place or an organisation, not the speaker ("in Sao Paulo said",
# "a spokesperson for Buhari, Garba Shehu, said", "at the World Economic Forum").
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|of|for|by|with|on|into|about|against|near|journal|outlet|newspaper)\s+(?:the\s+|a\s+)?$", re.I)


def _subject(text: str, m: re.Match[str], group: str = "who", pronouns: bool = False) -> bool:
    """Whether the name matched as ``group`` can be the subject of its speech verb (a pronoun only
    when ``pronouns``: a quote's "he said" is resolved later, a sentence's "He said" is not a name)."""
    who = m.group(group)
    return bool(who) and (who.split()[0] not in _NOT_NAMES or (pronouns and who in ("He", "She", "They"))) \
        and not _AFTER_PREPOSITION.search(text[:m.start(group)])


def same_person(a: str, b: str) -> bool:
    """Whether two name strings can be one person: they share a name word ("Mr Zhu" / "Zhu Congpeng",
    "Quentin Tarantino" / "Quentin Tarantino Breaks Silence"), spelling variants included.

    >>> same_person("Mr Zhu", "Zhu Congpeng"), same_person("Zelenskyy", "Volodymyr Zelensky")
    (True, True)
    >>> same_person("Antonio Costa", "Ursula von der Leyen")
    False
    """
    def words(name: str) -> set[str]:
        return {speaker_key(w) for w in re.findall(r"[A-Za-z’'-]{3,}", name)
                if w not in _TITLE_WORDS and w.lower() not in ("von", "der", "van")}
    return bool(words(a) & words(b))


_TITLE_WORDS = frozenset("Sir Lord Lady Dame Mr Mrs Ms Dr Professor President Prime Minister Chancellor PM".split())


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
    settings = settings or Settings()
    text = article.text
    quotes: list[Quote] = []
    aliases: dict[str, str] = {}  # "starmer"/"keir" -> "Keir Starmer" as named in this article
    last_named: str | None = None
    named_at = -9  # paragraph number where last_named was set: a pronoun reaches back two at most
    paragraph_no = -1
    offset = 0
    carry: str | None = None  # speaker of a quote left open at the end of the previous paragraph
    role_names: dict[str, frozenset[str]] = {}  # role -> names the article gives its holder, found once
    for paragraph in text.split("\n"):
        base = offset
        offset += len(paragraph) + 1
        paragraph_no += 1
        spans = _spans(paragraph, settings.quote_min_words, settings.scare_quote_max_words)
        _learn_aliases(aliases, paragraph)
        # People named as saying something, in order: what "he said" can refer back to.
        # A role we cannot name ("the PM hit back") still changes who "he" is: it is recorded as "".
        speech = [(m.start(), _clean_name(m.group("who"))) for m in _NAMED_SPEECH.finditer(paragraph)
                  if _subject(paragraph, m)]
        if speech and not spans:
            last_named, named_at = _alias(aliases, speech[-1][1]), paragraph_no
        if not spans:
            carry = None
            continue
        groups: list[list[_Span]] = []
        for span in spans:
            between = paragraph[groups[-1][-1].end:span.start] if groups else ""
            if groups and re.fullmatch(rf"[\s,]*(?:\S+\s+){{0,4}}?(?:{_VERBS})(?:\s+\S+){{0,4}}?[\s,:.]*", between) \
                    and not _embedded(paragraph, groups[-1][0].start):
                groups[-1].append(span)
            else:
                groups.append([span])
        for group in groups:
            first, last = group[0], group[-1]
            words = " ".join(paragraph[s.inner_start:s.inner_end].strip().rstrip(",") for s in group)
            who = _attribution(paragraph[:first.start], paragraph[last.end:])
            if who is None and len(group) > 1:
                who = _attribution("", paragraph[first.end:last.start])
            for pos, name in speech:
                if pos < first.start:
                    last_named, named_at = _alias(aliases, name), paragraph_no
            speaker: str | None = None
            if who is None and first.start == 0 and carry is not None:
                speaker = carry  # a paragraph that opens a quote continues the previous speaker
            elif who is not None:
                bare = who.lower().removeprefix("the ")
                if bare in _PRONOUNS or bare in _ROLES or not _clean_name(who):
                    if bare in _PRONOUNS:
                        speaker = last_named if paragraph_no - named_at <= settings.pronoun_paragraphs else None
                    else:
                        speaker = _role_holder(text, bare, aliases, role_names)
                elif _clean_name(who):
                    who_name = _clean_name(who)
                    speaker = _alias(aliases, who_name)
                    last_named, named_at = speaker, paragraph_no
            quotes.append(Quote(words.rstrip(",").strip(), base + first.start, base + last.end, speaker, who))
            unclosed = last.end >= len(paragraph) and not paragraph.rstrip().endswith(("”", '"'))
            carry = speaker if unclosed or last.end >= len(paragraph.rstrip()) else None
        for pos, name in speech:
            if pos > spans[-1].end:
                last_named, named_at = _alias(aliases, name), paragraph_no
    return tuple(quotes)


def _learn_aliases(aliases: dict[str, str], text: str) -> None:
    """Record each full name in ``text`` under its later words: "Keir Starmer" under "starmer"."""
    for name in re.findall(_NAME, text):
        name = _clean_name(name)
        if len(name.split()) >= 2 and name.split()[0] not in _NOT_NAMES:
            for part in name.split()[1:]:
                aliases.setdefault(part.lower(), name)


def _alias(aliases: dict[str, str], name: str) -> str | None:
    """The fullest form of ``name`` the article uses, or ``None`` for an unnamed role."""
    return aliases.get(name.split()[-1].lower(), name) if name else None


def _role_holder(text: str, role: str, aliases: dict[str, str], cache: dict[str, frozenset[str]]) -> str | None:
    """The person an article names with ``role`` ("Prime Minister Keir Starmer", "Tusk, the Polish PM").

    The article is scanned once per role (``cache``); only the aliasing, which grows as the article is read,
    is applied per call. Scanning per quotation made extraction quadratic in article length.
    """
    if role not in cache:
        cache[role] = _role_names(text, role)
    holders = {_alias(aliases, name) or name for name in cache[role]}
    return holders.pop() if len(holders) == 1 else None


def _role_names(text: str, role: str) -> frozenset[str]:
    """The distinct names ``text`` gives the holder of ``role``, before aliasing."""
    role_re = "PM|prime minister" if role in ("pm", "prime minister") else re.escape(role)
    names = set()
    pattern = rf"(?P<adj>\b[A-Z][\w’'‘]+\s+)?(?i:{role_re})\s+(?P<a>{_NAME})|(?P<b>{_NAME}),\s+the\s+(?P<adj2>\w+\s+)?(?i:{role_re})\b"
    for m in re.finditer(pattern, text):
        name = m.group("a") or m.group("b")
        # "Canadian PM Justin Trudeau", "Tusk, the Polish prime minister": another country's holder.
        if (m.group("adj") and m.group("adj").strip() not in _NOT_NAMES) or m.group("adj2"):
            continue
        name = _clean_name(name)
        if name and name.split()[0] not in _NOT_NAMES:
            names.add(name)
    return frozenset(names)


@dataclass(frozen=True)
class Fidelity:
    """How one outlet's rendering of a quotation relates to another's.

    Attributes:
        label: ``verbatim``, ``trivial``, ``truncated``, ``altered`` or ``paraphrase``.
        severity: ``None`` for verbatim; ``info`` trivial; ``low`` truncated/paraphrase; ``medium``
            altered; ``high`` altered with a negation or number changed.
        diff: Word diff with ``[-removed-]`` and ``{+added+}`` marks (empty when verbatim/trivial).
        detail: One sentence for the editor.
    """

    label: str
    severity: str | None
    diff: str
    detail: str


def diff_parts(diff: str) -> list[tuple[str, str]]:
    """Split a word diff into ``(op, text)`` parts, op being "-" (removed), "+" (added) or "=".

    >>> diff_parts("we will [-not-] stand {+by+}")
    [('=', 'we will '), ('-', 'not'), ('=', ' stand '), ('+', 'by')]
    """
    parts = []
    for part in re.split(r"(\[-.*?-\]|\{\+.*?\+\})", diff):
        if part.startswith("[-") and part.endswith("-]"):
            parts.append(("-", part[2:-2]))
        elif part.startswith("{+") and part.endswith("+}"):
            parts.append(("+", part[2:-2]))
        elif part:
            parts.append(("=", part))
    return parts


def _diff(a: list[str], b: list[str], ops: Sequence[tuple[str, int, int, int, int]]) -> str:
    out: list[str] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            out.extend(a[i1:i2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def quote_fidelity(a: str, b: str, settings: Settings | None = None) -> Fidelity:
    """Classify two renderings of what is taken to be the same quotation (``settings.fidelity_*`` set where
    an altered quotation becomes a paraphrase, and where a changed figure is a misquote).

    >>> quote_fidelity("we will not stand by", "we won't stand by").label
    'trivial'
    >>> f = quote_fidelity("we will not stand by and watch", "we will stand by")
    >>> f.label, f.severity, f.diff
    ('altered', 'high', 'we will [-not-] stand by [-and watch-]')
    >>> quote_fidelity("Europe must do the heavy lifting.", "do the heavy lifting").label
    'truncated'
    >>> quote_fidelity("more co-operation on the colour", "more cooperation on the color").label
    'trivial'
    """
    first, second = normalise_quote(a).split(), normalise_quote(b).split()
    if (len(second), second) < (len(first), first):
        # Word alignment is not symmetric where words repeat: classify in one fixed order, so the label
        # does not depend on which outlet comes first; the diff still reads from ``a`` to ``b``.
        found = _fidelity(b, a, settings or Settings())
        return Fidelity(found.label, found.severity, _aligned(a, b)[3] if found.diff else "", found.detail)
    return _fidelity(a, b, settings or Settings())


def _aligned(a: str, b: str) -> tuple[list[str], list[str], Sequence[tuple[str, int, int, int, int]], str]:
    """Both quotations as words (an editor's [bracketed] words as one placeholder), the word alignment on
    spelling keys, and the diff shown to the editor with the bracketed words as written."""
    na = normalise_quote(_EDITORIAL.sub(f" {_EDITED} ", a)).split()
    nb = normalise_quote(_EDITORIAL.sub(f" {_EDITED} ", b)).split()
    ops = difflib.SequenceMatcher(a=[_spelling_key(w) for w in na], b=[_spelling_key(w) for w in nb],
                                  autojunk=False).get_opcodes()
    shown = [[next(found, w) if w == _EDITED else w for w in words]
             for words, found in ((na, iter(_EDITORIAL.findall(a))), (nb, iter(_EDITORIAL.findall(b))))]
    return na, nb, ops, _diff(shown[0], shown[1], ops)


def _fidelity(a: str, b: str, settings: Settings) -> Fidelity:
    if a.strip() == b.strip():
        return Fidelity("verbatim", None, "", "the same words")
    na, nb = normalise_quote(a).split(), normalise_quote(b).split()
    if na == nb:
        return Fidelity("trivial", "info", "", "the same words; punctuation, case or contractions differ")
    if not na or not nb:
        return Fidelity("paraphrase", "low", "", "nothing to compare")
    ka, kb = [_spelling_key(w) for w in na], [_spelling_key(w) for w in nb]
    if ka == kb:
        return Fidelity("trivial", "info", "", "the same words; spelling (British/American, hyphens) differs")
    na, nb, ops, diff = _aligned(a, b)
    if all(op == "equal" for op, *_ in ops):
        # Only the bracketed words differ ("[police]" / "(the police)"): both are the editor's.
        return Fidelity("trivial", "info", diff, "the same words, with an editor's words in brackets")
    # Unmatched words at either end are a cut, not a change: trim them before judging the middle.
    lo, hi = 0, len(ops)
    while lo < hi and ops[lo][0] != "equal":
        lo += 1
    while hi > lo and ops[hi - 1][0] != "equal":
        hi -= 1
    middle = ops[lo:hi]
    matched = sum(i2 - i1 for op, i1, i2, _, _ in middle if op == "equal")
    if not middle or matched < settings.fidelity_paraphrase * min(len(na), len(nb)):
        return Fidelity("paraphrase", "low", diff, "close in meaning, different words, presented as a quote")
    if all(op == "equal" for op, *_ in middle):
        missing = []
        head_a, head_b = middle[0][1], middle[0][3]
        tail_a, tail_b = len(na) - middle[-1][2], len(nb) - middle[-1][4]
        for label, words, gone in (("opening", na[:head_a] or nb[:head_b], head_a or head_b),
                                   ("ending", na[len(na) - tail_a:] or nb[len(nb) - tail_b:], tail_a or tail_b)):
            if gone:
                missing.append(f"the {label} “{' '.join(words)}”")
        return Fidelity("truncated", "low", diff, f"one version leaves out {' and '.join(missing)}")
    changed: set[str] = set()
    number_changed = False
    for op, i1, i2, j1, j2 in middle:
        if op != "equal" and _EDITED not in na[i1:i2] + nb[j1:j2]:
            changed.update(na[i1:i2])
            changed.update(nb[j1:j2])
            number_changed |= op == "replace" and all(any(ch.isdigit() for w in side for ch in w)
                                                      for side in (na[i1:i2], nb[j1:j2]))
    if not changed:
        return Fidelity("trivial", "info", diff, "the same words, with an editor's words in brackets")
    # A figure replaced by another ("5,000" -> "3,000") is a misquote; so is a figure added or dropped
    # ("an awkward pass 25 years ago") when the two are plainly one quotation. When they share little
    # ("then heard shouting" / "a massive crash at about 6.15am, then heard shouting") they may be two
    # people's words, and the added figure is judged like other words.
    one_quotation = matched >= settings.fidelity_one_quotation * min(len(na), len(nb))
    serious = bool(changed & _NEGATIONS) or number_changed or (
        one_quotation and any(ch.isdigit() for w in changed for ch in w))
    if not serious and changed <= _SMALL_WORDS:
        return Fidelity("altered", "low", diff, "the quotation differs only in small words "
                        f"({', '.join(sorted(changed))})")
    # One or two words swapped, added or dropped ("particularly around the coalition") are most often a
    # transcription difference, not a misquote; more than that changes what the speaker is heard to say.
    n_changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in middle if op != "equal")
    if not serious and n_changed <= 2:
        return Fidelity("altered", "low", diff, f"the quotation differs in one or two words "
                        f"({', '.join(sorted(changed))})")
    what = "a negation" if changed & _NEGATIONS else "a number" if serious else "words"
    return Fidelity("altered", "high" if serious else "medium", diff,
                    f"the quotation differs: {what} added, dropped or changed")


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
    _learn_aliases(aliases, article.text)
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
            name = _clean_name(found[0].group("who"))
            speaker, explicit = _alias(aliases, name), True
            last, last_at = speaker, n
        elif pronoun.search(text):
            speaker = last if n - last_at <= reach else None
        out.append((speaker, explicit))
    return out
