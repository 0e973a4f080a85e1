"""Properties of ``parse`` on any text: it never raises, is deterministic, keeps paragraphs verbatim.

The strategies mix arbitrary text with the pieces real dumps are made of (menu
lines, bullets, counter lines, ``Read more »``, tags), all invented.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iomkg
from iomkg._blocks import Block, BlockKind
from iomkg._front.decode import normalise
from iomkg.layouts import layouts

PIECES = [
    "-",
    "- 2030 Agenda",
    "- 2030 AGENDA",
    "Who We Are",
    "WHO WE AREAn invented menu sentence.",
    "About",
    "News",
    "Local",
    "Новости",
    "Skip to main content",
    "Press Release —Global December 08, 2020",
    "PRESS ANNOUNCEMENT",
    "Message from IOM",
    "for Central Asia",
    "7 1 6",
    "386992_111_222_n 4 9",
    "Photo Gallery",
    "Read more »",
    "Social Media:",
    "  • ",
    "  • Donor: Invented Fund",
    "    • Nested invented item",
    "•Glued invented bullet",
    "1.     Q: An invented question?",
    "Start Date",
    "2022",
    "SDG 10 - Reduced Inequalities",
    "SD",
    "City of Dispatch: Osh",
    "Latest News on Migration",
    " date 2021-04-29 ",
    "USD 84.80",
    "Position Title: Invented",
    "Date: 1 May 2015",
    "An invented title about a centre",
    "Osh – On 3 May 2024, an invented centre opened.",
    "Participants at the invented event. Photo: IOM",
    "Бишкек - 12 октября открылся вымышленный центр.",
    "Нарында үй-бүлөлөр үчүн борбор ачылды.",
    "",
    " ",
]

dumps = st.lists(st.sampled_from(PIECES) | st.text(max_size=40), max_size=40).map("\n".join)
urls = st.sampled_from(
    [
        None,
        "https://kyrgyzstan.iom.int/news/x",
        "https://kyrgyzstan.iom.int/ru/stories/x",
        "https://kyrgyzstan.iom.int/news",
        "https://iom.kg/en/?cat=5",
        "https://iom.kg/en/?page_id=2",
        "not a url",
    ]
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_parse_never_raises_on_any_text(text: str) -> None:
    assert isinstance(iomkg.parse(text), iomkg.Page)


@SETTINGS
@given(dumps, urls)
def test_parse_is_deterministic_and_paragraphs_are_in_the_input(text: str, url: str | None) -> None:
    page = iomkg.parse(text, url=url)
    assert page == iomkg.parse(text, url=url)
    normalised = normalise(text)
    for article in page.articles:
        for paragraph in article.paragraphs:
            assert paragraph
            assert paragraph in normalised
        if article.title is not None:
            assert article.title in normalised
    for teaser in page.teasers:
        assert teaser.title in normalised


@SETTINGS
@given(dumps)
def test_bytes_and_str_give_the_same_page(text: str) -> None:
    assert iomkg.parse(text.encode("utf-8")) == iomkg.parse(text)


blocks = st.lists(
    st.builds(
        Block,
        text=st.sampled_from(PIECES) | st.text(max_size=20),
        kind=st.sampled_from(list(BlockKind)),
        offset=st.integers(0, 1000),
        gap=st.integers(0, 3),
        level=st.integers(0, 3),
        bullet=st.none() | st.sampled_from(["•", "-", "1."]),
    ),
    max_size=30,
)


@SETTINGS
@given(blocks, urls)
def test_no_layout_raises_on_any_blocks(items: list[Block], url: str | None) -> None:
    for layout in layouts():
        score = layout.match(items, url)
        assert 0.0 <= score <= 1.0
        raw = layout.split(items, url)
        assert isinstance(raw.kind, iomkg.PageKind)


@SETTINGS
@given(st.binary(max_size=400))
def test_parse_never_raises_on_any_bytes(data: bytes) -> None:
    try:
        page: object = iomkg.parse(data)
    except iomkg.DecodeError as exc:  # binary data (a file signature, mostly control bytes)
        page = str(exc)
    assert isinstance(page, iomkg.Page) or page.startswith("source: binary data, not a page: ")
