"""flows.charset_memo: the patterns compile to the same code with the memo and the store as without them."""
from __future__ import annotations

import marshal
import re
import sys
from re import _compiler, _parser

import pytest

from flows import patterns
from flows.charset_memo import _read_store, memoised_charsets, stored_compiles

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


# ---- the store of compiled patterns kept between processes (charset_memo.stored_compiles) ----

def compiled_through_store(path, patterns: list[tuple[str, int]]) -> list[re.Pattern]:
    re.purge()          # (re's own cache would hand back the patterns compiled before, without asking the compiler)
    restore = stored_compiles(path)
    try:
        return [re.compile(p, f) for p, f in patterns]
    finally:
        restore()
        re.purge()


def fresh_args(pattern: str, flags: int) -> tuple:
    parsed = _parser.parse(pattern, flags)
    indexgroup = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, list(_compiler._code(parsed, flags)), parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(indexgroup))


def test_the_module_restores_the_compiler_after_compiling():
    assert _compiler.compile.__module__ == "re._compiler"


def test_the_store_holds_what_the_compiler_makes_and_compiles_from_it_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    wanted = [(p.pattern, p.flags) for p in COMPILED]
    first = compiled_through_store(tmp_path / "p.re", wanted)
    entries = _read_store(tmp_path / "p.re")
    assert len(entries) == len(set(wanted)) > 100
    assert all(entries[(p, f)] == fresh_args(p, f) for p, f in wanted)
    # the second import compiles nothing itself: every pattern comes from the store
    monkeypatch.setattr(_parser, "parse", lambda *a: pytest.fail("parsed a stored pattern"))
    second = compiled_through_store(tmp_path / "p.re", wanted)
    assert [(p.pattern, p.flags, p.groups, p.groupindex) for p in second] == [
        (p.pattern, p.flags, p.groups, p.groupindex) for p in first]


@pytest.mark.parametrize("pattern", ["[\u4e00-\u9fff]+", "(?P<n>[一二三])是", "(?i)[a-z\u4e00-\u9fff]", "^(?:第|其)(.)"])
def test_a_pattern_from_the_store_matches_as_a_compiled_one(tmp_path, monkeypatch, pattern):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    text = "中文 abc，第一是ＡＢＣ。其二123\U00020001\n一是"
    compiled_through_store(tmp_path / "p.re", [(pattern, 0)])
    stored = compiled_through_store(tmp_path / "p.re", [(pattern, 0)])[0]
    plain = re.compile(pattern)
    assert [m.groupdict() or m.group(0) for m in stored.finditer(text)] == [
        m.groupdict() or m.group(0) for m in plain.finditer(text)]


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(("another python", {})), marshal.dumps([1, 2])])
def test_an_unreadable_or_foreign_store_is_ignored_and_rewritten(tmp_path, monkeypatch, content):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    (tmp_path / "p.re").write_bytes(content)
    assert compiled_through_store(tmp_path / "p.re", [("[一二]是", 0)])[0].findall("一是二是") == ["一是", "二是"]
    assert list(_read_store(tmp_path / "p.re")) == [("[一二]是", 0)]


def test_no_store_is_written_when_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    compiled_through_store(tmp_path / "p.re", [("[一二]是", 0)])
    assert not (tmp_path / "p.re").exists()


def test_a_read_only_folder_leaves_no_store_and_no_error(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    (tmp_path / "ro").write_text("")       # the store's folder is a file: it cannot be made
    compiled_through_store(tmp_path / "ro" / "p.re", [("[一二]是", 0)])
    assert not (tmp_path / "ro" / "p.re").exists()
