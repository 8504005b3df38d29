"""STUB (to be replaced): find documents and decode them."""
from __future__ import annotations

from dataclasses import dataclass, field


class ExtractError(Exception):
    """A document that cannot be read; str(exc) is a one-line reason for `rejects`."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    source_path: str            # relative to the input folder, '/'-separated
    content_sha256: str         # of the raw bytes
    encoding: str               # e.g. 'utf-8', 'utf-8-sig', 'gb18030', 'big5', 'utf-16'
    n_bytes: int
    text: str                   # decoded, newlines '\n', front matter removed
    metadata: dict[str, str] = field(default_factory=dict)  # title/author/date/source from front matter
    warnings: tuple[str, ...] = ()
    is_markdown: bool = False
