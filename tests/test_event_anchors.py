"""Events dated by another event, years of year-less dates, planned and perfect forms without
an event noun, signings on the same day, and the kinds of inspections and drills (issue 16).

Every sentence here is INVENTED (events, places, people and figures are made up).
Each case gives the exact records: (kind, when.edtf, when.year_inferred, place names).
"""

from __future__ import annotations

import pytest

from iomkg._extract.anchored import find_anchored
from test_event_forms import Record, records

# 1. Days counted from another event, both ways.
ANCHORED: list[tuple[str, str, list[Record]]] = [
    # the sentence's own date dates its event; the reference is a day earlier
    (
        "en",
        "On 15 April 2025, the day after officials had rehearsed the evacuation plan, IOM "
        "held a drill in Khorog.",
        [("training", "2025-04-15", False, ["Khorog"]), ("training", "2025-04-14", False, [])],
    ),
    (
        "en",
        "Three days before the handover, on 10 June 2025, engineers inspected the vehicles "
        "in Naryn.",
        [("handover", "2025-06-13", False, []), ("visit", "2025-06-10", False, ["Naryn"])],
    ),
    (
        "en",
        "On 20 May 2025, two days after the ministers had met in Osh, IOM signed an agreement "
        "with the mayor.",
        [("signing", "2025-05-20", False, []), ("meeting", "2025-05-18", False, ["Osh"])],
    ),
    (
        "en",
        "The round table took place in Osh on 18 November 2024, three days before the handover "
        "of equipment.",
        [("roundtable", "2024-11-18", False, ["Osh"]), ("handover", "2024-11-21", False, [])],
    ),
    (
        "en",
        "On 9 October 2024, a day after the conference closed in Bishkek, delegates travelled "
        "to Karakol.",
        [
            ("visit", "2024-10-09", False, ["Karakol"]),
            ("conference", "2024-10-08", False, ["Bishkek"]),
        ],
    ),
    # the date inside the reference dates it; the sentence's event is counted from it
    (
        "en",
        "A day after the forum on 2 October 2025, participants visited a border post in Naryn.",
        [("visit", "2025-10-03", False, ["Naryn"]), ("conference", "2025-10-02", False, [])],
    ),
    # no date in the sentence: counted from the date before; a duration spans
    (
        "en",
        "IOM launched a campaign in Talas on 6 March 2025. The next day, a two-day training for "
        "volunteers started in Talas.",
        [
            ("campaign", "2025-03-06", False, ["Talas"]),
            ("training", "2025-03-07/2025-03-08", False, ["Talas"]),
        ],
    ),
    (
        "en",
        "IOM opened a migrant resource centre in Osh on 3 May 2025. Two days later, a training "
        "for its staff began.",
        [("opening", "2025-05-03", False, ["Osh"]), ("training", "2025-05-05", False, [])],
    ),
    (
        "en",
        "IOM opened a centre in Osh on 3 May 2025. Two days after the opening, a training for "
        "its staff began.",
        [("opening", "2025-05-03", False, ["Osh"]), ("training", "2025-05-05", False, [])],
    ),
    (
        "en",
        "On 6 March 2025 IOM signed a memorandum in Talas. The following week, volunteers held "
        "meetings with families in Kara-Buura.",
        [
            ("signing", "2025-03-06", False, ["Talas"]),
            ("meeting", "2025-03-10/2025-03-16", False, []),
        ],
    ),
    # a phrase without an event of its own makes none
    (
        "en",
        "The ministry and IOM signed a memorandum on 12 May 2025. Two days later, nothing changed.",
        [("signing", "2025-05-12", False, [])],
    ),
    (
        "ru",
        "15 апреля 2025 года, за день до церемонии передачи оборудования, в Нарыне прошло "
        "совещание.",
        [("meeting", "2025-04-15", False, ["Naryn"]), ("ceremony", "2025-04-16", False, [])],
    ),
    # a reference that runs on to the sentence's own trigger ends before it
    (
        "ru",
        "14 мая 2025 года в Оше прошла встреча экспертов. На следующий день после встречи "
        "открылся форум.",
        [("meeting", "2025-05-14", False, ["Osh"]), ("conference", "2025-05-15", False, [])],
    ),
    (
        "ky",
        "Форумдан бир күн мурун, 2025-жылдын 14-майында, Ош шаарында жолугушуу болду.",
        [("conference", "2025-05-15", False, []), ("meeting", "2025-05-14", False, ["Osh"])],
    ),
    # an explicit date beside a distance is the day
    (
        "en",
        "IOM held a workshop in Naryn on 5 June 2025. The participants visited Talas two days "
        "later, on 8 June 2025.",
        [("workshop", "2025-06-05", False, ["Naryn"]), ("visit", "2025-06-08", False, ["Talas"])],
    ),
    (
        "ru",
        "3 мая 2025 года в Оше открылся ресурсный центр. Через два дня в центре прошёл тренинг "
        "для сотрудников.",
        [("opening", "2025-05-03", False, ["Osh"]), ("training", "2025-05-05", False, [])],
    ),
    (
        "ru",
        "20 мая 2025 года МОМ подписала соглашение в Бишкеке. Двумя днями ранее стороны провели "
        "переговоры в Оше.",
        [("signing", "2025-05-20", False, ["Bishkek"]), ("meeting", "2025-05-18", False, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылдын 5-июнунда Ош шаарында семинар өттү. Бир күн мурун Ош шаарында жолугушуу "
        "болду.",
        [("workshop", "2025-06-05", False, ["Osh"]), ("meeting", "2025-06-04", False, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылдын 5-июнунда Ош шаарында семинар өттү. Кийинки күнү катышуучулар Нарын "
        "шаарына барышты.",
        [("workshop", "2025-06-05", False, ["Osh"]), ("visit", "2025-06-06", False, ["Naryn"])],
    ),
    (
        "ky",
        "2025-жылдын 5-июнунда Ош шаарында семинар өттү. Эртеси күнү катышуучулар Нарын "
        "шаарына барышты.",
        [("workshop", "2025-06-05", False, ["Osh"]), ("visit", "2025-06-06", False, ["Naryn"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ANCHORED)
def test_days_counted_from_another_event(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


def test_the_phrases_and_their_references() -> None:
    text = (
        "On 15 April, the day after officials had rehearsed the plan, IOM held a drill. Two "
        "weeks before the forum in Osh, a survey began. За две недели до форума прошла встреча. "
        "Через три дня после открытия центра прошёл тренинг. Накануне форума прошла встреча. "
        "Тегерек столдон эки күн мурун жолугушуу болду. Форумдун эртеси семинар өттү. "
        "Семинардан кийинки күнү жолугушуу болду."
    )
    assert [(text[a.ref_start : a.ref_end], a.shift) for a in find_anchored(text)] == [
        ("officials had rehearsed the plan", 1),
        ("the forum in Osh", -14),
        ("форума прошла встреча", -14),
        ("открытия центра прошёл тренинг", 3),
        ("форума прошла встреча", -1),
        ("Тегерек стол", -2),
        ("Форум", 1),
        ("Семинар", 1),
    ]
    # a count from the date before names no reference
    assert find_anchored("Two days later, the team left. Через два дня команда уехала.") == []
    assert find_anchored("Эки күндөн кийин команда кетти. Андан бир күн мурун.") == []


# 2. The year of a year-less date.
YEARS: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "On 12 March 2024 IOM held a workshop in Osh. The next round is planned for May 2026. "
        "On 3 April the centre opened in Naryn.",
        [("workshop", "2024-03-12", False, ["Osh"]), ("opening", "2024-04-03", True, ["Naryn"])],
    ),
    # a year in a name or a plan's date gives no year
    (
        "en",
        "The Migration Conference 2026 is being prepared. On 3 April the centre opened in Naryn.",
        [("opening", "XXXX-04-03", False, ["Naryn"])],
    ),
    (
        "en",
        "IOM announced funding for May 2026 in its plan. On 3 April the centre opened in Naryn.",
        [("opening", "XXXX-04-03", False, ["Naryn"])],
    ),
    (
        "ru",
        "12 марта 2024 года в Оше прошёл семинар. Следующий этап запланирован на май 2026 года. "
        "3 апреля в Нарыне открылся центр.",
        [("workshop", "2024-03-12", False, ["Osh"]), ("opening", "2024-04-03", True, ["Naryn"])],
    ),
    (
        "ru",
        "Подготовка к Форуму-2026 началась. 3 апреля в Нарыне открылся центр.",
        [("opening", "XXXX-04-03", False, ["Naryn"])],
    ),
    # a year before the word "year" is a time, not a name
    (
        "ky",
        "ЭМУ 5-мартта Ош шаарында унааларды тапшырды. Бул 2024-жылы берилген алгачкы унаалар.",
        [("handover", "2024-03-05", True, ["Osh"])],
    ),
]


def test_a_date_after_the_day_of_writing_gives_no_year() -> None:
    import datetime as dt

    from iomkg import find_dates

    found = find_dates(
        "The director steps down in May 2026. The fair on 2 December drew 300 people.",
        published=dt.date(2025, 11, 19),
    )
    assert [(m.span.text, m.when.edtf) for m in found] == [
        ("May 2026", "2026-05"),
        ("2 December", "2025-12-02"),
    ]


def test_the_nearest_full_date_before_comes_before_the_dateline() -> None:
    import datetime as dt

    from iomkg import find_dates

    text = "On 12 March 2024 IOM held a workshop in Osh. On 3 April the centre opened."
    found = find_dates(text, dateline_date=dt.date(2025, 1, 10))
    assert [(m.span.text, m.when.edtf) for m in found] == [
        ("12 March 2024", "2024-03-12"),
        ("3 April", "2024-04-03"),
    ]
    # with no full date before it, the dateline's date gives the year
    found = find_dates("On 3 April the centre opened.", dateline_date=dt.date(2025, 1, 10))
    assert [m.when.edtf for m in found] == ["2025-04-03"]


@pytest.mark.parametrize(("language", "text", "expected"), YEARS)
def test_the_year_of_a_yearless_date(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


# 3. Planned and perfect forms without an event noun.
PLANNED: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "In 2025, IOM supports the border service. IOM will screen 300 migrants in Osh on "
        "12-14 May.",
        [("other", "2025-05-12/2025-05-14", True, ["Osh"])],
    ),
    (
        "en",
        "In 2025, IOM supports the border service. Engineers had tried out the new hotline in "
        "Osh on 3 March.",
        [("other", "2025-03-03", True, ["Osh"])],
    ),
    (
        "en",
        "In 2025, IOM supports the border service. The team had piloted the curriculum in Talas "
        "on 3 March.",
        [("other", "2025-03-03", True, ["Talas"])],
    ),
    (
        "en",
        "In 2025, IOM supports the border service. The partners are to present the survey "
        "findings in Bishkek on 12 June.",
        [("launch", "2025-06-12", True, ["Bishkek"])],
    ),
    (
        "en",
        "In 2025, IOM supports the border service. IOM will equip five border posts in Batken "
        "in October and November.",
        [("handover", "2025-10/2025-11", True, ["Batken"])],
    ),
    (
        "en",
        "In 2025, IOM supports the border service. IOM and the mayor will sign a memorandum in "
        "Osh on 5 June.",
        [("signing", "2025-06-05", True, ["Osh"])],
    ),
    (
        "ru",
        "В 2025 году МОМ поддерживает пограничную службу. 12 мая в Оше будет организован семинар.",
        [("workshop", "2025-05-12", True, ["Osh"])],
    ),
    (
        "ru",
        "В 2025 году МОМ поддерживает пограничную службу. 14 мая в Оше МОМ и мэрия подпишут "
        "меморандум.",
        [("signing", "2025-05-14", True, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылы МОМ чек ара кызматын колдойт. 12-майда Ош шаарында жолугушуу өткөрүлөт.",
        [("meeting", "2025-05-12", True, ["Osh"])],
    ),
    # without a date of its own, an activity verb makes no event
    ("en", "IOM will screen migrants at the border.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLANNED)
def test_planned_and_perfect_forms(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


# 4. A signing on the same day is an event of its own.
SAME_DAY: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "On 4 March 2025, IOM handed over equipment to the border service in Osh. On the same "
        "day, IOM and the service signed a cooperation agreement.",
        [("handover", "2025-03-04", False, ["Osh"]), ("signing", "2025-03-04", False, [])],
    ),
    (
        "en",
        "On 4 March 2025, IOM and the ministry signed an agreement in Naryn. On the same day, "
        "IOM and the mayor signed a memorandum.",
        [("signing", "2025-03-04", False, ["Naryn"]), ("signing", "2025-03-04", False, [])],
    ),
    (
        "ru",
        "4 марта 2025 года в Нарыне открылся центр. В тот же день МОМ и мэрия подписали "
        "меморандум.",
        [("opening", "2025-03-04", False, ["Naryn"]), ("signing", "2025-03-04", False, [])],
    ),
    # a signing told in a clause of its own after another event of the sentence
    (
        "en",
        "On 4 March 2025, IOM opened a centre in Naryn, and the mayor and IOM signed a "
        "memorandum on its work.",
        [("opening", "2025-03-04", False, ["Naryn"]), ("signing", "2025-03-04", False, ["Naryn"])],
    ),
    (
        "en",
        "On 12 May 2025 IOM and the ministry held talks in Bishkek and signed a memorandum.",
        [
            ("meeting", "2025-05-12", False, ["Bishkek"]),
            ("signing", "2025-05-12", False, ["Bishkek"]),
        ],
    ),
    # a signing told at an event told before, on its day
    (
        "en",
        "On 4 March 2025, IOM opened a centre in Naryn. At the opening, the mayor and IOM signed "
        "a memorandum.",
        [("opening", "2025-03-04", False, ["Naryn"]), ("signing", "2025-03-04", False, [])],
    ),
    (
        "ru",
        "4 марта 2025 года в Нарыне открылся центр. На церемонии открытия мэрия и МОМ подписали "
        "меморандум.",
        [("opening", "2025-03-04", False, ["Naryn"]), ("signing", "2025-03-04", False, [])],
    ),
    (
        "en",
        "On 4 March 2025, the minister visited Osh. During the visit, the parties agreed that a "
        "memorandum will be signed later.",
        [("visit", "2025-03-04", False, ["Osh"])],
    ),
    # a document "signed" earlier, or by someone, is no signing of the day
    (
        "en",
        "The memorandum signed in 2019 was discussed at a meeting in Osh on 12 May 2025.",
        [("meeting", "2025-05-12", False, ["Osh"])],
    ),
    (
        "en",
        "IOM held a meeting in Osh on 12 May 2025 under the agreement signed by the two "
        "governments.",
        [("meeting", "2025-05-12", False, ["Osh"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SAME_DAY)
def test_a_signing_on_the_same_day(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


# 5. Inspections and monitoring visits are visits; drills and exercises are trainings.
KINDS: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "On 5 May 2025, IOM and the ministry carried out a joint inspection of shelters in Osh.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    (
        "en",
        "On 5 May 2025, officials from IOM and the ministry jointly inspected three shelters in "
        "Osh.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    (
        "en",
        "On 5 May 2025, IOM and the border service conducted a joint monitoring visit to "
        "training centres in Osh.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    (
        "en",
        "On 5 May 2025, 200 rescuers took part in an evacuation exercise in Khorog.",
        [("training", "2025-05-05", False, ["Khorog"])],
    ),
    (
        "en",
        "On 5 May 2025, the ministry held a command-post exercise in Khorog.",
        [("training", "2025-05-05", False, ["Khorog"])],
    ),
    (
        "ru",
        "5 мая 2025 года МОМ и министерство провели совместную проверку приютов в Оше.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    (
        "ru",
        "5 мая 2025 года в Хороге спасатели провели тренировку по эвакуации.",
        [("training", "2025-05-05", False, ["Khorog"])],
    ),
    (
        "ky",
        "2025-жылдын 5-майында Ош шаарында биргелешкен мониторинг жүргүзүлдү.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    # what is monitored or inspected is no event of its own
    (
        "en",
        "On 5 May 2025, IOM staff monitored the trainings for border guards in Osh.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    (
        "ru",
        "5 мая 2025 года МОМ и министерство провели совместный мониторинг тренингов в Оше.",
        [("visit", "2025-05-05", False, ["Osh"])],
    ),
    # what is opened: a gathering beside "opened", not the gathering a centre is for
    (
        "en",
        "On 14 May 2025 the minister opened the workshop in Osh.",
        [("workshop", "2025-05-14", False, ["Osh"])],
    ),
    (
        "ru",
        "14 мая 2025 года МОМ открыла центр консультаций для мигрантов в Оше.",
        [("opening", "2025-05-14", False, ["Osh"])],
    ),
    # the exercise of a right is no exercise
    ("en", "On 5 May 2025, migrants were told how to exercise their rights.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), KINDS)
def test_kinds_of_inspections_and_drills(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


def test_a_sentence_whose_triggers_stand_apart_from_its_dates_makes_no_event() -> None:
    # the trigger inside a quotation, the date and the place outside it
    assert records("“We met the mayor,” she said in Osh on 5 May 2025.") == []
