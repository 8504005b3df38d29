"""Validate table rows against the schemas' models: bad rows go to `rejects`, the rest go on."""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import pyarrow as pa
from pydantic import TypeAdapter, ValidationError

from schemas import TABLES, row_dict_type

if TYPE_CHECKING:
    import polars as pl

# polars and pyarrow.compute are imported where ids are checked (in the flow's process, when it
# publishes): worker processes only validate rows and start faster without them.

SOURCE = "_source_path"  # column carried next to a table's rows so rejects can name their input


@cache
def _adapters(table: str) -> tuple[TypeAdapter, TypeAdapter]:
    """(strict rows adapter, one-row adapter) over the table model's TypedDict twin: dicts in,
    dicts out. The stages make rows of the exact types, which strict validation checks ~30 %
    faster (it tries no coercion); rows it refuses are validated again one by one, as the model
    would (lax), so the outcome is the same as lax validation of every row."""
    model = TABLES[table]
    return TypeAdapter(list[row_dict_type(model, strict=True)]), TypeAdapter(row_dict_type(model))


def record_id(table: str, row: object) -> str | None:
    """The row's id (key columns joined by '/'), or None when the row has none."""
    if not isinstance(row, dict):
        return None
    parts = [row.get(k) for k in TABLES[table].key]
    return "/".join(str(p) for p in parts) if any(p is not None for p in parts) else None


def error_message(table: str, err: ValidationError) -> str:
    """One readable line: `table.column: message (got value)` for each problem."""
    def one(e: dict) -> str:
        where = ".".join(str(p) for p in e["loc"]) or "row"
        got = "" if e["type"] == "missing" else f" (got {repr(e.get('input'))[:40]})"
        return f"{table}.{where}: {e['msg']}{got}"
    return "; ".join(one(e) for e in err.errors(include_url=False)).replace("\n", " ")


def reject(source_path: str, stage: str, error: str, record_id: str | None = None) -> dict:
    return {"source_path": source_path, "stage": stage, "error": error, "record_id": record_id}


def validated_rows(table: str, rows: list[dict], sources: list[str]) -> tuple[list[dict], list[str], list[dict]]:
    """(valid rows as plain dicts, their source paths, rejects). `sources[i]` is row i's input path.

    One bulk TypeAdapter call validates the common case fast; only when it fails do we pay for
    per-row validation to find the bad rows (and to coerce what lax validation coerces)."""
    many, one = _adapters(table)
    try:
        return many.validate_python(rows), list(sources), []
    except ValidationError:
        pass
    good, good_sources, rejects = [], [], []
    for row, source in zip(rows, sources):
        try:
            good.append(one.validate_python(row))
            good_sources.append(source)
        except ValidationError as err:
            rejects.append(reject(source, "validate", error_message(table, err), record_id(table, row)))
    return good, good_sources, rejects


def first_distinct(table: str, data: pa.Table) -> tuple[pa.Table, list[dict]]:
    """(rows whose key was not seen before, rejects for the later duplicates): ids must be unique."""
    import polars as pl
    import pyarrow.compute as pc

    key = list(TABLES[table].key)
    if data.num_rows == 0:
        return data, []
    keep = pl.from_arrow(data.select(key)).select(pl.struct(key).is_first_distinct()).to_series()
    if keep.all():
        return data, []
    dupes = data.filter(pc.invert(keep.to_arrow())).select(key + [SOURCE]).to_pylist()
    rejects = [reject(d[SOURCE], "validate", f"{table}: duplicate id {record_id(table, d)}", record_id(table, d))
               for d in dupes]
    return data.filter(keep.to_arrow()), rejects


def _key_strings(table: str, data: pa.Table) -> pl.Series:
    """One string per row: the table's key columns joined by \\x1f (compact: no Python objects).
    Always a new buffer: a one-column key alone would be a zero-copy view that keeps the whole
    batch's Arrow memory alive (the empty literal forces the copy)."""
    import polars as pl

    key = list(TABLES[table].key)
    columns = [pl.col(k).cast(pl.String) for k in key] + [pl.lit("")]
    return pl.from_arrow(data.select(key)).select(pl.concat_str(columns, separator="\x1f")).to_series()


class SeenIds:
    """Ids already published, per table, so that batches can be written one after the other and a
    later duplicate of an id is still rejected (the first row wins, as with first_distinct).
    Holds only the key strings, as Arrow-backed polars Series."""

    def __init__(self) -> None:
        self.ids: dict[str, list[pl.Series]] = {}

    def first_distinct(self, table: str, data: pa.Table) -> tuple[pa.Table, list[dict]]:
        """(rows whose id appears neither earlier in `data` nor in an earlier call, rejects for the rest)."""
        import polars as pl
        import pyarrow.compute as pc

        data, rejects = first_distinct(table, data)
        keys, seen = _key_strings(table, data), self.ids.setdefault(table, [])
        if seen and data.num_rows:
            new = ~keys.is_in(pl.concat(seen, rechunk=False).implode())
            if not new.all():
                rejects += _duplicates(table, data.filter(pc.invert(new.to_arrow())))
                data, keys = data.filter(new.to_arrow()), keys.filter(new)
        seen.append(keys)
        return data, rejects


def _duplicates(table: str, data: pa.Table) -> list[dict]:
    dupes = data.select(list(TABLES[table].key) + [SOURCE]).to_pylist()
    return [reject(d[SOURCE], "validate", f"{table}: duplicate id {record_id(table, d)}", record_id(table, d))
            for d in dupes]
