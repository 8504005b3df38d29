"""Split a normalised document into table rows: documents, articles, sections, paragraphs, measures, residue."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, compress, count, repeat
from operator import itemgetter, methodcaller
from typing import Any, NamedTuple

from flows import bylines as B
from flows import measures as M
from flows import patterns as P
from flows import units as U
from flows.articles import Span, is_motto_word, layout, trailing_clean
from flows.ids import numbered_id, stable_id
from flows.normalize import NormalizedDocument, collapsed_spaces, normalized_text
from flows.reflow import (blocks, column_label_match, despaced_page, is_letter_spaced, is_page_head, is_table_row,
                          with_boxes_after_cut_text, with_interleaved_boxes, with_markers_on_their_lines,
                          with_paper_notes_after_cut_text, with_run_on_signatures_on_their_lines)
from flows.units import Unit

# Paragraph ids hash this many leading characters, so that an edit later in a paragraph keeps its id.
ID_PREFIX_CHARS = 24
# Lines collapsed by one call in collapsed_text: enough that the calls cost little, few enough that a
# rescan for a rare leftover space run stays short.
COLLAPSE_CHUNK_LINES = 32
# Characters coverage does not count: white space and the Markdown marks that leave the text.
UNCOUNTED = " \t\n\r\u3000#*>"
# Units beside the text (front matter, credits, bylines) that do not decide whether a heading opens a section.
SIDE_KINDS = frozenset({U.META, U.ABSTRACT, U.KEYWORDS, U.BYLINE, *U.RESIDUAL})
# The text of a paragraph or residue row (a C-level getter: a map over it needs no Python frame per row).
TEXT_FIELD = itemgetter("text")
# Grammars whose lone marker is more often a word (统一是, 其一, 第一条生产线) than a one-item list.
WORD_LIKE_FAMILIES = frozenset({"shi", "yao", "qi", "di", "article", "cn_dun"})
# Grammars whose lone marker is not a list of one: WORD_LIKE_FAMILIES, and a circled digit, alone in its section
# more often a footnote's mark left in the text (…差距。①推动…) than an item. (qa43)
LONE_MARK_FAMILIES = WORD_LIKE_FAMILIES | {"circled"}
# Grammars numbered through the whole article across its sections (第一条 … 第九条 of rules): the
# numbering of a section's list continues the last one's (no "starts at 5" note; a lone 第五条 is kept).
ARTICLE_WIDE_FAMILIES = frozenset({"article"})
# How far above the last number of the section before a list's first number may stand for the list to carry on that
# enumeration (segment.carried_list; numbering_note names up to five missing numbers).
CARRIED_GAP = 5
# Fewest numbered paragraphs, and fewest sections they run through, for a paper's paragraph numbering (1. … N. from its
# first paragraph on): fewer is a list of points that a plan may number across two or three headings.
PARAGRAPH_NUMBERING_MIN = 5
PARAGRAPH_NUMBERING_MIN_SECTIONS = 3
# Fewest numbered paragraphs of a press release's numbering (its lead paragraphs unnumbered, then 2., 3. … N. on
# paragraphs of their own): a list of points that lost its 1. is rarely three paragraphs long after unnumbered text.
RELEASE_NUMBERING_MIN = 3


def lines_in_reading_order(doc: NormalizedDocument) -> tuple[str, ...] | list[str]:
    """The document's lines, a plain-text page set letter-spaced throughout despaced (reflow.despaced_page), a section's
    marker set alone on its line put before the text under it (reflow.with_markers_on_their_lines), a bulleted
    signature run on after a text's last sentence put on a line of its own (with_run_on_signatures_on_their_lines), a
    plan's box printed amid a sentence moved after it (reflow.with_boxes_after_cut_text). Only a plain-text document whose
    raw text holds a box label (专栏, or 專欄 before rule 2; 链接 or 阅读 in either script: the raw text is not yet
    Simplified) is tried for boxes: a substring search of the text costs next to nothing, a pass over every
    document's lines does not (qa69)."""
    raw = doc.raw
    if raw.is_markdown:
        return doc.lines
    lines = with_markers_on_their_lines(despaced_page(doc.lines, raw.text))
    if "【" in raw.text:
        lines = with_bracketed_fields_unbracketed(lines)
    if any(map(raw.text.__contains__, P.RUN_ON_SIGNATURE_BULLETS)):
        lines = with_run_on_signatures_on_their_lines(lines)     # (……好日子”。◎顾清扬, qa224)
    if P.SUBTITLE_DASH in raw.text:
        lines = with_speakers_off_subtitles(lines)
    if holds_any(raw.text, P.READING_BOX_LABEL_SPELLINGS) or holds_any(raw.text, P.PROFILE_BOX_LABEL_SPELLINGS):
        lines = with_interleaved_boxes(lines)     # (a profile box, 作者简介, too: qa151)
    if holds_any(raw.text, P.FIRST_PAGE_NOTE_WORDS):
        lines = with_paper_notes_after_cut_text(lines)     # (notes amid a sentence, qa209)
    if not holds_any(raw.text, P.BOX_LABEL_SPELLINGS):
        return lines
    return with_boxes_after_cut_text(lines)


def with_speakers_off_subtitles(lines: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """A speaker's office and name glued after a title's subtitle (政府工作报告——…会议上 市长 张三) put on a line of their own,
    where they are read as the byline, not as the title's end (SPEAKER_AFTER_SUBTITLE, qa204). Only lines holding the
    subtitle's dash are tried."""
    glued = [(i, found) for i, line in enumerate(lines) if P.SUBTITLE_DASH in line
             and (found := P.SPEAKER_AFTER_SUBTITLE.match(line)) is not None]
    if not glued:
        return lines
    out = list(lines)
    for i, found in reversed(glued):
        out[i:i + 1] = [found.group(1), found.group(2)]
    return out


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether text holds one of the words (any(word in text for word in words)). A word is looked for only in a text
    that holds each of its characters: a test for one character runs at memchr speed, a search for two characters in
    a text of Chinese several times slower, and most texts lack one of a label's characters (专栏: 栏; 專欄 and the
    other Traditional spellings)."""
    return any(all(map(text.__contains__, word)) and word in text for word in words)


def with_bracketed_fields_unbracketed(lines: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """A web page's line of fields set each in square brackets (【来源：某某网】【作者：某某】【时间：…】) as the plain line of
    fields it is (来源：某某网 | 作者：某某 | 时间：…), which the rules read for source, authors and date (qa108). Only lines
    opening with 【 are tried (a C-level prefix test first)."""
    opened = list(compress(count(), map(methodcaller("startswith", "【"), lines)))
    if not opened:
        return lines
    out = list(lines)
    for i in opened:
        if (fields := unbracketed_fields(out[i])) is not None:
            out[i] = fields
    return out


def unbracketed_fields(line: str) -> str | None:
    """【来源：某某网】【作者：某某】 -> 来源：某某网 | 作者：某某, if the line is made only of bracketed fields (BRACKETED_FIELD),
    at least BRACKETED_FIELDS_MIN of them, or of one bracketed source label and its value (BRACKETED_SOURCE_FIELD); else
    None."""
    if (lone := P.BRACKETED_SOURCE_FIELD.match(line)) is not None:
        return f"{lone.group(1)}：{lone.group(2)}"  # (a digest item's 【来源】 with its value: qa201)
    found = list(P.BRACKETED_FIELD.finditer(line))
    if len(found) < P.BRACKETED_FIELDS_MIN or "".join(m.group(0) for m in found).strip() != line.strip():
        return None
    return " | ".join(f"{m.group(1)}：{m.group(2) or m.group(3)}" for m in found)


def document_tables(doc: NormalizedDocument) -> dict[str, list[dict]]:
    raw = doc.raw
    doc_id = stable_id("d", raw.source_path)
    metadata = front_matter_fields(raw.metadata)
    unit_list = U.units(blocks(lines_in_reading_order(doc), raw.is_markdown), raw.is_markdown)
    if raw.is_markdown and not metadata.get("title"):
        unit_list = U.with_markdown_title(unit_list)
    found = layout(unit_list, raw.is_markdown, metadata.get("title"))
    page_date = page_head_date(unit_list)
    tables: dict[str, list[dict]] = {t: [] for t in ("articles", "sections", "paragraphs", "measures", "residue")}
    residue = Residue(doc_id)
    article_keys: Counter = Counter()
    for ordinal, span in enumerate(found.spans, start=1):
        ArticleBuilder(doc_id, ordinal, span, metadata if ordinal == 1 else {}, article_keys,
                       residue, page_date).build_into(tables)
    for k, row in enumerate(tables["articles"], start=1):
        row["ordinal"] = k                  # (1-based among the articles built: a span with no text makes none)
    for u, reason in found.residue:
        residue.add(u.text, reason)
    for u in unit_list:
        if u.debris:
            residue.add(u.debris, "layout debris before a heading")
    tables["residue"] = residue.rows
    tables["documents"] = [document_row(doc, doc_id, metadata.get("title"), tables)]
    return tables


def glued_to_affiliation(name: str, people: tuple[str, ...], text: str) -> bool:
    """Whether a byline's "name" is one of `people` run into the institution that `text` (their byline) gives as
    their affiliation (周某某某某研究中心, 作者：周某某，某某研究中心研究员): the person, glued to the page's publisher."""
    return any(name.startswith(p) and (rest := name[len(p):]) in text and P.INSTITUTION_ONLY.match(rest) is not None
               for p in people)


