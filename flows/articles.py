"""Find the articles of a document: where each starts and ends, its title lines and its byline.

A page may hold several articles, with titles and bylines before or after their body. Bylines
are the anchors: the header lines (titles, bylines) between two bodies are split between the
body before (a title and byline after the text) and the body after (title and byline first).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterator

from flows import patterns as P
from flows import units as U
from flows.measures import cn_number
from flows.bylines import Byline, field_authors, is_editorial_voice, is_speaker_day_line, note_authors
from flows.reflow import (MOTTO_WORD_CHARS, breadcrumb_trails, column_label_match, display_width, is_issuer_over_date,
                          is_letter_spaced, is_page_head)
from flows.units import Unit, positions

# Paragraphs whose column differs from the article's by more than this share belong elsewhere.
WIDTH_TOLERANCE = 0.25
# Printed columns are at most this wide; wider "columns" are one-paragraph-per-line text.
PRINT_COLUMN_WIDTH = 60.0
# A line less than this share of the width of the title line under it is a kicker, not title.
KICKER_SHARE = 0.5
# A headline's first line of two phrases (坚定信心 真抓实干) is narrower than its main line by this share at least (qa95).
COUPLET_SHARE = 0.9
# A title or section heading spans at most this many lines; earlier lines are page furniture.
MAX_HEADING_LINES = 2
# A newspaper column this narrow (characters a line, 11-14 as many papers set them) wraps a headline over three lines:
# three plain lines over a byline after a titled article are all the next title (narrow_column_head_lines).
NARROW_TITLE_COLUMN = 16.0
# The narrower of a title's two lines is at least this share of the wider's width (stray_spaced_second_line).
TITLE_PAIR_SHARE = 0.75
# A box of further reading at the end of an article's text holds a paragraph or two (split_on_reading_box).
READING_BOX_MAX_PARAS = 2
BOX_KINDS = frozenset({U.PARA})       # (a box holds paragraphs: no headings, no items)
# A box at the end of an article's text set this share of the text's column narrower (13 of 17: split_on_narrow_box).
NARROW_BOX_SHARE = 0.15
# 7 评论 2026年… / （紧接第一版） / text: the first units of a span within which a note that its text comes from another page
# opens it (continues_from_other_page), under the page's running head or a jump head's title (qa131).
CONTINUED_NOTE_REACH = 4
# A title's first line may be two parallel phrases of this many characters or more set apart by a space (藏粮于地 藏粮于技,
# parallel_phrases_first_line); a column head's words are shorter.
PARALLEL_PHRASE_CHARS = 3
# A column's label under a writer's signature with its paper (陈某 某某日报 / 来 论) is at most this long (qa260).
LABEL_AFTER_SIGNATURE_CHARS = 2
# A column's label over an article's text (楚天时评, 理论周刊, 观察) is at most this long.
COLUMN_LABEL_MAX_CHARS = 6
# A page theme's line under a column's name over the text (前沿观察 / 城市安全与治理现代化) is at most this long (qa210).
COLUMN_THEME_MAX_CHARS = 12
# A page's topic under a topic box's own label (本期关注 / 以县城为载体推进新型城镇化) is at most this long: a title's length.
TOPIC_THEME_MAX_CHARS = 24
# An item of news in brief (经济简讯 …) holds at most this many lines of text (split_on_brief_column).
BRIEF_ITEM_MAX_LINES = 12
# A signed piece's title under a column's label over further titles at least this share of its length: a column of
# news in brief whose first item is signed (titles_items_alike, qa90).
BRIEF_TITLE_SHARE = 0.8
# Such a column's further items run at most this many paragraphs each: a report signed at its head whose headings about
# as long as its title each head three paragraphs or more (县域观察 / a title / 本报记者 某某 / text / a heading / three
# paragraphs) is one article with sections, a lead report under its column's label (qa285).
BRIEF_SIGNED_ITEM_MAX_PARAS = 2
# A full name's length: a surname and a given name of two characters (glued_full_name).
FULL_NAME_CHARS = 3
# The halves of a title set around its byline (title_split_by_byline): each at most this long, within this of each
# other's length.
SPLIT_TITLE_HALF_MAX_CHARS = 8
SPLIT_TITLE_HALF_SLACK = 2
# A lone line over a text signed after it at least this share of the text's column is the text's first line, cut off
# from it, no title (titles_signed_text, qa282).
CUT_FIRST_LINE_SHARE = 0.8
# A page's standfirst (is_page_standfirst) is at most this many paragraphs.
STANDFIRST_MAX_PARAS = 2
# At most this many plain lines (a column's label, a title of two lines) over an editor's note printed between an
# article's title and its byline (with_notes_over_titles).
MAX_TITLE_LINES_OVER_NOTE = 3
# At most this many lines of fields (a date and source line, a web page's 字号/打印 chrome) between those title lines
# and the note (fields_start_over), and the kinds they are read as.
MAX_FIELD_LINES_UNDER_TITLE = 3
NOTE_FIELD_KINDS = frozenset({U.META, U.CREDIT})
# The units that head a section of an article, and the unmarked lines among them (titles, plain headings).
HEADING_KINDS = frozenset({U.HEADING, U.PLAIN})
PLAIN_KINDS = frozenset({U.PLAIN})
# A title's lines: its plain lines and its subtitle (——…), over which a lone short name is a byline.
TITLE_KINDS = frozenset({U.PLAIN, U.SUBTITLE})
# The units of an article's text: a span without one has no article.
TEXT_KINDS = frozenset({U.PARA, U.ITEM})
# The lines a Markdown document's footer of contact fields under its last --- holds at most (contact_footer_start).
CONTACT_FOOTER_MAX_LINES = 3
# The kinds a contact line under an article's closing credit may be read as (split_after_closing_credit).
CONTACT_KINDS = frozenset({U.PARA, U.PLAIN, U.META})
# The kinds of an advertisement's title line on a plain-text page (split_at_advert_title): a plain line, or one read as
# an unnumbered heading.
ADVERT_TITLE_KINDS = frozenset({U.PLAIN, U.HEADING})
# A box set as a pull quote: its label, title and first paragraph (box_amid_text).
QUOTE_KINDS = frozenset({U.QUOTE})
# A picture's caption and credit (label_cut).
CAPTION_KINDS = frozenset({U.CAPTION})
# Pull quotes, and the notes of the article before (注释：…), over a box that opens a body (narrow_box_over_text).
QUOTE_OR_NOTES_KINDS = frozenset({U.QUOTE, U.NOTES})
# A box's label line: plain, or read as a web page's chrome (相关链接, 知识链接) (narrow_box_over_text).
LABEL_KINDS = frozenset({U.PLAIN, U.CREDIT})
# A web page's lines of fields under a title (来源：… 作者：…, 原标题：…).
FIELD_KINDS = frozenset({U.META})
# The units of a roundup of signed views: paragraphs, and the dash-led signatures under them (SUBTITLE lines).
ROUNDUP_KINDS = frozenset({U.PARA, U.SUBTITLE})
# What an attached document's text opens with under its title: text, or a marked heading (rules open
# with 第一章 总则 right under their title).
OPENING_KINDS = frozenset({*TEXT_KINDS, U.HEADING})


@dataclass
class Span:
    """One article's units, before records are made of them."""

    title_lines: list[Unit] = field(default_factory=list)
    bylines: list[Unit] = field(default_factory=list)
    body: list[Unit] = field(default_factory=list)
    residue: list[tuple[Unit, str]] = field(default_factory=list)
    # Title lines and a byline printed after the text of an article titled and signed at its start:
    # another article's, titled at its end, when the text changes column (split_on_tail_title).
    tail: tuple[list[Unit], Unit] | None = None
    # Title lines over a commentary column's name after the text, whose byline, under the next title, is the next
    # article's: the end title of the piece under a column's label amid the text (split_on_tail_title, qa232).
    tail_title: list[Unit] = field(default_factory=list)
    # The text comes right under a column's label (来论) and no title: it is titled after its text.
    under_label: bool = False
    # The text starts right after another text closed by its author note (（作者系…）), with no title line or
    # byline over it: on a page that prints one article text first, its title and byline come after it.
    after_note: bool = False
    # The text starts right after another text closed by its author note, under title lines of its own (「观点」 /
    # 别让… / text, titled_at_head): it is titled, so the title and byline after its own author note are the next
    # text's head, not its end (qa109).
    titled_under_note: bool = False
    # The text's own title and byline come after it, followed by the next article's title and byline (closes_with_title
    # of the boundary after it): title lines and a byline right over it cannot be its head (qa73).
    end_titled: bool = False
    # The page's last text is titled and signed after it (closes_with_title_and_byline): the page prints its
    # articles text first.
    titled_after: bool = False
    # The byline came after the text (give_tail): it signs the text's last part when a column change splits it.
    signed_after: bool = False
    # The title and byline over the text stand at the page's head, with no text over them (give_page_head): they are
    # printed at the text's start, and a lead set wider than the text right under them is the article's own
    # (trim_foreign_start, split_on_column_change).
    page_head: bool = False
    # Its title lines are the plain lines that opened its body (take_leading_title), not lines printed after its text:
    # where a box set in another column follows them, they are that box's label (drop_through, qa132).
    lead_titled: bool = False


@dataclass
class Layout:
    spans: list[Span]
    residue: list[tuple[Unit, str]]


def layout(units: list[Unit], markdown: bool, front_title: str | None = None) -> Layout:
    """`front_title`: the title a Markdown document's front matter gives, if any."""
    if markdown and any(u.kind == U.TITLE for u in units):
        return markdown_layout(units, front_title)
    return page_layout(units)


# ---------------------------------------------------------------- Markdown: level-1 headings split

def markdown_layout(units: list[Unit], front_title: str | None = None) -> Layout:
    residue: list[tuple[Unit, str]] = []
    spans: list[Span] = []
    pending: list[Unit] = []          # units before the next title (kicker headings, preamble)
    boxed = False                     # the unit before is the label of a box of further reading
    for i, u in enumerate(units):
        if boxed and u.kind == U.HEADING and spans:
            u = as_title(u)           # **延伸阅读** / ## 某某：…: the box holds another piece, which that heading titles
        elif (u.kind == U.HEADING and spans and pending and titles_piece_after_credit(u, pending)
              and not (i + 1 < len(units) and units[i + 1].kind == U.TITLE)):
            if labels_notice_heading(u, units[i + 1] if i + 1 < len(units) else None):
                boxed = True          # **活动预告** / ### 第三届…论坛: the heading under the label titles the piece (qa122)
                pending.append(u)
                continue
            u = as_title(u)           # (a heading right over a title is that title's kicker, **活动预告** / # 某某…)
        boxed = u.kind == U.CREDIT and is_box_label(u.text)
        if u.kind == U.TITLE and not spans and names_column_over_front_title(front_title, u, pending):
            # # 智库专报 over the text of a note the front matter titles: the column's name, not the piece's title
            residue.append((u, "column label"))
            residue.extend((x, "before the first title") for x in pending if x.kind != U.META)
            spans.append(Span(body=[x for x in pending if x.kind == U.META]))
            pending = []
        elif u.kind == U.TITLE:
            kickers = trailing_headings(pending)
            rest = pending[: len(pending) - len(kickers)]
            fields: list[Unit] = []
            if spans:
                spans[-1].body.extend(rest)
            elif front_titles_preamble(front_title, u, rest):
                spans.append(Span(body=rest))      # untitled in the text: the front matter's title is its own
            else:
                # The page's line of fields over the first title (来源：… 时间：…) is that article's metadata.
                signed = bylines_over_title(rest)
                fields = [x for x in rest if x.kind == U.META or x in signed]
                residue.extend((x, "before the first title") for x in rest if x not in fields)
            residue.extend((x, "kicker") for x in kickers)
            spans.append(Span(title_lines=[u], body=fields))
            pending = []
        else:
            pending.append(u)
    spans[-1].body.extend(pending)
    if (k := contact_footer_start(spans[-1].body)) is not None:
        residue.extend((u, "page furniture") for u in spans[-1].body[k:])
        del spans[-1].body[k:]
    for span in spans:
        if span.title_lines and (note := editor_note_under_title(span.body)):
            span.body.remove(note)
            residue.append((note, "editor's note"))
        span.bylines = [u for u in span.body if u.kind == U.BYLINE]
        span.body = [u for u in span.body if u.kind != U.BYLINE]
        if span.title_lines:
            residue.extend((u, "page furniture") for u in without_cover_issuers(span))
    return Layout(spans, residue)


def contact_footer_start(body: list[Unit]) -> int | None:
    """Where a Markdown document's footer of contact fields starts: the lines under its last thematic break (---), at
    most CONTACT_FOOTER_MAX_LINES, each a contact field (联系电话：…  地址：…). The rule sets them apart from the last
    piece: the publisher's, none of that piece's text, which a contact line right under a text is (qa226). None
    without such a footer. (Only the document's last few units are looked at.)"""
    n = len(body)
    for k in range(n - 1, max(n - CONTACT_FOOTER_MAX_LINES - 2, -1), -1):
        if P.THEMATIC_BREAK.match(body[k].text):
            return k + 1 if k + 1 < n else None
        if not P.CONTACT_LINE.match(body[k].text):
            return None
    return None


def editor_note_under_title(body: list[Unit]) -> Unit | None:
    """The editor's note (**编者按：** …) a Markdown article prints between its title and its byline, under the lines of
    fields at most: the editors' words on the article, residue as such a note on a page is (with_notes_over_titles),
    not the writer's first paragraph (qa188). Only a note labelled 编者按 (a 导读 lead stays the text's first). A web
    page whose line of fields names the writer (2026-11-06 来源：… 作者：…) has no byline under it: its note stands
    right over the text (qa196)."""
    k = next((i for i, u in enumerate(body) if u.kind != U.META), len(body))
    if (k + 1 < len(body) and body[k].kind == U.PARA
            and (body[k + 1].kind == U.BYLINE or body[k + 1].kind == U.PARA and fields_name_writer(body[:k]))
            and (t := body[k].text.strip())[:1] in P.EDITORS_LABEL_FIRSTS and P.EDITORS_LABELLED_NOTE.match(t)):
        return body[k]
    return None


def fields_name_writer(fields: list[Unit]) -> bool:
    """Whether the lines of fields under a title name its writer (2026-11-06 来源：… 作者：…): the byline is given, so a
    labelled note between them and the text is the editors' (qa196). (A note right over the first section heading is
    all the piece's lead, as an interview's 编者按 introducing its guest is, and one over an interview's first turn with
    no writer named is its talk note: both stay text.)"""
    return any("作者" in u.text and field_authors(u.text) for u in fields)


def bylines_over_title(rest: list[Unit]) -> list[Unit]:
    """The labelled bylines (作者：本刊记者 某某) among the lines of fields right over a Markdown document's first title:
    the title's byline, as the fields beside them are its metadata (qa168). A byline under text, or an unlabelled name
    (which may sign a text cut off before the title), is not taken."""
    taken: list[Unit] = []
    for x in reversed(rest):
        if x.kind == U.BYLINE and P.LABELLED_BYLINE.match(x.text):
            taken.append(x)
        elif x.kind != U.META:
            break
    return taken


def without_cover_issuers(span: Span) -> list[Unit]:
    """The lines under a titled span's title that name the body issuing it (cover_issuers: # 某某行动方案 / 水利部), taken
    out of its body: front matter, no paragraph or section of the text (qa61)."""
    issuers = cover_issuers(span.body[: lead_end(span.body)], titled=True)
    taken = [span.body[i] for i in sorted(issuers)]
    span.body = [u for i, u in enumerate(span.body) if i not in issuers]
    return taken


def is_box_label(text: str) -> bool:
    """Whether a furniture line labels a box that holds another piece under a heading of its own: further
    reading (延伸阅读) or an advertisement (推广, 广告)."""
    return bool(P.READING_BOX_LABEL.match(text) or U.is_advert_label(text))


def titles_notice_after_credit(heading: Unit, before: Unit) -> bool:
    """Whether a heading right under an article's closing credit ((本报记者 张三 整理)) names an official
    document (## 关于…的公告): a notice printed after the article, under its own title, not the
    article's last section. (A substring test first: few headings hold 关于.)"""
    return (before.kind in (U.BYLINE, U.CREDIT) and "关于" in heading.text
            and bool(P.OFFICIAL_TITLE_HEADING.match(heading.heading or heading.text)))


def titles_piece_after_credit(heading: Unit, before: list[Unit]) -> bool:
    """Whether a heading right under an article's units titles a piece of its own: one naming an official
    document under a closing credit, or any but a question under a credit in brackets that closes the text
    (an interview's next question, ## 改完之后谁来管？, may follow a credit that closes the previous answer), or one
    naming a notice (names_notice_piece) under a --- break or the article's end matter."""
    ended = without_trailing_breaks(before)
    return bool(ended) and (titles_notice_after_credit(heading, ended[-1]) or titles_rules_after_signature(heading, ended)
                            or (
        closes_with_bracketed_credit(ended) and not heading.text.endswith(P.QUESTION_MARKS))
        or (names_notice_piece(heading) and (len(ended) < len(before) or ended[-1].kind in END_MATTER_KINDS)))


def titles_rules_after_signature(heading: Unit, before: list[Unit]) -> bool:
    """Whether a heading naming a document's kind (## 某某管理办法: DOCUMENT_TITLE_LINE) stands right under a signature
    over a bare date (省长　某某 / 2026年5月12日): the rules a government decree publishes, under their own title, not
    the decree's section (qa274), as in plain text (signed_over_date)."""
    return (len(before) >= 2 and before[-2].kind == U.BYLINE and before[-1].kind == U.META
            and P.DATE_ONLY_LINE.match(before[-1].text) is not None
            and P.DOCUMENT_TITLE_LINE.match(heading.heading or heading.text) is not None)


# The units that close an article's text: its credit or byline under it, an author note, its notes (qa122).
END_MATTER_KINDS = frozenset({U.BYLINE, U.CREDIT, U.NOTE, U.NOTES})


def labels_notice_heading(label: Unit, after: Unit | None) -> bool:
    """Whether a heading is a notice's kind alone (**活动预告**, **招聘启事**) or a news column's name (**研究动态**, qa139)
    right over another heading, which then titles the piece, the label being its kicker (qa122)."""
    text = label.heading or label.text
    return (after is not None and after.kind == U.HEADING
            and (P.NOTICE_KIND_LABEL.match(text) or P.NEWS_COLUMN_LABEL.match(text)) is not None)


def names_notice_piece(heading: Unit) -> bool:
    """Whether a heading names a notice printed after an article (## 会议通知｜…论坛将于5月举办, ## …招聘启事): under
    the article's end matter it titles a piece of its own (qa122); so does a news column's (## 研究动态｜…, qa139)."""
    text = heading.heading or heading.text
    return (P.NOTICE_PIECE_HEADING.search(text) or P.NEWS_COLUMN_HEADING.match(text)) is not None     # 研究动态 (qa139)


def without_trailing_breaks(units: list[Unit]) -> list[Unit]:
    """The units without the thematic breaks (---) at their end: a page may set one between an article's closing
    credit and the heading of the next piece, and it closes nothing of its own (qa75)."""
    k = len(units)
    while k > 0 and P.THEMATIC_BREAK.match(units[k - 1].text):
        k -= 1
    return units[:k]


def closes_with_bracketed_credit(units: list[Unit]) -> bool:
    """Whether an article's units end with its credit in brackets under its text ((本报记者 韩雪 实习生 邱可欣)):
    such a line closes the piece, so a heading right under it titles the next piece printed after it (an
    advertisement, a notice), not this one's last section. (A byline over the text, as 专家简介 盛毅… over an
    interview's first ## section, closes nothing.)"""
    last = units[-1]
    return (last.kind == U.BYLINE and last.text[:1] in P.BRACKETED_CREDIT_OPENERS
            and last.text[-1:] in P.BRACKETED_CREDIT_CLOSERS
            and any(u.kind in TEXT_KINDS for u in units))


def front_titles_preamble(front_title: str | None, first_title: Unit, preamble: list[Unit]) -> bool:
    """Whether the text before a Markdown document's first level-1 heading is an article of its own, the
    one the front matter titles: the front matter names another title than that heading's, and text
    comes before it (a blog post titled only in its front matter, then a piece appended under a # title).
    Without such a title, text over the first heading is pull quotes and teasers of the page."""
    if not front_title:
        return False
    return (any(u.kind in TEXT_KINDS for u in preamble)
            and P.HAN_CHAR.findall(front_title) != P.HAN_CHAR.findall(first_title.text))


def names_column_over_front_title(front_title: str | None, first_title: Unit, preamble: list[Unit]) -> bool:
    """Whether a Markdown document's first level-1 heading, with no text before it, names the series or column the
    piece runs in (# 智库专报), not the piece the front matter titles (title: 关于…的几点建议): a short label, no clause
    mark in it, whose words are not the front matter title's (# 数字乡村… under title: 对话｜数字乡村… is the title
    without its column). The front matter's title is then the piece's (segment reads it for an untitled first span)."""
    if not front_title or any(u.kind in TEXT_KINDS for u in preamble):
        return False
    label = first_title.heading or first_title.text
    return (P.FRONT_COLUMN_HEADING.match(label) is not None
            and len(front_title) > len(label) + P.FRONT_COLUMN_HEADING_MAX // 2
            and "".join(P.HAN_CHAR.findall(label)) not in "".join(P.HAN_CHAR.findall(front_title)))


def as_title(u: Unit) -> Unit:
    """A heading read as the title of an article of its own."""
    return u._replace(kind=U.TITLE, text=u.heading or u.text, marker=None, family=None)


def trailing_headings(units: list[Unit]) -> list[Unit]:
    """The headings right before a title (no text in between): kicker lines of that title."""
    k = len(units)
    while k > 0 and units[k - 1].kind in (U.HEADING, U.PLAIN):
        k -= 1
    return units[k:]


# ---------------------------------------------------------------- plain text: bylines anchor articles

def page_layout(units: list[Unit]) -> Layout:
    runs = alternating_runs(with_glued_bylines(with_notes_over_titles(without_repeated_signatures(units))))
    bodies: list[list[Unit]] = runs[0::2]
    boundaries: list[list[Unit]] = runs[1::2]
    spans = [Span(body=list(b)) for b in bodies]
    residue: list[tuple[Unit, str]] = []
    titled_after = opens_untitled(spans[0]) and (closes_with_title_and_byline(boundaries, spans)
                                                 or is_bare_text(spans[0]) and signs_after_a_text(boundaries)
                                                 or closes_with_unsigned_title(boundaries, spans))
    # (a page whose last text is titled after it may print any text so: a heading over a text under an author note
    # is then that text's first section, not its title)
    ends_titled_after = closes_with_title_and_byline(boundaries, spans)
    for k, boundary in enumerate(boundaries):
        before, after = spans[k], spans[k + 1]
        after.after_note = not boundary and ends_with_author_note(before) and opens_with_text(after)
        after.titled_under_note = (not boundary and not ends_titled_after and ends_with_author_note(before)
                                   and titled_at_head(after))
        after.end_titled = k + 1 < len(boundaries) and closes_with_title(boundaries[k + 1])
        after.titled_after = titled_after
        split_boundary(boundary, before, after, residue, first=k == 0)
    spans = [part for s in spans for part in split_on_tail_title(s)]
    spans = [part for s in spans for part in split_off_leading_box(s)]
    # (a page of several articles: spans with text; the empty span after a byline that closes the page's one article is
    # none, and its editor's note under its title is no page's note over a first title: qa136)
    if sum(map(has_text, spans)) > 1 or opens_with_note(spans[0]):
        drop_page_note_over_title(spans[0])
    for s in spans[1:]:
        if not s.title_lines and s.body and (s.body[0].kind in LEAD_KINDS or opens_with_labelled_note(s.body)):
            # (专家笔谈 / 编者按：… / the first piece's title / its text, after a piece signed at its end: the note
            # over a title and text that no byline parts from it is the note on the piece under it, as on a
            # page's first, qa155; so it is when that piece is signed at its end too, 【编者按】… / 读者来函 / its
            # title / its text / 屯门 读者 某某: the byline closes the span, qa228; or under no label: 编者按：… / a
            # reader's letter's title / 编辑同志： / its text / 某地 读者 某某, qa224)
            drop_page_note_over_title(s)
    for before, after in zip(spans, spans[1:]):
        give_back_contact_lines(before, after)
    # (before take_leading_title, which takes a lone label over a text with no heading for the column's own)
    drop_standfirst_under_column_label(spans[0])
    for s in spans:
        take_leading_title(s)
    if len(spans) > 1:
        take_last_end_title(spans[-1])
    if sum(1 for s in spans if has_text(s)) > 1:
        drop_standfirst_over_column_label(spans[0])
        for s in spans:
            n = len(s.body)
            trim_foreign_start(s)
            if len(s.body) < n and not s.title_lines:
                take_leading_title(s)    # a box over the title dropped: the title heads the text now (qa131)
    spans = [part for s in spans for part in split_on_roundup(s)]
    spans = [part for s in spans for part in split_on_brief_column(s)]
    spans = [part for s in spans for part in split_on_digest_items(s)]
    spans = [part for s in spans for part in split_on_column_change(s)]
    spans = [part for s in spans for part in split_on_foreign_note(s)]
    spans = [part for s in spans for part in split_on_editors_note_amid_text(s)]
    spans = [part for s in spans for part in split_on_editorial_label_amid_text(s)]
    spans = [part for s in spans for part in split_off_piece_signed_after_editorial(s)]
    spans = [part for s in spans for part in split_on_attached_document(s)]
    spans = [part for s in spans for part in split_on_attachment(s)]
    spans = [part for s in spans for part in split_after_printing_line(s)]
    spans = [part for s in spans for part in split_after_closing_credit(s)]
    spans = [part for s in spans for part in split_at_advert_title(s)]
    spans = [part for s in spans for part in split_at_copied_post(s)]
    spans = [part for s in spans for part in split_on_reading_box(s)]
    spans = [part for s in spans for part in split_on_reporters_note(s)]
    spans = [part for s in spans for part in split_on_untitled_reporters_note(s)]
    spans = [part for s in spans for part in split_on_compiled_box(s)]
    spans = with_replies_joined_to_letters(spans)
    spans = [part for s in spans for part in split_on_narrow_box(s)]
    spans = [part for s in spans for part in split_on_qa_box(s)]
    spans = [part for s in spans for part in split_off_narrow_box_amid_text(s)]
    spans = with_continued_texts(spans)
    spans = with_sections_resumed_after_box(spans)
    spans = with_titles_over_source_notes(spans)
    spans = with_digest_part_headings(spans)
    boxes = [s for k, s in enumerate(spans) if 0 < k < len(spans) - 1 and is_unsigned_box(s, spans[k - 1])]
    for s in boxes:                     # (few: spans of one short paragraph)
        residue.extend((u, "box") for u in s.body)
    spans = [s for s in spans if not any(s is b for b in boxes)] if boxes else spans
    if len(spans) > 1 and (is_page_note(spans[0]) or is_page_standfirst(spans[0], spans[1])
                           or is_page_note_over_standfirsts(spans[0], spans[1])):
        # (the page's running head over the note is the page's furniture, not the note's: qa109)
        residue.extend((u, "page furniture" if u.kind == U.META else "editor's note")
                       for u in spans[0].title_lines + spans[0].body)
        residue.extend(spans[0].residue)
        spans = spans[1:]
    spans = without_article_notes(spans, residue)
    empty = [s for s in spans if not has_text(s)]
    for s in empty:
        residue.extend((u, "no article text") for u in s.title_lines + s.bylines + s.body)
        residue.extend(s.residue)
    return Layout([s for s in spans if has_text(s)], residue)


def closes_with_title(boundary: list[Unit]) -> bool:
    """Whether a boundary is a title and byline that close the text before it, then the next article's title and
    byline (share_groups gives the first group to the text before: 推动… / 孙 立 / 以… / 黄一鸣 / text)."""
    groups = byline_groups(boundary)[0]
    return len(groups) >= 2 and bool(groups[0][0]) and bool(groups[-1][0])


def with_continued_texts(spans: list[Span]) -> list[Span]:
    """The spans with the text that goes on under a box joined back to the article it continues: an article whose
    last paragraph stops mid-sentence at a column's foot (…越来越多，周边), then a piece titled and signed (a short
    commentary boxed in the next column's head), then text with no title nor byline (便民商业网点…): that text is
    the rest of the article the box cut, and its first paragraph the rest of the cut one. (No article ends
    mid-sentence, and an unsigned untitled text after a signed box has no head of its own.)"""
    out: list[Span] = []
    for s in spans:
        if len(out) >= 2 and continues_before_box(out[-2], out[-1], s):
            cut, rest = out[-2].body[-1], s.body[0]
            out[-2].body[-1] = cut._replace(text=cut.text + rest.text, n_lines=cut.n_lines + rest.n_lines)
            out[-2].body.extend(s.body[1:])
            out[-2].residue.extend(s.residue)
            continue
        out.append(s)
    return out


def with_sections_resumed_after_box(spans: list[Span]) -> list[Span]:
    """The spans with the sections that go on under a titled, signed box joined back to the article they continue: an
    article numbered 一、 二、, then a box set amid it with a title and byline of its own (an interview 记者：/某某：),
    then a heading 三、 under the box's text. The heading goes on with the article's numbering, which the box never
    started: it and what follows are the article's rest, the box ends before it (qa167). (Only spans after one with
    such headings are tried.)"""
    for before, box in zip(spans, spans[1:]):
        if not box.title_lines or not box.bylines or (last := last_section_number(before.body)) is None:
            continue
        k = next((j for j, u in enumerate(box.body) if u.kind == U.HEADING), None)
        if k and section_number(box.body[k]) == last + 1 and any(u.kind == U.PARA for u in box.body[:k]):
            before.body.extend(box.body[k:])
            del box.body[k:]
    return spans


def section_number(u: Unit) -> int | None:
    """The number of a top-level section heading marked 一、 (RESUMABLE_SECTION_MARKER), else None."""
    m = P.RESUMABLE_SECTION_MARKER.match(u.marker or "") if u.kind == U.HEADING else None
    return cn_number(m.group(1)) if m else None


def last_section_number(body: list[Unit]) -> int | None:
    """The number of the last of a text's headings marked 一、 when they run 一、 二、 … from one without a gap."""
    numbers = [n for u in body if u.kind == U.HEADING and (n := section_number(u)) is not None]
    return numbers[-1] if numbers and numbers == list(range(1, len(numbers) + 1)) else None


def continues_before_box(before: Span, box: Span, s: Span) -> bool:
    """Whether span s is the rest of `before`, cut by `box` (see with_continued_texts)."""
    return (not s.title_lines and not s.bylines and bool(s.body) and s.body[0].kind == U.PARA
            and bool(box.title_lines) and bool(box.bylines) and bool(before.body) and before.body[-1].kind == U.PARA
            and P.HAN_CHAR.match(before.body[-1].text[-1:]) is not None)


