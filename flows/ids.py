"""Stable record ids: derived from the parent id and the record's own content, never from row numbers."""
from __future__ import annotations

from hashlib import sha1


def stable_id(prefix: str, *parts: object) -> str:
    """`prefix` + 16 hex chars of sha1 over the parts (joined with a separator that cannot occur in text)."""
    return prefix + sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def numbered_id(prefix: str, parent_id: str, key: str, n: int) -> str:
    """stable_id(prefix, parent_id, key, n), the id of the n-th record with this key under its parent:
    the same hash input built by one f-string (str(n) == f"{n}" for an int), without the tuple, the map
    and the join of the general form (str.encode's default is UTF-8: no argument to pass). One is made per
    paragraph, section and measure."""
    return prefix + sha1(f"{parent_id}\x1f{key}\x1f{n}".encode()).hexdigest()[:16]
