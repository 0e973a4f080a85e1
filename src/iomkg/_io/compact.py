"""Pages across process boundaries, compactly: cheap to pickle, and small once loaded.

:func:`iomkg.load` with ``workers > 1`` parses in worker processes and sends the pages
back pickled. attrs' own pickling calls Python code twice for every record (a state
dict out, a loop of ``object.__setattr__`` in); a page holds about a hundred small
records, so that cost rivals parsing. Here the pickle holds every record as an empty
instance (made by the unpickler in C) and, after the pages, the field values of the
records class by class, one column per field; the loading side sets each column on its
records with the fields' slot descriptors, in C, and never calls Python per record.

Rebuilding also *shares* what many records repeat: equal names, dates as written, EDTF
strings, offsets, dates and coordinates become one object, and so do equal records
(the same place in an article's places and in an event's, the same span in two
records) and equal tuples of records. Short strings are shared for the whole load;
what a corpus holds more of (paragraphs and sentences, spans, dates as written)
is shared as long as it keeps being met, through tables of bounded size (a paragraph
met in many posts, the span of a dateline's place: one object across the whole load).
Values are unchanged (every record is equal to what :func:`iomkg.parse` gave), only the
copies go. Pages and articles are never shared (a corpus tells articles apart by
identity).

>>> import iomkg
>>> page = iomkg.parse("Osh – On 4 March 2024, a training opened in Osh.")
>>> back = loads(dumps([page, page]))
>>> back[0] == page, back[0] is back[1]
(True, True)
"""

from __future__ import annotations

import copyreg
import datetime as dt
import enum
import graphlib
import io
import math
import operator
import pickle
import types
import typing
from collections import deque
from collections.abc import Callable, Sequence
from itertools import chain, islice, repeat
from typing import Any

import attrs

from .. import _models
from .._models import Page

__all__ = ["Interner", "dumps", "loads"]

_SHORT = 64
"""Strings up to this length are shared for the whole load (names, dates as written);
longer ones (sentences, paragraphs) as long as they keep being met (see :class:`_Recent`)."""


def _classes() -> list[type]:
    found = [c for c in vars(_models).values() if isinstance(c, type) and attrs.has(c)]
    return sorted(found, key=lambda c: c.__name__)  # the same codes in every process


_CLASSES = _classes()
_NAMES = [tuple(a.name for a in attrs.fields(c)) for c in _CLASSES]
_CODES = {c: n for n, c in enumerate(_CLASSES)}


def _row_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A C function giving a record's field values as a tuple (one name too)."""
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return operator.attrgetter(*names)


_ROWS = [_row_getter(names) for names in _NAMES]


def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The ``__set__`` of each field's slot: sets it as attrs' own ``__init__`` sets a frozen
    record's (the record classes have no validators and no converters to run)."""
    setters = []
    for a in attrs.fields(cls):
        slot = getattr(cls, a.name)
        if not isinstance(slot, types.MemberDescriptorType):  # pragma: no cover - slots only
            raise TypeError(f"{cls.__name__}.{a.name}: not a slot")
        setters.append(slot.__set__)
    return tuple(setters)


_SETTERS = [_slot_setters(c) for c in _CLASSES]


def _field_kind(tp: Any) -> str:
    """How a field's values are shared, from its type: ``str``, ``int``, ``float``, ``date``,
    ``strs`` (a tuple of strings), ``rec`` (a record), ``recs`` (a tuple of records) or
    ``""`` (kept as it is).

    The record classes' annotations are types (``_models`` does not postpone them).

    >>> _field_kind(str | None), _field_kind(tuple[str, ...]), _field_kind(dt.date | None)
    ('str', 'strs', 'date')
    >>> _field_kind(_models.Span | None), _field_kind(tuple[_models.Place, ...])
    ('rec', 'recs')
    """
    args = set(typing.get_args(tp)) - {type(None)} if isinstance(tp, types.UnionType) else {tp}
    if len(args) != 1:
        return ""
    (core,) = args
    if core in (str, int, float):
        return str(core.__name__)
    if core is dt.date:
        return "date"
    if isinstance(core, type) and attrs.has(core):
        return "rec"
    if typing.get_origin(core) is tuple:
        item = typing.get_args(core)
        if item == (str, ...):
            return "strs"
        if len(item) == 2 and item[1] is ... and isinstance(item[0], type) and attrs.has(item[0]):
            return "recs"
    return ""


