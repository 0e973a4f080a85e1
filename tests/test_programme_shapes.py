"""Programmes named by the shape of the sentence, not by more keywords (issue 16).

A title is a programme's when it is what something is done under (``within the «…»``,
``as part of the … project (ACR)``) or when a programme word stands right after it
(``«…» project``, ``«…» долбоору``); who funds and runs it may be said in the sentences
after (``Funding comes from …``, ``Программу МОМ реализует …``, ``Долбоорду … каржылайт``),
of the last programme named. Event and exhibition titles, generic programme words and
country lists are not programmes or implementers.

Every sentence, programme, association and name here is INVENTED (the donors and agencies
are real only as the frame an IOM article needs).
"""

from __future__ import annotations

import pytest

from iomkg._extract.dates import find_dates
from iomkg._extract.org_phrases import nominative_from_genitive, nominative_from_instrumental
from iomkg._extract.organizations import find_organizations
from iomkg._extract.places import find_places
from iomkg._extract.programmes import find_programmes

IOM = "International Organization for Migration"
UNDP = "United Nations Development Programme"

Record = tuple[str, str | None, list[str], list[str]]


def programmes(text: str) -> list[Record]:
    """``(name, acronym, funders, implementers)`` of each programme found in ``text``."""
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
        (p.name, p.acronym, [o.name for o in p.funders], [o.name for o in p.implementers])
        for p in found.programmes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case "project" after a title-case name ending in a place: its acronym says
        # the name is its own; the next sentences say who funds and runs "the project"
        (
            "The workshop belongs to the Rural Futures in Naryn project (RFN). The project is "
            "funded by the Government of Finland and delivered by IOM together with the Naryn "
            "Youth Council.",
            [
                (
                    "Rural Futures in Naryn project",
                    "RFN",
                    ["Government of Finland"],
                    [IOM, "Naryn Youth Council"],
                )
            ],
        ),
        # "under the … Programme", "to" inside the name; funding as the next sentence's subject
        (
            "Repairs are paid for under the Bridges to Fair Employment Programme. Funding comes "
            "from the Government of Sweden.",
            [("Bridges to Fair Employment Programme", None, ["Government of Sweden"], [])],
        ),
        (
            "The Bridges to Fair Employment Programme started in May. Financing is provided by the "
            "European Union.",
            [("Bridges to Fair Employment Programme", None, ["European Union"], [])],
        ),
        # a sentence opening with "Thanks to" does not start the name
        (
            "Thanks to the Clean Air Programme, ten schools have filters.",
            [("Clean Air Programme", None, [], [])],
        ),
        # a title in quotes with a programme word after it
        (
            "The course ran within the «Clean Borders – Open Roads» project. The project is "
            "financed by the European Union.",
            [("Clean Borders – Open Roads", None, ["European Union"], [])],
        ),
        (
            "Volunteers joined the “Green Steps” initiative, which Japan funds.",
            [("Green Steps", None, ["Government of Japan"], [])],
        ),
        # a title in quotes that is what something is done under, no programme word
        (
            "The clinic opened as part of the «Healthy Valleys». It is funded by the Government "
            "of Finland.",
            [("Healthy Valleys", None, ["Government of Finland"], [])],
        ),
        # "… for Development Programme" is a programme, not the UN body; "which X funds"
        (
            "The study is part of the Mobility Statistics for Development Programme (MS4D), "
            "which the European Union funds.",
            [
                (
                    "Mobility Statistics for Development Programme",
                    "MS4D",
                    ["European Union"],
                    [],
                )
            ],
        ),
        # the donor agency the money passes through funds it too
        (
            "The shelter was refurbished as part of the Safer Cities Partnership, with funding "
            "from the Government of Japan through the Japan International Cooperation Agency "
            "(JICA).",
            [
                (
                    "Safer Cities Partnership",
                    None,
                    ["Government of Japan", "Japan International Cooperation Agency"],
                    [],
                )
            ],
        ),
        # a known name that holds a phrase end ("to") stays whole
        (
            "The Safe Paths Project is financed by the Office to Monitor and Combat Trafficking "
            "in Persons.",
            [
                (
                    "Safe Paths Project",
                    None,
                    ["Office to Monitor and Combat Trafficking in Persons"],
                    [],
                )
            ],
        ),
        # the sentence after speaks of the LAST programme named
        (
            "The visit was part of the Open Skies Initiative. The training belonged to the "
            "Water for Towns Programme (WTP). It is funded by the Government of Japan.",
            [
                ("Open Skies Initiative", None, [], []),
                ("Water for Towns Programme", "WTP", ["Government of Japan"], []),
            ],
        ),
        # Russian: a passive funder in the instrumental is no programme of its own
        (
            "Семинары проводятся в рамках проекта «Чистая вода – здоровые семьи». Проект "
            "финансируется Глобальным фондом для борьбы со СПИДом, туберкулезом и малярией и "
            "реализуется МОМ совместно с ПРООН.",
            [
                (
                    "Чистая вода – здоровые семьи",
                    None,
                    ["Global Fund to Fight AIDS, Tuberculosis and Malaria"],
                    [IOM, UNDP],
                )
            ],
        ),
        # Russian: the partner in the instrumental implements it, named in the nominative
        (
            "Форум прошел в рамках проекта «Голос молодежи». Проект финансирует Правительство "
            "Швейцарии, а реализует – МОМ в партнерстве с Ассоциацией молодых юристов.",
            [
                (
                    "Голос молодежи",
                    None,
                    ["Government of Switzerland"],
                    [IOM, "Ассоциация молодых юристов"],
                )
            ],
        ),
        # Russian: funding as the subject; the programme as the object before its subject
        (
            "Учения прошли в рамках Программы безопасных дорог (ПБД). Финансирование "
            "предоставило Правительство Финляндии. Программу МОМ реализует совместно с ПРООН.",
            [("Программа безопасных дорог", "ПБД", ["Government of Finland"], [UNDP, IOM])],
        ),
        # Kyrgyz: «…» долбоору; the project as the object; "X менен биргеликте" together with
        (
            "Тренинг «Таза суу» долбоорунун алкагында өттү. Долбоорду Швейцариянын Өкмөтү "
            "каржылайт, ал эми ЭМУ аны «Жаштар келечеги» коомдук бирикмеси менен биргеликте "
            "ишке ашырат.",
            [("Таза суу", None, ["Government of Switzerland"], [IOM, "Жаштар келечеги"])],
        ),
    ],
)
def test_programme_shapes(text: str, expected: list[Record]) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in apposition after a programme word
        (
            "The training is part of a larger project, “Roads to Safety”, funded by the "
            "Government of Japan.",
            [("Roads to Safety", None, ["Government of Japan"], [])],
        ),
        # an active progressive verb of funding whose object is "the project"
        (
            "The Green Valleys Project started in May. The European Union is funding the project.",
            [("Green Valleys Project", None, ["European Union"], [])],
        ),
        # "the project" refers to the LAST programme named, not to the only one
        (
            "The Blue Lakes Initiative ended. The Green Valleys Project started in May. The "
            "project is implemented by UNDP.",
            [
                ("Blue Lakes Initiative", None, [], []),
                ("Green Valleys Project", None, [], [UNDP]),
            ],
        ),
        # a phase of the programme just named
        (
            "The Returning Home Programme is funded by the Government of Sweden. The first "
            "phase was implemented by IOM together with UNICEF.",
            [
                (
                    "Returning Home Programme",
                    None,
                    ["Government of Sweden"],
                    [IOM, "United Nations Children's Fund"],
                )
            ],
        ),
        # Russian: the verb first, the bare programme word, then the funder
        (
            "Учения прошли в рамках проекта «Новые дороги». Финансирует проект Европейский союз.",
            [("Новые дороги", None, ["European Union"], [])],
        ),
        (
            "Учения прошли в рамках проекта «Новые дороги». Средства на проект выделило "
            "Правительство Германии.",
            [("Новые дороги", None, ["Government of Germany"], [])],
        ),
        # Russian: whose project it is, between the programme word and the title
        (
            "Тренинг организован в рамках совместного проекта МОМ и ПРООН «Голос молодежи».",
            [("Голос молодежи", None, [], [IOM, UNDP])],
        ),
        # Russian: a partner in the genitive after "при участии", named in the nominative
        (
            "Проект «Голос молодежи» реализуется МОМ при участии Ассоциации молодых юристов.",
            [("Голос молодежи", None, [], [IOM, "Ассоциация молодых юристов"])],
        ),
        (
            "Реализацией проекта «Голос молодежи» занимается МОМ.",
            [("Голос молодежи", None, [], [IOM])],
        ),
        (
            "Проект «Голос молодежи» финансирует Европейский союз, а реализуют МОМ и ЮНИСЕФ.",
            [
                (
                    "Голос молодежи",
                    None,
                    ["European Union"],
                    [IOM, "United Nations Children's Fund"],
                )
            ],
        ),
        # a fund named right after a cue of funding is the funder, not a programme, even
        # when its name is cut at a comma
        (
            "Clinics of the Clean Breath Project (CBP) get support. The project receives "
            "funding from the Global Fund to Fight AIDS, Tuberculosis and Malaria.",
            [
                (
                    "Clean Breath Project",
                    "CBP",
                    ["Global Fund to Fight AIDS, Tuberculosis and Malaria"],
                    [],
                )
            ],
        ),
        # a programme paid for by "the … Fund" is the fund; no funder of its own
        (
            "The vaccinations are paid for by the Healthy Hills Fund. The fund is resourced "
            "by the Government of Japan.",
            [("Healthy Hills Fund", None, ["Government of Japan"], [])],
        ),
        # "with money from …" is a funder; the programme what it is done under
        (
            "The shelters were rebuilt with money from the European Union under the Safe "
            "Roads Programme.",
            [("Safe Roads Programme", None, ["European Union"], [])],
        ),
        # a partnership between organizations runs the programme
        (
            "The Safe Roads Project is a partnership between IOM and UNDP.",
            [("Safe Roads Project", None, [], [IOM, UNDP])],
        ),
        # the subject of an active verb of running whose object is "the project"
        (
            "With support from the Government of Japan, IOM is implementing the project "
            "“Safe Borders” in Batken.",
            [("Safe Borders", None, ["Government of Japan"], [IOM])],
        ),
        (
            "The Labour Mobility Programme supports migrants. IOM and the ILO run the "
            "programme jointly, and the Government of Sweden funds it.",
            [
                (
                    "Labour Mobility Programme",
                    None,
                    ["Government of Sweden"],
                    [IOM, "International Labour Organization"],
                )
            ],
        ),
        # Kyrgyz: a programme word before the title; "it" as the object
        (
            "Долбоор «Жаңы жол» деп аталат. Аны Европа Бирлиги каржылайт.",
            [("Жаңы жол", None, ["European Union"], [])],
        ),
        (
            "«Жаңы жол» долбоорун ЭМУ менен ПРООН биргеликте ишке ашырат.",
            [("Жаңы жол", None, [], [IOM, UNDP])],
        ),
        # Kyrgyz: the project as the object, its implementer before the verb
        (
            "Тренинг «Жаңы жол» долбоорунун алкагында өттү. Долбоорду ЭМУ ишке ашырат.",
            [("Жаңы жол", None, [], [IOM])],
        ),
    ],
)
def test_programme_shapes_more(text: str, expected: list[Record]) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a programme word with no name: nothing to attach what is said of it to
        "IOM presented a new project to help migrants in Osh. The project is funded by the "
        "European Union.",
        # a quotation after "the project," is no title
        "Speaking about the project, “It changed my life,” a teacher said.",
        # titles of events and exhibitions in quotes: the noun before or after says so
        "The ministry opened the exhibition «Roads Home» in Osh as part of the «Safe Travel» "
        "campaign.",
        "Выставка «Дорога домой» открылась в Оше в рамках конкурса «Лучший журналист».",
        "The prize was given within the “Young Voices” festival.",
        # a title after "as part of" that a relative clause follows is no programme
        "She counted herself as part of the “Old Guard” who resist every change.",
        # a programme word used generically
        "IOM launched a project to help returnees in Batken. Projects like this are rare.",
        # a quotation is no title
        "She said the work was done «within the project, and that is enough».",
        # "the Osh project": no name of its own
        "The Osh project ended in May.",
    ],
)
def test_no_programme_by_shape(text: str) -> None:
    assert programmes(text) == []


