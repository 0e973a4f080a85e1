"""find_places over invented sentences and the real seed pages."""

from __future__ import annotations

import subprocess
import sys
import timeit
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomkg
from iomkg import Gazetteer, Place, PlaceKind, find_places


def found(text: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    return [(p.id, [(m.start, m.end, m.text) for m in p.mentions]) for p in find_places(text)]


def test_longest_match_and_order_of_first_mention() -> None:
    # invented sentence
    text = "Teams from Osh Oblast met in Osh, then flew to Bishkek; Osh hosted the next round."
    assert found(text) == [
        ("KG-O", [(11, 21, "Osh Oblast")]),
        ("KG-GO", [(29, 32, "Osh"), (56, 59, "Osh")]),
        ("KG-GB", [(47, 54, "Bishkek")]),
    ]


def test_spans_point_at_their_text() -> None:
    text = "In the Kyrgyz Republic and the Russian Federation, and in Issyk -Kul."
    for place in find_places(text):
        for m in place.mentions:
            assert text[m.start : m.end] == m.text
    assert [(p.name, [m.text for m in p.mentions]) for p in find_places(text)] == [
        ("Kyrgyzstan", ["Kyrgyz Republic"]),
        ("Russia", ["Russian Federation"]),
        ("Issyk-Kul", ["Issyk -Kul"]),
    ]


def test_russian_and_kyrgyz_forms() -> None:
    text = "Семинар прошёл в Бишкеке и Оше, а затем в Иссык-Кульской области. Ысык-Көл."
    assert [(p.id, [m.text for m in p.mentions]) for p in find_places(text)] == [
        ("KG-GB", ["Бишкеке"]),
        ("KG-GO", ["Оше"]),
        ("KG-Y", ["Иссык-Кульской области", "Ысык-Көл"]),
    ]


def test_russian_nominatives_that_look_inflected() -> None:
    # invented sentence: Ростов and Киев end like case forms
    text = "Рейсы из Ростова-на-Дону, Ростова и Киева; в Киеве и Ростове-на-Дону."
    assert [(p.id, [m.text for m in p.mentions]) for p in find_places(text)] == [
        ("RU.rostov-on-don", ["Ростова-на-Дону", "Ростове-на-Дону"]),
        ("UA.kyiv", ["Киева", "Киеве"]),
    ]


def test_kyrgyz_case_endings() -> None:
    # invented Kyrgyz sentence
    text = "Жыйын Бишкекте, Ошто жана Ысык-Көлдө өттү; Нарындан келишти."
    assert [(p.id, [m.text for m in p.mentions]) for p in find_places(text)] == [
        ("KG-GB", ["Бишкекте"]),
        ("KG-GO", ["Ошто"]),
        ("KG-Y", ["Ысык-Көлдө"]),
        ("KG.naryn", ["Нарындан"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kyrgyz delegation and Swiss experts met Uzbek colleagues.",
        "a turkey and a chad were in the jordan valley, said osh.",  # lowercase words are not names
        "Mr. Almazbek met Ms. Aigerim.",
        "",
    ],
)
def test_no_false_places(text: str) -> None:
    assert find_places(text) == ()


def test_kyrgyz_republic_is_kyrgyzstan_but_kyrgyz_alone_is_not() -> None:
    assert found("Kyrgyz Republic") == [("KG", [(0, 15, "Kyrgyz Republic")])]
    assert found("Kyrgyz farmers") == []


def test_countries_and_destination_cities() -> None:
    text = (
        "Migrants travel to Moscow, Yekaterinburg, Seoul, Dubai and Istanbul; others to "
        "South Korea, the UAE, Qatar and Türkiye."
    )
    assert [p.name for p in find_places(text)] == [
        "Moscow",
        "Yekaterinburg",
        "Seoul",
        "Dubai",
        "Istanbul",
        "South Korea",
        "United Arab Emirates",
        "Qatar",
        "Turkey",
    ]


def test_records_are_gazetteer_entries() -> None:
    (osh,) = find_places("Osh")
    assert (osh.kind, osh.parent, osh.country_code, osh.admin1_code) == (
        PlaceKind.CITY,
        "KG-O",
        "KG",
        "KG-GO",
    )


def test_custom_gazetteer() -> None:
    gz = Gazetteer([Place(id="XX", name="Freedonia", kind=PlaceKind.COUNTRY)])
    assert [p.id for p in find_places("Freedonia and Bishkek", places=gz)] == ["XX"]


def test_wrong_type() -> None:
    with pytest.raises(iomkg.InputTypeError):
        find_places(None)  # type: ignore[arg-type]


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    first = find_places(text)
    assert find_places(text) == first
    for place in first:
        assert place.mentions
        for m in place.mentions:
            assert text[m.start : m.end] == m.text


def test_speed_is_linear_and_fast() -> None:
    # not a timing assertion on a shared machine: only a generous guard against a blow-up
    sentence = "The Osh office and partners in Bishkek, Naryn and Karakol met on Monday. "
    text = sentence * 70  # about 5 KB
    find_places(text)
    per_call = min(timeit.repeat(lambda: find_places(text), number=5, repeat=3)) / 5
    assert per_call < 0.05


@pytest.mark.seeds
def test_seed_places_at_least(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    """Every gold place of every real article is found in that article's text."""
    missing = []
    for page in gold["pages"]:
        parsed = iomkg.parse(seed_text[page["file"]], page["url"])
        assert len(parsed.articles) == len(page["articles"])
        for article, expected in zip(parsed.articles, page["articles"], strict=True):
            names = set()
            for place in find_places(article.text):
                names |= {place.name.casefold(), *(a.casefold() for a in place.aliases)}
            missing += [p for p in expected["places_at_least"] if p.casefold() not in names]
    assert missing == []


def test_dashes_inside_and_between_names() -> None:
    # invented sentence: an en dash inside a name joins it; a spaced dash between names does not
    text = "Issyk–Kul and Jalal‒Abad; Bishkek – Osh."
    assert [(p.id, [m.text for m in p.mentions]) for p in find_places(text)] == [
        ("KG-Y", ["Issyk–Kul"]),
        ("KG.jalal-abad", ["Jalal‒Abad"]),
        ("KG-GB", ["Bishkek"]),
        ("KG-GO", ["Osh"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: names coordinated before one noun are each a place of that noun
        ("Встреча прошла в Нарынской и Таласской областях.", ["KG-N", "KG-T"]),
        ("в Баткенской, Ошской и Джалал-Абадской областях", ["KG-B", "KG-O", "KG-J"]),
        ("Teams worked in the Naryn and Talas oblasts.", ["KG-N", "KG-T"]),
        # a surname made from a place's name is no place
        ("Ранее г-н Эмил Токтогулов открыл центр.", []),
    ],
)
def test_shared_nouns_and_surnames(text: str, expected: list[str]) -> None:
    assert [p.id for p in find_places(text)] == expected


# -- settlements: found only where a place is expected (invented sentences) -------------


def ids(text: str) -> list[str]:
    return [p.id for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a settlement word before or after the name
        ("Nurses visited the village of Markaz twice a week.", ["KG.markaz"]),
        ("The town of Iradan opened a youth centre.", ["KG.iradan"]),
        ("Families in Tayan village received seeds.", ["KG.tayan"]),
        ("Тренинг прошёл в селе Андарак.", ["KG.andarak"]),
        ("Жители посёлка Катран получили помощь.", ["KG.katran"]),
        ("Андарак айылында жыйын өттү.", ["KG.andarak"]),
        # the object of in / в / a Kyrgyz locative, capitalised
        ("A water point opened in Iradan on Monday.", ["KG.iradan"]),
        ("Центр открылся в Ирадане.", ["KG.iradan"]),
        ("Ираданда жаңы борбор ачылды.", ["KG.iradan"]),
        # a transliteration variant of a known village, where a place is expected
        ("The village of Kanysh-Kyja lies in the valley.", ["KG.kanysh-kiya"]),
        ("Семинар прошёл в селе Кара-Кулжа.", ["KG.kara-kulja"]),
        # a longer name before a shorter one
        ("They met in Nizhnyaya Ala-Archa.", ["KG.nizhnyaya-ala-archa"]),
        # lists: the settlement word before the first, after the last, or a town before
        (
            "Aid reached the villages of Andarak, Katran and Tayan.",
            ["KG.andarak", "KG.katran", "KG.tayan"],
        ),
        ("In Andarak and Katran villages families received seeds.", ["KG.andarak", "KG.katran"]),
        (
            "Андарак, Катран жана Таян айылдарында жыйын өттү.",
            ["KG.andarak", "KG.katran", "KG.tayan"],
        ),
        ("Встречи прошли в сёлах Андарак и Катран.", ["KG.andarak", "KG.katran"]),
        ("Clinics opened in Osh and Iradan.", ["KG-GO", "KG.iradan"]),
        ("The village of Pop hosted a fair.", ["UZ.pop"]),
        # a person's name before a listed one is no settlement
        ("Aibek Markaz and Alga village", ["KG.alga"]),
    ],
)
def test_settlements_where_a_place_is_expected(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Markaz is the Uzbek word for a centre.",  # no cue: a word
        "Markaz and Alga are words.",
        "The report was published in Nov 2024.",  # a month before a number, not TJ's Nov
        "They met in Kim and Pop.",  # three letters: a word or a name, unless "the village of"
        "Он вошёл в Совет безопасности.",  # after "в" not in the prepositional: a body's name
        "Alga, the football club, won again.",
        "The report was written in Alga Asanova's office.",  # a person after "in"
        "in Alga district the roads are closed",  # a division's noun: not the village
        "Совещание прошло в Советском районе.",  # a district, not Sovetskoye
        "The training took place in March and in English.",
    ],
)
def test_settlement_names_without_evidence_are_not_places(text: str) -> None:
    assert ids(text) == []


def test_the_settlements_are_read_only_where_a_place_is_expected() -> None:
    # (memory: the settlements' records are read when a name may be one of them; in a
    # fresh interpreter, as other tests read them)
    code = (
        "import iomkg\n"
        "gz = iomkg.gazetteer()\n"
        "n = len(gz._places)\n"
        "assert iomkg.find_places('The team met in Osh and Bishkek with Aida Berg.')\n"
        "assert len(gz._places) == n, 'read'\n"
        "assert [p.id for p in iomkg.find_places('They met in Iradan.')] == ['KG.iradan']\n"
        "assert len(gz._places) > n + 700, 'not read'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
