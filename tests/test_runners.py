"""Where the batches run (--workers N, --runner dask [--address]) and how they reach Parquet
(streamed batch by batch, duplicate ids rejected across batches): the output must be the same."""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows import batch, incremental, load, validate
from flows.cli import parser
from flows.batch import batch_bytes
from flows.pipeline import run_dataset, task_runner
from flows.settings import Settings
from flows.validate import SOURCE, SeenIds
from schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]


def tables_of(warehouse: Path) -> dict[str, pa.Table]:
    """Every table of the current version, rows sorted by their key (batches may change the order)."""
    out = {}
    for table, model in TABLES.items():
        data = pq.read_table(warehouse / "current" / f"{table}.parquet")
        out[table] = data.sort_by([(k, "ascending") for k in model.key])
    return out


def assert_same_output(warehouse: Path, built: dict) -> None:
    ours, reference = tables_of(warehouse), tables_of(built["warehouse"])
    for table in TABLES:
        assert ours[table].equals(reference[table]), table


def test_two_worker_processes_publish_what_one_process_does(prefect_server, built, tmp_path):
    settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path / "wh", workers=2)
    summary = run_dataset(settings)
    assert summary["documents"] == built["documents"] and summary["rejected"] == built["rejected"]
    assert_same_output(tmp_path / "wh", built)


def assert_closed(pool: batch.WorkerPool) -> None:
    with pytest.raises(RuntimeError, match="shutdown"):
        pool.executor.submit(batch.worker_ready)


def test_batches_started_before_the_flow_are_taken_by_its_tasks(prefect_server, built, tmp_path):
    settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path / "wh", workers=2, batch_bytes=20_000)
    with batch.early_pool(settings, incremental.planned_run(settings).process) as pool:
        started = len(pool.ahead)
        summary = run_dataset(settings, early_pool=pool)
        assert started >= 2 and not pool.ahead       # each task took its batch: none was processed twice
    assert summary["documents"] == built["documents"] and summary["rejected"] == built["rejected"]
    assert_same_output(tmp_path / "wh", built)
    assert_closed(pool)


@pytest.mark.parametrize("early, taken", [
    ({"workers": 3}, False),              # another number of workers: the flow starts its own pool
    ({"batch_bytes": 30_000}, True),      # other batches: the flow's tasks process their own
])
def test_batches_started_for_other_settings_are_not_taken(prefect_server, built, tmp_path, early, taken):
    settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path / "wh", workers=2, batch_bytes=20_000)
    paths = incremental.planned_run(settings).process
    with batch.early_pool(settings.model_copy(update=early), paths) as pool:
        started = len(pool.ahead)
        run_dataset(settings, early_pool=pool)
        assert len(pool.ahead) == started
    assert_same_output(tmp_path / "wh", built)
    assert_closed(pool)


def test_a_pool_forks_only_while_no_other_thread_runs():
    fresh = subprocess.run([sys.executable, "-c", "from flows import batch; print(batch.start_method())"],
                           capture_output=True, text=True, cwd=ROOT, check=True)
    assert fresh.stdout.strip() == ("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait)
    waiting.start()
    try:
        assert batch.start_method() == "spawn"
    finally:
        stop.set()
        waiting.join()


def test_the_cli_with_two_workers_publishes_what_one_process_does(prefect_server, built, tmp_path):
    done = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--input", str(built["input_dir"]),
                           "--warehouse", str(tmp_path / "wh"), "--workers", "2"], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, env={**os.environ, "PREFECT_API_URL": prefect_server})
    assert done.returncode == 0, done.stderr
    assert_same_output(tmp_path / "wh", built)


class Holding:
    """A context manager that records whether it was entered."""

    entered = False

    def __enter__(self):
        self.entered = True

    def __exit__(self, *exc):
        return None


@pytest.mark.parametrize("settings, total_bytes, workers", [
    (Settings(workers=1), 10**9, None),                      # the flow's own process does the batches
    (Settings(runner="dask", workers=2), 10**9, None),       # Dask's workers do
    (Settings(batch_bytes=1000), 999, None),                 # one batch: one process
    (Settings(batch_bytes=1000, workers=2), 10, 2),          # as many as asked for
])
def test_an_early_pool_has_the_workers_the_run_will_want(tmp_path, settings, total_bytes, workers):
    doc = tmp_path / "a.txt"
    with doc.open("wb") as fh:
        fh.truncate(total_bytes)           # a sparse file: only its size matters here
    holding = Holding()
    with batch.early_pool(settings.model_copy(update={"input_dir": tmp_path}), [doc], holding) as pool:
        assert (pool.workers if pool else None) == workers
        assert holding.entered
        if pool:
            assert [f.result() for f in pool.ahead.values()]     # a batch of one document, done


