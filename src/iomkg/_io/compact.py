"""Pages across process boundaries, compactly: cheap to pickle, and small once loaded.

:func:`iomkg.load` with ``workers > 1`` parses in worker processes and sends the pages
back pickled. attrs' own pickling calls Python code twice for every record (a state
dict out, a loop of ``object.__setattr__`` in); a page holds a few hundred small
records, so that cost rivals parsing. Here a record pickles as ``(class code, field
values)`` through a C attrgetter, and is rebuilt by one call.

Rebuilding also *interns* what many records repeat (names, dates as written, EDTF
strings, offsets, dates): equal values become one shared object. Values are
unchanged (every field is equal to what :func:`iomkg.parse` gave), only the copies
go: in a corpus of generated pages this takes a quarter off the memory per article.

>>> import iomkg
>>> page = iomkg.parse("Osh – On 4 March 2024, a training opened in Osh.")
>>> back = loads(dumps([page, page]))
>>> back[0] == page, back[0] is back[1]
(True, True)
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import operator
import pickle
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .. import _models
from .._models import Page

__all__ = ["Interner", "dumps", "loads"]

_SHORT = 64
"""Strings up to this length are shared corpus-wide (names, dates as written); longer ones
(sentences, paragraphs) only within one batch of pages, where their copies are."""


def _classes() -> list[type]:
    found = [c for c in vars(_models).values() if isinstance(c, type) and attrs.has(c)]
    return sorted(found, key=lambda c: c.__name__)  # the same codes in every process


_CLASSES = _classes()
_NAMES = [tuple(a.name for a in attrs.fields(c)) for c in _CLASSES]
_CODES = {c: n for n, c in enumerate(_CLASSES)}
_GETTERS = [operator.attrgetter(*names) for names in _NAMES]


def _record(code: int, values: tuple[Any, ...]) -> Any:
    """A record from its field values, without interning (what plain ``pickle.loads`` calls)."""
    return Interner()._build(code, values)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        code = _CODES.get(type(obj))
        if code is not None:
            values = _GETTERS[code](obj)
            if len(_NAMES[code]) == 1:  # attrgetter of one name gives the value itself
                values = (values,)
            return _record, (code, values)
        if isinstance(obj, enum.Enum):
            return getattr, (type(obj), obj.name)  # the member itself, by a C call
        return NotImplemented


def dumps(pages: Sequence[Page]) -> bytes:
    """Pages as bytes for :func:`loads` (shared objects stay shared)."""
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(list(pages))
    return out.getvalue()


# A field's annotation is a string until something resolves the class's types (cattrs
# does when the JSON converter is built): both forms are read the same way.
_KINDS: dict[str, str] = {
    "str": "str",
    "str | None": "str",
    "<class 'str'>": "str",
    "int": "int",
    "<class 'int'>": "int",
    "dt.date": "date",
    "dt.date | None": "date",
    "<class 'datetime.date'>": "date",
    "datetime.date | None": "date",
    "tuple[str, ...]": "strs",
}


def _field_kind(tp: Any) -> str:
    """How a field's values are interned, from its annotation: str, int, date, strs or as is.

    >>> _field_kind("str | None"), _field_kind(str | None), _field_kind(tuple[str, ...])
    ('str', 'str', 'strs')
    """
    return _KINDS.get(str(tp), "")


# Exact type checks: a str-valued enum member or a bool is equal to a plain str or int, and
# must not be swapped for one.
_INTERN = {
    "str": "({v} if {v}.__class__ is not str else S({v}, {v}) if len({v}) <= SHORT else L({v}, {v}))",
    "int": "({v} if {v}.__class__ is not int else I({v}, {v}))",
    "date": "({v} if {v}.__class__ is not date else D({v}, {v}))",
    "strs": "T({v})",
}


def _builder_source(code: int) -> str:
    """The source of a function rebuilding a record of class ``code`` from its field values."""
    lines = [f"def build_{code}(values):", "    obj = new(cls)"]
    names = _NAMES[code]
    lines.append(f"    ({', '.join(f'v{k}' for k in range(len(names)))},) = values")
    for k, a in enumerate(attrs.fields(_CLASSES[code])):
        kind = _field_kind(a.type)
        expr = _INTERN[kind].format(v=f"v{k}") if kind else f"v{k}"
        lines.append(f"    put(obj, {a.name!r}, {expr})")
    lines.append("    return obj")
    return "\n".join(lines)


class Interner:
    """Tables of the values already seen, so that equal values are one object.

    One interner serves a whole load; :meth:`loads` may be called for every batch.

    >>> inter = Interner()
    >>> a, b = inter.intern("Osh Region"), inter.intern("".join(["Osh ", "Region"]))
    >>> a is b
    True
    """

    __slots__ = ("_builders", "_long", "_strs", "_tuples")

    def __init__(self) -> None:
        self._strs: dict[str, str] = {}
        self._long: dict[str, str] = {}
        self._tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        ints: dict[int, int] = {}
        dates: dict[dt.date, dt.date] = {}
        # One function per record class, generated once per interner: unrolled field
        # stores with the right table bound in, the cheapest rebuild CPython allows.
        self._builders: list[Callable[[tuple[Any, ...]], Any]] = []
        for code, cls in enumerate(_CLASSES):
            scope: dict[str, Any] = {
                "new": object.__new__,
                "cls": cls,
                "put": object.__setattr__,  # records are frozen: set as attrs' own __init__ does
                "S": self._strs.setdefault,
                "I": ints.setdefault,
                "D": dates.setdefault,
                "T": self._strs_tuple,
                "SHORT": _SHORT,
                "date": dt.date,
                "L": self._long_setdefault,
            }
            exec(_builder_source(code), scope)  # the source is built from attrs field names
            self._builders.append(scope[f"build_{code}"])

    def _long_setdefault(self, s: str, default: str) -> str:
        return self._long.setdefault(s, default)

    def intern(self, s: str) -> str:
        """The shared copy of ``s``."""
        table = self._strs if len(s) <= _SHORT else self._long
        return table.setdefault(s, s)

    def _strs_tuple(self, v: tuple[str, ...]) -> tuple[str, ...]:
        if not v or not all(s.__class__ is str for s in v):
            return v
        strs = tuple(map(self.intern, v))
        if all(len(s) <= _SHORT for s in strs):  # aliases, roles, tags: shared
            return self._tuples.setdefault(strs, strs)
        return strs  # paragraphs

    def _build(self, code: int, values: tuple[Any, ...]) -> Any:
        return self._builders[code](values)

    def loads(self, blob: bytes) -> list[Page]:
        """The pages of :func:`dumps`, their values interned."""
        self._long = {}  # long strings repeat within a batch, not across the corpus
        build = self._build

        class Unpickler(pickle.Unpickler):
            def find_class(self, module: str, name: str) -> Any:
                if module == __name__ and name == "_record":
                    return build
                return super().find_class(module, name)

        pages: list[Page] = Unpickler(io.BytesIO(blob)).load()
        self._long = {}
        return pages


def loads(blob: bytes) -> list[Page]:
    """The pages of :func:`dumps` (one-off: values interned within these pages only)."""
    return Interner().loads(blob)
