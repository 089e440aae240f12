"""Dask: a batch sent to a LocalCluster of two processes on loopback gives the serial run's reports, and
a worker killed mid-run loses no finished report. Skipped when dask.distributed is not installed."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster

from factcheck.batch import BatchOptions, BatchProgress, check_batch

pytestmark = pytest.mark.model


def _archive(tmp_path: Path, seeds: Path) -> Path:
    root = tmp_path / "news"
    files = sorted(seeds.glob("*.txt"))
    shutil.copytree(seeds, root / "summit")
    for n in range(2):
        (root / f"pair{n}").mkdir(parents=True)
        for f in files[n:n + 2]:
            shutil.copy(f, root / f"pair{n}")
    return root


def _reports(out: Path) -> dict[str, object]:
    found = {}
    for path in sorted(out.glob("*.json")):
        if path.name != "index.json" and not path.name.startswith("."):
            data = json.loads(path.read_text(encoding="utf-8"))
            data.pop("generated_at")
            found[path.name] = data
    return found


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


def test_dask_reports_match_the_serial_run(tmp_path: Path, seeds: Path, cluster: LocalCluster) -> None:
    root = _archive(tmp_path, seeds)
    # One event per task in both runs, so each event's sentences are embedded in the same batches.
    serial = check_batch(root, tmp_path / "serial", options=BatchOptions(block_sentences=1))
    dask = check_batch(root, tmp_path / "dask", options=BatchOptions(block_sentences=1,
                                                                       scheduler=cluster.scheduler_address))
    assert sorted(dask.written) == sorted(serial.written) == ["pair0", "pair1", "summit"]
    assert _reports(tmp_path / "dask") == _reports(tmp_path / "serial")


def test_a_worker_killed_mid_run_loses_no_finished_report(tmp_path: Path, seeds: Path, cluster: LocalCluster) -> None:
    root = _archive(tmp_path, seeds)
    out = tmp_path / "out"
    killed: list[str] = []

    def kill_one_worker(step: BatchProgress) -> None:
        if killed:
            return
        killed.append(step.event)
        with Client(cluster.scheduler_address) as client:
            victim = sorted(client.scheduler_info()["workers"])[0]
            with contextlib.suppress(Exception):  # the worker dies before it can answer
                client.run(os._exit, 1, workers=[victim])
        assert (out / f"{step.event}.json").exists()

    result = check_batch(root, out, options=BatchOptions(block_sentences=1, scheduler=cluster.scheduler_address),
                         progress=kill_one_worker)
    assert killed and sorted(result.written) == ["pair0", "pair1", "summit"] and result.failed == ()
    assert sorted(p.stem for p in out.glob("*.md") if p.stem != "index") == ["pair0", "pair1", "summit"]