def without_article_notes(spans: list[Span], residue: list[tuple[Unit, str]]) -> list[Span]:
    """The spans without those that are an editor's note on the article after them (【编者按】…), printed
    between the article before and the next one's title and byline: a paragraph under no title nor byline,
    labelled as a note, before a titled article, is no article of the page (qa36, session 11)."""
    notes = [k for k in range(1, len(spans) - 1)
             if not spans[k].title_lines and spans[k + 1].title_lines and is_article_note(spans[k])]
    if is_page_foot_note(spans):
        notes.append(len(spans) - 1)
    afterwords = [k for k, s in enumerate(spans) if k not in notes and is_afterword_span(s)]
    for k in afterwords:    # (its line taken as a title: the next article's column label, 书香理论; or its label, 【编后】)
        residue.extend((u, "editor's note" if P.AFTERWORD_LABEL_LINE.match(u.text) else "column label")
                       for u in spans[k].title_lines)
    notes += afterwords
    for k in notes:         # (few: most pages have none)
        residue.extend((u, "editor's note") for u in spans[k].body)
        residue.extend(spans[k].residue)
    for before, after in zip(spans, spans[1:]):
        if after.title_lines:
            residue.extend((u, "editor's note") for u in trailing_note(before))
    for s in spans:
        residue.extend((u, "editor's note") for u in afterword_note(s))
    if spans:
        residue.extend((u, "editor's note") for u in page_foot_note(spans[-1]))
    return [s for k, s in enumerate(spans) if k not in notes] if notes else spans


def page_foot_note(span: Span) -> list[Unit]:
    """Cut from the page's last span and return the editor's note that ends the page under its text (编按：投书请寄…，本版
    文章不代表本报立场。 after a piece signed at its head, whose span it shares): a note labelled so is the editors' words on
    what stands over it or on the page, never the last paragraph of an article; as a span of its own it is dropped
    whole (is_page_foot_note) (qa228). (The page's credits under it stay where they are.)"""
    body = span.body
    end = len(body)
    while end and (body[end - 1].kind == U.META or body[end - 1].kind in U.RESIDUAL):
        end -= 1
    j = end - 1
    if j < 1 or body[j].kind != U.PARA or not is_labelled_note(body[j].text.strip()):
        return []
    if not any(u.kind in TEXT_KINDS for u in body[:j]):
        return []
    span.body = body[:j] + body[end:]
    return [body[j]]


def is_page_foot_note(spans: list[Span]) -> bool:
    """Whether the page's last span, under the last article and untitled, is all an editor's note (编按：本版言论不代表本报
    立场。投书请附……): the editors' words at the foot of a forum page, on the page or its contributions, never an article
    (qa203)."""
    return len(spans) > 1 and not spans[-1].title_lines and is_article_note(spans[-1])


def trailing_note(span: Span) -> list[Unit]:
    """Cut from the span and return the editor's note that ends it (编者按：本版今起推出……) when the next span is a
    titled article: printed after this article's text, over the next one's title, the note introduces what follows
    and is no paragraph of the article before it (a span of nothing but the note is dropped whole above)."""
    body = span.body
    if len(body) < 2 or body[-1].kind != U.PARA:
        return []
    if is_labelled_note(body[-1].text):
        head = column_head_over(body, len(body))
    elif (label := note_label_over_last_paragraphs(body)) is not None:
        head = label
    else:
        return []
    if not any(u.kind in TEXT_KINDS for u in body[:head]):
        return []
    note, span.body = body[head:], body[:head]
    return note


def is_afterword_span(span: Span) -> bool:
    """Whether a span is nothing but the editors' afterword (编后：…, a paragraph or two, unsigned), under one short line
    at most: the editors' words on the articles over it are never an article, and a lone line read as its title, printed
    after it, is the next article's column label (qa130). So is a paragraph or two, unsigned, under the afterword's
    label set alone and read as their title (【编后】 / the words, qa155)."""
    body = span.body
    if span.bylines or len(span.title_lines) > 1 or not 0 < len(body) <= STANDFIRST_MAX_PARAS:
        return False
    label = span.title_lines[0].text if span.title_lines else ""
    if label.startswith(P.AFTERWORD_NOTE_INITIALS) and P.AFTERWORD_LABEL_LINE.match(label):
        return all(u.kind == U.PARA for u in body)
    return (body[0].text.startswith(P.AFTERWORD_NOTE_INITIALS) and P.AFTERWORD_NOTE.match(body[0].text) is not None
            and all(u.kind == U.PARA for u in body))


def afterword_note(span: Span) -> list[Unit]:
    """Cut from the span and return the editors' afterword that ends it (编后：本期刊发的几篇文章……): printed after the
    article's text, under or over no other piece, the labelled paragraph (and one more at most) is the editors' words on
    the page, not the article's, wherever the page goes on (qa130)."""
    body = span.body
    end = len(body)
    while end and (body[end - 1].kind == U.META or body[end - 1].kind in U.RESIDUAL):
        end -= 1            # (the page's credits under the note: 本版编辑：…, furniture where they were)
    # (The label may stand alone over the words, 【编后】 / a paragraph or two: one unit more, qa155.)
    for j in range(end - 1, max(0, end - 2 - STANDFIRST_MAX_PARAS), -1):
        u = body[j]
        label = j < end - 1 and is_afterword_label(u)
        if not label and (u.kind != U.PARA or j < end - STANDFIRST_MAX_PARAS):
            return []
        if label or u.text.startswith(P.AFTERWORD_NOTE_INITIALS) and P.AFTERWORD_NOTE.match(u.text):
            if not any(v.kind in TEXT_KINDS for v in body[:j]):
                return []
            note, span.body = body[j:end], body[:j] + body[end:]
            return note
    return []


def is_afterword_label(u: Unit) -> bool:
    """Whether a unit is the label of the editors' afterword set on a line of its own (【编后】, 编后语) over its words, a
    paragraph or two: the label is no heading of the article over it, the words no paragraphs of it (qa155)."""
    return u.kind != U.PARA and u.text.startswith(P.AFTERWORD_NOTE_INITIALS) and P.AFTERWORD_LABEL_LINE.match(u.text) is not None


def note_label_over_last_paragraphs(body: list[Unit]) -> int | None:
    """Where an editor's note's label line (【编者按】, or 编者按： alone, read as a paragraph) stands over the last
    paragraph or two of the body, the note under it: the label on a line of its own says, as 编者按：… at a paragraph's
    head does, that the paragraphs are the editors'. (qa124)"""
    for j in range(len(body) - 2, max(-1, len(body) - 2 - STANDFIRST_MAX_PARAS), -1):
        u = body[j]
        if is_note_label_line(u):
            return j
        if u.kind != U.PARA:
            return None
    return None


def is_note_label_line(u: Unit) -> bool:
    return (u.kind in (U.PLAIN, U.PARA) and u.text.startswith(P.EDITORS_NOTE_LABEL_INITIALS)
            and P.EDITORS_NOTE_LABEL_LINE.match(u.text.strip()) is not None)


def is_article_note(span: Span) -> bool:
    """Whether an unsigned span is all an editor's note: a paragraph or two, the first labelled (【编者按】…,
    编者按：…), or a label line over them (reflow may part a note where a sentence ends at the column's edge)."""
    body = span.body
    if span.bylines or not body or len(body) > STANDFIRST_MAX_PARAS + 1:
        return False
    label = body[0].text.strip()
    paras = body[1:] if body[0].kind == U.PLAIN else body
    return (is_labelled_note(label) and 0 < len(paras) <= STANDFIRST_MAX_PARAS and all(u.kind == U.PARA for u in paras))


def opens_with_labelled_note(body: list[Unit]) -> bool:
    """Whether the body's first unit is a paragraph labelled as an editor's note (【编者按】本版…), no column label over it."""
    return body[0].kind == U.PARA and is_labelled_note(body[0].text.strip())


def is_labelled_note(text: str) -> bool:
    """Whether a line is or opens an editor's note by its label: 编者按, or a standfirst's label in brackets or before a
    colon (【核心提示】…, 导读：…), the editors' words on the article under them, not its text (qa63)."""
    return ((text.startswith(P.EDITOR_NOTE_INITIALS) and P.EDITOR_NOTE.match(text) is not None)
            or (text.startswith(P.LEADING_NOTE_INITIALS) and P.LEADING_NOTE.match(text) is not None))


def without_repeated_signatures(units: list[Unit]) -> list[Unit]:
    """The units with a byline amid an article's text that repeats the byline at the article's head (文|某某 / title /
    text / 本期评论员　某某 / more text: a web page's author box, copied between two paragraphs) read as a credit line,
    furniture: the same writer signing again opens no other article, and the text under it goes on with no title of
    its own (qa226). Only the few bylines are looked at."""
    at = list(U.positions(list(map(U.KIND, units)), U.BYLINE))
    repeats = [b for a, b in zip(at, at[1:]) if repeats_head_signature(units, a, b)]
    if not repeats:
        return units
    units = list(units)
    for k in repeats:
        units[k] = units[k]._replace(kind=U.CREDIT, byline=None, weak_byline=False)
    return units


def repeats_head_signature(units: list[Unit], head: int, k: int) -> bool:
    """Whether the byline at k, between two paragraphs, names only people the byline at `head` names, which heads an
    article (no text right over it: a signature after a text may sign the pieces after it too), and the units between
    them are the head's title lines and fields, then text with no title line or heading in it."""
    by, first = units[k], units[head]
    if (k + 1 >= len(units) or units[k - 1].kind != U.PARA or units[k + 1].kind != U.PARA
            or head > 0 and units[head - 1].kind in TEXT_KINDS
            or not by.byline or not by.byline.authors or not first.byline
            or not set(by.byline.authors) <= set(first.byline.authors)):
        return False
    text = next((j for j in range(head + 1, k) if units[j].kind == U.PARA), k)
    return all(u.kind in TEXT_KINDS for u in units[text:k])


def with_notes_over_titles(units: list[Unit]) -> list[Unit]:
    """The units with an editor's note printed between an article's title and its byline (【今日谈】 / 一老一小… /
    编者按：… / □ 张某 / text) moved over the title lines: the note sits where a note on the article or the page stands,
    so the title and byline open the article under them and the note is residue, as it is when printed over the title
    (qa151). The note is one labelled paragraph (or one under a label line) right over a byline, under one to
    MAX_TITLE_LINES_OVER_NOTE plain lines and maybe a web page's lines of fields under them (2026年…08:20 | 来源：… /
    字号：大 中 小), which move under the byline (qa242). (Only the few bylines are looked at.)"""
    moves = [(k, note, titles_end) for k in U.positions(list(map(U.KIND, units)), U.BYLINE)
             if (note := note_start_over_byline(units, k)) is not None
             and (titles_end := fields_start_over(units, note)) > 0 and units[titles_end - 1].kind == U.PLAIN]
    if not moves:
        return units
    units = list(units)
    for k, note, titles_end in moves:
        start = titles_end - 1
        while start > 0 and units[start - 1].kind == U.PLAIN:
            start -= 1
        if titles_end - start <= MAX_TITLE_LINES_OVER_NOTE:
            # (the fields go under the byline: the title and byline then meet, and the fields open the text's span)
            units[start:k + 1] = [*units[note:k], *units[start:titles_end], units[k], *units[titles_end:note]]
    return units


def note_start_over_byline(units: list[Unit], k: int) -> int | None:
    """Where the editor's note right over the byline at units[k] starts: a paragraph labelled at its start (编者按：…),
    or a paragraph under a label line of its own (【编者按】 / …, qa242). None without such a note."""
    if k < 2 or units[k - 1].kind != U.PARA:
        return None
    if is_labelled_note(units[k - 1].text.strip()):
        return k - 1
    return k - 2 if units[k - 2].kind == U.PLAIN and is_labelled_note(units[k - 2].text.strip()) else None


def fields_start_over(units: list[Unit], k: int) -> int:
    """Where the lines of fields right over units[k] start: a web page's date and source line and its chrome (字号：大 中
    小 打印) under the title, at most MAX_FIELD_LINES_UNDER_TITLE; k when there are none. An editor's note under them
    is still the article's, printed between its title and byline, and the fields stay the title's (qa242)."""
    start = k
    while start > max(0, k - MAX_FIELD_LINES_UNDER_TITLE) and units[start - 1].kind in NOTE_FIELD_KINDS:
        start -= 1
    return start


def is_page_note(span: Span) -> bool:
    """The first span of a page of several articles is an editor's note on the page (编者按：本期刊发……),
    not an article: one paragraph under no byline (a line over it is the page's column head)."""
    if span.bylines:
        return False
    # (The first four paragraphs at most, found by a C-level scan: split_boundary asks about whole articles.)
    paras = list(islice(U.indexes(map(TEXT_KINDS.__contains__, map(U.KIND, span.body))), STANDFIRST_MAX_PARAS + 2))
    if len(paras) != 1:
        return is_note_and_host_words([span.body[k] for k in paras])
    # The label opens the paragraph (编者按：…) or stands on the line over it (【编者按】), which
    # may have been taken as the span's title.
    # (A page's running head over the label, 2025年5月20日 星期二 | 对话 / 【编者按】, is no line between them: qa53.)
    over_and_note = [u for u in (*span.title_lines, *span.body[: paras[0] + 1]) if u.kind != U.META][-2:]
    return any(P.EDITOR_NOTE.match(u.text.strip()) for u in over_and_note) or is_host_turn(span.body[paras[0]].text)


def is_note_and_host_words(paras: list[Unit]) -> bool:
    """Whether a page's first paragraphs (three at most) are its host's opening words, maybe under its editor's note
    (编者按：… / 主持人：近年来…？ / 本期邀请…): a 笔谈's host speaks once, over the signed pieces, and says what 主持人语
    would; an interview's host speaks among the guests' turns, and a paragraph opening with another turn is no more the
    host's (qa257). (The host's words alone, one paragraph, are the page's note too: is_page_note.)"""
    k = 1 if paras and is_labelled_note(paras[0].text.strip()) else 0
    words = paras[k:]
    return (len(paras) <= STANDFIRST_MAX_PARAS + 1 and 0 < len(words) <= STANDFIRST_MAX_PARAS
            and is_host_turn(words[0].text) and not any(opens_with_turn(u.text) for u in words[1:]))


def opens_with_turn(text: str) -> bool:
    """Whether a paragraph opens with a speaker's label (贺某某：… / 记者：… / 问：…)."""
    return (text.find("：", 0, P.SPEAKER_LABEL_REACH) > 0
            and (P.SPEAKER_TURN_LABEL.match(text) is not None or P.HOST_OR_REPORTER_TURN_LINE.match(text) is not None))


def is_host_turn(text: str) -> bool:
    return text.startswith(P.HOST_TURN_INITIALS) and P.HOST_TURN.match(text) is not None


def opens_with_note(span: Span) -> bool:
    """Whether a page's one article opens with an editor's note, no title line over it (a web page's chrome at most):
    编者按：… over a reposted op-ed's title, fields and text is the page's note, the title the article's (qa78). (A plain
    line over the note may be the title, and the one under it a section's heading: such a page is left as it is.)"""
    k = lead_end(span.body)
    return (not span.title_lines and k < len(span.body) and span.body[k].kind == U.PARA
            and (not any(u.kind == U.PLAIN for u in span.body[:k]) or is_column_head_over_page_head(span.body[:k]))
            and is_labelled_note(span.body[k].text.strip()))


def is_column_head_over_page_head(lead: list[Unit]) -> bool:
    """Whether the units over a page's editor's note are its column head, one plain line, over the page's date and number
    (理论周刊·笔谈 / 2026年9月16日　第11版 / 编者按：… / the title): a title is never set over its page's head, so the plain
    lines under the note are the title (qa283)."""
    return (len(lead) == 2 and lead[0].kind == U.PLAIN and lead[1].kind == U.META
            and P.PAGE_HEAD_LINE.match(lead[1].text.strip()) is not None)


def drop_page_note_over_title(span: Span) -> None:
    """The page's editor's note (编者按：…) over its first article, which is titled over its text and
    signed under it: no byline parts the two, so they share the first span. The column head and the
    note are residue, and the plain lines under the note are the article's title (not the column
    head over the note)."""
    if span.title_lines:
        return
    k = lead_end(span.body)
    start = title_under_page_note(span.body, k)
    if start is None:
        return
    span.residue.extend((u, "page furniture") for u in span.body[:k])
    span.residue.extend((u, "editor's note") for u in span.body[k:start])
    span.body = span.body[start:]


def title_under_page_note(body: list[Unit], k: int) -> int | None:
    """Where plain title lines over text start right under an editor's note at body[k]: a paragraph or
    two, labelled at its start (编者按：…) or by the line over it (【编者按】). A paragraph under the note set in
    a narrower column is no more the note's but the first article's text, titled after it (编者按 … across the
    page / 营商环境就是生产力。… in the article's column / 深化改革是根本动力, a section's heading) (qa77)."""
    if k == len(body) or body[k].kind != U.PARA:
        return None
    labels = [u.text.strip() for u in body[max(0, k - 1): k + 1]]
    if not any(t.startswith(P.EDITOR_NOTE_INITIALS) and P.EDITOR_NOTE.match(t) for t in labels):
        return None
    m = k + 1
    while (m < len(body) and body[m].kind == U.PARA and m - k < STANDFIRST_MAX_PARAS
           and not sets_narrower(body[m], body[k])):
        m += 1
    end = run_end(body, m, PLAIN_KINDS)
    if all(u.text[:1] == "【" and P.BRACKETED_LABEL_LINE.match(u.text) for u in body[m:end]):
        return None                      # 【专家观点】: the label of the note's own article's first part, no title (qa80)
    # (a web page sets its lines of fields, 来源：… 作者：… / 原标题：…, between the title and the text: qa78)
    text = run_end(body, end, FIELD_KINDS)
    return m if m < end and text < len(body) and body[text].kind in TEXT_KINDS else None


def sets_narrower(u: Unit, note: Unit) -> bool:
    """Whether paragraph u is set in a column narrower than the editor's note over it (by more than the tolerance)."""
    return printed_width(u) < (1 - WIDTH_TOLERANCE) * printed_width(note)


def is_page_standfirst(span: Span, after: Span) -> bool:
    """The first span of a page of several articles is the page's standfirst, unlabelled (本期话题 …,
    the editors' few lines on the page's theme), when nobody signs it, it is a paragraph or two, and
    each is set in another column width than the article after it: an article's own text has its
    article's column (and one titled at its start, signed after its text, has a byline)."""
    if span.bylines:
        return False
    # (the first three at most, by a C-level scan: split_boundary asks about whole articles)
    paras = [span.body[k] for k in islice(U.indexes(map(TEXT_KINDS.__contains__, map(U.KIND, span.body))),
                                          STANDFIRST_MAX_PARAS + 1)]
    if not paras or len(paras) > STANDFIRST_MAX_PARAS:
        return False
    main = column_width(after)
    if main is not None and all(is_letter_spaced(u.text) for u in paras):
        # (a paragraph or two set letter-spaced at the page's head, over an article set solid: the standfirst's
        # box, set apart by its spacing however little its width differs; a span titled or closed by a note or a
        # signature, 稳外贸… / its spaced text / （俞 舟）, is a commentary set so, qa172)
        return bare_text(span) and set_solid(after)
    # (a letter-spaced paragraph tells no column: see trim_foreign_start; a one-line paragraph tells one only when
    # it is wider than the column: see printed_width)
    return main is not None and all(abs((w := printed_width(u)) - main) > WIDTH_TOLERANCE * main
                                    and (u.n_lines >= 2 or w > main) and not is_letter_spaced(u.text) for u in paras)


def bare_text(span: Span) -> bool:
    """Whether a span holds text and page furniture only: no title, heading, note or signature."""
    return not span.title_lines and all(u.kind in TEXT_KINDS or u.kind == U.META for u in span.body)


def set_solid(span: Span) -> bool:
    """Whether none of a span's first wrapped paragraphs (STANDFIRST_MAX_PARAS + 1 at most) is set letter-spaced."""
    wrapped = islice((u for u in span.body if u.kind == U.PARA and u.n_lines >= 2), STANDFIRST_MAX_PARAS + 1)
    return not any(is_letter_spaced(u.text) for u in wrapped)


def is_page_note_over_standfirsts(span: Span, after: Span) -> bool:
    """The first span of a page of several articles is the page's editor's note (编者按：本版今起刊发……) followed by
    the standfirsts of the articles below it, unsigned, each set in another column width than the article after
    (is_page_standfirst): the editors' words on the page and its pieces, no text a title and byline under them close
    (qa106). Only a span whose first paragraph is labelled as a note is tried."""
    if span.bylines:
        return False
    paras = [span.body[k] for k in islice(U.indexes(map(TEXT_KINDS.__contains__, map(U.KIND, span.body))),
                                          STANDFIRST_MAX_PARAS + 2)]
    return (1 < len(paras) <= STANDFIRST_MAX_PARAS + 1 and is_labelled_note(paras[0].text.strip())
            and is_page_standfirst(Span(body=paras[1:]), after))


def printed_width(u: Unit) -> float:
    """The width a paragraph is set in: the column around its first line, or, where its text spread over its lines
    is wider than that on average, that average (a paragraph at least as wide as its column's window says: a lead set
    on one long line across the page, 本期话题 / its title / 如何…？本期约请…, whose window takes in the narrow column
    under it) (qa39, session 11)."""
    # (a paragraph has at most as many columns as characters: most are ruled out without measuring them)
    if len(u.text) <= u.width * u.n_lines:
        return u.width
    return max(u.width, display_width(u.text) / u.n_lines)


def column_width(span: Span) -> float | None:
    """The median width of a span's wrapped paragraphs, when they are set in a printed column."""
    widths = [u.width for u in span.body if u.kind == U.PARA and u.n_lines >= 2]
    width = statistics.median(widths) if widths else None
    return width if width is not None and width <= PRINT_COLUMN_WIDTH else None


def has_text(span: Span) -> bool:
    # (a C-level scan of the kinds, which stops at the first unit of text)
    return not TEXT_KINDS.isdisjoint(map(U.KIND, span.body))


def alternating_runs(units: list[Unit]) -> list[list[Unit]]:
    """[body, boundary, body, boundary, …, body]: boundaries are header runs holding a byline.

    An author note （作者系……） closes an article, so a body run also ends after one (unless a boundary
    follows it, or nothing but the article's notes, 注释：…), with or without notes under it.
    """
    # Units are placed a stretch at a time (a slice between two header runs, or up to a note that
    # ends an article), not one by one: header runs and notes are found by C-level scans of the kinds.
    kinds = list(map(U.KIND, units))
    n = len(kinds)
    headers = header_runs(kinds)
    boundaries = {start for start, end in headers
                  if is_boundary(units[start:end], closes_text(units, end), under_fields(kinds, start))
                  or signs_across_column_change(units, start, end) or signs_between_texts(units, start, end)}
    # (A note that the article goes on on another page, （下转第4版）, ends its part here just as well.)
    # (Not one that it comes from another page, （上接第1版）: that one opens the part printed here, under its title.)
    closers = [*positions(kinds, U.NOTE),
               *(k for k in positions(kinds, U.CONTINUED) if not is_note_from_other_page(units[k].text))]
    # (The article's notes under its author note, 注释：…, stay with it at the document's end; with more after them they
    # go with the units after the cut, residue whichever run holds them, and a boundary they open stays one, qa120.)
    note_ends = [k + 1 for k in sorted(closers)
                 if k + 1 < n and kinds[k + 1] != U.NOTE and k + 1 not in boundaries and past_notes(kinds, k + 1) < n
                 and not reading_box_before_boundary(units, k + 1, boundaries)]
    if heads := mid_page_heads(units, kinds):
        note_ends = sorted(set(note_ends).union(k for k in heads if k not in boundaries))
    if (cut := unsigned_first_piece_end(units, kinds, headers, boundaries)) is not None:
        note_ends = sorted({*note_ends, cut})
    runs: list[list[Unit]] = [[]]
    placed = 0
    for start, end in [*headers, (n, n)]:
        while note_ends and note_ends[0] <= start:
            runs[-1].extend(units[placed:note_ends[0]])
            runs += [[], []]             # an empty boundary: the note ended the article
            placed = note_ends.pop(0)
        runs[-1].extend(units[placed:start])
        if start in boundaries:
            runs += [units[start:end], []]
        else:
            runs[-1].extend(as_headings(units[start:end]))
        placed = end
    return runs


def reading_box_before_boundary(units: list[Unit], k: int, boundaries: set[int]) -> bool:
    """Whether unit k opens a box of further reading (相关链接 over a paragraph or two) that runs up to a boundary: a box
    set between a text's closing note (（本文系…阶段性成果）) and the title and byline printed after the text, which
    are that text's; the note does not end the article before the box (reading_box_start reads the box). (qa132)"""
    if units[k].kind not in BOX_LABEL_KINDS or not P.READING_BOX_LABEL.match(units[k].text):
        return False
    end = next((j for j in range(k + 1, min(k + READING_BOX_MAX_PARAS + 2, len(units))) if units[j].kind != U.PARA),
               None)
    return end is not None and end > k + 1 and end in boundaries


def past_notes(kinds: list[str], k: int) -> int:
    """Where the run of an article's notes or references (注释：/ ① … / 参考文献 / [1] …) that starts at `k` ends (`k`
    where none starts there)."""
    while k < len(kinds) and kinds[k] == U.NOTES:
        k += 1
    return k


def mid_page_heads(units: list[Unit], kinds: list[str]) -> list[int]:
    """The running heads of a newspaper page set amid a document's text (第12版 理论 2026年5月12日 星期二, with text
    before and after it): a second page glued on under the first. No article runs on across it (a piece continued on
    another page says so, （下转第4版）), so the article before ends there, whatever title or byline the next page
    prints after its own text (qa67). (The page heads are META units, few: the text around is asked about them only.)"""
    heads = [k for k in positions(kinds, U.META) if k > 0 and is_page_head(units[k].text)]
    return [k for k in heads if TEXT_KINDS.intersection(kinds[:k]) and TEXT_KINDS.intersection(kinds[k + 1:])]


def with_glued_bylines(units: list[Unit]) -> list[Unit]:
    """Between two texts, title lines then a line opened by a name glued to a title (唤醒“沉睡”的科技成果 / 韩冰以数字技术
    赋能 / 传统产业转型升级): the name signs the text before, titled by the lines over it, and the rest of the line
    opens the next title. Without it the run holds no byline and would be headings of one article; with it the
    run is a boundary (split_boundary). Only plain runs without a byline between paragraphs are looked at, and only
    the first such run after a byline: after a heading amid the text, the run heads another section of that text."""
    kinds = list(map(U.KIND, units))
    out, placed, headed, tail_signed, lone_signed, head_signed = [], 0, False, False, False, False
    runs = header_runs(kinds)
    alone = lone_line_between_texts_signed_at_end(units, kinds, runs)
    for i, (start, end) in enumerate(runs):
        if start == alone:
            tail_signed = True            # (the one line between the two texts of a page signed at its end)
        if U.BYLINE in kinds[start:end]:
            if opens_with_outlet_signature_glued(units, kinds, start):
                out += [*units[placed:start], *(glued_byline(units[start]) or ())]
                placed = start + 1        # (…text / 孟 川 某某日报“…”标题 / 本报记者 某某: the next report's own byline)
            headed = False                # another article's head or tail: its text starts anew
            # (a cartoon's caption or a pull quote set between two pieces is read past: 陈某 某某日报 / 漫画 / “…” /
            # 新华社发 某某 作 / the next text is a lone signature's, qa260)
            own = [x for x in kinds[start:end] if x not in U.RESIDUAL]
            if own[-1] == U.PLAIN and own[-2:-1] == [U.BYLINE] and is_column_name_under_signature(units[end - 2],
                                                                                                 units[end - 1:end]):
                own.pop()                 # 陈某 某某日报 / 观察: the column's name under a signature with its paper (qa260)
            tail_signed = signed_then_titled(own)
            lone_signed = all(x == U.BYLINE for x in own)
            head_signed = own[-1] == U.BYLINE
            continue
        if start == 0 or end >= len(units) or kinds[start - 1] not in TEXT_KINDS or kinds[end] != U.PARA:
            continue
        if U.RESIDUAL.issuperset(kinds[start:end]):
            continue                      # a photo's caption or the page's credits amid the text: no heading (qa160)
        # A lone line of names, their paper and a title (王晓明 经济日报让…) is a glued signature even after headings amid
        # the text (A 强产业… / B 优园区…): no section's heading opens so (qa82).
        k = start if end - start == 1 and is_outlet_signature_glued(units[start]) else (
            None if headed else glued_line(units, start, end, tail_signed,
                                           lone_signed or head_signed and signed_under(kinds, runs, i)))
        headed = True                     # a heading amid the text: later runs are more of its sections
        if k is not None and (glued := glued_byline(units[k]) or (
                glued_full_name(units[k]) if tail_signed and closed_by_next_signature(kinds, runs, i) else None)):
            out += [*units[placed:k], *glued]
            placed = k + 1
            headed = False
    return [*out, *units[placed:]] if placed else units


def opens_with_outlet_signature_glued(units: list[Unit], kinds: list[str], start: int) -> bool:
    """Whether a header run holding a byline opens, right under a text, with names and their paper run into a title
    (…接好单”。 / 孟 川 某某日报“链长制”… / 本报记者 某某): the text before is signed at its end, glued to the title of a
    report signed at its head, so the run's own byline is that report's, not the glued line's signature (qa256)."""
    return (0 < start < len(units) - 1 and kinds[start - 1] in TEXT_KINDS and kinds[start] == U.PLAIN
            and kinds[start + 1] == U.BYLINE and is_outlet_signature_glued(units[start]))


def closed_by_next_signature(kinds: list[str], runs: list[tuple[int, int]], i: int) -> bool:
    """Whether header run i is one line whose text below is closed by a signature with no heading between: the next
    run opens with a byline (…求助。 / 范某某夜间经济… / text / 宁某某 某某日报). On a page titled at the head and signed
    at the end, that line is then the text before's signature glued to the next title whatever the title's first
    word, as the one heading of a text whose first part has none is the next piece's title (qa133); a piece's
    subheadings come more than one (qa206)."""
    start, end = runs[i]
    return end - start == 1 and i + 1 < len(runs) and kinds[runs[i + 1][0]] == U.BYLINE


def signed_under(kinds: list[str], runs: list[tuple[int, int]], i: int) -> bool:
    """Whether the text under header run i is closed by a signature: the next run that holds a byline opens with it
    (……。 / 马某 某某日报). Under a text signed at its head (a title, then its byline), a run of two lines between two
    texts is then no kicker over a heading amid that text, which no signature closes, but a title printed after a
    second text and that text's signature glued to the third one's title, as after a lone signature (qa160)."""
    nxt = next((start for start, end in runs[i + 1:] if U.BYLINE in kinds[start:end]), None)
    return nxt is not None and kinds[nxt] == U.BYLINE


def lone_line_between_texts_signed_at_end(units: list[Unit], kinds: list[str], runs: list[tuple[int, int]]) -> int | None:
    """Where the one plain line between two texts stands, in a document whose text is titled at its head and signed
    only after its last text (a title / text / 周某某在…守好安全边界 / text / 林 可): a page of two pieces each signed at its
    end, where that line may be the first one's signature glued to the second's title, as after a signature then a
    title (glued_line's tail_signed). A text with sections heads more than one part; one heading amid a text whose
    first part has none is the next piece's title (qa133). None when the page is laid out otherwise."""
    if len(runs) < 3 or runs[0][0] != 0 or runs[-1][1] != len(units):
        return None
    last_start = runs[-1][0]
    if (U.BYLINE not in kinds[last_start:] or not BYLINE_ONLY_TAIL.issuperset(kinds[last_start:])
            or U.BYLINE in kinds[:last_start]):
        return None
    mid = runs[1:-1]
    return mid[0][0] if len(mid) == 1 and mid[0][1] - mid[0][0] == 1 and kinds[mid[0][0]] == U.PLAIN else None


