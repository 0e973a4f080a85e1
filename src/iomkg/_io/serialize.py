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
import math
import re
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar, Union

import attrs

from .. import _models
from .._errors import DataError, InputTypeError

if TYPE_CHECKING:
    from cattrs import Converter

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "json_schema", "loads", "record_types"]

SCHEMA_VERSION = 2
"""The version of the JSON form; :func:`loads` refuses a newer one and reads every older one.

1: the first form. 2: places carry ``lat``, ``lon`` and ``geonames_id``, organizations
``wikidata_id`` (optional fields: a version 1 document reads with them ``None``).
"""

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
    '{"schema_version": 2, "type": "Span", "start": 0, "end": 3, "text": "Osh"}'
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


def loads(
    s: str | bytes | dict[str, Any],
    type: type[T] | None = None,
    *,
    ignore_unknown: bool = False,
) -> Any:
    """Read back what :func:`dumps` wrote; ``type`` checks (or, for bare data, gives) the type.

    The JSON is checked, never bent into shape: every value must have its field's
    JSON type (no ``null`` for a string, no string for an array, no ``1.9`` for an
    offset), dates must be ``YYYY-MM-DD``, every span must lie inside its article's
    text and match it, ``schema_version`` must be one this iomkg reads, and a field
    the record does not have is an error (``ignore_unknown=True`` drops such fields
    instead). Every failure is a :class:`~iomkg.DataError` whose ``field`` is the JSON
    path of the value (``$.articles[0].people[1].mentions[0].end``).

    >>> import iomkg
    >>> page = iomkg.Page(kind=iomkg.PageKind.OTHER, layout="generic")
    >>> iomkg.loads(iomkg.dumps(page), iomkg.Page) == page
    True
    >>> iomkg.loads('{"schema_version": 1, "type": "Fact", "label": null}')
    Traceback (most recent call last):
    ...
    iomkg.DataError: $.label: expected a string, got null
    """
    if isinstance(s, (str, bytes)):
        doc = _json(s)
    elif isinstance(s, dict):
        doc = s
    else:
        raise InputTypeError(f"s: expected str, bytes or dict, got {_tname(s)}", field="s")
    if type is not None and not attrs.has(type):
        msg = f"type: expected an iomkg record class, got {type!r}"
        raise InputTypeError(msg, field="type")
    reader = _Reader(ignore_unknown=bool(ignore_unknown))
    if not isinstance(doc, dict) or "schema_version" not in doc:
        if type is None:
            raise DataError("$: no schema_version; pass type= for bare data", field="$")
        return reader.read(doc, type, "$")
    version = doc.get("schema_version")
    if version.__class__ is not int or not 1 <= version <= SCHEMA_VERSION:
        msg = f"$.schema_version: {version!r} is not a version this iomkg reads (1 to {SCHEMA_VERSION})"
        raise DataError(msg, field="$.schema_version")
    name = doc.get("type")
    if not isinstance(name, str):
        raise DataError("$.type: missing (the name of a record type)", field="$.type")
    target: Any
    if name.startswith("tuple[") and name.endswith("]"):
        inner = record_types().get(name[6:-1])
        target = None if inner is None else tuple[inner, ...]  # type: ignore[valid-type]
    else:
        target = record_types().get(name)
    if target is None:
        raise DataError(f"$.type: unknown record type {name!r}", field="$.type")
    if type is not None and target is not type:
        msg = f"$.type: the JSON holds {name}, not {getattr(type, '__name__', type)}"
        raise DataError(msg, field="$.type")
    if name.startswith("tuple["):
        if "items" not in doc:
            raise DataError("$: missing field 'items'", field="$")
        extra = sorted(set(doc) - {"schema_version", "type", "items"})
        if extra and not ignore_unknown:
            raise DataError(f"$: unknown field {extra[0]!r}", field="$")
        return reader.read(doc["items"], target, "$.items")
    return reader.read(doc, target, "$", envelope=True)


