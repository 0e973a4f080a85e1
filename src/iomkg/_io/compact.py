"""Pages across process boundaries, compactly: cheap to pickle, and small once loaded.

:func:`iomkg.load` with ``workers > 1`` parses in worker processes and sends the pages
back pickled. attrs' own pickling calls Python code twice for every record (a state
dict out, a loop of ``object.__setattr__`` in); a page holds a few hundred small
records, so that cost rivals parsing. Here a record pickles as ``(class code, field
values)`` through a C attrgetter, and is rebuilt by one call.

Rebuilding also *shares* what many records repeat (names, dates as written, EDTF
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
import types
import typing
from collections.abc import Callable, Mapping, Sequence
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
    return _PLAIN[code](values)


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


def _field_kind(tp: Any) -> str:
    """How a field's values are shared, from its type: ``str``, ``int``, ``date``, ``strs``
    (a tuple of strings) or ``""`` (kept as it is).

    The record classes' annotations are types (``_models`` does not postpone them).

    >>> _field_kind(str | None), _field_kind(tuple[str, ...]), _field_kind(dt.date | None)
    ('str', 'strs', 'date')
    """
    args = set(typing.get_args(tp)) - {type(None)} if isinstance(tp, types.UnionType) else {tp}
    if len(args) != 1:
        return ""
    (core,) = args
    if core is str or core is int:
        return core.__name__
    if core is dt.date:
        return "date"
    if typing.get_origin(core) is tuple and typing.get_args(core) == (str, ...):
        return "strs"
    return ""


#: The fields of each record class with how their values are shared, from attrs.fields.
_PLANS: list[tuple[tuple[str, str], ...]] = [
    tuple((a.name, _field_kind(a.type)) for a in attrs.fields(c)) for c in _CLASSES
]


def _builder(
    cls: type, plan: tuple[tuple[str, str], ...], sharers: Mapping[str, Callable[[Any], Any]]
) -> Callable[[tuple[Any, ...]], Any]:
    """A function rebuilding a record of ``cls`` from its field values, shared by ``sharers``.

    The fields are set as attrs' own ``__init__`` sets a frozen record's (the record
    classes have no validators and no converters to run).

    >>> from iomkg import Span
    >>> build = _builder(Span, _PLANS[_CODES[Span]], {})
    >>> build((0, 3, "Osh"))
    Span(start=0, end=3, text='Osh')
    """
    names = tuple(name for name, _kind in plan)
    shares = tuple(sharers.get(kind) for _name, kind in plan)
    new, put = object.__new__, object.__setattr__

    def build(values: tuple[Any, ...]) -> Any:
        obj: Any = new(cls)
        for name, share, value in zip(names, shares, values, strict=True):
            put(obj, name, value if share is None else share(value))
        return obj

    return build


_PLAIN = [_builder(cls, plan, {}) for cls, plan in zip(_CLASSES, _PLANS, strict=True)]


class Interner:
    """Tables of the values already seen, so that equal values are one object.

    One interner serves a whole load; :meth:`loads` may be called for every batch.

    >>> inter = Interner()
    >>> a, b = inter.intern("Osh Region"), inter.intern("".join(["Osh ", "Region"]))
    >>> a is b
    True
    """

    __slots__ = ("_builders", "_dates", "_ints", "_long", "_strs", "_tuples")

    def __init__(self) -> None:
        self._strs: dict[str, str] = {}
        self._long: dict[str, str] = {}
        self._tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._ints: dict[int, int] = {}
        self._dates: dict[dt.date, dt.date] = {}
        sharers = {
            "str": self._shared_str,
            "int": self._shared_int,
            "date": self._shared_date,
            "strs": self._strs_tuple,
        }
        # One builder per record class, made from its fields (see _PLANS).
        self._builders = [
            _builder(cls, plan, sharers) for cls, plan in zip(_CLASSES, _PLANS, strict=True)
        ]

    # Exact type checks: a str-valued enum member or a bool is equal to a plain str or int,
    # and must not be swapped for one.
    def _shared_str(self, v: Any) -> Any:
        if v.__class__ is not str:
            return v
        return (self._strs if len(v) <= _SHORT else self._long).setdefault(v, v)

    def _shared_int(self, v: Any) -> Any:
        return v if v.__class__ is not int else self._ints.setdefault(v, v)

    def _shared_date(self, v: Any) -> Any:
        return v if v.__class__ is not dt.date else self._dates.setdefault(v, v)

    def intern(self, s: str) -> str:
        """The shared copy of ``s``."""
        table = self._strs if len(s) <= _SHORT else self._long
        return table.setdefault(s, s)

    def _strs_tuple(self, v: Any) -> Any:
        if not v or v.__class__ is not tuple or not all(s.__class__ is str for s in v):
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

    def share(self, pages: Sequence[Page]) -> list[Page]:
        """Equal pages whose repeated values are shared with what this interner has seen.

        :func:`iomkg.load` passes the pages it parses in its own process through here, as
        it passes those of worker processes through :meth:`loads`.

        >>> import iomkg
        >>> inter = Interner()
        >>> a, b = (inter.share([iomkg.parse("Osh – A training opened in Osh.")])[0] for _ in "ab")
        >>> a == b, a.articles[0].places[0].name is b.articles[0].places[0].name
        (True, True)
        """
        return self.loads(dumps(pages))


def loads(blob: bytes) -> list[Page]:
    """The pages of :func:`dumps` (one-off: values interned within these pages only)."""
    return Interner().loads(blob)
