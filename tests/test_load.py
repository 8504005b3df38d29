"""Load: immutable versions with a manifest, published atomically as `current`."""
from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import load
from flows.settings import Settings
from schemas import TABLES, arrow_schema

DOC = dict(doc_id="d1", source_path="a/b.txt", content_sha256="ab" * 32, encoding="utf-8", script="hans",
           n_chars=4, n_bytes=12, title=None, warnings=[], coverage=1.0)
INPUTS = [{"source_path": "a/b.txt", "content_sha256": "ab" * 32, "n_bytes": 12}]


def write(warehouse: Path, n_docs: int = 1) -> dict:
    docs = [dict(DOC, doc_id=f"d{i}") for i in range(n_docs)]
    return load.write_version(warehouse, {"documents": load.arrow_table("documents", docs)}, INPUTS, Settings())


def test_a_version_has_every_table_with_its_schema_even_when_empty(tmp_path):
    meta = write(tmp_path)
    vdir = tmp_path / "versions" / meta["version_id"]
    for table, model in TABLES.items():
        assert pq.read_schema(vdir / f"{table}.parquet").equals(arrow_schema(model)), table
    assert pq.read_table(vdir / "documents.parquet").num_rows == 1
    assert pq.read_table(vdir / "measures.parquet").num_rows == 0
    assert pq.ParquetFile(vdir / "documents.parquet").metadata.row_group(0).column(0).compression == "ZSTD"


def test_manifest_records_inputs_settings_pipeline_and_counts(tmp_path):
    meta = write(tmp_path, n_docs=3)
    on_disk = json.loads((tmp_path / "versions" / meta["version_id"] / "manifest.json").read_text())
    assert on_disk == json.loads(json.dumps(meta))
    assert on_disk["inputs"] == INPUTS
    assert on_disk["rows"] == {t: (3 if t == "documents" else 0) for t in TABLES}
    assert on_disk["settings"]["max_file_size"] == Settings().max_file_size
    assert on_disk["pipeline"]["settings_hash"] == Settings().output_hash()
    assert datetime.fromisoformat(on_disk["created"]).tzinfo is not None


def test_pipeline_version_changes_with_output_settings_only():
    base = load.pipeline_version(Settings())["id"]
    assert load.pipeline_version(Settings(warehouse_dir="elsewhere", batch_bytes=1))["id"] == base
    assert load.pipeline_version(Settings(max_file_size=10))["id"] != base


def test_version_ids_sort_in_creation_order_even_within_one_microsecond(tmp_path):
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    ids = []
    for n in range(3):
        ids.append(load.new_version_id(tmp_path, f"{n:08x}", now))
        (tmp_path / "versions" / ids[-1]).mkdir(parents=True)
    assert ids == sorted(ids) and len(set(ids)) == 3
    # a clock that steps back still gives a later id
    assert load.new_version_id(tmp_path, "ffffffff", datetime(2001, 1, 1, tzinfo=timezone.utc)) > ids[-1]


def test_publish_points_current_at_a_complete_version_and_republish_replaces_it(tmp_path):
    first, second = write(tmp_path)["version_id"], write(tmp_path, n_docs=2)["version_id"]
    load.publish_current(tmp_path, first)
    assert os.readlink(tmp_path / "current") == f"versions/{first}"
    load.publish_current(tmp_path, second)
    current = tmp_path / "current"
    assert current.is_symlink() and load.current_version(tmp_path) == second
    assert pq.read_table(current / "documents.parquet").num_rows == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current", "versions"]  # no temp links left


def test_versions_lists_complete_versions_oldest_first_and_marks_current(tmp_path):
    assert load.versions(tmp_path) == []
    ids = [write(tmp_path, n_docs=n)["version_id"] for n in (1, 2)]
    load.publish_current(tmp_path, ids[0])
    (tmp_path / "versions" / ".tmp-20990101T000000000000Z-deadbeef").mkdir()  # a killed run's leftovers
    listed = load.versions(tmp_path)
    assert [v["version_id"] for v in listed] == ids
    assert [v["current"] for v in listed] == [True, False]
    assert listed[1]["rows"]["documents"] == 2 and listed[1]["inputs"] == 1


