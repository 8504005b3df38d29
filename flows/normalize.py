"""Character-level normalisation (contract rules 2-5) and script detection.

Pure functions over strings. Hot paths use str.translate and compiled patterns from
flows.patterns; Python loops run only over matches (punctuation runs, parentheses), never over
every character, and every pattern is linear-time.
"""
from __future__ import annotations

import bisect
import hashlib
import importlib.metadata
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from pathlib import Path

from flows import patterns as P
from flows import t2s
from flows.extract import RawDocument

# Script thresholds on the share of Traditional-only among one-script characters: a Simplified
# text quoting a few Traditional characters (a name, a book title) stays 'hans'.
HANT_SHARE = 0.8        # at or above: 'hant'
HANS_SHARE = 0.2        # at or below: 'hans'; between: 'mixed'
# Parenthesis pairs of one line searched for Han one by one; beyond this (nesting), one scan.
MAX_PAIRS_SEARCHED = 8
# Rounds of rule 4's parenthesis and mark steps on a line at most (settled_chinese_marks): each round that changes
# the line converts a mark beside one converted in the round before; two settle every line seen so far.
MARK_STEPS_MAX = 4


@dataclass(frozen=True, slots=True)
class NormalizedDocument:
    raw: RawDocument
    script: str                 # 'hans' | 'hant' | 'mixed' | 'none' (detected on the raw text)
    lines: tuple[str, ...]      # rules 1-4 + 7-prep applied per line; spaces NOT yet collapsed


# ---------------------------------------------------------------- script (rule 2)

def _dictionary_dir() -> Path:
    import opencc
    return Path(opencc.__file__).parent / "dictionary"


@lru_cache(maxsize=None)
def _one_script_characters(name: str) -> frozenset[str]:
    """Characters whose every conversion in dictionary `name` differs from themselves. (Each
    dictionary is read when first needed: most texts need the Traditional one only.)"""
    chars = set()
    for line in (_dictionary_dir() / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values and key not in values.split():
            chars.add(key)
    return frozenset(chars)


def _script_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only, Simplified-only) characters per OpenCC's own character tables."""
    return _one_script_characters("TSCharacters.txt"), _one_script_characters("STCharacters.txt")


def _character_class(chars: Iterable[str]) -> str:
    """A regex class '[…]' of the BMP characters among chars (a class with characters beyond the BMP
    is tested character by character). Runs of consecutive code points are spelt as ranges: the same
    set, parsed in a third less time (compiling these classes is most of this module's setup)."""
    codes = sorted(ord(c) for c in chars if ord(c) < 0x10000)
    runs = [[code, code] for code in codes[:1]]
    for code in codes[1:]:
        if code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))
                         for first, last in runs) + "]"


def _runs_of(char_class: str) -> re.Pattern:
    """A run of the class's characters. Spelt '[…][…]*', not '[…]+': a pattern that starts with a class
    is scanned for at C speed, one that starts with a repetition is tried at every position."""
    return re.compile(char_class + char_class + "*")


# What the whole-text steps with_enclosed_numerals_spelt and with_bars_and_no_edge_emoji look for in the BMP, as the body
# of a character class: ENCLOSED_NUMERAL_CHAR's own class, and _BAR_OR_EMOJI_CHAR's (丨, the pointer arrows' runs' first
# characters, LINE_EMOJI_BMP_CHARS). _marked_characters finds these too: a text's marked characters are all it holds of
# them, so _normalized_nfc_lines asks those steps only of a text whose marked characters hold one (most hold none) and
# the one scan that looks for Traditional characters anyway spares each step its scans of the whole text.
_BAR_OR_EMOJI_CHAR = re.compile("[" + re.escape("丨" + "".join(run[0] for run in P.POINTER_ARROW_RUNS)
                                                + P.LINE_EMOJI_BMP_CHARS + P.BOX_SIDE_CHARS) + "]")
assert all(re.fullmatch(r"\[[^\[\]^][^\[\]]*\]", p.pattern) for p in (P.ENCLOSED_NUMERAL_CHAR, _BAR_OR_EMOJI_CHAR)), \
    "one plain class each, whose body can join another class"
_STEP_CLASS_BODY = P.ENCLOSED_NUMERAL_CHAR.pattern[1:-1] + _BAR_OR_EMOJI_CHAR.pattern[1:-1]
# The marked characters that are no Traditional-only ones (script_of does not count them).
_NOT_TRADITIONAL_CHAR = re.compile(P.CHARACTER_TABLE_KEY.pattern[:-1] + _STEP_CLASS_BODY + "]")
assert P.CHARACTER_TABLE_KEY.pattern[:1] == "[" and P.CHARACTER_TABLE_KEY.pattern[-1:] == "]"


