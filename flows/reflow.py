"""Rule 6: join hard-wrapped lines into paragraphs, looking only at the document's own statistics.

Three line layouts occur in real inputs and are handled by one set of rules:
- a blank line after every line (PDF text extraction): blank lines carry no meaning;
- hard wraps without blank lines (theory pages): lines of one column share a width;
- one paragraph per line (web pages, Markdown): lines are long and of any width.

A line is joined to the next one when it ends mid-sentence and is as wide as its column, or when
it ends a sentence exactly at the column edge while the next line does not start a new block.
Column width is measured locally (a window of neighbouring lines), because a newspaper page mixes
columns of different widths.

What the rules need to know of each line (its width, its column's width, whether it ends a
sentence, opens a block, is a byline, or leaves a bracket open) is worked out for all lines of the
document at once (`Page`), in as few Python steps a line as it takes: maps over C-level string
methods; one regex scan of the string of all lines' first (or last) characters for a test of that
character; str.find or one scan of the joined text for what few lines hold; and the few lines
that open a block or are bylines as sets. Then one pass decides the joins: it skips at C speed
over the lines `surely_joined` finds (most lines of wrapped text), and asks `joins` about the others.
"""
from __future__ import annotations

import re
from bisect import insort
from collections import Counter
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, chain, compress, count, filterfalse, repeat
from operator import contains, gt, itemgetter, le, methodcaller, mul, sub
from re import Match
from re import _constants as sre, _parser  # type: ignore[attr-defined]   # private, as in flows.charset_memo
from typing import Callable, Collection, Iterable, Iterator, NamedTuple

from flows import patterns as P
from flows.bylines import Byline, arabic_dated, byline, names
from flows.measures import cn_number

# A window of this many lines on each side gives the local column width.
WIDTH_WINDOW = 4
# A line ending with a mark hung past its column is this much wider than the column: the mark's width (hangs_clause_mark).
HANGING_MARK_MIN, HANGING_MARK_MAX = 0.5, 1.0
MIN_SIGNED_STRETCH = 2 * WIDTH_WINDOW + 1   # lines: a stretch measured as a column of its own (signed_column_widths)
# Lines narrower than this share of the column are headings, bylines or paragraph ends.
SHORT_SHARE = 0.7
# The least share of its column a chapter's heading line fills when it wraps (in a larger type, a heading fills half its
# column or more before it wraps): a shorter one ends on its line (wraps_heading_between_blanks, qa259).
WRAPPED_HEADING_MIN_SHARE = 0.3
# Wider than this many columns and the text is one paragraph per line, not a column.
MAX_COLUMN_WIDTH = 80.0
# A pull quote's lines stay within its column: a much wider line is body text again.
QUOTE_WIDENING = 2.0
# A pull quote's line more than this much narrower than the quote's column did not fill it: the quote ends there (qa67).
QUOTE_TAIL_SHORT = 2.0
# A pull quote's line this much narrower than the quote's column or more may be the quote's own short last line: a
# one-line heading may then stand under it however little it falls short of the quote's column (qa145).
QUOTE_LAST_LINE_SHORT = 1.0
# A box line (◆ …) more than this short of the column of the text under it is a heading over that text: a pull quote
# set in the text's column fills it but for a character or two of kinsoku (reflow.boxes_heading, qa211).
BOX_HEADING_SHORTFALL = 2 * QUOTE_TAIL_SHORT
# A line under a pull quote narrower than this is the quote's last word or two, never a one-line heading under it (qa91).
QUOTE_HEADING_MIN_WIDTH = 4.0
# The lines on each side of a paragraph's first line where the paragraphs' first lines tell whether the page indents
# them, and how many such lines it takes (ends_indented_first_line, qa91).
INDENT_WINDOW = 30
INDENT_EVIDENCE = 3
# Lines narrower than this are headings or labels, not text, when telling layouts apart.
MIN_TEXT_LINE = 10.0
# Below this share of text lines stopping mid-sentence, a document puts one paragraph per line.
FREE_LAYOUT_SHARE = 0.3
# In one-paragraph-per-line text a line this wide that ends mid-sentence was split by accident.
LONG_LINE = 40.0
# A line followed by one wider by more than this did not reach its column's edge (ASCII is half-width).
WIDER_NEXT_LINE = 1.5
# A breadcrumb trail (breadcrumb_trails) stands among this many first lines of a saved web page.
TRAIL_LINES = 5
# A font-size switch (font_switches) stands among this many first lines: under a government portal's file fields
# (索引号：… 主题分类：… 发文机关：… 成文日期：… 标题：… 发文字号：… 发布日期：…, two to seven lines) and the title (qa76).
FONT_SWITCH_LINES = 12
# A byline wrapped inside a bracket leaves at most this many characters on the line under it (wrapped_byline_rests).
BYLINE_REST_CHARS = 12
# A document's title naming its kind is looked for among this many first lines (document_title_lines).
TITLE_HEAD_LINES = 6
# A paper's first-page note that ends with a full-width character fills its column when this much narrower than it at
# most (wrapped_paper_notes): the column may be read a place wider than the note's lines where punctuation hangs past
# the edge (qa125). (One ending with a Latin run, a DOI, keeps half a place: an unbroken run stops anywhere.)
NOTE_EDGE_SLACK = 1.5
# A paper's references under their label are read for wrapped entries over this many lines at most
# (reference_entry_rests).
REFERENCE_LIST_LINES = 80
# A paper's first-page note wrapped at the column's edge runs this many lines at most (Page.of).
NOTE_LINES = 5
# A paper's labelled abstract runs this many lines at most over its keywords line (abstract_rests).
ABSTRACT_LINES = 16
# A paper's bracketed affiliation under its author line, wrapped, closes its bracket within this many lines under its
# first (wrapped_affiliation_rests).
AFFILIATION_WRAP_LINES = 3
# Above this many opening brackets a line, bracket_balances counts line by line (see there).
DENSE_BRACKETS = 0.25
# A line this much narrower than its column may still fill it (punctuation set half-width or hung).
FULL_LINE_SLACK = 1.5
# A marked heading wider than its text's column by more than this is set across the columns (over_wide_marked_headings).
OVER_WIDE_HEADING_SLACK = 0.5
# The most lines of a box set beside an article's column whose lines alternate with the article's (qa90).
INTERLEAVED_BOX_MAX_LINES = 6
# How many of a page's first lines are tried as a doubled column banner (doubled_banners: under a running head, qa100).
DOUBLED_BANNER_LINES = 3
# A letter-spaced column banner among this many first lines, under a line of the page's head, stands over the page's
# first title (titles_under_spaced_banners: 5 / 评论 / date / 责任编辑：… / 南 江 时 评, qa271).
SPACED_BANNER_HEAD_LINES = 6
# A line ending with a colon this much narrower than its regular column ends its paragraph (ends_lead_in_short).
LEAD_IN_SHORT = 3.0
LEAD_IN_ITEM_LOOKAHEAD = 8     # lines under a lead-in's first ordinal item searched for its second (lists_under_lead_ins)
# A line under a short one and this much narrower than its column is the second line of a heading,
# not the first line of a paragraph (more than a paragraph's two-character indent).
HEADING_INSET = 2.5
# The words of a column's motto set one word a line (深思 / 明辨 / 笃行) are at most this long.
MOTTO_WORD_CHARS = 2
# A line that opens a block and falls short of its text's column by this much more than the page's paragraphs
# indent their first lines is a title over the text (see titles_over_text).
TITLE_SHORTFALL = 2.5
# How many other headings of its marker family, all short one-line headings, make a marked line as wide as its column a
# heading of its own (heads_a_family_of_short_headings).
HEADING_FAMILY_EVIDENCE = 2
# How much narrower than its text a title right under the signature closing the text before may be (titles_over_text).
SIGNED_TITLE_SHORTFALL = 1.0
# The place a text's first line gives up to an opening mark (“, 《) that no line may end with (signed_title_room).
MARK_PLACE = 1.0
# Chinese type indents a paragraph's first line by two characters, or not at all.
PARAGRAPH_INDENT = 2.0
# A line or paragraph holding at least one space in LETTER_SPACED_SHARE characters is set letter-spaced (破 解 这 些:
# one in two; 3 leaves room for the marks and numbers PDF extraction sets without a space after them) (qa24, session 10).
LETTER_SPACED_SHARE = 3
# This many letter-spaced lines in a row are a column of text set letter-spaced, not a spaced title or byline
# (以 高 水 平 对 外 开 放 / 促 进 深 层 次 改 革: two lines at most) (qa29, session 10).
SPACED_RUN_LINES = 3
# In `letter_spaced_runs`, a byte a line: a run of SPACED_RUN_LINES letter-spaced lines or more.
SPACED_RUN = re.compile(b"\x01{%d,}" % SPACED_RUN_LINES)
# A page on which this share of the lines of SPACED_PAGE_LINE_CHARS characters or more is set letter-spaced is set so
# throughout, as some PDFs are: its spacing parts no column from another (despaced_page). Pages with a spaced column
# or two beside unspaced ones hold a third to two thirds of such lines (the annotated corpus, session 16).
SPACED_PAGE_SHARE = 0.8
SPACED_PAGE_LINE_CHARS = 8
# A page with fewer spaces than one in this many characters cannot be spaced throughout: a letter-spaced line holds
# one in LETTER_SPACED_SHARE + 1 or more, so SPACED_PAGE_SHARE of them hold well over one in six (a C-speed count
# of the page's text spares the test of its lines on almost every page).
SPACED_PAGE_SPACE_RATIO = 6
# In `surely_joined` as bytes: a line that opens a block (not surely joined to the line above), surely joined
# to the line under it.
OPENS_OVER_JOINED = re.compile(b"\x00(?=\x01)")
# On a page of hard-wrapped columns, a line more than this many times as wide as the column around it is a paragraph set
# on one line across the page (see one_line_paragraphs) (qa39, session 11).
ONE_LINE_SHARE = 2.0
# A box set apart in a narrower column than the text around it (数读 / 截至2025年底，全省农村网 / …): this many lines
# or more in a row, each short of the column around it by SHORT_SHARE (the window takes in the wider text on either
# side) but no narrower than NARROW_BOX_MIN_WIDTH (headings, bylines and mottos are), as wide as one another within
# NARROW_BOX_SLACK, are a column of their own (see narrow_box_columns) (qa39, session 11).
NARROW_BOX_LINES = 3
NARROW_BOX_MIN_WIDTH = 10.0
NARROW_BOX_SLACK = 1.0
# A box that opens with its label in brackets (【专家简介】…, 【名词解释】…) is one of two full lines and a short last too:
# narrower lines of the text's own column under a wider lead are no box (narrow_box_columns, qa119).
BOX_LABEL_OPENERS = ("【", "[")
# A paragraph's full lines this many times as wide as the column around them, WIDE_LEAD_LINES of them or more, are set
# in a wider column of their own (wide_lead_columns).
WIDE_LEAD_SHARE = 1.25
WIDE_LEAD_LINES = 2

# In the PDF layout (a blank line after every line), this many lines in a row set without a blank line between them
# are a dense stretch (a box or column set tight), not a title, byline and first line set tight over their text:
# tight_lines leaves them to the width rules (qa35, session 11). In `tight_lines` as bytes, a byte a step.
DENSE_STRETCH_STEPS = 5
DENSE_STRETCH = re.compile(b"\x01{%d,}" % DENSE_STRETCH_STEPS)

# A reporter's question runs on for at most this many lines to the answer's turn under it (question_tails).
QUESTION_TAIL_LINES = 4

# A page parts its paragraphs with blank lines (blank_parted_page) when this many paragraph ends or more (a line ending a
# sentence short of its column) stand on it, and at least this share of them have a blank line under them (qa198).
BLANK_PARTED_MIN_ENDS = 5
BLANK_PARTED_SHARE = 0.9

SENTENCE_MARKS = frozenset(P.SENTENCE_MARKS)     # a set: the empty string is not a member
# The labels of the bylines that bylines_among finds by a prefix test (采写：…, 本文作者：…, 专栏作者：…): one tuple, one
# str.startswith a short line.
LABELLED_BYLINE_PREFIXES = (*P.PREFIXED_BYLINE_STARTS, *P.COLUMNIST_AUTHOR_LABELS, *P.SPEAKER_BYLINE_LABELS)


class Block(NamedTuple):
    """A paragraph-level unit: one or more source lines joined. (A named tuple: a document has
    thousands, and a tuple is made several times faster than a frozen dataclass.)"""

    text: str            # joined text, spaces as in the source (the segmenter collapses them)
    n_lines: int
    width: float         # the local column width around the block's first line
    line_no: int         # 0-based index of the first source line
    # Of a one-line block: the byline its line is, if any (reflow has read it, so units need not ask
    # again). None for a longer block. No default: whoever makes a one-line block must say.
    byline: Byline | None


def display_width(line: str) -> float:
    """Columns a line takes in print: CJK and full-width marks 1, ASCII 0.5, spaces 0."""
    # ASCII characters counted at C speed (encode drops the others); spaces are ASCII and count 0.
    return len(line) - 0.5 * (line.count(" ") + len(line.encode("ascii", "ignore")))


def display_widths(texts: list[str], text: str) -> list[float]:
    """display_width of each line (lines hold no newline; `text` is the lines joined with "\\n"): the
    same sum, with the ASCII characters of all lines found by one encode of the whole text. Most
    lines have none, and are as wide as they are long."""
    widths = list(map(float, map(len, texts)))
    ascii_parts = text.encode("ascii", "ignore").split(b"\n")
    for k in compress(count(), ascii_parts):
        part = ascii_parts[k]
        widths[k] -= 0.5 * (len(part) + part.count(b" "))
    return widths


def upper_quartile(window: list[float] | tuple[float, ...]) -> float:
    """The value three quarters up the sorted window (its largest for one or two values)."""
    return sorted(window)[(len(window) * 3) // 4]


def is_letter_spaced(text: str) -> bool:
    """Whether a line or paragraph is set letter-spaced (see LETTER_SPACED_SHARE)."""
    return text.count(" ") * LETTER_SPACED_SHARE >= len(text)


def with_markers_on_their_lines(lines: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """The lines, a section's marker set alone on its line (一、 / （二） / 叁、) put at the start of the next line that holds
    text (一、 / 引言 -> 一、引言; across the blank line of a page that has one after every line): PDF extraction puts a
    heading's number on a line of its own where the page set it in a box or a font of its own. Read apart, the marker
    was a paragraph of its own and its heading a plain line whose section had no marker (and nested in no grammar);
    on its line, the marker opens what it numbers, a heading or a paragraph, as the page meant. Only lines ending
    as a marker ends are looked at (every alternative of the pattern ends with 、, ） or ), so the selection is the
    same): one C-level str.endswith a line, where a scan of the lengths took two calls a line and passed more lines
    (678 short lines against 467 ending so in 37.5k lines of 100 documents); the length test then runs on those few."""
    ending = compress(count(), map(str.endswith, lines, repeat(P.BARE_MARKER_ENDS)))
    at = [i for i in ending if len(lines[i]) in P.BARE_MARKER_LENGTHS and P.BARE_SECTION_MARKER.fullmatch(lines[i])]
    if not at:
        return lines
    out = list(lines)
    for i in reversed(at):
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k]), None)
        if j is not None and not P.BARE_SECTION_MARKER.fullmatch(out[j]):
            out[j] = out[i] + out[j]
            del out[i:j]
    return out


