"""flows.t2s: output identical to opencc-python-reimplemented's own t2s, on seeds, the benchmark
corpus and hypothesis-generated text built to hit its matching quirks."""
from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import t2s as T
from flows.t2s import converter_version, t2s

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DICTIONARY = Path(opencc.__file__).parent / "dictionary"


@cache
def reference() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def keys(name: str) -> list[str]:
    return [line.split("\t")[0] for line in (DICTIONARY / name).read_text(encoding="utf-8").splitlines()]


PHRASES = keys("TSPhrases.txt")
CHARACTERS = keys("TSCharacters.txt")
SEPARATORS = list(T._SEPARATORS) + [" ", "\n", "\t", "\u3000", "\u00a0", "\u2028", "\x1c"]
ALPHABET = sorted(set("".join(PHRASES))) + CHARACTERS[:300] + CHARACTERS[-60:] + list("的是在ab1")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_identical_on_seeds(path):
    for text in (path.read_text(encoding="utf-8"),
                 unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))):
        assert t2s(text) == reference().convert(text)


def test_identical_on_benchmark_corpus(tmp_path):
    from benchmarks.corpus import generate

    for path in generate(tmp_path, 60, seed=7, traditional_share=0.5):
        text = path.read_text(encoding="utf-8")
        assert t2s(text) == reference().convert(text), path.name


@pytest.mark.parametrize("text", [
    "",
    "以下簡稱“示範區”",
    "一目瞭然，不瞭解。",
    "么麼么麽幺麼小丑",                     # overlapping phrase keys
    "反反覆覆反覆思量",                      # keys inside keys
    "乾隆皇帝乾坤大挪移扭轉乾坤",
    "大目乾連冥間救母變文",                  # the longest key
    "𠁞𡎺 𠁞",                              # characters outside the BMP
    "abc 123 -,.?!*",                      # nothing to convert
    "瞭-解 瞭解\n覆　蓋",                    # separators split phrases
])
def test_identical_on_examples(text):
    assert t2s(text) == reference().convert(text)


@pytest.mark.parametrize("text", ["么麼些族", "傷亡枕藉寇兵齎盜糧", "函覆盆子", "凌藉藉无名"])
def test_longest_anywhere_not_forward_maximum_matching(text):
    """The library replaces the longest key found anywhere in a chunk first (then recurses on both
    sides), not the leftmost one: in 傷亡枕藉寇兵齎盜糧 the longer 藉寇兵齎盜糧 wins over the
    leftmost 傷亡枕藉 (forward maximum matching would give 伤亡枕藉寇兵赍盗粮)."""
    assert t2s(text) == reference().convert(text)
    assert t2s("傷亡枕藉寇兵齎盜糧") == "伤亡枕借寇兵赍盗粮"


pieces = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(PHRASES).flatmap(lambda k: st.integers(0, len(k) - 1).map(lambda i: k[i:])),
    st.sampled_from(PHRASES).flatmap(lambda k: st.integers(1, len(k)).map(lambda i: k[:i])),
    st.sampled_from(ALPHABET),
    st.sampled_from(SEPARATORS),
    st.text(max_size=3),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=30).map("".join))
def test_identical_on_generated_text(text):
    assert t2s(text) == reference().convert(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(pieces, max_size=20).map("".join))
def test_slow_path_matches_too(text):
    """The general chunk-by-chunk path (used for groups the fast path does not cover)."""
    assert T._convert_chunks(text, T._converter()) == reference().convert(text)


def test_converter_version_digests_the_dictionaries():
    version = converter_version()
    assert version.startswith(f"zhpolicy-t2s/{T.T2S_VERSION} t2s:")
    assert {p.name for p in T.dictionary_files()} == {"t2s.json", "TSPhrases.txt", "TSCharacters.txt"}


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), st.sampled_from(["\ud800", "\udfff", "\U00020000", "\U0010ffff", "中"]))))
def test_has_astral_is_a_character_outside_the_bmp(text):
    assert T.has_astral(text) == any(ord(c) > 0xFFFF for c in text)
