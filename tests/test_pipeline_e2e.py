"""End to end: the flow on a copy of seeds/ (plus an unreadable file), queried with DuckDB.

Asserts structure, ids, schema and publishing, not segmentation quality (tested per stage)."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest

from flows import segment
from flows.load import current_version, versions
from flows.batch import batches_by_bytes
from flows.pipeline import build_dataset
from flows.settings import Settings
from schemas import TABLES, arrow_schema
from tests.conftest import ROOT

ID_COLUMNS = {"documents": "doc_id", "articles": "article_id", "sections": "section_id",
              "paragraphs": "paragraph_id", "measures": "measure_id"}


def sql(warehouse: Path, query: str) -> list[tuple]:
    """Run a query where `{t}` stands for the current version's Parquet file of table t."""
    paths = {t: f"'{warehouse / 'current' / f'{t}.parquet'}'" for t in TABLES}
    return duckdb.sql(query.format(**paths)).fetchall()


def test_the_run_reads_every_document_and_rejects_the_unreadable_one(built):
    wh = built["warehouse"]
    assert sql(wh, "SELECT count(*) FROM {documents}") == [(5,)]
    assert built["documents"] == 5
    rejects = sql(wh, "SELECT source_path, stage, error FROM {rejects}")
    assert [(r[0], r[1]) for r in rejects] == [("sub/broken.txt", "extract")]
    assert rejects[0][2] and "\n" not in rejects[0][2]


def test_source_paths_are_relative_and_match_the_input_files(built):
    paths = {r[0] for r in sql(built["warehouse"], "SELECT source_path FROM {documents}")}
    assert paths == {p.name for p in (ROOT / "seeds").iterdir()}


@pytest.mark.parametrize("table, column", ID_COLUMNS.items())
def test_ids_are_unique_and_non_empty(built, table, column):
    [(n, distinct, empty)] = sql(built["warehouse"],
                                f"SELECT count(*), count(DISTINCT {column}), count(*) FILTER "
                                f"(WHERE {column} IS NULL OR {column} = '') FROM {{{table}}}")
    assert n == distinct and empty == 0


@pytest.mark.parametrize("child, column, parent, parent_column", [
    ("articles", "doc_id", "documents", "doc_id"),
    ("paragraphs", "article_id", "articles", "article_id"),
    ("sections", "article_id", "articles", "article_id"),
    ("sections", "parent_section_id", "sections", "section_id"),
    ("paragraphs", "section_id", "sections", "section_id"),
    ("measures", "paragraph_id", "paragraphs", "paragraph_id"),
    ("measures", "article_id", "articles", "article_id"),
    ("measures", "parent_measure_id", "measures", "measure_id"),
    ("residue", "doc_id", "documents", "doc_id"),
])
def test_every_reference_points_at_an_existing_record(built, child, column, parent, parent_column):
    orphans = sql(built["warehouse"], f"SELECT c.{column} FROM {{{child}}} c WHERE c.{column} IS NOT NULL "
                                      f"AND c.{column} NOT IN (SELECT {parent_column} FROM {{{parent}}})")
    assert orphans == []


def test_every_article_has_paragraphs_and_every_document_an_article(built):
    wh = built["warehouse"]
    assert sql(wh, "SELECT count(*) FROM {documents} WHERE doc_id NOT IN (SELECT doc_id FROM {articles})") == [(0,)]
    assert sql(wh, "SELECT count(*) FROM {paragraphs}")[0][0] > 0


def test_ordinals_are_one_based_and_unique_within_their_parent(built):
    wh = built["warehouse"]
    assert sql(wh, "SELECT doc_id, ordinal, count(*) FROM {articles} GROUP BY ALL HAVING count(*) > 1") == []
    assert sql(wh, "SELECT article_id, ordinal FROM {paragraphs} GROUP BY ALL HAVING count(*) > 1") == []
    assert sql(wh, "SELECT min(ordinal) FROM {paragraphs}") == [(1,)]


@pytest.mark.parametrize("table", TABLES)
def test_parquet_files_have_the_derived_schema(built, table):
    assert pq.read_schema(built["warehouse"] / "current" / f"{table}.parquet").equals(arrow_schema(TABLES[table]))


def test_manifest_lists_inputs_with_hashes_and_the_row_counts(built):
    wh = built["warehouse"]
    meta = json.loads((wh / "current" / "manifest.json").read_text(encoding="utf-8"))
    assert meta["version_id"] == built["version_id"] == current_version(wh)
    expected = {p.relative_to(built["input_dir"]).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in built["input_dir"].rglob("*.txt")}
    assert {i["source_path"]: i["content_sha256"] for i in meta["inputs"]} == expected
    for table in TABLES:
        assert meta["rows"][table] == sql(wh, f"SELECT count(*) FROM {{{table}}}")[0][0] == built[table]


def test_batches_group_documents_by_bytes_in_order():
    paths = [Path(str(i)) for i in range(5)]
    assert batches_by_bytes(paths, [4, 4, 4, 20, 1], 10) == [paths[:2], paths[2:3], paths[3:4], paths[4:]]
    assert batches_by_bytes([], [], 10) == []


def test_small_batches_give_the_same_tables(prefect_server, built, tmp_path):
    """Batching is an execution detail: one document per batch must publish identical rows."""
    settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path, batch_bytes=1)
    build_dataset(settings)
    for table, column in ID_COLUMNS.items():
        query = f"SELECT {column} FROM '{{}}/current/{table}.parquet' ORDER BY 1"
        assert duckdb.sql(query.format(tmp_path)).fetchall() == duckdb.sql(query.format(built["warehouse"])).fetchall()


