"""Fault handling shared by the stages: which I/O errors are worth retrying, and named pause points
that let the crash tests kill a run at an exact moment. Pure: no Prefect import.

Pause points: when the environment names a point in ZHPOLICY_PAUSE_AT, the run writes its pid to
the file named by ZHPOLICY_PAUSE_FILE on reaching that point and then sleeps, so a test can kill
it there with SIGKILL. Unset (always, outside the tests) a pause point costs one dict lookup.
"""
from __future__ import annotations

import errno
import os
import time
from pathlib import Path

PAUSE_AT = "ZHPOLICY_PAUSE_AT"
PAUSE_FILE = "ZHPOLICY_PAUSE_FILE"
PAUSE_SECONDS = 3600.0

# Points in a run, in order (see flows/pipeline.py and flows/load.py).
POINTS = (
    "locked",            # lock taken, nothing read yet
    "processed",         # batches extracted, normalised, segmented and validated; nothing written
    "tmp-created",       # versions/.tmp-<id> created, empty
    "wrote-paragraphs",  # some Parquet files of the new version written (a pause after each table)
    "manifest-written",  # all files written, not yet renamed into versions/
    "renamed",           # versions/<id> complete, `current` still the old version
    "link-created",      # .current-<id> symlink made, not yet swapped in
    "published",         # `current` swapped, lock still held
)

# errno values of failures that go away by themselves (a busy NFS server, an interrupted call, a
# full pipe); a missing file, a permission problem or a symlink loop will not, and is a reject.
TRANSIENT_ERRNOS = frozenset(filter(None, (
    errno.EIO, errno.EAGAIN, errno.EINTR, errno.EBUSY, errno.ETIMEDOUT, errno.ENOBUFS, errno.ENOMEM,
    getattr(errno, "ESTALE", None), getattr(errno, "ENOLCK", None), getattr(errno, "ECONNRESET", None),
)))


class TransientIOError(OSError):
    """An I/O error on one document that may succeed when tried again (raised to get a task retry)."""


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TransientIOError) or (isinstance(exc, OSError) and exc.errno in TRANSIENT_ERRNOS)


def pause_point(name: str) -> None:
    """Pause here if the environment asks for it (crash tests only)."""
    if os.environ.get(PAUSE_AT) != name:
        return
    marker = os.environ.get(PAUSE_FILE)
    if marker:
        tmp = Path(f"{marker}.tmp")
        tmp.write_text(f"{os.getpid()} {name}\n", encoding="utf-8")
        os.replace(tmp, marker)
    time.sleep(float(os.environ.get("ZHPOLICY_PAUSE_SECONDS", PAUSE_SECONDS)))


def retry_on_io_error(task, task_run, state) -> bool:
    """Prefect retry condition: retry a task that failed with an OSError (I/O), nothing else."""
    exc = state.data if isinstance(state.data, BaseException) else None
    if exc is None:
        try:
            state.result()
        except BaseException as raised:  # noqa: BLE001 - we only classify it
            exc = raised
    return isinstance(exc, OSError)