@lru_cache(maxsize=1)
def _marked_class() -> str:
    """The characters _marked_characters finds: Traditional-only ones, CHARACTER_TABLE_KEY's and those of
    _STEP_CLASS_BODY (none of which is a Traditional-only one: script_of counts all but CHARACTER_TABLE_KEY's as such)."""
    table_keys = {chr(key) for key in P.CHARACTER_TABLE if key != ord("\n")}    # CHARACTER_TABLE_KEY's
    traditional = _one_script_characters("TSCharacters.txt")
    steps = re.compile(f"[{_STEP_CLASS_BODY}]")
    assert not any(map(steps.match, traditional - table_keys)), "a step's character counts for no script"
    return _character_class(traditional | table_keys)[:-1] + _STEP_CLASS_BODY + "]"


@lru_cache(maxsize=1)
def _marked_character() -> re.Pattern:
    """One of the marked characters: what tells whether a text has any (most have none)."""
    return re.compile(_marked_class())


@lru_cache(maxsize=1)
def _marked_runs() -> re.Pattern:
    """Runs of marked characters: findall of runs finds them at C speed, ~3x faster than
    str.translate, and where they are dense (Traditional text) it makes one match and one string
    per run, not per character. Compiled only once a text has one (its class is spelt twice)."""
    return _runs_of(_marked_class())


@lru_cache(maxsize=1)
def _simplified_only_runs() -> re.Pattern:
    """Runs of Simplified-only characters: compiled only once a text holds Traditional ones (a
    Simplified corpus never needs it, and compiling the large class takes some milliseconds)."""
    return _runs_of(_character_class(_one_script_characters("STCharacters.txt")))


def _marked_characters(text: str) -> str:
    """The text's characters that are Traditional-only (in the BMP) or keys of CHARACTER_TABLE
    (but the newline), in order: usually none, which one search for a single one tells (its
    pattern compiles in half the time of the runs'). One scan finds what both the script and rule 3
    look for (the two sets are disjoint: Han and not Han), as fast as a scan for either."""
    found = _marked_character().search(text)
    return "".join(_marked_runs().findall(text, found.start())) if found else ""


def script_of(text: str) -> str:
    """'hans', 'hant', 'mixed', or 'none' (no Han characters) for a whole text."""
    # NFC first: compatibility ideographs (U+F900…) become the unified characters OpenCC knows.
    text = unicodedata.normalize("NFC", text)
    return _script_of_nfc(text, _marked_characters(text))


def _script_of_nfc(text: str, marked: str) -> str:
    """script_of for a text in NFC (which has Han characters exactly where its source has them:
    HAN holds the compatibility ideographs that NFC replaces), given its _marked_characters."""
    if not P.HAN_CHAR.search(text):
        return "none"
    if t2s.has_astral(text):
        counts = Counter(text)
        traditional, simplified_only = _script_characters()
        n_trad = sum(n for c, n in counts.items() if c in traditional)
        n_simp = sum(n for c, n in counts.items() if c in simplified_only)
    else:
        # The marked characters are the Traditional-only ones and the few table keys.
        n_trad = len(marked) - len(_NOT_TRADITIONAL_CHAR.findall(marked))
        # Simplified-only characters matter only beside Traditional ones: most texts skip this pass.
        n_simp = sum(map(len, _simplified_only_runs().findall(text))) if n_trad else 0
    if n_trad == 0:
        return "hans"       # also when no character is specific to either script
    share = n_trad / (n_trad + n_simp)
    if share >= HANT_SHARE:
        return "hant"
    return "hans" if share <= HANS_SHARE else "mixed"


def simplified(text: str, script: str) -> str:
    """Text in Simplified script: OpenCC t2s phrase conversion for 'hant'/'mixed' only."""
    if script not in ("hant", "mixed"):
        return text
    return t2s.t2s(text)     # identical to opencc.OpenCC("t2s").convert(text), much faster


def converter_version() -> str:
    """Package version plus a digest of the t2s dictionaries and our converter's version (flows.t2s
    reproduces the package's t2s): changes when conversions may."""
    digest = hashlib.sha256()
    for name in ("TSPhrases.txt", "TSCharacters.txt", "STCharacters.txt"):
        digest.update((_dictionary_dir() / name).read_bytes())
    version = importlib.metadata.version("opencc-python-reimplemented")
    return f"opencc-python-reimplemented {version} t2s:{digest.hexdigest()[:12]} zhpolicy-t2s/{t2s.T2S_VERSION}"


# ---------------------------------------------------------------- characters (rules 3-4)

# CHARACTER_TABLE for a whole text: the same, except that newlines stay; as a list over the BMP
# (str.translate indexes it, about twice as fast as a dict; the table has no key beyond the BMP).
assert max(P.CHARACTER_TABLE) < 0x10000
_TEXT_TABLE: list[int | None] = list(range(0x10000))
for _key, _value in P.CHARACTER_TABLE.items():
    if _key != ord("\n"):
        _TEXT_TABLE[_key] = _value
del _key, _value


