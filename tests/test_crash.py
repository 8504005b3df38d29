"""Issue 4, crash-safe publishing: real `zhpolicy run` subprocesses over a few hundred documents,
each paused at one named point of the run (flows/faults.py) and killed there with SIGKILL.

After every kill `current` is the last complete version and readable by DuckDB and pyarrow, no
partial version is listed, and the next run takes over the dead run's lock, removes its leftovers
and publishes the expected rows. A second run while one is in progress is refused with a clear
message; a waiting one gets the lock once the holder dies."""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from flows import cli, faults, load
from flows.lock import WarehouseLock, WarehouseLocked, remove_partial
from flows.pipeline import build_dataset
from flows.settings import Settings
from schemas import TABLES
from tests.conftest import ROOT, SEEDS

N_DOCS = 240
POINTS = faults.POINTS
assert len(POINTS) == 8
AFTER_SWAP = {"published"}                                    # `current` already is the new version
LEFTOVER = {"tmp-created": ".tmp-", "wrote-paragraphs": ".tmp-", "manifest-written": ".tmp-",
            "link-created": ".current-"}


def corpus(root: Path, edited: bool = False) -> Path:
    """N_DOCS documents of a few kB each: consecutive blocks of the seeds, in nested folders.
    edited: the next state of the folder (4 documents edited, one removed, one added)."""
    seeds = [p.read_text(encoding="utf-8").split("\n\n") for p in sorted(SEEDS.iterdir())]
    for i in range(N_DOCS + edited):
        if edited and i == 5:
            continue
        blocks = seeds[i % len(seeds)]
        size = max(3, len(blocks) // 8)
        start = (i * 7) % max(1, len(blocks) - size)
        path = root / f"part{i % 4}" / f"doc{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        extra = "\n\n本文件已修订。" if edited and i < 4 else ""
        path.write_text("\n\n".join(blocks[start:start + size]) + f"\n\n第{i}号文件。{extra}\n", encoding="utf-8")
    return root


def counts(warehouse: Path) -> dict[str, int]:
    return {t: duckdb.sql(f"SELECT count(*) FROM '{warehouse}/current/{t}.parquet'").fetchall()[0][0] for t in TABLES}


def assert_readable(warehouse: Path) -> str:
    """current resolves to a complete version whose files every engine reads; returns its id."""
    version = load.current_version(warehouse)
    meta = json.loads((warehouse / "current" / "manifest.json").read_text(encoding="utf-8"))
    assert meta["version_id"] == version
    for table in TABLES:
        path = warehouse / "current" / f"{table}.parquet"
        assert pq.read_table(path).num_rows == meta["rows"][table]
    assert counts(warehouse) == {t: meta["rows"][t] for t in TABLES}
    for vid in load.version_ids(warehouse):                   # listed versions are complete
        assert (warehouse / "versions" / vid / "manifest.json").exists()
    return version


def start_run(input_dir: Path, warehouse: Path, pause_at: str, marker: Path, api: str) -> subprocess.Popen:
    env = {**os.environ, "PREFECT_API_URL": api, faults.PAUSE_AT: pause_at, faults.PAUSE_FILE: str(marker),
           "PREFECT_LOGGING_TO_API_ENABLED": "false"}
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--input", str(input_dir),
                             "--warehouse", str(warehouse)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(marker: Path, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"run ended before its pause point: {proc.returncode}\n{proc.stderr.read()[-3000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"pause point {marker.name} not reached in {timeout} s")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def killed(prefect_server, tmp_path_factory):
    """One warehouse per pause point holding a complete first version of the corpus; then a run over
    the edited corpus (incremental: 5 documents processed, the rest carried, all tables rewritten)
    killed at that point. Runs in parallel; returns what each looked like right after the kill."""
    base = tmp_path_factory.mktemp("crash")
    first = base / "first"
    build_dataset(Settings(input_dir=corpus(base / "corpus-1"), warehouse_dir=first))
    docs = corpus(base / "corpus-2", edited=True)
    reference = base / "reference"
    build_dataset(Settings(input_dir=docs, warehouse_dir=reference))
    runs = {}
    for point in POINTS:
        wh = base / f"wh-{point}"
        shutil.copytree(first, wh, symlinks=True)
        marker = base / f"paused-{point}"
        runs[point] = (wh, marker, start_run(docs, wh, point, marker, prefect_server))
    out = {"docs": docs, "first": load.current_version(first), "reference": counts(reference), "runs": {}}
    try:
        for point, (wh, marker, proc) in runs.items():
            wait_for(marker, proc)
            readable_while_paused = assert_readable(wh)
            refused = refused_second_run(docs, wh) if point == "wrote-paragraphs" else None
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            out["runs"][point] = {"warehouse": wh, "pid": proc.pid, "returncode": proc.returncode,
                                  "paused_current": readable_while_paused, "refused": refused,
                                  "leftovers": sorted(p.name for p in [*wh.glob(".current-*"),
                                                                        *(wh / "versions").glob(".tmp-*")])}
    finally:
        for _wh, _marker, proc in runs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return out


def refused_second_run(docs: Path, wh: Path) -> tuple[int, str, str]:
    """`zhpolicy run` (in this process) on a warehouse whose lock a live run holds: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["run", "--input", str(docs), "--warehouse", str(wh)])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("point", POINTS)
def test_current_stays_the_last_complete_version_when_killed(killed, point):
    run = killed["runs"][point]
    assert run["returncode"] == -signal.SIGKILL
    version = assert_readable(run["warehouse"])
    assert run["paused_current"] == version
    if point in AFTER_SWAP:
        assert version != killed["first"] and counts(run["warehouse"]) == killed["reference"]
    else:
        assert version == killed["first"]
    if point in LEFTOVER:                                      # the kill really left a partial version
        assert any(name.startswith(LEFTOVER[point]) for name in run["leftovers"]), run["leftovers"]


@pytest.mark.parametrize("point", POINTS)
def test_the_next_run_takes_over_the_lock_cleans_up_and_publishes_the_expected_rows(killed, point):
    run = killed["runs"][point]
    wh = run["warehouse"]
    summary = build_dataset(Settings(input_dir=killed["docs"], warehouse_dir=wh))
    assert any(f"stale lock left by pid {run['pid']} " in line for line in summary["recovered"]), summary["recovered"]
    if run["leftovers"]:
        assert any("partial leftovers" in line for line in summary["recovered"])
    assert not list(wh.glob(".current-*")) and not list((wh / "versions").glob(".tmp-*"))
    assert_readable(wh)
    assert counts(wh) == killed["reference"]
    assert not (wh / ".lock").read_text()                      # released cleanly: nothing stale for the next run


def test_a_second_run_is_refused_with_a_clear_message_while_one_holds_the_lock(killed):
    run = killed["runs"]["wrote-paragraphs"]
    code, stdout, stderr = run["refused"]
    assert code == 3 and stdout == ""
    [line] = stderr.strip().splitlines()
    assert "is locked by another run" in line and f"pid {run['pid']} on " in line and "--lock-wait" in line


def test_a_waiting_run_gets_the_lock_when_the_holder_is_killed(prefect_server, killed, tmp_path):
    wh = tmp_path / "wh"
    marker = tmp_path / "paused"
    proc = start_run(killed["docs"], wh, "locked", marker, prefect_server)
    try:
        wait_for(marker, proc)
        with pytest.raises(WarehouseLocked, match=f"pid {proc.pid} on "):
            WarehouseLock(wh).acquire()
        got: dict = {}
        waiter = threading.Thread(target=lambda: got.update(lock=WarehouseLock(wh, wait=60).acquire()))
        waiter.start()
        time.sleep(0.5)
        assert waiter.is_alive()                              # waiting, not refused
        os.kill(proc.pid, signal.SIGKILL)
        waiter.join(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    lock = got["lock"]
    try:
        assert lock.stale and lock.stale["pid"] == proc.pid
    finally:
        lock.release()


def test_remove_partial_deletes_only_leftovers(tmp_path):
    (tmp_path / "versions" / ".tmp-1").mkdir(parents=True)
    (tmp_path / "versions" / "20260101T000000000000Z-abc").mkdir()
    os.symlink("versions/x", tmp_path / ".current-x")
    os.symlink("versions/20260101T000000000000Z-abc", tmp_path / "current")
    assert remove_partial(tmp_path) == [".current-x", "versions/.tmp-1"]
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == ["20260101T000000000000Z-abc"]
    assert (tmp_path / "current").is_symlink()
