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


def test_the_title_among_navigation_and_metadata_lines_is_the_longest() -> None:
    text = (
        "Invented Site\nRegion\n+ 1 more\nInvented floods displace 300 families in an invented valley\n"
        "Format\nNews and Press Release\nPosted\n3 May 2024\n\n"
        "Batken, 2 May 2024 – Heavy invented rains displaced 300 families, the agency said.\n\n"
        "Aid workers delivered tents."
    )
    page = iomkg.parse(text)
    (art,) = page.articles
    assert art.title == "Invented floods displace 300 families in an invented valley"
    assert art.paragraphs == (
        "Batken, 2 May 2024 – Heavy invented rains displaced 300 families, the agency said.",
        "Aid workers delivered tents.",
    )
    assert page.warnings == (
        UNRECOGNISED,
        "6 short line(s) around the title were dropped as chrome",
    )


def test_short_sentences_before_the_body_stay_paragraphs() -> None:
    (art,) = iomkg.parse(
        "Invented title\n\nIt rained.\n\nHeavy invented rains displaced 300 families in the south today."
    ).articles
    assert (art.title, art.paragraphs) == (
        "Invented title",
        ("It rained.", "Heavy invented rains displaced 300 families in the south today."),
    )
