"""One writer per warehouse: an exclusive lock held for a whole run, and recovery after a crash.

The lock is `WAREHOUSE/.lock`, taken with `fcntl.flock`: the kernel drops it when its holder dies,
even by SIGKILL, so a lock left by a killed run is never held and is taken over at once. The file
also records who holds it (pid, host, start time, heartbeat); that is what the "locked" message
shows, and a record whose holder is gone is reported as a stale lock taken over. The descriptor is
close-on-exec (PEP 446), so subprocesses (a Prefect server) never inherit the lock.

While the lock is held nothing else writes to the warehouse, so `remove_partial()` can delete what
killed runs left behind: `versions/.tmp-*` (a version being written) and `.current-*` (a symlink
made but not yet swapped in). Pure: no Prefect.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import socket
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from flows import storage
from flows.storage import Location

LOCK_NAME = ".lock"
POLL_SECONDS = 0.2
HEARTBEAT_SECONDS = 30.0


class WarehouseLocked(Exception):
    """Another live run holds the warehouse; str(exc) is one line saying who and since when."""


def _holder() -> dict:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return {"pid": os.getpid(), "host": socket.gethostname(), "started": now, "heartbeat": now}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def describe(info: dict | None) -> str:
    if not info:
        return "an unknown process"
    return f"pid {info.get('pid')} on {info.get('host')} (since {info.get('started')})"


class WarehouseLock:
    """Exclusive lock on a warehouse. `with WarehouseLock(wh, wait=10): ...`

    wait: seconds to wait for a live holder to finish (0 = refuse at once); then WarehouseLocked.
    After acquire(), `stale` holds the record of a dead holder whose lock was taken over, if any.
    Re-entrant within a process: the CLI takes the lock before the flow starts (so a refusal is one
    line, not a failed flow run) and the flow's own acquire() then just joins it.
    """

    _held: dict[str, "WarehouseLock"] = {}
    _held_guard = threading.Lock()

    def __init__(self, warehouse: Location, wait: float = 0.0, heartbeat: float = HEARTBEAT_SECONDS):
        self.path = Path(warehouse) / LOCK_NAME
        # an s3:// warehouse: a lock object taken by conditional PUT (flows.storage.S3Lock)
        self.remote = storage.remote(warehouse).lock(wait, heartbeat) if storage.is_remote(warehouse) else None
        self.key = f"{warehouse}/{LOCK_NAME}" if self.remote else None
        self.wait, self.heartbeat = wait, heartbeat
        self.stale: dict | None = None
        self._fd: int | None = None
        self._outer: WarehouseLock | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def read_holder(self) -> dict | None:
        if self.remote:
            return self.remote.read()[0]
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "null")
        except (OSError, ValueError):
            return None

    def held_key(self) -> str:
        """This lock's key among the locks this process holds: the object's URL, or the real path."""
        return self.key or os.path.realpath(self.path)

    def acquire(self) -> "WarehouseLock":
        key = self.held_key()
        with self._held_guard:
            outer = self._held.get(key)
            if outer is not None:
                self._outer, self.stale = outer, outer.stale
                return self
        if self.remote:
            self.stale = self.remote.acquire()
        else:
            self._acquire_file()
        with self._held_guard:
            self._held[key] = self
        return self

    def _acquire_file(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                if time.monotonic() >= deadline:
                    os.close(fd)
                    waited = f" after waiting {self.wait:g} s" if self.wait else ""
                    raise WarehouseLocked(f"warehouse {self.path.parent} is locked by another run: "
                                          f"{describe(self.read_holder())}{waited}; let it finish or "
                                          f"wait for it with --lock-wait SECONDS") from None
                time.sleep(POLL_SECONDS)
        previous = self.read_holder()
        if previous and previous.get("pid") is not None:
            # A record left in an unlocked file: its run died without releasing (killed, crashed).
            self.stale = previous
        self._fd = fd
        self._write(_holder())
        if self.heartbeat > 0:
            self._beat = threading.Thread(target=self._heartbeat, name="zhpolicy-lock-heartbeat", daemon=True)
            self._beat.start()

    def _write(self, info: dict) -> None:
        assert self._fd is not None, "written only while the lock is held"
        data = json.dumps(info).encode()
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, data, 0)

    def _heartbeat(self) -> None:
        info = self.read_holder() or _holder()
        while not self._stop.wait(self.heartbeat):
            info["heartbeat"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
            try:
                self._write(info)
            except OSError:
                pass

    def release(self) -> None:
        if self._outer is not None:
            self._outer = None
            return
        if self.remote:
            with self._held_guard:
                self._held.pop(self.held_key(), None)
            self.remote.release()
            return
        if self._fd is None:
            return
        with self._held_guard:
            self._held.pop(self.held_key(), None)
        self._stop.set()
        if self._beat:
            self._beat.join(timeout=5)
        try:
            os.ftruncate(self._fd, 0)       # an empty record: released cleanly, nothing stale
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "WarehouseLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def held(warehouse) -> "WarehouseLock | None":
    """The lock this process holds on an s3:// warehouse, if any (publish checks it was not lost)."""
    with WarehouseLock._held_guard:
        return WarehouseLock._held.get(f"{warehouse}/{LOCK_NAME}")


def stale_message(info: dict) -> str:
    alive = info.get("host") == socket.gethostname() and _pid_alive(int(info.get("pid") or 0))
    state = "" if not alive else " (pid reused by another process)"
    return f"took over a stale lock left by {describe(info)}{state}"


def remove_partial(warehouse: Location) -> list[str]:
    """Delete what killed runs left half-done; call only while holding the lock. Returns the names."""
    if storage.is_remote(warehouse):
        return storage.remote(warehouse).remove_partial()
    warehouse = Path(warehouse)
    removed = []
    versions = warehouse / "versions"
    leftovers = list(versions.glob(".tmp-*")) if versions.is_dir() else []
    leftovers += [p for p in warehouse.glob(".current-*") if p.is_symlink()]
    for path in leftovers:
        if path.is_symlink() or not path.is_dir():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
        removed.append(path.relative_to(warehouse).as_posix())
    return sorted(removed)
