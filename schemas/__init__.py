"""Table models (schemas.tables) and what is derived from them (schemas.derive)."""
from schemas.derive import (arrow_schema, arrow_schemas, column_dict_type, json_schema, markdown_reference,
                            row_dict_type)
from schemas.tables import TABLES, Article, Document, Measure, Paragraph, Reject, Residue, Row, Section

__all__ = ["TABLES", "Article", "Document", "Measure", "Paragraph", "Reject", "Residue", "Row", "Section",
           "arrow_schema", "arrow_schemas", "column_dict_type", "json_schema", "markdown_reference", "row_dict_type"]
