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
