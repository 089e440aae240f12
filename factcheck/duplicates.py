"""Duplicates: one text carried by several outlets (a file saved twice, syndicated wire copy) is one voice.

Counting a wire story that three papers print unchanged as three outlets that agree would overstate the
agreement the report is there to measure. Articles are compared by their word 5-grams (shingles); the
first article of a group is kept and lists the others as its copies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .records import Article, Copy

__all__ = ["merge_duplicates", "shingles"]

_SHINGLE = 5


def shingles(text: str, n: int = _SHINGLE) -> frozenset[int]:
    """Hashes of the word ``n``-grams of ``text``, case and punctuation ignored.

    >>> len(shingles("One two three four five six.")), shingles("a b") == shingles("A,  B!")
    (2, True)
    """
    words = re.findall(r"\w+", text.lower())
    if len(words) < n:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(hash(tuple(words[i:i + n])) for i in range(len(words) - n + 1))


def _own_lines(text: str, kept: frozenset[int], limit: int = 20) -> tuple[str, ...]:
    """Lines of ``text`` most of whose 5-grams the kept article (``kept``) lacks, at most ``limit``."""
    own = []
    for line in text.splitlines():
        grams = shingles(line)
        if grams and len(grams - kept) > len(grams) / 2:
            own.append(line.strip())
    return tuple(own[:limit])


def merge_duplicates(articles: Sequence[Article], threshold: float = 0.8) -> tuple[Article, ...]:
    """The articles with copies folded into the first article they copy.

    Args:
        articles: Articles of one event, in report order.
        threshold: 5-gram Jaccard similarity from which two articles are one text (see ``Settings``).

    Returns:
        The kept articles, in the same order, each listing its copies in ``Article.copies``.
    """
    grams = [shingles(a.text) for a in articles]
    kept: list[int] = []
    copies: dict[int, list[Copy]] = {}
    for i, article in enumerate(articles):
        for k in kept:
            small, large = sorted((len(grams[i]), len(grams[k])))
            # Jaccard can reach the threshold only when the sizes are within it: skip the set work otherwise.
            if not large or small < threshold * large:
                continue
            shared = len(grams[i] & grams[k])
            similarity = shared / (len(grams[i]) + len(grams[k]) - shared)
            if similarity >= threshold:
                own = _own_lines(article.text, grams[k]) if similarity < 1.0 else ()
                copies[k].append(Copy(article.source, article.path, article.outlet, round(similarity, 3), own))
                break
        else:
            kept.append(i)
            copies[i] = list(articles[i].copies)
    return tuple(replace(articles[k], copies=tuple(copies[k])) if copies[k] != list(articles[k].copies)
                 else articles[k] for k in kept)
