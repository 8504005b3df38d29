"""Find input documents and decode them into text (contract rule 1) with their metadata."""
from __future__ import annotations

import datetime as _dt
import hashlib
import html
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from flows import patterns as P

SUFFIXES = (".txt", ".md")
# A legacy decoding must read this share of its Han characters as common ones to be believed;
# below it the bytes are rejected instead of guessed into garbage.
MIN_COMMON_SHARE = 0.6
# Shares of NUL bytes / control characters above which input is binary, not text.
MAX_NUL_SHARE = 0.01
MAX_CONTROL_SHARE = 0.05
# A UTF-8 file with at most this share of bad bytes is UTF-8 with damage, kept with a warning.
MAX_BAD_UTF8_SHARE = 0.001


class ExtractError(Exception):
    """A document that cannot be read; str(exc) is a one-line reason for `rejects`."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    source_path: str            # relative to the input folder, '/'-separated
    content_sha256: str         # of the raw bytes
    encoding: str               # 'utf-8', 'utf-8-sig', 'utf-16-le', 'utf-16-be', 'gb18030', 'big5', ...
    n_bytes: int
    text: str                   # decoded, newlines '\n', front matter removed
    metadata: dict[str, str] = field(default_factory=dict)  # title/author/date/source from front matter
    warnings: tuple[str, ...] = ()
    is_markdown: bool = False


# ---------------------------------------------------------------- finding files

def source_files(input_dir: Path, settings=None) -> list[Path]:
    """Every .txt/.md file under input_dir, sorted by relative path.

    Symlinked directories are not entered (no escape from the tree, no loops); symlinked files
    are listed and raw_document() rejects those pointing outside. Unlistable folders are skipped.
    """
    root = Path(input_dir)
    found = []
    for folder, _dirs, files in os.walk(root, followlinks=False, onerror=lambda _e: None):
        found += [Path(folder, name) for name in files if name.lower().endswith(SUFFIXES)]
    found = [p for p in found if not _special_file(p)]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _special_file(path: Path) -> bool:
    """A FIFO, socket or device: opening or hashing it could block the run forever, so it is skipped.
    (A path that cannot be stat'ed, e.g. a symlink loop, is kept: reading it gives the reject reason.)"""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def file_size(path: Path) -> int:
    """Size in bytes, 0 when the file vanished or cannot be stat'ed (reading it will say why)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


# ---------------------------------------------------------------- one document

def raw_document(path: Path, root: Path, settings=None) -> RawDocument:
    """The decoded document at path; ExtractError with a one-line reason when it cannot be read."""
    path, root = Path(path), Path(root)
    data = _file_bytes(path, root, getattr(settings, "max_file_size", None))
    text, encoding, warnings = decoded(data)
    if any(mark in text for mark in P.NEWLINE_MARKS):      # substring tests: much faster than the scan
        text = P.NEWLINE.sub("\n", text)
    metadata, text = front_matter(text)
    text = without_html_markup(text)
    is_md = path.suffix.lower() == ".md"
    if is_md:
        text = with_dashed_thematic_breaks(with_atx_headings(text))
        quoted, text = blockquote_metadata(text)
        metadata = {**table_metadata(text), **quoted, **metadata}
    else:
        fields, text = head_field_rows_as_fields(text)
        metadata = {**fields, **metadata}
        if "---" in text and "|" in text:
            text = P.MD_TABLE_RULE.sub("", text)   # |---|---|: a barred table's rule row leaves, as in Markdown (qa200)
        text = with_timed_turn_labels(text)
    if is_md or has_markdown_markup(text):
        text = without_inline_marks(text, images_apart=is_md)
    if P.BLANK_TEXT.fullmatch(text):
        raise ExtractError("empty document")
    return RawDocument(
        source_path=_relative_path(path, root),
        content_sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        n_bytes=len(data),
        text=text,
        metadata=metadata,
        warnings=tuple(warnings),
        is_markdown=is_md or has_markdown_markup(text),
    )


def without_html_markup(text: str) -> str:
    """A page saved with its HTML markup, as the text it shows: character references become their
    characters (first, so that an empty <p>&nbsp;</p> is a run of breaks), a run of block tags becomes a
    line break (_line_breaks) except inside a Markdown table's row, where it is a space (qa261), inline tags leave
    (rule 7), and a footnote's mark in superscript tags leaves
    with them (…三个方面<sup>[1]</sup>。, HTML_SUP_NOTE_MARK). Substring tests first: most texts hold neither a
    reference nor a tag."""
    if "&" in text:
        text = P.HTML_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "<" in text:
        if "<sup" in text or "<SUP" in text:
            text = P.HTML_SUP_NOTE_MARK.sub("", text)   # a footnote's mark leaves with its superscript tags (qa68)
        text = P.HTML_INLINE_TAG.sub("", text)
        if "|" in text:
            text = P.MD_TABLE_ROW_WITH_BREAK.sub(_cell_breaks_as_spaces, text)
        if "<" in text:
            text = P.HTML_BLOCK_BREAKS.sub(_line_breaks, text).strip("\n")
    return text


def _cell_breaks_as_spaces(row: re.Match) -> str:
    """A Markdown table's row with its cells' <br> read as spaces (MD_TABLE_ROW_WITH_BREAK): one row, one line (qa261)."""
    return P.MD_CELL_BREAK.sub(" ", row.group())


def with_timed_turn_labels(text: str) -> str:
    """An online interview's turn labels in brackets with a time stamp ([主持人]　10:00:32, over the words) as the
    speaker's label before the words (主持人：…): the turn a plain transcript writes, whose label the segmenter
    knows; alone on a line, the label would read as a title over each turn (TIMED_TURN_LABEL); so too labels with
    no time, or with a time and no brackets, in a transcript whose host is labelled so ([主持人], 主持人 10:00:32:
    BRACKETED_TURN_LABEL, BARE_TIMED_TURN_LABEL). Substring tests first: most texts hold no bracket and no host."""
    if not any(b in text for b in P.TIMED_TURN_BRACKETS) and "主持" not in text:
        return text
    if ":" in text:
        text = P.TIMED_TURN_LABEL.sub(_speaker_label, text)
        # (labels without brackets only where the host's label stands so on several lines: a name and a time may
        # sign other lines)
        if "主持" in text and len(P.HOST_TIMED_LINE.findall(text)) >= P.HOST_BRACKET_LINES_MIN:
            text = P.BARE_TIMED_TURN_LABEL.sub(_speaker_label, text)
    # (labels with no time only where the host's label recurs so: a bracketed line may be a box's label, 【内容提要】)
    if "主持" in text and len(P.HOST_BRACKET_LINE.findall(text)) >= P.HOST_BRACKET_LINES_MIN:
        text = P.BRACKETED_TURN_LABEL.sub(_speaker_label, text)
    return text


def _speaker_label(m: re.Match) -> str:
    """A bracketed turn label (group 1) as the speaker's label before the words, at their line's indent (group 2)."""
    return f"{m.group(2) or ''}{m.group(1).strip()}："


def _line_breaks(run: re.Match) -> str:
    """What a run of block tags (and the spaces around) leaves: a line break, or a blank line where the
    run held one (a blank line between paragraphs is the page's own layout, which reflow reads)."""
    return "\n\n" if run.group().count("\n") > 1 else "\n"


def without_inline_marks(text: str, images_apart: bool = False) -> str:
    """Markdown's footnote marks ([^1]) leave the text and links ([专项规划](https://…)) read as their
    words before normalisation (rule 7), so that the punctuation after them is read beside the Chinese
    text it follows (新高[^1]. -> 新高。). A footnote's own text ([^1]: …) stays, for units to set aside;
    the rule under a table's head row (|---|---|) leaves, and a quote's mark leaves the lines that go on with the
    quoted clause above (with_quote_continuations) and the quote's empty lines (>), which part its paragraphs as a
    blank line does (qa133). In a Markdown file (`images_apart`) an image with
    words on a line of its own (![受访者供图](…)) stays as written: units reads its words as a caption."""
    if "[^" in text:
        text = P.MD_FOOTNOTE_MARK.sub("", text)
    if "\n>" in text:
        text = with_quote_continuations(P.MD_EMPTY_QUOTE_LINE.sub("", text))
    if "](" in text:
        if images_apart and "![" in text:
            text = with_italic_captions_in_images(text)
        words = link_words_or_image if images_apart and "![" in text else r"\1"
        if text.count("(") > text.count("]("):     # a target holding parentheses (javascript:window.print()), qa187
            text = P.MD_LINK_PAREN_TARGET.sub(words, text)
        text = P.MD_LINK.sub(words, text)
    if "---" in text:
        text = P.MD_TABLE_RULE.sub("", text)
    return text


def with_quote_continuations(text: str) -> str:
    """The text with the quote mark taken off each line that goes on with the quoted line above it: that line
    stops in a clause (MD_SOFT_WRAP_ENDS) and this one opens no block of its own (a list item, a heading). A
    blockquote hard-wrapped so reads as one paragraph, as Markdown renders it, not a break in mid-sentence (qa68)."""
    lines = text.split("\n")
    above = None                      # the words of the quoted line above, if the line above is quoted
    for i, line in enumerate(lines):
        m = P.MD_QUOTE_LINE.match(line) if line[:1] == ">" else None
        if m and above is not None and above.endswith(P.MD_SOFT_WRAP_ENDS) and not P.MD_BLOCK_OPENER.match(m.group(1)):
            lines[i] = m.group(1)
        above = m.group(1).rstrip() if m else None
    return "\n".join(lines)


def with_italic_captions_in_images(text: str) -> str:
    """A Markdown text whose images with an italic line right under them (![](…) / *某街道服务大厅。*) carry that line as
    their words (![某街道服务大厅。](…)): the italic line is the picture's caption, which units reads as such from the
    image's words, not a paragraph of the text (qa159). Words the image had come first."""
    return P.MD_IMAGE_OVER_ITALIC_CAPTION.sub(image_with_caption, text)


def image_with_caption(m: re.Match) -> str:
    """An image and the italic caption under it as one image line whose words are its alt words and the caption."""
    alt, target, caption = m.group(1).strip(), m.group(2), m.group(3).strip()
    return f"![{alt} {caption}]({target})" if alt else f"![{caption}]({target})"


def link_words_or_image(m: re.Match) -> str:
    """A link's words (MD_LINK's replacement), or the whole of an image alone on its line that has words (alt
    text): those are no sentence of the text but what the picture shows, a caption (units.unit; qa60). Alone:
    only spaces beside it on its line (an indent, the two spaces that end a Markdown line)."""
    whole, text = m.group(0), m.string
    line_end = text.find("\n", m.end())
    alone = (not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
             and not text[m.end():None if line_end < 0 else line_end].strip())
    return whole if alone and whole[:1] == "!" and m.group(1).strip() else m.group(1)


def with_atx_headings(text: str) -> str:
    """A Markdown text whose setext headings (a line underlined by === for level 1 or --- for level 2, as converters
    such as markdownify write them) are ATX headings (# … / ## …), the form the rules read. A heading is one line
    with a blank line (or the text's start) over it, as converters set one; an underline under a paragraph's last line,
    or one under a list item, quote or table row or a line ending a sentence or clause, stays what it was (a --- after a
    blank line is a thematic break).
    Substring tests first: most texts have no underline."""
    if "===" not in text and "---" not in text:
        return text
    return P.SETEXT_HEADING.sub(_atx_heading, text)


def with_dashed_thematic_breaks(text: str) -> str:
    """A Markdown text whose thematic breaks in another form (* * *, ***, _ _ _, - - -) are written ---: the marks
    would otherwise read as a bullet and emphasis and leave a stray * * in the text. Run after with_atx_headings: a
    spaced rule under a line is a break, never a setext underline (CommonMark). Substring tests first."""
    if not any(mark in text for mark in P.OTHER_THEMATIC_BREAK_MARKS):
        return text
    return P.OTHER_THEMATIC_BREAK.sub("---", text)


def _atx_heading(m: re.Match[str]) -> str:
    start = m.start()
    if start > 0 and m.string[m.string.rfind("\n", 0, start - 1) + 1: start - 1].strip():
        return m.group(0)                 # the last line of a longer paragraph
    if P.MARKDOWN_LIST_ITEM.match(m.group("text")) or m.group("text").rstrip()[-1:] in P.SETEXT_NOT_HEADING_ENDS:
        return m.group(0)                 # a list item; a sentence over a rule
    return ("# " if m.group("rule")[0] == "=" else "## ") + m.group("text").strip()


def has_markdown_markup(text: str) -> bool:
    """ATX headings or bold runs; substring tests first, as most plain texts have neither mark. A regression table's
    significance stars (0.142*** 0.121***) are no bold run (MARKDOWN_MARKUP_NOT_STARS, qa165)."""
    return any(mark in text for mark in P.MARKDOWN_MARKS) and bool(P.MARKDOWN_MARKUP_NOT_STARS.search(text))


def _relative_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, root)).as_posix()


