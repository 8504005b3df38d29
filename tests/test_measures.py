"""Numbering grammar: marker values, inline markers and numbering notes, table-driven."""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from flows import patterns as P
from flows.measures import cn_number, inline_markers, lead_phrase, lead_phrase_within, leading_marker, numbering_note


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("十二", 12), ("二十", 20), ("二十三", 23),
    ("一百零五", 105), ("两", 2), ("二三", None), ("甲", None), ("", None),
])
def test_chinese_numerals(text, value):
    assert cn_number(text) == value


@given(st.integers(1, 99))
def test_chinese_numerals_round_trip(n):
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    text = ("" if tens == 0 else ("十" if tens == 1 else digits[tens] + "十")) + (digits[ones] if ones else "")
    assert cn_number(text) == n


@pytest.mark.parametrize("text, expected", [
    ("必须完善制度保障。一是强化联动。二是健全模式。", [("shi", 1, "一是"), ("shi", 2, "二是")]),
    ("从以下方面发力：一是要完善规划；二是要素保障。", [("shi", 1, "一是要"), ("shi", 2, "二是")]),
    ("关键有三。一要稳，二要进，三要好。", [("yao", 1, "一要"), ("yao", 2, "二要"), ("yao", 3, "三要")]),
    ("其一，这些主体。其二、那些主体。", [("qi", 1, "其一，"), ("qi", 2, "其二、")]),
    ("第一，加强领导。第二，强化保障。第一个阶段不算。", [("di", 1, "第一，"), ("di", 2, "第二，")]),
    ("包括：（1）甲；（2）乙。", [("paren_arabic", 1, "（1）"), ("paren_arabic", 2, "（2）")]),
    ("①强化财政；②加强金融。", [("circled", 1, "①"), ("circled", 2, "②")]),
    # a footnote's mark before a punctuation mark is no item: 占总人口的21.1%①。
    ("老年人口占总人口的21.1%①。站点日均服务不足10人②，利用率偏低。", []),
    ("主要包括：（一）建立专班；（二）健全机制。", [("paren_cn", 1, "（一）"), ("paren_cn", 2, "（二）")]),
    ("提出三项作法：一、推动电价改革；二、检讨燃料采购；十一、增资。", [("cn_dun", 1, "一、"), ("cn_dun", 2, "二、"), ("cn_dun", 11, "十一、")]),
    ("一、加强领导。二、完善机制。发展第一、二产业，推动一、二、三产业融合。", []),   # a heading's marker, words
    # a 一、-list run on after a sentence end: its 一、 opens the list when 二、 follows one clause after it (qa228)
    ("应健全扶持机制。一、设立专项资金；二、简化审批流程；三、加强考核。",
     [("cn_dun", 1, "一、"), ("cn_dun", 2, "二、"), ("cn_dun", 3, "三、")]),
    ("这是第一步！一、摸清底数，建立台账；二、分类施策。", [("cn_dun", 1, "一、"), ("cn_dun", 2, "二、")]),
    ("应健全扶持机制。一、设立专项资金。简化流程；二、加强考核。", [("cn_dun", 2, "二、")]),   # a sentence end between
    ("应健全扶持机制。一、设立专项资金，二、加强考核。", []),             # no semicolon before 二、: no list
    ("全国统一是前提，唯一是目标。", []),
    ("实施三项工程。1.加强组织领导；2.完善政策体系。投资3.5亿元。", [("arabic", 1, "1."), ("arabic", 2, "2.")]),
    # what may stand before a marker: the text start, a break of its grammar, a space; nothing else
    ("一是强化联动（见附件）二是健全模式 三是完善", [("shi", 1, "一是"), ("shi", 2, "二是"), ("shi", 3, "三是")]),
    ("尤其一，这些主体。其二，那些主体。", [("qi", 2, "其二，")]),
    ("包括，（一）建立专班；（二）健全机制。", [("paren_cn", 2, "（二）")]),
    ("（1）甲）（2）乙，（3）丙", [("paren_arabic", 1, "（1）"), ("paren_arabic", 3, "（3）")]),
    ("目标，1.加强领导：2.完善体系", [("arabic", 2, "2.")]),
])
def test_inline_markers(text, expected):
    assert [(m.family, m.ordinal, m.marker) for m in inline_markers(text)] == expected


