"""workers: a block of events checked in one process gives each event its report or its error."""

from __future__ import annotations

from factcheck.records import Article
from factcheck.settings import Settings
from factcheck.workers import Block, EventJob, check_block, run_blocks


def _job(event: str, *texts: str) -> EventJob:
    articles = tuple(Article(f"{event}{i}", f"{event}{i}.txt", "t", text) for i, text in enumerate(texts))
    return EventJob(event, articles, ("bad.bin: binary",), f"fp-{event}", 2 * len(texts))


GOOD = _job("good", "The fund had 5,000 staff in London on Monday.", "The fund had 3,000 staff in London on Monday.")
ONE = _job("one", "Only one outlet wrote about this event at all.")


def test_each_event_gets_its_report_or_its_error(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    result = check_block(Block((GOOD, ONE), {}), Settings(), fake_embedder)
    good, one = result.outcomes
    assert good.job is GOOD and good.error is None and good.report is not None
    assert good.report.event == "good" and good.report.skipped == ("bad.bin: binary",)
    assert one.report is None and one.error is not None and "at least 2" in one.error
    # Every sentence of the block is embedded in one stream, the failed event's too.
    assert len(result.vectors) == 3


def test_known_vectors_are_not_embedded_again(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    first = check_block(Block((GOOD,), {}), Settings(), fake_embedder)
    again = check_block(Block((GOOD,), first.vectors), Settings(), fake_embedder)
    assert again.vectors == {} and again.outcomes[0].report is not None


def test_run_blocks_serially_keeps_the_order(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    done = list(run_blocks([Block((ONE,), {}), Block((GOOD,), {})], Settings(), embedder=fake_embedder))
    assert [o.job.event for result in done for o in result.outcomes] == ["one", "good"]