def with_enclosed_numerals_spelt(text: str) -> str:
    """㈠ -> （一）, ⒈ -> 1.: the enclosed numerals of a word processor's numbering spelt out (ENCLOSED_NUMERAL_SPELLINGS,
    qa149); the text itself where it holds none (one scan decides, as for CHARACTER_TABLE)."""
    return text.translate(P.ENCLOSED_NUMERAL_SPELLINGS) if P.ENCLOSED_NUMERAL_CHAR.search(text) else text


def normalized_line(line: str) -> str:
    """One line after rules 3-4; spaces between CJK stay (the segmenter reads bylines by them)."""
    line = unicodedata.normalize("NFC", with_enclosed_numerals_spelt(line).translate(P.CHARACTER_TABLE))
    line = with_bars_and_no_edge_emoji(line)
    line = P.SPACE_RUN.sub(" ", line).strip(" ")
    if "．" in line:
        line = with_decimal_numbers_half_width(line)
    if not P.HAN_CHAR.search(line):
        return chinese_parentheses(line) if closes_wrapped_citation(line) else line
    return _marks_after_embedded_words(settled_chinese_marks(line))


def with_bars_and_no_edge_emoji(text: str) -> str:
    """A line, or a text of lines, with 丨 after a field's label or a section's number read as the bar ｜ (来源丨某某) and
    the emoji and runs of down arrows at each line's edges removed (👇往期推荐👇, 一起来看↓↓↓: no words of the line), as
    rule 3's character steps leave it (qa110, qa242). Both patterns work line by line, so the whole text and each line
    alone come out alike. (A substring test and one scan first, or a test for each emoji in the BMP where the text has
    no other: most texts hold neither.) A box's side edges drawn in box-drawing characters (│名词解释　　│) leave each
    line's edges too (BOX_SIDE_EDGE, qa277)."""
    if any(map(text.__contains__, P.BOX_SIDE_CHARS)):
        text = P.BOX_SIDE_EDGE.sub(r"\1", text)
    if "丨" in text:
        text = P.LABEL_RADICAL_BAR.sub(r"\1｜", text)
    if any(map(text.__contains__, P.POINTER_ARROW_RUNS)) or (
            P.LINE_EMOJI_CHAR.search(text) if t2s.has_astral(text) else any(map(text.__contains__, P.LINE_EMOJI_BMP_CHARS))):
        text = P.LINE_EDGE_EMOJI.sub(P.LINE_EDGE_EMOJI_KEPT, text)
    return text


def closes_wrapped_citation(line: str) -> bool:
    """Whether a line without Han characters holds a half-width closing bracket before a Chinese mark (2021)。): the
    tail of a citation that a hard wrap split (（王馨、王营， / 2021)。). Its bracket closes Chinese text, so rule 4
    converts it, where the line's other marks have no Chinese text beside them to go by."""
    return ")" in line and P.CHINESE_MARK_AFTER_CLOSER.search(line) is not None


def _closes_wrapped_bracket(line: str, at: int) -> bool:
    """Whether the unmatched ')' at `at` closes a bracket opened on the line above (2021)。 under ……（王馨、王营，): the
    line's first bracket, before a Chinese mark. (One after a bracket of its own line, 2(3), in a link, is not.)"""
    return (line[at] == ")" and P.CHINESE_MARK_AFTER_CLOSER.match(line, at + 1) is not None
            and "(" not in line[:at] and "（" not in line[:at])


def chinese_parentheses(line: str) -> str:
    """Half-width ( ) around or beside Chinese text as full-width （ ）, pair by pair.

    A matched pair converts when its content holds Han or a Han character stands beside it;
    an unmatched parenthesis converts when a Han character stands beside it, and an unmatched closing one
    when a Chinese mark follows it (王营，/ 2021)。: a citation wrapped across two lines). Links are skipped.
    """
    if "(" not in line and ")" not in line:
        return line
    opened, pairs, single = [], [], []
    for match in _with_links(line, P.LINK_OR_PAREN, P.PAREN).finditer(line):
        if match.group("paren") == "(":
            opened.append(match.start())
        elif match.group("paren") == ")" and opened:
            pairs.append((opened.pop(), match.start()))
        elif match.group("paren") == ")":
            single.append(match.start())
    single += opened
    if not pairs and not single:
        return line
    han_between = _han_finder(line, len(pairs))
    chars = list(line)
    for start, end in pairs:
        if han_between(start, end) or _han_beside(line, start, end) or _chinese_mark_beside(line, start, end):
            chars[start], chars[end] = "（", "）"
    for at in single:
        if _han_beside(line, at, at) or _closes_wrapped_bracket(line, at):
            chars[at] = "（" if line[at] == "(" else "）"
    return "".join(chars)