def _file_bytes(path: Path, root: Path, max_size: int | None) -> bytes:
    """The raw bytes, refusing files outside root (via symlinks) and files over the size limit."""
    try:
        size = _stat_inside(path, root).st_size
        if max_size is not None and size > max_size:
            raise ExtractError(f"file too large: {size} bytes (limit {max_size})")
        # O_NONBLOCK: a file swapped for a FIFO after listing must not block the run on open().
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise ExtractError("not a regular file")
            # Read at most one byte over the limit: the file may grow after stat().
            data = fh.read() if max_size is None else _read_at_most(fh, size, max_size + 1)
    except (OSError, RuntimeError, ValueError) as exc:
        # `from exc`: the pipeline looks at the OSError's errno to retry transient faults.
        raise ExtractError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from exc
    if max_size is not None and len(data) > max_size:
        raise ExtractError(f"file too large: over {max_size} bytes (limit {max_size})")
    return data


def _stat_inside(path: Path, root: Path) -> os.stat_result:
    """os.stat(path); ExtractError when path leads outside root (through a symlink or '..')."""
    found = _stat_below(path, root)
    if found is not None:
        return found
    real, real_root = os.path.realpath(path), os.path.realpath(root)
    if os.path.commonpath([real, real_root]) != real_root:
        raise ExtractError("symlink points outside the input folder")
    return os.stat(path)


