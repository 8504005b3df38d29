"""Rule 6: wrapped lines become paragraphs, in all three line layouts, from the document's own statistics."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.reflow import blocks, display_width
from tests.shapes import P1, P2, P4, P6, page, wrapped


def texts(lines: list[str]) -> list[str]:
    return [b.text.replace(" ", "") for b in blocks(lines)]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("width", [17, 22, 30])
def test_wrapped_paragraphs_are_rejoined(width, blank_after_every_line):
    text = page([["县域经济高质量发展"], wrapped(P1, width), wrapped(P2, width), wrapped(P4, width)],
                blank_after_every_line)
    assert texts(text.split("\n")) == ["县域经济高质量发展", P1, P2, P4]


def test_one_paragraph_per_line_is_left_alone():
    lines = [P1, "", P2, "", "## 小标题", "", P4 + P6]
    assert texts(lines) == [P1, P2, "##小标题", P4 + P6]


def test_a_line_split_mid_sentence_in_web_text_is_joined():
    """A long line that stops mid-sentence, then a blank line: one paragraph split by accident."""
    head, tail = (P4 + P6)[:70], (P4 + P6)[70:]
    assert texts([P1, "", head, "", tail]) == [P1, P4 + P6]


def test_two_line_heading_and_byline_stay_separate_lines():
    lines = ["推动县域经济", "迈上新台阶", "王晓明 人民日报", *wrapped(P1, 20)]
    assert texts(lines) == ["推动县域经济", "迈上新台阶", "王晓明人民日报", P1]


def test_author_note_runs_to_its_closing_bracket():
    lines = [*wrapped(P1, 18), "（作者系某某大学经济学院", "教授）", "下一篇的标题"]
    assert texts(lines) == [P1, "（作者系某某大学经济学院教授）", "下一篇的标题"]


def test_pull_quote_runs_to_the_next_quote_or_blank_line():
    lines = ["■要坚持把发展", "经济的着力点放在", "实体经济上", "■要加快建设", "现代化产业体系", "", "小标题", *wrapped(P2, 18)]
    assert texts(lines) == ["■要坚持把发展经济的着力点放在实体经济上", "■要加快建设现代化产业体系", "小标题", P2]


def test_marked_heading_line_is_not_joined_to_its_text():
    lines = ["A 强基础，夯实发展底座", *wrapped(P1, 18)]
    assert texts(lines) == ["A强基础，夯实发展底座", P1]


def test_display_width_counts_ascii_as_half():
    assert display_width("数字 2025 年") == 5


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([P1, P2, P4, P6]), min_size=1, max_size=6), st.integers(14, 36), st.booleans())
def test_reflow_never_loses_or_adds_characters(paragraphs, width, blanks):
    text = page([wrapped(p, width) for p in paragraphs], blanks)
    joined = "".join(texts(text.split("\n")))
    assert joined == "".join(paragraphs)


def test_a_short_document_of_full_lines_is_still_rejoined():
    """Few lines, most ending a sentence: the full-width ones still continue."""
    lines = page([wrapped(P1, 39), wrapped(P2[:40] + "。", 39)]).split("\n")
    assert texts(lines) == [P1, P2[:40] + "。"]
