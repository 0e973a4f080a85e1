"""Events written the many ways news is written: years from context, several events in a
sentence, later mentions, report verbs, planned events, relative days, Russian and Kyrgyz.

Every sentence here is INVENTED (events, places, people and figures are made up).
Each case gives the exact records: (kind, when.edtf, when.year_inferred, place names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from iomkg import Dateline, DateSpan
from iomkg._extract.article import ArticleMeta, extract
from iomkg._reference.gazetteer import gazetteer

Record = tuple[str, str, bool, list[str]]


def records(
    text: str,
    *,
    dateline: Dateline | None = None,
    published: dt.date | None = None,
    language: str = "en",
) -> list[Record]:
    found = extract(text, ArticleMeta(dateline=dateline, published=published, language=language))
    out = []
    for e in found.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert e.when is not None
        out.append((e.kind.value, e.when.edtf, e.when.year_inferred, [p.name for p in e.places]))
    return out


ENGLISH: list[tuple[str, list[Record]]] = [
    # the year stated in the next sentence
    (
        "On 3 April the centre opened in Osh. It is the second centre opened in 2025.",
        [("opening", "2025-04-03", True, ["Osh"])],
    ),
    # two events in one sentence, each with its own date and place
    (
        "IOM organised a forum in Bishkek on 2 October 2025, a week after experts had met "
        "in Karakol on 24-25 September.",
        [
            ("conference", "2025-10-02", False, ["Bishkek"]),
            ("meeting", "2025-09-24/2025-09-25", True, ["Karakol"]),
        ],
    ),
    # a later mention of the same event is the same event
    (
        "On 20 May 2025, IOM and the ministry signed an agreement in Bishkek. Under the "
        "agreement signed on 20 May, IOM will train 50 officers.",
        [("signing", "2025-05-20", False, ["Bishkek"])],
    ),
    (
        "On 11 May 2025, IOM held a workshop for judges in Talas. The judges who attended "
        "the meeting on 11 May asked for a second one.",
        [("workshop", "2025-05-11", False, ["Talas"])],
    ),
    # report verbs and phrasings without a gathering noun
    (
        "On 20 June 2025, IOM marked World Refugee Day with a concert in Osh.",
        [("commemoration", "2025-06-20", False, ["Osh"])],
    ),
    (
        "On 12 March 2025, IOM presented the findings of a survey on remittances in Bishkek.",
        [("launch", "2025-03-12", False, ["Bishkek"])],
    ),
    (
        "On 9 September 2025, IOM brought together 40 officials in Talas to discuss returns.",
        [("meeting", "2025-09-09", False, ["Talas"])],
    ),
    (
        "The event was hosted by the city hall in Talas on 9 September 2025.",
        [("other", "2025-09-09", False, ["Talas"])],
    ),
    (
        "From the 3rd to the 5th of June 2025, IOM conducted a simulation exercise in Osh.",
        [("training", "2025-06-03/2025-06-05", False, ["Osh"])],
    ),
    (
        "IOM organised a summer school for young researchers in Cholpon-Ata on 5–9 July. "
        "The school was first announced in 2025.",
        [("training", "2025-07-05/2025-07-09", True, ["Cholpon-Ata"])],
    ),
    (
        "IOM delivered a course for teachers in Batken on 12.06.2025.",
        [("training", "2025-06-12", False, ["Batken"])],
    ),
    # planned events with a date are events
    (
        "In 2025, IOM supports the border service. IOM will train 40 officers in Osh on "
        "23-24 June.",
        [("training", "2025-06-23/2025-06-24", True, ["Osh"])],
    ),
    # "on the same day" and "the next day" take the date of the event they refer to
    (
        "On 4 March 2025, IOM opened a centre in Naryn. On the same day, the governor "
        "visited a border post in At-Bashy.",
        [
            ("opening", "2025-03-04", False, ["Naryn"]),
            ("visit", "2025-03-04", False, ["At-Bashy"]),
        ],
    ),
    (
        "On 4 March 2025, IOM opened a centre in Naryn. The next day, the delegation met "
        "local leaders in Kochkor.",
        [
            ("opening", "2025-03-04", False, ["Naryn"]),
            ("meeting", "2025-03-05", False, ["Kochkor"]),
        ],
    ),
    # a month range is the span of an event
    (
        "In March and April 2025, IOM held consultations with migrants in Talas and Naryn.",
        [("consultation", "2025-03/2025-04", False, ["Talas", "Naryn"])],
    ),
    # a follow-up gives the kind of the event that follows
    (
        "On 3 May 2025 the steering committee met in Bishkek. The meeting was followed by "
        "a two-day training on 4-5 May.",
        [
            ("meeting", "2025-05-03", False, ["Bishkek"]),
            ("training", "2025-05-04/2025-05-05", True, []),
        ],
    ),
]


ENGLISH += [
    # dates joined by "and" share their trigger, each with its own places
    (
        "IOM lawyers held consular days from 10 to 14 March in Omsk and from 17 to 21 March "
        "2025 in Kazan.",
        [
            ("other", "2025-03-10/2025-03-14", True, ["Omsk"]),
            ("other", "2025-03-17/2025-03-21", False, ["Kazan"]),
        ],
    ),
    # a trigger after "before the" names another event: the verb dates this one
    (
        "On 4 May 2025, ten families received the keys to new houses in Kochkor. On the same "
        "day, before the handover, the minister visited the village school.",
        [
            ("handover", "2025-05-04", False, ["Kochkor"]),
            ("visit", "2025-05-04", False, []),
        ],
    ),
    # "after a meeting … on 26 August" is an event of its own
    (
        "Herders took part in a training on 27 and 28 August 2024, after a meeting with the "
        "district administration on 26 August.",
        [
            ("training", "2024-08-27/2024-08-28", False, []),
            ("meeting", "2024-08-26", True, []),
        ],
    ),
    # a weak verb takes the kind of its object
    (
        "On 14 February 2025, 120 workers attended a pre-departure orientation in Bishkek.",
        [("training", "2025-02-14", False, ["Bishkek"])],
    ),
    # a month alone after "for", its year from the article
    (
        "On 3 October 2023, experts met in Astana to review the draft profile. A validation "
        "meeting is planned for December.",
        [("meeting", "2023-10-03", False, ["Astana"]), ("meeting", "2023-12", True, [])],
    ),
]


ENGLISH += [
    # a date inside a quotation goes only with a trigger inside it
    (
        "“When I returned on 5 January, I had nothing,” said Aida, who attended the training "
        "on 12 March 2025 in Osh.",
        [("training", "2025-03-12", False, ["Osh"])],
    ),
    # a clause opened by "since" is a bound
    (
        "Since its launch in March 2023, the hotline has taken 12,000 calls. On 20 May 2025, "
        "IOM signed an agreement in Bishkek to extend it.",
        [("signing", "2025-05-20", False, ["Bishkek"])],
    ),
    # a date joined by "and" goes with the strong trigger before a weak one takes it
    (
        "On 3 March 2025 IOM held an information session in Bishkek. Similar sessions took "
        "place in Osh on 5 March and in Talas on 7 March.",
        [
            ("workshop", "2025-03-03", False, ["Bishkek"]),
            ("meeting", "2025-03-05", True, ["Osh"]),
            ("meeting", "2025-03-07", True, ["Talas"]),
        ],
    ),
]


ENGLISH += [
    (
        "IOM welcomed a delegation from the European Union in Bishkek on 5 November 2024. The "
        "visit ended with a meeting at the ministry on 6 November.",
        [("visit", "2024-11-05", False, ["Bishkek"]), ("meeting", "2024-11-06", True, [])],
    ),
]


ENGLISH += [
    # "the Day" of a commemoration is no "that day"
    (
        "On 20 June 2025 IOM marked the Day of the Refugee in Osh. On 21 June, IOM "
        "marked the Day of the Migrant in Naryn.",
        [
            ("commemoration", "2025-06-20", False, ["Osh"]),
            ("commemoration", "2025-06-21", True, ["Naryn"]),
        ],
    ),
    (
        "The forum ran from 10 to 12 September 2024 in Cholpon-Ata. On the final day, the "
        "ministers signed a joint statement.",
        [
            ("conference", "2024-09-10/2024-09-12", False, ["Cholpon-Ata"]),
            ("signing", "2024-09-12", False, []),
        ],
    ),
]


ENGLISH += [
    # a list of places and dates after one trigger: one event each
    (
        "IOM held trainings in Osh (3 May 2025), Naryn (5 May) and Talas (7 May).",
        [
            ("training", "2025-05-03", False, ["Osh"]),
            ("training", "2025-05-05", True, ["Naryn"]),
            ("training", "2025-05-07", True, ["Talas"]),
        ],
    ),
    # a date after a verb that is no trigger is no list
    (
        "The centre, opened on 5 May 2019, received 200 migrants on 7 May 2025.",
        [("opening", "2019-05-05", False, [])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_forms(text: str, expected: list[Record]) -> None:
    assert records(text) == expected


OTHER_LANGUAGES: list[tuple[str, str, list[Record]]] = [
    (
        "ru",
        "С 3 по 5 июня в Оше прошёл тренинг для пограничников. Тренинг стал третьим в 2025 году.",
        [("training", "2025-06-03/2025-06-05", True, ["Osh"])],
    ),
    (
        "ru",
        "3–5 июня 2025 г. МОМ провела в Нарыне учения по реагированию на чрезвычайные ситуации.",
        [("training", "2025-06-03/2025-06-05", False, ["Naryn"])],
    ),
    (
        "ru",
        "12 апреля 2025 года в Бишкеке МОМ представила результаты исследования о денежных "
        "переводах.",
        [("launch", "2025-04-12", False, ["Bishkek"])],
    ),
    (
        "ru",
        "18 декабря 2025 года в Оше отметили Международный день мигрантов.",
        [("commemoration", "2025-12-18", False, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылдын 5-июнунда Ош шаарында семинар өттү.",
        [("workshop", "2025-06-05", False, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылы Нарында эки иш-чара болду. 12-13-майда Нарында тренинг өткөрүлдү.",
        [("training", "2025-05-12/2025-05-13", True, ["Naryn"])],
    ),
    (
        "ru",
        "20 ноября 2024 года в Оше состоялся круглый стол. В тот же день, 20 ноября, МОМ и "
        "мэрия подписали меморандум.",
        [
            ("roundtable", "2024-11-20", False, ["Osh"]),
            ("signing", "2024-11-20", True, []),
        ],
    ),
    (
        "ru",
        "С 14 по 16 ноября 2023 года в Душанбе прошло обучение врачей. В декабре такой же курс "
        "пройдут врачи Согдийской области.",
        [
            ("training", "2023-11-14/2023-11-16", False, ["Dushanbe"]),
            ("training", "2023-12", True, ["Sughd Region"]),
        ],
    ),
    (
        "ky",
        "Талас шаарында 2023-жылдын 15-ноябрында тегерек стол өттү. Тегерек столдон кийин "
        "16–17-ноябрда тренинг уюштурулду.",
        [
            ("roundtable", "2023-11-15", False, ["Talas"]),
            ("training", "2023-11-16/2023-11-17", True, []),
        ],
    ),
    (
        "ky",
        "15-майда Нарын шаарында маалыматтык кампания башталды. Кампания 2025-жылдын июнь "
        "айына чейин уланат.",
        [("campaign", "2025-05-15", True, ["Naryn"])],
    ),
    (
        "ru",
        "5-6 апреля 2025 года в Нарыне прошли информационные сессии для мигрантов. Подобные "
        "сессии пройдут в Таласе 12 апреля и в Баткене 19 апреля.",
        [
            ("workshop", "2025-04-05/2025-04-06", False, ["Naryn"]),
            ("meeting", "2025-04-12", True, ["Talas"]),
            ("meeting", "2025-04-19", True, ["Batken"]),
        ],
    ),
    (
        "ky",
        "2025-жылдын 20-21-мартында Ош шаарында окутуу өткөрүлдү. Эртеси күнү катышуучулар "
        "Нарын шаарына барышты.",
        [
            ("training", "2025-03-20/2025-03-21", False, ["Osh"]),
            ("visit", "2025-03-22", False, ["Naryn"]),
        ],
    ),
    (
        "ru",
        "18–19 сентября 2024 года в Душанбе прошла региональная конференция. На второй день "
        "конференции делегаты посетили Хорог.",
        [
            ("conference", "2024-09-18/2024-09-19", False, ["Dushanbe"]),
            ("visit", "2024-09-19", False, ["Khorog"]),
        ],
    ),
    (
        "ky",
        "2025-жылдын 5-июнунан 7-июнуна чейин Ош шаарында окутуу өткөрүлдү.",
        [("training", "2025-06-05/2025-06-07", False, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылдын 20-майында Бишкек шаарында министрлик менен МОМ келишимге кол коюшту.",
        [("signing", "2025-05-20", False, ["Bishkek"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OTHER_LANGUAGES)
def test_russian_and_kyrgyz_forms(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


def _dated_dateline() -> Dateline:
    return Dateline(
        text="Bishkek, 10 March 2025",
        date=DateSpan.from_dates(dt.date(2025, 3, 10), text="10 March 2025"),
    )


def test_a_follow_up_without_a_date_is_an_event_on_the_same_day() -> None:
    text = (
        "Almaty, 19 November 2024 – A shelter for survivors of trafficking reopened today. "
        "The reopening was followed by a workshop for 30 police investigators."
    )
    dateline = Dateline(
        text="Almaty, 19 November 2024",
        date=DateSpan.from_dates(dt.date(2024, 11, 19), text="19 November 2024"),
    )
    assert records(text, dateline=dateline) == [
        ("opening", "2024-11-19", False, ["Almaty"]),
        ("workshop", "2024-11-19", False, []),
    ]


def test_a_sentence_dated_by_the_dateline_joins_the_event_it_tells_of() -> None:
    text = (
        "Astana, 4 October 2023 – Officials reviewed the profile at a national consultation "
        "held on 3-4 October. The consultation was opened by the vice minister."
    )
    dateline = Dateline(
        text="Astana, 4 October 2023",
        date=DateSpan.from_dates(dt.date(2023, 10, 4), text="4 October 2023"),
    )
    assert records(text, dateline=dateline) == [
        ("consultation", "2023-10-03/2023-10-04", True, ["Astana"])
    ]


def test_a_later_sentence_without_a_date_adds_its_places() -> None:
    text = (
        "A delegation made a study visit to the Philippines from 2 to 6 December 2024. "
        "In Manila, the delegation visited a one-stop shop for migrant workers."
    )
    assert records(text) == [
        ("study_visit", "2024-12-02/2024-12-06", False, ["Philippines", "Manila"])
    ]


def test_the_dateline_city_of_an_event_in_its_region() -> None:
    osh = gazetteer().lookup("Osh")
    assert osh is not None
    text = (
        "Osh – A hub for returnees opened on 14 March 2025. On 2 April the hub hosted a job "
        "fair for 25 employers from Osh Region."
    )
    dateline = Dateline(text="Osh", places=(osh,))
    assert records(text, dateline=dateline) == [
        ("opening", "2025-03-14", False, ["Osh"]),
        ("other", "2025-04-02", True, ["Osh Region", "Osh"]),
    ]


def test_yesterday_is_the_day_before_publication() -> None:
    text = "IOM yesterday handed over two ambulances to the hospital in Talas."
    assert records(text, published=dt.date(2025, 3, 1)) == [
        ("handover", "2025-02-28", False, ["Talas"])
    ]


def test_a_dateline_date_without_a_year_takes_the_year_of_the_text() -> None:
    text = (
        "Бишкек, 29 апреля – МОМ провела семинар для журналистов.\n\n"
        "Это уже третий семинар в 2025 году."
    )
    dateline = Dateline(text="Бишкек, 29 апреля", date=DateSpan.yearless(4, 29, text="29 апреля"))
    assert records(text, dateline=dateline, language="ru") == [
        ("workshop", "2025-04-29", True, ["Bishkek"])
    ]


def test_a_weekday_is_the_last_such_day_up_to_publication() -> None:
    text = "On Monday, IOM launched an information campaign in Naryn."
    # 5 March 2025 is a Wednesday: the Monday before is 3 March
    assert records(text, published=dt.date(2025, 3, 5)) == [
        ("launch", "2025-03-03", False, ["Naryn"])
    ]
    assert (
        records("Every Monday, IOM holds consultations in Naryn.", published=dt.date(2025, 3, 5))
        == []
    )


def test_today_keeps_the_dateline_date_apart_from_an_earlier_event() -> None:
    text = (
        "Bishkek, 10 March 2025 – On 3 March, IOM trained 20 officers in Osh. Today, IOM "
        "held a second training in Bishkek."
    )
    assert records(text, dateline=_dated_dateline()) == [
        ("training", "2025-03-03", True, ["Bishkek", "Osh"]),
        ("training", "2025-03-10", False, ["Bishkek"]),
    ]


def test_a_planned_event_without_a_date_is_not_dated() -> None:
    text = "Bishkek, 10 March 2025 – IOM will hold a conference on returns later this year."
    assert records(text, dateline=_dated_dateline()) == []


def test_an_event_without_a_date_takes_the_dateline_date() -> None:
    text = "Bishkek, 10 March 2025 – IOM held a round table on returns."
    assert records(text, dateline=_dated_dateline()) == [
        ("roundtable", "2025-03-10", False, ["Bishkek"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "IOM has trained 300 officers since 2019.",
        "The law adopted on 5 May 2019 regulates recruitment.",
        "In 2024, 500 migrants returned to Osh.",
        "On 5 May 2025 the government adopted a new migration law.",
        "The minister presented awards to the teachers in Osh.",
        "The training manual, published on 3 May 2025, is online.",
        "Since 14 March 2025, IOM has held weekly meetings in Osh.",
        "The next meeting is expected to take place in Bishkek.",
        "Более 500 мигрантов вернулись в Ош в 2024 году.",
        "Of course, on 5 May 2025 the office in Osh was closed.",
        "In the course of 5 May 2025 the river rose in Osh.",
        "They went by train to Osh on 5 May 2025.",
    ],
)
def test_no_events(text: str) -> None:
    assert records(text) == []


def test_every_trigger_opens_with_a_word_the_index_can_find() -> None:
    from iomkg._reference.lexicons import event_triggers

    triggers = event_triggers()
    assert len({t for t, _k, _s in triggers}) == len(triggers)  # no trigger twice
    for trigger, kind, strength in triggers:
        first = trigger.split()[0].rstrip("*")
        assert len(first) >= 3, trigger
        assert first.replace("-", "").isalpha(), trigger
        assert strength in {"strong", "weak"}, trigger
        assert kind, trigger
