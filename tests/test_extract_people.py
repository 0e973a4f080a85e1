"""People: honorifics, roles before and after names, short mentions, Cyrillic names.

Every sentence here is INVENTED (names, roles and events are made up).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomkg._extract.organizations import find_organizations
from iomkg._extract.people import find_people
from iomkg._extract.places import find_places
from iomkg._extract.sentences import split_sentences


def people(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    found = find_people(text, places=find_places(text), organizations=find_organizations(text))
    return [(p.name, p.honorific, p.roles) for p in found.people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naryn – On May 3, the Ambassador of Norway, Mr. Lars Eikrem, visited the centre.",
            [("Lars Eikrem", "Mr.", ("Ambassador of Norway",))],
        ),
        (
            "The talks were opened by Aizada Temirova, the acting Minister of Health, "
            "Social Care, and Labour.",
            [("Aizada Temirova", None, ("acting Minister of Health, Social Care, and Labour",))],
        ),
        (
            "Regional Director for the IOM Office in Astana, Pietro Vanelli visits Talas today.",
            [("Pietro Vanelli", None, ("Regional Director for the IOM Office in Astana",))],
        ),
        (
            "The session was chaired by the Chairman of the Cabinet of Ministers, Erlan Dosov.",
            [("Erlan Dosov", None, ("Chairman of the Cabinet of Ministers",))],
        ),
        (
            "UN Resident Coordinator Marta Lindqvist opened the forum.",
            [("Marta Lindqvist", None, ("UN Resident Coordinator",))],
        ),
        (
            "Safe migration saves lives (Anna Berglund, IOM Director General).",
            [("Anna Berglund", None, ("IOM Director General",))],
        ),
        (
            "Deputy Chairman of the Cabinet of Ministers Timur Asanov and the mayor talked.",
            [("Timur Asanov", None, ("Deputy Chairman of the Cabinet of Ministers",))],
        ),
        (
            "Dr. Keneshbek Usenov, Head of the Migration Service, and Ms. Jane Doe, "
            "Programme Officer, met on Friday.",
            [
                ("Keneshbek Usenov", "Dr.", ("Head of the Migration Service",)),
                ("Jane Doe", "Ms.", ("Programme Officer",)),
            ],
        ),
        (
            "В мероприятии приняла участие г-жа Айгуль Осмонова.",
            [("Айгуль Осмонова", "г-жа", ())],
        ),
        ("H.E. Mr. Otto Weber arrived.", [("Otto Weber", "Mr.", ())]),
        (
            "Ms. Anna von der Berg and Mr. Sean O'Rourke spoke.",
            [("Anna von der Berg", "Ms.", ()), ("Sean O'Rourke", "Mr.", ())],
        ),
        ("The talk was given by Dr. John K. Miller.", [("John K. Miller", "Dr.", ())]),
        (
            "The Ambassador of Japan to Tajikistan, H.E. Mr. Kenta Ono, spoke.",
            [("Kenta Ono", "Mr.", ("Ambassador of Japan to Tajikistan",))],
        ),
        (
            "The Minister of Health Aida Berg and the Minister of Labour Erlan Dosov met.",
            [
                ("Aida Berg", None, ("Minister of Health",)),
                ("Erlan Dosov", None, ("Minister of Labour",)),
            ],
        ),
        (
            "министр труда Кыргызстана Айбек Асанов открыл встречу.",
            [("Айбек Асанов", None, ("министр труда Кыргызстана",))],
        ),
        ('"We will build more," said Nurlan Abdyraev.', [("Nurlan Abdyraev", None, ())]),
    ],
)
def test_names_roles_and_honorifics(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


def test_short_mention_joins_the_full_name() -> None:
    text = (
        "The director met a returnee, Mr. Bolot Saparov. Mr. Saparov opened a bakery. "
        "Saparov now employs five people."
    )
    (person,) = find_people(text).people
    assert person.name == "Bolot Saparov"
    assert [m.text for m in person.mentions] == ["Bolot Saparov", "Saparov", "Saparov"]
    assert all(text[m.start : m.end] == m.text for m in person.mentions)


@pytest.mark.parametrize(
    ("later", "mentions"),
    [
        ("Berg agreed.", ["Aida Berg", "Berg"]),  # a plain surname joins the person
        ("Berg of the Board for Invented Work left.", ["Aida Berg"]),  # a title goes on
        ("Later, Mrs. Berg agreed.", ["Aida Berg", "Berg"]),
    ],
)
def test_a_later_surname_alone_joins_unless_a_title_goes_on(
    later: str, mentions: list[str]
) -> None:
    (person,) = find_people("Ms. Aida Berg spoke. " + later).people  # invented
    assert [m.text for m in person.mentions] == mentions


def test_role_before_stops_at_the_previous_person() -> None:
    text = (
        "The ceremony was attended by the Coordinator for Central Asia, Mr. Ivo Marin and "
        "Director of the Training Centre, Ms. Asel Bekova."
    )
    assert people(text) == [
        ("Ivo Marin", "Mr.", ("Coordinator for Central Asia",)),
        ("Asel Bekova", "Ms.", ("Director of the Training Centre",)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # organizations, places, titles and sentence-initial words are not people
        "The Ministry of Labour and the Swiss Agency for Development and Cooperation met.",
        "Central Asia and Eastern Europe face new challenges.",
        "Besides Migration Policy, the Global Joint Programme covers Labour Rights.",
        "IOM is a Co-chair of the Results Group on Social Services.",
        "The Seasonal Worker Scheme grew in 2023 by 3,000 places.",
        "Deputy Chairman of the Cabinet of Ministers talked.",
        "Bishkek and Osh are the largest cities of Kyrgyzstan.",
        "On August 28, 2023, the Minister of Labour, Social Security and Migration spoke.",
        "Migrants fleeing war deserve our empathy.",
    ],
)
def test_no_people_in_titles_places_and_organizations(text: str) -> None:
    assert people(text) == []


def test_role_spans_point_at_the_roles() -> None:
    text = "Dr. Ann Berg, Head of Office, spoke."
    found = find_people(text)
    assert [text[s:e] for s, e in found.role_spans] == ["Head of Office"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('Mr. Ms.Dr AaBbИи ,–"“”()«»\n-Minister of')), max_size=200
    )
)
def test_any_text_gives_spans_that_point_at_their_text(text: str) -> None:
    first = find_people(text)
    assert first == find_people(text)
    for person in first.people:
        for m in person.mentions:
            assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_no_exception_on_any_text(text: str) -> None:
    find_people(text, sentences=split_sentences(text))


# Cases that take the less travelled paths of the fast look-ups: a role longer than the first
# stretch tokenised before or after a name, a place run into a name, honorifics on the next line.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ambassador of the Invented Republic to the Invented Kingdom of Far Away Lands, "
            "Mr. Otto Brandt, spoke.",
            [
                (
                    "Otto Brandt",
                    "Mr.",
                    (
                        "Ambassador of the Invented Republic to the Invented Kingdom of Far Away Lands",
                    ),
                )
            ],
        ),
        (
            "Aida Berg, Deputy Head of the Invented Office for Migration and Returns of the "
            "Invented Region of Talas, met the press.",
            [
                (
                    "Aida Berg",
                    None,
                    (
                        "Deputy Head of the Invented Office for Migration and Returns of the "
                        "Invented Region of Talas",
                    ),
                )
            ],
        ),
        (
            "Mr. Ivo Marin spoke.\nDr. Asel Bekova, Head of Office, replied.",
            [("Ivo Marin", "Mr.", ()), ("Asel Bekova", "Dr.", ("Head of Office",))],
        ),
        ("In Kyrgyzstan Aida Berg said the centre would open.", [("Aida Berg", None, ())]),
    ],
)
def test_long_roles_and_places_next_to_names(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is it safe? Yes! It is… Fine.", ["Is it safe?", "Yes!", "It is…", "Fine."]),
        (".Mr. Aida\n. Next line", [".Mr. Aida", ".", "Next line"]),
        ("Talks ended.\n\n  Mr. A. Smith spoke.  \n", ["Talks ended.", "Mr. A. Smith spoke."]),
        ("e.g. this. Dr. Who left.", ["e.g. this.", "Dr. Who left."]),
    ],
)
def test_sentences_at_marks_line_breaks_and_abbreviations(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# Ranks, roles after the name (with an article, in title case, in lower case after "of"),
# Russian and Kyrgyz attributions and names in oblique cases. INVENTED sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Major General Bakyt Toktorov opened the training. Police Colonel Aibek Usenov "
            "attended.",
            [
                ("Bakyt Toktorov", None, ("Major General",)),
                ("Aibek Usenov", None, ("Police Colonel",)),
            ],
        ),
        (
            "Gulnara Sydykova, a teacher from Naryn, said the training helped.",
            [("Gulnara Sydykova", None, ("teacher from Naryn",))],
        ),
        (
            "Bakyt Sadykov, a welder from Kara-Balta who came back last year, found work.",
            [("Bakyt Sadykov", None, ("welder from Kara-Balta",))],
        ),
        (
            "Aibek Sultanov, Senior Project Assistant at IOM Batken, explained the process.",
            [("Aibek Sultanov", None, ("Senior Project Assistant at IOM Batken",))],
        ),
        (
            "Mr. Ulan Bekov, head of the Talas regional office of the Service, said that the "
            "office had grown.",
            [("Ulan Bekov", "Mr.", ("head of the Talas regional office of the Service",))],
        ),
        (
            "Colonel Rustam Sharipov of the Border Troops of Tajikistan said the posts were ready.",
            [("Rustam Sharipov", None, ("Colonel",))],
        ),
        (
            "Head of Office Aida Berg opened the event.",
            [("Aida Berg", None, ("Head of Office",))],
        ),
        (
            "IOM Head of Office in Talas Aida Sultanova said that floods had damaged houses.",
            [("Aida Sultanova", None, ("IOM Head of Office in Talas",))],
        ),
        (
            "The meeting was opened by Vice Minister of Labour and Social Protection of the "
            "Population Askar Beisenov.",
            [
                (
                    "Askar Beisenov",
                    None,
                    ("Vice Minister of Labour and Social Protection of the Population",),
                )
            ],
        ),
        (
            "Aigul Temirova, who will open a bakery in Tokmok, said she would hire two neighbours.",
            [("Aigul Temirova", None, ())],
        ),
        (
            "«Мы готовы помочь мигрантам», – сообщил Нурлан Асанов, депутат Жогорку Кенеша.",
            [("Нурлан Асанов", None, ("депутат Жогорку Кенеша",))],
        ),
        (
            "Встреча с министром труда Нурланом Асановым прошла в Бишкеке.",
            [("Нурлан Асанов", None, ("министром труда",))],
        ),
        (
            "По словам заместителя министра Нурлана Асанова, работа продолжится.",
            [("Нурлан Асанов", None, ("заместителя министра",))],
        ),
        (
            "Награду вручили директору центра Айгуль Бековой. Айгуль Бекова поблагодарила МОМ.",
            [("Айгуль Бекова", None, ("директору центра",))],
        ),
        (
            "Тренинг прошел при участии генерал-майора Таалайбека Осмонова. Он подчеркнул "
            "важность работы.",
            [("Таалайбек Осмонов", None, ("генерал-майора",))],
        ),
        (
            "По словам г-на Токтогулова, выехали 12 тысяч жителей. Ранее г-н Эмил Токтогулов "
            "открыл центр.",
            [("Эмил Токтогулов", "г-на", ())],
        ),
        (
            "«Биз даярбыз», – деди ЭМУнун Кыргызстандагы миссиясынын башчысы Айгүл Осмонова.",
            [("Айгүл Осмонова", None, ("ЭМУнун Кыргызстандагы миссиясынын башчысы",))],
        ),
        (
            "Жапониянын элчиси Хироши Танакага ыраазычылык билдиришти.",
            [("Хироши Танака", None, ("Жапониянын элчиси",))],
        ),
    ],
)
def test_people_forms(text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a town introduced with an article is no person's role
        "They met in Kyzyl Tuu, a village in the north, last week.",
        # a pronoun is no name
        "Он подчеркнул важность работы.",
        # an organization's name, not a person's
        "The Osh Regional Health Centre opened a new ward.",
    ],
)
def test_no_people(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a title inside the run of capitalised words before the name
        (
            "Supreme Court Judge Aigul Bekova said the cases were heard.",
            [("Aigul Bekova", None, ("Supreme Court Judge",))],
        ),
        # two people with roles after their names in one sentence
        (
            "It was opened by Aibek Usenov, the Governor of Naryn Region, and by Ann Berg, the "
            "Chief of Mission of IOM.",
            [
                ("Aibek Usenov", None, ("Governor of Naryn Region",)),
                ("Ann Berg", None, ("Chief of Mission of IOM",)),
            ],
        ),
        # the capitalised words of a role after a name are nobody's name
        (
            "Cholpon Usenova, Deputy Minister of Natural Resources, Ecology and Technical "
            "Supervision, said the findings matter.",
            [
                (
                    "Cholpon Usenova",
                    None,
                    ("Deputy Minister of Natural Resources, Ecology and Technical Supervision",),
                )
            ],
        ),
        # a Russian role in the genitive tells the case of a foreign name
        (
            "По словам руководителя офиса МОМ в Казахстане Томаса Бергмана, обратились люди.",
            [("Томас Бергман", None, ("руководителя офиса МОМ в Казахстане",))],
        ),
        (
            "Центр открыт при поддержке посла Европейского союза в Таджикистане Маркуса Ланге.",
            [("Маркус Ланге", None, ("посла Европейского союза в Таджикистане",))],
        ),
        # "Как" opening a sentence is no name
        (
            "Как отметил заместитель министра труда Бакыт Осмонов, работа продолжится.",
            [("Бакыт Осмонов", None, ("заместитель министра труда",))],
        ),
        # a Kyrgyz role after the name: the role word comes last
        (
            "«Аялдар колдоо таппайт», – деп белгиледи Бүбүсара Асанова, Талас облустук аялдар "
            "кеңешинин төрайымы.",
            [("Бүбүсара Асанова", None, ("Талас облустук аялдар кеңешинин төрайымы",))],
        ),
    ],
)
def test_people_forms_more(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a list of people, each with a role before the name
        (
            "New Jersey Sen. Cory Bookman, Hawaii Rep. Tulsi Garrard, businessman Andrew Yangley "
            "and Steyer spoke.",
            [("Andrew Yangley", None, ("businessman",))],
        ),
        # a word ending like a surname but too short to be one
        ("Updated Nov 5 at noon.", []),
        # "His mother" is no role
        ("His mother Queen Elinor waved.", []),
    ],
)
def test_people_lists_and_false_evidence(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: an age between the name and the role
        (
            "Aizada Nurbekova, 34, a nurse at the Karakol hospital, said the course was useful.",
            [("Aizada Nurbekova", None, ("nurse at the Karakol hospital",))],
        ),
        # a word that names a person only after an article is no title before a name
        ("Under the EU-funded Migrant Voices Initiative, 30 journalists were trained.", []),
        (
            "Dinara Usupova, a returning migrant from Tomsk, opened a bakery.",
            [("Dinara Usupova", None, ("returning migrant from Tomsk",))],
        ),
        # a role word in the nominative gives no case to the name after it
        (
            "«Это важный шаг», – заявила глава миссии МОМ в Кыргызстане Анна Ковальски.",
            [("Анна Ковальски", None, ("глава миссии МОМ в Кыргызстане",))],
        ),
        # two Russian names in the dative, each with its role after it
        (
            "Благодарность выразили Айгерим Садыковой, координатору проекта, и Бакыту "
            "Токтосунову, эксперту.",
            [
                ("Айгерим Садыкова", None, ("координатору проекта",)),
                ("Бакыт Токтосунов", None, ("эксперту",)),
            ],
        ),
    ],
)
def test_people_forms_third(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


def test_a_role_in_brackets_after_the_name() -> None:
    # INVENTED
    assert people("Mirlan Toktorov (IOM Project Officer) explained the tool.") == [
        ("Mirlan Toktorov", None, ("IOM Project Officer",))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a Kyrgyz office before the role word; a word in another case is none of it
        (
            "Жыйынды Саламаттык сактоо министри Алымкадыр Бейшеналиев ачты.",
            [("Алымкадыр Бейшеналиев", None, ("Саламаттык сактоо министри",))],
        ),
        (
            "Тренингди Чек ара кызматынын төрагасынын орун басары генерал-майор Азамат "
            "Турдубаев ачты.",
            [
                (
                    "Азамат Турдубаев",
                    None,
                    ("Чек ара кызматынын төрагасынын орун басары генерал-майор",),
                )
            ],
        ),
    ],
)
def test_kyrgyz_roles_before_the_name(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # INVENTED: a long title-case role before the name stays the role; the name is the
        # last words that look like a person's name
        (
            "The Invented Foundation Senior Regional Thematic Specialist on Labour Mobility "
            "and Social Inclusion Dilnoza Karimbaeva presented the plan.",
            [
                (
                    "Dilnoza Karimbaeva",
                    None,
                    (
                        "Invented Foundation Senior Regional Thematic Specialist on Labour "
                        "Mobility and Social Inclusion",
                    ),
                )
            ],
        ),
        (
            "Regional Adviser on Green Jobs Timur Usenov opened the fair.",
            [("Timur Usenov", None, ("Regional Adviser on Green Jobs",))],
        ),
        # negative: a three-word name after a role that does not reach into it stays whole
        (
            "UN Resident Coordinator Marta Ines Lindqvist opened the fair.",
            [("Marta Ines Lindqvist", None, ("UN Resident Coordinator",))],
        ),
        # negatives: a three-word name right after a role (the run starts with the role, an
        # organization or a place) stays whole
        (
            "Programme Officer Aida Nur Kasymova opened the fair.",
            [("Aida Nur Kasymova", None, ("Programme Officer",))],
        ),
        (
            "The Deputy Head of the Invented Agency Aida Nur Kasymova opened the fair.",
            [("Aida Nur Kasymova", None, ("Deputy Head of the Invented Agency",))],
        ),
        (
            "The Head of Mission in Kyrgyzstan Aida Nur Kasymova opened the fair.",
            [("Aida Nur Kasymova", None, ("Head of Mission in Kyrgyzstan",))],
        ),
        # INVENTED: roles after the name, whole
        (
            "Daniyar Toktomatov, a pupil of school No. 4, won the contest.",
            [("Daniyar Toktomatov", None, ("pupil of school No. 4",))],
        ),
        (
            "Aiperi Sydykova, a student at the Invented Polytechnic College, won the prize.",
            [("Aiperi Sydykova", None, ("student at the Invented Polytechnic College",))],
        ),
        (
            "Professor Talant Bekmuratov, Dean of the Faculty of Law at the Invented "
            "National University, opened the session.",
            [
                (
                    "Talant Bekmuratov",
                    "Professor",
                    ("Dean of the Faculty of Law at the Invented National University",),
                )
            ],
        ),
        # INVENTED: Russian ranks and positions after the name, up to the verb
        (
            "Нурлан Жумабеков, доцент кафедры международного права КНУ, выступил на встрече.",
            [("Нурлан Жумабеков", None, ("доцент кафедры международного права КНУ",))],
        ),
        (
            "Айбек Осмонов, заместитель полномочного представителя Президента в Чуйской "
            "области, открыл встречу.",
            [
                (
                    "Айбек Осмонов",
                    None,
                    ("заместитель полномочного представителя Президента в Чуйской области",),
                )
            ],
        ),
        # negative: a comma inside a role list goes on ("…, социального обеспечения")
        (
            "Асель Мамытова, министр труда, социального обеспечения и миграции, выступила.",
            [("Асель Мамытова", None, ("министр труда, социального обеспечения и миграции",))],
        ),
        # INVENTED: Kyrgyz roles with the possessive ending before the name (к voiced: -ги)
        (
            "Жыйынды милиция подполковниги Бакыт Асанов ачты.",
            [("Бакыт Асанов", None, ("милиция подполковниги",))],
        ),
        (
            "Сынакта мектептин окуучусу Айгерим Токтосунова жеңди.",
            [("Айгерим Токтосунова", None, ("мектептин окуучусу",))],
        ),
    ],
)
def test_long_titles_and_roles_kept_whole(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(text) == expected
