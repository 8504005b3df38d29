"""flows.charset_memo: the patterns compile to the same code with the memo as without it."""
from __future__ import annotations

import re
from re import _compiler, _parser

import pytest

from flows import patterns
from flows.charset_memo import memoised_charsets

COMPILED = [v for v in vars(patterns).values() if isinstance(v, re.Pattern)]


def code(pattern: re.Pattern) -> list[int]:
    """The opcodes CPython's compiler makes of a pattern (what re.compile hands to the matcher)."""
    return _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def test_the_module_restores_the_optimiser_after_compiling():
    assert _compiler._optimize_charset.__module__ == "re._compiler"


def test_every_pattern_compiles_to_the_same_code_with_the_memo():
    plain = [code(p) for p in COMPILED]
    restore = memoised_charsets()
    try:
        assert _compiler._optimize_charset.__module__ == "flows.charset_memo"
        twice = [code(p) for p in COMPILED] + [code(p) for p in COMPILED]  # the second round from the memo
    finally:
        restore()
    assert len(COMPILED) > 100 and twice == plain + plain


@pytest.mark.parametrize("pattern", ["[\u4e00-\u9fff]+", "[^\\s，。]", "(?i)[a-z\u4e00-\u9fff]", "[\\d\\w]", "[\U00020000-\U0003134f]"])
def test_patterns_match_the_same_under_the_memo(pattern):
    text = "中文 abc，ＡＢＣ。123\U00020001\n"
    plain = re.compile(pattern).findall(text)
    re.purge()
    restore = memoised_charsets()
    try:
        memoised = [re.compile(pattern).findall(text) for _ in range(2)]
        re.purge()
    finally:
        restore()
    assert memoised == [plain, plain]
