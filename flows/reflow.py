"""Rule 6: join hard-wrapped lines into paragraphs, looking only at the document's own statistics.

Three line layouts occur in real inputs and are handled by one set of rules:
- a blank line after every line (PDF text extraction): blank lines carry no meaning;
- hard wraps without blank lines (theory pages): lines of one column share a width;
- one paragraph per line (web pages, Markdown): lines are long and of any width.

A line is joined to the next one when it ends mid-sentence and is as wide as its column, or when
it ends a sentence exactly at the column edge while the next line does not start a new block.
Column width is measured locally (a window of neighbouring lines), because a newspaper page mixes
columns of different widths.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows import patterns as P
from flows.bylines import byline

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


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit: one or more source lines joined."""

    text: str            # joined text, spaces as in the source (the segmenter collapses them)
    n_lines: int
    width: float         # the local column width around the block's first line
    line_no: int         # 0-based index of the first source line


def display_width(line: str) -> float:
    """Columns a line takes in print: CJK and full-width marks 1, ASCII 0.5, spaces 0."""
    stripped = line.replace(" ", "")
    ascii_count = len(stripped.encode("ascii", "ignore"))     # C speed: no per-character loop
    return len(stripped) - ascii_count * 0.5


def column_widths(widths: list[float]) -> list[float]:
    """For each line, the column width around it (upper quartile of the window's widths)."""
    windows = [sorted(widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]) for i in range(len(widths))]
    return [w[(len(w) * 3) // 4] if len(w) > 2 else w[-1] for w in windows]    # comprehensions: no per-line calls


def is_regular_column(widths: list[float], i: int, width: float) -> bool:
    """True where most neighbouring lines fill the same column: a real hard-wrapped layout."""
    window = widths[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW + 1]
    full = sum(1 for w in window if abs(w - width) <= 1.5)
    return width <= MAX_COLUMN_WIDTH and full * 2 >= len(window)


def ends_sentence(line: str) -> bool:
    return bool(P.SENTENCE_END.search(line))


def bracket_balance(line: str) -> int:
    """Opening minus closing brackets: above 0, the text stops inside a parenthesis."""
    return line.count("（") + line.count("【") - line.count("）") - line.count("】")


def starts_block(line: str) -> bool:
    """A line that opens a heading, a numbered item, a note or a quote never continues a paragraph."""
    return bool(P.BLOCK_START.match(line))


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank source line and what is known of it before any join is decided."""

    text: str
    width: float
    starts_block: bool       # opens a heading, item, note, quote or dated line
    is_byline: bool


@dataclass(frozen=True, slots=True)
class Gap:
    """What lies between two consecutive non-blank lines."""

    blank: bool              # a blank line, in a layout where blank lines mean something
    in_quote: bool           # the block being built is a pull quote (■ …)
    block_width: float       # the widest line of the block being built
    in_bracket: bool         # the block being built stops inside a parenthesis
    free_layout: bool        # the document puts one paragraph on each line (no hard wraps)


def joins(a: Line, b: Line, col: float, regular: Callable[[], bool], gap: Gap) -> bool:  # noqa: PLR0911
    """Should line `a` continue into line `b` in a column of width `col`?

    `regular` is asked only where the answer depends on it (it scans a window of lines).
    """
    wa, wb = a.width, b.width
    if b.starts_block or a.is_byline or b.is_byline:
        return False
    a, b = a.text, b.text
    if wa < col - 1 and P.HEADING_LINE.match(a):
        return False                      # a marked heading line that does not fill the column
    if gap.in_bracket:
        return True                       # a note or citation goes on until its bracket closes
    if gap.in_quote:
        # A pull quote runs to the next ■ or blank line, in its own narrow column.
        return not gap.blank and wb <= QUOTE_WIDENING * max(gap.block_width, 6.0)
    short = min(col * SHORT_SHARE, LONG_LINE)
    if ends_sentence(a):
        # A sentence that ends exactly at the column edge may go on: only in a real column.
        return not gap.blank and wa >= col - 0.5 and not ends_sentence(b) and wb >= col - 0.5 and regular()
    if wa < short:
        return False                      # a heading, a byline, a caption
    if gap.free_layout and wa < min(LONG_LINE, col - 1.5):
        return False                      # one paragraph per line: only a long or full line breaks off by accident
    if wb < short and not ends_sentence(b) and (gap.blank or not regular()):
        return False                      # a full line, then a heading
    return True


def is_free_layout(texts: list[str], widths: list[float]) -> bool:
    """One paragraph per line: few lines of text stop mid-sentence (in hard-wrapped text most do)."""
    body = [t for t, w in zip(texts, widths) if w >= MIN_TEXT_LINE]
    open_ended = sum(1 for t in body if not ends_sentence(t))
    return not body or open_ended < FREE_LAYOUT_SHARE * len(body)


def blank_lines_mean_breaks(lines: list[str] | tuple[str, ...]) -> bool:
    """False for the PDF layout with a blank line after (nearly) every line."""
    texts = [ln.strip() for ln in lines]
    filled = [i for i, t in enumerate(texts) if t]
    followed_by_blank = sum(1 for i in filled if i + 1 < len(texts) and not texts[i + 1])
    return not filled or followed_by_blank < 0.6 * len(filled)


def blocks(lines: list[str] | tuple[str, ...]) -> list[Block]:
    """Paragraph-level blocks of a document, in reading order; blank lines dropped."""
    numbered = [(i, t) for i, t in enumerate([ln.strip() for ln in lines]) if t]
    if not numbered:
        return []
    meaningful_blanks = blank_lines_mean_breaks(lines)
    texts = [t for _, t in numbered]
    widths = [display_width(t) for t in texts]
    cols = column_widths(widths)
    free = is_free_layout(texts, widths)
    info = [Line(t, w, starts_block(t) or bool(P.DATE_ONLY_LINE.match(t)), byline(t) is not None)
            for t, w in zip(texts, widths)]
    out: list[Block] = []
    start, depth, block_width = 0, bracket_balance(texts[0]), widths[0]
    in_quote = bool(P.PULL_QUOTE.match(texts[0]))      # of the block being built: tested once per block
    for k in range(1, len(texts) + 1):
        if k < len(texts):
            gap = Gap(blank=meaningful_blanks and numbered[k][0] > numbered[k - 1][0] + 1,
                      in_quote=in_quote,
                      block_width=block_width, in_bracket=depth > 0, free_layout=free)
            if joins(info[k - 1], info[k], cols[k - 1],
                     lambda i=k - 1: is_regular_column(widths, i, cols[i]), gap):
                depth += bracket_balance(texts[k])
                block_width = max(block_width, widths[k])
                continue
        part = texts[start:k]
        out.append(Block(text=joined(part), n_lines=len(part), width=cols[start], line_no=numbered[start][0]))
        start = k
        if k < len(texts):
            depth, block_width = bracket_balance(texts[k]), widths[k]
            in_quote = bool(P.PULL_QUOTE.match(texts[k]))
    return out


def joined(parts: list[str]) -> str:
    """Wrapped lines joined: no space between CJK, one space where Latin words met at the break."""
    text = parts[0]
    for nxt in parts[1:]:
        sep = " " if text[-1:].isascii() and text[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum() else ""
        text += sep + nxt
    return text
