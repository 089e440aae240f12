"""Time per event against an earlier version of the code, measured in one run.

Issue "Facts, not sentences" allows the fact layer (the spaCy parse, people and event facts, their
comparison) to cost at most 1.5 times the time per event of the code before it. This script checks the
earlier version out into a temporary git worktree (``--baseline``, by default the commit before the fact
layer), then runs both versions on the same events, in separate processes, alternating
baseline/current ``--rounds`` times so that other jobs' load falls on both alike. Each process loads the
embedder once (not timed) and times ``check_folder`` per event in CPU seconds of the process (all its
threads), which other jobs on a shared machine disturb far less than wall-clock seconds.

Events: the first ``--events`` events of the giveme5w1h export in ``../shared/data/news-clusters`` (the
development set). Usage: ``python benchmarks/event_time.py [--events 12] [--rounds 2]``; writes
``benchmarks/results/event_time.md``. Skipped with a message when the data or git is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from _common import ROOT, publish

DATA = ROOT.parent / "shared" / "data" / "news-clusters" / "giveme5w1h.jsonl"
#: The last commit before the fact layer (3f92a8b) landed on main.
BASELINE = "f904e9c"

#: Run in a fresh process with one version's code first on sys.path: load the embedder, then print the
#: CPU seconds check_folder takes for each event folder given.
_TIMER = """
import json, sys, time
from factcheck import Settings, check_folder
from factcheck.embedding import load_embedder
embedder = load_embedder()
check_folder(sys.argv[1], Settings(), embedder=embedder)  # warm: the first call loads the parser
out = {}
for path in sys.argv[1:]:
    start = time.process_time()
    check_folder(path, Settings(), embedder=embedder)
    out[path] = time.process_time() - start
print(json.dumps(out))
"""


def _events(limit: int, folder: Path) -> list[Path]:
    """The first ``limit`` events of the export, each written as a JSONL file of its articles."""
    events: dict[str, list[str]] = defaultdict(list)
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            key = str(record.get("event_id") or record.get("event"))
            if key in events or len(events) < limit:
                events[key].append(line if line.endswith("\n") else line + "\n")
    paths = []
    for k, lines in enumerate(events.values()):
        if len(lines) < 2:
            continue
        path = folder / f"{k:03d}.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def _run(code_root: Path, paths: list[Path]) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(code_root), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", _TIMER, *map(str, paths)], env=env, cwd=code_root,
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{code_root}: the timing process failed: {done.stderr.strip().splitlines()[-1:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=BASELINE, help="git commit of the earlier version")
    parser.add_argument("--events", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        try:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.baseline],
                           check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as err:
            print(f"skipped: cannot check out {args.baseline}: {err}")
            return 0
        try:
            folder = Path(tmp) / "events"
            folder.mkdir()
            paths = _events(args.events, folder)
            totals: dict[str, list[float]] = {"baseline": [], "current": []}
            per_event: dict[str, dict[str, list[float]]] = {"baseline": defaultdict(list), "current": defaultdict(list)}
            for _ in range(args.rounds):
                for name, root in (("baseline", base), ("current", ROOT)):
                    times = _run(root, paths)
                    totals[name].append(sum(times.values()))
                    for path, seconds in times.items():
                        per_event[name][path].append(seconds)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], capture_output=True)
    n = len(paths)
    base_s, cur_s = statistics.median(totals["baseline"]), statistics.median(totals["current"])
    ratios = [statistics.median(per_event["current"][p]) / statistics.median(per_event["baseline"][p])
              for p in per_event["current"]]
    lines = [
        "# Time per event: the current code against an earlier version", "",
        f"Command: `python benchmarks/event_time.py --baseline {args.baseline} --events {args.events} "
        f"--rounds {args.rounds}`. Baseline {args.baseline} is the code before the fact layer. {n} giveme5w1h "
        "events (development set), both versions in separate processes on the same events, alternating, each "
        "loading the embedder once (not timed). CPU seconds of the process per `check_folder` call, median "
        "over rounds. Target (issue \"Facts, not sentences\"): current <= 1.5 x baseline.", "",
        "| version | CPU s, all events (median of rounds) | CPU s per event | rounds |",
        "|---|---|---|---|",
        f"| baseline {args.baseline} | {base_s:.1f} | {base_s / n:.2f} | "
        f"{', '.join(f'{t:.1f}' for t in totals['baseline'])} |",
        f"| current | {cur_s:.1f} | {cur_s / n:.2f} | {', '.join(f'{t:.1f}' for t in totals['current'])} |",
        "",
        f"**current / baseline = {cur_s / base_s:.2f}** (per event: median {statistics.median(ratios):.2f}, "
        f"max {max(ratios):.2f}).",
    ]
    publish("event_time.md", "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
