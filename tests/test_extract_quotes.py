"""Quotes and their speakers in “…”, "…" and «…».

Every sentence here is INVENTED (names and words are made up).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomkg._extract.article import ArticleMeta, extract
from iomkg._extract.people import find_people
from iomkg._extract.quotes import find_quotes


def quotes(text: str) -> list[tuple[str, str | None]]:
    found = find_quotes(text, find_people(text).people)
    for q in found:
        assert text[q.span.start : q.span.end] == q.span.text
    return [(q.text, q.speaker.name if q.speaker else None) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will open two more centres this year,” said Aida Tashieva.",
            [("We will open two more centres this year,", "Aida Tashieva")],
        ),
        (
            '"Returnees need jobs and fair wages at home." - noted Bakyt Osmonov, the Minister '
            "of Labour.",
            [("Returnees need jobs and fair wages at home.", "Bakyt Osmonov")],
        ),
        (
            "“Our partnership with the region keeps growing every year,” UN Resident "
            "Coordinator Marta Lindqvist stated.",
            [("Our partnership with the region keeps growing every year,", "Marta Lindqvist")],
        ),
        (
            "Mr. Ivan Petrov said: «Мы продолжим работу с мигрантами в регионах».",
            [("Мы продолжим работу с мигрантами в регионах", "Ivan Petrov")],
        ),
        (
            "Safe and regular routes save lives every single day (Anna Berglund, IOM Director "
            "General).",
            [("Safe and regular routes save lives every single day", "Anna Berglund")],
        ),
        (
            "«Мы рады видеть новых партнёров в Оше», – отметила г-жа Айгуль Осмонова.",
            [("Мы рады видеть новых партнёров в Оше", "Айгуль Осмонова")],
        ),
    ],
)
def test_quotes_and_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_a_first_name_with_a_speech_verb_is_a_speaker() -> None:
    text = "“I'm so grateful for the new roof over our heads,” says Zarina. Zarina is 34."
    found = find_quotes(text, find_people(text).people)
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Zarina"]
    assert [m.text for m in find_people(text).people[0].mentions] == ["Zarina", "Zarina"]


def test_a_pronoun_speaks_for_the_person_named_last() -> None:
    text = (
        "The Minister of Labour, Ms. Aida Berg, visited the centre. “We will double the "
        "number of places next year,” she added."
    )
    found = find_quotes(text, find_people(text).people)
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Aida Berg"]


def test_terms_in_quotes_are_no_quotations() -> None:
    text = "The term “brain drain” and the motto «Safe Lives» were discussed by the board."
    assert quotes(text) == []


def test_a_quoted_project_title_is_no_quotation() -> None:
    text = "IOM works within the project «Safe Migration for All in Central Asia» with partners."
    found = extract(text, ArticleMeta(language="en"))
    assert [p.name for p in found.programmes] == ["Safe Migration for All in Central Asia"]
    assert found.quotes == ()


def test_a_quote_inside_another_is_part_of_it() -> None:
    text = '"We will go where «the road» leads us, every day," said Aida Berg.'
    assert quotes(text) == [("We will go where «the road» leads us, every day,", "Aida Berg")]


def test_quotes_in_different_marks_in_one_text() -> None:
    text = (
        "“Safe routes save lives.” «Мы рады», сказала г-жа Айгуль Осмонова. "
        "„Every migrant counts in every region we serve“ (none)"
    )
    assert quotes(text) == [
        ("Мы рады", "Айгуль Осмонова"),
        ("Every migrant counts in every region we serve", None),
    ]


def test_a_long_quote_without_speaker_keeps_none() -> None:
    text = "The banner read “Every migrant counts and every life matters to us” in three languages."
    assert quotes(text) == [("Every migrant counts and every life matters to us", None)]


def test_speaker_is_the_person_record_of_the_article() -> None:
    text = (
        "The Ambassador of Norway, Mr. Lars Eikrem, visited Osh. “We are proud of this work "
        "with our partners,” Mr. Eikrem said."
    )
    people = find_people(text).people
    (quote,) = find_quotes(text, people)
    assert quote.speaker is people[0]
    assert quote.speaker.roles == ("Ambassador of Norway",)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('“”«»"() ,.–said Mr Ann Berg\n')), max_size=200))
def test_spans_point_at_their_text_and_output_is_stable(text: str) -> None:
    people = find_people(text).people
    first = find_quotes(text, people)
    assert first == find_quotes(text, people)
    for q in first:
        assert text[q.span.start : q.span.end] == q.span.text


# Attributions after the quote with a role and honorifics, partial quotes, titles in quotes.
# INVENTED sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are grateful for this support,” said the Ambassador of Japan, H.E. Mr. Kenji "
            "Tanaka.",
            [("We are grateful for this support,", "Kenji Tanaka")],
        ),
        (
            "«Мы готовы помочь всем мигрантам», – отметила директор центра Айгуль Бекова.",
            [("Мы готовы помочь всем мигрантам", "Айгуль Бекова")],
        ),
        (
            "Aida Berg, Head of Office, said the centre would be “a safe place for every "
            "returning migrant” in the region.",
            [("a safe place for every returning migrant", "Aida Berg")],
        ),
        (
            "According to Mr. Bakyt Aliev, the new law is “a big step forward for labour "
            "migrants”.",
            [("a big step forward for labour migrants", "Bakyt Aliev")],
        ),
        (
            "Директор центра Айгуль Бекова отметила, что проект «помог сотням семей вернуться "
            "домой».",
            [("помог сотням семей вернуться домой", "Айгуль Бекова")],
        ),
        (
            "«Биз мигранттарга жардам беребиз», – деди ЭМУнун башчысы Айгүл Осмонова.",
            [("Биз мигранттарга жардам беребиз", "Айгүл Осмонова")],
        ),
        # titles of events and works are names, not quotations
        ("The exhibition «Roads Home: Stories of Return and Hope» opened in Bishkek.", []),
        ("В Бишкеке открылась выставка «Дорога домой: истории возвращения и надежды».", []),
        ("IOM held the forum “Safe Migration for All People in Central Asia” in Osh.", []),
        ("They watched a film titled “The Long Road Back to the Village” together.", []),
    ],
)
def test_quote_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_the_role_said_names_the_person_with_that_role() -> None:
    # INVENTED: the speaker is named by the role given earlier
    text = (
        "It was opened by Aibek Usenov, the Governor of Naryn Region, and by Ann Berg, the Chief "
        "of Mission of IOM.\n\n“Our people abroad bring ideas, skills and partners home,” the "
        "Governor said."
    )
    found = extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found.quotes] == [
        ("Our people abroad bring ideas, skills and partners home,", "Aibek Usenov")
    ]


def test_kyrgyz_pronoun_speaks_for_the_person_named_last() -> None:
    # INVENTED
    text = (
        "Тренингди генерал-майор Азамат Бекбоев ачты. «Чек ара кызматкери биринчи тосмо болушу "
        "керек», – деди ал."
    )
    assert quotes(text) == [("Чек ара кызматкери биринчи тосмо болушу керек", "Азамат Бекбоев")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a pronoun and a speech verb open the sentence of a partial quote
        (
            "“Migration is a reality,” said Mr. Aibek Usenov. He added that “every migrant "
            "deserves respect and protection”.",
            [
                ("Migration is a reality,", "Aibek Usenov"),
                ("every migrant deserves respect and protection", "Aibek Usenov"),
            ],
        ),
        # a Russian attribution by role alone
        (
            "Встречу провел министр труда Кудайберген Базарбаев. «Мы ждем результатов от всех "
            "партнеров», – сказал министр.",
            [("Мы ждем результатов от всех партнеров", "Кудайберген Базарбаев")],
        ),
        # a speech verb after the quote
        ("“It was hard,” recalls Nazgul Sadykova.", [("It was hard,", "Nazgul Sadykova")]),
    ],
)
def test_quote_forms_more(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_a_quote_after_a_long_title_goes_to_the_person_not_the_title() -> None:
    # INVENTED: the name is the last two words of the long title-case run
    text = (
        "“Every returnee deserves a fair start,” said the Invented Foundation Senior "
        "Regional Thematic Specialist on Labour Mobility and Social Inclusion Dilnoza "
        "Karimbaeva."
    )
    assert quotes(text) == [("Every returnee deserves a fair start,", "Dilnoza Karimbaeva")]
