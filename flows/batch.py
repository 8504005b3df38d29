"""A batch's work, Prefect-free so that worker processes need not import Prefect (pure: no Prefect).

processed_batch extracts, normalises, segments and validates a batch's documents into one Arrow
IPC file per table (+ rejects and inputs.json). It takes and returns folder paths, never the rows,
so it can run in another process (`--workers N`) or on a Dask worker. WorkerPool runs it in a
pool of processes for the flow's tasks.
"""
from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, Callable, TypeVar

import pyarrow as pa
import pyarrow.ipc as ipc

from flows import extract, faults, load, normalize, segment, validate
from flows.settings import Settings
from schemas import TABLES

R = TypeVar("R")


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".replace("\n", " ")[:500]


def _file_input(path: Path, root: Path) -> dict:
    """Manifest entry for an input that extract could not read: hash the bytes if we can."""
    entry: dict[str, Any] = {"source_path": path.relative_to(root).as_posix(), "content_sha256": None, "n_bytes": None}
    try:
        with path.open("rb") as fh:
            entry["content_sha256"] = hashlib.file_digest(fh, "sha256").hexdigest()
        entry["n_bytes"] = path.stat().st_size
    except OSError:
        pass
    return entry


def document_outcome(path: Path, root: Path, settings: Settings,
                     retry_io: bool = False) -> tuple[dict[str, list[dict]], list[dict], dict]:
    """(table rows, rejects, manifest input entry) for one file; a failing stage rejects the document.

    retry_io: a transient I/O error (EIO, EAGAIN, ...) raises TransientIOError instead, so that the
    task is retried; otherwise it rejects the document like any other error."""
    stage = "extract"
    try:
        raw = extract.raw_document(path, root, settings)
        entry: dict[str, Any] = {"source_path": raw.source_path, "content_sha256": raw.content_sha256,
                                 "n_bytes": raw.n_bytes}
        stage = "normalize"
        doc = normalize.normalized_document(raw)
        stage = "segment"
        tables = segment.document_tables(doc)
        entry["coverage"] = tables["documents"][0]["coverage"] if tables.get("documents") else None
        return tables, [], entry
    except extract.ExtractError as exc:
        cause = exc.__cause__
        if retry_io and isinstance(cause, OSError) and faults.is_transient(cause):
            raise faults.TransientIOError(cause.errno, f"{path}: {exc}") from exc
        error = str(exc) or _one_line(exc)
    except Exception as exc:  # one bad document must not stop the run
        error = _one_line(exc)
    entry = {**_file_input(path, root), "coverage": None}
    return {}, [validate.reject(entry["source_path"], stage, error)], entry


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a batch's work. The stages make hundreds of
    thousands of tuples, lists and dicts that live until the batch is written, and every 700 new
    ones start a collection that walks them: ~10 % of the batch's CPU time, for nothing, since the
    stages make no reference cycles (a test checks). Any cycle made meanwhile is collected by the
    first collection after the batch. Not nested: it restores the collector's previous state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def ipc_write(data: pa.Table, path: Path) -> None:
    with ipc.new_file(path, data.schema) as writer:
        writer.write_table(data)


def ipc_read(path: Path) -> pa.Table:
    """The table in an Arrow IPC file, memory-mapped: its buffers are the file's pages, not a copy
    of them (publish only writes them on into Parquet; the mapping goes with the last reference)."""
    with ipc.open_file(pa.memory_map(str(path))) as reader:
        return reader.read_all()


def with_source(table: str, rows: list[dict], sources: list[str], by_name: dict[str, list] | None = None) -> pa.Table:
    data = load.arrow_table(table, rows, by_name)
    return data.append_column(validate.SOURCE, pa.array(sources, pa.string()))


