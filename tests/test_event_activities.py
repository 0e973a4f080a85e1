"""Events told with no event noun (an activity verb, its object and a date), days of an event
told before ("joined on the second day"), and the kinds of phrases that look like another kind.

Every sentence here is INVENTED (events, places, people and figures are made up).
Each case gives the exact records: (kind, when.edtf, when.year_inferred, place names).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from iomkg import Dateline, DateSpan, EventKind
from test_event_forms import Record, records

# An activity verb with a date of its own in its clause is an event.
ACTIVITIES: list[tuple[str, str, list[Record]]] = [
    (
        "en",
        "Thirty invented returnees pitched business plans to a panel of bankers in Talas "
        "on 4 March 2025.",
        [("other", "2025-03-04", False, ["Talas"])],
    ),
    (
        "en",
        "Students of an invented college surveyed 450 households in Naryn in May and June 2024.",
        [("other", "2024-05/2024-06", False, ["Naryn"])],
    ),
    (
        "en",
        "A mobile team examined 800 seasonal workers in Osh from 3 to 9 October 2025.",
        [("other", "2025-10-03/2025-10-09", False, ["Osh"])],
    ),
    (
        "en",
        "The findings were presented to the regional council in Osh on 14 November 2025.",
        [("launch", "2025-11-14", False, ["Osh"])],
    ),
    (
        "en",
        "Twenty women received sewing certificates in Karakol on 2 June 2025.",
        [("handover", "2025-06-02", False, ["Karakol"])],
    ),
    (
        "en",
        "Five villages received new drinking-water points in Talas on 26 June 2025.",
        [("handover", "2025-06-26", False, ["Talas"])],
    ),
    (
        "en",
        "Volunteers of an invented club marched through Osh on 8 March 2025.",
        [("campaign", "2025-03-08", False, ["Osh"])],
    ),
    (
        "ru",
        "Волонтеры опросили 300 мигрантов в Оше 12 мая 2025 года.",
        [("other", "2025-05-12", False, ["Osh"])],
    ),
    (
        "ru",
        "Выпускники защитили бизнес-планы перед жюри в Нарыне 5 апреля 2025 года.",
        [("other", "2025-04-05", False, ["Naryn"])],
    ),
    (
        "ru",
        "Результаты исследования были представлены в Оше 3 июня 2025 года.",
        [("launch", "2025-06-03", False, ["Osh"])],
    ),
    (
        "ky",
        "ЭМУнун кызматкерлери 2025-жылдын 3-мартында 200 жаштарды сурамжылашты.",
        [("other", "2025-03-03", False, [])],
    ),
    (
        "en",
        "Nurses from an invented clinic vaccinated 400 returnees against measles in Talas on "
        "12 and 13 May 2025.",
        [("campaign", "2025-05-12/2025-05-13", False, ["Talas"])],
    ),
    (
        "en",
        "Twelve invented start-ups competed for three grants at an incubator in Bishkek on "
        "19 March 2025.",
        [("other", "2025-03-19", False, ["Bishkek"])],
    ),
    (
        "en",
        "Teachers of an invented school taught 60 children about safe migration in Naryn on "
        "1 October 2025.",
        [("training", "2025-10-01", False, ["Naryn"])],
    ),
    (
        "en",
        "IOM equipped two invented border posts with scanners in Kara-Suu on 5 December 2025.",
        [("handover", "2025-12-05", False, ["Kara-Suu"])],
    ),
    (
        "en",
        "The grants were handed to the winners on 20 May 2025 in Osh.",
        [("handover", "2025-05-20", False, ["Osh"])],
    ),
    (
        "en",
        "The survey was conducted from 3 to 20 March 2025 in Osh and Jalal-Abad.",
        [("other", "2025-03-03/2025-03-20", False, ["Osh", "Jalal-Abad"])],
    ),
    (
        "ru",
        "Медики обследовали 250 мигрантов в Баткене 14 апреля 2025 года.",
        [("other", "2025-04-14", False, ["Batken"])],
    ),
    (
        "ru",
        "14 апреля 2025 года 30 женщин получили сертификаты в Оше.",
        [("handover", "2025-04-14", False, ["Osh"])],
    ),
    (
        "ru",
        "МОМ оснастила два пограничных поста в Баткене 3 марта 2025 года.",
        [("handover", "2025-03-03", False, ["Batken"])],
    ),
    (
        "ky",
        "2025-жылдын 10-апрелинде Ош шаарында 50 мигрант медициналык текшерүүдөн өттү.",
        [("other", "2025-04-10", False, ["Osh"])],
    ),
    (
        "ru",
        "3 июня 2025 года в Оше 120 сезонных работников прошли медосмотр.",
        [("other", "2025-06-03", False, ["Osh"])],
    ),
    (
        "ky",
        "2025-жылдын 3-июнунда Ош шаарында 300 бала кызамыкка каршы эмделди.",
        [("campaign", "2025-06-03", False, ["Osh"])],
    ),
    (
        "en",
        "On 3 June 2025 a team of invented volunteers is interviewing 50 returnees in Osh.",
        [("other", "2025-06-03", False, ["Osh"])],
    ),
    # a later mention of the pitch is the same event
    (
        "en",
        "Thirty returnees pitched business ideas to a jury in Osh on 11 November 2025. "
        "The contest closed four months of mentoring.",
        [("other", "2025-11-11", False, ["Osh"])],
    ),
    # a fair is an event (a noun), fair recruitment is not
    (
        "en",
        "The winners will present their products at a regional fair in Osh on 20 February 2026.",
        [("other", "2026-02-20", False, ["Osh"])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ACTIVITIES)
def test_an_activity_with_a_date_is_an_event(
    language: str, text: str, expected: list[Record]
) -> None:
    assert records(text, language=language) == expected


# An activity with no date of its own, or a date that is not its own, is no event.
@pytest.mark.parametrize(
    "text",
    [
        "The clinics screened migrants for hepatitis in Osh.",
        "In May 2025 the invented centre received 300 calls.",
        "The survey, published on 5 May 2025, shows that 40 per cent of returnees are idle.",
        "The mayor handed the licences to the graduates and promised to hire ten of them "
        "in March 2025.",
        "The Fair Recruitment Initiative was launched in 2024. Fair recruitment was discussed "
        "in Osh.",
        "Опрос показал, что 40 процентов молодых людей хотят уехать.",
        "The results of the assessment show that 40 per cent of households received "
        "remittances in 2024.",
        "In 2023, IOM screened 12,000 migrants in Osh.",
        "Since January 2025, the centre has counselled 800 returnees.",
        "The project will equip ten schools in Naryn by December 2025.",
    ],
)
def test_no_activity_event(text: str) -> None:
    assert records(text) == []


def test_an_undated_activity_is_not_dated_by_the_dateline() -> None:
    dateline = Dateline(
        text="Osh, 5 May 2025",
        date=DateSpan.from_dates(dt.date(2025, 5, 5), text="5 May 2025"),
    )
    text = "Osh, 5 May 2025 – Mobile teams examined 500 migrants in Osh."
    assert records(text, dateline=dateline) == []
    # a trigger in the same place is an event of the dateline's day
    text = "Osh, 5 May 2025 – Mobile teams held a workshop in Osh."
    assert records(text, dateline=dateline) == [("workshop", "2025-05-05", False, ["Osh"])]


# Days of an event told before, and events dated by another.
DAYS: list[tuple[str, str, list[Record]]] = [
    # "joined on the second day" is a day of the forum, not a new visit
    (
        "en",
        "A forum on labour mobility took place in Osh on 3–4 June 2025. A delegation of an "
        "invented ministry joined on the second day, and on 5 June the delegates visited a "
        "border post in Kara-Suu.",
        [
            ("conference", "2025-06-03/2025-06-04", False, ["Osh"]),
            ("visit", "2025-06-05", True, ["Kara-Suu"]),
        ],
    ),
    # "on the same day as the opening": the first day of the event told
    (
        "en",
        "Experts met in Osh on 10–11 March 2025 for a conference. On the same day as the "
        "opening, IOM launched a hotline.",
        [
            ("conference", "2025-03-10/2025-03-11", False, ["Osh"]),
            ("launch", "2025-03-10", False, []),
        ],
    ),
    # the last day of the training is not another training
    (
        "ru",
        "В Оше с 10 по 12 ноября 2025 года прошел тренинг. В последний день тренинга, "
        "12 ноября, участники посетили пограничный пост.",
        [
            ("training", "2025-11-10/2025-11-12", False, ["Osh"]),
            ("visit", "2025-11-12", True, []),
        ],
    ),
    # the last day of a school of no known year
    (
        "ky",
        "Ош облусунун 30 жашы 3–5-июлда Ош шаарында жайкы мектепке катышты. Мектептин "
        "акыркы күнү катышуучулар музейге барышты.",
        [
            ("training", "XXXX-07-03/XXXX-07-05", False, ["Osh Region", "Osh"]),
            ("visit", "XXXX-07-05", False, []),
        ],
    ),
    # two events of one day in two sentences stay two
    (
        "en",
        "On 5 May 2025, IOM held a workshop in Osh. On 5 May 2025, the minister visited a "
        "shelter in Osh.",
        [
            ("workshop", "2025-05-05", False, ["Osh"]),
            ("visit", "2025-05-05", False, ["Osh"]),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DAYS)
def test_days_of_events(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


# Phrases whose kind is not that of their first event word.
KINDS: list[tuple[str, str, list[Record]]] = [
    # what was brought together is the event: a moot court is a competition
    (
        "en",
        "A moot court brought together 30 students in Osh on 3 May 2025.",
        [("other", "2025-05-03", False, ["Osh"])],
    ),
    (
        "en",
        "IOM brought together 30 officials in Osh on 3 May 2025.",
        [("meeting", "2025-05-03", False, ["Osh"])],
    ),
    # licences handed after a course: the handover, not the course
    (
        "en",
        "Twenty women received driving licences in Osh on 30 January 2025 after a two-month "
        "course.",
        [("handover", "2025-01-30", False, ["Osh"])],
    ),
    # grants "for the opening of a small business" open nothing; defending business plans
    # is a competition
    (
        "ru",
        "Восемнадцать мигрантов 15.04.2025 получили в Таласе гранты на открытие малого "
        "бизнеса, а днем ранее они защитили свои бизнес-планы перед комиссией.",
        [
            ("handover", "2025-04-15", False, ["Talas"]),
            ("other", "2025-04-14", False, ["Talas"]),
        ],
    ),
    # a ceremony that hands certificates is a ceremony; graduating from a course is one too
    (
        "en",
        "A ceremony in Osh on 5 May 2025 handed certificates to 30 graduates of a three-month "
        "course.",
        [("ceremony", "2025-05-05", False, ["Osh"])],
    ),
    (
        "en",
        "Thirty students graduated from the course in Osh on 5 May 2025.",
        [("ceremony", "2025-05-05", False, ["Osh"])],
    ),
    # a visit told twice (a title-like sentence, then the detail) is one visit
    (
        "ru",
        "Делегация МОМ посетила Нарын 5 мая 2025 года. 5 мая делегация МОМ посетила центр "
        "занятости в Нарыне и встретилась с мигрантами.",
        [("visit", "2025-05-05", False, ["Naryn"])],
    ),
    (
        "ru",
        "Визит делегации МОМ в Нарын. 5 мая 2025 года делегация посетила центр занятости в Нарыне.",
        [("visit", "2025-05-05", False, ["Naryn"])],
    ),
    # "консультация борбору" (a consultation centre) is a place, not a consultation
    (
        "ky",
        "Таласта 5-майда 2025-жылы кесиптик консультация борбору ачылды.",
        # (the year written after the day is the date's: "5-майда 2025-жылы")
        [("opening", "2025-05-05", False, [])],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), KINDS)
def test_kinds(language: str, text: str, expected: list[Record]) -> None:
    assert records(text, language=language) == expected


def test_every_activity_is_indexed_and_of_a_known_kind() -> None:
    from iomkg._reference.lexicons import event_activities, event_triggers

    activities = event_activities()
    names = [a for a, _k in activities]
    assert len(set(names)) == len(names)  # no activity twice
    assert not set(names) & {t for t, _k, _s in event_triggers()}  # nor also a trigger
    for activity, kind in activities:
        first = activity.split()[0].rstrip("*")
        assert len(first) >= 3, activity
        assert first.isalpha(), activity  # the trigger index finds whole words
        EventKind(kind)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2025 IOM met mayors in Osh. The next day, they visited Naryn; two days "
        "later the team left. Three weeks earlier, on the first day, nothing. THE SAME DAY",
        "Семинар прошел 3 мая 2025 года. На следующий день участники посетили Нарын, а "
        "через два дня – Талас. Днём ранее, накануне, в тот же день и неделей позже.",
        "Ош шаарында 3-майда тренинг өттү. Эртеси күнү катышуучулар Нарынга барышты, эки "
        "күндөн кийин Таласка. Ошол эле күнү, бир жума мурун, акыркы күнү.",
        "day " * 50 + "the same day",
        "No phrase here at all, only a holiday on Monday and today.",
    ],
)
def test_days_told_by_distance_are_found_around_their_words(text: str) -> None:
    # invented text; the look around the words of days finds what a whole-text search finds
    from iomkg._extract import events

    lex = events._lexicon()
    _found, marks = events._triggers(text, lex)
    assert marks is not None
    around = [m.span() for m in events._relative_days(text, marks, lex.relative)]
    assert around == [m.span() for m in lex.relative.finditer(text)]


def _ellipsis_texts() -> list[str]:
    """Invented sentences with a trigger's "…" over 0 to 7 words, near and far."""
    fillers = ["their", "well-made", "IOM’s", "new", "first-ever", "long-awaited", "o'clock"]
    texts = []
    for n in range(8):
        words = " ".join(fillers[:n])
        texts.append(f"On 3 May 2025, 40 women received {words} certificates and kits.")
        texts.append(f"Участники получили {words} сертификаты, а школа – компьютеры.")
        texts.append(f"They received {words}, certificates; {'x' * 30 * n} grants, tools.")
    texts.append("Received  kits " + "word " * 45 + "equipment and water points.")
    texts.append("RECEIVED-TOOLS and received drinking water points and received")
    return texts


