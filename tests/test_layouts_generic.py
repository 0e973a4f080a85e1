"""The ``generic`` layout on invented pages from elsewhere: prefixes, tickers, banners, ads."""

from __future__ import annotations

import iomkg
from iomkg.layouts.generic import UNRECOGNISED


def test_date_prefix_with_a_time_and_a_newline() -> None:
    page = iomkg.parse(
        " date 2021-04-29 10:15\nInvented headline\n\nOsh – An invented centre opened."
    )
    assert page.layout == "generic"
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        "Invented headline",
        ("Osh – An invented centre opened.",),
    )
    assert art.published is not None
    assert art.published.isoformat() == "2021-04-29"


def test_date_prefix_glued_to_the_text() -> None:
    (art,) = iomkg.parse(" date 2021-04-29 Osh – An invented centre opened today.").articles
    assert (art.title, art.paragraphs) == (None, ("Osh – An invented centre opened today.",))


def test_tickers_and_banners_are_neither_title_nor_body() -> None:
    text = (
        "USD 84.80\nEUR 101.48\nKZT 0.18\n"
        "Informing humanitarians worldwide 24/7 — a service provided by an invented office\n"
        "Invented headline\n\nAn invented paragraph."
    )
    (art,) = iomkg.parse(text).articles
    assert (art.title, art.paragraphs) == ("Invented headline", ("An invented paragraph.",))


def test_one_sentence_has_no_title() -> None:
    page = iomkg.parse("Osh – On 4 March 2024, an invented training opened.")
    assert page.warnings == (UNRECOGNISED,)
    (art,) = page.articles
    assert (art.title, art.paragraphs) == (
        None,
        ("Osh – On 4 March 2024, an invented training opened.",),
    )


def test_job_ad_key_values_become_tags() -> None:
    text = (
        "Invented vacancy\n\nPosition Title: Invented Assistant\nDuty Station: Osh\n"
        "Closing Date: 1 June 2025\n\nThe assistant will help an invented team."
    )
    page = iomkg.parse(text)
    assert page.kind.value == "other"
    (art,) = page.articles
    assert art.title == "Invented vacancy"
    assert art.paragraphs == ("The assistant will help an invented team.",)
    assert art.tags == (
        "Position Title: Invented Assistant",
        "Duty Station: Osh",
        "Closing Date: 1 June 2025",
    )


def test_one_key_value_line_stays_a_paragraph() -> None:
    (art,) = iomkg.parse("Invented title\n\nNote: the invented meeting moved to Friday.").articles
    assert art.paragraphs == ("Note: the invented meeting moved to Friday.",)


def test_all_caps_headline_is_the_title() -> None:
    (art,) = iomkg.parse("INVENTED HEADLINE ABOUT A CENTRE\n\nOsh – It opened.").articles
    assert art.title == "INVENTED HEADLINE ABOUT A CENTRE"
