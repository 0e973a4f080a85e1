"""Entities on new wordings (issue 16): Kyrgyz case forms of places and organizations,
foreign bodies named after a Kyrgyz ministry, donors' Kyrgyz and Russian names.

Every sentence here is INVENTED for these tests (invented people, events and projects).
"""

from __future__ import annotations

import pytest

from iomkg import find_organizations, find_places
from iomkg._extract.article import ArticleMeta, extract
from iomkg._reference.names import kyrgyz_stems


def places(text: str) -> list[tuple[str, list[str]]]:
    return [(p.id, [m.text for m in p.mentions]) for p in find_places(text)]


def orgs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(o.name, o.country, [m.text for m in o.mentions]) for o in find_organizations(text)]


# -- Kyrgyz case endings ----------------------------------------------------------------


def test_kyrgyz_stems_cover_the_cases_after_a_possessive() -> None:
    # облусу (its oblast) + locative, relative, dative, ablative, accusative
    for word in ("облусунда", "облусундагы", "облусуна", "облусунан", "облусун", "облусунун"):
        assert "облусу" in kyrgyz_stems(word), word
    # the plain cases after a consonant, voiced and voiceless
    assert "бишкек" in kyrgyz_stems("Бишкектеги")
    assert "ош" in kyrgyz_stems("Оштогу")
    assert "талас" in kyrgyz_stems("Таласка")
    # a possessive ending needs the possessive vowel before it: "Баткен" is no "Батке" + н
    assert "батке" not in kyrgyz_stems("Баткен")
    assert kyrgyz_stems("Osh") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented Kyrgyz sentences
        (
            "Ош облусундагы мектептерде жана Нарын облусуна барган топтор өткөрүштү.",
            [("KG-O", ["Ош облусундагы"]), ("KG-N", ["Нарын облусуна"])],
        ),
        (
            "Жолугушуулар Кара-Суу районундагы айылдарда өттү.",
            [("KG.kara-suu-district", ["Кара-Суу районундагы"])],
        ),
        (
            "Ноокат районунда, Өзгөн районуна жана Ак-Суу районунан келгендер.",
            [
                ("KG.nookat-district", ["Ноокат районунда"]),
                ("KG.uzgen-district", ["Өзгөн районуна"]),
                ("KG.ak-suu-district", ["Ак-Суу районунан"]),
            ],
        ),
        (
            "Бишкектеги жана Оштогу борборлор бүгүн ачылды.",
            [("KG-GB", ["Бишкектеги"]), ("KG-GO", ["Оштогу"])],
        ),
        # the town alone stays the town
        ("Кара-Суу шаарында жыйын өттү.", [("KG.kara-suu", ["Кара-Суу"])]),
    ],
)
def test_kyrgyz_district_and_oblast_case_forms(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert places(text) == expected


def test_kyrgyz_university_and_ministries_in_cases() -> None:
    # invented Kyrgyz sentence
    text = (
        "Нарын мамлекеттик университетинде Саламаттыкты сактоо министрлигинин адистери "
        "Ички иштер министрлигине сунуштарын бүгүн беришти."
    )
    assert orgs(text) == [
        ("Naryn State University", "KG", ["Нарын мамлекеттик университетинде"]),
        ("Ministry of Health", "KG", ["Саламаттыкты сактоо министрлигинин"]),
        ("Ministry of Internal Affairs", "KG", ["Ички иштер министрлигине"]),
    ]


def test_kyrgyz_acronym_with_a_case_ending() -> None:
    # invented Kyrgyz sentence
    text = "ЭМУнун адистери ООНдун өкүлдөрү менен жолугушту; ЭМУ да катышты."
    assert orgs(text) == [
        ("International Organization for Migration", None, ["ЭМУнун", "ЭМУ"]),
        ("United Nations", None, ["ООНдун"]),
    ]
    # an ending that is no case form is no acronym's: "ЭМУчу" names nobody
    assert orgs("ЭМУчу деген сөз жок, бүгүн.") == []


# -- foreign bodies ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented sentences
        (
            "Проект финансируется Министерством иностранных дел Финляндии.",
            [
                (
                    "Ministry for Foreign Affairs of Finland",
                    "FI",
                    ["Министерством иностранных дел Финляндии"],
                )
            ],
        ),
        (
            "Врачи прошли стажировку в Министерстве здравоохранения Таджикистана.",
            [
                (
                    "Ministry of Health of Tajikistan",
                    "TJ",
                    ["Министерстве здравоохранения Таджикистана"],
                )
            ],
        ),
        (
            "The study was funded by Norway's Ministry of Foreign Affairs.",
            [
                (
                    "Norwegian Ministry of Foreign Affairs",
                    "NO",
                    ["Norway's Ministry of Foreign Affairs"],
                )
            ],
        ),
        (
            "Долбоорду Финляндиянын Тышкы иштер министрлиги бүгүн колдоду.",
            [
                (
                    "Ministry for Foreign Affairs of Finland",
                    "FI",
                    ["Финляндиянын Тышкы иштер министрлиги"],
                )
            ],
        ),
        # Kyrgyzstan's own ministry stays Kyrgyzstan's
        (
            "Письмо направлено в Министерство иностранных дел Кыргызской Республики.",
            [
                (
                    "Ministry of Foreign Affairs",
                    "KG",
                    ["Министерство иностранных дел Кыргызской Республики"],
                )
            ],
        ),
        # a town after the name is no country of it
        (
            "Встреча прошла в Министерстве здравоохранения Оша не было.",
            [("Ministry of Health", "KG", ["Министерстве здравоохранения"])],
        ),
    ],
)
def test_a_countrys_ministry_named_after_a_kyrgyz_one(
    text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert orgs(text) == expected


def test_donors_kyrgyz_and_russian_names() -> None:
    # invented sentences
    assert orgs("Америка Кошмо Штаттарынын Мамлекеттик департаменти бүгүн жардам берди.") == [
        ("U.S. Department of State", "US", ["Америка Кошмо Штаттарынын Мамлекеттик департаменти"])
    ]
    assert [
        o.acronym
        for o in find_organizations(
            "Жапониянын Эл аралык кызматташтык агенттиги келди, ал үчүн рахмат."
        )
    ] == ["JICA"]
    assert [
        o.name
        for o in find_organizations(
            "Его поддержал Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией."
        )
    ] == ["Global Fund to Fight AIDS, Tuberculosis and Malaria"]


@pytest.mark.parametrize(
    ("text", "language", "programme", "funders"),
    [
        # invented sentences
        (
            "Окутуу Америка Кошмо Штаттарынын Мамлекеттик департаменти каржылаган «Таза жол» "
            "долбоорунун алкагында өттү.",
            "ky",
            "Таза жол",
            ["U.S. Department of State"],
        ),
        (
            "Акция проходит в рамках Партнерства по чистой воде (ПЧВ), которое финансируется "
            "Министерством иностранных дел Финляндии.",
            "ru",
            "Партнерство по чистой воде",
            ["Ministry for Foreign Affairs of Finland"],
        ),
        (
            "Курс проводится в рамках инициативы «Здоровые горы», которую финансирует "
            "Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией.",
            "ru",
            "Здоровые горы",
            ["Global Fund to Fight AIDS, Tuberculosis and Malaria"],
        ),
    ],
)
def test_foreign_and_kyrgyz_funders_of_programmes(
    text: str, language: str, programme: str, funders: list[str]
) -> None:
    found = extract(text, ArticleMeta(language=language))
    assert [(p.name, [o.name for o in p.funders]) for p in found.programmes] == [
        (programme, funders)
    ]


# -- legal forms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented sentences and organizations
        (
            "IOM works in partnership with the NGO Sunny Steppe and PF Green Valley.",
            [
                ("International Organization for Migration", "un", ["IOM"]),
                ("Sunny Steppe", "ngo", ["NGO Sunny Steppe"]),
                ("Green Valley", "ngo", ["PF Green Valley"]),
            ],
        ),
        (
            "Семинар провели ОО «Светлый путь», ОФ «Ак Булак», ОсОО «Тоо Курулуш» и "
            "Общественным фондом «Ынтымак Плюс».",
            [
                ("Светлый путь", "ngo", ["ОО «Светлый путь»"]),
                ("Ак Булак", "ngo", ["ОФ «Ак Булак»"]),
                ("Тоо Курулуш", "private", ["ОсОО «Тоо Курулуш»"]),
                ("Ынтымак Плюс", "ngo", ["Общественным фондом «Ынтымак Плюс»"]),
            ],
        ),
        (
            "Иш-чараны КФ «Жаштар үнү» жана «Ак Тилек» коомдук бирикмеси бүгүн өткөрдү.",
            [
                ("Жаштар үнү", "ngo", ["КФ «Жаштар үнү»"]),
                ("Ак Тилек", "ngo", ["«Ак Тилек» коомдук бирикмеси"]),
            ],
        ),
    ],
)
def test_legal_forms_before_and_after_a_name(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert [
        (o.name, o.kind.value, [m.text for m in o.mentions]) for o in find_organizations(text)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        # invented sentences: a form word with no name after it
        "NGO Director Aida Berg opened the meeting.",
        "The NGO sector grew; NGO Osh staff met.",
        "Many NGOs and PF members attended.",
    ],
)
def test_no_name_after_a_form_word(text: str) -> None:
    assert [o.name for o in find_organizations(text) if o.kind.value == "ngo"] == []


