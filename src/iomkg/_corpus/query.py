"""Django-style lookups and :class:`Q` objects over records and corpus entries.

A lookup is ``field__sub__op=value``: the fields are walked (a tuple field fans out,
so ``places__admin1_code="KG-O"`` holds when *any* place has that code), then the
operator compares. Operators: ``exact`` (the default), ``iexact``, ``contains``,
``icontains``, ``in``, ``gt``, ``gte``, ``lt``, ``lte``, ``isnull``, and the transform
``year`` (of a date, or of a date span's start) that may be followed by another
operator (``published__year__gte=2020``). A string compared with a date is read as an
ISO date.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs

from .._errors import InputTypeError, IomkgError
from .._models import DateSpan
from .merge import Entry

__all__ = ["Q", "QueryError", "compile_lookup", "resolve_path", "values_at"]

OPERATORS = frozenset(
    {"exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt", "lte", "isnull"}
)
_ENTRY_FIELDS = {"id": str, "articles": "articles", "record": "record", "originals": "record"}

Predicate = Callable[[Any], bool]


class QueryError(IomkgError, ValueError):
    """A lookup that names no field, or an operator that does not exist.

    >>> import iomkg
    >>> try:
    ...     iomkg.Q(nonsense=1).compile(iomkg.Article)
    ... except iomkg.QueryError as exc:
    ...     exc.field
    'nonsense'
    """


def _unwrap(tp: Any) -> Any:
    """``tuple[X, ...]`` / ``X | None`` -> ``X``."""
    while True:
        origin = typing.get_origin(tp)
        if origin is tuple:
            tp = typing.get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0] if len(args) == 1 else Any
        else:
            return tp


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    hints = dict(typing.get_type_hints(cls))
    for name in dir(cls):
        attr = getattr(cls, name, None)
        if isinstance(attr, property) and not name.startswith("_"):
            hints.setdefault(name, typing.get_type_hints(attr.fget).get("return", Any))
    return hints


def resolve_path(
    cls: Any, lookup: str, record: Any = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split ``lookup`` into (fields, operators), checking every field against ``cls``.

    ``record`` is the record class of an :class:`Entry`.

    >>> from iomkg import Event
    >>> resolve_path(Event, "places__admin1_code")
    (('places', 'admin1_code'), ('exact',))
    >>> resolve_path(Event, "when__start__year__gte")
    (('when', 'start'), ('year', 'gte'))
    >>> resolve_path(Entry, "places__id", Event)
    (('record', 'places', 'id'), ('exact',))
    """
    fields, ops, _ = _walk(cls, lookup, record)
    return fields, ops


@functools.cache
def _walk(
    cls: Any, lookup: str, record: Any = None
) -> tuple[tuple[str, ...], tuple[str, ...], Any]:
    """:func:`resolve_path`, and the type of the last field."""
    if isinstance(cls, type) and issubclass(cls, Entry):
        cls = Entry
    parts = lookup.split("__")
    fields: list[str] = []
    tp: Any = cls
    i = 0
    while i < len(parts):
        part = parts[i]
        if part in OPERATORS or part == "year":
            break
        if tp is Entry:
            spec = _ENTRY_FIELDS.get(part)
            if spec is None:  # a field of the record: read it there, not through __getattr__
                fields.append("record")
                tp = record
                continue
            fields.append(part)
            tp = {"articles": _article_type(), "record": record}.get(str(spec), str)
            i += 1
            continue
        if tp is Any:
            fields.append(part)
            i += 1
            continue
        hints = _hints(tp) if isinstance(tp, type) and (attrs.has(tp) or tp is DateSpan) else {}
        if part not in hints:
            where = getattr(tp, "__name__", str(tp))
            msg = f"{lookup}: {where} has no field {part!r}"
            raise QueryError(msg, field=lookup)
        fields.append(part)
        tp = _unwrap(hints[part])
        i += 1
    ops = tuple(parts[i:]) or ("exact",)
    if ops[0] == "year":
        ops = ("year", *(ops[1:] or ("exact",)))
    if len(ops) > (2 if ops[0] == "year" else 1) or any(op not in OPERATORS for op in ops[-1:]):
        msg = f"{lookup}: unknown operator {'__'.join(ops)!r} (known: year, {', '.join(sorted(OPERATORS))})"
        raise QueryError(msg, field=lookup)
    if not fields:
        raise QueryError(f"{lookup}: no field named", field=lookup)
    return tuple(fields), ops, tp


