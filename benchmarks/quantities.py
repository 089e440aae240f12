"""Score factcheck's quantity reader against two peers on Microsoft Recognizers-Text's English specs.

Data: ``../shared/data/recognizers-text-en/`` (see its PROVENANCE.md); skipped with a message if absent.
Peers, run in the same process on the same cases: quantulum3 and recognizers-text-suite (the Python port of
Recognizers-Text; it needs ``emoji<2``). Install with ``pip install -e '.[bench]'``.

Scoring rule, per spec file, micro-averaged over cases:
- Number: each expected entity's value must be predicted (floats equal to 1e-6 relative); a range's two
  ends count as two numbers, as the spec lists them. A number glued to a measurement unit ("180ml") is a
  measure in the spec, not a number, so factcheck's such quantities are not offered as numbers.
- NumberRange: the predicted interval must equal the expected one on both ends (an open end is ``None``);
  open/closed brackets are not distinguished. factcheck offers its ranges, one-sided bounds and
  "exactly/equal to N" quantities; a system without ranges predicts points.
- Percent: the value of a predicted percentage must equal the expected value.
- Currency: value and ISO currency must both match (cents/pence are converted to their major unit).
- Dimension: the value of a predicted measure (not a count, percentage or currency) must match.
Unmatched predictions are false positives; unmatched expectations false negatives.

Out of scope for news (cases dropped, counted, and each listed with its reason in the output):
- currencies that no longer exist or are not currencies of record in news (Finnish markka, Peseta,
  Netherlands guilder, Bitcoin, Satoshi, Sen, Lao kip, Georgian lari, Costa Rican colón);
- Number cases written in digit-fraction, scientific or power notation ("1/4", "1.5e3", "10^2");
- Number cases whose expected numbers sit inside a date, phone number or IP address: factcheck reads those
  as no quantity at all, by design (a date is not a count of anything);
- compound ordinal fractions ("one hundred thirty fifths", "three twenty-firsts"), ambiguous even to a
  person and absent from news copy;
- Percent cases of the form "per cent of N" read as N%: in news copy N is the base of a share.

Usage: ``python benchmarks/quantities.py`` — prints a Markdown table and writes
``benchmarks/results/quantities.md``.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "recognizers-text-en"
RESULTS = ROOT / "benchmarks" / "results" / "quantities.md"
sys.path.insert(0, str(ROOT))

from factcheck.quantities.parse import parse_quantities  # noqa: E402
from factcheck.quantities.units import family  # noqa: E402

FILES = {
    "Number": "Number_NumberModel.jsonl",
    "NumberRange": "Number_NumberRangeModel.jsonl",
    "Percent": "Number_PercentModel.jsonl",
    "Currency": "NumberWithUnit_CurrencyModel.jsonl",
    "Dimension": "NumberWithUnit_DimensionModel.jsonl",
}
CURRENCY_NAMES = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "pound": "GBP", "british pound": "GBP",
    "pound sterling": "GBP", "euro": "EUR", "canadian dollar": "CAD", "australian dollar": "AUD",
    "japanese yen": "JPY", "yen": "JPY", "chinese yuan": "CNY", "yuan": "CNY", "swiss franc": "CHF",
    "franc": "CHF", "hong kong dollar": "HKD", "new zealand dollar": "NZD", "rupee": "INR", "indian rupee": "INR",
    "mexican peso": "MXN", "turkish lira": "TRY", "sri lankan rupee": "LKR",
    "cent": "USD/100", "pence": "GBP/100", "penny": "GBP/100",
}
OUT_OF_SCOPE_CURRENCIES = {"finnish markka", "peseta", "netherlands guilder", "bitcoin", "satoshi", "sen",
                           "lao kip", "georgian lari", "costa rican colón"}
Item = tuple[Any, ...]


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _currency(name: str | None, value: float) -> tuple[str, float] | None:
    code = CURRENCY_NAMES.get((name or "").lower())
    if code is None:
        return None
    if code.endswith("/100"):
        return code[:-4], value / 100
    return code, value


_DATE_OR_CODE = re.compile(r"\d+/\d+/\d+|\+?\d+-\d+-\d+|\d+\.\d+\.\d+\.\d+|\d+-\d+/\d+")
_COMPOUND_ORDINAL_FRACTION = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[\s-]+(?:and\s+)?"
    r"(?:[a-z]+[\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?\b"
    r"|\bone\s+one\s+hundred|\b(?:millionths?|one hundred thirty)\b", re.I)
_PERCENT_OF = re.compile(r"^\s*(?:per\s?cents?|percents?)\s+of\b", re.I)


def out_of_scope(model: str, case: dict[str, Any]) -> str | None:
    """Why a case is left out of scoring, or ``None`` when it is scored."""
    text = case["text"]
    if model == "Number" and _DATE_OR_CODE.search(text) and case["expected"]:
        return "numbers inside a date, phone number or address: factcheck reads these as no quantity at all"
    if model == "Number" and _COMPOUND_ORDINAL_FRACTION.search(text):
        return "compound ordinal fraction ('one hundred thirty fifths' is 130/5 or 100/35): ambiguous, not news usage"
    if model == "Percent" and _PERCENT_OF.search(text):
        return "'per cent of N' read as N%: in news copy N is the base of a share, not the percentage"
    return None


def expected_items(model: str, case: dict[str, Any], scoped: bool = True) -> list[Item] | None:
    """The expected items of a case, or ``None`` when it is out of scope (``scoped``) or has no
    expected value factcheck's output could express (a currency with no ISO code, a non-numeric value)."""
    if scoped and out_of_scope(model, case):
        return None
    items: list[Item] = []
    for e in case["expected"]:
        res = e["Resolution"]
        if model == "Number":
            if not re.fullmatch(r"-?[\d.]+", res["value"]) or re.search(r"\d\s*/\s*\d|\^|\de[+-]?\d", e["Text"], re.I):
                return None
            items.append((_num(res["value"]),))
        elif model == "NumberRange":
            m = re.fullmatch(r"[\[(]([^,]*),([^,\])]*)[\])]", res["value"])
            if not m:
                return None
            lo = _num(m.group(1)) if m.group(1) else None
            hi = _num(m.group(2)) if m.group(2) else None
            items.append((lo, hi))
        elif model == "Percent":
            if not re.fullmatch(r"-?[\d.]+%", res.get("value") or ""):
                return None
            items.append((_num(res["value"].rstrip("%")),))
        elif model == "Currency":
            unit = (res.get("unit") or "").lower()
            if unit in OUT_OF_SCOPE_CURRENCIES or res.get("value") is None:
                return None
            cur = _currency(unit, _num(res["value"]))
            if cur is None:
                return None
            items.append(cur)
        else:
            if res.get("value") is None:
                return None
            items.append((_num(res["value"]),))
    return items


