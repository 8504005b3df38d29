"""Naming, locating and retiring dataset versions (pure: no Prefect).

Listing and publishing live in flows.load; this module resolves what a user types (`current`,
`previous`, an id or a unique id prefix) to a version folder, and deletes old versions (`gc`).
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

from flows import lock, storage
from flows.storage import Location
from flows.load import current_version, version_ids

TRASH = ".trash"  # under versions/: versions being deleted (same filesystem, so the rename is atomic)


class VersionError(ValueError):
    """A version reference that does not name exactly one version; str(exc) says why."""


def version_dir(warehouse: Location, version_id: str) -> Location:
    return storage.join(warehouse, "versions", version_id)   # an s3:// URL for an S3 warehouse


def table_path(warehouse: Location, version_id: str, table: str) -> Location:
    """The table's Parquet file, or its folder of Parquet files (the contract allows both)."""
    return storage.join(version_dir(warehouse, version_id), f"{table}.parquet")


def read_manifest(warehouse: Location, version_id: str) -> dict:
    if storage.is_remote(warehouse):
        return storage.remote(warehouse).read_manifest(version_id)
    return json.loads((warehouse / "versions" / version_id / "manifest.json").read_text(encoding="utf-8"))


def previous_of(warehouse: Location, version_id: str) -> str | None:
    """The newest version older than version_id."""
    older = [v for v in version_ids(warehouse) if v < version_id]
    return older[-1] if older else None


def resolve(warehouse: Location, ref: str) -> str:
    """`current`, `previous` (the version before current), a full id or a unique prefix -> version id."""
    ids = version_ids(warehouse)
    current = current_version(warehouse)
    if ref in ("current", "previous"):
        if current is None:
            raise VersionError(f"no current version in {warehouse}")
        found = current if ref == "current" else previous_of(warehouse, current)
        if found is None:
            raise VersionError(f"no version before current ({current})")
        return found
    matches = [v for v in ids if v.startswith(ref)]
    if len(matches) != 1:
        raise VersionError(f"{'no' if not matches else 'more than one'} version matches {ref!r}")
    return matches[0]


def default_pair(warehouse: Location, ref_from: str | None, ref_to: str | None) -> tuple[str, str]:
    """(from, to) for `diff [FROM [TO]]`: defaults are the version before current, and current;
    with only FROM given, TO is current."""
    to = resolve(warehouse, ref_to or "current")
    if ref_from is not None:
        return resolve(warehouse, ref_from), to
    before = previous_of(warehouse, to)
    if before is None:
        raise VersionError(f"only one version up to {to}: nothing to compare it with")
    return before, to


def _retire(path: Path, trash: Path) -> None:
    """Move path out of sight in one rename, then delete it (a crash leaves it in the trash only)."""
    trash.mkdir(exist_ok=True)
    target = trash / f"{path.name}-{uuid.uuid4().hex[:8]}"
    os.rename(path, target)
    shutil.rmtree(target, ignore_errors=True)


def gc(warehouse: Location, keep: int, wait: float = 0.0) -> dict[str, list[str]]:
    """Delete all but the `keep` newest versions (never current) and what killed runs left behind.

    Holds the warehouse lock (flows.lock; WarehouseLocked when a run holds it longer than `wait`
    seconds), so no run is carrying rows from a version being deleted and every versions/.tmp-*
    folder is a dead run's. Each version leaves versions/ in one rename (readers see it whole or
    not at all), then is deleted from versions/.trash; a trash left by an interrupted gc goes too."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    if storage.is_remote(warehouse):
        return _gc_remote(warehouse, keep, wait)
    if not (warehouse / "versions").is_dir():
        return {"deleted": [], "kept": [], "stale": []}
    with lock.WarehouseLock(warehouse, wait=wait):
        ids, current = version_ids(warehouse), current_version(warehouse)
        doomed = [v for v in ids[:-keep] if v != current]
        trash = warehouse / "versions" / TRASH
        for vid in doomed:
            _retire(warehouse / "versions" / vid, trash)
        stale = lock.remove_partial(warehouse)
        shutil.rmtree(trash, ignore_errors=True)
    return {"deleted": doomed, "kept": [v for v in ids if v not in doomed], "stale": stale}


def _gc_remote(url: str, keep: int, wait: float) -> dict[str, list[str]]:
    """gc on S3: each version loses its manifest first (one DELETE: gone for readers at once), then
    its files; versions left without a manifest by killed runs (or an interrupted gc) go too."""
    remote = storage.remote(url)
    with lock.WarehouseLock(url, wait=wait):
        ids, current = version_ids(url), current_version(url)
        doomed = [v for v in ids[:-keep] if v != current]
        for vid in doomed:
            remote.retire(vid)
        stale = remote.remove_partial()
    return {"deleted": doomed, "kept": [v for v in ids if v not in doomed], "stale": stale}
