"""render.csv: one row per finding, every field quoted as CSV needs."""

from __future__ import annotations

import csv
import io

from factcheck.records import Report
from factcheck.render.csv import render_csv


def test_one_row_per_finding_with_outlets_and_values(small_report) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(render_csv(small_report))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["claim"], row["kind"], row["label"], row["severity"]) == ("c001", "numeric", "conflict", "high")
    assert row["outlets"] == "a;b" and row["outlet_names"] == "Alpha, Inc;Beta" and row["values"] == "5,000 | 3,000"
    assert '"yes"' in row["texts"]  # quotes and commas inside a cell survive the round trip


def test_no_findings_is_a_header_alone() -> None:
    text = render_csv(Report("empty", (), ()))
    assert text.splitlines() == ["claim,kind,label,severity,within_source,outlets,outlet_names,values,detail,diff,texts"]