# ---- qa149: items numbered with the parenthesised digit characters ----
@pytest.mark.parametrize("text, expected", [
    ("⑴加强统筹规划\n将数字乡村建设纳入规划。", [("enclosed_paren", 1, "⑴")]),
    ("主要措施：⑴建立专班；⑵健全机制；⒇完善考核。", [("enclosed_paren", 1, "⑴"), ("enclosed_paren", 2, "⑵"),
                                                       ("enclosed_paren", 20, "⒇")]),
    ("占总人口的21.1%⑴。利用率偏低⑵，", []),          # a footnote's mark before a punctuation mark is no item
])
def test_inline_markers_numbered_with_parenthesised_digit_characters(text, expected):
    assert [(m.family, m.ordinal, m.marker) for m in inline_markers(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("一二十两是要素其第（()）①⑳⑴⒇01９٣.．、。；：，”！ 甲\n")), max_size=12))
@example("：一一一、")   # a numeral of three characters after a colon (二十一、), found by hypothesis in session 20
def test_a_grammar_that_matches_is_hinted(text):
    """inline_markers scans only the hinted grammars: every grammar that matches must be hinted."""
    hinted = {m.lastgroup for m in P.INLINE_MARKER_HINTS.finditer(text)}
    assert {family for family, pattern in P.INLINE_MARKERS if pattern.search(text)} <= hinted


@pytest.mark.parametrize("text, expected", [
    ("1、顶层设计", ("arabic", 1, "1、")), ("12.完善体系。", ("arabic", 12, "12.")), ("3）开展活动", ("arabic", 3, "3）")),
    ("（十一）加强领导。各地要……", ("paren_cn", 11, "（十一）")), ("3.5亿元投资", None), ("2024年", None),
    ("第十二条 建立数据资源目录。", ("article", 12, "第十二条")), ("第一章 总则", None),
    # a web page's article in brackets (【第三条】), run in or on its heading line; not a bracketed label
    ("【第三条】加大贷款支持。个人创业担保贷款……", ("article", 3, "【第三条】")), ("【第十条】营造创业氛围", ("article", 10, "【第十条】")),
    ("【编者按】近日……", None), ("【第一条", None),
    # a brief's recommendation numbered after its label
    ("建议一：扩大补偿覆盖范围。推动……", ("labelled", 1, "建议一：")), ("对策2：提高补偿标准", ("labelled", 2, "对策2：")),
    ("建议加快由单一补偿向多元补偿转变。", None), ("任务分工：各部门……", None),
    # a box's project numbered with a leading zero and no mark after it (not a number with one: 10亿元)
    ("02挥发性有机物综合治理", ("arabic", 2, "02")), ("10亿元投资", None), ("2030年", None),
    # 一、 before a run-in lead that ends a sentence, the item's text after it (not a heading line, nor a long sentence)
    ("二、加强与大湾区协同。香港可与深圳建立跨境低空航线试点。", ("cn_dun", 2, "二、")), ("一、总体要求", None),
    ("一、坚持问题导向。", None), ("一、" + "坚持" * 25 + "。其后的文字", None),
])
def test_paragraph_initial_markers(text, expected):
    m = leading_marker(text)
    assert (m and (m.family, m.ordinal, m.marker)) == expected


@pytest.mark.parametrize("previous, ordinal, note", [
    (None, 1, None), (None, 3, "starts at 3"), (1, 2, None), (4, 6, "gap: 5 missing"), (4, 7, "gap: 5, 6 missing"),
    (2, 2, "repeat"), (3, 1, "goes back from 3 to 1"),
])
def test_numbering_notes(previous, ordinal, note):
    assert numbering_note(previous, ordinal) == note


