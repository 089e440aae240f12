"""render.frames: claims, mentions and findings as DataFrames joined on the claim id."""

from __future__ import annotations

from factcheck.render.frames import report_to_frames


def test_three_frames_that_join(small_report) -> None:  # type: ignore[no-untyped-def]
    frames = report_to_frames(small_report)
    claims, mentions, findings = frames["claims"], frames["mentions"], frames["findings"]
    assert list(claims["claim"]) == ["c001", "c002"] and list(claims["outlets"]) == [2, 2]
    assert len(mentions) == 4 and set(mentions["claim"]) == set(claims["claim"])
    assert list(mentions["outlet"][:2]) == ["Alpha, Inc", "Beta"]
    assert set(findings["claim"]) <= set(claims["claim"]) and list(findings["label"]) == ["conflict"]
    joined = findings.merge(claims, on="claim", suffixes=("", "_claim"))
    assert list(joined["status"]) == ["conflict"]