# What may close a page signed at its end after its last text: the signature and the page's credit lines.
BYLINE_ONLY_TAIL = frozenset({U.BYLINE, U.CREDIT})


def glued_line(units: list[Unit], start: int, end: int, tail_signed: bool = False, lone_signed: bool = False) -> int | None:
    """The line of a plain run of three lines or more under one or two title lines that may open with a glued byline:
    not the first, and the next title runs on under it, on a line of the run or of its own unit. (A heading under its
    kicker, 强化全要素保障 / 高效率促进…, wrapped or not, is a run of two, and a name's surname may open a word of it.)
    On a page whose last boundary was a signature then the next title (signed at the end, titled at the head), a
    lone line between two texts may be the signature glued to the next title (…轻装上阵。 / 吴卓然以“微更新”…).
    Under a title wrapped on two lines the glued line may be the run's last, its title on one line with the text
    right under it (…生机。 / 守护好 / “城市绿肺” / 林某某让…): two title lines above make a heading's wrap unlikely.
    After a lone signature between two texts (…提供空间支撑。 / 刘某某 某某日报 / text), the text under it has no title
    over it: it is titled after its text, so the first run of two lines after it may be that title over the signature
    glued to the next title (以数字化赋能… / 黄某某守护…), not a kicker over a heading amid a titled text (qa90)."""
    if tail_signed and end - start == 1 and units[start].kind == U.PLAIN:
        return None if P.LONE_GLUED_LINE_STOP.search(units[start].text) else start
    if (lone_signed and end - start == 2 and all(units[k].kind == U.PLAIN for k in range(start, end))
            and not any(P.LONE_GLUED_LINE_STOP.search(units[k].text) for k in range(start, end))):
        return start + 1 if P.PERSON_NAME_START.match(units[start + 1].text) else None
    if end - start == 1 and is_outlet_signature_glued(units[start]):
        return start
    if not 3 <= end - start <= 2 * MAX_HEADING_LINES or any(units[k].kind != U.PLAIN for k in range(start, end)):
        return None
    return next((k for k in range(start + 1, min(end, start + MAX_HEADING_LINES + 1))
                 if (k + 1 < end or units[k].n_lines > 1 or k - start >= 2)
                 and P.PERSON_NAME_START.match(units[k].text)), None)


def is_outlet_signature_glued(u: Unit) -> bool:
    """Whether a lone line between two texts opens with names set apart then their paper run into a title (王晓明
    经济日报让老字号…): the text before signed at its end, the next one's title, on any page. A heading amid a text
    opens with no name and paper (the paper's shape: GLUED_OUTLET; qa73)."""
    if u.kind != U.PLAIN or P.LONE_GLUED_LINE_STOP.search(u.text):
        return False
    names, text = names_before_glued(u.text)
    return bool(names) and (m := P.GLUED_OUTLET.match(text)) is not None and len(text) - m.end() >= P.GLUED_TITLE_MIN_CHARS


def signed_then_titled(kinds: list[str]) -> bool:
    """Whether a boundary is an article's closing byline followed by the next article's title line(s) only."""
    k = kinds.index(U.BYLINE)
    return k + 1 < len(kinds) and U.BYLINE not in kinds[k + 1:] and all(x == U.PLAIN for x in kinds[k + 1:])


def under_fields(kinds: list[str], start: int) -> bool:
    """Whether a header run starting at `start` comes right under a line of fields (来源：… 发布时间：…) that
    comes right under a title line: a web page's byline may follow its fields (qa22, session 9)."""
    return start >= 2 and kinds[start - 1] == U.META and kinds[start - 2] in TITLE_KINDS


def closes_text(units: list[Unit], end: int) -> bool:
    """Whether a header run ending at `end` comes after the last text of an article: at the end of the
    document, or over a note on the author (（作者单位：…）), which follows the name that signs the
    text (a lone name there is the signature, not a section heading: text follows a heading)."""
    return end == len(units) or (units[end].kind == U.NOTE and P.AUTHOR_NOTE_LINE.match(units[end].text) is not None)


def unsigned_first_piece_end(units: list[Unit], kinds: list[str], headers: list[tuple[int, int]],
                             boundaries: set[int]) -> int | None:
    """Where a page's first piece, titled at its head and signed nowhere (社论 / title / text), ends: at the one line
    between its text and the next text when that next text is closed by a signature followed by the next title
    (…筑牢根基。 / 让…更有温度 / text / 柯某某 某某日报 / 织密… / text): a page that signs each piece after its text
    and titles it at its head. That line is the second piece's title, not the one heading of a text whose first
    part has none (qa133); a piece's subheadings come more than one (qa206). None on other pages, and none where the
    first "text" opens with an editor's note (编者按：…): that is the page's banner over its note, not a piece."""
    if (len(headers) < 3 or headers[0][0] in boundaries or U.PLAIN not in kinds[headers[0][0]:headers[0][1]]
            or not TEXT_KINDS.isdisjoint(kinds[:headers[0][0]]) or is_labelled_note(units[headers[0][1]].text)):
        return None
    (start, end), (nxt, nxt_end) = headers[1], headers[2]
    if (end - start != 1 or kinds[start] != U.PLAIN or start in boundaries or nxt not in boundaries
            or kinds[start - 1] not in TEXT_KINDS or kinds[end] != U.PARA or P.LONE_GLUED_LINE_STOP.search(units[start].text)):
        return None
    return start if kinds[nxt] == U.BYLINE and signed_then_titled(kinds[nxt:nxt_end]) else None


def header_runs(kinds: list[str]) -> list[tuple[int, int]]:
    """The maximal runs [start, end) of HEADERISH units, in order (list.index finds each edge at C speed)."""
    n = len(kinds)
    # Two sentinels: every run ends (False), and the search for the next run ends (True).
    headerish = [*map(U.HEADERISH.__contains__, kinds), False, True]
    found, start = [], headerish.index(True)
    while start < n:
        end = headerish.index(False, start)
        found.append((start, end))
        start = headerish.index(True, end)
    return found


def as_headings(header: list[Unit]) -> list[Unit]:
    """Inside an article a lone short name is a short heading (成效, 结语), not a byline."""
    return [u._replace(kind=U.PLAIN, heading=u.text, family="plain", byline=None) if u.weak_byline else u
            for u in header]


def is_boundary(header: list[Unit], at_end: bool, after_fields: bool = False) -> bool:
    """A header run is an article boundary when it holds a byline that the context confirms.
    `at_end`: the run closes an article's text (closes_text); `after_fields`: it comes under a title's line of
    fields (under_fields)."""
    for k, u in enumerate(header):
        if u.kind != U.BYLINE:
            continue
        if not u.weak_byline:
            return True
        # A lone short name is a byline next to a title line (or under the title's subtitle, ——…, or under
        # the line of fields a web page prints under its title) or at the end of the document, not a
        # two-character section heading between paragraphs.
        if in_word_stack(header, k):
            continue
        if k > 0 and header[k - 1].kind in TITLE_KINDS or k == 0 and after_fields or at_end or k + 1 < len(header):
            return True
    return False


def signs_across_column_change(units: list[Unit], start: int, end: int) -> bool:
    """Whether a lone short name between two wrapped paragraphs set in different column widths signs the text above
    it (……寸步难行。 / 柏 宁 / the next piece's standfirst in a wider column): a two-character section heading (成效)
    stands amid one column's text, so the column changing at the name tells a piece's end (qa63)."""
    if end - start != 1 or not units[start].weak_byline or start == 0 or end >= len(units):
        return False
    above, below = units[start - 1], units[end]
    if not (above.kind == below.kind == U.PARA and above.n_lines >= 2 and below.n_lines >= 2):
        return False
    wa, wb = printed_width(above), printed_width(below)
    return abs(wa - wb) > WIDTH_TOLERANCE * min(wa, wb)


def signs_between_texts(units: list[Unit], start: int, end: int) -> bool:
    """Whether a lone name of three characters or more between two paragraphs, the one above ending a sentence, signs a
    text (……更有韧性。 / 某某某 / the next text, in the same column or not): a section's short heading amid a text is a
    word (结语), and a column's label (来论) has two characters (LONE_SIGNATURE_MIN_CHARS). Whose name it is: share_group
    (qa131)."""
    if end - start != 1 or start == 0 or end >= len(units) or not units[start].weak_byline:
        return False
    above, below = units[start - 1], units[end]
    return (above.kind == below.kind == U.PARA and above.text[-1:] in P.SENTENCE_END_MARKS
            and len("".join(units[start].text.split())) >= P.LONE_SIGNATURE_MIN_CHARS)


def signs_text_above(boundary: list[Unit], before: Span, after: Span) -> bool:
    """Whether the boundary is a lone short name that signs the text above it, the text under it set in another
    column (signs_across_column_change): the text above is then an article, not the page's standfirst, though it is
    set in another width than the text after it (……寸步难行。 / 柏 宁 / 【核心提示】… across the page) (session 14)."""
    if len(boundary) != 1 or not before.body or not after.body:
        return False
    return signs_across_column_change([before.body[-1], boundary[0], after.body[0]], 1, 2)


def in_word_stack(header: list[Unit], k: int) -> bool:
    """A lone short name over a plain line of its own length is one word of a column's motto set one
    word a line (深思 / 明辨 / 笃行, or 明理 / 笃行), not a byline: the title under a byline is longer
    than a name. (Under a line of its length it may be a byline under a short title, unless the motto
    goes on under it too.) Nor is a line of its length that labels a piece boxed after a report (钟 禾 / 短 评 / its
    title: labels_piece_after_report) a motto's word: the name signs the text above it (qa271)."""
    if k + 1 >= len(header):
        return False
    size = len(header[k].text)
    return (header[k + 1].kind == U.PLAIN and len(header[k + 1].text) == size and not signs_under_title(header, k)
            and not labels_piece_after_report(header[k + 1].text.strip()))


def signs_under_title(header: list[Unit], k: int) -> bool:
    """Whether the lone short name at `k` stands between a longer title line and the run's last line, a short
    heading right over the text (县域治理要练好“绣花功” / 陈晓光 / 抓统筹): the byline of an article titled and signed
    at its head whose first section heading happens to be as long as the name. A motto's words stack apart
    from a title, so a word of one never has a longer title line right over it. (qa47)"""
    size = len(header[k].text)
    return (0 < k == len(header) - 2 and header[k - 1].kind in TITLE_KINDS
            and len(header[k - 1].text) > size + 1)


def closes_with_title_and_byline(boundaries: list[list[Unit]], spans: list[Span]) -> bool:
    """Whether the boundary after the page's last text (notes and credits may follow) holds title lines and a byline:
    that text is titled and signed after it (以法治之力 / 护航… / 柏 然 / （作者单位：…）). On a page that opens with
    untitled text too, it prints its articles text first and titles them all so: a title and byline between two
    texts then close the text before. (A page that opens with a title may close with a piece titled after it.)"""
    last = max((k for k, s in enumerate(spans) if has_text(s)), default=len(spans))
    if last >= len(boundaries):
        return False
    groups, _, _ = byline_groups(boundaries[last])
    return any(titles and all(u.kind in TITLE_KINDS for u in titles) for titles, _ in groups)


def closes_with_unsigned_title(boundaries: list[list[Unit]], spans: list[Span]) -> bool:
    """Whether the page's last text ends with title lines and no byline, nothing but furniture after them (…获得感。 /
    以“小切口”撬动 / “大民生” / 本版编辑：…), while a boundary between two texts holds title lines then a byline: no text
    is left for those last title lines to head, so they title the text over them, unsigned, and the page prints its
    titles after their texts (qa100)."""
    if len(spans) < 2 or len(boundaries) >= len(spans):
        return False
    body = [u for u in spans[-1].body if u.kind not in U.RESIDUAL]
    k = len(body)
    while k > 0 and body[k - 1].kind in TITLE_KINDS and len(body) - k < MAX_HEADING_LINES:
        k -= 1
    if k == len(body) or k == 0 or body[k - 1].kind not in TEXT_KINDS:
        return False
    if any(":" in u.text or "：" in u.text or not U.looks_like_title(u.text, P.HEADING_MAX_WIDTH) for u in body[k:]):
        return False                    # 版面编辑：…: the page's credits, no title
    return any(titles and all(u.kind in TITLE_KINDS for u in titles)
               for b in boundaries for titles, _ in byline_groups(b)[0])


def is_bare_text(span: Span) -> bool:
    """Whether the span holds text and no title, heading or byline line past the page's running head and furniture."""
    return has_text(span) and all(u.kind in TEXT_KINDS or u.kind == U.META or u.kind in U.RESIDUAL for u in span.body)


def signs_after_a_text(boundaries: list[list[Unit]]) -> bool:
    """Whether a boundary is a signature alone after a text (bylines, no title line with them; page furniture may
    follow): the page signs its articles after their texts. With its first text bare (no title over it), such a page
    prints its first title after its text: a title and byline right after that text, in that order, close it (over
    the text after they would leave the page's first text untitled and unsigned on a page that signs its texts), and
    so do those after any untitled text, the text after taking its own title after it or between its
    predecessor's byline and its text (推进… / 吴某某 / 为农业… / text, share_group) (qa90)."""
    return any(groups and not lead and not any(titles for titles, _ in groups)
               for groups, lead, _ in map(byline_groups, boundaries))


def split_boundary(boundary: list[Unit], before: Span, after: Span, residue: list, first: bool = False) -> None:
    """Share a boundary's title lines and bylines between the article before and the one after
    (`first`: the boundary after the page's first run of text); a box of further reading left untitled under them
    takes its label as its title."""
    share_boundary(boundary, before, after, residue, first)
    if boundary and not after.title_lines and not after.bylines and boundary[-1].kind in U.RESIDUAL:
        title_box_by_label(boundary[-1], after, residue)
        title_advert_by_label(boundary[-1], after, residue)


def title_box_by_label(label: Unit, after: Span, residue: list) -> None:
    """A box of further reading printed after a signed text, not in it (…text / 冯 睿 东川日报 / 延伸阅读 / a paragraph
    or two): its label, last in the boundary and read as furniture there, titles the box's piece, as it does a box at
    a text's end (split_on_reading_box) (qa140)."""
    if not P.READING_BOX_LABEL.match(label.text):
        return
    end = run_end(after.body, 0, BOX_KINDS)
    alone = 0 < end == len(after.body) <= READING_BOX_MAX_PARAS
    # (the box's paragraphs right over a title line and its text: the label goes back over them, where
    # split_off_leading_box parts the box from the text under it once a signature after that text closes it, qa224)
    over_titled_text = 0 < end <= READING_BOX_MAX_PARAS and opens_titled_text(after.body, end)
    if not (alone or over_titled_text):
        return
    at = next((k for k in range(len(residue) - 1, -1, -1) if residue[k][0] is label), None)
    if at is None:
        return
    del residue[at]
    if alone:
        after.title_lines = [label._replace(heading=U.unbracketed(label.text.strip()))]
    else:
        after.body.insert(0, label)


def title_advert_by_label(line: Unit, after: Span, residue: list) -> None:
    """An advertisement's label and title on one line (【推广】某某漫游季开幕), last in the boundary after a text signed at
    its end and read as furniture there, titles the text under it, the advertisement (qa185)."""
    if after.title_lines or not after.body or after.body[0].kind not in TEXT_KINDS:
        return
    if (m := P.LABELLED_ADVERT_TITLE.match(line.text.strip())) is None:
        return
    at = next((k for k in range(len(residue) - 1, -1, -1) if residue[k][0] is line), None)
    if at is not None:
        del residue[at]
        after.title_lines = [line._replace(kind=U.TITLE, text=m.group("title"))]


def share_boundary(boundary: list[Unit], before: Span, after: Span, residue: list, first: bool) -> None:
    """split_boundary's sharing of the title lines and bylines."""
    groups, lead, furniture = byline_groups(boundary)
    residue.extend((u, "page furniture") for u in furniture)
    if not groups:                      # an author note closed the article before
        after.body[:0] = lead
        return
    if opens_page(boundary, groups, lead, before, after, first):
        give_page_head(groups, lead, before, after, residue)
        return
    if len(groups) >= 2 and is_label_after_paper_signature(groups, lead):
        # …本报编辑部 / 来论 / 数字乡村建设要接地气: the paper's own signature closes the text before, and the
        # lone short "name" under it, over the next title, is that title's column label, no co-author
        residue.append((groups.pop()[1], "column label"))
    elif len(groups) == 2 and is_label_after_outlet_signature(groups, lead):
        # …安心。 / 陈某 某某日报 / 来 论 / text titled after it: a writer's signature with the paper it is taken from
        # closes the text before, and the lone short "name" under it, over untitled text, is its column label (qa260)
        residue.append((groups.pop()[1], "column label"))
    if len(groups) >= 2:
        share_groups(groups, lead, before, after, residue)
    else:
        share_group(*groups[0], lead, boundary, before, after, residue, first)


def opens_page(boundary: list[Unit], groups: list[tuple[list[Unit], Unit]], lead: list[Unit], before: Span,
               after: Span, first: bool) -> bool:
    """Whether the text before the boundary is no article a title and byline in it could close: none, the page's
    (or the article's) editor's note, or the page's standfirst. A standfirst opens the page: a short unsigned text in
    another column further down is an article titled after it; nor is a text a standfirst when title lines, a
    byline, then more title lines follow it: titled after it and signed, then the next title (qa45); nor when a lone
    name under it signs it (signs_text_above); nor when what follows is a narrow box of figures, whose column is no
    article's (is_unsigned_box, qa131); nor when a signature over a bare date closes it (signed_over_date, qa274)."""
    return not has_text(before) or is_page_note(before) or (first and is_page_note_over_standfirsts(before, after)) or (
        first and not signed_between_titles(groups, lead) and not signs_text_above(boundary, before, after)
        and not signed_over_date(boundary, after) and not is_unsigned_box(after, before)
        and is_page_standfirst(before, after))


def signed_over_date(boundary: list[Unit], after: Span) -> bool:
    """Whether the boundary opens with a signature over a bare date (市长　某某 / 2026年4月20日 under a government
    decree's words, as under a letter or a speech; the date is in the boundary or opens the text after it, or ends the
    signature's line, 市长　某某　2026年4月20日): the text above is signed and dated, no page's standfirst, which nobody
    signs, however its width differs from the text after it; the signature is that text's (qa274)."""
    if not boundary or boundary[0].kind != U.BYLINE:
        return False
    if is_speaker_day_line(boundary[0].text):
        return True
    dated = boundary[1] if len(boundary) > 1 else after.body[0] if after.body else None
    return dated is not None and dated.kind == U.META and P.DATE_ONLY_LINE.match(dated.text) is not None


def give_page_head(groups: list[tuple[list[Unit], Unit]], lead: list[Unit], before: Span, after: Span,
                   residue: list) -> None:
    """The boundary after the page's opening text (see opens_page) is the head of the article after it."""
    k = head_group_at(groups)
    for titles, by in groups[:k]:
        residue.extend((u, "unattached title") for u in titles + [by])
    give_head(after, *groups[k], lead)
    after.page_head = not has_text(before)
    after.bylines += [by for _, by in groups[k + 1:]]
    # (The head group's own titles, not the last group's: under a titled group, the bylines stacked after it
    # (某某课题组 / 执笔：…) leave the lines over the title a brief's masthead, not the head's title (qa80).)
    if not groups[k][0] and is_split_head(before):
        after.body[:0] = before.body
        before.body = []
    elif is_split_head(before):
        carry_fields(before, after)


def share_groups(groups: list[tuple[list[Unit], Unit]], lead: list[Unit], before: Span, after: Span,
                 residue: list) -> None:
    """Several title-and-byline groups: the first closes the article before, the last opens the one after."""
    if title_rest_over_glued_signature(groups, before):
        (first, short), (last, by_last) = groups
        name, title = glued_byline(last[0]) or (short, last[0])
        give_tail(before, [*first, short._replace(kind=U.PLAIN, heading=short.text, byline=None, weak_byline=False)], name)
        give_head(after, [title, *last[1:]], by_last, lead)
        return
    if title_split_by_byline(groups, before):
        (first, by), (last, by_last) = groups[0], groups[-1]
        groups = [(first + last[:1], by), *groups[1:-1], (last[1:], by_last)]
    k = stacked_head_at(groups, before)
    if k == 0:
        pass                            # all the groups are the next head: the text before was signed at its head
    elif not groups[0][0] and is_column_label_after(before, groups[0][1]):
        residue.append((groups[0][1], "page furniture"))    # 来论 over the next title and byline
    else:
        give_tail(before, *groups[0])
    for titles, by in groups[1:k]:
        residue.extend((u, "unattached title") for u in titles + [by])
    give_head(after, *groups[k], lead if k == len(groups) - 1 else [])
    if k < len(groups) - 1:
        after.bylines += [by for _, by in groups[k + 1:]]
        after.body[:0] = lead


def stacked_head_at(groups: list[tuple[list[Unit], Unit]], before: Span) -> int:
    """Where the next article's head starts among several (title lines, byline) groups: at the last group, or at a
    titled group whose bylines are stacked one a line under it, untitled (数字乡村 / 新图景 / 本报记者 向 晴 / 通讯员 李 川,
    as a narrow column sets a reporter and a correspondent), as head_group_at reads a page's first head (qa41). The
    first group is the text before's signature unless that text was titled and signed at its head (qa191)."""
    last = len(groups) - 1
    k = last
    while k > 0 and not groups[k][0] and not groups[k][1].weak_byline:
        k -= 1
    if k == last or not groups[k][0]:
        return last
    if k == 0 and not (before.title_lines and before.bylines and not before.signed_after):
        return last
    return k


def title_rest_over_glued_signature(groups: list[tuple[list[Unit], Unit]], before: Span) -> bool:
    """Whether the lone short "name" under the first title line is that title's wrapped last line (让便民生活圈更有 /
    温度 / 李某某以数字化赋能… / 韩某某): the next title opens with a name glued to it, which signs the text before,
    untitled and unsigned, as in 张聪聚焦…; that text has no other signature, so the short line over it ends its end
    title, no byline (qa155)."""
    if len(groups) != 2 or before.title_lines or before.bylines or not opens_with_text(before):
        return False
    (first, short), (last, _) = groups
    return (len(first) == 1 and short.weak_byline and " " not in short.text and len(last) >= 1
            and first[0].kind == U.PLAIN and glued_byline(last[0]) is not None)


def title_split_by_byline(groups: list[tuple[list[Unit], Unit]], before: Span) -> bool:
    """Whether the one title line over the first byline and the first of the last group's title lines are the two
    halves of one title set around its byline (让“冷资源” / 林某某 / 变成“热经济” / the next title / its byline): both
    short (SPLIT_TITLE_HALF_MAX_CHARS at most) and about as long (within SPLIT_TITLE_HALF_SLACK), under them a longer
    line, the next title, and the text before untitled, titled after it. A kicker over the next title stands over it
    alone: after a one-line title as short and as long as itself, it is that title's second line (qa90)."""
    if len(groups) < 2 or before.title_lines or len(groups[0][0]) != 1 or len(groups[-1][0]) < 2:
        return False
    a, b, c = groups[0][0][0], groups[-1][0][0], groups[-1][0][1]
    sizes = [len(u.text.replace(" ", "")) for u in (a, b, c)]
    return (max(sizes[:2]) <= SPLIT_TITLE_HALF_MAX_CHARS and abs(sizes[0] - sizes[1]) <= SPLIT_TITLE_HALF_SLACK
            and sizes[2] > max(sizes[:2]) + SPLIT_TITLE_HALF_SLACK and not is_label_line(b))


def share_group(titles: list[Unit], by: Unit, lead: list[Unit], boundary: list[Unit], before: Span, after: Span,
                residue: list, first: bool) -> None:
    """One group of title lines and a byline, then `lead` (more title lines): whose they are."""
    if not titles and not lead and signs_piece_amid_signed_text(before, by):
        # 某某 at the head / text / its title after it / the next piece's title / text / 某某某: the lone name signs that
        # piece, split off at its title (split_on_foreign_byline), as a foreign byline after a titled text does (qa131)
        before.tail = ([], by)
        return
    if not has_text(after):             # the end of the document: title and byline close the article
        give_tail(before, titles, by)
        before.body.extend(lead)
        return
    if (j := column_name_amid(titles)) is not None:
        # …text / （苏 禾） / its end title / 快评 / the next title / ○ 周 然: a commentary column's name between title
        # lines parts them: those over it close the text before, those under it and the byline head the next (qa232)
        residue.append((titles[j], "column label"))
        give_end_title(before, titles[:j])
        give_head(after, titles[j + 1:], by, lead)
        return
    if not titles:                      # a byline right after the text: it closes that article
        if not lead and signs_under_dek(before, by, after):
            # title / ——subtitle / one paragraph / □ 某某 / text: the paragraph is the title's dek, and the head
            # signature heads the text under it, so title, dek and text are one article (qa197)
            after.body[:0] = before.body
            after.residue[:0] = before.residue
            before.body, before.residue = [], []
            give_head(after, [], by, [])
            return
        if not lead and before.bylines and signs_text_below(before, by, after):
            # …（□ 某某 at the head）… / 某某某 / text: the text above is signed at its head already, so a person's name
            # under it signs the text under it, which is titled after its text (qa131)
            give_head(after, [], by, [])
            return
        if not lead and heads_report_below(before, by, after):
            # title / 本报记者 某某 / text / 本报记者 某某 通讯员 某某 / text / its title: a second reporter's byline
            # after a report signed at its head heads the report under it, however that one is titled (qa263)
            give_head(after, [], by, [])
            return
        if is_column_label_after(before, by):
            # ... unless the article names its authors already: then a lone short "name" over the next
            # title is that article's column label (来论, 时评), page furniture; text right under it, with no title
            # over it, is titled after it
            residue.append((by, "page furniture"))
            after.under_label = not lead
        else:
            give_tail(before, [], by)
            if is_column_name_under_signature(by, lead):
                # …安心。 / 陈某 某某日报 / 观察 / text titled after it: the column's name, not the next title (qa260)
                residue.append((lead.pop(), "column label"))
                after.under_label = True
        after.body[:0] = lead
        return
    if lead and opens_with_section(before, titles, by, lead, after):
        give_head(after, titles, by, lead)
        return
    if lead:                            # title + byline, then more title lines: close the article before
        give_tail(before, titles, by)
        # …课题组 / 马文涛激活…: the next title may open with its own byline glued to it (qa47)
        if glued := glued_byline(lead[0]):
            give_head(after, [glued[1]], glued[0], lead[1:])
        else:
            after.body[:0] = lead
        return
    if len(titles) >= 2 and subtitled_head(boundary, by) and not before.title_lines and not before.bylines:
        # …透明 (the text's end title) / 荀某让“冷资源”… / ——访… / 本报记者 某某: a subtitle over a byline ties the
        # title line over it to the article under them; the lines over that title close the text before (qa96)
        head = titles[-1:]
        if glued := glued_byline(head[0]):
            before.bylines.append(glued[0])
            head = [glued[1]]
        if labels_after_signed_view(boundary, titles[:-1]):
            residue.extend((u, "column label") for u in titles[:-1])
        else:
            set_title(before, titles[:-1])
        give_head(after, head, by, lead)
        return
    if not before.title_lines and not before.bylines and (note := trailing_note(before)):
        # Text, (its title printed after it,) then an editor's note (编者按：…) right over a title and byline: the note
        # introduces the article under it, so that title and byline are its head, whatever else would give them to
        # the text before (an author note over that text, qa46): a note never parts a text from its own tail (qa82).
        residue.extend((u, "editor's note") for u in note)
        take_end_title(before)
        share_titles_over_byline(titles, by, before, after, residue, first)
        return
    if continues_from_other_page(before):
        # （紧接第一版） / text / a title and byline / text: the text goes on from another page, where its title and
        # byline stand (a jump head repeats the title over the note, never after the text): they head the next (qa131)
        give_head(after, titles, by, [])
        return
    # (a text under its column's label and its title, 【学思践悟】 / 以…激发… / text, is titled at its head:
    # its author's note does not make the title and byline after it its own, qa174)
    closed_by_note = (ends_with_author_note(before) and not before.titled_under_note
                      and not titled_under_column_label(before))
    if not before.title_lines and not before.bylines and is_unsigned_box(after, before):
        # text / its title and signature / a narrow unlabelled box of figures / the next title and byline: the box
        # beside the text closes no article; the title and signature are the text's, printed after it (qa131)
        give_tail(before, titles, by)
        after.body[:0] = lead
        return
    if not before.title_lines and not before.bylines and (closed_by_note or before.under_label
                                                           or tails_after_note(before, titles)
                                                           or after.end_titled or after.titled_after and opens_untitled(before)
                                                           or over_affiliation(boundary, by)):
        # Text closed by a note on its author (（作者分别系…）) but neither titled nor signed: the title
        # and byline after the note are its own, printed after its text (a theory page). So are a title
        # and byline with the author's unit under them (作者单位：…): an untitled text before them is
        # not left without them for the text after (qa15, session 9). So are a title and byline after a text
        # that starts, untitled, right under another text's author note (qa46, session 12). So are a title and
        # byline over a text that is titled and signed after it (a page printing every title after its text, qa73),
        # and those on a page whose last text is titled and signed after it: the page prints its articles text
        # first (qa77). Not after a text titled at its head right under another text's author note (「观点」 / 别让…
        # / text / （作者：…，系…）): it is titled, and they head the text after them (qa109).
        give_tail(before, titles, by)
        return
    if before.title_lines and before.bylines and not signs(before, by) and label_cut(before.body) is not None:
        # Text titled and signed at its head, then a column's label (来论) and more text: the title and byline
        # after it close the text under the label (split_on_tail_title), printed text first.
        give_tail(before, titles, by)
        return
    share_titles_over_byline(titles, by, before, after, residue, first)


def column_name_amid(titles: list[Unit]) -> int | None:
    """Where a commentary column's name (COLUMN_NAME_LINE: 快评, 今日谈) stands among the title lines over a byline,
    with title lines over it and one or two under it; None where no such line parts them."""
    k = len(titles) - 1
    while k > 0 and len(titles) - k <= MAX_HEADING_LINES + 1:
        if titles[k - 1].kind == U.PLAIN and P.COLUMN_NAME_LINE.match(titles[k].text.strip()) and k < len(titles) - 1:
            return k
        k -= 1
    return None


def give_end_title(span: Span, lines: list[Unit]) -> None:
    """Give the text before a boundary the title lines printed after it: a text titled and signed at its head keeps
    them for the piece under a column's label amid its text (split_on_tail_title)."""
    if span.title_lines and span.bylines:
        span.tail_title = lines
    else:
        set_title(span, lines)


def labels_after_signed_view(boundary: list[Unit], lines: list[Unit]) -> bool:
    """Whether `lines` are a column's label (书评, 学习札记) right under a roundup's last view, signed on a dash-led line
    (…。” / ——某大学教授 张三 / 书评 / the review's title / its book line / □ 某某): a roundup of views is titled at its
    head or not at all, so a short label after it is the next piece's, never the roundup's end title (qa198)."""
    return (bool(lines) and all(map(is_label_line, lines)) and boundary[0].kind == U.SUBTITLE
            and P.ROUNDUP_SIGNATURE.match(boundary[0].text) is not None)