def page_head_date(unit_list: list[Unit]) -> date | None:
    """The date of a newspaper page's running head (4 评论 2025年4月16日 星期三): the day every article on
    the page was published, for those that give no date of their own. (Running heads are META units, few.)"""
    head = next((u.text for u in unit_list if u.kind == U.META and is_page_head(u.text)), None)
    if not head:
        return None
    # (qa193: 二〇二六年…; qa278: 中华民国115年3月18日, a Taiwan paper's)
    return B.date_of(P.BARE_DATE.search(head)) or B.cn_numeral_date(head) or B.republic_day_in(head)


def text_of(s: str) -> str:
    """A text field as stored: spaces collapsed by rule 5, trimmed."""
    return collapsed_spaces(s).strip()


def front_matter_fields(metadata: dict[str, str]) -> dict[str, str]:
    """The front matter's fields as the text's fields are stored: rules 2-5 apply to them too (a Traditional
    title is converted, a half-width ? after Chinese text becomes ？), or a title from the front matter
    would not read as the same title in the text."""
    if not metadata:
        return metadata
    fields = {key: normalized_text(value) for key, value in metadata.items()}
    if (names := spaced_author_names(metadata.get("author", ""))) is not None:
        fields["author"] = names
    return fields


def spaced_author_names(value: str) -> str | None:
    """The names of a front-matter author field that parts several people by spaces (贺知南　佟雨萱, qa122), joined by
    、: rule 5 would glue them into one name (贺知南佟雨萱), as it glues no names a byline parts. None for any other value."""
    if not P.CJK_GAP.search(value) or not (found := B.byline(value.strip())) or len(found.authors) < 2:
        return None
    return "、".join(found.authors)


def document_row(doc: NormalizedDocument, doc_id: str, title: str | None, tables: dict) -> dict:
    raw = doc.raw
    text = collapsed_text(doc.lines)
    return {"doc_id": doc_id, "source_path": raw.source_path, "content_sha256": raw.content_sha256,
            "encoding": raw.encoding, "script": doc.script, "n_chars": len(text.strip()), "n_bytes": raw.n_bytes,
            "title": title, "warnings": list(raw.warnings), "coverage": coverage(doc, text, tables)}


def collapsed_text(lines: tuple[str, ...]) -> str:
    """The lines joined by newlines with spaces collapsed (rule 5) line by line.

    Collapsing lines joined by newlines gives the lines collapsed one by one, joined: no space run
    crosses a newline, and a newline beside a run acts as the text's start or end. So this collapses
    chunks of lines: a call per chunk instead of a Python call per line (most lines hold no space),
    and the rare run left for collapsed_spaces' second pass (a slow character-class scan) costs a
    scan of its chunk, not of the whole document."""
    step = COLLAPSE_CHUNK_LINES
    return "\n".join([collapsed_spaces("\n".join(lines[i:i + step])) for i in range(0, len(lines), step)])


def coverage(doc: NormalizedDocument, text: str, tables: dict) -> float:
    """Share of the document's non-space characters that landed in some record (1.0 = nothing lost).

    `text` is the document's lines joined by newlines (which are not counted), spaces collapsed or not."""
    if doc.raw.is_markdown:                                 # markup is not text: it leaves by rule 7
        text = "".join(map(U.plain_text, doc.lines))
    total = counted_chars(text)
    placed = counted_chars("".join([*map(TEXT_FIELD, tables["paragraphs"]), *map(TEXT_FIELD, tables["residue"]),
                                    *(r["heading"] + (r["marker"] or "") for r in tables["sections"]),
                                    *chain.from_iterable(r["front_matter"] for r in tables["articles"])]))
    return round(min(1.0, placed / total), 4) if total else 1.0


def counted_chars(s: str) -> int:
    """Characters coverage counts: all but UNCOUNTED ones. Each count is a pass over the whole text
    (a plain loop); a membership test, mostly at memchr speed, first rules out the absent characters,
    so only those present are counted (usually spaces and newlines)."""
    return len(s) - sum([s.count(c) for c in UNCOUNTED if c in s])


class Residue:
    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.rows: list[dict] = []

    def add(self, text: str, reason: str) -> None:
        text = text_of(text)
        if text:
            self.rows.append({"doc_id": self.doc_id, "ordinal": len(self.rows) + 1, "text": text, "reason": reason})


@dataclass
class ListState:
    list_id: str
    family: str
    last: int
    items: list[tuple[tuple[int, int], dict]] = field(default_factory=list)   # ((paragraph, offset), row)


class OpenItem(NamedTuple):
    """A paragraph-level item whose scope runs to the next item or section (a named tuple: one is
    made per item, and a frozen dataclass is several times slower to build)."""
    row: dict
    family: str
    heading_item: bool          # a heading line: the paragraphs after it are its body


