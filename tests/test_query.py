"""Lookups and Q on plain records (no corpus): paths, fan-out, operators, errors. INVENTED records."""

from __future__ import annotations

import datetime as dt

import pytest

import iomkg
from iomkg import Article, DateSpan, Event, EventKind, Place, PlaceKind, Q, Span
from iomkg._corpus.query import compile_lookup, resolve_path, values_at

OSH = Place(id="KG-GO", name="Osh", kind=PlaceKind.CITY, admin1_code="KG-GO", aliases=("Ош",))
EV = Event(
    kind=EventKind.TRAINING,
    evidence=Span(start=0, end=5, text="x"),
    when=DateSpan.from_dates(dt.date(2019, 12, 30), dt.date(2020, 1, 2)),
    places=(OSH,),
)


def test_resolve_path_checks_every_step():
    assert resolve_path(Event, "places__aliases__icontains") == (
        ("places", "aliases"),
        ("icontains",),
    )
    assert resolve_path(Article, "text") == (("text",), ("exact",))  # a property
    assert resolve_path(Event, "when__has_year") == (("when", "has_year"), ("exact",))
    assert resolve_path(Event, "when__year__lt") == (("when",), ("year", "lt"))
    for bad in ("when__nope", "places__admin1_code__nope", "kind__value", "", "year"):
        with pytest.raises(iomkg.QueryError):
            resolve_path(Event, bad)


def test_values_fan_out_and_keep_none():
    assert values_at(EV, ("places", "aliases")) == ["Ош"]
    assert values_at(Event(kind=EventKind.OTHER, evidence=EV.evidence), ("when", "start")) == [None]
    assert values_at(Article(), ("places", "id")) == []


@pytest.mark.parametrize(
    ("lookup", "value", "expected"),
    [
        ("kind", "training", True),
        ("kind", EventKind.TRAINING, True),
        ("kind__in", ["visit", "training"], True),
        ("kind__iexact", "TRAINING", True),
        ("when__year", 2019, True),  # a span's year is its start's
        ("when__year", 2020, False),
        ("when__end__year", 2020, True),
        ("when__start__gte", "2019-12-30", True),
        ("when__start__gt", dt.date(2019, 12, 30), False),
        ("when__end__lte", "2020-01-02", True),
        ("when__end__lt", "2020-01-02", False),
        ("when__edtf__contains", "2020", True),
        ("places__aliases__icontains", "ош", True),
        ("places__admin1_code", "KG-O", False),
        ("places__isnull", False, True),
        ("people__isnull", True, True),
        ("programme", None, True),
        ("when__start__gt", "x-not-compared", None),
        ("evidence__start__gt", "a string", False),  # an int and a str do not compare
    ],
)
def test_operators(lookup, value, expected):
    if expected is None:
        with pytest.raises(iomkg.QueryError, match="ISO date"):
            compile_lookup(Event, lookup, value)(EV)
        return
    assert compile_lookup(Event, lookup, value)(EV) is expected


def test_q_algebra():
    yes, no = Q(kind="training"), Q(kind="visit")
    cases = {
        yes | no: True,
        yes & no: False,
        ~no: True,
        ~yes: False,
        ~(yes & no): True,
        (yes | no) & ~no: True,
        Q(yes, no): False,
        Q(): True,
    }
    for q, expected in cases.items():
        assert q.compile(Event)(EV) is expected, q
    assert repr(Q(b=2, a=1)) == "<Q: (a=1 & b=2)>"
    with pytest.raises(TypeError):
        _ = yes & 3  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = yes | "x"  # type: ignore[operator]
    with pytest.raises(iomkg.InputTypeError):
        Q("kind")  # type: ignore[arg-type]
