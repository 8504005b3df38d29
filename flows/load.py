"""Write immutable dataset versions and publish one as `current` (pure: no Prefect).

Layout: WAREHOUSE/versions/<version_id>/<table>.parquet + manifest.json, and
WAREHOUSE/current -> versions/<version_id> (a relative symlink, swapped atomically).
"""
from __future__ import annotations

import hashlib
import json
import os
import uuid
from datetime import datetime, timedelta, timezone
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeAlias

import pyarrow as pa
import pyarrow.parquet as pq

import flows
from flows import normalize, storage, validate
from flows.storage import Location
from flows.faults import pause_point
from flows.settings import Settings
from schemas import TABLES, arrow_schema

_STAMP = "%Y%m%dT%H%M%S%fZ"  # fixed width, so ids sort as strings in creation order


def arrow_table(table: str, rows: list[dict], by_name: dict[str, list] | None = None) -> pa.Table:
    """The rows as an Arrow table of the table's schema (built column by column: ~1.7x faster
    than pa.Table.from_pylist, which goes row by row). by_name: the rows already split into
    columns (validate.Validated.columns). Rows with every column (what the stages make) are split
    at C level, as validation splits them; others column by column with a default of None."""
    schema = arrow_schema(TABLES[table])
    by_name = by_name if by_name is not None else validate.columns(table, rows)
    if by_name is None:
        by_name = {name: [row.get(name) for row in rows] for name in schema.names}
    return pa.Table.from_pydict(by_name, schema=schema)


def conformed(table: str, data: pa.Table | None) -> pa.Table:
    """`data` with exactly the table's columns, in order and types; an empty table when None."""
    schema = arrow_schema(TABLES[table])
    return schema.empty_table() if data is None else data.select(schema.names).cast(schema)


# Modules that cannot change what a run outputs for the same input: left out of the code digest so
# editing them does not force every document to be re-processed.
NOT_OUTPUT_MODULES = frozenset({"cli.py", "diff.py", "versions.py", "lock.py", "storage.py"})


def code_digest() -> str:
    """Short digest of the source of flows/ and schemas/ (what the code version means for incremental runs)."""
    import schemas

    digest = hashlib.sha256()
    for package in (Path(flows.__file__).parent, Path(schemas.__file__).parent):
        for path in sorted(package.glob("*.py")):
            if path.name not in NOT_OUTPUT_MODULES:
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def pipeline_version(settings: Settings) -> dict:
    """What decides the output besides the input bytes: code, output-affecting settings, OpenCC dictionary."""
    parts = {"zhpolicy": flows.__version__, "code": code_digest(), "settings_hash": settings.output_hash(),
             "opencc": normalize.converter_version()}
    return {**parts, "id": "+".join(parts.values())}


def _latest_version(warehouse: Location) -> str | None:
    ids = version_ids(warehouse)
    return ids[-1] if ids else None


def new_version_id(warehouse: Location, content_hash: str, now: datetime) -> str:
    """UTC timestamp with microseconds + short content hash; strictly after the latest existing id."""
    latest = _latest_version(warehouse)
    if latest:
        last = datetime.strptime(latest.split("-")[0], _STAMP).replace(tzinfo=timezone.utc)
        now = max(now, last + timedelta(microseconds=1))  # clock steps back or same microsecond
    return f"{now.strftime(_STAMP)}-{content_hash[:8]}"


def _content_hash(inputs: list[dict], pipeline: dict) -> str:
    lines = [pipeline["id"]] + [f"{i['source_path']}\x1f{i.get('content_sha256')}" for i in inputs]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def manifest(version_id: str, created: datetime, settings: Settings, inputs: list[dict],
             rows: dict[str, int]) -> dict:
    return {"version_id": version_id, "created": created.isoformat(timespec="microseconds"),
            "pipeline": pipeline_version(settings), "settings": settings.model_dump(mode="json"),
            "inputs": inputs, "rows": rows}


def manifest_text(meta: dict) -> str:
    """manifest.json's text: indented as json.dumps(meta, indent=2) would be, but each input on one
    line of its own (one line per document reads as well). Cheaper too: json.dumps with an indent
    runs the pure-Python encoder (~50 µs an input); a compact dumps per input runs the C one."""
    def member(key: str, value: Any) -> str:
        if key == "inputs" and value:
            lines = ",\n".join("    " + json.dumps(entry, ensure_ascii=False) for entry in value)
            return f'  "inputs": [\n{lines}\n  ]'
        body = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        return f"  {json.dumps(key, ensure_ascii=False)}: {body}"
    return "{\n" + ",\n".join(member(k, v) for k, v in meta.items()) + "\n}"


Parts: TypeAlias = "pa.Table | Iterable[pa.Table] | None"   # a whole table, or its parts in order (streamed)
# The manifest's inputs, or a function returning them once the tables' parts are all written (a flow
# that streams batches into a version while later batches still run knows its inputs only then).
Inputs: TypeAlias = "list[dict] | Callable[[], list[dict]]"


