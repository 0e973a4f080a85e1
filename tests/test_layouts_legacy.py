"""The ``iom-kg-legacy`` layout on invented pages of the old iom.kg site."""

from __future__ import annotations

from pathlib import Path

import iomkg
from iomkg._front.text import blocks_from_text
from iomkg.layouts import LegacyLayout

FIXTURES = Path(__file__).parent / "fixtures" / "text"
HEADER = (
    "Message from IOM\nfor Central Asia\n\n"
    "An invented header sentence that has no final full stop\n\n\n"
)


def test_page_cut_at_the_start_begins_with_the_counter_line() -> None:
    text = (FIXTURES / "legacy-cut-at-start.txt").read_text(encoding="utf-8")
    page = iomkg.parse(text)
    assert (page.layout, page.kind.value, page.category) == (
        "iom-kg-legacy",
        "listing",
        "Photo Gallery",
    )
    assert [(a.title, a.paragraphs) for a in page.articles] == [
        (
            "First invented post of a page cut at the start",
            (
                "June 2, 2015. Osh. The invented centre opened its doors.",
                "It will serve 100 invented families.",
            ),
        ),
        ("Second invented post", ("On December 18th, 2014 the invented team marked a holiday.",)),
    ]


def test_single_post_without_an_address() -> None:
    text = (
        HEADER
        + "7 1 6\n\nInvented post title\n\nOn April 10, 2017 an invented ceremony was held.\n\nIt was short."
    )
    page = iomkg.parse(text)
    assert (page.layout, page.kind.value, page.category) == ("iom-kg-legacy", "article", None)
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        "Invented post title",
        ("On April 10, 2017 an invented ceremony was held.", "It was short."),
    )


def test_category_listing_is_recognised_without_an_address() -> None:
    text = (
        HEADER
        + "0 6 8\n\nPress Releases\n\nFirst invented title\n\nBody one.\n\nSecond invented title\n\nBody two."
    )
    page = iomkg.parse(text)
    assert (page.kind.value, page.category) == ("listing", "Press Releases")
    assert [a.title for a in page.articles] == ["First invented title", "Second invented title"]


def test_teaser_with_a_summary_and_footer_after_it() -> None:
    text = (
        HEADER
        + "1 2 3\n\nInvented post\n\nBody of the invented post.\n\n"
        + "Вымышленный тизер\n\nКраткое вымышленное описание.\n\nRead more »\n\n\nSocial Media:\n"
    )
    page = iomkg.parse(text, url="https://iom.kg/en/?p=1")
    assert [(t.title, t.summary, t.language) for t in page.teasers] == [
        ("Вымышленный тизер", "Краткое вымышленное описание.", "ru")
    ]
    assert page.articles[0].paragraphs == ("Body of the invented post.",)
    assert page.warnings == ()


def test_footer_lines_without_teasers_are_chrome() -> None:
    text = (
        HEADER
        + "1 2 3\n\nInvented post\n\nBody of the invented post.\n\n\nCanada Visa Application Centre\n\nSocial Media:"
    )
    page = iomkg.parse(text, url="https://iom.kg/en/?p=2")
    assert page.articles[0].paragraphs == ("Body of the invented post.",)
    assert page.warnings == ()


def test_a_cut_last_sentence_is_kept_and_warned_not_taken_for_a_footer() -> None:
    text = HEADER + "1 2 3\n\nInvented post\n\nBody of the invented post.\n\nLabor migration ma"
    page = iomkg.parse(text, url="https://iom.kg/en/?p=3")
    assert page.articles[0].paragraphs == ("Body of the invented post.", "Labor migration ma")
    assert page.warnings == (
        "the page looks cut short: it ends mid-sentence ('Labor migration ma')",
    )


def test_static_page_by_address() -> None:
    text = HEADER + "1 2 3\n\nAbout the invented office\n\nThe invented office opened in 2012."
    page = iomkg.parse(text, url="https://iom.kg/en/?page_id=77")
    assert (page.kind.value, page.articles[0].title) == ("static", "About the invented office")