def _han_finder(line: str, n_pairs: int) -> Callable[[int, int], bool]:
    """A test 'is there a Han character strictly between these two positions of line?'.

    A few pairs are searched one by one (most lines have one or two, and listing every Han
    position of a long line costs more); many pairs may nest, and searching each would rescan the
    line, so they look positions up in one list of the line's Han characters.
    """
    if n_pairs <= MAX_PAIRS_SEARCHED:
        return lambda start, end: P.HAN_CHAR.search(line, start + 1, end) is not None
    han = [m.start() for m in P.HAN_CHAR.finditer(line)]

    def listed(start: int, end: int) -> bool:
        index = bisect.bisect_right(han, start)
        return index < len(han) and han[index] < end
    return listed


def _neighbour(line: str, at: int, step: int) -> str:
    """The character beside position at (step -1: before, +1: after), looking past Markdown emphasis
    marks and then one space. (Rule 4 runs before rule 7 takes the markup out: the colon of **嘉宾**: stands
    beside Chinese text once the asterisks are gone, and so converts.)"""
    at += step
    while 0 <= at < len(line) and line[at] == "*":
        at += step
    if 0 <= at < len(line) and line[at] == " ":
        at += step
    return line[at] if 0 <= at < len(line) else ""


def _han_beside(line: str, start: int, end: int) -> bool:
    return any(P.HAN_CHAR.match(c) for c in (_neighbour(line, start, -1), _neighbour(line, end, 1)))


def _chinese_mark_beside(line: str, start: int, end: int) -> bool:
    """Whether the pair holds Latin words and Chinese punctuation stands right before its opening parenthesis or right
    after its closing one (「…」(Latin words)，): the pair is in Chinese text though no Han character stands beside it
    (qa147). A number in brackets keeps its own (电话：(02)2316-5300)."""
    return (((start > 0 and line[start - 1] in P.CHINESE_MARKS_BEFORE_OPENER)
             or P.CHINESE_MARK_AFTER_CLOSER.match(line, end + 1) is not None)
            and P.LATIN_LETTER.search(line, start + 1, end) is not None)


def _closes_chinese_quote(line: str, at: int) -> bool:
    """Whether the mark at `at` follows a straight quote that closes Chinese words (推行"链长制"?), or
    a quote that holds some ("冰雪+".第一): such a quote is Chinese text's closing quote, typed
    half-width like the mark after it."""
    if at < 2 or line[at - 1] != '"':
        return False
    if P.HAN_CHAR.match(line[at - 2]):
        return True
    opening = line.rfind('"', 0, at - 1)
    return opening >= 0 and P.HAN_CHAR.search(line, opening + 1, at - 1) is not None


def chinese_punctuation(line: str) -> str:
    """Half-width , . ; : ? ! beside Chinese text as ， 。 ； ： ？ ！ (links, numbers, Latin keep theirs)."""
    if not P.HALF_WIDTH_PUNCT.search(line):
        return line
    return _with_links(line, P.LINK_OR_PUNCT_RUN, P.PUNCT_RUN).sub(_punctuation_run, line)


def _with_links(line: str, with_links, without_links):
    """The pattern that skips links, or its link-free twin (several times faster) when the line
    cannot hold a link; both give the same matches there."""
    return with_links if P.LINK_HINT.search(line) else without_links


def _chinese_before(line: str, found: re.Match[str] | None) -> bool:
    """Whether a number or citation found right before a mark (P.NUMBER_BEFORE, P.CITATION_BEFORE) follows Chinese
    text, or a percentage (a citation's: 40%[1].): then a full stop after it at the line's end is a Chinese
    sentence's (年均增长15%. / 关注不足[1].), where after 'grew by 2.6%.' or 'see [1].' it is Latin text's."""
    if found is None or found.start() == 0:
        return False
    before = _neighbour(line, found.start(), -1)      # (past a space: 达到 89%.)
    return bool(P.LEFT_OF_CHINESE_PUNCT.match(before)) or before in P.PERCENT_SIGNS and _chinese_before(
        line, P.NUMBER_BEFORE.search(line, 0, found.start() - 1))


def _closes_chinese_percentage(line: str, at: int) -> bool:
    """Whether the mark at `at` follows a percentage whose number follows Chinese text (比例约为12%, / 增长6.8%,2025年):
    the mark is that Chinese sentence's, at the line's end or before a number too."""
    return at > 1 and line[at - 1] in P.PERCENT_SIGNS and _chinese_before(line, P.NUMBER_BEFORE.search(line, 0, at - 1))


def _after_footnote_mark(line: str, start: int) -> bool:
    """Whether the mark at `start` follows a circled footnote mark that follows Chinese text (…开展预警②. at a line's
    end, …预警②.但): a Chinese sentence's full stop, as after a numeric citation (关注不足[1].); 'see ①.' keeps its own."""
    return start >= 2 and line[start - 1] in P.CIRCLED_DIGITS and bool(P.LEFT_OF_CHINESE_PUNCT.match(line[start - 2]))


