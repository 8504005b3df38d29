"""Incremental runs (pure: no Prefect): which inputs must be processed, which can be carried.

A document is carried from the current version when its raw bytes (sha256) and the pipeline
version (code + output-affecting settings + OpenCC dictionaries) are both unchanged; its rows are
filtered out of the previous version's Parquet files by source path / doc_id / article_id with
polars, never re-derived. When every input is carried and none was removed, nothing changed.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.ipc as ipc

from flows import extract, load, storage
from flows.storage import Location
from flows.settings import Settings
from schemas import TABLES

if TYPE_CHECKING:
    import polars as pl     # imported where used: an unchanged re-run never loads polars


@dataclass
class Plan:
    previous: str | None                                    # current version when the run started
    process: list[Path] = field(default_factory=list)       # files to extract, normalise, segment
    carry: list[str] = field(default_factory=list)          # source paths whose rows are carried
    removed: list[str] = field(default_factory=list)        # source paths gone since `previous`
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old, new) with identical bytes
    reason: str = ""                                        # why nothing could be carried, if so

    @property
    def unchanged(self) -> bool:
        return self.previous is not None and not self.process and not self.removed


def file_sha256(path: Path) -> str | None:
    """SHA-256 of the file's bytes, None when it cannot be read. A run plans twice (the CLI before
    Prefect starts, then the flow): the second time the digests come from a cache keyed by the
    file's stat, which any write changes (ctime cannot be set back, unlike mtime)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _sha256(str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@lru_cache(maxsize=1 << 16)
def _sha256(path: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def previous_manifest(warehouse: Location) -> dict | None:
    current = load.current_version(warehouse)
    if current is None:
        return None
    if storage.is_remote(warehouse):
        return storage.remote(warehouse).read_manifest(current)
    path = warehouse / "versions" / current / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def plan_run(files: list[Path], root: Path, warehouse: Location, pipeline_id: str, full: bool = False) -> Plan:
    """Split the input files into those to process and those to carry from the current version."""
    prev = previous_manifest(warehouse)
    plan = Plan(previous=prev["version_id"] if prev else None)
    known = {i["source_path"]: i.get("content_sha256") for i in prev["inputs"]} if prev else {}
    # Digests only matter against a previous version: a first run reads no file here (a large
    # corpus would be read twice).
    digests = {f.relative_to(root).as_posix(): file_sha256(f) if prev else None for f in files}
    if prev is None:
        plan.reason = "no current version"
    elif full:
        plan.reason = "--full"
    elif prev["pipeline"].get("id") != pipeline_id:
        plan.reason = "pipeline version changed (code, settings or OpenCC dictionaries)"
    reusable = not plan.reason
    for path, rel in zip(files, digests):
        sha = digests[rel]
        if reusable and sha is not None and known.get(rel) == sha:
            plan.carry.append(rel)
        else:
            plan.process.append(path)
    plan.removed = sorted(set(known) - set(digests))
    by_sha = {sha: rel for rel, sha in digests.items() if sha and rel not in known}
    plan.renamed = [(old, by_sha[known[old]]) for old in plan.removed if known[old] in by_sha]
    return plan


def input_files(settings: Settings) -> list[Path]:
    """The documents a run reads: every file under the input folder with one of the extensions."""
    found = extract.source_files(Path(settings.input_dir), settings)
    return [f for f in found if f.name.lower().endswith(settings.extensions)]


def planned_run(settings: Settings, full: bool = False) -> Plan:
    """plan_run over the settings' input folder and warehouse."""
    return plan_run(input_files(settings), Path(settings.input_dir), storage.location(settings.warehouse_dir),
                    load.pipeline_version(settings)["id"], full)


def carried_inputs(warehouse: Location, version_id: str, paths: list[str]) -> list[dict]:
    wanted = set(paths)
    meta = (storage.remote(warehouse).read_manifest(version_id) if storage.is_remote(warehouse) else
            json.loads((warehouse / "versions" / version_id / "manifest.json").read_text(encoding="utf-8")))
    return [i for i in meta["inputs"] if i["source_path"] in wanted]


def _scan(version_dir: Path | str, table: str) -> pl.LazyFrame:
    import polars as pl   # lazy: an unchanged re-run never reaches polars (start-up cost)

    if storage.is_remote(version_dir):   # s3://…/versions/<id>: polars reads the AWS_* variables
        return pl.scan_parquet(f"{version_dir}/{table}.parquet")
    path = version_dir / f"{table}.parquet"
    return pl.scan_parquet(path / "*.parquet" if path.is_dir() else path)


def carried_tables(version_dir: Location, paths: list[str]) -> dict[str, pa.Table]:
    """Each table's rows of the given source paths, with the `_source_path` helper column the
    batches carry (documents and rejects hold the path; the rest reach it through their doc/article)."""
    import polars as pl

    from flows.validate import SOURCE   # lazy: validate imports polars and pyarrow.compute

    wanted = pl.Series(paths, dtype=pl.String)
    docs = (_scan(version_dir, "documents").filter(pl.col("source_path").is_in(wanted.implode()))
            .select("doc_id", pl.col("source_path").alias(SOURCE)).collect())
    articles = _scan(version_dir, "articles").join(docs.lazy(), on="doc_id").collect()
    owners = articles.select("article_id", SOURCE).lazy()
    frames = {
        "documents": _scan(version_dir, "documents").filter(pl.col("source_path").is_in(wanted.implode()))
        .with_columns(pl.col("source_path").alias(SOURCE)).collect(),
        "articles": articles,
        "residue": _scan(version_dir, "residue").join(docs.lazy(), on="doc_id").collect(),
        "rejects": _scan(version_dir, "rejects").filter(pl.col("source_path").is_in(wanted.implode()))
        .with_columns(pl.col("source_path").alias(SOURCE)).collect(),
    }
    for table in ("sections", "paragraphs", "measures"):
        frames[table] = _scan(version_dir, table).join(owners, on="article_id").collect()
    return {t: _with_source(t, frame) for t, frame in frames.items() if t in TABLES}


def _with_source(table: str, frame: pl.DataFrame) -> pa.Table:
    """The table's schema plus `_source_path`, exactly as the pipeline's batches have them."""
    from flows.validate import SOURCE

    data = frame.to_arrow()
    source = data.column(SOURCE).cast(pa.string())
    return load.conformed(table, data).append_column(SOURCE, source)


def write_carried_batch(warehouse: Location, version_id: str, paths: list[str], out: Path) -> Path:
    """A batch folder like the pipeline's validated ones: <table>.arrow files and inputs.json."""
    out.mkdir(parents=True, exist_ok=True)
    for table, data in carried_tables(storage.join(warehouse, "versions", version_id), paths).items():
        with ipc.new_file(out / f"{table}.arrow", data.schema) as writer:
            writer.write_table(data)
    inputs = carried_inputs(warehouse, version_id, paths)
    (out / "inputs.json").write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
    return out
