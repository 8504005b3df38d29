"""Validation: good rows pass in bulk, a bad row becomes a readable reject and the rest go on."""
from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from pydantic import TypeAdapter, ValidationError

from flows import load
from flows.validate import SOURCE, columns, first_distinct, record_id, validated, validated_rows
from schemas import TABLES, row_dict_type


def paragraph(pid: str, ordinal: int = 1, **extra) -> dict:
    return dict(paragraph_id=pid, article_id="a1", section_id=None, ordinal=ordinal, text="正文", speaker=None, **extra)


def test_good_rows_pass_unchanged_with_their_sources():
    rows = [paragraph("p1"), paragraph("p2", 2)]
    good, sources, rejects = validated_rows("paragraphs", rows, ["x.txt", "y.txt"])
    assert good == rows and sources == ["x.txt", "y.txt"] and rejects == []


def test_rows_taken_in_bulk_keep_their_column_split_for_arrow():
    """Bulk validation hands on the columns it split, so Arrow does not split the rows again; rows
    validated one by one (a default filled in) have none, and Arrow splits what validation returned."""
    rows = [paragraph("p1"), paragraph("p2", 2)]
    bulk = validated("paragraphs", rows, ["x.txt", "y.txt"])
    assert bulk.columns == {name: [r[name] for r in rows] for name in rows[0]}
    assert load.arrow_table("paragraphs", bulk.rows, bulk.columns).equals(load.arrow_table("paragraphs", rows))
    lax = validated("paragraphs", [dict(paragraph_id="p", article_id="a", ordinal=1, text="t")], ["x"])
    assert lax.columns is None and lax.rows[0]["speaker"] is None


def test_defaults_are_filled_in():
    good, _, _ = validated_rows("paragraphs", [dict(paragraph_id="p", article_id="a", ordinal=1, text="t")], ["x"])
    assert good[0]["section_id"] is None and good[0]["speaker"] is None


def test_date_strings_become_dates():
    row = dict(article_id="a1", doc_id="d1", ordinal=1, text="t", n_paragraphs=1, published="2024-11-19")
    good, _, rejects = validated_rows("articles", [row], ["x.txt"])
    assert rejects == [] and good[0]["published"] == date(2024, 11, 19)


def test_a_row_that_needs_coercion_among_exact_rows_gives_what_lax_validation_gives():
    """Bulk validation is strict; a row it refuses for its types alone is coerced, not rejected."""
    exact = dict(article_id="a1", doc_id="d1", ordinal=1, text="t", n_paragraphs=1, published=date(2024, 1, 2))
    rows = [exact, exact | {"article_id": "a2", "published": "2024-11-19", "ordinal": 2.0}]
    good, sources, rejects = validated_rows("articles", rows, ["x.txt", "y.txt"])
    assert rejects == [] and sources == ["x.txt", "y.txt"]
    assert [(g["published"], g["ordinal"]) for g in good] == [(date(2024, 1, 2), 1), (date(2024, 11, 19), 2)]
    assert type(good[1]["ordinal"]) is int


@pytest.mark.parametrize("bad, message", [
    (paragraph("p2", ordinal=0), "paragraphs.ordinal: Input should be greater than or equal to 1 (got 0)"),
    (paragraph("p2", colour="red"), "paragraphs.colour: Extra inputs are not permitted"),
    ({k: v for k, v in paragraph("p2").items() if k != "text"}, "paragraphs.text: Field required"),
    (paragraph("p2") | {"ordinal": "first"}, "paragraphs.ordinal: Input should be a valid integer"),
])
def test_a_bad_row_becomes_a_reject_and_the_rest_go_on(bad, message):
    rows = [paragraph("p1"), bad, paragraph("p3", 3)]
    good, sources, rejects = validated_rows("paragraphs", rows, ["a.txt", "b.txt", "c.txt"])
    assert [r["paragraph_id"] for r in good] == ["p1", "p3"] and sources == ["a.txt", "c.txt"]
    assert len(rejects) == 1
    reject = rejects[0]
    assert reject["source_path"] == "b.txt" and reject["stage"] == "validate" and reject["record_id"] == "p2"
    assert reject["error"].startswith(message) and "\n" not in reject["error"]


