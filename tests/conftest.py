"""Shared fixtures: one temporary Prefect server for the session, one pipeline run on the seeds."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Before Prefect is imported: keep its console quiet and its temporary server's telemetry off.
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "ERROR")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
# bytes no extractor may guess into text: a PNG header followed by NULs and invalid UTF-8
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server (and SQLite database) shared by every flow run in the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        from prefect.settings import PREFECT_API_URL
        yield PREFECT_API_URL.value()


@pytest.fixture(scope="session")
def input_dir(tmp_path_factory) -> Path:
    """A copy of seeds/ plus one unreadable file in a subfolder (recursion and rejects)."""
    root = tmp_path_factory.mktemp("input")
    shutil.copytree(SEEDS, root, dirs_exist_ok=True)
    (root / "sub").mkdir()
    (root / "sub" / "broken.txt").write_bytes(BINARY)
    return root


@pytest.fixture(scope="session")
def built(prefect_server, input_dir, tmp_path_factory) -> dict:
    """The flow's summary of one run on input_dir into a fresh warehouse (the 'warehouse' key)."""
    from flows.pipeline import build_dataset
    from flows.settings import Settings

    warehouse = tmp_path_factory.mktemp("wh") / "warehouse"
    summary = build_dataset(Settings(input_dir=input_dir, warehouse_dir=warehouse))
    return {**summary, "warehouse": warehouse, "input_dir": input_dir}
