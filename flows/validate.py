"""Validate table rows against the schemas' models: bad rows go to `rejects`, the rest go on."""
from __future__ import annotations

from functools import cache
from operator import itemgetter
from typing import NamedTuple

import pyarrow as pa
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from schemas import TABLES, column_dict_type, row_dict_type

# pyarrow.compute is imported where ids are checked (in the flow's process, when it publishes):
# worker processes only validate rows and start faster without it.

SOURCE = "_source_path"  # column carried next to a table's rows so rejects can name their input


@cache
def _columns_adapter(table: str) -> TypeAdapter:
    """Strict validation of the table's columns (schemas.column_dict_type). The stages make rows of
    the exact types and with every column, which it checks column by column ~40 % faster than row
    by row (no output dict per row; it tries no coercion)."""
    return TypeAdapter(column_dict_type(TABLES[table]))


@cache
def _row_adapter(table: str) -> TypeAdapter:
    """Validation of one row as the model would (lax), over its TypedDict twin: dicts in, dicts out.
    Only for rows the columns adapter refuses (built when first needed: most runs never do)."""
    return TypeAdapter(row_dict_type(TABLES[table]))


def columns(table: str, rows: list) -> dict[str, list] | None:
    """The rows' values column by column (column name -> list of values) when every row is a dict
    with exactly the table's columns; None otherwise (rows with defaults to fill in, extra keys or
    no dict at all are for row-by-row validation). C-level steps only, none per row in Python."""
    names = tuple(TABLES[table].model_fields)
    if set(map(type, rows)) != {dict} or set(map(len, rows)) != {len(names)}:
        return None
    try:
        return {name: list(map(itemgetter(name), rows)) for name in names}
    except KeyError:            # (n keys, but not these n)
        return None


def record_id(table: str, row: object) -> str | None:
    """The row's id (key columns joined by '/'), or None when the row has none."""
    if not isinstance(row, dict):
        return None
    parts = [row.get(k) for k in TABLES[table].key]
    return "/".join(str(p) for p in parts) if any(p is not None for p in parts) else None


def error_message(table: str, err: ValidationError) -> str:
    """One readable line: `table.column: message (got value)` for each problem."""
    def one(e: ErrorDetails) -> str:
        where = ".".join(str(p) for p in e["loc"]) or "row"
        got = "" if e["type"] == "missing" else f" (got {repr(e.get('input'))[:40]})"
        return f"{table}.{where}: {e['msg']}{got}"
    return "; ".join(one(e) for e in err.errors(include_url=False)).replace("\n", " ")


def reject(source_path: str, stage: str, error: str, record_id: str | None = None) -> dict:
    return {"source_path": source_path, "stage": stage, "error": error, "record_id": record_id}


class Validated(NamedTuple):
    """A table's validated rows: `columns` is their split column by column when bulk validation
    took them as they were (Arrow is built from it without splitting them again), else None."""
    rows: list[dict]
    sources: list[str]
    rejects: list[dict]
    columns: dict[str, list] | None = None


def validated(table: str, rows: list[dict], sources: list[str]) -> Validated:
    """The rows' valid ones as plain dicts, their source paths, and rejects. `sources[i]` is row i's input path.

    One bulk TypeAdapter call validates the common case fast: rows that strict validation accepts
    are what lax validation would return (equal values), so they are returned as they are. Only
    when it fails do we pay for per-row validation to find the bad rows (and to coerce what lax
    validation coerces, and fill in defaults)."""
    if not rows:
        return Validated([], [], [])
    table_columns = columns(table, rows)
    if table_columns is not None:
        try:
            _columns_adapter(table).validate_python(table_columns)
            return Validated(list(rows), list(sources), [], table_columns)
        except ValidationError:
            pass
    one = _row_adapter(table)
    good, good_sources, rejects = [], [], []
    for row, source in zip(rows, sources):
        try:
            good.append(one.validate_python(row))
            good_sources.append(source)
        except ValidationError as err:
            rejects.append(reject(source, "validate", error_message(table, err), record_id(table, row)))
    return Validated(good, good_sources, rejects)


