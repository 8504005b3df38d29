"""Numbered measures: items of an enumeration, inline (一是……二是……) or one per paragraph (1、…).

Numbering is kept as written: gaps, repeats and lists that do not start at 1 are flagged, never
renumbered.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import NamedTuple

from flows import patterns as P


class Marker(NamedTuple):
    """A numbering marker (a named tuple, not a frozen dataclass: one is made per marker found, and a
    frozen dataclass sets each field through object.__setattr__)."""

    family: str          # the numbering grammar: shi, yao, qi, di, paren_arabic, circled, arabic, paren_cn, cn_dun, article,
                         # labelled (建议一：), enclosed_paren (⑴)
    ordinal: int
    marker: str          # as written
    start: int           # offset of the marker in the paragraph
    end: int             # offset just after the marker


# Where a marker starts (the sort key of a paragraph's markers; a C-level getter, no lambda frame).
MARKER_START = attrgetter("start")
# Each inline grammar's pattern by its name (a paragraph hinting at one grammar only, the usual case, is tried with it
# alone, with no pass over all the grammars).
INLINE_MARKER_PATTERNS = dict(P.INLINE_MARKERS)
# The grammars of items run in a paragraph's text (一是, 一要, 其一，, 第一，), whose lead phrase is their first clause
# (lead_phrase, qa277).
RUN_IN_FAMILIES = frozenset({"shi", "yao", "qi", "di"})
assert len(INLINE_MARKER_PATTERNS) == len(P.INLINE_MARKERS), "one pattern per grammar"
# The value of a numeral of one character (the usual 一是, （二）): what cn_number's loop gives it, looked up.
ONE_CHARACTER_NUMERALS = {**P.CN_DIGITS, "十": 10, "百": 100}


def cn_number(text: str) -> int | None:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23, 一百零五 -> 105; None if not a numeral."""
    if len(text) == 1:
        return ONE_CHARACTER_NUMERALS.get(text)
    if not text or any(ch not in P.CN_DIGITS and ch not in "十百" for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch == "百":
            total += (digit if digit is not None else 1) * 100
            digit = None
        elif ch == "十":
            total += (digit if digit is not None else 1) * 10
            digit = None
        elif ch in "零〇":
            digit = None                   # 一百零五: 零 only holds a place
        else:
            if digit is not None:          # 二三 is not a numeral
                return None
            digit = P.CN_DIGITS[ch]
    return total + (digit or 0)


def leading_marker(text: str) -> Marker | None:
    """A paragraph-initial item marker: 1、 1. （一） 第一条, 一、 before a run-in lead (the inline grammars are found
    by inline_markers)."""
    # Each pattern is tried only on a paragraph that starts with its first character (a decimal
    # digit, which is what \d matches in a str pattern, or an opening parenthesis): a regex call
    # costs more than the test, and most paragraphs start with neither.
    first = text[:1]
    if first.isdecimal() and (m := P.ITEM_ARABIC.match(text)):
        return Marker("arabic", int(m.group(1)), text[: m.end()].strip(), 0, m.end())
    if first.isdecimal() and (m := P.ITEM_ARABIC_BEFORE_DEADLINE.match(text)):
        return Marker("arabic", int(m.group(1)), text[: m.end()], 0, m.end())     # 4.6月底前建成… (qa157)
    if first in ("（", "(") and (m := P.ITEM_PAREN_CN.match(text)):
        n = cn_number(m.group(2))
        if n is not None:
            return Marker("paren_cn", n, m.group(1), 0, m.end())
    if first in ("（", "(") and (m := P.ITEM_PAREN_LATIN.match(text)):
        return Marker("paren_latin", ord(m.group(2)) - ord("a") + 1, m.group(1), 0, m.end())
    if first in ("（", "(") and (m := P.ITEM_PAREN_ROMAN.match(text)):
        return Marker("paren_roman", P.ROMAN_ORDINALS[m.group(2)], m.group(1), 0, m.end())     # (i) … (qa259)
    if first in P.CN_NUM and (m := P.ITEM_CN_RUN_IN.match(text) or P.ITEM_CN_SENTENCE.match(text)
                              or P.ITEM_CN_CLAUSE.match(text)):
        n = cn_number(m.group(1))
        if n is not None:
            return Marker("cn_dun", n, m.group(1) + "、", 0, m.end())
    if first in P.ITEM_ARTICLE_INITIALS and (m := article_match(text)):
        n = cn_number(m.group(2))
        if n is not None:
            return Marker("article", n, m.group(1), 0, m.end())
    if first in P.ITEM_LABELLED_INITIALS and (m := P.ITEM_LABELLED.match(text)):
        numeral = m.group(2)
        n = int(numeral) if numeral.isdecimal() else cn_number(numeral)
        if n is not None:
            return Marker("labelled", n, m.group(1), 0, m.end())
    return None


def article_match(text: str) -> re.Match | None:
    """The numbered article a text opens with, 第一条 or in brackets 【第一条】 (group 1 the marker, group 2
    its numeral), tried only on a text that starts with the pattern's first character."""
    first = text[:1]
    if first == "第":
        return P.ITEM_ARTICLE.match(text)
    if first == "【":
        return P.ITEM_ARTICLE_BRACKETED.match(text)
    return None


def inline_markers(text: str) -> list[Marker]:
    """Inline enumeration markers of a paragraph, in order of position."""
    if (first := P.INLINE_MARKER_HINTS.search(text)) is None:
        return []                          # most paragraphs hold no enumeration: one scan decides
    starts = marker_starts(text, P.INLINE_MARKER_HINTS.finditer(text, first.start()))
    if len(starts) == 1:                   # one grammar hinted (the usual case): its markers, in order, no overlaps
        [(family, at)] = starts.items()
        found = [mk for m in matches_at(INLINE_MARKER_PATTERNS[family], text, at)
                 if (mk := accepted_marker(family, m, text)) is not None]
        if family == "cn_dun":
            return with_first_dun_after_sentence_end(text, found)
        return with_glued_first_shi(text, found) if family == "shi" else found
    found = []
    for family, pattern in P.INLINE_MARKERS:
        if family not in starts:
            continue                       # no hint of this grammar: no marker of it either
        found += filter(None, (accepted_marker(family, m, text) for m in matches_at(pattern, text, starts[family])))
    # (One grammar's markers come in order of position, none overlapping the one before: matches_at resumes after
    # each match. Only markers of several grammars are sorted and their overlaps dropped.)
    if len(starts) > 1:
        found = dedupe_overlaps(sorted(found, key=MARKER_START))
    if "cn_dun" in starts:
        found = with_first_dun_after_sentence_end(text, found)
    # (a paragraph with no hint of 一是 holds no 一是-list whose first item could be glued)
    return with_glued_first_shi(text, found) if "shi" in starts else found


def accepted_marker(family: str, m: re.Match, text: str) -> Marker | None:
    """The marker a grammar's match in `text` is; None when it has no ordinal, or is a circled digit glued to a quoted
    term (“两重”②建设: a note's mark on the term, no item, qa192)."""
    if family == "circled" and m.start() and text[m.start() - 1] in P.NOTE_MARKED_TERM_ENDS:
        return None
    n = marker_ordinal(family, m)
    return None if n is None else Marker(family, n, m.group(0), m.start(), m.end())


def with_first_dun_after_sentence_end(text: str, found: list[Marker]) -> list[Marker]:
    """An inline 一、-list opened after a sentence end (…机制。一、以…；二、…；三、…): cn_dun takes 一、 only after a colon
    or semicolon (after a sentence end it may open a run-in heading), so the first marker found is 二、; the last 一、
    right after a sentence end before it, parted from it by one clause closed by a semicolon, opens the list (qa228)."""
    first = next((mk for mk in found if mk.family == "cn_dun"), None)
    if first is None or first.ordinal != 2:
        return found                       # the usual case: no 一、-list, or one that starts at its 一、
    at = text.rfind(P.FIRST_DUN, 0, first.start)
    if (at <= 0 or text[at - 1] not in P.FIRST_DUN_AFTER
            or not P.FIRST_DUN_GAP.fullmatch(text, at + len(P.FIRST_DUN), first.start)):
        return found
    opened = Marker("cn_dun", 1, P.FIRST_DUN, at, at + len(P.FIRST_DUN))
    return sorted([*found, opened], key=MARKER_START)


def with_glued_first_shi(text: str, found: list[Marker]) -> list[Marker]:
    """An enumeration whose 一是 runs on from the words before it (我们建议一是推动…；二是…；三是…): the first
    一是-family marker found is 二是, so its 一是 stood after no break; the last 一是 before it, in the same
    sentence and parted from it by a clause mark, opens the list, unless its 一 ends a word (统一是, 第一是)."""
    first = next((mk for mk in found if mk.family == "shi"), None)
    if first is None or first.ordinal != 2:
        return found                       # the usual case: no 一是-list, or one that starts at its 一是
    at = text.rfind(P.GLUED_FIRST_SHI, 0, first.start)
    if (at <= 0 or text[at - 1] in P.GLUED_FIRST_SHI_BEFORE_NOT
            or not P.GLUED_FIRST_SHI_GAP.fullmatch(text, at + len(P.GLUED_FIRST_SHI), first.start)):
        return found
    glued = Marker("shi", 1, P.GLUED_FIRST_SHI, at, at + len(P.GLUED_FIRST_SHI))
    return sorted([*found, glued], key=MARKER_START)


def marker_starts(text: str, hints: Iterator[re.Match]) -> dict[str, list[int]]:
    """Where each grammar's markers may start, ascending: at its hints (INLINE_MARKER_HINTS), or for
    the grammars hinted where their numeral ends (一是, 12.) where that numeral starts. A marker
    stands after a break or at the text's start, never after a numeral character, so its numeral
    is the whole run of numeral characters: one start per hint."""
    starts: dict[str, list[int]] = {}
    for hint in hints:
        family, at = hint.lastgroup or "", hint.start()     # (every hint names its grammar: never "")
        if family in ("shi", "yao"):       # hinted at the numeral's last character, before 是 or 要
            while at and text[at - 1] in P.CN_NUM:
                at -= 1
        elif family == "arabic":           # hinted at the mark after the digits
            while at and text[at - 1].isdecimal():      # what \d matches (a test checks)
                at -= 1
        elif family in ("cn_dun", "arabic_close"):     # hinted at the colon or semicolon before the numeral
            at += 1
        starts.setdefault(family, []).append(at)
    return starts


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern that can match only at `starts` (ascending): the first
    start at or after the last match's end that matches, as finditer takes the leftmost match from
    there. A match at a start is the one a scan finds there (look-behinds see the text before it);
    trying a few starts costs less than scanning the whole text for the grammar."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


def marker_ordinal(family: str, m) -> int | None:
    if family in ("shi", "yao", "cn_dun"):
        return cn_number(m.group(1))
    if family in ("qi", "di", "paren_cn"):
        return cn_number(m.group(2))
    if family == "paren_arabic":
        return int(m.group(2))
    if family in ("arabic", "arabic_close"):
        return int(m.group(1))
    if family == "circled":
        return P.CIRCLED_DIGITS.index(m.group(1)) + 1
    if family == "paren_roman":
        return P.ROMAN_ORDINALS[m.group(2)]
    if family == "enclosed_paren":
        return P.ENCLOSED_PAREN_DIGITS.index(m.group(1)) + 1     # ⑴ -> 1 (qa149)
    return None


def dedupe_overlaps(markers: list[Marker]) -> list[Marker]:
    out: list[Marker] = []
    for mk in markers:
        if out and mk.start < out[-1].end:
            continue
        out.append(mk)
    return out


def heading_title(line: str) -> str:
    """An item's heading line as its title, without the colon that leads into the body under it (2、引导企业转型升级：
    over the item's text): the colon is the line's lead-in, no part of the heading (qa135). (A last-character test.)"""
    return line[:-1].rstrip() if line[-1:] in P.HEADING_LEAD_IN_COLONS and len(line) > 1 else line


def lead_phrase(text: str, run_in_at: int | None = None) -> str | None:
    """An item's lead phrase: its run-in head before a colon, its first sentence if short, else its first clause if short.
    An item of a run-in grammar (一是, 一要, 其一，, 第一，: `run_in_at` is where its marker stands in its paragraph) set amid
    its paragraph's text (……可持续，一是算好经济账，政府补一点；二是…), or whose first sentence is a clause of a series
    ended by a semicolon, has no heading sentence: its lead phrase is its first clause, however short the item, as a
    longer one's is (qa277). (A substring test first: few items hold a colon.)"""
    if ("：" in text or ":" in text) and (m := P.LEAD_HEAD_BEFORE_COLON.match(text)):
        return m.group(1)
    if m := P.LEAD_SENTENCE.match(text):
        if (run_in_at is not None and (run_in_at > 0 or m.group(0)[-1] in P.CLAUSE_SEMICOLONS)
                and (clause := P.LEAD_CLAUSE.match(text))):
            return clause.group(1)
        return m.group(1)
    if m := P.LEAD_CLAUSE.match(text):
        return m.group(1)
    return None


def lead_phrase_within(text: str, bold_chars: int) -> str | None:
    """An item's lead phrase where its text opens with a bold run of `bold_chars` characters (1. **壮大老年用品制造** 依托…,
    its markup and space gone): the bold marks the lead, so the phrase ends with the bold at the latest, without the mark
    that may close it (qa226)."""
    lead = lead_phrase(text)
    if lead is not None and len(lead) <= bold_chars:
        return lead
    return text[:bold_chars].rstrip(P.BOLD_LEAD_END_MARKS) or lead


def parted_by_semicolons(text: str, found: list[Marker], last: Marker) -> bool:
    """Whether the items of a paragraph's inline list before its last item `last` are clauses parted by semicolons
    (一是…；二是…；三是…): the stretch from the list's first marker to the last one ends with a semicolon and holds no
    sentence end. Items that open with a sentence and go on after it (一要健全数据产权制度。探索…；二要…) may go on
    after their first sentence, the last one too (qa95)."""
    first = next((mk for mk in found if mk.family == last.family), last)
    if first is last:
        return False
    stretch = text[first.end:last.start].rstrip()
    return stretch.endswith(P.ITEM_SEMICOLONS) and not any(ch in P.LAST_ITEM_SENTENCE_ENDS for ch in stretch)


def last_item_end(item_text: str) -> int:
    """Where the last item of an inline list parted by semicolons ends (一是…；二是…；三是A。B。 -> after A。): at its first
    sentence end outside quotation marks; the sentences after it close the paragraph (qa95). The whole text when
    nothing follows that end."""
    depth = 0
    for k, ch in enumerate(item_text):
        if ch in P.QUOTE_OPENERS:
            depth += 1
        elif ch in P.QUOTE_CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in P.LAST_ITEM_SENTENCE_ENDS:
            return k + 1
    return len(item_text)


def numbering_note(previous: int | None, ordinal: int) -> str | None:
    """Why an item's number does not follow the previous one (None when it does)."""
    if previous is None:
        return None if ordinal == 1 else f"starts at {ordinal}"
    if ordinal == previous + 1:
        return None
    if ordinal == previous:
        return "repeat"
    if ordinal > previous + 1:
        missing = ", ".join(str(i) for i in range(previous + 1, min(ordinal, previous + 6)))
        return f"gap: {missing} missing"
    return f"goes back from {previous} to {ordinal}"