def with_run_on_signatures_on_their_lines(lines: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """The lines, a bulleted signature run on after a text's last sentence (……好日子”。◎顾清扬) put on a line of its own
    under it (across a blank line where the page has one after every line): there it signs the piece. Only the name a
    byline reads as a person's is moved (RUN_ON_SIGNATURE; lines ending with one of its bullets and a name are few).
    (qa224)"""
    found = [(i, m) for i, line in enumerate(lines) if any(map(line[-12:].__contains__, P.RUN_ON_SIGNATURE_BULLETS))
             and (m := P.RUN_ON_SIGNATURE.match(line.rstrip())) and (by := byline(m.group(2))) and not by.source]
    if not found:
        return lines
    out = list(lines)
    for i, m in reversed(found):
        blank = [""] if i + 1 < len(out) and not out[i + 1].strip() else []
        out[i:i + 1] = [m.group(1), *blank, m.group(2)]
    return out


def despaced_page(lines: tuple[str, ...] | list[str], text: str) -> tuple[str, ...] | list[str]:
    """The lines of a page set letter-spaced throughout (SPACED_PAGE_SHARE; `text`: the page's text, for a quick
    count) with the lone spaces between Chinese characters and marks taken out (P.LETTER_SPACING): its titles,
    bylines, headings and markers then read as on any page (以 科 技 金 融 助 力 → 以科技金融助力). Wider gaps stay
    (林 海  邹 洁 → 林海  邹洁: two names). A page with some columns spaced keeps its spaces: there they tell the
    columns apart (letter_spaced_runs)."""
    if text.count(" ") * SPACED_PAGE_SPACE_RATIO < len(text):
        return lines
    long = [line for line in map(str.strip, lines) if len(line) >= SPACED_PAGE_LINE_CHARS]
    if sum(map(is_letter_spaced, long)) < SPACED_PAGE_SHARE * len(long) or not long:
        return lines
    return [P.LETTER_SPACING.sub("", line) if is_letter_spaced(line.strip()) else line for line in lines]


def space_counts(texts: list[str]) -> tuple[list[int], list[int]]:
    """The lines that hold a space (a tenth of most pages), and the number of spaces in each: what table rows and
    letter-spaced lines are told by. (A substring test picks the lines at C speed, and only those have their spaces
    counted; operator.contains, a C function: a slot wrapper such as str.__contains__ costs twice as much a call.)"""
    spaced = list(compress(count(), map(contains, texts, repeat(" "))))
    return spaced, list(map(methodcaller("count", " "), map(texts.__getitem__, spaced)))


def letter_spaced_runs(texts: list[str], spaced: list[int], counts: list[int]) -> list[range]:
    """The runs of SPACED_RUN_LINES or more lines in a row set letter-spaced (see LETTER_SPACED_SHARE): columns of
    text whose spaces count no width in display_width, so that their lines read narrower than the column they fill,
    and a title over them (小微企业融资“贷”动新活力 over 小 微 企 业 是 稳 就 业 、促 增 长) as wide as they are.
    (`spaced`, `counts`: see space_counts. The letter-spaced lines are marked in a string of a byte a line, at C
    speed, and one regex scan of it finds the runs.)"""
    lengths = map(len, map(texts.__getitem__, spaced))
    letter_spaced = compress(spaced, map(le, lengths, map(LETTER_SPACED_SHARE.__mul__, counts)))
    marks = bytearray(len(texts))
    any(map(marks.__setitem__, letter_spaced, repeat(1)))      # (setitem returns None: any() runs the map out)
    return [range(*m.span()) for m in SPACED_RUN.finditer(marks)]


def setting_column_widths(widths: list[float], runs: list[range]) -> list[float]:
    """column_widths, with each run of letter-spaced lines (letter_spaced_runs) a column of its own, as wide as the
    upper quartile of its lines, and the other lines measured among themselves, as if the runs were not there: a
    letter-spaced line reads narrower than an unspaced line of the same column (its spaces count no width), so a
    line set beside or over such a run (a title, the end of the text before it) is measured by the column of the
    unspaced text around it. On a page whose spacing changes line by line within one paragraph, the runs are short
    and the widths alike: nothing changes there."""
    if not runs:
        return column_widths(widths)
    # (slices and list concatenations, at C speed: a step a run, not a line)
    bounds = [0, *(b for run in runs for b in (run.start, run.stop)), len(widths)]
    stretches = list(zip(bounds[0::2], bounds[1::2]))          # the lines between the runs
    others = column_widths(list(chain.from_iterable(widths[a:b] for a, b in stretches)))
    cols: list[float] = []
    taken = 0
    for (a, b), run in zip(stretches, runs):
        cols += others[taken: taken + b - a]
        cols += repeat(upper_quartile(widths[run.start: run.stop]), len(run))
        taken += b - a
    return cols + others[taken:]


def signed_column_widths(texts: list[str], widths: list[float], runs: list[range], signed: set[int]) -> list[float]:
    """setting_column_widths, with the lines from each line right under a closing signature (`signed`, see
    under_signatures) on measured among themselves: the next article may be set in a narrower column than the one
    signed above it, and its first lines, measured in a window that holds the wider article's last lines, would read
    short and end their paragraph there (人才是创新的第一资源。…要在引、 22 wide under an article 30 wide) (session
    14). A note in brackets under the signature (（作者单位：…）) is the signature's: the stretch starts under it. A
    stretch of fewer than MIN_SIGNED_STRETCH lines (a full window) is not cut off: too few lines to make a column
    (a line hung past the edge would set it)."""
    cuts = [k for k in sorted(map(partial(past_notes, texts), signed))
            if MIN_SIGNED_STRETCH <= k <= len(widths) - MIN_SIGNED_STRETCH]
    bounds = [0]
    for k in cuts:
        if k - bounds[-1] >= MIN_SIGNED_STRETCH:
            bounds.append(k)
    bounds.append(len(widths))
    if len(bounds) == 2:
        return setting_column_widths(widths, runs)
    cols: list[float] = []
    for a, b in zip(bounds, bounds[1:]):
        inside = [range(max(r.start, a) - a, min(r.stop, b) - a) for r in runs if r.start < b and r.stop > a]
        cols += setting_column_widths(widths[a:b], inside)
    return cols


def pull_quote_lines(widths: list[float], cols: list[float], ends: list[bool], k: int) -> range:
    """The lines of the pull quote opening at line k (■数据要素的价值在于流 / 动和使用，… / 造价值), when it is set in a
    box narrower than its column by HEADING_INSET or more, no narrower than NARROW_BOX_MIN_WIDTH, and wraps: its lines as wide as its first within
    NARROW_BOX_SLACK, or its short last, none but the last ending a sentence; an empty range otherwise."""
    width, b, n = widths[k], k + 1, len(widths)
    if width > cols[k] - HEADING_INSET or width < NARROW_BOX_MIN_WIDTH:     # (■ 小资料: a box's label, no quote)
        return range(0)
    while b < n and not ends[b - 1] and widths[b] <= width + NARROW_BOX_SLACK:
        b += 1
    return range(k, b) if b - k >= 2 else range(0)


def widen_beside_pull_quotes(widths: list[float], cols: list[float], ends: list[bool], quotes: list[int]) -> None:
    """`cols` set, for the lines around a narrow pull quote's box (pull_quote_lines), to the upper quartile of their
    window without the box's lines, where that is wider by HEADING_INSET or more: the box's short lines and the short lines of the text around
    it (a paragraph's end, a two-line heading) made the window's quartile the box's width, and the text's next
    paragraph, measured so, read as set in a column of its own and cut the article at the heading under it (qa241).
    The quote's own lines keep their measure. (Few lines: the quotes are found by one scan of the line initials.)"""
    n = len(widths)
    for k in quotes:
        box = pull_quote_lines(widths, cols, ends, k)
        if not box:
            continue
        for i in chain(range(max(0, box.start - WIDTH_WINDOW), box.start), range(box.stop, min(n, box.stop + WIDTH_WINDOW))):
            window = [widths[j] for j in range(max(0, i - WIDTH_WINDOW), min(n, i + WIDTH_WINDOW + 1)) if j not in box]
            if (column := upper_quartile(window)) > cols[i] + HEADING_INSET:
                cols[i] = column        # (a unit or two off is the column's own ragged edge: left as measured)


def past_notes(texts: list[str], k: int) -> int:
    """The first line from line k on that is not a note in brackets of its own (（作者单位：…）: opening with a note's
    bracket, closing with one); k itself if it is not. (A standfirst opening with a label in brackets, 【核心提示】…,
    is no note: it runs on.)"""
    while k < len(texts) and texts[k][:1] in P.NOTE_OPENERS and texts[k][-1:] in P.NOTE_CLOSERS:
        k += 1
    return k


def narrow_box_columns(texts: list[str], widths: list[float], cols: list[float], ends: list[bool],
                       signatures: Collection[int] = ()) -> list[range]:
    """The runs of lines set in a box narrower than the text around it (a sidebar, 数说…/数读, a glossary, 名词解释),
    whose column `cols` is set to (the median of its lines but the last: a mark hung past the edge widens a line):
    NARROW_BOX_LINES lines or more in a row, no narrower than
    NARROW_BOX_MIN_WIDTH (headings, titles and bylines are), as wide as one another within NARROW_BOX_SLACK but the
    last (which may end its paragraph short), none but the last ending a sentence, one of them short of the column
    around it by HEADING_INSET or more, none holding a space (a letter-spaced line's spaces count no width: a heading
    over letter-spaced text reads as wide as its lines; setting_column_widths measures those). The window around a
    box's lines takes in the wider text on either side, so they read as headings or paragraph ends, one block a
    line; they fill a column of their own. (The lines short of their window's column are found by C-level maps: a
    paragraph's last line, a heading, a byline, a box's lines; the cheap tests first rule out most of them, which end
    a sentence or stand over a line of another width.)"""
    n, runs, done = len(widths), [], 0
    # (short of its column and ending no sentence: C-level flags a line, True > False where both hold)
    candidates = compress(count(), map(gt, map(le, map(sub, widths[:-1], cols), repeat(-HEADING_INSET)), ends))
    # (and the line right under a signature, which a column of its own may measure already, short of the column under
    # it: an unlabelled box between two articles, 某某某 / 全省现有… / … / …人次。, qa131; few)
    under = [s + 1 for s in signatures if s + 2 < n and not ends[s + 1] and widths[s + 1] <= cols[s + 2] - HEADING_INSET]
    for k in sorted({*candidates, *under}) if under else candidates:
        if k < done or (width := widths[k]) < NARROW_BOX_MIN_WIDTH or abs(widths[k + 1] - width) > NARROW_BOX_SLACK:
            continue
        a = k
        while a > 0 and not ends[a - 1] and abs(widths[a - 1] - width) <= NARROW_BOX_SLACK:
            a -= 1
        b = k + 2
        while b < n and not ends[b - 1] and abs(widths[b] - width) <= NARROW_BOX_SLACK:
            b += 1
        if (b - a == NARROW_BOX_LINES - 1 and b < n and not ends[b - 1] and ends[b] and widths[b] < width
                and (texts[a].startswith(BOX_LABEL_OPENERS) or a > 0 and (
                    a - 1 in signatures or ends[a - 1] and abs(widths[a - 1] - width) > NARROW_BOX_SLACK))):
            # a labelled box of two full lines over its short last (【专家简介】… / … / …政策。, qa119), or an unlabelled
            # one where a signature, or a text's last line of another width, ends right over it: no heading's wrap
            # there ends with a sentence, and a line as wide over them sets them in its column (qa131)
            b += 1
        done = b
        if b - a < NARROW_BOX_LINES:
            continue
        column = sorted(widths[a: b - 1])[(b - a - 1) // 2]
        a -= opens_box_paragraph(texts, widths, ends, a, width)
        if not any(map(contains, texts[a:b], repeat(" "))):
            runs.append(range(a, b))
            cols[a:b] = repeat(column, b - a)
    return runs


def opens_box_paragraph(texts: list[str], widths: list[float], ends: list[bool], a: int, width: float) -> bool:
    """Whether line a - 1, over the first of a narrow box's full lines (line a, `width` wide), is its paragraph's
    indented first line: short of the box's column by the indent, ending no sentence, under a line that ends one and
    is no wider than the box (the last line of the box's paragraph before: a sidebar's second paragraph, its first line
    8 wide over lines 10 wide, beside text 19 wide). Measured in the window's wider column it read as a heading, and the
    paragraph broke under it (session 26). Not a line holding a space: a letter-spaced line's width is no measure of an
    indent, and a box holds none (narrow_box_columns)."""
    j = a - 1
    return (j >= 1 and ends[j - 1] and not ends[j] and widths[j - 1] <= width + NARROW_BOX_SLACK
            and width - PARAGRAPH_INDENT - NARROW_BOX_SLACK <= widths[j] <= width - PARAGRAPH_INDENT + NARROW_BOX_SLACK
            and " " not in texts[j])


def wide_lead_columns(texts: list[str], widths: list[float], cols: list[float], ends: list[bool]) -> None:
    """`cols` set, for a paragraph set across a wider column than the text around it (a standfirst or lead over an
    article's text: 发展新型农业经营主体，…如何培 / 育壮大家庭农场…有机 / 衔接？ 28 wide over text 20 wide), to the width
    of its full lines: WIDE_LEAD_LINES lines or more in a row that end no sentence, as wide as one another within
    NARROW_BOX_SLACK, each wider than the column around it by more than WIDE_LEAD_SHARE, none holding a space, with the
    paragraph's indented first line over them, if any, and the line that ends the paragraph (the last of them, or a
    sentence's end under them, however short), right over wrapped text. The window around two or three such lines
    takes in the narrower text, so the paragraph reads as set in the text's column and the articles stage cannot tell
    it from the text (qa91). (A paragraph in a wider column over a title and byline is a short text of its own, which
    the articles stage reads by the window's measure as before. Only lines much wider than their window are looked
    at: few.)"""
    n, done = len(widths), 0
    for k in compress(count(), map(gt, widths, map(mul, cols, repeat(WIDE_LEAD_SHARE)))):
        if k < done or ends[k] or k + 1 >= n or widths[k] > MAX_COLUMN_WIDTH:
            continue
        width = widths[k]
        b = k + 1         # (the run of full lines: k to b - 1, the last of them or line b ending the paragraph)
        while b < n and not ends[b - 1] and abs(widths[b] - width) <= NARROW_BOX_SLACK:
            b += 1
        done = b
        last = b - 1 if ends[b - 1] else b
        # (an indented first line over them is the paragraph's too)
        a = k - 1 if (k and not ends[k - 1] and width - PARAGRAPH_INDENT - NARROW_BOX_SLACK <= widths[k - 1] < width
                      and widths[k - 1] > cols[k - 1] * WIDE_LEAD_SHARE) else k
        if (b - k >= WIDE_LEAD_LINES and last + 1 < n and ends[last] and widths[last] <= width + NARROW_BOX_SLACK
                and over_text(widths, cols, ends, last + 1)
                and not any(map(contains, texts[a:last + 1], repeat(" ")))
                and all(widths[j] > cols[j] * WIDE_LEAD_SHARE for j in range(k, b))):
            column = sorted(widths[k:b])[(b - k - 1) // 2]
            cols[a:last + 1] = repeat(column, last + 1 - a)


def over_text(widths: list[float], cols: list[float], ends: list[bool], b: int) -> bool:
    """Whether line b opens wrapped text of its column: it is not short in it, ends no sentence and the line under
    it is not short either (a title or a byline under a paragraph is short; see wide_lead_columns)."""
    return (b + 1 < len(widths) and not ends[b] and widths[b] >= cols[b] * SHORT_SHARE
            and widths[b + 1] >= cols[b + 1] * SHORT_SHARE)


def after_short_lead_ins(texts: list[str], lasts: str, widths: list[float], cols: list[float], ends: list[bool]
                         ) -> set[int]:
    """The lines b under a line that ends a lead-in with a colon (……据此，本文提出如下假设：) well short of its column
    under a line that fills it (a hard-wrapped column): the paragraph ends there, and the hypothesis or item it announces opens line b. In a hard-wrapped column
    a paragraph's inner line fills the column; one that stops short of it with a colon ends its paragraph, however
    wide (qa66). So it does at the column's edge over the list's first item indented (opens_indented_item, qa272).
    (Only the lines ending with a colon, one scan of the last characters, are measured.)"""
    return {k + 1 for k in lines_of(P.LEAD_IN_COLON, lasts[:-1])
            if k and (widths[k] < cols[k] - LEAD_IN_SHORT and widths[k - 1] >= cols[k] - FULL_LINE_SLACK
                      or opens_indented_item(texts, widths, cols[k], ends, k + 1))}


def opens_indented_item(texts: list[str], widths: list[float], col: float, ends: list[bool], b: int) -> bool:
    """Whether line b, under a line that fills its column and ends with a list's lead-in colon (…据此提出以下建议：),
    opens the list's first item a paragraph's indent short of the column (the indent stripped: 第一，实施…攻关工程。聚焦),
    ending no sentence, over a line that fills the column: the item opens a paragraph of its own, as the colon at the
    edge hides (a lead-in running on into its first item would fill that line to the edge)."""
    return (b + 1 < len(widths) and widths[b - 1] >= col - FULL_LINE_SLACK and not ends[b]
            and PARAGRAPH_INDENT - 0.5 <= col - widths[b] <= PARAGRAPH_INDENT + 1.0
            and widths[b + 1] >= col - FULL_LINE_SLACK and P.ITEM_OPENING_LINE.match(texts[b]) is not None)


def dash_items_under_lead_ins(texts: list[str], dashed: list[int], lasts: str) -> set[int]:
    """The first line of a plan's dash-led goals (具体目标是： / ——建设改造…80个以上；/ ——…；) under a lead-in that ends
    with a colon: the item opens a block, however full the line over it (a one-line paragraph as wide as its
    neighbours passes for a column's inner line); a wrap rarely leaves a doubled dash first on a line right after a
    colon (qa162). (Only lines beginning with a dash, `dashed` (dashed_lines), are tried.)"""
    return {k for k in dashed
            if k and lasts[k - 1] in P.DASH_ITEM_LEAD_ENDS and texts[k].startswith(P.DASH_ITEM_PREFIX)}


def lead_ins_over_blank_lines(lasts: str, line_nos: list[int]) -> set[int]:
    """The lines b under a line that ends with a colon and a blank line (下一步要做好三件事： / a blank line / 一是…), where
    blank lines part paragraphs: the lead-in ends its paragraph, and the list it announces opens line b (qa98)."""
    return {k + 1 for k in lines_of(P.LEAD_IN_COLON, lasts[:-1]) if line_nos[k + 1] > line_nos[k] + 1}


def under_emphasised_lines_over_blank_lines(firsts: str, lasts: str, line_nos: list[int]) -> set[int]:
    """The lines b under a Markdown line set whole in emphasis (*…（图｜某某）*) and a blank line: Markdown ends the
    paragraph at the blank line, though the emphasised line ends no sentence and fills its line (a caption's credit in
    brackets), so the text under it is never its run-on (qa276). (Only lines that close with the mark are looked at.)"""
    return {k + 1 for k in lines_of(P.EMPHASIS_MARK, lasts[:-1]) if firsts[k] == "*" and line_nos[k + 1] > line_nos[k] + 1}


def titles_over_bylines_under_blank_lines(line_nos: list[int], bylines: Iterable[int]) -> set[int]:
    """The lines b right over a byline and under a blank line, where blank lines part paragraphs (a box's last item,
    ‧首批院校：预计2030年起分阶段迁入 / a blank line / the next commentary's title / 文／某某): a title opens there, never the
    rest of the line over the blank, however wide the box's narrow column makes it read (qa195). (Only the lines over
    the bylines, few, are looked at.)"""
    return {k - 1 for k in bylines if k >= 2 and line_nos[k - 1] == line_nos[k] - 1 and line_nos[k - 2] < line_nos[k - 1] - 1}


def one_line_paragraphs(widths: list[float], cols: list[float], ends: list[bool]) -> set[int]:
    """The lines more than ONE_LINE_SHARE times as wide as the column around them, on a page of hard-wrapped columns: a
    paragraph set on one long line across the page (the lead of a page's topic box, 本期话题 / its title / 如何…？本期约请
    …), which continues no line of a column (a title line as wide as the column over it). Not a line under a line as
    wide or wider that ends no sentence: that is the same paragraph wrapped, on a page of headings around one paragraph,
    whose short lines make the column. (C-level maps.)"""
    if not widths or max(widths) <= ONE_LINE_SHARE * min(cols):
        return set()                    # (most pages: two C-level scans)
    return {k for k in compress(count(), map(gt, widths, map(mul, cols, repeat(ONE_LINE_SHARE))))
            if not (k and widths[k - 1] >= widths[k] and not ends[k - 1])}


def spacing_changes(runs: list[range]) -> set[int]:
    """The lines b where a run of letter-spaced lines (letter_spaced_runs) starts or ends: lines b - 1 and b are
    measured in different columns (see setting_column_widths)."""
    return {k for run in runs for k in (run.start, run.stop)}


def column_widths(widths: list[float]) -> list[float]:
    """For each line, the column width around it: the upper quartile of the widths of its window
    (the lines within WIDTH_WINDOW of it)."""
    n, span = len(widths), 2 * WIDTH_WINDOW + 1
    if n <= span:
        return [upper_quartile(widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]) for i in range(n)]
    head = [upper_quartile(widths[: i + WIDTH_WINDOW + 1]) for i in range(WIDTH_WINDOW)]
    tail = [upper_quartile(widths[i - WIDTH_WINDOW:]) for i in range(n - WIDTH_WINDOW, n)]
    # The full windows in between: one sorted window slides down the lines, losing the width that
    # leaves it and taking the one that enters in place (list.remove and insort run in C), instead
    # of a window sorted afresh for each line. (Where the width that enters is the one that leaves, as in a hard-wrapped
    # column of full lines, the window stays as it is: no step at all.)
    window, middle, quartile = sorted(widths[:span]), [], (span * 3) // 4
    for leaving, entering in zip(widths, widths[span:]):
        middle.append(window[quartile])
        if leaving != entering:
            window.remove(leaving)
            insort(window, entering)
    middle.append(window[quartile])
    return head + middle + tail


def opens_over_full_lines(page: Page, a: int, start: int) -> bool:
    """Whether line a, an interviewee's turn that a break opens (葛立平：…, opens_turn), fills the column over FULL_LINES_BELOW lines
    that fill it too: the column is real though the short lines above (a title, a byline, a one-line question) leave
    too few full ones around it for is_regular_column, so a sentence ending at its edge may go on (qa167)."""
    if a != start or a not in page.breaks or a + P.FULL_LINES_BELOW >= len(page.widths) or not opens_turn(page.texts[a]):
        return False
    col = page.cols[a]
    return all(abs(page.widths[k] - col) <= 0.5 for k in range(a + 1, a + 1 + P.FULL_LINES_BELOW))


def is_regular_column(widths: list[float], i: int, width: float) -> bool:
    """True where most neighbouring lines fill the same column: a real hard-wrapped layout."""
    window = widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]
    full = sum(1 for w in window if abs(w - width) <= 1.5)
    return width <= MAX_COLUMN_WIDTH and full * 2 >= len(window)


def edge_characters(texts: list[str]) -> tuple[str, str]:
    """The first characters of the (non-empty) lines, one string, and their last characters.

    A test of a line's first or last character is then one regex scan of such a string, where a
    match's offset is the line's index, instead of a call per line.
    """
    return "".join(map(itemgetter(0), texts)), "".join(map(itemgetter(-1), texts))


def item_stops_cut_at_wrap(texts: list[str], firsts: str) -> list[int]:
    """The lines k opening with the stop of an inline list's item number that ends line k - 1 (…整合；2 / 。推动…, which
    rule 4 made a Chinese full stop, ITEM_NUMBER_AT_LINE_END): the stop is the item's marker's, '.' (qa235)."""
    return [k for k in lines_of(P.FULL_STOP_INITIAL, firsts)
            if k and P.HAN_CHAR.match(texts[k], 1) and P.ITEM_NUMBER_AT_LINE_END.search(texts[k - 1])]


def lines_of(pattern: re.Pattern[str], characters: str) -> list[int]:
    """The indexes of the characters (of edge_characters) that `pattern`, a character class, matches."""
    if (known := _CLASS_LISTS.get(id(pattern))) is None or known[0] is not pattern:
        known = _CLASS_LISTS[id(pattern)] = pattern, class_list(pattern)
    if (listed := known[1]) is not None:
        # A class of a few listed characters: str's substring test and find (memchr) go over the string at a fraction
        # of the cost of re's test of each character against the class (~45 instructions a character).
        present = [ch for ch in listed if ch in characters]
        if not present:
            return []
        found = []
        for ch in present:
            k = characters.find(ch)
            while k >= 0:
                found.append(k)
                k = characters.find(ch, k + 1)
        if len(present) > 1:
            found.sort()
        return found
    # (Most scans find nothing (63 % of 32.6k on 500 documents): one search tells so without the iterator and list
    # finditer builds; a hit's scan goes on from the first match, where finditer would find it.)
    if (first := pattern.search(characters)) is None:
        return []
    return list(map(Match.start, pattern.finditer(characters, first.start())))


LISTED_CLASS_LIMIT = 20         # characters: a wider class costs more str scans than re's one pass
_CLASS_LISTS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def class_list(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The characters `pattern` matches where it is one literal or one class of at most LISTED_CLASS_LIMIT listed
    characters (from its parse, so that an edit of the pattern cannot leave the list out of date); None for any other."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    chars = _listed(parsed[0]) if len(parsed) == 1 else None
    return tuple(sorted(chars)) if chars is not None and len(chars) <= LISTED_CLASS_LIMIT else None


def holds_whitespace(characters: str) -> bool:
    """Whether the string holds a whitespace character (str.split finds them at C speed, faster than
    a regex search for \\s; both go by str.isspace, as str.strip does)."""
    return characters.split() != [characters]


def non_blank_lines(lines: list[str] | tuple[str, ...]) -> tuple[list[str], list[int], str, str]:
    """The non-blank lines, stripped, the index of each among all lines, and their edge_characters."""
    texts = list(filter(None, lines))
    firsts, lasts = edge_characters(texts)
    if not holds_whitespace(firsts + lasts):
        # No line starts or ends with a space (a normalised text's lines never do): no copies to strip.
        line_nos = list(range(len(lines))) if len(texts) == len(lines) else list(compress(count(), lines))
        return texts, line_nos, firsts, lasts
    stripped = list(map(str.strip, lines))
    texts = list(filter(None, stripped))
    return texts, list(compress(count(), stripped)), *edge_characters(texts)


def without_folios(texts: list[str], line_nos: list[int], firsts: str, lasts: str
                   ) -> tuple[list[str], list[int], str, str, list[Block], dict[int, int]]:
    """non_blank_lines' results without the page numbers a PDF prints at each page's foot (— 3 —) and
    the running heads over the next page's text, and those lines as one-line blocks: a paragraph that
    runs on over the page break joins across it, as the reader reads it, and the number and the head
    are page furniture. (Only the lines that begin with a dash, found by one scan of `firsts`, are
    tried on FOLIO_LINE.) The last result: the source line numbers of the lines lifted from amid a sentence that go
    elsewhere, with the line number they sort at: running heads to the top of the page (-1, page_heads_mid_sentence),
    pull quotes after the line holding their words (pull_quotes_mid_sentence)."""
    candidates = lines_of(P.FOLIO_INITIAL, firsts)
    folio_nos = [k for k in candidates if P.FOLIO_LINE.fullmatch(texts[k])]
    folio_nos += folios_beside_heads(texts, firsts, lasts, folio_nos)
    heads = page_heads_mid_sentence(texts)
    footers = (page_footers_mid_text(texts, candidates) + magazine_heads_mid_text(texts, firsts)
               + running_feet_over_bare_numbers(texts, firsts))
    pagers = pagers_mid_sentence(texts, firsts, lasts)
    quotes = pull_quotes_mid_sentence(texts, firsts)
    if not folio_nos and not footers and not heads and not pagers and not quotes:
        return texts, line_nos, firsts, lasts, [], {}
    lifted = sorted({*folio_nos, *running_head_lines(texts, folio_nos), *footers, *heads, *pagers, *quotes})
    folios = [Block(texts[k], 1, display_width(texts[k]), line_nos[k], None) for k in lifted]
    kept = sorted(set(range(len(texts))).difference(lifted))
    moved = {line_nos[k]: -1 for k in heads} | {line_nos[k]: line_nos[source] for k, source in quotes.items()}
    texts, line_nos = [texts[k] for k in kept], [line_nos[k] for k in kept]
    return texts, line_nos, *edge_characters(texts), folios, moved


def pull_quotes_mid_sentence(texts: list[str], firsts: str) -> dict[int, int]:
    """The pull quotes a PDF column printed between two lines of one sentence (…让群 / “让数据多跑路、群众少跑腿” / 众的事…),
    each with the line holding the words it quotes: a line wholly in one pair of quotation marks, its words
    (ECHOED_QUOTE_MIN_CHARS or more) standing in the text within PULL_QUOTE_SOURCE_LINES lines (qa262). (Only lines
    opening with a quotation mark, one scan of `firsts`, are tried.)"""
    found: dict[int, int] = {}
    for k in lines_of(P.PULL_QUOTE_OPENER_INITIAL, firsts):
        words = quoted_line_words(texts[k])
        if len(words) < P.ECHOED_QUOTE_MIN_CHARS or not cut_sentence_around(texts, k, k):
            continue
        lo, hi = max(0, k - P.PULL_QUOTE_SOURCE_LINES), min(len(texts), k + 1 + P.PULL_QUOTE_SOURCE_LINES)
        around = texts[lo:k] + texts[k + 1:hi]
        at = "".join(around).find(words)
        if at >= 0:
            ends = list(accumulate(map(len, around)))
            n = next(i for i, end in enumerate(ends) if end >= at + len(words))
            found[k] = lo + n if lo + n < k else lo + n + 1
    return found


def quoted_line_words(line: str) -> str:
    """The words of a line wholly in one pair of quotation marks (“让数据多跑路、群众少跑腿”, an end mark after it or
    none), without the marks; "" for any other line."""
    words = line.rstrip(P.ECHOED_QUOTE_DROPPED_ENDS)
    opener = P.PULL_QUOTE_OPENERS.index(words[0]) if words[:1] in P.PULL_QUOTE_OPENERS else -1
    if opener < 0 or not words.endswith(P.PULL_QUOTE_CLOSERS[opener]):
        return ""
    inner = words[1:-1]
    return "" if words[0] in inner or words[-1] in inner else inner.rstrip(P.ECHOED_QUOTE_DROPPED_ENDS)


def pagers_mid_sentence(texts: list[str], firsts: str, lasts: str) -> list[int]:
    """The pager lines of a web article split over pages (上一页 1 2 下一页, PAGER_LINE) under a line that ends no
    sentence: the page broke a paragraph, which runs on under the pager as a PDF's does over its page number (qa232).
    (Only lines beginning with PAGER_INITIAL and holding 一页 are tried on the pattern.)"""
    return [k for k in lines_of(P.PAGER_INITIAL, firsts)
            if 0 < k < len(texts) - 1 and "一页" in texts[k] and lasts[k - 1] not in P.PAGER_PARAGRAPH_END_MARKS
            and P.PAGER_LINE.match(texts[k])]


def page_footers_mid_text(texts: list[str], candidates: list[int]) -> list[int]:
    """The lines of a newspaper page's footer printed between two lines of one sentence (…绿色化方 / 第 5 版 /
    2026年9月8日 / 向发展，…): the page's number alone on its line (第 5 版), with the date alone on the line under
    or over it, the line before them stopping short of a sentence's end and the line after opening no block. Lifted
    out with the page numbers, so that the sentence runs on past them (qa100)."""
    found: list[int] = []
    for k in candidates:
        if not P.FOOTER_PAGE_NUMBER.match(texts[k]):
            continue
        lo = k - 1 if k > 0 and P.DATE_ONLY_LINE.match(texts[k - 1]) else k
        hi = k + 1 if k + 1 < len(texts) and P.DATE_ONLY_LINE.match(texts[k + 1]) else k
        if cut_sentence_around(texts, lo, hi):
            found.extend(range(lo, hi + 1))
    return found


def cut_sentence_around(texts: list[str], lo: int, hi: int) -> bool:
    """Whether the lines from lo to hi stand between two lines of one sentence: the line before stops short of a
    sentence's end on a character a cut word may end with, and the line after opens no block."""
    if lo == 0 or hi + 1 >= len(texts):
        return False
    before, after = texts[lo - 1].rstrip(), texts[hi + 1]
    return not (before[-1:] in P.SENTENCE_END_MARKS or not P.CUT_WORD_LAST.match(before[-1:])
                or P.BLOCK_START_OR_DATE_LINE.match(after))


def magazine_heads_mid_text(texts: list[str], firsts: str) -> list[int]:
    """The running head of a magazine page that PDF extraction set between two lines of one sentence, the magazine's
    name and issue with the bare page number on the line under or over it (…尚未根本缓解，重 / 半月谈 2026年第14期 / 18 /
    点区域…): the line before stops short of a sentence's end and the line after opens no block. Lifted out with the
    page numbers, so that the sentence runs on past them and the number joins no line of text (qa237). Only lines
    opening with a digit (one scan of `firsts`) and of a page number's length are tried."""
    found: list[int] = []
    for k in lines_of(P.PAGE_NUMBER_INITIAL, firsts):
        if len(texts[k]) > P.BARE_PAGE_NUMBER_MAX_CHARS or not texts[k].isdecimal():
            continue
        head = k - 1 if k > 0 and is_spaced_masthead(texts[k - 1]) else k + 1
        if not (0 < head < len(texts) - 1 and head != k and is_spaced_masthead(texts[head])):
            continue
        lo, hi = min(k, head), max(k, head)
        if cut_sentence_around(texts, lo, hi):
            found.extend((lo, hi))
    return found


def running_feet_over_bare_numbers(texts: list[str], firsts: str) -> list[int]:
    """The running feet of a report's PDF pages, each on the line over its page's bare number (某某研究院研究报告 / 1 …
    某某研究报告题目 / 2), and those numbers (running_feet): lifted out with the numbers, so that a paragraph runs on
    over the page break past both (qa268). Only lines opening with a digit (one scan of `firsts`) are tried."""
    return [k for pair in running_feet(texts, lines_of(P.PAGE_NUMBER_INITIAL, firsts)) for k in pair]


def running_feet(texts: list[str], numbers: list[int]) -> list[tuple[int, int]]:
    """Of the candidate lines `numbers`, those that are a page's bare number under a running foot, as (foot, number):
    a foot set over more than one number, or repeating the cover's first lines (title_head_forms), is furniture, not
    the page's last line of text (a line of text is met once). (Not the document's first line: a date over the first
    page's number is the page's head, not a foot repeating it.)"""
    pairs = [(k - 1, k) for k in numbers
             if 1 < k and len(texts[k]) <= P.BARE_PAGE_NUMBER_MAX_CHARS and texts[k].isdecimal()
             and len(texts[k - 1]) >= P.RUNNING_FOOT_MIN_CHARS and "，" not in texts[k - 1] and "。" not in texts[k - 1]]
    if not pairs:
        return []
    counts = Counter(texts[foot] for foot, _ in pairs)
    forms = title_head_forms(texts[0], texts[1] if len(texts) > 1 else "")
    return [(foot, number) for foot, number in pairs
            if counts[texts[foot]] > 1 or without_spaces(texts[foot]) in forms]


def page_heads_mid_sentence(texts: list[str]) -> list[int]:
    """The running heads of a newspaper page that PDF extraction set between two lines of one sentence (…近两年，“平急两用”
    / 人民日报 2026年3月12日 第5版 评论 / 公共基础设施建设…): the line before fills its column as the line after does and
    stops short of a sentence's end, and the line after opens no block. Lifted out with the page numbers, so that the
    sentence runs on past the head, and the head goes to the top of the page, where it was printed: amid the text it
    would read as a second page glued on under the first, which starts its text anew (articles.mid_page_heads) and
    would cut the article in two (qa166). Only lines holding PAGE_HEAD_WORD are tried (a substring test)."""
    found: list[int] = []
    for k in range(1, len(texts) - 1):
        line = texts[k]
        # (a line of text with a date in it has clause marks, a running head none: substring tests first)
        if P.PAGE_HEAD_WORD not in line or "，" in line or "。" in line:
            continue
        before, after = texts[k - 1], texts[k + 1]
        if (before.rstrip(P.SENTENCE_CLOSERS)[-1:] not in P.SENTENCE_END_MARKS and is_page_head(line)
                and display_width(before) >= display_width(after) and not P.BLOCK_START_OR_DATE_LINE.match(after)):
            found.append(k)
    return found


def running_head_lines(texts: list[str], folio_nos: list[int]) -> list[int]:
    """The lines right after the PDF page numbers that are running heads (see running_heads), and those right before
    them that repeat the document's title (a head set over its page's number: title_head_forms): lifted out of the
    text with the numbers, so that a paragraph runs on over the page break past both."""
    after = [k + 1 for k in folio_nos if k + 1 < len(texts)]
    first, second = (texts[0] if texts else ""), (texts[1] if len(texts) > 1 else "")
    heads = running_heads([texts[k] for k in after], first, second)
    forms = title_head_forms(first, second)
    # (past the title's own lines: a cover's title over a page number is the title)
    before = [k - 1 for k in folio_nos if k > 2 and without_spaces(texts[k - 1]) in forms]
    return [k for k in after if texts[k] in heads] + before


def running_heads(after_folios: list[str], first_line: str = "", second_line: str = "") -> set[str]:
    """Of the lines that follow a PDF's page numbers, those that follow more than one: the running head set
    at the top of each page (the document's title, its issuer's name), not text. (A page's first line of
    text is met once.) One that repeats the document's title (title_head_forms) is a running head met once:
    a short document may have it over one page only (qa117); so is one that sets the cover's first two lines as one
    (某某研究中心 / 研 究 报 告 on the cover, 某某研究中心研究报告 over every other page, the title over the rest: qa230)."""
    forms = title_head_forms(first_line, second_line)
    return {line for line, n in Counter(after_folios).items()
            if n > 1 or line == first_line or without_spaces(line) in forms}


def title_head_forms(first_line: str, second_line: str = "") -> set[str]:
    """The document's title as a running head repeats it, without spaces: its first line, its first two lines as
    one, each also without the excerpt mark the cover's title ends with (某某规划纲要（节选）, 某某规划纲要 over the pages:
    qa243)."""
    forms = {without_spaces(first_line)} if first_line else set()
    if second_line:
        forms.add(without_spaces(first_line + second_line))
    forms.update([P.EXCERPT_MARK_END.sub("", f) for f in forms if f.endswith(P.EXCERPT_MARK_CLOSERS)])
    return forms


def without_spaces(line: str) -> str:
    """The line without its spaces (a letter-spaced cover line read as set solid)."""
    return "".join(line.split())


def folios_beside_heads(texts: list[str], firsts: str, lasts: str, folio_nos: list[int]) -> list[int]:
    """The lines that set a PDF page number at one end and the running head at the other (— 12 — 某市规划纲要):
    page numbers too, lifted with the head beside them (FOLIO_BESIDE_HEAD; only the lines opening or ending with a
    dash, found by a scan of `firsts` and of `lasts`, are tried) (qa243)."""
    tried = set(lines_of(P.FOLIO_LAST, firsts)).union(lines_of(P.FOLIO_LAST, lasts)).difference(folio_nos)
    return sorted(k for k in tried if " " in texts[k] and P.FOLIO_BESIDE_HEAD.fullmatch(texts[k]))


def is_folio(line: str) -> bool:
    """Whether a line is a PDF page number (— 3 —), maybe with the running head beside it (FOLIO_BESIDE_HEAD):
    first- and last-character tests before the patterns."""
    if line[:1] in P.FOLIO_FIRSTS and P.FOLIO_LINE.fullmatch(line):
        return True
    return (line[:1] in P.FOLIO_LASTS or line[-1:] in P.FOLIO_LASTS) and bool(P.FOLIO_BESIDE_HEAD.fullmatch(line))


def is_contents_entry(line: str) -> bool:
    """Whether a line is an entry of a table of contents (TOC_ENTRY): a last-character test first."""
    return line[-1:].isdecimal() and bool(P.TOC_ENTRY.fullmatch(line))


def sentence_ends(texts: list[str], lasts: str) -> list[bool]:
    """For each (non-empty) line, whether it ends a sentence: a sentence mark, then maybe closing
    quotes or brackets. (`lasts`: the lines' last characters, see edge_characters.)"""
    # Most lines end with their mark or with none: their last character answers. The few that
    # end with a closer are read again (a sentence may end before a bracketed aside: ……。（江 帆）).
    ends = list(map(SENTENCE_MARKS.__contains__, lasts))
    for k in lines_of(P.SENTENCE_CLOSER, lasts):
        line = texts[k]
        ends[k] = line.rstrip(P.SENTENCE_CLOSERS)[-1:] in SENTENCE_MARKS or ends_with_aside_after_sentence(line)
    return ends


def ends_with_aside_after_sentence(line: str) -> bool:
    """Whether the line ends with a short bracketed aside right after a sentence mark (……心坎上。（江 帆）,
    ……无处藏身。（资料图片）): a short commentary's signature or a credit ends the paragraph like the
    sentence would. (String steps, no regex: most lines that end with a bracket are tried.)"""
    if line[-1:] not in "）)":
        return False
    opening = max(line.rfind("（"), line.rfind("("))
    return 0 < opening and len(line) - opening - 2 <= P.ASIDE_MAX_CHARS and line[opening - 1] in P.ASIDE_AFTER


# ---- second-character tables: a pattern's match refused from a line's first two characters ----
# (re._parser is private, as re._compiler is, which flows.charset_memo already relies on.)

FOLLOWER_CLASS_LIMIT = 64       # characters: a class wider than this (a digit, a space, a Han character) is not listed
_CATEGORY_TESTS: dict[object, Callable[[str], bool]] = {
    sre.CATEGORY_DIGIT: str.isdecimal, sre.CATEGORY_SPACE: str.isspace,     # as re's Unicode categories test them
    sre.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdecimal(), sre.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace()}


def _openings(items: list, depth: int = 0) -> Iterator[tuple[tuple | None, list]]:
    """(the item that consumes a match's first character, the items after it) for each way a match of the parsed `items`
    can begin; (None, []) where the match may consume nothing, or begins in a construct not read here (taken as able to
    begin with anything). Zero-width items (^, $, lookarounds) are passed over, which lets more through, never less."""
    if depth > 40:
        yield None, []
        return
    for i, (op, av) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        rest = items[i + 1:]
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            yield (op, av), rest
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            yield from _openings([*av[3], *rest], depth + 1)
        elif op is sre.ATOMIC_GROUP:
            yield from _openings([*av, *rest], depth + 1)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                yield from _openings([*alternative, *rest], depth + 1)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            if high:
                fewer = (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, body)
                again = [(op, fewer)] if high != 1 else []
                yield from _openings([*body, *again, *rest], depth + 1)
            if not low:
                yield from _openings(rest, depth + 1)
        else:
            yield None, []          # a back reference, a case-folded group, ...
        return
    yield None, []


def _listed(item: tuple | None) -> set[str] | None:
    """The characters an item (of _openings) consumes, where it is a literal or a class of at most
    FOLLOWER_CLASS_LIMIT characters listed or ranged; None for any other."""
    if item is None:
        return None
    op, av = item
    if op is sre.LITERAL:
        return {chr(av)}
    if op is not sre.IN:
        return None
    chars: set[str] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            chars.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < FOLLOWER_CLASS_LIMIT:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None             # a category, a wide range, a negated class
    return chars if len(chars) <= FOLLOWER_CLASS_LIMIT else None


def _may_consume(item: tuple | None, ch: str) -> bool:
    """Whether an item (of _openings) may consume the character ch (True where unsure)."""
    if item is None or item[0] is not sre.IN:
        return item is None or item[0] is not sre.LITERAL or chr(item[1]) == ch
    held = False
    for kind, value in item[1]:
        if kind is sre.NEGATE:
            return True             # (a negated class: taken as consuming anything)
        if kind is sre.LITERAL:
            held = held or chr(value) == ch
        elif kind is sre.RANGE:
            held = held or value[0] <= ord(ch) <= value[1]
        else:
            held = held or _CATEGORY_TESTS.get(value, bool)(ch)      # (an unknown category: bool("x") is True)
    return held


def second_characters(pattern: re.Pattern[str]) -> dict[str, str]:
    """For each first character c of a line that the match of `pattern` (at the line's start) can go on from only with
    one of a few characters, those characters: where line[0] is c and line[1] none of them, pattern.match(line) is None.
    A first character not in the table (a digit, a bracket led by a digit, one a match may end at) tells nothing.
    Derived from the pattern's parse, so that an edit of the pattern cannot leave the table out of date."""
    if pattern.flags & re.IGNORECASE:
        return {}
    firsts = list(_openings(list(_parser.parse(pattern.pattern, pattern.flags))))
    table: dict[str, set[str] | None] = {}
    unlisted = []
    for first, rest in firsts:
        if (chars := _listed(first)) is None:
            unlisted.append(first)
            continue
        seconds: set[str] | None = set()
        for second, _ in _openings(rest):
            if (listed := _listed(second)) is None or seconds is None:
                seconds = None
                break
            seconds |= listed
        for ch in chars:
            before = table.get(ch, set())
            table[ch] = None if seconds is None or before is None else before | seconds
    # (a first character that an unlisted item may consume too, a digit for \d, can be followed by anything)
    return {ch: "".join(sorted(seconds)) for ch, seconds in table.items()
            if seconds is not None and not any(_may_consume(item, ch) for item in unlisted)}


# What a line opening with a given character must go on with for BLOCK_START_OR_DATE_LINE to match it (block_starts):
# of the lines that pass LINE_OPENER_INITIAL, most are sentences (发展…, 成都…, 一是…, 新时代…), which the regex refuses
# only after trying each of its ~70 alternatives (~8k instructions a line); two slices and a dict lookup refuse most
# of them (2.7k of 3.1k on 100 documents).
BLOCK_OR_DATE_SECONDS = second_characters(P.BLOCK_START_OR_DATE_LINE)


def block_starts(texts: list[str], firsts: str) -> set[int]:
    """The lines that open a heading, a numbered item, a note, a quote or a dated line (a date, a
    page's running head): such a line never continues a paragraph. (`firsts`: the lines' first
    characters, see edge_characters.) Not a line under an open bracket that a wrap left at the line's end (…；（ /
    2）…): the rest of a marker the wrap cut, in the paragraph's middle (qa80)."""
    # Only lines that begin with a LINE_OPENER_INITIAL (a tenth) are tried on the patterns. (is_page_head's first test
    # is made here, where most lines fail it: a substring test costs less than the call; and of the lines with 日, only
    # those holding 年 or a slash, PAGE_HEAD_YEAR_WORD and PAGE_HEAD_DATE_SLASH, can be one. BLOCK_START_OR_DATE_LINE is
    # tried only where the line's second character is one BLOCK_OR_DATE_SECONDS allows after its first; a first
    # character the table leaves out lets any line through: the line itself, the default, holds its second character.)
    return ({k for k in lines_of(P.LINE_OPENER_INITIAL, firsts)
            if ((t := texts[k])[1:2] in BLOCK_OR_DATE_SECONDS.get(t[:1], t) and P.BLOCK_START_OR_DATE_LINE.match(t)
                or P.PAGE_HEAD_WORD in t
                and (P.PAGE_HEAD_YEAR_WORD in t or P.PAGE_HEAD_DATE_SLASH in t) and is_page_head(t))
            and not (k and texts[k - 1][-1:] in P.WRAP_CUT_OPENERS)
            and not (firsts[k] in P.WRAP_CUT_OPENERS and is_inline_item_rest(texts, k))}     # (its first test, here)
            | talk_field_lines(texts, firsts)
            | own_line_furniture(texts, firsts)
            | own_line_source_notes(texts, firsts)
            | short_distribution_lines(texts, firsts)
            | page_foot_footnote_lines(texts, firsts)
            | book_lines_under_titles(texts, firsts))


def short_distribution_lines(texts: list[str], firsts: str) -> set[int]:
    """The lines that are a brief's distribution line whole (报：…同志 / 送：…厅): they open a block and close it
    (block_stops), so the next one is no wrapped rest of it (qa201). (Only lines opening with 报, 送 or 发 are tried.)"""
    return {k for c in P.SHORT_DISTRIBUTION_INITIALS for k in occurrences(firsts, c)
            if P.SHORT_DISTRIBUTION_LINE_ENDED.match(texts[k]) or P.DISTRIBUTION_SENTENCE_LINE.match(texts[k])}


def own_line_source_notes(texts: list[str], firsts: str) -> set[int]:
    """The lines that are a bracketed source note whole (（资料来源：…）, （摘自《…》）), or a team's list (（课题组组长：…）,
    qa190): they open a block, however full the
    line over them (a box's last line in its narrow column), and close it (block_stops) (qa161). (Only lines opening
    with a bracket, found by a scan of `firsts`, are tried.)"""
    return {k for c in P.OWN_LINE_SOURCE_NOTE_INITIALS for k in occurrences(firsts, c)
            if P.OWN_LINE_SOURCE_NOTE.match(texts[k]) or P.OWN_LINE_TEAM_LIST.match(texts[k])}    # (qa190)


def book_lines_under_titles(texts: list[str], firsts: str) -> set[int]:
    """The lines that name a reviewed book under the review's title (《书名》 某某著 某某出版社): a line of their own,
    opening and closing their block, never the first line of the review's first paragraph when they fill the column
    (qa155). (Only lines opening with 《, found by one scan of `firsts`, are tried.)"""
    return {k for k in occurrences(firsts, "《") if P.SPACED_BOOK_LINE.match(texts[k])}


def page_foot_footnote_lines(texts: list[str], firsts: str) -> set[int]:
    """The footnotes at a paper's page foot (³ 某某…。) over the next page's running head, maybe under other footnotes:
    blocks of their own, never the rest of a paragraph the page break cut (…资源管道³， / ³ … / 某某学报 第十八卷第一期 60 /
    却也…; units.with_paragraphs_across_page_foot joins its halves). A line of prose does not open with a superscript
    mark. (Only lines opening with one, found by one scan of `firsts`, are tried, from the last: qa147.) (A PDF page
    number under them is lifted out before this: without_folios.)"""
    found: set[int] = set()
    for k in reversed(lines_of(P.SUPERSCRIPT_DIGIT_INITIAL, firsts)):
        if (k + 1 < len(texts) and P.PAGE_FOOT_FOOTNOTE_LINE.match(texts[k])
                and (k + 1 in found or is_spaced_masthead(texts[k + 1]))):
            found.add(k)
    return found


def paper_kind_datelines(texts: list[str], firsts: str) -> set[int]:
    """The lines opening with a news item's dateline that names the paper by its kind (晚报讯（记者 林 夏）…, 晨报讯 昨日，…):
    like 本报讯's (BLOCK_START), a line that opens a block, so the item's title over it, however near it comes to the
    column's width, does not run into its text (qa146). (Only lines opening with such a word's first character.)"""
    return {k for k in lines_of(P.PAPER_KIND_DATELINE_INITIAL, firsts)
            if texts[k].startswith(P.PAPER_KIND_DATELINE_PREFIXES) and texts[k][3:4] in P.PAPER_KIND_DATELINE_AFTER}


def is_inline_item_rest(texts: list[str], k: int) -> bool:
    """Whether line k opens with item （N） of an enumeration whose item （N-1） stands inside the line above, past its
    start (…下列内容：（一）…； / （二）…；（三）…): the list runs inline and a wrap put the item first on its line, so
    the line goes on the paragraph (qa138). A marker after 第 is a reference (第（一）项), not an item."""
    line = texts[k]
    if not k or line[:1] not in P.WRAP_CUT_OPENERS or (above := texts[k - 1]).find(line[0], 1) < 0:
        return False
    item = P.PAREN_CN_ITEM.match(line)
    number = cn_number(item[1]) if item else None
    return number is not None and any(
        m.start() and above[m.start() - 1] != P.ITEM_REFERENCE_BEFORE and cn_number(m[1]) == number - 1
        for m in P.PAREN_CN_ITEM.finditer(above, 1))


def own_line_furniture(texts: list[str], firsts: str) -> set[int]:
    """The lines of page furniture that stand alone wherever they are (责任编辑 何 平 校对 吴 敏, （上接A1版）): a full line
    of credits over a continuation note would otherwise take the note in (qa119), and a line ending no sentence (a
    review's book line) the credits with colons under it (本版责编：苏 禾 美编：梁 晓, qa141). (Only lines opening with their
    initials, found by one scan of `firsts`, are tried.)"""
    found = {k for k in lines_of(P.OWN_LINE_FURNITURE_INITIAL, firsts)
             if P.OWN_LINE_FURNITURE.match(texts[k]) or P.LABELLED_PAGE_CREDIT_LINE.match(texts[k])}
    # (下转第8版: the continuation note set without brackets, qa193)
    return found | {k for k in lines_of(P.BARE_CONTINUATION_NOTE_INITIAL, firsts) if P.BARE_CONTINUATION_NOTE.match(texts[k])}


def talk_field_lines(texts: list[str], firsts: str) -> set[int]:
    """The lines that are an interview's head fields (访谈时间：…, 采访地点：…): they open a block, as other fields do,
    and do not run on from the title over them (qa60); so do a programme's (播出时间：…, qa154). (Only lines opening with
    a field's first character are tried.)"""
    return ({k for k in lines_of(P.TALK_FIELD_INITIAL, firsts) if P.TALK_FIELD_START.match(texts[k])}
            | {k for k in lines_of(P.BROADCAST_FIELD_INITIAL, firsts) if P.BROADCAST_FIELD_LINE.match(texts[k])})


def reporter_turns(texts: list[str], firsts: str, ends: list[bool]) -> set[int]:
    """The lines that open an interview's turn with the reporter's label (记者：…, 问：…, 答：…) under a line that ends a
    sentence: the turn opens a paragraph, however full the answer's last line over it (…局长陆明川。 / 记者：…). Under a
    line that stops mid-sentence (…他告诉 / 记者：“…”) the words run on (qa96)."""
    return {k for k in lines_of(P.REPORTER_TURN_INITIAL, firsts) if k and ends[k - 1] and P.REPORTER_TURN_LINE.match(texts[k])}


def speaker_turns(texts: list[str], firsts: str, ends: list[bool], turns: set[int], guests: bool = False) -> set[int]:
    """The lines that open a speaker's turn with the speaker's label (柏嘉宁：… / 嘉宾 柏嘉宁（某大学教授）：… / 主持人 韩知远：…)
    under a line that ends a sentence, on a page where reporters' turns (`turns`, reporter_turns) or a host's line show
    an interview: the turn opens a paragraph, however full the question's last line over it (…怎样平衡好各方？ /
    柏嘉宁：…). A label counts only if it opens two such lines or more: a speaker speaks more than once, a clause
    (他说：) is no label (qa154). (Only interview pages are scanned, and only lines with a colon near their head are
    matched.) So is a page with a guest list (`guests`, guest_list_lines: 对话人： / 韩某　某大学教授 / 袁某　某院研究员): a
    dialogue between two scholars has no host and no reporter (qa250)."""
    if not turns and "主" not in firsts and not guests:
        return set()
    labelled = [(k, m.group(1)) for k, t in enumerate(texts)
                if t.find("：", 0, P.SPEAKER_LABEL_REACH) > 0 and (m := P.SPEAKER_TURN_LABEL.match(t))]
    counts = Counter(label for _, label in labelled)
    return {k for k, label in labelled if k and ends[k - 1] and counts[label] > 1}


def speaker_led_views(texts: list[str], text: str, ends: list[bool]) -> set[int]:
    """The lines that open a roundup's view with its speaker and post (周某（某大学教授）：…, SPEAKER_LED_VIEW) under a line
    that ends a sentence: the view opens a paragraph, however full the lead's last line over it (…记者采访了相关专家。 /
    周某（…）：…). Two such lines or more make a roundup, as ROUNDUP_MIN_VIEWS has it (qa177). (Only lines holding "）："
    near their head are matched: the few lines holding it anywhere are found by a find over the page's `text`, its
    lines joined with "\n", at C speed, not a Python step a line.)"""
    holding = sorted(set(lines_at(text, occurrences(text, "）："))))
    led = [k for k in holding if k and ends[k - 1] and 0 < (t := texts[k]).find("）：", 0, P.SPEAKER_LABEL_REACH)
           and P.SPEAKER_LED_VIEW.match(t)]
    return set(led) if len(led) >= P.ROUNDUP_MIN_VIEWS else set()


def question_tails(texts: list[str], firsts: str, answers: set[int], stops: set[int]) -> set[int]:
    """The lines between a reporter's question (记者：… / 问：…) and the answer's turn right under it: the question's
    rest, whatever their widths (…经营成本上升。 / 对此怎么看？ / 柏嘉宁：…): an interview sets its headings over a
    question, never between a question and its answer (qa154). Lines that open a block of their own (`stops`: a
    caption, a credit) stay apart, and a line with a turn's label ends the tail. (`answers`: the interviewees' turn
    lines, speaker_turns; questions are found as reporter_turns finds its lines, wherever they stand, but for a label
    alone on its line, 记者：, over the words it labels: units reads that layout.)"""
    tails: set[int] = set()
    if not answers:
        return tails
    questions = {k for k in lines_of(P.REPORTER_TURN_INITIAL, firsts)
                 if (m := P.REPORTER_TURN_LINE.match(texts[k])) and m.end() < len(texts[k].rstrip())
                 and not texts[k].startswith("答")}
    every = sorted(questions | answers)
    for q, t in zip(every, every[1:]):
        if (q in questions and t in answers and 1 < t - q <= QUESTION_TAIL_LINES
                and not any(opens_turn(texts[k]) for k in range(q + 1, t))):
            tails.update(k for k in range(q + 1, t) if k not in stops)
    return tails


def opens_turn(line: str) -> bool:
    """Whether a line opens with a turn's label (记者：…, 柏嘉宁：…), counted by speaker_turns or not (a label that
    speaks once): a question's tail never holds one (question_tails)."""
    return (line.find("：", 0, P.SPEAKER_LABEL_REACH) > 0
            and (P.REPORTER_TURN_LINE.match(line) or P.SPEAKER_TURN_LABEL.match(line)) is not None)


def interview_subtitles(texts: list[str], dashed: list[int]) -> set[int]:
    """The lines that are an interview's subtitle (——访…局长某某): never the rest of the title line over them, however
    full that line (qa96). (Only lines opening with a dash are tried: `dashed`, see dashed_lines.)"""
    return {k for k in dashed if P.INTERVIEW_SUBTITLE_LINE.match(texts[k])}


def captions_over_credits(texts: list[str], firsts: str) -> set[int]:
    """The one-line photo captions (图为…。) right over their photo credit line (本报记者 某某 摄): a block of their own,
    never the rest of the line over them, which a picture set amid a column may leave cut mid-sentence (…让生态价值更 /
    图为… / 本报记者 某某 摄 / 好转化。…; units.with_paragraphs_across_captions joins the two halves) (qa96). (Only
    lines opening with the caption's first character, found by one scan of `firsts`, are tried.)"""
    return {k for k in lines_of(P.CAPTION_INITIAL, firsts) if 0 < k < len(texts) - 1
            and texts[k].startswith(P.CAPTION_OPENING) and P.CAPTION.match(texts[k]) and P.PHOTO_CREDIT_LINE.match(texts[k + 1])}


def credited_captions(texts: list[str], firsts: str, lasts: str) -> set[int]:
    """The one-line photo captions that end with their credit (图为…。　本报记者　某某摄): a block of their own, never the
    rest of the paragraph over them, however full its last line (qa105). (Only lines opening with the caption's first
    character and ending with a credit's last, found by scans of `firsts`, are tried.)"""
    return {k for k in lines_of(P.CAPTION_INITIAL, firsts) if lasts[k] in P.PHOTO_CREDIT_ENDS
            and texts[k].startswith(P.CAPTION_OPENING) and P.CAPTION.match(texts[k])}


def image_lines(texts: list[str], firsts: str) -> set[int]:
    """The Markdown image lines with words (![改造后的小区。](https://…), MD_IMAGE_LINE): a block of their own, a picture's
    caption, never part of a paragraph, however wide their address makes them (qa159). (Only lines opening with ! are
    tried, found by a scan of `firsts`.)"""
    return {k for k in lines_of(P.MD_IMAGE_INITIAL, firsts) if P.MD_IMAGE_LINE.match(texts[k])}


def latin_lines_under_chinese(texts: list[str], firsts: str, lasts: str) -> set[int]:
    """The lines wholly in Latin script right under a line that ends with a Chinese character (a paper's
    English title under its Chinese one): they open a block, however full the line over them (a Chinese
    paragraph wraps an English phrase within a line of Chinese, not onto a line of its own). Only the few
    lines that begin with a capital letter (one scan of `firsts`) are tried."""
    return {k for k in lines_of(P.LATIN_CAPITAL, firsts)
            if k and P.HAN_CHAR.match(lasts, k - 1) and not P.HAN_CHAR.search(texts[k])}


def is_page_head(line: str) -> bool:
    """A newspaper page's running head (4 评论 2025年4月16日 星期三, 学习时报 2026年1月12日 星期一 A3,
    财经焦点 中华民国114年10月21日／星期二, 华川日报 2026年3月26日 星期四 第6版 · 访谈, 理论周刊 5 2027年8月3日 星期二):
    a substring test first."""
    if "/" in line and P.SLASH_DATED_OUTLET_PAGE_HEAD_LINE.match(line):
        return True             # 经济日报 2026/11/24 A4 焦点: the date in figures parted by slashes, no weekday (qa207)
    if P.PAGE_HEAD_WORD not in line:
        return False
    if (P.PAGE_HEAD_LINE.match(line) or P.OUTLET_PAGE_HEAD_LINE.match(line) or P.COLUMN_PAGE_HEAD_LINES.match(line)
            or P.COLUMN_NUMBER_PAGE_HEAD_LINE.match(line) or P.LATIN_NAMED_OUTLET_PAGE_HEAD_LINE.match(line)
            or P.COLUMN_AFTER_PAGE_HEAD_LINE.match(line) or P.NUMBERED_OUTLET_PAGE_HEAD_LINE.match(line)):
        return True
    if ("：" in line or ":" in line) and P.COLON_PAGE_HEAD_LINE.match(line):     # 第03版：评论 2026年… (qa105)
        return True
    if any(mark in line for mark in P.PAGE_HEAD_COLUMN_MARKS) and is_marked_column_page_head(line):
        return True
    if (respaced := respaced_page_head(line)) != line and is_page_head(respaced):
        return True
    if ("（" in line or "(" in line) and (bare := P.BRACKETED_WEEKDAY.sub(r" \1 ", line)) != line:
        return is_page_head(" ".join(bare.split()))   # 星岛日报 2026年11月24日（星期二） A8 港闻: the weekday in brackets (qa207)
    if (dated := arabic_dated(line)) != line and is_page_head(dated):
        return True             # 二〇二六年十一月六日 星期五 第4版 经济: the date in Chinese numerals (qa193)
    return (head := without_page_credits(line)) is not None and is_page_head(head)


def respaced_page_head(line: str) -> str:
    """The line with the bars parting its fields read as spaces and a lettered page number as written bare (评论｜2026年5月20日
    星期三｜第A07版 reads 评论 2026年5月20日 星期三 A07); the line itself where it holds neither. (qa124)"""
    if "|" in line or "｜" in line:
        line = P.PAGE_HEAD_FIELD_BAR.sub(" ", line).strip()
    if "第" in line:
        line = P.LETTERED_PAGE_NUMBER.sub(r"\1", line)
    return line


def without_page_credits(line: str) -> str | None:
    """A running head without the page's credit fields set after its weekday (2 要闻 2026年4月9日 星期四
    责编：孙立新 美编：何 芳 reads as 2 要闻 2026年4月9日 星期四), or None where it ends with none: the fields are
    the page's furniture too, and left on they hide the running head's shape (qa56)."""
    if not any(hint in line for hint in P.PAGE_HEAD_CREDIT_HINTS):
        return None
    m = P.PAGE_HEAD_CREDIT_TAIL.search(line)
    return line[:m.start()] if m and m.start() else None


def is_marked_column_page_head(line: str) -> bool:
    """A running head that sets its column's name off the page number with a mark (… 第6版 · 访谈, … A5｜理论):
    read with the mark as a space, it is a running head of the usual shapes (qa53). Or a column named by two words
    joined by the mark after the date (2026年11月24日 星期二 11 理论·实践, or 理论·实践 11): read with the words joined
    (qa119, qa120, qa146)."""
    mark = P.PAGE_HEAD_COLUMN_MARK if P.PAGE_HEAD_COLUMN_MARK.search(line) else P.PAGE_HEAD_COLUMN_MARK_BEFORE_NUMBER
    spaced, n = mark.subn(" ", line)      # (… 理论·学习 07: the page number after the column, qa146)
    return n > 0 and any(bool(P.PAGE_HEAD_LINE.match(head) or P.OUTLET_PAGE_HEAD_LINE.match(head)
                              or P.COLUMN_PAGE_HEAD_LINES.match(head))
                         for head in (spaced, mark.sub("", line)))


def column_page_heads(texts: list[str], lasts: str) -> set[int]:
    """The running heads that open with their column's name (财经焦点 中华民国114年10月21日／星期二), which
    block_starts, trying lines by their first character, does not find: lines that end with a weekday
    (one scan of `lasts`) and hold a date (a substring test) are tried. Such a line never continues a paragraph."""
    return {k for k in lines_of(P.PAGE_HEAD_LAST, lasts)
            if P.PAGE_HEAD_WORD in (t := texts[k]) and P.COLUMN_PAGE_HEAD_LINES.match(t)}


def marked_column_page_heads(texts: list[str], text: str) -> set[int]:
    """The running heads that set their column's name off with a mark (华川日报 2026年3月26日 星期四 第6版 · 访谈),
    which neither block_starts (by a line's first character) nor column_page_heads (by its last, a weekday) tries:
    the lines holding such a mark are tried. Such a line never continues a paragraph,
    and no title under it goes on with it (qa53)."""
    # (substring searches, at C speed: most texts hold no such mark, and a regex scan of every text costs more)
    offsets = sorted(chain.from_iterable(occurrences(text, mark) for mark in P.PAGE_HEAD_COLUMN_MARKS if mark in text))
    return {k for k in set(lines_at(text, offsets)) if is_page_head(texts[k])}


def block_stops(texts: list[str], starts: set[int]) -> set[int]:
    """The lines that close their block whatever follows: a labelled front-matter line
    (来源：… 发布时间：… 作者：…) is one line of fields, and on a web page it is often long enough to
    pass for wrapped text; joining the article's first paragraph to it would hide that paragraph in
    the article's metadata."""
    # Only block openers can be such lines (BLOCK_START holds the labels): few lines are tested. A
    # running head is a line of fields too (page, column, date), short enough to pass for a title's line.
    # A paper's keywords line is one too (关键词：…；…): the first line of the text may follow it as wide as the column
    # (wrapped_paper_notes takes back the one that fills its column: its keywords go on on the next line), unless the
    # line under it is plainly its rest (ructure renewal; financing: an English keyword cut mid-word).
    # (A page's credits without colons and a continuation note likewise, qa119; and its credits with colons, set amid
    # the articles between two columns, 责编：林晓岚 版式：陈默 over the next column's first line, qa160; and a related-news
    # box's entry, which its page code closes, over the next story's headline, qa253.) (is_page_head's first test is made
    # here, where most lines fail it: a substring test costs less than the call.)
    return {k for k in starts if P.METADATA_FIELD_LINE.match(t := texts[k]) or P.PAGE_HEAD_WORD in t and is_page_head(t)
            or P.OWN_LINE_FURNITURE.match(t) or P.LABELLED_PAGE_CREDIT_LINE.match(t)
            or t[:1] == "《" and P.SPACED_BOOK_LINE.match(t)
            or t[:1] == "本" and P.OWN_LINE_REPRINT_SOURCE.match(t)       # 本文来源：… (qa188)
            or t[:1] in "资数" and P.CHART_SOURCE_CREDIT_LINE.match(t)   # 资料来源：… 制图：… (qa235)
            or t[:1] in P.OWN_LINE_SOURCE_NOTE_INITIALS and (P.OWN_LINE_SOURCE_NOTE.match(t) or P.OWN_LINE_TEAM_LIST.match(t))
            or P.DISTRIBUTION_LINE_ENDED.match(t)       # 抄送：…厅 / <title> (qa190)
            or t[:1] in P.SHORT_DISTRIBUTION_INITIALS and (P.SHORT_DISTRIBUTION_LINE_ENDED.match(t)   # 报：…同志 (qa201)
                                                          or P.DISTRIBUTION_SENTENCE_LINE.match(t))   # (…各部门。, qa213)
            or P.KEYWORDS_LINE.match(t) and not (k + 1 < len(texts) and is_wrapped_rest(texts[k + 1]))
            or t[:1] in P.BRACKETED_LABEL_OPENERS and P.BRACKETED_CATALOGUE_FIELD_LINE.match(t)     # (qa199)
            or t[:1] in P.PAGE_REFERENCE_INITIALS and P.PAGE_REFERENCE_ENTRY.match(t)}     # ■… A6: a box's entry (qa253)


def wrapped_paper_notes(texts: list[str], stops: set[int], widths: list[float], cols: list[float],
                        ends: list[bool], label: re.Pattern[str] = P.WRAPPED_PAPER_FRONT_FIELD) -> set[int]:
    """The block stops that are a paper's first-page notes (作者简介：…, 基金项目：…) hard-wrapped at the column
    edge: a line of such a field that fills its column and ends no sentence goes on on the next line, which
    would otherwise stand as a paragraph of the article's text (…研究方 / 向为城市经济与公共财政。). (qa57) A field ending
    with a web address (网络首发地址：https://…) is whole on its line (qa153), and so is a DOI field (qa238)."""
    return {k for k in stops if (not ends[k] or texts[k][-1] in P.NOTE_LIST_SEPARATORS)
            and (widths[k] >= cols[k] - (NOTE_EDGE_SLACK if texts[k][-1] > "\x7f" else 0.5)
                 or k + 1 < len(texts) and P.GRANT_CODE_LINE.match(texts[k + 1]))
            and label.match(texts[k]) and not ("://" in texts[k] and P.FIELD_ENDING_WITH_URL.search(texts[k]))
            and not (texts[k][:1] in "Dd" and P.WHOLE_DOI_FIELD_LINE.match(texts[k]))}     # (qa238)


def abstract_rests(texts: list[str], firsts: str, line_nos: list[int], breaks: set[int]) -> set[int]:
    """The lines of a paper's labelled abstract (摘要：…, ［摘　要］…) under its first (under a lone 摘要 label, from the line
    under the label's), down to the keywords line set right under it: an abstract is one paragraph, so a line of it
    ending a sentence at the column's edge goes on into the next (…等问题。 / 进一步深化改革，…。 / 关键词：…), which would
    otherwise stand in the article's text. Only where no blank line and no block opener part the label from the
    keywords; only keywords lines (few) are walked up from (qa199)."""
    found: set[int] = set()
    for k in lines_of(P.KEYWORDS_LINE_FIRST, firsts):         # (few)
        if not P.KEYWORDS_LINE.match(texts[k]):
            continue
        for j in range(k - 1, max(k - ABSTRACT_LINES, -1), -1):
            if line_nos[j + 1] != line_nos[j] + 1:
                break
            if m := P.ABSTRACT_LINE.match(texts[j]):
                found.update(range(j + 1 + (m.group(1) is None), k))     # (a lone label: the text opens under it)
                break
            if j in breaks:
                break
    return found


def keywords_wrapped_after_separator(texts: list[str], firsts: str, line_nos: list[int]) -> set[int]:
    """The keywords lines that end with a keyword's separator, a line right under them, no blank line between (关键词：远距
    医疗、医疗可近性、 / 偏乡、健康不平等): the keywords go on on that line, however short the lines, and the rest is no
    heading (qa195). (Only the lines opening as a keywords label does, one scan of the first characters, are tried.)"""
    return {k for k in lines_of(P.KEYWORDS_LINE_FIRST, firsts[:-1])
            if texts[k][-1:] in P.KEYWORDS_WRAP_SEPARATORS and line_nos[k + 1] == line_nos[k] + 1 and P.KEYWORDS_LINE.match(texts[k])}


def reference_entry_rests(texts: list[str], firsts: str, widths: list[float], cols: list[float],
                          starts: set[int], bylines: dict[int, Byline]) -> set[int]:
    """The lines of a paper's references (under 参考文献) that go on the entry over them, hard-wrapped at the column's
    edge: a line holding Chinese that opens no entry (…中华书局。 under 黄伟文（2022）。《…》。香港：中, or 《某某学报》，
    12(2)，77-95。) and ends as an entry does (。) under a line that fills its column, even one ending with 。, as each
    part of an entry does (qa125). (A title of the next piece ends with no mark.)
    The list runs from its label to the first line that opens a block and no entry (作者简介：…, （责任编辑：…）), or to
    a title over a byline (the next article on a page).
    (Only a page with a label line is read: one scan of the first characters finds the candidates.)"""
    rests: set[int] = set()
    for i in lines_of(P.NOTES_HEADING_CHARACTER, firsts):
        if not P.NOTES_HEADING.match(texts[i].replace(" ", "")):
            continue
        for k in range(i + 2, min(i + REFERENCE_LIST_LINES, len(texts))):
            line = texts[k]
            opens_entry = bool(P.FOOTNOTE_ENTRY.match(line) or P.REFERENCE_ENTRY.search(line)
                               or P.REFERENCE_LATIN_ENTRY.match(line))
            if k in starts and not opens_entry or k in bylines or k + 1 in bylines:
                break
            if (not opens_entry and line[-1] in P.REFERENCE_ENTRY_ENDS and widths[k - 1] >= cols[k - 1] - NOTE_EDGE_SLACK
                    and P.HAN_CHAR.search(line) and P.HAN_CHAR.search(texts[k - 1])):
                rests.add(k)
    return rests


def goes_on_listing(line: str, width: float, col: float) -> bool:
    """Whether a line of a paper's first-page note that ends with a semicolon (…访问学者；) fills its column: the note's
    list goes on on the next line (wrapped_paper_notes)."""
    return line[-1:] in P.NOTE_LIST_SEPARATORS and width >= col - NOTE_EDGE_SLACK


def photo_credits(texts: list[str], lasts: str) -> set[int]:
    """The lines that end a photo caption with its credit (…健步。 本报记者 龚 鑫 摄): the caption ends
    there, and the text after it is no part of it. (One scan of the last characters picks the few to try.)"""
    return {k for k in lines_of(P.PHOTO_CREDIT_LAST, lasts) if P.PHOTO_CREDIT.search(texts[k])} | bracketed_credits(texts, lasts)


def bracketed_credits(texts: list[str], lasts: str) -> set[int]:
    """The lines that are a photo's credit in brackets (（本报记者 韩 冰 摄）): they close their block as a bare credit
    does (qa140). (Only the lines ending with a bracket and opening with one, 摄 or 摄影 inside it, are matched.)"""
    return {k for k in lines_of(P.BRACKET_CLOSER_LAST, lasts)
            if (t := texts[k]).startswith(P.BRACKET_OPENERS) and t[:-1].endswith(P.BRACKETED_CREDIT_INNER_ENDS)
            and P.BRACKETED_PHOTO_CREDIT_LINE.match(t)}


def official_heads(texts: list[str], firsts: str) -> set[int]:
    """The title (关于…的通知) and addressee (各…：) lines of an official document, which close their
    block. (`firsts`: the lines' first characters; one scan of them picks the few lines to try.)"""
    return {k for k in lines_of(P.OFFICIAL_HEAD_INITIAL, firsts) if P.OFFICIAL_HEAD_LINE.match(texts[k])}


def head_masthead_lines(texts: list[str], lasts: str, ends: list[bool]) -> set[int]:
    """An official document's red masthead (某某省人民政府办公厅文件: GOV_MASTHEAD_LINE) at the document's head, no sentence
    ended above it: it closes its block, so that the title under it, wrapped, does not run into it where no 文号 line
    parts the two (qa194). (`lasts`: the lines' last characters; one scan of them picks the few lines to try.)"""
    return {k for k in lines_of(P.GOV_MASTHEAD_LAST, lasts) if is_gov_masthead(texts[k]) and not any(ends[:k])}


def is_gov_masthead(text: str) -> bool:
    """Whether a line is an official document's red masthead (某某市人民政府办公室文件: GOV_MASTHEAD_LINE), set solid or
    letter-spaced (青 川 市 人 民 政 府 文 件: PDF extraction spaces out the large red type; qa252)."""
    if text[-1:] != P.GOV_MASTHEAD_END[-1]:
        return False
    return (P.GOV_MASTHEAD_LINE.match(text) is not None
            or " " in text and is_letter_spaced(text) and P.GOV_MASTHEAD_LINE.match(without_spaces(text)) is not None)


def wrapped_official_title_ends(texts: list[str], lasts: str, widths: list[float]) -> set[int]:
    """The last lines of official titles wrapped under a line holding 关于 with no clause mark (…关于印发《某某…建设 /
    三年行动方案》的通知), narrower than the line under them (the addressees, the text) or over addressees that fit their
    line: they close their block, as a title on one line does (official_heads), so that the addressees under them,
    wrapped too, do not run into the title. (The column guessed at a document's short head lines is no measure: the
    title's lines make it.) A line of text wrapped right after 的通知 fills its column as the next line does. (qa124)"""
    n = len(texts)
    return {k for k in lines_of(P.OFFICIAL_TITLE_LASTS, lasts)
            if 0 < k < n - 1 and "关于" in texts[k - 1] and P.OFFICIAL_TITLE_LAST_LINE.match(texts[k])
            and P.TITLE_FIRST_LINE.match(texts[k - 1])
            and (widths[k] <= widths[k + 1] - P.OFFICIAL_TITLE_LAST_SHORT or P.OFFICIAL_HEAD_LINE.match(texts[k + 1]))}


def bylines_among(texts: list[str], firsts: str, lasts: str) -> dict[int, Byline]:
    """The bylines among the lines, by line index. byline() is asked only about the lines it could
    accept: see BYLINE_MAX_CHARS and BYLINE_OPENING in flows/patterns.py. (`firsts` and `lasts`: the
    lines' first and last characters, see edge_characters.)"""
    # Short lines without 。 or ，, and short labelled or digest lines (see BYLINE_MAX_CHARS): most lines of
    # text stop at the first test.
    short = [k for k, t in enumerate(texts) if "，" not in t and "。" not in t and len(t) <= P.BYLINE_MAX_CHARS]
    short += [k for k in lines_of(P.BYLINE_CLAUSE_INITIAL, firsts)
              if len(t := texts[k]) <= P.BYLINE_MAX_CHARS and ("，" in t or "。" in t)]
    # Of those, the lines with a word of BYLINE_WORD (one scan of their text finds them all), or
    # the ones that end with a bracket or open like a name or a label.
    short_texts = list(map(texts.__getitem__, short))
    short_text = "\n".join(short_texts)
    worded = map(short.__getitem__, lines_at(short_text, map(Match.start, P.BYLINE_WORD.finditer(short_text))))
    slashed = map(short.__getitem__, lines_at(short_text, occurrences(short_text, P.FULL_WIDTH_SLASH)))   # (rare: one find)
    # (a column's name and a bar before the columnist's, 经脉纵横｜石山客: COLUMN_BAR_NAME_LINE, one find a bar, qa212)
    barred = (short[k] for bar in P.NAME_INSTITUTION_BARS for k in lines_at(short_text, occurrences(short_text, bar))
              if P.COLUMN_BAR_NAME_LINE.match(texts[short[k]]))
    # (a place's word before a space, 某某市 张三; each pattern of the three below ends its match with a space or an
    # ideographic space, so only the short lines holding one, a sixth of them, are scanned)
    spaced = [k for k, t in zip(short, short_texts) if " " in t or "\u3000" in t]
    spaced_text = "\n".join(map(texts.__getitem__, spaced))
    placed = map(spaced.__getitem__, lines_at(spaced_text, map(Match.start, P.PLACE_GAP.finditer(spaced_text))))
    # (a Hong Kong or Taiwan district or neighbourhood written bare, 葵涌 陈某: a prefix test of the spaced lines opening
    # with a name's first character, qa287)
    regioned = (spaced[j] for j in lines_of(P.REGION_PLACE_INITIAL, "".join(firsts[k] for k in spaced))
                if texts[spaced[j]].startswith(P.REGION_PLACE_NAMES))
    # (a government department before the name, 某省商务厅 张三: qa91)
    departed = map(spaced.__getitem__, lines_at(spaced_text, map(Match.start, P.DEPARTMENT_WORD.finditer(spaced_text))))
    # (a paper's name before the names, 学习时报 刘云峰: an outlet word before a space, qa137)
    outleted = map(spaced.__getitem__, lines_at(spaced_text, map(Match.start, P.OUTLET_WORD.finditer(spaced_text))))
    # (a research report's project roles, 研究主持人：…: rare, one find of the word)
    roles = (short[k] for word in P.PROJECT_ROLE_WORDS for k in lines_at(short_text, occurrences(short_text, word)))
    # (an interview's byline labelled with what the reporters did, 采写：… / 采访整理：…, or 本文作者：…, qa108, and a
    # columnist's, 专栏作者：…, qa151: one prefix test, LABELLED_BYLINE_PREFIXES)
    # (the prefix tested only on the lines opening with a prefix's first character: one scan of the short lines' first
    # characters, `short_firsts`, finds them, and the lines the two tests below try, by index into `short`)
    short_firsts = "".join(map(firsts.__getitem__, short))
    worked = (short[j] for j in lines_of(P.LABELLED_BYLINE_PREFIX_INITIAL, short_firsts)
              if short_texts[j].startswith(LABELLED_BYLINE_PREFIXES))
    # (a reader's signature with the place opening with a province's short name, 河北保定 刘振华: a prefix test, qa112)
    # (its first character tested first: a scan is cheaper than the 31 prefixes tried on each line)
    provinced = (short[j] for j in lines_of(P.PROVINCE_INITIAL, short_firsts)
                 if short_texts[j].startswith(P.PROVINCE_SHORT_NAMES))
    # (the lines ending with a bracket, and those opening like a name or a label that BYLINE_OPENING or a bulleted
    # spaced name takes: scans of their edge characters pick both, and only the latter are matched)
    asides = map(short.__getitem__, lines_of(P.BYLINE_ASIDE_END, "".join(map(lasts.__getitem__, short))))
    opened = (short[j] for j in lines_of(P.BYLINE_OPENING_INITIAL, short_firsts)
              if P.BYLINE_OPENING.match(t := short_texts[j]) or P.BULLETED_SPACED_NAME_LINE.match(t))
    candidates = {*worded, *slashed, *barred, *placed, *regioned, *departed, *outleted, *roles, *worked, *provinced, *asides, *opened}
    # Names parted by commas (孙立平1，郑雨桐2), which the comma kept out of `short`: of the lines that open with
    # a surname, those COMMA_NAMES_LINE takes, or letter-spaced ones (沈 佳 丽，唐 子 谦: SPACED_COMMA_NAMES_LINE) (C-level maps, no Python step a line; any other line with a
    # comma that byline() accepts opens with a label, 作者：…, and is in `short` already), or names each followed by a
    # space and its affiliation number (黄思远 1 周敏慧 2: SPACED_MARK_NAMES_LINE, qa74).
    named = lines_of(P.NAME_INITIAL, firsts)
    candidates.update(compress(named, map(P.ASKED_NAMES_LINE.match, map(texts.__getitem__, named))))
    # (and names each ending with its number, one letter-spaced, 彭嘉禾1 蒋 若 溪2: rare, a last-character test first, qa199)
    candidates.update(k for k in named if lasts[k] in P.NUMBERED_NAME_LAST and P.SPACED_NUMBERED_NAMES_LINE.match(texts[k]))
    found = {k: found for k in sorted(candidates) if (found := byline(texts[k]))}
    found.update(titled_post_bylines(texts, [k for k in candidates if k not in found]))
    found.update(spaced_names_over_affiliations(texts, lasts))
    return found


def spaced_names_over_affiliations(texts: list[str], lasts: str) -> dict[int, Byline]:
    """The three-character names set one character at a time (孙 晓 岚, SPACED_THREE_CHARACTER_NAME), which byline()
    leaves alone (a letter-spaced line of text looks the same), right over an unbracketed institution-and-posts line
    (某省社会科学院某研究所所长、研究员): a contributor's name over the affiliation that confirms it, a byline (qa164).
    (Only the lines over one ending with a post's last character are tried.)"""
    return {k: Byline(authors=(re.sub(r"[ 　]", "", texts[k]),), source=None)
            for j in lines_of(P.ACADEMIC_POST_LAST, lasts)
            if (k := j - 1) >= 0 and P.SPACED_THREE_CHARACTER_NAME.match(texts[k])
            and (P.INSTITUTION_POSTS_LINE.match(texts[j]) or P.POST_AFFILIATION_LINE.match(texts[j]))}


def titled_post_bylines(texts: list[str], asked: list[int]) -> dict[int, Byline]:
    """The lines among `asked` (refused by byline()) that give a name, then the writer's institution and post, unbulleted
    (顾晓帆 江南省委党校经济学教研部教授), on a line of their own right under a title line: a theory page's byline under
    a title printed after the text. byline() refuses the shape alone, for a guest list gives each guest so (盛毅
    四川大学经济学院教授 under 专家简介 or 对话嘉宾, over the next guest): the line over it must be no label (long enough
    for a title, ending no sentence, no colon, no list or profile label's word) and no line beside it of the shape.
    (qa132)"""
    found: dict[int, Byline] = {}
    for k in asked:                                  # (few: the refused candidates)
        if not (0 < k < len(texts) - 1 and (m := P.NAMES_INSTITUTION_POST_LINE.match(texts[k]))):
            continue
        over, under = texts[k - 1], texts[k + 1]
        if (len(over) >= P.TITLE_OVER_POST_BYLINE_MIN_CHARS and not P.LABEL_OVER_GUESTS.search(over)
                and not holds_sentence_end(over) and not P.NAMES_INSTITUTION_POST_LINE.match(over)
                and not P.NAMES_INSTITUTION_POST_LINE.match(under)):
            found[k] = Byline(names(m.group(1)))
    return found


def wrapped_byline_rests(texts: list[str], bylines: dict[int, Byline]) -> set[int]:
    """The lines that end a byline wrapped inside a bracket (研究团队：某甲（高级研究员）、某乙（研究 / 员）): the line
    under the byline closes the bracket it left open and the two lines read as a byline naming more authors; the byline
    is updated to them, and the rest goes on the byline's block (qa125). (Only bylines leaving a bracket open are read.)"""
    rests = set()
    for k in [k for k in bylines if k + 1 < len(texts) and bracket_balance(texts[k]) > 0]:
        rest = texts[k + 1]
        if (len(rest) <= BYLINE_REST_CHARS and rest[-1:] in P.NOTE_CLOSERS and bracket_balance(texts[k] + rest) == 0
                and (found := byline(texts[k] + rest)) and len(found.authors) > len(bylines[k].authors)):
            bylines[k] = found
            rests.add(k + 1)
    return rests


def lines_at(text: str, offsets: Iterable[int]) -> Iterator[int]:
    """The index of the line (of `text`'s lines, joined with "\\n") at each of the ascending offsets."""
    line = previous = 0
    for offset in offsets:
        line += text.count("\n", previous, offset)
        previous = offset
        yield line


def bracket_balance(line: str) -> int:
    """Opening minus closing brackets: above 0, the text stops inside a parenthesis. Half-width ones count too: rule 4
    leaves a bracket half-width beside a digit or a Latin letter ((1. 某某大学…，上海 200032; / 2. …，上海 200040), a
    paper's affiliation line wrapped inside its brackets, qa74)."""
    return (line.count("（") + line.count("【") + line.count("(") - line.count("）") - line.count("】")
            - line.count(")"))


def occurrences(text: str, char: str) -> Iterator[int]:
    """The offsets of `char` in `text`, in order."""
    offset = text.find(char)
    while offset >= 0:
        yield offset
        offset = text.find(char, offset + 1)


def bracket_balances(texts: list[str], text: str) -> list[int]:
    """bracket_balance of each line (`text`: the lines joined with "\\n")."""
    if text.count("（") > DENSE_BRACKETS * len(texts):
        # Text dense with brackets: four substring tests a line cost less than a step a bracket.
        return [bracket_balance(t) if "（" in t or "【" in t or "）" in t or "】" in t or "(" in t or ")" in t else 0
                for t in texts]
    # Few lines hold a bracket: str.find jumps from one to the next at C speed, where a test of
    # every line would be a Python step per line.
    steps = sorted([*((offset, 1) for bracket in "（【(" for offset in occurrences(text, bracket)),
                    *((offset, -1) for bracket in "）】)" for offset in occurrences(text, bracket))])
    balances = [0] * len(texts)
    for line, (_, step) in zip(lines_at(text, map(itemgetter(0), steps)), steps):
        balances[line] += step
    return balances


def open_brackets(texts: list[str], text: str) -> list[int]:
    """For each line, the bracket balance of all lines before it (see bracket_balance): the lines
    from i to k - 1 leave open_brackets[k] - open_brackets[i] brackets open."""
    return list(accumulate(bracket_balances(texts, text), initial=0))


def is_free_layout(texts: list[str], widths: list[float], ends: list[bool], starts: set[int]) -> bool:
    """One paragraph per line: few lines of text stop mid-sentence (in hard-wrapped text most do).
    A line that opens a block (一、… 1、… 来源：…) and stops without a mark is a heading or a label,
    no line of text stopped mid-sentence: a web page of many short sections and items would
    otherwise pass for a wrapped column. But one that ends a sentence inside and goes on (第二条 完善基础设施。统筹
    布局… / （一）织密网络。推动…) is the first line of a run-in item's paragraph, stopped mid-sentence: a plan of
    articles and items, each a wrapped paragraph, would otherwise pass for one paragraph a line (qa76)."""
    # (operator.le, a C function, not the float's slot wrapper __le__, which costs twice as much a call)
    text_lines = list(map(le, repeat(MIN_TEXT_LINE), widths))
    for k in filterfalse(ends.__getitem__, starts):     # (a C-level filter: the few unended openers)
        text_lines[k] = text_lines[k] and holds_sentence_end(texts[k])
    body = list(compress(ends, text_lines))
    return not body or body.count(False) < FREE_LAYOUT_SHARE * len(body)


def holds_sentence_end(line: str) -> bool:
    """Whether a line ends a sentence somewhere before its last character (a heading never does and goes on)."""
    return any(mark in line for mark in P.RUN_IN_LEAD_ENDS)


def blank_lines_mean_breaks(line_nos: list[int], n_lines: int) -> bool:
    """False for the PDF layout with a blank line after (nearly) every line.

    `line_nos` are the indexes of the non-blank lines among `n_lines` lines.
    """
    if not line_nos or n_lines - len(line_nos) < 0.6 * len(line_nos):
        return True         # too few blank lines to follow most lines (each run of them follows one line)
    steps = list(map(sub, line_nos[1:], line_nos))        # 1 where no blank line follows
    followed_by_blank = len(steps) - steps.count(1) + (line_nos[-1] + 1 < n_lines)
    return followed_by_blank < 0.6 * len(line_nos)


def sentences_going_on_in_blocks(line_nos: list[int], widths: list[float], cols: list[float], ends: list[bool],
                                 stops: set[int]) -> set[int]:
    """The lines b that go on a line ending a sentence at its column's edge with no blank line between them, on a page
    that parts its paragraphs with blank lines (blank_parted_page): such a page sets no paragraph under another without
    one, so the sentence ending at the edge is no paragraph's end, however short the line under it (…约占全国的四成。 /
    县域强则省域强，县域活则全局活。). Not a line that opens or stops a block (`stops`). (A pass over the lines ending a
    sentence only, and only on a page where blank lines part blocks.)"""
    full = [a for a in compress(count(), ends[:-1]) if widths[a] >= cols[a] - 0.5
            and line_nos[a + 1] == line_nos[a] + 1 and a + 1 not in stops]
    if not full or not blank_parted_page(line_nos, widths, cols, ends):
        return set()
    return {a + 1 for a in full}


def blank_parted_page(line_nos: list[int], widths: list[float], cols: list[float], ends: list[bool]) -> bool:
    """Whether a page parts its paragraphs with blank lines: BLANK_PARTED_MIN_ENDS paragraph ends or more (a line ending a
    sentence short of its column by FULL_LINE_SLACK), BLANK_PARTED_SHARE of them or more with a blank line under them
    (or ending the page)."""
    last = len(line_nos) - 1
    para_ends = [k for k in compress(count(), ends) if widths[k] < cols[k] - FULL_LINE_SLACK]
    parted = sum(1 for k in para_ends if k == last or line_nos[k + 1] > line_nos[k] + 1)
    return len(para_ends) >= BLANK_PARTED_MIN_ENDS and parted >= BLANK_PARTED_SHARE * len(para_ends)


def tight_lines(line_nos: list[int], opens_with_title: Callable[[int], bool]) -> set[int]:
    """The lines b with no blank line between them and line b - 1, on a page of the PDF layout (a blank
    line after nearly every line): the layout leaves that line out under a title or heading set over its
    text, whatever the title's width (one as wide as the column would otherwise run into the text),
    and under the lines of a wrapped note (whose open bracket joins them first). The few are found
    from the steps between line numbers, at C speed. Not the lines of a dense stretch (DENSE_STRETCH: a
    column or box set without the blank lines, the rest of the page with them): its lines are wrapped
    text like a page without blank lines, and the width rules part them (qa35, session 11); but its first line
    stays apart where `opens_with_title` says so of it (see dense_stretch_titled)."""
    steps = bytes(map((1).__eq__, map(sub, line_nos[1:], line_nos)))
    tight = set(compress(count(1), steps))
    if len(tight) > DENSE_STRETCH_STEPS:
        for m in DENSE_STRETCH.finditer(steps):      # (few: a regex scan of a byte a line)
            tight.difference_update(range(m.start() + 1 + opens_with_title(m.start()), m.end() + 1))
    return tight


def dense_stretch_titled(texts: list[str], ends: list[bool], widths: list[float], cols: list[float],
                         bylines: dict[int, Byline], k: int) -> bool:
    """Whether line k, the first of a dense stretch (see tight_lines), is a title set tight over the stretch's text:
    it ends no sentence, and the line over it is a short line that ends none either and is no byline, a title set
    after its text (冷链物流补齐 / 农产品上行短板 / 宋佳怡东岭发布首批… / 近日，东岭县…: the next title, its byline
    glued to it, opens the stretch). Under the end of a paragraph or a byline, the stretch opens with text."""
    return (0 < k and not ends[k] and not ends[k - 1] and widths[k - 1] < cols[k - 1] * SHORT_SHARE
            and k - 1 not in bylines and bool(texts[k - 1]))


def has_latin_breaks(firsts: str, lasts: str) -> bool:
    """Whether a line break falls between Latin letters or digits (LATIN_LINE_BREAK) somewhere: a line
    ends with one and the next starts with one; or after a Latin word's comma or full stop (LATIN_PUNCT_LINE_BREAK:
    Chen et al., / 2021, qa125). (See edge_characters.)"""
    return any(P.LATIN_LINE_EDGE.match(firsts, k + 1) for k in lines_of(P.LATIN_LINE_EDGE, lasts[:-1])) or any(
        P.LATIN_LINE_EDGE.match(firsts, k + 1) for k in lines_of(P.LATIN_PUNCT_LINE_END, lasts[:-1]))


def is_table_row(line: str) -> bool:
    """Whether the line is a row of a table extracted as text (TABLE_ROW, or TABLE_NUMBERS_ROW for three
    columns), with Chinese text, only numbers (NUMBERS_ONLY_ROW) or a variable's estimates (ESTIMATES_ROW, qa165; not a
    line of an English reference) or its descriptive statistics (DESCRIPTIVE_STATS_ROW, qa189): each
    row is a block of its own, neither a wrapped line of text nor a title."""
    return ((has_table_cells(line) and bool(P.TABLE_NUMBER_CELL.search(line))
             and P.NON_NUMBER_SPACE.search(line) is not None      # not a text line spacing its numbers (qa81)
             or line[-1:] in P.TABLE_NUMBERS_ROW_LAST and bool(P.TABLE_NUMBERS_ROW.fullmatch(line)
                                                                 or P.ONE_CHAR_LABEL_NUMBERS_ROW.fullmatch(line)))
            and bool(P.HAN_CHAR.search(line) or P.NUMBERS_ONLY_ROW.fullmatch(line) or P.ESTIMATES_ROW.fullmatch(line)
                      or P.DESCRIPTIVE_STATS_ROW.fullmatch(line))
            or P.REGRESSION_TABLE_ROW.fullmatch(line) is not None)


def has_table_cells(line: str) -> bool:
    """Whether the line is four cells or more apart by spaces (TABLE_ROW), one of them maybe a one-character unit
    before the numbers (TABLE_ROW_WITH_UNIT: 4  国家级创新平台  个  1  3, qa110; tried only where such a cell is)."""
    return bool(P.TABLE_ROW.fullmatch(line)
                or P.TABLE_UNIT_CELL_SPACED.search(line) and P.TABLE_ROW_WITH_UNIT.fullmatch(line))


def table_rows(texts: list[str], lasts: str, spaced: list[int], counts: list[int]) -> set[int]:
    """The lines that are table rows (is_table_row); only lines with enough spaces are tried (`spaced`,
    `counts`: see space_counts). A row of three columns has two spaces and ends with a number: only the few
    lines that end so (one scan of `lasts`) are counted for it."""
    # (operator.le, a C function: a slot wrapper such as float.__le__ costs twice as much a call)
    wide = {k for k in compress(spaced, map(le, repeat(P.TABLE_ROW_MIN_SPACES), counts)) if is_table_row(texts[k])}
    rows = wide | {k for k in lines_of(P.TABLE_NUMBERS_ROW_END, lasts)
                   if texts[k].count(" ") == P.TABLE_NUMBERS_ROW_SPACES and is_table_row(texts[k])}
    return (rows | head_rows(texts, rows) | duty_table_rows(texts, spaced, counts) | two_column_rows(texts, spaced, counts)
            | three_column_rows_under_captions(texts, spaced, counts))


def three_column_rows_under_captions(texts: list[str], spaced: list[int], counts: list[int]) -> set[int]:
    """The rows of a three-column table under its numbered caption (表1 主要变项定义 / 变项 定义 资料来源 / …, THREE_CELL_ROW):
    THREE_CELL_ROWS_MIN lines in a row or more, each three cells one space apart, the first right under the caption, are
    rows, each a block of its own, not a heading and a paragraph wrapped over the rest (qa195). (Only lines with two
    spaces.)"""
    twos = [k for k, n in zip(spaced, counts) if n == 2 and P.THREE_CELL_ROW.match(texts[k])]
    out: set[int] = set()
    run: list[int] = []
    for k in [*twos, -2]:
        if run and k == run[-1] + 1:
            run.append(k)
            continue
        if len(run) >= P.THREE_CELL_ROWS_MIN and run[0] > 0 and P.NUMBERED_CAPTION.match(texts[run[0] - 1]):
            out.update(run)
        run = [k]
    return out


def two_column_rows(texts: list[str], spaced: list[int], counts: list[int]) -> set[int]:
    """The rows of a two-column table (TWO_CELL_ROW): TWO_CELL_ROWS_MIN lines in a row or more, each two cells one space
    apart, are rows, each a block of its own, not a paragraph wrapped over them (qa142). (Only lines with one space.)"""
    ones = [k for k, n in zip(spaced, counts) if n == 1 and P.TWO_CELL_ROW.match(texts[k])]
    out: set[int] = set()
    run: list[int] = []
    for k in ones:
        run = [*run, k] if run and k == run[-1] + 1 else [k]
        if len(run) >= P.TWO_CELL_ROWS_MIN:
            out.update(run)
    return out


def duty_table_rows(texts: list[str], spaced: list[int], counts: list[int]) -> set[int]:
    """A plan's task table under a head row naming a duty column (执行措施 主办机关 协办机关): the head row and the
    lines right under it with as many cells are rows, each a block of its own, though no cell holds a number (qa55).
    (Only lines with two spaces or more and a duty word are tried on the pattern; most pages have no duty word in
    any such line, which one C-level join and substring test tell, with no Python step a line.)"""
    wide = "\n".join(map(texts.__getitem__, compress(spaced, map(le, repeat(2), counts))))
    if not any(map(wide.__contains__, P.DUTY_HEAD_WORDS)):
        return set()
    out: set[int] = set()
    for k, n in zip(spaced, counts):
        if n >= 2 and any(map(texts[k].__contains__, P.DUTY_HEAD_WORDS)) and P.DUTY_HEAD_ROW.match(texts[k]):
            j = k + 1
            while j < len(texts) and (texts[j].count(" ") == n and "。" not in texts[j]
                                      or j > k + 1 and is_wrapped_cell(texts[j - 1], texts[j])):
                j += 1
            if j > k + 1:                 # (a wrapped cell's rest is no row: wrapped_cell_rests joins it to its row)
                out.update(i for i in range(k, j) if texts[i].count(" ") == n)
    return out


def barred_table_rows(texts: list[str], text: str) -> set[int]:
    """The rows of a table set in plain text with bars between its cells (序号 | 重点任务 | 牵头单位 / 1 | … | …,
    PIPE_TABLE_LINE): a run of lines with as many cells each, PIPE_TABLE_MIN_NUMBERED_ROWS of them opening with a row
    number, each a block of its own (units.with_barred_table_rows reads them as text, their cells apart by spaces, as a
    Markdown table's rows are). A lone barred line (a portal's fields, a navigation bar) is none. `text` is the lines
    joined by newlines: a text without a bar, most, is done with one substring test, and the barred lines are found by
    one scan of it. (In Markdown too: a table's rows need no bar at their ends, 1 | … | ….) (qa200)"""
    if "|" not in text:
        return set()
    runs: list[list[tuple[int, int]]] = []      # (line, cells) of each run of barred lines
    line, at = 0, 0
    for m in P.PIPE_TABLE_LINE_WITH_EMPTY_CELLS.finditer(text):
        line += text.count("\n", at, m.start())
        at = m.start()
        if (cells := barred_cell_count(m.group())) < 3:
            continue                            # (| a | b |: two cells between the end bars)
        if runs and runs[-1][-1] == (line - 1, cells):
            runs[-1].append((line, cells))
        else:
            runs.append([(line, cells)])
    return {k for run in runs
            if sum(1 for k, _ in run if P.PIPE_TABLE_NUMBERED_ROW.match(texts[k])) >= P.PIPE_TABLE_MIN_NUMBERED_ROWS
            or run[0][1] >= P.PIPE_TABLE_MIN_FIGURE_CELLS and is_barred_figure_table([texts[k] for k, _ in run])
            for k, _ in run}


def is_barred_figure_table(rows: list[str]) -> bool:
    """Whether a run of barred lines with as many cells each (four or more) is a table of figures:
    PIPE_TABLE_MIN_FIGURE_RUN lines or more, each under the first (its header) holding a digit in a cell after its first
    (the row's name), qa209."""
    return len(rows) >= P.PIPE_TABLE_MIN_FIGURE_RUN and all(
        any(map(str.isdigit, "".join(barred_cells(row)[1:]))) for row in rows[1:])


def serial_table_rows(texts: list[str], text: str) -> set[int]:
    """A form's head row opening with 序号 (SERIAL_HEAD_ROW) and the rows right under it numbered 1, 2, 3… in turn,
    SERIAL_ROWS_MIN of them or more, however few cells they fill: each a block of its own (qa209). `text` is the lines
    joined by newlines: a text without the head's word, most, is done with one substring test."""
    if P.SERIAL_HEAD_WORD not in text:
        return set()
    found: set[int] = set()
    for k in lines_at(text, occurrences(text, P.SERIAL_HEAD_WORD)):
        if P.SERIAL_HEAD_ROW.match(texts[k]) and len(rows := serial_rows_under(texts, k)) >= P.SERIAL_ROWS_MIN:
            found.update([k, *rows])
    return found


def serial_rows_under(texts: list[str], k: int) -> list[int]:
    """The lines right under line k that open with the row numbers 1, 2, 3… in turn (SERIAL_ROW)."""
    rows: list[int] = []
    for j in range(k + 1, len(texts)):
        m = P.SERIAL_ROW.match(texts[j])
        if m is None or int(m.group(1)) != len(rows) + 1:
            break
        rows.append(j)
    return rows


def barred_cells(row: str) -> list[str]:
    """The cells of a barred table's row, without the bars at its ends."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def barred_cell_count(row: str) -> int:
    return row.strip().strip("|").count("|") + 1


def is_wrapped_cell(row: str, line: str) -> bool:
    """Whether `line`, under a task table's row, is the rest of the row's last cell wrapped onto a line of its own
    (省人力资源社会保障厅，省商务厅， / 省教育厅，省妇联): the row stops at a list comma, and the line is one cell (no space)
    that ends no sentence (qa200)."""
    return row[-1:] in P.WRAPPED_CELL_ROW_ENDS and " " not in line and line[-1:] not in P.WRAPPED_CELL_NOT_ENDS


def wrapped_cell_rests(texts: list[str], rows: set[int], starts: set[int]) -> set[int]:
    """The lines that go on the task-table row over them (is_wrapped_cell), maybe wrapped again (…， / 省教育厅， /
    省妇联): part of that row's block, not blocks of their own (a lone line under a row would read as a heading); a line
    that opens a block (三、保障措施) does not. Only the lines under the few rows are tried."""
    out: set[int] = set()
    for k in rows:
        j = k + 1
        while j < len(texts) and j not in rows and j not in starts and is_wrapped_cell(texts[j - 1], texts[j]):
            out.add(j)
            j += 1
        if j == k + 1 and j + 1 in rows and j not in rows and j not in starts and is_inner_cell_rest(texts[j]):
            out.add(j)
    return out


def is_inner_cell_rest(line: str) -> bool:
    """Whether a line between two rows of a table is the rest of a cell inside the row over it, wrapped onto a line of
    its own (2 粪污收运 县农业农村局 县供销社、各乡镇 持续推进 / 人民政府 / 3 …): a few characters, one cell (no space), ending
    no sentence, no caption; a line of its own it would read as a heading, a title even, cutting the table (qa237)."""
    return (len(line) <= P.INNER_CELL_REST_MAX_CHARS and " " not in line and line[-1:] not in P.WRAPPED_CELL_NOT_ENDS
            and P.NUMBERED_CAPTION.match(line) is None)


def head_rows(texts: list[str], rows: set[int]) -> set[int]:
    """The head rows of the tables whose rows are `rows`: a line of four column heads or more (TABLE_ROW, no
    number among them) right over a table's first row is a row too, not the rest of the caption over it
    (表1 …运行情况 / 年份 受理事件（万件） 按期办结率（%） 群众满意度（%）), its first head maybe one character (县 泵站（座）
    渠道（公里） 面积（万亩）: TABLE_HEAD_ROW_ONE_CHAR_FIRST, qa227). Only the lines over a first row are tried."""
    return {k - 1 for k in rows if k and k - 1 not in rows and is_head_row(texts[k - 1])}


def is_head_row(line: str) -> bool:
    """Whether the line reads as a table's head row: four column heads or more apart by spaces, with Han text."""
    return bool((P.TABLE_ROW.fullmatch(line) or P.TABLE_HEAD_ROW_ONE_CHAR_FIRST.fullmatch(line)) and P.HAN_CHAR.search(line))


def contents_entries(texts: list[str], lasts: str) -> set[int]:
    """The entries of a table of contents (TOC_ENTRY: a leader of dots, then a page number), each a
    block of its own: as wide as the column, they would pass for wrapped text. Only lines ending
    with a digit (one scan of `lasts`) are tried."""
    return {k for k in lines_of(P.TOC_ENTRY_END, lasts) if P.TOC_ENTRY.fullmatch(texts[k])}


def issuer_lines(texts: list[str], starts: set[int]) -> set[int]:
    """The lines that name an issuing body (ISSUER_LINE) right over a date line (a plan's cover, a
    signature): a line of their own, not the rest of the title above. (Date lines open blocks: only
    the lines over those of `starts` are tried.)"""
    return {k - 1 for k in starts if k > 0 and is_issuer_over_date(texts[k - 1], texts[k])}


def issuing_body_lines(texts: list[str], lasts: str, widths: list[float], cols: list[float], ends: list[bool]) -> set[int]:
    """The lines that name the body issuing a plan (ISSUING_BODY_LINE: 农业部, 应急管理部) under its title (qa61): a line
    of their own, not filling its column (as a line of wrapped text does), under a line that ends no sentence. Neither
    the rest of the title above (a title line never ends with a body's name) nor a byline (农业部 reads as a surname and
    a name): front matter. (Only lines ending with a body's last character, found by one scan of `lasts`, are tried.)"""
    return {k for k in lines_of(P.ISSUING_BODY_LAST, lasts)
            if k > 0 and not ends[k - 1] and widths[k] < cols[k] - FULL_LINE_SLACK and P.ISSUING_BODY_LINE.match(texts[k])}


def research_bodies_lines(texts: list[str], lasts: str, ends: list[bool]) -> set[int]:
    """The lines that name the authors' research bodies set apart by a space (某某政策研究中心　经济发展研究组:
    RESEARCH_BODIES_LINE) under a line that ends no sentence: a line of their own, not the rest of the title above
    (qa102). (Only lines ending with a body's last character, found by one scan of `lasts`, are tried.)"""
    return {k for k in lines_of(P.RESEARCH_BODIES_LAST, lasts)
            if k > 0 and not ends[k - 1] and P.RESEARCH_BODIES_LINE.match(texts[k])}


def commissioned_study_lines(texts: list[str], lasts: str) -> set[int]:
    """The cover lines naming who commissioned a report (某某委员会委托研究, COMMISSIONED_STUDY_LINE): a line of their own,
    never one of the title's lines under them (qa147). (Only lines ending as one does, found by one scan of `lasts`,
    that hold 研究 are tried.)"""
    return {k for k in lines_of(P.COMMISSIONED_STUDY_LAST, lasts)
            if "研究" in texts[k] and P.COMMISSIONED_STUDY_LINE.match(texts[k])}


def date_field_lines(texts: list[str], firsts: str) -> set[int]:
    """The lines of fields that open with a date's label (发布日期：… 来源：…, DATE_FIELD_LINE): a line of their own, not
    the rest of the title above (qa102). (Only lines opening with the labels' first characters are tried.)"""
    return {k for k in lines_of(P.DATE_FIELD_INITIAL, firsts) if P.DATE_FIELD_LINE.match(texts[k])}


def press_head_field_lines(texts: list[str], firsts: str) -> set[int]:
    """The lines of a press release's head fields (发布单位：… / 联络人：…, PRESS_HEAD_FIELD): rows of their own, not wrapped
    into the title under them (qa176). (Only lines opening with the labels' first characters are tried.)"""
    return {k for k in lines_of(P.PRESS_HEAD_FIELD_INITIAL, firsts) if P.PRESS_HEAD_FIELD.match(texts[k])}


def grant_code_rests(texts: list[str], firsts: str, ends: list[bool]) -> set[int]:
    """The lines holding only a grant's code in brackets (（HBSK2023YB218）) under a line that ends no sentence: the rest
    of the paper's note over them (基金项目：某省社会科学基金项目 / （…）), which the code, too long for that line's end,
    left short; never a paragraph of their own (qa125). (Only lines opening with a bracket are tried.)"""
    return {k for k in lines_of(P.GRANT_CODE_INITIAL, firsts)
            if k and not ends[k - 1] and P.GRANT_CODE_LINE.match(texts[k])}


def postcode_rests(texts: list[str], firsts: str) -> set[int]:
    """The lines holding only a postcode (430073) under a paper's affiliation line, numbered (3. 某某大学…，湖北 武汉) or
    bracketed: the rest of that line, wrapped before the code (qa125). (Only lines opening with a digit are tried.)"""
    return {k for k in lines_of(P.POSTCODE_INITIAL, firsts)
            if k and P.POSTCODE_LINE.match(texts[k])
            and (P.DIGIT_AFFILIATION_LINE.match(texts[k - 1]) or texts[k - 1][:1] in P.OPENING_BRACKETS)}


def journal_source_lines(texts: list[str], firsts: str) -> set[int]:
    """The lines naming the journal and issue a paper is reposted from (资料来源：《…》第48卷第3期 …): a block of their
    own, so the title under them, in a hard-wrapped page, does not run on from them (qa125). (Only lines opening with
    one of the labels' first characters are tried.)"""
    return {k for k in lines_of(P.JOURNAL_SOURCE_LINE_INITIAL, firsts) if P.JOURNAL_SOURCE_LINE.match(texts[k])}


def document_title_lines(texts: list[str], ends: list[bool]) -> set[int]:
    """The title line naming the document's kind (…实施方案（2025—2027年）) among the page's first lines, before any
    sentence ends: it closes its block, so the first paragraph under it, in a hard-wrapped page, does not join a title
    as wide as the column (qa125). (At most TITLE_HEAD_LINES lines are tried.)"""
    found = set()
    for k in range(min(len(texts), TITLE_HEAD_LINES)):
        if ends[k]:
            break
        if P.DOCUMENT_TITLE_LINE.match(texts[k]):
            found.add(k)
    return found


def published_document_titles(texts: list[str], lasts: str) -> set[int]:
    """The title line naming a document's kind (…行动方案) right under a notice's signature (its issuer over a date, maybe
    a publication note under them): the title of the document the notice publishes (关于印发…的通知), which closes its
    block, so that the document's first paragraph, one line as wide as the title's window, does not join it (qa135).
    A title wrapped over two lines is tried on its second line. (Only lines ending with 日 are tried as the date.)"""
    found = set()
    for k in occurrences(lasts, "日"):
        if k == 0 or not is_issuer_over_date(texts[k - 1], texts[k]):
            continue
        t = k + 1 + (k + 1 < len(texts) and P.OFFICIAL_PUBLICATION_NOTE.match(texts[k + 1]) is not None)
        for i in (t, t + 1):
            if i < len(texts) and P.DOCUMENT_TITLE_LINE.match(texts[i]):
                found.add(i)
                break
    return found


def breadcrumb_trails(texts: list[str]) -> set[int]:
    """The lines of a breadcrumb trail (您当前的位置：首页 > 评论 > 时评, 人民网>>观点>>人民网评), which may be
    as wide as the title under it: a trail stands among the first lines of a saved web page, so only
    those are tried."""
    return {k for k, t in enumerate(texts[:TRAIL_LINES])
            if P.BREADCRUMB_LINE.match(t) or ((">" in t or "»" in t or "＞" in t) and is_trail(t)) or is_nav_bar(t)
            or is_slashed_trail(t)}


def is_trail(t: str) -> bool:
    """Whether a line holding >, » or ＞ is a site's breadcrumb trail: three steps or more, or two Han words (qa59), maybe
    after the site's name and a bar (北岭城市研究院 | 首页 > 研究观点, qa149)."""
    return (P.BREADCRUMB_TRAIL.match(t) is not None or P.BREADCRUMB_TWO_STEPS.match(t) is not None
            or P.SITE_BARRED_TWO_STEPS.match(t) is not None)


def is_slashed_trail(t: str) -> bool:
    """Whether a line is a breadcrumb trail parting its steps by slashes (首页 / 访谈 / 正文, qa128): a prefix test first."""
    return t[:2] == "首页" and "/" in t and P.SLASHED_BREADCRUMB_TRAIL.match(t) is not None


def is_nav_bar(t: str) -> bool:
    """Whether a line is a site's navigation bar (首页 | 政务公开 | 政策文件 | 政策解读), as wide as a title may be (qa76),
    or its row of buttons (下载PDF  HTML阅读  收藏  分享到：微信 微博; TOOLBAR_LINE, qa84)."""
    return ((any(map(t.__contains__, P.NAV_BAR_MARKS)) and P.NAV_BAR_LINE.match(t) is not None)
            or (t[:1] in P.TOOLBAR_INITIALS and P.TOOLBAR_LINE.match(t) is not None))


def font_switches(texts: list[str]) -> set[int]:
    """The lines of a web page's font-size switch (字体：【大】【中】【小】 【打印】 【关闭】), which may be as wide as
    the title under it: such a line stands among a saved page's first lines, so only those are tried (qa38)."""
    return {k for k, t in enumerate(texts[:FONT_SWITCH_LINES]) if "字" in t[:4]
            and (P.FONT_SWITCH_LINE.match(t) or P.FONT_SIZE_SETTING_LINE.match(t))}


def under_one_line_quote_runs(texts: list[str], quotes: list[int], widths: list[float], cols: list[float]) -> set[int]:
    """The lines under a run of ■ lines set one a line (■ 县域商业网络不断完善… / ■ 乡镇商贸中心… / ■ 下一步应在…
    持续发力, a summary box's points) that fill the column: the text's first line, which the run's last point, as wide as
    the column in a hard-wrapped page, would otherwise take as its rest. A short line under it may still be the point's
    rest (qa125). The points open with the same mark (□ 某某 over ■… is a byline over a quote). (`quotes`: the lines
    opening with ■, ascending.)"""
    run = set(quotes)
    return {k + 1 for k in quotes if k - 1 in run and k + 1 not in run and k + 1 < len(widths)
            and texts[k - 1][0] == texts[k][0] and widths[k + 1] >= cols[k + 1] - FULL_LINE_SLACK}


def turns_under_boxed_headings(texts: list[str], text: str, quotes: list[int]) -> set[int]:
    """The lines right under a ■ line that open a speaker's turn (■新型储能“新”在哪里 / 主持人：与抽水蓄能相比…): a
    roundtable's topic heading over its first turn, no pull quote whose second line the turn would be; the turn opens
    a paragraph of its own, though the heading over it ends no sentence. A turn is a host's or reporter's label
    (主持人：, 记者：, 问：) or a speaker's name that opens another line of the page too (郑怀远：) (qa210). (`quotes`: the
    lines opening with ■, few; `text`: the page's lines joined with "\n".)"""
    found = set()
    for k in quotes:
        t = texts[k + 1] if k + 1 < len(texts) else ""
        if not 0 < t.find("：", 0, P.SPEAKER_LABEL_REACH):
            continue
        if P.HOST_OR_REPORTER_TURN_LINE.match(t) or (
                (m := P.SPEAKER_TURN_LABEL.match(t)) and text.count(f"\n{m.group(0)}") + text.startswith(m.group(0)) > 1):
            found.add(k + 1)
    return found


def follow_prompt_lines(texts: list[str], starts: set[int], widths: list[float], cols: list[float]) -> set[int]:
    """The lines of a WeChat article's prompt to follow its account (点击上方“…”，关注…) that fall short of their column:
    no wrapped line, they close their block, so the text under them does not run on from them (qa125); so do those
    ending with the call itself (…关注我们), however wide: on a page's first line its column is its own width (qa251).
    (Only block openers are tried, by their first character.)"""
    return {k for k in starts if texts[k][:1] == "点" and P.WECHAT_PROMPT_LINE.match(texts[k])
            and (widths[k] < cols[k] - FULL_LINE_SLACK or P.FOLLOW_PROMPT_END.search(texts[k]))}


def short_bar_numbered_headings(texts: list[str], starts: set[int], widths: list[float], cols: list[float]) -> set[int]:
    """The headings numbered before a vertical bar (bar_numbered_headings) that fall short of their column: no wrapped
    line, they close their block too, so the text's first line under them does not run on from them (qa125)."""
    return {k for k in starts if texts[k][:1].isdigit() and widths[k] < cols[k] - FULL_LINE_SLACK
            and P.BAR_NUMBERED_HEADING.match(texts[k])}


def bar_numbered_headings(texts: list[str], firsts: str) -> set[int]:
    """The section headings numbered before a vertical bar (02丨让数据…“跑起来”): they open a block, so the line over
    them (a caption, a paragraph's last line as wide as the column) does not run on into them (qa125). (Only lines
    opening with a digit are tried.)"""
    return {k for k in lines_of(P.BAR_NUMBERED_HEADING_INITIAL, firsts) if P.BAR_NUMBERED_HEADING.match(texts[k])}


def app_promo_lines(texts: list[str], text: str) -> set[int]:
    """A news site's prompt to install its app (不用抽 不用抢 现在用APP看新闻 … 点我下载APP), pasted amid the text's
    paragraphs, or its one-sentence prompt (打开某某APP，阅读体验更佳, qa149): a line of its own, which the hard-wrapped
    paragraph under it does not continue, nor it the line over it (qa125). (Only the lines holding APP, found by
    str.find in the page's text, are tried.)"""
    if P.APP_PROMO_INITIAL not in text:
        return set()                      # (most pages: see APP_PROMO_INITIAL)
    return {k for k in set(lines_at(text, occurrences(text, P.APP_PROMO_WORD)))
            if P.APP_PROMO_LINE.match(texts[k]) or P.APP_PROMPT_SENTENCE.match(texts[k])}


def is_issuer_over_date(line: str, next_line: str) -> bool:
    """Whether a line names an issuing body (ISSUER_LINE), or several issuing jointly (JOINT_ISSUER_LINE), and the line
    under it is a bare date."""
    return bool(P.DATE_ONLY_LINE.match(next_line)) and bool(P.ISSUER_LINE.match(line) or P.JOINT_ISSUER_LINE.match(line))


def subtitle_lines(texts: list[str], dashed: list[int], widths: list[float], cols: list[float]) -> set[int]:
    """The subtitle lines (——…的实践与启示) that do not fill their column: a line of their own under the
    title, which neither continues the title nor runs on into the first paragraph (a subtitle set at
    70 % of the column would pass for a line of text). A subtitle that fills its column wraps onto the
    next line. (Only lines beginning with a dash, `dashed` (dashed_lines), are tried.)"""
    return {k for k in dashed
            if widths[k] < cols[k] - FULL_LINE_SLACK and P.SUBTITLE.match(texts[k])}


def full_subtitles_over_text(texts: list[str], dashed: list[int], widths: list[float], cols: list[float]) -> set[int]:
    """The subtitle lines (——…的观察与思考) that fill their column, or a little more, between a title line and a full line of
    text: a line of their own, as subtitle_lines' shorter ones are. A subtitle that wraps leaves the rest of a phrase on
    the line under it, never a full line of clauses (…也是扩大内需的潜力所在。近年来，…); and with no clause mark in the
    line over it nor in its own, it is no item of a plan's dash-led list, which runs on from a sentence (qa146). (Only
    lines beginning with a dash, `dashed` (dashed_lines), are tried.)"""
    return {k for k in dashed
            if 0 < k < len(texts) - 1 and widths[k] >= cols[k] - FULL_LINE_SLACK
            and widths[k + 1] >= cols[k + 1] - FULL_LINE_SLACK and P.CLAUSE_MARK.search(texts[k + 1])
            and not P.CLAUSE_MARK.search(texts[k - 1]) and not P.CLAUSE_MARK.search(texts[k])
            and P.SUBTITLE.match(texts[k])}


def wrapped_subtitle_rests(texts: list[str], dashed: list[int], widths: list[float], cols: list[float], ends: list[bool],
                           stops: set[int]) -> set[int]:
    """The lines b that end a subtitle wrapped at its column's edge (——学习贯彻…关于县域发展重要论 / 述的体会): a short line
    ending no sentence under a dash-led subtitle line that fills its column goes on it, though it would read as a
    title line of its own under a full line (an end title's subtitle over its byline, qa198). Not under a subtitle set
    wider than its column (unwrapped), nor a line that opens or stops a block (`stops`: a byline, a note), opens with a
    dash or a bracket, or is letter-spaced (a name: 韩 立 新). (Only lines opening with a dash are tried.)"""
    n = len(texts)
    return {k + 1 for k in dashed
            if k + 1 < n and k + 1 not in stops and abs(widths[k] - cols[k]) <= FULL_LINE_SLACK
            and widths[k + 1] < cols[k + 1] - FULL_LINE_SLACK and not ends[k + 1] and not ends[k]
            and texts[k + 1][:1] not in P.SUBTITLE_INITIALS and not P.CJK_GAP.search(texts[k + 1])
            and P.SUBTITLE.match(texts[k]) is not None}


def speaker_signature_lines(texts: list[str], dashed: list[int]) -> set[int]:
    """The signatures closing a roundup's views (——某大学教授 张三): each a line of its own, which runs on into no view
    under it, however wide the box's column makes it look (qa127). (Only lines opening with a dash are tried: `dashed`, see dashed_lines.)"""
    return {k for k in dashed if P.SPEAKER_SIGNATURE_LINE.match(texts[k])}


def foot_field_lines(texts: list[str], firsts: str) -> set[int]:
    """The lines of a web page's foot that name the figures' source or the press officer (资料来源：… / 新闻联络人：… /
    联络电话：…): each a line of its own, short enough to pass for a wrapped line's end, that runs on from no line
    over it (qa101). (Only lines opening with such a label's first character are tried.)"""
    return {k for k in lines_of(P.FOOT_FIELD_INITIAL, firsts) if P.FOOT_FIELD_LINE.match(texts[k])}


def source_closing_lines(texts: list[str], firsts: str) -> set[int]:
    """The closing lines naming where a piece was published (（来源：某某日报　2026年3月5日　第3版）): a line of its own,
    which runs into no other closing line (（责任编辑：…）) under it (qa92). (Only lines opening with a bracket are tried.)"""
    # (or with the editor's credit after it, （来源：…）【编辑：…】, qa215)
    return {k for k in lines_of(P.SOURCE_CLOSING_LINE_INITIAL, firsts)
            if P.SOURCE_CLOSING_LINE.match(texts[k]) or P.SOURCE_CLOSING_WITH_EDITOR_LINE.match(texts[k])}


def subtitles_under_shorter_lines(texts: list[str], dashed: list[int], widths: list[float]) -> set[int]:
    """The subtitle lines (——在全市…大会上的讲话) under a line that falls short of them by more than a paragraph's
    indent: that line did not wrap into the subtitle, which opens a block (a title over its subtitle set with no blank
    line between, the two lines alone making the local column, so neither falls short of it). A subtitle that fills
    its column may still wrap onto the line under it. A dash opening the second line of a paragraph (its first line
    over it, short by the indent only) is no such line (qa92). (Only lines beginning with a dash are tried: `dashed`, see
    dashed_lines.)"""
    return {k for k in dashed
            if 0 < k and widths[k - 1] < widths[k] - PARAGRAPH_INDENT - FULL_LINE_SLACK and P.SUBTITLE.match(texts[k])}


def occasion_subtitles(texts: list[str], dashed: list[int]) -> set[int]:
    """The subtitle lines naming the occasion a speech or report was given on (——在全县三级干部大会上的讲话): a block of
    their own, never the last line of the title over them, however wide that title is (a subtitle as wide as its title
    would pass for the title's wrapped rest). (Only lines beginning with a dash are tried: `dashed`, see dashed_lines.)"""
    return {k for k in dashed if P.OCCASION_SUBTITLE.match(texts[k])}


def rule_lines(texts: list[str], firsts: str, dashed: list[int]) -> set[int]:
    """The rules across the page (————) and a box's drawn edges (┌────┐ / └────┘): separators, whatever their width,
    never a wrapped line of text. (Only lines beginning with a dash (`dashed`, see dashed_lines) or a box-drawing character
    are tried.)"""
    return ({k for k in dashed if P.RULE_LINE.match(texts[k])}
            | {k for k in lines_of(P.BOX_FRAME_INITIAL, firsts) if P.BOX_FRAME_LINE.match(texts[k])})


def outlet_date_lines(texts: list[str], lasts: str) -> set[int]:
    """The lines that name a publisher and, after a gap, a date (SPACED_OUTLET_DATE_LINE: a brief's
    masthead), or a date and the reader counter (某某网 2026-01-20 阅读：1533, OUTLET_DATE_COUNTER_LINE, qa149), each a
    block of its own. Only lines ending with a digit or 日 (one scan of `lasts`) are tried."""
    return {k for k in lines_of(P.DATE_LINE_LAST, lasts)
            if P.SPACED_OUTLET_DATE_LINE.match(texts[k]) or P.OUTLET_DATE_COUNTER_LINE.match(texts[k])}


def contents_labels(texts: list[str], firsts: str) -> set[int]:
    """The 目录 lines over a table of contents: a line of their own, never the last line of the title over them (qa55).
    (One scan of the first characters picks the few to try.)"""
    return {k for k in lines_of(P.TOC_LABEL_INITIAL, firsts) if P.TOC_HEADING.match(texts[k])}


def contents_named_headings(texts: list[str], entries: set[int]) -> set[int]:
    """The lines of the text after a table of contents that repeat the heading an entry names (its line past its leader
    and page number, or with the line over it where a long entry wraps before its leader): each is that heading, which
    ends its line, however near its column's width (三、…的对策建议：从“建起来”到“用起来” over its text's first line,
    which it ran into, qa230). (Only documents with contents entries; one set lookup a line.)"""
    if not entries:
        return set()
    names = set()
    for k in entries:
        name = P.TOC_LEADER_AND_PAGE.sub("", texts[k])
        names.add(name)
        if k - 1 not in entries:
            names.add(texts[k - 1] + name)        # (an entry wrapped before its leader)
    last = max(entries)
    return {j for j in range(last + 1, len(texts)) if texts[j] in names}


def numbered_contents_entries(texts: list[str], labels: set[int]) -> set[int]:
    """The numbered lines right under a contents label (本期要目 / 1.关于… / 2.以…): each names a note of the issue, a
    block of its own, never wrapped into the next entry or into the title under the list (qa80). (Few labels.)"""
    found = set()
    for k in labels:
        j = k + 1
        while j < len(texts) and P.ITEM_ARABIC.match(texts[j]):
            found.add(j)
            j += 1
    return found


def repeated_contents_entries(texts: list[str], labels: set[int]) -> set[int]:
    """The lines right under a contents label, marked or not (本期目录 / ◎ 关于… / 县域养老…), that a later line repeats
    whole after its mark: each names a note of the issue printed under that title further on, a block of its own, never
    wrapped into the next entry or into the first note's title under the list (qa201). (Few labels.)"""
    found = set()
    for k in labels:
        j = k + 1
        while j < len(texts) and (entry := P.CONTENTS_ENTRY_MARK.sub("", texts[j], count=1)) and entry in texts[j + 1:]:
            found.add(j)
            j += 1
    return found


def approval_lines(texts: list[str], lasts: str) -> set[int]:
    """The lines recording the letter that approved a plan (…院台农字第…号函核定): a line of their own over the
    cover's title, never its first line. (One scan of the last characters picks the few to try.) (qa55)"""
    return {k for k in lines_of(P.APPROVAL_LINE_LAST, lasts) if P.APPROVAL_LINE.match(texts[k])}


def doc_number_lines(texts: list[str], text: str, lasts: str) -> set[int]:
    """The 文号 lines of a document as issued (某政办发〔2026〕12号, maybe with its date or signer beside it): each a block of
    its own, never run together with the short head lines around it (the title over it, the title again under it).
    Only lines ending with 号 (one scan of `lasts`) or holding a gap after 号 (substring searches) are tried. (qa123)"""
    ended = {k for k in lines_of(P.DOC_NUMBER_LINE_LAST, lasts) if P.DOC_NUMBER_LINE.match(texts[k])}
    # (every gap opens with DOC_NUMBER_GAP_MARK: the mark's offsets, found at memchr speed, where a find of a gap's
    # two characters steps through the page, are tried for a gap)
    gapped = [at for at in occurrences(text, P.DOC_NUMBER_GAP_MARK) if text.startswith(P.DOC_NUMBER_GAPS, at)]
    return ended | {k for k in set(lines_at(text, gapped)) if P.DOC_NUMBER_BESIDE_FIELD_LINE.match(texts[k])}


def addressee_lines(texts: list[str], firsts: str) -> set[int]:
    """The addressee lines (各县（市、区）人民政府，…：) right under an official title's last line (…的通知, …的实施方案):
    blocks of their own, never the run-on of a title wrapped as wide as the head's narrow column (a wrapped 主送's
    second line sits under its first, which ends with a comma, not under a title). Only lines opening with 各 are
    tried (one scan of `firsts`). (qa123)"""
    return {k for k in lines_of(P.ADDRESSEE_INITIAL, firsts)
            if k and texts[k - 1].endswith(P.OFFICIAL_TITLE_KIND_ENDS) and P.OFFICIAL_HEAD_LINE.match(texts[k])}


def form_field_lines(texts: list[str], text: str) -> set[int]:
    """The lines of a blank form printed under a notice (单位名称：＿＿＿＿ / 联系人：＿＿＿　联系电话：＿＿＿, FORM_FIELD_LINE;
    报送单位：　　　报送时间：　　年　　月　　日, 类型：□甲　□乙, FORM_ROW): each a row of the form, a block of its own, never
    a wrapped line of the row over it. A text without a blank, a colon before a space or a box (FORM_ROW_MARKS), most,
    is done with a few substring tests; the rows are found by one scan of the text."""
    if not any(map(text.__contains__, P.FORM_ROW_MARKS)):
        return set()
    found, line, at = set(), 0, 0
    for m in P.FORM_ROW_LINE.finditer(text):        # (few)
        line += text.count("\n", at, m.start())
        at = m.start()
        found.add(line)
    return found


def letter_salutations(texts: list[str], firsts: str, ends: list[bool]) -> set[int]:
    """A reader's letter's salutation alone on its line (编辑同志：) and the line right over it where that ends no
    sentence and is short enough for a title (the letter's title): blocks of their own, which the last full line of an
    editor's note or a text above would otherwise take in. Only lines opening with 编, 记 or 尊 are tried (one scan of
    `firsts`). (qa224)"""
    found: set[int] = set()
    for k in lines_of(P.LETTER_SALUTATION_INITIAL, firsts):       # (few)
        if P.LETTER_SALUTATION.match(texts[k]):
            found.add(k)
            if k and not ends[k - 1] and len(texts[k - 1]) <= P.LETTER_TITLE_MAX_CHARS:
                found.add(k - 1)
    return found


def issue_masthead_lines(texts: list[str], lasts: str, firsts: str) -> set[int]:
    """The lines that name a journal or a report series and its issue (ISSUE_MASTHEAD_LINE), each a block of its
    own, not a line of the title under it. Only lines ending with 期 (one scan of `lasts`) are tried."""
    return ({k for k in lines_of(P.ISSUE_LINE_LAST, lasts) if P.ISSUE_MASTHEAD_LINE.match(texts[k])}
            | {k for k in lines_of(P.ISSUE_LINE_END, lasts) if ("|" in texts[k] or "｜" in texts[k] or "·" in texts[k])
               and (P.BARRED_SERIES_ISSUE_LINE.match(texts[k]) or P.ENGLISH_SERIES_ISSUE_LINE.match(texts[k]))}
            | {k for k in lines_of(P.SERIES_ISSUE_LINE_END, lasts) if ("|" in texts[k] or "｜" in texts[k])
               and P.BILINGUAL_SERIES_ISSUE_LINE.match(texts[k])}    # 政策评论 Policy Commentary｜第38号 (qa156)
            | {k for k in lines_of(P.WORKING_PAPER_ISSUE_LINE_LAST, lasts) if is_working_paper_line(texts[k])}   # (qa163, qa190)
            | spaced_masthead_lines(texts, lasts, firsts))


def is_working_paper_line(text: str) -> bool:
    """Whether a line names a working-paper series and the paper's number (某研究院工作论文系列｜WP No.2025-11,
    WORKING_PAPER_SERIES_LINE), also spaced from its institution or numbered as an issue (某研究院工作论文 2026年第8期,
    WORKING_PAPER_ISSUE_LINE, qa190), or a report series and its catalogue code (政策研究报告 PR-2026-017, qa195): a
    masthead line, no title's. (A substring test for the series' word first.)"""
    return any(w in text for w in P.WORKING_PAPER_LINE_MARKS) and (P.WORKING_PAPER_SERIES_LINE.match(text) is not None
                                                                  or P.WORKING_PAPER_ISSUE_LINE.match(text) is not None
                                                                  or P.REPORT_SERIES_CODE_LINE.match(text) is not None)


def spaced_masthead_lines(texts: list[str], lasts: str, firsts: str) -> set[int]:
    """The lines that name a journal without 《》 and its issue, maybe its pages too (SPACED_MASTHEAD_LINE: 香港社会科学学报
    第62期（2025年春/夏季） 页88-112), or a journal page's running head (JOURNAL_PAGE_HEAD_LINE). Only lines ending with
    JOURNAL_HEAD_LAST (one scan of `lasts`) are tried, and those opening with a year that end with a title instead
    (2025年第3期    陈某，等：某某机制的影响, its page's number at the foot: JOURNAL_AUTHORS_HEAD_INITIAL, qa231)."""
    return ({k for k in lines_of(P.JOURNAL_HEAD_LAST, lasts) if is_spaced_masthead(texts[k])}
            | {k for k in lines_of(P.JOURNAL_AUTHORS_HEAD_INITIAL, firsts) if is_issue_authors_head(texts[k])})


def is_issue_authors_head(line: str) -> bool:
    """Whether a line is a journal page's running head giving the issue, then the first author and the paper's title
    (JOURNAL_AUTHORS_HEAD_LINE): substring tests first (a space, 期, a colon)."""
    return (" " in line and "期" in line and any(mark in line for mark in P.JOURNAL_AUTHORS_HEAD_MARKS)
            and P.JOURNAL_AUTHORS_HEAD_LINE.match(line) is not None)


def is_spaced_masthead(line: str) -> bool:
    """Whether a line is a journal's masthead or running head set apart by spaces (SPACED_MASTHEAD_LINE, or
    JOURNAL_PAGE_HEAD_LINE: 农业经济问题  2024年第6期, ·46·  中国行政管理 2025年第2期), its name maybe letter-spaced
    (城 市 发 展 研 究   2026年第4期, SPACED_JOURNAL_NAME_RUN, qa255): substring tests first."""
    if is_unspaced_masthead(line):
        return True
    # (tried on lines with three spaces or more: a name of three characters has two, the gap before the issue one)
    closed = P.SPACED_JOURNAL_NAME_RUN.sub(closed_gaps, line) if line.count(" ") > 2 else line
    return closed != line and is_unspaced_masthead(closed)


def closed_gaps(name: Match[str]) -> str:
    """A letter-spaced run of characters with its spaces gone (城 市 发 展 → 城市发展)."""
    return name[0].replace(" ", "")


def is_unspaced_masthead(line: str) -> bool:
    """is_spaced_masthead's shapes with the journal's name written solid."""
    # (A masthead naming the journal in 《》 needs no space: 《公共政策评论》第18卷第2期（2025年6月）页41-62, qa50.)
    return ((line[:1] == "《" and "期" in line and (P.BRACKETED_MASTHEAD_LINE.match(line) is not None
                                                   or ("，" in line or "," in line)
                                                   and P.BRACKETED_COMMA_MASTHEAD_LINE.match(line) is not None))   # (qa147)
            or ("，" in line and "期" in line and P.COMMA_MASTHEAD_LINE.match(line) is not None)    # (qa121)
            or " " in line and (("期" in line and P.SPACED_MASTHEAD_LINE.match(line) is not None)
                                or (line[-1:] == "号" and P.SERIES_NUMBER_LINE.match(line) is not None)
                                or P.JOURNAL_PAGE_HEAD_LINE.match(line) is not None
                                or (("(" in line or "（" in line)
                                    and P.JOURNAL_VOLUME_ISSUE_HEAD_LINE.match(line) is not None)   # (qa184)
                                or ("卷" in line and P.JOURNAL_HAN_VOLUME_HEAD_LINE.match(line) is not None)   # (qa147)
                                or ("期" in line and P.JOURNAL_HAN_ISSUE_HEAD_LINE.match(line) is not None)   # (qa170)
                                or (any(mark in line for mark in P.JOURNAL_AUTHORS_HEAD_MARKS)
                                    and P.JOURNAL_AUTHORS_HEAD_LINE.match(line) is not None)   # (qa153)
                                or ("期" in line and P.JOURNAL_COLUMN_HEAD_LINE.match(line) is not None)
                                or (P.CUMULATIVE_ISSUE_WORD in line
                                    and P.CUMULATIVE_ISSUE_HEAD_LINE.match(line) is not None)   # (qa199)
                                or ("卷" in line and P.JOURNAL_VOLUME_MONTH_HEAD_LINE.match(line) is not None)))   # (qa199)


def journal_column_head_lines(texts: list[str], text: str, spaced: list[int]) -> set[int]:
    """The lines that are a journal page's running head naming its column (JOURNAL_COLUMN_HEAD_LINE), each a block of
    its own: over the first page there is no page number to lift it with, and it is no line of the title under it.
    (One search of the page's `text`, its lines joined with "\\n", where it holds 期 and a line opens as such a head
    does, JOURNAL_COLUMN_HEAD_OPENING: a match opens its line with the journal's name, a space or tab and a digit, no
    line break among them, so with no tab in the text only the `spaced` lines (space_counts) can open one. Most pages
    hold 期 somewhere; few have such a line, and the search tried the pattern at every line's start. So every match
    starts at the line break before a line that opens so, and only those lines are matched, in order: see
    matches_at_openings.)"""
    if "期" not in text:
        return set()
    tried = range(len(texts)) if "\t" in text else spaced
    opening = list(compress(tried, map(P.JOURNAL_COLUMN_HEAD_OPENING.match, map(texts.__getitem__, tried))))
    return matches_at_openings(P.JOURNAL_COLUMN_HEAD_AFTER_BREAK, texts, text, opening) if opening else set()


def matches_at_openings(after_break: re.Pattern[str], texts: list[str], text: str, opening: list[int]) -> set[int]:
    """The lines of `text` (its lines joined with "\n") that `after_break`, a line pattern led by the line break before
    the line, matches where a match can start only at the line break before one of the lines `opening` (ascending):
    the pattern is matched there alone, as finditer would find it, a match that starts inside
    an earlier match's span skipped (finditer goes on from the end of each match)."""
    broken, found, end, offset, j = "\n" + text, set(), 0, 0, 0
    for k in opening:
        offset += sum(map(len, texts[j:k])) + k - j       # (the offset of the break before line k in `broken`)
        j = k
        if offset >= end and (m := after_break.match(broken, offset)):
            found.add(k)
            end = m.end()
    return found


def guest_list_lines(texts: list[str], text: str, firsts: str, widths: list[float], ends: list[bool], starts: set[int],
                     line_nos: list[int] | None = None) -> set[int]:
    """The lines of a roundtable's guest list, one guest a line under its label (**嘉宾**： / 与谈人：), each a block of
    its own: short lines of like width, where a blank line follows every line, read as a narrow column that they fill,
    and two guests would join. The list ends at a line that ends a sentence, is long, or opens a block (a heading).
    Where blank lines part the blocks, the list ends at the first line with a blank line over it (given `line_nos`):
    a PDF sets the list's lines tight, each shorter than the column, and they would join as a wrapped paragraph.
    (Only a page with a line that opens as a label line may (GUEST_LIST_LABEL_LINE_INITIAL: one scan of `firsts`) and
    holds a label's word is searched; a label line holds its label, so those lines hold the word. Substring tests of
    the whole page's text for each word cost more than the rest of this: a word of two characters is found slowly.)"""
    opening = "\n".join(map(texts.__getitem__, lines_of(P.GUEST_LIST_LABEL_LINE_INITIAL, firsts)))
    if not any(map(opening.__contains__, P.GUEST_LIST_LABEL_HINTS)):
        return set()
    found, after_blanks = set(), lines_after_blanks(line_nos) if line_nos else set()
    for k in lines_at(text, map(Match.start, P.GUEST_LIST_LABEL_LINE.finditer(text))):
        b = k + 1
        while (b < len(texts) and not ends[b] and widths[b] < LONG_LINE and b not in starts and b not in after_blanks
               and not opens_text_under_guests(texts, widths, k + 1, b)):
            found.add(b)
            b += 1
    return found


def opens_text_under_guests(texts: list[str], widths: list[float], first: int, b: int) -> bool:
    """Whether line b, under guest lines first..b-1 that each set the name apart by a space (郑怀远 东川大学能源学院院长),
    is the first line of a paragraph under the list, not a guest's: it holds no space and is wider than every guest
    line by more than HEADING_INSET (a lead or the first turn set in the text's column, with no blank line and no
    sentence's end between; a post's wrapped rest, 博士生导师, is narrower) (qa210)."""
    return (b > first and " " not in texts[b]
            and widths[b] > max(widths[first:b]) + HEADING_INSET
            and all(map(contains, texts[first:b], repeat(" "))))


def lines_after_blanks(line_nos: list[int]) -> set[int]:
    """The lines b with a blank line between them and line b - 1 (`line_nos`: the non-blank lines' indexes)."""
    return {b for b in range(1, len(line_nos)) if line_nos[b] - line_nos[b - 1] > 1}


def wechat_head_lines(texts: list[str], text: str) -> set[int]:
    """The lines that are a WeChat article's head (原创 作者 公众号 2025年09月12日 07:58 北岭), each a block
    of its own: not the rest of the title over it. Only the lines that hold a time of day are tried
    (one literal search of the page's `text`, its lines joined with "\\n")."""
    if P.CLOCK_TIME_COLON not in text:
        return set()                      # (most pages: see CLOCK_TIME_COLON)
    times = map(Match.start, P.CLOCK_TIME.finditer(text))
    return {k for k in lines_at(text, times) if P.WECHAT_HEAD_LINE.match(without_emphasis(texts[k]))}


def without_emphasis(line: str) -> str:
    """A Markdown line without its emphasis marks: a WeChat head line copied as Markdown sets its date and region in
    italics (原创 某某 某某观察 *2026年11月09日 21:06* *广东*), a block of its own all the same, even right over the
    first paragraph with no prompt or image between (qa208)."""
    return line.replace("*", "") if "*" in line else line


def column_titles(texts: list[str], text: str, firsts: str, line_nos: list[int], ends: list[bool],
                  widths: list[float], cols: list[float]) -> set[int]:
    """The lines that are a commentary's title led by its column's name (民意论坛／学校午餐“陪餐”不能只是走过场,
    【光明时评】…): a line of its own, though it may be nearly as wide as the column of the text under it. Such a
    line opens a block (the page's top, a blank line or a finished sentence above it) and does not fill its column
    (【内容提要】 opens a wrapped paragraph so, on a full line). Only the lines that hold a full-width slash (one find
    over the page's `text`) or open with a bracket, 【 or ［ (a find each over `firsts`), are tried. (Not a bar,
    权威解答｜…: a web page's title stands on a line of its own, and a find of ｜ is slow, its low byte common among
    CJK characters.)"""
    tried = {*lines_at(text, occurrences(text, P.FULL_WIDTH_SLASH)),
             *occurrences(firsts, "【"), *occurrences(firsts, "［"), *occurrences(firsts, "「")}
    return {k for k in tried if column_label_match(texts[k]) and widths[k] < cols[k] - FULL_LINE_SLACK
            and (k == 0 or ends[k - 1] or line_nos[k] > line_nos[k - 1] + 1)}


def column_label_match(title: str) -> re.Match[str] | None:
    """The match of a column's name leading a title line (【光明时评】…, 民意论坛／…, 「观点」…: TITLE_COLUMN, or in corner
    brackets TITLE_CORNER_COLUMN, qa109), its group 1 or 2 the name; None where the line opens with none. Only a line
    holding a mark such a name ends with is matched."""
    if title[:1] == "「":
        return P.TITLE_CORNER_COLUMN.match(title)
    if title[:1] in P.COLUMN_NAME_DOTS:
        return P.TITLE_DOTTED_KICKER.match(title)     # ·时评·… (qa151)
    if not any(c in title for c in P.TITLE_COLUMN_MARKS):
        return None
    if m := P.TITLE_COLUMN.match(title):
        return m
    # (【专栏·城市笔记】…: a kind and a series parted by a middle dot, qa151)
    return P.TITLE_DOTTED_COLUMN.match(title) if any(d in title for d in P.COLUMN_NAME_DOTS) else None


def doubled_banners(texts: list[str]) -> set[int]:
    """A column banner whose first word PDF extraction doubled (要闻要闻 评论), among a page's first lines: a block of its
    own, never the first line of the title under it (qa100). Only the first few lines are tried."""
    return {k for k in range(min(DOUBLED_BANNER_LINES, len(texts))) if P.DOUBLED_BANNER.match(texts[k])}


def titles_under_spaced_banners(texts: list[str], spaced: list[int], widths: list[float], cols: list[float],
                                ends: list[bool]) -> set[int]:
    """The lines k + 1 under a column's name set letter-spaced on a line of its own (今 日 谈, SPACED_BANNER_LINE) under a
    finished sentence or note (（作者系…）: the piece before ends there): the commentary's title, a block of its own,
    not the first line of the text under it, though a narrow column makes it read nearly as wide (qa254). Not a line
    holding a stop or a comma (TITLE_STOPS: the text's first line), nor one filling its column. (Only the lines holding
    a space, `spaced`, are tried.)"""
    return {k + 1 for k in spaced
            if 0 < k < len(texts) - 2 and (ends[k - 1] or texts[k - 1][-1:] in P.NOTE_CLOSERS
                                           or k < SPACED_BANNER_HEAD_LINES and is_page_head_line(texts[k - 1]))
            and widths[k + 1] < cols[k + 1] - FULL_LINE_SLACK
            and P.SPACED_BANNER_LINE.match(texts[k]) and not any(c in texts[k + 1] for c in P.TITLE_STOPS)}


def is_page_head_line(line: str) -> bool:
    """Whether a line is one of a newspaper page's head: its running head or date line (is_page_head), or the page
    editor's credit under it (责任编辑：某某, CREDIT_LINE). A column's banner set letter-spaced right under it, among the
    page's first lines, stands over the page's first title as under a finished piece (南 江 时 评, qa271)."""
    return is_page_head(line) or P.CREDIT_LINE.match(line) is not None


def beat_kickers(texts: list[str], lasts: str, widths: list[float], ends: list[bool]) -> set[int]:
    """A kicker naming a report's series or beat (数字政府建设一线观察, BEAT_KICKER) over a wider title line, at the page's
    head or under a line that ends a sentence: a block of its own, not the first line of a title wrapped under it
    (articles.is_beat_kicker then leaves it out of the title, qa133). A paragraph's line is as wide as the line under
    it, not narrower, but for its first line, short of it by the indent alone. (Only lines ending with a series word's
    last character are tried.)"""
    return {k for k in lines_of(P.BEAT_KICKER_LAST, lasts)
            if k + 1 < len(texts) and (k == 0 or ends[k - 1]) and widths[k] < widths[k + 1] - FULL_LINE_SLACK
            and abs(widths[k + 1] - widths[k] - PARAGRAPH_INDENT) > FULL_LINE_SLACK / 3
            and P.BEAT_KICKER.match(texts[k])}


def transcript_kickers(texts: list[str], lasts: str) -> set[int]:
    """A line calling the text under it a programme's transcript (某台《…》节目文字实录, TRANSCRIPT_KICKER): a block of its
    own, however full, not the first line of the title under it (articles.title_split then leaves it out of the
    title, qa154). (Only lines ending with 录 are tried.)"""
    return {k for k in lines_of(P.TRANSCRIPT_KICKER_LAST, lasts) if P.TRANSCRIPT_KICKER.match(texts[k])}


def glued_signature_lines(texts: list[str], text: str, spaced: list[int], ends: list[bool]) -> set[int]:
    """The lines that sign a text and run into the next article's title (黎晓岚 东川日报推动…: GLUED_SIGNATURE_LINE),
    at the top of the page or under a line that ends a sentence: a block of their own, as a blank line would keep them
    where one follows every line (qa105). (Only the lines holding a space are tried: the pattern parts the names from
    the paper by spaces, and none of its parts takes a line break, so a match is one line: the `spaced` lines of
    space_counts, and those holding an ideographic space, found in the page's `text`. A search of the whole text tried
    the pattern at every line's start.)"""
    # (one regex scan for the ideographic space: see IDEOGRAPHIC_SPACE)
    wide = lines_at(text, map(Match.start, P.IDEOGRAPHIC_SPACE.finditer(text)))
    tried = sorted({*spaced, *wide})
    return {k for k in tried if (k == 0 or ends[k - 1]) and P.GLUED_SIGNATURE_LINE.match(texts[k])}

def dotted_banners_under_page_heads(texts: list[str]) -> set[int]:
    """A column banner of two names joined by a middle dot (理论周刊·思想纵横) right under the page's running head,
    among its first lines: a block of its own, never the first line of the title under it (qa113). Only the first
    few lines are tried, a dot found first."""
    return {k for k in range(1, min(DOUBLED_BANNER_LINES, len(texts)))
            if ("·" in texts[k] or "・" in texts[k]) and P.DOTTED_BANNER.match(texts[k]) and is_page_head(texts[k - 1])}


def over_wide_marked_headings(texts: list[str], firsts: str, widths: list[float], cols: list[float]) -> set[int]:
    """The marked heading lines set wider than the column of their text (（二）建立…的流通交易制度 over a narrower column):
    a heading across the text's columns closes its block, never the first line of the paragraph under it (qa113). Only
    lines opening with a bracket or a numeral (a first-character find over `firsts`) and wider than their column are
    tried on the pattern, and only its matches (a quarter) have the column measured (unhung_column, a Python step a
    line of the window: the pattern, one C call, costs less)."""
    return {k for k in lines_of(P.OVER_WIDE_HEADING_INITIAL, firsts)
            if P.OVER_WIDE_MARKED_HEADING.match(texts[k])
            and widths[k] > min(cols[k], unhung_column(texts, widths, k)) + OVER_WIDE_HEADING_SLACK}


def unhung_column(texts: list[str], widths: list[float], k: int) -> float:
    """The width of the column around line k with the marks hung past its edge not counted (a line ending 新质生产力、
    fills the column one mark wider): where many lines hang a mark, their width is the window's upper quartile, and a
    heading one character wider than the column would pass for one of them (qa160). Line k itself is left out."""
    window = [w - 1.0 if t[-1:] in P.HUNG_MARKS else w
              for j in range(max(0, k - WIDTH_WINDOW), min(len(texts), k + WIDTH_WINDOW + 1)) if j != k
              for w, t in ((widths[j], texts[j]),)]
    return upper_quartile(window) if window else widths[k]


def never_continued(starts: set[int], rows: set[int], stops: set[int], bylines: Iterable[int]) -> set[int]:
    """The lines b that never continue line b - 1, whatever else is known: b opens a block or is a row (a block of its
    own), b - 1 closes its block, or either is a byline. (A new set.)"""
    return {*starts, *rows, *(k + 1 for k in stops), *(b for k in bylines for b in (k, k + 1))}


def under_signatures(texts: list[str], bylines: Iterable[int], ends: list[bool]) -> set[int]:
    """The lines right under a signature that closes a text (a byline under a line that ends a sentence: 张丽丝
    光明日报 under …压实监督链条。): the next article's title or its text's first line starts there (qa56). A
    bracketed author note under the signature (方 远 / （作者单位：…）) closes the text with it: the line under the
    note is the one (qa78)."""
    return {b + 1 + is_note_under(texts, b) for b in bylines if b and ends[b - 1]}


def titles_between_sentence_and_byline(bylines: Iterable[int], ends: list[bool], lasts: str) -> set[int]:
    """The lines right over a byline that end with no mark at all under a line that ends a sentence (…转化为 / 经济价值的
    制度安排。 / 全面推进美丽中国建设 / 宋怀远 冯佳宁): a text's last line ends with its mark, so the line is the title
    printed after the text, over its byline, never the wrapped end of the paragraph over it, however narrow that
    paragraph's column (a box's, qa145)."""
    return {k - 1 for k in bylines
            if k >= 2 and ends[k - 2] and P.HAN_CHAR.match(lasts[k - 1])}


def decks_under_headlines(texts: list[str], spaced: list[int], counts: list[int], widths: list[float]) -> set[int]:
    """The lines b of a Hong Kong or Taiwan news page's deck (two phrases parted by one gap, GAPPED_DECK_LINE) under a
    plain headline set wider than a kicker and a tenth narrower than the deck at least (DECK_HEADLINE_MIN_SHARE,
    DECK_HEADLINE_MAX_SHARE): a line of its own, never the headline's rest, however the column's width reads the
    headline's line (articles.is_gapped_deck reads it as no title line) (qa253). (`spaced`, `counts`: see space_counts;
    only the lines with one space are tried.)"""
    return {b for b, n in zip(spaced, counts)
            if n == 1 and b > 0 and P.GAPPED_DECK_LINE.match(texts[b]) and texts[b - 1][-1:] != "，"
            and P.HEADLINE_OVER_DECK.fullmatch(texts[b - 1])
            and P.DECK_HEADLINE_MIN_SHARE * widths[b] <= widths[b - 1] < P.DECK_HEADLINE_MAX_SHARE * widths[b]}


def spaced_names_under_signed_titles(texts: list[str], bylines: Iterable[int], lasts: str) -> set[int]:
    """The lines b of a letter-spaced three-character name (许 晴 川) and the lines under them, where line b - 1 is a
    title right under a byline (…释放生态红利 under 宋怀远 冯佳宁: the next article's title under the signature of the
    text before) ending with no mark: the name is that title's byline (units.signs_title_over_text), a line of its own
    however full the title's line looks in the narrow column over it, never the title's rest (qa145)."""
    found: set[int] = set()
    for k in bylines:
        b = k + 2
        if (b < len(texts) and k + 1 not in bylines and P.HAN_CHAR.match(lasts[k + 1])
                and P.SPACED_THREE_CHARACTER_NAME.match(texts[b])):
            found.update((b, b + 1) if b + 1 < len(texts) else (b,))
    return found


def office_posts_over_names(texts: list[str], bylines: Iterable[int], lasts: str) -> set[int]:
    """The lines k - 1 that give a speaker's posts alone (省委常委、常务副省长) right over a byline k (许明哲), as a speech
    sets them under its title: a block of their own, the byline's front matter, never the title's last line (qa153)."""
    return {k - 1 for k in bylines if k and lasts[k - 1] in P.OFFICE_POST_LASTS and P.OFFICE_POST_LINE.match(texts[k - 1])}


def under_bracketed_lines_under_bylines(texts: list[str], bylines: Iterable[int]) -> set[int]:
    """The lines under a line wholly in brackets right under a byline (许文华 / （某大学某研究院院长、教授） / text): that
    line is the authors' affiliation, a block of its own even when it fills the column, never the first line of the
    text under it (qa113)."""
    return {b + 2 for b in bylines
            if b + 2 < len(texts) and texts[b + 1][:1] in P.OPENING_BRACKETS and is_bracketed_line(texts[b + 1])}


def under_affiliations_under_bylines(texts: list[str], bylines: Iterable[int]) -> set[int]:
    """The lines under an unbracketed institution-and-posts line right under a byline (孙某某 / 某省社会科学院某研究所所长、
    研究员 / text), as under a bracketed one (under_bracketed_lines_under_bylines): the line is the contributor's
    affiliation, a block of its own even when it runs wider than the column, never the first line of the text (qa164).
    (A line ending with a post's last character is asked.)"""
    return {b + 2 for b in bylines
            if b + 2 < len(texts) and texts[b + 1][-1:] in P.ACADEMIC_POST_LASTS
            and (P.INSTITUTION_POSTS_LINE.match(texts[b + 1]) or P.POST_AFFILIATION_LINE.match(texts[b + 1]))}


def wrapped_affiliation_rests(texts: list[str], bylines: Iterable[int]) -> set[int]:
    """The lines that go on a bracketed affiliation wrapped under a paper's author line ((1.某大学某学院，上海 200092; /
    2.某研究院，上海 200040)): its bracket opens right under the byline and closes at the end of one of the next
    AFFILIATION_WRAP_LINES lines. Those lines open with the next affiliation's number (2.…), which would open an item of
    the text; they are the note's rest, the whole note one block (units.with_affiliations reads it)."""
    rests: set[int] = set()
    for b in bylines:
        k = b + 1
        if k >= len(texts) or texts[k][:1] not in P.OPENING_BRACKETS or (depth := bracket_balance(texts[k])) <= 0:
            continue
        for j in range(k + 1, min(k + 1 + AFFILIATION_WRAP_LINES, len(texts))):
            depth += bracket_balance(texts[j])
            if depth <= 0:
                if depth == 0 and texts[j][-1:] in P.NOTE_CLOSERS and "。" not in texts[j]:
                    rests.update(range(k + 1, j + 1))
                break
    return rests


def is_bracketed_line(line: str) -> bool:
    """Whether a line is wholly in one pair of brackets (（某大学教授） or, with a bracket inside, （中央党校（国家行政学院）教授））."""
    return P.AFFILIATION_LINE.match(line) is not None or P.NESTED_BRACKET_LINE.match(line) is not None


def is_note_under(texts: list[str], b: int) -> bool:
    """Whether the line under line b is a bracketed note on the author (（作者系…）, （作者单位：…）)."""
    return b + 2 < len(texts) and texts[b + 1][:1] in "（(" and P.AUTHOR_NOTE.match(texts[b + 1]) is not None


def signed_title_room(texts: list[str], k: int) -> float:
    """How much narrower than its text line k must be to be a title (titles_over_text): SIGNED_TITLE_SHORTFALL under
    a signature, unless the line under it opens with an opening mark (“, 《, （), which no line may end with: the
    line one character short then is a wrapped line of text, its last place given up to the mark (qa56): the title
    must then fall short by that place too (MARK_PLACE, qa78)."""
    return SIGNED_TITLE_SHORTFALL + MARK_PLACE if texts[k + 1][:1] in P.KINSOKU_LINE_END_MARKS else SIGNED_TITLE_SHORTFALL


def under_end_titles(texts: list[str], widths: list[float], cols: list[float], ends: list[bool],
                     sure: list[bool]) -> set[int]:
    """The lines right under a short line that holds no clause and follows a line ending a sentence (…惠及群众。 /
    让城市更新留住烟火气 / 何某某推动…): that short line is a title, the text's before it printed after it or the next
    one's, and the line under it is a title's or a signature's line, or the next text's first. As under a signature
    (`signed`), a text's first line there fills its column: a line that falls short of it and holds no clause is a
    header line too (titles_over_text, qa160). A marked heading (三、适用范围, （2）实施…) is no such title: the line under it is its
    section's first line, however short. (Only the lines that open a block over a line surely joined are tried: one
    scan of `sure` as bytes.)"""
    return {k for k in map(Match.start, OPENS_OVER_JOINED.finditer(bytes(sure), 2, len(texts) - 1))
            if not sure[k - 1] and ends[k - 2] and not ends[k - 1]
            and widths[k - 1] < cols[k - 1] * SHORT_SHARE and not P.CLAUSE_MARK.search(texts[k - 1])
            and not P.MARKED_LINE_START.match(texts[k - 1])}


def titles_over_text(texts: list[str], widths: list[float], cols: list[float], ends: list[bool],
                     sure: list[bool], breaks: set[int], signed: set[int]) -> set[int]:
    """The title lines, not short by SHORT_SHARE, set right over their text (13 of 18 characters, 17 of 21): a
    line that opens a block over a line it would surely join (see surely_joined: it is not short and ends no
    sentence, the line under it is not short), holds no clause (no ， or 。), and falls short of the text under
    it by the page's paragraph indent plus TITLE_SHORTFALL; the two lines under it are lines of that text (the
    first full or indented, the second no wider: not a line of another column). Not a line under a full one
    that ends no sentence, unless it never continues that line (`breaks`: under a running head, the title at the
    top of a page may be as wide as the head, whose few neighbours make the column) (qa29, session 10), nor one with more than a space or two ASCII characters (whose widths are estimated:
    a letter-spaced line's spaces count none), nor a note opening with a bracket.

    A page's paragraphs open flush with the column or PARAGRAPH_INDENT in, and the first line of a paragraph
    is as much narrower than the line under it: the median of that difference over the lines that open a
    block, titles a few among them, tells the two apart (not under a full line, which may go on with a
    paragraph whose sentence ended at the column's edge). It is read only on a page where one of those lines
    may be a title. (The lines that open a block are found by one scan of `sure` as bytes.)

    Right under a signature that closes the text before (`signed`), a line that holds no clause and falls short of
    the text under it by SIGNED_TITLE_SHORTFALL (14 of 15 characters) is a title too: a text's first line there
    fills its column, as no paragraph's last line is so placed (qa56)."""
    # (lines 1 to the third last: the two lines under a title are looked at)
    firsts = list(map(Match.start, OPENS_OVER_JOINED.finditer(bytes(sure), 1, len(texts) - 1)))
    widths = grid_widths(texts, widths, firsts)
    # (the cheap tests first: most lines that open a block hold a clause, or are about as wide as the column)
    candidates = {k: shortfall for k in firsts if "，" not in (line := texts[k]) and "。" not in line
                  and cols[k + 2] - widths[k] >= (need := min(PARAGRAPH_INDENT, signed_title_room(texts, k) if k in signed
                                                               else TITLE_SHORTFALL))
                  and (len(line) - widths[k] <= 1 or P.SPACED_SIGNATURE_GLUED_TITLE.match(line)) and line[0] not in P.NOTE_OPENERS
                  and (ends[k - 1] or widths[k - 1] < cols[k - 1] - FULL_LINE_SLACK or k in breaks)
                  # the column of the text: the wider of its first two lines (the first may be indented, the
                  # second may end the paragraph), no wider than the column around the second (it may overhang)
                  and (shortfall := min(cols[k + 2], max(widths[k + 1], widths[k + 2])) - widths[k]) >= need}
    if not candidates:
        return set()
    indents = sorted(widths[k + 1] - widths[k] for k in firsts if widths[k - 1] < cols[k - 1] - FULL_LINE_SLACK)
    median = indents[(len(indents) - 1) // 2] if indents else 0.0    # (the lower one of an even count)
    # (A line may overhang its column by a mark: the median of an indented page may be 1 or 3.)
    indent = PARAGRAPH_INDENT if median >= PARAGRAPH_INDENT / 2 else 0.0
    titles = {k for k, shortfall in candidates.items()
              if shortfall >= indent + (signed_title_room(texts, k) if k in signed else TITLE_SHORTFALL)
              and (widths[k + 1] + indent + FULL_LINE_SLACK >= (column := widths[k] + shortfall)
                   or k in signed and opens_indented_paragraph(widths, ends, k + 1, column))
              and widths[k + 2] - FULL_LINE_SLACK <= column}
    if indent:
        titles.update(k for k in candidates if k not in titles and over_indented_first_line(widths, cols, ends, k))
    return titles


def over_indented_first_line(widths: list[float], cols: list[float], ends: list[bool], k: int) -> bool:
    """Whether candidate title line k (see titles_over_text) stands over a paragraph's indented first line, on a page
    that indents its paragraphs: the line under it is an indent short of the column, ends no sentence, and the line
    under that fills the column. That line opens a paragraph, so line k, which ends no sentence, is no line of it nor
    the end of one: a title, however little shorter than that first line it is (2025年以来…的实践探索与启示 20 cells, or
    22 with its digits read as a grid's cells, over a first line of 22 in a column of 24). (qa132)"""
    column = cols[k + 2]
    # (or the line under that ends the two-line paragraph, no wider than the column: a host's short question, 主持人：… /
    # …的场景？, under a heading 23 wide in a column of 29 whose lines under an indent are 27: the first line, an indent
    # short and ending no sentence, is no wrapped line's rest, and the heading is no paragraph's first line, qa201)
    return (abs(widths[k + 1] - (column - PARAGRAPH_INDENT)) <= 0.5 and not ends[k + 1]
            and (widths[k + 2] >= column - 0.5 or ends[k + 2] and widths[k + 2] <= column)
            and widths[k] <= widths[k + 1])


def grid_widths(texts: list[str], widths: list[float], firsts: list[int]) -> list[float]:
    """The widths, those of the lines k that open a block and of the lines k + 1 under them read with each ASCII digit a
    full cell (a copy, where one holds a digit): a page set on a character grid gives a digit a cell of its own, and
    read half-width the text's first line (11月20日，…, 20 cells of 22) looks short of its column, and a title with a
    year (《…报告（2026）》发布) was no title for its four ASCII characters. Read so, a line of text with digits is no
    shorter than it is in print, and no title for them; a title with digits is as wide as it is at most (qa129)."""
    # (a line with no ASCII character is as wide as it is long: most lines are skipped by that test)
    digits = {j: n for k in firsts for j in (k, k + 1)
              if widths[j] < len(line := texts[j]) and (n := sum(map(str.isdigit, line)))}
    if not digits:
        return widths
    widths = widths.copy()
    for j, n in digits.items():
        widths[j] += 0.5 * n
    return widths


def opens_indented_paragraph(widths: list[float], ends: list[bool], b: int, column: float) -> bool:
    """Whether line b, under a line right under a signature, is the first line of a paragraph indented deeper than the
    page's indent (基本公共服务均等化是促进共同, 14 of 18): wider than the line over it, short of the column, ending no
    sentence, over a line that fills the column. A paragraph's line short of its column ends it; one that ends no
    sentence opens it, so the shorter line over it is no line of that paragraph but its title (qa91)."""
    return (widths[b] > widths[b - 1] and widths[b] < column - FULL_LINE_SLACK and not ends[b]
            and widths[b + 1] >= column - FULL_LINE_SLACK)


def markdown_soft_wraps(texts: list[str], line_nos: list[int]) -> list[int]:
    """The lines b of a Markdown page that go on with line b - 1's paragraph: no blank line between them, line
    b - 1 stops at a clause's comma, and line b opens no block of its own. (Markdown joins such lines when it
    renders them; the widths, which decide elsewhere, do not apply to a page that puts a blank line after
    every paragraph.)"""
    return [b for b in range(1, len(texts))
            if line_nos[b] == line_nos[b - 1] + 1 and texts[b - 1].endswith(P.MD_SOFT_WRAP_ENDS)
            and not P.MD_BLOCK_OPENER.match(texts[b])]


def surely_joined(widths: list[float], cols: list[float], ends: list[bool], asked: set[int],
                  free_layout: bool) -> list[bool]:
    """For each line b, True where `joins` answers yes for lines b - 1 and b whatever the block being
    built, pull quotes aside (False for line 0, and an extra last entry): line b - 1 stops mid-sentence
    and is not short, and line b is not short or ends a sentence; and b is not one of the lines `asked`
    about whatever the widths say (Page.breaks, the lines after block openers, which may be marked
    headings, and the lines after a closing bracket, which may end an author note).

    Most lines of wrapped text are such: `first_lines` skips over them with list.index, at C speed.
    One-paragraph-per-line text has few lines, and `joins` decides each.
    """
    if free_layout:
        return [False] * (len(widths) + 1)
    # Not short: at least min(col * SHORT_SHARE, LONG_LINE), as in joins; spelt as two comparisons,
    # because a call of min() a line costs more than the rest of the test.
    plain = [not ea and (wa >= (short := col * SHORT_SHARE) or wa >= LONG_LINE)
             and (wb >= short or wb >= LONG_LINE or eb)
             for wa, wb, ea, eb, col in zip(widths, widths[1:], ends, ends[1:], cols)]
    sure = [False, *plain, False]
    for b in asked:          # few
        sure[b] = False
    return sure


@dataclass(frozen=True, slots=True)
class Page:
    """The non-blank lines of a document and, for each, what is known of it before any join is decided."""

    texts: list[str]
    line_nos: list[int]          # index of each line among all lines, blank ones included
    widths: list[float]
    cols: list[float]            # the local column width
    ends: list[bool]             # ends a sentence
    starts: set[int]             # the lines that open a heading, item, note, quote or dated line
    breaks: set[int]             # the lines b that never continue line b - 1 (see never_continued)
    bylines: dict[int, Byline]   # the lines that are bylines
    quotes: set[int]             # the lines that open a pull quote (■ …)
    note_ends: set[int]          # the lines that end with a bracket that may close an author note
    open_brackets: list[int]     # see open_brackets()
    meaningful_blanks: bool      # blank lines separate blocks (not the PDF layout)
    tight: set[int]              # in the PDF layout, the lines b set with no blank line over them (see tight_lines)
    respaced: set[int]           # the lines b where a run of letter-spaced lines starts or ends (see spacing_changes)
    free_layout: bool            # the document puts one paragraph on each line (no hard wraps)
    titles: set[int]             # the title lines a little short of their column, over their text (titles_over_text)
    sure: list[bool]             # see surely_joined()
    latin_breaks: bool           # a line break falls between Latin words somewhere (see joined)
    folios: list[Block]          # the page numbers lifted out of the text (see without_folios)
    rests: set[int]              # the lines b that go on line b - 1 whatever the block (wrapped notes' rests, qa125)
    moved: dict[int, int]        # line numbers of the lines lifted from amid a sentence that go elsewhere, and where
    #                              they sort (see without_folios)

    @classmethod
    def of(cls, lines: list[str] | tuple[str, ...], markdown: bool = False) -> Page:
        texts, line_nos, firsts, lasts, folios, moved = without_folios(*non_blank_lines(lines))
        for k in item_stops_cut_at_wrap(texts, firsts):           # (few)
            texts[k] = "." + texts[k][1:]
        text = "\n".join(texts)
        widths = display_widths(texts, text)
        spaced, counts = space_counts(texts)
        runs = letter_spaced_runs(texts, spaced, counts)
        ends = sentence_ends(texts, lasts)
        bylines = bylines_among(texts, firsts, lasts)
        # (the lines opening with a dash or a bracket, and with a box label's first character: one scan each of the
        # line initials, for the several rules that try them)
        dashed, labelled = lines_of(P.SUBTITLE_INITIAL, firsts), lines_of(P.COMMENTARY_BOX_INITIALS, firsts)
        byline_rests = wrapped_byline_rests(texts, bylines)      # (bylines updated with the names the rest adds)
        signed = under_signatures(texts, bylines.keys(), ends)
        cols = signed_column_widths(texts, widths, runs, signed)
        quotes = lines_of(P.PULL_QUOTE_INITIAL, firsts)
        if quotes:
            widen_beside_pull_quotes(widths, cols, ends, quotes)
        runs += narrow_box_columns(texts, widths, cols, ends, bylines.keys())
        wide_lead_columns(texts, widths, cols, ends)
        # (each union below is one set display: a chain of | would copy the growing set at each term)
        starts = {*block_starts(texts, firsts), *column_page_heads(texts, lasts), *paper_kind_datelines(texts, firsts),
                  *latin_lines_under_chinese(texts, firsts, lasts), *marked_column_page_heads(texts, text),
                  *subtitles_under_shorter_lines(texts, dashed, widths), *occasion_subtitles(texts, dashed),
                  *foot_field_lines(texts, firsts), *bar_numbered_headings(texts, firsts),
                  *(pointers := lines_of(P.POINTER_QUOTE_INITIAL, firsts))}
        # In Markdown a blank line is what ends a paragraph, however often it comes: never the PDF layout.
        meaningful_blanks = markdown or blank_lines_mean_breaks(line_nos, len(lines))
        # lines that are blocks of their own
        bodies = issuing_body_lines(texts, lasts, widths, cols, ends) | research_bodies_lines(texts, lasts, ends)
        for k in bodies:          # (few)
            bylines.pop(k, None)
        table = table_rows(texts, lasts, spaced, counts) | barred_table_rows(texts, text) | serial_table_rows(texts, text)
        rows = {*table, *(entries := contents_entries(texts, lasts)), *issuer_lines(texts, starts), *bodies,
                *subtitle_lines(texts, dashed, widths, cols), *full_subtitles_over_text(texts, dashed, widths, cols),
                *breadcrumb_trails(texts), *font_switches(texts), *outlet_date_lines(texts, lasts),
                *approval_lines(texts, lasts), *(labels := contents_labels(texts, firsts)),
                *numbered_contents_entries(texts, labels), *repeated_contents_entries(texts, labels),
                *issue_masthead_lines(texts, lasts, firsts), *journal_column_head_lines(texts, text, spaced),
                *commissioned_study_lines(texts, lasts), *addressee_lines(texts, firsts), *form_field_lines(texts, text),
                *letter_salutations(texts, firsts, ends),
                *wechat_head_lines(texts, text), *column_titles(texts, text, firsts, line_nos, ends, widths, cols),
                *box_labels(texts, labelled), *rule_lines(texts, firsts, dashed),
                *source_closing_lines(texts, firsts), *date_field_lines(texts, firsts),
                *doc_number_lines(texts, text, lasts), *doubled_banners(texts),
                *press_head_field_lines(texts, firsts), *journal_source_lines(texts, firsts),
                *app_promo_lines(texts, text), *glued_signature_lines(texts, text, spaced, ends),
                *speaker_signature_lines(texts, dashed), *dotted_banners_under_page_heads(texts),
                *credited_captions(texts, firsts, lasts), *image_lines(texts, firsts),
                *beat_kickers(texts, lasts, widths, ends), *name_posts_under_profile_labels(texts, lasts),
                *titles_under_spaced_banners(texts, spaced, widths, cols, ends),
                *transcript_kickers(texts, lasts)}
        # (where blank lines part the blocks, the guest list ends at the first of them)
        rows |= (guests := guest_list_lines(texts, text, firsts, widths, ends, starts,
                                            None if markdown or not meaningful_blanks else line_nos))
        stops = {*block_stops(texts, starts), *official_heads(texts, firsts), *photo_credits(texts, lasts), *rows,
                 *wrapped_official_title_ends(texts, lasts, widths), *document_title_lines(texts, ends),
                 *head_masthead_lines(texts, lasts, ends),
                 *published_document_titles(texts, lasts),
                 *over_wide_marked_headings(texts, firsts, widths, cols), *follow_prompt_lines(texts, starts, widths, cols),
                 *short_bar_numbered_headings(texts, starts, widths, cols), *headings_under_lone_markers(texts, firsts, widths, cols),
                 *contents_named_headings(texts, entries)}
        # (a keywords line that fills its column goes on too, as joins decides: its last keyword may fill the column over
        # a heading, 1 引言)
        wrapped_notes = wrapped_paper_notes(texts, stops, widths, cols, ends)
        wrapped_keywords = keywords_wrapped_after_separator(texts, firsts, line_nos)
        stops -= wrapped_notes | wrapped_paper_notes(texts, stops, widths, cols, ends, P.KEYWORDS_LINE) | wrapped_keywords
        turns = reporter_turns(texts, firsts, ends)
        answers = speaker_turns(texts, firsts, ends, turns, bool(guests))
        breaks = never_continued(starts, rows, stops, bylines.keys())
        breaks.update(turns, answers, speaker_led_views(texts, text, ends),
                      under_bracketed_lines_under_bylines(texts, bylines.keys()),
                      under_affiliations_under_bylines(texts, bylines.keys()),
                      captions_over_credits(texts, firsts), interview_subtitles(texts, dashed),
                      titles_between_sentence_and_byline(bylines.keys(), ends, lasts),
                      spaced_names_under_signed_titles(texts, bylines.keys(), lasts),
                      office_posts_over_names(texts, bylines.keys(), lasts),
                      dash_items_under_lead_ins(texts, dashed, lasts), decks_under_headlines(texts, spaced, counts, widths))
        breaks -= (affiliation_rests := wrapped_affiliation_rests(texts, bylines.keys()))
        breaks -= (code_rests := grant_code_rests(texts, firsts, ends) | postcode_rests(texts, firsts)) | byline_rests
        breaks |= {k + 1 for k in affiliation_rests if k + 1 not in affiliation_rests}    # (the note ends there)
        if meaningful_blanks:
            breaks |= (lead_ins_over_blank_lines(lasts, line_nos)
                       | titles_over_bylines_under_blank_lines(line_nos, bylines.keys()))
        if markdown:
            breaks |= under_emphasised_lines_over_blank_lines(firsts, lasts, line_nos)
        quotes = lines_of(P.PULL_QUOTE_INITIAL, firsts)
        breaks |= under_one_line_quote_runs(texts, quotes, widths, cols) | turns_under_boxed_headings(texts, text, quotes)
        free_layout = is_free_layout(texts, widths, ends, starts)
        breaks |= lists_under_lead_ins(texts, lasts, ends, free_layout)
        if not free_layout:
            breaks |= one_line_paragraphs(widths, cols, ends) | after_short_lead_ins(texts, lasts, widths, cols, ends)
        tight = (set() if meaningful_blanks
                 else tight_lines(line_nos, lambda k: dense_stretch_titled(texts, ends, widths, cols, bylines, k)))
        # (joins ends an author note at the line that closes its bracket: the lines after such lines are asked.)
        note_ends = set(lines_of(P.NOTE_CLOSER, lasts))
        respaced = spacing_changes(runs)
        # (and a paper's decimal headings alone on their lines and the lines under them: joins opens and ends them there,
        # ends_decimal_heading)
        decimal_heads = {k for k in lines_of(P.DECIMAL_HEADING_INITIAL, firsts) if P.DECIMAL_HEADING_ALONE.match(texts[k])}
        sure = surely_joined(widths, cols, ends,
                             {*breaks, *(k + 1 for k in chain(starts, note_ends, decimal_heads)), *decimal_heads, *tight},
                             free_layout)
        titles = set() if free_layout else titles_over_text(texts, widths, cols, ends, sure, breaks,
                                                            signed | under_end_titles(texts, widths, cols, ends, sure))
        titles |= box_titles(texts, labelled)
        for k in chain((k + 1 for k in titles), respaced):        # (few; joins asks about a title over spaced text)
            sure[k] = False
        # A paper's first-page note wrapped at the column's edge goes on on the next line, however short that line is and
        # whatever the widths around make the column (a journal's notes sit among lines of all widths: 中图分类号… /
        # 收稿日期… / an English title), unless that line opens a block of its own (作者简介：…).
        rests: set[int] = set()
        for k in wrapped_notes:                                   # (few)
            if k + 1 < len(sure) and k + 1 not in breaks:
                rests.add(k + 1)
                # (and so does each line of it under that one that fills the column with a semicolon: 作者简介：某甲，…
                # 访问学者； / 某乙，…: the next author's part of the note, qa125)
                for j in range(k + 1, min(k + NOTE_LINES, len(sure) - 1)):
                    if j + 1 in breaks or not goes_on_listing(texts[j], widths[j], cols[j]):
                        break
                    rests.add(j + 1)
        if meaningful_blanks and not markdown:
            rests |= sentences_going_on_in_blocks(line_nos, widths, cols, ends, breaks | starts | stops)
        rests |= wrapped_subtitle_rests(texts, dashed, widths, cols, ends, breaks | starts | stops)
        # (the lines that go on the line over them whatever the block: joins answers yes for them first, qa125)
        rests |= (affiliation_rests | code_rests | byline_rests | question_tails(texts, firsts, answers, breaks | starts)
                  | {k + 1 for k in wrapped_keywords if k + 1 not in breaks and k + 1 not in starts}
                  | wrapped_cell_rests(texts, table, starts)
                  | reference_entry_rests(texts, firsts, widths, cols, starts, bylines)
                  | abstract_rests(texts, firsts, line_nos, breaks))
        for k in rests:                                           # (few)
            sure[k] = True
        if markdown:
            for k in markdown_soft_wraps(texts, line_nos):
                sure[k] = True
        return cls(texts, line_nos, widths, cols, ends, starts, breaks, bylines,
                   {*quotes, *pointers}, note_ends,
                   open_brackets(texts, text),
                   meaningful_blanks, tight, respaced, free_layout, titles, sure,
                   has_latin_breaks(firsts, lasts), folios, rests, moved)


def joins(page: Page, a: int, start: int, in_quote: bool, block_width: float) -> bool:  # noqa: PLR0911
    """Should line `a` continue into line a + 1? `start` is the first line of the block being built,
    `in_quote` whether that block is a pull quote (■ …), `block_width` its widest line."""
    b = a + 1
    if b in page.rests:
        return True                       # a wrapped note's rest (Page.rests)
    if b in page.breaks and not (in_quote and ends_quote_with_name_like_word(page, a, start)):
        # (most such lines are no byline: wraps_heading_onto_name_like_word's first test, spared the call)
        return not in_quote and a == start and b in page.bylines and wraps_heading_onto_name_like_word(page, a)
    widths, col = page.widths, page.cols[a]
    wa, wb = widths[a], widths[b]
    # (A marked heading line also opens a block: only block openers are tried on HEADING_LINE, and
    # only its matches, a third of them, on heading_stops, a Python call.)
    if a in page.starts and P.HEADING_LINE.match(page.texts[a]) and heading_stops(page, a):
        # a marked heading line that ends its heading, unless it wraps, or a run-in lead cut after its first words
        # (only short lines can hold a marker and a few words: the length spares most headings the call)
        return wraps_heading(page, a) or len(page.texts[a]) <= P.CUT_LEAD_MAX_CHARS and cuts_run_in_lead(page, a)
    if page.texts[a][:1] in P.DECIMAL_HEADING_INITIALS and ends_decimal_heading(page, a):
        return False                      # 4.2 平行趋势检验 / its text (qa165)
    if page.ends[a] and page.texts[b][:1] in P.DECIMAL_HEADING_INITIALS and P.DECIMAL_HEADING_ALONE.match(page.texts[b]):
        return False                      # …处理。 / 3.2 稳健性检验: a sentence ended, a decimal heading opens (qa165)
    if page.open_brackets[b] > page.open_brackets[start]:
        return True                       # a note or citation goes on until its bracket closes
    if page.texts[b][:1] in P.LINE_CANNOT_OPEN and wa >= col - FULL_LINE_SLACK:
        return True                       # …都能办完。 / ”在社区…说。: a closing mark pushed past the edge (qa216)
    if page.texts[a][:1] == "各" and is_wrapped_addressees(page.texts[a], page.texts[b]):
        return True                       # an official document's addressees, wrapped before their colon
    if a in page.note_ends and (P.AUTHOR_NOTE.match(page.texts[start]) or opens_named_note(page.texts[start])
                                or opens_bracketed_contact(page.texts[start])):
        return False                      # ... and ends there: a slogan or a title may follow it at full width
    if b in page.tight and not page.ends[a] and not wraps_mid_clause(page, a):
        return False                      # the PDF layout: a title or heading set tight over its text
    blank = page.meaningful_blanks and page.line_nos[b] > page.line_nos[a] + 1 and not parted_by_folios(page, a)
    if blank and page.texts[start][:1] in P.MD_BULLET_INITIALS and P.MD_BULLET.match(page.texts[start]):
        return False                      # > 发布时间：… 【字号：大 中 小】 or - [图解：…](…) / a blank line / text: a blank
        #                                   ends a Markdown quote or list item, whatever its line ends with (qa187)
    if in_quote:
        if a == start and (boxes_heading(page, a, wa, wb) or is_framed(page.texts[a])):
            return False                  # (■…■: a banner framed on its line, whole there, qa236)
        if a == start and is_marked_box_label(page.texts[a]):
            return False                  # ■ 链接 / 什么是… / text: a box's label under its mark, over the box's title (qa281)
        if page.texts[start][:1] in P.PHOTO_POINTER_FIRSTS and page.texts[a][-1:] in P.POINTER_BLOCK_ENDS:
            return False                  # ▲长者在门诊外轮候。（资料图片） / the next title: the caption ends (qa131)
        if (page.texts[start][:1] in P.PHOTO_POINTER_FIRSTS and page.texts[b][:1].isdecimal()
                and P.SECTION_NUMBER_OPENING_LINE.match(page.texts[b])):
            return False                  # ▲ a caption with no full stop / 03 / the next heading: the caption ends (qa218)
        # A pull quote runs to the next ■ or blank line, in its own narrow column, or to its last line. (In the PDF
        # layout, the blank line is one more than the layout's own: set_apart.)
        blank = blank or not page.meaningful_blanks and set_apart(page, a) and not parted_by_folios(page, a)
        if (page.ends[a] and not page.ends[b] and wb < min(page.cols[a] * SHORT_SHARE, LONG_LINE)
                and is_bare_title_line(page.texts[b])):
            return False                  # ● …提供司法保障。 / 第三批国家级 / …名单公布: the next title's first line (qa206)
        # Once its column is known (the ■ line may be narrower), a line wider than it, under a line
        # not letter-spaced (whose spaces count 0), is not the quote's: a title set right under a
        # quote whose last line is full.
        # A quote's first line that ends a sentence, under which a wider line follows, was the whole quote: a bullet
        # of its own (●分类推进转型。…方案。 / 总的来看，…), its column no wider; and where the page sets one paragraph
        # a line, any quote line that ends a sentence ends the quote, as it ends any paragraph (qa110).
        return (not blank and wb <= QUOTE_WIDENING * max(block_width, 6.0)
                and not ends_quote(page.texts[a], wa, a == start, block_width)
                and (a == start or wb <= block_width + WIDER_NEXT_LINE or " " in page.texts[a])
                and not (page.ends[a] and (page.free_layout or a == start and wb > wa + WIDER_NEXT_LINE
                                           or a == start and follows_one_line_item(page, a))))
    if a == start and a in page.titles:
        return False                      # a title a little short of its column, over its text
    if a == start and b in page.respaced and wa < col - FULL_LINE_SLACK and titles_letter_spaced_text(page.texts[a]):
        return False                      # a title short of its column over a column set letter-spaced (qa35)
    ends = page.ends
    if ends[a] and wa >= col - FULL_LINE_SLACK and page.texts[b][:1] in "（(" and (
            P.DUTY_NOTE_LINE.match(page.texts[b])
            or P.DUTY_FIELD_NOTE_LINE.match(page.texts[b]) and runs_duty_notes_in(page)):
        return True                       # …不低于5年一遇。 / （市住房城乡建设局牵头）: the task's duty note (qa124, qa247)
    if ends[a]:
        # A sentence that ends exactly at the column edge may go on: only in a real column, and not from
        # letter-spaced lines to unspaced ones or back (a run's column is its own: its last line may fill it and
        # the next line fill another), and not where the block's first line is wider: the sentence ends short of the
        # block's own column, which is not the one around it (an editor's note set across the page, its last line as
        # wide as the text under it, qa90). On a page that indents its paragraphs, a first line ending a sentence one
        # indent short of the column goes on too (ends_indented_first_line, qa91).
        if not blank and wa >= col - 0.5 and speaks_quotation_above(page.texts[a], page.texts[b]):
            return True                   # “……。” / 某某负责人说。: the quotation's speaker, its paragraph's rest (qa119)
        if not blank and a > start and semicolon_over_last_line(page, a, col):
            return True                   # …热不热； / 群众参与热不热，…需求。: the paragraph's short last line (qa240)
        if not blank and (flush_item_line_under(page, a, col) or item_cut_mid_clause(page, b, col)):
            return True                   # …个人出一点； / 二是做好口味账，…: a run-in item inside its paragraph (qa277)
        return (not blank and (not ends[b] or ends_clause(page.texts[b]))
                and b not in page.respaced
                and ((wb >= col - 0.5 or goes_on_past_semicolon(page, a, col))
                     and (wa >= col - 0.5 and (is_regular_column(widths, a, col) or opens_over_full_lines(page, a, start)
                                               or hangs_clause_mark(page, a, col)
                                               or semicolon_amid_full_lines(page, a, col))
                          and (in_quote or wa >= block_width - FULL_LINE_SLACK)
                          or a == start and ends_indented_first_line(page, a, col))
                     or not in_quote and fills_column_under(page, a, start, block_width))
                and not opens_next_item(page.texts, start, b))
    short = min(col * SHORT_SHARE, LONG_LINE)
    if wa < short and item_cut_mid_clause(page, a, col):
        return True                       # 三是管好安全账，食材溯源、后厨 / 公开，…: an item's line cut short (qa277)
    if wa < short:
        # a heading, a byline, a caption; or the indented first line of text in a narrower column, right under a
        # paragraph set wider, which goes on into the full line under it
        return (a == start and (opens_narrower_column(page, a) or a in page.starts
                                and len(page.texts[a]) <= P.CUT_LEAD_MAX_CHARS and cuts_run_in_lead(page, a))
                or continues_narrow_block(page, a, start, block_width))
    if page.free_layout and wa < LONG_LINE and (wa < col - 1.5 or wb > wa + WIDER_NEXT_LINE):
        # One paragraph per line: only a long or full line breaks off by accident (and a line
        # followed by a wider one is not full, whatever its short neighbours make the column).
        return False
    if page.free_layout and is_subtitle(page.texts[b]):
        return False                      # a title, then its subtitle (——访…) on a line of its own
    if (wb < short and not ends[b] and not is_wrapped_rest(page.texts[b])
            and (blank or not (is_regular_column(widths, a, col) or opens_list(page, a, col)
                         or (a == start and stops_mid_clause(page, a))
                         or continues_narrow_block(page, a, start, block_width)))):
        return False                      # a full line, then a heading
    if blank and page.texts[a][-1:] in P.BRACKET_CLOSERS and is_bracketed_line(page.texts[a]):
        return False                      # （计划编号：…） / a blank line / a title: the aside closed, and a blank parts (qa142)
    return True


def is_bare_title_line(line: str) -> bool:
    """Whether a short line holds no punctuation, bracket or dash: a title's line (第三批国家级), not a quote's tail
    (……的。, ——某某, （摘自…）), under a quote's line that ends a sentence: a quote's sentence ends with its mark."""
    return P.BARE_TITLE_LINE.fullmatch(line) is not None


def ends_decimal_heading(page: Page, a: int) -> bool:
    """Whether line a is a paper's decimal heading alone on its line (DECIMAL_HEADING_ALONE: 4.2 平行趋势检验) over a
    wider line or another such heading: it ends there. Its shortness alone does not tell it where a table's rows or a
    run of short headings and paragraphs around it make the column read narrow (a caption, rows of cells whose spaces
    count no width, a note, then 4.2 … over its text), and the heading would open the paragraph under it (qa165)."""
    b = a + 1
    if not P.DECIMAL_HEADING_ALONE.match(page.texts[a]):
        return False
    return (page.widths[b] > page.widths[a] + WIDER_NEXT_LINE
            or page.texts[b][:1] in P.DECIMAL_HEADING_INITIALS and P.DECIMAL_HEADING_ALONE.match(page.texts[b]) is not None)


def hangs_clause_mark(page: Page, a: int, col: float) -> bool:
    """Whether line a ends with a clause's semicolon hung one character past its column (…参加社会保险； in a column 17
    wide): the typesetter hangs a mark so only on a full line, so the column is real around it, though a box's short
    lines and a pull quote's narrow ones near it leave too few full lines for is_regular_column (qa233). (Only lines
    ending with a semicolon get past the first test.)"""
    return page.texts[a][-1:] in P.CLAUSE_SEMICOLONS and HANGING_MARK_MIN <= page.widths[a] - col <= HANGING_MARK_MAX


def semicolon_amid_full_lines(page: Page, a: int, col: float) -> bool:
    """Whether line a, ending with a clause's semicolon (…办好县域高中；), stands between two lines that fill the column
    too, the one under it opening no item and ending no sentence: a clause ends at the edge, not the paragraph (a
    paragraph ends with a full stop; a list's next item opens with its marker). The column is real there though a pull
    quote's narrow lines or a wrapped heading near it leave too few full lines for is_regular_column. (Only lines
    ending with a semicolon get past the first test.)"""
    b = a + 1
    return (page.texts[a][-1:] in P.CLAUSE_SEMICOLONS and a > 0 and b not in page.starts and not page.ends[b]
            and all(abs(page.widths[k] - col) <= 0.5 for k in (a - 1, a, b))
            and not P.ITEM_OPENING_LINE.match(page.texts[b]))


def goes_on_past_semicolon(page: Page, a: int, col: float) -> bool:
    """Whether line a, full and ending with a semicolon (……“叫好不叫座”；), goes on into line a + 1 though that line is
    a character short of the column: a clause of a sentence ends there, not the paragraph, and the line under it lost a
    character to the one after it (an opening quote may not end a line, so it starts the next). A list item ending with
    a semicolon opens its next item with a marker (一是…, （二）…: ITEM_OPENING_LINE), which stays a paragraph's start
    (qa126). (Only lines ending with a semicolon get past the first test.)"""
    b = a + 1
    return (page.texts[a][-1:] in P.CLAUSE_SEMICOLONS and page.widths[b] >= col - 1.5 and b not in page.starts
            and not page.ends[b] and not P.ITEM_OPENING_LINE.match(page.texts[b]))


def flush_item_line_under(page: Page, a: int, col: float) -> bool:
    """Whether line b, opening with a run-in item's marker (二是…, 第三，…: RUN_IN_ITEM_LINE) flush with the column under
    line a, a full line that ends a clause with a semicolon, goes on line a's paragraph, on a page that indents its
    paragraphs: a paragraph of its own would open an indent short, so the marker only fell at the line's head (…个人出
    一点； / 二是做好口味账，定期征求…). (A first-character test first; qa277.)"""
    b = a + 1
    return (page.texts[b][:1] in P.RUN_IN_ITEM_INITIALS and page.texts[a][-1:] in P.CLAUSE_SEMICOLONS
            and min(page.widths[a], page.widths[b]) >= col - 0.5 and P.RUN_IN_ITEM_LINE.match(page.texts[b]) is not None
            and indents_first_lines_near(page, a))


def item_cut_mid_clause(page: Page, k: int, col: float) -> bool:
    """Whether line k is a run-in item's line cut short mid-clause amid its paragraph, on a page that indents its
    paragraphs (…常换常新； 22 wide / 三是管好安全账，食材溯源、后厨 15 / 公开，让子女放心。): it opens with the marker of an
    item (RUN_IN_ITEM_LINE) under a full line that ends the item before with a clause's semicolon, its text has run on
    past a comma, and it ends with a word, no mark. No heading is so (none runs on past a comma into a cut word after a
    clause's semicolon), nor an item's paragraph of its own (it would open an indent short under a line that ends it).
    It goes on the line over it and into the line under it. (A first-character test first; qa277.)"""
    texts, nos = page.texts, page.line_nos
    t = texts[k]
    return (t[:1] in P.RUN_IN_ITEM_INITIALS and 0 < k < len(texts) - 1 and not page.ends[k] and "，" in t
            and texts[k - 1][-1:] in P.CLAUSE_SEMICOLONS and page.widths[k - 1] >= col - 0.5
            and P.HAN_CHAR.match(t[-1:]) is not None and P.RUN_IN_ITEM_LINE.match(t) is not None
            and nos[k] == nos[k - 1] + 1 and nos[k + 1] == nos[k] + 1
            and k + 1 not in page.starts and k + 1 not in page.breaks and indents_first_lines_near(page, k))


def indents_first_lines_near(page: Page, a: int) -> bool:
    """Whether the paragraphs' first lines around line a (first_lines_near) open an indent short of the full lines: the
    upper quartile of the lines that neither open a block nor end a sentence, as indents_marked_items_near measures
    it, not cols, which a page of short paragraphs (a commentary's three or four lines each, under titles and
    bylines) reads narrow, its first lines then as wide as its column. (qa277)"""
    widths, ends, starts = page.widths, page.ends, page.starts
    lo, hi = max(0, a - INDENT_WINDOW), min(len(widths), a + INDENT_WINDOW + 1)
    inner = [widths[k] for k in range(lo, hi) if not ends[k] and k not in starts]
    firsts = first_lines_near(page, a)
    if len(inner) < INDENT_EVIDENCE or len(firsts) < INDENT_EVIDENCE:
        return False
    full = upper_quartile(inner)
    gaps = sorted(full - widths[k] for k in firsts)
    return PARAGRAPH_INDENT - 0.5 <= gaps[(len(gaps) - 1) // 2] <= PARAGRAPH_INDENT + 1.0


def semicolon_over_last_line(page: Page, a: int, col: float) -> bool:
    """Whether line a, a wrapped paragraph's full line ending with a semicolon in a real column, goes on into the short
    line under it that ends a sentence: a clause ends there, and the paragraph's last line follows (a paragraph ends
    with a full stop, not a semicolon). The next item of a list opens with its marker or a bullet (ITEM_OPENING_LINE,
    a mark), which stays a paragraph's start (qa240). (Only lines ending with a semicolon get past the first test.)"""
    b = a + 1
    return (page.texts[a][-1:] in P.CLAUSE_SEMICOLONS and page.widths[a] >= col - 0.5 and b not in page.starts
            and P.CJK_OR_QUOTE_OPENING.match(page.texts[b]) is not None and not P.ITEM_OPENING_LINE.match(page.texts[b])
            and is_regular_column(page.widths, a, col))


def lists_under_lead_ins(texts: list[str], lasts: str, ends: list[bool], free_layout: bool) -> set[int]:
    """The lines b under a line that ends a lead-in with a colon (…主要有以下三个方面：) that open the first item of a list
    set one item a paragraph (第一，… / 第二，…): a block of their own, however wide the lead-in's line. On a page set one
    paragraph a line, any item marker does (ITEM_OPENING_LINE); elsewhere an ordinal item (第一，/ 其一，) whose next
    item opens a line under a sentence's end within LEAD_IN_ITEM_LOOKAHEAD lines: the items of one list are set alike
    (opens_next_item). A lead-in run on into its items (…三点：第一，…；第二，…。) wraps them where the column ends,
    not each at a line's start. (Only the lines ending with a colon, one scan of the last characters, are tried.)
    (qa279)"""
    found = set()
    for k in lines_of(P.LEAD_IN_COLON, lasts[:-1]):
        b = k + 1
        if free_layout:
            if P.ITEM_OPENING_LINE.match(texts[b]):
                found.add(b)
        elif texts[b].startswith(P.RUN_IN_ORDINAL_INITIALS) and any(
                ends[j - 1] and opens_next_item(texts, b, j) for j in range(b + 1, min(len(texts), b + 1 + LEAD_IN_ITEM_LOOKAHEAD))):
            found.add(b)
    return found


def opens_next_item(texts: list[str], start: int, b: int) -> bool:
    """Whether line b opens the ordinal item after the one that the block's first line opens (第一，… / 第二，…), of the
    same grammar: a paragraph per item (RUN_IN_ORDINAL_ITEM, qa127). (Only lines opening with 第 or 其 are tried.)"""
    if not texts[b].startswith(P.RUN_IN_ORDINAL_INITIALS):
        return False
    first, nxt = P.RUN_IN_ORDINAL_ITEM.match(texts[start]), P.RUN_IN_ORDINAL_ITEM.match(texts[b])
    if first is None or nxt is None or first.group(1) != nxt.group(1):
        return False
    n = cn_number(first.group(2))
    return n is not None and cn_number(nxt.group(2)) == n + 1


def fills_column_under(page: Page, a: int, start: int, block_width: float) -> bool:
    """Whether line a, which ends a sentence, fills the column that the lines under it fill, where the window around it
    takes in lines of another width (a title, a byline or a standfirst set wider just above, or marks hung past the
    edge: 城乡融合发展是中国式现代化的必然要求。 19 wide under a standfirst 27 wide, over lines 19 and 20 wide): most of the
    WIDTH_WINDOW lines under it are as wide as it within a character, the line under it as wide (or one narrower where
    line a hangs a mark past the edge, wider than every line under it), and so is the block's first line, or it
    is short of it by a paragraph's indent (opens_flush_or_indented); line b
    opens no item of an enumeration (其一，…: the sentence ends a lead-in). Only a statement's full stop, on a line
    with no label or salutation (问：…？ / 答：…, 编辑同志：…。 end their lines), and only where no blank line parts the
    lines (the PDF layout with a blank line after every line measures its columns from its blocks). A sentence ending at the edge of a
    hard-wrapped column goes on as in a regular window (qa97)."""
    b = a + 1
    widths, wa, texts = page.widths, page.widths[a], page.texts
    below = widths[b: b + WIDTH_WINDOW]
    if (len(below) < 3 or wa > MAX_COLUMN_WIDTH or not opens_flush_or_indented(widths[start], wa)
            or page.line_nos[b] != page.line_nos[a] + 1 and not opens_text_under_head(page, a, start)):
        return False
    # (line b as wide as line a, or one narrower where line a hangs its mark past every line under it)
    if not (wa - 0.5 <= widths[b] <= wa + 0.5 or wa - 1.0 <= widths[b] and wa > max(below)):
        return False
    if (a != start and wa < block_width - FULL_LINE_SLACK or texts[a][-1:] != "。" or "：" in texts[a]
            or P.ITEM_OPENING_LINE.match(texts[b])):
        return False
    return mostly_as_wide(below, wa) or mostly_as_wide(paragraph_under(page, b, below), wa)


def opens_flush_or_indented(first: float, width: float) -> bool:
    """Whether a block's first line, `first` wide, opens a paragraph of a column `width` wide: as wide as it within a
    character, or short of it by a paragraph's indent (a page that indents its paragraphs, session 26)."""
    return abs(first - width) <= 1.0 or abs(width - PARAGRAPH_INDENT - first) <= 1.0


def mostly_as_wide(below: list[float], wa: float) -> bool:
    """Whether three or more lines are given and most of them are as wide as wa, within a character."""
    return len(below) >= 3 and 2 * sum(1 for w in below if abs(w - wa) <= 1.0) > len(below)


def paragraph_under(page: Page, b: int, below: list[float]) -> list[float]:
    """The widths `below` (of the lines from line b on) up to the end of the paragraph that line b opens or goes on
    with: the line that ends a sentence, its last line, short by nature. What stands under that paragraph (the next
    article's title, its byline, a credit line) says nothing of the column line b's paragraph fills (…久久为功。 right
    under a pull quote, over two full lines, 发展活力。 and a title: the title's short line outvotes the text, qa164)."""
    ends = page.ends
    return next((below[: k + 1] for k in range(len(below)) if ends[b + k]), below)


def opens_text_under_head(page: Page, a: int, start: int) -> bool:
    """Whether line a, on a page of the PDF layout (a blank line after every line), opens the text right under a
    title, heading or byline (a line that ends no sentence), with no more blank lines under it than the layout's own:
    there a sentence ending at the column's edge goes on into the full line under it as on a page without blank lines
    (qa111). Under a paragraph's end, or inside a paragraph, such a line may be a paragraph of its own (a page's lead,
    城市绿地是市民身边的“生态客厅”。 over an article titled at its end), and is left so."""
    return (a == start and a > 0 and not page.meaningful_blanks and not page.ends[a - 1]
            and not set_apart(page, a))


def set_apart(page: Page, a: int) -> bool:
    """Whether more blank lines part line a from line a + 1 than the page's layout puts after every line: one or more
    where blank lines part blocks, two or more on a page of the PDF layout (a blank line after every line), where the
    one blank line after a line tells no more than a line break does on a page without blank lines (qa111)."""
    return page.line_nos[a + 1] - page.line_nos[a] > (1 if page.meaningful_blanks else 2)


def runs_duty_notes_in(page: Page) -> bool:
    """Does the page run a task's labelled duty note on at the task's end (…。（牵头单位：…）) somewhere? Then one at a
    line's head under a full line was wrapped there (qa247). (Called only on such a line: a scan of the page, rare.)"""
    return any(P.DUTY_FIELD_NOTE_RUN_IN.search(text) for text in page.texts)


def continues_narrow_block(page: Page, a: int, start: int, block_width: float) -> bool:
    """Whether line a, short of its window's column, is a full line of the block being built in a narrower column of
    its own (a box beside the text, 知识链接 / 中华文明探源工程于2002年 / … / 形成和早期发展的过程与机 12 wide amid text 19
    wide), which goes on into line b: the block's NARROW_BOX_LINES lines or more so far are as wide as one another
    within NARROW_BOX_SLACK, line a stops mid-sentence, and line b is the box's short last line ending a sentence (制。)
    or another full line of it. The window around the box's last lines takes in the wider text under it, so they read
    as short (narrow_box_columns measures a box only where its window does not already) (qa97)."""
    b = a + 1
    if a - start + 1 < NARROW_BOX_LINES or page.ends[a] or b in page.starts:
        return False
    widths = page.widths
    if any(abs(widths[k] - block_width) > NARROW_BOX_SLACK for k in range(start, a + 1)):
        return False
    wb = widths[b]
    # (a pull quote's box ends with no mark: under a line stopping at a comma its short last line is the clause's
    # rest, 让工业品下得去、 / 农产品上得来, no heading, which never opens under an unfinished clause; qa120)
    return ((page.ends[b] or page.texts[a][-1:] in P.MID_CLAUSE_LAST) and wb <= block_width + NARROW_BOX_SLACK
            or abs(wb - block_width) <= NARROW_BOX_SLACK)


def opens_narrower_column(page: Page, a: int) -> bool:
    """Whether line a, short in its window's column, is the indented first line of a paragraph in the narrower column
    under it, right under a paragraph set wider (a lead across the columns, 27 wide, then 近年来，我省县域数字基础设施加快
    16 wide over lines 18 wide): its window takes in the wider lines, but against the column of the two lines under
    it, which fill that column, it falls short by no more than a paragraph's indent, and it ends no sentence, under a
    line that ends one and is wider than that column by WIDE_LEAD_SHARE (qa91). Not on a page of one paragraph a
    line, whose short lines are headings over long ones."""
    b = a + 1
    if b + 1 >= len(page.texts) or a == 0 or page.free_layout:
        return False
    # (the column under it: its own window's, or, where that takes in the wide lines too, the two lines under it)
    widths = page.widths
    wa, wb = widths[a], widths[b]
    narrow = min(page.cols[b], max(widths[b + 1: b + 3]))
    return ((under_wide_lead(page, a - 1, narrow) or under_title_under_wide_lead(page, a, narrow)
             or opens_clause_under_wider_column(page, a, narrow))
            and not page.ends[a] and narrow < page.cols[a] - FULL_LINE_SLACK and narrow >= MIN_TEXT_LINE
            and abs(wb - narrow) <= FULL_LINE_SLACK and widths[b + 1] >= narrow - FULL_LINE_SLACK and wa < wb
            and wa >= narrow - PARAGRAPH_INDENT - FULL_LINE_SLACK)


def opens_clause_under_wider_column(page: Page, a: int, narrow: float) -> bool:
    """Whether line a, holding a clause (治理之道，莫近于, 8 wide over lines 10 wide), comes right under the last line of a
    paragraph set letter-spaced in a column wider than `narrow` by WIDE_LEAD_SHARE (…商 量 着 办 。 ending a column 13
    wide): the text goes on unspaced in a narrower column, its paragraph's first line indented, and its window, which
    takes in the spaced column, reads it short; a title there would hold no comma (qa229). (`respaced`: the lines
    where a letter-spaced run starts or ends, a few a page.)"""
    return (a in page.respaced and "，" in page.texts[a] and page.ends[a - 1]
            and page.cols[a - 1] > narrow * WIDE_LEAD_SHARE)


def under_wide_lead(page: Page, k: int, narrow: float) -> bool:
    """Whether line k ends a sentence set wider than the column `narrow` by WIDE_LEAD_SHARE (a lead across the columns)."""
    return page.ends[k] and page.widths[k] > narrow * WIDE_LEAD_SHARE


def under_title_under_wide_lead(page: Page, a: int, narrow: float) -> bool:
    """Whether line a has over it one line no wider than the column `narrow` that ends no sentence (the title of the text
    it opens; a year's digits may make it as wide as the column), right under a wide lead that ends a sentence (a page's
    standfirst across the columns / 2025年以来…的实践探索 20 wide / the text's first line 22 of 24): the title is the
    text's, and line a opens the text. (qa132)"""
    return (a >= 2 and not page.ends[a - 1] and page.widths[a - 1] <= narrow + FULL_LINE_SLACK
            and under_wide_lead(page, a - 2, narrow))


def ends_indented_first_line(page: Page, a: int, col: float) -> bool:
    """Whether line a, which opens a block and ends a sentence, is a paragraph's first line filling the column but for
    the indent the paragraphs around it open with (推动县域产业数字化，基础在设施。 16 of 18 over 要统筹布局… 18): there
    the next paragraph's first line is indented too, so a full line under it goes on with the same paragraph, as under
    a full line that ends a sentence (qa91). The paragraphs near it must open so: in the lines around it, those under a
    paragraph's short last line are short of the column by the indent (a flush page's one-line paragraph as wide is a
    paragraph of its own). Not the line under line a: it follows a short line that ends a sentence only if line a is
    the one-line paragraph asked about, so it would answer the question with its own answer (a page's first paragraph,
    编者按：…。 over its full lines, has no first lines above it to outvote that, qa109). (Asked only of a block's first
    line that ends a sentence an indent short of its column.)"""
    # (an indent short, or a closing mark hung past that)
    wa = page.widths[a]
    if col - PARAGRAPH_INDENT - 0.5 <= wa <= col - PARAGRAPH_INDENT + 1:
        return indents_paragraphs_near(page, a)
    return col - PARAGRAPH_INDENT - FULL_LINE_SLACK <= wa < col - PARAGRAPH_INDENT and as_wide_as_first_lines_near(page, a)


def as_wide_as_first_lines_near(page: Page, a: int) -> bool:
    """Whether line a is as wide as the paragraphs' first lines around it, which open an indent short of the column: a
    column whose lines hang closing marks past its edge (…把“过程”当“结果”。 24 of 22) reads a cell wider than it is,
    and its first lines (20) then read more than an indent short of it. (qa132)"""
    widths = page.widths
    firsts = sorted(widths[k] for k in first_lines_near(page, a))
    return (len(firsts) >= INDENT_EVIDENCE and abs(firsts[(len(firsts) - 1) // 2] - widths[a]) <= 0.5
            and indents_paragraphs_near(page, a))


def first_lines_near(page: Page, a: int) -> list[int]:
    """The paragraphs' first lines in the lines around line a: the lines under a paragraph's short last line, or under a
    short line that ends no sentence (a heading: 源头治理), that end no sentence, are not short and open no block of
    their own (a pull quote, an author note) (not line a nor the line under it, which ask about line a)."""
    widths, cols, ends, starts = page.widths, page.cols, page.ends, page.starts
    lo, hi = max(1, a - INDENT_WINDOW), min(len(widths), a + INDENT_WINDOW + 1)
    return [k for k in range(lo, hi)
            if k != a and k != a + 1 and not ends[k] and widths[k] >= cols[k] * SHORT_SHARE and k not in starts
            and (ends[k - 1] and widths[k - 1] < cols[k - 1] - FULL_LINE_SLACK
                 or not ends[k - 1] and widths[k - 1] < cols[k - 1] * SHORT_SHARE)]


def indents_paragraphs_near(page: Page, a: int) -> bool:
    """Whether the paragraphs in the lines around line a open an indent short of the column: those under a paragraph's
    short last line are short of the column by the indent (not the line under line a, which asks about line a)."""
    widths, cols = page.widths, page.cols
    firsts = [cols[k] - widths[k] for k in first_lines_near(page, a)]
    if len(firsts) < INDENT_EVIDENCE:
        return False
    firsts.sort()
    return firsts[(len(firsts) - 1) // 2] >= PARAGRAPH_INDENT - 0.5


def parted_by_folios(page: Page, a: int) -> bool:
    """Whether only page numbers (and running heads) lifted out of the text stood between lines a and a + 1, no blank
    line: a PDF's text runs on over the page break (2.推动水利、…，提升 / — 3 — / 乡村基础设施智能化管理水平), the lifted
    lines leaving no blank line where there was none (qa94). (Asked only where the line numbers leave a gap.)"""
    lo, hi = page.line_nos[a], page.line_nos[a + 1]
    return hi - lo - 1 == sum(1 for folio in page.folios if lo < folio.line_no < hi)


def is_wrapped_addressees(line: str, next_line: str) -> bool:
    """Whether two lines are an official document's addressees (各…：) wrapped before the colon that ends them."""
    return P.ADDRESSEES_FIRST_LINE.match(line) is not None and P.ADDRESSEES_LAST_LINE.match(next_line) is not None


def is_wrapped_rest(line: str) -> bool:
    """Whether a short line that ends no sentence is nothing a heading ever is, but the rest of a wrapped line: it ends
    with a half-width full stop (…西南财经大学出 / 版社,2012.: a reference entry or a sentence typed half-width, whose
    '.' rule 4 leaves as written after a number, for it may be a decimal's) or opens with a lowercase Latin letter (a
    word of English keywords or an abstract wrapped across the break: …urban infrast / ructure renewal), or ends a photo
    caption with its credit (…出口 / 订单。 刘 畅摄: the caption's last line, under a full one however irregular the
    column around it, qa256)."""
    return line[-1:] == "." or "a" <= line[:1] <= "z" or line[-1:] == "摄" and P.PHOTO_CREDIT.search(line) is not None


def speaks_quotation_above(line: str, under: str) -> bool:
    """Whether `under` names who said the quotation that `line` closes (……更足了。” / 某公司负责人说。): the rest of the
    paragraph, however short, not a paragraph of its own (qa119). (A two-character test of the line's end first.)"""
    return line.endswith(P.QUOTATION_CLOSE_ENDS) and P.QUOTATION_SPEAKER_LINE.match(under) is not None


def ends_clause(line: str) -> bool:
    """Whether a line ends a clause with a semicolon, not a sentence (……政府配送”模式； / 要用好…自编自演；): a
    paragraph ends with a full stop, so a full line ending so, under a full line that ends one, is no one-line
    paragraph filling the column but the next line of the same paragraph (qa63)."""
    return line.rstrip(P.SENTENCE_CLOSERS)[-1:] in P.CLAUSE_SEMICOLONS


def headings_under_lone_markers(texts: list[str], firsts: str, widths: list[float], cols: list[float]) -> set[int]:
    """The lines right under a section's letter or number set alone on its line (A / 稳主体，增强外贸企业抗风险能力): the
    heading's words, a block of their own; a heading that holds a comma would otherwise run on into the text under it.
    A line that ends a sentence, or fills its column (a paragraph's first line, wrapped), is text, not a heading (qa137)."""
    return {k + 1 for k in lines_of(P.LONE_SECTION_MARKER_INITIALS, firsts)
            if k + 1 < len(texts) and P.LONE_SECTION_MARKER_LINE.match(texts[k])
            and 0 < len(texts[k + 1]) <= P.LONE_MARKER_HEADING_MAX_CHARS and texts[k + 1][-1] not in P.SENTENCE_END_MARKS
            and widths[k + 1] < cols[k + 1] - FULL_LINE_SLACK}


def box_labels(texts: list[str], labelled: list[int]) -> set[int]:
    """The lines that are a commentary box's label (短评, 编后) alone: a block of their own. A box set amid an article's
    column may stand right under a line that stops mid-sentence at the column's foot (…越来越多，周边 / 短评), which the
    label would otherwise end. (A paragraph's own last line ends with its sentence's mark, never with a bare label.)
    (`labelled`: the lines opening with a label's first character, COMMENTARY_BOX_INITIALS, one scan of the line initials
    in Page.of for this and box_titles.)"""
    return {k for k in labelled if P.COMMENTARY_BOX_LABEL.match(texts[k])}


def stops_mid_clause(page: Page, a: int) -> bool:
    """Whether line a stops at a comma or an enumeration comma (高标准农田建设：如何建得好、管得住、). Asked of a block's
    first line, as wide as the few lines at the top of the page make the column: a centred title's first line, whose
    clause goes on on the line under it, however short, which is no heading (a heading never opens under an
    unfinished clause). A title holds no clause before: a paragraph's line that ends a sentence or a clause earlier is
    text (at a page's foot it goes on past the foot's lines instead), and a heading may follow it (qa83)."""
    line = page.texts[a]
    return line[-1:] in P.MID_CLAUSE_LAST and "，" not in line[:-1] and not holds_sentence_end(line)


def wraps_mid_clause(page: Page, a: int) -> bool:
    """Whether line a is a long line that stops at a comma (……长期从事支付清算与数字货币研究，): wrapped text,
    no title or heading set tight over its text (a title is short, and a long one does not stop at a comma), so
    the line under it goes on with it even where the layout sets no blank line under titles alone (qa53)."""
    return page.texts[a][-1:] in P.MID_CLAUSE_LAST and page.widths[a] >= LONG_LINE


def box_titles(texts: list[str], labelled: list[int]) -> set[int]:
    """The lines right under a commentary box's label (短评, 快评) that are the box's title: they hold no comma or full
    stop. A box sets its title in a larger type, so the title may be as wide as the box's column and read as the
    first line of its text by width alone (短评 / 别让…变成… / the text). Only lines opening with a label's first
    character (`labelled`, see box_labels) are tried."""
    return {k + 1 for k in labelled
            if k + 1 < len(texts) and P.COMMENTARY_BOX_LABEL.match(texts[k]) and not P.CLAUSE_MARK.search(texts[k + 1])}


def titles_letter_spaced_text(line: str) -> bool:
    """Whether a line that opens a block, short of its column, over a run of letter-spaced lines (the spacing
    changes between them), is a title over that text (短评 / 莫让“快进键”变成“重复键” / 县 域 商 业 …): it is set
    without spaces and holds no comma or full stop. A paragraph whose spacing changes after its first line
    (当前，不少地区已开展生态产品 / 总 值 核 算 …) has a clause in that line (qa35, session 11)."""
    return " " not in line and "，" not in line and "。" not in line


def opens_list(page: Page, a: int, col: float) -> bool:
    """Whether line a + 1, short, ends with a colon under the full line a, over a line that opens a block
    (…的，可以 / 按照规定办理临时用地手续： / （一）…): the full line's sentence going on into the list it opens,
    however irregular the list's short lines make the column around it; no heading over a list ends so."""
    b = a + 1
    return page.widths[a] >= col - 1.5 and page.texts[b][-1:] in P.LIST_LEAD_ENDS and b + 1 in page.starts


def ends_quote_with_name_like_word(page: Page, a: int, start: int) -> bool:
    """Whether line a + 1, a lone word that byline() reads as a name (■…城乡融合发展的关键 / 支撑), is the
    last line of the pull quote opened at line `start` that line a is in: line a fills the quote's column
    (quote_column) and ends no sentence, so the word is the rest of its clause, not the byline of what follows."""
    by = page.bylines.get(a + 1)
    return (by is not None and by.authors == (page.texts[a + 1],) and not by.source
            and not page.ends[a] and page.widths[a] >= quote_column(page, start, a) - 0.5)


def wraps_heading_onto_name_like_word(page: Page, a: int) -> bool:
    """Whether line a + 1, a lone word that byline() reads as a name (（二）选准县域产业的发展 / 方向), is the rest of the
    marked heading on line a, set in a larger type and wrapped within its column as wraps_heading reads one: the
    heading ends no sentence, the word is shorter than its line and opens nothing, and a line of text follows it. A
    byline is no heading's: a theory page's numbered headings open the parts of one signed text (qa106). A Markdown
    heading (## 嘉宾简介) is one line by its syntax: the name under it is no rest of it (qa133)."""
    b, c = a + 1, a + 2
    if page.texts[a][:1] == "#":
        return False
    by = page.bylines.get(b)
    if by is None or by.authors != (page.texts[b],) or by.source or c >= len(page.texts):
        return False
    widths = page.widths
    return (a in page.starts and b not in page.starts and not page.ends[a] and widths[b] < widths[a]
            and P.HEADING_LINE.match(page.texts[a]) is not None and widths[c] >= page.cols[c] * SHORT_SHARE
            and c not in page.bylines)


def quote_column(page: Page, start: int, a: int) -> float:
    """The width of the column of the pull quote opened at line `start`, over its lines to line a: its widest line, a
    closing mark hung past the edge not counted (■中小企业是制造 / 业的“毛细血管”， / 其数字化转型水平: eight wide, not
    nine) (qa106)."""
    return max(w - 1.0 if t[-1:] in P.HUNG_MARKS else w
               for w, t in zip(page.widths[start: a + 1], page.texts[start: a + 1]))


def boxes_heading(page: Page, a: int, wa: float, wb: float) -> bool:
    """Whether box line `a` (◆ …) is a bulleted heading, not the first line of a pull quote: it is
    short beside the line under it, which fills a column of text (or all but an indent). A pull quote is
    set in a narrow column of its own, its lines about as wide as its box line, or letter-spaced (■ 现 在:
    the spaces count no width, so its box line looks short). Where a blank line follows every line, no
    blank line parts such a heading from its text."""
    col = page.cols[a + 1]
    # (short by a share of the line under it, or, with a blank line under it, of the text's column by more than a
    # quote's wrap falls short of it: set in the text's own column, a quote's first line fills it but for a character
    # or two, qa211; a narrow box's quote run on under its line may open with a line shorter than its rest,
    # ■要强化企业科技创 / 新主体地位，促进创新要素, as on a theory page)
    return (wb >= MIN_TEXT_LINE
            and (wa < SHORT_SHARE * wb or (wa < col - BOX_HEADING_SHORTFALL and blank_line_under(page, a)))
            and wb + HEADING_INSET >= col and not page.ends[a] and " " not in page.texts[a][1:].lstrip())


def blank_line_under(page: Page, a: int) -> bool:
    """Whether a blank line parts line a from the next non-blank line."""
    return page.line_nos[a + 1] > page.line_nos[a] + 1


def follows_one_line_item(page: Page, a: int) -> bool:
    """Whether line a, a bulleted list's item (●…), stands under another item set on one line that ends its sentence
    (●…90%以上； / ●…1.5万人以上。): the list sets one item a line, so an item line that ends a sentence is the whole item,
    and a short line under the list's last item (以上目标分解到各区。) is a paragraph of its own, not the item's rest (qa200)."""
    return (page.texts[a][:1] in P.LIST_BULLETS and a > 0 and page.texts[a - 1][:1] in P.LIST_BULLETS
            and page.texts[a - 1][-1:] in P.ONE_LINE_ITEM_ENDS)


def is_framed(line: str) -> bool:
    """Whether a line is framed by one box mark at each end (■学习贯彻…精神■): a column's banner (FRAME_MARKS). Words
    inside: a row of marks (◆ ◆ ◆) is an ornament, no frame."""
    return (len(line) > 2 and line[-1:] in P.FRAME_MARKS and line[:1] == line[-1:]
            and line[1:-1].strip()[:1] not in P.FRAME_MARKS)


def ends_quote(line: str, width: float, first: bool, block_width: float) -> bool:
    """Whether a line of a pull quote is its last: short in the quote's column, where a page without
    blank lines sets a heading right under the quote (■…减轻基层负担 / 现实意义 / the text). Not the ■
    line, nor a letter-spaced line (■ 现 在 / 的 创 新 路), which fill the column, the spaces counting 0.
    A line short of the column by more than a character or two (kinsoku, half-width digits) ends the quote too: a
    quote's wrapped lines fill its justified column, so the short line under ■算法不能成为压在劳动者 / 身上的“无形之手”
    (织密保障网络, a heading over the text) is no more the quote's (qa67). Only that shortfall, not a share of the
    column: in a quote five or six characters wide (信息技术飞 / 速发展，颠覆 / 的创新路 / 子，为实现) a line two short
    is a wrap like any, not the quote's end (session 16)."""
    return not first and width < block_width - QUOTE_TAIL_SHORT and " " not in line


def is_subtitle(line: str) -> bool:
    """Whether a line is a subtitle (——访某某 / ——在某会议上的讲话): one paragraph a line puts it under its
    title, and a title line among the short lines at the top of a page seems to fill their column.
    (A first-character test before the pattern: joins asks of every line of such a page.)"""
    return line[:1] in P.SUBTITLE_INITIALS and bool(P.SUBTITLE.match(line))


def heading_stops(page: Page, a: int) -> bool:
    """Whether line a, a marked heading line, ends its heading: it is a Markdown heading (one line by
    definition), it does not fill its column, or the next line is wider than it (a wrapped line is as
    wide as its column; on a web page of short headings and items, a long heading `一、…` may set the
    local width itself)."""
    widths = page.widths
    return (page.texts[a][:1] == "#" or widths[a] < page.cols[a] - 1
            or widths[a + 1] > widths[a] + WIDER_NEXT_LINE
            or heads_a_family_of_short_headings(page, a)) and not opens_run_in_item(page, a) \
        and not wraps_item_sentence(page, a)


def wraps_item_sentence(page: Page, a: int) -> bool:
    """Whether marked line a opens an item whose sentence wraps onto the next line, no heading ((一）各市要高度重视…工作，
    认真组 / 织企业申报，严格审核把关，…。): hard-wrapped, the line stops mid-sentence an indent short of the line right
    under it, which is a full line, as wide as the widest lines around it: the item's first line, indented as every
    paragraph's is (the indent stripped), and its second. Under a heading, the text's first line would be indented too,
    an indent short of the full lines round it. A page that opens most paragraphs with a marker (一、 （一） 1.) leaves
    too few unmarked first lines to measure its indent by (indents_paragraphs_near), and its column reads narrower than
    it is (cols): the lines are measured against each other. (qa150)"""
    b = a + 1
    if page.free_layout or b >= len(page.texts) or page.ends[a] or page.texts[a][:1] == "#":
        return False
    widths = page.widths
    return (b not in page.breaks and b not in page.starts
            and PARAGRAPH_INDENT - 0.5 <= widths[b] - widths[a] <= PARAGRAPH_INDENT + 1.0
            # (as wide as the widest line around it, or a closing mark short of one that hangs its mark past the edge)
            and widths[b] >= max(widths[max(0, b - WIDTH_WINDOW): b + WIDTH_WINDOW + 1]) - 1.0
            and (page.line_nos[b] == page.line_nos[a] + 1 or parted_by_folios(page, a))
            and indents_marked_items_near(page, a))


def indents_marked_items_near(page: Page, a: int) -> bool:
    """Whether the items in the lines around line a (marked lines that stop mid-sentence after a clause or a lead ends
    inside them: （一）企业申报。符合… / 1.上年度研发费用总额不低于100万元，且…) open an indent short of the full lines,
    as a page that indents its paragraphs sets them. The full width is the upper quartile of the lines that neither
    open a block nor end a sentence (a paragraph's inner lines, mostly), not cols, which a page of short paragraphs, each
    opening an indent short, reads narrow. A flush page sets its items as wide as its text. (qa150)"""
    widths, ends, starts, texts = page.widths, page.ends, page.starts, page.texts
    lo, hi = max(0, a - INDENT_WINDOW), min(len(widths), a + INDENT_WINDOW + 1)
    inner = [widths[k] for k in range(lo, hi) if not ends[k] and k not in starts]
    if len(inner) < INDENT_EVIDENCE:
        return False
    full = upper_quartile(inner)
    # (the window's lines tried for starts: a long plan has many more block openers than a window has lines)
    gaps = sorted(full - widths[k] for k in range(lo, hi)
                  if k in starts and k != a and not ends[k] and widths[k] >= full * SHORT_SHARE
                  and ("，" in texts[k] or any(m in texts[k] for m in P.RUN_IN_LEAD_ENDS)))
    return (len(gaps) >= INDENT_EVIDENCE
            and PARAGRAPH_INDENT - 0.5 <= gaps[(len(gaps) - 1) // 2] <= PARAGRAPH_INDENT + 1.0)


def marker_family(text: str) -> str | None:
    """The marker family of a marked heading line ((三) and （十二） one family, 三、 another), None for no marked line."""
    match = P.HEADING_LINE.match(text)
    return P.MARKER_NUMERAL.sub("一", match.group()).translate(P.MARKER_PARENS) if match else None


def heads_a_family_of_short_headings(page: Page, a: int) -> bool:
    """Whether marked line a, as wide as its column, is a heading of its own because the page's other lines of its marker
    family (HEADING_FAMILY_EVIDENCE of them at least) are all headings: each falls short of its column (or is set wider
    than it, across the columns, or wraps onto a short rest: wraps_onto_short_rest) and holds no sentence's end (no text
    runs on after the heading on its line). A numbered paragraph whose first line fills the column ((三)强化要素保障，
    统筹… / text) is told apart so: its family's other lines are paragraphs too, and fill their column. Line a holds no
    sentence's end either. (A heading as wide as its column may still wrap onto a short line: wraps_heading asks.)
    (qa129)"""
    texts, widths, cols = page.texts, page.widths, page.cols
    if any(m in texts[a] for m in P.SENTENCE_END_MARKS):
        return False
    family = marker_family(texts[a])
    # (a page of numbered paragraphs, where most such lines are, stops at the first paragraph of the family)
    evidence = 0
    for k in page.starts:
        if k != a and marker_family(texts[k]) == family:
            if (cols[k] - 1 <= widths[k] <= cols[k] + FULL_LINE_SLACK and not wraps_onto_short_rest(page, k)
                    or any(m in texts[k] for m in P.SENTENCE_END_MARKS)):
                return False
            evidence += 1
    return evidence >= HEADING_FAMILY_EVIDENCE


def wraps_onto_short_rest(page: Page, k: int) -> bool:
    """Whether line k, filling its column, goes on onto a short line that ends no sentence (二、…产业融合的 / 作用机制): a
    heading wrapped, no paragraph (a paragraph's short last line ends its sentence)."""
    b = k + 1
    return b < len(page.texts) and page.widths[b] < page.cols[k] * SHORT_SHARE and not page.ends[b] \
        and not any(m in page.texts[b] for m in P.SENTENCE_END_MARKS)


def opens_run_in_item(page: Page, a: int) -> bool:
    """Whether marked line a is the first line of a paragraph that opens with a run-in item (（一）织密回收网络。推动
    再生资源回收企业与 / 物业、…): its lead ends a sentence inside the line and the text goes on to its end, short of
    the column by no more than a paragraph's indent (a newspaper's indented first line, the indent stripped). A
    heading ends no sentence before its end."""
    text = page.texts[a]
    return (not page.ends[a] and page.widths[a] >= page.cols[a] - PARAGRAPH_INDENT - FULL_LINE_SLACK
            and (any(m in text for m in P.RUN_IN_LEAD_ENDS) or wraps_run_in_lead(page, a)))


def cuts_run_in_lead(page: Page, a: int) -> bool:
    """Whether marked line a holds an item's marker and the first words of its run-in lead alone ((三）提升 / 产业链
    韧性。围绕…), cut from the rest, which ends on the line under it, a full line, within a few characters: the items
    next to it in its list, of the same marker, run their leads in on their own lines ((二）建强创新平台。支持…), so this
    item does too; a short heading (9、强化人才培养 / 强化人才招引培育。… under 8、加强人才引进) stands among headings
    (qa272). (Only marked lines that end a heading or are short come here, at most CUT_LEAD_MAX_CHARS long.)"""
    b, texts = a + 1, page.texts
    if (page.ends[a] or b >= len(texts) or b in page.starts or b in page.breaks
            or page.widths[b] < page.cols[b] - FULL_LINE_SLACK):
        return False
    m = P.ITEM_OPENING_LINE.match(texts[a])
    if m is None or not P.CUT_LEAD_FRAGMENT.fullmatch(texts[a], m.end()) or not P.CUT_LEAD_REST.match(texts[b]):
        return False
    initial = marker_initial(texts[a])
    before = next_item(page, initial, range(a - 1, max(-1, a - INDENT_WINDOW), -1))
    after = next_item(page, initial, range(b + 1, min(len(texts), b + INDENT_WINDOW)))
    return (before or after) is not None and all(runs_lead_in(line) for line in (before, after) if line is not None)


def next_item(page: Page, initial: str, near: range) -> str | None:
    """The first line in `near` that opens an item with a marker of this kind (marker_initial), if any."""
    return next((page.texts[k] for k in near if k in page.starts and marker_initial(page.texts[k]) == initial
                 and P.ITEM_OPENING_LINE.match(page.texts[k])), None)


def marker_initial(line: str) -> str:
    """A marked line's first character as its marker's kind: 0 for a digit, 一 for a numeral, else itself (（, 第, 其)."""
    first = line[:1]
    return "0" if first.isdecimal() else "一" if first in P.CN_NUM else first


def runs_lead_in(line: str) -> bool:
    """Whether a marked line runs its item's lead in: the lead ends inside it and the text goes on ((二）建强创新平台。
    支持县域…)."""
    m = P.ITEM_OPENING_LINE.match(line)
    return m is not None and any(0 < line.find(e, m.end()) < len(line) - 1 for e in P.RUN_IN_LEAD_ENDS)


def wraps_run_in_lead(page: Page, a: int) -> bool:
    """Whether marked line a opens a run-in item whose lead wraps onto the next line ((一）健全统筹有力、…领导体制和 /
    责任体系。成立…): on a page that indents its paragraphs (the indent stripped), the line is an indent short of the
    column and the next line, right under it, fills it, ending the lead inside it; a heading's first line of text under
    it would be indented too, and a heading's wrapped rest is short. A lead holds no comma (a heading may: A 补网络，…).
    (qa124)"""
    b = a + 1
    col = page.cols[a]
    return (b < len(page.texts) and b not in page.breaks and col - 0.5 <= page.widths[b] <= col + 1.0
            and page.line_nos[b] == page.line_nos[a] + 1 and "，" not in page.texts[a]
            and col - PARAGRAPH_INDENT - 0.5 <= page.widths[a] <= col - PARAGRAPH_INDENT + 0.5
            and any(m in page.texts[b] for m in P.RUN_IN_LEAD_ENDS)
            and (indents_run_in_items_near(page, a) or indents_paragraphs_near(page, a)))


def indents_run_in_items_near(page: Page, a: int) -> bool:
    """Whether the run-in items in the lines around line a (marked lines whose lead ends inside them, the text going on:
    1.推进雨污分流改造。结合…) open an indent short of the column, as a page that indents its paragraphs sets them (a
    plan's paragraphs may end with a bracketed note, no sentence's end, which ends_indented_first_line asks for). (qa124)"""
    widths, cols, ends, texts = page.widths, page.cols, page.ends, page.texts
    lo, hi = max(0, a - INDENT_WINDOW), min(len(widths), a + INDENT_WINDOW + 1)
    firsts = sorted(cols[k] - widths[k] for k in page.starts
                    if lo <= k < hi and k != a and not ends[k] and widths[k] >= cols[k] * SHORT_SHARE
                    and any(m in texts[k] for m in P.RUN_IN_LEAD_ENDS))
    return len(firsts) >= INDENT_EVIDENCE and firsts[(len(firsts) - 1) // 2] >= PARAGRAPH_INDENT - 0.5


def wraps_heading(page: Page, a: int) -> bool:
    """Whether marked heading line `a` goes on onto the next line: a heading set in a larger type
    wraps within its column (一、准确把握银发经济的 / 丰富内涵), and the short line under it, with no
    blank line between and a blank line after, is the rest of it (a subheading has its own marker,
    which opens a block). On a page without blank lines, the rest is shorter than the heading's
    first line and a line of text follows it, not another short line (an unmarked subheading under
    a short heading is wider than it), or a pull quote set between the heading and its text (二、畅通生态产品 /
    交易渠道 / ■要让生态产品“有价”，…: the ■ line opens the quote's narrow column, qa67). The PDF layout puts a
    blank line after every line but not between a heading and its first line of text: a heading tight over its text
    ends there, and one set with the blank lines wraps as on a page without them (wraps_heading_between_blanks).
    One paragraph per line puts none."""
    b = a + 1
    if page.texts[a][:1] == "#":
        return False                      # (a Markdown heading is one line by definition)
    if page.free_layout:
        return wraps_heading_of_free_layout(page, a)
    if not page.meaningful_blanks:
        return wraps_heading_between_blanks(page, a)
    nos, widths = page.line_nos, page.widths
    if (nos[b] != nos[a] + 1 and not parted_by_folios(page, a)) or page.ends[b] or widths[b] >= page.cols[a] * SHORT_SHARE:
        return False
    if page.ends[a]:
        return False                      # （三）…逾期不再受理。 / （联系人：…）: a one-sentence item, whole on its line (qa150)
    c = b + 1
    # (a page number lifted out under the line is no blank line after it: 三、存在的问题 / 调查显示…， / — 12 — / …: qa107)
    # (a first line broken at its comma is no whole heading: the line under it is its rest, however wide; qa127)
    return (c == len(nos) or nos[c] > nos[b] + 1 and not parted_by_folios(page, b)
            or (widths[b] < widths[a] or page.texts[a].endswith(P.HEADING_PHRASE_BREAK_ENDS))
            and (widths[c] >= page.cols[c] * SHORT_SHARE or c in page.quotes))


def wraps_heading_of_free_layout(page: Page, a: int) -> bool:
    """Whether marked heading line `a`, on a page set one paragraph a line, goes on onto the next line: a web page
    copied from its rendering keeps the break where a long heading wrapped (二、坚持农民主体，激发群众参与乡村建设 /
    的内生动力 / text): the heading's first line is long and ends no clause, the line under it is short, unmarked,
    holds no punctuation and is no byline, and a line of text follows, one that ends a sentence or is wider (qa266)."""
    b, c = a + 1, a + 2
    texts = page.texts
    if c >= len(texts) or page.ends[a] or page.ends[b] or b in page.starts or b in page.bylines:
        return False
    return (len(texts[a]) >= P.WRAPPED_HEADING_FIRST_MIN_CHARS and len(texts[b]) <= P.WRAPPED_HEADING_REST_MAX_CHARS
            and texts[a][-1:] not in P.CLAUSE_END_MARKS and not P.WRAPPED_HEADING_REST_MARKS.search(texts[b])
            and (page.ends[c] or page.widths[c] > page.widths[a]))


def wraps_heading_between_blanks(page: Page, a: int) -> bool:
    """Whether marked heading line `a`, on a page of the PDF layout, goes on onto the next line, where a blank line
    follows the heading as it follows every line (一、深刻认识制造业数智化 / 转型的时代要求 / text, each line with a
    blank line under it: a theory page extracted so). As on a page without blank lines, the rest is shorter than the
    heading's first line, short in its column, ends no sentence and opens nothing, and a line of text follows it. A
    marked line that ends a sentence is a one-sentence item, whole on its line (（三）…维修资助。 / the next heading), and a
    chapter's heading far short of its column (a web page's 第三章 … over its first subheading, a paragraph a line) has
    room left on its line: neither wraps (qa259). (A chapter's title is set whole on its line; a section's heading may
    wrap short of the page's width, 一、数字经济赋能县域产业 / 升级的理论逻辑.)"""
    b, c = a + 1, a + 2
    if c >= len(page.texts) or b in page.tight or c in page.tight:
        return False                      # a heading tight over its text ends at its line
    widths = page.widths
    if page.ends[a]:
        return False
    short = page.cols[a] * SHORT_SHARE
    if page.texts[a][:1] == "第" and P.CHAPTER_HEADING_LINE.match(page.texts[a]) and (
            widths[a] < page.cols[a] * WRAPPED_HEADING_MIN_SHARE):
        return False
    if not page.texts[a].endswith(P.HEADING_PHRASE_BREAK_ENDS):      # (else its rest may be the wider: wraps_heading)
        short = min(widths[a], short)
    return (not page.ends[b] and widths[b] < short
            and b not in page.breaks
            and (widths[c] >= page.cols[c] * SHORT_SHARE or c in page.quotes))


def first_lines(page: Page) -> list[int]:
    """Indexes of the lines that start a block."""
    widths, quotes, n, ends = page.widths, page.quotes, len(page.texts), page.ends
    plain = page.sure
    firsts, start, b = [0], 0, 1
    block_width = widths[0]
    in_quote = 0 in quotes               # of the block being built
    while b < n:
        if not in_quote:
            b = plain.index(False, b)
            if b == n:
                break
        if joins(page, b - 1, start, in_quote, block_width):
            if in_quote:
                block_width = max(block_width, widths[b])
        else:
            firsts.append(b)
            start, block_width = b, widths[b]
            in_quote = b in quotes
            # (most blocks open after a sentence: a list lookup spares them the call)
            if not in_quote and not ends[b - 1] and ends_heading_under_short_line(page, b):
                b += 1
                firsts.append(b)
                start, block_width = b, widths[b]
        b += 1
    return firsts


def opens_text_under_motto(page: Page, b: int) -> bool:
    """Whether line b, one indent short of its column (a comma's half width or so more), is the text's first line under the last word of a column's motto
    set one word a line (经济 / 观察 / 当前，…从以…为 / the full line under it): a word of two characters or fewer under
    another of its length is no heading's first line, so line b is no heading's second (qa260)."""
    texts, k = page.texts, b - 1
    return (0 < k and len(texts[k]) <= MOTTO_WORD_CHARS and len(texts[k - 1]) == len(texts[k])
            and PARAGRAPH_INDENT - 0.5 <= page.cols[b] - page.widths[b] <= PARAGRAPH_INDENT + 1.5)


def ends_heading_under_short_line(page: Page, b: int, across_blanks: bool = False) -> bool:
    """Whether line b, which opens a block, is the second line of an unmarked heading whose first
    line is short (防范经营风险 / 守住集体经济发展的安全底线 / the text): it ends no sentence and is
    short of its column by more than an indent, and the line after it fills the column, or all but an
    indent. In a narrow column such a line is not short by SHORT_SHARE and would run on into the text.
    The three lines stand with no blank line between them (a PDF's blank line after every line comes
    with ragged widths), the short one is no byline, and the line after them does not open by ending line b's
    word and sentence (P.CONTINUING_LINE: 界。…, under a title and an indented first line of text), nor closes a bracket
    line b leaves open: a heading closes what it opens, and a full line narrowed by its half-width digits (2021年9月，…
    印发《…方案》（以下简称 / 《总体方案》），…) is the first line of a paragraph under a short marked heading (qa74).
    A heading's line ends no sentence inside it either: a line that does (数字中国。城市是…的主) is the first line of a
    paragraph a little short of its column under a short numbered heading (`1 引言`), not a heading's second line (qa99).
    (Asked once a block, not once a line, and only under a line that ends no sentence.)"""
    n, ends, widths, cols, nos = len(page.texts), page.ends, page.widths, page.cols, page.line_nos
    if not 0 < b < n - 1 or ends[b] or page.free_layout:
        return False
    c = b + 1
    # (across_blanks: with_headings_under_quotes asks, where the page's other headings confirm the shape, and on a
    # page of the PDF layout the blank line after every line parts no lines there: set_apart, qa111)
    tight = (nos[c] - nos[b - 1] == 2 if not across_blanks or page.meaningful_blanks
             else not set_apart(page, b - 1) and not set_apart(page, b))
    # Or, in the PDF layout, the three lines with only its blank lines between them over a paragraph's indented first
    # line (opens_indented_paragraph): line b, which ends no sentence, is no line of that paragraph but the second line
    # of its heading or title (观察家 / “以旧换新”之后，回收体系如何补位 / the text), as the lines set tight read (qa111).
    tight = tight or (not page.meaningful_blanks and c + 1 < n and not set_apart(page, b - 1) and not set_apart(page, b)
                      and opens_indented_paragraph(widths, ends, c, cols[c]))
    # Or the heading's two lines tight and a blank line under them, where blank lines part blocks: then
    # a line short of its column by less than an indent is the heading's too (a narrow theory column),
    # unless it holds a clause or ends a note: a paragraph's first line may stand over a column break
    # (系统工程 / 作为我国经济发展的长期目标，实现 / blank / 高质量发展…) (qa15, session 9).
    parted = (not tight and page.meaningful_blanks and nos[b] == nos[b - 1] + 1
              and "，" not in (t := page.texts[b]) and t[-1:] not in P.NOTE_CLOSERS and not P.CLAUSE_END.search(t))
    return ((tight or parted) and widths[b - 1] < cols[b - 1] * SHORT_SHARE
            and not opens_text_under_motto(page, b)
            and widths[b] + (HEADING_INSET if tight else FULL_LINE_SLACK) <= min(cols[b], text_width_under(page, b))
            and widths[c] + HEADING_INSET > cols[c]
            and b not in page.starts and c not in page.breaks and b - 1 not in page.bylines
            and page.open_brackets[c] <= page.open_brackets[b]
            and not P.CONTINUING_LINE.match(page.texts[c])
            and not holds_sentence_end(page.texts[b])
            # (a heading's line ends with no comma: 到2027年，…300亿元， under （二）主要目标 is the text's first line,
            # indented, qa125)
            and page.texts[b][-1:] not in P.CLAUSE_END_MARKS
            # (nor under a short marked heading, which ended at its line: （二）广泛征求意见 / 《…》初稿形成后，先后征求了各县
            # (an indent short) / （区）政府…: the text's first line, qa125)
            and not (b - 1 in page.starts and P.HEADING_LINE.match(page.texts[b - 1]))
            # (nor under a short numbered item's heading line, 2.畅通双向转诊通道 / 制定…标准，…医院设立 / 转诊服务中心，…:
            # the item's text, its first line an indent short; a lone marker, 1., heads the line under it: qa150)
            and not (b - 1 in page.starts and is_item_heading_with_words(page.texts[b - 1]))
            # (nor under a paper's decimal heading alone on its line, 1 引言 / 2.2.2 …渠道, which ends at its line: a
            # short one never wraps, and the line under it is its text's first, an indent short, qa199)
            and not (page.texts[b - 1][:1] in P.DECIMAL_HEADING_INITIALS
                     and P.SPACED_DECIMAL_HEADING_LINE.match(page.texts[b - 1]) is not None))


def is_item_heading_with_words(line: str) -> bool:
    """Whether a line opens with an item's marker (ITEM_OPENING_LINE: 1. 2、 （1） ① 一是…) and goes on with words."""
    return (m := P.ITEM_OPENING_LINE.match(line)) is not None and m.end() < len(line)


def with_headings_under_quotes(page: Page, firsts: list[int]) -> list[int]:
    """`firsts`, with the short last line of a pull quote (■…) opening a block of its own where it is the first line
    of a heading set in two lines under the quote (■稳定种粮收益是调动农民 / … / 农民种粮不吃亏、有钱赚 / 提收益 /
    健全种粮农民收益保障机制 / the text): the quote's line over it fills the quote's column, it ends no sentence,
    and it stands over a heading's second line as ends_heading_under_short_line reads one, on a page whose other
    unmarked headings are set so (a short line over a longer one, over the text), and as wide as the narrowest of
    their first lines (a quote's last character or two, 贱 / 卖, are no heading's), the heading's second line the
    wider (解脱出来 / 现实意义: a quote's end over a one-line heading). A quote's short last line runs
    on with the quote (ends_quote reads the line after it), and the heading's first line would go with it. On a page
    whose headings take one line, a quote's last word over a heading (… / 短板补齐 / 改造面临的现实难题) is the
    quote's. (qa39, session 11)"""
    widths, quotes, n = page.widths, page.quotes, len(page.texts)
    ends = [(a, b) for a, b in zip(firsts, [*firsts[1:], n]) if a in quotes]
    # (the quotes first, few: the page's headings are asked about only under a quote that may end so)
    tails = [b - 1 for a, b in ends if b - a >= 3 and b < n and b not in quotes and not page.ends[b - 1]
             and (widths[b] > widths[b - 1] + WIDER_NEXT_LINE or ends_short(widths, a, b - 2))
             and ends_heading_under_short_line(page, b, True)]
    tails += [b - 2 for a, b in ends if b - a >= 4 and b < n and b not in quotes
              and holds_heading_pair(page, a, b)]
    if not tails:
        return firsts
    starts = set(firsts)
    pairs = [k for k in firsts if k - 1 in starts and k - 1 not in quotes and ends_heading_under_short_line(page, k, True)
             and not is_label_over_line(page.texts[k - 1])]
    if not pairs:
        return firsts
    narrowest = min(widths[k - 1] for k in pairs)
    moved = [k for k in tails if widths[k] >= narrowest]
    # (a pair's second line opens a block of its own too, as ends_heading_under_short_line's does)
    seconds = [k + 1 for k in moved
               if k + 1 < n and k + 1 not in starts and ends_heading_under_short_line(page, k + 1, True)]
    return sorted(starts.union(moved, seconds)) if moved else firsts


def is_marked_box_label(line: str) -> bool:
    """Whether a line is a box's label after its mark (■ 链接, ■名词解释: BOX_LABEL_LINE, BOX_LABEL_LINE_BARE): the
    label alone, never a pull quote's or a heading's first line."""
    label = line[1:].strip()
    return len(label) <= P.MARKED_BOX_LABEL_MAX and bool(P.BOX_LABEL_LINE.match(label) or P.BOX_LABEL_LINE_BARE.match(label))


def is_label_over_line(line: str) -> bool:
    """Whether a short line over another is a box's label over the box's title (名词解释 / 新质生产力), not a heading's
    first line: such a pair says nothing of how the page sets its section headings (qa106)."""
    return bool(P.BOX_LABEL_LINE.match(line))


def holds_heading_pair(page: Page, a: int, b: int) -> bool:
    """Whether the pull quote opened at line a and ending at line b - 1 took in both lines of a heading set under it,
    over the text at line b (■让经营主体 / 敢投、敢闯、敢干 / 缓解融资难题 / 增强企业发展后劲 / the text): the quote's
    line over them fills its column, neither ends a sentence, the second is the wider (a heading's shape: a quote's
    short last line over a one-line heading is the narrower's), and the two stand over the text as
    ends_heading_under_short_line reads a heading's lines. with_headings_under_quotes asks the page's other headings
    too (qa77)."""
    widths = page.widths
    k = b - 2
    return (not page.ends[k] and not page.ends[k + 1] and widths[k + 1] > widths[k] + WIDER_NEXT_LINE
            and widths[k - 1] >= max(widths[a: k]) - FULL_LINE_SLACK
            and ends_heading_under_short_line(page, k + 1, True))


def ends_short(widths: list[float], a: int, k: int) -> bool:
    """Whether line k of the pull quote opened at line a is short of the quote's column (by more than a full line's
    slack, within ends_quote's margin): a justified quote's lines fill its column but its last, so the quote ends at k
    and the line under k is none of its (■数据要素只有流动起来、 / 用起来，才能产生价值 / a heading's two lines of like
    width / the text) (qa77)."""
    return widths[k] < max(widths[a: k + 1]) - FULL_LINE_SLACK


def with_one_line_headings_under_quotes(page: Page, firsts: list[int]) -> list[int]:
    """`firsts`, with the short last line of a pull quote (■…) opening a block of its own where it is a one-line
    heading set right under the quote, over the text (■数据安全是发展的前提，发展是安全的保障 / 提升技术防护 / the
    text): the quote's line over it fills the quote's column (so the quote may well end there), it holds no clause
    mark and ends no sentence, the line under it is text, and it is as wide as the page's other one-line headings
    near it (a short unmarked line between a paragraph's end and the text, with no byline between them): a theory
    page sets its headings in one style, often of one length (筑牢制度根基 / 提升技术防护 / 凝聚治理合力). A quote's
    tail (… / 更多分享增值收益) is one of its own lines, with no such likeness to the headings around it. Where the
    page's headings take two lines, with_headings_under_quotes reads a heading's first line under a quote."""
    widths, quotes, texts, n = page.widths, page.quotes, page.texts, len(page.texts)
    ends = [(a, b) for a, b in zip(firsts, [*firsts[1:], n]) if a in quotes and b - a >= 2 and b < n]
    tails = [b - 1 for a, b in ends if (quote_ends_full_over(page, a, b - 1) or quote_clause_ends_over(page, a, b - 1))
             and b not in quotes and widths[b] >= page.cols[b] * SHORT_SHARE and not closes_quote_box(page, b - 1)]
    if not tails:
        return firsts
    starts = set(firsts)
    heads = [k for k in firsts if is_one_line_heading(page, k, starts)]
    bylines = sorted(page.bylines)
    moved = [k for k in tails if any(abs(widths[j] - widths[k]) <= 0.5 and not any(min(j, k) < y < max(j, k)
                                                                                    for y in bylines)
                                     for j in heads)]
    return sorted(starts.union(moved)) if moved else firsts


def closes_quote_box(page: Page, k: int) -> bool:
    """Whether line k, a pull quote's short last line, closes the quote's box: set right under the quote's line over
    it, with a blank line under it (■…拓展市场化社 / 会化就业渠道 / a blank line / the text). A heading is set right over
    its text; a blank line parts it from the text only where the page sets a blank line after every line, and then one
    parts it from the quote too (qa145)."""
    line_nos = page.line_nos
    return line_nos[k] == line_nos[k - 1] + 1 and k + 1 < len(line_nos) and line_nos[k + 1] > line_nos[k] + 1


def quote_ends_full_over(page: Page, a: int, k: int) -> bool:
    """Whether line k, the last of the pull quote opened at line a, is a short plain line under a line that fills the
    quote's column (see with_one_line_headings_under_quotes), four characters wide or more: a quote's last character
    or two (一体, 发展) are no heading's, whatever short heading (结语) the page has. In a quote column so narrow that a
    heading falls short of it by less than QUOTE_TAIL_SHORT (■县域经济强 / … / 准主导产业 / 时代方位, six wide), a line over
    it short of the column by QUOTE_LAST_LINE_SHORT ends the quote as well (qa145)."""
    widths, line = page.widths, page.texts[k]
    width = max(widths[a: k])
    return (not page.ends[k] and not P.CLAUSE_MARK.search(line) and " " not in line and k not in page.starts
            and widths[k] >= QUOTE_HEADING_MIN_WIDTH
            and (widths[k] < width - QUOTE_TAIL_SHORT or widths[k - 1] <= width - QUOTE_LAST_LINE_SHORT)
            and widths[k - 1] >= width - QUOTE_TAIL_SHORT
            and widths[k] < page.cols[k] * SHORT_SHARE)


def quote_clause_ends_over(page: Page, a: int, k: int) -> bool:
    """Whether line k, the last of the pull quote opened at line a, is a short plain line under the quote's real last
    line: a line that ends the clause begun after a comma on the line above it, short of the quote's widest line by
    QUOTE_TAIL_SHORT or more, with no mark at its end (■让数据多跑路， / 让群众少跑腿 / 优化服务供给 / the text: the
    parallel clause is the quote's end, a quote's inner line fills its column). Line k is as a tail in
    quote_ends_full_over: no clause mark, no sentence end, four characters wide or more, short in its column (qa97)."""
    if k - 2 < a:
        return False
    widths, texts, line = page.widths, page.texts, page.texts[k]
    width = max(widths[a: k])
    above = texts[k - 1]
    return (not page.ends[k] and not P.CLAUSE_MARK.search(line) and " " not in line and k not in page.starts
            and widths[k] >= QUOTE_HEADING_MIN_WIDTH and widths[k] < page.cols[k] * SHORT_SHARE
            and texts[k - 2][-1:] in P.CLAUSE_END_MARKS and not page.ends[k - 1]
            and above[-1:] not in P.CLAUSE_END_MARKS and not P.CLAUSE_MARK.search(above)
            and widths[k - 1] <= width - QUOTE_TAIL_SHORT)


def is_one_line_heading(page: Page, k: int, starts: set[int]) -> bool:
    """Whether block k is an unmarked one-line heading between a paragraph's end and the text: a short line, with no
    clause mark and no sentence end, under a line that ends a sentence and over a line of text."""
    widths, texts = page.widths, page.texts
    return (0 < k < len(texts) - 1 and k + 1 in starts and k not in page.quotes and k not in page.starts
            and k not in page.bylines and page.ends[k - 1] and not page.ends[k]
            and not P.CLAUSE_MARK.search(texts[k]) and " " not in texts[k]
            and widths[k] < page.cols[k] * SHORT_SHARE and widths[k + 1] >= page.cols[k + 1] * SHORT_SHARE
            and k + 1 not in page.quotes)


def text_width_under(page: Page, b: int) -> float:
    """The width of the text under line b: the wider of the two lines under it (the first may be indented, or end its
    paragraph). Where text set in a box narrower than its neighbours follows (数说… / 2025年，全省林下经济 / 经营面积达到
    2300万亩，), the window around line b still takes in the wider column, and only the lines under it show that b
    fills the box's column (qa39, session 11)."""
    widths = page.widths
    return max(widths[b + 1: b + 3])


def blocks(lines: list[str] | tuple[str, ...], markdown: bool = False) -> list[Block]:
    """Paragraph-level blocks of a document, in reading order; blank lines dropped. (Lines hold no
    newline, as normalised lines do.)"""
    page = Page.of(lines, markdown)
    if not page.texts:
        return page.folios
    texts, firsts = page.texts, first_lines(page)
    if page.quotes:
        firsts = with_one_line_headings_under_quotes(page, with_headings_under_quotes(page, firsts))
    stops = [*firsts[1:], len(texts)]
    # Without a Latin line break in the document, a block's text is its lines concatenated.
    join = joined if page.latin_breaks else "".join
    block_texts = [texts[i] if j == i + 1 else join(texts[i:j]) for i, j in zip(firsts, stops)]
    if any(map(contains, block_texts, repeat(" "))):       # (a C-level scan: most pages hold few spaces)
        block_texts = list(map(with_lone_alnums_unspaced, block_texts))
    # A byline line never continues into the next (joins), so only a one-line block starts with one.
    # (tuple.__new__ is Block._make without its Python-level length check: a C call a block.)
    fields = zip(block_texts, map(sub, stops, firsts), map(page.cols.__getitem__, firsts),
                 map(page.line_nos.__getitem__, firsts), map(page.bylines.get, firsts))
    found = list(map(tuple.__new__, repeat(Block), fields))
    # A page number goes after the block it interrupts (the sort is stable, and rare); a running head lifted from amid
    # a sentence goes to the top, a pull quote after the block holding its words (without_folios).
    if page.moved:
        return sorted(found + page.folios, key=lambda b: page.moved.get(b.line_no, b.line_no))
    return sorted(found + page.folios, key=itemgetter(3)) if page.folios else found


def with_boxes_after_cut_text(lines: list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
    """A plan's box (专栏2　… over its items, a blank line before and after it) printed where the page cut a paragraph
    mid-sentence (…开发自然教育、 / 专栏2 … / … / 民族文化、红色文化等…。): the paragraph goes on under the box, so the
    box's lines are moved after the sentence they cut, which then reads on (qa69). Only a line ending with a comma or an
    enumeration comma before the box, and a line under it that opens no block, are read so. (Normalised lines: no
    indent tells a paragraph's first line. Called only on a document whose text holds a box label (segment; a map over
    every document's lines costs too much); the last box is moved first, so the places of those before it hold. A page
    with a blank line after every line: spaced_boxes_after_cut_text.)"""
    labels = list(compress(count(), map(methodcaller("startswith", P.BOX_LABEL_PREFIX), lines)))
    if not labels:
        return lines
    line_nos = [k for k, t in enumerate(lines) if t.strip()]
    if not blank_lines_mean_breaks(line_nos, len(lines)):
        return spaced_boxes_after_cut_text(lines, line_nos)
    out = list(lines)
    for i in reversed(labels):
        if (before := line_cut_by_box(out, i)) is None:
            continue
        end = next((k for k in range(i, len(out)) if not out[k].strip()), len(out))
        rest = next(k for k in range(end, len(out)) if out[k].strip())
        stop = cut_sentence_end(out, rest)
        out[before + 1:stop] = [*out[rest:stop], "", *out[i:end], ""]
    return out


def spaced_boxes_after_cut_text(lines: list[str] | tuple[str, ...], line_nos: list[int]) -> list[str]:
    """with_boxes_after_cut_text on a page with a blank line after every line, where no blank line tells where the
    box ends: the box runs from its label over its numbered or bulleted items to the first line that opens no block
    under a line that ends a sentence (its last item's end). Each line moves with the blank lines under it, so the page
    keeps its layout."""
    chunks = [list(lines[k:n]) for k, n in zip(line_nos, [*line_nos[1:], len(lines)])]
    texts = [c[0] for c in chunks]
    for i in reversed([k for k, t in enumerate(texts) if t.startswith(P.BOX_LABEL_PREFIX)]):
        rest = next((k for k in range(i + 2, len(texts)) if texts[k - 1].rstrip()[-1:] in P.SENTENCE_END_MARKS
                     and not P.BLOCK_START_OR_DATE_LINE.match(texts[k])), None)
        if (i == 0 or rest is None or not ends_mid_clause(texts, i - 1)
                or not P.BLOCK_START_OR_DATE_LINE.match(texts[i + 1])      # items numbered or bulleted only
                or any(t.startswith(P.BOX_LABEL_PREFIX) for t in texts[i + 1:rest])):
            continue
        stop = cut_sentence_end(texts, rest)
        chunks[i:stop] = [*chunks[rest:stop], *chunks[i:rest]]
        texts[i:stop] = [*texts[rest:stop], *texts[i:rest]]
    return [*lines[:line_nos[0]], *chain.from_iterable(chunks)] if line_nos else list(lines)


def with_interleaved_boxes(lines: list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
    """A box of further reading (■相关链接 over a sentence or two) set beside an article's column and extracted line by
    line with it: under the label, right after a line that stops mid-clause, the article's lines and the box's
    alternate (…依法 / ■相关链接 / 保护企业…权益。 / 民营经济促进法…施行， / 营商环境…建立常态 / 是我国第一部…法律。 /
    化走访…). The alternation runs for the fewest pairs after which the box's line ends a sentence, every box line
    narrower than the article's column and every article line that goes on (ends no sentence) filling it: the
    article's lines are put back together, and the label and the box's lines moved after the sentence that ends the
    article's lines (qa90). A box on the writer (【作者简介】 over the writer's bio) is set so too (qa151). Each line moves
    with the blank lines under it. (The labels are found among the lines as they are, before the lists of the non-blank
    lines are built: most pages tried hold a label's word, few a label, sp25.)"""
    at = [j for j in interleaved_label_candidates(lines) if is_interleaved_box_label(lines[j].strip())]
    if not at:
        return lines
    line_nos = [k for k, t in enumerate(lines) if t.strip()]
    texts = [lines[k].strip() for k in line_nos]
    # (a label holds a word, so it is no blank line: each is among line_nos)
    labels = list(map({j: k for k, j in enumerate(line_nos)}.__getitem__, at))
    chunks = [list(lines[k:n]) for k, n in zip(line_nos, [*line_nos[1:], len(lines)])]
    for i in reversed(labels):
        if i == 0 or not ends_mid_clause(texts, i - 1) or (pairs := interleaved_pairs(texts, i)) is None:
            continue
        art, box = list(range(i + 1, i + 2 * pairs, 2)), list(range(i + 2, i + 2 * pairs + 1, 2))
        rest = i + 2 * pairs + 1
        stop = cut_sentence_end(texts, rest) if texts[art[-1]][-1:] not in P.SENTENCE_END_MARKS else rest
        order = [*art, *range(rest, stop), i, *box]
        chunks[i:stop] = [chunks[k] for k in order]
        texts[i:stop] = [texts[k] for k in order]
    return [*lines[:line_nos[0]], *chain.from_iterable(chunks)] if line_nos else list(lines)


def name_posts_under_profile_labels(texts: list[str], lasts: str) -> set[int]:
    """The lines that are the one line of a profile box under its label (作者简介 / 孟某 某大学教授、博士生导师: a name, a
    space, an institution and post, GUEST_NAME_POST_LINE): they end no sentence, yet no line under them goes on with them
    (a closing note or credit would be joined to the box, qa151). Only the lines under a line ending as a label does
    (PROFILE_HEADING_LAST), found by one scan of `lasts`, are tried."""
    return {k + 1 for k in lines_of(P.PROFILE_HEADING_LAST, lasts) if k + 1 < len(texts)
            and P.PROFILE_HEADING.match(texts[k].strip()) and P.GUEST_NAME_POST_LINE.match(texts[k + 1].strip())}


def interleaved_label_candidates(texts: list[str] | tuple[str, ...]) -> list[int]:
    """The lines that hold a word of a reading box's or a profile box's label (READING_BOX_LABEL_WORDS,
    PROFILE_BOX_LABEL_WORDS), ascending: every line is_interleaved_box_label accepts holds one. Each word is found by
    str.find in the lines joined (no word holds a newline), rather than tested line by line in Python (sp24)."""
    text = "\n".join(texts)
    return sorted({k for word in (*P.READING_BOX_LABEL_WORDS, *P.PROFILE_BOX_LABEL_WORDS)
                   for k in lines_at(text, occurrences(text, word))})


def is_interleaved_box_label(text: str) -> bool:
    """Whether a line labels a box that may be set beside an article's column (with_interleaved_boxes): further reading
    (■相关链接, READING_BOX_LABEL) or a profile of the writer or guest (【作者简介】, PROFILE_HEADING, qa151). A substring
    test of the labels' words comes first."""
    if any(map(text.__contains__, P.READING_BOX_LABEL_WORDS)):
        return P.READING_BOX_LABEL.match(text.lstrip(P.BOX_ITEM_BULLETS).strip()) is not None
    return any(map(text.__contains__, P.PROFILE_BOX_LABEL_WORDS)) and P.PROFILE_HEADING.match(text) is not None


def interleaved_pairs(texts: list[str], i: int) -> int | None:
    """How many (article line, box line) pairs follow the box label on line i (with_interleaved_boxes), if they do."""
    column = display_width(texts[i - 1])
    for pairs in range(1, INTERLEAVED_BOX_MAX_LINES + 1):
        if i + 2 * pairs + 1 >= len(texts):
            return None
        art, box = texts[i + 2 * pairs - 1], texts[i + 2 * pairs]
        if display_width(box) > column - FULL_LINE_SLACK or P.BLOCK_START_OR_DATE_LINE.match(box):
            return None
        if art[-1:] not in P.SENTENCE_END_MARKS and display_width(art) < column - FULL_LINE_SLACK:
            return None
        if box[-1:] in P.SENTENCE_END_MARKS:
            return pairs
    return None


def cut_sentence_end(lines: list[str], rest: int) -> int:
    """Where the rest of a sentence a box cut, from line `rest` on, stops: after the line that ends it, or before a
    blank line or a line that opens a block."""
    for k in range(rest, len(lines)):
        if k > rest and (not lines[k].strip() or P.BLOCK_START_OR_DATE_LINE.match(lines[k])):
            return k
        if lines[k].rstrip()[-1:] in P.SENTENCE_END_MARKS:
            return k + 1
    return len(lines)


def with_paper_notes_after_cut_text(lines: list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
    """A journal paper's first-page notes (收稿日期：… / 基金项目：… / 作者简介：…, FIRST_PAGE_NOTE_LINE), and the next page's
    running head under them, printed where the page cut a paragraph mid-clause (…组织激励指考核评价对数据共享的引 /
    收稿日期：… / 作者简介：… / 2025年第4期 公共治理研究 ·43· / 导作用。…): the paragraph goes on past them, so the notes and
    the head are moved after the sentence they cut, which then reads on, as a box is (with_boxes_after_cut_text; qa209).
    The notes are the lines set tight from the first one; the line before them must stop mid-clause among the text's
    lines (the notes, in smaller type, are wider), and the line after them (and the head) open no block. Called only on
    a document whose raw text holds a note's label (segment.lines_in_reading_order)."""
    out = list(lines)
    starts = [k for k, t in enumerate(out) if P.FIRST_PAGE_NOTE_LINE.match(t.strip())]
    for i in reversed(starts):
        if i - 1 in starts or (moved := paper_notes_cutting(out, i)) is None:
            continue
        before, end, rest = moved
        stop = cut_sentence_end(out, rest)
        out[before + 1:stop] = [*out[rest:stop], "", *[t for t in out[i:end] if t.strip()], ""]
    return out


def paper_notes_cutting(lines: list[str], i: int) -> tuple[int, int, int] | None:
    """For the run of first-page notes opening on line i (with_paper_notes_after_cut_text): the line they cut, the end
    of the notes and of a running head or page number under them, and the line that goes on with the cut one; None
    where the notes do not stand amid a sentence."""
    before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if before is None or not ends_mid_clause(lines[:i], before):
        return None
    end = next((j for j in range(i, len(lines)) if not lines[j].strip()), len(lines))
    rest = next((j for j in range(end, len(lines)) if lines[j].strip()), None)
    if rest is not None and is_running_head_or_folio(lines[rest].strip()):
        end = rest + 1
        rest = next((j for j in range(end, len(lines)) if lines[j].strip()), None)
    if rest is None or opens_block_after_notes(lines[rest].strip()):
        return None
    return before, end, rest


def opens_block_after_notes(line: str) -> bool:
    """Whether a line under a paper's first-page notes opens a block of its own: a marker, a date, a paper's section
    number over a short heading (4 结论), or another note."""
    return (P.BLOCK_START_OR_DATE_LINE.match(line) is not None or P.FIRST_PAGE_NOTE_LINE.match(line) is not None
            or line[:1] in P.DECIMAL_HEADING_INITIALS and P.SPACED_DECIMAL_HEADING_LINE.match(line) is not None)


def is_running_head_or_folio(line: str) -> bool:
    """Whether a line is a page's running head (a journal's, a newspaper's) or its number alone (— 3 —)."""
    return is_folio(line) or P.JOURNAL_PAGE_HEAD_LINE.match(line) is not None or is_page_head(line)


def line_cut_by_box(lines: list[str], k: int) -> int | None:
    """The line a plan's box labelled on line k (专栏…) cut mid-clause, when the box stands between it and the rest
    of its sentence (a line that opens no block), else None."""
    before = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
    if before is None or before == k - 1 or not ends_mid_clause(lines, before):
        return None
    end = next((j for j in range(k, len(lines)) if not lines[j].strip()), len(lines))
    rest = next((j for j in range(end, len(lines)) if lines[j].strip()), None)
    if rest is None or P.BLOCK_START_OR_DATE_LINE.match(lines[rest]) or lines[rest].startswith(P.BOX_LABEL_PREFIX):
        return None
    return before


def ends_mid_clause(lines: list[str], k: int) -> bool:
    """Whether line k stops mid-clause: at a comma, or mid-word at its column's edge (ending with a character of a
    word, about as wide as the widest of the lines around it, short of a first line's indent at most; a heading or a
    paragraph's short last line is not)."""
    line = lines[k].strip()
    if line[-1:] in P.MID_CLAUSE_LAST:
        return True
    if P.CUT_WORD_LAST.match(line[-1:]) is None:
        return False
    around = [display_width(t.strip()) for t in lines[max(0, k - P.CUT_LINE_NEIGHBOURS):k + P.CUT_LINE_NEIGHBOURS]]
    return display_width(line) >= max(around) - P.CUT_LINE_SLACK


def joined(parts: list[str]) -> str:
    """Wrapped lines joined: no space between CJK, one space where Latin words met at the break."""
    # One regex pass over the block (it finds the rare Latin breaks by their "\n") instead of a
    # test and a concatenation per line.
    text = P.NUMBER_SPLIT_AT_WRAP.sub(number_rejoined, "\n".join(parts))
    return P.LATIN_PUNCT_LINE_BREAK.sub(" ", P.LATIN_LINE_BREAK.sub(" ", text)).replace("\n", "")


def with_lone_alnums_unspaced(text: str) -> str:
    """A letter-spaced block with the spacing between its lone digits and Latin letters taken out (推 动 5 G 网 络 ->
    推 动 5G 网 络; SPACED_LONE_ALNUMS): rule 5 takes the spaces next to Chinese characters out later, but keeps the
    one between two Latin characters, which letter-spacing put there (qa216)."""
    # (Most blocks hold no match: SPACE_AFTER_LONE_ALNUM, the same matches found from their spaces at C speed, tells.)
    if " " not in text or not P.SPACE_AFTER_LONE_ALNUM.search(text):
        return text
    if is_letter_spaced(text):
        return P.SPACED_LONE_ALNUMS.sub(r"\1", text)
    # (a paragraph run on into a letter-spaced column: its spaced stretch only, qa229)
    return P.LETTER_SPACED_STRETCH.sub(alnums_unspaced, text)


def alnums_unspaced(stretch: re.Match[str]) -> str:
    """A letter-spaced stretch's lone digits and Latin letters set solid (see with_lone_alnums_unspaced), where most of
    its characters are Han (not a table row's one-character cells)."""
    text = stretch.group()
    if 4 * len(P.HAN_CHAR.findall(text)) < len(text) + 1:          # (len + 1: twice the characters)
        return text
    return P.SPACED_LONE_ALNUMS.sub(r"\1", text)


def number_rejoined(split: re.Match[str]) -> str:
    """The line break between two digits gone where the digits before it follow a Chinese character or mark (……赵宸宇等，
    202 / 1）): a number a Chinese line's wrap split is whole again; elsewhere (based on the 2021 / 2022 surveys) the
    break stays, for LATIN_LINE_BREAK to make a space."""
    text, at = split.string, split.start()
    while at and text[at - 1].isdigit():
        at -= 1
    return "" if at and P.CHINESE_CHAR_OR_MARK.match(text, at - 1) else "\n"


def opens_bracketed_contact(text: str) -> bool:
    """Whether a line opens a bracketed contact line (（联系人：…；电话：…）): like an author note it ends where its bracket
    closes, and the line under it (a published document's title) opens a block of its own (qa288)."""
    return text[:1] in "（(" and P.BRACKETED_CONTACT_OPENING.match(text) is not None


def opens_named_note(text: str) -> bool:
    """Whether a line opens with a signature whose author note runs on after the names (顾南星 沈一舟（作者分别系…), wrapped
    at the column's edge: the note then ends where its bracket closes, as one on a line of its own does (qa146)."""
    return any(w in text for w in P.NAMED_NOTE_OPENINGS) and P.NAMES_BEFORE_AUTHOR_NOTE.match(text) is not None
