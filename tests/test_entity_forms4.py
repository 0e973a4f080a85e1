"""Entities on new wordings (issue 16, fourth round): every verb of running a programme,
active and passive, with partners; funders in every construction; Russian names of registry
bodies in any case; roles before names (lower case, after an organization's acronym, in
apposition with a comma, Kyrgyz genitive chains).

Every sentence here is INVENTED for these tests (invented people, projects and events).
"""

from __future__ import annotations

import pytest

from iomkg import find_organizations
from iomkg._extract.article import ArticleMeta, extract
from iomkg._reference.russian_cases import russian_case_forms

IOM = "International Organization for Migration"
UNDP = "United Nations Development Programme"
UNICEF = "United Nations Children's Fund"
UNODC = "United Nations Office on Drugs and Crime"
WHO = "World Health Organization"


def _language(text: str) -> str:
    return "ru" if any("\u0400" <= c <= "\u04ff" for c in text) else "en"


def programmes(text: str) -> list[tuple[str, list[str], list[str]]]:
    found = extract(text, ArticleMeta(language=_language(text)))
    return [
        (p.name, [o.name for o in p.funders], [o.name for o in p.implementers])
        for p in found.programmes
    ]


def roles(text: str) -> list[tuple[str, list[str]]]:
    found = extract(text, ArticleMeta(language=_language(text)))
    return [(p.name, list(p.roles)) for p in found.people]


# -- implementers: every verb of running a programme ----------------------------------------

GVP = "Green Valleys Project"


@pytest.mark.parametrize(
    ("text", "implementers"),
    [
        ("The Green Valleys Project is delivered by IOM and WHO in three oblasts.", [IOM, WHO]),
        ("The Green Valleys Project is operated by IOM.", [IOM]),
        ("The Green Valleys Project is put into practice by IOM and UNDP.", [IOM, UNDP]),
        ("The Green Valleys Project was rolled out by IOM jointly with UNICEF.", [IOM, UNICEF]),
        ("The Green Valleys Project is led by IOM and coordinated by UNDP.", [IOM, UNDP]),
        ("The Green Valleys Project is coordinated by UNICEF.", [UNICEF]),
        ("The Green Valleys Project is administered by UNODC.", [UNODC]),
        (
            "The Green Valleys Project started in 2024. IOM manages it together with UNDP.",
            [IOM, UNDP],
        ),
        ("The Green Valleys Project started in 2024. UNDP operates it with IOM.", [UNDP, IOM]),
        ("IOM manages the Green Valleys Project together with UNICEF.", [IOM, UNICEF]),
        ("IOM leads the Green Valleys Project with WHO.", [IOM, WHO]),
        ("The Green Valleys Project started in May. It is delivered by IOM and WHO.", [IOM, WHO]),
        ("The Green Valleys Project (GVP) started in May. GVP is operated by IOM.", [IOM]),
    ],
)
def test_every_verb_of_running_a_programme(text: str, implementers: list[str]) -> None:
    assert programmes(text) == [(GVP, [], implementers)]


@pytest.mark.parametrize(
    ("text", "implementers"),
    [
        ("Проект «Зеленые долины» осуществляется МОМ совместно с ЮНИСЕФ.", [IOM, UNICEF]),
        (
            "Проект «Зеленые долины» реализуется МОМ совместно с Управлением ООН по наркотикам "
            "и преступности.",
            [IOM, UNODC],
        ),
        (
            "Проект «Зеленые долины» проводится Программой развития ООН совместно с МОМ.",
            [UNDP, IOM],
        ),
        ("Проект «Зеленые долины» выполняется Всемирной организацией здравоохранения.", [WHO]),
        (
            "Проект «Зеленые долины» реализуется Программой развития Организации Объединенных "
            "Наций.",
            [UNDP],
        ),
    ],
)
def test_russian_implementers_in_the_instrumental(text: str, implementers: list[str]) -> None:
    assert programmes(text) == [("Зеленые долины", [], implementers)]


@pytest.mark.parametrize(
    "text",
    [
        "The Green Valleys Project team, led by Aida Berg, visited Osh.",
        "Under the Green Valleys Project, a delegation led by the Minister of Labour visited Osh.",
        "The training under the Green Valleys Project was coordinated by a local teacher.",
        "Under the Green Valleys Project, IOM leads a working group on data.",
    ],
)
def test_leading_a_team_or_a_meeting_is_no_implementing(text: str) -> None:
    assert programmes(text) == [(GVP, [], [])]


