"""Stable record ids: derived from the parent id and the record's own content, never from row numbers."""
from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object) -> str:
    """`prefix` + 16 hex chars of sha1 over the parts (joined with a separator that cannot occur in text)."""
    return prefix + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
