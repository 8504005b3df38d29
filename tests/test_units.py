"""Units: the one-call prefilters of furniture, marked headings and stray marks let through every line their patterns
match; the cheap tests before them are derived from the patterns; unit() gives the units of the rules step by step."""
from __future__ import annotations

import re
from itertools import groupby

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import patterns as P
from flows.bylines import byline
from flows.reflow import Block
from flows.reflow import blocks as reflow_blocks
from flows.units import (BYLINE, CAPTION, CONTINUED, CREDIT, META, NOTE, NOTES, QUOTE, SUBTITLE, Unit, byline_unit, furniture_kind,
                         is_two_line_quote, looks_like_heading, markdown_unit, marked_heading, plain_text, plain_unit,
                         start_part, unit, units, without_debris)
from flows.units import ITEM, credits_note_byline, is_issue_line
from tests.shapes import P1, P2, P3, P4, P5, hung, page, tables, wrapped


from flows.units import (CAPTION, CONTENTS, CREDIT, FOLIO, META, NOTE, PARA, PROFILE, QUOTE, SUBTITLE, Unit, byline_unit,
                         furniture_kind, looks_like_heading, markdown_unit, marked_heading, plain_text, plain_unit,
                         start_part, unit, units, without_debris)

FURNITURE = (P.PULL_QUOTE, P.SUBTITLE, P.CAPTION, P.CREDIT_LINE, P.WEB_CHROME, P.AUTHOR_NOTE, P.ABSTRACT_LINE,
             P.KEYWORDS_LINE, P.SOURCE_DATE_LINE, P.DATE_ONLY_LINE, P.DOC_NUMBER_LINE)
MARKERS = (*(pattern for _family, pattern in P.SECTION_MARKERS), P.ITEM_ARABIC)
LINES = [
    "■要坚持把发展经济的着力点放在实体经济上", "——2024年1月18日在市人民代表大会上", "图1：产业布局", "表 2 主要指标",
    "（责任编辑：李四）", "编辑/王五", "（完）", "点击查看更多", "分享到微信", "（此件公开发布）", "（作者系某大学教授）",
    "【作者：张三】", "-END-", "摘要：本文研究……", "KEYWORDS: policy", "关键词：县域经济", "来源：新华社", "发布日期：2024-01-02",
    "2024年1月18日", "（2024年1月18日）", "某政办发〔2024〕12号", "第一章 总则", "第二节 目标", "一、总体要求",
    "（三）加强保障", "A 强基础", "B．补短板", "12、顶层设计", "3）落实责任", "3.5亿元投资", "推进城乡融合发展，必须把县域作为重要切入点。",
    "县域经济高质量发展", "张三 李四", "", "？（一）", "十", "(完)", "当前位置：首页 > 理论 > 正文", "您现在的位置：首页>新闻", "首页 > 理论 > 正文",
    "小字号", "大字号", "本文来源：求是网", "文章来源：人民网", "信息来源：市政府办公室", "作者：邵建华 来源：学习时报 时间：2024-11-06",
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
    ("■要坚持", QUOTE), ("——在大会上的讲话", SUBTITLE), ("图1：产业布局", CAPTION), ("编辑：李四", CREDIT), ("编辑 | 苏禾", CREDIT),
    ("排版｜林夏", CREDIT),
    ("图源：东川日报", CREDIT), ("图源 | 资料图", CREDIT), ("喜欢这篇文章，请点个在看吧", CREDIT),   # WeChat credits (qa152)
    ("图源丰富是本研究的特点。", None),
    ("（完）", CREDIT), ("（作者系某大学教授）", NOTE), ("来源：新华社", META), ("2024年1月18日", META),
    ("推进城乡融合发展。", None), ("当前位置：首页 > 理论 > 正文", CREDIT), ("您的位置：首页 > 评论", CREDIT),
    ("首页 > 理论评论 > 专家观点", CREDIT), ("首页>新闻中心>正文", CREDIT), ("首页建设的几点考虑", None),
    ("当前位置的选择很重要", None), ("本文来源：求是网", META), ("文章来源：人民网", META), ("本文来源于调研", None),
    # the page's address a reader app's export puts under the title (qa234)
    ("原文链接：https://www.example.cn/sh/2026-05/12/c_1024.html", META), ("原文地址: https://example.cn/a/1", META),
    ("原文链接里的说法并不准确。", None),
    # the label over readers' comments under a news page's article (qa234)
    ("网友评论", CREDIT), ("【精选留言】", CREDIT), ("热门评论：", CREDIT), ("网友评论显示，多数居民支持夜市延时。", None),
    ("作者：邵建华 来源：学习时报 时间：2024-11-06", META), ("作者：邵建华", None),
    ("图为某地智慧粮库。（资料图片）", CAPTION), ("图为工人在车间作业。新华社记者 张三 摄", CAPTION),
    ("图为例，可见其变化。后文再述。", None),
    ("——数字产业实力明显增强。培育营业收入超百亿元数字企业3家以上。", None),    # a plan's goal on a dash-led line
    ("——访四川省社科院研究员盛毅", SUBTITLE),
    # a plan's goal item ending with a semicolon is text, whatever full stop it lacks (qa162)
    ("——县级寄递物流中心实现全覆盖，快递进村比例达到90%以上；", None), ("——建成区域性冷链物流枢纽3个;", None),
    ("（2026年1月8日在青溪县第九届人民代表大会第三次会议上）", SUBTITLE),   # the occasion in brackets
    ("（2026年1月8日）", META),                     # a date alone is no subtitle
    ("2025/04/02 06:00", META), ("2025年3月18日 星期二", META), ("2025-04-02 15:20:08", META),    # web date lines
    ("2025年3月18日 星期二 多云", None),
    # a signature's date in Chinese numerals (qa38); a sentence opening with one is text
    ("二〇二五年五月九日", META), ("一九九八年十二月", META), ("二〇二五年五月九日，市政府召开常务会议。", None),
    # a page's links to its neighbours name their titles, however long (no width limit)
    ("上一篇：关于2025年第一季度全市消费市场运行情况的通报", CREDIT), ("下一篇：没有了", CREDIT),


    ("图片说明：3月10日，游客在古村落参观游览。 张三 摄", CAPTION), ("图说：工人在车间调试设备。", CAPTION),
    ("图片说明了问题的关键所在。", None),
    # a page's photos numbered by circled digits (qa240)
    ("图①：网格员在居民家中走访。", CAPTION), ("图③：村民在合作社分拣蔬菜。 本报记者 张三 摄", CAPTION),
    ("图①中的曲线说明增速放缓。", None),
    ("延伸阅读", CREDIT), ("【知识链接】", CREDIT), ("相关推荐", CREDIT), ("延伸阅读材料表明，改革仍需深化。" * 3, None),   # the label over a box
    ("新闻链接", CREDIT), ("【资料链接】", CREDIT), ("新闻链接起了政府和群众，也链接起了政策和民意。" * 2, None),
    # who gave the pictures; a bracketed aside that ends a sentence of text is none
    ("（本文图片由受访者提供）", CREDIT), ("（图片均由南岭市文旅局提供）", CREDIT), ("您当前的位置：首页 > 评论 > 时评", CREDIT),
    ("（图片由企业提供的数据显示，产量增长。）", None),
    # a disclaimer under a think tank's paper (qa33); a remark that only some speak for others is text
    ("（本报告仅代表研究团队观点，不代表本中心立场。）", CREDIT), ("（文章仅代表作者个人观点）", CREDIT),
    ("（仅代表少数人的意见并不能说明问题，还需要更多调研）。", None),
    # a government portal's labelled file fields over the document it publishes
    ("索引号：11330400MB1928374X/2025-00318　发布机构：滨海市人民政府办公室", META), ("发文日期：2025-08-26　文号：滨政办发〔2025〕41号", META),
    ("文号的编排规则由办公厅统一规定。", None),
    # an official document's distribution line under its text; a sentence about what is sent is text
    ("抄送：市委各部门，市人大常委会办公室，市政协办公室。", CREDIT), ("报送：省委、省政府主要领导同志", CREDIT),
    ("报送材料应当真实、完整。", None),
    # a WeChat article's picture source, its label over links to earlier articles, its closing prompt to like it
    ("图片来源：江城日报 资料图", CREDIT), ("往期推荐", CREDIT), ("往期回顾", CREDIT), ("喜欢就点个“在看”吧", CREDIT),
    ("往期推荐的项目均已落地。", None), ("喜欢读书的人越来越多。", None),
    ("点个“在看”，让更多人看到", CREDIT), ("点个在看，分享给更多朋友", CREDIT),   # the prompt without 喜欢 (session 21)
    # a paper's note on its authors or funding with its label in full-width square brackets (qa33)
    # (a front-matter field, like 作者简介：…; a bracketed note that is no such field stays a note)
    ("［作者简介］郑家豪，中山大学副教授。", META), ("【基金项目】广东省哲学社会科学规划项目", META), ("［作者系中山大学副教授］", NOTE),
    # an advertisement under its label after an article (qa38); text about advertising is none
    ("【推广】安居家装节6月20日开幕，老旧小区居民凭改造通知书可享整装八折优惠。", CREDIT), ("[广告]某品牌空调限时特惠", CREDIT),
    ("【商业推广】某银行推出养老理财产品", CREDIT), ("推广新型墙体材料，发展装配式建筑。", None), ("【推广应用】", None),
    # who hosted an interview, in brackets under it (qa42); a turn of the host is text
    ("（本期主持：顾清岚）", CREDIT), ("(主持人：林晓)", CREDIT), ("主持人：感谢两位嘉宾。", None),
    # a report's team named under its text, unbracketed (qa41); bracketed it is a note; a sentence about the team is text
    ("课题组组长：罗建平", CREDIT), ("课题组成员：田思远 程雨桐", CREDIT), ("课题负责人：罗建平", CREDIT),
    ("（课题组成员：田思远 程雨桐）", NOTE), ("课题组调研发现，医共体建设存在问题。", None),
    # a research report's cover fields on the commission it answers, as a paper's 基金项目：… (qa280); a sentence is text
    ("课题来源：东川省社会科学规划重点课题（DC26ZD04）", META), ("课题编号：DC26ZD04", META),
    ("课题承担单位：东川省社会科学院经济研究所", META), ("课题来源广泛，涵盖多个领域。", None),
    # a commentary page's call for submissions at its foot, alone or before the page's credits (qa78); a sentence
    # about submissions is text
    ("投稿邮箱：shiping@example.cn", CREDIT), ("来稿信箱：lun@example.com　本版编辑：方平　校对：吴一", CREDIT),
    ("本版投稿邮箱：xx@example.cn", CREDIT), ("投稿邮箱的使用率逐年提高。", None),
])
def test_furniture_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", ["课题来源：东川省社会科学规划重点课题（DC26ZD04）", "课题编号：DC26ZD04"])
def test_a_reports_commission_field_is_front_matter_as_a_unit(line):
    # (qa280) the unit's prefix test (MARKED_OR_FURNITURE_PARTS' initials) lets the line reach its field pattern
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == META


@pytest.mark.parametrize("middle, kind", [
    # (qa280) a cover field of any label between two field lines under the title: a field too
    ("承担单位：东川省社会科学院经济研究所", META), ("研究周期：2025年3月至2026年6月", META),
    # a sentence, or a line with no label, between them is text
    ("承担单位：东川省社会科学院经济研究所。", "para"), ("本报告由东川省社会科学院经济研究所承担", "para"),
])
def test_a_label_and_value_between_a_covers_field_lines_is_a_field(middle, kind):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    lines = ["# 县域商业体系建设研究报告", "", "课题来源：东川省社会科学规划重点课题（DC26ZD04）", "", middle, "",
             "完成时间：2026年9月", "", text, "", text]
    found = units(reflow_blocks(lines), markdown=True)
    assert [u.kind for u in found[1:4]] == [META, kind, META]


@pytest.mark.parametrize("text, numbered, heading", [
    ("县域经济高质量发展", False, True), ("为什么要发展新质生产力？", True, True), ("为什么要发展新质生产力？", False, False),
    ("推进城乡融合发展。", False, False), ("推进城乡融合发展，", False, False), ("", False, False), ("长" * 41, False, False),
    ("长" * 41, True, True),
])
def test_looks_like_heading(text, numbered, heading):
    assert looks_like_heading(text, numbered) == heading


# ---- the cheap tests that rule text out before a pattern is tried: derived from the patterns they guard

def opening_class(pattern: re.Pattern) -> re.Pattern:
    """A character class of every character a match of `pattern` can begin with (with its flags)."""
    from re import _constants as c, _parser

    from tests.test_reflow import first_characters
    chars, categories, empty = first_characters(_parser.parse(pattern.pattern))
    assert not empty and categories <= {c.CATEGORY_DIGIT, c.CATEGORY_SPACE}
    spelt = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s"}
    return re.compile(f"[{''.join(map(re.escape, sorted(chars)))}{''.join(spelt[k] for k in categories)}]",
                      pattern.flags)


# Every character (one scan of this string finds those a class matches).
EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def matched_characters(cls: re.Pattern) -> set[str]:
    return set(cls.findall(EVERY_CHARACTER))


@pytest.mark.parametrize("pattern", [P.STRAY_BEFORE_HEADING, *FURNITURE, *MARKERS])
def test_unit_mark_initial_has_every_first_character_of_the_marked_or_furniture_parts(pattern):
    """unit() tries MARKED_OR_FURNITURE_LINE only on text that begins with a UNIT_MARK_INITIAL or ends
    with DOC_NUMBER_END (case folding included: KEYWORDS_LINE is case-insensitive)."""
    if pattern is P.DOC_NUMBER_LINE:
        assert pattern.pattern.endswith(f"{P.DOC_NUMBER_END}$")      # told by its end, not its start
        return
    assert matched_characters(opening_class(pattern)) - matched_characters(P.UNIT_MARK_INITIAL) == set()


@pytest.mark.parametrize("patterns, initials", [
    ((P.MD_HEADING, P.MD_BOLD_LINE, P.SPEAKER_TURN), P.MARKDOWN_UNIT_INITIALS), ((P.MD_BULLET,), P.MD_BULLET_INITIALS),
    ((P.SUBTITLE,), P.SUBTITLE_INITIALS)])
def test_markdown_initials_have_every_first_character_of_their_patterns(patterns, initials):
    for pattern in patterns:
        assert matched_characters(opening_class(pattern)) <= set(initials)


def test_every_notes_heading_word_holds_a_notes_heading_character():
    words = re.search(r"\(\?:([^)]*)\)", P.NOTES_HEADING.pattern).group(1).split("|")
    assert len(words) > 3 and all(P.NOTES_HEADING_CHARACTER.search(w) for w in words)


@pytest.mark.parametrize("line", [*LINES, "？一、总体要求", "■ 第一章 总则", "某政办发〔2024〕12号", "一、某某〔2024〕12号"])
def test_start_part_is_the_first_part_that_matches(line):
    """MARKED_OR_FURNITURE_LINE's lastgroup names its first part that matches, so unit() may skip the ones before."""
    parts = [("stray", P.STRAY_BEFORE_HEADING), ("furniture", P.FURNITURE_LINE), *P.SECTION_MARKERS, ("item", P.ITEM_ARABIC)]
    assert start_part(line) == next((name for name, p in parts if p.match(line)), None)



# ---- sp28: start_part tries only the parts of MARKED_OR_FURNITURE_LINE a text's first character opens

def test_the_marked_or_furniture_parts_make_up_marked_or_furniture_line():
    """P.MARKED_OR_FURNITURE_PARTS are MARKED_OR_FURNITURE_LINE's parts in its order (furniture's pattern by pattern),
    each matching alone where it does as a part: no flags but those the part carries into the alternation."""
    from flows.patterns import _any_of
    furniture = [pattern for name, pattern, _ in P.MARKED_OR_FURNITURE_PARTS if name == "furniture"]
    assert P.FURNITURE_LINE.pattern == _any_of(*furniture).pattern
    others = [(name, pattern) for name, pattern, _ in P.MARKED_OR_FURNITURE_PARTS if name != "furniture"]
    assert others == [("stray", P.STRAY_BEFORE_HEADING), *P.SECTION_MARKERS, ("item", P.ITEM_ARABIC)]
    names = [name for name, _, _ in P.MARKED_OR_FURNITURE_PARTS]
    assert names.index("furniture") == 1 and names.count("furniture") == len(furniture)
    assert P.MARKED_OR_FURNITURE_LINE.pattern == "|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in [
        others[0], ("furniture", P.FURNITURE_LINE), *others[1:]])
    assert P.MARKED_OR_FURNITURE_LINE.flags == re.UNICODE
    assert all(pattern.flags == re.UNICODE for _, pattern in others)
    assert all(pattern.flags & ~re.IGNORECASE == re.UNICODE for pattern in furniture)   # (_any_of scopes its i)


def scoped_flags(items) -> int:
    """The flags any group of a parsed regex turns on (-1 if it refers back to a group)."""
    from re import _constants as c
    found = 0
    for op, av in items:
        if op is c.SUBPATTERN:
            found |= av[1] | scoped_flags(av[3])
        elif op is c.BRANCH:
            for alternative in av[1]:
                found |= scoped_flags(alternative)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            found |= scoped_flags(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found |= scoped_flags(av[1])
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            found = -1
    return found


@pytest.mark.parametrize("name, pattern, initials", P.MARKED_OR_FURNITURE_PARTS,
                         ids=[f"{i}-{name}" for i, (name, _, _) in enumerate(P.MARKED_OR_FURNITURE_PARTS)])
def test_each_marked_or_furniture_part_opens_only_with_its_initials(name, pattern, initials):
    """start_part does not try a part on text whose first character is not among the part's initials (derived from the
    part's pattern here, case folding included); DOC_NUMBER_LINE, whose matches open with almost any character, only
    on text whose last two characters hold DOC_NUMBER_END."""
    from re import _parser
    # (opening_class folds by the pattern's flags; a part alone numbers its groups from 1, as it does not in the whole)
    scoped = scoped_flags(_parser.parse(pattern.pattern))
    assert scoped != -1 and not scoped & re.IGNORECASE
    if initials is None:
        assert pattern is P.DOC_NUMBER_LINE and not pattern.flags & re.MULTILINE
        assert len(P.DOC_NUMBER_END) == 1 and pattern.pattern.endswith(f"{P.DOC_NUMBER_END}$")
        return
    assert initials.flags == pattern.flags
    assert matched_characters(opening_class(pattern)) - matched_characters(initials) == set()


@settings(max_examples=40, deadline=None)
@given(st.data())
@pytest.mark.parametrize("name, pattern, initials", P.MARKED_OR_FURNITURE_PARTS,
                         ids=[f"{i}-{name}" for i, (name, _, _) in enumerate(P.MARKED_OR_FURNITURE_PARTS)])
def test_a_marked_or_furniture_parts_matches_open_with_its_initials(name, pattern, initials, data):
    """(A check of the derivation above on matches hypothesis makes of the pattern.)"""
    text = data.draw(st.from_regex(pattern))
    if pattern.match(text):
        assert (initials.match(text[:1]) is not None if initials else P.DOC_NUMBER_END in text[-2:])


# Characters the parts open with or continue with, and some they do not (letters, CJK, spaces, the 号 of a 文号).
START_PART_ALPHABET = "（(【[一二十第章、．.。:：）)】]19０٣ 　\n■?？A-——图表K来源日期年月号〔〕〈2024作者摘要关键词编辑完点击中文"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=START_PART_ALPHABET, max_size=16))
def test_start_part_names_what_marked_or_furniture_line_matches_with(text):
    m = P.MARKED_OR_FURNITURE_LINE.match(text)
    assert start_part(text) == (m.lastgroup if m else None)


# ---- sp28: cheap tests before shaped_short_line's patterns

def test_working_paper_issue_lasts_are_what_its_pattern_matches():
    from flows.units import WORKING_PAPER_ISSUE_LASTS
    assert WORKING_PAPER_ISSUE_LASTS == matched_characters(P.WORKING_PAPER_ISSUE_LINE_LAST)


def test_a_word_character_is_what_str_isalnum_or_an_underscore_tells():
    """shaped_short_line tries ORNAMENT_LINE (no word character, \\w) only on text whose first character is neither
    alphanumeric (str.isalnum) nor _."""
    assert P.ORNAMENT_LINE.pattern == r"^[^\w]+$"
    assert matched_characters(re.compile(r"\w")) == {ch for ch in EVERY_CHARACTER if ch.isalnum() or ch == "_"}

def test_units_of_the_seeds_are_those_of_the_plain_rules():
    """unit() with its shortcuts (the prefilter, the first part that matches) gives the units of the rules
    spelt out one step after another, on the seed documents and the lines above, as plain text and Markdown."""
    from tests.test_reflow import seed_documents
    blocks = [b for lines in seed_documents() for b in reflow_blocks(lines)]
    blocks += [Block(t, 1, 20.0, 0, byline(t)) for t in [*LINES, "？一、总体要求", "■ 县域经济", "- 一、总体要求",
                                                          "**（一）加强保障**", "### 1. 破除壁垒", "一、某某〔2024〕12号",
                                                          "[^1]：按规模以上企业口径统计。"] if t]
    for markdown in (False, True):
        assert [unit(b, markdown) for b in blocks] == [stepwise_unit(b, markdown) for b in blocks]


@pytest.mark.parametrize("lines, kind", [
    (["■县域经济"], "plain"),                                           # a bullet before a heading line
    (["■银发经济是朝阳产", "业，要坚持有效市场", "和有为政府相结合"], QUOTE),    # a short quote wrapped in its column
    (["■ 夜间经济不只是延长营业时间，更要", "丰富消费场景"], QUOTE),          # two lines: a clause runs on (qa63)
    (["■ 湿地保护要守住生态底线，", "也要让公众走近自然"], QUOTE),          # ... ending its first line at the comma
    (["■ 以数字技术赋能", "县域商贸流通体系建设"], "plain"),              # a bulleted heading wrapped once
    (["■ 稳就业", "惠民生"], "plain"),                                  # two short phrases, no comma
])
def test_a_box_before_a_heading_line_is_a_bullet_before_wrapped_text_a_pull_quote(lines, kind):
    assert unit(Block("".join(lines), len(lines), 10.0, 0, None), False).kind == kind


@pytest.mark.parametrize("blocks, kinds", [
    # a two-line ■ block over a one-line heading over the text: a pull quote (qa67)
    ([("■算法不能成为压在骑手身上的“无形之手”", 2), ("织密保障网络", 1), (P1, 3)], [QUOTE, "plain", "para"]),
    # a bulleted heading wrapped once, right over its text: a heading still
    ([("■以数字技术赋能县域商贸流通体系建设", 2), (P1, 3)], ["plain", "para"]),
    # a bulleted one-line heading over its second line: a two-line heading still
    ([("■稳就业", 1), ("织密保障网络", 1), (P1, 3)], ["plain", "plain", "para"]),
    # a one-line ■ block across the whole column, its sentence running on through a comma: a pull quote (qa91)
    ([("■县域活则全局活，县域强则全省强", 1), ("织密保障网络", 1), (P1, 3)], [QUOTE, "plain", "para"]),
    # ... but a one-line ■ block short in its column is a bulleted heading, comma or not
    ([("■稳就业，保民生", 1), ("织密保障网络", 1), (P1, 3)], ["plain", "plain", "para"]),
    # ... and one across the column with no comma is a heading's line too
    ([("■以数字技术赋能县域商贸流通", 1), ("织密保障网络", 1), (P1, 3)], ["plain", "plain", "para"]),
])
def test_a_two_line_box_block_over_a_one_line_heading_is_a_pull_quote(blocks, kinds):
    found = units([Block(t, n, 16.0, 0, None) for t, n in blocks], markdown=False)
    assert [u.kind for u in found] == kinds
    assert found[0].text.startswith("■") is (kinds[0] == QUOTE)


@pytest.mark.parametrize("blocks, kinds", [
    # a name set one character at a time under the text's last sentence, over a note on the author: the byline (qa91)
    ([(P1, 3), ("邱 若 岚", 1), ("（作者单位：临川大学经济学院）", 1)], ["para", BYLINE, "note"]),
    ([(P1, 3), ("韦　明　哲", 1), ("（作者系西江省委党校教授）", 1)], ["para", BYLINE, "note"]),
    # ... not a letter-spaced line over text, nor one under a paragraph that ends no sentence
    ([(P1, 3), ("邱 若 岚", 1), (P2, 3)], ["para", "plain", "para"]),
    ([(P1[:-1], 3), ("邱 若 岚", 1), ("（作者单位：临川大学经济学院）", 1)], ["para", "plain", "note"]),
    # ... also under the title printed after the text, over the note (qa97)
    ([(P1, 3), ("建设人与自然和谐共生的", 1), ("美丽城市", 1), ("邱 若 岚", 1), ("（作者系临川大学教授）", 1)],
     ["para", "plain", "plain", BYLINE, "note"]),
    ([(P1, 3), ("以数字赋能激活乡村治理", 1), ("韦　明　哲", 1), ("（作者单位：西江省委党校）", 1)],
     ["para", "plain", BYLINE, "note"]),
    # ... or right under a paragraph itself letter-spaced, a piece set loose throughout, over the next piece (qa116)
    ([("河 湖 治 理 要 久 久 为 功 ， 久 久 为 功 方 见 成 效 。", 3), ("邱 若 岚", 1), (P2, 3)], ["para", BYLINE, "para"]),
    ([("让 旧 厂 房 变 成 新 空 间 ， 焕 发 新 的 活 力 ”。", 3), ("韦　明　哲", 1), (P2, 3)], ["para", BYLINE, "para"]),
    # ... not under an unspaced paragraph, nor one that ends no sentence
    ([(P1, 3), ("邱 若 岚", 1), (P2, 3)], ["para", "plain", "para"]),
    ([("河 湖 治 理 要 久 久 为 功 ， 久 久 为 功 方 见", 3), ("邱 若 岚", 1), (P2, 3)], ["plain", "plain", "para"]),
    # ... over the labelled affiliation set without brackets, the note's place on some pages (qa161)
    ([(P1, 3), ("以数字赋能激活乡村治理", 1), ("韦　明　哲", 1), ("作者单位：西江省委党校", 1), (P2, 3)],
     ["para", "plain", BYLINE, "affiliation", "para"]),
    # ... and under a box's source note closing the text over the end title (qa161)
    ([(P1, 3), ("（资料来源：《城乡统计年鉴》）", 1), ("以数字赋能激活乡村治理", 1), ("邱 若 岚", 1),
      ("（作者单位：临川大学经济学院）", 1)], ["para", "note", "plain", BYLINE, "note"]),
    # ... or under a solid paragraph's last sentence, over the next title and its text, or ending the page (qa179)
    ([(P1, 3), ("邱 若 岚", 1), ("让乡村振兴跑出加速度", 1), (P2, 3)], ["para", BYLINE, "plain", "para"]),
    ([(P1, 3), ("邱 若 岚", 1)], ["para", BYLINE]),
    # ... not a letter-spaced heading right over its text, nor under a paragraph that ends no sentence
    ([(P1[:-1], 3), ("邱 若 岚", 1), ("让乡村振兴跑出加速度", 1), (P2, 3)], ["para", "plain", "plain", "para"]),
])
def test_a_letter_spaced_three_character_name_over_an_author_note_signs_the_text(blocks, kinds):
    found = units([Block(t, n, 18.0, 0, None) for t, n in blocks], markdown=False)
    assert [u.kind for u in found] == kinds
    at = kinds.index(BYLINE) if BYLINE in kinds else None
    if at is not None:
        assert found[at].byline is not None and found[at].byline.authors == ("".join(blocks[at][0].split()),)


@pytest.mark.parametrize("text, plain", [
    ("| 整车产量（万辆） | 38.6 | 52.4 |", "整车产量（万辆） 38.6 52.4"),      # a table row: cells apart by spaces
    ("|**指标**|2024|", "指标 2024"),
])
def test_a_markdown_table_row_is_its_cells(text, plain):
    assert plain_text(text) == plain


@pytest.mark.parametrize("text, markdown, kind", [
    ("[^1]：产业规模按规模以上企业营业收入口径统计。", True, NOTES),     # a Markdown footnote's text: a note
    ("[^note]: 数据为初步统计结果。", True, NOTES),
    ("[1]：产业规模按规模以上企业营业收入口径统计。", True, "para"),      # no footnote syntax: text
])
def test_a_markdown_footnote_is_a_note(text, markdown, kind):
    assert unit(Block(text, 1, 20.0, 0, None), markdown).kind == kind


@pytest.mark.parametrize("text, kind", [
    (":::", CREDIT),                                  # a Taiwan page's accessibility anchor over its breadcrumb (qa89)
    ("：：：", CREDIT),
])
def test_a_taiwan_pages_accessibility_anchor_is_furniture(text, kind):
    assert unit(Block(text, 1, 20.0, 0, None), False).kind == kind


def stepwise_unit(block, markdown):
    """unit() as it was before its shortcuts: every step tried in turn (the reference)."""
    text = block.text.strip()
    marked = markdown or bool(P.MARKED_OR_FURNITURE_LINE.match(text))
    text, debris = without_debris(text) if marked else (text, None)
    base = (block.width, block.n_lines, debris)
    if markdown and P.MD_FOOTNOTE_TEXT.match(text):
        return Unit(NOTES, text, *base)
    if markdown and (u := markdown_unit(text, base)):
        return u
    text = plain_text(text) if markdown else text
    if u := byline_unit(block, text, base):
        return u
    if marked:
        if ((m := P.PULL_QUOTE.match(text)) and block.n_lines < P.PULL_QUOTE_MIN_LINES
                and looks_like_heading(text[m.end():].strip()) and not is_two_line_quote(text, block.n_lines)):
            base = (block.width, block.n_lines, (debris or "") + m.group(0))
            text = text[m.end():].strip()
        if kind := furniture_kind(text):
            return Unit(kind, text, *base)
        if P.MARKED_LINE.match(text) and (u := marked_heading(text, base)):
            return u
    return plain_unit(text, base, markdown)


# MD_EMPHASIS as it was spelt before its alternatives started with their literal: the reference.
LOOK_BEHIND_FIRST_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="*_` a中。\n1", max_size=14))
def test_md_emphasis_removes_what_its_look_behind_first_spelling_does(text):
    assert P.MD_EMPHASIS.sub("", text) == LOOK_BEHIND_FIRST_EMPHASIS.sub("", text)


@pytest.mark.parametrize("text, rest, debris", [
    ("?(一) 要素流动", "(一) 要素流动", "?"), ("？城市更新中历史街区的治理逻辑", "城市更新中历史街区的治理逻辑", "？"),
    ("■ 二、主要成效", "二、主要成效", "■"), ("■ 把论文写在大地上", "■ 把论文写在大地上", None),
    ("?3 结果与分析", "3 结果与分析", "?"), ("？2.1 研究方法", "2.1 研究方法", "？"),      # before a decimal heading (qa43)
    ("■ 3月以来", "■ 3月以来", None),                                                  # a box before a number: no debris
    ("?（2）专业知能不足", "（2）专业知能不足", "?"), ("？(1)业务繁杂", "(1)业务繁杂", "？"),   # before an item's (2) (qa99)
    ("■（2）专业知能不足", "■（2）专业知能不足", None),
])
def test_stray_marks_before_a_heading_or_title_are_debris(text, rest, debris):
    assert without_debris(text) == (rest, debris)


@pytest.mark.parametrize("line, kind, authors", [
    ("**某某研究中心“银发经济”课题组**", "byline", ("某某研究中心“银发经济”课题组",)),   # a byline set in bold
    ("**本报记者 张三**", "byline", ("张三",)),
    ("**县域经济高质量发展**", "heading", None),                                        # a bold heading stays one
    ("**延伸阅读**", "credit", None), ("**相关推荐**", "credit", None),                  # the label of a box, no heading
    ("**作者：** 韦嘉 蔡一鸣", "byline", ("韦嘉", "蔡一鸣")), ("**执笔:**冯晓岚", "byline", ("冯晓岚",)),  # a bold label: no turn
    ("**记者：** 下一步有什么打算？", "para", None),                                     # an interview's turn
])
def test_a_bold_byline_line_in_markdown_is_a_byline_not_a_heading(line, kind, authors):
    u = unit(Block(line, 1, 20.0, 0, byline(line)), markdown=True)
    assert (u.kind, u.byline.authors if u.byline else None) == (kind, authors)


@pytest.mark.parametrize("line, kind", [
    ("## ——湖滨花园二期盛大开盘", SUBTITLE),          # a subtitle under the title, set as a level-2 heading
    ("### —— 访某某研究院院长", SUBTITLE),
    ("## 补齐基础短板", "heading"),
])
def test_a_markdown_heading_that_opens_with_a_dash_is_a_subtitle(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=True).kind == kind


@pytest.mark.parametrize("line, kind, marker", [
    ("第一，壮大县域特色产业", "item", "第一，"),        # an ordinal item's own heading line
    ("第二、增强县城综合承载能力", "item", "第二、"),
    ("第一章 总则", "heading", "第一章"),
    ("（1）补齐产地设施", "item", "（1）"),              # a （1） item's own heading line, not an unmarked section
    ("(2)建强集配中心", "item", "(2)"),
    ("（1）支持农户建设冷库。", "para", None),
    ("第一，要壮大特色产业。", "para", None),            # a sentence, not a heading line
    ("第一条降低创业场地成本", "item", "第一条"),         # a 若干措施's article on its own heading line
    ("【第二条】给予一次性创业补贴", "item", "【第二条】"),   # so in brackets (a web page's)
    ("【坚持系统观念】", "plain", "【】"),                 # a bracketed heading, no article
    ("建议一：扩大补偿覆盖范围", "item", "建议一："),       # a brief's recommendation on its own heading line
])
def test_an_ordinal_item_heading_line_is_an_item_not_a_section(line, kind, marker):
    u = unit(Block(line, 1, 20.0, 0, byline(line)), markdown=False)
    assert (u.kind, u.marker) == (kind, marker)


@pytest.mark.parametrize("line, kind, marker", [
    ("一、完善社区商业网点", "heading", "一、"),
    ("二．提升服务功能", "heading", "二．"),              # a web page's dot after the numeral
    ("三。强化组织保障", "heading", "三。"),              # 三.强化… after rule 4
    ("一。下一步要加快推进网点建设，方便居民就近消费。", "para", None),    # no heading after it
])
def test_a_chinese_numeral_with_a_dot_marks_a_section_as_with_a_comma(line, kind, marker):
    u = unit(Block(line, 1, 20.0, 0, byline(line)), markdown=False)
    assert (u.kind, u.marker) == (kind, marker)


@pytest.mark.parametrize("line, kind", [
    ("原创 邵文杰 北岭党校 2025年09月12日 07:58 北岭", "meta"), ("北岭党校 2025-09-12 07:58", "meta"),
    ("2025年07月03日 18:30 江北", "meta"), ("2025-05-20 07:00 发表于湖南", "meta"),     # the date-led forms (qa85)
    ("▼", "credit"), ("✦ ✦ ✦", "credit"), ("👇", "credit"), ("[图片]", "caption"),     # separators, a picture's place
    ("图片", "caption"), ("视频", "caption"), ("图片显示，夜市人流明显增多。", "para"),   # unbracketed, as copied (qa234)
    ("以“人工智能+”赋能基层社会治理现代化", "plain"),
])
def test_a_wechat_head_line_is_front_matter_not_a_title(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("▼", "credit"), ("✦ ✦ ✦", "credit"), ("👇👇👇", "credit"), ("▽ ▽ ▽", "credit"),   # separators alone (qa218)
    ("▼ 扫码报名参加活动", "para"), ("2025年，全市新建社区食堂46家。", "para"),           # words: no separator
])
def test_a_wechat_separator_alone_in_markdown_is_chrome_as_in_plain_text(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=True).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("联系单位：东阳市农业农村局农村合作经济指导科", "para"), ("联系电话：0579-86631025", "para"),
    ("政策咨询电话：0571-12345", "para"), ("传真：0579-86631026", "para"),
    ("必由之路：中国式现代化关键在科技现代化", "plain"),
])
def test_a_contact_field_line_is_text_not_a_title_or_heading(line, kind):
    """A government page's contact lines end its text; read as headings, one before a closing byline
    became the article's title."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("市卫生健康委疾控处 罗 川 电话：0851-86812345", "para"), ("区商务局外贸科 孙晓雯 手机：13912345678", "para"),
    ("省农业农村厅计划财务处　吴　江　联系电话：027-87654321", "para"),
    ("区住房城乡建设局房地产市场科，联系电话：0771-5523418", "para"),     # office set off by a comma (qa284)
    ("县医保局待遇保障股,电话：0735-2218876", "para"),
    ("以“电话+网络”畅通民意渠道", "plain"), ("市卫生健康委 市财政局", "plain"),   # no phone field after a name
])
def test_a_second_contact_under_the_contact_line_is_text(line, kind):
    """A further contact set under a 联系人 line's value (its office, name, phone): read as a heading, it was taken for
    the signature over the notice's date and left the text (qa187)."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("责任单位：市民政局，各县（市、区）人民政府", "para"), ("牵头单位：市发展改革委", "para"),
    ("配合部门：市财政局、市人力资源社会保障局", "para"), ("（责任单位：市文化广电旅游局）", "para"),
    ("完成时限：2025年12月底前", "para"), ("时间节点：2026年6月", "para"),
    ("责任单位的职责划分", "plain"), ("实施主体多元化", "plain"),      # no field: a heading still
])
def test_a_plans_duty_field_line_is_text_not_a_heading(line, kind):
    """The line naming who carries out a plan's task (or by when), under the task: read as a heading, it
    opened a section in the middle of a list of measures (qa38)."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("head", [[], ["您现在的位置：首页 > 政策解读"], ["当前位置：首页 > 政务公开", "【字体：大 中 小】"]])
def test_an_asking_first_line_under_a_web_pages_chrome_is_its_title(head):
    title = "权威解答｜新一轮农机购置与应用补贴政策有哪些变化？"
    found = units(reflow_blocks([*head, title, "2025-03-18 16:40 来源：农业农村部网站", P1]), markdown=False)
    assert [u.kind for u in found if u.text == title] == ["plain"]


@pytest.mark.parametrize("lines, kinds", [
    # links under the label, then the page's chrome (or its end): chrome
    ([P1, "推荐阅读", "▶ 清河区第三批重点项目集中开工", "▶ 这份秋季文旅消费指南请收好！", "点击“阅读原文”查看政策全文"],
     ["para", "credit"]),
    ([P1, "相关推荐", "以文旅融合激活县域消费新动能", "加快培育银发旅游市场的思考"], ["para", "credit"]),
    # a box of further reading that goes on into text keeps its heading and text
    ([P1, "延伸阅读", "什么是新型储能", P2], ["para", "credit", "plain", "para"]),
    # linked titles with their dates on their lines, read as a publisher over a date (qa149): links all the same
    ([P1, "相关文章", "银发旅游市场的培育路径　2026-03-12", "以数字化赋能县域物流　2026-02-27"], ["para", "credit"]),
    ([P1, "相关阅读：", "银发旅游市场的培育路径 2026年3月12日", "“零工市场”让就业更便捷 2026-02-27"], ["para", "credit"]),
])
def test_the_links_under_a_label_of_further_reading_that_end_the_page_are_chrome(lines, kinds):
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=False)
    assert [kind for kind, _ in groupby(u.kind for u in found)] == kinds


@pytest.mark.parametrize("links", [
    ["图解：一图读懂北川市养老服务补贴新政", "北川市召开养老服务体系建设推进会"],     # a link read as chrome amid them
    ["北川市召开养老服务体系建设推进会"],
])
def test_a_writers_line_under_further_reading_at_the_page_end_closes_the_links(links):
    """(qa286) 作者：… under the links, only chrome after it: the last link is no title printed over that byline."""
    links = ["北川市人民政府关于印发《北川市养老服务体系建设三年行动方案（2026—2028年）》的通知", *links]
    found = units(reflow_blocks([P1, P2, "延伸阅读：", *links, "作者：柯明哲，北川大学公共管理学院教授", "编辑：许一帆"]),
                  markdown=False)
    assert [u.kind for u in found] == ["para", "para", "credit", *["credit"] * len(links), "byline", "credit"]


@pytest.mark.parametrize("lines, kinds", [
    # a government page's 相关解读 label alone over the links to the document's readings (qa187)
    ([P1, "相关解读：", "政策问答：秸秆还田补贴怎么申领？", "一图读懂秸秆综合利用三年行动"], ["para", "credit"]),
    ([P1, "相关政策解读", "专家解读：推动秸秆资源化利用迈上新台阶", "答记者问：秸秆禁烧有哪些新要求？"], ["para", "credit"]),
    # no such label: the lines stay the text's
    ([P1, "政策问答：秸秆还田补贴怎么申领？", P2], ["para"]),
])
def test_the_links_under_a_readings_label_that_end_the_page_are_chrome(lines, kinds):
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=False)
    assert [kind for kind, _ in groupby(u.kind for u in found)] == kinds


@pytest.mark.parametrize("line, markdown, kind, marker", [
    ("**① 做强冰雪装备制造**", True, "item", "①"),      # a bold ① item's own heading line, not a bold section
    ("**（2）提升场地运营水平**", True, "item", "（2）"),
    ("②提升场地运营水平", False, "item", "②"),
    ("**一、对策建议**", True, "heading", "一、"),
    ("**冰雪装备制造**", True, "heading", None),
])
def test_a_circled_or_bracketed_item_heading_line_is_an_item_also_in_bold(line, markdown, kind, marker):
    u = unit(Block(line, 1, 20.0, 0, None), markdown=markdown)
    assert (u.kind, u.marker) == (kind, marker)


@pytest.mark.parametrize("entry", [
    "[1]国家统计局.2024年统计年鉴[R].北京,2025.",           # ends in Latin punctuation: read as a short unended line
    "[2]王明.县域经济研究[J].经济研究,2021(3):4-18.",
    "（3）李华.城乡融合发展[M].北京:某某出版社,2022.",
    # unnumbered: by author and year (APA), with a document-type code, or with no Chinese (an English
    # reference, the paper's English title and abstract after its references)
    "林敬凯（2020）。日本地方创生政策之经验与启示。公共治理季刊，8(2),45-58。",
    "周海峰、吴 宁（2021）。社区营造的在地实践。都市与计划，48(3),211-236。",   # a name spaced by the PDF (qa278)
    "郭峰，王靖一。测度中国数字普惠金融发展[J].经济学（季刊），2020,19(4):1401-1418.",
    "Lipsky, M. (1980). Street-level bureaucracy. New York: Russell Sage Foundation.",
    "Impact of Digital Financial Inclusion on County Residents' Consumption",
])
def test_every_entry_under_a_references_heading_is_a_note(entry):
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in ["参考文献", entry, entry]], markdown=False)
    assert [u.kind for u in found] == [NOTES] * 3


@pytest.mark.parametrize("text, cited", [
    ("国际经验表明互认机制可以降低合规成本①。", True),
    ("国际经验表明互认机制可以降低合规成本。", False),     # nothing above cites ①: a numbered paragraph of the text
])
def test_a_cited_footnote_over_the_references_is_a_note(text, cited):
    lines = [text, "② 另见某某研究报告。", "① 参见某组织官方网站的相关介绍。", "参考文献", "[1]王明.县域经济研究[J].经济研究,2021(3):4-18."]
    found = units([Block(t, 1, 40.0, 0, None) for t in lines], markdown=False)
    assert [u.kind for u in found] == ["para", "para", NOTES if cited else "para", NOTES, NOTES]


@pytest.mark.parametrize("mark, cited", [
    ("¹", True),                     # a superscript mark serves as a circled one (qa107)
    ("²", True),
    ("³", False),                    # nothing above cites ³: a line of the text
])
def test_a_cited_superscript_footnote_over_the_references_is_a_note(mark, cited):
    lines = ["各地普遍建立了联席会议制度¹，并定期通报进展²。", mark + "根据某市发展改革委提供的资料整理。", "参考文献",
             "[1]王明.县域经济研究[J].经济研究,2021(3):4-18."]
    found = units([Block(t, 1, 40.0, 0, None) for t in lines], markdown=False)
    assert [u.kind for u in found] == ["para", NOTES if cited else "para", NOTES, NOTES]


def test_a_paragraph_after_the_references_is_no_entry():
    lines = ["参考文献", "[1]王明.县域经济研究[J].经济研究,2021(3):4-18.", "本文系某某基金项目的阶段性成果，感谢匿名审稿人的意见。"]
    found = units([Block(t, 1, 40.0, 0, None) for t in lines], markdown=False)
    assert [u.kind for u in found] == [NOTES, NOTES, "para"]


@pytest.mark.parametrize("line, heading", [
    ("新华社北京6月8日电　题：让政策红利更多惠及县乡消费者", "让政策红利更多惠及县乡消费者"),   # a wire commentary's title
    ("新华社乌鲁木齐9月2日电 题：守好边疆生态屏障", "守好边疆生态屏障"),
    ("一封来电 题外话", "一封来电 题外话"),                                                  # no 题： label
])
def test_a_wire_commentarys_title_follows_its_dateline(line, heading):
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).heading == heading


BULLET_A = "● 全市现有闲置或低效利用的老旧厂房约1,260万平方米，其中近四成位于轨道交通站点周边。"
BULLET_B = "● 用地性质转换和消防验收是制约改造推进的两大堵点。"
TEXT_LINE = "截至2024年底，全市累计启动老旧厂房改造项目58个，建成一批特色空间。"


@pytest.mark.parametrize("lines, kinds", [
    ([TEXT_LINE, BULLET_A, BULLET_B, TEXT_LINE], ["para"] * 4),      # a brief's 要点 box: a list, text
    ([TEXT_LINE, BULLET_A, TEXT_LINE, BULLET_B, TEXT_LINE], ["para", QUOTE, "para", QUOTE, "para"]),   # lone: pull quotes
])
def test_blocks_with_list_bullets_in_a_row_are_a_lists_items_not_pull_quotes(lines, kinds):
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in lines], markdown=False)
    assert [u.kind for u in found] == kinds
    assert all(not u.text.startswith("●") for u in found if u.kind == PARA)


@pytest.mark.parametrize("line, kind", [
    ("2025年第7期（总第39期） 2025年7月8日", META),     # a brief's issue and date: a masthead line, no title
    ("第12期 2025-07-08", META),
    ("第9期", META), ("2025年第9期（总第52期）", META),      # the issue alone, its date on the publisher's line
    ("研究报告 2025年第18期（总第226期）", META), ("决策参考 第9期", META),   # a report series' name first (qa41)
    ("发展报告 第一部分", "plain"),                       # a heading of a report's part, no issue
    ("第一期 改革再出发", "plain"),                       # a title that names its part
])
def test_a_briefs_issue_and_date_line_is_front_matter_not_a_title(line, kind):
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [("核心观点", "heading"), ("要点", "heading"), ("核心观点的形成", "plain")])
def test_the_label_of_a_briefs_key_points_box_is_a_heading_not_a_title_line(line, kind):
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("中国宏观经济研究院 2024-09-03", META), ("国研网 2024年9月3日 10:20", META),
    ("西川省社会科学院2025年11月5日", META),   # a brief's publisher and date (ends with 日): a masthead line, no title
    ("全省民营经济发展大会（2025年3月5日）", "plain"),   # a title that dates its meeting
])
def test_a_publisher_and_date_line_is_front_matter_not_a_title(line, kind):
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("本期嘉宾：杨慧敏 某大学建筑学院副教授、住房与社区研究所副所长", META),   # introduces the guest
    ("受访专家：王立新 省农业科学院农业信息研究所所长", META),
    ("嘉宾简介：孙立群，某研究院副院长", META),
    ("专家视角：县域经济何以突围", "plain"),                                # a heading with a colon
    ("老旧小区改造：从“改得好”到“管得好”", "plain"),
    ("对话嘉宾", META), ("访谈专家", META),                                    # the bare label over the guests
    ("对话嘉宾的三点共识", "plain"),
])
def test_a_line_that_introduces_an_interview_guest_is_front_matter_not_a_heading(line, kind):
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [("**对话嘉宾**", META), ("**本期嘉宾：杨慧敏 某大学教授**", META),
                                        ("**对话嘉宾的三点共识**", "heading")])
def test_a_bold_line_that_introduces_an_interview_guest_is_front_matter_not_a_heading(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


def test_guest_line_initials_hold_the_first_character_of_every_guest_line():
    words = ["本期", "受访", "访谈", "对话", "特邀", "做客", "嘉宾", "专家", "学者", "受访者"]
    assert all(P.GUEST_LINE.match(f"{w}：某某") or P.GUEST_LINE.match(f"{w}嘉宾：某某") for w in words)
    assert {w[0] for w in words} <= set(P.GUEST_LINE_INITIALS)


TURNS = ["主持人：赵教授，您认为当前科技企业融资面临的最大难题是什么？", "赵鹏飞：最大的难题在于风险与收益不匹配。",
         "主持人：怎样破解这一难题？", "赵鹏飞：需要多管齐下，发展耐心资本。"]


@pytest.mark.parametrize("line, kind", [
    ("主持人：感谢赵教授的精彩解读！", "para"),         # the host's closing turn over the byline: no title
    ("赵鹏飞：某大学财政金融学院教授、博士生导师", "para"),   # the guest's label over what the guest is
    ("科技金融：服务新质生产力的关键一招！", "plain"),      # a title with a colon: no speaker's label
])
def test_a_short_line_opening_with_a_speakers_label_is_a_turn_of_the_transcript(line, kind):
    lines = ["以科技金融服务新质生产力", *TURNS, line, "（记者 林晓 整理）"]
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in lines], markdown=False)
    assert found[len(TURNS) + 1].kind == kind


@pytest.mark.parametrize("line, kind", [("—5—", FOLIO), ("- 12 -", FOLIO), ("——5G网络", SUBTITLE), ("—— 2024年 ——", SUBTITLE)])
def test_a_page_number_line_is_page_furniture(line, kind):
    assert unit(Block(line, 1, 30.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [("序号 指标名称 2025年 2030年 属性", "para"), ("专栏1 主要指标", "plain")])
def test_a_table_head_row_is_text_not_a_title_or_heading(line, kind):
    assert unit(Block(line, 1, 30.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("lines, kinds", [
    # the fields over a roundtable's record: front matter, neither the title's second line nor a title
    (["长照十年：照顾人力缺口如何补上", "时间：2025年10月18日（星期六）下午2时", "地点：某某协会会议室"], ["plain", META, META]),
    (["时间都去哪儿了", "地点决定了成本"], ["plain", "plain"]),      # no field: a title's words
])
def test_a_meetings_time_and_place_are_fields_not_a_title(lines, kinds):
    text = "\n".join([*lines, "主持人：长照2.0上路已近十年，服务涵盖率提升不少，但第一线最常听到的抱怨还是找不到人。"])
    assert [u.kind for u in units(reflow_blocks(text.split("\n")), markdown=False)][:len(lines)] == kinds


def test_a_table_of_contents_and_its_heading_are_contents_not_sections():
    lines = ["目 录", "第一章 发展基础 ………………………… 1", "第二章 总体要求 ………………………… 3", "前 言",
             "乡村振兴是实现共同富裕的必由之路。"]
    found = units([Block(t, 1, 30.0, k, None) for k, t in enumerate(lines)], markdown=False)
    assert [u.kind for u in found] == [CONTENTS, CONTENTS, CONTENTS, "plain", "para"]


@pytest.mark.parametrize("line, kind", [
    ("4 评论 2025年4月16日 星期三", META),           # page number, column, date, weekday: a running head
    ("2025年4月16日 星期三 第4版 要闻", META),
    ("A4 要闻 2025年4月16日 周三", META),
    ("2025年4月16日召开全市稳就业工作会议", "plain"),   # a date without a weekday opens a title
])
def test_a_pages_running_head_is_front_matter_not_a_title(line, kind):
    assert unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("（下转第4版）", CONTINUED),         # the article goes on on another page: furniture
    ("（上接第一版）", CONTINUED),
    ("(转A3版)", CONTINUED),
    ("（紧接第2版）", CONTINUED),         # (qa131)
    ("（下转第4版，有删节）", "plain"),    # not only the note
    ("下转第6版", CONTINUED),             # the note set without brackets (qa193)
    ("上接第一版", CONTINUED),
    ("▶转B2版", CONTINUED),               # after a pointer mark
    ("下转第6版继续刊登读者来信", "plain"),   # a line going on after the note is no note
])
def test_a_note_that_the_article_goes_on_on_another_page_is_furniture(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("text, kind", [
    ("11月3日，宜昌市民在长江岸边的滨江公园健步。本报记者龚鑫摄", CAPTION),
    ("春耕时节，农机手在田间作业。通讯员王立新、陈华摄", CAPTION),
    ("无人机航拍让城市管理更精准。全市已完成三轮航拍摄", "para"),   # no credit word
    ("本报记者 严文彬 摄", CAPTION),            # the credit on a line of its own, under the caption
    ("通讯员 霍思琪、卜长庚 摄", CAPTION),
    ("陈静远 摄", CAPTION),                      # the photographer's name alone, a space before 摄
    ("用镜头记录乡村新变化 摄", "plain"),         # a heading that merely ends with 摄: no name before it
    ("航拍摄", "plain"),
])
def test_a_paragraph_that_ends_with_a_photo_credit_is_a_caption(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("questions, kinds", [
    (["企业开办时间为何越来越短？", "企业遇到困难找谁？"], ["plain", "plain"]),    # an explainer's subheadings
    (["原因何在？"], ["para"]),                                                   # a lone rhetorical question
    (["企业开办时间为何越来越短？", "问：企业遇到困难找谁？"], ["para", "para"]),   # a labelled turn is no heading
    (["【问】企业开办时间为何越来越短？", "【问】企业遇到困难找谁？"], ["para", "para"]),   # labelled in brackets (qa178)
    (["［问］企业开办时间为何越来越短？", "〔提问〕企业遇到困难找谁？"], ["para", "para"]),
    (["这是为什么？又该怎么办？", "为什么，又怎么办？"], ["para", "para"]),          # more than one clause
])
def test_a_series_of_short_question_lines_are_headings(questions, kinds):
    lines = ["某某新举措解读", "近日，市政府办公厅印发若干措施，推出30条具体举措。"]
    for q in questions:
        lines += [q, "企业开办已全面实现“零成本、一日办结”，办事群众感受明显。"]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found if u.text in questions] == kinds


@pytest.mark.parametrize("headings, kind", [
    (["租金成本居高不下", "出路究竟在哪里？", "政府应当怎样作为"], "plain"),   # one of a commentary's 小标题 asks
    (["出路究竟在哪里？"], "para"),                                           # a lone question of the text
    (["租金成本居高不下", "出路究竟在哪里？"], "para"),                         # one other heading makes no series
])
def test_a_question_line_among_unmarked_headings_is_one_of_them(headings, kind):
    lines = ["社区商业的新出路", "近年来，社区商铺空置率持续上升，不少小店经营困难。"]
    for h in headings:
        lines += [h, "商户普遍反映，客流减少而成本不降，利润空间被一再压缩。"]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found if u.text == "出路究竟在哪里？"] == [kind]


@pytest.mark.parametrize("last, names", [
    ("（江 帆）", ("江帆",)), ("（李斌 王强）", ("李斌", "王强")),
    # a news brief signed at its end names its reporters after their roles (qa32, session 10)
    ("（记者 何芷晴）", ("何芷晴",)), ("（记者 苗 青 通讯员 简 书）", ("苗青", "简书")),
    ("（资料图片）", None), ("（新华社）", None),     # (（完）: an end mark, no signature either, qa234)
    # a reader's letter: the place and what the reader is before the name, which alone signs it (qa67)
    ("（江西赣州 读者 龚海燕）", ("龚海燕",)), ("（湖北宜昌网友 甘露）", ("甘露",)), ("（江西赣州 读者来信）", None),
    # the paper's 本报 before the reporter's role (qa105); a commentator's piece names no one
    ("（本报记者　柯 岚）", ("柯岚",)), ("（本报记者 温雅婷 通讯员 陆 川）", ("温雅婷", "陆川")), ("（本报评论员文章）", None),
    # a pen name with no surname, set letter-spaced as a signature is (qa228); an aside set solid, or 待续, is none
    ("（秋　枫）", ("秋枫",)), ("（晓 风 月）", ("晓风月",)), ("（待 续）", None), ("（下略）", None),
])
def test_a_name_in_brackets_after_the_last_sentence_is_a_signature_note(last, names):
    text = "减证便民，是为了让群众少跑腿，而不是让证明变得随意。只有把权责理清楚，便民才能真正便到群众心坎上。"
    found = units(reflow_blocks([text + last]), markdown=False)
    if names is None:
        assert [u.text for u in found] == [text + last]
    else:
        assert [(u.kind, u.text, u.byline and u.byline.authors) for u in found] == [
            ("para", text, None), (NOTE, last, names)]


@pytest.mark.parametrize("over, dateline, names", [
    ("新能源汽车下乡活动启动", "本报讯（记者 程 昊 通讯员 陶 然）", ("程昊", "陶然")),
    ("新能源汽车下乡活动启动", "本报北京5月18日电（记者 杜明轩）", ("杜明轩",)),
    ("新能源汽车下乡活动启动", "〔记者林彦彤／台北报导〕", ("林彦彤",)),     # a Taiwan paper's byline in brackets
    ("新能源汽车下乡活动启动", "【记者郭采薇／高雄报导】", ("郭采薇",)),     # or in lenticular ones (qa235)
    ("新能源汽车下乡活动启动", "【记者郭采薇、施柏宇／综合报导】", ("郭采薇", "施柏宇")),
    ("新能源汽车下乡活动启动", "（中央社记者张雅婷台北20日电）", ("张雅婷",)),   # a wire agency's: the place after the name
    ("新能源汽车下乡活动启动", "（中央社记者王真台中5日电）", ("王真",)),
    ("新能源汽车下乡活动启动", "（新华社）", None),          # no reporter named
    ("新能源汽车下乡活动启动", "晚报讯（记者 程 昊 通讯员 陶 然）", ("程昊", "陶然")),   # an evening paper's (qa146)
    ("新能源汽车下乡活动启动", "晨报讯（记者 杜明轩）", ("杜明轩",)),       # a morning paper's
    ("新能源汽车下乡活动启动", "南湖日报讯（记者 程 昊 通讯员 陶 然）", ("程昊", "陶然")),   # the paper named (qa183)
    ("新能源汽车下乡活动启动", "江城晚报讯（记者 杜明轩 唐若溪）", ("杜明轩", "唐若溪")),
    ("新能源汽车下乡活动启动", "据南湖日报报道（记者 杜明轩）", None),    # a report cited: no dateline
    # a Hong Kong paper's: the reporters after the bracketed 本报讯, before 报道 (qa203)
    ("新能源汽车下乡活动启动", "【本报讯】记者杜明轩、唐若溪报道：", ("杜明轩", "唐若溪")),
    ("新能源汽车下乡活动启动", "【本报讯】记者 程昊 报道：", ("程昊",)),
    # the reporters in round brackets after the bracketed 本报讯 (qa207)
    ("新能源汽车下乡活动启动", "【本报讯】（记者杜明轩）", ("杜明轩",)),
    ("新能源汽车下乡活动启动", "【本报讯】(记者 程昊、唐若溪)", ("程昊", "唐若溪")),
    ("本报记者 杜明轩", "本报讯（记者 杜明轩）", None),     # signed over the paragraph already
])
def test_a_news_items_dateline_naming_its_reporters_is_its_byline(over, dateline, names):
    text = "5月18日，全省新能源汽车下乡活动在南湖市启动，组织30余家车企的80余款车型走进乡镇，活动将持续至10月底。"
    found = units(reflow_blocks([over, dateline + text]), markdown=False)
    if names is None:
        assert found[-1].text == dateline + text
    else:
        assert [(u.kind, u.text, u.byline and u.byline.authors) for u in found[1:]] == [
            ("byline", dateline, names), ("para", text, None)]


@pytest.mark.parametrize("dateline", ["本报讯 ", "【本报讯】", "本报南陵11月2日讯 ", "晚报讯 ", "南湖都市报讯 "])
def test_a_news_items_dateline_naming_no_one_still_opens_the_item(dateline):
    # (qa32, session 10) the item is signed at its end or not at all: its dateline, no text, parts it from the
    # article before it all the same, as a byline naming no one
    text = "5月18日，全省新能源汽车下乡活动在南湖市启动，组织30余家车企的80余款车型走进乡镇，活动将持续至10月底。"
    found = units(reflow_blocks(["新能源汽车下乡活动启动", dateline + text]), markdown=False)
    assert [(u.kind, u.text, u.byline and u.byline.authors) for u in found[1:]] == [
        ("byline", dateline.strip(), ()), ("para", text, None)]


@pytest.mark.parametrize("label, markdown", [
    ("嘉宾简介", False), ("【人物简介】", False), ("**受访专家简介**", True), ("专家介绍：", False),
    # (qa280) the label letter-spaced, as a PDF page's box heading comes out
    ("专 家 简 介", False), ("作 者 简 介", False), ("嘉 宾 介 绍", True),
])
def test_a_profile_label_and_the_paragraph_under_it_are_a_box_not_a_section_or_text(label, markdown):
    bio = "方立群，农学博士，研究员，省农业科学院院长，长期从事作物栽培与耕地保育研究。"
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks([label, "", bio, "", text]), markdown=markdown)
    assert [u.kind for u in found] == [PROFILE, PROFILE, "para"]


@pytest.mark.parametrize("under, kinds", [
    # (qa68) a profile label over one line of the guest's name and post, no sentence: the box on the guest
    ("邵清和 江北发展研究院研究员", [PROFILE, PROFILE, "para"]),
    ("欧阳蕙 东海师范大学副教授", [PROFILE, PROFILE, "para"]),
    # a line of the text under the label, not the guest's name and post: the label is left as it was
    ("今年以来全市新增托位超过三千个", ["para", "para", "para"]),
])
def test_a_profile_label_over_the_guests_name_and_post_is_a_box_not_text(under, kinds):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks(["专家简介", "", under, "", text]), markdown=True)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("markdown", [True, False])
@pytest.mark.parametrize("bio, kinds", [
    # (qa133) the box is the label, the guest's name and post, and the biography that opens with the guest's name:
    # in Markdown and in plain text alike (the docstring of with_profiles; plain text left the box as text before)
    ("邵清和，经济学博士，研究员，长期从事区域经济与产业政策研究。", [PROFILE, PROFILE, PROFILE, "para"]),
    ("邵清和 经济学博士，研究员，长期从事区域经济与产业政策研究。", [PROFILE, PROFILE, PROFILE, "para"]),
    # text under the name line that does not open with the guest's name and a comma is the interview's
    ("邵清和表示，今年以来全市新增托位超过三千个，普惠托育覆盖面持续扩大。", [PROFILE, PROFILE, "para", "para"]),
    ("记者：今年以来全市新增托位超过三千个，普惠托育还有哪些短板？", [PROFILE, PROFILE, "para", "para"]),
])
def test_a_profile_boxs_biography_under_the_name_line_is_in_the_box(bio, kinds, markdown):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks(["专家简介", "", "邵清和 江北发展研究院研究员", "", bio, "", text]), markdown=markdown)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("guest", ["**邵清和**", "邵清和", "**邵清和** 江北发展研究院研究员", "邵清和（江北发展研究院研究员）"])
def test_a_guests_line_of_any_shape_over_a_biography_opening_with_that_name_is_in_the_profile_box(guest):
    # (qa133) under ## 嘉宾简介, the guest's line read alone as a byline, a bold speaker's label or a name, over the
    # biography that opens with the same name: the box of three, no author and no turn
    bio = "邵清和，经济学博士，研究员，长期从事区域经济与产业政策研究。"
    found = units(reflow_blocks(["# 标题", "", "本报记者 钟文", "", "## 嘉宾简介", "", guest, "", bio, "", P1]), markdown=True)
    assert [u.kind for u in found[2:]] == [PROFILE, PROFILE, PROFILE, "para"]
    assert [u.byline for u in found[2:5]] == [None] * 3


@pytest.mark.parametrize("markdown", [True, False])
@pytest.mark.parametrize("line", ["嘉宾简介：邵清和 江北发展研究院研究员", "【嘉宾简介】邵清和 江北发展研究院研究员",
                                  "本期嘉宾：邵清和 江北发展研究院研究员"])
def test_a_biography_under_a_labelled_guest_line_opening_with_the_guests_name_is_in_the_box(line, markdown):
    # (qa133) the labelled line names the guest; the paragraph under it that opens with that name is the biography
    bio = "邵清和，经济学博士，研究员，长期从事区域经济与产业政策研究。"
    found = units(reflow_blocks([line, "", bio, "", P1, "", "记者：" + P2]), markdown=markdown)
    assert [u.kind for u in found[1:]] == [PROFILE, "para", "para"]


@pytest.mark.parametrize("role", ["记者", "主持人", "问"])
def test_a_lone_role_line_over_each_question_labels_the_turn_not_a_heading(role):
    # (qa133) a plain-text interview sets the interviewer's label on a line of its own over each question, as it sets
    # the guest's name over each answer: the label opens the question, which is a paragraph, not a heading
    lines = ["临川推进老旧小区改造已有三年，目前进展如何？", "欧阳蕙", P1, role, "居民最关心的加装电梯问题怎么解决？", "欧阳蕙", P2]
    found = units(reflow_blocks(["　　" + x if x not in (role, "欧阳蕙") else x for x in [P1, role, *lines]]), markdown=False)
    questions = [u for u in found if u.text.startswith(role + "：")]
    assert len(questions) == 2 and all(u.kind == "para" and u.speaker == role for u in questions)
    assert "heading" not in [u.kind for u in found]


def test_bold_speaker_lines_over_each_turn_of_a_markdown_interview_label_the_turns():
    # (qa133) **记者** / the question / **欧阳蕙** / the answer, two times or more: turns' labels, not sections or a byline
    lines = ["# 让老旧小区改出新活力", "", "本报记者 韩知秋", ""]
    for question, answer in [("临川推进老旧小区改造已有三年，目前进展如何？", P1), ("居民最关心的加装电梯问题怎么解决？", P2)]:
        lines += ["**记者**", "", question, "", "**欧阳蕙**", "", answer, ""]
    found = units(reflow_blocks(lines), markdown=True)
    assert [u.speaker for u in found if u.speaker] == ["记者", "欧阳蕙", "记者", "欧阳蕙"]
    assert [u.kind for u in found if u.text in ("记者", "欧阳蕙")] == []


@pytest.mark.parametrize("markdown", [False, True])
def test_a_speakers_label_with_its_colon_alone_over_each_turn_opens_the_turn(markdown):
    # (qa133) 记者： / the question / 欧阳蕙： / the answer, each label on a line of its own: the label opens the words
    lines = []
    for question, answer in [("临川推进老旧小区改造已有三年，目前进展如何？", P1), ("居民最关心的加装电梯问题怎么解决？", P2)]:
        lines += ["记者：", question, "欧阳蕙：", answer]
    found = units(reflow_blocks([x for line in lines for x in (line, "")] if markdown else lines), markdown=markdown)
    assert [(u.kind, u.speaker) for u in found] == [("para", "记者"), ("para", "欧阳蕙")] * 2
    assert found[0].text == "记者：临川推进老旧小区改造已有三年，目前进展如何？"


@pytest.mark.parametrize("labels, joined", [
    # (qa270) each guest of a Markdown roundtable speaks once under a lone bold label naming the guest's post in brackets:
    # the labels set alike, two or more, open the words under them, as a label said twice does
    (["**钟离岚（西州大学法学院教授）：**", "**贺明（省发展研究中心研究员）：**"], True),
    (["**钟离岚（西州大学法学院教授）：**", "**贺明(省发展研究中心研究员):**"], True),
    # one such line alone, brackets holding a sentence, or plain text (a brief's experts over their views) are left
    (["**钟离岚（西州大学法学院教授）：**"], False),
    (["**钟离岚（据本人介绍，略有删节）：**", "**贺明（据本人介绍，略有删节）：**"], False),
    (["钟离岚（西州大学法学院教授）：", "贺明（省发展研究中心研究员）："], False),
])
def test_guests_labels_with_their_posts_alone_over_each_turn_open_the_turns(labels, joined):
    markdown = labels[0].startswith("**")
    lines = [x for label, answer in zip(labels, [P1, P2]) for x in (label, answer)]
    found = units(reflow_blocks([x for line in lines for x in (line, "")] if markdown else lines), markdown=markdown)
    opened = [u for u in found if u.kind == "para" and u.text.startswith(("钟离岚", "贺明"))
              and u.text.endswith(("。", "？", "！"))]
    assert (len(opened) == len(labels)) == joined


def test_a_lone_role_line_used_once_is_left_as_it_was():
    found = units(reflow_blocks(["　　" + P1, "记者", "　　居民最关心的加装电梯问题怎么解决？", "　　" + P2]), markdown=False)
    assert not any(u.text.startswith("记者：") for u in found)


@pytest.mark.parametrize("line, credit", [
    # (qa68) the body that supplied a piece's text or pictures, alone on a line under it: credit, no paragraph
    ("江岭茶业集团供稿", True),
    ("（北湖区融媒体中心供图）", True),
    # a sentence that says so, or a line naming no body, is no credit line
    ("相关图片由北湖区融媒体中心供图。", False),
    ("供稿", False),
])
def test_a_contributors_line_under_a_piece_is_credit_not_text(line, credit):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks([text, "", line]), markdown=False)
    assert found[0].kind == "para" and (found[1].kind == CREDIT) == credit


@pytest.mark.parametrize("line, markdown, kind", [
    ("受访者简介：许文龙，某大学都市计划学系教授，曾任都市更新审议委员。", False, PROFILE),
    ("**嘉宾介绍：** 方立群，农学博士，研究员，长期从事作物栽培研究。", True, PROFILE),
    ("作者简介：许文龙，某大学都市计划学系教授。", False, META),            # a paper's front matter
    ("受访者普遍认为，简化审批流程是当务之急，应尽快推进。", False, "para"),
    # (qa75) a guest label, the guest's name and posts in one paragraph
    ("受访专家：韩立川，某大学公共管理学院教授，某研究会副会长。", True, PROFILE),
    ("本期嘉宾：欧阳蕙（某师范大学副教授）长期研究学前教育政策。", False, PROFILE),
    ("**嘉宾:** 我认为首先要把规划做实,其次要把资金用好.", True, "para"),   # a bare label opens a turn
    ("受访专家普遍认为，简化审批流程是当务之急，应尽快推进。", False, "para"),
    # (qa183) a label naming the guest's role alone
    ("访谈对象：岑立行，省交通运输厅党组成员、副厅长，分管综合运输工作。", False, PROFILE),
    ("受访者：岑立行（省交通运输厅副厅长），长期从事农村公路建设管理。", True, PROFILE),
    ("访谈对象的选择很重要，要兼顾城市和农村的不同情况。", False, "para"),
])
def test_a_labelled_profile_paragraph_is_a_box_not_text(line, markdown, kind):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks([line, "", text]), markdown=markdown)
    assert [u.kind for u in found] == [kind, "para"]


@pytest.mark.parametrize("label", ["与谈人：", "出席嘉宾", "与会嘉宾：", "对话人：", "对谈人"])   # (对话人, 对谈人: qa250)
def test_a_roundtables_guest_list_is_a_box_not_headings_or_text(label):
    guests = ["陈秀玲　某居家服务协会理事长", "林冠宇　某大学卫生福利研究所副教授"]
    text = "主持人：长照2.0上路已近十年，服务涵盖率提升不少，但第一线最常听到的抱怨还是找不到人。"
    found = units(reflow_blocks([label, *guests, text]), markdown=False)
    assert [u.kind for u in found] == [PROFILE, PROFILE, PROFILE, "para"]


@pytest.mark.parametrize("label", ["嘉宾:", "本期嘉宾：", "对话嘉宾"])
def test_a_markdown_guest_list_under_a_bare_label_is_a_box_not_text(label):
    # (in Markdown the short guest lines are one-line paragraphs, not plain lines)
    guests = ["杜若衡 省人力资源研究院副院长", "包晓雯 南湖大学法学院教授"]
    text = "主持人：新就业形态劳动者权益保障，首先绕不开劳动关系认定问题。现在的难点在哪里？"
    found = units(reflow_blocks([label, "", *sum(([g, ""] for g in guests), []), "## 劳动关系认定仍是难点", "", text]),
                  markdown=True)
    assert [u.kind for u in found] == [PROFILE, PROFILE, PROFILE, "heading", "para"]


@pytest.mark.parametrize("label, guests, boxed", [
    ("## 嘉宾简介", ["- **任嘉禾**：某数据研究中心主任，研究员", "- **邵明哲**：某大学公共管理学院教授"], True),
    ("**嘉宾简介**", ["- 卢静怡 省商务厅流通发展处处长", "- 宁浩然 某农业大学经济管理学院副院长"], True),
    # one name line is the box on the one guest (with_profiles, qa68); a byline under it is no guest
    ("**嘉宾简介**", ["卢静怡 省商务厅流通发展处处长"], True),
    ("专家简介", ["卢静怡 省商务厅流通发展处处长", "本报记者 钟文"], False),
])
def test_a_profile_label_over_a_list_of_guests_is_a_box_not_a_section_or_text(label, guests, boxed):
    text = "主持人：新就业形态劳动者权益保障，首先绕不开劳动关系认定问题。现在的难点在哪里？"
    found = units(reflow_blocks([label, "", *sum(([g, ""] for g in guests), []), text]), markdown=True)
    if boxed:
        assert [u.kind for u in found] == [PROFILE] * (1 + len(guests)) + ["para"]
    else:
        assert [u.kind for u in found[:-1]] == [PROFILE, PROFILE, "byline"]


@pytest.mark.parametrize("line, markdown, kind", [
    ("广告", False, CREDIT), ("【推广】", False, CREDIT), ("推广：", True, CREDIT), ("**推广**", True, CREDIT),
    ("> **推广** 某某好物节正在进行，200余款农特产品限时包邮。", True, CREDIT),
    ("**推广**：某某好物节正在进行，200余款农特产品限时包邮。", True, CREDIT),
    ("推广城乡融合发展的先进经验，形成可复制可推广的制度成果。", True, "para"),
    ("**推广应用**", True, "heading"),
    ("**活动推广**", True, CREDIT), ("【合作推广】", False, CREDIT), ("**活动推广成效**", True, "heading"),   # qa49
])
def test_an_advertisement_label_is_furniture_not_a_heading_or_text(line, markdown, kind):
    found = units(reflow_blocks(["# 标题" if markdown else "标题", "", P1, "", line, "", P2]), markdown=markdown)
    assert found[2].kind == kind


@pytest.mark.parametrize("line, kind", [
    ("访谈现场。（摄影：何 川）", CAPTION), ("签约仪式现场（记者 张三 摄）", CAPTION), ("座谈会现场（图：李明）", CAPTION),
    ("全市完成固定资产投资120亿元（同比增长5%）", "para"), ("（本期主持：顾清岚）", CREDIT),   # no photo credit
    ("▲游客在湿地公园观鸟。（资料图片）", CAPTION),      # the file-photo label as the credit (qa86)
    ("游客在湿地公园观鸟。（图片由某县文旅局提供）", CAPTION),   # who gave the photo (qa146)
    ("（图片由某县文旅局提供）", CREDIT),                   # the note alone: a credit, as before
])
def test_a_short_line_closed_by_a_bracketed_photo_credit_is_a_caption(line, kind):
    found = units(reflow_blocks(["# 标题", "", line, "", P1]), markdown=True)
    assert found[1].kind == kind


@pytest.mark.parametrize("line, kind", [
    ("**嘉宾**：钱立衡，省科技成果转化促进中心主任", META), ("**受访专家**：林小舟 某大学教授", META),
    ("**专家**：这个问题要分两方面看。一方面，要加快立法。", "para"),    # a turn of the interview
])
def test_a_markdown_guest_line_with_its_label_in_bold_is_front_matter_not_text(line, kind):
    found = units(reflow_blocks(["# 标题", "", line, "", P1]), markdown=True)
    assert found[1].kind == kind


@pytest.mark.parametrize("lines", [
    ["专家建议", "", "要坚持系统观念，加强规划引领，注重分类施策。"],     # a heading that opens with a profile word
    # (a profile label over one name-and-post line is the box in plain text too: with_profiles, qa133)
])
def test_no_profile_box_without_its_label_and_a_paragraph_of_sentences(lines):
    assert PROFILE not in [u.kind for u in units(reflow_blocks(lines), markdown=False)]


@pytest.mark.parametrize("line, kind", [
    ("人民网>>观点>>人民网评", CREDIT), ("新华网 » 时政 » 正文", CREDIT),
    ("增长率>5%", "plain"), ("甲>乙", "plain"),      # one step: no trail
    ("某某网 > 评论频道", CREDIT), ("光明网»时评", CREDIT),    # two steps of Han words (qa59)
    ("GDP增速>5%", "plain"),
    ("南川网 | 首页 > 评论 > 时评", CREDIT), ("南川网｜首页＞理论＞正文", CREDIT),   # the site's name, a bar, the trail (qa78)
    ("甲 | 乙>5%", "plain"),
])
def test_a_breadcrumb_trail_led_by_the_sites_name_is_furniture_not_a_title(line, kind):
    title = "以绣花功夫推进城市精细化管理"
    found = units(reflow_blocks([line, title, "城市管理应该像绣花一样精细，城市发展正在从增量扩张转向存量提质。"]),
                  markdown=False)
    assert found[0].kind == kind


@pytest.mark.parametrize("line, kind, marker, heading", [
    ("壹、前言", "heading", "壹、", "前言"),            # Taiwan's top-level parts: formal numerals (after t2s)
    ("贰、大学退场的现况与挑战", "heading", "贰、", "大学退场的现况与挑战"),
    ("参、政策建议", "heading", "参、", "政策建议"),
    ("叁、政策建议", "heading", "叁、", "政策建议"),
    ("拾、结语", "heading", "拾、", "结语"),
    ("参加会议的代表共有三百余人", "plain", None, "参加会议的代表共有三百余人"),   # 参 opening a word: no marker
])
def test_a_heading_numbered_with_a_formal_numeral_is_a_marked_heading(line, kind, marker, heading):
    u = unit(Block(line, 1, 20.0, 0, byline(line)), markdown=False)
    assert (u.kind, u.marker, u.heading) == (kind, marker, heading)


OPINION_HEAD = ["江宁省人力资源和社会保障厅 江宁省财政厅", "关于进一步加强技能人才培养促进高质量充分就业的实施意见", "江人社发〔2025〕21号",
                "各设区市人力资源社会保障局、财政局：",
                "为深入实施就业优先战略，加快建设一支规模宏大、结构合理、技艺精湛的技能人才队伍，根据国家有关部署，结合我省实际，提出如下实施意见。",
                "到2027年，全省技能人才总量达到1050万人，其中高技能人才占比达到33%以上，每年开展补贴性职业技能培训60万人次以上。"]


@pytest.mark.parametrize("first, kind", [
    (OPINION_HEAD[:2], "plain"),                           # the issuers over 关于…的实施意见: one title in two lines
    (["省财政厅近日印发关于补贴资金拨付的实施意见，", "要求各地加快资金拨付进度。"], "para"),  # a sentence: no title
])
def test_an_official_title_wrapped_under_its_issuers_is_the_first_title(first, kind):
    found = units(reflow_blocks([*first, *OPINION_HEAD[2:]]), markdown=False)
    assert found[0].kind == kind


@pytest.mark.parametrize("line, kind", [
    ("作者单位：华中科技大学管理学院", "affiliation"),      # a theory page's labelled affiliation, no brackets
    ("（作者单位：某市委党校）", "affiliation"),            # bracketed, between a title block's byline and text (qa71)
])
def test_a_labelled_affiliation_line_under_a_byline_is_a_block_of_its_own(line, kind):
    # No blank lines and a line as wide as the column: the label alone keeps the next paragraph off it.
    found = units(reflow_blocks(["以数智化转型", "推动制造业高质量发展", "□ 欧阳明远", line,
                                 "县域是城乡融合发展的重要切入点。近年", "来，各地加快推进县域商业体系建设。"]),
                  markdown=False)
    assert [u.kind for u in found[2:]] == ["byline", kind, "para"]


@pytest.mark.parametrize("lines, kind", [
    (["【推动制造业数智化转型，", "要坚持应用牵引、场景驱动，", "让人工智能走进车间】"], QUOTE),   # a boxed call-out, wrapped
    (["【完善县域商业体系，要以", "县城为中心、打通城乡双向", "流通渠道】"], QUOTE),             # short enough for a heading
    (["【坚持系统观念，增强改革的整体性】"], "plain"),                                        # a heading in brackets
    (["【作者：某大学经济学院副教授、", "某研究中心首席专家】"], NOTE),                        # an author note
])
def test_a_bracketed_block_wrapped_over_lines_is_a_pull_quote_a_bracketed_line_a_heading(lines, kind):
    assert unit(Block("".join(lines), len(lines), 14.0, 0, None), False).kind == kind


@pytest.mark.parametrize("line, kind, marker, heading, family", [
    ("1引言", "heading", "1", "引言", "decimal1"),     # a paper's decimal numbers (space gone once normalised)
    ("2.1文献综述", "heading", "2.1", "文献综述", "decimal2"),
    ("2.2.1流动性约束渠道", "heading", "2.2.1", "流动性约束渠道", "decimal3"),
    ("2.1.文献综述", "heading", "2.1.", "文献综述", "decimal2"),       # with a point after the number
    ("1.缓解信贷约束", "item", "1.", "缓解信贷约束", "arabic"),          # an item's own heading line
    ("01钢铁行业超低排放改造", "item", "01", "钢铁行业超低排放改造", "arabic"),   # a box's project, not a section
    ("12月5日上午", "plain", None, "12月5日上午", None),                  # a date, not a number of a section
    ("3.5亿元投资", "plain", None, "3.5亿元投资", None),                  # a quantity
    ("4评论2025年4月16日星期三", "meta", None, "4评论2025年4月16日星期三", None),    # a page's running head
])
def test_a_decimal_section_number_opens_a_heading_one_level_per_depth(line, kind, marker, heading, family):
    u = unit(Block(line, 1, 20.0, 0, byline(line)), markdown=False)
    assert (u.kind, u.marker, u.heading or u.text, u.family if u.marker else None) == (kind, marker, heading, family)


def test_a_papers_english_title_authors_and_abstract_over_its_english_keywords_are_front_matter():
    lines = ["关键词：县域经济；城乡融合", "Impact of Digital Finance on County Consumption", "ZHOU Wenbo1,2, XU Jianing1",
             "Abstract: Using county-level panel data, this paper finds that digital finance promotes consumption.",
             "Key words: digital finance; county consumption", "1引言", "县域是城乡融合发展的关键纽带。"]
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in lines], markdown=False)
    assert [u.kind for u in found] == ["keywords", *["English front matter"] * 3, "keywords", "heading", "para"]


@pytest.mark.parametrize("line, kind", [
    ("全国人大代表、香港房屋政策研究会主席", "affiliation"),   # a Hong Kong writer's public posts under the byline
    ("坚持规划先行", "plain"),                                 # a heading: no post
])
def test_a_line_of_public_posts_under_a_byline_is_the_writers_affiliation_not_a_heading(line, kind):
    found = units(reflow_blocks(["堵塞漏洞 完善劏房规管", "", "■ 黄国华", "", line, "",
                                 "政府早前通过条例，为劏房设定最低居住标准。条例实施后，预计约有10万个单位需要改善。"]),
                  markdown=False)
    assert [u.kind for u in found[1:]] == ["byline", kind, "para"]


@pytest.mark.parametrize("lines, kinds", [
    # the page's number and name on their own line under (or over) its running head: furniture (qa24, session 10)
    (["人民日报 2026年8月14日 星期五", "2 要闻", "多地加快推进管网改造"], ["meta", "credit", "plain"]),
    (["07 思想者", "中国青年报 2026年10月9日 星期五", "多地加快推进管网改造"], ["credit", "meta", "plain"]),
    # a paper's decimal heading, with no running head beside it, stays a section
    (["2 研究方法", "多地加快推进管网改造"], ["heading", "plain"]),
    # the head split over three lines, the page's number and name each alone, under or over the date (qa73)
    (["2026年9月3日 星期四", "第5版", "经济·观察", "多地加快推进管网改造"], ["meta", "credit", "credit", "plain"]),
    (["时评·观点", "A5版", "2026年9月3日 星期四", "多地加快推进管网改造"], ["credit", "credit", "meta", "plain"]),
    # a name with no page number beside it may be the first title: left
    (["2026年9月3日 星期四", "经济观察", "多地加快推进管网改造"], ["meta", "plain", "plain"]),
])
def test_a_page_number_and_name_beside_the_running_head_are_furniture(lines, kinds):
    found = units([Block(t, 1, 20.0, 0, byline(t)) for t in [*lines, P1]], markdown=False)
    assert [u.kind for u in found[:-1]] == kinds


@pytest.mark.parametrize("line, kind", [
    # a commentary's signature on a line of its own under its last paragraph: a note naming the author (qa24, session 10)
    ("（闻 溪）", NOTE), ("（欧阳明远）", NOTE),
    ("（完）", CREDIT), ("（上）", "plain"),               # a bracketed word that names no one stays what it was
    # a pen name set letter-spaced, no surname needed (session 13)
    ("（ 言 之 ）", NOTE), ("（言 之）", NOTE), ("（闻 之 思）", NOTE),
    ("（ 待 续 ）", "plain"), ("（言之）", "plain"),     # furniture; an unspaced word is no typeset name
    # the paper's own commentator signs so too, a byline naming no one (qa183)
    ("（本报评论员）", NOTE), ("（本刊特约评论员）", NOTE),
])
def test_a_signature_in_brackets_on_a_line_under_the_text_signs_it(line, kind):
    found = units([Block(t, 1, 20.0, 0, byline(t)) for t in ["读懂“统一”二字的分量", P1, line]], markdown=False)
    assert found[-1].kind == kind
    if kind == NOTE:
        assert found[-1].byline.authors == ("".join(line[1:-1].split()),)


@pytest.mark.parametrize("caption, credit, kinds", [
    # a news photo's caption opening with its day, over its credit on a line of its own (qa24, session 10)
    ("9月27日，江宁大学举办秋季双选会，毕业生在展位前咨询。", "中青报·中青网记者 简 宁/摄", [CAPTION, CAPTION]),
    ("9月27日，江宁大学举办秋季双选会，毕业生在展位前咨询。", "本报记者 严文彬 摄", [CAPTION, CAPTION]),
    ("9月27日，江宁大学举办秋季双选会。", "简宁／摄", [CAPTION, CAPTION]),
    ("10月3日晚，市民在滨江公园观看灯光秀。", "本报记者 严文彬 摄", [CAPTION, CAPTION]),     # the day's time named (qa143)
    ("10月3日上午，志愿者在社区为老人义诊。", "本报记者 严文彬 摄", [CAPTION, CAPTION]),
    # a paragraph opening with a day, under which no credit stands, stays text
    ("9月27日，江宁大学举办秋季双选会，毕业生在展位前咨询。", "有人在观望中焦虑", ["para", "plain"]),
])
def test_a_line_opening_with_a_day_over_a_photo_credit_is_the_caption(caption, credit, kinds):
    found = units([Block(t, 1, 30.0, 0, byline(t)) for t in [P1, caption, credit, P2]], markdown=False)
    assert [u.kind for u in found[1:3]] == kinds


@pytest.mark.parametrize("label, kind", [
    ("核心观点", CREDIT),            # the label of a box of key points over its ◆ lines: furniture like the box
    ("【核心阅读】", CREDIT),
    ("县域经济的基础条件", "plain"),   # a heading over a pull quote stays one
])
def test_the_label_over_a_box_of_key_points_is_furniture(label, kind):
    found = units(reflow_blocks(["推动县域经济高质量发展", "□ 柳文澜 方启航", label,
                                 "◆县域经济是国民经济的基本", "单元，是城乡融合发展的关键", "支撑",
                                 "◆要坚持特色立县、产业强县，", "把县域资源优势转化为发展胜", "势",
                                 "县域强则省域强，县域活则全盘活。党的", "二十大报告提出，推进以县城为重要载体", "的城镇化建设。"]),
                  markdown=False)
    assert [u.kind for u in found[2:]] == [kind, QUOTE, QUOTE, "para"]


@pytest.mark.parametrize("lines, kinds", [
    # a Hong Kong journal's institution and post, then the author's e-mail, unbracketed under the name
    (["香港城市大学公共及国际事务学系助理教授", "电邮：kayan.leung@cityu.example.hk"], ["affiliation", "affiliation"]),
    (["台湾大学公共事务研究所副教授"], ["affiliation"]),
    (["电邮：kayan.leung@cityu.example.hk"], ["plain"]),      # an address with no affiliation over it: not read so
])
def test_an_institution_and_post_under_a_papers_byline_and_the_email_under_it_are_its_affiliation(lines, kinds):
    found = units(reflow_blocks(["过渡性房屋政策的成效与局限", "梁嘉欣", *lines, "收稿日期：2024年3月12日",
                                 "摘要：香港公营房屋轮候时间长期高企，大量基层家庭居于不适切居所。", "一、引言",
                                 "房屋问题是香港最受关注的社会议题之一。截至2023年底，一般公屋申请者的平均轮候时间为5.6年。"]),
                  markdown=False)
    assert [u.kind for u in found[1:2 + len(lines)]] == ["byline", *kinds]


@pytest.mark.parametrize("line, kind", [
    ("李明华等：长三角城市群科技创新协同发展的空间格局与推进机制", "credit"),   # an odd page's running head (qa33)
    ("欧阳晓峰等: 数字普惠金融的减贫效应", "credit"),
    ("等待中的机遇：县域消费新图景", "plain"),          # 等 opens a heading
    ("李明华等：研究表明，协同网络日趋紧密。", "para"),  # a sentence, no running head
])
def test_a_journal_running_head_of_authors_and_title_is_furniture_not_a_heading(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("不用抽 不用抢 现在用APP看新闻 保证天天中奖 点我下载APP 按我看活动办法", "credit"),   # a news site's app prompt (qa37)
    ("下载 App 看新闻 每日好礼 立即领取", "credit"),
    ("善用APP服务群众", "plain"),                 # a heading naming an app: no phrases apart by spaces
    ("香港社会科学学报 第62期", "meta"),           # a journal's running head amid a paper's text (qa37)
    ("香港社会科学学报 第62期（2025年春/夏季） 页88-112", "meta"),
    ("·46·  中国行政管理 2025年第2期", "meta"), ("36   学术前沿 2025.03（上）", "meta"),   # a journal page's running head (qa43)
    ("农业经济问题  2024年第6期", "meta"),
    ("（本文责任编辑：李 静）", "credit"), ("（责任编辑：王 岩）", "credit"),                 # the journal's editor (qa43)
    ("2.1.1 DEA模型", "heading"), ("5G网络建设", "plain"),            # a decimal heading opening with a Latin word (qa43)
])
def test_app_prompts_and_journal_running_heads_are_no_headings(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("打开江淮日报APP，阅读体验更佳", "credit"),       # a news site's app prompt as one sentence (qa149)
    ("下载青川新闻客户端，看更多深度报道", "credit"),
    ("打开APP阅读全文", "credit"),
    ("点击下载东岭观察App", "credit"),
    ("打开“皖事通”APP，进入社保专区即可办理。", "para"),    # a citizen's instruction names an app: no prompt
    ("用好政务服务APP", "plain"),                     # a heading naming an app
])
def test_an_app_prompt_sentence_is_chrome_not_a_title_line(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("first, credit, kinds", [
    # a caption wrapped in the photo's column: its first line (图为…) stops mid-sentence over the rest and credit (qa35)
    ("图为江口县农业技术人员在高标准农田项目区查看秧苗", "长势。 本报记者 邓晓川 摄", [CAPTION, CAPTION]),
    # a caption whole on its line over a credit on its own line: the first line ends its sentence, no wrap (as before)
    ("图为江口县农业技术人员在田间查看秧苗长势。", "本报记者 邓晓川 摄", [CAPTION, CAPTION]),
    # a heading that does not open a caption stays one over a caption
    ("建设高标准农田", "长势。 本报记者 邓晓川 摄", ["plain", CAPTION]),
])
def test_the_first_line_of_a_wrapped_caption_is_the_caption(first, credit, kinds):
    found = units([Block(t, 1, 20.0, 0, byline(t)) for t in [P1, first, credit, P2]], markdown=False)
    assert [u.kind for u in found[1:3]] == kinds


@pytest.mark.parametrize("line, kind, heading", [
    ("1、支持经营主体稳岗扩岗：", "item", "支持经营主体稳岗扩岗"),     # a heading that leads into the text under it (qa41)
    ("（2）挖掘新业态就业潜力：", "item", "挖掘新业态就业潜力"), ("②挖掘新业态就业潜力：", "item", "挖掘新业态就业潜力"),
    ("第一，挖掘新业态就业潜力：", "item", "挖掘新业态就业潜力"),
    ("1、具体包括：一是扩岗，二是提技：", None, None),               # a clause before the colon: an inline item's text
])
def test_a_numbered_heading_line_may_end_with_a_colon_that_leads_into_its_text(line, kind, heading):
    u = unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False)
    assert (u.kind == "item" and u.heading) == (kind == "item" and heading)


# ---- qa49: a bold guest label over a name and post; a Markdown pull quote ----
@pytest.mark.parametrize("line, kind", [
    ("**受访者:** 柯敏达,某师范大学教育政策研究中心主任", META),
    ("**嘉宾:**庞晓岚 某市规划设计研究院总工程师", META),
    ("**专家:**这个问题要分两方面看,一方面要看到成效.", "para"),
    ("**嘉宾:**我同意刚才的看法", "para"),
    ("**问:**试点推开以后有什么变化?", "para"),
])
def test_a_bold_guest_label_over_a_name_and_post_is_the_guest_line(line, kind):
    """**受访者:** then a name and the guest's post introduces the guest (front matter), not a turn of the dialogue;
    under the same label, a turn says something (qa49)."""
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


@pytest.mark.parametrize("line, kind", [
    ('> "社区食堂要办得下去,关键是让老人吃得起、食堂赚得回."', QUOTE),
    ("> “把好事办好，比把好事办成更难。”", QUOTE),
    ("> 社区食堂今年新增180家,覆盖全市六成以上的街道.", "para"),
    ('> 他说:"要让老人吃得起."此后各区陆续跟进.', "para"),
])
def test_a_markdown_blockquote_that_is_one_quotation_is_a_pull_quote(line, kind):
    """> "…" alone: the pull quote set off from an interview (its sentence is in the text), residue; a quoted
    standfirst or a quote inside a sentence stays text (qa49)."""
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


@pytest.mark.parametrize("line", ["主办单位：某市人民政府办公室　网站标识码：3301000099", "网站标识码：4401000021",
                                  "相关文件：", "【相关政策】"])
def test_a_government_site_footer_and_related_links_label_are_chrome(line):
    """A government site's footer and the label over its links to other documents are chrome, no text (qa49)."""
    assert furniture_kind(line) == CREDIT


@pytest.mark.parametrize("line", ["相关文件明确了补贴标准和申报流程。", "主办单位要落实安全责任。"])
def test_a_sentence_opening_with_such_words_is_no_chrome(line):
    assert furniture_kind(line) is None


def test_a_bold_group_label_is_a_byline_not_a_turn():
    """**课题组:** 某研究院某中心 under a brief's title is its byline, not a turn of someone called 课题组 (qa49)."""
    u = unit(Block("**课题组:** 西岭大学区域发展研究院", 1, 40.0, 0, None), markdown=True)
    assert u.kind == "byline" and u.byline.authors == ("西岭大学区域发展研究院",)


# ---- qa48: affiliations one a line under names that carry superscript numbers ----
@pytest.mark.parametrize("byline_line, lines, kinds", [
    ("高文静¹* 罗子恒²", ["¹江东大学公共管理学院副教授，江东 东川 310001", "²南岭师范大学社会学系博士研究生"],
     ["affiliation", "affiliation"]),
    ("高文静¹ 罗子恒²", ["¹江东大学公共管理学院"], ["affiliation"]),
    ("高文静¹ 罗子恒²", ["¹²³⁴⁵"], ["plain"]),                  # no institution named: not read so
])
def test_affiliation_lines_opened_by_superscript_numbers_under_a_byline_are_its_affiliations(byline_line, lines, kinds):
    found = units(reflow_blocks(["城市社区养老服务供给的协同机制", byline_line, *lines,
                                 "摘要：人口老龄化持续加深，社区养老服务需求快速增长。", "一、引言",
                                 "社区是养老服务的重要依托。截至2024年底，全市已建成社区养老服务中心120家。"]),
                  markdown=False)
    assert [u.kind for u in found[1:2 + len(lines)]] == ["byline", *kinds]


# ---- qa47: a notes label with its first entry on one line

@pytest.mark.parametrize("text, is_notes", [
    ("注释：①国家统计局：《第七次全国人口普查公报》，2021年5月11日。", True),
    ("参考文献：[1]王明.县域经济高质量发展研究[J].经济学报,2023(4).", True),
    ("【注释】（1）《马克思恩格斯文集》第1卷，人民出版社2009年版，第10页。", True),
    ("注：1.本表数据来源于统计年鉴。", False),                  # a table's note amid the text
    ("注重发挥县城对周边乡村的辐射带动作用。", False),
])
def test_a_notes_label_with_its_first_entry_on_the_line_is_a_notes_unit(text, is_notes):
    from flows.units import NOTES
    found = units(reflow_blocks([*wrapped_lines(P1), text]), False)
    assert (found[-1].kind == NOTES) is is_notes


def wrapped_lines(paragraph: str, width: int = 20) -> list[str]:
    return [paragraph[k:k + width] for k in range(0, len(paragraph), width)]


# ---- qa50: papers numbered 1. / 2.1 / 3.2.1 ----
def headings_and_items(lines: list[str]) -> list[tuple[str, str | None, str | None]]:
    found = units(reflow_blocks(lines), markdown=False)
    return [(u.kind, u.marker, u.family) for u in found if u.kind in ("heading", "item")]


PAPER_HEAD = ["县域公共文化服务的供给效率研究", "摘要：本文考察县域公共文化服务的供给效率。"]
BODY = "县域公共文化服务是基层治理的重要内容，近年来投入持续增加。"


@pytest.mark.parametrize("lines, want", [
    # 1. over 2.1: the paper's chapters, also the ones with no subsection under them (1., 3.)
    (["1. 绪论", BODY, "2. 现状分析", "2.1 设施建设", BODY, "2.2 人员配备", BODY, "3. 结论", BODY],
     [("heading", "1.", "decimal1"), ("heading", "2.", "decimal1"), ("heading", "2.1", "decimal2"),
      ("heading", "2.2", "decimal2"), ("heading", "3.", "decimal1")]),
    # a list restarting at 1 inside a chapter, with no 1.1 under its 1.: items
    (["1. 绪论", BODY, "2. 对策", "2.1 总体思路", BODY, "1. 加大财政投入", BODY, "2. 充实基层队伍", BODY],
     [("heading", "1.", "decimal1"), ("heading", "2.", "decimal1"), ("heading", "2.1", "decimal2"),
      ("item", "1.", "arabic"), ("item", "2.", "arabic")]),
    # no decimal heading in the paper: 1. 2. stay items
    (["一、对策建议", "1. 加大财政投入", BODY, "2. 充实基层队伍", BODY],
     [("heading", "一、", "cn"), ("item", "1.", "arabic"), ("item", "2.", "arabic")]),
    # a decimal number under another number (3.1 under 2.) does not make 2. a chapter
    (["1. 加大财政投入", BODY, "2. 充实基层队伍", BODY, "3.1 设施建设", BODY],
     [("item", "1.", "arabic"), ("item", "2.", "arabic"), ("heading", "3.1", "decimal2")]),
])
def test_dotted_numbers_over_decimal_headings_are_chapters_and_a_list_inside_stays_items(lines, want):
    assert headings_and_items([*PAPER_HEAD, *lines]) == want


@pytest.mark.parametrize("line, heading", [
    ("2.1 养老2.0时期", "养老2.0时期"),                       # a number inside a word
    ("4.2 2021年以后的变化", "2021年以后的变化"),             # a year before words, under a number of two levels
    ("2.1 2016—2020年的试点阶段", "2016—2020年的试点阶段"),
    ("3.1 DID模型", "DID模型"),
])
def test_a_decimal_heading_may_hold_a_number(line, heading):
    u = marked_heading(line, (20.0, 1, None))
    assert u is not None and u.kind == "heading" and u.heading == heading


@pytest.mark.parametrize("line", [
    "1 文化站 标准用房20平方米 县文旅局",       # a table's row: cells apart by spaces, a number among them
    "2 覆盖率 86.5 91.2",                       # numbers apart by spaces
    "3 2025年6月18日",                          # a page number over a date
    "2 覆盖率达到96.5%",                        # ends with a number's %
    "4.2 2021",                                 # a year alone
])
def test_a_line_of_numbers_or_cells_is_no_decimal_heading(line):
    assert dict(P.SECTION_MARKERS)["decimal"].match(line) is None


@pytest.mark.parametrize("lines, want", [
    # 3.1 人员… / 3.2 分析…: the word after the number opens like a unit (人, 分), in a paper with other 3.x headings
    (["1 绪论", BODY, "2 研究设计", "2.1 样本选择", BODY, "2.2 分析框架", BODY, "3 结果", "3.1 人员结构", BODY, "3.2 分布特征", BODY],
     ["1", "2", "2.1", "2.2", "3", "3.1", "3.2"]),
])
def test_a_decimal_heading_opening_with_a_unit_word_is_one_in_a_decimally_numbered_paper(lines, want):
    assert [m for _k, m, _f in headings_and_items([*PAPER_HEAD, *lines])] == want


def test_a_unit_word_after_a_decimal_number_is_a_quantity_without_decimal_headings():
    """3.1人次 in a document numbered otherwise is no heading (the unit test of the decimal pattern holds)."""
    assert headings_and_items([*PAPER_HEAD, "一、总体情况", "3.1人次", BODY]) == [("heading", "一、", "cn")]


# ---- qa51: a page's number and name over its first title ----
@pytest.mark.parametrize("line, furniture", [
    ("第5版：理论", True), ("第A3版：评论", True), ("05版：经济周刊", True), ("第12版·要闻", True), ("第3版 要闻", True),
    ("第五次全国经济普查：数据更新", False),    # a title that opens with an ordinal, no page's number
    ("5G网络：从覆盖到应用", False),
    ("第5章 总则", False),
])
def test_a_pages_number_and_name_on_a_line_over_the_title_are_furniture(line, furniture):
    found = units(reflow_blocks([line, "县城建设如何提质增效", "本报记者 许晨阳",
                                 "推进城乡融合发展，必须把县域作为重要切入点，统筹新型工业化、新型城镇化和乡村全面振兴。"]),
                  markdown=False)
    assert (found[0].kind == "credit") is furniture


@pytest.mark.parametrize("line, kind", [
    ("丰收县农业农村局文件", "meta"), ("南岭市人民政府办公室文件", "meta"), ("中共南岭市委文件", "meta"),
    ("中共南岭市委办公室 南岭市人民政府办公室文件", "meta"), ("南岭市财政局　南岭市教育局文件", "meta"),
    ("关于清理规范性文件", "plain"), ("三、相关文件", "heading"), ("配套政策文件", "plain"),
    ("关于转发教育部文件", "plain"), ("认真学习省委文件", "plain"),
])
def test_an_official_documents_masthead_is_front_matter_not_a_title(line, kind):
    """The red masthead of an official document (issuing bodies, then 文件) over its 文号 and title: read as a title,
    it took the document's title's place and left the real title a section (qa52)."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, markdown, kind", [
    ("相关解读：《丰收县农村供水保障三年行动方案》政策解读", False, "credit"),
    ("**相关解读：** [《丰收县农村供水保障三年行动方案》政策解读](/jd/2026/01.html)", True, "credit"),
    ("【图文解读】一图读懂丰收县农村供水保障行动", False, "credit"),
    ("相关政策解读", False, "credit"),
    ("相关解读工作由县水利局负责。各乡镇要加强宣传。", False, "para"),    # a sentence: text
])
def test_a_link_to_a_documents_reading_is_chrome(line, markdown, kind):
    """A government page's link to the reading of the document it shows (相关解读：《…》政策解读), its label then the
    linked title, stayed text under the signature, and in Markdown read as a turn of an interview (qa52)."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=markdown).kind == kind


@pytest.mark.parametrize("line, kind", [
    ("【一图读懂】", "credit"),
    ("一图读懂《丰收县关于支持农产品冷链物流发展的若干措施》", "credit"),
    ("一图看懂：丰收县城乡环卫一体化实施方案", "credit"),
    ("一图读懂新政。各乡镇要加强宣传解读。", "para"),     # sentences: text
])
def test_a_readings_picture_link_under_its_text_is_chrome(line, kind):
    """Under a policy reading a portal links its picture version (【一图读懂】, 一图读懂《…》): read as a title printed at
    the end, it took the page's title (qa178)."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("button, kind", [
    ("关闭", "credit"), ("关闭窗口", "credit"), ("【关注】", "credit"), ("关晓彤", "byline"),
])
def test_a_pages_button_alone_under_its_text_is_no_byline(button, kind):
    """关闭 (close) and 关注 (follow) open with a surname: alone under a page's text they signed it (qa178); a name
    stays a byline."""
    assert [u.kind for u in units_of_text("各乡镇要按时报送材料。\n\n" + button)][-1] == kind


@pytest.mark.parametrize("line, kind", [
    ("相关文件：丰收县人民政府办公室关于加快推进城乡环卫一体化的通知", "credit"),
    ("【相关文件】：关于印发《丰收县城乡环卫一体化实施方案》的通知", "credit"),
    ("相关文件：各乡镇要按时报送。逾期不报的予以通报。", "para"),     # sentences: text
])
def test_a_policy_readings_link_to_the_document_it_reads_is_chrome(line, kind):
    """Under a policy interpretation a portal links the document it reads (相关文件：关于…的通知, label and title on one
    line): it stayed text, even a section (qa115)."""
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("date", ["2026年1月12日", "二〇二六年一月十二日"])
def test_an_issuers_line_over_a_bare_date_in_markdown_is_a_plain_line_not_text(date):
    """In Markdown an unmarked line is a paragraph; an issuing body over a bare date is the document's signature,
    a plain line the segmenter takes with the date as a closing line (qa52). Over text it stays a paragraph."""
    lines = [P1, "丰收县人民政府办公室", date]
    found = units([Block(t, 1, 40.0, 0, None) for t in lines], markdown=True)
    assert [u.kind for u in found] == ["para", "plain", "meta"]
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, "丰收县人民政府办公室", P2]], markdown=True)
    assert [u.kind for u in found] == ["para", "para", "para"]


def units_of_text(text: str) -> list[Unit]:
    """The units of a plain-text page (normalised, then reflowed)."""
    from flows.normalize import normalized_document
    from tests.shapes import raw
    return units(reflow_blocks(normalized_document(raw(text)).lines), False)


@pytest.mark.parametrize(("label", "caption"), [
    ("图片新闻", True),          # (qa56) a picture label, a caption of two sentences a line, the credit
    ("■图片报道", True),
    ("新闻图片", True),
    ("农技服务", False),         # another line over two paragraphs: they stay text
])
def test_the_lines_between_a_picture_label_and_the_photo_credit_are_the_caption(label, caption):
    lines = ["春耕时节，南岭县组织农技人员深入田间，指导农户科学施肥、合理灌溉，全县春播进度快于往年。",
             "县农业农村局负责人介绍，今年将继续推广测土配方施肥技术，力争全年化肥使用量稳中有降。",
             label, "5月6日，在南岭县青石镇，农技人员正在查看秧苗长势。", "近年来，当地大力推广机械化育秧，节本增效明显。",
             "本报记者 许 航 摄"]
    found = units_of_text("\n".join(lines))
    kinds = {u.text: u.kind for u in found}
    assert (kinds["近年来，当地大力推广机械化育秧，节本增效明显。"] == CAPTION) == caption
    assert (kinds["5月6日，在南岭县青石镇，农技人员正在查看秧苗长势。"] == CAPTION) == caption


@pytest.mark.parametrize(("dateline", "left"), [
    ("本报讯 ", True),            # (qa56) under the item's byline, a dateline naming no one is no text
    ("【本报讯】", True),
    ("", False),
])
def test_a_bare_dateline_under_a_news_items_byline_leaves_its_first_paragraph(dateline, left):
    text = "\n".join(["南岭县春播进度快于往年", "本报记者 许 航 通讯员 严 平", dateline + "连日来，南岭县各地抢抓农时，"
                      "田间地头到处是春耕备耕的繁忙景象。", "县农业农村局组织农技人员深入田间，指导农户科学施肥。"])
    found = units_of_text(text)
    para = next(u for u in found if u.kind == PARA)
    assert para.text.startswith("连日来") and (para.debris is not None) == left


# ---- qa55 (session 13): task tables, contents without page numbers, legislative notes, portal fields, Taiwan covers ----
@pytest.mark.parametrize("line, heading", [
    ("3 推广新能源车辆 市交通运输局 市公安局 持续推进", False),     # a task table's row: number, then cells of words
    ("1 建立项目库 区商务局 各街道办事处", False),
    ("1 绪论", True),                                               # a paper's decimal heading
    ("2 研究 设计", True),                                          # one space inside: still a heading
])
def test_a_numbered_row_of_a_task_table_is_no_decimal_heading(line, heading):
    u = marked_heading(line, (20.0, 1, None))
    assert (u is not None and u.kind == "heading") == heading


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in units(reflow_blocks(lines), markdown=False)]


@pytest.mark.parametrize("contents, is_contents", [
    (["目录", "第一章 总则", "第二章 管理职责", "第一节 日常管理", "第三章 附则"], True),   # the chapters again under it
    (["目 录", "第一章 总则", "第二章 管理职责"], True),
    (["目录"], False),                                             # a label over text: no contents
])
def test_a_contents_label_over_chapters_that_come_again_is_contents(contents, is_contents):
    found = _kinds(["某市河道管理条例", *contents, "第一章 总则", "第一条 为了加强河道管理，制定本条例。",
                    "第二章 管理职责", "第二条 市水务部门负责河道管理。"])
    kinds = [k for k, t in found if t.replace(" ", "") in ("目录", "第二章管理职责")]
    assert kinds[0] == (CONTENTS if is_contents else "plain")
    assert kinds[-1] == "heading"                          # the chapter in the text stays a heading


@pytest.mark.parametrize("line, note", [
    ("（2025年3月1日某市第十届人民代表大会常务委员会第九次会议通过", True),
    ("2025年4月2日某省第十四届人民代表大会常务委员会第八次会议批准）", True),
    ("（2024年6月5日某市人民代表大会常务委员会第三次会议通过 2025年4月2日某省人民代表大会常务委员会第八次会议批准）", True),
    ("2025年4月2日起施行", False),                          # no session named
    ("（2025年4月2日）", False),
])
def test_a_regulations_legislative_note_is_front_matter(line, note):
    found = _kinds(["某市河道管理条例", line, "第一章 总则", "第一条 为了加强河道管理，制定本条例。"])
    assert any(k == CREDIT and t == line for k, t in found) == note


@pytest.mark.parametrize("line, note", [
    ("（2025年11月2日某市人民政府令第7号公布）", True),
    ("（2024年5月20日某县人民政府令第三号发布 自2024年7月1日起施行）", True),
    ("2025年11月2日某市人民政府令第7号公布", True),           # bare, as a portal sets it
    ("2025年11月2日某市人民政府令第7号公布 自2026年1月1日起施行", True),
    ("2025年11月2日某市人民政府令第7号公布的规定同时废止。", False),   # a sentence
    ("（某市人民政府令第7号）", False),                       # no date: a document number, not a note
    ("（2025年11月2日起施行）", False),                       # no order named
])
def test_a_government_rules_promulgation_note_is_front_matter(line, note):
    found = _kinds(["某市城市绿化管理办法", "", line, "", "第一章 总则", "", "第一条 为了加强城市绿化管理，制定本办法。",
                    "", "第二条 本办法适用于本市城市规划区。"])
    assert any(k == CREDIT and t == line for k, t in found) == note
    assert not any(k == "title" and line in t and t != line for k, t in found)


@pytest.mark.parametrize("line, field", [
    ("（某政令〔2025〕7号）", True),
    ("（某府规〔2024〕3号）", True),
    ("（2025年8月3日　某府办发〔2025〕17号）", True),        # the issue date before the number, as a gazette sets it (qa227)
    ("（2025年8月3日，某府办发〔2025〕17号）", True),
    ("（2025年8月3日起施行）", False),                         # no number
    ("（征求意见稿）", False),                               # no number
    ("（见某政发〔2025〕7号文件）", False),                  # prose in brackets
])
def test_a_document_number_in_brackets_under_a_title_is_a_field(line, field):
    found = _kinds(["某市城市绿化管理办法", "", line, "", "第一章 总则", "", "第一条 为了加强城市绿化管理，制定本办法。",
                    "", "第二条 本办法适用于本市城市规划区。"])
    assert any(k == "meta" and t == line for k, t in found) == field
    assert any(k == "plain" and t == "某市城市绿化管理办法" for k, t in found)    # the title alone


@pytest.mark.parametrize("rows, text", [
    (["执行措施 主办机关 协办机关", "资料平台建设 农业部 数位发展部", "感测网络布建 农业部 各县市政府"], True),
    (["重点任务 牵头单位 配合单位 完成时限", "建设冷链中心 市商务局 市财政局 年底前"], True),
    (["执行措施 主办机关 协办机关"], False),                 # no row under it: a line of its own
])
def test_a_task_tables_head_row_and_its_word_rows_are_text(rows, text):
    found = _kinds(["某某推动方案", P1, *rows, "一、预期效益", P2])
    kinds = [k for k, t in found if t in rows]
    assert all(k == "para" for k in kinds) == text


@pytest.mark.parametrize("line, kind", [
    ("索引号 11321-2025-00087 发文字号 某政办发〔2025〕27号", META),
    ("发布机构 某区人民政府办公室 成文日期 2025-08-08", META),
    ("发布机构 某区人民政府办公室", "para"),                   # one field alone: not the portal's field table
])
def test_a_portals_file_fields_set_as_a_table_are_front_matter(line, kind):
    u = plain_unit(line, (40.0, 1, None), True)
    assert u.kind == kind


@pytest.mark.parametrize("line, kind", [
    ("行政院114年2月20日院台农字第1140004321号函核定", META),
    ("行政院113年9月5日院台经字第1130021234号函修正核定", META),
    ("中华民国114年3月", META),
    ("中华民国的历史", "plain"),
])
def test_a_taiwan_plans_approval_line_and_cover_date_are_front_matter(line, kind):
    found = _kinds([line, "", "某某推动方案", "", P1])
    assert found[0] == (kind, line)


# ---- qa58 (session 13): captions between a closing credit and a photo credit, 摄影 credits, closing adverts ----

@pytest.mark.parametrize("text, kind", [
    ("座谈会现场，左起为周某、吴某。记者林雅君／摄影", CAPTION),   # a Taiwan paper's credit ends in 摄影
    ("论坛开幕式现场。陈静远 摄影", CAPTION),
    ("他从小就喜欢电影摄影", "plain"),                             # merely ends with 摄影: no credit shape
])
def test_a_caption_closed_by_a_credit_ending_in_sheying_is_a_caption(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("above, caption, kinds", [
    # a sentence between an interview's closing credit and a photo credit is the photo's caption (qa58)
    ("（本报记者 许 晴 采写）", "程立言在办公室接受本报记者采访。", [CAPTION, CAPTION]),
    ("（记者 许晴 整理）", "受访者在调研现场。", [CAPTION, CAPTION]),
    # under a paragraph a one-line sentence over a credit may be the text's last line: left as it was
    (P1, "程立言在办公室接受本报记者采访。", ["para", CAPTION]),
    # a line that ends no sentence is no caption
    ("（本报记者 许 晴 采写）", "程立言在办公室接受本报记者采访", [None, CAPTION]),
])
def test_a_sentence_between_a_closing_credit_and_a_photo_credit_is_the_caption(above, caption, kinds):
    found = units([Block(t, 1, 30.0, 0, byline(t)) for t in [P1, above, caption, "本报记者 许 晴 摄"]], markdown=False)
    got = [u.kind for u in found[2:4]]
    assert got[1] == kinds[1] and (kinds[0] is None or got[0] == kinds[0]) and (kinds[0] is not None or got[0] != CAPTION)


@pytest.mark.parametrize("tail, kinds", [
    # an advertisement's label over the document's last paragraphs: they are the advertisement (qa58)
    (["**推广**", "《某某周刊》全年征订进行中，欢迎订阅。"], [CREDIT, CREDIT]),
    (["**推广**", "某某书店春季书展正在进行。", "详情请咨询各门店。"], [CREDIT, CREDIT, CREDIT]),
    # a label over a heading titles a piece of its own: the heading is left as it was
    (["**推广**", "## 某某好物节开幕"], [CREDIT, "heading"]),
])
def test_the_paragraphs_under_a_closing_advert_label_are_furniture(tail, kinds):
    found = units([Block(t, 1, 30.0, 0, byline(t)) for t in [P1, *tail]], markdown=True)
    assert [u.kind for u in found[1:]] == kinds


def test_the_paragraphs_under_an_advert_label_under_a_title_are_kept():
    """# 某某大赛开始报名 / **活动推广** / text: the label is the titled piece's kicker, its text stays text (qa58)."""
    found = units([Block(t, 1, 30.0, 0, byline(t)) for t in [P1, "# 某某创新大赛开始报名", "**活动推广**", P2]], markdown=True)
    assert found[-1].kind == "para"


@pytest.mark.parametrize("line, kind, authors", [
    # a Markdown turn labelled with the reporter's role whose words are only a name: the byline (qa58)
    ("**记者：** 苏明远", "byline", ("苏明远",)),
    ("**本刊记者：** 何 川、林 夕", "byline", ("何川", "林夕")),
    # the reporter's question stays a turn
    ("**记者：** 您怎么看？", "para", None),
    # a guest's short answer is no byline
    ("**程立言：** 谢谢。", "para", None),
])
def test_a_reporter_turn_holding_only_a_name_is_a_byline(line, kind, authors):
    u = unit(Block(line, 1, 20.0, 0, None), markdown=True)
    assert u.kind == kind
    if authors:
        assert u.byline.authors == authors


@pytest.mark.parametrize("patterns, initials, firsts", [
    ((P.REPRINT_NOTE,), P.REPRINT_NOTE_INITIALS, P.REPRINT_NOTE_FIRSTS),
    ((P.DISCLAIMER_LINE, P.READING_TIME_LINE), P.CHROME_LINE_INITIALS, P.CHROME_LINE_FIRSTS),
    ((P.BAR_SOURCE_LINE,), P.BAR_SOURCE_INITIALS, P.BAR_SOURCE_FIRSTS)])
def test_first_character_sets_pass_every_line_their_patterns_may_match(patterns, initials, firsts):
    """unit() and plain_unit() test the text's first character against these strings before the prefix test (or,
    REPRINT_NOTE's initials being one character each, instead of it): they hold every initial's first character and
    every character but a space the patterns' matches may begin with (the prefix tests never passed a space either)."""
    assert {prefix[0] for prefix in initials} == set(firsts)
    for pattern in patterns:
        assert {ch for ch in matched_characters(opening_class(pattern)) if not ch.isspace()} <= set(firsts)
    if firsts is P.REPRINT_NOTE_FIRSTS:
        assert all(len(prefix) == 1 for prefix in initials)     # the membership test says what startswith says


def test_photo_credit_ends_are_one_character_each():
    """unit() tests the text's last character against them (a tuple: no empty text passes) instead of str.endswith."""
    assert all(len(end) == 1 for end in (*P.PHOTO_CREDIT_ENDS, *P.BRACKETED_PHOTO_CREDIT_END))


def test_legislative_note_lasts_are_the_last_characters_of_its_ends():
    """with_plan_lines tests a plain line's last character against LEGISLATIVE_NOTE_LASTS before the suffix test."""
    assert set(P.LEGISLATIVE_NOTE_LASTS) == {end[-1] for end in P.LEGISLATIVE_NOTE_ENDS}


@pytest.mark.parametrize("line, kind", [
    # an author note set without brackets on a line of its own: a note, as （作者系…） is (qa62)
    ("作者为某某大学公共管理学院副教授", NOTE),
    ("作者系中共某省委党校经济学教研部教授", NOTE),
    ("作者邵明川系某某研究院研究员。", NOTE),          # names the writer, may close with a full stop
    ("本文作者为某某律师事务所合伙人", NOTE),
    ("作者为前立委", NOTE),                            # a short post
    # a sentence of the text about a writer, or no post at its end: text
    ("作者为此走访了十多个村庄。", "para"),
    ("作者是谁并不重要，重要的是书里写了什么。", "para"),
    ("作者为某某大学公共管理学院", "plain"),
])
def test_an_unbracketed_author_note_is_a_note(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("line, kind", [
    # a web page's copyright or disclaimer notice, however long: chrome (qa62)
    ("【版权声明】凡注明“来源：某某网”的作品，版权均属某某网所有，转载请注明出处。", CREDIT),
    ("免责声明：本网转载的文章仅代表作者个人观点，与本网立场无关，如有侵权请及时联系我们删除。", CREDIT),
    ("版权所有：某某市融媒体中心", CREDIT),
    # a sentence of the text that opens with the word: text
    ("版权所有者应当及时登记作品，依法维护自身合法权益，相关部门也要提供便利。", "para"),
])
def test_a_copyright_notice_is_chrome(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("text, caption", [
    ("图为某某市一所小学的学生在食堂就餐。资料图", True),     # a file photo's credit (qa62)
    ("乡村振兴的宏伟蓝图正在徐徐展开。我们要绘就新蓝图", False),   # text merely ending in 图
    ("▲市民在维港海滨长廊观赏烟花。 中新社", True),     # an agency's bare name as the credit (qa86)
    ("这一做法值得推广。各地纷纷成立合作社", False),      # text merely ending in 社: no space before it
])
def test_a_caption_closed_by_a_file_photo_credit_is_a_caption(text, caption):
    assert (unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == CAPTION) == caption


@pytest.mark.parametrize("line, kind", [
    ("某某评论网 ＞ 言论 ＞ 自由论坛", CREDIT),       # a trail set with the full-width ＞ (qa62)
    ("某某网＞评论频道", CREDIT),
])
def test_a_breadcrumb_trail_with_full_width_marks_is_chrome(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


# ---------------------------------------------------------------- qa60: interviews on web pages

@pytest.mark.parametrize("text, kind, shown", [
    ("![受访者供图](https://img.example.cn/a.jpg)", CAPTION, "受访者供图"),      # what the picture shows: a caption
    ("![图2 充电桩分布](img/b.png)", CAPTION, "图2 充电桩分布"),
])
def test_a_markdown_image_with_words_alone_on_its_line_is_a_caption(text, kind, shown):
    u = unit(Block(text, 1, 20.0, 0, None), True)
    assert (u.kind, u.text) == (kind, shown)


@pytest.mark.parametrize("line, kind", [
    ("本文为某某网原创稿件，转载请注明出处。", CREDIT),
    ("本文系本刊独家稿件，未经授权不得转载。", CREDIT),
    ("文章为本网原创，如需转载请联系编辑部", CREDIT),
    ("本文为原创研究，转载率的测算方法见附表，数据来源于企业年报并经过核实。", None),   # a sentence of the text
    ("本文认为，转载行为应当尊重原创。", None),
    ("本文系某某观察网特约稿件，转载请注明出处。", CREDIT),       # a commissioned piece's notice (qa181)
    ("本文为本报首发，转载请注明来源。", CREDIT),
    ("本文系特约研究项目的阶段成果，转载率、引用率等指标的测算方法详见附表，数据来源于企业年报。", None),   # text
])
def test_a_reprint_notice_under_the_text_is_chrome(line, kind):
    u = unit(Block(line, 1, 20.0, 0, None), False)
    assert (u.kind == CREDIT) is (kind == CREDIT)


# ---- qa251: a brief's notice on whom it is only for ----
@pytest.mark.parametrize("line, kind", [
    ("本刊仅供领导同志参阅，未经同意不得转载。", CREDIT),
    ("本期内容仅供内部参考，请勿外传。", CREDIT),
    ("本材料仅供参阅", CREDIT),
    ("本简报仅供参考。不得翻印。", CREDIT),
    ("本期介绍的三地做法仅供各地参考借鉴，具体政策以正式文件为准。", None),   # a sentence of the text
    ("本报告仅供参考，不构成任何投资建议。", None),                          # no circulation clause
    ("本刊仅供领导参阅的做法已经延续多年。", None),
])
def test_a_briefs_circulation_notice_is_chrome(line, kind):
    u = unit(Block(line, 1, 20.0, 0, None), False)
    assert (u.kind == CREDIT) is (kind == CREDIT)


@pytest.mark.parametrize("line, is_field", [
    ("访谈时间：2026年4月22日 15:00", True), ("采访地点：某市民政局会议室", True), ("座谈主题：社区养老", True),
    ("主持人：尹 珂", True), ("主持人：尹珂", True), ("本期主持：司马云", True),
    ("主持人：好的，谢谢！", False), ("主持人：请您谈谈", False), ("访谈中我们发现：居民很关心", False),
])
def test_an_online_interviews_head_fields_are_front_matter(line, is_field):
    assert bool(P.TALK_FIELD_LINE.match(line)) is is_field
    assert (plain_unit(line, (20.0, 1, None), False).kind == META) is is_field


@pytest.mark.parametrize("line, guest", [
    ("某市养老服务中心主任 詹雅琳", True), ("某大学公共管理学院教授　司马云", True),
    ("本报记者 邵文清", False), ("通讯员 李 想", False), ("詹雅琳", False),
])
def test_a_post_and_a_name_under_a_guest_field_is_one_more_guest(line, guest):
    from flows.units import is_guest_post_and_name
    assert is_guest_post_and_name(line) is guest


@pytest.mark.parametrize("line, heading", [
    ("用电成本的真实压力", True), ("柯俊贤（某银行处长）", False), ("陈秀玲　某协会理事长", False), ("许文杰", False),
    ("主持人：郑宇翔", False), ("王立新、赵敏", False),
])
def test_a_line_under_a_guest_list_without_a_names_marks_is_its_heading(line, heading):
    from flows.units import is_unmarked_phrase
    assert is_unmarked_phrase(line) is heading


# ---- qa64 (session 14): page-foot footnotes, department affiliations, working-paper disclaimers ----
FOOT_TEXT = "各地加快推进交易平台数字化转型，不见面开标等做法迅速推广①。部分城市对围标串标行为开展预警②。"


@pytest.mark.parametrize("foot", [
    ["收稿日期：2024-03-02；修回日期：2024-06-11", "基金项目：某某省社会科学规划项目（24ZD016）"],  # under the first page's notes
    [],                                                                                            # over the running head
])
def test_circled_footnotes_at_a_page_foot_are_notes(foot):
    """①…/②… cited by the text above, right under the first page's notes or right over the next page's running head:
    notes, neither text nor measures (qa64)."""
    notes = ["①不见面开标指投标人通过网络远程参与开标活动。", "②围标串标指投标人之间相互串通的行为。"]
    head = "·38·                    城乡治理研究  2024年第5期"
    text = "\n".join([FOOT_TEXT, *foot, *notes, head, "5. 优化路径", P1])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert [kinds[n] for n in notes] == [NOTES, NOTES]


def test_circled_items_not_cited_or_not_at_a_page_foot_stay_text():
    # a list's items (① opens them, no sentence cites it) over a running head stay text
    items = ["①完善数据标准。", "②推动跨域互认。"]
    head = "·38·                    城乡治理研究  2024年第5期"
    kinds = {u.text: u.kind for u in units_of_text("\n".join(["主要举措如下。", *items, head, P1]))}
    assert NOTES not in [kinds[i] for i in items]
    # cited footnotes amid the text, with no page furniture or first-page notes beside them, stay as they were read
    kinds = {u.text: u.kind for u in units_of_text("\n".join([FOOT_TEXT, "①不见面开标指远程开标。", P1]))}
    assert kinds["①不见面开标指远程开标。"] != NOTES


@pytest.mark.parametrize("line, affiliation", [
    ("某某发展研究院社会政策研究所", True), ("东岭大学公共管理学院", True), ("江南师范大学社会学系", True),
    ("建设中国特色新型智库", False),            # a title that ends with an institution word
    ("某某大学", False),                        # an institution alone: left to the other rules
])
def test_an_institution_and_its_department_under_a_byline_is_the_affiliation(line, affiliation):
    text = "\n".join(["平台劳动者职业伤害保障研究", "程嘉木 聂书瑶", line, "摘要：" + P1, P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert (kinds.get(line) == "affiliation") == affiliation


@pytest.mark.parametrize("line, kind", [
    ("本文为工作论文，观点仅代表作者个人，不代表本院立场。引用请注明出处。", CREDIT),
    ("本报告系课题组阶段性成果，观点仅代表课题组意见。", CREDIT),
    ("本文认为，观点仅代表作者个人的说法并不成立，需要进一步讨论。", "para"),   # a sentence of the text
])
def test_a_working_papers_disclaimer_is_a_credit(line, kind):
    assert unit(Block(line, 1, 30.0, 0, None), markdown=False).kind == kind


CUT_HEAD = "调研发现，平台转型主要面临两方面困境。一是数据标准不统一，跨平台调用数据需要逐一对接。二是跨区"
CUT_REST = "域互认不充分，企业跨市投标仍需重复办理证书。"
RUNNING_HEAD_LINE = "·38·                    城乡治理研究  2024年第5期"


@pytest.mark.parametrize("foot", [
    [RUNNING_HEAD_LINE],                                                       # the next page's running head only
    ["收稿日期：2024-03-02", "作者简介：程嘉木，某某大学副教授。", RUNNING_HEAD_LINE],   # the first page's notes, then it
    # (qa189) the rule PDF extraction keeps over the first page's notes, a page number and the next page's head under them
    ["————————————", "收稿日期：2024-03-02", "基金项目：某某省社科规划项目（24BZZ031）", "·38·", RUNNING_HEAD_LINE],
    ["——————————————————", "收稿日期：2024-03-02", "作者简介：程嘉木，某某大学副教授。", RUNNING_HEAD_LINE],
])
def test_a_paragraph_cut_by_a_page_foot_runs_on_past_it(foot):
    """A paragraph that stops mid-sentence over a page's foot and head goes on in the paragraph under them (qa64)."""
    text = "\n".join(["一、引言", CUT_HEAD, *foot, CUT_REST, "二、结论", P1])
    found = units_of_text(text)
    assert CUT_HEAD + CUT_REST in [u.text for u in found]
    assert RUNNING_HEAD_LINE.replace(" ", "") in [u.text.replace(" ", "") for u in found]


def test_a_paragraph_ending_a_sentence_over_a_page_foot_stays_apart():
    text = "\n".join(["一、引言", CUT_HEAD + "域。", RUNNING_HEAD_LINE, CUT_REST, "二、结论", P1])
    found = [u.text for u in units_of_text(text)]
    assert CUT_HEAD + "域。" in found and CUT_REST in found


@pytest.mark.parametrize("cut, rest", [
    ("（2）加快建设县级物流配送中心，完善乡镇快递网点布局；", "（3）推动农村客货邮融合发展。"),
    ("申请人应当提交下列材料：", "（一）申请书和身份证明；"),
])
def test_a_page_foot_between_a_lists_items_parts_them(cut, rest):
    """…网点布局； / the page's foot / （3）推动…: the page break falls between two items of a list (or after its lead),
    each a paragraph of its own, no paragraph cut mid-sentence (qa231)."""
    text = "\n".join(["一、引言", P1, cut, RUNNING_HEAD_LINE, rest, "二、结论", P2])
    found = [u.text for u in units_of_text(text)]
    assert cut in found and rest in found


@pytest.mark.parametrize("line, speaker, text", [
    # (qa68) a bold role or name set off from the words by a space, no colon: a turn, read with the colon
    ("**记者** 您在基层调研多年，目前最突出的短板是什么？", "记者", "记者：您在基层调研多年，目前最突出的短板是什么？"),
    ("**主持人** 请两位各用一句话谈谈期待。", "主持人", "主持人：请两位各用一句话谈谈期待。"),
    ("**邵清和** 我的感受是，短板已经从建转到了用。", "邵清和", "邵清和：我的感受是，短板已经从建转到了用。"),
    # a bold lead phrase of a note, no role and no name, is no speaker
    ("**目标任务** 到2027年，全市建成县域物流配送中心12个。", None, "目标任务到2027年，全市建成县域物流配送中心12个。"),
])
def test_a_bold_speakers_label_without_a_colon_is_a_turn(line, speaker, text):
    [u] = units(reflow_blocks([line]), markdown=True)
    assert (u.speaker, u.text.replace(" ", "")) == (speaker, text)     # (rule 5 takes the space out later)


# ---- qa65: a label whose first word a stray space of PDF extraction cut ----
@pytest.mark.parametrize("text, mended", [
    ("（作 者系南屿大学公共管理学院教授）", "（作者系南屿大学公共管理学院教授）"),
    ("编 者按：本版刊发三篇来稿，以飨读者。", "编者按：本版刊发三篇来稿，以飨读者。"),
    ("基金 项目：东川省社科规划项目（25BJY031）", "基金项目：东川省社科规划项目（25BJY031）"),
    ("本报记者 王 磊", "本报记者 王 磊"),                  # a byline: no label once mended either
    ("观点 聚集", "观点 聚集"),                            # a column head
    ("近 年 来 ，县 域", "近 年 来 ，县 域"),               # letter-spaced text
    ("（记者 王磊）", "（记者 王磊）"),                    # the label's own space before a name
])
def test_a_label_cut_by_a_stray_space_is_mended(text, mended):
    from flows.units import label_mended
    assert label_mended(text) == mended


def test_an_author_note_cut_by_a_stray_space_is_a_note():
    assert unit(Block("（作 者系南屿大学公共管理学院教授）", 1, 20.0, 0, None), False).kind == NOTE


@pytest.mark.parametrize("notes, kinds", [
    # a table's caption, then its source and note lines: all the caption's, not the article's paragraphs (qa66)
    (["资料来源：作者根据调查数据整理。"], [CAPTION, CAPTION]),
    (["注：2024年为初步核算数。", "数据来源：江宁省统计局。"], [CAPTION, CAPTION, CAPTION]),
    # a paragraph under the caption stays text
    ([P2], [CAPTION, PARA]),
])
def test_the_note_and_source_lines_under_a_tables_caption_go_with_it(notes, kinds):
    text = "\n".join(["一、发展现状", P1, "表2 各县域数字金融指数", *notes, P2])
    found = units_of_text(text)
    start = [u.text.replace(" ", "") for u in found].index("表2各县域数字金融指数")
    assert [u.kind for u in found[start:start + len(kinds)]] == kinds


def test_a_source_line_under_a_paragraph_stays_text():
    found = units_of_text("\n".join(["一、发展现状", P1, "资料来源：作者根据调查数据整理。", P2]))
    assert [u.kind for u in found[1:]] == [PARA, PARA, PARA]


@pytest.mark.parametrize("lines, kinds", [
    # a link's date on a line of its own under its title is a line of the list (qa69)
    ([P1, "延伸阅读", "1. 清河区推进县域商业体系建设", "2025-04-02 10:15", "2. 这份秋季文旅消费指南请收好"], ["para", "credit"]),
    ([P1, "相关阅读：", "清河区推进县域商业体系建设", "2025年4月2日", "这份秋季文旅消费指南请收好", "分享到：微信 微博"],
     ["para", "credit"]),
    # a box that goes on into text keeps it, date or not
    ([P1, "延伸阅读", "什么是新型储能", "2025-04-02", P2], ["para", "credit", "plain", "meta", "para"]),
    # a news site's label over its links to related stories (qa83)
    ([P1, "相关新闻：", "· 清河区推进县域商业体系建设", "· 这份秋季文旅消费指南请收好", "版权所有：某某报社"], ["para", "credit"]),
    # a government portal's label over its related items (qa291)
    ([P1, "相关稿件", "· 关于印发《清河区促进夜间经济发展若干措施》的通知", "· 图解：夜间经济十条", "主办：清河区人民政府办公室"],
     ["para", "credit"]),
    # readers' comments under their label, full sentences as they are, to the page's end (qa234)
    ([P1, "网友评论", "河畔居民：夜市开到十点正好，希望一直办下去。", "老街坊：停车还是难，盼尽快解决。"], ["para", "credit"]),
])
def test_a_links_date_on_its_own_line_does_not_end_a_list_of_links(lines, kinds):
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=False)
    assert [kind for kind, _ in groupby(u.kind for u in found)] == kinds


# ---- qa253: a related-news box's entries, each naming the page its story is on ----
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("pages", [("A6", "A7"), ("第6版", "第7版"), ("B12", "B3")])
def test_related_news_entries_naming_their_pages_are_chrome_over_the_next_storys_headline(sep, pages):
    # (the next story's headline and byline follow the box, so the links do not run to the page's end)
    links = [f"■清河区推进县域商业体系建设 {pages[0]}", f"■这份秋季文旅消费指南请收好 {pages[1]}"]
    found = units_of_text(sep.join([*wrapped(P1, 20), "相关新闻", *links, "新区学校明年秋季开学", "本报记者 韩知远", *wrapped(P2, 20)]))
    assert [u.kind for u in found] == ["para", CREDIT, CREDIT, CREDIT, "plain", BYLINE, "para"]


# ---- qa71 (session 15): a bracketed author note under a title block's byline, over the article's text ----
@pytest.mark.parametrize("lines, kinds", [
    # title lines, byline, bracketed note, text: the note heads the article under it (its authors' affiliation)
    (["以数字赋能", "激活乡村治理", "□ 杭明远", "（作者单位：某省委党校）", P1], ["plain", "byline", "affiliation", "para"]),
    (["以数字赋能", "激活乡村治理", "□ 杭明远", "（作者系某大学公共管理学院副教授）", P1],
     ["plain", "byline", "affiliation", "para"]),
    # a byline right after text: the note under it closes that text, as before
    ([P2, "杭明远", "（作者单位：某省委党校）", P1], ["para", "byline", "note", "para"]),
    # a title block's byline with page furniture under the note, not text: left as it was
    (["以数字赋能", "激活乡村治理", "□ 杭明远", "（作者单位：某省委党校）", "本版责编：林 岚"],
     ["plain", "byline", "note", "credit"]),     # (本版责编：… is a credit line since qa77)
])
def test_a_bracketed_note_between_a_title_blocks_byline_and_text_is_the_affiliation(lines, kinds):
    found = units(reflow_blocks(lines), markdown=False)
    assert [kind for kind, _ in groupby(u.kind for u in found)] == kinds


@pytest.mark.parametrize("line, kind", [
    ("某某发展研究院办公室 2026年3月9日印发", CREDIT),      # (qa75) a Markdown note's printing line under its text
    ("市政府办公厅 二〇二五年六月十八日印发", CREDIT),
    ("这份方案已于2026年3月9日正式印发。", "para"),          # a sentence that tells of a printing
])
def test_a_markdown_printing_line_is_furniture_not_text(line, kind):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks([text, "", line]), markdown=True)
    assert [u.kind for u in found] == ["para", kind]


@pytest.mark.parametrize("line", ["索 引 号：11440100MB0000000A/2025-00012　主题分类：农业、畜牧业",
                                  "标　　题：某市加快发展银发经济实施方案", "成文日期：2025年03月02日"])
def test_a_portals_letter_spaced_file_fields_are_front_matter(line):
    """A portal letter-spaces its short labels (索 引 号：, 标　　题：) and adds 主题分类 and 成文日期: fields, no title (qa76)."""
    assert unit(Block(line, 1, 40.0, 0, None), markdown=False).kind == "meta"


@pytest.mark.parametrize("line", ["主办：某省人民政府办公厅　　承办：某省大数据中心", "首页 | 政务公开 | 政策文件 | 政策解读"])
def test_a_sites_short_footer_fields_and_navigation_bar_are_chrome(line):
    """主办：… 承办：… (without 单位) and a bar of links are a site's chrome, no text or title (qa76)."""
    assert unit(Block(line, 1, 40.0, 0, None), markdown=False).kind == CREDIT


# ---- qa77 (session 16): a page's foot ----
@pytest.mark.parametrize("credit, contact, kind", [
    ("本版责任编辑：陶 然", "联系电话：010-61234567  电子邮箱：llzk@example.com", CREDIT),
    ("责任编辑：陶 然", "电子邮箱：llzk@example.com", CREDIT),
])
def test_a_contact_line_under_the_pages_credit_line_is_credit(credit, contact, kind):
    text = [P1[i:i + 20] for i in range(0, len(P1), 20)] + [P2[i:i + 20] for i in range(0, len(P2), 20)]
    found = units(reflow_blocks(["推进县域商业体系建设", "□ 韩 松", *text, credit, contact]), False)
    assert [u.kind for u in found[-2:]] == [CREDIT, kind]


# ---- qa81: a title wrapped after its colon right over a byline ----
@pytest.mark.parametrize(("second", "title"), [
    ("社区医疗应否收费？", True),           # a two-line title, asking, over the byline
    ("社区医疗的三个方向", True),
    ("社区医疗服务仍然不足。", False),      # a paragraph's two lines end with a full stop
])
def test_a_title_wrapped_after_its_colon_over_a_byline_is_the_title(second, title):
    lines = ["人口老化下的基层医疗：", second, "", "周 文 谦  高级研究主任", "",
             "一、引言", "本港人口持续老化，社区医疗服务需求上升，政府须及早规划资源。"]
    found = units_of_text("\n".join(lines))
    assert (found[0].kind != "para") is title and found[1].kind == "byline"


# ---- qa79 (session 16): a table extracted one cell a line under its numbered caption ----
@pytest.mark.parametrize("cells, tabled", [
    (["地区", "新建站点（个）", "完成时间", "东片区", "12", "2025年", "西片区", "8", "2026年"], True),
    (["年度", "重点任务", "2025年", "启动建设", "2026年", "全面推开"], True),   # a year is the number cell
    # short unmarked lines with no number among them are not taken for cells
    (["总体思路", "主要目标", "基本原则", "实施路径"], False),
    # too few lines for a table
    (["年度", "12"], False),
])
def test_the_cells_under_a_tables_caption_one_a_line_are_the_tables(cells, tabled):
    lines = [P1, "表2 充电站点建设安排", *cells, "二、保障措施", P2]
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in lines], markdown=False)
    kinds = [u.kind for u in found[2:2 + len(cells)]]
    assert (kinds == [CAPTION] * len(cells)) == tabled


@pytest.mark.parametrize("lead, cells, tabled", [
    # no caption: the paragraph leading into the table ends with a colon, six cells or more, two numbers
    ("各片区建设安排如下：", ["片区", "站点（个）", "东片区", "12", "西片区", "8"], True),
    # a lead that is a sentence: the short lines under it are no table's
    ("各片区建设安排已经确定。", ["片区", "站点（个）", "东片区", "12", "西片区", "8"], False),
    # one number among the lines: no table
    ("主要任务如下：", ["健全机制", "完善制度", "加强监管", "2026年", "强化保障", "推进落实"], False),
])
def test_cells_one_a_line_under_a_lead_ending_with_a_colon_are_a_tables(lead, cells, tabled):
    lines = [P1, lead, *cells, "二、保障措施", P2]
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in lines], markdown=False)
    kinds = [u.kind for u in found[2:2 + len(cells)]]
    assert (kinds == [CAPTION] * len(cells)) == tabled


@pytest.mark.parametrize("cells, tabled", [
    # a plan's box holding a table one cell a line: a unit word among the cells reads as a name (万吨) all the same
    (["指标", "单位", "2025年", "2030年", "粮食产量", "万吨", "320", "345"], True),
    # a box of short project names, no numbers: no table
    (["智慧港口工程", "多式联运工程", "冷链物流工程", "城市配送工程", "应急物流工程", "物流园区工程"], False),
])
def test_cells_one_a_line_under_a_box_label_are_its_tables(cells, tabled):
    lines = [P1, "专栏2 主要指标", *cells, "二、保障措施", P2]
    found = units([Block(t, 1, 40.0, 0, byline(t)) for t in lines], markdown=False)
    cell_units = found[2:2 + len(cells)]
    assert ([u.kind for u in cell_units] == [CAPTION] * len(cells)) == tabled
    assert not tabled or not any(u.byline or u.weak_byline for u in cell_units)


# ---- qa83 (session 16): a roundtable's moderator named under a label of its own ----
@pytest.mark.parametrize("label, kinds", [
    ("主持人：", ["plain", "profile", "para"]),       # the moderator's label over the name and post: the box on the guests
    ("主持：", ["plain", "profile", "para"]),
])
def test_a_moderators_label_over_the_name_and_post_is_the_guest_box(label, kinds):
    lines = ["生态补偿如何兼顾公平与效率", label, "方明远 某刊编辑部主任", "与谈人：", "许明哲 某大学经济学院教授",
             "邹若兰 某市发展改革委副主任", P1]
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=False)
    assert [kind for kind, _ in groupby(u.kind for u in found)] == kinds


# ---- qa84: papers copied from journal sites and PDFs ----
@pytest.mark.parametrize("byline_line, lines, kinds", [
    ("林思远1,2 冯晓岚1", ["1. 东岭大学公共管理学院，东岭 南川 410001", "2. 西江省社会科学院，西江 临江 330002"],
     ["affiliation", "affiliation"]),
    ("林思远 冯晓岚", ["1. 东岭大学公共管理学院，东岭 南川 410001"], ["item"]),   # the names carry no numbers
])
def test_affiliation_lines_opened_by_ascii_numbers_under_numbered_names_are_affiliations(byline_line, lines, kinds):
    found = units(reflow_blocks(["乡村公共文化空间的再生产机制研究", byline_line, *lines,
                                 "摘要：乡村公共文化空间是公共文化服务体系的末梢。", "一、引言",
                                 "乡村公共文化空间承载着村民的公共生活。近年来，各地加快建设村级综合文化服务中心。"]),
                  markdown=False)
    assert [u.kind for u in found[1:2 + len(lines)]] == ["byline", *kinds]


@pytest.mark.parametrize("line, kind", [
    ("Y_it = α + β·DID_it + γZ_it + ε_it （2）", "para"),       # a displayed equation: text of the paragraph
    ("ln TFP = β0 + β1 ln K + β2 ln L", "para"),
    ("研究设计与变量说明", "plain"),                            # a heading line stays one
])
def test_a_displayed_equation_is_text_not_a_heading(line, kind):
    """An equation on a line of its own (Y_it = α + β·DID_it …) would otherwise open a section (qa84)."""
    found = units_of_text("\n".join([
        "2.1 模型设定", "为识别试点政策对企业全要素生产率的影响，本文参考已有研究的做法，构建如下双重差分模型：", line,
        "式中，Y_it 表示企业 i 在第 t 年的全要素生产率；DID_it 为政策虚拟变量，企业位于试点地区且处于政策实施后取1。",
        "2.2 变量说明", "被解释变量采用LP法测算的企业全要素生产率，稳健性检验中替换为OP法的测算结果。"]))
    assert found[2].kind == kind


@pytest.mark.parametrize("line, kind", [
    ("摘要  数字普惠金融是缓解农户信贷约束的重要工具。本文利用县域面板数据检验其作用。", "abstract"),
    ("关键词  数字普惠金融；农户信贷；县域经济", "keywords"),
    ("中图分类号  F832.4    文献标识码  A    文章编号  1001-0000(2025)02-0011-08", "meta"),
])
def test_paper_front_fields_labelled_before_a_gap_are_front_matter(line, kind):
    found = _kinds(["数字普惠金融与农户信贷可得性", "何文轩1 邓佳怡2", line, "1 引言",
                    "农户信贷约束问题长期存在。数字技术的发展为缓解这一问题提供了新的可能。"])
    assert found[2][0] == kind


@pytest.mark.parametrize("rows", [
    ["年份 样本数 均值", "2022年 120 0.43", "2023年 126 0.47"],      # a head row over the number rows
    ["东部地区 120 0.43 0.12", "西部地区 96 0.38 0.15"],
    # (qa189) descriptive statistics, a row under a Latin variable name: its count, then decimals
    ["变量  样本量  均值  标准差", "数字化指数  3600  0.52  0.21", "Treat  3600  0.35  0.48", "年龄  3600  41.20  9.83"],
])
def test_a_tables_notes_under_its_rows_go_with_its_caption(rows):
    """表1 … / its rows a line each / 注：… / 资料来源：…: the notes under the rows describe the table, no paragraph (qa84)."""
    found = _kinds(["从调查结果看，各地区指标差异明显。", "表1 样本地区主要指标", *rows, "注：均值为标准化后的数值。",
                    "资料来源：作者根据调查数据整理。", "由表1可见，东部地区指标明显高于西部地区。"])
    assert [k for k, _ in found[-3:-1]] == ["caption", "caption"]
    assert found[-1][0] == "para"


@pytest.mark.parametrize("unit", ["单位：亿元", "（单位：万吨）", "计量单位：%"])
def test_a_tables_unit_line_under_its_caption_goes_with_the_caption(unit):
    """表2 … / 单位：亿元 / its rows: the unit the figures are in is the caption's, no heading over the rows (qa209)."""
    found = _kinds(["从预测结果看，各产业规模将稳步扩大。", "表2 重点产业规模预测", unit,
                    "产业 2025年 2028年 2030年", "新材料 210 300 420", "生物医药 95 130 180",
                    "由表2可见，新材料产业增长最快。"])
    assert found[2][0] == "caption"
    assert found[-1][0] == "para"


@pytest.mark.parametrize(("over", "rows", "note_kind"), [
    # an unnumbered caption line over the rows, a row of dashes and bracketed words among them (qa204)
    ("“十五五”时期城乡建设主要指标", ["指标 2025年 2030年 属性", "城市建成区绿地率（%） 38.5 41 〔预期性〕",
                                    "新增城镇保障性住房（万套） — — 〔省下达任务〕 〔约束性〕",
                                    "城市生活污水集中收集率（%） 72 80 〔约束性〕"], "caption"),
    ("规划期内主要指标如下：", ["人均公园绿地面积（平方米） 14.2 15.5 预期性", "公共交通分担率（%） 38 45 预期性",
                              "燃气普及率（%） 97.6 99 约束性"], "caption"),
    # two rows only over the note: the note stays text
    ("规划期内主要指标如下：", ["人均公园绿地面积（平方米） 14.2 15.5 预期性", "燃气普及率（%） 97.6 99 约束性"], "para"),
])
def test_a_note_under_a_tables_rows_with_no_numbered_caption_goes_with_the_table(over, rows, note_kind):
    found = _kinds(["城乡建设水平稳步提升，人居环境持续改善，为下一步发展打下坚实基础。", over, *rows,
                    "注：〔〕内为指标属性，带“—”的不作具体规定。", "到2030年，城市功能品质显著提升，宜居韧性智慧城市建设取得新进展。"])
    assert found[-2][0] == note_kind
    assert found[-1][0] == "para"


@pytest.mark.parametrize("caption", ["续表1", "续表 2  样本地区主要指标", "表3（续）"])
def test_a_tables_caption_repeated_over_its_continued_rows_is_a_caption(caption):
    """续表1 / its head row and rows / 注：… / 资料来源：…: the caption repeated over a table's rest on the next page is no
    section's heading, and the notes under the rows go with it as with the first caption (qa189)."""
    found = _kinds([caption, "地区 样本数 均值 标准差", "东部地区 120 0.43 0.12", "西部地区 96 0.38 0.15",
                    "注：均值为标准化后的数值。", "资料来源：作者根据调查数据整理。", "由表中可见，东部地区指标明显高于西部地区。"])
    assert [k for k, _ in found][:1] == ["caption"]
    assert [k for k, _ in found[-3:-1]] == ["caption", "caption"]


@pytest.mark.parametrize("line", ["续表1显示，东部地区指标明显高于西部地区。", "续表格式应当与原表保持一致。"])
def test_a_sentence_naming_a_continued_table_is_no_caption(line):
    assert unit(Block(line, 1, 30.0, 0, None), markdown=False).kind != "caption"


def test_a_journal_databases_fields_over_the_text_are_front_matter():
    """基金资助：… / 专辑：… / 专题：… / 分类号：… / 在线公开时间：… / 下载：… 页码：…: a paper's page on a journal database
    labels its fields so; none is a heading (two would run into one) or a paragraph of the text (qa84)."""
    found = units_of_text("\n".join([
        "乡村公共文化空间的再生产机制研究", "林思远 冯晓岚", "摘要：乡村公共文化空间是公共文化服务体系的末梢。",
        "关键词：公共文化空间；乡村治理；", "基金资助：国家社会科学基金青年项目（24CSH012）；", "专辑：社会科学Ⅱ辑",
        "专题：文化", "分类号：G249.2", "在线公开时间：2025-04-02 10:26", "下载：215  页码：33-41  页数：9  大小：980K",
        "一、引言", "乡村公共文化空间承载着村民的公共生活。近年来，各地加快建设村级综合文化服务中心。"]))
    assert [u.kind for u in found[4:10]] == ["meta"] * 6


def test_a_labelled_unit_line_under_an_author_field_is_the_affiliation():
    """作者：林思远 冯晓岚 / 单位：某大学某学院；某研究院: a journal database's page labels the affiliation 单位：, no heading (qa84)."""
    found = units_of_text("\n".join([
        "乡村公共文化空间的再生产机制研究", "作者：林思远 冯晓岚", "单位：东岭大学公共管理学院；西江省社会科学院",
        "摘要：乡村公共文化空间是公共文化服务体系的末梢。", "一、引言",
        "乡村公共文化空间承载着村民的公共生活。近年来，各地加快建设村级综合文化服务中心。"]))
    assert [u.kind for u in found[1:3]] == ["byline", "affiliation"]


@pytest.mark.parametrize("rest, kind", [
    ("第三次会议上", SUBTITLE),                           # the subtitle wrapped before the occasion's end
    ("常务委员会第二次全体会议上的讲话", SUBTITLE),
    ("各位代表：", "para"),                               # the text's first line
])
def test_the_rest_of_a_wrapped_subtitle_is_subtitle(rest, kind):
    found = _kinds(["政府工作报告", "——2026年1月8日在青溪县第九届人民代表大会", rest, "县长　邹一鸣",
                    "现在，我代表县人民政府，向大会报告工作，请予审议。"])
    assert next(k for k, t in found if t.endswith(rest)) == kind     # its own unit, or joined to the subtitle


@pytest.mark.parametrize("rest, kind", [
    ("见闻", SUBTITLE),                   # a report's subtitle wrapped before the word naming what it is (qa193)
    ("蹲点调查", SUBTITLE),
    ("采访手记", SUBTITLE),
    ("清晨六点，渔港码头已是一片繁忙。", "para"),   # the text's first line
])
def test_the_rest_of_a_reports_wrapped_subtitle_is_subtitle(rest, kind):
    found = _kinds(["海湾渔村变了样", "——北岸县推进渔港经济区建设与渔民转产", rest, "本报记者　简一禾",
                    "清晨六点，渔港码头已是一片繁忙。渔民们把刚卸下的海货装上冷链车，运往周边城市。"])
    assert next(k for k, t in found if t.endswith(rest)) == kind     # its own unit, or joined to the subtitle


# ---- qa92 (session 17): a box at the text's width amid the text ----
_BOX_SECOND_ENTRY = "入表后，数据资产按成本计量，企业应在财务报表附注中披露其来源、用途和摊销方法。"
_BOX_TEXT = "数据资产入表，是指企业将符合条件的数据资源确认为资产，在资产负债表中列示，相关规定自2024年起施行。"


@pytest.mark.parametrize(("label", "title"), [
    ("新闻链接", "什么是数据资产入表"),          # the label, the box's title, its paragraph
    ("背景链接", "什么是数据资产入表"),
    ("相关链接", None),                           # no title line
    ("【知识链接】", None),
])
def test_a_box_under_its_label_at_the_texts_width_amid_the_text_is_no_text(label, title):
    """  …text… / 新闻链接 / 什么是… / the box's paragraph, set as wide as the text / the text goes on: the box is no
    text of the article and its title no section (qa92)."""
    lines = [*wrapped(P1, 22), label, *([title] if title else []), *wrapped(_BOX_TEXT, 22), *wrapped(P2, 22)]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert kinds[_BOX_TEXT] == QUOTE and (title is None or kinds[title] == QUOTE)
    assert kinds[P1] == PARA and kinds[P2] == PARA


@pytest.mark.parametrize("lines", [
    # the text over the label stops mid-sentence: the paragraph under it may be its rest
    [*wrapped(P1[:-1] + "，并且", 22), "相关链接", *wrapped(_BOX_TEXT, 22), *wrapped(P2, 22)],
    # nothing of the text follows the box: the end of an article (a box of its own, read by the articles' rules)
    [*wrapped(P1, 22), "新闻链接", *wrapped(_BOX_TEXT, 22)],
    # an ordinary short line over text is no box's label
    [*wrapped(P1, 22), "坚持系统观念", *wrapped(_BOX_TEXT, 22), *wrapped(P2, 22)],
    # the box set a little narrower than the text, its second paragraph in the box's column: a box at the text's end,
    # not one amid the text (qa219)
    [*wrapped(P1, 26), "相关链接", *wrapped(_BOX_TEXT, 21), *wrapped(_BOX_SECOND_ENTRY, 21)],
])
def test_no_text_width_box_without_a_label_between_two_texts(lines):
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert kinds.get(_BOX_TEXT, PARA) == PARA


# ---- qa95 (session 17): a reprinted piece's closing note names the whole publication ----
@pytest.mark.parametrize("note, source", [
    ("（摘自《南岭日报》2026年4月8日）", "南岭日报"),        # (SOURCE_NOTE's shortest name read 南岭)
    ("（原载《北川观察》2026年第5期）", "北川观察"),
    ("（转载自2026年4月1日《西岭晚报》）", "西岭晚报"),
    ("（摘自《南岭日报》）", "南岭日报"),
    ("（资料来源：南岭市统计局）", "南岭市统计局"),          # a table's data source: read as before, no reprint
])
def test_a_source_note_names_the_whole_publication(note, source):
    from flows.units import credits_note_byline
    found = credits_note_byline(note)
    assert found is not None and found.source == source and found.authors == ()


# ---- qa96 (session 17): a paragraph cut by a photo set amid its column ----
@pytest.mark.parametrize(("cut", "rest", "joined"), [
    ("其三，坚持改革赋能，让生态价值更", "好转化。要健全生态产品价值实现机制。", True),
    ("要健全生态产品价值实现机制，推进排污权、", "用水权等市场化交易。", True),
    # a title line over the picture (no clause): no paragraph cut
    ("以高水平保护支撑高质量发展", "要健全生态产品价值实现机制。", False),
    # the text under the picture opens an item of its own
    ("其三，坚持改革赋能，让生态价值更", "其四，坚持全民行动，汇聚合力。", False),
])
def test_a_paragraph_cut_mid_sentence_by_a_caption_runs_on_past_it(cut, rest, joined):
    lines = [*wrapped(P1, 16, indent=0), cut, "图为清河生态修复段。", "本报记者 欧明远 摄", *wrapped(rest, 16, indent=0),
             *wrapped(P2, 16, indent=0)]
    found = units_of_text("\n\n".join(lines))
    texts = [u.text for u in found]
    assert (cut + rest in texts) is joined
    assert any(u.kind == CAPTION and u.text == "图为清河生态修复段。" for u in found)


def test_a_paragraph_cut_by_a_caption_runs_on_into_a_narrower_column_under_it():
    # under the picture the column is narrower: its first line, short of the column over the picture, is no heading
    cut = "陆明川：关键是推动四季运营。一是开发避暑康养产品，二是建设室内冰"
    rest = ["雪场馆，让游客一年四季", "都能体验冰雪；三是培育冰", "雪装备制造，延伸产业链条。"]
    lines = [*wrapped(P1, 16, indent=0), *wrapped(cut, 16, indent=0), "图为清河国际滑雪场。", "本报记者 欧明远 摄", *rest,
             *wrapped(P2, 16, indent=0)]
    texts = [u.text for u in units_of_text("\n\n".join(lines))]
    assert cut + "".join(rest) in texts


# ---- qa98 (session 17): Markdown interviews with half-width punctuation, advertorials after them ----
@pytest.mark.parametrize("line, speaker, text", [
    # a bold label, then a space, then its colon: one colon, not two
    ("**记者** : 盘活闲置农房，最难的是什么？", "记者", "记者：盘活闲置农房，最难的是什么？"),
    ("**严书珩** ： 最难的是取得农户的信任。", "严书珩", "严书珩：最难的是取得农户的信任。"),
    ("**主持人**  :请两位谈谈期待。", "主持人", "主持人：请两位谈谈期待。"),
])
def test_a_bold_speakers_label_with_a_spaced_colon_is_a_turn_with_one_colon(line, speaker, text):
    [u] = units(reflow_blocks([line]), markdown=True)
    assert (u.speaker, u.text.replace(" ", "")) == (speaker, text)


@pytest.mark.parametrize("line, kind", [
    ("南岭财经2026-05-27作者：戚安澜", META),            # publisher, date, then the author's field (rule 5 took the spaces)
    ("南岭财经 2026-05-27 09:30 作者:戚安澜 编辑:李华", META),
    ("东川观察2026年6月18日责任编辑：钱若川", META),
    # a news app's head line: publisher, date and time, then the source it took the text from (qa266)
    ("青川新闻客户端 2026-08-03 07:15 来源：青川日报", META),
    ("西岭融媒2026年5月9日稿源：西岭县融媒体中心", META),
    ("南岭财经2026年一季度营收增长12%，作者认为仍有空间。", PARA),   # text that opens with a name and a year
])
def test_a_publisher_and_date_over_a_labelled_field_is_a_line_of_fields(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


@pytest.mark.parametrize("label, advert", [
    ("本文为广告", True), ("（本文为推广内容）", True), ("本文系广告。", True), ("广告", True),
    ("本文为原创", False), ("广告投放要规范", False),
])
def test_a_line_saying_a_piece_is_an_advertisement_labels_it(label, advert):
    from flows.units import is_advert_label
    assert is_advert_label(label) is advert


@pytest.mark.parametrize("label, boxed", [
    # a box's label on a line of its own over a paragraph in a narrower column amid one article's text: the box, no
    # text of the article (qa97): a scholar's view, or a reading box's label (read as a credit line on a web page)
    ("学术观点", True),
    ("知识链接", True),
    ("延伸阅读", True),
    # another short line there is a heading of the text
    ("理论前沿", False),
])
def test_a_labelled_box_in_a_narrower_column_amid_the_text_is_no_text_of_it(label, boxed):
    from tests.shapes import P4, hung
    box = "生态产品价值实现机制，是指通过市场化和政府补偿等途径，把生态产品蕴含的生态价值转化为经济价值的制度安排。"
    text = "\n".join([*hung(P1, 20), label, *hung(box, 12), *hung(P2, 20), *hung(P4, 20)])
    found = units_of_text(text)
    paras = [u.text for u in found if u.kind == "para"]
    assert (box in paras) is not boxed
    assert P1 in paras and P2 in paras


@pytest.mark.parametrize("width, kinds", [
    # a two-line ■ block right under an author note, over the text, that would fit one line of its column: a pull
    # quote at the head of the next article's text (qa97)
    (22.0, ["note", QUOTE, "para"]),
    # ... one too long for a line of its column is a bulleted heading wrapped once
    (16.0, ["note", "plain", "para"]),
])
def test_a_two_line_box_block_under_an_author_note_that_fits_its_column_is_a_pull_quote(width, kinds):
    blocks = [("（作者系东岭省委宣传部理论处处长）", 1), ("■公共文化服务要从“有没有”向“好不好”转变", 2), (P1, 4)]
    found = units([Block(t, n, width, 0, None) for t, n in blocks], markdown=False)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("width, kinds", [
    # a two-line ■ block right under another pull quote, over the text, that would fit one line of its column: the
    # next quote of the run (qa132)
    (20.0, [QUOTE, QUOTE, "para"]),
    # ... one too long for a line of its column is a bulleted heading wrapped once
    (14.0, [QUOTE, "plain", "para"]),
])
def test_a_two_line_box_block_under_a_pull_quote_that_fits_its_column_is_a_pull_quote(width, kinds):
    blocks = [("■推进城乡融合发展，要让要素在城乡之间双向自由流动", 3), ("■把县城建设作为城乡融合的重要支点", 2), (P1, 4)]
    found = units([Block(t, n, width, 0, None) for t, n in blocks], markdown=False)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("after, kinds", [
    # a two-line ■ block after the text's last paragraph, under which only the title printed after the text and its
    # author come at the page's end: a pull quote, no bulleted heading, which heads text (qa267)
    ([("强化基层治理", 1), ("推动服务下沉", 1)], ["para", QUOTE, "plain", "plain"]),
    # ... or a box's label
    ([("本版编辑：林 溪", 1)], ["para", QUOTE, "credit"]),
    # a two-line ■ block over a paragraph heads it: a bulleted heading wrapped once
    ([(P2, 4)], ["para", "plain", "para"]),
])
def test_a_two_line_box_block_heading_no_text_after_the_text_is_a_pull_quote(after, kinds):
    blocks = [(P1, 4), ("■让群众办事少跑腿、少等待、多办成", 2), *after]
    found = units([Block(t, n, 20.0, 0, None) for t, n in blocks], markdown=False)
    assert [u.kind for u in found] == kinds


# ---- qa102: （一） heading lines under a section naming measures, each over one paragraph: items ----
MEASURE_BODY = "支持企业联合高校开展关键技术攻关，对成效明显的项目给予一次性奖励。"
MEASURE_BODY_2 = "鼓励社会资本参与设施建设运营，探索多元投入的长效机制。"


@pytest.mark.parametrize("lines, want", [
    # a section naming measures (措施): its （一）（二） lines, one paragraph each, are items
    (["二、重点举措", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "二、", "cn"), ("item", "（一）", "paren_cn"), ("item", "（二）", "paren_cn")]),
    # a lead paragraph under the section's heading, and the text's closing words after the last item
    (["三、几点对策", "为此，提出以下建议。", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道",
      MEASURE_BODY_2, BODY],
     [("heading", "三、", "cn"), ("item", "（一）", "paren_cn"), ("item", "（二）", "paren_cn")]),
    # the same layout under a section that names no measures stays subsections, in the same text too
    (["一、发展现状", "（一）创新主体加快集聚", MEASURE_BODY, "（二）投入渠道逐步拓宽", MEASURE_BODY_2,
      "二、对策建议", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"),
      ("heading", "二、", "cn"), ("item", "（一）", "paren_cn"), ("item", "（二）", "paren_cn")]),
    # a recommendations chapter, a plan's safeguards chapter, a conclusion with countermeasures: sections
    (["四、政策建议", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "四、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    (["四、保障措施", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "四、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    (["五、结论与对策", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "五、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    # one of them holds a list (1. 2.): they are subsections holding the measures
    (["二、对策建议", "（一）壮大创新主体", "1. 培育龙头企业", MEASURE_BODY, "2. 扶持中小企业", MEASURE_BODY_2,
      "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "二、", "cn"), ("heading", "（一）", "paren_cn"), ("item", "1.", "arabic"), ("item", "2.", "arabic"),
      ("heading", "（二）", "paren_cn")]),
    # one of them holds an inline list (一是…二是…)
    (["二、对策建议", "（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道",
      "一是设立引导基金，撬动社会资本；二是发行专项债券，支持设施建设。"],
     [("heading", "二、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    # one of them (not the last) holds two paragraphs
    (["二、对策建议", "（一）壮大创新主体", MEASURE_BODY, MEASURE_BODY_2, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "二、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
])
def test_paren_headings_over_one_paragraph_under_a_measures_section_are_items(lines, want):
    assert headings_and_items(["关于加快科技创新的几点思考", BODY, *lines]) == want


@pytest.mark.parametrize("line", [
    "解读单位：某某市商务局市场体系建设科",
    "起草部门：某某市发展和改革委员会",
])
def test_a_policy_explainers_office_field_is_text_not_a_heading(line):
    found = units(reflow_blocks(["关于某某实施方案的解读", BODY, "一、主要内容", BODY, line, "联系电话：0871-66580000"]),
                  markdown=False)
    assert [u.kind for u in found if u.text == line] == ["para"]


def test_research_bodies_set_apart_by_a_space_over_a_byline_are_the_authors_bodies():
    """The bodies' line between a title and its byline (qa102): front matter, neither the title's rest nor a heading."""
    line = "东湖公共政策研究中心　城市治理研究组"
    found = units(reflow_blocks(["东湖新区发展现代服务产业的路径选择", line, "撰文：罗嘉明、苏婉清", BODY, "一、发展基础", BODY]),
                  markdown=False)
    assert [u.kind for u in found if u.text == line] == ["affiliation"]


@pytest.mark.parametrize("first, kind", [
    # (qa100) a column banner whose word PDF extraction doubled, right over the first paragraph: furniture
    ("时评时评 广场", "meta"),
    ("观察观察 周刊", "meta"),
    # (qa222) the name under the doubled word a few spaced words: a section and its weekly or beat
    ("读书读书 文化 周刊", "meta"),
    ("视野视野 丝路 经贸", "meta"),
    # a line of two phrases not doubled stays a line of the head
    ("时事评论 广场", "plain"),
])
def test_a_doubled_banner_over_the_first_paragraph_is_furniture(first, kind):
    from tests.shapes import wrapped
    text = "\n\n".join([first, *wrapped(P1, 20, indent=0), *wrapped(P2, 20, indent=0)])
    found = units(reflow_blocks(text.split("\n")), markdown=False)
    assert (found[0].text, found[0].kind) == (first, kind)



@pytest.mark.parametrize("first, note, kind", [
    # (qa249) a doubled banner right over a note that the text under it comes from another page: furniture, no title
    ("理论理论 视点", "（上接第1版）", "meta"),
    ("观察观察 周刊", "（接第一版）", "meta"),
    # a line of two phrases not doubled over such a note stays a line of the head (the continued article's title)
    ("时事评论 广场", "（上接第1版）", "plain"),
])
def test_a_doubled_banner_over_a_continued_from_note_is_furniture(first, note, kind):
    from tests.shapes import wrapped
    text = "\n\n".join([first, note, *wrapped(P1, 20, indent=0), *wrapped(P2, 20, indent=0)])
    found = units(reflow_blocks(text.split("\n")), markdown=False)
    assert (found[0].text, found[0].kind) == (first, kind)

# ---- qa101 (session 17): web articles ----
@pytest.mark.parametrize("line, kind", [
    ("2025-05-08 08:30　阅读：3265", META),           # a date line with a readers' count: fields, no heading
    ("2025年5月8日 浏览量 1862", META),
    ("新闻联络人：产业发展处 林美华科长", CREDIT),      # a press release's press officer: a credit
    ("资料来源：东岭省统计局「2024年中小企业白皮书」", "para"),   # a line naming the figures' source: text, no heading
    ("数据来源：东岭省统计局", "para"),
    ("2025年5月8日的新变化", "plain"),                 # a heading opening with a date stays one
])
def test_web_page_field_lines_are_no_headings(line, kind):
    assert unit(Block(line, 1, 30.0, 0, None), markdown=False).kind == kind


@pytest.mark.parametrize("foot, kinds", [
    # the source line over a press officer's credit and the contact line under it: the page's credits (qa101)
    (["资料来源：东岭省发展委员会", "新闻联络人：产业发展处 林美华科长", "联络电话：(02)2316-5300分机1234"],
     [CREDIT, CREDIT, CREDIT]),
    # a source line as the page's last line: its credit
    (["资料来源：东岭省发展委员会"], [CREDIT]),
    # a source line over text names the figures of the paragraph over it: text
    (["资料来源：东岭省统计局", "以上数据表明，县域消费市场潜力巨大，仍需进一步完善商业设施。"], ["para", "para"]),
])
def test_a_source_line_and_contact_lines_at_a_pages_foot_are_credits(foot, kinds):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, P2, *foot]], markdown=False)
    assert [u.kind for u in found[2:]] == kinds


@pytest.mark.parametrize("box, kind", [
    # a data box (figures alone on their lines, each over its label) closed by the line naming its source: the box's
    # source, no text of the article under it (qa249)
    (["数 说", "26.8万辆", "前十月整车产量", "资料来源：南岭市统计局"], CAPTION),
    (["数 说", "前十月整车产量", "41.5%", "数据来源：南岭市统计局"], CAPTION),
    # a source line under a plain heading that is no figure: text, as before
    (["产业发展概况", "资料来源：南岭市统计局"], "para"),
])
def test_a_source_line_under_a_data_boxs_figures_is_the_boxs(box, kind):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, *box, "以数字化转型赋能制造业", P2]], markdown=False)
    assert found[len(box)].kind == kind


@pytest.mark.parametrize("box, kinds", [
    # (qa249) a data box's rows, each a label and its figure, under the box's label and over its source line: the box's
    (["数据看板", "全年社会物流总额 1.2万亿元", "同比增长 5.6%", "资料来源：南岭市统计局"], ["plain", CAPTION, CAPTION, CAPTION]),
    (["数 说", "前十月引进项目126个", "到位资金48.5亿元", "数据来源：南岭市商务局"], ["plain", CAPTION, CAPTION, CAPTION]),
    # one row is no box; rows right under a paragraph (no label over them) are not the box's either
    (["数据看板", "全年社会物流总额 1.2万亿元", "资料来源：南岭市统计局"], ["plain", "plain", "para"]),
    (["全年社会物流总额 1.2万亿元", "同比增长 5.6%", "资料来源：南岭市统计局"], ["plain", "plain", "para"]),
])
def test_a_data_boxs_rows_over_its_source_line_are_the_boxs(box, kinds):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, *box, "以数字化转型赋能制造业", P2]], markdown=False)
    assert [u.kind for u in found[1:1 + len(box)]] == kinds


FACT_BOX = ["石桥村小档案", "●区位：位于南岭县西北部，距县城", "26公里", "●人口：全村共385户1460人", "●主导产业：竹编、乡村旅游"]
RUN_IN = "路径：" + P2


@pytest.mark.parametrize("parts, text", [
    # (qa249) a fact box between two paragraphs, the one under it opening with a run-in head: residue, the text one
    ([wrapped(P1, 22), FACT_BOX, wrapped(RUN_IN, 22)], P1 + "\n" + RUN_IN),
    # amid a sentence the page cut mid-word: the paragraph runs on across it
    ([wrapped(P4, 22)[:2], FACT_BOX, wrapped(P4, 22)[2:], wrapped(P2, 22)], P4 + "\n" + P2),
    # right under the byline, over the text
    ([FACT_BOX, wrapped(P1, 22), wrapped(P2, 22)], P1 + "\n" + P2),
])
def test_a_fact_box_beside_or_amid_a_text_is_residue(parts, text):
    t = tables(page([["石桥村的竹编新路", "本报记者 韩知远"], *parts], blank_after_every_line=True))
    assert [a["text"] for a in t["articles"]] == [text]
    assert {r["text"] for r in t["residue"]} >= {"石桥村小档案", "人口：全村共385户1460人", "主导产业：竹编、乡村旅游"}


@pytest.mark.parametrize("items, kinds", [
    # short ■ lines one after another over the text: a summary list of the article's points, text (qa101)
    (["■ 县域商业网络不断完善", "■ 冷链设施短缺问题依然存在", "■ 下一步应在补短板上持续发力"], ["para", "para", "para"]),
    (["● 县域商业网络不断完善", "● 冷链设施短缺问题依然存在"], ["para", "para"]),
    # a lone ■ heading over the text stays a heading
    (["■ 县域商业网络不断完善"], ["plain"]),
])
def test_a_run_of_short_bulleted_lines_over_text_is_a_summary_list(items, kinds):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, *items, P2]], markdown=False)
    assert [u.kind for u in found[1:-1]] == kinds
    assert all(not u.text.startswith(("■", "●")) for u in found)


# ---- qa104 (session 17): an advertisement's label in round brackets under an advertorial ----
@pytest.mark.parametrize("label, advert", [
    ("（广告）", True), ("(推广)", True), ("（ 商业推广 ）", True),
    ("（广告法）", False), ("（推广经验）", False),
])
def test_an_advertisements_label_in_round_brackets_labels_it(label, advert):
    from flows.units import is_advert_label
    assert is_advert_label(label) is advert


# ---- qa106: a box at the text's width between two sections of an article ----
@pytest.mark.parametrize(("label", "title", "heading"), [
    ("知识链接", "数据资产入表", ["规范数据流通", "健全数据交易规则体系"]),     # a two-line heading under the box
    ("新闻链接", None, ["规范数据流通"]),                                     # a one-line heading, no box title
])
def test_a_box_under_its_label_between_two_sections_is_no_text(label, title, heading):
    """  …text… / 知识链接 / 数据资产入表 / the box's paragraph / the next section's heading / the text in the column of
    the text over the label: the box is no text of the article and its title no section; the heading stays one
    (qa106)."""
    lines = [*wrapped(P1, 22), label, *([title] if title else []), *wrapped(_BOX_TEXT, 21), *heading,
             *wrapped(P2, 22)]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert kinds[_BOX_TEXT] == QUOTE and (title is None or kinds[title] == QUOTE)
    assert kinds[heading[0]] != QUOTE and kinds[P1] == PARA and kinds[P2] == PARA


def test_a_box_before_text_in_another_column_after_a_heading_stays_text():
    """A title and text set in another column after the box's paragraph: the next piece, not the article going on."""
    lines = [*wrapped(P1, 22), "新闻链接", *wrapped(_BOX_TEXT, 21), "规范数据流通", *wrapped(P2, 30)]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert kinds.get(_BOX_TEXT, PARA) == PARA

# ---- qa108: a portal's list of attached files under 相关附件： ----
@pytest.mark.parametrize("tail, kinds", [
    (["相关附件：", "东川市年度任务分解表.docx", "东川市补贴实施细则.pdf"], ["attachments"] * 3),
    (["附件下载：", "1.东川市年度任务分解表.xlsx", "2.东川市补贴实施细则.PDF"], ["attachments"] * 3),
    (["附件：", "东川市年度任务分解表.docx"], ["attachments"] * 2),
    # a file name under no label is left as it was read
    (["东川市年度任务分解表.docx"], ["plain"]),
])
def test_attached_files_under_an_attachments_label_are_attachments(tail, kinds):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, P2, *tail]], markdown=False)
    assert [u.kind for u in found[2:]] == kinds

# ---- qa107: a paper's first-page note cited by a star ----

@pytest.mark.parametrize("line, is_field", [
    ("*基金项目：某省哲学社会科学规划课题（2024ZD017）。", True),
    ("＊基金项目：某市软科学研究计划项目", True),
    ("**作者简介：某某，某大学公共管理学院教授。", True),
    ("*收稿日期：2025-03-02", True),
    ("*本文观点仅代表作者本人。", False),      # a starred note, but no field of the paper's first page
    # (qa189) the label in brackets instead of before a colon
    ("*［基金项目］某省社会科学基金项目“乡村治理数字化研究”（FJ2024B031）", True),
    ("＊【作者简介】某某，某省委党校政治学教研部讲师。", True),
    ("*［本刊特稿］", False),                  # a bracketed label, but no first-page field
])
def test_a_starred_first_page_field_of_a_paper_is_front_matter(line, is_field):
    assert (unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == META) is is_field

SENTENCE_ENDED = "今年以来，全市新建改建农村公路四百余公里，群众出行更加便捷。下一步，还将推进城乡客运一体化。"
CUT_AT_COLUMN_END = "今年以来，全市新建改建农村公路四百余公里。下一步还将推进城乡客运一体化，让群众"


@pytest.mark.parametrize("text, last, note", [
    # after the last sentence's end
    (SENTENCE_ENDED, "（下转第三版）", "（下转第三版）"), (SENTENCE_ENDED, "（转A4版）", "（转A4版）"), (SENTENCE_ENDED, "（下转第 2 版）", "（下转第 2 版）"),
    (SENTENCE_ENDED, "（参见第3版）", None),      # no continuation note: it stays text (qa105)
    # cutting a sentence where the column ends (qa146)
    (CUT_AT_COLUMN_END, "（下转第三版）", "（下转第三版）"), (CUT_AT_COLUMN_END, "（下转A4版）", "（下转A4版）"),
    (CUT_AT_COLUMN_END, "（转A4版）", None),           # a bare 转 only after a sentence's end
])
def test_a_continuation_note_at_the_paragraphs_end_leaves_the_paragraph(text, last, note):
    found = units(reflow_blocks([text + last]), markdown=False)
    if note is None:
        assert [u.text for u in found] == [text + last]
    else:
        assert [(u.kind, u.text) for u in found] == [("para", text), (CONTINUED, note)]


@pytest.mark.parametrize("text, last, mark", [
    (SENTENCE_ENDED, "（完）", "（完）"), (SENTENCE_ENDED, "(完)", "(完)"),
    (CUT_AT_COLUMN_END, "（完）", None),     # inside a sentence: text (qa234; no signature either way)
])
def test_a_wire_storys_end_mark_at_the_paragraphs_end_leaves_the_paragraph(text, last, mark):
    found = units(reflow_blocks([text + last]), markdown=False)
    if mark is None:
        assert [u.text for u in found] == [text + last]
    else:
        assert [(u.kind, u.text) for u in found] == [("para", text), (CREDIT, mark)]


@pytest.mark.parametrize("first, note", [
    ("（上接第1版）", "（上接第1版）"), ("（紧接第一版）", "（紧接第一版）"), ("(接A2版)", "(接A2版)"),
    ("（接上文）", None),      # no page: it stays text (qa143)
])
def test_a_continued_from_note_before_the_first_sentence_leaves_the_paragraph(first, note):
    text = "城郊结合部是城市治理的薄弱环节，垃圾分类、违建整治等任务尤为繁重。"
    found = units(reflow_blocks([first + text]), markdown=False)
    if note is None:
        assert [u.text for u in found] == [first + text]
    else:
        assert [(u.kind, u.text) for u in found] == [(CONTINUED, note), ("para", text)]


def test_a_continuation_note_inside_a_clause_stays_text():
    text = "有关情况详见本报专版报道（转第3版）"
    assert [u.text for u in units(reflow_blocks([text]), markdown=False)] == [text]


@pytest.mark.parametrize("line, kind", [
    ("本版邮箱：sqpl@example.cn", CREDIT),          # the page's address at its foot (qa105)
    ("本刊电子信箱：llzk@example.org", CREDIT),
    ("邮箱：zhangsan@example.cn", "para"),           # a contact line in the text stays text
])
def test_a_page_mailbox_line_under_the_last_piece_is_furniture(line, kind):
    text = "乡村振兴，既要塑形，也要铸魂。只有把文化建设摆在更加突出的位置，乡村才能留得住乡愁。"
    found = units(reflow_blocks(["守住乡村的文化根脉", text, "钱 程", line]), markdown=False)
    assert [u.kind for u in found if u.text == line] == [kind]


@pytest.mark.parametrize("line, kind", [
    # a letters or commentary page's call for contributions at its foot, with its address or not (qa179)
    ("欢迎读者来信谈身边新变化、提出意见建议。来信请寄：某某报社读者工作部 电子邮箱：dz@example.cn", CREDIT),
    ("本版欢迎来稿，来稿请注明真实姓名和联系方式。", CREDIT),
    ("欢迎广大读者踊跃投稿", CREDIT),
    ("欢迎社会各界积极参与，共同守护乡村的文化根脉。", "para"),     # a welcome in the text stays text
])
def test_a_pages_call_for_contributions_under_the_last_piece_is_furniture(line, kind):
    text = "乡村振兴，既要塑形，也要铸魂。只有把文化建设摆在更加突出的位置，乡村才能留得住乡愁。"
    found = units(reflow_blocks(["守住乡村的文化根脉", text, "钱 程", line]), markdown=False)
    assert [u.kind for u in found if u.text.replace(" ", "") == line.replace(" ", "")] == [kind]


# ---- qa110: a line opening with ▲ is a photo's caption, credited or not ----
@pytest.mark.parametrize("text, caption", [
    ("▲ 志愿者在河道边清理垃圾。", True),                              # no credit at all
    ("▲农民在合作社仓库里分拣柑橘", True),                            # no stop either
    ("▲ 新建成的社区食堂，老人们在排队打饭。图源：街道办事处", True),   # a source after the sentence
    ("▲加强组织领导。建立联席会议制度。定期研究重大问题。", False),   # a bulleted paragraph of sentences
])
def test_a_line_opening_with_an_up_pointing_triangle_is_a_caption(text, caption):
    assert (unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == CAPTION) == caption


# ---- qa110: the line over a WeChat head line is the title, though it exclaims after a clause ----
@pytest.mark.parametrize("title, head, kind", [
    ("乡城推出十项便民举措，看看哪些和你有关？", "乡城发布 2025年10月02日 09:15 江苏", "plain"),
    ("秋收时节，这些农技服务送到田间地头！", "原创 沈可 乡城发布 2025-10-02 09:15 江苏", "plain"),
    ("秋收时节，这些农技服务送到田间地头！", "来源：乡城日报", "para"),     # over a mere field line: a sentence
])
def test_the_line_over_a_wechat_head_line_is_the_title(title, head, kind):
    found = units(reflow_blocks(["乡城发布", title, head, P1, P2]), markdown=False)
    assert found[1].kind == kind


# ---- qa110: a WeChat end mark spelt in full is chrome ----
@pytest.mark.parametrize("text, kind", [
    ("-THE END-", CREDIT), ("- The End -", CREDIT), ("THE END", CREDIT),
    ("The end of an era", "plain"),                       # English words, no end mark
])
def test_the_end_spelt_in_full_is_an_end_mark(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == kind


# ---- qa110: an ornament before a WeChat heading is its marker ----
@pytest.mark.parametrize("text, marker, heading", [
    ("◎ 改什么：先听居民意见", "◎", "改什么：先听居民意见"),
    ("❖守住安全底线", "❖", "守住安全底线"),
    ("◇ 建立长效管护机制", "◇", "建立长效管护机制"),
])
def test_an_ornament_before_a_heading_is_its_marker(text, marker, heading):
    u = unit(Block(text, 1, 40.0, 0, None), markdown=False)
    assert (u.kind, u.marker, u.heading) == ("plain", marker, heading)

@pytest.mark.parametrize("affiliation", [
    "（南岭大学金融研究院院长、教授）",       # as wide as the column under it: still a line of its own (qa113)
    "（中央党校（国家行政学院）教授）",       # a school's second name in brackets inside the affiliation's
    "（中央党校（国家行政学院））",
])
def test_a_bracketed_affiliation_line_under_a_lone_name_is_a_block_of_its_own(affiliation):
    lines = ["推动绿色金融提质扩容", "何文远", affiliation, *wrapped(P1, 16, 0), *wrapped(P2, 16, 0)]
    found = units(reflow_blocks(lines), markdown=False)
    assert [(u.kind, u.text) for u in found[1:3]] == [("byline", "何文远"), ("affiliation", affiliation)]
    assert [u.text for u in found[3:]] == [P1, P2]

# ---- qa114: a brief's issue line under a Markdown title is masthead ----
@pytest.mark.parametrize("line, kind", [
    ("南岭智库专报 2025年第6期（总第52期）", META),
    ("南岭智库专报 第6期", META),
    ("2025年第6期（总第52期）", META),
    ("本期共收录调研报告三篇，分别来自第6期", "para"),       # a sentence that ends with 期
])
def test_a_briefs_issue_line_in_markdown_is_masthead(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind

@pytest.mark.parametrize("lines, want", [
    # （一）…。 over a list numbered from 1: a section heading; its sibling over plain text too
    (["一、强化基层服务", "（一）完善服务网点布局。", "1.新建服务站点。" + MEASURE_BODY, "2.改造老旧站点。" + MEASURE_BODY_2,
      "（二）提升服务质量。", MEASURE_BODY],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    # 一、…。 over （一）… the same
    (["一、强化基层服务。", "（一）完善服务网点布局", MEASURE_BODY, "二、加强组织保障。", MEASURE_BODY_2],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "二、", "cn")]),
    # the grammar also opens paragraphs of text elsewhere (（一）…。text): it numbers measures, the stopped line too
    (["一、工作回顾", "（一）服务网点更加完善。" + MEASURE_BODY, "二、重点工作", "（一）完善服务网点布局。",
      "1.新建服务站点。" + MEASURE_BODY],
     [("heading", "一、", "cn"), ("heading", "二、", "cn")]),
    # no such line over a list: short stopped lines stay text (a list of short measures)
    (["一、强化基层服务", "（一）完善服务网点布局。", "（二）提升服务质量。", MEASURE_BODY],
     [("heading", "一、", "cn")]),
])
def test_stopped_section_headings_over_a_list_are_headings(lines, want):
    """Some offices end a section heading with a full stop (（一）推进城乡供水一体化。 alone on its line): read as text, it
    became a measure and the list under it measures beside it (qa115)."""
    assert headings_and_items([BODY, *lines]) == want


INLINE_LIST_BODY = "围绕群众需求完善服务体系。一是扩大服务覆盖，新建站点四十个；二是提升服务质量，开展人员培训。"


@pytest.mark.parametrize("lines, want", [
    # （三）…。 over a paragraph holding 一是…二是…, between heading lines （二）… and （四）…: a heading like them, though
    # the grammar opens run-in paragraphs (（一）…。text) under another chapter
    (["一、重点任务", "（一）完善服务网点布局", MEASURE_BODY, "（二）提升服务质量", MEASURE_BODY_2,
      "（三）推动服务数字化转型。", INLINE_LIST_BODY, "（四）加强队伍建设", MEASURE_BODY,
      "二、保障措施", "（一）加强组织领导。" + MEASURE_BODY, "（二）强化资金保障。" + MEASURE_BODY_2],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"),
      ("heading", "（三）", "paren_cn"), ("heading", "（四）", "paren_cn"), ("heading", "二、", "cn")]),
    # the last of the run: the heading before it is its number less one
    (["一、重点任务", "（一）完善服务网点布局", MEASURE_BODY, "（二）推动服务数字化转型。", INLINE_LIST_BODY,
      "二、保障措施", "（一）加强组织领导。" + MEASURE_BODY, "（二）强化资金保障。" + MEASURE_BODY_2],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"),
      ("heading", "二、", "cn")]),
    # between run-in paragraphs (no sibling heading line): it stays a short measure among them
    (["一、保障措施", "（一）加强组织领导。" + MEASURE_BODY, "（二）强化资金保障。", INLINE_LIST_BODY,
      "（三）严格督查考核。" + MEASURE_BODY_2],
     [("heading", "一、", "cn")]),
    # a heading of its grammar but not its number less one (（一） before （三）): no sibling
    (["一、重点任务", "（一）完善服务网点布局", MEASURE_BODY, "（三）推动服务数字化转型。", INLINE_LIST_BODY,
      "二、保障措施", "（一）加强组织领导。" + MEASURE_BODY],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "二、", "cn")]),
])
def test_a_stopped_heading_between_sibling_headings_is_a_heading(lines, want):
    """A plan may end one section heading with a full stop (（三）壮大银发经济产业集群。) where its siblings have none; with
    run-in （一）…。text measures under another chapter, that grammar read as measures and the section was lost (qa182)."""
    assert headings_and_items([BODY, *lines]) == want


SHI_LIST_BODY = "一是扩大服务覆盖，新建站点四十个。二是提升服务质量，开展人员培训。"
SHI_ITEM_2 = "二是完善服务标准，统一服务流程。"
RUN_IN_CHAPTER = ["三、保障措施", "（一）加强组织领导。" + MEASURE_BODY, "（二）强化资金保障。" + MEASURE_BODY_2]


@pytest.mark.parametrize("lines, want", [
    # （一）…。 and （二）…。 each over a paragraph opening 一是…: the run heads the chapter's parts, though the grammar
    # opens run-in paragraphs under another chapter
    (["一、重点任务", "（一）完善服务网点布局。", SHI_LIST_BODY, "（二）推动服务数字化转型。", "一是" + MEASURE_BODY, SHI_ITEM_2,
      *RUN_IN_CHAPTER],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"), ("heading", "三、", "cn")]),
    # one over 一是…, one over 1.…: lists of two grammars, a run of headings still
    (["一、重点任务", "（一）完善服务网点布局。", SHI_LIST_BODY, "（二）推动服务数字化转型。", "1.建设服务平台。" + MEASURE_BODY,
      *RUN_IN_CHAPTER],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"), ("heading", "三、", "cn")]),
    # the lists after a lead (围绕…，一是…)
    (["一、重点任务", "（一）完善服务网点布局。", "围绕群众需求，" + SHI_LIST_BODY, "（二）推动服务数字化转型。",
      "聚焦数字赋能。一是" + MEASURE_BODY, SHI_ITEM_2, *RUN_IN_CHAPTER],
     [("heading", "一、", "cn"), ("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"), ("heading", "三、", "cn")]),
    # one member over plain text: no run of lists; the grammar numbers measures as the run-in chapter says
    (["一、重点任务", "（一）完善服务网点布局。", SHI_LIST_BODY, "（二）推动服务数字化转型。", MEASURE_BODY_2, *RUN_IN_CHAPTER],
     [("heading", "一、", "cn"), ("heading", "三、", "cn")]),
    # a lone stopped line over 一是…: no run
    (["一、重点任务", "（一）完善服务网点布局。", SHI_LIST_BODY, *RUN_IN_CHAPTER],
     [("heading", "一、", "cn"), ("heading", "三、", "cn")]),
    # a run that does not start at 1 (（二）, （三）): no run numbered on from 1
    (["一、重点任务", "（二）完善服务网点布局。", SHI_LIST_BODY, "（三）推动服务数字化转型。", SHI_LIST_BODY, *RUN_IN_CHAPTER],
     [("heading", "一、", "cn"), ("heading", "三、", "cn")]),
])
def test_a_run_of_stopped_headings_each_over_a_list_are_headings(lines, want):
    """A plan may end all of a chapter's （一） headings with a full stop, each over a list of its own (一是…二是…): with run-in
    （一）…。text measures under another chapter the grammar read as measures, and each heading became an item whose text
    was the heading alone (qa194)."""
    assert headings_and_items([BODY, *lines]) == want


SPEECH_HEAD_1 = "一、统一思想认识，准确把握当前文化工作面临的形势。"
SPEECH_HEAD_2 = "二、突出工作重点，全力推动公共文化服务提质增效。"


@pytest.mark.parametrize("lines, want", [
    # 一、…。 and 二、…。 each over two paragraphs and more: a speech's section headings set as sentences
    ([SPEECH_HEAD_1, BODY, MEASURE_BODY, SPEECH_HEAD_2, MEASURE_BODY_2, BODY, MEASURE_BODY],
     [("heading", "一、", "cn"), ("heading", "二、", "cn")]),
    # one of them over one paragraph: lead phrases of measures, each with its text under it, stay text
    ([SPEECH_HEAD_1, BODY, SPEECH_HEAD_2, MEASURE_BODY_2, BODY], []),
    # a lone stopped line over paragraphs: no run
    ([SPEECH_HEAD_1, BODY, MEASURE_BODY, MEASURE_BODY_2], []),
])
def test_a_run_of_stopped_headings_each_over_paragraphs_are_headings(lines, want):
    """A speech may end its 一、 section headings with a full stop, each alone on its line over several paragraphs with no
    list opening under it: read as measures, each heading became a measure whose text was the heading alone (qa269)."""
    assert headings_and_items([BODY, *lines]) == want


@pytest.mark.parametrize("masthead", [["南岭市财政局", "南 岭 市 教 育 局"], ["南岭市财政局　南岭市教育局"], ["南岭市教育局"]])
def test_issuing_bodies_over_the_doc_number_at_a_documents_head_are_its_masthead(masthead):
    """A jointly issued document's red masthead names its bodies without 文件 over its 文号: read as plain lines it
    titled the notice and left the real title (bodies, then 关于…的通知) a section (qa115)."""
    lines = [*masthead, "南财教〔2026〕8号", "南岭市财政局 南岭市教育局", "关于做好2026年学生资助资金管理工作的通知", BODY]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found[:len(masthead) + 1]] == ["meta"] * (len(masthead) + 1)
    assert [u.kind for u in found[len(masthead) + 1:len(masthead) + 3]] == ["plain", "plain"]


@pytest.mark.parametrize("number", [
    "南教办明电〔2026〕3号　　　　　　签发人：许知远",          # the signer beside the 文号 (qa227)
    "南教办明电〔2026〕3号　　　　　　2026年1月9日",             # the date beside it
    "南教办明电〔2026〕3号",
])
def test_a_body_over_a_doc_number_with_its_signer_or_date_beside_it_is_the_masthead(number):
    """A body's red masthead without 文件 over a 文号 that carries its signer or date at the right margin: read as a plain
    line it titled the notice and left the real title (body, then 关于…的通知) a section."""
    lines = ["南岭市教育局办公室", number, "南岭市教育局办公室", "关于做好寒假期间校园安全工作的紧急通知", BODY]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found[:2]] == ["meta", "meta"]
    assert [u.kind for u in found[2:4]] == ["plain", "plain"]


@pytest.mark.parametrize("masthead", [
    ["南岭市财政局", "南岭市发展和改革委员会  文件", "南岭市教育局"],       # 文件 beside the middle of three bodies
    ["南岭市财政局", "南岭市教育局", "文件"],                                # 文件 on a line of its own under them
])
def test_stacked_bodies_with_wen_jian_beside_them_are_the_masthead(masthead):
    """Three bodies stacked, 文件 set right of the middle one (or extracted on its own line): the 文件 line read as a byline
    or a heading, and the lines over it titled the notice (qa124)."""
    lines = [*masthead, "南财教〔2026〕8号", "关于做好2026年学生资助资金管理工作的通知", BODY]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found[:len(masthead) + 1]] == ["meta"] * (len(masthead) + 1)
    assert found[len(masthead) + 1].kind == "plain"


@pytest.mark.parametrize("fields", [["000042"], ["000042", "特急"], ["秘密★5年", "加急"], ["000042", "机密★1年", "特急"]])
@pytest.mark.parametrize("masthead", [["南岭市教育局文件"], ["南岭市财政局", "南岭市教育局"]])
def test_a_documents_copy_number_secrecy_and_urgency_over_its_masthead_are_front_matter(fields, masthead):
    """GB/T 9704's 份号, 密级 and 紧急程度 lines over the red masthead: the first of them titled the document (qa124)."""
    lines = [*fields, *masthead, "南财教〔2026〕8号", "关于做好2026年学生资助资金管理工作的通知", BODY]
    found = units(reflow_blocks(lines), markdown=False)
    n = [u.text for u in found].index("南财教〔2026〕8号") + 1    # (short field lines may be read as one)
    assert [u.kind for u in found[:n]] == ["meta"] * n
    assert found[n].kind == "plain"


def test_six_digits_over_text_with_no_doc_number_stay_what_they_were():
    found = units(reflow_blocks(["000042", "南岭市教育局", BODY]), markdown=False)
    assert found[0].kind != "meta"


def test_a_body_over_a_doc_number_under_text_is_no_masthead():
    found = units(reflow_blocks([BODY, "南岭市教育局", "南财教〔2026〕8号", BODY]), markdown=False)
    assert "meta" not in [u.kind for u in found if u.text == "南岭市教育局"]


@pytest.mark.parametrize("blocks, kinds", [
    # a line set apart under a paragraph that holds it as one of its sentences: a pull quote with no box (qa116)
    ([("城市更新要算长远账。老街巷既要留得住乡愁，也要接得住烟火气。更新不是推倒重来。", 3),
      ("老街巷既要留得住乡愁，也要接得住烟火气", 1), (P2, 3)], ["para", QUOTE, "para"]),
    ([("老街巷既要留得住乡愁，也要接得住烟火气！更新不是推倒重来，而是久久为功。", 3),
      ("老街巷既要留得住乡愁，也要接得住烟火气", 1), (P2, 3)], ["para", QUOTE, "para"]),
    # ... not a heading whose words stand in the paragraph over it as a phrase of a sentence, nor a short one
    ([("良好生态是最普惠的福祉。建立健全流域生态补偿机制，是护好一江清水的关键。", 3),
      ("健全流域生态补偿机制", 1), (P2, 3)], ["para", "plain", "para"]),
    ([("更新不是推倒重来。总体要求。", 3), ("总体要求", 1), (P2, 3)], ["para", "plain", "para"]),
    # (qa262) set in quotation marks, a clause of the paragraph over it will do, over a paragraph or a heading
    ([("社区治理要算细账。要推动服务资源下沉到楼栋，让居民议事有平台、邻里互助有渠道。", 3),
      ("“让居民议事有平台、邻里互助有渠道”", 1), (P2, 3)], ["para", QUOTE, "para"]),
    ([("社区治理要算细账。要推动服务资源下沉到楼栋，让居民议事有平台、邻里互助有渠道。", 3),
      ("“让居民议事有平台、邻里互助有渠道”", 1), ("激活社区自治的内生动力", 1), (P2, 3)],
     ["para", QUOTE, "plain", "para"]),
    # ... not a bare clause, nor quoted words that are part of a clause, nor a quote of its own
    ([("社区治理要算细账。要推动服务资源下沉到楼栋，让居民议事有平台、邻里互助有渠道。", 3),
      ("让居民议事有平台、邻里互助有渠道", 1), (P2, 3)], ["para", "plain", "para"]),
    ([("社区治理要算细账。要推动服务资源下沉到楼栋，让居民议事有平台、邻里互助有渠道。", 3),
      ("“居民议事有平台、邻里互助有渠道”", 1), (P2, 3)], ["para", "plain", "para"]),
    ([("社区治理要算细账。要推动服务资源下沉到楼栋，让居民议事有平台、邻里互助有渠道。", 3),
      ("“让居民议事有平台”与“邻里互助有渠道”", 1), (P2, 3)], ["para", "plain", "para"]),
])
def test_a_line_repeating_a_sentence_of_the_paragraph_over_it_is_a_pull_quote(blocks, kinds):
    found = units([Block(t, n, 18.0, 0, None) for t, n in blocks], markdown=False)
    assert [u.kind for u in found] == kinds


# ---- qa118: a journal masthead's English twin with its name in title case ----
@pytest.mark.parametrize("text", [
    "2024年7月        Journal of Urban Governance        Jul. 2024",
    "2025年3月   China Rural Survey   Mar. 2025",
    "2025年2月   CHINESE PUBLIC ADMINISTRATION   Feb. 2025",      # (in capitals, as before)
])
def test_a_journal_mastheads_english_twin_is_masthead_not_a_title_line(text):
    assert unit(Block(text, 1, 40.0, 0, None), False).kind == META


# ---- qa120: 核心观点 over a box of key points set as a paragraph in a narrower column than the text ----
@pytest.mark.parametrize("box_width, kinds", [
    (13, [CREDIT, QUOTE, "para"]),        # a box beside the text: furniture like a ◆ box
    (20, ["heading", "para", "para"]),    # at the text's own width (a brief's section of key points): a heading
])
def test_the_label_over_a_narrow_paragraph_of_key_points_is_furniture_like_the_box(box_width, kinds):
    box = "县域商业体系是连接城乡的纽带，要以数字化、连锁化为方向，推动商贸、物流、电商深度融合，让工业品下得去、农产品上得来"
    found = units(reflow_blocks(["县域商业体系建设要在“通”字上求突破", "□ 温启明", "核心观点",
                                 *wrapped(box, box_width, indent=0), *wrapped(P1, 20, indent=0),
                                 *wrapped(P2, 20, indent=0)]), markdown=False)
    assert [u.kind for u in found[2:5]] == kinds

# ---- qa121: starred notes on the authors under a long front matter ----
@pytest.mark.parametrize("english", [True, False])
def test_starred_notes_at_the_first_pages_foot_under_an_english_front_matter_are_affiliations(english):
    front = ["Digital Transformation of Community Governance", "Abstract",
             "This article examines the digital transformation of community governance in one city.",
             "Keywords: community governance, digitalization"] if english else []
    notes = ["* 东岭大学公共事务学系副教授。", "** 南屿大学社会学研究所博士生。"]
    lines = ["社区治理的数字化转型", "周立恒*　许雅涵**", "摘要：本文考察社区治理数字化转型的困境与出路。", "关键词：社区治理；数字化",
             *front, "壹、前言", P1, P2, "近年来，各地社区普遍上线了网格化管理平台，基层数据采集能力明显增强。",
             "然而，平台之间数据不通、标准不一，基层干部仍需重复填报。", *notes, P1]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found if u.text in notes] == ["affiliation", "affiliation"]

# ---- qa122: a bold editor's note label set off by a space; a brief's closing credit naming its drafters ----
@pytest.mark.parametrize("line, text", [
    ("**编者按** 近年来，城乡居民医保参保人数有所下降。本期邀请专家解读。", "编者按：近年来，城乡居民医保参保人数有所下降。本期邀请专家解读。"),
    ("**导读**　县域商业体系建设进入提质阶段，记者走访了三个县。", "导读：县域商业体系建设进入提质阶段，记者走访了三个县。"),
    # the colon in place: as before
    ("**编者按**：近年来，城乡居民医保参保人数有所下降。", "编者按：近年来，城乡居民医保参保人数有所下降。"),
    # a bold lead phrase that is no note's label runs on as before
    ("**目标任务** 到2028年，全省县域商业网点覆盖率达到95%以上。", "目标任务 到2028年，全省县域商业网点覆盖率达到95%以上。"),
])
def test_a_bold_editors_note_label_set_off_by_a_space_reads_as_labelled(line, text):
    found = units(reflow_blocks([line]), markdown=True)
    assert found[0].text == text


# ---- qa244: an editor's note's label in plain text set off by a space (a full-width one, once normalized) ----
@pytest.mark.parametrize("line, text", [
    ("编者按 近年来，城乡居民医保参保人数有所下降。本期邀请专家解读。", "编者按：近年来，城乡居民医保参保人数有所下降。本期邀请专家解读。"),
    ("核心提示 县域商业体系建设进入提质阶段，记者走访了三个县。", "核心提示：县域商业体系建设进入提质阶段，记者走访了三个县。"),
    # the colon in place, or no label: as before
    ("编者按：近年来，城乡居民医保参保人数有所下降。", "编者按：近年来，城乡居民医保参保人数有所下降。"),
    ("编辑部 近年来，城乡居民医保参保人数有所下降。", "编辑部 近年来，城乡居民医保参保人数有所下降。"),
])
def test_a_plain_editors_note_label_set_off_by_a_space_reads_as_labelled(line, text):
    found = units(reflow_blocks([line]), markdown=False)
    assert found[0].text == text


@pytest.mark.parametrize("note, authors", [
    ("（执笔：龙湘宁　乔书远｜审核：闻立秋）", ("龙湘宁", "乔书远")),
    ("（执笔人：龙湘宁、乔书远；统稿：闻立秋）", ("龙湘宁", "乔书远")),
    ("（执笔：龙湘宁）", ("龙湘宁",)),
    ("（撰稿：乔书远　审校：闻立秋）", ("乔书远",)),
    # a writer's field naming no person signs nobody
    ("（执笔：省发展研究中心产业处）", None),
])
def test_a_briefs_closing_credit_names_its_drafters(note, authors):
    from flows.units import credits_note_byline
    found = credits_note_byline(note)
    assert (found.authors if found else None) == authors


# ---- qa122: a reprint note with the bare verb 刊于 / 载于 ----
@pytest.mark.parametrize("line, kind", [
    ("（本文刊于《北川观察》2026年第7期）", "credit"),
    ("本文载于《南岭日报》2026年3月9日第6版", "credit"),
    ("（原文刊于《北川观察》）", "credit"),
    # a sentence that opens with the verb is text
    ("刊于《北川观察》的一项调查显示，九成受访居民对改造效果表示满意。", "para"),
])
def test_a_reprint_note_with_a_bare_verb_is_a_credit(line, kind):
    found = units(reflow_blocks(["# 老旧小区改造的北川经验", "", P1, "", line]), markdown=True)
    assert found[-1].kind == kind


# ---- qa122: a Markdown table's numbered rows are text ----
@pytest.mark.parametrize("row, kind", [
    ("| 1 | 编制老旧小区改造专项规划 | 市住房和城乡建设局 |", "para"),
    ("| 12 | 设立城市更新基金 | 市财政局、市国资委 |", "para"),
])
def test_a_markdown_tables_numbered_row_is_text_not_a_heading(row, kind):
    rows = ["| 序号 | 重点任务 | 责任单位 |", "|---|---|---|", row]
    found = units(reflow_blocks(["## 二、重点任务", "", P1, "", *rows]), markdown=True)
    assert found[-1].kind == kind and found[-1].text.startswith(row.split("|")[1].strip())

# ---- qa119: a photo's caption wrapped over two lines amid a paragraph cut mid-sentence ----
CUT = "推进城乡融合，既要尊重规律，也要因地制宜，不能简单照搬，必须坚持先规划后建"
REST = "设，把好事办好、实事办实。"


@pytest.mark.parametrize("first, rest, joined", [
    # the caption's first line (图为…) stops mid-sentence over its rest, over the credit: one caption, and the paragraph
    # the picture cut goes on after it
    ("图为平川县农民在", "智能育秧工厂查看秧苗长势。", True),
    ("图为东岭市民在社区", "食堂就餐。", True),
    # a line that opens no caption over a sentence: text, and the paragraph stays cut
    ("加快建设高标准农田", "全面提升粮食产能。", False),
    # two sentences under 图为…: no caption of one sentence
    ("图为平川县农民在", "育秧工厂。秧苗长势良好。", False),
])
def test_a_caption_wrapped_over_two_lines_under_a_cut_paragraph_is_the_caption(first, rest, joined):
    blocks = [Block(CUT, 2, 24.0, 0, None), Block(first, 1, 24.0, 2, None), Block(rest, 1, 24.0, 3, None),
              Block("通讯员 郑 磊摄", 1, 24.0, 4, byline("通讯员 郑 磊摄")), Block(REST, 1, 24.0, 5, None)]
    found = units(blocks, markdown=False)
    assert (CUT + REST in [u.text for u in found]) == joined
    assert ([u.kind for u in found if u.text in (first, rest)] == [CAPTION, CAPTION]) == joined


# ---- qa119: a page's editor credits set without colons ----
@pytest.mark.parametrize("line, credit", [
    ("责任编辑 何 平 视觉编辑 程 前 校对 吴 敏", True),       # roles parted from names by spaces alone
    ("本版编辑 周 舟 李 慧  美编 夏 禾", True),
    ("本版责任编辑 宋晓东 何婧", True),
    ("美术编辑 高 妍", True),
    ("责任编辑要守住导向关", False),                         # a sentence about editors: text
    ("编辑部里的新故事", False),
    ("编 辑 出 版 工 作 要 守 正 创 新", False),              # a letter-spaced line of text
    ("本报记者 何 平", False),                                # a byline
])
def test_a_pages_credits_without_colons_are_furniture(line, credit):
    assert (unit(Block(line, 1, 24.0, 0, byline(line)), markdown=False).kind == CREDIT) == credit


def test_unlabelled_page_credit_initials_hold_every_first_character():
    # units.unit tries UNLABELLED_PAGE_CREDIT_LINE only on text opening with one of these
    roles = ("本版", "本期", "责任编辑", "责编", "编辑", "视觉编辑", "美术编辑", "美编")
    assert all(P.UNLABELLED_PAGE_CREDIT_LINE.match(f"{role} 何 平") for role in roles[2:])
    assert {role[0] for role in roles} <= set(P.UNLABELLED_PAGE_CREDIT_INITIALS)


# ---- qa119: a photo's credit in brackets on a line of its own ----
@pytest.mark.parametrize("line, kind", [
    ("（新华社记者 张 晓 摄）", CAPTION),            # a wire photographer's credit
    ("（本报记者 贺 岚摄）", CAPTION),
    ("（中青报·中青网记者 简 宁/摄）", CAPTION),
    ("（陈静远 摄）", CAPTION),                       # the photographer's name alone, set apart by a space
    ("（记者 韩 松 通讯员 林小雨）", BYLINE),         # a news item's closing signature: no credit
    ("（作者系东岭大学经济学院教授）", NOTE),
])
def test_a_photo_credit_in_brackets_on_its_own_line_is_the_captions(line, kind):
    assert unit(Block(line, 1, 22.0, 0, byline(line)), markdown=False).kind == kind


# ---- qa119: a profile box whose label is closed by its bracket alone ----
@pytest.mark.parametrize("text, boxed", [
    ("【专家简介】卢静怡，省商务厅流通发展处处长，长期从事流通体制研究。", True),
    ("[嘉宾介绍] 宁浩然，某农业大学经济管理学院副院长。", True),
    ("【专家简介】：卢静怡，省商务厅流通发展处处长。", True),              # with a colon, as before
    ("【作者简介】卢静怡，某大学教授。", False),                           # a paper's front matter, as before
    ("【专家观点】发展县域商业，要坚持市场主导、政府引导。", False),       # no profile label
])
def test_a_profile_label_closed_by_its_bracket_opens_the_profile_box(text, boxed):
    found = units([Block(P1, 3, 24.0, 0, None), Block(text, 2, 24.0, 4, None), Block(P2, 3, 24.0, 7, None)],
                  markdown=False)
    assert (found[1].kind == PROFILE) == boxed

# ---- qa124: a plan's bracketed duty note on a line of its own ----
@pytest.mark.parametrize(("line", "kind"), [
    ("（市水务局牵头）", "para"),
    ("（市住房城乡建设局牵头，各区人民政府按职责分工负责）", "para"),
    ("（市园林绿化局、市水务局按职责分工负责）", "para"),
    ("（2026—2028年）", "plain"),                   # a title's period: no duty note
])
def test_a_bracketed_duty_note_on_its_own_line_is_text_not_a_heading(line, kind):
    """（市住房城乡建设局牵头，…负责）: the duty note of the task over it, read as a section heading (qa124)."""
    lines = [*wrapped("1.推进雨污分流改造。" + BODY, 24), line, *wrapped("2.建设雨水调蓄设施。" + BODY, 24)]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found if u.text == line] == [kind]

@pytest.mark.parametrize("line, kind", [
    ("某政办发〔2026〕5号　　　　　　　　2026年2月27日", META),     # the date at the right margin
    ("某政办发〔2026〕5号　　二〇二六年二月二十七日", META),
    ("某政〔2026〕12号　　　　签发人：周立新", META),              # a report's signer at the right margin
    ("某发改〔2026〕3号　　签发人：周立新　陈　敏", META),
    ("某政办发〔2026〕5号　　关于做好春耕生产的通知", "plain"),    # a title after it is no field
])
def test_a_document_number_with_its_date_or_signer_beside_it_is_front_matter(line, kind):
    # The 文号 line of a document as issued may carry its date or signer at the right margin: front matter as the
    # bare number is, not an unmarked heading opening the text (qa123).
    found = _kinds(["某某市人民政府办公室关于做好春耕生产的通知", line, "各县（市、区）人民政府：", P1])
    assert found[1][0] == kind


# ---- qa123: a portal's attached files listed with their sizes ----
@pytest.mark.parametrize("tail, kinds", [
    (["附件下载：", "东川市年度任务分解表.docx（48KB）", "东川市补贴实施细则.pdf（1.2MB）"], ["attachments"] * 3),
    (["附件：", "东川市年度任务分解表.xlsx (35 KB)"], ["attachments"] * 2),
    # files whose short lines ran together into one block
    (["附件下载：", "东川市年度任务分解表.docx（48KB）东川市补贴实施细则.pdf（356KB）"], ["attachments"] * 2),
    (["东川市年度任务分解表.docx（48KB）"], ["plain"]),     # under no label: as it was read
])
def test_attached_files_listed_with_their_sizes_are_attachments(tail, kinds):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, P2, *tail]], markdown=False)
    assert [u.kind for u in found[2:]] == kinds

# ---- qa126: a caption that places someone in the picture, over its photo credit ----
@pytest.mark.parametrize("caption, credit, kinds", [
    ("吴立群（右）在示范田查看小麦长势。", "本报记者 严文彬 摄", [CAPTION, CAPTION]),
    ("代表们（前排左二）在园区听取企业介绍。", "本报记者 严文彬 摄", [CAPTION, CAPTION]),
    # a sentence with no such mark, opening with no day, under a paragraph: it may be the text's last line
    ("吴立群在示范田查看小麦长势。", "本报记者 严文彬 摄", ["para", CAPTION]),
    # a bracketed word that places no one, with no credit under it, stays text
    ("吴立群（右）在示范田查看小麦长势。", "有人在观望中焦虑", ["para", "plain"]),
])
def test_a_line_placing_someone_in_the_picture_over_a_photo_credit_is_the_caption(caption, credit, kinds):
    found = units([Block(t, 1, 30.0, 0, byline(t)) for t in [P1, caption, credit, P2]], markdown=False)
    assert [u.kind for u in found[1:3]] == kinds

# ---- qa127: a paragraph cut mid-sentence by a pull quote set amid its column ----
QUOTE_LINES = ["■要让农民在产业", "链延伸中分享更", "多增值收益"]


@pytest.mark.parametrize(("cut", "rest", "joined"), [
    ("要健全联农带农机制，推广订单收购、保底分红等做法，", "让农户更多分享产业增值收益。", True),
    # the cut part's last line, short over the quote's narrow lines, stopped mid-word under its first part
    ("要健全联农带农机制，推广订单收购、保底分红等做法，让农户", "更多分享产业增值收益。", True),
    # a paragraph ending its sentence over the quote: no cut
    ("要健全联农带农机制，推广订单收购、保底分红等做法。", "让农户更多分享产业增值收益。", False),
    # the text under the quote opens an item of its own
    ("第一，健全联农带农机制，推广订单收购、保底分红等做法，", "第二，让农户更多分享产业增值收益。", False),
])
def test_a_paragraph_cut_mid_sentence_by_a_pull_quote_runs_on_past_it(cut, rest, joined):
    lines = [*hung(P1, 20), *hung(cut, 20), *QUOTE_LINES, *hung(rest, 20), *hung(P2, 20)]
    found = units_of_text("\n".join(lines))
    texts = [u.text for u in found]
    assert (cut + rest in texts) is joined
    assert any(u.kind == QUOTE for u in found)

# ---- qa130: a book review's book line ----
@pytest.mark.parametrize(("line", "kind"), [
    ("（《乡村振兴的实践逻辑》，林远舟著，中国社会科学出版社2025年9月出版）", "para"),
    ("《城市更新十讲》，唐若水主编，商务印书馆出版社2024年版", "para"),
    ("（《数字治理导论》，苏明哲、程一帆著，北方人民出版社2026年1月出版）", "para"),
    ("《数字治理导论》读后", "plain"),                   # a heading naming a book: no publisher
])
def test_a_reviews_book_line_on_its_own_line_is_text_not_a_heading(line, kind):
    """（《书名》，某某著，某某出版社2025年9月出版）: the book a review is about, under its text, read as a heading (qa130)."""
    lines = [*wrapped("这本书值得一读。" + BODY, 24), *wrapped(line, 24), *wrapped("作者还指出，" + BODY, 24)]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found if u.text == line] == [kind]

# ---- qa128: plain-text think-tank briefs and interviews ----
@pytest.mark.parametrize(("head", "moved"), [
    (["关于加快培育冰雪经济的几点建议"], True),
    # the masthead's fields between the title and the lead box
    (["关于加快培育冰雪经济的几点建议", "北原发展研究院 | 决策参考 2026年第3期 | 2026-02-11"], True),
    # a lead box amid the text, not at the head: the byline under it stays where it is
    (["关于加快培育冰雪经济的几点建议", "近年来，我省冰雪旅游持续升温，冰雪装备制造初具规模，带动了一批县域产业发展。"], False),
])
def test_a_plain_briefs_bylines_under_its_lead_box_sign_the_title(head, moved):
    text = "\n\n".join([*head, "内容提要：冰雪经济是新的增长点。课题组调研发现，我省冰雪产业链条短、季节性强，建议从场地、装备、人才三方面发力。",
                        "执笔：韩松雪 邵一鸣", "一、冰雪经济发展的基本情况",
                        "去年全省接待冰雪游客2100万人次，同比增长18.6%，冰雪旅游收入突破300亿元。"])
    kinds = [u.kind for u in units_of_text(text)]
    at = len(head)
    assert (kinds[at:at + 2] == ["byline", "abstract"]) is moved


@pytest.mark.parametrize(("masthead", "kind"), [
    ("北原发展研究院 | 决策咨询要报 | 2026年第5期（总第88期）", "meta"),
    ("北原发展研究院｜研究报告摘要｜第12期", "meta"),
    ("北原政策研究所 | 政策简报 Policy Brief | 第3期", "meta"),
    ("北原智库 · 决策参考 · 2026年第14期", "meta"),          # parted by middle dots
    # a title holding a bar and no issue stays a line that may title the text
    ("北原观察 | 冰雪经济怎样热起来", "plain"),
])
def test_a_think_tanks_barred_masthead_with_its_issue_is_no_line_of_the_title(masthead, kind):
    text = "\n\n".join([masthead, "关于加快培育冰雪经济 延长冰雪产业链条 推动冰雪装备制造提质升级的几点建议", "执笔：韩松雪 邵一鸣",
                        "去年全省接待冰雪游客2100万人次，同比增长18.6%，冰雪旅游收入突破300亿元。"])
    found = units_of_text(text)
    assert found[0].kind == kind and found[0].text.startswith(masthead[:4])


@pytest.mark.parametrize(("names", "turned"), [
    (["韩松雪", "邵一鸣", "韩松雪"], True),
    (["韩松雪", "邵一鸣", "邵一鸣"], True),
    # each name once: they may sign texts, and stay bylines
    (["韩松雪", "邵一鸣", "严文彬"], False),
])
def test_a_plain_roundtables_name_lines_over_each_answer_are_turns(names, turned):
    answers = ["冰雪经济的短板在场地，很多县城缺少标准化的冰雪场馆。", "装备制造是另一块短板，本地配套率还不到三成。",
               "人才方面，我们和职业院校合作开设了冰雪运动专业。"]
    lines = ["冰雪经济怎样持续升温", "一问：冰雪经济的短板在哪里？"]
    for name, answer in zip(names, answers):
        lines += [name, answer]
    found = units_of_text("\n\n".join(lines))
    texts = [u.text for u in found]
    assert (f"{names[2]}：{answers[2]}" in texts) is turned
    assert (names[2] in texts) is not turned


@pytest.mark.parametrize(("line", "kind"), [
    ("首页 / 访谈 / 正文", CREDIT),           # (qa128) a trail parted by slashes
    ("首页/观点/评论/正文", CREDIT),
    ("首页 / 访谈", "plain"),                  # two steps: may be a column's name
])
def test_a_breadcrumb_trail_parted_by_slashes_is_chrome_not_the_title(line, kind):
    found = units_of_text("\n\n".join([line, "冰雪经济怎样持续升温", P1]))
    assert found[0].kind == kind


@pytest.mark.parametrize("fields", ["北原财经 2026-02-11 作者:韩松雪", "北原财经 2026-02-11 08:30 作者：韩松雪 编辑：邵一鸣"])
def test_a_plain_pages_short_line_of_publisher_date_and_fields_is_front_matter(fields):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", fields, P1]))
    assert [u.kind for u in found[:2]] == ["plain", "meta"]


@pytest.mark.parametrize(("label", "kind"), [
    ("01观点", "plain"),                 # (qa134) an outlet's number glued to a column word, at the page's head
    ("01 论坛", "plain"),
    ("02时评", "plain"),
    ("观点 01", "plain"),                # the other way round was a plain line already
    ("01观点｜社评", "plain"),           # with the column's path
    ("01观点 2026-03-14 06:30", "meta"),  # with the page's date: a field line
])
def test_a_numbered_column_label_at_a_pages_head_is_a_plain_line_not_an_item(label, kind):
    found = units_of_text("\n\n".join([label, "冰雪经济怎样持续升温", "文／韩松雪", P1]))
    assert found[0].kind == kind and found[2].kind == BYLINE


@pytest.mark.parametrize(("byline_line", "bio", "kind"), [
    ("文／韩松雪", "韩松雪：北原大学公共管理学院副教授，研究区域经济与县域发展。", "affiliation"),   # (qa134)
    ("■韩松雪", "韩松雪，北原发展研究院产业经济研究所研究员", "affiliation"),
    ("文／韩松雪", "韩松雪为北原大学经济学院讲师。", "affiliation"),
    ("文／韩松雪", "韩松雪：资深传媒人、时事评论员。", "affiliation"),                # a profession, no institution
    ("■韩松雪", "韩松雪，执业大律师，北原市法律援助协会前主席。", "affiliation"),
    # the writer's name opening a sentence of the text stays text
    ("文／韩松雪", "韩松雪：去年全省接待冰雪游客2100万人次，同比增长18.6%，冰雪旅游收入突破300亿元。", "para"),
    # another name than the byline's is no bio of its writer
    ("文／韩松雪", "邵一鸣：北原大学公共管理学院副教授，研究区域经济与县域发展。", "para"),
])
def test_a_writers_bio_opening_with_the_bylines_name_under_it_is_front_matter(byline_line, bio, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", byline_line, bio, P1]))
    assert found[1].kind == BYLINE and found[2].kind == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("延伸阅读：【冰雪经济】北原市冰雪旅游收入突破三百亿元　装备配套率不足三成", CREDIT),   # (qa134) wide
    ("相关阅读：北原市出台冰雪产业发展三年行动计划　明确十二项重点任务和三十条支持措施？", CREDIT),
    # a box with its text run in after the label, sentences and all, is no link
    ("延伸阅读：冰雪经济是以冰雪资源为依托、以冰雪运动和冰雪旅游为主体的经济形态。它涵盖装备制造等多个产业。", "para"),
])
def test_a_further_reading_label_with_its_linked_headline_is_chrome_however_wide(line, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", P1, line, P2]))
    assert found[3].kind == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("（文章仅属作者意见，不代表本网立场。）", CREDIT),     # (qa134) 仅属, bracketed
    ("（本文只代表作者个人意见，不代表本报立场）", CREDIT),
    ("文章纯属作者个人观点，并不代表本刊立场。", CREDIT),
    ("以上内容仅属个人看法", CREDIT),
    # a sentence of the text that says what the text only does stays text
    ("本文只讨论县域冷链设施建设的一个侧面，运营机制的问题留待另文再谈。", "para"),
])
def test_a_disclaimer_saying_whose_view_the_text_gives_is_chrome(line, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", P1, P2, line]))
    assert found[4].kind == kind


@pytest.mark.parametrize(("entries", "kind"), [
    (["1 参见北原市统计局2025年统计公报。", "2 笔者于2025年6月访谈整理。"], "notes"),   # (qa134)
    (["1参见北原市统计局2025年统计公报。", "2《北原市冰雪产业发展规划》，2024年。"], "notes"),
    # a number that does not run on from the label's first note opens no note
    (["2025年，全省冰雪旅游收入突破300亿元，同比增长18.6%。"], "para"),
    (["3 参见北原市统计局2025年统计公报。"], "para"),
])
def test_footnotes_numbered_by_a_bare_digit_under_a_notes_label_are_notes(entries, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", P1, "注释", *entries]))
    assert found[2].kind == "notes" and {u.kind for u in found[3:]} == {kind}


@pytest.mark.parametrize(("field", "kind"), [
    ("撰文：02评论", "meta"),            # (qa134) a column signing, no person's name: a field, no line of the title
    ("作者：北原01评论组", "meta"),
    ("撰文：韩松雪", BYLINE),            # a name stays a byline
])
def test_a_writers_field_naming_no_person_is_front_matter_not_a_title_line(field, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", field, P1]))
    assert found[0].kind == "plain" and found[1].kind == kind


@pytest.mark.parametrize(("links", "after", "kind"), [
    # (qa134) links tagged by topic under the label, the text going on under a heading after them
    (["【冰雪】北原市冰雪旅游收入突破三百亿元", "【县域】三县共建冰雪装备产业园"], "（二）装备制造要补链", CREDIT),
    (["【冰雪】北原市冰雪旅游收入突破三百亿元"], "（二）装备制造要补链", CREDIT),
    (["【冰雪】北原市冰雪旅游收入突破三百亿元", "【县域】三县共建冰雪装备产业园"], P2, CREDIT),
    # one untagged line over text: a box's title over its piece, kept
    (["北原市冰雪旅游收入突破三百亿元"], P2, "plain"),
])
def test_links_tagged_by_topic_under_a_reading_label_are_chrome_though_text_follows(links, after, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", P1, "延伸阅读：", *links, after]))
    assert found[3].kind == CREDIT and {u.kind for u in found[4:4 + len(links)]} == {kind}


@pytest.mark.parametrize(("links", "after", "kinds"), [
    # (qa244) untagged links, one a quoted headline read as a field line, closed by the text's next numbered heading
    (["北原市冰雪旅游收入突破三百亿元", "专家：冰雪装备须与邻省错位发展"], "二、装备制造要补链", [CREDIT, "heading"]),
    (["三县共建冰雪装备产业园"], "（二）装备制造要补链", [CREDIT, "heading"]),
    # closed by text or an unnumbered line: a box's title (and a field) over its piece, kept as before
    (["北原市冰雪旅游收入突破三百亿元", "专家：冰雪装备须与邻省错位发展"], P2, [CREDIT, "plain", "meta", "para"]),
])
def test_untagged_links_amid_a_text_end_at_its_next_numbered_heading(links, after, kinds):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", P1, "延伸阅读：", *links, after]))
    assert [kind for kind, _ in groupby(u.kind for u in found[3:])] == kinds


@pytest.mark.parametrize(("rows", "kind"), [
    (["2021 120.5 8.2", "2025 300.4 18.6"], "para"),          # (qa134) a year and two numbers: rows, no heading
    (["2021—2023 120.5 8.2%", "2024—2025 300.4 18.6%"], "para"),
    (["2.1 冰雪旅游", "2.2 冰雪装备"], "heading"),               # decimal headings stay headings
])
def test_a_three_column_tables_rows_of_numbers_under_their_year_are_text_not_headings(rows, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", P1, "表1 北原市冰雪产业主要指标", *rows, P2]))
    assert {u.kind for u in found if u.text[:1].isdecimal()} == {kind}


# ---- qa136: a WeChat head line labelled 原创 whose date stands on a line of its own ----
@pytest.mark.parametrize("line, kind", [
    ("原创 南岭观察研究中心 南岭观察", "meta"), ("原创 钟若溪 南岭观察", "meta"),   # label and names, no date
    ("原创 南岭观察", "meta"),
    ("原创性成果如何转化为现实生产力", "plain"),            # a title opening with the word, no label
    ("原创，是文化产业的生命线。", "para"),                # a sentence
])
def test_a_wechat_label_line_without_its_date_is_front_matter_not_a_title(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


# ---- qa136: a closing label over the writers' bios names the authors ----
@pytest.mark.parametrize("label, bios, authors", [
    ("本文作者", ["罗清远，北辰智库研究院研究员，主要研究方向为区域经济；", "庞一鸣，北辰智库研究院助理研究员。"],
     ("罗清远", "庞一鸣")),
    ("【关于作者】", ["罗清远，北辰大学经济学院教授。"], ("罗清远",)),
    ("作者简介", ["罗清远，北辰大学经济学院教授。", "庞一鸣，北辰大学经济学院讲师。"], ("罗清远", "庞一鸣")),
    ("本文作者", [P2], None),                       # text under the label, no bio: no byline
    # two writers profiled on one line, a semicolon apart: both (qa286)
    ("作者简介", ["罗清远，北辰智库研究院区域所所长，研究员；庞一鸣，北辰智库研究院助理研究员。"], ("罗清远", "庞一鸣")),
])
def test_a_label_over_the_writers_bios_names_the_authors(label, bios, authors):
    found = units_of_text("\n\n".join(["县域经济怎样提质增效", P1, label, *bios, "编辑 | 郝小溪"]))
    assert (found[2].byline.authors if found[2].kind == BYLINE and found[2].byline else None) == authors
    if authors:
        assert {u.kind for u in found[3:3 + len(bios)]} == {"affiliation"}


# ---- qa140: a news item's dateline set letter-spaced ----
@pytest.mark.parametrize("spaced", [False, True])
def test_a_news_items_dateline_set_letter_spaced_is_its_byline(spaced):
    def set_out(line: str) -> str:
        return " ".join(line) if spaced else line
    text = "5月18日，全省新能源汽车下乡活动在南湖市启动，组织30余家车企的80余款车型走进乡镇，活动将持续至10月底。"
    found = units(reflow_blocks(["新能源汽车下乡活动启动", set_out("本报讯（记者 杜明轩）" + text)]), markdown=False)
    assert [(u.kind, u.byline and u.byline.authors) for u in found[1:]] == [("byline", ("杜明轩",)), ("para", None)]


# ---- qa140: a strip of photos under one picture label ----
@pytest.mark.parametrize(("credits", "caption"), [
    (("（本报记者 许 航 摄）", "（本报通讯员 严 平 摄）"), True),      # credits in brackets, a photo each
    (("本报记者 许 航 摄", "本报通讯员 严 平 摄"), True),
    (("（本报记者 许 航 摄）", None), True),                        # one photo: its caption as before
])
def test_every_caption_of_a_photo_strip_under_a_picture_label_is_a_caption(credits, caption):
    first, second = "6月2日，南岭县农技人员在育秧工厂查看秧苗长势。", "6月3日，游客在南岭县花溪村的稻田里体验插秧。"
    lines = [*wrapped(P1, 20), *wrapped(P2, 20), "图片新闻", *wrapped(first, 17), credits[0],
             *([*wrapped(second, 17), credits[1]] if credits[1] else []), *wrapped(P3, 20)]
    found = units_of_text("\n\n".join(lines))
    kinds = {u.text: u.kind for u in found}
    assert kinds[first] == CAPTION
    if credits[1]:
        assert kinds[second] == CAPTION
    assert kinds[P3] == PARA

# ---- qa142: footnotes labelled 注1： at a page's foot ----

@pytest.mark.parametrize("cite, is_note", [
    ("（注1）", True),      # cited in brackets after a word
    ("注1", True),          # cited bare
    ("", False),            # cited nowhere: a note to a table, or text, as read
])
def test_footnotes_labelled_zhu_n_over_a_page_number_are_notes(cite, is_note):
    """注1：…/注2：… over a PDF page number (- 7 -), cited by the text above: notes, not paragraphs (qa142)."""
    above = f"全县常住人口较上年减少约二千人{cite}，其中青年外出务工者占比逾六成{cite.replace('1', '2')}。"
    notes = ["注1：县统计局，2024年人口抽样调查资料。", "注2：县人力资源和社会保障局，外出务工人员登记资料。"]
    text = "\n".join([above, *notes, "- 7 -", P1])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert [kinds[n] == NOTES for n in notes] == [is_note, is_note]


@pytest.mark.parametrize("line, field", [
    ("受托单位：某某经济研究院", True),
    ("委托单位：某某市发展和改革委员会", True),
    ("执行机构：某某大学公共政策研究中心", True),
    ("受托单位的遴选与管理", False),              # a heading about such bodies: no colon
])
def test_a_commissioned_reports_cover_fields_are_front_matter(line, field):
    """受托单位：… under a report's title, over its researchers: a field, never a title line (qa142)."""
    text = "\n".join(["县域科技成果转化服务体系建设研究", line, "计划主持人：钟予安", "", "一、研究背景", P1, P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert (kinds[line] == META) is field


@pytest.mark.parametrize("rows, is_table", [
    (["工作项目 完成时间", "完成方案编制 2026年第一季", "启动试点建设 2026年第三季", "全面推广应用 2027年"], True),
    (["工作项目 完成时间", "完成方案编制 2026年第一季"], False),        # two lines: maybe a spaced title and a heading
])
def test_a_two_column_tables_rows_are_text(rows, is_table):
    """A two-column table extracted as lines, its cells one space apart once spaces are normalised: three rows or more
    are text, one paragraph a row, neither headings nor furniture (qa142)."""
    text = "\n".join([P1, "具体进度安排如下：", *rows, "", P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert all(kinds.get(r) == PARA for r in rows) is is_table


# ---- qa145: a （一） run set partly as heading lines, partly run into their paragraphs ----
RUN_IN_2 = "（二）拓宽投入渠道。鼓励社会资本参与设施建设运营，探索多元投入的长效机制。"
RUN_IN_4 = "（四）优化人才服务。完善人才公寓和子女入学保障，让各类人才留得住、干得好。"


@pytest.mark.parametrize("lines, want", [
    # heading lines over one paragraph each among run-in siblings: the whole run is items
    (["（一）壮大创新主体", MEASURE_BODY, RUN_IN_2, "（三）健全转化机制", MEASURE_BODY_2, RUN_IN_4],
     [("item", "（一）", "paren_cn"), ("item", "（三）", "paren_cn")]),
    # the last member a heading line, the text's closing words after it
    (["（一）壮大创新主体", MEASURE_BODY, RUN_IN_2, "（三）健全转化机制", MEASURE_BODY_2, BODY],
     [("item", "（一）", "paren_cn"), ("item", "（三）", "paren_cn")]),
    # a heading line holding two paragraphs: the heading lines stay sections
    (["（一）壮大创新主体", MEASURE_BODY, MEASURE_BODY_2, RUN_IN_2, "（三）健全转化机制", MEASURE_BODY_2, RUN_IN_4],
     [("heading", "（一）", "paren_cn"), ("heading", "（三）", "paren_cn")]),
    # heading lines only (no run-in member): sections, as before
    (["（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2],
     [("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    # a run-in paragraph of another run (numbering restarted at 1) does not make these items
    (["（一）壮大创新主体", MEASURE_BODY, "（二）拓宽投入渠道", MEASURE_BODY_2, "一、保障措施",
      "（一）加强组织领导。建立联席会议制度，定期研究重大事项。", RUN_IN_2],
     [("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn"), ("heading", "一、", "cn")]),
])
def test_paren_heading_lines_among_run_in_siblings_are_items(lines, want):
    assert headings_and_items(["关于加快科技创新的几点思考", BODY, *lines]) == want


# ---- qa145: a letter-spaced name under a title that stands under the text before's title and byline ----
@pytest.mark.parametrize("over_title, under, signs", [
    # the text before signed by its title and byline, then the next title, the spaced name and a pull quote
    (["以数字技术赋能基层治理", "韩明远"], ["■基层治理要把科技手段与", "群众工作紧密结合起来，", "让数据多跑路", BODY], True),
    # the same with the text right under the name
    (["以数字技术赋能基层治理", "韩明远"], [BODY], True),
    # no byline over the title: the title and the spaced line are not read as a signed pair
    ([], [BODY], False),
])
def test_a_letter_spaced_name_under_a_title_between_two_texts_is_its_byline(over_title, under, signs):
    name = "邵 知 远"
    lines = [BODY, "县域治理需要久久为功，持续发力。", *over_title, "推动公共服务向乡村延伸", name, *under]
    found = units(reflow_blocks(lines), markdown=False)
    at = [u for u in found if u.text == name]
    assert ([u.kind for u in at] == ["byline"]) is signs

@pytest.mark.parametrize(("line", "kind"), [
    # (qa148) a bold copyright notice or disclaimer label is chrome however long, not a speaker's turn
    ("**版权声明：** 本刊所刊文章版权归本院所有，未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用。", CREDIT),
    ("**免责声明：** 本报告所载观点仅代表研究团队意见，不代表本院立场，亦不构成任何决策建议或者投资建议。", CREDIT),
    ("**周明远：** 版权声明要写清楚，授权范围也要写清楚。", "para"),
])
def test_bold_copyright_notice_is_no_turn(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


@pytest.mark.parametrize(("line", "speaker"), [
    # (session 26, qa225) a standfirst's bold label, its colon inside the bold, is the note's, as 核心提示：… is in
    # plain text: no interview turn, which made the article a talk and kept the note in its text
    ("**核心提示：**乡村书屋怎样才能用起来？既要有书可读，也要有人来读。", None),
    ("**核心阅读：** 乡村书屋建成后如何管好用好，关键在于有人管、有人来。", None),
    ("**阅读提示：**乡村书屋建成不少，用好的不多。", None),
    ("**林知远：** 乡村书屋建成后，关键要有人管、有人来。", "林知远"),
])
def test_a_bold_note_label_is_no_speakers_turn(line, speaker):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).speaker == speaker


@pytest.mark.parametrize(("lead", "kind"), [
    # (qa148) a ■ paragraph of several sentences right under a Markdown title is the lead, text without its box
    ("■ 县域商业是扩大内需的重要支点。推动商贸设施下沉，既利当前，也利长远。", "para"),
    ("◆ 乡村振兴离不开人才。各地要把引才留才放在突出位置。", "para"),
    ("■ 县域商业是扩大内需的重要支点。", QUOTE),           # one sentence: a pull quote
])
def test_boxed_lead_under_markdown_title(lead, kind):
    text = "\n\n".join(["# 县域商业如何提质增效", lead, P1, P2])
    found = units(reflow_blocks(text.split("\n")), markdown=True)
    assert found[1].kind == kind
    if kind == "para":
        assert found[1].text == lead[1:].strip() and "■" not in found[1].text and "◆" not in found[1].text


@pytest.mark.parametrize(("lines", "authors"), [
    # (qa148) a team list over a report's text, no byline near: its names are the authors
    (["# 关于培育县域消费新场景的建议", "**课题组成员：** 钟以宁　贺怀远　邱　岚", P1, P2], ("钟以宁", "贺怀远", "邱岚")),
    (["# 关于培育县域消费新场景的建议", "课题组组长：钟以宁", P1, P2], ("钟以宁",)),
    # under the text it stays the team's credit
    (["# 关于培育县域消费新场景的建议", P1, P2, "课题组成员：钟以宁　贺怀远"], None),
    # beside the report's byline it names no further authors
    (["# 关于培育县域消费新场景的建议", "**作者：** 田牧之", "课题组成员：钟以宁　贺怀远", P1, P2], None),
])
def test_team_list_over_text_signs_report(lines, authors):
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=True)
    team = next(u for u in found if "课题组" in u.text)
    if authors is None:
        assert team.kind == CREDIT
    else:
        assert team.kind == BYLINE and team.byline.authors == authors


@pytest.mark.parametrize(("headings", "kinds"), [
    # (qa148) numbered Markdown heading items one of which is the recommendations part: the report's parts, sections
    (["### 1. 县域物流发展现状", "### 2. 面临的主要制约", "### 3. 政策建议"], ["heading", "heading", "heading"]),
    (["### 1. 基本情况", "### 2. 几点建议", "### 3. 结语"], ["heading", "heading", "heading"]),
    # actions numbered under a recommendations section: measures with their heading lines
    (["## 三、对策建议", "### 1. 完善冷链网络", "### 2. 培育流通主体"], ["heading", "item", "item"]),
    # a series that does not start at 1 before the part: left as it is
    (["### 2. 面临的主要制约", "### 3. 政策建议"], ["item", "item"]),
    # (qa168) a series naming two or more of a report's other parts, no recommendations among them: parts too
    (["### 1. 现状", "### 2. 问题", "### 3. 启示"], ["heading", "heading", "heading"]),
    (["### 1. 基本情况", "### 2. 存在的主要问题"], ["heading", "heading"]),
    # one part's name among actions: the actions stay measures
    (["## 二、工作举措", "### 1. 破解融资难问题", "### 2. 优化营商环境"], ["heading", "item", "item"]),
    (["## 二、工作举措", "### 1. 问题清单化管理", "### 2. 完善考核办法"], ["heading", "item", "item"]),
])
def test_numbered_parts_with_recommendations_are_sections(headings, kinds):
    lines = ["# 关于完善县域物流体系的研究"]
    for h in headings:
        lines += [h, P1]
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=True)
    assert [u.kind for u in found if u.text != P1 and u.kind != "title"] == kinds


# ---- qa181: a WeChat article's parts numbered 01, 02 on their heading lines ----
@pytest.mark.parametrize(("parts", "kinds"), [
    # a part that runs on over two paragraphs: the series numbers the article's parts, sections
    ([("01 乡村旅游的新变化", [P1, P2]), ("02 几点建议", [P3])], ["heading", "heading"]),
    ([("01 产业基础", [P1]), ("02 面临挑战", [P2, P3]), ("03 写在最后", [P1])], ["heading", "heading", "heading"]),
    # one paragraph under each: items of a list (a plan's box of projects), measures
    ([("01 污水管网改造工程", [P1]), ("02 河道生态修复工程", [P2])], ["item", "item"]),
    # numbers out of order: no series of parts
    ([("02 乡村旅游的新变化", [P1, P2]), ("03 几点建议", [P3])], ["item", "item"]),
])
def test_zero_padded_numbered_headings_over_several_paragraphs_are_sections(parts, kinds):
    lines = ["某某公众号", "关于乡村旅游的几点思考", P2]
    for heading, paragraphs in parts:
        lines += [heading, *paragraphs]
    found = units(reflow_blocks("\n".join(lines).split("\n")), markdown=False)
    assert [u.kind for u in found if u.marker and u.marker[:1] == "0"] == kinds


@pytest.mark.parametrize("line, kind", [
    ("图｜某县城老街的夜市", CAPTION),                     # a WeChat caption's bar (qa181)
    ("图 | 某地新建的口袋公园（资料图）", CAPTION),
])
def test_a_picture_label_with_a_bar_is_a_caption(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), False).kind == kind

# ---- qa147: a research report's term and number fields on its cover ----
@pytest.mark.parametrize("line, field", [
    ("研究期程：中华民国112年2月至112年11月", True),
    ("计划编号：RDEC-112-008", True),
    ("执行期间：2025年1月1日至2025年12月31日", True),
    ("研究期间：本研究历时十个月，先后完成三轮访谈。", False),     # a sentence: text
    ("研究期程的规划", False),                                    # a heading about it: no colon
])
def test_a_reports_term_and_number_fields_are_front_matter(line, field):
    """研究期程：… under a report's researchers: a field of the cover, never a title or a heading (qa147)."""
    text = "\n".join(["县域科技成果转化服务体系建设研究", "期末报告", "", "计划主持人：钟予安", line, "", "一、研究背景", P1, P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert (kinds.get(line) == META) is field


# ---- qa147: a think tank's masthead line in English with the issue ----
@pytest.mark.parametrize("line, masthead", [
    ("Eastbay Policy Institute｜Policy Note 2025年第12期", True),
    ("Eastbay Institute | Research Brief 第3期", True),
    ("东湾政策研究所｜政策简报｜第3期", True),                 # Chinese names, as before (qa128)
    ("Policy Note 第3期提出的建议", False),                    # a sentence about an issue
])
def test_an_english_series_masthead_with_its_issue_is_no_title(line, masthead):
    """Our Foundation｜Policy Note 2025年第12期 under the think tank's Chinese name: masthead, no title (qa147)."""
    assert is_issue_line(line) is masthead


# ---- qa147: a superscript footnote at a page foot amid a paragraph the page break cut ----
SUP_FOOTNOTE = "³ 某某部自2021年起试办跨市互认窗口，惟仅限于部分城市。"


@pytest.mark.parametrize("cut, foot", [
    (CUT_HEAD + "域互认不充分³，", [SUP_FOOTNOTE, "城乡治理研究 第十二卷第三期 38"]),     # the head in Chinese numerals
    (CUT_HEAD + "域互认不充分³，", [SUP_FOOTNOTE, RUNNING_HEAD_LINE]),
    (CUT_HEAD + "域互认不充分³", [SUP_FOOTNOTE, RUNNING_HEAD_LINE]),                     # the mark last
    (CUT_HEAD + "域互认²不充分³，", ["² 某某部于2020年印发互认办法。", SUP_FOOTNOTE, RUNNING_HEAD_LINE]),   # two notes
])
def test_a_superscript_footnote_at_a_page_foot_leaves_the_cut_paragraph_whole(cut, foot):
    """…不充分³， / ³ 某某…。 / the next page's running head / 企业跨市…: the footnote is a note and the paragraph runs on
    past the page's foot (qa147)."""
    rest = "企业跨市投标仍需重复办理证书。"
    found = units_of_text("\n".join(["一、引言", cut, *foot, rest, "二、结论", P1]))
    assert cut + rest in [u.text for u in found]
    assert [u.kind for u in found if u.text[:1] in "²³"] == [NOTES] * (len(foot) - 1)


def test_a_superscript_line_over_no_page_foot_is_not_lifted():
    """A line opening with a superscript mark amid the text, no page furniture under it: read as before (qa147)."""
    cut = CUT_HEAD + "域互认不充分³，"
    found = [u.text for u in units_of_text("\n".join(["一、引言", cut, SUP_FOOTNOTE, P1]))]
    assert cut not in found


# ---- qa147: a research report's assistants on its cover ----
@pytest.mark.parametrize("line, field", [
    ("研究助理：贾念之", True),
    ("研究助理：贾念之、邵望川", True),
    ("助理：贾念之 邵望川", True),
    ("研究助理：负责资料整理与访谈记录。", False),       # a sentence about them: text
])
def test_a_reports_assistants_line_is_front_matter(line, field):
    """研究助理：… under a report's researchers: a field of the cover, never a section heading (qa147)."""
    text = "\n".join(["县域科技成果转化服务体系建设研究", "期末报告", "", "计划主持人：钟予安", "研究人员：韦一禾", line, "",
                      "一、研究背景", P1, P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert (kinds.get(line) == META) is field


# ---- qa147: a reference list parted by language under its label ----
@pytest.mark.parametrize("labels", [("一、中文部分", "二、英文部分"), ("中文文献", "英文文献"), ("（一）中文部分", "（二）外文部分")])
def test_the_language_parts_of_a_reference_list_are_notes(labels):
    """参考文献 / 一、中文部分 / entries / 二、英文部分 / entries: all notes, no section of the text (qa147)."""
    zh, en = labels
    entries = ["钟予安（2021）。〈县域治理之检讨〉，《某某季刊》，165，页20-35。",
               "Smith, J. (2020). Rural governance. Public Administration Review, 80(2), 1-12."]
    text = "\n".join(["一、引言", P1, "二、结论", P2, "", "参考文献", zh, entries[0], en, entries[1]])
    found = units_of_text(text)
    kinds = {u.text: u.kind for u in found}
    assert [kinds.get(x) for x in (zh, entries[0], en, entries[1])] == [NOTES] * 4


def test_a_language_heading_in_the_text_stays_a_heading():
    """中文部分 as a heading of the text itself, under no references' label, is read as before (qa147)."""
    found = units_of_text("\n".join(["一、研究设计", P1, "二、中文部分", P2]))
    assert NOTES not in [u.kind for u in found]


# ---- qa147: a brief's issue number and month parted by a bar ----
@pytest.mark.parametrize("line, masthead", [
    ("第23期｜2025年10月", True),
    ("2025年第4期 | 2025年6月", True),
    ("第7期／2025年3月12日", True),
    ("第23期｜2025年10月出版的报告指出", False),     # a sentence going on after the date
])
def test_an_issue_number_and_month_parted_by_a_bar_is_a_masthead_line(line, masthead):
    """第23期｜2025年10月 between a think tank's name and the title: masthead, no line of the title (qa147)."""
    assert is_issue_line(line) is masthead


# ---- qa147: parts numbered 1. 2. 3. over paragraphs numbered 1.1, 1.2 … ----
NUMBERED_PARTS = [("1. 背景", ["1.1 本港安老院舍的轮候人数近年持续上升，轮候时间超过两年。", "1.2 当局已推出多项措施，但成效未算显著。"]),
                  ("2. 建议", ["2.1 扩大社区照顾服务券的名额，让长者留在社区安老。", "2.2 检讨院舍的人手比例规定。"])]


def test_parts_numbered_over_paragraphs_numbered_under_them_are_sections():
    """1. 背景 / 1.1 …。 / 1.2 …。 / 2. 建议 / 2.1 …。: a note numbering its paragraphs under its parts; the parts are its
    sections, not a list of points (qa147)."""
    lines = [line for head, paras in NUMBERED_PARTS for line in (head, *paras)]
    kinds = {u.text: u.kind for u in units_of_text("\n".join([P1, *lines, P2]))}
    assert [kinds.get(head) for head, _ in NUMBERED_PARTS] == ["heading", "heading"]


def test_items_over_plain_paragraphs_stay_items():
    """1. … / its text / 2. … / its text, the paragraphs not numbered under the items: a list of points, as before."""
    lines = [line for head, paras in NUMBERED_PARTS for line in (head, *(p.split(" ", 1)[1] for p in paras))]
    kinds = {u.text: u.kind for u in units_of_text("\n".join([P1, *lines, P2]))}
    assert "heading" not in [kinds.get(head) for head, _ in NUMBERED_PARTS]


# ---- qa147: the commissioner's line over a commissioned report's title ----
@pytest.mark.parametrize("line", ["某某发展委员会委托研究", "某某部委托研究计划", "某某署补助研究案"])
def test_a_commissioners_line_over_a_reports_title_is_no_line_of_the_title(line):
    """某某委员会委托研究 / the title / （期末报告） / 计划主持人：…: the commissioner's line is a line of its own (qa147)."""
    title = "县域科技成果转化服务体系建设研究"
    text = "\n".join([line, title, "（期末报告）", "", "计划主持人：钟予安", "", "一、研究背景", P1, P2])
    found = [u.text for u in units_of_text(text)]
    assert line in found and line + title not in found

# ---- qa150: a table's row over a page break ----
@pytest.mark.parametrize("after", [
    ["序号  任务  牵头单位  完成时限"],               # the table's head row repeated at the next page's top
    [],                                                 # the next row straight on
])
def test_a_table_row_over_a_page_number_runs_into_no_row_under_it(after):
    # A row ends where its line does (a cell stops at a Han character): no paragraph cut by the page break.
    rows = ["序号  任务  牵头单位  完成时限", "1  修订招商引资考核办法  区商务局  2026年6月",
            "2  建立重点项目服务专员制度  区发展改革局  2026年9月"]
    last = "3  完善企业诉求办理平台  区政务服务中心  2026年12月"
    text = "\n".join(["三、任务分工", P1, *rows, "— 4 —", *after, last, "四、保障措施", P2])
    found = [u.text.replace(" ", "") for u in units_of_text(text)]
    assert rows[2].replace(" ", "") in found and last.replace(" ", "") in found


@pytest.mark.parametrize("repeated, furniture", [
    ("序号  任务  牵头单位  完成时限", True),                # the head row word for word: repeated at the page's top
    ("序号  任务  牵头单位  配合单位", False),               # another table's head row: a row of its own
])
def test_a_tables_head_row_repeated_under_a_page_number_is_a_running_head(repeated, furniture):
    rows = ["序号  任务  牵头单位  完成时限", "1  修订招商引资考核办法  区商务局  2026年6月",
            "2  建立重点项目服务专员制度  区发展改革局  2026年9月"]
    text = "\n".join(["三、任务分工", P1, *rows, "— 4 —", repeated, "3  完善企业诉求办理平台  区政务服务中心  2026年12月",
                      "四、保障措施", P2])
    found = units_of_text(text)
    kinds = [u.kind for u in found if u.text.replace(" ", "") == repeated.replace(" ", "")]
    assert (kinds[-1] == "running head") is furniture


# ---- qa150: a list of attachments over a page break ----
def test_a_list_of_attachments_goes_on_over_a_page_number():
    text = "\n".join(["三、工作要求", P1, "附件：1.重点企业名单", "— 5 —", "2.工作进展情况统计表", "3.联络员信息表",
                      "某某市工业和信息化局", "2026年4月8日"])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert kinds["2.工作进展情况统计表"] == kinds["3.联络员信息表"] == "attachments"

# ---- qa153: a references label in full-width square brackets; a starred note on where a paper comes from ----
@pytest.mark.parametrize("label", ["［参考文献］", "［注释］", "［ 参考文献 ］"])
def test_a_references_label_in_full_width_square_brackets_opens_the_notes(label):
    """［参考文献］ / ［1］… / ［2］…: a paper that brackets ［摘要］ so brackets its references' label too (qa153)."""
    entries = ["［1］王明. 县域财政可持续性研究［J］. 财政研究，2022（5）：3-15.",
               "［2］李华. 基层治理现代化的路径［J］. 行政论坛，2023（2）：20-31."]
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, label, *entries]], markdown=False)
    assert [u.kind for u in found] == ["para", NOTES, NOTES, NOTES]


@pytest.mark.parametrize("line, is_note", [
    ("* 本文系某省社会科学基金重点项目“县域治理研究”（24AZD011）的阶段性成果。", True),
    ("＊本文为某某研究院2025年度课题的研究成果。", True),
    ("*本研究受某某基金资助。", True),
    ("*本文观点仅代表作者本人。", False),          # a starred remark, no note on where the paper comes from
    ("本文系某某课题的阶段性成果。", False),        # no star: nothing cites it, a line of text as before
])
def test_a_starred_note_on_a_papers_origin_is_front_matter(line, is_note):
    assert (unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False).kind == META) is is_note


def test_a_paragraph_runs_on_over_a_running_head_naming_the_authors():
    """…统筹新型工业化、新型 / 2025年第3期  王明远，等：<short title>  ·41· / 城镇化和乡村全面振兴…: one paragraph (qa153)."""
    head = "2025年第3期        王明远，等：县域财政可持续性的测度与提升        ·41·"
    found = units_of_text("\n".join(["一、引言", P1 + "推进城乡融合发展，必须把县域作为重要切入点，统筹新型工业化、新型",
                                     head, "城镇化和乡村全面振兴，促进各类要素双向流动。", P2]))
    paras = [u.text for u in found if u.kind == "para"]
    assert P1 + "推进城乡融合发展，必须把县域作为重要切入点，统筹新型工业化、新型城镇化和乡村全面振兴，促进各类要素双向流动。" in paras


# ---- qa153: a speaker's posts on a line of their own over the name ----
@pytest.mark.parametrize("post", ["市委副书记、市长", "中共某某县委书记", "省委常委、常务副省长", "县长"])
def test_a_speakers_posts_over_the_name_are_no_line_of_the_title(post):
    """<title> / 市委副书记、市长 / 程立衡 / （2026年3月2日） / 同志们：: the posts are front matter of the byline (qa153)."""
    title = "在全市城市更新工作推进会上的讲话"
    found = units_of_text("\n".join([title, post, "程立衡", "（2026年3月2日）", "同志们：", P1, P2]))
    kinds = {u.text: u.kind for u in found}
    assert kinds.get(title) == "plain" and kinds.get(post) == META and kinds.get("程立衡") == "byline"


def test_a_title_ending_with_an_office_over_a_name_stays_the_title():
    """做一名合格的村党支部书记 / 程立衡: a title that ends with an office opens with no post's level or body (qa153)."""
    title = "做一名合格的村党支部书记"
    found = units_of_text("\n".join([title, "程立衡", P1, P2]))
    assert title in [u.text for u in found if u.kind == "plain"]


# ---- qa153: the English abstract's labels in square brackets; JEL codes ----
ENGLISH_BLOCK = ["RESEARCH ON THE FISCAL SUSTAINABILITY OF COUNTY GOVERNMENTS", "WANG Ming1, LI Hua2",
                 "{abstract} Fiscal sustainability of county governments is measured for 120 counties in the central",
                 "region with panel data from 2015 to 2024. The results show that transfers from upper levels have",
                 "grown faster than own revenue, that debt service has squeezed basic spending in poorer counties, and",
                 "that counties with stronger industrial bases have kept their balance more stable over time.",
                 "{keywords} county finance; fiscal sustainability; local government debt; transfers"]


@pytest.mark.parametrize("abstract, keywords", [("[Abstract]", "[Key words]"), ("［Abstract］", "［Keywords］"),
                                                ("[ABSTRACT]", "[KEY WORDS]"), ("Abstract:", "Key words:")])
def test_an_english_abstract_with_bracketed_labels_is_front_matter(abstract, keywords):
    """<English title> / <authors> / [Abstract] … / [Key words] …: the English front matter, not text (qa153)."""
    english = [line.format(abstract=abstract, keywords=keywords) for line in ENGLISH_BLOCK]
    text = "\n".join(["县域财政可持续性研究", "王明1，李华2", "摘要：" + P3, "关键词：县域财政；可持续性", *english,
                      "一、引言", P1, P2])
    body = [u.text for u in units_of_text(text) if u.kind in ("para", "plain", "heading")]
    assert not any("ounty" in t or "WANG" in t or "FISCAL" in t for t in body) and P1 in body


@pytest.mark.parametrize("line", ["JEL分类号：H72；H77", "JEL Classification: H72, H77", "JEL Codes: H72"])
def test_jel_codes_over_a_papers_text_are_front_matter(line):
    """JEL分类号：H72；H77　　中图分类号：F812.7: an economics paper's classification codes, no text (qa153)."""
    text = "\n".join(["县域财政可持续性研究", "王明1，李华2", "摘要：" + P3, "关键词：县域财政；可持续性",
                      line + "　　中图分类号：F812.7　　文献标识码：A", "一、引言", P1, P2])
    body = [u.text for u in units_of_text(text) if u.kind in ("para", "plain", "heading")]
    assert not any("JEL" in t for t in body) and P1 in body



# ---- qa153: the stamp and the citation line a CNKI download adds to a paper ----
@pytest.mark.parametrize("stamp, citation", [
    ("网络首发地址：https://link.cnki.net/urlid/11.2345.C.20250301.1010.004",
     "引用格式：王明，李华. 县域财政可持续性研究[J]. 地方财政研究，2025（3）：12-20."),
    ("网络首发地址：https://link.cnki.net/urlid/11.2345.C.20250301.1010.004",
     "本文引用格式：王明，李华. 县域财政可持续性研究[J]. 地方财政研究，2025（3）：12-20."),
    ("网络首发地址：http://kns.cnki.net/kcms/detail/11.2345.C.20250301.1010.004.html", "［引用格式］王明，李华. 县域财政可持续性研究［J］. 地方财政研究，2025（3）：12-20."),
])
def test_a_cnki_stamp_and_citation_line_are_front_matter(stamp, citation):
    """网络首发时间：… / 网络首发地址：https://… over the title; 引用格式：… under the keywords: no text, no title's line
    (qa153)."""
    text = "\n".join(["网络首发时间：2025-03-01 10:10:12", stamp, "县域财政可持续性研究", "王明1，李华2", "摘要：" + P3,
                      "关键词：县域财政；可持续性", citation, "一、引言", P1, P2])
    found = units_of_text(text)
    body = [u.text for u in found if u.kind in ("para", "plain", "heading")]
    assert not any("cnki" in t or "[J]" in t or "［J］" in t for t in body) and "县域财政可持续性研究" in body

# ---- qa231: the cover page a CNKI online-first download opens with ----
@pytest.mark.parametrize("note", ["网络首发：稿件从录用到出版要经过录用定稿、排版定稿等阶段，录用定稿指内容已经确定的稿件。",
                                  "出版确认：期刊编辑部与数据库出版单位签约，在网络版上先行刊发论文的定稿。",
                                  "网络首发日期：2025-03-01"])
def test_a_cnki_cover_pages_dates_and_notes_are_front_matter(note):
    """网络首发日期：… / 网络首发：… / 出版确认：… on the cover page over the paper: front matter like the stamp's
    网络首发时间：…, no text of an article (qa231)."""
    text = "\n".join(["网络首发论文", "题目：县域财政可持续性研究", "作者：王明，李华", "收稿日期：2025-01-06", note, "",
                      "县域财政可持续性研究", "王明1，李华2", "摘要：" + P3, "关键词：县域财政；可持续性", "一、引言", P1, P2])
    body = [u.text for u in units_of_text(text) if u.kind in ("para", "plain", "heading")]
    assert note not in body and P1 in body


@pytest.mark.parametrize("markdown", [True, False])
@pytest.mark.parametrize("label", ["【作者简介】", "[作者简介]"])
def test_a_bracketed_writers_profile_label_over_the_bio_is_a_box_though_it_reads_as_a_writers_note(label, markdown):
    # (qa151) 【作者简介】 alone on its line opens like a writer's note (【作者…】) and was read as a field line, so the
    # column writer's bio under it stayed the text's first paragraph
    bio = "季闻溪，南川师范大学文学院教授，长期关注乡村教育与阅读推广，出版有随笔集《灯下》。"
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks([label, "", bio, "", text]), markdown=markdown)
    assert [u.kind for u in found] == [PROFILE, PROFILE, "para"]


@pytest.mark.parametrize("comments, kinds", [
    # (qa151) readers' comments under their handles, two or more in a row, and the short label over them: a box of quotes
    (["@江畔听雨：社区书屋开到了家门口，周末带孩子来看书很方便。", "@老街坊：希望开放时间再延长一些。"], [QUOTE, QUOTE, QUOTE, "para"]),
    (["@江畔听雨: 社区书屋开到了家门口。", "@老街坊：希望开放时间再延长一些。", "@一杯清茶：书的种类还可以更多。"],
     [QUOTE, QUOTE, QUOTE, QUOTE, "para"]),
    # one line opening with a handle is a sentence of the text that quotes it
    (["@江畔听雨：社区书屋开到了家门口，周末带孩子来看书很方便。"], ["plain", "para", "para"]),
    # (qa232) the handle quoted after 网友 or 读者, as papers print it
    (["网友“江畔听雨”：社区书屋开到了家门口，周末带孩子来看书很方便。", "读者「老街坊」：希望开放时间再延长一些。"],
     [QUOTE, QUOTE, QUOTE, "para"]),
    (["网友“江畔听雨”：社区书屋开到了家门口，周末带孩子来看书很方便。"], ["plain", "para", "para"]),
    # (qa232) one-line views signed at their end, the handle bracketed after 网友 or 读者
    (["社区书屋开到了家门口，周末带孩子来看书很方便。（网友 江畔听雨）", "希望开放时间再延长一些。（读者“老街坊”）"],
     [QUOTE, QUOTE, QUOTE, "para"]),
])
def test_a_run_of_readers_comments_under_handles_and_its_label_are_a_box_of_quotes(comments, kinds):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    lines = ["网友热议", ""]
    for c in comments:
        lines += [c, ""]
    found = units(reflow_blocks([*lines, text]), markdown=False)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("line, kind", [
    # (qa151) a web page's line of fields opened by the column's or channel's name: a field line, no title
    ("专栏：乡土札记　作者：柏一鸣　来源：南川日报　发布时间：2026-05-12 08:00", META),
    ("栏目：时评 来源：南川日报 2026-05-12", META),
    # a sentence that only opens with the word
    ("专栏：每月一期，与读者分享对城市发展的观察。", "para"),
])
def test_a_line_of_fields_opened_by_the_column_is_a_field_line(line, kind):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks(["让乡村阅览室真正亮起来", "", line, "", text]), markdown=False)
    assert found[1].kind == kind


@pytest.mark.parametrize("label", ["【作者简介】", "作者简介", "专家简介"])
def test_a_profile_label_over_a_lone_name_and_a_post_line_is_a_box_not_a_second_byline(label):
    # (qa151) the name alone read as a byline under the writer's own byline split the article from its title
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    lines = ["让乡村阅览室真正亮起来", "文｜季闻溪", label, "季闻溪", "南川师范大学文学院教授、硕士生导师", text]
    found = units(reflow_blocks(lines), markdown=False)
    assert [u.kind for u in found[2:]] == [PROFILE, PROFILE, PROFILE, "para"]
    assert [u.byline for u in found[2:5]] == [None] * 3


@pytest.mark.parametrize(("bio", "kind"), [
    # (qa151) the post followed by another after a 、: the writer's bio all the same
    ("韩松雪，北原大学公共管理学院教授、博士生导师，长期研究区域经济与县域发展。", "affiliation"),
    ("韩松雪：北原发展研究院产业经济研究所研究员、所长。", "affiliation"),
    # the writer's name opening a sentence of the text stays text
    ("韩松雪，北原大学公共管理学院教授、博导们的一句话，让我想了很久，也让我重新审视县域发展。", "para"),
])
def test_a_writers_bio_listing_posts_under_the_byline_is_front_matter(bio, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", bio, P1]))
    assert found[1].kind == BYLINE and found[2].kind == kind


@pytest.mark.parametrize("line, kind", [
    # (qa151) a columnist's profile labelled by the kind of writer: the box, not the text
    ("【专栏作者】季闻溪，南川师范大学文学院教授，长期关注乡村教育，出版有随笔集《灯下》。", PROFILE),
    ("专栏作者简介：季闻溪，南川师范大学文学院教授，长期关注乡村教育。", PROFILE),
    ("【特约评论员】季闻溪，资深媒体人，长期关注乡村教育。", PROFILE),
    # the words opening a sentence of the text
    ("专栏作者们来自高校和研究机构，长期关注乡村教育，出版过多部随笔集。", "para"),
])
def test_a_columnists_profile_labelled_by_the_kind_of_writer_is_a_box(line, kind):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    found = units(reflow_blocks([text, "", line]), markdown=False)
    assert [u.kind for u in found] == ["para", kind]

# ---- qa149: a web page's share buttons one a line under their label ----
@pytest.mark.parametrize("label, buttons, kinds", [
    ("分享到：", ["微信", "微博", "QQ空间"], [CREDIT, CREDIT, CREDIT]),
    ("【分享】", ["微信好友", "朋友圈", "复制链接"], [CREDIT, CREDIT, CREDIT]),
    ("分享至", ["Facebook", "LINE"], [CREDIT, CREDIT]),
    # a heading under the buttons stays a heading: the run of buttons ends at the first other line
    ("分享到：", ["微信", "优化营商环境"], [CREDIT, "plain"]),
])
def test_share_buttons_one_a_line_under_their_label_are_chrome(label, buttons, kinds):
    lines = ["东川市出台措施支持银发经济发展", "来源：东川市民政局", label, *buttons, P1, P2]
    found = units([Block(t, 1, 20.0, 0, byline(t)) for t in lines], markdown=False)
    assert [u.kind for u in found[3:3 + len(buttons)]] == kinds


def test_a_share_word_is_no_button_away_from_a_share_label():
    lines = ["东川市出台措施支持银发经济发展", P1, "微信", P2]
    found = units([Block(t, 1, 20.0, 0, byline(t)) for t in lines], markdown=False)
    assert found[2].kind != CREDIT


# ---- qa149: a source field's value on the line under its label ----
@pytest.mark.parametrize("label, value, texts", [
    ("来源：", "东川市商务局", ["来源：东川市商务局"]),
    ("信息来源:", "县农业农村局", ["信息来源:县农业农村局"]),
    ("发布机构：", "东川市人民政府办公室", ["发布机构：东川市人民政府办公室"]),
    # a sentence under the label is no value: the two stay apart
    ("来源：", "据统计，全市新增就业岗位1.2万个。", ["来源：", "据统计，全市新增就业岗位1.2万个。"]),
])
def test_a_source_labels_value_on_the_line_under_it_is_one_field_line(label, value, texts):
    lines = ["东川市出台措施支持银发经济发展", label, value, "发布时间：2026-05-21 17:05", P1, P2]
    found = units(reflow_blocks("\n\n".join(lines).split("\n")), markdown=False)
    assert [u.text for u in found[1:1 + len(texts)]] == texts
    assert found[1].kind == "meta"


# ---- qa149: a two-step breadcrumb led by the site's name and a bar ----
@pytest.mark.parametrize("line, kind", [
    ("南川城市研究院 | 首页 > 研究观点", "credit"),
    ("东岭网｜观点 > 时评", "credit"),
    ("南川城市研究院 | 首页 > 研究观点 > 正文", "credit"),          # three steps, as before
    ("数说｜增速>5%", "plain"),                                      # a comparison, no trail
])
def test_a_two_step_breadcrumb_after_the_sites_name_and_a_bar_is_chrome(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


# ---- qa149: a news app's expand button ----
@pytest.mark.parametrize("line, kind", [
    ("展开全文", "credit"), ("点击展开全文", "credit"), ("展开阅读全文∨", "credit"),
    ("展开全面深化改革的新篇章", "plain"),                                  # a heading opening with 展开
])
def test_a_news_apps_expand_button_is_chrome(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


# ---- qa149: a news platform's notice under the text ----
@pytest.mark.parametrize("line, kind", [
    ("特别声明：以上内容仅代表作者本人观点，不代表南川新闻立场。", "credit"),
    ("特别声明：本文为南川号作者上传并发布，本平台仅提供信息存储服务。", "credit"),
    ("特别声明：本次招聘不收取任何费用，请考生谨防上当受骗。", "para"),     # a notice's own text
    # qa229: a news site labels it 声明： alone; the label must close, so a sentence opening 声明 stays text
    ("声明：本文仅代表作者个人观点，不代表北岭网立场。凡本网注明“来源：北岭网”的稿件，转载请注明出处。", "credit"),
    ("【声明】本站转载文章仅为传递更多信息，如涉及版权问题请联系删除。", "credit"),
    ("声明指出，双方将继续在平等互利基础上深化合作，维护各自立场。", "para"),
])
def test_a_news_platforms_notice_under_the_text_is_chrome(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


# ---- qa149: items numbered with the parenthesised digit characters ----
@pytest.mark.parametrize("line, kind, marker", [
    ("⑴加强统筹规划", "item", "⑴"),
    ("⑿健全长效机制", "item", "⑿"),
])
def test_a_parenthesised_digit_characters_heading_line_is_an_item(line, kind, marker):
    u = unit(Block(line, 1, 20.0, 0, None), markdown=False)
    assert (u.kind, u.marker) == (kind, marker)


# ---- qa149: a publisher-and-date line with the reader counter after the date ----
@pytest.mark.parametrize("line, kind", [
    ("东岭智库网 2026-01-20 阅读：1533", "meta"),
    ("东岭智库网2026-01-20点击数：865次", "meta"),
    ("东岭智库网阅读推广活动", "plain"),          # no date: a heading
])
def test_a_publisher_and_date_line_with_a_reader_counter_is_a_field_line(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


# ---- qa149: a page's label over its text ----
@pytest.mark.parametrize("line, kind", [("正文", "credit"), ("【正文】", "credit"), ("正 文", "credit"),
                                        ("正文件管理", "plain")])
def test_a_pages_label_over_its_text_is_chrome(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind

# ---- qa154: a programme's head fields over its transcript ----
@pytest.mark.parametrize("line, is_field", [
    ("播出时间：2026年4月16日 18:30　播出频道：某台新闻综合频道", True), ("首播时间：2026年5月2日", True),
    ("直播平台：某某融媒客户端", True), ("节目时长：30分钟", True),
    ("播出以后，观众反响热烈。", False), ("首播时间定在周五晚上：观众很期待。", False),
])
def test_a_programmes_head_fields_are_front_matter(line, is_field):
    assert bool(P.BROADCAST_FIELD_LINE.match(line)) is is_field
    assert (plain_unit(line, (20.0, 1, None), False).kind == META) is is_field

# ---- qa156: a date line with the weekday before the time ----
@pytest.mark.parametrize("line", ["2025年9月2日 星期二 06:00", "2025年9月2日星期二 06:00:15", "2025/09/02 周二 06:00"])
def test_a_date_line_with_the_weekday_before_the_time_is_a_date_line(line):
    assert P.DATE_ONLY_LINE.match(line) is not None and furniture_kind(line) == META


# ---- qa156: a think tank's series line in both languages with its issue number ----
@pytest.mark.parametrize("line", ["研究报告 Research Report｜第12号", "政策简报 Policy Brief | 2025年第6期"])
def test_a_series_line_in_both_languages_with_its_issue_is_masthead(line):
    """某某研究所 Some Institute / 研究报告 Research Report｜第12号 / <title>: masthead, no title line (qa156)."""
    title = "公共图书馆应延长开放时间"
    found = units_of_text("\n".join(["东湾研究所 Eastbay Institute", line, "", title, "作者：罗家辉", "", P1, P2]))
    kinds = {u.text: u.kind for u in found}
    assert is_issue_line(line) and kinds.get(title) == "plain" and kinds.get(line) == META

# ---- qa163: a working-paper series' line with the paper's number ----
@pytest.mark.parametrize("line", ["北湖经济研究院工作论文系列｜WP No.2024-07", "西川大学经济学院讨论稿 No.2023-15",
                                  "东湾公共政策研究中心研究报告 第2025-4号"])
def test_a_working_paper_series_line_with_its_number_is_masthead(line):
    """<series> ｜ WP No.… / <title>: masthead, its own block, not the title's first words (qa163)."""
    title = "公共图书馆应延长开放时间"
    found = units_of_text("\n".join([line, title, "罗家辉　邵文卿", P1, P2]))
    kinds = {u.text: u.kind for u in found}
    assert is_issue_line(line) and kinds.get(title) == "plain" and kinds.get(line) == META


@pytest.mark.parametrize("line", ["研究报告第3号", "本研究报告No.12", "这份工作论文第12页"])
def test_a_line_naming_no_series_is_no_working_paper_line(line):
    assert not is_issue_line(line)


# ---- qa155: a caption closed by the file-photo label written out ----
@pytest.mark.parametrize("text, caption", [
    ("图为某街道工作人员在便民服务中心窗口办理业务。 资料图片", True),
    ("图为某县新建成的乡村文化广场。资料照片", True),
    ("图为某市新开通的城际铁路。资料图", True),                      # (the short label, qa62)
    ("村史馆里陈列着一张张老照片和资料图片", False),                 # no full stop before the words: text
])
def test_a_caption_closed_by_the_file_photo_label_written_out_is_a_caption(text, caption):
    assert (unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == CAPTION) == caption

# ---- qa157: a numbered indicator's table row is no item heading ----
@pytest.mark.parametrize("line, kind", [
    ("3.人均预期寿命（岁）  79.2  80  —  预期性", "para"),        # a row of an indicator table, its indicator numbered
    ("12、农村自来水普及率（%）  93  98  [5]  约束性", "para"),
    ("3.提升城市人居环境品质", "item"),                            # an item's own heading line, as before
])
def test_a_numbered_indicators_table_row_is_no_item_heading(line, kind):
    """经济发展  1.地区生产总值增长（%） … / 2.全员劳动生产率增长（%）  6.5  —  >6  预期性: under a category cell set once, a
    row opens with the indicator's number; its cells make it a row (text), so the table's note under it is the caption's."""
    u = unit(Block(line, 1, 40.0, 0, byline(line)), markdown=False)
    assert u.kind == kind


# ---- qa159: a WeChat end mark closes the article's text ----
@pytest.mark.parametrize("end, under, kept", [
    ("END", "（作者系南屿大学经济学院副教授）", False),       # the writer's note under the end mark: chrome (qa159)
    ("- END -", "本文仅为作者观点，欢迎留言讨论。", False),
    ("— END —", "（作者单位：东川省社会科学院）", False),      # em dashes, read as a subtitle, close it all the same
    ("-THE END-", "（作者系南屿大学经济学院副教授）", False),
    ("编辑：陈默", "（作者系南屿大学经济学院副教授）", True),    # no end mark: the note stays where it was
])
def test_the_lines_under_a_wechat_end_mark_leave_the_text(end, under, kept):
    from tests.shapes import tables
    text = "\n\n".join(["# 让夜间经济亮起来", "作者｜钱思远", P1, P2, end, under, "长按识别二维码，关注我们"])
    article = tables(text, "post.md")["articles"][0]
    assert (under in article["text"]) is kept and P2 in article["text"]


@pytest.mark.parametrize("label", ["推广", "【广告】"])
def test_an_advertorial_under_a_wechat_end_mark_stays_a_piece_of_its_own(label):
    # (in plain text no Markdown title stops the end mark's chrome: the advertisement's label does)
    from tests.shapes import tables
    ad_title, ad_text = "青禾优选县域好物节正在进行", "即日起至月底，两百余款农特产品限时包邮，下单满百元再享运费补贴，详情请关注小程序。"
    text = "\n\n".join(["让夜间经济亮起来", "本报记者 钱思远", P1, P2, "（本报记者 钱思远 整理）", "- END -", label, ad_title,
                        ad_text, "活动热线：400-800-1234", "喜欢就点个“在看”吧"])
    arts = tables(text, "post.txt")["articles"]
    assert [a["title"] for a in arts] == ["让夜间经济亮起来", ad_title] and ad_text in arts[1]["text"]


# ---- qa258: a WeChat account's name alone under the head line, or under a post's title after the end mark ----
@pytest.mark.parametrize("head, kind", [
    ("原创 季青 东岸政务发布 2026-03-09 07:30 发表于江西", META),   # the account the head line names: a field
    ("东岸政务发布 2026-03-09 07:30", META),
    ("原创 季青 西岭观察 2026-03-09 07:30 发表于江西", "plain"),     # another name: a short line as before
])
def test_a_line_reading_the_account_of_a_wechat_head_line_is_a_field(head, kind):
    found = units(reflow_blocks(["城区停车难题如何破解？", head, "东岸政务发布", P1, "01", "旧厂房改停车楼", P2]),
                  markdown=False)
    assert [u.kind for u in found if u.text == "东岸政务发布"] == [kind]


@pytest.mark.parametrize("date, kind", [
    ("2026-03-09", META),              # the account over a bare date, over the title and its head line: a field
    ("2026年3月9日", META),
    ("城区停车难题", "plain"),          # over no date: the title's rules, as before
])
def test_the_account_over_a_bare_date_at_a_wechat_pages_head_is_a_field(date, kind):
    found = units(reflow_blocks(["东岸政务发布", date, "城区停车难题如何破解？", "原创 季青 东岸政务发布 2026-03-09 07:30 发表于江西",
                                 P1, P2]), markdown=False)
    assert found[0].kind == kind


@pytest.mark.parametrize("account, pieces", [
    ("东岸政务发布", 2),      # the account the head line names, over a bare date: another post copied under END
    ("西岭观察", 1),          # no account of the page: the end mark's chrome, as before
])
def test_a_post_under_a_wechat_end_mark_over_the_account_is_a_piece_of_its_own(account, pieces):
    second = "旧厂房改停车楼，三个月多出八百个车位"
    # (the first post signed under its end mark, 文字｜季青: the byline ends its piece; the title under it opens the next)
    text = "\n".join(["城区停车难题如何破解？", "原创 季青 东岸政务发布 2026-03-09 07:30 发表于江西", P1, P2, "END", "往期回顾",
                      "文字｜季青", "点个在看，你最好看", second, account, "2026-03-07", P3])
    arts = tables(text, "post.txt")["articles"]
    assert len(arts) == pieces and (arts[-1]["title"] == second) is (pieces == 2)


# ---- qa276: a WeChat account's card copied with the post ----
@pytest.mark.parametrize("card, chrome", [
    (["西岭观察", "记录西岭发展，讲好西岭故事。", "512篇原创内容", "公众号"], 4),   # name, motto, count, kind: the card
    (["西岭观察", "512篇原创内容", "公众号"], 3),                                  # no motto
    (["西岭观察", "记录西岭发展，讲好西岭故事。", "512篇原创内容"], 3),             # no kind word
    (["西岭观察", "记录西岭发展，讲好西岭故事。"], 0),                              # no count: text, as before
])
def test_a_wechat_account_card_is_chrome(card, chrome):
    found = units(reflow_blocks(["城区停车难题如何破解？", P1, *card, P2]), markdown=False)
    assert sum(u.kind == CREDIT for u in found if u.text in card) == chrome
    assert [u.text for u in found if u.kind == "para"][:1] == [P1]


# ---- qa159: a date with the reporter's compiling verb under a byline ----
@pytest.mark.parametrize("text, kind", [
    ("2025-09-03 整理", META), ("2025年9月3日 采写", META), ("2025.09.03 整理", META),
    ("2025年9月3日整理了全年的走访记录。", "para"),          # a sentence opening with a date: text
])
def test_a_dated_compiling_line_is_a_field_line(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=True).kind == kind


# ---- qa159: a reprint note asking for credit ----
@pytest.mark.parametrize("text, kind", [
    ("（本文原载《南屿经济评论》2025年第4期，转载请注明出处）", CREDIT),
    ("本文首发于《城乡周刊》，转载请注明来源。", CREDIT),
    ("本文原载《南屿经济评论》的文章指出，转载请注明出处。", "para"),   # a sentence naming a paper: text
])
def test_a_reprint_note_asking_for_credit_is_a_credit(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == kind


# ---- qa276: a reprint note that says the piece was cut ----
@pytest.mark.parametrize("text, kind", [
    ("原载《西岭晚报》2026年4月3日，有删节", CREDIT),
    ("（本文原刊于《北屿观察》2026年第3期，发表时略有删改。）", CREDIT),
    ("原载《西岭晚报》第2版，文字有改动", CREDIT),
    ("原载《西岭晚报》的这篇评论，有删节地转述了专家的意见。", "para"),   # a sentence naming a paper: text
])
def test_a_reprint_note_saying_it_was_cut_is_a_credit(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=False).kind == kind


# ---- qa159: a note of who gave some of the pictures ----
@pytest.mark.parametrize("text, kind", [
    ("（文中部分图片由东川市文旅局提供）", CREDIT), ("本文部分图片来自网络，如有侵权请联系删除。", CREDIT),
    ("（本文所有照片均由受访者提供）", CREDIT),
    ("本文部分数据来自东川市统计局。", "para"),          # where data came from: a sentence of the text
])
def test_a_note_of_who_gave_the_pictures_is_a_credit(text, kind):
    assert unit(Block(text, 1, 40.0, 0, None), markdown=True).kind == kind


# ---- qa159: a Markdown section number set as a heading over the heading ----
@pytest.mark.parametrize("number, heading, sections", [
    ("**01**", "**延长营业时间**", [("01", "延长营业时间")]),
    ("## 02", "## 丰富消费业态", [("02", "丰富消费业态")]),
    ("**2025**", "**延长营业时间**", [(None, "2025"), (None, "延长营业时间")]),   # a year, no section's number
])
def test_a_number_heading_over_a_heading_is_its_marker(number, heading, sections):
    from tests.shapes import tables
    t = tables("\n\n".join(["# 让夜间经济亮起来", "本报记者 钟岚", P1, number, heading, P2, P3]), "post.md")
    assert [(s["marker"], s["heading"]) for s in t["sections"]] == sections


@pytest.mark.parametrize("goals, kind", [
    (["——新增城市绿道120公里", "——公园绿地服务半径覆盖率达到90%", "——建成口袋公园50个"], PARA),   # a plan's goals
    (["——新增城市绿道120公里"], SUBTITLE),          # one dash-led line alone under a heading stays what it was
])
def test_dash_led_lines_one_under_another_are_a_lists_text(goals, kind):
    """A plan's goals on dash-led lines with no end marks (——新增城市绿道120公里 / ——…): text, not a subtitle each, which a
    title has one of (qa162)."""
    text = "\n".join(["某市城市绿化提升行动方案", "", "为持续改善城市人居环境，结合我市实际，制定本方案。", "一、主要目标",
                      "到2027年，全市绿化水平明显提升。", *goals, "二、重点任务", P1])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert [kinds.get(g) for g in goals] == [kind] * len(goals)


# ---- qa165: a paper's corresponding-author note ----
@pytest.mark.parametrize("note", ["通信作者：何嘉宁（1991—），女，湖南长沙人，讲师，博士。", "通讯作者：何嘉宁，讲师，E-mail：hjn@example.com"])
def test_a_corresponding_authors_note_is_front_matter(note):
    """作者简介：… then 通信作者：… on a paper's first page: both the paper's front matter, no text (qa165)."""
    text = "\n".join(["县域财政可持续性研究", "王明1，何嘉宁2", "摘要：" + P3, "关键词：县域财政；可持续性",
                      "作者简介：王明（1985—），男，副教授。", note, "一、引言", P1, P2])
    body = [u.text for u in units_of_text(text) if u.kind in ("para", "plain", "heading")]
    assert not any("作者" in t for t in body) and P1 in body


# ---- qa166: a cartoon's credit under its label ----
_CARTOON_PAGE_HEAD = ["4 评论 2026年5月6日 星期三", "快评", "让公共空间多一些“适老”设计", "林书远",
                      "　　不少城市在街头增设了休息座椅、扶手和无障碍坡道，", "老年人出行更方便了。适老化改造要从细处着手，",
                      "把老年人的真实需求摆在前面。", "　　改造完成之后还要有人管护，让设施长期好用。",
                      "（作者为东林大学城市规划系副教授）"]
_CARTOON_PAGE_TAIL = ["来论", "社区食堂要办得长久", "作者：顾明川", "　　社区食堂开起来容易，办下去难。要算好成本账，",
                      "也要听取老人的意见，让饭菜合口、价格实惠。", "　　社区食堂办得好，老人才愿意常来。"]


@pytest.mark.parametrize("cartoon", [
    ["“表格填不完”", "漫画", "作者：陶 然"],
    ["“表格填不完”（漫画）", "作者：陶 然"],
    ["漫画：表格填不完", "作者：陶然"],
    ["“表格填不完”", "（漫画）", "作者：陶然"],
])
def test_a_credit_under_a_cartoon_label_signs_no_piece(cartoon):
    from tests.shapes import tables
    t = tables("\n".join(_CARTOON_PAGE_HEAD + cartoon + _CARTOON_PAGE_TAIL), "page.txt")
    assert [a["authors"] for a in t["articles"]] == [["林书远"], ["顾明川"]]
    assert not any("表格填不完" in a["text"] or "陶" in a["text"] for a in t["articles"])


@pytest.mark.parametrize("line, label", [
    ("漫画", True), ("（漫画）", True), ("漫画：表格填不完", True), ("漫画《表格填不完》", True), ("“表格填不完”（漫画）", True),
    ("漫画家笔下的城市", False), ("用漫画讲好政策故事，效果明显。", False),   # a title or a sentence naming cartoons
])
def test_a_cartoon_label_line(line, label):
    assert (P.CARTOON_LABEL_LINE.match(line) is not None) == label


@pytest.mark.parametrize("caption", ["表1 样本地区主要指标", "图表：样本地区主要指标", "表：样本地区主要指标"])
def test_a_tables_source_note_goes_with_its_caption_numbered_or_not(caption):
    """图表：… / its rows / 数据来源：…: a newspaper labels an article's one table without a number; the source line under
    its rows describes the table as a numbered caption's does, no paragraph of the text (qa167)."""
    found = _kinds(["从调查结果看，各地区指标差异明显。", caption, "指标 2023年 2024年 2025年", "东部地区 120 131 140",
                    "西部地区 96 104 117", "数据来源：省统计局、省商务厅。", "可见，东部地区指标明显高于西部地区。"])
    assert [k for k, _ in found[-2:]] == ["caption", "para"] and found[1][0] == "caption"


@pytest.mark.parametrize("source", ["资料来源：省统计局　制图：宋可欣", "数据来源：省统计局。", "注：2025年为预计数。"])
def test_a_charts_source_line_under_its_labelled_caption_is_the_captions(source):
    """图：… / 资料来源：…: a chart labelled without a number takes the source or note line under it as a table's labelled
    caption does (qa167), no paragraph of the text around the chart (qa235)."""
    found = _kinds(["从调查结果看，各地区指标差异明显。", "图：样本地区主要指标", source, "可见，东部地区指标明显高于西部地区。"])
    assert [k for k, _ in found] == ["para", "caption", "caption", "para"]


WRAPPED_DAY_CAPTION = "5月3日，市民在滨江湿地公园观鸟。近年来，当地持续推进湿地修复，越冬候鸟逐年增多。"


@pytest.mark.parametrize("caption, n_lines, kind", [
    (WRAPPED_DAY_CAPTION, 2, CAPTION),                 # a caption opening with its day, wrapped over two or three lines
    (WRAPPED_DAY_CAPTION, 3, CAPTION),
    (WRAPPED_DAY_CAPTION, 4, "para"),                  # four lines: a paragraph, not a caption
    ("5月3日，" + P1 + P2, 3, "para"),                    # as long as a paragraph: one
    ("市民在滨江湿地公园观鸟，当地持续推进湿地修复，越冬候鸟逐年增多。", 2, "para"),     # no day: a paragraph's rest
])
def test_a_caption_opening_with_its_day_wrapped_over_a_few_lines_over_a_credit_is_one(caption, n_lines, kind):
    """5月3日，…观鸟。近年来，… / 本报通讯员 宋 川 摄: a news photo's caption says a sentence more and wraps over a few
    lines in the photo's column; over its credit line it is the caption still, not the last paragraph above (qa167)."""
    found = units([Block(t, n, 24.0, 0, byline(t)) for t, n in [(P1, 3), (caption, n_lines), ("本报通讯员 宋 川 摄", 1),
                                                               (P2, 3)]], markdown=False)
    assert found[1].kind == kind


# ---- qa170: a press release's label over its date line and title ----
_RELEASE_TEXT = [
    "　　為優化公共圖書館服務，文化局今(3)日宣布，自下月起延長全澳六間公共圖書館的開放時間，並增設自助借還設施，方便市民在下班後使用。",
    "　　文化局表示，延長開放時間所需的人手及經費已作安排，將定期檢討使用情況，並適時聽取讀者的意見。",
]


@pytest.mark.parametrize("head", [
    ["某某特別行政區政府入口網站", "繁體 | 简体 | English | Português", "新聞稿", "2026-03-03 16:20"],
    ["繁體｜簡體｜English", "新聞稿", "2026年3月3日 16:20"],
    ["某某特別行政區政府入口網站", "新聞公報", "2026-03-03 16:20"],
])
def test_a_press_release_label_titles_nothing(head):
    from tests.shapes import tables
    t = tables("\n".join(head + ["公共圖書館延長開放時間"] + _RELEASE_TEXT), "release.txt")
    assert [a["title"] for a in t["articles"]] == ["公共图书馆延长开放时间"]


# ---- qa170: a Taiwan journal's running head with its issue alone, and plain-numbered footnotes under a rule ----
_RULED_PAGE = [
    "壹、緒論",
    "近年各縣市陸續推動長照據點的布建，惟據點分布並不均衡，偏鄉地區的服務可近性仍待提升1。本文以",
    "雲林縣為例，探討據點布建的政策工具選擇，並比較不同鄉鎮在服務使用上的差異，作為後續政策調整的",
    "————————————",
    "1 參見衛生福利部長照服務資源地理分布統計。",
    "2 此處所稱據點，包括社區照顧關懷據點及巷弄長照站。",
    "6 東海社會政策學報 第四十二期",
    "參考依據。此外，本文亦檢視據點人力配置與經費補助的關係，以了解地方政府在執行上所面臨的限制2。",
    "貳、文獻回顧",
    "國內關於長照據點的研究，多集中於服務使用者的滿意度，對於據點布建的政策工具則較少著墨。",
]


def test_a_running_head_with_the_issue_alone_and_ruled_footnotes_leave_the_text():
    from tests.shapes import tables
    t = tables("\n".join(_RULED_PAGE), "paper_hant.txt")
    text = "\n".join(a["text"] for a in t["articles"])
    assert "东海社会政策学报" not in text and "此处所称据点" not in text and "参见卫生福利部" not in text
    assert "作为后续政策调整的参考依据。" in text.replace("\n", "")
    assert not any("学报" in (s["heading"] or "") for s in t["sections"])


@pytest.mark.parametrize("line, head", [
    ("6 東海社會政策學報 第四十二期", True), ("東海社會政策學報 第四十二期 7", True), ("6 公共行政季刊 第九期", True),
    ("6 試點工作 第四十二期", False),        # no periodical's word ends the name
    ("東海社會政策學報第四十二期", False),     # no gap: no running head's spacing
    ("東海社會政策學報 第四十二期 2026年6月 頁1-34", True),   # the masthead over the first page (qa170)
])
def test_a_taiwan_running_head_with_the_issue_alone(line, head):
    from opencc import OpenCC
    assert (P.JOURNAL_HAN_ISSUE_HEAD_LINE.match(OpenCC("t2s").convert(line)) is not None) == head


# ---- qa170: a paper's running head that repeats its title beside a page number ----
_TITLED_PAPER = [
    "偏鄉長照據點的布建策略:",
    "以雲林縣為例",
    "張雅雯*",
    "壹、緒論",
    "近年各縣市陸續推動長照據點的布建，惟據點分布並不均衡，偏鄉地區的服務可近性仍待提升。",
    "貳、文獻回顧",
    "國內關於長照據點的研究，多集中於服務使用者的滿意度，對於據點布建的政策工具則較少著墨。",
    "參、研究設計",
    "本研究以雲林縣二十個鄉鎮為對象，蒐集據點設置數量、人口結構與服務使用資料進行比較。",
    "肆、研究發現",
    "偏鄉據點的服務使用率普遍偏低，主要原因在於交通不便與人力不足。",
    "伍、結論",
    "偏鄉據點的布建不應只追求數量，而應兼顧交通接送與人力培育。",
]


@pytest.mark.parametrize("head", ["偏鄉長照據點的布建策略:以雲林縣為例 5", "6 偏鄉長照據點的布建策略:以雲林縣為例"])
def test_a_running_head_repeating_the_title_beside_a_page_number_is_no_heading(head):
    from tests.shapes import tables
    lines = _TITLED_PAPER[:9] + [head] + _TITLED_PAPER[9:]
    t = tables("\n".join(lines), "paper_hant.txt")
    assert [s["heading"] for s in t["sections"]] == ["绪论", "文献回顾", "研究设计", "研究发现", "结论"]
    assert not any("雲林縣為例" in a["text"] or "云林县为例" in a["text"] for a in t["articles"])


# ---- qa170: a paper's title wrapped after the colon before its subtitle ----
@pytest.mark.parametrize("head", [
    ["某某大學學報 第三十期 2025年12月 頁41-70", "DOI: 10.1234/ABC.202512_(30).0002", "研究論文",
     "偏鄉長照據點的布建策略:", "以雲林縣為例", "Siting Long-term Care Stations in Rural Yunlin",
     "張雅雯*、李志明**"],
    ["研究論文", "偏鄉長照據點的布建策略：", "以雲林縣為例", "Siting Long-term Care Stations in Rural Areas", "張雅雯*"],
])
def test_a_title_wrapped_after_its_colon_is_one_title(head):
    from tests.shapes import tables
    t = tables("\n".join(head + _TITLED_PAPER[3:]), "paper_hant.txt")
    assert [a["title"] for a in t["articles"]] == ["偏乡长照据点的布建策略：以云林县为例"]


# ---- qa172: an unbracketed 作者单位：… line right under a text that ends a sentence, over the next title ----
@pytest.mark.parametrize("lines, kinds", [
    # a head-signed text, its authors' unit under it, then the next article's title and byline
    (["□ 杭明远", P1, "作者单位：某省社会科学院经济研究所", "让数据要素流动起来", "◎林 岚", P2],
     ["byline", "para", "affiliation", "plain", "byline", "para"]),
    (["□ 杭明远", P1, "工作单位：某市委党校", "把小切口做成大文章", "□ 林 岚", P2],
     ["byline", "para", "affiliation", "plain", "byline", "para"]),
])
def test_a_labelled_unit_line_under_a_texts_end_is_its_affiliation_not_a_title(lines, kinds):
    found = units(reflow_blocks(lines), markdown=False)
    assert [kind for kind, _ in groupby(u.kind for u in found)] == kinds


# ---- qa171: a glossary under a report's text

@pytest.mark.parametrize(("label", "entries", "kind"), [
    ("名词解释：", ["1.揭榜挂帅：指以公开张榜方式征集科研攻关团队的组织方式。", "2.链长制：指由市领导牵头推进一条产业链的工作机制。"], "notes"),
    ("【名词解释】", ["（1）城市更新：指对城市建成区进行的整治提升活动。", "（2）嵌入式服务：指在社区内布局的小型服务设施。"], "notes"),
    ("术语解释", ["①算力券：指政府向企业发放的算力使用补贴凭证。"], "notes"),
    # under an appendix's label (qa192)
    ("附：名词解释", ["1.揭榜挂帅：指以公开张榜方式征集科研攻关团队的组织方式。", "2.链长制：指由市领导牵头推进一条产业链的工作机制。"], "notes"),
    ("附件：名词解释", ["①算力券：指政府向企业发放的算力使用补贴凭证。", "②链长制：指由市领导牵头推进一条产业链的工作机制。"], "notes"),
    # terms under no numbers, or a numbered sentence, are no glossary entries: the label stays what it was read as
    ("名词解释：", ["揭榜挂帅：指以公开张榜方式征集科研攻关团队的组织方式。"], None),
    ("名词解释：", ["1.要抓紧完善揭榜挂帅的组织方式，今年内出台实施办法。"], None),
])
def test_a_glossary_label_over_numbered_terms_is_the_articles_notes(label, entries, kind):
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", P1, label, *entries]))
    kinds = [u.kind for u in found[2:]]
    assert kinds == [kind] * len(kinds) if kind else "notes" not in kinds


# ---- qa173: a Markdown masthead set wholly in bold, its issue number inside ----
@pytest.mark.parametrize("line, masthead", [
    ("**东湖智库 · 决策参考 | 第12期**", True),
    ("**东湖智库观察｜2026年第3期**", True),
    ("**东湖决策参考 第8期（总第96期）**", True),
    ("**第一期工程进展顺利**", False),                 # a heading with 期 in its words, no issue number
    ("**东湖智库** 第12期", True),                      # the name alone in bold (qa122's shape) still
])
def test_a_bold_masthead_with_its_issue_number_is_no_heading(line, masthead):
    from tests.shapes import tables
    t = tables("\n\n".join(["# 推动老旧小区改造提质增效", "原创 方明远 东湖智库 2026-03-02 08:00 湖北", line, P1, P2]),
               "post.md")
    heads = [s["heading"] for s in t["sections"]]
    assert (not any("期" in h for h in heads)) is masthead
    assert all("第12期" not in a["text"] and "第3期" not in a["text"] for a in t["articles"])


# ---- qa173: an online interview's head fields without a title line ----
@pytest.mark.parametrize("line, field", [
    ("主持人：东湖市政府门户网站 唐 悦", True),            # the host's outlet, a space, the host
    ("主持人：市广播电视台 苏禾", True),
    ("主持人：唐悦", True),                               # the host alone (TALK_FIELD_LINE's)
    ("主持人：请方局长介绍一下。", False),                 # a turn says something
    ("主持人：各位网友好 欢迎参加", False),                # no name after the gap
])
def test_a_host_field_naming_the_hosts_outlet_is_front_matter(line, field):
    found = _kinds(["访谈时间：2026年5月12日 09:30", line, P1])
    assert (found[1][0] == META) is field


# ---- qa176: a press release's label naming its agency, and its head fields ----
@pytest.mark.parametrize("line,kind", [
    ("经济部新闻稿", CREDIT),                       # the label naming the issuing agency: chrome
    ("某某市政府新闻公报", CREDIT),
    ("文化部 新闻稿", CREDIT),
    ("市政府发布新闻稿", None),                     # a title that ends with the word: no office before it
])
def test_an_agency_press_release_label_is_chrome(line, kind):
    found = _kinds([line, "发布日期：2026年4月8日", "推动文化资产保存再升级", P1])
    assert (found[0][0] == CREDIT) is (kind == CREDIT)


@pytest.mark.parametrize("line,field", [
    ("发布单位：文化资产局", True),
    ("联络人：企划组 王小明科长", True),
    ("联络人要在三日内回复", False),                  # no colon: a sentence
])
def test_a_press_release_head_field_is_front_matter(line, field):
    found = _kinds(["发布日期：2026年4月8日", line, "推动文化资产保存再升级", P1])
    assert (found[1][0] == META) is field


# ---- qa180: a letter-spaced name under title lines that stand under a note closing the text before ----
@pytest.mark.parametrize("over_name, under, signs", [
    # the note printed at the text's foot, then its end title on two lines and the name, then a pull quote
    (["（作者系临川大学公共管理学院教授）", "以数字技术", "赋能基层治理现代化"], ["■基层治理要把科技手段与", "群众工作紧密结合起来，", "让数据多跑路", BODY], True),
    # the note closing the text before, then a column's label, the next title and the name over its text
    (["（作者单位：西江省委党校）", "观点争鸣", "推动公共服务向乡村延伸"], [BODY], True),
    # no note over the title lines: the spaced line is not read as a name
    (["以数字技术", "赋能基层治理现代化"], [BODY], False),
    # a title set letter-spaced over the spaced line: a stack of spaced words, no name under a title
    (["（作者系临川大学公共管理学院教授）", "奋 进 新 时 代"], [BODY], False),
])
def test_a_letter_spaced_name_under_title_lines_under_an_author_note_is_a_byline(over_name, under, signs):
    name = "邵 知 远"
    lines = [BODY, "县域治理需要久久为功，持续发力。", *over_name, name, *under]
    found = units(reflow_blocks(lines), markdown=False)
    at = [u for u in found if u.text == name]
    assert ([u.kind for u in at] == ["byline"]) is signs


# ---- qa180: a closing author note that names the writer after the post ----
@pytest.mark.parametrize("note, authors", [
    ("（作者系南岭大学公共管理学院教授 邵知远）", ("邵知远",)),
    ("（作者为西江省社会科学院副研究员 詹雅琳）", ("詹雅琳",)),
    ("（作者系中共北川市委党校讲师 韦明）", ("韦明",)),
    # the post alone names nobody: the note stays a note on the author
    ("（作者系南岭大学公共管理学院教授）", None),
    ("（作者系南岭大学公共管理学院教授、博士生导师）", None),
])
def test_an_author_note_naming_the_writer_after_the_post_signs_the_text(note, authors):
    from flows.units import credits_note_byline
    found = credits_note_byline(note)
    assert (found.authors if found else None) == authors


# ---- qa182: an unbolded （1） heading line in Markdown ----
@pytest.mark.parametrize("line, kind", [
    ("（1）推进河道清淤疏浚", "item"),            # a heading line numbered in brackets: an item's heading
    ("(2) 完善村级保洁队伍", "item"),
    ("（3）推进河道清淤疏浚，每年完成清淤20公里。", "para"),   # a sentence: an item's text
    ("推进河道清淤疏浚", "para"),                 # unnumbered short line: text, as before
])
def test_an_unbolded_bracketed_item_heading_in_markdown_is_an_item(line, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


# ---- qa184: a report's serial number on its cover ----
@pytest.mark.parametrize("line, field", [
    ("编号：(113)021.0407", True),
    ("出版编号：RDEC-RES-113-015", True),
    ("GPN：1011300288", True),
    ("ISBN：978-626-7311-09-4", True),
    ("编号：各乡镇依序填报", False),                              # a value in words: text
    ("编号规则", False),                                        # a heading about it: no colon
])
def test_a_reports_serial_number_field_is_front_matter(line, field):
    """编号：(113)021.0407 under a report's researchers and date: a field of the cover, never a section (qa184)."""
    text = "\n".join(["县域科技成果转化服务体系建设研究", "期末报告", "", "计划主持人：钟予安", "中华民国113年11月",
                      line, "", "一、研究背景", P1, P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert (kinds.get(line) == META) is field


# ---- qa184: a disclaimer that says whose view the text is, then whose it is not ----
@pytest.mark.parametrize(("line", "kind"), [
    ("（本文为作者个人意见，不代表本报立场）", CREDIT),
    ("文章属作者观点，并不代表本网站立场。", CREDIT),
    ("(本文乃笔者个人见解,不代表所属机构立场)", CREDIT),
    # a sentence of the text that says what the text is stays text
    ("本文为作者多年调研的心得，不少观点仍有待实践检验。", "para"),
    ("本文为作者个人意见。", "para"),                                # no clause saying whose stand it is not
])
def test_a_disclaimer_saying_whose_stand_the_text_is_not_is_chrome(line, kind):
    """（本文为作者个人意见，不代表本报立场） under a commentary: a credit, not its last paragraph (qa184)."""
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", P1, P2, line]))
    assert found[4].kind == kind


# ---- qa184: a paper's running head that gives its main title only ----
@pytest.mark.parametrize("head", ["偏鄉長照據點的布建策略 5", "6 偏鄉長照據點的布建策略"])
def test_a_running_head_giving_the_main_title_beside_a_page_number_is_no_heading(head):
    """偏鄉長照據點的布建策略 5 over a paper titled 偏鄉長照據點的布建策略:以雲林縣為例: furniture (qa184)."""
    from tests.shapes import tables
    lines = _TITLED_PAPER[:9] + [head] + _TITLED_PAPER[9:]
    t = tables("\n".join(lines), "paper_hant.txt")
    assert [s["heading"] for s in t["sections"]] == ["绪论", "文献回顾", "研究设计", "研究发现", "结论"]
    assert not any("布建策略" in a["text"] for a in t["articles"])


# ---- qa184: a paper's running head naming its authors before the title ----
@pytest.mark.parametrize("head", ["張雅雯:偏鄉長照據點的布建策略:以雲林縣為例", "張雅雯、陳一平:偏鄉長照據點的布建策略",
                                  "張雅雯等:偏鄉長照據點的布建策略", "張雅雯 偏鄉長照據點的布建策略:以雲林縣為例 5"])
def test_a_running_head_naming_the_authors_before_the_title_is_no_heading(head):
    """張雅雯、陳一平:偏鄉長照據點的布建策略 between two sections of that paper: furniture, no heading (qa184)."""
    from tests.shapes import tables
    lines = _TITLED_PAPER[:9] + [head] + _TITLED_PAPER[9:]
    t = tables("\n".join(lines), "paper_hant.txt")
    assert [s["heading"] for s in t["sections"]] == ["绪论", "文献回顾", "研究设计", "研究发现", "结论"]
    assert not any("布建策略" in a["text"] for a in t["articles"])


# ---- qa183: a guest box labelled by the guest's role alone ----
@pytest.mark.parametrize("label, markdown, kinds", [
    ("【访谈对象】", False, [PROFILE, PROFILE, "para"]),
    ("受访嘉宾：", False, [PROFILE, PROFILE, "para"]),
    ("**访谈嘉宾**", True, [PROFILE, PROFILE, "para"]),
    ("[受访专家]", False, [PROFILE, PROFILE, "para"]),
])
def test_a_guest_role_label_over_the_guests_bio_is_a_box_not_a_section_or_text(label, markdown, kinds):
    bio = "岑立行，省交通运输厅党组成员、副厅长，分管综合运输和农村公路等工作。"
    text = "今年全省新改建农村公路4200公里，建制村通客车率保持100%，城乡交通运输一体化水平稳步提升。"
    found = units(reflow_blocks([label, "", bio, "", text]), markdown=markdown)
    assert [u.kind for u in found] == kinds


# ---- qa183: a bracketed note of the piece's original title ----
@pytest.mark.parametrize("line, markdown, kind", [
    ("（原标题：《乡村振兴，人才是“第一资源”》）", True, META),
    ("（原标题：乡村振兴要把人才摆在首位）", False, META),
    ("(原题:《县域经济的“底气”从哪里来》)", True, META),
    ("（原标题为《让数据多跑路》）", False, META),
    # a sentence in brackets that speaks of a title: text
    ("（原标题中的“大水漫灌”一词，在正式文件中已改为“精准滴灌”，下同。）", True, "para"),
])
def test_a_bracketed_original_title_note_is_a_field_not_text(line, markdown, kind):
    assert unit(Block(line, 1, 40.0, 0, None), markdown=markdown).kind == kind


@pytest.mark.parametrize(("credit", "caption"), [
    ("漫画/方 舟", True),          # (qa186) a cartoon's credit under its short title: both the cartoon's, no text
    ("漫画：方舟", True),
    ("方舟/漫画", True),
    ("漫画创作者方舟", False),     # a line that merely opens with 漫画 credits no one
])
def test_a_cartoons_credit_and_its_short_title_are_captions(credit, caption):
    lines = ["社区服务要把好事办实，把实事办好，真正让群众少跑腿、好办事。", "画里画外", "“接力赛”", credit,
             "有的地方办一件事要跑好几个窗口，每个窗口都说“不归我管”，群众只好来回奔波。"]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert (kinds.get(credit) == CAPTION) == caption
    assert (kinds.get("“接力赛”") == CAPTION) == caption


@pytest.mark.parametrize(("caption", "is_caption"), [
    # (qa186) under a picture label, one caption opening with its day, wrapped over four lines of a narrow column
    ("10月8日，村民在东坡村千亩稻田里收割晚稻。近年来，该村推广稻鸭共养，亩均增收八百余元。", True),
    # a paragraph opening with no day stays text
    ("在东坡村千亩稻田里，村民们忙着收割晚稻，田埂上堆满了金黄的稻谷，一派丰收景象，村里的合作社还请来了农机手帮忙。", False),
])
def test_a_longer_caption_opening_with_its_day_under_a_picture_label_is_the_caption(caption, is_caption):
    lines = [*wrapped("县农业农村局负责人介绍，今年将继续推广测土配方施肥技术，力争全年化肥使用量稳中有降。", 14, 0), "图片新闻",
             *wrapped(caption, 14, 0), "本报记者 许 航 摄", "临川启动冬季农田水利建设",
             *wrapped("本报讯（记者 曾 青）全县冬修水利工程日前全面开工，各乡镇组织群众清淤疏渠、加固堤坝。", 14, 0)]
    found = units_of_text("\n".join(lines))
    assert any(u.kind == CAPTION and u.text == caption for u in found) == is_caption

def test_wechat_the_end_firsts_pass_every_line_its_pattern_may_match():
    """plain_unit tries WECHAT_THE_END_LINE only on text opening with a WECHAT_THE_END_FIRSTS character or a space."""
    assert {ch for ch in matched_characters(opening_class(P.WECHAT_THE_END_LINE)) if not ch.isspace()} <= set(
        P.WECHAT_THE_END_FIRSTS)


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize("table", ["PLAIN_RULES", "UNIT_RULES"])
def test_the_rules_a_first_character_opens_give_what_all_of_them_give(table, markdown):
    """plain_unit and unit() try only the rules of PLAIN_RULES and UNIT_RULES that the text's first character opens: on
    the lines above and the seed documents' blocks, every rule tried in turn gives the same unit (a rule left out would
    not have applied)."""
    import flows.units
    from flows.units import rules_opened_by
    from tests.test_reflow import seed_documents
    rules = getattr(flows.units, table)
    texts = [*LINES, "", "-THE END-", "作者为某大学教授", "2020 35.2 60.1", "（1）加快数据资源汇聚：", "解读人：某局 杨思远",
             "（来源：江宁日报　2026年3月5日　第3版）", "（文中部分图片由某某局提供）", "本文原载于《江南日报》2026年3月5日第5版",
             *(b.text.strip() for lines in seed_documents() for b in reflow_blocks(lines))]
    for text in texts:
        for base in ((20.0, 1, None), (20.0, 3, None)):
            every = next((u for _, rule in rules if (u := rule(text, text[-1:], base, markdown))), None)
            opened = next((u for rule in rules_opened_by(text[:1], rules) if (u := rule(text, text[-1:], base, markdown))),
                          None)
            assert opened == every


def test_unit_mark_firsts_with_spaces_and_digits_are_what_unit_mark_initial_matches():
    """may_start_marked asks UNIT_MARK_FIRSTS, str.isspace and str.isdecimal for what UNIT_MARK_INITIAL matches."""
    from flows.units import UNIT_MARK_FIRSTS, may_start_marked
    bmp = EVERY_CHARACTER[:0x10000]
    assert {ch for ch in bmp if ch in UNIT_MARK_FIRSTS or ch.isspace() or ch.isdecimal()} == set(
        P.UNIT_MARK_INITIAL.findall(bmp))
    for ch in ("\U0001d7ce", "\U00020000", "", "a", "k", "\u212a", "一", "各"):
        assert may_start_marked(ch + "文") == (P.UNIT_MARK_INITIAL.match(ch + "文") is not None)


def test_unit_edge_guards_hold_every_character_their_rules_ask_for():
    """unit() skips the rules guarded by `opens` (`closes`) when the text's first (last) character is not in
    UNIT_LEAD_FIRSTS (UNIT_TAIL_LASTS): each such rule's own character test must accept only characters of that set."""
    import inspect
    from flows.units import UNIT_LEAD_FIRSTS, UNIT_TAIL_LASTS, edge_values, unit
    source = inspect.getsource(unit)
    statements = re.split(r"\n    (?=if |\w)", source)
    for guard, edge, allowed in (("opens", "first", UNIT_LEAD_FIRSTS), ("closes", "last", UNIT_TAIL_LASTS)):
        guarded = [s for s in statements if re.match(rf"if \(?{guard} and ", s)]
        assert guarded
        for statement in guarded:
            tests = re.findall(rf"\b{edge}(?:_char)? in P\.(\w+)|\b{edge} == (\"[^\"]\")", statement)
            assert tests, statement
            asked = [edge_values(getattr(P, name)) if name else edge_values(literal[1]) for name, literal in tests]
            assert any(values <= allowed for values in asked), statement


# ---- qa190: a working-paper series' line spaced from its institution or numbered as an issue ----
@pytest.mark.parametrize("line", ["西岭发展研究院 工作论文系列 ｜ WP No.2024-09",
                                  "东湾政策研究中心工作论文 2025年第3期（总第41期）"])
def test_a_working_paper_line_spaced_or_numbered_as_an_issue_is_masthead(line):
    """<series> 2025年第3期（总第41期） / <title>: masthead, its own block, not the title's first words (qa190)."""
    title = "公共图书馆应延长开放时间"
    found = units_of_text("\n".join([line, "", title, "", "罗家辉　邵文卿", "", P1, "", P2]))
    kinds = {u.text: u.kind for u in found}
    assert kinds.get(title) == "plain" and any(k == META for t, k in kinds.items() if t != title)


# ---- qa190: bracketed reference entries closing a document without a notes label ----
@pytest.mark.parametrize(("tail", "notes"), [
    (["[1] 水利部：《全国灌区建设情况通报》，2025年。", "[2] 根据调研组对4个灌区的访谈整理。"], True),
    (["[1] 水利部：《全国灌区建设情况通报》，2025年。", "[2] 根据调研组对4个灌区的访谈整理。",
      "本文仅代表作者观点，不代表所在单位立场。", "作者邮箱：lihe@example.org"], True),
    (["[2] 水利部：《全国灌区建设情况通报》，2025年。", "[3] 根据调研组对4个灌区的访谈整理。"], False),   # not from [1]
    (["[1] 水利部：《全国灌区建设情况通报》，2025年。"], False),                                          # one entry only
])
def test_bracketed_entries_closing_a_document_are_notes(tail, notes):
    """…的建议。 / [1] … / [2] …: entries numbered from [1] at a page's end with no 注释 label over them are notes."""
    found = units_of_text("\n\n".join(["灌区现代化改造的几点建议", P1, P2, *tail]))
    kinds = {u.text[:3]: u.kind for u in found}
    assert (kinds.get("[1]" if tail[0].startswith("[1]") else "[2]") == NOTES) is notes


# ---- qa190: a report team's list bracketed whole on a line of its own ----
@pytest.mark.parametrize(("note", "credit"), [
    ("（课题组组长：罗启明；成员：孔令仪、苏禾）", True),
    ("（课题组负责人：罗启明；课题组成员：孔令仪、苏禾、田野）", True),
    ("（课题组组长：罗启明；执笔：孔令仪）", False),        # names the writer: a note that signs, no credit
])
def test_a_bracketed_team_list_over_a_contact_line_is_a_credit(note, credit):
    """…的建议。 / （课题组组长：…；成员：…） / 联系人：… 电话：…, a blank line after every line: the team's list is the
    group's credit, never a heading over the contact line nor run into it."""
    found = units_of_text("\n\n".join(["灌区现代化改造的几点建议", P1, P2, note, "联系人：孔令仪　电话：010-6688 1234"]))
    kinds = {u.text: u.kind for u in found}
    assert (kinds.get(note) == CREDIT) is credit


# ---- qa188: a web page's row of bracketed buttons ----
@pytest.mark.parametrize(("row", "chrome"), [
    ("【纠错】 【打印】 【关闭】", True),        # (qa188) the buttons under a news page's text, 纠错 first
    ("[我要纠错] [打印本页] [关闭窗口]", True),
    ("【收藏】【返回顶部】", True),
    ("【社会观察】【打印】", False),             # a column's label is no button: not a row of buttons
    ("【纠错】", True),                          # (qa254) one button alone on its line, no column label's name
    ("[我要纠错]", True),
    ("【纠正】", False),                          # no button word
])
def test_a_row_of_bracketed_buttons_is_chrome(row, chrome):
    lines = ["社区食堂开到家门口，老人吃饭不再难。", "（作者系某市社科院研究员）", "责任编辑：周 雨", row, "相关新闻"]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert (kinds.get(row) == CREDIT) == chrome


# ---- qa254: the most-read stories under their label ----
@pytest.mark.parametrize(("label", "chrome"), [
    ("热门排行", True),      # (qa254) the label over a news page's most-read stories, numbered 1 2 3
    ("【点击排行榜】", True),
    ("热门话题", False),     # no ranking's label: the numbered lines under it stay what they read as
])
def test_the_numbered_headlines_under_a_ranking_label_are_chrome(label, chrome):
    lines = ["社区食堂开到家门口，老人吃饭不再难。", "责任编辑：周 雨", label,
             "1 滨海市今夏首场台风预警发布", "2 老城区改造项目全面开工"]
    found = units_of_text("\n".join(lines))
    assert all(u.kind == CREDIT for u in found if "台风" in u.text) is chrome


def test_a_ranking_over_the_article_ends_at_its_title():
    """热门排行 / 1 … / 2 … printed over the article: the numbered headlines are chrome, the title under them is not."""
    lines = ["热门排行", "1 滨海市今夏首场台风预警发布", "2 老城区改造项目全面开工", "让老街区留住烟火气",
             "2026-06-12 08:15 来源：滨海网", "老街区是城市记忆的载体，更新改造要守住烟火气。", "要尊重居民意愿，让老街坊留得下。"]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert kinds.get("让老街区留住烟火气") not in (CREDIT, None)
    assert all(kind == CREDIT for text, kind in kinds.items() if "台风" in text)


# ---- qa188: a web page's copyright line with its sign and years ----
@pytest.mark.parametrize(("line", "chrome"), [
    ("Copyright © 2010-2026 江北在线 版权所有 未经许可不得转载", True),   # (qa188) a news site's footer
    ("© 2024 某某研究中心", True),
    ("COPYRIGHT (C) 2025 东城网络科技有限公司", True),
    ("Copyright意识的普及，离不开著作权法的宣传教育。", False),        # prose opening with the word: text
])
def test_a_copyright_line_with_its_years_is_chrome(line, chrome):
    assert (unit(Block(line, 1, 40.0, 0, None), markdown=False).kind == CREDIT) == chrome



# ---- qa188: a list's items bulleted with an arrow ----
@pytest.mark.parametrize(("item", "text"), [
    ("▶ 开通夜间公交专线，方便游客往返；", "开通夜间公交专线，方便游客往返；"),   # (qa188) an item ending a clause
    ("►完善停车和如厕设施。", "完善停车和如厕设施。"),
    ("▶ 专家解读｜县域文旅如何出圈", None),                                    # a link's headline: not an item
])
def test_an_arrow_bulleted_item_is_a_paragraph_without_its_bullet(item, text):
    found = unit(Block(item, 1, 40.0, 0, None), markdown=False)
    assert (found.kind == PARA and found.text == text) == (text is not None)


def test_an_arrow_bulleted_item_does_not_run_into_its_lead():
    lines = ["各地在提升服务上下了不少功夫，主要做法有：", "▶ 开通夜间公交专线，方便游客往返；",
             "▶ 完善停车和如厕设施。", "这些做法受到游客普遍欢迎。"]
    texts = [u.text for u in units_of_text("\n".join(lines)) if u.kind == PARA]
    assert texts[:3] == ["各地在提升服务上下了不少功夫，主要做法有：", "开通夜间公交专线，方便游客往返；", "完善停车和如厕设施。"]


# ---- qa188: a WeChat post's list of its parts under its lead ----
@pytest.mark.parametrize(("listed", "contents"), [
    # (qa188) a lead box's list of the parts, one a line, the emoji gone: the headings stand again over the parts
    (["🔸 老街为何冷清", "🔸 改造从哪里入手"], True),
    (["老街为何冷清", "改造从哪里入手"], True),
    # one line naming one part only: a lone repeated line, no contents
    (["老街为何冷清"], False),
])
def test_lines_repeating_the_later_part_headings_are_the_contents(listed, contents):
    lines = ["老城更新观察", "老街改造如何留住烟火气", "导读", "老街是城市的记忆，改造既要焕新颜，也要留住老味道。", *listed,
             "去年以来，不少城市启动老街改造，效果却参差不齐。", "Part 1", "老街为何冷清",
             "一些老街业态单一，游客逛一圈就走，商户经营困难。", "Part 2", "改造从哪里入手",
             "业内人士认为，改造应先摸清居民和商户的真实需求。"]
    found = units_of_text("\n".join(lines))
    kinds = [u.kind for u in found if "老街为何冷清" in u.text]
    assert (kinds[0] == CONTENTS) == contents
    assert kinds[-1] != CONTENTS


def test_a_title_that_names_the_wrapped_title_under_it_is_no_contents():
    lines = ["滨江市人民政府办公室关于推进社区养老服务的实施意见", "发布日期：2026-01-05　来源：市政府办公室",
             "滨江市人民政府办公室", "关于推进社区养老服务的实施意见", "各区人民政府，市政府各部门：",
             "为加快完善社区养老服务体系，结合我市实际，提出如下意见。", "滨江市人民政府办公室", "2026年1月5日"]
    found = units_of_text("\n".join(lines))
    assert not any(u.kind == CONTENTS for u in found)


# ---- qa191: a section heading wrapped after its comma in a narrow column ----
@pytest.mark.parametrize(("first", "second", "joined"), [
    ("夯实产业根基，", "做强县域经济", True),         # the heading's first line ends at its comma
    ("守住底线，", "防范化解风险", True),
    ("据调查，我们发现", "做强县域经济", False),       # no comma at its end: a line of text
    ("夯实产业根基，", P2, False),                    # a paragraph under the comma's line: no heading's second line
])
def test_a_heading_wrapped_after_its_comma_is_one_heading(first, second, joined):
    lines = [*wrapped(P1, 16, 0), first, *wrapped(second, 16, 0), *wrapped(P3, 16, 0)]
    found = units(reflow_blocks(lines), False)
    heads = [u.text for u in found if u.kind == "plain"]
    assert (first + second in heads) is joined


# ---- qa197: a guest line naming its guests, each with a bracketed post ----
@pytest.mark.parametrize("line, kind", [
    ("**嘉宾：** 祁明远（某师范大学教育政策研究中心主任）　邵晓岚（某市规划设计研究院总工程师）　韦书航（某县文旅局局长）", META),
    ("**嘉宾:** 祁明远(某大学教授)、邵晓岚(某研究院研究员)", META),
    ("**嘉宾：** 祁明远（笑）这个问题我们讨论过很多次，邵晓岚（某研究院研究员）也有体会。", "para"),
    ("**嘉宾：** 祁明远（某大学教授）", META),        # one guest
])
def test_a_bold_guest_label_over_names_with_bracketed_posts_is_the_guest_line(line, kind):
    """**嘉宾：** then each guest's name with the post in brackets, however long the line: the guest line (front
    matter), no turn of the dialogue; a turn under the label says something between its brackets (qa197)."""
    assert unit(Block(line, 1, 40.0, 0, None), markdown=True).kind == kind


# ---- qa195: PDF debris, report covers and dates with no day ----
@pytest.mark.parametrize(("line", "heading", "debris"), [
    ("?■ 社区食堂要算好长远账", "社区食堂要算好长远账", "?■"),      # a failed glyph before the box bullet
    ("？？◆ 补齐托育服务短板", "补齐托育服务短板", "？？◆"),
    ("■ 社区食堂要算好长远账", "社区食堂要算好长远账", "■"),        # the bare bullet, as before
])
def test_a_stray_question_mark_before_a_bullet_is_debris(line, heading, debris):
    """P1 / ?■ heading / P2: the question mark and the bullet leave the heading, both kept as debris."""
    found = units_of_text("\n\n".join([P1, line, P2]))
    head = [u for u in found if u.kind == "plain"]
    assert [(u.text, (u.debris or "").strip()) for u in head] == [(heading, debris)]


@pytest.mark.parametrize(("english", "front"), [
    ("Sustaining Community Canteens for Older Residents: Evidence from Three Urban Districts of a Coastal City", True),
    ("Rethinking Rural Pensions in an Ageing Society: Fiscal Capacity, Local Discretion and Coverage Gaps", True),
    ("In 2024 the city opened 32 community canteens for older residents, and most of them ran at a loss.", False),
])
def test_an_english_title_on_one_full_line_over_the_byline_is_front_matter(english, front):
    """<Chinese title> / <English title, one line as wide as the text> / 某某*　某某**: the title's translation (a
    sentence there is no title)."""
    title = "社区食堂的可持续运营：以三个城区为例"
    found = units_of_text("\n".join([title, english, "罗家辉*　邵文卿**", "", *wrapped(P1, 30), *wrapped(P2, 30)]))
    kinds = {u.text: u.kind for u in found}
    assert (kinds.get(english) == "English front matter") is front


@pytest.mark.parametrize(("line", "meta"), [
    ("出版日期：2026年3月", True),                  # the month only, as covers print it
    ("完成日期：中华民国115年2月", True),
    ("出版日期：2026-03", True),
    ("出版日期：2026年3月，印量500册", False),      # more than the date: not the bare field
])
def test_a_report_cover_date_field_is_front_matter(line, meta):
    """<title> / 撰稿：某某 / 出版日期：2026年3月 / 壹、前言: the cover's date field, no heading over the first section."""
    found = units_of_text("\n".join(["社区食堂可持续运营之政策研析", "撰稿：罗家辉、邵文卿", line, "", "壹、前言", P1, P2]))
    kinds = {u.text: u.kind for u in found}
    assert (kinds.get(line) == META) is meta


@pytest.mark.parametrize("line", ["政策研究报告　PR-2025-031", "东湾发展研究院研究简报 PB-25-07", "政策报告｜ER-2026-4"])
def test_a_report_series_line_with_its_catalogue_code_is_masthead(line):
    """某研究院 / <series> PR-2025-031 / <title>: masthead, its own block, not the title's first words."""
    title = "公共图书馆应延长开放时间"
    found = units_of_text("\n".join(["财团法人东湾发展研究院", line, "", title, "", "罗家辉　邵文卿", "", P1, "", P2]))
    kinds = {u.text: u.kind for u in found}
    assert kinds.get(title) == "plain" and kinds.get(line.replace("　", " ")) == META


@pytest.mark.parametrize(("rows", "table"), [
    (["指标 含义 来源", "覆盖率 已开办食堂的社区占比（%） 民政统计", "满意度 受访老人评分（1-5分） 问卷调查"], True),
    (["指标 含义 来源", "覆盖率 已开办食堂的社区占比（%） 民政统计", "满意度 受访老人评分（1-5分） 问卷调查",
      "运营成本 每餐平均成本（元） 街道台账"], True),
    (["指标 含义 来源"], False),                   # one line only: no rows to tell it by
])
def test_a_three_column_table_under_its_caption_is_rows_of_text(rows, table):
    """P1 / 表2　主要指标 / 指标 含义 来源 / … / 资料来源：本研究整理。 / 三、heading: the head row is no heading, each row a
    paragraph of its own, and the source line the caption's."""
    found = units_of_text("\n".join([P1, "表2　主要指标", *rows, "资料来源：本研究整理。", "三、研究发现", P2]))
    kinds = {u.text: u.kind for u in found}
    assert (kinds.get(rows[0]) == PARA and all(kinds.get(r) == PARA for r in rows)) is table
    assert (kinds.get("资料来源：本研究整理。") == CAPTION) is table


@pytest.mark.parametrize(("names", "note", "affiliation"), [
    ("罗家辉1　邵文卿2", "1 某某大学社会工作学系副教授，通讯作者", True),
    ("罗家辉1　邵文卿2", "2 某某研究院研究助理", True),
    ("罗家辉1　邵文卿2", "3 某某大学社会工作学系副教授", False),    # a number no name carries
    ("罗家辉　邵文卿", "1 某某大学社会工作学系副教授", False),        # names with no numbers: no note to point to
])
def test_a_numbered_note_on_the_authors_after_the_front_matter_is_an_affiliation(names, note, affiliation):
    """<title> / 罗某1　邵某2 / 摘要 / … / 关键词：… / 1 某某大学…副教授 / 一、前言: the note the name's number points to."""
    lines = ["社区食堂的可持续运营", names, "", "摘要", P1, "关键词：社区食堂；养老服务", "", note, "", "一、前言", P2, P3]
    found = units_of_text("\n".join(lines))
    kinds = {u.text: u.kind for u in found}
    assert (kinds.get(note.replace("　", " ")) == "affiliation") is affiliation


# ---- qa196: a portal page's ## title under its breadcrumb and over its fields ----
def markdown_units(text: str) -> list[Unit]:
    """The units of a Markdown page (normalised, then reflowed), its first heading read as its title where it is one."""
    from flows.normalize import normalized_document
    from flows.units import with_markdown_title
    from tests.shapes import raw
    return with_markdown_title(units(reflow_blocks(normalized_document(raw(text, "doc.md")).lines), True))


@pytest.mark.parametrize(("head", "titled"), [
    # (qa196) the breadcrumb, then the ## title over its line of fields: the page's title
    (["首页 > 新闻中心 > 部门动态", "## 青川县推进农村客运公交化改造", "来源：县交通运输局　　时间：2026-03-02 10:20"], True),
    (["当前位置：首页 > 政务公开", "## 青川县推进农村客运公交化改造", "发布时间：2026-03-02　　来源：县交通运输局"], True),
    # no line of fields under it: a section of the text, as a numbered heading is
    (["首页 > 新闻中心 > 部门动态", "## 青川县推进农村客运公交化改造"], False),
    (["首页 > 新闻中心 > 部门动态", "## 一、青川县推进农村客运公交化改造", "来源：县交通运输局　　时间：2026-03-02 10:20"], False),
])
def test_a_hash_heading_under_a_breadcrumb_over_fields_is_the_title(head, titled):
    text = "\n\n".join([*head, P1, "## 二、主要做法", P2])
    found = markdown_units(text)
    kinds = [u.kind for u in found if "青川县推进" in u.text]
    assert (kinds == ["title"]) is titled


# ---- qa196: a reprinted post's 内容来源： line under its text ----
@pytest.mark.parametrize(("line", "kind"), [
    ("内容来源：青川日报（ID：qcrb1950）", META),      # (qa196) the field naming where the post first ran
    ("内容来源：县融媒体中心", META),
    ("内容来源于群众的实际需求。", None),              # no field: a sentence of the text
    ("素材来源：新华社、县融媒体中心", META),          # (qa196) the sources the post draws on
    ("素材来源于基层一线的调研。", None),
])
def test_a_content_source_field_is_a_line_of_fields(line, kind):
    assert furniture_kind(line) == kind


# ---- qa198: a letter-spaced name under a column label's title, or under an end title's subtitle ----
@pytest.mark.parametrize(("lines", "name"), [
    (["学思践悟", "把调查研究作为基本功", "蒋 明 远", *wrapped(P1, 20), *wrapped(P2, 20)], "蒋 明 远"),
    (["【学思践悟】", "把调查研究作为基本功", "蒋 明 远", *wrapped(P1, 20), *wrapped(P2, 20)], "蒋 明 远"),
    # under the page's standfirst, set across a wider column
    ([*wrapped(P3 + P1, 40, 0), "学思践悟", "把调查研究作为基本功", "蒋 明 远", *wrapped(P1, 20), *wrapped(P2, 20)],
     "蒋 明 远"),
    ([*wrapped(P1, 20), *wrapped(P2, 20), "推进城乡融合发展", "——学习贯彻全会精神的几点思考", "蒋 明 远",
      "（作者系南江大学经济学院教授）"], "蒋 明 远"),
])
def test_a_spaced_name_signs_a_title_under_a_label_or_over_its_subtitle(lines, name):
    """A three-character name set letter-spaced under a title that stands under its column's label (学思践悟), over the
    text; or under an end title and its ——subtitle, over a note on the author: the byline, no line of text (qa198)."""
    found = units_of_text("\n".join(lines))
    assert [u.kind for u in found if u.text == name] == ["byline"]


# ---- qa209: a letter-spaced name beside the date a speech was given ----
@pytest.mark.parametrize(("lines", "signs"), [
    (["在全县乡村振兴工作会议上的讲话", "（2026年3月6日）", "邵 知 远", "同志们：", *wrapped(P1, 30)], True),
    (["在全县乡村振兴工作会议上的讲话", "邵 知 远", "（2026年3月6日）", "同志们：", *wrapped(P1, 30)], True),
    (["凝心聚力抓落实", "——在全县乡村振兴工作会议上的讲话", "（2026年3月6日）", "邵 知 远", *wrapped(P1, 30)], True),
    # no date in brackets beside it: a letter-spaced line, left as it was
    (["在全县乡村振兴工作会议上的讲话", "2026年3月6日", "邵 知 远", "同志们：", *wrapped(P1, 30)], False),
])
def test_a_spaced_name_beside_a_speechs_bracketed_date_signs_it(lines, signs):
    """A three-character name set letter-spaced right under or over the date in brackets a speech was given on, under
    the speech's title or subtitle: the speaker's byline (qa209)."""
    found = units_of_text("\n".join(lines))
    assert ([u.kind for u in found if u.text == "邵 知 远"] == ["byline"]) is signs


# ---- qa209: a blank form's rows under its 序号 head row ----
def test_a_forms_numbered_rows_are_text_not_headings():
    """序号 乡镇 排查户数 整改户数 / 1 青石镇 / 2 白沙乡: a blank form's rows, their first cells only, are text (qa209)."""
    rows = ["序号 乡镇 排查户数 整改户数 备注", "1 青石镇", "2 白沙乡", "3 柳河镇"]
    found = units_of_text("\n".join(["附件", "", "某某县隐患排查情况统计表", "", *rows, "填报人：　　联系电话："]))
    assert {u.kind for u in found if u.text.replace(" ", "") in {r.replace(" ", "") for r in rows}} == {"para"}


# ---- qa198: a review's bracketed book line under its byline ----
@pytest.mark.parametrize(("line", "kind"), [
    ("（《县域发展十讲》，辛禾著，南岭人民出版社2027年5月出版）", "para"),   # the book the review reads: its text
    ("（《城乡融合论》，詹雪梅主编，北川大学出版社2027年版）", "para"),
    ("（南岭大学经济学院）", "affiliation"),                             # the writer's institution: front matter
])
def test_a_reviews_book_line_under_its_byline_is_no_affiliation(line, kind):
    """A bracketed line under a review's byline that names a book, its author and publisher is the review's book line
    (BOOK_NOTE_LINE: text), not the writer's affiliation, which would give the review's title and byline to the text
    before it (qa198)."""
    found = units_of_text("\n".join([*wrapped(P1, 20), "（作者系南岭大学教授）", "书评", "读懂县域发展的逻辑", "□ 韦 晴",
                                     line, *wrapped(P2, 20), *wrapped(P3, 20)]))
    assert [u.kind for u in found if u.text == line] == [kind]


# qa199: a paragraph's first line alone under a decimal heading, cut by a page foot, goes on past it.
@pytest.mark.parametrize("foot", [
    ["①本文所称平台包括省级和市级公共资源交易平台。", "·38·", RUNNING_HEAD_LINE],
    [RUNNING_HEAD_LINE],
])
def test_a_lone_first_line_cut_by_a_page_foot_runs_on_past_it(foot):
    head = "平台①整合后，交易数据的归集范围明显扩大，但跨区域调用数据仍需逐一"       # (the footnote cited in it)
    rest = "对接，企业跨市投标仍需重复办理证书。"
    text = "\n".join(["2.2.1 数据归集渠道", head, *foot, rest, "2.2.2 证书互认渠道", P1])
    found = units_of_text(text)
    assert head + rest in [u.text for u in found]


# qa199: a figure's values and labels, a cell a line, stand between its caption and its source line.
@pytest.mark.parametrize("cells", [
    ["12.4", "8.7", "5.1", "东部 中部 西部"],
    ["东部", "12.4", "中部", "8.7"],
])
def test_a_figures_source_under_its_cells_goes_with_the_caption(cells):
    source = "资料来源：作者根据各省统计年鉴整理。"
    text = "\n".join(["3.2 区域差异", P1, "图2 各地区县域数字平台覆盖率（%）", *cells, source, "4 结论", P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert kinds[source] == CAPTION


# qa199: a transcript's note of the hall's applause or laughter on a line of its own is a stage note, no heading.
@pytest.mark.parametrize("line, kind", [
    ("（掌声）", "stage note"),
    ("（热烈掌声）", "stage note"),
    ("(笑声)", "stage note"),
    ("（全场起立鼓掌）", "stage note"),
    ("（掌声雷动）", "stage note"),
    ("（以下简称“掌声计划”）", "plain"),          # an aside naming something, no note of the hall
])
def test_a_transcripts_stage_note_is_no_heading(line, kind):
    assert unit(Block(line, 1, 4.0, 0, None), markdown=False).kind == kind


# qa246: a transcript's note that it was written up from the recording, on a line of its own, is no paragraph of the
# speech (a Markdown page makes every line one) and no heading; a dated line or a note naming the transcriber is not it.
@pytest.mark.parametrize("line, markdown, note", [
    ("（根据录音整理）", True, True),
    ("（根据会议录音整理，有删节）", True, True),
    ("(本文据现场录音整理，未经本人审阅)", False, True),
    ("（根据录音整理）", False, True),
    ("（本文根据座谈录音整理，经发言人审阅。整理：聂清源）", True, False),   # names who wrote it up: a byline's
    ("（2026年3月5日，根据录音整理）", True, False),                       # the date under the title
    ("（本次会议全程录音录像，请关闭手机）", True, False),                  # no note of how a text was taken down
])
def test_a_transcripts_recording_note_is_no_paragraph(line, markdown, note):
    assert (unit(Block(line, 1, 4.0, 0, None), markdown=markdown).kind == "stage note") == note


# qa265: the editor's note that the text printed is cut, on a line of its own under it, is no paragraph either; a
# sentence saying what was cut, or a bracketed aside about cutting something, is text.
@pytest.mark.parametrize("line, markdown, note", [
    ("（本文有删节）", True, True),
    ("（发表时略有删节）", False, True),
    ("(内容有删减)", True, True),
    ("（有删改）", False, True),
    ("（本文有删节，标题为编者所加。）", True, False),       # a second note in the brackets: left as it was
    ("（删除线表示已废止条款）", True, False),                 # a note about the text's marks, no cut
])
def test_an_editors_note_that_the_text_is_cut_is_no_paragraph(line, markdown, note):
    assert (unit(Block(line, 1, 4.0, 0, None), markdown=markdown).kind == "stage note") == note


def test_a_stage_note_between_paragraphs_leaves_the_text_whole():
    text = "\n".join(["一、坚定信心", P1, "（掌声）", "二、真抓实干", P2])
    kinds = {u.text: u.kind for u in units_of_text(text)}
    assert kinds["（掌声）"] == "stage note" and kinds[P1] == kinds[P2] == "para"


def test_a_paragraph_cut_by_a_running_head_with_the_month_runs_on_past_it():
    """第18卷 第3期 城乡规划论丛 2025年9月 over the next page: a paragraph cut by it goes on under it (qa199)."""
    text = "\n".join(["一、引言", CUT_HEAD, "·38·", "第18卷 第3期 城乡规划论丛 2025年9月", CUT_REST, "二、结论", P1])
    assert CUT_HEAD + CUT_REST in [u.text for u in units_of_text(text)]


@pytest.mark.parametrize("head, rest", [
    ("调研发现，平台转型主要面临两方面困境。截至2024年底，全省共有1", "6个县完成平台整合，占县域总数的四成。"),
    ("调研发现，平台转型主要面临两方面困境。其中5", "个县已实现数据实时共享。"),
])
def test_a_paragraph_cut_at_a_number_by_a_page_foot_runs_on_past_it(head, rest):
    """A paragraph cut after a number in its prose (…其中5 / the page's foot / 个县…) goes on past the foot (qa199)."""
    text = "\n".join(["一、引言", head, "［收稿日期］2024-03-02", "·38·", RUNNING_HEAD_LINE, rest, "二、结论", P1])
    assert head + rest in [u.text for u in units_of_text(text)]


def test_a_table_row_ending_with_a_number_over_a_page_foot_stays_apart():
    row = "样本量 29 34 24"
    text = "\n".join(["一、引言", P2, row, "·38·", RUNNING_HEAD_LINE, "各地的做法不尽相同。", "二、结论", P1])
    assert row.replace(" ", "") in [u.text.replace(" ", "") for u in units_of_text(text)]


def test_a_cited_footnote_over_the_first_pages_notes_is_a_note():
    """①… over * 收稿日期：… / 基金项目：… at the first page's foot: a footnote, and the paragraph it cuts goes on (qa199)."""
    head = "平台①整合后，交易数据的归集范围明显扩大，但跨区域调用数据仍需逐一"
    rest = "对接，企业跨市投标仍需重复办理证书。"
    note = "①本文所称平台包括省级和市级公共资源交易平台。"
    text = "\n".join(["1 引言", head, note, "* 收稿日期：2024-03-02", "基金项目：某某省社科规划项目（24BZZ031）", "·38·",
                      RUNNING_HEAD_LINE, rest, "2 结论", P1])
    found = {u.text: u.kind for u in units_of_text(text)}
    assert found[note] == NOTES and head + rest in found


# ---- qa200: a table set in plain text with bars between its cells ----
def test_the_rows_of_a_barred_table_are_paragraphs_their_cells_apart_by_spaces():
    """序号 | 重点任务 | 配合部门 (read as a navigation bar) and 1 | … (a heading numbered 1): rows of a table, text (qa200)."""
    rows = ["序号 | 重点任务 | 配合部门", "1 | 修缮古桥 | 县文旅局，县财政局", "2 | 整治河道 | 县水利局"]
    found = units(reflow_blocks(["某某县重点任务表", *rows, P1]), False)
    assert [(u.kind, u.text) for u in found[1:4]] == [
        (PARA, "序号 重点任务 配合部门"), (PARA, "1 修缮古桥 县文旅局，县财政局"), (PARA, "2 整治河道 县水利局")]


def test_the_rows_of_a_markdown_table_without_bars_at_their_ends_are_paragraphs():
    """1 | 修缮古桥 | 县文旅局: GFM lets a table's rows go without a bar at either end; they read as the barred rows do."""
    rows = ["序号 | 重点任务 | 配合部门", "1 | 修缮古桥 | 县文旅局，县财政局", "2 | 整治河道 | 县水利局"]
    found = units(reflow_blocks(["## 某某县重点任务", "", *rows, "", P1], markdown=True), True)
    assert [u.text for u in found if u.text[:1] in "序12"] == ["序号 重点任务 配合部门", "1 修缮古桥 县文旅局，县财政局",
                                                              "2 整治河道 县水利局"]


# ---- qa201: a brief's distribution lines labelled by one character ----
@pytest.mark.parametrize(("lines", "kinds"), [
    (["报：市委、市人大常委会、市政府主要领导同志", "送：市发展改革委、市财政局、市商务局"], [CREDIT, CREDIT]),
    (["报：市委、市政府领导", "送：各区县人民政府、市直各部门", "发：各区县研究室、各开发区管委"], [CREDIT, CREDIT, CREDIT]),
    # a sentence under a wrapped 人民日 / 报：… is no list of readers
    (["报：到今年底，全市要新建养老床位三千张、助餐点两百个。"], [PARA]),
])
def test_one_character_distribution_lines_are_credits_each_on_its_line(lines, kinds):
    """A think-tank brief's distribution lines at its foot (报：… / 送：… / 发：…, a list of bodies parted by 、): each a
    credit on its own line, not joined into one paragraph of the last piece's text (qa201)."""
    text = "\n".join([P1, *lines])
    found = units(reflow_blocks(text.split("\n")), markdown=False)
    assert [(u.kind, u.text) for u in found[1:]] == list(zip(kinds, lines))


# ---- qa201: a guest field's wrapped rest naming guests with their posts in brackets ----
@pytest.mark.parametrize(("field", "rest"), [
    ("本期嘉宾：俞清和（某市发展改革委副主任）　班若溪（某大学经济学院教授）", "蓝知秋（某农商银行行长）"),
    ("访谈嘉宾：俞清和（某市发展改革委副主任）", "班若溪（某大学经济学院教授）、蓝知秋（某农商银行行长）"),
])
def test_guests_with_bracketed_posts_run_on_under_a_guest_field_are_front_matter(field, rest):
    """A guest field naming guests each with the post in brackets after the name, its list run on to the next line: that
    line names guests too, front matter as the field is, no byline (qa201)."""
    found = units(reflow_blocks([field, rest, "", P1]), markdown=False)
    assert [(u.kind, u.byline) for u in found[:2]] == [(META, None), (META, None)]


# ---- qa201: a supplier's credit naming the drafters too ----
@pytest.mark.parametrize(("line", "kind", "authors"), [
    ("（供稿：市发展研究中心　执笔：蓝知秋）", NOTE, ("蓝知秋",)),
    ("（供稿：某某处；撰稿：俞清和、班若溪）", NOTE, ("俞清和", "班若溪")),
    ("（供稿：市统计局 执笔人：俞清和）", NOTE, ("俞清和",)),
    ("（供稿：市发展研究中心）", CREDIT, None),        # the supplier alone signs nobody
])
def test_a_suppliers_credit_naming_drafters_signs_with_them(line, kind, authors):
    """A brief's closing credit naming the body that supplied the note and then its drafters is a note whose byline names
    the drafters (as （执笔：…） alone), not a credit naming nobody (qa201)."""
    assert furniture_kind(line) == kind
    if authors:
        found = credits_note_byline(line)
        assert found is not None and found.authors == authors


# ---- sp29: the colon test before OUTLET_DATE_FIELDS_LINE ----
def test_an_outlet_date_fields_line_holds_a_field_colon_in_its_probe():
    """units.outlet_date_fields_line tries OUTLET_DATE_FIELDS_LINE only on a probe holding ： or : (FIELD_COLONS): the
    pattern's lookahead ends with a label's colon, one of those two, so every match's probe holds one."""
    assert P.OUTLET_DATE_FIELDS_LINE.pattern.endswith(r"\s*[:：]\s*\S)") and set(P.FIELD_COLONS) == {"：", ":"}
    assert P.OUTLET_DATE_FIELDS_LINE.pattern.count("(?=") == 1


@settings(max_examples=300, deadline=None)
@given(st.from_regex(P.OUTLET_DATE_FIELDS_LINE))
def test_every_outlet_date_fields_line_passes_the_colon_test(text):
    probe = text[:P.OUTLET_DATE_FIELDS_PROBE]
    if P.OUTLET_DATE_FIELDS_LINE.match(probe):
        assert "：" in probe or ":" in probe


# ---- sp30: the parts start_part does not try on a digit-led text that does not open with four digits

def opening_atoms(items, k: int) -> set[tuple]:
    """The sequences of (at most k) one-character items a parsed regex may match its first k characters with (shorter
    where a match may end sooner); zero-width items are passed over, which only lets more through."""
    from re import _constants as c
    paths: set[tuple] = {()}
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.CATEGORY):
            more: set[tuple] = {((op, tuple(av) if isinstance(av, list) else av),)}
        elif op is c.BRANCH:
            more = set().union(*(opening_atoms(alternative, k) for alternative in av[1]))
        elif op is c.SUBPATTERN:
            more = opening_atoms(av[3], k)
        else:
            assert op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT), op
            low, high, sub = av
            once, more = opening_atoms(sub, k), set()
            for times in range(min(low, k), min(high, k) + 1):
                copies: set[tuple] = {()}
                for _ in range(times):
                    copies = {(a + b)[:k] for a in copies for b in once}
                more |= copies
        paths = {(a + b)[:k] if len(a) < k else a for a in paths for b in more}
    return paths


def atom_is_digit_only(atom) -> bool:
    """Whether a one-character item matches decimal digits only (a literal digit, or \\d alone)."""
    from re import _constants as c
    op, av = atom
    return (op is c.LITERAL and chr(av).isdecimal()) or (op is c.IN and av == ((c.CATEGORY, c.CATEGORY_DIGIT),))


def atom_may_be_digit(atom) -> bool:
    """Whether a one-character item may match a decimal digit (only literals, ranges and \\s are told; any other
    item counts as one that may)."""
    from re import _constants as c
    op, av = atom
    if op is c.LITERAL:
        return chr(av).isdecimal()
    if op is c.IN:
        return not all((kind is c.LITERAL and not chr(value).isdecimal())
                       or (kind is c.RANGE and not any(chr(x).isdecimal() for x in range(value[0], value[1] + 1)))
                       or (kind is c.CATEGORY and value is c.CATEGORY_SPACE) for kind, value in av)
    return True


@pytest.mark.parametrize("pattern", P.FOUR_DIGIT_LED_PARTS)
def test_four_digit_led_parts_match_a_digit_led_text_only_on_four_digits(pattern):
    """start_part does not try P.FOUR_DIGIT_LED_PARTS on a text opening with a decimal digit but not with four: every
    way the pattern's match may begin with a digit begins with four (\\d or literal digits), by the pattern's parse."""
    from re import _parser
    assert not pattern.flags & re.MULTILINE
    paths = opening_atoms(_parser.parse(pattern.pattern, pattern.flags), 4)
    led = [path for path in paths if path and atom_may_be_digit(path[0])]
    assert led      # (the claim is not empty: some match opens with a year)
    for path in led:
        assert len(path) == 4 and all(map(atom_is_digit_only, path)), path


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０٣年月日-/.:：（( 　来源2号〔〕", min_size=1, max_size=24))
def test_start_part_skips_the_four_digit_parts_only_where_they_cannot_match(text):
    m = P.MARKED_OR_FURNITURE_LINE.match(text)
    assert start_part(text) == (m.lastgroup if m else None)
    if text[:1].isdecimal() and not text[:4].isdecimal():
        assert not any(pattern.match(text) for pattern in P.FOUR_DIGIT_LED_PARTS)


# ---- qa203: a forum contributor's signature after a bullet, with a clause in its aside ----
@pytest.mark.parametrize("signature, authors", [
    ("◎ 韦嘉禾（退休教师．台南市）", ("韦嘉禾",)),      # the dot between post and town, read as 。
    ("◎ 韦嘉禾（台南市，退休教师）", ("韦嘉禾",)),
    ("◎ 韦嘉禾（退休教师）", ("韦嘉禾",)),              # no clause: as before
])
def test_a_bulleted_signature_with_a_clause_in_its_aside_signs_the_text_above(signature, authors):
    text = "\n".join(["长照人力不能只靠外籍看护", "",
                      "家里长辈中风后，我们申请了长照服务，但居服员每周只能来三次，其余时间仍要靠家人轮流照顾。", "",
                      signature])
    found = units_of_text(text)
    assert [(u.kind, u.byline and u.byline.authors) for u in found][-1] == ("byline", authors)


# ---- qa205: a Markdown heading that labels a list of links ----
@pytest.mark.parametrize(("label", "kind"), [
    ("## 相关阅读", CREDIT),            # (qa205) the label over the page's links, as **相关阅读** is
    ("### 推荐阅读", CREDIT),
    ("## 延伸阅读：", CREDIT),
    ("## 相关阅读材料的整理", "heading"),   # a heading that only holds the words: a section
])
def test_a_hash_heading_labelling_links_is_furniture(label, kind):
    text = "\n\n".join(["# 让山区小学留住好老师", P1, "## 一、现状", P2, label,
                        "- [青川县推进教师轮岗交流](https://example.org/a/1.html)",
                        "- [乡村教师生活补助提标](https://example.org/a/2.html)"])
    found = markdown_units(text)
    assert [u.kind for u in found if u.text == label.lstrip("# ")] == [kind]


# ---- qa205: a short profile box whose biography's first line reads as a line of its own ----
@pytest.mark.parametrize(("bio", "profile"), [
    # (qa205) a box narrower than the text, of three lines: the first line cut off from the rest
    (["范立舟，1968年生，经济学博士，研究员，现", "任省发展研究中心主任，兼任省政府参事，主要研究方向", "为区域经济。"], True),
    # a line that opens with no name and a comma, over a paragraph: a heading over text, no biography
    (["区域协调发展的新思路", "推动区域协调发展，要发挥各地比较优势，促进要素有序流动，", "形成优势互补的区域经济布局。"], False),
])
def test_a_short_profile_boxs_cut_biography_is_the_box(bio, profile):
    text = "\n".join([*wrapped(P1, 40, 0), *wrapped(P2, 40, 0), "人物简介", *bio])
    found = units_of_text(text)
    kinds = [u.kind for u in found if u.text.startswith(bio[0][:6])]
    assert (kinds == ["profile"]) is profile


@pytest.mark.parametrize("markdown", [False, True])
def test_a_speakers_label_alone_over_an_answer_leading_in_to_a_list_opens_the_answer(markdown):
    # (qa205) 答： alone over an answer whose first sentence ends with a colon over a numbered list: the label opens it
    lines = []
    for question, answer in [("临川推进老旧小区改造已有三年，目前进展如何？", P1), ("下一步有哪些打算？", "主要有以下几点考虑：")]:
        lines += ["问：", question, "答：", answer]
    lines += ["1. 加快加装电梯，今年完成两百部。"]
    found = units(reflow_blocks([x for line in lines for x in (line, "")] if markdown else lines), markdown=markdown)
    assert "答：主要有以下几点考虑：" in [u.text for u in found]
    assert "答：" not in [u.text for u in found]


# ---- qa208: web and WeChat end matter ----
@pytest.mark.parametrize("line, chrome", [
    # (qa208) a site's footer fields and its code run together, wider than the chrome lines' limit
    ("主办：东岭省农业农村厅　网站标识码：4400000077　东ICP备05009999号", True),
    ("主办单位：某市人民政府办公室　承办单位：某市大数据发展中心　备案号：某ICP备12345678号", True),
    # a sentence of the text opening with the label: no code, no chrome
    ("主办：市商务局、市文化广电旅游局，活动时间为每年五月至十月，具体安排由各区另行通知并报市里备案。", False),
])
def test_a_site_footer_line_of_any_width_is_chrome(line, chrome):
    assert (furniture_kind(line) == CREDIT) is chrome


@pytest.mark.parametrize("line, kind", [
    ("本文仅代表作者个人观点，转载请注明出处。", CREDIT),        # (qa208) a disclaimer run on with a reprint request
    ("文章仅代表作者本人观点，如需转载请联系本号。", CREDIT),
    ("本文观点不代表本号立场，引用请注明来源", CREDIT),
    ("本文仅代表作者个人观点，转载率等数据的口径见文末说明，读者可自行核对。", None),   # a sentence going on: text
])
def test_a_disclaimer_with_a_reprint_request_is_chrome(line, kind):
    u = unit(Block(line, 1, 20.0, 0, None), False)
    assert (u.kind == CREDIT) is (kind == CREDIT)


@pytest.mark.parametrize("n_links", [1, 2, 3])
def test_bulleted_links_under_a_past_posts_label_are_chrome(n_links):
    """● lines under 往期推荐, a paragraph each: the label's list of links, however a lone ● line reads elsewhere (a pull
    quote); none is text or a heading of the article (qa208)."""
    links = ["[● 社区团购如何守住菜价底线？](https://mp.weixin.qq.com/s/Aa11)",
             "[● 夜间经济升温，这些城市有新招](https://mp.weixin.qq.com/s/Bb22)",
             "[● 老字号焕新的三条路径](https://mp.weixin.qq.com/s/Cc33)"][:n_links]
    text = "\n\n".join(["# 让社区商业更有烟火气", P1, "## 一、现状", P2, "编辑 | 林某　审核 | 周某", "**往期推荐**", *links,
                        "点击阅读原文，了解更多"])
    titles = ["菜价底线", "新招", "三条路径"][:n_links]
    found = [u for u in markdown_units(text) if any(t in u.text for t in titles)]
    assert all(any(t in u.text for u in found) for t in titles)
    assert {u.kind for u in found} == {CREDIT}


# ---- qa208: a Markdown section number with an English label set as a heading over the heading ----
@pytest.mark.parametrize("number, heading, sections", [
    ("**PART 1**", "**延长营业时间**", [("PART 1", "延长营业时间")]),     # (qa208) as **01** over it is
    ("**Part 02**", "**丰富消费业态**", [("Part 02", "丰富消费业态")]),
    ("**PART 1 回顾**", "**延长营业时间**", [(None, "PART 1回顾"), (None, "延长营业时间")]),   # more than a number
])
def test_a_labelled_number_heading_over_a_heading_is_its_marker(number, heading, sections):
    from tests.shapes import tables
    t = tables("\n\n".join(["# 让夜间经济亮起来", "本报记者 钟岚", P1, number, heading, P2, P3]), "post.md")
    assert [(s["marker"], s["heading"]) for s in t["sections"]] == sections


# ---- qa207: a commentary page's disclaimer ----
@pytest.mark.parametrize(("line", "kind"), [
    ("本版文章为作者个人意见，不代表本报立场。", CREDIT),
    ("（本版所刊文章不代表本报立场）", CREDIT),
    ("本版评论仅代表作者观点，并不代表本报立场", CREDIT),
    # a sentence of the text that mentions the page stays text
    ("本版今天刊出三篇文章，分别代表不同立场。", "para"),
])
def test_a_pages_disclaimer_naming_the_page_is_chrome(line, kind):
    """本版文章为作者个人意见，不代表本报立场。 under a commentary page's last piece: a credit, not its last paragraph (qa207)."""
    found = units_of_text("\n\n".join(["冰雪经济怎样持续升温", "文／韩松雪", P1, P2, line]))
    assert found[4].kind == kind


# ---- qa211: a note naming the author under a one-line title is the article's byline ----
@pytest.mark.parametrize("over, note, authors", [
    # under a title, over the text: the byline printed at the head
    (["推动公共服务向乡村延伸"], "（作者：邵知远，系西江省委党校教授）", ("邵知远",)),
    (["推动公共服务向乡村延伸"], "（作者：詹雅琳 韦明，均系南岭大学副教授）", ("詹雅琳", "韦明")),
    (["推动公共服务向乡村延伸"], "（作者：西江省委党校教授 邵知远）", ("邵知远",)),   # the post first
    (["推动公共服务向乡村延伸"], "（作者系南岭大学副教授 詹雅琳）", ("詹雅琳",)),
    # under the text it closes: the note stays a note
    ([BODY], "（作者：邵知远，系西江省委党校教授）", None),
    # a note that names no one signs nothing
    (["推动公共服务向乡村延伸"], "（作者系西江省委党校教授）", None),
])
def test_an_author_note_under_a_title_over_text_is_a_byline(over, note, authors):
    lines = [*wrapped(P1, 20), *over, note, *wrapped(P2, 20)]
    found = units(reflow_blocks(lines), markdown=False)
    at = next(u for u in found if u.text == note)
    assert (at.byline.authors if at.kind == BYLINE else None) == authors


# ---- qa213: a report series' number on its cover counted in 号 ----
@pytest.mark.parametrize(("line", "issue"), [
    ("2025年第9号（总第88号）", True),
    ("第9号（总第88号）", True),
    ("2025年第9号（总第88号）　2025年6月", True),
    ("2025年第9号", False),                 # a notice's document number, no series' issue
    ("第9号（总第88期）", False),
])
def test_a_report_number_counted_in_hao_is_an_issue_line(line, issue):
    """2025年第9号（总第88号） on a research report's cover: the series' number, masthead, no title (qa213)."""
    assert is_issue_line(line) is issue


# ---- qa213: a team list under a report's text naming its drafters ----
@pytest.mark.parametrize(("note", "authors"), [
    ("课题组组长：俞清和；成员：班若溪、蓝知秋；执笔：班若溪", ["俞清和", "班若溪"]),
    ("（课题组组长：俞清和；成员：班若溪、蓝知秋、田野；执笔：班若溪、蓝知秋）", ["俞清和", "班若溪", "蓝知秋"]),
    ("课题负责人：俞清和，执笔：俞清和", ["俞清和"]),
    ("课题组组长：俞清和；成员：班若溪、蓝知秋", []),        # members alone: the group's credit, no writer
])
def test_a_team_list_naming_drafters_signs_an_unsigned_report(note, authors):
    """An unsigned report closed by its team's list that names the leader, the members and the drafters: the leader and
    the drafters are its authors, the line no text (qa213)."""
    from tests.shapes import tables
    t = tables("\n\n".join(["关于发展县域冷链物流的建议", P1, P2, P3, note]))
    assert [a["authors"] for a in t["articles"]] == [authors]
    assert "课题" not in t["articles"][0]["text"]


def test_a_team_list_naming_drafters_under_a_group_byline_adds_no_author():
    """A report signed by its group at its head keeps the group as its author; the team list at its end names the group's
    writers, neither further authors nor another piece's signature (qa213)."""
    from tests.shapes import tables
    t = tables("\n\n".join(["关于发展县域冷链物流的建议", "某某研究院农村发展课题组", P1, "基本情况", P2, "对策建议", P3,
                            "（课题组组长：俞清和；成员：班若溪、蓝知秋；执笔：班若溪）"]))
    assert [a["authors"] for a in t["articles"]] == [["某某研究院农村发展课题组"]]
    assert [s["heading"] for s in t["sections"]] == ["基本情况", "对策建议"]


# ---- qa213: a brief's item closed by the body that supplied it ----
@pytest.mark.parametrize("credit", ["（市统计局　供稿）", "（本文由市统计局供稿）", "（供稿：市统计局）"])
def test_a_supply_credit_closes_a_briefs_item(credit):
    """…。 / （市统计局　供稿） / <next item's title> / <its text>: the credit closes the item over it, the title under it
    opens the next item, no section of the first (qa213)."""
    from tests.shapes import tables
    t = tables("\n\n".join(["县域冷链物流调查", P1, P2, credit, "外地推进城乡融合的经验做法", P3, "（执笔：俞清和）"]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("县域冷链物流调查", []),
                                                                  ("外地推进城乡融合的经验做法", ["俞清和"])]
    assert not t["sections"] and "供稿" not in "".join(a["text"] for a in t["articles"])


# ---- qa213: a brief's distribution lines closed as sentences ----
@pytest.mark.parametrize(("lines", "kinds"), [
    (["报：市委常委，市人大常委会、市政府、市政协领导同志。", "送：各区县人民政府，市政府各部门。"], [CREDIT, CREDIT]),
    (["报：省委、省政府领导同志。", "送：省直有关单位。"], [CREDIT, PARA]),     # one body, no list
    (["报：到今年底，全市要新建养老床位三千张，助餐点两百个。"], [PARA]),       # a sentence, no readers
])
def test_distribution_lines_closed_as_sentences_are_credits_each_on_its_line(lines, kinds):
    """报：…，…领导同志。 / 送：…，…各部门。: a brief's distribution lines, bodies parted by commas and closed by a full stop:
    each a credit on its own line (qa213)."""
    text = "\n".join([P1, *lines])
    found = units(reflow_blocks(text.split("\n")), markdown=False)
    assert [u.kind for u in found[1:]] == kinds


# ---- qa213: a guest's profile in brackets on a line of its own ----
@pytest.mark.parametrize(("line", "profile"), [
    ("（俞清和，1971年生，经济学博士，现任某市发展改革委主任。）", True),
    ("（俞清和，1971年9月生，研究员，长期从事区域经济研究）", True),
    ("（俞清和，某市发展改革委主任，2024年起兼任某某中心主任。）", False),   # no year of birth after the name
    ("（数据截至2025年底，1971年以来首次出现下降。）", False),
])
def test_a_bracketed_guest_profile_is_front_matter(line, profile):
    """An interview's guest profile in brackets on a line of its own, the name then the year of birth (（俞某，1971年生，
    …）): a profile, no text (qa213)."""
    u = unit(Block(line, 1, 30.0, 0, None), False)
    assert (u.kind == PROFILE) is profile


# ---- qa214: a reader's letter signed in brackets with the place it comes from, no 读者 word ----
@pytest.mark.parametrize("last, names", [
    ("（江西九江 庞立新）", ("庞立新",)), ("（广东佛山 乡村医生 祁 然）", ("祁然",)),
    ("（江宁省东川市 温雅琴）", ("温雅琴",)),
    ("（安徽日报 庞立新）", None),             # a paper's name opens with a province: no reader's place
    ("（浙江省 杭州市）", None),               # places only
])
def test_a_reader_place_and_name_in_brackets_after_the_last_sentence_sign_it(last, names):
    text = "小区里电动汽车越来越多，可公共充电桩只有几个，希望有关部门拿出具体办法，让居民充电不再难。"
    found = units(reflow_blocks([text + last]), markdown=False)
    if names is None:
        assert [u.text for u in found] == [text + last]
    else:
        assert [(u.kind, u.text, u.byline and u.byline.authors) for u in found] == [
            ("para", text, None), (NOTE, last, names)]


@pytest.mark.parametrize("line, names", [
    ("（江宁省东川市 温雅琴）", ("温雅琴",)), ("（江西九江 庞立新）", ("庞立新",)),
    ("（湖北宜昌 退休职工 庞立新）", ("庞立新",)),
])
def test_a_reader_place_and_name_in_brackets_on_a_line_under_the_text_sign_it(line, names):
    found = units([Block(t, 1, 20.0, 0, byline(t)) for t in ["小区充电桩何时不再难求", P1, line]], markdown=False)
    assert found[-1].kind == NOTE and found[-1].byline.authors == names


@pytest.mark.parametrize("line, kind", [
    ("※ 本文不代表本报立场。", CREDIT),        # (qa212) a disclaimer behind a reference mark
    ("※本文仅代表作者个人观点", CREDIT),
    ("※（文章仅属作者意见，不代表本网立场。）", CREDIT),
    ("※ 本文数据截至今年六月底，部分县市的统计口径不同，比较时请留意。", None),   # a note of the text: no disclaimer
])
def test_a_disclaimer_behind_a_reference_mark_is_chrome(line, kind):
    u = unit(Block(line, 1, 20.0, 0, None), False)
    assert (u.kind == CREDIT) is (kind == CREDIT)


def test_a_reference_marked_line_under_a_link_opens_its_own_block():
    """On a page with a blank line after every line, a ※ line under an unpunctuated link's title is no rest of it: the
    disclaimer closes the list of links, which is chrome (qa212)."""
    links = ["‧ 某某县试办社区药局 药师下乡受好评", "‧ 某某港二期扩建 年底动工"]
    found = units_of_text("\n\n".join([P1, P2, "（作者为某某大学教授）", "相关新闻", *links, "※ 本文不代表本报立场。", "订阅电子报 | 意见信箱"]))
    assert [u.text for u in found if u.kind == CREDIT][-3:] == [*links, "※ 本文不代表本报立场。"]


# ---- qa215: a document number beside its labelled fields ----
@pytest.mark.parametrize("line, markdown, kind", [
    ("东政办明电〔2025〕17号　　发布日期：2025-03-09　　主题分类：应急管理", False, META),
    ("> 某市教发〔2024〕6号　成文日期：2024年5月2日", True, META),
    ("某政办函〔2026〕3号　信息来源：某市人民政府办公室", False, META),
    # a sentence naming a document number stays text
    ("东政办明电〔2025〕17号　文件要求各地在三月底前完成排查并报送结果。", False, "para"),
])
def test_a_document_number_beside_labelled_fields_is_front_matter(line, markdown, kind):
    """The 文号 line a portal prints with its own fields beside the number: front matter, no paragraph (qa215)."""
    u = unit(Block(line, 1, 40.0, 0, None), markdown)
    assert (u.kind == META) is (kind == META)


# ---- qa215: a site footer naming the bodies before their roles ----
@pytest.mark.parametrize("line, chrome", [
    ("东岭市人民政府办公室主办　　东岭市大数据发展中心承办　　联系电话：0000-1234567", True),
    ("某县人民政府主办 某县融媒体中心维护", True),
    ("某区政务服务管理局主办　某区信息中心技术支持", True),
    # a sentence of the text naming who runs an event stays text
    ("本届博览会由省商务厅主办，市会展中心承办。", False),
    ("本届博览会由省商务厅主办　展期三天", False),
])
def test_a_site_footer_naming_bodies_before_roles_is_chrome(line, chrome):
    u = unit(Block(line, 1, 40.0, 0, None), False)
    assert (u.kind == CREDIT) is chrome


# ---- qa215: a closing source line with the editor's credit after it ----
@pytest.mark.parametrize("line, source", [
    ("（来源：东岭日报）【编辑：任小禾】", "东岭日报"),
    ("（来源：《西川晚报》2026年3月5日）（责任编辑：任小禾）", "西川晚报"),
    ("（稿源：南岭商报　第5版） 【责编：任小禾】", "南岭商报"),
    # a sentence after the source line is no credit: text
    ("（来源：东岭日报）【编辑：任小禾】本文有删节，敬请读者谅解。", None),
])
def test_a_closing_source_line_with_an_editor_credit_names_the_source(line, source):
    """（来源：…）【编辑：…】 under a news site's piece: the source line with the editor's credit, no text (qa215)."""
    u = unit(Block(line, 1, 20.0, 0, None), False)
    assert (u.byline.source if u.kind == NOTE and u.byline else None) == source


# ---- qa215: a news page's date and time, then its publisher ----
@pytest.mark.parametrize("line, meta", [
    ("2025-06-03 10:12 | 东岭新闻网", True),
    ("2025年6月3日 10:12　西川日报客户端　作者：任小禾", True),
    ("2025-06-03｜南岭观察网", True),
    # a date opening a short line of the text, no time or bar after it: text
    ("2025年6月3日上午召开推进会", False),
])
def test_a_date_then_a_publisher_line_is_front_matter(line, meta):
    u = unit(Block(line, 1, 20.0, 0, None), True)
    assert (u.kind == META) is meta


@pytest.mark.parametrize("line, source, published", [
    ("2025-06-03 10:12 | 东岭新闻网", "东岭新闻网", "2025-06-03"),
    ("2025年6月3日10:12西川日报客户端作者：任小禾", "西川日报客户端", "2025-06-03"),
    # a WeChat post's head line gives the writer's region after the time: no publisher
    ("2025年07月03日 18:30 江北", None, "2025-07-03"),
    ("2025-05-20 07:00 发表于湖南", None, "2025-05-20"),
])
def test_a_date_then_a_publisher_line_names_source_and_date(line, source, published):
    from flows import bylines as B
    assert (B.source(line), str(B.published(line))) == (source, published)


# ---- qa216: a Q&A box titled by one question over its labelled turns ----
@pytest.mark.parametrize("question", ["如何看待“以旧换新”政策的持续效应？", "为什么说县域是城乡融合的切入点？"])
def test_a_one_line_question_over_a_boxs_first_labelled_turn_is_its_title(question):
    text = "\n".join(["热点问答", question, "问：这项政策今年有哪些新变化？",
                      "答：补贴范围进一步扩大，申领流程更加简便，惠及更多家庭。", "问：下一步还有什么打算？",
                      "答：将加强资金监管，确保补贴资金用在刀刃上。"]) + "\n"
    u = units_of_text(text)[1]
    assert (u.kind, u.heading) == ("plain", question)


def test_a_question_ending_a_paragraph_run_over_a_turn_stays_text():
    # under a paragraph the question is the text's own (an answer's rhetorical question), not a box's title
    text = "\n".join(["答：补贴范围进一步扩大，申领流程更加简便，惠及更多家庭。", "这说明了什么？",
                      "问：下一步还有什么打算？", "答：将加强资金监管，确保补贴资金用在刀刃上。"]) + "\n"
    assert [u.kind for u in units_of_text(text)][1] != "plain"


@pytest.mark.parametrize(("issuer", "date", "kinds"), [
    ("**丰收县人民政府办公室**", "**2026年1月12日**", ["plain", "meta"]),   # both in bold under the title (qa230)
    ("**丰收县人民政府办公室**", "2026年1月12日", ["plain", "meta"]),
    ("**丰收县农业农村局**", "*2026年1月12日*", ["plain", "meta"]),
    ("**推进冷链物流设施建设**", P2, ["heading", "para"]),               # a bold heading over text stays one
])
def test_a_bold_issuers_line_over_a_bare_date_in_markdown_is_a_plain_line_no_heading(issuer, date, kinds):
    """**某某县人民政府办公室** / **2026年1月12日** under a plan's title: the issuing body over the date, set in bold, read
    as a section's heading and cut the text's lead off under it; it is the document's signature as the unbolded line is
    (qa52), a plain line the segmenter takes off the lead (qa230)."""
    found = units([Block(t, 1, 40.0, 0, None) for t in ["# 丰收县冷链物流发展行动方案", issuer, date, P1]], markdown=True)
    assert [u.kind for u in found][1:3] == kinds


@pytest.mark.parametrize(("rule", "notes", "foot"), [
    ("————————", ["[1] 数据来源：省农业农村厅《全省设施农业发展报告》。", "[2] 课题组根据5个县的抽样调查测算。"], "— 3 —"),
    ("————————", ["［1］据省统计局2025年抽样调查。"], "— 3 —"),
    ("————————", ["[1] 数据来源：省农业农村厅《全省设施农业发展报告》。"], "南岭农业研究院调研报告　　　　　　　　　　　　3"),
    (None, ["[1] 数据来源：省农业农村厅《全省设施农业发展报告》。"], "— 3 —"),   # no rule over them: a list's entries
])
def test_bracket_numbered_footnotes_under_a_rule_at_a_page_foot_are_notes_and_the_paragraph_runs_on(rule, notes, foot):
    """…设施蔬菜面积达到85万亩[1]，较2020年增 / ———— / [1] 数据来源：…。 / — 3 — / 长近三成。: a report's footnotes numbered
    in square brackets under the rule over a page's foot were paragraphs, and the paragraph the page break cut stayed
    two (qa230); numbered so without the rule they may be a reference list's entries."""
    head = ["南岭农业研究院", "调 研 报 告", "设施农业高质量发展的对策建议", "南岭农业研究院课题组"]
    cut = ["近年来，我省设施农业加快发展，2025年全省设施蔬菜面积达到85万亩[1]，",
           "较2020年增长近三成，设施农业产值占种植业产值的比重提高到31%，成为", "农民增收的重要来源。"]
    found = units_of_text("\n".join([*head, *cut[:2], *([rule] if rule else []), *notes, foot, cut[2], P2, P3]))
    kinds = {u.text: u.kind for u in found}
    joined = any(u.text == "".join(cut) for u in found)
    assert joined is (rule is not None) and all((kinds.get(n) == NOTES) is (rule is not None) for n in notes)


@pytest.mark.parametrize("entries", [
    # a long entry wraps before its leader, amid the entries
    ["一、设施农业发展的基本情况……………………………………1", "二、推动设施农业提档升级的路径：以数字化改造为牵引带动",
     "　　全产业链协同发展……………………………………………3", "三、保障措施……………………………………………………5"],
    # the first entry wraps, right under the 目录 line
    ["一、设施农业发展的基本情况与面临的新形势新任务新要求",
     "　　及其对全省农业现代化的影响………………………………1", "二、保障措施……………………………………………………5"],
])
def test_the_first_line_of_a_contents_entry_wrapped_before_its_leader_is_contents_no_heading(entries):
    """目录 / 二、…的路径：以数字化改造为牵引带动 / 全产业链协同发展 ……… 3: the wrapped entry's first line, with no
    leader or page number, read as a heading and opened a section before the text (qa230)."""
    text = "\n".join(["设施农业高质量发展的对策建议", "目　录", *entries, "一、设施农业发展的基本情况", P1, P2])
    found = units_of_text(text)
    at = next(i for i, u in enumerate(found) if u.kind != CONTENTS and i > 1)
    assert [u.kind for u in found[1:at]] == [CONTENTS] * (len(entries) + 1) and found[at].heading


@pytest.mark.parametrize("gap", ["　　　　　　", "      ", "\t\t"])
def test_contents_entries_set_off_from_their_page_numbers_by_spaces_alone_are_contents(gap):
    """目录 / 一、设施农业发展现状　　　　1 / 二、…　　　　3 / 一、设施农业发展现状 / text: entries with no dot leader, the page
    number past a gap of spaces, read as the article's first sections (the page number glued to the heading) over the
    text's own headings (qa230)."""
    entries = [f"一、设施农业发展现状{gap}1", f"二、面临的主要问题{gap}2", f"三、对策建议{gap}3"]
    text = "\n".join(["设施农业高质量发展的对策建议", "目　录", *entries, "一、设施农业发展现状", P1, "二、面临的主要问题", P2])
    found = units_of_text(text)
    assert [u.kind for u in found[1:5]] == [CONTENTS] * 4 and found[5].heading == "设施农业发展现状"


@pytest.mark.parametrize("topic, kinds", [
    # (qa232) the question put to the readers between the box's label and their comments is the box's too
    (["社区书屋开放时间够不够，你怎么看？"], [QUOTE, QUOTE, QUOTE, QUOTE, "para"]),
    (["社区书屋该不该夜间开放?"], [QUOTE, QUOTE, QUOTE, QUOTE, "para"]),
    # a statement over the comments is no question put to them
    # (网友留言, a comments label since qa234, is the box's label over it too)
    (["社区书屋开到了家门口。"], [QUOTE, "para", QUOTE, QUOTE, "para"]),
])
def test_the_question_over_a_box_of_readers_comments_is_the_boxs(topic, kinds):
    text = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    lines = ["网友留言", "", *topic, ""]
    for c in ["@江畔听雨：社区书屋开到了家门口，周末带孩子来看书很方便。", "@老街坊：希望开放时间再延长一些。"]:
        lines += [c, ""]
    found = units(reflow_blocks([*lines, text]), markdown=False)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("quote, quoted", [
    # (qa232) a sentence of the text set again in quotation marks between two paragraphs: a pull quote
    (["「治理不应成为发展的绊脚石，", "而应成为发展的导航仪。」"], True),
    (["“治理不应成为发展的绊脚石，而应成为发展的导航仪。”"], True),
    (["「治理不应成为发展的绊脚石，而应成为发展的导航仪」"], True),
    # one line that ends no sentence: a heading in quotation marks, which may repeat the text's words
    (["“治理不应成为发展的绊脚石”"], False),
    # words the text does not hold: a paragraph quoting someone
    (["「监管部门将在下月公布具体的试点名单，", "欢迎企业报名参加。」"], False),
])
def test_a_quoted_sentence_repeating_the_text_between_paragraphs_is_a_pull_quote(quote, quoted):
    above = "今年全省粮食播种面积稳定在8600万亩以上，总产量达到720亿斤，单产水平比上年提高1.8%。"
    below = "低空经济涉及多个部门，单靠一个部门难以成事。治理不应成为发展的绊脚石，而应成为发展的导航仪。"
    blocks = [above, ""]
    for line in quote:
        blocks += [line, ""]
    found = units(reflow_blocks([*blocks, below]), markdown=False)
    assert [u.kind == QUOTE for u in found] == [False, *[quoted] * len(quote), False]


# ---- qa233: a Markdown page of signed columns ----
@pytest.mark.parametrize(("bylines", "titled"), [
    (["作者：韩溪", "文/邵可"], True),                  # (qa233) each ## heading right over a labelled byline: a title
    (["作者：韩溪", None], False),                      # one signed heading alone: left to the first-heading rule
    ([None, None], False),                              # headings over text: sections
])
def test_hash_headings_over_labelled_bylines_title_columns(bylines, titled):
    parts = ["**今日观点**"]
    for heading, by, text in zip(["## 夜市管理要有温度", "## 校园午餐要算细账"], bylines, [P1, P2]):
        parts += [heading, *([by] if by else []), text]
    found = markdown_units("\n\n".join(parts))
    kinds = [u.kind for u in found if u.text in ("夜市管理要有温度", "校园午餐要算细账")]
    assert (kinds == ["title", "title"]) is titled


# ---- qa233: notes cited by [1] or ① right over the next Markdown heading ----
@pytest.mark.parametrize(("cite", "entries", "noted"), [
    (("[1]", "[2]"), ["[1] 某研究会：《某某调查报告》。", "[2] 参见《某某案例汇编》。"], True),    # (qa233)
    (("①", "②"), ["①某研究会：《某某调查报告》。", "②参见《某某案例汇编》。"], True),              # as ① notes
    (("", ""), ["[1] 某研究会：《某某调查报告》。", "[2] 参见《某某案例汇编》。"], False),           # not cited
    (("[2]", "[3]"), ["[2] 某研究会：《某某调查报告》。", "[3] 参见《某某案例汇编》。"], False),    # not from 1
])
def test_cited_entries_over_the_next_heading_are_notes(cite, entries, noted):
    text = "\n\n".join(["# 夜市管理要有温度", "作者：韩溪", f"据调查，夜市摊位数增长两成{cite[0]}。", f"各地做法不一{cite[1]}。",
                        *entries, "# 校园午餐要算细账", "作者：邵可", P2])
    found = markdown_units(text)
    assert all((u.kind == NOTES) is noted for u in found if "《某某" in u.text)
    assert any("两成" in u.text and u.kind == PARA for u in found)     # the text citing them stays text, with its marks


# ---- qa233: a news app's prompt in Markdown ----
@pytest.mark.parametrize(("line", "kind"), [
    ("下载某某新闻客户端 阅读更多评论", CREDIT),     # (qa233) a news app's prompt in Markdown: chrome
    ("打开某某APP，阅读体验更佳", CREDIT),
    ("下载量已经超过两亿次", PARA),                   # no app named: text
])
def test_an_app_prompt_in_markdown_is_chrome(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=True).kind == kind


# ---- qa233: a project's note under an author note ----
@pytest.mark.parametrize(("line", "over", "kind"), [
    ("本文系某省社科基金项目“县域治理研究”（项目编号：2025B031）阶段性成果。", "（作者单位：某大学）", NOTE),   # (qa233)
    ("本研究受国家自然科学基金资助", "（作者系某大学教授）", NOTE),
    ("本文系某省社科基金项目“县域治理研究”阶段性成果。", P1, "para"),        # under no author note: text, as before
    ("本文系本刊独家稿件，未经授权不得转载。", "（作者单位：某大学）", CREDIT),   # a notice: no project's note
])
def test_an_origin_note_under_an_author_note_is_part_of_it(line, over, kind):
    found = units([Block(t, 1, 40.0, 0, None) for t in [P1, over, line, "学术随笔"]], markdown=False)
    assert (found[2].kind == NOTE) is (kind == NOTE)


# ---- qa237: a letter-spaced name under the title that opens the document ----
@pytest.mark.parametrize(("lines", "signs"), [
    (["以新型城镇化", "带动城乡融合发展", "柳 知 远", *wrapped(P1, 20), *wrapped(P2, 20)], True),
    (["以新型城镇化带动城乡融合发展", "柳 知 远", *wrapped(P1, 20), *wrapped(P2, 20)], True),
    # over a standfirst set wider, or over the first section's lone numeral
    (["以新型城镇化", "带动城乡融合发展", "柳 知 远", *wrapped(P3, 32), "一", "发挥县城枢纽作用", *wrapped(P1, 20)], True),
    (["以新型城镇化", "带动城乡融合发展", "柳 知 远", "一", "发挥县城枢纽作用", *wrapped(P1, 20)], True),
    # under a column's kicker over the title, or under the page's running head
    (["特别策划", "以新型城镇化", "带动城乡融合发展", "柳 知 远", *wrapped(P1, 20), *wrapped(P2, 20)], True),
    (["前线 2025年第3期 · 时评", "以新型城镇化", "带动城乡融合发展", "柳 知 远", *wrapped(P1, 20), *wrapped(P2, 20)], True),
    # under a line that ends a sentence: no title's, left as it was
    (["县域是城乡融合发展的切入点。", "柳 知 远", *wrapped(P1, 20), *wrapped(P2, 20)], False),
])
def test_a_spaced_name_under_the_opening_title_signs_it(lines, signs):
    """A three-character name set letter-spaced right under the one or two title lines that open the document, over the
    text, a standfirst or the first section's numeral: the byline, as a magazine sets it (qa237)."""
    found = units_of_text("\n".join(lines))
    assert ([u.kind for u in found if u.text == "柳 知 远"] == ["byline"]) is signs


# ---- qa237: a run-in （一） member over a list, among heading lines over lists ----
@pytest.mark.parametrize("first, want", [
    # run in, over a list as its siblings are: the lead phrase heads a section like theirs, the rest is its text
    ("（一）壮大创新主体。坚持企业主体地位，分类施策。", [("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
    # a heading line already: as before
    ("（一）壮大创新主体", [("heading", "（一）", "paren_cn"), ("heading", "（二）", "paren_cn")]),
])
def test_a_run_in_paren_member_over_a_list_among_heading_siblings_is_a_section(first, want):
    lines = [first, "1.培育科技型企业。实施梯次培育计划，扩大企业规模。", "2.建设创新平台。支持企业建设研发机构。",
             "（二）拓宽投入渠道", "1.加大财政投入。统筹各类专项资金。", "2.引导社会资本。设立产业引导基金。"]
    assert [h for h in headings_and_items(["关于加快科技创新的实施方案", BODY, *lines]) if h[2] == "paren_cn"] == want
    t = tables("\n".join(["关于加快科技创新的实施方案", BODY, *lines]))
    assert [s["heading"] for s in t["sections"]] == ["壮大创新主体", "拓宽投入渠道"]
    assert [m["title"] for m in t["measures"]] == ["培育科技型企业", "建设创新平台", "加大财政投入", "引导社会资本"]


# ---- qa238: a Taiwan paper's DOI over its title, affiliations numbered apart by a space, a rule of underscores over
# the foot notes ----
_TWO_LINE_MASTHEAD_PAPER = [
    "東海公共事務學刊",
    "第9卷第3期，2025年9月，頁55-80",
    "DOI：10.5432/THPA.202509_9(3).0003",
    "",
    "社區藥局參與慢性病照護之評估：",
    "以三個縣市的試辦計畫為例",
    "",
    "陳怡萱1　郭建宏2",
    "",
    "1 國立東海科技大學公共事務學系助理教授",
    "2 國立南灣大學醫務管理學系碩士",
    "",
    "摘要",
    "本文評估社區藥局參與慢性病照護試辦計畫的成效，發現藥師的諮詢服務有助於提升病患的用藥順從性。",
    "關鍵詞：社區藥局、慢性病、藥事照護",
    "",
    "壹、緒論",
    "慢性病患者人數逐年增加，社區藥局被期待分擔醫院的用藥諮詢工作，惟試辦計畫的成效仍缺乏系統性的評估",
    "與比較1。本文以三個縣市的試辦計畫為對象，分析藥師參與照護的模式與障礙，作為政策調整的參考。",
    "________________",
    "1 參見衛生福利部慢性病藥事照護試辦計畫執行報告。",
    "社區藥局參與慢性病照護之評估　57",
    "貳、研究設計",
    "本研究訪談三個縣市的藥師公會幹部與試辦藥局藥師，共計二十人，並蒐集各縣市的試辦成果資料。",
    "參、結論",
    "社區藥局參與慢性病照護具有潛力，惟需配套的給付誘因與資訊系統支援，方能擴大推廣。",
]


def test_a_doi_over_the_title_and_spaced_numbered_affiliations_are_front_matter():
    """某某學刊 / 第9卷第3期，…，頁55-80 / DOI：10.… / <title> / 某甲1　某乙2 / 1 某某大學…: the DOI field is whole on its
    line however wide beside a short masthead, the numbered lines under the byline are affiliations (qa238)."""
    from tests.shapes import tables
    t = tables("\n".join(_TWO_LINE_MASTHEAD_PAPER), "paper_hant.txt")
    [article] = t["articles"]
    assert article["title"] == "社区药局参与慢性病照护之评估：以三个县市的试办计划为例"
    assert article["authors"] == ["陈怡萱", "郭建宏"]
    assert [s["heading"] for s in t["sections"]] == ["绪论", "研究设计", "结论"]
    assert "东海公共事务学刊" not in article["text"] and "助理教授" not in article["text"]


def test_a_rule_of_underscores_over_the_foot_notes_goes_with_them():
    """________ / 1 參見…。 / <running head>: the rule of underscores is no heading nor text, as a rule of dashes is not (qa238)."""
    from tests.shapes import tables
    t = tables("\n".join(_TWO_LINE_MASTHEAD_PAPER), "paper_hant.txt")
    assert not any("_" in (s["heading"] or "") for s in t["sections"])
    assert not any("_" in a["text"] for a in t["articles"])
    assert "作为政策调整的参考。" in t["articles"][0]["text"]



# ---- qa238: a press release's time of issue under its date, and the list of its photos' captions ----
_RELEASE_TAIL = [
    "環境局今日（三月五日）公布推動社區回收的新措施，並會在各區增設回收便利點。",
    "　　有關詳情可瀏覽環境局網頁。",
    "",
    "完",
    "",
    "2026年3月5日（星期四）",
    "香港時間18時15分",
    "",
    "照片",
    "環境局局長今日在記者會上介紹社區回收的新措施。",
    "",
    "今日新聞 | 新聞公報 | 新聞及通告",
]


@pytest.mark.parametrize("time_line", ["香港時間18時15分", "香港時間 18:15"])
def test_a_release_time_of_issue_and_its_photo_list_are_no_article(time_line):
    """… / 完 / <date> / 香港時間18時15分 / 照片 / <caption>。 / <chrome>: the time line is a date line, the photo label and
    the caption under it are captions: no second article titled by the time or signed by the label (qa238)."""
    from tests.shapes import tables
    lines = [time_line if line.startswith("香港時間") else line for line in _RELEASE_TAIL]
    t = tables("\n".join(["政府公布推動社區回收新措施", *lines]), "web.txt")
    assert [a["title"] for a in t["articles"]] == ["政府公布推动社区回收新措施"]
    assert not any("记者会" in a["text"] for a in t["articles"])
    assert t["articles"][0]["authors"] == []


@pytest.mark.parametrize(("line", "time"), [
    ("香港时间16时30分", True), ("香港时间 16:30", True), ("澳门时间9时05分", True),
    ("香港时间16时30分发出", False), ("香港时间", False),
])
def test_a_place_time_line(line, time):
    assert (P.PLACE_TIME_LINE.match(line) is not None) == time


# ---- qa239: a series note under a byline at an article's head ----
@pytest.mark.parametrize(("doc", "front"), [
    (f"# 推进县域城乡融合发展\n\n> 作者：张明远，某某研究院研究员\n>\n> 本文系某某研究院“县域观察”专栏第7篇\n\n{P1}\n", True),
    (f"# 推进县域城乡融合发展\n\n> 作者：张明远，某某研究院研究员\n> \n> 本文为“县域观察”系列评论之三\n\n{P1}\n", True),
    (f"# 推进县域城乡融合发展\n\n作者：张明远\n\n本文系某某研究院“县域观察”专栏第十二期\n\n{P1}\n", True),
    (f"# 推进县域城乡融合发展\n\n> 作者：张明远，某某研究院研究员\n\n本文系统梳理了县域城乡融合发展的专栏文章第7篇以来的讨论。\n\n{P1}\n",
     False),                                                       # a sentence of the text
])
def test_a_series_note_under_a_byline_is_front_matter(doc, front):
    from tests.shapes import tables
    note = next(line for line in doc.split("\n") if "本文" in line).lstrip("> ")
    text = tables(doc, "doc.md")["articles"][0]["text"]
    assert (note not in text) is front


# ---- qa243: a plan's running head over its page number, repeating the title without its excerpt mark ----
@pytest.mark.parametrize(("head", "kind"), [
    ("青禾市国民经济和社会发展第十五个五年规划纲要", "running head"),
    ("青禾市国民经济和社会发展第十五个五年规划纲要（节选）", "running head"),
    ("青禾市国民经济和社会发展第十五个五年规划编制说明", "plain"),     # no repeat of the title: left as it was
])
def test_a_running_head_over_its_page_number_that_repeats_the_title_is_furniture(head, kind):
    cover = ["青禾市国民经济和社会发展第十五个五年", "规划纲要（节选）", "青禾市人民政府"]
    found = units([Block(t, 1, 20.0, 0, None) for t in [*cover, P1, head, "— 12 —", P2]], markdown=False)
    assert [u.kind for u in found if u.text == head] == [kind]


@pytest.mark.parametrize(("line", "kind"), [
    ("— 12 — 青禾市国民经济和社会发展第十五个五年规划纲要", FOLIO),     # the page number beside the running head (qa243)
    ("青禾市国民经济和社会发展第十五个五年规划纲要 — 13 —", FOLIO),
    ("青禾市国民经济和社会发展第十五个五年规划纲要—13—", "plain"),      # no space between: not so set
])
def test_a_page_number_with_the_running_head_beside_it_is_a_page_number(line, kind):
    found = units([Block(t, 1, 20.0, 0, None) for t in [P1, line, P2]], markdown=False)
    assert found[1].kind == kind


# ---- qa252: a letter-spaced red masthead ----
@pytest.mark.parametrize(("line", "kind"), [
    ("南 岭 市 人 民 政 府 办 公 室 文 件", "meta"),       # PDF extraction spaces out the large red type
    ("中 共 丰 收 县 委 文 件", "meta"),
    ("南岭市人民政府办公室文件", "meta"),                  # set solid: as before
    ("关 于 转 发 省 委 文 件", "plain"),                  # spaced or not, a title doing something to a document
])
def test_a_letter_spaced_official_masthead_is_front_matter_not_a_title(line, kind):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == kind


def test_a_letter_spaced_masthead_leaves_the_title_under_the_document_number():
    found = units_of_text("\n".join(["南 岭 市 人 民 政 府 办 公 室 文 件", "", "南政办发〔2026〕9号", "",
                                     "南岭市关于推进农村供水提质增效的实施方案", "", P1, P2]))
    assert [u.kind for u in found[:3]] == ["meta", "meta", "plain"]


# ---- qa252: a portal's source field naming the site ----
@pytest.mark.parametrize(("field", "kind"), [
    ("来源：南岭市水利局", META),          # the site's name again as the page's source: a field, no running head
    ("信息来源：南岭市水利局", META),
])
def test_a_source_field_repeating_the_sites_name_is_no_running_head(field, kind):
    found = units_of_text("\n".join(["南岭市水利局", "首页 | 机构概况 | 政务公开 | 政策解读",
                                     "《南岭市农村供水工程运行管理办法》政策解读", field, "发布时间：2026-03-02 10:00",
                                     "", P1, "", P2]))
    assert [u.kind for u in found if u.text == field] == [kind]


# ---- qa251: a WeChat head split over lines ----
@pytest.mark.parametrize("markdown", [True, False])
@pytest.mark.parametrize("line, kind", [
    ("原创 · 南湖发布", META),                  # the label parted from the account by a middle dot
    ("原创 | 邹明远 南湖观察", META),             # or by a bar, a writer and the account after it
    ("原创 南湖发布", META),                    # by a space, as before (in Markdown too now)
    ("原创·设计的价值在于解决问题。", "para"),     # a sentence: no head line
])
def test_a_wechat_label_line_without_its_date_is_metadata(line, kind, markdown):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=markdown).kind == kind


@pytest.mark.parametrize("over, kinds", [
    ("南湖发布", ["title", META, META, "para"]),                       # the account's name over the head's date
    ("今年以来全市新开社区食堂四十余家。", ["title", "para", META, "para"]),   # a sentence of the text: kept
])
def test_a_wechat_accounts_name_over_the_heads_date_line_is_metadata(over, kinds):
    text = "今年全市新建改建社区食堂42家，日均服务老年人1.2万人次，群众满意度达到96.5%。"
    found = units(reflow_blocks(["# 社区食堂里的民生温度", "", over, "", "2026-10-08 18:30", "", text]), markdown=True)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("over, date, kinds", [
    ("南湖发布", "2026-10-08", ["title", META, META, "para"]),           # over a bare date under the # title (qa276)
    ("南湖民生观察", "2026年10月8日", ["title", META, META, "para"]),
    ("今年以来全市新开社区食堂四十余家。", "2026-10-08", ["title", "para", META, "para"]),   # a sentence: kept
])
def test_a_markdown_accounts_name_over_a_bare_date_under_the_title_is_metadata(over, date, kinds):
    """# 标题 / 某某观察 / 2026-10-08, no head line naming the account: the name under the one title is no paragraph."""
    text = "今年全市新建改建社区食堂42家，日均服务老年人1.2万人次，群众满意度达到96.5%。"
    found = units(reflow_blocks(["# 社区食堂里的民生温度", "", over, "", date, "", text]), markdown=True)
    assert [u.kind for u in found] == kinds


@pytest.mark.parametrize("head, kinds", [
    # in plain text: no second line of the title
    (["原创 南湖发布", "南湖发布", "2026-10-08 18:30"], ["plain", META, META, META, "para"]),
    (["原创 邹明远 南湖发布 2026-10-08 18:30 浙江"], ["plain", META, "para"]),   # a head line naming the account: the
    #                                                                           line over it stays the title
    (["民生温度", "2026-10-08 18:30"], ["plain", "plain", META, "para"]),        # no label: maybe the title's last line
])
def test_a_wechat_accounts_name_over_the_heads_date_line_is_metadata_in_plain_text(head, kinds):
    text = "今年全市新建改建社区食堂42家，日均服务老年人1.2万人次，群众满意度达到96.5%。"
    found = units(reflow_blocks(["社区食堂里的民生温度", *head, text]), markdown=False)
    assert [u.kind for u in found] == kinds


def test_a_markdown_line_over_a_date_with_no_head_label_or_title_over_it_stays_text():
    """社区食堂里的民生温度 / 2026-10-08 18:30 under a site's bold name, no 原创 label and no # title over it: the line may be
    the title itself, no account's name split off the head (qa251)."""
    text = "今年全市新建改建社区食堂42家，日均服务老年人1.2万人次，群众满意度达到96.5%。"
    found = units(reflow_blocks(["**南湖网**", "", "社区食堂里的民生温度", "", "2026-10-08 18:30", "", text]), markdown=True)
    assert [u.kind for u in found][1:3] == ["para", META]


# ---- qa251: a Markdown page copied without its emphasis numbers its sections in plain paragraphs ----
@pytest.mark.parametrize("parts, sections", [
    # 01 / 延长营业时间 / text, 02 / … : each short line the heading numbered by the paragraph over it
    ([("01", "延长营业时间"), ("02", "丰富消费业态")], [("01", "延长营业时间"), ("02", "丰富消费业态")]),
    ([("01", "延长营业时间")], []),                                   # a lone 01: no run, left as text
    ([("03", "延长营业时间"), ("04", "丰富消费业态")], []),            # a run not numbered from 1
])
def test_plain_numbers_over_short_lines_in_markdown_number_the_sections(parts, sections):
    from tests.shapes import tables
    body = [x for number, heading in parts for x in (number, heading, P2)]
    t = tables("\n\n".join(["# 让夜间经济亮起来", "本报记者 钟岚", P1, *body, P3]), "post.md")
    assert [(s["marker"], s["heading"]) for s in t["sections"]] == sections


# ---- qa255: a paper's acknowledgements; a working paper's cover notes over its abstract ----
@pytest.mark.parametrize("lines, kinds", [
    (["致谢：作者感谢两位匿名评审专家的修改意见，文中错漏由作者负责。"], ["notes"]),
    (["【致谢】本研究得到某某基金会资助，谨此致谢。"], ["notes"]),
    (["鸣谢：调研得到某县统计局的大力协助。"], ["notes"]),
    (["致 谢", "感谢某某研究所同仁在调研中给予的帮助。"], ["notes", "notes"]),
    (["致谢", "样本来自某省统计年鉴。"], ["plain", "para"]),           # the label over a line that thanks no one
    (["致力于打造区域创新高地，仍需久久为功。"], ["para"]),            # a sentence opening with the same character
])
def test_a_papers_acknowledgements_after_its_text_are_notes(lines, kinds):
    found = units(reflow_blocks([*wrapped_lines(P1), "", *lines]), False)
    assert [u.kind for u in found[-len(lines):]] == kinds


@pytest.mark.parametrize("notes, kinds", [
    (["通讯邮箱：zhaoming@example.edu.cn", "", "本文系阶段性成果，文责自负，不代表所在单位观点。"], ["meta", "meta"]),
    (["研究局部分同事参与了讨论。"], ["meta"]),
    (wrapped_lines(P1), ["para"]),      # a wrapped paragraph of text under the byline, no note
])
def test_short_notes_between_a_papers_byline_and_its_abstract_are_front_matter(notes, kinds):
    found = units(reflow_blocks(["县级财政可持续性的评估框架", "作者：赵明 韦一舟", "", *notes, "",
                                 "内容提要：本文构建县级财政可持续性的评估框架，并以某省为例进行测算。", "1 引言",
                                 "县级财政处在财政体制末端。近年来收支矛盾有所加剧，亟须系统评估。"]), markdown=False)
    assert [u.kind for u in found[2:2 + len(kinds)]] == kinds


def test_a_markdown_author_note_over_the_title_closed_by_a_reprint_sentence_is_a_byline():
    """*作者：…；…。本文原载《…》…* set in italics over a republished paper's # title: its byline, however long (qa255)."""
    note = ("*作者：尹嘉树，某某大学经济学院教授；孔令宜，某某大学公共政策研究中心助理研究员。"
            "本文原载《区域经济评论》2025年第4期，略有删改。*")
    found = units(reflow_blocks([note, "", "# 县域商业体系建设的现状与对策", "", P1]), markdown=True)
    assert found[0].kind == BYLINE and found[0].byline.authors == ("尹嘉树", "孔令宜")


# ---- qa257: a regulation's legislative note under its Markdown title ----
@pytest.mark.parametrize("note", [
    "（2025年3月1日某市第十届人民代表大会常务委员会第九次会议通过　2025年4月2日某省第十四届人民代表大会常务委员会第八次会议批准）",
    "（2025年11月2日某市人民政府令第7号公布）",
])
def test_a_legislative_note_under_a_markdown_title_is_front_matter(note):
    found = units(reflow_blocks(["# 某市河道管理条例", "", note, "", "## 第一章 总则", "",
                                 "第一条 为了加强河道管理，制定本条例。"]), markdown=True)
    assert [u.kind for u in found if u.text.startswith(("（2025", "(2025"))] == [CREDIT]


# ---- qa257: a brief's cumulative issue on a line of its own ----
@pytest.mark.parametrize(("line", "issue"), [
    ("（总第88期）", True),
    ("(总第 88 期)", True),
    ("（总第88期）以来", False),             # words after it: no masthead line
    ("（总第八十八期）", False),
])
def test_a_cumulative_issue_alone_in_brackets_is_an_issue_line(line, issue):
    """第9期 / （总第88期） / <title>: the issue line wrapped before its bracket, masthead, no title (qa257)."""
    assert is_issue_line(line) is issue


def test_a_cumulative_issue_under_the_years_issue_is_no_title():
    title = "公共图书馆应延长开放时间"
    found = units_of_text("\n".join(["某某参考", "", "第9期", "（总第88期）", "", title, "", P1, P2]))
    kinds = {u.text: u.kind for u in found}
    assert kinds.get(title) == "plain" and kinds.get("（总第88期）") == META


# ---- qa257: a brief's two distribution lists set on one line ----
@pytest.mark.parametrize(("line", "kind"), [
    ("报：市委、市政府主要领导　　送：市发展改革委、市财政局、", CREDIT),
    ("报：市委主要领导　送：市发展改革委、市财政局", CREDIT),
    ("送：市财政局、市商务局　发：各区县研究室", CREDIT),
    ("报：今年新建床位三千张、助餐点两百个，送：老人满意。", PARA),    # sentences
])
def test_two_distribution_lists_on_one_line_are_a_credit(line, kind):
    """报：…　送：…: a brief's distribution lines set on one line at its foot, a credit, no text of the last piece (qa257)."""
    found = units(reflow_blocks([P1, "", line]), markdown=False)
    assert found[-1].kind == kind


# ---- qa257: a regulation's legislative note under a Markdown title found without a # ----
NOTE_UNDER_TITLE = "（2025年3月1日某市第十届人民代表大会常务委员会第九次会议通过）"


@pytest.mark.parametrize("head", [
    ["**某市河道管理条例**", NOTE_UNDER_TITLE],                                  # a bold title opening the page
    ["首页 > 人大立法 > 地方性法规", "## 某市河道管理条例", NOTE_UNDER_TITLE],     # an h2 title under the breadcrumb
])
def test_a_legislative_note_under_a_title_found_without_a_hash_is_front_matter(head):
    """The note tells an h2 under the breadcrumb from a section as a line of fields does, and is front matter under
    whatever title the page has (qa257)."""
    found = markdown_units("\n\n".join([*head, "## 第一章 总则", "第一条 为了加强河道管理，制定本条例。"]))
    assert [(u.kind, u.text) for u in found if "河道管理条例" in u.text or u.text == NOTE_UNDER_TITLE] == [
        ("title", "某市河道管理条例"), (CREDIT, NOTE_UNDER_TITLE)]


# ---- qa257: a brief's handling mark over its masthead ----
@pytest.mark.parametrize(("line", "kind"), [
    ("内部资料　注意保存", CREDIT),
    ("内部参考　请勿外传", CREDIT),
    ("内部资料显示，今年一季度全市新增企业三千余家。", PARA),        # a sentence
])
def test_a_briefs_handling_mark_is_furniture_on_its_own_line(line, kind):
    """内部资料　注意保存 / 决　策　参　考: the mark is furniture, and the series' name under it is no wrapped rest of it."""
    # (a blank line after every line, as a brief saved from a word processor may have: blank lines part no blocks)
    found = units(reflow_blocks([line, "", "要　情　专　报", "", "第9期（总第88期）", "", "东川发展研究院编", "",
                                 "2026年3月2日", "", *wrapped(P1, 30), "", *wrapped(P2, 30)]), markdown=False)
    assert found[0].kind == kind and (kind == PARA or found[1].text.replace("　", "").replace(" ", "") == "要情专报")


# ---- qa257: a brief's compiler named alone on its masthead ----
@pytest.mark.parametrize(("line", "kind"), [
    ("东川发展研究院编", META),
    ("某某省委政策研究室（改革办）编", META),
    ("县域经济政策汇编", "plain"),                                # a compilation's title, no compiler
])
def test_a_compiler_named_alone_is_masthead(line, kind):
    found = units(reflow_blocks(["第9期", "", line, "2026年3月2日", "", "公共图书馆应延长开放时间", "", P1]), markdown=False)
    assert [u.kind for u in found if u.text == line] == [kind]


# ---- qa261: a row of a blank form ----
@pytest.mark.parametrize("line", [
    "单位名称：______________",        # a short label and its blank: no field of the page's head, no furniture
    "联系人：________联系电话：________",
    "申报金额（万元）：______",          # short enough for a heading, no sentence mark: no section heading
    "填报时间：____年__月__日",
])
def test_a_row_of_a_blank_form_is_text(line):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == PARA


@pytest.mark.parametrize("line", [
    "申报单位： 申报日期： 年 月 日",       # blanks left as spaces: labels with nothing after their colons
    "审批意见： 经办人：",
    "项目类别：□新建 □改扩建 □技术改造",   # a row of boxes to tick
])
def test_a_row_of_a_form_with_blanks_left_as_spaces_is_text(line):
    assert unit(Block(line, 1, 20.0, 0, None), markdown=False).kind == PARA


# ---- qa263: a picture label over a caption found by its own words is the caption's ----
@pytest.mark.parametrize("caption", [
    "4月2日，在东岭县白沙镇，农机手驾驶插秧机进行作业。",           # one line opening with its day
    "图为东岭县白沙镇的农机手正在驾驶插秧机进行作业。",             # one line opening 图为…
])
@pytest.mark.parametrize("label", ["图片新闻", "■图片报道"])
def test_a_picture_label_over_a_caption_found_by_its_words_is_a_caption(label, caption):
    lines = [*wrapped("县里组建了一支帮代办队伍，为老年人、残疾人等群体提供上门服务，全县累计办理业务两万余件。", 20, 0),
             "东岭县帮代办服务送到家门口", label, caption, "本报通讯员 柯 远 摄", "西岭县冬修水利全面开工",
             "本报记者 曾 青", *wrapped("全县冬修水利工程日前全面开工，各乡镇组织群众清淤疏渠、加固堤坝。", 20, 0)]
    kinds = {u.text: u.kind for u in units_of_text("\n\n".join(lines))}
    assert kinds[label.lstrip("■")] == CAPTION and kinds[caption] == CAPTION


# ---- qa260: a cartoon's credit closed by 作, after the agency that sent it, under its title and bare label ----
@pytest.mark.parametrize(("credit", "caption"), [
    ("新华社发 方 舟 作", True),     # the agency, the cartoonist, 作: the cartoon's credit
    ("中新社发 陶然 作", True),
    ("陶 然 作", True),
    ("新华社发", False),             # the agency alone credits no cartoonist
    ("方舟作", False),               # no space before 作: a word, not a credit
])
def test_a_cartoons_credit_closed_by_zuo_and_its_label_and_title_are_captions(credit, caption):
    lines = ["社区服务要把好事办实，把实事办好，真正让群众少跑腿、好办事。", "王晓明 东江日报", "漫画", "“接力赛”", credit,
             "有的地方办一件事要跑好几个窗口，每个窗口都说“不归我管”，群众只好来回奔波。"]
    kinds = {u.text: u.kind for u in units_of_text("\n".join(lines))}
    assert (kinds.get("“接力赛”") == CAPTION) == caption
    assert (kinds.get("漫画") == CAPTION) == caption


# qa264: a numbered item's heading line wrapped onto a short line of its own, on a page of one paragraph a line, is one
# heading line when the other items of its family go straight on to their text; an unmarked line under each is not.
WRAP_BODY = ["一、重点任务", "1、完善城乡物流配送网络", P1, "2、推进县域商业体系", "提档升级", P2, "3、培育农村电商主体", P3]


@pytest.mark.parametrize("lines, items", [
    (WRAP_BODY, ["1、完善城乡物流配送网络", "2、推进县域商业体系提档升级", "3、培育农村电商主体"]),
    # (a two-character rest, which alone reads as a lone name)
    (["一、重点任务", "1、完善城乡物流配送网络", P1, "2、降低冷链运营", "成本", P2, "3、培育农村电商主体", P3],
     ["1、完善城乡物流配送网络", "2、降低冷链运营成本", "3、培育农村电商主体"]),
    # (an unmarked line under every item: subheadings, no wrap)
    (["一、重点任务", "1、完善城乡物流配送网络", "织密三级网点", P1, "2、推进县域商业体系", "改造乡镇商贸中心", P2,
      "3、培育农村电商主体", "发展直播电商", P3],
     ["1、完善城乡物流配送网络", "2、推进县域商业体系", "3、培育农村电商主体"]),
    # (a rest ending a sentence or holding a clause mark is text, no heading's rest)
    (["一、重点任务", "1、完善城乡物流配送网络", P1, "2、推进县域商业体系", "提档升级，扩面增效", P2, "3、培育农村电商主体", P3],
     ["1、完善城乡物流配送网络", "2、推进县域商业体系", "3、培育农村电商主体"]),
    # (one sibling going straight on to its text is too little evidence)
    (["一、重点任务", "1、完善城乡物流配送网络", P1, "2、推进县域商业体系", "提档升级", P2],
     ["1、完善城乡物流配送网络", "2、推进县域商业体系"]),
])
def test_an_item_heading_wrapped_onto_a_short_line_is_one_heading_line(lines, items):
    found = units(reflow_blocks(["推动县域商业发展", P4, *lines]), markdown=False)
    assert [u.text for u in found if u.kind == ITEM] == items


@pytest.mark.parametrize("lines, headings", [
    (["一、主要成效", "（一）城乡物流网络更加完善", P1, "（二）县域商业体系", "提档升级", P2, "（三）农村电商主体不断壮大", P3],
     ["主要成效", "城乡物流网络更加完善", "县域商业体系提档升级", "农村电商主体不断壮大"]),
    # (unmarked subheadings in the heading's scope: the short line under it is the first of them)
    (["一、主要成效", "（一）城乡物流网络更加完善", P1, "（二）县域商业体系", "提档升级", P2, "扩面增效", P5,
      "（三）农村电商主体不断壮大", P3],
     ["主要成效", "城乡物流网络更加完善", "县域商业体系", "提档升级", "扩面增效", "农村电商主体不断壮大"]),
])
def test_a_section_heading_wrapped_onto_a_short_line_is_one_heading_line(lines, headings):
    found = units(reflow_blocks(["推动县域商业发展", P4, *lines]), markdown=False)
    assert [u.heading or u.text for u in found if u.kind in ("heading", "plain")][1:] == headings


@pytest.mark.parametrize("line, marker, heading", [
    ("第一部分：政策出台背景", "第一部分", "政策出台背景"),     # qa264: the colon after the number is the marker's
    ("第三章:保障措施", "第三章", "保障措施"),
    ("第二篇　现代产业体系", "第二篇", "现代产业体系"),
    ("第二节 重点任务", "第二节", "重点任务"),
])
def test_a_colon_after_a_part_or_chapter_number_leaves_the_heading(line, marker, heading):
    u = unit(Block(line, 1, 20.0, 0, byline(line)), markdown=False)
    assert (u.kind, u.marker, u.heading) == ("heading", marker, heading)


# ---- qa259: a photo's credit after 图／ and its caption ----
@pytest.mark.parametrize("credit", ["图／市府提供", "图：记者林宜君摄", "图/取自环保署网站"])
@pytest.mark.parametrize("caption_under", [True, False])
def test_a_slash_photo_credit_and_its_caption_are_no_text(credit, caption_under):
    """图／市府提供 / 志工在河滨公园清除外来植物。 between two paragraphs of a news item: the credit and the one-sentence
    caption beside it are captions, no heading and no paragraph of the item (qa259)."""
    caption = "志工在河滨公园清除外来植物。"
    pair = [credit, caption] if caption_under else [caption, credit]
    found = _kinds([*wrapped(P1, 22), "", *pair, "", *wrapped(P2, 22)])
    assert [k for k, _ in found] == ["para", "caption", "caption", "para"]


@pytest.mark.parametrize("line, credit", [
    ("图／市府提供", True), ("图：记者林宜君摄", True), ("图/文：记者王五", False), ("图／文 李四", False),
    ("图书馆延长开放时间", False), ("图：本市人口结构，2020年与2025年相比。", False),
    ("图：某县公交线路开通现场（资料图）", False), ("图：某县公交线路开通现场", False),   # a caption, no credit
])
def test_a_slash_photo_credit_line(line, credit):
    assert (P.SLASH_PHOTO_CREDIT_LINE.match(line) is not None) == credit


# ---- qa268: a report's running foot over its page's bare number ----
@pytest.mark.parametrize("feet, furniture", [
    # the same foot over two page numbers: furniture, both times
    ((["北湖发展研究中心专题报告", "5"], ["北湖发展研究中心专题报告", "6"]), True),
    # the institute's foot over one page, the report's title over the other, each twice over the document
    ((["北湖发展研究中心专题报告", "5"], ["老旧小区改造资金筹措研究", "6"],
      ["北湖发展研究中心专题报告", "7"], ["老旧小区改造资金筹措研究", "8"]), True),
    # a short line met once over a number is no foot (a table's last row, a count)
    ((["二〇二五年度公交线路调整情况", "5"],), False),
])
def test_a_running_foot_over_a_bare_page_number_is_furniture(feet, furniture):
    """…某某研究中心专题报告 / 5 / text … 某某研究题目 / 6: a report's PDF sets its running foot (the institute's series,
    the report's title) on the line over each page's bare number; repeated, the pair is furniture (a running head and
    a page number), no heading between the paragraphs (qa268)."""
    paras = [P1, P2, P1.replace("。", "，") + "。", P2.replace("。", "；") + "。"]
    lines = [*wrapped_lines(paras[0], 22)]
    for k, foot in enumerate(feet):
        lines += [*foot, *wrapped_lines(paras[(k + 1) % 4], 22)]
    kinds = {text: kind for kind, text in _kinds(lines)}
    assert all((kinds.get(line) in ("running head", "page number")) is furniture for foot in feet for line in foot)


def test_a_date_over_the_first_pages_number_is_no_running_foot():
    """2026年7月21日 星期一 / 4 at the top of a newspaper page: the page's head, met once, though it is the document's
    first line (which a running foot repeating the cover is tried against): not lifted as a foot (qa268)."""
    found = _kinds(["2026年7月21日 星期一", "4", "要闻·观察", "", *wrapped_lines(P1, 22), "", *wrapped_lines(P2, 22)])
    assert ("running head", "2026年7月21日 星期一") not in found


# ---- qa273: a bold title over its fields when a # title comes only after the text ----
@pytest.mark.parametrize(("head", "titled"), [
    # the breadcrumb, the bold title, its ——subtitle and its line of fields: the page's title, though the advert
    # appended after the text has a # title of its own
    (["首页 > 观点 > 访谈", "**推动县域商业提质升级**", "——访省商务研究院研究员柯明远", "来源：南岭观察 | 2026-05-11"], True),
    (["首页 > 观点 > 访谈", "**推动县域商业提质升级**", "来源：南岭观察 | 2026-05-11"], True),
    (["**推动县域商业提质升级**", "来源：南岭观察 | 2026-05-11"], True),
    (["## 推动县域商业提质升级", "——访省商务研究院研究员柯明远", "发布时间：2026-05-11"], True),
    # no line of fields under it: a box's label over the text, which the # title after it does not title
    (["首页 > 观点 > 访谈", "**推动县域商业提质升级**"], False),
    (["**推动县域商业提质升级**", "——访省商务研究院研究员柯明远"], False),
])
def test_a_bold_title_over_its_fields_titles_the_text_before_a_later_hash_title(head, titled):
    text = "\n\n".join([*head, P1, P2, "---", "# 2026南岭消费博览会6月开幕", P3])
    found = markdown_units(text)
    kinds = [u.kind for u in found if u.text == "推动县域商业提质升级"]
    assert (kinds == ["title"]) is titled


@pytest.mark.parametrize(("head", "titled"), [
    # (qa273) in a document without # title: a bold title under the breadcrumb, its subtitle over its fields
    (["首页 > 观点 > 访谈", "**推动县域商业提质升级**", "——访省商务研究院研究员柯明远", "来源：南岭观察 | 2026-05-11"], True),
    (["首页 > 观点 > 访谈", "**推动县域商业提质升级**", "来源：南岭观察 | 2026-05-11"], True),
    (["首页 > 观点 > 访谈", "**推动县域商业提质升级**", "——访省商务研究院研究员柯明远"], False),
])
def test_a_bold_title_under_a_breadcrumb_over_its_fields_is_the_title(head, titled):
    found = markdown_units("\n\n".join([*head, P1, P2]))
    kinds = [u.kind for u in found if u.text == "推动县域商业提质升级"]
    assert (kinds == ["title"]) is titled


# ---- qa273: an interview's numbered question lines ----
@pytest.mark.parametrize(("questions", "headings"), [
    (["问题一：县域商业发展的主要短板在哪里？", "问题二：下一步应从哪些方面发力？"], True),
    (["问题1：县域商业发展的主要短板在哪里？", "问题2:下一步应从哪些方面发力?"], True),
    (["问题一：短板在哪里？物流成本为何居高不下？", "问题二：下一步应从哪些方面发力？"], True),
    # one such line alone: a point of the text, no series of questions
    (["问题一：县域商业发展的主要短板在哪里？", "下一步应从哪些方面发力？"], False),
    # a sentence after the question: a paragraph that opens with a label, no heading line
    (["问题一：短板在哪里？主要是物流成本高。", "问题二：下一步应从哪些方面发力？"], False),
])
@pytest.mark.parametrize("markdown", [True, False])
def test_numbered_question_lines_head_the_answers_under_them(questions, headings, markdown):
    answer = "柯明远：" + P1
    text = "\n\n".join([P2, questions[0], answer, questions[1], answer, P3])
    found = markdown_units(text) if markdown else units_of_text(text)
    kinds = {u.text: (u.kind, u.marker, u.heading) for u in found}
    first = kinds.get(normalized(questions[0]))
    assert (first is not None and first[0] == "heading" and first[1] == "问题" + questions[0][2] + "："
            and first[2] == normalized(questions[0])[4:]) is headings


# ---- qa291: a policy Q&A page's numbered questions ----
@pytest.mark.parametrize(("questions", "headings"), [
    (["1.问：夜间经济扶持资金支持哪些项目？", "2.问：商户如何申请夜间经营补贴？"], True),
    (["1、问：夜间经济扶持资金支持哪些项目？", "2、问:商户如何申请夜间经营补贴?"], True),
    # one such line alone: no series of questions
    (["1.问：夜间经济扶持资金支持哪些项目？", "商户如何申请夜间经营补贴？"], False),
    # an answer run on after the question: a paragraph, no heading line
    (["1.问：支持哪些项目？答：主要支持街区改造。", "2.问：商户如何申请夜间经营补贴？"], False),
])
def test_numbered_asked_lines_head_the_answers_under_them(questions, headings):
    answer = "答：" + P1
    found = units_of_text("\n\n".join([P2, questions[0], answer, questions[1], answer, P3]))
    first = {u.text: (u.kind, u.marker, u.heading) for u in found}.get(normalized(questions[0]))
    assert (first is not None and first[0] == "heading" and first[1] == questions[0][:2]
            and first[2] == normalized(questions[0])[2:]) is headings


def normalized(line: str) -> str:
    from flows.normalize import normalized_text
    return normalized_text(line)


# ---- qa273: a host field in bold over a roundtable ----
@pytest.mark.parametrize(("line", "kind"), [
    ("**主持人:** 南岭智库高级研究员 柯明远", META),     # the host's post, then the name: a head field
    ("**主持人**　南岭智库副院长 柯明远", META),
    ("**主持人:** 柯 明远", META),
    ("**主持人:** 请柯研究员先谈谈看法。", "para"),       # the host says something: a turn
])
def test_a_bold_host_label_over_a_post_and_a_name_is_a_head_field(line, kind):
    found = markdown_units("\n\n".join(["# 县域商业如何提质升级", line, P1, "**柯明远:** " + P2]))
    assert [u.kind for u in found if u.text.startswith("主持人")] == [kind]


# ---- qa273: production credits at a piece's foot ----
@pytest.mark.parametrize(("line", "kind"), [
    ("策划：南岭智库　整理：柯明远", CREDIT),
    ("统筹：柯明远　设计：南岭融媒", CREDIT),
    ("监制：邵清 出品：南岭融媒", CREDIT),
    ("出品：南岭融媒", CREDIT),
    ("策划是一门学问。", None),
    ("统筹推进城乡融合发展。", None),
])
def test_production_credits_are_credits(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", ["策划：南岭智库　整理：柯明远", "统筹：柯明远　设计：南岭融媒", "监制：邵清　出品：南岭融媒"])
def test_a_production_credit_under_the_text_leaves_it(line):
    """The credit's first character opens the furniture tests (UNIT_MARK_INITIAL, CREDIT_LINE's initials) (qa273)."""
    found = markdown_units("\n\n".join(["# 县域商业如何提质升级", P1, P2, line]))
    assert [u.kind for u in found if u.text.startswith(line[:3])] == [CREDIT]


# ---- qa275: an abridged pull quote; one over the next heading ----
@pytest.mark.parametrize("quote, after, quoted", [
    # a pull quote that drops words between its clauses and the quotation marks inside them
    (["「治理若只盯着指标，", "受损的终究是基层群众。」"], "para", True),
    # one that repeats the text word for word, over the next section's heading
    (["「治理不应成为发展的绊脚石，", "而应成为发展的导航仪。」"], "heading", True),
    # clauses the text does not hold in order: a paragraph quoting someone
    (["「受损的终究是基层群众，", "治理若只盯着指标。」"], "para", False),
])
def test_an_abridged_pull_quote_or_one_over_a_heading_is_a_pull_quote(quote, after, quoted):
    above = "低空经济涉及多个部门，单靠一个部门难以成事。治理若只盯着「指标」，而忽视群众的感受，最终受损的终究是基层群众。"
    below = ["协同治理须有抓手", ""] if after == "heading" else []
    text = "低空经济涉及多个部门，单靠一个部门难以成事。治理不应成为发展的绊脚石，而应成为发展的导航仪。"
    blocks = [above, ""]
    for line in quote:
        blocks += [line, ""]
    found = units(reflow_blocks([*blocks, *below, text]), markdown=False)
    assert [u.kind == QUOTE for u in found] == [False, *[quoted] * len(quote), *[False] * (len(below) // 2), False]


# ---- qa275: a reader's signature with a bare Hong Kong or Taiwan district ----
@pytest.mark.parametrize("line, authors", [
    ("（荃湾 冯志远）", ("冯志远",)),                # a district with no level before the name (rule 3 made the space half-width)
    ("（台南 读者 林淑芬）", ("林淑芬",)),
])
def test_a_signature_line_with_a_bare_district_signs_with_the_name_only(line, authors):
    from flows.units import signature_line_byline
    found = signature_line_byline(line)
    assert found is not None and found.authors == authors


def test_a_paragraph_signed_with_a_bare_district_in_brackets_names_the_reader():
    from flows.units import trailing_signature
    m = trailing_signature("希望当局认真听取各方意见。（屯门 冯志远）")
    assert m is not None and m.group(1) == "冯志远"


# ---- qa275: a long report's links to its previous and next chapters ----
def test_the_link_to_the_previous_page_is_a_line_of_its_own():
    """‧ 推出第二期资助计划 / 上一页：第二章 发展经济: the link ran into the list's last item (qa275)."""
    found = units_of_text("\n".join([P1, "‧ 推出第二期资助计划", "上一页：第二章 发展经济", "下一页：第四章 改善民生"]))
    assert [u.kind for u in found if u.text.startswith(("上一页", "下一页"))] == [CREDIT, CREDIT]


# ---- qa271: a letter-spaced column banner of four characters over a page's first title ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("head", [["7", "评论", "2026年3月5日 星期四"], ["2026年3月5日 星期四", "7", "评论", "责任编辑：韦 宁"]])
def test_a_spaced_four_character_banner_over_the_first_title_is_no_byline(head, blank_after_every_line):
    """7 / 评论 / date / 江 城 时 评 / the first title / its text / 罗 川 江城日报: the banner reads as two padded names
    (江 城, 时 评), yet over a page's first title, under its head, it is the page's furniture; the signature after the
    text signs alone (qa271)."""
    t = tables(page([[*head, "江 城 时 评", "让小区充电桩装得上用得好"], wrapped(P1, 19),
                     ["罗 川 江城日报", "把便民服务做到群众家门口"], wrapped(P2, 19), ["韦一鸣 江城日报"]],
                    blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让小区充电桩装得上用得好", ["罗川"]),
                                                                  ("把便民服务做到群众家门口", ["韦一鸣"])]
    assert any(r["text"] == "江城时评" for r in t["residue"])


# ---- qa274: an official title wrapped as wide as the text, under the masthead and 文号 ----
_NOTICE_BODY = ["各区县人民政府，市政府各部门：",
                "　　《梧岭市城乡供水一体化建设三年行动计划（2026—2028年）》已",
                "经市政府第18次常务会议研究同意，现印发给你们，请结合本地实际",
                "认真组织实施。", "",
                "　　　　　　　　　　　　　　　　　　梧岭市人民政府办公室", "　　　　　　　　　　　　　　　　　　　　2026年3月2日",
                "梧岭市城乡供水一体化建设三年行动计划", "（2026—2028年）", "",
                "　　为加快推进城乡供水一体化，提升农村供水保障水平，结合我市",
                "实际，制定本计划。到2028年底，全市城乡供水一体化覆盖率达到",
                "90%以上，农村自来水普及率稳定在99%以上，水质达标率明显提升。",
                "　　一、实施水源提升工程。新建和改扩建水厂6座，推进跨区域管网",
                "互联互通，形成多水源联合调度格局，提高应急供水保障能力。",
                "　　二、实施管网延伸工程。新建改造城乡供水管网1200公里，推动城",
                "市管网向周边乡镇和村庄延伸，逐步实现同网同质同价。"]


@pytest.mark.parametrize("masthead", ["梧 岭 市 人 民 政 府 办 公 室", "梧岭市人民政府办公室",
                                      "梧岭市发展和改革委员会　梧岭市水利局"])
def test_an_official_title_wrapped_as_wide_as_its_text_under_the_masthead_is_the_title(masthead):
    """masthead / 梧政办发〔2026〕7号 / 梧岭市人民政府办公室关于印发《梧岭市城乡供水 / 一体化…（2026—2028年）》的通知 / the
    addressees and text: the title's two lines, nearly as wide as the text, join into one block; under the masthead and
    文号 it is the first title, no paragraph (the masthead's first line was taken for the first text, qa274)."""
    found = units_of_text("\n".join([masthead, "", "梧政办发〔2026〕7号", "", "梧岭市人民政府办公室关于印发《梧岭市城乡供水",
                                     "一体化建设三年行动计划（2026—2028年）》的通知", "", *_NOTICE_BODY]))
    title = next(u for u in found if "关于印发" in u.text)
    assert title.kind != PARA and title.text.endswith("的通知")


# ---- qa277: a bullseye's short line right under a title and over the text signs it: a pen name too ----
@pytest.mark.parametrize("over, line, authors", [
    (["让老街巷留住烟火气"], "◎江南一叶", ("江南一叶",)),          # a pen name byline() does not read
    (["让老街巷留住烟火气"], "◎ 城 西 客", ("城西客",)),            # set letter-spaced
    (["让老街巷留住烟火气"], "◇ 东坡居士", ("东坡居士",)),
    # amid the text a bullseye decorates a heading
    ([BODY], "◎ 怎么改", None),
    ([BODY], "◎ 江南一叶", None),
    # right under a title, a question word heads the text's first part
    (["让老街巷留住烟火气"], "◎ 为何改", None),
    # a heading that runs on past a mark is no name
    (["让老街巷留住烟火气"], "◎ 改什么：听民意定清单", None),
])
def test_a_bullseyes_short_line_under_a_title_over_text_signs_it(over, line, authors):
    lines = [*wrapped(P1, 20), *over, line, *wrapped(P2, 20)]
    found = units(reflow_blocks(lines), markdown=False)
    at = next(u for u in found if u.text == line)
    assert (at.byline.authors if at.kind == BYLINE else None) == authors


@pytest.mark.parametrize("line, chrome", [
    ("【纠错】 【责任编辑：苏 禾】", True),
    ("[我要纠错] [责任编辑:何平]", True),
    ("【打印】【关闭】【编辑：程 前】", True),
    ("【责任编辑：苏禾】【关注】", False),          # a field beside no button word
    ("【纠错】 【编辑部的故事：一部老剧的新生命】", False),   # no name after the label
])
def test_a_button_row_may_name_the_editor_in_a_cell(line, chrome):
    """A news page's row of bracketed buttons may set the article's editor as one more cell: chrome (qa283)."""
    assert (P.BRACKETED_BUTTON_ROW.match(line) is not None) is chrome


# ---- qa288: a reprint notice in brackets under the text ----
@pytest.mark.parametrize("line, kind", [
    ("（本文为东岭晚报原创稿件，转载请注明出处）", CREDIT), ("(本文系某某网独家稿件，未经授权不得转载)", CREDIT),
    ("（本文为作者在某论坛上的发言，经本人审定）", NOTE),    # an author note that says no word on reprinting stays a note
    ("（本文系国家社科基金项目的阶段性成果）", NOTE),
])
def test_a_reprint_notice_in_brackets_is_chrome_not_an_author_note(line, kind):
    assert furniture_kind(line) == kind
