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
document at once (`Page`), with maps over C-level string methods rather than a Python call per
line. Then one pass decides the joins: it skips at C speed over the lines `surely_joined` finds
(most lines of wrapped text), and asks `joins` about the others.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, mul, sub
from typing import NamedTuple

from flows import patterns as P
from flows.bylines import Byline, byline

# A window of this many lines on each side gives the local column width.
WIDTH_WINDOW = 4
# Lines narrower than this share of the column are headings, bylines or paragraph ends.
SHORT_SHARE = 0.7
# Wider than this many columns and the text is one paragraph per line, not a column.
MAX_COLUMN_WIDTH = 80.0
# A pull quote's lines stay within its column: a much wider line is body text again.
QUOTE_WIDENING = 2.0
# Lines narrower than this are headings or labels, not text, when telling layouts apart.
MIN_TEXT_LINE = 10.0
# Below this share of text lines stopping mid-sentence, a document puts one paragraph per line.
FREE_LAYOUT_SHARE = 0.3
# In one-paragraph-per-line text a line this wide that ends mid-sentence was split by accident.
LONG_LINE = 40.0

SENTENCE_MARKS = frozenset(P.SENTENCE_MARKS)     # a set: the empty string is not a member


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


def display_widths(texts: list[str]) -> list[float]:
    """display_width of each line (lines hold no newline): the same sum, with the ASCII characters
    of all lines found by one encode of the whole text, and spaces counted where there is ASCII."""
    ascii_parts = "\n".join(texts).encode("ascii", "ignore").split(b"\n")
    return [n - 0.5 * (a + part.count(b" ")) if a else float(n)
            for n, part, a in zip(map(len, texts), ascii_parts, map(len, ascii_parts))]


