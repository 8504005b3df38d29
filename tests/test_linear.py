"""Issue 4, linear time: the segmenter on many markers / many sections. Slow (seconds), so they run
only with ZHPOLICY_SLOW_TESTS=1; benchmarks/adversarial.py measures the same shapes.

They guard two steps of flows/segment.py that were once quadratic:
- ArticleBuilder.add_measures finds where each item ends (the next marker of its grammar);
- ArticleBuilder.add_section numbers a section among its siblings.
"""
from __future__ import annotations

import os
import time

import pytest

from tests.hostile import PROSE, _numerals
from tests.shapes import tables

pytestmark = pytest.mark.skipif(not os.environ.get("ZHPOLICY_SLOW_TESTS"), reason="slow: ZHPOLICY_SLOW_TESTS=1")


def growth(make, n: int) -> float:
    """Time ratio of segmenting make(4n) and make(n): about 4 when linear, 16 when quadratic."""
    seconds = []
    for size in (n, 4 * n):
        text = make(size)
        started = time.perf_counter()
        tables(text)
        seconds.append(time.perf_counter() - started)
    return seconds[1] / seconds[0]


def test_inline_markers_of_one_paragraph_are_linear():
    assert growth(lambda n: "".join(f"{'①②③④⑤⑥⑦⑧⑨⑩'[i % 10]}做好{i}" for i in range(n)), 8000) < 7


def test_sections_of_one_article_are_linear():
    assert growth(lambda n: "\n".join(f"{_numerals(i % 99 + 1)}、标题{i}\n{PROSE}" for i in range(n)), 1500) < 7