def test_bad_records_go_to_rejects_and_the_run_goes_on(prefect_server, built, tmp_path, monkeypatch):
    """A record failing validation and a document failing segmentation are rejected; the rest publish."""
    real = segment.document_tables
    first, second = sorted(p.name for p in (ROOT / "seeds").iterdir())[:2]

    def faulty(doc):
        if doc.raw.source_path == second:
            raise ValueError("cannot segment\nthis")
        tables = real(doc)
        if doc.raw.source_path == first:
            tables["paragraphs"][0]["ordinal"] = 0
        return tables

    monkeypatch.setattr(segment, "document_tables", faulty)
    summary = build_dataset(Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path))
    rejects = sql(tmp_path, "SELECT source_path, stage, record_id, error FROM {rejects} ORDER BY 1")
    bad_paragraph = rejects[0][2]
    assert [r[:2] for r in rejects] == [(first, "validate"), (second, "segment"), ("sub/broken.txt", "extract")]
    assert "paragraphs.ordinal" in rejects[0][3] and rejects[1][3] == "ValueError: cannot segment this"
    [(second_paragraphs,)] = sql(built["warehouse"], "SELECT count(*) FROM {paragraphs} JOIN {articles} USING "
                                 f"(article_id) JOIN {{documents}} USING (doc_id) WHERE source_path = '{second}'")
    assert summary["documents"] == 4 and summary["paragraphs"] == built["paragraphs"] - second_paragraphs - 1
    assert sql(tmp_path, f"SELECT count(*) FROM {{paragraphs}} WHERE paragraph_id = '{bad_paragraph}'") == [(0,)]


def test_a_rerun_publishes_a_new_current_version_with_the_same_ids(prefect_server, built, tmp_path):
    settings = Settings(input_dir=built["input_dir"], warehouse_dir=tmp_path)
    first, second = build_dataset(settings)["version_id"], build_dataset(settings, full=True)["version_id"]
    listed = versions(tmp_path)
    assert [v["version_id"] for v in listed] == [first, second] and first < second
    assert [v["current"] for v in listed] == [False, True]
    assert os.readlink(tmp_path / "current") == f"versions/{second}"
    for table, column in ID_COLUMNS.items():
        query = f"SELECT {column} FROM '{tmp_path}/versions/{{}}/{table}.parquet' ORDER BY 1"
        assert duckdb.sql(query.format(first)).fetchall() == duckdb.sql(query.format(second)).fetchall()


def _zhpolicy(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})}, cwd=ROOT)


def test_cli_run_prints_only_a_clean_summary(prefect_server, built, tmp_path):
    result = _zhpolicy("run", "--input", str(built["input_dir"]), "--warehouse", str(tmp_path),
                       env={"PREFECT_API_URL": prefect_server})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("published version ") and "documents 5" in lines[1]
    assert any("sub/broken.txt [extract]" in line for line in lines)
    assert "Traceback" not in result.stdout


def test_cli_versions_lists_versions_as_json_and_table(built):
    result = _zhpolicy("versions", "--warehouse", str(built["warehouse"]), "--format", "json")
    assert result.returncode == 0
    [only] = json.loads(result.stdout)
    assert only["version_id"] == built["version_id"] and only["current"] and only["inputs"] == 6
    table = _zhpolicy("versions", "--warehouse", str(built["warehouse"])).stdout.splitlines()
    assert table[0].split()[:3] == ["version", "created", "inputs"] and table[1].startswith("*")


def test_cli_rejects_a_missing_input_folder_without_a_traceback(tmp_path):
    result = _zhpolicy("run", "--input", str(tmp_path / "nope"), "--warehouse", str(tmp_path))
    assert result.returncode == 2 and "input folder not found" in result.stderr and "Traceback" not in result.stderr


def test_batch_tasks_reject_a_table_the_schemas_do_not_know(built, tmp_path, monkeypatch):
    """The task bodies (called without Prefect via .fn): an undeclared table is rejected, not published."""
    from flows.pipeline import process_batch

    real = segment.document_tables
    monkeypatch.setattr(segment, "document_tables", lambda doc: {**real(doc), "footnotes": [{"x": 1}]})
    first = sorted((ROOT / "seeds").iterdir())[0]
    out = Path(process_batch.fn([str(built["input_dir"] / first.name)], str(built["input_dir"]), Settings(), str(tmp_path)))
    with ipc.open_file(out / "rejects.arrow") as reader:
        rejects = reader.read_all().to_pylist()
    assert [(r["source_path"], r["stage"], r["error"]) for r in rejects] == [
        (first.name, "validate", "unknown table 'footnotes'")]
    assert not (out / "footnotes.arrow").exists() and (out / "paragraphs.arrow").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CLI picks jemalloc on Linux only")
@pytest.mark.parametrize("chosen, want", [(None, "jemalloc"), ("system", "system"), ("mimalloc", "mimalloc")])
def test_the_cli_gives_arrow_a_pool_that_returns_freed_memory_unless_the_user_chose_one(chosen, want):
    # a fresh process: Arrow reads the variable at its first import, which the CLI's import makes
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    env.update({"ARROW_DEFAULT_MEMORY_POOL": chosen} if chosen else {})
    code = "import flows.cli, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == want