def test_one_batch_per_document_streams_one_row_group_per_batch(prefect_server, built, tmp_path):
    settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path / "wh", batch_bytes=1)
    run_dataset(settings)
    assert_same_output(tmp_path / "wh", built)
    assert pq.ParquetFile(tmp_path / "wh" / "current" / "documents.parquet").num_row_groups == built["documents"]


def test_a_local_dask_cluster_publishes_what_one_process_does(prefect_server, built, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path / "wh", runner="dask",
                            dask_address=cluster.scheduler_address, batch_bytes=20_000)
        summary = run_dataset(settings)
    assert summary["documents"] == built["documents"]
    assert_same_output(tmp_path / "wh", built)
    assert not list((tmp_path / "wh" / "versions").glob(".tmp-*"))   # the shared work folder is gone


def test_dask_without_an_address_starts_a_local_cluster_of_workers():
    runner = task_runner(Settings(runner="dask", workers=3))
    assert runner.address is None and runner.cluster_kwargs["n_workers"] == 3
    assert task_runner(Settings(runner="dask", dask_address="tcp://10.0.0.1:8786")).address == "tcp://10.0.0.1:8786"


def test_flags_become_settings():
    from flows.cli import _settings

    args = parser().parse_args(["run", "--workers", "4", "--address", "tcp://h:8786"])
    settings = _settings(args)
    assert (settings.workers, settings.runner, settings.dask_address) == (4, "dask", "tcp://h:8786")
    with pytest.raises(SystemExit):
        parser().parse_args(["run", "--workers", "0"])


def test_several_workers_get_several_batches_each():
    assert batch_bytes([100] * 100, Settings(workers=1, batch_bytes=8000)) == 8000
    assert batch_bytes([100] * 100, Settings(workers=2, batch_bytes=8000)) == 625    # 16 batches
    assert batch_bytes([100] * 100, Settings(workers=2, batch_bytes=500)) == 500


@pytest.mark.parametrize("workers", [2, 3])
def test_the_last_batches_are_half_sized_so_workers_finish_together(tmp_path, workers):
    paths = []
    for i in range(96):
        paths.append(tmp_path / f"{i:03}.txt")
        paths[-1].write_bytes(b"x" * 100)
    settings, groups = batch.batch_plan(paths, Settings(workers=workers, batch_bytes=10**6))
    sizes = [len(g) * 100 for g in groups]
    full = batch_bytes([100] * 96, settings)
    assert [p for g in groups for p in g] == paths                     # every path once, in order
    assert max(sizes) <= full and sizes[0] == full
    tail = [n for n, left in zip(sizes, [sum(sizes[i:]) for i in range(len(sizes))]) if left <= full * workers]
    assert tail and all(n <= full // 2 for n in tail)                 # the last `workers` batches' bytes, halved
    _, one = batch.batch_plan(paths, Settings(workers=1, batch_bytes=1000))
    assert [len(g) for g in one] == [10] * 9 + [6]                     # one worker: no taper


def _docs(ids: list[str]) -> pa.Table:
    rows = [dict(doc_id=i, source_path=f"{i}.txt", content_sha256="0" * 64, encoding="utf-8", script="hans",
                 n_chars=1, n_bytes=1, title=None, warnings=[], coverage=1.0) for i in ids]
    return load.arrow_table("documents", rows).append_column(SOURCE, pa.array([f"{i}.txt" for i in ids]))


@pytest.mark.parametrize("colliding", [False, True])
def test_an_id_seen_in_an_earlier_batch_is_rejected_and_the_first_row_kept(monkeypatch, colliding):
    # colliding: every key hashes alike, so only comparing the keys themselves tells a duplicate from a collision
    if colliding:
        monkeypatch.setattr(validate, "key_hashes", lambda keys: pa.array([7] * len(keys), pa.int64()))
    seen = SeenIds()
    kept = [seen.first_distinct("documents", _docs(ids)) for ids in (["a", "b", "a"], ["c", "b"], ["d"], ["e", "c", "f"])]
    assert [d.column("doc_id").to_pylist() for d, _ in kept] == [["a", "b"], ["c"], ["d"], ["e", "f"]]
    assert [[r["record_id"] for r in bad] for _, bad in kept] == [["a"], ["b"], [], ["c"]]


def test_parts_are_written_as_row_groups_of_one_file(tmp_path):
    path = tmp_path / "documents.parquet"
    assert load.write_parts(path, "documents", (_docs([f"{n}{i}" for i in range(3)]) for n in "xyz")) == 9
    assert pq.ParquetFile(path).num_row_groups == 3
    assert pq.read_table(path).schema.equals(load.arrow_schema(TABLES["documents"]))
    assert load.write_parts(tmp_path / "empty.parquet", "documents", iter([])) == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_workers_default_to_the_cores_but_not_more_than_the_batches(monkeypatch):
    from flows import settings as S

    monkeypatch.setattr(S, "cpu_cores", lambda: 4)
    auto = Settings(batch_bytes=1000)
    assert auto.workers is None
    assert auto.with_workers_for(500).workers == 1          # less than one batch: no pool
    assert auto.with_workers_for(2500).workers == 2         # two full batches
    assert auto.with_workers_for(10 ** 6).workers == 4      # never more than the cores
    assert Settings(workers=3).with_workers_for(10 ** 6).workers == 3    # a set value stays


def test_a_run_with_workers_is_refused_in_one_line_while_another_holds_the_lock(input_dir, tmp_path):
    """The lock is taken after the workers are forked and before any batch starts (and before Prefect)."""
    from flows.lock import WarehouseLock

    warehouse = tmp_path / "wh"
    warehouse.mkdir()
    with WarehouseLock(warehouse):
        done = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--input", str(input_dir),
                               "--warehouse", str(warehouse), "--workers", "2"],
                              capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 3 and done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert "is locked by another run" in line
    assert not (warehouse / "versions").exists()


