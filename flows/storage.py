"""Where a warehouse lives: a local folder (the default) or an S3 prefix (`s3://bucket/prefix`).

A local warehouse is a `Path` and keeps its own code in flows.load / versions / lock / incremental /
diff (rename + symlink publishing, fcntl lock). A warehouse given as an `s3://` URL is an
`S3Warehouse`: those modules hand it the few operations they need (list versions, read the current
pointer and manifests, write a version, publish it, take the run lock, clean up, read a table), so
the S3 logic lives here and nowhere else. Pure: no Prefect.

S3 has no rename and no symlink, so publishing works with objects, each written by one PUT (an
object appears whole or not at all):

    PREFIX/versions/<id>/<table>.parquet   immutable, written first
    PREFIX/versions/<id>/manifest.json     written LAST: a version without it is incomplete,
                                           invisible to readers and `versions`, and deleted by the
                                           next run (or `gc`) that holds the lock
    PREFIX/CURRENT                         the current version's id: publishing is one PUT of this
                                           pointer, so a reader sees the old id or the new one
    PREFIX/.lock                           the run lock (JSON: pid, host, started, heartbeat, token)

The lock is created with a conditional PUT (`If-None-Match: *`: exactly one of two racing runs
creates it), refreshed by a heartbeat with `If-Match: <etag>`, taken over when its last heartbeat is
older than STALE_SECONDS (again with `If-Match`, so only one waiting run wins), and deleted with
`If-Match` on release. Ages are measured on the server's clock (the object's Last-Modified against
the response's Date), so clock skew between machines does not matter.

Credentials and endpoint come from the standard AWS variables (AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_DEFAULT_REGION / AWS_REGION, AWS_ENDPOINT_URL for an
S3-compatible server), which pyarrow, boto3 and polars all read.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from collections.abc import Mapping
from pathlib import Path

from typing_extensions import TypeIs

SCHEME = "s3://"
POINTER = "CURRENT"
LOCK_NAME = ".lock"
MANIFEST = "manifest.json"
STALE_SECONDS = 120.0   # a lock whose heartbeat (every 30 s) is older than this belongs to a dead run

Location = Path | str   # a local folder, or an s3:// URL (kept as a string: Path would fold the //)


def is_remote(location: Location | None) -> TypeIs[str]:
    """Whether the warehouse is an s3:// URL (location() keeps only those as strings)."""
    return isinstance(location, str) and location.startswith(SCHEME)


def location(value: Location) -> Location:
    """A warehouse as given on the command line or in settings: an s3:// URL stays a string (with
    any trailing `/` dropped), anything else is a local Path."""
    if isinstance(value, str) and value.startswith(SCHEME):
        return value.rstrip("/")
    return Path(value)


def join(base: Location, *parts: str) -> Location:
    """base / parts for a Path, base/parts for a URL."""
    return "/".join([base, *parts]) if is_remote(base) else Path(base).joinpath(*parts)


def remote(url: str) -> "S3Warehouse":
    return _remote(url.rstrip("/"))


@lru_cache(maxsize=None)
def _remote(url: str) -> "S3Warehouse":
    return S3Warehouse(url)


def split_url(url: str) -> tuple[str, str]:
    """s3://bucket/a/b -> ("bucket", "a/b")."""
    bucket, _, prefix = url[len(SCHEME):].partition("/")
    if not bucket:
        raise ValueError(f"no bucket in {url!r}: expected s3://bucket/prefix")
    return bucket, prefix.strip("/")


def _client():
    import boto3   # honours AWS_ENDPOINT_URL and the other standard variables

    return boto3.client("s3")


def _precondition_failed(exc: Exception) -> bool:
    code = getattr(exc, "response", {}).get("Error", {}).get("Code", "")
    return code in ("PreconditionFailed", "412", "ConditionalRequestConflict", "409")


def _not_found(exc: Exception) -> bool:
    code = getattr(exc, "response", {}).get("Error", {}).get("Code", "")
    return code in ("NoSuchKey", "404", "NotFound")


