"""People, roles, quote speakers and organizations in new wordings (issue 16, round 5).

Every sentence here is INVENTED: the people, their names and roles, the foundations and
their quotations were made up for these tests (real places, ministries and agencies appear
only as the frame). Each test gives the exact records expected, and negative cases.
"""

from __future__ import annotations

import pytest

from iomkg import Organization
from iomkg._extract.article import ArticleMeta, extract
from iomkg._extract.organizations import find_organizations, seated_where_named


def people(text: str, language: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.roles) for p in extract(text, ArticleMeta(language=language)).people]


def speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    found = extract(text, ArticleMeta(language=language)).quotes
    return [(q.text, q.speaker.name if q.speaker else None) for q in found]


def orgs(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.country) for o in find_organizations(text)]


# --- roles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case role whose first words are words of titles: kept whole
        (
            "IOM Uzbekistan’s Labour Mobility Officer, Dilfuza Karimova, met the employers.",
            [("Dilfuza Karimova", ("Labour Mobility Officer",))],
        ),
        (
            "Senior Data Management Officer Timur Bekov presented the survey.",
            [("Timur Bekov", ("Senior Data Management Officer",))],
        ),
        (
            "In March Border Management Specialist Aziz Rakhimov visited the post.",
            [("Aziz Rakhimov", ("Border Management Specialist",))],
        ),
        # ... but the office before a role is not part of the title
        (
            "Ministry of Labour Director Aibek Tursunov opened the session.",
            [("Aibek Tursunov", ("Director",))],
        ),
        # a role in apposition after a possessive, without honorific or speech verb
        (
            "The group visited a bakery in Kant, where its owner, Nurbek Abdyrakhmanov, "
            "showed them the ovens.",
            [("Nurbek Abdyrakhmanov", ("owner",))],
        ),
        # a long role after an article, kept whole
        (
            "“Most families still carry cash across the border,” said Aidai Sultanova, a "
            "financial literacy trainer at the Talas branch of the National Bank of the "
            "Kyrgyz Republic.",
            [
                (
                    "Aidai Sultanova",
                    (
                        "financial literacy trainer at the Talas branch of the National Bank "
                        "of the Kyrgyz Republic",
                    ),
                )
            ],
        ),
        # a word that names a person (migrant, returnee) before the name, with its adjective
        (
            "Returning migrant Bakyt Osmonov, 34, opened a shop in Talas.",
            [("Bakyt Osmonov", ("Returning migrant",))],
        ),
        ("The shop of returnee Aida Tokonova opened.", [("Aida Tokonova", ("returnee",))]),
        # a sentence opener is no part of a name
        (
            "Later, Mr. Ivan Petrov, the ministry’s spokesman, answered questions.",
            [("Ivan Petrov", ("ministry’s spokesman",))],
        ),
        (
            "Yesterday Saltanat Omurova, a nurse from Osh, joined the team.",
            [("Saltanat Omurova", ("nurse from Osh",))],
        ),
    ],
)
def test_english_roles(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian: a role after a dash or a comma, "руководитель …"
        (
            "Семинар открыла Гульнара Токтогулова – руководитель проекта МОМ.",
            [("Гульнара Токтогулова", ("руководитель проекта МОМ",))],
        ),
        (
            "Лекцию прочитал Эркин Жолдошев — эксперт по трудовой миграции.",
            [("Эркин Жолдошев", ("эксперт по трудовой миграции",))],
        ),
        (
            "В обсуждении участвовал Марат Исабеков, руководитель отдела внешней миграции.",
            [("Марат Исабеков", ("руководитель отдела внешней миграции",))],
        ),
        # a noun that opens the sentence is no part of the role after it
        (
            "Выступление руководителя программы Динары Сапаровой было посвящено правам.",
            [("Динара Сапарова", ("руководителя программы",))],
        ),
        # a man's given name in a soft sign, in the genitive
        (
            "По словам координатора проекта Эмиля Абдыкалыкова, тестирование станет регулярным.",
            [("Эмиль Абдыкалыков", ("координатора проекта",))],
        ),
        # an adjective after a speech verb ("отметили": also "celebrated") is no name
        ("Волонтеры отметили Всемирный день борьбы со СПИДом акцией на вокзале.", []),
        # a compound role noun
        (
            "Занятие провели медиаэксперт Данияр Усенов и фотожурналист Айдана Бакирова.",
            [("Данияр Усенов", ("медиаэксперт",)), ("Айдана Бакирова", ("фотожурналист",))],
        ),
        # a role that holds an organization's name in quotes
        (
            "По словам представителя ОФ «Ынтымак» Чолпон Асановой, брошюра нужна в каждом селе.",
            [("Чолпон Асанова", ("представителя ОФ «Ынтымак»",))],
        ),
    ],
)
def test_russian_roles(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert people(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyrgyz: the role after a comma or a dash, its role word last
        (
            "Бактыгүл Бообекова, долбоордун жетекчиси, жыйынды өткөрдү.",
            [("Бактыгүл Бообекова", ("долбоордун жетекчиси",))],
        ),
        (
            "Айгерим Садыкова – ЭМУнун Ош кеңсесинин башчысы, жыйынды ачты.",
            [("Айгерим Садыкова", ("ЭМУнун Ош кеңсесинин башчысы",))],
        ),
        # a noun in a case opens the sentence: not part of the name
        ("Тренингди Бактыбек Жумаев ачты.", [("Бактыбек Жумаев", ())]),
    ],
)
def test_kyrgyz_roles(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert people(text, "ky") == expected


def test_two_people_with_roles_after_and() -> None:
    # (invented) the role of the first ends at ", and" before the second person's name
    text = (
        "The course was led by Aigul Kasymova, National Project Officer at IOM Kyrgyzstan, and "
        "Timur Bekov, a lawyer with the Public Foundation Insan."
    )
    assert people(text) == [
        ("Aigul Kasymova", ("National Project Officer at IOM Kyrgyzstan",)),
        ("Timur Bekov", ("lawyer with the Public Foundation Insan",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Тренинг провел Тимур Беков — юрист общественного фонда «Инсан».",
            [("Тимур Беков", ("юрист общественного фонда «Инсан»",))],
        ),
        (
            "Семинар вела Гульнара Асанова, директор ОФ «Мээрим», в Оше.",
            [("Гульнара Асанова", ("директор ОФ «Мээрим»",))],
        ),
    ],
)
def test_russian_roles_after_the_name_with_a_quoted_name(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert people(text, "ru") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dash after a name that opens no role
        "Тренинг провел Марат Исабеков – о правах мигрантов говорили два часа.",
        # a comma after a name, then no role: the sentence goes on
        "Марат Исабеков, который работал в Москве, рассказал о поездке.",
    ],
)
def test_no_role_after_a_dash_or_a_clause(text: str) -> None:
    assert people(text, "ru") == [("Марат Исабеков", ())]


