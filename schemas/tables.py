"""One pydantic model per table: the single source of truth for columns, types and constraints.

Arrow schemas, JSON Schema and the README's table reference are derived from these models
(see schemas.derive). Contract columns come first in each model, extensions after them.
"""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field



class Row(BaseModel):
    # extra='forbid': a typo'd or undeclared column is a validation error, not a silent drop.
    model_config = ConfigDict(extra="forbid")
    key: ClassVar[tuple[str, ...]]  # columns that identify a row (for rejects and uniqueness)


class Document(Row):
    """One input file."""
    key = ("doc_id",)
    doc_id: str = Field(min_length=1, description="Stable document id.")
    source_path: str = Field(min_length=1, description="Path relative to the input folder, `/`-separated.")
    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the raw bytes.")
    encoding: str = Field(min_length=1, description="Detected encoding, e.g. `utf-8`, `gb18030`, `big5`, `utf-16`.")
    script: Literal["hans", "hant", "mixed", "none"] = Field(
        description="Script detected on the raw text: `hans`, `hant`, `mixed` or `none`.")
    n_chars: int = Field(ge=0, description="Characters of normalised text.")
    n_bytes: int = Field(ge=0, description="Size of the raw file in bytes.")
    title: str | None = Field(default=None, description="Title from front matter or metadata lines.")
    warnings: list[str] = Field(default_factory=list, description="Non-fatal problems met while reading.")
    coverage: float = Field(ge=0.0, le=1.0, description="Share of the document's text that landed in records.")


class Article(Row):
    """One article; a document (page) may hold several."""
    key = ("article_id",)
    article_id: str = Field(min_length=1, description="Stable article id.")
    doc_id: str = Field(min_length=1, description="Document holding the article.")
    ordinal: int = Field(ge=1, description="1-based position in the document.")
    title: str | None = Field(default=None, description="Article title.")
    authors: list[str] = Field(default_factory=list, description="Author names only: no roles, no affiliations.")
    source: str | None = Field(default=None, description="Publication the article comes from.")
    published: date | None = Field(default=None, description="Publication date.")
    abstract: str | None = Field(default=None, description="Abstract (摘要), without its label.")
    keywords: list[str] = Field(default_factory=list, description="Keywords (关键词).")
    text: str = Field(description="Body: paragraphs in reading order joined by `\\n`, without title and byline.")
    n_paragraphs: int = Field(ge=0, description="Number of paragraphs in the body.")
    front_matter: list[str] = Field(default_factory=list, description="The lines read as the article's title, "
                                    "bylines and fields (field lines, author notes and signatures, labels), as "
                                    "normalised: what title, authors, source, published and keywords come from, "
                                    "kept whole so that nothing the document says is lost.")


class Section(Row):
    """A heading that opens a part of an article."""
    key = ("section_id",)
    section_id: str = Field(min_length=1, description="Stable section id.")
    article_id: str = Field(min_length=1, description="Article holding the section.")
    parent_section_id: str | None = Field(default=None, description="Enclosing section; null at the top level.")
    level: int = Field(ge=1, description="Nesting level, 1 = top.")
    ordinal: int = Field(ge=1, description="1-based position among its siblings.")
    marker: str | None = Field(default=None, description="Marker as written: `一、`, `（一）`, `A`, `##`, or null.")
    heading: str = Field(description="Heading text without the marker.")
    position: int = Field(ge=1, description="1-based position among all sections of the article, in reading order.")


class Paragraph(Row):
    """A paragraph of an article body."""
    key = ("paragraph_id",)
    paragraph_id: str = Field(min_length=1, description="Stable paragraph id.")
    article_id: str = Field(min_length=1, description="Article holding the paragraph.")
    section_id: str | None = Field(default=None, description="Innermost section holding the paragraph.")
    ordinal: int = Field(ge=1, description="1-based position in the article.")
    text: str = Field(min_length=1, description="Paragraph text.")
    speaker: str | None = Field(default=None, description="Speaker of the paragraph in transcripts.")


class Measure(Row):
    """An item of an enumeration of points or actions (一是…, 1、…, （1）…, ①…)."""
    key = ("measure_id",)
    measure_id: str = Field(min_length=1, description="Stable measure id.")
    article_id: str = Field(min_length=1, description="Article holding the measure.")
    section_id: str | None = Field(default=None, description="Innermost section holding the measure.")
    paragraph_id: str = Field(min_length=1, description="Paragraph where the item starts.")
    list_id: str = Field(min_length=1, description="Groups the items of one enumeration.")
    ordinal: int = Field(ge=0, description="Integer value of the marker: 1 for 一是, 第一, 1、, （1）, ①.")
    marker: str = Field(min_length=1, description="Marker as written.")
    title: str | None = Field(default=None, description="The item's heading line or lead phrase.")
    text: str = Field(description="Item text without its marker; starts with the heading line where there is one.")
    parent_measure_id: str | None = Field(default=None, description="Item whose text holds this item's list.")
    numbering_ok: bool = Field(description="False when the numbering has a gap, a repeat or a wrong start.")
    numbering_note: str | None = Field(default=None, description="What is wrong with the numbering, e.g. `gap: 5 missing`.")


class Residue(Row):
    """Text of a document that belongs to no article: kept, never dropped."""
    key = ("doc_id", "ordinal")
    doc_id: str = Field(min_length=1, description="Document the text comes from.")
    text: str = Field(description="The text.")
    reason: str = Field(min_length=1, description="Why it is residue, e.g. page furniture, caption.")
    ordinal: int = Field(ge=1, description="1-based position among the document's residue.")


class Reject(Row):
    """An input or record that could not be processed."""
    key = ("source_path", "stage", "record_id")
    source_path: str = Field(description="Input the reject comes from, relative to the input folder.")
    stage: str = Field(min_length=1, description="Stage that rejected it: extract, normalize, segment, validate.")
    error: str = Field(min_length=1, description="One-line reason a person understands.")
    record_id: str | None = Field(default=None, description="Id of the rejected record; null for a whole input.")


TABLES: dict[str, type[Row]] = {
    "documents": Document,
    "articles": Article,
    "sections": Section,
    "paragraphs": Paragraph,
    "measures": Measure,
    "residue": Residue,
    "rejects": Reject,
}
