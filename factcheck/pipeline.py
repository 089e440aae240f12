"""Pipeline: the stages in order — ingest, sentences, embed, claims, compare — and nothing else.

``check_folder`` is what the CLI's ``check`` calls; ``check_articles`` serves callers that already hold
articles (tests, notebooks, the batch runner).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .claims.cluster import group_sentences
from .compare.claim import compare_claim
from .duplicates import merge_duplicates
from .embedding import Embedder, load_embedder
from .errors import NotEnoughArticles
from .facts import aligned_details, compare_facts, name_words, read_facts, related_figures, spelling_claims
from .ingest import read_articles
from .nlp import parse
from .quotes.extract import clip_quotes, extract_quotes, sentence_speakers
from .records import Article, Claim, Fact, Mention, MentionContext, Report, Sentence, severity_rank, status_rank
from .settings import Settings
from .severity import calibrate_claim
from .text.sentences import split_sentences
from .text.tokens import normalise_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["check_articles", "check_folder", "rank_claims"]

Progress = Callable[[str], None]


def check_folder(
    path: str | Path,
    settings: Settings | None = None,
    *,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> Report:
    """Check a folder (or JSONL file) of articles about one event.

    Args:
        path: Folder of article files, or a ``.jsonl``/``.json`` file.
        settings: Options; defaults when omitted.
        embedder: Model to embed sentences with; the offline sentence-transformers model when omitted.
        progress: Called with a short line as each stage starts.

    Returns:
        The report, claims ranked most severe first.

    Raises:
        InputError: The path is missing or holds no article files.
        NotEnoughArticles: Fewer than two articles could be read.
        ModelError: No embedding model could be found or loaded.
    """
    settings = settings or Settings()
    say = progress or (lambda _line: None)
    ingested = read_articles(path, settings.max_article_bytes)
    voices = merge_duplicates(ingested.articles, settings.duplicate_jaccard)
    if len(voices) < 2:
        raise NotEnoughArticles.of(path, len(ingested.articles), len(voices), ingested.skipped)
    say(f"read {len(ingested.articles)} articles from {path}")
    report = _check_voices(voices, settings, embedder=embedder, progress=progress,
                           event=Path(path).stem if Path(path).is_file() else Path(path).name)
    return replace(report, skipped=ingested.skipped)


def check_articles(
    articles: Sequence[Article],
    settings: Settings | None = None,
    *,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    event: str = "",
    parsed: Mapping[str, Doc] | None = None,
) -> Report:
    """Check articles already in memory (see :func:`check_folder`).

    Copies of one text (see :mod:`factcheck.duplicates`) are folded into one article first. ``parsed``
    holds sentences already parsed, by text (a batch parses many events' sentences in one stream); the
    rest are parsed here.

    Raises:
        NotEnoughArticles: Fewer than two distinct texts.
    """
    settings = settings or Settings()
    voices = merge_duplicates(articles, settings.duplicate_jaccard)
    if len(voices) < 2:
        raise NotEnoughArticles.of(event, sum(1 + len(a.copies) for a in voices), len(voices), ())
    return _check_voices(voices, settings, embedder=embedder, progress=progress, event=event, parsed=parsed)


def _check_voices(articles: Sequence[Article], settings: Settings, *, embedder: Embedder | None,
                  progress: Progress | None, event: str, parsed: Mapping[str, Doc] | None = None) -> Report:
    """Check articles whose copies are already folded (at least two distinct texts)."""
    say = progress or (lambda _line: None)
    for a in articles:
        if a.copies:
            say(f"{a.source} carried by {', '.join(c.source for c in a.copies)} too: counted as one voice")
    say(f"splitting {len(articles)} articles into sentences")
    by_source = {a.source: a for a in articles}
    per_article = {a.source: split_sentences(a, settings) for a in articles}
    sentences: list[Sentence] = [s for a in articles for s in per_article[a.source]]
    quotes = {a.source: extract_quotes(a, settings) for a in articles}
    speakers: dict[tuple[str, int], tuple[str | None, bool]] = {}
    for a in articles:
        own = per_article[a.source]
        for s, who in zip(own, sentence_speakers(a, [(s.start, s.end) for s in own], settings), strict=True):
            speakers[(a.source, s.index)] = who
    say("parsing sentences")
    given = parsed or {}
    fresh = parse([s.text for s in sentences if s.text not in given], settings.spacy_model)
    docs = {(s.source, s.index): given[s.text] if s.text in given else next(fresh) for s in sentences}
    if embedder is None:
        embedder = load_embedder(settings.model, settings.batch_size)
    say(f"embedding {len(sentences)} sentences with {embedder.name}")
    vectors = embedder.encode([s.text for s in sentences])
    say("grouping sentences into claims")
    groups = group_sentences(sentences, vectors, settings)
    order = {a.source: i for i, a in enumerate(articles)}
    whole = {a.source: normalise_quote(a.text) for a in articles}
    contexts = [MentionContext(Mention(s.source, s.index, s.text, s.start, s.end),
                               clip_quotes(quotes[s.source], s, by_source[s.source]), *speakers[(s.source, s.index)],
                               doc=docs[(s.source, s.index)], article=whole[s.source]) for s in sentences]
    say(f"comparing {len(groups)} claims")
    claims = []
    for group in groups:
        members = sorted(group.members, key=lambda i: (order[sentences[i].source], sentences[i].index))
        seen: set[str] = set()
        mine = []
        for i in members:
            mine.append(replace(contexts[i], mention=replace(contexts[i].mention, repeat=sentences[i].source in seen)))
            seen.add(sentences[i].source)
        claims.append(replace(compare_claim("", mine, settings), cohesion=group.cohesion, evidence=group.evidence))
    claims += related_figures(contexts, vectors, [g.members for g in groups], settings)
    say("reading people and event facts")
    facts: list[Fact] = []
    known = name_words(docs.values())
    for a in articles:
        own = per_article[a.source]
        facts += read_facts(a, own, [docs[(a.source, s.index)] for s in own], quotes[a.source], settings, known)
    claims += compare_facts(facts, articles, sentences, settings)
    claims += spelling_claims(sentences, docs, facts, claims)
    claims += aligned_details(sentences, contexts, vectors, facts, claims, settings)
    # One severity table bounds every finding, whichever rule made it (factcheck.severity).
    claims = [calibrate_claim(c, settings) for c in claims]
    ranked = rank_claims(claims, order)
    return Report(event, tuple(articles), ranked, settings.to_dict(), embedder.name, (), generated_at(), tuple(facts))


def generated_at() -> str:
    """When a report is made: now (ISO 8601, UTC), or ``SOURCE_DATE_EPOCH`` when set, as reproducible
    builds do, so a report re-made from unchanged input is byte for byte the same.

    >>> import os; os.environ["SOURCE_DATE_EPOCH"] = "1740873600"; generated_at()
    '2025-03-02T00:00:00+00:00'
    >>> del os.environ["SOURCE_DATE_EPOCH"]
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    return when.isoformat(timespec="seconds")


def rank_claims(claims: Sequence[Claim], source_order: dict[str, int]) -> tuple[Claim, ...]:
    """Order claims for an editor (conflicts, then differences, single-source, agreements; worst first)
    and number them ``c001``, ``c002``... in that order."""
    def key(c: Claim) -> tuple[int, int, int, int, int]:
        first = c.mentions[0]
        return (status_rank(c.status), severity_rank(c.severity), -len(c.sources),
                source_order.get(first.source, 0), first.sentence)

    ranked = sorted(claims, key=key)
    return tuple(replace(c, id=f"c{i:03d}") for i, c in enumerate(ranked, start=1))
