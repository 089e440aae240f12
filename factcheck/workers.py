"""Workers: check blocks of events in this process, in local processes, or on a Dask cluster.

A block is a few events whose sentences are embedded in one length-sorted stream (less padding than
event by event), then checked one by one. The parent looks sentences up in its cache and sends the
vectors and parses it has; a worker returns the reports and the vectors and parses it had to make. So
workers need no shared disk, the cache has one writer, and every finished report reaches the parent,
which writes it at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .cache import CachedEmbedder, CachedParser
from .errors import FactcheckError, ModelError
from .records import Article, Report
from .settings import Settings
from .text.sentences import split_sentences

if TYPE_CHECKING:
    import numpy as np

    from .embedding import Embedder

__all__ = ["Block", "BlockResult", "EventJob", "EventOutcome", "check_block", "run_blocks"]


@dataclass(frozen=True)
class EventJob:
    """One event to check.

    Attributes:
        event: Its name.
        articles: Its articles.
        skipped: Files of the event that could not be read ("path: reason"), kept in its report.
        fingerprint: Its inputs, settings and factcheck version, hashed (see ``factcheck.batch``).
        sentences: How many sentences it has (for progress and block sizes).
    """

    event: str
    articles: tuple[Article, ...]
    skipped: tuple[str, ...]
    fingerprint: str
    sentences: int


@dataclass(frozen=True)
class Block:
    """Events checked together, and the vectors the parent already holds for their sentences.

    Attributes:
        jobs: The events.
        known: Cached vectors by ``factcheck.cache.text_key``.
        parser: The name ``parses`` were cached under (``factcheck.cache.parser_name``); ``None``: no parse cache.
        parses: Cached parses (serialised docs) by ``factcheck.cache.text_key``.
    """

    jobs: tuple[EventJob, ...]
    known: dict[bytes, np.ndarray]
    parser: str | None = None
    parses: dict[bytes, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class EventOutcome:
    """What checking one event gave.

    Attributes:
        job: The event.
        report: Its report, or ``None`` when it failed.
        error: Why it failed, else ``None``.
    """

    job: EventJob
    report: Report | None
    error: str | None = None


@dataclass(frozen=True)
class BlockResult:
    """What checking one block gave.

    Attributes:
        outcomes: Each event's outcome, in the block's order.
        vectors: Vectors embedded for this block, by ``factcheck.cache.text_key`` (for the cache).
        parses: Parses made for this block, serialised, by ``factcheck.cache.text_key`` (empty when the block
            had no parse cache).
    """

    outcomes: list[EventOutcome]
    vectors: dict[bytes, np.ndarray]
    parses: dict[bytes, bytes]


def check_block(block: Block, settings: Settings, embedder: Embedder | None = None) -> BlockResult:
    """Check the events of ``block``; returns their outcomes and the vectors and parses newly made.

    Args:
        block: Events and the vectors already known for their sentences.
        settings: Options of every check.
        embedder: The model; the process's offline model when omitted (loaded once per process).
    """
    from threadpoolctl import threadpool_limits

    from .duplicates import merge_duplicates
    from .embedding import load_embedder
    from .pipeline import check_articles

    model = CachedEmbedder(embedder or load_embedder(settings.model, settings.batch_size), block.known)
    split = {(a.source, a.text): split_sentences(a, settings) for job in block.jobs for a in job.articles}
    # One stream for the whole block: the model sorts it by length, so a batch mixes events, not lengths.
    model.prefetch(s.text for sentences in split.values() for s in sentences)
    # The parser, too, reads the block in one stream, each distinct sentence once (wire copy repeats
    # sentences across events); only the texts a check keeps after folding copies are parsed, and only
    # those the cache does not hold.
    voices = [a for job in block.jobs for a in merge_duplicates(job.articles, settings.duplicate_jaccard)]
    parser = CachedParser(settings.spacy_model, block.parser, block.parses)
    parsed = parser.parse(s.text for a in voices for s in split.get((a.source, a.text)) or split_sentences(a, settings))
    outcomes = []
    # Past the embedding, numpy's products are small: a second BLAS thread would spin for more CPU than
    # it saves.
    with threadpool_limits(1, user_api="blas"):
        for job in block.jobs:
            try:
                report = check_articles(job.articles, settings, embedder=model, event=job.event, parsed=parsed)
                outcomes.append(EventOutcome(job, replace(report, skipped=job.skipped)))
            except ModelError:
                raise
            except FactcheckError as exc:
                outcomes.append(EventOutcome(job, None, str(exc)))
    return BlockResult(outcomes, model.new, parser.new)


def _init_process(threads: int) -> None:
    # Each process gets its share of the cores; torch would otherwise start one thread per core in each.
    os.environ["OMP_NUM_THREADS"] = str(threads)
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover - torch comes with sentence-transformers
        pass


def _serial(blocks: Sequence[Block], settings: Settings, embedder: Embedder | None
            ) -> Iterator[BlockResult]:
    for block in blocks:
        yield check_block(block, settings, embedder)


def _local(blocks: Sequence[Block], settings: Settings, workers: int
           ) -> Iterator[BlockResult]:
    import multiprocessing

    threads = max(1, (os.cpu_count() or 1) // workers)
    # spawn, not fork: torch's thread pools do not survive a fork of a process that already used them.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_process, initargs=(threads,)) as pool:
        futures: list[Future[BlockResult]] = [
            pool.submit(check_block, block, settings) for block in blocks]
        for future in as_completed(futures):
            yield future.result()


def _dask(blocks: Sequence[Block], settings: Settings, scheduler: str
          ) -> Iterator[BlockResult]:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        raise FactcheckError("--scheduler needs Dask: pip install 'factcheck[dask]'") from exc
    with Client(scheduler) as client:  # type: ignore[no-untyped-call]
        # pure=False: two blocks with equal inputs are still two tasks; retries: a block whose worker
        # died runs again elsewhere (the finished blocks' reports are already written by then).
        futures = [client.submit(check_block, block, settings, pure=False, retries=2) for block in blocks]
        for future in dask_completed(futures):  # type: ignore[no-untyped-call]
            result: Any = future.result()
            yield result


def run_blocks(blocks: Sequence[Block], settings: Settings, *, workers: int = 1, scheduler: str | None = None,
               embedder: Embedder | None = None
               ) -> Iterator[BlockResult]:
    """Check ``blocks`` and yield each block's outcomes and new vectors and parses as soon as it is done.

    Args:
        blocks: The work.
        settings: Options of every check.
        workers: Local processes (1: this process, with ``embedder`` if given).
        scheduler: Address of a Dask scheduler (``tcp://host:8786``); wins over ``workers``.
        embedder: The model for in-process work (tests pass a fake).
    """
    if scheduler:
        yield from _dask(blocks, settings, scheduler)
    elif workers > 1 and len(blocks) > 1:
        yield from _local(blocks, settings, workers)
    else:
        yield from _serial(blocks, settings, embedder)
