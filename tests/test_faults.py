"""Issue 4, transient faults and limits: reading and writing tasks retry I/O errors with backoff; a
document that keeps failing is rejected, not the run; --max-file-size rejects larger files."""
from __future__ import annotations

import errno
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from prefect.states import Completed, Failed

from flows import cli, extract, faults, load, pipeline
from flows.settings import Settings
from tests.conftest import SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.iterdir())


@pytest.fixture
def fast_retries(monkeypatch):
    """The flow's I/O tasks with the production retry count but millisecond delays."""
    for name in ("process_batch", "publish"):
        task = getattr(pipeline, name)
        monkeypatch.setattr(pipeline, name, task.with_options(retry_delay_seconds=0.01, retry_jitter_factor=0))


@pytest.fixture
def flaky_reads(monkeypatch):
    """extract._file_bytes failing with EIO: `fail[name]` times for that file (-1: always)."""
    real = extract._file_bytes
    fail: dict[str, int] = {}
    calls: Counter = Counter()

    def flaky(path, root, max_size):
        name = Path(path).name
        calls[name] += 1
        if fail.get(name, 0) < 0 or calls[name] <= fail.get(name, 0):
            raise extract.ExtractError("cannot read: Input/output error") from OSError(errno.EIO, "Input/output error")
        return real(path, root, max_size)

    monkeypatch.setattr(extract, "_file_bytes", flaky)
    return fail, calls


def test_a_transient_read_error_is_retried_and_the_document_published(prefect_server, fast_retries, flaky_reads,
                                                                        tmp_path):
    fail, calls = flaky_reads
    fail[SEED_NAMES[1]] = 2
    summary = pipeline.build_dataset(Settings(input_dir=SEEDS, warehouse_dir=tmp_path))
    assert summary["rejected"] == [] and summary["documents"] == len(SEED_NAMES)
    assert calls[SEED_NAMES[1]] == 3 and calls[SEED_NAMES[0]] == 3       # the batch ran three times


def test_a_permanent_read_error_rejects_the_document_not_the_run(prefect_server, fast_retries, flaky_reads, tmp_path):
    fail, calls = flaky_reads
    fail[SEED_NAMES[2]] = -1
    summary = pipeline.build_dataset(Settings(input_dir=SEEDS, warehouse_dir=tmp_path))
    assert [(r["source_path"], r["stage"], r["error"]) for r in summary["rejected"]] == [
        (SEED_NAMES[2], "extract", "cannot read: Input/output error")]
    assert summary["documents"] == len(SEED_NAMES) - 1
    assert calls[SEED_NAMES[2]] == pipeline.IO_RETRIES + 1


def test_a_missing_file_is_rejected_at_once_without_retries(prefect_server, fast_retries, tmp_path, monkeypatch):
    root = tmp_path / "in"
    shutil.copytree(SEEDS, root)
    listed = extract.source_files
    monkeypatch.setattr(extract, "source_files", lambda d, s=None: [*listed(d, s), Path(d) / "gone.txt"])
    summary = pipeline.build_dataset(Settings(input_dir=root, warehouse_dir=tmp_path / "wh"))
    assert [(r["source_path"], r["error"]) for r in summary["rejected"]] == [
        ("gone.txt", "cannot read: No such file or directory")]


def test_a_transient_write_error_is_retried(prefect_server, fast_retries, tmp_path, monkeypatch):
    real = load.write_version
    calls = []

    def flaky_write(warehouse, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            (warehouse / "versions" / ".tmp-half-written").mkdir(parents=True)
            raise OSError(errno.EIO, "Input/output error")
        return real(warehouse, *args, **kwargs)

    monkeypatch.setattr(load, "write_version", flaky_write)
    summary = pipeline.build_dataset(Settings(input_dir=SEEDS, warehouse_dir=tmp_path))
    assert len(calls) == 2 and summary["documents"] == len(SEED_NAMES)
    assert load.current_version(tmp_path) == summary["version_id"]
    monkeypatch.setattr(load, "write_version", real)
    again = pipeline.build_dataset(Settings(input_dir=SEEDS, warehouse_dir=tmp_path))   # the next run cleans up
    assert again["recovered"] == ["removed 1 partial leftovers of killed runs: versions/.tmp-half-written"]
    assert not (tmp_path / "versions" / ".tmp-half-written").exists()


def test_only_io_errors_are_retried():
    assert faults.retry_on_io_error(None, None, Failed(data=OSError(errno.EIO, "x")))
    assert faults.retry_on_io_error(None, None, Failed(data=faults.TransientIOError(errno.EAGAIN, "x")))
    assert not faults.retry_on_io_error(None, None, Failed(data=ValueError("x")))
    assert not faults.retry_on_io_error(None, None, Completed(data=1))
    assert faults.is_transient(OSError(errno.EIO, "x")) and not faults.is_transient(FileNotFoundError(2, "x"))
    assert not faults.is_transient(None)


def test_max_file_size_rejects_larger_files_end_to_end(prefect_server, tmp_path, capsys):
    limit = 20_000
    code = cli.main(["run", "--input", str(SEEDS), "--warehouse", str(tmp_path), "--max-file-size", str(limit)])
    out = capsys.readouterr().out
    assert code == 0
    big = [p for p in sorted(SEEDS.iterdir()) if p.stat().st_size > limit]
    assert big and f"documents {len(SEED_NAMES) - len(big)} " in out
    for path in big:
        assert f"rejected {path.name} [extract]: file too large: {path.stat().st_size} bytes (limit {limit})" in out


def test_a_slow_first_start_of_the_temporary_server_is_waited_for(monkeypatch):
    """The CLI gives Prefect's temporary server longer than Prefect's 20 s to start (a fresh PREFECT_HOME migrates
    its database first); a value the user set is kept."""
    for key in cli._PREFECT_DEFAULTS:               # (restored after the test)
        monkeypatch.delenv(key, raising=False)
    cli._prefect_defaults()
    assert int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]) > 20
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "7")
    cli._prefect_defaults()
    assert os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "7"