@pytest.mark.parametrize(
    "text",
    [
        "В рамках проекта «Зеленые долины» проводится Неделя мигранта в Оше.",
        "В рамках проекта «Зеленые долины» проводятся тренинги для молодежи.",
    ],
)
def test_russian_events_held_under_a_programme_are_no_implementers(text: str) -> None:
    assert programmes(text) == [("Зеленые долины", [], [])]


# -- funders --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "funders"),
    [
        (
            "The Government of Japan contributes to the Green Valleys Project.",
            ["Government of Japan"],
        ),
        (
            "The Green Valleys Project started in 2024. Japan contributes to it.",
            ["Government of Japan"],
        ),
        (
            "The Green Valleys Project was launched with a contribution from the Government of "
            "Finland.",
            ["Government of Finland"],
        ),
        (
            "The Green Valleys Project receives funding from the European Union.",
            ["European Union"],
        ),
        (
            "The Green Valleys Project is paid for by the Swiss Agency for Development and "
            "Cooperation.",
            ["Swiss Agency for Development and Cooperation"],
        ),
    ],
)
def test_english_funders(text: str, funders: list[str]) -> None:
    assert programmes(text) == [(GVP, funders, [])]


@pytest.mark.parametrize(
    ("text", "funders"),
    [
        (
            "Проект «Зеленые долины» реализуется при поддержке Федерального министерства "
            "экономического сотрудничества и развития Германии (BMZ).",
            ["Federal Ministry for Economic Cooperation and Development"],
        ),
        (
            "Проект «Зеленые долины» финансируется Швейцарским управлением по развитию и "
            "сотрудничеству.",
            ["Swiss Agency for Development and Cooperation"],
        ),
        ("Проект «Зеленые долины» финансируется Правительством Японии.", ["Government of Japan"]),
    ],
)
def test_russian_funders_in_the_genitive_and_instrumental(text: str, funders: list[str]) -> None:
    assert programmes(text) == [("Зеленые долины", funders, [])]


@pytest.mark.parametrize(
    ("text", "funders"),
    [
        (
            "«Жашыл өрөөндөр» долбоору Швейцариянын Өнүктүрүү жана кызматташтык агенттигинин "
            "каржылоосу менен ишке ашат.",
            ["Swiss Agency for Development and Cooperation"],
        ),
        (
            "«Жашыл өрөөндөр» долбоору Жапония Өкмөтүнүн колдоосу менен ишке ашырылууда.",
            ["Government of Japan"],
        ),
    ],
)
def test_kyrgyz_funders(text: str, funders: list[str]) -> None:
    assert programmes(text) == [("Жашыл өрөөндөр", funders, [])]


# -- Russian names of registry bodies in any case ------------------------------------------


def test_case_forms_are_generated_by_rule() -> None:
    forms = russian_case_forms("Управление ООН по наркотикам и преступности")
    assert forms[:4] == (
        "Управления ООН по наркотикам и преступности",
        "Управлению ООН по наркотикам и преступности",
        "Управлением ООН по наркотикам и преступности",
        "Управлении ООН по наркотикам и преступности",
    )
    assert "Управлением Организации Объединённых Наций по наркотикам и преступности" in forms
    assert russian_case_forms("Всемирная продовольственная программа") == (
        "Всемирной продовольственной программы",
        "Всемирной продовольственной программе",
        "Всемирную продовольственную программу",
        "Всемирной продовольственной программой",
    )
    assert russian_case_forms("Детский фонд ООН")[:4] == (
        "Детского фонда ООН",
        "Детскому фонду ООН",
        "Детским фондом ООН",
        "Детском фонде ООН",
    )
    # an acronym, an English name and a Kyrgyz name give none
    assert russian_case_forms("МОМ") == ()
    assert russian_case_forms("Red Crescent Society") == ()
    assert russian_case_forms("Жапония Өкмөтү") == ()


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Соглашение подписано с Управлением ООН по наркотикам и преступности.", "UNODC"),
        ("Письмо направлено в Управление Верховного комиссара ООН по делам беженцев.", "UNHCR"),
        ("Совещание прошло в Детском фонде ООН.", "UNICEF"),
        ("Эксперты Всемирной продовольственной программы приехали в Нарын.", "WFP"),
        ("Доклад подготовлен Программой ООН по окружающей среде.", "UNEP"),
    ],
)
def test_registry_bodies_named_in_russian_in_any_case(text: str, acronym: str) -> None:
    assert [o.acronym for o in find_organizations(text)] == [acronym]


