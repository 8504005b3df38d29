"""Units: the one-call prefilters of furniture, marked headings and stray marks let through every line their patterns match."""
from __future__ import annotations

import pytest

from flows import patterns as P
from flows.units import CAPTION, CREDIT, META, NOTE, QUOTE, SUBTITLE, furniture_kind, looks_like_heading

FURNITURE = (P.PULL_QUOTE, P.SUBTITLE, P.CAPTION, P.CREDIT_LINE, P.WEB_CHROME, P.AUTHOR_NOTE, P.ABSTRACT_LINE,
             P.KEYWORDS_LINE, P.SOURCE_DATE_LINE, P.DATE_ONLY_LINE, P.DOC_NUMBER_LINE)
MARKERS = (*(pattern for _family, pattern in P.SECTION_MARKERS), P.ITEM_ARABIC)
LINES = [
    "■要坚持把发展经济的着力点放在实体经济上", "——2024年1月18日在市人民代表大会上", "图1：产业布局", "表 2 主要指标",
    "（责任编辑：李四）", "编辑/王五", "（完）", "点击查看更多", "分享到微信", "（此件公开发布）", "（作者系某大学教授）",
    "【作者：张三】", "摘要：本文研究……", "KEYWORDS: policy", "关键词：县域经济", "来源：新华社", "发布日期：2024-01-02",
    "2024年1月18日", "（2024年1月18日）", "某政办发〔2024〕12号", "第一章 总则", "第二节 目标", "一、总体要求",
    "（三）加强保障", "A 强基础", "B．补短板", "12、顶层设计", "3）落实责任", "3.5亿元投资", "推进城乡融合发展，必须把县域作为重要切入点。",
    "县域经济高质量发展", "张三 李四", "", "？（一）", "十", "(完)",
]


@pytest.mark.parametrize("line", LINES)
def test_furniture_line_matches_where_a_furniture_pattern_does(line):
    assert bool(P.FURNITURE_LINE.match(line)) == any(p.match(line) for p in FURNITURE)


@pytest.mark.parametrize("line", LINES)
def test_marked_line_matches_where_a_marker_pattern_does(line):
    assert bool(P.MARKED_LINE.match(line)) == any(p.match(line) for p in MARKERS)


@pytest.mark.parametrize("line", [*LINES, "？一、总体要求", "■ 第一章 总则", "◆（一）加强保障", "●县域经济"])
def test_marked_or_furniture_line_matches_where_a_stray_mark_furniture_or_marker_does(line):
    expected = any(p.match(line) for p in (P.STRAY_BEFORE_HEADING, *FURNITURE, *MARKERS))
    assert bool(P.MARKED_OR_FURNITURE_LINE.match(line)) == expected


@pytest.mark.parametrize("line, kind", [
    ("■要坚持", QUOTE), ("——在大会上的讲话", SUBTITLE), ("图1：产业布局", CAPTION), ("编辑：李四", CREDIT),
    ("（完）", CREDIT), ("（作者系某大学教授）", NOTE), ("来源：新华社", META), ("2024年1月18日", META),
    ("推进城乡融合发展。", None),
])
def test_furniture_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("text, numbered, heading", [
    ("县域经济高质量发展", False, True), ("为什么要发展新质生产力？", True, True), ("为什么要发展新质生产力？", False, False),
    ("推进城乡融合发展。", False, False), ("推进城乡融合发展，", False, False), ("", False, False), ("长" * 41, False, False),
    ("长" * 41, True, True),
])
def test_looks_like_heading(text, numbered, heading):
    assert looks_like_heading(text, numbered) == heading
