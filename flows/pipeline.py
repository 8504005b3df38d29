"""The Prefect flow: the only module that imports Prefect.

Tasks work on batches of documents grouped by bytes (never one task per document) and hand each
other file paths, not data: a batch's rows travel as a pickle, then as Arrow IPC files per table.
"""
# No `from __future__ import annotations` here: Prefect validates a deployment run's parameters
# against build_dataset's annotations, which must be real classes (Settings), not strings.

import hashlib
import json
import pickle
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext
from prefect.tasks import exponential_backoff

from flows import extract, faults, incremental, load, lock, normalize, segment, validate
from flows.settings import Settings
from schemas import TABLES

SUMMARY_TABLES = ("documents", "articles", "sections", "paragraphs", "measures", "residue", "rejects")
# Tasks that read or write files retry on OSError (flaky disk, NFS) with exponential backoff:
# 1 s, 2 s, 4 s (±20 %). A batch's last attempt turns a document's transient I/O error into a reject.
IO_RETRIES = 3
IO_TASK = dict(cache_policy=NO_CACHE, persist_result=False, retries=IO_RETRIES,
               retry_delay_seconds=exponential_backoff(1.0), retry_jitter_factor=0.2,
               retry_condition_fn=faults.retry_on_io_error)


# --- pure helpers ---

def batches_by_bytes(paths: list[Path], sizes: list[int], batch_bytes: int) -> list[list[Path]]:
    """Consecutive groups of paths of about batch_bytes each (a larger file gets a batch of its own)."""
    out: list[list[Path]] = []
    total = batch_bytes  # forces a new batch for the first path
    for path, size in zip(paths, sizes):
        if total + size > batch_bytes and (not out or out[-1]):
            out.append([])
            total = 0
        out[-1].append(path)
        total += size
    return out


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".replace("\n", " ")[:500]


def _file_input(path: Path, root: Path) -> dict:
    """Manifest entry for an input that extract could not read: hash the bytes if we can."""
    entry = {"source_path": path.relative_to(root).as_posix(), "content_sha256": None, "n_bytes": None}
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
        entry = {"source_path": raw.source_path, "content_sha256": raw.content_sha256, "n_bytes": raw.n_bytes}
        stage = "normalize"
        doc = normalize.normalized_document(raw)
        stage = "segment"
        tables = segment.document_tables(doc)
        entry["coverage"] = tables["documents"][0]["coverage"] if tables.get("documents") else None
        return tables, [], entry
    except extract.ExtractError as exc:
        if retry_io and faults.is_transient(exc.__cause__):
            raise faults.TransientIOError(exc.__cause__.errno, f"{path}: {exc}") from exc
        error = str(exc) or _one_line(exc)
    except Exception as exc:  # one bad document must not stop the run
        error = _one_line(exc)
    entry = {**_file_input(path, root), "coverage": None}
    return {}, [validate.reject(entry["source_path"], stage, error)], entry


def _ipc_write(data: pa.Table, path: Path) -> None:
    with ipc.new_file(path, data.schema) as writer:
        writer.write_table(data)


def _ipc_read(path: Path) -> pa.Table:
    with ipc.open_file(path) as reader:
        return reader.read_all()


def _with_source(table: str, rows: list[dict], sources: list[str]) -> pa.Table:
    data = load.arrow_table(table, rows)
    return data.append_column(validate.SOURCE, pa.array(sources, pa.string()))


# --- tasks ---

def _last_attempt() -> bool:
    """True outside Prefect (task.fn) and on a task run's last try."""
    ctx = TaskRunContext.get()
    return ctx is None or ctx.task_run.run_count > (ctx.task.retries or 0)


@task(**IO_TASK)
def process_batch(paths: list[str], root: str, settings: Settings, workdir: str) -> str:
    """Extract, normalise and segment a batch; returns the path of its (unvalidated) rows."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    sources: dict[str, list[str]] = {t: [] for t in TABLES}
    inputs = []
    retry_io = not _last_attempt()
    for path in paths:
        tables, rejects, entry = document_outcome(Path(path), Path(root), settings, retry_io)
        inputs.append(entry)
        for table, table_rows in {**tables, "rejects": rejects}.items():
            rows.setdefault(table, []).extend(table_rows)
            sources.setdefault(table, []).extend([entry["source_path"]] * len(table_rows))
    out = Path(tempfile.mkdtemp(prefix="batch-", dir=workdir))
    with (out / "rows.pickle").open("wb") as fh:
        pickle.dump({"rows": rows, "sources": sources, "inputs": inputs}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return str(out)


@task(**IO_TASK)
def validate_batch(batch_dir: str) -> str:
    """Validate a batch's rows; writes one Arrow IPC file per table (with the rejects added)."""
    out = Path(batch_dir)
    with (out / "rows.pickle").open("rb") as fh:
        batch = pickle.load(fh)
    rejects, reject_sources = list(batch["rows"].pop("rejects")), list(batch["sources"].pop("rejects"))
    for table, rows in batch["rows"].items():
        sources = batch["sources"][table]
        if table in TABLES:
            good, good_sources, bad = validate.validated_rows(table, rows, sources)
            _ipc_write(_with_source(table, good, good_sources), out / f"{table}.arrow")
        else:  # a table the schemas do not know cannot be published
            bad = [validate.reject(s, "validate", f"unknown table {table!r}") for s in dict.fromkeys(sources)]
        rejects += bad
        reject_sources += [r["source_path"] for r in bad]
    _ipc_write(_with_source("rejects", rejects, reject_sources), out / "rejects.arrow")
    (out / "inputs.json").write_text(json.dumps(batch["inputs"], ensure_ascii=False), encoding="utf-8")
    (out / "rows.pickle").unlink()
    return str(out)