def take_end_title(span: Span) -> None:
    """Give an untitled span the title lines that end its body after its text (one or two plain lines: a title printed
    after the text)."""
    body = span.body
    k = len(body)
    while k > 0 and body[k - 1].kind == U.PLAIN and len(body) - k < MAX_HEADING_LINES:
        k -= 1
    if k < len(body) and any(u.kind in TEXT_KINDS for u in body[:k]) and body[k - 1].kind in TEXT_KINDS:
        set_title(span, body[k:])
        span.body = body[:k]


def take_last_end_title(span: Span) -> None:
    """Give a page's last text, untitled and unsigned, the one plain line after it over the page's closing credits
    only (责任编辑：…): its headline, which PDF extraction sets after the text at the page's foot."""
    body = span.body
    k = len(body)
    while k > 0 and body[k - 1].kind == U.CREDIT:
        k -= 1
    # On a page that prints its titles after their texts, the title may wrap over two lines (以“小切口”撬动 / “大民生”,
    # qa100).
    n = 2 if span.titled_after and k >= 3 and body[k - 2].kind == U.PLAIN and body[k - 3].kind in TEXT_KINDS else 1
    if (not span.title_lines and not span.bylines and k >= n + 1 and all(u.kind == U.PLAIN for u in body[k - n:k])
            and body[k - n - 1].kind in TEXT_KINDS and opens_with_text(span)):
        set_title(span, body[k - n:k])
        span.body = body[:k - n] + body[k:]


def share_titles_over_byline(titles: list[Unit], by: Unit, before: Span, after: Span, residue: list,
                             first: bool) -> None:
    """Title lines then a byline then text: the last title belongs to the article after; earlier lines are the title
    of the article before when it has none (a title printed after its text). A page's standfirst (another column's
    paragraph or two, unsigned) takes no title: the lines over the byline are all the next article's head (理论前沿 /
    a title on two lines): set_title keeps its last lines as the title, the column label over them is furniture
    (qa36, session 11)."""
    if not before.title_lines and not before.bylines and titled_under_column_name(before):
        # 社评 / its title / text / 论坛 / a title on two lines / its byline: a text titled under its column's label at
        # its head takes no end title, so every line over the byline is the next head (set_title drops the label)
        give_head(after, titles, by, [])
        return
    narrow = narrow_column_head_lines(titles, before)
    whole = narrow == len(titles)
    if len(titles) == 2 and awaits_end_title(before):
        head = titles[1:]               # two lines: the first is the title of the text before, signed at its head (qa131)
    elif len(titles) <= MAX_HEADING_LINES or (first and is_page_standfirst(before, after)):
        head = titles[-MAX_HEADING_LINES:] if len(titles) <= MAX_HEADING_LINES else titles
    elif narrow:
        head = titles[-narrow:]         # a headline wrapped in a narrow column, maybe under its column's name
    else:
        head = titles[-1:]
    rest = titles[: len(titles) - len(head)]
    wrapped = wraps_glued_title(before, titles)
    if wrapped:
        rest, head = titles[:-2], titles[-2:]
    elif end_title_over_glued(before, rest, head):
        rest, head = head[:-1], head[-1:]
    glued_at = 0 if wrapped else -1
    if (rest or opens_with_title(before)) and not before.bylines and (
            glued := glued_byline(head[glued_at])
            or (glued_full_name(head[-1]) if len(rest) >= MAX_HEADING_LINES and not wrapped else None)):
        # 张聪聚焦…: the byline of the article before (titled after its text, or at its start and
        # signed after it), glued to this title
        name, title = glued
        before.bylines.append(name)
        head = [title, *head[1:]] if wrapped else head[:-1] + [title]
    if rest and not before.title_lines:
        set_title(before, rest)
    else:
        residue.extend((u, "page furniture") for u in rest)
    give_head(after, head, by, [], whole)


def titled_under_column_name(span: Span) -> bool:
    """Whether the span's text opens under a commentary column's name (COLUMN_NAME_LINE: 社评, 论坛) and one or two
    title lines, however many lines of the page's head stand over them: a text titled at its head, so the title lines
    after it are the next piece's, not its end title (qa232)."""
    k = next((i for i, u in enumerate(span.body) if u.kind != U.PLAIN and u.kind != U.META), None)
    if k is None or span.body[k].kind != U.PARA or any(u.kind != U.PLAIN for u in span.body[max(0, k - 2):k]):
        return False
    head = span.body[max(0, k - MAX_HEADING_LINES - 1):k - 1]
    return any(P.COLUMN_NAME_LINE.match(u.text.strip()) for u in head)


def narrow_column_head_lines(titles: list[Unit], before: Span) -> int:
    """How many of three plain lines over a byline are the next headline, wrapped in a narrow column (老旧小区改造 /
    今年再开工 / 两万余个 over 本报记者 …, in columns of 13 characters), after an article with its own title and byline
    (so none is its end title): all three, or the last two under a column's name (人民时评), which is furniture; 0 in
    a wider column, or over a kicker much shorter than the line under it (qa191)."""
    if len(titles) != MAX_HEADING_LINES + 1 or not before.title_lines or not before.bylines:
        return 0
    if any(u.kind != U.PLAIN for u in titles):
        return 0
    first = titles[0].text.strip()
    if P.COLUMN_NAME_LINE.match(first):
        return MAX_HEADING_LINES        # (the column's name labels the two lines under it in a column of any width, qa232)
    width = column_width(before)
    if width is None or width > NARROW_TITLE_COLUMN:
        return 0
    return len(titles) if len(first) >= KICKER_SHARE * len(titles[1].text.strip()) else 0


def wraps_glued_title(before: Span, titles: list[Unit]) -> bool:
    """Whether the title lines over a byline end with the text before's signature glued to the next title, that title
    wrapped onto one more line (…“最后一公里” / 周某某“出海”企业要 / 行稳更要致远 / 韩雪 陈立): the lines over the glued
    one are the end title of the unsigned text before, the last two the next title. (qa137)"""
    return (len(titles) >= 3 and not before.bylines and titles[-1].kind == U.PLAIN
            and glued_byline(titles[-1]) is None and glued_byline(titles[-2]) is not None)


def awaits_end_title(span: Span) -> bool:
    """Whether a text is signed at its head (its byline over its first paragraph) and untitled: its title is printed
    after it, so of two title lines right after it (its title, the next piece's) the first is its own; a wrapped
    title of one piece would leave it none (qa131)."""
    return bool(span.bylines) and not span.title_lines and not span.signed_after and opens_with_text(span)


def subtitled_head(boundary: list[Unit], by: Unit) -> bool:
    """Whether the line right over the byline in the boundary is a subtitle (——访…): the title line over it, the
    subtitle and the byline head the article after them (an interview's head), never the end of the text before."""
    k = boundary.index(by)
    return k >= 2 and boundary[k - 1].kind == U.SUBTITLE and boundary[k - 2].kind == U.PLAIN


def end_title_over_glued(before: Span, rest: list[Unit], head: list[Unit]) -> bool:
    """Whether the head's lines over its last are the end title of the text before, its last line that text's
    signature glued to the next title (…守牢。 / 为夜间经济装上“安全阀” / 罗嘉怡以“小切口”… / 杜文斌): a text
    printed before its title, neither titled nor signed, takes a one-line end title as it takes a longer one (rest)."""
    return (not rest and len(head) > 1 and not before.title_lines and not before.bylines and opens_with_text(before)
            and glued_byline(head[-1]) is not None)


def opens_with_text(span: Span) -> bool:
    """Whether the span opens with a paragraph of text: no title line over it, no editor's note (【编者按】…, nor the
    editors' afterword, 编后：…, which titles after it do not close: qa130), whose article's title and byline come after it."""
    if not span.body or span.body[0].kind != U.PARA:
        return False
    first = span.body[0].text
    return not (P.EDITOR_NOTE.match(first)
                or (first.startswith(P.AFTERWORD_NOTE_INITIALS) and P.AFTERWORD_NOTE.match(first)))


def opens_untitled(span: Span) -> bool:
    """Whether the span's first unit past the page's running head and furniture is a paragraph of text (an editor's
    note's, a standfirst's or the article's): no title line stands over its text."""
    units = [u for u in span.body if u.kind != U.META and u.kind not in U.RESIDUAL][:2]
    if len(units) == 2 and is_page_column_over_note(units[0], units[1]):
        units = units[1:]               # 理论·实践 / 编者按：…: the page's column label, no title (qa289)
    return bool(units) and units[0].kind == U.PARA


def is_page_column_over_note(line: Unit, under: Unit) -> bool:
    """Whether a plain line is a page's column label (理论周刊, 理论·实践) right over an editor's note (编者按：…)."""
    return (line.kind == U.PLAIN and under.kind == U.PARA and P.PAGE_COLUMN_OVER_NOTE.match(line.text.strip()) is not None
            and is_labelled_note(under.text.strip()))


def tails_after_note(before: Span, titles: list[Unit]) -> bool:
    """Whether an untitled text that starts right under another text's author note is closed by the title lines and
    byline after it: unless the last title line opens with the text's own signature glued to the next title
    (…为己任。 / 张某以…): then those title lines are the text's and the next article's (split_boundary's glued case)."""
    return before.after_note and glued_byline(titles[-1]) is None


def opens_with_section(before: Span, titles: list[Unit], by: Unit, lead: list[Unit], after: Span) -> bool:
    """Whether title lines and a byline after a text titled and signed at its head by someone else, then one
    line shorter than the title right over text, are the next article's head and its first section heading
    (县域治理要练好“绣花功” / 陈晓光 / 抓统筹 / text): the text before has its title and byline already, so they
    cannot close it, and a short line over text is a heading, not a further title. (qa47)"""
    return (len(lead) == 1 and lead[0].kind == U.PLAIN and bool(titles) and bool(before.title_lines)
            and bool(before.bylines) and not signs(before, by)
            and len(lead[0].text) < min(len(t.text) for t in titles)
            and bool(after.body) and after.body[0].kind in TEXT_KINDS)


def signed_between_titles(groups: list[tuple[list[Unit], Unit]], lead: list[Unit]) -> bool:
    """Whether a boundary is title lines, one byline, then more title lines: the title and signature of the text
    before, printed after it, then the next article's title (推动非遗… / 吴敏 中国文化报 / 让文物真正活起来)."""
    return len(groups) == 1 and bool(groups[0][0]) and bool(lead)


def over_affiliation(boundary: list[Unit], by: Unit) -> bool:
    """Whether the byline of the boundary stands over its authors' affiliation line (作者单位：…)."""
    k = boundary.index(by) + 1
    return k < len(boundary) and boundary[k].kind == U.AFFILIATION


def is_label_after_paper_signature(groups: list[tuple[list[Unit], Unit]], lead: list[Unit]) -> bool:
    """Whether a boundary's last byline is a lone short name right under the paper's own signature (本报编辑部,
    本报评论员) and over a title line: the paper signs alone, so the name is the next title's column label."""
    (titles, by), (_, paper) = groups[-1], groups[-2]
    return (bool(lead) and not titles and by.weak_byline and paper.byline is not None
            and any(a[:2] in P.SELF_OUTLETS for a in paper.byline.authors))


def is_label_after_outlet_signature(groups: list[tuple[list[Unit], Unit]], lead: list[Unit]) -> bool:
    """Whether a boundary is a signature naming its writer and a paper (陈某 某某日报), then a lone short weak "name" with
    no title over it or under it before the text (来 论): a signature so closes its text whole, and a text titled at
    its end opens with no byline at its head, so the word is the next text's column label, no co-author."""
    (titles, by), (signer_titles, signer) = groups[-1], groups[-2]
    return (not lead and not titles and by.weak_byline and len(by.text.replace(" ", "")) <= LABEL_AFTER_SIGNATURE_CHARS
            and signer.byline is not None and signer.byline.source is not None)


def is_column_name_under_signature(by: Unit, lead: list[Unit]) -> bool:
    """Whether the one line between a writer's signature with its paper (陈某 某某日报) and the next text names a
    commentary column (观察, 新论, 人民时评: COLUMN_NAME_LINE): such a signature closes its text whole, and the word
    labels the next text, titled after it, as a label under a head-signed text does (is_column_label_after)."""
    return (len(lead) == 1 and by.byline is not None and by.byline.source is not None
            and P.COLUMN_NAME_LINE.match(lead[0].text) is not None)


def is_note_from_other_page(text: str) -> bool:
    """Whether a continuation note says that the article comes from another page (（上接第1版）, or 上接第1版 set without
    brackets, qa193), not that it goes on on one (（下转第4版）)."""
    return P.CONTINUED_FROM.match(text) is not None or P.BARE_CONTINUED_FROM.match(text) is not None


def continues_from_other_page(span: Span) -> bool:
    """Whether the span's text opens under a note that it comes from another page (（上接第1版）, （紧接第一版）: CONTINUED_FROM),
    over its first paragraph, maybe under the page's running head and the article's title repeated (a jump head)."""
    for u in span.body[:CONTINUED_NOTE_REACH]:
        if u.kind == U.CONTINUED:
            return is_note_from_other_page(u.text)
        if u.kind in TEXT_KINDS:
            return False
    return False


def is_unsigned_box(span: Span, beside: Span) -> bool:
    """Whether a span is a box of a few lines and nothing else (全县建成… / …三百余个， / …两万件。: two full lines and a short
    last, UNSIGNED_BOX_MAX_LINES at most, no label, title or byline), set narrower than the text beside it by more than a
    column change (WIDTH_TOLERANCE): the page's sidebar of figures, no article (qa131)."""
    if span.title_lines or span.bylines or len(span.body) != 1 or span.body[0].kind != U.PARA:
        return False
    box, main = span.body[0], column_width(beside)
    return (main is not None and 2 <= box.n_lines <= P.UNSIGNED_BOX_MAX_LINES
            and printed_width(box) < (1 - WIDTH_TOLERANCE) * main and not is_letter_spaced(box.text))


def signs_piece_amid_signed_text(before: Span, by: Unit) -> bool:
    """Whether a lone person's name after a text signed at its head and printed untitled (its title after its text)
    signs a piece whose title stands amid that text: the text is someone else's, so the name is no second signature of
    it, and the title line amid it (reads_as_title) opens the piece the name closes (qa131)."""
    if not (before.bylines and not before.title_lines and by.weak_byline and not signs(before, by)
            and len("".join(by.text.split())) >= P.LONE_SIGNATURE_MIN_CHARS):
        return False
    start = last_heading_run(before.body, text_end(before.body))
    return start is not None and reads_as_title(before.body, start, run_end(before.body, start, PLAIN_KINDS))


def signs_text_below(before: Span, by: Unit, after: Span) -> bool:
    """Whether a lone name right after a text signed at its head (by someone else, or by the paper: 本报评论员) signs the
    text right under it: a person's name (LONE_SIGNATURE_MIN_CHARS, not a column's label as 来论) over a paragraph. With
    a heading amid the text above (another piece's title, unsigned: split_on_foreign_byline) it signs that piece."""
    return (by.weak_byline and not signs(before, by) and opens_with_text(after)
            and last_heading_run(before.body, text_end(before.body)) is None
            and len("".join(by.text.split())) >= P.LONE_SIGNATURE_MIN_CHARS)


def heads_report_below(before: Span, by: Unit, after: Span) -> bool:
    """Whether a byline opened by a reporter's role (本报记者 某某), right after a text titled and signed at its head,
    heads the text under it: a report is signed once, and a reporter's role signs it at its head, a bracket
    (（记者 某某）) at its end."""
    return (bool(before.title_lines) and bool(before.bylines) and opens_with_text(after)
            and by.text.startswith(P.REPORTER_ROLE_OPENERS))


def signs_under_dek(before: Span, by: Unit, after: Span) -> bool:
    """Whether a head signature (□ 某某, bulleted: BYLINE_BULLETS; 本报评论员 某某, a paper's commentator, who signs at
    the head) signs the text under it though a paragraph stands between it and the title lines over it: a commentary
    sets a dek (one short paragraph) under its title (and subtitle), over the signature. The span before holds those
    title lines and that one paragraph only, no text of an article the signature could close. Another signature there
    (苏 敏 光明日报, （记者 …）, a lone name) closes a one-paragraph piece printed title first."""
    if (before.title_lines or before.bylines or not opens_with_text(after)
            or by.text[:1] not in P.BYLINE_BULLETS and P.COMMENTATOR not in by.text):
        return False
    texts = [i for i, u in enumerate(before.body) if u.kind in TEXT_KINDS]
    return texts == [len(before.body) - 1] and any(u.kind in TITLE_KINDS for u in before.body[:-1])


def is_column_label_after(span: Span, by: Unit) -> bool:
    """Whether a lone short "name" right after an article's text is the next article's column label (来论,
    时评), not the article's byline: the article names its authors already, signed at its head by someone
    else or closed by a note that names them (（作者：韦思远，…）)."""
    if not by.weak_byline or signs(span, by) or signs_titled_piece_amid_text(span, by):
        return False
    return names_authors(span) or (ends_with_author_note(span) and bool(note_authors(span.body[-1].text.strip())))


def signs_titled_piece_amid_text(span: Span, by: Unit) -> bool:
    """Whether a lone person's name (LONE_SIGNATURE_MIN_CHARS, longer than a column's label as 来论) after a text titled
    and signed at its head closes a piece whose own title stands amid that text (a report / its text / a commentary's
    title / its text / 钟立言): the name signs that piece (split_on_foreign_byline), no column label of the next (qa179).
    A surname and one character (许 澄) is such a name too, unless it ends as a label's word (来论, 时评: qa202)."""
    name = "".join(by.text.split())
    if not span.title_lines or len(name) < P.LONE_SIGNATURE_MIN_CHARS and not P.TWO_CHARACTER_SIGNATURE.match(name):
        return False
    start = last_heading_run(span.body, text_end(span.body))
    return start is not None and reads_as_title(span.body, start, run_end(span.body, start, PLAIN_KINDS))


def names_authors(span: Span) -> bool:
    """Whether a byline over the span's text names someone: 本报评论员 signs for the paper and names no one, so a lone
    name after an editorial's text signs the short piece boxed under it (短评 / its title), as 文｜某某 does (qa78)."""
    return any(u.byline is None or not all(map(is_editorial_voice, u.byline.authors)) for u in span.bylines)


def titled_at_head(span: Span) -> bool:
    """Whether the span's text comes under a title line of its own, a column's label over it or not (「观点」 / 别让…
    / text): one or two plain lines over its first paragraph, the last longer than a column's label, under nothing
    but a box of further reading left from the text before (leading_box_end). (Asked of a span that starts right
    under another text's author note: Span.titled_under_note.)"""
    start = leading_box_end(span.body)
    lead = span.body[start: start + MAX_HEADING_LINES + 1]
    k = next((i for i, u in enumerate(lead) if u.kind != U.PLAIN), None)
    return (k is not None and 0 < k <= MAX_HEADING_LINES and lead[k].kind == U.PARA
            and len(lead[k - 1].text) > COLUMN_LABEL_MAX_CHARS)


def titled_under_column_label(span: Span) -> bool:
    """Whether the span's text, past the page's running head, opens under its column's label and a title longer than
    it (【学思践悟】 / 以制度创新激发… / text, or the label bare: 学思践悟): a column label printed over a title marks a piece
    titled at its head; theory pages that print their titles after their texts set a label, if any, right over the
    text (qa174)."""
    k = next((i for i, u in enumerate(span.body) if u.kind != U.META), len(span.body))
    if k >= len(span.body) or span.body[k].kind != U.PLAIN:
        return False
    label = span.body[k].text.strip()
    bracketed = label.startswith(P.BRACKETED_COLUMN_LABEL_FIRSTS) and P.BRACKETED_COLUMN_LABEL_LINE.match(label)
    return bool(bracketed or is_label_line(span.body[k])) and titled_at_head(Span(body=span.body[k + 1:]))


def leading_box_end(body: list[Unit]) -> int:
    """Where a box of further reading that opens the body ends (延伸阅读 and a paragraph or two under it, at the head of
    the span after an article its author's note closed: that article's box), or 0 where the body opens with none."""
    if not body or body[0].kind != U.CREDIT or not is_box_label(body[0].text):
        return 0
    end = run_end(body, 1, BOX_KINDS)
    return end if 0 < end - 1 <= READING_BOX_MAX_PARAS else 0


def split_off_leading_box(span: Span) -> list[Span]:
    """A box of further reading at the head of an untitled span (the box under the article before, which its author's
    note closed), over another text's title: a piece of its own under its label, as at the end of a text
    (split_on_reading_box), and the titled text under it an article of its own (qa109)."""
    if span.signed_after and (found := narrow_box_over_text(span.body)) is not None:
        # 链接 / 名词解释 and a narrower paragraph over a text titled and signed after it (after another text its author's
        # note closed): the box beside that text, a piece of its own; the title after is the text's (qa120)
        start, end = found
        label = span.body[start]._replace(heading=U.unbracketed(span.body[start].text.strip()))
        # (the term the box explains on its own line, 名词解释 / “四议两公开” / its paragraph, heads no part of the box:
        # furniture, as under a box's label elsewhere, qa250)
        term = run_end(span.body, start + 1, PLAIN_KINDS)
        box = Span(title_lines=[label], body=span.body[term:end],
                   residue=[*((u, u.kind) for u in span.body[:start]),    # (reason "quote" or "notes", as the kind)
                            *((u, "page furniture") for u in span.body[start + 1:term])])
        span.body = span.body[end:]
        return [box, span]
    if span.title_lines or not (end := leading_box_end(span.body)):
        return [span]
    # (after a text its signature closed, a box's paragraphs right over a title line and the text that title's
    # signature closes: 相关链接 / its paragraph / 以… / text / ◎ 某某, the box the text's before, qa224)
    if not (span.titled_under_note or span.signed_after and opens_titled_text(span.body, end)):
        return [span]
    label = span.body[0]._replace(heading=U.unbracketed(span.body[0].text.strip()))
    box = Span(title_lines=[label], body=span.body[1:end])
    span.body = span.body[end:]
    return [box, span]


def opens_titled_text(body: list[Unit], k: int) -> bool:
    """Whether body[k] opens a titled text: one or two plain lines over a paragraph."""
    text = run_end(body, k, PLAIN_KINDS)
    return 0 < text - k <= 2 and text < len(body) and body[text].kind == U.PARA


def narrow_box_over_text(body: list[Unit]) -> tuple[int, int] | None:
    """Where a box that opens a body starts (at its label line: 链接, 名词解释, BOX_LABEL_LINE) and ends, after any pull
    quotes or the notes of the article before over it: the label, maybe the term it explains (县域商业体系), then a
    paragraph or two set in a column clearly narrower than the text under them (NARROW_BOX_SHARE), which goes on under
    a heading or at once."""
    start = run_end(body, 0, QUOTE_OR_NOTES_KINDS)
    if start >= len(body) or body[start].kind not in LABEL_KINDS or not is_box_label_line(body[start].text):
        return None
    first = start + 2 if start + 2 < len(body) and body[start + 1].kind == U.PLAIN else start + 1
    end = wider_paragraph_at(body, first, run_end(body, first, BOX_KINDS))
    text = next((u for u in body[end:] if u.kind == U.PARA and u.n_lines >= 2), None)
    if not 0 < end - first <= READING_BOX_MAX_PARAS or text is None or run_end(body, end, PLAIN_KINDS) - end > 2:
        return None
    return (start, end) if all(u.width < (1 - NARROW_BOX_SHARE) * text.width for u in body[first:end]) else None


def wider_paragraph_at(body: list[Unit], first: int, end: int) -> int:
    """Where the run of paragraphs body[first:end] that opens with a box's paragraph meets the text beside the box: the
    first of them set clearly wider (NARROW_BOX_SHARE) than the box's first, or `end`. A text printed right under the
    box, no heading or pull quote between (名词解释 / its term / its paragraph 10 wide / the text 35 wide), goes on
    from the box's last paragraph with no line between (qa250). (A box holds a paragraph or two: a few tried.)"""
    box = body[first].width
    return next((k for k in range(first + 1, min(end, first + READING_BOX_MAX_PARAS + 1))
                 if box < (1 - NARROW_BOX_SHARE) * body[k].width), end)


def is_box_label_line(text: str) -> bool:
    """Whether a line is a box's label on its own (名词解释, 知识链接, 链接 alone)."""
    return bool(P.BOX_LABEL_LINE.match(text) or P.BOX_LABEL_LINE_BARE.match(text))


def ends_with_author_note(span: Span) -> bool:
    """Whether the span's text ends with a note on its author (（作者系…）, （作者单位：…）)."""
    return bool(span.body) and span.body[-1].kind == U.NOTE and P.AUTHOR_NOTE_LINE.match(span.body[-1].text) is not None


def is_split_head(span: Span) -> bool:
    """Whether a span without text is the head of the article after it, cut from its byline by a line of
    fields: a web page prints its title, its fields (日期 来源：…) and then its byline over the text, and a
    line of fields is no header line, so the title stands alone before the byline's run."""
    return any(u.kind == U.META for u in span.body) and all(u.kind in LEAD_KINDS for u in span.body)


def carry_fields(head: Span, article: Span) -> None:
    """A web page's or a brief's lines of fields over a titled article's title (2025/04/21 05:30, 发布日期：…) are that
    article's front matter: they give its date and source. The head's other lines (a site's column path, a masthead)
    stay behind, furniture, and so does a newspaper page's running head, the page's (its date is every article's)."""
    fields = [u.kind == U.META and not is_page_head(u.text) for u in head.body]
    article.body[:0] = [u for u, f in zip(head.body, fields) if f]
    head.body = [u for u, f in zip(head.body, fields) if not f]


def opens_with_title(span: Span) -> bool:
    """Whether the span's text comes under title lines of its own (before take_leading_title gives them)."""
    return bool(span.body) and span.body[0].kind == U.PLAIN


def glued_byline(u: Unit) -> tuple[Unit, Unit] | None:
    """Split a title line that starts with a person's name into a byline unit and a title unit. The name may follow its
    role (本报记者 周某某在…) and be set letter-spaced (林 可在…), as a byline's is (qa133)."""
    if u.kind != U.PLAIN:
        return None
    line = u.text[m.end():] if u.text[:1] in P.GLUED_ROLE_INITIALS and (m := P.GLUED_ROLE_PREFIX.match(u.text)) else u.text
    names, text = names_before_glued(line)
    if not names and (m := P.SPACED_TWO_CHAR_NAME_START.match(text)) and P.PERSON_NAME_START.fullmatch(m.group(1) + m.group(2)):
        text = m.group(1) + m.group(2) + text[m.end():]          # 林 可在…: a two-character name set letter-spaced (qa133)
    if not names and not P.PERSON_NAME_START.match(text):     # (邵 川 江南日报…: a spaced name opens it)
        return None
    # A compound surname takes two characters of the name (司徒嘉怡让…, 欧阳明推动…).
    for size in (3, 4) if text.startswith(P.COMPOUND_SURNAMES) else (2, 3):
        rest = text[size:]
        if names and P.NAME_SHAPED_PAPER.fullmatch(text[:size]):
            break                           # 周立新 大公报发展…: the names' paper, no name glued (glued_outlet_byline)
        if size > 2 and text[size - 1:size] in P.GLUED_PLACE_LAST:
            break                           # 平川县盘活…: a place opens the title, no name (qa263)
        if (rest.startswith(P.GLUED_TITLE_WORD_OPENERS) or rest[:1] in P.GLUED_TITLE_INITIALS) and len(rest) >= 6:
            authors = (*names, text[:size])
            by = u._replace(kind=U.BYLINE, text=" ".join(authors), heading=None, byline=Byline(authors))
            return by, u._replace(text=rest, heading=rest)
    return glued_outlet_byline(u, names, text)


def glued_full_name(u: Unit) -> tuple[Unit, Unit] | None:
    """Split a title line opened by a full name (a surname and two characters: most names) glued to a title that opens
    with no headline word telling where the name ends (程某某美丽河湖…). Asked only where the text before is titled
    after it on two lines and signed nowhere, the line right over the next article's byline: there the line must hold
    that text's signature (share_titles_over_byline, qa90), and on a page titled at the head and signed at the end,
    where the line is the one heading over a text that a signature closes (closed_by_next_signature, qa206)."""
    if u.kind != U.PLAIN or not P.PERSON_NAME_START.match(u.text) or " " in u.text:
        return None
    size = FULL_NAME_CHARS + (1 if u.text.startswith(P.COMPOUND_SURNAMES) else 0)
    name, rest = u.text[:size], u.text[size:]
    if not P.CJK_NAME.fullmatch(name) or len(rest) < P.GLUED_TITLE_MIN_CHARS or name[-1] in P.GLUED_PLACE_LAST:
        return None
    by = u._replace(kind=U.BYLINE, text=name, heading=None, byline=Byline((name,)))
    return by, u._replace(text=rest, heading=rest)


def glued_outlet_byline(u: Unit, names: tuple[str, ...], text: str) -> tuple[Unit, Unit] | None:
    """Split a title line opened by names and their paper (韩立新 中华工商时报让…) into the byline and the
    title: the paper's name ends the byline as a name does in 张聪聚焦…, whatever the title's first word."""
    if not names:
        return None
    if (m := P.GLUED_TRAILING_ROLE.match(text)) and len(rest := text[m.end():]) >= 6:
        by = u._replace(kind=U.BYLINE, text=f"{' '.join(names)} {m.group()}", heading=None, byline=Byline(names))
        return by, u._replace(text=rest, heading=rest)     # 林 泉 本报记者外贸…: the role after the names (qa271)
    if not (m := P.GLUED_OUTLET.match(text)) or len(rest := text[m.end():]) < 6:
        return glued_affiliation_byline(u, names, text)
    signed = f"{' '.join(names)} {m.group()}"
    by = u._replace(kind=U.BYLINE, text=signed, heading=None, byline=Byline(names, m.group()))
    return by, u._replace(text=rest, heading=rest)


def glued_affiliation_byline(u: Unit, names: tuple[str, ...], text: str) -> tuple[Unit, Unit] | None:
    """Split a title line opened by names and their institution (宋雨桐 中国海洋大学以标准化建设…) into the byline
    and the title: the institution ends at its first institution word (大学, 研究院), as a paper's name at 报."""
    if not (m := P.GLUED_INSTITUTION.match(text)) or len(rest := text[m.end():]) < 6:
        return None
    by = u._replace(kind=U.BYLINE, text=f"{' '.join(names)} {m.group()}", heading=None, byline=Byline(names))
    return by, u._replace(text=rest, heading=rest)


def names_before_glued(text: str) -> tuple[tuple[str, ...], str]:
    """The names set apart by spaces before the last one, the one glued to the title (赵书琴 马骁“…”
    gives 赵书琴 and 马骁“…”), and the rest of the line; no names where the words before the last
    space are not all names (a title with a space in it)."""
    before, _, last = text.rpartition(" ")
    names = letter_spaced_names(before.split())
    if names and all(map(P.PERSON_NAME_START.fullmatch, names)):
        return names, last
    return (), text


