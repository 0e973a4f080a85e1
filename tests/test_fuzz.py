"""Fuzzing parse: any str or bytes gives a Page or an IomkgError, deterministically, with valid spans.

Short by default; ``pytest --slow`` runs the long variants (marker ``slow``).
The generated pages are invented: chrome from the bundled sample's layouts,
lines drawn from invented sentences, datelines, dates, dashes and quotes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iomkg

SHORT = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(value: Any, seen: set[int]) -> Iterator[iomkg.Span]:
    """Every Span inside a record, however deep."""
    if isinstance(value, iomkg.Span):
        yield value
    elif attrs.has(type(value)):
        if id(value) in seen:
            return
        seen.add(id(value))
        for field in attrs.fields(type(value)):
            yield from _spans(getattr(value, field.name), seen)
    elif isinstance(value, tuple):
        for item in value:
            yield from _spans(item, seen)


def check(source: str | bytes) -> None:
    """The properties every input must have."""
    try:
        page = iomkg.parse(source)
    except iomkg.IomkgError:
        # A clear error is allowed; it must be the same on a second try.
        try:
            iomkg.parse(source)
        except iomkg.IomkgError:
            return
        raise AssertionError("an error the first time, a Page the second") from None
    assert isinstance(page, iomkg.Page)
    assert iomkg.parse(source) == page, "the same input gave another Page"
    for article in page.articles:
        text = article.text
        for span in _spans(article, set()):
            assert 0 <= span.start <= span.end <= len(text), span
            assert text[span.start : span.end] == span.text, span


# ------------------------------------------------------------------ strategies

_SAMPLE = iomkg.sample_pages()
LINES = st.sampled_from(
    [
        "Bishkek – On 3 May 2024, an invented workshop on safe migration took place.",
        "Osh, 12 October 2022 – The Invented Development Fund (IDF) opened a centre.",
        "27 and 28 March, Dushanbe, Tajikistan – Invented officials met.",
        "Бишкек - 12 октября Министерство труда провело круглый стол.",
        "“Every returnee deserves a fair start,” said Ms. Aizada Inventova, Deputy Minister.",
        "The invented Safe Return Programme (SRP), funded by the Invented Fund, runs 2022–2025.",
        "From 4 to 7 November 2024, 300 migrants and 40 families received support.",
        "SDG 10 - Reduced Inequalities",
        "Photo: IOM / Invented Photographer",
        "- Take Action",
        "-",
        "News",
        "Local",
        "PRESS ANNOUNCEMENT",
        "",
        "(((((«««“”»»»)))))",
        "Mr. Ms. Dr. H.E. of the Ministry of the Invented Affairs of the Kyrgyz Republic",
        "31 June 2023, 29 February 2023, 0 May 0000, 99/99/9999",
        "Read more",
    ]
)


@st.composite
def dump_pages(draw: st.DrawFn) -> str:
    """A text dump: a sample page, cut and spliced with invented lines and random text."""
    _, _, base = draw(st.sampled_from(_SAMPLE))
    lines = base.split("\n")
    start = draw(st.integers(0, len(lines)))
    end = draw(st.integers(start, len(lines)))
    inserted = draw(st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=12))
    at = draw(st.integers(0, len(lines)))
    kept = lines[start:end]
    return "\n".join(kept[:at] + inserted + kept[at:])


TAGS = st.sampled_from(
    [
        "p",
        "div",
        "h1",
        "h2",
        "li",
        "ul",
        "script",
        "style",
        "title",
        "time",
        "br",
        "a",
        "table",
        "td",
    ]
)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Random, often broken HTML with invented text."""
    parts = ["<!DOCTYPE html><html><head>"]
    if draw(st.booleans()):
        parts.append(f'<meta property="og:title" content="{draw(st.text(max_size=30))}">')
    if draw(st.booleans()):
        parts.append(
            f'<meta charset="{draw(st.sampled_from(["utf-8", "windows-1251", "bogus", ""]))}">'
        )
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 15))):
        tag = draw(TAGS)
        text = draw(st.one_of(LINES, st.text(max_size=40)))
        close = draw(st.booleans())
        parts.append(f"<{tag}>{text}" + (f"</{tag}>" if close else ""))
    return "".join(parts) + draw(st.sampled_from(["</body></html>", "", "<"]))


# ------------------------------------------------------------------ short runs


@SHORT
@given(st.text())
def test_random_text(source: str) -> None:
    check(source)


@SHORT
@given(st.binary())
def test_random_bytes(source: bytes) -> None:
    check(source)


@SHORT
@given(dump_pages())
def test_generated_dump_pages(source: str) -> None:
    check(source)


@SHORT
@given(dump_pages())
def test_generated_dump_pages_as_bytes(source: str) -> None:
    check(source.encode("utf-8"))


@SHORT
@given(html_pages())
def test_random_html(source: str) -> None:
    check(source)


@SHORT
@given(st.text(alphabet=st.sampled_from("-–—()[]«»“”\"'.,:;/ \n\t0123456789AaMmyJ"), max_size=400))
def test_punctuation_soup(source: str) -> None:
    check(source)


@SHORT
@given(st.text(max_size=300))
def test_find_dates_spans_are_valid(text: str) -> None:
    for mention in iomkg.find_dates(text):
        assert text[mention.span.start : mention.span.end] == mention.span.text
    assert iomkg.find_dates(text) == iomkg.find_dates(text)


def test_every_sample_page_passes() -> None:
    for _, url, text in _SAMPLE:
        check(text)
        assert iomkg.parse(text, url) == iomkg.parse(text, url)


# ------------------------------------------------------------------ long runs (--slow)

import pytest  # noqa: E402


@pytest.mark.slow
@LONG
@given(st.one_of(st.text(max_size=5_000), dump_pages()))
def test_long_text_and_pages(source: str) -> None:
    check(source)


@pytest.mark.slow
@LONG
@given(st.one_of(st.binary(max_size=5_000), html_pages()))
def test_long_bytes_and_html(source: str | bytes) -> None:
    check(source)