def test_country_list_after_implemented_in_is_no_implementer() -> None:
    text = "The Green Roads Project is implemented by IOM in Kyrgyzstan, Tajikistan and Uzbekistan."
    assert programmes(text) == [("Green Roads Project", None, [], [IOM])]


def test_implementer_is_not_a_funder_of_the_same_clause() -> None:
    text = (
        "Within the «Warm Homes» project, funded by the European Union and implemented by "
        "IOM, 40 families received stoves."
    )
    assert programmes(text) == [("Warm Homes", None, ["European Union"], [IOM])]


def test_funding_subject_needs_a_programme_named_before() -> None:
    # no programme named: the funding sentence has nothing to attach to
    assert programmes("Funding comes from the Government of Sweden.") == []


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("Ассоциацией молодых юристов", "Ассоциация молодых юристов"),
        ("Институтом медиаполиси", "Институт медиаполиси"),
        ("Агентством развития", "Агентство развития"),
        ("Объединением горцев", "Объединение горцев"),
        ("Службой занятости", "Служба занятости"),
        ("Сетью волонтеров", "Сеть волонтеров"),
        # an acronym, a name in the nominative, an adjective first: as they are
        ("ПРООН", "ПРООН"),
        ("Мегаком", "Мегаком"),
        ("Новой школой", "Новой школой"),
    ],
)
def test_nominative_from_instrumental(phrase: str, nominative: str) -> None:
    assert nominative_from_instrumental(phrase) == nominative


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("Ассоциации молодых юристов", "Ассоциация молодых юристов"),
        ("Центра поддержки мигрантов", "Центр поддержки мигрантов"),
        ("Агентства развития", "Агентство развития"),
        ("Объединения горцев", "Объединение горцев"),
        ("Службы занятости", "Служба занятости"),
        ("ПРООН", "ПРООН"),
        ("Национальной ассоциации", "Национальной ассоциации"),
    ],
)
def test_nominative_from_genitive(phrase: str, nominative: str) -> None:
    assert nominative_from_genitive(phrase) == nominative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: "runs it together with X": X is a partner implementer, known or not
        (
            "Workers trained under the Safe Work Initiative (SWI). The initiative is financed by "
            "the Government of Norway. IOM implements it together with the Invented Employment "
            "Service of Norway.",
            [
                (
                    "Safe Work Initiative",
                    "SWI",
                    ["Government of Norway"],
                    [IOM, "Invented Employment Service of Norway"],
                )
            ],
        ),
        # INVENTED: a second subject and verb after the object-first clause
        (
            "Officers trained under the Safe Borders Partnership, which the European Union "
            "funds and IOM and the OSCE implement.",
            [
                (
                    "Safe Borders Partnership",
                    None,
                    ["European Union"],
                    [IOM, "Organization for Security and Co-operation in Europe"],
                )
            ],
        ),
        (
            "Тренинг прошёл в рамках проекта «Безопасные границы», который финансирует "
            "Европейский союз, а реализуют МОМ и ОБСЕ.",
            [
                (
                    "Безопасные границы",
                    None,
                    ["European Union"],
                    [IOM, "Organization for Security and Co-operation in Europe"],
                )
            ],
        ),
        # negative: a clause after "and" that names no organization and no verb of running
        (
            "Officers trained under the Safe Borders Partnership, which the European Union "
            "funds, and Invented Customs officers attended.",
            [("Safe Borders Partnership", None, ["European Union"], [])],
        ),
    ],
)
def test_second_subject_and_partner_after_pronoun(text: str, expected: list[Record]) -> None:
    assert programmes(text) == expected
