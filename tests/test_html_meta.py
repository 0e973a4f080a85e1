"""HTML metadata: titles without site suffixes, JSON-LD, Open Graph, time elements, languages,
and how metadata merges with the text (a dateline wins; footer and update dates never count).

Every page here is INVENTED.
"""

from __future__ import annotations

import datetime as dt

import pytest

import iomkg
from iomkg._front.html import parse_html
from iomkg._front.html_metadata import clean_title, language_tag, read_date

URL = "https://kyrgyzstan.iom.int/news/invented"


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body><main>{body}</main><footer><p>© 2025 Invented footer. Last updated "
        '<time datetime="2025-06-30">30 June 2025</time></p></footer></body></html>'
    )


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        (
            "Invented desk opens | International Organization for Migration",
            None,
            "Invented desk opens",
        ),
        ("Invented desk opens | IOM Kyrgyzstan", None, "Invented desk opens"),
        ("Invented desk opens - IOM Kazakhstan", None, "Invented desk opens"),
        ("Invented desk opens — Invented Agency", "Invented Agency", "Invented desk opens"),
        ("МОМ Кыргызстан – Вымышленный центр открыт", None, "Вымышленный центр открыт"),
        ("Bishkek - Osh road opens", None, "Bishkek - Osh road opens"),
        ("Invented desk opens | News | kyrgyzstan.iom.int", None, "Invented desk opens"),
        ("  Invented   desk  ", None, "Invented desk"),
        ("IOM", None, "IOM"),
    ],
)
def test_clean_title(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en-US", "en"), ("ru", "ru"), ("KY-kg", "ky"), ("ru_RU", "ru"), ("*", None), (None, None)],
)
def test_language_tag(value: str | None, expected: str | None) -> None:
    assert language_tag(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12T09:30:00+06:00", dt.date(2024, 3, 12)),
        ("2024-3-2", dt.date(2024, 3, 2)),
        ("2024-02-30", None),
        ("12 March 2024", None),
        ("20240312", None),
        ("", None),
    ],
)
def test_read_date(value: str, expected: dt.date | None) -> None:
    assert read_date(value) == expected


def test_title_sources_in_order_json_ld_then_og_then_title() -> None:
    head = (
        "<title>From the title | IOM</title>"
        '<meta property="og:title" content="From og">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD"}'
        "</script>"
    )
    assert parse_html(_page(head))[1].title == "From JSON-LD"
    assert parse_html(_page(head.split("<script", maxsplit=1)[0]))[1].title == "From og"
    assert parse_html(_page("<title>From the title | IOM</title>"))[1].title == "From the title"


def test_json_ld_graph_and_broken_json() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "datePublished": "2019-01-01"},'
        '{"@type": ["Article", "NewsArticle"], "headline": "Invented graph headline",'
        ' "datePublished": "2023-11-05T10:00:00Z", "dateModified": "2025-01-01"}]}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
    )
    _blocks, meta, warnings = parse_html(_page(head, "<p>Body.</p>"))
    assert (meta.title, meta.published) == ("Invented graph headline", dt.date(2023, 11, 5))
    assert warnings == ("a JSON-LD block is not valid JSON and was ignored",)


def test_modified_dates_are_never_publication_dates() -> None:
    head = (
        '<meta property="article:modified_time" content="2025-01-01">'
        '<meta property="og:updated_time" content="2025-01-02">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2025-01-03"}'
        "</script>"
    )
    body = '<p>Updated on <time datetime="2025-01-04">4 January</time></p>'
    assert parse_html(_page(head, body))[1].published is None


def test_time_element_of_the_article_counts_and_of_the_footer_does_not() -> None:
    body = '<h1>Invented</h1><p class="meta">Posted <time datetime="2022-09-14">14 Sep</time></p>'
    assert parse_html(_page("", body))[1].published == dt.date(2022, 9, 14)
    assert parse_html(_page("", "<h1>Invented</h1><p>No date.</p>"))[1].published is None


