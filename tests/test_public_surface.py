"""The public surface: names, modules, and errors that are all iomkg's own (inputs invented)."""

from __future__ import annotations

import datetime as dt
import pickle
import typing

import pytest

import iomkg
from iomkg import layouts
from iomkg._check import expect


def test_every_public_class_and_function_shows_iomkg_as_its_module() -> None:
    for name in iomkg.__all__:
        obj = getattr(iomkg, name)
        if isinstance(obj, type) or callable(obj):
            assert obj.__module__ == "iomkg", name


def test_errors_name_iomkg_in_tracebacks() -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        iomkg.parse(3)  # type: ignore[arg-type]
    assert repr(info.type) == "<class 'iomkg.InputTypeError'>"


def test_records_still_pickle_and_read_their_types() -> None:
    page = iomkg.parse("Osh – On 4 March 2024, a training opened in Osh.")
    assert pickle.loads(pickle.dumps(page)) == page
    assert typing.get_type_hints(iomkg.DateSpan)["start"] == dt.date | None
    assert typing.get_type_hints(iomkg.Entry)["articles"] == tuple[iomkg.Article, ...]


def test_dir_lists_the_public_names_only() -> None:
    names = dir(iomkg)
    assert set(iomkg.__all__) <= set(names)
    assert [n for n in names if n.startswith("_") and n != "__version__"] == []
    assert set(names) - set(iomkg.__all__) == {"layouts"}


def test_no_bare_value_or_lookup_error_escapes() -> None:
    with pytest.raises(iomkg.DateError):
        iomkg.DateSpan.from_dates(dt.date(2024, 5, 3), dt.date(2024, 5, 2))
    saved = layouts.layouts()
    try:
        for layout in saved:
            layouts.unregister(layout.name)
        with pytest.raises(iomkg.ParseError) as info:
            iomkg.parse("Osh – On 4 March 2024, a training opened.")
        assert info.value.field == "layout"
    finally:
        for layout in saved:
            layouts.register(layout)
    assert [layout.name for layout in layouts.layouts()] == [layout.name for layout in saved]


@pytest.mark.parametrize(
    ("value", "types", "optional", "message"),
    [
        (3, str, False, "text: expected str, got int"),
        (None, str, False, "text: expected str, got NoneType"),
        (True, int, True, "text: expected int or None, got bool"),
        (b"x", (str, int), False, "text: expected str or int, got bytes"),
    ],
)
def test_expect_names_the_field_and_the_type(
    value: object, types: type | tuple[type, ...], optional: bool, message: str
) -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        expect(value, types, "text", optional=optional)
    assert str(info.value) == message
    assert info.value.field == "text"
    assert isinstance(info.value, TypeError)


def test_expect_lets_good_values_through() -> None:
    expect("Osh", str, "text")
    expect(None, str, "text", optional=True)
    expect(3, (int, float), "n")
    expect(True, bool, "flag")