# -- programmes and people --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented sentences and programmes
        (
            "The course is part of the Women on the Road Partnership, funded by UN Women.",
            [("Women on the Road Partnership", ["UN Women"])],
        ),
        (
            "The Head of the Clean Wells Project visited Osh.",
            [("Clean Wells Project", [])],
        ),
    ],
)
def test_programme_names_with_a_connector_and_the(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    found = extract(text, ArticleMeta(language="en"))
    assert [(p.name, [o.name for o in p.funders]) for p in found.programmes] == expected


def test_a_thematic_title_before_a_name_stays_the_role() -> None:
    # invented person and title
    text = (
        "IOM Senior Regional Thematic Specialist on Climate Mobility Karin Holmgren said "
        "that the valleys were “losing their young people”."
    )
    found = extract(text, ArticleMeta(language="en"))
    assert [(p.name, p.roles) for p in found.people] == [
        ("Karin Holmgren", ("IOM Senior Regional Thematic Specialist on Climate Mobility",))
    ]
    assert [q.speaker.name for q in found.quotes if q.speaker is not None] == ["Karin Holmgren"]


# -- funders and implementers in every construction -------------------------------------


def _roles(text: str, language: str = "en") -> list[tuple[str, list[str], list[str]]]:
    found = extract(text, ArticleMeta(language=language))
    return [
        (p.name, [o.name for o in p.funders], [o.name for o in p.implementers])
        for p in found.programmes
    ]


IOM = "International Organization for Migration"
UNDP = "United Nations Development Programme"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # invented sentences and programmes
        (  # a pronoun object in the next sentence
            "The Clean Wells Facility (CWF) is financed by KOICA. IOM runs it jointly with "
            "the Red Crescent Society of Kyrgyzstan.",
            "en",
            [
                (
                    "Clean Wells Facility",
                    ["Korea International Cooperation Agency"],
                    [IOM, "Red Crescent Society of Kyrgyzstan"],
                )
            ],
        ),
        (  # an active verb of funding, its subject first
            "The European Union funds the Green Jobs Project, which IOM implements with UNDP.",
            "en",
            [("Green Jobs Project", ["European Union"], [IOM, UNDP])],
        ),
        (  # donors named as the subject of "are the donors of"
            "Japan and Korea are the donors of the Green Jobs Project.",
            "en",
            [
                (
                    "Green Jobs Project",
                    ["Government of Japan", "Government of the Republic of Korea"],
                    [],
                )
            ],
        ),
        (  # a partner in apposition to the subject
            "IOM, in partnership with UN Women, implements the Green Jobs Project.",
            "en",
            [("Green Jobs Project", [], [IOM, "UN Women"])],
        ),
        (  # a new clause after the funder: its subject funds nothing
            "Through the Green Jobs Project, funded by the Swiss Agency for Development and "
            "Cooperation (SDC), IOM and ILO trained farmers.",
            "en",
            [("Green Jobs Project", ["Swiss Agency for Development and Cooperation"], [])],
        ),
        (  # the support is no funder, its giver is
            "The Green Jobs Project is made possible by the generous support of the people "
            "of Japan.",
            "en",
            [("Green Jobs Project", ["Government of Japan"], [])],
        ),
        (  # the object of an active Russian verb is the programme, no implementer
            "МОМ реализует проект «Зеленые мосты» при поддержке Агентства США по "
            "международному развитию.",
            "ru",
            [
                (
                    "Зеленые мосты",
                    ["United States Agency for International Development"],
                    [IOM],
                )
            ],
        ),
        (  # Kyrgyz: the implementer before "тарабынан ишке ашырылат"
            "«Жашыл көпүрө» долбоору Европа Бирлигинин каржылоосу менен ЭМУ тарабынан ишке "
            "ашырылууда.",
            "ky",
            [("Жашыл көпүрө", ["European Union"], [IOM])],
        ),
        (  # Kyrgyz: the subjects of active verbs, last in their clauses
            "«Жашыл көпүрө» долбоорун Жапониянын Өкмөтү каржылайт, ал эми ЭМУ ишке ашырат.",
            "ky",
            [("Жашыл көпүрө", ["Government of Japan"], [IOM])],
        ),
    ],
)
def test_funders_and_implementers_in_every_construction(
    text: str, language: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert _roles(text, language) == expected


def test_partners_listed_in_the_next_sentence() -> None:
    # invented sentence
    found = extract(
        "The Green Jobs Project started in May. Partners include UNDP and UNICEF.",
        ArticleMeta(language="en"),
    )
    assert [[o.acronym for o in p.partners] for p in found.programmes] == [["UNDP", "UNICEF"]]


@pytest.mark.parametrize(
    "text",
    [
        # invented sentences: no funder and no implementer in them
        "The Green Jobs Project began. IOM staff said it was useful.",
        "The Green Jobs Project began. The partners agreed to meet again.",
        "The Green Jobs Project is implemented in Kyrgyzstan, Tajikistan and Uzbekistan.",
    ],
)
def test_no_funder_or_implementer_from_a_fragment(text: str) -> None:
    assert _roles(text) == [("Green Jobs Project", [], [])]


# -- names with a patronymic after a long title -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # invented people and titles
        (
            "Deputy Minister of Labour, Social Security and Migration Bakyt Mamytovich "
            "Asanov opened the forum.",
            "en",
            [
                (
                    "Bakyt Mamytovich Asanov",
                    ("Deputy Minister of Labour, Social Security and Migration",),
                )
            ],
        ),
        (
            "Senior Programme Officer for Labour Mobility and Human Development Nurlan "
            "Bakytovich Osmonov spoke.",
            "en",
            [
                (
                    "Nurlan Bakytovich Osmonov",
                    ("Senior Programme Officer for Labour Mobility and Human Development",),
                )
            ],
        ),
        (  # a person right after an office's name is no part of it
            "The Head of the Migration Department of the Osh City Administration Aida "
            "Nurlanovna Kasymova said the work goes on.",
            "en",
            [
                (
                    "Aida Nurlanovna Kasymova",
                    ("Head of the Migration Department of the Osh City Administration",),
                )
            ],
        ),
        (  # surname first, as Russian writes it officially; the surname is no town
            "Как отметил начальник отдела по делам миграции управления внутренних дел "
            "Ошской области Токтогулов Нурбек Асанович, работа продолжится.",
            "ru",
            [
                (
                    "Токтогулов Нурбек Асанович",
                    (
                        "начальник отдела по делам миграции управления внутренних дел "
                        "Ошской области",
                    ),
                )
            ],
        ),
    ],
)
def test_patronymic_names_after_long_titles(
    text: str, language: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    found = extract(text, ArticleMeta(language=language))
    assert [(p.name, p.roles) for p in found.people] == expected
    assert all(p.name for p in found.people)


def test_an_office_name_stays_whole_before_a_person() -> None:
    # invented office and person
    assert [
        o.name
        for o in find_organizations(
            "The Head of the Migration Department of the Osh City Administration Aida Kasymova spoke."
        )
    ] == ["Migration Department of the Osh City Administration"]
    # a named centre keeps its name (no surname or patronymic after the head)
    assert [o.name for o in find_organizations("The Crisis Centre Sezim opened.")] == [
        "Crisis Centre Sezim"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented people: the name after a role in the genitive comes back in the nominative
        (
            "По словам заместителя министра здравоохранения Таджикистана Нурлана Асанова, "
            "работа продолжится.",
            [("Нурлан Асанов", ("заместителя министра здравоохранения Таджикистана",))],
        ),
        (
            "Встреча прошла с участием заместителя председателя комитета Айгуль Осмоновой.",
            [("Айгуль Осмонова", ("заместителя председателя комитета",))],
        ),
    ],
)
def test_russian_name_after_a_role_in_the_genitive(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    found = extract(text, ArticleMeta(language="ru"))
    assert [(p.name, p.roles) for p in found.people] == expected


def test_a_kyrgyz_office_word_after_the_speech_verb_is_no_speaker() -> None:
    # invented Kyrgyz sentences
    found = extract(
        "«Биз даярбыз», – деди Эмгек, социалдык камсыздоо жана миграция министринин орун "
        "басары Айгүл Бакытовна Осмонова.",
        ArticleMeta(language="ky"),
    )
    assert [p.name for p in found.people] == ["Айгүл Бакытовна Осмонова"]
    # a surname alone stays a speaker
    found = extract("«Жакшы», – деди Осмонов, бүгүн келди.", ArticleMeta(language="ky"))
    assert [p.name for p in found.people] == ["Осмонов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented sentences: where the work is done is no implementer
        (
            "The Green Jobs Project is implemented by IOM in close cooperation with the "
            "Ministry of Labour in Osh, Batken and Jalal-Abad oblasts.",
            [("Green Jobs Project", [], [IOM, "Ministry of Labour"])],
        ),
        (  # the places between the verb and "by"
            "The Green Jobs Project, implemented across Kyrgyzstan and Tajikistan by IOM and "
            "UNDP, ends in 2026.",
            [("Green Jobs Project", [], [IOM, UNDP])],
        ),
        (
            "«Жашыл жумуш» долбоору Кыргызстанда, Тажикстанда жана Өзбекстанда ЭМУ тарабынан "
            "ишке ашырылат.",
            [("Жашыл жумуш", [], [IOM])],
        ),
    ],
)
def test_places_are_never_implementers(
    text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert _roles(text, "ky" if "ЭМУ" in text else "en") == expected


# -- universities and institutes named by place and adjectives --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented institutes
        (
            "Семинар прошёл в Таласском государственном педагогическом институте.",
            [("Таласский государственный педагогический институт", "academic")],
        ),
        (
            "Студенты Иссык-Кульского института туризма приняли участие.",
            [("Иссык-Кульский институт", "academic")],
        ),
        (
            "Иш-чара Ош мамлекеттик педагогикалык институтунда жана Кызыл-Кыя "
            "технологиялык институтунда өттү.",
            [
                ("Ош мамлекеттик педагогикалык институту", "academic"),
                ("Кызыл-Кыя технологиялык институту", "academic"),
            ],
        ),
        # the registry's own keep their record
        (
            "Студенты Нарынского государственного университета.",
            [("Naryn State University", "academic")],
        ),
        # no place or adjective before the noun: no name
        ("Государственный университет открылся, студенты университета пришли.", []),
    ],
)
def test_universities_and_institutes_in_russian_and_kyrgyz(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.kind.value) for o in find_organizations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented Kyrgyz sentences: names sharing one plural noun
        (
            "Кара-Суу жана Ноокат райондорунда жолугушуулар өттү.",
            [
                ("KG.kara-suu-district", ["Кара-Суу"]),
                ("KG.nookat-district", ["Ноокат райондорунда"]),
            ],
        ),
        (
            "Баткен жана Ош облустарында бүгүн сабактар өттү.",
            [("KG-B", ["Баткен"]), ("KG-O", ["Ош облустарында"])],
        ),
    ],
)
def test_kyrgyz_plural_division_shared_by_names(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert places(text) == expected


def test_a_donor_that_launched_a_programme_funds_it() -> None:
    # invented sentences and programmes
    assert _roles(
        "Both groups are funded by the Digital Skills for Returnees Project (DSRP), which "
        "USAID launched in Kyrgyzstan in 2025."
    ) == [
        (
            "Digital Skills for Returnees Project",
            ["United States Agency for International Development"],
            [],
        )
    ]
    # an implementer that launched it funds nothing
    assert _roles("The Green Jobs Project, which IOM launched in 2024, trained 50 people.") == [
        ("Green Jobs Project", [], [])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented sentences
        (
            "Встреча прошла в Посольстве Германии при участии Посольства Японии.",
            [
                ("Embassy of Germany", "DE", ["Посольстве Германии"]),
                ("Embassy of Japan in the Kyrgyz Republic", "JP", ["Посольства Японии"]),
            ],
        ),
        (
            "Жапониянын Кыргыз Республикасындагы элчилиги жана Германиянын элчилиги бүгүн катышты.",
            [
                (
                    "Embassy of Japan in the Kyrgyz Republic",
                    "JP",
                    ["Жапониянын Кыргыз Республикасындагы элчилиги"],
                ),
                ("Embassy of Germany", "DE", ["Германиянын элчилиги"]),
            ],
        ),
        (
            "Проект поддержало Германское общество по международному сотрудничеству.",
            [
                (
                    "Deutsche Gesellschaft für Internationale Zusammenarbeit",
                    "DE",
                    ["Германское общество по международному сотрудничеству"],
                )
            ],
        ),
        # no country after the word: no embassy
        ("Посольство Оша не существует, бүгүн элчилиги жок.", []),
    ],
)
def test_embassies_in_russian_and_kyrgyz(
    text: str, expected: list[tuple[str, str | None, list[str]]]
) -> None:
    assert orgs(text) == expected
