"""Dates without a year take it from the article's own dated context; more written forms.

Every sentence here is INVENTED.
"""

from __future__ import annotations

import datetime as dt

import pytest

import iomkg


def resolved(text: str, **context: dt.date) -> list[tuple[str, str, bool, str | None]]:
    """(as written, EDTF, year inferred, the text the year came from) for every date."""
    return [
        (
            m.span.text,
            m.when.edtf,
            m.when.year_inferred,
            None if m.year_evidence is None else m.year_evidence.text,
        )
        for m in iomkg.find_dates(text, **context)
    ]


def test_a_year_in_the_next_sentence() -> None:
    text = "On 3 April the centre opened. It is the second centre opened in 2025."
    assert resolved(text) == [
        ("3 April", "2025-04-03", True, "2025"),
        ("2025", "2025", False, None),
    ]


def test_the_nearest_full_date_before() -> None:
    text = "A forum met on 2 October 2025, a week after experts had met on 24-25 September in Osh."
    assert resolved(text)[1] == ("24-25 September", "2025-09-24/2025-09-25", True, "2 October 2025")


def test_a_full_date_in_the_next_paragraph() -> None:
    text = "On 5 July the summer school opened.\n\nIt closed on 9 July 2024 with a concert."
    assert resolved(text)[0] == ("5 July", "2024-07-05", True, "9 July 2024")


def test_before_wins_over_after_at_the_same_level() -> None:
    text = "In 2019 a centre opened. On 14 May, a second one followed. In 2022 it closed."
    assert resolved(text)[1] == ("14 May", "2019-05-14", True, "2019")


def test_a_year_two_paragraphs_away_after_the_date_is_not_context() -> None:
    text = "On 14 May, a centre opened.\n\nIt has many rooms.\n\nIt was renovated in 2022."
    assert resolved(text)[0] == ("14 May", "XXXX-05-14", False, None)


def test_a_year_far_before_still_counts() -> None:
    text = "In 2021 a centre opened.\n\nIt has many rooms.\n\nOn 14 May, a second one followed."
    assert resolved(text)[1] == ("14 May", "2021-05-14", True, "2021")


def test_a_full_date_further_away_beats_a_year_alone_in_the_paragraph_before() -> None:
    text = (
        "The report was presented on 30 January 2024.\n\nIt covers 2010 to 2022.\n\n"
        "Households moved in 2022.\n\nA second presentation is set for 14 February."
    )
    assert resolved(text)[-1] == ("14 February", "2024-02-14", True, "30 January 2024")


def test_a_month_alone_after_a_time_word() -> None:
    text = "In 2023 the profile was drafted. A validation meeting is planned for December."
    assert resolved(text)[1] == ("December", "2023-12", True, "2023")


def test_two_months_alone_are_a_span() -> None:
    assert resolved("In 2024, in March and April IOM trained 40 officers.")[1] == (
        "March and April",
        "2024-03/2024-04",
        True,
        "2024",
    )
    assert resolved("в мае и июне")[0] == ("мае и июне", "XXXX-05/XXXX-06", False, None)


@pytest.mark.parametrize("text", ["May I help you?", "The March was long.", "Aidai March sang."])
def test_a_month_word_alone_is_no_date(text: str) -> None:
    assert iomkg.find_dates(text) == ()


def test_a_date_in_the_paragraph_before_beats_a_year_alone_in_its_own() -> None:
    text = (
        "The conference met on 18–19 September 2024.\n\n"
        "It followed a forum held in 2023. The study was presented on 18 September."
    )
    assert resolved(text)[-1] == ("18 September", "2024-09-18", True, "18–19 September 2024")


def test_a_clause_opened_by_since_is_no_context() -> None:
    text = "The course ended on 27 February. It was the third since the programme began in 2023."
    assert resolved(text)[0] == ("27 February", "XXXX-02-27", False, None)


def test_a_bound_is_no_context() -> None:
    text = "Since 2015 IOM has helped returnees. On 14 May, a centre opened."
    assert resolved(text)[1] == ("14 May", "XXXX-05-14", False, None)


def test_the_dateline_still_comes_first() -> None:
    text = "On 28 December a fair closed. It was the third fair of 2025."
    found = resolved(text, dateline_date=dt.date(2025, 1, 5))
    assert found[0] == ("28 December", "2024-12-28", True, None)


def test_a_year_crossing_full_date_takes_the_nearest_year() -> None:
    text = "The camp opened on 28 December. It closed on 4 January 2025."
    assert resolved(text)[0] == ("28 December", "2024-12-28", True, "4 January 2025")


@pytest.mark.parametrize(
    ("text", "written", "edtf"),
    [
        (
            "from the 3rd to the 5th of June 2025",
            "from the 3rd to the 5th of June 2025",
            "2025-06-03/2025-06-05",
        ),
        (
            "between the 3rd and the 5th of June 2025",
            "between the 3rd and the 5th of June 2025",
            "2025-06-03/2025-06-05",
        ),
        ("on 3, 4 and 5 June 2025", "3, 4 and 5 June 2025", "2025-06-03/2025-06-05"),
        (
            "2025-жылдын 5-июнунан 7-июнуна чейин",
            "2025-жылдын 5-июнунан 7-июнуна чейин",
            "2025-06-05/2025-06-07",
        ),
        ("5-июндан 7-июнга чейин 2025-жылы", "5-июндан 7-июнга чейин", "2025-06-05/2025-06-07"),
        ("2025-жылдын июнь айында", "2025-жылдын июнь айында", "2025-06"),
        (
            "2025-жылдын март жана апрель айларында",
            "2025-жылдын март жана апрель айларында",
            "2025-03/2025-04",
        ),
    ],
)
def test_more_forms(text: str, written: str, edtf: str) -> None:
    found = iomkg.find_dates(text)
    assert (found[0].span.text, found[0].when.edtf) == (written, edtf)