class ArticleBuilder:
    """Turns one article span into rows; keeps the running state (current section, open lists)."""

    def __init__(self, doc_id: str, ordinal: int, span: Span, metadata: dict, article_keys: Counter,
                 residue: Residue, page_date: date | None = None):
        self.doc_id, self.ordinal, self.span, self.metadata = doc_id, ordinal, span, metadata
        self.residue = residue
        title_lines = span.title_lines
        if path := column_path_over_title(title_lines):
            residue.add(path, "column label")       # 专栏｜城市笔记 / the title (qa151)
            title_lines = title_lines[1:]
        elif label := box_label_over_title(title_lines):
            residue.add(label, "box")               # 名词解释 / “标准地” / its text: the box's label (qa151)
            title_lines = title_lines[1:]
        title_line = title_text(title_lines)
        column, self.title = column_and_title((title_line and without_footnote_mark(title_line)) or metadata.get("title")
                                              or talk_topic(span.body))
        if column:
            residue.add(column, "column label")
        self.title, site = without_site_suffix(self.title)
        if site:
            residue.add(site, "page furniture")     # …_东湖发展研究院: the site's name after a page's title (qa149)
        if (self.title and self.title[-1:] in P.TITLE_ADVERT_TAG_ENDS
                and (m := P.TITLE_ADVERT_TAG.search(self.title)) and m.start()):
            residue.add(m.group(0).strip(), "advert label")   # 某某博览会6月开幕（推广）: the label leaves the title (qa98)
            self.title = self.title[:m.start()]
        # A titled article is known by its title; an untitled one by its place among the untitled
        # ones, so that editing or inserting its first paragraph keeps every id inside it.
        key = self.title or "\x00untitled"
        article_keys[key] += 1
        self.article_id = stable_id("a", doc_id, key, article_keys[key])
        self.sections: list[dict] = []
        self.paragraphs: list[dict] = []
        self.measures: list[dict] = []
        self.section_path: list[tuple[str, dict]] = []      # (family, section row) from the top level
        self.section_id: str | None = None                  # the innermost open section's id
        # defaultdict(int), not Counter: a first key costs no Python call (one per row here).
        self.children: defaultdict[str | None, int] = defaultdict(int)   # sections so far under each parent id
        self.lists: dict[str, ListState] = {}               # the open list of each numbering grammar
        self.finished: list[ListState] = []
        self.numbered_to: dict[str, int] = {}               # the last ordinal of each ARTICLE_WIDE_FAMILIES list so far
        self.section_lists: dict[str, ListState] = {}      # the last top-level list of each grammar closed (carried_list)
        self.held_openers: dict[str, tuple[int, ListState]] = {}   # a lone 第一条 kept back: where it goes, its list
        self.open_item: OpenItem | None = None
        self.open_sub_item: OpenItem | None = None          # a heading item nested in open_item (（1） under 1、)
        self.keys: dict[tuple[str, str, str], int] = {}      # occurrences of each id key so far
        self.front: list[str] = []                          # title, byline and metadata lines (front_matter)
        self.abstract: str | None = None
        self.abstract_follows = False                       # a lone label 摘要 was read: the next paragraph is the abstract
        self.keywords: list[str] = []
        self.source: str | None = None
        self.published = B.published_date(metadata.get("date"))
        self.dated_by_day_line = False                      # published read off a portal's day line (see PUBLICATION_DATE_FIELD)
        self.source_unlabelled = False                      # source read off a site's name on a date line, no 来源 label
        self.page_date = page_date                          # the page's date: the article's unless it gives its own

    # ---------------------------------------------------------------- assembly

    def build_into(self, tables: dict) -> None:
        authors, source = self.authors()
        self.source = source
        self.published = self.published or self.byline_date()
        for u, reason in self.span.residue:
            self.residue.add(u.text, reason)
        pending_headings: list[Unit] = []
        body = self.span.body
        if (note := leading_note_at(body)) is not None:
            # (with its label on the line over it, 【编者按】, if it has one: qa109)
            start = (note - 1 if note and (U.is_editors_label_line(body[note - 1].text) or is_note_label_line(body[note - 1]))
                     else note)
            for u in body[start:note + 1]:
                self.residue.add(u.text, "editor's note")
            body = body[:start] + body[note + 1:]
        elif (points := key_points_lead(body)) is not None:
            k, summary = points                 # 核心观点：…: the label leaves, the summary stays the first paragraph (qa139)
            self.abstract = text_of(summary)
            self.front.append(body[k].text[: len(body[k].text) - len(summary)])
            body = body[:k] + [body[k]._replace(text=summary)] + body[k + 1:]
        elif (lead := talk_note(body)) is not None:
            label, self.abstract = lead
            if label is not None:               # 编者的话 on a line of its own over the note: its label, no section
                self.front.append(body[label].text)
                body = body[:label] + body[label + 1:]
        elif (label := lead_box_label_at(body)) is not None:
            # 导读 on a line of its own over the lead: the box's label leaves, the lead stays text (qa152)
            self.front.append(body[label].text)
            self.abstract = self.abstract or text_of(body[label + 1].text)
            body = body[:label] + body[label + 1:]
        body = self.without_run_in_column_label(body)
        for u in body:
            kind = u.kind
            if kind == U.PLAIN:
                pending_headings.append(u)
                continue
            if pending_headings and kind not in SIDE_KINDS:     # a heading opens a section only if text follows it
                head_row = pending_headings.pop() if kind == U.PARA and is_table_head(pending_headings[-1], u) else None
                self.flush_headings(pending_headings)
                pending_headings = []
                if head_row:
                    self.add_paragraph(head_row)
            elif pending_headings and kind == U.META and P.DATE_ONLY_LINE.match(u.text):
                # A line over a bare date is a signature (发文机关 and date), not a heading; a bracketed contact line
                # over the signature is the text's last paragraph, a note no item holds (qa150).
                for h in pending_headings:
                    if h.text[:1] in "（(" and P.BRACKETED_CONTACT_LINE.match(h.text):
                        self.add_paragraph(h._replace(kind=U.NOTE))
                    else:
                        self.residue.add(h.text, "closing line")
                pending_headings = []
            if kind == U.PARA and not self.abstract_follows:
                self.add_paragraph(u)           # the commonest unit, without add_unit's dispatch
            else:
                self.add_unit(u)
        for u in pending_headings:              # lines after the last paragraph: a signature
            if not self.closing_source(u):
                self.residue.add(u.text, "closing line")
        self.close_lists()
        if self.measures and self.paragraphs[0]["text"][:1].isdecimal():
            self.measures = without_paragraph_numbers(self.measures, self.paragraphs[0]["paragraph_id"])
        elif self.measures and self.measures[0]["ordinal"] == 2:
            self.measures = without_release_numbers(self.measures, self.paragraphs)
        mark_speakers(self.paragraphs)
        self.front += [u.text for u in self.span.title_lines + self.span.bylines]
        if not self.paragraphs and not self.sections:
            # a title over no text (a kicker's line left between an article's closing credit and the next piece's
            # title): no article; its lines are residue (qa183)
            for t in self.front:
                self.residue.add(t, "no article text")
            return
        tables["articles"].append(self.article_row(authors))
        tables["sections"] += self.sections
        tables["paragraphs"] += self.paragraphs
        tables["measures"] += self.measures

    def authors(self) -> tuple[list[str], str | None]:
        names: list[str] = []
        source = None
        for u in self.span.bylines:
            if u.byline:
                names += [n for n in u.byline.authors if n not in names and not B.names_no_one(n)]
                source = source or u.byline.source
        names = [n for n in names if not self.affiliation_of_another(n)]
        if not names and self.metadata.get("author"):
            names = list(B.metadata_authors(self.metadata["author"]))
        elif names and (group := self.front_matter_group()) and group not in names:
            names = [group, *names]       # author: 某中心课题组 over 课题组负责人：甲　执笔：乙: the group signs with them
        if not names:
            names = self.authors_in_text()
        named = None if source in P.SELF_OUTLETS else source
        return names, named or self.metadata.get("source") or source

    def front_matter_group(self) -> str | None:
        """The research group the front matter names as the author (author: 某某研究中心课题组), if it does: a group
        signs with the writers its report names at the head (as a group's byline over them does), where a front-matter
        person is only the byline's own name again (qa114)."""
        value = self.metadata.get("author") or ""
        if not value.endswith(P.GROUP_AUTHOR_ENDS):
            return None
        found = B.metadata_authors(value)
        return found[0] if len(found) == 1 and found[0].endswith(P.GROUP_AUTHOR_ENDS) else None

    def affiliation_of_another(self, name: str) -> bool:
        """Whether a byline's name is only an institution that another byline, naming a person, gives as that person's
        affiliation (江南城乡发展研究中心 over the text, 作者：沈立秋，江南城乡发展研究中心研究员 under it): the page's
        publisher, no author (qa104); nor is a person's name glued to that institution (周某某江南城乡发展研究中心 over
        the text, as a think tank's page heads it, qa149)."""
        if not P.INSTITUTION_ONLY.match(name):
            return False
        return any(u.byline.authors and name not in u.byline.authors
                   and (name in u.text or glued_to_affiliation(name, u.byline.authors, u.text))
                   for u in self.span.bylines if u.byline)

    def source_from_reprint_note(self, text: str) -> None:
        """A credit naming where the piece first ran (（本文刊发于《某刊》2026年第2期）, 本文原载于《某报》2026年6月12日): its
        source where no byline named one but the paper's own (本刊), and its date where it gives one (qa108)."""
        if not (((P.REPRINT_NOTE.match(text) or P.REPRINT_NOTE_WITH_COLUMN.match(text))
                 and (m := P.REPRINT_NOTE_SOURCE.match(text)))
                or (m := P.SHORT_VERB_REPRINT_NOTE.match(text)) or (m := P.REPRINT_NOTE_WITH_EDIT_NOTE.match(text))):
            return                        # (本文刊于《某刊》…: the short verb's note names its publication too, qa122)
        if not self.source or self.source in P.SELF_OUTLETS:
            self.source = m.group(1)
        self.published = self.published or B.date_of(P.BARE_DATE.search(text))

    def closing_source(self, u: Unit) -> bool:
        """A closing line naming where the piece was published (（来源：江宁日报　2026年3月5日　第3版）, or a reprint's
        （摘自《东川日报》2026年3月5日）, qa95): its source, where no byline named one but the paper's own (本报), and its date;
        the line is front matter, no closing line (qa92)."""
        if u.text[:1] not in P.SOURCE_CLOSING_LINE_INITIALS or not (name := U.closing_source(u.text) or U.reprint_source(u.text)):
            return False                        # (（来源：本报综合）: the paper's own desk, no publication named)
        if not self.source or self.source in P.SELF_OUTLETS or self.source_unlabelled:
            # (a portal's own name on its date line, 2026-03-04 10:12 某某新闻网, names the site, not the publication the
            # labelled note names: the note's publication is the source, qa276)
            self.source, self.source_unlabelled = name, False
        self.published = self.published or B.date_of(P.BARE_DATE.search(u.text))
        self.front.append(u.text)
        return True

    def byline_date(self) -> date | None:
        """2025-06-18 02:10 联合报／ 陈怡君: a web opinion page's byline may open with the time the piece was posted; a
        speech's speaker and day in one pair of brackets under its title (（市长　某某　2026年3月9日）) give the day it
        was given (qa252), as its bare （2026年3月9日） line under the title does."""
        return next((d for u in self.span.bylines if (u.text[:1].isdigit() or B.is_speaker_day_line(u.text))
                     and (d := B.published(u.text))), None)

    def authors_in_text(self) -> list[str]:
        """No byline: the author field of a front-matter line (or the writer of a WeChat head line), the
        reporters of a dateline, or the authors an author note names."""
        metas = [u.text for u in self.span.body if u.kind == U.META]
        # (rule 5 glues names parted by a space, 作者：郑文博 许嘉怡 来源：…: those are read as written)
        # (a labelled author field names the writers before a WeChat head line's writer does, which may be one of them
        # or the account's editor: 原创 林某 公众号 … over 来源：… | 作者：林某 郑某, qa159)
        found: tuple[str, ...] = (next((a for t in metas if (a := B.field_authors(text_of(t)) or B.field_authors(t))), ())
                                  or next((a for t in metas if (a := B.head_line_authors(t))), ()))
        first = next((u.text for u in self.span.body if u.kind == U.PARA), "")
        # (as stored, 记者 何 静 reads as one name; as written, 记者 罗晓岚 邹一帆 reads as two, rule 5 having glued them)
        found = found or B.dateline_authors(text_of(first)) or B.dateline_authors(first)
        # a speech whose subtitle names its speaker, no byline (the subtitle is a title line, or set aside as furniture)
        for u in self.span.title_lines + [u for u, _ in self.span.residue]:
            found = found or B.subtitle_speaker(u.text)
        for u in self.span.body:
            if not found and u.kind == U.NOTE:
                # a signature (……。（江 帆）) has its names read; an author note as written: spaces may part the names
                found = u.byline.authors if u.byline else B.note_authors(u.text.strip())
        found = found or self.closing_name_post()
        # ((本报评论员) signs as ■ 本报评论员 does: the paper's voice, no one's name, qa183; (东 宣) a unit, qa228)
        return [n for n in found if not B.names_no_one(n)]

    def closing_name_post(self) -> tuple[str, ...]:
        """The writer a line of name and academic post after the text's last paragraph names (……。 / 梁某某　某某大学公共
        政策学系副教授): a commentary's signature there, as the same line under a guest label introduces a guest (qa207)."""
        body = [u for u in self.span.body if u.kind not in U.RESIDUAL]
        if len(body) < 2 or body[-1].kind != U.PLAIN or body[-2].kind != U.PARA:
            return ()
        m = P.NAME_POST_SIGNATURE.match(body[-1].text)
        return (m.group(1),) if m else ()

    def title_from_field(self, text: str) -> None:
        """The value of a page's labelled title field (标题：…, TITLE_FIELD_LINE) as the article's title, where the title
        lines do not give it (none, or the site's name over the fields); the lines read as the title stay front matter
        (qa149)."""
        if ((m := P.TITLE_FIELD_LINE.match(text)) and (value := text_of(m.group(1)))
                and not (self.title and (value in self.title or self.title in value))):
            self.title = value

    def date_from_field_line(self, text: str) -> None:
        """The date a front-matter line gives, if none was read yet; but a publication field (发布时间：…) under a
        portal's line of the day's date and weekday (2026年6月9日 星期二, the day the page was viewed) dates the
        article instead (qa149)."""
        if self.published is None:
            self.published = B.published(text)
            self.dated_by_day_line = (self.published is not None and any(w in text for w in P.WEEKDAY_WORDS)
                                      and P.DATE_ONLY_LINE.match(text) is not None)
        elif self.dated_by_day_line and P.PUBLICATION_DATE_FIELD.search(text) and (found := B.published(text)):
            self.published, self.dated_by_day_line = found, False

    def add_unit(self, u: Unit) -> None:
        if u.kind in (U.HEADING,):
            heading, marker = u.heading or u.text, u.marker
            if marker is None and (split := number_and_heading(heading, labelled=False)):
                marker, heading = split     # **01｜…** / **01 / …**: a bold heading's number is its marker too (qa230)
            self.add_section(heading, marker, u.family or "plain")
        elif u.kind == U.META and self.paragraphs and u.text[:1] in "时地" and P.MEETING_FIELD_LINE.match(u.text):
            self.add_paragraph(u)       # a notice's 时间：/地点： under its opening sentence: its text (qa122)
        elif u.kind == U.META:
            self.front.append(u.text)
            if (not self.source or self.source in P.SELF_OUTLETS) and (found := B.source(u.text)):
                self.source, self.source_unlabelled = found, P.SOURCE_FIELD.search(u.text) is None
            self.date_from_field_line(u.text)
            if u.text[:1] == "标":
                self.title_from_field(u.text)
        elif u.kind == U.ABSTRACT:
            if not (value := field_value(P.ABSTRACT_LINE, u.text)):
                self.front.append(u.text)       # the label alone (摘要): the abstract is the paragraph under it
                self.abstract_follows = True
                return
            # The abstract is also the paper's first paragraph: readers search article text for it.
            self.abstract = text_of(value)
            self.front.append(u.text[: len(u.text) - len(self.abstract)])
            self.add_paragraph(u._replace(text=self.abstract))
        elif u.kind == U.KEYWORDS:
            self.front.append(u.text)
            # the first keywords line (a paper's Chinese 关键词 before its English Key words)
            # (a line with no label is the keywords under a label alone: units.with_keywords_under_label)
            value = m.group(1) if (m := P.KEYWORDS_LINE.match(u.text)) else u.text
            self.keywords = self.keywords or [k for k in map(text_of, B.keywords(value or "")) if k]   # split before rule 5 (qa220)
        elif u.kind == U.BYLINE:
            self.front.append(u.text)
            if u.byline and not any(b.byline for b in self.span.bylines):
                self.span.bylines.append(u)
        elif u.kind in U.RESIDUAL:
            if u.kind == U.CREDIT and u.text[:1] in P.REPRINT_NOTE_FIRSTS:
                self.source_from_reprint_note(u.text)
            self.residue.add(u.text, u.kind)
        elif u.kind == U.NOTE and u.byline:
            if not self.closing_source(u):          # （来源：…）: the source and date (qa92)
                self.front.append(u.text)       # a signature after the text (……。（江 帆）): a byline, not text
        else:                                               # PARA, ITEM, NOTE, TITLE
            if self.abstract_follows:
                self.abstract, self.abstract_follows = text_of(u.text), False
            self.add_paragraph(u)

    def flush_headings(self, lines: list[Unit]) -> None:
        """Consecutive plain heading lines: one section (two-line headings), earlier lines furniture."""
        if not lines:
            return
        if len(lines) > 1 and (k := bar_heading_under_words(lines)):
            self.flush_headings(lines[:k])      # 01 / 取得的进展 / ▌制度框架初步搭建: the part's heading, then
            self.flush_headings(lines[k:])      # its first sub-heading, each a section (qa152)
            return
        if any(is_data_box_figure(u.text) for u in lines):
            for u in lines:                     # 数说 / 86.4万辆 / …产量: a data box amid the text, no heading (qa229)
                self.residue.add(u.text, "page furniture")
            return
        if len(lines) == 1 and self.runs_on_spaced_heading(lines[0]):
            return
        keep = trailing_clean(lines)
        if not keep and not is_motto_word(lines, len(lines) - 1):
            keep = lines[-1:]                                   # a spaced-out heading
        dropped = lines[: len(lines) - len(keep)]
        numeral = lone_numeral_over(dropped, keep)
        for u in dropped[: len(dropped) - (numeral is not None)]:
            self.residue.add(u.text, "page furniture")
        if not keep:                                            # a motto over the text: no heading
            return
        marker = keep[0].marker if len(keep) == 1 else None     # a one-line heading set in 【】
        family = "plain"
        if numeral is not None:
            self.add_section(heading_text(keep) or "", numeral, "cn")   # 一 / 把握县域定位 / …: its marker (qa141)
            return
        if len(keep) == 2 and is_number_over_heading(keep[0].text):
            marker, keep = keep[0].text, keep[1:]               # 01 / 夯实数据底座: the number is the marker
        elif len(keep) == 2 and (bare := bare_section_marker(keep[0].text)):
            (family, marker), keep = bare, keep[1:]             # 第一章 / 引言: the marker, in its own grammar (qa99)
        elif len(keep) == 2 and P.PAPER_PART_HEADING.match(keep[0].text):
            self.add_section(keep[0].text, None, family)        # 建议 / 优化监管框架: a part, then its heading (qa142)
            keep = keep[1:]
        elif len(keep) == 1 and marker is None and (split := number_and_heading(keep[0].text)):
            marker, heading = split                             # 01｜夯实数据底座: the number is the marker (qa110)
            self.add_section(heading, marker, family)
            return
        elif marker is not None and marker in P.HEADING_BARS and self.in_numbered_part():
            family = P.BAR_SUBHEADING_FAMILY                    # 01 / a part / ▌its sub-heading: a level under (qa152)
        self.add_section(heading_text(keep) or "", marker, family)

    def in_numbered_part(self) -> bool:
        """Whether the section open now is a part numbered as a WeChat page numbers its parts (01 over the heading,
        01｜…, PART 1), or a bar-headed sub-section of one: a heading set after a bar is then a part's sub-heading."""
        if not self.section_path:
            return False
        family, row = self.section_path[-1]
        return family == P.BAR_SUBHEADING_FAMILY or is_number_over_heading(row["marker"] or "")

    # ---------------------------------------------------------------- sections

    def runs_on_spaced_heading(self, line: Unit) -> bool:
        """Whether a short letter-spaced line right under a marked heading, before any text, is that heading's second
        line (三 、 抓 共 建 共 享 / 增 活 力, set in a letter-spaced column): it is added to the heading (qa229)."""
        if not (self.sections and self.sections[-1]["marker"] and not line.clean and is_letter_spaced(line.text)
                and len(text := text_of(line.text)) <= P.SPACED_HEADING_RUN_ON_MAX_CHARS
                and not P.CLAUSE_END.search(text)):
            return False
        row = self.sections[-1]
        if row["section_id"] != self.section_id or (self.paragraphs and self.paragraphs[-1]["section_id"] == self.section_id):
            return False
        row["heading"] += text
        return True

    def add_section(self, heading: str, marker: str | None, family: str) -> None:
        heading = without_footnote_mark(text_of(heading))
        if marker is None and not family.startswith("md") and is_key_points_label(heading):
            family = P.KEY_POINTS_BOX_FAMILY    # a label line (核心观点, **核心观点**); a ## heading keeps its level
        families = [f for f, _ in self.section_path]
        if family in families:
            del self.section_path[families.index(family):]
        if self.section_path and self.section_path[-1][0] == P.KEY_POINTS_BOX_FAMILY:
            self.section_path.pop()     # 核心观点, then ## 一、…: the box holds none of the parts after it (qa221)
        parent = self.section_path[-1][1] if self.section_path else None
        level = len(self.section_path) + 1
        parent_id = parent["section_id"] if parent else None
        self.children[parent_id] += 1
        row: dict[str, Any] = dict(section_id=self.next_id("s", self.article_id, heading),
                   article_id=self.article_id, parent_section_id=parent_id,
                   level=level, ordinal=self.children[parent_id], position=len(self.sections) + 1, marker=marker,
                   heading=heading)
        self.sections.append(row)
        self.section_path.append((family, row))
        self.section_id = row["section_id"]
        self.close_lists()

    def next_id(self, prefix: str, parent_id: str, key: str) -> str:
        """The id of the next record with this key under this parent: records with the same key are
        told apart by how many came before them, never by row numbers."""
        k = (prefix, parent_id, key)
        n = self.keys[k] = self.keys.get(k, 0) + 1
        return numbered_id(prefix, parent_id, key, n)

    # ---------------------------------------------------------------- paragraphs and measures

    def without_run_in_column_label(self, body: list[Unit]) -> list[Unit]:
        """The body with a column's label glued to the head of its first paragraph (【明报文章】特区政府…) moved to the
        residue: it names the column, not the piece (qa156). Date lines may come before that paragraph. The body as it
        is without one."""
        k = next((i for i, u in enumerate(body) if u.kind != U.META), len(body))
        if k == len(body):
            return body
        first = body[k]
        if (first.kind != U.PARA or first.text[:1] not in P.RUN_IN_COLUMN_LABEL_FIRSTS
                or not (m := P.RUN_IN_COLUMN_LABEL.match(first.text))):
            return body
        self.residue.add(m.group(0).strip(), "column label")
        return body[:k] + [first._replace(text=first.text[m.end():])] + body[k + 1:]

    def add_paragraph(self, u: Unit) -> None:
        text = text_of(u.text)
        if not text:
            return
        if text[-1] == "." and P.PARAGRAPH_END_STOP.search(text):
            text = text[:-1] + "。"       # …热线96008. at a paragraph's end: the Chinese sentence's full stop (qa98)
        row = {"paragraph_id": self.next_id("p", self.article_id, text[:ID_PREFIX_CHARS]),
               "article_id": self.article_id, "section_id": self.section_id, "ordinal": len(self.paragraphs) + 1,
               "text": text, "speaker": u.speaker}
        self.paragraphs.append(row)
        self.add_measures(row, u.kind == U.ITEM, u.kind == U.NOTE,      # (positional: a faster call, one a paragraph)
                          bold_lead_end(text, u.lead) if u.lead is not None else None)

    def add_measures(self, para: dict, is_item_heading: bool, is_note: bool = False, bold_end: int | None = None) -> None:
        text = para["text"]
        if text[:1] in P.PAREN_OPENINGS and P.TABLE_COLUMN_NUMBERS_ROW.fullmatch(text):
            return                          # （1）（2）（3）: a table's row of column numbers, no item (qa189)
        found = M.inline_markers(text)
        if lead := M.leading_marker(text):
            found = [lead, *(mk for mk in found if mk.start >= lead.end)]
        if not found or found[0].start > 0:
            # Text before any marker (a paragraph whose items are inline, 一是……二是……, too) is the body
            # of an item with a heading line, and of the item nested in it; a note (（作者系…）, （下转第3版）) is
            # none of an item's body (qa94).
            if (self.open_item is not None and not self.open_item.heading_item and not is_note
                    and self.is_stopped_head(self.open_item)):
                self.open_item = self.open_item._replace(heading_item=True)
            if self.open_item is not None and self.open_item.heading_item and not is_note:
                self.open_item.row["text"] += "\n" + text
                if self.open_sub_item is not None:
                    self.open_sub_item.row["text"] += "\n" + text
            if not found:
                return
        for mk, nxt in zip(found, next_of_same_family(found, len(text))):
            item_text = text[mk.end:nxt].strip()
            if nxt == len(text) and mk.start > 0 and M.parted_by_semicolons(text, found, mk):
                # 一是…；二是…；三是A。B。: the last item of a list parted by semicolons ends with its sentence (qa95)
                item_text = item_text[:M.last_item_end(item_text)]
            if not item_text:
                continue
            # (an item's heading line starts with its marker: 1、 is the lead, 第一， an inline marker at 0)
            self.add_measure(para, mk, item_text, is_item_heading and mk.start == 0,
                             bold_end - mk.end - (len(text[mk.end:]) - len(text[mk.end:].lstrip()))
                             if bold_end is not None and mk.end < bold_end else None)

    def add_measure(self, para: dict, mk: M.Marker, item_text: str, heading_item: bool, bold_chars: int | None = None) -> None:
        state = self.lists.get(mk.family)
        if mk.ordinal == 1 or state is None:
            state = None
        open_item = self.open_item
        parent = open_item.row if open_item is not None and open_item.family != mk.family else None
        carried = self.carried_list(mk) if state is None and parent is None else None
        previous = state.last if state else carried.last if carried else self.continued_from(mk)
        note = M.numbering_note(previous, mk.ordinal)
        measure_id = self.next_id("m", para["paragraph_id"], mk.marker)
        if state is None:
            if mk.family in self.lists:
                self.finished.append(self.lists[mk.family])
            state = ListState(carried.list_id if carried else stable_id("l", measure_id), mk.family, mk.ordinal)
            self.lists[mk.family] = state
        row = {"measure_id": measure_id, "article_id": self.article_id, "section_id": para["section_id"],
               "paragraph_id": para["paragraph_id"], "list_id": state.list_id,
               "parent_measure_id": parent["measure_id"] if parent else None, "ordinal": mk.ordinal,
               "marker": mk.marker, "title": (M.heading_title(item_text) if heading_item
                                              else M.lead_phrase(item_text, run_in_at(mk))
                                              if bold_chars is None else M.lead_phrase_within(item_text, bold_chars)),
               "text": item_text, "numbering_ok": note is None, "numbering_note": note}
        state.last = mk.ordinal
        state.items.append(((para["ordinal"], mk.start), row))
        if mk.start == 0 and parent is None:
            self.open_item = OpenItem(row, mk.family, heading_item)    # its scope runs to the next item or section
            self.open_sub_item = None
        elif mk.start == 0 and open_item is not None and open_item.heading_item:
            # An item that opens a paragraph in the body of a heading item (（1） under 1、) is part of
            # that body; with a heading line of its own, the paragraphs after it are its body too.
            open_item.row["text"] += "\n" + para["text"]
            self.open_sub_item = OpenItem(row, mk.family, heading_item) if heading_item else None

    def is_stopped_head(self, item: OpenItem) -> bool:
        """Whether the open item, under which a paragraph with no marker comes, is a heading line closed by a full stop
        (2、建设乡镇商贸中心。 / its text): its paragraph holds only a short phrase and the stop, and the item before it in
        its list, if any, has text under its line too; items of one sentence each (1.…。 2.…。 3.…。) hold none of the
        paragraph after their list (qa94)."""
        row = item.row
        text = row["text"]
        if (len(self.paragraphs) < 2 or not text.endswith(P.HEADING_FULL_STOP) or P.CLAUSE_MARK.search(text, 0, len(text) - 1)
                or not U.looks_like_heading(text[:-1], numbered=True)):
            return False
        para = self.paragraphs[-2]
        if para["paragraph_id"] != row["paragraph_id"] or not (para["text"].startswith(row["marker"]) and para["text"].endswith(text)):
            return False
        state = self.lists.get(item.family)
        before = [r for _, r in state.items if r is not row][-1:] if state else []
        return not before or "\n" in before[0]["text"] or holds_lead_and_text(before[0]["text"])

    def carried_list(self, mk: M.Marker) -> ListState | None:
        """The list of the section before that an item opening a list in the next section carries on (若干措施 numbered
        through their parts: （一） holds 1.-3., （二） starts at 4.): the same grammar, at the top level, in the previous
        sibling section, its last number below this one and at most CARRIED_GAP below (a gap is flagged, as in one list).
        The item continues that enumeration: its list and its numbering, not a list that starts at 4. (qa94)"""
        prev = self.section_lists.get(mk.family)
        if prev is None or mk.ordinal <= 1 or not prev.last < mk.ordinal <= prev.last + CARRIED_GAP or not self.sections:
            return None
        here, there = self.sections[-1], prev.items[0][1]["section_id"]
        if here["section_id"] != self.section_id or here["ordinal"] < 2:
            return None
        before = next((row for row in reversed(self.sections[:-1])
                       if row["parent_section_id"] == here["parent_section_id"]), None)
        return prev if before is not None and before["section_id"] == there and before["ordinal"] == here["ordinal"] - 1 else None

    def continued_from(self, mk: M.Marker) -> int | None:
        """The ordinal an item that starts a list continues, for a grammar numbered through the article."""
        return self.numbered_to.get(mk.family) if mk.ordinal > 1 else None

    def close_lists(self) -> None:
        """Keep lists that are enumerations (a lone 一是 is usually a word), in reading order."""
        if not self.lists:
            return          # no measure since the last close: nothing finished, no open item either
        states = self.finished + list(self.lists.values())
        kept = [state for state in states
                if len(state.items) >= 2 or state.family not in LONE_MARK_FAMILIES or self.continues_numbering(state)]
        for state in kept:
            self.release_held_opener(state)
        closed = [item for state in kept for item in state.items]
        self.numbered_to.update((state.family, state.last) for state in kept if state.family in ARTICLE_WIDE_FAMILIES)
        for state in kept:                  # the last list of each grammar, for carried_list (a nested one breaks the chain)
            if (state.items[0][1]["parent_measure_id"] is None and state.items[0][0][1] == 0
                    and state.family not in ARTICLE_WIDE_FAMILIES):     # (第一条 has numbered_to)
                self.section_lists[state.family] = state
            else:
                self.section_lists.pop(state.family, None)
        # Every item closed here comes after every item closed before (a list closes at the latest
        # with the section it is in): sorting this batch alone keeps the article's measures in order.
        closed.sort(key=itemgetter(0))
        before = len(self.measures)
        self.measures += [row for _, row in closed]
        for state in states:
            if is_lone_opener(state) and state.family not in self.numbered_to:
                at = before + sum(1 for position, _ in closed if position < state.items[0][0])
                self.held_openers[state.family] = (at, state)
                self.numbered_to[state.family] = 1
        self.lists = {}
        self.finished = []
        self.open_item = self.open_sub_item = None

    def release_held_opener(self, state: ListState) -> None:
        """A lone 第一条 opening its section's only paragraph (一、总体目标 / 第一条 到2028年…) was kept back, a word
        as likely as an item; the 第二条 that continues it in a later section makes it the first of the article's
        rules: its row goes back where it stood in reading order. (qa76)"""
        held = self.held_openers.get(state.family)
        if held is not None and state.items[0][1]["ordinal"] == held[1].last + 1:
            del self.held_openers[state.family]
            at, opener = held
            self.measures[at:at] = [row for _, row in opener.items]

    def continues_numbering(self, state: ListState) -> bool:
        """A lone 第五条 after 第四条 in the section before is an item of the article's rules, not a word."""
        first = state.items[0][1]["ordinal"]
        return state.family in self.numbered_to and first == self.numbered_to[state.family] + 1

    # ---------------------------------------------------------------- the article row

    def article_row(self, authors: list[str]) -> dict:
        text = "\n".join(map(TEXT_FIELD, self.paragraphs))
        return dict(article_id=self.article_id, doc_id=self.doc_id, ordinal=self.ordinal,
                    title=text_of(self.title) if self.title else None, authors=authors, source=self.source,
                    published=self.published or self.page_date, abstract=self.abstract, keywords=self.keywords, text=text,
                    n_paragraphs=len(self.paragraphs), front_matter=[t for t in map(text_of, self.front) if t])


