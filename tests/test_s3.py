"""`--warehouse s3://bucket/prefix`: the real flow into a local S3-compatible server (moto, started
by the test on a free port), with the same publishing guarantees as a local warehouse: a version is
visible only once complete (manifest written last), `current` is the CURRENT pointer object (one
PUT), a run that dies before the pointer leaves the old version current, the next run removes a
half-written version, and the run lock is a conditional-PUT object."""
from __future__ import annotations

import json
import os
import shutil
import socket

import polars as pl
import pyarrow.parquet as pq
import pytest

from flows import cli, faults, load, lock, storage, versions
from flows.settings import Settings
from schemas import TABLES
from tests.conftest import SEEDS

BUCKET = "zhpolicy-test"
SEED = "002_c801233941da8173.txt"
EDIT = ("推动产业园区发展质量、发展效率、发展动力变革", "推动产业园区发展质量、发展动力变革")
ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
       "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_url():
    """s3://zhpolicy-test/prefix on a moto server of this module; AWS_* variables point at it."""
    moto_server = pytest.importorskip("moto.server")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {**ENV, "AWS_ENDPOINT_URL": f"http://{host}:{port}"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    storage._remote.cache_clear()
    try:
        import boto3

        boto3.client("s3").create_bucket(Bucket=BUCKET)
        yield f"s3://{BUCKET}/prefix"
    finally:
        storage._remote.cache_clear()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        server.stop()


def run(input_dir, warehouse, **kw) -> dict:
    from flows.pipeline import build_dataset

    return build_dataset(Settings(input_dir=input_dir, warehouse_dir=warehouse, **kw))


def keys(url: str) -> list[str]:
    return storage.remote(url).keys("versions")


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def two_runs(prefect_server, s3_url, tmp_path_factory) -> dict:
    """Seeds into S3, then an edited seed: two versions, the second carrying the unchanged documents."""
    docs = tmp_path_factory.mktemp("s3-input")
    shutil.copytree(SEEDS, docs, dirs_exist_ok=True)
    first = run(docs, s3_url)
    edit(docs / SEED, *EDIT)
    second = run(docs, s3_url)
    local_wh = tmp_path_factory.mktemp("s3-local") / "warehouse"
    local = run(docs, local_wh)
    return {"docs": docs, "first": first, "second": second, "local": local, "local_wh": local_wh}


def test_settings_and_flags_keep_an_s3_url(s3_url):
    assert Settings(warehouse_dir=s3_url + "/").warehouse_dir == s3_url
    assert Settings(warehouse_dir="wh").warehouse_dir.__class__.__name__ == "PosixPath"
    assert cli.parser().parse_args(["versions", "--warehouse", s3_url]).warehouse == s3_url


def test_two_runs_publish_two_versions_and_current_follows(two_runs, s3_url, capsys):
    first, second = two_runs["first"], two_runs["second"]
    assert second["version_id"] > first["version_id"]
    assert second["previous"] == first["version_id"] and second["carried"] > 0 and second["processed"] == 1
    assert load.version_ids(s3_url) == [first["version_id"], second["version_id"]]
    assert load.current_version(s3_url) == second["version_id"]
    assert versions.resolve(s3_url, "current") == second["version_id"]
    assert versions.resolve(s3_url, "previous") == first["version_id"]
    assert storage.remote(s3_url).get("CURRENT").decode() == second["version_id"]

    assert cli.main(["versions", "--warehouse", s3_url, "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(v["version_id"], v["current"]) for v in listed] == [(first["version_id"], False),
                                                                   (second["version_id"], True)]
    assert cli.main(["versions", "--warehouse", s3_url]) == 0
    assert f"*  {second['version_id']}" in capsys.readouterr().out


def test_tables_read_back_with_pyarrow_and_polars_match_a_local_run(two_runs, s3_url):
    wh = storage.remote(s3_url)
    current = load.current_version(s3_url)
    meta = wh.read_manifest(current)
    local_meta = json.loads((two_runs["local_wh"] / "current" / "manifest.json").read_text(encoding="utf-8"))
    assert meta["rows"] == local_meta["rows"]
    assert sorted(i["source_path"] for i in meta["inputs"]) == sorted(i["source_path"] for i in local_meta["inputs"])
    for table in TABLES:
        url = f"{s3_url}/versions/{current}/{table}.parquet"
        via_pyarrow = pq.read_table(wh.path("versions", current, f"{table}.parquet"), filesystem=wh.fs)
        via_polars = pl.read_parquet(url)   # polars reads the same AWS_* variables
        local = pq.read_table(two_runs["local_wh"] / "current" / f"{table}.parquet")
        assert via_pyarrow.num_rows == via_polars.height == local.num_rows == local_meta["rows"][table]
        assert via_pyarrow.schema == local.schema
    ids = lambda t: sorted(t.column("paragraph_id").to_pylist())   # noqa: E731
    assert ids(pq.read_table(wh.path("versions", current, "paragraphs.parquet"), filesystem=wh.fs)) == \
        ids(pq.read_table(two_runs["local_wh"] / "current" / "paragraphs.parquet"))


def test_diff_between_s3_versions(two_runs, s3_url, capsys):
    assert cli.main(["diff", "--warehouse", s3_url, "--stat", "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["from"], stats["to"]) == (two_runs["first"]["version_id"], two_runs["second"]["version_id"])
    assert stats["tables"]["paragraphs"]["changed"] >= 1
    assert stats["tables"]["documents"] == {"added": 0, "removed": 0, "changed": 1}


def test_an_unchanged_rerun_publishes_nothing(two_runs, s3_url):
    again = run(two_runs["docs"], s3_url)
    assert again["unchanged"] and again["version_id"] == two_runs["second"]["version_id"]
    assert len(load.version_ids(s3_url)) == 2


class SimulatedCrash(Exception):
    pass


def _crash_at(monkeypatch, point: str) -> None:
    def pause(name: str) -> None:
        if name == point:
            raise SimulatedCrash(name)
    monkeypatch.setattr(faults, "pause_point", pause)


def test_a_crash_before_the_pointer_write_leaves_the_old_version_current(two_runs, s3_url, monkeypatch):
    current = load.current_version(s3_url)
    edit(two_runs["docs"] / SEED, "推动产业园区", "推进产业园区")
    _crash_at(monkeypatch, "link-created")      # S3: the version is complete, CURRENT not yet written
    with pytest.raises(Exception, match="link-created"):
        run(two_runs["docs"], s3_url)
    monkeypatch.undo()
    assert load.current_version(s3_url) == current
    listed = load.versions(s3_url)
    assert [v["current"] for v in listed][-2:] == [True, False]   # the new one is complete, not current
    assert not storage.remote(s3_url).exists(".lock")                # the lock was released


def test_a_half_written_version_is_invisible_and_removed_by_the_next_run(two_runs, s3_url, monkeypatch):
    before_ids, current = load.version_ids(s3_url), load.current_version(s3_url)
    edit(two_runs["docs"] / SEED, "推进产业园区", "促进产业园区")
    _crash_at(monkeypatch, "wrote-paragraphs")
    with pytest.raises(Exception, match="wrote-paragraphs"):
        run(two_runs["docs"], s3_url)
    monkeypatch.undo()
    partial = {k.split("/")[1] for k in keys(s3_url)} - set(before_ids)
    assert len(partial) == 1                          # some tables written, no manifest
    assert load.version_ids(s3_url) == before_ids and load.current_version(s3_url) == current
    summary = run(two_runs["docs"], s3_url)
    assert any(f"versions/{next(iter(partial))}" in line for line in summary["recovered"])
    assert load.current_version(s3_url) == summary["version_id"] != current
    assert {k.split("/")[1] for k in keys(s3_url)} == set(load.version_ids(s3_url))


def test_the_lock_refuses_a_live_holder_and_takes_over_a_dead_one(s3_url, monkeypatch):
    wh = storage.remote(s3_url)
    other = {"pid": 999999, "host": "elsewhere", "started": "2026-01-01T00:00:00+00:00",
             "heartbeat": "2026-01-01T00:00:00+00:00", "token": "x"}
    wh.put(json.dumps(other).encode(), ".lock", IfNoneMatch="*")
    with pytest.raises(lock.WarehouseLocked, match="pid 999999 on elsewhere"):
        lock.WarehouseLock(s3_url).acquire()
    monkeypatch.setattr(storage, "STALE_SECONDS", -1.0)   # its heartbeat is now too old
    with lock.WarehouseLock(s3_url, heartbeat=0) as held:
        assert held.stale["pid"] == 999999
        assert json.loads(wh.get(".lock"))["pid"] == os.getpid()
        assert "took over a stale lock left by pid 999999 on elsewhere" in lock.stale_message(held.stale)
    assert not wh.exists(".lock")


def test_gc_keeps_current_and_deletes_old_versions_whole(two_runs, s3_url):
    current = load.current_version(s3_url)
    done = versions.gc(s3_url, keep=1)
    assert done["kept"] == [current] and done["deleted"]
    assert load.version_ids(s3_url) == [current]
    assert {k.split("/")[1] for k in keys(s3_url)} == {current}
