"""Arrow schemas, JSON Schema and the Markdown table reference, derived from the models."""
from __future__ import annotations

import types
from datetime import date
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
import pyarrow as pa
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from typing_extensions import TypedDict

from schemas.tables import TABLES

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32(),
}


def _without_none(annotation: Any) -> tuple[Any, bool]:
    """(annotation with `None` removed, whether `None` was allowed)."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return args[0], len(args) < len(get_args(annotation))
    return annotation, False


def arrow_type(annotation: Any) -> pa.DataType:
    """pyarrow type for a (non-optional) field annotation."""
    origin = get_origin(annotation)
    if origin is Literal:
        return arrow_type(type(get_args(annotation)[0]))
    if origin is list:
        return pa.list_(arrow_type(get_args(annotation)[0]))
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_field(name: str, info: FieldInfo) -> pa.Field:
    annotation, nullable = _without_none(info.annotation)
    return pa.field(name, arrow_type(annotation), nullable=nullable)


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    return pa.schema([arrow_field(name, info) for name, info in model.model_fields.items()])


def row_dict_type(model: type[BaseModel], strict: bool = False) -> type:
    """The model's fields, types, constraints and defaults as a TypedDict, with the model's config
    (extra='forbid'). Validating plain dicts against it gives the same dicts and the same errors as
    model_validate(...).model_dump(), about twice as fast (no model instances). A model validator
    would not run on a TypedDict, so a model with one is refused rather than silently unchecked.

    strict: no type coercion (a date must be a date, not an ISO string); what strict validation
    accepts, lax validation returns unchanged."""
    _refuse_validators(model)
    fields = {name: Annotated[info.annotation, info] for name, info in model.model_fields.items()}
    # (a TypedDict made at run time from the model's fields, which a type checker cannot follow)
    row_type = TypedDict(f"{model.__name__}Row", fields)  # type: ignore[misc]
    row_type.__pydantic_config__ = {**model.model_config, "strict": True} if strict else model.model_config  # type: ignore[attr-defined]
    return row_type


def _refuse_validators(model: type[BaseModel]) -> None:
    """A model validator would not run on a TypedDict twin: such a model is refused, not silently unchecked."""
    decorators = model.__pydantic_decorators__
    if decorators.field_validators or decorators.model_validators or decorators.root_validators:
        raise TypeError(f"{model.__name__} has validators: validate rows with the model itself")


def column_dict_type(model: type[BaseModel]) -> type:
    """The model's columns as a strict TypedDict: each field holds a list of values, each value of
    the field's type and constraints (its core schema is the row type's field schema, without the
    default: a column lists every row's value). Validating a table's rows column by column checks
    each value as row_dict_type(model, strict=True) does, without a dict per row."""
    _refuse_validators(model)
    fields = {name: list[_value_type(info)] for name, info in model.model_fields.items()}  # type: ignore[misc]
    column_type = TypedDict(f"{model.__name__}Columns", fields)  # type: ignore[misc]
    column_type.__pydantic_config__ = {**model.model_config, "strict": True}  # type: ignore[attr-defined]
    return column_type


def _value_type(info: FieldInfo) -> Any:
    """The field's type with its constraints (min_length, ge, pattern …) but not its default."""
    return Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation


def json_schema(model: type[BaseModel]) -> dict:
    return model.model_json_schema()


def arrow_schemas() -> dict[str, pa.Schema]:
    return {table: arrow_schema(model) for table, model in TABLES.items()}


def _type_name(annotation: Any) -> str:
    """Short readable type for the reference: string, int64, list<string> …"""
    if get_origin(annotation) is Literal:
        return "string"
    t = arrow_type(annotation)
    return f"list<{t.value_type}>" if pa.types.is_list(t) else ("date" if t == pa.date32() else str(t))


def _constraints(info: FieldInfo) -> str:
    marks = {annotated_types.Ge: ("≥", "ge"), annotated_types.Le: ("≤", "le"),
             annotated_types.Gt: (">", "gt"), annotated_types.Lt: ("<", "lt")}
    parts = [f"{marks[type(m)][0]} {getattr(m, marks[type(m)][1])}" for m in info.metadata if type(m) in marks]
    return f" ({', '.join(parts)})" if parts else ""


def markdown_reference() -> str:
    """The README's table reference: one Markdown table per dataset table."""
    out: list[str] = []
    for table, model in TABLES.items():
        out += [f"### `{table}`", "", (model.__doc__ or "").strip(), "",
                "| column | type | nullable | description |", "|---|---|---|---|"]
        for name, info in model.model_fields.items():
            annotation, nullable = _without_none(info.annotation)
            desc = (info.description or "") + _constraints(info)
            out.append(f"| `{name}` | {_type_name(annotation)} | {'yes' if nullable else 'no'} | {desc} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
