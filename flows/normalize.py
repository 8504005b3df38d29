"""STUB (to be replaced): character-level normalisation and script detection."""
from __future__ import annotations

from dataclasses import dataclass

from flows.extract import RawDocument


@dataclass(frozen=True, slots=True)
class NormalizedDocument:
    raw: RawDocument
    script: str                 # 'hans' | 'hant' | 'mixed' | 'none' (detected on the raw text)
    lines: tuple[str, ...]      # rules 1-4 + 7-prep applied per line; spaces NOT yet collapsed


def collapsed_spaces(text: str) -> str:
    """Rule 5: remove spaces between CJK/CJK, CJK/punct, CJK/Latin-or-digit; keep single Latin spaces."""
    return text


def normalized_document(raw: RawDocument) -> NormalizedDocument:
    return NormalizedDocument(raw=raw, script="hans", lines=tuple(raw.text.split("\n")))
