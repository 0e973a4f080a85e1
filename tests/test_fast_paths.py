"""Every field of every record survives every fast path (values invented).

The fast paths (compact transport between processes, value sharing, the positional block
constructor) are built from ``attrs.fields``: a field added to a record must come back.
"""

from __future__ import annotations

import datetime as dt
import enum
import gc
import types
import typing
from typing import Any

import attrs
import pytest

import iomkg
from iomkg._blocks import Block, BlockKind, Region, new_block
from iomkg._io import compact
from iomkg._nogc import collecting_gc, paused_gc


def _value(tp: Any, name: str, depth: int = 0) -> Any:
    """A value of type ``tp`` unlike the field's default (no ``None`` where one is allowed)."""
    if isinstance(tp, types.UnionType):
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
    if tp is str:
        return f"invented {name}"
    if tp is bool:
        return True
    if tp is int:
        return 7 + len(name)
    if tp is float:
        return 0.5
    if tp is dt.date:
        return dt.date(2024, 5, 3)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return list(tp)[1]  # neither the first nor the last: no default
    if typing.get_origin(tp) is tuple:
        (item, _dots) = typing.get_args(tp)
        return (_value(item, name, depth), _value(item, name + "2", depth))
    if isinstance(tp, type) and attrs.has(tp):
        return _record(tp, depth + 1)
    raise AssertionError(f"no invented value for {tp!r}")


def _record(cls: type, depth: int = 0) -> Any:
    if cls is iomkg.DateSpan:
        return iomkg.DateSpan.from_dates(
            dt.date(2024, 5, 1),
            dt.date(2024, 6, 30),
            precision=iomkg.Precision.MONTH,
            year_inferred=True,
            text="May-June",
        )
    hints = typing.get_type_hints(cls)
    return cls(**{a.name: _value(hints[a.name], a.name, depth) for a in attrs.fields(cls)})


@pytest.mark.parametrize("cls", compact._CLASSES, ids=lambda c: c.__name__)
def test_every_field_survives_transport_and_sharing(cls: type) -> None:
    record = _record(cls)
    for a in attrs.fields(cls):  # the invented record sets every field off its default
        assert getattr(record, a.name) != a.default, a.name
    assert compact.loads(compact.dumps([record])) == [record]  # type: ignore[list-item]
    inter = compact.Interner()
    first, second = inter.loads(compact.dumps([record, _record(cls)]))  # type: ignore[list-item]
    assert first == record
    assert second == record
    for a in attrs.fields(cls):
        value = getattr(first, a.name)
        assert value == getattr(record, a.name), a.name
        assert type(value) is type(getattr(record, a.name)), a.name
        if isinstance(value, (str, int, dt.date)) and not isinstance(value, (bool, enum.Enum)):
            assert value is getattr(second, a.name), a.name  # equal values are one object


def test_pages_come_back_equal_and_shared() -> None:
    page = iomkg.parse("Osh – On 4 March 2024, Ms. Aida Invented opened a training in Osh.")
    inter = compact.Interner()
    a, b = inter.share([page]), inter.share([page])
    assert a == [page]
    assert a[0].articles[0].places[0].name is b[0].articles[0].places[0].name
    assert all(
        kind in {"", "str", "int", "float", "date", "strs", "rec", "recs"}
        for plan in compact._PLANS
        for _, kind in plan
    )


def test_a_block_by_position_is_the_block_by_keywords() -> None:
    values = {
        "text": "Invented heading",
        "kind": BlockKind.HEADING,
        "offset": 3,
        "gap": 2,
        "level": 1,
        "bullet": "•",
        "region": Region.MAIN,
        "heading_level": 2,
        "link": "https://example.org/invented",
        "unit": 3,
    }
    assert [a.name for a in attrs.fields(Block)] == list(values)
    assert new_block(*values.values()) == Block(**values)


def test_the_collector_switches_are_scoped() -> None:
    was = gc.isenabled()
    try:
        gc.disable()
        with collecting_gc():
            assert gc.isenabled()
        assert not gc.isenabled()
        gc.enable()
        with paused_gc():
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_no_model_converts_its_values() -> None:
    # the records are declarative: value sharing lives in iomkg._io.compact
    for cls in compact._CLASSES:
        assert all(a.converter is None for a in attrs.fields(cls)), cls.__name__
