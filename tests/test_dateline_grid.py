"""The dateline grid: leads built from slots, each with the Dateline record it must give.

A dateline (FORMATS.md §3) opens a lead: the place(s), maybe the date, then a dash
(or a colon). The grid crosses, per language, the ways a place is written (a city, a
town, a village from the settlements file, a district, an oblast, with or without a
settlement word, with its country, two places, in capitals) with the ways a date is
written (none, day-month-year, month-day-year, numeric, Russian and Kyrgyz forms,
with a weekday, the date before the place) and the separators (dashes, a colon, a news
agency's tag). The expected record comes from the slots: the place ids, the date and,
for a sample, the article's publication date. Negatives: a lead that opens with a
sentence about a place, a preposition, and a Kyrgyz locative date after the dash (the
lead's own adverbial, benchmarks/devset/README.md).

Every lead is invented.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import iomkg
from iomkg._extract.dateline import split_dateline

# (place as written, expected place ids)
Place = tuple[str, tuple[str, ...]]
# (date as written, expected edtf, whether it goes before the place)
Date = tuple[str, str | None, bool]

EN_PLACES: list[Place] = [
    ("Osh", ("KG-GO",)),
    ("Bishkek", ("KG-GB",)),
    ("Karakol", ("KG.karakol",)),
    ("Kara-Suu", ("KG.kara-suu",)),
    ("Iradan", ("KG.iradan",)),
    ("Tamchy", ("KG.tamchy",)),
    ("Kara-Suu District", ("KG.kara-suu-district",)),
    ("Naryn Oblast", ("KG-N",)),
    ("Iradan village", ("KG.iradan",)),
    ("Village of Iradan", ("KG.iradan",)),
    ("The village of Iradan", ("KG.iradan",)),
    ("Aiyl Iradan", ("KG.iradan",)),
    ("Kyzyl-Kiya town", ("KG.kyzyl-kiya",)),
    ("Tamchy village of Issyk-Kul Region", ("KG.tamchy", "KG-Y")),
    ("Iradan village in Batken", ("KG.iradan", "KG.batken")),
    ("Town of Kara-Suu", ("KG.kara-suu",)),
    ("Tamchy village, Issyk-Kul", ("KG.tamchy", "KG-Y")),
    ("Osh, Kyrgyzstan", ("KG-GO", "KG")),
    ("Osh (Kyrgyzstan)", ("KG-GO", "KG")),
    ("OSH", ("KG-GO",)),
    ("Bishkek/Osh", ("KG-GB", "KG-GO")),
    ("Bishkek and Osh", ("KG-GB", "KG-GO")),
    ("Bishkek, Kyrgyzstan", ("KG-GB", "KG")),
    ("BISHKEK, Kyrgyzstan", ("KG-GB", "KG")),
    ("Bishkek, Kyrgyz Republic", ("KG-GB", "KG")),
    ("Naryn city", ("KG.naryn",)),
    (
        "Iradan village, Kadamjay District, Batken Oblast",
        ("KG.iradan", "KG.kadamjay-district", "KG-B"),
    ),
    ("Tamchy, Issyk-Kul region", ("KG.tamchy", "KG-Y")),
    ("Almaty, Kazakhstan", ("KZ.almaty", "KZ")),
    ("Dushanbe (Tajikistan)", ("TJ.dushanbe", "TJ")),
    ("Tashkent/Ashgabat", ("UZ.tashkent", "TM.ashgabat")),
]
RU_PLACES: list[Place] = [
    ("Ош", ("KG-GO",)),
    ("Бишкек", ("KG-GB",)),
    ("Каракол", ("KG.karakol",)),
    ("Ирадан", ("KG.iradan",)),
    ("с. Ирадан", ("KG.iradan",)),
    ("село Тамчы", ("KG.tamchy",)),
    ("Село Тамчы, Иссык-Куль", ("KG.tamchy", "KG-Y")),
    ("г. Ош", ("KG-GO",)),
    ("Кара-Суйский район", ("KG.kara-suu-district",)),
    ("Нарынская область", ("KG-N",)),
    ("Ош, Кыргызстан", ("KG-GO", "KG")),
    ("Ош (Кыргызстан)", ("KG-GO", "KG")),
    ("Бишкек/Ош", ("KG-GB", "KG-GO")),
    ("Бишкек и Ош", ("KG-GB", "KG-GO")),
    ("Бишкек, Кыргызская Республика", ("KG-GB", "KG")),
    ("Кара-Суйский район, Ошская область", ("KG.kara-suu-district", "KG-O")),
    ("с. Ирадан, Лейлекский район", ("KG.iradan", "KG.leilek-district")),
    ("пгт Кара-Суу", ("KG.kara-suu",)),
    ("Хорог, Таджикистан", ("TJ.khorog", "TJ")),
    ("Сокулукский район Чуйской области", ("KG.sokuluk-district", "KG-C")),
    ("с. Ирадан Лейлекского района", ("KG.iradan", "KG.leilek-district")),
]
KY_PLACES: list[Place] = [
    ("Ош", ("KG-GO",)),
    ("Бишкек", ("KG-GB",)),
    ("Ирадан", ("KG.iradan",)),
    ("Ирадан айылы", ("KG.iradan",)),
    ("Тамчы айылы, Ысык-Көл", ("KG.tamchy", "KG-Y")),
    ("Нарын шаары", ("KG.naryn",)),
    ("Кара-Суу району", ("KG.kara-suu-district",)),
    ("Нарын облусу", ("KG-N",)),
    ("Ош, Кыргызстан", ("KG-GO", "KG")),
    ("Бишкек/Ош", ("KG-GB", "KG-GO")),
    ("Бишкек шаары", ("KG-GB",)),
    ("Баткен облусу", ("KG-B",)),
    ("Сокулук району, Чүй облусу", ("KG.sokuluk-district", "KG-C")),
    ("Тамчы айылы", ("KG.tamchy",)),
    ("Ош ш.", ("KG-GO",)),
    ("Ирадан а.", ("KG.iradan",)),
    (
        "Ош облусунун Кара-Суу районундагы Ирадан айылы",
        ("KG-O", "KG.kara-suu-district", "KG.iradan"),
    ),
]

_DAY = "2025-05-12"  # a Monday
EN_DATES: list[Date] = [
    ("", None, False),
    ("12 May 2025", _DAY, False),
    ("May 12, 2025", _DAY, False),
    ("12.05.2025", _DAY, False),
    ("Monday, 12 May 2025", _DAY, False),
    ("Monday, May 12, 2025", _DAY, False),
    ("12 May 2025", _DAY, True),
    ("May 12, 2025", _DAY, True),
    ("12th May 2025", _DAY, False),
    ("Monday 12 May 2025", _DAY, False),
    ("12 May, 2025", _DAY, False),
    ("12-14 May 2025", "2025-05-12/2025-05-14", False),
    ("12 May", "XXXX-05-12", False),
]
RU_DATES: list[Date] = [
    ("", None, False),
    ("12 мая 2025 г.", _DAY, False),
    ("12 мая 2025 года", _DAY, False),
    ("12.05.2025", _DAY, False),
    ("понедельник, 12 мая 2025 г.", _DAY, False),
    ("Понедельник, 12 мая 2025 г.", _DAY, True),
    ("12 мая 2025 г.", _DAY, True),
    ("12 мая 2025", _DAY, False),
    ("12.05.2025 г.", _DAY, False),
    ("12–14 мая 2025 года", "2025-05-12/2025-05-14", False),
    ("12 мая", "XXXX-05-12", False),
]
KY_DATES: list[Date] = [
    ("", None, False),
    ("12-май 2025-ж.", _DAY, False),
    ("12-май 2025-жыл", _DAY, False),
    ("2025-жылдын 12-майы", _DAY, False),
    ("2025-ж. 12-май", _DAY, False),
    ("12.05.2025", _DAY, False),
    ("дүйшөмбү, 12-май 2025-ж.", _DAY, False),
    ("Дүйшөмбү, 12-май 2025-ж.", _DAY, True),
    ("12-май 2025-ж.", _DAY, True),
    ("2025-жылдын 12-майы", _DAY, True),
    ("12-май, 2025-жылы", _DAY, False),
    ("2025-жылы 12-майда", _DAY, False),
    ("12-май", "XXXX-05-12", False),
]
SEPARATORS = [" – ", " — ", " - ", "– ", " -- ", " —", ": ", " (IOM) – ", ", IOM – ", " /IOM/ – "]
LEADS = {
    "en": "IOM opened an invented centre for returning migrants on Monday.",
    "ru": "МОМ открыла вымышленный центр для вернувшихся мигрантов.",
    "ky": "ЭМУ кайтып келген мигранттар үчүн ойдон чыгарылган борбор ачты.",
}
GRID = {"en": (EN_PLACES, EN_DATES), "ru": (RU_PLACES, RU_DATES), "ky": (KY_PLACES, KY_DATES)}


def _case(
    lang: str, place: Place, date: Date, sep: str
) -> tuple[str, str, tuple[str, ...], str | None]:
    written, ids = place
    date_text, edtf, before = date
    if not date_text:
        head = written
    elif before:
        head = f"{date_text}, {written}"
    else:
        head = f"{written}, {date_text}"
    text = head
    if sep.strip(" –—-") and sep.strip() != ":":  # a news agency's tag is written with the head
        text = head + sep.rstrip(" –—-")
    return head + sep + LEADS[lang], text, ids, edtf


def _cases() -> list[tuple[str, str, tuple[str, ...], str | None]]:
    cases = []
    for lang, (places, dates) in GRID.items():
        # every place with every date (one dash), and with every other separator in turn
        # (each place with half of them, with no date and with a date in turn)
        pairs = itertools.chain(
            itertools.product(places, dates, SEPARATORS[:1]),
            (
                (place, dates[(i + j) // 2 % 2], sep)
                for (i, place), (j, sep) in itertools.product(
                    enumerate(places), enumerate(SEPARATORS[1:])
                )
                if (i + j) % 2 == 0
            ),
        )
        for place, date, sep in pairs:
            if sep.startswith(":") and not date[0] and "," in place[0]:
                continue  # "Tamchy village, Issyk-Kul: …" is too loose a shape without a date
            cases.append(_case(lang, place, date, sep))
    return cases


CASES = _cases()


@pytest.mark.parametrize(
    ("paragraph", "text", "ids", "edtf"), CASES, ids=[c[0][:60] for c in CASES]
)
def test_grid(paragraph: str, text: str, ids: tuple[str, ...], edtf: str | None) -> None:
    found = split_dateline(paragraph)
    assert found is not None
    assert (found.text, tuple(p.id for p in found.places)) == (text, ids)
    assert (found.date.edtf if found.date else None) == edtf
    for place in found.places:  # each mention points at its name in the paragraph
        (mention,) = place.mentions
        assert paragraph[mention.start : mention.end] == mention.text


# A date written right after the dash, then the lead (maybe after a full stop, a comma or a
# dash): the date is the dateline's ("Бишкек – 12 октября Миссия …", FORMATS.md §3).
DASH_DATES = {
    "en": ["12 May 2025", "May 12, 2025"],
    "ru": ["12 мая 2025 г.", "12.05.2025"],
    "ky": ["12-май 2025-ж.", "2025-жылдын 12-майы"],
}
AFTER_DASH = [
    (f"{places[i][0]} – {date}{joiner}{LEADS[lang]}", f"{places[i][0]} – {date}", places[i][1])
    for lang, (places, _) in GRID.items()
    for i, (date, joiner) in enumerate(
        itertools.product(DASH_DATES[lang], [" ", ". ", ", ", " – "])
    )
]


@pytest.mark.parametrize(("paragraph", "text", "ids"), AFTER_DASH)
def test_date_after_dash(paragraph: str, text: str, ids: tuple[str, ...]) -> None:
    found = split_dateline(paragraph)
    assert found is not None
    assert (found.text, tuple(p.id for p in found.places)) == (text, ids)
    assert found.date is not None
    assert found.date.edtf == _DAY


# Every date form with two place forms per language, one separator: the article's
# publication date is the dateline's date.
PUBLISHED = [
    (lang, places[at % len(places)], date)
    for lang, (places, dates) in GRID.items()
    for k, date in enumerate(dates)
    for at in (k, 7 * k + 3)
]


@pytest.mark.parametrize(("lang", "place", "date"), PUBLISHED)
def test_published(lang: str, place: Place, date: Date) -> None:
    paragraph, *_ = _case(lang, place, date, " – ")
    page = iomkg.parse(f"Invented centre opens\n\n{paragraph}\n\nIt will serve 200 people a year.")
    (article,) = page.articles
    edtf = date[1]
    # a day with its year dates the page; a range or a day without its year does not
    dated = edtf is not None and len(edtf) == 10 and not edtf.startswith("X")
    expected = dt.date.fromisoformat(edtf) if dated and edtf else None
    assert article.published == expected


# Leads that open with no dateline, or whose date belongs to the lead sentence.
NEGATIVES: list[tuple[str, str | None, tuple[str, ...], str | None]] = [
    ("Osh is the second city of Kyrgyzstan, and IOM opened a centre there.", None, (), None),
    ("Osh residents met IOM staff on 12 May 2025 to discuss a new centre.", None, (), None),
    ("In Osh – the second city – IOM opened a centre.", None, (), None),
    ("On 12 May 2025, IOM opened a centre in Osh.", None, (), None),
    ("Iradan village is small: 2,000 people live there.", None, (), None),
    ("Ош – второй город страны, и МОМ открыла там центр.", "Ош", ("KG-GO",), None),
    ("Ош – 3-июнда ЭМУ борбор ачты.", "Ош", ("KG-GO",), None),
    ("Ош шаары – 2025-жылдын 3-июнунда ЭМУ борбор ачты.", "Ош шаары", ("KG-GO",), None),
    ("Нарын шаары – 12-майда ЭМУ борбор ачты.", "Нарын шаары", ("KG.naryn",), None),
    ("Bishkek – On 3 June, IOM opened a centre.", "Bishkek", ("KG-GB",), None),
    ("Kyrgyzstan: Land of Mountains and Lakes", None, (), None),
    ("Note: IOM opened a centre.", None, (), None),
    ("Osh: the second city of the country.", None, (), None),
    ("Village Voices – a new radio show for returning migrants.", None, (), None),
    ("Workers of Osh – a new radio show for returning migrants.", None, (), None),
    ("Republic of Korea – IOM opened a centre.", "Republic of Korea", ("KR",), None),
    ("The village of Iradan is small, and IOM opened a centre there.", None, (), None),
    ("Ош облусунун борбору – Ош шаары.", None, (), None),
    ("Нарын облусунда – 2025-жылдын 12-майында ЭМУ борбор ачты.", None, (), None),
    ("Бишкек – 12-майда ЭМУ борбор ачты.", "Бишкек", ("KG-GB",), None),
    ("Osh – 12 people received grants from IOM.", "Osh", ("KG-GO",), None),
]


@pytest.mark.parametrize(("paragraph", "text", "ids", "edtf"), NEGATIVES)
def test_negatives(
    paragraph: str, text: str | None, ids: tuple[str, ...], edtf: str | None
) -> None:
    found = split_dateline(paragraph)
    if text is None:
        assert found is None
        return
    assert found is not None
    assert (found.text, tuple(p.id for p in found.places)) == (text, ids)
    assert (found.date.edtf if found.date else None) == edtf


def test_grid_size() -> None:
    assert 500 <= len(CASES) + len(PUBLISHED) + len(NEGATIVES) + len(AFTER_DASH) <= 1500
