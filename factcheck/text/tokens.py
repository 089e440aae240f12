"""Tokens: the one tokeniser, with curly quotation marks and contractions folded.

Every stage that splits text into words does it here: the pair scorer (words and figures), the negation
aligner of the contradiction rules (lower-case words), the report's quotation changes (words as shown), and
quotation fidelity (text with case, curly quotes, contractions and punctuation set aside). The stop words
they leave out are :data:`factcheck.text.lexicon.STOP_WORDS`.
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["CONTRACTIONS", "Words", "expand_contractions", "fold_quotes", "normalise_quote", "token_spans", "tokenise"]


class Words(StrEnum):
    """What counts as a word, by what the words are for. One pattern would change findings, so each use
    keeps the pattern its thresholds were set with; they differ in three ways only: figures, letters outside
    ASCII, and the punctuation a word may hold.
    """

    #: Claim words: an ASCII letter and then letters, apostrophes and hyphens ("Starmer’s", "co-operation"),
    #: or a figure with its separators ("1,200.5"). Figures count: a shared figure ties two sentences.
    CLAIM = "claim"
    #: Lower-case letters with at most one inner apostrophe ("it's"), no figures and no hyphen: the
    #: negation aligner compares the words a negation reaches; figures are the figure rules' to compare.
    LETTERS = "letters"
    #: Any word characters with inner apostrophes, points and hyphens ("U.S.", "3.5", "Zelensky’s"): a
    #: quotation's words as shown to a reader, accents and figures included.
    SHOWN = "shown"


_PATTERNS = {
    Words.CLAIM: re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*"),
    Words.LETTERS: re.compile(r"[a-z]+(?:'[a-z]+)?"),
    Words.SHOWN: re.compile(r"\w[\w’'.-]*\w|\w"),
}

#: Contractions spelled out, on lower-case text with straight apostrophes ("won't" is "will not").
CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"), (r"n't\b", " not"),
    (r"'re\b", " are"), (r"'ll\b", " will"), (r"'ve\b", " have"), (r"\bi'm\b", "i am"), (r"'d\b", " would"),
    (r"\b(it|that|there|what|he|she|who|here)'s\b", r"\1 is"), (r"\blet's\b", "let us"),
)


def fold_quotes(text: str) -> str:
    """Curly quotation marks and apostrophes as straight ones.

    >>> fold_quotes("“We won’t”, he said, ‘twice’")
    '"We won\\'t", he said, \\'twice\\''
    """
    # Four replaces run faster than str.translate, which looks up every character.
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


_CONTRACTION_PATTERNS = tuple((re.compile(pattern), repl) for pattern, repl in CONTRACTIONS)


def expand_contractions(text: str) -> str:
    """Lower-case text with straight apostrophes, its contractions spelled out.

    >>> expand_contractions("we won't, they can't, it's over")
    'we will not, they cannot, it is over'
    """
    if "'" not in text:  # every contraction has its apostrophe; most sentences have none
        return text
    for pattern, repl in _CONTRACTION_PATTERNS:
        text = pattern.sub(repl, text)
    return text


def tokenise(text: str, kind: Words = Words.CLAIM) -> list[str]:
    """The words of ``text`` in order, as ``kind`` reads them (see :class:`Words`); the text is taken as it
    is: fold quotes or lower the case first where the use needs it.

    >>> tokenise("Starmer’s £1,200.5 co-operation")
    ['Starmer’s', '1,200.5', 'co-operation']
    >>> tokenise("it's a non-binding 3.5", Words.LETTERS)
    ["it's", 'a', 'non', 'binding']
    >>> tokenise("the U.S. backs Zelensky’s plan", Words.SHOWN)
    ['the', 'U.S', 'backs', 'Zelensky’s', 'plan']
    """
    return _PATTERNS[kind].findall(text)


def token_spans(text: str, kind: Words = Words.CLAIM) -> list[tuple[int, str]]:
    """The words of ``text`` as :func:`tokenise` reads them, each with the offset it starts at.

    >>> token_spans("Mr Starmer’s plan")
    [(0, 'Mr'), (3, 'Starmer’s'), (13, 'plan')]
    """
    return [(m.start(), m.group()) for m in _PATTERNS[kind].finditer(text)]


def normalise_quote(text: str) -> str:
    """Quote text with trivial differences removed: case, curly quotes, contractions, punctuation.

    >>> normalise_quote("We won’t stand by.")
    'we will not stand by'
    >>> normalise_quote("It will have U.S. backing")
    'it will have us backing'
    """
    t = fold_quotes(text.lower())
    t = re.sub(r"\b(\w)\.(?=\w\b)", r"\1", t)  # "U.S." and "US" are one word
    t = expand_contractions(t)
    t = re.sub(r"[^\w\s'-]|(?<!\w)['-]|['-](?!\w)", " ", t)  # "co-operation" stays one word
    return " ".join(t.split())
