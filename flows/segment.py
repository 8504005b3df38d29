"""STUB (to be replaced): split a normalised document into table rows."""
from __future__ import annotations

from flows.ids import stable_id
from flows.normalize import NormalizedDocument, collapsed_spaces


def document_tables(doc: NormalizedDocument) -> dict[str, list[dict]]:
    raw = doc.raw
    doc_id = stable_id("d", raw.source_path)
    paras = [collapsed_spaces(l).strip() for l in doc.lines if l.strip()]
    article_id = stable_id("a", doc_id, paras[0][:20] if paras else "")
    text = "\n".join(paras)
    return {
        "documents": [dict(doc_id=doc_id, source_path=raw.source_path, content_sha256=raw.content_sha256,
                           encoding=raw.encoding, script=doc.script, n_chars=len(text), n_bytes=raw.n_bytes,
                           title=raw.metadata.get("title"), warnings=list(raw.warnings), coverage=1.0)],
        "articles": [dict(article_id=article_id, doc_id=doc_id, ordinal=1, title=None, authors=[], source=None,
                          published=None, abstract=None, keywords=[], text=text, n_paragraphs=len(paras))],
        "sections": [],
        "paragraphs": [dict(paragraph_id=stable_id("p", article_id, p[:20], i), article_id=article_id,
                            section_id=None, ordinal=i + 1, text=p, speaker=None) for i, p in enumerate(paras)],
        "measures": [],
        "residue": [],
    }