# --- quote speakers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a reporting verb gives a partial quotation
        (
            "Head of Office Elena Moretti called the agreement “a road map for five years” "
            "and said the first course would start in May.",
            [("a road map for five years", "Elena Moretti")],
        ),
        (
            "The centre, according to Mr. Ruslan Tashiev, “must answer calls at night”.",
            [("must answer calls at night", "Ruslan Tashiev")],
        ),
        (
            "“Migrants need to know where to call at any hour,” according to Mr. Ruslan "
            "Tashiev, head of the service.",
            [("Migrants need to know where to call at any hour,", "Ruslan Tashiev")],
        ),
        # a programme's acronym inside a quotation leaves it a quotation
        (
            "The Safe Savings Initiative (SSI) is funded by Sweden. Programme Officer Lena "
            "Holm said: “SSI is about choices. Families who save can plan their future.”",
            [("SSI is about choices. Families who save can plan their future.", "Lena Holm")],
        ),
        # the speaker's role between the name and the speech verb
        (
            "“We will train two hundred drivers this year,” Aida Berglund, the centre’s "
            "director, told reporters.",
            [("We will train two hundred drivers this year,", "Aida Berglund")],
        ),
        (
            "As Tomas Lindgren put it, “the road is long but we know where it leads”.",
            [("the road is long but we know where it leads", "Tomas Lindgren")],
        ),
        # a quotation signed after a dash, the role after the name
        (
            "“Safe migration starts with information” – Gulnara Ismailova, IOM Project Officer.",
            [("Safe migration starts with information", "Gulnara Ismailova")],
        ),
        (
            "“We learned a lot,” said one participant, Aizada Tokonova.",
            [("We learned a lot,", "Aizada Tokonova")],
        ),
        # "she added": the last speaker of her gender, not the person named last
        (
            "“We opened the centre in record time,” said Ms. Kamila Yusupova. The opening was "
            "attended by Governor Ulan Akmatov. “Next year we will open two more,” she added.",
            [
                ("We opened the centre in record time,", "Kamila Yusupova"),
                ("Next year we will open two more,", "Kamila Yusupova"),
            ],
        ),
        (
            "“The fund will grow,” said Mr. Daniyar Saparov. The plan was welcomed by "
            "Ms. Aida Kenzhebaeva. “We start in June,” he added.",
            [("The fund will grow,", "Daniyar Saparov"), ("We start in June,", "Daniyar Saparov")],
        ),
    ],
)
def test_english_quote_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian attribution with a role (holding a quoted name) before the speaker
        (
            "«Наша задача – помочь семьям мигрантов», – рассказала руководитель "
            "общественного фонда «Ынтымак» Динара Сапарова.",
            [("Наша задача – помочь семьям мигрантов", "Динара Сапарова")],
        ),
        (
            "«Каждый мигрант должен знать свои права», – подчеркнул заместитель министра "
            "труда Азамат Кудайбергенов.",
            [("Каждый мигрант должен знать свои права", "Азамат Кудайбергенов")],
        ),
        # the speaker and the role alone before a colon
        (
            "Бакыт Исаков, руководитель проекта: «Каждый водитель получит сертификат».",
            [("Каждый водитель получит сертификат", "Бакыт Исаков")],
        ),
        # "по мнению X": the speaker of a quotation inside the sentence
        (
            "По мнению г-на Абылкасымова, горячая линия «должна отвечать на звонки ночью».",
            [("должна отвечать на звонки ночью", "Абылкасымов")],
        ),
    ],
)
def test_russian_quote_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text, "ru") == expected