def _merged(table: str, batch_dirs: list[str]) -> pa.Table:
    parts = [_ipc_read(Path(d) / f"{table}.arrow") for d in batch_dirs if (Path(d) / f"{table}.arrow").exists()]
    return pa.concat_tables(parts) if parts else _with_source(table, [], [])


@task(**IO_TASK)
def publish(batch_dirs: list[str], settings: Settings) -> dict:
    """Merge the batches, drop duplicate ids, write a new version and make it current; returns its manifest."""
    faults.pause_point("processed")
    tables, dup_rejects = {}, []
    for table in TABLES:
        if table != "rejects":
            tables[table], bad = validate.first_distinct(table, _merged(table, batch_dirs))
            dup_rejects += bad
    tables["rejects"] = pa.concat_tables([_merged("rejects", batch_dirs),
                                          _with_source("rejects", dup_rejects, [r["source_path"] for r in dup_rejects])])
    inputs = [e for d in batch_dirs for e in json.loads((Path(d) / "inputs.json").read_text(encoding="utf-8"))]
    warehouse = Path(settings.warehouse_dir)
    meta = load.write_version(warehouse, tables, inputs, settings)
    load.publish_current(warehouse, meta["version_id"])
    meta["rejects"] = tables["rejects"].select(["source_path", "stage", "error", "record_id"]).to_pylist()
    return meta


@task(cache_policy=NO_CACHE, persist_result=False)
def carry_batch(warehouse: str, version_id: str, paths: list[str], workdir: str) -> str:
    """Rows of unchanged documents, filtered from the previous version: a batch like the validated ones."""
    out = Path(tempfile.mkdtemp(prefix="carried-", dir=workdir))
    return str(incremental.write_carried_batch(Path(warehouse), version_id, paths, out))


def run_summary(meta: dict, seconds: float, plan: incremental.Plan | None = None) -> dict:
    summary = {"version_id": meta["version_id"], **{t: meta["rows"][t] for t in SUMMARY_TABLES},
               "seconds": round(seconds, 2), "rejected": meta.get("rejects", [])}
    if plan is not None:
        summary.update(unchanged=False, previous=plan.previous, processed=len(plan.process),
                       carried=len(plan.carry), removed=plan.removed, renamed=plan.renamed, reason=plan.reason)
    return summary


def unchanged_summary(warehouse: Path, plan: incremental.Plan, seconds: float) -> dict:
    """Nothing to publish: the current version already is this input under this pipeline version."""
    meta = incremental.previous_manifest(warehouse)
    return {**run_summary(meta, seconds, plan), "unchanged": True}


@flow(name="build_dataset", log_prints=False, persist_result=False)
def build_dataset(settings: Settings, full: bool = False) -> dict:
    """Build and publish a dataset version (see _build_dataset) holding the warehouse lock: one run
    per warehouse at a time; first it removes what killed runs left half-written."""
    logger = get_run_logger()
    warehouse = Path(settings.warehouse_dir)
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


def _build_dataset(settings: Settings, full: bool = False) -> dict:
    """Read every document under settings.input_dir, build a new dataset version and publish it.

    Documents whose bytes and pipeline version are unchanged are carried from the current version
    (all are re-processed with full=True); when nothing changed, no version is published."""
    started = time.perf_counter()
    logger = get_run_logger()
    root, warehouse = Path(settings.input_dir), Path(settings.warehouse_dir)
    files = incremental.input_files(settings)
    plan = incremental.plan_run(files, root, warehouse, load.pipeline_version(settings)["id"], full)
    if plan.unchanged:
        logger.info("no changes since version %s", plan.previous)
        return unchanged_summary(warehouse, plan, time.perf_counter() - started)
    groups = batches_by_bytes(plan.process, [extract.file_size(f) for f in plan.process], settings.batch_bytes)
    logger.info("%d documents in %d batches, %d carried from %s", len(plan.process), len(groups),
                len(plan.carry), plan.previous)
    with tempfile.TemporaryDirectory(prefix="zhpolicy-") as workdir:
        processed = [process_batch.submit([str(p) for p in g], str(root), settings, workdir) for g in groups]
        validated = [validate_batch.submit(f) for f in processed]
        carried = ([carry_batch.submit(str(warehouse), plan.previous, plan.carry, workdir)]
                   if plan.carry else [])
        meta = publish([f.result() for f in validated + carried], settings)
    summary = run_summary(meta, time.perf_counter() - started, plan)
    logger.info("published %s: %s", summary["version_id"], {t: summary[t] for t in SUMMARY_TABLES})
    create_table_artifact([{k: summary[k] for k in ("version_id", *SUMMARY_TABLES, "seconds")}],
                          key="zhpolicy-run-summary", description="Rows per table published by this run")
    return summary


def serve_dataset(settings: Settings, cron: str | None = None, interval: float | None = None,
                  name: str = "scheduled") -> None:
    """Serve build_dataset as a Prefect deployment `build_dataset/<name>` on the schedule, until stopped.
    The deployment and its runs live on the Prefect API that PREFECT_API_URL points at."""
    params = {"settings": settings.model_dump(mode="json")}
    build_dataset.serve(name=name, parameters=params, cron=cron, interval=interval, limit=1,  # one run at a time
                        description="zhpolicy: build and publish a dataset version from the input folder")