def processed_batch(paths: list[str], root: str, settings: Settings, workdir: str, retry_io: bool) -> str:
    """Extract, normalise, segment and validate a batch; returns the folder of its Arrow IPC files.

    One step per batch: the rows stay in this process from the stages to validation and Arrow
    (no intermediate file to write and read back)."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    sources: dict[str, list[str]] = {t: [] for t in TABLES}
    inputs = []
    with collector_paused():
        for path in paths:
            tables, rejects, entry = document_outcome(Path(path), Path(root), settings, retry_io)
            inputs.append(entry)
            for table, table_rows in {**tables, "rejects": rejects}.items():
                rows.setdefault(table, []).extend(table_rows)
                sources.setdefault(table, []).extend([entry["source_path"]] * len(table_rows))
        out = Path(tempfile.mkdtemp(prefix="batch-", dir=workdir))
        write_validated(rows, sources, out)
    (out / "inputs.json").write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
    return str(out)


def write_validated(rows: dict[str, list[dict]], sources: dict[str, list[str]], out: Path) -> None:
    """Validate each table's rows; write one Arrow IPC file per table into out, with the rows that
    failed (and tables the schemas do not know) added to rejects.arrow."""
    rejects, reject_sources = list(rows.pop("rejects")), list(sources.pop("rejects"))
    for table, table_rows in rows.items():
        table_sources = sources[table]
        if table in TABLES:
            good, good_sources, bad, by_name = validate.validated(table, table_rows, table_sources)
            ipc_write(with_source(table, good, good_sources, by_name), out / f"{table}.arrow")
        else:  # a table the schemas do not know cannot be published
            bad = [validate.reject(s, "validate", f"unknown table {table!r}") for s in dict.fromkeys(table_sources)]
        rejects += bad
        reject_sources += [r["source_path"] for r in bad]
    ipc_write(with_source("rejects", rejects, reject_sources), out / "rejects.arrow")


# With several workers, the input is cut into about this many batches per worker: when the last
# batches run, the others' workers idle for at most about one small batch (a task costs ~30 ms).
BATCHES_PER_WORKER = 8


def batches_by_bytes(paths: list[Path], sizes: list[int], batch_bytes: int, taper_bytes: int = 0) -> list[list[Path]]:
    """Consecutive groups of paths of about batch_bytes each (a larger file gets a batch of its own);
    once no more than taper_bytes are left, of half that: see batch_plan."""
    out: list[list[Path]] = []
    total = limit = batch_bytes  # forces a new batch for the first path
    left = sum(sizes)
    for path, size in zip(paths, sizes):
        if total + size > limit and (not out or out[-1]):
            out.append([])
            total = 0
            limit = batch_bytes if left > taper_bytes else max(1, batch_bytes // 2)
        out[-1].append(path)
        total += size
        left -= size
    return out


def batch_bytes(sizes: list[int], settings: Settings) -> int:
    """settings.batch_bytes, or less with several workers: about BATCHES_PER_WORKER batches per
    worker keep every worker busy to the end (a last big batch would leave the others idle)."""
    assert settings.workers is not None, "batch_plan decides the workers first"
    if settings.workers == 1:
        return settings.batch_bytes
    return max(1, min(settings.batch_bytes, -(-sum(sizes) // (BATCHES_PER_WORKER * settings.workers))))


def batch_plan(paths: list[Path], settings: Settings) -> tuple[Settings, list[list[Path]]]:
    """(settings with `workers` decided for these inputs, the batches of paths): how a run cuts its work."""
    sizes = [extract.file_size(p) for p in paths]
    settings = settings.with_workers_for(sum(sizes))
    assert settings.workers is not None, "with_workers_for decides the workers"
    size = batch_bytes(sizes, settings)
    # With several workers the last batches are half-sized: the workers then finish within about half
    # a batch of each other, instead of one idling for up to a whole batch while another ends the last.
    taper = size * settings.workers if settings.workers > 1 else 0
    return settings, batches_by_bytes(paths, sizes, size, taper)


def start_method() -> str:
    """How a pool started now makes its processes: fork while this process runs no other Python
    thread (the workers then inherit the imported stage modules, compiled patterns included, instead
    of importing them again: about a second of CPU each), else spawn: a fork copies locks that other
    threads may hold (Prefect runs several). pyarrow's allocator thread is fork-aware."""
    forkable = "fork" in multiprocessing.get_all_start_methods()
    return "fork" if forkable and threading.active_count() == 1 else "spawn"


