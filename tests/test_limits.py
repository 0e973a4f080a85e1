"""The documented maximum input size of :func:`iomkg.parse` and its error."""

from __future__ import annotations

import pytest

import iomkg
from iomkg import DEFAULT_MAX_SIZE, InputTooLargeError, InputTypeError, ParseError

# Invented page text.
PAGE = "Osh – On 4 March 2024, an invented training on safe migration opened.\n"


def test_default_limit_is_fifty_million() -> None:
    assert DEFAULT_MAX_SIZE == 50_000_000


def test_default_limit_applies_without_max_size() -> None:
    with pytest.raises(InputTooLargeError) as info:
        iomkg.parse("x" * (DEFAULT_MAX_SIZE + 1))
    assert info.value.field == "source"
    assert str(info.value) == (
        f"source: {DEFAULT_MAX_SIZE + 1} characters or bytes is over the limit of "
        f"{DEFAULT_MAX_SIZE} (max_size)"
    )


def test_error_is_a_parse_error_and_a_value_error() -> None:
    with pytest.raises(ParseError):
        iomkg.parse(PAGE, max_size=10)
    with pytest.raises(ValueError, match="over the limit of 10"):
        iomkg.parse(PAGE, max_size=10)


@pytest.mark.parametrize("kind", [str, bytes])
def test_exactly_at_the_limit_is_read_and_one_over_is_not(kind: type) -> None:
    source = PAGE if kind is str else PAGE.encode("utf-8")
    size = len(source)
    page = iomkg.parse(source, max_size=size)
    assert page.articles[0].paragraphs == (PAGE.strip(),)
    with pytest.raises(InputTooLargeError, match=f"^source: {size} characters or bytes"):
        iomkg.parse(source, max_size=size - 1)


def test_bytes_are_counted_as_bytes() -> None:
    text = "Бишкек – 12 октября открылся центр.\n"  # invented
    assert len(text) < len(text.encode("utf-8"))
    iomkg.parse(text, max_size=len(text))
    with pytest.raises(InputTooLargeError):
        iomkg.parse(text.encode("utf-8"), max_size=len(text))


def test_none_lifts_the_limit() -> None:
    big = PAGE * 20
    page = iomkg.parse(big, max_size=None)
    assert page.articles
    with pytest.raises(InputTooLargeError):
        iomkg.parse(big, max_size=len(big) - 1)


@pytest.mark.parametrize("bad", ["10", 1.5, True])
def test_a_max_size_that_is_not_an_int_is_a_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError) as info:
        iomkg.parse(PAGE, max_size=bad)  # type: ignore[arg-type]
    assert info.value.field == "max_size"
