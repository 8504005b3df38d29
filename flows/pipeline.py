"""The Prefect flow: the only module that imports Prefect.

Tasks work on batches of documents grouped by bytes (never one task per document) and hand each
other file paths, not data: a batch's validated rows travel as Arrow IPC files, one per table.
The batches' work lives in flows.batch (Prefect-free), run in a pool of processes with
--workers N; publish streams the batches into each table's Parquet file.
"""
# No `from __future__ import annotations` here: Prefect validates a deployment run's parameters
# against build_dataset's annotations, which must be real classes (Settings), not strings.

import json
import tempfile
import time
from collections.abc import Iterable, Iterator
from typing import Any
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext
from prefect.futures import PrefectFuture
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, get_current_settings, temporary_settings
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from flows import batch, faults, incremental, load, lock, storage, validate
from flows.storage import Location
from flows.settings import Settings, cpu_cores
from schemas import TABLES

SUMMARY_TABLES = ("documents", "articles", "sections", "paragraphs", "measures", "residue", "rejects")
# Tasks that read or write files retry on OSError (flaky disk, NFS) with exponential backoff:
# 1 s, 2 s, 4 s (±20 %). A batch's last attempt turns a document's transient I/O error into a reject.
IO_RETRIES = 3
IO_TASK: dict[str, Any] = dict(cache_policy=NO_CACHE, persist_result=False, retries=IO_RETRIES,
                               retry_delay_seconds=exponential_backoff(1.0), retry_jitter_factor=0.2,
                               retry_condition_fn=faults.retry_on_io_error)


# --- pure helpers ---

def task_runner(settings: Settings) -> Any:
    # (Any: Prefect's Flow.with_options types task_runner invariantly, so no one runner type fits both)
    """Where the tasks run: Dask (prefect-dask), on the cluster at dask_address or else on a local
    one of `workers` processes; otherwise threads of the flow's process (with --workers N they
    only wait for worker_pool's processes, which do the batches' CPU-bound work)."""
    if settings.runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": settings.workers or cpu_cores(), "threads_per_worker": 1,
                                              "dashboard_address": None})
    # one thread per worker: more batches in flight would only hold more rows in memory at once
    return ThreadPoolTaskRunner(max_workers=settings.workers or cpu_cores())


def workdir_parent(settings: Settings) -> Path | None:
    """Where a run's batch files go: the system temp folder, or, on an existing Dask cluster whose
    workers share only the warehouse's filesystem, WAREHOUSE/versions/.tmp-work-* (a killed
    run's leftovers are removed by the next run like its half-written versions)."""
    warehouse = storage.location(settings.warehouse_dir)
    if settings.runner == "dask" and settings.dask_address and not storage.is_remote(warehouse):
        parent = warehouse / "versions"
        parent.mkdir(parents=True, exist_ok=True)
        return parent
    return None


# --- tasks ---

def _last_attempt() -> bool:
    """True outside Prefect (task.fn) and on a task run's last try."""
    ctx = TaskRunContext.get()
    return ctx is None or ctx.task_run.run_count > (ctx.task.retries or 0)


_POOL: batch.WorkerPool | None = None   # set by worker_pool() while a --workers N run processes batches
_EARLY_POOL: batch.WorkerPool | None = None   # started before Prefect's import (see run_dataset)


@contextmanager
def worker_pool(settings: Settings):
    """A pool of settings.workers processes for the batches of this run (none for 1 worker or Dask)."""
    global _POOL, _EARLY_POOL
    if settings.workers == 1 or settings.runner == "dask":
        yield None
        return
    early, _EARLY_POOL = _EARLY_POOL, None
    if early is not None and early.workers != settings.workers:
        early.close()
        early = None
    assert settings.workers is not None, "run_dataset decided the workers"
    _POOL = early or batch.WorkerPool(settings.workers)
    try:
        yield _POOL
    finally:
        _POOL.close()
        _POOL = None


@task(**IO_TASK)
def process_batch(paths: list[str], root: str, settings: Settings, workdir: str) -> str:
    """Extract, normalise, segment and validate a batch; returns the folder of its Arrow files.
    Done in a worker process when the run has a pool (--workers N), else right here."""
    args = (paths, root, settings, workdir, not _last_attempt())
    return _POOL.processed_batch(*args) if _POOL is not None else batch.processed_batch(*args)


class BatchFailed(RuntimeError):
    """A batch's task failed after its own retries: no complete version can be written (not an
    OSError, so that publish does not retry what would fail again)."""


class BatchFolders:
    """The batches' folders in the order the batches were submitted, each as soon as its batch is
    done: publish writes the first batches into the version while later ones still run, instead of
    after the last one (that write took ~0.8 s at 3000 documents with the workers idle). Iterated
    once per table, from the writer's threads; done_at: when an iteration first saw all done."""

    def __init__(self, futures: list[PrefectFuture[str]]) -> None:
        self.futures = futures
        self.done_at: float | None = None

    def __iter__(self) -> Iterator[str]:
        for future in self.futures:
            try:
                yield future.result()
            except Exception as exc:
                raise BatchFailed(f"batch task {future.task_run_id} failed: {exc}") from exc
        self.done_at = self.done_at or time.perf_counter()


