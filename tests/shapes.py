"""Small documents in the shapes real inputs have, written for the tests (not copied from the seeds)."""
from __future__ import annotations

import hashlib

from flows.extract import RawDocument
from flows.normalize import normalized_document
from flows.segment import document_tables


def raw(text: str, name: str = "doc.txt") -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument(source_path=name, content_sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8",
                       n_bytes=len(data), text=text, metadata={}, warnings=(), is_markdown=name.endswith(".md"))


def tables(text: str, name: str = "doc.txt") -> dict[str, list[dict]]:
    return document_tables(normalized_document(raw(text, name)))


def wrapped(paragraph: str, width: int, indent: int = 2) -> list[str]:
    """Hard-wrap a paragraph as print does: the first line is `indent` narrower."""
    lines, first = [], max(1, width - indent)
    lines.append(paragraph[:first])
    rest = paragraph[first:]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return lines


def hung(paragraph: str, width: int) -> list[str]:
    """A paragraph wrapped flush at `width` columns (ASCII half-width), a closing mark hung on the line it ends (as a
    theory page sets it)."""
    from flows.reflow import display_width
    lines, line = [], ""
    for ch in paragraph:
        if display_width(line) >= width and ch not in "，。、；：”）":
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def spaced_line(line: str) -> str:
    """A line set letter-spaced as some PDFs set a whole page: a space between every two characters but within a number
    or Latin word (2026年 → 2026 年), and a word gap the wider; a line spaced already stays as it is."""
    from flows.reflow import is_letter_spaced
    if is_letter_spaced(line.strip()):
        return line
    line = line.replace(" ", "  ")
    return "".join(a + (" " if " " not in (a, b) and not (a + b).isascii() else "") for a, b in zip(line, line[1:] + " "))


def page(parts: list[list[str]], blank_after_every_line: bool = False) -> str:
    """Join blocks of lines; optionally a blank line after every line (PDF extraction)."""
    lines = [line for part in parts for line in part]
    return ("\n\n" if blank_after_every_line else "\n").join(lines) + "\n"


# Paragraphs of plain policy prose (each ends a sentence).
P1 = "推进城乡融合发展，必须把县域作为重要切入点，统筹新型工业化、新型城镇化和乡村全面振兴，促进各类要素双向流动。"
P2 = "提升县城综合承载能力，要完善市政设施和公共服务，补齐教育医疗养老短板，增强对农业转移人口的吸引力和容纳能力。"
P3 = "健全农业转移人口市民化机制。一是推行由常住地登记户口提供基本公共服务制度。二是完善随迁子女就学保障。三是扩大住房保障覆盖面。"
P4 = "发展特色产业是县域经济的根基所在，应立足资源禀赋和产业基础，培育壮大主导产业，推动一二三产业融合发展，带动农民就近就业增收。"
P5 = "深化农村改革，激发农业农村发展活力。其一，稳妥推进农村宅基地制度改革试点。其二，深化农村集体产权制度改革，发展新型农村集体经济。"
P6 = "面向未来，要坚持系统观念，加强规划引领，注重分类施策，稳步提高城乡基本公共服务均等化水平，让改革发展成果更多更公平惠及全体人民。"