def test_a_reader_never_sees_a_partial_version(tmp_path):
    """Publish repeatedly while a reader resolves `current`: every resolved folder is complete."""
    load.publish_current(tmp_path, write(tmp_path)["version_id"])
    seen, stop = [], threading.Event()

    def reader():
        while not stop.is_set():
            target = Path(os.path.realpath(tmp_path / "current"))
            meta = json.loads((target / "manifest.json").read_text())
            seen.append(all((target / f"{t}.parquet").exists() for t in meta["rows"]))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for n in range(2, 12):
            load.publish_current(tmp_path, write(tmp_path, n_docs=n)["version_id"])
    finally:
        stop.set()
        thread.join()
    assert seen and all(seen)
    assert pq.read_table(tmp_path / "current" / "documents.parquet").num_rows == 11


def test_conformed_orders_columns_and_drops_helpers():
    import pyarrow as pa
    data = pa.table({"reason": ["r"], "_source_path": ["x"], "ordinal": [1], "text": ["t"], "doc_id": ["d"]})
    assert load.conformed("residue", data).schema.equals(arrow_schema(TABLES["residue"]))


def test_writing_into_a_missing_warehouse_creates_it(tmp_path):
    meta = write(tmp_path / "new" / "warehouse")
    assert (tmp_path / "new" / "warehouse" / "versions" / meta["version_id"] / "manifest.json").exists()


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
input_entries = st.fixed_dictionaries({"source_path": st.text(min_size=1, max_size=12),
                                       "content_sha256": st.none() | st.text("0123456789abcdef", min_size=64, max_size=64),
                                       "n_bytes": st.none() | st.integers(0, 10**9)})


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8).filter(lambda k: k != "inputs"), json_values, max_size=4),
       st.lists(input_entries, max_size=5))
def test_the_manifest_text_is_the_manifest_with_one_line_per_input(head, inputs):
    meta = {**head, "inputs": inputs}
    text = load.manifest_text(meta)
    assert json.loads(text) == meta
    assert list(json.loads(text)) == list(meta)                 # keys keep their order
    lines = text.split("\n")
    for entry in inputs:
        assert "    " + json.dumps(entry, ensure_ascii=False) + "," in lines or \
            "    " + json.dumps(entry, ensure_ascii=False) in lines
    if not inputs:
        assert text == json.dumps(meta, ensure_ascii=False, indent=2)   # no input: exactly json.dumps


def test_tables_are_written_at_once_and_rejects_after_all_others():
    finished: list[str] = []
    lock = threading.Lock()

    def write(table: str) -> int:
        if table == "documents":
            threading.Event().wait(0.05)       # a slow table: the others are written meanwhile
        with lock:
            finished.append(table)
        return len(table)

    rows = load.written_tables(write)
    assert list(rows) == list(TABLES) and rows == {t: len(t) for t in TABLES}
    assert sorted(finished) == sorted(TABLES) and finished[-1] == "rejects"
    assert finished[0] != "documents"         # the others went on while it was being written


def test_arrow_table_takes_complete_and_partial_rows_alike():
    """Rows with every column are split at C level, rows missing some by name with None: the same table."""
    complete = {"doc_id": "d", "ordinal": 1, "text": "t", "reason": "r"}
    partial = {"doc_id": "d", "ordinal": 2, "text": "u"}
    schema = load.arrow_schema(load.TABLES["residue"])
    assert load.arrow_table("residue", [complete]).equals(pa.Table.from_pylist([complete], schema=schema))
    mixed = load.arrow_table("residue", [complete, partial])
    assert mixed.column("reason").to_pylist() == ["r", None] and mixed.schema == schema


def test_inputs_given_as_a_function_are_asked_for_once_every_table_is_written(tmp_path):
    """The flow streams batches that may still run into the version: it knows the inputs only at the end."""
    written: list[str] = []

    def parts(table: str):
        yield load.arrow_table(table, [])
        written.append(table)

    def inputs() -> list[dict]:
        assert sorted(written) == sorted(TABLES)     # every table's parts consumed first
        return INPUTS

    meta = load.write_version(tmp_path, {t: parts(t) for t in TABLES}, inputs, Settings())
    assert meta["inputs"] == INPUTS and load.version_ids(tmp_path) == [meta["version_id"]]
    assert not list((tmp_path / "versions").glob(".tmp-*"))