def _batch_parts(table: str, batch_dirs: Iterable[str]) -> Iterator[pa.Table]:
    """The table's rows batch by batch, read one Arrow IPC file at a time."""
    for d in batch_dirs:
        if (Path(d) / f"{table}.arrow").exists():
            yield batch.ipc_read(Path(d) / f"{table}.arrow")


def _distinct_parts(table: str, batch_dirs: Iterable[str], seen: validate.SeenIds,
                    dup_rejects: list[dict]) -> Iterator[pa.Table]:
    """The table's batches without ids already written; later duplicates go to dup_rejects."""
    for part in _batch_parts(table, batch_dirs):
        data, bad = seen.first_distinct(table, part)
        dup_rejects += bad
        yield data


def _reject_parts(batch_dirs: Iterable[str], dup_rejects: dict[str, list[dict]], shown: list[dict]) -> Iterator[pa.Table]:
    """The batches' rejects, then the duplicate ids found while the other tables were written, in
    table order (read only now: write_version writes rejects last); `shown` collects them for the summary."""
    for part in _batch_parts("rejects", batch_dirs):
        shown += part.select(["source_path", "stage", "error", "record_id"]).to_pylist()
        yield part
    dups = [r for table in TABLES if table in dup_rejects for r in dup_rejects[table]]
    shown += dups
    yield batch.with_source("rejects", dups, [r["source_path"] for r in dups])


@task(**IO_TASK)
def publish(batch_dirs: Iterable[str], settings: Settings) -> dict:
    """Stream the batches into a new version (a thread per table, each one batch at a time, so
    memory does not grow with the corpus), drop duplicate ids, make it current; returns its manifest.
    batch_dirs: the folders, or BatchFolders, whose batches may still be running."""
    faults.pause_point("processed")
    seen, shown = validate.SeenIds(), list[dict]()
    dup_rejects: dict[str, list[dict]] = {t: [] for t in TABLES if t != "rejects"}   # per table: written at once
    tables = {t: _distinct_parts(t, batch_dirs, seen, dup_rejects[t]) for t in dup_rejects}
    tables["rejects"] = _reject_parts(batch_dirs, dup_rejects, shown)
    def inputs() -> list[dict]:       # read once every batch is done
        return [e for d in batch_dirs for e in json.loads((Path(d) / "inputs.json").read_text(encoding="utf-8"))]
    warehouse = storage.location(settings.warehouse_dir)   # a Path, or an s3:// URL
    meta = load.write_version(warehouse, tables, inputs, settings)
    load.publish_current(warehouse, meta["version_id"])
    meta["rejects"] = [{k: r[k] for k in ("source_path", "stage", "error", "record_id")} for r in shown]
    return meta


@task(cache_policy=NO_CACHE, persist_result=False)
def carry_batch(warehouse: str, version_id: str, paths: list[str], workdir: str) -> str:
    """Rows of unchanged documents, filtered from the previous version: a batch like the validated ones."""
    out = Path(tempfile.mkdtemp(prefix="carried-", dir=workdir))
    return str(incremental.write_carried_batch(storage.location(warehouse), version_id, paths, out))


def run_summary(meta: dict, seconds: float, plan: incremental.Plan | None = None) -> dict:
    summary = {"version_id": meta["version_id"], **{t: meta["rows"][t] for t in SUMMARY_TABLES},
               "seconds": round(seconds, 2), "rejected": meta.get("rejects", [])}
    if plan is not None:
        summary.update(unchanged=False, previous=plan.previous, processed=len(plan.process),
                       carried=len(plan.carry), removed=plan.removed, renamed=plan.renamed, reason=plan.reason)
    return summary


def unchanged_summary(warehouse: Location, plan: incremental.Plan, seconds: float) -> dict:
    """Nothing to publish: the current version already is this input under this pipeline version."""
    meta = incremental.previous_manifest(warehouse)
    assert meta is not None, "a run is unchanged only against a published version"
    return {**run_summary(meta, seconds, plan), "unchanged": True}


