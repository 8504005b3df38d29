"""Classify paragraph-level blocks into units: paragraph, heading, byline, note, quote, caption …

A unit keeps the block's text with markup and source spacing; the segmenter decides where each
unit goes (an article's title, byline or body, or residue).
"""
from __future__ import annotations

from typing import NamedTuple

from flows import patterns as P
from flows.bylines import Byline, byline
from flows.reflow import Block, display_width

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

# Units that sit between articles (title lines, bylines and page furniture).
HEADERISH = frozenset({PLAIN, BYLINE, QUOTE, CAPTION, CREDIT, SUBTITLE, NOTES})
# Units that are never part of an article's body.
RESIDUAL = frozenset({QUOTE, CAPTION, CREDIT, SUBTITLE, NOTES})

# A unit's width, n_lines and debris: the fields every unit of a block starts with, passed on
# as a tuple (Unit(kind, text, *base, …)) because building a dict per block costs more.
Base = tuple[float, int, str | None]


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

    @property
    def clean(self) -> bool:
        """A heading line without spaced-out words (those are column heads and slogans)."""
        return not P.CJK_GAP.search(self.text)


def units(blocks: list[Block], markdown: bool) -> list[Unit]:
    found = with_notes([unit(b, markdown) for b in blocks])
    if markdown or not found:
        return found
    # The document's first line, or an exclaiming or asking line over a byline, is a title. Only those
    # units are visited (a unit made a title here was no byline, so which units are over one stays the same).
    over_byline_at = {i - 1 for i, u in enumerate(found) if u.kind == BYLINE and i > 0}
    for i in sorted({0} | over_byline_at):
        u = found[i]
        first = i == 0 and looks_like_title(u.text, P.FIRST_TITLE_MAX_WIDTH)
        over_byline = i + 1 < len(found) and found[i + 1].kind == BYLINE and looks_like_title(u.text, P.HEADING_MAX_WIDTH)
        if u.kind == PARA and u.n_lines == 1 and (first or over_byline):
            found[i] = u._replace(kind=PLAIN, heading=u.text, family="plain")
    return found


def with_notes(found: list[Unit]) -> list[Unit]:
    """A 注释： or 参考文献 line and the numbered entries right under it are the article's notes:
    citations, not numbered measures, and not the text of another article."""
    # A cheap test first: most documents have no notes line.
    heads = [i for i, u in enumerate(found) if len(u.text) <= 12 and P.NOTES_HEADING.match(plain_text(u.text))]
    for i in heads:
        found[i] = found[i]._replace(kind=NOTES, heading=None, marker=None, family=None, byline=None)
        k = i + 1
        while k < len(found) and found[k].kind in (PARA, ITEM, HEADING) and P.FOOTNOTE_ENTRY.match(found[k].text):
            found[k] = found[k]._replace(kind=NOTES, heading=None, marker=None, family=None)
            k += 1
    return found


def with_markdown_title(found: list[Unit]) -> list[Unit]:
    """A Markdown document without a level-1 heading: an unnumbered heading before any text is its title."""
    if not found or any(u.kind == TITLE for u in found):
        return found
    first = found[0]
    if first.kind == HEADING and (first.family == "bold" or (first.marker or "").startswith("#")):
        return [first._replace(kind=TITLE, marker=None, family=None), *found[1:]]
    return found


def looks_like_title(text: str, max_width: float) -> bool:
    """A title may be longer than a heading (关于印发《…》的通知) and may ask or exclaim."""
    return (display_width(text) <= max_width and "。" not in text
            and (not P.CLAUSE_END.search(text) or bool(P.TITLE_END.search(text))))


def unit(block: Block, markdown: bool) -> Unit:
    text = block.text.strip()
    # Plain text: one regex call tells whether the steps that look at the start of the text (stray
    # marks, pull quotes, furniture, markers) can find anything; most blocks are prose. Markdown
    # text is always looked at, since its markup leaves only after debris is cut.
    marked = markdown or bool(P.MARKED_OR_FURNITURE_LINE.match(text))
    text, debris = without_debris(text) if marked else (text, None)
    base = (block.width, block.n_lines, debris)
    if markdown and (u := markdown_unit(text, base)):
        return u
    text = plain_text(text) if markdown else text
    # reflow has read the byline of a one-line block's line: asked again only of other text
    if found := block.byline if block.n_lines == 1 and text == block.text else byline(text):
        weak = len(found.authors) == 1 and not found.source and bool(P.NAME_LINE.match(text))
        return Unit(BYLINE, text, *base, byline=found, weak_byline=weak)
    if marked:
        if (m := P.PULL_QUOTE.match(text)) and looks_like_heading(text[m.end():].strip()):
            # A box before a heading-sized line is a bullet (rule 8 debris), not a pull quote.
            base = (block.width, block.n_lines, (debris or "") + m.group(0))
            text = text[m.end():].strip()
        if kind := furniture_kind(text):
            return Unit(kind, text, *base)
        if u := marked_heading(text, base):
            return u
    if not markdown and looks_like_heading(text):
        heading = unbracketed(text)
        marker = P.BRACKETS_MARKER if heading != text else None     # kept as written, like ##
        return Unit(PLAIN, text, *base, heading=heading, marker=marker, family="plain")
    return Unit(PARA, text, *base)


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