def run_in_at(mk: M.Marker) -> int | None:
    """Where an item of a run-in grammar (一是, 第一，: RUN_IN_FAMILIES) stands in its paragraph, None for another's."""
    return mk.start if mk.family in M.RUN_IN_FAMILIES else None


def bold_lead_end(text: str, lead: str) -> int | None:
    """Where a paragraph's bold lead (units.bold_lead) ends in its text, spaces collapsed as the text's were: it opens
    the text, after the item's marker at most (qa226). None when it is not found so early."""
    lead = text_of(lead)
    at = text.find(lead, 0, P.BOLD_LEAD_PROBE + len(lead))
    return at + len(lead) if at >= 0 else None


def without_paragraph_numbers(measures: list[dict], first_paragraph: str) -> list[dict]:
    """The measures without a paper's paragraph numbers: 1. on the article's first paragraph, then 2., 3. … N. in
    order on paragraphs of their own through at least three of its sections (a LegCo paper's 目的, 背景, 建议, 徵詢意見)
    number the text, not the points of an enumeration; items inside those paragraphs ((a), (b), 一是) stay measures,
    at the top now. A plan's measures numbered on across its sections leave its preamble unnumbered. An excerpt of
    such a document (a 施政报告's chapter copied from its web page) keeps the document's numbers: its first paragraph
    is numbered 45., the next 46. …, consecutive from there."""
    numbers = [m for m in measures if m["parent_measure_id"] is None and m["marker"][-1:] == "."
               and m["marker"][:-1].isdecimal()]
    if (len(numbers) < PARAGRAPH_NUMBERING_MIN or numbers[0]["paragraph_id"] != first_paragraph
            or [m["ordinal"] for m in numbers] != list(range(numbers[0]["ordinal"], numbers[0]["ordinal"] + len(numbers)))
            or len({m["section_id"] for m in numbers}) < PARAGRAPH_NUMBERING_MIN_SECTIONS):
        return measures
    dropped = {m["measure_id"] for m in numbers}
    return [m if m["parent_measure_id"] not in dropped else {**m, "parent_measure_id": None}
            for m in measures if m["measure_id"] not in dropped]