def test_kyrgyz_present_tense_speech() -> None:
    text = "«Ар бир мигрант укугун билиши керек», – дейт Айгүл Осмонова."
    assert speakers(text, "ky") == [("Ар бир мигрант укугун билиши керек", "Айгүл Осмонова")]


@pytest.mark.parametrize(
    "text",
    [
        "Гүлнара Токтогулова «мигранттар үчүн бул борбор абдан керек» деп билдирди.",
        "Гүлнара Токтогулова жыйында сүйлөп, «мигранттар үчүн бул борбор абдан керек» деп айтты.",
    ],
)
def test_kyrgyz_speaker_before_the_quotation_and_dep_after(text: str) -> None:
    assert speakers(text, "ky") == [
        ("мигранттар үчүн бул борбор абдан керек", "Гүлнара Токтогулова")
    ]


def test_kyrgyz_according_to() -> None:
    text = "Бактыгүл Бообекованын айтымында, «бул программа көп үй-бүлөгө жардам берди»."
    assert speakers(text, "ky") == [
        ("бул программа көп үй-бүлөгө жардам берди", "Бактыгүл Бообекова")
    ]


def test_a_quotation_after_another_is_not_its_role() -> None:
    # (invented) a short quotation before another speaker's attribution stays a quotation
    text = "«Мы рады», сказала г-жа Айнура Осмонова. «Спасибо», – ответил он."
    assert speakers(text, "ru")[0] == ("Мы рады", "Айнура Осмонова")


