"""Fast OpenCC Traditional -> Simplified conversion, identical to opencc-python-reimplemented.

`t2s(text)` returns exactly what `opencc.OpenCC("t2s").convert(text)` returns, tens of times
faster. It reads the library's own config (`config/t2s.json`) and dictionaries from the installed
package on first use; there is no second copy of the data.

How the library converts (opencc/opencc.py, reproduced here including its quirks):

1. The text is split at separators (whitespace runs and the punctuation of `_SEPARATORS`); the
   separators pass through unchanged and nothing ever matches across one.
2. Each chunk goes through the conversion chain. t2s has one chain element, a *group* of two
   dictionaries: TSPhrases, then TSCharacters. Each dictionary is applied only to the pieces of
   the chunk that no earlier dictionary of the group matched, and a converted piece is final.
3. Within a piece, a dictionary is NOT applied by forward maximum matching: the library takes the
   longest key occurring anywhere in the piece (leftmost among equally long ones), replaces it
   by the first of its values, and recurses on the text left and right of it. That is the same as
   taking every occurrence of every key in order (longest first, then leftmost) and keeping it
   when it overlaps none kept before; this module does that.

Fast path (t2s's shape: one phrase dictionary, then one of single characters to single
characters): the whole text goes through `str.translate` with the character table (a list over
the BMP; separators are not in it), which keeps positions; one trie-regex pass finds the phrase
occurrences (usually none or a few), the kept ones are chosen as in 3. and their values are
spliced over the translated text. Other groups take the exact chunk-by-chunk path.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["t2s", "converter_version", "T2S_VERSION", "dictionary_files"]

# Bump when this module's algorithm changes (the dictionaries' digest is part of the version).
T2S_VERSION = "1"
CONFIG = "t2s"

# The separators of opencc.OpenCC.split_chars_re besides `\s+` (which is any str.isspace char).
_SEPARATORS = ("-,.?!*　，。、；：？！…“”‘’『』「」﹁﹂—－（）《》〈〉～．／＼︒︑︔︓︿﹀︹︺︙︐［﹇］﹈︕︖︰︳︴︽︾︵︶｛︷｝︸"
               "﹃﹄【︻】︼")
_SEP_CLASS = r"\s" + "".join(re.escape(c) for c in _SEPARATORS)
_SEP_SET = frozenset(_SEPARATORS)


# CPython (PEP 393) stores a str holding a character outside the BMP in four bytes a character, so such a str takes at
# least _UCS4_HEAD + 4 * (len + 1) bytes (sys.getsizeof: a header, the characters and a terminating one, the header at
# least that of a compact str); one that takes fewer holds none, which a test in constant time tells (None: no such test
# on another Python).
_UCS4_HEAD = sys.getsizeof(chr(0x10000)) - 4 * 2 if sys.implementation.name == "cpython" else None
assert _UCS4_HEAD is None or (sys.getsizeof(chr(0x10000) * 3) == _UCS4_HEAD + 4 * 4
                              and sys.getsizeof(chr(0xFFFF) * 3) < _UCS4_HEAD + 4 * 4), "PEP 393's sizes"


def has_astral(text: str) -> bool:
    """Whether text holds a character outside the BMP: it takes four bytes in UTF-16, any other
    (lone surrogates too) two, so one encode at C speed tells, several times faster than a regex scan;
    and most texts take too little memory to hold one (_UCS4_HEAD), which tells without the encode."""
    if _UCS4_HEAD is not None and sys.getsizeof(text) < _UCS4_HEAD + 4 * (len(text) + 1):
        return False
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _is_separator(char: str) -> bool:
    return char.isspace() or char in _SEP_SET       # re's \s on str is str.isspace()


@dataclass(frozen=True, slots=True)
class _Dictionary:
    max_len: int
    min_len: int
    mapping: dict[str, str]     # key -> first value (the library uses the first of several)


@dataclass(frozen=True, slots=True)
class _Converter:
    group: tuple[_Dictionary, ...]
    fast: bool                  # group is (phrases, characters) or (characters,): see t2s()
    phrases: _Dictionary | None
    hit: re.Pattern | None      # the phrase keys as one trie regex: the longest key at a position
    inner: dict[str, tuple[int, ...]]  # phrase key -> offsets inside it where a key may start
    prefixes: dict[str, tuple[int, ...]]  # phrase key -> lengths of the keys it starts with
    table: list[int]            # characters, a str.translate table indexed by BMP code point
    table_full: dict[int, int]  # characters, every key (for texts outside the BMP)


def _package_dir() -> Path:
    import opencc
    return Path(opencc.__file__).parent


def dictionary_files(config: str = CONFIG) -> list[Path]:
    """The config file and the dictionary files it names, in chain order."""
    config_file = _package_dir() / "config" / f"{config}.json"
    files = [config_file]

    def walk(entry: dict) -> None:
        if entry.get("type") == "group":
            for item in entry["dicts"]:
                walk(item)
        elif entry.get("type") == "txt":
            files.append(_package_dir() / "dictionary" / entry["file"])

    for chain in json.loads(config_file.read_text(encoding="utf-8")).get("conversion_chain"):
        walk(chain.get("dict"))
    return files


def _read_dictionary(path: Path) -> _Dictionary:
    """As opencc.OpenCC._add_dictionaries reads it (same defaults, last duplicate wins)."""
    mapping, max_len, min_len = {}, 1, 1000
    with io.open(path, "r", encoding="utf-8") as f:
        for line in f:
            key, value = line.strip().split("\t")
            mapping[key] = value
            max_len, min_len = max(max_len, len(key)), min(min_len, len(key))
    first = {}
    for key, value in mapping.items():
        value = value.split(" ")[0]
        if not value:
            # The library then treats the whole piece as unmatched; not reproduced here.
            raise ValueError(f"{path.name}: empty conversion for {key!r} is not supported")
        # A key holding a separator can never match: chunks hold no separators.
        if not any(_is_separator(c) for c in key):
            first[key] = value
    return _Dictionary(max_len=max_len, min_len=min_len, mapping=first)


def _chain(config: str) -> list[list[str]]:
    """The conversion chain as lists of dictionary file names (one list per chain element)."""
    config_file = _package_dir() / "config" / f"{config}.json"
    chain = []
    for element in json.loads(config_file.read_text(encoding="utf-8")).get("conversion_chain"):
        entry = element.get("dict")
        if entry.get("type") == "group":
            items = entry.get("dicts")
            if any(item.get("type") != "txt" for item in items):
                raise ValueError(f"{config}: nested dictionary groups are not supported")
            chain.append([item.get("file") for item in items])
        elif entry.get("type") == "txt":
            chain.append([entry.get("file")])
    return chain


def _trie_pattern(keys) -> str:
    """A regex matching any of keys, the longest one at a given position (greedy, no backtracking
    into a shorter key while a longer one matches)."""
    root: dict = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return body + "?" if ends else body

    return emit(root)


def _inner_offsets(key: str, by_first: dict[str, list[str]]) -> tuple[int, ...]:
    """Offsets inside key where another key may start: one that lies inside key or one that
    begins with the rest of key (and may go on past it, depending on the text)."""
    return tuple(j for j in range(1, len(key))
                 if any(o.startswith(key[j:]) or key.startswith(o, j) for o in by_first.get(key[j], ())))


@lru_cache(maxsize=None)
def _converter(config: str = CONFIG) -> _Converter:
    chain = _chain(config)
    if len(chain) != 1:
        raise ValueError(f"{config}: only one-element conversion chains are supported")
    group = tuple(_read_dictionary(_package_dir() / "dictionary" / name) for name in chain[0])
    chars = group[-1]
    # Fast path: at most one dictionary before a last one of single characters mapped to single
    # characters (str.translate then keeps positions, so phrases can be spliced in afterwards).
    fast = (len(group) <= 2 and chars.max_len == 1
            and all(len(v) == 1 and len(k) == 1 for k, v in chars.mapping.items()))
    phrases = group[0] if fast and len(group) == 2 else None
    keys = phrases.mapping if phrases else {}
    by_first: dict[str, list[str]] = {}
    for key in keys:
        by_first.setdefault(key[0], []).append(key)
    full = {ord(k): ord(v) for k, v in chars.mapping.items()} if fast else {}
    table = list(range(0x10000))
    for k, v in full.items():
        if k < 0x10000:
            table[k] = v
    return _Converter(
        group=group, fast=fast, phrases=phrases,
        hit=re.compile(_trie_pattern(keys)) if keys else None,
        inner={k: _inner_offsets(k, by_first) for k in keys},
        prefixes={k: tuple(n for n in range(len(k) - 1, 0, -1) if k[:n] in keys) for k in keys},
        table=table, table_full=full)


def _apply(piece: str, d: _Dictionary) -> list[tuple[str, bool]]:
    """One dictionary on one piece: [(text, converted)], as the library's recursive matching."""
    n = len(piece)
    if n < d.min_len:
        return [(piece, False)]
    mapping, occurrences = d.mapping, []
    top = min(d.max_len, n)
    for i in range(n):
        for length in range(min(top, n - i), d.min_len - 1, -1):
            if piece[i:i + length] in mapping:
                occurrences.append((-length, i))
    if not occurrences:
        return [(piece, False)]
    occurrences.sort()
    taken = bytearray(n)
    kept = []
    for negative, start in occurrences:
        end = start - negative
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end))
    kept.sort()
    out, at = [], 0
    for start, end in kept:
        if start > at:
            out.append((piece[at:start], False))
        out.append((mapping[piece[start:end]], True))
        at = end
    if at < n:
        out.append((piece[at:], False))
    return out


