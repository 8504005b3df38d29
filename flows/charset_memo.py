"""Compiling flows.patterns fast: a store of compiled patterns kept between processes, and for what it does not hold
a memo for CPython's character-class optimiser.

CPython's `re` compiler turns every character class into a bitmap by walking its code points in
Python (`re._compiler._optimize_charset`): ~1.4 ms for a class holding the ~28 k Han characters.
flows.patterns compiles ~2500 classes of which ~300 are distinct (the Han class alone ~180 times),
and every process that imports the stages pays for it, the main process of a run before its first
batch. While the patterns compile, the optimiser's results are memoised by class. Without case
folding (no `fixup`) the function depends on the class alone, so the memo changes no compiled
pattern; where the private function is missing (another Python) nothing is patched.
"""
from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any


def _re_compiler() -> ModuleType | None:
    try:
        return importlib.import_module("re._compiler")  # private, hence no static import
    except ImportError:  # Python < 3.11 names it sre_compile: nothing is patched there
        return None


_compiler = _re_compiler()


def memoised_charsets() -> Callable[[], None]:
    """Memoise the character-class optimiser until the returned function is called."""
    compiler = _compiler
    original = getattr(compiler, "_optimize_charset", None)
    if compiler is None or original is None:
        return lambda: None
    memo: dict[tuple, tuple[list, Any]] = {}

    def optimised(charset: list, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list, Any]:
        if fixup is not None:  # case folding: the result depends on the callables too, leave it be
            return original(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            hash(key)
        except TypeError:  # a class item of a shape not seen in 3.11-3.13: no memo for it
            return original(charset, iscased, fixup, fixes)
        if key not in memo:
            memo[key] = original(charset, iscased, fixup, fixes)
        out, hascased = memo[key]
        return list(out), hascased  # a list of its own, as the optimiser returns

    def restore() -> None:
        setattr(compiler, "_optimize_charset", original)

    setattr(compiler, "_optimize_charset", optimised)
    return restore


# ---------------------------------------------------------------- compiled patterns kept between processes

# What a store is valid for: CPython's regex engine version (_sre.MAGIC) and code unit size, and the exact Python build
# (the compiler's output may change in any release). A store of another build is ignored and rewritten.
def _engine_tag() -> tuple:
    import _sre
    return (sys.version, _sre.MAGIC, _sre.CODESIZE)


def _read_store(path: Path) -> dict[tuple[str, int], tuple]:
    """The stored compiler output by (pattern, flags); empty when the file is missing, unreadable, of another Python,
    or not what this module writes (nothing is trusted that does not have the expected shape)."""
    try:
        tag, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if tag == _engine_tag() and isinstance(entries, dict) else {}


def _write_store(path: Path, entries: dict[tuple[str, int], tuple]) -> None:
    """Write the store atomically (a temporary file renamed over it: a concurrent reader sees the old file or the new
    one), readable by all as Python's bytecode is; silently nothing where the folder cannot be written, as Python
    does with its own bytecode cache."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as fh:
            temporary = fh.name
            fh.write(marshal.dumps((_engine_tag(), entries)))
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def stored_compiles(path: Path) -> Callable[[], None]:
    """Compile patterns from the store at `path` until the returned function is called, which puts the compiler back
    and writes the store again if the patterns compiled meanwhile are not exactly those it holds.

    CPython's compiler turns a pattern into a list of opcodes (parse, then code) and hands them to `_sre.compile`;
    that list and the group tables are all a compiled pattern is made of, and for a given Python they depend on the
    pattern and flags alone. So the store keeps them by (pattern, flags), and a pattern found there goes straight to
    `_sre.compile` (which checks the opcodes, as for any pattern): `flows.patterns` imports in ~0.04 s instead of
    ~0.4 s. A pattern not found is compiled as usual (with memoised_charsets' memo). Entries of patterns no longer
    compiled are dropped at the next write. Like Python's bytecode cache: not written when bytecode is not
    (PYTHONDONTWRITEBYTECODE), and nothing happens where the private compiler is missing."""
    compiler = _compiler
    original = getattr(compiler, "compile", None)
    if compiler is None or original is None or not hasattr(compiler, "_code"):
        return lambda: None
    import _sre
    from re import _parser  # type: ignore[attr-defined]   # private, as _compiler is
    stored, used = _read_store(path), {}

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        if (args := stored.get(key)) is None:
            parsed = _parser.parse(p, flags)
            code = [int(op) for op in compiler._code(parsed, flags)]
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, i in parsed.state.groupdict.items():
                indexgroup[i] = name
            args = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict),
                    tuple(indexgroup))
        used[key] = args
        return _sre.compile(p, *args)

    def restore() -> None:
        setattr(compiler, "compile", original)
        if used.keys() != stored.keys() and not sys.dont_write_bytecode:
            _write_store(path, used)

    setattr(compiler, "compile", compile)
    return restore


def store_path(module_file: str) -> Path:
    """Where a module's compiled patterns are kept: beside its bytecode, in its folder's __pycache__, named by the
    interpreter (patterns.cpython-311.re)."""
    here = Path(module_file)
    return here.parent / "__pycache__" / f"{here.stem}.{sys.implementation.cache_tag}.re"