def _opens_sentence(line: str, at: int) -> bool:
    """Whether a numbered item, a date or a capitalised Latin word set in Chinese text opens a sentence at `at`
    (…改革.1、推行 / …活动.7月以来 / …不充分.CA机构), outside a reference entry (P.SENTENCE_OPENING,
    P.DOCUMENT_TYPE_CODE)."""
    return P.SENTENCE_OPENING.match(line, at) is not None and not P.DOCUMENT_TYPE_CODE.search(line)


def _punctuation_run(match) -> str:
    run = match.group("run")
    if run is None:
        return match.group(0)       # a URL or e-mail address
    line, start, end = match.string, match.start(), match.end() - 1
    before, after = _neighbour(line, start, -1), _neighbour(line, end, 1)
    chinese_before = bool(before) and (bool(P.LEFT_OF_CHINESE_PUNCT.match(before)) or _closes_chinese_quote(line, start)
                                       or _closes_chinese_percentage(line, start))
    chinese_after = bool(after) and bool(P.RIGHT_OF_CHINESE_PUNCT.match(after))
    if "." in run:
        # A full stop ends a Chinese sentence only after Chinese text, or after a percentage before it
        # (提高到91.4%.但…): '1.引言', '3.5', 'achie.org', a reference's 国家能源局.2024年…[R] and
        # ellipses '...' keep theirs.
        after_chinese = chinese_before and not (after and P.ASCII_ALNUM.match(after)
                                                and not _opens_sentence(line, end + 1))
        # (what follows: Chinese text, the line's end, or a number, date or Latin word opening a Chinese sentence)
        ends_chinese = chinese_after or not after or _opens_sentence(line, end + 1)
        # (a percentage whose number follows Chinese text counts as Chinese before: _closes_chinese_percentage)
        after_percentage = before in P.PERCENT_SIGNS and chinese_after
        after_citation = before == "]" and ends_chinese and _chinese_before(line, P.CITATION_BEFORE.search(line, 0, start))
        if ".." in run or not (after_chinese or after_percentage or after_citation
                               or ends_chinese and _after_footnote_mark(line, start)):
            return run
        if chinese_after and P.DOCUMENT_TYPE_CODE.search(line):
            return run              # 汤某.数字乡村…[J].: a reference entry's author and title, parted by GB/T 7714's '.' (qa233)
        return run.translate(P.HALF_TO_FULL_PUNCT)
    if chinese_before or chinese_after or _after_superscript_mark(line, start):
        return run.translate(P.HALF_TO_FULL_PUNCT)
    return run


def _after_superscript_mark(line: str, start: int) -> bool:
    """Whether the mark at `start` follows a superscript footnote mark that follows Chinese text (…资源管道³, at a line's
    end, where a page break cut the sentence): the Chinese sentence's mark, as one right after the Han would be (qa147)."""
    return (start >= 2 and line[start - 1] in P.SUPERSCRIPT_DIGITS
            and bool(P.LEFT_OF_CHINESE_PUNCT.match(line[start - 2])))


# ---------------------------------------------------------------- spaces (rule 5)

# (the characters _has_space tests for by substring tests: SPACE_GAP's class)
assert P.SPACE_GAP.pattern == "[ \t\u3000]+"


def _has_space(text: str) -> bool:
    """Whether text holds a character of SPACE_GAP (three substring tests beat one regex scan)."""
    return " " in text or "\t" in text or "\u3000" in text


def collapsed_spaces(text: str) -> str:
    """Rule 5: remove spaces between CJK/CJK, CJK/punct, CJK/Latin-or-digit; keep single Latin spaces."""
    if not _has_space(text):
        return text                       # most lines have no space at all: skip the regex
    # Most runs are one space beside Chinese text: gone at C speed first (removing a run changes
    # no other run's neighbours), so the Python callback sees only the rest; and most texts have
    # no space left then, so the scan for runs (a slow character class) is skipped too. Where every
    # space is such a lone one (usual: spaced-out characters, numbers set off by spaces), removing
    # them is removing every space: one str.replace, not a substitution that splices match by match.
    if P.SPACE_NOT_LONE_BESIDE_CHINESE.search(text):
        text = P.LONE_SPACE_BESIDE_CHINESE.sub("", text)
    else:
        text = text.replace(" ", "")
    return P.SPACE_GAP.sub(_space_gap, text) if _has_space(text) else text


def _space_gap(match) -> str:
    """A space run removed ('') or kept: looks at its two neighbours only, which is several
    times faster than look-behinds tried at every position of the text."""
    text, start, end = match.string, match.start(), match.end()
    if start == 0 or end == len(text):
        return ""                         # at the start or end of the text
    before, after = text[start - 1], text[end]
    if before == "\n" or after == "\n":
        return ""                         # at the start or end of a line
    if P.CHINESE_TEXT_CHAR.match(before) and not after.isspace():
        return ""
    if P.CHINESE_TEXT_CHAR.match(after) and not before.isspace():
        return ""
    return match.group()


# ---------------------------------------------------------------- documents

