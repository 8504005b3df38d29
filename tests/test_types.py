"""The annotations of the pipeline's code hold: mypy (configured in pyproject.toml) finds no error in
flows/, schemas/ and benchmarks/. Types that lie mislead readers and hide None cases; this keeps them honest."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_error_in_the_pipelines_code(monkeypatch):
    api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(ROOT)                 # pyproject.toml's [tool.mypy] names the files
    report, errors, status = api.run([])
    assert status == 0, report + errors
