"""Events: kinds from the lexicon, dates, places, people, programme; one event per event.

Every sentence here is INVENTED (events, places, people and figures are made up).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomkg import Dateline, DateSpan
from iomkg._extract.article import ArticleMeta, extract
from iomkg._reference.gazetteer import gazetteer


def events(text: str, dateline: Dateline | None = None) -> list[tuple[str, str, list[str]]]:
    found = extract(text, ArticleMeta(dateline=dateline, language="en"))
    for e in found.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
    return [
        (e.kind.value, e.when.edtf if e.when else "", [p.name for p in e.places])
        for e in found.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4-5 May 2022, officials took part in a two-day workshop in Almaty.",
            [("workshop", "2022-05-04/2022-05-05", ["Almaty"])],
        ),
        (
            "From March 30 to April 1 2019, a delegation visited Chisinau, Moldova.",
            [("visit", "2019-03-30/2019-04-01", ["Chisinau", "Moldova"])],
        ),
        (
            "IOM held a training of trainers in Issyk -Kul on 3-6 October 2017.",
            [("training", "2017-10-03/2017-10-06", ["Issyk-Kul"])],
        ),
        (
            "A round table took place in Talas on 12 April 2021.",
            [("roundtable", "2021-04-12", ["Talas"])],
        ),
        (
            "The opening ceremony was held on 2 July 2015 in Naryn.",
            [("ceremony", "2015-07-02", ["Naryn"])],
        ),
        (
            "On 9 March 2020, IOM and the ministry signed a memorandum in Bishkek.",
            [("signing", "2020-03-09", ["Bishkek"])],
        ),
        (
            "On December 18, 2019, IOM marked the International Migrants Day in Osh.",
            [("commemoration", "2019-12-18", ["Osh"])],
        ),
        (
            "In January and February 2021, the plans were discussed at national consultations.",
            [("meeting", "2021-01/2021-02", [])],
        ),
        (
            "Тренинг прошел с 6 по 10 июня 2016 года в Оше.",
            [("training", "2016-06-06/2016-06-10", ["Osh"])],
        ),
        (
            "12 октября в Оше прошёл семинар для местных властей.",
            [("workshop", "XXXX-10-12", ["Osh"])],
        ),
        (
            "On 1 June 2018, IOM handed over ten computers to the Naryn border post.",
            [("handover", "2018-06-01", ["Naryn"])],
        ),
    ],
)
def test_events(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert events(text) == expected


def test_sentences_about_one_event_make_one_event() -> None:
    text = (
        "On December 18th, 2016, in Naryn and Talas IOM marked the International Migrants Day. "
        "Our theme was safety.\n\n"
        "On December 18 , 2016 at 11.00 in both cities, volunteers carried out campaigns to "
        "commemorate migrants. The campaign gathered 300 people."
    )
    assert events(text) == [("commemoration", "2016-12-18", ["Naryn", "Talas"])]


def test_a_yearless_date_keeps_no_year() -> None:
    text = "Osh– On August 28, the Ambassador of Norway, Mr. Lars Eikrem, met the governor."
    found = extract(text, ArticleMeta(language="en"))
    (event,) = found.events
    assert event.when is not None
    assert (event.when.start, event.when.edtf) == (None, "XXXX-08-28")
    assert [p.name for p in event.people] == ["Lars Eikrem"]


def test_the_dateline_gives_date_and_places() -> None:
    osh = gazetteer().lookup("Osh")
    assert osh is not None
    text = "May 5, 2017. Osh. IOM trained 40 border guards. The training covered first aid."
    dateline = Dateline(
        text="May 5, 2017. Osh",
        places=(osh,),
        date=DateSpan.from_dates(dt.date(2017, 5, 5), text="May 5, 2017"),
    )
    assert events(text, dateline) == [("training", "2017-05-05", ["Osh"])]


def test_today_is_the_day_of_publication() -> None:
    text = "IOM today launched an information campaign for labour migrants in Naryn."
    found = extract(text, ArticleMeta(published=dt.date(2021, 3, 1), language="en"))
    assert [(e.kind.value, e.when.edtf if e.when else "") for e in found.events] == [
        ("launch", "2021-03-01")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # background, plans and numbers are no events
        "The final figure, published on December 18th, was close to 5,000.",
        "The Concept for 2022-2030 sets out a plan of action.",
        "In his opening remarks, the chair thanked the donors.",
        "The special room was designed to host training interviews.",
        "There are plans to open a workshop for 20 seamstresses.",
        "2014 was the deadliest year on record.",
        "Since March 2022, IOM has trained 400 officials in Osh.",
        "By 12 May 2021, the campaign had reached 9,000 people.",
        "Since 2015, IOM has trained 3,000 officials; in 2022, 500 returnees visited the centres.",
    ],
)
def test_no_events(text: str) -> None:
    assert events(text) == []


def test_event_programme_people_and_organizations() -> None:
    text = (
        "On 22 June 2016, the Coordinator for Central Asia, Mr. Ivo Marin, opened a centre "
        "of the Ministry of Labour, Migration and Youth in Osh. The centre was built within "
        "the Regional Jobs Programme funded by the UK Government."
    )
    found = extract(text, ArticleMeta(language="en"))
    (event,) = found.events
    assert event.kind.value == "opening"
    assert [p.name for p in event.people] == ["Ivo Marin"]
    assert [o.name for o in event.organizations] == ["Ministry of Labour, Migration and Youth"]
    assert event.programme is not None
    assert event.programme.name == "Regional Jobs Programme"
    # Central Asia is where the coordinator works, not where the centre opened
    assert [p.name for p in event.places] == ["Osh"]


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("On 12 May 2020 met workshop visited Osh Bishkek , .\n")),
        max_size=250,
    )
)
def test_spans_point_at_their_text_and_output_is_stable(text: str) -> None:
    first = extract(text, ArticleMeta(language="en"))
    assert first == extract(text, ArticleMeta(language="en"))
    for e in first.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_no_exception_on_any_text(text: str) -> None:
    extract(text, ArticleMeta())


# Invented sentences for the rules below (issue 16, held-out gaps).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May 2025 IOM handed over two ambulances in Naryn. On 4 May 2025, the "
            "ambassador visited a shelter in At-Bashy.",
            [("handover", "2025-05-04", ["Naryn"]), ("visit", "2025-05-04", ["At-Bashy"])],
        ),
        (
            "On 4 May IOM handed over two ambulances in Naryn. On the same day, the "
            "ambassador visited a shelter in At-Bashy.",
            [("handover", "XXXX-05-04", ["Naryn"]), ("visit", "XXXX-05-04", ["At-Bashy"])],
        ),
    ],
)
def test_two_kinds_on_one_day_are_two_events(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert events(text) == expected


def test_a_later_mention_of_the_same_kind_and_day_is_one_event() -> None:
    # negative: the same kind family on the same date stays one event
    text = (
        "On 9 June 2024, IOM and the mayor signed an agreement in Talas. "
        "The agreement signed on 9 June 2024 covers shelters."
    )
    assert events(text) == [("signing", "2024-06-09", ["Talas"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind word before the head of a facility's name names the facility, not an event
        (
            "On 12 March 2025, 40 returnees came to the Conference Hall of the city "
            "administration in Naryn.",
            [],
        ),
        (
            "On 12 March 2025, the governor visited the consultation centre in Naryn.",
            [("visit", "2025-03-12", ["Naryn"])],
        ),
        (
            "Консультация борбору 2025-жылдын 3-майында Нарында ачылды.",
            [("opening", "2025-05-03", [])],
        ),
        (
            "3 мая 2025 года в тренинг-центре в Оше открылась выставка.",
            [("opening", "2025-05-03", ["Osh"])],
        ),
        # negative: the event noun before "центра" is an event of the centre
        (
            "10 апреля 2025 года в Оше состоялось открытие центра для мигрантов.",
            [("opening", "2025-04-10", ["Osh"])],
        ),
        (
            "On 12 March 2025, a conference took place in the Conference Hall in Naryn.",
            [("conference", "2025-03-12", ["Naryn"])],
        ),
    ],
)
def test_a_kind_word_in_a_facility_name_is_no_event(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day told by its distance from the event before it
        (
            "On 3 May 2025 a workshop opened in Osh. The day before, the minister visited "
            "Naryn. Two days later, a training took place in Talas. A week later, the "
            "ministers met in Bishkek.",
            [
                ("workshop", "2025-05-03", ["Osh"]),
                ("visit", "2025-05-02", ["Naryn"]),
                ("training", "2025-05-05", ["Talas"]),
                ("meeting", "2025-05-12", ["Bishkek"]),
            ],
        ),
        (
            "On 3 May 2025 a workshop opened in Osh. Three days earlier, the minister "
            "visited Naryn.",
            [("workshop", "2025-05-03", ["Osh"]), ("visit", "2025-04-30", ["Naryn"])],
        ),
        (
            "3 мая 2025 года в Оше открылся семинар. Через два дня министр посетил Нарын. "
            "Неделей позже в Таласе прошла встреча.",
            [
                ("workshop", "2025-05-03", ["Osh"]),
                ("visit", "2025-05-05", ["Naryn"]),
                ("meeting", "2025-05-12", ["Talas"]),
            ],
        ),
        (
            "From 3 to 5 May 2025, IOM trained 30 teachers in Naryn. The last day was devoted "
            "to a visit to a school in At-Bashy.",
            [
                ("training", "2025-05-03/2025-05-05", ["Naryn"]),
                ("visit", "2025-05-05", ["At-Bashy"]),
            ],
        ),
        # no year known: the month and day, when no 29 February may lie between
        (
            "On 3 May a workshop opened in Osh. Two days later, the minister visited Naryn. "
            "A week later the ministers met in Talas.",
            [
                ("workshop", "XXXX-05-03", ["Osh"]),
                ("visit", "XXXX-05-05", ["Naryn"]),
                ("meeting", "XXXX-05-12", ["Talas"]),
            ],
        ),
        (
            "On 27 February a workshop opened in Osh. Three days later, the minister "
            "visited Naryn.",
            [("workshop", "XXXX-02-27", ["Osh"])],
        ),
        # negative: with no dated event before it, a distance dates nothing
        ("Two days later, the minister visited Naryn.", []),
    ],
)
def test_relative_days_count_from_the_event_before(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned stretch of months, the year told before it
        (
            "In 2025 IOM opened a sewing school in Osh. In September and October, the "
            "trainees will do paid internships.",
            [("training", "2025-09/2025-10", [])],
        ),
        (
            "In March and April 2026, ten returnees will start apprenticeships with local bakers.",
            [("training", "2026-03/2026-04", [])],
        ),
        (
            "В 2025 году в Оше открылась школа. В сентябре и октябре слушатели пройдут "
            "производственную практику.",
            [("training", "2025-09/2025-10", [])],
        ),
        # negative: a plan with no date of its own, or a word about internships in general
        ("The trainees will do paid internships.", []),
        ("Internships are popular among graduates.", []),
    ],
)
def test_planned_month_ranges(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert events(text) == expected


def test_every_weekday_of_an_event_holds_a_weekday_hint() -> None:
    """A sentence is looked at for a weekday only when it holds one of the hints: each name
    in weekdays.tsv that may date an event must hold one, or its events lose their day."""
    from iomkg._extract import events

    names = events._event_weekdays()
    assert len(names) == 20  # 7 English, 7 Russian (accusative), 6 Kyrgyz (not жума)
    every, latin = events._WEEKDAY_HINTS
    for name in names:
        assert any(hint in name for hint in every), name
        if name.isascii():
            assert any(hint in name for hint in latin), name
    assert (names["среду"], names["жекшемби"]) == (2, 6)
    assert "жума" not in names