@pytest.mark.parametrize("environment, inside", [
    ({}, None),                                           # Prefect's default (180 s): off for the run
    ({"PREFECT_FLOWS_HEARTBEAT_FREQUENCY": "60"}, 60),    # asked for: kept
    ({"PREFECT_RUNNER_HEARTBEAT_FREQUENCY": "45"}, 45),   # (Prefect's older name for it)
])
def test_a_run_has_heartbeats_only_if_asked(monkeypatch, environment, inside):
    from prefect.settings import get_current_settings, temporary_settings

    from flows.pipeline import heartbeats_only_if_asked

    for name in ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with temporary_settings():          # settings read again from the environment
        before = get_current_settings().flows.heartbeat_frequency
        with heartbeats_only_if_asked():
            assert get_current_settings().flows.heartbeat_frequency == inside
        assert get_current_settings().flows.heartbeat_frequency == before


class _Future:
    """A PrefectFuture's face as BatchFolders sees it: result() waits until the batch is done."""

    def __init__(self, task_run_id: str) -> None:
        self.task_run_id, self.done, self.value, self.error = task_run_id, threading.Event(), None, None

    def finish(self, value: str | None = None, error: Exception | None = None) -> None:
        self.value, self.error = value, error
        self.done.set()

    def result(self) -> str:
        self.done.wait(5)
        if self.error is not None:
            raise self.error
        assert self.value is not None
        return self.value


def test_batch_folders_come_as_each_batch_is_done_while_later_ones_still_run():
    from flows.pipeline import BatchFolders

    first, second = _Future("t1"), _Future("t2")
    folders = BatchFolders([first, second])
    first.finish("batch-1")
    it = iter(folders)
    assert next(it) == "batch-1" and not second.done.is_set()   # publish can write batch 1 already
    assert folders.done_at is None
    second.finish("batch-2")
    assert list(it) == ["batch-2"] and folders.done_at is not None
    assert list(folders) == ["batch-1", "batch-2"]               # every table iterates them again


def test_a_failed_batch_stops_publish_without_a_retry():
    """publish retries OSErrors; a batch that failed after its own retries would fail again."""
    from flows.pipeline import BatchFailed, BatchFolders

    failed = _Future("t9")
    failed.finish(error=OSError(5, "disk"))
    with pytest.raises(BatchFailed, match="t9") as raised:
        list(BatchFolders([failed]))
    assert not isinstance(raised.value, OSError)