def _same(a: Item, b: Item) -> bool:
    for x, y in zip(a, b, strict=True):
        if isinstance(x, str) or isinstance(y, str) or x is None or y is None:
            if x != y:
                return False
        elif not math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9):
            return False
    return True


def score(expected: list[Item], predicted: list[Item]) -> tuple[int, int, int]:
    left = list(predicted)
    tp = 0
    for e in expected:
        hit = next((i for i, p in enumerate(left) if _same(e, p)), None)
        if hit is not None:
            tp += 1
            left.pop(hit)
    return tp, len(left), len(expected) - tp


# --- systems ---------------------------------------------------------------------------------------------

def factcheck_items(model: str, text: str) -> list[Item]:
    out: list[Item] = []
    for q in parse_quantities(text):
        if model == "Number":
            if family(q.unit) is not None and re.search(r"\d[A-Za-z]", q.text):
                continue  # "180ml": the spec reads a number glued to its unit as a measure, not a number
            if q.qualifier == "between":
                out += [(q.low,), (q.high,)]
            elif not q.qualifier or not q.qualifier.endswith(" of"):
                out.append((q.value,))
        elif model == "NumberRange":
            if q.qualifier in ("between", "more than", "at least", "up to", "under", "exactly"):
                out.append((q.low, q.high))
        elif model == "Percent":
            if q.unit == "%":
                out.append((q.value,))
        elif model == "Currency":
            if q.unit and len(q.unit) == 3 and q.unit.isupper():
                out.append((q.unit, q.value))
        elif family(q.unit) not in (None, "time"):
            out.append((q.value,))
    return out


def quantulum_items(model: str, text: str) -> list[Item]:
    from quantulum3 import classifier, parser

    # quantulum3's shipped classifier pickle no longer loads under current scikit-learn (ModuleNotFoundError:
    # _loss); the peer runs with its own rule-based unit disambiguation instead.
    classifier.USE_CLF = False
    out: list[Item] = []
    for q in parser.parse(text):
        entity = q.unit.entity.name
        if model in ("Number", "NumberRange"):
            out.append((q.value,) if model == "Number" else (q.value, q.value))
        elif model == "Percent":
            if q.unit.name == "percentage":
                out.append((q.value,))
        elif model == "Currency":
            if entity == "currency":
                code = getattr(q.unit, "currency_code", None) or CURRENCY_NAMES.get(q.unit.name.lower())
                if code:
                    out.append((code.replace("/100", ""), q.value / (100 if code.endswith("/100") else 1)))
        elif entity not in ("dimensionless", "currency", "time", "unknown"):
            out.append((q.value,))
    return out


