"""Lossless JSON for the records: one private cattrs converter, a schema version, a JSON Schema.

The converter is built once from :func:`cattrs.preconf.json.make_converter` (which reads
dates back) and never touches cattrs' global converter, so a user's own cattrs hooks and
iomkg's cannot disturb each other. cattrs itself is imported when the converter is first
needed, not with iomkg: it (and ``typing_extensions`` behind it) would add a tenth to
``import iomkg`` for callers who never write JSON.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar, Union

import attrs

from .. import _models
from .._errors import InputTypeError, ParseError

if TYPE_CHECKING:
    from cattrs import Converter

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "json_schema", "loads", "record_types"]

SCHEMA_VERSION = 1
"""The version of the JSON form; :func:`loads` refuses a newer one."""

T = TypeVar("T")


@functools.cache
def record_types() -> dict[str, type]:
    """The record classes :func:`dumps` and :func:`loads` know, by class name.

    >>> record_types()["Page"].__name__
    'Page'
    """
    from ..layouts import profile

    records = {name: obj for name in _models.__all__ if attrs.has(obj := getattr(_models, name))}
    # Site profiles are records too: learned once, stored as JSON, read back for more pages.
    records.update(
        (name, obj) for name in profile.__all__ if attrs.has(obj := getattr(profile, name))
    )
    return records


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


@functools.cache
def converter() -> Converter:
    """The private converter of iomkg (built once; enums become their values).

    >>> import datetime as dt
    >>> converter().unstructure(_models.DateSpan.from_dates(dt.date(2016, 6, 22)))["start"]
    '2016-06-22'
    """
    from cattrs.preconf.json import make_converter

    conv = make_converter()
    conv.register_unstructure_hook_func(_is_enum, lambda e: e.value)
    return conv


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """A record (or a tuple of records) as JSON, with its type and :data:`SCHEMA_VERSION`.

    >>> import iomkg
    >>> s = iomkg.dumps(iomkg.Span(start=0, end=3, text="Osh"))
    >>> s
    '{"schema_version": 1, "type": "Span", "start": 0, "end": 3, "text": "Osh"}'
    >>> iomkg.loads(s) == iomkg.Span(start=0, end=3, text="Osh")
    True
    """
    return json.dumps(envelope(obj), ensure_ascii=False, indent=indent)


def envelope(obj: Any) -> dict[str, Any]:
    """The JSON-ready dict :func:`dumps` writes: ``schema_version``, ``type``, then the fields
    (or ``items`` for a tuple of records). No record has a field called ``schema_version`` or ``type``.

    >>> envelope(_models.Fact(label="Donor"))["type"]
    'Fact'
    """
    if isinstance(obj, tuple) and obj and all(attrs.has(type(o)) for o in obj):
        kinds = {type(o).__name__ for o in obj}
        if len(kinds) != 1:
            raise InputTypeError("obj: a tuple of records of one type expected", field="obj")
        name = f"tuple[{kinds.pop()}]"
    elif attrs.has(type(obj)) and type(obj).__name__ in record_types():
        name = type(obj).__name__
    else:
        raise InputTypeError(
            f"obj: expected an iomkg record, got {type(obj).__name__}", field="obj"
        )
    data = converter().unstructure(obj)
    if isinstance(data, dict):
        return {"schema_version": SCHEMA_VERSION, "type": name, **data}
    return {"schema_version": SCHEMA_VERSION, "type": name, "items": data}


def loads(s: str | bytes | dict[str, Any], type: type[T] | None = None) -> Any:
    """Read back what :func:`dumps` wrote; ``type`` checks (or, for bare data, gives) the type.

    >>> import iomkg
    >>> page = iomkg.Page(kind=iomkg.PageKind.OTHER, layout="generic")
    >>> iomkg.loads(iomkg.dumps(page), iomkg.Page) == page
    True
    """
    if isinstance(s, (str, bytes)):
        try:
            doc = json.loads(s)
        except json.JSONDecodeError as exc:
            raise ParseError(f"s: not JSON ({exc.msg})", field="s") from exc
    elif isinstance(s, dict):
        doc = s
    else:
        raise InputTypeError(f"s: expected str, bytes or dict, got {_tname(s)}", field="s")
    if not isinstance(doc, dict) or "schema_version" not in doc:
        if type is None:
            raise ParseError("s: no schema_version; pass type= for bare data", field="s")
        return converter().structure(doc, type)
    version = doc.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise ParseError(
            f"schema_version: {version!r} is not one this iomkg reads (<= {SCHEMA_VERSION})",
            field="schema_version",
        )
    name = doc.get("type")
    if not isinstance(name, str):
        raise ParseError("type: missing", field="type")
    target: Any
    if isinstance(name, str) and name.startswith("tuple[") and name.endswith("]"):
        inner = record_types().get(name[6:-1])
        target = None if inner is None else tuple[inner, ...]  # type: ignore[valid-type]
    else:
        target = record_types().get(name)
    if target is None:
        raise ParseError(f"type: unknown record type {name!r}", field="type")
    if type is not None and target is not type:
        raise ParseError(f"type: the JSON holds {name}, not {type.__name__}", field="type")
    if name.startswith("tuple["):
        data: Any = doc.get("items")
    else:
        data = {k: v for k, v in doc.items() if k not in ("schema_version", "type")}
    try:
        return converter().structure(data, target)
    except Exception as exc:  # cattrs raises its own class groups
        raise ParseError(f"data: not a valid {name} ({exc})", field="data") from exc


def _tname(obj: object) -> str:
    return type(obj).__name__


# -- JSON Schema --------------------------------------------------------------------------


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) for a in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(tp)[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if _is_enum(tp):
        return {"type": "string", "enum": [m.value for m in tp]}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve: records may nest themselves
            hints = typing.get_type_hints(tp)
            props = {f.name: _schema_of(hints[f.name], defs) for f in attrs.fields(tp)}
            required = [f.name for f in attrs.fields(tp) if f.default is attrs.NOTHING]
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().split("\n", 1)[0],
                "properties": props,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    msg = f"no JSON Schema for {tp!r}"  # pragma: no cover - every model field is covered
    raise TypeError(msg)


def json_schema(record: type | None = None) -> dict[str, Any]:
    """The JSON Schema (2020-12) of what :func:`dumps` writes for ``record`` (default: Page).

    >>> import iomkg
    >>> schema = iomkg.json_schema(iomkg.Place)
    >>> schema["properties"]["type"]["const"], sorted(schema["$defs"])
    ('Place', ['Place', 'Span'])
    """
    record = record or _models.Page
    if not attrs.has(record) or record.__name__ not in record_types():
        raise InputTypeError(
            f"record: expected an iomkg record class, got {record!r}", field="record"
        )
    defs: dict[str, Any] = {}
    _schema_of(record, defs)
    top = dict(defs[record.__name__])
    top["properties"] = {
        "schema_version": {"type": "integer", "minimum": 1, "maximum": SCHEMA_VERSION},
        "type": {"const": record.__name__},
        **top["properties"],
    }
    top["required"] = ["schema_version", "type", *top["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"iomkg {record.__name__}",
        **top,
        "$defs": {k: defs[k] for k in sorted(defs)},
    }