def without_release_numbers(measures: list[dict], paragraphs: list[dict]) -> list[dict]:
    """The measures without a press release's paragraph numbers: the lead paragraphs (what, who said what) unnumbered,
    then 2., 3. … N. in order, each opening a paragraph of its own (the Hong Kong government's 新闻公报 number their text
    so, from the second paragraph on) and no measure before 2.; items inside or between them ((一), (i)) stay
    measures, at the top now."""
    numbers = [m for m in measures if m["parent_measure_id"] is None and m["marker"][-1:] == "."
               and m["marker"][:-1].isdecimal()]
    if (len(numbers) < RELEASE_NUMBERING_MIN or numbers[0] is not measures[0]
            or [m["ordinal"] for m in numbers] != list(range(2, 2 + len(numbers)))
            or len({m["paragraph_id"] for m in numbers}) < len(numbers)
            or paragraphs[0]["paragraph_id"] == numbers[0]["paragraph_id"]
            or not all(p["text"].startswith(m["marker"]) for m, p in zip(numbers, paragraphs_of(numbers, paragraphs)))):
        return measures
    dropped = {m["measure_id"] for m in numbers}
    return [m if m["parent_measure_id"] not in dropped else {**m, "parent_measure_id": None}
            for m in measures if m["measure_id"] not in dropped]