def test_match_scores() -> None:
    layout = LegacyLayout()
    assert layout.match(blocks_from_text(HEADER + "1 2 3\n\nTitle"), None) == 0.95
    assert layout.match(blocks_from_text("Title\n\nBody."), "https://iom.kg/?p=5") == 0.85
    assert layout.match(blocks_from_text("Title\n\nDate: 1 May 2015\n\nTime: 10:00"), None) == 0.5
    assert layout.match(blocks_from_text("Title\n\nBody."), None) == 0.0


def test_a_date_line_after_the_title_is_the_header_date_not_a_paragraph() -> None:
    text = HEADER + "1 2 3\n\nInvented title\n\n22.06.2016\n\nAn invented centre opened."
    (art,) = iomkg.parse(text, url="https://iom.kg/en/?p=1").articles
    assert (art.title, art.paragraphs) == ("Invented title", ("An invented centre opened.",))
    assert art.published is not None
    assert art.published.isoformat() == "2016-06-22"


def test_a_quoted_paragraph_does_not_start_a_post() -> None:
    text = (
        HEADER
        + "1 2 3\n\nPhoto Gallery\n\nInvented post\n\nAn invented centre opened in Osh.\n\n"
        + "“We are glad to help,” said the invented director. “Thank you.”\n\nIt serves 100 families.\n\n"
        + "Second invented post\n\nAnother invented paragraph."
    )
    page = iomkg.parse(text, url="https://iom.kg/en/?cat=3")
    assert [(a.title, len(a.paragraphs)) for a in page.articles] == [
        ("Invented post", 3),
        ("Second invented post", 1),
    ]


def test_a_header_in_another_language_is_found_by_its_counter_line_on_the_site() -> None:
    text = (
        "Послание МОМ\nдля Центральной Азии\n\nВымышленное предложение шапки без точки\n\n\n"
        "4 5 6\n\nВымышленный заголовок\n\nВ Оше открылся вымышленный центр."
    )
    page = iomkg.parse(text, url="https://iom.kg/ru/?p=12")
    (art,) = page.articles
    assert (page.language, art.title, art.paragraphs) == (
        "ru",
        "Вымышленный заголовок",
        ("В Оше открылся вымышленный центр.",),
    )


def test_a_static_page_is_never_split_as_a_listing() -> None:
    text = HEADER + "1 2 3\n\nAbout Us\n\nOur invented mission\n\nWe help invented migrants."
    page = iomkg.parse(text, url="https://iom.kg/en/?page_id=8")
    assert (page.kind.value, page.category) == ("static", None)
    assert [a.title for a in page.articles] == ["About Us"]
    assert page.articles[0].paragraphs == ("Our invented mission", "We help invented migrants.")


def test_defects_of_the_old_site_are_kept_as_written() -> None:
    text = (FIXTURES / "legacy-defects.txt").read_text(encoding="utf-8")
    page = iomkg.parse(text, url="https://iom.kg/en/?cat=4")
    assert (page.layout, page.kind.value, page.category, page.warnings) == (
        "iom-kg-legacy",
        "listing",
        "Press Releases",
        (),
    )
    assert [(a.title, a.paragraphs) for a in page.articles] == [
        (
            "Invented migrant`s day fair held in Talas",
            (
                "05 July 2019 г. Talas. The invented fair gathered 40 employers and IOM‘s partners.",
                "Build the capacity of invented job centres",
                "The fair was organized on [29.06.2OO3] invented terms.",
            ),
        ),
        ("Invented second post with a typo in the Programm name", ("The invented poject ended.",)),
    ]


def test_posts_with_a_date_line_under_their_titles() -> None:
    text = (
        HEADER
        + "1 2 3\n\nPhoto Gallery\n\nFirst invented post\n\nJune 2, 2015\n\nAn invented centre opened.\n\n"
        + "Second invented post\n\nJune 9, 2015\n\nAn invented road was built."
    )
    page = iomkg.parse(text, url="https://iom.kg/en/?cat=5")
    assert [(a.title, a.paragraphs) for a in page.articles] == [
        ("First invented post", ("An invented centre opened.",)),
        ("Second invented post", ("An invented road was built.",)),
    ]
    assert [a.published.isoformat() if a.published else None for a in page.articles] == [
        "2015-06-02",
        "2015-06-09",
    ]
