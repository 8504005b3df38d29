"""Classify paragraph-level blocks into units: paragraph, heading, byline, note, quote, caption …

A unit keeps the block's text with markup and source spacing; the segmenter decides where each
unit goes (an article's title, byline or body, or residue).
"""
from __future__ import annotations

import re
from string import ascii_letters
from collections import Counter
from itertools import compress, count, islice, repeat, takewhile
from operator import contains, eq, itemgetter
from typing import Callable, Iterable, Iterator, NamedTuple

from flows import patterns as P
from flows.bylines import Byline, byline, is_editorial_voice, names, note_authors, place_signature
from flows.measures import article_match, cn_number, inline_markers, leading_marker
from flows.reflow import (FULL_LINE_SLACK, HEADING_INSET, Block, barred_cells, is_framed, is_gov_masthead, is_letter_spaced, barred_table_rows, serial_table_rows, display_width, is_contents_entry, is_folio, is_issuer_over_date, is_page_head, is_spaced_masthead,
                          has_table_cells, is_nav_bar, is_slashed_trail, is_subtitle, is_table_row, is_trail, is_working_paper_line,
                          running_feet, running_heads, title_head_forms, without_spaces)

# Unit kinds.
PARA = "para"            # body text
HEADING = "heading"      # a marked heading: 一、 （一） A # ## **bold** 第一章
PLAIN = "plain"          # a short unmarked line: a title, a section heading, or page furniture
ITEM = "item"            # a numbered item's own heading line: 1、顶层设计与战略规划
TITLE = "title"          # a Markdown level-1 heading: an article's title
BYLINE = "byline"
NOTE = "note"            # （作者系……）: closes an article
QUOTE = "quote"          # ■ pull quote
CAPTION = "caption"
CREDIT = "credit"        # 编辑：… 供稿：… (people who are not authors)
SUBTITLE = "subtitle"    # ——2024年1月18日在……会议上
META = "meta"            # 来源：… 日期：…
ABSTRACT = "abstract"
KEYWORDS = "keywords"
NOTES = "notes"          # 注释： and the footnote or reference entries under it
ATTACHMENTS = "attachments"  # 附件：1.… and the entries under it (the list of a document's attachments)
AFFILIATION = "affiliation"  # （某大学某学院，上海 200092） under a paper's author line
CONTENTS = "contents"     # 目录 and its entries 第一章 发展基础 ……… 1 (a long document's table of contents)
CONTINUED = "continued"  # （下转第4版）: the article goes on on another page (it closes the part printed here)
PROFILE = "profile"      # 嘉宾简介 and the paragraph under it: an interview's box on its guest
FOLIO = "page number"    # — 3 —: a PDF page's printed number (reflow lifts it out of the paragraph it interrupts)
RUNNING_HEAD = "running head"  # a PDF's title or issuer repeated over each page's text, under the page numbers
ENGLISH_FRONT = "English front matter"  # a paper's English title, authors and abstract over its Key words: line
STAGE_NOTE = "stage note"  # （掌声）: a speech transcript's note of what the hall did, on a line of its own (qa199)
# What a news item's text opens with when a dateline heads it (see dated_byline()): a C-level prefix test first.
DATELINE_PREFIXES = P.NEWS_DATELINE_PREFIXES + P.WIRE_DATELINE_PREFIXES + P.UNSIGNED_DATELINE_PREFIXES

# Units that sit between articles (title lines, bylines and page furniture).
HEADERISH = frozenset({PLAIN, BYLINE, QUOTE, CAPTION, CREDIT, SUBTITLE, NOTES, ATTACHMENTS, AFFILIATION, FOLIO, CONTENTS,
                       PROFILE, ENGLISH_FRONT, RUNNING_HEAD, STAGE_NOTE})
# The kinds a fact box's field items are read as (a bulleted line: a quote, text or a short plain line) before
# with_fact_boxes finds the box.
FACT_BOX_ITEM_KINDS = frozenset({PARA, PLAIN, QUOTE})
# Units that are never part of an article's body.
RESIDUAL = frozenset({QUOTE, CAPTION, CREDIT, SUBTITLE, NOTES, ATTACHMENTS, AFFILIATION, FOLIO, CONTENTS, CONTINUED,
                      PROFILE, ENGLISH_FRONT, RUNNING_HEAD, STAGE_NOTE})
# The kinds a reference entry under 参考文献 may have been read as before it is known to be one: a
# short entry that ends in Latin punctuation ([1]国家统计局.年鉴[R].北京,2025.) reads as an unended PLAIN line.
NOTE_ENTRY_KINDS = frozenset({PARA, ITEM, HEADING, PLAIN})
# Units over a web page's title: its breadcrumb trail, chrome and lines of fields (first_text_at).
PAGE_HEAD_KINDS = frozenset({CREDIT, META})
# The kinds a link's title under a label of further reading may have been read as (with_link_lists).
LINK_KINDS = frozenset({PARA, ITEM, PLAIN})
# What a linked headline under a further-reading label may be read as: a line of text, or a field line when it quotes
# its speaker (学者：…) (links_over_numbered_heading).
LINKED_HEADLINE_KINDS = frozenset({*LINK_KINDS, META})

# A unit's width, n_lines and debris: the fields every unit of a block starts with, passed on
# as a tuple (Unit(kind, text, *base, …)) because building a dict per block costs more.
Base = tuple[float, int, str | None]
# (family, pattern) pairs of P.SECTION_MARKERS.
Markers = tuple[tuple[str, re.Pattern[str]], ...]
# For each part of MARKED_OR_FURNITURE_LINE that is a family of section markers, the markers from that
# family on (the ones before it do not match where it is the first part that does); none for item.
MARKERS_FROM: dict[str, Markers] = {**{family: P.SECTION_MARKERS[i:] for i, (family, _) in enumerate(P.SECTION_MARKERS)},
                                    "item": ()}

# The parts of MARKED_OR_FURNITURE_LINE (a name and a match) a text's first character opens, by that character, found
# at its first use (start_part): one table for text that may end as a DOC_NUMBER_LINE does, one for the rest.
# ((name, match) pairs of P.MARKED_OR_FURNITURE_PARTS.)
PartMatches = tuple[tuple[str, Callable[[str], re.Match[str] | None]], ...]
PARTS_BY_FIRST: dict[str, PartMatches] = {}
PARTS_BY_FIRST_NUMBERED: dict[str, PartMatches] = {}
# (sp30) The same for text opening with a decimal digit but not with four (1. 总体要求, 12 月): without the parts
# P.FOUR_DIGIT_LED_PARTS, which match such text only when it opens with four (a year).
UNDATED_PARTS_BY_FIRST: dict[str, PartMatches] = {}
UNDATED_PARTS_BY_FIRST_NUMBERED: dict[str, PartMatches] = {}


# The characters UNIT_MARK_INITIAL matches but for its spaces and decimal digits (str.isspace and str.isdecimal tell
# those, as \s and \d do) and for characters past the BMP (asked of the pattern): found once by trying the characters
# its pattern spells, the ASCII letters and the Kelvin sign (which case folding matches with k). A set membership test
# is a fraction of a regex call, and may_start_marked asks it of every unit (tests/test_units.py checks the set against
# every character).
UNIT_MARK_FIRSTS = frozenset(filter(P.UNIT_MARK_INITIAL.match, {*P.UNIT_MARK_INITIAL.pattern, *ascii_letters, "\u212a"}))

# The characters WORKING_PAPER_ISSUE_LINE_LAST matches (a set membership test, not a regex call, in is_issue_line;
# tests/test_units.py checks the set against every character).
WORKING_PAPER_ISSUE_LASTS = frozenset(P.WORKING_PAPER_ISSUE_LINE_LAST.findall("0123456789" + P.WORKING_PAPER_ISSUE_LINE_LAST.pattern))


def edge_values(*containers: str | tuple[str, ...]) -> frozenset[str]:
    """The values of a text's first (or last) character, text[:1] ("" for an empty text), for which `c in container` is
    true for one of the containers: a string holds "" and each of its characters, a tuple its one-character members."""
    return frozenset(c for container in containers for c in ({"", *container} if isinstance(container, str) else container)
                     if len(c) <= 1)


# The first characters that unit()'s rules asking for one (each as `first in P.…`, or `first == "《"`) accept, and the
# last characters its rules asking for one accept (`last in P.…`): one set test (`opens`, `closes`) rules them all out
# at once for most units, which open and end with characters none of them asks for. A rule of unit() that tests its
# first (last) character in this way adds its container here, or must not be guarded by `opens` (`closes`).
UNIT_LEAD_FIRSTS = edge_values(P.ARROW_BULLETS, P.BRACKET_OPENERS, P.PHOTO_POINTER_FIRSTS, "《",
                               P.UNLABELLED_PAGE_CREDIT_INITIALS, P.REPORT_DATE_FIELD_FIRSTS, P.PLACE_TIME_INITIALS,
                               P.COLUMN_FIELD_INITIALS, P.BRACKETED_BUTTON_FIRSTS, P.CONTINUED_TABLE_INITIALS,
                               P.SHORT_DISTRIBUTION_INITIALS, P.NOTE_STARS)
UNIT_TAIL_LASTS = edge_values(P.PHOTO_CREDIT_ENDS, P.BRACKETED_PHOTO_CREDIT_END, P.CONTRIBUTOR_LINE_ENDS,
                              P.DATED_COMPILING_LASTS)


class Unit(NamedTuple):
    """One classified block. A named tuple, not a frozen dataclass: one is made per block, and a
    frozen dataclass sets each field through object.__setattr__ (several times slower to build).
    A changed copy is `u._replace(kind=…)`."""

    kind: str
    text: str                    # the block's text without markup or stray debris
    width: float                 # local column width of the block
    n_lines: int
    debris: str | None           # a stray mark removed from before a heading (rule 8)
    heading: str | None = None   # for headings and items: the text without its marker
    marker: str | None = None    # as written: 一、 （一） A ## 1、
    family: str | None = None    # the heading grammar, for section levels
    byline: Byline | None = None
    weak_byline: bool = False    # a lone short name: a byline only where the context says so
    speaker: str | None = None   # an interview turn's speaker
    lead: str | None = None      # a Markdown paragraph's bold lead run in before its text (1. **壮大…** 依托…), no markup

    @property
    def clean(self) -> bool:
        """A heading line without spaced-out words (those are column heads and slogans); a stray space that cut a
        line's last word off (P.STRAY_GAP_LINE) sets no words apart."""
        return not P.CJK_GAP.search(self.text) or P.STRAY_GAP_LINE.match(self.text) is not None


# C-level getters of a unit's fields (a map over them needs no Python frame per unit).
KIND, TEXT, DEBRIS, FAMILY = itemgetter(0), itemgetter(1), itemgetter(4), itemgetter(7)
# The family of a paragraph that may be a question heading (with_question_headings decides).
QUESTION = "question"
# The labels with_notes and with_profiles look for (注释：, 参考文献, 嘉宾简介) are at most this many characters.
LABEL_MAX_CHARS = 12
# A section's heading over the text that goes on under a box amid an article takes at most this many lines
# (text_goes_on_after_box).
BOX_RESUME_HEADING_LINES = 2
# The lines a box's further paragraph holds at least to be measured as set in the box's column (in_box_column):
# a one-line paragraph's width is its own length, no column's.
BOX_ENTRY_LINES_MIN = 2
# How much wider or narrower than the text a box's column is at least to be told from it (in_box_column): the widths
# of paragraphs in one column differ by up to two characters with the punctuation their lines break at.
BOX_COLUMN_MARGIN = 2.0
# The words units that with_attachments and with_datelines look at start with (one C-level prefix scan finds
# them all: str.startswith mapped with the words repeated, a third cheaper than a methodcaller).
OPENING_PREFIXES = (P.ATTACHMENT_PREFIX, P.RELATED_ATTACHMENT_PREFIX, *DATELINE_PREFIXES, *P.SPACED_DATELINE_PREFIXES,
                    *P.PAPER_KIND_DATELINE_PREFIXES)
# A paragraph unit's fields after the base ones: the defaults.
PARAGRAPH_REST = tuple(Unit._field_defaults.values())


# A box of key points under its label (核心观点) holds at most this many paragraphs (with_key_points_labels).
KEY_POINTS_BOX_MAX_PARAS = 3

# A paragraph right over a column label's line, wrapped in a column no wider than the text under the title by more than this
# share, is text of that column: the short line under it may be a title's first line, no label heading the column; a
# page's standfirst across a wider column is no such text (heads_column_as_label, qa198).
LABEL_COLUMN_SHARE = 0.25

# The kinds a profile box's label line may have been read as (with_profiles): 【作者简介】 alone on its line opens like a
# writer's note (【作者…】) and is read as a field line (META), yet over the writer's bio it labels the box as
# 【嘉宾简介】 does (qa151).
PROFILE_LABEL_KINDS = (PLAIN, HEADING, PARA, META)

# The kinds a line reading a WeChat account's name alone may have been read as (with_wechat_account_lines): a short
# line, a heading's or a paragraph's; a lone name read as a byline stays one.
ACCOUNT_LINE_KINDS = (PLAIN, HEADING, PARA)


def units(blocks: list[Block], markdown: bool) -> list[Unit]:
    found = with_field_values_under_labels([unit(b, markdown) for b in blocks])
    with_wechat_account_lines(found)
    with_account_cards(found)
    with_barred_table_rows(found)
    with_serial_table_rows(found)
    # (One scan for the short units serves with_notes and with_profiles: the labels they look for are
    # short lines. with_signatures, which adds units, comes last.)
    short = list(short_units(found, LABEL_MAX_CHARS))
    # (Likewise one prefix scan serves with_attachments and with_datelines, which comes before with_signatures
    # so that the indexes stay right: a dateline and a signature are at a paragraph's two ends, and neither
    # test sees the other's unit, a byline or a note.)
    opened = sorted({*indexes(map(str.startswith, map(TEXT, found), repeat(OPENING_PREFIXES))),
                     *named_paper_datelines(found)})
    found = with_guest_lists(with_profiles(with_writer_bios_under_label(with_notes(found, short), short), short), short)
    found = with_end_marks(with_continuation_notes(with_signatures(with_datelines(
        with_attachments(with_closing_advert(with_advert_labels(found, short)), opened), opened))))
    with_text_closed_by_end_mark(found)
    # (One list of the kinds serves the four passes below and the titles after them: with_affiliations
    # makes affiliations of paragraphs only, with_contents_heading contents of headings only and
    # with_link_lists credits of text lines only, so the bylines, contents entries, credits and keywords
    # lines stay where the list has them.)
    with_spaced_names_over_notes(found)
    with_team_list_bylines(found)
    with_author_notes_under_titles(found)
    with_pen_names_under_titles(found)
    with_reader_comments(found)
    with_share_buttons(found)
    if not markdown:
        with_echoed_quotes(found)
        with_quoted_pull_quotes(found)
        with_numbered_column_label(found)
    found = with_colon_wrapped_titles(found)
    if not markdown:
        found = with_wrapped_item_headings(with_comma_wrapped_headings(found))
    kinds = list(map(KIND, found))
    with_running_heads(found, kinds)
    with_title_running_heads(found, kinds)
    with_authors_over_abstract(found, kinds)
    if not markdown:
        with_bylines_over_lead_box(found, kinds)
    bylines_at = list(positions(kinds, BYLINE))
    found = with_affiliations(with_keywords_under_label(found, kinds), bylines_at)
    with_affiliations_after_text(found)
    with_cover_notes_over_abstract(found, kinds)
    for kinds_pass in KINDS_PASSES:
        found = kinds_pass(found, kinds)
    found = with_zero_padded_part_headings(found)
    with_contents_of_later_headings(found)
    if markdown:
        # (a Markdown interview may set its speakers' labels in bold on lines of their own, **记者** / **贺某某**, as a
        # plain-text one sets them plain: turns' labels alike, qa133)
        return with_numbered_question_headings(with_colon_label_turns(with_role_line_turns(with_name_line_turns(
            with_speaker_headings(with_issuers_under_titles(with_issuers_over_dates(with_account_names_over_head_dates(with_fields_between_head_fields(with_boxed_leads(
                with_numbers_over_headings(with_numbered_part_headings(found)))))))))), with_posts=True))
    if not found:
        return found
    # The document's first line (under a web page's breadcrumb trail and chrome), or an exclaiming or asking
    # line over a byline, is a title. Only those units are visited (a unit made a title here was no byline,
    # so which units are over one stays the same).
    over_head_line = over_head_line_at(with_account_names_over_head_dates(with_fields_between_head_fields(found)))
    over_byline_at = {i - 1 for i in bylines_at if i > 0} | over_head_line
    with_reading_title_over_fields(found)
    first_at = first_text_at(found)
    title_at = under_masthead_at(found, first_at)
    for i in sorted({first_at, title_at} | over_byline_at):
        u = found[i]
        first = i == title_at and looks_like_title(u.text, P.FIRST_TITLE_MAX_WIDTH)
        over_byline = ((i + 1 < len(found) and found[i + 1].kind == BYLINE or i in over_head_line)
                       and looks_like_title(u.text, P.HEADING_MAX_WIDTH))
        wrapped_title = ((first and u.n_lines > 1 and is_wrapped_official_title(u.text))
                         or (i + 1 < len(found) and found[i + 1].kind == BYLINE and is_title_wrapped_over_byline(u)))
        first = first or (i == first_at and is_title_wrapped_at_colon(found, i))
        if u.kind == PARA and (u.n_lines == 1 or wrapped_title) and (first or over_byline):
            found[i] = as_plain_heading(u)
    with_doubled_banner_over_text(found, first_at)
    with_spaced_banner_over_first_title(found)
    with_fact_boxes(found)
    found = with_colon_label_turns(with_role_line_turns(with_name_line_turns(found)))
    return with_run_in_sibling_items(with_measure_headings(with_press_foot(with_contact_under_credit(
        with_paragraphs_across_captions(
            with_page_foot(with_dotted_chapters(with_bullet_lists(with_question_headings(with_numbered_question_headings(
                with_turns(with_qa_box_titles(with_stopped_headings(with_mastheads_over_doc_number(found)))))), kinds))))))))


def with_wechat_account_lines(found: list[Unit]) -> None:
    """A line that reads alone the account a WeChat head line of the page names, right under that head line (原创 林某
    某某发布 2026-05-20 18:00 / 某某发布) or over a bare date (某某发布 / 2026-05-20 over the title and its head line, or
    over a post copied later on the page: its title, the account, 2026-05-18), is a field of a post's head, as the head
    line is: no section heading, title or text (qa258). The name right over the title, where a page opens, is left to
    the title's rules, and the account's card at the page's foot to the foot's.
    Only the field lines with a time's colon are tried as head lines."""
    heads_at = wechat_heads_at(found)
    accounts = page_wechat_accounts(found, heads_at)
    if not accounts:
        return
    for i in range(len(found) - 1):                   # (pages with a head line only: few)
        if (found[i].text in accounts and found[i].kind in ACCOUNT_LINE_KINDS
                and (i - 1 in heads_at or is_over_bare_date(found, i))):
            found[i] = as_kind(found[i], META)


def with_account_cards(found: list[Unit]) -> None:
    """A WeChat account's card copied with a post (某某观察 / its motto / 386篇原创内容 / 公众号) is chrome (a credit): the
    count of original posts marks it, the word 公众号 alone under the count closes it, and over the count stand the
    motto (a short line) and the account's name (a short line with no punctuation), or the name alone (qa276). The
    units holding the count's words are found by a C-level map first: most pages hold none."""
    for k in indexes(map(str.__contains__, map(TEXT, found), repeat(P.ACCOUNT_CARD_COUNT))):
        if not P.ACCOUNT_CARD_COUNT_LINE.match(found[k].text):
            continue
        card = [k, *([k + 1] if k + 1 < len(found) and found[k + 1].text in P.ACCOUNT_CARD_KIND_WORDS else [])]
        if k >= 1 and is_account_card_name(found[k - 1]):
            card.append(k - 1)
        elif k >= 2 and len(found[k - 1].text) <= P.ACCOUNT_CARD_MOTTO_MAX_CHARS and is_account_card_name(found[k - 2]):
            card += [k - 1, k - 2]
        for i in card:
            if found[i].kind != META:        # (the name read as a field of the post's head stays one)
                found[i] = as_kind(found[i], CREDIT)


def is_account_card_name(u: Unit) -> bool:
    """Whether a unit may be the name on an account's card: a short line of words with no punctuation, or the account's
    name already read as a field of the post's head (with_wechat_account_lines)."""
    return (u.kind == META or u.kind in ACCOUNT_LINE_KINDS and len(u.text) <= P.ACCOUNT_CARD_NAME_MAX_CHARS
            and P.BARE_TITLE_LINE.fullmatch(u.text) is not None)


def is_over_bare_date(found: list[Unit], i: int) -> bool:
    """Whether unit i stands right over a line that is a date alone (2026-05-18), as a post's head sets its account."""
    return i + 1 < len(found) and found[i + 1].kind == META and P.DATE_ONLY_LINE.match(found[i + 1].text) is not None


def wechat_heads_at(found: list[Unit]) -> list[int]:
    """The indexes of the WeChat head lines among the units: field lines with a time's colon (the units holding a colon
    found by a C-level map first; most hold none)."""
    return [k for k in indexes(map(str.__contains__, map(TEXT, found), repeat(":")))
            if found[k].kind == META and P.WECHAT_HEAD_LINE.match(found[k].text)]


def page_wechat_accounts(found: list[Unit], heads_at: list[int]) -> set[str]:
    """The accounts the WeChat head lines at `heads_at` name (原创 林某 某某发布 2026-05-20 18:00: 某某发布)."""
    return {m.group(1) for k in heads_at if (m := P.WECHAT_HEAD_ACCOUNT.search(found[k].text))}


def with_barred_table_rows(found: list[Unit]) -> None:
    """The rows of a table set in plain text with bars between its cells (reflow.barred_table_rows: 序号 | 重点任务 |
    牵头单位 over 1 | … | …) are text, one paragraph a row, their cells apart by spaces as a Markdown table's are: not a
    navigation bar, a credit with a bar (编辑 | …) or a heading numbered 1 (qa200). In Markdown, the rows that open with a
    bar have left their bars already (plain_text); those without bars at their ends (1 | … | …, as GFM allows) are read
    here. (One substring test of the units' joined text first: most texts hold no bar.)"""
    texts = list(map(TEXT, found))
    for i in barred_table_rows(texts, "\n".join(texts)):
        u = found[i]
        found[i] = tuple.__new__(Unit, (PARA, " ".join(barred_cells(u.text)), u.width, u.n_lines, u.debris)
                                 + PARAGRAPH_REST)


def with_serial_table_rows(found: list[Unit]) -> None:
    """A form's head row opening with 序号 and the rows under it numbered 1, 2, 3… in turn (reflow.serial_table_rows)
    are text, one paragraph a row, not headings numbered 1, 2 (qa209). (One substring test of the units' joined text
    first: most texts hold no 序号.)"""
    texts = list(map(TEXT, found))
    for i in serial_table_rows(texts, "\n".join(texts)):
        if found[i].kind != PARA:
            found[i] = as_kind(found[i], PARA)


def with_share_buttons(found: list[Unit]) -> None:
    """A web page's share buttons set one a line under their label (分享到： / 微信 / 微博 / QQ空间): chrome, as the label
    is, not short lines that a title or a section heading could take (qa149). Only the units right under a share label
    are looked at (a first-character test finds the labels)."""
    for i, u in enumerate(found):
        if u.kind != CREDIT or "分享" not in u.text[:3] or not P.SHARE_LABEL_LINE.match(u.text):
            continue
        for k in range(i + 1, min(i + 1 + P.SHARE_BUTTONS_MAX, len(found))):
            if found[k].kind not in (PLAIN, PARA) or not P.SHARE_BUTTON_LINE.match(found[k].text):
                break
            found[k] = as_kind(found[k], CREDIT)


def with_field_values_under_labels(found: list[Unit]) -> list[Unit]:
    """A web page's source field whose value stands on the line under its label (来源： / 省政务服务数据管理局), as the copy
    of a table's two cells sets them: one field line, which names the source, not a label over a section's heading; and
    a credit's label over the editor's names (责任编辑： / 林佳音): one credit line, the names no byline (qa149). Only units
    ending in a colon are looked at further (a last-character test, in one comprehension: a joined pair moves the units
    after it up by one, and a label taken in as a value is not looked at again, as a walk over the list would go on
    after the pair, sp24)."""
    labels = [k for k, u in enumerate(found) if u.text[-1:] in "：:"]
    joined, taken = 0, -1               # pairs joined so far; the index (before any join) of the last value taken in
    for k in labels:
        i = k - joined
        if k == taken or i >= len(found) - 1:
            continue
        u, value = found[i], found[i + 1]
        if value.n_lines == 1 and (is_source_label_over_value(u, value) or is_credit_label_over_names(u, value)
                                   or is_counter_label_over_number(u, value)):
            found[i:i + 2] = [u._replace(text=u.text + value.text)]
        elif value.n_lines == 1 and is_author_label_over_names(u, value):
            found[i:i + 2] = [u._replace(kind=META, text=u.text + value.text)]     # 作者： / 邵某: one field line
        else:
            continue
        joined, taken = joined + 1, k + 1
    return found


def is_counter_label_over_number(label: Unit, value: Unit) -> bool:
    """浏览次数： / 1208: a reader counter's bare label over its number (see with_field_values_under_labels; qa149)."""
    return (label.kind == CREDIT and P.COUNTER_LABEL_LINE.match(label.text) is not None
            and P.COUNTER_VALUE_LINE.match(value.text) is not None)


def is_author_label_over_names(label: Unit, value: Unit) -> bool:
    """作者： / 邵某某: an author field's bare label over the names (see with_field_values_under_labels; qa149)."""
    return (label.kind in (META, PARA) and P.AUTHOR_LABEL_LINE.match(label.text) is not None
            and value.kind in (BYLINE, PLAIN, PARA) and P.CREDIT_VALUE_LINE.match(value.text) is not None)


def is_source_label_over_value(label: Unit, value: Unit) -> bool:
    """来源： / 某某局: a source field's bare label over the publisher's name (see with_field_values_under_labels)."""
    return (label.kind == META and label.text[:1] in P.SOURCE_LABEL_INITIALS and P.SOURCE_LABEL_LINE.match(label.text)
            is not None and value.kind in (PLAIN, PARA) and P.FIELD_VALUE_LINE.match(value.text) is not None)


def is_credit_label_over_names(label: Unit, value: Unit) -> bool:
    """责任编辑： / 林佳音: a credit's bare label over the names (see with_field_values_under_labels)."""
    return (label.kind == CREDIT and P.CREDIT_LABEL_LINE.match(label.text) is not None
            and value.kind in (BYLINE, PLAIN, PARA) and P.CREDIT_VALUE_LINE.match(value.text) is not None)


def with_numbered_column_label(found: list[Unit]) -> None:
    """A column label numbered by its outlet at a page's head (01观点), before any byline, read as an item numbered
    01: a plain line, the column's label as 观点 01 is, not an item opening an untitled article (qa134); so with the
    column's path after it (01观点｜社评), and with the page's date a field line (01观点 2026-03-14). Only the first
    NUMBERED_COLUMN_LABEL_REACH units are looked at."""
    for i, u in enumerate(found[:P.NUMBERED_COLUMN_LABEL_REACH]):
        if u.kind == BYLINE:
            return
        if u.kind not in (ITEM, HEADING) or not u.text[:1].isdecimal():
            continue
        if P.NUMBERED_COLUMN_LABEL.match(u.text) or P.NUMBERED_COLUMN_PATH.match(u.text):
            found[i] = as_kind(u, PLAIN)
        elif P.NUMBERED_COLUMN_DATE.match(u.text):
            found[i] = as_kind(u, META)     # 01观点 2026-03-14: the label and the page's date, a field line


def with_authors_over_abstract(found: list[Unit], kinds: list[str]) -> None:
    """A paper's authors set one a line with their institution and post (林某某　某某大学…副教授 / 黄某某　某某大学…
    博士候选人), in the lines right over its abstract: bylines (qa121). Elsewhere an unbulleted name and post introduce
    an interview's guest (NAMES_ACADEMIC_POST_LINE's note), who gives no abstract. The paper's fields may stand between
    the authors and the abstract (投稿日期：…；接受刊登日期：…, DOI：…)."""
    for a in positions(kinds, ABSTRACT):
        k = a - 1
        while k >= 0 and kinds[k] == META:
            k -= 1
        while k >= 0 and kinds[k] in (PLAIN, PARA) and (m := paper_author_post(found[k].text)):
            found[k] = as_kind(found[k], BYLINE)._replace(byline=Byline(names(m.group(1))))
            kinds[k] = BYLINE
            k -= 1


def with_cover_notes_over_abstract(found: list[Unit], kinds: list[str]) -> None:
    """A working paper's cover sets short notes between its authors and its abstract (联系方式：…@… / 本工作论文仅代表作者
    个人观点… / 欢迎批评指正): front matter like the paper's fields there, no paragraphs of its text (qa255). At most
    COVER_NOTES_MAX_UNITS short paragraphs (COVER_NOTE_MAX_LINES lines each), right under a byline or the affiliations
    (read by then: with_affiliations; `kinds` is older, so the units' own kinds are asked)."""
    for a in positions(kinds, ABSTRACT):
        k = a - 1
        while k >= 0 and found[k].kind == META:
            k -= 1
        j = k
        while (j >= 0 and found[j].kind == PARA and found[j].n_lines <= COVER_NOTE_MAX_LINES
               and k - j < COVER_NOTES_MAX_UNITS):
            j -= 1
        if j < k and j >= 0 and found[j].kind in (BYLINE, AFFILIATION):
            for i in range(j + 1, k + 1):
                found[i] = as_kind(found[i], META)
                kinds[i] = META


# A working paper's cover notes over its abstract (with_cover_notes_over_abstract): how many, and how long each.
COVER_NOTES_MAX_UNITS = 3
COVER_NOTE_MAX_LINES = 2


def with_bylines_over_lead_box(found: list[Unit], kinds: list[str]) -> None:
    """A think-tank brief copied as plain text prints its lead box (内容提要：… / 摘要：…) between the title line (and
    the masthead's fields under it) and the bylines (执笔：…): the bylines are the head's, so they are moved over the
    box, where they sign the title (qa128). Only the document's head is looked at: a title line opens it."""
    for a in positions(kinds[:P.LEAD_BOX_HEAD_SPAN], ABSTRACT):
        k = a - 1
        while k >= 0 and kinds[k] == META:
            k -= 1
        end = a + 1
        while end < len(kinds) and kinds[end] == BYLINE and not found[end].weak_byline:
            end += 1
        if k != 0 or kinds[0] != PLAIN or end == a + 1:
            continue
        found[a:end] = [*found[a + 1:end], found[a]]
        kinds[a:end] = [*kinds[a + 1:end], kinds[a]]
        return


def paper_author_post(text: str) -> re.Match[str] | None:
    """The PAPER_AUTHOR_POST_LINE match of a line, tried only where a space parts the name from the post."""
    return P.PAPER_AUTHOR_POST_LINE.match(text) if " " in text or "\u3000" in text else None


def over_head_line_at(found: list[Unit]) -> set[int]:
    """The index of the line right over a WeChat head line (青禾发布 2025年11月03日 17:42 浙江, under the account's name
    and the title): the title, though it exclaims after a clause as a sentence does (…，这些服务家门口就能办！), as a
    line over a byline is (qa110). Only the head of the page is looked at, and only lines with a time of day tried."""
    return {i - 1 for i in range(1, min(len(found), P.WECHAT_HEAD_LINE_SPAN))
            if found[i].kind == META and ":" in found[i].text and P.WECHAT_HEAD_LINE.match(found[i].text)}


def with_doubled_banner_over_text(found: list[Unit], first_at: int) -> None:
    """The document's first line a column banner whose first word PDF extraction doubled (时评时评 广场), right over a
    paragraph of text: the page's furniture, as its running head is, not a title over that text (a page that prints
    its titles after their texts). Over a title (观点观点 聚集 / 强化党组织日常监督) it stays a line of the head. Marked
    in place (qa100). Over a note that the text under it goes on from another page (评论评论 观察 / （上接第1版）) it is
    no title either: that text's title is printed on the page it comes from (qa249)."""
    if first_at + 1 < len(found) and found[first_at].kind == PLAIN and found[first_at + 1].kind in (PARA, CONTINUED) \
            and P.DOUBLED_BANNER.match(found[first_at].text):
        found[first_at] = as_kind(found[first_at], META)


def with_spaced_banner_over_first_title(found: list[Unit]) -> None:
    """A page's column banner set letter-spaced (南 江 时 评, SPACED_FOUR_CHAR_LINE) reads as two padded names; as the
    first unit under a newspaper's page head that is neither a line of it nor a short plain line (its date line among
    those over it), right over the first title and its text, it is the banner, a plain line as an unnamed banner (创 新
    观 察) is, left to the page head's rules: a byline stands under its title or after its text, never over a page's
    first title. Under a title (把握… / 王 磊 赵 婷) it stays a byline. Marked in place (qa271)."""
    i = next((k for k, u in enumerate(found) if u.kind not in PAGE_HEAD_KINDS and u.kind != PLAIN), 0)
    if (0 < i < len(found) - 2 and found[i].kind == BYLINE and found[i + 1].kind == PLAIN and found[i + 2].kind == PARA
            and P.SPACED_FOUR_CHAR_LINE.match(found[i].text) and META in map(KIND, found[:i])):
        found[i] = as_kind(found[i], PLAIN)._replace(byline=None, weak_byline=False)


def with_fact_boxes(found: list[Unit]) -> None:
    """A fact box (桃源村小档案 over ●区位：… / ●人口：… field items, FACT_BOX_LABEL) is read as a caption is: residue, and
    no title, heading or text of the article it stands beside or amid, nor a narrower column that would part that
    article's text (qa249). Marked in place. (One substring test of the units' joined text first: few hold a label.)"""
    if "档案" not in "\n".join(map(TEXT, found)):
        return
    labels = [k for k, u in enumerate(found) if u.kind == PLAIN and u.text.endswith("档案") and P.FACT_BOX_LABEL.match(u.text)]
    for i in labels:
        end = i + 1
        while end < len(found) and is_fact_box_item(found[end]):
            end += 1
        if end - i - 1 >= P.FACT_BOX_MIN_ITEMS:
            found[i:end] = [as_kind(u, CAPTION) for u in found[i:end]]


def is_fact_box_item(u: Unit) -> bool:
    """Whether a unit is a fact box's item: a short field line (区位：…), no sentence (FACT_BOX_FIELD)."""
    return (u.kind in FACT_BOX_ITEM_KINDS and len(u.text) <= P.FACT_BOX_ITEM_MAX_CHARS
            and P.FACT_BOX_FIELD.match(u.text) is not None)


def with_press_foot(found: list[Unit]) -> list[Unit]:
    """A web page's foot under its text: the contact lines under a press officer's credit (新闻联络人：… / 联络电话：…) are
    part of that credit, and a line naming the source (资料来源：国家发展委员会) right over a credit (or the last unit) is
    the page's credit too, not the text's last paragraph; one over text names the figures of the paragraph over it and
    stays text (qa101). (A test of the first character rules out most units before any pattern is tried.)"""
    for i, u in enumerate(found):
        if u.kind != CREDIT or u.text[:1] != "新" or u.n_lines != 1:
            continue
        if P.PRESS_CONTACT_LINE.match(u.text):
            k = i + 1
            while k < len(found) and found[k].kind == PARA and found[k].n_lines == 1 and P.CONTACT_LINE.match(found[k].text):
                found[k] = as_kind(found[k], CREDIT)
                k += 1
    for i, u in enumerate(found):
        if u.kind == PARA and u.n_lines == 1 and u.text[:1] in "资数" and P.DATA_SOURCE_LINE.match(u.text):
            if i + 1 == len(found) or found[i + 1].kind == CREDIT:
                found[i] = as_kind(u, CREDIT)
            elif closes_data_box(found, i):
                found[i] = as_kind(u, CAPTION)     # 2850亿元 / 资料来源：财政部: the data box's source, not text (qa249)
            elif (rows := data_box_rows_over(found, i)) is not None:
                for k in range(rows, i + 1):      # 数据看板 / 占全年额度比重 82.5% / … / 资料来源：…: the box's (qa249)
                    found[k] = as_kind(found[k], CAPTION)
    return found


def data_box_rows_over(found: list[Unit], i: int) -> int | None:
    """Where the rows of a data box start over its source line at i: one-line rows, each a label with its figure at its
    end (占全年额度比重 82.5%: DATA_BOX_ROW), two at least, under the box's short label (数据看板, or letter-spaced), a
    plain line. (Only tried for a source line: few units.)"""
    k = i
    while k > 0 and is_data_box_row(found[k - 1]):
        k -= 1
    if i - k < P.DATA_BOX_MIN_ROWS or k == 0:
        return None
    label = found[k - 1]
    return k if label.kind == PLAIN and len(label.text.replace(" ", "")) <= P.DATA_BOX_LABEL_MAX_CHARS else None


def is_data_box_row(u: Unit) -> bool:
    """Whether a unit is a data box's row: a short line (read as text or as a plain line, as the page sets it), no
    sentence, ending with a figure and its unit."""
    return (u.kind in (PARA, PLAIN) and u.n_lines == 1 and len(u.text) <= P.DATA_BOX_ROW_MAX_CHARS and "。" not in u.text
            and P.DATA_BOX_ROW.search(u.text) is not None)


def closes_data_box(found: list[Unit], i: int) -> bool:
    """Whether the unit at i (a source line, 资料来源：…) comes right under a data box's last figure, or under that figure's
    label: a plain line that is only a figure and its unit (3.6万亿元, 82.5%: DATA_BOX_FIGURE_LINE)."""
    return any(found[k].kind == PLAIN and found[k].text[:1].isdigit() and P.DATA_BOX_FIGURE_LINE.match(found[k].text)
               for k in range(max(i - 2, 0), i))


def with_speaker_headings(found: list[Unit]) -> list[Unit]:
    """A Markdown heading that holds only a person's name, where the same name heads two or more parts of the document
    (a roundtable setting each guest's answer under ### 邝衡, its questions the ## headings), is a turn's label, not a
    section: the name opens the paragraph under it as a speaker's label does (邝衡：最直观的变化是…, qa93)."""
    named = [i for i, u in enumerate(found) if u.kind == HEADING and (u.family or "").startswith("md")
             and u.heading and P.SPEAKER_HEADING_NAME.fullmatch(u.heading)]
    counts = Counter(found[i].heading for i in named)
    turns = [i for i in named if counts[found[i].heading] >= 2]
    if not turns:
        return found                      # most documents
    labels = set()
    for i in turns:
        u, name = found[i], found[i].heading or ""
        if i + 1 < len(found) and found[i + 1].kind == PARA and not found[i + 1].speaker:
            v = found[i + 1]
            found[i + 1] = v._replace(text=f"{name}：{v.text}", speaker=name)
            labels.add(i)
        else:
            found[i] = Unit(PARA, f"{name}：", u.width, 1, None, speaker=name)
    return [u for i, u in enumerate(found) if i not in labels]


def with_name_line_turns(found: list[Unit]) -> list[Unit]:
    """A plain-text roundtable sets each guest's answer under a line holding only the guest's name (邝衡 / 最直观的变化
    是…), as a Markdown one does under ### 邝衡 (with_speaker_headings): a lone name that heads two or more paragraphs of
    the document is a turn's label, not a byline, and opens the paragraph under it (邝衡：最直观的变化是…, qa128). A name
    that signs a text stands once, over a title or at the text's end. Only lone short names are tried."""
    named = [i for i, u in enumerate(found) if u.kind == BYLINE and u.weak_byline and len(u.text) <= P.TURN_NAME_MAX_CHARS
             and i + 1 < len(found) and found[i + 1].kind == PARA and not found[i + 1].speaker
             and P.SPEAKER_HEADING_NAME.fullmatch(u.text)]
    counts = Counter(found[i].text for i in named)
    turns = {i for i in named if counts[found[i].text] >= 2}
    if not turns:
        return found                      # most documents
    for i in turns:
        v = found[i + 1]
        found[i + 1] = v._replace(text=f"{found[i].text}：{v.text}", speaker=found[i].text)
    return [u for i, u in enumerate(found) if i not in turns]


def with_role_line_turns(found: list[Unit]) -> list[Unit]:
    """A plain-text interview may set the interviewer's label on a line of its own over each question (记者 / 东川推进…
    进展如何？), as it sets the guest's name over each answer (with_name_line_turns): a lone role label (记者, 主持人,
    问) over a sentence, two times or more in the document, is a turn's label, not a heading, title or guest list's
    label, and opens the
    line under it (记者：东川推进…进展如何？, qa133); the short question under it is a paragraph, not a heading.
    (A cheap length test picks the few lone short lines to try.)"""
    labels = [i for i, u in enumerate(found) if len(u.text) <= P.TURN_ROLE_MAX_CHARS and u.kind in TURN_ROLE_KINDS
              and P.TURN_ROLE_LINE.fullmatch(u.text) and i + 1 < len(found) and is_turn_text(found[i + 1])]
    if len(labels) < 2:
        return found                      # most documents
    for i in labels:
        role, v = found[i].text, found[i + 1]
        found[i + 1] = Unit(PARA, f"{role}：{v.text}", v.width, v.n_lines, v.debris, speaker=role)
    turns = set(labels)
    return [u for i, u in enumerate(found) if i not in turns]


# What a lone role label may have been read as: a title or heading line, or (主持人, as over a list of guests) a guest
# list's label, which has no guest under it here.
TURN_ROLE_KINDS = (PLAIN, HEADING, PROFILE)


def with_colon_label_turns(found: list[Unit], with_posts: bool = False) -> list[Unit]:
    """A speaker's label with its colon alone on a line over the words of the turn (记者： / 今年的进展如何？, 欧阳某： /
    截至目前…), two times or more for one label, opens those words as a label does on their line (记者：今年…, qa133),
    not a paragraph of its own. Only a role (记者, 主持人, 问) or a person's name is tried, and only short units ending
    with a colon (a last-character test first). With with_posts (Markdown, where such labels are set in bold), a name
    with the guest's post in brackets is tried too (qa270); a plain-text brief sets its experts' name-and-post lines over
    their views as a list that the article stage reads as such, and keeps them."""
    longest = P.AFFILIATED_LABEL_MAX_CHARS if with_posts else P.TURN_NAME_MAX_CHARS
    labels = [i for i, u in enumerate(found) if u.text[-1:] in "：:" and len(u.text) <= longest + 1
              and u.kind in TURN_ROLE_KINDS + (PARA,) and i + 1 < len(found)
              and (is_turn_text(found[i + 1]) or is_list_lead_in(found[i + 1])) and is_lone_speaker_label(u.text[:-1])]
    counts = Counter(turn_label_key(found[i].text) for i in labels)
    turns = {i for i in labels if counts[turn_label_key(found[i].text)] >= 2}
    if not turns:
        return found                      # most documents
    for i in turns:
        role, v = found[i].text[:-1], found[i + 1]
        found[i + 1] = Unit(PARA, f"{role}：{v.text}", v.width, v.n_lines, v.debris, speaker=role)
    return [u for i, u in enumerate(found) if i not in turns]


def is_lone_speaker_label(label: str) -> bool:
    """Whether a lone line's text before its colon is a speaker's label: a role (记者, 主持人, 问) or a person's name, or
    a name with the guest's post in brackets (祁某某（某某大学教授）, a roundtable's guests: qa270)."""
    if len(label) <= P.TURN_NAME_MAX_CHARS:
        return bool(P.TURN_ROLE_LINE.fullmatch(label) or P.SPEAKER_HEADING_NAME.fullmatch(label))
    return bool(P.AFFILIATED_SPEAKER_LABEL.fullmatch(label))


def turn_label_key(text: str) -> str:
    """What a lone speaker's label is counted under: its text, or, for a label naming a post in brackets, one key for
    all of them: each guest of a roundtable may take only one turn under a lone label, but the guests' labels set
    alike (two or more) show the layout as a role or a name said twice does."""
    return "（）" if text[-2:-1] in "）)" else text


def is_list_lead_in(u: Unit) -> bool:
    """Whether a unit under a lone speaker's label is an answer's first sentence leading in to a list (我建议从以下几个
    方面发力： / 1. …): a paragraph ending with a colon, longer than any label (qa205)."""
    return (u.kind == PARA and not u.speaker and u.text[-1:] in "：:" and len(u.text) > P.TURN_NAME_MAX_CHARS + 1
            and not P.TURN_ROLE_LINE.fullmatch(u.text[:-1]))


def is_turn_text(u: Unit) -> bool:
    """Whether a unit under a lone role label is the words of the turn: a paragraph or a plain line that ends a sentence,
    with no label of its own."""
    return u.kind in (PARA, PLAIN) and not u.speaker and u.text.endswith(P.TURN_TEXT_ENDS)


def with_contact_under_credit(found: list[Unit]) -> list[Unit]:
    """A page's foot: the editors' contact line under its credit line (本版责任编辑：… / 联系电话：… 电子邮箱：…), the
    document's last line, is part of the credit, not a text of its own (qa77). (Only the last two units are looked at.)"""
    if len(found) >= 2 and found[-2].kind == CREDIT and found[-1].n_lines == 1 and P.CONTACT_LINE.match(found[-1].text):
        found[-1] = as_kind(found[-1], CREDIT)
    return found


def with_measure_headings(found: list[Unit]) -> list[Unit]:
    """A section whose heading names the actions it sets out (三、主要措施, 二、…的对策建议; not 政策建议, 保障措施 nor
    a conclusion with them, 四、结论与对策: P.MEASURES_SECTION_WORDS) and whose （一） heading lines each hold one
    paragraph of text with no list in it (the last may have the section's closing words after it) sets out those measures, one a heading
    line over its text: the lines are items, not sections, also where another section of the text sets （一） parts
    the same way. Where one of them holds a list (1. …, 一是…) or several paragraphs, they are its subsections. (qa102)"""
    for i, u in enumerate(found):
        if (u.kind != HEADING or u.family in (None, "paren_cn") or not u.heading
                or not P.MEASURES_SECTION_WORDS.search(u.heading) or P.NOT_MEASURES_SECTION_WORDS.search(u.heading)):
            continue
        end = next((j for j in range(i + 1, len(found)) if found[j].kind == HEADING and found[j].family != "paren_cn"),
                   len(found))
        heads = [j for j in range(i + 1, end) if found[j].kind == HEADING]
        if len(heads) >= 2 and all(holds_one_plain_paragraph(found, j, nxt, nxt == end)
                                   for j, nxt in zip(heads, [*heads[1:], end])):
            for j in heads:
                found[j] = found[j]._replace(kind=ITEM)
    return found


def with_run_in_sibling_items(found: list[Unit]) -> list[Unit]:
    """A （一） heading line in a run whose other members open their paragraphs run in (（一）健全… / its text /
    （二）深化…。text… / （三）完善… / its text): one enumeration set two ways is of one kind, and a run-in member is a
    measure, so each heading line of the run is an item too, where it holds one plain paragraph up to the next
    member; a heading line holding more (several paragraphs, a list) keeps the run sections. (qa145)"""
    if "paren_cn" not in map(FAMILY, found) or not any(u.kind == HEADING and u.family == "paren_cn" for u in found):
        return found                      # most documents: no （一） heading line (no （一） unit at all: a C-level scan)
    parts: dict[int, tuple[Unit, Unit]] = {}
    for run in paren_cn_runs(found):
        heads = [i for i in run if found[i].kind == HEADING]
        if not heads or len(heads) == len(run):
            continue
        ends = [*run[1:], run_end(found, run[-1])]
        if all(holds_one_plain_paragraph(found, j, ends[run.index(j)], j == run[-1]) for j in heads):
            for j in heads:
                found[j] = found[j]._replace(kind=ITEM)
        else:
            parts.update((i, part) for i in run if found[i].kind == PARA and (part := run_in_part_over_list(found, i)))
    for i in sorted(parts, reverse=True):     # (few: the run-in members of runs of sections)
        found[i:i + 1] = parts[i]
    return found


def run_in_part_over_list(found: list[Unit], i: int) -> tuple[Unit, Unit] | None:
    """A run-in member of a run of （一） sections (（一）推进厕所革命。坚持…。 over 1.… 2.…, between （二）… heading lines)
    that holds a list numbered from 1 under it, as its sibling sections do: its lead phrase, up to the full stop, is the
    section's heading, and the text after it the section's first paragraph (qa237). A member over no list stays a
    measure, its siblings' sections holding more than it does."""
    u = found[i]
    stop = u.text.find(P.HEADING_FULL_STOP)
    if not (0 < stop < len(u.text) - 1 and i + 1 < len(found) and found[i + 1].kind in (PARA, ITEM)):
        return None
    head = marked_heading(u.text[:stop], (u.width, 1, u.debris), P.STOPPED_SECTION_MARKERS)
    if head is None or head.kind != HEADING or not opens_sublist(head, found[i + 1].text):
        return None
    return head, u._replace(text=u.text[stop + 1:], debris=None)


def paren_cn_runs(found: list[Unit]) -> list[list[int]]:
    """The runs of （一） members, heading lines and paragraphs opening with the marker, numbered on from 1; a heading of
    another grammar or a restart at 1 ends a run."""
    runs: list[list[int]] = []
    last = 0
    for i, u in enumerate(found):
        n = None
        if u.kind == HEADING:
            if u.family != "paren_cn":
                last = 0
                continue
            n = cn_number(u.marker.strip("（()）")) if u.marker else None
        elif u.kind == PARA and u.text[:1] in P.PAREN_OPENINGS and (m := leading_marker(u.text)) and m.family == "paren_cn":
            n = m.ordinal
        if n is None:
            continue
        if n == 1:
            runs.append([i])
        elif runs and n == last + 1:
            runs[-1].append(i)
        last = n
    return [run for run in runs if len(run) >= 2]


def run_end(found: list[Unit], j: int) -> int:
    """The unit after the paragraphs under unit j (the next unit that is no paragraph, or the end)."""
    return next((k for k in range(j + 1, len(found)) if found[k].kind != PARA), len(found))


def with_stopped_headings(found: list[Unit]) -> list[Unit]:
    """Section headings ended with a full stop ((一)推进城乡供水一体化。, a phrase alone on its line): read as text, each
    was a measure and the list under it measures beside it. Where one such line of a grammar has a list under it
    (1.…, （1）…; for 一、 also （一）…), the document sets its headings so: every such line of that grammar is a
    heading, also one over plain text, unless the grammar also opens paragraphs of text (（一）…。text…), which makes it
    a grammar of measures. A lone stopped line over no list stays what it was (a short measure). (qa115)"""
    heads: dict[int, Unit] = {}
    for i, u in enumerate(found):
        if (u.kind == PARA and u.n_lines == 1 and u.text[-1:] == "。" and u.text[:1] in P.STOPPED_HEADING_FIRSTS
                and "。" not in u.text[:-1]):
            h = marked_heading(u.text[:-1], (u.width, u.n_lines, u.debris), P.STOPPED_SECTION_MARKERS)
            if h is not None and h.kind == HEADING:
                heads[i] = h._replace(text=u.text)
    if not heads:
        return found
    listed = {h.family for i, h in heads.items() if i + 1 < len(found) and opens_sublist(h, found[i + 1].text)}
    listed -= inline_item_families(found, heads)
    in_runs = stopped_runs_over_lists(found, heads)
    for i, h in heads.items():
        if h.family in listed or i in in_runs or between_sibling_headings(found, i, h):
            found[i] = h
    return found


def stopped_runs_over_lists(found: list[Unit], heads: dict[int, Unit]) -> set[int]:
    """The stopped lines of runs of two or more siblings numbered on from 1 with no heading between them, each over a list
    of its own (1.…, （1）…, 一是…): the run sets out the parts of one section however the grammar numbers run-in
    measures under another (（一）加强组织领导。text… under 保障措施), so its lines are headings. (qa194)"""
    runs: list[list[int]] = []
    last: tuple[str | None, int] = (None, 0)
    for i in sorted(heads):
        m = leading_marker(heads[i].text)
        n = m.ordinal if m is not None else 0
        if runs and runs[-1] and last == (heads[i].family, n - 1) and not any(u.kind == HEADING for u in found[runs[-1][-1] + 1:i]):
            runs[-1].append(i)
        elif n == 1:
            runs.append([i])
        else:
            runs.append([])
        last = (heads[i].family, n)
    return {i for run in runs if len(run) >= 2
            and all(holds_list_under(found, heads[j], j) or spans_paragraphs(found, heads, j) for j in run) for i in run}


def spans_paragraphs(found: list[Unit], heads: dict[int, Unit], i: int) -> bool:
    """Whether the stopped line i has two or more paragraphs under it before the next stopped line or unit that is no
    paragraph: a speech's section heading set as a sentence (一、坚定信心，准确把握形势。 over paragraphs, some numbering
    第一，…), where a measure's lead phrase has its one paragraph under it. (qa269)"""
    end = min(run_end(found, i), next((k for k in sorted(heads) if k > i), len(found)))
    return end - i - 1 >= P.STOPPED_HEADING_MIN_PARAGRAPHS


def holds_list_under(found: list[Unit], head: Unit, i: int) -> bool:
    """Whether the unit under a stopped line opens a list under it: numbered from 1 in a lower grammar, or 一是…, also
    after a lead (围绕…，一是…). (A substring test spares the marker scan of most paragraphs.)"""
    if i + 1 >= len(found):
        return False
    text = found[i + 1].text
    return (opens_sublist(head, text) or P.FIRST_SHI_ITEM_OPENER.match(text) is not None
            or P.FIRST_SHI_ITEM in text and any(m.family == "shi" and m.ordinal == 1 for m in inline_markers(text)))


def between_sibling_headings(found: list[Unit], i: int, head: Unit) -> bool:
    """Whether the stopped line i (（三）壮大银发经济产业集群。 over a paragraph) is numbered on between heading lines of
    its grammar: the nearest heading before it is its number less one, or the nearest after it its number plus one
    (（二）… and （四）… set without the full stop). Its siblings head sections, so it heads one too, whatever a
    paragraph elsewhere opening with that grammar (（一）加强组织领导。text…) makes of the grammar. (qa182)"""
    m = leading_marker(head.text)
    if m is None:
        return False
    before = next((u for u in reversed(found[:i]) if u.kind == HEADING), None)
    after = next((u for u in found[i + 1:] if u.kind == HEADING), None)
    return (is_sibling_heading(before, head.family, m.ordinal - 1)
            or is_sibling_heading(after, head.family, m.ordinal + 1))


def is_sibling_heading(u: Unit | None, family: str | None, ordinal: int) -> bool:
    """Whether a heading unit is of the given grammar and number."""
    if u is None or u.family != family or u.text[-1:] == "。":
        return False
    m = leading_marker(u.text)
    return m is not None and m.ordinal == ordinal


def inline_item_families(found: list[Unit], heads: dict[int, Unit]) -> set[str]:
    """The grammars of the stopped lines that elsewhere in the document open a paragraph going on after the phrase
    (（一）经济运行稳中向好。一是…): there they number measures, so the stopped lines of that grammar are measures too."""
    return {fam for i, u in enumerate(found)
            if i not in heads and u.kind == PARA and u.text[:1] in P.STOPPED_HEADING_FIRSTS
            for fam, pattern in P.STOPPED_SECTION_MARKERS if pattern.match(u.text)}


def opens_sublist(head: Unit, text: str) -> bool:
    """Whether the text under a stopped heading opens a list numbered from one of a grammar under the heading's."""
    m = P.FIRST_SUBITEM_OPENER.match(text)
    return m is not None and (head.family == "cn" or "一" not in m.group(0))


def with_mastheads_over_doc_number(found: list[Unit]) -> list[Unit]:
    """Lines naming only issuing bodies over the 文号 line at a document's head (某某市发展和改革委员会 / 某 某 市 商 务 局 /
    某发改商〔2026〕12号): the masthead of a jointly issued document, front matter, not the title over the real one
    (its bodies, then 关于…的通知, under the 文号). Only page chrome may come before them. (qa115) The 文号 may carry its
    date or signer beside it (某政办明电〔2026〕8号　　签发人：某某, qa227)."""
    at = next((i for i, u in enumerate(found[:P.MASTHEAD_DOC_NUMBER_MAX_AT]) if u.kind == META and is_doc_number(u.text)),
              None)
    if not at:
        return found
    start = at
    while start > 0 and is_masthead_unit(found[start - 1]):
        start -= 1
    while start > 0 and is_head_field(found[start - 1]):
        start -= 1                       # 000158 / 特急 over the masthead (qa124)
    if start < at and all(u.kind in (CREDIT, META) for u in found[:start]):
        found[start:at] = [u._replace(kind=META) for u in found[start:at]]
    return found


def is_doc_number(text: str) -> bool:
    """Whether the line is a document's 文号, bare (某政发〔2026〕3号) or with its date or signer beside it."""
    return (text[-1:] == "号" and P.DOC_NUMBER_LINE.match(text) is not None
            or any(map(text.__contains__, P.DOC_NUMBER_GAPS)) and P.DOC_NUMBER_BESIDE_FIELD_LINE.match(text) is not None)


def is_masthead_unit(u: Unit) -> bool:
    """Whether a unit over the 文号 is a line of a masthead: bodies' names only, or a name with 文件 beside it (three
    bodies stacked, 文件 set right of the middle one: 某某省发展和改革委员会  文件, or 文件 alone under them; either may
    read as a byline). (qa124)"""
    if u.kind not in (PLAIN, BYLINE, META):
        return False
    if u.text == P.GOV_MASTHEAD_END or is_gov_masthead(u.text):
        return True
    if u.text.endswith(P.GOV_MASTHEAD_END):
        return False
    return u.kind == PLAIN and is_issuers_masthead(u.text)


def is_head_field(u: Unit) -> bool:
    """Whether a unit is a copy number, secrecy or urgency field set over a document's masthead (000158, 机密★1年,
    特急). (qa124)"""
    return u.kind in (PLAIN, BYLINE, PARA) and P.GOV_HEAD_FIELD_LINE.match(u.text) is not None


def is_issuers_masthead(text: str) -> bool:
    """Whether a line names issuing bodies only (letter-spaced or not), as a masthead does."""
    return P.ISSUERS_MASTHEAD_LINE.match(text.replace(" ", "").replace("\u3000", "")) is not None


def holds_one_plain_paragraph(found: list[Unit], j: int, end: int, last: bool) -> bool:
    """Whether heading line j holds, before end, one paragraph with no item marker in it (the last heading of its
    section: that paragraph first, then no item)."""
    body = found[j + 1:end]
    if not body or body[0].kind != PARA or (len(body) > 1 and not last):
        return False
    texts = [v.text for v in body if v.kind == PARA]
    return (not any(v.kind == ITEM for v in body)
            and not any(leading_marker(t) or inline_markers(t) for t in texts))


# The families of decimal headings (1 / 2.1 / 2.2.1 / 2.2.1.1: units.marked_heading, one a depth).
DECIMAL_FAMILIES = frozenset(f"decimal{depth}" for depth in range(1, 5))


def with_dotted_chapters(found: list[Unit]) -> list[Unit]:
    """A paper numbered 1. 前言 / 2. 政策演变 / 2.1 … sets its chapters' numbers as items are set (1.), but a run of
    such heading lines numbered 1, 2, 3 … of which one is followed, before the run's next line, by a decimal
    heading under its number (2. over 2.1) is the paper's top level of sections, not a list of points; a run
    restarting at 1 inside a chapter (5. 对策建议 / 1. … 2. …), with no such heading under it, stays items."""
    families = set(map(FAMILY, found))
    if not families & DECIMAL_FAMILIES:
        # (or its paragraphs numbered under the chapters', 1. 引言 / 1.1 香港…。 / 1.2 …: qa147)
        return with_paragraph_numbered_chapters(found) if "arabic" in families else found
    decimal_at = [i for i, f in enumerate(map(FAMILY, found)) if f in DECIMAL_FAMILIES]
    with_unit_worded_decimals(found, decimal_at)
    for run in dotted_item_runs(found):
        bounds = [*run[1:], len(found)]
        if any(has_decimal_under(found, decimal_at, i, end) for i, end in zip(run, bounds)):
            for i in run:
                u = found[i]
                found[i] = u._replace(kind=HEADING, family="decimal1")
    return found


def with_paragraph_numbered_chapters(found: list[Unit]) -> list[Unit]:
    """A note numbered 1. 引言 / 1.1 …。 / 1.2 …。 / 2. 海外经验 / 2.1 …。 numbers its paragraphs under its parts: a run of item
    heading lines 1. 2. 3. … each right over a paragraph numbered N.1 under its number is the note's top level of
    sections, as over decimal headings (with_dotted_chapters), not a list of points whose text the paragraphs are (qa147)."""
    for run in dotted_item_runs(found):
        if len(run) >= 2 and all(opens_numbered_paragraphs(found, i) for i in run):
            for i in run:
                found[i] = found[i]._replace(kind=HEADING, family="decimal1")
    return found


def opens_numbered_paragraphs(found: list[Unit], i: int) -> bool:
    """Whether item line i (N.) stands right over a paragraph numbered N.1 (DECIMAL_NUMBERED_PARAGRAPH)."""
    if i + 1 >= len(found) or found[i + 1].kind != PARA or not found[i + 1].text[:1].isdecimal():
        return False
    m = P.DECIMAL_NUMBERED_PARAGRAPH.match(found[i + 1].text)
    return m is not None and m.group(1) + "." == found[i].marker and m.group(2) == "1"


def with_unit_worded_decimals(found: list[Unit], decimal_at: list[int]) -> None:
    """A short plain line numbered as the paper's decimal headings are (3.1人力供给不足, 3.2分析方法: the number, once its
    space is gone, reads as a quantity, 3.1人) is a heading of that depth when the paper has others of that depth."""
    depths = {found[i].family for i in decimal_at}
    for i, u in enumerate(found):
        if u.kind in (PLAIN, PARA) and u.n_lines == 1 and u.text[:1].isdecimal() and (
                m := P.DECIMAL_HEADING_ANY_WORD.match(u.text)) and looks_like_heading(m.group(2), numbered=True):
            family = "decimal" + str(m.group(1).rstrip(".").count(".") + 1)
            if family in depths:
                found[i] = u._replace(kind=HEADING, heading=m.group(2).strip(), marker=m.group(1), family=family)


def dotted_item_runs(found: list[Unit]) -> list[list[int]]:
    """The indexes of item heading lines marked N. (1. 2. 3.), in runs counting up from 1."""
    runs: list[list[int]] = []
    last = 0
    for i, u in enumerate(found):
        if u.kind != ITEM or u.family != "arabic" or not u.marker or u.marker[-1:] not in ".．":
            continue
        n = int(u.marker[:-1]) if u.marker[:-1].isdecimal() else 0
        if n == 1:
            runs.append([i])
        elif runs and n == last + 1:
            runs[-1].append(i)
        else:
            continue
        last = n
    return runs


def has_decimal_under(found: list[Unit], decimal_at: list[int], i: int, end: int) -> bool:
    """Whether a decimal heading numbered under item line i's number (2.1 under 2.) stands between it and end."""
    prefix = found[i].marker[:-1] + "."      # type: ignore[index]
    return any(i < j < end and (found[j].marker or "").startswith(prefix) for j in decimal_at)


def is_title_wrapped_at_colon(found: list[Unit], i: int) -> bool:
    """Whether the document's first line, ending with a colon over a short plain line (数字政府建设中的跨部门数据共享： /
    困境成因与推进路径), is a title wrapped after its colon, the rest under it: no clause of the text before a list
    opens a document. (A last-character test first.)"""
    u = found[i]
    return (u.text[-1:] in P.LIST_LEAD_ENDS and u.n_lines == 1 and i + 1 < len(found) and found[i + 1].kind == PLAIN
            and looks_like_title(u.text[:-1], P.FIRST_TITLE_MAX_WIDTH))


def is_title_wrapped_over_byline(u: Unit) -> bool:
    """Whether a block of two lines right over a byline is a title wrapped after its colon (人口高龄化下的长期护理融资： /
    香港应否设立护理保险？): title-shaped (no full stop, no clause mark at its end but a question's or exclamation's),
    with a colon inside; a paragraph's two lines over a byline end with a full stop. (qa81)"""
    return (u.kind == PARA and u.n_lines == 2 and "：" in u.text[:-1]
            and looks_like_title(u.text, P.FIRST_TITLE_MAX_WIDTH))


def with_reading_title_over_fields(found: list[Unit]) -> None:
    """A page titled as a reading of a document (图解：《…》, 图文解读｜…) prints that title over its line of fields
    (发布时间：… 来源：…): the page's title, a plain line, not the link to a reading that such a line is under a
    document's text (RELATED_READING_LINE, chrome). Only the page's head, chrome and fields, is visited. (qa123)"""
    for i in range(first_text_at(found) - 1):
        u = found[i]
        if (u.kind == CREDIT and found[i + 1].kind == META
                and (u.text[:1] in P.RELATED_READING_INITIALS or u.text[:1] in P.PICTURE_READING_INITIALS)
                and (P.RELATED_READING_LINE.match(u.text) or P.PICTURE_READING_LINE.match(u.text))):  # (一图读懂｜…, qa178)
            found[i] = as_plain_heading(u)
            return


def under_masthead_at(found: list[Unit], first_at: int) -> int:
    """The index of the unit under a government document's masthead and 文号 where the document's first units are
    those (溪 宁 县 人 民 政 府 办 公 室 / 溪政办发〔2026〕23号 / the title): the title's place, where a title wrapped
    over lines as wide as the text (…关于印发《… / …》的通知) is read as the first title (qa274); else first_at. (The
    masthead is read as front matter later, by with_mastheads_over_doc_number.)"""
    at = first_at
    while at < min(len(found) - 1, P.MASTHEAD_DOC_NUMBER_MAX_AT) and is_masthead_unit(found[at]):
        at += 1
    if at > first_at and found[at].kind == META and is_doc_number(found[at].text) and at + 1 < len(found):
        return at + 1
    return first_at


def first_text_at(found: list[Unit]) -> int:
    """The index of the document's first unit that is not page chrome or a line of fields (当前位置：首页 > …,
    【字体：大 中 小】): only the few units at the top are visited."""
    return next((i for i, u in enumerate(found) if u.kind not in PAGE_HEAD_KINDS), 0)


def is_wrapped_official_title(text: str) -> bool:
    """Whether a document's first block of several lines is an official document's title wrapped over
    them (its issuing bodies, then 关于…的实施意见): reflow joins the lines, and a title of one line is
    no longer the test. (A substring test first: few first blocks hold 关于.)"""
    return "关于" in text and bool(P.WRAPPED_OFFICIAL_TITLE.match(text))


def with_question_headings(found: list[Unit]) -> list[Unit]:
    """Short one-question lines (企业开办时间为何越来越短？) are the subheadings of an explainer when the
    document has a series of them, or a series of unmarked headings that such a line stands in, between paragraphs
    like them (a commentary's 小标题, one of which asks: qa121); a lone one is a rhetorical question of the text
    (原因何在？)."""
    # (operator.eq, not QUESTION.__eq__: that answers NotImplemented, a true value, for the None of most units)
    asked = list(indexes(map(eq, map(FAMILY, found), repeat(QUESTION))))
    if len(asked) >= 2 or (asked and has_plain_heading_series(found)):
        for i in asked:
            found[i] = as_plain_heading(found[i])
    return found


def with_numbered_question_headings(found: list[Unit]) -> list[Unit]:
    """An interview's numbered question lines (问题一：…？ / the answer / 问题二：…？), two or more, are the headings of the
    parts the answers fill, their label the marker (a ## question is a section so): not turns of the dialogue, which a
    speaker's label opens (qa273); so are a Q&A page's 1.问：…？ lines (qa291). (A prefix scan at C level first: most
    documents hold no such line.)"""
    heads = map(itemgetter(slice(0, P.NUMBERED_QUESTION_INITIAL_SPAN)), map(TEXT, found))
    at = list(indexes(map(contains, heads, repeat(P.NUMBERED_QUESTION_INITIAL))))
    if len(at) < P.NUMBERED_QUESTIONS_MIN:
        return found
    asked = {i: m for i in at if found[i].kind == PARA and (m := numbered_question(found[i].text))}
    if len(asked) < P.NUMBERED_QUESTIONS_MIN:
        return found
    for i, m in asked.items():
        found[i] = found[i]._replace(kind=HEADING, heading=m.group(3), marker=m.group(1),
                                     family=P.NUMBERED_QUESTION_FAMILY)
    return found


def numbered_question(text: str) -> re.Match[str] | None:
    """The match of a numbered question line (问题一：…？, or a Q&A page's 1.问：…？: qa291), else None."""
    return P.NUMBERED_QUESTION_LINE.match(text) or P.NUMBERED_ASKED_LINE.match(text)


def with_qa_box_titles(found: list[Unit]) -> list[Unit]:
    """A one-line question (怎样理解“…”？) that opens a block of text, under a label, heading or byline and over the
    first labelled turn of a Q&A box (问：…), is the box's title: a question asked inside a dialogue is itself a turn
    or part of an answer, and one that opens the text is no rhetorical question of a paragraph above (qa216)."""
    for i in range(1, len(found) - 1):
        u = found[i]
        if (u.kind == PARA and u.n_lines == 1 and u.text[-1:] == "？" and found[i - 1].kind != PARA
                and found[i + 1].kind == PARA and found[i + 1].text[:1] == P.QA_BOX_QUESTION_LABEL
                and P.QA_BOX_PARAGRAPH.match(found[i + 1].text) and P.QA_BOX_TITLE.match(u.text)):
            found[i] = as_plain_heading(u)
    return found


def has_plain_heading_series(found: list[Unit]) -> bool:
    """Whether two or more unmarked one-line headings (PLAIN lines) stand each between two paragraphs."""
    between = 0
    for i in positions(list(map(KIND, found)), PLAIN):
        if 0 < i < len(found) - 1 and found[i - 1].kind == PARA and found[i + 1].kind == PARA:
            between += 1
            if between >= 2:
                return True
    return False


def with_bullet_lists(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """Blocks opening with a list bullet (●) one after another are the items of a bulleted list (a brief's
    要点 box), and so are the bulleted blocks under a plan's box label (box_items): text, whose bullet is
    markup (rule 7); a lone one elsewhere is a pull quote. (The bullet reads as a pull quote's box first:
    only those units are visited, found by list.index in `kinds`, units()' list of the kinds, where the pull
    quotes stay: no pass after it makes or unmakes one, nor adds a unit.)"""
    quoted = list(positions(kinds, QUOTE))
    boxed = box_items(found, quoted)
    bulleted = {i for i in quoted if found[i].text[:1] in P.LIST_BULLETS} | boxed
    for i in bulleted:
        if i - 1 in bulleted or i + 1 in bulleted or i in boxed:
            u = found[i]
            found[i] = Unit(PARA, u.text[1:].lstrip(), u.width, u.n_lines, u.debris)
    for i in short_box_items(found, kinds) + short_bullet_runs(found, kinds):
        u = found[i]
        found[i] = Unit(PARA, u.text, u.width, u.n_lines, u.debris)
    return found


def with_quotes_over_headings(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A ■ block of two lines read as a bulleted heading (its bullet cut as debris) is a pull quote where a one-line
    heading stands between it and the text (■算法不能成为压在劳动者 / 身上的“无形之手” / 织密保障网络 / the text): a
    bulleted heading opens its part right over the text, and one wrapped over two lines does not take a third under
    it. (Only a document with a unit that has debris, found by a C-level scan, is visited; qa67.) So is one right under
    an author note, over the text (opens_text_under_note, qa97), and one right under another pull quote
    (follows_quote, qa132). `kinds` is kept in step."""
    if not any(map(DEBRIS, found)):
        return found
    quoted = [i for i in positions(kinds, PLAIN)
              if quotes_over_heading(found, kinds, i) or opens_text_under_note(found, kinds, i)
              or follows_quote(found, kinds, i) or closes_text_over_no_text(found, kinds, i)]
    for i in quoted:
        u = found[i]
        found[i] = Unit(QUOTE, f"{(u.debris or '').strip()}{u.text}", u.width, u.n_lines, None)
        kinds[i] = QUOTE
    return found


def quotes_over_heading(found: list[Unit], kinds: list[str], i: int) -> bool:
    """Whether plain unit i is a ■ block of two lines or more over a one-line plain unit over a paragraph (see
    with_quotes_over_headings)."""
    u = found[i]
    return ((u.n_lines >= 2 or fills_column_through_clause(u)) and bool(u.debris)
            and P.PULL_QUOTE.match((u.debris or "").strip()) is not None
            and i + 2 < len(found) and kinds[i + 1] == PLAIN and found[i + 1].n_lines == 1
            and not found[i + 1].debris and kinds[i + 2] == PARA)


def opens_text_under_note(found: list[Unit], kinds: list[str], i: int) -> bool:
    """Whether plain unit i is a ■ block of two lines or more set right under an author note (the end of the article
    before) and over a paragraph, that would fit one line of the column it is wrapped in (■公共文化服务要从“有没有” /
    向“好不好”转变 22 wide in a column 22 wide): a pull quote at the head of the next article's text, set in a narrower
    column of its own, not a bulleted heading (one that fits its column is not wrapped, and no part of a text opens
    before its first paragraph right under another article's note) (qa97)."""
    u = found[i]
    return (u.n_lines >= 2 and bool(u.debris) and P.PULL_QUOTE.match((u.debris or "").strip()) is not None
            and 0 < i < len(found) - 1 and kinds[i - 1] == NOTE and P.AUTHOR_NOTE_LINE.match(found[i - 1].text) is not None
            and kinds[i + 1] == PARA
            and display_width(f"{(u.debris or '').strip()}{u.text}") <= u.width)


def follows_quote(found: list[Unit], kinds: list[str], i: int) -> bool:
    """Whether plain unit i is a ■ block of two lines or more right under a pull quote, that would fit one line of the
    column it is wrapped in (■减负不是减责任，… / ■让基层干部把更多时 / 间和精力用在抓落实上, 20 wide in a column 20
    wide): the next quote of a run of them set in their narrow column, not a bulleted heading, which a column that holds
    it does not wrap (qa132)."""
    u = found[i]
    return (u.n_lines >= 2 and i > 0 and kinds[i - 1] == QUOTE and bool(u.debris)
            and P.PULL_QUOTE.match((u.debris or "").strip()) is not None
            and display_width(f"{(u.debris or '').strip()}{u.text}") <= u.width)


def closes_text_over_no_text(found: list[Unit], kinds: list[str], i: int) -> bool:
    """Whether plain unit i is a ■ block of two lines or more right after a paragraph, under which no paragraph comes
    before a byline, a box's label or the page's end, only short lines (■让居民少跑腿、 / 多办事 / the title printed
    after the text / its author): a pull quote set at the text's end, not a bulleted heading, which heads text."""
    u = found[i]
    if not (u.n_lines >= 2 and i > 0 and kinds[i - 1] == PARA and bool(u.debris)
            and P.PULL_QUOTE.match((u.debris or "").strip()) is not None):
        return False
    j = i + 1
    while j < len(kinds) and kinds[j] == PLAIN and not found[j].debris:
        j += 1
    return j == len(kinds) or kinds[j] in (BYLINE, CREDIT)


def fills_column_through_clause(u: Unit) -> bool:
    """Whether a one-line ■ block is a pull quote set across the whole column of the text, not a bulleted heading: its
    line fills the column, and its sentence runs on through a comma (■数据安全是发展的前提，发展是安全的保障). A
    bulleted heading is short in its column. (See with_quotes_over_headings: only over a one-line heading over text.)"""
    return (u.n_lines == 1 and P.QUOTE_INNER_CLAUSE.search(u.text) is not None
            and display_width(f"{(u.debris or '').strip()}{u.text}") >= u.width - FULL_LINE_SLACK)


def short_bullet_runs(found: list[Unit], kinds: list[str]) -> list[int]:
    """Short bulleted lines one right after another (■ 县域商业网络不断完善… / ■ 乡镇商贸中心功能偏弱… / ■ …) read as headings,
    their bullets cut as a heading's stray mark (rule 8 debris), over a paragraph: a summary list of the article's
    points (its 要点), text, not a run of headings with nothing under them nor a title (qa101). (Only a document with
    a unit that has debris, found by a C-level scan of the units' debris, has its plain lines visited.)"""
    if not any(map(DEBRIS, found)):
        return []
    bulleted = [i for i in positions(kinds, PLAIN)
                if found[i].kind == PLAIN and (d := (found[i].debris or "").strip()) and d[-1] in P.SUMMARY_BULLETS]
    items: list[int] = []
    run: list[int] = []
    for i in bulleted:
        if run and i != run[-1] + 1:
            run = []
        run.append(i)
        end = run[-1] + 1
        if len(run) >= 2 and (end == len(found) or found[end].kind == PARA):
            items.extend(run)
    return items


def short_box_items(found: list[Unit], kinds: list[str]) -> list[int]:
    """The short items of a plan's box (专栏　… / ■ 乡镇商贸中心改造率达到80% / ■ …) read as headings, their bullet cut as
    a heading's stray mark (rule 8 debris): in a run right under the box's label they are the box's text, not headings
    (a lone ■ line elsewhere may well be a subheading). (Only a document with a unit that has debris, found by a C-level
    scan of the units' debris, has its plain lines visited.)"""
    if not any(map(DEBRIS, found)):
        return []
    items: list[int] = []
    for i in positions(kinds, PLAIN):
        u = found[i]
        if (u.kind == PLAIN and u.debris and u.debris.strip()[-1:] in P.BOX_ITEM_BULLETS and i > 0
                and (items[-1:] == [i - 1] or found[i - 1].text.startswith(P.BOX_LABEL_PREFIX))):
            items.append(i)
    return items


def with_running_heads(found: list[Unit], kinds: list[str]) -> None:
    """The running heads that reflow lifted out of the text with the PDF's page numbers (reflow.running_heads:
    a line that follows more than one page number) sit right after their numbers, or right before them when they
    repeat the title (reflow.running_head_lines): they are furniture, not a heading or a title. Marked in `found` and `kinds` in place. (The page numbers are few, found by a C-level
    scan of the kinds.)"""
    folios = list(positions(kinds, FOLIO))
    after = [i + 1 for i in folios if i + 1 < len(found)]
    first, second = (found[0].text if found else ""), (found[1].text if len(found) > 1 else "")
    heads = running_heads([found[i].text for i in after], first, second)
    # (a head set over its page's number that repeats the title, past the title's own units: qa243)
    forms = title_head_forms(first, second)
    before = [i - 1 for i in folios if i > 2 and without_spaces(found[i - 1].text) in forms]
    for i in after + before:
        if i in before or found[i].text in heads or is_repeated_head_row(found, i):
            u = found[i]
            found[i] = Unit(RUNNING_HEAD, u.text, u.width, u.n_lines, u.debris)
            kinds[i] = RUNNING_HEAD
    # (a report's running foot over its page's bare number, which reflow lifted out of the text with it: qa268)
    numbers = [i for i in positions(kinds, PLAIN) if found[i].text[:1].isdecimal()]
    for foot, number in running_feet([u.text for u in found], numbers) if numbers else ():
        for i, kind in ((foot, RUNNING_HEAD), (number, FOLIO)):
            u = found[i]
            found[i] = Unit(kind, u.text, u.width, u.n_lines, u.debris)
            kinds[i] = kind


def with_colon_wrapped_titles(found: list[Unit]) -> list[Unit]:
    """A paper's title wrapped after the colon before its subtitle (某某的治理网络： / 以甲市与乙市为例), over its byline:
    one title line, not a lead-in paragraph and a title. Only the first TITLE_HEAD_PROBE units are tried, a one-line
    unit ending with a colon and holding no clause mark, a short plain line under it and a byline within two units
    (qa170)."""
    for i in range(min(len(found), P.TITLE_HEAD_PROBE) - 2):
        u, v = found[i], found[i + 1]
        if (u.kind == PARA and u.n_lines == 1 and u.text[-1:] in P.TITLE_WRAP_COLONS and v.kind == PLAIN
                and P.COLON_WRAPPED_TITLE_LINE.match(u.text)
                and any(w.kind == BYLINE for w in found[i + 2:i + 4])):
            found[i + 1] = v._replace(text=u.text + v.text, n_lines=u.n_lines + v.n_lines,
                                      heading=u.text + v.heading if v.heading else None)
            return found[:i] + found[i + 1:]
    return found


def with_comma_wrapped_headings(found: list[Unit]) -> list[Unit]:
    """A section heading wrapped after a comma in a narrow column (坚持守正创新， / 健全城乡融合体制机制), between a
    paragraph's end and the text: one heading, not a one-line paragraph and a heading. The comma's line is short of its
    column (a paragraph's last line ends with a sentence, not a comma), the line under it a short plain line, a
    paragraph under that (qa191)."""
    # (a cheap test first: one-line units ending with a comma are few)
    at = [i for i in range(1, len(found) - 2) if found[i].n_lines == 1 and found[i].text[-1:] == "，"]
    for i in reversed(at):
        u, v, before = found[i], found[i + 1], found[i - 1]
        if (u.kind == PARA and v.kind == PLAIN and v.n_lines == 1 and found[i + 2].kind == PARA
                and before.kind == PARA and before.text.rstrip().rstrip("”’）)")[-1:] in P.SENTENCE_MARKS
                and display_width(u.text) + HEADING_INSET <= u.width and P.COMMA_WRAPPED_HEADING_LINE.match(u.text)):
            found[i + 1] = v._replace(text=u.text + v.text, n_lines=2, heading=u.text + (v.heading or v.text))
            del found[i]
    return found


def with_wrapped_item_headings(found: list[Unit]) -> list[Unit]:
    """A numbered item's or marked section's heading line wrapped onto a short line of its own over its text
    (2、推进“一县一业”特色产业 / 集群建设 / text, （二）乡村产业发展 / 势头良好 / text), on a page of one paragraph a line (a web
    page whose heading held a line break): one heading line, not a heading and an unmarked section heading. The rest is
    a short phrase with no clause mark (WRAPPED_ITEM_HEADING_REST), text follows it up to a marked line, and the other
    headings of the family (WRAPPED_ITEM_SIBLINGS_MIN at least) go straight on to their text: an unmarked line under
    each heading is a subheading or a name, under one a wrap, and one of several unmarked lines in a heading's scope
    is a subheading (qa264)."""
    kinds = list(map(KIND, found))
    heads = sorted([*positions(kinds, ITEM), *(k for k in positions(kinds, HEADING) if found[k].marker)])
    wraps = [i for i in heads if i + 2 < len(found) and wraps_item_heading(found[i], found[i + 1], found[i + 2])
             and not unmarked_line_after_text(found, i + 2)]
    if not wraps:
        return found
    # (counted before any join: a join shifts the indexes after it)
    straight = Counter((kinds[k], found[k].family) for k in heads if k + 1 < len(found) and kinds[k + 1] == PARA)
    wrapped = Counter((kinds[i], found[i].family) for i in wraps)
    for i in reversed(wraps):
        family = (kinds[i], found[i].family)
        if straight[family] < max(P.WRAPPED_ITEM_SIBLINGS_MIN, wrapped[family] + 1):
            continue
        u, v = found[i], found[i + 1]
        found[i] = u._replace(text=u.text + v.text, n_lines=u.n_lines + v.n_lines, heading=(u.heading or "") + v.text)
        del found[i + 1]
    return found


def unmarked_line_after_text(found: list[Unit], k: int) -> bool:
    """Whether the text from unit k on runs into an unmarked short line before any marked one: the heading's scope holds
    unmarked subheadings (with_wrapped_item_headings)."""
    while k < len(found) and found[k].kind == PARA:
        k += 1
    return k < len(found) and found[k].kind in (PLAIN, HEADING) and found[k].marker is None


def wraps_item_heading(u: Unit, rest: Unit, after: Unit) -> bool:
    """Whether item or heading line u, a one-line heading ending no sentence or lead-in, goes on onto the short plain line rest (or a
    lone word read as a weak byline), text under that (with_wrapped_item_headings)."""
    # (a two-character rest reads as a lone name, a weak byline: 2、降低冷链运营 / 成本; a name under one item only, its
    # siblings going straight on to their text, signs nothing)
    return (u.n_lines == 1 and (rest.kind in (PLAIN, HEADING) or rest.kind == BYLINE and rest.weak_byline)
            and rest.marker is None and rest.n_lines == 1
            and after.kind == PARA and u.text[-1:] not in P.SENTENCE_END_MARKS and u.text[-1:] not in "：:"
            and P.WRAPPED_ITEM_HEADING_REST.match(rest.text) is not None)


def with_title_running_heads(found: list[Unit], kinds: list[str]) -> None:
    """A paper's running head that repeats its title beside a bare page number (某某的治理网络：以甲市为例 3) amid the
    text, which no page number over it marks (with_running_heads): furniture, not a heading. The title is looked for
    among the first units, one line or two joined (a title wrapped after its colon). Marked in place (qa170)."""
    probe = found[:P.TITLE_HEAD_PROBE]
    # (each title's text and the unit it ends at: the head comes later, past the byline at least)
    titles = {squashed(u.text): k for k, u in enumerate(probe)}
    titles.update({squashed(a.text + b.text): k + 1 for k, (a, b) in enumerate(zip(probe, probe[1:]))})
    # (the main title before the colon alone, as a journal may shorten it over its pages: qa184)
    for main, k in [(t.partition("：")[0], k) for t, k in titles.items() if "：" in t]:
        if len(main) >= P.MAIN_TITLE_HEAD_MIN:
            titles.setdefault(main, k)
    for i in range(2, len(found)):
        text = found[i].text
        if kinds[i] == PARA:
            continue
        if (text[-1:].isdecimal() or text[:1].isdecimal()) and " " in text and (m := P.TITLE_PAGE_HEAD.match(text)):
            head = m.group(1) or m.group(2)
            heads: tuple[str, ...] = (head, without_head_authors(head))
        elif (kinds[i] != META and "：" in text[2:P.HEAD_AUTHORS_SPAN]
              and (head := without_head_authors(text)) != text):
            # 陈某、林某：某某制度的治理网络, no page number beside it: the names asked for (qa184); a field line's label
            # (来源：某某局 under a portal's title, the site's name over it) names no authors (qa252)
            heads = (head,)
        else:
            continue
        if min(titles.get(squashed(h), i) for h in heads) < i - 1:
            u = found[i]
            found[i] = Unit(RUNNING_HEAD, u.text, u.width, u.n_lines, u.debris)
            kinds[i] = RUNNING_HEAD


def without_head_authors(head: str) -> str:
    """A running head's title past the authors' names before it (陈某、林某：某某制度的治理网络: AUTHORS_BEFORE_HEAD_TITLE),
    or the head as it is (qa184)."""
    m = P.AUTHORS_BEFORE_HEAD_TITLE.match(head)
    return head[m.end():] if m else head


def squashed(text: str) -> str:
    """A line without its spaces and with its colons alike, to compare a running head with the title's lines."""
    return text.replace(" ", "").replace(":", "：")


def is_repeated_head_row(found: list[Unit], i: int) -> bool:
    """Whether unit i, right under a page number, is a table's row that stands earlier in the text word for word: the
    table's head row, which a PDF repeats at the top of each page the table runs over (序号 任务 牵头单位 完成时限), page
    furniture as a running head is. (Only table rows are compared with the units before them; qa150.)"""
    text = found[i].text
    return is_spaced_cells_row(found[i]) and any(u.text == text for u in found[:i])


def box_items(found: list[Unit], quoted: list[int]) -> set[int]:
    """Of the blocks read as pull quotes (`quoted`, in order), those in a run right under a plan's box label
    (专栏　全域旅游重点项目 / ■ 湖滨风光带贯通工程：… / ■ …): the box's items, whatever their bullet."""
    items: set[int] = set()
    for i in quoted:
        if found[i].text[:1] in P.BOX_ITEM_BULLETS and (
                i - 1 in items or (i > 0 and found[i - 1].text.startswith(P.BOX_LABEL_PREFIX))):
            items.add(i)
    return items


# What an issuing body's line over a bare date is read as in Markdown: a paragraph, or a heading when set in bold
# (with_issuers_over_dates).
ISSUER_OVER_DATE_KINDS = frozenset({PARA, HEADING})


def with_issuers_over_dates(found: list[Unit]) -> list[Unit]:
    """In Markdown, where an unmarked line is a paragraph, an issuing body's line right over a bare date (某某区人民政府办公室 /
    2026年3月2日) is the document's signature, as in plain text: a plain line, which the segmenter takes with the date
    as a closing line, not a paragraph of the text (qa52). Set in bold (**某某市人民政府办公室** / **2026年3月20日**, under
    the title), the body's line reads as a heading: a signature too, no section (qa230). (Only the few date lines are
    visited.)"""
    for i in positions(list(map(KIND, found)), META):
        if (i and found[i - 1].kind in ISSUER_OVER_DATE_KINDS and found[i - 1].n_lines == 1
                and is_issuer_over_date(found[i - 1].text, found[i].text)):
            found[i - 1] = as_plain_heading(found[i - 1])
    return found


def with_fields_between_head_fields(found: list[Unit]) -> list[Unit]:
    """A one-line `label：value` unit between two field lines near the top (课题来源：… / 承担单位：某院某所 / 完成时间：…) is a
    field of the same cover or head, front matter as they are, not the text's first paragraph (HEAD_FIELD_LINE, qa280).
    Only the first HEAD_FIELDS_SPAN units are visited."""
    kinds = list(map(KIND, found[:P.HEAD_FIELDS_SPAN]))
    for i in range(1, len(kinds) - 1):
        if (kinds[i] in (PARA, PLAIN) and kinds[i - 1] == META and kinds[i + 1] == META and found[i].n_lines == 1
                and "：" in found[i - 1].text and "：" in found[i + 1].text and P.HEAD_FIELD_LINE.match(found[i].text)):
            found[i] = as_kind(found[i], META)
    return found


def with_account_names_over_head_dates(found: list[Unit]) -> list[Unit]:
    """A WeChat account's name alone on the line right over the head's date line (原创 · 江城发布 / 江城发布 / 2026-11-19
    18:30, near the page's top) is the head line split in two: metadata as the date is, no paragraph of the text (in
    Markdown) nor the title's second line (in plain text) (qa251). Only under the 原创 label, or right under a Markdown
    title: a plain line over a date may be a title's last line itself. Only the page's first units are visited."""
    for i in positions(list(map(KIND, found[:P.WECHAT_HEAD_LINE_SPAN + 2])), META):
        if (i > 1 and found[i - 1].kind in (PARA, PLAIN) and found[i - 1].n_lines == 1 and is_under_head_label(found[i - 2])
                and found[i].text[:1].isdecimal() and P.ACCOUNT_NAME_LINE.match(found[i - 1].text)
                and is_head_date_line(found[i].text, found[i - 2])):
            found[i - 1] = as_kind(found[i - 1], META)
    return found


def is_head_date_line(text: str, over_name: Unit) -> bool:
    """Whether a field line under an account's name is the date of a WeChat head split over lines: a head line's date and
    time (a head line giving names names the account), or, under a Markdown title, a bare date (# 标题 / 某某观察 /
    2026-05-20: the one heading over it is the title, so the name is no title's second line, qa276)."""
    if ":" in text:
        return P.WECHAT_HEAD_LINE.match(text) is not None
    return over_name.kind == TITLE and P.DATE_ONLY_LINE.match(text) is not None


def is_under_head_label(u: Unit) -> bool:
    """Whether a unit may stand over a WeChat account's name split off its head line: the 原创 label's line, or the
    Markdown title."""
    return u.kind == TITLE or u.kind == META and u.text.startswith(P.WECHAT_LABEL)


def with_issuers_under_titles(found: list[Unit]) -> list[Unit]:
    """In Markdown, a line that names the body issuing a plan (ISSUING_BODY_LINE: 商务部, 应急管理部) right under the plan's
    level-1 heading is front matter, as in plain text (qa61): a plain line, which the segmenter takes off the article's
    lead (articles.cover_issuers), not the text's first paragraph. So is a decree's number under the decree's title
    (# 某某省人民政府令 / **第75号**, DECREE_NUMBER_LINE): a field, no section (qa274). (Only the few title units are
    visited.)"""
    for i in positions(list(map(KIND, found)), TITLE):
        if i + 1 < len(found) and (u := found[i + 1]).kind == PARA and u.n_lines == 1 and P.ISSUING_BODY_LINE.match(u.text):
            found[i + 1] = as_plain_heading(u)
        elif i + 1 < len(found) and (u := found[i + 1]).kind in (HEADING, PARA) and P.DECREE_NUMBER_LINE.match(u.text):
            found[i + 1] = as_kind(u, META)
    return found


def as_plain_heading(u: Unit) -> Unit:
    """A paragraph's line read as an unmarked heading (or title) instead."""
    return u._replace(kind=PLAIN, heading=u.text, family="plain")


def with_boxed_leads(found: list[Unit]) -> list[Unit]:
    """In Markdown, a ■ paragraph of several sentences right under the title (■ 数据是…要素。加快构建…。) is the
    article's lead, its first text, not a pull quote: a pull quote is a sentence lifted from the text (qa148)."""
    for i in range(1, len(found)):
        u = found[i]
        if u.kind == QUOTE and found[i - 1].kind == TITLE and is_boxed_lead(u.text):
            found[i] = Unit(PARA, u.text[1:].strip(), u.width, u.n_lines, (u.debris or "") + u.text[:1])
    return found


def is_boxed_lead(text: str) -> bool:
    return text[:1] in P.BOXED_LEAD_MARKS and text.count("。") >= P.BOXED_LEAD_MIN_SENTENCES


def with_numbered_part_headings(found: list[Unit]) -> list[Unit]:
    """In Markdown, numbered heading items (### 1. 主要进展 / ### 2. 存在的问题 / ### 3. 对策建议) of which one is the
    report's recommendations part are the report's parts, sections, not measures: a measure is one point, never all
    the recommendations. The series runs from its 1 through the items numbered on from it (qa148). A series naming
    two of a report's other parts (### 1. 现状 / ### 2. 问题 / ### 3. 启示) is its parts too, with no recommendations
    among them: a measure is a point or an action, never the status (qa168)."""
    for i, u in enumerate(found):
        if u.kind == ITEM and u.family == "arabic" and (P.RECOMMENDATIONS_PART_HEADING.match(u.heading or "")
                                                        or names_report_parts(found, i)):
            for k in numbered_series(found, i):
                v = found[k]
                found[k] = Unit(HEADING, v.heading or v.text, v.width, v.n_lines, v.debris, heading=v.heading,
                                marker=v.marker, family=P.NUMBERED_PART_FAMILY)
    return found


def with_contents_of_later_headings(found: list[Unit]) -> None:
    """Short plain lines that repeat the headings of the parts after them, in their order (a WeChat post's 导读 box lists
    its parts, 🔹 热度之下… / 🔹 隐忧浮现…, the emoji gone): the post's table of contents, no section of its own (qa188).
    A run of two plain lines or more under which those headings stand again, which together name two headings or more,
    each line one heading or several run together (the reflow joins short lines). Only plain lines are looked at, and only the
    documents where a plain line's text stands again further down."""
    texts = [squashed(u.heading or u.text) if u.kind in (PLAIN, HEADING) else "" for u in found]
    plain = [i for i, u in enumerate(found) if u.kind == PLAIN]
    last_at = {t: k for k, t in enumerate(texts) if t}    # each heading text's last place
    if len(plain) < 2 or not any(last_at.get(texts[i], -1) > i for i in plain):
        return
    for i in plain:
        if found[i].kind != PLAIN or i > 0 and found[i - 1].kind == PLAIN:
            continue                      # (a run is tried from its first line, once)
        run = list(takewhile(lambda k: found[k].kind == PLAIN, range(i, len(found))))
        if len(run) < P.CONTENTS_LINES_MIN:
            continue                      # (one line naming two later lines is a title wrapped under it, 甲 / 关于…)
        later = [t for t, k in last_at.items() if k > run[-1]]
        named = [heads_named(texts[k], later) for k in run]
        if all(named) and sum(named) >= P.CONTENTS_HEADINGS_MIN:
            for k in run:
                v = found[k]
                found[k] = Unit(CONTENTS, v.text, v.width, v.n_lines, v.debris)


def heads_named(text: str, later: list[str]) -> int:
    """How many of the `later` headings `text` is, run together in some order, or 0 (a line that is none of them)."""
    if not text:
        return 0
    for head in later:
        if text.startswith(head) and (text == head or (rest := heads_named(text[len(head):], later))):
            return 1 if text == head else 1 + rest
    return 0


def with_zero_padded_part_headings(found: list[Unit]) -> list[Unit]:
    """Heading items numbered 01, 02, … in order (01 县城商业体量跟不上消费升级), one of which holds two paragraphs or more:
    the article's parts, sections, not measures (a point or an action is one paragraph under its heading line). Zero-padded
    numbers on heading lines are how WeChat and web pages number parts, as 01 alone over a heading is (qa181)."""
    at = [i for i, u in enumerate(found) if u.kind == ITEM and u.marker in P.ZERO_PADDED_PART_NUMBERS and u.heading]
    if not at or [found[i].marker for i in at] != list(P.ZERO_PADDED_PART_NUMBERS[:len(at)]):
        return found
    if not any(paragraphs_under(found, i) >= P.PART_PARAGRAPHS_MIN for i in at):
        return found
    for i in at:
        v = found[i]
        found[i] = Unit(HEADING, v.heading or v.text, v.width, v.n_lines, v.debris, heading=v.heading,
                        marker=v.marker, family=P.NUMBERED_PART_FAMILY)
    return found


def paragraphs_under(found: list[Unit], i: int) -> int:
    """How many paragraphs follow found[i] before the next heading line, item or title (captions and credits between them
    are passed over)."""
    n = 0
    for u in found[i + 1:]:
        if u.kind in (ITEM, HEADING, PLAIN, TITLE, BYLINE):
            break
        n += u.kind == PARA
    return n


def names_report_parts(found: list[Unit], i: int) -> bool:
    """Whether found[i], an arabic item, names a report's part (现状, 主要问题) in a series naming two or more."""
    if not P.REPORT_PART_HEADING.match(found[i].heading or ""):
        return False
    named = [k for k in numbered_series(found, i) if P.REPORT_PART_HEADING.match(found[k].heading or "")]
    return len(named) >= P.REPORT_PARTS_MIN


def with_numbers_over_headings(found: list[Unit]) -> list[Unit]:
    """In Markdown, a heading that is only a section's number (**01**, ## 02, **PART 1**: is_section_number_heading) right
    over a heading of the same markup (**先问需于民**), or a bold one over an unnumbered # heading (**01** / ## 先问需于民, qa196), is that heading's marker,
    as a plain 01 over a plain heading line is (segment.is_number_over_heading): one section numbered 01, not a section 01 with no text and another with no number (qa159). (Only headings with no
    marker of their own are visited: a bold one's text is its heading.)"""
    at = [i for i in range(len(found) - 1) if found[i].kind == HEADING and is_section_number_heading(found[i].text)]
    for i in reversed(at):
        number, under = found[i], found[i + 1]
        if (under.kind == HEADING and under.heading and not under.heading.isdecimal()
                and (under.family == number.family or number.family == "bold" and is_unnumbered_hash_heading(under))):
            found[i:i + 2] = [under._replace(marker=number.text)]
    return with_plain_numbers_over_headings(found)


def with_plain_numbers_over_headings(found: list[Unit]) -> list[Unit]:
    """In Markdown, a page copied without its emphasis sets a section's number as a paragraph of its own (01) over a
    short line with no mark of a sentence (破解“意见难统一”) over the text: that line is the section's heading, numbered
    01, as in plain text, not two paragraphs (qa251). Only a run numbered from 1, two or more, is: a lone 01 may be
    anything. (Units of two digits at most are tried.)"""
    at = [i for i in range(len(found) - 2) if found[i].kind == PARA and len(found[i].text) <= P.SECTION_NUMBER_LINE_MAX_CHARS
          and found[i].text.isdecimal() and is_plain_heading_over_text(found[i + 1], found[i + 2])]
    if len(at) < 2 or [int(found[i].text) for i in at] != list(range(1, len(at) + 1)):
        return found
    for i in reversed(at):
        under = found[i + 1]
        found[i:i + 2] = [under._replace(kind=HEADING, heading=under.text, marker=found[i].text, family="plain")]
    return found


def is_plain_heading_over_text(u: Unit, below: Unit) -> bool:
    """Whether a Markdown paragraph is one short line reading as a heading, right over a paragraph of text."""
    return u.kind == PARA and u.n_lines == 1 and below.kind == PARA and looks_like_heading(u.text) and "。" in below.text


def is_section_number_heading(text: str) -> bool:
    """Whether a heading's text is only a section's number: 01, or with an English label, PART 1 (**PART 1** over
    **先问需于民**, as a plain PART 1 line over a plain heading is the heading's marker, SECTION_NUMBER_LABEL_LINE, qa208).
    (A last-character test first: most headings end with no digit.)"""
    return text[-1:].isdecimal() and (len(text) <= P.SECTION_NUMBER_LINE_MAX_CHARS and text.isdecimal()
                                      or P.SECTION_NUMBER_LABEL_LINE.match(text) is not None)


def is_unnumbered_hash_heading(u: Unit) -> bool:
    """Whether a heading is a # heading with no number of its own (## 关键词一：下沉): a bold number over it (**01**) is its
    marker as one over a bold heading is, the page numbering its parts in bold over their ## headings (qa196)."""
    return (u.marker or "").startswith("#") and (u.family or "").startswith("md")


def numbered_series(found: list[Unit], i: int) -> list[int]:
    """The indexes of the arabic items numbered 1, 2, … through found[i] and on after it (none if found[i]'s
    series does not start at 1 before it)."""
    items = [k for k, u in enumerate(found) if u.kind == ITEM and u.family == "arabic"]
    numbers = {k: item_number(found[k].marker) for k in items}
    at = items.index(i)
    start = at
    while start > 0 and numbers[items[start - 1]] == numbers[items[start]] - 1:
        start -= 1
    if numbers[items[start]] != 1:
        return []
    end = at + 1
    while end < len(items) and numbers[items[end]] == numbers[items[end - 1]] + 1:
        end += 1
    return items[start:end]


def item_number(marker: str | None) -> int:
    digits = "".join(c for c in (marker or "") if c.isdecimal())
    return int(digits) if digits else 0


def with_team_list_bylines(found: list[Unit]) -> None:
    """A report's team list over its text (课题组成员：严某　宁某, 课题组组长：…) with no byline there names its authors:
    the report's only byline. (Under the text, or beside a byline at the head, it stays the team's credit:
    CREDIT_LINE, articles.writes_for_group; qa148.)"""
    for i, u in enumerate(found):
        if u.kind == BYLINE or is_text_paragraph(u):
            if u.kind == BYLINE and u.text[:1] in P.WRITERS_LINE_INITIALS:
                with_team_roles_over_writers(found, i)
            return                        # (a byline first, or the text begun: no team list here signs)
        if u.kind == CREDIT and u.text[:1] == "课" and (m := P.TEAM_LIST_LINE.match(u.text)):
            if not any(v.kind == BYLINE for v in islice(found, i + 1, i + 1 + P.TEAM_LIST_BYLINE_REACH)):
                found[i] = as_kind(u, BYLINE)._replace(byline=Byline(names(m.group(1))))
            return


def with_team_roles_over_writers(found: list[Unit], at: int) -> None:
    """组　长：陶某 / 成　员：苏某　许某 over the writers' line at found[at] (执　笔：苏某): the team's roles stacked over the
    byline, each on a line of its own (BARE_TEAM_ROLE_LINE), are its credit, no title line (qa280)."""
    if not P.WRITERS_LINE.match(found[at].text.replace(" ", "", 1)):
        return
    k = at - 1
    while k >= 0 and found[k].kind in (PLAIN, PARA) and found[k].n_lines == 1 and P.BARE_TEAM_ROLE_LINE.match(found[k].text):
        found[k] = as_kind(found[k], CREDIT)
        k -= 1


def with_author_notes_under_titles(found: list[Unit]) -> None:
    """A note naming the author set right under a one-line title and over the text (以数字技术赋能基层治理 / （作者：某某，
    系某党校教授） / text) is the article's byline printed at its head: it signs the text under it, not the text above, which
    a line that is no sentence's end (the title) parts from it. (A first-character and substring test skip the other
    units; qa211.)"""
    for i in range(1, len(found) - 1):
        u = found[i]
        if u.kind != NOTE or u.text[:1] not in P.BRACKET_OPENERS or "作者" not in u.text[:P.HEAD_AUTHOR_NOTE_REACH]:
            continue
        above, below = found[i - 1], found[i + 1]
        if not (above.kind == PLAIN and above.n_lines == 1 and above.text[-1:] not in P.SENTENCE_END_MARKS
                and below.kind == PARA):
            continue
        # (the name before the post, or after it: （作者：某党校教授 某某）, as credits_note_byline reads a closing one)
        if authors := note_authors(u.text) or ((credited := credits_note_byline(u.text)) and credited.authors):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline(authors))


def with_pen_names_under_titles(found: list[Unit]) -> None:
    """A bullseye's short line right under a one-line unmarked title and over the text (守住校园周边的“安全线” / ◎山城老师 /
    text) signs the piece, a pen name byline() does not read included; amid the text such a line is a heading (◎ 怎么管,
    PEN_NAME_UNDER_TITLE; qa277). (A C-level prefix scan finds the few units to try.)"""
    for i in indexes(map(str.startswith, map(TEXT, found), repeat(P.PEN_NAME_BULLETS))):
        u = found[i]
        if not (0 < i < len(found) - 1 and u.kind == PLAIN and u.heading and P.PEN_NAME_UNDER_TITLE.match(u.heading)):
            continue
        above, below = found[i - 1], found[i + 1]
        if (above.kind == PLAIN and above.marker is None and above.n_lines == 1
                and above.text[-1:] not in P.SENTENCE_END_MARKS and below.kind == PARA):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline((u.heading.replace(" ", ""),)))


def with_reader_comments(found: list[Unit]) -> None:
    """A run of readers' comments under their handles (@城南老李：…, READER_COMMENT_LINE), READER_COMMENTS_MIN or more in a
    row, and the short plain label over it (网友热议) are a box of quotes on a commentary page: not an article's text, nor
    the label its title, so the titles around the box stay the articles' (qa151); so is a run of 网友“…”：…, or of one-line
    views signed （网友 …） at their end (qa232). (C-level prefix and suffix scans find the few units to try.)"""
    at = [i for i in indexes(map(str.startswith, map(TEXT, found), repeat(P.READER_COMMENT_INITIALS)))
          if found[i].kind == PARA and P.READER_COMMENT_LINE.match(found[i].text)]
    signed = [i for i in indexes(map(str.endswith, map(TEXT, found), repeat(P.READER_SIGNED_COMMENT_ENDS)))
              if found[i].kind == PARA and found[i].n_lines == 1 and P.READER_SIGNED_COMMENT.search(found[i].text)]
    at = sorted({*at, *signed}) if signed else at
    for run in consecutive_runs(at):
        if len(run) < P.READER_COMMENTS_MIN:
            continue
        for i in run:
            found[i] = as_kind(found[i], QUOTE)
        label = run[0] - 1
        if label > 0 and is_readers_question(found[label]):
            # 网友留言 / 冬季供暖提前，你家暖和了吗？ / @…: the question put to the readers, between the box's label and
            # their answers, is the box's too (qa232)
            found[label] = as_kind(found[label], QUOTE)
            label -= 1
        if label >= 0 and found[label].kind == PLAIN and len(found[label].text.strip()) <= P.READER_COMMENTS_LABEL_MAX:
            found[label] = as_kind(found[label], QUOTE)


def is_readers_question(u: Unit) -> bool:
    """Whether a unit is one line asking a question (…你怎么看？), as a box of readers' comments puts its topic."""
    return u.kind in (PLAIN, PARA) and u.n_lines == 1 and u.text.rstrip()[-1:] in P.QUESTION_MARKS


def consecutive_runs(at: list[int]) -> list[list[int]]:
    """Sorted indexes grouped into runs of consecutive ones ([3, 4, 7] -> [[3, 4], [7]])."""
    runs: list[list[int]] = []
    for i in at:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def is_text_paragraph(u: Unit) -> bool:
    return u.kind == PARA and "。" in u.text


def with_turns(found: list[Unit]) -> list[Unit]:
    """A short line that opens with the label of a speaker of the transcript (主持人：感谢您的解读！ over
    the closing byline, 赵鹏飞：某大学教授 under the title) is a turn of the talk, not a title or a heading.
    (Labels are counted only in a document that has such a line.)"""
    labelled = [i for i in indexes(map(PLAIN.__eq__, map(KIND, found))) if speaker_label(found[i].text)]
    if not labelled:
        return found
    speakers = transcript_speakers(u.text for u in found if u.kind == PARA)
    for i in labelled:
        if speaker_label(found[i].text) in speakers:
            u = found[i]
            found[i] = Unit(PARA, u.text, u.width, u.n_lines, u.debris)
    return found


def transcript_speakers(texts: Iterable[str]) -> set[str]:
    """The speakers of an interview transcript in plain text: the labels that open two or more of the
    texts, when two or more people have such; none otherwise."""
    in_order = list(filter(None, map(speaker_label, texts)))
    labels = Counter(in_order)
    speakers = {label for label, n in labels.items() if n >= 2}
    if len(speakers) < 2:
        return set()
    return speakers | named_in_full(in_order, labels)


def named_in_full(in_order: list[str], labels: Counter) -> set[str]:
    """In a talk, the labels of a guest named in full at a first turn and by surname alone later (宋澜：… then 宋：…,
    欧阳明远：… then 欧阳：…): a full name's label used once, before any turn labelled with a surname that opens it
    a given name's length shorter; both are speakers, though either may speak once (a guest asked one question).
    (A 问题：… inside an answer, after the 问： turns began, is no turn. Only the labels used once are tried.)"""
    short = [s for s in labels if len(s) <= P.SURNAME_LABEL_MAX]
    found: set[str] = set()
    for label, n in labels.items():
        if n == 1 and P.FULL_NAME_LABEL.match(label):
            first = in_order.index(label)
            surnames = [s for s in short if label.startswith(s) and 0 < len(label) - len(s) <= P.GIVEN_NAME_MAX
                        and first < in_order.index(s)]
            found.update([label, *surnames] if surnames else ())
    return found


def speaker_label(text: str) -> str | None:
    """The label a paragraph opens with (王明：…), if any. Two substring tests of its head (where the label's colon
    must stand, SPEAKER_LABEL_HEAD_CHARS) skip the regex for the paragraphs without a colon there, most of them."""
    head = text[:P.SPEAKER_LABEL_HEAD_CHARS]
    if "：" not in head and ":" not in head:
        return None
    m = P.SPEAKER_LABEL.match(text)
    return m.group(1) if m else None


def positions(items: list, value: object) -> Iterator[int]:
    """The indexes of `value` in `items`, in order (list.index: a C-level scan to each). (list.count
    first: no ValueError to raise and catch after the last one, which costs more than the scan of a
    short list, and most lists hold no such item.)"""
    start = -1
    for _ in range(items.count(value)):
        start = items.index(value, start + 1)
        yield start


def indexes(flags: Iterable[object]) -> Iterator[int]:
    """The indexes of the true items (compress over count: no Python step an item)."""
    return compress(count(), flags)


def with_notes(found: list[Unit], short: list[int]) -> list[Unit]:
    """A 注释： or 参考文献 line and the numbered entries right under it are the article's notes:
    citations, not numbered measures, and not the text of another article. (`short`: the indexes of
    the units of at most LABEL_MAX_CHARS characters.)"""
    heads = [i for i in short if is_notes_heading(found[i].text) or is_glossary_heading(found, i)]
    for i in heads:
        as_notes_from(found, i)
        cited_footnotes_before(found, i)
    return with_origin_notes_under_author_notes(with_cited_notes_over_headings(with_closing_bracketed_notes(found)))


def with_origin_notes_under_author_notes(found: list[Unit]) -> list[Unit]:
    """A line naming the project an article comes from (本文系…项目“…”阶段性成果。, P.ORIGIN_NOTE_LINE) right under its
    author note (（作者单位：…）) is part of that note, as it is where one bracket holds both: it closes the same article,
    never opens the next piece's text (qa233). (Standing alone, nothing ties it to a note: text, as before. Only the few
    author notes are visited.) A line naming the column or series the piece runs in right under its byline (an author
    box's: > 作者：… / > 本文系…专栏第42篇) is front matter on the piece, as fields over the title are (qa239)."""
    kinds = list(map(KIND, found))
    for i in positions(kinds, NOTE):
        if (i + 1 < len(found) and kinds[i + 1] in (PARA, PLAIN) and found[i + 1].text[:1] == "本"
                and P.ORIGIN_NOTE_LINE.match(found[i + 1].text)):
            found[i + 1] = as_kind(found[i + 1], NOTE)
    for i in positions(kinds, BYLINE):
        j = i + 1 if i + 1 < len(found) and found[i + 1].text else i + 2    # (past a quote's empty line, > alone)
        if j < len(found) and kinds[j] in (PARA, PLAIN) and is_series_note(found[j].text):
            found[j] = as_kind(found[j], META)
    return found


def is_series_note(text: str) -> bool:
    """Whether a line names the column or series the piece runs in (本文系…专栏第42篇, P.SERIES_NOTE_LINE): under a byline
    (an author box's, > 作者：…) front matter on the piece, not its text's first line (qa239)."""
    return text[:2] == "本文" and P.SERIES_NOTE_LINE.match(text) is not None


def with_cited_notes_over_headings(found: list[Unit]) -> list[Unit]:
    """The entries under an article's text and right over a Markdown heading (# or ##, the next piece's title or the
    next section), numbered one after another from 1 ([1] …, [2] … or ① …, ② …) and each cited by its mark in the text
    above (…不足七成[1]。), are that text's notes, not its last paragraphs: a news app's column prints its notes so,
    with no 注释 label (qa233). The marks stay in the text, as ① marks do. (Only Markdown headings are visited.)"""
    for h in indexes(map(is_markdown_heading, found)):
        as_cited_notes_over(found, h)
    return found


def is_markdown_heading(u: Unit) -> bool:
    return u.kind == TITLE or (u.kind == HEADING and (u.marker or "")[:1] == "#")


def as_cited_notes_over(found: list[Unit], h: int) -> None:
    """Marks as notes, in place, the run of cited note entries (cited_note_mark) right over the unit at h, if the run is
    numbered 1, 2, … from its top and the text between the heading before it and the run cites each entry."""
    k = h - 1
    marks: list[tuple[int, str]] = []
    while k >= 0 and found[k].kind in NOTE_ENTRY_KINDS and (mark := cited_note_mark(found[k].text)) is not None:
        marks.append(mark)
        k -= 1
    if not marks or [n for n, _ in reversed(marks)] != list(range(1, len(marks) + 1)):
        return
    start = next((i + 1 for i in range(k, -1, -1) if is_markdown_heading(found[i])), 0)
    above = [u.text[1:] for u in found[start:k + 1]]
    if all(any(mark in t for t in above) for _, mark in marks):
        for i in range(k + 1, h):
            found[i] = as_kind(found[i], NOTES)


def cited_note_mark(text: str) -> tuple[int, str] | None:
    """The number and mark a note entry opens with: [1] (or ［1］) or ①; None for other text."""
    first = text[:1]
    if first in P.CIRCLED_DIGITS:
        return P.CIRCLED_DIGITS.index(first) + 1, first
    if first in P.BRACKETED_NOTE_INITIALS and (m := P.BRACKETED_NOTE_ENTRY.match(text)):
        return int(m.group(1)), m.group(0)[: m.end(1) + 1]
    return None


def with_closing_bracketed_notes(found: list[Unit]) -> list[Unit]:
    """The bracketed entries ([1] …, [2] …) that close a document under its text with no 注释 label over them (a plain-text
    copy lost it), numbered one after another from [1], are its notes, not its last paragraphs; only units that are no
    text (a disclaimer) or contact lines (作者邮箱：…) may follow them (P.BRACKETED_NOTE_ENTRY, qa190). (The end's first character is tried first.)"""
    k = len(found) - 1
    # (credits, fields, furniture and contact lines under the notes: 作者邮箱：…)
    while k >= 0 and (found[k].kind not in NOTE_ENTRY_KINDS or P.CONTACT_LINE.match(found[k].text) is not None):
        k -= 1
    run: list[int] = []
    number = 0
    while k >= 0 and found[k].kind in NOTE_ENTRY_KINDS and found[k].text[:1] in P.BRACKETED_NOTE_INITIALS:
        if not (m := P.BRACKETED_NOTE_ENTRY.match(found[k].text)) or (number and int(m.group(1)) != number - 1):
            break
        number = int(m.group(1))
        run.append(k)
        k -= 1
    if number == 1 and len(run) >= P.BRACKETED_NOTES_MIN_ENTRIES:
        for k in run:
            found[k] = as_kind(found[k], NOTES)
    return found


def is_glossary_heading(found: list[Unit], i: int) -> bool:
    """名词解释： over numbered terms (1.首发经济：指…) is a glossary under the text: its notes, as 注释： over footnotes
    is (P.GLOSSARY_HEADING), under an appendix's label too (附：名词解释, P.APPENDED_GLOSSARY_HEADING, qa192). (The substring
    test skips nearly every short unit.)"""
    if "解释" not in found[i].text or i + 1 >= len(found):
        return False
    label = plain_text(found[i].text)
    return ((P.GLOSSARY_HEADING.match(label) is not None or P.APPENDED_GLOSSARY_HEADING.match(label) is not None)
            and P.GLOSSARY_ENTRY.match(found[i + 1].text) is not None)


def cited_footnotes_before(found: list[Unit], i: int) -> None:
    """A paper's footnotes set right over its references (① 参见…官方网站。 / 参考文献), each opening with a
    circled or superscript number that the text above cites (…认证互认①。 / …政策文件¹。), are notes too, not the
    text's last paragraph. (Only those marks: a 1. line over the references may be the last of a list of measures.)"""
    as_footnotes(found, range(i - 1, 0, -1))


def as_notes_from(found: list[Unit], i: int) -> None:
    """Read the unit at `i` as the head of notes, and the note entries right under it as notes."""
    found[i] = as_kind(found[i], NOTES)._replace(byline=None)
    k = i + 1
    bare = 0      # the notes numbered by a bare digit so far (1根据…, 2研究者…)
    while k < len(found) and (found[k].kind in NOTE_ENTRY_KINDS or is_reference_part_label(found[k].text)):
        if is_bare_numbered_note(found[k].text, bare + 1):
            bare += 1
        elif not (is_note_entry(found[k].text) or is_reference_part_label(found[k].text)):
            break
        found[k] = as_kind(found[k], NOTES)
        k += 1


def is_reference_part_label(text: str) -> bool:
    """Whether a line under the references' label labels their part in one language (一、中文部分 / 英文文献): the
    references go on under it (REFERENCE_PART_LABEL, qa147). (A short line holding 文 or 部 only is tried.)"""
    return len(text) <= P.REFERENCE_PART_LABEL_MAX and ("文" in text or "部" in text) and P.REFERENCE_PART_LABEL.match(text) is not None


def is_bare_numbered_note(text: str, number: int) -> bool:
    """Whether a line under a notes label opens with the next note's number as a bare digit glued to its words (1根据…:
    a footnote whose superscript number the PDF's text kept plain, BARE_NUMBERED_NOTE, qa134)."""
    return text[:1].isdecimal() and (m := P.BARE_NUMBERED_NOTE.match(text)) is not None and int(m.group(1)) == number


def is_note_entry(text: str) -> bool:
    """A numbered note or reference; an unnumbered reference (by author and year, or with its
    document-type code [J]); or a line with no Chinese (P.REFERENCE_ENTRY)."""
    return bool(P.FOOTNOTE_ENTRY.match(text) or P.REFERENCE_ENTRY.search(text) or not P.HAN_CHAR.search(text))


def with_signatures(found: list[Unit]) -> list[Unit]:
    """A paragraph that ends with its writer's name in brackets (……心坎上。（江 帆）) signs a short
    commentary: the signature leaves the paragraph as a note of its own, which names the author and,
    like an author note （作者系……）, closes the article. So does the signature set on a line of its own under
    the paragraph (……循环中实现更好发展。 / （闻 溪）). (A C-level test of the last characters first.)"""
    bracketed = list(indexes(map(str.endswith, map(TEXT, found), repeat(P.TRAILING_SIGNATURE_END))))
    for i in bracketed:     # (few; a unit replaced in place: the indexes stay right for the paragraphs below)
        u = found[i]
        if (u.kind == PLAIN or (u.kind == PARA and u.n_lines == 1)) and i and found[i - 1].kind == PARA and (
                by := signature_line_byline(u.text)):     # (in Markdown a short line is a paragraph: qa93)
            found[i] = as_kind(u, NOTE)._replace(byline=by)
    signed = [(i, *mb) for i in bracketed if found[i].kind == PARA and (mb := trailing_signature_byline(found[i].text))]
    for i, m, by in reversed(signed):     # (from the end: the indexes before stay right)
        u = found[i]
        found[i:i + 1] = [u._replace(text=u.text[: m.start()]), Unit(NOTE, m.group(0), u.width, 1, None, byline=by)]
    return found


def trailing_signature_byline(text: str) -> tuple[re.Match[str], Byline] | None:
    """The signature in brackets that ends a paragraph and the byline it is: names (……心坎上。（江 帆）), or a pen name set
    letter-spaced as a signature is, which byline() does not read (……用得其所。（秋　枫）: no surname, qa228)."""
    if (m := trailing_signature(text)) and (by := byline(m.group(1))) and not by.source:
        return m, by
    if (m := P.PEN_NAME_TRAILING_SIGNATURE.search(text)) and (by := pen_name_signature(m.group(0))):
        return m, by
    return None


def with_continuation_notes(found: list[Unit]) -> list[Unit]:
    """A paragraph that ends with a note that the article goes on on another page (……事故发生。（下转第二版）) leaves the
    note as a unit of its own, the furniture a note on its own line is, which ends the part of the article printed here
    (qa105); so does one cut mid-sentence by （下转第4版） where its column ends (qa146). One that opens with a note that
    it comes from another page (（上接第1版）老城区是……) leaves it as a unit over the paragraph, as the note on its own
    line stands (qa143). (A C-level test of the first or last characters first.)"""
    ending = list(indexes(map(str.endswith, map(TEXT, found), repeat(P.CONTINUATION_NOTE_ENDS))))
    for i in reversed(ending):     # (few; from the end: the indexes before stay right)
        u = found[i]
        m = P.TRAILING_CONTINUATION_NOTE.search(u.text) or P.TRAILING_ONWARD_NOTE.search(u.text)   # (mid-sentence, qa146)
        if u.kind == PARA and m:
            found[i:i + 1] = [u._replace(text=u.text[: m.start()]), Unit(CONTINUED, m.group().strip(), u.width, 1, None)]
    opening = list(indexes(map(str.startswith, map(TEXT, found), repeat(P.CONTINUED_FROM_NOTE_OPENINGS))))
    for i in reversed(opening):     # （上接第1版）老城区是……: the same note glued before the text (qa143)
        u = found[i]
        if u.kind == PARA and (m := P.LEADING_CONTINUED_FROM_NOTE.match(u.text)):
            found[i:i + 1] = [Unit(CONTINUED, m.group().strip(), u.width, 1, None), u._replace(text=u.text[m.end():])]
    return found


def with_end_marks(found: list[Unit]) -> list[Unit]:
    """A paragraph that ends with a wire story's end mark (……新的增长点。（完）) leaves the mark as a unit of its own, the
    chrome the mark on its own line is (qa234). (A C-level test of the paragraphs' last characters first.)"""
    ending = list(indexes(map(str.endswith, map(TEXT, found), repeat(P.TRAILING_END_MARK_ENDS))))
    for i in reversed(ending):     # (few; from the end: the indexes before stay right)
        u = found[i]
        if u.kind == PARA and (m := P.TRAILING_END_MARK.search(u.text)):
            found[i:i + 1] = [u._replace(text=u.text[: m.start()]), Unit(CREDIT, m.group().strip(), u.width, 1, None)]
    return found


def with_spaced_names_over_notes(found: list[Unit]) -> None:
    """A three-character name set one character at a time (蒋 慧 敏) on a line of its own, right under a paragraph
    that ends a sentence and over a note on the author (（作者单位：…）, （作者系…）), is the byline signing the text
    above it (a lone name, weak, as a name unspaced there is): a letter-spaced line of text (的 创 新) ends no
    paragraph over such a note. Right under a paragraph that is itself letter-spaced (客 群 。 / 孙 雅 琴), it is the
    signature of a piece set loose throughout, in the piece's own spacing: no line of text stands under its
    paragraph's end (qa116). The title printed after the text may stand between the text and the name
    (END_TITLE_MAX_LINES lines, qa97). Under title lines under a note on the author, it signs that title whatever
    follows (signs_title_under_author_note, qa180). (Only the units the pattern matches, found by a C-level map, are
    tried; in place.)"""
    for i in list(indexes(map(P.SPACED_THREE_CHARACTER_NAME.match, map(TEXT, found)))):
        u = found[i]
        above = i - 1                    # (over the title printed after the text, qa97)
        while above > 0 and i - above <= P.END_TITLE_MAX_LINES and (is_end_title_line(found[above])
                                                                    or found[above].kind == SUBTITLE):
            above -= 1                   # (a title's ——subtitle under it is one of its lines, qa198)
        if (0 < i < len(found) - 1 and u.kind == PLAIN and ends_text(found[above])
                and (is_note_on_the_author(found[i + 1])
                     or above == i - 1 and P.LETTER_SPACED_PARAGRAPH_END.search(found[above].text))):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline(("".join(u.text.split()),)), weak_byline=True)
        elif 1 < i < len(found) - 1 and u.kind == PLAIN and (signs_title_over_text(found, i)
                                                             or signs_title_under_author_note(found, i, above)):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline(("".join(u.text.split()),)))
        elif u.kind == PLAIN and above == i - 1 and ends_text(found[above]) and over_next_title(found, i):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline(("".join(u.text.split()),)), weak_byline=True)
        elif u.kind == PLAIN and signs_speech_beside_its_date(found, i):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline(("".join(u.text.split()),)))
        elif 0 < i <= P.OPENING_HEAD_MAX_UNITS and i < len(found) - 1 and u.kind == PLAIN and signs_opening_title(found, i):
            found[i] = as_kind(u, BYLINE)._replace(byline=Byline(("".join(u.text.split()),)))


def signs_opening_title(found: list[Unit], i: int) -> bool:
    """Whether the letter-spaced name at i, under the lines that open the document (以高水平生态保护 / 厚植绿色发展新优势 /
    宁 秋 实 / text), maybe under a running head or fields, signs the title those lines are: a magazine sets its author's
    name so under the title (and maybe a column's kicker over it), over the text, a standfirst or the first section's
    lone numeral (一). A letter-spaced line of text never stands between a title and its text, nor a title's rest under
    its first line over them (qa237)."""
    start = next((k for k in range(i) if found[k].kind != META), i)     # (a running head or fields over the title)
    title, after = found[start:i], found[i + 1]
    return (bool(title) and all(u.kind == PLAIN and u.text[-1:] not in P.SENTENCE_END_MARKS for u in title)
            and sum(u.n_lines for u in title[len(title) > 1 and title[0].n_lines == 1:]) <= P.OPENING_TITLE_MAX_LINES
            and (after.kind in (PARA, QUOTE) or after.kind == PLAIN and P.LONE_CN_SECTION_NUMERAL.match(after.text) is not None))


def signs_speech_beside_its_date(found: list[Unit], i: int) -> bool:
    """Whether the letter-spaced name found[i] (罗 振 声) stands right under or over the date in brackets a speech was
    given on (（2025年2月10日）), the pair right under the speech's title or its subtitle: the speaker, as a name set solid
    there is, however a letter-spaced line of text may look the same (qa209)."""
    dates = [d for d in (i - 1, i + 1) if 0 <= d < len(found) and is_bracketed_date(found[d].text)]
    if not dates:
        return False
    top = min(i, dates[0]) - 1
    return top >= 0 and found[top].kind in (PLAIN, SUBTITLE)


def is_bracketed_date(text: str) -> bool:
    """Whether a line is a date alone in brackets (（2025年2月10日）): a first-character test before the pattern."""
    return text[:1] in P.BRACKET_OPENERS and P.DATE_ONLY_LINE.match(text) is not None


def over_next_title(found: list[Unit], i: int) -> bool:
    """Whether found[i] stands over the next article's title and its text or byline (one or two plain lines, then a
    paragraph or a byline), or ends the page: a letter-spaced name right under a solid paragraph's last sentence there
    signs the text above (……更加充实。 / 钟 立 言 / the next title), while a letter-spaced heading of a section stands right
    over its text, and a letter-spaced line of text under a paragraph of its own spacing (qa179)."""
    if i == len(found) - 1:
        return True
    k = i + 1
    while k < len(found) and k - i <= 2 and found[k].kind == PLAIN and not found[k].marker:
        k += 1
    return i + 1 < k < len(found) and found[k].kind in (PARA, BYLINE)


def ends_text(u: Unit) -> bool:
    """Whether a unit closes a text: a paragraph ending a sentence, or the source note closing a box printed between the
    text and its end title (（资料来源：…）, qa161)."""
    if u.kind == PARA:
        return u.text[-1:] in P.SENTENCE_END_MARKS
    return u.kind == NOTE and is_source_note(u.text)


def is_note_on_the_author(u: Unit) -> bool:
    """Whether a unit is a note on the author under a signature: （作者系…）, or the labelled affiliation set without
    brackets (作者单位：…, qa161), which a page prints in the note's place."""
    if u.kind == NOTE and P.AUTHOR_NOTE_LINE.match(u.text):
        return True
    return "单位" in u.text[:4] and bool(P.AFFILIATION_NOTE_ABOVE.match(u.text))


def signs_title_under_author_note(found: list[Unit], i: int, above: int) -> bool:
    """Whether a letter-spaced name at i (邵 知 远) signs the title lines over it, which stand under a note on the author
    at `above` (…持续发力。 / （作者系某大学教授） / 以数字技术 / 赋能基层治理 / 邵 知 远 / ■… or text; or
    （作者单位：…） / a column's label / a title / 邵 知 远 / text): a note on the author closes a text, so the plain lines under it
    are a title, and a letter-spaced line of text never stands under a title. A title set letter-spaced itself (奋 进 新
    时 代) may go on in the spaced line (qa180)."""
    return (above < i - 1 and is_note_on_the_author(found[above])
            and not P.LETTER_SPACED_LINE.match(found[i - 1].text))


def signs_title_over_text(found: list[Unit], i: int) -> bool:
    """Whether a letter-spaced name at i (江 若 溪) is the byline of the title line over it, on a page that prints each
    title with its byline between two texts (…的获得感。 / 周承宇 / 以青年就业为重点… / 江 若 溪 / ■… or text): the line
    over the title is a byline too, and text follows the name. A letter-spaced line of text never stands between a
    title and text (qa145). So too under a column's label over the title (学习札记 / 在调查研究中… / 林 知 秋 / text):
    a label opens a piece, and no text stands between it and the title (qa198)."""
    return ((found[i - 2].kind == BYLINE or heads_column_as_label(found, i - 2, found[i + 1].width))
            and is_end_title_line(found[i - 1]) and found[i + 1].kind in (PARA, QUOTE))


def heads_column_as_label(found: list[Unit], k: int, column: float) -> bool:
    """Whether found[k] is a column's label on a line of its own (学习札记, 思想纵横: COLUMN_LABEL_LINE; or in brackets,
    【学习札记】: BRACKETED_COLUMN_LABEL_LINE) heading its column: no paragraph right over it but one wrapped across a
    wider column than the `column` of the text under its title (by more than LABEL_COLUMN_SHARE: a page's standfirst).
    Under a text of that column, a short line is as often a title's first line (…持续发力。 / 以数字技术 / 赋能基层治理现代化),
    qa180's reading."""
    u = found[k]
    if u.kind != PLAIN or u.n_lines != 1 or not is_column_label_text(u.text):
        return False
    above = found[k - 1] if k > 0 else None
    return above is None or above.kind != PARA or above.n_lines >= 2 and above.width > (1 + LABEL_COLUMN_SHARE) * column


def is_column_label_text(text: str) -> bool:
    """Whether a line is a column's label, bare (学习札记) or in brackets (【学习札记】, a first-character test first)."""
    return (P.COLUMN_LABEL_LINE.match(text) is not None
            or text.startswith(P.BRACKETED_COLUMN_LABEL_FIRSTS) and P.BRACKETED_COLUMN_LABEL_LINE.match(text) is not None)


def with_echoed_quotes(found: list[Unit]) -> None:
    """A one-line plain unit right under a paragraph that holds its words as one of its sentences (its end mark dropped) is a
    pull quote set with no box (…形成合力。绿色金融既要“输血”，更要“造血”。… / 绿色金融既要“输血”，更要“造血”):
    a heading opens the text under it and never repeats the text over it (qa116). (Only plain units under a paragraph
    are tried, a substring test each; in place.)"""
    for i in range(1, len(found)):
        u, above = found[i], found[i - 1]
        if u.kind == PLAIN and above.kind == PARA and u.n_lines == 1:
            quote, bounds = echoed_words(u.text)
            if (len(quote) >= P.ECHOED_QUOTE_MIN_CHARS and quote in above.text
                    and holds_sentence(above.text, quote, bounds)):
                found[i] = as_kind(u, QUOTE)


def echoed_words(text: str) -> tuple[str, str]:
    """The words a one-line pull quote repeats, and the marks that must bound them in the paragraph it echoes: a line
    wholly in one pair of quotation marks (“让数据多跑路、群众少跑腿”) quotes a clause (QUOTED_ECHO_BOUNDS, qa262), a
    bare line a whole sentence (SENTENCE_END_MARKS)."""
    words = text.rstrip(P.ECHOED_QUOTE_DROPPED_ENDS)
    opener = P.PULL_QUOTE_OPENERS.index(words[0]) if words[:1] in P.PULL_QUOTE_OPENERS else -1
    if opener >= 0 and words.endswith(P.PULL_QUOTE_CLOSERS[opener]):
        inner = words[1:-1]
        if words[0] not in inner and words[-1] not in inner:
            return inner.rstrip(P.ECHOED_QUOTE_DROPPED_ENDS), P.QUOTED_ECHO_BOUNDS
    return words, P.SENTENCE_END_MARKS


def with_quoted_pull_quotes(found: list[Unit]) -> None:
    """A run of at most PULL_QUOTE_MAX_UNITS text units between two paragraphs that opens with a quotation mark and
    closes with its pair (「监管不应成为创新的绊脚石， / 而应成为创新的导航仪。」), a sentence (wrapped, or ending with an end
    mark, or of clauses parted by a comma) that another paragraph holds word for word, is a pull quote
    (PULL_QUOTE_OPENERS, qa232). (A C-level prefix scan finds the few units opening with a mark; in place.)"""
    for i in indexes(map(str.startswith, map(TEXT, found), repeat(P.PULL_QUOTE_OPENERS))):
        end = quoted_run_end(found, i)
        if end is None or not (0 < i and found[i - 1].kind == PARA and end < len(found)
                               and (found[end].kind == PARA or found[end].kind == PLAIN and ends_sentence(found[end - 1]))):
            continue                    # (a quoted title or heading stands over text, not between two paragraphs; a
            #                             quote ending a sentence may stand over the next section's heading, qa275)
        quoted = "".join(u.text for u in found[i:end])[1:].rstrip("。").rstrip("".join(P.PULL_QUOTE_CLOSERS))
        if end - i < 2 and quoted[-1:] not in P.SENTENCE_END_MARKS and "，" not in quoted:
            continue                    # (one line, one phrase: a heading in quotation marks may repeat the text's words)
        words = quoted.rstrip(P.ECHOED_QUOTE_DROPPED_ENDS)
        if len(words) >= P.ECHOED_QUOTE_MIN_CHARS and any(
                u.kind == PARA and (words in u.text or holds_clauses(u.text, words))
                for k, u in enumerate(found) if not i <= k < end):
            for k in range(i, end):
                found[k] = as_kind(found[k], QUOTE)


def ends_sentence(u: Unit) -> bool:
    """Whether the unit's text ends a sentence inside its closing quotation mark (…基层住户。」): no title or heading does."""
    return u.text.rstrip("".join(P.PULL_QUOTE_CLOSERS))[-1:] in P.SENTENCE_END_MARKS


def holds_clauses(text: str, words: str) -> bool:
    """Whether a pull quote of two clauses or more (规管若只着眼于标准，吃亏的可能仍是基层住户) abridges a sentence of the
    paragraph: each clause stands in it, in order, with the quotation marks inside both left out (qa275)."""
    clauses = words.translate(P.INNER_QUOTE_MARKS_DELETED).split("，")
    if len(clauses) < 2 or min(map(len, clauses)) < P.PULL_QUOTE_CLAUSE_MIN_CHARS:
        return False
    plain, at = text.translate(P.INNER_QUOTE_MARKS_DELETED), 0
    for clause in clauses:
        if (at := plain.find(clause, at)) < 0:
            return False
        at += len(clause)
    return True


def quoted_run_end(found: list[Unit], i: int) -> int | None:
    """The end of the run of text units from i that closes the quotation unit i opens: the first unit ending with a
    closing mark (an end mark after it or none), within PULL_QUOTE_MAX_UNITS units and PULL_QUOTE_MAX_CHARS; None if
    none does, or a unit on the way is no text."""
    size = 0
    for k in range(i, min(i + P.PULL_QUOTE_MAX_UNITS, len(found))):
        u = found[k]
        size += len(u.text)
        if u.kind not in (PARA, PLAIN) or size > P.PULL_QUOTE_MAX_CHARS:
            return None
        if u.text.rstrip("。").endswith(P.PULL_QUOTE_CLOSERS):
            return k + 1
    return None


def holds_sentence(text: str, words: str, bounds: str = P.SENTENCE_END_MARKS) -> bool:
    """Whether `words` stand in `text` as a whole sentence of it: after its start or a sentence's end, before a
    sentence's end. A title under a standfirst may repeat a phrase of it (建立健全生态产品价值实现机制，是… /
    健全生态产品价值实现机制), never a sentence. (Other `bounds`: a whole clause, echoed_words.)"""
    at = text.find(words)
    while at >= 0:
        after = text[at + len(words): at + len(words) + 1]
        if (at == 0 or text[at - 1] in bounds) and (not after or after in bounds):
            return True
        at = text.find(words, at + 1)
    return False


def is_end_title_line(u: Unit) -> bool:
    """Whether a unit may be a line of a title printed after an article's text (建设人与自然和谐共生的 / 美丽城市): a
    plain line of its own, no sentence (qa97)."""
    return u.kind == PLAIN and u.n_lines == 1 and u.text[-1:] not in P.SENTENCE_END_MARKS


def trailing_signature(text: str) -> re.Match[str] | None:
    """The signature in brackets that ends a paragraph: the writer's name (……心坎上。（江 帆）), or a reader's with the
    place and what the reader is before it (……具体做法。（浙江丽水 读者 潘雨桐）, qa67); group 1 holds the names."""
    return (P.TRAILING_SIGNATURE.search(text) or P.READER_TRAILING_SIGNATURE.search(text)
            or P.OUTLET_ROLE_TRAILING_SIGNATURE.search(text)      # （本报记者　孙 悦） (qa105)
            or P.PLACE_TRAILING_SIGNATURE.search(text)            # （湖南长沙 刘晓雯）: a reader's place (qa214)
            or P.REGION_PLACE_TRAILING_SIGNATURE.search(text))    # （屯门 陈家豪）: a district written bare (qa275)


def signature_line_byline(text: str) -> Byline | None:
    """The writer a signature line names ((闻 溪), or a pen name set letter-spaced, (言 之)), if it is one; or the paper's
    own commentator ((本报评论员), a byline naming no one, as ■ 本报评论员 over the title is: qa183)."""
    if (m := P.SIGNATURE_LINE.match(text)) and (by := byline(m.group(1))) and not by.source:
        return by
    if is_editorial_voice(voice := text[1:-1].strip()):
        return Byline((voice,), None)
    if " " in voice and (by := place_signature(voice)):
        return by       # （湖南省长沙市 刘晓雯）: a reader's letter signed with the place it comes from (qa214)
    return pen_name_signature(text)


def pen_name_signature(text: str) -> Byline | None:
    """The pen name of a letter-spaced signature line ((言 之)), which byline() does not read (no surname)."""
    m = P.PEN_NAME_SIGNATURE_LINE.match(text)
    name = "".join(m.group(1).split()) if m else None
    return Byline((name,), None) if name and name not in P.NOT_PEN_NAMES else None


def with_datelines(found: list[Unit], opened: list[int]) -> list[Unit]:
    """A paragraph that opens with a newspaper's dateline (本报讯（记者 程 昊 通讯员 陶 然）…, or 本报讯 naming no one)
    is a news item's first: the dateline leaves the paragraph as the item's byline, which, under the item's title,
    parts the item from the article before it on the page. Not where a byline is right over the paragraph (the
    item is signed already). (`opened`: the units that start with an OPENING_PREFIXES word.)"""
    found = without_signed_datelines(found, opened)
    dated = [(i, text, *head) for i in opened
             if found[i].kind == PARA and (text := dateline_text(found[i].text)).startswith(DATELINE_PREFIXES)
             and (i == 0 or found[i - 1].kind != BYLINE)
             and (head := dated_byline(text))]
    for i, text, m, by in reversed(dated):     # (from the end: the indexes before stay right)
        u = found[i]
        # (晚报讯 as printed, qa146; 西川日报讯, one name longer than 本报, qa183; a spaced dateline as read)
        printed = m.group(0) if u.text.startswith(P.SPACED_DATELINE_PREFIXES) else u.text[: m.end() + len(u.text) - len(text)]
        found[i:i + 1] = [Unit(BYLINE, printed.strip(), u.width, 1, None, byline=by), u._replace(text=text[m.end():])]
    return found


def named_paper_datelines(found: list[Unit]) -> list[int]:
    """The units that open with a dateline naming the paper in full (西川日报讯（记者 某某）…, NAMED_PAPER_DATELINE,
    qa183): a C-level substring test on each unit's head (str.find within its first characters) picks the few to try."""
    heads = map(str.find, map(TEXT, found), repeat(P.NAMED_PAPER_DATELINE_MARK), repeat(0),
                repeat(P.NAMED_PAPER_DATELINE_HEAD))
    return [i for i in indexes(map((-1).__ne__, heads)) if P.NAMED_PAPER_DATELINE.match(found[i].text)]


def dateline_text(text: str) -> str:
    """A paragraph's text as its dateline is read: without the letter-spacing when a spaced column sets it out
    (本 报 讯 （ 记 者 许 嘉 禾 ）…, SPACED_DATELINE_PREFIXES), with 本报 for the paper named by its kind (晚报讯…,
    PAPER_KIND_DATELINE_PREFIXES, qa146) or in full (西川日报讯…, NAMED_PAPER_DATELINE, qa183), else as it is."""
    if text.startswith(P.PAPER_KIND_DATELINE_PREFIXES):
        return "本报" + text[2:]
    if P.NAMED_PAPER_DATELINE_MARK in text[:P.NAMED_PAPER_DATELINE_HEAD] and (m := P.NAMED_PAPER_DATELINE.match(text)):
        return "本报" + text[m.end():]
    return P.LETTER_SPACING.sub("", text) if text.startswith(P.SPACED_DATELINE_PREFIXES) else text


def without_signed_datelines(found: list[Unit], opened: list[int]) -> list[Unit]:
    """A dateline naming no one (本报讯 清晨七点，…) that opens the paragraph right under an item's byline (本报记者
    马 骁) is no text either: the item is signed already, so the word leaves the paragraph (kept as the unit's
    debris, residue) rather than making a second byline (qa56). (`opened`: as for with_datelines.)"""
    for i in opened:
        u = found[i]
        if (i and u.kind == PARA and u.text.startswith(DATELINE_PREFIXES) and found[i - 1].kind == BYLINE
                and (m := P.UNSIGNED_DATELINE.match(u.text)) and m.end() < len(u.text)):
            found[i] = u._replace(text=u.text[m.end():], debris=(u.debris or "") + m.group(0).strip())
    return found


def dated_byline(text: str) -> tuple[re.Match[str], Byline] | None:
    """The dateline heading a news item's text and the byline it makes: its reporters (本报讯（记者 张三）…), or
    nobody (本报讯 东川市日前…, 【本报讯】…): a brief signed at its end, or not at all, is an item of its own too
    (qa32, session 10); its signature, if any, names its authors (segment reads a note when no byline does)."""
    if (m := dateline(text)) and (by := byline(m.group(1))) and by.authors:
        return m, by
    # (【本报讯】记者某某报道：…, a Hong Kong paper's: the reporters after the bracket, qa203)
    if (P.REPORTED_DATELINE_MARK in text[:P.REPORTED_DATELINE_HEAD] and (m := P.REPORTED_DATELINE.match(text))
            and (by := byline(m.group(1))) and by.authors):
        return m, by
    # (【本报讯】（记者某某）…: the reporters in brackets after the bracketed 本报讯, as after a bare one, qa207)
    if (text.startswith(P.UNSIGNED_DATELINE_PREFIXES) and (m := P.LENTICULAR_DATELINE_WITH_REPORTERS.match(text))
            and (by := byline(m.group(1))) and by.authors):
        return m, by
    m = P.UNSIGNED_DATELINE.match(text)
    return (m, Byline(authors=())) if m else None


def dateline(text: str) -> re.Match[str] | None:
    """The dateline naming a news item's reporter at the head of its text (本报讯（记者 张三）, 〔记者林彦彤／台北报导〕,
    （中央社记者张雅婷台北20日电）), if any: group 1 holds the byline."""
    if text[:1] in P.WIRE_DATELINE_PREFIXES:
        return P.WIRE_DATELINE.match(text)
    return P.NEWS_DATELINE.match(text)


def with_profiles(found: list[Unit], short: list[int]) -> list[Unit]:
    """A 嘉宾简介 line (plain, bold, in 【】 or with a colon) and the paragraph of sentences right under it
    (方立群，农学博士，……研究员。) are a box on the guest of an interview: not a section, and not the
    interview's text, and so is a paragraph that opens with such a label and a colon (受访者简介：许文龙，……).
    So is the label over one line of the guest's name and post (盛毅 四川省社科院研究员, is_guest_name_post; qa68), in
    Markdown and in plain text alike, with the biography under that line when it opens with the guest's name (盛毅，经济学
    博士，……。, is_bio_of; qa133); a label over several such lines is a list of guests (with_guest_lists).
    (`short`: as for with_notes; a prefix test picks the few to try.)"""
    for i in short:
        if (found[i].text.startswith(PROFILE_LABEL_INITIALS) and found[i].kind in PROFILE_LABEL_KINDS
                and i + 1 < len(found) and found[i + 1].kind in (PARA, PLAIN)
                and (found[i + 1].kind == PARA and found[i + 1].text.endswith("。")
                     or is_guest_name_post(found[i + 1]) and not is_profile_list(found, i))
                and is_profile_label(found[i].text)):
            if i + 2 < len(found) and is_guest_name_post(found[i + 1]) and is_bio_of(found[i + 2], found[i + 1]):
                found[i + 2] = as_profile(found[i + 2])
            found[i], found[i + 1] = as_profile(found[i]), as_profile(found[i + 1])
        elif (i + 2 < len(found) and found[i].text.startswith(PROFILE_LABEL_INITIALS)
              and found[i].kind in (PLAIN, HEADING, PARA) and (name := guest_line_name(found[i + 1]))
              and is_bio_of(found[i + 2], name) and is_profile_label(found[i].text)):
            # 嘉宾简介 / **贺某某** (or 贺某某（某院院长）, **贺某某** 某院院长) / 贺某某，经济学博士，…。: the guest's line, however
            # it reads alone (a name, a bold speaker's label), names the guest the biography under it opens with (qa133)
            for k in range(i, i + 3):
                found[k] = as_profile(found[k])._replace(byline=None, speaker=None)
        elif (i + 2 < len(found) and found[i].text.startswith(PROFILE_LABEL_INITIALS)
              and found[i].kind in PROFILE_LABEL_KINDS and is_cut_bio(found[i + 1], found[i + 2])
              and is_profile_label(found[i].text)):
            # 人物简介 / 郑某某，1972年生，…现任省某 / 研究院院长，…。: a short box's biography, its first line cut (qa205)
            for k in range(i, i + 3):
                found[k] = as_profile(found[k])
        elif (i + 2 < len(found) and found[i].text.startswith(PROFILE_LABEL_INITIALS)
              and found[i].kind in PROFILE_LABEL_KINDS and is_lone_name_byline(found[i + 1])
              and is_profile_post_line(found[i + 2]) and is_profile_label(found[i].text)):
            # 【作者简介】 / 孟某 / 某大学某学院教授: the name alone, read as a byline, and the post under it (qa151)
            for k in range(i, i + 3):
                found[k] = as_profile(found[k])._replace(byline=None)
    # The label and the profile in one paragraph (受访者简介：许文龙，某大学教授……, 受访嘉宾：柯望舒，某大学教授……):
    # a C-level prefix test over the units.
    for i in indexes(map(str.startswith, map(TEXT, found), repeat(PROFILE_PARAGRAPH_INITIALS))):
        if found[i].kind == PARA and is_profile_paragraph(found[i].text):
            found[i] = as_profile(found[i])
        if (i + 1 < len(found) and found[i].kind in (META, PROFILE, PLAIN) and (name := labelled_guest_name(found[i].text))
                and is_bio_of(found[i + 1], name)):
            # 嘉宾简介：贺某某 某院院长 / 贺某某，经济学博士，…。: the guest's biography under the labelled line (qa133)
            found[i + 1] = as_profile(found[i + 1])
            if found[i].kind == PLAIN:
                found[i] = as_profile(found[i])
    return found


def is_cut_bio(first: Unit, rest: Unit) -> bool:
    """Whether a line and the paragraph under it are a biography whose first line a narrow box cut off: the line opens
    with a person's name and a comma and ends no sentence, the paragraph ends one (qa205)."""
    return (first.kind == PLAIN and first.n_lines == 1 and not first.text.endswith(("。", "？", "！", "：", ":"))
            and rest.kind == PARA and rest.text.endswith("。") and P.BIO_OPENING_NAME.match(first.text) is not None)


def is_lone_name_byline(u: Unit) -> bool:
    """Whether a unit is a byline of one line that is one name and nothing else (孟某, not 文｜孟某 nor 本报记者 孟某)."""
    return (u.kind == BYLINE and u.n_lines == 1 and u.byline is not None and len(u.byline.authors) == 1
            and u.text.strip().replace(" ", "").replace("　", "") == u.byline.authors[0])


def is_profile_post_line(u: Unit) -> bool:
    """Whether a unit is one line naming an institution and a post, no sentence (某大学某学院教授、博士生导师)."""
    return u.kind in (PLAIN, PARA) and u.n_lines == 1 and P.PROFILE_POST_LINE.match(u.text.strip()) is not None


def with_writer_bios_under_label(found: list[Unit], short: list[int]) -> list[Unit]:
    """A 本文作者 (作者简介, 关于作者) label on a line of its own over lines that each open with a writer's name and go on
    with an institution and post (陈某某，某研究院副研究员，…；) names the article's authors, as a closing byline does: the
    label becomes that byline, the bios front matter (affiliations), neither a section nor text (qa136). It runs before
    with_profiles, whose box on a guest a 作者简介 over one bio was. (`short`: the short units.)"""
    for i in short:
        if (found[i].kind in (PLAIN, HEADING, PARA) and found[i].text.startswith(P.WRITER_BIOS_LABEL_INITIALS)
                and P.WRITER_BIOS_LABEL.match(found[i].text)):
            bios = bio_writers(found, i + 1)
            if bios:
                found[i] = as_kind(found[i], BYLINE)._replace(byline=Byline(tuple(n for line in bios for n in line)))
                for k in range(i + 1, i + 1 + len(bios)):
                    found[k] = as_kind(found[k], AFFILIATION)
    return found


def bio_writers(found: list[Unit], start: int) -> list[tuple[str, ...]]:
    """The writers each line of the run of bio lines from `start` names (writers_of_bio), until a unit that is no bio."""
    lines: list[tuple[str, ...]] = []
    for u in islice(found, start, None):
        if not (named := writers_of_bio(u)):
            break
        lines.append(named)
    return lines


def writers_of_bio(u: Unit) -> tuple[str, ...]:
    """The writers a line of writers' bios names (陈某某，某研究院副研究员，… -> 陈某某): its opening name, followed by an
    institution and post (WRITER_BIO_AFTER_NAME), and each further writer profiled after a semicolon on the same line
    (…副所长；江某，某研究院助理研究员。 -> 陈某某, 江某: PROFILE_NEXT_AUTHOR, qa286); () for any other unit."""
    if u.kind not in (PARA, PLAIN) or not (m := P.PERSON_NAME_START.match(u.text)) or not bio_after_name(u.text, m.end()):
        return ()
    if "；" not in u.text and ";" not in u.text:
        return (m.group(0),)
    more = (n.group(1) for n in P.PROFILE_NEXT_AUTHOR.finditer(u.text, m.end()) if bio_after_name(u.text, n.end(1)))
    return (m.group(0), *more)


def bio_after_name(text: str, at: int) -> bool:
    """Whether the text goes on from `at`, right after a writer's name, with an institution and post (WRITER_BIO_AFTER_NAME),
    also where the post is followed by another (教授、博士生导师: WRITER_BIO_LISTED_POSTS_AFTER_NAME, qa151)."""
    return (P.WRITER_BIO_AFTER_NAME.match(text, at) is not None
            or P.WRITER_BIO_LISTED_POSTS_AFTER_NAME.match(text, at) is not None)


def labelled_guest_name(text: str) -> str | None:
    """The guest a line opening with a profile or guest label names right after the label (嘉宾简介：贺某某 某院院长,
    【嘉宾简介】贺某某…, 嘉宾：贺某某…), if any (qa133)."""
    if (m := P.GUEST_LINE_LABEL.match(text)) and (name := P.PERSON_NAME_START.match(text, m.end())):
        return name.group(0)
    return None


# The first characters of a profile label line, set solid or letter-spaced (with_profiles' prefix test).
PROFILE_LABEL_INITIALS = P.PROFILE_HEADING_INITIALS + P.SPACED_PROFILE_HEADING_INITIALS
# What a paragraph that is a box on a guest (is_profile_paragraph) may begin with.
PROFILE_PARAGRAPH_INITIALS = P.PROFILE_HEADING_INITIALS + P.GUEST_PROFILE_PARAGRAPH_INITIALS + P.COLUMNIST_PROFILE_INITIALS


def is_profile_paragraph(text: str) -> bool:
    """Whether a paragraph is the box on an interview's guest with its label in front: a profile label
    (受访者简介：…) or a guest label then the guest's name and posts (受访嘉宾：柯望舒，某大学教授……, qa75)."""
    # (or its label closed by its bracket alone, 【专家简介】刘文昊，…, qa119)
    # (or its label naming the kind of writer, 【专栏作者】孟某，…, qa151; or the guest's role, 访谈对象：某某，…, qa183)
    return bool(P.PROFILE_LINE.match(text) or P.GUEST_PROFILE_PARAGRAPH.match(text) or P.BRACKETED_PROFILE_LINE.match(text)
                or P.COLUMNIST_PROFILE_LINE.match(text) or P.GUEST_ROLE_PROFILE_PARAGRAPH.match(text))


def is_bio_of(u: Unit, guest: Unit | str) -> bool:
    """Whether a paragraph under a profile box's name-and-post line (or under the guest's name) is the guest's biography:
    sentences that open with the guest's name and a comma (贺某某，经济学博士，…。), the box going on (qa133). The
    interview's text opens with a question or a speaker's label, never the guest's name and a comma."""
    name = guest if isinstance(guest, str) else guest.text.split(maxsplit=1)[0]
    return (u.kind == PARA and u.text.endswith("。") and u.text.startswith(name)
            and u.text[len(name):len(name) + 1] in P.BIO_NAME_SEPARATORS)


def guest_line_name(u: Unit) -> str | None:
    """The person a one-line unit under a profile label names first, if it ends no sentence: a byline's first author
    (贺某某, 贺某某（某院院长）), a bold speaker's label (**贺某某** 某院院长), or a name opening a plain line (qa133)."""
    if u.n_lines != 1 or u.text.endswith(("。", "？", "！")):
        return None
    if u.kind == BYLINE:
        return u.byline.authors[0] if u.byline and u.byline.authors else None
    if u.speaker:
        return u.speaker
    m = P.PERSON_NAME_START.match(u.text) if u.kind in (PLAIN, PARA) else None
    return m.group(0) if m else None


def is_guest_name_post(u: Unit) -> bool:
    """Whether a unit under a profile label is one line naming the guest and the guest's post, no sentence
    (葛明远 西南物流研究院研究员): the whole of the box on the guest."""
    return u.kind in (PARA, PLAIN) and u.n_lines == 1 and P.GUEST_NAME_POST_LINE.match(u.text) is not None


def with_guest_lists(found: list[Unit], short: list[int]) -> list[Unit]:
    """A roundtable's guest-list label (与谈人：, 出席嘉宾) and the short plain lines right under it (陈秀玲　某协会理事长,
    one guest a line) are a box on the guests: not sections (the last one stands over the text like a heading),
    not the article's text, and the guests are no authors; so are a profile label (嘉宾简介) and the list of guests
    under it (is_profile_list). (`short`: as for with_notes; a prefix test picks the few to try.)"""
    for i in short:
        # (the guests' lines share one shape: a heading under the list, 改什么：先算“产业账”, sets its words apart
        # otherwise than 谭某 某局副局长 does, qa185)
        if is_profile_list(found, i):
            found[i] = as_profile(found[i])
            k = i + 1
            while k < len(found) and is_listed_guest(found[k]) and same_guest_shape(found[k], found[i + 1]):
                found[k] = as_profile(found[k])._replace(byline=None)
                k += 1
        elif found[i].text.startswith(P.GUEST_LIST_LABEL_INITIALS) and P.GUEST_LIST_LABEL.match(found[i].text):
            found[i] = as_profile(found[i])
            k = i + 1
            # (a guest line naming posts, 陈秀玲　某协会理事长, reads as a byline on its own: a guest is no author)
            while k < len(found) and is_guest_line(found[k]) and same_guest_shape(found[k], found[i + 1]):
                found[k] = as_profile(found[k])._replace(byline=None)
                k += 1
    return found


def with_advert_labels(found: list[Unit], short: list[int]) -> list[Unit]:
    """An advertisement's label alone on its line (广告 / 推广 / 【推广】) is furniture over the advertisement, not a
    heading or text. (`short`: as for with_notes.)"""
    for i in short:
        if found[i].kind in (PLAIN, PARA, HEADING) and is_advert_label(found[i].text):
            found[i] = as_kind(found[i], CREDIT)
    return found


def is_advert_label(text: str) -> bool:
    """Whether a line labels an advertisement: 广告 / 推广 / 【推广】, or says so (本文为广告, *本文系推广内容*; qa98)."""
    return bool(P.ADVERT_LABEL_LINE.match(text) or P.ADVERT_NOTE_LINE.match(text) or P.ROUND_ADVERT_LABEL_LINE.match(text)
                or P.ADVERT_SPONSOR_LABEL_LINE.match(text))     # 推广 | 某某康养 (qa108)


def is_editors_label_line(text: str) -> bool:
    """Whether a line is an editor's note's label alone (【编者按】, 编者按：, 编者的话), the note under it (qa109)."""
    t = text.strip()
    return t.startswith(P.EDITORS_NOTE_LABEL_INITIALS) and P.EDITORS_NOTE_LABEL_LINE.match(t) is not None


def with_closing_advert(found: list[Unit]) -> list[Unit]:
    """An advertisement's label (推广, **推广**) over the last paragraphs of the document, no heading under it: those
    paragraphs are the advertisement (a subscription notice, a sponsor's lines), furniture like its label, not the
    last answer of the interview above. (Only the last CLOSING_ADVERT_MAX_PARAS + 1 units are visited; a label over
    a heading titles a piece of its own, articles.markdown_layout, and one under a title or heading is that
    piece's kicker: its text is kept.)"""
    k = len(found) - 1
    while k >= 0 and len(found) - k <= P.CLOSING_ADVERT_MAX_PARAS + 1:
        u = found[k]
        if u.kind == CREDIT and k < len(found) - 1 and is_advert_label(u.text):
            if k and found[k - 1].kind in (TITLE, HEADING, PLAIN):
                # (# 某某大赛开始报名 / **活动推广** / …: a titled piece, its text kept; in plain text the title is a
                # plain line)
                return found
            return found[:k + 1] + [as_kind(x, CREDIT) for x in found[k + 1:]]
        if u.kind != PARA:
            break
        k -= 1
    return found


# The kinds of the units under a WeChat article's end mark that with_text_closed_by_end_mark makes chrome: text and notes
# (a byline or a field line under it still signs or dates the article; a caption or credit is residue already).
UNDER_END_MARK_KINDS = frozenset({PARA, PLAIN, HEADING, ITEM, NOTE, QUOTE, PROFILE})
# The kinds an end mark is read as: a credit (END, -END-), or a subtitle when em dashes frame it (— END —).
END_MARK_KINDS = frozenset({CREDIT, SUBTITLE})


def with_text_closed_by_end_mark(found: list[Unit]) -> None:
    """A WeChat article's end mark (END, -END-) closes its text: the lines under it (the writer's note, the account's
    prompts and credits) are the page's chrome, not text of the article, up to a Markdown title (a piece of its own).
    Only the last end mark is looked for, from the document's end (a substring test before the regex). An
    advertisement's label (推广) under it opens a piece of its own too, as a title does: in plain text, where no
    Markdown title marks it, the advertorial under the end mark keeps its label, title and text; so does a post copied
    under it, its title over the name of an account the page's head lines name (qa258)."""
    end = next((k for k in range(len(found) - 1, -1, -1) if found[k].kind in END_MARK_KINDS
                and P.WECHAT_END_WORD in found[k].text.upper() and P.WECHAT_END_LINE.match(found[k].text)), None)
    if end is None:
        return
    accounts = page_wechat_accounts(found, wechat_heads_at(found))
    for k in range(end + 1, len(found)):
        u = found[k]
        if u.kind == TITLE or is_advert_label(u.text) or is_over_account_line(found, k, accounts):
            return
        if u.kind in UNDER_END_MARK_KINDS and not (u.kind == NOTE and u.byline):
            found[k] = as_kind(u, CREDIT)


def is_over_account_line(found: list[Unit], k: int, accounts: set[str]) -> bool:
    """Whether unit k stands over a line that reads alone an account the page's WeChat head lines name: the title of
    another post copied under the end mark (its title, the account, a bare date), a piece of its own (qa258)."""
    return k + 1 < len(found) and found[k + 1].kind == META and found[k + 1].text in accounts


def is_profile_label(text: str) -> bool:
    """Whether a line is the label of a box on a guest or writer: 嘉宾简介 (PROFILE_HEADING), or the guest's role alone
    (【访谈对象】, BARE_GUEST_PROFILE_LABEL, qa183), set solid or letter-spaced (专 家 简 介, qa280). (Callers test
    PROFILE_LABEL_INITIALS first.)"""
    if " " in text:
        text = text.replace(" ", "")
    return bool(P.PROFILE_HEADING.match(text) or P.BARE_GUEST_PROFILE_LABEL.match(text))


def is_profile_list(found: list[Unit], i: int) -> bool:
    """Whether unit i is a profile label (嘉宾简介) over two or more guest lines, one a line (- 任嘉禾：某中心主任): a box
    on the guests, not a section over text. (A profile label over one name line, 盛毅 某院研究员, is left as it was,
    and a byline under the label is the article's, no guest: 成都日报记者 钟文.)"""
    return (found[i].text.startswith(P.PROFILE_HEADING_INITIALS) and i + 2 < len(found)
            and is_listed_guest(found[i + 1]) and is_listed_guest(found[i + 2])
            and is_profile_label(found[i].text))


def is_listed_guest(u: Unit) -> bool:
    """Whether a unit under a profile label may be one guest's line: a one-line paragraph or plain line that is
    short and ends no sentence, or a line naming the guest and post that reads as a byline on its own (祁某 某大学
    教授, qa185)."""
    return (u.kind in (PLAIN, PARA) and u.n_lines == 1 and looks_like_heading(u.text)
            or u.kind == BYLINE and u.n_lines == 1 and P.GUEST_NAME_POST_LINE.match(u.text) is not None)


def same_guest_shape(u: Unit, first: Unit) -> bool:
    """Whether a line in a list of guests sets the name apart from the post by the same kind of mark (a space, a
    colon, a comma, a bracket: GUEST_NAME_MARKS) as the list's first line does; a line whose first such mark is another
    is the heading under the list (改什么：先算“产业账”), no guest."""
    return guest_name_mark(u.text) == guest_name_mark(first.text)


def guest_name_mark(text: str) -> str | None:
    """The kind of the first mark in a guest's line that may set the name apart from the post (GUEST_NAME_MARKS), after
    the guest's role if the line opens with it (主持人：林某（本报副总编辑）, as 许某（执业律师） under it)."""
    role = P.GUEST_ROLE_PREFIX.match(text)
    m = P.GUEST_NAME_MARK.search(text, role.end() if role else 0)       # (after 主持人：, 与谈人：)
    return P.GUEST_NAME_MARKS[m.group(0)] if m else None


def is_guest_line(u: Unit) -> bool:
    """Whether a unit under a guest-list label may be one guest's line: a short plain line, or a byline, or in
    Markdown (where short lines are paragraphs) a one-line paragraph that is short and ends no sentence."""
    return ((u.kind in (PLAIN, BYLINE) or (u.kind == PARA and u.n_lines == 1 and looks_like_heading(u.text)))
            and not is_unmarked_phrase(u.text))


def is_unmarked_phrase(text: str) -> bool:
    """A line longer than a name that holds none of the marks a guest's line sets a name apart from the guest's post
    with (a space, a bracket, a colon, a comma): the heading over the talk's text right under the list (用电成本的真实
    压力 under 廖淑华（某公会理事长）), not one more guest (qa60)."""
    t = text.strip()
    return len(t) > P.GUEST_NAME_MAX and not any(map(t.__contains__, P.GUEST_LINE_MARKS))


def as_profile(u: Unit) -> Unit:
    return as_kind(u, PROFILE)


def with_attachments(found: list[Unit], opened: list[int]) -> list[Unit]:
    """A 附件：1.… line and the numbered titles right under it list a document's attachments: page
    furniture of the document, not a section and not numbered measures. (`opened`: the units that start with
    an OPENING_PREFIXES word; the regex sees only the few that start with 附件.)"""
    for i in opened:
        if found[i].kind == NOTES or not is_attachments_label(found[i].text):
            continue
        found[i] = as_attachment(found[i])
        k = past_page_break(found, i + 1)
        while k < len(found) and found[k].kind in (PARA, ITEM, PLAIN) and (
                P.ATTACHMENT_ENTRY.match(found[k].text) or P.ATTACHMENT_FILE_ENTRY.match(found[k].text)
                or P.ATTACHED_FILES_ENTRY.match(found[k].text)):
            # 2.应用场景清单 / 某某实施细则.pdf (a portal's file, qa108) / 某某.pdf（356KB）, files run together (qa123)
            found[k] = as_attachment(found[k])
            k = past_page_break(found, k + 1)
    return found


def past_page_break(found: list[Unit], k: int) -> int:
    """The first unit from `k` on that is no page number or running head: a list (the attachments under 附件：1.…) goes
    on over a page break (附件：1.… / — 5 — / 2.…, qa150)."""
    while k < len(found) and found[k].kind in (FOLIO, RUNNING_HEAD):
        k += 1
    return k


def is_attachments_label(text: str) -> bool:
    """Whether a line opens a document's list of attachments: 附件：1.… (ATTACHMENT_LINE), or a portal's 相关附件： over
    the attached files (qa108)."""
    if text.startswith(P.ATTACHMENT_PREFIX):
        return P.ATTACHMENT_LINE.match(text) is not None
    return text.startswith(P.RELATED_ATTACHMENT_PREFIX) and P.RELATED_ATTACHMENT_LABEL.match(text) is not None


def with_english_front_matter(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A paper's English title, authors and abstract, set over its English keywords (Key words: …) after
    the Chinese ones: the lines with no Chinese right over that line are front matter, not a section
    (the title) and text. (Only the keywords lines are visited: list.index finds them in `kinds`.)"""
    for i in positions(kinds, KEYWORDS):
        if P.HAN_CHAR.search(found[i].text):
            continue                          # 关键词：…, the Chinese keywords
        k = i - 1
        while k >= 0 and found[k].kind in NOTE_ENTRY_KINDS and not P.HAN_CHAR.search(found[k].text):
            found[k] = as_kind(found[k], ENGLISH_FRONT)
            k -= 1
    return found


def with_keywords_under_label(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A paper's keywords label alone on its line (关键词, as Taiwan's journals and some mainland ones set it, like
    摘要): the line under it is the keywords, front matter, not a title or a paragraph. (Only the keywords lines
    are visited.)"""
    for i in positions(kinds, KEYWORDS):
        label = P.KEYWORDS_LINE.match(found[i].text)
        if label and not label.group(1) and i + 1 < len(found) and found[i + 1].kind in (PARA, PLAIN):
            found[i + 1] = as_kind(found[i + 1], KEYWORDS)
    return found


def with_affiliations(found: list[Unit], bylines_at: list[int]) -> list[Unit]:
    """The bracketed line right under a byline is its authors' affiliation: front matter, not text
    (only the units after a byline, at `bylines_at`, are looked at), and so is the author's e-mail address
    under it; so are the starred notes a few
    lines under a byline whose names carry stars (林怡君*、陈柏宏** … * 某大学副教授。)."""
    for i in bylines_at:
        if i and (is_affiliation_above(found[i - 1]) or is_body_over_names(found, i)):
            found[i - 1] = as_kind(found[i - 1], AFFILIATION)
        elif i and is_office_post_over_name(found[i - 1]):
            found[i - 1] = as_kind(found[i - 1], META)
        k = i + 1
        if k < len(found) and found[k].kind == NOTE and (writers := head_writers(found, i)):
            found[k] = as_kind(found[k], BYLINE)._replace(byline=writers)
        if k < len(found) and (is_affiliation_under(found, i) or is_writer_bio_under(found, i)):
            found[k] = as_kind(found[k], AFFILIATION)
            k += 1
            if k < len(found) and found[k].kind in (PARA, PLAIN) and P.AUTHOR_EMAIL_LINE.match(found[k].text):
                found[k] = as_kind(found[k], AFFILIATION)
        numbered_affiliations(found, i)
        footnoted_affiliations(found, i)
        if "*" in (text := found[i].text) or "＊" in text:
            for k in range(i + 1, min(front_matter_end(found, i) + P.STARRED_NOTE_REACH, len(found))):
                if found[k].kind in (PARA, PLAIN) and P.STARRED_NOTE_LINE.match(found[k].text):
                    found[k] = as_kind(found[k], AFFILIATION)
    return found


def with_affiliations_after_text(found: list[Unit]) -> None:
    """A labelled affiliation line without brackets (作者单位：某省社会科学院…) right under a text that ends a sentence
    is that text's authors' unit, printed in the place of a note on them (a theory page signing its articles at
    their heads): front matter, not a title line of the next article, which it would otherwise open (qa172). Only
    lines with 单位 in their first characters are matched."""
    for i in range(1, len(found)):
        u = found[i]
        if (u.kind in (PARA, PLAIN) and "单位" in u.text[:4] and ends_text(found[i - 1])
                and P.AFFILIATION_NOTE_ABOVE.match(u.text) is not None):
            found[i] = as_kind(u, AFFILIATION)


def front_matter_end(found: list[Unit], i: int) -> int:
    """Where a paper's text starts under the byline at `i`: after its last keywords line within STARRED_NOTE_FRONT_REACH
    units (关键词, then the English title, abstract and Key words), else right under the byline. The starred notes on
    the authors sit at the first page's foot, a few units into the text however long the front matter is (qa121)."""
    start = i + 1
    for k in range(i + 1, min(i + 1 + P.STARRED_NOTE_FRONT_REACH, len(found))):
        if found[k].kind == KEYWORDS:
            start = k + 1
    return start


def numbered_affiliations(found: list[Unit], i: int) -> None:
    """Marks the affiliation lines right under the byline at `i` that open with a superscript number (¹某某大学…
    / ²…): a paper's authors' institutions, one a line, front matter like a bracketed affiliation (qa48)."""
    k = i + 1
    numbered_names = any(c.isascii() and c.isdigit() for c in found[i].text)
    while k < len(found) and is_numbered_affiliation(found[k], numbered_names):
        found[k] = as_kind(found[k], AFFILIATION)
        k += 1


def footnoted_affiliations(found: list[Unit], i: int) -> None:
    """Marks the notes on the authors that the ASCII numbers of the byline at `i` point to (张某1　李某2 … 1 某某大学…副教授),
    set after the front matter as starred notes are (SPACED_DIGIT_AFFILIATION_LINE): affiliations, not decimal headings
    (qa195). Only a byline whose names carry such numbers, and only notes numbered as one of them."""
    numbers = {c for c in found[i].text if c.isascii() and c.isdigit()}
    if not numbers:
        return
    start = front_matter_end(found, i)
    for k in range(start, min(start + P.STARRED_NOTE_REACH, len(found))):
        u = found[k]
        if (u.kind in (PARA, PLAIN, ITEM, HEADING) and u.text[:1] in numbers
                and (m := P.SPACED_DIGIT_AFFILIATION_LINE.match(u.text)) and m.group(1) in numbers):
            found[k] = as_kind(u, AFFILIATION)


def is_numbered_affiliation(u: Unit, numbered_names: bool) -> bool:
    """Whether a unit is an affiliation line opened by its number: superscript (¹某某大学…), or, under names that carry
    ASCII numbers (周立新1,2), ASCII (1. 某某大学…, which reads as a numbered item: DIGIT_AFFILIATION_LINE, qa84), or
    ASCII apart from the institution by a space (1 某某大学…系副教授, which reads as a decimal heading: the notes
    footnoted_affiliations finds at the foot, set right under the byline instead; SPACED_DIGIT_AFFILIATION_LINE, qa238)."""
    return ((u.kind in (PARA, PLAIN) and P.NUMBERED_AFFILIATION_LINE.match(u.text) is not None)
            or (numbered_names and u.kind in (PARA, PLAIN, ITEM) and P.DIGIT_AFFILIATION_LINE.match(u.text) is not None)
            or (numbered_names and u.kind in (PARA, PLAIN, ITEM, HEADING)
                and P.SPACED_DIGIT_AFFILIATION_LINE.match(u.text) is not None))


def head_writers(found: list[Unit], i: int) -> Byline | None:
    """The writers a bracketed note right under a byline at an article's head names (某某研究院课题组 / （执笔：董立群）):
    a byline line of its own there, not an author note that closes the article before (qa41). At the head: the line
    over the byline ends no sentence (a title's)."""
    if not (m := P.WRITERS_NOTE.match(found[i + 1].text)) or (i and found[i - 1].text[-1:] in P.SENTENCE_MARKS):
        return None
    return Byline(names(m.group(1)))


def is_body_over_names(found: list[Unit], i: int) -> bool:
    """Whether the line over the byline at `i` names the authors' research body, under the title (国务院发展研究中心
    社会发展研究部 / 董立群　孔繁宇): a line of its own naming a research body (RESEARCH_BODY_LINE), or bodies set apart by
    a space (某某政策研究中心　经济发展研究组: RESEARCH_BODIES_LINE, qa102), a title's line above it (no sentence ended there)."""
    u = found[i - 1]
    return (i >= 2 and u.kind in (PARA, PLAIN) and u.n_lines == 1 and found[i - 2].text[-1:] not in P.SENTENCE_MARKS
            and (P.RESEARCH_BODY_LINE.match(u.text) is not None or P.RESEARCH_BODIES_LINE.match(u.text) is not None))


def is_affiliation_under(found: list[Unit], i: int) -> bool:
    """Whether the unit right under the byline at `i` is its authors' affiliation: a line of text that is one
    (is_affiliation), or a bracketed note on the authors (（作者单位：某市委党校） / （作者系某党校副教授）) between a
    title-block byline and text: title lines over the byline, a paragraph under the note. There the note heads the
    article under it (a theory page's title block printed between two texts); read as an author note closing a
    text, it would leave that article untitled (qa71). Under a byline right after text, the note closes that text."""
    u = found[i + 1]
    if u.text.startswith(P.BOOK_NOTE_INITIALS) and P.BOOK_NOTE_LINE.match(u.text):
        return False                    # （《…》，某某著，某某出版社…出版）: a review's book line, no affiliation (qa198)
    if u.kind in (PARA, PLAIN):
        return is_affiliation(u.text)
    return (u.kind == NOTE and i > 0 and found[i - 1].kind == PLAIN and i + 2 < len(found) and found[i + 2].kind == PARA
            and P.AFFILIATION_LINE.match(u.text) is not None)


def is_writer_bio_under(found: list[Unit], i: int) -> bool:
    """Whether the unit right under the byline at `i` opens with a name the byline signs and goes on with the writer's
    institution and post (邓某：某大学某学系助理教授，研究…。) or a profession (邓某：资深传媒人、时事评论员。): the
    writer's bio, front matter like an affiliation (qa134)."""
    u, writers = found[i + 1], found[i].byline
    if u.kind not in (PARA, PLAIN) or writers is None:
        return False
    return any(u.text.startswith(name) and (bio_after_name(u.text, len(name))
                                            or P.WRITER_BIO_PROFESSION_AFTER_NAME.match(u.text, len(name)) is not None)
               for name in writers.authors if name)


def is_office_post_over_name(u: Unit) -> bool:
    """Whether the line right over a byline gives the speaker's posts alone (省委常委、常务副省长 / 许明哲 under a speech's
    title, OFFICE_POST_LINE): front matter of the byline, as the posts before the name on one line are (qa153)."""
    return (u.kind in (PARA, PLAIN) and u.n_lines == 1 and u.text[-1:] in P.OFFICE_POST_LASTS
            and P.OFFICE_POST_LINE.match(u.text) is not None)


def is_affiliation_above(u: Unit) -> bool:
    """Whether the line right over a byline is its authors' labelled affiliation note (（作者单位：…） over the
    作者： line that closes a web article): front matter, as under the byline (AFFILIATION_NOTE_ABOVE)."""
    return u.kind in (PARA, PLAIN, NOTE) and "单位" in u.text and P.AFFILIATION_NOTE_ABOVE.match(u.text) is not None


def is_affiliation(text: str) -> bool:
    """Whether the line under a byline is its authors' affiliation, bracketed or labelled (AFFILIATION_LINE)
    or an institution and post (POST_AFFILIATION_LINE) or posts (INSTITUTION_POSTS_LINE: …院长、教授), or an institution and
    its department (DEPARTMENT_AFFILIATION_LINE)."""
    return bool(P.AFFILIATION_LINE.match(text) or P.POST_AFFILIATION_LINE.match(text)
                or P.INSTITUTION_POSTS_LINE.match(text)
                or P.DEPARTMENT_AFFILIATION_LINE.match(text) or is_nested_bracket_line(text))


def is_nested_bracket_line(text: str) -> bool:
    """Whether a line is wholly in one pair of brackets with a bracketed word inside (（中央党校（国家行政学院）教授）):
    a school's second name in an affiliation (NESTED_BRACKET_LINE, qa113)."""
    return text[:1] in P.OPENING_BRACKETS and P.NESTED_BRACKET_LINE.match(text) is not None


def with_link_lists(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """The lines under a label of further reading (推荐阅读, 相关推荐) that run to the page's end or its chrome
    are the titles of the pages it links to: chrome like the label, not text of the article (nor, being
    unpunctuated, its headings). A box whose lines go on into text (延伸阅读 over a short piece) keeps them.
    Only the units after a credit are visited (list.index finds the credits in `kinds`); a run stops at
    the next credit, so no unit is visited twice. A link whose title repeats the page's (图解：…, taken for a running head
    already) is one of the run (qa187)."""
    for i in positions(kinds, CREDIT):
        if found[i].text[:1] in P.COMMENTS_LABEL_INITIALS and P.COMMENTS_LABEL.match(found[i].text):
            with_comments(found, i)
            continue
        if "排行" in found[i].text and P.RANKING_LABEL.match(found[i].text):
            with_ranked_headlines(found, i)
            continue
        if not P.LINK_LIST_LABEL.match(found[i].text) and not P.READINGS_LIST_LABEL.match(found[i].text):
            continue                    # (相关解读： over the links to the document's readings too, qa187)
        end = i + 1
        while end < len(found) and (is_link_line(found[end]) or is_link_date(found[end]) or found[end].kind == RUNNING_HEAD
                                    or is_bulleted_link(found[end]) or is_credit_amid_links(found, end)):
            end += 1
        if (end == len(found) or found[end].kind == CREDIT or is_thematic_break(found[end])
                or are_tagged_links(found, i + 1, end) or is_byline_over_credits(found, end)):
            found[i + 1:end] = [as_kind(u, CREDIT) for u in found[i + 1:end]]
        else:
            end = max(links_over_numbered_heading(found, i + 1, end), page_referenced_links_end(found, i + 1, end))
            found[i + 1:end] = [as_kind(u, CREDIT) for u in found[i + 1:end]]
    return found


def is_link_line(u: Unit) -> bool:
    """Whether a unit may be a linked headline under a further-reading label: a line of text with no full stop."""
    return u.kind in LINK_KINDS and "。" not in u.text


def is_credit_amid_links(found: list[Unit], k: int) -> bool:
    """Whether found[k] is a linked headline read as chrome (图解：一图读懂…) between two others: one of the list, which a
    credit closing it (责任编辑：…, a sentence of a disclaimer) is not, as a plain headline follows it (qa286)."""
    return (found[k].kind == CREDIT and "。" not in found[k].text and k + 1 < len(found) and is_link_line(found[k + 1])
            and not P.LINK_LIST_LABEL.match(found[k].text) and not P.READINGS_LIST_LABEL.match(found[k].text))


def is_byline_over_credits(found: list[Unit], k: int) -> bool:
    """Whether found[k] is a byline with only chrome after it to the page's end (作者：宋某，某大学教授 / 编辑：… / 分享到：…):
    the author line a web page prints under its further-reading list, which closes the list as a credit would; the
    last linked headline is no title printed over it (qa286)."""
    return k < len(found) and found[k].kind == BYLINE and all(u.kind in (CREDIT, RUNNING_HEAD) for u in islice(found, k + 1, None))


def links_over_numbered_heading(found: list[Unit], start: int, end: int) -> int:
    """Where the links under a further-reading label amid a text end when a numbered heading (二、…) closes them: a
    linked headline may read as a field line (学者：…), which stopped the run at `end`, but a heading with its marker is
    the text going on, and no linked title bears a section's marker (qa244). `start` (no links) when no such heading
    closes the unpunctuated lines."""
    k = end
    while k < len(found) and found[k].kind in LINKED_HEADLINE_KINDS and "。" not in found[k].text:
        k += 1
    return k if k < len(found) and found[k].kind == HEADING and found[k].marker else start


def page_referenced_links_end(found: list[Unit], start: int, end: int) -> int:
    """Where the links under a related-news label (相关新闻) end when each names the page its story is on (…获城规会批准 A6,
    PAGE_REFERENCE_END): after the last of them, though the unpunctuated lines go on to `end` (the next story's headline
    and deck set under the box); `start` (no links) when the first names no page (qa253)."""
    k = start
    while k < end and P.PAGE_REFERENCE_END.search(found[k].text):
        k += 1
    return k


def with_comments(found: list[Unit], label: int) -> None:
    """The readers' comments under their label (网友评论, at `label`) are chrome like it, to the page's end or the next
    heading or thematic break (another piece's): sentences the readers wrote, no text of the article (qa234). Where
    with_reader_comments has read the lines under it as a box of quotes (@handle or 网友“某某”： comments, maybe under a
    line over them), the box ends where they end, amid a page, and the label is the box's (qa232)."""
    if any(u.kind == QUOTE for u in found[label + 1:label + 3]):
        found[label] = as_kind(found[label], QUOTE)
        return
    end = label + 1
    while end < len(found) and found[end].kind != HEADING and not is_thematic_break(found[end]):
        end += 1
    found[label + 1:end] = [as_kind(u, CREDIT) for u in found[label + 1:end]]


def with_ranked_headlines(found: list[Unit], label: int) -> None:
    """The most-read stories under their label (热门排行, at `label`) are chrome like it: headlines numbered 1 2 3 …,
    read as numbered headings or lines of text, none a sentence, up to the first unit that opens with no number (a
    ranking printed over the article ends at its title) or holds a sentence (qa254)."""
    end = label + 1
    while (end < len(found) and found[end].text[:1].isdecimal() and "。" not in found[end].text
           and (found[end].kind in LINK_KINDS or found[end].kind == HEADING)):
        end += 1
    found[label + 1:end] = [as_kind(u, CREDIT) for u in found[label + 1:end]]


def is_bulleted_link(u: Unit) -> bool:
    """Whether a unit in a list of links is a bulleted line that reads as a pull quote (● 某某如何…？, a lone ● block:
    QUOTE): under a further-reading label it is a link of the list, its bullet the list's (qa208)."""
    return u.kind == QUOTE and u.text[:1] in P.LIST_BULLETS and "。" not in u.text


def are_tagged_links(found: list[Unit], start: int, end: int) -> bool:
    """Whether the lines from `start` to `end` under a further-reading label are links tagged by topic (【街市】…), two
    or more, or one over a heading: the label's list of links even though the text goes on after them (qa134)."""
    run = found[start:end]
    return (bool(run) and (len(run) >= 2 or (end < len(found) and found[end].kind == HEADING))
            and all(u.text[:1] == "【" and P.TAGGED_LINK_HEADLINE.match(u.text) for u in run))


def is_thematic_break(u: Unit) -> bool:
    """Whether a unit is a Markdown thematic break (---): under a list of links it ends the list as the page's chrome
    or a credit does (推荐阅读 / links / --- / the next piece, an advertisement; qa108)."""
    return u.text[:1] in "-*_" and P.THEMATIC_BREAK.match(u.text) is not None


def is_link_date(u: Unit) -> bool:
    """Whether a unit in a list of links is a bare date on a line of its own (2025-03-13 17:45): the date of the link
    above it, a line of the list, not a date line that ends it (qa69); or a short linked title with its date on its
    line (县域商业体系建设的实践与思考　2026-03-12), which reads as a publisher over its date (OUTLET_DATE_LINE) but under a
    further-reading label is a link of the list, no source or date of the article (qa149)."""
    return u.kind == META and (P.DATE_ONLY_LINE.match(u.text) is not None or P.OUTLET_DATE_LINE.match(u.text) is not None)


def with_page_labels(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A running head split over two lines (人民日报 2026年8月14日 星期五 / 2 要闻): the page's number and name
    beside it are furniture, not a decimal section heading over the first title. (Only the few META units are
    visited; the neighbours of those that are running heads are tried.)"""
    for i in positions(kinds, META):
        if is_page_head(found[i].text):
            for j in (i - 1, i + 1):
                # (read as a decimal heading, 2 要闻, or with a leading zero as an item, 07 思想者)
                if 0 <= j < len(found) and found[j].marker and P.PAGE_LABEL_LINE.match(found[j].text):
                    found[j] = as_kind(found[j], CREDIT)
            for j in split_head_parts(found, i):
                found[j] = as_kind(found[j], CREDIT)
    return found


def split_head_parts(found: list[Unit], i: int) -> list[int]:
    """The units beside a running head's dated line found[i] that are the rest of the head set on lines of their
    own (2026年5月20日 星期三 / 第7版 / 理论·实践, or 理论·实践 / 第7版 over the date): the page's bare number next to
    it, and the page's name on the number's other side or between the two. A name without a number beside it
    may be the first title, and is left."""
    def is_number(j: int) -> bool:
        return 0 <= j < len(found) and found[j].kind == PLAIN and P.PAGE_NUMBER_ONLY_LINE.match(found[j].text) is not None

    def is_name(j: int) -> bool:
        return 0 <= j < len(found) and found[j].kind == PLAIN and P.PAGE_NAME_ONLY_LINE.match(found[j].text) is not None

    parts = []
    for step in (1, -1):
        near, far = i + step, i + 2 * step
        if is_number(near):
            parts += [near, far] if is_name(far) else [near]
        elif is_name(near) and is_number(far):
            parts += [near, far]
    return parts


def with_page_section_labels(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A page's number and name on a line of their own (第5版：理论) are furniture: over the page's first title they
    would be read as its first line, and 05版：… as a numbered heading or item. (Only the short units of those kinds
    that open with 第 or a digit are matched.)"""
    for kind in (PLAIN, HEADING, ITEM):
        for i in positions(kinds, kind):
            if found[i].text[:1] in P.PAGE_SECTION_LABEL_INITIALS and P.PAGE_SECTION_LABEL.match(found[i].text):
                found[i] = as_kind(found[i], CREDIT)
    return found


def with_caption_text(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A photo's credit on a line of its own (本报记者 严文彬 摄) under a one-line block that opens with the day
    the picture was taken (9月27日，…咨询。) or places someone in the picture (林某（右）…。): that block is the
    caption, not a paragraph of the article around it. (Only the few captions are visited.)"""
    for i in positions(kinds, CAPTION):
        u = found[i]
        mark_picture_label_over(found, i)
        if (i and (above := found[i - 1]).kind == PARA and P.PHOTO_CREDIT_LINE.match(u.text)
                and (above.n_lines == 1 and (P.CAPTION_DATE_OPENING.match(above.text) or caption_set_apart(found, i - 1)
                                             or places_people_in_picture(above.text))
                     or is_wrapped_day_caption(above))):
            found[i - 1] = as_kind(above, CAPTION)
            mark_picture_label_over(found, i - 1)
        elif i and wraps_into_caption(found[i - 1], u):
            found[i - 1] = as_kind(found[i - 1], CAPTION)
            mark_picture_label_over(found, i - 1)
        elif i > 1 and P.PHOTO_CREDIT_LINE.match(u.text) and is_caption_wrapped_over(found[i - 2], found[i - 1]):
            found[i - 2], found[i - 1] = as_kind(found[i - 2], CAPTION), as_kind(found[i - 1], CAPTION)
            mark_picture_label_over(found, i - 2)
        elif is_photo_credit_line(u.text) and (top := labelled_caption_top(found, i)) is not None:
            for k in range(top, strip_captions_end(found, i)):
                found[k] = as_kind(found[k], CAPTION)
        elif i and is_cartoon_title_over(found[i - 1], u):
            found[i - 1] = as_kind(found[i - 1], CAPTION)
            if i > 1 and is_bare_cartoon_label(found[i - 2].text):
                found[i - 2] = as_caption(found[i - 2])     # 漫画 / “打卡”新花样 / 新华社发 朱慧卿 作 (qa260)
    return found


def is_bare_cartoon_label(text: str) -> bool:
    """Whether a line is the bare word 漫画 (or （漫画）) over a cartoon's title and credit: the cartoon's label, part of its
    caption, not a title of the piece under it (qa260)."""
    return text.strip("（()） 　") == P.CARTOON_WORD


def with_slash_photo_credits(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A photo's credit on a line of its own after 图／ (图／卫福部提供, SLASH_PHOTO_CREDIT_LINE) and the one-sentence caption
    under it, or over it where none is under it: captions, not a heading and a paragraph of the text around them
    (qa259). (Only plain, byline and caption lines opening with 图 are tried: 图：记者林某摄 is a caption already.)"""
    for i in sorted([*positions(kinds, PLAIN), *positions(kinds, BYLINE), *positions(kinds, CAPTION)]):
        u = found[i]
        if u.text[:1] != P.SLASH_PHOTO_CREDIT_FIRST or not P.SLASH_PHOTO_CREDIT_LINE.match(u.text):
            continue
        found[i] = as_caption(u)
        k = next((k for k in (i + 1, i - 1) if 0 <= k < len(found) and found[k].n_lines == 1
                  and is_listed_caption(found[k])), None)
        if k is not None:
            found[k] = as_kind(found[k], CAPTION)
    return found


def with_photo_list_captions(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A bare photo label (相片, PHOTO_LIST_LABEL) under a date or time line (a press release's closing 香港时间16时30分),
    over at most PICTURE_CAPTION_MAX_BLOCKS one-sentence captions that run to the page's chrome or end (no paragraph
    under them): the label and the captions are captions, no byline and no article. (Only the labels read as bylines
    or plain lines are visited.) (qa238)"""
    for i in [*positions(kinds, BYLINE), *positions(kinds, PLAIN)]:
        if not (0 < i and found[i - 1].kind == META and P.PHOTO_LIST_LABEL.match(found[i].text)):
            continue
        end = i + 1
        while end < len(found) and end - i <= P.PICTURE_CAPTION_MAX_BLOCKS and is_listed_caption(found[end]):
            end += 1
        if end > i + 1 and (end == len(found) or found[end].kind != PARA):    # (no paragraph of text goes on under them)
            for k in range(i, end):
                found[k] = as_kind(found[k], CAPTION)
    return found


def is_listed_caption(u: Unit) -> bool:
    """Whether a unit reads as a photo's caption in a list of them: one sentence, as short as a caption."""
    return (u.kind == PARA and len(u.text) <= P.SET_APART_CAPTION_MAX and u.text[-1:] in P.SENTENCE_MARKS
            and not any(mark in u.text[:-1] for mark in P.SENTENCE_MARKS))


def is_cartoon_title_over(above: Unit, credit: Unit) -> bool:
    """Whether `above`, one short line with no sentence mark (“一站式”), is the title of the cartoon whose credit
    line (漫画/程 未) is `credit`: the cartoon's caption, no heading of the text around it nor a title (qa186)."""
    return (above.kind in (PLAIN, HEADING) and above.n_lines == 1 and len(above.text) <= P.CARTOON_CREDIT_TITLE_MAX_CHARS
            and is_cartoon_credit(credit.text) and not any(c in P.SENTENCE_MARKS for c in above.text))


def is_cartoon_credit(text: str) -> bool:
    """Whether a line is a cartoon's credit (漫画/程 未, 程未/漫画), its first or last character tested first."""
    return ((text[:1] in P.CARTOON_CREDIT_FIRSTS or text[-1:] in P.CARTOON_CREDIT_LASTS)
            and P.CARTOON_CREDIT_LINE.match(text) is not None)


def is_wrapped_day_caption(u: Unit) -> bool:
    """Whether a paragraph over a photo's credit line is the photo's caption wrapped over a few lines (5月10日，游客在…体验
    采茶。近年来，…增收。): it opens with the day the picture was taken, like a one-line caption, and is as short as a
    caption, WRAPPED_CAPTION_MAX_LINES lines and WRAPPED_CAPTION_MAX_CHARS characters at most (qa167)."""
    return (1 < u.n_lines <= P.WRAPPED_CAPTION_MAX_LINES and len(u.text) <= P.WRAPPED_CAPTION_MAX_CHARS
            and u.text[-1:] in P.SENTENCE_MARKS and P.CAPTION_DATE_OPENING.match(u.text) is not None)


def strip_captions_end(found: list[Unit], credit: int) -> int:
    """Where a strip of photos under one picture label (图片新闻: a caption, its credit, the next caption, its credit …)
    ends, from the first photo's credit: each caption of one or two short blocks closed by a photo's credit line is
    the strip's, not a paragraph of the article printed after it (qa140). The index past the last credit."""
    end = credit + 1
    while (nxt := next_strip_credit(found, end)) is not None:
        end = nxt + 1
    return end


def next_strip_credit(found: list[Unit], start: int) -> int | None:
    """The index of the photo credit that closes a caption of at most PICTURE_CAPTION_MAX_BLOCKS short blocks (one
    or two lines, each ending a sentence) from `start`, or None."""
    k = start
    while (k < len(found) and k - start < P.PICTURE_CAPTION_MAX_BLOCKS and found[k].kind == PARA
           and found[k].n_lines <= 2 and found[k].text[-1:] in P.SENTENCE_MARKS):
        k += 1
    if k == start or k >= len(found) or found[k].kind != CAPTION or not is_photo_credit_line(found[k].text):
        return None
    return k


def is_photo_credit_line(text: str) -> bool:
    """Whether a line is a photo's credit, bare (本报记者 马 骁 摄) or in brackets (（本报记者 马 骁 摄）, qa119)."""
    return (P.PHOTO_CREDIT_LINE.match(text) is not None
            or (text.startswith(P.BRACKET_OPENERS) and P.BRACKETED_PHOTO_CREDIT_LINE.match(text) is not None))


def with_caption_notes(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """The note and source lines right under a table's or figure's numbered caption (表1 … / 注：… / 资料来源：…), or
    under a table's caption labelled without a number (图表：… / 数据来源：…, qa167), go with the caption, also when the
    table's rows, extracted a row a line, stand between (rows_end): they describe the table, which is not in the text,
    and would otherwise be paragraphs of the article between its own. (The rows stay as they are: a report may print
    them as its text. Only the few captions are visited; each takes the short note blocks that follow it.)"""
    for i in positions(kinds, CAPTION):
        if not (P.NUMBERED_CAPTION.match(found[i].text) or P.LABELLED_TABLE_CAPTION.match(found[i].text)
                or P.CONTINUED_TABLE_CAPTION.match(found[i].text)):
            continue
        start = i + 1
        if start < len(found) and found[start].kind in (PLAIN, HEADING) and P.TABLE_UNIT_LINE.match(found[start].text):
            found[start] = as_kind(found[start], CAPTION)     # 单位：亿元 under the caption: the caption's (qa209)
            start += 1
        k = three_column_rows_end(found, start)
        for j in range(start, k):
            found[j] = as_kind(found[j], PARA)      # a three-column table's rows: text, no heading over the rest (qa195)
        k = rows_end(found, k)
        cells = table_cells_under(found, i)
        if cells:
            k = max(k, cells.stop)  # (a figure's values and labels, a cell a line: its source line under them, qa199)
        while k < len(found) and is_caption_note(found[k]):
            found[k] = as_kind(found[k], CAPTION)
            k += 1
        for j in cells:
            found[j] = as_table_cell(found[j])
    return found


def with_notes_under_table_rows(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A table's note or source line (注：…, 资料来源：…) right under TABLE_ROWS_OVER_NOTE_MIN rows or more of a table
    extracted a row a line, with no numbered caption over the table (with_caption_notes took those), goes with the
    captions: it describes the table, it is no paragraph of the text (qa204). A row of dashes and bracketed words
    (单位…降低（%） — — 〔省下达目标〕 〔约束性〕) has its cells but no number; one row with a number at least. Only units
    opening with a note's first character are tried."""
    n = P.TABLE_ROWS_OVER_NOTE_MIN
    for i, u in enumerate(found):
        if (i >= n and u.text[:1] in P.CAPTION_NOTE_INITIALS and is_caption_note(u)
                and all(is_cells_row_unit(found[j]) for j in range(i - n, i))
                and any(is_table_row_unit(found[j]) for j in range(i - n, i))):
            found[i] = as_kind(u, CAPTION)
    return found


def is_cells_row_unit(u: Unit) -> bool:
    """Whether a unit is one line of four cells or more apart by spaces (has_table_cells), numbers in them or not."""
    return u.kind in (PARA, PLAIN) and u.n_lines == 1 and " " in u.text and has_table_cells(u.text)


# The kinds a table's cell, one a line, is read as: a short unmarked line, or a byline (单位, 万亿元 pass for names).
TABLE_CELL_KINDS = (PLAIN, BYLINE)


def table_cells_under(found: list[Unit], i: int) -> range:
    """The lines right under found[i] (a table's numbered caption, or the paragraph leading into it) that are the
    table's cells, extracted one a line (年度 / 2026年 / 20 / 开展试点，形成建设标准): a run of short unmarked lines that
    end no sentence, one of them a number. Read as heading lines, the last two would open a section (a number over a
    heading's words). Empty if none."""
    k = i + 1
    while (k < len(found) and found[k].kind in TABLE_CELL_KINDS and len(found[k].text) <= P.TABLE_CELL_MAX_CHARS
           and found[k].text[-1:] not in P.SENTENCE_MARKS):
        k += 1
    cells = range(i + 1, k)
    if len(cells) < P.TABLE_CELL_RUN_MIN or not any(P.TABLE_NUMBER_CELL_LINE.match(found[j].text) for j in cells):
        return range(0)
    return cells


def with_table_cells_under_leads(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A table extracted one cell a line with no caption, right under the paragraph that leads into it (…具体安排如下：)
    or under the label of the plan's box that holds it (专栏1 主要指标): its cells as table_cells_under finds them, a
    longer run with more number cells (no caption vouches for a table). They go with the captions: the table is not in
    the text. (Only plain lines under such a lead, or box labels, are tried.)"""
    for i in positions(kinds, PLAIN):
        if found[i].text.startswith(P.BOX_LABEL_PREFIX):
            lead = i                      # a plan's box label (专栏1 主要指标) over the table it holds
        elif i and found[i - 1].kind == PARA and found[i - 1].text[-1:] in P.TABLE_LEAD_LAST:
            lead = i - 1
        else:
            continue
        if found[lead].kind in (PLAIN, PARA):
            cells = table_cells_under(found, lead)
            if (len(cells) >= P.UNCAPTIONED_TABLE_CELLS_MIN
                    and sum(P.TABLE_NUMBER_CELL_LINE.match(found[j].text) is not None for j in cells) >= 2):
                for j in cells:
                    found[j] = as_table_cell(found[j])
    return found


def with_two_column_rows(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A two-column table's head row and rows (TWO_CELL_ROW: 工作项目 目标时间 / 完成业界咨询 2026年第一季), TWO_CELL_ROWS_MIN
    plain lines in a row or more: text, one paragraph a row, as a wider table's rows are; not headings nor furniture
    (qa142). (Only plain lines with one space are tried.)"""
    run: list[int] = []
    for i in positions(kinds, PLAIN):
        text = found[i].text
        if text.count(" ") != 1 or found[i].n_lines != 1 or not P.TWO_CELL_ROW.match(text):
            continue
        run = [*run, i] if run and i == run[-1] + 1 else [i]
        if len(run) == P.TWO_CELL_ROWS_MIN:
            for j in run:
                found[j] = as_kind(found[j], PARA)
        elif len(run) > P.TWO_CELL_ROWS_MIN:
            found[i] = as_kind(found[i], PARA)
    return found


def with_cartoon_credits(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A byline right under a cartoon's label (漫画 / 作者：方 舟) credits the cartoon: the label and the credit are a
    caption, and so is the cartoon's title on its own line over a bare label, not a byline signing the piece before
    as a second author (qa166). Only the few bylines are visited, and only a label holding the word 漫画 is tried."""
    for i in positions(kinds, BYLINE):
        if i == 0 or P.CARTOON_WORD not in (label := found[i - 1]).text or not P.CARTOON_LABEL_LINE.match(label.text):
            continue
        found[i - 1], found[i] = as_caption(label), as_caption(found[i])
        if i > 1 and is_cartoon_title(found[i - 2], label.text):
            found[i - 2] = as_caption(found[i - 2])
    return found


def is_cartoon_title(u: Unit, label: str) -> bool:
    """Whether `u` is a cartoon's title over its bare label (“材料越报越多” / 漫画): one short line ending no sentence."""
    return (P.CARTOON_WORD.strip("（()）") == label.strip("（()）") and u.n_lines == 1
            and len(u.text) <= P.CARTOON_TITLE_MAX_CHARS and u.text[-1:] not in P.SENTENCE_MARKS and u.kind != BYLINE)


def as_caption(u: Unit) -> Unit:
    """The unit read as a caption: no byline, however much it reads as one."""
    return as_kind(u, CAPTION)._replace(byline=None, weak_byline=False)


def as_table_cell(u: Unit) -> Unit:
    """A table's cell, one a line, read with the captions: no byline, however much a word of it reads as a name."""
    return as_kind(u, CAPTION)._replace(byline=None, weak_byline=False)


def is_table_row_unit(u: Unit) -> bool:
    """Whether a unit is one row of a table extracted a row a line, its cells apart by spaces (reflow.is_table_row): under
    a table's caption, the caption's notes come after such rows (qa84)."""
    return u.kind in (PARA, PLAIN) and u.n_lines == 1 and " " in u.text and is_table_row(u.text)


def rows_end(found: list[Unit], k: int) -> int:
    """Where the rows of a table extracted a row a line (指标 2022年 2023年 / 农村网络零售额 986 1140, cells apart by
    spaces) that start at `k`, under the table's caption, end: `k` itself if none start there (qa84)."""
    if k + 1 < len(found) and is_table_head_row(found[k]) and is_table_row_unit(found[k + 1]):
        k += 1
    while k < len(found) and is_table_row_unit(found[k]):
        k += 1
    return k


def three_column_rows_end(found: list[Unit], k: int) -> int:
    """Where the rows of a three-column table (THREE_CELL_ROW: 变项 定义 资料来源 / 就医距离 病人户籍地至… 健保申报资料 / …),
    its head row too, that start at `k` under the table's caption end: `k` itself where fewer than THREE_CELL_ROWS_MIN
    start there (reflow.three_column_rows_under_captions set each on a block of its own)."""
    j = k
    while (j < len(found) and found[j].kind in (PARA, PLAIN) and found[j].n_lines == 1 and found[j].text.count(" ") == 2
           and P.THREE_CELL_ROW.match(found[j].text)):
        j += 1
    return j if j - k >= P.THREE_CELL_ROWS_MIN else k


def is_table_head_row(u: Unit) -> bool:
    """Whether a unit may be a table's head row, short cells apart by spaces with no number (TABLE_HEAD_ROW)."""
    return u.kind in (PARA, PLAIN) and u.n_lines == 1 and " " in u.text and P.TABLE_HEAD_ROW.match(u.text) is not None


def is_caption_note(u: Unit) -> bool:
    """Whether a unit is a short note or source line of the kind set under a table (注：…, 资料来源：…)."""
    return (u.kind in (PARA, PLAIN, NOTES) and u.n_lines <= 2 and u.text[:1] in P.CAPTION_NOTE_INITIALS
            and P.CAPTION_NOTE_LINE.match(u.text) is not None)


def places_people_in_picture(text: str) -> bool:
    """Whether a one-line sentence says where in the picture someone stands (林某（右）在…了解情况。): a caption's
    words, not the last line of a paragraph, whatever it opens with (qa126)."""
    return text[-1:] in P.SENTENCE_MARKS and P.CAPTION_POSITION_MARK.search(text) is not None


def caption_set_apart(found: list[Unit], k: int) -> bool:
    """Whether the one-line block found[k], over a photo's credit line, is set apart from any text above it: the
    page's first block, or one under furniture, a credit or a byline (（本报记者 闵 浩 采写） / 卓晓楠在…接受采访。 / 本报记者
    闵 浩 摄). A sentence between a piece's closing credit and a photo credit is the photo's caption, whatever
    it opens with; under a paragraph it may be the text's last line, so that needs a day (qa58)."""
    return (found[k].text[-1:] in P.SENTENCE_MARKS and len(found[k].text) <= P.SET_APART_CAPTION_MAX
            and (k == 0 or found[k - 1].kind in RESIDUAL or found[k - 1].kind == BYLINE))


def mark_picture_label_over(found: list[Unit], top: int) -> None:
    """A picture label (图片新闻) right over a caption found by its own words (图为…, or 3月9日，… over its credit) is the
    caption's too: left a plain line, it would join the end-printed title of the text above it (qa263)."""
    if top and found[top - 1].kind in (PLAIN, HEADING) and P.PICTURE_LABEL.match(found[top - 1].text):
        found[top - 1] = as_kind(found[top - 1], CAPTION)


def labelled_caption_top(found: list[Unit], credit: int) -> int | None:
    """Where a caption set under a picture label (图片新闻) begins, when a photo's credit on a line of its own (本报记者
    马 骁 摄) closes it: the label's index, if at most PICTURE_CAPTION_MAX_BLOCKS short blocks (one or two lines)
    lie between label and credit; else None. A caption of two sentences on lines of their own reads as paragraphs,
    which the label, not their first words, tells apart (qa56)."""
    k = credit - 1
    while k >= 0 and credit - k <= P.PICTURE_CAPTION_MAX_BLOCKS and found[k].kind == PARA and found[k].n_lines <= 2:
        k -= 1
    if k == credit - 1 and k > 0 and is_day_caption_under_label(found[k]):
        k -= 1      # one longer caption opening with the day, wrapped in the picture's narrow column (qa186)
    if k < 0 or k == credit - 1 or found[k].kind not in (PLAIN, HEADING) or not P.PICTURE_LABEL.match(found[k].text):
        return None
    return k


def is_day_caption_under_label(u: Unit) -> bool:
    """Whether a paragraph of more than two lines between a picture label (图片新闻) and a photo's credit is the
    photo's caption: it opens with the day the picture was taken (11月22日，游客在…) and is as short as a caption,
    WRAPPED_CAPTION_MAX_CHARS characters at most, however many lines its narrow column wraps it over."""
    return (u.kind == PARA and len(u.text) <= P.WRAPPED_CAPTION_MAX_CHARS and u.text[-1:] in P.SENTENCE_MARKS
            and P.CAPTION_DATE_OPENING.match(u.text) is not None)


def is_caption_wrapped_over(first: Unit, rest: Unit) -> bool:
    """Whether `first`, one line that opens a caption (图为…) and stops mid-sentence, and `rest`, one line that ends
    its sentence, are together one photo caption (图为东江省平川县农民在 / 智能育秧工厂查看秧苗长势。) over its credit line,
    wrapped in the photo's narrow column: a picture set amid a column, which may cut a paragraph mid-sentence
    (with_paragraphs_across_captions then joins the two halves), no heading or paragraphs of the text (qa119)."""
    return (rest.kind == PARA and rest.n_lines == 1 and rest.text[-1:] in P.SENTENCE_MARKS
            and first.kind in (PARA, PLAIN, HEADING) and first.n_lines == 1 and first.text.startswith(P.CAPTION_OPENING)
            and first.text[-1:] not in P.SENTENCE_MARKS and P.CAPTION.match(first.text + rest.text) is not None)


def wraps_into_caption(above: Unit, u: Unit) -> bool:
    """Whether `above`, one line that opens a caption (图为…) and stops mid-sentence, is the first line of caption u
    (…长势。 本报记者 邓晓川 摄), wrapped in the photo's narrow column and parted from its rest by the PDF layout's
    blank line: the caption's first line, no heading or paragraph (qa35, session 11)."""
    return (above.kind in (PARA, PLAIN, HEADING) and above.n_lines == 1 and above.text.startswith(P.CAPTION_OPENING)
            and above.text[-1:] not in P.SENTENCE_MARKS and not P.PHOTO_CREDIT_LINE.match(u.text))


def with_key_points_labels(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """The label right over a box of key points (核心观点 over ◆ lines, pull quotes) is furniture like the box,
    which is no text of the article, not a section heading over the text under the box. Only the units over
    a pull quote are visited (list.index finds the quotes in `kinds`; the passes before make none)."""
    for i in positions(kinds, QUOTE):
        if i and found[i - 1].kind in (PLAIN, HEADING) and P.KEY_POINTS_LABEL.match(found[i - 1].text):
            found[i - 1] = as_kind(found[i - 1], CREDIT)
    # 核心观点 over a paragraph or two set in a column clearly narrower than the text under them: the box of key
    # points beside the text, a pull quote set without its ◆, so furniture too (over text at the text's own width,
    # as in a brief, it is the box's section heading). Only the label headings are visited (qa120).
    for i in positions(kinds, HEADING):
        if (found[i].text[:1] in P.KEY_POINTS_LABEL_INITIALS and P.KEY_POINTS_LABEL.match(found[i].text)
                and (end := narrow_paragraphs_end(found, i + 1))):
            found[i] = as_kind(found[i], CREDIT)
            found[i + 1:end] = [as_kind(u, QUOTE) for u in found[i + 1:end]]
    return found


def narrow_paragraphs_end(found: list[Unit], start: int) -> int:
    """Where the paragraphs from `start` (at most KEY_POINTS_BOX_MAX_PARAS, in one column) end when they are set at
    most four fifths as wide as the wrapped paragraph right under them (a box over the text), or 0."""
    if start >= len(found) or found[start].kind != PARA:
        return 0
    end, width = start + 1, found[start].width
    while (end < len(found) and found[end].kind == PARA and abs(found[end].width - width) <= 1.0
           and end - start < KEY_POINTS_BOX_MAX_PARAS):
        end += 1
    text = found[end] if end < len(found) else None
    return end if text is not None and text.kind == PARA and text.n_lines >= 2 and width <= 0.8 * text.width else 0


def with_boxes_and_inline_notes(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """Two kinds of lines a theory page sets under or beside an article's text, found by one scan of first
    characters (qa47):
    - a notes label with its first entry on the same line (注释：①…): a single footnote under the text is its
      notes as much as a 注释： line over entries is (with_notes);
    - a paragraph opened by a box's label (知识链接：…), or a label line over a paragraph (名词解释 / 高标准农田：…,
      学术观点 / …; a label read as a credit, 知识链接, only amid one column of text: is_box_amid_text, qa97),
      set in a column clearly narrower than the text before it: a box beside the article, like a pull quote: no
      text of the article, and no article of its own that the title and byline printed after the article's text
      could take. (On a page of one width, such a paragraph stays text.)"""
    for i in indexes(map(P.BOX_OR_NOTES_INITIAL_QA97, map(TEXT, found))):
        text = found[i].text
        if kinds[i] in NOTE_ENTRY_KINDS and P.INLINE_NOTES.match(text):
            as_notes_from(found, i)
        elif kinds[i] in NOTE_ENTRY_KINDS and text[:1] in P.ACKNOWLEDGEMENTS_INITIALS and (n := acknowledgements_units(found, i)):
            found[i:i + n] = [as_kind(u, NOTES) for u in found[i:i + n]]   # 致谢：感谢…: the paper's acknowledgements (qa255)
        elif kinds[i] == PARA and P.BOX_PARAGRAPH.match(text) and is_box_column(found, i):
            as_box(found, kinds, i, i)
        elif (kinds[i] in (PLAIN, CREDIT) and (first := box_paragraph_under_label(found, kinds, i)) is not None
              and (kinds[i] == PLAIN or is_box_amid_text(found, kinds, i, first))):
            as_box(found, kinds, i, first)               # 名词解释 / 高标准农田：指…: the label over the box
    return found


def acknowledgements_units(found: list[Unit], i: int) -> int:
    """How many units from `i` are a paper's acknowledgements: 1 for a paragraph opening with their label (致谢：感谢…,
    ACKNOWLEDGEMENTS_PARAGRAPH), 2 for the label alone on its line (致 谢, ACKNOWLEDGEMENTS_LABEL_LINE) over a paragraph
    that thanks; else 0."""
    text = found[i].text
    if found[i].kind == PARA:
        return 1 if P.ACKNOWLEDGEMENTS_PARAGRAPH.match(text) else 0
    under = found[i + 1] if i + 1 < len(found) else None
    return 2 if (under is not None and under.kind == PARA and P.ACKNOWLEDGEMENTS_THANKS in under.text
                 and P.ACKNOWLEDGEMENTS_LABEL_LINE.match(text)) else 0


def with_text_width_boxes(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A box labelled on a line of its own (新闻链接, 背景链接, 名词解释) amid an article's text and set at the text's
    width: the label, the box's title line if any (什么是…) and the paragraph under them are the box, no text of the
    article and no section of it, when the article's text goes on under that paragraph. Its column does not tell the
    box's end, so only its first paragraph is taken (a narrower box is measured: with_boxes_and_inline_notes). Only
    the labels (credits or plain lines) are visited (qa92)."""
    for i in sorted([*positions(kinds, CREDIT), *positions(kinds, PLAIN)]):
        if not (0 < i and found[i - 1].kind == PARA and found[i].kind in (CREDIT, PLAIN)
                and found[i - 1].text[-1:] in P.SENTENCE_MARKS
                and (P.BOX_LABEL_LINE.match(found[i].text) or P.BOX_LABEL_LINE_BARE.match(found[i].text))):
            continue                                     # (a text cut mid-sentence may go on under the label)
        first = i + 1
        if first < len(found) and found[first].kind == PLAIN and found[first].text[-1:] not in P.SENTENCE_MARKS:
            first += 1                                   # the box's title (什么是数据资产入表)
        if (first + 1 < len(found) and found[first].kind == PARA and text_goes_on_after_box(found, first + 1, i)
                and not narrower_than_text_before(found, first)):
            found[i:first + 1] = [as_kind(u, QUOTE) for u in found[i:first + 1]]
    return found


def text_goes_on_after_box(found: list[Unit], k: int, label: int) -> bool:
    """Whether the article's text goes on at unit k, right under a box's paragraph (with_text_width_boxes): a
    paragraph, or the next section's heading of a line or two over one set in the column of the text over the box's
    label (知识链接 / 公平竞争审查制度 / the box's paragraph / 优化监管方式 / 营造公平竞争的市场环境 / the text): a box
    between two sections is no more the article's text, nor its title a section, than one amid a section (qa106)."""
    if found[k].kind == PARA:
        return not in_box_column(found, k, label)
    m = k
    while m < len(found) and m - k < BOX_RESUME_HEADING_LINES and found[m].kind == PLAIN:
        m += 1
    return (k < m < len(found) and found[m].kind == PARA
            and abs(found[m].width - found[label - 1].width) <= 1.0)


def in_box_column(found: list[Unit], k: int, label: int) -> bool:
    """Whether the paragraph at k, under a box's first paragraph, is wrapped in that paragraph's column and the box's
    column differs from the text's over the label: the box's second entry (相关链接 / two paragraphs a little narrower
    than the report), not the text going on, so the box is no box amid the text but one at its end (qa219)."""
    box, text = found[k - 1].width, found[label - 1].width
    return (found[k].n_lines >= BOX_ENTRY_LINES_MIN and abs(box - text) > BOX_COLUMN_MARGIN
            and abs(found[k].width - box) < abs(found[k].width - text))


def with_roundup_signatures(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A signature on a dash line naming the speaker before the affiliation (——邵某（某大学教授）) under a view in a
    roundup (专家观点, maybe a title line, then paragraphs each closed by such a line) signs that view as a roundup's
    signature (——某大学教授 邵某) does: a subtitle-like line of the roundup, no byline starting an article (qa92).
    Only the bylines on dash lines are visited."""
    for i in positions(kinds, BYLINE):
        if found[i].text[:1] not in P.DASH_SIGNATURE_INITIALS or not P.DASH_SIGNATURE.match(found[i].text):
            continue
        j = i - 1
        while j > 0 and (found[j].kind == PARA or is_dash_line(found[j])):
            j -= 1
        end = i + 1
        while end < len(found) and (found[end].kind == PARA or is_dash_line(found[end])):
            end += 1
        label = j - 1 if j > 0 and found[j].kind == PLAIN and not P.ROUNDUP_LABEL.match(found[j].text) else j
        if (j < i - 1 and 0 < label and found[label].kind == PLAIN and found[label - 1].kind == PARA
                and P.ROUNDUP_LABEL.match(found[label].text)     # (after a text, as articles.roundup_at has it)
                and sum(map(is_dash_line, found[j + 1:end])) >= P.ROUNDUP_MIN_VIEWS):
            found[i] = as_kind(found[i], SUBTITLE)._replace(byline=None)
    return found


def is_dash_line(u: Unit) -> bool:
    """Whether a unit is a line opening with a dash read as a byline or a subtitle (a view's signature)."""
    return u.kind in (BYLINE, SUBTITLE) and u.text[:1] in P.DASH_SIGNATURE_INITIALS


def box_paragraph_under_label(found: list[Unit], kinds: list[str], i: int) -> int | None:
    """Where the paragraph of a box starts under a box's label line at `i` (名词解释, 链接): right under it, or under
    the one line naming the term it explains (名词解释 / 县域富民产业 / 指…, qa71), set in a narrower column than
    the text before it. None when the line is no box's label or no such paragraph follows."""
    text = found[i].text
    if not (P.BOX_LABEL_LINE_QA97.match(text) or P.BOX_LABEL_LINE_BARE.match(text)):
        return None
    first = i + 1
    if first < len(found) and kinds[first] == PLAIN and P.BOX_TERM_LINE.match(found[first].text):
        first += 1                                       # the term's line between the label and its paragraph
    if first < len(found) and kinds[first] == PARA and is_box_column(found, first):
        return first
    return None


def is_box_amid_text(found: list[Unit], kinds: list[str], i: int, first: int) -> bool:
    """Whether the box under a label read as a credit line (知识链接, 相关链接, 延伸阅读: chrome on a web page) stands amid
    one article's text: a paragraph right over the label, and right under the box's paragraphs the text going on in
    that paragraph's column (a box at the end of a text, over a title or another column's text, is a piece of its own
    or the next article's neighbour, which the articles stage reads) (qa97)."""
    end = first + 1
    while end < len(found) and kinds[end] == PARA and found[end].width <= found[first].width + 1:
        end += 1
    return (i > 0 and kinds[i - 1] == PARA and end < len(found) and kinds[end] == PARA
            and abs(found[end].width - found[i - 1].width) <= 1.0)


def as_box(found: list[Unit], kinds: list[str], start: int, first: int) -> None:
    """Read the units from `start` as a box: through the paragraph at `first` and the paragraphs after it in the
    box's column (its further entries, 网格化管理：…), up to the text that is wider again."""
    end = first + 1
    while end < len(found) and kinds[end] == PARA and found[end].width <= found[first].width + 1:
        end += 1
    if end < len(found) and kinds[end] == NOTE and is_source_note(found[end].text):
        end += 1                                         # （资料来源：…）: the box's credit closes it (qa161)
    if text_or_head_after(kinds, end):
        found[start:end] = [as_kind(u, QUOTE) for u in found[start:end]]


def is_source_note(text: str) -> bool:
    """Whether a note only credits a source (（资料来源：…）, （摘自《…》）): a box's last line, no note on an author."""
    return text[:1] in "（(" and bool(P.SOURCE_NOTE.match(text))


def text_or_head_after(kinds: list[str], end: int) -> bool:
    """Whether text goes on right after a box ending at `end` (the box stands amid an article's text), or title
    lines and a byline come before any text (the head or end-printed title of an article). Under a box that a
    column's label then text follow (学习笔记 / …), the box may end an article that the label's text does not
    continue: split_on_narrow_box reads it there."""
    k = end
    while k < len(kinds) and kinds[k] in (PLAIN, QUOTE):
        k += 1
    return k < len(kinds) and (kinds[k] == BYLINE or kinds[k] == PARA and k == end)


def is_box_column(found: list[Unit], i: int) -> bool:
    """Whether the paragraph at `i` is wrapped in a column clearly narrower than the text before it."""
    return found[i].n_lines > 1 and narrower_than_text_before(found, i)


def narrower_than_text_before(found: list[Unit], i: int) -> bool:
    """Whether the unit at `i` is set at most four fifths as wide as the last paragraph or note before it."""
    before = next((found[k] for k in range(i - 1, -1, -1) if found[k].kind in (PARA, NOTE)), None)
    return before is not None and found[i].width <= 0.8 * before.width


def as_kind(u: Unit, kind: str) -> Unit:
    """The unit read as one of another kind of text: no longer a heading or an item."""
    return u._replace(kind=kind, heading=None, marker=None, family=None)


def with_contents_heading(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """The 目录 line right over the first entry of a table of contents goes with the entries (page
    furniture, not the document's title or a section). So does an entry's first line where a long entry wraps before its
    leader (三、…的路径：以产地仓为支点推动 / 设施网络化运营 ……… 3), under the entry or the 目录 line above it: it read as a
    heading and opened a section (qa230). Only the unit before each entry is looked at."""
    for i in positions(kinds, CONTENTS):
        j = i - 1
        if j > 0 and found[j].kind in (PLAIN, HEADING) and is_contents_or_label(found[j - 1]):
            found[j] = as_kind(found[j], CONTENTS)
            j -= 1
        if j >= 0 and found[j].kind in (PLAIN, HEADING) and P.TOC_HEADING.match(found[j].text):
            found[j] = as_kind(found[j], CONTENTS)
    return found


def is_contents_or_label(u: Unit) -> bool:
    """Whether a unit is an entry of a table of contents or the 目录 line over them."""
    return u.kind == CONTENTS or u.kind in (PLAIN, HEADING) and P.TOC_HEADING.match(u.text) is not None


def as_attachment(u: Unit) -> Unit:
    return as_kind(u, ATTACHMENTS)._replace(byline=None)


def with_markdown_title(found: list[Unit]) -> list[Unit]:
    """A Markdown document without a level-1 heading: an unnumbered heading before any text is its title. One whose
    level-1 headings come only after text (an advert or a box appended under its own # heading) keeps its head's
    heading over a line of fields as its title (title_over_late_titles)."""
    if not found:
        return found
    if any(u.kind == TITLE for u in found):
        k = title_over_late_titles(found)
        return found if k is None else titled_at(found, k)
    if len(signed := signed_headings(found)) >= P.SIGNED_HEADINGS_MIN:
        return [u._replace(kind=TITLE, marker=None, family=None) if i in signed else u for i, u in enumerate(found)]
    first = found[0]
    if is_title_heading(first):
        return titled_at(found, 0)
    if (k := title_under_furniture(found)) is not None:
        return titled_at(found, k)
    if is_plain_title_over_fields(found):
        # A page saved as text with its bold runs kept (**（一）加强组织领导。**…, read as Markdown for them): its title
        # is the unmarked first line over its fields or 文号, as on a plain page (qa123).
        return [first._replace(kind=TITLE), *found[1:]]
    return found


def titled_at(found: list[Unit], k: int) -> list[Unit]:
    """The units with the heading at k as the document's title, and a regulation's legislative note right under it
    (（…会议通过）) front matter, as under a # title (with_plan_lines) (qa257)."""
    found = [*found[:k], found[k]._replace(kind=TITLE, marker=None, family=None), *found[k + 1:]]
    if k + 1 < len(found) and is_legislative_note_paragraph(found[k + 1]):
        found[k + 1] = as_kind(found[k + 1], CREDIT)
    return found


def signed_headings(found: list[Unit]) -> set[int]:
    """The indexes of the Markdown headings (## 某某) right over a labelled byline (作者：某某, 文/某某): on a page of
    columns with no level-1 heading (a news app's op-ed page), each such heading titles a signed piece of its own, not
    a section of the piece before it; a section's heading has text under it, not a byline (qa233)."""
    kinds = list(map(KIND, found))
    return {i - 1 for i in positions(kinds, BYLINE)
            if i > 0 and found[i - 1].kind == HEADING and (found[i - 1].marker or "").startswith("#")
            and P.LABELLED_BYLINE.match(found[i].text)}


def title_under_furniture(found: list[Unit]) -> int | None:
    """The index of a web page's ## title under its furniture (a breadcrumb, 首页 > 新闻中心 > …) and over its line of
    fields (来源：… 时间：…): a portal saved as Markdown sets its title as an h2 when the site's name is its h1 and that
    is left out; the fields under it tell it from a section (qa196), and so does a regulation's legislative note
    (（…会议通过）, qa257). A bold title line (**…**) and a subtitle between it and its fields (——访…) are read so
    too (qa273). Only the units before the first text are looked at."""
    k = next((i for i, u in enumerate(found) if u.kind != CREDIT), len(found))
    if (0 < k < len(found) - 1 and is_title_heading(found[k])
            and (heads_fields(found, k) or is_legislative_note_paragraph(found[k + 1]))):
        return k
    return None


def title_over_late_titles(found: list[Unit]) -> int | None:
    """The index of the heading that titles a Markdown document's head when its first level-1 heading (# …) comes only
    after text: the first unit under its furniture (a breadcrumb), a bold or # heading over its line of fields, the
    subtitle between them allowed (**…** / ——访… / 来源：…). That # heading titles a piece appended later (an advert, a
    box); without this the text over it, the document's main piece, is residue (qa273). The fields under the heading
    tell it from a box's label over teasers (**观点速览** / > …), which stays what it was."""
    k = next((i for i, u in enumerate(found) if u.kind != CREDIT), len(found))
    if k >= len(found) - 2 or not is_title_heading(found[k]) or not heads_fields(found, k):
        return None
    first_title = next(i for i, u in enumerate(found) if u.kind == TITLE)
    return k if any(u.kind == PARA for u in found[k + 1:first_title]) else None


def is_title_heading(u: Unit) -> bool:
    """Whether a unit is a heading that may title a Markdown page: a # heading or a bold line, not a numbered one."""
    return u.kind == HEADING and (u.family == "bold" or (u.marker or "").startswith("#"))


def heads_fields(found: list[Unit], k: int) -> bool:
    """Whether the unit at k stands right over a line of fields, or over a subtitle right over one (—— / 来源：…)."""
    below = found[k + 1]
    return below.kind == META or (below.kind == SUBTITLE and k + 2 < len(found) and found[k + 2].kind == META)


def is_plain_title_over_fields(found: list[Unit]) -> bool:
    """Whether a Markdown document opens with one unmarked line that looks like a title right over a line of fields
    (a 文号, 发布时间：…, a date): a title over its fields, as a plain page sets it."""
    first = found[0]
    return (len(found) > 1 and first.kind == PARA and first.n_lines == 1 and found[1].kind == META
            and looks_like_title(first.text, P.FIRST_TITLE_MAX_WIDTH))


def looks_like_title(text: str, max_width: float) -> bool:
    """A title may be longer than a heading (关于印发《…》的通知) and may ask or exclaim."""
    return (display_width(text) <= max_width and "。" not in text
            and (not P.CLAUSE_END.search(text) or bool(P.TITLE_END.search(text))))


def is_form_row(text: str) -> bool:
    """Whether a line is a row of a blank form (FORM_FIELD_LINE, FORM_ROW); only a line with a blank, a colon before a
    space or a box (FORM_ROW_MARKS) is tried."""
    return (any(map(text.__contains__, P.FORM_ROW_MARKS))
            and bool(P.FORM_BLANK in text and P.FORM_FIELD_LINE.match(text) or P.FORM_ROW.fullmatch(text)))


def unit(block: Block, markdown: bool) -> Unit:
    text = block.text.strip()
    # Markdown text is looked at once its markup has left, which is after debris is cut.
    if markdown:
        text, debris = without_debris(text)
        base = (block.width, block.n_lines, debris)
        if u := markdown_markup_unit(text, base):
            return u
        if text[:2] == "**" and (m := P.BOLD_NOTE_LABEL_RUN_IN.match(text)):
            text = f"{m.group(1)}：{text[m.end():]}"   # **编者按** 今年…: the label's colon set as a space (qa122)
        lead = bold_lead(text) if text.find("**", 0, P.BOLD_LEAD_PROBE) >= 0 else None
        text = plain_text(text)
        part = start_part(text) if may_start_marked(text) else None
    else:
        lead = None
        if " " in text[:P.STRAY_LABEL_SPAN]:
            text = label_mended(text)
            if text[:1] in P.NOTE_LABEL_FIRSTS and (m := P.SPACED_NOTE_LABEL_RUN_IN.match(text)):
                text = f"{m.group(1)}：{text[m.end():]}"   # 编者按 县域…: the label's colon set as a space (qa244)
            if (text[:1] in P.SPACED_HEADING_MARKER_FIRSTS and block.n_lines == 1
                    and P.SPACED_HEADING_MARKER.match(text) and is_letter_spaced(text)):
                text = P.LETTER_SPACING.sub("", text)   # 三 、 抓 共 建 共 享: a spaced heading and its marker (qa229)
        text, stray = without_stray_question(text) if text[:1] in P.STRAY_QUESTION_MARKS else (text, None)
        part = start_part(text) if may_start_marked(text) else None
        # (only the first part, stray, finds debris)
        text, debris = without_debris(text) if part == "stray" else (text, stray)
        base = (block.width, block.n_lines, debris)
    first, last_char = text[:1], text[-1:]     # (taken once; a pull quote's mark may leave the text after the tests)
    opens = first in UNIT_LEAD_FIRSTS          # (False: no rule below asking `first in P.…` can pass, UNIT_LEAD_FIRSTS)
    if block.n_lines == 1 and is_form_row(text):
        return Unit(PARA, text, *base)     # 单位名称：＿＿＿＿: a row of a blank form, text, no heading or field (qa261)
    if opens and first in P.ARROW_BULLETS and (m := P.ARROW_BULLET_ITEM.match(text)):
        return Unit(PARA, m.group(1), *base)   # ▶ 原汁原味的民俗活动…；: a list's item, its bullet markup (qa188)
    if (opens and first in P.BRACKET_OPENERS and last_char in P.BRACKET_CLOSERS and len(text) <= P.STAGE_NOTE_MAX_CHARS
            and P.STAGE_NOTE_LINE.fullmatch(text)):
        return Unit(STAGE_NOTE, text, *base)   # （掌声）: the hall's applause noted in a transcript, no heading (qa199)
    if (opens and first in P.BRACKET_OPENERS and last_char in P.BRACKET_CLOSERS and "录音" in text
            and P.TRANSCRIPT_NOTE_LINE.fullmatch(text)):
        return Unit(STAGE_NOTE, text, *base)   # （根据录音整理）: how the transcript was taken down, no text (qa246)
    if (opens and first in P.BRACKET_OPENERS and last_char in P.BRACKET_CLOSERS and "删" in text
            and P.CUT_NOTE_LINE.fullmatch(text)):
        return Unit(STAGE_NOTE, text, *base)   # （本文有删节）: the editor's note that the text is cut, no text (qa265)
    if opens and first in P.PHOTO_POINTER_FIRSTS and P.PHOTO_POINTER_CAPTION.match(text):
        return Unit(CAPTION, text, *base)   # ▲ 位于高铁站旁的零工市场。: pointing up at its photo, a caption (qa110)
    if opens and last_char in P.BRACKET_CLOSERS and first in P.BRACKET_OPENERS and P.BRACKETED_PHOTO_CREDIT_LINE.match(text):
        return Unit(CAPTION, text, *base)   # （新华社记者 张 晓 摄）: a photo's credit in brackets, the caption's (qa119)
    if block.n_lines == 1 and (first in P.FOLIO_FIRSTS or last_char in P.FOLIO_LASTS) and is_folio(text):   # (its first
        # test here, saving most a call; a running head may end with the page number beside it: qa243)
        return Unit(FOLIO, text, *base)
    if opens and first == "《" and block.n_lines == 1 and P.BOOK_NOTE_LINE.match(text):
        return Unit(SUBTITLE, text, *base)  # 《书名》 某某 著 某某出版社: the book under a review's title, no title (qa130)
    if opens and block.n_lines == 1 and first in P.UNLABELLED_PAGE_CREDIT_INITIALS and P.UNLABELLED_PAGE_CREDIT_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 责任编辑 何 平 校对 吴 敏: a page's credits without colons, furniture (qa119)
    if block.n_lines == 1 and first == P.HANDLING_MARK_INITIAL and P.HANDLING_MARK_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 内部资料　注意保存: a brief's handling mark, furniture (qa257)
    if block.n_lines == 1 and "一页" in text and P.PAGER_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 上一页 1 2 下一页: a web article's pager where its page broke, chrome (qa93)
    if opens and first in P.REPORT_DATE_FIELD_FIRSTS and block.n_lines == 1 and P.REPORT_DATE_FIELD_LINE.match(text):
        return Unit(META, text, *base)     # 出版日期：2026年10月: a report cover's date field, front matter (qa195)
    if opens and first in P.PLACE_TIME_INITIALS and block.n_lines == 1 and P.PLACE_TIME_LINE.match(text):
        return Unit(META, text, *base)     # 香港时间16时30分: a press release's time of issue under its date (qa238)
    if opens and first in P.COLUMN_FIELD_INITIALS and P.COLUMN_FIELD_LINE.match(text):
        return Unit(META, text, *base)     # 专栏：城市笔记 作者：… 来源：…: a web page's line of fields (qa151)
    if text[-1:].isdecimal() and is_contents_entry(text):    # (its own first test, here saving most units a call)
        return Unit(CONTENTS, text, *base)
    if opens and block.n_lines == 1 and first in P.BRACKETED_BUTTON_FIRSTS and P.BRACKETED_BUTTON_ROW.match(text):
        return Unit(CREDIT, text, *base)   # 【纠错】 【打印】 【关闭】: a row of buttons, chrome, before its first cell
        # reads as a bracketed heading's marker (qa188)
    if block.n_lines == 1 and (first in P.CARTOON_CREDIT_FIRSTS or last_char in P.CARTOON_CREDIT_LASTS) and is_cartoon_credit(
            text):    # (its first test here, saving most one-line units a call)
        return Unit(CAPTION, text, *base)   # 漫画/程 未: a cartoon's credit, a caption as a photo's is, no byline (qa186)
    if opens and first in P.CONTINUED_TABLE_INITIALS and block.n_lines == 1 and P.CONTINUED_TABLE_CAPTION.match(text):
        return Unit(CAPTION, text, *base)   # 续表1: a table's caption repeated over its rest on the next page (qa189)
    if opens and first in P.SHORT_DISTRIBUTION_INITIALS and (P.SHORT_DISTRIBUTION_LINE.match(text)
                                                  or last_char == "。" and P.DISTRIBUTION_SENTENCE_LINE.match(text)
                                                  or "、" in text and P.PAIRED_DISTRIBUTION_LINE.match(text)):
        return Unit(CREDIT, text, *base)   # 报：…同志 / 送：…厅: a brief's distribution line, a credit (qa201); or closed
        # as a sentence, commas parting its bodies (送：各区县人民政府，市政府各部门。, qa213)
    # (byline_unit's own first test here, saving most units a call: a one-line block's byline is read already, and
    # byline() rules out longer text at once but for an author note, which may run longer (qa255); keep the two alike)
    if (block.byline if block.n_lines == 1 and text == block.text
            else len(text) <= P.BYLINE_MAX_CHARS or text.startswith(P.AUTHOR_NOTE_LABELS)) and (
            u := byline_unit(block, text, base)):
        return u
    if opens and first in P.NOTE_STARS and (P.STARRED_PAPER_FRONT_FIELD.match(text) or P.STARRED_ORIGIN_NOTE.match(text)
                                  or P.STARRED_BRACKETED_FRONT_FIELD.match(text)):
        return Unit(META, text, *base)    # *基金项目：… / *本文系…成果。 / *［基金项目］…: a paper's note cited by a star
        # (qa107, qa153, qa189)
    if first.isdecimal() and block.n_lines == 1 and text[-1:] == "期" and " " in text and is_issue_line(text):
        return Unit(META, text, *base)    # 2 某某学报 第七十一期: a journal's running head with the page number first, whose
        # number would read as a heading's marker (qa170)
    if part in MARKERS_FROM:
        # Neither a stray mark nor furniture (those parts come first): a marker of this family or a later one.
        if u := marked_heading(text, base, MARKERS_FROM[part]):
            return u
    elif part:
        if ((m := P.PULL_QUOTE.match(text)) and block.n_lines < P.PULL_QUOTE_MIN_LINES
                and looks_like_heading(text[m.end():].strip()) and not is_two_line_quote(text, block.n_lines)):
            # A box before a heading-sized line is a bullet (rule 8 debris), not a pull quote; a short
            # quote wrapped over several lines of its narrow column stays a quote.
            frame = text[-1:] if is_framed(text) else ""      # ■…■: the closing mark is debris too (qa236)
            base = (block.width, block.n_lines, (debris or "") + m.group(0) + frame)
            text = text[m.end():len(text) - len(frame)].strip()
        if kind := furniture_kind(text):
            return Unit(kind, text, *base, byline=credits_note_byline(text) if kind == NOTE else None)
        if P.MARKED_LINE.match(text) and (u := marked_heading(text, base)):
            return u
    # (each end is one character: one slice and tuple membership tests, not str.endswith's argument parsing twice)
    last = text[-1:]
    closes = last in UNIT_TAIL_LASTS       # (False: no rule below asking `last in P.…` can pass, UNIT_TAIL_LASTS)
    if closes and last in P.PHOTO_CREDIT_ENDS and (P.PHOTO_CREDIT.search(text) or P.PHOTO_CREDIT_LINE.match(text)):
        return Unit(CAPTION, text, *base)   # …健步。本报记者龚鑫摄 / 本报记者 严文彬 摄: a photo caption, its credit
    if closes and last in P.BRACKETED_PHOTO_CREDIT_END and (P.BRACKETED_PHOTO_CREDIT.match(text)
                                                 or P.GIVEN_PHOTO_CAPTION.match(text)):
        return Unit(CAPTION, text, *base)   # 访谈现场。（摄影：何川） / …参观。（图片由某馆提供）: a caption closed by its credit
    if closes and last in P.CONTRIBUTOR_LINE_ENDS and P.CONTRIBUTOR_LINE.match(text):
        return Unit(CREDIT, text, *base)    # 滇南果蔬集团供稿: the body that supplied the piece, no text (qa68)
    first = text[:1]      # (taken once for the rules below: a membership test beats str.startswith with a tuple)
    # (only the rules the first character opens: most units open with a character none of them does)
    rules = UNIT_RULES_BY_FIRST.get(first)
    if rules is None:
        rules = UNIT_RULES_BY_FIRST[first] = rules_opened_by(first, UNIT_RULES)
    for rule in rules:
        if u := rule(text, last, base, markdown):
            return u
    # (its 号 first, DOC_NUMBER_END, which every gap holds: one character is found at memchr speed, a two-character gap
    # several times slower, and most units hold no 号)
    if P.DOC_NUMBER_END in text and any(map(text.__contains__, P.DOC_NUMBER_GAPS)) and (
            P.DOC_NUMBER_BESIDE_FIELD_LINE.match(text) or P.DOC_NUMBER_BESIDE_LABELLED_FIELDS_LINE.match(text)):
        return Unit(META, text, *base)      # 某政办发〔2026〕5号　　2026年2月27日: the 文号 line, its date beside it (qa123)
        # (or the portal's labelled fields, 某政办明电〔2026〕41号　　发布日期：…　　主题分类：…, qa215)
    if P.SITE_RUNNER_ROLE in text and P.RUNNER_BEFORE_ROLE_FOOTER_LINE.match(text):
        return Unit(CREDIT, text, *base)    # 某市人民政府办公室主办　　某市大数据中心承办: a site's footer, chrome (qa215)
    if closes and last in P.DATED_COMPILING_LASTS and text[:1].isdecimal() and P.DATED_COMPILING_LINE.match(text):
        return Unit(META, text, *base)      # 2026-02-11 整理: the date the byline's reporter wrote the piece up (qa159)
    if first in P.CN_NUM and is_shi_yao_start(text) and (u := item_heading(text, base)):
        return u                            # 一是稳定汽车消费, its text under it: an item's heading line (qa123)
    if lead is None:
        return plain_unit(text, base, markdown)
    u = plain_unit(text, base, markdown)
    return u._replace(lead=lead) if u.kind == PARA else u   # (the bold lead of a paragraph: where its item's title ends)


def bold_lead(text: str) -> str | None:
    """The bold run a Markdown line opens with, after a bullet and a marker at most, when text follows it
    (1. **壮大老年用品制造** 依托… -> 壮大老年用品制造): the lead phrase the bold marks, which no mark may end once the
    markup and the space after it have left (qa226)."""
    m = P.BOLD_LEAD_RUN_IN.match(text)
    return (plain_text(m.group(1)) or None) if m else None


def is_shi_yao_start(text: str) -> bool:
    """Whether a line may open with 一是/二要 (a numeral, then 是 or 要 as its second or third character): two
    character tests rule out most lines before ITEM_SHI_YAO is tried."""
    return text[:1] in P.CN_NUM and (text[1:2] in P.ITEM_SHI_YAO_SECONDS or text[2:3] in P.ITEM_SHI_YAO_SECONDS)


def closing_source(text: str) -> str | None:
    """The publication a closing source line names (（来源：江宁日报　2026年3月5日　第3版） -> 江宁日报), not the paper's
    own desk (（来源：本报综合））."""
    if not (m := P.SOURCE_CLOSING_LINE.match(text) or P.SOURCE_CLOSING_WITH_EDITOR_LINE.match(text)):
        return None                             # (（来源：…）【编辑：…】: the editor's credit after it, qa215)
    name: str = m.group(1) or m.group(2)
    return None if name[:2] in P.SELF_OUTLETS else name


def reprint_source(text: str, data_too: bool = False) -> str | None:
    """The publication a reprinted piece's closing note names (（摘自《东川日报》2026年3月5日） -> 东川日报, （原载《某刊》2026年
    第3期） -> 某刊), not the paper's own (（摘自本报…）); with `data_too`, also the body a data note names (（资料来源：…）),
    which is no publication of the piece (qa95)."""
    if text[:1] not in P.SOURCE_CLOSING_LINE_INITIALS or not (m := P.REPRINT_SOURCE_NOTE.match(text)):
        return None
    if not (data_too or m.group(1)):
        return None
    name: str = m.group(2) or m.group(3)
    return None if name[:2] in P.SELF_OUTLETS else name


def markdown_markup_unit(text: str, base: Base) -> Unit | None:
    """A Markdown block told by its markup (a footnote, an image, an advertisement's label, a heading, a turn, a
    quote), if it is one; else the caller reads its plain text as any other block's."""
    if text.startswith("[^") and P.MD_FOOTNOTE_TEXT.match(text):
        return Unit(NOTES, text, *base)     # [^1]: …: a footnote under the article, a note
    if text[:2] == "![" and (m := P.MD_IMAGE_LINE.match(text)):
        return Unit(CAPTION, m.group(1).strip(), *base)    # ![受访者供图](…): what a picture shows, a caption
    if text[:2] == "**" and "期" in text and (P.BOLD_SERIES_ISSUE_LINE.match(text)
                                              or P.BOLD_MASTHEAD_ISSUE_LINE.match(text)):
        return Unit(META, plain_text(text), *base)   # **北川健康智库** 第6期, **某某观察｜第6期**: the brief's masthead (qa122)
    if text[:1] == "|" and is_numbered_table_row(text):
        return Unit(PARA, plain_text(text), *base)   # | 1 | 编制专项规划 | 市自然资源局 |: a table's row, text (qa122)
    if text.startswith(P.MD_ADVERT_INITIALS) and P.MD_ADVERT_LINE.match(text):
        return Unit(CREDIT, plain_text(text), *base)   # **推广** (…): an advertisement's label, furniture
    if u := markdown_unit(text, base):
        return u
    if text[:1] == ">" and P.MD_PULL_QUOTE.match(text):
        return Unit(QUOTE, plain_text(text), *base)   # > "…": a pull quote, as ■ marks one on a page
    return None


def is_numbered_table_row(text: str) -> bool:
    """Whether a Markdown line is a table's row whose first cell is a number (| 1 | 编制专项规划 | 市自然资源局 |): a row
    of a numbered table (a task list's), text as the other rows are; its cells apart by spaces would read as a
    numbered heading (1 编制专项规划 市自然资源局) and leave the text for the sections (qa122)."""
    return text[-1:] == "|" and "\n" not in text and text[1:].split("|", 1)[0].strip().isdecimal()


def is_two_line_quote(text: str, n_lines: int) -> bool:
    """Whether a ■ block of two lines is a pull quote, not a bulleted heading wrapped once: its sentence runs on
    through a comma or semicolon (■ 城市更新不是简单的“拆旧建新”，而是 / 一场需要…工程). A quote shorter than
    PULL_QUOTE_MIN_LINES lines is still a quote when it reads as one clause going on into another (qa63)."""
    return n_lines == 2 and P.QUOTE_INNER_CLAUSE.search(text) is not None


def is_boxed_quote(text: str, n_lines: int) -> bool:
    """Whether a block wholly in 【】 is a pull quote set in a box (a theory page's call-out in place of
    ■), not a heading in brackets (【坚持系统观念，增强改革的整体性】): as for ■, a quote wrapped over
    PULL_QUOTE_MIN_LINES lines of its narrow column, or over fewer when its words are too long for a
    heading. (Bracketed notes and labels, 【作者：…】, are furniture, told apart before.)"""
    m = P.BRACKETED_HEADING.match(text)
    return m is not None and (n_lines >= P.PULL_QUOTE_MIN_LINES or not looks_like_heading(m.group(1)))


def reporter_label_byline(speaker: str, body: str) -> Byline | None:
    """The byline of a Markdown turn whose label is the reporter's (**记者：** / **本刊记者：**) and whose words are
    only the reporter's name (冉小棠): a line of the guest box that signs the piece, not the reporter's first
    question (**记者：** 您长期在基层调研…, whose words are more than a name)."""
    if len(body) > P.NAME_ONLY_TURN_MAX or not P.REPORTER_TURN_LABEL.match(speaker):
        return None
    found = byline(f"{speaker}：{body}")
    if not found or "".join(body.split()) not in ("".join(found.authors), "、".join(found.authors)):
        return None
    return found


def byline_unit(block: Block, text: str, base: Base) -> Unit | None:
    """The block as a byline, if it is one (`text`: its text as unit() has it now)."""
    # reflow has read the byline of a one-line block's line; byline() rules out longer text at once (unit() makes the
    # same test before calling: keep the two alike)
    if block.n_lines == 1 and text == block.text:
        found = block.byline
    else:
        # (an author note closed by where the piece first appeared may run longer: byline() cuts that sentence, qa255)
        found = byline(text) if len(text) <= P.BYLINE_MAX_CHARS or text.startswith(P.AUTHOR_NOTE_LABELS) else None
    if not found or P.WEB_CHROME.match(text):
        return None        # (关闭, 关注: a page's button under its text, which opens with a surname, no name; qa178)
    weak = len(found.authors) == 1 and not found.source and bool(P.NAME_LINE.match(text))
    return Unit(BYLINE, text, *base, byline=found, weak_byline=weak)


def is_second_contact_line(text: str) -> bool:
    """Whether a short line is a further contact set under a 联系人 line's value (某省财政厅某处　何　峰　电话：025-…):
    an office and a name before a phone field, a line of the text, not a heading or a signature (qa187)."""
    return any(w in text for w in P.CONTACT_PHONE_WORDS) and P.SECOND_CONTACT_LINE.match(text) is not None


def plain_unit(text: str, base: Base, markdown: bool) -> Unit:
    """What is left of unit(): a short unmarked line of plain text (a title, a heading or furniture:
    the segmenter decides), else a paragraph."""
    first, last = text[:1], text[-1:]     # (taken once: most units are paragraphs, which every test below sees)
    # (only the rules the first character opens: most paragraphs open with a character none of them does)
    rules = PLAIN_RULES_BY_FIRST.get(first)
    if rules is None:
        rules = PLAIN_RULES_BY_FIRST[first] = rules_opened_by(first, PLAIN_RULES)
    for rule in rules:
        if u := rule(text, last, base, markdown):
            return u
    if not markdown and "。" not in text and looks_like_heading(text):     # (its first test here, saving most a call)
        return short_line_unit(text, base)
    if markdown and not (first.isalnum() or first == "_") and P.ORNAMENT_LINE.match(text):
        return Unit(CREDIT, text, *base)   # ▼ / ✦ alone in Markdown too: a WeChat page's separator, chrome (qa218)
    if markdown and first in P.ITEM_PAREN_ARABIC_INITIALS and looks_like_heading(text) and (item := item_heading(text, base)):
        return item                        # （1）开展村庄清洁行动 / its text in the paragraph under it: an item's heading
        # line, unbolded: a short Markdown line is no section heading without #, but one numbered in brackets is an
        # item's heading line, as in plain text (1. lines are taken before, as Markdown list items) (qa182)
    if markdown and ((last.isdecimal() and is_outlet_date_line(text))
                     or (last == "日" and is_issue_masthead(text))):
        return Unit(META, text, *base)     # 新南方日报 2025-08-19 08:00 under a Markdown title: publisher and date
    if markdown and ":" in text and P.WECHAT_HEAD_LINE.match(text):
        return Unit(META, text, *base)     # 原创 作者 公众号 *2026年03月06日 07:30* under a Markdown title: a WeChat head
        # line copied with its emphasis, which has left the text (qa152)
    if markdown and text.startswith(P.WECHAT_LABEL) and P.WECHAT_LABEL_LINE.match(text):
        return Unit(META, text, *base)     # 原创 · 江城发布, its date on a line of its own: in Markdown too (qa251)
    if markdown and "期" in text[-P.ISSUE_LINE_END_PROBE:] and is_issue_line(text):
        return Unit(META, text, *base)     # 某某智库专报 2026年第3期（总第40期） under a Markdown title: masthead (qa114)
    if markdown and last == "发" and text.endswith(P.PRINTING_LINE_END) and P.PRINTING_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 某某研究院办公室 2026年5月20日印发: a note's printing line, furniture (qa75)
    if markdown and "。" not in text and is_app_prompt(text):
        return Unit(CREDIT, text, *base)   # [下载某某客户端](…) 阅读更多评论: a news app's prompt in Markdown too, whose short
        # lines are no headings (short_line_unit), chrome (qa233)
    if not markdown and last == "？" and P.QUESTION_HEADING.match(text) and not P.BRACKETED_QUESTION_TURN.match(text):
        return Unit(PARA, text, *base, family=QUESTION)    # a paragraph, unless others like it follow (【问】…？: a turn, qa178)
    # (tuple.__new__ is Unit._make without its Python-level steps: most units are paragraphs)
    return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)


# A rule of unit() or plain_unit() told by the text's first character: (text, its last character, base, markdown) -> the
# unit, or None when the rule does not apply; and what opens it: the characters a text it applies to may begin with, or a
# test of that character.
Rule = Callable[[str, str, Base, bool], Unit | None]
Opens = str | Callable[[str], bool]


def rules_opened_by(first: str, rules: tuple[tuple[Opens, Rule], ...]) -> tuple[Rule, ...]:
    """The rules, in their order, that a text beginning with `first` may meet (first match wins: leaving out the rules
    that cannot apply changes no result). A str opens with its characters as a membership test does, so empty text,
    whose first character is "", opens every rule a str opens."""
    return tuple(rule for opens, rule in rules if (first in opens if isinstance(opens, str) else opens(first)))


def original_title_note(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（原标题：《…》）: the title first printed, a field as 原标题：… is (qa183)."""
    if text.startswith(P.ORIGINAL_TITLE_NOTE_OPENINGS) and P.ORIGINAL_TITLE_NOTE.match(text):
        return Unit(META, text, *base)
    return None


def report_serial_field_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """编号：(114)003.0809: the report's serial number on its cover (qa184)."""
    return Unit(META, text, *base) if P.REPORT_SERIAL_FIELD_LINE.match(text) else None


def unnamed_writer_field(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """撰文：01观点: a writer's field naming a column, front matter (qa134)."""
    return Unit(META, text, *base) if P.UNNAMED_WRITER_FIELD.match(text) else None


def file_field_row(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """索引号 11321-… 发文字号 …〔2025〕27号: a portal's file fields, a table row (qa55)."""
    return Unit(META, text, *base) if " " in text and P.FILE_FIELD_ROW.match(text) else None


def date_counter_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """2025-05-08 08:30 阅读：3265: a date line with a readers' count (qa101)."""
    return Unit(META, text, *base) if P.DATE_COUNTER_LINE.match(text) else None


def date_outlet_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """2026-11-19 07:45 | 某某新闻网 (| 评论员 某某): a news page's date, then its publisher, front matter (qa215)."""
    return Unit(META, text, *base) if P.DATE_OUTLET_LINE.match(text) else None


def related_reading_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """相关解读：《…》政策解读: a link to the document's reading, chrome (qa52)."""
    return Unit(CREDIT, text, *base) if is_related_reading_line(text) else None


def interpreter_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """解读人：某局某科 杨思远 联系电话：…: the reading's author, a note that signs it and leaves the text (qa115)."""
    if m := P.INTERPRETER_LINE.match(text):
        return Unit(NOTE, text, *base, byline=Byline(names(m.group(1))))
    return None


def wechat_the_end_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """-THE END-: a WeChat article's end mark spelt in full, chrome (qa110)."""
    return Unit(CREDIT, text, *base) if last in P.WECHAT_THE_END_LASTS and P.WECHAT_THE_END_LINE.match(text) else None


def bar_source_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """来源 | 清源智库: a WeChat article's source field, no title (qa54)."""
    if text.startswith(P.BAR_SOURCE_INITIALS) and P.BAR_SOURCE_LINE.match(text):
        return Unit(META, text, *base)
    return None


def unbracketed_writer_note(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """作者为某大学教授: an author note without brackets, as （作者系…） (qa62)."""
    return Unit(NOTE, text, *base) if P.UNBRACKETED_WRITER_NOTE.match(text) else None


def copyright_notice(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """【版权声明】凡注明…: a web page's copyright notice, chrome (qa62)."""
    return Unit(CREDIT, text, *base) if P.COPYRIGHT_NOTICE.match(text) else None


def copyright_sign_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """Copyright © 2008-2026 某某网 版权所有: a site's footer, chrome (qa188)."""
    return Unit(CREDIT, text, *base) if P.COPYRIGHT_SIGN_LINE.match(text) else None


def platform_notice(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """特别声明：以上内容仅代表作者本人观点…: a platform's notice, chrome (qa149)."""
    return Unit(CREDIT, text, *base) if P.PLATFORM_NOTICE.match(text) else None


def markdown_guest_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """**嘉宾**：钱立衡，某中心主任: the guest line of a Markdown interview."""
    if markdown and P.GUEST_LINE.match(text) and looks_like_heading(text):
        return Unit(META, text, *base)
    return None


def item_heading_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（1）加快数据资源汇聚：/ its text under it: an item's heading line (qa41)."""
    return item_heading(text, base) if last in P.LEAD_IN_COLONS and not markdown else None


def outlet_date_fields_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """南岭财经 2026-05-27 作者:戚安澜: publisher, date and labelled fields (qa98; before the short lines: a plain-text
    page's line of fields is as short as a heading, qa128)."""
    # (every match holds a field's colon after its date: two plain substring tests, cheaper than any() over
    # FIELD_COLONS, turn away the CJK-led paragraphs that get here, nearly every one)
    if (("：" in (probe := text[:P.OUTLET_DATE_FIELDS_PROBE]) or ":" in probe)
            and P.OUTLET_DATE_FIELDS_LINE.match(probe)):
        return Unit(META, text, *base)
    return None


def year_numbers_row(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """2020 35.2 60.1: a three-column table's row of numbers, text, no heading (qa134)."""
    if last in P.TABLE_NUMBERS_ROW_LAST and P.YEAR_NUMBERS_ROW.fullmatch(text):
        return Unit(PARA, text, *base)
    return None


def report_cover_field_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """受托单位：某某研究院: a commissioned report's cover field (qa142)."""
    return Unit(META, text, *base) if P.REPORT_COVER_FIELD_LINE.match(text) else None


def report_term_field_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """研究期程：113年3月至12月: the project's term on a report's cover (qa147)."""
    return Unit(META, text, *base) if P.REPORT_TERM_FIELD_LINE.match(text) else None


def project_assistant_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """研究助理：蔡某某: the project's assistants on a report's cover (qa147)."""
    return Unit(META, text, *base) if P.PROJECT_ASSISTANT_LINE.match(text) else None


def lettered_item(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """(b) 基础设施巡检；及: a lettered item, short as a heading but text (qa142); so is (ii) 增设回收点； (qa259)."""
    return Unit(PARA, text, *base) if P.ITEM_PAREN_LATIN.match(text) or P.ITEM_PAREN_ROMAN.match(text) else None


def opens_cjk(first: str) -> bool:
    return first >= "\u3400"


def opens_wechat_the_end(first: str) -> bool:
    """WECHAT_THE_END_LINE's match begins with one of its marks, a space or THE in any case."""
    return first in P.WECHAT_THE_END_FIRSTS or first.isspace()


def boxed_quote(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """【…】 over several lines: a pull quote set in a box."""
    return Unit(QUOTE, text, *base) if base[1] > 1 and is_boxed_quote(text, base[1]) else None


def team_writers_note(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（课题组组长：甲；成员：乙；执笔：丙）: the team list naming its drafters signs the report over it, leader and drafters
    (qa213)."""
    if ("执笔" in text or "撰稿" in text) and (found := team_writers_byline(text)):
        return Unit(NOTE, text, *base, byline=found)
    return None


def team_writers_byline(text: str) -> Byline | None:
    """The leader and the drafters a team list names (TEAM_WRITERS_NOTE), each once, leader first (qa213)."""
    if not (m := P.TEAM_WRITERS_NOTE.match(text)):
        return None
    return Byline(tuple(dict.fromkeys((*names(m.group(1)), *names(m.group(2))))))


def supply_credit_note(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（市统计局　供稿）: the body that supplied a brief's item, a credit that closes the item (qa213)."""
    return Unit(CREDIT, text, *base) if "供稿" in text and P.SUPPLY_CREDIT_NOTE.match(text) else None


def bracketed_guest_profile(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（钱某，1968年生，…。）: a guest's profile in brackets, an interview's front matter (qa213)."""
    if any(map(text.__contains__, P.BRACKETED_GUEST_PROFILE_WORDS)) and P.BRACKETED_GUEST_PROFILE.match(text):
        return Unit(PROFILE, text, *base)
    return None


def own_line_team_list(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（课题组组长：甲；成员：乙、丙）: the group's credit, no heading (qa190)."""
    return Unit(CREDIT, text, *base) if P.OWN_LINE_TEAM_LIST.match(text) else None


def published_updated_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """出版：2025-11-03 06:30 更新：…: a news site's date fields (qa121)."""
    return Unit(META, text, *base) if P.PUBLISHED_UPDATED_LINE.match(text) else None


def reprint_note(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """本文原载于《江南日报》…第5版: where a reprinted piece first ran, no text."""
    if (P.REPRINT_NOTE.match(text) or P.REPRINT_NOTE_WITH_COLUMN.match(text) or P.SHORT_VERB_REPRINT_NOTE.match(text)
            or P.REPRINT_NOTE_WITH_CREDIT_REQUEST.match(text) or P.REPRINT_NOTE_WITH_EDIT_NOTE.match(text)):
        return Unit(CREDIT, text, *base)
    return None


def call_for_contributions(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """欢迎读者来信…来信请寄：…: the page's call for letters, furniture (qa179)."""
    if len(text) <= P.CALL_FOR_CONTRIBUTIONS_MAX_CHARS and P.CALL_FOR_CONTRIBUTIONS_LINE.match(text):
        return Unit(CREDIT, text, *base)
    return None


def pictures_given_note(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（文中部分图片由某某局提供）: who gave the pictures, no text (qa159)."""
    return Unit(CREDIT, text, *base) if P.PICTURES_GIVEN_NOTE.match(text) else None


def chrome_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """本文仅代表作者观点，不代表本院立场。: a disclaimer under the text / 全文约3200字，阅读需要8分钟: a WeChat page's reading
    time / 本文为某网原创稿件，转载请注明出处。: a reprint notice (qa60) / 本刊仅供参阅，不得外传。: a brief's circulation
    notice (qa251): chrome (one prefix test for all)."""
    # (or a disclaimer run on with a request on reprinting, 本文仅代表作者个人观点，转载请注明出处。, qa208)
    if text.startswith(P.CHROME_LINE_INITIALS) and (P.DISCLAIMER_LINE.match(text) or P.READING_TIME_LINE.match(text)
                                                    or P.REPRINT_BAN_LINE.match(text)
                                                    or P.DISCLAIMER_WITH_REPRINT_LINE.match(text)
                                                    or P.CIRCULATION_NOTICE_LINE.match(text)):
        return Unit(CREDIT, text, *base)
    return None


def is_bracketed_reprint_ban(text: str) -> bool:
    """Whether a line is a reprint notice in brackets (（本文为某某日报原创，转载请注明出处）): the same chrome as the bare
    notice (REPRINT_BAN_LINE), set in brackets under the text as a credit is, no author note (AUTHOR_NOTE's 本文为; qa288)."""
    inner = text[1:-1].strip() if text[-1:] in "）)" else ""
    return inner.startswith(P.REPRINT_BAN_INITIALS) and P.REPRINT_BAN_LINE.match(inner) is not None


def opinion_disclaimer(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（文章仅属作者意见，不代表香港01立场。）: a disclaimer, chrome (qa134)."""
    if (text.rstrip(P.OPINION_DISCLAIMER_TRAIL)[-1:] in P.OPINION_DISCLAIMER_LASTS
            and (P.OPINION_DISCLAIMER_LINE.match(text) or P.DISCLAIMED_STANCE_LINE.match(text)
                 or text.lstrip("（(").startswith(P.PAGE_DISCLAIMER_HEAD) and P.PAGE_DISCLAIMER_LINE.match(text))):
        return Unit(CREDIT, text, *base)    # (本版文章为作者个人意见，不代表本报立场。: the page's, qa207)
    return None


def marked_disclaimer(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """※ 本文不代表本报立场。: a disclaimer behind a reference mark, chrome as the bare disclaimer is (qa212)."""
    rest = P.REFERENCE_MARK_LEAD.sub("", text, count=1)
    if (rest[:1] in P.CHROME_LINE_FIRSTS and chrome_line(rest, last, base, markdown)
            or rest[:1] in P.OPINION_DISCLAIMER_FIRSTS and opinion_disclaimer(rest, last, base, markdown)):
        return Unit(CREDIT, text, *base)
    return None


def source_closing_line(text: str, last: str, base: Base, markdown: bool) -> Unit | None:
    """（来源：某某日报 date 第3版）: closes the piece (qa92)."""
    if source := closing_source(text):
        return Unit(NOTE, text, *base, byline=Byline((), source))
    return None


# unit()'s rules told by the text's first character (after the stray mark, furniture and markers, and the photo credits
# told by the last), in order, each with what opens it (Opens), as PLAIN_RULES are plain_unit's: a new rule of unit()'s
# that tests the first character goes into this list (UNIT_RULES_BY_FIRST is filled from it).
UNIT_RULES: tuple[tuple[Opens, Rule], ...] = (
    (P.OWN_LINE_SOURCE_NOTE_INITIALS, own_line_team_list),
    ("（(", team_writers_note),
    ("（(", supply_credit_note),
    ("（(", bracketed_guest_profile),
    ("【", boxed_quote),
    (P.PUBLISHED_UPDATED_INITIALS, published_updated_line),
    (P.REPRINT_NOTE_FIRSTS, reprint_note),
    ("欢本", call_for_contributions),
    (P.PICTURES_GIVEN_NOTE_FIRSTS, pictures_given_note),
    (P.CHROME_LINE_FIRSTS, chrome_line),
    (P.OPINION_DISCLAIMER_FIRSTS, opinion_disclaimer),
    (P.SOURCE_CLOSING_LINE_INITIALS, source_closing_line),
    (P.REFERENCE_MARKS, marked_disclaimer),
)
UNIT_RULES_BY_FIRST: dict[str, tuple[Rule, ...]] = {}


# plain_unit's rules told by the text's first character, in order (the first that gives a unit wins), each with what
# opens it (Opens). A new rule of plain_unit's that tests the first character goes into this list, its test as what
# opens it: plain_unit tries only the rules the text's first character opens (PLAIN_RULES_BY_FIRST, filled from this
# list once for each first character met).
PLAIN_RULES: tuple[tuple[Opens, Rule], ...] = (
    ("".join(opening[:1] for opening in P.ORIGINAL_TITLE_NOTE_OPENINGS), original_title_note),
    (P.WRITER_FIELD_FIRSTS, unnamed_writer_field),
    (P.FILE_FIELD_ROW_INITIALS, file_field_row),
    (str.isdecimal, date_counter_line),
    (str.isdecimal, date_outlet_line),
    (P.RELATED_READING_INITIALS + P.PICTURE_READING_INITIALS, related_reading_line),
    ("解", interpreter_line),
    (opens_wechat_the_end, wechat_the_end_line),
    (P.BAR_SOURCE_FIRSTS, bar_source_line),
    (P.WRITER_NOTE_FIRSTS, unbracketed_writer_note),
    (P.COPYRIGHT_NOTICE_FIRSTS, copyright_notice),
    (P.COPYRIGHT_SIGN_FIRSTS, copyright_sign_line),
    (P.PLATFORM_NOTICE_FIRSTS, platform_notice),
    (P.GUEST_LINE_INITIALS, markdown_guest_line),
    (P.ITEM_HEADING_INITIALS, item_heading_line),
    (opens_cjk, outlet_date_fields_line),
    (str.isdecimal, year_numbers_row),
    (P.REPORT_COVER_FIELD_FIRSTS, report_cover_field_line),
    (P.REPORT_TERM_FIELD_FIRSTS, report_term_field_line),
    (P.REPORT_SERIAL_FIELD_FIRSTS, report_serial_field_line),
    (P.PROJECT_ASSISTANT_FIRSTS, project_assistant_line),
    (P.ITEM_PAREN_ARABIC_INITIALS, lettered_item),
)
PLAIN_RULES_BY_FIRST: dict[str, tuple[Rule, ...]] = {}


def is_outlet_date_line(text: str) -> bool:
    """Whether a line names a publisher and a date (国研网 2024-09-03, 明报｜观点｜2026年3月2日), maybe with the series'
    issue between them (某某研究院 | 决策参考 2026年第9期 | 2026-03-20, qa93), or the reader counter after the date
    (某某网 2026-01-20 阅读：1533, qa149), or the weekday after the date when bars part the column (港岛日报 | 评论 |
    2026年3月5日 星期四, qa161)."""
    if text[-1:] in P.OUTLET_WEEKDAY_LAST and P.OUTLET_COLUMN_DATE_WEEKDAY_LINE.match(text):
        return True
    return bool(P.OUTLET_DATE_LINE.match(text) or is_issue_masthead(text) or P.OUTLET_DATE_COUNTER_LINE.match(text))


def is_issue_masthead(text: str) -> bool:
    """Whether a line is a think tank's masthead with the series' issue between its name and the date, the series set
    off by a bar or by a middle dot (某某研究院 · 决策咨询 | 2026年第3期 | 2026-01-09, qa108)."""
    return bool(P.OUTLET_ISSUE_DATE_LINE.match(text) or P.OUTLET_SERIES_ISSUE_DATE_LINE.match(text))


def short_line_unit(text: str, base: Base) -> Unit:
    """plain_unit() of a line short enough for a heading (looks_like_heading): front matter, furniture, a field or an
    item's heading line told by its shape, else a PLAIN unit whose heading the segmenter may take as a title or a
    section's heading."""
    if ("=" in text or "＝" in text) and P.EQUATION_LINE.match(text):
        return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)   # Y = α + βX （1）: an equation, text (qa84)
    return shaped_short_line(text, base) or plain_heading_unit(text, base)


def is_app_prompt(text: str) -> bool:
    """Whether a line is a news site's prompt to use its app: phrases apart by spaces (APP_PROMO_LINE) or one short
    sentence (APP_PROMPT_SENTENCE, qa149). (Only lines naming an app, by a substring test, are tried.)"""
    if P.APP_PROMO_WORD in text.upper():
        return bool(P.APP_PROMO_LINE.match(text) or P.APP_PROMPT_SENTENCE.match(text))
    return P.APP_CLIENT_WORD in text and bool(P.APP_PROMPT_SENTENCE.match(text))


def shaped_short_line(text: str, base: Base) -> Unit | None:
    """A short line as front matter, furniture, a field or an item's heading line, told by its shape, if it is one."""
    first, last = text[:1], text[-1:]
    if (last in P.OUTLET_DATE_LAST or last in P.OUTLET_DATE_COUNTER_LAST or last in P.OUTLET_WEEKDAY_LAST) \
            and is_outlet_date_line(text):
        return Unit(META, text, *base)     # 中国宏观经济研究院 2024-09-03 / 明报｜观点｜2026年3月2日: no title
    if is_issue_line(text):
        return Unit(META, text, *base)     # 2025年第7期（总第39期） 2025年7月8日: a brief's issue and date, no title
    if is_compiler_line(text):
        return Unit(META, text, *base)     # 某某研究院编: a brief's compiler on its masthead line, no title (qa257)
    if text in P.PRESS_RELEASE_LABELS:
        return Unit(CREDIT, text, *base)   # 新闻稿 over a press release's date line and title: chrome, no title (qa170)
    if text.endswith(P.PRESS_RELEASE_LABEL_ENDS) and P.AGENCY_PRESS_RELEASE_LABEL.match(text):
        return Unit(CREDIT, text, *base)   # 行政院新闻稿: the label naming the issuing agency, chrome, no title (qa176)
    if first in P.PRESS_HEAD_FIELD_FIRSTS and P.PRESS_HEAD_FIELD.match(text):
        return Unit(META, text, *base)     # 发布单位：… / 联络人：…: a press release's head fields, no title (qa176)
    if is_gov_masthead(text):
        return Unit(META, text, *base)     # 某某市农业农村局文件: an official document's masthead, no title (qa52)
    if first in P.KEY_POINTS_LABEL_INITIALS and P.KEY_POINTS_LABEL.match(text):
        return Unit(HEADING, text, *base, heading=text, family="plain")     # 核心观点: a box's label, no title
    if is_page_head(text):
        return Unit(META, text, *base)     # 4 评论 2025年4月16日 星期三: a page's running head, no title
    if P.RUNNING_HEAD_MARK in text[2:5] and P.RUNNING_HEAD_AUTHORS.match(text):
        return Unit(CREDIT, text, *base)   # 李明华等：<the title>: a journal page's running head, furniture
    if is_app_prompt(text):
        return Unit(CREDIT, text, *base)   # …点我下载APP / 打开某某APP，阅读体验更佳: a news site's app prompt, chrome
    if first in P.BODY_LABEL_FIRSTS and P.BODY_LABEL_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 正文: a page's label over its text, chrome (qa149)
    if first in P.EXPAND_TEXT_BUTTON_FIRSTS and P.EXPAND_TEXT_BUTTON.match(text):
        return Unit(CREDIT, text, *base)   # 展开全文: a news app's button unfolding the text, chrome (qa149)
    if text[:1] == "本" and P.PAGE_MAILBOX_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 本版邮箱：…: the page's address at its foot, furniture (qa105)
    if ":" in text and P.WECHAT_HEAD_LINE.match(text):
        return Unit(META, text, *base)     # 原创 作者 公众号 2025年09月12日 07:58: a WeChat head line, no title
    if text.startswith(P.WECHAT_LABEL) and P.WECHAT_LABEL_LINE.match(text):
        return Unit(META, text, *base)     # 原创 作者 公众号, its date on a line of its own: a WeChat head line (qa136)
    if len(text) <= P.CLOCK_TIME_LINE_MAX and first.isdigit() and last.isdigit() and P.CLOCK_TIME_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 10:02:15: a transcript's time stamp over a turn, furniture (qa173)
    if not (first.isalnum() or first == "_") and P.ORNAMENT_LINE.match(text):   # (\w is str.isalnum's or _)
        return Unit(CREDIT, text, *base)   # ▼ / —— ✦ ——: a WeChat page's separator, no heading (qa85)
    if first in P.MEDIA_PLACEHOLDER_INITIALS and P.MEDIA_PLACEHOLDER_LINE.match(text):
        return Unit(CAPTION, text, *base)  # [图片]: where a saved page had its picture, no heading (qa85)
    if (first in P.ITEM_HEADING_INITIALS or first in P.ENCLOSED_PAREN_DIGITS) and (item := item_heading(text, base)):
        return item                   # 第一，壮大县域特色产业 / （1）补齐产地设施: an item's heading line, not a section
    if first in P.CONTINUATION_NOTE_INITIALS and P.CONTINUATION_NOTE.match(text):
        return Unit(CONTINUED, text, *base)     # （下转第4版）: furniture that ends the article's part here
    if first in P.BARE_CONTINUATION_NOTE_INITIALS and P.BARE_CONTINUATION_NOTE.match(text):
        return Unit(CONTINUED, text, *base)     # 下转第8版: the same note set without brackets (qa193)
    if first in P.GUEST_LINE_INITIALS and P.GUEST_LINE.match(text):
        return Unit(META, text, *base)     # 本期嘉宾：…: front matter of an interview, no heading or title
    if first in P.TALK_FIELD_FIRSTS and ("：" in text or ":" in text) and is_host_field(text):
        return Unit(META, text, *base)     # 访谈时间：… / 主持人：尹 珂 / 主持人：某某网 林 蔚: an interview's head fields
    if first in P.BROADCAST_FIELD_FIRSTS and P.BROADCAST_FIELD_LINE.match(text):
        return Unit(META, text, *base)     # 播出时间：… 播出频道：…: a programme's head fields over its transcript (qa154)
    if (">" in text or "»" in text or "＞" in text) and is_trail(text) or is_slashed_trail(text):
        return Unit(CREDIT, text, *base)   # 人民网>>观点>>人民网评 / 首页 / 访谈 / 正文: a web page's breadcrumb trail, no title
    if is_nav_bar(text):
        return Unit(CREDIT, text, *base)   # 首页 | 政务公开 | 政策解读 | 互动交流: a site's navigation bar, no title (qa76)
    if ("：" in text or ":" in text) and (P.CONTACT_LINE.match(text) or P.DUTY_FIELD_LINE.match(text)
                                         or P.EXPLAINER_FIELD_LINE.match(text) or is_second_contact_line(text)):
        return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)   # 联系电话：… / 责任单位：… / 解读单位：…: text
    if first in "（(" and P.DUTY_NOTE_LINE.match(text):
        return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)   # （市水务局牵头）: a task's duty note, text (qa124)
    if text.startswith(P.BOOK_NOTE_INITIALS) and P.BOOK_NOTE_LINE.match(text):
        return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)   # （《…》，某某著，…出版社…出版）: a review's book line
    if first == "新" and P.PRESS_CONTACT_LINE.match(text):
        return Unit(CREDIT, text, *base)   # 新闻联络人：…: a press release's press officer, a credit (qa101)
    if first in "资数" and P.DATA_SOURCE_LINE.match(text):
        return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)   # 资料来源：…: a line of text, no heading
    if " " in text and is_table_row(text):
        return tuple.__new__(Unit, (PARA, text) + base + PARAGRAPH_REST)   # a table's head row: text, no title
    return None


def plain_heading_unit(text: str, base: Base) -> Unit:
    """A short line of plain text as a PLAIN unit: its heading without the brackets or bar around it (kept as its
    marker), or the title after a wire commentary's dateline."""
    heading = unbracketed(text)
    marker = P.BRACKETS_MARKER if heading != text else None     # kept as written, like ##
    if text[:1] in P.HEADING_MARK_GLYPHS:
        marker, heading = without_heading_bar(text)             # ▍政策建议 / ◎ 怎么改: its bar is its marker (qa54, qa110)
        if P.MARKED_LINE.match(heading) and (u := marked_heading(heading, base)):
            return u                  # ▍一、总体要求: the number gives the heading's grammar, as under ** (qa54)
    if "题" in text and (m := P.DATELINE_TITLE.match(text)):
        heading = m.group(1)          # 新华社北京6月8日电　题：…: a wire commentary's title follows its dateline
    return Unit(PLAIN, text, *base, heading=heading, marker=marker, family="plain")


def label_mended(text: str) -> str:
    """（作 者系…） -> （作者系…）: a label whose first word a stray space of PDF extraction cut (P.STRAY_SPACED_LABEL)
    reads as the label once the space is gone; any other text (a byline 本报记者 王 磊, letter-spaced text) stays."""
    m = P.STRAY_SPACED_LABEL.match(text)
    if m is None:
        return text
    mended = text[:m.end() - 1] + text[m.end():]
    return mended if P.LABEL_LINE.match(mended) and not P.LABEL_LINE.match(text) else text


def may_start_marked(text: str) -> bool:
    """Whether MARKED_OR_FURNITURE_LINE may match the (stripped) text: most text is prose, whose first
    and last characters rule it out at once (UNIT_MARK_INITIAL, asked as UNIT_MARK_FIRSTS)."""
    first = text[:1]
    return (first in UNIT_MARK_FIRSTS or first.isdecimal() or first.isspace()
            or (first > "\uffff" and P.UNIT_MARK_INITIAL.match(first) is not None) or text.endswith(P.DOC_NUMBER_END))


def start_part(text: str) -> str | None:
    """The first part of MARKED_OR_FURNITURE_LINE that matches the text, if any: a stray mark before a
    heading, furniture or a marker at its start. (Only the parts its first character opens are tried, and
    DOC_NUMBER_LINE only on text that may end as its matches do: P.MARKED_OR_FURNITURE_PARTS.)"""
    first = text[:1]
    numbered = P.DOC_NUMBER_END in text[-2:]
    # (a digit-led text not opening with four digits cannot match P.FOUR_DIGIT_LED_PARTS: most digit-led texts, 1. / 12 月)
    if first.isdecimal() and not text[:4].isdecimal():
        by_first = UNDATED_PARTS_BY_FIRST_NUMBERED if numbered else UNDATED_PARTS_BY_FIRST
        undated = True
    else:
        by_first = PARTS_BY_FIRST_NUMBERED if numbered else PARTS_BY_FIRST
        undated = False
    parts = by_first.get(first)
    if parts is None:
        parts = by_first[first] = parts_opened_by(first, numbered, undated)
    for name, match in parts:
        if match(text):
            return name
    return None


def parts_opened_by(first: str, numbered: bool, undated: bool = False) -> PartMatches:
    """The parts of MARKED_OR_FURNITURE_LINE, in its order, that a text beginning with `first` may match (and
    DOC_NUMBER_LINE if the text may end with its DOC_NUMBER_END; not P.FOUR_DIGIT_LED_PARTS if `undated`, the text
    opening with a digit but not with four): the others cannot match it."""
    return tuple((name, pattern.match) for name, pattern, initials in P.MARKED_OR_FURNITURE_PARTS
                 if (initials.match(first) is not None if initials is not None else numbered)
                 and not (undated and pattern in P.FOUR_DIGIT_LED_PARTS))


def unbracketed(heading: str) -> str:
    """The words of a heading set in 【】 (the brackets only decorate it)."""
    m = P.BRACKETED_HEADING.match(heading) if heading.startswith("【") else None
    return m.group(1) if m else heading


def without_debris(text: str) -> tuple[str, str | None]:
    """Rule 8: a stray ? or ■ left by PDF extraction before a heading is cut off (kept as residue)."""
    m = P.STRAY_BEFORE_HEADING.match(text)
    if not m:
        return text, None
    return text[m.end():], m.group(1)


def without_stray_question(text: str) -> tuple[str, str | None]:
    """Rule 8: a stray ? before a box bullet (?■ 护老者…) is cut off as debris; the bullet is then read as a bare one is."""
    m = P.STRAY_QUESTION_BEFORE_BULLET.match(text)
    return (text[m.end():], m.group(0)) if m else (text, None)


def short_units(found: list[Unit], max_chars: int) -> Iterator[int]:
    """The indexes of the units of at most `max_chars` characters (a map over all units at C speed)."""
    return indexes(map(max_chars.__ge__, map(len, map(TEXT, found))))


def is_notes_heading(text: str) -> bool:
    """注释： / 参考文献 / 【注释】, maybe with markup. (plain_text only removes characters: a text without
    a NOTES_HEADING_CHARACTER is ruled out before it is made plain.)"""
    return bool(P.NOTES_HEADING_CHARACTER.search(text)) and bool(P.NOTES_HEADING.match(plain_text(text)))


def markdown_unit(text: str, base: Base) -> Unit | None:
    if text[:1] not in P.MARKDOWN_UNIT_INITIALS:
        return None                       # most text: every pattern below begins with one of these
    if m := P.MD_HEADING.match(text):
        level, heading = len(m.group(1)), without_heading_bar(plain_text(m.group(2)))[1]
        if level == 1:
            return Unit(TITLE, heading, *base, heading=heading)
        if is_subtitle(heading):
            return Unit(SUBTITLE, heading, *base)   # ## ——某某项目盛大开盘: the title's subtitle, no section
        if item := item_heading(heading, base):
            return item                   # ### 1. 破除市场准入壁垒: a measure with a heading line
        if P.LINK_LIST_LABEL.match(heading):
            return Unit(CREDIT, heading, *base)   # ## 相关阅读: a list's label, as **相关阅读** is (furniture_kind)
        marker, heading = numbered(heading) or ("#" * level, heading)
        return Unit(HEADING, heading, *base, heading=heading, marker=marker, family=f"md{level}")
    if (m := P.MD_BOLD_LINE.match(text)) and looks_like_heading(m.group(1), numbered=True):
        bar, heading = without_heading_bar(m.group(1).strip())
        # **一、主要成效** / **（一）…** / **1、…**: bold only sets off the line; its marker gives the
        # heading's grammar (and so its level), or makes it a measure's heading line (**① …**, **（1）…**
        # too: their markers are no section's, so only item_heading knows them).
        if ((P.MARKED_LINE.match(heading) or heading[:1] in P.ITEM_HEADING_INITIALS)
                and (u := marked_heading(heading, base))):
            return u
        if heading[:1] in P.GUEST_LINE_INITIALS and P.GUEST_LINE.match(heading):
            return Unit(META, heading, *base)     # **对话嘉宾** / **本期嘉宾：…**: front matter, as in plain text
        # **某某研究中心课题组** / **本报记者 张三**: a byline set in bold under the title is no heading; nor is
        # **延伸阅读** / **相关推荐**, the label of a box of links or of another piece (furniture_kind, below).
        if looks_like_heading(heading) and not byline(heading) and not furniture_kind(heading):
            return Unit(HEADING, heading, *base, heading=heading, marker=bar, family="bold")
    # **内容提要：** / **关键词：** / **来源：** are labelled front-matter fields in bold, not turns
    # of an interview: they fall through to furniture_kind; **作者：** …, a byline, to byline_unit.
    # (**记者** 您好…: a role's or name's bold label with a space for its colon is a turn too, qa68.)
    if ((m := P.SPEAKER_TURN.match(text) or P.BARE_SPEAKER_TURN.match(text)) and m.group(1).strip() not in P.BYLINE_LABELS
            and not is_work_label(m.group(1).strip()) and not is_note_label(m.group(1).strip())
            and not furniture_kind(plain_text(text))
            and not is_copyright_notice(plain_text(text))):
        body = plain_text(text[m.end():])
        if body[:1] in (":", "：") and m.re is P.BARE_SPEAKER_TURN:
            body = body[1:].lstrip()      # **记者** : 盘活…: the colon set apart from the bold label by a space (qa98)
        speaker = m.group(1).strip()
        if introduces_guest(f"{speaker}：{body}", body):
            return Unit(META, f"{speaker}：{body}", *base)     # **受访者:** 蔡明远,…院长: the guest line, no turn
        if signed := reporter_label_byline(speaker, body):
            return Unit(BYLINE, f"{speaker}：{body}", *base, byline=signed)   # **记者：** 冉小棠: the byline, no turn
        if speaker[:1] in P.TALK_FIELD_FIRSTS and is_host_field(f"{speaker}：{body}"):
            return Unit(META, f"{speaker}：{body}", *base)     # **主持人:** 某智库研究员 申某: the host field, no turn (qa273)
        return Unit(PARA, f"{speaker}：{body}", *base, speaker=speaker)
    return None


def is_host_field(line: str) -> bool:
    """Whether a labelled line only names a talk's host (主持人：尹 珂), maybe after the host's outlet or post (主持人：某某网
    林 蔚): an interview's head field, as plain_unit reads it in plain text, not the host's first turn, which says
    something (punctuation, no name alone)."""
    return P.TALK_FIELD_LINE.match(line) is not None or P.HOST_WITH_OUTLET_LINE.match(line) is not None


def is_note_label(label: str) -> bool:
    """Whether a bold run-in label is a standfirst's (**核心提示：**…: BOLD_NOTE_LABEL): the editors' words on the
    article, read as the same note in plain text (核心提示：…), not an interview's turn, which made the article a talk
    and kept the note, label and all, in its text (session 26)."""
    return label.startswith(P.BOLD_NOTE_LABEL_INITIALS) and P.BOLD_NOTE_LABEL.match(label) is not None


def is_copyright_notice(text: str) -> bool:
    """Whether a line is a copyright notice or disclaimer (**版权声明：** 本简报版权归…), however long: chrome, no
    speaker's turn of an interview (qa148)."""
    return text[:1] in P.COPYRIGHT_NOTICE_FIRSTS and P.COPYRIGHT_NOTICE.match(text) is not None


def is_work_label(label: str) -> bool:
    """Whether a bold label names what the reporters did (**采访/整理:** 本刊记者 某某): a byline's label, no speaker's."""
    return label.startswith(P.WORK_LABEL_PREFIXES) and P.WORK_LABEL_CHAIN.match(label) is not None


def introduces_guest(line: str, body: str) -> bool:
    """Whether a labelled line introduces an interview's guest (受访者：蔡明远，某研究院院长): a guest's label, then
    a name and a post, short and unended like a heading, or names each with its post in brackets, however long
    (嘉宾：蒋某（…）　梁某（…）, qa197); a turn of the dialogue under such a label says more."""
    if line[:1] not in P.GUEST_LINE_INITIALS or P.GUEST_LINE.match(line) is None:
        return False
    return (looks_like_heading(body) and P.GUEST_NAME_POST.match(body) is not None
            or ("（" in body or "(" in body) and P.GUEST_NAMES_WITH_POSTS.match(body) is not None)


def without_heading_bar(heading: str) -> tuple[str | None, str]:
    """(bar, words) of a heading set after a decorating bar (▍政策建议 -> (▍, 政策建议)), else (None, heading): the
    bar is the heading's marker as written, as ## is, and no part of its words (qa54)."""
    if heading[:1] in P.HEADING_MARK_GLYPHS and heading[1:].strip():
        return heading[0], heading[1:].strip()
    return None, heading


def numbered(heading: str) -> tuple[str, str] | None:
    """(marker, rest) of a heading that carries its own number: ## 一、总体要求 -> (一、, 总体要求)."""
    for _family, pattern in P.SECTION_MARKERS:
        if (m := pattern.match(heading)) and m.group(2):
            return m.group(1), m.group(2).strip()
    return None


def plain_text(text: str) -> str:
    """Rule 7: Markdown emphasis, links, bullets and HTML tags leave the text."""
    # Each step runs only when the character its pattern needs is in the text (most lines have
    # no markup, and a substring test is much cheaper than a substitution).
    if "<" in text:
        text = P.HTML_TAG.sub("", text)
    if "](" in text:
        if text.count("(") > text.count("]("):     # a target holding parentheses (javascript:window.print()), qa187
            text = P.MD_LINK_PAREN_TARGET.sub(r"\1", text)
        text = P.MD_LINK.sub(r"\1", text)
    if text[:1] in P.MD_BULLET_INITIALS and (m := P.MD_BULLET.match(text)):  # at most one, at the start
        text = text[m.end():]
    elif text[:1] == "|":                 # a table row: its cells apart by spaces
        text = P.MD_TABLE_PIPES.sub(" ", text)
    if "*" in text or "_" in text or "`" in text:
        text = P.MD_EMPHASIS.sub("", text)
    return text.strip()


def credits_note_byline(note: str) -> Byline | None:
    """The author a bracketed line of credit fields names (（作者：邱文静 责任编辑：杜宇航）): the note is then a
    byline under the text (as a signature is), which leaves the text; a note naming only the piece's source
    (（摘自《人民论坛》…）) is such a line with no author; other notes (（作者系某大学教授）) have none."""
    if m := P.CREDITS_NOTE.match(note):
        return byline(m.group(1))
    if (m := P.WRITERS_CREDITS_NOTE.match(note)) and (found := byline(m.group(1))) and found.authors:
        return found                      # （执笔：贺知南 佟雨萱｜审核：…） / （撰稿：甲　乙　编辑：丙）: the drafters (qa122, qa123)
    if (m := P.SUPPLIER_WRITERS_NOTE.match(note)) and (found := byline(m.group(1))) and found.authors:
        return found                      # （供稿：某中心　执笔：甲）: the drafters after the supplier (qa201)
    if "执笔" in note or "撰稿" in note:
        return team_writers_byline(note)  # 课题组组长：甲；成员：乙；执笔：丙: the leader and the drafters (qa213)
    if note[:1] == "【" and P.BRACKETED_BYLINE_LABEL.match(note):
        return byline(note)               # 【作者】陈某: a writers' line with its label in brackets (qa123)
    if (m := P.DIGEST_AUTHOR_NOTE.match(note)) and (found := byline(m.group(1))):
        return found                      # （作者系…研究员 柯文远，摘自《…》）: the writer named after the post
    if (m := P.AUTHOR_NOTE_POST_THEN_NAME.match(note)) and (found := byline(m.group(1))):
        return found                      # （作者系某大学教授 方启明）: the same without a source (qa180)
    if not (m := P.SOURCE_NOTE.match(note)):
        return None
    return Byline((), reprint_source(note, data_too=True) or m.group(1))   # （摘自《东川日报》…）: the whole name (qa95)


def furniture_kind(text: str) -> str | None:
    if not P.FURNITURE_LINE.match(text):
        # most lines: one regex call rules out every kind below (and a character test the related-reading line)
        if text.endswith(P.BARE_LINK_LABEL_ENDS) and P.BARE_LINK_LABEL.match(text):
            return CREDIT                 # ■链接: a box's label (qa56)
        return (CREDIT if (text[:1] in P.RELATED_READING_INITIALS or text[:1] in P.PICTURE_READING_INITIALS)
                and is_related_reading_line(text) else None)
    if P.PULL_QUOTE.match(text):
        return QUOTE
    if P.SUBTITLE.match(text) and not text.endswith(P.DASH_ITEM_CLAUSE_ENDS):
        return SUBTITLE                   # (——…；: a plan's goal item, text, qa162)
    if P.CAPTION.match(text):
        return CAPTION
    if text[:1] in P.BRACKET_OPENERS and P.SUPPLIER_WRITERS_NOTE.match(text):
        return NOTE                       # （供稿：某中心　执笔：甲）: the drafters sign, as under （执笔：甲） (qa201)
    if text[:1] in P.TEAM_WRITERS_NOTE_INITIALS and ("执笔" in text or "撰稿" in text) and P.TEAM_WRITERS_NOTE.match(text):
        return NOTE                       # 课题组组长：甲；成员：乙；执笔：丙: the leader and the drafters sign (qa213)
    if P.CREDIT_LINE.match(text) or P.PREV_NEXT_LINK.match(text) or is_web_chrome(text):
        return CREDIT
    if P.AUTHOR_NOTE.match(text):
        # （本文为作者个人意见，不代表本报立场）: a disclaimer that names the writer, no author note (qa184)
        # (（本文为某某日报原创，转载请注明出处）: a reprint notice in brackets, chrome as the bare one, qa288)
        return CREDIT if P.DISCLAIMED_STANCE_LINE.match(text) or is_bracketed_reprint_ban(text) else NOTE
    if P.ABSTRACT_LINE.match(text):
        return ABSTRACT
    if P.KEYWORDS_LINE.match(text):
        return KEYWORDS
    if P.SOURCE_DATE_LINE.match(text) or P.DATE_ONLY_LINE.match(text) or P.DOC_NUMBER_LINE.match(text):
        return META
    if P.PAGE_FOOTNOTE.match(text):
        return NOTES                      # 1 运输及房屋局（2024）。《…》: a footnote printed amid the text
    return None


def is_web_chrome(text: str) -> bool:
    """Whether a line is web chrome: short (WEB_CHROME_MAX_WIDTH), or a further-reading label with its linked headline
    however wide (READING_LINK_LINE, qa134)."""
    # (or a site's footer fields run together with its code, SITE_FOOTER_LINE, qa208)
    return P.WEB_CHROME.match(text) is not None and (display_width(text) <= P.WEB_CHROME_MAX_WIDTH
                                                     or P.READING_LINK_LINE.match(text) is not None
                                                     or P.SITE_FOOTER_LINE.match(text) is not None)


def is_related_reading_line(text: str) -> bool:
    """Whether a line links to the reading of the document on the page (相关解读：《…》政策解读): chrome (qa52)."""
    # (or to the document it reads, 相关文件：关于…的通知, qa115)
    return (P.RELATED_READING_LINE.match(text) is not None or P.RELATED_FILE_LINE.match(text) is not None
            or P.PICTURE_READING_LINE.match(text) is not None)  # (一图读懂《…》, qa178)


def looks_like_heading(text: str, numbered: bool = False) -> bool:
    """Short, and not ending like a sentence or clause (a numbered heading may be a question)."""
    if "。" in text:
        return False                      # tested first: the cheapest test, and it rules out most text
    max_width = P.NUMBERED_HEADING_MAX_WIDTH if numbered else P.HEADING_MAX_WIDTH
    return (0 < display_width(text) <= max_width
            and (not P.CLAUSE_END.search(text) or (numbered and bool(P.QUESTION_END.search(text)))))


def marked_heading(text: str, base: Base, markers: Markers = P.SECTION_MARKERS) -> Unit | None:
    """A heading line with a section marker, or a numbered item's own heading line. (`markers`: the
    SECTION_MARKERS that may match, when the caller knows the ones before them do not.)"""
    for family, pattern in markers:
        m = pattern.match(text)
        if m and m.group(2) and looks_like_heading(m.group(2), numbered=True):
            if family == "decimal" and is_numbered_row(m.group(2), text):
                continue                  # 3 推广冷藏车 市交通运输局 市公安局 持续推进: a task table's row, text
            if family == "decimal":       # 2.1 under 2, 2.2.1 under 2.2: each depth its own level
                family += str(m.group(1).rstrip(".").count(".") + 1)
            return Unit(HEADING, text, *base, heading=m.group(2).strip(), marker=m.group(1), family=family)
    return item_heading(text, base)


def is_numbered_row(after_number: str, text: str) -> bool:
    """Whether a line opening with a number is a row of a table (序号, then cells of words apart by spaces: a plan's
    task table with its 牵头单位 column) rather than a decimal heading with a space inside (qa55)."""
    return after_number.count(" ") >= P.TABLE_ROW_MIN_SPACES - 1 and is_table_row(text)


def is_issue_line(text: str) -> bool:
    """Whether a line is a brief's issue number, with its date or alone (2025年第7期（总第39期） 2025年7月8日 / 第9期):
    masthead, no title."""
    last = text[-1:]
    return ((text[:1] in P.ISSUE_LINE_INITIALS and (P.ISSUE_DATE_LINE.match(text) is not None
                                                   or P.BARRED_ISSUE_DATE_LINE.match(text) is not None))   # (qa147)
            or (last == "期" and P.ISSUE_MASTHEAD_LINE.match(text) is not None)    # 《某某评论》2024年第2期
            or is_spaced_masthead(text)      # 某某学报 第62期 页88-112 / ·46·  中国行政管理 2025年第2期
            or (last in "期）)" and (P.BARRED_SERIES_ISSUE_LINE.match(text) is not None   # 某研究院 | 要报 | 第9期 (qa128)
                                      or P.ENGLISH_SERIES_ISSUE_LINE.match(text) is not None))   # (qa147)
            or (last in "期号" and P.BILINGUAL_SERIES_ISSUE_LINE.match(text) is not None)   # (qa156)
            or (last in WORKING_PAPER_ISSUE_LASTS and is_working_paper_line(text))  # (qa163, qa190)
            or (last in P.REPORT_NUMBER_LINE_LASTS and "总第" in text and P.REPORT_NUMBER_LINE.match(text) is not None)
            or (last in "）)" and P.CUMULATIVE_ISSUE_WORD in text and P.CUMULATIVE_ISSUE_LINE.match(text) is not None))
    # (2026年第17号（总第142号）: a report series' number on its cover, qa213)


def is_compiler_line(text: str) -> bool:
    """Whether a line names a brief's compiler alone (某某研究院编), its date on the line under it (qa257)."""
    return text[-1:] == "编" and P.COMPILER_LINE.match(text) is not None


def item_heading(text: str, base: Base) -> Unit | None:
    """A numbered item's own heading line (1、顶层设计与战略规划, 第一，壮大特色产业, （1）补齐产地设施, ①做强装备制造): an item numbered 1、
    with its own heading line is a measure, not a section (the contract), also when Markdown sets it as ###."""
    m = P.ITEM_ARABIC.match(text)
    family = "arabic"
    if not m and text[:1] in P.ITEM_ORDINAL_INITIALS:
        m, family = P.ITEM_ORDINAL.match(text), "ordinal"
    elif not m and text[:1] in P.ITEM_PAREN_ARABIC_INITIALS:
        m, family = P.ITEM_PAREN_ARABIC.match(text), "paren_arabic"
    elif not m and text[:1] in P.CIRCLED_DIGITS:
        m, family = P.ITEM_CIRCLED.match(text), "circled"
    elif not m and text[:1] in P.ENCLOSED_PAREN_DIGITS:
        m, family = P.ITEM_ENCLOSED_PAREN.match(text), "enclosed_paren"     # ⑴加强统筹规划 (qa149)
    elif not m and is_shi_yao_start(text):
        m, family = P.ITEM_SHI_YAO.match(text), "shi_yao"     # 一是稳定汽车消费, its text under it (qa123)
    if not m:
        m, family = article_match(text), "article"      # 第一条 降低场地成本 / 【第一条】降低场地成本
    if not m and text[:1] in P.ITEM_LABELLED_INITIALS:
        m, family = P.ITEM_LABELLED.match(text), "labelled"     # 建议一：扩大补偿覆盖范围
    if m and " " in text and is_table_row(text):
        return None      # 2.全员劳动生产率增长（%）  6.5  —  >6  预期性: a numbered indicator's row of a table, text (qa157)
    if m and looks_like_heading(rest := text[m.end():]):
        return Unit(ITEM, text, *base, heading=rest.strip(), marker=text[: m.end()].strip(), family=family)
    if m and rest[-1:] in P.LEAD_IN_COLONS and looks_like_heading(lead := rest[:-1]) and not P.CLAUSE_MARK.search(lead):
        # 1、支持经营主体稳岗扩岗： / its text on the lines under it: a heading that leads into its text (qa41)
        return Unit(ITEM, text, *base, heading=lead.strip(), marker=text[: m.end()].strip(), family=family)
    return None


def with_english_title_under_title(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A line of Latin words right under a title unit (# 善用北部都会区土地 / *Making Better Use of …*): the title's
    English translation, front matter, as under a paper's Chinese title, not the text's first paragraph (qa54).
    (Only the title units are visited.)"""
    for i in positions(kinds, TITLE):
        if i + 1 < len(found) and found[i + 1].kind in (PARA, PLAIN) and P.LATIN_TITLE_LINE.match(found[i + 1].text):
            found[i + 1] = as_kind(found[i + 1], ENGLISH_FRONT)
    return found


def with_english_title_over_byline(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """A paper's English title set on one full line between its Chinese title and its byline (偏乡医疗…之评估 /
    Evaluating Telemedicine Policy…: Evidence from… / 张某* 李某**): it fills the column, so it reads as a paragraph,
    yet it is the title's translation, front matter, not the text's first paragraph (qa195). (Only the bylines are
    visited.)"""
    for i in positions(kinds, BYLINE):
        if (i >= 2 and kinds[i - 1] == PARA and kinds[i - 2] == PLAIN and found[i - 1].n_lines == 1
                and P.HAN_CHAR.match(found[i - 2].text[-1:]) and P.LATIN_TITLE_LINE.match(found[i - 1].text)):
            found[i - 1] = as_kind(found[i - 1], ENGLISH_FRONT)
    return found


def with_wrapped_subtitles(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """The rest of a subtitle wrapped before its end (——2025年1月9日在某县人民代表大会 / 第四次会议上): part of the
    subtitle, not a second title line nor the text's first line (qa87). (Only the subtitle units are visited.)"""
    for i in positions(kinds, SUBTITLE):
        if i + 1 < len(found) and found[i + 1].kind in (PARA, PLAIN) and found[i + 1].n_lines == 1 and (
                is_subtitle_rest(found[i].text, found[i + 1].text) or is_subtitle_genre_rest(found[i].text, found[i + 1].text)):
            found[i + 1] = as_kind(found[i + 1], SUBTITLE)
    return found


def is_subtitle_rest(subtitle: str, line: str) -> bool:
    """Whether the line closes a speech's subtitle wrapped before the occasion's end (…人民代表大会 / 第四次会议上)."""
    return not P.SUBTITLE_CLOSED.search(subtitle) and P.SUBTITLE_REST.match(line) is not None


def is_subtitle_genre_rest(subtitle: str, line: str) -> bool:
    """Whether the line closes a report's subtitle wrapped before the word naming what the report is (——南屏市推进…保护利用
    / 见闻, qa193): a dash-led subtitle that does not end so itself. (A last-character test first: few lines end so.)"""
    return (line[-1:] in "闻查实记述察访礼描示考例" and subtitle.startswith(P.DASH_ITEM_PREFIX)
            and P.SUBTITLE_GENRE_REST.match(line) is not None and not P.SUBTITLE_GENRE_END.search(subtitle))


def with_dash_list_items(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """Dash-led lines one under another (——建设改造…80个以上 / ——快递服务全覆盖 / …): a plan's goals listed with no
    end marks, text; a title has one subtitle, and a wrapped subtitle's rest opens with no dash (qa162). (Only the
    subtitle units are visited.)"""
    at = [i for i in positions(kinds, SUBTITLE)
          if found[i].kind == SUBTITLE and found[i].text.startswith(P.DASH_ITEM_PREFIX)]
    for i, j in zip(at, at[1:]):
        if j == i + 1:
            found[i], found[j] = as_kind(found[i], PARA), as_kind(found[j], PARA)
    return found


def with_plan_lines(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """Plain lines of a plan or regulation that are neither titles nor headings, in one visit of the plain units (qa55):
    a 目录 over chapters that come again in the text (repeated_heading_at), a task table's head row over its rows
    (duty_table_end), a Taiwan plan's approval line (…号函核定) or Republic-era cover date (中华民国114年3月, front matter),
    a regulation's legislative history in brackets under its title (（2025年4月29日…会议通过 / …会议批准）, front matter)
    a government rule's promulgation note (（…人民政府令第12号公布）, front matter too) and a document number in
    brackets (（临政令〔2026〕12号）, a field)."""
    for i in positions(kinds, PLAIN):
        text = found[i].text
        if P.TOC_LABEL_INITIAL.match(text) and P.TOC_HEADING.match(text) and (
                end := repeated_heading_at(found, i + 1) or titles_listed_end(found, i + 1)):
            found[i:end] = [as_kind(u, CONTENTS) for u in found[i:end]]
        elif any(map(text.__contains__, P.DUTY_HEAD_WORDS)) and P.DUTY_HEAD_ROW.match(text):
            end = duty_table_end(found, i)
            if end > i + 1:
                found[i:end] = [as_paragraph(u) for u in found[i:end]]
        elif (text[-1:] in P.APPROVAL_LINE_LASTS and P.APPROVAL_LINE.match(text)
              or text.startswith(P.REPUBLIC_DATE_PREFIX) and P.REPUBLIC_DATE_LINE.match(text)):
            found[i] = as_kind(found[i], META)
        elif (text[-1:] in P.LEGISLATIVE_NOTE_LASTS and text.endswith(P.LEGISLATIVE_NOTE_ENDS)
              and P.LEGISLATIVE_NOTE_LINE.match(text)):   # (a last-character test before the twelve suffixes)
            found[i] = as_kind(found[i], CREDIT)
        elif is_promulgation_note(text):
            found[i] = as_kind(found[i], CREDIT)
        elif text.endswith(P.BRACKETED_DOC_NUMBER_ENDS) and P.BRACKETED_DOC_NUMBER_LINE.match(text):
            found[i] = as_kind(found[i], META)       # （临政令〔2026〕12号）: a field, as the bare number is (qa169)
        if i + 1 < len(found) and is_legislative_note_paragraph(found[i + 1]):
            found[i + 1] = as_kind(found[i + 1], CREDIT)     # a note on one line under the title, as long as a paragraph
    for i in positions(kinds, TITLE):    # (# 某某条例 / （…会议通过）: the same note under a Markdown title, qa257)
        if i + 1 < len(found) and is_legislative_note_paragraph(found[i + 1]):
            found[i + 1] = as_kind(found[i + 1], CREDIT)
    return found


def is_legislative_note_paragraph(u: Unit) -> bool:
    """A regulation's legislative history in brackets set on one long line (（…会议通过 …会议批准）), under its title."""
    return u.kind == PARA and u.text[:1] in "（(" and bool(P.LEGISLATIVE_NOTE_LINE.match(u.text)
                                                          or is_promulgation_note(u.text))


def is_promulgation_note(text: str) -> bool:
    """A government rule's note naming the order that published it (（…人民政府令第12号公布）, or bare), under its title
    (qa169)."""
    return ((text[:1] in "（(" or text[:1].isdigit()) and P.PROMULGATION_NOTE_INFIX in text
            and bool(P.PROMULGATION_NOTE_LINE.match(text)))


def duty_table_end(found: list[Unit], i: int) -> int:
    """Where the rows under a task table's head row end: the units right under it with as many cells (spaces)."""
    n, k = found[i].text.count(" "), i + 1
    while k < len(found) and found[k].kind in (PLAIN, HEADING, PARA) and found[k].text.count(" ") == n:
        k += 1
    return k


def repeated_heading_at(found: list[Unit], start: int) -> int | None:
    """Where the heading at `start` comes again after a run of headings only (None if text comes first); the entry may
    give its page number after a gap of spaces, with no leader (一、…的主要路径　　1, TOC_SPACED_PAGE: qa230)."""
    entry = found[start].text
    if entry[-1:].isdecimal():
        entry = P.TOC_SPACED_PAGE.sub("", entry)
    k = start + 1
    while k < len(found) and found[k].kind == HEADING:
        if found[k].text == entry:
            return k
        k += 1
    return None


def titles_listed_end(found: list[Unit], start: int) -> int | None:
    """Where a brief's list of its issue's notes ends (本期要目 / 1.关于… / 2.以…: numbered item lines from `start`), when
    every entry's title opens a line after the list: the notes' own titles, so the list is contents, not the first
    note's title and items (qa80). None if no such list is there."""
    # (or unnumbered lines, maybe bulleted, 本期目录 / ◎ 县域养老… / 关于…, each a block of its own: the list ends at the
    # line that repeats an entry, the first note's title right under the list, qa201)
    kind = found[start].kind if start < len(found) else None
    if kind not in (ITEM, PLAIN):
        return None
    end, listed = start, []
    while end < len(found) and found[end].kind == kind:
        entry = found[end].heading or P.CONTENTS_ENTRY_MARK.sub("", found[end].text, count=1)
        if entry in listed:
            break
        listed.append(entry)
        end += 1
    later = [u.text for u in found[end:] if u.kind in (PLAIN, HEADING)]
    enough = kind == ITEM or len(listed) >= 2
    return end if listed and enough and all(any(t.startswith(h) for t in later) for h in listed) else None


def as_paragraph(u: Unit) -> Unit:
    return tuple.__new__(Unit, (PARA, u.text, u.width, u.n_lines, u.debris) + PARAGRAPH_REST)


# The passes after with_affiliations that read units()' one list of the kinds, in this order (units() runs
# them in a loop rather than a nest of calls; each takes and returns the units).
def with_guests_under_guest_line(found: list[Unit], kinds: list[str]) -> list[Unit]:
    """The lines right under an interview's guest field (访谈嘉宾：某局副局长 骆振宇) that name one more guest each, set
    under the first (某中心主任 詹雅琳): a post, a space, a name, which reads as a byline on its own; a guest is no
    author, and the line is front matter as its field is. A byline naming a reporter's role (记者 …) is the article's
    own and ends the run. (Only the few field units are visited; qa60.)"""
    for i in positions(kinds, META):
        t = found[i].text
        # (a field with its value, not a bare label: 访谈嘉宾：… ends with no colon)
        if not (t[:1] in P.GUEST_LINE_INITIALS and t.rstrip()[-1:] not in "：:" and P.GUEST_LINE.match(t)):
            continue
        k = i + 1
        # (a line the byline rules did not take, 某某集团有限公司总经理 何晓岚, is a guest too under a guest field that
        # names a post and a name itself: the lines are set alike)
        kinds_ok = (BYLINE, PLAIN) if is_guest_post_and_name(t[max(t.find("："), t.find(":")) + 1:]) else (BYLINE,)
        while k < len(found) and found[k].kind in kinds_ok and is_guest_post_and_name(found[k].text):
            found[k] = as_kind(found[k], META)._replace(byline=None)
            k += 1
    return found


def is_guest_post_and_name(text: str) -> bool:
    """某中心主任 詹雅琳: a post and a name, or names each with its post in brackets after it (詹雅琳（某中心主任）, qa201), no
    reporter's role (本报记者 王五 signs the article)."""
    t = text.strip()
    return ((P.POST_AND_NAME.match(t) is not None or t[-1:] in "）)" and P.GUEST_NAMES_BRACKETED_POSTS.match(t) is not None)
            and not P.ROLE_WORD.search(text))


def with_page_foot(found: list[Unit]) -> list[Unit]:
    """A paper's page foot amid its text (qa64): the footnotes at it are notes (with_page_foot_footnotes), and a
    paragraph it cuts mid-sentence runs on past it (with_paragraphs_across_page_foot). One C-level scan of the kinds
    per kind finds the lines of fields, running heads and page numbers, the only units visited with their neighbours."""
    kinds = list(map(KIND, found))
    anchors = sorted({*positions(kinds, META), *positions(kinds, RUNNING_HEAD), *positions(kinds, FOLIO)})
    return with_paragraphs_across_page_foot(with_page_foot_footnotes(found, anchors), anchors) if anchors else found


def with_page_foot_footnotes(found: list[Unit], anchors: list[int]) -> list[Unit]:
    """A paper's footnotes printed at the foot of a page (①“不见面开标”指…), each opening with a circled number that
    the text above cites after a word (…迅速推广①。): notes, not paragraphs or measures, when the run of them sits
    right under or over the first page's notes (收稿日期：… / 作者简介：…) or right over the page's running head or number.
    (`anchors`: the lines of fields, running heads and page numbers, the only units visited with those beside them.)"""
    for k in anchors:
        if is_page_foot_note(found[k]):
            as_footnotes(found, range(k + 1, len(found)))
            # (or over them, past the rest of their lines of fields: ①… / * 收稿日期：… / 基金项目：… / — 1 —, qa199)
            i = k - 1
            while i >= 0 and found[i].kind == META:
                i -= 1
            as_footnotes(found, range(i, -1, -1))
        if is_page_foot_furniture(found[k]):
            as_footnotes(found, range(k - 1, -1, -1))
            as_ruled_footnotes(found, k)
    return found


# The kinds a footnotes' rule may have been read as where no furniture rule took it (a rule of underscores): it goes
# with the notes under it.
RULE_READ_AS_TEXT = (PLAIN, PARA, HEADING)


def as_ruled_footnotes(found: list[Unit], k: int) -> None:
    """Marks as notes, in place, the footnotes numbered with plain digits (2 参见…。) between the rule PDF extraction
    keeps at a page's foot and the page furniture at k: without the rule a plain number is no footnote's mark (qa170);
    nor is a bracketed one ([1] 数据来源：…。), which opens a reference list's entries too (qa230)."""
    i = k - 1
    while i >= 0 and (found[i].kind == NOTES or (found[i].kind in NOTE_ENTRY_KINDS and is_numbered_footnote(found[i].text))):
        i -= 1
    if i < k - 1 and i >= 0 and found[i].text[:1] in P.FOOTNOTE_RULE_FIRSTS and P.FOOTNOTE_RULE_LINE.match(found[i].text):
        for j in range(i + 1, k):
            found[j] = as_kind(found[j], NOTES)
        if found[i].kind in RULE_READ_AS_TEXT:      # (a rule of underscores, ________, is no heading: qa238)
            found[i] = as_kind(found[i], NOTES)


def is_numbered_footnote(text: str) -> bool:
    """Whether a line reads as a footnote numbered with a plain number (2 参见…。) or one in square brackets ([1] 据…。)."""
    first = text[:1]
    if first.isdecimal():
        return P.PLAIN_NUMBER_FOOTNOTE.match(text) is not None
    return first in P.BRACKET_NUMBER_FOOTNOTE_FIRSTS and P.BRACKET_NUMBER_FOOTNOTE.match(text) is not None


def as_footnotes(found: list[Unit], steps: range) -> None:
    """Marks as notes the run of cited footnotes met at `steps`, in place (with_page_foot_footnotes, and
    cited_footnotes_before over the references): each opens with a circled or a superscript number (① / ¹, qa107)."""
    for k in steps:
        if not (found[k].kind in NOTE_ENTRY_KINDS and (mark := footnote_mark(found[k].text))
                and is_cited_before(found, k, mark)):
            return
        found[k] = as_kind(found[k], NOTES)


def footnote_mark(text: str) -> str | None:
    """The mark a footnote opens with and the text cites it by: ① or ¹, or a label 注1 before a colon (注1：…, qa142)."""
    first = text[:1]
    if first in P.FOOTNOTE_MARKS:
        return first
    if first == P.LABELLED_FOOTNOTE_FIRST and (m := P.LABELLED_FOOTNOTE.match(text)):
        return m.group(1)
    return None


def is_page_foot_note(u: Unit) -> bool:
    """Whether a unit is one of a paper's first-page notes (收稿日期：…, 基金项目：…, 作者简介：…), set at the page's foot."""
    return u.kind == META and P.WRAPPED_PAPER_FRONT_FIELD.match(u.text) is not None


def is_page_foot_furniture(u: Unit) -> bool:
    """Whether a unit is the furniture that follows a page's foot: a page number or a journal's running head."""
    return u.kind in (FOLIO, RUNNING_HEAD) or (u.kind == META and is_spaced_masthead(u.text))


PAGE_FOOT_KINDS = frozenset({META, NOTES, FOLIO, RUNNING_HEAD})
MID_SENTENCE_ENDS = "，、；：“（《—"
ASCII_DIGITS = "0123456789"


def with_paragraphs_across_page_foot(found: list[Unit], anchors: list[int]) -> list[Unit]:
    """A paper's paragraph cut mid-sentence by a page break (…跨平台调用数据需要逐一对接。二是跨区 / the page's foot: first-page
    notes, footnotes, the next page's running head / 域互认不充分。…): one paragraph, as the reader reads it, with the
    page's furniture after it (reflow lifts only a page number and the head under it). Only the running heads and
    page numbers among `anchors` (see with_page_foot) are visited."""
    for k in reversed(anchors):           # (from the end: a merge removes a unit after k only)
        if k >= len(found) or not is_page_foot_furniture(found[k]):
            continue
        first, last = k, k
        while first > 0 and found[first - 1].kind in PAGE_FOOT_KINDS:
            first -= 1
        while last + 1 < len(found) and found[last + 1].kind in PAGE_FOOT_KINDS:
            last += 1
        if 0 < first < k and is_footnote_rule(found[first - 1]):
            first -= 1      # (the rule over the first page's notes is part of the foot, qa189)
        # (the cut part may be a paragraph's first line alone, read as a heading's line: one holding a clause is text,
        # no heading, qa199)
        if (first > 0 and last + 1 < len(found)
                and (is_cut_paragraph(found[first - 1]) or is_clause_cut(found[first - 1])) and found[last + 1].kind == PARA
                and not is_spaced_cells_row(found[first - 1]) and not is_spaced_cells_row(found[last + 1])
                and not opens_next_item(found[first - 1], found[last + 1])):
            cut, rest = found[first - 1], found[last + 1]
            found[first - 1] = cut._replace(text=cut.text + rest.text, n_lines=cut.n_lines + rest.n_lines, kind=PARA)
            del found[last + 1]
    return found


def with_pointer_quotes_amid_text(found: list[Unit]) -> None:
    """A short block under a triangle (▲县城虽小，连着民生。让县城更宜居…。, several sentences: no caption) between a
    paragraph cut mid-sentence after a clause and the paragraph its sentence goes on in is a pull quote set amid the
    column, as a page may mark its captions too: a quote, so the paragraph is joined round it. Elsewhere such a block
    is a bulleted paragraph of text (▲加强组织领导。建立…。, qa110). (Only the units opening with a triangle, found by a
    C-level map, are tried; in place.) (qa131)"""
    for k in list(indexes(map(P.POINTER_QUOTE_INITIAL.match, map(TEXT, found)))):
        u = found[k]
        if (0 < k < len(found) - 1 and u.kind == PARA and u.n_lines <= P.POINTER_QUOTE_MAX_LINES
                and is_clause_cut(found[k - 1]) and found[k + 1].kind == PARA):
            found[k] = as_kind(u, QUOTE)


def with_paragraphs_across_captions(found: list[Unit]) -> list[Unit]:
    """A paragraph cut mid-sentence by a photo set amid its column (其三，坚持改革赋能，让生态价值更 / 图为…。 / 本报记者 某某
    摄 / 好转化。…): one paragraph, as the reader reads it, the caption and its credit after it. The cut part holds a
    clause (a comma: no title or heading line stops so) and the rest opens no block of its own (qa96). A pull quote set
    amid the column cuts a paragraph so too (…可以先在局部地区开展试点， / ■… / 在取得经验后…), and the cut part's last line,
    short over the quote's narrow lines, may have been read as a line of its own under the paragraph's first part,
    which stops mid-word (…推进传统产业高 / 端化、智能化、绿色化改造，: qa127). Only the captions and quotes are visited."""
    with_pointer_quotes_amid_text(found)
    k = len(found) - 1
    while k > 0:
        if found[k].kind not in AMID_TEXT_KINDS:
            k -= 1
            continue
        last = k
        while k > 0 and found[k - 1].kind == found[last].kind:
            k -= 1
        cut, after = k - 1, last + 1
        # (the rest's first line, set in a narrower column under the picture, may read as a line of its own: a clause
        # cut mid-sentence too, over the paragraph it goes on into)
        end = after + 1 if (after + 1 < len(found) and found[after].kind == PLAIN and found[after].n_lines == 1
                            and is_clause_cut(found[after]) and found[after + 1].kind == PARA) else after
        if (cut >= 0 and end < len(found) and is_clause_cut(found[cut]) and found[end].kind == PARA
                and not P.BLOCK_START_OR_DATE_LINE.match(found[after].text)
                and not any(marker.match(found[after].text) for _, marker in P.INLINE_MARKERS)):
            if found[last].kind == QUOTE and cut > 0 and found[cut].n_lines == 1 and stops_mid_word(found[cut - 1]):
                cut -= 1                  # (the cut part's first line read as a line of its own)
            u, rest = found[cut], found[cut + 1:k] + found[after:end + 1]
            found[cut] = u._replace(kind=PARA, text=u.text + "".join(r.text for r in rest),
                                    n_lines=u.n_lines + sum(r.n_lines for r in rest),
                                    width=found[end].width if u.n_lines == 1 else u.width, heading=None, marker=None,
                                    family=None)
            del found[after:end + 1]
            del found[cut + 1:k]
            k = cut + 1
        k -= 1
    return found


# The kinds of a block set amid a text's column that may cut one of its paragraphs (with_paragraphs_across_captions).
AMID_TEXT_KINDS = frozenset({CAPTION, QUOTE})


def stops_mid_word(u: Unit) -> bool:
    """Whether a unit is text that stops at a Chinese character, with no mark, at its column's edge: a paragraph of
    several lines, or one line as wide as its column (a title line is short of it)."""
    return (u.kind in (PARA, PLAIN) and P.HAN_CHAR.match(u.text[-1:]) is not None
            and (u.n_lines > 1 if u.kind == PARA else display_width(u.text) >= u.width - FULL_LINE_SLACK))


def opens_next_item(cut: Unit, rest: Unit) -> bool:
    """Whether the text over a page's foot ends an item of a list or its lead (…予以制止； / …下列场所：) and the text under
    it opens the next item with a bracketed number (（四）不得遗弃犬只。, （4）…): two paragraphs the page break falls
    between, not one it cut (qa231). (A last-character and a first-character test first.)"""
    return (cut.text[-1:] in P.LIST_ITEM_CUT_ENDS and rest.text[:1] in P.ITEM_PAREN_ARABIC_INITIALS
            and (P.ITEM_PAREN_CN.match(rest.text) is not None or P.ITEM_PAREN_ARABIC.match(rest.text) is not None))


def is_clause_cut(u: Unit) -> bool:
    """Whether a unit is text (a paragraph, or a line of one read as a heading) that stops mid-sentence after a clause:
    its last character a Chinese one or a mark within a sentence, a comma before it."""
    return (u.kind in (PARA, PLAIN) and "，" in u.text
            and (u.text[-1:] in MID_SENTENCE_ENDS or P.HAN_CHAR.match(u.text[-1:]) is not None))


def is_spaced_cells_row(u: Unit) -> bool:
    """Whether a unit is a table's row extracted as one line, a head row too (TABLE_ROW: four cells or more apart by
    spaces, no number needed, unlike is_table_row_unit): it ends where its line does, though its last cell stops at a
    Han character (…市农业农村局 2028年12月), and no paragraph goes on into it (a plan's task table over a page break,
    its head row maybe repeated under the page number: qa150)."""
    return " " in u.text and P.TABLE_ROW.fullmatch(u.text) is not None


def is_footnote_rule(u: Unit) -> bool:
    """Whether a unit is the rule PDF extraction keeps over a page's foot notes (————————, FOOTNOTE_RULE_LINE): it
    belongs to the foot, so a paragraph the page break cuts runs on past it too (qa189)."""
    return u.text[:1] in P.FOOTNOTE_RULE_FIRSTS and P.FOOTNOTE_RULE_LINE.match(u.text) is not None


def is_cut_paragraph(u: Unit) -> bool:
    """Whether a unit is a paragraph that stops mid-sentence: at a Chinese character or a mark within a sentence."""
    last = u.text.rstrip(P.SUPERSCRIPT_DIGITS)[-1:]     # (past a footnote's mark: …资源管道³ stops mid-sentence, qa147)
    return u.kind == PARA and (last in MID_SENTENCE_ENDS or P.HAN_CHAR.match(last) is not None
                               # (or at a number in prose, its measure word on the next page: …。其中5 / 个县…, qa199)
                               or last in ASCII_DIGITS and P.HAN_CHAR.match(u.text[-2::-1].lstrip(ASCII_DIGITS)[:1]) is not None
                               and ("，" in u.text or "。" in u.text))


def is_cited_before(found: list[Unit], k: int, mark: str | None = None) -> bool:
    """Whether the footnote mark opening found[k] (① or ¹, or `mark`: 注1) is cited inside the text of a unit before
    it (not at its start, where a list's own item would have it)."""
    mark = mark or found[k].text[:1]
    return any(mark in u.text[1:] for u in found[:k])


KINDS_PASSES: tuple[Callable[[list[Unit], list[str]], list[Unit]], ...] = (
    with_contents_heading, with_plan_lines, with_link_lists, with_english_front_matter,
    with_page_labels, with_cartoon_credits, with_caption_text, with_slash_photo_credits, with_photo_list_captions, with_caption_notes, with_notes_under_table_rows,
    with_table_cells_under_leads, with_two_column_rows,
    with_key_points_labels,
    with_page_section_labels, with_boxes_and_inline_notes, with_text_width_boxes, with_roundup_signatures,
    with_english_title_under_title, with_english_title_over_byline, with_guests_under_guest_line,
    with_quotes_over_headings, with_wrapped_subtitles, with_dash_list_items)