def _json(s: str | bytes) -> Any:
    """JSON text to Python values; every failure a :class:`DataError` at ``$``."""
    if isinstance(s, bytes):
        try:
            s = s.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError("$: not JSON (not UTF-8 text)", field="$") from exc
    try:
        return json.loads(s)
    except json.JSONDecodeError as exc:
        msg = f"$: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        raise DataError(msg, field="$") from exc
    except RecursionError as exc:
        raise DataError("$: nested too deeply to read", field="$") from exc
    except ValueError as exc:  # an integer of thousands of digits
        raise DataError(f"$: not JSON ({exc})", field="$") from exc


# The keys of the envelope around a record's fields: its version and type, and the file it
# was read from, as ``iomkg parse --json`` writes it.
_ENVELOPE = frozenset(["schema_version", "type", "source"])
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KINDS = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    dict: "an object",
}


def _kind(value: object) -> str:
    """What a JSON value is, in words."""
    return _KINDS.get(value.__class__, value.__class__.__name__)


def _want(tp: Any) -> str:
    """What a type expects, in words."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        return " or ".join(_want(a) for a in typing.get_args(tp))
    if origin is tuple:
        return "an array"
    if tp is str or _is_enum(tp) or tp is dt.date:
        return "a string"
    if tp is int:
        return "an integer"
    if tp is float:
        return "a number"
    if tp is bool:
        return "a boolean"
    if tp is type(None):
        return "null"
    return "an object"


def _fits(value: Any, tp: Any) -> bool:
    """Whether a JSON value has the JSON type that ``tp`` is read from."""
    if typing.get_origin(tp) is tuple:
        return value.__class__ is list
    if tp is str or tp is dt.date or _is_enum(tp):
        return value.__class__ is str
    if tp is int or tp is bool:
        return value.__class__ is tp
    if tp is float:
        return value.__class__ in (int, float)
    return value.__class__ is dict


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """A record's fields: name, type, required; ``paragraphs`` first (the spans need the text)."""
    hints = typing.get_type_hints(cls)
    out = [(f.name, hints[f.name], f.default is attrs.NOTHING) for f in attrs.fields(cls)]
    return tuple(sorted(out, key=lambda f: f[0] != "paragraphs"))


Path = tuple[Any, ...]  # (parent path, key): formatted only when a value fails


def _path(at: Path | str) -> str:
    """``("$", "articles", 0, "title")`` as nested pairs -> ``$.articles[0].title``."""
    keys: list[Any] = []
    while isinstance(at, tuple):
        at, key = at
        keys.append(key)
    return at + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in reversed(keys))


def _fail(at: Path | str, problem: str) -> typing.NoReturn:
    path = _path(at)
    raise DataError(f"{path}: {problem}", field=path)


class _Reader:
    """Structures checked JSON values into records; ``text`` is the article text being read.

    One reading function per type, built once (:meth:`reader`): the checks cost about
    what cattrs' own structuring costs, and the JSON path of a value is only written
    out when the value fails.
    """

    def __init__(self, *, ignore_unknown: bool) -> None:
        self.ignore_unknown = ignore_unknown
        self.text: str | None = None

    def read(self, value: Any, tp: Any, path: str, *, envelope: bool = False) -> Any:
        if envelope:
            return self._record(value, tp, path, envelope=True)
        return _reader(tp)(self, value, path)

    def _record(self, value: Any, cls: type, at: Path | str, envelope: bool = False) -> Any:
        if value.__class__ is not dict:
            _fail(at, f"expected an object, got {_kind(value)}")
        fields = _fields(cls)
        if not self.ignore_unknown:
            names = _names(cls)
            for key in value:
                if key not in names and not (envelope and key in _ENVELOPE):
                    _fail(at, f"unknown field {key!r}")
        kwargs: dict[str, Any] = {}
        outer = self.text
        article = cls is _models.Article
        for name, tp, required in fields:
            if name not in value:
                if required:
                    _fail(at, f"missing field {name!r}")
                continue
            kwargs[name] = _reader(tp)(self, value[name], (at, name))
            if article and name == "paragraphs":
                self.text = _models.PARAGRAPH_SEPARATOR.join(kwargs[name])
        if article:
            self.text = outer
        elif cls is _models.Span:
            self._check_span(kwargs, at)
        elif cls is _models.DateSpan:
            start, end = kwargs.get("start"), kwargs.get("end")
            if start is not None and end is not None and end < start:
                _fail((at, "end"), f"{end.isoformat()} is before start {start.isoformat()}")
        try:
            return cls(**kwargs)
        except (ValueError, TypeError) as exc:  # pragma: no cover - the checks above come first
            _fail(at, f"not a valid {cls.__name__} ({exc})")

    def _check_span(self, span: dict[str, Any], at: Path | str) -> None:
        start, end, text = span["start"], span["end"], span["text"]
        if start < 0:
            _fail((at, "start"), f"{start} is negative")
        if end < start:
            _fail((at, "end"), f"{end} is before start {start}")
        if len(text) != end - start:
            _fail((at, "text"), f"{len(text)} characters for a span of {end - start}")
        if self.text is not None:
            if end > len(self.text):
                _fail((at, "end"), f"{end} is past the end of the article text ({len(self.text)})")
            if not self.text.startswith(text, start):
                _fail((at, "text"), f"does not match the article text at {start}:{end}")