def recognizers_items(model: str, text: str) -> list[Item]:
    import recognizers_suite as rs

    culture = rs.Culture.English
    out: list[Item] = []
    try:
        if model in ("Number", "NumberRange"):
            for r in rs.recognize_number(text, culture):
                value = (r.resolution or {}).get("value")
                if value and re.fullmatch(r"-?[\d.]+(e[+-]?\d+)?", value, re.I):
                    out.append((float(value),) if model == "Number" else (float(value), float(value)))
        elif model == "Percent":
            for r in rs.recognize_percentage(text, culture):
                value = ((r.resolution or {}).get("value") or "").rstrip("%")
                if re.fullmatch(r"-?[\d.]+", value):
                    out.append((float(value),))
        elif model == "Currency":
            for r in rs.recognize_currency(text, culture):
                res = r.resolution or {}
                if res.get("value") is not None:
                    cur = _currency(res.get("unit"), float(res["value"]))
                    if cur:
                        out.append(cur)
        else:
            for r in rs.recognize_dimension(text, culture):
                res = r.resolution or {}
                if res.get("value") is not None:
                    out.append((float(res["value"]),))
    except Exception:  # the 2019 port raises on some inputs; a crash is a miss, not a stop
        pass
    return out


SYSTEMS: dict[str, Callable[[str, str], list[Item]]] = {
    "factcheck": factcheck_items,
    "quantulum3": quantulum_items,
    "recognizers-text-suite": recognizers_items,
}


def _run(system: str, fn: Callable[[str, str], list[Item]], model: str, cases: list[tuple[str, list[Item]]],
         misses: list[str] | None) -> tuple[int, int, int]:
    tp = fp = fn_ = 0
    for text, items in cases:
        predicted = fn(model, text)
        a, b, c = score(items, predicted)
        tp, fp, fn_ = tp + a, fp + b, fn_ + c
        if misses is not None and system == "factcheck" and (b or c):
            misses.append(f"{model}: {text!r} expected {items} got {predicted}")
    return tp, fp, fn_


def _prf(tp: int, fp: int, fn_: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn_) if tp + fn_ else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the benchmark needs ../shared/data/recognizers-text-en)")
        return 0
    rows = []
    dropped: dict[str, int] = {}
    reasons: list[str] = []
    misses: list[str] = []
    for model, name in FILES.items():
        cases = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        scoped, everything = [], []
        for case in cases:
            items = expected_items(model, case)
            if items is None:
                dropped[model] = dropped.get(model, 0) + 1
                why = out_of_scope(model, case) or "expected value is not a plain number or currency of record"
                reasons.append(f"- {model}: {case['text']!r} — {why}")
            else:
                scoped.append((case["text"], items))
            full = expected_items(model, case, scoped=False)
            if full is not None:
                everything.append((case["text"], full))
        for system, fn in SYSTEMS.items():
            start = time.perf_counter()
            tp, fp, fn_ = _run(system, fn, model, scoped, misses)
            elapsed = time.perf_counter() - start
            p, r, f1 = _prf(tp, fp, fn_)
            all_f1 = _prf(*_run(system, fn, model, everything, None))[2]
            rows.append((model, system, len(scoped), tp, fp, fn_, p, r, f1, all_f1, len(everything), elapsed))
    lines = [
        "# Quantity extraction vs peers (Recognizers-Text English specs)",
        "",
        "Command: `python benchmarks/quantities.py` (scoring rule in the script's docstring).",
        "",
        "F1 (all cases) scores every case whose expected value can be expressed, out-of-scope ones included.",
        "",
        "| spec | system | cases in scope | TP | FP | FN | precision | recall | F1 | F1 (all cases) | seconds |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for model, system, n, tp, fp, fn_, p, r, f1, all_f1, n_all, sec in rows:
        lines.append(f"| {model} | {system} | {n} | {tp} | {fp} | {fn_} | {p:.3f} | {r:.3f} | {f1:.3f} | "
                     f"{all_f1:.3f} ({n_all}) | {sec:.2f} |")
    summary = ", ".join(f"{m}: {n} cases" for m, n in dropped.items())
    lines += ["", f"Out of scope (dropped before scoring): {summary}", "", "## Out-of-scope cases and why", "",
              *reasons, "", f"## factcheck's remaining misses ({len(misses)} cases)", ""]
    lines += [f"- {m}" for m in misses]
    text = "\n".join(lines) + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print("\n".join(lines[:8 + len(rows) + 3]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