def normalized_lines(text: str, script: str) -> tuple[str, ...]:
    """The text's lines after rules 2-4: `normalized_line` on each line, with its character steps
    done once on the whole text (none of them crosses or touches a newline)."""
    text = unicodedata.normalize("NFC", text)
    return _normalized_nfc_lines(text, script, _marked_characters(text))


def _normalized_nfc_lines(text: str, script: str, marked: str) -> tuple[str, ...]:
    """normalized_lines for a text in NFC already, given its _marked_characters."""
    nfc, converted = text, simplified(text, script)
    # (a text that t2s left as it was holds an enclosed numeral where its marked characters do: _STEP_CLASS_BODY)
    if converted is not text or P.ENCLOSED_NUMERAL_CHAR.search(marked):
        converted = with_enclosed_numerals_spelt(converted)
    # A regex scan is ~10x faster than translate; an unconverted text's table keys are all marked.
    if P.CHARACTER_TABLE_KEY.search(marked if converted is text else converted):
        converted = converted.translate(_TEXT_TABLE)
    # Converting or translating may undo NFC; an untouched text is in NFC still (even checking costs a scan).
    text = text if converted is text else unicodedata.normalize("NFC", converted)
    if "．" in text:                            # (a substring test: most texts have no full-width stop)
        text = with_decimal_numbers_half_width(text)
    # (a text that no step changed so far holds 丨, an arrow or an emoji of the BMP where its marked characters do)
    if text is not nfc or _BAR_OR_EMOJI_CHAR.search(marked) or t2s.has_astral(text):
        text = with_bars_and_no_edge_emoji(text)
    # (Each step only where its pattern is found: a search for a literal of two characters scans a text of Chinese
    # several times faster than a substring test for it, or than str.replace, which scans as that test does.)
    if P.SPACE_RUN.search(text):
        text = P.SPACE_RUN.sub(" ", text)
    # Space runs are single spaces now, so stripping every line is two replacements.
    if P.SPACE_BEFORE_NEWLINE.search(text):
        text = text.replace(" \n", "\n")
    if P.SPACE_AFTER_NEWLINE.search(text):
        text = text.replace("\n ", "\n")
    text = text.strip(" ")
    if "第" in text:                              # (a substring test: some texts have no 第 at all)
        text = P.SPACED_CHAPTER_MARKER.sub(_marker_despaced, text)
    # (the marks after embedded words last, on both paths: what they stand before is decided by then)
    return tuple(_marks_after_embedded_words(_with_chinese_marks(_lone_marks_beside_han(_paren_pairs_beside_han(text))))
                 .split("\n"))


def with_cell_rests_in_cells(text: str) -> str:
    """The text with each table cell's rest, wrapped onto an indented line of its own under the row, put back at the
    end of the cell its indent meets (P.CELL_REST_LINE, qa274); the lines of the rests leave. A line may hold the
    rests of several cells, each under its own; a rest under another rest goes to the row over both. Lines whose
    rests do not all meet a cell stay as they are. A table padded with ideographic spaces is measured with each as
    two spaces (the row that takes rests is written so: the spaces collapse later all the same)."""
    out: list[str] = []
    row, spaced_row = -1, ""    # out's index of the last table row, while only cell rests follow it, and its spacing
    cells: tuple[dict[int, int], dict[int, int]] | None = None     # that row's cell_ends
    rests: list[tuple[int, str]] = []
    for line in text.split("\n"):
        spaced = line.replace(P.FULL_WIDTH_SPACE, "  ") if P.FULL_WIDTH_SPACE in line else line
        if row >= 0 and P.CELL_REST_LINE.fullmatch(spaced):
            if cells is None:
                cells = cell_ends(spaced_row)
            found = rests_in_cells(spaced, *cells)
            if found:
                rests += found
                continue
        if rests:
            out[row] = with_rests_at(spaced_row, rests)
            rests = []
        row, cells = (len(out) if spaced.count("  ") >= P.CELL_REST_ROW_MIN_CELLS - 1 else -1), None
        spaced_row = spaced
        out.append(line)
    if rests:
        out[row] = with_rests_at(spaced_row, rests)
    return "\n".join(out)


def has_line_under_row(text: str) -> bool:
    """Whether an indented line (P.CELL_REST_PROBE) stands right under a line with the gaps of a table row: the cheap
    test that spares most indented pages with_cell_rests_in_cells' walk over every line."""
    for found in P.CELL_REST_PROBE.finditer(text):
        end = found.start()
        row = text[text.rfind("\n", 0, end) + 1:end]
        if row.count("  ") + row.count(P.FULL_WIDTH_SPACE) >= P.CELL_REST_ROW_MIN_CELLS - 1:
            return True
    return False