Read = typing.Callable[[_Reader, Any, Any], Any]


@functools.cache
def _names(cls: type) -> frozenset[str]:
    return frozenset(name for name, _tp, _req in _fields(cls))


def _read_str(reader: _Reader, value: Any, at: Any) -> Any:
    if value.__class__ is not str:
        _fail(at, f"expected a string, got {_kind(value)}")
    if not value.isascii() and _SURROGATE.search(value):
        _fail(at, "a lone surrogate is not text")
    return value


def _read_int(reader: _Reader, value: Any, at: Any) -> Any:
    if value.__class__ is not int:
        _fail(at, f"expected an integer, got {_kind(value)}")
    return value


def _read_bool(reader: _Reader, value: Any, at: Any) -> Any:
    if value.__class__ is not bool:
        _fail(at, f"expected a boolean, got {_kind(value)}")
    return value


def _read_float(reader: _Reader, value: Any, at: Any) -> Any:
    if value.__class__ not in (int, float) or not math.isfinite(value):
        _fail(at, f"expected a number, got {_kind(value)}")
    return float(value)


def _read_date(reader: _Reader, value: Any, at: Any) -> Any:
    if value.__class__ is not str:
        _fail(at, f"expected a string, got {_kind(value)}")
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    _fail(at, f"{value!r} is not a date (YYYY-MM-DD)")


@functools.cache
def _reader(tp: Any) -> Read:
    """The function that reads a JSON value of type ``tp`` (built once per type)."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        options = [a for a in args if a is not type(None)]
        inner = _reader(options[0]) if len(options) == 1 else None
        want = _want(tp)
        allows_none = type(None) in args

        def read_union(reader: _Reader, value: Any, at: Any) -> Any:
            if value is None and allows_none:
                return None
            if inner is not None and value is not None and _fits(value, options[0]):
                return inner(reader, value, at)
            _fail(at, f"expected {want}, got {_kind(value)}")

        return read_union
    if origin is tuple:
        item = _reader(typing.get_args(tp)[0])

        def read_tuple(reader: _Reader, value: Any, at: Any) -> Any:
            if value.__class__ is not list:
                _fail(at, f"expected an array, got {_kind(value)}")
            return tuple([item(reader, v, (at, i)) for i, v in enumerate(value)])

        return read_tuple
    simple = {str: _read_str, int: _read_int, bool: _read_bool, float: _read_float}
    if tp in simple:
        return simple[tp]
    if tp is dt.date:
        return _read_date
    if _is_enum(tp):
        by_value = {m.value: m for m in tp}
        choices = ", ".join(str(m.value) for m in tp)

        def read_enum(reader: _Reader, value: Any, at: Any) -> Any:
            if value.__class__ is str and value in by_value:
                return by_value[value]
            _fail(at, f"{value!r} is not one of {choices}")

        return read_enum
    if attrs.has(tp):
        return lambda reader, value, at: reader._record(value, tp, at)
    msg = f"no JSON reader for {tp!r}"  # pragma: no cover - every model field is covered
    raise TypeError(msg)


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
