"""find_organizations over invented sentences and the real seed pages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomkg
from iomkg import OrgKind, find_organizations


def names(text: str) -> list[str]:
    return [o.name for o in find_organizations(text)]


def mentions(text: str) -> list[tuple[str, list[str]]]:
    return [(o.name, [m.text for m in o.mentions]) for o in find_organizations(text)]


def test_name_and_acronym_are_one_record() -> None:
    # invented sentence
    text = (
        "The Swiss Agency for Development and Cooperation (SDC) funds the work. "
        "SDC and IOM signed it; the International Organization for Migration thanked SDC."
    )
    orgs = find_organizations(text)
    assert [(o.name, o.acronym) for o in orgs] == [
        ("Swiss Agency for Development and Cooperation", "SDC"),
        ("International Organization for Migration", "IOM"),
    ]
    sdc = orgs[0]
    assert [(m.start, m.text) for m in sdc.mentions] == [
        (4, "Swiss Agency for Development and Cooperation"),
        (50, "SDC"),
        (71, "SDC"),
        (147, "SDC"),
    ]
    for org in orgs:
        for m in org.mentions:
            assert text[m.start : m.end] == m.text


def test_typo_io_m_is_iom() -> None:
    assert mentions("The Mission of IO M in Osh opened.") == [
        ("International Organization for Migration", ["IO M"])
    ]


def test_acronyms_are_case_sensitive_and_shouting_is_not_a_name() -> None:
    assert names("who we are, and what the undp does") == []
    assert names("WHO WE ARE") == []
    assert names("WHO and UNICEF met.") == [
        "World Health Organization",
        "United Nations Children's Fund",
    ]


def test_kyrgyz_ministry_with_country_suffix() -> None:
    text = "On Monday the Ministry of Emergency Situations of the Kyrgyz Republic met the press."
    (mes,) = find_organizations(text)
    assert mes.name == "Ministry of Emergency Situations"
    assert "Ministry of Emergency Situations of the Kyrgyz Republic" in mes.aliases
    assert [m.text for m in mes.mentions] == [
        "Ministry of Emergency Situations of the Kyrgyz Republic"
    ]
    assert (mes.kind, mes.country) == (OrgKind.GOVERNMENT, "KG")


def test_unknown_ministry_by_pattern() -> None:
    # invented ministry
    text = "Staff of the Ministry of Tourism, Culture and Sport of the Kyrgyz Republic attended."
    (org,) = find_organizations(text)
    assert org.name == "Ministry of Tourism, Culture and Sport of the Kyrgyz Republic"
    assert org.aliases == ("Ministry of Tourism, Culture and Sport",)
    assert (org.kind, org.country) == (OrgKind.GOVERNMENT, "KG")


def test_foreign_ministry_is_not_the_kyrgyz_one() -> None:
    (org,) = find_organizations("The Ministry of Foreign Affairs of Uzbekistan hosted the talks.")
    assert (org.name, org.country) == ("Ministry of Foreign Affairs of Uzbekistan", "UZ")


def test_ministry_with_more_words_than_the_registry() -> None:
    (org,) = find_organizations("The Ministry of Economy and Antimonopoly, as agreed, reported.")
    assert org.name == "Ministry of Economy and Antimonopoly"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Joint Migration Coordination Committee met in Naryn.",
            ["Joint Migration Coordination Committee"],
        ),
        ("Experts of the Talas Water Agency spoke.", ["Talas Water Agency"]),
        ("A session in the Training Center for Judges ended.", ["Training Center for Judges"]),
        ("The Naryn Crisis Centre under the Safe Homes Programme opened.", ["Naryn Crisis Centre"]),
        (
            "The Chief Inspector's Office of the Kyrgyz Republic agreed.",
            ["Chief Inspector's Office of the Kyrgyz Republic"],
        ),
        ("Graduates of the Naryn Police Academy joined.", ["Naryn Police Academy"]),
        (
            "The Government of Freedonia and the Freedonian Government agreed.",
            ["Government of Freedonia", "Freedonian Government"],
        ),
        ("The Embassy of Norway in Kazakhstan sent a note.", ["Embassy of Norway in Kazakhstan"]),
        ("The Cabinet of Ministers of the Kyrgyz Republic adopted it.", ["Cabinet of Ministers"]),
        (
            "Members of the Osh Migrants Council (OMC) came. The OMC voted.",
            ["Osh Migrants Council"],
        ),
        (
            "Funds came from J/TIP and USAID.",
            [
                "Office to Monitor and Combat Trafficking in Persons",
                "United States Agency for International Development",
            ],
        ),
        (
            "IOM Chief of Mission Mr. Ivan Petrov signed.",
            ["International Organization for Migration"],
        ),
        ("Advice is given at the Migrant Service Centre in Osh.", ["Migrant Service Centre"]),
        (
            "The Public Foundation “Invented Hope” and LLC «Talas Tours» signed.",
            ["Invented Hope", "Talas Tours"],
        ),
        ("A Public Foundation and a National Bank and a Republican Center helped.", []),
        (
            "The Ministry of Internal Affairs of the Republic of Tajikistan replied.",
            ["Ministry of Internal Affairs of the Republic of Tajikistan"],
        ),
    ],
)
def test_pattern_rules(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_acronym_defined_in_brackets_joins_later_mentions() -> None:
    text = "The Osh Migrants Council (OMC) met. Later the OMC voted, and OMC members left."
    (org,) = find_organizations(text)
    assert (org.name, org.acronym) == ("Osh Migrants Council", "OMC")
    assert [(m.start, m.text) for m in org.mentions] == [
        (4, "Osh Migrants Council"),
        (26, "OMC"),
        (46, "OMC"),
        (61, "OMC"),
    ]


def test_embassy_country() -> None:
    (org,) = find_organizations("The Embassy of Norway in Kazakhstan sent a note.")
    assert (org.kind, org.country) == (OrgKind.GOVERNMENT, "NO")


@pytest.mark.parametrize(
    "text",
    [
        "The Global Joint Programme on Migration and Development started.",
        "The Kyrgyz Republic and the Russian Federation agreed.",
        "Ms. Aida Toktobekova and Mr. Bakyt Osmonov spoke.",
        "The Migration Policy Concept of the Kyrgyz Republic for 2022-2030 was adopted.",
        "The Head of Mission in Kazakhstan, Kyrgyzstan and Uzbekistan spoke.",
        "The Kyrgyz Delegation to Moldova visited Chisinau.",
        "",
    ],
)
def test_no_false_organizations(text: str) -> None:
    assert names(text) == []


def test_wrong_type() -> None:
    with pytest.raises(iomkg.InputTypeError):
        find_organizations(b"IOM")  # type: ignore[arg-type]


@given(
    st.text(
        alphabet=st.sampled_from(list("IOMUNDPSC Ministry of the Kyrgyz Republic,()Agency")),
        max_size=200,
    )
)
def test_any_text(text: str) -> None:
    first = find_organizations(text)
    assert find_organizations(text) == first
    for org in first:
        assert org.mentions
        for m in org.mentions:
            assert text[m.start : m.end] == m.text


@given(st.text(max_size=200))
def test_any_unicode_text(text: str) -> None:
    for org in find_organizations(text):
        for m in org.mentions:
            assert text[m.start : m.end] == m.text


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().casefold()


@pytest.mark.seeds
def test_seed_organizations_at_least(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    """Every gold organization of every real article is found in that article's text."""
    missing = []
    for page in gold["pages"]:
        parsed = iomkg.parse(seed_text[page["file"]], page["url"])
        assert len(parsed.articles) == len(page["articles"])
        for article, expected in zip(parsed.articles, page["articles"], strict=True):
            found = set()
            for org in find_organizations(article.text):
                found |= {_norm(s) for s in (org.name, org.acronym or "", *org.aliases)}
            for spellings in expected["organizations_at_least"]:
                if not {_norm(s) for s in spellings} & found:
                    missing.append(spellings[0])
    assert missing == []