def test_a_row_that_is_not_a_mapping_is_rejected_without_an_id():
    good, _, rejects = validated_rows("paragraphs", [paragraph("p1"), "oops"], ["a.txt", "b.txt"])
    assert len(good) == 1 and rejects[0]["record_id"] is None and rejects[0]["source_path"] == "b.txt"


def test_record_id_joins_composite_keys():
    assert record_id("residue", {"doc_id": "d1", "ordinal": 2}) == "d1/2"
    assert record_id("paragraphs", {"text": "no id"}) is None


def test_first_distinct_keeps_the_first_row_of_each_id_and_rejects_the_rest():
    data = pa.table({"paragraph_id": ["p1", "p2", "p1"], "text": ["a", "b", "c"], SOURCE: ["x", "x", "y"]})
    kept, rejects = first_distinct("paragraphs", data)
    assert kept.column("text").to_pylist() == ["a", "b"]
    assert rejects == [{"source_path": "y", "stage": "validate", "error": "paragraphs: duplicate id p1",
                        "record_id": "p1"}]


def test_composite_keys_are_compared_column_by_column():
    data = pa.table({"doc_id": ["d", "d1", "d", "d"], "ordinal": [12, 2, 12, 1], SOURCE: ["x", "y", "z", "z"]})
    kept, rejects = first_distinct("residue", data)
    assert list(zip(kept["doc_id"].to_pylist(), kept["ordinal"].to_pylist())) == [("d", 12), ("d1", 2), ("d", 1)]
    assert [(r["record_id"], r["source_path"]) for r in rejects] == [("d/12", "z")]


def test_first_distinct_on_empty_and_unique_tables_is_a_no_op():
    empty = pa.table({"doc_id": pa.array([], pa.string()), "ordinal": pa.array([], pa.int64()),
                      SOURCE: pa.array([], pa.string())})
    assert first_distinct("residue", empty) == (empty, [])
    unique = pa.table({"doc_id": ["d", "d"], "ordinal": [1, 2], SOURCE: ["x", "x"]})
    assert first_distinct("residue", unique)[1] == []


@pytest.mark.parametrize("rows, expected", [
    ([paragraph("p1"), paragraph("p2", 2)],
     {"paragraph_id": ["p1", "p2"], "article_id": ["a1", "a1"], "section_id": [None, None], "ordinal": [1, 2],
      "text": ["正文", "正文"], "speaker": [None, None]}),
    ([paragraph("p1"), {k: v for k, v in paragraph("p2").items() if k != "speaker"}], None),   # a default to fill
    ([paragraph("p1", colour="red")], None),                                                  # an extra column
    ([{k: v for k, v in paragraph("p1").items() if k != "speaker"} | {"colour": "red"}], None),  # as many, not these
    ([paragraph("p1"), "oops"], None),
    ([], None),
])
def test_columns_are_the_rows_values_only_when_every_row_has_exactly_the_columns(rows, expected):
    assert columns("paragraphs", rows) == expected


@pytest.mark.parametrize("change", [{"ordinal": 2.0}, {"ordinal": True}, {"text": ""}, {"section_id": 3},
                                    {"paragraph_id": ""}, {"ordinal": 0}])
def test_rows_with_every_column_validate_in_bulk_as_row_by_row(change):
    """The bulk (column) check passes rows unchanged only when each would pass as it is; otherwise
    each row is validated as the model would, coercing or rejecting it."""
    rows = [paragraph("p1"), paragraph("p2", 2) | change]
    lax = TypeAdapter(row_dict_type(TABLES["paragraphs"]))
    good, _, rejects = validated_rows("paragraphs", rows, ["a.txt", "b.txt"])
    try:
        expected = [lax.validate_python(r) for r in rows]
    except ValidationError:
        assert good == rows[:1] and len(rejects) == 1
    else:
        assert good == expected and [type(v) for v in good[1].values()] == [type(v) for v in expected[1].values()]


def test_valid_rows_with_every_column_come_back_as_they_are():
    rows = [paragraph("p1"), paragraph("p2", 2)]
    good, _, _ = validated_rows("paragraphs", rows, ["a.txt", "b.txt"])
    assert good == rows and good is not rows and all(g is r for g, r in zip(good, rows))
