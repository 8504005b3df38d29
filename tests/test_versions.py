"""Versions, stable ids, diffs, incremental runs and retention, on real pipeline output.

Every scenario copies seeds/ into tmp_path, runs the flow, edits the copy, runs again and compares
the two versions with flows.diff (the same code `zhpolicy diff` uses)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows import diff, versions
from flows.load import current_version, version_ids
from flows.pipeline import build_dataset
from flows.settings import Settings
from schemas import TABLES
from tests.conftest import ROOT, SEEDS

ID_COLUMNS = {"documents": "doc_id", "articles": "article_id", "sections": "section_id",
              "paragraphs": "paragraph_id", "measures": "measure_id"}
SEED = "002_c801233941da8173.txt"
# a clause in the middle of a paragraph (well past its first 24 characters), and one inside a measure
MID_CLAUSE = ("推动产业园区发展质量、发展效率、发展动力变革", "推动产业园区发展质量、发展动力变革")
IN_MEASURE = ("以产业高端化为重点,集聚知识", "以产业高端化为重点,加快集聚知识")
TITLE_LINE = "# 如何增强产业园区高质量发展内生动力?\n"
INSERTED = "这是在文章开头新插入的一段文字，用来检验其他段落、章节和措施的编号不会因此改变。\n\n"


def run(input_dir: Path, warehouse: Path, full: bool = False) -> dict:
    return build_dataset(Settings(input_dir=input_dir, warehouse_dir=warehouse), full=full)


def ids(warehouse: Path, version: str, table: str) -> set[str]:
    path = versions.table_path(warehouse, version, table)
    return set(pl.read_parquet(path, columns=[ID_COLUMNS[table]]).to_series().to_list())


def stats(warehouse: Path) -> dict:
    result = diff.diff_versions(warehouse, *versions.default_pair(warehouse, None, None))
    try:
        return result.stats()
    finally:
        result.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def base(prefect_server, tmp_path_factory) -> dict:
    """A warehouse with one version built from a writable copy of the seeds."""
    root = tmp_path_factory.mktemp("base")
    shutil.copytree(SEEDS, root / "in")
    for p in (root / "in").iterdir():
        p.chmod(0o644)
    summary = run(root / "in", root / "wh")
    return {"input": root / "in", "warehouse": root / "wh", "version": summary["version_id"]}


@pytest.fixture
def copy(base, tmp_path) -> dict:
    """A private copy of the base input and warehouse (the warehouse's `current` link is relative)."""
    shutil.copytree(base["input"], tmp_path / "in")
    shutil.copytree(base["warehouse"], tmp_path / "wh", symlinks=True)
    return {"input": tmp_path / "in", "warehouse": tmp_path / "wh", "version": base["version"]}


# ---------------------------------------------------------------- stable ids (a)-(d)

def test_a_same_input_twice_gives_identical_ids(copy):
    again = run(copy["input"], copy["warehouse"], full=True)  # really re-processed, not carried
    assert again["processed"] == 5 and again["carried"] == 0
    for table in ID_COLUMNS:
        assert ids(copy["warehouse"], copy["version"], table) == ids(copy["warehouse"], again["version_id"], table)
    assert all(c == dict.fromkeys(diff.CHANGES, 0) for c in stats(copy["warehouse"])["tables"].values())


@pytest.mark.parametrize("old, new, measures_changed", [(*MID_CLAUSE, 0), (*IN_MEASURE, 1)],
                         ids=["plain-paragraph", "inside-a-measure"])
def test_b_one_clause_edit_changes_only_its_paragraph_article_document_and_measure(copy, old, new, measures_changed):
    edit(copy["input"] / SEED, old, new)
    summary = run(copy["input"], copy["warehouse"])
    assert summary["processed"] == 1 and summary["carried"] == 4
    tables = stats(copy["warehouse"])["tables"]
    expected = {"documents": 1, "articles": 1, "paragraphs": 1, "measures": measures_changed}
    for table, counts in tables.items():
        assert counts == {"added": 0, "removed": 0, "changed": expected.get(table, 0)}, table


def test_b_the_diff_shows_the_edit_character_by_character(copy):
    edit(copy["input"] / SEED, *MID_CLAUSE)
    run(copy["input"], copy["warehouse"])
    result = diff.diff_versions(copy["warehouse"], *versions.default_pair(copy["warehouse"], None, None))
    [record] = result.records("paragraphs")
    result.close()
    assert record["change"] == "changed" and list(record["fields"]) == ["text"]
    assert "发展质量、[-发展效率、-]发展动力变革" in record["fields"]["text"]["diff"]


def test_c_a_paragraph_inserted_at_the_top_of_an_article_keeps_the_other_ids(copy):
    edit(copy["input"] / SEED, TITLE_LINE, TITLE_LINE + "\n" + INSERTED)
    new = run(copy["input"], copy["warehouse"])["version_id"]
    wh, old = copy["warehouse"], copy["version"]
    for table in ("articles", "sections", "paragraphs", "measures"):
        assert ids(wh, old, table) <= ids(wh, new, table), f"{table}: an id changed"
    assert len(ids(wh, new, "paragraphs") - ids(wh, old, "paragraphs")) == 1
    tables = stats(wh)["tables"]
    assert tables["paragraphs"]["added"] == 1 and tables["paragraphs"]["removed"] == 0
    assert tables["paragraphs"]["changed"] > 0  # later paragraphs of the article moved down one place
    assert all(tables[t]["added"] == tables[t]["removed"] == 0 for t in ("articles", "sections", "measures"))


def test_d_a_renamed_document_is_removed_plus_added_and_named_as_a_rename(copy):
    (copy["input"] / SEED).rename(copy["input"] / "renamed.txt")
    summary = run(copy["input"], copy["warehouse"])
    assert summary["renamed"] == [(SEED, "renamed.txt")] and summary["removed"] == [SEED]
    result = stats(copy["warehouse"])
    assert result["tables"]["documents"] == {"added": 1, "removed": 1, "changed": 0}
    assert [(r["from_path"], r["to_path"]) for r in result["renamed"]] == [(SEED, "renamed.txt")]
    assert result["tables"]["paragraphs"]["added"] == result["tables"]["paragraphs"]["removed"] > 0


def test_d_a_rename_with_an_edit_is_not_called_a_rename(copy):
    edit(copy["input"] / SEED, *MID_CLAUSE)
    (copy["input"] / SEED).rename(copy["input"] / "renamed.txt")
    run(copy["input"], copy["warehouse"])
    result = stats(copy["warehouse"])
    assert result["renamed"] == [] and result["tables"]["documents"] == {"added": 1, "removed": 1, "changed": 0}


# ---------------------------------------------------------------- incremental runs

def test_an_unchanged_input_publishes_no_new_version(copy):
    summary = run(copy["input"], copy["warehouse"])
    assert summary["unchanged"] and summary["version_id"] == copy["version"]
    assert version_ids(copy["warehouse"]) == [copy["version"]]


def test_carried_rows_equal_reprocessed_rows(copy, tmp_path):
    edit(copy["input"] / SEED, *MID_CLAUSE)
    incremental = run(copy["input"], copy["warehouse"])
    full = run(copy["input"], tmp_path / "full")
    assert incremental["carried"] == 4 and full["carried"] == 0
    for table in TABLES:
        a, b = (f"'{w}/current/{table}.parquet'" for w in (copy["warehouse"], tmp_path / "full"))
        assert duckdb.sql(f"SELECT count(*) FROM {a}").fetchall() == duckdb.sql(f"SELECT count(*) FROM {b}").fetchall()
        assert duckdb.sql(f"(FROM {a} EXCEPT ALL FROM {b}) UNION ALL (FROM {b} EXCEPT ALL FROM {a})").fetchall() == []


def test_removing_a_document_publishes_a_version_without_it(copy):
    (copy["input"] / SEED).unlink()
    summary = run(copy["input"], copy["warehouse"])
    assert summary["removed"] == [SEED] and summary["documents"] == 4 and summary["processed"] == 0
    assert stats(copy["warehouse"])["tables"]["documents"] == {"added": 0, "removed": 1, "changed": 0}


# ---------------------------------------------------------------- CLI: versions, diff, gc

def zhpolicy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


@pytest.fixture
def two_versions(copy) -> dict:
    """Two versions over different inputs: the seeds, then the seeds with one clause edited."""
    edit(copy["input"] / SEED, *MID_CLAUSE)
    copy["second"] = run(copy["input"], copy["warehouse"])["version_id"]
    return copy


def test_versions_lists_two_versions_after_two_runs_over_different_inputs(two_versions):
    out = zhpolicy("versions", "--warehouse", two_versions["warehouse"], "--format", "json")
    listed = json.loads(out.stdout)
    assert [v["version_id"] for v in listed] == [two_versions["version"], two_versions["second"]]
    assert [v["current"] for v in listed] == [False, True] and listed[1]["inputs"] == 5
    table = zhpolicy("versions", "--warehouse", two_versions["warehouse"]).stdout.splitlines()
    assert table[0].split()[:3] == ["version", "created", "inputs"] and table[2].startswith("*")


def test_diff_stat_json_has_the_contract_shape(two_versions):
    out = zhpolicy("diff", "--warehouse", two_versions["warehouse"], "--stat", "--format", "json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["from"] == two_versions["version"] and result["to"] == two_versions["second"]
    assert set(result["tables"]) == set(TABLES) and "records" not in result
    assert result["tables"]["paragraphs"] == {"added": 0, "removed": 0, "changed": 1}


def test_diff_full_mode_shows_records_and_writes_parquet(two_versions, tmp_path):
    wh, out_dir = two_versions["warehouse"], tmp_path / "diff"
    table = zhpolicy("diff", "--warehouse", wh, two_versions["version"][:-2], "current", "--output", out_dir)
    assert table.returncode == 0, table.stderr
    assert "[-发展效率、-]" in table.stdout and "paragraphs changed p" in table.stdout
    full = json.loads(zhpolicy("diff", "--warehouse", wh, "--format", "json").stdout)
    assert full["records"]["paragraphs"][0]["fields"]["text"]["diff"].count("[-") == 1
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{t}_diff.parquet" for t in TABLES)
    rows = duckdb.sql(f"SELECT change, from_text, to_text FROM '{out_dir}/paragraphs_diff.parquet'").fetchall()
    assert len(rows) == 1 and rows[0][0] == "changed" and "发展效率" in rows[0][1] and "发展效率" not in rows[0][2]


def test_diff_with_a_single_version_says_there_is_nothing_to_compare(copy):
    out = zhpolicy("diff", "--warehouse", copy["warehouse"])
    assert out.returncode == 2 and "nothing to compare" in out.stderr


def test_gc_keeps_the_newest_and_current_and_removes_leftovers_of_killed_runs(two_versions):
    wh = two_versions["warehouse"]
    leftover = wh / "versions" / ".tmp-20000101T000000000000Z-deadbeef"
    leftover.mkdir()
    os.replace(wh / "current", wh / "keep-link")  # make the older version current
    os.symlink(Path("versions") / two_versions["version"], wh / "current")
    out = zhpolicy("gc", "--warehouse", wh, "--keep", "1")
    assert out.returncode == 0, out.stderr
    assert version_ids(wh) == [two_versions["version"], two_versions["second"]]  # current is never deleted
    assert not leftover.exists()
    os.replace(wh / "keep-link", wh / "current")
    assert "deleted 1 versions" in zhpolicy("gc", "--warehouse", wh, "--keep", "1").stdout
    listed = json.loads(zhpolicy("versions", "--warehouse", wh, "--format", "json").stdout)
    assert [v["version_id"] for v in listed] == [two_versions["second"]] and listed[0]["current"]
    assert sorted(p.name for p in (wh / "versions").iterdir()) == [two_versions["second"]]


def test_gc_waits_for_no_run_it_refuses_while_one_holds_the_warehouse(two_versions):
    from flows.lock import WarehouseLock

    wh = two_versions["warehouse"]
    with WarehouseLock(wh):
        out = zhpolicy("gc", "--warehouse", wh, "--keep", "1")
    assert out.returncode == 1 and "locked" in out.stderr
    assert len(version_ids(wh)) == 2
    assert zhpolicy("gc", "--warehouse", wh, "--keep", "0").returncode == 2


def test_versions_are_named_by_id_prefix_current_or_previous(two_versions):
    wh, first, second = two_versions["warehouse"], two_versions["version"], two_versions["second"]
    assert versions.resolve(wh, "current") == versions.resolve(wh, second[:-3]) == second
    assert versions.resolve(wh, "previous") == first
    assert versions.default_pair(wh, None, None) == (first, second) == versions.default_pair(wh, first, None)
    with pytest.raises(versions.VersionError):
        versions.resolve(wh, "2")  # both ids start with it


# ---------------------------------------------------------------- character diff

@pytest.mark.parametrize("old, new, shown", [
    ("推动发展质量、发展效率、发展动力变革", "推动发展质量、发展动力变革", "推动发展质量、[-发展效率、-]发展动力变革"),
    ("加强基础设施建设", "加快基础设施建设", "加[-强-]{+快+}基础设施建设"),
    ("", "新增段落", "{+新增段落+}"),
    ("第一行\n第二行", "第一行\n第三行", "第一行⏎第[-二-]{+三+}行"),
])
def test_char_diff_marks_edits_by_character(old, new, shown):
    assert diff.char_diff(old, new) == shown


def test_char_diff_folds_single_shared_characters_into_one_edit():
    assert diff.char_diff("提高农村的收入", "改善城市的环境") == "[-提高农村的收入-]{+改善城市的环境+}"


def test_char_diff_keeps_context_around_an_edit_in_long_text():
    old = "甲" * 100 + "旧" + "乙" * 100
    shown = diff.char_diff(old, old.replace("旧", "新"), context=5)
    assert shown == "…甲甲甲甲甲[-旧-]{+新+}乙乙乙乙乙…"


def test_a_first_run_plans_without_reading_its_inputs(tmp_path, monkeypatch):
    """No previous version: every input is processed, and none is hashed for the plan."""
    from flows import incremental

    (tmp_path / "in").mkdir()
    doc = tmp_path / "in" / "a.txt"
    doc.write_text("推进城乡融合发展。", encoding="utf-8")
    monkeypatch.setattr(incremental, "file_sha256", lambda path: pytest.fail(f"{path} was read"))
    plan = incremental.plan_run([doc], tmp_path / "in", tmp_path / "warehouse", "pipeline-id")
    assert plan.process == [doc] and plan.carry == [] and plan.reason == "no current version"
    assert plan.removed == [] and plan.renamed == []