class S3Warehouse:
    """A warehouse under s3://bucket/prefix (see the module docstring for the layout)."""

    def __init__(self, url: str):
        self.url = url
        self.bucket, self.prefix = split_url(url)
        self._fs = None
        self._s3 = None

    # ------------------------------------------------------------------ plumbing
    @property
    def fs(self):
        """pyarrow's S3 filesystem (reads the standard AWS variables, AWS_ENDPOINT_URL included)."""
        if self._fs is None:
            from pyarrow import fs

            self._fs = fs.FileSystem.from_uri(f"{SCHEME}{self.bucket}")[0]
        return self._fs

    @property
    def s3(self):
        """boto3 client: conditional PUT/DELETE (If-None-Match, If-Match) for the pointer and lock."""
        if self._s3 is None:
            self._s3 = _client()
        return self._s3

    def key(self, *parts: str) -> str:
        return "/".join(p for p in (self.prefix, *parts) if p)

    def path(self, *parts: str) -> str:
        """bucket/key, the path pyarrow's filesystem takes."""
        return f"{self.bucket}/{self.key(*parts)}"

    def url_of(self, *parts: str) -> str:
        return f"{SCHEME}{self.path(*parts)}"

    def get(self, *parts: str) -> bytes | None:
        try:
            return self.s3.get_object(Bucket=self.bucket, Key=self.key(*parts))["Body"].read()
        except Exception as exc:
            if _not_found(exc):
                return None
            raise

    def put(self, data: bytes, *parts: str, **conditions) -> str:
        """One PUT (the object appears whole or not at all); returns its ETag."""
        return self.s3.put_object(Bucket=self.bucket, Key=self.key(*parts), Body=data, **conditions)["ETag"]

    def keys(self, *parts: str) -> list[str]:
        """Keys under PREFIX/parts/, relative to PREFIX (S3 listings are strongly consistent)."""
        base = self.key(*parts) + "/"
        out = []
        for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=base):
            out += [o["Key"] for o in page.get("Contents", [])]
        cut = len(self.key()) + 1 if self.prefix else 0
        return [k[cut:] for k in out]

    def delete_keys(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):
            chunk = [{"Key": self.key(k)} for k in keys[start:start + 1000]]
            self.s3.delete_objects(Bucket=self.bucket, Delete={"Objects": chunk, "Quiet": True})

    def exists(self, *parts: str) -> bool:
        from pyarrow import fs

        return self.fs.get_file_info(self.path(*parts)).type != fs.FileType.NotFound

    # ------------------------------------------------------------------ versions
    def _version_keys(self) -> dict[str, list[str]]:
        """version id -> its keys (relative to PREFIX), complete or not."""
        found: dict[str, list[str]] = {}
        for k in self.keys("versions"):
            vid = k.split("/")[1]
            found.setdefault(vid, []).append(k)
        return found

    def version_ids(self) -> list[str]:
        """Complete versions (with a manifest), oldest first."""
        return sorted(v for v, ks in self._version_keys().items()
                      if f"versions/{v}/{MANIFEST}" in ks and not v.startswith("."))

    def current_version(self) -> str | None:
        data = self.get(POINTER)
        return data.decode().strip() or None if data is not None else None

    def read_manifest(self, version_id: str) -> dict:
        data = self.get("versions", version_id, MANIFEST)
        if data is None:
            raise FileNotFoundError(f"{self.url_of('versions', version_id, MANIFEST)}")
        return json.loads(data.decode("utf-8"))

    def write_version(self, tables: Mapping, inputs: list[dict], settings) -> dict:
        """Write every table of a new version under versions/<id>/, then its manifest (last: that
        makes the version complete and visible). Returns the manifest. Same pause points as local."""
        from flows import load
        from flows.faults import pause_point

        now = datetime.now(timezone.utc)
        pipeline = load.pipeline_version(settings)
        version_id = load.new_version_id(self.url, load._content_hash(inputs, pipeline), now)
        pause_point("tmp-created")
        def write(table: str) -> int:
            with self.fs.open_output_stream(self.path("versions", version_id, f"{table}.parquet")) as sink:
                rows = load.write_parts(sink, table, tables.get(table))
            pause_point(f"wrote-{table}")
            return rows

        meta = load.manifest(version_id, now, settings, inputs, load.written_tables(write))
        self.put(load.manifest_text(meta).encode("utf-8"), "versions", version_id, MANIFEST)
        pause_point("manifest-written")
        pause_point("renamed")      # (local: renamed into versions/; here the manifest did that)
        return meta

    def publish_current(self, version_id: str) -> None:
        """One PUT of the pointer: readers get the old id or the new one."""
        from flows import lock
        from flows.faults import pause_point

        pause_point("link-created")
        held = lock.held(self.url)
        if held is not None and held.remote is not None:
            held.remote.check()
        self.put(version_id.encode(), POINTER, ContentType="text/plain")

    def retire(self, version_id: str) -> None:
        """Delete a version: its manifest first (one DELETE: the version is gone for readers at
        once), then its files (a crash in between leaves an incomplete version, removed later)."""
        self.s3.delete_object(Bucket=self.bucket, Key=self.key("versions", version_id, MANIFEST))
        self.delete_keys(self._version_keys().get(version_id, []))

    def remove_partial(self) -> list[str]:
        """Delete versions without a manifest (killed runs); call only while holding the lock."""
        removed = []
        for vid, ks in self._version_keys().items():
            if f"versions/{vid}/{MANIFEST}" not in ks:
                self.delete_keys(ks)
                removed.append(f"versions/{vid}")
        return sorted(removed)

    def table_url(self, version_id: str, table: str) -> str:
        return self.url_of("versions", version_id, f"{table}.parquet")

    def dataset(self, version_id: str, table: str):
        """The table as a pyarrow dataset (streamed, never read whole)."""
        import pyarrow.dataset as ds

        return ds.dataset(self.path("versions", version_id, f"{table}.parquet"), filesystem=self.fs,
                          format="parquet")

    def lock(self, wait: float, heartbeat: float) -> "S3Lock":
        return S3Lock(self, wait, heartbeat)