def worker_ready() -> None:
    """A job that does nothing: submitting it makes a pool start a process."""


BatchKey = tuple[tuple[str, ...], str, Settings]   # a batch's paths, input root and settings


class WorkerPool:
    """Processes that work on batches for the flow's tasks; the tasks themselves stay in the flow's
    threads and only wait. Spawned ones import the stage modules, not Prefect, so they start in
    about a second.

    Batches can be started ahead (start_batches), before the flow's tasks ask for them: a task
    then takes the running batch of the same input instead of starting it again."""

    def __init__(self, workers: int, method: str = "spawn") -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
        self.ahead: dict[BatchKey, Future[str]] = {}
        self.started_batches_at: float | None = None      # time.perf_counter() of start_batches

    def start_processes(self) -> None:
        """Make the pool's processes now, not at the first batch: a job each (the executor makes a
        process per job while none is idle, or, forking, all of them at the first job)."""
        for _ in range(self.workers):
            self.executor.submit(worker_ready)

    def start_batches(self, groups: list[list[Path]], root: str, settings: Settings, workdir: str) -> None:
        """Queue every batch now, in order, as a first try (transient I/O errors raise, so that the
        task that takes it retries). Where their files go does not change what they hold."""
        self.started_batches_at = time.perf_counter()
        for group in groups:
            paths = [str(p) for p in group]
            future = self.executor.submit(processed_batch, paths, root, settings, workdir, True)
            self.ahead[(tuple(paths), root, settings)] = future

    def processed_batch(self, paths: list[str], root: str, settings: Settings, workdir: str,
                        retry_io: bool) -> str:
        """processed_batch in a worker process. A batch started ahead on the same input is taken
        instead, by a try that may retry (retry_io): a last try, or a retry after the batch
        started ahead failed, processes the batch again."""
        future = self.ahead.pop((tuple(paths), root, settings), None) if retry_io else None
        if future is None:
            future = self.executor.submit(processed_batch, paths, root, settings, workdir, retry_io)
        return future.result()

    def run(self, fn: Callable[..., R], *args) -> R:
        return self.executor.submit(fn, *args).result()

    def close(self) -> None:
        """Stop the workers (waiting for running jobs; batches not started are dropped); closing a
        closed pool does nothing."""
        self.executor.shutdown(cancel_futures=True)


@contextmanager
def early_pool(settings: Settings, paths: list[Path],
               holding: AbstractContextManager = nullcontext()) -> Iterator[WorkerPool | None]:
    """The pool a local run over these inputs will use, its batches already started (None when the
    run works in its own process or on Dask): the caller starts it before importing Prefect, so the
    batches run while Prefect starts. The flow cuts its work the same way (batch_plan), so its tasks
    take these batches. On exit the pool is closed and the batches' files removed (the flow has
    published them by then).

    holding (the warehouse lock) is entered once the processes exist and before any batch starts:
    its file descriptor and thread must not reach forked workers, and a refused run does no work."""
    settings, groups = batch_plan(paths, settings)
    if settings.runner != "local" or settings.workers == 1:
        with holding:
            yield None
        return
    with tempfile.TemporaryDirectory(prefix="zhpolicy-ahead-") as workdir:
        assert settings.workers is not None, "batch_plan decided the workers"
        pool = WorkerPool(settings.workers, start_method())
        try:
            pool.start_processes()
            with holding:
                pool.start_batches(groups, str(settings.input_dir), settings, workdir)
                yield pool
        finally:
            pool.close()