def letter_spaced_names(words: list[str]) -> tuple[str, ...]:
    """The words with each two single characters in a row joined: a two-character name set letter-spaced in a byline
    (王海涛 林 静 光明日报… names 王海涛 and 林静, qa82)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if len(words[k]) == 1 and k + 1 < len(words) and len(words[k + 1]) == 1:
            out.append(words[k] + words[k + 1])
            k += 2
        else:
            out.append(words[k])
            k += 1
    return tuple(out)


def head_group_at(groups: list[tuple[list[Unit], Unit]]) -> int:
    """Where the head of the page's first article starts among the boundary's (title lines, byline) groups: at the last
    group, or at the titled group that the last groups' bylines stand right under (a title, then a group's byline and
    the line of its writers, 执笔人：…, or two lines of names): those bylines all sign the article (qa41)."""
    k = len(groups) - 1
    while k > 0 and not groups[k][0] and not groups[k][1].weak_byline:
        k -= 1
    if not groups[k][0] and k == 0 and not groups[0][1].weak_byline:
        return 0        # bylines stacked with no title line among them (a paper's authors one a line): all sign (qa121)
    return k if groups[k][0] else len(groups) - 1


def byline_groups(boundary: list[Unit]) -> tuple[list[tuple[list[Unit], Unit]], list[Unit], list[Unit]]:
    """Split a boundary into (title lines, byline) groups, the lines after the last byline, and furniture."""
    groups: list[tuple[list[Unit], Unit]] = []
    titles: list[Unit] = []
    furniture: list[Unit] = []
    for u in boundary:
        if u.kind in U.RESIDUAL:
            furniture.append(u)
            if titles and u.kind == U.CREDIT and is_page_trail(u.text):
                furniture[-1:-1] = titles       # 某某日报客户端 / 首页 > 长读 > 正文: the site's name, no title line
                titles = []
        elif u.kind == U.BYLINE:
            groups.append((titles, u))
            titles = []
        else:
            titles.append(u)
    return groups, titles, furniture


def is_page_trail(text: str) -> bool:
    """Whether a chrome line is a web page's breadcrumb trail or nav bar (首页 > 长读 > 正文, 首页 | 政务公开 | …): the lines
    over it are the site's masthead, the title is printed under it (qa149), as under_chrome reads a lead."""
    return bool(breadcrumb_trails([text]))


def signs(span: Span, by: Unit) -> bool:
    """Whether the byline names someone of the span's bylines (the byline repeated after the text)."""
    names = by.byline.authors if by.byline else ()
    return any(name in u.byline.authors for u in span.bylines if u.byline for name in names)


def give_tail(span: Span, titles: list[Unit], by: Unit) -> None:
    if not titles and writes_for_group(span, by):
        span.bylines.append(by._replace(byline=None))   # 执笔人：… after a 课题组's text: its writers, no authors
        return
    if span.title_lines and span.bylines and (not signs(span, by) or titles_labelled_piece(span, titles)):
        # someone else's (title and) byline after a titled, signed text: see split_on_tail_title; or the title and
        # signature of the piece under a column's label amid the text (记者手记 / its text / its title / 陈 晨), though it
        # names the article's own reporter, who wrote that piece too (qa126)
        span.tail = (titles, by)
        return
    if titles:
        set_title(span, titles, whole=is_three_line_title(titles))
    span.bylines.append(by)
    span.signed_after = True


def is_three_line_title(titles: list[Unit]) -> bool:
    """Whether the lines between a text and the byline that signs it are one title set over three lines (健全社会保障体系
    / 织密扎牢 / 民生安全网, a theory page's end title): three plain lines, no sentence, none spaced out, the first the
    widest and no kicker over the second (title_split keeps both). A kicker or column head stands narrower over the title
    it labels (理论周刊 / 以新质生产力 / 塑造…), so a first line as wide as the rest opens the title (qa180)."""
    if len(titles) != P.END_TITLE_MAX_LINES or not all(U.is_end_title_line(u) and u.clean for u in titles):
        return False
    first, *rest = (display_width(u.text) for u in titles)
    return first >= max(rest) and len(title_split(titles[:2])[0]) == 2


def titles_labelled_piece(span: Span, titles: list[Unit]) -> bool:
    """Whether title lines after a titled text title the piece under a column's label amid that text (label_cut): not
    the text's own title printed again (qa126)."""
    return (bool(titles) and "".join(u.text for u in titles) != "".join(u.text for u in span.title_lines)
            and label_cut(span.body) is not None)


def writes_for_group(span: Span, by: Unit) -> bool:
    """Whether a byline after the text names who wrote up a report signed at its head by a group (某某研究部课题组 /
    … / 执笔人：马致远　邵佳宁): the group's writers (WRITERS_LINE), as a bracketed （执笔：…） note's are, not
    further authors of the report (named at the head, under the group's byline, they are its authors)."""
    return ((by.text[:1] in P.WRITERS_LINE_INITIALS and P.WRITERS_LINE.match(by.text) is not None
             or by.text[:2] == "课题" and P.TEAM_WRITERS_BYLINE.match(by.text) is not None)     # 课题组组长：… 执笔：… (qa108)
            and any(u.byline and u.byline.authors and u.byline.authors[-1].endswith(P.GROUP_AUTHOR_ENDS)
                    for u in span.bylines))


def labels_piece(body: list[Unit], end: int) -> bool:
    """Whether the text before body[end] ends with a piece under a column's label and its own title (记者手记 /
    良田要“建”更要“管” / its text), text before it: a signature under it signs that piece, even when it names the
    article's own reporter (who wrote the 记者手记 too), not the article (qa35, session 11)."""
    start = last_heading_run(body, end)
    return (start is not None and run_end(body, start, PLAIN_KINDS) - start == 2
            and len(body[start].text) <= COLUMN_LABEL_MAX_CHARS < len(body[start + 1].text))


def give_head(span: Span, titles: list[Unit], by: Unit, lead: list[Unit], whole: bool = False) -> None:
    span.bylines.append(by)
    if titles:
        set_title(span, titles, whole)
    elif is_title_under_bulleted_byline(by, lead):
        set_title(span, lead)            # □ 某某 / its title / text: a commentary signed over its title (qa186)
        return
    span.body[:0] = lead                 # headings after the byline open the first section


def is_title_under_bulleted_byline(by: Unit, lead: list[Unit]) -> bool:
    """Whether the one line under a byline set with a box or circle before it (□ 宋某, BYLINE_BULLETS), over the text,
    with no title over the byline, is the piece's title: a commentary column (来论) prints the writer's box-marked name
    over the title as often as under it; a section heading opens no text right under the byline of an untitled one."""
    return (by.text[:1] in P.BYLINE_BULLETS and len(lead) == 1 and lead[0].kind == U.PLAIN and lead[0].n_lines == 1
            and not any(c in P.SENTENCE_MARKS or c in P.FIELD_MARKS_NOT_IN_TITLE for c in lead[0].text))


def set_title(span: Span, lines: list[Unit], whole: bool = False) -> None:
    """Give the span its title lines; an article that has a title already keeps it. The issuing body named under
    the title (某某市夜间经济提升行动方案 / 某某市商务局, a document a notice publishes) is front matter (qa61).
    `whole`: the lines are all the title (is_three_line_title), no kicker over it."""
    if span.title_lines:
        span.residue.extend((u, "second title") for u in lines)
        return
    if whole:
        span.title_lines = lines
        return
    if len(lines) > 1:
        span.residue.extend((lines[k], "second title") for k in repeated_lines(lines))
        lines = [u for k, u in enumerate(lines) if k not in repeated_lines(lines)]
    issuer = lines[-1:] if len(lines) > 1 and is_issuing_body_under_title(lines, len(lines) - 1) else []
    lines = lines[: len(lines) - len(issuer)]
    deck = lines[-1:] if len(lines) > 1 and (is_figure_deck(lines[-2], lines[-1])
                                             or is_gapped_deck(lines[-2], lines[-1])) else []
    lines = lines[: len(lines) - len(deck)]
    chinese = without_english_title(lines)
    title, before = title_split(chinese)
    span.title_lines = title
    span.residue.extend((u, "page furniture") for u in before + issuer)
    span.residue.extend((u, U.SUBTITLE) for u in deck)
    span.residue.extend((u, U.ENGLISH_FRONT) for u in lines[len(chinese):])


def is_figure_deck(headline: Unit, lower: Unit) -> bool:
    """Whether a title's last line is an economic page's deck under its headline (…加速成势 / 前三季度…增长37.2%，…):
    two clauses parted by a comma, giving figures, set much wider than a headline of a clause's length over it. The
    headline is then no kicker and the deck no title line (qa229)."""
    text, over = lower.text.strip(), headline.text.strip()
    return ("，" in text and len(over) >= P.FIGURE_DECK_MIN_HEADLINE and " " not in over and "　" not in over
            and display_width(text) >= P.FIGURE_DECK_MIN_SHARE * display_width(over)
            and P.FIGURE_DECK_FIGURE.search(text) is not None)


def is_gapped_deck(headline: Unit, lower: Unit) -> bool:
    """Whether a title's last line is a Hong Kong or Taiwan news page's deck under a plain headline (…申请资格 / 轮候逾三年…
    首批单位明年首季落成, GAPPED_DECK_LINE): two clauses parted by one gap (a stray gap in a title's second line leaves a
    word on one side, stray_spaced_second_line), set a tenth wider than the headline at least, under a headline no
    narrower than a kicker would be (a column's name over a gapped headline stays a kicker, title_split) (qa253)."""
    text, over = lower.text, headline.text
    wrapped = headline.n_lines == 2          # (a headline wrapped over two lines: its width a line, qa259)
    fits = (P.WRAPPED_HEADLINE_OVER_DECK if wrapped else P.HEADLINE_OVER_DECK).fullmatch(over)
    if " " not in text or fits is None or P.GAPPED_DECK_LINE.match(text) is None:
        return False
    narrow, wide = display_width(over) / (2 if wrapped else 1), display_width(text)
    return P.DECK_HEADLINE_MIN_SHARE * wide <= narrow < P.DECK_HEADLINE_MAX_SHARE * wide


def repeated_lines(lines: list[Unit]) -> set[int]:
    """The indexes of the title lines that repeat the one right over them: a web page copied as text gives its title
    over the line of fields and again as the heading over the text (qa128); a title never says a line twice."""
    return {k for k in range(1, len(lines)) if lines[k].text == lines[k - 1].text}


def without_english_title(lines: list[Unit]) -> list[Unit]:
    """The title lines without the last ones that hold no Chinese under one that does (a paper's English
    title set under its Chinese title is its translation, front matter). A title wholly in Latin script
    stays whole."""
    end = len(lines)
    while end > 1 and not P.HAN_CHAR.search(lines[end - 1].text):
        end -= 1
    # (no lines at all: a masthead's lines taken off before the title left none, qa280)
    return lines[:end] if end and P.HAN_CHAR.search(lines[end - 1].text) else lines