def dataset_of(url: str):
    """pyarrow dataset of an s3:// Parquet object."""
    import pyarrow.dataset as ds

    bucket, key = split_url(url)
    return ds.dataset(f"{bucket}/{key}", filesystem=remote(f"{SCHEME}{bucket}").fs, format="parquet")


def exists(url: str) -> bool:
    bucket, key = split_url(url)
    return remote(f"{SCHEME}{bucket}").exists(key)


class S3Lock:
    """The run lock of an S3 warehouse: a `.lock` object created by a conditional PUT.

    Limits (S3 has no kernel to drop the lock of a dead process): a killed run's lock is taken over
    only once its heartbeat is STALE_SECONDS old, so the next run waits up to that long (or is
    refused at once without --lock-wait); a run frozen for longer than that (a suspended machine)
    loses its lock and may then race the run that took it over: its heartbeat notices and
    `lost` is set, and publish refuses, but a PUT already in flight cannot be recalled."""

    def __init__(self, warehouse: S3Warehouse, wait: float, heartbeat: float):
        self.wh, self.wait, self.heartbeat = warehouse, wait, heartbeat
        self.stale: dict | None = None
        self.lost = False
        self._etag: str | None = None
        self._info: dict = {}
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def _record(self) -> dict:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return {"pid": os.getpid(), "host": socket.gethostname(), "started": now, "heartbeat": now,
                "token": uuid.uuid4().hex}

    def read(self) -> tuple[dict | None, str | None, float]:
        """(holder record, etag, age in seconds on the server's clock); (None, None, 0) if free."""
        try:
            got = self.wh.s3.get_object(Bucket=self.wh.bucket, Key=self.wh.key(LOCK_NAME))
        except Exception as exc:
            if _not_found(exc):
                return None, None, 0.0
            raise
        try:
            info = json.loads(got["Body"].read() or b"null")
        except ValueError:
            info = None
        date = got.get("ResponseMetadata", {}).get("HTTPHeaders", {}).get("date")
        server_now = parsedate_to_datetime(date) if date else datetime.now(timezone.utc)
        age = (server_now - got["LastModified"]).total_seconds()
        return info, got["ETag"], age

    def acquire(self) -> dict | None:
        """Take the lock; returns the record of a dead holder that was taken over, if any."""
        from flows.lock import WarehouseLocked, describe

        deadline = time.monotonic() + self.wait
        while True:
            info = self._record()
            body = json.dumps(info).encode()
            try:
                self._etag = self.wh.put(body, LOCK_NAME, IfNoneMatch="*")
                break
            except Exception as exc:
                if not _precondition_failed(exc):
                    raise
            holder, etag, age = self.read()
            if etag is not None and age > STALE_SECONDS:
                try:   # only one of several waiting runs replaces this exact (stale) object
                    self._etag = self.wh.put(body, LOCK_NAME, IfMatch=etag)
                    self.stale = holder or {}
                    break
                except Exception as exc:
                    if not _precondition_failed(exc):
                        raise
            if time.monotonic() >= deadline:
                waited = f" after waiting {self.wait:g} s" if self.wait else ""
                raise WarehouseLocked(f"warehouse {self.wh.url} is locked by another run: {describe(holder)}"
                                      f"{waited}; let it finish or wait for it with --lock-wait SECONDS "
                                      f"(a dead run's lock expires {STALE_SECONDS:g} s after its last heartbeat)")
            time.sleep(0.5)
        self._info = info
        if self.heartbeat > 0:
            self._beat = threading.Thread(target=self._heartbeat, name="zhpolicy-s3-lock-heartbeat", daemon=True)
            self._beat.start()
        return self.stale

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.heartbeat):
            self._info["heartbeat"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
            try:
                self._etag = self.wh.put(json.dumps(self._info).encode(), LOCK_NAME, IfMatch=self._etag)
            except Exception as exc:
                if _precondition_failed(exc):
                    self.lost = True   # another run took it over: we were frozen past STALE_SECONDS
                    return

    def check(self) -> None:
        """Raise if the lock was lost (called right before publishing)."""
        if self.lost:
            from flows.lock import WarehouseLocked

            raise WarehouseLocked(f"lost the lock on {self.wh.url} (no heartbeat for {STALE_SECONDS:g} s); "
                                  "another run took it over: not publishing")

    def release(self) -> None:
        self._stop.set()
        if self._beat:
            self._beat.join(timeout=5)
        if self.lost or self._etag is None:
            return
        try:
            self.wh.s3.delete_object(Bucket=self.wh.bucket, Key=self.wh.key(LOCK_NAME), IfMatch=self._etag)
        except Exception as exc:
            if not (_precondition_failed(exc) or _not_found(exc)):
                # a store without conditional DELETE: the lock is still ours (heartbeat held it)
                self.wh.s3.delete_object(Bucket=self.wh.bucket, Key=self.wh.key(LOCK_NAME))
        self._etag = None
