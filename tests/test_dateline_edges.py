"""Datelines and dates at the edges of a page (issue 17, point 7). All text is INVENTED."""

from __future__ import annotations

import datetime as dt

import pytest

import iomkg

LEAD = "An invented training for border officers took place on 3 May 2024 in the town."


@pytest.mark.parametrize(
    ("opening", "written"),
    [
        ("Naryyn  –  ", "Naryyn"),  # a misspelt place, double spaces around the dash
        ("Naryyn –  ", "Naryyn"),
        ("Karakool, 3 May 2024  –  ", "Karakool, 3 May 2024"),
        ("Naryn  –  ", "Naryn"),  # a known place, the same spacing
    ],
)
def test_a_place_before_a_dash_with_double_spaces_is_a_dateline(opening: str, written: str) -> None:
    page = iomkg.parse(
        f"Invented training for border officers\n\n{opening}{LEAD}\n\nIt was invented.\n",
        url="https://example.org/news/invented-training",
    )
    (article,) = page.articles
    assert article.dateline is not None
    assert article.dateline.text == written
    assert article.paragraphs[0] == f"{opening}{LEAD}"


def test_an_unknown_place_is_kept_as_written_without_a_gazetteer_match() -> None:
    # (an invented name: "Naryyn" would be Naryn, a transliteration variant)
    found = iomkg.parse_dateline(f"Tuzdybel  –  {LEAD}")
    assert found is not None
    assert [(p.name, p.country_code, p.admin1_code) for p in found.places] == [
        ("Tuzdybel", None, None)
    ]
    variant = iomkg.parse_dateline(f"Naryyn  –  {LEAD}")
    assert variant is not None
    assert [p.id for p in variant.places] == ["KG.naryn"]


@pytest.mark.parametrize(
    ("title", "clean", "published"),
    [
        (
            "Invented centre opens for returning migrants (12.O5.2O24)",
            "Invented centre opens for returning migrants",
            dt.date(2024, 5, 12),
        ),
        (
            "Invented centre opens for returning migrants (12.05.2024)",
            "Invented centre opens for returning migrants",
            dt.date(2024, 5, 12),
        ),
        (
            "Invented forum on labour mobility [3 May 2024]",
            "Invented forum on labour mobility",
            dt.date(2024, 5, 3),
        ),
        # no day: a period, not a date of publication; and a place in brackets stays
        ("Invented Skills Project (2022-2024)", "Invented Skills Project (2022-2024)", None),
        ("Invented centre opens (Osh)", "Invented centre opens (Osh)", None),
    ],
)
def test_a_date_in_brackets_ends_the_title_and_dates_the_page(
    title: str, clean: str, published: dt.date | None
) -> None:
    page = iomkg.parse(
        f"{title}\n\nAn invented centre for returning migrants opened in the town, an invented "
        "agency said. It will serve 400 families.\n\nThe centre offers counselling.\n",
        url="https://example.org/news/invented-centre-opens",
    )
    (article,) = page.articles
    assert article.title == clean
    assert article.published == published


def test_a_dateline_date_wins_over_a_title_date() -> None:
    page = iomkg.parse(
        "Invented centre opens (12.05.2024)\n\nOsh, 10 May 2024 – An invented centre opened in "
        "the town. It will serve 400 families.\n\nIt was invented.\n",
        url="https://example.org/news/invented-centre",
    )
    assert page.articles[0].published == dt.date(2024, 5, 10)
    assert page.articles[0].title == "Invented centre opens"