# -- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We reached the village at dawn," added rescuer Daniyar Osmonov.',
            [("Daniyar Osmonov", ["rescuer"])],
        ),
        (
            '"The clinic is open every day," said nurse Aigul Temirova.',
            [("Aigul Temirova", ["nurse"])],
        ),
        (
            "The team, including engineer Meerim Sadykova, inspected the wells.",
            [("Meerim Sadykova", ["engineer"])],
        ),
        (
            '"Young people lead the change," said IOM Youth Engagement Officer Nurlan Bekov.',
            [("Nurlan Bekov", ["IOM Youth Engagement Officer"])],
        ),
        (
            "UNDP Senior Gender Specialist Elvira Kasymova spoke next.",
            [("Elvira Kasymova", ["UNDP Senior Gender Specialist"])],
        ),
        (
            '"Remittances fell by a third," said the lead author of the study, Dr. Timur Alymov.',
            [("Timur Alymov", ["lead author of the study"])],
        ),
        (
            "The head of the research team, Prof. Gulnara Sydykova, presented the results.",
            [("Gulnara Sydykova", ["head of the research team"])],
        ),
        (
            "Изилдөөнүн автору Бакыт Токтоматов жыйынтыктарды тааныштырды.",
            [("Бакыт Токтоматов", ["Изилдөөнүн автору"])],
        ),
        (
            "Катышуучу Айгерим Осмонова өз тажрыйбасы менен бөлүштү.",
            [("Айгерим Осмонова", ["Катышуучу"])],
        ),
    ],
)
def test_roles_before_names(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym with no title word between it and a name: no role
        ("The report by UNDP Aida Berg wrote was long.", []),
        # a comma clause without an article is no apposition
        ("The study, Dr. Timur Alymov said, shows a rise.", [("Timur Alymov", [])]),
        # a group named before the names is no role
        (
            "In the morning, a group of volunteers, Ms. Aida Berg and Mr. Bakyt Asanov, arrived.",
            [("Aida Berg", []), ("Bakyt Asanov", [])],
        ),
    ],
)
def test_roles_before_names_negatives(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert roles(text) == expected


# -- second round: adverbs before "by", sums given, more Kyrgyz phrases, more roles ----------


@pytest.mark.parametrize(
    ("text", "funders", "implementers"),
    [
        (
            "The Government of Japan contributed USD 2 million to the Green Valleys Project.",
            ["Government of Japan"],
            [],
        ),
        (
            "Finland provided EUR 500,000 to the Green Valleys Project.",
            ["Government of Finland"],
            [],
        ),
        ("The Green Valleys Project is run jointly by IOM and UNDP.", [], [IOM, UNDP]),
        ("The Green Valleys Project is delivered together by IOM and WHO.", [], [IOM, WHO]),
        # a sum given to people is no funding of the programme
        ("The Green Valleys Project provided USD 300 to 40 families.", [], []),
    ],
)
def test_sums_given_and_adverbs_before_by(
    text: str, funders: list[str], implementers: list[str]
) -> None:
    assert programmes(text) == [(GVP, funders, implementers)]


@pytest.mark.parametrize(
    ("text", "funders", "implementers"),
    [
        (
            "«Жашыл өрөөндөр» долбоору Европа Бирлигинин грантынын эсебинен ишке ашырылат.",
            ["European Union"],
            [],
        ),
        (
            "«Жашыл өрөөндөр» долбоору Жапония Өкмөтүнүн колдоосунун аркасында ишке ашты.",
            ["Government of Japan"],
            [],
        ),
        (
            "«Жашыл өрөөндөр» долбоорун ЭМУ БУУнун Өнүктүрүү программасы менен биргеликте "
            "ишке ашырат.",
            [],
            [IOM, UNDP],
        ),
    ],
)
def test_more_kyrgyz_funding_phrases(
    text: str, funders: list[str], implementers: list[str]
) -> None:
    assert programmes(text) == [("Жашыл өрөөндөр", funders, implementers)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The road is open," said social worker Aida Berg.', [("Aida Berg", ["social worker"])]),
        (
            '"We need shelters," said health worker Bakyt Asanov.',
            [("Bakyt Asanov", ["health worker"])],
        ),
        (
            "– Клиника работает каждый день, – рассказала медсестра Айгуль Темирова.",
            [("Айгуль Темирова", ["медсестра"])],
        ),
        (
            "По словам автора исследования Тимура Алымова, переводы сократились.",
            [("Тимур Алымов", ["автора исследования"])],
        ),
        (
            "Ош шаарынын тургуну Айбек Асанов жардам алды.",
            [("Айбек Асанов", ["Ош шаарынын тургуну"])],
        ),
        (
            '"It works," said Dr. Aida Berg, the lead author of the study.',
            [("Aida Berg", ["lead author of the study"])],
        ),
        (
            "According to the report's lead author, Dr. Timur Alymov, remittances fell.",
            [("Timur Alymov", ["lead author"])],
        ),
    ],
)
def test_more_roles(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert roles(text) == expected


# -- third round: who is named as the donor or the implementing agency ------------------------


@pytest.mark.parametrize(
    ("text", "funders", "implementers"),
    [
        (
            "The implementing partners of the Green Valleys Project are IOM and UNDP.",
            [],
            [IOM, UNDP],
        ),
        ("IOM is the implementing agency of the Green Valleys Project.", [], [IOM]),
        ("IOM is implementing the Green Valleys Project with UNDP.", [], [IOM, UNDP]),
        ("IOM has been implementing the Green Valleys Project since 2022.", [], [IOM]),
        (
            "The Green Valleys Project receives support from the European Union.",
            ["European Union"],
            [],
        ),
        (
            "Funding for the Green Valleys Project comes from the Government of Japan.",
            ["Government of Japan"],
            [],
        ),
        (
            "Funding for the Green Valleys Project is provided by KOICA.",
            ["Korea International Cooperation Agency"],
            [],
        ),
        (
            "The donors of the Green Valleys Project are Japan and Korea.",
            ["Government of Japan", "Government of the Republic of Korea"],
            [],
        ),
        (
            "The Green Valleys Project started in May. Its donors include the European Union "
            "and USAID.",
            ["European Union", "United States Agency for International Development"],
            [],
        ),
        # negatives: donors thanked, a hall's funding
        (
            "The Green Valleys Project met its partners. The donors were thanked by the mayor.",
            [],
            [],
        ),
        (
            "The Green Valleys Project involved 40 trainers. Funding for the new hall came from "
            "the city.",
            [],
            [],
        ),
    ],
)
def test_donors_and_implementing_agencies_named_as_such(
    text: str, funders: list[str], implementers: list[str]
) -> None:
    assert programmes(text) == [(GVP, funders, implementers)]


@pytest.mark.parametrize(
    ("text", "funders", "implementers"),
    [
        (
            "Донором проекта «Зеленые долины» является Правительство Японии.",
            ["Government of Japan"],
            [],
        ),
        ("Исполнителем проекта «Зеленые долины» является МОМ.", [], [IOM]),
    ],
)
def test_russian_donor_and_implementer_named_as_such(
    text: str, funders: list[str], implementers: list[str]
) -> None:
    assert programmes(text) == [("Зеленые долины", funders, implementers)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are ready," said IOM\'s youth officer Aida Berg.',
            [("Aida Berg", ["youth officer"])],
        ),
        (
            '"We are ready," said Dr. Aida Berg, lead author of the study.',
            [("Aida Berg", ["lead author of the study"])],
        ),
        (
            "ЭМУнун долбоордук координатору Айгерим Жумабаева сөз сүйлөдү.",
            [("Айгерим Жумабаева", ["ЭМУнун долбоордук координатору"])],
        ),
        (
            "Жергиликтүү тургун Бакыт Осмонов үй курду.",
            [("Бакыт Осмонов", ["Жергиликтүү тургун"])],
        ),
        (
            "По словам участницы программы Айгуль Темировой, курсы помогли ей.",
            [("Айгуль Темирова", ["участницы программы"])],
        ),
        (
            "Участница программы Айгуль Темирова открыла кафе.",
            [("Айгуль Темирова", ["Участница программы"])],
        ),
        # a small word before a lower-case role is no part of it
        ('"We are ready," said the nurse Aigul Temirova.', [("Aigul Temirova", ["nurse"])]),
    ],
)
def test_lower_case_and_kyrgyz_roles(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert roles(text) == expected