@pytest.mark.parametrize("text, lead", [
    ("强化情感认同引导。组织返乡创业青年……", "强化情感认同引导"),
    ("把握城市功能再定位，让科技为民更突出。城市是……", "把握城市功能再定位，让科技为民更突出"),
    ("强化算力基础设施建设与效能提升，应依托作为国家工程十大国家数据中心集群之一的新区数据中心集群优势，加强对接。",
     "强化算力基础设施建设与效能提升"),
    # a run-in head set off by a colon is the lead phrase, not the whole first sentence (qa123)
    ("健全工作机制：成立由分管负责同志牵头的工作专班，统筹解决重大问题。", "健全工作机制"),
    ("智慧园区示范工程：建成智慧园区12个。", "智慧园区示范工程"),
    # but not a phrase announcing what follows, nor one holding a comma
    ("主要目标为：到2028年建成示范园区10个。", "主要目标为：到2028年建成示范园区10个"),
    ("围绕主导产业，重点开展以下工作：梳理链条、补齐短板。", "围绕主导产业，重点开展以下工作：梳理链条、补齐短板"),
])
def test_lead_phrase(text, lead):
    assert lead_phrase(text) == lead


@pytest.mark.parametrize("text, bold_chars, lead", [
    # the bold run ends the lead where no mark does (**发展社区托育** 支持…, its markup and space gone, qa226)
    ("发展社区托育支持用人单位在工作场所为职工提供福利性托育服务，减轻家庭负担。", 6, "发展社区托育"),
    ("加强人才供给鼓励高校开设托育服务与管理专业，扩大招生规模，提高培养质量和层次。", 6, "加强人才供给"),
    # a mark that closes the bold is no part of the lead; a shorter lead inside the bold stays
    ("优化审批流程。推行告知承诺制。", 7, "优化审批流程"),
    ("健全机制：建立会商制度。", 10, "健全机制"),
])
def test_a_bold_run_bounds_the_lead_phrase(text, bold_chars, lead):
    assert lead_phrase_within(text, bold_chars) == lead


def test_qi_markers_with_shi():
    from flows.measures import inline_markers
    found = inline_markers("推动重点领域节能降碳，其一是工业领域，其二是建筑领域。尤其一是要看到。")
    assert [(m.marker, m.ordinal) for m in found] == [("其一是", 1), ("其二是", 2)]


@pytest.mark.parametrize("text, expected", [
    ("要把握以下几点：1）不得强迫农户；2）防止一刀切；3）坚持群众自愿。",
     [("arabic_close", 1, "1）"), ("arabic_close", 2, "2）"), ("arabic_close", 3, "3）")]),
    ("重点做好：1)摸清底数；2)建立台账。", [("arabic_close", 1, "1)"), ("arabic_close", 2, "2)")]),
    ("按照（见附件2）的要求执行，资金（2025）已下达。", []),          # a digit in brackets: no item
    ("补助标准为每户3）", []),                                       # no break before the number
    ("（1）摸清底数；（2）建立台账。", [("paren_arabic", 1, "（1）"), ("paren_arabic", 2, "（2）")]),
])
def test_an_item_numbered_with_a_closing_bracket_alone_is_an_inline_marker(text, expected):
    """A half-bracket list (1）…；2）…) inline after a colon or semicolon: items like 1. and 1、 (qa52)."""
    assert [(m.family, m.ordinal, m.marker) for m in inline_markers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph that is one sentence numbered 一、 with clauses in it: an item of a list (a plan's expected benefits)
    ("一、提高生产效率，降低人力依赖，主要作物成本降低10%。", ("cn_dun", 1, "一、")),
    ("三、吸引青年返乡创业；促进农村世代交替。", ("cn_dun", 3, "三、")),
    ("一、坚持问题导向。", None),                          # a short sentence without clauses: no list item
    ("一、总体要求", None),                                # a heading line
])
def test_a_paragraph_that_is_one_numbered_sentence_is_an_item(text, expected):
    m = leading_marker(text)
    assert (m and (m.family, m.ordinal, m.marker)) == expected


