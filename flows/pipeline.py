"""The Prefect flow: the only module that imports Prefect.

Tasks work on batches of documents grouped by bytes (never one task per document) and hand each
other file paths, not data: a batch's rows travel as a pickle, then as Arrow IPC files per table.
"""
from __future__ import annotations

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

from flows import extract, load, normalize, segment, validate
from flows.settings import Settings
from schemas import TABLES

SUMMARY_TABLES = ("documents", "articles", "sections", "paragraphs", "measures", "residue", "rejects")


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


def document_outcome(path: Path, root: Path, settings: Settings) -> tuple[dict[str, list[dict]], list[dict], dict]:
    """(table rows, rejects, manifest input entry) for one file; a failing stage rejects the document."""
    stage = "extract"
    try:
        raw = extract.raw_document(path, root, settings)
        entry = {"source_path": raw.source_path, "content_sha256": raw.content_sha256, "n_bytes": raw.n_bytes}
        stage = "normalize"
        doc = normalize.normalized_document(raw)
        stage = "segment"
        return segment.document_tables(doc), [], entry
    except extract.ExtractError as exc:
        error = str(exc) or _one_line(exc)
    except Exception as exc:  # one bad document must not stop the run
        error = _one_line(exc)
    entry = _file_input(path, root)
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

@task(cache_policy=NO_CACHE, persist_result=False)
def process_batch(paths: list[str], root: str, settings: Settings, workdir: str) -> str:
    """Extract, normalise and segment a batch; returns the path of its (unvalidated) rows."""
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    sources: dict[str, list[str]] = {t: [] for t in TABLES}
    inputs = []
    for path in paths:
        tables, rejects, entry = document_outcome(Path(path), Path(root), settings)
        inputs.append(entry)
        for table, table_rows in {**tables, "rejects": rejects}.items():
            rows.setdefault(table, []).extend(table_rows)
            sources.setdefault(table, []).extend([entry["source_path"]] * len(table_rows))
    out = Path(tempfile.mkdtemp(prefix="batch-", dir=workdir))
    with (out / "rows.pickle").open("wb") as fh:
        pickle.dump({"rows": rows, "sources": sources, "inputs": inputs}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return str(out)


@task(cache_policy=NO_CACHE, persist_result=False)
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


@task(cache_policy=NO_CACHE, persist_result=False)
def publish(batch_dirs: list[str], settings: Settings) -> dict:
    """Merge the batches, drop duplicate ids, write a new version and make it current; returns its manifest."""
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


def run_summary(meta: dict, seconds: float) -> dict:
    return {"version_id": meta["version_id"], **{t: meta["rows"][t] for t in SUMMARY_TABLES},
            "seconds": round(seconds, 2), "rejected": meta["rejects"]}


@flow(name="build_dataset", log_prints=False, persist_result=False)
def build_dataset(settings: Settings) -> dict:
    """Read every document under settings.input_dir, build a new dataset version and publish it."""
    started = time.perf_counter()
    logger = get_run_logger()
    root = Path(settings.input_dir)
    files = [f for f in extract.source_files(root, settings) if f.name.lower().endswith(settings.extensions)]
    groups = batches_by_bytes(files, [f.stat().st_size for f in files], settings.batch_bytes)
    logger.info("%d documents in %d batches", len(files), len(groups))
    with tempfile.TemporaryDirectory(prefix="zhpolicy-") as workdir:
        processed = [process_batch.submit([str(p) for p in g], str(root), settings, workdir) for g in groups]
        validated = [validate_batch.submit(f) for f in processed]
        meta = publish([f.result() for f in validated], settings)
    summary = run_summary(meta, time.perf_counter() - started)
    logger.info("published %s: %s", summary["version_id"], {t: summary[t] for t in SUMMARY_TABLES})
    create_table_artifact([{k: summary[k] for k in ("version_id", *SUMMARY_TABLES, "seconds")}],
                          key="zhpolicy-run-summary", description="Rows per table published by this run")
    return summary
