"""Fast paths of the segmenter equal the plain forms they replace (ids, space collapse, coverage counts,
prefilters before regexes)."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from flows import patterns as P
from flows.ids import numbered_id, stable_id
from flows.measures import (Marker, accepted_marker, cn_number, dedupe_overlaps, inline_markers, leading_marker,
                            matches_at)
from flows.normalize import collapsed_spaces
from flows.segment import COLLAPSE_CHUNK_LINES, UNCOUNTED, collapsed_text, counted_chars
from flows.units import speaker_label

# Text where spaces sit beside Chinese, Latin, digits, punctuation and other spaces.
SPACY = st.text(alphabet=st.sampled_from(list("中文一是 \t\u3000ab1.，。#*>")), max_size=14)


@given(st.sampled_from("pmsa"), st.text(max_size=20), st.text(max_size=30), st.integers(1, 10**6))
def test_numbered_id_is_stable_id(prefix, parent_id, key, n):
    assert numbered_id(prefix, parent_id, key, n) == stable_id(prefix, parent_id, key, n)


@given(st.lists(SPACY, min_size=COLLAPSE_CHUNK_LINES - 1, max_size=3 * COLLAPSE_CHUNK_LINES + 1))
def test_collapsed_text_is_each_line_collapsed(lines):
    """Chunks of lines collapsed at once == every line collapsed alone, across chunk boundaries too."""
    assert collapsed_text(tuple(lines)) == "\n".join(map(collapsed_spaces, lines))


@given(st.text(alphabet=st.sampled_from(list("中文 \t\n\r\u3000#*>a、")), max_size=40))
def test_counted_chars_counts_every_uncounted_character_out(text):
    assert counted_chars(text) == len(text) - sum(text.count(c) for c in UNCOUNTED)


def markers_by_full_scans(text: str) -> list[Marker]:
    """inline_markers as one full scan per grammar would find them."""
    found = [mk for family, pattern in P.INLINE_MARKERS for m in pattern.finditer(text)
             if (mk := accepted_marker(family, m, text)) is not None]
    return dedupe_overlaps(sorted(found, key=lambda mk: mk.start))


@given(st.text(alphabet=st.sampled_from(list("一二十两是要素其第（()）①⑳019٣.．、。；：，”！ 甲\n")), max_size=16))
@example("”①")      # a circled digit glued to a quoted term: a note's mark in both (qa192)
def test_markers_tried_at_hints_are_those_of_full_scans(text):
    """Each grammar's markers tried only where its hints place them == each grammar's full scan."""
    assert inline_markers(text) == markers_by_full_scans(text)


@pytest.mark.parametrize("pattern, text, starts", [
    ("aa", "aaaa", [0, 1, 2]),          # a start inside the last match is passed over, as finditer does
    ("a(?=b)", "aab", [0, 1]),          # a start that does not match is passed over
    ("(?<=x)a", "xaya", [1, 3]),        # look-behinds see the text before a start
])
def test_matches_at_starts_is_finditer(pattern, text, starts):
    spans = [m.span() for m in matches_at(re.compile(pattern), text, starts)]
    assert spans == [m.span() for m in re.finditer(pattern, text)]


def test_a_decimal_digit_is_what_backslash_d_matches():
    """leading_marker tries ITEM_ARABIC (\\d…) only on text that starts with a str.isdecimal() character."""
    digit = re.compile(r"\d")
    chars = (chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert [c for c in chars if bool(digit.match(c)) != c.isdecimal()] == []


@settings(max_examples=300)
@example("一、11。1")
@given(st.text(alphabet=st.sampled_from(list("1２٣（(一十）)、.．是 。甲")), max_size=8))
def test_leading_marker_is_the_first_pattern_that_matches(text):
    expected = None
    if m := P.ITEM_ARABIC.match(text):
        expected = ("arabic", int(m.group(1)), text[: m.end()].strip())
    elif (m := P.ITEM_PAREN_CN.match(text)) and cn_number(m.group(2)) is not None:
        expected = ("paren_cn", cn_number(m.group(2)), m.group(1))
    elif (m := P.ITEM_CN_RUN_IN.match(text)) and cn_number(m.group(1)) is not None:
        expected = ("cn_dun", cn_number(m.group(1)), m.group(1) + "、")     # 一、 before a run-in lead
    mk = leading_marker(text)
    assert (mk and (mk.family, mk.ordinal, mk.marker)) == expected


@given(st.text(alphabet=st.sampled_from(list("王明记者：: ，“甲")), max_size=12))
def test_speaker_label_is_the_label_pattern(text):
    m = P.SPEAKER_LABEL.match(text)
    assert speaker_label(text) == (m.group(1) if m else None)