# ---- qa58 (session 13): a list's first 一是 run on from the words before it ----

@pytest.mark.parametrize("text, expected", [
    ("我们建议一是加快审批，压缩时限；二是减免费用；三是优化服务。", [1, 2, 3]),
    ("主要考虑一是成本偏高，二是周期太长。", [1, 2]),
    ("标准统一是前提；二是要完善机制。", [2]),           # 统一是: the 一 ends a word
    ("他说一是一，二是二。", [2]),                      # no clause before the 二是: no item
    ("这一点很重要。一是加强；二是完善。", [1, 2]),       # a 一是 after a break is found as before
])
def test_a_first_yishi_glued_to_the_words_before_opens_the_list(text, expected):
    assert [m.ordinal for m in inline_markers(text) if m.family == "shi"] == expected


# ---- qa64 (session 14): a key-points label closed by its bracket, run into the first point ----

@pytest.mark.parametrize("text, expected", [
    ("【要点】1.县域冷链设施覆盖率不足四成。2.运营成本偏高。3.建议补齐短板。", [1, 2, 3]),
    ("【核心观点】1、消费回暖仍需政策加力；2、服务消费潜力较大。", [1, 2]),
    ("【图表】2.5倍的差距说明问题。", []),                 # a number with a decimal part: no item
    ("详见【附件】3页。", []),                             # no mark after the number
])
def test_a_bracketed_label_opens_an_inline_arabic_list(text, expected):
    assert [m.ordinal for m in inline_markers(text) if m.family == "arabic"] == expected


# ---- qa142: items lettered (a), (b), (c) (Hong Kong papers) ----

@pytest.mark.parametrize("text, expected", [
    ("(a) 延长晚间开放时间；", ("paren_latin", 1, "(a)")),
    ("（c）扩充电子书馆藏。", ("paren_latin", 3, "（c）")),
    ("(b)\t增设自助借还书机；及", ("paren_latin", 2, "(b)")),
    ("(i) 首阶段先行试点；", ("paren_roman", 1, "(i)")),   # a Roman numeral, no letter (qa259)
    ("(A) 组别的申请人", None),                     # a capital: a category's name
    ("(a) The applicant shall", None),              # English text after the mark
])
def test_a_paragraph_lettered_a_b_c_is_an_item(text, expected):
    m = leading_marker(text)
    assert (m and (m.family, m.ordinal, m.marker)) == expected


# ---- qa259: items numbered (i), (ii), (iii) (Hong Kong government documents) ----
@pytest.mark.parametrize("text, expected", [
    ("(i) 全面推行垃圾收费；", ("paren_roman", 1, "(i)")),
    ("（iii）研究立法规管即弃餐具。", ("paren_roman", 3, "（iii）")),
    ("(iv)\t增设回收点；及", ("paren_roman", 4, "(iv)")),
    ("(xi) 第十一项", None),                        # past ten: no such list
    ("(ii) The applicant shall", None),             # English text after the mark
])
def test_a_paragraph_numbered_i_ii_iii_is_an_item(text, expected):
    m = leading_marker(text)
    assert (m and (m.family, m.ordinal, m.marker)) == expected


@pytest.mark.parametrize("text, expected", [
    ("署方会推行以下措施：(i)扩大试点范围；(ii)检讨收费水平；以及(iii)加强执法。", [1, 2, 3]),
    ("主要工作包括：（i）增设回收点；（ii）推广减废教育。", [1, 2]),
    ("该表格(i)栏所列的数字", []),                  # a column's label amid a sentence: no item
])
def test_inline_items_numbered_i_ii_iii(text, expected):
    assert [m.ordinal for m in inline_markers(text) if m.family == "paren_roman"] == expected