def paragraphs_of(measures: list[dict], paragraphs: list[dict]) -> list[dict]:
    """The paragraphs the measures stand in, in the measures' order."""
    by_id = {p["paragraph_id"]: p for p in paragraphs}
    return [by_id[m["paragraph_id"]] for m in measures]


def is_lone_opener(state: ListState) -> bool:
    """Whether a list is a lone 第一条 of ARTICLE_WIDE_FAMILIES that opens its paragraph (not a word amid a sentence)."""
    if state.family not in ARTICLE_WIDE_FAMILIES or len(state.items) != 1:
        return False
    (_, offset), row = state.items[0]
    return offset == 0 and row["ordinal"] == 1


# What may stand between an article's title and its first paragraph: field lines, bylines, furniture.
NOTE_BEFORE_KINDS = frozenset({U.META, U.BYLINE, *U.RESIDUAL})


def leading_note_at(body: list[Unit]) -> int | None:
    """Where the article's first paragraph is an editor's note on it (编者按：…, 【编者按】…, 核心提示：…) under
    its title and field lines, with more text after it: the editors' words go to residue, not into the
    article's text (web op-eds, qa59). The label may stand on a line of its own over the note (【编者按】 / 近期…),
    right over it (qa109). None when the first paragraph is the article's own."""
    label = False
    for k, u in enumerate(body):
        if not label and is_note_label_line(u):
            label = True
            continue
        if u.kind == U.PARA:
            t = u.text.lstrip()
            labelled = label or t.startswith(P.LEADING_NOTE_INITIALS) and P.LEADING_NOTE.match(t) is not None
            return k if labelled and any(v.kind == U.PARA for v in body[k + 1:]) and not is_talk(body) else None
        if u.kind not in NOTE_BEFORE_KINDS:
            return None
    return None