def markdown_unit(text: str, base: Base) -> Unit | None:
    if m := P.MD_HEADING.match(text):
        level, heading = len(m.group(1)), plain_text(m.group(2))
        if level == 1:
            return Unit(TITLE, heading, *base, heading=heading)
        if item := item_heading(heading, base):
            return item                   # ### 1. 破除市场准入壁垒: a measure with a heading line
        marker, heading = numbered(heading) or ("#" * level, heading)
        return Unit(HEADING, heading, *base, heading=heading, marker=marker, family=f"md{level}")
    if (m := P.MD_BOLD_LINE.match(text)) and looks_like_heading(m.group(1), numbered=True):
        heading = m.group(1).strip()
        # **一、主要成效** / **（一）…** / **1、…**: bold only sets off the line; its marker gives the
        # heading's grammar (and so its level), or makes it a measure's heading line.
        if P.MARKED_LINE.match(heading) and (u := marked_heading(heading, base)):
            return u
        if looks_like_heading(heading):
            return Unit(HEADING, heading, *base, heading=heading, family="bold")
    # **内容提要：** / **关键词：** / **来源：** are labelled front-matter fields in bold, not turns
    # of an interview: they fall through to furniture_kind.
    if (m := P.SPEAKER_TURN.match(text)) and not furniture_kind(plain_text(text)):
        body = plain_text(text[m.end():])
        speaker = m.group(1).strip()
        return Unit(PARA, f"{speaker}：{body}", *base, speaker=speaker)
    return None


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
        text = P.MD_LINK.sub(r"\1", text)
    if m := P.MD_BULLET.match(text):      # anchored: at most one bullet, at the start
        text = text[m.end():]
    if "*" in text or "_" in text or "`" in text:
        text = P.MD_EMPHASIS.sub("", text)
    return text.strip()


def furniture_kind(text: str) -> str | None:
    if not P.FURNITURE_LINE.match(text):
        return None                       # most lines: one regex call rules out every kind below
    if P.PULL_QUOTE.match(text):
        return QUOTE
    if P.SUBTITLE.match(text):
        return SUBTITLE
    if P.CAPTION.match(text):
        return CAPTION
    if P.CREDIT_LINE.match(text) or (P.WEB_CHROME.match(text) and display_width(text) <= P.WEB_CHROME_MAX_WIDTH):
        return CREDIT
    if P.AUTHOR_NOTE.match(text):
        return NOTE
    if P.ABSTRACT_LINE.match(text):
        return ABSTRACT
    if P.KEYWORDS_LINE.match(text):
        return KEYWORDS
    if P.SOURCE_DATE_LINE.match(text) or P.DATE_ONLY_LINE.match(text) or P.DOC_NUMBER_LINE.match(text):
        return META
    return None


def looks_like_heading(text: str, numbered: bool = False) -> bool:
    """Short, and not ending like a sentence or clause (a numbered heading may be a question)."""
    if "。" in text:
        return False                      # tested first: the cheapest test, and it rules out most text
    max_width = P.NUMBERED_HEADING_MAX_WIDTH if numbered else P.HEADING_MAX_WIDTH
    return (0 < display_width(text) <= max_width
            and (not P.CLAUSE_END.search(text) or (numbered and bool(P.QUESTION_END.search(text)))))


def marked_heading(text: str, base: Base) -> Unit | None:
    """A heading line with a section marker, or a numbered item's own heading line."""
    if not P.MARKED_LINE.match(text):
        return None                       # most lines: one regex call rules out every marker below
    for family, pattern in P.SECTION_MARKERS:
        m = pattern.match(text)
        if m and m.group(2) and looks_like_heading(m.group(2), numbered=True):
            return Unit(HEADING, text, *base, heading=m.group(2).strip(), marker=m.group(1), family=family)
    return item_heading(text, base)


def item_heading(text: str, base: Base) -> Unit | None:
    """A numbered item's own heading line (1、顶层设计与战略规划): an item numbered 1、 with its own
    heading line is a measure, not a section (the contract), also when Markdown sets it as ###."""
    m = P.ITEM_ARABIC.match(text)
    if m and looks_like_heading(text[m.end():]):
        return Unit(ITEM, text, *base, heading=text[m.end():].strip(), marker=text[: m.end()].strip(),
                    family="arabic")
    return None
