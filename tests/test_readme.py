"""The README is executable documentation: its quick start, queries and table reference are checked."""
from __future__ import annotations

import os
import re
import stat

import pytest

from schemas import markdown_reference
from schemas.__main__ import readme_reference, with_reference
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/zhpolicy run"
SECOND = ".venv/bin/python -m pytest -q"


def section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_quick_start_has_exactly_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)```", section("Quick start"), flags=re.S)
    assert [b.strip() for b in blocks] == [FIRST, SECOND]


def test_ci_runs_the_second_command_after_setting_up_with_the_first():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert os.stat(ROOT / ".ci" / "run").st_mode & stat.S_IXUSR
    assert FIRST in ci and ci.rstrip().splitlines()[-1] == SECOND


def test_table_reference_is_the_generated_one():
    assert readme_reference(README) == markdown_reference(), "run `python -m schemas` to regenerate"
    assert with_reference(README) == README


def test_normalisation_rules_section_exists():
    assert section("Normalisation rules").strip()


SNIPPETS = re.findall(r"<!-- readme-test -->\n```python\n(.*?)```", README, flags=re.S)


def test_readme_has_a_duckdb_and_a_polars_query():
    assert len(SNIPPETS) == 2
    assert "duckdb" in SNIPPETS[0] and "polars" in SNIPPETS[1]
    assert all("warehouse/current/" in s for s in SNIPPETS)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=["duckdb", "polars"])
def test_readme_query_runs_against_the_current_version(snippet, built, monkeypatch, capsys):
    monkeypatch.chdir(built["warehouse"].parent)  # the snippets use the relative path warehouse/current/
    exec(compile(snippet, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()


def test_warehouse_data_is_git_ignored():
    ignore = (ROOT / "warehouse" / ".gitignore").read_text(encoding="utf-8").split()
    assert "*" in ignore and "!.gitignore" in ignore


VERSION_SNIPPETS = re.findall(r"<!-- readme-test: versions -->\n```python\n(.*?)```", README, flags=re.S)


@pytest.fixture(scope="module")
def two_versions_and_a_diff(prefect_server, tmp_path_factory):
    """A folder holding warehouse/ with two versions (the seeds, then one clause edited) and the
    `zhpolicy diff --output diff` of the two in diff/, as the README's version snippets expect."""
    import shutil

    from flows.diff import diff_versions
    from flows.pipeline import build_dataset
    from flows.settings import Settings
    from flows.versions import default_pair
    from tests.conftest import SEEDS

    root = tmp_path_factory.mktemp("readme-versions")
    shutil.copytree(SEEDS, root / "in")
    settings = Settings(input_dir=root / "in", warehouse_dir=root / "warehouse")
    build_dataset(settings)
    seed = root / "in" / "002_c801233941da8173.txt"
    seed.chmod(0o644)
    seed.write_text(seed.read_text(encoding="utf-8").replace("发展质量、发展效率、", "发展质量、"), encoding="utf-8")
    build_dataset(settings)
    result = diff_versions(root / "warehouse", *default_pair(root / "warehouse", None, None))
    result.write_parquet(root / "diff")
    result.close()
    return root


def test_readme_has_version_queries_for_duckdb_polars_and_a_diff():
    assert len(VERSION_SNIPPETS) == 3
    assert "warehouse/versions/" in VERSION_SNIPPETS[0] and "duckdb" in VERSION_SNIPPETS[0]
    assert "warehouse/versions/" in VERSION_SNIPPETS[1] and "polars" in VERSION_SNIPPETS[1]
    assert "_diff.parquet" in VERSION_SNIPPETS[2]


@pytest.mark.parametrize("snippet", VERSION_SNIPPETS, ids=["duckdb", "polars", "diff-parquet"])
def test_readme_version_query_runs(snippet, two_versions_and_a_diff, monkeypatch, capsys):
    monkeypatch.chdir(two_versions_and_a_diff)
    exec(compile(snippet, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.strip() and "0 paragraphs differ" not in out