def _held(tp: Any) -> set[type]:
    """The record classes a field of type ``tp`` can hold."""
    if isinstance(tp, type) and attrs.has(tp):
        return {tp}
    return {c for arg in typing.get_args(tp) for c in _held(arg)}


def _order() -> list[int]:
    """The class codes, each class after every class its fields hold (children first)."""
    graph = {c: {h for a in attrs.fields(c) for h in _held(a.type)} - {c} for c in _CLASSES}
    return [_CODES[c] for c in graphlib.TopologicalSorter(graph).static_order() if c in _CODES]


_ORDER = _order()

#: Records that repeat within a page, shared within a batch (keyed by the identities of
#: their fields): a place among an article's places and an event's, a teaser.
_BATCH_SHARED = frozenset(_CODES[c] for c in (_models.Place, _models.Teaser))
#: Records that repeat across a corpus, shared across batches as long as they are met
#: (see :class:`_Recent`), keyed by themselves: a span (the place opening a dateline, an
#: organization named at the same place of two posts), a date as written, a structural
#: decision, a label and its value.
_LATELY_SHARED = frozenset(
    _CODES[c] for c in (_models.Span, _models.DateSpan, _models.Decision, _models.Fact)
)
#: Others (people, organizations, events: each with the spans where its article names it)
#: are not compared. Pages and articles never are: a corpus tells its articles apart by
#: identity.
_SHARED = _BATCH_SHARED | _LATELY_SHARED


def _plan_kind(tp: Any) -> str:
    """:func:`_field_kind`, where a field holding no shared record is kept as it is."""
    kind = _field_kind(tp)
    if kind in ("rec", "recs") and not {_CODES.get(c) for c in _held(tp)} & _SHARED:
        return ""
    return kind


#: The kind of each field of each record class (see :func:`_field_kind`), from attrs.fields.
_PLANS: list[tuple[tuple[str, str], ...]] = [
    tuple((a.name, _plan_kind(a.type)) for a in attrs.fields(c)) for c in _CLASSES
]


#: Reduced to, it makes pickle write NEWOBJ: the unpickler calls ``cls.__new__(cls)`` in C.
_NEWOBJ: Callable[..., Any] = copyreg.__newobj__  # type: ignore[attr-defined]