def is_note_label_line(u: Unit) -> bool:
    """Whether a unit is the label of an editors' note alone on its line (【编者按】, 编者的话; 【核心提示】, read as a bracketed
    heading too, qa151)."""
    if u.kind in (U.PLAIN, U.PARA) and U.is_editors_label_line(u.text):
        return True
    t = u.text.strip()
    return (u.kind in (U.PLAIN, U.PARA, U.HEADING) and t.startswith(P.STANDFIRST_LABEL_INITIALS)
            and P.STANDFIRST_LABEL_LINE.match(t) is not None)


def is_key_points_label(heading: str) -> bool:
    """Whether a heading is a key-points box's label (核心观点): its section is a box, no part (a first-character test
    first)."""
    return heading[:1] in P.KEY_POINTS_LABEL_INITIALS and P.KEY_POINTS_LABEL.match(heading) is not None


def key_points_lead(body: list[Unit]) -> tuple[int, str] | None:
    """Where the article's first paragraph under its title and fields is its key points labelled at their start
    (核心观点：…, a brief's summary in its authors' words), with more text after it, and the summary without its
    label: the article's abstract, as 内容摘要：… gives one (qa139). None when the first paragraph is plain text."""
    for k, u in enumerate(body):
        if u.kind == U.PARA:
            t = u.text.lstrip()
            m = P.KEY_POINTS_LEAD.match(t) if t.startswith(P.KEY_POINTS_LEAD_INITIALS) else None
            return (k, m.group(1)) if m and any(v.kind == U.PARA for v in body[k + 1:]) else None
        if u.kind not in NOTE_BEFORE_KINDS:
            return None
    return None


# What an editor's note's label alone on its line is read as: a plain line, in Markdown a bold line (**【编者按】**),
# which is read as a heading, no section's though (talk_note, qa210).
NOTE_LABEL_KINDS = frozenset({U.PLAIN, U.HEADING})


def talk_note(body: list[Unit]) -> tuple[int | None, str] | None:
    """An interview's editor's note under its title and byline (编者按：…, or under a 编者的话 line of its own): the
    note stays the talk's lead, in its text (leading_note_at), and it is also the article's abstract, what the piece
    is about in the editors' words. Returns (where a label line of its own stands, or None; the note without its
    label). (A note is looked for first: is_talk reads every paragraph.)"""
    for k, u in enumerate(body):
        t = u.text.lstrip()
        if u.kind in NOTE_LABEL_KINDS and t.startswith(P.LEADING_NOTE_INITIALS) and P.LEADING_NOTE_LABEL_LINE.match(t):
            if k + 1 < len(body) and body[k + 1].kind == U.PARA and is_talk(body):
                return k, text_of(body[k + 1].text)
            return None
        if u.kind == U.PARA:
            m = P.LEADING_NOTE.match(t) if t.startswith(P.LEADING_NOTE_INITIALS) else None
            return (None, text_of(t[m.end():])) if m and t[m.end():].strip() and is_talk(body) else None
        if u.kind not in NOTE_BEFORE_KINDS:
            return None
    return None


# What a lead box's label alone on its line is read as: a plain line, in Markdown a bold line or heading (**导读**,
# ## 导读), and a paragraph of the label alone (a quoted > **导读**).
LEAD_BOX_LABEL_KINDS = frozenset({U.PLAIN, U.HEADING, U.PARA})


def lead_box_label_at(body: list[Unit]) -> int | None:
    """Where a lead box's label stands alone on its line under the article's title and fields (导读, 【导读】, **导读**),
    over the first paragraph with more text after it: the box's label, no section's heading (a section opening the
    text would divide nothing off). The paragraph stays the text's first, as a WeChat account's 导读 is its own words
    (a run-in 导读：… is the editors' note, leading_note_at), and it is the article's abstract (qa152). The editors'
    own labels (【编者按】) go with their note (leading_note_at), an interview's to its lead (talk_note)."""
    for k, u in enumerate(body):
        if u.kind in LEAD_BOX_LABEL_KINDS:
            t = u.text.strip()
            labelled = (t.startswith(P.LEADING_NOTE_INITIALS) and P.LEADING_NOTE_LABEL_LINE.match(t) is not None
                        and P.KEY_POINTS_LABEL.match(t) is None      # (核心提示 over text: a brief's section, qa27)
                        and P.EDITORS_NOTE_LABEL_LINE.match(t) is None)   # (编者按 goes with its note: above)
            return k if (labelled and k + 1 < len(body) and body[k + 1].kind == U.PARA
                         and any(v.kind == U.PARA for v in body[k + 2:])) else None
        if u.kind not in NOTE_BEFORE_KINDS:
            return None
    return None


def is_talk(body: list[Unit]) -> bool:
    """Whether the article is an interview or a roundtable (turns: **记者:** in Markdown, or labels such as
    主持人：/王明： opening paragraphs): there the editor's note over the talk is its lead, the reporter's own
    text, and stays in it."""
    paras = [u for u in body if u.kind == U.PARA]
    return (any(u.speaker for u in paras) or bool(U.transcript_speakers(u.text for u in paras))
            or asks_questions(paras))


def asks_questions(paras: list[U.Unit]) -> bool:
    """Whether two or more paragraphs are question turns (问：如何…？, QUESTION_TURN_OPENINGS): a talk whose answers go
    unlabelled, which transcript_speakers, wanting two speakers, does not see (qa183). (A C-level prefix test.)"""
    asked = map(str.startswith, (u.text.lstrip() for u in paras), repeat(P.QUESTION_TURN_OPENINGS))
    return sum(asked) >= P.QUESTION_TURNS_MIN


def is_table_head(line: Unit, row: Unit) -> bool:
    """Whether a short plain line is the head row of the table whose first row follows it (指标 绝对值
    比上年增长（%） over 地区生产总值（亿元） 4286.5 5.6): the column heads are text, not a section heading.
    (Spaces first: most headings have none, and is_table_row is a regex.)"""
    return line.text.count(" ") >= P.TABLE_NUMBERS_ROW_SPACES and " " in row.text and is_table_row(row.text)


def next_of_same_family(markers: list[M.Marker], end: int) -> list[int]:
    """For each marker, where the next marker of its grammar starts (or `end`): one reverse pass."""
    if len(markers) == 1:
        return [end]                        # (a paragraph's one marker, the usual case: nothing after it)
    out, seen = [end] * len(markers), dict[str, int]()
    for k in range(len(markers) - 1, -1, -1):
        out[k] = seen.get(markers[k].family, end)
        seen[markers[k].family] = markers[k].start
    return out


def mark_speakers(paragraphs: list[dict]) -> None:
    """Interview transcripts in plain text: labels that open two or more paragraphs, from two or more people."""
    speakers = U.transcript_speakers(p["text"] for p in paragraphs if not p["speaker"])
    if not speakers:
        return
    for p in paragraphs:
        if (label := U.speaker_label(p["text"])) in speakers:
            p["speaker"] = label


def field_value(pattern: re.Pattern[str], text: str) -> str | None:
    """The value of a labelled line (摘要：…) that units classified by `pattern` (None: the label alone)."""
    m = pattern.match(text)
    assert m is not None, "units gave the line its kind by this pattern"
    return m.group(1)


def bar_heading_under_words(lines: list[Unit]) -> int | None:
    """Where a heading line set after a bar (▌制度框架初步搭建) stands under a heading line of words in one run of heading
    lines: a bar opens a heading, so the words over it are another's (a WeChat part's heading over its first
    sub-heading), not the first line of a two-line heading. A number or a marker alone over the bar line (01, PART 1,
    第一章) is that heading's marker, and the run stays one heading."""
    for k in range(1, len(lines)):
        over = lines[k - 1].text.strip()
        if (lines[k].text[:1] in P.HEADING_BARS and lines[k - 1].clean and over[:1] not in P.HEADING_BARS
                and not is_number_over_heading(over) and bare_section_marker(over) is None):
            return k
    return None


