"""`zhpolicy serve`: the flow served as a Prefect deployment runs on its schedule and publishes.

Scheduled runs need a Prefect server with its scheduler service: the tests' temporary server
(prefect_test_harness) runs without services, so this test starts `prefect server start` on a free
port with its own PREFECT_HOME and SQLite database, and stops it at the end."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from flows.load import version_ids
from tests.conftest import ROOT, SEEDS

SERVER_START_TIMEOUT = 120
FIRST_VERSION_TIMEOUT = 120  # scheduler loop + runner poll + one run
STOP_TIMEOUT = 30
PREFECT = Path(sys.executable).with_name("prefect")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> int:
    """Signal the process group; kill it if it does not exit in time. Returns the exit code."""
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            return proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise AssertionError(f"{proc.args[:3]} did not stop on signal {sig}")
    return proc.returncode


@pytest.fixture(scope="module")
def scheduler_server(tmp_path_factory):
    """PREFECT_API_URL of a real Prefect server (with the scheduler service) for this module."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("w")
    proc = subprocess.Popen([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not _healthy(url):
            assert proc.poll() is None and time.monotonic() < deadline, (home / "server.log").read_text()
            time.sleep(0.5)
        yield url
    finally:
        _stop(proc)
        log.close()


def test_serve_runs_on_its_interval_publishes_and_stops_cleanly(scheduler_server, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "in")
    warehouse = tmp_path / "wh"
    env = {**os.environ, "PREFECT_API_URL": scheduler_server, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--input", str(tmp_path / "in"),
                                 "--warehouse", str(warehouse), "--interval", "5", "--name", "test-serve"],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + FIRST_VERSION_TIMEOUT
            while not version_ids(warehouse) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.5)
            assert proc.poll() is None, log_path.read_text()
            assert version_ids(warehouse), "no version published in time:\n" + log_path.read_text()
            assert (warehouse / "current" / "documents.parquet").exists()
        finally:
            code = _stop(proc, signal.SIGINT)  # what Ctrl-C does: the runner stops polling and exits
    assert code in (0, 130, -signal.SIGINT), log_path.read_text()
    assert "Traceback" not in log_path.read_text()


def test_serve_without_a_prefect_server_refuses_with_a_hint(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "home")  # no profile with an API URL either
    out = subprocess.run([sys.executable, "-m", "flows.cli", "serve", "--input", str(SEEDS), "--warehouse",
                          str(tmp_path / "wh"), "--interval", "60"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "prefect server start" in out.stderr and "PREFECT_API_URL" in out.stderr