def _check_enum(tp: Any, lookup: str, op: str, value: Any) -> None:
    """A value compared with an enum field must be one of its members or their values."""
    if not (isinstance(tp, type) and issubclass(tp, enum.Enum)) or op not in ("exact", "in"):
        return
    if op == "in" and (isinstance(value, (str, bytes)) or not hasattr(value, "__iter__")):
        return
    known = [m.value for m in tp]
    for v in list(value) if op == "in" else [value]:
        if v is None or isinstance(v, tp) or v in known:
            continue
        close = difflib.get_close_matches(str(v), [str(k) for k in known], n=3)
        hint = f" (did you mean {', '.join(map(repr, close))}?)" if close else ""
        msg = (
            f"{lookup}: {v!r} is no {tp.__name__} value{hint}; known: {', '.join(map(str, known))}"
        )
        raise QueryError(msg, field=lookup)


def _article_type() -> type:
    from .._models import Article

    return Article


def values_at(obj: Any, fields: tuple[str, ...]) -> list[Any]:
    """The values at a path, tuples fanned out; a ``None`` on the way stays ``None``.

    >>> from iomkg import Article, Place, PlaceKind
    >>> art = Article(places=(Place(id="KG-O", name="Osh Region", kind=PlaceKind.ADMIN1),
    ...                       Place(id="KG", name="Kyrgyzstan", kind=PlaceKind.COUNTRY)))
    >>> values_at(art, ("places", "id"))
    ['KG-O', 'KG']
    """
    if len(fields) == 1:
        x = getattr(obj, fields[0])
        return list(x) if isinstance(x, tuple) else [x]
    current = [obj]
    for name in fields:
        nxt: list[Any] = []
        for v in current:
            if v is None:
                nxt.append(None)
                continue
            x = getattr(v, name)
            if isinstance(x, tuple):
                nxt.extend(x)
            else:
                nxt.append(x)
        current = nxt
    return current


def _coerce(sample: Any, value: Any) -> Any:
    if isinstance(value, str) and isinstance(sample, dt.date):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise QueryError(f"{value!r} is not an ISO date", field="value") from exc
    if isinstance(value, enum.Enum) and not isinstance(sample, enum.Enum):
        return value.value
    return value


def _year(v: Any) -> Any:
    if isinstance(v, DateSpan):
        return v.start.year if v.start is not None else None
    if isinstance(v, dt.date):
        return v.year
    return None


def _test(op: str, value: Any) -> Callable[[Any], bool]:
    if op == "exact":
        return lambda v: v == _coerce(v, value)
    if op == "iexact":
        folded = str(value).casefold()
        return lambda v: isinstance(v, str) and v.casefold() == folded
    if op == "contains":
        return lambda v: isinstance(v, str) and str(value) in v
    if op == "icontains":
        folded = str(value).casefold()
        return lambda v: isinstance(v, str) and folded in v.casefold()
    if op == "in":
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            raise QueryError("__in needs a collection of values", field="in")
        pool = list(value)
        return lambda v: any(v == _coerce(v, p) for p in pool)
    compare = {"gt": "__gt__", "gte": "__ge__", "lt": "__lt__", "lte": "__le__"}[op]

    def ordered(v: Any) -> bool:
        try:
            out = getattr(v, compare)(_coerce(v, value))
        except TypeError:
            return False
        return out is True

    return ordered