def test_url_from_canonical_then_og_and_only_absolute() -> None:
    canonical = '<link rel="canonical" href="https://kyrgyzstan.iom.int/news/a">'
    og = '<meta property="og:url" content="https://kyrgyzstan.iom.int/news/b">'
    assert parse_html(_page(og + canonical))[1].url == "https://kyrgyzstan.iom.int/news/a"
    assert parse_html(_page(og))[1].url == "https://kyrgyzstan.iom.int/news/b"
    assert parse_html(_page('<link rel="canonical" href="/news/c">'))[1].url is None


def test_page_url_falls_back_to_canonical_and_a_given_url_wins() -> None:
    html = _page('<link rel="canonical" href="https://tajikistan.iom.int/news/a">', "<p>Body.</p>")
    assert iomkg.parse(html).url == "https://tajikistan.iom.int/news/a"
    assert iomkg.parse(html, URL).url == URL


@pytest.mark.parametrize(("lang", "expected"), [("en-US", "en"), ("ru-RU", "ru"), ("ky", "ky")])
def test_page_language_from_the_html_lang_attribute_when_the_text_shows_none(
    lang: str, expected: str
) -> None:
    # Invented page: a name and a date, no words of any language.
    page = iomkg.parse(_page("", "<h1>Osh</h1><p>Osh – 12.05.2024</p>", lang), URL)
    assert page.language == expected


@pytest.mark.parametrize("lang", ["en-US", "ru-RU", "ky"])
def test_page_language_from_the_text_whatever_the_lang_attribute(lang: str) -> None:
    # Invented page: English text under any lang attribute is English; Russian is Russian.
    english = "<h1>Invented centre opens</h1><p>Osh – A centre for migrants opened in the city.</p>"
    assert iomkg.parse(_page("", english, lang), URL).language == "en"
    russian = (
        "<h1>Вымышленный центр</h1><p>Ош – В городе открылся центр для мигрантов и их семей.</p>"
    )
    assert iomkg.parse(_page("", russian, lang), URL).language == "ru"


def test_description() -> None:
    head = '<meta name="description" content="  An invented   summary. ">'
    assert parse_html(_page(head))[1].description == "An invented summary."


def test_a_dateline_date_wins_over_metadata() -> None:
    head = '<meta property="article:published_time" content="2024-05-20T08:00:00Z">'
    body = "<h1>Invented desk opens</h1><p>Osh, 12 March 2024 – An invented desk opened.</p>"
    article = iomkg.parse(_page(head, body), URL).articles[0]
    assert article.published == dt.date(2024, 3, 12)


def test_metadata_fills_a_publication_date_the_text_lacks() -> None:
    head = '<meta property="article:published_time" content="2024-05-20T08:00:00Z">'
    body = "<h1>Invented desk opens</h1><p>Osh – An invented desk opened on Monday.</p>"
    article = iomkg.parse(_page(head, body), URL).articles[0]
    assert (article.title, article.published) == ("Invented desk opens", dt.date(2024, 5, 20))


def test_a_footer_date_is_never_the_publication_date() -> None:
    body = "<h1>Invented desk opens</h1><p>Osh – An invented desk opened on Monday.</p>"
    article = iomkg.parse(_page("", body), URL).articles[0]
    assert article.published is None


def test_a_story_takes_its_title_from_the_h1() -> None:
    body = (
        "<h1>An invented baker comes home</h1><p>“I never thought I would bake,” says Invented"
        " Aizhan.</p><p>She opened her invented bakery in spring.</p>"
    )
    article = iomkg.parse(
        _page("<title>Story | IOM</title>", body), URL.replace("news", "stories")
    ).articles[0]
    assert article.title == "An invented baker comes home"
    assert article.paragraphs == (
        "“I never thought I would bake,” says Invented Aizhan.",
        "She opened her invented bakery in spring.",
    )