def rests_in_cells(line: str, by_char: dict[int, int], by_column: dict[int, int]) -> list[tuple[int, str]]:
    """Each rest on the line with the end of the row's cell it stands under (cell_ends): the cell its start meets
    in monospace columns (as a PDF lays the page out), else in characters, else within one position; none unless
    every rest meets a cell and holds a Han character (a row of bracketed standard errors under a regression
    table's coefficients, （0.011）, is a row of its own)."""
    found = []
    for rest, (at, column) in zip(P.TABLE_ROW_CELL.finditer(line), text_columns(line)):
        end = next((ends[k] for d in (0, -1, 1) for ends, k in ((by_column, column + d), (by_char, at + d))
                    if k in ends), None)
        if end is None or not P.HAN_CHAR.search(rest.group()):
            return []
        found.append((end, rest.group()))
    return found


def cell_ends(row: str) -> tuple[dict[int, int], dict[int, int]]:
    """Where each cell after the first of a table row (P.CELL_REST_ROW_MIN_CELLS cells or more apart by two spaces)
    ends, keyed by where it starts in characters, then the same keyed by its monospace column (a non-ASCII character
    two); none for a line that is no such row."""
    found = list(P.TABLE_ROW_CELL.finditer(row))
    if len(found) < P.CELL_REST_ROW_MIN_CELLS:
        return {}, {}
    by_char: dict[int, int] = {}
    by_column: dict[int, int] = {}
    for cell, (at, column) in islice(zip(found, text_columns(row)), 1, None):
        by_char.setdefault(at, cell.end())
        by_column.setdefault(column, cell.end())
    return by_char, by_column


def text_columns(line: str) -> Iterator[tuple[int, int]]:
    """Where each run of text (P.TABLE_ROW_CELL) on the line starts, in characters and in monospace columns."""
    column, at = 0, 0
    for cell in P.TABLE_ROW_CELL.finditer(line):
        start = cell.start()
        column += 2 * (start - at) - len(line[at:start].encode("ascii", "ignore"))
        at = start
        yield start, column


def with_rests_at(row: str, rests: list[tuple[int, str]]) -> str:
    """The row with each rest inserted at its cell's end, in the order the rests came under the row."""
    pieces, at = [], 0
    for end, rest in sorted(rests, key=itemgetter(0)):         # (stable: two rests of one cell keep their order)
        pieces += [row[at:end], rest]
        at = end
    return "".join(pieces) + row[at:]


def _marker_despaced(marker: re.Match[str]) -> str:
    """A letter-spaced chapter marker (第 一 章) written whole (第一章)."""
    return "第" + marker.group(1).replace(" ", "") + marker.group(2)


def with_decimal_numbers_half_width(text: str) -> str:
    """Text whose lines opening with a full-width decimal section number (２．１ …, its digits half-width by now) open
    with it in half-width forms (2.1 …): rule 3 for the number as a whole, so that it reads as a paper's heading."""
    return P.FULL_WIDTH_DECIMAL_NUMBER.sub(lambda number: number.group().replace("．", "."), text)


def _paren_pairs_beside_han(text: str) -> str:
    """Rule 4's common parenthesis case on the whole text: most half-width pairs in Chinese text
    hold Han or stand beside it. One substitution converts those at C speed (the pairing of the
    other parentheses stays the same), so that the line-by-line rule sees only the rest."""
    return P.PAREN_PAIR_BESIDE_HAN.sub(_full_width_pair, text) if "(" in text else text


def _full_width_pair(match: re.Match) -> str:
    """（…） for a pair PAREN_PAIR_BESIDE_HAN found, with the lone mark after it in full width."""
    return f"（{match['inside']}）{(match['mark'] or '').translate(P.HALF_TO_FULL_PUNCT)}"


def _lone_marks_beside_han(text: str) -> str:
    """Rule 4's common case on the whole text: nearly every half-width mark in Chinese text stands
    alone after (or before) a Han character. Substitutions convert those at C speed, so that the
    run-by-run rule (a Python call per mark) sees only the rest; it would convert them the same way."""
    for half_width, lone_mark, full_width in P.LONE_MARK_BESIDE_HAN:
        if half_width not in text:          # a substring test is several times faster than the regex scan
            continue
        if half_width == "." and "[" in text and P.DOCUMENT_TYPE_CODE.search(text):
            # a reference entry's '.' between Han (汤某.数字乡村…[J]) is GB/T 7714's separator, which the line-by-line
            # rule keeps (normalize._punctuation_run): lines holding a type code are left to it (qa233)
            text = "\n".join(line if "[" in line and P.DOCUMENT_TYPE_CODE.search(line) else lone_mark.sub(full_width, line)
                             for line in text.split("\n"))
            continue
        # Where every such mark is a lone one (usual), converting them all is one str.replace.
        if P.MARK_NOT_LONE_BESIDE_HAN[half_width].search(text):
            text = lone_mark.sub(full_width, text)
        else:
            text = text.replace(half_width, full_width)
    return text