def upper_quartile(window: list[float] | tuple[float, ...]) -> float:
    """The value three quarters up the sorted window (its largest for one or two values)."""
    return sorted(window)[(len(window) * 3) // 4]


def column_widths(widths: list[float]) -> list[float]:
    """For each line, the column width around it (upper quartile of the window's widths)."""
    n, span = len(widths), 2 * WIDTH_WINDOW + 1
    if n <= span:
        return [upper_quartile(widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]) for i in range(n)]
    head = [upper_quartile(widths[: i + WIDTH_WINDOW + 1]) for i in range(WIDTH_WINDOW)]
    tail = [upper_quartile(widths[i - WIDTH_WINDOW:]) for i in range(n - WIDTH_WINDOW, n)]
    # The full windows in between: zip over shifted copies builds each window in C, and sorted
    # and itemgetter run on it without a Python call per line.
    windows = zip(*(widths[j: n - span + 1 + j] for j in range(span)))
    return head + list(map(itemgetter((span * 3) // 4), map(sorted, windows))) + tail


def is_regular_column(widths: list[float], i: int, width: float) -> bool:
    """True where most neighbouring lines fill the same column: a real hard-wrapped layout."""
    window = widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]
    full = sum(1 for w in window if abs(w - width) <= 1.5)
    return width <= MAX_COLUMN_WIDTH and full * 2 >= len(window)


def sentence_ends(texts: list[str]) -> list[bool]:
    """For each line, whether it ends a sentence: a sentence mark, then maybe closing quotes or brackets."""
    last_chars = map(itemgetter(slice(-1, None)), map(str.rstrip, texts, repeat(P.SENTENCE_CLOSERS)))
    return list(map(SENTENCE_MARKS.__contains__, last_chars))


def block_starts(texts: list[str]) -> list[bool]:
    """For each line, whether it opens a heading, a numbered item, a note, a quote or a dated line:
    such a line never continues a paragraph."""
    opens = [False] * len(texts)
    for k in compress(count(), map(P.LINE_OPENER_INITIAL.match, texts)):     # a cheap first test
        opens[k] = bool(P.BLOCK_START.match(texts[k]) or P.DATE_ONLY_LINE.match(texts[k]))
    return opens


def block_stops(texts: list[str], starts: list[bool]) -> list[bool]:
    """For each line, whether it closes its block whatever follows: a labelled front-matter line
    (来源：… 发布时间：… 作者：…) is one line of fields, and on a web page it is often long enough to
    pass for wrapped text; joining the article's first paragraph to it would hide that paragraph in
    the article's metadata."""
    # Only block openers can be such lines (BLOCK_START holds the labels): few lines are tested.
    return [s and bool(P.METADATA_FIELD_LINE.match(t)) for s, t in zip(starts, texts)]


def bylines_among(texts: list[str]) -> list[Byline | None]:
    """For each line, the byline it is, if any (byline() is asked only about the lines it does not
    reject at once)."""
    found: list[Byline | None] = [None] * len(texts)
    for k in [k for k, t in enumerate(texts) if len(t) <= P.BYLINE_MAX_CHARS
              and ("。" not in t and "，" not in t or t[0] in P.BYLINE_LABEL_INITIALS)]:
        found[k] = byline(texts[k])
    return found


def bracket_balance(line: str) -> int:
    """Opening minus closing brackets: above 0, the text stops inside a parenthesis."""
    return line.count("（") + line.count("【") - line.count("）") - line.count("】")


def open_brackets(texts: list[str]) -> list[int]:
    """For each line, the bracket balance of all lines before it: the lines from i to k - 1 leave
    open_brackets[k] - open_brackets[i] brackets open."""
    # Most lines hold no bracket: four substring tests are cheaper than four counts.
    balances = [bracket_balance(t) if "（" in t or "【" in t or "）" in t or "】" in t else 0 for t in texts]
    return list(accumulate(balances, initial=0))


def is_free_layout(widths: list[float], ends: list[bool]) -> bool:
    """One paragraph per line: few lines of text stop mid-sentence (in hard-wrapped text most do)."""
    body = list(compress(ends, map(MIN_TEXT_LINE.__le__, widths)))
    return not body or body.count(False) < FREE_LAYOUT_SHARE * len(body)


def blank_lines_mean_breaks(line_nos: list[int], n_lines: int) -> bool:
    """False for the PDF layout with a blank line after (nearly) every line.

    `line_nos` are the indexes of the non-blank lines among `n_lines` lines.
    """
    if not line_nos:
        return True
    steps = list(map(sub, line_nos[1:], line_nos))        # 1 where no blank line follows
    followed_by_blank = len(steps) - steps.count(1) + (line_nos[-1] + 1 < n_lines)
    return followed_by_blank < 0.6 * len(line_nos)


@dataclass(frozen=True, slots=True)
class Page:
    """The non-blank lines of a document and, for each, what is known of it before any join is decided."""

    texts: list[str]
    line_nos: list[int]          # index of each line among all lines, blank ones included
    widths: list[float]
    cols: list[float]            # the local column width
    ends: list[bool]             # ends a sentence
    starts: list[bool]           # opens a heading, item, note, quote or dated line
    stops: list[bool]            # closes its block: a labelled front-matter line (see block_stops)
    bylines: list[Byline | None]
    open_brackets: list[int]     # see open_brackets()
    meaningful_blanks: bool      # blank lines separate blocks (not the PDF layout)
    free_layout: bool            # the document puts one paragraph on each line (no hard wraps)

    @classmethod
    def of(cls, lines: list[str] | tuple[str, ...]) -> Page:
        stripped = list(map(str.strip, lines))
        texts = list(filter(None, stripped))
        line_nos = list(compress(count(), stripped))
        widths = display_widths(texts)
        ends = sentence_ends(texts)
        starts = block_starts(texts)
        return cls(texts, line_nos, widths, column_widths(widths), ends, starts, block_stops(texts, starts),
                   bylines_among(texts), open_brackets(texts), blank_lines_mean_breaks(line_nos, len(lines)),
                   is_free_layout(widths, ends))


def joins(page: Page, a: int, start: int, in_quote: bool, block_width: float) -> bool:  # noqa: PLR0911
    """Should line `a` continue into line a + 1? `start` is the first line of the block being built,
    `in_quote` whether that block is a pull quote (■ …), `block_width` its widest line."""
    b = a + 1
    if page.starts[b] or page.stops[a] or page.bylines[a] or page.bylines[b]:
        return False
    widths, col = page.widths, page.cols[a]
    wa, wb = widths[a], widths[b]
    if wa < col - 1 and P.HEADING_LINE.match(page.texts[a]):
        return False                      # a marked heading line that does not fill the column
    if page.open_brackets[b] > page.open_brackets[start]:
        return True                       # a note or citation goes on until its bracket closes
    blank = page.meaningful_blanks and page.line_nos[b] > page.line_nos[a] + 1
    if in_quote:
        # A pull quote runs to the next ■ or blank line, in its own narrow column.
        return not blank and wb <= QUOTE_WIDENING * max(block_width, 6.0)
    short = min(col * SHORT_SHARE, LONG_LINE)
    ends = page.ends
    if ends[a]:
        # A sentence that ends exactly at the column edge may go on: only in a real column.
        return (not blank and wa >= col - 0.5 and not ends[b] and wb >= col - 0.5
                and is_regular_column(widths, a, col))
    if wa < short:
        return False                      # a heading, a byline, a caption
    if page.free_layout and wa < min(LONG_LINE, col - 1.5):
        return False                      # one paragraph per line: only a long or full line breaks off by accident
    if wb < short and not ends[b] and (blank or not is_regular_column(widths, a, col)):
        return False                      # a full line, then a heading
    return True


def surely_joined(page: Page) -> list[bool]:
    """For each line b, True where `joins` answers yes for lines b - 1 and b whatever the block being
    built, pull quotes aside (False for line 0, and an extra last entry): neither line opens a block
    or is a byline, line b - 1 does not close its block (block_stops) and stops mid-sentence, is no short marked heading (a heading line is also
    a block opener) and is not short, and line b is not short or ends a sentence.

    Most lines of wrapped text are such: `first_lines` skips over them with list.index, at C speed.
    One-paragraph-per-line text has few lines, and `joins` decides each.
    """
    n = len(page.texts)
    if page.free_layout:
        return [False] * (n + 1)
    w, starts, bylines, ends = page.widths, page.starts, page.bylines, page.ends
    shorts = map(min, map(mul, page.cols, repeat(SHORT_SHARE)), repeat(LONG_LINE))   # as in joins
    plain = [not (sb or za or ba or bb or ea) and (wa >= col - 1 or not sa) and wa >= short and (wb >= short or eb)
             for sa, sb, za, ba, bb, ea, eb, wa, wb, col, short
             in zip(starts, starts[1:], page.stops, bylines, bylines[1:], ends, ends[1:], w, w[1:], page.cols, shorts)]
    return [False, *plain, False]


def first_lines(page: Page) -> list[int]:
    """Indexes of the lines that start a block."""
    texts, widths, n = page.texts, page.widths, len(page.texts)
    plain = surely_joined(page)
    firsts, start, b = [0], 0, 1
    block_width = widths[0]
    in_quote = bool(P.PULL_QUOTE.match(texts[0]))      # of the block being built: tested once per block
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
            in_quote = bool(P.PULL_QUOTE.match(texts[b]))
        b += 1
    return firsts


def blocks(lines: list[str] | tuple[str, ...]) -> list[Block]:
    """Paragraph-level blocks of a document, in reading order; blank lines dropped."""
    page = Page.of(lines)
    if not page.texts:
        return []
    firsts = first_lines(page)
    texts, cols, line_nos, bylines = page.texts, page.cols, page.line_nos, page.bylines
    return [Block(texts[i], 1, cols[i], line_nos[i], bylines[i]) if j == i + 1
            else Block(joined(texts[i:j]), j - i, cols[i], line_nos[i], None)
            for i, j in zip(firsts, [*firsts[1:], len(texts)])]


def joined(parts: list[str]) -> str:
    """Wrapped lines joined: no space between CJK, one space where Latin words met at the break."""
    # One regex pass over the block (it finds the rare Latin breaks by their "\n") instead of a
    # test and a concatenation per line.
    return P.LATIN_LINE_BREAK.sub(" ", "\n".join(parts)).replace("\n", "")
