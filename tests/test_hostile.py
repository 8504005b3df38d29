"""Issue 4, hostile input: every adversarial file of the issue, generated here, in one folder with the
seeds, through the real command line. The run completes (exit 0, no traceback), bad inputs are
rejected with a one-line reason in `rejects` and in the printed summary, good ones are all there,
and re-encoded seeds give the same articles as their UTF-8 originals."""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import extract
from flows.pipeline import build_dataset
from flows.settings import Settings
from tests.conftest import ROOT, SEEDS
from tests.hostile import REENCODED, REJECTED, seed_path, write_hostile


def zhpolicy(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})}, cwd=ROOT)


def rows(warehouse: Path, query: str) -> list[tuple]:
    return duckdb.sql(query.replace("{wh}", str(warehouse / "current"))).fetchall()


@pytest.fixture(scope="module")
def hostile_run(prefect_server, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(SEEDS, root, dirs_exist_ok=True)
    files = write_hostile(root)
    warehouse = tmp_path_factory.mktemp("hostile-wh")
    result = zhpolicy("run", "--input", str(root), "--warehouse", str(warehouse),
                      env={"PREFECT_API_URL": prefect_server})
    return {"result": result, "root": root, "warehouse": warehouse, "files": files}


def test_the_run_completes_without_a_traceback(hostile_run):
    result = hostile_run["result"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith("published version ")


def test_bad_inputs_are_rejected_with_one_line_reasons_in_table_and_summary(hostile_run):
    wh, out = hostile_run["warehouse"], hostile_run["result"].stdout
    rejects = {r[0]: (r[1], r[2]) for r in rows(wh, "SELECT source_path, stage, error FROM '{wh}/rejects.parquet'")}
    expected = {**REJECTED, "loop/self.txt": "symbolic links"}
    assert set(rejects) == set(expected), rejects
    for path, word in expected.items():
        stage, error = rejects[path]
        assert stage == "extract" and word in error and "\n" not in error and len(error) < 200
        assert f"rejected {path} [extract]: {error}" in out


def test_every_good_input_is_a_document(hostile_run):
    wh, root = hostile_run["warehouse"], hostile_run["root"]
    docs = {r[0] for r in rows(wh, "SELECT source_path FROM '{wh}/documents.parquet'")}
    inputs = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and not p.is_symlink()}
    good = inputs - set(REJECTED)
    assert docs == good
    assert "名 字 with spaces/政策 文件 (副本).txt" in docs and "a/b/c/d/nested.txt" in docs
    assert not any(p.startswith("loop/again/") for p in docs)            # the symlink loop is not entered


@pytest.mark.parametrize("name", REENCODED)
def test_reencoded_seeds_give_the_articles_of_the_utf8_original(hostile_run, name):
    wh = hostile_run["warehouse"]
    prefix, codec, _bom = REENCODED[name]
    original = seed_path(prefix).name

    def articles(path: str) -> list[tuple]:
        return rows(wh, "SELECT a.ordinal, a.title, a.authors, a.text FROM '{wh}/articles.parquet' a "
                        "JOIN '{wh}/documents.parquet' d USING (doc_id) "
                        f"WHERE d.source_path = '{path}' ORDER BY a.ordinal")

    assert articles(name) == articles(original) and articles(name)
    [(encoding,)] = rows(wh, f"SELECT encoding FROM '{{wh}}/documents.parquet' WHERE source_path = '{name}'")
    assert encoding.replace("-", "").startswith(codec.replace("-", "")[:5]) or encoding == "utf-8-sig"


def test_line_ends_controls_and_truncation_are_handled(hostile_run):
    wh = hostile_run["warehouse"]
    texts = dict(rows(wh, "SELECT d.source_path, string_agg(a.text, '\n' ORDER BY a.ordinal) FROM "
                          "'{wh}/articles.parquet' a JOIN '{wh}/documents.parquet' d USING (doc_id) GROUP BY 1"))
    assert texts["crlf.txt"] == texts["cr_only.txt"] and "\r" not in texts["cr_only.txt"]
    assert texts["crlf.txt"].count("\n") == 1                           # two paragraphs
    assert texts["controls.txt"] == texts[seed_path("002").name]          # control bytes removed, nothing else
    [(warnings,)] = rows(wh, "SELECT warnings FROM '{wh}/documents.parquet' WHERE source_path = 'truncated.txt'")
    assert warnings == ["truncated utf-8"] and texts["truncated.txt"].endswith("全面振兴")
    assert "🌏" in texts["mixed_scripts.txt"] and "かな" in texts["mixed_scripts.txt"] \
        and "한국어" in texts["mixed_scripts.txt"]
    assert "<" not in texts["html.md"] and "script" not in texts["html.md"].lower()


def test_big_inputs_are_kept_whole(hostile_run):
    wh, files = hostile_run["warehouse"], hostile_run["files"]
    got = dict(rows(wh, "SELECT d.source_path, sum(length(p.text)) FROM '{wh}/paragraphs.parquet' p "
                        "JOIN '{wh}/articles.parquet' a USING (article_id) JOIN '{wh}/documents.parquet' d "
                        "USING (doc_id) WHERE d.source_path LIKE 'big/%' GROUP BY 1"))
    assert got["big/six_mb_line.txt"] == len(files["big/six_mb_line.txt"].decode().strip())
    [(numbered,)] = rows(wh, "SELECT count(*) FROM '{wh}/measures.parquet' m JOIN '{wh}/articles.parquet' a "
                             "USING (article_id) JOIN '{wh}/documents.parquet' d USING (doc_id) "
                             "WHERE d.source_path = 'big/5000_numbered_lines.txt'")
    assert numbered == 5000


def test_every_document_has_full_coverage_in_table_and_manifest(hostile_run):
    wh = hostile_run["warehouse"]
    coverage = dict(rows(wh, "SELECT source_path, coverage FROM '{wh}/documents.parquet'"))
    manifest = json.loads((wh / "current" / "manifest.json").read_text(encoding="utf-8"))
    in_manifest = {i["source_path"]: i.get("coverage") for i in manifest["inputs"]}
    assert {p: in_manifest[p] for p in coverage} == coverage
    assert all(in_manifest[p] is None for p in REJECTED)
    below = {p: c for p, c in coverage.items() if c < 1.0}
    # html.md: the segmenter counts the HTML tags it strips as lost text (tests/test_coverage.py)
    assert set(below) <= {"html.md"}, below


# ---------------------------------------------------------------- files that change during the run

def test_files_that_vanish_or_turn_unreadable_during_the_run_are_rejected(prefect_server, tmp_path, monkeypatch):
    """source_files() lists them, then one is deleted, one becomes a folder, one fails with EACCES."""
    root = tmp_path / "in"
    shutil.copytree(SEEDS, root)
    for name in ("gone.txt", "dir.txt", "denied.txt"):
        (root / name).write_text("推进城乡融合发展。\n", encoding="utf-8")
    listed = extract.source_files
    real_bytes = extract._file_bytes

    def listing_then_change(input_dir, settings=None):
        files = listed(input_dir, settings)
        (root / "gone.txt").unlink()
        (root / "dir.txt").unlink()
        (root / "dir.txt").mkdir()
        return files

    def denied(path, root_, max_size):
        if Path(path).name == "denied.txt":
            raise extract.ExtractError("cannot read: Permission denied") from PermissionError(errno.EACCES, "x")
        return real_bytes(path, root_, max_size)

    monkeypatch.setattr(extract, "source_files", listing_then_change)
    monkeypatch.setattr(extract, "_file_bytes", denied)
    summary = build_dataset(Settings(input_dir=root, warehouse_dir=tmp_path / "wh"))
    got = {r["source_path"]: r["error"] for r in summary["rejected"]}
    assert got == {"gone.txt": "cannot read: No such file or directory", "dir.txt": "cannot read: Is a directory",
                   "denied.txt": "cannot read: Permission denied"}
    assert summary["documents"] == len(list(SEEDS.iterdir()))


def test_a_fifo_named_txt_does_not_block_the_run(tmp_path):
    (tmp_path / "pipe.txt").parent.mkdir(exist_ok=True)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("推进城乡融合发展。\n", encoding="utf-8")
    assert [p.name for p in extract.source_files(tmp_path)] == ["ok.txt"]
    with pytest.raises(extract.ExtractError, match="not a regular file"):
        extract.raw_document(tmp_path / "pipe.txt", tmp_path)
