"""Articles: the stretch-at-a-time layout steps give what the unit-by-unit rules give."""
from __future__ import annotations

import statistics
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from flows import units as U
from flows.articles import (WIDTH_TOLERANCE, glued_byline, glued_full_name, Span, signs_across_column_change, title_split, split_on_attachment, alternating_runs, as_headings, closes_text, drop_through, has_text,
                            box_tail_end, header_runs, is_boundary, trim_foreign_start, under_fields)
from flows.bylines import Byline
from flows.extract import front_matter
from flows.normalize import normalized_document
from flows.reflow import blocks as reflow_blocks

from flows.reflow import is_letter_spaced
from flows.segment import document_tables
from flows.units import Unit
from tests.shapes import P1, P2, P3, P4, P5, P6, hung, page, raw, tables, wrapped

KINDS = [U.PARA, U.ITEM, U.HEADING, U.PLAIN, U.BYLINE, U.NOTE, U.NOTES, U.QUOTE, U.CAPTION, U.META]


def unit_of(kind: str, weak: bool, width: float, n_lines: int) -> Unit:
    # (a note on the author, which a lone name over it signs, beside other notes)
    text = "（作者系某大学教授）" if kind == U.NOTE and weak else f"{kind}文本"
    return Unit(kind, text, width, n_lines, None, byline=Byline(("张三",)) if kind == U.BYLINE else None,
                weak_byline=weak and kind == U.BYLINE)


UNITS = st.lists(st.builds(unit_of, st.sampled_from(KINDS), st.booleans(), st.sampled_from([20.0, 24.0, 30.0]),
                           st.integers(1, 3)), max_size=30)


def stepwise_runs(units: list[Unit]) -> list[list[Unit]]:
    """alternating_runs unit by unit (the reference)."""
    kinds = [u.kind for u in units]

    def boundary_follows(i: int) -> bool:
        j = i
        while j < len(units) and units[j].kind in U.HEADERISH:
            j += 1
        return j > i and (is_boundary(units[i:j], closes_text(units, j), under_fields(kinds, i))
                          or signs_across_column_change(units, i, j))

    runs: list[list[Unit]] = [[]]
    i, n = 0, len(units)
    while i < n:
        j = i
        while j < n and units[j].kind in U.HEADERISH:
            j += 1
        header = units[i:j]
        if header and (is_boundary(header, closes_text(units, j), under_fields(kinds, i))
                       or signs_across_column_change(units, i, j)):
            runs += [header, []]
            i = j
            continue
        if header:
            runs[-1].extend(as_headings(header))
            i = j
            continue
        runs[-1].append(units[i])
        if (units[i].kind == U.NOTE and i + 1 < n and units[i + 1].kind != U.NOTE and not boundary_follows(i + 1)
                and any(u.kind != U.NOTES for u in units[i + 1:])):
            runs += [[], []]
        i += 1
    return runs


@settings(max_examples=400, deadline=None)
@given(UNITS)
# (a byline under a fields line under a title: a boundary only because of the fields line, qa22 session 9)
@example([unit_of(U.PLAIN, False, 20.0, 1), unit_of(U.META, False, 20.0, 1), unit_of(U.BYLINE, True, 20.0, 1),
          unit_of(U.PARA, False, 20.0, 1)])
# (a lone name between paragraphs set in two columns: a boundary, qa63)
@example([unit_of(U.PARA, False, 20.0, 3), unit_of(U.BYLINE, True, 20.0, 1), unit_of(U.PARA, False, 30.0, 3)])
def test_alternating_runs_are_those_of_the_unit_by_unit_rules(units):
    assert alternating_runs(units) == stepwise_runs(units)


@settings(max_examples=200, deadline=None)
@given(UNITS)
def test_header_runs_are_the_maximal_runs_of_headerish_units(units):
    kinds = [u.kind for u in units]
    runs = header_runs(kinds)
    covered = [k for start, end in runs for k in range(start, end)]
    assert covered == [k for k, kind in enumerate(kinds) if kind in U.HEADERISH]
    assert all(start == 0 or kinds[start - 1] not in U.HEADERISH for start, _ in runs)


def stepwise_trimmed(units: list[Unit]) -> Span:
    """trim_foreign_start with its cut found by a pass over every unit (the reference)."""
    span = Span(body=list(units))
    # (a letter-spaced paragraph tells no column: its spaces count no width, qa119)
    paras = [u for u in span.body if u.kind == U.PARA and u.n_lines >= 2 and not is_letter_spaced(u.text)]
    if len(paras) < 3:
        return span
    main = statistics.median(u.width for u in paras[len(paras) // 2:])
    cut = None
    for k, u in enumerate(span.body):
        if u.kind == U.PARA and u.n_lines >= 2 and abs(u.width - main) > WIDTH_TOLERANCE * main:
            if any(v.kind in (U.PARA, U.ITEM) for v in span.body[k + 1:]):
                cut = k                  # text of the article follows it
    if cut is not None:
        # (with the one-line paragraphs right after the cut set in its narrower column: the box's tail, qa132)
        drop_through(span, box_tail_end(span.body, cut, main))
    return span


@settings(max_examples=300, deadline=None)
@given(UNITS)
# (a one-line paragraph under the cut, in its narrower column: the box's tail goes with it)
@example([unit_of(U.PARA, False, 20.0, 2), unit_of(U.PARA, False, 20.0, 1), unit_of(U.PARA, False, 24.0, 2),
          unit_of(U.PARA, False, 30.0, 2)])
def test_has_text_and_trim_foreign_start_follow_the_rules(units):
    assert has_text(Span(body=units)) == any(u.kind in (U.PARA, U.ITEM) for u in units)
    span = Span(body=list(units))
    trim_foreign_start(span)
    assert span == stepwise_trimmed(units)


FIELDS = "来源：中国经济网  发布时间：2024-06-18 10:32"


@pytest.mark.parametrize("head", [
    [FIELDS, "推进县域商业体系建设的实践路径"],        # the line of fields above the title
    ["推进县域商业体系建设的实践路径", FIELDS],        # under it
    [f"作者：邵建华 {FIELDS}", "推进县域商业体系建设的实践路径"],   # opening with its author
])
def test_a_line_of_fields_above_or_under_the_title_leaves_the_title_to_the_article(head):
    t = tables("\n".join([*head, P1, "一、总体要求", P2]))
    assert [(a["title"], a["source"], str(a["published"])) for a in t["articles"]] == [
        ("推进县域商业体系建设的实践路径", "中国经济网", "2024-06-18")]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]
    assert t["articles"][0]["authors"] == (["邵建华"] if "作者" in head[0] else [])


@pytest.mark.parametrize("head, title, sections", [
    # a plain line under the fields opens the text: its first heading, not a second title line
    (["构建全国统一电力市场的若干建议", FIELDS, "核心观点"], "构建全国统一电力市场的若干建议", ["核心观点", "总体要求"]),
    ([FIELDS, "构建全国统一电力市场的若干建议"], "构建全国统一电力市场的若干建议", ["总体要求"]),
    (["专题研究", "构建全国统一电力市场的若干建议", FIELDS], "构建全国统一电力市场的若干建议", ["总体要求"]),
])
def test_plain_lines_under_the_fields_of_a_titled_page_open_its_text(head, title, sections):
    t = tables("\n".join([*head, P1, "一、总体要求", P2]))
    assert [(a["title"], a["source"]) for a in t["articles"]] == [(title, "中国经济网")]
    assert [s["heading"] for s in t["sections"]] == sections


def test_a_title_cut_from_its_byline_by_a_line_of_fields_still_heads_the_article():
    t = tables("\n".join(["数据要素市场化配置改革如何破题", FIELDS, "记者 陈思远", P1, "一、总体要求", P2]))
    assert [(a["title"], a["authors"], a["source"]) for a in t["articles"]] == [
        ("数据要素市场化配置改革如何破题", ["陈思远"], "中国经济网")]
    assert t["residue"] == []


@pytest.mark.parametrize("over_title", [[], ["智库观察"]])
def test_a_lone_name_under_the_fields_under_a_title_is_its_byline(over_title):
    t = tables("\n".join([*over_title, "推动科技成果转化需打通最后一公里", FIELDS, "谢怀安", P1, "一、总体要求", P2]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("推动科技成果转化需打通最后一公里", ["谢怀安"])]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]


def test_a_source_field_named_for_the_article_is_a_line_of_fields_not_the_title():
    t = tables("\n".join(["本文来源：求是网", "推进县域商业体系建设的实践路径", P1, "一、总体要求", P2]))
    assert [(a["title"], a["source"]) for a in t["articles"]] == [("推进县域商业体系建设的实践路径", "求是网")]


@pytest.mark.parametrize("first", ["中国宏观经济研究院 2024-09-03", "国研网 2024年9月3日 10:20", "国研网 2024年9月3日",
                                   "明报｜观点｜2024年9月3日"])     # a date without its time; the column after bars
def test_a_publisher_and_date_line_over_an_untitled_text_is_no_title(first):
    t = tables("\n".join([first, "一、总体要求", P1, "二、重点任务", P2]))
    assert [(a["title"], a["source"], str(a["published"])) for a in t["articles"]] == [
        (None, first.split()[0].split("｜")[0], "2024-09-03")]


@pytest.mark.parametrize(("title_line", "title"), [
    ("社论／电价调涨之外更要加速能源转型", "电价调涨之外更要加速能源转型"),   # led by its column: the title
    ("核心观点", "经济日报社论"),        # a plain line under the fields: the first heading, the line above the title
])
def test_a_title_led_by_its_column_under_a_web_pages_fields_is_the_title_not_the_head_above(title_line, title):
    t = tables("\n\n".join(["经济日报 社论", "2026-05-12 00:10", title_line, P1, P2]))
    assert [a["title"] for a in t["articles"]] == [title]


@pytest.mark.parametrize("rest, title", [
    # a bare page: the site's masthead over the fields, the title under them over a text with no heading (qa89)
    ([P1, P2], "市政府公布推动低碳交通八项措施"),
    # a text with headings of its own: the line under the fields opens it, the line above titles it
    ([P1, "一、总体要求", P2], "某市政府新闻发布"),
])
def test_a_lone_line_under_a_bare_pages_fields_over_unheaded_text_is_its_title(rest, title):
    t = tables("\n".join(["某市政府新闻发布", "来源：市政府新闻办", "发布日期：2025年3月2日", "市政府公布推动低碳交通八项措施",
                          *rest]))
    assert [a["title"] for a in t["articles"]] == [title]


@pytest.mark.parametrize("first", ["国研网 2024年9月3日", "明报｜观点｜2024年9月3日", "明报 | 观点 | 2024年9月3日 10:20"])
def test_a_publisher_and_date_line_over_a_title_is_no_line_of_the_title(first):
    t = tables("\n\n".join([first, "公屋轮候时间何时回落？", "作者：叶嘉仪", P1, P2]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("公屋轮候时间何时回落？", ["叶嘉仪"])]


@pytest.mark.parametrize("first", ["东岸时报 | 评论 | 2024年9月3日 星期二", "东岸时报｜观点｜2024年9月3日 星期二"])
def test_a_publisher_column_and_date_line_with_its_weekday_over_a_label_and_title_is_fields(first):
    """The weekday after the date keeps the line one of fields: else it, the column label and the title read as a
    page of titles and every unnumbered heading of the text opens an article of its own (qa161)."""
    t = tables("\n".join([first, "评论", "中小企业转型需要更多耐心资本", P1, P2, "融资支持要到位", P3, P4, "人才培训要跟上", P5, P6]))
    assert [(a["title"], str(a["published"])) for a in t["articles"]] == [("中小企业转型需要更多耐心资本", "2024-09-03")]


COVER = ["江川县乡村振兴规划", "江川县人民政府", "2026年1月"]
CONTENTS = ["目 录", "第一章 发展基础 ………………………… 1", "第二章 总体要求 ………………………… 3"]


@pytest.mark.parametrize("head, sections", [
    (COVER, ["发展基础", "总体要求"]),                              # a plan's cover: title, issuer, month
    ([*COVER, *CONTENTS], ["发展基础", "总体要求"]),                # then its table of contents
    ([*COVER, *CONTENTS, "前 言"], ["前言", "发展基础", "总体要求"]),   # a heading after the contents opens the text
])
def test_a_plans_cover_and_contents_leave_the_title_and_give_no_sections(head, sections):
    t = tables("\n".join([*head, "第一章 发展基础", P1, "第二章 总体要求", P2]))
    assert [a["title"] for a in t["articles"]] == ["江川县乡村振兴规划"]
    assert [s["heading"] for s in t["sections"]] == sections
    furniture = {"江川县人民政府", *(["第一章发展基础…………………………1"] if len(head) > len(COVER) else [])}
    assert furniture <= {r["text"] for r in t["residue"]}


@pytest.mark.parametrize("body", ["水利部", "应急管理部", "滨海省人民政府办公厅", "国家发展改革委　自然资源部"])
@pytest.mark.parametrize("title", [["某某领域安全生产三年行动方案"], ["某某领域安全生产", "三年行动方案（2026—2028年）"]])
def test_an_issuing_body_under_a_plans_title_is_front_matter_not_its_author_or_title(body, title):
    """A plan's issuing body alone under its title, with no date under it (qa61): front matter, not the title's last
    line (应急管理部) nor a byline (水利部 reads as a surname and a name); the plan's sections follow."""
    t = tables("\n\n".join([*title, body, P1, "一、总体要求", P2]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("".join(title), [])]
    assert body.replace("　", "") in {r["text"] for r in t["residue"]}
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]


def test_the_issuing_body_under_the_title_of_a_document_a_notice_publishes_is_front_matter():
    """A notice publishes a plan (关于印发…的通知, signed over a date), then the plan's title and, under it, its issuing
    body (qa61): the plan is titled by its title alone, the body is front matter."""
    text = "\n\n".join(["某某市商务局关于印发《某某市夜间经济提升行动方案》的通知", "各区商务局：",
                        "现将《某某市夜间经济提升行动方案》印发给你们，请认真贯彻执行。", "某某市商务局\n2026年3月2日",
                        "某某市夜间经济提升行动方案", "某某市商务局", P1, "一、总体要求", P2])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]][1:] == [("某某市夜间经济提升行动方案", [])]


@pytest.mark.parametrize("title", [["坚定不移推动高水平对外开放", "形成全面开放新格局"], ["让关心关爱", "基层干部"]])
def test_a_titles_last_line_ending_as_a_body_does_stays_in_the_title(title):
    """A title's last line ending with 局 or 部 in a word that names no body (新格局, 基层干部) is no issuing body."""
    t = tables("\n\n".join([*title, P1, "一、总体要求", P2]))
    assert [a["title"] for a in t["articles"]] == ["".join(title)]


@pytest.mark.parametrize("body, under", [
    ("水利部", []),
    ("应急管理部", []),
    ("江川县人民政府", ["2026年1月"]),                  # the cover's issuer over its month, under a Markdown title
])
def test_an_issuing_body_under_a_plans_markdown_title_is_front_matter_not_its_author_or_text(body, under):
    """In Markdown the issuing body's line under the plan's # title (qa61) is front matter too: not its byline, nor
    the text's first paragraph or section."""
    t = tables("\n\n".join(["# 某某领域安全生产三年行动方案", body, *under, P1, "## 一、总体要求", P2]), "doc.md")
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("某某领域安全生产三年行动方案", [])]
    assert t["articles"][0]["text"].split("\n") == [P1, P2]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]


@pytest.mark.parametrize("head, line, first_authors, furniture", [
    (["让社区服务更有温度", "□ 王静怡"], "来论", ["王静怡"], True),    # signed at its head: a column label
    (["让社区服务更有温度", "□ 王静怡"], "时评", ["王静怡"], True),
    (["让社区服务更有温度"], "周敏", ["周敏"], False),                 # unsigned: the name after its text signs it
    (["让社区服务更有温度", "□ 王静怡"], "王静怡", ["王静怡"], False),  # the byline repeated after the text
])
def test_a_lone_short_name_after_an_article_signed_at_its_head_is_the_next_ones_column_label(head, line, first_authors,
                                                                                            furniture):
    t = tables("\n".join([*head, P1, line, "别让调研走了过场", P2]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让社区服务更有温度", first_authors), ("别让调研走了过场", [])]
    assert (line in [r["text"] for r in t["residue"]]) == furniture


@pytest.mark.parametrize("note, line, first_authors, furniture", [
    ("（作者：韦思远，省消费经济研究会理事）", "来论", ["韦思远"], True),   # the note names the author: a label
    ("（作者单位：省社会科学院）", "周敏", ["周敏"], False),                  # a note naming nobody: the name signs
])
def test_a_lone_short_name_after_an_article_closed_by_a_note_naming_its_author_is_the_next_ones_column_label(
        note, line, first_authors, furniture):
    t = tables("\n".join(["让社区服务更有温度", P1, note, line, "别让调研走了过场", "■ 邵明川", P2]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让社区服务更有温度", first_authors), ("别让调研走了过场", ["邵明川"])]
    assert (line in [r["text"] for r in t["residue"]]) == furniture


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_news_item_under_an_article_is_an_article_of_its_own_signed_by_its_dateline(blank_after_every_line):
    # The item's title (16 characters) is not short beside the column of 18: only the dateline that opens the
    # line under it parts the two, and names the item's reporters.
    item = "本报讯（记者 程昊 通讯员 陶然）" + P4
    text = page([["春耕备耕装上“智慧芯”", "本报记者 严文彬"], wrapped(P1, 18), wrapped(P2, 18),
                 ["全省新能源汽车下乡活动在南湖市启动"], wrapped(item, 18, indent=0), wrapped(P6, 18)],
                blank_after_every_line)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("春耕备耕装上“智慧芯”", ["严文彬"]), ("全省新能源汽车下乡活动在南湖市启动", ["程昊", "陶然"])]
    assert t["articles"][1]["text"].startswith(P4[:20])


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("dateline", ["本报讯 ", "【本报讯】"])
def test_news_briefs_signed_at_their_end_or_not_at_all_are_articles_of_their_own(blank_after_every_line, dateline):
    # (qa32, session 10) after an article signed at its head: a brief whose dateline names no one, signed at its end
    # with its reporter's role, then an editorial under its column's label, signed by no one
    text = page([["春耕备耕装上“智慧芯”", "本报记者 严文彬"], wrapped(P1, 18), wrapped(P2, 18),
                 ["全省新能源汽车下乡活动启动"], wrapped(dateline + P4 + "（记者 苗 青）", 18, indent=0),
                 ["社论", "让春耕生产底气更足"], wrapped(P6, 18)], blank_after_every_line)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("春耕备耕装上“智慧芯”", ["严文彬"]), ("全省新能源汽车下乡活动启动", ["苗青"]), ("让春耕生产底气更足", [])]
    assert [a["text"] for a in t["articles"][1:]] == [P4, P6]


@pytest.mark.parametrize("heading, closing, split", [
    (["短评", "别让调研走了过场"], "文｜宁 远", True),     # a boxed commentary signed under its text by another
    (["别让调研走了过场"], "◎ 宁远", True),
    (["别让调研走了过场"], "□ 王静怡", False),            # the byline of the article repeated after its text
    (["调研要深入，不能走过场"], "文｜宁 远", False),     # a clause of a sentence, no title: the byline stays
])
def test_a_byline_after_a_signed_article_naming_others_signs_the_text_under_its_last_heading(heading, closing, split):
    t = tables("\n".join(["让社区服务更有温度", "□ 王静怡", P1, P2, *heading, P4, P6, closing]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("让社区服务更有温度", ["王静怡"]), ("别让调研走了过场", ["宁远"])]
        assert t["articles"][1]["text"] == P4 + "\n" + P6
    else:
        assert len(got) == 1 and got[0][0] == "让社区服务更有温度"


@pytest.mark.parametrize(("heading", "split"), [
    (["观察家", "以旧换新之后，回收体系如何补位"], True),     # a title under its column's label
    (["以旧换新之后，回收体系如何补位"], False),           # a comma alone: a section heading reads so too
])
@pytest.mark.parametrize("credits", [[], ["本版编辑：邢 悦 美术编辑：高 远"]])
def test_a_titled_commentary_under_its_column_label_signed_by_another_at_the_end_is_split_off(heading, split, credits):
    # The page's credit line after the closing byline does not hide the heading over the last text.
    t = tables("\n".join(["别让数字乡村止步于建平台", "作者：陆文涛（某大学教授）", P1, P2, *heading, P4, P6, "杜明远",
                          *credits]))
    got = [(a["title"], a["authors"], a["text"]) for a in t["articles"]]
    if split:
        assert got == [("别让数字乡村止步于建平台", ["陆文涛"], P1 + "\n" + P2),
                       ("以旧换新之后，回收体系如何补位", ["杜明远"], P4 + "\n" + P6)]
    else:
        assert [a[:2] for a in got] == [("别让数字乡村止步于建平台", ["陆文涛", "杜明远"])]


@pytest.mark.parametrize(("lines", "title"), [
    (["稳外资系列评论之三", "让外资企业安心扎根"], "让外资企业安心扎根"),        # a series' kicker as wide as the title
    (["学习贯彻全会精神系列评论③", "以更大力度稳就业"], "以更大力度稳就业"),
    (["让“以旧换新”政策红利", "更多惠及县乡消费者"], "让“以旧换新”政策红利更多惠及县乡消费者"),   # a wrapped title
    # (qa133) a kicker naming a report's beat or series, narrower than the title but more than half its width
    (["县域商业体系建设观察", "让“以旧换新”红利惠及县乡"], "让“以旧换新”红利惠及县乡"),
    (["乡村振兴一线行", "让农村客运班车开得进留得住"], "让农村客运班车开得进留得住"),
    (["从“以旧换新”数据中观察", "县乡消费新变化"], "从“以旧换新”数据中观察县乡消费新变化"),   # a clause cut at its verb
    # (qa141) a study campaign's name over the title, as wide as it or wider: a kicker
    (["学习贯彻党的二十届三中全会精神", "让外资企业安心扎根"], "让外资企业安心扎根"),
    (["深入学习贯彻习近平总书记重要讲话精神", "以更大力度稳住外贸基本盘"], "以更大力度稳住外贸基本盘"),
    (["学习贯彻全会精神要在", "抓落实上见真章"], "学习贯彻全会精神要在抓落实上见真章"),   # a title that goes on: wrapped
])
def test_a_series_kicker_over_a_commentarys_title_is_no_line_of_the_title(lines, title):
    t = tables(page([lines, ["——以更优服务稳住外资预期", "○ 韩知远"], wrapped(P1, 22), wrapped(P2, 22)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, ["韩知远"])]


# (qa229) an economic page's figure deck under its headline, much wider, two clauses giving figures: no title line
@pytest.mark.parametrize(("lines", "title"), [
    (["滨海跨境电商产业园提质扩容", "前十个月进出口额同比增长21.5%，入园企业超过860家"], "滨海跨境电商产业园提质扩容"),
    (["北岭储能装备制造集群加速崛起", "全年产值有望突破300亿元，带动上下游配套企业新增就业岗位1.2万个"], "北岭储能装备制造集群加速崛起"),
    # a short column's name over a figure line: the kicker rule stands (the name is no clause)
    (["数字经济观察", "前十个月进出口额同比增长21.5%，入园企业超过860家"],
     "前十个月进出口额同比增长21.5%，入园企业超过860家"),
    # a figure line without a second clause is the title (a kicker over it)
    (["开局之年看发展", "前十个月全市进出口额同比增长21.5%"], "前十个月全市进出口额同比增长21.5%"),
])
def test_a_figure_deck_under_an_economic_pages_headline_is_no_title_line(lines, title):
    t = tables(page([lines, ["本报记者 韩知远"], wrapped(P1, 22), wrapped(P2, 22)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, ["韩知远"])]


# (qa253) a Hong Kong or Taiwan news page's gapped deck under a plain headline: the headline titles, the deck is no title
# line; a column's name over a gapped headline stays a kicker, and a stray gap in a title's second line leaves both lines
@pytest.mark.parametrize(("lines", "title"), [
    (["市区重建局加快旧区「微改造」", "首批九幢唐楼明年动工　涉及住户约三百户"], "市区重建局加快旧区「微改造」"),
    (["跨境学童名额明年增加两成", "教育局：增设口岸校巴站　缩短通关时间"], "跨境学童名额明年增加两成"),
    (["港闻", "首批九幢唐楼明年动工　涉及住户约三百户"], "首批九幢唐楼明年动工涉及住户约三百户"),
    (["以高效能治理护航", "民营经济 高质量发展"], "以高效能治理护航民营经济高质量发展"),
    # (qa259) the headline wrapped over two lines over the deck, a gap and a decimal point in it
    (["捷运2.5期延伸　交通局：", "东区新站明年动工"], None),
    (["捷运2.5期延伸　交通局：", "东区新站明年动工", "通勤可缩短十分钟　沿线商圈可望受惠"], "捷运2.5期延伸交通局：东区新站明年动工"),
    (["高龄友善住宅补助", "明年起扩及六都", "申请门槛放宽 租金补贴最高八千"], "高龄友善住宅补助明年起扩及六都"),
])
def test_a_gapped_deck_under_a_news_headline_is_no_title_line(lines, title):
    title = title or "".join(lines).replace("　", "")
    t = tables(page([lines, ["本报记者 韩知远"], wrapped(P1, 22), wrapped(P2, 22)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, ["韩知远"])]


BOX = "二〇二五年，全省高新技术企业数量突破两万八千家，规模以上工业企业研发机构覆盖率接近一半，研发投入强度继续提高。"


@pytest.mark.parametrize("box_label", ["相关链接", "延伸阅读", "【知识链接】"])
def test_a_box_between_the_text_and_a_title_set_at_its_end_leaves_the_text_to_the_article(box_label):
    # a theory page: the article's text, a box in a narrower column, then its title and byline
    text = page([wrapped(P1, 22), wrapped(P4, 22), wrapped(P5, 22), wrapped(P6, 22),
                 [box_label, "研发投入持续增长"], wrapped(BOX, 14), ["因地制宜发展新质生产力", "林晓岚"]])
    article, *box = tables(text)["articles"]
    assert (article["title"], article["authors"], article["text"]) == (
        "因地制宜发展新质生产力", ["林晓岚"], "\n".join([P1, P4, P5, P6]))
    assert [(a["title"], a["authors"], a["text"]) for a in box] == [("研发投入持续增长", [], BOX)]   # the box, titled


@pytest.mark.parametrize("box_label", ["相关链接", "延伸阅读"])
def test_a_box_after_the_texts_closing_note_leaves_the_title_set_at_its_end_to_the_text(box_label):
    # (qa132) the text ends with a note on the project it comes from, then a box, then the text's title and byline
    note = ["（本文系某省社科规划重点项目", "阶段性成果）"]
    text = page([wrapped(P1, 22), wrapped(P4, 22), wrapped(P5, 22), wrapped(P6, 22), note,
                 [box_label], wrapped(BOX, 14), ["因地制宜发展新质生产力", "林晓岚"]])
    article, *box = tables(text)["articles"]
    assert (article["title"], article["authors"]) == ("因地制宜发展新质生产力", ["林晓岚"])
    assert article["text"].startswith("\n".join([P1, P4, P5, P6])) and BOX not in article["text"]
    assert [(a["title"], a["authors"], a["text"]) for a in box] == [(box_label, [], BOX)]   # the box, a piece of its own


@pytest.mark.parametrize("tail", [[], ["目前已在多地推开。"]])
def test_a_sidebar_between_an_author_note_and_a_text_titled_at_its_head_leaves_the_title_to_the_text(tail):
    """(qa132) A text titled at its head and closed by its author note, then a sidebar in a narrower column (its label,
    its term, its paragraph, maybe a short last one in its column), a pull quote, then the next text's title over its
    text: the lines over the box are its label, and the line right over the text titles the text."""
    from flows.articles import layout
    note = lambda t: Unit(U.NOTE, t, 22.0, 1, None, byline=U.credits_note_byline(t))
    units = [Unit(U.PLAIN, "2025年县域经济发展的实践观察", 22.0, 1, None), Unit(U.PARA, P1, 22.0, 4, None),
             Unit(U.PARA, P4, 22.0, 3, None), Unit(U.PARA, P3, 22.0, 4, None), note("（作者：柯明远，某市委党校教授）"),
             Unit(U.PLAIN, "理论热词", 14.0, 1, None), Unit(U.PLAIN, "一表通", 14.0, 1, None), Unit(U.PARA, BOX, 14.0, 5, None),
             *(Unit(U.PARA, t, 14.0, 1, None) for t in tail), Unit(U.QUOTE, "■县域强则省域强，县域活则全局活", 11.0, 2, None),
             Unit(U.PLAIN, "2026年基层治理现代化的若干思考", 22.0, 1, None), Unit(U.PARA, P2, 22.0, 4, None),
             Unit(U.PLAIN, "源头治理", 22.0, 1, None), Unit(U.PARA, P5, 22.0, 4, None), Unit(U.PARA, P6, 22.0, 4, None),
             note("（作者：许若川，西江大学教授）")]
    spans = layout(units, False).spans
    assert [[u.text for u in s.title_lines] for s in spans] == [["2025年县域经济发展的实践观察"], ["2026年基层治理现代化的若干思考"]]
    assert spans[1].body[0].text == P2


@pytest.mark.parametrize("head, title", [
    (["以 高 水 平 对 外 开 放", "促 进 深 层 次 改 革"], "以高水平对外开放促进深层次改革"),   # wrapped, letter-spaced
    (["数 字 经 济 赋 能 县 域 产 业"], "数字经济赋能县域产业"),
    # (qa290) the last line closes with a bracketed qualifier, set solid or with its digits joined
    (["加 快 发 展 县 域 数 字 农 业", "行 动 计 划（2026—2030年）"], "加快发展县域数字农业行动计划（2026—2030年）"),
    (["加 快 发 展 县 域 数 字 农 业", "行 动 计 划 （ 2026 — 2030 年 ）"], "加快发展县域数字农业行动计划（2026—2030年）"),
    (["牢记嘱托 展现新风采", "以改革激发乡村活力"], "以改革激发乡村活力"),      # a slogan over the title
    (["观 点 聚 集", "以改革激发乡村活力"], "以改革激发乡村活力"),           # a letter-spaced column head
])
def test_a_title_set_letter_spaced_keeps_both_its_lines(head, title):
    t = tables(page([head, ["□ 许立新 蔡佳音"], wrapped(P1, 20), wrapped(P4, 20)], blank_after_every_line=True))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, ["许立新", "蔡佳音"])]


@pytest.mark.parametrize("head, title", [
    (["南岭市推进县域商业体系建设", "三年行动方案", "（2026—2028年）"], "南岭市推进县域商业体系建设三年行动方案（2026—2028年）"),
    (["南 岭 市 促 进 民 营 经 济 发 展", "若 干 措 施", "（试行）"], "南岭市促进民营经济发展若干措施（试行）"),
])
def test_a_titles_bracketed_period_on_a_line_of_its_own_closes_it(head, title):
    """(qa290) A plan's title wrapped over two lines, its period or trial note on a third: all three are its title."""
    t = tables(page([head, wrapped(P1, 20), wrapped(P4, 20)], blank_after_every_line=True))
    assert [a["title"] for a in t["articles"]] == [title]


INTRO = "加快建设农业强国，是全面建设社会主义现代化国家的重要内容。如何以科技和改革双轮驱动推进农业农村现代化？本版约请专家学者围绕这一主题进行探讨。"


@pytest.mark.parametrize("intro_width, intro_is_article", [
    (30, False),      # the page's standfirst, set wider than the articles: no article
    (44, False),
    (20, True),       # set in the article's column: an article of its own (titled by the line over it)
])
def test_an_unsigned_paragraph_in_another_column_before_a_titled_article_is_the_pages_standfirst(intro_width,
                                                                                               intro_is_article):
    text = page([["学思践悟"], wrapped(INTRO, intro_width), ["以科技和改革双轮驱动建设农业强国", "陈立群"],
                 wrapped(P1, 20), wrapped(P4, 20), ["全面提升农业产业链供应链韧性", "何振宇 梁 爽"],
                 wrapped(P2, 20), wrapped(P6, 20)], blank_after_every_line=True)
    t = tables(text)
    titles = [a["title"] for a in t["articles"]]
    assert titles[-2:] == ["以科技和改革双轮驱动建设农业强国", "全面提升农业产业链供应链韧性"]
    assert (len(titles) == 3) == intro_is_article
    assert (INTRO in {r["text"] for r in t["residue"]}) != intro_is_article


HEAD_LEAD = "县域是推动高质量发展的重要单元。科技创新日益成为县域产业升级的关键变量，如何让创新要素在县域集聚、让创新成果在县域落地，是摆在各地面前的一道现实课题。"


@pytest.mark.parametrize("lead_width", [26, 30])
def test_a_lead_set_wider_than_the_text_under_a_title_and_byline_at_the_pages_head_is_the_articles(lead_width):
    """Set wider than the text, right under the title and byline at the page's head: the article's lead across its
    columns, neither a sidebar trimmed off nor an article of its own (qa91)."""
    text = page([["以科技创新引领", "县域产业升级", "贺明远"], hung(HEAD_LEAD, lead_width), [""], ["夯实创新平台"],
                 hung(P1, 18), [""], hung(P2, 18), [""], ["壮大创新主体"], hung(P4, 18), [""], ["（作者系某某大学教授）"],
                 [""], ["让公共服务", "更加可及"], hung(P5, 18), [""], hung(P6, 18), [""], ["邵清和"]])
    t = tables(text)
    first = t["articles"][0]
    assert (first["title"], first["authors"]) == ("以科技创新引领县域产业升级", ["贺明远"])
    assert first["text"].startswith(HEAD_LEAD)
    assert P1 in first["text"] and P4 in first["text"]
    assert [s["heading"] for s in t["sections"] if s["article_id"] == first["article_id"]] == ["夯实创新平台",
                                                                                                 "壮大创新主体"]


@pytest.mark.parametrize("lead_width", [26, 30])
def test_a_lead_set_wider_than_the_text_of_an_article_titled_and_signed_after_it_is_the_articles(lead_width):
    """A theory page printing its one article's title and author after the text: the lead set wider than the
    columns under it opens that text, the two-line headings under it are the article's sections (qa103)."""
    text = page([hung(HEAD_LEAD, lead_width), [""], ["夯实创新平台", "激活县域创新动能"], hung(P1, 18), hung(P2, 18),
                 [""], ["壮大创新主体", "提升县域产业韧性"], hung(P4, 18), hung(P5, 18), [""],
                 ["以科技创新引领", "县域产业升级", "贺明远"], [""], ["【作者：某某大学教授】"]])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("以科技创新引领县域产业升级", ["贺明远"])]
    first = t["articles"][0]
    assert first["text"].startswith(HEAD_LEAD)
    assert P1 in first["text"] and P4 in first["text"]
    assert [s["heading"] for s in t["sections"]] == ["夯实创新平台激活县域创新动能", "壮大创新主体提升县域产业韧性"]


@pytest.mark.parametrize("first_line, second_line, title", [
    # a title whose first line is two parallel phrases set apart by a space, printed after its text (qa91)
    ("稳住基本盘 激发新动能", "推动县域经济高质量发展", "稳住基本盘激发新动能推动县域经济高质量发展"),
    ("藏富于民 还利于民", "做强县域富民产业", "藏富于民还利于民做强县域富民产业"),
    # a column head's two-character words over the title: no line of it
    ("理论 周刊", "推动县域经济高质量发展", "推动县域经济高质量发展"),
])
def test_a_title_line_of_two_parallel_phrases_set_apart_by_a_space_is_the_titles(first_line, second_line, title):
    text = page([hung(P1, 20), hung(P2, 20), [first_line, second_line, "邱若岚", "（作者系某某大学教授）"],
                 hung(P4, 20), hung(P6, 20), ["让公共服务更加可及", "韦明哲", "（作者单位：某某党校）"]])
    assert [a["title"] for a in tables(text)["articles"]] == [title, "让公共服务更加可及"]


WIDE_STANDFIRST = ("发展县域富民产业，是促进农民增收的重要途径。如何让产业链条更多留在县域、让农民更多分享增值收益？本期"
                   "邀请两位专家分别谈谈。")


def test_a_standfirst_set_wider_than_the_text_under_an_article_signed_above_leaves_the_next_article():
    """(qa91) Under an article titled and signed after its text, the next one's standfirst in two full lines 28 wide
    and a short one, over text 20 wide: the page's standfirst, no paragraph of the text under it."""
    text = page([hung(P1, 20), hung(P2, 20), ["推动县域经济高质量发展", "邱若岚", "（作者系某某大学教授）"],
                 hung(WIDE_STANDFIRST, 28), hung(P4, 20), hung(P5, 20), hung(P6, 20),
                 ["让公共服务更加可及", "韦明哲", "（作者单位：某某党校）"]])
    t = tables(text)
    assert [a["text"] for a in t["articles"]][1] == "\n".join([P4, P5, P6])
    assert WIDE_STANDFIRST in {r["text"] for r in t["residue"]}


def test_a_note_that_the_article_goes_on_elsewhere_ends_it_and_the_text_after_is_another_article():
    # a page: an article titled and signed at its start ends with （下转第4版）; the next one is titled after its text
    text = page([["守护一江碧水", "本报评论员 贺 宁"], wrapped(P1, 20), wrapped(P4, 20), ["（下转第4版）"],
                 wrapped(P2, 20), wrapped(P6, 20), ["让夜间消费亮起来", "更要暖起来"], ["叶子衿"]],
                blank_after_every_line=True)
    t = tables(text)
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("守护一江碧水", ["贺宁"], "\n".join([P1, P4])), ("让夜间消费亮起来更要暖起来", ["叶子衿"], "\n".join([P2, P6]))]
    assert "（下转第4版）" in {r["text"] for r in t["residue"]}


@pytest.mark.parametrize("note", ["下转第6版", "▶下转第六版"])
@pytest.mark.parametrize("blank", [False, True])
def test_a_bracketless_note_that_the_article_goes_on_elsewhere_ends_it(note, blank):
    # the same page with the note set without brackets, as some papers print it (qa193)
    text = page([["守护一江碧水", "本报评论员 贺 宁"], wrapped(P1, 20), wrapped(P4, 20), [note],
                 wrapped(P2, 20), wrapped(P6, 20), ["让夜间消费亮起来", "更要暖起来"], ["叶子衿"]],
                blank_after_every_line=blank)
    t = tables(text)
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("守护一江碧水", ["贺宁"], "\n".join([P1, P4])), ("让夜间消费亮起来更要暖起来", ["叶子衿"], "\n".join([P2, P6]))]
    assert note in {r["text"] for r in t["residue"]}


NOTICE = ["某市人民政府关于印发某市数据要素若干措施的通知", "各区人民政府，市政府各部门：",
          "现将《某市数据要素若干措施》印发给你们，请认真贯彻执行。"]


@pytest.mark.parametrize("signature, notes, titles", [
    (["某市人民政府", "2025年4月3日"], [], ["某市人民政府关于印发某市数据要素若干措施的通知", "某市数据要素若干措施"]),
    (["某市人民政府", "2025年4月3日"], ["（此件公开发布）"],              # a publication note between the two
     ["某市人民政府关于印发某市数据要素若干措施的通知", "某市数据要素若干措施"]),
    (["某市人民政府"], [], ["某市人民政府关于印发某市数据要素若干措施的通知"]),   # no date: no signature, one article
    # a date in Chinese numerals under the signature (qa38)
    (["某市人民政府", "二〇二五年四月三日"], [], ["某市人民政府关于印发某市数据要素若干措施的通知", "某市数据要素若干措施"]),
])
def test_a_document_a_notice_publishes_after_its_signature_is_an_article_of_its_own(signature, notes, titles):
    t = tables("\n".join([*NOTICE, *signature, *notes, "某市数据要素若干措施", P1, "一、夯实数据基础制度", P2]))
    assert [a["title"] for a in t["articles"]] == titles
    assert "夯实数据基础制度" in [s["heading"] for s in t["sections"]]
    if len(titles) == 2:                  # the published document's title is no section of it, nor of the notice
        assert "某市数据要素若干措施" not in [s["heading"] for s in t["sections"]]
        assert t["articles"][1]["text"].startswith(P1)


@pytest.mark.parametrize("label, tail, titles", [
    ("附件1", ["某市数据要素重点项目清单", P3, P4], ["某市数据要素若干措施", "某市数据要素重点项目清单"]),
    ("附件", ["某市数据要素重点项目清单", P3], ["某市数据要素若干措施", "某市数据要素重点项目清单"]),
    ("附件2", [P3], ["某市数据要素若干措施"]),              # no title under the label: no piece of its own
])
def test_an_attachment_printed_after_the_document_is_a_piece_of_its_own(label, tail, titles):
    """附件1, its title, its table or text: not a section of the document over it (qa38)."""
    t = tables("\n".join(["某市数据要素若干措施", P1, "一、夯实数据基础制度", P2, "某市人民政府办公室", "2025年4月3日",
                          label, *tail]))
    assert [a["title"] for a in t["articles"]] == titles
    assert "某市数据要素重点项目清单" not in [s["heading"] for s in t["sections"]]
    if len(titles) == 2:
        assert label in [r["text"] for r in t["residue"]]


def _u(kind: str, text: str) -> Unit:
    return Unit(kind, text, 30.0, 1, None, heading=text if kind == U.PLAIN else None)


@pytest.mark.parametrize("tail, split", [
    # 附件1, its title, its table's head row (a plain line) and rows: a piece of its own (qa38)
    ([(U.ATTACHMENTS, "附件1"), (U.PLAIN, "某市数据要素重点项目清单"), (U.PLAIN, "序号 项目名称 建设内容"),
      (U.PARA, "1 市数据交易中心 交易平台1个"), (U.CREDIT, "抄送：市委各部门。")], True),
    ([(U.ATTACHMENTS, "附件"), (U.PLAIN, "某市数据要素重点项目清单"), (U.PARA, P3)], True),
    ([(U.ATTACHMENTS, "附件：1.某市数据要素重点项目清单"), (U.PLAIN, "某市数据要素重点项目清单"), (U.PARA, P3)], False),  # a list
    ([(U.ATTACHMENTS, "附件2"), (U.PARA, P3)], False),                         # no title under the label
    ([(U.ATTACHMENTS, "附件1"), (U.PLAIN, "某市数据要素重点项目清单")], False),  # a title and nothing under it
    # the title's bracketed period or draft note on a line of its own is the title's (qa124)
    ([(U.ATTACHMENTS, "附件"), (U.PLAIN, "某市数据要素重点项目清单"), (U.PLAIN, "（2026—2028年）"), (U.PARA, P3)], True),
    ([(U.ATTACHMENTS, "附件2"), (U.PLAIN, "某市数据要素重点项目清单"), (U.PLAIN, "（试行）"), (U.PARA, P3)], True),
])
def test_split_on_attachment(tail, split):
    body = [_u(U.PARA, P1), _u(U.HEADING, "一、夯实数据基础制度"), _u(U.PARA, P2)] + [_u(k, t) for k, t in tail]
    spans = split_on_attachment(Span(body=body))
    assert len(spans) == (2 if split else 1)
    if split:
        assert spans[0].body[-1].kind == U.ATTACHMENTS           # the label stays as the document's residue
        tail_line = [t for k, t in tail[2:3] if k == U.PLAIN and t.startswith("（")]
        assert [u.text for u in spans[1].title_lines] == ["某市数据要素重点项目清单", *tail_line]   # not a head row


@pytest.mark.parametrize("opening", [["第一章 总则", P1], ["一、夯实数据基础制度", P1], [P1]])
def test_a_published_document_may_open_with_its_first_heading_under_its_title(opening):
    # rules open with their first chapter right under the title (第一章 总则), with no text between
    t = tables("\n".join([*NOTICE, "某市人民政府", "2025年4月3日", "某市数据要素管理办法", *opening, P2]))
    assert [a["title"] for a in t["articles"]] == ["某市人民政府关于印发某市数据要素若干措施的通知", "某市数据要素管理办法"]
    assert "某市数据要素管理办法" not in [s["heading"] for s in t["sections"]]


@pytest.mark.parametrize("opening, sections, label", [
    (["楚天时评"], [], "楚天时评"),                                   # a column's label over the text
    (["把基层减负落到实处"], ["把基层减负落到实处"], None),               # too long for a label: a heading
    (["观察"], ["观察", "二看成效"], None),                           # other headings follow: a section
])
def test_a_short_lone_line_over_an_article_titled_after_its_text_is_its_column_label(opening, sections, label):
    body = [*wrapped(P1, 20), *(["二看成效"] if len(sections) > 1 else []), *wrapped(P2, 20)]
    t = tables(page([opening, body, ["让夜间消费亮起来"], ["叶子衿"]]))
    assert [a["title"] for a in t["articles"]] == ["让夜间消费亮起来"]
    assert [s["heading"] for s in t["sections"]] == sections
    assert label is None or label in {r["text"] for r in t["residue"]}


ONE_LINE = "城市绿地是市民身边的生态客厅。"      # a paragraph of one sentence that fills its column's line


@pytest.mark.parametrize("second_text", [
    [wrapped(P2, 15), wrapped(P6, 15)],
    [[ONE_LINE], wrapped(P2, 15), wrapped(P6, 15)],      # the second text opens with a line of its column
])
def test_a_title_and_byline_after_the_text_of_an_article_signed_at_its_head_close_the_text_in_the_next_column(
        second_text):
    # Two articles side by side: the first titled and signed over its text, the second titled and
    # signed under its own, set in another column width; both texts stand between the two heads.
    text = page([["小区充电桩为何装不上", "本报记者 钟 岚"], wrapped(P1, 24), wrapped(P4, 24), *second_text,
                 ["让城市绿意更浓", "生活更美"], ["慕容雪 中国环境报"]], blank_after_every_line=True)
    assert [(a["title"], a["authors"], a["text"]) for a in tables(text)["articles"]] == [
        ("小区充电桩为何装不上", ["钟岚"], "\n".join([P1, P4])),
        ("让城市绿意更浓生活更美", ["慕容雪"], "\n".join("".join(p) for p in second_text))]


def test_the_first_paragraph_in_a_new_column_stays_with_its_article_though_its_first_line_sits_by_the_old_one():
    # A paragraph's column is measured around its first line, which the last lines of the column
    # before still sway: its lines are those of its own column (a letter-spaced paragraph follows).
    short = "只要把群众的事当成自己的事，再难的疙瘩也能解开。"
    text = page([["小区充电桩为何装不上", "本报记者 钟 岚"], wrapped(P1, 24), wrapped(P4, 24), wrapped(P2[:40], 24),
                 wrapped(P6, 15), [" ".join(line) for line in wrapped(P5, 13)], wrapped(short, 13),
                 ["让城市绿意更浓", "生活更美"], ["慕容雪 中国环境报"]], blank_after_every_line=True)
    second = tables(text)["articles"][-1]
    assert second["title"] == "让城市绿意更浓生活更美"
    assert second["text"].startswith(P6 + "\n") and second["text"].endswith(short)


# A theory page's article whose middle paragraph is set letter-spaced, between two headings (qa24, session 10).
LETTER_SPACED_ARTICLE = [
    "以科技金融",
    "助力新质生产力发展",
    "姚知远 章若水",
    "科技创新离不开金融的有力支撑。从实验室",
    "里的一个创意到生产线上的一件产品，往往",
    "要跨越研发、中试、量产等多道关口，每一",
    "道关口都需要资金投入，也都伴随着较高风",
    "险。做好科技金融这篇大文章，是因地制宜",
    "发展新质生产力的必然要求。",
    "完善多层次科技金融服务体系",
    "当前，我国科技金融发展取得积极成效，但",
    "也存在早期投资不足、信贷产品与科技企业",
    "特点不够匹配等问题。",
    "破 解 这 些 难 题 ，需 要 从 供 给 端 协 同",
    "发 力 。其 一 ，壮 大 耐 心 资 本 ，引 导",
    "保 险 资 金 、社 保 基 金 等 长 期 资 金 投",
    "向 早 期 科 技 项 目 ，延 长 基 金 存 续 期",
    "限 ，鼓 励“ 投 早 、投 小 、投 长 期 、",
    "投 硬 科 技 ” 。其 二 ，创 新 信 贷 产 品 ，",
    "推 广 知 识 产 权 质 押 、研 发 贷 、人 才",
    "贷 等 产 品 ，探 索 以 企 业 成 长 性 为 依",
    "据 的 授 信 模 式 。其 三 ，发 挥 资 本 市",
    "场 枢 纽 作 用 ，支 持 优 质 科 技 企 业 上",
    "市 融 资 和 并 购 重 组 ，畅 通 股 权 投 资",
    "退 出 渠 道 。",
    "健全科技金融风险分担机制",
    "科技企业轻资产、高风险，银行“不敢贷”",
    "的顾虑由来已久。要发挥政府性融资担保的",
    "增信作用，扩大风险补偿资金池规模，合理",
    "提高对科技型中小企业贷款不良率的容忍度，",
    "让金融机构敢于支持、愿意支持。",
]


def test_a_heading_after_a_letter_spaced_paragraph_opens_a_section_not_an_article():
    # A letter-spaced paragraph's spaces count no width, so it reads narrower than its column: the text under the
    # heading after it, back at the column's width, is no text of another column.
    t = tables("\n\n".join(LETTER_SPACED_ARTICLE))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("以科技金融助力新质生产力发展", ["姚知远", "章若水"])]
    assert [s["heading"] for s in t["sections"]] == ["完善多层次科技金融服务体系", "健全科技金融风险分担机制"]


def test_a_sections_letter_spaced_paragraph_is_no_sidebar_cut_off_the_article():
    # A letter-spaced paragraph reads narrower than its column (its spaces count no width): it tells no other column,
    # and the text before it is no sidebar of the page (qa29, session 10).
    text = page([["社区食堂端出老人幸福餐", "本报记者 蒋立秋"], wrapped(P3, 24, 0),
                 ["以标准化建设引领现代物流提质增效", "丁海鸥"], wrapped(P1, 20, 0), ["统一设施标准打通联运堵点"],
                 wrapped(P2, 20, 0), [" ".join(line) for line in wrapped(P4, 14, 0)], ["健全服务标准提升服务质量"],
                 wrapped(P5, 20, 0), wrapped(P6, 20, 0)], blank_after_every_line=True)
    t = tables(text)
    assert [(a["title"], a["authors"], a["text"].split("\n")[0]) for a in t["articles"]] == [
        ("社区食堂端出老人幸福餐", ["蒋立秋"], P3), ("以标准化建设引领现代物流提质增效", ["丁海鸥"], P1)]
    assert [s["heading"] for s in t["sections"]] == ["统一设施标准打通联运堵点", "健全服务标准提升服务质量"]


def test_a_two_paragraph_article_set_letter_spaced_at_the_pages_top_is_no_standfirst():
    # Its paragraphs read narrower than the column of the article under it only because their spaces count no width
    # (qa29, session 10).
    spaced = [[" ".join(line) for line in wrapped(p, 16, 0)] for p in (P1, P2)]
    text = page([["6 财经 2026年10月15日 星期四", "稳外贸要在新字上做足文章"], *spaced, ["（俞 舟）"],
                 ["跨境电商综试区跑出加速度", "本报记者 晏秋池"], wrapped(P4, 22, 0), wrapped(P6, 22, 0)],
                blank_after_every_line=True)
    assert [(a["title"], a["authors"]) for a in tables(text)["articles"]] == [
        ("稳外贸要在新字上做足文章", ["俞舟"]), ("跨境电商综试区跑出加速度", ["晏秋池"])]


NOTE = "编者按：岁末年初，基层治理、民生保障等话题备受关注。本版刊发一组评论，围绕如何把惠民实事办到群众心坎上建言献策。"


@pytest.mark.parametrize("note", [
    wrapped(NOTE, 30),
    ["【编者按】", *wrapped(NOTE[4:], 30)],         # the label on a line of its own
])
def test_the_pages_editors_note_over_a_first_article_signed_after_its_text_leaves_it_its_title(note):
    # No byline parts the note from the first article (titled over its text, signed under it): the
    # column head and the note are residue, the line under the note is the title.
    text = page([["新论新论 观察"], note, ["以小切口推动基层减负走深走实"], wrapped(P1, 22), wrapped(P4, 22),
                 ["欧阳明远 安徽日报"], ["让社区服务更有温度", "本报记者 钟 岚"], wrapped(P2, 22), wrapped(P6, 22)],
                blank_after_every_line=True)
    t = tables(text)
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("以小切口推动基层减负走深走实", ["欧阳明远"], "\n".join([P1, P4])),
        ("让社区服务更有温度", ["钟岚"], "\n".join([P2, P6]))]
    assert t["sections"] == []
    assert "editor's note" in {r["reason"] for r in t["residue"]}


@pytest.mark.parametrize("note", ["（作者系某大学教授）", "（作者分别系某大学教授、某研究院研究员）", "（作者单位：某市委党校）"])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_title_and_byline_after_an_author_note_close_the_untitled_unsigned_article_before(note, blank_lines):
    # A theory page that prints each title and byline after its article's text: the note closes the
    # first article's text, and the title and byline under it are that article's, not the next one's.
    t = tables(page([wrapped(P1, 20), wrapped(P2, 20), [note], ["以改革激发乡村活力", "周建国"],
                     wrapped(P4, 18), wrapped(P6, 18), ["拓宽生态产品价值实现路径", "李华"]], blank_lines))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["周建国"]), ("拓宽生态产品价值实现路径", ["李华"])]


@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_title_and_byline_over_an_affiliation_line_close_the_untitled_unsigned_article_before(blank_lines):
    # The author's unit under the byline (作者单位：…), not a note over the title: the two title lines
    # and the byline are still the first article's, printed after its text, and not the next one's.
    t = tables(page([wrapped(P1, 20), wrapped(P2, 20), ["以改革激发", "乡村发展活力", "□ 周建国", "作者单位：某市委党校"],
                     wrapped(P4, 18), wrapped(P6, 18), ["拓宽生态产品", "价值实现路径", "□ 李华 王明", "作者单位：某大学"]],
                    blank_lines))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以改革激发乡村发展活力", ["周建国"]), ("拓宽生态产品价值实现路径", ["李华", "王明"])]


@pytest.mark.parametrize("label", ["延伸阅读", "知识链接", "【相关链接】"])
def test_a_further_reading_box_at_the_end_of_a_texts_is_a_piece_of_its_own(label):
    # A theory page's box under the text and over the title and byline set after it: the box's
    # paragraph is no part of the article's text, but a piece under its label.
    box = "县域商业体系建设行动：商务部等部门组织实施，目标是基本实现县县有连锁商超和物流配送中心。"
    t = tables(page([wrapped(P1, 20), wrapped(P2, 20), [label], wrapped(box, 18),
                     ["以改革激发乡村活力", "周建国"], ["本版责编：许 宁"]]))
    assert [(a["title"], a["text"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", "\n".join([P1, P2])), (label.strip("【】"), box)]


@pytest.mark.parametrize("box", [False, True])
@pytest.mark.parametrize("label", [[], ["「观点」"], ["【时评】"]])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_text_titled_under_another_texts_author_note_keeps_its_title_and_the_next_byline_is_the_next_ones(
        box, label, blank_lines):
    """(qa109) A commentary page: the first piece titled and signed at its head and closed by its author's note, (a box
    of further reading under it,) the second titled at its head (its column's label over the title or not) and signed
    by its own closing note, then a third titled and signed at its head: the second is titled, so the title and
    byline after its note are the third's head, not its end title, and the box is a piece of its own."""
    reading = "冷链物流：指冷藏冷冻类物品在生产、贮藏、运输、销售全过程中始终处于规定低温环境下的物流活动。"
    parts = [["以改革激发乡村活力", "□ 周建国"], wrapped(P1, 20), wrapped(P2, 20), ["（作者系某大学教授）"],
             *([["延伸阅读"], wrapped(reading, 20)] if box else []),
             [*label, "让县城承载更多人口和产业"], wrapped(P4, 20), wrapped(P6, 20), ["（作者：纪远航，系某研究院研究员）"],
             ["把特色产业做成富民产业", "文／詹若川"], wrapped(P3, 20), wrapped(P5, 20), ["本版责编：许 宁"]]
    t = tables(page(parts, blank_lines))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["周建国"]), *([("延伸阅读", [])] if box else []),
        ("让县城承载更多人口和产业", ["纪远航"]), ("把特色产业做成富民产业", ["詹若川"])]
    assert t["articles"][-2]["text"].startswith(P4)


@pytest.mark.parametrize("later_heading", [[], ["推进产业融合发展"]])
def test_a_heading_over_a_text_under_an_author_note_on_a_page_titling_its_last_text_after_it_is_no_title(
        later_heading):
    """(qa109) The same text under an author note, opening with a heading line, on a page whose last text is titled and
    signed after it: the page prints its texts first, so the heading opens the text's first section, and the title and
    byline after the text's own note are its end title, not the head of the text after them."""
    parts = [["以数字化改革赋能基层治理", "纪远航"], wrapped(P1, 17, indent=0), wrapped(P2, 17, indent=0),
             ["（作者系某市委党校教授）"], ["坚持系统观念推进改革"], wrapped(P4, 17, indent=0), later_heading,
             wrapped(P6, 17, indent=0), ["（作者单位：某大学）"], ["守住耕地红线", "端牢中国饭碗", "詹若川 农民日报"],
             wrapped(P3, 17, indent=0), wrapped(P5, 17, indent=0), ["为新就业群体撑起“保护伞”"], ["蒋一帆 经济日报"]]
    t = tables(page(parts))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以数字化改革赋能基层治理", ["纪远航"]), ("守住耕地红线端牢中国饭碗", ["詹若川"]),
        ("为新就业群体撑起“保护伞”", ["蒋一帆"])]


@pytest.mark.parametrize("signature", [["武 岳", "（作者单位：某师范大学）"], ["柏振华", "（作者系某大学副教授）"]])
@pytest.mark.parametrize("closed", [False, True])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_an_article_signed_at_its_end_by_a_lone_name_over_an_author_note_is_no_section_of_the_one_before(
        signature, closed, blank_lines):
    # A theory page: an article titled and signed over its text, with unmarked section headings (and closed or
    # not by a note on its author), then a title with no byline under it, text, and a lone name over a note
    # on that name's author: the name signs the text over it, so the title over that text opens another
    # article (not the last section of the first), and the first keeps its sections.
    note = ["（作者系某市委党校教授）"] if closed else []
    t = tables(page([["以改革激发乡村活力", "某市委党校教授 周建国"], wrapped(P1, 20), ["健全城乡融合机制"],
                     wrapped(P2, 20), ["增强县域发展动能"], wrapped(P4, 20), note, ["拓宽生态产品价值实现路径"],
                     wrapped(P5, 20), wrapped(P6, 20), signature], blank_lines))
    name = signature[0].replace(" ", "")
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["周建国"]), ("拓宽生态产品价值实现路径", [name])]
    assert [s["heading"] for s in t["sections"]] == ["健全城乡融合机制", "增强县域发展动能"]


def test_a_lone_name_under_a_titles_subtitle_is_its_byline():
    # 钱慕白 under ——…: the byline of the article titled over it, not a heading joined to the title.
    t = tables(page([["以改革激发乡村活力", "——关于县域治理的几点思考", "钱慕白"], wrapped(P1, 20), wrapped(P2, 20),
                     ["（作者单位：某市委党校）"], ["拓宽生态产品价值实现路径", "周建国"], wrapped(P4, 18), wrapped(P6, 18)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["钱慕白"]), ("拓宽生态产品价值实现路径", ["周建国"])]
    assert not t["sections"]


@pytest.mark.parametrize("label", ["**延伸阅读**", "【相关阅读】", "**相关链接：**"])
def test_a_heading_under_a_further_reading_label_in_markdown_titles_another_article(label):
    t = tables("\n\n".join(["# 县域医共体建设如何打通最后一公里", P1, "## 基层接得住是关键", P2, "---", label,
                            "## 省卫生健康委：年内实现医共体全覆盖", P4]), name="roundtable.md")
    assert [a["title"] for a in t["articles"]] == ["县域医共体建设如何打通最后一公里", "省卫生健康委：年内实现医共体全覆盖"]
    assert [s["heading"] for s in t["sections"]] == ["基层接得住是关键"]
    assert t["articles"][1]["text"] == P4


@pytest.mark.parametrize("label, titles", [
    ("**推广**", ["县域医共体建设如何打通最后一公里", "健康守护计划开放预约"]),
    ("广告", ["县域医共体建设如何打通最后一公里", "健康守护计划开放预约"]),
    ("【推广】", ["县域医共体建设如何打通最后一公里", "健康守护计划开放预约"]),
    ("**推广城市医疗资源下沉**", ["县域医共体建设如何打通最后一公里"]),   # a heading that opens with the word
])
def test_a_heading_under_an_advertisement_label_in_markdown_titles_the_advertisement(label, titles):
    t = tables("\n\n".join(["# 县域医共体建设如何打通最后一公里", P1, "## 基层接得住是关键", P2, "---", label,
                            "## 健康守护计划开放预约", P4]), name="interview.md")
    assert [a["title"] for a in t["articles"]] == titles
    assert not any(label.strip("*【】") in a["text"] for a in t["articles"])
    assert t["articles"][-1]["text"].endswith(P4)


FRONT = "---\ntitle: 让小门店撑起大民生\ndate: 2025-09-03\n---"


@pytest.mark.parametrize("front, titles", [
    # the front matter titles the text before the first # heading, an article of its own
    (FRONT, ["让小门店撑起大民生", "秋享消费季好礼不停"]),
    # the front matter names the # heading's title: the text over it is no article (seed 002's pull quotes)
    (FRONT.replace("让小门店撑起大民生", "秋享消费季好礼不停"), ["秋享消费季好礼不停"]),
    ("", ["秋享消费季好礼不停"]),
])
def test_text_before_the_first_markdown_title_is_the_article_its_front_matter_titles(front, titles):
    metadata, text = front_matter("\n\n".join([front, P1, "## 便民生活圈建设提速扩面", P2, "# 秋享消费季好礼不停", P4]))
    t = document_tables(normalized_document(replace(raw(text, "post.md"), metadata=metadata)))
    assert [a["title"] for a in t["articles"]] == titles
    assert t["articles"][-1]["text"] == P4


@pytest.mark.parametrize("front_title, heading, title, column", [
    # (qa68) a short label as the first # heading, not the front matter title's words: the column, not the title
    ("关于加快县域托育服务发展的几点建议", "决策参考", "关于加快县域托育服务发展的几点建议", "决策参考"),
    ("关于加快县域托育服务发展的几点建议", "研究专报", "关于加快县域托育服务发展的几点建议", "研究专报"),
    # the heading is the front matter's title without its column, or a title of its own: the heading titles
    ("对话｜县域托育服务怎样托得起", "县域托育服务怎样托得起", "县域托育服务怎样托得起", None),
    ("托育服务", "托育服务怎样托得起托得好", "托育服务怎样托得起托得好", None),
])
def test_a_short_first_markdown_heading_under_front_matter_is_the_column_not_the_title(front_title, heading, title,
                                                                                          column):
    metadata, text = front_matter("\n\n".join([f"---\ntitle: {front_title}\n---", f"# {heading}", P1,
                                                "## 托位供给仍显不足", P2]))
    t = document_tables(normalized_document(replace(raw(text, "note.md"), metadata=metadata)))
    [a] = t["articles"]
    assert a["title"] == title and [s["heading"] for s in t["sections"]] == ["托位供给仍显不足"]
    assert a["text"] == P1 + "\n" + P2
    assert [r["text"] for r in t["residue"] if r["reason"] == "column label"] == ([column] if column else [])


@pytest.mark.parametrize("quote", ['> 一位店主说:"进货靠自己跑批发市场,利润很薄."', '一位店主说:"进货靠自己跑批发市场,利润很薄."'])
def test_a_markdown_paragraph_closed_by_a_straight_quote_is_not_run_into_the_next(quote):
    # (qa68) the quote closes its sentence: the paragraph under it, past a blank line, is one of its own
    t = tables("\n\n".join(["# 县域商业怎样补短板", P1, quote, P2]), name="note.md")
    assert t["articles"][0]["text"].split("\n") == [P1, '一位店主说："进货靠自己跑批发市场，利润很薄。"', P2]


def test_a_line_of_fields_over_the_first_markdown_title_dates_and_sources_its_article():
    t = tables("\n\n".join(["来源:南岭晚报  时间:2025-05-08 07:45", "# 托育服务怎样才能托得起托得好", P1, P2]),
               name="interview.md")
    [a] = t["articles"]
    assert (a["source"], str(a["published"]), a["text"]) == ("南岭晚报", "2025-05-08", P1 + "\n" + P2)
    assert not t["residue"]


@pytest.mark.parametrize("over, authors, in_residue", [
    # (qa168) a labelled byline among the fields over the first Markdown title signs the article under it
    (["来源:南岭晚报  时间:2025-05-08 07:45", "作者：本报记者 邱远航"], ["邱远航"], False),
    (["作者：邱远航", "来源:南岭晚报  时间:2025-05-08 07:45"], ["邱远航"], False),
    # a bare name over the title may sign a text cut off above it: not taken
    (["来源:南岭晚报  时间:2025-05-08 07:45", "邱远航"], [], True),
])
def test_a_labelled_byline_over_the_first_markdown_title_signs_its_article(over, authors, in_residue):
    t = tables("\n\n".join([*over, "# 托育服务怎样才能托得起托得好", P1, P2]), name="interview.md")
    [a] = t["articles"]
    assert a["authors"] == authors and a["text"] == P1 + "\n" + P2
    assert any("邱远航" in r["text"] for r in t["residue"]) is in_residue


def test_a_heading_after_a_rule_without_a_label_stays_a_section():
    t = tables("\n\n".join(["# 县域医共体建设如何打通最后一公里", P1, "---", "## 基层接得住是关键", P2]), name="note.md")
    assert [s["heading"] for s in t["sections"]] == ["基层接得住是关键"] and len(t["articles"]) == 1



@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_running_head_under_the_column_banner_is_no_line_of_fields_under_a_title(blank_after_every_line):
    """A page's column banner (经济经济 产业), then its running head (paper, date, weekday, page): the banner is
    no title with the head as its fields line, and the title under the head is the article's, not a section."""
    gap = [] if blank_after_every_line else [""]
    t = tables(page([[" 经济经济 产业", " 江宁日报 2026年6月2日 星期二 5"], gap, ["制造业智能化改造按下快进键"], gap,
                     wrapped(P1 + P2, 22, 0), gap, wrapped(P4 + P6, 22, 0), gap, ["（本报记者 龚 雪）"]],
                    blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["制造业智能化改造按下快进键"]
    assert t["sections"] == []
    assert "经济经济产业" in [r["text"] for r in t["residue"]]


@pytest.mark.parametrize("notice, split", [
    ("## 关于公开征集2025年老旧小区改造项目意见建议的公告", True),
    ("## 市住房和城乡建设局关于做好汛期房屋安全排查工作的通知", True),
    ("## 改完之后谁来管？", False),          # a question heading after a credit stays a section
])
def test_an_official_notice_heading_under_a_closing_credit_opens_an_article(notice, split):
    text = "\n\n".join(["# 老旧小区改造如何从面子走向里子", "**主持人:** 资金压力怎么化解?", P1,
                        "(本报记者 孟晓川 整理)", notice, P2, "市住房和城乡建设局", "2025年3月8日"]) + "\n"
    articles = tables(text, "interview.md")["articles"]
    assert len(articles) == (2 if split else 1)
    if split:
        assert articles[1]["title"] == notice.removeprefix("## ") and P2 in articles[1]["text"]


@pytest.mark.parametrize("credit, heading, split", [
    ("(本报记者 韩 雪 实习生 邱可欣)", "## 2025城市更新博览会下月开幕", True),   # an advertisement after the interview
    ("（本报记者 孟晓川）", "## 第三届社区规划师大赛启动", True),
    ("（本报记者 孟晓川）", "## 改完之后谁来管？", False),      # a question: the interview may go on
    ("本报记者 孟晓川", "## 第三届社区规划师大赛启动", False),   # a byline not in brackets closes nothing
    # (qa75) a thematic break between the credit and the heading closes nothing of its own
    ("（本报记者 孟晓川）\n\n---", "## 第三届社区规划师大赛启动", True),
    ("本报记者 孟晓川\n\n---", "## 第三届社区规划师大赛启动", False),
])
def test_a_heading_under_a_bracketed_credit_that_closes_the_text_opens_an_article(credit, heading, split):
    text = "\n\n".join(["# 老旧小区改造如何从面子走向里子", "**记者:** 资金压力怎么化解?", f"**郑海鸥:** {P1}",
                        credit, heading, P2, P4]) + "\n"
    articles = tables(text, "interview.md")["articles"]
    assert [a["title"] for a in articles] == ["老旧小区改造如何从面子走向里子", *([heading[3:]] if split else [])]
    assert (P2 in articles[-1]["text"]) and (P1 in articles[-1]["text"]) != split


def test_a_papers_english_title_under_its_chinese_title_is_front_matter_not_part_of_the_title():
    text = ("香港过渡性房屋政策的成效与局限：基于轮候家庭的调查分析\nAn Assessment of Transitional Housing Policy in Hong Kong\n"
            f"梁嘉欣\n一、引言\n{P1}\n{P2}\n")
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("香港过渡性房屋政策的成效与局限：基于轮候家庭的调查分析", ["梁嘉欣"])]
    assert "An Assessment of Transitional Housing Policy in Hong Kong" in [r["text"] for r in t["residue"]]


@pytest.mark.parametrize("fields", [["信息来源：县人社局　发布时间：2025-10-28 10:05"], []])
def test_a_web_pages_site_name_over_its_breadcrumb_is_no_line_of_the_title(fields):
    t = tables("\n".join(["宜宁县人民政府门户网站", "当前位置：首页>新闻动态>部门动态", "宜宁县出台十条措施支持返乡创业",
                          *fields, P1, P2]))
    assert [a["title"] for a in t["articles"]] == ["宜宁县出台十条措施支持返乡创业"]
    assert "宜宁县人民政府门户网站" in [r["text"] for r in t["residue"]]


@pytest.mark.parametrize("title", [["青山市人民政府办公室关于加强城市排水防涝工作的通知"],
                                   ["青山市人民政府办公室关于加强城市排水防涝", "工作的通知"]])
@pytest.mark.parametrize("chrome", [["当前位置：首页>政务公开>政策文件"], ["首页 | 政务公开 | 政务服务 | 互动交流"]])
def test_a_portals_name_over_its_chrome_and_file_fields_is_no_title_the_lines_under_the_fields_are(chrome, title):
    t = tables("\n".join(["青山市人民政府门户网站", *chrome, "索引号：11330400MB1928374X/2026-00011　发文机关：青山市人民政府办公室",
                          "成文日期：2026年03月02日　发布日期：2026年03月05日", *title, P1, "一、总体要求", P2]))
    assert [a["title"] for a in t["articles"]] == ["青山市人民政府办公室关于加强城市排水防涝工作的通知"]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]
    assert "青山市人民政府门户网站" in [r["text"] for r in t["residue"]]


@pytest.mark.parametrize("masthead", [["政策研究简报", "2025年第9期（总第52期） 2025年8月12日"],
                                      ["政策研究简报", "第9期", "长江经济研究中心 2025年8月12日"],
                                      # the publisher's name with the office it doubles as in brackets (qa235)
                                      ["决 策 要 报", "第 9 期", "中共某某市委政策研究室（改革办）编　　　2025年8月12日"],
                                      ["参 阅 件", "第 9 期", "某某市委全面深化改革委员会办公室（研究室）　　2025年8月12日"]])
def test_a_briefs_masthead_is_no_title_when_a_key_points_box_follows_the_title(masthead):
    t = tables("\n".join([*masthead, "关于完善流域横向生态保护补偿机制的建议", "核心观点", P1, "一、现行机制的主要问题", P2]))
    assert [a["title"] for a in t["articles"]] == ["关于完善流域横向生态保护补偿机制的建议"]
    assert [s["heading"] for s in t["sections"]] == ["核心观点", "现行机制的主要问题"]


@pytest.mark.parametrize("head, title", [
    ("湖湘智库 · 研究报告", "健全县域医疗卫生服务体系的对策研究"),      # a column path, its middle dot spaced: furniture
    ("关于进一步健全完善", "关于进一步健全完善健全县域医疗卫生服务体系的对策研究"),   # a title's first line
])
def test_a_column_path_with_a_spaced_middle_dot_is_no_line_of_the_title(head, title):
    t = tables("\n".join([head, "健全县域医疗卫生服务体系的对策研究", "湖湘大学健康政策研究院课题组", P1, "一、问题的提出", P2]))
    assert [a["title"] for a in t["articles"]] == [title]


@pytest.mark.parametrize("head, published", [
    (["自由时报 > 评论 > 自由广场", "2025/04/21 05:30"], "2025-04-21"),          # a date line over a titled op-ed (qa37)
    (["某某基金 | 政策研究", "发布日期：2025年6月10日"], "2025-06-10"),            # a brief's field line
    (["自由时报 > 评论 > 自由广场"], None),                                      # no line of fields: no date
])
def test_lines_of_fields_over_a_titled_and_signed_article_give_its_date(head, published):
    found = tables("\n\n".join(["\n".join(head), "能源转型不能只靠光电\n◎ 陈建宏", P1, P2]) + "\n")
    (article,) = found["articles"]
    assert article["title"] == "能源转型不能只靠光电"
    assert (str(article["published"]) if article["published"] else None) == published


# ---- qa36 (session 11)

@pytest.mark.parametrize("head, title", [
    (["理论前沿", "推进网络空间治理", "法治化的路径思考"], "推进网络空间治理法治化的路径思考"),   # a column label over two lines
    (["推进网络空间治理", "法治化的路径思考"], "推进网络空间治理法治化的路径思考"),
    (["理论前沿", "推进网络空间治理法治化"], "推进网络空间治理法治化"),
])
def test_the_lines_between_a_pages_standfirst_and_the_first_byline_all_head_the_first_article(head, title):
    # a theory page: the page's standfirst in a wider column, then the first article's head and text
    text = page([wrapped(INTRO, 30), head, ["东海大学法学院教授 沈 砚"], wrapped(P1, 20), wrapped(P4, 20),
                 wrapped(P2, 20), ["全面提升农业产业链供应链韧性", "何振宇"], wrapped(P6, 20), wrapped(P3, 20)])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        (title, ["沈砚"]), ("全面提升农业产业链供应链韧性", ["何振宇"])]
    assert INTRO in {r["text"] for r in t["residue"]}


@pytest.mark.parametrize("label, sections", [
    ("学习笔记", []),                                       # the column's label: residue
    ("把基层减负落到实处", ["把基层减负落到实处"]),             # too long for a label: the first heading
])
def test_a_short_line_between_a_sidebar_and_the_text_of_an_article_titled_at_its_end_is_its_column_label(
        label, sections):
    text = page([["以制度型开放推动高水平开放", "韩若溪"], wrapped(P1, 20), wrapped(P4, 20), wrapped(P5, 20),
                 ["名词解释"], wrapped(BOX, 14), [label], wrapped(P2, 20), wrapped(P6, 20), wrapped(P3, 20),
                 ["让夜间消费亮起来"], ["叶子衿"]])
    t = tables(text)
    last = t["articles"][-1]
    assert (last["title"], last["authors"]) == ("让夜间消费亮起来", ["叶子衿"])
    assert [s["heading"] for s in t["sections"] if s["article_id"] == last["article_id"]] == sections
    assert (label in {r["text"] for r in t["residue"]}) == (not sections)


NOTE_ON_ONE = "共同富裕是社会主义的本质要求。如何在高质量发展中扎实推进共同富裕？本文作者结合基层调研，提出了几点思考。"


@pytest.mark.parametrize("note, is_note", [
    (f"【编者按】{NOTE_ON_ONE}", True),
    (f"编者按：{NOTE_ON_ONE}", True),
    (NOTE_ON_ONE, False),          # unlabelled, in the article's column: the text of an article of its own
])
def test_an_editors_note_between_two_articles_over_the_title_and_byline_of_the_second_is_no_article(note, is_note):
    text = page([wrapped(P1, 20), wrapped(P4, 20), wrapped(P5, 20), ["培育壮大耐心资本", "助力科技创新"], ["作者：唐知远"],
                 ["（作者系北川财经大学金融学院教授）"], wrapped(note, 20), ["在高质量发展中", "扎实推进共同富裕"],
                 ["林望舒"], wrapped(P2, 20), wrapped(P6, 20)])
    t = tables(text)
    titled = [(a["title"], a["authors"]) for a in t["articles"] if a["title"]]
    assert titled == [("培育壮大耐心资本助力科技创新", ["唐知远"]), ("在高质量发展中扎实推进共同富裕", ["林望舒"])]
    assert (len(t["articles"]) == 2) == is_note
    # (reflow may part the note where a sentence ends at its column's edge: its rows, joined)
    assert (NOTE_ON_ONE in "".join(r["text"] for r in t["residue"] if r["reason"] == "editor's note")) == is_note


@pytest.mark.parametrize("note, is_note", [
    (f"编按：{NOTE_ON_ONE}", True),      # (qa203) the editors' words at the page's foot, under the last article
    (f"【编者按】{NOTE_ON_ONE}", True),
    (NOTE_ON_ONE, False),               # unlabelled: text
])
def test_an_editors_note_at_the_foot_of_the_page_under_the_last_article_is_no_article(note, is_note):
    text = page([["培育壮大耐心资本", "助力科技创新"], ["作者：唐知远"], wrapped(P1, 20), wrapped(P4, 20),
                 ["在高质量发展中", "扎实推进共同富裕"], ["林望舒"], wrapped(P2, 20), wrapped(P6, 20),
                 ["（作者系北川财经大学金融学院教授）"], wrapped(note, 20)])
    t = tables(text)
    assert all(NOTE_ON_ONE not in a["text"] for a in t["articles"]) == is_note
    assert (NOTE_ON_ONE in "".join(r["text"] for r in t["residue"] if r["reason"] == "editor's note")) == is_note


@pytest.mark.parametrize("note", ["（上接第1版）", "（上接第一版）", "（接A1版）"])
def test_a_title_over_a_note_that_the_article_comes_from_another_page_titles_the_part_printed_here(note):
    # a jump page (qa35): the article's title repeated over （上接第1版） and the rest of its text, then another article
    text = page([["4 要闻 2026年7月21日 星期一"], ["奋力谱写高质量发展新篇章", note], wrapped(P1, 20), wrapped(P4, 20),
                 ["社区治理新实践", "本报记者 施 雨"], wrapped(P2, 20)])
    t = tables(text)
    assert [(a["title"], a["text"]) for a in t["articles"]] == [
        ("奋力谱写高质量发展新篇章", "\n".join([P1, P4])), ("社区治理新实践", P2)]
    assert note in {r["text"] for r in t["residue"]}


def test_a_signed_piece_under_a_column_label_after_the_text_is_an_article_even_by_the_same_reporter():
    # a reporter's 记者手记 boxed after the report (qa35): label, title, text, signed （邓晓川） by the report's reporter
    text = page([["千亩良田铺展丰收新图景", "本报记者 邓晓川 实习生 罗 佳"], wrapped(P1, 20), wrapped(P4, 20),
                 ["记者手记", "良田要“建”更要“管”"], wrapped(P2, 16), wrapped(P6, 16), ["（邓晓川）"]],
                blank_after_every_line=True)
    t = tables(text)
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("千亩良田铺展丰收新图景", ["邓晓川", "罗佳"], "\n".join([P1, P4])),
        ("良田要“建”更要“管”", ["邓晓川"], "\n".join([P2, P6]))]


@pytest.mark.parametrize("head, first_authors", [
    (["全国夏粮收获过六成"], []),                         # an unsigned report: 简讯 under it signs nothing
    (["全国夏粮收获过六成", "本报记者 周宁远"], ["周宁远"]),
])
def test_the_label_over_news_in_brief_signs_no_article(head, first_authors):
    # 简讯 (qa35): a label over short items, each titled and opening with 本报讯; 简 is a surname, yet no name
    t = tables("\n".join([*head, P1, "简讯", "江北出台农田建设项目管理办法", "本报讯 " + P2,
                          "江北公布省级龙头企业名单", "本报讯 " + P4]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("全国夏粮收获过六成", first_authors), ("江北出台农田建设项目管理办法", []), ("江北公布省级龙头企业名单", [])]
    assert "简讯" in [r["text"] for r in t["residue"]]


@pytest.mark.parametrize("note, in_text", [
    ("（作者单位：某省社会科学院经济研究所）", False), ("作者单位：某大学经济学院", False),   # the byline's affiliation
    ("（本文系某基金项目阶段性成果）", True),                                            # no affiliation: a note of the text
])
def test_an_affiliation_note_over_the_byline_that_closes_a_web_article_is_front_matter(note, in_text):
    # A web article titled at its head, its text, then the authors' affiliation over their byline (作者：…), the
    # other way round from an affiliation under the byline: the note is no paragraph of the text (qa41).
    t = tables(page([["以数字化转型赋能中小企业高质量发展"], [P1, P2, P4], [note, "作者：宋立远　韩晓青"]]))
    (article,) = t["articles"]
    assert article["authors"] == ["宋立远", "韩晓青"]
    assert (note in article["text"]) is in_text


@pytest.mark.parametrize("writers, authors", [
    ("执笔人：马致远　邵佳宁", ["某某研究中心农村经济研究部课题组"]),   # the group's writers after its text
    ("执笔：马致远", ["某某研究中心农村经济研究部课题组"]),
])
def test_the_writers_named_after_a_groups_report_are_no_further_authors(writers, authors):
    # A think-tank report signed by a group under its title, its text, then who wrote it up (执笔人：…): the group is the
    # author, as with a bracketed （执笔：…） note; writers named at the head under the group sign with it (qa41).
    t = tables(page([["健全城乡统一的建设用地市场研究", "某某研究中心农村经济研究部课题组"], [P1, P2, P4], [writers]]))
    assert [a["authors"] for a in t["articles"]] == [authors]
    t = tables(page([["健全城乡统一的建设用地市场研究", "某某研究中心农村经济研究部课题组", writers], [P1, P2, P4]]))
    assert [a["authors"] for a in t["articles"]] == [authors + writers.split("：")[1].split("　")]


@pytest.mark.parametrize("masthead", [
    ["智库要报", "第9期", "某某研究院　　　　2025年8月12日"],
    ["政策参考", "2025年第3期（总第41期）", "某某大学区域发展研究院　　　　2025年3月2日"],
])
def test_a_masthead_over_a_title_with_stacked_bylines_is_no_section(masthead):
    # A brief's masthead, its title, then the group's byline and its writers' line stacked under it: every byline signs
    # the article, and the masthead's name stays furniture, no heading of the text (qa80).
    t = tables(page([masthead, [""], ["关于加快发展银发经济的几点建议", "某某研究院社会发展研究所课题组", "执笔：董立群　孔繁宇"],
                     [P1, "一、基本情况", P2, "二、对策建议", P4]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("关于加快发展银发经济的几点建议", ["某某研究院社会发展研究所课题组", "董立群", "孔繁宇"])]
    assert not [s for s in t["sections"] if s["heading"] == masthead[0]]


@pytest.mark.parametrize("unit", ["某某市社会科学院农村发展研究所", "某某大学区域发展研究院", "某某省发展研究中心"])
def test_a_research_units_line_under_a_notes_title_is_no_title_line(unit):
    # A brief's note titled, its research unit alone under the title (no names after it), its writers under the text
    # (执笔：…): the unit's line is front matter, neither the title's last line nor glued to it by the wrap (qa80).
    t = tables(page([["关于盘活农村闲置宅基地的几点建议", unit], [P1 + P2, P4], ["执笔：董立群　孔繁宇"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("关于盘活农村闲置宅基地的几点建议", ["董立群", "孔繁宇"])]


@pytest.mark.parametrize("label", ["本期要目", "本期目录"])
def test_a_briefs_list_of_its_notes_is_contents_over_the_first_notes_title(label):
    # A brief's masthead, the list of the issue's notes (本期要目 / 1.… / 2.…), then each note under its own title: the
    # list is furniture, neither the first note's title nor its numbered items (qa80).
    first, second = "关于加快发展银发经济的几点建议", "以数字化转型赋能中小企业发展"
    t = tables(page([["智库专报", "第7期", "某某研究院编　　　　2025年3月18日"], [""], [label, f"1.{first}", f"2.{second}"], [""],
                     [first], [""], [P1, P2], ["执笔：董立群"], [""], [second], [""], [P4, P6], ["执笔：孔繁宇"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(first, ["董立群"]), (second, ["孔繁宇"])]
    assert not t["measures"]


@pytest.mark.parametrize("label, title", [
    ("【专家观点】", "如何看待县域商业的新变化"),              # the article's own part label under its editor's note
    ("【观点摘编】", "如何看待县域商业的新变化"),
])
def test_a_bracketed_label_under_an_editors_note_titles_nothing(label, title):
    # A brief titled over its editor's note (【编者按】…), then a bracketed label over the experts' views: the label opens
    # a part of the same article, the note is the article's, and the title over the note stays its title (qa80).
    t = tables(page([["智库要报", "2025年第9期（总第41期）", "某某研究院　　　　2025年8月12日"], [""], [title],
                     ["【编者按】" + P4], [label], [P1, P2], ["（整理：董立群）"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, ["董立群"])]


@pytest.mark.parametrize("head, authors", [
    (["某某研究院课题组", "（执笔：董立群）"], ["某某研究院课题组", "董立群"]),   # a group's byline, its writers in brackets
    (["张三　李四", "（执笔人：董立群）"], ["张三", "李四", "董立群"]),
    (["某某研究院课题组", "执笔人：董立群"], ["某某研究院课题组", "董立群"]),     # unbracketed: a byline line already
])
def test_a_writers_note_under_a_byline_at_the_head_signs_the_article(head, authors):
    # A think-tank note's title, its byline and under it a bracketed note of its writers (（执笔：…）): at the head the
    # note is a byline line, not an author note closing an article before, which would leave title and byline
    # unattached (qa41).
    t = tables(page([["关于加快发展银发经济的几点建议", *head], [P1, P2, P4]]))
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("关于加快发展银发经济的几点建议", authors, "\n".join([P1, P2, P4]))]


@pytest.mark.parametrize("head, title, authors", [
    (["关于加快发展银发经济的几点建议", "国务院发展研究中心社会发展研究部", "董立群　孔繁宇"], "关于加快发展银发经济的几点建议",
     ["董立群", "孔繁宇"]),                                                         # the research body over the names
    (["关于加快发展银发经济的几点建议", "某省社会科学院经济研究所", "作者：董立群"], "关于加快发展银发经济的几点建议", ["董立群"]),
    (["以改革创新推动建设", "世界一流大学", "董立群"], "以改革创新推动建设世界一流大学", ["董立群"]),   # a title's last line
])
def test_a_research_bodys_name_between_title_and_byline_is_no_title_line(head, title, authors):
    # A think-tank note: its title, the authors' research body on a line of its own, then their names: the body is
    # their affiliation, not the title's second line (qa41).
    t = tables(page([head, [P1, P2, P4]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, authors)]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("signature", ["江宁省东川市 读者 邵庆和", "湖西县柳塘镇 邵庆和"])
def test_readers_letters_signed_with_a_place_before_the_name_are_articles_of_their_own(blank_after_every_line,
                                                                                       signature):
    # (qa40) each letter titled over its text and signed under it, the writer's place first
    text = page([["北川日报 2026年6月17日 星期三 8 读者之声", "来信选登", "老旧小区加装电梯还需多些“加速度”"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), [signature],
                 ["乡村客运班车能否再多几趟"], wrapped(P4, 20, indent=0), ["湖西县柳塘镇 卢晓梅"]], blank_after_every_line)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("老旧小区加装电梯还需多些“加速度”", ["邵庆和"]), ("乡村客运班车能否再多几趟", ["卢晓梅"])]
    assert [a["text"] for a in t["articles"]] == [P1 + "\n" + P2, P4]


BRIEFS = [("西岭县茶叶出口额同比增长三成", P4), ("东江港开通至东盟冷链集装箱航线", P6)]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label, briefs, split", [
    (["经济简讯"], BRIEFS, True),               # a label, then short titled unsigned items: articles of their own
    (["经 济 简 讯"], BRIEFS, True),            # the label letter-spaced (qa281)
    (["简 讯"], BRIEFS, True),                  # a two-character label letter-spaced: no name 简讯 (qa281)
    ([], BRIEFS, False),                        # no label: headings of the article (the kind of known miss 183)
    (["经济简讯"], BRIEFS[:1], False),          # one titled text under a label: a section, not a column of briefs
    (["经济简讯"], [("加强园区平台建设，提升承载能力", P4), BRIEFS[1]], False),   # a clause: no item title
    (["经济简讯"], [(BRIEFS[0][0], P4 + P5 + P6 + P1), BRIEFS[1]], False),        # long: a section, no brief
])
def test_titled_unsigned_items_under_a_columns_label_are_briefs(blank_after_every_line, label, briefs, split):
    parts = [["县域特色产业如何走向“专而强”", "本报记者 韩启明"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), label]
    for title, text in briefs:
        parts += [[title], wrapped(text, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    titles = [a["title"] for a in t["articles"]]
    if split:
        assert titles == ["县域特色产业如何走向“专而强”", *[title for title, _ in briefs]]
        assert [a["authors"] for a in t["articles"]] == [["韩启明"], [], []]
        assert "".join(label[0].split()) in ["".join(r["text"].split()) for r in t["residue"]]
    else:
        assert titles == ["县域特色产业如何走向“专而强”"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_briefs_under_a_label_after_an_article_signed_at_its_end_are_articles_of_their_own(blank_after_every_line):
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["任思远 经济日报", "乡村动态"]]
    for title, text in BRIEFS:
        parts += [[title], wrapped(text, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["任思远"]), (BRIEFS[0][0], []), (BRIEFS[1][0], [])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label, split", [("来论", True), ("", False)])
def test_a_text_under_a_columns_label_after_a_signed_article_takes_the_title_and_byline_after_it(
        blank_after_every_line, label, split):
    # (qa40) an article signed at its head, a column's label, then text printed before its title and byline; without
    # the label nothing tells where the second text starts (known miss 114)
    parts = [["以“小切口”推动基层治理“大提升”", "■ 郑书航（东海省委党校教授）"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             [label] if label else [], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["让数据多跑路", "让群众少跑腿", "作者：庞亦然"],
             ["加强新就业形态劳动者权益保障", "■ 姚 蕾"], wrapped(P5, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("以“小切口”推动基层治理“大提升”", ["郑书航"]), ("让数据多跑路让群众少跑腿", ["庞亦然"]),
                       ("加强新就业形态劳动者权益保障", ["姚蕾"])]
        assert t["articles"][1]["text"] == P4 + "\n" + P6
    else:
        assert got[0] != ("以“小切口”推动基层治理“大提升”", ["郑书航"]) or len(got) != 3 or \
            t["articles"][1]["text"] != P4 + "\n" + P6


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("乔岩推动农村寄递物流", ["乔岩"], "推动农村寄递物流提质降本"),    # a name glued to the next title (qa40)
    ("柯远航 东海职业技术大学推动农村寄递物流", ["柯远航"], "推动农村寄递物流提质降本"),   # name and institution
])
def test_a_byline_glued_to_the_next_title_between_two_texts_signs_the_text_before(blank_after_every_line, glued,
                                                                                  authors, title):
    parts = [["三农评论"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["让高标准农田", "“高”在实处", glued, "提质降本"],
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["任思远 经济日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", authors), (title, ["任思远"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_heading_under_its_kicker_that_opens_with_a_surname_is_no_glued_byline(blank_after_every_line):
    # 高效率促进…: 高 is a surname and 促进 may open a title, but the line ends its run (seed 001's kind): a section
    parts = [["以良好科创生态激发创新活力", "□ 王静怡"], wrapped(P1, 20, indent=0), ["强化全要素保障", "高效率促进科技创新供需适配"],
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("以良好科创生态激发创新活力", ["王静怡"])]



@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("乔岩推动农村寄递物流提质降本", ["乔岩"], "推动农村寄递物流提质降本"),
    ("柯远航让乡村快递跑出加速度", ["柯远航"], "让乡村快递跑出加速度"),
])
def test_a_glued_byline_ending_its_run_under_a_two_line_end_title_signs_the_text_before(blank_after_every_line, glued,
                                                                                        authors, title):
    # (qa70) the next title on one line, its text right under it: the glued line is the run's last
    parts = [["三农评论"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["让高标准农田", "“高”在实处", glued],
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["任思远 经济日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", authors), (title, ["任思远"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_one_line_title_over_a_two_line_heading_opening_with_a_surname_is_no_glued_byline(blank_after_every_line):
    # a run of two lines under one title line: the last line is a heading's wrap, not a glued byline
    parts = [["以良好科创生态激发创新活力", "□ 王静怡"], wrapped(P1, 20, indent=0), ["强化全要素保障", "高效率促进科技创新供需适配"],
             wrapped(P4, 20, indent=0), ["夯实人才根基"], wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("以良好科创生态激发创新活力", ["王静怡"])]


# ---- qa39: boxes set apart from the articles of a narrow-column theory page

GLOSSARY = "城市生命线工程：指维系城市正常运行、满足群众生产生活需要的基础设施，主要包括供水、排水、燃气、电力、通信、桥梁等。"


@pytest.mark.parametrize("box_width, is_box", [(13, True), (12, True), (17, False)])
def test_a_labelled_box_a_little_narrower_than_the_text_at_its_end_is_no_section(box_width, is_box):
    text = page([["把韧性城市建设", "摆在突出位置", "□ 柯文远 蒋立群"], hung(P1, 17), ["强化风险意识"], hung(P2, 17), hung(P4, 17),
                 ["名词解释"], hung(GLOSSARY, box_width), ["以数字技术赋能", "城市精细化治理", "郑牧之"], hung(P6, 20), hung(P5, 20)])
    t = tables(text)
    first = t["articles"][0]["article_id"]
    headings = [s["heading"] for s in t["sections"] if s["article_id"] == first]
    assert ("名词解释" in headings) is not is_box
    assert (GLOSSARY in t["articles"][0]["text"]) is not is_box


@pytest.mark.parametrize("box_width, is_box", [(16, True), (20, False)])
@pytest.mark.parametrize("label", ["相关链接", "【知识链接】"])
def test_a_labelled_box_in_a_narrower_column_amid_a_text_is_a_piece_of_its_own(box_width, is_box, label):
    """qa146: a box of further reading set narrower than the text between two of its sections, the text going on in
    its column after it: the box's paragraph is no part of the article, which keeps its sections on both sides."""
    box = "截至去年底，全国已建成县级物流配送中心1200余个、乡镇商贸中心3900余个，乡镇快递网点覆盖率超过98%。"
    t = tables(page([["以县域商业体系建设扩大内需", "◎ 柯文远"], wrapped(P1, 20, 0), ["A 补齐流通短板"], wrapped(P2, 20, 0),
                     [label], wrapped(box, box_width, 0), ["B 培育消费场景"], wrapped(P4, 20, 0)], True))
    first = t["articles"][0]
    headings = [x["heading"] for x in t["sections"] if x["article_id"] == first["article_id"]]
    assert headings == ["补齐流通短板", "培育消费场景"]
    assert P4 in first["text"]
    assert (box in first["text"]) is not is_box
    if is_box:
        assert [(a["title"], a["text"]) for a in t["articles"][1:]] == [(label.strip("【】"), box)]


def test_lines_over_an_unsigned_articles_text_under_the_pages_standfirst_are_its_title():
    """A page opens with a standfirst set across the page, then an article's title over its text, and the article is
    signed only by a note at its end (the next page's article titled and signed after its text): the lines under the
    standfirst title it; they open no section (qa67)."""
    note = "（作者：柯文远 蒋立群，分别系西岭大学经济学院教授、副教授）"
    t = tables(page([["第5版 理论 2026年3月3日 星期二"], hung(P6 + P5, 46), ["把韧性城市建设", "摆在突出位置"],
                     hung(P1, 17), ["一、强化风险意识"], hung(P2, 17), ["二、补齐设施短板"], hung(P4, 17), [note],
                     ["本版责编：孟 捷", "第6版 理论 2026年3月3日 星期二"], hung(P3, 20), hung(P5, 20),
                     ["以数字技术赋能", "城市精细化治理", "□ 郑牧之"]]))
    first = t["articles"][0]
    assert (first["title"], first["authors"]) == ("把韧性城市建设摆在突出位置", ["柯文远", "蒋立群"])
    headings = [s["heading"] for s in t["sections"] if s["article_id"] == first["article_id"]]
    assert headings == ["强化风险意识", "补齐设施短板"]
    assert [(a["title"], a["authors"]) for a in t["articles"][1:]] == [("以数字技术赋能城市精细化治理", ["郑牧之"])]


@pytest.mark.parametrize("head", ["第6版 理论 2026年3月3日 星期二", "6 理论周刊 2026年3月3日 星期二"])
def test_a_page_head_amid_the_text_ends_the_article_before_it(head):
    """A second page glued under the first (its running head amid the text): the article titled and signed at the first
    page's head ends there, and the next page's text is another article, titled and signed after it (qa67)."""
    t = tables(page([["第5版 理论 2026年3月3日 星期二"], ["把韧性城市建设", "摆在突出位置", "□ 柯文远"], hung(P1, 17),
                     ["一、强化风险意识"], hung(P2, 17), ["二、补齐设施短板"], hung(P4, 17), ["本版责编：孟 捷", head],
                     hung(P3, 20), ["推动改革落地"], hung(P5, 20), ["以数字技术赋能", "城市精细化治理", "□ 郑牧之"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("把韧性城市建设摆在突出位置", ["柯文远"]),
                                                                   ("以数字技术赋能城市精细化治理", ["郑牧之"])]
    assert [a["text"].startswith(p) for a, p in zip(t["articles"], (P1, P3))] == [True, True]


QUESTION = "问：什么是城市生命线工程？"
ANSWER = "答：指维系城市正常运行、满足群众生产生活需要的供水、排水、燃气、电力、通信、桥梁等基础设施。"


@pytest.mark.parametrize("end_title", [False, True])
@pytest.mark.parametrize("asked_before, is_box", [(False, True), (True, False)])
def test_a_labelled_box_of_questions_and_answers_at_the_texts_end_is_no_section(end_title, asked_before, is_box):
    """A label over paragraphs 问：… / 答：… at the end of an article's text, set as wide as the text, is a box of its own
    (qa67); an article whose text asks and answers so before (an interview) keeps them as its last section."""
    first = [hung(QUESTION, 17), hung(ANSWER, 17)] if asked_before else []
    head = [["把韧性城市建设", "摆在突出位置", "□ 柯文远"]]
    body = [hung(P1, 17), *first, ["强化风险意识"], hung(P2, 17), hung(P4, 17), ["理论热点问答"], hung(QUESTION, 16),
            hung(ANSWER, 16)]
    parts = [*body, *head] if end_title else [*head, *body]
    t = tables(page([*parts, ["以数字技术赋能", "城市精细化治理", "郑牧之"], hung(P6, 20), hung(P5, 20)]))
    art = next(a for a in t["articles"] if P1 in a["text"])
    headings = [s["heading"] for s in t["sections"] if s["article_id"] == art["article_id"]]
    assert ("理论热点问答" in headings) is not is_box
    assert (ANSWER in art["text"]) is not is_box
    assert art["title"] == "把韧性城市建设摆在突出位置"


@pytest.mark.parametrize("turns, is_box", [
    ([], True),
    # (qa205) an interview set 记者：/某某： before the heading, going on as 问：/答： under it: its last section
    (["记者：城市生命线工程建设进展如何？", "柯文远：总体进展顺利，重点管网改造已完成七成。",
      "记者：下一步有哪些打算？", "柯文远：重点是补齐地下管网监测短板。"], False),
    # one speaker's label only: no interview, the box is a piece of its own
    (["记者：城市生命线工程建设进展如何？"], True),
])
def test_a_qa_box_under_an_interview_set_with_speakers_labels_is_its_section(turns, is_box):
    """问：/答： paragraphs under a heading at the end of an interview whose turns were labelled 记者：/某某： before it are
    the interview going on, not a box of its own (qa205)."""
    body = [hung(P1, 17), *[hung(u, 17) for u in turns], hung(P2, 17), ["下一步怎么走"], hung(QUESTION, 17),
            hung(ANSWER, 17)]
    t = tables(page([["把韧性城市建设", "摆在突出位置", "□ 柯文远"], *body]))
    art = next(a for a in t["articles"] if P1 in a["text"])
    assert (ANSWER in art["text"]) is not is_box


@pytest.mark.parametrize("asked_later, is_box", [(False, True), (True, False)])
def test_a_labelled_box_of_questions_and_answers_over_an_articles_text_is_no_part_of_it(asked_later, is_box):
    """The same box set over the text of an article titled and signed after it (the page's first article, under its
    standfirst): a piece of its own, the text under it the article's (qa67); an interview's questions go on below."""
    later = [hung(QUESTION, 17), hung(ANSWER, 17)] if asked_later else []
    t = tables(page([["第5版 理论 2026年3月3日 星期二"], hung(P6 + P5, 46), ["理论热点问答"], hung(QUESTION, 16),
                     hung(ANSWER, 16), hung(P1, 17), ["强化风险意识"], hung(P2, 17), *later, hung(P4, 17),
                     ["把韧性城市建设", "摆在突出位置", "□ 柯文远"], ["以数字技术赋能", "城市精细化治理", "□ 郑牧之"],
                     hung(P3, 20), hung(P5, 20)]))
    art = next(a for a in t["articles"] if P1 in a["text"])
    assert art["title"] == "把韧性城市建设摆在突出位置"
    assert art["text"].startswith(P1) is is_box
    assert any(a["title"] == "理论热点问答" for a in t["articles"]) is is_box


@pytest.mark.parametrize("lead_lines", [1, 2])
def test_a_pages_topic_box_over_the_first_article_leaves_it_its_title_lines(lead_lines):
    lead = "树立大食物观，是保障国家粮食安全的重要理念。如何构建多元化食物供给体系？怎样向森林、江河湖海要食物？本期刊发两篇文章，敬请关注。"
    lead_set = [lead] if lead_lines == 1 else [lead[:52], lead[52:]]
    text = page([[" 理论视野", " 本期话题", "践行大食物观 构建多元食物供给体系", *lead_set, " 学思践悟", "向森林要食物", "拓展食物来源新空间",
                  "□ 林晓阳"], hung(P1, 16), ["摸清资源底数"], hung(P2, 16), hung(P4, 16),
                 ["向江河湖海要食物", "牛志远"], hung(P6, 20), hung(P5, 20)])
    t = tables(text)
    assert [a["title"] for a in t["articles"]] == ["向森林要食物拓展食物来源新空间", "向江河湖海要食物"]
    assert not any("本期刊发" in a["text"] for a in t["articles"])


# ---- qa44: newspaper commentary pages

@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_lone_line_opening_with_a_glued_name_on_a_page_signed_at_the_end_splits_the_texts(blank_after_every_line):
    # the page signs each piece after its text and titles it at its head (任思远 经济日报 / next title): a lone line
    # between two texts that opens with a name glued to a title is the next such boundary, not a section heading
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), ["任思远 经济日报", "推动农村寄递物流提质降本"],
             wrapped(P2, 20, indent=0), wrapped(P4, 20, indent=0), ["乔岩以数字技术赋能乡村治理"], wrapped(P6, 20, indent=0),
             ["柯远航 经济日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["任思远"]), ("推动农村寄递物流提质降本", ["乔岩"]), ("以数字技术赋能乡村治理", ["柯远航"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_lone_line_of_a_broken_paragraph_is_no_glued_signature(blank_after_every_line):
    # 高校与科研院所、…: a paragraph's line set apart from its neighbours; 高校 might be a name and 与 open a title, but
    # the line parts items (、): the text runs on
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), ["任思远 经济日报", "推动农村寄递物流提质降本"],
             wrapped(P2, 20, indent=0), ["高校与科研院所、中介服务组织、政府部"], wrapped(P6, 20, indent=0), ["柯远航 经济日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["任思远"]), ("推动农村寄递物流提质降本", ["柯远航"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_lone_line_opening_with_a_surname_in_a_text_signed_at_its_head_stays_in_it(blank_after_every_line):
    # the same line in a text signed at its head (no signature-then-title boundary before it): not split off
    parts = [["让高标准农田“高”在实处", "■ 任思远"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             ["高效率促进科技创新供需适配"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让高标准农田“高”在实处", ["任思远"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("signature", ["本报编辑部", "本报评论员"])   # the paper signs alone: the name under it is a label
def test_a_short_name_under_the_papers_signature_is_the_next_titles_column_label(blank_after_every_line, signature):
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), [signature, "来论",
             "推动农村寄递物流提质降本"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["柯远航 经济日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]][1:] == [("推动农村寄递物流提质降本", ["柯远航"])]
    assert t["articles"][0]["title"] == "让高标准农田“高”在实处"
    assert "来论" in [r["text"] for r in t["residue"]]


# ---- qa45: newspaper pages, short texts in columns of their own width

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("任思远稳步推进县域商业体系建设", ["任思远"], "稳步推进县域商业体系建设"),   # an adverb opening the next title
    ("任思远 经济日报扎实推进县域商业体系建设", ["任思远"], "扎实推进县域商业体系建设"),   # a paper's name too
])
def test_a_short_text_in_a_wider_column_titled_after_it_takes_the_byline_glued_to_the_next_title(
        blank_after_every_line, glued, authors, title):
    # a text of one paragraph set wider than the next article, after an earlier one, is no page standfirst: its
    # title and byline follow it (only the page's first span can be its standfirst)
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["柯远航 经济日报"],
             wrapped(P4, 30, indent=0), ["推动农村寄递物流", "提质降本", glued, "乔 岩"], wrapped(P6, 18, indent=0),
             wrapped(P5, 18, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["柯远航"]), ("推动农村寄递物流提质降本", authors), (title, ["乔岩"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("next_title", [["推动农村寄递物流提质降本"], []])
def test_an_untitled_first_text_in_another_column_titled_and_signed_after_it_is_no_standfirst(blank_after_every_line,
                                                                                              next_title):
    # title lines, a byline, then the next title: the first text is titled after it (with no title line after the
    # byline, the lines over it are the next article's head and the text is the page's standfirst)
    parts = [["三农评论"], wrapped(P1, 30, indent=0), ["让高标准农田“高”", "在实处", "柯远航 经济日报", *next_title],
             wrapped(P4, 18, indent=0), wrapped(P6, 18, indent=0), wrapped(P2, 18, indent=0), ["乔岩 光明日报"]]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if next_title:
        assert got == [("让高标准农田“高”在实处", ["柯远航"]), ("推动农村寄递物流提质降本", ["乔岩"])]
    else:
        assert got[-1][0] == "让高标准农田“高”在实处"


# ---- qa46 (session 12): an untitled text right under another text's author note

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("next_title", [["为新就业群体", "撑起“保护伞”"], ["为新就业群体撑起“保护伞”"]])
def test_an_untitled_text_under_an_author_note_takes_the_title_and_byline_after_it(blank_after_every_line,
                                                                                  next_title):
    # a text titled and signed at its head ends with its author note; the text under it, untitled, is printed text
    # first: the title and byline after it are its own, not the head of the text after them, which is titled and
    # signed at its end in turn
    parts = [["以数字化改革赋能基层治理", "纪远航"], wrapped(P1, 17, indent=0), wrapped(P2, 17, indent=0),
             ["（作者系某市委党校教授）"], wrapped(P4, 17, indent=0), wrapped(P6, 17, indent=0),
             ["守住耕地红线", "端牢中国饭碗", "詹若川 农民日报"], wrapped(P3, 17, indent=0), wrapped(P5, 17, indent=0),
             next_title, ["蒋一帆 经济日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以数字化改革赋能基层治理", ["纪远航"]), ("守住耕地红线端牢中国饭碗", ["詹若川"]),
        ("".join(next_title), ["蒋一帆"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_text_under_an_author_note_keeps_its_signature_glued_to_the_next_title(blank_after_every_line):
    # the last title line opens with the text's signature glued to the next title: the lines over it close the text
    parts = [["以数字化改革赋能基层治理", "纪远航"], wrapped(P1, 17, indent=0), wrapped(P2, 17, indent=0),
             ["（作者系某市委党校教授）"], wrapped(P4, 17, indent=0), wrapped(P6, 17, indent=0),
             ["守住耕地红线", "端牢中国饭碗", "詹若川推动新就业群体权益保障", "蒋一帆"], wrapped(P3, 17, indent=0),
             wrapped(P5, 17, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以数字化改革赋能基层治理", ["纪远航"]), ("守住耕地红线端牢中国饭碗", ["詹若川"]),
        ("推动新就业群体权益保障", ["蒋一帆"])]


# ---- qa47: theory pages, a third article titled at its head after one titled at its head; boxes

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("heading", ["抓统筹", "重在落细落实"])   # as long as the name (no motto word), or longer
def test_a_title_and_byline_after_a_text_signed_at_its_head_then_a_short_heading_open_the_next_article(
        blank_after_every_line, heading):
    parts = [["让高标准农田“高”在实处", "柯远航"], wrapped(P1, 18, indent=0), wrapped(P2, 18, indent=0),
             ["推动农村寄递物流提质降本", "任思远", heading], wrapped(P4, 22, indent=0), ["重精细"], wrapped(P6, 22, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["柯远航"]), ("推动农村寄递物流提质降本", ["任思远"])]
    assert [s["heading"] for s in t["sections"] if s["article_id"] == t["articles"][1]["article_id"]] == [heading, "重精细"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_motto_set_one_word_a_line_over_a_heading_is_still_no_byline(blank_after_every_line):
    # 明理 / 笃行 over a section heading: words of a motto, under no title line
    parts = [["让高标准农田“高”在实处", "柯远航"], wrapped(P1, 18, indent=0), ["明理", "笃行", "夯实耕地根基"],
             wrapped(P2, 18, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让高标准农田“高”在实处", ["柯远航"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("signature", ["北川市委党校课题组", "柯远航"])
def test_a_byline_glued_to_the_title_after_an_end_printed_title_and_byline_signs_the_next_article(
        blank_after_every_line, signature):
    # text titled at its end, its title and byline, then the next title with its own byline glued to it and the next
    # text's first heading
    parts = [wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0),
             ["让高标准农田“高”在实处", signature, "任思远推动农村寄递物流提质降本", "抓落实"], wrapped(P4, 18, indent=0), ["重精细"], wrapped(P6, 18, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", [signature]), ("推动农村寄递物流提质降本", ["任思远"])]
    assert [s["heading"] for s in t["sections"] if s["article_id"] == t["articles"][1]["article_id"]] == ["抓落实", "重精细"]


LINK_BOX = "知识链接：高标准农田是指田块平整、集中连片、设施完善、节水高效、宜机作业的耕地。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("box, width, is_box", [
    ([LINK_BOX], 10, True),                                           # labelled paragraph in a narrow column
    (["名词解释", LINK_BOX.removeprefix("知识链接：")], 10, True),        # the label on a line of its own
    ([LINK_BOX], 22, False),                                          # the text's own width: text
])
def test_a_labelled_box_in_a_narrower_column_before_the_end_printed_title_stays_out_of_the_text(
        blank_after_every_line, box, width, is_box):
    lines = [box[0]] if len(box) == 2 else []
    parts = [wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0), ["（课题组成员：北川市委党校乔岩、任思远）"],
             lines, wrapped(box[-1], width, indent=0), ["让高标准农田“高”在实处", "北川市委党校课题组"],
             ["推动农村寄递物流提质降本", "柯远航"], wrapped(P4, 18, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    if is_box:
        first = t["articles"][0]
        assert (first["title"], first["authors"]) == ("让高标准农田“高”在实处", ["北川市委党校课题组"])
    assert any("高标准农田是指" in a["text"] for a in t["articles"]) is not is_box


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_labelled_box_amid_a_text_titled_at_its_end_does_not_cut_it(blank_after_every_line):
    parts = [wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0), ["名词解释"],
             wrapped(LINK_BOX.removeprefix("知识链接："), 12, indent=0), wrapped(P4, 22, indent=0), wrapped(P6, 22, indent=0),
             ["让高标准农田“高”在实处", "柯远航"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让高标准农田“高”在实处", ["柯远航"])]
    assert P1[:20] in t["articles"][0]["text"] and P6[-20:] in t["articles"][0]["text"]
    assert "高标准农田是指" not in t["articles"][0]["text"]


# ---- qa51 (session 12): newspaper pages

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("乔岩以数字技术赋能乡村治理", ["乔岩"], "以数字技术赋能乡村治理"),
    ("乔岩 经济日报推动农村寄递物流提质降本", ["乔岩"], "推动农村寄递物流提质降本"),
    ("乔岩 大公报发展农村寄递物流新业态", ["乔岩"], "发展农村寄递物流新业态"),    # 大公报, no name (qa86)
])
def test_a_one_line_end_title_over_a_glued_byline_titles_the_text_before(blank_after_every_line, glued, authors, title):
    # a text printed before its title, after a piece signed under its text: its title is one line, the line under it
    # opens with its signature glued to the next title, over that title's own byline
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["柯远航 经济日报"],
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["为县域发展注入新动能", glued, "任思远"],
             wrapped(P5, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["柯远航"]), ("为县域发展注入新动能", authors), (title, ["任思远"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_two_line_title_over_a_byline_after_an_untitled_text_stays_the_next_title(blank_after_every_line):
    # no glued signature: the two lines are the next article's title, not an end title and a title
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), ["柯远航 经济日报"], wrapped(P4, 20, indent=0),
             ["为县域发展", "注入新动能", "任思远"], wrapped(P5, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [a["title"] for a in t["articles"]][-1] == "为县域发展注入新动能"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("cut_at, continued", [(3, True), (None, False)])
def test_text_under_a_signed_box_that_cut_an_article_mid_sentence_goes_back_to_it(blank_after_every_line, cut_at,
                                                                                 continued):
    # an article signed at its head, its column cut mid-sentence by a commentary box (label, title, text, signature),
    # then the rest of its text with no title nor byline: the rest is the article's. Cut at a paragraph's end, the
    # text after the box is not joined (no sentence is left open).
    lines = wrapped(P6, 20, indent=0)
    first, rest = (lines[:cut_at], lines[cut_at:]) if cut_at else (lines, [])
    parts = [["县城建设如何提质增效", "本报记者 许晨阳"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), first,
             ["短评", "让县城更宜居的几点建议"], wrapped(P4, 20, indent=0), ["文｜程 远"], rest, wrapped(P3, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if continued:
        assert got == [("县城建设如何提质增效", ["许晨阳"]), ("让县城更宜居的几点建议", ["程远"])]
        assert t["articles"][0]["text"] == "\n".join([P1, P2, P6, P3])
    else:
        assert len(got) == 3 and P3 not in t["articles"][0]["text"]


@pytest.mark.parametrize("head", ["2026年4月8日 星期三 | 访谈",           # a running head over the note (qa53)
                                  "东岭日报 2026年4月8日 星期三 第5版 · 对话",
                                  None])                               # no running head
def test_a_pages_editors_note_under_its_running_head_is_no_article(head):
    parts = [[head]] if head else []
    parts += [["【编者按】"], wrapped(P1, 24), ["冷链物流如何补上县域短板"], ["本报记者 韩晓岚"],
              wrapped(P2, 24), wrapped(P3, 24)]
    t = tables(page(parts))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("冷链物流如何补上县域短板", ["韩晓岚"])]
    assert P1[:10] not in t["articles"][0]["text"]


BOX_MORE = "其中，数字经济核心产业增加值占地区生产总值比重达到百分之十二，比上年提高一点五个百分点。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["■链接", "【链接】", "相关链接"])
def test_a_link_box_after_a_text_signed_at_its_head_stays_out_of_the_next_articles_head(blank_after_every_line, label):
    # (qa56) a news page: an item titled and signed over its text, a box of background in a narrower column under
    # a bare 链接 label, then the next item's title and byline over its text: the box neither takes that title
    # nor makes the first item's text a sidebar
    text = page([["南岭县春播进度快于往年", "本报记者 许 航"], wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0),
                 wrapped(P4, 22, indent=0), [label], wrapped(BOX, 15, indent=0), wrapped(BOX_MORE, 15, indent=0),
                 ["守住群众“舌尖上的安全”", "本报记者 魏 宁"], wrapped(P6, 22, indent=0)], blank_after_every_line)
    arts = tables(text)["articles"]
    assert [(a["title"], a["authors"]) for a in arts if a["authors"]] == [
        ("南岭县春播进度快于往年", ["许航"]), ("守住群众“舌尖上的安全”", ["魏宁"])]
    assert arts[0]["text"] == "\n".join([P1, P2, P4]) and arts[-1]["text"] == P6


VIEW_1 = "县域商业的活力在于经营者贴近乡亲的需求，服务好、价格实，群众自然愿意在家门口消费。"
VIEW_2 = "要防止盲目建设大型商业综合体，合理控制总量，把有限资金用在补齐冷链物流等短板上。"


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("label", "title"), [
    ("专家观点", ["县域商业要“接地气”"]),     # (qa56) a roundup of signed views under its label and title
    ("【各方声音】", []),                      # no title of its own
])
@pytest.mark.parametrize("after", [False, True])   # another text after it, titled and signed after its text
def test_a_roundup_of_signed_views_after_a_report_is_a_piece_of_its_own(blank_after_every_line, label, title, after):
    parts = [["南岭县春播进度快于往年", "本报记者 许 航"], wrapped(P1, 18), wrapped(P2, 18),
             [label, *title], wrapped(VIEW_1, 18), ["——南岭大学商学院教授 邵 明"],
             wrapped(VIEW_2, 18), ["——省社会科学院研究员 詹雪梅"]]
    if after:
        parts += [wrapped(P4, 18), wrapped(P6, 18), ["让县域商业留住烟火气", "辛 禾"]]
    arts = tables(page(parts, blank_after_every_line))["articles"]
    expected = [("南岭县春播进度快于往年", ["许航"], "\n".join([P1, P2])), (title[0] if title else None, [], "\n".join([VIEW_1, VIEW_2]))]
    if after:
        expected.append(("让县域商业留住烟火气", ["辛禾"], "\n".join([P4, P6])))
    assert [(a["title"], a["authors"], a["text"]) for a in arts] == expected


@pytest.mark.parametrize("closing", [["——南岭大学商学院教授 邵 明"], []])
def test_one_signed_view_or_a_label_alone_makes_no_roundup(closing):
    # a single quotation closing the text, or a label with no signed views under it: the text stays whole
    text = page([["南岭县春播进度快于往年", "本报记者 许 航"], wrapped(P1, 18), wrapped(P2, 18),
                 ["专家观点"], wrapped(VIEW_1, 18), closing])
    arts = tables(text)["articles"]
    assert len(arts) == 1 and VIEW_1 in arts[0]["text"]


# ---- qa55 (session 13): a government document's end, an attachment under the signature, a regulation's front ----
@pytest.mark.parametrize("after, titles", [
    # a 政策解读 under the printing line: its title, a line of fields, its text and sections: a piece of its own
    (["《关于加快某某工作的实施意见》政策解读", "发布时间：2025-03-02 来源：某市发展改革委", P3, "一、起草背景", P4],
     ["某市加快某某工作实施意见", "《关于加快某某工作的实施意见》政策解读"]),
    (["关于实施意见的政策解读", P3], ["某市加快某某工作实施意见", "关于实施意见的政策解读"]),
    ([], ["某市加快某某工作实施意见"]),                            # nothing after the printing line
])
def test_a_title_over_text_after_the_printing_line_is_a_piece_of_its_own(after, titles):
    t = tables("\n".join(["某市加快某某工作实施意见", P1, "一、总体要求", P2, "抄送：市委各部门，市人大常委会办公室。",
                          "某市人民政府办公室 2025年3月1日印发", *after]))
    assert [a["title"] for a in t["articles"]] == titles
    assert all("印发" not in a["text"] for a in t["articles"])
    assert "关于实施意见的政策解读" not in [s["heading"] for s in t["sections"]]


@pytest.mark.parametrize("label", ["附件", "附件1"])
def test_an_attachment_under_the_signature_is_titled_by_its_own_title_not_its_head_row(label):
    """The signature over a date, then 附件 and a task table's title and head row: the attachment's title is the line
    under the label, the head row a row (not a document the notice publishes)."""
    t = tables("\n".join(["某市加快某某工作实施意见", P1, "一、总体要求", P2, "某市人民政府办公室", "2025年3月1日",
                          "（此件公开发布）", label, "某市某某工作重点任务分工表", "序号 重点任务 牵头单位 配合单位",
                          "1 建设某某平台 市数据局 市财政局", "2 培育某某中心 市商务局 各区人民政府"]))
    assert [a["title"] for a in t["articles"]] == ["某市加快某某工作实施意见", "某市某某工作重点任务分工表"]
    assert not [s for s in t["sections"] if "市商务局" in s["heading"]]


def test_a_regulation_published_by_a_notice_keeps_its_title_over_its_legislative_note_and_contents():
    t = tables("\n".join(["某市人民代表大会常务委员会公告", "（第三号）", "《某市河道管理条例》已由某市人民代表大会常务委员会通过，现予公布。",
                          "某市人民代表大会常务委员会", "2025年5月6日", "某市河道管理条例",
                          "（2025年3月1日某市第十届人民代表大会常务委员会第九次会议通过", "2025年4月2日某省人民代表大会常务委员会第八次会议批准）",
                          "目录", "第一章 总则", "第二章 河道整治", "第三章 附则",
                          "第一章 总则", "第一条 为了加强河道管理，保障防洪安全，制定本条例。", "第二章 河道整治",
                          "第二条 河道整治应当符合防洪规划。", "第三章 附则", "第三条 本条例自2025年7月1日起施行。"]))
    assert [a["title"] for a in t["articles"]][1:] == ["某市河道管理条例"]      # (the notice's own title: its number too)
    assert [s["heading"] for s in t["sections"]] == ["总则", "河道整治", "附则"]
    assert "会议通过" not in t["articles"][1]["text"]


# ---- qa63: a title broken after its headline verbs ----
@pytest.mark.parametrize("first, second, kept", [
    ("加快构建", "现代化基础设施体系", 2),          # verbs alone: the title's first line, its object under it
    ("着力推动", "城乡融合高质量发展新格局", 2),        # an adverb and a verb (TITLE_OPENERS holds both)
    ("学思践悟", "城乡融合高质量发展新格局", 1),        # a column head
    ("理论周刊", "以新质生产力推动高质量发展", 1),      # a column head names something: a kicker
    ("聚焦", "县域商业体系建设的新路径", 1),            # one word: a column label (聚焦 heads columns)
    ("青山绿水间", "闯出一条林下经济增收路", 2),        # a place phrase waits for its clause: the title's first line (qa82)
    ("乡村振兴中", "激活农村集体经济新动能", 2),        # so does one of time or circumstance
    ("镜中", "城乡融合高质量发展新格局", 1),           # a word of two: may name a column, a kicker as before
])
def test_a_short_line_of_headline_verbs_over_a_title_is_its_first_line(first, second, kept):
    lines = [Unit(U.PLAIN, t, float(len(t)), 1, None) for t in (first, second)]
    title, _kicker = title_split(lines)
    assert [u.text for u in title] == [first, second][2 - kept:]


# ---- qa63: a box amid an article, then its next heading and text in the article's own column ----
@pytest.mark.parametrize("box_label", ["相关链接", "【知识链接】"])
def test_text_under_a_heading_after_a_box_in_the_articles_own_column_goes_on_with_the_article(box_label):
    text = page([["推进以县城为载体的城镇化", "韩知远"], ["完善公共服务"], wrapped(P1, 22), wrapped(P2, 22),
                 [box_label], wrapped(BOX, 14), ["壮大特色产业"], wrapped(P4, 22), wrapped(P6, 22)])
    articles = tables(text)["articles"]
    assert [(a["title"], a["authors"]) for a in articles] == [("推进以县城为载体的城镇化", ["韩知远"])]
    assert P4 in articles[0]["text"] and P6 in articles[0]["text"]


def test_text_under_a_heading_after_a_box_in_a_column_of_its_own_is_another_article():
    # the text under the heading in neither the box's column nor the article's: another article starts (and the box,
    # at the end of the first one's text, is a piece of its own under its label)
    text = page([["推进以县城为载体的城镇化", "韩知远"], ["完善公共服务"], wrapped(P1, 22), wrapped(P2, 22),
                 ["相关链接"], wrapped(BOX, 14), ["壮大特色产业"], wrapped(P4, 30), wrapped(P6, 30)])
    assert [a["title"] for a in tables(text)["articles"]] == ["推进以县城为载体的城镇化", "相关链接", "壮大特色产业"]


# ---- qa63: a lone name where the column changes; a standfirst labelled 【核心提示】 ----
@pytest.mark.parametrize("name", ["柏 宁", "江帆"])
def test_a_lone_name_between_texts_in_different_columns_signs_the_text_above(name):
    # a short commentary in a narrow box, signed by a bare name, then a labelled standfirst set wider over the
    # next article's title and byline
    text = page([["守住耕地保护红线"], wrapped(P1, 16), wrapped(P2, 16), [name],
                 wrapped("【核心提示】" + P6, 34), ["让县城更有烟火气", "韩知远"], wrapped(P4, 26), wrapped(P5, 26)])
    articles = tables(text)["articles"]
    assert [(a["title"], a["authors"]) for a in articles] == [("守住耕地保护红线", [name.replace(" ", "")]),
                                                               ("让县城更有烟火气", ["韩知远"])]


def test_a_lone_two_character_heading_in_one_column_stays_a_heading():
    text = page([["让县城更有烟火气", "韩知远"], wrapped(P1, 22), wrapped(P2, 22), ["成效"], wrapped(P4, 22),
                 wrapped(P5, 22)])
    (article,) = tables(text)["articles"]
    assert article["authors"] == ["韩知远"] and P4 in article["text"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_signed_commentary_at_the_pages_head_is_no_standfirst_before_a_wider_labelled_one(blank_after_every_line):
    # (session 14) the page's running head and a column label over a short commentary in a narrow column, signed by a
    # bare name, then the next piece's labelled standfirst across the page: the name signs the commentary, which is
    # an article, not the page's standfirst set in another width than the article after it
    text = page([["A5 观点 2026年5月20日 星期三", "今 日 谈", "守住耕地保护红线"], wrapped(P1, 20), wrapped(P2, 20),
                 ["柏 宁"], wrapped("【核心提示】" + P6, 36), ["让县城更有烟火气", "韩知远 南岭日报"], wrapped(P4, 30),
                 wrapped(P5, 30), wrapped(P3, 30)], blank_after_every_line)
    articles = tables(text)["articles"]
    assert [(a["title"], a["authors"]) for a in articles] == [("守住耕地保护红线", ["柏宁"]),
                                                               ("让县城更有烟火气", ["韩知远"])]


# ---- qa65: stray spaces of PDF extraction in a title's lines ----
@pytest.mark.parametrize("first, second, kept", [
    ("推进县域商业体系", "建设 提质增效", 2),       # a stray space in the last line: a column head never stands under a title
    ("以数字技术赋能 城", "乡融合发展", 2),         # a stray space cut the first line's last word off (STRAY_GAP_LINE)
    ("完善养老服务体系 建", "设银发友好社会", 2),
    ("观点 聚集", "推进县域商业体系建设", 1),        # a spaced column head over a title
    ("牢记嘱托 展现新风采", "推进县域商业体系建设", 1),   # a slogan: words of like length
    ("改革 发展", "观点 聚集", 1),                 # two spaced lines: the last one only, as before
    ("南屿新闻网›评论›百姓论坛", "百姓论坛／物价上涨下 小商户不能只靠补贴", 1),   # a designed gap under a breadcrumb
    ("南屿日报 2026年3月4日 A5 评论", "【南屿论坛】推进老城更新 守住街巷烟火", 1),   # under a running head
    ("锐评锐评 短评", "为县域消费添一把火", 1),          # a banner PDF extraction doubled, over a title
])
def test_a_stray_space_in_a_title_line_keeps_the_line_in_the_title(first, second, kept):
    lines = [Unit(U.PLAIN, t, float(len(t)), 1, None) for t in (first, second)]
    title, _kicker = title_split(lines)
    assert [u.text for u in title] == [first, second][2 - kept:]


@pytest.mark.parametrize("line, clean", [
    ("让老街区在更新 中", True), ("以高效能治理 护航", True), ("数字乡村建设 提速", True),
    ("观点 聚集", False), ("牢记嘱托 展现新风采", False), ("专栏 县域商业创建标准", False),
    ("今 日 谈", False), ("推进 县域 商业", False), ("乡村振兴", True), ("时评时评 锐见", False),
])
def test_a_line_whose_last_word_a_stray_space_cut_off_is_a_clean_heading_line(line, clean):
    assert Unit(U.PLAIN, line, float(len(line)), 1, None).clean is clean


# ---- qa65: a column's label and editor's note between an article signed at its head and a letter signed at its end ----
LETTER = "我家住在城西一个老小区，楼下的路灯坏了半年没人修，晚上出门很不方便。建议有关部门建立报修快速响应机制，让小事不再拖成难事。"


@pytest.mark.parametrize("credit", [["（责任编辑：章 远）"], []])
def test_an_editors_note_over_the_next_articles_title_and_byline_leaves_the_article_before(credit):
    # qa82: both articles titled and signed at their heads; the note between them is neither's text
    note = "编者按：就业关系千家万户。本版今起刊发系列评论，敬请关注。"
    t = tables(page([["推进县域商业体系建设"], ["本报记者 韩 松"], wrapped(P1, 24), wrapped(P2, 24), credit,
                     [note], ["夯实县域发展的产业根基"], ["宁 远 许书言"], wrapped(P4, 20), wrapped(P6, 20)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推进县域商业体系建设", ["韩松"]), ("夯实县域发展的产业根基", ["宁远", "许书言"])]
    assert not any("编者按" in a["text"] for a in t["articles"])
    assert {r["reason"] for r in t["residue"] if "编者按" in r["text"]} == {"editor's note"}


@pytest.mark.parametrize("label", ["【编者按】", "编者按："])
@pytest.mark.parametrize("paras", [1, 2])
def test_an_editors_note_under_its_label_line_over_the_next_title_leaves_the_article_before(label, paras):
    # qa124: the label on a line of its own (【编者按】) over the note, between an article signed at its head and the
    # next title and byline: the label read as a section heading of the article before and the note as its text
    note = ["就业关系千家万户，也关系县域经济的活力。", "本版今起刊发系列评论，敬请关注。"][:paras]
    t = tables(page([["推进县域商业体系建设"], ["□ 韩 松"], wrapped(P1, 24), wrapped(P2, 24),
                     [label], *[[n] for n in note], ["夯实县域发展的产业根基"], ["■ 许书言"], wrapped(P4, 24), wrapped(P6, 24)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推进县域商业体系建设", ["韩松"]), ("夯实县域发展的产业根基", ["许书言"])]
    assert not any(n in a["text"] for a in t["articles"] for n in note)
    assert t["sections"] == []
    assert {r["reason"] for r in t["residue"] if r["text"] in note} == {"editor's note"}


@pytest.mark.parametrize("head", ["3 评论 2026年5月12日 星期二", "南岭日报 2026年5月12日 星期二 A3"])
def test_the_running_head_over_a_pages_editors_note_is_page_furniture(head):
    # qa109: the page's running head, then its editor's note, then two articles: the note is the editors' words, the
    # running head over it the page's furniture, not part of the note
    note = "编者按：就业关系千家万户。本版今起刊发系列评论，敬请关注。"
    t = tables(page([[head], [note], ["推进县域商业体系建设", "□ 韩 松"], wrapped(P1, 24), wrapped(P2, 24),
                     ["夯实县域发展的产业根基", "□ 许书言"], wrapped(P4, 24), wrapped(P6, 24)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推进县域商业体系建设", ["韩松"]), ("夯实县域发展的产业根基", ["许书言"])]
    reasons = {r["text"]: r["reason"] for r in t["residue"]}
    assert reasons[note] == "editor's note"
    assert reasons[head.replace(" ", "")] == "page furniture"


@pytest.mark.parametrize("end_title", [["筑牢县域产业根基", "激活乡村发展动能"], ["筑牢县域产业根基"], []])
def test_an_editors_note_over_a_title_and_byline_gives_them_to_the_text_under_them(end_title):
    # qa82: a text under another's author note, titled after its text (or not at all), then an editor's note, then a
    # title and byline over the next text: the note introduces that text, the title and byline are its head
    note = "编者按：就业关系千家万户。本期邀请专家谈看法。"
    t = tables(page([["推进县域商业体系建设"], ["韩 松"], wrapped(P1, 40), ["（作者系某某大学教授）"],
                     wrapped(P2, 30), wrapped(P4, 30), end_title, [note],
                     ["夯实县域发展的产业根基"], ["宁 远"], wrapped(P6, 36), wrapped(P3, 36)], ))
    titles = [a["title"] for a in t["articles"]]
    assert titles == ["推进县域商业体系建设", "".join(end_title) or None, "夯实县域发展的产业根基"]
    assert [a["authors"] for a in t["articles"]] == [["韩松"], [], ["宁远"]]
    assert not any("编者按" in a["text"] for a in t["articles"])


@pytest.mark.parametrize("label", [["群众来信"], []])
def test_the_label_and_editors_note_over_a_letter_leave_the_article_before(label):
    note = "编者按：本期选登一封读者来信，欢迎读者继续来信反映身边事。"
    t = tables(page([["推进县域商业体系建设"], ["本报记者 韩 松"], wrapped(P1, 16), wrapped(P2, 16),
                     label, wrapped(note, 22), ["路灯报修何时不再难"], wrapped(LETTER, 16), ["读者 邝立群"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推进县域商业体系建设", ["韩松"]), ("路灯报修何时不再难", ["邝立群"])]
    assert "编者按" not in t["articles"][0]["text"] and "来信" not in t["articles"][0]["text"]
    assert {r["reason"] for r in t["residue"] if "来信" in r["text"]} == {"editor's note", *(["column label"] if label else [])}


# ---- qa71 (session 15): a box's label over the term it explains, 链接 as a label ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("over, width, is_box", [
    (["名词解释", "高标准农田"], 10, True),       # the label, then the term on a line of its own, then the box
    (["链接", "高标准农田"], 10, True),           # a bare 链接 label with its term
    (["链接"], 10, True),                         # a bare 链接 label right over the box
])
def test_a_box_label_over_its_term_line_in_a_narrower_column_stays_out_of_the_text(blank_after_every_line, over, width,
                                                                                     is_box):
    parts = [wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0), ["（课题组成员：北川市委党校乔岩、任思远）"],
             over, wrapped(LINK_BOX.removeprefix("知识链接：高标准农田"), width, indent=0),
             ["让高标准农田“高”在实处", "北川市委党校课题组"], ["推动农村寄递物流提质降本", "柯远航"], wrapped(P4, 18, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    if is_box:
        first = t["articles"][0]
        assert (first["title"], first["authors"]) == ("让高标准农田“高”在实处", ["北川市委党校课题组"])
    assert any("是指田块平整" in a["text"] for a in t["articles"]) is not is_box


@pytest.mark.parametrize("credit", ["（资料来源：《农田建设年鉴》）", "（摘自《北川日报》）"])
def test_a_narrow_box_closed_by_its_source_note_over_an_end_title_stays_out_of_the_text(credit):
    """链接 / the term / the box's paragraph / （资料来源：…）, between a text and the title printed after it: the source
    note closes the box, which stays out of the article the title and byline close (qa161)."""
    parts = [wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["链接", "高标准农田"],
             wrapped(LINK_BOX.removeprefix("知识链接：高标准农田"), 14, indent=0), [credit],
             ["让高标准农田“高”在实处", "乔 思 远", "作者单位：北川市委党校"], wrapped(P4, 20, indent=0),
             ["推动农村寄递物流提质降本", "柯远航"]]
    t = tables(page(parts))
    first = t["articles"][0]
    assert (first["title"], first["authors"]) == ("让高标准农田“高”在实处", ["乔思远"])
    assert "是指田块平整" not in first["text"] and "链接" not in first["text"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_page_printing_every_title_after_its_text_gives_the_first_title_to_the_first_text(blank_after_every_line):
    # (qa73) text, its title and byline, text, its title and byline, then a title and byline over the last text:
    # the first title and byline cannot head the second text, which is titled and signed after it
    text = page([wrapped(P1, 18), ["让社区服务更有温度", "邵明川"], wrapped(P2, 18), wrapped(P3, 18),
                 ["别让调研走了过场", "韦思远"], ["春耕备耕装上“智慧芯”", "本报记者 严文彬"], wrapped(P4, 18)],
                blank_after_every_line)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让社区服务更有温度", ["邵明川"]), ("别让调研走了过场", ["韦思远"]), ("春耕备耕装上“智慧芯”", ["严文彬"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, titles", [
    # a lone line between two texts: names and their paper run into the next title (qa73)
    ("邵明川 江南日报让社区服务更有温度", ["别让调研走了过场", "让社区服务更有温度"]),
    # a two-character name set letter-spaced, alone or after another name (qa82)
    ("邵 川 江南日报让服务更暖心", ["别让调研走了过场", "让服务更暖心"]),
    ("邵明川 柯 岚 江南日报让服务更暖心", ["别让调研走了过场", "让服务更暖心"]),
    # no name and paper before it: a heading amid the one text
    ("让社区服务更有温度", ["别让调研走了过场"]),
])
def test_a_signature_with_its_paper_glued_to_the_next_title_splits_the_texts(blank_after_every_line, glued, titles):
    # (a column of 24: the glued line, shorter, is no line of a paragraph)
    text = page([["别让调研走了过场"], wrapped(P1, 24), wrapped(P2, 24), [glued], wrapped(P3, 24),
                 ["韦思远 东川日报"]], blank_after_every_line)
    t = tables(text)
    assert [a["title"] for a in t["articles"]] == titles


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("over, heads", [
    ([], (["重在深入一线"], ["贵在解决问题"])),              # headings amid the text before the glued line (qa82)
    (["编者按：调研是谋事之基。本版刊发一组评论。"], ([], [])),  # the page's editor's note over the first title (qa82)
])
def test_a_signature_with_its_paper_glued_to_the_next_title_splits_after_headings_or_a_note(
        blank_after_every_line, over, heads):
    text = page([over, ["别让调研走了过场"], wrapped(P1, 24), heads[0], wrapped(P2, 24), heads[1], wrapped(P4, 24),
                 ["邵明川 江南日报让社区服务更有温度"], wrapped(P3, 24), ["韦思远 东川日报"]], blank_after_every_line)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("别让调研走了过场", ["邵明川"]), ("让社区服务更有温度", ["韦思远"])]


@pytest.mark.parametrize("between", [["---"], []])
def test_a_label_heading_under_a_closing_credit_over_a_title_is_that_titles_kicker(between):
    # (qa75) **活动预告** right over the next piece's # title labels it: no untitled article of its own
    text = "\n\n".join(["# 老旧小区改造如何从面子走向里子", "**记者:** 资金压力怎么化解?", f"**郑海鸥:** {P1}",
                        "（本报记者 孟晓川）", *between, "**活动预告**", "# 第三届社区规划师大赛启动", P2]) + "\n"
    articles = tables(text, "interview.md")["articles"]
    assert [a["title"] for a in articles] == ["老旧小区改造如何从面子走向里子", "第三届社区规划师大赛启动"]


# ---- qa77 (session 16): theory pages printed text first, a Q&A box over a letter ----
NOTE_ACROSS = "编者按 乡村全面振兴是新时代建设农业强国的重要任务。本版刊发两篇文章，分别从县域产业和公共服务两个角度进行探讨，敬请关注。"


@pytest.mark.parametrize("note", [[], wrapped(NOTE_ACROSS, 40, indent=0)])
def test_texts_titled_after_them_on_a_page_that_opens_untitled_take_the_titles_after_them(note):
    parts = [["6 理论周刊 2027年5月11日 星期二"], note, wrapped(P1, 20, indent=0), ["壮大县域产业"], wrapped(P4, 20, indent=0),
             ["以县域为切入点", "推进城乡融合发展"], ["作者：邹明远（北川大学经济学院教授）"],
             wrapped(P2, 21, indent=0), ["补齐公共服务短板"], wrapped(P6, 21, indent=0),
             ["提升县城综合承载能力", "增强人口吸引力"], ["蓝 溪"], ["（作者单位：北川市委党校）"]]
    t = tables(page(parts))
    assert [(a["title"], a["authors"], a["text"][:8]) for a in t["articles"]] == [
        ("以县域为切入点推进城乡融合发展", ["邹明远"], P1[:8]), ("提升县城综合承载能力增强人口吸引力", ["蓝溪"], P2[:8])]
    assert "编者按" not in "".join(a["text"] for a in t["articles"])


def test_a_page_that_opens_with_a_title_keeps_a_title_and_byline_between_two_texts_for_the_text_after():
    parts = [["让县城更宜居"], wrapped(P1, 20, indent=0), ["□ 严 恪"],
             ["以县域为切入点", "推进城乡融合发展"], ["邹明远"], wrapped(P2, 20, indent=0), wrapped(P6, 20, indent=0)]
    t = tables(page(parts))
    assert [(a["title"], a["authors"]) for a in t["articles"]][-1] == ("以县域为切入点推进城乡融合发展", ["邹明远"])


@pytest.mark.parametrize("letter", [[LETTER, P6], [LETTER]])
def test_the_label_over_a_qa_box_leaves_the_letter_under_the_box_its_own_title(letter):
    qa = ["问：什么是县域商业体系？", *wrapped("答：县域商业体系是指以县城为中心、乡镇为重点、村为基础的农村商业网络。", 15, indent=0)]
    parts = [["推进县域商业体系建设"], ["◎ 韩 松"], wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0),
             ["（作者系北川大学经济学院教授）"], ["热点问答"], qa, ["读者来信"], ["村口的便民超市开起来了"],
             *(wrapped(p, 22, indent=0) for p in letter), ["北川省东河市 读者 邝立群"]]
    t = tables(page(parts))
    # (the box itself is residue or a piece of its own under its label, unsigned)
    assert [(a["title"], a["authors"]) for a in t["articles"] if a["title"] != "热点问答"] == [
        ("推进县域商业体系建设", ["韩松"]), ("村口的便民超市开起来了", ["邝立群"])]
    assert not any("读者来信" in a["text"] or "热点问答" in a["text"] for a in t["articles"])


@pytest.mark.parametrize("head_byline, box_authors", [
    ("本报评论员", ["周敏"]),          # the paper signs the editorial: the lone name signs the box under it (qa78)
    ("本刊特约评论员", ["周敏"]),
])
def test_a_lone_name_closing_a_commentary_box_under_an_editorial_signs_the_box(head_byline, box_authors):
    t = tables("\n".join(["让社区服务更有温度", head_byline, P1, P2, "短评", "别让调研走了过场", P3, "周敏",
                          "把好事办实", P4, "■ 邵明川"]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让社区服务更有温度", []), ("别让调研走了过场", box_authors), ("把好事办实", ["邵明川"])]


@pytest.mark.parametrize("fields", [
    ["来源：南岭日报　作者：孟川　发布时间：2026-03-02 10:15"],
    ["来源：南岭日报　作者：孟川", "原标题：让社区食堂办得更长久"],
    [],
])
def test_a_web_pages_editors_note_over_the_title_and_its_fields_is_residue_and_the_title_stays(fields):
    """编者按：… over a reposted op-ed's title, its lines of fields (来源：… 作者：…, 原标题：…) between the title and the
    text: the note is residue, the title the article's (qa78)."""
    t = tables("\n\n".join(["当前位置：首页 > 评论 > 网评", "编者按：社区食堂是群众关心的民生实事。本网特约专家撰文，敬请关注。", "社区食堂如何办得长久",
                            *fields, P1, P2]))
    assert [a["title"] for a in t["articles"]] == ["社区食堂如何办得长久"]
    assert t["articles"][0]["text"].split("\n") == [P1, P2]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_last_unsigned_text_takes_the_line_after_it_over_the_closing_credits_as_its_title(blank_after_every_line):
    # a page's foot: the last piece's headline extracted after its text, then the page's editor line (qa86)
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), ["柯远航 经济日报"], wrapped(P4, 20, indent=0),
             ["为县域发展注入新动能"], ["责任编辑：王某"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["柯远航"]), ("为县域发展注入新动能", [])]


# ---- qa92 (session 17): views in a roundup signed name first on dash lines ----
@pytest.mark.parametrize("signatures", [
    ["——邵明（南岭大学商学院教授）", "——詹雪梅（省社会科学院研究员）"],
    ["——邵明（南岭大学商学院教授）", "——省社会科学院研究员 詹雪梅"],
])
@pytest.mark.parametrize("after", [False, True])
def test_a_roundups_views_signed_name_first_on_dash_lines_stay_one_piece(signatures, after):
    """专家观点 / its title / a view / ——邵某（某大学教授） / a view / ——詹某（某院研究员）: the dash lines sign views of the
    roundup, as ——某大学教授 邵某 does; they start no article each (qa92)."""
    parts = [["南岭县春播进度快于往年", "本报记者 许 航"], wrapped(P1, 18), wrapped(P2, 18),
             ["专家观点", "县域商业要“接地气”"], wrapped(VIEW_1, 18), [signatures[0]], wrapped(VIEW_2, 18), [signatures[1]]]
    if after:
        parts += [wrapped(P4, 18), wrapped(P6, 18), ["让县域商业留住烟火气", "辛 禾"]]
    arts = tables(page(parts))["articles"]
    expected = [("南岭县春播进度快于往年", ["许航"], "\n".join([P1, P2])), ("县域商业要“接地气”", [], "\n".join([VIEW_1, VIEW_2]))]
    if after:
        expected.append(("让县域商业留住烟火气", ["辛禾"], "\n".join([P4, P6])))
    assert [(a["title"], a["authors"], a["text"]) for a in arts] == expected


# ---- qa90 (session 17): newspaper pages printed text first, signatures glued to the next title ----

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("韦思远守护乡村好风貌", ["韦思远"], "守护乡村好风貌"),            # a three-character name, a headline verb
    ("乔岩“小网格”撬动大治理", ["乔岩"], "“小网格”撬动大治理"),        # a two-character name, a quote
    ("岳思成依法规范农村集体资产", ["岳思成"], "依法规范农村集体资产"),  # an adverb opening the title
])
def test_a_one_line_end_title_over_a_glued_byline_after_a_lone_signature_is_split(blank_after_every_line, glued,
                                                                                   authors, title):
    # a lone signature closes a text; the text under it has no title over it: its title comes after it, on one
    # line, over its signature glued to the next title (qa90)
    parts = [["让县城更宜居"], wrapped(P1, 20, indent=0), ["邹明远 东川日报"], wrapped(P2, 20, indent=0),
             wrapped(P5, 20, indent=0), ["以县域为切入点推进城乡融合", glued], wrapped(P4, 20, indent=0), ["柯 岚 南岭日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让县城更宜居", ["邹明远"]), ("以县域为切入点推进城乡融合", authors), (title, ["柯岚"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("tail", [
    # the page's last text titled over it and signed after it
    [["补齐公共服务短板"], wrapped(P6, 18), ["蓝 溪 北川日报"]],
    # a lone signature between two texts, the last one titled over it with no byline at all
    [wrapped(P6, 18), ["蓝 溪 北川日报"], ["补齐公共服务短板"], wrapped(P5, 18), ["责任编辑：王某"]],
])
def test_a_title_and_byline_after_a_bare_first_text_close_it_on_a_page_signing_after_texts(blank_after_every_line, tail):
    # (qa90) a page opening with a bare text (no title over it) that signs a text after it elsewhere: a title then a
    # byline after the first text are its own, not the head of the text after (which has its own title after it)
    parts = [["评论周刊 第 6 版 2027年5月11日"], wrapped(P1, 18), ["让社区服务更有温度", "邵明川 江南日报"], wrapped(P2, 18),
             ["别让调研走了过场", "韦思远 东川日报", "以县域为切入点推进融合"], wrapped(P3, 18), ["严文彬 南岭日报"], *tail]
    got = [(a["title"], a["authors"], a["text"][:6]) for a in tables(page(parts, blank_after_every_line))["articles"]]
    assert got[:3] == [("让社区服务更有温度", ["邵明川"], P1[:6]), ("别让调研走了过场", ["韦思远"], P2[:6]),
                       ("以县域为切入点推进融合", ["严文彬"], P3[:6])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_title_and_byline_after_a_bare_first_text_head_the_next_text_on_a_page_signing_at_heads(
        blank_after_every_line):
    # no text signed after it: the page's first text is a piece's end carried over, the titles head the texts under
    parts = [["评论周刊 第 6 版 2027年5月11日"], wrapped(P1, 18), ["让社区服务更有温度", "邵明川 江南日报"], wrapped(P2, 18),
             ["别让调研走了过场", "韦思远 东川日报"], wrapped(P3, 18), ["责任编辑：王某"]]
    got = [(a["title"], a["authors"], a["text"][:6]) for a in tables(page(parts, blank_after_every_line))["articles"]]
    assert got[-2:] == [("让社区服务更有温度", ["邵明川"], P2[:6]), ("别让调研走了过场", ["韦思远"], P3[:6])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("heads, items", [
    # (qa90) titles as long as the first one's: items of news in brief, the first signed by the column's reporter
    (["社区食堂开到居民家门口", "老旧小区加装电梯提速增效"], True),
    # short unmarked headings: sections of the one article under the column's label
    (["办好食堂", "加装电梯"], False),
])
def test_a_signed_piece_under_a_label_over_titles_as_long_as_its_own_opens_a_column_of_briefs(
        blank_after_every_line, heads, items):
    title = "城乡公交一体化跑出加速度"
    parts = [["南川日报 2027年5月11日 星期二 4 民生"], ["民生观察"], [title, "本报记者 严文彬"], wrapped(P1, 20), wrapped(P2, 20),
             [heads[0]], wrapped(P4, 20), [heads[1]], wrapped(P6, 20), ["责任编辑：王某"]]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if items:
        assert got == [(title, ["严文彬"]), (heads[0], []), (heads[1], [])]
    else:
        assert got == [(title, ["严文彬"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("runs, items", [
    # (qa285) headings as long as the title over three paragraphs each: a lead report's sections under the column's label
    ([[P3, P4, P5], [P6, P1, P2]], False),
    # one or two paragraphs under each: items of news in brief, the first signed by the column's reporter (qa90)
    ([[P3, P4], [P6]], True),
])
def test_titles_as_long_as_a_signed_pieces_over_three_paragraphs_each_are_its_sections(blank_after_every_line, runs,
                                                                                      items):
    title, heads = "城乡公交一体化跑出加速度", ["社区食堂开到居民家门口", "老旧小区加装电梯提速增效"]
    parts = [["南川日报 2027年5月11日 星期二 4 民生"], ["民生观察"], [title, "本报记者 严文彬"], wrapped(P1, 20), wrapped(P2, 20)]
    for head, run in zip(heads, runs):
        parts += [[head], *(wrapped(p, 20) for p in run)]
    t = tables(page([*parts, ["责任编辑：王某"]], blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got == ([(title, ["严文彬"]), (heads[0], []), (heads[1], [])] if items else [(title, ["严文彬"])])


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("first, second, before_title", [
    # (qa90) two short halves of about one length around the byline: one title printed after its text
    ("让“旧厂房”", "焕发“新活力”", "让“旧厂房”焕发“新活力”"),
    # a title of its own over the byline, a much shorter line under it: the next title's kicker
    ("让社区服务更有温度", "焕发“新活力”", "让社区服务更有温度"),
    # a column's label over the next title
    ("办好小事情", "短评", "办好小事情"),
])
def test_a_title_set_around_its_byline_after_its_text_is_one_title(blank_after_every_line, first, second, before_title):
    parts = [["让县城更宜居"], wrapped(P1, 20, indent=0), ["柯 岚 南岭日报"], wrapped(P2, 20, indent=0),
             [first, "邵明川", second, "以县域为切入点推进城乡融合", "韦思远"], wrapped(P4, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got[1] == (before_title, ["邵明川"])
    # (a kicker may stay in the next title, a label leaves it)
    assert got[2][0].endswith("以县域为切入点推进城乡融合") and got[2][1] == ["韦思远"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("lines, got", [
    # (qa90) a two-line end title, then a full name glued to a title opening with a noun, over the next byline: the
    # text before is titled and signed after it, the name of three characters
    (["让社区食堂", "办出“家的味道”", "邹明远城乡客运一体化跑出加速度"],
     [("让社区食堂办出“家的味道”", ["邹明远"]), ("城乡客运一体化跑出加速度", ["韦思远"])]),
    # one line over the next title: no end title of two lines, no glued name read (a place may open a title)
    (["简讯", "江北新区出台农田建设管理办法"], [("江北新区出台农田建设管理办法", ["韦思远"])]),
])
def test_a_full_name_glued_to_a_title_under_a_two_line_end_title_signs_the_text_before(blank_after_every_line, lines,
                                                                                         got):
    parts = [["南川日报 2027年5月11日 星期二 3 要闻"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), [*lines, "韦思远"],
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"] if a["title"]] == got


# ---- qa95 (session 17): a headline's first line of two phrases parted by a space ----
@pytest.mark.parametrize("first, second, kept", [
    ("守正创新 勇毅前行", "推动县域经济迈上新台阶", 2),          # a speech's or lead article's headline over its main line
    ("稳字当头 进中求新", "全力以赴拼经济促发展", 2),
    ("凝心聚力 攻坚克难", "奋力谱写南岭高质量发展新篇章", 2),
    ("聚焦聚焦 县域商业", "推进县域商业体系建设提质", 1),       # a banner PDF extraction doubled
    ("理论周刊 学习园地", "以高质量党建引领基层治理现代化建设", 1),  # under half the title's width: a column's name
    ("守正创新 勇毅前行再出发", "推动县域经济高质量发展", 1),    # as wide as the title: a slogan over it
    # (two equal phrases over a line about as wide stay the title's, qa91:
    #  test_a_title_line_of_two_parallel_phrases_set_apart_by_a_space_is_the_titles above)
    ("观点 集萃", "推动县域经济迈上新台阶", 1),                 # words of two characters: a column's name
])
def test_a_line_of_two_phrases_over_a_longer_title_line_is_the_titles_first_line(first, second, kept):
    lines = [Unit(U.PLAIN, t, float(len(t)), 1, None) for t in (first, second)]
    title, _kicker = title_split(lines)
    assert [u.text for u in title] == [first, second][2 - kept:]


def test_a_speech_titled_on_two_lines_of_which_the_first_holds_two_phrases_keeps_both():
    """凝心聚力 攻坚克难 / 奋力谱写…新篇章 / ——在…上的讲话 / the speaker / the date: the title is both lines (qa95)."""
    text = page([["凝心聚力 攻坚克难"], ["奋力谱写南岭高质量发展新篇章"], ["——在全市经济工作会议上的讲话"], ["市长　邵明川"],
                 ["（2026年2月26日）"], ["同志们："], wrapped(P1, 22), ["一、认清形势"], wrapped(P2, 22)])
    [a] = tables(text)["articles"]
    assert (a["title"], a["authors"]) == ("凝心聚力攻坚克难奋力谱写南岭高质量发展新篇章", ["邵明川"])


# ---- qa96 (session 17): an interview's head after a commentary printed text first ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, author, title", [
    ("郑一鸣让“冷资源”变成“热经济”", "郑一鸣", "让“冷资源”变成“热经济”"),
    ("荀一鸣让“冷资源”变成“热经济”", "荀一鸣", "让“冷资源”变成“热经济”"),     # a rarer surname
])
def test_a_subtitle_over_a_byline_ties_the_title_over_it_to_the_interview_under_them(blank_after_every_line, glued,
                                                                                     author, title):
    """…text (untitled, unsigned) / its end title / a signature glued to the interview's title / ——访… / 本报记者 某某 /
    the interview: the subtitle heads the article under it, so the lines over the glued one close the text before."""
    parts = [["6 观点 2026年7月15日 星期三"], wrapped(P1, 17, indent=0), wrapped(P2, 17, indent=0),
             ["招聘信息要“晒”得更透明", glued, "——访清河市文化和旅游局局长欧明远", "本报记者 柯清禾"],
             wrapped(P4, 16, indent=0), wrapped(P6, 16, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("招聘信息要“晒”得更透明", [author]), (title, ["柯清禾"])]


# ---- qa100 (session 17): a page of commentaries titled after their texts ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_doubled_banner_over_the_first_text_and_an_unsigned_last_end_title_title_every_text_after_it(
        blank_after_every_line):
    parts = [["论坛论坛 广场"], wrapped(P1, 20, indent=0), ["推进城乡融合发展", "柯 岚 南岭日报"],
             wrapped(P2, 20, indent=0), ["提升县城承载能力", "邵明川 南岭网"], wrapped(P4, 20, indent=0),
             ["发展特色产业", "夯实县域根基"], ["本版编辑：韦某"]]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got == [("推进城乡融合发展", ["柯岚"]), ("提升县城承载能力", ["邵明川"]), ("发展特色产业夯实县域根基", [])]
    assert "论坛论坛" not in "".join(a["text"] for a in t["articles"])


@pytest.mark.parametrize("last_lines, titled_after", [
    # (qa100) title lines after the page's last text, nothing after them to head: they title it, unsigned
    (["以“小切口”撬动", "“大民生”"], True),
    # the page's credits on a plain line (版面编辑：…) are no title
    (["版面编辑：韦某 责任校对：林某"], False),
])
def test_a_page_closing_with_title_lines_and_no_byline_prints_its_titles_after_its_texts(last_lines, titled_after):
    from flows.articles import closes_with_unsigned_title
    para = lambda t: Unit(U.PARA, t, 20.0, 3, None)
    spans = [Span(body=[para(P1)]), Span(body=[para(P2), *(Unit(U.PLAIN, t, 20.0, 1, None) for t in last_lines)])]
    boundaries = [[Unit(U.PLAIN, "推进城乡融合发展", 20.0, 1, None), Unit(U.BYLINE, "柯 岚 南岭日报", 20.0, 1, None)]]
    assert closes_with_unsigned_title(boundaries, spans) is titled_after


PAGE_NOTE = "编者按：全会对推进城乡融合发展作出部署。如何把部署落到实处？本版今起刊发系列笔谈，约请专家学者谈认识、谈思路，敬请读者关注。"
FIRST_STANDFIRST = "县域是城乡融合发展的重要切入点，推进县域发展要在产业、人口和服务上协同发力。"
SECOND_STANDFIRST = "乡村治理要把制度优势转化为治理效能，让农民群众可感可及、得到实惠。"


@pytest.mark.parametrize("quote", [[], ["■县域强则全省强，", "县域兴则全省兴"]])
def test_a_pages_editors_note_over_the_standfirsts_of_its_articles_is_no_text_the_first_title_closes(quote):
    """(qa106) The page's labelled note, then a standfirst or two set in other widths than the articles: the editors'
    words on the page, no article. The first title and byline under them head the text after them, even when a
    section's heading follows (a title, a byline, a heading: otherwise the title and signature of a text before)."""
    text = page([["深化改革·专家笔谈"], hung(PAGE_NOTE, 48), hung(FIRST_STANDFIRST, 38), hung(SECOND_STANDFIRST, 34),
                 ["以城乡融合", "激活县域发展新动能", "◎ 陆明川"], quote, ["做强县域产业"], hung(P1, 20), hung(P2, 20),
                 ["补齐公共服务"], hung(P4, 20), ["（作者系某某省委党校教授）"],
                 ["让乡村治理既有力度", "更有温度", "◎ 叶知秋"], hung(P5, 22), hung(P6, 22)])
    t = tables(text)
    first = t["articles"][0]
    assert [a["title"] for a in t["articles"]] == ["以城乡融合激活县域发展新动能", "让乡村治理既有力度更有温度"]
    assert first["authors"] == ["陆明川"] and first["text"].startswith(P1[:10])
    assert PAGE_NOTE[:10] not in "".join(a["text"] for a in t["articles"])

# ---- qa108: an advertisement's label with its sponsor, links under a reading label closed by a rule ----
@pytest.mark.parametrize("label, titles", [
    # the label with the sponsor's name after a bar or a dot labels the advertisement: the heading under it titles it
    ("**推广** | 青禾乳业·牧场直供", ["县域医共体建设如何打通最后一公里", "夏日鲜奶季开启"]),
    ("**广告**｜某某家居", ["县域医共体建设如何打通最后一公里", "夏日鲜奶季开启"]),
    ("推广 · 南湖文旅", ["县域医共体建设如何打通最后一公里", "夏日鲜奶季开启"]),
    # a bold line that only opens with the word, a clause after a bar: a heading of the article, no label
    ("**推广经验 | 各地探索，形成合力**", ["县域医共体建设如何打通最后一公里"]),
])
def test_an_advertisement_label_naming_its_sponsor_titles_the_heading_under_it(label, titles):
    t = tables("\n\n".join(["# 县域医共体建设如何打通最后一公里", P1, "## 基层接得住是关键", P2, "---", label,
                            "## 夏日鲜奶季开启", P4]), name="interview.md")
    assert [a["title"] for a in t["articles"]] == titles


def test_links_under_a_reading_label_closed_by_a_rule_are_no_text():
    t = tables("\n\n".join(["# 县域医共体建设如何打通最后一公里", P1, "## 基层接得住是关键", P2, "---", "**相关推荐**",
                            "- [乡镇卫生院服务能力提升的路径](https://example.com/p/31)",
                            "- [村医队伍建设的几点思考](https://example.com/p/32)", "---", "**推广**",
                            "## 夏日鲜奶季开启", P4]), name="note.md")
    first = t["articles"][0]["text"]
    assert "村医队伍建设的几点思考" not in first and "乡镇卫生院服务能力提升的路径" not in first
    assert first.endswith(P2)

@pytest.mark.parametrize("line, name, title", [
    ("郑庆和以标准化建设引领产业升级", "郑庆和", "以标准化建设引领产业升级"),   # a name ending in 和, then an opener
    ("陆永和推动公共文化服务提质增效", "陆永和", "推动公共文化服务提质增效"),
    ("梁晨和美乡村建设要久久为功", "梁晨", "和美乡村建设要久久为功"),         # 和 in a word of its own opens it
    ("韩冰以数字技术赋能乡村治理", "韩冰", "以数字技术赋能乡村治理"),
])
def test_a_name_ending_in_he_glued_to_a_title_keeps_its_last_character(line, name, title):
    # (qa105) the conjunction 和 opens no headline: 郑庆和以… is 郑庆和 + 以…, not 郑庆 + 和以…
    by, head = glued_byline(Unit(U.PLAIN, line, 30.0, 1, None, heading=line))
    assert (by.byline.authors, head.text) == ((name,), title)


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_name_ending_in_he_glued_to_a_title_with_no_opener_signs_the_text_before(blank_after_every_line):
    # (qa105) …仓库 / 戴永和稳住… under a two-line end title: the full name signs the text before, not 戴永 + 和稳住…
    parts = [["三农评论"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["让高标准农田", "“高”在实处",
             "戴永和稳住粮食生产基本盘"], ["任思远"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["戴永和"]), ("稳住粮食生产基本盘", ["任思远"])]


@pytest.mark.parametrize("glued, authors", [
    ("乔 岩 东海日报推动农村寄递物流提质降本增效", ["乔岩"]),          # as wide as the column (qa105)
    ("乔岩 柯远航 东海日报推动农村寄递物流提质降本", ["乔岩", "柯远航"]),
])
def test_a_signature_glued_to_the_next_title_is_a_block_of_its_own_without_blank_lines(glued, authors):
    # (qa105) no blank lines part the blocks: the glued line is not the first line of the text under it
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), [glued],
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["任思远 经济日报"]]
    t = tables(page(parts, False))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", authors), (glued.split(" ")[-1].removeprefix("东海日报"), ["任思远"])]
    assert t["articles"][1]["text"].startswith(P4)

# ---- qa112: a reader's letter signed with a province-led place closes the letter ----
def test_a_letter_signed_with_a_province_led_place_is_an_article_of_its_own():
    lines = ["街角书屋为何总是空荡荡",
             "前些日子我路过社区新建的书屋，里面摆满了新书，却少有人来。",
             "原来书屋只在工作日白天开放，上班族根本赶不上。",
             "安徽芜湖 何秋生",
             "",
             "让口袋公园多些绿荫",
             "城市里的口袋公园越建越多，但不少公园只有硬化地面，夏天晒得没人去。",
             "建设口袋公园，要多种树、少铺砖，让居民在家门口就能乘凉。",
             "吕 青"]
    arts = tables("\n\n".join(lines))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("街角书屋为何总是空荡荡", ["何秋生"]), ("让口袋公园多些绿荫", ["吕青"])]


# ---- qa112: a signature glued to the next title, with a padded name, stands over that title's text ----
def test_a_padded_name_and_paper_glued_to_the_next_title_sign_the_text_before():
    def typed(paragraphs: list[str]) -> list[str]:     # a PDF's page: every line, then a blank line
        return [line + "\n" for p in paragraphs for line in (p[k:k + 24] for k in range(0, len(p), 24))]
    first = ["城市更新不能只盯着拆和建，更要留住街巷里的生活气息和人情味道。",
             "一些地方在改造中保留老树老井，让居民记得住乡愁，这样的做法值得推广。"]
    second = ["老旧小区加装电梯是群众的急难愁盼，但协调难、资金难仍是绕不开的坎。",
              "破解难题，要发挥社区议事会作用，让居民自己商量着办，把好事办好办实。"]
    text = ("让城市更新留住烟火气\n" + "\n".join(typed(first)) + "\n邝 宁 江北日报让加装电梯少些“卡脖子”\n\n"
            + "\n".join(typed(second)) + "\n柯 立 东川晚报\n")
    arts = tables(text)["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("让城市更新留住烟火气", ["邝宁"]),
                                                          ("让加装电梯少些“卡脖子”", ["柯立"])]


# ---- qa112: a box under its label closes an article signed at its head; the text after it is the next one's ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["新闻链接", "背景链接", "知识链接"])
def test_a_text_after_a_box_takes_the_title_and_byline_printed_after_it(blank_after_every_line, label):
    box_text = "县域商业体系是指以县城为中心、乡镇为重点、村为基础的农村商业网络，涵盖商品流通和生活服务。"
    parts = [["以“小切口”推动基层治理“大提升”", "■ 郑书航"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             [label, "什么是县域商业体系"], wrapped(box_text, 20, indent=0),
             wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["让数据多跑路", "让群众少跑腿", "庞亦然"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以“小切口”推动基层治理“大提升”", ["郑书航"]), ("让数据多跑路让群众少跑腿", ["庞亦然"])]
    assert t["articles"][1]["text"] == P4 + "\n" + P6
    assert "box" in {r["reason"] for r in t["residue"]}

HOST_NOTE = "推进城乡融合发展，县域是重要的切入点和主战场。本期邀请两位学者，分别从产业和治理两个角度展开讨论。"


@pytest.mark.parametrize("note", [
    ["主持人语", *wrapped(HOST_NOTE, 20)],            # the label on a line of its own
    wrapped("主持人语：" + HOST_NOTE, 20),              # the label opening the note
    ["【主持人的话】", *wrapped(HOST_NOTE, 20)],
])
def test_a_forum_pages_host_note_over_its_signed_contributions_is_the_pages_note(note):
    # A forum page of short signed pieces, each titled and signed at its head, opens with its host's words on the page
    # (主持人语): an editor's note by another name, residue, and the first piece keeps its title and byline (qa113).
    t = tables(page([["学术圆桌"], note, ["以改革激发乡村活力", "周建国"], wrapped(P1, 18), wrapped(P2, 18),
                     ["拓宽生态产品价值实现路径", "李华"], wrapped(P4, 18), wrapped(P6, 18)]))
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["周建国"], "\n".join([P1, P2])), ("拓宽生态产品价值实现路径", ["李华"], "\n".join([P4, P6]))]
    assert "editor's note" in {r["reason"] for r in t["residue"]}

@pytest.mark.parametrize("line, authors", [
    ("解读人：市住建局城市建设科　郑思远　联系电话：0871-63125678", ["郑思远"]),
    ("解读人：郑思远", ["郑思远"]),
    ("解读人：市住建局城市建设科　郑思远、林小雨", ["郑思远", "林小雨"]),
])
def test_a_policy_readings_reader_on_a_line_under_its_text_is_its_author(line, authors):
    """An interpretation names who explains it unbracketed under its text, maybe after the office and before a phone
    number: its author, as in a bracketed （解读人：…） note, and the line leaves the text (qa115)."""
    t = tables("\n".join(["关于《某某市城市更新实施办法》的解读", P1, "一、制定背景", P2, line]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("关于《某某市城市更新实施办法》的解读", authors)]
    assert "解读人" not in t["articles"][0]["text"]


# ---- qa120: an article's notes under its author note; a box over a text titled after it ----
ARTICLE_SIGNED_BY_NOTE = [["以数字化转型赋能县域商贸"], wrapped(P1, 18, indent=0), ["一、夯实县域商业基础"],
                          wrapped(P2, 18, indent=0), ["二、激发县域消费活力"], wrapped(P3, 18, indent=0),
                          ["（作者：骆清扬，系南屿大学经济学院教授）"]]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_the_notes_under_an_author_note_do_not_carry_the_article_into_the_next_text(blank_after_every_line):
    parts = [*ARTICLE_SIGNED_BY_NOTE, ["注释：", "①参见《南屿县域商业发展报告（2025）》。", "②数据来源：南屿省商务厅。"],
             wrapped(P4, 18, indent=0), wrapped(P6, 18, indent=0), ["让县域经济活起来", "聂书宁"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("以数字化转型赋能县域商贸", ["骆清扬"]),
                                                                  ("让县域经济活起来", ["聂书宁"])]
    assert t["articles"][1]["text"] == P4 + "\n" + P6
    assert {"注释：", "②数据来源：南屿省商务厅。"} <= {r["text"] for r in t["residue"]}


@pytest.mark.parametrize("quote", [[], ["【县域强则省域强，", "县域活则全盘活，城", "乡融合要从县域破题】"]])
@pytest.mark.parametrize("notes", [[], ["注释：", "①参见《南屿县域商业发展报告（2025）》。"]])
@pytest.mark.parametrize("label", ["链接", "名词解释", "相关链接"])
def test_a_narrow_box_over_a_text_titled_after_it_leaves_the_title_to_the_text(label, notes, quote):
    box = "县域商业体系，是指以县城为中心、乡镇为重点、村为基础，由商贸流通企业、电商平台和物流配送网络构成的商业服务体系。"
    parts = [*ARTICLE_SIGNED_BY_NOTE, notes, quote, [label], wrapped(box, 13, indent=0),
             ["畅通城乡循环", "让要素资源流动起来"], wrapped(P4, 18, indent=0), wrapped(P6, 18, indent=0),
             ["让县域经济活起来", "聂书宁"]]
    t = tables(page(parts))
    arts = {a["title"]: a for a in t["articles"]}
    assert arts["让县域经济活起来"]["authors"] == ["聂书宁"]
    assert arts["让县域经济活起来"]["text"] == P4 + "\n" + P6
    assert arts[label]["text"] == box and not arts[label]["authors"]
    assert ["畅通城乡循环让要素资源流动起来"] == [s["heading"] for s in t["sections"]
                                        if s["article_id"] == arts["让县域经济活起来"]["article_id"]]

# ---- qa121: a paper's authors one a line with their posts, over its abstract ----
PAPER_HEAD = ["城乡社区治理的数字化转型：以东岭市为例", "来源:东岭公共事务学刊 第3卷第1期 日期:2026-03-01"]
PAPER_AUTHORS = ["周立恒　国立东岭大学公共事务学系副教授", "许雅涵　南屿大学社会学研究所博士生"]


@pytest.mark.parametrize("authors, names", [
    (PAPER_AUTHORS, ["周立恒", "许雅涵"]),
    (PAPER_AUTHORS[:1], ["周立恒"]),
    ([*PAPER_AUTHORS, "投稿日期:2025年10月2日;接受刊登日期:2026年1月8日"], ["周立恒", "许雅涵"]),  # the paper's fields between
])
def test_a_papers_author_lines_with_posts_over_its_abstract_sign_it(authors, names):
    text = "\n".join([*PAPER_HEAD, *authors, "摘要:本文以东岭市为例，考察社区治理数字化转型的困境与出路。",
                      "关键词:社区治理;数字化", "一、前言", P1, P2])
    [a] = tables(text)["articles"]
    assert a["authors"] == names
    assert "副教授" not in a["text"] and "博士生" not in a["text"]


def test_a_name_and_post_line_without_an_abstract_under_it_is_no_byline():
    """An interview's guest is introduced the same way, with no abstract under the line."""
    text = "\n".join(["对话：社区治理如何数字化", PAPER_AUTHORS[0], P1, P2])
    found = U.units(reflow_blocks(text.split("\n")), False)
    assert [u.kind for u in found if u.text.startswith("周立恒")] != [U.BYLINE]

# ---- qa122: a heading naming a notice after an article's end matter opens an article ----
@pytest.mark.parametrize("end, heading, split", [
    ("---", "## 会议通知｜第二届城市更新论坛将于9月举办", True),
    ("[^1]: 数据来源：市统计局，2025年。", "## 征稿启事：《城市治理评论》2026年第3期", True),
    ("（执笔：龙湘宁　乔书远）", "## 市规划研究院2026年度公开招聘启事", True),
    # a notice's heading amid the text, no end matter before it: a section as before
    (P4, "## 会议通知｜第二届城市更新论坛将于9月举办", False),
    # an ordinary heading after a break stays a section (qa75)
    ("---", "## 下一步工作建议", False),
    # (qa139) a news column's name before the headline: a news item of the institute's
    ("---", "## 研究动态｜我院课题组赴临川县开展城市更新调研", True),
    ("[^1]: 数据来源：市统计局，2025年。", "## 工作动态：市规划研究院举办青年学术沙龙", True),
    # a heading that only opens with those words stays a section
    ("---", "## 研究动态与趋势展望", False),
])
def test_a_notice_heading_after_an_articles_end_matter_opens_an_article(end, heading, split):
    text = "\n\n".join(["# 关于推进城市更新的几点建议", "## 一、主要问题", P1, end, heading, P2]) + "\n"
    articles = tables(text, "thinktank.md")["articles"]
    assert len(articles) == (2 if split else 1)
    assert (P2 in articles[-1]["text"]) and (P1 in articles[-1]["text"]) != split


@pytest.mark.parametrize("label, heading", [
    ("**活动预告**", "### 第二届城市更新论坛将于9月举办"),
    ("**招聘启事**", "## 市规划研究院招聘研究助理"),
    ("**研究动态**", "### 我院课题组赴临川县开展城市更新调研"),      # a news column's name (qa139)
    ("**院内动态**", "## 市规划研究院举办青年学术沙龙"),
])
def test_a_notice_kind_label_over_a_heading_after_an_articles_end_leaves_the_title_to_the_heading(label, heading):
    text = "\n\n".join(["# 关于推进城市更新的几点建议", "## 一、主要问题", P1, "---", label, heading, P2]) + "\n"
    t = tables(text, "thinktank.md")
    assert [a["title"] for a in t["articles"]] == ["关于推进城市更新的几点建议", heading.lstrip("# ")]
    assert label.strip("*") in [r["text"] for r in t["residue"]]

# ---- qa119: a letter-spaced paragraph after the text that opens a signed article ----
@pytest.mark.parametrize("spaced", [P4, P3], ids=["long", "short"])
def test_a_letter_spaced_paragraph_after_an_articles_first_paragraphs_measures_no_column(spaced):
    # An article's title, byline, two paragraphs, a paragraph set letter-spaced in a narrower box (its spaces count no width), one
    # paragraph: the spaced paragraph counts in no median of the column, so the two paragraphs over it read as the
    # article's, no sidebar before its start.
    # (The article stands under another: at the page's head, text wider than the column is its lead across the page.)
    text = page([["推进县域商业体系建设", "何 川"], wrapped(P5, 24, 0), wrapped(P4, 24, 0),
                 ["让公共服务更可及", "本报评论员 江 远"], wrapped(P1, 24, 0), wrapped(P2, 24, 0),
                 [" ".join(line) for line in wrapped(spaced, 14, 0)], wrapped(P6, 24, 0)], blank_after_every_line=True)
    first = tables(text)["articles"][1]
    assert (first["title"], first["authors"]) == ("让公共服务更可及", ["江远"])
    assert first["text"].startswith(P1 + "\n" + P2 + "\n")

@pytest.mark.parametrize("repeat", [
    ["某某县人民政府办公室", "关于推进县域冷链物流设施建设的实施意见"],     # wrapped under its issuing body
    ["某某县人民政府办公室关于推进县域冷链物流设施建设的实施意见"],         # on one line
    ["关于推进县域冷链物流设施建设的实施意见"],                             # without the issuing body
    ["某 某 县 人 民 政 府 办 公 室", "关于推进县域冷链物流设施建设的实施意见"],  # its issuing body letter-spaced
])
def test_an_official_title_printed_again_under_a_portals_fields_is_no_section(repeat):
    # A portal prints the document's title and fields, then the document as issued: 文号, its title again, 主送, text.
    # The title given again is the title, not the text's first section (qa123).
    t = tables("\n".join(["某某县人民政府办公室关于推进县域冷链物流设施建设的实施意见",
                          "发布日期：2026-02-11　　来源：县政府办公室", "某政办发〔2026〕7号", *repeat, P1, "一、总体要求", P2]))
    assert [a["title"] for a in t["articles"]] == ["某某县人民政府办公室关于推进县域冷链物流设施建设的实施意见"]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]
    assert "second title" in {r["reason"] for r in t["residue"]}


def test_a_first_heading_under_a_portals_fields_that_only_shares_the_titles_end_opens_the_text():
    # Only an official title's part from 关于 on repeats it: a plain heading that the title happens to end with stays.
    t = tables("\n".join(["数据要素市场化配置改革的路径与重点", "发布日期：2026-02-11　　来源：中国经济网", "路径与重点", P1,
                          "一、总体要求", P2]))
    assert [s["heading"] for s in t["sections"]] == ["路径与重点", "总体要求"]


@pytest.mark.parametrize("title, expected", [
    ("图解：《某某市促进县域商业发展若干措施》", "图解：《某某市促进县域商业发展若干措施》"),
    ("【图文解读】某某市促进县域商业发展若干措施", "某某市促进县域商业发展若干措施"),    # the bracketed label is a column's
    ("一图读懂《某某市促进县域商业发展若干措施》", "一图读懂《某某市促进县域商业发展若干措施》"),    # (qa178)
])
def test_a_pages_reading_title_over_its_fields_is_its_title_not_a_link(title, expected):
    # A page titled as a reading of a document (图解：《…》) prints that title over its line of fields: the page's
    # title, though the same words under a document's text link to its reading, chrome (qa123).
    t = tables("\n".join(["首页 > 政策解读", title, "发布时间：2026-07-02　来源：某某市商务局", P1, "一、总体要求", P2]))
    assert [(a["title"], a["source"]) for a in t["articles"]] == [(expected, "某某市商务局")]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]


@pytest.mark.parametrize("links", [["图解：《某某市促进县域商业发展若干措施》"],
                                   ["【一图读懂】", "一图读懂《某某市促进县域商业发展若干措施》"]])   # (qa178)
def test_a_link_to_a_reading_under_a_documents_text_stays_chrome(links):
    t = tables("\n".join(["某某市促进县域商业发展若干措施", "发布时间：2026-07-02　来源：某某市商务局", P1, "一、总体要求", P2,
                          *links]))
    assert [a["title"] for a in t["articles"]] == ["某某市促进县域商业发展若干措施"]
    assert "图解" not in t["articles"][0]["text"]

# ---- qa126: a reporter's notes under their column label after an interview, titled and signed after their text ----
PROFILE_BOX = ["人物简介", *wrapped("韩知远，1968年生，东川人，经济学博士。历任市发展改革委副主任、东川高新区管委会主任等职。", 16)]


@pytest.mark.parametrize("sidebar", [[], PROFILE_BOX])
def test_a_labelled_piece_signed_by_the_articles_own_reporter_after_its_text_is_a_piece_of_its_own(sidebar):
    # the interview, titled and signed at its head; (a profile of its guest beside it;) the label of the reporter's
    # notes (记者手记), their text, their title and the same reporter's name after it: the notes are a piece of their own
    text = page([["让县域经济挑大梁", "本报记者 卓一凡"], wrapped(P1, 18), wrapped(P2, 18), wrapped(P4, 18), sidebar,
                 ["记者手记"], wrapped(P5, 16), wrapped(P6, 16), ["改革要落到企业身上", "卓一凡"]],
                blank_after_every_line=True)
    got = [(a["title"], a["authors"], a["text"]) for a in tables(text)["articles"]]
    assert got == [("让县域经济挑大梁", ["卓一凡"], "\n".join([P1, P2, P4])),
                   ("改革要落到企业身上", ["卓一凡"], "\n".join([P5, P6]))]


def test_an_articles_own_title_printed_again_after_its_text_splits_off_no_piece_under_a_label():
    # the same page, but the lines after the text are the article's own title and reporter printed again
    text = page([["让县域经济挑大梁", "本报记者 卓一凡"], wrapped(P1, 18), wrapped(P2, 18), wrapped(P4, 18),
                 ["记者手记"], wrapped(P5, 16), wrapped(P6, 16), ["让县域经济挑大梁", "卓一凡"]],
                blank_after_every_line=True)
    assert [(a["title"], a["authors"]) for a in tables(text)["articles"]] == [("让县域经济挑大梁", ["卓一凡"])]

# ---- qa127: a roundup of signed views boxed amid a text titled and signed after it ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["专家视点", "【专家观点】"])
@pytest.mark.parametrize("signatures", [
    ["——南岭大学商学院教授 邵 明", "——省社会科学院研究员 詹雪梅"],
    ["（邵 明 南岭大学商学院教授）", "（詹雪梅 省社会科学院研究员）"],      # the name first, the post after it in brackets
])
def test_a_roundup_boxed_amid_a_text_titled_after_it_leaves_the_text_whole(blank_after_every_line, label, signatures):
    """A theory page: the text, a roundup boxed in a narrower column amid it, the text going on under the box, then its
    title and byline: the text is one article, the roundup a piece of its own after it."""
    parts = [hung(P1, 20), hung(P2, 20),
             [label], hung(VIEW_1, 13), signatures[:1], hung(VIEW_2, 13), signatures[1:],
             hung(P4, 20), hung(P6, 20), ["让县域商业留住烟火气", "辛 禾"]]
    arts = tables(page(parts, blank_after_every_line))["articles"]
    assert [(a["title"], a["authors"], a["text"]) for a in arts] == [
        ("让县域商业留住烟火气", ["辛禾"], "\n".join([P1, P2, P4, P6])), (None, [], "\n".join([VIEW_1, VIEW_2]))]


# ---- qa127: a column's label over a text whose sections are all numbered ----
@pytest.mark.parametrize(("opening", "sections", "label"), [
    ("学思践悟", ["守住耕地红线", "提升县城承载能力"], "学思践悟"),        # numbered sections only: a label
    ("引言", ["引言", "守住耕地红线", "提升县城承载能力"], None),          # a paper's opening section
])
def test_a_short_line_over_a_text_of_numbered_sections_titled_after_it_is_its_column_label(opening, sections, label):
    body = [*wrapped(P1, 20), "（一）守住耕地红线", *wrapped(P2, 20), "（二）提升县城承载能力", *wrapped(P4, 20)]
    t = tables(page([[opening], body, ["让夜间消费亮起来"], ["叶子衿"]]))
    assert [a["title"] for a in t["articles"]] == ["让夜间消费亮起来"]
    assert [s["heading"] for s in t["sections"]] == sections
    assert label is None or label in {r["text"] for r in t["residue"]}


# ---------------------------------------------------------------- session 19 (lead): a web page's piece after the credit
@pytest.mark.parametrize("between", [[], ["广告"]])
def test_a_heading_under_an_articles_editor_credit_titles_a_piece_of_its_own(between):
    """A web page saved as plain text: the interview closes with its editor's credit, and a heading under it over text
    (maybe under an advert's label) titles a short piece run under the interview, not the interview's last section."""
    t = tables("\n".join(["以数字化转型赋能中小企业高质量发展", "发布时间：2025-07-21　来源：某某日报", P1, "一、总体要求", P2,
                          "（责任编辑：万 芸）", *between, "某某市数字消费季启动", P3]))
    assert [a["title"] for a in t["articles"]] == ["以数字化转型赋能中小企业高质量发展", "某某市数字消费季启动"]
    assert [s["heading"] for s in t["sections"]] == ["总体要求"]


def test_lines_under_an_editor_credit_with_no_text_under_them_stay_the_articles():
    """Under the credit, closing lines with no text after them (推荐阅读 and its list) open no piece."""
    t = tables("\n".join(["以数字化转型赋能中小企业高质量发展", "发布时间：2025-07-21　来源：某某日报", P1, P2,
                          "编辑：唐颖", "推荐阅读", "1.某某市发布城市更新三年行动计划"]))
    assert len(t["articles"]) == 1


# ---- qa133: a column of titled pieces under a label after a text signed at its head, signed at their ends ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("second_title, first_authors, second_title_read", [
    # the first piece's signature run into the second piece's title, which opens with 在 (苗 青 + 在东江港…)
    ("苗青在东江港看冷链集装箱航线开通", ["苗青"], "在东江港看冷链集装箱航线开通"),
    # no signature between: the first piece is unsigned
    ("东江港开通至东盟冷链集装箱航线", [], "东江港开通至东盟冷链集装箱航线"),
])
def test_a_name_after_a_labelled_columns_last_piece_signs_that_piece_not_the_text_signed_at_its_head(
        blank_after_every_line, second_title, first_authors, second_title_read):
    # an interview signed at its head by two reporters; under a label, two titled pieces, the last signed after its
    # text by one of them: that name signs the last piece (not the interview again), and a name glued to the second
    # title signs the first piece
    parts = [["县域特色产业如何走向“专而强”", "本报记者 韩启明 通讯员 苗 青"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             ["记者手记"], ["西岭县茶叶出口额同比增长三成"], wrapped(P4, 20, indent=0), [second_title], wrapped(P6, 20, indent=0),
             ["韩启明"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("县域特色产业如何走向“专而强”", ["韩启明", "苗青"]), ("西岭县茶叶出口额同比增长三成", first_authors),
        (second_title_read, ["韩启明"])]


def test_a_brief_columns_first_item_whose_only_title_opens_its_body_is_one_item():
    """A span titled under a column's label whose body opens with one more title over short text and holds no further
    title: one item, not a split at a title that is not there (a stitched benchmark page raised StopIteration)."""
    from flows.articles import split_on_brief_column

    label = Unit(U.PLAIN, "经济简讯", 4.0, 1, None)
    title = Unit(U.PLAIN, "某市新开通三条公交线路", 11.0, 1, None)
    body = [Unit(U.PLAIN, "某县农村物流网点实现全覆盖", 13.0, 1, None), Unit(U.PARA, P1, 20.0, 2, None),
            Unit(U.PARA, P2, 20.0, 2, None)]
    span = Span(title_lines=[title], body=body, residue=[(label, "column label")])
    assert [s.body for s in split_on_brief_column(span)] == [body]


AFTERWORD = "城乡融合是一篇大文章。本期刊发的两篇文章从不同角度作了探讨，欢迎读者围绕这一主题踊跃来稿，交流各地的做法与思考。"


@pytest.mark.parametrize("label, is_note", [
    ("编后：", True),
    ("编后语：", True),
    ("【编后】", True),
    ("", False),                    # unlabelled: the last article's closing paragraph
])
@pytest.mark.parametrize("credit", [[], ["本版编辑：唐思远　校对：季　敏"]])
def test_an_afterword_after_the_last_article_of_a_page_is_an_editors_note(label, is_note, credit):
    # 编后：… printed after a page's last article is the editors' words on the page, not its text (qa130)
    text = page([["做好县域这篇大文章"], ["□ 陆知行"], wrapped(P1, 20), wrapped(P4, 20), wrapped(P2, 20),
                 ["城乡融合重在机制创新"], ["宋采薇"], wrapped(P6, 20), wrapped(P3, 20), wrapped(label + AFTERWORD, 20),
                 credit], blank_after_every_line=True)
    t = tables(text)
    assert [a["title"] for a in t["articles"]] == ["做好县域这篇大文章", "城乡融合重在机制创新"]
    assert ("踊跃来稿" in t["articles"][-1]["text"]) != is_note
    assert any("踊跃来稿" in r["text"] and r["reason"] == "editor's note" for r in t["residue"]) == is_note


@pytest.mark.parametrize("label", ["编后：", "编后语：", "【编后】"])
def test_an_afterword_between_an_article_closed_by_its_author_note_and_a_labelled_next_one_is_no_article(label):
    # 编后：… after a text closed by its author note, over the next article's column label and title: the editors'
    # words, not a text that the title and byline under it close, nor an article titled by the label (qa130)
    text = page([["做好县域这篇大文章"], wrapped(P1, 20), wrapped(P4, 20), ["陆知行"], ["（作者单位：北川大学经济学院）"],
                 wrapped(label + AFTERWORD, 20), ["读书札记"], ["城乡融合重在机制创新"], ["宋采薇"], wrapped(P6, 20),
                 wrapped(P3, 20)], blank_after_every_line=True)
    t = tables(text)
    titled = [(a["title"], a["authors"]) for a in t["articles"] if "踊跃来稿" not in a["text"]]
    assert titled == [("做好县域这篇大文章", ["陆知行"]), ("城乡融合重在机制创新", ["宋采薇"])]
    assert not any("踊跃来稿" in a["text"] for a in t["articles"])
    assert any("踊跃来稿" in r["text"] and r["reason"] == "editor's note" for r in t["residue"])


@pytest.mark.parametrize("book", ["《城乡中国的变迁》 陆知行 著 北川人民出版社", "《城乡中国的变迁》，陆知行著，北川人民出版社"])
def test_a_book_line_under_a_reviews_title_is_no_title(book):
    # 《书名》 某某 著 某某出版社 under a review's title and over its byline: the book reviewed, not the title (qa130)
    text = page([["推进县域城镇化"], ["□ 孟书言"], wrapped(P1, 20), wrapped(P4, 20), ["读懂城乡之变"], [book],
                 ["宋采薇"], wrapped(P6, 20), wrapped(P3, 20)], blank_after_every_line=True)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("推进县域城镇化", ["孟书言"]), ("读懂城乡之变", ["宋采薇"])]

# ---- qa128: a web page copied as text gives its title twice ----
@pytest.mark.parametrize("title", [
    "访谈|冰雪经济怎样持续升温",
    "对话|冰雪经济怎样持续升温",
])
def test_a_title_given_again_under_the_author_and_fields_is_said_once(title):
    t = tables("\n\n".join([title, "作者：本刊记者 韩松雪　发布时间：2026-01-12", title, P1, "一、总体要求", P2]))
    assert [a["title"] for a in t["articles"]] == ["冰雪经济怎样持续升温"]


@pytest.mark.parametrize(("box", "title"), [
    # a plain-text page titles the box's piece on a line under the label
    (["延伸阅读", "我省冰雪旅游收入突破300亿元", P2], "我省冰雪旅游收入突破300亿元"),
    # no title line: the label heads the box
    (["延伸阅读", P2], "延伸阅读"),
])
def test_a_reading_boxs_own_title_line_under_its_label_titles_its_piece(box, title):
    t = tables("\n\n".join(["冰雪经济怎样持续升温", "记者 韩松雪", P1, P4, *box]))
    assert [a["title"] for a in t["articles"]] == ["冰雪经济怎样持续升温", title]


@pytest.mark.parametrize("masthead", ["北原智库 · 决策参考 · 2026年第14期", "北原智库 | 决策参考 | 2026年第14期"])
def test_a_think_tanks_masthead_under_a_copied_pages_fields_is_no_line_of_the_title(masthead):
    t = tables("\n\n".join(["关于加快培育冰雪经济的几点建议", "来源：北原智库　发布时间：2026-02-11", masthead,
                            "关于加快培育冰雪经济的几点建议", "执笔：韩松雪 邵一鸣", P1, "一、总体要求", P2]))
    assert [a["title"] for a in t["articles"]] == ["关于加快培育冰雪经济的几点建议"]


# ---- qa131: a lone name of three characters between two texts of one column ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("head_byline, tail, got", [
    # the text above titled at its head, unsigned: the name closes it; the text under it is titled and signed after it
    ([], ["读懂城乡之变", "宋采薇 南岭日报"], [("推进县域城镇化", ["柯明远"]), ("读懂城乡之变", ["宋采薇"])]),
    # the text above signed at its head already: the name signs the text under it, titled after its text
    (["□ 邵一鸣"], ["读懂城乡之变"], [("推进县域城镇化", ["邵一鸣"]), ("读懂城乡之变", ["柯明远"])]),
])
def test_a_lone_three_character_name_between_two_texts_of_one_column_signs_a_text(blank_after_every_line, head_byline,
                                                                                   tail, got):
    parts = [["推进县域城镇化", *head_byline], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["柯明远"],
             wrapped(P4, 21, indent=0), wrapped(P6, 21, indent=0), tail]
    t = tables(page(parts, blank_after_every_line))
    # (the authors: a title printed after a text signed at its head is still left untitled, a known miss of qa131)
    assert [a["authors"] for a in t["articles"]] == [authors for _, authors in got]
    assert t["articles"][0]["title"] == got[0][0]


# ---- qa131: an unlabelled narrow box of figures between two articles ----
BOX_OF_FIGURES = ["全县建成乡镇客运站十二个，", "农村物流服务站点三百余个，", "日均发送快件两万件。"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("parts, got", [
    # under a text's title and signature printed after it, over the next title and byline: the box closes nothing
    ([wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["读懂城乡之变", "宋采薇 南岭日报"], BOX_OF_FIGURES,
      ["县城更宜居", "邵一鸣"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0)],
     [("读懂城乡之变", ["宋采薇"]), ("县城更宜居", ["邵一鸣"])]),
    # under a lone signature, over the next title: that title still heads its text
    ([["推进县域城镇化"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["柯明远"], BOX_OF_FIGURES,
      ["读懂城乡之变"], wrapped(P4, 21, indent=0), wrapped(P6, 21, indent=0), ["宋采薇"]],
     [("推进县域城镇化", ["柯明远"]), ("读懂城乡之变", ["宋采薇"])]),
])
def test_an_unlabelled_narrow_box_between_two_articles_is_no_article_and_no_text(blank_after_every_line, parts, got):
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == got
    assert not any("快件" in a["text"] for a in t["articles"])


# ---- qa131: a text continued from another page takes no title and byline after it ----
@pytest.mark.parametrize("note", ["（紧接第一版）", "（上接第1版）"])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_the_title_and_byline_after_a_text_continued_from_another_page_head_the_next_text(note, blank_after_every_line):
    parts = [["6 评论 2027年5月11日 星期二", note], wrapped(P1, 22, indent=0), wrapped(P2, 22, indent=0),
             ["读懂城乡之变", "□ 宋采薇"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["柯明远"],
             wrapped(P3, 21, indent=0), wrapped(P5, 21, indent=0), ["县城更宜居"]]
    t = tables(page(parts, blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got[:2] == [(None, []), ("读懂城乡之变", ["宋采薇"])]
    assert t["articles"][0]["text"].startswith(P1[:10])


# ---- qa131: a lone name after a text signed at its head signs the piece titled amid that text ----
@pytest.mark.parametrize("caption", [[], ["▲ 5月6日，南岭县便民服务中心内，工作人员为群众办理业务。", "通讯员 韦 达 摄"]])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_lone_name_after_a_head_signed_text_signs_the_piece_titled_amid_it(caption, blank_after_every_line):
    parts = [["推进县域城镇化", "□ 邵一鸣"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["柯明远"],
             wrapped(P4, 21, indent=0), wrapped(P6, 21, indent=0), ["读懂城乡之变", *caption, "县城更宜居"],
             wrapped(P3, 20, indent=0), wrapped(P5, 20, indent=0), ["宋采薇"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推进县域城镇化", ["邵一鸣"]), ("读懂城乡之变", ["柯明远"]), ("县城更宜居", ["宋采薇"])]
    assert not t["sections"]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_of_two_title_lines_after_a_head_signed_untitled_text_the_first_is_its_title(blank_after_every_line):
    parts = [["推进县域城镇化", "□ 邵一鸣"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["柯明远"],
             wrapped(P4, 21, indent=0), wrapped(P6, 21, indent=0), ["读懂城乡之变", "县城更宜居", "□ 宋采薇"],
             wrapped(P3, 20, indent=0), wrapped(P5, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推进县域城镇化", ["邵一鸣"]), ("读懂城乡之变", ["柯明远"]), ("县城更宜居", ["宋采薇"])]


# ---- qa131: a ▲ pull quote of several sentences amid a paragraph ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("quote, quoted", [
    (["▲县城虽小，连着民生。让县城", "更宜居，乡村才更有活力。"], True),      # cutting the paragraph mid-sentence: a quote
])
def test_a_pointer_quote_of_sentences_cutting_a_paragraph_is_residue_and_the_paragraph_runs_on(blank_after_every_line,
                                                                                               quote, quoted):
    lines = wrapped(P1, 20, indent=0)
    parts = [["推进县域城镇化", "□ 邵一鸣"], lines[:2], quote, lines[2:], wrapped(P2, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["推进县域城镇化"]
    assert (P1 in t["articles"][0]["text"].split("\n")) is quoted
    assert ("▲" in t["articles"][0]["text"]) is not quoted


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_pointer_paragraph_of_sentences_between_whole_paragraphs_stays_text(blank_after_every_line):
    parts = [["推进县域城镇化", "□ 邵一鸣"], wrapped(P1, 20, indent=0), ["▲加强组织领导。建立联席会议制度。定期研究重大问题。"],
             wrapped(P2, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert "▲加强组织领导。建立联席会议制度。定期研究重大问题。" in t["articles"][0]["text"].split("\n")

# ---- qa133: a page of two pieces signed at their ends, the first signature glued to the second title ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("middle, got", [
    # the one line between the two texts opens with a name glued to a title (苗 青 + 在…): the first piece's signature
    (["苗青在县域商业体系建设中补齐短板"], [("让县域经济挑大梁", ["苗青"]), ("在县域商业体系建设中补齐短板", ["韩启明"])]),
    # a heading that opens with no name: one text with a section
    (["补齐县域商业体系短板"], [("让县域经济挑大梁", ["韩启明"])]),
])
def test_the_one_line_between_two_texts_signed_at_the_end_may_be_a_signature_glued_to_a_title(blank_after_every_line,
                                                                                             middle, got):
    t = tables(page([["让县域经济挑大梁"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), middle,
                     wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["韩启明"]], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == got


def test_a_name_shaped_heading_among_other_headings_of_a_text_signed_at_its_end_stays_a_section():
    # two headings amid the text: its sections, though one opens with what reads as a name glued to a title
    t = tables(page([["让县域经济挑大梁"], wrapped(P1, 20, indent=0), ["苗青在县域商业体系建设中补齐短板"],
                     wrapped(P2, 20, indent=0), ["补齐县域商业体系短板"], wrapped(P4, 20, indent=0), ["韩启明"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让县域经济挑大梁", ["韩启明"])]


@pytest.mark.parametrize("line, split", [
    # (qa133) a name glued to a title after its role, or set letter-spaced, as bylines print names
    ("本报记者 苗青在县域商业体系建设中补齐短板", ("苗青", "在县域商业体系建设中补齐短板")),
    ("苗 青在县域商业体系建设中补齐短板", ("苗青", "在县域商业体系建设中补齐短板")),
    ("苗　青在县域商业体系建设中补齐短板", ("苗青", "在县域商业体系建设中补齐短板")),
    ("本报记者 苗青", None),                                 # a byline, no title glued to it
    ("记者手记 在县域商业体系建设中补齐短板", None),          # a label, no name
])
def test_a_role_or_a_letter_spaced_name_before_a_name_glued_to_a_title(line, split):
    got = glued_byline(Unit(U.PLAIN, line, 20.0, 1, None))
    assert (got and (got[0].text, got[1].text)) == split


# ---- qa136: the one article of a page, signed at its end, keeps its editor's note under its title as residue ----
@pytest.mark.parametrize("closing", [
    ["作者：罗清远 庞一鸣", "编辑：郝小溪"],        # the byline closes the page's one article: no page of several articles
    ["作者：罗清远"],
])
def test_an_editors_note_under_the_title_of_a_page_signed_at_its_end_is_no_page_note(closing):
    head = ["北辰智库", "2026年01月08日 07:30 北京", "推动县域经济高质量发展的三个着力点",
            "编者按：县域经济是国民经济的基本单元。本期推送研究团队的最新成果，以飨读者。"]
    t = tables("\n".join([*head, P1, "PART 1", "▍壮大县域主导产业", P2, P4, *closing]))
    arts = t["articles"]
    assert [a["title"] for a in arts] == ["推动县域经济高质量发展的三个着力点"]
    assert arts[0]["text"].startswith(P1) and arts[0]["authors"][0] == "罗清远"

# ---- qa137: a glued byline whose next title wraps, over that title's own byline ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("乔岩推动农村寄递物流", ["乔岩"], "推动农村寄递物流提质降本"),
    ("柯远航“快递进村”要", ["柯远航"], "“快递进村”要提质降本"),
])
def test_a_glued_byline_over_the_next_titles_wrap_and_its_byline_signs_the_text_before(blank_after_every_line, glued,
                                                                                     authors, title):
    # end title on two lines / name glued to the next title / that title's second line / its byline / its text
    parts = [["三农评论"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             ["让高标准农田", "“高”在实处", glued, "提质降本", "任思远 邵雨桐"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", authors), (title, ["任思远", "邵雨桐"])]

# ---- qa138: a site's page title over its fields, then a speech's own title over its subtitle ----
SPEECH_PAGE_HEAD = ["首页 > 领导活动 > 讲话", "赵启明在全市营商环境优化提升大会上的讲话",
                    "发布时间：2026-04-21 09:30　来源：市委办公室"]


@pytest.mark.parametrize("title_lines", [["凝心聚力抓落实", "持续打造一流营商环境"], ["持续打造一流营商环境"]])
@pytest.mark.parametrize("signature", [["（2026年4月18日）", "中共某某市委书记　赵启明"],
                                       ["中共某某市委书记　赵启明", "（2026年4月18日）"]])
def test_a_speech_title_over_its_subtitle_under_a_pages_fields_is_the_title(title_lines, signature):
    # the page's own title over the fields names the speech; the lines under them are no first heading: the subtitle
    # under them (——在…上的讲话) shows them to be the speech's title, whichever of speaker and date comes first (qa138)
    t = tables("\n".join([*SPEECH_PAGE_HEAD, *title_lines, "——在全市营商环境优化提升大会上的讲话", *signature, "同志们：",
                          P1, "一、提高站位，深刻认识优化营商环境的重要意义", P2]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("".join(title_lines), ["赵启明"])]
    assert [s["heading"] for s in t["sections"]] == ["提高站位，深刻认识优化营商环境的重要意义"]


def test_a_heading_under_a_pages_fields_with_no_subtitle_stays_a_heading():
    t = tables("\n".join([*SPEECH_PAGE_HEAD, "核心提示", P1, "一、提高站位，深刻认识优化营商环境的重要意义", P2]))
    assert [a["title"] for a in t["articles"]] == ["赵启明在全市营商环境优化提升大会上的讲话"]


# ---- qa227: a portal's name over its fields and chrome, then a speech's title naming its occasion ----
@pytest.mark.parametrize("title, authors", [
    ("在全县秋冬季农业生产工作会议上的讲话", []),
    ("邵明辉在全县秋冬季农业生产工作会议上的讲话", ["邵明辉"]),          # the speaker named before the occasion
])
@pytest.mark.parametrize("chrome", [["字号：大 中 小"], []])
def test_a_speech_title_under_a_portals_name_and_fields_is_the_title(title, authors, chrome):
    # the short line over the fields is the portal's name; the line under them naming the occasion a speech was given
    # on (…在…上的讲话) is a title, never the first heading of the text
    t = tables("\n".join(["青禾发布", "2026-10-21 18:05　来源：青禾日报", *chrome, title, "同志们：", P1,
                          "第一，提高思想认识", P2, "第二，狠抓工作落实", P4]) + "\n")
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [(title, authors)]
    assert ("青禾发布", "page furniture") in [(r["text"], r["reason"]) for r in t["residue"]]


# ---- qa140: a box of further reading printed after a text signed at its end ----
@pytest.mark.parametrize("label", ["延伸阅读", "知识链接", "【相关链接】"])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_reading_box_after_a_texts_end_signature_is_titled_by_its_label(label, blank_after_every_line):
    box = "县域商业体系建设行动：商务部等部门组织实施，目标是基本实现县县有连锁商超和物流配送中心。"
    t = tables(page([["以改革激发乡村活力"], wrapped(P1, 20), wrapped(P2, 20), ["周建国 南岭日报"],
                     ["把特色产业做成富民产业"], wrapped(P4, 20), wrapped(P6, 20), ["詹若川 南岭日报"],
                     [label], wrapped(box, 14)], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["周建国"]), ("把特色产业做成富民产业", ["詹若川"]), (label.strip("【】"), [])]
    assert t["articles"][-1]["text"] == box

# ---- qa142: a paper numbering its paragraphs through its parts, items lettered (a), (b) ----

def legco_paper(label: str = "建议", numbered: bool = True, panel: list[str] | None = None, first: int = 1) -> str:
    """An invented paper to a council panel: part headings (目的, 背景, 建议, 征询意见) over paragraphs numbered 1. to
    6. through all of them (or `first` on, an excerpt's), a heading under 建议, items lettered (a) to (c) inside two
    paragraphs."""
    def n(k: int, text: str) -> str:
        return f"{k + first - 1}.\t{text}" if numbered else text
    return page([
        panel or [], ["公共图书馆服务优化计划的进展"], ["目的"],
        wrapped(n(1, "本文件向委员汇报公共图书馆服务优化计划的最新进展，并就延长开放时间的安排征询意见。"), 20, 0),
        ["背景"],
        wrapped(n(2, "现时全港共有七十所公共图书馆，每年借阅量约为两千万项，其中儿童读物所占比例逐年上升。"), 20, 0),
        wrapped(n(3, "当局于去年进行的读者意见调查显示，读者的主要诉求包括："), 20, 0),
        ["(a)\t延长晚间及假日的开放时间；", "(b)\t增设自助借还书机；及", "(c)\t扩充电子书馆藏。"],
        [label], ["延长开放时间"],
        wrapped(n(4, "我们建议由明年一月起，把十所主要图书馆的开放时间延长至晚上十时，所需人手由现有编制调配。"), 20, 0),
        wrapped(n(5, "为配合上述安排，当局会推行以下措施："), 20, 0),
        ["(a)\t于各区图书馆增设自助借还书机；", "(b)\t优化网上预约系统；及", "(c)\t与学校合作推广阅读活动。"],
        ["征询意见"],
        wrapped(n(6, "请委员就本文件第4至5段所载的建议提出意见。"), 20, 0),
    ])


def test_a_label_and_heading_amid_numbered_paragraphs_open_sections_not_briefs():
    """(a) 建议 over a heading over paragraph 4., after paragraph 3.: the paper numbers on, so one text with sections,
    no column of news in brief under a label (qa142)."""
    t = tables(legco_paper())
    assert len(t["articles"]) == 1
    assert [s["heading"] for s in t["sections"]] == ["目的", "背景", "建议", "延长开放时间", "征询意见"]


@pytest.mark.parametrize("first", [1, 45])
def test_a_papers_paragraph_numbers_are_no_measures_its_lettered_items_are(first):
    """1. … 6. from the first paragraph through four parts number the paper's text; the (a)/(b)/(c) items inside two
    of the paragraphs are the measures, each list numbered 1 to 3 (qa142). An excerpt keeps its document's numbers,
    45. … 50. (qa259)."""
    t = tables(legco_paper(first=first))
    assert [(m["ordinal"], m["marker"]) for m in t["measures"]] == [(1, "（a）"), (2, "（b）"), (3, "（c）")] * 2
    assert t["measures"][1]["text"] == "增设自助借还书机；及"
    assert all(m["parent_measure_id"] is None for m in t["measures"])


def press_release(numbers: tuple[str, str, str]) -> str:
    """An invented government press release: a lead paragraph and a quote unnumbered, then paragraphs numbered from
    `numbers`, items (一) to (三) between the first two."""
    first, second, third = numbers
    return page([
        ["政府公布优化公共泳池服务安排"],
        wrapped("　　康乐及文化事务署今日公布优化公共泳池服务的安排，以配合市民在夏季对游泳设施的殷切需求。", 20, 0),
        wrapped("　　署方发言人表示：「我们会善用现有设施，让更多市民在夏季享受游泳的乐趣。」", 20, 0),
        wrapped(f"{first} 发言人续说，有关安排包括以下几方面：", 20, 0),
        ["（一）延长开放时间：十个主要泳池会延长开放至晚上十时；"],
        ["（二）增加救生员人手：署方会增聘季节性救生员二百名；"],
        ["（三）优化网上预约：市民可经手机程序预约泳道。"],
        wrapped(f"{second} 发言人指出，上述安排会由下月起实施，署方会定期检视使用情况并作出调整。", 20, 0),
        wrapped(f"{third} 有关泳池开放时间的详情，市民可浏览署方网页查询。", 20, 0),
    ])


@pytest.mark.parametrize(("numbers", "kept"), [
    (("2.", "3.", "4."), []),                                     # a release's paragraph numbers
    (("2.", "4.", "5."), [(2, "2."), (4, "4."), (5, "5.")]),      # not in order: a list, its notes flag the gaps
])
def test_a_releases_paragraph_numbers_from_2_are_no_measures_its_items_are(numbers, kept):
    """2. … N. on paragraphs of their own after an unnumbered lead and quote number a press release's text; the
    (一)/(二)/(三) items between them are the measures (qa284)."""
    t = tables(press_release(numbers))
    got = [(m["ordinal"], m["marker"]) for m in t["measures"]]
    assert [g for g in got if g[1][-1] == "."] == kept
    assert [g for g in got if g[1][-1] != "."] == [(1, "（一）"), (2, "（二）"), (3, "（三）")]
    assert all(m["parent_measure_id"] is None for m in t["measures"]) or kept


@pytest.mark.parametrize("panel", [[], ["立法会民政事务委员会"], ["立法会CB(2)118/2025(03)号文件", "立法会民政事务委员会"]])
def test_a_papers_panel_line_and_opening_part_word_are_no_title_lines(panel):
    """立法会…委员会 over the title names the panel the paper goes to, 目的 under it opens the first part: the title is
    the line between (qa142)."""
    [a] = tables(legco_paper(panel=panel))["articles"]
    assert a["title"] == "公共图书馆服务优化计划的进展"


@pytest.mark.parametrize("upper, heads", [
    ("建议", ["建议", "延长开放时间"]),                  # a paper's part word over a heading: two sections
    ("进一步", ["进一步延长开放时间"]),                  # a heading wrapped over two lines: one
])
def test_a_part_word_over_a_heading_line_is_a_section_of_its_own(upper, heads):
    t = tables("\n".join(["公共图书馆服务优化计划的进展", "鲁望舒", P1, upper, "延长开放时间", P2]) + "\n")
    assert [s["heading"] for s in t["sections"]] == heads


@pytest.mark.parametrize("label", ["专栏作者：", "特约作者："])
def test_a_columnists_labelled_byline_under_the_title_signs_the_column(label):
    # (qa151) the line was no byline candidate (its first character opens no name nor label) and stayed a title line
    t = tables(page([["3 专栏 2026年5月12日 星期二"], ["让乡村阅览室真正亮起来"], [label + "柏一鸣"], wrapped(P1, 24), wrapped(P2, 24)]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("让乡村阅览室真正亮起来", ["柏一鸣"])]


@pytest.mark.parametrize("second", [False, True])
@pytest.mark.parametrize("head", [["让乡村阅览室真正亮起来"], ["【专栏·乡土札记】", "让乡村阅览室真正亮起来"]])
def test_an_editors_note_between_a_title_and_its_byline_leaves_the_title_and_byline_to_the_text(head, second):
    # (qa151) a title, then its editor's note, then the byline and text: the title and byline are the article's, the
    # note residue, whether the article opens the page or follows another
    note = "编者按：乡村阅览室是农民身边的文化阵地。本报今起推出“乡土札记”专栏，邀请学者撰文，敬请关注。"
    first = [["县域商业要补齐短板"], ["□ 季闻溪"], wrapped(P4, 30), wrapped(P6, 30)] if second else []
    t = tables(page([["3 评论 2026年5月12日 星期二"], *first, head, wrapped(note, 30), ["文｜柏一鸣"], wrapped(P1, 30),
                     wrapped(P2, 30)]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got == [("县域商业要补齐短板", ["季闻溪"])] * second + [("让乡村阅览室真正亮起来", ["柏一鸣"])]
    assert not any("编者按" in a["text"] for a in t["articles"])


@pytest.mark.parametrize("label", ["编者按：", "【编者按】\n"])
@pytest.mark.parametrize("fields", [
    ["2026年5月12日09:30 | 来源：青禾网－评论频道"],
    ["2026年5月12日09:30 | 来源：青禾网－评论频道", "字号：大 中 小 打印"],
    ["2026年5月12日09:30", "来源：青禾网－评论频道", "字号：大 中 小 打印"],
])
def test_an_editors_note_under_a_web_titles_fields_leaves_the_title_and_byline_to_the_text(fields, label):
    # (qa242) a web op-ed's title, its date and source lines (and the page's 字号 chrome), then the editor's note
    # (labelled at its start or on a line of its own), then the byline with the writer's post and the text: the note is
    # residue, the title, byline and date the article's
    note = label + "乡村阅览室是农民身边的文化阵地。本网今起推出“乡土札记”专栏，邀请学者撰文，敬请关注。"
    t = tables("\n".join(["青禾网 > 评论频道", "让乡村阅览室真正亮起来", *fields, note, "柏一鸣（东川大学教授）", P1, P2])
               + "\n")
    [a] = t["articles"]
    assert (a["title"], a["authors"], str(a["published"])) == ("让乡村阅览室真正亮起来", ["柏一鸣"], "2026-05-12")
    assert "编者按" not in a["text"]


def test_a_box_of_readers_comments_between_two_commentaries_leaves_the_next_title_to_its_text():
    # (qa151) the box's lines read as an unsigned text, which took the next commentary's title (signed at its end) as a
    # section heading and its label as its title
    comments = ["@江畔听雨：社区书屋开到了家门口，周末带孩子来看书很方便。", "@老街坊：希望开放时间再延长一些。"]
    t = tables(page([["3 评论 2026年5月12日 星期二"], ["让乡村阅览室真正亮起来"], ["□ 季闻溪"], wrapped(P4, 24), wrapped(P6, 24),
                     ["网友热议"], comments, ["县域商业要补齐短板"], wrapped(P1, 24), wrapped(P2, 24), ["■本报评论员 柏一鸣"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让乡村阅览室真正亮起来", ["季闻溪"]), ("县域商业要补齐短板", ["柏一鸣"])]
    assert not any("@" in a["text"] for a in t["articles"])
    assert not [s for s in t["sections"]]


@pytest.mark.parametrize("label", ["名词解释", "背景资料", "知识卡片"])
def test_a_box_labelled_in_a_plain_line_at_a_texts_end_is_a_piece_of_its_own_not_a_section(label):
    # (qa151) the label and the term under it, both plain lines, read as a last section's heading over the box's paragraph
    box = "“乡村书屋”是指在行政村建设的、供农民自己管理和使用的公益性文化设施，配备图书报刊和音像制品。"
    t = tables(page([["3 观点 2026年5月12日 星期二"], ["让乡村阅览室真正亮起来"], ["◎ 柏一鸣"], wrapped(P1, 32), wrapped(P2, 32),
                     wrapped(P6, 32), [label], ["乡村书屋"], wrapped(box, 32)]))
    assert [a["title"] for a in t["articles"]] == ["让乡村阅览室真正亮起来", "乡村书屋"]
    assert not t["sections"]
    assert box not in t["articles"][0]["text"]

# ---- qa154: a line calling the text a programme's transcript, over its title ----
@pytest.mark.parametrize(("lines", "title"), [
    (["某市广播电视台《民生面对面》节目文字实录", "让社区食堂开得下去"], "让社区食堂开得下去"),    # wider than the title
    (["《城市会客厅》访谈实录", "老旧小区加装电梯怎么推进"], "老旧小区加装电梯怎么推进"),
    (["新闻频道节目实录", "夜间经济如何管得好"], "夜间经济如何管得好"),
    (["社区食堂如何从“开得起”到", "“开得好”“开得久”"], "社区食堂如何从“开得起”到“开得好”“开得久”"),   # a wrapped title
])
def test_a_transcript_kicker_over_a_programmes_title_is_no_line_of_the_title(lines, title):
    t = tables(page([lines, ["播出时间：2026年4月16日 18:30"], ["主持人 韩知远：" + P1], ["嘉宾 柏嘉宁（某大学教授）：" + P2],
                     ["主持人 韩知远：" + P4], ["嘉宾 柏嘉宁（某大学教授）：" + P6]]))
    assert [a["title"] for a in t["articles"]] == [title]

# ---- qa155: an end title wrapped onto a short line that reads as a name, over a signature glued to the next title ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("end_title, glued, author, title", [
    (["让老旧小区改造更有", "温度"], "程思远以数字化赋能社区治理", "程思远", "以数字化赋能社区治理"),
    (["推动城乡融合发展更有", "高度"], "韦清聚焦“四个一批”做强县域产业", "韦清", "聚焦“四个一批”做强县域产业"),
])
def test_a_short_line_under_an_end_title_over_a_glued_signature_ends_that_title(blank_after_every_line, end_title,
                                                                                 glued, author, title):
    # titled text / its signature / untitled text / its end title on two lines, the second as short as a name / the
    # text's signature glued to the next title / that title's byline / its text: the glued name signs the text before,
    # so the short line is no second signature but the end title's rest (qa155)
    parts = [["推动县城建设提质增效"], wrapped(P1, 20, indent=0), ["何川 东岭日报"], wrapped(P2, 20, indent=0),
             wrapped(P4, 20, indent=0), [*end_title, glued, "孟书瑶"], wrapped(P6, 20, indent=0)]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推动县城建设提质增效", ["何川"]), ("".join(end_title), [author]), (title, ["孟书瑶"])]


# ---- qa155: the editors' afterword under its label set alone ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["【编后】", "编后", "编后语", "[编后记]"])
def test_an_afterword_under_its_label_set_alone_is_an_editors_note(blank_after_every_line, label):
    words = "县城建设关系千家万户。欢迎读者继续来稿，分享各地推进县城建设的经验与思考。"
    t = tables(page([["推动县城建设提质增效"], ["何 川"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
                     ["把特色产业做成富民产业"], ["詹若川"], wrapped(P4, 20, indent=0), [label], wrapped(words, 20, indent=0)],
                    blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["推动县城建设提质增效", "把特色产业做成富民产业"]
    assert words not in "".join(a["text"] for a in t["articles"])
    assert (label, "editor's note") in [(r["text"], r["reason"]) for r in t["residue"]]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_an_afterword_under_its_label_after_a_piece_closed_by_its_author_note_is_an_editors_note(blank_after_every_line):
    # the piece over it closed by its author note: the label opens a span of its own, read as its title (qa155)
    words = "县城建设关系千家万户。欢迎读者继续来稿，分享各地推进县城建设的经验与思考。"
    t = tables(page([["推动县城建设提质增效"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
                     ["（作者：何川，东岭大学经济学院教授）"], ["【编后】"], wrapped(words, 20, indent=0)],
                    blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["推动县城建设提质增效"]
    assert words not in "".join(a["text"] for a in t["articles"])


# ---- qa155: a column's editor's note over its first piece's title, after a piece signed at its end ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", [["专家笔谈"], ["书香", "读书"]])
def test_a_note_over_a_title_after_a_piece_signed_at_its_end_is_the_note_on_the_piece_under_it(blank_after_every_line,
                                                                                                label):
    # titled piece / its signature / a column's label / 编者按：… / the next piece's title / text / its author note: the
    # note is residue and the line under it the piece's title, no section's heading of an article titled by the label
    note = "编者按：县城如何更好承载人口和产业？本期邀请专家学者谈谈看法。"
    t = tables(page([["推动县城建设提质增效"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), ["何 川"],
                     label, wrapped(note, 20, indent=0), ["让要素在城乡间流动起来"], wrapped(P4, 20, indent=0),
                     ["（作者：詹若川，东岭大学经济学院教授）"]], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推动县城建设提质增效", ["何川"]), ("让要素在城乡间流动起来", ["詹若川"])]
    assert not t["sections"]
    assert note not in "".join(a["text"] for a in t["articles"])

# ---- qa228: an editor's note over a column's label and a piece's title, the piece signed at its end ----
@pytest.mark.parametrize("label", [["读者来信"], []])
def test_a_note_over_a_title_of_a_piece_signed_at_its_end_is_the_note_on_that_piece(label):
    # titled piece / （signature） / 【编者按】… / a column's label / a reader's letter's title / its text / the reader's
    # signature: the note is residue and the line under the label the letter's title, no section's heading (qa228)
    note = "【编者按】本栏目欢迎读者就身边事建言献策，来稿请注明真实姓名，字数以八百字为宜。"
    t = tables("\n".join(["推动县城建设提质增效", P1, P2, "（何 川）", note, *label, "老街停车难该解决了", P3, P4,
                           "江宁东川　读者　邵庆和"]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推动县城建设提质增效", ["何川"]), ("老街停车难该解决了", ["邵庆和"])]
    assert not t["sections"]
    assert "本栏目欢迎读者" not in "".join(a["text"] for a in t["articles"])


# ---- qa228: an editor's note at the page's foot, under a piece signed at its head ----
@pytest.mark.parametrize("foot", ["编按：投稿请寄tougao@example.cn，本版文章不代表本报立场。", "编者按：欢迎读者来稿，文责自负。"])
def test_an_editors_note_closing_the_page_under_a_head_signed_piece_is_residue(foot):
    # title / □ name / text / 编按：… at the foot of the page: the note is the editors' words, no paragraph of the piece
    t = tables("\n".join(["推动县城建设提质增效", "□ 何 川", P1, P2, "老街停车难该解决了", "□ 邵庆和", P3, P4, foot]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("推动县城建设提质增效", ["何川"]), ("老街停车难该解决了", ["邵庆和"])]
    assert foot not in t["articles"][-1]["text"]
    assert (foot, "editor's note") in [(r["text"], r["reason"]) for r in t["residue"]]


# ---- qa157: a plan's contents over its text keep their reason ----
@pytest.mark.parametrize("entries", [CONTENTS, ["目录", "一、发展基础······························1", "二、主要任务······························4"]])
def test_a_plans_contents_over_its_text_are_residue_as_contents(entries):
    """目录 and its entries (dot leaders, page numbers) before a plan's text are residue with the reason contents (the
    README's), not page furniture, whether under a cover or under a web page's title (qa157)."""
    t = tables("\n".join([*COVER, *entries, "第一章 发展基础", P1, "第二章 总体要求", P2]))
    reasons = {r["text"]: r["reason"] for r in t["residue"]}
    assert {reasons.get(e.replace(" ", "")) for e in entries} == {"contents"}
    assert reasons["江川县人民政府"] == "page furniture"


# ---- qa160: a title and a glued signature after a text signed at its head close another text ----
TAIL_TITLE, TAIL_GLUED, NEXT_TITLE = "让老街区留住烟火气", "林可然推动基层减负走深走实", "推动基层减负走深走实"
HEAD_SIGNED_TOP = [["6 2026年3月18日 星期三 理论"], ["推动县城建设提质增效", "□ 何川"]]


def head_signed_then_tail_titled(second_text: list[str], amid: list[str]) -> str:
    """A text titled and signed at its head, a second text titled and signed after it (the signature glued to the
    third text's title), the third text signed after it by name and paper."""
    return page([*HEAD_SIGNED_TOP, wrapped(P1, 15, indent=0), amid, wrapped(P6, 15, indent=0), second_text,
                 [TAIL_TITLE, TAIL_GLUED], wrapped(P4, 15, indent=0), ["马骁 东江日报"]], True)


@pytest.mark.parametrize("amid", [
    [],
    ["图为社区工作人员走访独居老人。", "本报记者 孙 一 摄"],      # a photo's caption amid the first text: no heading
    ["责编：顾远 版式：闻笛"],                                    # the page's credits amid it
])
def test_a_glued_signature_after_a_text_signed_at_its_head_signs_the_next_text(amid):
    t = tables(head_signed_then_tail_titled(wrapped(P2 + P5, 22, indent=0), amid))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got == [("推动县城建设提质增效", ["何川"]), (TAIL_TITLE, ["林可然"]), (NEXT_TITLE, ["马骁"])]


def test_a_letter_spaced_text_under_a_text_signed_at_its_head_is_the_tail_signed_ones():
    # (the second text set letter-spaced in a column about as wide as the first's: no column change)
    second = [spaced(line) for line in wrapped(P2, 13, indent=0)[:-1]] + wrapped(P2, 13, indent=0)[-1:]
    t = tables(head_signed_then_tail_titled(second, []))
    got = [(a["title"], a["authors"], a["text"][:6]) for a in t["articles"]]
    assert got == [("推动县城建设提质增效", ["何川"], P1[:6]), (TAIL_TITLE, ["林可然"], P2[:6]), (NEXT_TITLE, ["马骁"], P4[:6])]


def spaced(line: str) -> str:
    return " ".join(line)


@pytest.mark.parametrize("staff", ["本报评论员", "本刊特约评论员"])
@pytest.mark.parametrize("note, writers", [
    ("（作者：骆清扬，系某大学教授）", ["骆清扬"]), ("（作者骆清扬，系某市委党校副教授）", ["骆清扬"]),
    ("（作者为某市委党校副教授）", []), ("（作者单位：某大学公共管理学院）", []),     # naming no one
])
def test_a_writers_note_under_a_piece_after_a_staff_commentary_closes_that_piece(staff, note, writers):
    """A commentary signed by the paper's own commentator (本报评论员), then a column's label, a title, text and a note
    on its writer: the commentator's pieces name no one and carry no author note, so the note closes the second
    piece, titled by its heading, not the commentary (qa162)."""
    text = page([["时评", "把惠民实事办到群众心坎上", staff], [P1], [P2], ["观察"], ["让社区服务站真正“站”起来"],
                 [P4], [P5], [note]])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("把惠民实事办到群众心坎上", []),
                                                                    ("让社区服务站真正“站”起来", writers)]


# ---- qa163: a line under an unsigned article's subtitle opens its first section ----
@pytest.mark.parametrize("head, title, sections", [
    # a title, its subtitle, then a question's heading over the text: the subtitle ends the title
    (["山区民宿怎样走出淡季", "——对话西川旅游学院副院长罗安澜", "客源从哪里来"], "山区民宿怎样走出淡季",
     ["客源从哪里来", "服务怎样提质"]),
    (["山区民宿怎样走出淡季", "——访西川旅游学院副院长罗安澜", "民宿经营的基本情况"], "山区民宿怎样走出淡季",
     ["民宿经营的基本情况", "服务怎样提质"]),
    # a plan's title and subtitle over its issuing body: the body is front matter, no section
    (["西川市文旅融合发展规划", "——2026—2030年", "西川市人民政府"], "西川市文旅融合发展规划", ["服务怎样提质"]),
])
def test_a_line_under_an_unsigned_titles_subtitle_opens_the_first_section(head, title, sections):
    t = tables("\n".join([*head, P1, "服务怎样提质", P2]))
    assert [a["title"] for a in t["articles"]] == [title]
    assert [s["heading"] for s in t["sections"]] == sections


# ---- qa164: a panel column's banner over the first contribution's title

@pytest.mark.parametrize("banner", ["学者笔谈·激活县域消费潜力", "激活县域消费潜力·专家圆桌"])
def test_a_panel_columns_banner_over_the_first_contributions_title_is_no_title_line(banner):
    """A 笔谈 page: the column's banner (its kind and topic parted by a middle dot, as wide as the title under it or
    wider), then each contribution's title, its contributor's name and unbracketed affiliation, and text: the banner
    is no line of the first title, and each affiliation is front matter, not text (qa164)."""
    text = page([wrapped(INTRO, 30), [banner, "让县城商业焕发新活力", "韩知远", "西岭大学商学院院长、教授"],
                 wrapped(P1, 20), wrapped(P4, 20),
                 ["以服务消费拓展增长空间", "苏明澈", "西岭省社会科学院经济研究所所长、研究员"], wrapped(P2, 20),
                 wrapped(P6, 20)])
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让县城商业焕发新活力", ["韩知远"]), ("以服务消费拓展增长空间", ["苏明澈"])]
    assert not any("研究员" in a["text"] or "教授" in a["text"] for a in t["articles"])


# ---- qa165: a paragraph between a paper's own decimal sections is no sidebar ----
def decimal_heading(marker: str, words: str, family: str) -> Unit:
    return Unit(U.HEADING, f"{marker} {words}", 44.0, 1, None, words, marker, family)


@pytest.mark.parametrize("lead_width, lead_lines", [(30.5, 2), (16.0, 3), (30.0, 3)])
def test_a_narrow_paragraph_between_a_papers_decimal_sections_stays_in_the_paper(lead_width, lead_lines):
    """A paper's text in a column 44 wide, under 2.2 a paragraph whose window a table and a figure's caption made read
    narrow, then 2.3 …: the paragraph is no sidebar before the article's text, and nothing is dropped (qa165)."""
    body = [decimal_heading("1", "引言", "decimal1"), Unit(U.PARA, P1, 44.0, 3, None),
            decimal_heading("2", "实证分析", "decimal1"), decimal_heading("2.1", "基准回归", "decimal2"),
            Unit(U.PARA, P4, 44.0, 3, None), decimal_heading("2.2", "平行趋势检验", "decimal2"),
            Unit(U.PARA, P2, lead_width, lead_lines, None), Unit(U.PARA, P6, 44.0, 3, None),
            decimal_heading("2.3", "异质性分析", "decimal2"), Unit(U.PARA, P3, 44.0, 3, None)]
    span = Span(body=list(body))
    trim_foreign_start(span)
    assert span.body == body


@pytest.mark.parametrize("marker, resumed", [("三、", True), ("一、", False), ("四、", False)])
def test_a_numbered_articles_next_section_under_a_box_set_amid_it_goes_back_to_it(marker, resumed):
    """An article numbered 一、 二、, an interview box set amid it (its title, byline and turns), then 三、…: the heading
    goes on with the article's numbering, so it and the text under it are the article's rest, not the box's (qa167). A
    heading that does not go on so (the box's own 一、, a gap) stays with the box."""
    t = tables(page([["6 经济 2026年3月3日 星期二"], ["把韧性城市建设摆在突出位置"], ["本报记者 柯文远"], hung(P1, 20),
                     ["一、强化风险意识"], hung(P2, 20), ["二、补齐设施短板"], hung(P4, 20), ["韧性城市怎么建"],
                     ["本报记者 郑牧之"], hung("记者：韧性城市建设的重点在哪里？", 20),
                     hung("韩立新：重点在于补齐基础设施短板，提升城市应对风险的能力。", 20),
                     hung("记者：基层应当怎样发力？", 20), hung("韩立新：要把应急能力建设落到社区，让群众知道怎么做。", 20),
                     [marker + "完善治理机制"], hung(P3, 20), hung(P5, 20)]))
    art = next(a for a in t["articles"] if a["text"].startswith(P1))
    assert (P3 in art["text"]) is resumed
    assert any(a["title"] == "韧性城市怎么建" for a in t["articles"])


# ---- qa172: headings right over text set letter-spaced to the end, under a signed text set solid: a box of its own ----
@pytest.mark.parametrize("label", [["记者手记"], ["编后"], []])
@pytest.mark.parametrize("box_width", [20, 22])
def test_headings_over_a_letter_spaced_box_after_a_signed_text_head_a_piece_of_their_own(label, box_width):
    box = [*label, "让小县城留住年轻人", *[spaced(line) for line in wrapped(P3, box_width)],
           *[spaced(line) for line in wrapped(P4, box_width)]]
    text = page([["推动县城建设提质增效", "本报记者 何 川"], wrapped(P1, 24), wrapped(P2, 24), box])
    got = [(a["title"], a["authors"], a["text"][:6]) for a in tables(text)["articles"]]
    assert got == [("推动县城建设提质增效", ["何川"], P1[:6]), ("让小县城留住年轻人", [], P3[:6])]


# ---- qa172: a standfirst set letter-spaced at the page's head, over articles set solid, is no article ----
@pytest.mark.parametrize("blank_lines", [False, True])
@pytest.mark.parametrize("box_width", [17, 20])
def test_a_letter_spaced_standfirst_over_solid_articles_is_the_pages_note(blank_lines, box_width):
    standfirst = [spaced(line) for line in wrapped(P5, box_width, indent=0)]
    text = page([["3 2026年5月12日 星期二 理论"], standfirst, ["推动县城建设提质增效", "□ 何川"], wrapped(P1, 22),
                 wrapped(P2, 22), ["让小县城留住年轻人", "◎林岚"], wrapped(P3, 22), wrapped(P4, 22)], blank_lines)
    t = tables(text)
    got = [(a["title"], a["authors"], a["text"][:6]) for a in t["articles"]]
    assert got == [("推动县城建设提质增效", ["何川"], P1[:6]), ("让小县城留住年轻人", ["林岚"], P3[:6])]


# ---- qa174: a column's label in brackets over the title of a text its author's note closes ----
@pytest.mark.parametrize("head", [[], ["南州日报 2026年5月12日 星期二 理论 9"]])
@pytest.mark.parametrize("label", ["【治理笔谈】", "「求是札记」", "〔基层观察〕", "治理笔谈"])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_text_under_a_column_label_and_title_keeps_its_title_and_the_next_title_heads_the_next_text(
        head, label, blank_lines):
    """(qa174) An opinion page: a column's label (in brackets or not) over a title, an unsigned text under it closed by a
    note on its author, then another column's label, a title, a byline and its text: the label over the title marks the
    first text titled at its head, so the title and byline after its note head the second text, not its end title."""
    parts = [*([head] if head else []), [label, "让公共服务更好惠及流动人口"], wrapped(P1, 20), wrapped(P2, 20),
             ["（作者：钱若溪，系某省行政学院教授）"], ["经济随笔", "以特色产业带动县域发展", "□ 卢向东"],
             wrapped(P4, 20), wrapped(P6, 20), ["本版责编：许 宁"]]
    t = tables(page(parts, blank_lines))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让公共服务更好惠及流动人口", ["钱若溪"]), ("以特色产业带动县域发展", ["卢向东"])]
    assert t["articles"][1]["text"].startswith(P4)


@pytest.mark.parametrize("label", ["【理论前沿】", "理论前沿"])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_column_label_right_over_a_text_leaves_the_title_after_its_note_its_own(label, blank_lines):
    """(qa174) A theory page that prints its titles after their texts: a column's label (in brackets or not) right over
    the first text, no title between them, marks no title at its head, so the title and byline after the text's author
    note are still its own."""
    parts = [[label], wrapped(P1, 20), wrapped(P2, 20), ["（作者系某大学教授）"],
             ["让公共服务更好惠及流动人口", "钱若溪"], wrapped(P4, 20), wrapped(P6, 20), ["（作者单位：某研究院）"],
             ["以特色产业带动县域发展", "卢向东"]]
    t = tables(page(parts, blank_lines))
    assert [(a["title"], a["authors"]) for a in t["articles"]][0] == ("让公共服务更好惠及流动人口", ["钱若溪"])


# ---- qa177: a roundup's views led by the speaker, the post in brackets ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("speaker_1", "speaker_2"), [
    ("邵明（南岭大学商学院教授）：", "詹雪梅（省社会科学院研究员）："),
    ("邵明(南岭大学教授)：", "詹雪梅（西岭财经大学副教授）："),
])
def test_a_roundup_of_views_led_by_their_speakers_is_a_piece_of_its_own(blank_after_every_line, speaker_1, speaker_2):
    parts = [["南岭县春播进度快于往年", "本报记者 许 航"], wrapped(P1, 18), wrapped(P2, 18),
             ["专家解读", "县域商业要“接地气”"], wrapped(speaker_1 + VIEW_1, 18), wrapped(speaker_2 + VIEW_2, 18)]
    arts = tables(page(parts, blank_after_every_line))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("南岭县春播进度快于往年", ["许航"]), ("县域商业要“接地气”", [])]
    assert arts[0]["text"] == "\n".join([P1, P2]) and VIEW_2 in arts[1]["text"]


# ---- qa180: a title set over three lines between a text and its signature ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("lines", "title"), [
    # three lines, the first the widest: one title set over three lines
    (["推进城乡基本公共服务", "提质扩面", "惠及更多群众"], "推进城乡基本公共服务提质扩面惠及更多群众"),
    (["以县域为重要切入点", "推进新型城镇化", "建设"], "以县域为重要切入点推进新型城镇化建设"),
    # a column head narrower than the title under it stays no part of it
    (["理论视点", "推进城乡基本公共服务", "提质扩面惠及更多群众"], "推进城乡基本公共服务提质扩面惠及更多群众"),
])
def test_a_three_line_title_printed_after_its_text_keeps_its_first_line(blank_after_every_line, lines, title):
    parts = [wrapped(P1, 20), wrapped(P2, 20), lines, ["钱 若 溪", "（作者单位：某省社会科学院）"],
             wrapped(P4, 20), wrapped(P6, 20), ["以特色产业带动县域发展", "卢向东"]]
    arts = tables(page(parts, blank_after_every_line))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [(title, ["钱若溪"]), ("以特色产业带动县域发展", ["卢向东"])]


@pytest.mark.parametrize("name", ["邵明川", "邵 明 川"])
def test_a_lone_name_after_a_commentary_titled_amid_a_signed_report_signs_that_commentary(name):
    """A report titled and signed at its head, then a commentary's title and text, then a person's name (solid or set
    one character at a time) over the next title and its dateline: the name signs the commentary, split off at its title,
    no column label of the next piece (qa179)."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, "让特色产业根深叶茂", P3, P4, name,
                          "全省新建高标准农田三百万亩", "本报讯（记者 戴 川）" + P5]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("湖畔小镇种出“致富果”", ["顾然"]), ("让特色产业根深叶茂", ["邵明川"]), ("全省新建高标准农田三百万亩", ["戴川"])]


@pytest.mark.parametrize("label, split", [("记者手记", True), ("【采访札记】", True), ("发展新路径", False)])
def test_a_reporters_note_label_over_a_title_after_a_reports_text_opens_a_piece_of_its_own(label, split):
    """记者手记 / its title / its paragraphs after a signed report's text, set in the report's own column: a piece of its
    own under that title, the label a column label (qa179); a plain heading there opens a section of the report."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, label, "小果子里的大学问", P3, P4]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"]), ("小果子里的大学问", [])]
        assert label in [r["text"] for r in t["residue"]]
    else:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("title, split", [
    (["小果子里的大学问"], True),                  # its title printed under its text, as the page prints titles (qa281)
    (["小果子里的", "大学问"], True),              # that title on two lines
    ([], False),                                   # no title: the report's last part
])
def test_a_reporters_note_titled_under_its_text_at_the_end_is_a_piece_of_its_own(blank_after_every_line, title, split):
    """记者手记 / its paragraphs / its title, ending the page after a signed report's text: a piece of its own under the
    title printed after it, the label a column label (qa281)."""
    t = tables(page([["湖畔小镇种出“致富果”", "本报记者 顾 然"], wrapped(P1, 20, 0), wrapped(P2, 20, 0), ["记者手记"],
                     wrapped(P3, 20, 0), wrapped(P4, 20, 0), title], blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"]), ("".join(title), [])]
        assert t["articles"][0]["text"] == P1 + "\n" + P2 and "记者手记" in [r["text"] for r in t["residue"]]
    else:
        assert got[0] == ("湖畔小镇种出“致富果”", ["顾然"]) and len(got) == 1


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["■ 链接", "■链接", "■ 名词解释"])
def test_a_marked_box_label_over_the_boxs_title_stays_off_that_title(blank_after_every_line, label):
    """■ 链接 / the box's title / its text, between a report signed at its head and a commentary titled and signed
    over its text: the label is no first line of a heading or a pull quote over the box's title (qa281)."""
    t = tables(page([["南岭县春播进度快于往年", "本报记者 许 航"], wrapped(P1, 22, 0), wrapped(P2, 22, 0), [label],
                     ["什么是高标准农田"], wrapped(BOX, 22, 0), ["守住群众“舌尖上的安全”", "□ 魏 宁"], wrapped(P6, 22, 0)],
                    blank_after_every_line))
    titles = [a["title"] for a in t["articles"]]
    assert titles == ["南岭县春播进度快于往年", "什么是高标准农田", "守住群众“舌尖上的安全”"]


@pytest.mark.parametrize("label, closing, split", [
    ("健康讲堂", "（市疾控中心供稿）", True),       # a box a body supplied, closed by its name
    ("法律小课堂", "县司法局供稿", True),            # unbracketed
    ("发展新路径", "（完）", False),                  # a plain heading and its text: the report's own
    ("发展新路径", "", False),
])
def test_a_labelled_box_closed_by_its_suppliers_name_after_a_reports_text_is_a_piece_of_its_own(label, closing, split):
    """(qa245) A column's label / a title / a paragraph or two / （某单位供稿） after a signed report's text: a box the body
    named at its end supplied to the page, a piece of its own under its title, the label a column label."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, label, "冬季养护要注意啥", P3, P4]
                         + ([closing] if closing else [])))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"]), ("冬季养护要注意啥", [])]
        assert label in [r["text"] for r in t["residue"]]
    else:
        assert got[0] == ("湖畔小镇种出“致富果”", ["顾然"]) and len(got) == 1


@pytest.mark.parametrize("closing, split", [
    ("（本版综合新华社等）", True),
    ("（综合本报记者报道）", True),
    ("（完）", False),            # no sources named: the label heads the report's last section
])
def test_a_labelled_run_of_items_closed_by_its_compiled_sources_after_a_report_is_a_box_of_its_own(closing, split):
    """(qa245) 海外速览 / 1.… / 2.… / （本版综合新华社等） after a signed report's text: a box of news items compiled from other
    sources, a piece of its own titled by its label, not a section of the report."""
    items = ["1.南方多国加快电网互联 多国能源部门近日签署合作备忘录，推动区域电力市场建设。",
             "2.东部港口群吞吐量再创新高 前三季度集装箱吞吐量同比增长百分之九。"]
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, "海外速览", *items, closing]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"]), ("海外速览", [])]
    else:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"])]


LETTER245 = ["读者来信", "我们村想办一个农产品加工小作坊，请问办理食品生产许可需要准备哪些材料？到哪里办理？",
             "——东岭镇读者 苗守田"]
REPLY245 = "具体材料清单可在县政务服务网查询，也可拨打市场监管局咨询电话了解。"


@pytest.mark.parametrize("opening", [
    "编辑回复：苗守田同志您好！小作坊登记实行备案管理，可向所在地市场监管所申请。",
    "编者答复：苗守田同志您好！小作坊登记实行备案管理，可向所在地市场监管所申请。",
    "【记者回复】苗守田同志您好！小作坊登记实行备案管理，可向所在地市场监管所申请。",
])
def test_the_editors_reply_under_a_readers_signed_letter_is_part_of_the_letter(opening):
    """(qa245) 读者来信 / the letter / ——某地读者 某某 / 编辑回复：… : the reply printed under the letter is no text of its own."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, *LETTER245, opening, REPLY245]))
    texts = [a["text"] for a in t["articles"]]
    assert len(texts) == 2 and LETTER245[1] in texts[1] and REPLY245 in texts[1]


@pytest.mark.parametrize("label", ["记者手记", "【采访札记】"])
def test_a_reporters_note_label_over_text_signed_by_a_lone_name_after_it_titles_the_note(label):
    """(qa245) … / 编辑回复：… / 记者手记 / its text / 顾 然: a reporter's note with no title of its own, signed after it, is a
    piece titled by its label and signed by that name; the reply before it is not the reporter's."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, *LETTER245,
                          "编辑回复：苗守田同志您好！小作坊登记实行备案管理，可向所在地市场监管所申请。", REPLY245,
                          label, P3, "顾 然"]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got[0] == ("湖畔小镇种出“致富果”", ["顾然"]) and got[-1] == (label.strip("【】"), ["顾然"]) and len(got) == 3
    assert REPLY245 in t["articles"][1]["text"]


# ---- qa185: plain-text interviews and briefs: the pieces run under them, guest lists ----
Q185 = "记者：县城商业网点布局还有哪些短板？"
A185 = "柏明川：主要是乡镇一级的商贸中心偏少，村里的便民店品类单一，群众买东西还要往县城跑。"
AD185 = "即日起至年底，参与活动的门店推出满减优惠，市民可通过小程序领取消费券，详情请咨询活动热线。"
INTERVIEW185 = [["县域商业网点如何补短板", "本报记者 江晓舟"], [P1], ["网点下沉是关键"], [Q185], [A185], [P2]]


@pytest.mark.parametrize(("tail", "title"), [
    (["本文为广告", "南岭好物节本周开幕", AD185], "南岭好物节本周开幕"),          # the label over the title
    (["南岭好物节本周开幕", "本文为广告", AD185], "南岭好物节本周开幕"),          # the label under it
    (["南岭好物节本周开幕（推广）", AD185], "南岭好物节本周开幕"),              # the label in brackets at its end
    (["编辑：程一帆", "相关新闻", "南岭好物节本周开幕", AD185], "南岭好物节本周开幕"),   # a related story's label
    (["（江晓舟 整理）", "责任编辑：程一帆", "【推广】南岭好物节本周开幕", AD185], "南岭好物节本周开幕"),
    (["责任编辑：程一帆", "【推广】南岭好物节本周开幕", AD185], "南岭好物节本周开幕"),   # the label before it, unsigned
])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_piece_marked_as_an_advert_under_a_plain_text_interview_is_an_article_of_its_own(tail, title, blank_lines):
    """(qa185) An interview copied as plain text, then a title line marked as an advertisement's (a label over or under
    it, or in brackets at its end) or under the credit closing the interview, over text: that title heads a piece of
    its own, no last section of the interview."""
    t = tables(page([*INTERVIEW185, *([x] for x in tail)], blank_lines))
    assert [(a["title"], a["text"].split("\n")[-1]) for a in t["articles"]] == [
        ("县域商业网点如何补短板", P2), (title, AD185)]
    assert [s["heading"] for s in t["sections"]] == ["网点下沉是关键"]


@pytest.mark.parametrize("closing", [["（本文仅代表课题组观点，不代表研究院立场）"], ["（执笔：程一帆　江晓舟）", "联系人：江晓舟　联系电话：0731-1234 5678"]])
@pytest.mark.parametrize("blank_lines", [False, True])
def test_a_news_item_under_a_group_signed_brief_is_an_article_of_its_own(closing, blank_lines):
    """(qa185) A think tank's brief signed by a 课题组, closed by a disclaimer or by its drafters' note (and the contact
    line under it), then a title line over text: the title heads a piece of its own, a news item; the drafters are the
    group's writers, no other piece's authors, and the contact line is the brief's."""
    parts = [["关于推进县域商业体系建设的建议", "南岭发展研究院课题组"], ["一、基本情况"], [P1], ["二、对策建议"], [P2], closing,
             ["研究院举办县域商业发展座谈会"], [P4]]
    arts = tables(page(parts, blank_lines))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [
        ("关于推进县域商业体系建设的建议", ["南岭发展研究院课题组"]), ("研究院举办县域商业发展座谈会", [])]
    assert arts[1]["text"] == P4 and arts[0]["text"].startswith(P1)


@pytest.mark.parametrize("guests", [
    ["嘉宾简介", "邵明川 某省发展改革委处长", "祁若兰 某大学通用航空学院教授", "班子墨 某科技公司董事长"],
    ["对话嘉宾", "邵明川 某省发展改革委处长", "祁若兰 某大学通用航空学院教授"],
    ["与谈人", "主持人：邵明川（本报副总编辑）", "与谈人：祁若兰（某大学教授）", "　　　　班子墨（某公司董事长）"],
])
@pytest.mark.parametrize("heading", ["改什么：先算产业账", "空域管理怎么放"])
def test_a_guest_list_leaves_the_heading_under_it_a_section_and_its_guests_no_authors(guests, heading):
    """(qa185) A guest list under its label, guests' lines naming the post after a space (each reads as a byline alone)
    or in brackets after a role, then the first heading (maybe with a colon) over the turns: the list is a box on the
    guests, no authors; the heading is the first section, no guest, whatever mark it sets apart its words."""
    parts = [["低空经济如何飞得稳", "本报记者 向晚舟"], [P1], guests, [heading], [Q185], [A185], ["安全底线怎么守"], [P2]]
    t = tables(page(parts))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("低空经济如何飞得稳", ["向晚舟"])]
    assert [s["heading"] for s in t["sections"]] == [heading, "安全底线怎么守"]


# ---- qa186: a narrower reading box between a head-signed report and a text titled and signed after it ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("box_width", "split"), [
    (15, True),           # the box set narrower than the text: the text after it is the next writer's
    (20, False),          # a labelled part in the text's own column: no box, the lines after the text title it again
])
def test_a_narrow_reading_box_parts_a_report_from_a_text_titled_and_signed_after_it(blank_after_every_line, box_width,
                                                                                     split):
    parts = [["县域商业体系建设提速", "本报记者 庞 立"], wrapped(P1, 20, 0), wrapped(P2, 20, 0), ["■链接"],
             wrapped("县域商业体系，是指以县城为中心、乡镇为重点、村为基础的商业网络，包括商贸流通设施和服务。", box_width, 0),
             wrapped(P4, 20, 0), wrapped(P6, 20, 0), ["以特色产业带动县域发展", "某大学经济学院教授 卢向东"]]
    arts = tables(page(parts, blank_after_every_line))["articles"]
    got = [(a["title"], a["authors"]) for a in arts]
    if split:
        # (the box a piece of its own between them, or residue where it reads as a pull quote: in neither text)
        assert (got[0], got[-1]) == (("县域商业体系建设提速", ["庞立"]), ("以特色产业带动县域发展", ["卢向东"]))
        assert arts[-1]["text"].startswith(P4[:10]) and arts[0]["text"].endswith(P2[-10:])
    else:
        assert ("以特色产业带动县域发展", ["卢向东"]) not in got


# ---- qa186: a commentary's title under its bulleted byline; a cartoon between a column's label and its text ----
@pytest.mark.parametrize(("line", "split"), [
    ("别让好政策停在纸面上", True),      # □ 某某 / its title / text: the title, so the end title is another piece's
    ("字号：大 中 小", False),           # chrome under the byline: no title, the end title and byline its own
])
def test_the_line_under_a_bulleted_byline_over_the_text_is_its_title(line, split):
    arts = tables("\n".join(["□ 庞 立", line, P1, P2, "画里话", P4, P6, "让便民服务更便民", "卢向东"]))["articles"]
    got = [(a["title"], a["authors"]) for a in arts]
    if split:
        assert got == [("别让好政策停在纸面上", ["庞立"]), ("让便民服务更便民", ["卢向东"])]
    else:
        assert ("别让好政策停在纸面上", ["庞立"]) not in got and len(got) == 1


@pytest.mark.parametrize("cartoon", [["“接力赛”", "漫画/方 舟"], []])
def test_a_cartoon_under_a_column_label_amid_a_signed_text_leaves_the_label_opening_the_next_piece(cartoon):
    """A text titled and signed at its head, a column's label (画里话) with a cartoon (its title, its credit) under it,
    then a text titled and signed after it: the label and cartoon part the two texts (qa186)."""
    arts = tables("\n".join(["别让好政策停在纸面上", "□ 庞 立", P1, P2, "画里话", *cartoon, P4, P6, "让便民服务更便民",
                             "卢向东"]))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("别让好政策停在纸面上", ["庞立"]), ("让便民服务更便民", ["卢向东"])]


@pytest.mark.parametrize("upper, lower, title", [
    # a joint notice's title run on from its two bodies, wrapped before it ends (qa187)
    ("北岭市民政局　北岭市财政局关于做好2026年困难群众", "基本生活救助工作的通知",
     "北岭市民政局　北岭市财政局关于做好2026年困难群众基本生活救助工作的通知"),
    ("南川县人民政府办公室 南川县农业农村局关于加快", "推进高标准农田建设的实施意见",
     "南川县人民政府办公室 南川县农业农村局关于加快推进高标准农田建设的实施意见"),
])
def test_a_joint_notices_title_wrapped_after_its_bodies_keeps_its_first_line(upper, lower, title):
    text = "\n".join(["北岭市民政局　北岭市财政局", "", "北民发〔2026〕9号", "", upper, lower, "",
                      "各区县民政局、财政局：", "    " + P1, "    一、明确救助范围", "    " + P2, "    二、强化资金保障",
                      "    " + P4])
    got = tables(text)["articles"][0]["title"]
    assert got.replace(" ", "").replace("　", "") == title.replace(" ", "").replace("　", "")


# ---- qa188: an editor's note between a Markdown article's title and its byline ----
@pytest.mark.parametrize(("note", "residue"), [
    ("**编者按：** 本期刊发研究院关于县域养老服务的最新成果，供读者参考。", True),   # (qa188) the editors' words
    ("【编者按】本期刊发研究院关于县域养老服务的最新成果，供读者参考。", True),
    ("**导读：** 县域养老服务正从兜底保障走向普惠发展。", False),                   # a lead box stays the text's first
])
def test_an_editors_note_between_a_markdown_title_and_its_byline_is_residue(note, residue):
    t = tables("\n\n".join(["# 县域养老服务如何提质增效", note, "作者 | 林 远", P1, P2]), name="post.md")
    assert [a["title"] for a in t["articles"]] == ["县域养老服务如何提质增效"]
    assert t["articles"][0]["authors"] == ["林远"]
    assert (t["articles"][0]["text"] == "\n".join([P1, P2])) == residue
    assert any("供读者参考" in r["text"] or "普惠发展" in r["text"] for r in t["residue"]) == residue


# ---- qa191: a headline wrapped over three lines in a narrow newspaper column ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("width", "first", "title"), [
    (13, "城乡客运一体化", "城乡客运一体化覆盖全部建制村"),   # 13 characters a line: the headline wraps over three lines
    (13, "今日观察", "覆盖全部建制村"),                      # a column's name over a two-line headline: its label
    (24, "城乡客运一体化", "建制村"),                        # a wide column: three lines are no one headline
    (24, "今日观察", "覆盖全部建制村"),                      # a column's name labels two title lines at any width (qa232)
])
def test_three_lines_over_a_byline_in_a_narrow_column_are_one_headline(blank_after_every_line, width, first, title):
    parts = [["县域经济", "提质增效", "本报记者 庞 立"], wrapped(P1, width, 0), wrapped(P2, width, 0),
             [first, "覆盖全部", "建制村"], ["本报记者 卢向东"], wrapped(P4, width, 0), wrapped(P6, width, 0)]
    arts = tables(page(parts, blank_after_every_line))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("县域经济提质增效", ["庞立"]), (title, ["卢向东"])]


# ---- qa191: a reporter's and a correspondent's bylines stacked one a line under a title between two texts ----
@pytest.mark.parametrize("width", [13, 24])
@pytest.mark.parametrize("signed_at_head", [False, True])
def test_bylines_stacked_under_a_title_between_two_texts_sign_the_next(width, signed_at_head):
    """A text signed at its head (本报记者 …) or at its end (（记者 …）), then a title and two byline lines (a reporter,
    then a correspondent, as a narrow column sets them): the title and both bylines are the next article's head."""
    head = ["县域物流", "提速降费", "本报记者 晏 舟"] if signed_at_head else ["县域物流", "提速降费"]
    tail = [] if signed_at_head else [["（记者 晏 舟）"]]
    parts = [head, wrapped(P1, width, 0), wrapped(P2, width, 0), *tail,
             ["乡村快递", "进村入户", "本报记者 石 沐", "通讯员 贺 原"], wrapped(P4, width, 0), wrapped(P6, width, 0)]
    arts = tables(page(parts))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("县域物流提速降费", ["晏舟"]), ("乡村快递进村入户", ["石沐", "贺原"])]


# ---- qa197: a dek between a commentary's title and its bulleted byline ----
@pytest.mark.parametrize(("head", "title"), [
    (["让公共文化服务走进村头", "——从一场村晚说起"], "让公共文化服务走进村头"),   # title and subtitle over the dek
    (["让公共文化服务走进村头"], "让公共文化服务走进村头"),                       # a title alone over it
])
@pytest.mark.parametrize("byline", ["□ 卢 向 东", "■ 卢向东", "本报评论员 卢向东", "特约评论员 卢向东"])
def test_a_dek_under_a_title_over_a_head_signature_stays_with_the_text_it_signs(head, title, byline):
    """Title lines, one short paragraph (the dek), a head signature (bulleted, or a commentator's), then the text: one
    article, titled and signed, the dek its first paragraph; the signature signs the text under it (qa197)."""
    dek = "村晚办得红火，说明群众有需求。办好公共文化服务，还要在常态长效上下功夫。"
    arts = tables("\n".join([*head, dek, byline, P1, P2, P4]))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [(title, ["卢向东"])]
    assert arts[0]["text"].startswith(dek) and P4 in arts[0]["text"]


@pytest.mark.parametrize("byline", ["（记者 卢向东）", "卢向东"])
def test_an_unbulleted_signature_under_a_one_paragraph_piece_still_closes_it(byline):
    """A one-paragraph piece under its title, closed by a credit in brackets or a lone name, then text: the signature is
    the piece's, as before qa197 (only a head signature heads the text under it)."""
    brief = "全县首批20个村级助餐点近日投入运营，覆盖老年人3000余名，实行低偿收费，一餐只收3元。"
    arts = tables("\n".join(["村级助餐点投入运营", brief, byline, P1, P2, P4]))["articles"]
    assert arts[0]["authors"] == ["卢向东"] and arts[0]["text"] == brief


# ---- qa196: an editor's note under a Markdown web page's title and its line of fields naming the writer ----
@pytest.mark.parametrize(("note", "residue"), [
    ("**编者按：** 本报今起推出系列评论，聚焦县域养老服务，敬请关注。", True),    # (qa196) the editors' words
    ("【编者按】本报今起推出系列评论，聚焦县域养老服务，敬请关注。", True),
    ("**导读：** 县域养老服务正从兜底保障走向普惠发展。", False),                 # a lead box stays the text's first
])
def test_an_editors_note_under_a_markdown_title_and_its_fields_is_residue(note, residue):
    head = ["# 县域养老服务如何提质增效", "2026-03-02 07:50 来源：青川日报 作者：林远"]
    t = tables("\n\n".join([*head, note, P1, P2]), name="post.md")
    assert [a["title"] for a in t["articles"]] == ["县域养老服务如何提质增效"]
    assert t["articles"][0]["authors"] == ["林远"]
    assert (t["articles"][0]["text"] == "\n".join([P1, P2])) == residue
    assert any("敬请关注" in r["text"] or "普惠发展" in r["text"] for r in t["residue"]) == residue


def test_an_editors_note_right_over_the_first_section_stays_the_lead():
    # (qa196) no text between the note and the first ## section: the note is all the piece's lead (an interview's)
    head = ["# 县域养老服务如何提质增效", "2026-03-02 07:50 来源：青川日报 作者：林远"]
    note = "**编者按：** 本报记者就县域养老服务专访了省民政研究院研究员，敬请关注。"
    t = tables("\n\n".join([*head, note, "## 养老服务的短板在哪里", P1, P2]), name="post.md")
    assert "敬请关注" in t["articles"][0]["text"]


# ---- qa198: a column's label under a roundup's last view ----
def test_a_label_under_a_roundups_last_view_is_the_next_pieces_not_the_roundups_title():
    """An essay closed by its author note, 【专家视点】 and views each signed on a dash-led line, then 书评 over a review's
    title, its book line and byline: the label is the review's column, never the roundup's end title (qa198)."""
    parts = [["推进城乡融合发展", "◎ 许 航"], hung(P1, 20), hung(P2, 20), ["（作者系南岭大学经济学院教授）", "【专家视点】"],
             hung(VIEW_1, 16),
             ["——南岭大学商学院教授 邵 明"], hung(VIEW_2, 16), ["——省社会科学院研究员 詹雪梅"],
             ["书评", "读懂县域发展的逻辑", "《县域发展十讲》 辛禾著 南岭人民出版社 2027年5月出版", "□ 韦 晴"],
             hung(P4, 20), hung(P6, 20)]
    arts = tables(page(parts))["articles"]
    assert [a["title"] for a in arts if a["title"] == "书评"] == []
    assert (arts[-1]["title"], arts[-1]["authors"], arts[-1]["text"]) == ("读懂县域发展的逻辑", ["韦晴"], "\n".join([P4, P6]))


# ---- qa198: a piece titled under a roundup's last view and signed after its text ----
def test_a_piece_titled_under_a_roundups_last_view_and_signed_after_it_is_its_own():
    """【专家视点】 and its signed views, then 书评, the review's title and book line over its text, the writer's name and
    note after it: the review is a piece of its own under its title, signed by that name; the roundup keeps its views
    only (qa198)."""
    parts = [["推进城乡融合发展", "◎ 许 航"], hung(P1, 20), hung(P2, 20), ["（作者系南岭大学经济学院教授）", "【专家视点】"],
             hung(VIEW_1, 16), ["——南岭大学商学院教授 邵 明"], hung(VIEW_2, 16), ["——省社会科学院研究员 詹雪梅"],
             ["书评", "读懂县域发展的逻辑", "《县域发展十讲》 辛禾著 南岭人民出版社 2027年5月出版"],
             hung(P4, 20), hung(P6, 20), ["韦 晴", "（作者系南岭社会科学院研究员）"]]
    arts = tables(page(parts))["articles"]
    assert [(a["title"], a["authors"], a["text"]) for a in arts[1:]] == [
        ("专家视点", [], "\n".join([VIEW_1, VIEW_2])), ("读懂县域发展的逻辑", ["韦晴"], "\n".join([P4, P6]))]


# ---- qa201: a digest of short items, each a title over its source line over text ----
DIGEST_ITEMS = [("市场监管总局部署冬季特种设备安全检查", "通知要求各地对电梯、锅炉、燃气管道开展全面排查，发现隐患立即整改，整改不到位的一律停用。"),
                ("海湾省出台促进银发消费十条措施", "措施提出建设一批适老化改造示范社区，对老年人购买智能辅具给予最高两千元补贴。"),
                ("临川市试点社区食堂运营补助", "临川市在二十个社区试点食堂运营补助，按每餐两元标准补贴运营主体，确保微利可持续。")]


@pytest.mark.parametrize("source", ["来源：某某部网站 2026-10-12", "【来源】某某部网站 2026-10-12", "【来源】某某日报"])
@pytest.mark.parametrize("parts", [False, True])
@pytest.mark.parametrize("numbered", [False, True])
def test_a_digest_of_titled_items_under_source_lines_is_one_article_per_item(source, parts, numbered):
    """A weekly digest: a masthead, then items each a title line (maybe numbered, 1. …), a source line (来源：… or
    【来源】…) and a paragraph, grouped under part headings (一、…): one article per item titled by its line without its
    number, the source line no text, the part headings residue (qa201)."""
    lines = ["要闻周报｜2026年第41周"]
    for k, (title, text) in enumerate(DIGEST_ITEMS):
        if parts and k in (0, 1):
            lines += ["", ("一、部委动态" if k == 0 else "二、地方举措")]
        lines += ["", f"{k + 1}. {title}" if numbered else title, source, text]
    t = tables("\n".join(lines))
    arts = t["articles"]
    assert [(a["title"], a["text"]) for a in arts] == DIGEST_ITEMS
    assert not t["sections"]
    assert all("某某部" in (a["source"] or "") or "某某日报" in (a["source"] or "") for a in arts)
    if parts:
        assert {"一、部委动态", "二、地方举措"} <= {r["text"] for r in t["residue"]}


def test_one_titled_item_under_a_source_line_stays_a_web_article_with_sections():
    """A web article (title, source line, text) whose parts are headed by plain lines over text: one article with its
    sections; a lone item is no digest (qa201)."""
    lines = ["推进县域商业体系建设的实践路径", "来源：某某网 2026-10-12", P1, "完善县乡村三级物流网络", P2, "培育县域商业主体", P3]
    arts = tables("\n".join(lines))["articles"]
    assert len(arts) == 1 and arts[0]["title"] == "推进县域商业体系建设的实践路径"


@pytest.mark.parametrize("masthead", [["要闻周报｜2026年第41周"], ["要闻周报｜2026年第41周", "（2026年10月5日—10月11日）"]])
def test_part_headings_over_digest_items_closed_by_source_notes_are_residue(masthead):
    """A digest whose items each close with a source note in brackets (a title / a paragraph / （来源：…）), grouped under
    part headings (一、… / 二、…): one article per item titled by its line; the part headings and the masthead over the
    first part are residue, no sections nor titles (qa201)."""
    lines = [*masthead]
    for k, (title, text) in enumerate(DIGEST_ITEMS):
        if k in (0, 2):
            lines += ["", "一、部委动态" if k == 0 else "二、地方举措"]
        lines += ["", title, text, "（来源：某某部网站）"]
    t = tables("\n".join(lines))
    assert [(a["title"], a["text"]) for a in t["articles"]] == DIGEST_ITEMS
    assert not t["sections"]
    assert {"一、部委动态", "二、地方举措"} <= {r["text"] for r in t["residue"]}


# ---- qa201: a brief's bare 目录 over its notes ----
@pytest.mark.parametrize("mark", ["1. ", "1、", "◎ ", ""])
@pytest.mark.parametrize("label", ["目录", "本期目录"])
def test_a_bare_contents_label_over_a_briefs_notes_leaves_the_first_note_its_title(mark, label):
    """A think-tank brief's masthead fields, a bare 目录 (or 本期目录) over entries naming its notes (numbered, bulleted or
    not), then the first note's title and text: the title is the first note's, the list residue, not a section heading
    under the list nor wrapped into the title (qa201)."""
    first, second = "关于加快发展社区嵌入式托育的建议", "推动老旧街区商业焕新的几点思考"
    marks = [mark, mark.replace("1", "2").replace("一", "二")]
    lines = ["某某研究院 决策参考 2026年第9期（总第120期）", "某某研究院办公室编 2026年5月6日", "", label,
             f"{marks[0]}{first}", f"{marks[1]}{second}", "", first, P1, "（执笔：甲乙丙）", "", second, P2,
             "（执笔：丁戊己）"]
    arts = tables("\n".join(lines))["articles"]
    assert [a["title"] for a in arts] == [first, second]


@pytest.mark.parametrize("parts", [False, True])
def test_digest_items_with_the_source_note_under_the_title_keep_their_titles(parts):
    """A digest setting each item's source in brackets right under its title (a title / （来源：…） / a paragraph), maybe
    under part headings: one article per item titled by its line, the note its source, the part headings residue
    (qa201)."""
    lines = ["要闻周报｜2026年第41周"]
    for k, (title, text) in enumerate(DIGEST_ITEMS):
        if parts and k in (0, 2):
            lines += ["", "一、部委动态" if k == 0 else "二、地方举措"]
        lines += ["", title, "（来源：某某部网站 2026-10-12）", text]
    t = tables("\n".join(lines))
    assert [(a["title"], a["text"], a["source"]) for a in t["articles"]] == [(*item, "某某部网站") for item in DIGEST_ITEMS]
    assert not t["sections"]


# ---- qa202: a two-character name after a commentary titled amid a report signed at its head ----
@pytest.mark.parametrize(("name", "signed"), [("方 澈", True), ("方澈", True), ("何 苗", True),
                                              ("来论", False), ("时 评", False)])
def test_a_two_character_name_after_a_commentary_titled_amid_a_signed_report_signs_it(name, signed):
    """A report titled and signed at its head, a commentary's title and text, then a surname and one character over the
    next title: that name signs the commentary as a longer one does; a two-character column label (来论, 时评, whose
    first characters are surnames too) stays the next piece's label, and the heading amid the report stays its own."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, "让特色产业根深叶茂", P3, P4, name,
                          "乡村集市要办出烟火气", P5, P6, "（作者系某省社会科学院研究员 于清川）"]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if signed:
        assert got[:2] == [("湖畔小镇种出“致富果”", ["顾然"]), ("让特色产业根深叶茂", ["".join(name.split())])]
    else:
        assert got[0] == ("湖畔小镇种出“致富果”", ["顾然"]) and len(got) == 2


# ---- qa202: a commentary boxed under a report's text under its label ----
@pytest.mark.parametrize(("label", "split"), [("评 论", True), ("短评", True), ("【快评】", True), ("发展新路径", False)])
def test_a_commentary_label_over_a_title_after_a_reports_text_opens_a_piece_of_its_own(label, split):
    """评 论 / its title / its paragraphs and an affiliation note naming no one, after a report signed at its head: a
    piece of its own under that title, the label a column label, as a reporter's note is (qa202); a plain heading there
    opens a section of the report."""
    # (a note naming no one closes a piece after a reporter's report by itself: the counter-case has none)
    note = ["（作者单位：某省农业科学院）"] if split else []
    t = tables("\n".join(["湖畔小镇种出“致富果”", "本报记者 顾 然", P1, P2, label, "小果子要做成大产业", P3, P4, *note]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"]), ("小果子要做成大产业", [])]
    else:
        assert got == [("湖畔小镇种出“致富果”", ["顾然"])]


# ---- qa202: an author note naming no one after a heading amid a reporter's report ----
@pytest.mark.parametrize(("byline", "note", "split"), [
    ("本报记者 顾 然", "（作者单位：某省农业科学院）", True),
    ("新华社记者 顾然 通讯员 简 宁", "（作者系某大学经济学院教授）", True),
    # an op-ed signed at its head by its writer: the note is its own, the heading its section
    ("顾 然", "（作者单位：某省农业科学院）", False),
])
def test_an_unnamed_author_note_after_a_heading_amid_a_reporters_report_closes_another_piece(byline, note, split):
    """A report signed by reporters at its head, a heading amid its text, more text, then an author note naming no one:
    reporters get no author note, so the note closes a commentary titled by that heading (qa202)."""
    t = tables("\n".join(["湖畔小镇种出“致富果”", byline, P1, P2, "小果子要做成大产业", P3, P4, note]))
    got = [a["title"] for a in t["articles"]]
    assert got == (["湖畔小镇种出“致富果”", "小果子要做成大产业"] if split else ["湖畔小镇种出“致富果”"])


# ---- qa206: a page titled at each piece's head and signed at its end

@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, authors, title", [
    ("聂川阳夜间经济更要安全", ["聂川阳"], "夜间经济更要安全"),     # a noun opens the title
    ("聂川阳推动夜间经济升级", ["聂川阳"], "推动夜间经济升级"),     # a verb opens it (qa40)
])
def test_a_full_name_glued_to_a_title_opening_with_any_word_signs_the_text_before_on_a_page_signed_at_the_end(
        blank_after_every_line, glued, authors, title):
    # the line is the one heading of a text whose first part has none and whose end is signed: a signature glued to
    # the next title, not that text's only subheading
    parts = [["让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             ["任思远 经济日报", "健全县域商业体系"], wrapped(P4, 20, indent=0), [glued], wrapped(P6, 20, indent=0),
             ["邵 川 江南日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", ["任思远"]), ("健全县域商业体系", authors), (title, ["邵川"])]


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", [[], ["社论"]])
def test_an_unsigned_first_piece_ends_at_the_next_pieces_title_on_a_page_signed_at_the_end(blank_after_every_line,
                                                                                           label):
    # 社论 / title / text / title / text / signature / title / text / signature: the line between the first two texts
    # titles the second piece, which its signature closes; the first piece is signed by no one
    parts = [[*label, "让高标准农田“高”在实处"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
             ["健全县域商业体系"], wrapped(P4, 20, indent=0), ["任思远 经济日报", "推动农村寄递物流提质降本"],
             wrapped(P6, 20, indent=0), ["邵 川 江南日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("让高标准农田“高”在实处", []), ("健全县域商业体系", ["任思远"]), ("推动农村寄递物流提质降本", ["邵川"])]
    assert t["articles"][0]["text"] == P1 + "\n" + P2


@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_banner_over_an_editors_note_is_no_unsigned_first_piece(blank_after_every_line):
    # banner / 编者按：… / title / text / signature / title / text / signature: the banner and its note are the page's,
    # residue as page furniture and an editor's note, not a piece of their own cut before the first title
    parts = [["8 专题 2026年5月21日 星期四", "让乡村产业兴旺起来"], wrapped("编者按：" + P1, 20, indent=0),
             ["健全县域商业体系"], wrapped(P4, 20, indent=0), ["任思远 经济日报", "推动农村寄递物流提质降本"],
             wrapped(P6, 20, indent=0), ["邵 川 江南日报"]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("健全县域商业体系", ["任思远"]), ("推动农村寄递物流提质降本", ["邵川"])]
    assert {r["text"][:4]: r["reason"] for r in t["residue"]}["让乡村产"] == "page furniture"


@pytest.mark.parametrize("opening, sections", [
    (["前沿观察", "城市安全与治理现代化"], []),               # a column's name over the page's theme: a label
    (["前沿观察", "城市安全与治理现代化的路径探索与实践"], ["前沿观察城市安全与治理现代化的路径探索与实践"]),  # too long
])
def test_a_column_name_over_a_short_theme_line_over_an_article_titled_after_its_text_is_its_label(opening, sections):
    # qa210: the two short lines over the text, no other heading but numbered ones, label the column as one line does
    body = [*wrapped(P1, 20), "一、夯实基础", *wrapped(P2, 20), "二、补齐短板", *wrapped(P4, 20)]
    t = tables(page([opening, body, ["让夜间消费亮起来"], ["叶子衿"]]))
    assert [a["title"] for a in t["articles"]] == ["让夜间消费亮起来"]
    assert [s["heading"] for s in t["sections"]] == [*sections, "夯实基础", "补齐短板"]
    assert not sections or "城市安全与治理现代化" not in {r["text"] for r in t["residue"]}
    assert sections or {"前沿观察", "城市安全与治理现代化"} <= {r["text"] for r in t["residue"]}


# ---- qa207: a piece signed at its end after an editorial under its label ----
@pytest.mark.parametrize(("label", "signature", "split"), [
    ("社论", "——于清川（某大学经济学系教授）", True),
    ("社评", "◎ 于清川(某大学经济学系教授)", True),
    ("社 论", "于清川", True),
    # no editorial's label: one signed piece with a heading amid its text
    ("", "——于清川（某大学经济学系教授）", False),
])
def test_a_signature_after_a_title_amid_an_editorial_closes_another_piece(label, signature, split):
    """社论 / its title / its text / a title line / more text / a signature: the paper's editorial is signed by no one, so
    the signature closes a piece of its own under that title line; without the label the line is a heading amid one
    signed piece (qa207)."""
    head = [label] if label else []
    t = tables("\n".join(["某某日报 2026年11月24日 星期二 A14 评论", "", *head, "县域经济要走特色之路", "", P1, "", P2, "",
                          "小城镇建设贵在因地制宜", P3, P4, signature]))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    if split:
        assert got == [("县域经济要走特色之路", []), ("小城镇建设贵在因地制宜", ["于清川"])]
    else:
        assert [a["title"] for a in t["articles"]] == ["县域经济要走特色之路"]


# ---- qa207: a subtitle of two phrases under a headline of two ----
@pytest.mark.parametrize(("upper", "lower", "kept"), [
    ("夜市经济再升温 摊商营收创新高", "市府拟延长营业时间至凌晨两点 最快下月试办", 2),   # headline over a gapped subtitle
    ("房市降温 交易连三月下滑", "央行信用管制效应显现 业者盼政策松绑", 2),
    ("理论 周刊", "以新质生产力推动 高质量发展", 1),             # a spaced column head: phrases too short for a headline
    ("牢记嘱托 展现新风采", "奋力谱写高质量发展新篇章", 2),        # an unspaced lower line, as before (qa95)
    # a Taiwan paper's headline phrases of eight to ten characters over the gapped deck (qa235)
    ("长照机构评鉴大翻修 小型业者减负担", "卫福部拟简化书面审查项目与评分标准 明年上路", 2),
    ("青年首购贷款利率再降 放宽年龄限制", "财政部研议延长补贴期限至五年 最快年底实施", 2),
    ("长照机构评鉴大翻修 小型业者减负担", "卫福部拟简化书面审查项目与评分标准明年上路", 1),   # an unspaced lower line: no deck
])
def test_a_headline_of_two_phrases_over_a_gapped_subtitle_is_one_title(upper, lower, kept):
    lines = [Unit(U.PLAIN, t, float(len(t)), 1, None) for t in (upper, lower)]
    title, _kicker = title_split(lines)
    assert [u.text for u in title] == [upper, lower][2 - kept:]


@pytest.mark.parametrize("label, topical", [("本期关注", True), ("【本期聚焦】", True), ("本期话题", True),
                                            ("前沿观察", False)])
def test_a_topic_box_label_over_a_long_topic_line_is_furniture_not_the_first_section(label, topical):
    """(qa217) A theory page's topic box with no lead of its own (本期关注 / a topic as long as a title) right over an
    article titled after its text: the label and the topic are column labels, however long the topic; under another
    short line a line that long is a heading set in two lines, the first section's."""
    topic = "以数字技术赋能县域商贸流通体系"
    text = page([["3 理论周刊 2026年3月10日 星期二"], [""], wrapped(P5 + P6, 44, 0), [""], [label, topic], [""],
                 wrapped(P1, 30), [""], wrapped(P3, 30), [""], ["一、把握县域发展的阶段特征"], [""], wrapped(P4, 30), [""],
                 ["做强县域特色产业", "杜明远"], [""], wrapped(P2, 20), [""], wrapped(P6, 20), [""], ["让公共服务更可及", "钱若溪"]])
    t = tables(text)
    assert [a["title"] for a in t["articles"]] == ["做强县域特色产业", "让公共服务更可及"]
    heads = [s["heading"] for s in t["sections"]]
    assert heads == (["把握县域发展的阶段特征"] if topical else [label + topic, "把握县域发展的阶段特征"])
    assert ({label, topic} <= {r["text"] for r in t["residue"]}) == topical


# ---- qa226: the head's signature repeated amid the text; a Markdown footer of contact fields under its last rule ----
@pytest.mark.parametrize("repeat, articles", [
    ("本期评论员　许知远", 1),              # the writer signing again amid the text: an author box, no other article
    ("许知远", 1),
    ("特约评论员 许 知 远", 1),
    ("本期评论员　柯宁远", 2),              # someone else: the text under the name is another piece
])
def test_a_byline_amid_the_text_repeating_the_head_signature_is_furniture(repeat, articles):
    text = "\n".join(["评论 > 时评", "文｜许知远", "让社区食堂吃得起也开得下去", "2026年5月8日 来源：澄川日报",
                      P1, P2, repeat, P3, P4])
    t = tables(text)
    assert len(t["articles"]) == articles
    if articles == 1:
        assert t["articles"][0]["authors"] == ["许知远"] and t["articles"][0]["text"].endswith(P4[-12:])


@pytest.mark.parametrize("footer, kept", [
    (["---", "联系电话：0731-5520××××  地址：某市某路18号"], False),   # under the last rule: the publisher's footer
    (["---", "投诉热线：12345", "电子邮箱：contact@example.cn"], False),
    (["联系电话：0731-5520××××"], True),                          # right under the text: a line of that text
    (["---", "联系电话：0731-5520××××", P3], True),               # text under it: no footer
])
def test_contact_fields_under_a_markdown_documents_last_rule_are_furniture(footer, kept):
    t = tables("\n\n".join(["# 某县推进老旧小区改造的做法", P1, P2, *footer]), "page.md")
    assert ("0731" in t["articles"][0]["text"] or "12345" in t["articles"][0]["text"]) == kept


# ---- qa224: an editor's note over a reader's letter signed at its end ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("title", "signature", "author"), [
    ("老旧小区停车难，能否错时共享单位车位", "江南省临川市  读者  许 明", "许明"),
    ("乡村客运班次少，群众出行盼加密", "江南临川读者 方若溪", "方若溪"),
])
def test_an_editors_note_over_a_letter_signed_at_its_end_leaves_the_letter_its_title(title, signature, author,
                                                                                      blank_after_every_line):
    """A piece titled and signed at its head, closed by its author note / 编者按：… / the letter's title / 编辑同志： / its
    text / its signature: the note is residue and the line under it titles the letter, not its first section (qa224)."""
    note = ("编者按：" + P1)[:39] + "。"
    parts = [["健全县域商业体系", "任思远"], wrapped(P2, 20, indent=0), ["（作者为某大学教授）"], wrapped(note, 20, indent=0),
             [title, "编辑同志："], wrapped(P4, 20, indent=0), [signature]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("健全县域商业体系", ["任思远"]), (title, [author])]
    assert not t["sections"]
    assert "editor's note" in {r["reason"] for r in t["residue"]}


# ---- qa224: a box between two pieces signed at their ends ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("label", "signatures"), [
    ("相关链接", ("◎ 许明远", "◎ 邵 川")),
    ("延伸阅读", ("□ 许明远", "□ 邵 川")),
    ("相关链接", ("许明远", "邵 川")),
])
def test_a_box_after_a_piece_signed_at_its_end_leaves_the_next_piece_its_title(label, signatures, blank_after_every_line):
    """title / text / ◎ 某某 / 相关链接 / its paragraph / the next title / text / ◎ 某某: the box is a piece of its own
    under its label, and the title under it heads the second piece, not its first section (qa224)."""
    box = "截至去年底，全县累计建成村级寄递物流综合服务站三百二十个，覆盖率超过九成。"
    parts = [["健全县域商业体系"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0), [signatures[0], label],
             wrapped(box, 19, indent=0), ["推动农村寄递物流提质降本"], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0),
             [signatures[1]]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("健全县域商业体系", ["许明远"]), (label, []), ("推动农村寄递物流提质降本", ["邵川"])]
    assert not t["sections"]


# ---- qa224: an editor's note amid a text signed at its head, over a letter signed at its end ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("title", "signature", "author"), [
    ("老旧小区停车难，能否错时共享单位车位", "江南省临川市  读者  许 明", "许明"),
    ("乡村客运班次少，群众出行盼加密", "江南临川读者 方若溪", "方若溪"),
])
def test_an_editors_note_amid_a_head_signed_text_opens_the_letter_under_it(title, signature, author,
                                                                           blank_after_every_line):
    """title / 某某 / text / 编者按：… / a letter's title / 编辑同志： / its text / its signature, no author note closing the
    first text: the note is residue, the line under it the letter's title, the signature the letter's (qa224)."""
    note = ("编者按：" + P1)[:39] + "。"
    parts = [["健全县域商业体系", "任思远"], wrapped(P2, 20, indent=0), wrapped(note, 20, indent=0),
             [title, "编辑同志："], wrapped(P4, 20, indent=0), [signature]]
    t = tables(page(parts, blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("健全县域商业体系", ["任思远"]), (title, [author])]
    assert t["articles"][0]["text"] == P2
    assert "editor's note" in {r["reason"] for r in t["residue"]}


# ---- qa232: a text titled at its head under a commentary column's name takes no end title ----
@pytest.mark.parametrize("label", ["社评", "本报评论", "今日快评"])
@pytest.mark.parametrize("width", [13, 24])
def test_title_lines_after_a_text_titled_under_a_column_name_head_the_next_piece(label, width):
    # page head / 社评 / two title lines / unsigned text / 论坛 / two title lines / byline / text: the editorial is titled
    # at its head, so the lines after its text are all the next piece's (the column's name over them furniture)
    parts = [["A6 评论 2026年3月18日 星期三", label, "县城建设", "要提质更要增效"], wrapped(P1, width), wrapped(P2, width),
             ["论坛", "乡村快递", "要进村更要入户", "石 沐"], wrapped(P4, width), wrapped(P6, width)]
    arts = tables(page(parts))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("县城建设要提质更要增效", []), ("乡村快递要进村更要入户", ["石沐"])]
    assert not tables(page(parts))["sections"]


# ---- qa232: a commentary column's name between an end title and the next title over a byline ----
@pytest.mark.parametrize("label", ["快评", "今日谈", "短评"])
def test_a_column_name_amid_title_lines_parts_the_end_title_from_the_next_head(label):
    # title / □ byline / text / 新语 / a piece's text / （signature） / its end title / 快评 / the next title / ○ byline /
    # text: the lines over the column's name close the piece under 新语, those under it head the next piece
    parts = [["推动县城建设提质增效", "□ 何 川"], wrapped(P1, 12, 0), ["新语"], wrapped(P2, 12, 0), ["（邵 庆）"],
             ["老街停车难该解决了", label, "让乡村快递进村入户", "○ 石 沐"], wrapped(P4, 12, 0), wrapped(P6, 12, 0)]
    arts = tables(page(parts))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [
        ("推动县城建设提质增效", ["何川"]), ("老街停车难该解决了", ["邵庆"]), ("让乡村快递进村入户", ["石沐"])]


# ---- qa236: a theory page's explainer box under its label at the last article's end ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["理论新知", "【热词解读】", "知识窗"])
def test_an_explainer_box_under_its_label_after_a_signed_view_is_a_piece_of_its_own(label, blank_after_every_line):
    """a view titled and signed at its head (某某（某大学教授）) / the box's label / the term as its title / its paragraph:
    the label and the term are no section heading of the view, but a piece titled by the term (qa236)."""
    box = "县域富民产业是指立足县域资源禀赋，能够带动农民就近就业增收、让农民更多分享产业增值收益的产业。"
    t = tables(page([["7 理论 2026年6月9日 星期二"], ["做强县域富民产业"], ["邵川（某某大学教授）"], wrapped(P4, 24, indent=0),
                     ["培育新型农业经营主体"], ["柏一鸣（某某大学经济学院教授）"], wrapped(P6, 24, indent=0),
                     [label], ["什么是“县域富民产业”"], wrapped(box, 24, indent=0)], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("做强县域富民产业", ["邵川"]), ("培育新型农业经营主体", ["柏一鸣"]), ("什么是“县域富民产业”", [])]
    assert not t["sections"]

# ---- qa239: a label naming the kind of article over a commentator's title ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize(("label", "title"), [
    ("评论员文章", "让县域发展跑出加速度"),              # half as wide as the title: no narrower kicker by width
    ("本报评论员文章", "以改革之力激发县域活力"),
    ("学习贯彻全会精神系列评论员文章", "把民生实事办到群众心坎上"),   # wider than the title
])
def test_a_commentator_article_label_over_a_title_is_no_line_of_the_title(blank_after_every_line, label, title):
    news = ["本报讯（记者 张明远）" + P1[:20], *wrapped(P1[20:] + P2, 30)]
    t = tables(page([["城乡融合发展取得新进展"], news, [label, title, "本报评论员"], wrapped(P4, 30), wrapped(P6, 30)],
                    blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["城乡融合发展取得新进展", title]
    assert label not in t["articles"][1]["text"]


# ---- qa240: a data box between a view signed at its head and a text titled and signed at its end ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("box", [["数读", "县域经济这五年", "3.2万亿元", "县域生产总值", "1200余家", "规上工业企业"],
                                 ["数说", "86.4万辆", "新能源汽车产量", "37.2%", "同比增速"]])
def test_a_data_box_after_a_signed_view_parts_it_from_the_text_titled_at_its_end(box, blank_after_every_line):
    """title / 某某 某大学教授 / text / 数读 / figures over labels / text / its title / its byline: the text under the box
    is the writer's signed after it, not the view's; the box is page furniture (qa240)."""
    t = tables(page([["6 经济 2026年6月9日 星期二"], ["培育新型农业经营主体"], ["柏一鸣 某某大学经济学院教授"],
                     wrapped(P4, 24, indent=0), box, wrapped(P1 + P2, 24, indent=0), wrapped(P6, 24, indent=0),
                     ["让县域经济活力更足"], ["石 沐"]], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("培育新型农业经营主体", ["柏一鸣"]), ("让县域经济活力更足", ["石沐"])]
    assert box[2] not in "".join(a["text"] for a in t["articles"])


# ---- qa250: a page's standfirst over a column's label, over the page's first text titled at its end ----
STANDFIRST_OVER_LABEL = "城乡融合发展是中国式现代化的必然要求。本版约请两位学者，围绕县域城乡融合的重点任务展开讨论。"


@pytest.mark.parametrize("heads, sections", [
    ([["一、统筹县域产业布局"], ["二、完善公共服务体系"]], ["统筹县域产业布局", "完善公共服务体系"]),     # numbered
    ([["统筹县域产业", "优化城乡空间布局"], ["完善公共服务", "增进群众民生福祉"]],                       # in two lines
     ["统筹县域产业优化城乡空间布局", "完善公共服务增进群众民生福祉"]),
])
@pytest.mark.parametrize("standfirst", [
    [STANDFIRST_OVER_LABEL[:27], STANDFIRST_OVER_LABEL[27:]],    # two lines, the first wider than the text, the last short
    [STANDFIRST_OVER_LABEL],                                      # one line across the page
])
def test_a_standfirst_over_a_column_label_leaves_the_pages_first_text_titled_at_its_end(heads, sections, standfirst):
    parts = [["5  理论  2026年3月10日  星期二"], standfirst, ["学思践悟"], wrapped(P1, 22, indent=0), heads[0],
             wrapped(P2, 22, indent=0), heads[1], wrapped(P4, 22, indent=0), ["推动县域城乡融合发展", "聂书宁"],
             wrapped(P6, 18, indent=0), ["为乡村振兴注入新动能", "蒋一帆"]]
    t = tables(page(parts))
    first = t["articles"][0]
    assert (first["title"], first["authors"]) == ("推动县域城乡融合发展", ["聂书宁"])
    assert first["text"] == "\n".join([P1, P2, P4])
    assert [s["heading"] for s in t["sections"] if s["article_id"] == first["article_id"]] == sections
    assert {"editor's note", "column label"} <= {r["reason"] for r in t["residue"]}


def test_a_short_line_under_a_first_paragraph_is_a_section_where_the_texts_headings_are_such_lines_too():
    # the text's own headings are lone short lines: the first is its first section's, the paragraph over it its own
    parts = [["5  理论  2026年3月10日  星期二"], wrapped(P3, 22, indent=0), ["产业先行"], wrapped(P1, 22, indent=0),
             ["服务跟进"], wrapped(P2, 22, indent=0), ["推动县域城乡融合发展", "聂书宁"],
             wrapped(P6, 18, indent=0), ["为乡村振兴注入新动能", "蒋一帆"]]
    t = tables(page(parts))
    first = t["articles"][0]
    assert first["text"].startswith(P3[:20])
    assert [s["heading"] for s in t["sections"] if s["article_id"] == first["article_id"]] == ["产业先行", "服务跟进"]


# (a term longer than a column's label: a shorter one leaves as one, is_column_label)
@pytest.mark.parametrize("term", [[], ["县域商业体系"], ["县域商业流通体系"]])
@pytest.mark.parametrize("label", ["名词解释", "链接"])
def test_a_narrow_box_right_over_the_text_beside_it_is_a_piece_of_its_own(label, term):
    # (qa250) the box's paragraph, then at once the text titled after it, no heading between: the box ends where the
    # wider column starts; the term's line under the label heads no part of the box
    box = "县域商业体系，是指以县城为中心、乡镇为重点、村为基础，由商贸流通企业、电商平台和物流配送网络构成的商业服务体系。"
    parts = [wrapped(P1, 30, indent=0), ["一、夯实县域商业基础"], wrapped(P2, 30, indent=0), ["以数字化转型", "赋能县域商贸"],
             ["骆清扬"], ["（作者单位：南屿大学经济学院）"], [label], term, wrapped(box, 12, indent=0),
             wrapped(P4, 26, indent=0), ["畅通城乡循环"], wrapped(P6, 26, indent=0), ["让县域经济活起来", "聂书宁"]]
    t = tables(page(parts))
    arts = {a["title"]: a for a in t["articles"]}
    assert arts["以数字化转型赋能县域商贸"]["authors"] == ["骆清扬"]
    assert arts["让县域经济活起来"]["authors"] == ["聂书宁"]
    assert arts["让县域经济活起来"]["text"] == P4 + "\n" + P6
    assert arts[label]["text"] == box and not arts[label]["authors"]
    assert not [s for s in t["sections"] if s["article_id"] == arts[label]["article_id"]]


# ---- qa258: fields over a title, fields under it, then the text's first heading ----
WECHAT_HEAD = "原创 季青 东岸政务发布 2026-03-09 07:30 发表于江西"
PORTAL_FIELDS = "发布时间：2026-03-09 10:00　浏览次数：1024"


@pytest.mark.parametrize("over, under", [
    (["来源：东岸日报客户端"], PORTAL_FIELDS), (["来源：东岸日报客户端"], WECHAT_HEAD),
    (["来源：东岸日报客户端", "2026-03-09 10:00"], PORTAL_FIELDS),
    (["东岸政务发布", "2026-03-09"], WECHAT_HEAD),       # (an account the head line names, over a bare date: fields)
])
@pytest.mark.parametrize("number", [[], ["01"]])
def test_fields_over_the_title_leave_the_heading_under_its_own_fields_a_section(over, under, number):
    # (qa258) the lines of fields over the title are no line between a title and its first heading: the plain line
    # over the fields under it is the title, the plain lines under them the first section's heading
    title = "城区停车难题如何破解？"
    t = tables("\n".join([*over, title, under, *number, "旧厂房改停车楼", P1, "02", "共享车位错时开放", P2, P4]))
    assert t["articles"][0]["title"] == title
    assert [s["heading"] for s in t["sections"]] == ["旧厂房改停车楼", "共享车位错时开放"]


# ---- qa256: the editors' titled comment boxed under a report ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["编后", "编 后", "【编后语】", "编后记"])
def test_an_afterword_label_over_a_title_after_a_reports_text_opens_a_piece_of_its_own(blank_after_every_line, label):
    """编 后 / its title / its paragraphs, unsigned, after a report signed at its head: the editors' comment under a title
    of its own is a piece as a 短评 boxed there is (qa202), not the report's last section; the label is no text."""
    t = tables(page([["湖畔小镇种出“致富果”"], ["本报记者 顾 然"], wrapped(P1, 20), wrapped(P2, 20), [label],
                     ["小果子要做成大产业"], wrapped(P4, 20), wrapped(P6, 20)], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("湖畔小镇种出“致富果”", ["顾然"]), ("小果子要做成大产业", [])]
    assert not t["sections"] and all("编后" not in a["text"] for a in t["articles"])


@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["编后", "【编后】"])
def test_an_afterword_label_right_over_its_words_after_a_report_stays_an_editors_note(blank_after_every_line, label):
    # (qa256) untitled, the words right under the label are the afterword on the report: no piece of their own
    t = tables(page([["湖畔小镇种出“致富果”"], ["本报记者 顾 然"], wrapped(P1, 20), wrapped(P2, 20), [label],
                     wrapped(P4, 20)], blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["湖畔小镇种出“致富果”"]
    assert P4 not in t["articles"][0]["text"]


# ---- qa256: a signature with its paper glued to the title of a report signed at its head ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("glued, title", [
    ("邵 川 江南日报“菜篮子”拎出幸福感", "“菜篮子”拎出幸福感"),       # a two-character name set letter-spaced
    ("邵明川 江南日报让社区服务更有温度", "让社区服务更有温度"),
    ("邵明川 柯 岚 江南日报老街区焕发新活力", "老街区焕发新活力"),
])
def test_a_signature_glued_to_a_title_over_the_next_reports_byline_splits_the_texts(blank_after_every_line, glued, title):
    """A report signed at its head / a commentary's title / its text / 邵 川 江南日报“…” / 本报记者 某某 / text: the
    commentary is signed at its end, its signature run into the title of a report that has its own byline under it;
    that byline signs the report, the glued names the commentary, whose title is no section of the report before."""
    names = ["邵川"] if glued.startswith("邵 川") else ["邵明川", "柯岚"] if "柯" in glued else ["邵明川"]
    text = page([["县域商业体系建设提速"], ["本报记者 顾 然"], wrapped(P5, 24), wrapped(P6, 24), ["别让调研走了过场"],
                 wrapped(P1, 24), wrapped(P2, 24), [glued], ["本报记者 韦思远"], wrapped(P3, 24), wrapped(P4, 24)],
                blank_after_every_line)
    t = tables(text)
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("县域商业体系建设提速", ["顾然"]), ("别让调研走了过场", names), (title, ["韦思远"])]


# ---- qa256: a box's title wrapped on two lines under its label after a report ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("label", ["短评", "记者手记", "编 后"])
def test_a_box_label_over_a_two_line_title_after_a_reports_text_opens_a_piece_of_its_own(blank_after_every_line, label):
    """短评 / 小果子 / 要做成大产业 / its paragraphs after a report signed at its head: the box's headline wrapped in its
    narrow column titles the piece as a one-line title does (qa202, qa179); no section of the report."""
    t = tables(page([["湖畔小镇种出“致富果”"], ["本报记者 顾 然"], wrapped(P1, 20), wrapped(P2, 20), [label],
                     ["小果子"], ["要做成大产业"], wrapped(P4, 20), wrapped(P6, 20)], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("湖畔小镇种出“致富果”", ["顾然"]), ("小果子要做成大产业", [])]
    assert not t["sections"]


# ---- qa257: a 笔谈's host speaking once over the signed pieces ----
HOST_WORDS = "主持人：数字乡村建设进入深化阶段，但“重建设、轻应用”的问题仍然存在。怎样让数字技术真正服务农民？"


@pytest.mark.parametrize("head", [
    [wrapped(HOST_WORDS, 18)],                                                     # the host's words alone
    [wrapped("编者按：" + HOST_NOTE, 18), ["主持人：本报理论部　严知秋"], wrapped(HOST_WORDS, 18)],   # under the note
    [wrapped(HOST_WORDS, 18), wrapped("本期邀请两位学者，分别从产业和治理两个角度谈谈看法。", 18)],   # over two paragraphs
])
def test_a_hosts_words_over_signed_pieces_are_the_pages_note(head):
    """<the page's title> / ——学者笔谈 / (编者按：…) / 主持人：… / the pieces, each titled and signed at its head: the host speaks once, as 主持人语
    would, and is no piece of the page (qa257)."""
    t = tables(page([["推动县域城乡融合发展", "——学者笔谈"], *head, ["以改革激发乡村活力", "周建国（某某大学教授）"], wrapped(P1, 18), wrapped(P2, 18),
                     ["拓宽生态产品价值实现路径", "李华（某某大学副教授）"], wrapped(P4, 18), wrapped(P6, 18)]))
    assert [(a["title"], a["authors"], a["text"]) for a in t["articles"]] == [
        ("以改革激发乡村活力", ["周建国"], "\n".join([P1, P2])), ("拓宽生态产品价值实现路径", ["李华"], "\n".join([P4, P6]))]
    assert HOST_WORDS in {r["text"] for r in t["residue"] if r["reason"] == "editor's note"}


def test_a_hosts_question_answered_by_a_guest_is_no_pages_note():
    """主持人：… / 柏某某：… over signed pieces: a guest answers the host, an interview's text, no page's note (qa257)."""
    answer = "柏清和：我认为关键在于让农民用得上、用得起，平台建设要从农民的实际需求出发。"
    t = tables(page([["推动县域城乡融合发展", "——学者笔谈"], wrapped(HOST_WORDS, 18), wrapped(answer, 18),
                     ["以改革激发乡村活力", "周建国（某某大学教授）"], wrapped(P1, 18), wrapped(P2, 18),
                     ["拓宽生态产品价值实现路径", "李华（某某大学副教授）"], wrapped(P4, 18), wrapped(P6, 18)]))
    assert any(HOST_WORDS in a["text"] and answer in a["text"] for a in t["articles"])


# ---- qa257: a brief's compiler named alone over its date ----
def test_a_briefs_title_under_its_compiler_and_date_lines():
    """要情专报 / 第9期 / 东川发展研究院编 / 2026年3月2日 / <title>: the date under the compiler is masthead as the
    compiler's line is, no line of fields parting a site's name from its title (qa257)."""
    t = tables("\n".join(["要　情　专　报", "", "第9期", "", "东川发展研究院编", "2026年3月2日", "",
                          "公共图书馆应延长开放时间", "", *wrapped(P1, 30), "", "一、主要做法", "", *wrapped(P2, 30),
                          "", "二、对策建议", "", *wrapped(P4, 30)]))
    assert [a["title"] for a in t["articles"]] == ["公共图书馆应延长开放时间"]


# ---- qa263: a place name opening a title is no glued name ----
@pytest.mark.parametrize("line, split", [
    ("林口县推动冷链物流提档升级", None),                    # a county reporting, no 林口 + 县…
    ("黄埔区以数字化改造老旧厂房", None),
    ("石门乡打造特色农产品品牌", None),
    ("宁远镇“一件事”集成办理见实效", None),
    ("林口宏推动冷链物流提档升级", ("林口宏", "推动冷链物流提档升级")),   # a name: split as before
])
def test_a_place_opening_a_title_is_no_name_glued_to_it(line, split):
    got = glued_byline(Unit(U.PLAIN, line, 20.0, 1, None))
    assert (got and (got[0].text, got[1].text)) == split


@pytest.mark.parametrize("line, split", [
    ("程家村美丽庭院扮靓乡村", None),
    ("程家明美丽庭院扮靓乡村", ("程家明", "美丽庭院扮靓乡村")),
])
def test_a_place_opening_a_title_is_no_full_name_glued_to_it(line, split):
    got = glued_full_name(Unit(U.PLAIN, line, 20.0, 1, None))
    assert (got and (got[0].text, got[1].text)) == split


# ---- qa263: a reporter's byline right after a report signed at its head heads the report under it ----
@pytest.mark.parametrize("blank_after_every_line", [False, True])
@pytest.mark.parametrize("second, authors", [
    ("本报记者 岑 远 通讯员 柯小满", ["岑远", "柯小满"]),
    ("记者 岑 远", ["岑远"]),
])
def test_a_reporters_byline_after_a_report_signed_at_its_head_heads_the_next(blank_after_every_line, second, authors):
    t = tables(page([["南岭县推进城乡融合发展"], ["本报记者 许 航"], wrapped(P1, 20, indent=0), wrapped(P2, 20, indent=0),
                     [second], wrapped(P4, 20, indent=0), wrapped(P6, 20, indent=0), ["东岭县特色产业带农增收"],
                     ["西岭县深化农村改革"], ["本报记者 曾 青"], wrapped(P5, 20, indent=0)], blank_after_every_line))
    got = [(a["title"], a["authors"]) for a in t["articles"]]
    assert got == [("南岭县推进城乡融合发展", ["许航"]), ("东岭县特色产业带农增收", authors),
                   ("西岭县深化农村改革", ["曾青"])]


# ---- qa260: a cartoon between a piece's closing signature and the next piece's text, titled after it ----
@pytest.mark.parametrize("cartoon", [["漫画", "“接力赛”", "新华社发 方 舟 作"], ["“接力赛”", "漫画/方 舟"], []])
def test_a_cartoon_under_a_lone_signature_leaves_the_next_piece_signed_after_its_title(cartoon):
    """A piece titled at its head and signed at its end, a cartoon (label, title, credit) under the signature, then a
    piece whose title is printed after its text, its author's name glued to the third piece's title: the cartoon's
    captions do not stop the signature over the second text reading as a lone one (qa260)."""
    arts = tables("\n".join(["别让好政策停在纸面上", P1, P2, "庞立 东江日报", *cartoon, P4, P6, "让便民服务更便民",
                             "卢向东以改革激发乡村活力", P5, P3, "邵川 南屏日报"]))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [
        ("别让好政策停在纸面上", ["庞立"]), ("让便民服务更便民", ["卢向东"]), ("以改革激发乡村活力", ["邵川"])]


# ---- qa260: a column's label under a writer's signature with the paper, over a text titled after it ----
@pytest.mark.parametrize("label", ["来 论", "来论", "时评"])
def test_a_short_word_under_a_signature_with_its_paper_labels_the_next_untitled_text(label):
    """…安心。 / 庞立 东江日报 / 来 论 / text / its title / 卢向东以…: the signature naming the paper closes the text before
    whole, and the short word under it, with no title over the text, is the next text's column label (qa260)."""
    arts = tables("\n".join(["别让好政策停在纸面上", P1, P2, "庞立 东江日报", label, P4, P6, "让便民服务更便民",
                             "卢向东以改革激发乡村活力", P5, P3, "邵川 南屏日报"]))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [
        ("别让好政策停在纸面上", ["庞立"]), ("让便民服务更便民", ["卢向东"]), ("以改革激发乡村活力", ["邵川"])]


# ---- qa260: a commentary column's name under a writer's signature with the paper, over a text titled after it ----
@pytest.mark.parametrize("label", ["观察", "新论", "人民时评"])
def test_a_column_name_under_a_signature_with_its_paper_is_no_title(label):
    """…安心。 / 庞立 东江日报 / 观察 / text / its title / 卢向东以…: the column's name (COLUMN_NAME_LINE) under the signature
    that closes the text before is the next text's label, not its title; that text is titled after it (qa260)."""
    arts = tables("\n".join(["别让好政策停在纸面上", P1, P2, "庞立 东江日报", label, P4, P6, "让便民服务更便民",
                             "卢向东以改革激发乡村活力", P5, P3, "邵川 南屏日报"]))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [
        ("别让好政策停在纸面上", ["庞立"]), ("让便民服务更便民", ["卢向东"]), ("以改革激发乡村活力", ["邵川"])]


# ---- qa259: a Taiwan paper's opinion page: an editorial under its news, a reader's op-ed under its label ----
_TW_NEWS = ["托育补助再加码　北市明年上路", "【记者林宜君／台北报导】台北市社会局昨天宣布，明年起将二岁以下幼儿的",
            "托育补助每月提高二千元，并新增三处公共托婴中心，预计增加约二百个收托名额。",
            "社会局表示，新制将同步放宽申请资格，双薪家庭不再受所得限制，盼减轻年轻家",
            "长的育儿负担。"]
_TW_EDITORIAL = ["公共托育不能只看名额", "托育补助加码固然是好事，但名额增加之后，照顾品质能否跟上，才是家长真正关心的事。",
                 "政府应同步提高保母与教保员的待遇，让托育现场留得住人。"]


@pytest.mark.parametrize("label", ["社论", "社 论", "社评"])
def test_an_editorial_under_its_label_after_a_news_item_is_an_article_of_its_own(label):
    """a news item signed at its head, then 社论 / the editorial's title / its text: the editorial is an article of its
    own, signed by no one; label and title open no section of the item (qa259)."""
    t = tables(page([_TW_NEWS, [label], _TW_EDITORIAL[:1], _TW_EDITORIAL[1:]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("托育补助再加码北市明年上路", ["林宜君"]), ("公共托育不能只看名额", [])]
    assert t["sections"] == [] and label.replace(" ", "") not in t["articles"][1]["text"]


@pytest.mark.parametrize("label", ["投书", "读者投书"])
def test_a_readers_op_ed_label_over_a_title_wrapped_over_two_lines_is_no_title_line(label):
    """a news item signed at its head, then 投书 / a title on two lines / ◎ its writer / text: the label is furniture, both
    lines are the title (qa259)."""
    text = page([_TW_NEWS, [label, "托育政策", "不能只靠发钱", "◎ 周秉翰"], _TW_EDITORIAL[1:]])
    assert [(a["title"], a["authors"]) for a in tables(text)["articles"]] == [
        ("托育补助再加码北市明年上路", ["林宜君"]), ("托育政策不能只靠发钱", ["周秉翰"])]


# ---- qa271: a byline with its role after the names glued to the next title ----
@pytest.mark.parametrize("line, split", [
    ("罗 川 本报记者山区小站通上了快递", ("罗川 本报记者", "山区小站通上了快递")),   # the role ends the byline
    ("韦一鸣 本刊记者让乡村物流跑出加速度", ("韦一鸣 本刊记者", "让乡村物流跑出加速度")),
])
def test_a_byline_with_its_role_after_the_names_glued_to_a_title_is_split_after_the_role(line, split):
    """林 泉 本报记者外贸…: the byline set name first, its role after, runs into the next title as a paper's name does;
    the role ends it, no word of the title (qa271)."""
    got = glued_byline(Unit(U.PLAIN, line, 20.0, 1, None))
    assert (got and (got[0].text, got[1].text)) == split


# ---- qa271: a lone name over a boxed piece's label of its length ----
@pytest.mark.parametrize("label", ["短 评", "编 后"])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_lone_name_over_a_boxed_pieces_label_signs_the_text_above(blank_after_every_line, label):
    """a report / a sidebar's title / its text / 罗 川 / 短 评 / the comment's title / its text: a name and a label of one
    length stacked are no motto's words; the name signs the sidebar, the label heads the comment (qa271)."""
    t = tables(page([["县域快递进村提速增效", "本报记者 韦 宁"], wrapped(P1, 20), ["一个村级站点的一天"], wrapped(P2, 20),
                     ["罗 川", label, "末端网点要建好更要用好"], wrapped(P4, 20)], blank_after_every_line))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [
        ("县域快递进村提速增效", ["韦宁"]), ("一个村级站点的一天", ["罗川"]), ("末端网点要建好更要用好", [])]


# ---- qa271: a gazette's name over its bare issue line over the title ----
@pytest.mark.parametrize("issue", ["2026年第11期", "第11期"])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_gazettes_name_over_its_bare_issue_line_is_no_title_line(blank_after_every_line, issue):
    """西川省人民政府公报 / 2026年第11期 / the title / its text: the gazette's name, as wide as a title, stands over its
    issue line on the masthead; the title is the line under them (qa271)."""
    t = tables(page([["西川省人民政府公报", issue, "西川省农村公路养护管理办法"], wrapped(P1, 20), wrapped(P2, 20)],
                    blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["西川省农村公路养护管理办法"]
    assert any(r["text"] == "西川省人民政府公报" for r in t["residue"])


# ---- qa274: a government decree's words over its rules, no blank lines: the signature over the date signs the decree ----
_DECREE_RULES = ["第一章　总　则",
                 "第一条　为了规范农村集体资产管理，维护农村集体经济组织及其成员的合法权益，",
                 "根据有关法律、法规，结合本县实际，制定本办法。",
                 "第二条　本县行政区域内农村集体资产的清产核资、登记、经营、处置及其监督",
                 "管理活动，适用本办法。",
                 "第三条　县农业农村部门负责本县农村集体资产的监督管理工作，财政、审计等",
                 "部门按照各自职责做好相关工作。"]


@pytest.mark.parametrize("signature, title", [
    (["县长　韩立舟", "2026年1月5日"], "青坪县农村集体资产管理办法"),
    (["代理县长　韩立舟", "2026年1月5日"], "青坪县集体资产办法"),
    (["市长　韩立舟", "2026年1月5日"], "青坪县农村集体资产管理办法"),
    (["县长　韩立舟　2026年1月5日"], "青坪县农村集体资产管理办法"),      # the date on the signature's line
])
def test_a_decree_signed_over_its_date_is_no_standfirst_of_the_rules_under_it(signature, title):
    """青坪县人民政府令 第3号 / its words set narrower than the rules' column / 县长　某某 / a date / the rules' title / 第一章…:
    the decree is signed and dated, so no page's standfirst (which nobody signs) however its width differs from the
    rules': an article of its own, signed by the head of government; the rules are signed by no one (qa274). The same
    with the date on the signature's line (县长　某某　2026年1月5日)."""
    arts = tables("\n".join(["青坪县人民政府令 第3号", "《" + title + "》已经县人民政府第9次常务会议",
                             "审议通过，现予公布，自2026年3月1日起施行。", *signature, title,
                             *_DECREE_RULES]))["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("青坪县人民政府令第3号", ["韩立舟"]), (title, [])]
    assert "现予公布" in arts[0]["text"] and "现予公布" not in arts[1]["text"]


@pytest.mark.parametrize("heading", ["## 青坪县农村集体资产管理办法", "### 青坪县农村集体资产管理条例", "**青坪县农村集体资产管理规定**"])
def test_rules_titled_under_a_decrees_signature_in_markdown_are_an_article_of_their_own(heading):
    """# 青坪县人民政府令 / **第3号** / its words / 县长　某某 / a date / ## the rules' title / ### 第一章… : the heading naming a document's
    kind right under the signature over the date titles the rules the decree publishes, an article of its own, not the
    decree's section (qa274)."""
    t = tables("\n\n".join(["# 青坪县人民政府令", "**第3号**", "《青坪县农村集体资产管理办法》已经县人民政府第9次常务会议审议通过，现予公布，"
                               "自2026年3月1日起施行。", "县长　韩立舟", "2026年1月5日", heading, "### 第一章　总则",
                               "**第一条**　为了规范农村集体资产管理，维护农村集体经济组织及其成员的合法权益，制定本办法。",
                               "**第二条**　本县行政区域内农村集体资产的监督管理活动，适用本办法。"]), "decree.md")
    arts = t["articles"]
    assert [(a["title"], a["authors"]) for a in arts] == [("青坪县人民政府令", ["韩立舟"]),
                                                           (heading.strip("#* "), [])]
    # the decree's number under its title is a field of it, no section (qa274)
    assert [s["heading"] for s in t["sections"] if s["article_id"] == arts[0]["article_id"]] == []


# ---- qa272: a column's label at the page's head over the standfirst set wider than the text ----
_STANDFIRST = ("数字经济正在深刻改变生产方式和治理方式。如何以数据要素市场化配置改革激活发展新动能？本期约请高校学者撰文，"
               "与读者共同探讨。")


@pytest.mark.parametrize("label, width, headings, dropped", [
    ("深入学习", 40, True, True),
    ("学思践悟", 34, True, True),
    # (a short piece with no heading: the label over it is the column's all the same)
    ("学习札记", 40, False, True),
    # (set in the text's own column, the paragraph is the text's opening, however the lone line over it reads)
    ("深入学习", 20, True, False),
    # (a line longer than a column's name is no label: a heading's, whatever stands under it)
    ("以数据要素激活县域发展新动能", 40, True, False),
])
def test_a_standfirst_under_a_column_label_at_the_pages_head_leaves_the_text_titled_at_its_end(label, width, headings,
                                                                                              dropped):
    """深入学习 / the page's standfirst across the page / the text in its column, its headings in two lines, titled and
    signed at its end: the label and the standfirst are the editors' words on the page, not the text's opening (qa272)."""
    first, second = (["夯实产业支撑", "以特色产业集群激活县域经济"], ["畅通要素流动", "以改革破除城乡要素流动壁垒"]) if headings else ([], [])
    text = page([["理论 2026年3月4日 星期三 第6版", label], wrapped(_STANDFIRST, width, 0), wrapped(P1, 20),
                 first, wrapped(P2, 20), wrapped(P3, 20), second, wrapped(P4, 20), wrapped(P5, 20),
                 ["（作者系某大学教授）", "以县域为切入点", "推进城乡融合发展", "韩 松"]])
    [a] = [a for a in tables(text)["articles"] if P1 in a["text"]]
    assert (_STANDFIRST not in a["text"]) is dropped
    assert a["title"] == "以县域为切入点推进城乡融合发展"


# ---- qa279: a WeChat post copied under the article, unsigned ----
@pytest.mark.parametrize("chrome", [["点赞", "在看"], ["-END-", "往期推荐", "▶ 东岸：秋粮收购有序推进"], []])
def test_a_post_copied_under_an_unsigned_wechat_article_is_a_piece_of_its_own(chrome):
    """title / 原创 季青 东岸政务发布 … / text / chrome / another title / 东岸政务发布 / 2026-03-07 / its text: the account's
    name over a bare date heads a post copied under the first, however the first ends (no writer's credit signs it);
    the title over them is that post's, not a closing signature of the first (qa279)."""
    t = tables("\n".join(["城区停车难题如何破解？", WECHAT_HEAD, P1, P2, *chrome, "让老旧小区停车更方便", "东岸政务发布",
                          "2026-03-07", P4, P6]))
    assert [a["title"] for a in t["articles"]] == ["城区停车难题如何破解？", "让老旧小区停车更方便"]
    assert P4 in t["articles"][1]["text"] and P4 not in t["articles"][0]["text"]


# ---- qa280: a handling mark between a brief's issue line and its publisher's line ----
@pytest.mark.parametrize("mark", ["内部参考", "内部资料 注意保存"])
@pytest.mark.parametrize("blank_after_every_line", [False, True])
def test_a_handling_mark_under_a_briefs_issue_line_leaves_the_title_under_the_masthead(blank_after_every_line, mark):
    """要 情 专 报 / 第9期 / 内部参考 / 东川发展研究院　2026年3月2日 / the title: the handling mark between the issue line and
    the publisher's line parts them no more than a line break; the title is the line under the masthead (the series'
    name was taken for it, and the article had none, qa280)."""
    t = tables(page([["要 情 专 报", "第9期", mark, "东川发展研究院　　　　2026年3月2日", "公共图书馆应延长开放时间"],
                     wrapped(P1, 20), wrapped(P2, 20)], blank_after_every_line))
    assert [a["title"] for a in t["articles"]] == ["公共图书馆应延长开放时间"]


def test_no_title_lines_have_no_english_title_to_drop():
    """A lead whose every plain line a masthead took leaves set_title no lines: none, no IndexError (qa280)."""
    from flows.articles import without_english_title
    assert without_english_title([]) == []


# ---- qa280: a report's team roles stacked over its writers' line at the head ----
@pytest.mark.parametrize("roles, writers", [
    (["组长：陶明远", "成员：苏晚晴　许叶舟"], "执笔：苏晚晴　许叶舟"),
    (["组　长：陶明远", "成　员：苏晚晴　许叶舟"], "执　笔：苏晚晴　许叶舟"),   # the labels spaced to one width
    (["负责人：陶明远"], "执笔：苏晚晴"),
])
def test_team_roles_over_a_reports_writers_line_are_no_title_line(roles, writers):
    """title / 组长：… / 成员：… / 执笔：… / text: the team's roles over the writers' line are its credit; the title stays
    the title and the writers sign (qa280)."""
    t = tables("\n".join(["县域数字乡村建设的成效与路径", "", *roles, writers, "", *wrapped(P1, 30), "", "一、主要成效", "",
                          *wrapped(P2, 30)]))
    assert [a["title"] for a in t["articles"]] == ["县域数字乡村建设的成效与路径"]
    assert t["articles"][0]["authors"] == [n for n in writers.split("：")[1].split("　") if n]


# ---- qa282: a page's topic over its standfirst, then each piece's own title over its text, signed after it ----
@pytest.mark.parametrize("topic", [["以数字技术赋能", "县域商贸流通体系"], ["以数字技术赋能县域商贸流通体系"]])
def test_a_topic_over_the_pages_standfirst_leaves_the_first_signed_piece_its_own_title(topic):
    """(qa282) 本期关注 / the page's topic / its standfirst set wider / a piece's title / its text / name / （作者单位：…）:
    the topic labels the standfirst's box, and the title right over the text is the piece's, not its first section."""
    text = page([["3 理论周刊 2026年3月10日 星期二"], ["本期关注", *topic], wrapped(P5 + P6, 34, 0),
                 ["做强县域特色产业", "夯实流通发展根基"], wrapped(P1, 22), wrapped(P3, 22),
                 ["杜明远", "（作者单位：某某大学经济学院）"], ["让公共服务更可及", "补齐县城服务短板"], wrapped(P2, 22),
                 wrapped(P6, 22), ["钱若溪", "（作者单位：某某大学管理学院）"]])
    t = tables(text)
    assert [a["title"] for a in t["articles"]] == ["做强县域特色产业夯实流通发展根基", "让公共服务更可及补齐县城服务短板"]
    assert [a["authors"] for a in t["articles"]] == [["杜明远"], ["钱若溪"]]
    assert t["sections"] == []


@pytest.mark.parametrize("lines, titles", [
    (["做强县域特色产业", "夯实流通发展根基"], True),
    (["做强县域特色产业"], True),
    (["近日召开的某市县域经济发展推"], False),       # as long as the column: the text's first line, cut off from it
    (["其一，把握县域功能定位", "推动产业"], False),   # a clause of a sentence
])
def test_lines_left_over_a_signed_text_under_a_dropped_box_title_it_only_as_titles(lines, titles):
    """(qa282) The lines left between a dropped box and a text signed after it title the text when they read as a title."""
    from flows.articles import titles_signed_text
    rest = [Unit(U.PARA, "进大会强调，要推动县域经济高质量发展，做强特色产业，促进城乡融合。", 17.0, 4, None)]
    assert titles_signed_text([Unit(U.PLAIN, t, float(len(t)), 1, None) for t in lines], rest) == titles


@pytest.mark.parametrize(("head", "title"), [
    (["观察·圆桌", "2025年3月4日 第6版"], "让乡村养老服务更有温度"),     # a column head over the page's head: no title
    (["让乡村养老服务更有温度"], "让乡村养老服务更有温度"),              # (no page head: the line stays the title)
])
def test_a_column_head_over_the_page_head_and_an_editors_note_is_no_title(head, title):
    """理论周刊·笔谈 / 2026年9月16日　第11版 / 编者按：… / title / text: the plain line over the page's date and number is
    the page's column head, so the plain line under the note is the title (qa283)."""
    under = ["让乡村养老服务更有温度"] if len(head) > 1 else []
    t = tables("\n".join([*head, "编者按：农村老年人口比重持续上升，养老服务需求日益多样。本期邀请专家讨论。", *under, P1, P2]))
    assert [a["title"] for a in t["articles"]] == [title]


# ---- qa287: a letters column's label over a letter's short title ----
@pytest.mark.parametrize(("first", "second", "kept"), [
    ("读者来信", "路灯该修了", 1),                  # the label wider than half the title: still the column's label
    ("市民来函", "公园厕所宜加开", 1),
    ("来函照登", "关于停车收费的说明", 1),
    ("读者信箱", "社区巴士班次太疏", 1),
    ("读者来信反映", "老旧小区加装电梯难", 2),     # a clause about letters: the title's first line
])
def test_a_letters_column_label_over_a_short_letter_title_is_its_kicker(first, second, kept):
    lines = [Unit(U.PLAIN, t, float(len(t)), 1, None) for t in (first, second)]
    title, _kicker = title_split(lines)
    assert [u.text for u in title] == [first, second][2 - kept:]


NOTE_OVER_TEXTS = "编者按：城乡融合发展是一篇大文章。本期刊发两篇文章，分别从县域产业和县城建设角度进行探讨。"


@pytest.mark.parametrize("label", ["学习·探索", "理论周刊", "思想·评论"])
def test_a_column_label_over_the_pages_note_leaves_its_texts_titled_after_them(label):
    # 理论·实践 / 编者按：… / text / its title / its byline / text / its title / its byline: the short line over the
    # note is the page's column label, so the page opens untitled and prints every title after its text (qa289)
    t = tables(page([[label], wrapped(NOTE_OVER_TEXTS, 30), wrapped(P1, 20), wrapped(P2, 20), ["推动县域产业提质升级"],
                     ["叶子衿"], wrapped(P4, 20), wrapped(P6, 20), ["让县城更有吸引力"], ["慕容雪"]]))
    assert [(a["title"], a["authors"]) for a in t["articles"]] == [("推动县域产业提质升级", ["叶子衿"]),
                                                                   ("让县城更有吸引力", ["慕容雪"])]


STANDFIRST = ("县域是城乡融合的重要切入点，也是推动高质量发展的重要空间。因地制宜培育县域产业，大有可为。"
              "本期约请专家围绕县域产业培育的动力与路径展开探讨，以飨读者。")


@pytest.mark.parametrize("headings, roundup", [
    (["动力：培育县域产业新动能", "路径：推动城乡要素双向流动"], False),   # headings led by a label and a colon
    (["动力：培育县域产业新动能", "路径：推动城乡要素双向流动"], True),    # a roundup of views after the text
])
def test_a_column_label_and_wider_standfirst_leave_a_text_headed_by_labelled_headings(headings, roundup):
    # 本期关注 / a standfirst across the page / 动力：… / text / 路径：… / text / (学者观点 / views) / title / byline:
    # the label and standfirst are the page's, no first section of the text under them (qa289)
    views = [["学者观点"], wrapped(P5[:34], 17, 0), ["——某大学经济学院教授 张三"], wrapped(P5[34:], 17, 0),
             ["——某研究院研究员 李四"], wrapped(P3, 17, 0), ["——某研究院副研究员 王五"]] if roundup else []
    t = tables(page([["8 理论周刊 2026 年 4 月 8 日 星期三"], ["本期关注"], wrapped(STANDFIRST, 40, 0),
                     [headings[0]], wrapped(P1, 20), wrapped(P2, 20), [headings[1]], wrapped(P4, 20), wrapped(P6, 20),
                     *views, ["以县域为切入点推进城乡融合"], ["叶子衿"]]))
    main = t["articles"][0]
    assert main["title"] == "以县域为切入点推进城乡融合"
    assert [s["heading"] for s in t["sections"] if s["article_id"] == main["article_id"]] == headings
    assert "本期约请专家" not in main["text"]
