"""Claim grouping: the neighbour graph and the clustering on it."""

from __future__ import annotations

import numpy as np

from factcheck.claims.cluster import group_sentences
from factcheck.claims.graph import knn_graph
from factcheck.records import Sentence


def test_knn_matches_dense_search() -> None:
    rng = np.random.default_rng(0)
    v = rng.normal(size=(300, 16)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    idx, sims = knn_graph(v, 5)
    dense = v @ v.T
    np.fill_diagonal(dense, -np.inf)
    want = np.argsort(-dense, axis=1)[:, :5]
    assert (np.sort(idx, axis=1) == np.sort(want, axis=1)).all()
    assert np.allclose(sims[:, 0], dense.max(axis=1), atol=1e-5)


def _sentences(texts: list[tuple[str, str]]) -> list[Sentence]:
    return [Sentence(src, i, t, 0, len(t)) for i, (src, t) in enumerate(texts)]


def test_same_statement_across_outlets_groups(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [
        ("a", "Starmer announced £1.6bn of export finance to buy 5,000 air defence missiles."),
        ("b", "Starmer announced £1.6 billion of export finance to buy more than 5,000 air defence missiles."),
        ("a", "Zelenskyy travelled to Sandringham to meet the King after the summit."),
        ("b", "Rain is expected across the north of England tomorrow."),
    ]
    sents = _sentences(texts)
    groups = group_sentences(sents, fake_embedder.encode([s.text for s in sents]))
    members = [g.members for g in groups]
    assert (0, 1) in members
    assert (2,) in members and (3,) in members


def test_every_sentence_in_exactly_one_group(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [(f"s{i % 3}", f"Sentence number {i} about topic {i % 4} and more words") for i in range(40)]
    sents = _sentences(texts)
    groups = group_sentences(sents, fake_embedder.encode([s.text for s in sents]))
    flat = sorted(i for g in groups for i in g.members)
    assert flat == list(range(40))


def test_same_frame_different_actors_are_different_claims(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [
        ("a", "Leaders from Canada attended the London summit on Sunday afternoon."),
        ("b", "Leaders from Turkey attended the London summit on Sunday afternoon."),
    ]
    sents = _sentences(texts)
    groups = group_sentences(sents, fake_embedder.encode([s.text for s in sents]))
    assert [g.members for g in groups] == [(0,), (1,)]


def test_shared_figure_is_evidence_of_one_fact() -> None:
    from dataclasses import replace

    from factcheck.settings import Settings

    texts = [("a", "The chancellor will sign a £2.3bn loan deal for Kyiv."),
             ("b", "Reeves signs £2.3 billion loan agreement with Ukraine.")]
    sents = _sentences(texts)
    # Vectors chosen so that cosine alone (0.5) falls short and the shared figure decides.
    v = np.array([[1.0, 0.0], [0.5, np.sqrt(0.75)]], dtype=np.float32)
    base = replace(Settings(), lexical_weight=0.0, number_bonus=0.0, link_threshold=0.55, cluster_threshold=0.55)
    assert [g.members for g in group_sentences(sents, v, base)] == [(0,), (1,)]
    boosted = replace(base, number_bonus=0.08)
    assert [g.members for g in group_sentences(sents, v, boosted)] == [(0, 1)]


def test_quoted_phrase_carried_by_another_outlet_is_evidence() -> None:
    from dataclasses import replace

    from factcheck.settings import Settings

    quoted = ("a", "Starmer said he would put British “boots on the ground” to keep the peace.")
    carrier = ("b", "The UK is prepared to back this with boots on the ground and planes in the air.")
    repeats = [("b", f"Update {k}: allies discussed boots on the ground again today.") for k in (1, 2)]
    # Cosine alone (0.5) falls short of the thresholds; only the shared quotation can link the pair.
    v = np.array([[1.0, 0.0, 0.0], [0.5, np.sqrt(0.75), 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    base = replace(Settings(), lexical_weight=0.0, number_bonus=0.0, link_threshold=0.55, cluster_threshold=0.55)
    pair = _sentences([quoted, carrier])
    assert [g.members for g in group_sentences(pair, v[:2], base)] == [(0, 1)]
    assert [g.members for g in group_sentences(pair, v[:2], replace(base, shared_run_bonus=0.0))] == [(0,), (1,)]
    # Outlet b using the phrase three times makes it a slogan, not the mark of one statement.
    slogan = _sentences([quoted, carrier, *repeats])
    assert (0,) in [g.members for g in group_sentences(slogan, v, base)]
    assert (0, 1) in [g.members for g in group_sentences(slogan, v, replace(base, phrase_outlet_max=3))]


def test_a_claim_says_what_tied_its_versions(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = [
        ("a", "Starmer announced £1.6bn of export finance to buy 5,000 air defence missiles, made in Belfast."),
        ("b", "The PM said £1.6 billion would buy more than 5,000 air defence missiles, made in Belfast."),
    ]
    sents = _sentences(texts)
    [group] = group_sentences(sents, fake_embedder.encode([s.text for s in sents]))
    assert group.members == (0, 1)
    assert group.evidence[:2] == ("same figure: 5,000", "same figure: £1.6bn")
    assert group.evidence[2:] == ("same words: “5,000 air defence missiles made in Belfast”",)