@contextmanager
def heartbeats_only_if_asked() -> Iterator[None]:
    """Prefect's flow-run heartbeats off, unless PREFECT_FLOWS_HEARTBEAT_FREQUENCY (or the profile)
    sets them. Prefect's heartbeat thread sleeps in one-second steps and the flow's end waits for
    the step to finish: half a second on average, with both cores idle, at the end of every run.
    They only feed an automation that marks silent runs Crashed, which Prefect's documentation has
    one enable by setting the frequency; the flow run's own states are unaffected."""
    if "heartbeat_frequency" in get_current_settings().flows.model_fields_set:
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def run_dataset(settings: Settings, full: bool = False, early_pool: batch.WorkerPool | None = None) -> dict:
    """build_dataset on the task runner the settings ask for (--workers, --runner, --address), as
    one run that exits when done (without heartbeats: see heartbeats_only_if_asked).

    early_pool: worker processes the caller started before importing this module, with the batches
    already running (batch.early_pool), so that they overlap Prefect's start; the run uses them if
    it wants that many workers, and closes them in any case."""
    global _EARLY_POOL
    _EARLY_POOL = early_pool
    try:
        with heartbeats_only_if_asked():
            return build_dataset.with_options(task_runner=task_runner(settings))(settings, full)
    finally:
        if _EARLY_POOL is not None:      # not taken: nothing to process, or another number of workers
            _EARLY_POOL.close()
            _EARLY_POOL = None


@flow(name="build_dataset", log_prints=False, persist_result=False)
def build_dataset(settings: Settings, full: bool = False) -> dict:
    """Build and publish a dataset version (see _build_dataset) holding the warehouse lock: one run
    per warehouse at a time; first it removes what killed runs left half-written."""
    logger = get_run_logger()
    warehouse = storage.location(settings.warehouse_dir)
    with lock.WarehouseLock(warehouse, wait=settings.lock_wait) as held:
        recovered = [lock.stale_message(held.stale)] if held.stale else []
        removed = lock.remove_partial(warehouse)
        recovered += [f"removed {len(removed)} partial leftovers of killed runs: {', '.join(removed)}"] if removed else []
        for line in recovered:
            logger.info(line)          # also in the summary (`recovered`)
        faults.pause_point("locked")
        summary = _build_dataset(settings, full)
        faults.pause_point("published")
    return {**summary, "recovered": recovered}


def submitted_batches(groups: list[list[Path]], plan: incremental.Plan, settings: Settings,
                      workdir: str) -> BatchFolders:
    """The batches (and the carried rows) submitted to the flow's task runner, which runs them in
    parallel where it has several workers; their folders as each is done."""
    root, warehouse = str(settings.input_dir), str(settings.warehouse_dir)
    processed = [process_batch.submit([str(p) for p in g], root, settings, workdir) for g in groups]
    # (rows are carried only from a previous version)
    carried = [carry_batch.submit(warehouse, plan.previous, plan.carry, workdir)] if plan.carry and plan.previous else []
    return BatchFolders(processed + carried)


def _build_dataset(settings: Settings, full: bool = False) -> dict:
    """Read every document under settings.input_dir, build a new dataset version and publish it.

    Documents whose bytes and pipeline version are unchanged are carried from the current version
    (all are re-processed with full=True); when nothing changed, no version is published."""
    started = time.perf_counter()
    logger = get_run_logger()
    root, warehouse = Path(settings.input_dir), storage.location(settings.warehouse_dir)
    files = incremental.input_files(settings)
    plan = incremental.plan_run(files, root, warehouse, load.pipeline_version(settings)["id"], full)
    if plan.unchanged:
        logger.info("no changes since version %s", plan.previous)
        return unchanged_summary(warehouse, plan, time.perf_counter() - started)
    settings, groups = batch.batch_plan(plan.process, settings)
    logger.info("%d documents in %d batches, %d carried from %s", len(plan.process), len(groups),
                len(plan.carry), plan.previous)
    parent = workdir_parent(settings)
    with tempfile.TemporaryDirectory(prefix=".tmp-work-" if parent else "zhpolicy-", dir=parent) as workdir:
        batches_started = time.perf_counter()
        with worker_pool(settings) as pool:
            batches = submitted_batches(groups, plan, settings, workdir)
            # quote: publish gets the folders as the batches finish (Prefect would wait for them all)
            meta = publish(quote(batches), settings)
        if pool is not None and pool.started_batches_at is not None:
            batches_started = pool.started_batches_at       # started before the flow (batch.early_pool)
        batch_seconds = (batches.done_at or time.perf_counter()) - batches_started
    summary = {**run_summary(meta, time.perf_counter() - started, plan), "batch_seconds": round(batch_seconds, 2)}
    logger.info("published %s: %s", summary["version_id"], {t: summary[t] for t in SUMMARY_TABLES})
    create_table_artifact([{k: summary[k] for k in ("version_id", *SUMMARY_TABLES, "seconds")}],
                          key="zhpolicy-run-summary", description="Rows per table published by this run")
    return summary


def serve_dataset(settings: Settings, cron: str | None = None, interval: float | None = None,
                  name: str = "scheduled") -> None:
    """Serve build_dataset as a Prefect deployment `build_dataset/<name>` on the schedule, until stopped.
    The deployment and its runs live on the Prefect API that PREFECT_API_URL points at."""
    params = {"settings": settings.model_dump(mode="json")}
    build_dataset.with_options(task_runner=task_runner(settings)).serve(name=name, parameters=params, cron=cron, interval=interval, limit=1,  # one run at a time
                        description="zhpolicy: build and publish a dataset version from the input folder")