def title_split(lines: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """(the title lines, the kicker or column-head lines before them).

    A title wrapped onto two lines has lines of similar width; a much shorter line over a longer
    one is a column head or kicker (理论周刊 / 以新质生产力推动高质量发展), and so is a series' label of any
    width (稳外资系列评论之三 / 让外资企业安心扎根): it numbers the piece in its series, it does not name it; so is a
    line naming the series or beat over a wider title line (数字政府建设一线观察 / 一网统管…, is_beat_kicker), and a
    study campaign's name of any width (学习贯彻党的二十届四中全会精神 / 以县域为载体…, qa141), and a line calling the
    text a programme's transcript (某台《…》节目文字实录, TRANSCRIPT_KICKER, qa154), and one naming the kind of article
    (本报评论员文章, qa239), and a letters column's label over a letter's short title (读者来函, LETTERS_COLUMN_KICKER, qa287).
    A plan's bracketed period or draft note on a line of its own under its title (…实施方案 / （2026—2028年）) closes the
    title: the lines over it are split so, and it joins them (qa290).
    """
    if len(lines) > 1 and is_bracketed_title_tail(lines[-1].text):
        title, before = title_split(lines[:-1])
        return title + lines[-1:], before
    title = trailing_clean(lines) or letter_spaced_pair(lines) or lines[-1:]
    if len(title) == 1 and len(lines) > 1 and is_headline_couplet(lines[-2], title[0]):
        title = lines[-2:]                  # 坚定信心 真抓实干 / 奋力开创…新局面: the headline's first line (qa95)
    if len(title) == 2 and ((display_width(title[0].text) < KICKER_SHARE * display_width(title[1].text)
                             and not is_verbs_alone(title[0].text) and not is_adverbial_alone(title[0].text))
                            or P.SERIES_KICKER.match(title[0].text) or is_beat_kicker(title[0], title[1])
                            or P.TRANSCRIPT_KICKER.match(title[0].text) or is_commentator_article_label(title[0].text)
                            or P.STUDY_CAMPAIGN_KICKER.match(title[0].text)
                            or P.COUNCIL_PANEL_LINE.match(title[0].text) or is_panel_banner(title[0].text)
                            or P.LETTERS_COLUMN_KICKER.match(title[0].text)):
        title = title[1:]
    return title, lines[: len(lines) - len(title)]


def is_commentator_article_label(text: str) -> bool:
    """Whether a title's upper line names the kind of article under it (评论员文章, 本报评论员文章: COMMENTATOR_ARTICLE_KICKER),
    a kicker of any width, not the title's first line (qa239)."""
    return text.endswith(P.COMMENTATOR_ARTICLE_LABEL_END) and P.COMMENTATOR_ARTICLE_KICKER.match(text) is not None


def is_panel_banner(text: str) -> bool:
    """Whether a title's upper line is a panel column's banner (专家笔谈·推进新型工业化, PANEL_COLUMN_KICKER) over the
    first contribution's title: its column and topic, of any width (qa164)."""
    return any(d in text for d in P.COLUMN_NAME_DOTS) and P.PANEL_COLUMN_KICKER.match(text) is not None


def is_beat_kicker(upper: Unit, lower: Unit) -> bool:
    """Whether the upper of a title's two lines is a kicker naming a report's series or beat (数字政府建设一线观察 over
    一网统管让城市治理更“聪明”, BEAT_KICKER), set narrower than the title under it: a title cut at a line's end leaves
    no series word at the cut, and a clause cut after a verb (从小切口观察 / 大变化) leaves its longer half on top (qa133)."""
    return display_width(upper.text) < display_width(lower.text) and P.BEAT_KICKER.match(upper.text) is not None


def is_headline_couplet(upper: Unit, lower: Unit) -> bool:
    """Whether a line of two short phrases parted by a space (坚定信心 真抓实干) is the first line of the headline under it
    (奋力开创县域高质量发展新局面), as speeches, work reports and newspaper lead articles set their titles: it is narrower
    than that line by a tenth at least, but not so narrow as a kicker. A slogan or column banner of two phrases (牢记嘱托
    展现新风采) is set as wide as the title under it or wider, a column's name (观点 集萃) narrower than half of it, and a
    banner PDF extraction doubled (聚焦聚焦 乡村文旅) repeats its first word (qa95). Over a gapped subtitle (a Taiwan
    paper's deck) the headline's phrases may run longer (GAPPED_HEADLINE_COUPLET, qa235)."""
    gapped = is_gapped_subtitle(lower.text)
    m = P.HEADLINE_COUPLET.match(upper.text) or (P.GAPPED_HEADLINE_COUPLET.match(upper.text) if gapped else None)
    if not m or not (lower.clean or gapped):
        return False
    first = m.group(1)
    half = len(first) // 2
    if len(first) % 2 == 0 and first[:half] == first[half:]:
        return False                        # 聚焦聚焦: a doubled banner
    narrow, wide = display_width(upper.text), display_width(lower.text)
    return KICKER_SHARE * wide <= narrow < COUPLET_SHARE * wide


def is_gapped_subtitle(text: str) -> bool:
    """Whether a title's lower line is a Hong Kong or Taiwan paper's subtitle of two phrases parted by one gap (缺工潮延烧
    移工政策再松绑 / 劳动部拟开放…人力 最快明年上路): under a headline of two phrases the two lines are one title, the
    lower no column head, which would stand over it (qa207)."""
    return P.GAPPED_SUBTITLE_LINE.match(text) is not None


def is_verbs_alone(text: str) -> bool:
    """Whether a short line is headline verbs (or adverbs) and nothing else (加快构建, 着力推动): the first
    line of a title broken before its object (加快构建 / 现代化基础设施体系), not a kicker, which names a column or a
    topic. Two to three verbs of two characters (qa63)."""
    return (len(text) in (4, 6) and all(text[i:i + 2] in P.TWO_CHAR_TITLE_OPENERS for i in range(0, len(text), 2)))


def is_adverbial_alone(text: str) -> bool:
    """Whether a short line is a place or time phrase (绿水青山间, 新征程中): the first line of a title whose clause
    follows on the next line, not a kicker, which names a column or topic (qa82). Three characters or more of
    Chinese, no gap or mark: a word of two (心中) may be a column's name."""
    return len(text) >= 3 and P.HAN_ONLY_LINE.fullmatch(text) is not None and text.endswith(P.TITLE_ADVERBIAL_ENDS)


def is_bracketed_title_tail(text: str) -> bool:
    """Whether a line is a title's bracketed period, trial or draft note set on its own ((2026—2028年), （试行）)."""
    return text[:1] in "（(" and P.TITLE_BRACKETED_TAIL_LINE.match(text) is not None


def letter_spaced_pair(lines: list[Unit]) -> list[Unit]:
    """The last two lines when both are set letter-spaced (以 高 水 平 对 外 开 放 / 促 进 深 层 次 改 革):
    a display title wrapped onto two lines, not a column head (whose gaps are between words)."""
    pair = lines[-2:]
    return pair if len(pair) == 2 and all(P.LETTER_SPACED_LINE.match(u.text) for u in pair) else []


# Units that may come before an article's title: furniture, and a web page's line of fields
# (来源：… 发布时间：…), which pages print above the title as often as under it.
LEAD_KINDS = frozenset({U.PLAIN, U.META, *U.RESIDUAL})


def take_leading_title(span: Span) -> None:
    """Plain lines before an article's first paragraph: its title, unless it has one already.
    Lines of fields among them stay in the body (the builder reads source and date off them)."""
    k = lead_end(span.body)
    titled_elsewhere = bool(span.title_lines)      # (by lines printed after its text, say)
    if cut := issue_contents_end(span.body[:k]):
        # A brief's masthead and its list of the issue's notes, over the first note's title: furniture but the fields.
        fields = [u for u in span.body[:cut] if u.kind == U.META]
        span.residue.extend((u, "page furniture") for u in span.body[:cut] if u.kind != U.META)
        span.body = fields + span.body[cut:]
        k -= cut - len(fields)
    lead, opening = split_at_contents(span.body[:k])
    issuers = cover_issuers(lead, bool(span.title_lines)) | account_names(lead)
    # (a long plan's 目录 and its entries over the text keep their reason, contents, as where with_plan_lines finds them)
    span.residue.extend((u, U.CONTENTS if u.kind == U.CONTENTS else "page furniture") for i, u in enumerate(lead)
                        if u.kind not in (U.PLAIN, U.META) or i in issuers)
    lead = [u for i, u in enumerate(lead) if i not in issuers]
    plain = [u for u in lead if u.kind == U.PLAIN]
    fields = [u for u in lead if u.kind == U.META]
    if not plain:
        span.body = fields + opening + span.body[k:]
        return
    if not span.title_lines:
        above = plain_above_fields(lead) or plain
        if above is not plain and is_lone_title_under_fields(lead, plain[len(above):], span.body[k:]):
            # A site's masthead over the fields (某某政府 新闻公报 / 来源：… / 发布日期：…), the title under them.
            span.residue.extend((u, "page furniture") for u in above)
            plain = above = plain[len(above):]
        elif above is not plain and is_subtitled_under_fields(lead, plain[len(above):]):
            # A government site's page title over its fields, then the speech's own title over its subtitle (——在…
            # 上的讲话): the subtitle shows the lines under the fields to be the title, no first heading (qa138).
            span.residue.extend((u, "second title") for u in above)
            plain = above = plain[len(above):]
        elif above is not plain and is_speech_title(plain[len(above):]):
            # A portal's name over its fields, then a speech's title naming its occasion (…在…会议上的讲话) (qa227).
            span.residue.extend((u, "page furniture") for u in above)
            plain = above = plain[len(above):]
        elif above is not plain and is_masthead_over_chrome(above, lead):
            # All of them over the page's chrome (a portal's name over its nav bar or breadcrumb, then the file's
            # fields): the site's masthead; the title is under the fields, maybe wrapped over two lines (qa115).
            span.residue.extend((u, "page furniture") for u in above)
            plain = above = plain[len(above):]
        if len(above) > 1 and P.OPENING_PART_HEADING.match(above[-1].text):
            above = above[:-1]              # 目的 over the text, under the title: the first section's heading (qa142)
        elif len(above) > 1 and is_heading_under_subtitle(lead, above):
            above = above[:-1]              # title / ——对话… / 返乡创业热度几何 / text: the first section's (qa163)
        elif (first := first_section_numeral_at(above)) is not None:
            above = above[:first]           # title / 一 / heading / text: 一 opens the first section (qa237)
        title = under_masthead_name(under_chrome(above, lead), lead)
        span.residue.extend((u, "page furniture") for u in above[: len(above) - len(title)])
        set_title(span, title)
        span.lead_titled = bool(title)
        plain = plain[len(above):]
    if plain and repeats_title(plain, span.title_lines):
        span.residue.extend((u, "second title") for u in plain)
        plain = []
    # The article is titled (elsewhere, or by the lines above its fields): these lines open its first section.
    clean = trailing_clean(plain)
    span.residue.extend((u, "page furniture") for u in plain[: len(plain) - len(clean)])
    if not opening and is_column_label(clean, span.body[k:], numbered_heads_too=titled_elsewhere):
        span.residue.extend((u, "column label") for u in clean)
        clean = []
    span.body = fields + clean + opening + span.body[k:]


def first_section_numeral_at(above: list[Unit]) -> int | None:
    """Where the first section's numeral set alone on its line (一, no 、) stands among the plain lines over an unsigned
    article's text, under title lines and over the section's heading (a magazine's commentary: title / 一 / heading /
    text), or None: the title is the lines over it, and the numeral and the heading open the first section (qa237)."""
    for i in range(1, len(above) - 1):
        if above[i].text.strip() == P.FIRST_LONE_CN_SECTION_NUMERAL:
            return i
    return None


def is_heading_under_subtitle(lead: list[Unit], above: list[Unit]) -> bool:
    """Whether the last of the plain lines over an unsigned article's text stands alone under the title's subtitle
    (标题 / ——对话某某 / 返乡创业热度几何 / text): a subtitle ends its title, so the line under it opens the first
    section, as an interview's first question heading does. Not an issuing body under a plan's title and subtitle (某某
    规划 / ——2025—2030年 / 某某市人民政府), which set_title sets apart."""
    last = above[-1]
    at = next((i for i, u in enumerate(lead) if u is last), 0)
    if at < 2 or lead[at - 1].kind != U.SUBTITLE or not lead[at - 1].text.startswith(P.DASH_ITEM_PREFIX):
        return False
    return not is_issuing_body_under_title(above, len(above) - 1)


def repeats_title(lines: list[Unit], title: list[Unit]) -> bool:
    """Whether the plain lines under an article's fields give its title again (a portal's page: title, fields, 文号, then
    the document's own title, maybe wrapped under its issuing body): all of it, or all but the issuing body before
    关于 on one side (P.REPEATED_TITLE_OPENERS). A first section's heading never repeats the title. (qa123)"""
    if not title:
        return False
    given = P.REPEATED_TITLE_IGNORED.sub("", "".join(u.text for u in lines))
    wanted = P.REPEATED_TITLE_IGNORED.sub("", "".join(u.text for u in title))
    shorter, longer = sorted((given, wanted), key=len)
    return given == wanted or (longer.endswith(shorter) and shorter.startswith(P.REPEATED_TITLE_OPENERS))


def titles_signed_text(lines: list[Unit], rest: list[Unit]) -> bool:
    """Whether the plain lines left over a text signed after it, under a dropped box, read as its title: no clause of a
    sentence (reads_as_title), and not one line as long as the text's column, the text's first line cut off from it on
    a page with a blank line after every line (qa282)."""
    if not reads_as_title(lines, 0, len(lines)):
        return False
    first = next((u for u in rest if u.kind == U.PARA), None)
    return not (len(lines) == 1 and first is not None
                and len(lines[0].text) >= CUT_FIRST_LINE_SHARE * min(first.width, len(first.text)))


def lead_end(body: list[Unit]) -> int:
    """Where the units that may come before an article's title (LEAD_KINDS) end."""
    return run_end(body, 0, LEAD_KINDS)


def run_end(body: list[Unit], start: int, kinds: frozenset[str]) -> int:
    """Where the run of units of these kinds that starts at body[start] ends (start, if there is none)."""
    k = start
    while k < len(body) and body[k].kind in kinds:
        k += 1
    return k


def is_column_over_theme(lines: list[Unit]) -> bool:
    """Whether two lines opening a text are a column's name over the page's theme (前沿观察 / 城市安全与治理现代化, a
    banner over an article titled at its end): the theme a short line that ends no clause, the name short too
    (is_column_label measures it), over a text divided by numbered headings only: an unnumbered heading over numbered
    ones labels the column as one short line does, so is_column_label reads them as one. Over a text with no other
    heading two lines are a heading set in two lines, the first section's (qa210)."""
    return (len(lines) == 2 and len(theme := lines[1].text.strip()) <= theme_max_chars(lines[0].text.strip())
            and not P.CLAUSE_END.search(theme[-1:]))


def theme_max_chars(label: str) -> int:
    """How long a theme line under a column's name may be: a topic box's own label (本期关注, TOPIC_BOX_LABEL) names
    no column but announces the page's topic, which runs as long as a title (以县城为载体推进新型城镇化); under any
    other short line a longer line is rather a heading set in two lines (qa217)."""
    topical = label.startswith(P.TOPIC_BOX_LABEL_INITIALS) and P.TOPIC_BOX_LABEL.match(label) is not None
    return TOPIC_THEME_MAX_CHARS if topical else COLUMN_THEME_MAX_CHARS


def is_column_label(lines: list[Unit], rest: list[Unit], numbered_heads_too: bool = True) -> bool:
    """Whether the line opening a titled article's text is the label of its column (楚天时评 over an
    article whose title is printed after its text), not its first section: one short line, and no
    other heading in the article (a section that would hold the whole text divides nothing), or only numbered ones
    (学思践悟 / text / （一）… / （二）…: an unnumbered first section over numbered ones is a paper's 引言 or the like,
    OPENING_SECTION_NAME, qa127) where `numbered_heads_too` (the title printed after the text: a short line under a
    title at the head and its fields over numbered sections is a first section, 路径与重点, qa123). Not an editor's note's label (【编者按】, 编者的话): the note under it is the editors'
    words, and the label goes with it (segment.leading_note_at, qa109); nor one over an interview's turns
    (is_note_label_over_talk)."""
    heads = [u for u in rest if u.kind in HEADING_KINDS]
    return ((len(lines) == 1 or bool(heads) and is_column_over_theme(lines)) and len(lines[0].text) <= COLUMN_LABEL_MAX_CHARS
            and (not heads
                 or numbered_heads_too and all(u.marker for u in heads)
                 and not P.OPENING_SECTION_NAME.match(lines[0].text.strip()))
            and not is_note_label_over_talk(lines[0], rest)
            and not U.is_editors_label_line(lines[0].text))


def is_note_label_over_talk(line: Unit, rest: list[Unit]) -> bool:
    """Whether the line is an editor's note's label (编者的话, 【编者按】) over an interview's turns: the label of the note
    under it, which the segmenter makes the talk's abstract (segment.talk_note), not a column's name (qa60)."""
    t = line.text.strip()
    if not (t.startswith(P.LEADING_NOTE_INITIALS) and P.LEADING_NOTE_LABEL_LINE.match(t)):
        return False
    return holds_talk(rest)


def holds_talk(units: list[Unit]) -> bool:
    """Whether the units hold an interview's turns: paragraphs led by a speaker's label, two speakers or more
    (记者：… / 某某：…)."""
    paras = [u for u in units if u.kind == U.PARA]
    return any(u.speaker for u in paras) or bool(U.transcript_speakers(u.text for u in paras))


def plain_above_fields(lead: list[Unit]) -> list[Unit]:
    """The plain lines above a line of fields, when plain lines follow that line too: a web page prints its
    title, its fields (发布时间：… 来源：…) and its text, whose first heading (核心观点) is the plain line under
    the fields, not a second line of the title. A newspaper page's running head (江宁日报 2026年6月2日 星期二 5)
    is no such line: it heads the page, under its column's banner (经济经济 产业) and over the first title; nor is
    a brief's masthead (is_masthead) over its title.
    (A lead is a few units.) Nor is a title led by its column's name under the fields (经济日报 社论 / 2026-05-12 /
    社论／电价调涨之外…): a heading names no column, the lines above it are the page's head. Lines of fields over the
    first plain line (来源：… over the title; a WeChat account over a bare date) are not that line: the title stands
    between them and the fields under it, and the plain lines under those head the first section (qa258)."""
    first = next((i for i, u in enumerate(lead) if u.kind == U.PLAIN), 0)   # (fields over the title: not these)
    k = next((i for i, u in enumerate(lead) if i > first and u.kind == U.META and not is_page_head(u.text)
              and not is_masthead(lead, i)), len(lead))
    above = [u for u in lead[:k] if u.kind == U.PLAIN]
    below = [u for u in lead[k + 1:] if u.kind == U.PLAIN]
    return above if below and not leads_with_column(below[0].text) else []


def is_lone_title_under_fields(lead: list[Unit], below: list[Unit], rest: list[Unit]) -> bool:
    """Whether the one plain line under a web page's fields, with plain lines above them, is the title: a line longer
    than a column's label over a text with no heading of its own, on a bare page (no chrome in the lead, whose plain
    lines may be chrome unrecognised: 【打印】【关闭】 under the fields of a page with a breadcrumb). As a first section
    it would hold the whole text and divide nothing; the lines over the fields are then the site's masthead (qa89)."""
    return (len(below) == 1 and len(below[0].text) > COLUMN_LABEL_MAX_CHARS
            and all(u.kind in (U.PLAIN, U.META) for u in lead)
            and not HEADING_KINDS.intersection(map(U.KIND, rest)))


def is_subtitled_under_fields(lead: list[Unit], below: list[Unit]) -> bool:
    """Whether the plain lines under the lead's fields stand right over a subtitle (——在…会议上的讲话, ——记…): a subtitle
    follows a title, never a heading, so they are the article's title and the line over the fields the page's."""
    at = next(i for i, u in enumerate(lead) if u is below[-1])
    return len(below) <= MAX_HEADING_LINES and at + 1 < len(lead) and lead[at + 1].kind == U.SUBTITLE


def is_speech_title(lines: list[Unit]) -> bool:
    """Whether the plain lines (a heading's few, maybe wrapped) read as a speech's title naming its occasion
    (SPEECH_TITLE: 在…会议上的讲话, maybe after the speaker's name): a title, never a section's heading."""
    text = "".join(u.text for u in lines)
    return (len(lines) <= MAX_HEADING_LINES and text[-1:] in P.SPEAKER_TITLE_LASTS
            and P.SPEECH_TITLE.match(text) is not None)


def leads_with_column(text: str) -> bool:
    """Whether a title line opens with its column's name (民意论坛／…, 【光明时评】…, 「观点」…)."""
    return column_label_match(text) is not None


def is_masthead_over_chrome(above: list[Unit], lead: list[Unit]) -> bool:
    """Whether the plain lines above the lead's fields stand over a line of page chrome that comes before those fields
    (某某市人民政府门户网站 / 首页 | 政务公开 | … / 您当前的位置：… / 索引号：…): the site's name, no title; a title is
    printed under the breadcrumb, not over it (under_chrome). (A lead is a few units.)"""
    at = next(i for i, u in enumerate(lead) if u is above[-1])
    fields_at = next((i for i in range(at + 1, len(lead)) if lead[i].kind == U.META), len(lead))
    return any(lead[i].kind == U.CREDIT for i in range(at + 1, fields_at))


def under_chrome(lines: list[Unit], lead: list[Unit]) -> list[Unit]:
    """The plain lines of the lead that may title the article (`lines`, in the lead's order) under the
    last line of page chrome among them: a web page's site name (某某县人民政府门户网站) over its breadcrumb
    (当前位置：首页>…) is furniture, no line of the title printed under the breadcrumb. (A lead is a few units.)"""
    at = {id(u): i for i, u in enumerate(lead)}
    last = at[id(lines[-1])]
    cut = max((i for i in range(last) if lead[i].kind == U.CREDIT), default=-1)
    return [u for u in lines if at[id(u)] > cut]


def is_masthead(lead: list[Unit], i: int) -> bool:
    """Whether the lead's line i is a line of a brief's masthead: its issue line (2025年第9期 2025年8月12日 / 第9期),
    or the line under it (某某研究中心　2025年8月12日, the publisher's and date line of a bare issue number), or the date
    under a compiler named alone (某某研究院编 / 2025年8月12日, qa257). A handling mark or other furniture between them
    (第9期 / 内部参考 / 某某研究室编印　2025年8月12日) parts them no more than a line break does (qa280)."""
    if U.is_issue_line(lead[i].text):
        return True
    over = next((u for u in reversed(lead[:i]) if u.kind not in U.RESIDUAL), None)
    return over is not None and (U.is_issue_line(over.text) or U.is_compiler_line(over.text))


def issue_contents_end(lead: list[Unit]) -> int:
    """Where a brief's list of the notes in its issue (本期要目 over their titles, CONTENTS units) ends in the lead, or 0:
    the first note's title comes after it (qa80)."""
    at = next((i for i, u in enumerate(lead) if u.kind == U.CONTENTS), None)
    if at is None:
        return 0
    end = run_end(lead, at, frozenset({U.CONTENTS}))
    return end if P.ISSUE_CONTENTS_LABEL.match(lead[at].text) or lists_first_title_under(lead, at, end) else 0


def lists_first_title_under(lead: list[Unit], at: int, end: int) -> bool:
    """Whether the contents lead[at:end] under a bare label (目录) list a brief's notes: its first entry, marked (1. …, ◎ …)
    or as long as a title (BRIEF_NOTE_TITLE_MIN_CHARS), is the plain line right under the list, with no plain line over
    the list (a cover title, which a long document's contents follow). A plan's entries are short words (前言) or carry
    page numbers (qa201)."""
    if end >= len(lead) or lead[end].kind != U.PLAIN or end - at < 2 or any(u.kind == U.PLAIN for u in lead[:at]):
        return False
    entry = lead[at + 1].text
    mark = P.CONTENTS_ENTRY_MARK.match(entry)
    if mark is None and len(entry) < P.BRIEF_NOTE_TITLE_MIN_CHARS:
        return False
    return entry[mark.end() if mark else 0:].replace(" ", "") == lead[end].text.replace(" ", "")


def split_at_contents(lead: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """(the lead up to its table of contents, the heading lines after it): a long document's title is
    on its cover, before the contents; a line after them (前言) opens the text's first section."""
    kinds = list(map(U.KIND, lead))
    if U.CONTENTS not in kinds:
        return lead, []
    end = len(kinds) - kinds[::-1].index(U.CONTENTS)
    return lead[:end], [u for u in lead[end:] if u.kind == U.PLAIN]


def cover_issuers(lead: list[Unit], titled: bool = False) -> set[int]:
    """The indexes of the lines under a title that name the issuing body over a date (a plan's cover:
    title, 江川县人民政府, 2026年1月), or alone over the text (农业部): the issuer signs the document; it is no
    line of the title. Under a title the article has already (a Markdown heading), the lead's first line may be one."""
    return {i for i in range(0 if titled else 1, len(lead))
            if lead[i].kind == U.PLAIN and (i == 0 or lead[i - 1].kind == U.PLAIN)
            and (is_issuing_body_under_title(lead, i) or i + 1 < len(lead) and lead[i + 1].kind == U.META
                 and is_issuer_over_date(lead[i].text, lead[i + 1].text))}


def account_names(lead: list[Unit]) -> set[int]:
    """The indexes of the plain lines right over a WeChat head line that opens with its date (江北发布 / 2025年07月03日
    18:30 江北): the account's name, set on a line of its own where the head line lost its label and names, with the
    title under them; no line of the title (qa85)."""
    return {i for i in range(len(lead) - 1)
            if lead[i].kind == U.PLAIN and lead[i + 1].kind == U.META and is_dated_head_line(lead[i + 1].text)}


def under_masthead_name(lines: list[Unit], lead: list[Unit]) -> list[Unit]:
    """The plain lines of the lead that may title the article (`lines`, in the lead's order) under the last publication's
    name over a bare issue line among them (names_over_issue_lines: 某某市人民政府公报 / 2026年第7期 / the title)."""
    names = {id(lead[i]) for i in names_over_issue_lines(lead)}
    cut = max((k for k, u in enumerate(lines) if id(u) in names), default=-1)
    return lines[cut + 1:]


def names_over_issue_lines(lead: list[Unit]) -> set[int]:
    """The indexes of the plain lines right over a bare issue line (某某市人民政府公报 / 2026年第7期) with a plain line
    under them: the publication's name on its masthead, the title under it; no line of the title, however wide (a
    gazette's name is as wide as a title, so title_split would keep it) (qa271). (A lead is a few units.)"""
    return {i for i in range(len(lead) - 2)
            if lead[i].kind == U.PLAIN and lead[i + 1].text[:1] in P.ISSUE_LINE_INITIALS
            and U.is_issue_line(lead[i + 1].text) and any(u.kind == U.PLAIN for u in lead[i + 2:])}


def is_dated_head_line(text: str) -> bool:
    """Whether a line is a WeChat head line that opens with its date and time and ends with the poster's region
    (2025-05-20 07:00 发表于湖南). A bare date and time (2025-08-14 07:30:26) under a web page's title is no such line:
    the line over it is the title."""
    # (a line ending with a paper's name, 2026/02/18 05:30 中国时报, names no region: a news site's date line, qa212)
    return (P.HAN_CHAR.match(text[-1:]) is not None and not text.endswith(P.PAPER_NAME_ENDS)
            and P.LEADING_DATE.match(text) is not None and ":" in text and P.WECHAT_HEAD_LINE.match(text) is not None)


def is_issuing_body_under_title(lead: list[Unit], i: int) -> bool:
    """Whether the lead's plain line i (under a plain line) names the body issuing the plan (农业部, 应急管理部) and
    no plain line follows it before the text: the line under the title, dated or not, is front matter, not the
    title's last line (a title line never ends with a body's name). (A last-character test first.)"""
    return (lead[i].text[-1:] in P.ISSUING_BODY_LASTS and P.ISSUING_BODY_LINE.match(lead[i].text) is not None
            and all(u.kind != U.PLAIN for u in lead[i + 1:]))


def trailing_clean(lines: list[Unit]) -> list[Unit]:
    """The last heading lines (at most two) that are not spaced-out column heads, nor the last word of
    a column's motto set one word a line (明理 / 笃行 over the first heading), nor the last line's stray gap (see
    stray_spaced_second_line)."""
    out: list[Unit] = []
    last = len(lines) - 1
    for k in range(last, -1, -1):
        spaced = (not lines[k].clean and not (k == last > 0 and stray_spaced_second_line(lines[k - 1], lines[k]))
                  and not (k == last - 1 and len(out) == 1 and parallel_phrases_first_line(lines[k], lines[last]))
                  and not is_joint_issuers_title_line(lines[k].text))
        if spaced or len(out) == MAX_HEADING_LINES or is_motto_word(lines, k):
            break
        out.insert(0, lines[k])
    return out


def is_joint_issuers_title_line(text: str) -> bool:
    """Whether a spaced line is a joint document's title run on from its issuing bodies (某省教育厅　某省财政厅关于做好…
    / …工作的通知): the gap parts two bodies, no words of a column head, so the line is the title's first (qa187)."""
    return P.JOINT_ISSUERS_TITLE_WORD in text and P.JOINT_ISSUERS_TITLE_LINE.match(text) is not None


def stray_spaced_second_line(upper: Unit, lower: Unit) -> bool:
    """Whether a title's last line holds a stray space of PDF extraction (以高效能治理护航 / 民营经济 高质量发展, qa65): one
    space, under a line of about its width with none. A column head stands over a title, never under it, and a
    title's two lines are set balanced; a headline's designed gap between its two phrases (发展低空经济 香港要抢占先机)
    under a wider or narrower line (a breadcrumb) or a spaced one (a running head) stays a spaced line."""
    if " " in upper.text or not upper.clean or lower.text.count(" ") != 1:
        return False
    narrow, wide = sorted((display_width(upper.text), display_width(lower.text)))
    return narrow >= TITLE_PAIR_SHARE * wide


def parallel_phrases_first_line(upper: Unit, lower: Unit) -> bool:
    """Whether a title's first line is two parallel phrases set apart by a space (藏粮于地 藏粮于技 / 筑牢粮食安全根基,
    qa91): one space between two words of one length, three characters or more (a column head's words are two: 观点
    聚集, 理论 周刊), over a line with no space of about its width (a title's two lines are set balanced; a column head
    stands over a title of its own width)."""
    words = upper.text.split(" ")
    if len(words) != 2 or " " in lower.text or len(words[0]) != len(words[1]) or len(words[0]) < PARALLEL_PHRASE_CHARS:
        return False
    narrow, wide = sorted((display_width(upper.text), display_width(lower.text)))
    return narrow >= TITLE_PAIR_SHARE * wide


def is_motto_word(lines: list[Unit], k: int) -> bool:
    """A word of two characters under another of its length: no line of a title or heading is so short."""
    size = len(lines[k].text)
    return size <= MOTTO_WORD_CHARS and k > 0 and len(lines[k - 1].text) == size


def split_on_tail_title(span: Span) -> list[Span]:
    """A page sets articles side by side: one titled and signed over its text, the next titled and
    signed under its own. Between the first's head and the second's tail stand both texts, and the
    second starts where the text changes column width. Without such a change the lines after the
    text are the article's own title printed again (a second title) and its byline."""
    if span.tail is None and span.tail_title and (label := label_cut(span.body)) is not None:
        # text / 新语 / the piece's text / its end title / 快评 …: the piece under the label is titled after its text
        span.residue.append((span.body.pop(label), "column label"))
        rest = Span(body=span.body[label:])
        set_title(rest, span.tail_title)
        span.body = span.body[:label]
        return [span, rest]
    if span.tail is None:
        span.residue.extend((u, "second title") for u in span.tail_title)
        return [span]
    (titles, by), span.tail = span.tail, None
    if not titles:
        return split_on_foreign_byline(span, by)
    cut = column_change(span.body)
    if cut is None and (roundup := roundup_at(span.body)) is not None and has_text(Span(body=span.body[roundup[1]:])):
        # a roundup of signed views after the text (专家观点), then another text, titled and signed after it (qa56)
        return split_at_roundup(span, *roundup, tail=(titles, by))
    if cut is None and (label := label_cut(span.body)) is not None:
        span.residue.append((span.body.pop(label), "column label"))
        cut = label
    if cut is None and (box := box_amid_text(span.body)) is not None:
        # a box under its label (新闻链接 / its title / its text) closing the first text: the text after it is the
        # second article's, titled and signed after it (qa112)
        span.residue.extend((u, "box") for u in span.body[box[0]:box[1]])
        del span.body[box[0]:box[1]]
        cut = box[0]
    if cut is None and signs_another(span, by):
        cut = spacing_change(span.body)
    if cut is None and signs_another(span, by) and (box := data_box_amid_text(span.body)) is not None:
        # a data box (数读 / 7280万人 / its label …) after a signed view's text, another writer's title and byline after
        # the text under it: that text is the other writer's, printed text first, and the box furniture (qa240)
        span.residue.extend((u, "page furniture") for u in span.body[box[0]:box[1]])
        del span.body[box[0]:box[1]]
        cut = box[0]
    if cut is None and signs_another(span, by) and (narrow := reading_box_between_texts(span.body)) is not None:
        # a narrower reading box amid the text (■链接 / its paragraph) of a text signed at its head, and another
        # writer's title and byline after the text: the text after the box is that writer's, printed text first,
        # and the box a piece of its own between the two (qa186)
        rest = Span(bylines=[by], body=span.body[narrow[1]:])
        set_title(rest, titles)
        piece = reading_box_piece(span.body, *narrow)
        span.body = span.body[:narrow[0]]
        return [span, piece, rest]
    if cut is None:
        set_title(span, titles)
        span.bylines.append(by)
        return [span]
    rest = Span(bylines=[by], body=span.body[cut:])
    set_title(rest, titles)
    span.body = span.body[:cut]
    return [span, rest]


def split_on_roundup(span: Span) -> list[Span]:
    """A roundup of short signed views (专家观点, a title, paragraphs each closed by ——某大学教授 张三) after an
    article's text: a piece of its own, under its title line (or none), not the article's last section (qa56)."""
    roundup = roundup_at(span.body)
    if roundup is None:
        return split_after_roundup_views(span)
    if span.signed_after and boxed_in_text(span.body, *roundup):
        return lifted_roundup(span, *roundup)
    return split_at_roundup(span, *roundup)


def split_after_roundup_views(span: Span) -> list[Span]:
    """A roundup titled by its label (【专家视点】, its views each closed by a dash-led signature) whose span goes on under
    its last view with title lines over more text (书评 / the review's title / its book line / text / 某某): that text is
    a piece of its own under those lines, and the byline printed after it its own; a column's label over its title leaves
    it (qa198). (Only spans titled by a roundup's label are looked into.)"""
    if not span.title_lines or not P.ROUNDUP_LABEL.match(span.title_lines[0].text):
        return [span]
    body = span.body
    signed = [k for k in range(1, len(body)) if body[k].kind == U.SUBTITLE and body[k - 1].kind == U.PARA
              and P.ROUNDUP_SIGNATURE.match(body[k].text)]
    if len(signed) < P.ROUNDUP_MIN_VIEWS:
        return [span]
    start = signed[-1] + 1
    end = run_end(body, start, PLAIN_KINDS)
    lines = body[start:end]
    heads = [u for u in lines if not is_label_line(u)]
    text_at = next((k for k in range(end, len(body)) if body[k].kind in TEXT_KINDS), None)
    if not heads or text_at is None or any(u.kind not in U.RESIDUAL for u in body[end:text_at]):
        return [span]
    after = Span(bylines=span.bylines, body=body[text_at:], signed_after=span.signed_after,
                 residue=[(u, "column label") for u in lines if is_label_line(u)]
                 + [(u, "page furniture") for u in body[end:text_at]])
    set_title(after, heads)
    span.body, span.bylines, span.signed_after = body[:start], [], False
    return [span, after]


def boxed_in_text(body: list[Unit], label: int, end: int) -> bool:
    """Whether the roundup body[label:end] is a box set amid one text: the text before it and the text after it are in
    one column (their wrapped paragraphs' median widths within WIDTH_TOLERANCE), wider than the box's views. (A text
    titled and signed after it, as a theory page prints it: the text over the box has no title of its own, qa127.)"""
    def column(units: list[Unit]) -> float | None:
        widths = [u.width for u in units if u.kind == U.PARA and u.n_lines >= 2]
        return statistics.median(widths) if widths else None
    before, after, box = column(body[:label]), column(body[end:]), column(body[label:end])
    return (before is not None and after is not None and abs(before - after) <= WIDTH_TOLERANCE * after
            and (box is None or box < (1 - NARROW_BOX_SHARE) * after))


def lifted_roundup(span: Span, label: int, end: int) -> list[Span]:
    """The text with the roundup boxed amid it lifted out: the text goes on under the box, and the roundup is a piece
    of its own after it, under its title line if any (split_at_roundup's middle part)."""
    before, after = span.body[:label], span.body[end:]
    parts = split_at_roundup(Span(body=span.body[:end]), label, end)
    span.residue.extend(parts[0].residue)
    span.body = before + after
    return [span, parts[1]]


def roundup_at(body: list[Unit]) -> tuple[int, int] | None:
    """Where a roundup's label stands amid a text (a plain line matching ROUNDUP_LABEL with text before it) and where
    the roundup ends (after its last signature), if ROUNDUP_MIN_VIEWS signatures close its paragraphs."""
    for j in positions(list(map(U.KIND, body)), U.PLAIN):
        if not (0 < j and body[j - 1].kind in TEXT_KINDS and P.ROUNDUP_LABEL.match(body[j].text)):
            continue
        k = j + 2 if j + 1 < len(body) and body[j + 1].kind == U.PLAIN else j + 1
        views, end = 0, None
        while k < len(body) and (body[k].kind in ROUNDUP_KINDS or is_speaker_signature(body[k])):
            if body[k].kind != U.PARA:
                if not (P.ROUNDUP_SIGNATURE.match(body[k].text) or is_speaker_signature(body[k])):
                    break
                views, end = views + 1, k + 1
            elif "）：" in body[k].text and P.SPEAKER_LED_VIEW.match(body[k].text):
                views, end = views + 1, k + 1     # 周某（某大学教授）：…: a view led by its speaker (qa177)
            k += 1
        if end is not None and views >= P.ROUNDUP_MIN_VIEWS:
            return j, end
    return None


def is_speaker_signature(u: Unit) -> bool:
    """Whether a unit is a view's signature naming the speaker's post (——某大学教授 张三, （张三 某大学教授）), whatever kind
    its brackets gave it (qa127)."""
    return u.kind != U.PARA and u.text[:1] in P.SUBTITLE_INITIALS and P.SPEAKER_SIGNATURE_LINE.match(u.text) is not None


def split_at_roundup(span: Span, label: int, end: int, tail: tuple[list[Unit], Unit] | None = None) -> list[Span]:
    """The span cut around its roundup (body[label:end]): the text before it, the roundup under its title line, and
    the text after it, if any, which takes the title and byline printed after it (`tail`); column labels over that
    text leave it."""
    body = span.body
    span.residue.append((body[label], "column label"))
    start = label + 2 if body[label + 1].kind == U.PLAIN else label + 1
    # (a signature in brackets, read as a plain line, signs its view as a dash-led one does: no line of the text)
    roundup = Span(body=[u._replace(kind=U.SUBTITLE) if is_speaker_signature(u) else u for u in body[start:end]])
    if start > label + 1:
        set_title(roundup, [body[label + 1]])
    span.body = body[:label]
    parts = [span, roundup]
    rest = body[end:]
    if tail is not None:
        k = run_end(rest, 0, PLAIN_KINDS)
        labels = [u for u in rest[:k] if is_label_line(u)]
        after = Span(bylines=[tail[1]], body=rest[len(labels):], residue=[(u, "column label") for u in labels])
        set_title(after, tail[0])
        parts.append(after)
    elif rest:
        parts.append(Span(body=rest))
    return parts


def label_cut(body: list[Unit]) -> int | None:
    """Where a column's label (来论, 人民论坛) stands amid the text, on a line of its own between two paragraphs: the
    text under it is another article's, one titled and signed after its text (the label heads no section: a
    section's heading is longer than a word, or the article has others)."""
    found = [k for k in positions(list(map(U.KIND, body)), U.PLAIN) if 0 < k < len(body) - 1]
    if len(found) != 1:
        return None
    k = found[0]
    # (a cartoon or photo under the label, 画中话 / its caption and credit, stands between it and its text: qa186)
    text = run_end(body, k + 1, CAPTION_KINDS)
    return k if (ends_text_or_sidebar(body, k) and text < len(body) and body[text].kind == U.PARA
                 and is_label_line(body[k])) else None


def ends_text_or_sidebar(body: list[Unit], k: int) -> bool:
    """Whether text ends right before body[k], or a sidebar profile of the people in it (人物简介 / 林某，1971年生，…)
    that closes the text: the profile boxed beside an interview stands between its text and the next column's label
    (记者手记), and closes nothing the label would not (qa126)."""
    j = k
    while j > 0 and body[j - 1].kind == U.PROFILE:
        j -= 1
    return j > 0 and body[j - 1].kind in TEXT_KINDS


def box_amid_text(body: list[Unit]) -> tuple[int, int] | None:
    """Where a box set as a pull quote under its label (新闻链接, 背景链接, 知识链接: BOX_LABEL_LINE) starts and ends amid
    the text, text before it and a paragraph after it. (Only the quote units are tried: few.) The box's own paragraphs
    set in the text's width cannot be told from the text after it: they stay with it."""
    for k in positions(list(map(U.KIND, body)), U.QUOTE):
        if 0 < k and body[k - 1].kind in TEXT_KINDS and P.BOX_LABEL_LINE.match(body[k].text):
            end = run_end(body, k, QUOTE_KINDS)
            return (k, end) if end < len(body) and body[end].kind == U.PARA else None
    return None


def data_box_amid_text(body: list[Unit]) -> tuple[int, int] | None:
    """Where a data box (a run of plain lines, a figure and its unit alone on one of them: DATA_BOX_FIGURE_LINE) starts
    and ends amid the text, text before it and a paragraph after it. (Only runs of plain units are tried: few.)"""
    for k in positions(list(map(U.KIND, body)), U.PLAIN):
        if 0 < k and body[k - 1].kind in TEXT_KINDS:
            end = run_end(body, k, PLAIN_KINDS)
            if end < len(body) and body[end].kind == U.PARA and any(
                    u.text[:1].isdigit() and P.DATA_BOX_FIGURE_LINE.match(u.text) for u in body[k:end]):
                return k, end
    return None


def split_on_foreign_byline(span: Span, by: Unit) -> list[Span]:
    """An article titled and signed over its text, then an unnumbered heading, text and a byline naming other
    people (文｜宁 远 after the last paragraph): that byline signs another article, titled by the heading (a short
    commentary boxed at the foot of the page, 短评 / its title), as a note naming others would
    (split_on_foreign_note). Without such a heading (one that reads as a title: no clause of a sentence) the
    byline stays the article's."""
    start = last_heading_run(span.body, text_end(span.body))
    end = 0 if start is None else run_end(span.body, start, PLAIN_KINDS)
    if start is None or not reads_as_title(span.body, start, end):
        span.bylines.append(by)
        return [span]
    if end - start == 2 and awaits_end_title(span):
        set_title(span, span.body[start:start + 1])    # its own title, then the piece's (see awaits_end_title)
        del span.body[start]
        end -= 1
    rest = Span(bylines=[by], body=span.body[end:])
    set_title(rest, span.body[start:end])
    head = column_head_over(span.body, start)
    span.residue.extend((u, "column label" if u.kind == U.PLAIN else "editor's note") for u in span.body[head:start])
    span.body = span.body[:head]
    if not span.title_lines:
        take_end_title_over_captions(span)
    return [span, rest]


def take_end_title_over_captions(span: Span) -> None:
    """Give an untitled text the one or two plain lines after its text, over a photo's caption and credit at most (text
    / 读懂… / …之变 / ▲ its caption / its credit): its title printed after it (qa131). The captions stay (residue)."""
    body = span.body
    k = len(body)
    while k > 0 and body[k - 1].kind == U.CAPTION:
        k -= 1
    j = k
    while j > 0 and body[j - 1].kind == U.PLAIN and k - j < MAX_HEADING_LINES:
        j -= 1
    if 0 < j < k and body[j - 1].kind in TEXT_KINDS:
        set_title(span, body[j:k])
        span.body = body[:j] + body[k:]


def column_head_over(body: list[Unit], start: int) -> int:
    """Where the head of the column that the title at body[start] opens starts: an editor's note right over the title
    (编者按：本期选登两封读者来信……) and a column's label over that (读者来信) introduce the pieces under them, not the
    end of the article before (qa65). Without a note, start: a paragraph over the title is that article's."""
    k = start
    if k > 0 and body[k - 1].kind == U.PARA and is_labelled_note(body[k - 1].text):
        k -= 1
        if k > 0 and is_label_line(body[k - 1]):
            k -= 1
    return k


def reads_as_title(body: list[Unit], start: int, end: int) -> bool:
    """Whether the heading run body[start:end] reads as another article's title rather than a section heading:
    no clause of a sentence (。), and no comma, which section headings hold too (强算力，构筑…), unless the run is a
    title under its column's label (观察家 / “以旧换新”之后，回收体系如何补位): a label names a piece's column."""
    if any("。" in u.text for u in body[start:end]):
        return False
    return not any("，" in u.text for u in body[start:end]) or (
        end - start == 2 and len(body[start].text) <= COLUMN_LABEL_MAX_CHARS < len(body[start + 1].text))


def text_end(body: list[Unit]) -> int:
    """Where the span's text ends: after its last paragraph or item (the page's credit lines after the byline that
    closes the page, 本版编辑：…, are put after it)."""
    return next((k + 1 for k in range(len(body) - 1, -1, -1) if body[k].kind in TEXT_KINDS), 0)


def column_change(body: list[Unit]) -> int | None:
    """Where text in another printed column width than the text before it starts: at the first
    wrapped paragraph whose column differs from the first one's, or at the paragraphs right before
    it whose lines have its width (a block's column is measured around its first line, which the
    lines of the column before still sway)."""
    wrapped = [k for k, u in enumerate(body) if u.kind == U.PARA and u.n_lines >= 2]
    if not wrapped or body[wrapped[0]].width > PRINT_COLUMN_WIDTH:
        return None
    old = body[wrapped[0]].width
    cut = next((k for k in wrapped if abs(body[k].width - old) > WIDTH_TOLERANCE * old), None)
    if cut is None:
        return None
    new = body[cut].width
    while cut > 0 and body[cut - 1].kind == U.PARA and in_column(body[cut - 1], new, old):
        cut -= 1
    # (the heading lines right over the text in the new column head it: a box's label, 数读 over its figures)
    while cut > 0 and body[cut - 1].kind == U.PLAIN:
        cut -= 1
    return cut


def in_column(u: Unit, width: float, other: float) -> bool:
    """Whether a paragraph's lines have a column's width rather than another's: a wrapped one's lines
    are full but its last, which is on average half full; one line is as wide as it is. (Of two
    lines, the last may hold anything from a character to a full line: they tell nothing.)"""
    if u.n_lines == 2:
        return False
    lines = display_width(u.text) / (u.n_lines - 0.5 if u.n_lines > 1 else 1)
    return abs(lines - width) <= WIDTH_TOLERANCE * width < abs(lines - other)


def signs_another(span: Span, by: Unit) -> bool:
    """Whether the signature after a span's text names none of the people its head's byline names: the title and
    signature after the text are then no repeat of the article's own but another text's (qa160)."""
    head = {name for u in span.bylines if u.byline for name in u.byline.authors}
    return bool(head) and by.byline is not None and not head & set(by.byline.authors)


def spacing_change(body: list[Unit]) -> int | None:
    """Where the text goes on from paragraphs set solid into paragraphs set letter-spaced to its end (a narrow column
    justified by the PDF's spaces, 城 市 更 新 是 …): under the head of one article and over the tail (title and
    signature) of another, the second text is the letter-spaced one, however little the widths differ (qa160). None
    where the body's paragraphs do not part so, or are letter-spaced from the start."""
    wrapped = [k for k, u in enumerate(body) if u.kind == U.PARA and u.n_lines >= 2]
    spaced = [is_letter_spaced(body[k].text) for k in wrapped]
    cut = next((i for i, x in enumerate(spaced) if x), None)
    if not cut or not all(spaced[cut:]):
        return None
    return wrapped[cut]


def split_on_column_change(span: Span) -> list[Span]:
    """On a page of several articles, a heading followed by text set in another column width
    starts another article (one without a byline)."""
    before_width = None
    boxed_width = 0.0                       # the text's column before a box labelled 相关链接 or the like, if any
    spaced_from = spacing_change(span.body)
    for k, u in enumerate(span.body):
        if u.kind != U.PLAIN:
            if u.kind == U.PARA and u.n_lines >= 2:
                before_width = u.width
            elif u.kind == U.CREDIT and before_width and P.READING_BOX_LABEL.match(u.text):
                boxed_width = before_width
            continue
        m = run_end(span.body, k, PLAIN_KINDS)
        nxt = span.body[m] if m < len(span.body) else None
        # (headings right over text set letter-spaced to the span's end, under text set solid, head a box in a
        # column of its own, 记者手记 / its title / its text, however little the widths differ: qa172)
        spaced_box = bool(before_width) and m == spaced_from
        if spaced_box or (before_width and nxt is not None and nxt.kind == U.PARA and nxt.n_lines >= 2
                and max(before_width, nxt.width) <= PRINT_COLUMN_WIDTH
                and abs(nxt.width - before_width) > WIDTH_TOLERANCE * before_width
                and abs(nxt.width - (unspaced := unspaced_width_before(span.body, k))) > WIDTH_TOLERANCE * unspaced
                and not abs(nxt.width - boxed_width) <= WIDTH_TOLERANCE * boxed_width):
            # (text back in the column the text had over a box, 相关链接 and its narrower paragraph, is that text
            # going on under its next heading: the box changed the width, no article did (qa63))
            if not spaced_box and nxt is not None and (opens_with_wide_lead(span, k, nxt.width)
                                                       or opens_first_section(span.body[k:m])):
                before_width = None
                continue
            rest = Span(body=span.body[m:])
            set_title(rest, span.body[k:m])
            span.body = span.body[:k]
            if span.signed_after and span.title_lines and is_qa_box(span.body):
                # a box of questions and answers under its label, then a piece titled over its text and signed after
                # it (读者来信 / a letter's title / the letter / its writer): the signature is the piece's (qa77)
                rest.bylines, span.bylines = span.bylines, []
            return [span, *split_on_column_change(rest)]
    return [span]


def opens_first_section(heads: list[Unit]) -> bool:
    """Whether heading lines open with the first section's numeral set alone on its line (一 / heading), over text in
    another column than the text before: a lead or standfirst set wider under the title, then the article's first
    section (a magazine's commentary); another article opens with its title, never with 一 (qa237)."""
    return len(heads) >= 2 and heads[0].text.strip() == P.FIRST_LONE_CN_SECTION_NUMERAL


def opens_with_wide_lead(span: Span, k: int, width: float) -> bool:
    """Whether the text before unit k of a span titled and signed at the page's head (Span.page_head) is only the
    article's lead, set wider than the text under it (a theory article's opening across its columns: 以数字赋能推动 /
    基层治理现代化 / 邹砚清 / a lead 27 wide / 打通数据壁垒 / text 18 wide): a paragraph or two, each wider than the
    column the text goes on in, so the heading at k opens the article's first section, not another article. So too
    for a span titled and signed after its text (Span.signed_after: a theory page printing its one article's title
    and author under the text): its wide lead opens that text, the headings under it are the article's sections."""
    if not (span.page_head or span.signed_after):
        return False
    paras = [u for u in span.body[:k] if u.kind in TEXT_KINDS]
    return 0 < len(paras) <= STANDFIRST_MAX_PARAS and all(printed_width(u) > width for u in paras)


def split_on_brief_column(span: Span) -> list[Span]:
    """A column of news in brief (经济简讯, 乡村动态): under the column's label, short items, each titled over its
    text and unsigned. After an article's text, a label line (a word of a few characters) right over a title and
    text opens the column: the label is residue and the title opens an item. An unsigned article titled right
    under such a label is the column's first item. In the column each title over text opens another item; a
    heading that does not read as a title (a clause, a comma) stays a section of its item."""
    start = brief_column_start(span)
    if start is None:
        return [span]
    if start > 0:
        span.residue.append((span.body[start - 1], "column label"))
        head, items = span.body[:start - 1], brief_items(span.body[start:])
        span.body = head
        return [span, *items_signed_at_end(span, items)]
    # (the span's first item may open its body with its title's own plain line, no further title under it: one item)
    first = next((k for k in range(1, len(span.body)) if is_brief_title(span.body, k)), None)
    if first is None:
        return [span]
    items = brief_items(span.body[first:])
    span.body = span.body[:first]
    return [span, *items]


def split_on_digest_items(span: Span) -> list[Span]:
    """A digest of short items (政策周报, 要闻摘编): each item a title line over its line of source fields (来源：…) over its
    text, unsigned. DIGEST_ITEMS_MIN such items or more in one span are each an article of their own (one is a web
    article's head: its title, source line and text), the source line heading the item's body as a web article's line
    of fields does; a part heading right over an item's title (一、国家政策) groups items and is residue (column label)."""
    body = span.body
    starts = [k for k in range(len(body) - 2) if is_digest_item_head(body, k)]
    own = bool(span.title_lines) and bool(body) and is_source_line(body[0]) and len(body) > 1 and body[1].kind in TEXT_KINDS
    if len(starts) + own < P.DIGEST_ITEMS_MIN:
        return [span]
    if own and len(span.title_lines) > 1:
        # (the digest's masthead over the first item's title: 政策周报｜2026年第45周 / the title / 来源：…)
        span.residue.extend((u, "masthead") for u in span.title_lines[:-1])
        span.title_lines = span.title_lines[-1:]
    span.body = without_part_headings(span, body[:starts[0]])
    items = []
    for a, b in zip(starts, [*starts[1:], len(body)]):
        item = Span(title_lines=[digest_title(body[a])])
        item.body = without_part_headings(item, body[a + 1:b])
        items.append(item)
    return [span, *items]


def with_titles_over_source_notes(spans: list[Span]) -> list[Span]:
    """A digest that sets each item's source in brackets right under its title (国务院办公厅印发… / （来源：中国政府网） /
    text): the note closed the span above, and took the title with it. Where DIGEST_ITEMS_MIN spans or more end with a
    title line right over a source note, and the span after each is untitled text, the title and the note open that
    text (the note its source line), and a part heading left over them (一、国家政策) is residue (qa201)."""
    heads = [k for k in range(len(spans) - 1) if titles_next_over_note(spans[k], spans[k + 1])]
    if len(heads) < P.DIGEST_ITEMS_MIN:
        return spans
    for k in heads:
        before, after = spans[k], spans[k + 1]
        *rest, note = before.body
        if rest:
            title = rest.pop()
        else:
            # (the digest's first item, its title under the masthead: 要闻周报… / the title / （来源：…）)
            *masthead, title = before.title_lines
            before.residue.extend((u, "masthead") for u in masthead)
            before.title_lines = []
        before.body = without_part_headings(before, rest)
        after.title_lines, after.body = [digest_title(title)], [note, *after.body]
    return spans


def titles_next_over_note(before: Span, after: Span) -> bool:
    """Whether a span ends with a title line right over a source note (no text between them; the title may be the span's
    own title line, over the note alone) and the span after it is untitled, unsigned text: that text's title and
    source."""
    b = before.body
    if not (b and is_source_note(b[-1]) and not after.title_lines and not after.bylines and after.body
            and after.body[0].kind in TEXT_KINDS):
        return False
    return (b[-2].kind == U.PLAIN or is_numbered_headline(b[-2])) if len(b) >= 2 else bool(before.title_lines)


def with_digest_part_headings(spans: list[Span]) -> list[Span]:
    """A digest whose items close with a source note (a title / text / （来源：…）, DIGEST_ITEMS_MIN such spans or more):
    a part heading over an item's title (二、地方动态 / 江东省出台… / text) groups the items, residue (column label), and the
    plain line under it is the item's title; over the first item, the lines that titled the span are the digest's
    masthead (政策周报… / its dates), residue too. Only spans untitled but for the page's first (qa201)."""
    items = [s for s in spans if s.body and is_source_note(s.body[-1])]
    if len(items) < P.DIGEST_ITEMS_MIN:
        return spans
    for s in items:
        k = next((j for j, u in enumerate(s.body) if u.kind != U.HEADING), 0)
        if not (k and k + 1 < len(s.body) and s.body[k].kind == U.PLAIN and s.body[k + 1].kind in TEXT_KINDS
                and (not s.title_lines or s is spans[0])):
            continue
        s.residue.extend((u, "column label") for u in s.body[:k])
        s.residue.extend((u, "masthead") for u in s.title_lines)
        s.title_lines, s.body = [s.body[k]], s.body[k + 1:]
    return spans


def is_digest_item_head(body: list[Unit], k: int) -> bool:
    """Whether body[k] is a digest item's title: one plain line (not under another plain line) over a source line
    (来源：…) over text. (Items closed by a source note in brackets, （来源：…）, are parted as pieces closed by a note
    are: with_digest_part_headings.)"""
    return ((body[k].kind == U.PLAIN or is_numbered_headline(body[k])) and is_source_line(body[k + 1])
            and body[k + 2].kind in TEXT_KINDS and (k == 0 or body[k - 1].kind != U.PLAIN))


def is_numbered_headline(u: Unit) -> bool:
    """Whether a unit is an item's number and its words on one line (1. 国务院办公厅印发…): a digest may number its items'
    titles."""
    return u.kind == U.ITEM and u.n_lines == 1 and bool(u.heading) and u.heading == u.text[len(u.marker or ""):].strip()


def digest_title(u: Unit) -> Unit:
    """A digest item's title line without the number it may carry (1. 国务院… -> 国务院…)."""
    if u.kind != U.ITEM or not u.heading:
        return u
    return u._replace(kind=U.TITLE, text=u.heading, marker=None, heading=None, family=None)


def is_source_note(u: Unit) -> bool:
    """A note in brackets naming only the source of the text over it (（来源：中国政府网）, （摘自《…》）)."""
    return u.kind in (U.NOTE, U.CREDIT) and P.OWN_LINE_SOURCE_NOTE.match(u.text) is not None


def is_source_line(u: Unit) -> bool:
    """A line of fields that opens with a source label (来源：中国政府网 2026-11-03)."""
    return u.kind == U.META and P.OUTLET_SOURCE_LABEL.match(u.text) is not None


def without_part_headings(span: Span, units: list[Unit]) -> list[Unit]:
    """The units without the headings that close them (the next part's heading over the next item's title), which go
    to the span's residue as the digest's part labels."""
    end = len(units)
    while end and units[end - 1].kind == U.HEADING:
        end -= 1
    span.residue.extend((u, "column label") for u in units[end:])
    return units[:end]


def brief_column_start(span: Span) -> int | None:
    """Where a column of news in brief starts in the span's body (at its first item's title), if it does: 0 when the
    span is the column's first item (unsigned, titled under a label line, or signed at its head by the column's
    reporter over further titles as long as its own: titles_items_alike), or just after a label line that stands
    between text and a title over text. The column holds two items or more, each a few short paragraphs
    (is_brief_column): a label over one titled text, or over titled parts of a paragraph or more, heads an article
    with sections (a theory page's 深读 box)."""
    body = span.body
    if not span.signed_after and span.title_lines and span.residue and is_label_line(span.residue[-1][0]):
        if not span.bylines:
            return 0 if is_brief_column(body, 0) else None
        if titles_items_alike(span) and is_brief_column(body, 0):
            return 0
    kinds = list(map(U.KIND, body))
    labels = [k for k in positions(kinds, U.PLAIN)
              if 0 < k < len(body) - 2 and kinds[k + 1] == U.PLAIN and is_label_line(body[k])]
    if len(labels) != 1:
        return None                       # no label, or a short line over every heading (an article's kickers)
    k = labels[0]
    ok = (body[k - 1].kind in TEXT_KINDS and is_brief_title(body, k + 1) and is_brief_column(body, k + 1)
          and not numbers_paragraphs_across(body, k))
    return k + 1 if ok else None


def numbers_paragraphs_across(body: list[Unit], k: int) -> bool:
    """Whether the text under the label line body[k] and its heading goes on numbering the paragraphs of the text
    over it (… 5. 根据现行… / 建议 / 优化监管框架 / 6. 为配合…): a paper that numbers its paragraphs through all its parts
    (a LegCo paper's 目的, 背景, 建议) is one text whose headings are its sections; items of news in brief number
    nothing, or each from 1."""
    before = next((n for u in reversed(body[:k]) if (n := paragraph_number(u)) is not None), None)
    after = next((paragraph_number(u) for u in body[k + 1:] if u.kind == U.PARA), None)
    return before is not None and after == before + 1


def paragraph_number(u: Unit) -> int | None:
    """The number a paragraph opens with (6. 为配合…), or None (a first-character test skips most paragraphs)."""
    if u.kind != U.PARA or not u.text[:1].isdigit():
        return None
    m = P.ITEM_ARABIC.match(u.text)
    return int(m.group(1)) if m and m.group(1) else None


def titles_items_alike(span: Span) -> bool:
    """Whether every plain line amid the text of a span signed at its head (under its title) is about as long as the
    span's title (BRIEF_TITLE_SHARE of it): the titles of further items of a column of news in brief, the first one
    signed by the column's reporter (民生观察 / a title / 本报记者 某某 / text / a title as long / text). An article's
    section headings, in a column under a label too, are set much shorter than its title (qa90), or head more
    paragraphs than an item of news in brief runs (BRIEF_SIGNED_ITEM_MAX_PARAS, qa285)."""
    size = sum(len(u.text) for u in span.title_lines)
    heads = [k for k, u in enumerate(span.body) if u.kind == U.PLAIN]
    return (bool(heads) and all(len(span.body[k].text) >= BRIEF_TITLE_SHARE * size for k in heads)
            and max(map(len, paragraph_runs(span.body, heads))) <= BRIEF_SIGNED_ITEM_MAX_PARAS)


def paragraph_runs(body: list[Unit], heads: list[int]) -> list[list[Unit]]:
    """The paragraphs under each of the headings body[k] (k in heads), up to the next heading or the body's end."""
    return [[u for u in body[a + 1:b] if u.kind == U.PARA] for a, b in zip(heads, [*heads[1:], len(body)])]


def is_brief_column(body: list[Unit], start: int) -> bool:
    """Whether the units from body[start] (a title, or the first item's text under its title elsewhere) are items of
    news in brief: two or more, each of at most BRIEF_ITEM_MAX_LINES lines of paragraphs, and nothing but titles
    and paragraphs up to the last paragraph (a pull quote or an author's note belongs to an article)."""
    last = text_end(body)
    items, lines, k = (1 if start == 0 else 0), 0, start
    while k < last:
        u = body[k]
        if u.kind == U.PARA:
            lines += u.n_lines
            if lines > BRIEF_ITEM_MAX_LINES:
                return False
            k += 1
            continue
        end = run_end(body, k, PLAIN_KINDS)
        if u.kind != U.PLAIN or not is_item_title(body, k, end, first=k == start):
            return False
        items, lines, k = items + 1, 0, end
    return items >= 2


def is_item_title(body: list[Unit], start: int, end: int, first: bool) -> bool:
    """Whether the plain run body[start:end] titles an item of news in brief: a title over text; after the column's
    first item, with no label line over it (headings that each have a short line over them, 把握核心要义 / 创新起
    主导作用, are an article's sections set with their kickers)."""
    return (end > start and is_brief_title(body, start)
            and (first or end - start == 1 or not is_label_line(body[start])))


def is_label_line(u: Unit) -> bool:
    """A column's label: one plain line of a few Chinese characters (no number, no punctuation), letter-spaced or not
    (简 讯: a PDF page spaces a label out; a spaced line this short is no title)."""
    if u.kind != U.PLAIN:
        return False
    text = u.text
    if " " in text and len(text) <= P.SPACED_LABEL_MAX:
        text = "".join(text.split())      # 简 讯, 经 济 简 讯 (qa281)
    return P.COLUMN_LABEL_LINE.match(text) is not None


def is_brief_title(body: list[Unit], k: int) -> bool:
    """Whether the plain lines starting at body[k] are a title over text (one or two lines that read as a title)."""
    if body[k].kind != U.PLAIN or (k > 0 and body[k - 1].kind == U.PLAIN and not is_label_line(body[k - 1])):
        return False
    end = run_end(body, k, PLAIN_KINDS)
    return (end - k <= MAX_HEADING_LINES and end < len(body) and body[end].kind == U.PARA
            and reads_as_title(body, k, end))


def items_signed_at_end(span: Span, items: list[Span]) -> list[Span]:
    """The items of a column under a label amid a text signed at its head, when a name after the column's last text
    signs too (an interview by 林可 / 记者手记 / a title / text / another title / text / 林可): that name signs the last
    item, not the text signed at its head, and a column that signs its items at their ends may run an item's
    signature into the next item's title (…提升。 / 谷雨在数据共享中… / text): the name signs the unsigned item before
    (qa133)."""
    if not (span.signed_after and len(span.bylines) >= 2):
        return items
    items[-1].bylines.append(span.bylines.pop())
    items[-1].signed_after, span.signed_after = True, False
    for before, after in zip(items, items[1:]):
        if not before.bylines and len(after.title_lines) == 1 and (glued := glued_byline(after.title_lines[0])):
            before.bylines.append(glued[0])
            after.title_lines = [glued[1]]
    return items


def brief_items(body: list[Unit]) -> list[Span]:
    """The items of a column of news in brief, each from a title over text to the next (body opens with a title)."""
    starts = [k for k in range(len(body)) if is_brief_title(body, k)] or [0]
    items = []
    for a, b in zip(starts, [*starts[1:], len(body)]):
        end = run_end(body, a, PLAIN_KINDS)
        items.append(Span(title_lines=body[a:end], body=body[end:b]))
    return items


def unspaced_width_before(body: list[Unit], k: int) -> float:
    """The column of the last wrapped paragraph before unit k that is not set letter-spaced (破 解 这 些 难 题 ，
    需 要 …: a space after most characters), whose spaces count no width: its lines read narrower than the
    column they fill, and tell no column change. (Asked only where a change is seen; 0 where none is left.)"""
    return next((u.width for u in reversed(body[:k]) if u.kind == U.PARA and u.n_lines >= 2
                 and not is_letter_spaced(u.text)), 0.0)


def split_on_editorial_label_amid_text(span: Span) -> list[Span]:
    """The paper's editorial under its label amid the text of a piece signed at its head (a news item / 社论 / its title
    / its text, a page that runs its editorial under its news): the editorial is an article of its own, titled by the
    line under the label and signed by no one; label and title head no section of the item (qa259). (Only spans
    with a plain line amid their text are read; a span signed after its text is left to
    split_off_piece_signed_after_editorial.)"""
    body = span.body
    if span.signed_after or not span.bylines:
        return [span]
    k = next((i for i in range(1, len(body) - 2) if body[i].kind == U.PLAIN
              and P.EDITORIAL_LABEL_LINE.match(body[i].text)), None)
    if k is None or not any(u.kind in TEXT_KINDS for u in body[:k]):
        return [span]
    end = run_end(body, k + 1, PLAIN_KINDS)
    if not (0 < end - k - 1 <= MAX_HEADING_LINES and end < len(body) and body[end].kind == U.PARA):
        return [span]
    rest = Span(body=body[end:], residue=[(body[k], "column label")])
    set_title(rest, body[k + 1:end])
    span.body = body[:k]
    return [span, rest]


def split_off_piece_signed_after_editorial(span: Span) -> list[Span]:
    """An editorial under its label (社论 / 社评), a title line amid its text, more text, then a signature after it
    (……。 / ——吴某某（某大学教授）): the paper's editorial is signed by no one, so the signature closes another piece, titled
    by the first plain line amid the text, no section of the editorial (qa207). An editorial with headings of its own
    before that line is left whole: the line may be one more of them."""
    if not (span.signed_after and span.bylines and any(P.EDITORIAL_LABEL_LINE.match(u.text) for u, _ in span.residue)):
        return [span]
    body = span.body
    k = next((i for i in range(1, len(body)) if body[i].kind == U.PLAIN and body[i - 1].kind in TEXT_KINDS), None)
    if k is None or any(u.kind == U.HEADING for u in body[:k]):
        return [span]
    end = run_end(body, k, PLAIN_KINDS)
    if not any(u.kind in TEXT_KINDS for u in body[end:]):
        return [span]
    rest = Span(body=body[end:], bylines=span.bylines, signed_after=True)
    set_title(rest, body[k:end])
    span.body, span.bylines, span.signed_after = body[:k], [], False
    return [span, rest]


def split_on_editors_note_amid_text(span: Span) -> list[Span]:
    """A titled article signed at its head whose span a second signature closes, with an editor's note (编者按：…) amid
    its text right over a title line and text (title / 某某 / text / 编者按：… / a reader's letter's title / its text /
    某地读者 某某): the note introduces the piece under it, never goes on the article over it, so it is residue, the
    title line heads that piece and the last signature signs it (qa224). (Only spans with two bylines are looked at.)"""
    if not span.title_lines or len(span.bylines) < 2:
        return [span]
    body = span.body
    for k in range(1, len(body) - 2):
        if (body[k].kind == U.PARA and is_labelled_note(body[k].text.strip()) and opens_titled_text(body, k + 1)
                and TEXT_KINDS.intersection(map(U.KIND, body[:k]))):
            text = run_end(body, k + 1, PLAIN_KINDS)
            after = Span(title_lines=body[k + 1:text], bylines=span.bylines[-1:], body=body[text:], signed_after=True)
            span.body, span.bylines = body[:k], span.bylines[:-1]
            span.residue.append((body[k], "editor's note"))
            return [span, after]
    return [span]


def split_on_foreign_note(span: Span) -> list[Span]:
    """An article whose byline names its authors, then an unnumbered heading, text and an author
    note or a signature (……。（江 帆）) naming other people: the note closes another article (one
    whose author is named only at its end), and the last heading before that text is its title. The
    heading is no section of the first article, whose author cannot be described by a note about
    someone else, nor sign another's text."""
    authors = {n for u in span.bylines if u.byline for n in u.byline.authors}
    if not authors:
        return [span]
    # An organisation's members may be named in a note (not in a signature, which names the writer). The paper's own
    # commentator (本报评论员) is no such body: its pieces name no writer, so a note naming one is another piece's (qa162).
    people = all(P.NAME_ONLY.match(n) or is_editorial_voice(n) for n in authors)
    # Nor has it any author note: one naming no one (（作者为某院研究员）) describes another piece's writer too.
    voice = all(map(is_editorial_voice, authors))
    # Nor a reporter's report (本报记者 某某): reporters get no author note, so one naming no one after a heading amid
    # the report describes the writer of a commentary printed under it (qa202).
    voice = voice or all(P.REPORTER_WORD in u.text for u in span.bylines)
    # (A group's drafters, （执笔：…） under a 课题组's text, are its writers, no other piece's: qa185.)
    group = any(n.endswith(P.GROUP_AUTHOR_ENDS) for n in authors)
    for k, u in enumerate(span.body):
        if u.kind != U.NOTE or group and (P.WRITERS_NOTE.match(u.text.strip()) or P.TEAM_WRITERS_NOTE.match(u.text.strip())):
            continue
        writer_note = not u.byline and people and P.WRITER_NOTE.match(u.text.strip()) is not None
        if u.byline:
            named = set(u.byline.authors)
        elif writer_note:
            named = set(note_authors(u.text.strip()))
        else:
            continue
        if not (named or voice and writer_note) or (named & authors and not labels_piece(span.body, k)):
            continue
        start = last_heading_run(span.body, k)
        if start is None:
            return [span]
        m = run_end(span.body, start, PLAIN_KINDS)
        rest = Span(body=span.body[m:])
        set_title(rest, span.body[start:m])
        span.body = span.body[:start]
        return [span, *split_on_foreign_note(rest)]
    return [span]


def split_on_attached_document(span: Span) -> list[Span]:
    """A notice that publishes a document (关于印发…的通知), signed by its issuer over a date, then the
    document itself: its title line(s) and its text (or its first heading). The document is an article of its own under its
    own title (not a section of the notice); the notice keeps its signature and publication notes."""
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no signature)
    for k in positions(kinds, U.META):                  # the date under the signature
        if k == 0 or kinds[k - 1] != U.PLAIN or not is_issuer_over_date(body[k - 1].text, body[k].text):
            continue
        start = run_end(body, k + 1, U.RESIDUAL)      # past （此件公开发布）
        end = run_end(body, start, PLAIN_KINDS)
        opening = run_end(body, end, U.RESIDUAL)      # past a regulation's legislative note and contents (qa55)
        if (start < end <= opening < len(body) and kinds[opening] in OPENING_KINDS and TEXT_KINDS.intersection(kinds[:k])
                and not labels_attachment(body[k + 1:start])):
            rest = Span(body=body[end:])
            set_title(rest, body[start:end])
            span.body = body[:start]
            return [span, *split_on_attached_document(rest)]
    return [span]


def labels_attachment(units: list[Unit]) -> bool:
    """Whether an attachment's label (附件 / 附件1) stands among the units: the title under it is the attachment's, which
    split_on_attachment gives its own piece (an attachment printed under the signature, qa55)."""
    return any(u.kind == U.ATTACHMENTS and P.ATTACHMENT_LABEL.match(u.text) for u in units)


def split_on_attachment(span: Span) -> list[Span]:
    """An attachment printed after a government document's text: its label alone on a line (附件1), its title
    line (the first plain line: one under it is a table's head row) and its text, table or headings. It is a piece of its own under that title, not a section of the
    document; the label stays with the document as its attachments' residue (qa38)."""
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no attachments)
    for k in positions(kinds, U.ATTACHMENTS):
        end = run_end(body, k + 1, PLAIN_KINDS)
        if (k + 1 < end < len(body) and kinds[end] in OPENING_KINDS and P.ATTACHMENT_LABEL.match(body[k].text)
                and TEXT_KINDS.intersection(kinds[:k])):
            title_end = k + 2 + has_bracketed_title_tail(body, k + 2, end)
            rest = Span(body=body[title_end:])         # (plain lines under the title: a table's head row)
            set_title(rest, body[k + 1:title_end])
            span.body = body[:k + 1]
            return [span, *split_on_attachment(rest)]
    return [span]


