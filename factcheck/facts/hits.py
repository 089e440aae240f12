"""How many times a person was hit: "Smith was shot eight times", "who was struck three times in the
chest", "shot him once", read from the parse and compared across outlets.

A count of times is the wounded person's: the subject of the passive verb, or its object ("shot him
once"), named, given by the part they play ("the victim"), or unknown (a pronoun). The verb's other
counts are not compared: "once in the head and twice in the chest" is three times, not one, and a count
said of another time ("was once shot in a robbery", "had been stabbed twice before") is not this event's.
Outlets are compared at low only: an event may have several wounded, and a count of one wound site may
stand beside the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..quantities.numerals import whole_number
from ..records import Article, Claim, Fact, Sentence
from ..text.lexicon import HIT_VERBS, OTHER_TIME_WORDS, TIMES_WORDS
from .builder import ClaimBuilder, disagreements, say
from .condition import whom

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["compare_times_hit", "read_times_hit"]

def read_times_hit(article: Article, sentence: Sentence, doc: Doc, quoted: Callable[[int], bool],
                   named: Sequence[tuple[int, int, str]]) -> list[Fact]:
    """The times the sentence says a person was hit, as facts with attribute ``times hit``; the arguments
    are :func:`.condition.read_conditions`'s."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HIT_VERBS:
            continue
        # "shot once in the chest" may hang "once" on the preposition
        near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod")]
        counts = [(t, n) for t in near if (n := _times(t, verb)) is not None]
        if len(counts) != 1 or _elsewhen(verb, counts[0][0]):
            continue  # "once in the head and twice in the chest"; "had been stabbed twice before"
        t, value = counts[0]
        first = min([t, *t.children], key=lambda x: x.i)
        if _BOUND.search(doc.text[max(0, first.idx - 12):t.idx]):
            continue  # "at least once", "as many as twice": a bound, not a count another can contradict
        start = sentence.start + first.idx
        out.append(Fact(article.source, sentence.index, whom(verb, named), "times hit", str(value),
                        sentence.text[first.idx:t.idx + len(t.text)], start, sentence.start + t.idx + len(t.text),
                        quoted=quoted(start)))
    return out


#: Words before a count that make it a bound or a guess ("at least once", "as many as five times").
_BOUND = re.compile(r"\b(?:at\s+(?:least|most)|as\s+many\s+as|more\s+than|fewer\s+than|less\s+than|up\s+to|nearly|"
                    r"almost|about|around|roughly|approximately)\b", re.I)


def _times(t: Token, verb: Token) -> int | None:
    """The count a child of the verb gives: "eight times", or "once" written after the verb ("was once shot"
    means formerly)."""
    if t.lower_ in TIMES_WORDS and t.dep_ in ("advmod", "npadvmod") and t.i > verb.i:
        return TIMES_WORDS[t.lower_]
    if t.lower_ == "times" and t.dep_ in ("npadvmod", "dobj", "advmod"):
        numbers = [c for c in t.children if c.dep_ == "nummod"]
        return whole_number(numbers[0].text) if len(numbers) == 1 else None
    return None


def _elsewhen(verb: Token, count: Token) -> bool:
    """Whether the verb is negated or tells of another time ("before", "in 2019", "last year")."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.i != count.i and c.lower_ in OTHER_TIME_WORDS):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "GPE") for g in c.subtree):
            return True  # "shot twice in 2019", "wounded twice in Iraq"
    return False


def compare_times_hit(group: Sequence[Fact], person: Mapping[str, int],
                      by_key: dict[tuple[str, int], Sentence]) -> Claim | None:
    """How many times someone was hit, told two ways by outlets: a low lead, and none between two named
    people."""
    builder = ClaimBuilder(by_key, "same person: times hit")
    for fa, fb in disagreements(group):
        ids_a, ids_b = ({person.get(f.subject) for f in facts} for facts in (fa, fb))
        if None not in ids_a | ids_b and not ids_a & ids_b:
            continue
        who = next((f.subject for f in (*fa, *fb) if f.subject != "event"), "someone")
        builder.add("times hit differs", "low", f"times {who} was hit: {say(fa)} “{fa[0].text}”, "
                    f"{say(fb)} “{fb[0].text}”", fa, fb)
    return builder.claim()
