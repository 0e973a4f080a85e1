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


def _shared(*records: object) -> list[object]:
    """The records rebuilt by one interner, as a corpus load rebuilds its pages."""
    from iomkg._io.compact import Interner

    inter = Interner()
    return [inter.loads(compact_dumps([r]))[0] for r in records]  # type: ignore[list-item]


def compact_dumps(records: list[object]) -> bytes:
    from iomkg._io.compact import dumps

    return dumps(records)  # type: ignore[arg-type]


def test_records_share_repeated_values() -> None:
    """Equal offsets, texts and dates become one object when a load rebuilds records (memory)."""
    a, b = _shared(
        Span(start=1000, end=1007, text="".join(["Bish", "kek"])),
        Span(start=int("1000"), end=1007, text="".join(["Bi", "shkek"])),
    )
    assert a == b
    assert a.start is b.start  # type: ignore[attr-defined]
    assert a.text is b.text  # type: ignore[attr-defined]
    d1, d2 = _shared(
        DateSpan.from_dates(dt.date(2023, 6, 22), text="22 June 2023"),
        DateSpan.from_dates(dt.date(2023, 6, 22), text="22 June 2023"),
    )
    assert d1.start is d2.start  # type: ignore[attr-defined]
    assert d1.edtf is d2.edtf  # type: ignore[attr-defined]
    (kept,) = _shared(Span(start=True, end=1, text="x"))
    assert kept.start is True  # type: ignore[attr-defined]  # a bool stays a bool


def test_records_take_no_weak_references() -> None:
    import weakref

    with pytest.raises(TypeError):
        weakref.ref(Span(start=0, end=1, text="x"))


def test_repeated_roles_are_one_tuple() -> None:
    a, b = _shared(
        Person(name="Invented Name", roles=("".join(["coord", "inator"]),)),
        Person(name="Other Invented", roles=("coordinator",)),
    )
    assert a.roles is b.roles  # type: ignore[attr-defined]