def has_bracketed_title_tail(body: list[Unit], i: int, end: int) -> bool:
    """Whether plain line i, under an attachment's title line, is the title's bracketed period or draft note
    (（2026—2028年）, （试行）) on a line of its own: the title's second line, not a table's head row. (qa124)"""
    return i < end and body[i].text[:1] in "（(" and P.TITLE_BRACKETED_TAIL_LINE.match(body[i].text) is not None


def split_after_printing_line(span: Span) -> list[Span]:
    """A government document ends with its distribution and printing lines (抄送：…, then …办公室 2025年6月18日印发).
    A title (a line or two) over text after the printing line, such as the 政策解读 a portal runs under the document,
    is a piece of its own under that title; the printing line is the document's closing line (qa55)."""
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no printing line)
    for k in positions(kinds, U.PLAIN):
        if not (body[k].text.endswith(P.PRINTING_LINE_END) and P.PRINTING_LINE.match(body[k].text)):
            continue
        end = run_end(body, k + 1, PLAIN_KINDS)
        if (k + 1 < end <= k + 1 + MAX_HEADING_LINES and end < len(body)
                and (kinds[end] in OPENING_KINDS or kinds[end] == U.META) and TEXT_KINDS.intersection(kinds[:k])):
            rest = Span(body=body[end:])
            set_title(rest, body[k + 1:end])
            span.residue.append((body[k], "closing line"))
            span.body = body[:k]
            return [span, *split_after_printing_line(rest)]
    return [span]


def split_after_closing_credit(span: Span) -> list[Span]:
    """A web page saved as plain text: its article closes with the credit naming its editor ((责任编辑：万 芸)), and a
    heading under that credit over text (maybe under an advert's label, 广告, or over one, 活动推广) titles a piece of its
    own, an advertisement or a short report run under the article, not the article's last section (Markdown marks the
    break: markdown_layout's titles_piece_after_credit). Not on a page that prints titles after their texts, where a
    line under a text's last credit may be that text's title (or the next's, printed after it)."""
    if span.titled_after or span.end_titled:
        return [span]
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no credit line)
    for k in sorted([*positions(kinds, U.CREDIT), *positions(kinds, U.NOTE)]):
        if not (closes_article(body[k]) and TEXT_KINDS.intersection(kinds[:k])):
            continue
        t = k + 1
        while t < len(body) and kinds[t] in CONTACT_KINDS and is_contact_line(body[t].text):
            t += 1                                      # (联系人：… 联系电话：…: the article's own last lines, qa185)
        k = t - 1
        while t < len(body) and kinds[t] == U.CREDIT and is_piece_label(body[t].text):
            t += 1                                      # (广告 / 相关新闻 over the piece's title)
        end = t + 1
        while end < len(body) and kinds[end] in (U.CREDIT, U.HEADING) and U.is_advert_label(body[end].text):
            end += 1                                    # (活动推广 under it)
        if end < len(body) and t < len(body) and kinds[end] in TEXT_KINDS and kinds[t] == U.CREDIT:
            # (【推广】某某漫游季开幕 / its text: the advertisement's title after its label, on one line, qa185)
            if m := P.LABELLED_ADVERT_TITLE.match(body[t].text.strip()):
                rest = Span(body=body[end:])
                set_title(rest, [body[t]._replace(kind=U.TITLE, text=m.group("title"))])
                span.body = body[: k + 1]
                return [span, *split_after_closing_credit(rest)]
        # (an unmarked heading: one marked 一、… under the credit is a section's, and its marker would be lost in a title)
        if (end < len(body) and t < len(body) and kinds[end] in TEXT_KINDS
                and (kinds[t] == U.PLAIN or kinds[t] == U.HEADING and not body[t].marker)):
            rest = Span(body=body[end:])
            rest.residue.extend((u, "page furniture") for u in body[k + 1:t] + body[t + 1:end])
            set_title(rest, [as_title(body[t]) if kinds[t] == U.HEADING else body[t]])
            span.body = body[: k + 1]
            return [span, *split_after_closing_credit(rest)]
    return [span]


def give_back_contact_lines(before: Span, after: Span) -> None:
    """Contact lines (联系人：… 联系电话：…) that open an untitled span after a text signed at its end (（执笔：…）) are that
    text's last lines, not the next piece's: they go back to it, and the title line under them heads the piece
    (take_leading_title) (qa185)."""
    if after.title_lines or after.bylines or not has_text(before):
        return
    n = 0
    while n < len(after.body) - 1 and after.body[n].kind in CONTACT_KINDS and is_contact_line(after.body[n].text):
        n += 1
    if n:
        before.body.extend(after.body[:n])
        del after.body[:n]


def closes_article(u: Unit) -> bool:
    """Whether a line closes the article over it on a plain-text page: the credit naming its editor (编辑：…), a
    think tank's disclaimer (（本文仅代表课题组观点……）), a brief's note naming its drafters (（执笔：…）) (qa185)."""
    t = u.text.strip()
    if u.kind == U.NOTE:
        return P.WRITERS_NOTE.match(t) is not None
    if "供稿" in t and P.SUPPLY_CREDIT_NOTE.match(t):
        return True                       # （市统计局供稿）: the body that supplied a brief's item closes it (qa213)
    return P.EDITOR_CREDIT_LINE.match(t) is not None or P.DISCLAIMER_CREDIT_LINE.match(t) is not None


def is_contact_line(text: str) -> bool:
    """Whether a line gives whom to contact (联系人：… / 咨询电话：…), a cheap colon test first."""
    return ("：" in text or ":" in text) and P.CONTACT_LINE.match(text.strip()) is not None


def is_piece_label(text: str) -> bool:
    """Whether a line under an article's closing credit labels the piece under it: an advertisement's label (广告), a
    related story's (相关新闻), a notice's kind (活动预告)."""
    t = text.strip()
    return U.is_advert_label(t) or bool(P.LINK_LIST_LABEL.match(t) or P.NOTICE_KIND_LABEL.match(t))


# The kinds of a copied post's title line over the account's name and a bare date (split_at_copied_post).
COPIED_POST_TITLE_KINDS = frozenset({U.PLAIN, U.HEADING})


def split_at_advert_title(span: Span) -> list[Span]:
    """A page saved as plain text: a title line marked as an advertisement's (本文为广告 / 推广 right over or under it,
    or （推广） at its end) between an article's text and more text titles a piece of its own, the advertisement or
    event notice run under the article, not the article's last section (Markdown marks it by a heading,
    markdown_layout; split_after_closing_credit takes one under an editor's credit). The label is furniture."""
    if span.titled_after or span.end_titled:
        return [span]
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no advert)
    for k in range(1, len(body) - 1):
        if not (kinds[k] in ADVERT_TITLE_KINDS and not body[k].marker and TEXT_KINDS.intersection(kinds[:k])):
            continue
        under, over = body[k + 1], body[k - 1]
        if kinds[k + 1] in TEXT_KINDS and is_advert_tagged_title(body[k].text):
            label, start = [], k + 1                    # 某某博览会6月开幕（推广） / its text
        elif kinds[k + 1] in TEXT_KINDS and kinds[k - 1] == U.CREDIT and U.is_advert_label(over.text):
            label, start = [over], k + 1                # 本文为广告 / 某某山居季 / its text
        elif (k + 2 < len(body) and kinds[k + 2] in TEXT_KINDS and kinds[k + 1] == U.CREDIT
              and U.is_advert_label(under.text) and kinds[k - 1] in TEXT_KINDS):
            label, start = [under], k + 2               # 某某专线开通 / 本文为广告 / its text
        else:
            continue
        rest = Span(body=body[start:])
        rest.residue.extend((u, "page furniture") for u in label)
        set_title(rest, [as_title(body[k]) if kinds[k] == U.HEADING else body[k]])
        span.body = body[: k - 1] if label and label[0] is over else body[:k]
        return [span, *split_at_advert_title(rest)]
    return [span]


