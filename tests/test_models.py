"""The records: frozen, tuples, EDTF forms."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import iomkg
from iomkg import Article, DateSpan, Person, Precision, Span


def test_records_are_frozen() -> None:
    art = Article(title="T", paragraphs=("a", "b"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.title = "U"  # type: ignore[misc]
    assert attrs.evolve(art, title="U").title == "U"


def test_article_text_joins_paragraphs() -> None:
    assert Article(paragraphs=("One.", "Two.")).text == "One.\n\nTwo."


@pytest.mark.parametrize(
    ("start", "end", "precision", "edtf"),
    [
        (dt.date(2023, 6, 22), dt.date(2023, 6, 23), Precision.DAY, "2023-06-22/2023-06-23"),
        (dt.date(2023, 6, 22), None, Precision.DAY, "2023-06-22"),
        (dt.date(2023, 1, 1), dt.date(2023, 2, 28), Precision.MONTH, "2023-01/2023-02"),
        (dt.date(2013, 1, 1), dt.date(2013, 12, 31), Precision.YEAR, "2013"),
        (dt.date(2013, 1, 1), dt.date(2014, 12, 31), Precision.YEAR, "2013/2014"),
    ],
)
def test_edtf(start: dt.date, end: dt.date | None, precision: Precision, edtf: str) -> None:
    assert DateSpan.from_dates(start, end, precision=precision).edtf == edtf


def test_yearless_edtf() -> None:
    span = DateSpan.yearless(8, 28, text="August 28")
    assert (span.start, span.end, span.edtf, span.has_year) == (None, None, "XXXX-08-28", False)


def test_end_before_start_is_refused() -> None:
    with pytest.raises(iomkg.DateError, match="before start") as info:
        DateSpan.from_dates(dt.date(2023, 6, 23), dt.date(2023, 6, 22))
    assert isinstance(info.value, ValueError)
    assert info.value.field == "end"


def test_overlaps() -> None:
    span = DateSpan.from_dates(dt.date(2016, 6, 6), dt.date(2016, 6, 10))
    assert span.overlaps(dt.date(2016, 6, 10), None)
    assert not span.overlaps(dt.date(2016, 6, 11), None)
    assert not span.overlaps(None, dt.date(2016, 6, 5))
    assert not DateSpan.yearless(6, 6).overlaps(None, None)


def test_span_is_value() -> None:
    assert Span(start=1, end=2, text="x") == Span(start=1, end=2, text="x")


def test_records_share_repeated_values() -> None:
    """Equal offsets, texts and dates become one object when records are built (memory)."""
    a = Span(start=1000, end=1007, text="".join(["Bish", "kek"]))
    b = Span(start=int("1000"), end=1007, text="".join(["Bi", "shkek"]))
    assert a == b
    assert a.start is b.start
    assert a.text is b.text
    d1 = DateSpan.from_dates(dt.date(2023, 6, 22), text="22 June 2023")
    d2 = DateSpan.from_dates(dt.date(2023, 6, 22), text="22 June 2023")
    assert d1.start is d2.start
    assert d1.edtf is d2.edtf
    assert Span(start=True, end=1, text="x").start is True  # a bool stays a bool


def test_records_take_no_weak_references() -> None:
    import weakref

    with pytest.raises(TypeError):
        weakref.ref(Span(start=0, end=1, text="x"))


def test_repeated_roles_are_one_tuple() -> None:
    a = Person(name="Invented Name", roles=("".join(["coord", "inator"]),))
    b = Person(name="Other Invented", roles=("coordinator",))
    assert a.roles is b.roles