def _stat_below(path: Path, root: Path) -> os.stat_result | None:
    """os.stat(path) when path is spelt root/a/b/... and none of root/a, root/a/b, ..., path is a
    symlink or '..': then it lies in root, whatever root's real path. One lstat per level (one for
    a file listed directly in root) instead of realpath's lstat of every component of both paths.
    None when that does not show path inside root; realpath decides then."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return None
    if not parts or ".." in parts:
        return None
    here = os.fspath(root)
    for part in parts:
        here = os.path.join(here, part)
        found = os.lstat(here)
        if stat.S_ISLNK(found.st_mode):
            return None
    return found        # path's own lstat, which is its stat as path is no symlink


def _read_at_most(fh, size: int, limit: int) -> bytes:
    """Up to `limit` bytes of an open file that had `size` bytes at stat() time. read(limit) would
    allocate the whole limit (the size cap, e.g. 50 MB) for every small file; so read what stat()
    saw plus one byte, and go on towards the limit only if the file has grown since."""
    data = fh.read(min(size + 1, limit))
    if size < len(data) < limit:
        data += fh.read(limit - len(data))
    return data


# ---------------------------------------------------------------- decoding

def decoded(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings): BOM, then strict UTF-8, then GB18030/Big5 by plausibility.

    ExtractError for empty input and for bytes that no candidate reads as text.
    """
    if not data or data.isspace():        # what `not data.strip()` says, without copying the bytes
        raise ExtractError("empty document")
    # Unmarked UTF-16 goes before UTF-8: ASCII in UTF-16 is also valid (NUL-riddled) UTF-8.
    result = _bom_decoded(data) or _utf16_unmarked(data) or _utf8_decoded(data) \
        or _legacy_decoded(data) or _damaged_utf8_decoded(data)
    if result is None:
        raise ExtractError(f"binary or undecodable: {_undecodable_reason(data)}")
    text, encoding, warnings = result
    _reject_binary_text(text)
    return text, encoding, warnings