def validated_rows(table: str, rows: list[dict], sources: list[str]) -> tuple[list[dict], list[str], list[dict]]:
    """(valid rows as plain dicts, their source paths, rejects): see validated."""
    good, good_sources, rejects, _ = validated(table, rows, sources)
    return good, good_sources, rejects


def first_distinct(table: str, data: pa.Table) -> tuple[pa.Table, list[dict]]:
    """(rows whose key was not seen before, rejects for the later duplicates): ids must be unique."""
    if data.num_rows == 0:
        return data, []
    kept, _, rejects = _first_distinct(table, data, _key_strings(table, data))
    return kept, rejects


def _first_distinct(table: str, data: pa.Table, keys: pa.Array) -> tuple[pa.Table, pa.Array, list[dict]]:
    """first_distinct, given the rows' _key_strings; also returns the kept rows' keys."""
    import pyarrow.compute as pc

    if pc.count_distinct(keys).as_py() == len(keys):
        return data, keys, []                 # the common case: one hash pass says so
    row = pa.array(range(len(keys)), pa.int64())
    firsts = pa.table({"key": keys, "row": row}).group_by("key", use_threads=False).aggregate([("row", "min")])
    keep = pc.is_in(row, value_set=firsts["row_min"].combine_chunks())
    return data.filter(keep), keys.filter(keep), _duplicates(table, data.filter(pc.invert(keep)))


def _key_strings(table: str, data: pa.Table) -> pa.Array:
    """One string per row: the table's key columns joined by \\x1f (compact: no Python objects).
    A new buffer (a compute kernel's output), never a view that would keep the batch's memory alive."""
    import pyarrow.compute as pc

    columns = [pc.cast(data[k], pa.string()) for k in TABLES[table].key]
    return pc.binary_join_element_wise(*columns, "", "\x1f").combine_chunks()


class SeenIds:
    """Ids already published, per table, so that batches can be written one after the other and a
    later duplicate of an id is still rejected (the first row wins, as with first_distinct).
    Holds each kept key once as an Arrow string and once as a 64-bit hash in an Arrow int64 array
    (~30 bytes a row: a Python set of the hashes took ~85, the bulk of a run's growth in peak RSS
    from 1k to 10k documents). A batch is checked by scanning the earlier hashes against a hash
    set of the batch's own (pc.is_in in C: a few ns a row, ~0.1 s over a 10k-document run); only on
    a hash match (a duplicate, or rarely a collision) are the keys compared. (pyarrow.compute,
    not polars: the flow's process publishes without importing polars, a third of a second.)"""

    def __init__(self) -> None:
        self.ids: dict[str, list[pa.Array]] = {}
        self.hashes: dict[str, list[pa.Array]] = {}

    def first_distinct(self, table: str, data: pa.Table) -> tuple[pa.Table, list[dict]]:
        """(rows whose id appears neither earlier in `data` nor in an earlier call, rejects for the rest)."""
        import pyarrow.compute as pc

        if data.num_rows == 0:
            return data, []
        data, keys, rejects = _first_distinct(table, data, _key_strings(table, data))
        seen, seen_hashes = self.ids.setdefault(table, []), self.hashes.setdefault(table, [])
        hashes = key_hashes(keys)
        if seen_hashes and pc.any(pc.is_in(pa.chunked_array(seen_hashes), value_set=hashes)).as_py():
            old = pc.is_in(keys, value_set=pa.concat_arrays(seen))
            if pc.any(old).as_py():
                rejects += _duplicates(table, data.filter(old))
                new = pc.invert(old)
                data, keys, hashes = data.filter(new), keys.filter(new), hashes.filter(new)
        seen.append(keys)
        seen_hashes.append(hashes)
        return data, rejects


def key_hashes(keys: pa.Array) -> pa.Array:
    """Each key's 64-bit hash (Python's str hash: the same within a process, which is all SeenIds needs)."""
    return pa.array(list(map(hash, keys.to_pylist())), pa.int64())


def _duplicates(table: str, data: pa.Table) -> list[dict]:
    dupes = data.select(list(TABLES[table].key) + [SOURCE]).to_pylist()
    return [reject(d[SOURCE], "validate", f"{table}: duplicate id {record_id(table, d)}", record_id(table, d))
            for d in dupes]