# --- organizations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students of the L.N. Gumilyov Eurasian National University met.",
            [("L.N. Gumilyov Eurasian National University", None)],
        ),
        (
            "Students of the Naryn Pedagogical College named after A. Osmonov came.",
            [("Naryn Pedagogical College named after A. Osmonov", None)],
        ),
        (
            "The American Chamber of Commerce in Kazakhstan hosted the breakfast.",
            [("American Chamber of Commerce in Kazakhstan", None)],
        ),
        (
            "The Akimat of Almaty and the Namangan Regional Hokimiyat signed.",
            [("Akimat of Almaty", "KZ"), ("Namangan Regional Hokimiyat", "UZ")],
        ),
        (
            "The akimat of Turkestan region and Karakol City Hall signed.",
            [("Akimat of Turkestan region", "KZ"), ("Karakol City Hall", "KG")],
        ),
        # a unit with a name of its own and the body it belongs to: two organizations
        (
            "Colonel Timur Akmatov heads the Border Crossing Department of the State Customs "
            "Committee of Uzbekistan.",
            [
                ("Border Crossing Department", None),
                ("State Customs Committee of Uzbekistan", "UZ"),
            ],
        ),
        (
            "The Kazakhstan Ministry of Labour and Social Protection of Population met.",
            [("Kazakhstan Ministry of Labour and Social Protection of Population", "KZ")],
        ),
    ],
)
def test_english_organizations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Представители Министерства просвещения Республики Казахстан приехали.",
            [("Министерство просвещения Республики Казахстан", "KZ")],
        ),
        (
            "Соглашение с Министерством труда Республики Узбекистан подписано.",
            [("Министерство труда Республики Узбекистан", "UZ")],
        ),
        (
            "Тренинг провел Институт медиаполиси вместе с Государственной службой по миграции.",
            [("Институт медиаполиси", None), ("Государственная служба по миграции", None)],
        ),
        (
            "Встреча прошла в Торгово-промышленной палате Кыргызской Республики.",
            [("Торгово-промышленная палата Кыргызской Республики", "KG")],
        ),
        (
            "Встреча прошла в Американской торговой палате в Казахстане.",
            [("Американская торговая палата в Казахстане", None)],
        ),
        (
            "Студенты Евразийского национального университета имени Л. Н. Гумилева приехали.",
            [("Евразийский национальный университет имени Л. Н. Гумилева", None)],
        ),
        (
            "Жыйын Талас шаарынын мэриясында жана Ош облусунун акимчилигинде өттү.",
            [("Талас шаарынын мэриясы", "KG"), ("Ош облусунун акимчилиги", "KG")],
        ),
        (
            "Стол организован совместно с акиматом города Алматы и хокимиятом Ферганской области.",
            [("Акимат города Алматы", "KZ"), ("Хокимият Ферганской области", None)],
        ),
    ],
)
def test_russian_organizations_in_the_nominative(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's ministry in Kyrgyz, the country in the genitive before it
        (
            "Тажикстандын Саламаттык сактоо министрлигинин өкүлдөрү келишти.",
            [("Ministry of Health of Tajikistan", "TJ")],
        ),
        (
            "Казакстан Республикасынын Эмгек жана калкты социалдык коргоо министрлиги келди.",
            [("Казакстан Республикасынын Эмгек жана калкты социалдык коргоо министрлиги", "KZ")],
        ),
        # Kyrgyzstan's own, in any case: the registry's record
        ("Саламаттык сактоо министрлигинин өкүлдөрү келишти.", [("Ministry of Health", "KG")]),
    ],
)
def test_kyrgyz_ministries(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert orgs(text) == expected


def test_the_written_form_is_an_alias() -> None:
    (org,) = find_organizations("Встреча с Институтом медиаполиси.")
    assert (org.name, org.aliases, [m.text for m in org.mentions]) == (
        "Институт медиаполиси",
        ("Институтом медиаполиси",),
        ["Институтом медиаполиси"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Мэрии Согласно новому плану нужны средства.",  # no place after the head
        "Государственная политика в сфере миграции обсуждалась.",  # no head noun
    ],
)
def test_no_organization(text: str) -> None:
    assert orgs(text) == []


def test_an_event_at_a_city_executive_keeps_its_place() -> None:
    # (invented) the mayor's office is in Osh, a ministry "of Tajikistan" is no venue
    assert seated_where_named(Organization(name="Мэрия Оша"))
    assert not seated_where_named(Organization(name="Ministry of Health of Tajikistan"))
    found = extract(
        "29 мая 2024 года в мэрии Оша состоялся круглый стол о детях мигрантов.",
        ArticleMeta(language="ru"),
    )
    assert [[p.name for p in e.places] for e in found.events] == [["Osh"]]


@pytest.mark.parametrize(
    "text",
    [
        # a name before a colon that is no speaker's line: the object of the sentence
        "Kerimbek has one worry about working with Ms. Anara Tolonova: “They sing so well "
        "that people get scared.”",
        # "put it" without a comma is no speech
        "Bolotbek Asanbaev put it away in the second half, and “the crowd was on its feet all "
        "night long”.",
    ],
)
def test_no_speaker(text: str) -> None:
    assert [speaker for _q, speaker in speakers(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the speech verb speaks, not the person it thanks or meets
        (
            "Mr. Azamat Bekov said in his speech, thanking Ambassador Lars Ekdahl: “We could not "
            "have done this without the embassy.”",
            "Azamat Bekov",
        ),
        (
            "Speaking after Ms. Cholpon Asanova, Governor Erlan Duishenov stated: “The region is "
            "ready to host more centres.”",
            "Erlan Duishenov",
        ),
        (
            "According to Ms. Cholpon Asanova, who met Governor Erlan Duishenov on Monday, “the "
            "region is ready to host more centres”.",
            "Cholpon Asanova",
        ),
        (
            "Governor Erlan Duishenov thanked Ms. Cholpon Asanova and said the region “is ready "
            "to host more centres”.",
            "Erlan Duishenov",
        ),
        # a subject after "but" speaks
        (
            "Governor Erlan Duishenov wants the centre closed, but General Timur Akmatov, head "
            "of the academy, told reporters it would stay “for several more years”.",
            "Timur Akmatov",
        ),
        # ... unless a clause of the name's speaks
        (
            "Ms. Cholpon Asanova handed the keys to Governor Erlan Duishenov, who said: “The "
            "region is ready to host more centres.”",
            "Erlan Duishenov",
        ),
    ],
)
def test_the_subject_speaks(text: str, speaker: str) -> None:
    assert [s for _q, s in speakers(text)] == [speaker]