def _convert_chunk(chunk: str, group: tuple[_Dictionary, ...]) -> str:
    """The exact procedure on one separator-free chunk."""
    pieces = [(chunk, False)]
    for d in group:
        pieces = [part for text, done in pieces
                  for part in ([(text, done)] if done or not text else _apply(text, d))]
    return "".join(text for text, _ in pieces)


def _convert_chunks(text: str, conv: _Converter) -> str:
    """Slow path for any group: split like the library and convert every chunk exactly."""
    parts = re.split(f"([{_SEP_CLASS}]+)", text)
    return "".join(part if i % 2 else _convert_chunk(part, conv.group)
                   for i, part in enumerate(parts))


def _phrase_occurrences(text: str, conv: _Converter) -> list[tuple[int, int]]:
    """Every occurrence (-length, start) of every phrase key in text.

    finditer gives the leftmost, longest key, then resumes after it; so every occurrence starts
    at a hit (the hit's key or a key it starts with) or strictly inside one.
    """
    hit, prefixes, inner = conv.hit, conv.prefixes, conv.inner
    assert hit is not None, "asked only of a converter with phrases"
    out = []
    for match in hit.finditer(text):
        key, start = match.group(), match.start()
        out.append((-len(key), start))
        if prefixes[key]:
            out.extend((-n, start) for n in prefixes[key])
        for offset in inner[key]:
            found = hit.match(text, start + offset)
            if found:
                other = found.group()
                out.append((-len(other), start + offset))
                out.extend((-n, start + offset) for n in prefixes[other])
    return out