# ---- qa147: a one-sentence paragraph numbered 一、 without a comma ----
@pytest.mark.parametrize("text, expected", [
    ("一、检视现行补助制度的执行成效。", 1),
    ("三、研提区域人力调适之政策建议。", 3),
    ("二、比较日本与韩国的制度设计；", 2),
    ("一、研究背景", None),                      # a heading: no full stop
    ("一、引言。", None),                         # too short for a sentence: a label
    ("二、坚持系统观念统筹推进。", None),          # a principle's short heading set with a stop
])
def test_a_one_sentence_paragraph_numbered_cn_dun_is_an_item(text, expected):
    m = leading_marker(text)
    assert (m.ordinal if m else None) == expected


# ---- qa157: an item numbered N. before its deadline ----
@pytest.mark.parametrize("text, expected", [
    ("7.9月底前完成老旧管网排查，建立问题清单。", (7, "9月底前完成")),
    ("2.12月前出台社区养老服务设施配建办法。", (2, "12月前出台")),
    ("3.2027年6月底前实现乡镇快递网点全覆盖。", (3, "2027年6月")),
    ("4.6亿元用于支持中小企业技术改造。", None),        # a decimal quantity: no item
    ("1.5万户家庭纳入帮扶范围。", None),
    ("2.5个月内完成审批。", None),                      # a span of months (个月): a quantity
])
def test_an_item_opening_with_its_deadline_month_or_year_is_an_item(text, expected):
    m = leading_marker(text)
    assert (m and (m.ordinal, text[m.end:m.end + len(expected[1])])) == (expected or None)


@pytest.mark.parametrize("text, expected", [
    ("工作安排：1.4月底前完成调查摸底；2.10月底前完成整改；3.年底前开展验收。", [(1, "1."), (2, "2."), (3, "3.")]),
    ("时间节点：1.2026年6月前出台方案；2.2027年底前全面推开。", [(1, "1."), (2, "2.")]),
    ("完成投资：3.6亿元；新增用户：4.5万户。", []),          # decimal quantities after a colon: no list
])
def test_items_run_in_after_a_colon_may_open_with_their_deadline(text, expected):
    assert [(m.ordinal, m.marker) for m in inline_markers(text)] == expected


# ---- qa192: a note's circled mark right after a quoted term ----
@pytest.mark.parametrize("text, expected", [
    ("全年认定“链主”①企业12家，带动配套企业300余家。", []),
    ("深化“放管服”③改革，持续优化审批流程。", []),
    ("出台《数据条例》②配套细则，完善制度体系。", []),
    ("重点抓好三项工作：①稳定粮食生产；②发展特色产业；③推进“千万工程”。", [(1, "①"), (2, "②"), (3, "③")]),
])
def test_a_circled_digit_glued_to_a_quoted_term_is_a_note_mark(text, expected):
    assert [(m.ordinal, m.marker) for m in inline_markers(text) if m.family == "circled"] == expected


# ---- qa277: a run-in item's lead phrase is its first clause, however short the item ----
@pytest.mark.parametrize("text, run_in_at, lead", [
    # amid its paragraph (……要可持续，一是算好经济账，…；): the first clause
    ("算好经济账，政府补一点、企业让一点；", 12, "算好经济账"),
    ("抓谋划，围绕产业链条谋划储备一批大项目。", 9, "抓谋划"),
    # at its paragraph's head, a clause of a series ended by a semicolon: the first clause too
    ("稳就业，新增城镇就业1.2万人；", 0, "稳就业"),
    # at its paragraph's head, a sentence ended by a full stop is its heading sentence, as before
    ("把握城市功能再定位，让科技为民更突出。城市是……", 0, "把握城市功能再定位，让科技为民更突出"),
    # an item of another grammar ((三), ①: no run-in one) keeps its first sentence
    ("在孵企业不少于30家，且每千平方米平均在孵企业不少于4家；", None, "在孵企业不少于30家，且每千平方米平均在孵企业不少于4家"),
    # a run-in head before a colon stays the lead
    ("健全机制：建立会商制度，定期研判。", 12, "健全机制"),
])
def test_a_run_in_items_lead_phrase_is_its_first_clause(text, run_in_at, lead):
    assert lead_phrase(text, run_in_at) == lead