def _bom_decoded(data: bytes):
    for bom, encoding in P.BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if encoding == "utf-8-sig":
                return _utf8_decoded(body, encoding)
            try:
                return body.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise ExtractError(f"binary or undecodable: invalid {encoding} at byte {exc.start}") from None
    return None


def _utf8_decoded(data: bytes, encoding: str = "utf-8"):
    """Strict UTF-8; a file cut inside its last character keeps what decodes, with a warning."""
    try:
        return data.decode("utf-8"), encoding, []
    except UnicodeDecodeError as exc:
        cut_at_end = exc.reason == "unexpected end of data" and exc.end == len(data)
        if cut_at_end and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8"), encoding, ["truncated utf-8"]
        return None


def _utf16_unmarked(data: bytes):
    """UTF-16 without BOM, recognised by NUL high bytes of ASCII characters in every other byte."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None                       # (without any NUL byte neither half has one: one C scan)
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for encoding, nuls, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if nuls > 0.3 * half and other < 0.01 * half:
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError:
                return None
    return None


def _legacy_decoded(data: bytes):
    """GB18030 or Big5, whichever reads as common characters of its own character set.

    A wrong legacy decoding still 'succeeds' but yields rare characters, kana or private-use
    code points; the right one reads almost only level-1 (common) characters.
    """
    best = None
    for family in (("gb18030",), ("big5", "cp950", "big5hkscs")):
        for encoding in family:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            share = _common_share(text, encoding)
            if best is None or share > best[0]:
                best = (share, text, encoding)
            break
    if best is None or best[0] < MIN_COMMON_SHARE:
        return None
    return best[1], best[2], []


def _common_share(text: str, encoding: str) -> float:
    """Share of the Han characters (and legacy double-byte symbols) that are common in encoding."""
    counts = Counter(text)
    wide = {c: n for c, n in counts.items() if ord(c) > 0x7F}
    if not wide:
        return 0.0
    common = sum(n for c, n in wide.items() if _is_common(c, encoding))
    return common / sum(wide.values())


def _is_common(char: str, encoding: str) -> bool:
    """A character the right decoding yields: level-1 Hanzi or punctuation of its character set.

    For GB18030 that is GB2312 level 1 (rows B0-D7) or a common Traditional character (Big5
    level 1), since Traditional text is also written in GBK; for Big5 it is Big5 level 1.
    """
    if encoding == "gb18030" and _code_row(char, "gb2312") in _GB2312_COMMON_ROWS:
        return True
    code = _code(char, "big5")
    return 0xA440 <= code <= 0xC67E or 0xA1 <= code >> 8 <= 0xA3


_GB2312_COMMON_ROWS = frozenset([*range(0xA1, 0xA4), *range(0xB0, 0xD8)])


def _code(char: str, encoding: str) -> int:
    """The double-byte code of char in encoding, or 0."""
    try:
        code = char.encode(encoding)
    except UnicodeEncodeError:
        return 0
    return int.from_bytes(code, "big") if len(code) == 2 else 0


def _code_row(char: str, encoding: str) -> int:
    return _code(char, encoding) >> 8


def _damaged_utf8_decoded(data: bytes):
    """UTF-8 with a handful of bad bytes in the middle: kept, bad bytes replaced, with a warning."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if 0 < bad <= max(1, MAX_BAD_UTF8_SHARE * len(data)):
        return text, "utf-8", [f"invalid utf-8: {bad} byte sequence(s) replaced"]
    return None


