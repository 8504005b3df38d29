"""Compiling flows.patterns in a third of the time: one memo for CPython's character-class optimiser.

CPython's `re` compiler turns every character class into a bitmap by walking its code points in
Python (`re._compiler._optimize_charset`): ~1.4 ms for a class holding the ~28 k Han characters.
flows.patterns compiles ~2500 classes of which ~300 are distinct (the Han class alone ~180 times),
and every process that imports the stages pays for it, the main process of a run before its first
batch. While the patterns compile, the optimiser's results are memoised by class. Without case
folding (no `fixup`) the function depends on the class alone, so the memo changes no compiled
pattern; where the private function is missing (another Python) nothing is patched.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
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
