"""Events told in new wordings (issue 16, fifth round): days told by their distance from an
event dated only by the dateline, events in a clause after "on the eve of" / "накануне" /
"в преддверии", plans in a clause of their own, launches and presentations told by a verb in
every tense, visits that are outreach, dates that found something rather than date an event.

Every sentence here is INVENTED (events, places, people and figures are made up).
Each case gives the exact records: (kind, when.edtf, when.year_inferred, place names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from iomkg import Dateline, DateSpan
from iomkg._extract.anchored import find_anchored
from test_event_forms import Record, records


def _dateline(day: dt.date, city: str = "Osh") -> Dateline:
    return Dateline(
        text=f"{city}, {day.day} {day:%B} {day.year}",
        date=DateSpan.from_dates(day, text=f"{day.day} {day:%B} {day.year}"),
    )


# 1. A day told by its distance ("the next day", "a day earlier", "накануне", "эртеси күнү")
# from an event dated only by the dateline.
DATELINE_DAYS: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "The visiting delegation met the mayor of Tokmok. The next day the delegation "
        "travelled to Karakol.",
        [("meeting", "2025-05-04", False, ["Tokmok"]), ("visit", "2025-05-05", False, ["Karakol"])],
    ),
    (
        "en",
        "IOM opened a resource centre in Uzgen. A day earlier, officials met in Jalal-Abad to "
        "agree on the referral plan.",
        [
            ("opening", "2025-05-04", False, ["Uzgen"]),
            ("meeting", "2025-05-03", False, ["Jalal-Abad"]),
        ],
    ),
    (
        "en",
        "IOM handed over two ambulances in Batken. Two days later, the doctors were trained "
        "in Isfana.",
        [
            ("handover", "2025-05-04", False, ["Batken"]),
            ("training", "2025-05-06", False, ["Isfana"]),
        ],
    ),
    (
        "en",
        "IOM opened a resource centre in Uzgen. The following morning, the delegation "
        "travelled to Talas.",
        [("opening", "2025-05-04", False, ["Uzgen"]), ("visit", "2025-05-05", False, ["Talas"])],
    ),
    (
        "ky",
        "ЭМУ борбор ачты. Эртеси күнү делегация Таласка барды.",
        [("opening", "2025-05-04", False, []), ("visit", "2025-05-05", False, ["Talas"])],
    ),
    (
        "ky",
        "ЭМУ борбор ачты. Бир күн мурун делегация Бишкекте жолугушту.",
        [("opening", "2025-05-04", False, []), ("meeting", "2025-05-03", False, ["Bishkek"])],
    ),
    (
        "ru",
        "МОМ открыла центр для мигрантов в Узгене. Днем ранее специалисты встретились в "
        "Джалал-Абаде.",
        [
            ("opening", "2025-05-04", False, ["Uzgen"]),
            ("meeting", "2025-05-03", False, ["Jalal-Abad"]),
        ],
    ),
    (
        "ru",
        "В Баткене прошел форум молодежи. На следующий день участники посетили приграничное "
        "село Ак-Сай.",
        [
            ("conference", "2025-05-04", False, ["Batken"]),
            ("visit", "2025-05-05", False, ["Ak-Sai"]),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DATELINE_DAYS)
def test_a_day_told_from_the_datelines_day(
    language: str, text: str, expected: list[Record]
) -> None:
    dateline = _dateline(dt.date(2025, 5, 4))
    assert records(text, language=language, dateline=dateline) == expected


def test_without_a_dateline_date_a_day_told_by_its_distance_dates_nothing() -> None:
    text = "IOM opened a resource centre in Uzgen. The next day, the delegation travelled to Osh."
    assert records(text, dateline=Dateline(text="Uzgen")) == []


# 2. An event in a clause after "on the eve of", "ahead of", "накануне", "в преддверии",
# "в канун", "алдында": the clause names another event (or a Day), the sentence's is the one
# told after it.
EVE: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "On 8 April 2025 IOM held a forum in Osh. On the eve of the forum, a roundtable was "
        "held in Bishkek.",
        [
            ("conference", "2025-04-08", False, ["Osh"]),
            ("roundtable", "2025-04-07", False, ["Bishkek"]),
        ],
    ),
    (
        "en",
        "On the eve of the forum, on 7 April 2025, a roundtable was held in Bishkek.",
        [("conference", "2025-04-08", False, []), ("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
    (
        "en",
        "On the eve of International Migrants Day, a roundtable was held in Osh on 17 "
        "December 2025.",
        [("roundtable", "2025-12-17", False, ["Osh"])],
    ),
    (
        "en",
        "In the run-up to the forum, IOM held a roundtable in Bishkek on 7 April 2025.",
        [("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
    (
        "ru",
        "В преддверии форума 7 апреля 2025 года в Бишкеке прошел круглый стол.",
        [("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
    (
        "ru",
        "В канун Международного дня мигрантов в Оше 17 декабря 2025 года прошел круглый стол.",
        [("roundtable", "2025-12-17", False, ["Osh"])],
    ),
    (
        "ru",
        "8 апреля 2025 года в Бишкеке открылся форум. Накануне представители министерства "
        "побывали в Оше.",
        [("conference", "2025-04-08", False, ["Bishkek"]), ("visit", "2025-04-07", False, ["Osh"])],
    ),
    (
        "ky",
        "Форумдун алдында 2025-жылдын 7-апрелинде Бишкекте тегерек стол өткөрүлдү.",
        [("roundtable", "2025-04-07", False, ["Bishkek"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EVE)
def test_an_event_after_a_clause_that_names_another(
    language: str, text: str, expected: list[Record]
) -> None:
    assert records(text, language=language) == expected


def test_the_eve_phrases_and_their_references() -> None:
    text = "On the eve of the forum in Osh, a roundtable took place. В канун форума прошла акция."
    assert [(text[a.ref_start : a.ref_end], a.shift) for a in find_anchored(text)] == [
        ("the forum in Osh", -1),
        ("форума прошла акция", -1),
    ]
    # "eve" alone, or in "every", names no day
    assert find_anchored("Every evening, on New Year's Eve, the team met.") == []


# 3. A word of a plan in a clause of its own, after the event's verb in the past.
def test_a_plan_told_after_the_event_does_not_make_it_a_plan() -> None:
    dateline = _dateline(dt.date(2025, 3, 3), "Khujand")
    text = (
        "The regional administration and IOM signed a memorandum in Khujand today that sets "
        "out how the two will support returnees in Kazakhstan. The signing was followed by a "
        "round table with local banks."
    )
    assert records(text, dateline=dateline) == [
        ("signing", "2025-03-03", False, ["Khujand"]),
        ("roundtable", "2025-03-03", False, []),
    ]
    # the plan is the sentence's own: no event, no date
    text = "The regional administration and IOM will sign a memorandum in Khujand."
    assert records(text, dateline=dateline) == []
    text = "IOM organised a fair in Khujand, and will hold another one in Kazakhstan."
    assert records(text, dateline=dateline) == []


# 4. Launches, presentations and other activities told by a verb, in the past, the future and
# the plural or impersonal forms (Russian and Kyrgyz), with a date of their own.
VERB_FORMS: list[tuple[str, str, list[Record]]] = [
    (
        "ru",
        "15 марта 2025 года в Оше МОМ и мэрия представили мобильное приложение для мигрантов.",
        [("launch", "2025-03-15", False, ["Osh"])],
    ),
    (
        "ru",
        "Справочник для выпускников представят 12 мая 2025 года в Таласе.",
        [("launch", "2025-05-12", False, ["Talas"])],
    ),
    (
        "ru",
        "Новые маршруты для туристов презентуют 3 июня 2025 года в Караколе.",
        [("launch", "2025-06-03", False, ["Karakol"])],
    ),
    ("ru", "Горячая линия заработает 18 декабря 2025 года.", [("launch", "2025-12-18", False, [])]),
    (
        "ru",
        "Новый центр для мигрантов заработает 18 декабря 2025 года в Оше.",
        [("opening", "2025-12-18", False, ["Osh"])],
    ),
    (
        "ru",
        "Спасатели отремонтируют школу в Кара-Суу с 4 по 9 августа 2025 года.",
        [("other", "2025-08-04/2025-08-09", False, ["Kara-Suu"])],
    ),
    (
        "ru",
        "Победителей конкурса наградят 20 июня 2025 года в Таласе.",
        [("ceremony", "2025-06-20", False, ["Talas"])],
    ),
    ("ru", "Делегация прибудет в Ош 5 мая 2025 года.", [("visit", "2025-05-05", False, ["Osh"])]),
    (
        "ru",
        "Участники получат сертификаты 20 июня 2025 года.",
        [("handover", "2025-06-20", False, [])],
    ),
    (
        "ru",
        "Всемирный день беженцев отметят 20 июня 2025 года в Оше.",
        [("commemoration", "2025-06-20", False, ["Osh"])],
    ),
    (
        "ru",
        "Центр начнет работу 1 сентября 2025 года в Баткене.",
        [("opening", "2025-09-01", False, ["Batken"])],
    ),
    (
        "ky",
        "2025-жылдын 14-майында Бишкекте мигранттар үчүн колдонмону тааныштырышты.",
        [("launch", "2025-05-14", False, ["Bishkek"])],
    ),
    (
        "ky",
        "2025-жылдын 3-июнунда жаштар борборун ачышты.",
        [("opening", "2025-06-03", False, [])],
    ),
    ("ky", "2025-жылдын 5-майында делегация Таласка барды.", [("visit", "2025-05-05", False, [])]),
    (
        "ky",
        "2025-жылдын 5-майында кызматкерлер иш алып барышты.",
        [("other", "2025-05-05", False, [])],
    ),
    (
        "ky",
        "2025-жылдын 5-майында министр менен жолугушту.",
        [("meeting", "2025-05-05", False, [])],
    ),
    (
        "ky",
        "2025-жылдын 20-июнунда бүтүрүүчүлөргө дипломдорду тапшырышат.",
        [("handover", "2025-06-20", False, [])],
    ),
    (
        "en",
        "On 12 May 2025 IOM presented a new guide for returnees in Osh.",
        [("launch", "2025-05-12", False, ["Osh"])],
    ),
    (
        "en",
        "On 12 May 2025 IOM rolled out a mobile app for seasonal workers in Naryn.",
        [("launch", "2025-05-12", False, ["Naryn"])],
    ),
    (
        "en",
        "On 12 May 2025, officials agreed on a common referral form in Osh.",
        [("meeting", "2025-05-12", False, ["Osh"])],
    ),
    # a year-less day pair with no year anywhere stays year-less
    (
        "en",
        "On 10–11 June, twelve officers studied forged passports in Tokmok.",
        [("training", "XXXX-06-10/XXXX-06-11", False, ["Tokmok"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), VERB_FORMS)
def test_an_event_told_by_a_verb_in_any_tense(
    language: str, text: str, expected: list[Record]
) -> None:
    assert records(text, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В среднем мигрант заработает 500 долларов в месяц."),
        ("ru", "Авторы представили себя участникам."),
        ("en", "The officials agreed on a common referral form."),
        ("en", "Students studied hard for their exams."),
    ],
)
def test_a_verb_without_a_date_of_its_own_is_no_event(language: str, text: str) -> None:
    assert records(text, language=language) == []


def test_an_activity_dated_by_the_dateline_written_as_its_sentences_first_words() -> None:
    day = dt.date(2025, 5, 14)
    dateline = Dateline(
        text="Бишкек – 14 мая 2025 года",
        date=DateSpan.from_dates(day, text="14 мая 2025 года"),
    )
    text = "Бишкек – 14 мая 2025 года в Бишкеке МОМ представили путеводитель для мигрантов."
    assert records(text, language="ru", dateline=dateline) == [
        ("launch", "2025-05-14", False, ["Bishkek"])
    ]


# 5. The kind comes from the event's own head: visits that reach places in numbers are
# outreach (a campaign); "visiting" before who visits names no visit.
KINDS: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "Throughout June and July 2025, trainers visited 64 villages in Naryn to show "
        "families how to save.",
        [("campaign", "2025-06/2025-07", False, ["Naryn"])],
    ),
    (
        "en",
        "Interviewers will visit 12,000 households from 16 February to 27 March 2026.",
        [("campaign", "2026-02-16/2026-03-27", False, [])],
    ),
    (
        "en",
        "Puppet shows on safe migration toured five schools of Talas Region between 13 and "
        "17 May 2019.",
        [("campaign", "2019-05-13/2019-05-17", False, ["Talas Region"])],
    ),
    (
        "en",
        "On 5 May 2025 volunteers went door to door in 30 villages of Kochkor District.",
        [("campaign", "2025-05-05", False, ["Kochkor District"])],
    ),
    (
        "ru",
        "С 1 по 20 июня 2025 года волонтеры посетили 40 сел Нарынской области.",
        [("campaign", "2025-06-01/2025-06-20", False, ["Naryn Region"])],
    ),
    (
        "ru",
        "С 1 по 20 июня 2025 года интервьюеры обошли 3000 домохозяйств.",
        [("campaign", "2025-06-01/2025-06-20", False, [])],
    ),
    (
        "ky",
        "2025-жылдын июнь айында ыктыярчылар 40 айылды кыдырышты.",
        [("campaign", "2025-06", False, [])],
    ),
    # a visit to a place, or to a few
    (
        "en",
        "On 5 May 2025 the Ambassador visited two schools in Osh.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    (
        "en",
        "On 5 May 2025 the delegation visited the village of Kara-Suu.",
        [("visit", "2025-05-05", False, ["Kara-Suu"])],
    ),
    # "visiting" says who
    (
        "en",
        "On 9 February 2026, visiting researchers presented a study on remittances in Bishkek.",
        [("launch", "2026-02-09", False, ["Bishkek"])],
    ),
    (
        "en",
        "On 9 February 2026, IOM and the visiting EU delegation presented the findings of a "
        "survey in Bishkek.",
        [("launch", "2026-02-09", False, ["Bishkek"])],
    ),
    (
        "en",
        "On 9 February 2026, during a visit to Bishkek, IOM launched a survey of migrants.",
        [("launch", "2026-02-09", False, ["Bishkek"])],
    ),
    (
        "ru",
        "9 февраля 2026 года в ходе визита в Бишкек МОМ представила исследование о миграции.",
        [("launch", "2026-02-09", False, ["Bishkek"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), KINDS)
def test_the_kind_comes_from_the_events_head(
    language: str, text: str, expected: list[Record]
) -> None:
    assert records(text, language=language) == expected


# 6. A date that says when something was founded dates no event; a part of an event told
# before ("the sessions") is no event of its own.
FOUNDED: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "The centre, founded on 14 May 2016, held a meeting on 3 March 2025 in Osh.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "ru",
        "Ассоциация, основанная 14 мая 2016 года, провела встречу 3 марта 2025 года в Оше.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "en",
        "Since 14 May 2016, the council has met every month. On 3 March 2025 it held a meeting "
        "in Osh.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "en",
        "The strategy, approved on 14 May 2016, was discussed at a meeting in Osh on 3 March 2025.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "en",
        "The association, registered on 14 May 2016, met officials in Osh on 3 March 2025.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "ru",
        "Закон, принятый 14 мая 2016 года, обсудили на встрече в Оше 3 марта 2025 года.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "ru",
        "Центр, открытый 14 мая 2016 года, провел встречу 3 марта 2025 года в Оше.",
        [("meeting", "2025-03-03", False, ["Osh"])],
    ),
    (
        "ru",
        "Открытие центра прошло 14 мая 2016 года в Оше.",
        [("opening", "2016-05-14", False, ["Osh"])],
    ),
    # an opening is dated by its day, however long ago
    (
        "en",
        "On 14 May 2016 IOM opened a centre in Osh.",
        [("opening", "2016-05-14", False, ["Osh"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUNDED)
def test_a_founding_date_dates_no_event(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


def test_the_sessions_of_a_training_told_before_are_no_event_of_their_own() -> None:
    dateline = _dateline(dt.date(2025, 5, 20))
    text = (
        "Thirty social workers took part in a training in Osh from 12 to 14 May 2025. "
        '"Listen first," said Aziza Invented, a psychologist who led two of the sessions.'
    )
    assert records(text, dateline=dateline) == [
        ("training", "2025-05-12/2025-05-14", False, ["Osh"])
    ]
    # with nothing told before, a session is a meeting of the dateline's day
    text = "The first session was chaired by the deputy mayor of Osh."
    assert records(text, dateline=dateline) == [("meeting", "2025-05-20", False, ["Osh"])]


# 7. Going to a place the gazetteer knows is a visit; a day of an event named in a reference
# to it ("the day after the course") is that event when its days hold it.
def test_going_to_a_known_place_is_a_visit() -> None:
    dateline = _dateline(dt.date(2025, 11, 20), "Bishkek")
    text = (
        "Returned workers met recruiters in Bishkek. Two days later, eight of them went to "
        "Talas to tell students how the scheme works."
    )
    assert records(text, dateline=dateline) == [
        ("meeting", "2025-11-20", False, ["Bishkek"]),
        ("visit", "2025-11-22", False, ["Talas"]),
    ]
    text = (
        "4 мая 2025 года МОМ открыл центр в Оше. На следующий день делегация отправилась в Талас."
    )
    assert records(text, language="ru") == [
        ("opening", "2025-05-04", False, ["Osh"]),
        ("visit", "2025-05-05", False, ["Talas"]),
    ]
    # what went somewhere, or was sent, is no visit
    assert records("On 5 May 2025 the first prize went to a school in Osh.") == []
    text = "5 мая 2025 года сотрудники отправили гуманитарную помощь в Баткен."
    assert records(text, language="ru") == []


def test_a_day_named_in_a_reference_joins_the_event_whose_days_hold_it() -> None:
    text = (
        "A course ran in Shymkent from 21 to 23 October 2025. On 24 October, the day after "
        "the course, the teachers visited a school in Shymkent."
    )
    assert records(text) == [
        ("training", "2025-10-21/2025-10-23", False, ["Shymkent"]),
        ("visit", "2025-10-24", True, ["Shymkent"]),
    ]


def test_tried_it_out_is_an_activity() -> None:
    text = (
        "Officers endorsed a checklist at a meeting in Tashkent on 12–13 November 2025, three "
        "weeks after their teams had tried it out at the border on 22 October."
    )
    assert records(text) == [
        ("meeting", "2025-11-12/2025-11-13", False, ["Tashkent"]),
        ("other", "2025-10-22", True, []),
    ]
