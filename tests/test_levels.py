"""records.levels: one severity order and one status order, as StrEnums that compare equal to their values."""

from __future__ import annotations

import pytest

from factcheck.records import SEVERITIES, STATUSES, Kind, Severity, Status, severity_rank, status_rank


def test_one_order_each() -> None:
    assert [str(s) for s in SEVERITIES] == ["high", "medium", "low", "info"]
    assert [str(s) for s in STATUSES] == ["conflict", "differs", "single-source", "agrees"]
    assert [severity_rank(s) for s in SEVERITIES] == [0, 1, 2, 3]
    assert [status_rank(s) for s in STATUSES] == [0, 1, 2, 3]


@pytest.mark.parametrize("rank", [severity_rank, status_rank])
def test_unknown_names_sort_last(rank) -> None:  # type: ignore[no-untyped-def]
    assert rank("nonsense") == 4 and rank("") == 4


def test_members_are_their_strings() -> None:
    assert Severity.HIGH == "high" and f"{Status.SINGLE_SOURCE}" == "single-source"
    assert sorted([Severity.LOW, Severity.HIGH], key=severity_rank) == ["high", "low"]
    assert Kind("fact") is Kind.FACT
    with pytest.raises(ValueError):
        Severity("severe")
