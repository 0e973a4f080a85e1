"""Events told in new wordings (issue 16, fifth round): days told by their distance from an
event dated only by the dateline, events in a clause after "on the eve of" / "накануне" /
"в преддверии", plans in a clause of their own, launches and presentations told by a verb in
every tense, visits that are outreach, dates that found something rather than date an event.

Every sentence here is INVENTED (events, places, people and figures are made up).
Each case gives the exact records: (kind, when.edtf, when.year_inferred, place names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from iomkg import Dateline, DateSpan
from iomkg._extract.anchored import find_anchored
from test_event_forms import Record, records


def _dateline(day: dt.date, city: str = "Osh") -> Dateline:
    return Dateline(
        text=f"{city}, {day.day} {day:%B} {day.year}",
        date=DateSpan.from_dates(day, text=f"{day.day} {day:%B} {day.year}"),
    )


# 1. A day told by its distance ("the next day", "a day earlier", "накануне", "эртеси күнү")
# from an event dated only by the dateline.
DATELINE_DAYS: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "The visiting delegation met the mayor of Tokmok. The next day the delegation "
        "travelled to Karakol.",
        [("meeting", "2025-05-04", False, ["Tokmok"]), ("visit", "2025-05-05", False, ["Karakol"])],
    ),
    (
        "en",
        "IOM opened a resource centre in Uzgen. A day earlier, officials met in Jalal-Abad to "
        "agree on the referral plan.",
        [
            ("opening", "2025-05-04", False, ["Uzgen"]),
            ("meeting", "2025-05-03", False, ["Jalal-Abad"]),
        ],
    ),
    (
        "en",
        "IOM handed over two ambulances in Batken. Two days later, the doctors were trained "
        "in Isfana.",
        [
            ("handover", "2025-05-04", False, ["Batken"]),
            ("training", "2025-05-06", False, ["Isfana"]),
        ],
    ),
    (
        "ru",
        "МОМ открыла центр для мигрантов в Узгене. Днем ранее специалисты встретились в "
        "Джалал-Абаде.",
        [
            ("opening", "2025-05-04", False, ["Uzgen"]),
            ("meeting", "2025-05-03", False, ["Jalal-Abad"]),
        ],
    ),
    (
        "ru",
        "В Баткене прошел форум молодежи. На следующий день участники посетили приграничное "
        "село Ак-Сай.",
        [("conference", "2025-05-04", False, ["Batken"]), ("visit", "2025-05-05", False, ["Ak-Sai"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DATELINE_DAYS)
def test_a_day_told_from_the_datelines_day(
    language: str, text: str, expected: list[Record]
) -> None:
    dateline = _dateline(dt.date(2025, 5, 4))
    assert records(text, language=language, dateline=dateline) == expected


def test_without_a_dateline_date_a_day_told_by_its_distance_dates_nothing() -> None:
    text = "IOM opened a resource centre in Uzgen. The next day, the delegation travelled to Osh."
    assert records(text, dateline=Dateline(text="Uzgen")) == []


# 2. An event in a clause after "on the eve of", "ahead of", "накануне", "в преддверии",
# "в канун", "алдында": the clause names another event (or a Day), the sentence's is the one
# told after it.
EVE: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "On 8 April 2025 IOM held a forum in Osh. On the eve of the forum, a roundtable was "
        "held in Bishkek.",
        [
            ("conference", "2025-04-08", False, ["Osh"]),
            ("roundtable", "2025-04-07", False, ["Bishkek"]),
        ],
    ),
    (
        "en",
        "On the eve of the forum, on 7 April 2025, a roundtable was held in Bishkek.",
        [("conference", "2025-04-08", False, []), ("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
    (
        "en",
        "On the eve of International Migrants Day, a roundtable was held in Osh on 17 "
        "December 2025.",
        [("roundtable", "2025-12-17", False, ["Osh"])],
    ),
    (
        "en",
        "In the run-up to the forum, IOM held a roundtable in Bishkek on 7 April 2025.",
        [("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
    (
        "ru",
        "В преддверии форума 7 апреля 2025 года в Бишкеке прошел круглый стол.",
        [("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
    (
        "ru",
        "В канун Международного дня мигрантов в Оше 17 декабря 2025 года прошел круглый стол.",
        [("roundtable", "2025-12-17", False, ["Osh"])],
    ),
    (
        "ru",
        "8 апреля 2025 года в Бишкеке открылся форум. Накануне представители министерства "
        "побывали в Оше.",
        [("conference", "2025-04-08", False, ["Bishkek"]), ("visit", "2025-04-07", False, ["Osh"])],
    ),
    (
        "ky",
        "Форумдун алдында 2025-жылдын 7-апрелинде Бишкекте тегерек стол өткөрүлдү.",
        [("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EVE)
def test_an_event_after_a_clause_that_names_another(
    language: str, text: str, expected: list[Record]
) -> None:
    assert records(text, language=language) == expected


def test_the_eve_phrases_and_their_references() -> None:
    text = "On the eve of the forum in Osh, a roundtable took place. В канун форума прошла акция."
    assert [(text[a.ref_start : a.ref_end], a.shift) for a in find_anchored(text)] == [
        ("the forum in Osh", -1),
        ("форума прошла акция", -1),
    ]
    # "eve" alone, or in "every", names no day
    assert find_anchored("Every evening, on New Year's Eve, the team met.") == []


# 3. A word of a plan in a clause of its own, after the event's verb in the past.
def test_a_plan_told_after_the_event_does_not_make_it_a_plan() -> None:
    dateline = _dateline(dt.date(2025, 3, 3), "Khujand")
    text = (
        "The regional administration and IOM signed a memorandum in Khujand today that sets "
        "out how the two will support returnees in Kazakhstan. The signing was followed by a "
        "round table with local banks."
    )
    assert records(text, dateline=dateline) == [
        ("signing", "2025-03-03", False, ["Khujand"]),
        ("roundtable", "2025-03-03", False, []),
    ]
    # the plan is the sentence's own: no event, no date
    text = "The regional administration and IOM will sign a memorandum in Khujand."
    assert records(text, dateline=dateline) == []
    text = "IOM organised a fair in Khujand, and will hold another one in Kazakhstan."
    assert records(text, dateline=dateline) == []