@pytest.mark.parametrize("text", _ellipsis_texts())
def test_a_narrowed_trigger_pattern_matches_as_the_whole(text: str) -> None:
    # invented text; the triggers without those with a "…" whose word after it is not near,
    # tried one by one, find the trigger the pattern of all of them finds
    from iomkg._extract import events

    lex = events._lexicon()
    spaced = events._spaced(text)
    assert spaced is not None
    assert spaced[1]  # cp1251 writes every character
    padded = b" " + spaced[0] + b"   "
    for word in re.finditer(r"\w+", text):
        spelt = padded[word.start() + 1 : word.end() + 1]
        whole = lex.combine(spelt)
        a = whole[0].match(text, word.start())
        expected = None if a is None else (a.end(), whole[1][(a.lastindex or 1) - 1])
        found = None
        for pattern, tag, _stem, _more in lex.narrow(spelt, padded, word.end() + 1)[0]:
            b = pattern.match(text, word.start())
            if b is not None:
                found = (b.end(), tag)
                break
        assert found == expected, spelt


@pytest.mark.parametrize(
    "text",
    [
        "Since 3 May, by  4 May, as of 5 May, before 6 May, until 7 May, till 8 May, nearby 9 May.",
        "Со 2 мая, с  3 мая, до 4 мая, после 5 мая, вопрос 6 мая (до 7 мая), SINCE 8 May.",
        "By 1 June; of 2 June; ab 3 June, the 4 June and on 5 June in Osh.",
    ],
)
def test_the_look_for_a_bound_before_a_date_misses_none(text: str) -> None:
    # invented text; wherever the pattern of a bound before a date matches, the look at
    # the word before it in the bytes says it may
    from iomkg._extract import events

    lex = events._lexicon()
    spaced = events._spaced(text)
    assert spaced is not None
    padded = b" " + spaced[0] + b"   "
    matched = 0
    for start in range(len(text) + 1):
        if lex.not_event_date.search(text, max(0, start - 12), start) is not None:
            matched += 1
            assert events._bound_word_before(padded, start), text[:start]
    assert matched  # the texts have bounds