def _reject_binary_text(text: str) -> None:
    controls = _control_characters(text)
    nuls = controls.count(0)
    if nuls > MAX_NUL_SHARE * len(text) or len(controls) > MAX_CONTROL_SHARE * len(text):
        raise ExtractError(f"binary or undecodable: {len(controls)} control characters in {len(text)} "
                           f"({nuls} NUL)")


def _control_characters(text: str) -> bytes:
    """The text's BINARY_CONTROL characters, as latin-1 bytes. They are all below U+0100 and Chinese
    text has few such characters: encode keeps only those (dropping the others at C speed), and
    deleting the other bytes leaves the control characters, much faster than a regex scan."""
    return text.encode("latin-1", "ignore").translate(None, P.NOT_BINARY_CONTROL)


def _undecodable_reason(data: bytes) -> str:
    nuls = data.count(0)
    if nuls:
        return f"{nuls} NUL bytes in {len(data)} bytes"
    return f"not valid UTF-8, UTF-16, GB18030 or Big5 text ({len(data)} bytes)"


# ---------------------------------------------------------------- metadata

def front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, body): YAML front matter at the very start, removed; broken YAML stays as body."""
    match = P.FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        loaded = yaml.safe_load(P.LINE_END_SPACE.sub("", match.group(1)))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(loaded, dict):
        return {}, text
    return canonical_metadata(loaded), text[match.end():]


def blockquote_metadata(text: str) -> tuple[dict[str, str], str]:
    """(metadata, rest): '> 作者：X' lines opening a Markdown text, removed while they are known keys."""
    lines = text.split("\n")
    found: dict[str, str] = {}
    taken = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = P.BLOCKQUOTE_METADATA.fullmatch(line)
        key = P.METADATA_KEYS.get(match.group(1).lower()) if match else None
        if match is None or not key:
            break
        found.setdefault(key, match.group(2))
        taken = index + 1
    return (found, "\n".join(lines[taken:])) if found else ({}, text)


def table_metadata(text: str) -> dict[str, str]:
    """The head fields a Markdown text opens with as a table of label and value rows (| 执笔 | 贺知南 |, qa122), read
    as front matter is, when TABLE_METADATA_MIN_KEYS of its labels are known keys. The table stays in the text (its
    other rows, 期号, 研究单位, are kept as residue before the title), so nothing of it is lost."""
    start = len(text) - len(text.lstrip())
    if text[start:start + 1] != "|":
        return {}                         # (most texts: one character test)
    found: dict[str, str] = {}
    for line in text[start:].split("\n", P.TABLE_METADATA_MAX_ROWS):    # (a head's table is short: no split of the whole text)
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        key = cells[0].lower() if len(cells) == 2 and cells[1] else ""
        if name := P.METADATA_KEYS.get(key) or P.TABLE_METADATA_KEYS.get(key):
            found.setdefault(name, cells[1])
    return found if len(found) >= P.TABLE_METADATA_MIN_KEYS else {}


def head_field_rows_as_fields(text: str) -> tuple[dict[str, str], str]:
    """(metadata, text) of a plain text whose head sets its fields as two-cell table rows (|报送日期| 2026年4月20日|,
    qa163): the rows become `label：value` lines, which the field-line rules read as front matter, and the known keys
    among them (报送日期, 作者 …) are read as front matter is, as table_metadata does in Markdown; ({}, text) where its
    first lines hold no run of such rows with HEAD_FIELD_ROW_MIN_KNOWN known labels (a data table's rows name no field)."""
    if "|" not in text[:2000]:
        return {}, text                   # (most texts: one substring test)
    lines = text.split("\n", P.HEAD_FIELD_ROW_LINES)
    rows = {k: m for k, line in enumerate(lines[:P.HEAD_FIELD_ROW_LINES])
            if line.lstrip()[:1] == "|" and (m := P.HEAD_FIELD_ROW.match(line))}
    known = sum(1 for m in rows.values() if is_field_label(m.group(1)))
    if known < P.HEAD_FIELD_ROW_MIN_KNOWN:
        return {}, text
    found: dict[str, str] = {}
    for k, m in rows.items():
        lines[k] = f"{m.group(1)}：{m.group(2)}"
        if name := P.METADATA_KEYS.get(m.group(1)) or P.TABLE_METADATA_KEYS.get(m.group(1)):
            found.setdefault(name, m.group(2))
    return found, "\n".join(lines)


def is_field_label(label: str) -> bool:
    """Whether a head row's label names a document's field (作者, 报送日期, 期号 …)."""
    return label in P.METADATA_KEYS or label in P.TABLE_METADATA_KEYS or label in P.HEAD_FIELD_ROW_LABELS


def canonical_metadata(raw: dict) -> dict[str, str]:
    """title/author/date/source from any of their common Chinese or English key spellings."""
    result: dict[str, str] = {}
    for key, value in raw.items():
        name = P.METADATA_KEYS.get(str(key).strip().lower())
        text = _metadata_value(value)
        if name and text and name not in result:
            result[name] = text
    return result


def _metadata_value(value) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(filter(None, (_metadata_value(v) for v in value)))
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return "" if value is None else str(value).strip()


__all__ = ["ExtractError", "RawDocument", "source_files", "raw_document", "decoded",
           "front_matter", "blockquote_metadata", "table_metadata", "head_field_rows_as_fields", "canonical_metadata"]