class _Pickler(pickle.Pickler):
    """A pickler writing each record as an empty instance, its class's records listed."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.met: list[list[Any]] = [[] for _ in _CLASSES]

    def reducer_override(self, obj: Any) -> Any:
        code = _CODES.get(type(obj))
        if code is not None:
            self.met[code].append(obj)
            return _NEWOBJ, (type(obj),)  # NEWOBJ: made in C when loaded
        if isinstance(obj, enum.Enum):
            return getattr, (type(obj), obj.name)  # the member itself, by a C call
        return NotImplemented


def dumps(records: Sequence[Any]) -> bytes:
    """Records (pages) as bytes for :func:`loads` (shared objects stay shared).

    One pickle of the records as empty instances, then one per depth of nesting: the
    field values of the records met so far, by class and by field (they hold the records
    of the next depth), then ``None``.
    """
    out = io.BytesIO()
    pickler = _Pickler(out)
    pickler.dump(list(records))
    while True:
        met, pickler.met = pickler.met, [[] for _ in _CLASSES]
        groups = [
            (code, objs, tuple(zip(*map(_ROWS[code], objs), strict=True)))
            for code, objs in enumerate(met)
            if objs
        ]
        if not groups:
            break
        pickler.dump(groups)
    pickler.dump(None)
    return out.getvalue()


class Interner:
    """Tables of the values already seen, so that equal values are one object.

    One interner serves a whole load; :meth:`loads` may be called for every batch.

    >>> inter = Interner()
    >>> a, b = inter.intern("Osh Region"), inter.intern("".join(["Osh ", "Region"]))
    >>> a is b
    True
    """

    __slots__ = (
        "_dates",
        "_floats",
        "_ints",
        "_long",
        "_records",
        "_strs",
        "_text_tuples",
        "_tuples",
    )

    def __init__(self) -> None:
        # For the whole load: short strings (names, dates as written: a few new ones a
        # page), short tuples of them (aliases, roles, tags), numbers, days.
        self._strs: dict[str, str] = {}
        self._tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._ints: dict[int, int] = {}
        self._floats: dict[float, float] = {}
        self._dates: dict[dt.date, dt.date] = {}
        # Lately met (see _Recent): long strings (sentences, paragraphs), tuples of
        # strings with a long one, and the records of each class of _LATELY_SHARED.
        self._long = _Recent()
        self._text_tuples = _Recent()
        self._records: dict[int, _Recent] = {c: _Recent() for c in _LATELY_SHARED}

    def intern(self, s: str) -> str:
        """The shared copy of ``s``."""
        return self._strs.setdefault(s, s)

    def loads(self, blob: bytes) -> list[Page]:
        """The pages of :func:`dumps`, their values interned."""
        unpickler = pickle.Unpickler(io.BytesIO(blob))
        records: list[Any] = unpickler.load()
        groups: list[list[tuple[list[Any], tuple[tuple[Any, ...], ...]]]] = [[] for _ in _CLASSES]
        while (depth := unpickler.load()) is not None:
            for code, objs, columns in depth:
                groups[code].append((objs, columns))
        for table in (self._long, self._text_tuples, *self._records.values()):
            table.rotate()
        batch = _Batch(self)
        for code in _ORDER:  # a record's fields are set once the records they hold are
            for objs, columns in groups[code]:
                batch.fill(code, objs, columns)
        replaced = batch.replaced
        return list(map(replaced.get, map(id, records), records)) if replaced else records

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


class _Recent:
    """A table of the values met lately, in two generations: a value is looked up in the
    current one, then in the last one (and carried over); when the current one holds
    :data:`_RECENT` entries it becomes the last one. What a corpus repeats often (a
    footer's paragraph, an organization's aliases, the span of a dateline's place) is
    then one object across the whole load, and the table stays small."""

    __slots__ = ("new", "old")

    def __init__(self) -> None:
        self.new: dict[Any, Any] = {}
        self.old: dict[Any, Any] = {}

    def rotate(self) -> None:
        """Start a new generation if the current one is full (between two batches)."""
        if len(self.new) >= _RECENT:
            self.old, self.new = self.new, {}

    def share(self, keys: Sequence[Any], values: Sequence[Any]) -> list[Any]:
        """The value kept for each key: the one met before, else the one given (now kept)."""
        new = self.new
        got = list(map(new.setdefault, keys, values))
        old = self.old
        if old:
            for i in [i for i, same in enumerate(map(operator.is_, got, values)) if same]:
                kept = old.get(keys[i])
                if kept is not None:
                    new[keys[i]] = got[i] = kept
        return got


#: Entries a generation of a :class:`_Recent` table holds (a few megabytes).
_RECENT = 1 << 16


class _Batch:
    """The sharing of one batch of records, with the interner's tables."""

    __slots__ = ("_inter", "_record_tuples", "_records", "replaced")

    def __init__(self, inter: Interner) -> None:
        self._inter = inter
        self._records: dict[int, dict[tuple[int, ...], Any]] = {}
        self._record_tuples: dict[tuple[int, ...], tuple[Any, ...]] = {}
        #: id(record) -> the equal record kept instead (the ids stay valid: every record
        #: of the batch lives until the batch is rebuilt).
        self.replaced: dict[int, Any] = {}

    def fill(self, code: int, objs: list[Any], columns: tuple[tuple[Any, ...], ...]) -> None:
        """Set the fields of the records ``objs`` of class ``code``; share equal ones.

        Column by column and in C (``map`` over dict and slot methods) wherever a
        column's types allow it: Python runs per column, not per value.
        """
        plan = _PLANS[code]
        shared = [
            self._column(kind, column) for (_name, kind), column in zip(plan, columns, strict=True)
        ]
        for setter, column in zip(_SETTERS[code], shared, strict=True):
            deque(map(setter, objs, column), 0)
        replaced = self.replaced
        lately = self._inter._records.get(code)
        if lately is not None:
            # Keyed by the records themselves (a key of its own would cost more than the
            # copies it saves, and fragment the heap); shared when every field is the
            # same object (interned), so that no value is swapped for an equal one.
            row = _ROWS[code]
            for obj, kept in zip(objs, lately.share(objs, objs), strict=True):
                if kept is not obj and all(map(operator.is_, row(kept), row(obj))):
                    replaced[id(obj)] = kept
            return
        if code not in _BATCH_SHARED:
            return
        # Within the batch, keyed by the identities of the (shared) field values.
        table = self._records.setdefault(code, {})
        keys = zip(*[map(id, column) for column in shared], strict=True)
        replaced.update(zip(map(id, objs), map(table.setdefault, keys, objs), strict=True))

    def _column(self, kind: str, column: tuple[Any, ...]) -> Sequence[Any]:
        inter = self._inter
        if kind == "rec":  # records already shared: the ones kept
            return list(map(self.replaced.get, map(id, column), column))
        types_ = set(map(type, column))
        if kind == "recs":
            if not types_ <= _TUPLE:
                return column
            replaced = self.replaced
            column = tuple(
                map(tuple, map(map, repeat(replaced.get), map(map, _IDS, column), column))
            )
            keys = map(tuple, map(map, _IDS, column))
            return list(map(self._record_tuples.setdefault, keys, column))
        if kind == "str":
            if types_ <= _STR and max(map(len, filter(None, column)), default=0) <= _SHORT:
                return list(map(inter._strs.setdefault, column, column))
            return self._texts(column)
        if kind == "strs":
            if types_ <= _TUPLE:
                strs = set(map(type, chain.from_iterable(column)))
                if strs <= _STR_ONLY:
                    if max(map(len, chain.from_iterable(column)), default=0) <= _SHORT:
                        # aliases, roles, tags: equal tuples shared corpus-wide
                        return list(map(inter._tuples.setdefault, column, column))
                    # paragraphs, long aliases: their strings (all at once), then the
                    # tuples, lately met
                    strings = iter(self._texts(list(chain.from_iterable(column))))
                    column = tuple(map(tuple, map(islice, repeat(strings), map(len, column))))
                    return inter._text_tuples.share(column, column)
            return [self._strs_tuple(v) if v else v for v in column]
        # Exact types: a str-valued enum member or a bool is equal to a plain str or int,
        # and must not be swapped for one; 0.0 equals -0.0, and NaN equals nothing.
        table: dict[Any, Any] | None = None
        if kind == "int" and types_ <= _INT:
            table = inter._ints
        elif kind == "date" and types_ <= _DATE:
            table = inter._dates
        elif kind == "float" and types_ <= _FLOAT:
            floats = [v for v in column if v is not None]
            if 0.0 not in floats and not any(map(math.isnan, floats)):
                table = inter._floats
        if table is None:
            return column
        return list(map(table.setdefault, column, column))

    def _texts(self, column: Sequence[Any]) -> list[Any]:
        """Strings of any length: the short ones shared corpus-wide, the long ones (sentences,
        paragraphs) lately met; what is not exactly a ``str`` is kept as it is."""
        inter = self._inter
        short = inter._strs
        out = [
            short.setdefault(v, v) if v.__class__ is str and len(v) <= _SHORT else v for v in column
        ]
        where = [i for i, v in enumerate(out) if v.__class__ is str and len(v) > _SHORT]
        if where:
            values = [out[i] for i in where]
            for i, kept in zip(where, inter._long.share(values, values), strict=True):
                out[i] = kept
        return out

    def _strs_tuple(self, v: Any) -> Any:
        if v.__class__ is not tuple or not set(map(type, v)) <= _STR_ONLY:
            return v
        if max(map(len, v)) <= _SHORT:  # aliases, roles, tags: shared corpus-wide
            return self._inter._tuples.setdefault(v, v)
        return tuple(self._texts(v))


_NONE = type(None)
_TUPLE = frozenset([tuple])
_STR = frozenset([str, _NONE])
_STR_ONLY = frozenset([str])
_INT = frozenset([int, _NONE])
_DATE = frozenset([dt.date, _NONE])
_FLOAT = frozenset([float, _NONE])
_IDS = repeat(id)


def loads(blob: bytes) -> list[Page]:
    """The pages of :func:`dumps` (one-off: values interned within these pages only)."""
    return Interner().loads(blob)