def is_data_box_figure(text: str) -> bool:
    """Whether a plain line is only a figure and its unit (86.4万辆, 37.2%, 1200余家): a data box's figure (qa229)."""
    return text[:1].isdigit() and P.DATA_BOX_FIGURE_LINE.match(text) is not None


def is_number_over_heading(text: str) -> bool:
    """Whether a heading line is only a section's number (01, 2), which web and WeChat pages set on a
    line of its own over the heading's words (or with an English label: PART 1): a marker, not part of the heading."""
    return ((len(text) <= P.SECTION_NUMBER_LINE_MAX_CHARS and text.isdecimal())
            or (text[-1:].isdecimal() and P.SECTION_NUMBER_LABEL_LINE.match(text) is not None))


def number_and_heading(text: str, labelled: bool = True) -> tuple[str, str] | None:
    """A heading line that gives the section's number before a bar (01｜夯实数据底座, PART 2 | …) or, labelled, before its
    words alone (PART 3 以…; not asked for a bold Markdown line, where **PART 1 回顾** over a heading is one more heading,
    qa208): the number, the marker, and the heading's words (without the emoji at their edges), or None."""
    m = P.NUMBER_BAR_HEADING.match(text) if text[:1] in P.NUMBER_BAR_HEADING_FIRSTS else None
    if m is None and labelled and text[:1] in P.LABELLED_NUMBER_HEADING_FIRSTS:
        m = P.LABELLED_NUMBER_HEADING.match(text)     # PART 3 以…: the labelled number, no bar (qa136)
    heading = text_of(P.HEADING_EMOJI_EDGES.sub("", text[m.end():])) if m else None
    return (m.group(1), heading) if m and heading else None


def lone_numeral_over(dropped: list[Unit], keep: list[Unit]) -> str | None:
    """The section numeral set alone on the line right over a heading's lines (一 / 把握县域定位 / 增强…), which the
    heading's clean lines leave out: the section's marker in the 一、 family, or None (qa141)."""
    if not (dropped and keep):
        return None
    text = dropped[-1].text.strip()
    return text if len(text) <= P.LONE_CN_SECTION_NUMERAL_MAX_CHARS and P.LONE_CN_SECTION_NUMERAL.match(text) else None


def bare_section_marker(text: str) -> tuple[str, str] | None:
    """The family and marker of a heading line that is a section marker and nothing else (第一章, 第二节, 三、), which a
    report or a paper may set on a line of its own over the heading's words (第一章 / 引言), or None. The marker is
    the section's, in the grammar it has when set on the heading's line, so that its sections nest as those do (qa99)."""
    for family, pattern in P.SECTION_MARKERS:
        if (m := pattern.match(text)) and not m.group(2) and family != "decimal":
            return family, m.group(1)
    if len(text) <= P.LONE_SECTION_LETTER_MAX_CHARS and P.LONE_SECTION_LETTER.match(text):
        return "letter", text[0]        # A / 产业为基: the letter alone, which the letter family's pattern needs words after (qa130)
    if len(text) <= P.LONE_CN_SECTION_NUMERAL_MAX_CHARS and P.LONE_CN_SECTION_NUMERAL.match(text):
        return "cn", text               # 一 / 把握县域定位: the numeral alone, with no 、 (qa141)
    return None


def talk_topic(body: list[Unit]) -> str | None:
    """An online interview's topic field (访谈主题：…) among the head fields of an article with no title line: its title,
    as a page's 标题： field is (qa173); None without one."""
    return next((m.group(1).strip() for u in body
                 if u.kind == U.META and u.text[2:4] == "主题" and (m := P.TALK_TOPIC_FIELD.match(u.text))), None)


def column_and_title(title: str | None) -> tuple[str | None, str | None]:
    """【光明时评】让…… / 民意论坛／缺工潮下…… / 「观点」… -> the column's name and the title after it: a column's name
    leads many a commentary's title line, but it names the series, not the piece. (None, title) without one."""
    m = column_label_match(title) if title else None
    return (m.group(1) or m.group(2), title[m.end():]) if m and title else (None, title)


def column_path_over_title(lines: list[Unit]) -> str | None:
    """The first of several title lines where it is only a column's path (专栏｜城市笔记: a kind and a series parted by a
    bar), narrower than the title line under it: it names the series, not the piece; None otherwise. Only a first line
    holding a bar (or a middle dot: 对话·乡村振兴) is tried; one whose series ends with its instalment's number
    (夜经济观察②), or parted from its kind by a middle dot, is a path however wide."""
    if len(lines) > 1 and any(bar in lines[0].text for bar in P.COLUMN_PATH_BARS + P.COLUMN_PATH_DOTS):
        first = lines[0].text.strip()
        # (its characters counted without the spaces set round its bar, 江东评论 | 夜经济观察: qa179)
        narrower = len("".join(first.split())) < len("".join(lines[1].text.split()))
        if narrower and P.COLUMN_PATH_LINE.match(first):
            return first
        if (m := P.COLUMN_KIND_PATH_LINE.match(first)) and (narrower or m.group(1) or dotted_path(first)):
            return first        # (南岭评论 | 夜经济观察②, 对话·乡村振兴: qa163)
    return None


def dotted_path(line: str) -> bool:
    """Whether a column's path parts its kind from its series by a middle dot (对话·乡村振兴): a title wrapped after its
    column's name parts them by a bar (观点｜…), never so, so the path stands however short the title under it (qa163)."""
    return any(dot in line for dot in P.COLUMN_PATH_DOTS)


def box_label_over_title(lines: list[Unit]) -> str | None:
    """The first of several title lines where it is a box's label (名词解释, 知识链接, 背景资料: BOX_LABEL_LINE) over the term or
    heading the box is titled by: the label names the kind of box, not the piece; None otherwise. Only a first line
    opening like such a label is tried."""
    if len(lines) > 1 and P.BOX_OR_NOTES_INITIAL(lines[0].text.strip()) and P.BOX_LABEL_LINE.match(lines[0].text.strip()):
        return lines[0].text.strip()
    return None

def without_site_suffix(title: str | None) -> tuple[str | None, str | None]:
    """(the title, the site's name after it) of a title given as a browser's title bar gives it (…的几点思考_东湖发展研究院,
    TITLE_SITE_SUFFIX), or (title, None). (The title's last character first: most end otherwise.)"""
    if not title or title[-1:] not in P.TITLE_SITE_SUFFIX_LASTS or not (m := P.TITLE_SITE_SUFFIX.search(title)):
        return title, None
    if m.start() < P.TITLE_BEFORE_SITE_MIN_CHARS:
        return title, None
    return title[:m.start()].rstrip(), m.group(1)


def title_text(lines: list[Unit]) -> str | None:
    """The title lines joined (heading_text), the first kept with its brackets where it is only a bracketed label over
    the rest (【灼见名家】 / 公屋富户政策须与时并进): a column's label, which column_and_title then tells from the title as
    it tells one set on the title's line, not the title's first words (qa107)."""
    if len(lines) > 1 and lines[0].text[:1] in P.TITLE_COLUMN_MARKS and lines[0].heading:
        return heading_text([lines[0]._replace(heading=None), *lines[1:]])
    title = heading_text(lines)
    if title and title[0] in P.TITLE_POINTER_GLYPHS:
        return P.TITLE_POINTER_START.sub("", title) or None    # ▶ 国务院…: the pointer leaves (qa201)
    return title


def without_footnote_mark(heading: str) -> str:
    """A heading or a title without the mark of the footnote it cites at its end (二、文献综述①, …研究*): the
    footnote's, not the heading's words (qa107). (Its last character first: most headings end with a word.)"""
    if heading[-1:] in P.HEADING_FOOTNOTE_MARK_ENDS:
        return P.HEADING_FOOTNOTE_MARK.sub("", heading)
    return heading


def heading_text(lines: list[Unit]) -> str | None:
    """Heading lines joined into one heading (a two-line title reads as one), without the emoji at its edges."""
    if not lines:
        return None
    return text_of(P.HEADING_EMOJI_EDGES.sub("", "".join((u.heading or u.text).strip() for u in lines))) or None


def holds_lead_and_text(text: str) -> bool:
    """Whether an item's text is a lead phrase closed by a full stop with its text after it on the same line
    (（1）分区分类推进治理。优先治理…。): the item has a heading and a body, so a stopped phrase numbered after it
    heads its body too, on the lines under it (qa182); an item of one sentence holds no full stop before its end."""
    stop = text.find(P.HEADING_FULL_STOP)
    return 0 < stop < len(text) - 1 and U.looks_like_heading(text[:stop], numbered=True)