def split_at_copied_post(span: Span) -> list[Span]:
    """A WeChat page saved as plain text: a post copied under the article (its title, the account's name alone, a bare
    date: 让农产品卖得更远 / 某某观察 / 2026-10-07 / its text) is a piece of its own under that title, however the
    article before ends (with a writer's credit, which parts the two as a byline does, or with chrome only: 点赞 / 在看).
    units.with_wechat_account_lines reads the name as a field (META) only where the page's head line names that account.
    (qa279)"""
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no META amid their text)
    if U.META not in kinds:
        return [span]
    for k in range(1, len(body) - 3):
        if (kinds[k] in COPIED_POST_TITLE_KINDS and kinds[k + 1] == U.META and kinds[k + 2] == U.META
                and kinds[k + 3] in TEXT_KINDS and not body[k].marker and P.DATE_ONLY_LINE.match(body[k + 2].text)
                and P.HAN_CHAR.match(body[k + 1].text) and TEXT_KINDS.intersection(kinds[:k])):
            rest = Span(body=body[k + 1:])
            set_title(rest, [as_title(body[k]) if kinds[k] == U.HEADING else body[k]])
            span.body = body[:k]
            return [span, *split_at_copied_post(rest)]
    return [span]


def is_advert_tagged_title(text: str) -> bool:
    """Whether a title line ends with an advertisement's label in brackets (某某博览会6月开幕（推广）); a substring test on
    the last character first."""
    return text[-1:] in P.TITLE_ADVERT_TAG_ENDS and P.TITLE_ADVERT_TAG.search(text) is not None


def split_on_reading_box(span: Span) -> list[Span]:
    """A box of further reading (延伸阅读, 知识链接 …) at the end of an article's text, before the title
    and byline a theory page sets after it: the paragraph or two under its label, to the span's end, are
    a piece of their own under that label, not the article's text (as in Markdown, markdown_layout)
    (qa15, session 9)."""
    body = span.body
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no credit line)
    # (a box's label read as a plain line over the term it explains, 名词解释 / 乡村书屋 / its paragraph, is one too, qa151;
    # a plain label right over a paragraph as wide as the text is a last section's heading, qa39)
    for k in sorted([*positions(kinds, U.CREDIT), *plain_box_labels(body, kinds)]):
        # (a plain-text page may title the box's piece on a line of its own under the label, qa128)
        titled = k + 2 < len(body) and kinds[k + 1] == U.PLAIN
        first = k + 1 + titled
        end = run_end(body, first, BOX_KINDS)           # (then nothing but closing lines: 本版责编：…)
        if (0 < end - first <= READING_BOX_MAX_PARAS and not OPENING_KINDS.intersection(kinds[end:])
                and (titled if kinds[k] == U.PLAIN else P.READING_BOX_LABEL.match(body[k].text))
                and TEXT_KINDS.intersection(kinds[:k])):
            span.body = body[:k]
            if titled:
                return [span, Span(title_lines=[body[k + 1]], body=body[first:], residue=[(body[k], "column label")])]
            label = body[k]._replace(heading=U.unbracketed(body[k].text.strip()))     # 【相关链接】: its words
            return [span, Span(title_lines=[label], body=body[k + 1:])]
    return [span]


def split_on_reporters_note(span: Span) -> list[Span]:
    """A reporter's note boxed after a report's text (记者手记 / its title / its paragraphs, to the span's end but for
    closing lines): a piece of its own under its title, the label a column label, however many paragraphs it holds
    and whatever its width (qa179); so is a short commentary boxed there under its label (评 论 / its title: qa202),
    and a box closed by the name of the body that supplied it (农技课堂 / its title / its text / （…供稿）: qa245).
    (Only plain lines holding 记 or 评, or over paragraphs closed by a line holding 供, are matched.)"""
    body = span.body
    for k in positions(list(map(U.KIND, body)), U.PLAIN):
        top = box_text_start(body, k)     # (the box's title may be set on two lines: 补链强链 / 贵在久久为功, qa256)
        end = run_end(body, top, BOX_KINDS)
        if not (labels_piece_after_report(body[k].text.strip()) or closes_contributed_box(body, end)):
            continue
        if (k + 1 < top < end and TEXT_KINDS.intersection(map(U.KIND, body[:k]))
                and not OPENING_KINDS.intersection(map(U.KIND, body[end:]))):
            span.body = body[:k]
            return [span, Span(title_lines=body[k + 1:top], body=body[top:], residue=[(body[k], "column label")])]
        if top == k + 1 < end and titled_at_end(body, end) and TEXT_KINDS.intersection(map(U.KIND, body[:k])):
            # 记者手记 / its text / its title: the box's title printed under its text, as the page prints the
            # articles' titles (a PDF page in the seed-000 layout), ends the span (qa281)
            span.body = body[:k]
            return [span, Span(title_lines=body[end:], body=body[k + 1:end], residue=[(body[k], "column label")])]
    return [span]


def titled_at_end(body: list[Unit], end: int) -> bool:
    """Whether body[end:] is a title alone at the span's end: one plain line or two (MAX_HEADING_LINES), nothing after."""
    return 0 < len(body) - end <= MAX_HEADING_LINES and all(u.kind == U.PLAIN for u in body[end:])


def box_text_start(body: list[Unit], k: int) -> int:
    """Where the text of a box labelled at body[k] starts: after its title, one plain line or two (a headline wrapped in
    the box's narrow column), at most MAX_HEADING_LINES; k + 1 when no such title stands under the label."""
    top = run_end(body, k + 1, PLAIN_KINDS)
    return top if top <= k + 1 + MAX_HEADING_LINES else k + 1


def split_on_untitled_reporters_note(span: Span) -> list[Span]:
    """An untitled text whose last paragraphs stand under a reporter's note label (… / 记者手记 / its text / 黄禾苗), signed
    by a lone name after them: the note is a piece of its own titled by its label and signed by that name; the text
    before it (a reply under a letter, with_replies_joined_to_letters) is not the reporter's (qa245). (Only untitled
    spans with a lone name's byline are tried.)"""
    if span.title_lines or len(span.bylines) != 1 or not span.bylines[0].weak_byline:
        return [span]
    body = span.body
    for k in positions(list(map(U.KIND, body)), U.PLAIN):
        if ("记" in body[k].text and P.REPORTERS_NOTE_LABEL.match(body[k].text.strip())
                and run_end(body, k + 1, BOX_KINDS) == len(body) > k + 1 and TEXT_KINDS.intersection(map(U.KIND, body[:k]))):
            note = Span(title_lines=[body[k]], bylines=span.bylines, body=body[k + 1:])
            span.body, span.bylines = body[:k], []
            return [span, note]
    return [span]


def with_replies_joined_to_letters(spans: list[Span]) -> list[Span]:
    """The spans with an untitled, unsigned text that opens with the editors' reply (编辑回复：…: REPLY_TO_READER) joined
    to the signed piece before it: the reader's letter it answers, printed with it (qa245)."""
    out: list[Span] = []
    for s in spans:
        if out and out[-1].bylines and opens_with_reply(s):
            out[-1].body.extend(s.body)
            out[-1].residue.extend(s.residue)
            continue
        out.append(s)
    return out


def opens_with_reply(span: Span) -> bool:
    """Whether a span with no title or byline opens with a paragraph of the editors' reply to a letter (编辑回复：…)."""
    if span.title_lines or span.bylines or not span.body or span.body[0].kind != U.PARA:
        return False
    head = span.body[0].text[:8]
    return ("复" in head or "答" in head) and P.REPLY_TO_READER.match(head) is not None


def split_on_compiled_box(span: Span) -> list[Span]:
    """A label over a run of paragraphs after a report's text, closed by the line naming the sources they were compiled
    from (环球视野 / 1.… / 2.… / （本版综合新华社等））: a box of news items, a piece of its own titled by its label, not
    the report's last section (qa245). (Only spans holding a line with 综合 after a plain line are tried.)"""
    body = span.body
    kinds = list(map(U.KIND, body))
    for k in positions(kinds, U.PLAIN):
        end = run_end(body, k + 1, BOX_KINDS)
        if (k + 1 < end < len(body) and "综合" in body[end].text
                and P.COMPILED_SOURCES_LINE.match(body[end].text.strip()) is not None
                and TEXT_KINDS.intersection(kinds[:k]) and not OPENING_KINDS.intersection(kinds[end:])):
            span.body = body[:k]
            return [span, Span(title_lines=[body[k]], body=body[k + 1:])]
    return [span]


def closes_contributed_box(body: list[Unit], end: int) -> bool:
    """Whether the line after a run of paragraphs names the body that supplied them (（县农技推广中心供稿）): a box a
    body contributed to the page, its column's label and its title over it (农技课堂 / its title / its tips), is no
    part of the report above (qa245). A substring test picks the few lines to match."""
    return (end < len(body) and "供" in body[end].text
            and P.CONTRIBUTOR_LINE.match(body[end].text.strip()) is not None)


def labels_piece_after_report(text: str) -> bool:
    """Whether a plain line labels a piece boxed after a report's text: a reporter's note (记者手记) or a short
    commentary (评 论, 短评: qa202), the editors' titled one among them (编 后: qa256). Substring tests pick the few
    lines to match."""
    return ("记" in text and P.REPORTERS_NOTE_LABEL.match(text) is not None
            or ("评" in text or "编" in text) and P.COMMENTARY_LABEL_AFTER_REPORT.match(text) is not None)


def plain_box_labels(body: list[Unit], kinds: list[str]) -> list[int]:
    """The plain lines of a body that label a box (名词解释, 知识卡片, 背景资料: BOX_LABEL_LINE), tried by split_on_reading_box
    as its labels read as credits are, where a term's line stands under them (qa151). A prefix test picks the few lines
    to match."""
    return [k for k in positions(kinds, U.PLAIN)
            if P.BOX_OR_NOTES_INITIAL(body[k].text.strip()) and P.BOX_LABEL_LINE.match(body[k].text.strip())]


def split_on_narrow_box(span: Span) -> list[Span]:
    """A box set a little narrower than the text at the end of an article's text (数说…, 名词解释: a label, then a
    paragraph or two of figures or definitions, then nothing but closing lines): a piece of its own under its label
    (one line: a section's heading may take two), not the article's last section. Narrower than the last paragraph before it by NARROW_BOX_SHARE of its column, less
    than a column change (WIDTH_TOLERANCE) elsewhere: a label over it, and the end of the text, tell a box. (Its
    lines' column is their own: see reflow.narrow_box_columns.) (qa39, session 11)"""
    body = span.body
    end = text_end(body)
    # (the paragraphs at the text's end, a label over them: a few steps back from the end)
    m = end
    while m > 0 and end - m <= READING_BOX_MAX_PARAS and body[m - 1].kind == U.PARA:
        m -= 1
    start = m - 1
    if start < 1 or body[start].kind != U.PLAIN or body[start - 1].kind == U.PLAIN or end - m > READING_BOX_MAX_PARAS:
        return [span]
    box = body[m:end]
    before = unspaced_width_before(body, start)
    if (box and any(u.n_lines >= 2 for u in box) and not OPENING_KINDS.intersection(map(U.KIND, body[end:]))
            and all(u.width < (1 - NARROW_BOX_SHARE) * before and not is_letter_spaced(u.text) for u in box)
            and TEXT_KINDS.intersection(map(U.KIND, body[:start]))):
        span.body = body[:start]
        return [span, Span(title_lines=body[start:m], body=body[m:])]
    return [span]


def split_off_narrow_box_amid_text(span: Span) -> list[Span]:
    """A box of further reading amid an article's text (…text / 相关链接 / a paragraph or two set in a narrower column / a
    heading or text in the text's column again): a piece of its own under its label, printed after the article, whose
    text goes on after the box, not the article's text (split_on_reading_box takes such a box at the text's end). The
    box's paragraphs narrower than the text before it by NARROW_BOX_SHARE of its column, and the text after it back in
    that column (less than a column change, WIDTH_TOLERANCE, apart), tell the box from a section. (qa146)"""
    found = narrow_box_amid_text(span.body)
    if found is None:
        return [span]
    body, (k, end) = span.body, found
    span.body = body[:k] + body[end:]
    return [span, reading_box_piece(body, k, end)]


def reading_box_piece(body: list[Unit], k: int, end: int) -> Span:
    """The piece a reading box makes (its label body[k] as its title, the paragraphs to `end` its text)."""
    label = body[k]._replace(heading=U.unbracketed(body[k].text.strip()))     # 【相关链接】: its words
    return Span(title_lines=[label], body=body[k + 1:end])


def reading_box_between_texts(body: list[Unit]) -> tuple[int, int] | None:
    """Where a box of further reading (■链接, 相关链接: its label, then a paragraph or two set narrower than the text
    before it by NARROW_BOX_SHARE of its column) stands between two texts, the one after it back in the first's column
    (less than a column change, WIDTH_TOLERANCE, apart): its label's index and the index past its paragraphs, or None.
    The box's width, not its kind, parts its paragraphs from the text after it (split_on_tail_title, qa186)."""
    kinds = list(map(U.KIND, body))
    for k in (k for k, kind in enumerate(kinds) if kind in NARROW_BOX_LABEL_KINDS):
        if not (TEXT_KINDS.intersection(kinds[:k]) and P.READING_BOX_LABEL.match(body[k].text)
                and (before := unspaced_width_before(body, k))):
            continue
        end = k + 1
        while (end < len(body) and kinds[end] in NARROW_BOX_KINDS
               and body[end].width < (1 - NARROW_BOX_SHARE) * before):
            end += 1
        if (0 < end - k - 1 <= READING_BOX_MAX_PARAS and end < len(body) and kinds[end] == U.PARA
                and abs(body[end].width - before) <= WIDTH_TOLERANCE * before):
            return k, end
    return None


def narrow_box_amid_text(body: list[Unit]) -> tuple[int, int] | None:
    """Where a box of further reading set narrower than the text stands amid it (split_off_narrow_box_amid_text):
    its label's index and the index past its paragraphs, or None."""
    kinds = list(map(U.KIND, body))                     # (a C-level map: most spans hold no credit line)
    for k in positions(kinds, U.CREDIT):
        end = run_end(body, k + 1, BOX_KINDS)
        if not (0 < end - k - 1 <= READING_BOX_MAX_PARAS and end < len(body) and kinds[end] in OPENING_KINDS
                and TEXT_KINDS.intersection(kinds[:k]) and P.READING_BOX_LABEL.match(body[k].text)):
            continue
        before = unspaced_width_before(body, k)
        if (before and all(u.width < (1 - NARROW_BOX_SHARE) * before for u in body[k + 1:end])
                and abs(body[end].width - before) <= WIDTH_TOLERANCE * before):
            return k, end
    return None


def split_on_qa_box(span: Span) -> list[Span]:
    """A box of questions and answers at the end of an article's text (a label, then paragraphs 问：… / 答：…, a
    question first, then nothing but closing lines) or at its start (the label, the box, then the text): a piece of its
    own under its label (理论热点问答), not the article's last section or its opening, however wide its column. An
    article whose own text holds such paragraphs (an interview set 问：/答：) keeps them (qa67), and so does an interview
    set with its speakers' labels (记者：/某某：) that goes on under a heading as 问：/答： (qa205)."""
    body = span.body
    if (m := qa_run_end(body, 1)) > 2 and body[0].kind == U.PLAIN and m < len(body) and body[m].kind in TEXT_KINDS:
        if not any(P.QA_BOX_PARAGRAPH.match(u.text) for u in body[m:]):
            span.body = body[m:]
            return [Span(title_lines=body[:1], body=body[1:m]), span]
    end = text_end(body)
    m = end
    while m > 0 and body[m - 1].kind == U.PARA and P.QA_BOX_PARAGRAPH.match(body[m - 1].text):
        m -= 1
    start = m - 1
    if end - m < 2 or start < 1 or body[start].kind != U.PLAIN or body[start - 1].kind == U.PLAIN:
        return [span]
    if (not body[m].text.startswith("问") or OPENING_KINDS.intersection(map(U.KIND, body[end:]))
            or not TEXT_KINDS.intersection(map(U.KIND, body[:start]))
            or any(P.QA_BOX_PARAGRAPH.match(u.text) for u in body[:start]) or holds_talk(body[:start])):
        return [span]                   # (an interview's turns 记者：/某某： going on as 问：/答： under a heading, qa205)
    span.body = body[:start]
    return [span, Span(title_lines=body[start:m], body=body[m:])]


def qa_run_end(body: list[Unit], k: int) -> int:
    """Where the run of paragraphs 问：… / 答：… that opens with a question at body[k] ends (k, if there is none)."""
    if k >= len(body) or not body[k].text.startswith("问"):
        return k
    while k < len(body) and body[k].kind == U.PARA and P.QA_BOX_PARAGRAPH.match(body[k].text):
        k += 1
    return k


def last_heading_run(body: list[Unit], end: int) -> int | None:
    """Where the last run of plain heading lines before body[end] starts, if text comes both
    before and after it."""
    k = end - 1
    while k >= 0 and body[k].kind != U.PLAIN:
        k -= 1
    if k < 0 or not any(u.kind == U.PARA for u in body[k + 1:end]):
        return None
    while k > 0 and body[k - 1].kind == U.PLAIN:
        k -= 1
    return k if any(u.kind == U.PARA for u in body[:k]) else None


def trim_foreign_start(span: Span) -> None:
    """Drop leading text set in another column width (a sidebar or standfirst of the page). A paragraph set
    letter-spaced tells no column: its spaces count no width, and its lines read narrower than the column they
    fill (a paragraph of an article's section set so is no sidebar) (qa29, session 10)."""
    wrapped = [k for k, u in enumerate(span.body) if u.kind == U.PARA and u.n_lines >= 2 and not is_letter_spaced(u.text)]
    if len(wrapped) < 3:
        return
    if (box := reading_box_start(span.body, wrapped[-1])) < wrapped[-1]:
        wrapped = [k for k in wrapped if k < box]     # (a box's narrower paragraphs measure no column)
        if len(wrapped) < 3:
            return
    if (views := roundup_at(span.body)) is not None:
        # (nor do a roundup's views boxed amid the text, 专家视点 / …。 / ——某大学教授 张三: the text goes on under the box)
        wrapped = [k for k in wrapped if not views[0] <= k < views[1]]
        if len(wrapped) < 3:
            return
    # (A paragraph set wider than its first line's window says, a topic box's lead over the text, is measured by its
    # own lines, and one on one long line is wrapped in no column: see printed_width.)
    widths = [span.body[k].width for k in wrapped]
    main = statistics.median(widths[len(widths) // 2:])
    if main <= PRINT_COLUMN_WIDTH:                     # (a printed column, not one paragraph a line)
        wrapped, widths, main = with_leads(span.body, wrapped)
    # The last paragraph set in another width with text of the article after it: a box after the
    # text (相关链接 printed between the text and a title set at its end) is no start, and cutting
    # through it would take the whole text away. (Searched from the end: one pass over the few
    # wrapped ones, after a scan back to the last unit of text.)
    last_text = next(k for k in range(len(span.body) - 1, -1, -1) if span.body[k].kind in TEXT_KINDS)
    # (A paragraph whose lines have the main width is the article's, whatever column its first
    # line's neighbours above give it.)
    cut = next((k for k, w in zip(reversed(wrapped), reversed(widths))
                if k < last_text and abs(w - main) > WIDTH_TOLERANCE * main
                and not in_column(span.body[k], main, w) and not is_letter_spaced(span.body[k].text)), None)
    if cut is not None and amid_decimal_sections(span.body, cut):
        return      # (a paragraph between a paper's own numbered sections is the paper's, however its window reads)
    if cut is not None and not (span.page_head and all(w > main for k, w in zip(wrapped, widths) if k <= cut)):
        # (under a title and byline at the page's head, text set wider than the article's column is its lead across
        # the columns, no sidebar: a page's standfirst stands over the head, not under it)
        drop_through(span, box_tail_end(span.body, cut, main))


def drop_standfirst_over_column_label(span: Span) -> None:
    """The page's standfirst and the column's label under it leave the page's first text, titled at its end: a
    paragraph or two under the running head, a lone short line (学思践悟, 党建论坛), then the text, whose own headings
    are numbered or set in two lines (is_column_label's test of the label, the standfirst over it). The label divides
    off nothing but the editors' words on the page, and tells the standfirst apart where widths cannot (a two-line
    paragraph whose first line is wider than the text's and its last shorter reads as set in the text's column) (qa250)."""
    if (label := column_label_under_standfirst(span)) is None:
        return
    span.residue.extend((u, "page furniture" if u.kind == U.META else "editor's note") for u in span.body[:label])
    span.residue.append((span.body[label], "column label"))
    span.body = span.body[label + 1:]


def drop_standfirst_under_column_label(span: Span) -> None:
    """The column's label at the page's head and the standfirst under it, set wider than the text, leave the page's
    first text, titled at its end (深入学习 / a paragraph or two across the page / the text in its narrower column): the
    label stands over the editors' words on the page, never over the text's first section, which a wider paragraph
    does not open (the reverse order, the label under the standfirst: drop_standfirst_over_column_label; qa272)."""
    if (end := standfirst_under_column_label(span)) is None:
        return
    start = run_end(span.body, 0, frozenset({U.META}))
    span.residue.extend((u, "page furniture") for u in span.body[:start])
    span.residue.append((span.body[start], "column label"))
    span.residue.extend((u, "editor's note") for u in span.body[start + 1:end])
    quotes = run_end(span.body, end, frozenset({U.QUOTE}))     # (pull quotes set between it and the text)
    span.residue.extend((u, "quote") for u in span.body[end:quotes])
    span.body = span.body[quotes:]


def standfirst_under_column_label(span: Span) -> int | None:
    """Where the text starts under the column's label and the standfirst set wider than it at the head of a span
    titled at its end (drop_standfirst_under_column_label), if they stand there."""
    if not span.title_lines or span.lead_titled or span.page_head or span.bylines and not span.signed_after:
        return None
    body = span.body
    label = run_end(body, 0, frozenset({U.META}))
    if not (label + 2 < len(body) and body[label].kind == U.PLAIN and is_column_label_name(body[label].text.strip())):
        return None
    text = [u.width for u in body[label + 1:] if u.kind == U.PARA and u.n_lines >= 2]
    if len(text) < 3:
        return None
    wider = statistics.median(text) * (1 + WIDTH_TOLERANCE)
    end = label + 1
    while end <= label + STANDFIRST_MAX_PARAS and body[end].kind == U.PARA and printed_width(body[end]) > wider:
        end += 1
    # (a text with no heading has no lone line a label could be taken for either)
    return end if end > label + 1 and (headings_unlike_lone_line(body[end:]) or not has_headings(body[end:])) else None


def has_headings(body: list[Unit]) -> bool:
    """Whether a text has a heading line, marked or plain."""
    return any(u.kind in (U.PLAIN, U.HEADING) for u in body)


def is_column_label_name(name: str) -> bool:
    """Whether a lone short line may be a column's label (学思践悟, 深入学习): short, no clause, no opening section's
    name (引言), no editor's note label (【编者按】 labels the note under it, no column: leading_note_at, qa109)."""
    return not (len(name) > COLUMN_LABEL_MAX_CHARS or P.CLAUSE_END.search(name) or P.OPENING_SECTION_NAME.match(name)
                or U.is_editors_label_line(name))


def column_label_under_standfirst(span: Span) -> int | None:
    """Where the column's label under the page's standfirst stands at the head of a span titled at its end
    (drop_standfirst_over_column_label), if it does."""
    if not span.title_lines or span.lead_titled or span.page_head or span.bylines and not span.signed_after:
        return None
    body = span.body
    start = run_end(body, 0, frozenset({U.META}))
    label = run_end(body, start, frozenset({U.PARA}))
    if not (0 < label - start <= STANDFIRST_MAX_PARAS and label + 1 < len(body) and body[label].kind == U.PLAIN
            and body[label + 1].kind == U.PARA):
        return None
    if not is_column_label_name(body[label].text.strip()):
        return None
    return label if headings_unlike_lone_line(body[label + 1:]) else None


def headings_unlike_lone_line(body: list[Unit]) -> bool:
    """Whether a text has headings, and every one is numbered (一、…), set in two lines or more (坚持保护第一 /
    筑牢…底线) or led by a label and a colon (动力：…): no lone unnumbered line heads a part of it as a column's label
    stands over it (a roundup's label, 学者观点, heads no part of it either: split_on_roundup, qa289). (A text with no
    other heading tells nothing: a paragraph, a short line, then the rest may be its opening and its one section.)"""
    plain = [k for k, u in enumerate(body) if u.kind == U.PLAIN]
    lone = [k for k in plain if (k == 0 or body[k - 1].kind != U.PLAIN) and (k + 1 == len(body) or body[k + 1].kind != U.PLAIN)
            and not is_label_led_heading(body[k].text.strip()) and not P.ROUNDUP_LABEL.match(body[k].text)]
    heads = [u for u in body if u.kind == U.HEADING]
    return bool(plain or heads) and not lone and all(u.marker for u in heads)


def is_label_led_heading(text: str) -> bool:
    """Whether a heading line is led by a short label and a colon (动力：…), which no column's label is (qa289)."""
    return ("：" in text or ":" in text) and P.LABEL_LED_HEADING.match(text) is not None


def amid_decimal_sections(body: list[Unit], cut: int) -> bool:
    """Whether the paragraph at `cut` stands among a paper's decimal sections: a heading of a decimal family (4.1 …) before
    it and one of the same family after it (4.3 …). A sidebar or standfirst set before an article's text stands before
    its numbered sections; a paragraph whose window a table or a figure's caption makes narrow (表2 …, rows of cells, a
    note, 4.2 …, then the paragraph) is the paper's own text (qa165)."""
    before = {u.family for u in body[:cut] if u.kind == U.HEADING and u.family and u.family.startswith("decimal")}
    return bool(before) and any(u.kind == U.HEADING and u.family in before for u in body[cut + 1:])


def box_tail_end(body: list[Unit], cut: int, main: float) -> int:
    """`cut`, or the last of the one-line paragraphs right after it set in the same narrower column (the box's last
    short paragraph, 目前，多地已开展试点。, 14 wide as the box over a text 22 wide): the box's too. (qa132)"""
    width = body[cut].width
    k = cut
    while (k + 1 < len(body) and body[k + 1].kind == U.PARA and body[k + 1].n_lines == 1
           and abs(body[k + 1].width - width) <= WIDTH_TOLERANCE * width and body[k + 1].width < (1 - WIDTH_TOLERANCE) * main):
        k += 1
    return k


# The kinds a box's label line takes: furniture (■链接), or a heading when set in brackets (【链接】).
BOX_LABEL_KINDS = frozenset({U.CREDIT, U.PLAIN, U.HEADING})
# A narrow box's label may read as a credit, a plain line or (■链接 over its paragraph) a pull quote's first line, and its
# paragraphs as paragraphs or the rest of that pull quote (reading_box_between_texts).
NARROW_BOX_LABEL_KINDS = frozenset({*BOX_LABEL_KINDS, U.QUOTE})
NARROW_BOX_KINDS = frozenset({U.PARA, U.QUOTE})


def is_qa_box(units: list[Unit]) -> bool:
    """Whether units are a box of questions and answers: paragraphs 问：… / 答：…, a question first."""
    paras = [u for u in units if u.kind == U.PARA]
    return (len(paras) >= 2 and paras[0].text.startswith("问")
            and all(P.QA_BOX_PARAGRAPH.match(u.text) for u in paras))


def reading_box_start(body: list[Unit], last_text: int) -> int:
    """Where a box of further reading at the text's end starts (its label: ■链接, 相关链接, over a paragraph or two
    to last_text), else last_text: the box's paragraphs, set narrower, neither measure the article's column nor
    are a sidebar before its start (qa56). (A few steps back from the end.)"""
    for k in range(last_text - 1, max(last_text - READING_BOX_MAX_PARAS - 1, 0), -1):
        if body[k].kind in BOX_LABEL_KINDS and P.READING_BOX_LABEL.match(body[k].text):
            return k
    return last_text


def with_leads(body: list[Unit], wrapped: list[int]) -> tuple[list[int], list[float], float]:
    """The wrapped paragraphs of a printed column, each as wide as printed_width says, with the one or two one-line
    paragraphs among them wider than the column (a topic box's lead set on one long line across the page), and the
    column's width: the median of the later half."""
    widths = [printed_width(body[k]) for k in wrapped]
    main = statistics.median(widths[len(widths) // 2:])
    leads = {k: w for k in range(wrapped[0], wrapped[-1]) if (u := body[k]).n_lines == 1 and u.kind == U.PARA
             and (w := display_width(u.text)) > (1 + WIDTH_TOLERANCE) * main}
    if not 0 < len(leads) <= STANDFIRST_MAX_PARAS:    # (not a page of one paragraph a line)
        return wrapped, widths, main
    pairs = sorted([*zip(wrapped, widths), *leads.items()])
    return [k for k, _ in pairs], [w for _, w in pairs], main


def drop_through(span: Span, cut: int) -> None:
    """Units up to `cut` leave the span (outside any article); of the plain lines that follow, only
    the clean ones right before the text stay, as its heading (the rest is page furniture), or as its title where
    the article has no title or byline of its own."""
    box = is_qa_box(span.body[: cut + 1])
    at = len(span.residue)              # (where the dropped units go in the residue: a label over them goes before them)
    span.residue.extend((u, "outside any article") for u in span.body[: cut + 1])
    span.body = span.body[cut + 1:]
    # (pull quotes the page set beside the dropped box stand before the lines right over the text: quotes, no text)
    q = run_end(span.body, 0, QUOTE_KINDS)
    span.residue.extend((u, "quote") for u in span.body[:q])
    span.body = span.body[q:]
    k = run_end(span.body, 0, PLAIN_KINDS)
    keep = trailing_clean(span.body[:k])
    span.residue.extend((u, "page furniture") for u in span.body[: k - len(keep)])
    if box and keep and len(span.title_lines) == 1:
        # the one line over a box of questions and answers is the box's label (读者问答), and the lines under the box
        # title the text under them (读者来信 / a letter's title / the letter) (qa77)
        span.residue.append((span.title_lines[0], "outside any article"))
        span.title_lines = []
        set_title(span, keep)
        keep = []
    if keep and span.lead_titled and not box and (not span.bylines or span.signed_after
                                                  and titles_signed_text(keep, span.body[k:])):
        # the lines over a sidebar set in another column, at the head of a text titled by the lines right over it (理论热词
        # / 一表通 / the box / 2026年…的若干思考 / the text): they label the box, and the lines under it title the text
        # (as over a box of questions and answers, qa77) (qa132); so they do when the text is signed only after it (the
        # page's topic over its standfirst, then a piece's own title over its text, 某某 / （作者单位：…）: lines that read
        # as a title, not a wrapped sentence's pieces left over a blank-line page's box, qa282)
        span.residue[at:at] = [(u, "outside any article") for u in span.title_lines]
        span.title_lines = []
        set_title(span, keep)
        keep = []
    if span.title_lines and is_column_label(keep, span.body[k:]):
        # a sidebar, then the column label over the text of an article titled at its end (名词解释 box /
        # 学习笔记 / text): the label opens no section, as over an article's text at the page's top (qa36, session 11)
        span.residue.extend((u, "column label") for u in keep)
        keep = []
    if keep and not (span.title_lines or span.bylines or span.after_note or span.under_label):
        # an article titled over its text, under the page's standfirst, and signed only by a note at its end
        # ((作者：…，分别系…)): nothing else titles it, and the lines are its title, not its first section (qa67)
        set_title(span, keep)
        keep = []
    span.body = keep + span.body[k:]
