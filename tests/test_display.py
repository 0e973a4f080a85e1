"""Records in a terminal and a notebook: short reprs, well-formed HTML tables. All text INVENTED."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest

import iomkg
from iomkg import (
    Article,
    DateSpan,
    Event,
    EventKind,
    Organization,
    OrgKind,
    Page,
    PageKind,
    Person,
    Place,
    PlaceKind,
    Programme,
    Quote,
    Span,
)

OSH = Place(
    id="KG-O",
    name="Osh",
    kind=PlaceKind.ADMIN1,
    country_code="KG",
    admin1_code="KG-O",
    aliases=("Ош", "Osh Region", "Osh oblast"),
    mentions=(Span(start=0, end=3, text="Osh"),),
)
FUND = Organization(name="Invented Mountain Fund", acronym="IMF", kind=OrgKind.DONOR, country="CH")
AIDA = Person(name="Aida Invented", honorific="Ms.", roles=("Head of Office", "Chair"))
WHEN = DateSpan.from_dates(dt.date(2024, 5, 3), text="3 May 2024")
PROGRAMME = Programme(name="Invented Safe Roads Project", funders=(FUND,))
EVENT = Event(
    kind=EventKind.WORKSHOP,
    evidence=Span(start=0, end=20, text="On 3 May 2024, a wor"),
    when=WHEN,
    places=(OSH,),
    people=(AIDA,),
    programme=PROGRAMME,
)
QUOTE = Quote(
    text="We invented this quote to test how a long quotation is shown in a repr.",
    speaker=AIDA,
    span=Span(start=0, end=5, text="We in"),
)
ARTICLE = Article(
    title="Invented workshop on <safe> roads & returns",
    published=dt.date(2024, 5, 3),
    language="en",
    paragraphs=("Osh – On 3 May 2024, a workshop took place.", "It was invented."),
    events=(EVENT,),
    programmes=(PROGRAMME,),
    people=(AIDA,),
    organizations=(FUND,),
    places=(OSH,),
    quotes=(QUOTE,),
)
PAGE = Page(
    kind=PageKind.ARTICLE,
    language="en",
    layout="generic",
    site="example.org",
    articles=(ARTICLE,),
)

REPRS = [
    (OSH, "<Place 'Osh': admin1, KG-O>"),
    (FUND, "<Organization 'Invented Mountain Fund': IMF, donor, CH>"),
    (AIDA, "<Person 'Aida Invented': Head of Office, Chair>"),
    (WHEN, "<DateSpan 2024-05-03 '3 May 2024'>"),
    (PROGRAMME, "<Programme 'Invented Safe Roads Project': funded by Invented Mountain Fund>"),
    (EVENT, "<Event workshop 2024-05-03 in Osh>"),
    (QUOTE, "<Quote 'We invented this quote to test how a lo…' by Aida Invented>"),
    (
        ARTICLE,
        "<Article 'Invented workshop on <safe> roads & returns': 2024-05-03, en, "
        "2 paragraphs, 1 event, 1 programme, 1 person>",
    ),
    (PAGE, "<Page article en generic, example.org, 1 article>"),
]


@pytest.mark.parametrize(("record", "expected"), REPRS, ids=[type(r).__name__ for r, _ in REPRS])
def test_short_reprs(record: object, expected: str) -> None:
    assert repr(record) == expected


class _Checker(HTMLParser):
    """Fails on a closing tag that does not match the open one; counts the tags."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.seen: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.stack.append(tag)
        self.seen.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, tag
        assert self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()


def _well_formed(html: str) -> list[str]:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    assert "&amp;lt;" not in html
    assert "&amp;amp;" not in html
    assert "Span(" not in html
    assert "DateSpan(" not in html
    assert "<EventKind" not in html
    return checker.seen


@pytest.mark.parametrize(("record", "_expected"), REPRS, ids=[type(r).__name__ for r, _ in REPRS])
def test_every_record_renders_a_table(record: object, _expected: str) -> None:
    html = record._repr_html_()  # type: ignore[attr-defined]
    assert _well_formed(html)[0] == "table"


def test_event_table_shows_values_not_reprs() -> None:
    html = EVENT._repr_html_()
    assert "<tr><th>kind</th><td>workshop</td></tr>" in html
    assert "<tr><th>when</th><td>2024-05-03</td></tr>" in html
    assert "<tr><th>places</th><td>Osh</td></tr>" in html
    assert "<tr><th>programme</th><td>Invented Safe Roads Project</td></tr>" in html
    assert "Osh Region" not in html  # never the alias lists


def test_article_table_escapes_the_title_once() -> None:
    html = ARTICLE._repr_html_()
    assert "<td>Invented workshop on &lt;safe&gt; roads &amp; returns</td>" in html
    assert "<tr><th>paragraphs</th><td>2</td></tr>" in html


def test_corpus_collections_and_entries_render() -> None:
    corpus = iomkg.Corpus.from_pages([PAGE])
    caption = "<caption>&lt;Corpus: 1 pages, 1 articles&gt;</caption>"
    assert _well_formed(corpus._repr_html_())
    assert caption in corpus._repr_html_()
    for collection in (corpus.articles, corpus.events, corpus.people, corpus.places):
        assert _well_formed(collection._repr_html_())
    events = corpus.events._repr_html_()
    assert "<td>workshop</td>" in events
    assert "<td>2024-05-03</td>" in events
    entry = corpus.people[0]._repr_html_()
    assert _well_formed(entry)
    assert "<tr><th>roles</th><td>Head of Office; Chair</td></tr>" in entry
    assert (
        "<tr><th>articles</th><td>Invented workshop on &lt;safe&gt; roads &amp; returns</td></tr>"
        in entry
    )


def test_a_parsed_page_repr_is_short() -> None:
    for _name, url, text in iomkg.sample_pages():
        page = iomkg.parse(text, url)
        assert len(repr(page)) < 120
        for article in page.articles:
            assert len(repr(article)) < 200
            for record in (*article.events, *article.places, *article.people):
                assert len(repr(record)) < 160