def listed(inputs: Inputs) -> list[dict]:
    return inputs() if callable(inputs) else inputs


def _parts(data: Parts) -> Iterable[pa.Table]:
    return [] if data is None else [data] if isinstance(data, pa.Table) else data


def write_parts(path: Path, table: str, parts: Parts) -> int:
    """Write the parts one after the other as row groups of one zstd Parquet file (only one part is
    in memory at a time, however large the table); returns the number of rows written."""
    rows = 0
    with pq.ParquetWriter(path, arrow_schema(TABLES[table]), compression="zstd") as writer:
        for part in _parts(parts):
            data = conformed(table, part)
            if data.num_rows:          # an empty batch adds no empty row group
                writer.write_table(data)
                rows += data.num_rows
    return rows


def written_tables(write: Callable[[str], int]) -> dict[str, int]:
    """Rows written per table by write(table): rejects last, since the other tables' duplicate ids
    become rejects while they are written, and those others all at once, a thread each: pyarrow
    reads the batches, checks ids and compresses with the GIL released, so the largest table sets
    the time (a third less at 3000 documents than one after the other), and a table whose parts
    arrive while the batches still run is written as they arrive, not after another table. Each
    table's parts are still written in order by one thread."""
    others = [t for t in TABLES if t != "rejects"]
    with ThreadPoolExecutor(len(others)) as pool:
        rows = dict(zip(others, pool.map(write, others)))
    rows["rejects"] = write("rejects")
    return {t: rows[t] for t in TABLES}


def write_version(warehouse: Location, tables: Mapping[str, Parts], inputs: Inputs, settings: Settings) -> dict:
    """Write a complete new version and return its manifest. It appears under versions/ only once
    complete: everything is written into versions/.tmp-<random> first, then renamed to its id in one
    step. A table may be given as an iterable of parts; the rejects' parts are consumed after all
    others. The id (time + a hash of the inputs) is taken when the tables are written, so inputs
    may be a function called only then (the flow streams batches that are still running).
    An s3:// warehouse writes the files under the id, so it asks for the inputs first, and writes
    the manifest last (flows.storage)."""
    if storage.is_remote(warehouse):
        return storage.remote(warehouse).write_version(tables, listed(inputs), settings)
    tmp = warehouse / "versions" / f".tmp-{uuid.uuid4().hex}"
    tmp.mkdir(parents=True)
    pause_point("tmp-created")          # crash-test hooks: no-ops unless ZHPOLICY_PAUSE_AT names them
    def write(table: str) -> int:
        rows = write_parts(tmp / f"{table}.parquet", table, tables.get(table))
        pause_point(f"wrote-{table}")
        return rows

    rows = written_tables(write)
    inputs, now = listed(inputs), datetime.now(timezone.utc)
    version_id = new_version_id(warehouse, _content_hash(inputs, pipeline_version(settings)), now)
    meta = manifest(version_id, now, settings, inputs, rows)
    (tmp / "manifest.json").write_text(manifest_text(meta), encoding="utf-8")
    pause_point("manifest-written")
    os.rename(tmp, warehouse / "versions" / version_id)
    pause_point("renamed")
    return meta


def publish_current(warehouse: Location, version_id: str) -> None:
    """Point WAREHOUSE/current at the version. os.replace of a symlink is atomic on POSIX, so a
    reader resolves the old version or the new one, never a mix. On S3: one PUT of CURRENT."""
    if storage.is_remote(warehouse):
        return storage.remote(warehouse).publish_current(version_id)
    link = warehouse / f".current-{version_id}"
    os.symlink(Path("versions") / version_id, link, target_is_directory=True)
    pause_point("link-created")
    os.replace(link, warehouse / "current")


def current_version(warehouse: Location) -> str | None:
    if storage.is_remote(warehouse):   # S3: the CURRENT pointer object
        return storage.remote(warehouse).current_version()
    current = warehouse / "current"
    return Path(os.readlink(current)).name if current.is_symlink() else None


def version_ids(warehouse: Location) -> list[str]:
    """Complete versions, oldest first (temp dirs of unfinished runs start with '.')."""
    if storage.is_remote(warehouse):   # S3: versions with a manifest
        return storage.remote(warehouse).version_ids()
    root = warehouse / "versions"
    return sorted(p.name for p in root.iterdir() if not p.name.startswith(".")) if root.is_dir() else []


def versions(warehouse: Location) -> list[dict]:
    """Manifest summaries, oldest first: id, created, input count, row counts, whether current."""
    current = current_version(warehouse)
    out = []
    for vid in version_ids(warehouse):
        meta = (storage.remote(warehouse).read_manifest(vid) if storage.is_remote(warehouse) else
                json.loads((warehouse / "versions" / vid / "manifest.json").read_text(encoding="utf-8")))
        out.append({"version_id": vid, "created": meta["created"], "inputs": len(meta["inputs"]),
                    "rows": meta["rows"], "current": vid == current})
    return out
