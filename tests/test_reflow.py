"""Rule 6: wrapped lines become paragraphs, in all three line layouts, from the document's own statistics."""
from __future__ import annotations

import re

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import patterns as P
from flows.bylines import Byline, byline
from flows.normalize import normalized_document
from flows.reflow import (BLOCK_OR_DATE_SECONDS, WIDTH_WINDOW, Page, barred_table_rows, block_starts, blocks, bracket_balance, bracket_balances, bylines_among,
                          despaced_page,
                          column_widths, display_width, display_widths, edge_characters, has_latin_breaks, head_masthead_lines, is_issuer_over_date, is_nav_bar, is_page_head, is_spaced_masthead, is_table_row, joins,
                          joined, lines_at, non_blank_lines, past_notes, second_characters, sentence_ends, signed_column_widths,
                          with_boxes_after_cut_text, with_interleaved_boxes,
                          with_paper_notes_after_cut_text, serial_table_rows)
from flows.segment import lines_in_reading_order
from tests.conftest import SEEDS
from tests.shapes import P1, P2, P3, P4, P5, P6, hung, page, raw, spaced_line, tables, wrapped


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


@pytest.mark.parametrize("indent", [0, 2])
@pytest.mark.parametrize("second", ["守住集体经济发展的安全底线", "因地制宜选准集体经济发展模式"])
def test_the_second_line_of_a_heading_in_a_narrow_column_stays_off_the_text(second, indent):
    """A two-line heading over text in a 17-character column: its second line, short of the column
    but not short by SHORT_SHARE, is no first line of the text (indented or not)."""
    lines = ["防范经营风险", second, *wrapped(P1, 17, indent), *wrapped(P2, 17, indent)]
    assert texts(lines) == ["防范经营风险", second, P1, P2]
    # ... while the first line of a paragraph under a short heading still runs on
    assert texts(["防范经营风险", *wrapped(P1, 17, indent)]) == ["防范经营风险", P1]


@pytest.mark.parametrize("first", ["2019年3月，省政府出台《关于加快发展乡村产业的若干措施》（以下", "二〇二五年三月，省政府出台《关于加快发展乡村产业的意见》（以下"])
def test_a_first_line_that_leaves_a_bracket_open_under_a_short_heading_runs_on(first):
    """一、引言 / 2019年3月，…《…》（以下 / 简称《措施》），…: the paragraph's first line, narrowed by its half-width digits
    or not, leaves a bracket open that the next line closes: no second line of a heading (qa74)."""
    rest = "简称《措施》），明确提出培育乡村新产业新业态。" + P1
    lines = ["一、引言", first, *wrapped(rest, 34, 0), *wrapped(P2, 34, 0)]
    assert texts(lines) == ["一、引言", first + rest, P2]


@pytest.mark.parametrize("heading", ["1 引言", "一、引言", "问题的提出"])
@pytest.mark.parametrize("first", ["党的二十大报告提出，加快建设网络强国、数字中国。城市是数字中国建设", "乡村振兴战略实施以来，各地积极推进县域商业体系建设。县域是连接城"])
def test_a_first_line_that_ends_a_sentence_inside_it_under_a_short_heading_runs_on(heading, first):
    """1 引言 / …数字中国。城市是数字中国建设 / 的主要载体，…: the paragraph's first line, a little short of its column,
    ends a sentence inside it, which no heading's second line does: it runs on into the text (qa99)."""
    rest = "的主要载体，城市治理能力直接关系到公共服务的可及性和社会治理的精细化水平。" + P1
    lines = [heading, first, *wrapped(rest, 36, 0), *wrapped(P2, 36, 0)]
    assert texts(lines) == [heading.replace(" ", ""), first + rest, P2]


@pytest.mark.parametrize("second, expected", [
    ("建立生态产品调查监测和评价体系", ["摸清生态家底", "建立生态产品调查监测和评价体系", P1, P2]),  # 15 of 17: the heading's
    # a paragraph's first line over a column break (a clause in it) still runs on past the blank line
    ("推进城乡融合发展，必须把县域作", ["摸清生态家底", "推进城乡融合发展，必须把县域作" + P1, P2]),
])
def test_the_second_line_of_a_heading_with_a_blank_line_under_it_stays_off_the_text(second, expected):
    """Blank lines part the paragraphs of a narrow column (17 characters) and a two-line heading stands
    tight over a blank line: its second line, short of the column by less than an indent, is no first
    line of the text."""
    lines = ["摸清生态家底", second, "", *wrapped(P1, 17, 0), "", *wrapped(P2, 17, 0)]
    assert texts(lines) == expected


@pytest.mark.parametrize("lines, expected", [
    # a heading set in a larger type wraps in its column: blank lines around it, none inside it
    (["一、准确把握银发经济的", "丰富内涵", "", *wrapped(P1, 21)], ["一、准确把握银发经济的丰富内涵", P1]),
    # the PDF layout (a blank line after every line) and a heading over its text stay apart
    (["一、准确把握银发经济的", "丰富内涵", "", *[x for line in wrapped(P1, 21) for x in (line, "")]],
     ["一、准确把握银发经济的", "丰富内涵", P1]),
    (["一、总体要求", *wrapped(P1, 21), "", *wrapped(P2, 21)], ["一、总体要求", P1, P2]),
    # the PDF layout with the blank line after the heading's lines too: the rest is short, text follows it
    ([x for line in ["一、准确把握银发经济的", "丰富内涵", *wrapped(P1, 21)] for x in (line, "")],
     ["一、准确把握银发经济的丰富内涵", P1]),
    # ... but not a line that ends a sentence, nor a marked subheading, nor a line as wide as the heading
    ([x for line in ["一、准确把握银发经济的", "总体如此。", *wrapped(P1, 21)] for x in (line, "")],
     ["一、准确把握银发经济的", "总体如此。", P1]),
    ([x for line in ["一、总体要求", "（一）指导思想", *wrapped(P1, 21)] for x in (line, "")],
     ["一、总体要求", "（一）指导思想", P1]),
    ([x for line in ["一、总体要求", "坚持稳中求进工作总基调", *wrapped(P1, 21)] for x in (line, "")],
     ["一、总体要求", "坚持稳中求进工作总基调", P1]),
    # a page without blank lines: the rest of the heading is shorter than its first line, text fills the column
    (["一、健全生态产品调查监测", "和价值评价机制", *wrapped(P1, 20), *wrapped(P2, 20)],
     ["一、健全生态产品调查监测和价值评价机制", P1, P2]),
    # ... and an unmarked subheading wider than a short marked heading stays a line of its own
    (["一、总体要求", "坚持稳中求进工作总基调", *wrapped(P1, 20), *wrapped(P2, 20)],
     ["一、总体要求", "坚持稳中求进工作总基调", P1, P2]),
    # ... and a pull quote set between the heading and its text (qa67): the quote is no second heading
    ([*wrapped(P1, 20), "一、健全县域商业", "流通体系", "■要让农产品进城，", "也让工业品下乡", *wrapped(P2, 20)],
     [P1, "一、健全县域商业流通体系", "■要让农产品进城，也让工业品下乡", P2]),
])
def test_a_marked_heading_wraps_onto_a_short_line_right_under_it(lines, expected):
    assert texts(lines) == expected


@pytest.mark.parametrize("title", ["以小切口推动基层减负走深走实", "县域经济", "推动县域经济迈上新台阶的路径选择"])
def test_a_title_set_tight_over_its_text_in_the_pdf_layout_is_a_line_of_its_own(title):
    # The PDF layout puts a blank line after every line but the title's: however wide the title
    # (as wide as the column here), it does not run into the text, and the text's lines still join.
    body = [x for part in (wrapped(P1, 20), wrapped(P2, 20)) for line in part for x in (line, "")]
    assert texts([title, *body]) == [title, P1, P2]


# A paragraph whose first line, however wide the column, holds no clause mark.
UNMARKED_FIRST_LINE = "加快建设县域商业体系需要统筹推进乡镇商贸中心改造和村级便民网点建设，引导连锁企业向乡镇延伸，让农村居民就近买得到。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("width, indent", [(18, 2), (22, 2), (22, 0), (24, 0)])
def test_a_title_a_little_short_of_its_column_over_its_text_is_a_line_of_its_own(width, indent,
                                                                                  blank_after_every_line):
    """A title three characters (flush paragraphs) or five (paragraphs indented by two) short of its column,
    right over its text (13 of 18, 19 of 24 characters): not short by SHORT_SHARE, yet no first line of the
    paragraph under it. A paragraph's first line with no clause mark, as short as the indent (or, where
    paragraphs are indented, one character more), still runs on."""
    title = "推动县域商业体系提质升级更好服务城乡居民消费"[: width - indent - 3]
    parts = [wrapped(P1, width, indent), wrapped(P2, width, indent), [title], wrapped(P4, width, indent),
             wrapped(UNMARKED_FIRST_LINE, width, indent), wrapped(P6, width, indent + indent // 2)]
    text = page(parts, blank_after_every_line)
    assert texts(text.split("\n")) == [P1, P2, title, P4, UNMARKED_FIRST_LINE, P6]


def letter_spaced(paragraph: str, width: int) -> list[str]:
    """A paragraph wrapped at `width` characters a line and set letter-spaced, as PDF extraction gives it."""
    return [" ".join(line) for line in wrapped(paragraph, width, 0)]


# A paragraph 42 characters long: wrapped at 14 a line, its last line fills the column.
FULL_LAST_LINE = "稳住外贸基本盘，关键要培育新优势，支持企业参加境外展会，深耕共建国家市场，发展新业态。"
RUNNING_HEAD = "6 财经 2026年10月15日 星期四"


@pytest.mark.parametrize("parts, expected", [
    # a title over a column set letter-spaced, after text in an unspaced column: the spaces count no width, so the
    # column reads 15 wide, and a title of 13 would pass for its first line
    ([wrapped(P1, 22, 0), ["小微企业融资贷动新活力之路"], letter_spaced(P2, 15), wrapped(P4, 22, 0)],
     [P1, "小微企业融资贷动新活力之路", P2, P4]),
    # ... the title at the page's top, under its running head: no unspaced text nearby tells the column
    ([[RUNNING_HEAD, "稳外贸要在新字上做足文章"], letter_spaced(P2, 16), ["（俞 舟）", "跨境电商综试区跑出加速度", "本报记者 晏秋池"],
      wrapped(P4, 22, 0)],
     [RUNNING_HEAD.replace(" ", ""), "稳外贸要在新字上做足文章", P2, "（俞舟）", "跨境电商综试区跑出加速度", "本报记者晏秋池", P4]),
    # a letter-spaced paragraph whose last line fills its column, then unspaced text: no sentence goes on across
    ([letter_spaced(FULL_LAST_LINE, 14), wrapped(P6, 16, 0)], [FULL_LAST_LINE, P6]),
    # letter spacing that changes line by line within a paragraph of one column (seed 000): it still joins
    ([wrapped(P6, 18, 0)[:2], [" ".join(line) for line in wrapped(P6, 18, 0)[2:5]], wrapped(P6, 18, 0)[5:]], [P6]),
])
def test_a_column_set_letter_spaced_is_measured_as_a_column_of_its_own(parts, expected):
    """Letter-spaced lines (a space after each character) read narrower than the column they fill: a run of them is
    measured among its own lines, and the lines around it among the unspaced ones (qa29, session 10)."""
    assert texts(page(parts, blank_after_every_line=True).split("\n")) == expected


SPACED_PAGE = [["6 财经 2026年10月15日 星期四"], ["稳外贸要在新字上做足文章"], ["本报记者  晏秋池"], wrapped(P2, 16),
               ["一、培育外贸新动能"], wrapped(P4, 16), ["（作者系某大学教授）"]]


def spaced_throughout(parts: list[list[str]]) -> list[list[str]]:
    return [[spaced_line(line) for line in part] for part in parts]


@pytest.mark.parametrize("parts, despaced", [
    # spaced throughout: the lone spaces between Chinese characters and marks go; the wider gap between words stays,
    # and a space beside a Latin letter or digit is left to rule 5 (a line that is not letter-spaced is left as it is)
    (spaced_throughout(SPACED_PAGE), [line.replace("6 财经", "6  财经").replace(" 2026年10月15日 ", "  2026 年 10 月 15 日  ")
                                      .replace("本报记者  晏秋池", "本报记者    晏秋池") for part in SPACED_PAGE for line in part]),
    # one column spaced among unspaced ones: the spacing tells the column, and stays
    ([*SPACED_PAGE[:3], letter_spaced(P2, 16), *SPACED_PAGE[4:]], None),
    # nothing spaced
    (SPACED_PAGE, None),
])
def test_a_page_set_letter_spaced_throughout_is_despaced_and_one_with_a_spaced_column_is_not(parts, despaced):
    lines = page(parts).split("\n")
    got = despaced_page(lines, "\n".join(lines))
    assert [line for line in got if line] == (despaced if despaced is not None else [line for line in lines if line])


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_page_set_letter_spaced_throughout_gives_the_records_of_the_page_unspaced(blank_after_every_line):
    """(session 16) A page spaced throughout carries no column in its spacing; despaced, its title, byline, heading
    and author note read as on an unspaced page (without: the heading's marker 一 、 and the byline went unread)."""
    fields = ("title", "authors", "heading", "text")
    def records(parts):
        found = tables(page(parts, blank_after_every_line))
        return {t: [[row.get(f) for f in fields] for row in found[t]] for t in ("articles", "sections", "paragraphs")}
    assert records(spaced_throughout(SPACED_PAGE)) == records(SPACED_PAGE)


@pytest.mark.parametrize("subtitle", ["——访某某研究院副院长孙立群", "——在全市县域经济工作会议上的讲话"])
def test_a_subtitle_under_a_title_on_a_page_of_one_paragraph_a_line_is_a_line_of_its_own(subtitle):
    lines = ["专访丨数据要素市场化配置改革如何破题", subtitle, "2025-03-14 08:30 来源：某某报", "本报记者 陈思远",
             P1, P2, P4, P6, P1 + P4, P2 + P6]
    assert texts(lines)[:2] == ["专访丨数据要素市场化配置改革如何破题", subtitle]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("lines, expected", [
    # a subtitle at three quarters of the column, under a title without byline: it does not run into the text
    (["让“小网格”托起“大民生”", "——某市某区深化网格化管理的实践与启示", *wrapped(P1 + P2, 27)],
     ["让“小网格”托起“大民生”", "——某市某区深化网格化管理的实践与启示", P1 + P2]),
    # a subtitle that fills its column wraps onto the next line
    (["县域经济", "——关于推进城乡融合发展和县域经济高质量发展的", "几点思考", *wrapped(P1, 24)],
     ["县域经济", "——关于推进城乡融合发展和县域经济高质量发展的几点思考", P1]),
])
def test_a_subtitle_short_of_its_column_is_a_line_of_its_own(lines, expected, blank_after_every_line):
    assert texts(page([lines], blank_after_every_line).split("\n")) == expected


def test_official_title_and_addressees_stand_on_their_own_lines():
    """At the top of a short notice the column is guessed from few lines: the title (关于…的通知) and
    the addressees (各…：) must not run on into the text."""
    lines = ["关于印发《某市促进数据要素市场化配置若干措施》的通知", "各县（市、区）人民政府，市政府各部门：",
             "《某市促进数据要素市场化配置若干措施》已经市政府同意，现印发给你们。", "某市人民政府", "2024年9月20日"]
    assert texts(lines)[:3] == lines[:3]


def test_author_note_runs_to_its_closing_bracket():
    lines = [*wrapped(P1, 18), "（作者系某某大学经济学院", "教授）", "下一篇的标题"]
    assert texts(lines) == [P1, "（作者系某某大学经济学院教授）", "下一篇的标题"]


@pytest.mark.parametrize("dateline", ["晚报讯（记者 许 晴）", "晨报讯 ", "本报讯 "])
def test_a_title_nearly_filling_its_column_does_not_run_into_a_papers_dateline(dateline):
    """qa146: 晚报讯 / 晨报讯 open a news item's text as 本报讯 does, under its title however wide."""
    title = "西岭区首批社区老年食堂昨日同步开门"
    lines = [x for line in [*wrapped(P1, 20, 0), title, *wrapped(dateline + P2, 20, 0)] for x in (line, "")]
    assert texts(lines)[1] == title


@pytest.mark.parametrize("subtitle, rest, alone", [
    ("——来自某某省三个县的调查与思考", None, True),         # fills the column over a full line of text
    ("——来自某某省三个县市的调查与思考研究", None, True),     # a little wider than the column
])
def test_a_full_subtitle_over_a_full_line_of_text_is_a_line_of_its_own(subtitle, rest, alone):
    """qa146: a subtitle filling its column under a title line stands alone over the text."""
    lines = [x for line in ["推进县域商业体系建设", subtitle, *([rest] if rest else []), *wrapped(P1, 17, 0),
                            *wrapped(P2, 17, 0)] for x in (line, "")]
    found = texts(lines)
    assert (found[1] == subtitle) is alone
    if alone:
        assert found[2] == P1


@pytest.mark.parametrize("names", ["邵望川 韦一禾", "邵望川"])
def test_a_signature_with_its_author_note_run_on_ends_where_the_bracket_closes(names):
    """The names and their note wrapped at the column's edge (邵望川 韦一禾（作者分别系某某 / 大学教授、副教授）) close the
    text above: the title of the next piece under it at full width is no line of theirs (qa146)."""
    note = names + "（作者分别系某某省社会科学院经济研究所研究员、助理研究员）"
    cut = len(names) + 11
    lines = [x for line in [*wrapped(P1, 18, 0), note[:cut], note[cut:], "下一篇文章的标题文字", *wrapped(P2, 18, 0)]
             for x in (line, "")]
    assert [t.replace(" ", "") for t in texts(lines)[:3]] == [P1, note.replace(" ", ""), "下一篇文章的标题文字"]


def test_author_note_ends_where_its_bracket_closes_even_at_the_column_edge():
    lines = [x for line in [*wrapped(P1, 17), "（作者单位：省商务发展研究中心）", "奋进新征程 建功新时代"] for x in (line, "")]
    assert texts(lines) == [P1, "（作者单位：省商务发展研究中心）", "奋进新征程建功新时代"]


@pytest.mark.parametrize("after", ["本版编辑：邹 宁 版式设计：杜小禾", "推动县域经济迈上高质量发展新台阶"])
def test_an_author_note_wrapped_over_full_lines_ends_where_its_bracket_closes(after):
    """No blank lines, and the note's lines and the line under it all fill most of the column: the widths
    would join them, but the bracket closing at the line's end ends the note."""
    lines = [*wrapped(P1, 21), "（作者分别系西岭大学县域发展研究院", "院长、教授，西岭大学经济学院副教授）", after]
    assert texts(lines) == [P1, "（作者分别系西岭大学县域发展研究院院长、教授，西岭大学经济学院副教授）",
                            after.replace(" ", "")]


def test_pull_quote_runs_to_the_next_quote_or_blank_line():
    lines = ["■要坚持把发展", "经济的着力点放在", "实体经济上", "■要加快建设", "现代化产业体系", "", "小标题", *wrapped(P2, 18)]
    assert texts(lines) == ["■要坚持把发展经济的着力点放在实体经济上", "■要加快建设现代化产业体系", "小标题", P2]


@pytest.mark.parametrize("lines, expected", [
    # no blank lines on the page: the quote's short last line ends it, and the heading under it stands alone
    (["■要让数据多跑路群", "众少跑腿，让基层", "干部从填表报数中", "解脱出来", "现实意义", *wrapped(P2, 18)],
     ["■要让数据多跑路群众少跑腿，让基层干部从填表报数中解脱出来", "现实意义", P2]),
    # a letter-spaced line is short only once its spaces are dropped: the quote goes on
    (["■ 现 在", "信息技术飞", "速发展，颠覆", "的 创 新 路", "子，为实现", "", *wrapped(P2, 18)],
     ["■现在信息技术飞速发展，颠覆的创新路子，为实现", P2]),
    # ... and so does an unspaced line two characters short of a column six wide: a third of so narrow a column is
    # no shortfall a quote's last line alone shows (session 16: 70 % of the column ended the quote here)
    (["■现在", "信息技术飞", "速发展，颠覆", "的创新路", "子，为实现", "", *wrapped(P2, 18)],
     ["■现在信息技术飞速发展，颠覆的创新路子，为实现", P2]),
    # a last line short of the quote's column by more than a character or two ends it, under the share (qa67)
    (["■平台规则不能成为悬在骑手", "头上的“无形的枷锁”", "规范平台算法", *wrapped(P2, 18)],
     ["■平台规则不能成为悬在骑手头上的“无形的枷锁”", "规范平台算法", P2]),
    # ... a line a character short (a closing mark kept off the next line's head) does not
    (["■数据要素是新型生产要素，", "要让它在流通和使用中创造", "价值", "规范平台算法", *wrapped(P2, 18)],
     ["■数据要素是新型生产要素，要让它在流通和使用中创造价值", "规范平台算法", P2]),
])
def test_a_pull_quote_ends_at_its_short_last_line(lines, expected):
    assert texts(lines) == expected


@pytest.mark.parametrize("box", ["■", "◆"])
@pytest.mark.parametrize("word", ["支撑", "高质量"])
def test_a_pull_quotes_last_word_that_reads_as_a_name_is_no_byline(box, word):
    """The quote's line over the word fills its column and ends no sentence: the word (which byline() would
    read as a lone name) is the quote's last line, not the byline of what follows."""
    lines = [f"{box}县域经济是国民经济的基本", "单元，是城乡融合发展的关键", word, f"{box}要坚持特色立县、产业强县，",
             "把县域资源优势转化为发展胜", "势", *wrapped(P2, 21)]
    assert texts(lines) == [f"{box}县域经济是国民经济的基本单元，是城乡融合发展的关键{word}",
                            f"{box}要坚持特色立县、产业强县，把县域资源优势转化为发展胜势", P2]


@pytest.mark.parametrize("furniture", [
    ["在城乡融合中书写共同富裕新篇"],
    ["在城乡融合中书写共同富裕新篇", "□ 陈思远"],
    ["在城乡融合中书写共同富裕新篇", "□ 陈思远", "（作者单位：东江省社会科学院）", "本版编辑：王 宁  美编：李 梅"],
])
def test_a_full_line_ending_a_sentence_under_a_pull_quote_runs_on_whatever_follows_its_paragraph(furniture):
    """A sentence filling its 19-wide column right under a pull quote goes on into its paragraph's two full lines and
    short last line: the title, byline and credits under that paragraph say nothing of its column (qa164)."""
    quote = ["■ 补齐农村公共服务", "短板，让农民群众", "共享发展成果"]
    text = ["乡村建设是一项系统工程，必须久久为功。", "只要坚持规划先行、分类推进，把农民群众",
            "的期盼一件件变成现实，和美乡村建设就能", "结出丰硕成果。"]
    assert texts([*wrapped(P1, 19), *quote, *text, *furniture])[2:4] == ["".join(text), furniture[0]]


@pytest.mark.parametrize("affiliation", [
    "西岭省社会科学院区域经济研究所副所长、研究员",    # wider than the column of the text under it
    "西岭大学公共管理学院院长、教授",
    "南湖大学法学院教授、博士生导师",
])
def test_an_unbracketed_institution_and_posts_line_under_a_name_is_a_block_of_its_own(affiliation):
    """A contributor's name, then the institution and posts joined by 、 with no brackets, then the text: the
    affiliation never runs on into the text's first line, however wide (qa164)."""
    lines = ["把政策红利转化为发展动能", "韩知远", affiliation, *wrapped(P2, 20)]
    assert texts(lines) == ["把政策红利转化为发展动能", "韩知远", affiliation, P2]


@pytest.mark.parametrize("affiliation", ["西岭省社会科学院区域经济研究所副所长、研究员", "西岭大学公共管理学院副教授"])
def test_a_letter_spaced_name_over_an_institution_and_posts_line_is_a_byline(affiliation):
    """A three-character name set one character at a time is no byline alone (a letter-spaced line of text looks the
    same); over an unbracketed affiliation that confirms it, it is the contributor's, and the affiliation a block of
    its own (qa164)."""
    lines = ["把政策红利转化为发展动能", "韩 知 远", affiliation, *wrapped(P2, 20)]
    found = blocks(lines)
    assert [b.text.replace(" ", "") for b in found] == ["把政策红利转化为发展动能", "韩知远", affiliation, P2]
    assert found[1].byline is not None and found[1].byline.authors == ("韩知远",)


def test_a_title_right_under_a_pull_quote_whose_last_line_is_full_is_no_part_of_it():
    """No blank line parts a quote in a 6-character column from the title under it: the title, wider
    than the quote's column, is a line of its own (a letter-spaced line, its spaces counting 0, does
    not set the column)."""
    lines = ["■ 要 把 课", "堂搬进车间，", "把生产任务转", "化为教学项目", "健全技能人才培养体系", "文/姜雨桐"]
    assert texts(lines) == ["■要把课堂搬进车间，把生产任务转化为教学项目", "健全技能人才培养体系", "文/姜雨桐"]
    spaced = ["■ 城 市 更 新", "要 坚 持 先 体", "检、后更新，把", "问题找准、把", "短板补齐"]
    assert texts(spaced) == ["■城市更新要坚持先体检、后更新，把问题找准、把短板补齐"]


@pytest.mark.parametrize("box", ["◆ ", "◆", "■ "])
def test_a_boxed_heading_over_a_full_column_of_text_after_every_line_a_blank_is_no_pull_quote(box):
    """Where a blank line follows every line, a short box line over a line that fills the text's column
    is a bulleted heading (rule 8 debris before it), not the first line of a pull quote: a quote sits in
    a narrow column of its own."""
    lines = [*wrapped(P1, 20), box + "把握数据要素的基本特征", *wrapped(P2, 20)]
    spaced = [x for line in lines for x in (line, "")]
    assert texts(spaced) == [P1, box.strip() + "把握数据要素的基本特征", P2]


def test_marked_heading_line_is_not_joined_to_its_text():
    lines = ["A 强基础，夯实发展底座", *wrapped(P1, 18)]
    assert texts(lines) == ["A强基础，夯实发展底座", P1]


@pytest.mark.parametrize("item", ["（一）织密回收网络。推动再生资源回收企业与物业、快递网点合作，在社区设立规范的回收点。",
                                  "（二）规范拆解利用！对非法拆解、偷排漏排等行为依法查处，提高正规企业的市场份额。"])
def test_a_run_in_items_indented_first_line_goes_on_into_its_paragraph(item):
    # The indent stripped, the item's first line is two characters short of its column, like a heading that
    # stops; but its lead ends a sentence inside the line and the text goes on: the paragraph's first line.
    lines = [*wrapped(P1, 22), *wrapped(item, 22), *wrapped(P2, 22)]
    assert texts(lines) == [P1, item, P2]
    assert texts(["（一）织密回收网络", *wrapped(P2, 22)]) == ["（一）织密回收网络", P2]     # a heading: no sentence


def test_the_links_to_the_previous_and_next_pages_are_blocks_of_their_own():
    lines = [P1, "上一篇：关于2025年第一季度全市消费市场运行情况的通报", "下一篇：市商务局开展“放心消费”进商圈活动"]
    assert texts(lines)[1:] == lines[1:]


@pytest.mark.parametrize("trail", ["您当前的位置：首页 > 评论 > 时评", "当前位置：首页 > 理论频道 > 正文",
                                   "首页 > 评论频道 > 时评", "人民网>>观点>>人民网评", "新华网 » 时政 » 正文",
                                   "某某网 > 评论频道", "光明网»时评",      # two steps of Han words (qa59)
                                   "某某评论网 ＞ 言论 ＞ 自由论坛", "某某网＞评论频道"])   # full-width ＞ (qa62)
def test_a_breadcrumb_trail_as_wide_as_the_title_under_it_is_a_line_of_its_own(trail):
    """The short lines over a web page's text make the column: the trail fills it, and is no title's first line."""
    title = "以绣花功夫推进城市精细化管理"
    lines = [trail, title, "2025-08-14 07:30:26", "来源：南岳新闻网", "作者：程立伟", P1]
    assert texts(lines)[:2] == [trail.replace(" ", ""), title]


@pytest.mark.parametrize("switch, alone", [
    ("字体：【大】【中】【小】　　【打印】　　【关闭】", True), ("【字号：大 中 小】　打印本页　分享到：", True),
    ("字体：【大】【中】【小】", True), ("字号 T | T", True), ("字号：［大］［中］［小］　　【打印】【关闭】", True),
    ("字体大小影响阅读体验，政务网站应当提供放大功能", False),     # a line of text that begins with 字体
])
def test_a_font_size_switch_over_the_title_is_a_line_of_its_own(switch, alone):
    """The switch is as wide as the title under it: it is no title's first line (qa38)."""
    title = "以数字化转型赋能中小企业高质量发展"
    lines = ["首页 > 新闻中心 > 政策解读", switch, title, "发布时间：2025-07-21 09:30　　浏览次数：1287", P1]
    assert (title in texts(lines)) == alone


@pytest.mark.parametrize("fields", ["信息来源：东阳市农业农村局　　发布日期：2025-07-22　　浏览次数：1206",
                                    "文章来源：市发展改革委  发布时间：2025-03-02 10:15"])
def test_a_government_portals_source_field_line_is_no_line_of_the_title_over_it(fields):
    """信息来源： and 文章来源： are the 来源： field of a government portal: the title over it ends there."""
    title = "关于《东阳市促进农村集体经济发展三年行动方案》的政策解读"
    assert texts([title, fields, P1])[0] == title


@pytest.mark.parametrize("prompt", ["点击上方蓝字 关注我们", "点击蓝字关注我们"])
def test_a_wechat_prompt_to_follow_and_the_end_mark_are_lines_of_their_own(prompt):
    """Under a WeChat title its prompt to follow the account is no line of the title; END is no end of the
    line over it (joined, the last line became a heading: 政策咨询电话：0571-12345END)."""
    title, last = "清河区出台22条举措为中小微企业纾困解难", "政策咨询电话：0571-12345"
    got = texts([title, prompt, P1, last, "END"])
    assert got[0] == title and got[-2:] == [last, "END"]


LONG_HEADING = "一、充分认识民营经济在推进中国式现代化中的重要地位和作用，切实增强发展信心"


@pytest.mark.parametrize("lines", [
    # a web page of short headings and items: the long heading is as wide as the widest lines near it
    ["推进民营经济高质量发展", P1, LONG_HEADING, P2, "三、着力破解突出问题", "1、融资难融资贵", "2、市场准入壁垒",
     "（一）优化公平竞争环境", "1、清理妨碍统一市场的规定"],
    [LONG_HEADING, P4, "二、完善政策体系", "（一）优化竞争环境", "1、清理规定", "2、健全机制"],
])
def test_a_long_marked_heading_on_a_page_of_lines_of_any_width_is_not_joined_to_its_text(lines):
    assert LONG_HEADING in texts(lines)


def test_the_rows_of_a_markdown_table_are_blocks_of_their_own():
    lines = ["主要指标如下：", "| 指标 | 2024 | 2025 |", "| 整车产量（万辆） | 38.6 | 52.4 |", "| 产业规模（亿元） | 1860 | 2475 |"]
    assert texts(lines) == [line.replace(" ", "") for line in lines]


@pytest.mark.parametrize("item", ["1. ", "1.", "1、"])
def test_the_items_and_bullets_of_a_markdown_list_are_blocks_of_their_own(item):
    """Short lines without final punctuation, which would otherwise continue each other."""
    lines = ["具体表现在：", f"{item}动力电池产能快速释放", "- 两个电池基地新增产能30GWh", "- 固态电池中试线建成",
             f"{item.replace('1', '2')}电驱系统实现突破", "+ 扁线电机量产规模居全省首位"]
    assert texts(lines) == [line.replace(" ", "") for line in lines]


@pytest.mark.parametrize("item", ["1.", "1、"])
def test_a_short_web_page_of_headings_and_items_puts_one_paragraph_a_line(item):
    """Its many heading and item lines stop mid-sentence, as a wrapped column's lines do; they are
    no lines of text, so the title is not wrapped into the first paragraph."""
    title = "深入推进生态文明建设和绿色低碳发展"
    lines = [title, P1, "一、总体要求", f"{item}打好蓝天保卫战", "推进钢铁行业超低排放改造。", f"{item.replace('1', '2')}打好碧水保卫战",
             "推进美丽河湖建设。", "二、保障措施", P2]
    assert texts(lines)[:2] == [title, P1]


@pytest.mark.parametrize("item", ["（3）", "(3)"])
def test_an_item_numbered_on_across_sections_is_not_joined_to_the_heading_over_it(item):
    """A plan's measures numbered on through its sections, each with its own heading line: the
    section heading, then item (3), shorter than it, which does not restart at 1 and ends no sentence.
    (Unmarked, the item heading lines pass for lines of text stopped mid-sentence, the page for a
    column of wrapped text, and (3) for the rest of a heading wrapped onto a short line.)"""
    lines = ["一、完善低空基础设施", "（1）加快起降场和通用机场网络建设", P1 + P2, "（2）构建低空通信导航监视网络", P2 + P4,
             "二、培育低空经济产业集群", f"{item}引育链主企业", P4 + P6, "（4）支持飞控和动力电池技术攻关", P6 + P1]
    assert texts(lines)[5:7] == ["二、培育低空经济产业集群", f"{item}引育链主企业"]


def test_a_portals_file_fields_over_an_official_document_are_lines_of_their_own():
    """Two long lines of labelled fields (索引号：… 发布机构：… / 发文日期：… 文号：…) end no sentence; they
    join neither each other nor the document's title under them."""
    fields = ["索引号：11330400MB1928374X/2025-00318　　　　发布机构：滨海市人民政府办公室",
              "发文日期：2025-08-26　　　　　　　　　　　　文号：滨政办发〔2025〕41号"]
    title = "滨海市人民政府办公室关于印发滨海市加快发展低空经济若干措施的通知"
    assert texts([*fields, title, "各县（市、区）人民政府：", P1, P2])[:3] == [*fields, title]


@pytest.mark.parametrize("head", ["原创 邵文杰 北岭党校 2025年09月12日 07:58 北岭", "北岭党校 2025-09-12 07:58"])
def test_a_wechat_head_line_under_the_title_is_a_line_of_its_own(head):
    title = "以“人工智能+”赋能基层社会治理现代化"
    assert texts(["北岭党校 理论前沿", title, head, P1, "01", "夯实基层治理的数据底座", P2])[1:3] == [title, head.replace(" ", "")]


def test_a_markdown_heading_is_one_line_whatever_follows_it():
    """Markdown puts a blank line after every line, so blank lines tell nothing; an ATX heading is still one line."""
    lines = ["# 打造一流营商环境 激发市场主体活力", "", "——访市发展改革委主任卢振华", "", "**本报记者 严冬**", "", P1, "",
             "### 问：如何确保政策落地见效？", "", P2, "", P4]
    assert texts(lines)[:2] == ["#打造一流营商环境激发市场主体活力", "——访市发展改革委主任卢振华"]


def test_a_wrapped_marked_heading_in_a_column_is_still_joined():
    lines = [*wrapped(P1, 20), *wrapped(LONG_HEADING, 20, indent=0), *wrapped(P2, 20)]
    assert texts(lines)[1].startswith(LONG_HEADING)


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



@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("folio", ["—5—", "— 5 —", "- 12 -", "－3－", "·46·"])
def test_a_page_number_is_lifted_out_of_the_paragraph_it_interrupts(folio, blank_after_every_line):
    """A PDF's page number at a page's foot (— 5 —) between two lines of a paragraph: the paragraph
    joins across the page break, and the number is a block of its own after it."""
    lines = wrapped(P1, 22)
    text = page([["县域经济高质量发展"], lines[:2], [folio], lines[2:], wrapped(P2, 22)], blank_after_every_line)
    assert texts(text.split("\n")) == ["县域经济高质量发展", P1, folio.replace(" ", ""), P2]



@pytest.mark.parametrize("pager", ["上一页 1 2 下一页", "首页 上一页 [1] [2] 下一页 尾页", "1 2 下一页"])
@pytest.mark.parametrize("cut", [P1.rindex("，") + 1, len(P1)])
def test_a_web_pager_is_lifted_out_of_the_paragraph_it_breaks(pager, cut):
    """A web article's pager (上一页 1 2 下一页) where the page broke a paragraph, one line a paragraph: the paragraph
    runs on under it, as over a PDF's page number, and the pager is a block of its own after it (qa232); between two
    paragraphs it stays between them."""
    lines = ["县域经济高质量发展", P1[:cut], pager, *([P1[cut:]] if cut < len(P1) else []), P2]
    assert texts(lines) == ["县域经济高质量发展", P1, pager.replace(" ", ""), P2]

TABLE = ["专栏1 主要指标", "序号 指标名称 2025年 2030年 属性", "1 县域生产总值（亿元） 320 450 预期性",
         "2 城镇化率（%） 58.5 65 预期性", "3 新增城镇就业（万人） 1.2 1.5 约束性"]


@pytest.mark.parametrize("width", [22, 30])
def test_the_rows_of_a_table_are_blocks_of_their_own(width):
    """A plan's box of indicators extracted as lines, cells apart by spaces, between wrapped text:
    each row is a block (not a wrapped line of the text before or after it)."""
    lines = page([wrapped(P1, width), TABLE, wrapped(P2, width)]).split("\n")
    assert [b.text for b in blocks(lines)] == [P1, *TABLE, P2]


@pytest.mark.parametrize("line, row", [
    ("序号 指标名称 2025年 2030年 属性", True), ("1 城镇化率（%） 58.5 65 预期性", True),
    ("理 论 周 刊 2024", False),                            # a column head spaced out, one character a word
    ("7 月 5 日至 7 日 在江苏考察", False), ("绿电转供卡关 企业减碳 压力谁来解 专家建言", False),    # no number cell
    ("2024年6月12日 星期三 第5版", False),                    # three cells: page furniture
    ("the 31 provinces from 2010 to 2020", False),            # no Han
    ("1 城镇化率， 58.5 65 预期性", False),
    ("地区生产总值（亿元） 4286.5 5.6", True), ("一般公共预算收入（亿元） 312.8 —", True),   # three columns: a name, numbers
    ("城镇新增就业 6.3 万人", False), ("全市地区生产总值达到 4286.5 亿元比上年增长", False),   # text spaced around a number
    ("指标 绝对值 比上年增长（%）", False),                  # a head row: no number cell
    ("公交专用道 3 主城区、新区 —", True), ("试点社区   12   —   养老、托育", True),   # a cell left empty as a dash (qa57)
    ("第一阶段 — 第二阶段 — 第三阶段", False),               # dashes between words: no number cell
    # a regression table's row: a variable's Latin name, then its estimates (qa165)
    ("Size 0.215*** 0.198*** 0.203***", True), ("lnPGDP 0.031 0.028 0.027", True), ("DID 0.08** (0.03) 0.07*", True),
    ("Beijing 100872 China 2026", False), ("Vol. 38 No. 1 2026", False),
    # a descriptive-statistics row: a Latin name, its count of observations and its decimals (qa189)
    ("Treat   86420   0.318   0.466   0.000   1.000", True), ("lnRD 12,055 3.742 1.208 0.000 9.615", True),
    ("Age 0.52 0.31 -1.20 9834", True), ("Pages 12 34 56 7.8", False),   # one decimal: no statistics
    # a regression table's rows with no estimates: column numbers, standard errors, controls, model statistics (qa189)
    ("（1）   （2）   （3）", True), ("（0.021）   （0.019）   （0.020）", True), ("城市固定效应   是   是   否", True),
    ("N   8620   8620   8315", True), ("R²   0.218   0.247   0.251", True), ("Adj. R²   0.21   0.24", True),
    ("（一） （二） 加强领导", False), ("Nanjing 210023 China", False),
])
def test_is_table_row(line, row):
    assert is_table_row(line) == row


def test_the_entries_of_a_table_of_contents_are_blocks_of_their_own():
    """Entries as wide as the column (dot leaders fill them) ending with a page number: not wrapped text."""
    toc = ["第一章 发展基础 …………………………………… 1", "第二章 总体要求 …………………………………… 3",
           "第三章 重点任务 …………………………………… 5"]
    lines = page([["目 录"], toc, wrapped(P1, 22)]).split("\n")
    assert [b.text for b in blocks(lines)] == ["目 录", *toc, P1]


def test_an_issuing_body_over_a_date_is_a_line_of_its_own():
    """A plan's cover in one-paragraph-per-line text: the issuer under the title is no rest of it."""
    lines = ["滨江市综合交通运输发展规划", "滨江市人民政府办公室", "2026年2月", "第一章 发展现状", P1, P2, P1, P2]
    assert texts(lines)[:3] == lines[:3]

@pytest.mark.parametrize("body", [
    "水利部",                                # a ministry that reads as a surname and a name (水 + 利部)
    "应急管理部",                            # a ministry whose name a title line could run on into
    "滨海省人民政府办公厅",
    "国家发展改革委　自然资源部",            # two bodies issuing it together
])
@pytest.mark.parametrize("gap", ["", None])
def test_an_issuing_body_under_a_plans_title_is_a_line_of_its_own_and_no_byline(body, gap):
    """A plan's issuing body on its own line under the title, no date under it (qa61): neither the title's last line
    nor a byline."""
    lines = [x for x in ["某某领域安全生产", "三年行动方案", gap, body, gap, *wrapped(P1, 24), "", *wrapped(P2, 24)]
             if x is not None]
    page_ = Page.of(lines)
    assert body.replace(" ", "") in texts(lines)
    assert page_.texts.index(body) not in page_.bylines


@pytest.mark.parametrize("line, matches", [
    ("商务部", True),
    ("国家粮食和物资储备局", True),
    ("中共某某市委　某某市人民政府", True),
    ("本报评论部", False),                       # a newsroom's desk signs as author
    ("经济日报编辑部", False),
    ("某某研究院课题组", False),
    ("（二）商务部", False),                     # a marked heading
    ("推进跨部门数据共享", False),
    ("形成全面开放新格局", False),               # a title's last line: words that name no body
    ("关心关爱基层干部", False),
    ("统筹谋划周密部署", False),
    ("市委常委", False),                        # a person's office
    ("某某市社会科学院农村发展研究所", True),     # a think-tank's research unit (qa80)
    ("某某省发展研究中心", True),
    ("某某出版社", False),                        # a press still signs as author
])
def test_issuing_body_line_pattern(line, matches):
    assert bool(P.ISSUING_BODY_LINE.match(line)) == matches


def test_a_body_ending_a_wrapped_line_of_text_is_no_line_of_its_own():
    """A line of wrapped text that ends with a body's name (…归集工作由市数据局 / 牵头…) fills its column."""
    para = ["各地要健全公共数据共享协调机制，加快推进",
            "重点领域数据归集治理工作统一交由市数据局",
            "牵头负责，各有关部门按照职责抓好落实。"]
    lines = [*wrapped(P1, 20), *para, *wrapped(P2, 20)]
    assert "".join(para) in texts(lines)


# ---- the per-line facts, computed for all lines at once, agree with the rules they stand for ----

LINES = ["数字 2025 年", "Hello world", "推进城乡融合发展，", "发展。”", "（作者系某某大学教授）", "）", "”",
         "为什么？", "A 强基础", "１２３", "■要坚持", "一、总体要求", "2024年1月18日", "（2024年1月18日）",
         "第三章 总则", "表1：主要指标", "来源：新华社", "⑤ 加强", "?（一）", "# 标题", "**加粗**", "x", "…"]


def seed_documents() -> list[tuple[str, ...]]:
    """The normalised lines of each seed document."""
    return [normalized_document(raw(path.read_text(encoding="utf-8"), path.name)).lines
            for path in sorted(SEEDS.iterdir())]


def seed_lines() -> list[str]:
    return [t.strip() for lines in seed_documents() for t in lines if t.strip()]


def test_display_widths_are_display_width_of_each_line():
    assert display_widths(LINES, "\n".join(LINES)) == [display_width(t) for t in LINES]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 120).map(lambda n: n / 2), max_size=40))
def test_column_widths_are_the_upper_quartile_of_each_window(widths):
    windows = [sorted(widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]) for i in range(len(widths))]
    assert column_widths(widths) == [w[(len(w) * 3) // 4] for w in windows]


@pytest.mark.parametrize("line, ends", [
    ("发展。", True), ("发展。”", True), ("为什么？）】", True), ("OK!", True), ("然后…", True), ("发展；", True),
    ("发展，", False), ("发展", False), ("）", False), ("。好", False), ("”。", True), ("1.", False),
    # a sentence, then a bracketed aside: a short commentary's signature, a credit
    ("心坎上。（江 帆）", True), ("无处藏身。（资料图片）", True), ("详见（附件）", False), ("如下（一）", False),
    # (qa68) a straight double quote closing a sentence, as a half-width export keeps it; a quoted term does not end one
    ('利润很薄。"', True), ('怎么办？"', True), ('所谓"放管服', False), ('叫作"数据贷"', False),
])
def test_sentence_ends(line, ends):
    assert sentence_ends([line], line[-1]) == [ends]


def test_sentence_ends_of_many_lines_are_those_of_each_line():
    lines = [*LINES, *seed_lines()]
    assert sentence_ends(lines, edge_characters(lines)[1]) == [sentence_ends([t], t[-1])[0] for t in lines]


def first_characters(items) -> tuple[set[str], set, bool]:
    """(characters, categories, may match empty) a parsed regex can start a match with."""
    from re import _constants as c
    chars, categories = set(), set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                                       # zero width: the next item decides
        if op is c.LITERAL:
            return chars | {chr(av)}, categories, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    assert kind is c.CATEGORY, kind
                    categories.add(value)
            return chars, categories, False
        if op is c.BRANCH:
            parts = [first_characters(alternative) for alternative in av[1]]
        elif op is c.SUBPATTERN:
            parts = [first_characters(av[3])]
        else:
            assert op in (c.MAX_REPEAT, c.MIN_REPEAT), op
            parts = [first_characters(av[2])]
            parts.append((set(), set(), av[0] == 0))
        for more_chars, more_categories, _ in parts:
            chars |= more_chars
            categories |= more_categories
        if not any(empty for *_, empty in parts):
            return chars, categories, False
    return chars, categories, True


@pytest.mark.parametrize("pattern", [P.BLOCK_START, P.DATE_ONLY_LINE, P.PAGE_HEAD_LINE])
def test_line_opener_initial_has_every_first_character_of_the_patterns(pattern):
    """block_starts tries BLOCK_START, DATE_ONLY_LINE and PAGE_HEAD_LINE only on lines LINE_OPENER_INITIAL matches."""
    from re import _constants as c, _parser
    chars, categories, empty = first_characters(_parser.parse(pattern.pattern))
    assert not empty
    assert [ch for ch in sorted(chars) if not P.LINE_OPENER_INITIAL.match(ch)] == []
    # a line is stripped, so it never starts with a space; every digit must be let through
    assert categories <= {c.CATEGORY_DIGIT, c.CATEGORY_SPACE}
    assert all(P.LINE_OPENER_INITIAL.match(d) for d in "09٣９")


def test_toolbar_initials_are_every_first_character_of_toolbar_line():
    """is_nav_bar tries TOOLBAR_LINE only on lines opening with a TOOLBAR_INITIALS character."""
    from re import _parser
    chars, categories, empty = first_characters(_parser.parse(P.TOOLBAR_LINE.pattern))
    assert not empty and not categories and P.TOOLBAR_LINE.flags == 32      # (re.UNICODE alone: no case folding)
    assert chars == set(P.TOOLBAR_INITIALS)

def matches_line_break(items) -> bool:
    """Whether any character a parsed regex consumes or looks around at may be a line break."""
    from re import _constants as c
    breaking = {c.CATEGORY_SPACE: True, c.CATEGORY_NOT_SPACE: False, c.CATEGORY_DIGIT: False,
                c.CATEGORY_NOT_DIGIT: True, c.CATEGORY_WORD: False, c.CATEGORY_NOT_WORD: True}
    for op, av in items:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            found = av == ord("\n")
        elif op is c.IN:
            negated = any(kind is c.NEGATE for kind, _ in av)
            held = any(value == ord("\n") if kind is c.LITERAL else value[0] <= ord("\n") <= value[1]
                       if kind is c.RANGE else breaking.get(value, True) if kind is c.CATEGORY else False
                       for kind, value in av)
            found = held != negated
        elif op is c.BRANCH:
            found = any(matches_line_break(alternative) for alternative in av[1])
        elif op is c.SUBPATTERN:
            found = matches_line_break(av[3])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            found = matches_line_break(av[2])
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found = matches_line_break(av[1])
        else:
            found = True                                   # (NOT_LITERAL, ANY, ...: taken as able to)
        if found:
            return True
    return False


def test_guest_list_label_line_initial_has_every_first_character_of_the_label_line():
    """reflow.guest_list_lines looks for the labels' words only on lines opening with GUEST_LIST_LABEL_LINE_INITIAL;
    a label line holds one of the words (its label), none of its characters a line break."""
    from re import _parser
    chars, categories, empty = first_characters(_parser.parse(P.GUEST_LIST_LABEL_LINE.pattern))
    assert not empty and not categories and all(P.GUEST_LIST_LABEL_LINE_INITIAL.match(ch) for ch in chars)
    assert P.GUEST_LIST_LABEL_LINE.pattern == rf"^\**{P._GUEST_LIST_LABELS}\**\s*[:：]?\**$"
    labels = spellings(_parser.parse(P._GUEST_LIST_LABELS))
    assert len(labels) > 20 and all(any(hint in label for hint in P.GUEST_LIST_LABEL_HINTS) for label in labels)


def spellings(items) -> set[str]:
    """Every string a parsed regex of literals, alternatives and optional parts matches."""
    from re import _constants as c
    found = {""}
    for op, av in items:
        if op is c.LITERAL:
            parts = {chr(av)}
        elif op is c.BRANCH:
            parts = set().union(*map(spellings, av[1]))
        elif op is c.SUBPATTERN:
            parts = spellings(av[3])
        else:
            assert op is c.MAX_REPEAT and av[:2] == (0, 1), op
            parts = {"", *spellings(av[2])}
        found = {a + b for a in found for b in parts}
    return found


def test_a_glued_signature_is_one_line():
    """reflow.glued_signature_lines matches GLUED_SIGNATURE_LINE line by line, on the lines holding a space: no part of
    it takes or looks at a line break, and it parts the names from the paper by spaces."""
    from re import _parser
    assert not matches_line_break(_parser.parse(P.GLUED_SIGNATURE_LINE.pattern))
    assert "[ 　]+" + P.GLUED_OUTLET.pattern in P.GLUED_SIGNATURE_LINE.pattern
    assert P.GLUED_SIGNATURE_LINE.pattern.startswith("^") and P.GLUED_SIGNATURE_LINE.pattern.count("[ 　]+") == 1


def test_a_journal_column_head_opens_with_its_opening():
    """reflow.journal_column_head_lines searches for JOURNAL_COLUMN_HEAD_LINE only where a line opens with
    JOURNAL_COLUMN_HEAD_OPENING: the pattern's start up to its year's first digit, no line break in it."""
    from re import _constants as c, _parser
    opening = P.JOURNAL_COLUMN_HEAD_OPENING.pattern
    assert opening.endswith(r"[ \t]+\d") and P.JOURNAL_COLUMN_HEAD_LINE.pattern.startswith("^" + opening[:-2])
    year = P.JOURNAL_COLUMN_HEAD_LINE.pattern[len(opening) - 1:]
    assert year.startswith("(?:") and first_characters(_parser.parse(year)) == (set(), {c.CATEGORY_DIGIT}, False)
    assert not matches_line_break(_parser.parse(opening))


def test_block_starts_and_bylines_are_those_of_each_line():
    lines = [*LINES, *seed_lines(), "张丽丝 光明日报", "作者:吴维海,国合华夏城市规划研究院院长", "文丨赵六",
             "□ 本报记者 王五", "张传伟/文 成都青白江公安供图", "市长  王建华", "本报记者 张三 通讯员 李四",
             "4 评论 2025年4月16日 星期三"]
    firsts, lasts = edge_characters(lines)
    opening = {k for k, t in enumerate(lines)
               if P.BLOCK_START.match(t) or P.DATE_ONLY_LINE.match(t) or P.PAGE_HEAD_LINE.match(t)}
    assert block_starts(lines, firsts) == opening
    found = bylines_among(lines, firsts, lasts)
    assert [found.get(k) for k in range(len(lines))] == list(map(byline, lines))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([P1, P2, P4, P6, "县域经济高质量发展", "王晓明 人民日报", "（作者系某某大学教授）",
                                 "■要坚持把发展经济的着力点放在实体经济上", "一、总体要求", "A 强基础"]),
                min_size=1, max_size=8),
       st.integers(8, 36), st.booleans())
def test_surely_joined_lines_are_joined_in_any_block(paragraphs, width, blanks):
    doc = Page.of(page([wrapped(p, width) for p in paragraphs], blanks).split("\n"))
    for b, sure in enumerate(doc.sure[:len(doc.texts)]):
        if sure:
            assert all(joins(doc, b - 1, start, False, doc.widths[start]) for start in range(b))


def test_surely_joined_lines_of_the_seeds_are_joined():
    for lines in seed_documents():
        doc = Page.of(lines)
        sure = [b for b, s in enumerate(doc.sure[:len(doc.texts)]) if s]
        assert all(joins(doc, b - 1, start, False, doc.widths[start]) for b in sure for start in (0, b - 1))


@settings(max_examples=200, deadline=None)
@given(st.from_regex(P.HEADING_LINE))
def test_a_marked_heading_line_is_a_block_opener(line):
    """surely_joined and joins rely on it: a line that opens no block is no marked heading either."""
    assert P.BLOCK_START.match(line)


def test_byline_label_initials_are_the_first_characters_of_a_labelled_byline():
    from re import _parser
    chars, categories, empty = first_characters(_parser.parse(P.LABELLED_BYLINE.pattern))
    assert chars <= set(P.BYLINE_LABEL_INITIALS) and not categories and not empty


def test_byline_clause_initial_has_every_first_character_of_a_labelled_or_digest_byline():
    from re import _parser
    for pattern in (P.LABELLED_BYLINE, P.DIGEST_BYLINE, P.BULLETED_SIGNATURE):
        chars, categories, empty = first_characters(_parser.parse(pattern.pattern))
        assert all(P.BYLINE_CLAUSE_INITIAL.match(ch) for ch in chars) and not categories and not empty
    assert set(P.DIGEST_BYLINE_INITIALS) <= first_characters(_parser.parse(P.DIGEST_BYLINE.pattern))[0]


def test_byline_opening_initial_has_every_first_character_of_a_byline_opening():
    from re import _parser
    chars, categories, empty = first_characters(_parser.parse(P.BYLINE_OPENING.pattern))
    assert chars <= set(P.BYLINE_OPENING_INITIALS) and not categories and not empty


# Every pattern byline() accepts a line by, with the bullet it may have in front.
BYLINE_SHAPES = [P.NAME_LINE, P.NAMES_WITH_ASIDES, P.ORG_AUTHOR, P.ROLE_BYLINE, P.OFFICE_BYLINE, P.LABELLED_BYLINE,
                 P.SLASH_WEN_BYLINE, P.DIGEST_BYLINE, P.OUTLET_SLASH_BYLINE, P.OUTLET_NAMES_LINE]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "□ ", "■", "◎"]),
                          st.one_of(*(st.from_regex(pattern) for pattern in BYLINE_SHAPES))), min_size=1, max_size=6))
def test_bylines_among_finds_every_byline(shapes):
    """bylines_among asks byline() only about some lines: it must miss none that byline() accepts."""
    lines = [t for bullet, line in shapes if "\n" not in line and (t := (bullet + line).strip())]
    firsts, lasts = edge_characters(lines)
    found = bylines_among(lines, firsts, lasts)
    assert [found.get(k) for k in range(len(lines))] == list(map(byline, lines))


LINE_PIECES = ["发展", "（", "）", "【", "】", "(", ")", "。", "，", "a", "Z", "7", " ", "数字 2025 年", "■"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LINE_PIECES), min_size=1, max_size=6).map("".join), min_size=1, max_size=30))
def test_bracket_balances_and_latin_breaks_are_those_of_each_line(lines):
    """Both ways bracket_balances counts (text dense with brackets, or not) agree with bracket_balance,
    and has_latin_breaks with LATIN_LINE_BREAK."""
    text = "\n".join(lines)
    assert bracket_balances(lines, text) == list(map(bracket_balance, lines))
    assert has_latin_breaks(*edge_characters(lines)) == bool(P.LATIN_LINE_BREAK.search(text))


@pytest.mark.parametrize("lines", [
    ["（作者系某某大学教授）", "发展（一）【注】", "）】", "推进"],         # dense: counted line by line
    ["推进"] * 20 + ["（作者系", "某某大学教授）", "】"] + ["发展"] * 20,   # sparse: found by str.find
])
def test_bracket_balances_both_ways(lines):
    text = "\n".join(lines)
    assert (text.count("（") > 0.25 * len(lines)) == (len(lines) == 4)
    assert bracket_balances(lines, text) == list(map(bracket_balance, lines))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["发展", "", " ", "\u3000", "\t", " 数字 2025 年", "推进。 ", "■要"]),
                max_size=12))
def test_non_blank_lines_are_the_stripped_lines_that_are_not_empty(lines):
    texts, line_nos, firsts, lasts = non_blank_lines(lines)
    stripped = [t.strip() for t in lines]
    assert texts == [t for t in stripped if t] and line_nos == [k for k, t in enumerate(stripped) if t]
    assert (firsts, lasts) == ("".join(t[0] for t in texts), "".join(t[-1] for t in texts))


def test_lines_at_counts_the_newlines_before_each_offset():
    text = "ab\n\ncd\ne"
    assert list(lines_at(text, [0, 1, 2, 3, 4, 6, 7])) == [0, 0, 0, 1, 2, 2, 3]


def test_pull_quotes_and_bylines_of_the_blocks_of_the_seeds():
    """Page.quotes are the PULL_QUOTE lines; only a one-line block carries a byline (a byline line never
    continues into the next)."""
    for lines in seed_documents():
        doc = Page.of(lines)
        assert doc.quotes == {k for k, t in enumerate(doc.texts) if P.PULL_QUOTE.match(t)}
        assert all(b.byline is None or b.n_lines == 1 for b in blocks(lines))


@pytest.mark.parametrize("head", ["4 评论 2025年4月16日 星期三", "2025年4月16日 星期三 第4版 要闻", "A4 要闻 2025年4月16日 周三",
                                  "光明日报 2025年8月14日 02版", "2025年8月14日 第4版 要闻",   # a marked page number, no weekday
                                  "7 2026年2月10日 星期二 理论周刊",    # the column after the date
                                  "学习时报 2026年1月12日 星期一 A3", "观点 南方日报 2026年1月15日 星期四 A06",
                                  "财经焦点中华民国114年10月21日／星期二",    # the column first, the Republic's years
                                  "中华民国114年10月21日 星期二 A5 财经",
                                  "3 社论·来论 2026年6月2日 星期二",    # two column words joined by a middle dot (qa44)
                                  "东岭日报 2026年5月7日 星期四 第3版 · 评论",   # the column set off by a dot (qa53)
                                  "南江晚报 2026年5月7日 星期四 A5｜观点"])      # ... or by a bar
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_pages_running_head_is_a_block_of_its_own_not_a_line_of_the_title(head, blank_after_every_line):
    text = page([[head, "以更大力度稳就业惠民生", "本报评论员"], wrapped(P1, 24), wrapped(P2, 24)], blank_after_every_line)
    assert [b.text for b in blocks(normalized_document(raw(text)).lines)][:2] == [head, "以更大力度稳就业惠民生"]


@pytest.mark.parametrize("credit, caption", [
    ("11月3日，市民在滨江公园健步。 本报记者 龚 鑫 摄", True),      # a caption ending with its credit
    ("图为港口集装箱码头。 新华社记者 李博 摄", True),
    ("沿江各地加快推进生态修复。全市已完成航拍摄", False),          # text that merely ends with 摄
    ("图为工作人员走访辖区群众。 陈静远 摄", True),                  # the photographer's name alone
    ("游客在古村落参观游览。 龙 涛 摄", True),
    ("沿江各地加快推进生态修复。组织专业团队拍摄", False),
    ("游客在古村落参观游览。 龙 涛摄", True),                    # a letter-spaced name run into 摄 (qa256)
])
def test_a_photo_caption_ending_with_its_credit_closes_its_block(credit, caption):
    lines = page([wrapped(P1, 20), [credit], wrapped(P2, 20)], blank_after_every_line=True).split("\n")
    found = texts(lines)
    assert (credit.replace(" ", "") in found) == caption


@pytest.mark.parametrize("dateline, own_block", [
    ("江北省社会科学院　　　　　　2025年6月16日", True),    # a brief's masthead: publisher, gap, date
    ("国研网 2024-09-03", True),
    ("2025年第7期（总第39期）　　　　　2025年7月8日", True),   # the issue's number in the publisher's place
    ("主办单位：南江大学区域发展研究院　　　　2025年6月16日", True),   # the publisher under its label (qa80)
    ("编印：某某市社会科学院　　　　2025年6月16日", True),
    ("审议通过实施方案并于2025年6月16日", False),            # a line of text that ends with a date: no gap
])
def test_a_mastheads_publisher_and_date_line_is_a_block_of_its_own(dateline, own_block):
    # The issue line over it, the date line and the title's first line under it are not one block.
    text = page([["决 策 参 考", "2025年第14期（总第231期）", dateline], [""],
                 ["关于以“人工智能+”行动推动", "全省制造业智能化升级的对策建议"], wrapped(P1, 30), wrapped(P2, 30)])
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert (" ".join(dateline.split()) in found) == own_block
    assert "关于以“人工智能+”行动推动" in found or not own_block


def test_a_briefs_title_on_two_lines_under_its_masthead_is_one_title():
    text = page([["决 策 参 考", "2025年第14期（总第231期）", "江北省社会科学院　　　　　　2025年6月16日"], [""],
                 ["关于以“人工智能+”行动推动", "全省制造业智能化升级的对策建议", "江北省社会科学院产业经济研究所课题组"], [""],
                 wrapped(P1, 30), wrapped(P2, 30)])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("关于以“人工智能+”行动推动全省制造业智能化升级的对策建议", ["江北省社会科学院产业经济研究所课题组"])]


def test_a_briefs_issue_and_date_line_over_its_title_is_no_line_of_the_title():
    # The masthead's lines are as short as the title's, and the team's byline (研究团队：…) closes the head.
    text = page([["南江大学区域发展研究院"], [""], ["政策简报"], [""], ["2025年第7期（总第39期）　　　　　2025年7月8日"], [""],
                 ["老旧厂房改造利用的难点与对策"], [""], ["研究团队：周明轩　韩　静　罗一鸣"], [""],
                 wrapped(P1, 30), wrapped(P2, 30)])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("老旧厂房改造利用的难点与对策", ["周明轩", "韩静", "罗一鸣"])]


@pytest.mark.parametrize("cut", ["（", "("])
def test_a_line_under_a_wrap_that_cut_an_items_bracket_goes_on_with_its_paragraph(cut):
    # （1）…；（2）… run in one paragraph, hard-wrapped so that a line ends with the second marker's open bracket: the
    # line under it opens with 2）, an item's shape, but goes on with the paragraph (qa80).
    para = ["（1）县级层面，每县至少建设一所以失能照护为主的县级供养服务", "机构，统筹县域养老服务资源配置，推动设施共建共享和运营管；" + cut,
            "2）乡镇层面，推动敬老院转型为区域养老服务中心，辐射周边村", "庄。"]
    lines = page([wrapped(P1, 30), para, wrapped(P2, 30)]).split("\n")
    assert len([b for b in blocks(lines) if b.text.startswith("（1）")][0].text) == len("".join(para))


def test_the_numbered_entries_under_an_issues_contents_label_are_blocks_of_their_own():
    # 本期要目 over the issue's notes, each numbered on a line as wide as the lines around it: no entry runs on into the
    # next or into the first note's title under the list, blank line or not (qa80).
    entries = ["1.关于加快发展银发经济的几点建议", "2.以数字化转型赋能中小企业的发展"]
    lines = page([["本期要目", *entries], [""], ["关于加快发展银发经济的几点建议", "某某研究院社会发展研究所"], [""], [P1, P2]]).split("\n")
    found = [b.text for b in blocks(lines)]
    assert found[:3] == ["本期要目", *entries]


def test_the_rows_of_a_table_of_three_columns_are_blocks_of_their_own():
    rows = ["地区生产总值（亿元） 4286.5 5.6", "规上工业增加值（亿元） 1320.2 7.2", "一般公共预算收入（亿元） 312.8 4.1"]
    lines = page([wrapped(P1, 30), rows, wrapped(P2, 30)]).split("\n")
    assert [b.text for b in blocks(lines)] == [P1, *rows, P2]


@pytest.mark.parametrize(("title", "own_block"), [
    ("民意论坛／学校午餐“陪餐”不能只是走过场", True),
    ("【光明时评】让每一位老人都能吃上热乎饭", True),
    ("「观点」让每一位老人都能吃上热乎可口的饭菜", True),   # a column's name in corner brackets (qa109)
    ("东川市／西川市两地联合开展了专项检查工", False),    # a line of text that only opens with a slash
])
def test_a_title_led_by_its_columns_name_is_a_block_of_its_own_though_nearly_as_wide_as_the_text(title, own_block):
    body = wrapped(P1 + P2, 24)
    lines = ["6 2025年9月24日 星期三 时评", "", title, *body]
    if not own_block:       # the slash line inside a paragraph: after a line that ends no sentence
        lines = ["6 2025年9月24日 星期三 时评", "", *body[:2], title, *body[2:]]
    found = texts(lines)
    assert (title in found) == own_block


def test_a_labelled_paragraph_in_lenticular_brackets_under_a_blank_line_still_wraps():
    lines = ["【内容提要】人工智能正加速向制造业研发设计、生产制造、经营管理等环节渗", "透。课题组对全省156家规上制造企业开展问卷调查和实地调研。", "",
             *wrapped(P1, 30)]
    assert texts(lines)[0] == "【内容提要】人工智能正加速向制造业研发设计、生产制造、经营管理等环节渗透。课题组对全省156家规上制造企业开展问卷调查和实地调研。"


@pytest.mark.parametrize("profile", [
    "*嘉宾简介：钟岚，北陵大学旅游管理学院院长、教授，长期从事冰雪旅游与区域经济研究。*",
    "**本文系省社科基金重点项目“县域数据要素市场培育研究”的阶段性成果。**",
])
def test_an_emphasised_sentence_in_markdown_ends_its_paragraph(profile):
    # A Markdown line in *…* or **…** still holds its marks when reflow reads it: the sentence ends before
    # them, and the paragraph under it (a blank line after every line: blanks part no blocks) stays its own.
    text = f"# 让冷资源变成热经济\n\n{profile}\n\n{P1}\n\n{P2}\n"
    body = [p["text"] for p in tables(text, "doc.md")["paragraphs"]]
    assert P1 in body and P2 in body


def test_a_line_wholly_in_latin_script_under_a_chinese_title_is_a_block_of_its_own():
    # One paragraph a line: the English title, a little shorter than the Chinese one, would pass for its wrapped end.
    second = "An Assessment of Transitional Housing Policy in Hong Kong"
    lines = ["香港过渡性房屋政策的成效与局限：基于轮候家庭的调查", second, "梁嘉欣", P1, P2]
    assert second.replace(" ", "") in texts(lines)


def test_a_wrapped_line_that_opens_with_a_latin_word_still_continues_the_chinese_line_over_it():
    lines = ["本文利用中国家庭金融调查两期数据，采用双重差分模型估计普惠金融", "CHFS 样本中农户创业的影响，并进行了多项稳健性检验。"]
    assert texts(lines) == ["".join(lines).replace(" ", "")]


@pytest.mark.parametrize("head", [
    "年份 受理事件（万件） 按期办结率（%） 群众满意度（%）",     # a head row of words over rows of numbers only
    None,
])
def test_the_rows_of_a_table_of_numbers_only_and_its_head_row_are_blocks_of_their_own(head):
    rows = ["2019 1286 92.3 90.1", "2021 1742 95.6 93.4", "2023 2035 97.8 95.2"]
    heads = [head] if head else []
    lines = [*wrapped(P1, 30), "表1 2019—2023年基层治理平台运行情况", *heads, *rows, *wrapped(P2, 30)]
    assert texts(lines)[1:] == ["表12019—2023年基层治理平台运行情况", *[h.replace(" ", "") for h in heads],
                                *[r.replace(" ", "") for r in rows], P2]


def test_a_line_of_an_english_reference_is_no_row_of_numbers():
    assert not is_table_row("Housing Studies 29 597 615") and is_table_row("2019 1286 92.3 90.1")


@pytest.mark.parametrize("caption", ["表1 2024年主要经济指标完成情况", "图2 全市新能源汽车产量变化"])
def test_a_captions_line_under_a_paragraph_ending_in_a_colon_is_a_block_of_its_own(caption):
    lines = [*wrapped(P1[:-1] + "。主要指标完成情况如下：", 30), caption, *wrapped(P2, 30)]
    assert caption.replace(" ", "") in texts(lines)


def test_a_wrapped_line_that_opens_by_citing_a_table_goes_on_as_text():
    lines = ["全年地区生产总值和规上工业增加值增速均高于预期，", "表1显示的各项指标均已完成年度目标任务。"]
    assert texts(lines) == ["".join(lines)]


@pytest.mark.parametrize("label", ["**嘉宾**:", "**本期嘉宾**", "与谈人:"])
def test_a_guest_list_one_guest_a_line_is_not_joined_where_a_blank_line_follows_every_line(label):
    # (the short lines of like width read as a narrow column that the first guest's line fills)
    guests = ["杜若衡 省人力资源研究院副院长", "包晓雯 南湖大学法学院教授", "祁振 市快递行业协会秘书长"]
    text = "\n\n".join(["# 三人谈 | 新就业形态劳动者权益保障如何“补位”", "新南方日报 2025-08-19 08:00",
                       "**编者按:**外卖骑手、网约车司机、网络主播……新就业形态劳动者已成为我国劳动者队伍的重要组成部分。"
                       "本期“三人谈”邀请三位嘉宾展开讨论。", "**主持人**:本报记者 岳明", label, *guests,
                       "## 劳动关系认定仍是难点", "**主持人**:新就业形态劳动者权益保障,首先绕不开劳动关系认定问题。现在的难点在哪里?"])
    found = [b.text for b in blocks(normalized_document(raw(text, "doc.md")).lines)]
    assert all(guest in found for guest in guests)


@pytest.mark.parametrize("end", ["：", ":"])
def test_a_short_line_ending_a_clause_under_a_full_line_goes_on_with_its_sentence(end):
    """A rules article wraps onto a short line that opens a list (…可以 / 按照规定办理临时用地手续：) among the
    list's short items, where the column is no regular one: the short line ends a clause, so it is the
    full line's sentence going on, not a heading."""
    lines = [*wrapped(P1, 26), "第五条　鼓励社会资本投资建设公共停车场。利用下列土地建设公共停车场的，可以",
             f"按照规定办理临时用地手续{end}", "（一）城市道路两侧、桥下等空间；", "（二）储备土地和暂时闲置的建设用地；",
             "（三）公园、广场等公共设施的地下空间。", "第六条　经营公共停车场的，应当遵守下列规定：",
             "（一）在出入口显著位置公示收费标准、服务时间和监督电话；", "（二）按照规定配置照明、消防、监控等设施；"]
    assert texts(lines)[1] == f"第五条　鼓励社会资本投资建设公共停车场。利用下列土地建设公共停车场的，可以按照规定办理临时用地手续{end}"


@pytest.mark.parametrize("masthead", ["香港社会科学学报 第62期（2025年春/夏季） 页88-112", "香港社会科学学报 第62期",
                                      "公共行政学报 2024年第3期 第45-68页"])
def test_a_journal_masthead_without_title_marks_is_a_block_of_its_own(masthead):
    """An unbracketed journal name and its issue (and pages) over a title wrapped onto a second line (qa37)."""
    lines = [masthead, "香港公营房屋轮候时间的结构性成因", "及政策回应"]
    assert texts(lines)[0] == masthead.replace(" ", "")


@pytest.mark.parametrize("masthead", ["东岭社会福利学刊，第21卷第2期（2026年6月），页41-68", "东岭社会福利学刊 第21卷第2期，页41-68",
                                      "东岭社会福利学刊，第21卷第2期，2026年6月，页41-68",
                                      "东岭社会福利学刊，第21卷第2期，2026年6月"])       # (ending with the month)
def test_a_journal_masthead_with_its_parts_apart_by_commas_is_a_block_of_its_own(masthead):
    """A journal's masthead written as the paper is cited, its parts apart by commas (qa121)."""
    lines = [masthead, "社区整体照顾服务体系的整合困境与制度调适：", "以东岭市为例"]
    assert texts(lines)[0] == masthead.replace(" ", "")


OFFICIAL_TITLE = ["南岭市人民政府办公室关于做好2026年", "城乡供水安全保障工作的通知"]
ADDRESSEES = ["各区、县人民政府，市直各单位：", "　　为切实保障城乡居民饮水安全，经市人民政府同意，现就有关事项"]


@pytest.mark.parametrize("masthead, gap, want", [
    # the masthead, a blank line, the title wrapped: no 文号 line between them, the masthead still a line of its own
    ("南岭市人民政府办公室文件", [""], ["南岭市人民政府办公室文件", "".join(OFFICIAL_TITLE)]),
    ("南岭市人民政府办公室文件", [], ["南岭市人民政府办公室文件", "".join(OFFICIAL_TITLE)]),
    ("南岭市财政局 南岭市水务局文件", [""], ["南岭市财政局南岭市水务局文件", "".join(OFFICIAL_TITLE)]),
])
def test_an_official_masthead_over_a_wrapped_title_is_a_block_of_its_own(masthead, gap, want):
    """A red masthead (bodies, then 文件) right over the title where no 文号 line parts them ran into the title's first
    line (qa194)."""
    assert texts([masthead, *gap, *OFFICIAL_TITLE, "", *ADDRESSEES])[:2] == want


@pytest.mark.parametrize("lines, want", [
    (["南岭市人民政府办公室文件", *OFFICIAL_TITLE], {0}),
    (["首页 > 政策文件", "南岭市人民政府办公室文件", *OFFICIAL_TITLE], {1}),
    # under a sentence already ended: a line of text, whatever it names
    (["各地要认真执行上级部署。", "南岭市人民政府办公室文件", *OFFICIAL_TITLE], set()),
    # a title naming a document (关于转发…文件) is no masthead
    (["关于转发省人民政府办公厅文件", "的通知"], set()),
])
def test_an_official_masthead_is_known_at_the_documents_head_only(lines, want):
    ends = [t.endswith("。") for t in lines]
    assert head_masthead_lines(lines, "".join(t[-1] for t in lines), ends) == want


@pytest.mark.parametrize("line", ["本研究，第2期调查显示", "农村研究 第2期，我们发现", "东岭学刊，第3期刊发了这组文章"])
def test_a_line_going_on_after_an_issue_number_and_a_comma_is_no_masthead(line):
    assert not is_spaced_masthead(line)


def test_a_heading_ending_with_an_issue_number_is_no_masthead():
    lines = ["本期研究聚焦第62期", "香港公营房屋轮候时间的结构性成因"]
    assert not P.SPACED_MASTHEAD_LINE.match(lines[0]) and not P.SPACED_MASTHEAD_LINE.match("关于加快发展的研究")


@pytest.mark.parametrize("row, is_row", [
    ("2020 15,000 7,800 22,800", True),      # counts grouped by thousands (qa37)
    ("2024 12,600 6,900 19,500.5", True),
    ("收回单位 7,800 6,900 6,500 7,100", True),
    ("2020 15,000 7,800", False),            # three cells: no TABLE_ROW
])
def test_a_row_of_counts_grouped_by_thousands_is_a_table_row(row, is_row):
    assert is_table_row(row) is is_row


@pytest.mark.parametrize("note, n_blocks", [
    ("* 黄嘉欣，香港城市大学公共及国际事务学系副教授。", 2),     # a starred note on the author (qa37)
    ("黄嘉欣，香港城市大学公共及国际事务学系副教授。", 1),       # unstarred, it goes on with the line over it
])
def test_a_starred_note_under_a_keywords_line_opens_a_block(note, n_blocks):
    assert len(texts(["关键字：公营房屋；轮候时间；土地供应；房屋政策", note])) == n_blocks


@pytest.mark.parametrize("line, opens", [
    ("第一、以片区开发模式加快土地供应。政府可将较大面积的用地连同基建一并批出。", True),   # an item (qa37)
    ("第十二、完善考核评价机制。", True),
    ("第一、二产业融合发展的新路径，需要各方共同推进。", False),   # 第一、二: two ordinals, no item
    ("第一、第二产业增加值分别增长3.1%和5.6%。", False),
])
def test_an_item_numbered_di_yi_opens_a_block(line, opens):
    """Under a lead that ends with a colon (…本研究提出以下建议：), which ends no sentence, the first item must not
    run on into the lead's paragraph."""
    assert bool(P.BLOCK_START.match(line)) is opens


def pdf_lines(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs wrapped flush at `width`, a blank line after every line (the PDF layout)."""
    return [x for p in paragraphs for line in wrapped(p, width, 0) for x in (line, "")]


@pytest.mark.parametrize("dense_width", [18, 20, 22])
def test_a_dense_stretch_on_a_pdf_layout_page_is_wrapped_text(dense_width):
    """A page in the PDF layout (a blank line after every line) with a column set without them (qa35): the dense
    column's lines are wrapped text, joined into its paragraphs as on a page without blank lines, not each a title
    set tight over the next; a title set after the text above it stays apart, and so does the next title (its
    byline glued to it) right over the dense column."""
    pdf = [P1, P2, P3, P4, P5, P6, P1, P2]
    dense = [line for p in (P4, P5) for line in wrapped(p, dense_width, 0)]
    lines = ["县域商业体系建设", "", *pdf_lines(pdf, 21), *dense, "",
             "冷链物流补齐", "农产品上行短板", "", "宋佳怡推动县域商业提质升级", *dense, ""]
    assert texts(lines) == ["县域商业体系建设", *pdf, P4, P5, "冷链物流补齐", "农产品上行短板", "宋佳怡推动县域商业提质升级",
                            P4, P5]


def spaced(line: str) -> str:
    return " ".join(line)


@pytest.mark.parametrize("first, body, expected", [
    # a title short of its column (not by SHORT_SHARE) over a commentary set letter-spaced stays apart
    ("莫让“快进键”变成“重复键”", P2, ["莫让“快进键”变成“重复键”", P2]),
    # a paragraph's first line set unspaced, a clause in it, runs on into the spaced lines (the spacing changes)
    (P2[:20], P2[20:], [P2]),
    # ... and so does one that holds a sentence's end (one paragraph's lead, then its item)
    (P3[:16], P3[16:], [P3]),
])
def test_a_title_over_a_letter_spaced_column_is_a_line_of_its_own(first, body, expected):
    lines = [*pdf_lines([P1, P4], 20), "短评", first, "",
             *[x for line in wrapped(body, 16, 0) for x in (spaced(line), "")]]
    assert texts(lines) == [P1, P4, "短评", *expected]


# ---- qa39: boxes set apart from the articles of a narrow-column theory page

BOX = "截至2025年底，全省农村网络零售额达到1860亿元，同比增长12.4%；建成数字农业应用基地320个，农产品质量安全追溯覆盖率超过85%。"


@pytest.mark.parametrize("box_width", [12, 13, 14])
def test_a_box_set_a_little_narrower_than_the_text_around_it_is_one_paragraph(box_width):
    lines = [*hung(P1, 18), *hung(P2, 18), "数读", *hung(BOX, box_width), *hung(P4, 19), *hung(P6, 19)]
    found = texts(lines)
    assert found[found.index("数读") + 1:][:2] == [BOX, P4]


def test_a_heading_and_letter_spaced_text_under_it_are_no_narrow_box():
    spaced = [" ".join(line) for line in hung(P2, 14)]
    lines = [*hung(P1, 24), "建好用好一站式便民服务平台", *spaced, *hung(P4, 24)]
    assert texts(lines)[1] == "建好用好一站式便民服务平台"


def test_the_first_line_of_a_boxs_paragraph_under_its_label_is_no_second_heading_line():
    box = "2025年，全省林下经济经营面积达到2300万亩，总产值突破900亿元，带动农户就业超过150万人。"
    lines = [*hung(P1, 16), "数说林下经济", *hung(box, 11), *hung(P4, 20)]
    assert texts(lines) == [P1, "数说林下经济", box, P4]


TWO_LINE_HEADINGS = [["稳面积", "守牢粮食生产的耕地底盘"], ["提收益", "健全种粮农民收益保障机制"]]


@pytest.mark.parametrize("quote, tail", [
    # the quote's last line fills its column: the short line under it opens the two-line heading
    (["■稳定种粮收益是调动农民", "种粮积极性的关键，要让", "农民种粮不吃亏、有钱赚"], ""),
    # a quote's last character or two (贱 / 卖) are the quote's, whatever follows
    (["■发展集体经济既要积极", "也要稳妥，坚决防止集体", "资产被侵占、挪用和贱"], "卖"),
])
def test_a_pull_quote_whose_last_line_fills_its_column_leaves_the_two_line_heading_under_it(quote, tail):
    heading = TWO_LINE_HEADINGS[1]
    lines = [*TWO_LINE_HEADINGS[0], *hung(P1, 18), *hung(P2, 18), *quote, *([tail] if tail else []), *heading,
             *hung(P4, 18)]
    found = texts(lines)
    assert "".join(quote) + tail in found
    assert heading[0] in found and heading[1] in found


def test_a_pull_quotes_last_words_over_a_one_line_heading_stay_the_quotes_on_a_page_of_two_line_headings():
    quote = ["■要让数据多跑路群", "众少跑腿，让基层", "干部从填表报数中", "解脱出来"]
    lines = [*TWO_LINE_HEADINGS[0], *hung(P1, 18), *quote, "现实意义", *hung(P4, 18)]
    found = texts(lines)
    assert "".join(quote) in found and "现实意义" in found


@pytest.mark.parametrize("line", ["西江省商务厅 韦明哲", "临川市生态环境局 邱若岚", "西江省农业农村厅 韦明哲 邱 岚"])
def test_a_byline_naming_a_government_department_before_the_name_is_read_among_the_lines(line):
    """(qa91) The department's last word (厅, 局) is no BYLINE_WORD: bylines_among asks byline() about the line for it."""
    found = Page.of(["农村寄递物流要畅通", line, *hung(P1, 18), *hung(P2, 18)]).bylines
    assert 1 in found and found[1].authors == byline(line).authors


DEEP_FIRST = "县域商业体系是畅通城乡经济循环的重要载体，要完善县乡村三级物流配送网络，推动商贸流通企业向农村延伸服务网点。"


@pytest.mark.parametrize("title", ["推动县域商业体系向乡村延伸", "让县域商业体系更好惠及民生"])
def test_a_title_under_a_signature_over_a_first_line_indented_deeper_than_the_pages_stands_apart(title):
    """(qa91) Under the bare name signing the text above, a title 13 of 18 over a paragraph whose first line is 14 of
    18: a line short of the column that ends no sentence opens its paragraph, so the line over it is its title."""
    paragraph = [DEEP_FIRST[:14], *wrapped(DEEP_FIRST[14:], 18, 0)]
    lines = [*wrapped(P1, 18), *wrapped(P2, 18), "邱若岚", title, *paragraph, *wrapped(P4, 18)]
    found = texts(lines)
    assert found[-4:] == ["邱若岚", title, DEEP_FIRST, P4]


def test_a_short_first_line_under_a_signature_that_ends_a_sentence_is_no_title():
    lines = [*wrapped(P1, 18), "邱若岚", "加快健全县域商业体系。", *wrapped(P4, 18)]
    assert texts(lines)[-2:] == ["加快健全县域商业体系。", P4]


WIDE_LEAD = ("发展县域富民产业，是促进农民增收的重要途径。如何让产业链条更多留在县域、让农民更多分享增值收益？本期邀请"
             "两位专家分别谈谈。")


@pytest.mark.parametrize("lead_width", [26, 28])
def test_a_paragraph_set_wider_than_the_text_around_it_is_measured_in_its_own_column(lead_width):
    """(qa91) Two full lines and a short one, 26 or 28 wide between text 20 wide: the window around them takes in the
    text, so they are measured by their own full lines."""
    lead = hung(WIDE_LEAD, lead_width)
    lines = [*hung(P1, 20), *hung(P2, 20), "邱若岚", *lead, *hung(P4, 20), *hung(P6, 20)]
    page = Page.of(lines)
    at = lines.index(lead[0])
    assert all(page.cols[k] >= lead_width - 1 for k in range(at, at + len(lead)))
    assert page.cols[at + len(lead) + 2] == 20
    assert texts(lines)[-3:] == [WIDE_LEAD, P4, P6]


PAGE_LEAD = ("数字经济是继农业经济、工业经济之后的主要经济形态。县域是承接产业转移、推动城乡融合的重要空间，用好数字技术"
             "为县域产业赋能，是推动县域经济高质量发展的必然选择。")


@pytest.mark.parametrize("lead_width", [27, 28, 29])
def test_the_indented_first_line_of_a_paragraph_right_under_a_wider_lead_opens_no_heading(lead_width):
    """(qa91) A lead set across the columns right over the text: the window of the text's first line (16 of 18)
    takes in the lead's wide lines; against the column of the lines under it, it is an indented first line."""
    lines = ["以数字经济赋能", "县域产业转型升级", "某市委党校经济学教研部 柯明远", *hung(PAGE_LEAD, lead_width),
             *wrapped(P1, 18), *wrapped(P2, 18), *wrapped(P4, 18)]
    assert texts(lines)[-4:] == [PAGE_LEAD, P1, P2, P4]


# (qa229) the text goes on unspaced in a narrower column under a paragraph set letter-spaced in a wider one, whose last
# line is short: the indented first line that holds a clause opens a paragraph; a line with no comma there may be the
# next piece's title, and under an unspaced column the window's rules stand
NARROW_TAIL = "治理之道，莫过于便民利民。只有始终把群众满意作为第一标准，基层治理才能既有力度又有温度，经得起实践检验。"


@pytest.mark.parametrize(("first", "joined"), [(NARROW_TAIL, True), ("以数字赋能县域治理" + NARROW_TAIL[5:], False)])
def test_the_indented_first_line_of_a_clause_under_a_wider_columns_paragraph_opens_no_heading(first, joined):
    lines = [*wrapped(P1, 18), *map(spaced_line, wrapped(P2, 18) + wrapped(P4, 18)), *wrapped(first, 12)]
    got = texts(lines)
    if joined:
        assert got == [P1, P2, P4, first]
    else:  # this rule leaves it (qa225's narrow-box rule may still open it as a paragraph): the paragraphs above hold
        assert got[:3] == [P1, P2, P4] and "".join(got[3:]) == first


FIRST_SENTENCE_FILLS = "推动县域产业数字化，基础在设施。要统筹布局县域算力节点，推进产业园区千兆光网全覆盖，降低企业上云用云成本。"


@pytest.mark.parametrize("indent, joined", [
    (2, True),    # an indented page: the full line under the first line is no next paragraph's (indented) first line
    (0, False),   # a flush page: a line two short that ends a sentence is a one-line paragraph, the next one flush
])
def test_a_first_line_ending_a_sentence_an_indent_short_of_the_column_goes_on_on_an_indented_page(indent, joined):
    """(qa91) 推动县域产业数字化，基础在设施。 is 16 of 18: on a page whose paragraphs open 2 in, it fills its first line."""
    if indent:
        target = wrapped(FIRST_SENTENCE_FILLS, 18, 2)
    else:       # (a one-line paragraph 16 wide, then a paragraph set flush)
        target = [FIRST_SENTENCE_FILLS[:16], *wrapped(FIRST_SENTENCE_FILLS[16:], 18, 0)]
    assert target[0] == "推动县域产业数字化，基础在设施。"
    lines = [*wrapped(P1, 18, indent), *wrapped(P2, 18, indent), *target, *wrapped(P4, 18, indent),
             *wrapped(P6, 18, indent)]
    found = texts(lines)
    assert (FIRST_SENTENCE_FILLS in found) is joined
    assert found[-2:] == [P4, P6]


# (its first line, 16 characters after the indent, hangs its comma past the edge: 17 of 18)
HUNG_MARK_PARAGRAPH = "县域冷链设施要建得起也更要转得动，需要在以下几个方面持续用力，久久为功。"


@pytest.mark.parametrize("indent, joined", [
    (2, True),    # the page's first paragraph: its full second line is no evidence of a flush page
    (0, False),   # a flush page: a one-line paragraph 16 wide, then paragraphs set flush
])
def test_a_pages_first_line_ending_a_sentence_an_indent_short_goes_on_without_paragraphs_above_it(indent, joined):
    """(qa109) The same first line as the page's first: the only first lines to weigh are under it (one of them 17 of 18,
    its comma hung past the indent), and the full line right under it, a first line only if the answer is no, is not
    one of them."""
    if indent:
        target = wrapped(FIRST_SENTENCE_FILLS, 18, 2)
    else:
        target = [FIRST_SENTENCE_FILLS[:16], *wrapped(FIRST_SENTENCE_FILLS[16:], 18, 0)]
    hanging = [HUNG_MARK_PARAGRAPH[:17], *wrapped(HUNG_MARK_PARAGRAPH[17:], 18, 0)] if indent else wrapped(
        HUNG_MARK_PARAGRAPH, 18, 0)
    lines = [*target, *hanging, *wrapped(P2, 18, indent), *wrapped(P4, 18, indent)]
    found = texts(lines)
    assert (FIRST_SENTENCE_FILLS in found) is joined
    assert found[-1].endswith(P4)


ONE_LINE_HEADINGS = ["夯实要素基础", "激发市场活力", "优化营商环境"]


@pytest.mark.parametrize("quote, heading_apart", [
    # the quote's last line fills its column: the short line under it, as wide as the page's other one-line
    # headings, is the next heading (qa91)
    (["■县域经济强不强，关键", "要看产业的核心竞争力"], True),
    # a one-line quote across the whole column of the text
    (["■县域活则全局活，县域强则全省强"], True),
    # a quote's short last line as wide as no heading around it is the quote's
    (["■县域经济强不强，关键", "要看产业的核心竞争力", "够不够强"], False),
])
def test_a_one_line_heading_under_a_pull_quote_whose_last_line_fills_its_column_stands_apart(quote, heading_apart):
    first, middle, last = ONE_LINE_HEADINGS
    tail = [] if heading_apart else [quote.pop()]
    lines = [*hung(P1, 16), first, *hung(P2, 16), *quote, *tail, *([middle] if heading_apart else []),
             *hung(P4, 16), last, *hung(P6, 16)]
    found = texts(lines)
    assert "".join(quote + tail) in found
    assert (middle in found) is heading_apart
    assert found[-2:] == [last, P6]


@pytest.mark.parametrize("heading, tail", [
    ("夯实要素基础设施", "激发市场活力"),   # no heading as wide as the short line
    ("结语", "力强"),                     # a quote's last two characters, as wide as a two-character heading
])
def test_a_short_line_under_a_pull_quote_over_the_text_where_no_heading_is_as_wide_stays_the_quotes(heading, tail):
    quote = ["■县域经济强不强，关键", "要看产业的核心竞争", tail]
    lines = [*hung(P1, 16), heading, *hung(P2, 16), *quote, *hung(P4, 16)]
    assert "".join(quote) in texts(lines)


@pytest.mark.parametrize("lead_lines", [1, 2])
def test_a_paragraph_set_on_one_long_line_continues_no_title_line_as_wide_as_the_column(lead_lines):
    lead = "树立大食物观，是保障国家粮食安全的重要理念。如何构建多元化食物供给体系？怎样向森林、江河湖海要食物？本期刊发两篇文章，敬请关注。"
    lead_set = [lead] if lead_lines == 1 else [lead[:52], lead[52:]]
    lines = ["本期话题", "践行大食物观 构建多元食物供给体系", *lead_set, "向森林要食物", "□ 林晓阳", *hung(P1, 16),
             *hung(P2, 16), *hung(P4, 16)]
    found = texts(lines)
    assert found[1:3] == ["践行大食物观构建多元食物供给体系", lead]


# ---- qa43: journal papers' running heads and bracketed labels ----
@pytest.mark.parametrize("head", ["·46·  中国行政管理 2025年第2期", "农业经济问题  2024年第6期", "36   学术前沿 2025.03（上）",
                                  "人民论坛·学术前沿   2025.03（上）", "第41卷 第2期   中国行政管理   Vol.41 No.2",
                                  "2025年2月   CHINESE PUBLIC ADMINISTRATION   Feb. 2025", "2024年第6期  农业经济问题  118"])
def test_a_journal_page_running_head_is_a_block_of_its_own(head):
    """A journal page's running head or foot (name, year and issue, maybe a page number) never runs into the title or
    heading under it (qa43)."""
    lines = [head, "以新型城镇化推动城乡融合发展的", "实践逻辑与政策优化"]
    assert texts(lines)[0] == head.replace(" ", "")
    assert texts([P1[:20], head, "?3 结果与分析"])[1] == head.replace(" ", "")


@pytest.mark.parametrize("line", ["中国行政管理2025年第2期", "2024年第6期全省完成投资", "学术前沿 研究", "农业经济问题 2024年6月",
                                  "1 引言", "第一章 总则", "东岭公报2026年第9号", "东岭公报 第9号"])
def test_a_line_without_a_journal_issue_or_apart_by_no_space_is_no_running_head(line):
    assert not is_spaced_masthead(line)


@pytest.mark.parametrize("label", ["[摘 要]", "［关键词］", "[中图分类号]", "[基金项目]"])
def test_a_bracketed_front_matter_label_opens_a_block(label):
    """[摘 要] with no colon after it does not run into the affiliation line over it (qa43)."""
    lines = ["林志远1  葛晓岚2", "（1.南京大学政府管理学院，江苏 南京 210023）", f"{label} 数据共享是数字政府建设的基础性工程。"]
    assert len(texts(lines)) == 3


def test_letter_spaced_names_parted_by_commas_are_a_byline():
    """沈 佳 丽，唐 子 谦: every name letter-spaced, parted by commas (qa43)."""
    lines = ["农业科技社会化服务体系的运行效率评价", "沈 佳 丽，唐 子 谦，陆 明 辉", "作者单位：华中农业大学经济管理学院"]
    assert bylines_among(lines, "农沈作", "价辉院")[1].authors == ("沈佳丽", "唐子谦", "陆明辉")


def test_letter_spaced_names_parted_by_enumeration_commas_are_a_byline():
    """邱 雨 晴、魏 立 文: letter-spaced names parted by 、 under a paper's title (qa161)."""
    lines = ["社区养老服务供给的空间差异研究", "邱 雨 晴、魏 立 文", "（某某大学社会学系副教授；某某大学社会学系硕士生）"]
    assert bylines_among(lines, "社邱（", "究文）")[1].authors == ("邱雨晴", "魏立文")


# ---- qa49: Markdown's blank lines always part paragraphs ----
@pytest.mark.parametrize("head, tail", [
    ("**答:**村里的集体经济合作社今年新建了两座冷库,", "果农的桃子可以错峰上市,每斤多卖五毛钱."),
    ("这些年社区食堂越办越多,但运营成本一直偏高,", "不少食堂靠补贴才能维持."),
])
def test_a_hard_wrap_inside_a_markdown_paragraph_is_joined(head, tail):
    """A Markdown page puts a blank line after nearly every line, as the PDF layout does; yet there a blank
    line still ends a paragraph, so a line break with none under it is a wrap inside one (qa49)."""
    lines = ["# 小标题", "", P1, "", head, tail, "", P2, "", "## 二、下一步", "", P4]
    assert [b.text.replace(" ", "") for b in blocks(lines, markdown=True)] == [
        "#小标题", P1, head + tail, P2, "##二、下一步", P4]


@pytest.mark.parametrize("under", ["- 二是完善社区助餐网点布局。", "**问:**下一步有什么打算?", "2. 加强资金保障。", "> 编者按"])
def test_a_markdown_block_under_a_line_ending_at_a_comma_stays_apart(under):
    """Only plain text goes on with the paragraph over it: a list item, a bold label, a quote opens its own block."""
    lines = [P1, "", "重点做好以下几项工作,", under, "", P2]
    assert len(blocks(lines, markdown=True)) == 4


# ---- qa46 (session 12): a commentary box's title as wide as the box's column

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["短评", "快评", "【编后】"])
def test_a_title_under_a_commentary_box_label_is_a_line_of_its_own_however_wide(blank_after_every_line, label):
    # the title (no comma, no full stop) is as wide as the box's column: by width alone it opens the text under it
    title = "莫让“便民桥”变成“摆设桥”"
    lines = [*wrapped(P1, 16, 0), label, title, *wrapped(P2, 16, 0), *wrapped(P4, 16, 0)]
    assert texts(page([lines], blank_after_every_line).split("\n")) == [P1, label, title, P2, P4]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_text_line_under_a_commentary_box_label_runs_on(blank_after_every_line):
    # the line under the label holds a clause: it is the text's first line, no title
    lines = [*wrapped(P1, 16, 0), "短评", *wrapped(P2, 16, 0), *wrapped(P4, 16, 0)]
    assert texts(page([lines], blank_after_every_line).split("\n")) == [P1, "短评", P2, P4]


# ---- qa48: journal running heads with the volume after the name; numbered reference entries ----
@pytest.mark.parametrize("head", ["· 46 ·     城市规划与治理研究     第12卷 第3期", "城市规划与治理研究  第12卷第3期  ·47·",
                                  "88   社会保障评论   第9卷 第1期"])
def test_a_running_head_naming_the_journal_before_its_volume_is_a_block_of_its_own(head):
    """· 46 ·  某某研究  第12卷 第3期: the journal's name, then its volume and issue, maybe a page number (qa48)."""
    assert is_spaced_masthead(head)
    assert texts([head, "以新型城镇化推动城乡融合发展的", "实践逻辑与政策优化"])[0] == head.replace(" ", "")


@pytest.mark.parametrize("line", ["本文 第12卷 第3期 的数据", "城市规划与治理研究第12卷第3期", "第12卷 第3期的统计口径"])
def test_a_volume_in_a_sentence_or_without_a_gap_is_no_running_head(line):
    assert not is_spaced_masthead(line)


REFERENCES = ["三、对策建议", "1.完善社区养老服务设施",
              "按照人口规模和服务半径,统筹布局社区嵌入式养老服务设施,推动老旧小区补齐助餐、助浴等服务短板。",
              "2.健全服务监管机制",
              "建立社区养老服务质量评价制度,定期公开评价结果,把评价结果与运营补贴挂钩,引导运营机构提升服务水平。",
              "参考文献",
              "[1]赵明远.城市更新的制度逻辑与实践路径[J].城市规划学刊,2023(4):12-19.",
              "[2]钱思远,孙立新.超大城市社区治理的数字化转型研究[J].中国行政管理,2022(5):33-41.",
              "[3]周文博,李华,王明.超大城市韧性治理的理论逻辑与推进路径[J].公共管理学报,2021(2):1-9."]


def test_each_numbered_reference_entry_is_a_block_of_its_own():
    """An entry that ends with a half-width full stop does not run on into the next entry when it fills its line (qa48)."""
    found = [b.text for b in blocks(normalized_document(raw("\n".join(REFERENCES) + "\n")).lines)]
    assert [t[:3] for t in found[-3:]] == ["[1]", "[2]", "[3]"]


@pytest.mark.parametrize("line, opens", [
    ("[3]周文博.超大城市韧性治理[J].公共管理学报,2021(2):1-9.", True),
    ("［12］ 钱思远.社区治理[M].北京:人民出版社,2022.", True),
    ("[4]国务院.关于加快发展养老服务业的若干意见[EB/OL].(2013-09-13).", True),
    ("[3]认为,社区治理的关键在于多元主体的协同。", False),   # a citation mark at the head of a wrapped line
    ("[2-3]。科学评价服务体系的运行效率", False),
])
def test_a_numbered_reference_entry_opens_a_block_and_a_citation_mark_does_not(line, opens):
    assert bool(P.BLOCK_START.match(line)) is opens


ENGLISH_ABSTRACT_IN_CAPITALS = [
    "摘要:" + P1 + P2,
    "关键词:社区养老;协同治理;超大城市",
    "ABSTRACT: Community care for older people has become a priority of public services in large cities, and",
    "this paper compares how day care centres are funded, staffed and supervised in two of them, finding",
    "that the way government, providers and families work together shapes the quality of the service.",
    "KEY WORDS: community care; collaborative governance; megacity; day care centre; older people; cost",
    "一、引言",
    P4 + P1,
    P2 + P4]


def test_an_english_abstracts_labels_in_capitals_open_blocks():
    """ABSTRACT: … / KEY WORDS: …: the keywords line does not run into the wrapped abstract over it (qa48)."""
    found = [b.text for b in blocks(normalized_document(raw("\n".join(ENGLISH_ABSTRACT_IN_CAPITALS) + "\n")).lines)]
    assert [t.split(":")[0] for t in found[2:4]] == ["ABSTRACT", "KEY WORDS"]
    assert found[3] == ENGLISH_ABSTRACT_IN_CAPITALS[5]


@pytest.mark.parametrize("line, opens", [
    ("ABSTRACT: Building high-standard farmland is a key measure", True),
    ("KEY WORDS: food security; farmland", True),
    ("KEYWORDS：food security", True),
    ("ABSTRACTS of the papers presented", False),
    ("KEY POINTS of the policy", False),
])
def test_an_english_label_in_capitals_opens_a_block(line, opens):
    assert bool(P.BLOCK_START.match(line)) is opens


@pytest.mark.parametrize("line, opens", [
    ("¹江东大学公共管理学院副教授", True),
    ("² 南岭师范大学社会学系博士研究生", True),
    ("¹这一数据来自统计年鉴", False),                          # a footnote's text names no institution
])
def test_an_affiliation_line_opened_by_a_superscript_number_opens_a_block(line, opens):
    assert bool(P.BLOCK_START.match(line)) is opens


def test_two_superscript_affiliation_lines_do_not_join():
    lines = ["高文静¹ 罗子恒²", "¹江东大学公共管理学院副教授", "²南岭师范大学社会学系博士研究生"]
    assert texts(lines)[1:] == lines[1:]


# ---- qa50: a masthead naming the journal in 《》 with volume and pages; rows opening with a span of years ----
@pytest.mark.parametrize("line, is_head", [
    ("《城乡治理评论》第9卷第3期（2024年9月） 页15-38", True),
    ("《城乡治理评论》第9卷第3期（2024年9月）页15-38", True),
    ("《城乡治理评论》2024年第3期", True),
    ("《城乡治理评论》第3期刊发的论文综述", False),
    ("《关于加快发展的意见》第3条", False),
])
def test_a_masthead_with_the_journal_in_brackets_is_a_block_of_its_own(line, is_head):
    assert is_spaced_masthead(line) is is_head


@pytest.mark.parametrize("row, is_row", [
    ("2011—2015 88 31.4 40.0", True),          # a period's row: a span of years, then numbers
    ("2016-2020 104 35.2 45.5", True),
    ("2011—2015 88 31.4", False),               # three cells
])
def test_a_row_of_numbers_opening_with_a_span_of_years_is_a_table_row(row, is_row):
    assert is_table_row(row) is is_row


# ---- qa51 (session 12): newspaper pages

@pytest.mark.parametrize("credit, caption", [
    ("图片说明：江南县城乡供水工程水厂正在调试设备。 新华社发", True),   # an agency's credit, no photographer named
    ("图片说明：村民在新建的文化广场排练节目。 受访者供图", True),
    ("图片说明：新落成的社区食堂。 中新社发", True),
    ("按照工作安排，今年的总体方案由市里统一印发", False),           # text that merely ends with 发
    ("这项政策已经出台。各地抓紧研究制定配套试点方案并下发", False),   # a sentence after the full stop, no credit
])
def test_a_caption_closed_by_a_supplied_photos_credit_closes_its_block(credit, caption):
    lines = page([wrapped(P1, 20), [credit], wrapped(P2, 20)], blank_after_every_line=True).split("\n")
    found = texts(lines)
    assert (credit.replace(" ", "") in found) == caption


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["短评", "编后", "【快评】"])
def test_a_box_label_under_a_line_cut_mid_sentence_is_a_block_of_its_own(label, blank_after_every_line):
    # a box set in the column under a line that stops mid-sentence at the column's foot: the label does not end it
    cut = wrapped(P2, 20, indent=0)[:2]
    text = page([["推动县城建设提质增效"], cut, [label, "让县城更宜居"], wrapped(P4, 20, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert "".join(cut) in found and label in found


@pytest.mark.parametrize(("line", "head"), [
    ("东岭日报 2026年5月7日 星期四 第3版 · 评论", True),
    ("2026年5月7日 星期四 第3版｜要闻", True),
    ("让·雅克·卢梭与社会契约 2026年", False),          # a middle dot in a name: no running head
    ("东岭日报 2026年5月7日 星期四 第3版 · 评论员文章要坚持以人民为中心", False),   # text after the mark
])
def test_a_running_head_may_set_its_column_off_with_a_dot_or_a_bar(line, head):
    assert is_page_head(line) == head


@pytest.mark.parametrize(("first", "joined"), [
    # a long line stopping at a comma, then a line set tight under it: one wrapped paragraph (a profile box)
    ("林沐阳，管理学博士，研究员，东岭大学城乡发展研究院副院长，长期从事土地制度与乡村治理研究，", True),
    ("林沐阳，管理学博士，研究员，东岭大学城乡发展研究院副院长、土地制度与乡村治理研究所所长、", True),
    ("稳字当头，", False),                 # a short title line stopping at a comma stays a line of its own
])
def test_a_long_line_stopping_at_a_comma_goes_on_in_the_layout_with_a_blank_after_every_line(first, joined):
    second = "主持国家社科基金重大项目1项。"
    lines = [line for part in [["东岭观察"], [P1], [P2], ["【嘉宾简介】"]] for line in (*part, "")]
    lines += [first, second, "", P3, "", P4, ""]
    found = texts(lines)
    assert ((first + second) in found) == joined
    assert (first in found and second in found) == (not joined)


# ---- qa52 (session 12): government plans and notices ----
@pytest.mark.parametrize("row, is_row", [
    ("丰收镇      820              12                 6", True),
    ("项目名称    建设地点    总投资（亿元）    3", True),
    ("序号  项目名称  建设内容  责任单位", False),          # a head row: no number cell (head_rows reads it over a row)
    ("守正创新    笃行致远    砥砺奋进    勇毅前行", False),  # a slogan spaced into four phrases: no number
    ("全 镇  新 建  改 造  12", False),                     # letter-spaced words: one-character cells, no table
])
def test_a_row_whose_cells_are_padded_to_their_columns_is_a_table_row(row, is_row):
    assert is_table_row(row) is is_row


def test_the_rows_of_a_table_padded_to_its_columns_are_blocks_of_their_own_under_its_title():
    """A Word table saved as text: the title, a head row, rows whose cells are padded with runs of spaces. Each
    row is a paragraph; the head row joins neither the title over it nor the rows under it."""
    title = "丰收镇2026年农田水利项目表"
    head = "村名      渠道（公里）      塘坝（座）      泵站（座）"
    rows = ["南岗村      12.5              3                 1", "北坪村      8                 2                 2"]
    lines = ["附件2", "", title, "", head, *rows]
    assert [b.text for b in blocks(lines)] == ["附件2", title, head, *rows]


@pytest.mark.parametrize("head", [
    "县 泵站（座） 渠道（公里） 面积（万亩）",        # a one-character first head (qa227)
    "镇  泵站（座）  渠道（公里）  面积（万亩）",
    "年 泵站（座） 渠道（公里） 面积（万亩）",
    "区县 泵站（座） 渠道（公里） 面积（万亩）",      # (TABLE_ROW's own head row)
])
def test_a_head_row_opening_with_a_one_character_head_is_no_line_of_the_caption_over_it(head):
    """A paragraph a line, a blank line, 表2 …, then a head row whose first column head is one character (县, 区, 年), then
    rows: the head row is a block of its own, not the rest of the caption (which carries it off to residue)."""
    rows = ["青山县 12 36.5 4.2", "白水县 8 21 2.6", "合计 20 57.5 6.8"]
    lines = [P1, "", "表2 2026年各县农田水利建设计划", head, *rows, "", P2]
    assert texts(lines) == [P1, "表22026年各县农田水利建设计划", head.replace(" ", ""),
                            *[r.replace(" ", "") for r in rows], P2]


@pytest.mark.parametrize("marker", ["第十二条  ", "第五条　", "第一百零三条 "])
def test_an_article_of_rules_under_a_sentence_ending_at_the_column_edge_opens_its_paragraph(marker):
    """A regulation printed hard-wrapped: an article whose last sentence ends at the column's edge, then the next
    article's number and a space: two paragraphs, though widths alone read one sentence going on."""
    first = "第十一条" + (P1 + P2 + P4)[:24 * 4 - 5] + "。"        # fills its last line to the column's edge
    lines = [*wrapped(first, 24, indent=0), *wrapped(marker + P6, 24, indent=0)]
    assert lines[3].endswith("。") and len(lines[3]) == 24
    assert texts(lines) == [first, (marker + P6).replace(" ", "")]


def test_a_wrapped_line_that_opens_by_citing_an_article_goes_on_as_text():
    lines = ["依据《某某省农村供水条例》的规定，县级人民政府应当依照该条例",
             "第十二条规定的程序，将农村供水工程纳入本级国民经济和社会发展规划。"]
    assert texts(lines) == ["".join(lines)]


@pytest.mark.parametrize("item", ["1）", "1)"])
def test_an_item_numbered_with_a_closing_bracket_alone_opens_its_block_under_a_lead_ending_in_a_colon(item):
    """A lead that ends with a colon at the column's edge, then items numbered 1）, 2）: each its own block."""
    lead = (P1 + P2)[:24 * 3 - 3] + "如下："
    lines = [*wrapped(lead, 24, indent=0), f"{item}组建县级农村供水管护中心；", "2）建立水费收缴和补贴机制。"]
    assert texts(lines) == [lead, f"{item}组建县级农村供水管护中心；", "2）建立水费收缴和补贴机制。"]


@pytest.mark.parametrize(("line", "head"), [
    ("3 要闻 2026年7月2日 星期四 责编：任思远 美编：汤 宁", True),     # (qa56) the page's credits after the weekday
    ("12 理论 2026年7月2日 星期四 责任编辑：程 立", True),
    ("5 经济 2026年7月2日 星期四 版式设计：叶 舟 校对：严 平", True),
    ("2026年7月2日 星期四 责编：任思远", True),
    ("3 要闻 2026年7月2日 星期四 责编：任思远说改革要落到实处", False),   # text after the field: no credit
    ("区里召开会议 责编：任思远", False),                                  # credits alone make no running head
])
def test_a_running_head_may_go_on_with_the_pages_credit_fields(line, head):
    assert is_page_head(line) == head


SIGNED_TEXT = [*wrapped(P1, 16, indent=0), *wrapped(P2, 16, indent=0), "老年教育是终身教育体系的重要组成",
               "部分，老年人希望学有所乐。"]
UNDER_TITLE = ["为治理乱停乱放，不少城市为共享单", "车划定停车区域，车辆必须停入指定", "区域才能还车。"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("over", "title", "apart"), [
    # (qa56) under the signature closing the text before, a line 14 or 15 of 16 characters wide with no clause is a title
    (SIGNED_TEXT + ["钟明远 南岭日报"], "别让停车围栏围住市民出行便利", True),
    (SIGNED_TEXT + ["钟明远 南岭日报"], "别让停车围栏围住了市民出行的便利", False),    # 16 of 16: its first line
    ([*SIGNED_TEXT, "让城市停车更有序", "钟明远"], "各地为共享单车划定停车区域之后", False),    # under a byline over the text: text
    (SIGNED_TEXT, "别让停车围栏围住市民出行便利", False),      # under a paragraph's end: too close to tell
])
@pytest.mark.parametrize("under", [UNDER_TITLE, ["“共享单车”停车难，不少城市为共享", "单车划定停车区域，车辆必须停入", "指定区域才能还车。"]])
def test_a_title_right_under_the_signature_closing_the_text_before_may_be_nearly_as_wide_as_the_text(
        blank_after_every_line, over, title, apart, under):
    # (a line over one that opens with “ may stop a character short of the column: kinsoku keeps the mark off its end)
    lines = [*over, title, *under]
    text = ("\n\n" if blank_after_every_line else "\n").join(lines)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert (title in found) == (apart and under is UNDER_TITLE)


def indented(paragraph: str, width: int) -> list[str]:
    """A paragraph hard-wrapped at `width` characters, its first line opening with a two-character full-width indent."""
    return wrapped("　　" + paragraph, width, indent=0)


INDENTED_TEXT = [*indented(P1, 21), *indented(P2, 21), "周若川"]
INDENTED_UNDER = indented("“一座难求”是不少社区老年大学的现实烦恼。" + P3, 21)


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("note", "title", "apart"), [
    # (qa78) a bracketed author note under the closing signature closes the text with it; a title 17 of 21
    # characters wide over an indented line opening with “ (19 of 21, one given up to the mark) is apart
    (["（作者单位：南岭大学）"], "老年教育要“办得起”也要“办得好”", True),
    ([], "老年教育要“办得起”也要“办得好”", True),
    (["（作者单位：南岭大学）"], "老年教育要“办得起”也要“办得好”了吧", False),   # 19 of 21: a text's first line
])
def test_a_title_under_a_signature_and_its_author_note_over_an_indented_line_opening_with_a_mark(
        blank_after_every_line, note, title, apart):
    lines = [*INDENTED_TEXT, *note, title, *INDENTED_UNDER]
    text = ("\n\n" if blank_after_every_line else "\n").join(lines)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert (title in found) == apart


NOTE_LEAD = "作者简介：韩立群（1979—），女，浙江宁波人，某大学公共管理学院教授，博士，主要研究方"
NOTE_TAIL = "向为公共财政与地方治理。"


@pytest.mark.parametrize("label", ["作者简介", "基金项目"])
def test_a_papers_first_page_note_wrapped_at_the_column_edge_goes_on(label):
    """A paper's first-page note (作者简介：…) hard-wrapped at the column edge amid the text: its last line is the
    note's, not a paragraph of the text after it (qa57). Wrapped text before and after stays as it was."""
    lead = label + NOTE_LEAD[4:]
    width = len(lead)
    lines = page([wrapped(P1, width), [lead, NOTE_TAIL], wrapped(P2, width)]).split("\n")
    assert [b.text for b in blocks(lines)] == [P1, lead + NOTE_TAIL, P2]


@pytest.mark.parametrize("lead, tail", [
    ("基金项目：国家社会科学基金重大项目（21&ZD112）；某某省高", "校哲学社会科学研究项目（2022SJYB0213）"),
    ("基金项目：国家社会科学基金重大项目（21&ZD112）；", "某某省高校项目（2022SJYB0213）"),
])
def test_a_papers_grant_note_wrapped_among_lines_of_all_widths_goes_on(lead, tail):
    """A journal's first page sets its notes among lines of all widths (a wide line of classification fields, a short
    date, an English title): the note's line that fills the column, also where it ends a grant with a semicolon, goes
    on with the rest of the note, however short, which is no heading."""
    width = round(display_width(lead))
    lines = [*wrapped(P1, width), *wrapped(P2, width), *wrapped(P4, width), "关键词：长三角；科技创新；协同发展；社会网络分析",
             "中图分类号：F127　文献标识码：A　文章编号：1674-8131（2023）03-0012-10", "收稿日期：2023-02-14", lead, tail,
             "Spatial Pattern and Promotion Mechanism of Collaborative Innovation in the Yangtze River Delta",
             "LI Minghua1, WANG Xiaofen2", *wrapped(P2, width), *wrapped(P4, width)]
    assert lead + tail in [b.text for b in blocks(lines)]


@pytest.mark.parametrize("keywords", ["关键词：银发经济；人口老龄化；养老服务", "关键字：养老服务；消费环境"])
def test_a_keywords_line_short_of_the_column_closes_its_block(keywords):
    """A brief printed to PDF: the keywords line ends short of the column, and the text's first line under it fills the
    column; that line is the text's, not the keywords' (dropped with them, the paragraph was lost)."""
    first = "截至2024年底，我国60岁及以上人口已超过3.1亿，"
    lines = ["摘要：我国已进入中度老龄化社会，银发经济市场", "潜力巨大。", keywords, first, *wrapped(P1, 23, 0)[1:]]
    assert keywords in texts(lines)


def test_a_line_of_fields_that_ends_short_stays_a_block_of_its_own():
    """收稿日期：… short of the column, then the text: the field's line closes its block (qa57's rule needs a full line)."""
    lines = page([["收稿日期：2025-01-08"], wrapped(P1, 24)]).split("\n")
    assert [b.text for b in blocks(lines)] == ["收稿日期：2025-01-08", P1]


# ---- qa55 (session 13): lines of their own on a Taiwan plan's cover and in a plan's task table ----
@pytest.mark.parametrize("lines, want", [
    # the approval line over the cover's title, no blank line between: two blocks
    (["行政院114年2月20日院台农字第1140004321号函核定", "某某推动方案"], ["行政院114年2月20日院台农字第1140004321号函核定", "某某推动方案"]),
    # a 目录 label under the title
    (["某市河道管理条例", "目 录"], ["某市河道管理条例", "目 录"]),
    # a task table's head row and rows of words alone: one block a row
    (["执行措施 主办机关 协办机关", "资料平台建设 农业部 数位发展部", "感测网络布建 农业部 各县市政府"],
     ["执行措施 主办机关 协办机关", "资料平台建设 农业部 数位发展部", "感测网络布建 农业部 各县市政府"]),
])
def test_cover_lines_and_task_table_rows_are_blocks_of_their_own(lines, want):
    assert [b.text for b in blocks(lines)] == want


# (session 14) an article set in a narrower column than the signed article over it
NARROW_FIRST = "人才是发展的第一资源。集聚各类人才，要在引、育、用、留上同步发力，形成人才竞相涌现的良好局面。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("note", [[], ["（作者系某大学教授）"]])
def test_the_article_under_a_closing_signature_is_measured_in_its_own_column(blank_after_every_line, note):
    # The 30-wide article's last lines are no part of the 22-wide column under the signature: the narrower article's
    # first line, which fills that column and stops at a comma, goes on with its paragraph.
    over = [*wrapped(P1, 30, indent=0), *wrapped(P4, 30, indent=0), *wrapped(P6, 30, indent=0)]
    under = [*wrapped(NARROW_FIRST, 22, indent=0), *wrapped(P2, 22, indent=0), *wrapped(P3, 22, indent=0)]
    lines = [*over, "钟明远 南岭日报", *note, *under]
    text = page([lines], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert NARROW_FIRST in found and P2 in found


@pytest.mark.parametrize(("widths", "signed", "cut"), [
    ([30.0] * 12 + [7.0] + [22.0] * 12, {13}, 13),        # under the signature a column of its own
    ([30.0] * 12 + [7.0] + [22.0] * 2, {13}, None),       # too few lines under it to make a column
    ([30.0] * 2 + [7.0] + [22.0] * 12, {3}, None),        # too few over it
    ([30.0] * 12 + [7.0] + [22.0] * 12, set(), None),     # no signature: one window over all
])
def test_signed_column_widths_cut_the_window_at_a_closing_signature(widths, signed, cut):
    texts = ["字" * int(w) for w in widths]
    cols = signed_column_widths(texts, widths, [], signed)
    if cut is None:
        assert cols == column_widths(widths)
    else:
        assert cols == column_widths(widths[:cut]) + column_widths(widths[cut:])


def test_a_note_under_the_signature_is_measured_with_the_signature():
    widths = [30.0] * 12 + [7.0, 18.0] + [22.0] * 12
    texts = ["字" * int(w) for w in widths]
    texts[13] = "（作者系某大学教授）"
    assert signed_column_widths(texts, widths, [], {13}) == column_widths(widths[:14]) + column_widths(widths[14:])


@pytest.mark.parametrize(("line", "continues"), [
    ("界。在行业高歌猛进的同时", True), ("边，而且", True), ("场；二是", True),
    ("一，", False), ("十。", False), ("注：本文", False), ("“界。", False), ("在行业", False), ("A。", False),
])
def test_a_line_opening_with_one_character_and_a_stop_ends_the_line_above(line, continues):
    assert bool(P.CONTINUING_LINE.match(line)) is continues


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_title_over_an_indented_first_line_is_no_two_line_heading_when_the_next_line_ends_its_word(
        blank_after_every_line):
    # 多些“厂区”向“景区”的蜕变 / 蓬勃发展的工业旅游，…传统工业的边 (indented) / 界。在行业…: the second line is text
    title, first = "工业旅游要走深走实", "蓬勃发展的工业旅游，正以前所未有的力量重塑工业的边"
    body = "界。在行业高歌猛进的同时，部分工业遗产改造仍停留在挂牌子摆设备的初级阶段，内涵挖掘不足。"
    lines = [*wrapped(P1, 30), *wrapped(P4, 30), "钟明远 南岭日报", title, first, *wrapped(body, 30, indent=0),
             *wrapped(P6, 30)]
    found = [b.text for b in blocks(normalized_document(raw(page([lines], blank_after_every_line))).lines)]
    assert first + body in found


# ---- qa63: a full line ending a clause with a semicolon under a full line ending one ----
L1, L4, L5 = "完善养老服务体系，要坚持政府主导，推行社", "要健全长期护理保险制度，减轻家庭的负担", "和社会压力。"


@pytest.mark.parametrize("l2, l3, n_paragraphs", [
    # kinsoku-full lines ending with semicolons: none is a paragraph's last line
    ("区嵌入、机构支撑的服务模式，形成合力；", "要发展专业护理队伍，切实提升服务质量；", 1),
    ("区嵌入、机构支撑的服务模式，形成合力。", "要发展专业护理队伍，切实提升服务质量；", 1),
    # a full line ending a sentence over a full line ending one: a one-line paragraph filling the column
    ("区嵌入、机构支撑的服务模式，形成合力。", "要发展专业护理队伍，切实提升服务质量。", 2),
])
def test_a_full_line_ending_with_a_semicolon_under_a_full_line_ending_a_clause_goes_on(l2, l3, n_paragraphs):
    assert len(texts([*wrapped(P1, 19), L1, l2, l3, L4, L5])) - len(texts(wrapped(P1, 19))) == n_paragraphs


@pytest.mark.parametrize(("lines", "past"), [
    (["（作者单位：某大学公共管理学院）", "近年来，不少地方"], 1),
    (["（作者系某大学教授）", "（本文系某课题成果）", "近年来"], 2),
    (["【核心提示】老旧街区是城市的记忆。城市更新如何既改善居住", "条件，又留住烟火气？"], 0),    # a standfirst runs on
    (["近年来，不少地方"], 0),
])
def test_past_notes_skips_one_line_bracketed_notes_under_a_signature(lines, past):
    assert past_notes(lines, 0) == past


# ---------------------------------------------------------------- qa60: an online interview's head fields

@pytest.mark.parametrize("lines, opens", [
    (["“社区食堂运营”在线访谈", "访谈时间：2026年4月22日 15:00"], {1}),
    (["“社区食堂运营”在线访谈", "采访地点：某市民政局", "座谈主题：社区养老"], {1, 2}),
    (["社区食堂的运营要算好账，", "访谈中我们发现居民很关心"], set()),        # a line of text that opens with 访谈
])
def test_an_interviews_head_fields_open_blocks(lines, opens):
    from flows.reflow import talk_field_lines
    assert talk_field_lines(lines, "".join(t[:1] for t in lines)) == opens


# ---- qa64 (session 14): a Taiwan journal's masthead dated after the issue; paper front fields; yes/no table cells ----
@pytest.mark.parametrize("line, masthead", [
    ("城乡治理季刊 第8卷第3期 2024年9月 页77-102", True),      # the issue's year and month after it, then the pages
    ("社会发展评论 第21期 2023年12月", True),
    ("区域研究学刊 第5卷第1期 2022年", True),
    ("本季刊 第8卷第3期 2024年9月出版", False),                 # a sentence: words after the month
    ("城乡治理季刊第8卷第3期2024年9月", False),                 # no space after the name
])
def test_a_masthead_dated_after_its_issue_is_a_masthead(line, masthead):
    """公共治理季刊　第13卷第2期　2025年6月　頁41-68: SPACED_MASTHEAD_LINE with the year and month after the issue."""
    assert is_spaced_masthead(line) == masthead


def test_a_masthead_dated_after_its_issue_does_not_join_the_title_under_it():
    head = "城乡治理季刊 第8卷第3期 2024年9月 页77-102"
    assert texts([head, "社区照顾服务整合的制度设计：", "以北部两县为例"])[0] == head.replace(" ", "")


@pytest.mark.parametrize("field", ["DOI:10.13528/j.cnki.xyz.2024.03.007", "doi：10.3969/j.issn.1000-1234.2023.05.002",
                                   "投稿日期：2024年2月9日；接受刊登日期：2024年6月3日。", "接受日期：2024年6月3日"])
def test_a_papers_doi_or_submission_dates_line_is_a_block_of_its_own(field):
    """DOI:10.… over a paper's title, or a Taiwan journal's 投稿日期：… line over the text, opens and closes a block: a
    title line or a paragraph's first line under it does not run into it (qa64)."""
    assert texts([field, "社区照顾服务整合的制度设计研究", *wrapped(P1, 24)])[0] == field.replace(" ", "")


@pytest.mark.parametrize("line, row", [
    ("乙县 86.5 42.0 否", True), ("东城区 100.0 61.2 是", True), ("试点一 12 3 有 无", True),
    ("是 否 有 无 2024", False),            # one-character cells from the first: a spaced line, no table
    ("理 论 周 刊 2024", False),
    ("甲市 全面推行 是", False),             # three cells, no number
])
def test_a_table_row_may_hold_a_yes_or_no_mark(line, row):
    """丙市    99.6    35.4    是: a one-character 是/否 cell after the first is a cell (TABLE_ROW, qa64)."""
    assert is_table_row(line) == row


# ---------------------------------------------------------------- session 15: wrapped rests no heading ends so

@pytest.mark.parametrize("rest, joined", [
    ("版社,2012.", True),                 # a reference entry typed half-width, its end wrapped
    ("ructure renewal; financing", True),   # English keywords wrapped mid-word
    ("优化营商环境", False),              # a heading under the full line
])
def test_a_short_line_no_heading_ends_or_opens_so_goes_on_with_the_full_line_over_it(rest, joined):
    """A full line, then a short line that ends no sentence, is a heading under text, unless the short line ends with a
    half-width full stop or opens with a lowercase Latin letter: no heading does; it is the wrapped line's rest."""
    full = "[4] 甘犁,尹志超.中国家庭金融调查报告[M].成都:西南财经大学出" if "," in rest else (
        "Key words: urban renewal; underground pipeline; infrast" if rest[0].isascii() else P1[:30])
    lines = [*wrapped(P2, 30), "[2] 易行健.数字普惠金融[J].金融研究,2018(11):4", "7-67.", full, rest,
             "[5] 张勋,杨桐.数字金融[J].经济研究,2019(8):71-86."]
    assert (len(texts(lines)) == 4) is joined


def normalized_texts(text: str) -> list[str]:
    """The blocks' texts of a plain-text page once normalised (rule 4 first, as the pipeline runs)."""
    return [b.text for b in blocks(list(normalized_document(raw(text)).lines))]


@pytest.mark.parametrize("parts, text", [
    (["已有研究（许岚等，2020；沈越等，202", "1），但多集中于东部"], "已有研究（许岚等，2020；沈越等，2021），但多集中于东部"),
    (["样本共涉及1", "286家企业"], "样本共涉及1286家企业"),
    # Latin words, and a number after a Latin word, keep the space the wrap stood for
    (["based on the 2021", "2022 surveys"], "based on the 2021 2022 surveys"),
    (["模型 version 2", "3 效果"], "模型 version 2 3 效果"),
])
def test_a_number_split_by_a_chinese_lines_wrap_joins_whole(parts, text):
    """A Chinese page's hard wrap may fall inside a number (……202 / 1）): the number is whole again (qa66)."""
    assert joined(parts) == text


WRAPPED_CITATION = ["推进县域商业体系建设，要以完善农村流通网络为重点，统筹", "推进县乡村三级物流配送体系建设，引导连锁企业向乡镇延伸",
                    "网点，补齐农村消费基础设施短板（韩松、周立，", "2022)。"]


def test_a_citation_wrapped_across_two_lines_closes_its_paragraph():
    """A citation's bracket opened at a line's end and closed on the next line (2022)。, half-width) closes: the
    paragraph ends there and does not run on into every paragraph under it (qa66)."""
    lines = [*WRAPPED_CITATION, *wrapped(P2, 28, 0), "二、主要做法", *wrapped(P4, 28, 0)]
    found = normalized_texts("\n".join(lines))
    assert found[0].endswith("（韩松、周立，2022）。")
    assert found[1:] == [P2, "二、主要做法", P4]


@pytest.mark.parametrize("lead_in, breaks", [
    ("率，减少了短视行为。据此，本文提出如下假设：", True),     # well short of the column: the paragraph ends
    ("率，减少了短视行为。据此，本文提出如下的", False),        # no colon: wraps on
    ("率，减少了短视行为。据此，本文提出了如下的几点假设：", False),   # a colon at the column's edge: wraps on
])
def test_a_lead_in_ending_with_a_colon_short_of_its_column_ends_its_paragraph(lead_in, breaks):
    """……据此，提出如下假设： a good way short of a hard-wrapped column, under a full line, ends the paragraph; the
    hypothesis it announces is a paragraph of its own (qa66)."""
    lines = [*wrapped(P1 + P2, 28, 0)[:3], lead_in, "假设2：数字化转型通过缓解融资约束促进企业创新。", *wrapped(P4, 28, 0)]
    found = texts(lines)
    assert (found[1] == "假设2：数字化转型通过缓解融资约束促进企业创新。") == breaks


PLAN_TASKS_WITH_UNITS = [
    "二、重点任务", "（一）完善冷链设施网络",
    "1.建设产地冷链集配中心。在蔬菜、水果主产县布局建设一批产地冷链集配中心，配套预冷、分级、包装设施。",
    "（责任单位：市商务局、市农业农村局）",
    "2.发展城市冷链配送。支持大型商超、生鲜电商建设前置仓和社区冷链自提点，提高末端配送效率。",
    "（责任单位：市商务局、市交通运输局）",
    "3.提升冷链运输装备水平。推广新能源冷藏车和标准化冷藏集装箱，淘汰老旧高耗能冷藏车辆。",
    "（责任单位：市交通运输局、市工业和信息化局）"]


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_dash_led_goal_under_a_lead_in_with_a_colon_opens_a_paragraph(colon):
    """A plan's goals on dash-led lines (具体目标是： / ——新增冷库库容…；), each paragraph a line of its own: an item
    opens a paragraph under the lead-in, however full that line is next to the plan's lines of
    tasks and responsible units under them (qa162)."""
    goals = ["——新增冷库库容20万吨以上、冷藏车500辆以上，产地预冷设施覆盖率达到85%；",
             "——果蔬、肉类、水产品冷链流通率分别达到35%、60%、70%；", "——培育冷链物流骨干企业10家。"]
    lead_in = "到2027年，全市冷链物流网络基本建成，冷链流通效率明显提升，农产品损耗显著降低。具体目标是" + colon
    lines = ["（二）发展目标", lead_in, *goals, *PLAN_TASKS_WITH_UNITS]
    assert texts(lines)[:5] == lines[:5]


@pytest.mark.parametrize("debris", ["?", "？", ""])
def test_a_wide_marked_heading_with_a_stray_question_mark_does_not_run_into_its_text(debris):
    """?（二） 强化风险识别，改善授信决策: a PDF's stray question mark before a marked heading nearly as wide as a
    hard-wrapped column leaves it a heading line, not the first line of the paragraph under it (qa66)."""
    heading = debris + "（二）强化风险识别，改善金融机构授信"
    found = texts([*wrapped(P1, 24, 0), heading, *wrapped(P2, 24, 0)])
    assert found == [P1, heading, P2]


@pytest.mark.parametrize("box", [
    ["专栏3  县城补短板重点工程", "1.市政管网改造工程：改造老旧管网120公里。", "2.教育扩容工程：新建中小学8所。"],
    ["专栏  重点项目", "■ 县城污水处理厂提标改造"],
])
def test_a_box_printed_amid_a_sentence_is_read_after_the_sentence(box):
    # a plan's box set where the page cut a paragraph after a comma: the sentence runs on under the box (qa69)
    cut = ["（二）完善县城公共服务。推进学校、医院、"]
    rest = ["养老机构等设施建设，提升县城综合承载能", "力。"]
    text = page([wrapped(P1, 20), cut, [""], box, [""], rest, wrapped("（三）发展县域特色产业。" + P4, 20)])
    found = [b.text for b in blocks(with_boxes_after_cut_text(normalized_document(raw(text)).lines))]
    assert "".join(cut + rest) in found
    assert found.index("".join(cut + rest)) < min(k for k, t in enumerate(found) if t.startswith("专栏"))
    # the pipeline reads the document so (segment.lines_in_reading_order); a Markdown file is left as it is
    assert "".join(cut + rest) in tables(text)["articles"][0]["text"].split("\n")
    assert "".join(cut + rest) not in tables(text, "doc.md")["articles"][0]["text"].split("\n")


@pytest.mark.parametrize("notes", [
    ["收稿日期：2024-11-05", "基金项目：某省社会科学基金项目（24ZDA017）", "作者简介：某甲，某大学副教授。"],
    ["*基金项目：国家自然科学基金项目（72104011）"],
])
@pytest.mark.parametrize("head", [[], ["", "2026年第1期                    城乡规划评论                    ·17·"]])
def test_a_papers_first_page_notes_amid_a_sentence_are_read_after_it(notes, head):
    # a journal's first-page notes, maybe over the next page's running head, where the page cut a sentence (qa209)
    cut = ["　　二是财政补助的退出机制。部分地区补助政策到期后缺乏衔接，导"]
    rest = ["致项目运营难以为继。"]
    text = page([wrapped(P1, 30), cut, [""], notes, head, [""], rest, ["3　结论与讨论"], wrapped(P4, 30)])
    found = [b.text for b in blocks(with_paper_notes_after_cut_text(normalized_document(raw(text)).lines))]
    joined_text = "二是财政补助的退出机制。部分地区补助政策到期后缺乏衔接，导致项目运营难以为继。"
    assert joined_text in found
    assert "".join(tables(text)["articles"][0]["text"].split("\n")).count(joined_text) == 1


@pytest.mark.parametrize("before, after", [
    (["　　二是财政补助的退出机制。部分地区补助政策到期后已有衔接。"], ["　　三是运营主体的培育。"]),  # a finished sentence
    (["3.2　财政补助"], ["　　财政补助的退出机制仍不健全。"]),                                  # a heading over the notes
    (["　　二是财政补助的退出机制。部分地区补助政策到期后缺乏衔接，导"], ["4　结论"]),          # a new block under them
])
def test_first_page_notes_under_a_finished_sentence_or_over_a_new_block_stay_where_they_are(before, after):
    notes = ["收稿日期：2024-11-05", "作者简介：某甲，某大学副教授。"]
    lines = [*wrapped(P1, 30), *before, "", *notes, "", *after]
    moved = with_paper_notes_after_cut_text(normalized_document(raw("\n".join(lines) + "\n")).lines)
    assert moved[len(wrapped(P1, 30)) + 2].startswith("收稿日期")


@pytest.mark.parametrize("before, after", [
    (["（二）完善县城公共服务。推进学校、医院建设。"], ["提升县城综合承载能力。"]),  # the sentence ended before the box
    (["（二）完善县城公共服务"], ["推进学校、医院建设。"]),         # a heading over the box, short of the column
    (["（二）完善县城公共服务。推进学校、医院、"], ["3.发展县域特色产业。立足资源禀赋，培育主导产业。"]),  # a new item under it
])
def test_a_box_under_a_finished_sentence_or_over_a_new_block_stays_where_it_is(before, after):
    box = ["专栏3  县城补短板重点工程", "1.市政管网改造工程：改造老旧管网120公里。"]
    lines = [*wrapped(P1, 20), *before, "", *box, "", *after]
    assert with_boxes_after_cut_text(normalized_document(raw("\n".join(lines) + "\n")).lines)[len(wrapped(P1, 20)) + 2].startswith("专栏3")


def test_names_with_spaced_affiliation_numbers_under_a_title_are_a_byline_line():
    """钱立群 1 范晓雯 2 under a paper's title: reflow asks byline() about the line, which names both (qa74)."""
    found = blocks(["县域商业体系建设的现实困境与优化路径", "钱立群 1 范晓雯 2", "（1.某某大学经济学院，杭州 310000；2.某某研究院，北京 100000）",
                    P1, P2])
    assert found[1].byline is not None and found[1].byline.authors == ("钱立群", "范晓雯")


def test_an_affiliation_line_wrapped_inside_half_width_brackets_is_one_block():
    """(1. 某某大学…，杭州 310000;2. …，北 / 京 100000): rule 4 leaves a bracket beside a digit half-width; the line that
    leaves it open goes on to the line that closes it, however short (qa74)."""
    first = "(1. 江南大学 商学院，无锡 214122;2. 某某省社会科学院经济研究所，南"
    lines = ["县域商业体系建设的现实困境与优化路径", "钱立群 1 范晓雯 2", first, "京 210004)",
             *wrapped(P1, 34, 0), *wrapped(P2, 34, 0)]
    assert texts(lines)[2] == (first + "京 210004)").replace(" ", "")


@pytest.mark.parametrize("head", ["《公共管理与政策评论》2024年第5期 第13卷", "《公共管理与政策评论》2024年第5期第13卷"])
def test_a_masthead_with_the_volume_after_the_issue_is_no_line_of_the_title(head):
    """《某某评论》2024年第5期 第13卷: the volume may follow the issue (qa74)."""
    assert is_spaced_masthead(head)
    assert texts([head, "公立医院绩效考核制度的运行逻辑与", "优化路径", *wrapped(P1, 24, 0)])[0] == head.replace(" ", "")


@pytest.mark.parametrize("switch", ["字号：［大］［中］［小］　　　【打印】【关闭】", "字体：【大】【中】【小】　【打印】"])
def test_a_font_size_switch_over_hard_wrapped_text_is_a_line_of_its_own(switch):
    """A page printed to PDF wraps its text at the column's edge; the switch, as wide as the column, is no first line of the
    paragraph under it."""
    lines = ["关于进一步加强农村供水保障工作的通知解读", "发布时间：2026-01-22 09:15　　信息来源：某市水务局", switch,
             *wrapped(P1, 22, 0)]
    assert switch.replace("　", "") in [t.replace("　", "") for t in texts(lines)]


@pytest.mark.parametrize("title", ["某市人民政府办公室关于印发某市加快发展银发经济实施方案的通知",
                                   "某某县人民政府关于加快推进县域商业体系建设的实施意见"])
@pytest.mark.parametrize("number", ["某政办发〔2025〕8号", "某府〔2026〕12号"])
def test_a_document_number_under_a_title_as_wide_as_the_column_is_a_line_of_its_own(title, number):
    """A notice printed to PDF: its title fills the column (or is wider), and the number under it is no line of it."""
    intro = "经市政府同意，现将《某市加快发展银发经济实施方案》印发给你们，请结合实际认真组织实施。"
    lines = [title, number, "各区县人民政府，市政府各部门，各直属机构：", *wrapped(intro, 22, 0), *wrapped(P1, 22, 0)]
    assert texts(lines)[:2] == [title, number]


@pytest.mark.parametrize("head", ["附件：1.某某保护专项检查工作方案", "附件:1、某某保护专项检查工作方案", "附件"])
def test_the_head_of_a_list_of_attachments_opens_its_block_under_a_line_as_wide_as_the_column(head):
    """A notice printed to PDF: the contact line over the list fills the column; the list's head is no part of it."""
    lines = ["    各地要高度重视，周密部署，一是如实填报数", "据，不得瞒报漏报；二是对发现的问题建立台账，",
             "逐项整改销号；三是注重总结推广好经验好做法。", "请于6月30日前将自查报告和统计表（附件2）报送",
             "我局某某保护修复司，电子版发送至指定邮箱。", "    联系人：某某保护修复司\u3000韩某某\u3000电话：010-84239876", "",
             f"    {head}", "          2.某某保护情况统计表", "          3.专项某某联络员名单", "", "某某局办公室", "2026年4月14日"]
    assert head.replace(" ", "") in texts(lines)


@pytest.mark.parametrize("dateline", ["2025-06-18 02:10 某某报／ 陈某某（劳动政策", "2025/06/18 14:05　来源：某某网　作者：李某（特约"])
def test_a_dateline_with_a_clock_time_opens_its_block_under_a_title_as_wide_as_the_column(dateline):
    """A web page printed to PDF: its title fills the column, and the dateline under it (wrapped inside its bracket) is no
    line of the title."""
    title = "民意论坛／缺工潮下 移工政策不能只靠延长年限"
    lines = [title, "", dateline, "研究者／某某市）", "", *wrapped(P1, 22, 0), "", *wrapped(P2, 22, 0)]
    assert texts(lines)[0] == title.replace(" ", "")


def test_a_font_size_switch_under_a_portals_file_fields_is_a_line_of_its_own():
    """A government portal sets its file fields (two to seven lines) over the title and the switch: the switch is
    still among the page's first lines, and neither joins the title over it nor the paragraph under it (qa76)."""
    title, switch = "某市加快发展银发经济实施方案（2025—2027年）", "字体：【大】【中】【小】　　【打印】　　【关闭】"
    lead = "为积极应对人口老龄化，培育经济发展新动能，提高老年人生活品质，制定本方案。"
    lines = ["索 引 号：11440100MB0000000A/2025-00012    主题分类：农业、畜牧业",
             "发文机关：某市人民政府办公室    成文日期：2025年03月02日", f"标　　题：{title}",
             "发文字号：某府办〔2025〕5号    发布日期：2025年03月06日", title, switch, "", "　　" + lead, "一、总体要求",
             "　　到2027年，银发经济规模持续扩大，老年用品和服务供给更加丰富。"]
    assert texts(lines)[4:7] == [title, switch, lead]


@pytest.mark.parametrize("bar, alone", [
    ("首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流", True), ("首页｜机构概况｜政策文件｜政策解读", True),
    ("来源：市政府办公室 | 2025-03-01 | 浏览：120", False),       # a line of fields, no bar of words
    ("甲 | 乙", False),                                            # two entries: no bar
])
def test_a_sites_navigation_bar_is_a_line_of_its_own(bar, alone):
    """A bar of four short entries or more apart by | is chrome: no line of the title under it (qa76)."""
    assert is_nav_bar(bar) == alone


def test_run_in_items_each_a_wrapped_paragraph_make_no_one_paragraph_a_line_page():
    """第二条 推进装备更新。实施… / 式作业机具，…: an opener that ends a sentence inside and goes on is a wrapped
    paragraph's first line, not a heading: a plan of such articles with short lists between them is wrapped text,
    and a lone article's lines (第一条 到2030年，… / 专业合作社…) join though its first line is a little short (qa76)."""
    lines = ["某县推进农机装备升级行动计划", "",
     "    为加快推进农业机械化和农机装备产业转型升级，根据上级有关部署，结合本县",
     "实际，制定本行动计划。", "", "一、总体目标", "",
     "    第一条  到2030年，全县主要农作物耕种收综合机械化率达到92%，培育农机",
     "专业合作社40家以上，建成区域农机服务中心5个，农机社会化服务面积达到80",
     "万亩以上，基本形成覆盖全县的农机服务网络。", "", "二、主要任务", "",
     "    第二条  推进装备更新。实施老旧农机报废更新，推广大马力、高性能、复",
     "式作业机具，提升丘陵山区适用机具供给水平。",
     "    1.开展老旧农机报废补贴；", "    2.推广北斗导航辅助驾驶系统；", "    3.支持购置烘干设备。",
     "    第三条  健全服务体系。支持农机合作社开展代耕代种、托管服务，鼓励",
     "发展“全程机械化+综合农事”服务中心，对新建服务中心按其设备投资额的",
     "20%给予补助，最高不超过100万元。",
     "    1.建设区域农机维修中心；", "    2.培育农机作业服务组织；", "    4.发展农机租赁服务。",
     "    第四条  加强人才培养。依托职业院校开展农机手培训，每年培训两千人次",
     "以上，对取得职业技能等级证书的给予补贴。", "", "三、保障措施", "",
     "    第五条  强化组织领导。成立县农机化发展工作专班，统筹推进各项工作，",
     "按季度调度工作进展。",
     "    第六条  加大资金投入。县级财政每年安排农机化发展专项资金不少于三千",
     "万元，引导金融机构开发农机购置贷款产品。"]
    assert any(t.startswith("第一条") and t.endswith("基本形成覆盖全县的农机服务网络。") for t in texts(lines))


# ---- qa77 (session 16): a quote whose last line falls short, over a heading's two lines of like width ----
@pytest.mark.parametrize("heading", [["健全要素市场", "完善交易规则"], ["稳面积", "守牢粮食生产的耕地底盘"]])
def test_a_pull_quote_ending_short_leaves_the_two_line_heading_under_it(heading):
    quote = ["■要素只有流动起来、", "用起来，才有价值"]           # the last line two short of the ■ line
    lines = [*TWO_LINE_HEADINGS[1], *hung(P1, 18), *hung(P2, 18), *quote, *heading, *hung(P4, 18)]
    found = texts(lines)
    assert "".join(quote) in found
    assert heading[0] in found and heading[1] in found


@pytest.mark.parametrize("quote", [["■让企业", "敢投、敢闯"], ["■让经营主体", "敢投、敢闯、敢干"]])
def test_a_short_pull_quote_gives_back_both_lines_of_the_heading_it_took_in(quote):
    heading = ["缓解融资难题", "增强企业发展后劲"]        # a heading of two lines as narrow as the quote's column
    lines = [*TWO_LINE_HEADINGS[1], *hung(P1, 18), *hung(P2, 18), *quote, *heading, *hung(P4, 18)]
    found = texts(lines)
    assert "".join(quote) in found
    assert "".join(heading) in found or (heading[0] in found and heading[1] in found)


# ---- qa81: Hong Kong and Taiwan think-tank notes: mastheads with an issue number, text spacing its numbers ----
@pytest.mark.parametrize("line, is_head", [
    ("国政分析 民生（析） 113-045 号", True),              # a Taiwan series, its subject class, the note's number
    ("国政评论 112-108 号", True),
    ("某 某 政 策 研 究 所 政策评论 2024 年第 7 期", True),   # the publisher letter-spaced, then the series and issue
    ("某某政策研究所 政策评论 2024 年第 7 期", True),         # a later page's running head
    ("二、加快建设 113-045 号", False),                      # a heading with a number: no series word
    ("关于推进改革的研究 第3条", False),
])
def test_a_series_masthead_with_an_issue_or_note_number_is_a_block_of_its_own(line, is_head):
    assert is_spaced_masthead(line) is is_head


@pytest.mark.parametrize("line, row", [
    ("社区照顾开支由 2019/20 年度的约 35 亿元增至 2023/24 年度的逾", False),   # a text line spacing its numbers
    ("院舍宿位 3,200 2,800 预期性", True),                   # two numbers side by side: a row
    ("城镇化率（%） 58.5 65 预期性", True),
])
def test_a_line_spacing_its_numbers_is_no_table_row(line, row):
    assert is_table_row(line) is row


# ---- qa79 (session 16): a rule across the page never runs into the distribution line under it ----
@pytest.mark.parametrize("rule", ["—" * 30, "─" * 30, "-" * 60])
def test_a_full_width_rule_is_a_line_of_its_own(rule):
    lines = [*wrapped(P1, 30), *wrapped(P2, 30), "", rule,
             "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", rule,
             "某省人民政府办公厅            2025年9月3日印发"]
    found = texts(lines)
    assert rule in found
    assert "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。" in found


# ---- qa79 (session 16): a plan's box printed where the page cut a paragraph mid-word ----
@pytest.mark.parametrize("cut, rest", [
    (["（二）完善县城公共服务。推进学校、医院养老"], ["机构等设施建设。"]),      # the paragraph's first line, cut mid-word
    ([*wrapped(P1, 20)[:1], "推进学校医院和养老机构等公共服务设施提质"], ["升级，提升县城综合承载能力。"]),
    (["（二）完善县城公共服务。新建中小学校12"], ["所，提升县城综合承载能力。"]),  # cut inside a number
])
def test_a_box_that_cut_a_full_line_mid_word_is_read_after_the_sentence(cut, rest):
    box = ["专栏3  县城补短板重点工程", "1.市政管网改造工程：改造老旧管网120公里。", "2.教育扩容工程：新建中小学8所。"]
    lines = [*wrapped(P1, 20), *cut, "", *box, "", *rest, *wrapped("（三）发展县域特色产业。" + P4, 20)]
    found = [b.text for b in blocks(with_boxes_after_cut_text(normalized_document(raw("\n".join(lines) + "\n")).lines))]
    assert any("".join(cut + rest) in t for t in found)


@pytest.mark.parametrize("cut, rest", [
    (["（二）完善县城公共服务。推进学校、医院、"], ["养老机构等设施建设，提升县城综合承载能力。"]),
    (["（二）完善县城公共服务。推进学校、医院养老"], ["机构等设施建设。"]),
])
def test_a_box_amid_a_sentence_on_a_page_with_a_blank_line_after_every_line_is_read_after_it(cut, rest):
    # no blank line tells where the box ends: its numbered items do, the last one ending its sentence (qa79)
    box = ["专栏3  县城补短板重点工程", "1.市政管网改造工程：改造老旧管网120公里。", "2.教育扩容工程：新建中小学8所。"]
    text = page([wrapped(P1, 20), cut, box, rest, wrapped("（三）发展县域特色产业。" + P4, 20)], blank_after_every_line=True)
    found = [b.text for b in blocks(with_boxes_after_cut_text(normalized_document(raw(text)).lines))]
    assert "".join(cut + rest) in found
    assert found.index("".join(cut + rest)) < min(k for k, t in enumerate(found) if t.startswith("专栏"))


# ---- qa79 (session 16): an official document's addressees wrapped before their colon ----
@pytest.mark.parametrize("addressees", [
    ["各区人民政府，某某高新区管委会，市政府各部门、各", "直属机构，各有关单位："],
    ["各省、自治区、直辖市人民政府，国务院各部委、", "各直属机构："],
])
def test_addressees_wrapped_before_their_colon_are_one_block_under_the_title(addressees):
    lines = ["某市人民政府", "关于加快推进城市更新工作的实施意见", "", *addressees, *wrapped(P1, 38), *wrapped(P2, 38)]
    found = texts(lines)
    assert "".join(addressees) in found
    assert "关于加快推进城市更新工作的实施意见" in found


# ---- qa79 (session 16): a page number in words (第 3 页 共 12 页) is lifted out of the paragraph it interrupts ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("folio", ["第 3 页 共 12 页", "第3页/共12页", "共12页 第3页", "第 3 页"])
def test_a_page_number_in_words_is_lifted_out_of_the_paragraph_it_interrupts(folio, blank_after_every_line):
    lines = wrapped(P1, 22)
    text = page([["县域经济高质量发展"], lines[:2], [folio], lines[2:], wrapped(P2, 22)], blank_after_every_line)
    assert texts(text.split("\n")) == ["县域经济高质量发展", P1, folio.replace(" ", ""), P2]


# ---- qa79 (session 16): an official document's distribution line opens a block of its own ----
@pytest.mark.parametrize("label", ["抄送", "抄报", "报送", "分送"])
def test_a_distribution_line_never_continues_the_note_over_it(label):
    note = "（联系单位：市农业农村局，联系电话：0512-66001234）"      # a bracketed note that ends no sentence
    line = f"{label}：县委各部门，县人大常委会办公室，县政协办公室。"
    lines = ["三、保障措施", "（一）加强组织领导。建立由县农业农村局牵头，县发展改革局、县财政局、",
             "— 5 —", "县自然资源局等部门参加的协调机制，定期研究解决重大问题。",
             "（二）加大资金投入。县级财政统筹涉农资金，对纳入年度计划的项目给予不超过50万元的奖补。",
             "（三）严格督查考核。定期开展实施情况评估，评估结果作为资金安排的重要依据。", "",
             "某县人民政府办公室", "2025年6月18日", "（此件主动公开）", note, "", line,
             "某县人民政府办公室                    2025年6月19日印发"]
    found = texts(lines)
    assert note in found and line in found


# ---- qa83 (session 16): roundtables from journal PDFs ----
@pytest.mark.parametrize("head, alone", [
    ("城乡发展评论 2024年第3期          对话", True),             # the journal, its issue, the column
    ("城乡发展评论 2024年第3期 · 专题研究 ·", True),
    ("城乡发展评论2024年第3期刊发了多篇论文", False),             # a line of text runs on into the next, as before
])
def test_a_journal_running_head_naming_its_column_is_no_line_of_the_title(head, alone):
    title = "生态补偿如何兼顾公平与效率"
    lines = [head, "", title, "", "与谈人：", "许明哲 某大学经济学院教授", "", *wrapped(P1, 30), "", *wrapped(P2, 30)]
    assert (title in texts(lines)) is alone


@pytest.mark.parametrize("first, rest, joined", [
    ("生态补偿：如何补得准、补得足、", "补得久", True),        # a title's first line stops at an enumeration comma
    ("城乡融合发展中的要素流动，", "机制与路径", True),
])
def test_a_title_line_stopping_at_a_comma_goes_on_with_its_short_rest(first, rest, joined):
    lines = ["城乡发展评论 2024年第3期 对话", "", first, rest, "", "与谈人：", "许明哲 某大学经济学院教授", "",
             *wrapped(P1, 30), "", *wrapped(P2, 30)]
    assert (first + rest in texts(lines)) is joined


def test_a_roundtables_guest_list_set_tight_is_one_guest_a_line_where_blank_lines_part_blocks():
    guests = ["　　许明哲　某大学经济学院教授", "　　邹若兰　某市发展改革委副主任", "　　黎嘉伟　某研究院研究员"]
    lines = ["生态补偿如何兼顾公平与效率", "", "主持人：", "　　方明远　某刊编辑部主任", "与谈人：", *guests, "",
             *wrapped(P1, 30), "", *wrapped(P2, 30)]
    found = texts(lines)
    assert all(g.strip() in found for g in guests)
    assert P1 in found


# ---- qa84: a journal site's row of buttons; a running head with the paper's title and a dotted page number ----
@pytest.mark.parametrize("bar, alone", [
    ("下载PDF  HTML阅读  收藏  分享到：微信 微博 QQ空间", True),
    ("在线阅读 下载CAJ 引用 收藏", True),
    ("下载 收藏", False),                                          # two buttons: no row
    ("下载量超过10万次 收藏量 分享量", False),                     # words of text
])
def test_a_journal_sites_row_of_buttons_is_chrome(bar, alone):
    assert is_nav_bar(bar) == alone


@pytest.mark.parametrize("line, is_head", [
    ("县域医共体建设的成效与优化路径 · 27 ·", True),
    ("· 26 · 县域医共体建设的成效与优化路径", True),
    ("县域医共体建设的成效与优化路径", False),                     # the title alone, no page number
    ("截至2024年底，全省共建成医共体 · 27 ·", False),              # text ends a sentence inside
])
def test_a_running_head_with_the_papers_title_and_a_dotted_page_number_is_furniture(line, is_head):
    assert is_spaced_masthead(line) is is_head


def test_paper_front_labels_before_a_gap_open_their_own_blocks():
    """摘要  … / 关键词  … / 中图分类号  F832.4: labels set before a gap instead of a colon open a line of their own; the
    affiliation line over the abstract, which ends no sentence, would otherwise run into it (qa84)."""
    lines = ["（1. 东岭大学公共管理学院，东岭 南川 410001；2. 西江省社会科学院，西江 临江 330002）",
             "摘要  本文利用县域面板数据，检验数字普惠金融对农户信贷可得性的影响。", "关键词  数字普惠金融；农户信贷",
             "中图分类号  F832.4    文献标识码  A"]
    assert len(texts(lines)) == 4


@pytest.mark.parametrize(("line", "head"), [
    ("文化·观点 2026年3月2日 星期一 第 4 版", True),     # a column of two words joined by a middle dot
    ("财经周刊 第 8 版 2026年3月2日", True),              # the page number before a date that ends the line
    ("财经周刊第8版刊发的评论 2026年3月2日", False),      # text between: no running head
])
def test_a_running_head_may_open_with_a_dotted_column_or_set_its_page_before_the_date(line, head):
    assert is_page_head(line) == head


@pytest.mark.parametrize("head", ["文化·观点 2026年3月2日 星期一 第 4 版", "财经周刊 第 8 版 2026年3月2日",
                                  "评论·视点 第 6 版 2026年3月2日 星期一", "财经周刊 第8版 2026年3月2日 周一"])   # (qa90)
def test_a_running_head_opening_with_its_column_is_no_part_of_the_text_under_it(head):
    text = page([[head], wrapped(P2, 20, indent=0)], True)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert not any(b.startswith(head[:4]) and len(b) > len(head) for b in found)


@pytest.mark.parametrize("title, subtitle", [
    ("以更大力度优化营商环境", "——在全市优化营商环境推进大会上的讲话"),     # the subtitle wider than the title
    ("坚定信心 真抓实干", "——在全县经济工作会议上的讲话"),
    ("让数据多跑路", "——访东川市政务服务数据管理局局长邬明远"),
])
def test_a_subtitle_set_under_a_shorter_title_with_no_blank_line_is_a_block_of_its_own(title, subtitle):
    """A title, then its subtitle on the next line with no blank line between, the two lines alone making the local
    column: the title line falls short of the subtitle's width, so it did not wrap into it (qa92)."""
    lines = [title, subtitle, "市长　邵明川", "（2026年2月26日）", "同志们：", *wrapped(P1, 22), *wrapped(P2, 22)]
    assert texts(lines)[:2] == [title.replace(" ", ""), subtitle]


@pytest.mark.parametrize("rest", ["这是推动高质量发展的必然要求，也是满足人民美好生活需要的重要途径，",
                                  "既要发展也要安全，二者相辅相成、不可偏废"])
def test_a_dash_opening_a_line_of_a_wrapped_paragraph_still_continues_it(rest):
    """  做好今年的工作，必须统筹好两件大事 / ——发展和安全，… : a dash opening the second line of a paragraph, its
    indented first line over it, continues the paragraph (qa92)."""
    para = "做好今年的工作，必须统筹好发展和安全两件" + "——" + rest + "各地各部门要切实扛起责任。"
    lines = ["  " + line if k == 0 else line for k, line in enumerate(wrapped(para, 22))]
    assert texts([*lines, *wrapped(P2, 22)]) == [para, P2]


@pytest.mark.parametrize("source, after", [
    ("（来源：东岭日报　2026年3月5日　第3版）", "（责任编辑：任小禾）"),
    ("（来源：《西川晚报》2026年3月5日第3版）", "（编辑：任小禾）"),
    ("（稿源：南岭商报　2026年3月5日　第5版）", "（责任编辑：任小禾）"),
    ("（来源：东岭日报，2026年3月5日，第3版）", "（责任编辑：任小禾）"),
])
def test_a_closing_source_line_is_a_line_of_its_own(source, after):
    """……。 / （来源：某某日报　date　第3版） as wide as the text / （责任编辑：…）: the source line runs into no closing
    line under it (qa92)."""
    found = texts([*wrapped(P1, 20), source, after])
    assert found[1:] == [source, after.replace(" ", "")]


# ---- qa90 (session 17): a note set wider than the text under it ----
NOTE_WIDE = "编者按：城乡融合关系长远，基层实践最有发言权。本期约请三位基层干部和学者，谈县域发展的经验做法。"
NOTE_NARROW = "编者按：城乡融合关系长远，基层实践最有发言权。本期约请三位作者，谈谈经验和做法。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("note, first_width, parted", [
    # the note's first line wider: its last line, as wide as the text's lines, ends a sentence short of its column
    (NOTE_WIDE, 28, True),
    # one column: a sentence ending at its edge may go on (the layout cannot tell)
    (NOTE_NARROW, 20, False),
])
def test_a_sentence_ending_short_of_its_blocks_first_line_ends_the_block(blank_after_every_line, note, first_width,
                                                                        parted):
    lines = [note[:first_width], *wrapped(note[first_width:], 20, indent=0)]
    assert len(lines[-1]) == 20
    text = page([lines, wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert (note in found) is parted


# ---- qa90 (session 17): a box set beside an article's column, its lines extracted alternating with the article's
BOX_BESIDE = "县域商业体系建设三年行动自2024年起实施，是推动县域商业高质量发展的重要部署。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["■相关链接", "新闻链接", "【延伸阅读】"])
def test_a_box_whose_lines_alternate_with_an_articles_is_read_after_the_articles_sentence(blank_after_every_line,
                                                                                        label):
    art = wrapped(P3, 24, indent=0) + wrapped(P5, 24, indent=0)
    box = wrapped(BOX_BESIDE, 14, indent=0)
    assert box[-1].endswith("。") and len(box) == 3
    cut = 2                                   # the article's third line ends mid-clause
    lines = [*wrapped(P1, 24, indent=0), *art[:cut], label, art[cut], box[0], art[cut + 1], box[1], art[cut + 2], box[2],
             *art[cut + 3:], *wrapped(P6, 24, indent=0)]
    text = page([lines], blank_after_every_line)
    found = [b.text for b in blocks(with_interleaved_boxes(normalized_document(raw(text)).lines))]
    assert P3 in found and P5 in found and P6 in found
    assert BOX_BESIDE in "".join(found[found.index(P5) + 1:])


def test_a_box_whose_lines_alternate_with_an_articles_is_moved_in_traditional_script_too():
    """The same page in Traditional script (相關鏈接, 延伸閱讀): the raw text, which decides whether a page is tried
    for such boxes, is not yet Simplified (session 17's re-typing probe: 830 in Traditional kept its box amid the text)."""
    art = wrapped(P3, 24, indent=0) + wrapped(P5, 24, indent=0)
    box = wrapped(BOX_BESIDE, 14, indent=0)
    lines = [*wrapped(P1, 24, indent=0), *art[:2], "■相关链接", art[2], box[0], art[3], box[1], art[4], box[2],
             *art[5:], *wrapped(P6, 24, indent=0)]
    text = opencc.OpenCC("s2t").convert(page([lines], True))
    assert "鏈接" in text and "链接" not in text
    found = [b.text for b in blocks(lines_in_reading_order(normalized_document(raw(text))))]
    assert P3 in found and P5 in found and BOX_BESIDE in "".join(found[found.index(P5) + 1:])


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_box_label_after_a_sentences_end_moves_no_line(blank_after_every_line):
    lines = [*wrapped(P1, 24, indent=0), "■相关链接", *wrapped(BOX_BESIDE, 14, indent=0), *wrapped(P6, 24, indent=0)]
    before = normalized_document(raw(page([lines], blank_after_every_line))).lines
    assert list(with_interleaved_boxes(before)) == list(before)


# ---- qa95 (session 17) ----
@pytest.mark.parametrize("title, subtitle", [
    ("奋力谱写南岭高质量发展新篇章", "——在全市经济工作会议上的讲话"),        # the subtitle about as wide as the title
    ("全面推进城乡融合发展走深走实", "——在全县城乡融合发展大会上的讲话"),
    ("政府工作报告", "——2026年1月15日在南岭市第十届人民代表大会第四次会议上"),
])
def test_a_subtitle_naming_the_occasion_is_a_block_of_its_own_whatever_the_titles_width(title, subtitle):
    """A title, then ——在…上的讲话 on the next line, the two of like width: the subtitle never is the title's wrapped rest
    (qa95)."""
    lines = [title, subtitle, "市长　邵明川", "（2026年2月26日）", "同志们：", *wrapped(P1, 22), *wrapped(P2, 22)]
    assert texts(lines)[:2] == [title, subtitle]


def test_a_dash_and_an_occasion_word_opening_a_wrapped_line_of_a_paragraph_still_continue_it():
    para = "做好今年的工作，必须把握好两个方面的要求" + "——在发展中保障安全，在安全中谋求发展，" + "各地各部门要切实扛起责任。"
    lines = ["  " + line if k == 0 else line for k, line in enumerate(wrapped(para, 22))]
    assert texts([*lines, *wrapped(P2, 22)]) == [para, P2]


# ---------------------------------------------------------------- qa94 (session 17)

@pytest.mark.parametrize("line, date, expected", [
    ("东川市商务局        东川市财政局", "2025年3月12日", True),          # a notice issued jointly: each issuer in turn
    ("东川市农业农村局\t东川市财政局\t东川市自然资源局", "2025年3月12日", True),
    ("东川市商务局", "2025年3月12日", True),
    ("东川市商务局        东川市财政局", "加快发展夜间经济", False),     # no date under it
    ("东川市商务局        王晓明", "2025年3月12日", False),              # an issuer and a person: no joint signature
])
def test_issuers_signing_jointly_on_one_line_over_a_date_sign_the_document(line, date, expected):
    assert is_issuer_over_date(line, date) is expected


@pytest.mark.parametrize("head", [
    ("2.推动水利、电力、交通等基础设施数字化改造升级，提升", "乡村基础设施智能化管理水平"),   # an item's heading line
    ("一、推动水利、电力、交通等基础设施数字化改造升级，提", "升乡村基础设施智能化水平"),       # a marked heading
    ("一、准确把握银发经济的", "丰富内涵"),                 # one set in a larger type, short of the column (wraps_heading)
])
def test_a_heading_wrapped_over_a_page_number_runs_on_past_it(head):
    """2.推动水利、…，提升 / — 3 — / 乡村基础设施智能化管理水平: a PDF's page number lifted out of the text leaves no blank
    line where there was none; the heading runs on over the page break as a paragraph does (qa94)."""
    text = "推动千兆光网和5G网络向有条件的行政村延伸，到2026年底，全市行政村5G网络通达率达到95%以上，重点场所实现5G信号全覆盖。"
    body = [text[i:i + 26] for i in range(0, len(text), 26)]
    found = [b.text for b in blocks([*body, head[0], "— 3 —", head[1], *body, "二、保障措施", *body])]
    assert found[1:3] == ["".join(head), "— 3 —"]


# ---- qa96 (session 17): an interview's turns on a hard-wrapped page, a caption amid a column ----
_LEAD_FULL = "今年冬季，清河冰雪旅游持续升温，滑雪场、温泉小镇游人如织。记者日前专访了市文化和旅游局局长欧明远。"
_TURN = "记者：冰雪旅游季节性强，如何让冰雪经济冬热夏不冷？"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["记者：", "问："])
def test_a_reporters_turn_under_a_full_line_ending_a_sentence_opens_a_paragraph(blank_after_every_line, label):
    lead = wrapped(_LEAD_FULL[:-1], 16, indent=0)
    lead[-1] += "。"                                          # the lead's last line fills its column, its stop hung
    assert len(lead[-1]) == 17
    turn = label + _TURN[3:]
    text = page([lead, wrapped(turn, 16, indent=0), wrapped(P2, 16, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert _LEAD_FULL in found and turn in found


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_reporter_label_under_a_line_stopping_mid_sentence_runs_on(blank_after_every_line):
    para = "欧明远告诉记者，今年游客增长明显。他对" + "记者：说，冰雪经济带动了就业和增收，也带动了餐饮和住宿。"
    lines = ["欧明远告诉记者，今年游客增长明显。他对", "记者：说，冰雪经济带动了就业和增收，", "也带动了餐饮和住宿。"]
    text = page([wrapped(P1, 19, indent=0), lines], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert para in found


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_one_line_caption_over_its_photo_credit_continues_no_line(blank_after_every_line):
    # a picture set amid a column: the paragraph's line over it stops mid-sentence, the caption ends a sentence
    cut = "其三，坚持改革赋能，让生态价值更"
    lines = [*wrapped(P1, 16, indent=0), cut, "图为清河生态修复段。", "本报记者 欧明远 摄", "好转化。要健全生态产",
             "品价值实现机制。"]
    found = [b.text for b in blocks(normalized_document(raw(page([lines], blank_after_every_line))).lines)]
    assert "图为清河生态修复段。" in found and cut in found


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("subtitle", ["——访清河市文化和旅游局局长欧明远", "——专访清河市数据局局长柯清禾"])
def test_an_interviews_subtitle_under_a_full_title_line_is_a_line_of_its_own(blank_after_every_line, subtitle):
    title = "郑一鸣让“冷资源”变成“热经济”"
    text = page([wrapped(P1, 16, indent=0), [title, subtitle, "本报记者 柯清禾"], wrapped(P4, 16, indent=0)],
                blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert subtitle in found and title in found


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_dash_opening_a_line_of_text_with_a_clause_is_no_interviews_subtitle(blank_after_every_line):
    para = "欧明远说，这次出访收获很大，成果来之不易——访问期间，双方就数字经济合作签署了协议，还商定了后续安排。"
    lines = ["欧明远说，这次出访收获很大，成果来之不易", "——访问期间，双方就数字经济合作签署了", "协议，还商定了后续安排。"]
    text = page([wrapped(P1, 19, indent=0), lines, wrapped(P2, 19, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert para in found


# ---- qa98 (session 17): a lead-in colon over a blank line ----
_LEAD = "关键是发挥县城的枢纽作用，县城连着城市、带着乡村，是县域商业体系的龙头。下一步要做好三件事："
_ONE = "一是建好县级物流配送中心。整合邮政和快递的资源，推行多站合一、一点多能，降低每一单的成本。"
_TWO = "二是完善乡镇商贸中心。既卖工业品，也收农产品。"


@pytest.mark.parametrize("lines", [
    [_LEAD, "", _ONE, "", _TWO],
    [P1, "", _LEAD, "", _ONE, "", _TWO, "", P2],
])
def test_a_lead_in_ending_with_a_colon_over_a_blank_line_ends_its_markdown_paragraph(lines):
    """…下一步要做好三件事： / a blank line / 一是…: in Markdown the lead-in is a paragraph of its own, not the first words
    of the list's first item (qa98)."""
    assert [b.text for b in blocks(lines, markdown=True)] == [t for t in lines if t]


# ---- qa276: a Markdown line set whole in emphasis over a blank line ----
_CAPTION = "*▲西湾街道养老服务中心的老人们在上书法课，课后还能在楼下领取午餐（摄影｜街道办）*"
_NOTE = "*本文根据作者在2026年城乡养老服务论坛上的发言整理，经本人审阅，标题和小标题为编者所加*"


@pytest.mark.parametrize("line", [_CAPTION, _NOTE])
def test_a_markdown_line_set_whole_in_emphasis_ends_at_a_blank_line(line):
    """*▲…（摄影｜街道办）* / a blank line / the text: a line wrapped whole in emphasis ends its paragraph at the blank
    line, though it ends no sentence and fills its line; the text under it is no run-on of it (qa276)."""
    lines = [P1, "", line, "", P2]
    assert [b.text for b in blocks(lines, markdown=True)] == [t for t in lines if t]


# ---- session 17 (lead)

@pytest.mark.parametrize("pattern, characters", [(P.SUBTITLE_INITIAL, P.SUBTITLE_INITIALS)])
def test_a_first_character_class_matches_its_characters_and_no_other(pattern, characters):
    """A class built from a string of marks is a cheap first test before a line's pattern: it must hold those marks
    only. (SUBTITLE_INITIALS' unescaped `-` between ─ and （ once made it a range over every Chinese character, so every
    line of a page went through five subtitle patterns.)"""
    matched = {chr(c) for c in range(0x10000) if pattern.match(chr(c))}
    assert matched == set(characters)
LEAD = "推进县域经济高质量发展，既要练好内功，也要借势借力。如何在改革中激发县域发展活力？本文作者结合调研谈几点思考。"
FIRST_AT_EDGE = "城乡融合发展是中国式现代化的必然要求。"      # 18 characters and its stop: a line 19 wide
HUNG_AT_EDGE = ("城乡融合发展是中国式现代化的必然要求。党的二十届三中全会提出，健全推进新型城镇化体制机制，完善城乡融合发展体制"
                "机制。县域连接城市、服务乡村，是推动城乡融合的关键节点。")     # its second line hangs its stop: 20 wide


@pytest.mark.parametrize("para", [
    # under a standfirst set wider (qa97), the window of the text's first lines takes in its lines: a first line
    # ending a sentence at the edge of the column under it, and a line hanging its stop past that edge, go on
    FIRST_AT_EDGE + P1,
    HUNG_AT_EDGE,
])
def test_a_line_ending_a_sentence_at_the_edge_of_the_column_under_it_goes_on(para):
    lines = [*hung(LEAD, 27), *hung(para, 19), *hung(P2, 19), *hung(P4, 19)]
    assert hung(FIRST_AT_EDGE + P1, 19)[0] == FIRST_AT_EDGE
    found = texts(lines)
    assert para in found and P2 in found


# ---- session 26 (qa225): a page that indents its paragraphs ----
INDENTED_AT_EDGE = "推进城乡融合发展，必须把县域作为重要切入点，统筹新型工业化和城镇化建设。"   # 17 + 19: ends at the edge


def test_a_sentence_at_the_column_edge_under_an_indented_first_line_goes_on_under_a_wider_standfirst():
    # the text's first paragraph, its first line an indent short, under a standfirst set wider: the window of its
    # second line takes in the standfirst, and the sentence ending at its edge went on as it does under a flush line
    para = INDENTED_AT_EDGE + P1
    lines = [*hung(LEAD, 27), *wrapped(para, 19), *wrapped(P2, 19), *wrapped(P4, 19)]
    assert wrapped(para, 19)[1].endswith("。")
    found = texts(lines)
    assert para in found and P2 in found


SIDEBAR_FIRST = "读书贵在有恒。有的人一时兴起买了很多书，翻了几页就束之高阁；有的人只读摘要。"
SIDEBAR_SECOND = ("读书不是一朝一夕就能见效的事，而是要日积月累、循序渐进，在反复咀嚼中体会其中的道理，把书中的真知化为自己的学养，"
                  "再用到工作中去，在实践中检验所学，学以致用。")


def test_a_narrow_sidebars_indented_first_line_opens_its_paragraph_beside_wider_text():
    # a sidebar 10 wide between texts 19 wide: its second paragraph's full lines make a narrow box, and the paragraph's
    # first line, an indent short of the box, is the box's too, not a heading over it
    lines = [*wrapped(P1, 19), "学习札记", "读书贵在有恒", "林 默", *wrapped(SIDEBAR_FIRST, 10),
             *wrapped(SIDEBAR_SECOND, 10), *wrapped(P2, 19), *wrapped(P4, 19)]
    found = texts(lines)
    assert SIDEBAR_FIRST in found and SIDEBAR_SECOND in found and P2 in found


@pytest.mark.parametrize("second", [
    "其一，" + P2,          # an item's marker opens the line under it: the sentence ends a lead-in (qa97)
    "问：" + P2,
])
def test_a_sentence_at_the_edge_of_the_column_ends_its_paragraph_over_an_item_or_a_label(second):
    lines = [*hung(LEAD, 27), *hung(FIRST_AT_EDGE, 19), *hung(second, 19), *hung(P4, 19)]
    found = texts(lines)
    assert FIRST_AT_EDGE in found


BOX_TEXT = "中华文明探源工程于2002年正式启动，以多学科结合的方式，研究中华文明起源、形成和早期发展的过程与机制。"
BOX_PAGE = [
    "巩固文化主体性，以高度的文化自觉推动社",
    "会主义文化繁荣兴盛。",
    "守护中华文脉",
    "赓续历史文化根脉",
    "中华优秀传统文化是中华文明的智慧结晶和",
    "精华所在。要加强文物和文化遗产系统性保",
    "护，推进考古学研究，深入实施中华文明探",
    "源工程，讲清楚中华文明的历史渊源和发展",
    "脉络。",
    "知识链接",
    "中华文明探源工程于2002年",
    "正式启动，以多学科结合的",
    "方式，研究中华文明起源、",
    "形成和早期发展的过程与机",
    "制。",
    "要推动中华优秀传统文化创造性转化、创新",
    "性发展，用好博物馆、图书馆、非遗工坊等",
    "阵地，让文物“活”起来、让文化“火”起",
    "来。",
    "推动文化创新",
    "激发全民族文化创造活力",
]


def test_the_short_last_line_of_a_box_in_a_narrower_column_stays_the_boxs():
    """A box 12 wide amid text 19 wide, under its label (qa97): its last full line, short of its window's column, goes on
    into the box's short last line (制。), which is no paragraph of the text under it."""
    assert BOX_PAGE[BOX_PAGE.index("知识链接") + 5] == "制。"
    found = texts(BOX_PAGE)
    assert BOX_TEXT in found and "制。" not in found


@pytest.mark.parametrize("heading, heading_apart", [
    # the quote's parallel clause after its comma ends it short of its column: the one-line heading under it, as
    # wide as the page's other one-line headings, stands apart (qa97)
    ("优化服务供给", True),
    # a short line as wide as no heading around it stays the quote's
    ("优化政务服务供给", False),
])
def test_a_one_line_heading_under_a_pull_quotes_closing_clause_stands_apart(heading, heading_apart):
    quote = ["■让数据多跑路，", "让群众少跑腿"]
    lines = [*hung(P1, 18), "打破数据壁垒", *hung(P2, 18), *quote, heading, *hung(P4, 18), "强化安全保障",
             *hung(P6, 18)]
    found = texts(lines)
    assert (heading in found) is heading_apart
    assert "".join(quote) + ("" if heading_apart else heading) in found


@pytest.mark.parametrize(("line", "head"), [
    ("理论周刊 5 2027年8月3日 星期二", True),      # the column, a bare page number, the date and weekday (qa97)
    ("理论 11 2027年7月6日 星期二", True),
    ("理论周刊5篇文章 2027年8月3日 星期二", False),   # no page number apart by spaces
])
def test_a_running_head_may_set_a_bare_page_number_between_its_column_and_date(line, head):
    assert is_page_head(line) == head


# ---- qa102: lines of their own under a title ----
@pytest.mark.parametrize("line", [
    "东湖公共政策研究中心　城市治理研究组",     # a research body and its group, set apart by a wide space
    "某某大学　公共管理学院",                     # a university and its school
])
def test_research_bodies_set_apart_by_a_space_under_a_title_are_a_line_of_their_own(line):
    """A report one paragraph a line: the bodies' line under a title that ends no sentence is no rest of it."""
    title = "东湖新区发展现代服务产业的路径选择"
    lines = ["政策研究报告｜2026年第3期", title, line, "撰文：罗嘉明、苏婉清", "2026年4月", "内容提要", P1 + P2,
             "一、发展基础", P3 + P4, "二、主要制约", P1 + P2, "三、政策建议", "一、加快平整用地。" + P5,
             "二、补齐配套短板。" + P6]
    assert texts(lines)[1:4] == [title, line.replace(" ", ""), "撰文：罗嘉明、苏婉清"]


@pytest.mark.parametrize("line, matches", [
    ("东湖公共政策研究中心　城市治理研究组", True),
    ("某某大学　公共管理学院", True),
    ("东湖公共政策研究中心", False),                 # one body: RESEARCH_BODY_LINE's
    ("推进城市更新　建设宜居城市", False),           # a title's words set apart
])
def test_research_bodies_line_pattern(line, matches):
    assert bool(P.RESEARCH_BODIES_LINE.match(line)) == matches


@pytest.mark.parametrize("line", [
    "发布日期：2026-03-11 09:15　　来源：某某市商务局　　阅读量：864",
    "更新日期：2026-03-11 10:02　　来源：某某市商务局　　浏览次数：120",
])
def test_a_line_of_fields_opening_with_a_date_label_under_a_title_is_a_line_of_its_own(line):
    title = "《某某市推动冷链物流提质增效的实施方案》解读"
    lines = [title, line, *wrapped(P1, 24), "", *wrapped(P2, 24)]
    assert title in texts(lines)


# ---- qa100 (session 17): newspaper pages ----
def test_a_doubled_banner_over_a_two_line_title_is_a_block_of_its_own():
    lines = ["要闻要闻 评论", "推动城乡融合发展", "促进要素双向流动", "柯 岚 南岭日报", *wrapped(P1, 20), *wrapped(P2, 20)]
    found = [b.text for b in blocks("\n\n".join(lines).split("\n"))]
    assert found[0] == "要闻要闻 评论"


@pytest.mark.parametrize("footer, lifted", [
    # (qa100) a page's number and date between two lines of one sentence: furniture, the sentence runs on past them
    (["第 5 版", "2026年9月8日"], True),
    (["2026年9月8日", "第5版"], True),
    (["第 5 版"], True),
    # a date alone is no footer of this shape
    (["2026年9月8日"], False),
])
def test_a_page_footer_between_two_lines_of_a_sentence_is_lifted_out(footer, lifted):
    para = wrapped(P1, 20)
    lines = [*para[:2], *footer, *para[2:], *wrapped(P2, 20)]
    found = [b.text for b in blocks("\n\n".join(lines).split("\n"))]
    assert (P1 in found) is lifted
    if lifted:
        assert found.index(P1) < found.index(footer[0])


@pytest.mark.parametrize("head, lifted", [
    # (qa237) a magazine's name and issue with the bare page number under or over it, between two lines of a sentence
    (["前线 2025年第3期", "36"], True),
    (["37", "2025年第3期 前线"], True),
    # the year and issue parted by a slash, as a magazine prints them
    (["前线 2025/03", "36"], True),
    (["37", "2025/03 前线"], True),
    # a number alone, or beside a line that is no running head, is no head of this shape
    (["36"], False),
    (["前线", "36"], False),
])
def test_a_magazine_head_and_page_number_between_two_lines_of_a_sentence_are_lifted_out(head, lifted):
    para = wrapped(P1, 20)
    lines = [*para[:2], *head, *para[2:], *wrapped(P2, 20)]
    found = [b.text for b in blocks("\n".join(lines).split("\n"))]
    assert (P1 in found) is lifted


# ---- qa101 (session 17): a web page's foot fields ----
@pytest.mark.parametrize("foot", [
    ["资料来源：东岭省发展委员会", "新闻联络人：产业发展处 林美华科长", "联络电话：(02)2316-5300分机1234"],
    ["数据来源：东岭省统计局", "新闻联络人：综合规划处 陈科长", "联络电话：(0571)8765-4321"],
])
def test_the_source_and_press_contact_lines_of_a_pages_foot_are_blocks_of_their_own(foot):
    """Short field lines under the text's last paragraph (资料来源：… / 新闻联络人：… / 联络电话：…) look like one
    paragraph hard-wrapped; each is a line of its own (qa101)."""
    assert texts([P1, P2, *foot]) == [P1, P2, *(t.replace(" ", "") for t in foot)]


@pytest.mark.parametrize("label", ["名词解释", "知识链接", "【延伸阅读】"])
def test_a_box_label_over_its_title_is_no_two_line_heading_that_takes_a_pull_quotes_last_line(label):
    """(qa106) Only section headings tell that a page sets them in two lines: a box's label over its title does not,
    so the short last line of a quote over a one-line heading stays the quote's."""
    quote = ["■县域商业是", "“双循环”中的城乡", "流通的纽带"]
    lines = [label, "县域商业体系", *hung(P1, 21), *quote, "完善县乡村物流配送网络", *hung(P4, 21)]
    found = texts(lines)
    assert "".join(quote) in found and "完善县乡村物流配送网络" in found


@pytest.mark.parametrize("word", ["成效", "支撑"])
def test_a_pull_quotes_last_word_after_a_line_with_a_hung_comma_is_no_byline(word):
    """(qa106) A comma hung past the edge of the quote's column makes its line a character wider than the column: the
    lines under it still fill the column, so the lone word under the last of them (which byline() would read as a
    name) is the quote's last line, not the byline of what follows."""
    lines = ["■县域商业是城乡", "流通的“主动脉”，", "其网络体系的完善", "程度直接决定着消", "费潜力释放的整体", word,
             "■要坚持市场主导、政府引导，", "让商贸流通企业愿下沉、能下沉", *hung(P2, 18)]
    assert texts(lines) == ["■县域商业是城乡流通的“主动脉”，其网络体系的完善程度直接决定着消费潜力释放的整体" + word,
                            "■要坚持市场主导、政府引导，让商贸流通企业愿下沉、能下沉", P2]


@pytest.mark.parametrize("heading, word", [
    ("（二）选准县域商业的发展", "方向"),
    ("三、打造城乡融合发展的新", "高地"),
    ("（四）探索县域商业数字化转型", "路径"),
])
def test_a_marked_heading_wrapped_onto_a_word_that_reads_as_a_name_keeps_it(heading, word):
    """(qa106) A numbered heading set in a larger type wraps within its column; its rest, a lone word byline() would
    read as a name, is no byline under it but the heading's end, a line of text following."""
    lines = [*hung(P1, 23), heading, word, *hung(P2, 23)]
    assert texts(lines) == [P1, heading + word, P2]

# ---- qa111: the PDF layout (a blank line after every line) reads as the same page without blank lines ----
def pdf_layout(lines: list[str]) -> list[str]:
    """The lines with a blank line after each, as PDF extraction gives them (a blank line there already becomes
    three)."""
    return [x for line in lines for x in (line, "")]


QA111_HEADINGS = [["补短板", "夯实县域产业发展的根基"], ["促融合", "推动城乡要素双向流动"]]


@pytest.mark.parametrize("layout", [list, pdf_layout])
@pytest.mark.parametrize("quote", [
    ["■县域是城乡融合的重要", "切入点，要让要素在城乡", "之间自由流动、平等交换"],
    ["■数字乡村建设要从农民", "需求出发，让平台好用、", "管用、爱用，真正见实效"],
])
def test_a_pull_quote_leaves_the_two_line_heading_under_it_in_either_layout(layout, quote):
    """A quote's full last line over a heading's short first line (促融合 / 推动城乡要素双向流动 / the text), on a page
    whose other heading is set so: in the PDF layout the blank line after every line parts the lines no more than a
    line break does, and the heading's first line is not the quote's (qa111)."""
    heading = QA111_HEADINGS[1]
    lines = [*QA111_HEADINGS[0], *hung(P1, 18), *hung(P2, 18), *quote, *heading, *hung(P4, 18)]
    found = texts(layout(lines))
    assert "".join(quote) in found
    assert heading[0] in found and heading[1] in found


@pytest.mark.parametrize("layout", [list, pdf_layout])
def test_a_pull_quote_ends_at_the_blank_line_over_the_heading_under_it_in_either_layout(layout):
    """A letter-spaced quote in a column five wide, a blank line, a one-line heading as wide as its lines: the blank
    line ends the quote; in the PDF layout it is the blank line more than the one after every line (qa111)."""
    lines = [*hung(P1, 18), "■ 要 守 住", "底线思维、", "稳字当头，", "不急于求成", "", "发展路径", "", *hung(P2, 18)]
    assert texts(layout(lines)) == [P1, "■要守住底线思维、稳字当头，不急于求成", "发展路径", P2]


@pytest.mark.parametrize("layout", [list, pdf_layout])
def test_a_marked_heading_wraps_onto_its_short_rest_over_a_pull_quote_in_either_layout(layout):
    """二、完善基层公共 / 服务网络 / ■…: the ■ line opens the quote's narrow column, no wider text, yet the heading's rest
    is still the heading's in the PDF layout too (qa111; the page without blank lines: qa67)."""
    lines = [*wrapped(P1, 20), "二、完善基层公共", "服务网络", "■要让服务下沉，", "也让资源跟进", *wrapped(P2, 20)]
    assert texts(layout(lines)) == [P1, "二、完善基层公共服务网络", "■要让服务下沉，也让资源跟进", P2]


@pytest.mark.parametrize("layout", [list, pdf_layout])
@pytest.mark.parametrize("label, title", [("评论员", "“数字下乡”之后，服务如何跟上"), ("观察", "“智慧养老”之后，服务如何兜底")])
def test_a_title_under_a_column_label_over_an_indented_first_line_is_a_line_of_its_own_in_either_layout(
        layout, label, title):
    """A column's label, a title short of the column, the text's first line indented (its indent stripped, short by
    it) over full lines: the title ends no sentence, so it is no line of the paragraph under it (qa111)."""
    lines = [*wrapped(P1, 23), label, title, *wrapped(P2, 23), *wrapped(P4, 23)]
    assert texts(layout(lines)) == [P1, label, title, P2, P4]


def test_a_first_line_short_of_a_full_line_under_a_label_in_the_pdf_layout_runs_on():
    """The PDF layout: a short label, then a line short of its column over a full line (not the indented first line of
    a paragraph): the line is the text's, as before qa111."""
    first, rest = "“算力下乡”工程于2024年全面启动，在东岭", "、西川、南屏等地布局建设一批县域算力节点，带动数据服务业发展。"
    lines = [*wrapped(P1, 23), "资料", first, *hung(rest, 23), *wrapped(P2, 23)]
    assert texts(pdf_layout(lines)) == [P1, "资料", first + rest, P2]


@pytest.mark.parametrize("layout", [list, pdf_layout])
@pytest.mark.parametrize("head", [["以物流体系建设", "畅通城乡经济循环", "东岭县发展改革局课题组"],
                                  ["补齐农村物流短板", "织密县乡村三级网络", "本报评论员"]])
def test_a_first_line_ending_a_sentence_at_the_columns_edge_under_a_head_goes_on_in_either_layout(layout, head):
    """A title set in two lines and a byline over the text's first line, which ends a sentence exactly at the column's
    edge over full lines (the short lines make the window irregular): the paragraph goes on, in the PDF layout as on
    the page without blank lines (qa111)."""
    para = ("农村物流是连接城乡生产和消费的重要纽带。近年来，县乡村三级物流体系加快建设，快递进村覆盖面持续扩大，"
            "农产品出村进城更加顺畅，但末端网点分散、运营成本偏高等问题仍然存在，需要统筹资源、共建共享。")
    assert para[19] == "。"
    lines = [*wrapped(P1, 20), *head, para[:20], *hung(para[20:], 20), *wrapped(P2, 20)]
    assert texts(layout(lines))[-2:] == [para, P2]

# ---- qa107: a page number lifted out under the line below a heading ----

@pytest.mark.parametrize("folio", ["— 12 —", "—12—", "- 12 -"])
def test_a_page_number_under_the_line_below_a_heading_is_no_blank_line_after_a_wrapped_heading(folio):
    """三、主要问题 / 调查显示，…， / — 12 — / 部分…。: the page number lifted out after the short line under a heading leaves
    no blank line there, so that line is the first of the paragraph cut by the page break, not the heading's rest."""
    para = "（三）单位办托型。由用人单位在工作场所或周边为职工提供托育服务，目前覆盖面仍然较小。"
    found = [b.text for b in blocks([para, "三、主要问题", "调查显示，样本社区托育点的平均入托率仅为58.3%，", folio,
                                     "部分托育点甚至不足四成，供需之间存在结构性错配。"])]
    assert found[1] == "三、主要问题"
    assert found[2].startswith("调查显示，样本社区托育点的平均入托率仅为58.3%，")

@pytest.mark.parametrize(("line", "head"), [
    ("第05版：观点 2027年3月9日 星期二", True),      # an e-paper's head: a colon after the page number (qa105)
    ("A7版：财经·民生 2027年3月9日 星期二", True),
    ("12: 要闻 2027年3月9日 星期二", True),
    ("第5条：自2027年3月9日起施行", False),         # a clause opening with an article's number and a colon
    ("第05版：观点文章五篇", False),                 # no date after the column
])
def test_a_running_head_may_set_a_colon_between_its_page_number_and_column(line, head):
    assert is_page_head(line) == head


def test_a_letter_spaced_name_under_a_bullet_is_read_as_a_byline_among_lines():
    # (qa105) ◎ 钟 若 岚 under a title: reflow asks byline() about it, as about ◎ 钟若岚
    lines = ["推动县域商业体系提档升级", "◎ 钟 若 岚", *hung(P1, 18)]
    texts_, firsts, lasts = lines, "".join(t[:1] for t in lines), "".join(t[-1:] for t in lines)
    assert bylines_among(texts_, firsts, lasts) == {1: Byline(("钟若岚",))}


@pytest.mark.parametrize("caption", [
    "图为游客在古镇体验竹编技艺。　本报记者　程 远摄",      # a one-line caption ending with its credit (qa105)
    "图为新建成的城市口袋公园。 新华社记者 苏 航摄",
])
def test_a_one_line_caption_with_its_credit_is_never_the_rest_of_a_full_paragraph_over_it(caption):
    # the paragraph's last line is full and ends a sentence: the caption under it is a block of its own
    last = "推动文旅融合发展，让更多游客感受传统文化魅力。"
    lines = [*hung(P1, 23), "　　" + P2[:21], last, caption, *hung(P4, 23)]
    assert caption.replace(" ", "").replace("　", "") in [t.replace("　", "") for t in texts(lines)]

# ---- qa110: a plan's indicator table with a one-character unit column ----
@pytest.mark.parametrize("line, row", [
    ("3 省级示范园区 家 12 20 预期性", True),        # the unit in a column of its own, one character
    ("2 新建公共充电桩 台 800 1500 约束性", True),
    ("1 重点项目 个 以上 完成", False),               # a one-character word before no number cell: no cell
    ("序 号 指 标 名 称 单 位", False),               # a column head spaced out one character a word
])
def test_a_table_row_may_give_a_one_character_unit_before_its_numbers(line, row):
    assert is_table_row(line) is row


# ---- qa110: a one-line bullet that ends a sentence does not run into the wider paragraph under it ----
@pytest.mark.parametrize("bullets", [
    ["●强化要素保障。优先保障重点项目用地和能耗指标。", "●优化营商环境。推行“一网通办”，压减审批时限。"],
    ["●完善考核机制。把耕地保护纳入考核。"],
])
def test_a_one_line_bullet_ending_a_sentence_ends_over_a_wider_paragraph(bullets):
    """One paragraph a line (a WeChat page): the last ● bullet is a block of its own, not the first line of a pull
    quote running on into the wider paragraph under it (qa110)."""
    last = "总的来看，县域发展既要立足当前、解决突出问题，又要着眼长远、夯实基础。"
    lines = ["强化保障", *bullets, last, "作者单位：某某大学经济学院。"]
    assert texts(lines) == lines


def test_a_bullet_ending_a_sentence_ends_on_a_page_of_one_paragraph_a_line():
    """The paragraph under the last ● bullet is no wider than it: on a page that sets one paragraph a line the bullet,
    which ends a sentence, still ends there, with the caption and heading under it (qa110)."""
    lines = ["强化保障", P1, "服务专员重点做好三件事：", "●送政策上门。逐企讲解稳岗返还等政策，帮助企业应享尽享。",
             "●送技能培训。联合企业开展订单式培训，培训合格后直接上岗。", "截至10月底，全市开展专场招聘会86场。",
             "▲位于高铁站旁的零工市场。", "服务清单一览", P2]
    assert texts(lines) == lines

# ---- qa113: a column banner of two names joined by a middle dot under the running head ----
@pytest.mark.parametrize("banner", ["思想周刊·前沿观察", "理论周刊・实践探索"])
def test_a_dotted_banner_under_the_running_head_is_no_line_of_the_title_under_it(banner):
    # (the banner about as wide as the title's lines: without the rule they are read as one title set over three lines)
    lines = ["6 2026年9月8日 星期二 思想周刊", banner, "加快推进城乡融合发展", "更好促进要素双向流动", "□ 柯岚",
             *hung(P1, 40), *hung(P2, 40)]
    assert texts(lines)[1:3] == [banner, "加快推进城乡融合发展更好促进要素双向流动"]


# ---- qa113: a marked heading set wider than the text's column ----
@pytest.mark.parametrize("heading", [
    "（二）健全覆盖城乡的基本公共服务供给体系",     # a character or two wider than the column of the text under it
    "三、推动县域经济高质量发展不断迈上新台阶",
    "（二）健全覆盖城乡、统一规范的基本公共服务供给体系",   # set across the columns of the text under it
])
def test_a_marked_heading_wider_than_its_texts_column_is_a_line_of_its_own(heading):
    lines = [*hung(P1, 18), heading, *hung(P2, 18), *hung(P4, 18)]
    found = texts(lines)
    assert found[:2] == [P1, heading] and found[2].startswith(P2)


def test_a_marked_items_first_line_as_wide_as_its_column_runs_on_into_the_item():
    item = "（二）" + P2
    lines = [*hung(P1, 18), *hung(item, 18), *hung(P4, 18)]
    assert texts(lines) == [P1, item, P4]


# ---- qa118: a box's edges drawn with box-drawing characters ----
@pytest.mark.parametrize(("top", "bottom"), [
    ("┌──────────────────┐", "└──────────────────┘"),
    ("╔══════════════════╗", "╚══════════════════╝"),
    ("┏━━━━━━━━━━━━━━━━━━┓", "┗━━━━━━━━━━━━━━━━━━┛"),
])
def test_a_boxs_drawn_edge_is_a_line_of_its_own(top, bottom):
    # (the bottom edge, as wide as the text, would otherwise run on into the heading and the turn under it)
    heading = "治理：从“管得住”到“管得好”"
    turn = "　　记者：今年以来，流域综合治理工作进展如何？"
    lines = [*hung(P1, 20), top, "　人物简介", "　岑文博，经济学博士，长期从事", "　流域管理研究。", bottom, heading, turn,
             *hung(P2, 20)]
    found = texts(lines)
    assert bottom in found and heading in found and top in found
    assert found[found.index(bottom) + 1] == heading

# ---- qa117: a running head met once that repeats the document's title ----
@pytest.mark.parametrize("folio", ["— 4 —", "—4—", "- 4 -"])
def test_a_running_head_repeating_the_title_over_one_page_is_lifted_with_the_page_number(folio):
    """…降低运营成本， / — 4 — / 某市乡村物流发展规划 / 保障群众…: a short PDF prints its title over one page only (the
    head follows one page number, not several); the line repeats the document's first line, so it is the page's
    running head and the paragraph runs on past it."""
    title = "青溪县“十五五”乡村物流发展规划"
    text = "鼓励采用客货邮融合、定时定线配送等方式，降低农村物流运营成本，保障群众基本寄递需求，提高末端网点的运营效益。"
    body = [text[i:i + 26] for i in range(0, len(text), 26)]
    found = [b.text for b in blocks([title, *body[:2], folio, title, *body[2:], "第二章  保障措施", *body])]
    assert found[1] == text and found.count(title) == 2 and found[0] == title


# ---- qa243: a plan's running head leaves out the cover title's excerpt mark, and may stand over its page number ----
@pytest.mark.parametrize(("head", "before", "lifted"), [
    ("青禾市国民经济和社会发展第十五个五年规划纲要", False, True),     # the cover's 规划纲要（节选） set as one, no mark
    ("青禾市国民经济和社会发展第十五个五年规划纲要", True, True),      # over its page's number, not under the last one
    ("青禾市国民经济和社会发展第十五个五年规划纲要（节选）", True, True),
    ("青禾市国民经济和社会发展第十五个五年规划编制说明", False, False),  # another line: text's
    ("青禾市国民经济和社会发展第十五个五年规划编制说明", True, False),
])
def test_a_plans_running_head_without_the_excerpt_mark_is_lifted_over_or_under_the_page_number(head, before, lifted):
    """…降低运营成本， / 某市规划纲要 / — 12 — / 保障群众…: the cover sets 某市…规划 / 纲要（节选） over two lines, the
    pages repeat the title without its excerpt mark, the number under the head or over it; either way the page's
    furniture, and the paragraph runs on past both."""
    cover = ["青禾市国民经济和社会发展第十五个五年", "规划纲要（节选）", "青禾市人民政府"]
    text = "鼓励采用客货邮融合、定时定线配送等方式，降低农村物流运营成本，保障群众基本寄递需求，提高末端网点的运营效益。"
    body = [text[i:i + 26] for i in range(0, len(text), 26)]
    page_break = [head, "— 12 —"] if before else ["— 12 —", head]
    found = [b.text for b in blocks([*cover, "第一章  发展基础", *body[:2], *page_break, *body[2:], "第二章  保障措施", *body])]
    assert (found.count(text) == 2) is lifted


# ---- qa243: a page number set on one line with the running head beside it ----
@pytest.mark.parametrize(("line", "lifted"), [
    ("— 12 — 青禾市国民经济和社会发展第十五个五年规划纲要", True),     # the number at the left of an even page
    ("青禾市国民经济和社会发展第十五个五年规划纲要 — 13 —", True),     # at the right of an odd one
    ("- 13 - 青禾市人民政府公报", True),
    ("青禾市人民政府公报　— 13 —", True),
    ("各区要于年底前完成，— 13 —", False),                            # a clause: text, no head
    ("第二章 — 12 — 保障措施", False),                                # the number amid the line
])
def test_a_page_number_with_the_running_head_beside_it_is_lifted_from_the_paragraph(line, lifted):
    """…降低运营成本， / 某市规划纲要 — 13 — / 保障群众…: the page's number at one end of its line, the plan's name at the
    other: one line of furniture, and the paragraph runs on past it."""
    text = "鼓励采用客货邮融合、定时定线配送等方式，降低农村物流运营成本，保障群众基本寄递需求，提高末端网点的运营效益。"
    body = [text[i:i + 26] for i in range(0, len(text), 26)]
    found = [b.text for b in blocks(["青禾市农村物流发展规划", "第一章  发展基础", *body[:2], line, *body[2:],
                                     "第二章  保障措施", *body])]
    assert (found.count(text) == 2) is lifted


# ---- qa120: a pull quote's box ends with no mark, its last clause short under a line stopping at a comma ----
@pytest.mark.parametrize("box", [
    # a box 13 wide beside text 20 wide: its lines read as short in the window of the text
    ["要以标准化建设为抓手，推动", "仓储、分拣、配送各环节协同", "衔接，让城里的快件进得来、", "农货出得去"],
    ["要以标准化建设为抓手，推动", "仓储、分拣、配送各环节协同", "衔接，让城里的快件进得来，", "农货出得去"],
    # 15 wide: full lines of an irregular window, the short one under them no heading
    ["要以标准化建设为抓手，推动仓储", "分拣、配送各环节协同衔接，让城", "里快件进得来、乡村农货出得去、", "群众服务跟得上"],
])
def test_the_short_last_line_of_a_narrow_box_under_a_line_stopping_mid_clause_stays_the_boxs(box):
    found = texts(["以县域物流体系建设畅通城乡循环", "□ 温启明", "核心观点", *box, *hung(P4, 20), *hung(P6, 20)])
    assert "".join(box) in found and box[-1] not in found


@pytest.mark.parametrize(("line", "head"), [
    # the page number and a column of two words joined by a middle dot after the date (qa120)
    ("2027年5月18日 星期二 11 理论·实践", True),
    ("2027年5月18日 星期二 理论・学术", True),
    ("2027年5月18日 星期二 11 理论·实践与探索研究", False),   # no column is so long
    ("2027年5月18日 星期二 理论·实践 11", True),              # the page number after the column (qa146)
    ("2027年5月18日 星期二 理论·实践 B06", True),
    ("2027年5月18日 星期二 理论·实践与探索研究 11", False),
])
def test_a_running_head_may_set_a_dotted_column_after_its_date(line, head):
    assert is_page_head(line) == head

# ---- qa119: a page's credits without colons and a continuation note, lines of their own ----
CONTINUED_TEXT = ["各级各部门要把思想和行动统一到全会部署上来，", "坚持稳中求进工作总基调，以钉钉子精神抓好各",
                  "项改革任务落实，奋力谱写县域高质量发展新篇", "章。"]


@pytest.mark.parametrize("credits, note", [
    ("责任编辑 何 平 视觉编辑 程 前 校对 吴 敏", "（上接A1版）"),      # a full line of credits over the note
    ("本版编辑 周 舟 李 慧 美编 夏 禾 校对 孟 云", "（上接第一版）"),
    ("责任编辑 何 平 视觉编辑 程 前 校对 吴 敏", "（接第3版）"),
])
@pytest.mark.parametrize("blank_after_every_line", [True, False])
def test_a_pages_credits_and_a_continuation_note_are_blocks_of_their_own(credits, note, blank_after_every_line):
    # (the text under the note fills its column, its first line a comma past it: a full line of credits over the note
    # would read as the first line of a two-line title)
    text = page([["5 2026年4月2日 星期四 要闻", credits, note], CONTINUED_TEXT,
                 ["推动县城建设提质增效", "何 川"], wrapped(P2, 24, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert credits.replace(" ", "") in [t.replace(" ", "") for t in found] and note in found


# ---- qa141: a page's credits with colons, a line of their own under a line that ends no sentence ----
@pytest.mark.parametrize("credits", ["本版责编：顾 远 版式设计：闻 笛", "本版编辑：沈 川 美编：闻 笛", "责编：顾远 美编：闻笛"])
def test_a_pages_labelled_credits_are_a_block_of_their_own(credits):
    # (a review's book line a little wider than the text's column ends no sentence: it would take the credits in)
    above = "《县乡之间：县域治理的基层观察》 林望舒著 北原出版社"
    text = page([["6 2026年5月14日 星期四 理论"], ["推动县城建设提质增效", "何 川"], wrapped(P2, 24, indent=0),
                 wrapped(P4, 24, indent=0), [above, credits]])
    found = [b.text.replace(" ", "") for b in blocks(normalized_document(raw(text)).lines)]
    assert credits.replace(" ", "") in found


# ---- qa119: a running head that gives the paper's name in English too ----
@pytest.mark.parametrize(("line", "head"), [
    ("经济日报 ECONOMIC DAILY 2026年3月19日 星期四 第11版", True),
    ("经济日报ECONOMIC DAILY 2026年3月19日星期四第11版", True),      # as normalised: no space before the Latin name
    ("东岭日报 DONGLING DAILY 2026年5月7日 星期四", True),
    ("东岭日报 DONGLING DAILY 2026年5月7日 发布会召开", False),      # no weekday: a line of text
    ("推动AI赋能 2026年5月7日 星期四", False),                      # no paper's name before the Latin word
])
def test_a_running_head_may_give_the_papers_name_in_english(line, head):
    assert is_page_head(line) == head


# ---- qa119: a running head whose column's name joins two words with a middle dot after the weekday ----
@pytest.mark.parametrize(("line", "head"), [
    ("6 2026年4月8日 星期三 理论·实践", True),
    ("6 2026年4月8日星期三理论·实践", True),                  # as normalised
    ("东岭日报 2026年4月8日 星期三 经济·观察", True),
    ("理论·实践", False),                                      # the column's name alone
    ("6 2026年4月8日 星期三 理论·实践要坚持问题导向", False),   # text after the name
])
def test_a_running_head_may_join_its_columns_two_words_with_a_dot(line, head):
    assert is_page_head(line) == head


# ---- qa119: a narrow box of two full lines over its short last ----
@pytest.mark.parametrize("box", [
    ["【专家简介】卢静怡，省商务厅流通发", "展处处长，长期从事县域商业与流通", "体制研究。"],
    ["【名词解释】县域商业体系，指以县城", "为中心、乡镇为重点、村为基础的商业", "网络。"],
])
def test_a_narrow_box_of_two_full_lines_and_a_short_last_is_one_block(box):
    """A box set narrower than the text around it, opening with its label in brackets, two full lines and a short last
    that ends its sentence, is one block: its first line, short of the wider column over it, ends no paragraph of its
    own."""
    lines = [*wrapped(P1, 24, indent=0), *wrapped(P2, 24, indent=0), *box, *wrapped(P4, 24, indent=0)]
    assert "".join(box) in texts(lines)
    assert "".join(box) in [b.text for b in blocks(page([lines], blank_after_every_line=True).split("\n"))]


# ---- qa119: a quotation's speaker under a full line that closes the quotation ----
# A paragraph that is a quotation on two full lines of a column 26 wide, the second closing it with 。”
QUOTED_LINES = ["“过去办执照要跑好几个部门，材料交了一遍又一遍，如今", "在手机上点一点，两个工作日就拿到了，真是方便多了。”"]


@pytest.mark.parametrize("speaker, joined", [
    ("家住城南社区的个体户柏青山笑着说。", True),
    ("区政务服务中心负责人介绍。", True),
    ("这样的变化在各地并不少见。", False),       # a sentence of its own: a paragraph of its own
])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_the_speaker_under_a_full_line_closing_a_quotation_goes_on_its_paragraph(speaker, joined, blank_after_every_line):
    lines = [*wrapped(P1, 26, indent=0), *QUOTED_LINES, speaker, *wrapped(P4, 26, indent=0)]
    found = [b.text for b in blocks(page([lines], blank_after_every_line).split("\n"))]
    assert ("".join(QUOTED_LINES) + speaker in found) == joined

# ---- qa124: the last line of an official title wrapped under its 关于 line closes its block ----
@pytest.mark.parametrize(("title", "addressees"), [
    (["关于印发《某某省海洋牧场建设", "三年行动计划（2026—2028年）》的通知"],
     ["各沿海市、县（市、区）自然资源局、海洋与渔业局、财政", "局："]),
    (["关于进一步加强全省农村公路", "养护管理和安全隐患排查整治工作的通知"],
     ["各县（市、区）人民政府，省政府各部门，各直属机构，各有", "关单位："]),
    (["关于进一步加强全省农村公路", "养护管理和安全隐患排查整治工作的通知"], ["各市、县（市、区）交通运输局："]),
])
def test_a_wrapped_official_titles_last_line_does_not_run_into_the_addressees(title, addressees):
    """At a document's head the column is guessed from its short lines, so the title's last line passed for a full one
    and ran on into the addressees (and the text) under it."""
    masthead = ["某某省自然资源厅", "某某省发展和改革委员会  文件", "某某省财政厅", "", "某自然发〔2026〕5号"]
    lines = [*masthead, "", *title, "", *addressees, *wrapped("　　" + P1, 28), *wrapped("　　" + P2, 28)]
    found = texts(lines)
    assert "".join(addressees) in found
    assert [t for t in found if title[-1] in t][0].endswith(title[-1])      # (its lines may still be two blocks)


def test_text_wrapped_right_after_an_official_titles_end_runs_on():
    # a full line of text ending with 的通知 under a line naming 关于: one paragraph (the line under it as wide)
    para = ("按照省人民政府办公厅关于加快推进农村公路高质量发展工作安排，市交通运输局近日转发了省厅的通知"
            "，要求各县区结合实际细化任务，明确时间节点，确保各项措施落地见效，切实提升农村公路养护管理水平。")
    lines = wrapped(para, 24)
    assert lines[1].endswith("的通知")
    assert texts([*lines, *wrapped(P2, 24)]) == [para, P2]


# ---- qa124: a running head with its fields parted by bars ----
@pytest.mark.parametrize(("line", "head"), [
    ("时评｜2027年3月9日 星期二｜第B04版", True),     # column, date and weekday, a lettered page number, all barred
    ("时评 | 2027年3月9日 星期二 | B04", True),
    ("2027年3月9日 星期二 | B04 时评", True),
    ("时评 2027年3月9日 星期二 第B04版", True),        # 第B04版 with no bars
    ("首页 | 时评 | 正文", False),                      # a breadcrumb: no date
    ("时评｜别让“打卡”成为基层负担", False),            # a column's label over a title
])
def test_a_running_head_may_part_its_fields_with_bars(line, head):
    assert is_page_head(line) == head


# ---- qa124: a run-in item's lead wrapped onto the next line on a page that indents its paragraphs ----
RUN_IN_REST = "各有关部门要按照职责分工抓好落实，定期研究解决工作推进中的重大问题，确保各项任务按期完成，取得实效。"


def test_a_run_in_items_lead_wrapped_onto_the_next_line_goes_on_where_paragraphs_are_indented():
    """（二）健全…协同推进机制和 / 长效管理制度。统筹…: the lead longer than the line, an indent short of the column (the
    indent stripped), read as a heading that stopped there."""
    lead = "（二）健全跨部门跨层级跨区域协同推进机制和常态化长效管理制度。"
    items = ["（一）加强组织领导。" + RUN_IN_REST, lead + RUN_IN_REST, "（三）强化督导考核。" + RUN_IN_REST,
             "（四）营造良好氛围。" + RUN_IN_REST]
    lines = [line for item in items for line in wrapped(item, 28)]
    assert texts(["三、保障措施", *lines])[2] == lead + RUN_IN_REST


def test_a_heading_an_indent_short_over_a_full_line_on_a_flush_page_stays_a_heading():
    # a flush page sets its run-in items full: a marked line an indent short there is a heading over its text
    heading = "（二）健全跨部门跨层级协同推进机制和长效管理"
    items = ["（一）加强组织领导。" + RUN_IN_REST, "（三）强化督导考核。" + RUN_IN_REST, "（四）营造良好氛围。" + RUN_IN_REST]
    flush = [line for item in items for line in wrapped(item, 28, 0)]
    found = texts(["三、保障措施", *flush[:6], heading, *wrapped(RUN_IN_REST + RUN_IN_REST, 28, 0), *flush[6:]])
    assert heading in found


# ---- qa124: a plan's bracketed duty note wrapped to the head of a line ----
@pytest.mark.parametrize(("note", "joined"), [
    ("（市水务局牵头，市住房城乡建设局配合）", True),
    ("（市园林绿化局按职责分工负责）", True),
    ("（牵头单位：市水务局；配合单位：市住房城乡建设局）", True),    # the labelled form, whole in its brackets (qa247)
    ("（责任单位：市园林绿化局）", True),
    ("（资料来源：市统计局2025年统计公报）", False),      # a bracketed note that names no duty: its own block
])
def test_a_duty_note_under_a_full_line_ending_the_tasks_sentence_goes_on_with_the_task(note, joined):
    task = "1.实施老旧管网更新改造。新建改造雨水管网不少于二百公里，重要地区均不低于五年一遇标准设计建设。"
    lines = wrapped(task, 24, 0)
    assert len(lines[-1]) == 24                      # the task's last sentence ends at the column's edge
    found = texts([*lines, note, "2.推进雨污分流改造。对合流制区域实施雨污分流改造，暂不具备条件的采取截流、",
                   "调蓄等措施。（牵头单位：市水务局）"])
    assert (task + note in found) == joined


def test_a_labelled_duty_note_stays_apart_where_the_page_sets_every_such_note_on_a_line_of_its_own():
    # no task on the page runs its labelled note on at its end: a note at a line's head is the writer's layout (qa247)
    task = "1.实施老旧管网更新改造。新建改造雨水管网不少于二百公里，重要地区均不低于五年一遇标准设计建设。"
    note = "（牵头单位：市水务局；配合单位：市住房城乡建设局）"
    found = texts([*wrapped(task, 24, 0), note, "2.推进雨污分流改造。对合流制区域实施雨污分流改造，暂不具备条件的采取截流、",
                   "调蓄等措施。", "（牵头单位：市水务局）"])
    assert note in found

@pytest.mark.parametrize("head", [
    # a portal's title, the 文号, the title again wrapped under its issuing body, with no wide line of fields among them
    ["某某县人民政府办公室关于推进县域冷链物流设施建设的实施方案", "某政办发〔2026〕7号", "某某县人民政府办公室",
     "关于推进县域冷链物流", "设施建设的实施方案"],
    ["关于推进县域冷链物流设施建设的若干措施", "发布日期：2026-02-11", "某政办发〔2026〕7号　　2026年2月9日",
     "某某县人民政府办公室", "关于推进县域冷链物流设施建设的若干措施"],
])
def test_a_document_number_and_a_plans_title_line_stand_apart_from_the_head_lines_around_them(head):
    # The 文号 line is a block of its own, and a plan's title line (关于…的实施方案) closes its block, as 关于…的通知
    # does: the short head lines do not run together, nor into the 主送 line under them (qa123).
    got = texts([*head, "各县（市、区）人民政府，县政府各部门：", "　　" + P1, "　　" + P2])
    number = next(t for t in got if "〔2026〕" in t)
    assert number.startswith("某政办发") and number.replace("2026年2月9日", "").strip().endswith("号")
    assert "各县（市、区）人民政府，县政府各部门：" in got
    assert got[-2:] == [P1, P2]

# ---- qa126: a full line ending a clause with a semicolon over a line a character short of the column ----
M1, M3, M4 = "完善养老服务体系，要坚持政府主导，推", "“补短板”，要健全长期护理保险制度，", "减轻家庭的负担。"


@pytest.mark.parametrize("m2, short, n_paragraphs", [
    # the line under the semicolon lost its last character to the next line (an opening quote may not end a line)
    ("行社区嵌入式服务模式，形成“合力”；", "要发展专业护理队伍，提升服务质量，", 1),
    # a full stop ends the paragraph there, whatever the line under it
    ("行社区嵌入式服务模式，形成“合力”。", "要发展专业护理队伍，提升服务质量，", 2),
    # a list's next item opens with its marker
    ("行社区嵌入式服务模式，形成“合力”；", "二是发展专业护理队伍，提升服务质量", 2),
])
def test_a_full_line_ending_with_a_semicolon_over_a_line_a_character_short_goes_on(m2, short, n_paragraphs):
    assert len(texts([*wrapped(P1, 18), M1, m2, short, M3, M4])) - len(texts(wrapped(P1, 18))) == n_paragraphs

# ---- qa127: a marked heading broken at its comma over a wider rest ----
@pytest.mark.parametrize("layout", [list, pdf_layout])
@pytest.mark.parametrize(("first", "rest"), [
    ("（二）守住耕地红线，", "织密高标准农田建设保障网"),      # the rest wider than the first line
    ("二、立足比较优势、", "走出特色鲜明的差异化发展路子"),
])
def test_a_marked_heading_broken_at_its_comma_goes_on_onto_its_wider_rest(layout, first, rest):
    found = texts(layout([*hung(P1, 40), first, rest, *hung(P2, 40)]))
    assert first + rest in found and rest not in found


# ---- qa127: a roundup's signature wider than its box's column ----
@pytest.mark.parametrize("signature", [
    "——华东师范大学城市发展研究院教授 邵明远",
    "——省社会科学院农村发展研究所副研究员 程 岚",
    "——浙江大学公共管理学院副教授林嘉禾",
    "（邵明远 华东师范大学城市发展研究院教授）",       # the name first, the post after it in brackets
])
def test_a_speakers_signature_wider_than_its_box_runs_on_into_no_view_under_it(signature):
    views = ["县域商业要补齐冷链短板，关键是建好产地仓和销地仓，让生鲜农产品出得了村、进得了城。",
             "数字化改造不能一哄而上，要算清投入产出的账，先从订单、库存等基础环节做起，再逐步向全链条延伸。"]
    lines = [*hung(P1, 22), "专家观点", *hung(views[0], 15), signature, *hung(views[1], 15), "——某大学教授 田 野",
             *hung(P2, 22)]
    found = texts(lines)
    assert signature.replace(" ", "") in found and views[1] in found


# ---- qa127: an item ending its sentence at the column's edge over the next item ----
@pytest.mark.parametrize(("second", "parted"), [
    ("第二，完善利益联结机制，推广保底收益加按股分红等做法。", True),
    ("其二，完善利益联结机制，推广保底收益加按股分红等做法。", False),   # another grammar: no sibling
    ("第三，完善利益联结机制，推广保底收益加按股分红等做法。", False),   # not the next item
])
def test_an_item_ending_its_sentence_at_the_columns_edge_ends_over_the_next_item(second, parted):
    first = "第一，壮大新型农村集体经济。盘活闲置农房和集体建设用地，发展物业经济、服务经济，拓宽集体增收渠道，增强村组织服务群众能力。"
    lines = hung(first, 20)
    assert len(lines[-1]) == 21 and lines[-1].endswith("。")      # a full line, its stop hung past the edge
    found = texts([*hung(P1, 20), *lines, *hung(second, 20), *hung(P2, 20)])
    assert (first in found and second in found) is parted

# ---- qa125: a bracketed affiliation wrapped under a paper's author line ----
@pytest.mark.parametrize(("first", "rest"), [
    ("（1.东岭大学公共管理学院，浙江 宁波 315211；", ["2.东岭市发展研究中心，浙江 宁波 315000）"]),
    ("(1.西江师范大学经济学院，广西 南宁 530001;", ["2.西江省社会科学院，广西 南宁 530022)"]),
    ("（1. 北川大学商学院，四川 绵阳 621000；", ["2. 北川大学农村发展研究中心，四川 绵阳", "621000；3. 蜀南学院，四川 宜宾 644000）"]),
])
def test_a_bracketed_affiliation_wrapped_under_the_author_line_is_one_block(first, rest):
    """（1.…； / 2.…）: the next affiliation's number opens the line under the first, as an item would; the note's
    bracket, opened right under the byline, closes a line or two lower: one block, the affiliation (qa125)."""
    lines = ["县域公共服务供给的协同机制研究", "杜文清1  邱雅琳2", first, *rest, *wrapped(P1, 22, 0), *wrapped(P2, 22, 0)]
    assert texts(lines)[:3] == ["县域公共服务供给的协同机制研究", "杜文清1邱雅琳2", "".join([first, *rest]).replace(" ", "")]
    assert texts(lines)[3:] == [P1, P2]



# ---- qa125: a journal's source line over a paper's title ----
@pytest.mark.parametrize("source", [
    "资料来源：《东南经济评论月刊》第36卷第7期 2024年7月 页41-52",
    "资料来源：《西部发展论坛》2023年第9期 第27卷 页88-97",
])
def test_a_journal_source_line_over_a_title_is_a_line_of_its_own(source):
    """资料来源：《…》第N卷第N期…: the journal and issue a paper is reposted from, as wide as the column in a hard-wrapped
    page, ends no sentence; the title under it does not run on from it (qa125)."""
    title = "乡村数字治理平台的运行逻辑与优化"
    found = texts([source, title, "杜文清1  邱雅琳2", *wrapped(P1, 22, 0), *wrapped(P2, 22, 0)])
    assert found[:2] == [source.replace(" ", ""), title]


# ---- qa125: a document's title as wide as the column over its first paragraph ----
@pytest.mark.parametrize("title", [
    "青川市加快发展县域冷链物流实施方案（2025—2027年）",
    "东岭县促进银发经济高质量发展三年行动计划",
    "西江省数字乡村建设专项资金管理办法（试行）",
])
def test_a_documents_title_as_wide_as_the_column_does_not_run_into_the_first_paragraph(title):
    """…实施方案（2025—2027年） / 为深入贯彻…: a title naming its kind on the page's first line closes its block, however
    wide it is (a plan printed to PDF, its column the title's width) (qa125)."""
    body = "为深入贯彻党中央国务院决策部署，加快补齐县域短板弱项，推动城乡要素双向流动，结合本地实际，制定本方案。"
    width = display_width(title)
    lines = [title, *(body[i:i + int(width)] for i in range(0, len(body), int(width))), "一、总体要求",
             *wrapped(P1, int(width), 0)]
    assert texts(lines)[:2] == [title, body]


def test_a_line_of_prose_ending_with_a_kind_word_under_a_sentence_end_still_runs_on():
    """A line that ends with 方案 after the first sentence has ended is text wrapped there, not a title."""
    lines = ["各地要按照统一部署，加快工作进度。各县要结合实际制定实施方案", "，明确责任分工和时间节点，确保各项任务落地见效。", *wrapped(P1, 30, 0)]
    assert texts(lines)[0] == "各地要按照统一部署，加快工作进度。各县要结合实际制定实施方案，明确责任分工和时间节点，确保各项任务落地见效。"


# ---- qa125: a paper's grant note wrapped before its code, or a place short of a column its punctuation widens ----
@pytest.mark.parametrize(("note", "code"), [
    (["基金项目：西江省哲学社会科学规划项目"], "（XJ2024ZD107）"),
    (["基金项目：国家社会科学基金青年项目“县域数字", "治理平台的运行机制研究”"], "(24CZZ058)"),
])
def test_a_grant_note_wrapped_before_its_bracketed_code_keeps_the_code(note, code):
    """基金项目：… / （XJ2024ZD107）: a code too long for the line's end moves down whole with its bracket; the line is
    the note's rest, however short the note's line over it (qa125)."""
    lines = ["县域公共服务供给的协同机制研究", "杜文清1  邱雅琳2", *note, code, "一、问题的提出", *wrapped(P1, 22, 0)]
    found = texts(lines)
    assert "".join([*note, code]).replace(" ", "") in found and code not in found


def test_a_grant_note_a_place_short_of_a_column_widened_by_hung_punctuation_goes_on():
    """基金项目：…“某某 (22 places) / 研究”（…）under text whose hung marks make the column 23: the note's line fills its
    column all the same, and goes on (qa125)."""
    note = "基金项目：国家自然科学基金面上项目“城市社区"
    lines = ["县域公共服务供给的协同机制研究", "杜文清1  邱雅琳2", note, "治理绩效评价研究”(7217405)",
             "一、问题的提出", *(P1[i:i + 22] + "，" for i in range(0, 44, 22)), P1[44:]]
    assert (note + "治理绩效评价研究”(7217405)") in texts(lines)


# ---- qa125: an author note whose line ends with a semicolon at the column's edge ----
def test_an_author_note_goes_on_past_a_full_line_ending_with_a_semicolon():
    """作者简介：某甲，… / …访问学者；(its ； hung past the edge) / 某乙，…: the note lists its authors with semicolons; a
    line of it that fills the column with one goes on with the next author (qa125)."""
    note = ["作者简介：杜文清，东岭大学公共管理学院副教授", "，西江省社会科学院特约研究员，博士生导师；", "邱雅琳，东岭大学公共管理学院讲师，博士。"]
    lines = ["县域公共服务供给的协同机制研究", "杜文清1  邱雅琳2", *wrapped(P1, 22, 0), *note, "一、问题的提出", *wrapped(P2, 22, 0)]
    assert "".join(note) in texts(lines)


# ---- qa125: a reference entry hard-wrapped at the column's edge ----
@pytest.mark.parametrize(("entry", "rest"), [
    ("林文彬（2021）。《县域财政与基本公共服务研究》。", "东岭：东岭大学出版社。"),
    ("许雅芳（2020）。〈社区照顾的制度设计与实践困", "境〉。《社会政策评论》，14(2)，33-52。"),
    ("周志成（2019）。〈县域长者服务的跨部门协作〉。", "《公共行政学报》，7(1)，1-20。"),
])
def test_a_reference_entry_wrapped_at_the_column_edge_is_one_block(entry, rest):
    """黄某（2022）。《…》。香港：中 / 华书局。: under 参考文献, a line holding Chinese that opens no entry goes on the
    entry over it, when that line fills the column, even after 。 (an entry's parts each end so) (qa125)."""
    width = int(display_width("林文彬（2021）。《县域财政与基本公共服务研究》。"))
    lines = [*wrapped(P1, width, 0), "参考文献", entry, rest, "高志远（2018）。《基层治理》。西江：西江人民出版社。"]
    assert entry + rest in texts(lines)


def test_a_title_under_a_full_note_line_is_no_rest_of_the_entry():
    """注释： / [2]…，2025年。(full) / 某某建设 / 要稳步推进 / 文/某某: the next piece's title ends with no mark, no entry's
    rest (qa125)."""
    note = "[1]某市发展改革委：《关于推进县域冷链物流建设的实施意见》，2025年。"
    width = int(display_width(note))
    lines = [*wrapped(P1, width, 0), "注释：", note, "县域冷链物流建设", "要稳步推进", "文/何嘉宁", *wrapped(P2, width, 0)]
    assert "县域冷链物流建设" in texts(lines)


# ---- qa125: a web page's furniture lines next to hard-wrapped paragraphs ----
@pytest.mark.parametrize("furniture", [
    "字级设定：小 中 大　　分享至：Facebook　LINE　X",
    "字体大小：【小】【中】【大】　分享到：微信 微博",
])
def test_a_font_size_setting_over_hard_wrapped_text_is_a_line_of_its_own(furniture):
    """字级设定：小 中 大 分享至：…: a Taiwanese site's font-size switch (smallest first), then a blank line and the
    wrapped paragraph: the paragraph does not run on from it (qa125)."""
    lines = ["首页 ＞ 言论 ＞ 社论", "", "社区照顾不能只靠志工", "", "2026/03/02 05:30", "", furniture, "",
             *wrapped(P1, 22, 0), "", *wrapped(P2, 22, 0)]
    assert texts(lines)[3:] == [furniture.replace(" ", ""), P1, P2]


def test_an_app_prompt_amid_hard_wrapped_paragraphs_is_a_line_of_its_own():
    """不用抽 不用抢 … 点我下载APP 按我看活动办法 between two wrapped paragraphs (blank lines around it): wider than the
    column and ending no sentence, it would run on into the paragraph under it (qa125)."""
    promo = "每天看新闻 天天有好礼 立即下载APP 按我看活动详情"
    lines = [*wrapped(P1, 22, 0), "", promo, "", *wrapped(P2, 22, 0), "", *wrapped(P4, 22, 0)]
    assert texts(lines) == [P1, promo.replace(" ", ""), P2, P4]


@pytest.mark.parametrize("promo", ["打开江淮日报APP，阅读体验更佳", "下载东岭新闻APP，看更多深度报道"])
def test_an_app_prompt_sentence_amid_hard_wrapped_paragraphs_is_a_line_of_its_own(promo):
    """打开某某APP，阅读体验更佳 between two wrapped paragraphs: a prompt as one sentence, which neither runs on into
    the paragraph under it nor continues the one over it (qa149)."""
    lines = [*wrapped(P1, 22, 0), "", promo, "", *wrapped(P2, 22, 0), "", *wrapped(P4, 22, 0)]
    assert texts(lines) == [P1, promo, P2, P4]


# ---- qa125: a section heading numbered before a vertical bar under a line as wide as the column ----
@pytest.mark.parametrize("heading", ["02丨让服务在村口“落下来”", "03｜人才队伍要稳得住", "1 | 数据要跑起来"])
def test_a_bar_numbered_heading_under_a_caption_as_wide_as_the_column_opens_a_block(heading):
    """▲ 某县…现场。图源：某局 (no mark at its end, as wide as the column) / 02丨…: the heading opens a block of its
    own (qa125)."""
    caption = "▲ 东岭县数字乡村服务中心工作人员调试设备。图源：县农业农村局"
    width = int(display_width(caption))
    lines = [*wrapped(P1, width, 0), caption, heading, *wrapped(P2, width, 0)]
    assert heading.replace(" ", "") in texts(lines)


# ---- qa125: a run of one-line ■ points over the text's first line ----
@pytest.mark.parametrize("width", [22, 28])
def test_the_last_of_a_run_of_one_line_points_does_not_take_the_texts_first_line(width):
    """■ 某某 / ■ 某某 / ■ 下一步应…持续发力 / the text, hard-wrapped: a summary box's points stand one a line; the last
    does not run on into the full line under it (qa125)."""
    points = ["■ 县域养老服务网络覆盖面持续扩大", "■ 农村助餐点运营成本依然偏高", "■ 下一步应在稳运营、强队伍上发力"]
    lines = ["【编者按】" + P6[:width - 5], P6[width - 5:], *points, *wrapped(P1, width, 0), *wrapped(P2, width, 0)]
    found = texts(lines)
    assert P1 in found and points[-1].replace(" ", "") in found


def test_a_quote_under_a_byline_marked_with_a_hollow_square_keeps_its_wrapped_lines():
    """□ 某某 (a byline) over ■县域医共体 / 建设要在… (a narrow quote): no run of points, the quote goes on."""
    lines = ["县域医疗服务能力提升的路径", "□ 何嘉宁", "■县域医共体建设要", "在“紧密”二字上下功夫，", "推动资源真正下沉",
             *wrapped(P1, 22, 0)]
    assert "■县域医共体建设要在“紧密”二字上下功夫，推动资源真正下沉" in texts(lines)


# ---- qa125: a line break after a Latin word's comma or full stop ----
@pytest.mark.parametrize(("parts", "whole"), [
    (["仍属有限（Wang et al.,", "2019）。本文"], "仍属有限（Wang et al., 2019）。本文"),
    (["Urban Studies, 41(3),", "215-230."], "Urban Studies, 41(3), 215-230."),
    (["Smith, J. & Lee, K.", "Housing policy."], "Smith, J. & Lee, K. Housing policy."),
    (["同比下降0.", "6个百分点"], "同比下降0.6个百分点"),
    (["共计3,", "500人"], "共计3,500人"),
])
def test_a_break_after_a_latin_words_comma_keeps_the_space(parts, whole):
    """(Chen et al., / 2021): the words keep their space across the break; a decimal or a thousands separator wrapped
    after its digit stays one number (qa125)."""
    assert joined(parts) == whole


# ---- qa125: a WeChat prompt to follow the account over the hard-wrapped text ----
@pytest.mark.parametrize("prompt", ["点击上方“东岭发布”，关注更多权威信息", "点击蓝字 关注我们"])
def test_a_follow_prompt_short_of_the_column_does_not_run_into_the_text(prompt):
    """点击上方“…”，关注… (short of the column) / the text's first line as wide as the column: the prompt closes its
    block (qa125)."""
    lines = ["东岭发布", "东岭县推出社区食堂，这些服务家门口就能吃上！", "作者：记者 何嘉宁", prompt, *wrapped(P1, 22, 0),
             *wrapped(P2, 22, 0)]
    found = texts(lines)
    assert prompt.replace(" ", "") in found and P1 in found


@pytest.mark.parametrize("heading", ["01丨村口服务设施要“通”更要“用”起来", "04｜培养懂数字、爱农村的基层人才队伍"])
def test_a_bar_numbered_heading_short_of_the_column_does_not_run_into_the_text(heading):
    """01丨… (short of the column) / the text's first line as wide as the column: the heading closes its block (qa125)."""
    lines = [*wrapped(P4, 22, 0), heading, *wrapped(P1, 22, 0), *wrapped(P2, 22, 0)]
    assert texts(lines) == [P4, heading, P1, P2]


# ---- qa125: a byline wrapped inside a bracket ----
@pytest.mark.parametrize(("first", "rest", "authors"), [
    ("研究团队：杜文清（高级研究员）、邱雅琳（研究", "员）", ("杜文清", "邱雅琳")),
    ("作者：何嘉宁（东岭大学教授）、高志远（东岭大", "学讲师）", ("何嘉宁", "高志远")),
])
def test_a_byline_wrapped_inside_a_bracket_names_every_author(first, rest, authors):
    """研究团队：某甲（高级研究员）、某乙（研究 / 员）: the line under the byline closes the bracket it left open; the two
    lines are one byline naming both authors (qa125)."""
    found = blocks(["县域冷链物流发展的现实路径", first, rest, "", "一、背景", *wrapped(P1, 22, 0)])
    assert found[1].text.replace(" ", "") == first + rest and found[1].byline is not None
    assert found[1].byline.authors == authors


# ---- qa125: an indented first line ending with a comma under a short heading ----
def test_an_indented_first_line_ending_with_a_comma_under_a_heading_runs_on():
    """（二）主要目标 / 到2027年，…亿元，(an indent short of the column) / 培育…: the line ends with a comma, no heading's
    line does; it is the paragraph's first line and goes on (qa125)."""
    text = "到2030年，全县冷链物流总额突破80亿元，培育冷链物流骨干企业5家以上，建成县级冷链集配中心3个。"
    first = text[:text.index("，培育") + 1]
    rest = text[len(first):]
    lines = [*wrapped(P1, 22, 0), "", "（二）主要目标", first, rest[:22], rest[22:], "", *wrapped(P2, 22, 0)]
    assert text in texts(lines)


# ---- qa125: an affiliation line wrapped before its postcode ----
@pytest.mark.parametrize("line", ["2. 东岭大学公共管理学院，浙江 宁波", "2. 西江师范大学经济学院，广西 南宁"])
def test_an_affiliation_wrapped_before_its_postcode_keeps_the_code(line):
    """3. 某某大学…，湖北 武汉 / 430073: the code, an unbroken run of digits, moved down whole; the line holding only it
    is the affiliation's rest (qa125)."""
    code = "315211" if "浙江" in line else "530001"
    lines = ["县域公共服务供给的协同机制研究", "杜文清1,2  邱雅琳2", "1. 东岭市发展研究中心，浙江 宁波 315000", line, code,
             "摘要：" + P1[:19], *wrapped(P1[19:], 22, 0)]
    assert (line + code).replace(" ", "") in texts(lines)


def test_the_indented_first_line_under_a_short_marked_heading_is_no_heading_line():
    """（二）广泛征求意见 / 《方案》初稿形成后，先后征求了各县 (an indent short) / （区）政府…: a short marked heading ended at
    its line; the line under it is the text's first line, however short (qa125)."""
    text = "《实施方案》初稿形成后，先后征求了各县（区）政府和市直有关部门意见，并在门户网站公开征求社会公众意见。"
    lines = [*wrapped(P1, 22, 0), "", "（二）广泛征求意见", text[:19], text[19:41], text[41:], "", *wrapped(P2, 22, 0)]
    assert text in texts(lines)


# A news item's first sentence, opening with a date in ASCII digits (its first line, hard-wrapped by characters, holds
# four of them), and a paragraph whose first line holds eight and no clause mark (qa129).
DATED_ITEM = ("11月20日，由县域经济研究院编撰的年度报告在京发布。报告梳理了全国一千八百多个县域的发展数据，提出以产业集群带动"
              "县域经济提质增效的路径建议，并对中西部县域承接产业转移给出分类指引，受到与会专家的广泛关注。")
DIGIT_FIRST_LINE = ("2025年1至10月全县规上工业增加值同比增长8个百分点以上高于全市平均水平而且工业投资增速连续三年位居全市前列，"
                    "县域经济综合实力稳步提升。")


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("width, title", [
    (24, "县域经济发展蓝皮书在京首发式举行暨"),           # 17 of 24, over a first line narrowed by its digits
    (26, "县域经济发展蓝皮书在京首发式举行暨专26"),        # ... a title with two digits
    (30, "《县域经济发展报告（2026）》首发式暨座谈会举行"),  # a title with a year: 23 cells of 30
])
def test_a_title_over_a_first_line_with_digits_on_a_character_grid_is_a_line_of_its_own(width, title,
                                                                                         blank_after_every_line):
    """A page hard-wrapped by characters gives each digit a cell: read half-width, the first line of the text under a
    title (11月20日，…) looks short of the column and the title no shorter than it, and a title with a year held four
    ASCII characters; it ran into the text. A paragraph's first line with digits, filling its cell, still runs on."""
    parts = [wrapped(P1, width), ["书讯"], [title], wrapped(DATED_ITEM, width), wrapped(P2, width),
             wrapped(DIGIT_FIRST_LINE, width), wrapped(P4, width)]
    assert texts(page(parts, blank_after_every_line).split("\n")) == [P1, "书讯", title, DATED_ITEM, P2,
                                                                       DIGIT_FIRST_LINE, P4]


# A paragraph under a heading, and numbered paragraphs whose first lines fill a 22-character column (qa129).
GRID_TEXT = ("推动基层治理数字化转型，要坚持需求导向和问题导向，围绕群众急难愁盼问题开发应用场景，避免重复建设和数据孤岛，"
             "切实减轻基层干部填表报数负担。")
NUMBERED_PARAGRAPHS = [
    "（一）强化要素保障，统筹用地用能指标向重点项目倾斜，建立项目全生命周期服务机制，确保项目早落地早见效。",
    "（二）优化营商环境，深化拿地即开工改革，推行涉企事项一网通办，压减审批时限三分之一以上，持续降低制度性交易成本。",
    "（三）强化人才支撑，实施县域产业人才引育计划，支持企业与职业院校共建实训基地，每年培训技能人才五千人次以上。",
]


@pytest.mark.parametrize("parts, expected", [
    # a heading as wide as the column, its family's other headings short lines of their own: it stands alone
    ([["一、问题的提出"], wrapped(P1, 22, 0), ["二、路径选择"], ["（一）以规划引领为先导"], wrapped(P2, 22, 0),
      ["（二）以项目建设为抓手"], wrapped(P4, 22, 0), ["（三）以数字赋能为支撑，全面提升基层治理效能"], wrapped(GRID_TEXT, 22, 0)],
     ["一、问题的提出", P1, "二、路径选择", "（一）以规划引领为先导", P2, "（二）以项目建设为抓手", P4,
      "（三）以数字赋能为支撑，全面提升基层治理效能", GRID_TEXT]),
    # ... its family's other headings wrapped onto a short rest, or set wider than the column (二、 / 三、)
    ([["一、引言"], wrapped(P1, 22, 0), ["二、县域数字普惠金融赋能农村产业融合的作用", "机制"], wrapped(P2, 22, 0),
      ["三、数字普惠金融服务县域产业融合的现实约束"], wrapped(GRID_TEXT, 22, 0), ["四、政策建议"], wrapped(P4, 22, 0)],
     ["一、引言", P1, "二、县域数字普惠金融赋能农村产业融合的作用机制", P2, "三、数字普惠金融服务县域产业融合的现实约束", GRID_TEXT,
      "四、政策建议", P4]),
    # numbered paragraphs whose first lines fill the column: each runs on into its text
    ([["三、下一步工作安排"], *(wrapped(p, 22, 0) for p in NUMBERED_PARAGRAPHS)], ["三、下一步工作安排", *NUMBERED_PARAGRAPHS]),
])
def test_a_marked_heading_as_wide_as_its_column_stands_alone_where_its_familys_headings_are_short_lines(parts, expected):
    """（三）以…为支撑，全面提升…效能 at 22 characters of 22, over a full line of text: a numbered paragraph's first line
    looks the same, but the page's other headings of its marker family are short lines of their own (or wrapped onto a
    short rest), ending no sentence: it is one of them. Numbered paragraphs are told apart so: their family fills the
    column too."""
    assert texts([line for part in parts for line in part]) == expected


# ---- qa131: a line opening with ▲ opens a block built as a pull quote's ----
@pytest.mark.parametrize("box, expected", [
    # a pull quote wrapped onto a short second line, cutting a paragraph
    (["▲ 让县城更宜居", "也更有温度"], "▲ 让县城更宜居也更有温度"),
    # a caption wider than the column, wrapped, its sentence ended
    (["▲ 5月6日，南岭县便民服务中心内，工作人员为群众", "办理业务。"], "▲ 5月6日，南岭县便民服务中心内，工作人员为群众办理业务。"),
])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_pointer_line_opens_a_block_of_its_own_that_runs_to_its_end(box, expected, blank_after_every_line):
    lines = [*wrapped(P1, 20, indent=0), *box, *wrapped(P2, 20, indent=0)]
    if blank_after_every_line:
        lines = [x for line in lines for x in (line, "")]
    got = [b.text for b in blocks(lines)]
    assert expected in got


def test_a_pointer_caption_closed_by_its_bracketed_label_takes_no_title_under_it():
    lines = [*wrapped(P1, 20, indent=0), "▲长者在门诊外轮候。（资料图片）", "让县城更宜居", *wrapped(P2, 20, indent=0)]
    got = [b.text for b in blocks(lines)]
    assert "▲长者在门诊外轮候。（资料图片）" in got and "让县城更宜居" in got


# ---- qa131: an unlabelled box of two full lines and a short last, set narrower than the text ----
@pytest.mark.parametrize("over", [["柯明远"], ["读懂城乡之变", "宋采薇 南岭日报"]])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_an_unlabelled_narrow_box_under_a_signature_is_one_block(over, blank_after_every_line):
    box = ["全县建成乡镇客运站十二个，", "农村物流服务站点三百余个，", "日均发送快件两万件。"]
    lines = [*wrapped(P1, 20, indent=0), *over, *box, "县城更宜居", *wrapped(P4, 21, indent=0)]
    if blank_after_every_line:
        lines = [x for line in lines for x in (line, "")]
    assert "".join(box) in [b.text for b in blocks(lines)]

# A page's standfirst across the columns, ending a sentence, over a text titled at its head (qa132).
STANDFIRST = ("推进城乡融合发展，县域是重要切入点。近年来，各地围绕县城补短板强弱项、乡村基础设施提档升级、城乡基本公共服务"
              "均等化开展了大量探索，积累了不少经验，也遇到一些新情况新问题。本版刊发的文章，从实践探索与制度建设两个层面，"
              "探讨如何以县域为载体，推动城乡要素双向流动、公共服务均衡配置，供参考。")


@pytest.mark.parametrize("title", [
    "2025年以来县域城乡融合发展的实践探索与思考",     # a year's digits: 20 cells, two short of the first line (22 of 24)
    "县域城乡融合发展的实践探索与若干思考",          # 18 cells
    "2025年以来县域城乡融合发展的实践探索与若干新思考",  # 24 cells: as wide as the column
])
def test_the_first_line_under_a_title_under_a_wide_standfirst_opens_the_text_in_its_column(title):
    """The standfirst's wide lines fill the window of the text's first line: 22 of 24 reads short of a column 35 wide,
    and the title over it stands between it and the standfirst. Against the column of the lines under it, it is the
    text's indented first line, and the title the text's."""
    lines = [*wrapped(STANDFIRST, 36, 0), title, *wrapped(P1 + P2, 24), *wrapped(P4, 24), *wrapped(P6, 24)]
    assert texts(lines) == [STANDFIRST, title, P1 + P2, P4, P6]



# Paragraphs of a 22-cell column under short headings, each inner line ending a clause with a comma hung past the
# column's edge (23 wide; the first line, 2 in, 20 with its comma): the column reads a cell wider than it is (qa132).
_PLAIN = "".join(ch for ch in P1 + P2 + P3 + P4 + P5 + P6 if "\u4e00" <= ch <= "\u9fff")


def clause_lines(start: int, first: str = "") -> list[str]:
    """A paragraph's lines: its first line (`first`, or 19 characters and a comma), three lines of 22 and a hung comma,
    and a short last line ending a sentence; the characters are taken from _PLAIN at `start`."""
    text = _PLAIN[start:] + _PLAIN
    lines = [first or text[:19] + "，"]
    at = 20
    for _ in range(3):
        lines.append(text[at: at + 22] + "，")
        at += 22
    return [*lines, text[at: at + 9] + "。"]


def test_a_first_line_ending_a_sentence_in_a_column_widened_by_hung_marks_goes_on():
    """Lines with a comma hung past the edge make a 22-cell column read 23 wide: a first line ending a sentence at 20
    cells, as wide as the paragraphs' other first lines, read more than an indent short of it and closed its paragraph.
    Under it a full line is no paragraph's first line: the paragraph goes on."""
    target = clause_lines(40, "基层减负，根子在上面，要从领导机关改起。")
    lines = ["夯实基础", *clause_lines(0), *clause_lines(30), "完善机制", *clause_lines(60), *clause_lines(90),
             "深化改革", *target, *clause_lines(120), "强化保障", *clause_lines(150), *clause_lines(10)]
    assert "".join(target) in texts(lines)


@pytest.mark.parametrize("lines, authors", [
    # under a title printed after the text: the writer's byline (qa132)
    (["以数字经济赋能县域产业转型", "柯明远 某市委党校经济学教研部教授", "发展新质生产力须坚持因地制宜"], ("柯明远",)),
    (["推进城乡融合发展的三重维度", "许若川　西江大学马克思主义学院副教授", "学习札记"], ("许若川",)),
    # under a guest list's label, or beside another guest: a guest, no byline
    (["专家简介", "柯明远 某市委党校经济学教研部教授", "数字经济是新质生产力的重要引擎。"], None),
    (["以数字经济赋能县域产业转型", "柯明远 某市委党校经济学教研部教授", "许若川 西江大学马克思主义学院副教授"], None),
    (["本期嘉宾：", "柯明远 某市委党校经济学教研部教授", "数字经济是新质生产力的重要引擎。"], None),
])
def test_a_name_with_institution_and_post_under_a_title_is_a_byline(lines, authors):
    firsts, lasts = edge_characters(lines)
    found = bylines_among(lines, firsts, lasts).get(1)
    assert (found.authors if found else None) == authors


# A text whose second line holds a year set half-width: 26 characters fill its 24 cells (qa132).
REDUCE_BURDENS_LINES = ["为基层减负，是党中央着眼于激发干部担当作为、", "提升基层治理效能作出的重要部署。2025年以来，各地",
                        "聚焦文山会海、督查检查考核过多过频等突出问题，推动", "基层干部把更多时间和精力用在抓落实上，多个部门",
                        "联合清理各类工作群组和政务应用程序，压减填报事项", "和报表数量，基层干部普遍反映负担明显减轻、干事创",
                        "业的劲头更足了。"]
REDUCE_BURDENS = "".join(REDUCE_BURDENS_LINES)


@pytest.mark.parametrize("title", [
    "2025年以来县域城乡融合发展的实践与新启示",     # 20 cells (22 with its digits read as a grid's cells)
    "县域城乡融合发展的实践探索与若干启示思考",      # 20 cells, no digits
])
def test_a_title_a_little_short_of_an_indented_first_line_under_it_is_a_line_of_its_own(title):
    """(qa132) Under a page's running head, a title two cells short of the text's indented first line (22 of 24): the
    line under it opens a paragraph (an indent short, over a full line), so the title, ending no sentence, is no line
    of that paragraph."""
    lines = ["8 2026年11月24日 星期二 理论周刊", title, *REDUCE_BURDENS_LINES, *wrapped(P4, 24), *wrapped(P6, 24),
             "（作者：柯明远，某市委党校教授）"]
    assert 1 in Page.of(lines).titles
    assert texts(lines)[1:4] == [title, REDUCE_BURDENS, P4]

# ---- qa133: a beat kicker over a title ----
@pytest.mark.parametrize("lines, kicker_alone", [
    # a kicker naming a report's series or beat, narrower than the title under it: a block of its own
    (["县域商业体系建设观察", "让“以旧换新”红利惠及县乡", "——以更优服务稳住外资预期", "○ 韩知远"], True),
    (["城市更新蹲点", "让老街区留住烟火气", "——以更优服务稳住外资预期", "○ 韩知远"], True),
    # a paragraph's first line, short of the next by its indent alone, ending with such a word: text
    (["今年以来本报记者走进县城商业街区蹲点", "调研，看到不少老街区焕发出新的活力，夜市", "重新热闹起来。"], False),
])
def test_a_beat_kicker_over_a_wider_title_line_is_a_block_of_its_own(lines, kicker_alone):
    found = [b.text for b in blocks([*lines, *wrapped(P1, 22), *wrapped(P2, 22)])]
    assert (lines[0] in found) == kicker_alone


@pytest.mark.parametrize("heading", ["## 嘉宾简介", "### （一）选准县域产业的发展"])
def test_a_markdown_heading_is_one_line_and_a_name_under_it_no_rest_of_it(heading):
    # (qa133) a Markdown heading ends at its line: a lone name-like word under it (the guest's name under ## 嘉宾简介) is
    # a block of its own, though a printed heading wraps onto such a word (wraps_heading_onto_name_like_word)
    found = blocks([heading, "", "贺立川", "", P1, "", P2], True)
    assert [b.text for b in found[:2]] == [heading, "贺立川"]


# ---- qa135: the title of the document a notice publishes, under the notice's signature ----
PUBLISHED_DOCUMENT_NOTICE = [
    "东岭县人民政府办公室关于印发东岭县农村寄递物流提升行动方案的通知", "东政办发〔2026〕4号", "",
    "各乡镇人民政府，县政府各部门：",
    "　　《东岭县农村寄递物流提升行动方案》已经县政府同意，现印发给你们，请认真贯彻执行。", "",
    "东岭县人民政府办公室", "2026年4月2日", "",
]
PUBLISHED_DOCUMENT_TEXT = ["", "　　为畅通农产品进城和工业品下乡通道，加快补齐寄递短板，制定本方案。", "一、工作目标",
                           "　　到2027年，全县建制村寄递服务全覆盖。", "二、重点任务", "（一）完善县乡村三级物流网络",
                           "1．建设县级共配中心。整合邮政快递资源，推动统仓共配。"]


@pytest.mark.parametrize("note", [[], ["（此件公开发布）", ""]])
def test_the_title_of_a_published_document_does_not_run_into_its_one_line_first_paragraph(note):
    """(qa135) Under a notice's signature (its issuer over a date), the title of the document the notice publishes closes
    its block: the document's first paragraph, one line under it in a page of short lines, is no rest of the title."""
    lines = [*PUBLISHED_DOCUMENT_NOTICE, *note, "东岭县农村寄递物流提升行动方案", *PUBLISHED_DOCUMENT_TEXT]
    found = texts(lines)
    assert "东岭县农村寄递物流提升行动方案" in found
    assert "为畅通农产品进城和工业品下乡通道，加快补齐寄递短板，制定本方案。" in found


def test_a_line_under_a_signature_that_names_no_document_kind_still_runs_on():
    """(qa135) Under the signature, only a title naming a document's kind closes its block: a line of text wrapped there
    goes on into the line under it."""
    lines = [*PUBLISHED_DOCUMENT_NOTICE, "各乡镇要结合实际抓好贯彻落实，及时报送", "工作进展情况。", "一、工作目标",
             "　　到2027年，全县建制村寄递服务全覆盖。"]
    assert "各乡镇要结合实际抓好贯彻落实，及时报送工作进展情况。" in texts(lines)

# ---- qa137: a heading under its section's letter or number set alone ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("marker", ["A", "B．", "02"])
@pytest.mark.parametrize("heading", ["稳就业，筑牢民生保障底线", "强基础，补短板，提升县域承载力"])
def test_a_heading_under_a_lone_section_marker_is_a_block_of_its_own(blank_after_every_line, marker, heading):
    lines = ["让县域经济“强起来”", *wrapped(P1, 20, indent=0), marker, heading, *wrapped(P2, 20, indent=0)]
    assert texts(page([lines], blank_after_every_line).split("\n"))[-3:] == [marker, heading, P2]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_sentence_under_a_lone_marker_runs_on(blank_after_every_line):
    # a line that ends a sentence under a lone letter is text: it runs on as wrapped text does (no heading)
    lines = ["让县域经济“强起来”", "A", *wrapped(P2, 20, indent=0)]
    assert texts(page([lines], blank_after_every_line).split("\n"))[-1] == P2

# ---- qa138: an enumeration run inline whose next item a wrap put at a line's start ----
INLINE_ITEMS_HEAD = "第九条　县水务部门应当会同有关部门编制农村供水规划，报县人民政府批准后"
INLINE_ITEMS_CUT = "组织实施。农村供水规划应当包括下列主要事项：（一）水源布局和保护范围；"
INLINE_ITEMS_REST = ["（二）供水工程建设标准和供水规模；（三）老旧管网改造时序；（四）运行维", "护和应急保障措施。"]


def test_an_item_wrapped_to_a_line_start_after_its_inline_predecessor_runs_on():
    """(qa138) A full line that carries an enumeration inline (…：（一）…；) and ends at an item's end: the next item,
    first on the line under it, goes on in the same paragraph, the way the list was set."""
    lines = [INLINE_ITEMS_HEAD, INLINE_ITEMS_CUT, *INLINE_ITEMS_REST, "第十条　供水单位应当建立水质检测制度，定期向社会公布水质检测结果"
             "，接受", "社会监督。"]
    assert texts(lines)[0] == "".join([INLINE_ITEMS_HEAD, INLINE_ITEMS_CUT, *INLINE_ITEMS_REST])


@pytest.mark.parametrize("above", [
    "（一）违反本条例第七条第（二）项规定的；",       # a reference to an item (第（二）项), not an item run inline
    "（一）水源布局和保护范围；",                     # the item before at the line's start: items one a line
    "组织实施。农村供水规划应当包括下列事项：（一）水源布局；",  # the item inline is not the one numbered one less
])
def test_an_item_at_a_line_start_stays_a_block_where_no_inline_predecessor_stands_above(above):
    assert 1 in block_starts([above, "（三）供水工程建设标准；"], "（（")


# ---- qa140: a photo's credit in brackets closes its block ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("credit", ["（本报记者 许 航 摄）", "（本报通讯员 严 平 摄影）", "(记者 蒋 帆 摄)"])
def test_a_bracketed_photo_credit_filling_its_column_continues_into_no_line(blank_after_every_line, credit):
    # a narrow photo column: the credit is as wide as its caption's lines, and a short title under it is no rest of it
    caption = ["6月3日，游客在南岭县花", "溪村的稻田里体验插秧。"]
    text = page([wrapped(P1, 11, indent=0), caption, [credit, "南岭春播快于往年", "本报讯（记者 许 航）连日来，南岭县各地抢抓农时。"]],
                blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert "南岭春播快于往年" in found

# ---- qa142: a bracketed line over a blank line ----

@pytest.mark.parametrize("aside, parted", [
    ("（项目编号：RC-2025-031）", True),             # the aside's bracket closes, a blank line parts: blocks of their own
    ("（2025年修订版）", True),
    ("（项目编号：RC-2025-031", False),              # still open: the bracket goes on into the line under it
])
def test_a_closed_bracketed_line_over_a_blank_line_joins_no_line(aside, parted):
    lines = ["某某市科学技术局委托研究项目", aside, "", "县域科技成果转化服务体系建设研究", "结题报告", "",
             "一、研究背景", *wrapped(P1, 20), "", *wrapped(P2, 20), ""]
    got = [b.text for b in blocks(lines)]
    assert ("县域科技成果转化服务体系建设研究" in got) is parted


def test_a_two_column_tables_rows_are_blocks_of_their_own():
    """Rows of a two-column table one space apart (工作项目 完成时间 / 完成方案编制 2026年第一季 …) under a paragraph set in
    a column as wide: each row a block, not one paragraph wrapped over them (qa142)."""
    rows = ["工作项目 完成时间", "完成方案编制并报请审定 2026年第一季", "启动首批试点建设工作 2026年第三季",
            "全面推广应用试点成果 2027年"]
    lines = [*wrapped(P1, 20), "各项工作进度安排如下：", *rows, "", *wrapped(P2, 20)]
    assert [b.text for b in blocks(lines)][-len(rows) - 1:-1] == rows


# ---- qa145: a pull quote's short last line with a blank line under it closes the quote's box ----
@pytest.mark.parametrize("blank_under_tail, tail_apart", [
    # the tail, as wide as the page's one-line headings, set right under the quote with a blank line under it: the
    # quote's box ends there, and a heading is set right over its text
    (True, False),
    # the same line set right over the text: a one-line heading under the quote, as before (qa91)
    (False, True),
])
def test_a_pull_quotes_short_last_line_with_a_blank_line_under_it_stays_the_quotes(blank_under_tail, tail_apart):
    first, middle, last = ONE_LINE_HEADINGS
    quote = ["■县域经济强不强，关键", "要看产业的核心竞争力"]
    lines = [*hung(P1, 16), first, *hung(P2, 16), *quote, middle, *([""] if blank_under_tail else []),
             *hung(P4, 16), last, *hung(P6, 16)]
    found = texts(lines)
    assert (middle in found) is tail_apart
    assert ("".join(quote + [middle]) in found) is not tail_apart


# ---- qa145: a title right over its byline under a narrow column's line that ends a sentence ----
# 40 characters: four full lines of 10, the last ending the sentence
LINK_BOX_TEXT = "数字乡村是指伴随网络化信息化和数字化在农业农村经济社会发展中的应用而形成的形态。"


@pytest.mark.parametrize("title, byline_line", [
    ("加快推进数字乡村建设", "韩明远 林书瑶"),       # the title as wide as the box's lines, over two names
    ("以数字技术赋能乡村振", "邵知远"),
])
def test_a_title_over_its_byline_under_a_narrow_lines_sentence_end_stands_apart(title, byline_line):
    box = wrapped(LINK_BOX_TEXT, 10, 0)
    assert len(box) == 4 and len(box[-1]) == 10
    lines = [*hung(P1, 16), *hung(P2, 16), "相关链接", *box, title, byline_line, *hung(P4, 16)]
    found = texts(lines)
    assert title in found and LINK_BOX_TEXT in found


# ---- qa145: a letter-spaced name under the next title, under the signature of the text before ----
@pytest.mark.parametrize("title", ["让绿水青山释放生态红利", "以数字技术赋能乡村振兴"])
def test_a_letter_spaced_name_under_a_title_under_a_signature_is_a_line_of_its_own(title):
    box = wrapped(LINK_BOX_TEXT, 10, 0)
    quote = ["◆坚持生态惠民、", "生态利民、生态为民，", "让良好生态环境成为", "人民生活的增长点"]
    lines = [*hung(P1, 16), *hung(P2, 16), "相关链接", *box, "加快推进数字乡村建设", "韩明远 林书瑶", title, "邵 知 远",
             *quote, "生态优势", *hung(P4, 21)]
    found = texts(lines)
    assert title in found and "邵知远" in found


# ---- qa145: a one-line heading under a narrow pull quote whose own last line falls short of its column ----
@pytest.mark.parametrize("quote_end, heading_apart", [
    # the quote's last line a character short of its six-wide column: the quote ends there, and the line under it, as
    # wide as the page's other one-line headings, is the next heading, though only two short of the quote's column
    ("准主导产业", True),
    # the quote's line over it fills the column: a line two short of so narrow a column is the quote's own last line
    ("准主导产业群", False),
])
def test_a_heading_under_a_narrow_pull_quote_ending_short_stands_apart(quote_end, heading_apart):
    first, middle, last = "时代方位", "现实短板", "实践路径"
    quote = ["■县域经济强", "则城乡融合发", "展的底气足，", "要因地制宜选", quote_end]
    lines = [*hung(P1, 16), first, *hung(P2, 16), *quote, middle, *hung(P4, 16), last, *hung(P6, 16)]
    found = texts(lines)
    assert (middle in found) is heading_apart
    assert found[-2:] == [last, P6]

# ---- qa147: a journal's running head with its volume and issue in Chinese numerals ----
@pytest.mark.parametrize("line, head", [
    ("东海公共治理学报 第十二卷第三期 88", True),
    ("88 东海公共治理学报 第十二卷 第三期", True),
    ("东海公共治理学报 第二十卷第一期", True),
    ("东海公共治理学报 第12卷第3期 88", True),                  # Arabic numerals, as before
    ("本刊 第十二卷第三期 起改版为双月刊", False),               # a sentence about the volume
    ("东海公共治理学报第十二卷第三期88", False),                 # no gap: no running head's spacing
])
def test_a_running_head_with_the_volume_in_chinese_numerals_is_a_masthead(line, head):
    """台湾某某学报 第十八卷第一期 52: Taiwan's journals number volumes in Chinese numerals (qa147)."""
    assert is_spaced_masthead(line) is head


# ---- qa147: a journal's masthead in 《》 with its parts apart by commas ----
@pytest.mark.parametrize("line, masthead", [
    ("《东海社会政策学刊》第29卷第1期，2025年3月，页1-45", True),
    ("《东海社会政策学刊》，第二十卷第一期，2024年6月", True),
    ("《东海社会政策学刊》第29卷第1期（2025年3月），页1-45", True),
    ("《东海社会政策学刊》第29卷第1期（2025年3月） 页1-45", True),       # spaces, as before (qa50)
    ("《东海社会政策学刊》第29卷第1期，刊出三篇相关论文", False),         # a sentence about the issue
])
def test_a_bracketed_journal_masthead_with_commas_is_a_masthead(line, masthead):
    """《某某学刊》第29卷第1期，2025年3月，页1-45 over a paper's title: masthead, no line of the title (qa147)."""
    assert is_spaced_masthead(line) is masthead

# ---- qa150: a one-sentence item over a bracketed contact line ----
@pytest.mark.parametrize("note", [
    "　　（联系人：综合处　柳青禾；联系电话：0371-65432109）",
    "　　（联系人：规划科 贺 岚，电话：0898-66123456）",
    "　　（咨询电话：0551-62876543）",
])
def test_a_marked_item_ending_its_sentence_does_not_wrap_onto_the_note_under_it(note):
    # A notice set one paragraph a line: its last item (（三）…。) a sentence short of the column, then the bracketed
    # contact line and a blank line. The item is a whole sentence, no heading that wraps: the note is its own paragraph.
    item = "　　（三）请于每月5日前报送上月工作进展，逾期不再受理。"
    lines = ["某某市商务局关于做好2026年度老字号", "企业认定申报工作的通知", "各区商务主管部门，市直有关单位：",
             "　　" + P1 + P2, "　　一、申报条件", "　　申报单位应同时符合以下条件：", "　　1.在本市注册登记满两年；",
             "　　2.上年度未发生较大以上安全生产事故；", "　　3.近三年无严重失信记录。", "　　二、工作要求",
             "　　（一）" + P4, "　　（二）" + P3, item, note, "", "　　附件：1.工作进展情况统计表"]
    got = texts(lines)
    assert item.strip() in got and note.strip().replace(" ", "") in got


# ---- qa150: a marked item whose sentence wraps, on a page that indents its paragraphs ----
SENTENCE_ITEM = "（四）各区要按照全市统一部署认真组织辖区企业申报，严格审核把关，不得推荐存在严重失信记录的企业。"


RUN_IN_ITEMS = ["（一）加强组织领导。各区要成立由分管负责同志牵头的工作专班，统筹推进申报审核和跟踪服务各项工作。",
                "（二）压实工作责任。各区商务部门要会同有关部门细化工作方案，明确责任分工，确保各项任务落到实处。",
                "（三）强化宣传引导。充分利用政府网站和新媒体平台广泛宣传政策内容，提高企业知晓率和参与度。"]


# 各区要把…考核体系，/ …予以倾斜，/ …予以通报。: a paragraph whose middle line hangs its comma past the edge (25 of 24)
HUNG_PARAGRAPH = ["各区要把企业培育工作纳入年度目标考核体系，", "对工作成效突出的区在资金安排和试点申报上予以倾斜，",
                  "对工作推进不力的区予以通报。"]


@pytest.mark.parametrize("hung_before", [False, True])
def test_a_marked_sentence_item_an_indent_short_runs_on_into_its_full_line(hung_before):
    # Every paragraph opens with a marker and an indent (stripped): the item's first line, an indent short of the full
    # line under it, is no heading but the item's sentence, which goes on; a line nearby that hangs a closing mark past
    # the edge leaves the item's full line a mark short of the widest.
    lines = ["二、工作要求", *[line for item in RUN_IN_ITEMS for line in wrapped(item, 24)],
             *(HUNG_PARAGRAPH if hung_before else []), *wrapped(SENTENCE_ITEM, 24), "三、其他事项", *wrapped(P1, 24)]
    assert SENTENCE_ITEM in texts(lines)


def test_a_heading_an_indent_short_of_a_full_line_on_a_flush_page_stays_apart():
    # A flush page sets its items as wide as its text: a heading there an indent short of the full line under it is a
    # heading over its text, comma or not.
    heading = "（四）完善配套政策体系，加快构建长效工作机制"
    lines = ["二、工作要求", *[line for item in RUN_IN_ITEMS for line in wrapped(item, 24, 0)], heading,
             *wrapped(P2, 24, 0), "三、其他事项", *wrapped(P1, 24, 0)]
    assert heading in texts(lines)


# ---- qa150: the text under a short numbered item's heading line ----
@pytest.mark.parametrize("heading", ["2.健全调度机制", "（2）健全调度机制", "2、健全调度机制"])
def test_the_first_line_under_a_short_item_heading_is_the_items_text_not_a_headings_rest(heading):
    # 2.健全调度机制 / the item's text, its first line an indent short (a clause in it) under a column of 30 that hangs its
    # closing marks (31): one paragraph under the heading, no two-line heading of the short line and the first one.
    text = ["建立重点项目月调度季通报制度，对进度滞后项目实行挂牌督办", "协调解决项目建设中涉及的用地、用能、资金、审批等方面突出问题，",
            "确保项目按期建成投产并尽早达产达效，对推进不力的单位个人予以通", "报批评。"]
    lines = ["三、保障措施", "1.加强组织领导", *hung(P1 + P3, 30), heading, *text, "四、其他事项", *hung(P2, 30)]
    got = texts(lines)
    assert heading in got and "".join(text) in got

# ---- qa153: a running head naming the first author and the short title beside the issue or the folio ----
@pytest.mark.parametrize("line, head", [
    ("2025年第3期        王明远，等：县域财政可持续性的测度与提升        ·41·", True),
    ("·40·   第3期   王明远等：县域财政可持续性的测度与提升", True),
    ("王明远：县域财政可持续性的测度与提升     2025年第3期     ·41·", True),   # one author: no 等
    ("2025年5月  王明远，李华，等：县域财政可持续性的测度与提升", True),
    ("王明远：县域财政可持续性的测度与提升", False),                          # no issue, no folio: a line of text
    ("2025年第3期  王明远指出：财政可持续性取决于三个方面。", False),           # a sentence after the colon
])
def test_a_running_head_with_the_authors_and_short_title_is_a_masthead(line, head):
    """2025年第3期  王明远，等：<short title>  ·41·: a journal page's running head over an odd page (qa153)."""
    assert is_spaced_masthead(line) is head

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["【作者简介】", "作者简介", "嘉宾简介"])
def test_a_profile_box_whose_lines_alternate_with_an_articles_is_read_after_the_articles_sentence(blank_after_every_line,
                                                                                                label):
    # (qa151) the writer's bio set beside a column's first lines, extracted line by line with them, as a reading box
    bio = "季闻溪，南川师范大学文学院教授，长期关注乡村教育，出版有随笔集《灯下》。"
    art = wrapped(P3, 24, indent=0) + wrapped(P5, 24, indent=0)
    box = wrapped(bio, 14, indent=0)
    assert box[-1].endswith("。") and len(box) == 3
    lines = [*wrapped(P1, 24, indent=0), *art[:2], label, art[2], box[0], art[3], box[1], art[4], box[2],
             *art[5:], *wrapped(P6, 24, indent=0)]
    found = [b.text for b in blocks(lines_in_reading_order(normalized_document(raw(page([lines], blank_after_every_line)))))]
    assert P3 in found and P5 in found and P6 in found
    assert bio in "".join(found[found.index(P5) + 1:])


@pytest.mark.parametrize("label", ["作者简介", "【作者简介】", "嘉宾简介"])
def test_a_profile_boxs_name_and_post_line_under_its_label_is_a_line_of_its_own(label):
    # (qa151) the line ends no sentence and nearly fills the column: the closing note under it was joined to it
    name_post = "季闻溪　南川师范大学文学院教授、硕士生导师"
    note = "（下期预告：乡村书屋怎样“活”起来）"
    lines = [*wrapped(P1, 24), label, name_post, note, "本版编辑：林书白"]
    found = [b.text for b in blocks(lines)]
    assert any(b.startswith("季闻溪") and b.endswith("硕士生导师") for b in found)
    assert note in found

# ---- qa149: a publisher-and-date line with the reader counter after the date ----
@pytest.mark.parametrize("fields", ["东岭智库网　2026-01-20　阅读：1533", "东岭智库网 2026-01-20 09:30 浏览量：865"])
def test_a_publisher_and_date_line_with_a_reader_counter_is_a_line_of_its_own(fields):
    title = "推动城乡融合发展需要把握好几对关系"
    assert texts([title, fields, P1, P2])[:2] == [title, fields.replace(" ", "")]

# ---- qa154: a programme's head fields over its transcript ----
@pytest.mark.parametrize("lines, opens", [
    (["社区食堂怎样办得长", "播出时间：2026年4月16日 18:30　播出频道：某台新闻频道"], {1}),
    (["社区食堂怎样办得长", "首播时间：2026年4月16日", "节目时长：30分钟"], {1, 2}),
    (["社区食堂怎样办得长", "播出以后，观众反响热烈，不少老人打来电话询问。"], set()),     # a line of text opening with 播出
])
def test_a_programmes_head_fields_open_blocks(lines, opens):
    from flows.reflow import talk_field_lines
    assert talk_field_lines(lines, "".join(t[:1] for t in lines)) == opens


# ---- qa154: an interviewee's turns on a hard-wrapped page ----
_Q1 = "记者：夜间经济热起来以后，管理压力大不大？"          # 22 characters: its last line fills no column
_Q2_HEAD = "记者：不少商户反映夜市租金偏高，经营成本上升。"       # 23 characters, a full line of 23 that ends a sentence
_Q2_TAIL = "对此怎么看？"
_A1 = "柏嘉宁：压力确实有。我们把夜市分成三个时段，错峰安排保洁和巡查，街区秩序总体平稳，投诉量同比下降了四成。"
_A2 = "柏嘉宁：租金由街区运营公司统一定价，今年起对首次入驻的小微商户减免三个月租金，并公开收费标准。"


def _full_question(width: int) -> tuple[list[str], str]:
    """A question whose last line fills the column and ends with its question mark."""
    q = "记者：夜市开到凌晨以后，周边居民的休息受不受影响？怎样平衡好各方"[: 2 * width - 1] + "？"
    assert len(q) == 2 * width
    return [q[:width], q[width:]], q


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_an_interviewees_turn_under_a_full_question_opens_a_paragraph(blank_after_every_line):
    # 记者：…？ fills its last line; the answer's label (a name that opens another turn too) opens a paragraph
    question, q = _full_question(16)
    text = page([wrapped(P1, 16, indent=0), wrapped(_Q1, 16, indent=0), wrapped(_A1, 16, indent=0), question,
                 wrapped(_A2, 16, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert q in found and _A2 in found


@pytest.mark.parametrize("lines, turns", [
    (["记者：问一？", "柏嘉宁：答一。", "记者：问二？", "柏嘉宁：答二。"], {1, 3}),        # a recurring speaker
    (["主持人 韩知远：问一。", "嘉宾 柏嘉宁（某大学教授）：答一。", "主持人 韩知远：问二。", "嘉宾 柏嘉宁（某大学教授）：答二。"],
     {1, 2, 3}),                                            # a host's turns show a transcript, and are turns too
    (["记者：问一？", "柏嘉宁：答一。", "记者：问二？", "方立新：答二。"], set()),        # each label once: no evidence
    (["今年夜市客流增长。", "柏嘉宁：答一。", "柏嘉宁：答二。"], set()),                  # no reporter's turn: no interview
])
def test_speaker_turns_are_recurring_name_labels_on_an_interview_page(lines, turns):
    from flows.reflow import reporter_turns, sentence_ends, speaker_turns
    ends = sentence_ends(lines, "".join(t[-1:] for t in lines))
    firsts = "".join(t[:1] for t in lines)
    assert speaker_turns(lines, firsts, ends, reporter_turns(lines, firsts, ends)) == turns


@pytest.mark.parametrize("label", ["对话人：", "对谈人", "与谈人："])
def test_a_dialogue_under_a_guest_list_breaks_at_each_turn_with_no_host_or_reporter(label):
    # (qa250) two scholars' turns under their list, the last line of a turn full: the next speaker's label opens a
    # paragraph all the same
    from flows.reflow import blocks
    turn1 = ["柏嘉宁：保护的主体是村民，村落空了", "再好的房子也难以为继，这是我们调研", "中最深的体会。"]
    turn2 = ["方立新：我同意这个判断，关键在于找", "到适合本地的产业，让村民愿意留下。"]
    turn3 = ["柏嘉宁：所以保护和发展不是对立的，", "要让村民成为保护的受益者，留得住。"]
    turn4 = ["方立新：还要完善政策支持，简化审批", "流程，让村民修得起、也愿意来修。"]
    lines = [label, "柏嘉宁  某大学历史学院教授", "方立新  某省社会科学院研究员", *turn1, *turn2, *turn3, *turn4]
    assert [b.text[:4] for b in blocks(lines)][3:] == ["柏嘉宁：", "方立新：", "柏嘉宁：", "方立新："]


# ---- qa154: a question's tail over the answer ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_questions_short_last_line_under_a_full_line_ending_a_sentence_is_no_heading(blank_after_every_line):
    # 记者：…成本上升。 fills its line, 对此怎么看？ is short: the question's rest, no heading, since the answer follows
    q2 = wrapped(_Q2_HEAD, 23, indent=0) + [_Q2_TAIL]
    text = page([wrapped(P1, 23, indent=0), wrapped(_Q1, 23, indent=0), wrapped(_A1, 23, indent=0), q2,
                 wrapped(_A2, 23, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert _Q2_HEAD + _Q2_TAIL in found and _A2 in found


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_heading_between_an_answer_and_the_next_question_stays_a_heading(blank_after_every_line):
    # 柏嘉宁：… / 管好夜市的烟火气 / 记者：… (not counted as a turn: under a heading) / 柏嘉宁：…: no question's tail
    text = page([wrapped(P1, 23, indent=0), wrapped(_Q1, 23, indent=0), wrapped(_A1, 23, indent=0), ["管好夜市的烟火气"],
                 wrapped(_Q2_HEAD + _Q2_TAIL, 23, indent=0), wrapped(_A2, 23, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert found == [P1, _Q1, _A1, "管好夜市的烟火气", _Q2_HEAD + _Q2_TAIL, _A2]


# ---- qa154: a transcript's kicker on a hard-wrapped page ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("kicker", ["某市广播电视台《城市会客厅》节目文字实录", "新闻综合频道民生热线访谈实录"])
def test_a_transcript_kicker_as_wide_as_the_column_is_a_block_of_its_own(blank_after_every_line, kicker):
    # the kicker, the title under it, then the transcript's turns wrapped at the kicker's width
    turn = "主持人 韩知远：" + P1
    text = page([[kicker, "社区食堂怎样办得长"], wrapped(turn, len(kicker), indent=0), wrapped(P2, len(kicker), indent=0)],
                blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert found[:2] == [kicker, "社区食堂怎样办得长"]

# ---- qa155: a review's book line as wide as the column, over the review's first paragraph ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("book", ["《县域治理的基层逻辑》 林望舒著 北原出版社", "《城乡融合发展新论》 程远 主编 东川人民出版社"])
def test_a_review_book_line_as_wide_as_the_column_is_a_line_of_its_own(blank_after_every_line, book):
    width = len(book.replace(" ", "")) - 1
    text = page([["读书"], ["在县域里读懂中国"], [book], wrapped(P1, width, indent=0), wrapped(P2, width, indent=0),
                 ["何 川"]], blank_after_every_line)
    found = [b.text.replace(" ", "") for b in blocks(normalized_document(raw(text)).lines)]
    assert book.replace(" ", "") in found and P1 in found

# ---- qa157: an item numbered N. before its deadline ----
@pytest.mark.parametrize("item", ["5.9月底前完成全市老旧小区燃气管道改造。（牵头单位：市城管局）",
                                  "2.2027年底前建成区域应急物资储备中心。（牵头单位：市应急局）"])
def test_an_item_opening_with_its_deadline_opens_a_block(item):
    """…。（牵头单位：…） / 5.9月底前完成…: a work plan's item that opens with its deadline starts a block, as 5.完成… does,
    though a digit follows its dot (qa157)."""
    lines = ["一、着力提升政务服务效能", "1.推进政务数据共享，年内新增共享数据接口200个。（牵头单位：市数据局）",
             "2.全面推行惠企政策“免申即享”，梳理发布第二批政策清单。（牵头单位：市发展改革委；责任单位：市财政局）",
             item, "6.开展拖欠企业账款清理行动，建立长效机制。（牵头单位：市工信局）"]
    assert texts(lines) == lines


# ---- qa157: a table's number cell in square brackets ----
@pytest.mark.parametrize("line, row", [
    ("城镇新增就业（万人）  —  —  [25]  预期性", True),
    ("单位地区生产总值能耗降低（%）  —  [13.5]  —  约束性", True),
    ("全面推行  [见附件]  清单管理  动态调整", False),       # no number in any cell
    ("全员劳动生产率增长（%）  —  —  >5.5  〔预期性〕", True),   # a target bound: the only figure after >, ≥ or ＜
    ("森林蓄积量（亿立方米）  —  —  ≥1.2  〔约束性〕", True),
    ("城镇调查失业率（%）  —  ＜6  —  〔预期性〕", True),
    ("目标值  >高位  稳定  运行", False),                     # a sign before no number
])
def test_a_table_row_may_give_its_figure_in_square_brackets(line, row):
    """A plan's indicator table marks a five-year figure by [ ]: a row whose only figure is such a cell is a row (qa157)."""
    assert is_table_row(line) is row


# ---- qa159: a Markdown image line is a block of its own ----
@pytest.mark.parametrize("address", [
    "https://img.example.org/2025/09/a.jpg",                                           # short: a block of its own already
    "https://mmbiz.qpic.cn/mmbiz_jpg/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/640.jpg",   # long enough to pass for a full line
])
def test_a_markdown_image_line_is_never_joined_to_the_paragraph_under_it(address):
    text = "\n\n".join(["# 让夜间经济亮起来", "本报记者 钟岚", f"![夜幕下的滨河步行街。钟岚 摄]({address})", P2, P1])
    found = blocks(normalized_document(raw(text, "post.md")).lines)
    assert [b.text[:len(P2)] == P2 for b in found].count(True) == 1 and found[2].text.startswith("![")


# ---- qa160: a marked heading one character wider than a column whose lines hang their marks ----
# (clauses of 17 characters, each closed by a mark hung past the edge of a column 17 wide: every full line is 18 wide)
HUNG_CLAUSES = ["统筹推进新型工业化和新型城镇化建设", "加快补齐县城市政设施和公共服务短板", "持续增强县城对农业转移人口的吸引力",
                "稳步提高城乡基本公共服务均等化水平", "推动一二三产业融合发展带动农民就业"]
HUNG_P = "，".join(HUNG_CLAUSES[:3]) + "，促进要素流动。"
HUNG_Q = "，".join(HUNG_CLAUSES[2:]) + "，久久为功。"


@pytest.mark.parametrize("heading", [
    "（二）完善农业转移人口市民化配套政策",       # 18: as wide as the hung lines, a character past the column
    "三、健全县域商业体系推动消费提质扩容",
])
def test_a_marked_heading_as_wide_as_the_hung_lines_is_a_line_of_its_own(heading):
    assert {len(c) for c in HUNG_CLAUSES} == {17}
    lines = [*hung(HUNG_P, 17), *hung(HUNG_Q, 17), heading, *hung(HUNG_Q, 17), *hung(HUNG_P, 17)]
    assert texts(lines) == [HUNG_P, HUNG_Q, heading, HUNG_Q, HUNG_P]


# ---- qa160: a page's labelled credits set between two columns ----
@pytest.mark.parametrize("credits", ["责编：顾远 版式：闻笛", "本版编辑：沈 川 美编：闻 笛", "责任编辑：何平"])
@pytest.mark.parametrize("blank_after_every_line", [True, False])
def test_a_pages_labelled_credits_take_in_no_line_of_the_next_column(credits, blank_after_every_line):
    # (the next column's first line, as wide as the credits or a little wider, would read as their rest)
    text = page([["推动县城建设提质增效", "□ 何 川"], wrapped(P1, 14, indent=0), [credits],
                 wrapped(P2, 12, indent=0), wrapped(P4, 12, indent=0)], blank_after_every_line)
    found = [b.text.replace(" ", "") for b in blocks(normalized_document(raw(text)).lines)]
    assert credits.replace(" ", "") in found and P2 in found


# ---- qa160: under a title printed after its text, a line short of the column is no first line of text ----
@pytest.mark.parametrize("second", [
    "林可然推动基层减负走深走实",        # the text's signature glued to the next title, two short of the column
    "柏青以数字化赋能社区治理",
])
@pytest.mark.parametrize("blank_after_every_line", [True, False])
def test_a_line_under_a_title_after_a_text_and_short_of_the_column_is_a_line_of_its_own(second, blank_after_every_line):
    text = page([wrapped(P1, 15, indent=0), ["让老街区留住烟火气", second], wrapped(P2, 15, indent=0),
                 wrapped(P4, 15, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert second in found and P2 in found


# ---- qa161: a box's source note whole on its line ----
@pytest.mark.parametrize("note", ["（资料来源：《城乡发展统计年鉴》）", "（摘自《西江日报》2025年3月2日）", "（数据来源：西江省统计局统计公报）"])
def test_a_source_note_wider_than_its_box_stands_apart_from_the_box_and_the_title_under_it(note):
    """The box's last line fills its narrow column and ends a sentence; the source note under it runs wider than the
    column, and the end-printed title under it is short: the note is a block of its own, not the box's last line
    with the title's first line run into it (qa161)."""
    box = ["县域商业体系是以县城为中心、乡", "镇为重点、村为基础，覆盖城乡、", "双向流通、功能完备，服务便捷、", "运行高效的现代商业网络和设施。"]
    lines = ["让农村居民就近享受便利消费，", "让城乡商品流通更加顺畅。", "链接", "县域商业体系", *box, note,
             "以县域商业高质量发展", "激活城乡消费潜力"]
    texts = [b.text.replace(" ", "") for b in blocks(lines, markdown=False)]
    assert note in texts and "以县域商业高质量发展" in texts[texts.index(note) + 1]


# ---- session 22: a marked heading after a sentence's end is no title printed after its text ----
@pytest.mark.parametrize("heading", ["三、适用范围及有效期", "（2）实施延链补链行动", "3.强化要素保障"])
@pytest.mark.parametrize("blank_after_every_line", [True, False])
def test_the_short_first_line_under_a_marked_heading_runs_on(heading, blank_after_every_line):
    # (the section's first line, a character short of the column and holding no clause mark, is no title's line)
    body = "围绕精深加工研发设计和品牌营销等高附加值环节开展精准招商，支持链主企业建设区域性研发中心，培育一批县域公用品牌。"
    text = page([wrapped(P1, 22, indent=0), [heading], [body[:21]], wrapped(body[21:], 22, indent=0),
                 wrapped(P2, 22, indent=0)], blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert body in found and heading in found


# ---- qa165: a paper's decimal heading ends its line ----
PAPER_TABLE = ["表1　主要变量", "变量 （1） （2） （3）", "人均消费 0.31 0.28 0.27", "控制变量 否 是 是", "样本量 960 960 960",
               "注：括号内为稳健标准误。"]
PAPER_FIGURE = ["图2　动态效应", "资料来源：作者自制。"]
PAPER_LEAD = "图2报告了动态效应的检验结果，政策实施前各期系数均不显著。"


@pytest.mark.parametrize("heading", ["2.1.3 调节效应分析", "4.2 平行趋势与稳健性检验", "5.1.2 分地区回归结果",
                                     "3.2 稳健性与内生性检验"])
def test_a_decimal_heading_between_a_table_and_a_short_paragraph_is_a_block_of_its_own(heading):
    """A table's caption, rows (their spaces count no width) and note, then a decimal heading, a two-line paragraph and
    a figure's caption: the window around the heading is mostly short lines, so the column reads narrow and the
    heading as full; it still opens and ends its own block (qa165)."""
    lines = [*wrapped(P1, 22), *PAPER_TABLE, heading, *wrapped(PAPER_LEAD, 22), *PAPER_FIGURE, *wrapped(P2, 22)]
    found = [b.text for b in blocks(lines)]
    assert heading in found and PAPER_LEAD in found


# ---- qa166: a page's running head set amid a sentence by PDF extraction ----
@pytest.mark.parametrize("head", [
    "江宁日报　2026年5月6日　星期三　　　第5版　评论",
    "5　评论　2026年5月6日　星期三",
    "江宁日报　2026年5月6日　第5版　评论",
])
def test_a_running_head_between_two_lines_of_a_sentence_is_lifted_to_the_top(head):
    para = wrapped(P1, 20)
    lines = ["让公共空间多一些适老设计", "林书远", *para[:2], head, *para[2:], *wrapped(P2, 20)]
    found = [b.text for b in blocks(lines)]
    assert P1 in found and found[0] == head


def test_a_running_head_after_a_sentence_s_end_stays_where_it_is():
    """Between two paragraphs the head may be a second page's, glued on under the first (articles.mid_page_heads)."""
    head = "江宁日报　2026年5月6日　星期三　　　第5版　评论"
    lines = ["让公共空间多一些适老设计", "林书远", *wrapped(P1, 20), head, *wrapped(P2, 20)]
    found = [b.text for b in blocks(lines)]
    assert found[:3] == ["让公共空间多一些适老设计", "林书远", P1]


def test_a_piece_cut_by_a_running_head_amid_a_sentence_stays_one_article():
    para = wrapped(P1, 20)
    lines = ["6 评论 2026年5月6日 星期三", "快评", "让公共空间多一些适老设计", "林书远", *para[:2],
             "江宁日报　2026年5月6日　第5版　评论", *para[2:], *wrapped(P2, 20), "来论", "社区食堂要办得长久", "作者：顾明川",
             *wrapped(P3, 20)]
    t = tables("\n".join(lines), "page.txt")
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让公共空间多一些适老设计", ["林书远"]),
                                                                  ("社区食堂要办得长久", ["顾明川"])]



# An interviewee's first line ending a sentence at the column's edge (20 characters), under a title, a subtitle, a byline
# and a one-line question: the lines under it fill the column (full) or end the turn short (short).
_ANSWER_FIRST = "宋立华：最明显的变化是企业投资更加理性。"
_ANSWER_TAIL = {"full": ["过去一些地方招商重规模、重速度，现在更", "看重质量和效益，项目论证更加充分，产业", "配套也更完善了。"],
                "short": ["这是好事。"]}


@pytest.mark.parametrize("tail, goes_on", [("full", True), ("short", False)])
def test_an_answers_first_line_ending_a_sentence_at_a_full_columns_edge_goes_on(tail, goes_on):
    """宋立华：…更加理性。 (the column's width) / …（full） / …（full）: under the short lines of an interview's head the
    column looks irregular, yet the lines under the turn fill it: the sentence at its edge goes on (qa167)."""
    lines = ["县域经济怎么干", "——访省社科院研究员宋立华", "本报记者 林 川", "记者：县域经济有哪些新变化？", _ANSWER_FIRST,
             *_ANSWER_TAIL[tail], "记者：下一步重点在哪里？", "宋立华：重点是培育特色产业集群。"]
    got = texts(lines)
    assert (_ANSWER_FIRST + _ANSWER_TAIL[tail][0] in "".join(got) and _ANSWER_FIRST not in got) is goes_on


# ---- qa171: a running head whose column follows the page number

@pytest.mark.parametrize(("line", "head"), [
    ("南江日报 2027年5月6日 星期四 08版 观点·争鸣", True),
    ("南江日报　2027年5月6日　星期四　08版　观点", True),
    ("9 2027年5月6日 星期四 第9版 思想周刊", True),
    ("2027年5月6日 星期四 08版 观点·争鸣", True),
    # a sentence that goes on after a date and a weekday is no running head
    ("2027年5月6日 星期四 08版 观点认为，要进一步优化营商环境。", False),
    ("2027年5月6日星期四，记者在南江市高新区看到", False),
])
def test_a_running_head_with_its_column_after_the_page_number(line, head):
    assert is_page_head(line) == head


# ---- qa177: a wire agency's dateline opens its block

@pytest.mark.parametrize("dateline", ["新华社北京6月3日电（记者 许 晴）", "新华社南宁6月3日电（记者 许晴 林一帆）"])
def test_a_title_wider_than_its_column_does_not_run_into_a_wire_dateline(dateline):
    """qa177: 新华社…电（记者 …） opens a news item's text as 本报北京…电 does, under a title wider than the column."""
    title = "前5个月西岭区社区老年食堂累计供餐增长12.5%"
    lines = [x for line in [*wrapped(P1, 20, 0), title, *wrapped(dateline + P2, 20, 0)] for x in (line, "")]
    assert texts(lines)[1] == title


@pytest.mark.parametrize("views", [
    ["邵明（南岭大学教授）：", "詹雪梅（西岭大学研究员）："],
    ["邵明(南岭大学教授)：", "詹雪梅（西岭学院副教授）："],
])
def test_a_roundups_view_led_by_its_speaker_opens_a_paragraph_under_a_full_line(views):
    """qa177: 周某（某大学教授）：… under a full line that ends a sentence opens a view's paragraph."""
    lead = "近期多地出台稳就业新举措，成效如何？本报记者采访了几位专家。"     # two full lines of 15
    body = [*wrapped(P1, 15, 0), *wrapped(lead, 15, 0), *(x for v in views for x in wrapped(v + P2, 15, 0))]
    lines = [x for line in body for x in (line, "")]
    assert texts(lines)[1] == lead


# ---- qa184: a journal's running head giving its volume and issue as 22(1) ----
@pytest.mark.parametrize(("line", "head"), [
    ("东海社会政策学刊 18(2)", True),
    ("7 公共行政学报 64(3)", True),
    ("公共行政学报 64（3） 53", True),
    ("东海社会政策学刊 18", False),                 # no issue: a title ending with a number is not asked about
    ("二、社会政策学刊的发展(2)", False),           # a heading with its own bracket
])
def test_a_journals_running_head_with_volume_and_bracketed_issue_is_a_masthead(line, head):
    """东海社会政策学刊 18(2) amid a paper's text, over a page: furniture, no section heading (qa184)."""
    assert is_spaced_masthead(line) is head


# ---- qa190: a distribution line that ends with a body's name closes its block ----
@pytest.mark.parametrize("line", ["抄送：市财政局、市审计局、市统计局", "抄送：市财政局、市审计局、市发展改革委"])
def test_a_distribution_line_ending_with_a_bodys_name_closes_its_block(line):
    """A brief's masthead / 报送：… / 抄送：…局 / <title> / a key-points box / text, the blocks parted by blank lines,
    a line a paragraph (read as the layout with a blank line after every line): the title is no rest of the list."""
    title = "关于规范政府投资项目管理的几点建议"
    lines = ["决策要报", "2026年第4期（总第51期）", "东岭发展研究中心　　　　2026年3月9日", "",
             "报送：市委办公室、市政府办公室", line, "", title, "",
             "要点", "政府投资项目前期论证不充分的问题仍较突出。", "部分项目超概算、超工期，绩效评价结果运用不够。", "",
             P1, "", P2, "", P3, "", P1 + P2, "", P2 + P3]
    assert title in texts(lines)


@pytest.mark.parametrize("quoted", [
    "> 发布日期：2025-11-20　信息来源：某某县农业农村局　【字体：大 中 小】",
    "> 发布时间：2026-01-08 09:30　来源：某某市生态环境局　浏览次数：2310",
    "> 本文转载自某某市人民政府门户网站政策文件栏目　原文链接见文末",
])
def test_a_markdown_quote_line_ends_at_a_blank_line(quoted):
    # (qa187) a quoted line that ends no sentence ran on into the paragraph under the blank line: the opening paragraph
    # of the text went into the line of fields
    lines = ["# 某某县推进秸秆综合利用工作方案", "", quoted, "", "为提高秸秆综合利用水平，结合本县实际，制定本方案。", "",
             "## 一、工作目标", "", P1]
    assert [b.text.replace(" ", "").replace("　", "") for b in blocks(lines, markdown=True)][1:3] == [
        quoted.replace(" ", "").replace("　", ""), "为提高秸秆综合利用水平，结合本县实际，制定本方案。"]


@pytest.mark.parametrize("upper", [
    "- [政策问答：秸秆还田补贴怎么申领？](http://example.gov.cn/jd/2.html)",     # a list item ending with its link
    "* [一图读懂：某某县秸秆综合利用工作方案](http://example.gov.cn/jd/3.html)",
    "> 来源：某某县人民政府门户网站　发布日期：2026-01-08",
])
def test_a_markdown_list_item_or_quote_ends_at_a_blank_line(upper):
    # (qa187) a bulleted line that ends no sentence ran on over the blank line into the next block (分享到：… under a
    # list of links); in Markdown a blank line ends a list item or quote, whatever its last character
    lines = ["# 某某县推进秸秆综合利用工作方案", "", "各乡镇要结合实际抓好落实，确保秸秆综合利用率稳定在95%以上。", "",
             "相关解读：", "", upper, "", "分享到：[微信](javascript:;) [微博](javascript:;)"]
    assert len(blocks(lines, markdown=True)) == 5


# ---- qa188: a reprint's source line at an article's end ----
@pytest.mark.parametrize("under", [
    "*本文仅代表作者个人观点，不代表本平台立场。*",    # (qa188) a disclaimer under the source line, under an author box
    "本文仅代表作者个人观点，不代表本平台立场。",
])
def test_a_reprint_source_line_under_an_author_box_is_a_block_of_its_own(under):
    source = "本文来源：《南江发展参考》2025年第8期，原标题为《县域经济的新动能》"
    text = "\n\n".join(["# 县域经济如何培育新动能", P1, "> 林远，南江发展研究院研究员。", source, under])
    found = [b.text for b in blocks(normalized_document(raw(text, "doc.md")).lines)]
    assert source in found


# ---- qa193: a running head dated in Chinese numerals ----
@pytest.mark.parametrize(("line", "head"), [
    ("二〇二七年三月九日 星期二 第6版 时政", True),     # the date written in Chinese numerals, as some papers print it
    ("6 时政 二〇二七年三月九日 星期二", True),
    ("岭南晚报 二〇二七年三月九日 星期二", True),
    ("二〇二七年三月九日", False),                      # a bare date (a notice's signature) is no running head
    ("二〇二七年三月九日起施行新修订的条例", False),
])
def test_a_running_head_may_date_the_page_in_chinese_numerals(line, head):
    assert is_page_head(line) == head


# ---- qa195: a box's last item over a blank line, then the next piece's title and byline ----
@pytest.mark.parametrize(("item", "byline_line"), [
    ("·开放时间：预计2027年起分批启用", "文／罗家辉"),
    ("开放时间：预计2027年起分批启用", "■ 作者：罗家辉 某大学教授"),
    ("·开放时间：预计2027年起分批启用", "罗家辉"),
])
def test_a_title_over_a_byline_under_a_blank_line_opens_a_block(item, byline_line):
    """P1 / 背景资料 / 四个短行 (a narrow box, last one ending no sentence) / a blank line / <title> / <byline> / P2."""
    title = "老旧小区加装电梯审批宜再提速"
    lines = [P1, "", "背景资料", "新城社区服务中心", "·选址：河西片区北侧地块", "·面积：约3.5公顷", item, "", title, byline_line,
             "", P2, P3]
    found = texts(lines)
    assert title in found and item in found


@pytest.mark.parametrize(("first", "rest", "joined"), [
    ("关键词：社区食堂、养老服务、", "可持续运营、基层治理", True),      # wrapped after the enumeration comma
    ("关键词：社区食堂；养老服务；", "可持续运营", True),
    ("关键词：社区食堂、养老服务", "可持续运营", False),               # no separator at the end: the line is whole
])
def test_a_keywords_line_wrapped_after_a_separator_goes_on(first, rest, joined):
    """摘要：… / 关键词：甲、乙、 / 丙、丁 / 一、引言: the keywords go on on the short line under them, no heading."""
    lines = ["社区食堂的可持续运营", "罗家辉　邵文卿", "摘要：" + P1, first, rest, "一、引言", P2, P3]
    found = texts(lines)
    assert (first + rest in found) is joined


# ---- qa198: a theory page's running head that numbers the page before its column and the paper ----
@pytest.mark.parametrize(("line", "head"), [
    ("8 理论 南江日报 2027年3月9日 星期二", True),       # page number, column, paper, date and weekday
    ("12 学术·理论 北川时报 2027年3月9日 星期二", True),   # the column's two words joined by a middle dot
    ("8 理论 南江日报 2027年3月9日", False),              # no weekday nor marked page number: a dated line
    ("8个理论问题 南江日报 2027年3月9日 星期二", False),   # no page number apart by a space
])
def test_a_running_head_may_number_the_page_before_its_column_and_paper(line, head):
    assert is_page_head(line) == head


# ---- qa198: a sentence ending at the column's edge on a page that parts its paragraphs with blank lines ----
EDGE_PARAGRAPH = ["县城是联结城市和乡村的重要节点，推动县城提", "质扩容要突出功能定位，强化公共服务供给。", "这是当前的一项紧迫任务。"]


@pytest.mark.parametrize("blank_parted", [True, False])
def test_a_sentence_ending_at_the_edge_goes_on_where_blank_lines_part_paragraphs(blank_parted):
    """A paragraph whose sentence ends at the column's edge over a short line that ends a sentence too: on a page that
    sets a blank line between its paragraphs it is one paragraph (no paragraph stands under another without one); on a
    page without blank lines the short line may be a paragraph of its own, and stays apart (qa198)."""
    lines: list[str] = []
    for part in [hung(P1, 20), hung(P2, 20), EDGE_PARAGRAPH, hung(P4, 20), hung(P6, 20), hung(P1, 20)]:
        lines += [*part, *([""] if blank_parted else [])]
    joined = "".join(EDGE_PARAGRAPH)
    assert (joined in texts(lines)) is blank_parted


# ---- qa198: a subtitle wrapped at its column's edge ----
@pytest.mark.parametrize(("subtitle", "rest", "joined"), [
    ("——学习贯彻全会精神关于城乡融合发展的", "几点思考", True),    # fills the column: its rest is on the next line
    ("——学习贯彻全会精神的几点思考", "蒋 明 远", False),          # short of the column: a line of its own
    ("——学习贯彻全会精神关于城乡融合发展的", "（作者系南江大学教授）", False),   # a note under it: no rest
    ("——学习贯彻全会精神关于城乡融合发展的", "韩 立 新", False),   # a letter-spaced name under it: the byline
])
def test_a_subtitle_that_fills_its_column_goes_on_into_the_short_line_under_it(subtitle, rest, joined):
    """An end title's dash-led subtitle that fills its column wraps: the short line under it that ends no sentence is its
    rest, no title line of its own (qa198)."""
    lines = [*hung(P1, 20), *hung(P2, 20), *hung(P4, 20), *hung(P6, 20), "推进城乡融合发展", subtitle, rest,
             *(["蒋 明 远"] if " " not in rest else []), "（作者单位：南江大学）"]
    assert ((subtitle + rest).replace(" ", "") in texts(lines)) is joined


# qa199: a line of bracketed catalogue codes set wide by its gaps closes its block over a blank line.
@pytest.mark.parametrize("codes", [
    "［中图分类号］F327 ［文献标识码］A ［文章编号］1009-2234（2025）04-0012-09",
    "[中图分类号]D035.5 [文献标识码]A [文章编号]1671-0169（2024）02-0088-10",
    "【中图分类号】C916 【文献标识码】A 【文章编号】2095-1531（2026）01-0031-08",
])
def test_bracketed_catalogue_codes_end_over_a_blank_line(codes):
    lines = ["［关键词］ 县域经济；要素流动；城乡融合", codes, "", *wrapped(P1 + P2, 40), "", *wrapped(P4, 40)]
    assert texts(lines)[1:] == [codes.replace(" ", ""), P1 + P2, P4]


# qa199: a journal's running head with its cumulative issue (总第N期), whatever its name ends with.
@pytest.mark.parametrize("line, expected", [
    ("城乡治理改革 2025年第4期（总第133期）", True),
    ("2025年第4期（总第133期） 城乡治理改革", True),
    ("公共服务创新 第9期（总第57期）", True),
    ("城乡治理观察 2026年第5号（总第121号）", True),     # numbered in 号 (qa278)
    ("第5号（总第121号） 城乡治理观察", True),
    ("城乡治理观察 2026年第5号（总第121期）", False),     # (a mixed count is no issue's)
    ("举办城乡治理改革培训班 第4期（总第133期）学员结业", False),
    ("推进城乡治理改革的第4期（总第133期）培训", False),
])
def test_running_head_with_a_cumulative_issue_is_a_masthead(line, expected):
    assert is_spaced_masthead(line) is expected


def test_running_head_with_a_cumulative_issue_stays_apart_from_the_title():
    lines = ["城乡治理改革 2025年第4期（总第133期）", "", "县域公共服务供给的协同机制研究", "", *wrapped(P1, 30)]
    assert texts(lines) == ["城乡治理改革2025年第4期（总第133期）", "县域公共服务供给的协同机制研究", P1]


# qa199: a labelled abstract is one paragraph down to its keywords line, though a line of it ends a sentence at the
# column's edge.
@pytest.mark.parametrize("head", [
    ["摘要：县域是城乡融合的关键层级，本文基于", "四省调研数据考察了要素流动对县域发展的影", "响，发现县城承载能力仍是发展的主要短板。"],
    ["［摘 要］县域是城乡融合的关键层级，本文", "基于四省调研数据考察了要素流动对县域发展", "的影响，发现县城承载能力仍是主要的短板。"],
])
def test_abstract_runs_to_its_keywords_line(head):
    last = "研究建议健全要素双向流动机制。"
    lines = [*head, last, "关键词：县域；城乡融合；要素流动", "", *wrapped(P2, 20)]
    assert texts(lines)[0] == "".join(head + [last]).replace(" ", "")


def test_lone_abstract_label_stays_apart_from_its_text():
    text = "县域是城乡融合的关键层级。本文基于四省调研数据，考察了要素流动对县域发展的影响。"
    lines = ["摘要", *wrapped(text, 20, indent=0), "研究发现，要素双向流动显著提升了县城承载能力。", "关键词：县域；城乡融合"]
    assert texts(lines)[:2] == ["摘要", text + "研究发现，要素双向流动显著提升了县城承载能力。"]


def test_numbered_names_with_a_letter_spaced_one_are_a_byline():
    """柯明远1 范 书 宁2 钟立群1: the affiliation numbers end the names under a paper's title (qa199)."""
    lines = ["城市更新中的社区参与机制研究", "柯明远1 范 书 宁2 钟立群1", "（1.某某大学公共管理学院；2.某某大学建筑学院）"]
    assert bylines_among(lines, "城柯（", "究1）")[1].authors == ("柯明远", "范书宁", "钟立群")


# qa199: under a paper's short decimal heading, a first line of text an indent short is no second line of the heading.
@pytest.mark.parametrize("heading", ["1 引言", "2.2.2 要素流动渠道", "3.1 数据来源"])
def test_first_line_under_a_short_decimal_heading_opens_its_text(heading):
    # (the text's first line three places short: the indent, and a mark set half-width)
    lines = [*wrapped(P4, 30), heading, *wrapped(P1 + P2, 30, indent=3), heading.replace("1", "4", 1),
             *wrapped(P6, 30, indent=3)]
    assert texts(lines) == [P4, heading.replace(" ", ""), P1 + P2, heading.replace("1", "4", 1).replace(" ", ""), P6]


# qa199: a journal's running head giving the volume and issue, the name and the month.
@pytest.mark.parametrize("line, expected", [
    ("第18卷 第3期 城乡规划论丛 2025年9月", True),
    ("2025年9月 城乡规划论丛 第18卷 第3期", True),
    ("第18卷第3期 城乡规划论丛 2025年9月", True),
    ("第18卷 第3期 研究发现 2025年9月以来", False),          # a sentence goes on after the month
])
def test_running_head_with_volume_name_and_month_is_a_masthead(line, expected):
    assert is_spaced_masthead(line) is expected


# ---- qa200: a task table's last cell wrapped onto a line of its own ----
@pytest.mark.parametrize("rest", ["区应急管理局，区消防救援大队", "各街道办事处", "区应急管理局，区消防救援大队，\n各街道办事处"])
def test_a_task_tables_cell_wrapped_onto_a_line_of_its_own_goes_on_with_its_row(rest):
    """…区住房城乡建设局， / 各街道办事处: the rest of the duty cell goes on its row, and the rows under it stay rows (its
    lone line would read as a heading, and the next rows run together) (qa200)."""
    head = "序号  工作内容  牵头部门  配合单位"
    rows = ["1  排查老旧燃气管道  区城管局  区住房城乡建设局，", "2  改造老旧小区消防通道  区住房城乡建设局  区消防救援大队",
            "3  建设社区应急物资点  区应急管理局  各街道办事处"]
    lines = ["附件", "某某区城市安全隐患整治任务清单", head, rows[0], rest, *rows[1:]]
    found = texts(normalized_document(raw("\n".join(lines))).lines)
    assert found[2:] == [head.replace(" ", ""), (rows[0] + rest).replace(" ", "").replace("\n", ""),
                         *(r.replace(" ", "") for r in rows[1:])]


def test_a_line_under_a_row_ending_with_a_comma_that_opens_a_heading_is_no_wrapped_cell():
    rows = ["序号  工作内容  牵头部门  配合单位", "1  排查老旧燃气管道  区城管局  区住房城乡建设局，",
            "2  改造老旧小区消防通道  区住房城乡建设局  区消防救援大队，"]
    found = texts(normalized_document(raw("\n".join([*rows, "三、保障措施", P1]))).lines)
    assert "三、保障措施" in found


# ---- qa237: a cell inside a task table's row wrapped onto a line of its own between two rows ----
@pytest.mark.parametrize("rest, joined", [
    ("街道办事处", True),
    # a caption, or a line too long for a cell's rest: no rest of the row
    ("表2 某某区整治进度", False),
    ("各街道办事处和社区居委会及物业服务企业", False),
])
def test_a_cells_rest_between_two_rows_goes_on_with_the_row_over_it(rest, joined):
    """1 … 区住房城乡建设局、各 持续推进 / 街道办事处 / 2 …: the rest of a cell inside the row, on a line of its own between two
    rows, goes on that row: alone it would read as a heading, a title even, cutting the table in two (qa237)."""
    rows = ["序号  工作内容  牵头部门  配合单位  完成时限", "1  排查老旧燃气管道  区城管局  区住房城乡建设局、各  持续推进",
            "2  改造老旧小区消防通道  区住房城乡建设局  区消防救援大队  2026年底"]
    found = texts(normalized_document(raw("\n".join(["附件", "某某区城市安全隐患整治任务清单", rows[0], rows[1], rest, rows[2]]))).lines)
    assert ((rows[1] + rest).replace(" ", "") in found) is joined


# ---- qa200: a bulleted list set one item a line, a short line under its last item ----
@pytest.mark.parametrize("under", ["上述指标纳入年度考核。", "具体分工另行通知。"])
def test_a_short_line_under_the_last_of_one_line_bullets_is_no_rest_of_it(under):
    """●…；/ ●…。 / 上述指标纳入年度考核。: a list set one item a line ends its last item at its sentence's end, on a page
    whose tables and headings make it read as hard-wrapped (qa200)."""
    items = ["●全年新增城镇就业岗位不少于三万个，城镇调查失业率控制在百分之五点五以内；",
             "●零就业家庭保持动态清零，困难人员就业帮扶率达到百分之百以上；",
             "●开展职业技能培训两万人次以上，新增取得证书人员八千人以上。"]
    lines = ["某某县稳就业行动方案", "一、工作目标", "到2027年底，全县就业局势保持总体稳定。具体目标是：", *items, under,
             "二、重点任务", "（一）稳定重点群体就业", "（二）强化技能培训支撑", "（三）优化公共就业服务",
             "附件：某某县稳就业重点任务清单", "某某县稳就业重点任务清单"]
    assert under in texts(lines)


# ---- qa200: a table set in plain text with bars between its cells ----
@pytest.mark.parametrize("lines, rows", [
    (["序号 | 工作内容 | 责任部门 | 时间节点", "1 | 编制年度计划 | 区发展改革局 | 3月底前", "2 | 开展中期评估 | 区统计局，区财政局 | 9月底前"],
     {0, 1, 2}),
    (["附件", "| 序号 | 项目 | 主办单位 |", "| 1 | 修缮古桥 | 县文旅局 |", "| 2 | 整治河道 | 县水利局 |", "正文。"], {1, 2, 3}),
    (["首页 | 新闻中心 | 政务公开 | 办事服务", "正文。"], set()),                      # a navigation bar: no table
    (["发布机构：区政府办 | 发布日期：2026-03-02 | 浏览：88", "正文。"], set()),     # a portal's fields
    (["指标 | 甲 | 乙", "人口 | 3 | 4", "面积 | 5 | 6"], set()),                      # no numbered rows
    (["1 | 修缮古桥 | 县文旅局", "2 | 整治河道 | 县水利局 | 2026年"], set()),        # not as many cells
    # (qa209) a table of figures, its rows named, not numbered, four cells or more, some empty
    (["| 产业 | 2025年 | 2028年 | 2030年 |", "| 新材料 | 210 | 300 | 420 |", "| 生物医药 | 95 |  | 180 |",
      "| 低空经济 |  | 40 | 120 |", "正文。"], {0, 1, 2, 3}),
    (["指标 | 2025年 | 2030年 | 属性", "林木覆盖率（%） | 31.5 | 33 | 约束性", "森林蓄积量（万立方米） | 860 | 950 | 预期性"],
     {0, 1, 2}),
    # a numbered table with an empty cell is one run still
    (["序号 | 项目 | 主办单位 | 完成时间", "1 | 修缮古桥 |  | 2026年", "2 | 整治河道 | 县水利局 | 2026年"], {0, 1, 2}),
    (["首页 | 新闻 | 政务 | 服务", "专题 | 互动 | 数据 | 下载", "English | 无障碍 | 长者模式 | 登录"], set()),   # no figures
    (["产业 | 2025年 | 2028年 | 2030年", "新材料 | 210 | 300 | 420"], set()),       # too few rows
])
def test_the_rows_of_a_barred_table_in_plain_text(lines, rows):
    assert barred_table_rows(lines, "\n".join(lines)) == rows


# ---- qa209: a blank form's rows under its 序号 head row ----
@pytest.mark.parametrize("lines, rows", [
    (["序号 乡镇 排查户数 整改户数 备注", "1 青石镇", "2 白沙乡", "3 柳河镇", "填报人："], {0, 1, 2, 3}),
    (["序号 项目名称 建设内容 责任单位", "1 乡村道路 硬化5公里", "2 供水工程", "正文。"], {0, 1, 2}),
    (["序号 乡镇 排查户数 整改户数", "1 青石镇", "正文。"], set()),                  # one row only
    (["序号 乡镇 排查户数 整改户数", "2 青石镇", "3 白沙乡"], set()),              # not numbered from 1
    (["序号 乡镇", "1 青石镇", "2 白沙乡"], set()),                                # two column heads only
])
def test_the_numbered_rows_under_a_forms_serial_head_row(lines, rows):
    assert serial_table_rows(lines, "\n".join(lines)) == rows


def test_the_rows_of_a_barred_table_are_blocks_of_their_own():
    """序号 | … over 1 | … | …, one paragraph a line among hard-wrapped text: each row a block, no row run into the next
    nor into the title over the table (qa200)."""
    rows = ["序号 | 项目名称 | 建设内容 | 年度目标", "1 | 青年驿站 | 设立服务站点，提供政策咨询 | 建成30个",
            "2 | 孵化基地 | 改造闲置厂房，提供办公场地 | 新增5家"]
    lines = [*wrapped(P1, 22), "某某区重点项目表", *rows, *wrapped(P2, 22)]
    assert texts(lines)[1:5] == ["某某区重点项目表", *(r.replace(" ", "") for r in rows)]


# ---- qa201: a heading over a two-line indented paragraph ----
@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("heading", [
    "产业升级：从“要我转”到“我要转”再到“主动转”",      # 24 cells in a column of 29
    "县域商业体系建设：补短板与强弱项并重推进",           # 20 cells
])
def test_a_heading_over_a_two_line_indented_paragraph_is_a_line_of_its_own(heading, blank):
    """A heading a few cells short of the indented first line under it (24 of 27, the column 29), over a two-line
    paragraph (a host's question: an indented first line ending no sentence, a short last line ending one): the first
    line, an indent short of the column, opens that paragraph, so the heading ending no sentence is no line of it, with
    or without blank lines around it (qa201)."""
    question = "主持人：县域产业转型升级推进了几年，大家最直观的感受是什么，有哪些新变化？"
    sep = [""] if blank else []
    lines = [*wrapped(P1 + P2, 29), *wrapped(P3 + P1, 29), *sep, heading, *sep, *wrapped(question, 29),
             *wrapped(P4 + P2, 29)]
    assert [b.text for b in blocks(lines)][2:4] == [heading, question]


# ---- qa206: a title's short line under the last of a run of bulleted quotes ----
# (two lines of 16 characters each; the last quote's sentence ends at the column's edge)
QA206_QUOTES = ["● 专家：示范村建设要突出特色，不能千村一面，更不能搞形象工程。",
                "● 村民：村里路修好了，垃圾有人收了，大伙儿打心眼里都特别高兴。"]
QA206_TEXT = "村里的变化，群众看在眼里。记者在采访中听到了不少来自基层的声音。"


@pytest.mark.parametrize("title", [["第二批省级", "乡村振兴示范村名单公布"], ["2027年度示范村", "名单公布"]])
def test_a_title_line_under_a_bulleted_quote_ending_a_sentence_at_the_edge_is_no_rest_of_it(title):
    # the quote ended with its sentence at the column's edge; the title's short line under it opens a block
    quotes = [line for q in QA206_QUOTES for line in wrapped(q, 16, indent=0)]
    lines = ["某某县推进乡村振兴", "本报记者 宋 禾", *wrapped(P2, 16, indent=0), *wrapped(QA206_TEXT, 16, indent=0), *quotes,
             *title, *wrapped(P5, 16, indent=0)]
    got = texts(lines)
    assert not any(title[0] in t and "都特别高兴。" in t for t in got)


# ---- qa208: a WeChat head line with its date and region in italics ----
@pytest.mark.parametrize("head, first", [
    ("原创 沈一川 江南民生观察 *2026年10月21日 08:30* *浙江*", "社区食堂开业一年来，日均服务老人六百余人次，成为街坊们的老年餐桌。"),
    ("原创 韦一 民生观察 *2026年11月09日 21:06* *广西*",
     "今年以来，城北街道新开社区食堂三家。老人们说，饭菜可口、价格实惠，走几步路就能吃上热饭。"),
    ("江南民生观察 *2026-10-21 08:30* 浙江", "社区食堂开业一年来，日均服务老人六百余人次，成为街坊们的老年餐桌。"),
])
def test_a_markdown_wechat_head_line_in_italics_over_the_text_is_a_line_of_its_own(head, first):
    """A WeChat page copied as Markdown sets its head line's date and region in italics; right over the first paragraph,
    no prompt or picture between, it is still a block of its own, not the paragraph's first line (qa208)."""
    lines = ["# 让社区食堂既叫好又叫座", "", head, "", first, "", "编辑 | 林某"]
    found = [b.text for b in blocks(lines, True)]
    assert found[1] == head and found[2] == first


# ---------------------------------------------------------------- qa210: a roundtable's guest list and ■ topic headings

@pytest.mark.parametrize("label", ["嘉宾：", "与谈人："])
def test_a_guest_list_ends_at_a_wider_line_with_no_space_under_it(label):
    # a roundtable page, no blank lines: the lead under the guests (names set apart by a space) is set in a wider
    # column than their lines, with no sentence's end between; it is one paragraph, not more guests
    lead = "促进各类要素双向流动，推动城乡融合发展走深走实，是当前县域工作的重点课题。本期邀请三位专家展开讨论。"
    lines = [label, "钟岚 南湖大学经济学院院长", "包若愚 市发展研究中心研究员", *wrapped(lead, 30, 0), "■ 要素流动难在哪里",
             *wrapped("主持人：" + P1, 22, 0), *wrapped("钟岚：" + P2, 22, 0)]
    found = texts(lines)
    assert lead in found
    assert "钟岚南湖大学经济学院院长" in found and "包若愚市发展研究中心研究员" in found


def test_a_guests_post_wrapped_onto_a_narrower_line_stays_in_the_list():
    lines = ["嘉宾：", "钟岚 南湖大学经济学院院长、", "博士生导师", "包若愚 市发展研究中心研究员", "■ 要素流动难在哪里",
             *wrapped("主持人：" + P1, 22, 0)]
    assert "博士生导师" not in " ".join(t for t in texts(lines) if t.startswith("主持人"))


def cut(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


ROUNDTABLE_LEAD = ("城乡融合发展是中国式现代化的必然要求。近年来，各地推动要素双向流动取得积极进展，也面临不少体制机制障碍。"
                   "如何打通城乡要素流动的堵点卡点？本期学术圆桌约请三位专家学者展开讨论。")


@pytest.mark.parametrize("turn", ["主持人：", "记者：", "问：", "钟岚："])
def test_a_speakers_turn_right_under_a_box_marked_line_opens_a_paragraph(turn):
    # ■ 要素流动“难”在哪里 over a short question: the topic's heading, no pull quote whose second line the turn would
    # be, though the lead over it, set wider, widens the column the ■ line is measured in (a speaker's name counts
    # where it opens another turn on the page)
    question = "与过去相比，城乡要素流动有哪些特点？"
    lines = [*cut(ROUNDTABLE_LEAD, 30), "■要素流动“难”在哪里", *cut(turn + question, 20), *cut("钟岚：" + P2, 20),
             *cut("包若愚：" + P4, 20)]
    assert texts(lines)[:3] == [ROUNDTABLE_LEAD, "■要素流动“难”在哪里", turn + question]


def test_a_pull_quotes_second_line_opening_with_a_name_heard_once_runs_on():
    # a name with a colon that opens no other line is no speaker: the ■ lines are a pull quote of two lines
    lines = ["■推进城乡融合发展必", "须抓住关键：要素流动", *wrapped(P1, 22, 0), *wrapped(P2, 22, 0)]
    assert texts(lines)[0] == "■推进城乡融合发展必须抓住关键：要素流动"


# ---- qa207: a running head dated with slashes ----
@pytest.mark.parametrize(("line", "head"), [
    ("东川日报 2026/11/24 A4 焦点", True),          # the paper, the date with slashes, the page number, the column
    ("某某时报 2026/11/24 星期二 A4", True),
    ("东川日报 2026/11/24 要闻 第4版", True),       # the column before a marked page number
    ("东川日报 2026/11/24", False),                 # no page number: could be a byline's date
    ("2026/11/24 东川日报召开座谈会 A4", False),     # no paper's name first
])
def test_a_running_head_may_date_its_page_with_slashes_and_no_weekday(line, head):
    assert is_page_head(line) == head


# ---- qa207: a running head's weekday in brackets ----
@pytest.mark.parametrize(("line", "head"), [
    ("东川日报 2026年11月24日（星期二） A8 港闻", True),    # a Hong Kong paper's: the weekday in brackets
    ("东川日报 2026年11月24日(星期二)", True),
    ("某某晚报 2026年11月24日（周二） 第4版 要闻", True),
    ("11月24日（星期二）上午，东川市召开全市经济工作会议。", False),   # a sentence of text
])
def test_a_running_head_may_set_its_weekday_in_brackets(line, head):
    assert is_page_head(line) == head


# ---- qa211: a bulleted heading three quarters of the text's width over it ----
@pytest.mark.parametrize("box", ["◆ ", "■ "])
@pytest.mark.parametrize("heading", ["把握数据要素的基础作用", "深刻认识数据要素的基础作用"])
def test_a_box_line_well_short_of_the_full_text_line_under_it_is_a_heading(box, heading):
    """A box line short of the text's 20-wide column by more than four characters is a bulleted heading over the text,
    even at more than SHORT_SHARE of it: a pull quote set in that column would fill it but for a character or two."""
    lines = [*wrapped(P1, 20), box + heading, *wrapped(P2, 20)]
    spaced = [x for line in lines for x in (line, "")]
    assert texts(spaced) == [P1, box.strip() + heading, P2]
    quote = ["◆ 数据要素是新型生产要素，要让它", "在流通和使用中创造价值。", *wrapped(P2, 20)]
    assert texts(quote)[0] == "◆数据要素是新型生产要素，要让它在流通和使用中创造价值。"


def test_a_narrow_boxs_quote_opening_with_a_short_line_stays_a_quote_with_no_blank_line_under_it():
    # hard-wrapped, blank lines only between blocks (a theory page), a narrow box's quote may open with a line shorter
    # than its rest: that line is the quote's first, not a ■ heading over a text, whatever it falls short of the column
    text = ["推进城乡融合发展，必须把县域作为重要", "切入点，统筹新型工业化、新型城镇化和", "乡村全面振兴，促进各类要素双向流动。",
            "提升县城综合承载能力，要完善市政设施，", "补齐教育医疗养老短板，增强对农业转移人", "口的吸引力和容纳能力，安居。"]
    quote = ["■要健全农业转移人", "口市民化机制，推行由常住", "地登记户口提供基本公共服", "务制度，完善随迁子女就",
             "学保障，扩大住房保障覆", "盖面。要发展特色产业，", "立足资源禀赋和产业基础，", "培育壮大主导产业，推动一",
             "二三产业融合发展，带动农", "民就近就业增收。"]
    other = ["■要深化农村改革，激发", "农业农村发展活力，稳妥推", "进农村宅基地制度改革试点，", "深化农村集体产权制度改革，",
             "发展新型农村集体经济。"]
    assert "".join(quote) in texts([*text, "", *quote, "", *other, "", "成果更多"])


# ---- qa215: a closing source line with the editor's credit after it ----
@pytest.mark.parametrize("source", [
    "（来源：东岭日报　2026年3月5日）【编辑：任小禾】",
    "（来源：西川新闻网）（责任编辑：任小禾）",
    "（稿源：《南岭商报》）【责编：任小禾】",
])
def test_a_closing_source_line_with_an_editor_credit_is_a_line_of_its_own(source):
    """……。 / （来源：…）【编辑：…】 as wide as the text: the source line with its credit runs on from no line (qa215)."""
    assert texts([*wrapped(P1, 14), source]) == [P1, source]


# ---- qa218: a WeChat section's number under a ▲ caption that has no full stop ----
@pytest.mark.parametrize("number_lines", [
    ["04", "服务要“沉得下”"],                    # the number on a line of its own over the heading
    ["04 服务要“沉得下”"],                       # the number spaced off the heading's words
    ["2", "队伍要“稳得住”"],
])
def test_a_section_number_under_a_pointer_caption_with_no_full_stop_ends_the_caption(number_lines):
    """A WeChat page saved as text, a paragraph a line: ▲ 某镇卫生院内，医生为村民体检 / 04 / 服务要…: the caption does
    not run on into the next section's number (qa218)."""
    caption = "▲ 某镇卫生院内，医生为村民开展健康体检"
    got = [b.text for b in blocks([P1, caption, *number_lines, P2])]
    assert caption.replace(" ", "") in [g.replace(" ", "") for g in got]


# ---- qa216: a closing mark pushed to a line's head opens no paragraph ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("full", "rest"), [
    ("“办证、缴费、预约挂号，在手机上都能完成。", "”家住河西片区的老周笑着告诉记者。"),   # the quotation's closing mark
    ("村民常说：「大家的事，大家商量着办。", "」这也是议事会取名的由来。"),           # a corner bracket's
    ("他感慨地说：“现在看病真是方便多了！", "”说完便匆匆赶去上班了。"),               # after an exclamation
])
def test_a_line_opening_with_a_closing_mark_goes_on_from_the_full_line_above(full, rest, blank_after_every_line):
    lines = [*wrapped(P1, len(full), indent=0), full, rest, *wrapped(P2, len(full), indent=0)]
    if blank_after_every_line:
        lines = [x for line in lines for x in (line, "")]
    assert texts(lines) == [P1, full + rest, P2]


# ---- qa216: a letter-spaced line's lone digits and Latin letters are spaced, not words ----
@pytest.mark.parametrize(("spaced", "word"), [
    ("要 加 快 建 设 5 G 基 站 和 千 兆 光 网 ，", "5G"),
    ("全 市 G D P 同 比 增 长 百 分 之 六 ，", "GDP"),
])
def test_a_letter_spaced_lines_lone_alnums_join(spaced, word):
    lines = [spaced, "扩 大 网 络 覆 盖 范 围 ， 推 动 城 乡", "数 字 基 础 设 施 均 衡 发 展 。"]
    assert [word in b.text for b in blocks(lines)] == [True]
    assert "Wi Fi" in blocks(["推进 Wi Fi 覆盖"])[0].text           # a line not letter-spaced keeps its spaces


# ---- qa224: a reader's letter's salutation on a line of its own, under the letter's title ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("title", "salutation"), [
    ("老旧小区停车难，能否错时共享单位车位", "编辑同志："),
    ("乡村客运班次少，群众出行盼加密", "尊敬的编辑："),
    ("社区食堂价格涨了，服务能否跟上", "编辑部同志："),
])
def test_a_letters_title_and_salutation_stand_apart_from_a_full_line_above(title, salutation, blank_after_every_line):
    """编者按：… (its last line as full as the column, ending a sentence) / the letter's title / 编辑同志： / the text: the
    title and the salutation are blocks of their own, not the run-on of the note's last line (qa224)."""
    note = ("编者按：" + P1 + P2)[:59] + "。"
    lines = [*wrapped(note, 20, indent=0), title, salutation, *wrapped(P4, 20, indent=0)]
    if blank_after_every_line:
        lines = [x for line in lines for x in (line, "")]
    assert texts(lines) == [note, title, salutation, P4]


# ---- qa224: a bulleted signature run on after a piece's last sentence ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("gap", "signature", "author"), [
    ("", "◎许明远", "许明远"),
    ("  ", "□ 方 舟", "方舟"),
    ("      ", "◎ 欧阳青", "欧阳青"),
])
def test_a_bulleted_signature_run_on_after_the_last_sentence_signs_the_piece(gap, signature, author,
                                                                              blank_after_every_line):
    """title / text whose last line ends 。◎某某 / the next title / text / its signature: the run-on name signs the first
    piece, and the next title opens the second, not the run-on of a line that ended no sentence (qa224)."""
    last = wrapped(P2, 20, indent=0)
    first = ["健全县域商业体系", *wrapped(P1, 20, indent=0), *last[:-1], last[-1] + gap + signature]
    parts = [first, ["推动农村寄递物流提质降本"], wrapped(P4, 20, indent=0), ["◎ 邵 川"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("健全县域商业体系", [author]), ("推动农村寄递物流提质降本", ["邵川"])]
    assert t["articles"][0]["text"] == P1 + "\n" + P2


# ---- qa229: a paragraph run on into a letter-spaced column: the spaced stretch's lone digits join ----
@pytest.mark.parametrize(("tail", "words"), [
    (["设 施 ， 全 年 新 增 充 电 桩 3 6 0 0 余 个 ，", "覆 盖 率 达 8 5 % 。"], ["3600", "85%"]),
    (["设 施 ， 全 年 建 成 5 G 基 站 1 2 0 0 余 个 ，", "覆 盖 率 达 9 6 ％ 。"], ["5G", "1200", "96％"]),
])
def test_a_letter_spaced_stretchs_lone_digits_join_in_a_paragraph_begun_unspaced(tail, words):
    head = ["近年来，我县入选第 1 2 批试点，把数字", "乡村建设摆在突出位置，完善农村信息基础"]
    text = blocks([*head, *tail])[0].text
    assert all(w in text for w in words)
    assert "第 1 2 批" in text                   # the unspaced part keeps its spaces
    row = "全县国家级创新平台建设情况合计 家 1 2 3 4 5 6 7"   # a table row's one-character cells: few Han, no letter-spacing
    assert "1 2 3 4 5 6 7" in blocks([row])[0].text


# ---- qa231: a journal's running head naming the first author, its page number printed at the page's foot ----
@pytest.mark.parametrize("line, head", [
    ("王明远，等：县域财政可持续性的测度与提升  2025年第3期", True),      # odd page: the issue outside, no folio
    ("王明远等：县域财政可持续性的测度与提升 2025年第3期", True),
    ("来源：东川财政观察 2025年第3期", False),                        # a source's line: no 等 before the colon
    ("王明远：县域财政可持续性的测度与提升 2025年第3期", False),        # no folio, no 等: maybe a line naming someone
])
def test_a_running_head_with_the_first_author_before_the_issue_is_a_masthead(line, head):
    assert is_spaced_masthead(line) is head


@pytest.mark.parametrize("head", ["2025年第3期        王明远，等：县域财政可持续性的测度与提升",
                                  "王明远，等：县域财政可持续性的测度与提升        2025年第3期"])
def test_a_paragraph_runs_on_past_a_page_number_and_a_running_head_naming_the_first_author(head):
    """…重要切入点，统筹… / · 41 · / 2025年第3期  王明远，等：<short title> / 全面振兴，…: the page's number at its foot,
    the head over the next page with no number in it: a block of its own, never run into the paragraph the page break
    cut (units joins that paragraph's halves across the page's foot) (qa231)."""
    para = wrapped(P1, 20)
    lines = [*wrapped(P2, 20), *para[:2], "· 41 ·", head, *para[2:], *wrapped(P3, 20)]
    found = texts(lines)
    assert head.replace(" ", "") in found and "".join(para[2:]) in found


# ---- sp37: BLOCK_START_OR_DATE_LINE tried only on the second characters its first allows ----
def refused_by_seconds(table: dict[str, str], text: str) -> bool:
    """block_starts' test: the line's second character is not one the table allows after its first."""
    return text[1:2] not in table.get(text[:1], text)


@pytest.mark.parametrize(("pattern", "table"), [
    (r"^(?:ab|ac|\d)", {"a": "bc"}),
    (r"a?b", {"a": "b"}),                                  # b may end the match: anything may follow it
    (r"a{2,}b|c[\d、]", {"a": "a"}),                       # a digit after c: not listed
    (r"(?:摘\s*要|第[一二三])", {"第": "一三二"}),
    (r"a\s|b(?=x)y|\sc", {"b": "y"}),                      # a lookahead passed over; a space cannot open with b
    (r"ab|\w", {}),                                        # \w may take a too
    (r"ab|[^x]y", {}),
    (r"(?i:ab)|cd", {}),                                   # (a case-folded group: not read, may open with anything)
    (r"(?:a*)*b", {}),                                     # (a repeat of what may be empty: not read)
    (r"(a)\1|cd", {"c": "d"}),
])
def test_second_characters_of_small_patterns(pattern, table):
    assert second_characters(re.compile(pattern)) == table
    assert second_characters(re.compile(pattern, re.IGNORECASE)) == {}


@settings(max_examples=300, deadline=None)
@given(st.from_regex(P.BLOCK_START_OR_DATE_LINE))
def test_block_or_date_seconds_refuse_no_line_the_pattern_matches(text):
    assert not refused_by_seconds(BLOCK_OR_DATE_SECONDS, text)


def test_block_or_date_seconds_refuse_no_annotated_line_the_pattern_matches_and_most_sentences():
    from pathlib import Path
    root = Path(__file__).parent / "data" / "annotated"
    lines = {t for path in sorted(root.glob("*.*")) if path.suffix in (".txt", ".md")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if (t := line.strip())}
    assert [t for t in lines if refused_by_seconds(BLOCK_OR_DATE_SECONDS, t) and P.BLOCK_START_OR_DATE_LINE.match(t)] == []
    assert all(refused_by_seconds(BLOCK_OR_DATE_SECONDS, t) for t in ("发展新质生产力", "一是加强", "新时代", "成都市"))


# ---- qa235: a chart's source line naming its maker ----
@pytest.mark.parametrize("source", ["资料来源：省统计局　制图：宋可欣", "数据来源：省商务厅　制表：程立新",
                                    "资料来源：市交通运输局、市统计局　绘图：韩雨桐"])
def test_a_charts_source_line_naming_its_maker_ends_its_block(source):
    """图：… / 资料来源：…　制图：… over a blank line and the text the chart stands amid: the source line is the caption's
    last line, never the start of the paragraph under it, however short of its column it ends."""
    lines = [*wrapped(P1, 22), "", "图：样本地区主要指标", source, "", *wrapped(P2, 22)]
    assert texts(lines)[-2:] == [source.replace(" ", ""), P2]


# ---- qa235: an inline item's number cut from its stop by the wrap ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("tail, lower, expected", [
    ("建议：1.设立专项资金，支持社区改造；2", "。完善考核办法，压实属地责任。", "支持社区改造；2.完善考核办法，压实属地责任。"),
    ("具体措施如下：1", "。设立专项资金，支持社区改造。", "具体措施如下：1.设立专项资金，支持社区改造。"),
    # a number that ends a clause, not an item's: the full stop stays
    ("，全年共完成改造项目12", "。其中老旧小区占比过半。", "全年共完成改造项目12。其中老旧小区占比过半。"),
])
def test_an_inline_items_number_cut_from_its_stop_by_the_wrap_keeps_it(tail, lower, expected, blank_after_every_line):
    """…；2 / 。完善…: rule 4 made the '.' opening the lower line a Chinese full stop, line by line; after a semicolon or
    colon and a number it is the item's stop, and the joined paragraph reads ；2.完善…."""
    upper = P3[20:42 - len(tail)] + tail                 # (a full line of the column, ending with the number)
    lines = [*wrapped(P1, 22), P3[:20], upper, lower, *wrapped(P2, 22)]
    assert expected in "\n".join(texts(page([[line] for line in lines], blank_after_every_line).split("\n")))


# ---- qa230: a running head met once that sets the cover's first two lines as one ----
@pytest.mark.parametrize(("cover", "head", "lifted"), [
    (["东岭发展研究院", "研 究 报 告"], "东岭发展研究院研究报告", True),     # the cover's masthead, letter-spaced there
    (["东岭发展研究院", "决策参考"], "东岭发展研究院 决策参考", True),
    (["东岭发展研究院", "研究报告"], "东岭发展研究院调研组", False),         # another line under a page number: text's
])
def test_a_running_head_repeating_the_covers_masthead_over_one_page_is_lifted_with_the_page_number(cover, head, lifted):
    """…运营效益。 / — 2 — / 某研究院研究报告 / 3.安全…: a report's cover sets its issuer over its kind (东岭发展研究院 /
    研 究 报 告); the pages set the two as one head over every other page, the title over the rest. A report of a few
    pages prints it over one page: the page's running head all the same, and the paragraph runs on past it."""
    title = "县域冷链物流发展的问题与对策"
    text = "鼓励采用客货邮融合、定时定线配送等方式，降低农村物流运营成本，保障群众基本寄递需求，提高末端网点的运营效益。"
    body = [text[i:i + 26] for i in range(0, len(text), 26)]
    found = [b.text for b in blocks([*cover, title, *body[:2], "— 2 —", head, *body[2:], "二、对策建议", *body])]
    assert (found.count(text) == 2) is lifted



# ---- qa230: a heading the table of contents names ends its line, however near its column's width ----
@pytest.mark.parametrize("entry", [
    ["三、推动县域冷链物流高质量发展的对策建议：从“建起来”到“用起来”……4"],
    ["三、推动县域冷链物流高质量发展的对策建议：从“建起来”到", "　　“用起来”………………………………………………………………4"],   # wrapped
])
def test_a_heading_the_contents_name_is_a_block_of_its_own_though_as_wide_as_the_text(entry):
    """目录 / 三、…：从“建起来”到“用起来”……4 / … / 三、…：从“建起来”到“用起来” / 推动县域冷链物流…: a long heading set in
    the text's column, near its width and ending no sentence, ran into the first line of its text (qa230); the contents
    name it, so it is a line of its own."""
    heading = "三、推动县域冷链物流高质量发展的对策建议：从“建起来”到“用起来”"
    text = ["3.冷链标准体系滞后。冷库建设、运营维护、能耗监测、退役处置等环节标", "准不完善，部分项目验收依据不足，安全监管存在明显盲区。",
            "4.产业链关键环节短板明显。高端压缩机、温控系统核心芯片等仍依赖省", "外采购，本地配套率不足三成。", heading,
            "推动县域冷链物流从“规模扩张”转向“质效提升”，需要坚持市场化方向，", "统筹发展和安全，重点抓好以下工作。",
            "（一）完善冷链设施运营机制", "1.建立冷库共享使用机制。参照公共仓储运营模式，对满足一定使用要求", "的冷库给予运营补贴，稳定项目收益预期。"]
    cover = ["县域冷链物流高质量发展的问题与对策", "目　录", "一、县域冷链物流发展现状……………………………………………1", *entry]
    assert heading in [b.text for b in blocks([*cover, *text])]


# ---- qa233: a semicolon hung past the edge of a short column amid a box's short lines ----
@pytest.mark.parametrize("hung_line, n_paragraphs", [
    ("施，推动数据在部门之间共享使用；", 1),      # (qa233) the ； hung one character past the column: the clause goes on
    ("施，推动数据在部门之间共享使用。", 2),      # a full stop there, amid too few full lines, ends it, as before
])
def test_a_semicolon_hung_past_a_short_columns_edge_goes_on(hung_line, n_paragraphs):
    box = ["问：什么是数字乡村？", "答：数字乡村是伴随网络化、信息", "化和数字化在农业农村经济社会发", "展中的应用。",
           "问：下一步重点做什么？", "答：要加快建设乡村的数字基础设", hung_line, "完善涉农数据标准，提升乡村治理",
           "的数字化水平。"]
    quote = ["■数字乡村建设要", "让农民用得上、", "用得起、用得好", "好"]
    found = texts([*box, *quote])
    assert sum(1 for t in found if "乡村的数字基础" in t or t.startswith("完善涉农数据")) == n_paragraphs

# ---- qa236: a column's banner framed by a box mark at each end ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("banner", "words"), [
    ("■深入学习贯彻习近平总书记重要讲话精神■", "深入学习贯彻习近平总书记重要讲话精神"),
    ("◆学习宣传贯彻全会精神◆", "学习宣传贯彻全会精神"),
])
def test_a_banner_framed_by_a_mark_at_each_end_is_whole_on_its_line(banner, words, blank_after_every_line):
    """■banner■ / the title / its byline / the text: the closing mark ends the banner on its line (no pull quote running
    on into the title), and both marks are debris, so the banner reads as the study campaign's kicker it is (qa236)."""
    parts = [["8 理论 2026年6月9日 星期二"], [banner], ["以县域为载体推进城乡融合发展"], ["邵 川"],
             wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("以县域为载体推进城乡融合发展", ["邵川"])]
    assert words in [r["text"] for r in t["residue"]]


# ---- qa240: a full line ending a clause with a semicolon over the paragraph's short last line ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("last, joined", [
    ("营商环境好不好，要看群众满意不满意。", True),
    ("“营商环境好不好，要看群众满意不满意。”", True),
    # the next item of a list set one to a line opens with its marker or a bullet: a paragraph of its own
    ("二是强化要素保障，加快项目落地。", False),
    ("●强化要素保障，加快项目落地。", False),
])
def test_a_full_line_ending_with_a_semicolon_goes_on_into_the_short_last_line(last, joined, blank_after_every_line):
    """…完善公共服务设施，提 / 升综合承载能力。…要看营商环境好不好； / 营商环境好不好，…满意不满意。: a paragraph ends with a
    full stop, so the full line that ends a clause goes on into the short line under it, though that one ends a sentence
    (qa240)."""
    lines = ["县城建设要坚持以人为本，完善公共服务设施，提", "升综合承载能力。企业强不强，要看营商环境好不好；", last]
    text = page([wrapped(P4 + P2, 24), lines, wrapped(P6 + P1, 24)], blank_after_every_line)
    found = texts(normalized_document(raw(text)).lines)
    assert any(lines[1] + last in t for t in found) is joined
# ---- qa241: a running head naming the column after the paper ----
@pytest.mark.parametrize(("line", "head"), [
    ("东江日报 评论 2026年3月4日 星期三 A5", True),          # the paper, its column, the date, weekday and page
    ("南屏日报 理论·实践 2026年12月1日 星期二 7", True),      # two column words joined by a middle dot
    ("东江日报 评论 2026年3月4日发表的文章", False),           # a sentence naming a date
])
def test_a_running_head_may_name_its_column_after_the_papers_name(line, head):
    assert is_page_head(line) == head


# ---- qa241: the text's column beside a narrow pull quote ----
@pytest.mark.parametrize("quote", [
    ["■城乡融合的关键在于要", "素的双向自由流动，让", "人地钱活起来"],      # its last line short, ending no sentence
    ["■县域是城乡融合发展的", "重要切入点，要把县城", "建强"],
])
def test_text_under_a_narrow_pull_quote_is_measured_in_its_own_column(quote):
    """A paragraph between a narrow ■ box and a two-line heading, whose window holds the box's short lines, the ends of
    paragraphs and the heading's lines, is measured by the text's column, not the box's: no column of its own."""
    text = page([wrapped(P1, 20, 0), wrapped(P4, 20, 0), quote, wrapped(P2[:50], 20, 0),
                 ["深化县域综合改革", "激发城乡融合内生动力"], wrapped(P6, 20, 0)])
    found = blocks(normalized_document(raw(text)).lines)
    under = next(b for b in found if b.text.startswith(P2[:8]))
    assert under.width >= 19


# ---- qa253: a related-news box's entry pointing to another page ----
@pytest.mark.parametrize("entry", ["■ 清河区推进县域商业体系建设 A6", "● 这份秋季文旅消费指南请收好　第7版", "．东湖新区学校明年开学 B12"])
def test_a_related_news_entry_ending_with_its_page_takes_in_no_headline_under_it(entry):
    # (the entry ends no sentence and the next story's headline, set right under the box, would read as its rest)
    text = "\n".join(["相关新闻", entry, "新区学校明年秋季开学", "本报记者 韩知远", *wrapped(P1, 20), *wrapped(P2, 20)])
    found = [b.text.replace(" ", "").replace("　", "") for b in blocks(normalized_document(raw(text)).lines)]
    assert "新区学校明年秋季开学" in found


# ---- qa251: a WeChat page's head in plain text, one field a line ----
@pytest.mark.parametrize("prompt", ["点击蓝字关注我们", "点击上方蓝字，关注我们！"])
def test_a_follow_prompt_ending_with_its_call_on_the_first_line_is_no_part_of_the_title(prompt):
    """点击蓝字关注我们 as the page's first line (its column its own width) / the title / the head one field a line: the
    prompt ends with its call and closes its block (joined, the title was 点击蓝字关注我们社区食堂…)."""
    title = "社区食堂里的民生温度：南湖街道的“一餐热饭”"
    got = texts([prompt, title, "原创 南湖发布", "南湖发布", "2026-10-08 18:30", P1, P2])
    assert got[:2] == [prompt.replace(" ", ""), title]


# ---- qa254: a commentary's title under its column's name set letter-spaced ----
@pytest.mark.parametrize(("banner", "title", "alone"), [
    ("今 日 谈", "老街区更新要守住烟火气和老街坊", True),   # (qa254) nearly as wide as the column: still the title
    ("快 评", "别让一纸证明难住办事群众的脚步", True),
    ("今 日 谈", "推动城乡融合发展，必须统筹县域", False),   # a comma: the text's first line, no title
])
def test_a_title_under_a_letter_spaced_column_name_is_a_block_of_its_own(banner, title, alone):
    lines = [*wrapped(P1, 17), "（作者系某某大学教授）", banner, title, *wrapped(P2, 17), "□ 韩一鸣"]
    found = [b.text for b in blocks("\n\n".join(lines).split("\n"))]
    assert (title in found) is alone


# ---- qa256: a caption's last line, its credit, under a full line in an irregular column ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("last", ["车间。 刘 畅摄", "车间。　　　　本报记者 韦 宁 摄", "车间。 陈静远 摄"])
def test_a_captions_credit_line_under_its_full_first_line_is_its_rest_beside_letter_spaced_text(blank_after_every_line, last):
    """A letter-spaced answer, then a photo caption wrapped on two lines (图为… / 车间。 刘 畅摄), then a title: the short
    line ending with the credit is the caption's rest, no heading under a full line, though the spaced lines before make
    the column irregular there."""
    spaced = [" ".join(line) for line in wrapped(P4, 14, indent=0)]
    caption = "图为某县一家农机企业的工人在装配新型播种机，工人正在赶制订单的"
    text = page([wrapped(P1, 24), spaced, [caption[:24], last], ["让农机装备更好服务春耕"], wrapped(P2, 24)],
                blank_after_every_line)
    found = [b.text for b in blocks(normalized_document(raw(text)).lines)]
    assert any(t.startswith(caption[:24]) and t.endswith("摄") for t in found)


# ---- qa255: a journal's running head with its name letter-spaced ----
@pytest.mark.parametrize("head", ["城 市 治 理 评 论      2026年第4期", "2026年第4期     城 市 治 理 评 论",
                                  "第21卷 第3期   社 会 保 障 研 究   Vol.21 No.3", "88   经 济 与 社 会   2025年第7期"])
def test_a_running_head_with_the_journals_name_letter_spaced_is_a_masthead(head):
    assert is_spaced_masthead(head)


@pytest.mark.parametrize("line", ["以 高 水 平 对 外 开 放", "推 进 城 乡 融 合 发 展 的 路 径", "城 市 治 理 评 论",
                                  "本 刊 2026年第4期 目 录 预 告 如 下："])
def test_a_letter_spaced_line_without_an_issue_is_no_running_head(line):
    assert not is_spaced_masthead(line)


# ---- qa261: the rows of a blank form printed under a notice ----
@pytest.mark.parametrize("rows", [
    ["申报单位：＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "统一社会信用代码：＿＿＿＿＿＿＿＿＿＿", "项目负责人：＿＿＿＿　　手机：＿＿＿＿＿＿"],
    ["姓名：______　　性别：____", "工作单位：______________________", "通讯地址：________　邮编：______"],
])
def test_the_rows_of_a_blank_form_are_blocks_of_their_own(rows):
    """A form's rows, each a label and a blank run of underscores, are as wide as a wrapped paragraph's lines and end no
    sentence: each is a block of its own, not one paragraph run together."""
    normal = normalized_document(raw("\n".join(["项目申报表", *rows, "项目简介："]))).lines
    got = [b.text for b in blocks(normal)]
    assert len(got) == len(rows) + 2


@pytest.mark.parametrize("rows", [
    ["申报单位：　　　　　　　　申报日期：　　年　　月　　日", "项目类别：□新建　□改扩建　□技术改造", "负责人：　　　　　　联系电话："],
    ["审批意见：　　　　　经办人：", "☐ 同意　☐ 不同意　☐ 退回补充", "单位负责人：　　　　　　　年　　月　　日"],
])
def test_the_rows_of_a_form_with_blanks_left_as_spaces_are_blocks_of_their_own(rows):
    """A form whose blanks came out as spaces: labels closed by their colons with nothing after them, or boxes to tick,
    each row a block of its own, not run together."""
    normal = normalized_document(raw("\n".join(["项目申报表", *rows, "项目简介："]))).lines
    assert len(blocks(normal)) == len(rows) + 2


@pytest.mark.parametrize("line", ["来源： 南岭日报 作者： 韩 梅", "问： 这项政策的支持对象有哪些？", "记者： 张晓 李明"])
def test_a_line_of_filled_fields_is_no_row_of_a_blank_form(line):
    assert not P.FORM_ROW_LINE.fullmatch(line)


# ---- qa262: a pull quote in quotation marks printed amid a paragraph ----
QUOTED = "城市更新要算长远账。要推动服务资源下沉到楼栋，让居民议事有平台、邻里互助有渠道。老街巷既要留得住乡愁，更新不是推倒重来。"
CUT_BY_QUOTE = "社区是城市治理的基本单元。推动社区治理提质增效，既要发挥基层党组织的引领作用，也要调动居民参与的积极性，让治理成果更多惠及全体居民。"


@pytest.mark.parametrize("quote, lifted", [
    # (qa262) the text's words in quotation marks between two lines of one sentence: lifted out, the sentence runs
    # on, and the quote goes after the paragraph holding its words
    ("“让居民议事有平台、邻里互助有渠道”", True),
    ("「让居民议事有平台、邻里互助有渠道」", True),
    # words the text does not hold, or two quotations: no pull quote, left where it stands
    ("“社区治理要坚持党建引领和居民自治”", False),
    ("“让居民议事有平台”与“邻里互助有渠道”", False),
])
def test_a_quoted_pull_quote_amid_a_paragraph_goes_after_the_paragraph_it_quotes(quote, lifted):
    cut = wrapped(CUT_BY_QUOTE, 22)
    lines = [*wrapped(QUOTED, 22), cut[0], quote, *cut[1:]]
    got = texts(lines)
    assert (got == [QUOTED, quote, CUT_BY_QUOTE]) is lifted
    assert (CUT_BY_QUOTE in got) is lifted


# ---- qa260: a full line ending a clause with a semicolon amid full lines, near a pull quote and a wrapped heading ----
@pytest.mark.parametrize("mark, joined", [
    ("；", True),      # a clause ends at the edge: the sentence goes on
    ("。", False),     # a full stop there, amid too few full lines, ends the paragraph, as before
])
def test_a_semicolon_at_the_edge_amid_full_lines_goes_on_near_a_pull_quote(mark, joined):
    """A paragraph under a ■ pull quote's narrow lines and a heading wrapped over two lines: its full line that ends
    with a semicolon, between two full lines, ends a clause, not the paragraph (is_regular_column sees too few full
    lines there) (qa260)."""
    quote = ["■县城是城乡融合的", "重要切入点，要把", "县城建强建优"]
    heading = ["三、以要素保障增强县城综", "合承载能力"]
    para = wrapped("要素往哪里流，很大程度上取决于服务往哪里配。要推动金融资源向县城集聚，加快培育特色产业，增强县城的"
                   f"发展动力和吸引力{mark}要健全农业转移人口市民化激励机制，推动公共服务常住地提供。", 20)
    assert para[2].endswith(mark) and len(para[1]) == len(para[2]) == len(para[3]) == 20
    text = page([wrapped(P1, 20), wrapped(P4, 20), quote, wrapped(P2, 20), heading, para, wrapped(P6, 20)])
    found = texts(normalized_document(raw(text)).lines)
    assert any(f"吸引力{mark}要健全" in t for t in found) is joined


# ---- qa260: a paragraph's indented first line under a column's motto set one word a line ----
@pytest.mark.parametrize("motto", [["经济", "观察"], ["明理", "笃行"], ["理", "论"]])
def test_the_indented_first_line_under_a_stacked_motto_is_no_headings_second_line(motto):
    """经济 / 观察 / 当前，…（an indent short, and a character more where the line broke early） / the full line under it:
    the motto's last word, a word of two characters under another of its length, is no heading's first line, so the
    line under it opens the paragraph it wraps into, not a heading (qa260)."""
    lead = ["当前，县域经济正从要素驱动加快转向", "创新驱动，县城的综合承载能力持续增强，城", "乡融合的基础不断夯实。"]
    text = page([motto, lead, wrapped(P4, 20), ["补齐供给短板", "以高质量供给创造有效需求"], wrapped(P2, 20)])
    found = texts(normalized_document(raw(text)).lines)
    assert "".join(lead) in found


# ---- qa259: a web page copied with a blank line after each paragraph, a paragraph a line ----
_WEB_PARA = ("政府会继续推动能源转型，在未来五年逐步提高可再生能源在发电燃料组合中的比例，并加快建设海上风电场及废物转化能源设施，"
             "以配合二零五零年前实现碳中和的目标。")



def test_a_chapter_heading_and_a_one_sentence_item_do_not_wrap_onto_the_heading_under_them():
    """第五章 推动绿色转型 / 能源结构, and （二）…。 / 交通减排, each line with a blank line under it on a page of one paragraph a
    line (chrome and lead-in lines among them, so no free layout): the chapter's heading, far short of the page's
    width, ends on its line, and so does the item that ends its sentence; the short line under each is the next
    heading, no rest of theirs (qa259)."""
    groups = [["行政长官2030年施政报告"], ["主页 > 施政报告 > 第五章 推动绿色转型"], ["第五章 推动绿色转型"], ["能源结构"],
              *[["6%d. " % k + _WEB_PARA] for k in (1, 2, 3)],
              ["64. 环境局会推行以下措施：", "（一） 扩大电动车充电网络；", "（二） 资助业界试行氢能巴士。"], ["交通减排"],
              ["65. " + _WEB_PARA], ["66. 运输署会研究以下方案，包括："], ["‧ 扩大低排放区范围至九龙东及荃湾"],
              ["‧ 检讨过海隧道的分时段收费安排"], ["上一页：第四章 推动经济发展"], ["下一页：第六章 改善民生服务"]]
    found = texts([line for g in groups for line in [*g, ""]])
    assert found[2:4] == ["第五章推动绿色转型", "能源结构"]
    assert found[9:11] == ["（二）资助业界试行氢能巴士。", "交通减排"]


@pytest.mark.parametrize("heading, rest, joined", [
    ("一、完善县域商贸流通体系，提升农村消费", "的便利化水平", True),
    ("（二）健全县城基础设施投入机制，拓宽建设", "资金来源渠道", True),
    ("三、深化农村集体产权制度改革，发展新型农村", "集体经济", True),
    # (a short heading wraps never: the short line under it is a sub-heading of its own)
    ("一、总体要求", "坚持系统观念", False),
    # (a line that holds punctuation is text, not a heading's rest)
    ("二、推动县域商业体系建设提档升级的主要任务", "具体如下：", False),
])
def test_a_long_marked_heading_wrapped_on_a_page_set_a_paragraph_a_line_keeps_its_rest(heading, rest, joined):
    """二、坚持农民主体，激发群众参与乡村建设 / 的内生动力 / text: a web page copied one paragraph a line keeps the break
    where a long heading wrapped; a short, unmarked line with no punctuation under the long first line, over a line of
    text, is the heading's rest (qa266)."""
    lines = [P1, heading, rest, P2, P4]
    assert (heading + rest in texts(lines)) == joined


# ---- qa275: a report series' line with its institution apart ----
@pytest.mark.parametrize("line, series", [
    ("某某发展研究院　政策研究报告　　　　　NDRI-PR-115-07", True),     # the institution a gap apart, its letters in the code
    ("某某发展研究院 政策研究报告 PR-2026-017", True),
    ("某某发展研究院　政策研究报告", False),                             # no code: the series alone
])
def test_a_report_series_line_with_its_institution_apart_is_a_masthead_line(line, series):
    from flows.reflow import is_working_paper_line
    assert is_working_paper_line(line) is series


# ---- qa275: a table row labelled by one character ----
@pytest.mark.parametrize("line, row", [
    ("甲 1992 486 1260 93.2%", True),               # a case's one-character label, then numbers
    ("县 2024 38 12.5 6", True),
    ("甲 乙 丙 丁 戊", False),                       # letter-spaced words: no numbers
    ("甲 1992 486", False),                         # two numbers: too few cells
])
def test_a_table_row_labelled_by_one_character_is_a_row(line, row):
    assert is_table_row(line) is row


# ---- qa271: a title under a letter-spaced column banner under the page's head ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("head, alone", [
    (["7", "评论", "2026年3月5日 星期四"], True),                 # under the page's date line
    (["2026年3月5日 星期四", "7", "评论", "责任编辑：韦 宁"], True),   # under the page editor's credit
])
def test_a_title_under_a_letter_spaced_banner_under_the_page_head_is_a_block_of_its_own(blank_after_every_line, head,
                                                                                        alone):
    """… / 2026年3月5日 星期四 / 创 新 观 察 / the first title / its text: the banner spreads a few characters over the
    column, no line of text the title would go on from; the title stands alone as under a finished piece (qa271)."""
    lines = [*head, "创 新 观 察", "让小区充电桩装得上用得好", *wrapped(P1, 19), "罗 川 江城日报", "把便民服务做到群众家门口",
             *wrapped(P2, 19), "韦一鸣 江城日报"]
    found = [b.text for b in blocks(("\n\n" if blank_after_every_line else "\n").join(lines).split("\n"))]
    assert ("让小区充电桩装得上用得好" in found) is alone


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_spaced_name_under_a_title_at_the_page_top_keeps_the_text_under_it_whole(blank_after_every_line):
    """2026年3月5日 星期四 / the title / 宁 秋 实 / the text: a spaced name under a title, not under the page's head, is the
    byline; the text's first line goes on as ever (qa271)."""
    lines = ["2026年3月5日 星期四", "推动城乡融合发展", "宁 秋 实", *wrapped(P1, 19), *wrapped(P2, 19)]
    found = [b.text for b in blocks(("\n\n" if blank_after_every_line else "\n").join(lines).split("\n"))]
    assert any(P1[:10] in t and P1[-6:] in t for t in found)


# ---- qa272: a list's lead-in colon at the column's edge over its first item indented ----
_LEAD_IN = "县域商业体系建设涉及面广、链条长，需要统筹谋划、分步实施、久久为功，结合调研情况和各地实践经验，现提出以下几点建议："


@pytest.mark.parametrize("item, indent, breaks", [
    ("第一，完善县域商贸流通网络。推动县乡村三级物流配送体系建设，降低农村物流成本，畅通农产品进城渠道。", 2, True),
    ("一是完善县域商贸流通网络。推动县乡村三级物流配送体系建设，降低农村物流成本，畅通农产品进城渠道。", 2, True),
    ("（一）完善县域商贸流通网络。推动县乡村三级物流配送体系建设，降低农村物流成本，畅通农产品进城渠道。", 2, True),
    # (flush, the first item's line as full as the colon's: the lead-in may run on into it, as before, unless the
    # list is set one item a paragraph: 第二， opens a line under the first item's end, reflow.lists_under_lead_ins, qa279)
    ("一是完善县域商贸流通网络。推动县乡村三级物流配送体系建设，降低农村物流成本，畅通农产品进城渠道。", 0, False),
    ("第一，完善县域商贸流通网络。推动县乡村三级物流配送体系建设，降低农村物流成本，畅通农产品进城渠道。", 0, True),
    # (an indented line that opens no item: no list under the colon)
    ("完善县域商贸流通网络是基础。推动县乡村三级物流配送体系建设，降低农村物流成本，畅通农产品进城渠道。", 2, False),
])
def test_a_lead_in_colon_at_the_columns_edge_ends_its_paragraph_over_an_indented_first_item(item, indent, breaks):
    """…据此提出以下建议： at the edge of a 20-wide column / 第一，… an indent short, over full lines: the colon ends the
    paragraph, and the item opens its own, though both lines read as inner lines of one wrapped paragraph (qa272)."""
    lead = wrapped(_LEAD_IN, 20)
    assert len(lead[-1]) == 20 and lead[-1].endswith("：")
    second = "第二，健全县域商业网点布局。支持连锁企业向乡镇延伸，改造提升一批乡镇商贸中心，方便群众就近消费。"
    lines = [*wrapped(P1, 20), *lead, *wrapped(item, 20, indent), *wrapped(second, 20), *wrapped(P2, 20)]
    found = texts(lines)
    assert (_LEAD_IN in found and item in found) is breaks


# ---- qa272: a run-in item's lead cut on its first words ----
@pytest.mark.parametrize("cut, rest, joined", [
    ("（三）提升", "产业链韧性。围绕主导产业延链补链，引进配", True),
    ("3.提升", "产业链韧性。围绕主导产业延链补链，引进配", True),
    # (a short heading over text that opens no lead: a heading, as before)
    ("（三）结语", "县域发展新质生产力，要因地制宜、分类施策，", False),
])
def test_a_run_in_items_lead_cut_after_its_first_words_goes_on_on_the_line_under_it(cut, rest, joined):
    """（一）做强特色产业。… / （二）…。… / （三）提升 / 产业链韧性。…: an item's marker and its lead's first words alone on a
    line, the lead ending early on the full line under it, where the items before it run their leads in, is the
    item's first line, no heading (qa272)."""
    first, second = cut[0] == "（" and ("（一）", "（二）") or ("1.", "2.")
    lines = [*wrapped(P1, 20), first + "做强特色产业。县域发展不能盲目追风，要立足本", "地资源禀赋，改造提升传统特色产业。",
             second + "建强创新平台。支持县域建设中试基地和科", "技服务平台，推动科技成果到县域转化。",
             cut, rest, "套企业，增强本地配套能力，让产业链条扎根。", *wrapped(P2, 20)]
    found = texts(lines)
    assert any(t.startswith(cut + rest) for t in found) is joined


def test_a_first_items_lead_cut_after_its_first_words_goes_on_where_the_items_after_it_run_theirs_in():
    """（一）做强 / 特色产业。… / （二）建强创新平台。…: the list's first item cut so, no item before it, reads by the items
    after it (qa272)."""
    lines = [*wrapped(P1, 20), "（一）做强", "特色产业。县域发展不能盲目追风，要立足本地", "资源禀赋，改造提升传统特色产业。",
             "（二）建强创新平台。支持县域建设中试基地和", "科技服务平台，推动科技成果到县域转化。",
             "（三）提升产业链韧性。围绕主导产业延链补", "链，增强本地配套能力。", *wrapped(P2, 20)]
    assert any(t.startswith("（一）做强特色产业。县域") for t in texts(lines))


def test_a_short_marked_heading_among_headings_stays_a_heading_over_a_paragraph_opening_with_a_short_sentence():
    """8、加强人才引进 / text / 9、强化人才培养 / 强化人才招引培育。…: a short marked line over a full line whose first
    sentence is short reads as a cut lead only where the items next to it run their leads in; among heading lines it
    is a heading (qa272)."""
    lines = [*wrapped(P1, 20), "8、加强人才引进", *wrapped(P2, 20), "9、强化人才培养",
             "强化人才招引培育。加强与高校、职业院校的合", "作，建设一批实训基地。", *wrapped(P4, 20)]
    assert "9、强化人才培养" in texts(lines)


def test_lines_of_listed_classes_find_what_the_pattern_finds():
    """lines_of finds a class of a few listed characters with str's substring test and find (class_list, read from the
    pattern's parse): the same indexes as the pattern's own search, for every such pattern of flows.patterns (sp43)."""
    from re import Match
    from flows.reflow import class_list, lines_of
    listed = [p for p in vars(P).values() if isinstance(p, re.Pattern) and class_list(p) is not None]
    assert len(listed) > 50
    assert class_list(re.compile("[a-c]")) == ("a", "b", "c") and class_list(re.compile("[^a]")) is None
    assert class_list(re.compile("a", re.IGNORECASE)) is None and class_list(re.compile(r"[\d]")) is None
    for pattern in listed:
        chars = "".join(class_list(pattern) or ())
        text = f"甲{chars}乙{chars[::-1]}丙a1，{chars[:1] * 3}"
        assert lines_of(pattern, text) == list(map(Match.start, pattern.finditer(text))), pattern.pattern
        assert lines_of(pattern, "甲乙丙abc") == list(map(Match.start, pattern.finditer("甲乙丙abc")))


# ---- qa279: a lead-in ending with a colon over its list's first item ----
LEAD_IN = ("从我们对全市两百多家商贸流通企业开展的问卷调查和实地走访情况看，影响县域商业体系建设的因素是多方面的，"
           "其中企业反映最集中、最迫切的主要有以下三个方面：")
ORDINAL_ITEMS = ["第一，物流成本偏高。县乡村三级配送网络不健全，农村快递“最后一公里”配送成本居高不下，企业普遍反映难以承受。",
                 "第二，人才支撑不足。懂经营、会管理的人才稀缺，不少网点仍沿用传统经营方式。",
                 "第三，数字化水平不高。多数网点尚未接入统一的供应链平台，进货、库存和销售数据难以共享。"]
PORTAL_CHROME = ["无障碍 长者模式 English", "您现在的位置：首页 > 政策解读", "《某某县县域商业体系建设行动方案》解读",
                 "来源：某某县商务局 作者：韦一鸣 发布时间：2026-05-06 10:30 浏览次数：321", "【字体：大 中 小】 打印 关闭"]


@pytest.mark.parametrize("head", [[], PORTAL_CHROME])
def test_a_long_lead_in_ending_with_a_colon_does_not_run_into_its_first_item(head):
    """…主要有以下三个方面： / 第一，…。 / 第二，…。: on a page set one paragraph a line, the lead-in is a paragraph of its
    own however long, and so it is where the page's chrome makes the page read as a wrapped column: the list's next item
    opens a line under a sentence's end, as the first one does (qa279)."""
    found = texts([*head, LEAD_IN, *ORDINAL_ITEMS, P1])
    assert LEAD_IN in found and ORDINAL_ITEMS[0] in found


# ---- qa277: a run-in item's marker at a line's head inside a paragraph, on a page that indents its paragraphs ----
ITEMS_RUN_IN = ["助餐服务要可持续，一是算好经济账，多方分", "担成本，政府补一点、企业让一点、个人出一点；",
                "二是做好口味账，定期征求老人意见，常换常新；"]
CUT_ITEM = ["三是管好安全账，食材溯源、后厨", "公开，让子女放心。"]


@pytest.mark.parametrize("indent, last, joined, apart", [
    # indented paragraphs: a flush line opening with 二是 goes on its paragraph, though the column around it is
    # irregular (a short line amid the paragraph), and so does a line cut short mid-clause that opens with the next
    # item's marker (a picture or box beside it)
    (2, CUT_ITEM, ["个人出一点；二是做好口味账", "常换常新；三是管好安全账，食材溯源、后厨公开，"], []),
    # a short item line that ends no clause and holds no comma has a heading's shape: left alone
    (2, ["三是管好安全账", "公开，让子女放心。"], [], ["\n三是管好安全账\n"]),
    # a flush page: no indent tells the cut line from an item's paragraph of its own
    (0, CUT_ITEM, [], ["后厨\n公开"]),
])
def test_a_run_in_items_marker_at_a_lines_head_on_an_indented_page_goes_on_its_paragraph(indent, last, joined, apart):
    """…个人出一点； / 二是做好口味账，… / 三是管好安全账，食材溯源、后厨 / 公开，… on a page whose paragraphs open an indent
    short: the lines are flush, so no paragraph opens at their markers (qa277)."""
    first = ITEMS_RUN_IN[0] if indent else "我们看到" + ITEMS_RUN_IN[0][2:]
    lines = [first, *ITEMS_RUN_IN[1:], *last]
    text = page([wrapped(P4 + P2, 22, indent), lines, wrapped(P6 + P1, 22, indent), wrapped(P3 + P5, 22, indent)])
    found = "\n".join(texts(normalized_document(raw(text)).lines))
    assert all(part in found for part in joined) and all(part in found for part in apart)


@pytest.mark.parametrize("line, opens", [
    ("相关阅读：", True),
    ("【延伸阅读】", True),
    ("推荐阅读", True),
    ("背景链接：", True),
    ("相关阅读材料显示，今年以来全市新增托位两千余个。", False),   # a sentence that opens with the words
    ("推荐阅读书目由各校自行确定", False),
])
def test_a_reading_box_label_opens_a_block(line, opens):
    """A reading box's label under a page's last lines (【纠错】 【责任编辑：…】 / 相关阅读：) opens a block: measured in the
    column of a narrow profile box above, the line over it read as wrapped and ran into it (qa283)."""
    assert bool(P.BLOCK_START.match(line) and P.LINE_OPENER_INITIAL.match(line)) is opens


# ---- qa287: a reader's signature opening with a bare Hong Kong neighbourhood ----
@pytest.mark.parametrize("signature", ["葵涌 冯志远", "土瓜湾 读者 何家乐"])   # (rule 3 made the space half-width)
def test_bylines_among_asks_about_a_signature_opening_with_a_bare_neighbourhood(signature):
    lines = [P1, signature, P2]
    firsts, lasts = edge_characters(lines)
    found = bylines_among(lines, firsts, lasts)
    assert 1 in found and found[1].authors == (signature.split()[-1],)


@pytest.mark.parametrize("contact", ["（联系人：某某处林小雨；电话：0871-6612345）", "（联系人：某市某局某某处林小雨，联系电话：0871-6612345）"])
def test_a_bracketed_contact_line_ends_where_its_bracket_closes(contact):
    """qa288: on a page without blank lines, the contact line under a notice's signature and date ends at its bracket,
    and the title of the document the notice publishes, short as it is, is a line of its own, however much wider than the
    column the contact line runs."""
    lines = [*wrapped(P1, 18, 0), "某市人民政府办公室", "2026年3月2日", contact, "某市老旧小区改造实施方案",
             *wrapped(P2, 18, 0)]
    assert texts(lines)[-3:-1] == [contact, "某市老旧小区改造实施方案"]