def _marks_after_embedded_words(text: str) -> str:
    """Rule 4 for a mark after a Latin word or a number set in Chinese text (文旅IP. / 取值为0.核心 / 达到500PFlops,),
    before Chinese text or at the line's end: the word follows a Han character with nothing between, so the mark is
    the Chinese sentence's; spaces before a word count for nothing, as rule 5 removes them. (A decimal point, achie.org,
    1.引言 at a line's start and 'see Smith.' keep theirs.)"""
    found = [m.start() for mark, after_word in P.MARK_AFTER_WORD.items() if mark in text
             for m in after_word.finditer(text) if _follows_embedded_word(text, m.start())]
    if not found:
        return text
    chars = list(text)
    for at in found:
        chars[at] = chars[at].translate(P.HALF_TO_FULL_PUNCT)
    return "".join(chars)


def _follows_embedded_word(text: str, at: int) -> bool:
    """Whether a run of ASCII letters and digits (at most P.EMBEDDED_WORD_MAX) ends at `at` and a Han character
    stands right before it (or spaces that rule 5 removes, before a word, not a number: 清单 2.任务 numbers an item), other than a label opening the line (图1.…, P.NUMBERED_LABEL_ENDS). At the line's end
    the run must end with a letter: a number there may be a decimal wrapped at the column edge (下降0. / 4个百分点),
    which only the next line tells, and rule 4 reads each line alone; but not a note's number (…推动地方创生注1.)."""
    if (text[at - 1].isdigit() and text[at + 1: at + 2] in ("", "\n")
            and P.NOTE_NUMBER_BEFORE.search(text, max(0, at - 3), at) is None):
        return False
    start = at
    while start > 0 and at - start <= P.EMBEDDED_WORD_MAX and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    han = start - 1
    if text[han: start] == " " and not text[start: at].isdigit():
        while han > 0 and text[han] == " ":
            han -= 1                      # (rule 5 takes out spaces between a word and Chinese text: 中 A. -> 中A.)
    if not (start < at and at - start <= P.EMBEDDED_WORD_MAX and start > 0 and P.HAN_CHAR.match(text, han)):
        return False
    label = text[han] in P.NUMBERED_LABEL_ENDS
    return not (label and start - text.rfind("\n", 0, start) - 1 <= P.NUMBERED_LABEL_MAX)


def _with_chinese_marks(text: str) -> str:
    """The punctuation steps of normalized_line (rule 4) on each line that has a half-width mark
    they may convert and Han characters (most lines have none)."""
    pieces: list[str] = []
    done = 0
    for start in _starts_of_lines_to_decide(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if P.HAN_CHAR.search(line):     # no Chinese text, so no Chinese punctuation
            pieces += (text[done:start], settled_chinese_marks(line))
            done = end
        elif closes_wrapped_citation(line):
            pieces += (text[done:start], chinese_parentheses(line))
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def settled_chinese_marks(line: str) -> str:
    """The line's parentheses and marks made Chinese (chinese_parentheses, then chinese_punctuation) until that changes
    nothing more: a mark converted beside a parenthesis makes the parenthesis one beside Chinese punctuation
    ()!!㐀 -> )！！㐀 -> ）！！㐀), which a second normalisation would convert otherwise (rule 4 is idempotent). The few
    lines that hold a mark to decide are asked again only where a step changed them."""
    for _ in range(MARK_STEPS_MAX):
        settled = chinese_punctuation(chinese_parentheses(line))
        if settled == line:
            break
        line = settled
    return line


def _starts_of_lines_to_decide(text: str) -> list[int]:
    """Where the lines holding a mark to decide (MARK_TO_DECIDE) start, in order. One search per
    mark the text holds (a one-character substring test tells, at C speed; most texts have none
    or one left), for a literal, which is several times faster than a search for a class of
    marks; each search jumps from one such line to the next."""
    starts = set()
    for mark, mark_to_decide in P.MARK_TO_DECIDE.items():
        found = mark_to_decide.search(text) if mark in text else None
        while found:
            starts.add(text.rfind("\n", 0, found.start()) + 1)
            end = text.find("\n", found.end())
            found = mark_to_decide.search(text, end) if end >= 0 else None
    return sorted(starts)


def normalized_document(raw: RawDocument) -> NormalizedDocument:
    text = unicodedata.normalize("NFC", raw.text)     # once, for the script and for the rules
    if P.CELL_REST_PROBE.search(text) and has_line_under_row(text):   # (a layout step on the extracted lines)
        text = with_cell_rests_in_cells(text)
    marked = _marked_characters(text)
    script = _script_of_nfc(text, marked)
    return NormalizedDocument(raw=raw, script=script, lines=_normalized_nfc_lines(text, script, marked))


def normalized_text(text: str) -> str:
    """The whole chain, rules 2-5, on a text: what a final text field looks like."""
    return collapsed_spaces("\n".join(normalized_lines(text, script_of(text))))


__all__ = ["NormalizedDocument", "script_of", "simplified", "converter_version", "normalized_line",
           "chinese_parentheses", "chinese_punctuation", "collapsed_spaces", "normalized_lines",
           "normalized_document", "normalized_text"]