def _kept(occurrences: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """(start, end) of the occurrences the library converts: longest first, then leftmost, each
    unless it overlaps one kept before. Occurrences never span a separator, so doing this over
    the whole text is the same as doing it chunk by chunk."""
    spans = sorted((start, start - negative) for negative, start in occurrences)
    if all(a[1] <= b[0] for a, b in zip(spans, spans[1:])):
        return spans                # no overlaps (the usual case): every occurrence converts
    occurrences.sort()
    spans = [(start, start - negative) for negative, start in occurrences]
    taken = bytearray(size)
    kept = []
    for start, end in spans:
        if 1 not in taken[start:end]:
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end))
    kept.sort()
    return kept


def t2s(text: str) -> str:
    """`opencc.OpenCC('t2s').convert(text)`, fast."""
    conv = _converter()
    if not conv.fast:
        return _convert_chunks(text, conv)
    if has_astral(text):    # the list table covers the BMP only
        converted = text.translate(conv.table_full)
    else:
        converted = text.translate(conv.table)
    # (no search for a first phrase before: the occurrences' scan finds none as fast, and where it finds some the text
    # up to the first is scanned once, not twice)
    occurrences = _phrase_occurrences(text, conv) if conv.hit is not None else []
    if not occurrences:
        return converted
    assert conv.phrases is not None, "a converter with a hit pattern has phrases"
    mapping = conv.phrases.mapping
    out, at = [], 0
    for start, end in _kept(occurrences, len(text)):
        out.append(converted[at:start])
        out.append(mapping[text[start:end]])
        at = end
    out.append(converted[at:])
    return "".join(out)


def converter_version() -> str:
    """This converter's version plus a digest of the config and dictionaries it reads."""
    digest = hashlib.sha256()
    for path in dictionary_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"zhpolicy-t2s/{T2S_VERSION} {CONFIG}:{digest.hexdigest()[:12]}"