def test_quoted_name_kinds_and_countries() -> None:
    # invented organizations
    orgs = find_organizations(
        "PF “Invented Hope”, LLC «Talas Tours» and the Ministry of Health of Tajikistan met."
    )
    assert [(o.name, o.kind, o.country, [m.text for m in o.mentions]) for o in orgs] == [
        ("Invented Hope", OrgKind.NGO, None, ["PF “Invented Hope”"]),
        ("Talas Tours", OrgKind.PRIVATE, None, ["LLC «Talas Tours»"]),
        (
            "Ministry of Health of Tajikistan",
            OrgKind.GOVERNMENT,
            "TJ",
            ["Ministry of Health of Tajikistan"],
        ),
    ]


def test_acronym_before_the_name_in_brackets() -> None:
    # invented organization
    text = "The TWMC (Talas Water Management Council) met. Later the TWMC voted."
    (org,) = find_organizations(text)
    assert (org.name, org.acronym) == ("Talas Water Management Council", "TWMC")
    assert [(m.start, m.text) for m in org.mentions] == [
        (4, "TWMC"),
        (10, "Talas Water Management Council"),
        (57, "TWMC"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented Russian sentences
        (
            "Министерство цифрового развития Кыргызской Республики провело семинар.",
            [("Ministry of Digital Development", "KG")],
        ),
        (
            "Представители Государственной службы по делам молодежи и Центра поддержки "
            "мигрантов приняли участие.",
            [
                # in the nominative (the written form is an alias)
                ("Государственная служба по делам молодежи", None),
                ("Центр поддержки мигрантов", None),
            ],
        ),
        (
            "Директор Центра занятости населения города Бишкек выступил.",
            [("Центр занятости населения города Бишкек", "KG")],
        ),
        (
            "Общественный фонд защиты мигрантов Республики Таджикистан открыл офис.",
            [("Общественный фонд защиты мигрантов Республики Таджикистан", "TJ")],
        ),
        ("Министр труда Иван Иванов выступил. Посол Швейцарии также выступил.", []),
        ("Центр открылся в Оше.", []),
    ],
)
def test_russian_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country) for o in find_organizations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a foreign ministry whose name goes on after a known one
        (
            "It was set up by the Ministry of Education and Science of Uzbekistan with support.",
            [("Ministry of Education and Science of Uzbekistan", "UZ")],
        ),
        # INVENTED: a foreign ministry in the registry answers to its registry name
        (
            "It was set up by the Ministry of Health and Social Protection of Population of "
            "Tajikistan with support.",
            [
                (
                    "Ministry of Health and Social Protection of Population of the Republic of "
                    "Tajikistan",
                    "TJ",
                )
            ],
        ),
        (
            "Проект поддержало Министерство здравоохранения и социальной защиты населения "
            "Республики Таджикистан.",
            [
                (
                    "Ministry of Health and Social Protection of Population of the Republic of "
                    "Tajikistan",
                    "TJ",
                )
            ],
        ),
        (
            "the Ministry of Health of Tajikistan and others",
            [("Ministry of Health of Tajikistan", "TJ")],
        ),
        ("the Ministry of Health of the Kyrgyz Republic", [("Ministry of Health", "KG")]),
        # universities and administrations named after their place
        ("Students of Jalal-Abad State University met.", [("Jalal-Abad State University", "KG")]),
        (
            "Студенты Ошского государственного университета приехали.",
            [("Osh State University", "KG")],
        ),
        (
            "IOM and the Talas Oblast Administration met.",
            [
                ("International Organization for Migration", None),
                ("Talas Oblast Administration", None),
            ],
        ),
        # a generic name alone is none
        ("The State University held a fair.", []),
        # a person's title after the head: no organization holds the person
        ("Head of Office Aida Berg spoke.", []),
        ("Supreme Court Judge Aigul Bekova spoke.", [("Supreme Court", None)]),
        # governments named in Russian (any case) and Kyrgyz
        ("Оборудование передано Правительством Германии.", [("Government of Germany", "DE")]),
    ],
)
def test_organization_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.country) for o in find_organizations(text)] == expected