def compile_lookup(cls: Any, lookup: str, value: Any, record: Any = None) -> Predicate:
    """A predicate for one lookup on items of class ``cls``.

    >>> import datetime as dt
    >>> from iomkg import Article
    >>> test = compile_lookup(Article, "published__year__gte", 2020)
    >>> test(Article(published=dt.date(2021, 1, 1))), test(Article())
    (True, False)
    """
    fields, ops, tp = _walk(cls, lookup, record)
    if ops[0] != "year":
        _check_enum(tp, lookup, ops[-1], value)
    if ops[-1] == "exact" and value is None:
        ops, value = (*ops[:-1], "isnull"), True
    if ops[-1] == "isnull":
        want = bool(value)

        def isnull(item: Any) -> bool:
            vals = values_at(item, fields)
            if ops[0] == "year":
                vals = [_year(v) for v in vals]
            return (not any(v is not None for v in vals)) is want

        return isnull
    test = _test(ops[-1], value)
    year = ops[0] == "year"

    def match(item: Any) -> bool:
        for raw in values_at(item, fields):
            v = _year(raw) if year else raw
            if v is not None and test(v):
                return True
        return False

    return match


class Q:
    """A condition on records, combined with ``&``, ``|`` and ``~``.

    ``Q(a=1, b=2)`` holds when both lookups hold.

    >>> import iomkg
    >>> q = (iomkg.Q(title__icontains="osh") | iomkg.Q(language="ru")) & ~iomkg.Q(published=None)
    >>> q
    <Q: ((title__icontains='osh' | language='ru') & ~(published=None))>
    >>> test = q.compile(iomkg.Article)
    >>> import datetime as dt
    >>> test(iomkg.Article(title="Osh event", published=dt.date(2020, 1, 1)))
    True
    """

    __slots__ = ("_children", "_op")

    def __init__(self, *children: Q, **lookups: Any) -> None:
        for child in children:
            if not isinstance(child, Q):
                msg = f"Q: positional arguments must be Q objects, got {type(child).__name__}"
                raise InputTypeError(msg, field="q")
        kids: list[Q | tuple[str, Any]] = list(children)
        kids.extend(sorted(lookups.items()))
        self._op = "and"
        self._children: tuple[Q | tuple[str, Any], ...] = tuple(kids)

    @classmethod
    def _make(cls, op: str, children: tuple[Q | tuple[str, Any], ...]) -> Q:
        q = cls()
        q._op = op
        q._children = children
        return q

    def __and__(self, other: Q) -> Q:
        if not isinstance(other, Q):
            return NotImplemented
        return Q._make("and", (self, other))

    def __or__(self, other: Q) -> Q:
        if not isinstance(other, Q):
            return NotImplemented
        return Q._make("or", (self, other))

    def __invert__(self) -> Q:
        return Q._make("not", (self,))

    def __repr__(self) -> str:
        return f"<Q: {self._text()}>"

    def _text(self) -> str:
        parts = [c._text() if isinstance(c, Q) else f"{c[0]}={c[1]!r}" for c in self._children]
        if self._op == "not":
            return f"~{parts[0]}" if parts[0].startswith("(") else f"~({parts[0]})"
        joined = (" | " if self._op == "or" else " & ").join(parts)
        return f"({joined})" if len(parts) > 1 else joined

    def compile(self, cls: Any, record: Any = None) -> Predicate:
        """A predicate for items of ``cls`` (:class:`Entry` items give their ``record``).

        >>> from iomkg import Place, PlaceKind
        >>> Q(kind="city").compile(Place)(Place(id="x", name="X", kind=PlaceKind.CITY))
        True
        """
        tests: list[Predicate] = [
            c.compile(cls, record) if isinstance(c, Q) else compile_lookup(cls, c[0], c[1], record)
            for c in self._children
        ]
        if self._op == "not":
            inner = tests[0]
            return lambda item: not inner(item)
        if self._op == "or":
            return lambda item: any(t(item) for t in tests)
        if len(tests) == 1:
            return tests[0]
        return lambda item: all(t(item) for t in tests)
