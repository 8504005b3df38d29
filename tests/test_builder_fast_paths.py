"""Fast paths of the segmenter equal the plain forms they replace (ids, space collapse, coverage counts, hints)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flows import patterns as P
from flows.ids import numbered_id, stable_id
from flows.measures import hinted_families
from flows.normalize import collapsed_spaces
from flows.segment import COLLAPSE_CHUNK_LINES, UNCOUNTED, collapsed_text, counted_chars

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


@given(st.text(alphabet=st.sampled_from(list("一二十两是要其第（()）①⑳019.．、。；：，甲 ")), max_size=16))
def test_hinted_families_is_every_hint(text):
    """The scan resumed after the first hint finds the hints of one full scan (look-behinds included)."""
    assert hinted_families(text) == {m.lastgroup for m in P.INLINE_MARKER_HINTS.finditer(text)}
