"""Datelines (FORMATS.md §3): the place(s) and date that open a lead paragraph.

Every continuation after a dateline is invented; the dateline shapes follow the
forms seen on the IOM sites.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iomkg
from iomkg._extract.dateline import header_date, split_dateline

# (paragraph, dateline text, place names, place ids, date edtf or None)
FORMS: list[tuple[str, str, list[str], list[str], str | None]] = [
    (
        "Bishkek– On August 28, the mayor of a sister town opened a bakery.",
        "Bishkek",
        ["Bishkek"],
        ["KG-GB"],
        None,
    ),
    (
        "Bishkek and Osh- Regional Director Aibek Nurlanov visits two clinics.",
        "Bishkek and Osh",
        ["Bishkek", "Osh"],
        ["KG-GB", "KG-GO"],
        None,
    ),
    (
        "Bishkek - on 19 July, the choir of a village school sang.",
        "Bishkek",
        ["Bishkek"],
        ["KG-GB"],
        None,
    ),
    (
        "Almaty - The Government of Oz agreed on a road map.",
        "Almaty",
        ["Almaty"],
        ["KZ.almaty"],
        None,
    ),
    (
        "Bishkek/Astana, 30 May 2025 – International experts tested a new app.",
        "Bishkek/Astana, 30 May 2025",
        ["Bishkek", "Astana"],
        ["KG-GB", "KZ.astana"],
        "2025-05-30",
    ),
    (
        "Astana, October 12, 2022 – At the initiative of the tea growers a fair opened.",
        "Astana, October 12, 2022",
        ["Astana"],
        ["KZ.astana"],
        "2022-10-12",
    ),
    (
        "4-7 November 2024, Turkistan, Kazakhstan – The forum of carpet weavers opened.",
        "4-7 November 2024, Turkistan, Kazakhstan",
        ["Turkistan", "Kazakhstan"],
        ["KZ.turkistan", "KZ"],
        "2024-11-04/2024-11-07",
    ),
    (
        "27 and 28 March, Dushanbe, Tajikistan – The beekeepers met.",
        "27 and 28 March, Dushanbe, Tajikistan",
        ["Dushanbe", "Tajikistan"],
        ["TJ.dushanbe", "TJ"],
        "XXXX-03-27/XXXX-03-28",
    ),
    (
        "Cairo, October 22,2015 – The chess club hosted a match.",
        "Cairo, October 22,2015",
        ["Cairo"],
        ["EG.cairo"],
        "2015-10-22",
    ),
    (
        "Baku, 24 April 2025 —The International choir sang at dawn.",
        "Baku, 24 April 2025",
        ["Baku"],
        ["AZ.baku"],
        "2025-04-24",
    ),
    (
        "Geneva — IOM, the UN Migration Agency, counted kites.",
        "Geneva",
        ["Geneva"],
        ["CH.geneva"],
        None,
    ),
    (
        "Kazakhstan – The Central Asian country planted trees.",
        "Kazakhstan",
        ["Kazakhstan"],
        ["KZ"],
        None,
    ),
    (
        "June 22, 2016. Bishkek. Mission of the IOM painted a school.",
        "June 22, 2016. Bishkek",
        ["Bishkek"],
        ["KG-GB"],
        "2016-06-22",
    ),
    (
        "Бишкек - 12 октября Миссия МОМ провела турнир по шахматам.",
        "Бишкек - 12 октября",
        ["Bishkek"],
        ["KG-GB"],
        "XXXX-10-12",
    ),
    # Invented: a date right after the dash is the dateline's whatever the lead's first word.
    (
        "Талас – 3 марта 2025 года, в день открытия, МОМ передала ключи.",
        "Талас – 3 марта 2025 года",
        ["Talas"],
        ["KG.talas"],
        "2025-03-03",
    ),
    (
        "Нарын – 9 апреля министр труда открыл вымышленный центр.",
        "Нарын – 9 апреля",
        ["Naryn"],
        ["KG.naryn"],
        "XXXX-04-09",
    ),
    (
        "Ош и Бишкек – Миссия МОМ открыла две библиотеки.",
        "Ош и Бишкек",
        ["Osh", "Bishkek"],
        ["KG-GO", "KG-GB"],
        None,
    ),
    (
        "Issyk -Kul - The training of bee keepers opened.",
        "Issyk -Kul",
        ["Issyk-Kul"],
        ["KG-Y"],
        None,
    ),
    (
        "BISHKEK, Kyrgyzstan – A new bridge opened.",
        "BISHKEK, Kyrgyzstan",
        ["Bishkek", "Kyrgyzstan"],
        ["KG-GB", "KG"],
        None,
    ),
    (
        "Bishkek, 5 May 2024 (Kabar) – Officials of an invented club met.",
        "Bishkek, 5 May 2024 (Kabar)",
        ["Bishkek"],
        ["KG-GB"],
        "2024-05-05",
    ),
    (
        "Бишкек, 12 октября 2023 г. – Миссия МОМ провела турнир.",
        "Бишкек, 12 октября 2023 г.",
        ["Bishkek"],
        ["KG-GB"],
        "2023-10-12",
    ),
    (
        "Bishkek, Kyrgyzstan, 12 October 2023 – The invented club met.",
        "Bishkek, Kyrgyzstan, 12 October 2023",
        ["Bishkek", "Kyrgyzstan"],
        ["KG-GB", "KG"],
        "2023-10-12",
    ),
    (
        "Bishkek \u0e42 On 3 May the invented club met.",
        "Bishkek",
        ["Bishkek"],
        ["KG-GB"],
        None,
    ),
    (
        "Bishkek, 12\u0e22\u2013\u0e2213 May 2024 – The invented club met.",
        "Bishkek, 12\u0e22\u2013\u0e2213 May 2024",
        ["Bishkek"],
        ["KG-GB"],
        "2024-05-12/2024-05-13",
    ),
    (
        "27 March 2024 – The forum of invented weavers opened in the hall.",
        "27 March 2024",
        [],
        [],
        "2024-03-27",
    ),
    ("June 22, 2016 - IOM opened an invented centre.", "June 22, 2016", [], [], "2016-06-22"),
    ("Osh city – The mayor opened an invented fair.", "Osh city", ["Osh"], ["KG-GO"], None),
    (
        "Tashkent, Uzbekistan – 12 September 2023: The invented council signed a plan.",
        "Tashkent, Uzbekistan – 12 September 2023",
        ["Tashkent", "Uzbekistan"],
        ["UZ.tashkent", "UZ"],
        "2023-09-12",
    ),
    (
        "ASTANA, Kazakhstan, March 5 (Xinhua) -- The invented council met.",
        "ASTANA, Kazakhstan, March 5 (Xinhua)",
        ["Astana", "Kazakhstan"],
        ["KZ.astana", "KZ"],
        "XXXX-03-05",
    ),
    (
        "Bishkek – 12 September 2023 – The invented council met.",
        "Bishkek – 12 September 2023",
        ["Bishkek"],
        ["KG-GB"],
        "2023-09-12",
    ),
    (
        "Чуйская область – Миссия провела турнир по шахматам.",
        "Чуйская область",
        ["Chui Region"],
        ["KG-C"],
        None,
    ),
    (
        "Zorgville – The invented town held a fair.",
        "Zorgville",
        ["Zorgville"],
        ["unresolved:Zorgville"],
        None,
    ),
    (
        "Upper Zorg, 3 May 2024 – The invented village held a fair.",
        "Upper Zorg, 3 May 2024",
        ["Upper Zorg"],
        ["unresolved:Upper Zorg"],
        "2024-05-03",
    ),
    # Old site, a Russian-ism in an English date: the "г." takes the full stop.
    (
        "05 July 2019 г. Bishkek. An invented exhibition opened.",
        "05 July 2019 г. Bishkek",
        ["Bishkek"],
        ["KG-GB"],
        "2019-07-05",
    ),
    # Places, a date and a full stop or colon, no dash (known places only).
    (
        "Naryn, 5 May 2021. An invented centre opened.",
        "Naryn, 5 May 2021",
        ["Naryn"],
        ["KG.naryn"],
        "2021-05-05",
    ),
    (
        "Bishkek, 5 May 2021: An invented centre opened.",
        "Bishkek, 5 May 2021",
        ["Bishkek"],
        ["KG-GB"],
        "2021-05-05",
    ),
    # A news agency's tag after the date vouches for a date without its year.
    (
        "Бишкек, 29 апреля. /Кабар-Тест/. Вымышленный центр открылся.",
        "Бишкек, 29 апреля. /Кабар-Тест/",
        ["Bishkek"],
        ["KG-GB"],
        "XXXX-04-29",
    ),
    (
        "BISHKEK, April 29 (Invented Press) - IOM opened a centre.",
        "BISHKEK, April 29 (Invented Press)",
        ["Bishkek"],
        ["KG-GB"],
        "XXXX-04-29",
    ),
    (
        "Vienna/Bishkek/Almaty, 2 May 2024 – Invented envoys met.",
        "Vienna/Bishkek/Almaty, 2 May 2024",
        ["Vienna", "Bishkek", "Almaty"],
        ["AT.vienna", "KG-GB", "KZ.almaty"],
        "2024-05-02",
    ),
]


@pytest.mark.parametrize(("paragraph", "text", "names", "ids", "edtf"), FORMS)
def test_dateline_forms(
    paragraph: str, text: str, names: list[str], ids: list[str], edtf: str | None
) -> None:
    dl = iomkg.parse_dateline(paragraph)
    assert dl is not None
    assert dl.text == text
    assert [p.name for p in dl.places] == names
    assert [p.id for p in dl.places] == ids
    for place in dl.places:
        (mention,) = place.mentions
        assert paragraph[mention.start : mention.end] == mention.text
    assert (dl.date.edtf if dl.date is not None else None) == edtf
    if dl.date is not None:
        assert dl.date.text in dl.text
        assert dl.date.year_inferred is False


NOT_DATELINES = [
    "On March 24, 2022, the council of elders met in the hall.",
    "From June 6 to June 10, 2016, a delegation from a valley town – twelve people – travelled.",
    "In order to keep the bees alive – as the keepers say – the hives moved.",
    "An Employment Centre under the Ministry opened in a town.",
    "IOM is a Co-chair of the invented working group.",
    "Saving Bee Lives – 18 December – International Bee Day",
    "Aida Toktobekova – “I came back home to plant apricots.”",
    "“I am grateful,” says Aida – the mother of three.",
    "Aida – the mother of three – planted apricots.",
    "IOM – The agency counted kites.",
    "The mayor – a keen chess player – opened the club.",
    "Mr. Nurlanov - The guest of honour arrived.",
    "",
    "   ",
    "–",
    "Bishkek",
    "2013-2014 – a long winter.",
    "Kyrgyzstan – Land of Mountains and Lakes",
    "Finally – The invented group met in the hall.",
    "Zorg – The Best Of Us",
    "IOM\u0e42s staff met the mayor (Osh) – The end.",
    "In Osh – the invented town – the group met.",
    "At Naryn – as the invented guide says – it snows.",
    "Minister Zorgova, 5 May 2021. She opened the centre.",
    "Бишкек, 29 апреля. Вымышленный центр открылся.",
    "Kyrgyzstan, 2021. The year was invented.",
]


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_not_datelines(paragraph: str) -> None:
    assert iomkg.parse_dateline(paragraph) is None


def test_event_date_in_the_lead_is_not_the_dateline_date() -> None:
    dl = iomkg.parse_dateline("Almaty - On 22-23 June 2023, a school of invented crafts met.")
    assert dl is not None
    assert (dl.text, dl.date) == ("Almaty", None)


def test_leading_spaces_are_kept_out_of_the_text() -> None:
    dl = split_dateline("  Karakol – The town held a fair.", language="en")
    assert dl is not None
    assert dl.text == "Karakol"
    assert dl.places[0].mentions[0].start == 2


def test_parse_dateline_rejects_non_str() -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        iomkg.parse_dateline(7)  # type: ignore[arg-type]
    assert info.value.field == "text"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Press Release —Global December 08, 2020", dt.date(2020, 12, 8)),
        ("December 08, 2020", dt.date(2020, 12, 8)),
        ("Пресс-релиз 22 июня 2023 г.", dt.date(2023, 6, 22)),
        ("News - Global", None),
        ("Press Release 2020", None),
        ("August 28", None),
    ],
)
def test_header_date(header: str, expected: dt.date | None) -> None:
    assert header_date(header) == expected


def test_published_date_comes_from_the_dateline_through_parse() -> None:
    page = iomkg.parse(
        "An invented headline\n\nNaryn, 5 May 2024 – Local craftsmen met.\n\nThey sold felt.\n"
    )
    (art,) = page.articles
    assert art.published == dt.date(2024, 5, 5)
    assert art.dateline is not None
    assert [p.name for p in art.dateline.places] == ["Naryn"]


def test_no_published_date_from_a_lead_event_date() -> None:
    page = iomkg.parse(
        "An invented headline\n\nOsh – On 22-23 June 2023, craftsmen met.\n\nThey sold felt.\n"
    )
    (art,) = page.articles
    assert art.published is None
    assert art.dateline is not None
    assert art.dateline.text == "Osh"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=120),
        st.lists(
            st.sampled_from(
                [
                    "Bishkek",
                    "Osh",
                    " and ",
                    "/",
                    ", ",
                    " – ",
                    "- ",
                    "—",
                    "30 May 2025",
                    "June 22, 2016",
                    ". ",
                    "The ",
                    "On ",
                    "“",
                    "Zorg",
                    "Co-chair",
                    " ",
                    "г. ",
                    "Бишкек",
                    " - 12 октября ",
                ]
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_datelines_never_raise_and_point_at_their_text(paragraph: str) -> None:
    dl = iomkg.parse_dateline(paragraph)
    if dl is None:
        return
    start = len(paragraph) - len(paragraph.lstrip())
    assert paragraph[start:].startswith(dl.text)
    assert len(dl.places) <= 3
    assert dl.places or dl.date is not None
    for place in dl.places:
        for mention in place.mentions:
            assert paragraph[mention.start : mention.end] == mention.text
    assert iomkg.parse_dateline(paragraph) == dl


@pytest.mark.seeds
def test_seed_first_paragraphs_give_gold_dateline_and_published(
    gold: dict[str, Any], seed_text: dict[str, str]
) -> None:
    checked = 0
    for page_gold in gold["pages"]:
        page = iomkg.parse(seed_text[page_gold["file"]], page_gold["url"])
        for art, art_gold in zip(page.articles, page_gold["articles"], strict=True):
            places = [p.name for p in art.dateline.places] if art.dateline else []
            assert places == art_gold["dateline_places"], page_gold["file"]
            published = art.published.isoformat() if art.published else None
            assert published == art_gold["published"], page_gold["file"]
            checked += 1
    assert checked == sum(len(p["articles"]) for p in gold["pages"])


def test_a_kyrgyz_locative_date_after_the_dash_is_the_leads() -> None:
    # invented
    found = split_dateline("Ош – 3–5-июнда Ош шаарында тренинг өттү.")
    assert found is not None
    assert (found.text, found.date) == ("Ош", None)
