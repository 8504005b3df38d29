"""The models are the single source of truth: Arrow, JSON Schema and reference follow from them."""
from __future__ import annotations

import re
from datetime import date

import pyarrow as pa
import pytest
from pydantic import BaseModel, ValidationError

from schemas import TABLES, arrow_schema, json_schema, markdown_reference
from schemas.derive import arrow_type
from tests.conftest import SHARED


@pytest.mark.parametrize("annotation, expected", [
    (str, pa.string()), (int, pa.int64()), (float, pa.float64()), (bool, pa.bool_()),
    (date, pa.date32()), (list[str], pa.list_(pa.string())),
])
def test_arrow_type_maps_annotations(annotation, expected):
    assert arrow_type(annotation) == expected


def test_optional_fields_are_nullable_and_others_not():
    class M(BaseModel):
        a: str | None = None
        b: int
        c: list[str] = []

    schema = arrow_schema(M)
    assert [(f.name, f.type, f.nullable) for f in schema] == [
        ("a", pa.string(), True), ("b", pa.int64(), False), ("c", pa.list_(pa.string()), False)]


def test_unsupported_annotation_is_an_error():
    with pytest.raises(TypeError):
        arrow_type(dict)


EXPECTED_COLUMNS = {
    "documents": "doc_id source_path content_sha256 encoding script n_chars n_bytes title warnings coverage",
    "articles": "article_id doc_id ordinal title authors source published abstract keywords text n_paragraphs "
                "front_matter",
    "sections": "section_id article_id parent_section_id level ordinal marker heading position",
    "paragraphs": "paragraph_id article_id section_id ordinal text speaker",
    "measures": "measure_id article_id section_id paragraph_id list_id ordinal marker title text "
                "parent_measure_id numbering_ok numbering_note",
    "residue": "doc_id text reason ordinal",
    "rejects": "source_path stage error record_id",
}


@pytest.mark.parametrize("table", TABLES)
def test_tables_have_the_agreed_columns_in_order(table):
    assert arrow_schema(TABLES[table]).names == EXPECTED_COLUMNS[table].split()


def _contract_columns() -> dict[str, list[str]]:
    text = (SHARED / "docs" / "contract.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\w+) \| (.+) \|$", text, flags=re.M)
    # column names are the backticked words outside the parenthesised explanations
    return {t: re.findall(r"`(\w+)`", re.sub(r"\([^()]*\)", "", cols)) for t, cols in rows if t in TABLES}


def test_contract_columns_come_first():
    if not (SHARED / "docs" / "contract.md").exists():
        pytest.skip("../shared is not here")
    contract = _contract_columns()
    assert set(contract) == set(TABLES)
    for table, columns in contract.items():
        assert arrow_schema(TABLES[table]).names[:len(columns)] == columns, table


@pytest.mark.parametrize("table", TABLES)
def test_json_schema_lists_every_column_and_forbids_extras(table):
    schema = json_schema(TABLES[table])
    assert list(schema["properties"]) == arrow_schema(TABLES[table]).names
    assert schema["additionalProperties"] is False


def test_json_schema_required_matches_non_defaulted_fields():
    required = set(json_schema(TABLES["paragraphs"])["required"])
    assert {"paragraph_id", "article_id", "ordinal", "text"} <= required
    assert "speaker" not in required


@pytest.mark.parametrize("table", TABLES)
def test_a_typo_column_is_a_validation_error(table):
    model = TABLES[table]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model.model_validate({"titel": "x"})


@pytest.mark.parametrize("table, row", [
    ("sections", dict(section_id="s", article_id="a", level=0, ordinal=1, position=1, heading="h")),
    ("paragraphs", dict(paragraph_id="p", article_id="a", ordinal=1, text="")),
    ("documents", dict(doc_id="d", source_path="x.txt", content_sha256="0" * 64, encoding="utf-8",
                       script="latin", n_chars=1, n_bytes=1, coverage=1.0)),
    ("measures", dict(measure_id="m", article_id="a", paragraph_id="p", list_id="l", ordinal=-1,
                      marker="一是", text="t", numbering_ok=True)),
])
def test_constraints_reject_bad_values(table, row):
    with pytest.raises(ValidationError):
        TABLES[table].model_validate(row)


def test_every_table_has_a_key_of_its_own_columns():
    for table, model in TABLES.items():
        assert set(model.key) <= set(model.model_fields), table


def test_markdown_reference_covers_every_column_with_its_description():
    ref = markdown_reference()
    for table, model in TABLES.items():
        assert f"### `{table}`" in ref
        for name, info in model.model_fields.items():
            assert info.description, f"{table}.{name} has no description"
            assert re.search(rf"^\| `{name}` \| [^|]+ \| (yes|no) \| {re.escape(info.description)}", ref, re.M)
    assert "| `published` | date | yes |" in ref
    assert "| `authors` | list<string> | no |" in ref


def test_row_dict_type_validates_like_the_model():
    """Dicts validated against the TypedDict twin equal model_validate(...).model_dump(), and a bad
    row fails with the same locations and messages."""
    from pydantic import TypeAdapter, ValidationError

    from schemas import row_dict_type

    doc = dict(doc_id="d1", source_path="a.txt", content_sha256="0" * 64, encoding="utf-8", script="hans",
               n_chars=3, n_bytes=9, coverage=1)
    adapter = TypeAdapter(row_dict_type(TABLES["documents"]))
    assert adapter.validate_python(doc) == TABLES["documents"].model_validate(doc).model_dump()
    assert adapter.validate_python(doc)["warnings"] == [] and isinstance(adapter.validate_python(doc)["coverage"], float)
    for bad in ({**doc, "n_chars": -1}, {**doc, "extra": 1}, {k: v for k, v in doc.items() if k != "doc_id"},
                {**doc, "script": "latin"}):
        with pytest.raises(ValidationError) as ours:
            adapter.validate_python(bad)
        with pytest.raises(ValidationError) as model:
            TABLES["documents"].model_validate(bad)
        assert [(e["loc"], e["msg"]) for e in ours.value.errors()] == [(e["loc"], e["msg"]) for e in model.value.errors()]


def test_row_dict_type_refuses_a_model_with_validators():
    from pydantic import field_validator

    from schemas import Row, row_dict_type

    class Checked(Row):
        key = ("x",)
        x: str

        @field_validator("x")
        @classmethod
        def upper(cls, v: str) -> str:
            return v.upper()

    with pytest.raises(TypeError, match="validators"):
        row_dict_type(Checked)


@pytest.mark.parametrize("table", TABLES)
def test_column_dict_type_checks_each_value_as_the_strict_row_type_checks_its_field(table):
    """Each column's items have the core schema of the strict row type's field (its default aside)."""
    from pydantic import TypeAdapter

    from schemas import column_dict_type, row_dict_type

    row_fields = TypeAdapter(row_dict_type(TABLES[table], strict=True)).core_schema["fields"]
    column_fields = TypeAdapter(column_dict_type(TABLES[table])).core_schema["fields"]
    assert list(column_fields) == list(row_fields)
    for name, field in row_fields.items():
        value = field["schema"]["schema"] if field["schema"]["type"] == "default" else field["schema"]
        column = column_fields[name]["schema"]
        assert column["type"] == "list" and column["items_schema"] == value, name
