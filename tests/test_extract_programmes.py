"""Programmes: names, aliases, funders, implementers, partners; project page facts.

Every sentence and fact here is INVENTED (programme names, donors and figures are made up).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomkg import Fact
from iomkg._extract.article import programme_from_facts
from iomkg._extract.dates import find_dates
from iomkg._extract.organizations import find_organizations
from iomkg._extract.places import find_places
from iomkg._extract.programmes import find_programmes


def programmes(text: str) -> list[tuple[str, tuple[str, ...], list[str], list[str]]]:
    found = find_programmes(
        text,
        organizations=find_organizations(text),
        places=find_places(text),
        dates=find_dates(text),
    )
    for p in found.programmes:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    return [
        (p.name, p.aliases, [o.name for o in p.funders], [o.name for o in p.implementers])
        for p in found.programmes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seminar was held in the framework of the IOM Pamir Mobility Program with "
            "support from the Swiss Agency for Development and Cooperation.",
            [
                (
                    "IOM Pamir Mobility Program",
                    ("Pamir Mobility Program",),
                    ["Swiss Agency for Development and Cooperation"],
                    [],
                )
            ],
        ),
        (
            "She oversees the regional IOM project Green Valleys Programme in Central Asia, "
            "funded by the European Union. The Regional Green Valleys Programme in Central "
            "Asia also trains officials.",
            [
                (
                    "Regional Green Valleys Programme in Central Asia",
                    ("Green Valleys Programme in Central Asia",),
                    ["European Union"],
                    [],
                )
            ],
        ),
        (
            "A grant was given within IOM's project on Supporting safe return of workers from "
            "Turkey to Tajikistan.",
            [("Supporting safe return of workers from Turkey to Tajikistan", (), [], [])],
        ),
        (
            "Help was provided within the framework of project «Support to the Border Guards "
            "of the Kyrgyz Republic”, financed by the US State Department (JTIP). The JTIP "
            "project also trains judges.",
            [
                (
                    "Support to the Border Guards of the Kyrgyz Republic",
                    (),
                    ["U.S. Department of State"],
                    [],
                )
            ],
        ),
        (
            "The visit was organized within the Global Joint Programme on Linking Diaspora "
            "into Local Development Plans, implemented by IOM and UNDP with the financial "
            "support of the Government of Switzerland. Six countries join the Global Joint "
            "Programme.",
            [
                (
                    "Global Joint Programme on Linking Diaspora into Local Development Plans",
                    ("Global Joint Programme",),
                    ["Government of Switzerland"],
                    [
                        "International Organization for Migration",
                        "United Nations Development Programme",
                    ],
                )
            ],
        ),
        (
            "Drones were handed over within the JICA-funded project “Safer Borders in Sughd "
            "Province”.",
            [
                (
                    "Safer Borders in Sughd Province",
                    (),
                    ["Japan International Cooperation Agency"],
                    [],
                )
            ],
        ),
        (
            "The centre opened within the Border Safety Initiative funded by the UK Government.",
            [("Border Safety Initiative", (), ["Government of the United Kingdom"], [])],
        ),
    ],
)
def test_programmes(
    text: str, expected: list[tuple[str, tuple[str, ...], list[str], list[str]]]
) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations Development Programme and the World Food Programme met.",
        "The plan follows the 2030 Agenda and the Cooperation Framework 2023-2027.",
        "The Joint Work Plans, the Migration Policy Concept and the National Action Plan "
        "were adopted.",
        "The project will train 300 people, and the programme costs 5,000 USD.",
        "IOM Programme Manager Aida Berg and the IOM Project team met.",
    ],
)
def test_not_programmes(text: str) -> None:
    assert programmes(text) == []


def test_two_programmes_stay_apart() -> None:
    text = (
        "The study is done within the Global Joint Programme on Youth Mobility and also "
        "within the Regional Youth Programme. The Regional Youth Programme is funded by "
        "the UK Government."
    )
    assert [(p[0], p[2]) for p in programmes(text)] == [
        ("Global Joint Programme on Youth Mobility", []),
        ("Regional Youth Programme", ["Government of the United Kingdom"]),
    ]


def test_acronym_in_brackets_and_partners() -> None:
    text = (
        "The Safe Roads Initiative (SRI) is implemented in partnership with the Naryn "
        "Women's Council."
    )
    (found,) = find_programmes(text, organizations=find_organizations(text)).programmes
    assert found.acronym == "SRI"
    assert [o.name for o in found.partners] == ["Naryn Women's Council"]


@pytest.mark.parametrize(
    ("text", "funders", "implementers", "partners"),
    [
        # a Russian funding cue (a sentence is searched for a cue only with one of its words)
        (
            "В Оше завершился проект «Безопасная миграция», финансируемый ЕС.",
            ["European Union"],
            [],
            [],
        ),
        # a long s matches "s" whatever the case: such a sentence is always searched
        (
            "The Safe Roads Project, \u017fponsored by the European Union, opened a centre.",
            ["European Union"],
            [],
            [],
        ),
        (
            # the partner named with the implementer implements it too (and stays a partner)
            "The Green Valleys Project was implemented by IOM in partnership with UNDP.",
            [],
            ["International Organization for Migration", "United Nations Development Programme"],
            ["United Nations Development Programme"],
        ),
    ],
)
def test_who_funds_implements_and_partners(
    text: str, funders: list[str], implementers: list[str], partners: list[str]
) -> None:
    (found,) = find_programmes(text, organizations=find_organizations(text)).programmes
    assert [o.name for o in found.funders] == funders
    assert [o.name for o in found.implementers] == implementers
    assert [o.name for o in found.partners] == partners


def test_period_after_the_name() -> None:
    text = "The Green Jobs Project (2019-2022) trained 40 returnees."
    (found,) = find_programmes(text, dates=find_dates(text)).programmes
    assert found.period is not None
    assert found.period.edtf == "2019/2022"


def test_project_page_facts() -> None:
    programme = programme_from_facts(
        [
            Fact(label="Donor", value="Swiss Agency for Development and Cooperation"),
            Fact(label="Duration", value="2011 – 2013"),
            Fact(label="Budget of the project", value="$1.5 млн. USD"),
            Fact(label="Partners", value="Naryn Women's Council; UNICEF"),
            Fact(label="Prima ID", value="KG10P0000"),
        ],
        language="en",
        title="Invented Healthy Villages Project",
    )
    assert programme is not None
    assert programme.name == "Invented Healthy Villages Project"
    assert [o.acronym for o in programme.funders] == ["SDC"]
    assert [o.name for o in programme.partners] == [
        "Naryn Women's Council",
        "United Nations Children's Fund",
    ]
    assert programme.period is not None
    assert programme.period.edtf == "2011/2013"
    assert programme.budget == "$1.5 млн. USD"
    assert len(programme.facts) == 5


def test_project_page_start_and_end_dates() -> None:
    programme = programme_from_facts(
        [Fact(label="Start Date", value="2022"), Fact(label="End Date", value="2024")],
        language="en",
        title="Invented Skills Project",
    )
    assert programme is not None
    assert programme.period is not None
    assert programme.period.edtf == "2022/2024"


def test_project_page_without_a_name_has_no_programme() -> None:
    assert programme_from_facts([Fact(label="Donor", value="UNICEF")], language="en") is None


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Programme project «»“” Aa Bb funded by IOM (X) ,.\n")),
        max_size=200,
    )
)
def test_spans_point_at_their_text_and_output_is_stable(text: str) -> None:
    first = find_programmes(text)
    assert first == find_programmes(text)
    for p in first.programmes:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text


# Programmes named without "programme"/"project", by acronym later, and their funders and
# implementers in the next sentence or in Russian passive clauses. INVENTED sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Green Borders Facility supports border posts in Batken. It is funded by the "
            "Government of Japan and implemented by IOM together with UNICEF.",
            [
                (
                    "Green Borders Facility",
                    (),
                    ["Government of Japan"],
                    ["International Organization for Migration", "United Nations Children's Fund"],
                )
            ],
        ),
        (
            "IOM launched the Safe Harbour Initiative in Osh. The initiative is funded by the "
            "European Union.",
            [("Safe Harbour Initiative", (), ["European Union"], [])],
        ),
        (
            "Under the Regional Mobility Partnership, five countries share data.",
            [("Regional Mobility Partnership", (), [], [])],
        ),
        (
            "The Migrant Resilience Fund, financed by the Swiss Agency for Development and "
            "Cooperation, supported 300 families.",
            [
                (
                    "Migrant Resilience Fund",
                    (),
                    ["Swiss Agency for Development and Cooperation"],
                    [],
                )
            ],
        ),
        (
            "The Safe Migration Programme, funded by the European Union and implemented by IOM, "
            "trained 40 officers.",
            [
                (
                    "Safe Migration Programme",
                    (),
                    ["European Union"],
                    ["International Organization for Migration"],
                )
            ],
        ),
        (
            "The Water for Villages Project is implemented by IOM and UNDP in Kyrgyzstan, "
            "Tajikistan and Uzbekistan.",
            [
                (
                    "Water for Villages Project",
                    (),
                    [],
                    [
                        "International Organization for Migration",
                        "United Nations Development Programme",
                    ],
                )
            ],
        ),
        (
            "Проект «Чистая вода» реализуется МОМ в Кыргызстане и Таджикистане при финансовой "
            "поддержке Правительства Японии.",
            [
                (
                    "Чистая вода",
                    (),
                    ["Government of Japan"],
                    ["International Organization for Migration"],
                )
            ],
        ),
        (
            "Проект «Безопасная дорога» финансируется Европейским союзом и реализуется МОМ и ПРООН.",
            [
                (
                    "Безопасная дорога",
                    (),
                    ["European Union"],
                    [
                        "International Organization for Migration",
                        "United Nations Development Programme",
                    ],
                )
            ],
        ),
        (
            "The event was organized under the EU-funded Border Dialogue Initiative.",
            [("Border Dialogue Initiative", (), ["European Union"], [])],
        ),
    ],
)
def test_programme_forms(
    text: str, expected: list[tuple[str, tuple[str, ...], list[str], list[str]]]
) -> None:
    assert programmes(text) == expected


def test_a_name_then_its_acronym_alone_is_one_programme() -> None:
    # INVENTED: the acronym after the name, then alone and with "project"
    text = (
        "The Water for Villages Project (WVP) is funded by the Government of Japan. WVP is "
        "implemented by IOM in the Kyrgyz Republic. The WVP project ended."
    )
    found = find_programmes(text, organizations=find_organizations(text), places=find_places(text))
    [p] = found.programmes
    assert (p.name, p.acronym) == ("Water for Villages Project", "WVP")
    assert [m.text for m in p.mentions] == ["Water for Villages Project", "WVP", "WVP"]
    assert [o.name for o in p.funders] == ["Government of Japan"]
    assert [o.name for o in p.implementers] == ["International Organization for Migration"]


@pytest.mark.parametrize(
    "text",
    [
        # a registry fund is a donor, not a programme
        "The project is funded by the UN Peacebuilding Fund.",
        # an unknown fund nothing is said of is an organization
        "The Osh Women's Fund held its annual meeting.",
        # a title, not a programme
        "Programme Manager Aida Berg spoke.",
        # a building, a fund that gives and an agreement, nothing done under them
        "The new Migrant Health Facility in Osh offers free check-ups.",
        "The Global Partnership for Education praised the reform.",
        "IOM signed a Memorandum of Partnership with the Ministry.",
    ],
)
def test_no_programme(text: str) -> None:
    assert [n for n, _a, _f, _i in programmes(text)] == []


def test_implementer_never_funder_and_no_country_as_implementer() -> None:
    # INVENTED: one clause of each kind; the countries are where the work is done
    text = (
        "The Fair Recruitment Initiative, supported by the Government of Japan and implemented "
        "by IOM in Tajikistan and Uzbekistan, opened an office."
    )
    assert programmes(text) == [
        (
            "Fair Recruitment Initiative",
            (),
            ["Government of Japan"],
            ["International Organization for Migration"],
        )
    ]


# Names in title case after a lower-case programme word, Russian names that open with the
# programme word (in any case), Kyrgyz titles before the programme word, active-voice
# implementers. INVENTED sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grants were given within the joint programme Roads to Recovery for Women, "
            "implemented by IOM and UN Women.",
            [
                (
                    "Roads to Recovery for Women",
                    (),
                    [],
                    ["International Organization for Migration", "UN Women"],
                )
            ],
        ),
        (
            "Школа организована в рамках Инициативы по защите прав сезонных работников, которая "
            "финансируется Правительством Японии и реализуется МОМ.",
            [
                (
                    "Инициатива по защите прав сезонных работников",
                    (),
                    ["Government of Japan"],
                    ["International Organization for Migration"],
                )
            ],
        ),
        (
            "Центр создан в рамках Региональной программы по трудовой мобильности, которая "
            "финансируется Правительства Германии.",
            [("Региональная программа по трудовой мобильности", (), ["Government of Germany"], [])],
        ),
        (
            "Оборудование закуплено в рамках Фонда устойчивости горных сел. Фонд финансируется "
            "Европейским союзом и реализуется МОМ.",
            [
                (
                    "Фонд устойчивости горных сел",
                    (),
                    ["European Union"],
                    ["International Organization for Migration"],
                )
            ],
        ),
        (
            "Гранты выданы в рамках проекта «Свой дом» (СД). СД финансируется Европейским союзом "
            "и реализуется МОМ совместно с Министерством труда, социального обеспечения и "
            "миграции Кыргызской Республики.",
            [
                (
                    "Свой дом",
                    (),
                    ["European Union"],
                    [
                        "International Organization for Migration",
                        "Ministry of Labour, Social Security and Migration",
                    ],
                )
            ],
        ),
        (
            "Жарманке Европа Бирлиги каржылаган «Жаңы кадам» долбоорунун алкагында өттү.",
            [("Жаңы кадам", (), ["European Union"], [])],
        ),
        (
            "Унаалар Жапония Өкмөтү каржылаган «Таза суу» долбоорунун алкагында берилди.",
            [("Таза суу", (), ["Government of Japan"], [])],
        ),
        (
            "The forum was held under the Diaspora Bridges Initiative (DBI), which IOM implements "
            "jointly with UNDP.",
            [
                (
                    "Diaspora Bridges Initiative",
                    (),
                    [],
                    [
                        "International Organization for Migration",
                        "United Nations Development Programme",
                    ],
                )
            ],
        ),
        (
            "The survey was carried out within the Remittance Links Partnership, a joint effort "
            "of IOM and UNDP funded by the European Union.",
            [
                (
                    "Remittance Links Partnership",
                    (),
                    ["European Union"],
                    [
                        "International Organization for Migration",
                        "United Nations Development Programme",
                    ],
                )
            ],
        ),
        (
            "The study visit was organized by IOM within the Safe Return Project, funded by the "
            "European Union.",
            [
                (
                    "Safe Return Project",
                    (),
                    ["European Union"],
                    ["International Organization for Migration"],
                )
            ],
        ),
    ],
)
def test_programme_forms_more(
    text: str, expected: list[tuple[str, tuple[str, ...], list[str], list[str]]]
) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that opens with a programme word and a verb names no programme
        "Программа финансируется Европейским союзом.",
        # a role after a lower-case programme word is no programme's name
        "The project Coordinator Aida Berg spoke.",
        # a Russian programme word at the start of a sentence without a name after it
        "Проект завершился в мае.",
    ],
)
def test_no_programme_more(text: str) -> None:
    assert [n for n, _a, _f, _i in programmes(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a name in title case before a lower-case programme word, and its acronym
        (
            "The Safe Journeys programme (SJP) is funded by Norway. Since 2022, SJP has "
            "supported 3,000 migrants.",
            [("Safe Journeys programme", (), ["Government of Norway"], [])],
        ),
        # the implementers as the subject of an active verb
        (
            "IOM and UNHCR jointly implement the Regional Protection Initiative, which is funded "
            "by the European Union.",
            [
                (
                    "Regional Protection Initiative",
                    (),
                    ["European Union"],
                    [
                        "International Organization for Migration",
                        "United Nations High Commissioner for Refugees",
                    ],
                )
            ],
        ),
        # no name of its own before a lower-case programme word
        ("The UNDP project ended in May.", []),
        ("The Osh project ended in May.", []),
    ],
)
def test_programme_forms_lower_head(
    text: str, expected: list[tuple[str, tuple[str, ...], list[str], list[str]]]
) -> None:
    assert programmes(text) == expected


def test_a_fund_that_funds_is_no_programme() -> None:
    # INVENTED: the fund after "funded by" is the funder
    assert programmes(
        "The support is part of the Safe Return Programme, funded by the Atlantis Development Fund."
    ) == [("Safe Return Programme", (), ["Atlantis Development Fund"], [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: the donor agency after "through" funds it too (the money is the
        # government's, given by its agency); a second funder after "and by"
        (
            "The Green Villages Project is funded by the European Union and the Government of "
            "Germany through GIZ.",
            [
                (
                    "Green Villages Project",
                    (),
                    [
                        "European Union",
                        "Government of Germany",
                        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
                    ],
                    [],
                )
            ],
        ),
        (
            "The Hill Roads Initiative (HRI) started. HRI is funded by the Government of Japan "
            "through JICA and by the IOM Development Fund.",
            [
                (
                    "Hill Roads Initiative",
                    (),
                    [
                        "Government of Japan",
                        "Japan International Cooperation Agency",
                        "IOM Development Fund",
                    ],
                    [],
                )
            ],
        ),
        # the channel after "through" that is no donor (who does the work) funds nothing
        (
            "The Clear Water Project is funded by the European Union through IOM.",
            [("Clear Water Project", (), ["European Union"], [])],
        ),
        # a registry spelling in lower case; a group is no organization
        (
            "The Safe Homes Initiative is implemented with financial support from the people of "
            "Japan.",
            [("Safe Homes Initiative", (), ["Government of Japan"], [])],
        ),
        (
            "The Diaspora Links Project is funded by the Kyrgyz diaspora in Russia.",
            [("Diaspora Links Project", (), [], [])],
        ),
    ],
)
def test_funder_phrases(
    text: str, expected: list[tuple[str, tuple[str, ...], list[str], list[str]]]
) -> None:
    assert programmes(text) == expected


# Funding constructions, every verb and noun form (INVENTED sentences and programmes).
_JAPAN, _EU, _USAID = (
    "Government of Japan",
    "European Union",
    "United States Agency for International Development",
)


@pytest.mark.parametrize(
    ("text", "name", "funders"),
    [
        ("The Orchard Futures Project is resourced by the Government of Japan.", "Orchard Futures Project", [_JAPAN]),
        ("The Orchard Futures Project is backed by the European Union.", "Orchard Futures Project", [_EU]),
        ("The Orchard Futures Project receives funding from the European Union.", "Orchard Futures Project", [_EU]),
        ("The Orchard Futures Project received funding from USAID in 2025.", "Orchard Futures Project", [_USAID]),
        ("The Orchard Futures Project is run with a grant from the Government of Japan.", "Orchard Futures Project", [_JAPAN]),
        ("Thanks to funding of the European Union, the Orchard Futures Project opened a centre.", "Orchard Futures Project", [_EU]),
        ("Thanks to the financial support from USAID, the Orchard Futures Project opened a centre.", "Orchard Futures Project", [_USAID]),
        ("The Orchard Futures Project is funded through a grant from USAID.", "Orchard Futures Project", [_USAID]),
        ("Проект «Сады будущего» получает финансирование от Европейского союза.", "Сады будущего", [_EU]),
        ("Проект «Сады будущего» реализуется благодаря финансовой поддержке Правительства Японии.", "Сады будущего", [_JAPAN]),
        ("«Бак келечеги» долбоору Европа Бирлигинин каржылоосу менен ишке ашырылууда.", "Бак келечеги", [_EU]),
        ("Жапония Өкмөтүнүн колдоосу менен «Бак келечеги» долбоору ачылды.", "Бак келечеги", [_JAPAN]),
        ("«Бак келечеги» долбоору Жапония Өкмөтүнүн финансылык колдоосу менен ишке ашырылат.", "Бак келечеги", [_JAPAN]),
    ],
)  # fmt: skip
def test_funding_constructions(text: str, name: str, funders: list[str]) -> None:
    assert [(p[0], p[2]) for p in programmes(text)] == [(name, funders)]


@pytest.mark.parametrize(
    "text",
    [
        # a Kyrgyz "with the support of" whose holder is no organization
        "«Бак келечеги» долбоору ачылды, ал эми жергиликтүү тургундардын колдоосу менен бак тигилди.",
        # a money noun with no organization after it
        "The Orchard Futures Project received funding last year.",
    ],
)  # fmt: skip
def test_funding_constructions_negative(text: str) -> None:
    assert [p[2] for p in programmes(text)] == [[]]


# Implementers with a partner list after "with" (INVENTED sentences).
_IOM, _UNDP, _UNICEF = (
    "International Organization for Migration",
    "United Nations Development Programme",
    "United Nations Children's Fund",
)


@pytest.mark.parametrize(
    ("text", "implementers"),
    [
        ("The Orchard Futures Project, which IOM implements with UNDP and UNICEF, opened a centre.", [_IOM, _UNDP, _UNICEF]),
        ("IOM runs the Orchard Futures Project jointly with UNDP and UNICEF.", [_IOM, _UNDP, _UNICEF]),
        ("IOM carries out the Orchard Futures Project with UNDP and UNICEF.", [_IOM, _UNDP, _UNICEF]),
        ("IOM delivers the Orchard Futures Project (OFP) with UNDP.", [_IOM, _UNDP]),
        ("The Orchard Futures Project is carried out by IOM with UNDP.", [_IOM, _UNDP]),
        ("The Orchard Futures Project is implemented by IOM with UNICEF and UNDP.", [_IOM, _UNICEF, _UNDP]),
        # negatives: "with" a funder's support, with money, with people: no implementer
        ("The Orchard Futures Project is implemented by IOM with the support of UNDP.", [_IOM]),
        ("IOM implements the Orchard Futures Project with EU funding.", [_IOM]),
        ("The Orchard Futures Project is implemented by IOM with returning migrants.", [_IOM]),
    ],
)  # fmt: skip
def test_implementers_with(text: str, implementers: list[str]) -> None:
    assert [(p[0], p[3]) for p in programmes(text)] == [("Orchard Futures Project", implementers)]
