"""Dates in running text: iomkg.find_dates and iomkg.parse_date.

Every sentence here is invented (people, events and figures are made up); the
date forms follow FORMATS.md §6.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iomkg
from iomkg import DateMention, Precision

D, M, Y = Precision.DAY, Precision.MONTH, Precision.YEAR


def only(text: str, **context: dt.date | None) -> DateMention:
    found = iomkg.find_dates(text, **context)  # type: ignore[arg-type]
    assert len(found) == 1, [m.span.text for m in found]
    return found[0]


# (sentence, date as written, precision, edtf, is_period)
FORMS = [
    (
        "On 22-23 June 2023, twelve clerks met in Karakol.",
        "22-23 June 2023",
        D,
        "2023-06-22/2023-06-23",
        False,
    ),
    (
        "The school ran on 12-13 September 2023 in Naryn.",
        "12-13 September 2023",
        D,
        "2023-09-12/2023-09-13",
        False,
    ),
    (
        "A course took place on 18-21 November 2014.",
        "18-21 November 2014",
        D,
        "2014-11-18/2014-11-21",
        False,
    ),
    (
        "From June 6 to June 10, 2016, a group of mayors travelled.",
        "From June 6 to June 10, 2016",
        D,
        "2016-06-06/2016-06-10",
        False,
    ),
    (
        "From March 30 to April 1 2015 the fair stayed open.",
        "From March 30 to April 1 2015",
        D,
        "2015-03-30/2015-04-01",
        False,
    ),
    (
        "On December 18th, 2014, volunteers sang in the park.",
        "December 18th, 2014",
        D,
        "2014-12-18",
        False,
    ),
    ("On December 18 , 2014 at 11.00 a choir sang.", "December 18 , 2014", D, "2014-12-18", False),
    (
        "In January and February 2023, the plans were discussed.",
        "January and February 2023",
        M,
        "2023-01/2023-02",
        False,
    ),
    ("The census ran in October 2022 across the valley.", "October 2022", M, "2022-10", False),
    ("The first office opened in 2013 in Tokmok.", "2013", Y, "2013", False),
    ("In 2013-2014 the hotline took 900 calls.", "2013-2014", Y, "2013/2014", False),
    (
        "Friday, January 12th 2018 was the day of the vote.",
        "Friday, January 12th 2018",
        D,
        "2018-01-12",
        False,
    ),
    (
        "The exhibition runs 01 November 2025 – 25 January 2026 in Osh.",
        "01 November 2025 – 25 January 2026",
        D,
        "2025-11-01/2026-01-25",
        False,
    ),
    ("Семинар прошёл 22 июня 2023 г. в Оше.", "22 июня 2023 г.", D, "2023-06-22", False),
    (
        "Форум прошёл с 6 по 10 июня 2016 года в Бишкеке.",
        "с 6 по 10 июня 2016 года",
        D,
        "2016-06-06/2016-06-10",
        False,
    ),
    (
        "The report was signed on 05 July 2019 г. in Talas.",
        "05 July 2019 г.",
        D,
        "2019-07-05",
        False,
    ),
    ("Archive note [29.06.2OO3] on the border post.", "29.06.2OO3", D, "2003-06-29", False),
    ("date 2021-04-29 IOM trained forty guards.", "2021-04-29", D, "2021-04-29", False),
    ("Cairo, October 22,2015 – the delegates met.", "October 22,2015", D, "2015-10-22", False),
    # Kazakh native month names, nominative and locative (invented sentences).
    ("Астана, 12 қазан 2022 – ойдан шығарылған кездесу.", "12 қазан 2022", D, "2022-10-12", False),
    (
        "Consultations were held January 23/29, 2014 in two towns.",
        "January 23/29, 2014",
        D,
        "2014-01-23/2014-01-29",
        False,
    ),
    ("Встреча прошла в январе 2023 года в Таласе.", "январе 2023 года", M, "2023-01", False),
    (
        "The survey ran from October 2022 – March 2023.",
        "from October 2022 – March 2023",
        M,
        "2022-10/2023-03",
        False,
    ),
    (
        "The Strategy of the Kyrgyz Republic for 2022-2030 was adopted.",
        "2022-2030",
        Y,
        "2022/2030",
        True,
    ),
    ("A National Action Plan until 2025 guides the work.", "2025", Y, "2025", True),
    ("The board approved work plans for 2023-2024.", "2023-2024", Y, "2023/2024", True),
    ("The Cooperation Framework 2023-2027 sets five goals.", "2023-2027", Y, "2023/2027", True),
    ("Funding is agreed for 2024-2026 only.", "2024-2026", Y, "2024/2026", True),
    ("The office has worked in the country since 1997.", "1997", Y, "1997", False),
    ("In the summer of 2015 the orchard flowered.", "2015", Y, "2015", False),
    ("Mon, 3 May 2024 was the first day of the fair.", "Mon, 3 May 2024", D, "2024-05-03", False),
    (
        "Ярмарка работала со 2 по 5 мая 2024 г. в Нарыне.",
        "со 2 по 5 мая 2024 г.",
        D,
        "2024-05-02/2024-05-05",
        False,
    ),
    ("Приказ подписан 18.12.2014 г. в Оше.", "18.12.2014 г.", D, "2014-12-18", False),
    ("The clinic opened on the 3rd of May 2024.", "3rd of May 2024", D, "2024-05-03", False),
    ("The fair ran May 3-5, 2024 in Talas.", "May 3-5, 2024", D, "2024-05-03/2024-05-05", False),
    (
        "The fair ran 30 March - 1 April 2015 in Talas.",
        "30 March - 1 April 2015",
        D,
        "2015-03-30/2015-04-01",
        False,
    ),
    ("Курсы шли в 2013–2014 гг. в Оше.", "2013–2014 гг.", Y, "2013/2014", False),
    ("The survey covered 2020/21 in two districts.", "2020/21", Y, "2020/2021", False),
    (
        "The hall was booked on Dec. 18, 2014 for a concert.",
        "Dec. 18, 2014",
        D,
        "2014-12-18",
        False,
    ),
    ("The 2030 Agenda guides the invented council.", "2030", Y, "2030", True),
    (
        "2023-жылдын 12-октябрында Таласта жарманке өттү.",
        "2023-жылдын 12-октябрында",
        D,
        "2023-10-12",
        False,
    ),
    ("Центр работает с 2013 года в Оше.", "2013 года", Y, "2013", False),
    ("Концепция на 2022-2030 годы утверждена.", "2022-2030 годы", Y, "2022/2030", True),
    ("From May 2019 the office in Osh stayed open.", "May 2019", M, "2019-05", False),
    ("The programme in 2019 trained forty invented clerks.", "2019", Y, "2019", False),
    (
        "The Migration Policy Concept of the Kyrgyz Republic for 2022-2030 was adopted.",
        "2022-2030",
        Y,
        "2022/2030",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "written", "precision", "edtf", "is_period"), FORMS)
def test_each_form(
    sentence: str, written: str, precision: Precision, edtf: str, is_period: bool
) -> None:
    mention = only(sentence)
    start = sentence.index(written)
    assert (mention.span.start, mention.span.end, mention.span.text) == (
        start,
        start + len(written),
        written,
    )
    assert mention.when.text == written
    assert mention.when.precision is precision
    assert mention.when.edtf == edtf
    assert mention.when.year_inferred is False
    assert mention.is_period is is_period


# (sentence, date as written, edtf without a year)
YEARLESS = [
    ("On August 28, the envoy met the minister.", "August 28", "XXXX-08-28"),
    ("The team left on 19 July, after the fair.", "19 July", "XXXX-07-19"),
    ("Talks were held on 27 and 28 March in Batken.", "27 and 28 March", "XXXX-03-27/XXXX-03-28"),
    ("Мероприятие прошло 20 - 22 мая в Караколе.", "20 - 22 мая", "XXXX-05-20/XXXX-05-22"),
    ("Бишкек - 12 октября Миссия провела тренинг.", "12 октября", "XXXX-10-12"),
    ("Нарында 12-13-майда семинар өттү.", "12-13-майда", "XXXX-05-12/XXXX-05-13"),
    ("Ошто 5-июлда жарманке ачылды.", "5-июлда", "XXXX-07-05"),
    ("Кездесу 3 желтоқсанда өтті.", "3 желтоқсанда", "XXXX-12-03"),
    ("From June 6 the office in Osh stayed open.", "June 6", "XXXX-06-06"),
    (
        "The camp ran 28 December – 3 January in the hills.",
        "28 December – 3 January",
        "XXXX-12-28/XXXX-01-03",
    ),
]


@pytest.mark.parametrize(("sentence", "written", "edtf"), YEARLESS)
def test_yearless_dates_keep_month_and_day(sentence: str, written: str, edtf: str) -> None:
    mention = only(sentence)
    start = sentence.index(written)
    assert (mention.span.start, mention.span.end, mention.span.text) == (
        start,
        start + len(written),
        written,
    )
    assert mention.when.edtf == edtf
    assert (mention.when.start, mention.when.end) == (None, None)
    assert mention.when.year_inferred is False
    assert mention.when.precision is D


BAIT = [
    "The budget was $1.5 million for 3,000 products.",
    "Budget Amount (USD)\n300000.00",
    "Call +996 312 61 20 15 or 0555 123 456 any time.",
    "Page 1 of 3",
    "The meeting started at 11.00 and ended at 13.30.",
    "Remittances grew by 12.5% and 2015% is a typo.",
    "Arrivals rose in 20221 according to the survey.",
    "IOM has 175 member states and 10 agencies took part.",
    "Over 2000 people and about 1500 migrants were reached.",
    "The Prima ID is KG10P0526 and the room is 2019B.",
    "They may 5 times a year visit; march 3 times.",
    "No date here, only words.",
    "Decree No. 2019 and Resolution 2015 were cited; call tel. 2016 or № 2017.",
    "A total of 2000 migrants and 1999 families returned.",
    "ISO 9001:2015 certified; version 2.2019 released; code KG-2014.",
    "Қазан қаласында ойдан шығарылған кездесу өтті.",
]


@pytest.mark.parametrize("sentence", BAIT)
def test_no_false_dates(sentence: str) -> None:
    assert iomkg.find_dates(sentence) == ()


def test_mixed_bait_and_dates() -> None:
    text = "Over 2000 people came on 4 March 2024, paying $15.50 each; call 0312 2015 20."
    found = iomkg.find_dates(text)
    assert [(m.span.text, m.when.edtf) for m in found] == [("4 March 2024", "2024-03-04")]


def test_invalid_days_are_dropped() -> None:
    assert iomkg.find_dates("On 31 June 2015 and 30 February 2016 nothing happened.") == ()
    assert iomkg.find_dates("On 29 February 2016 a leap day passed.")[0].when.edtf == "2016-02-29"


# --- years for dates written without one --------------------------------------------------

TEXT = "The centre opened in 2019. On 14 May, a second one followed."


def test_year_from_dateline_first() -> None:
    m = iomkg.find_dates(
        TEXT,
        dateline_date=dt.date(2021, 5, 20),
        published=dt.date(2020, 5, 20),
        reference_date=dt.date(2018, 1, 1),
    )[1]
    assert (m.when.edtf, m.when.year_inferred, m.span.text) == ("2021-05-14", True, "14 May")


def test_year_from_published_second() -> None:
    m = iomkg.find_dates(TEXT, published=dt.date(2020, 5, 20), reference_date=dt.date(2018, 1, 1))[
        1
    ]
    assert (m.when.edtf, m.when.year_inferred) == ("2020-05-14", True)


def test_year_from_nearest_explicit_year_before_third() -> None:
    text = "In 2015 a hotline opened. In 2019 a centre opened. On 14 May, a second one followed. In 2022 it closed."
    m = iomkg.find_dates(text, reference_date=dt.date(2018, 1, 1))[2]
    assert (m.span.text, m.when.edtf, m.when.year_inferred) == ("14 May", "2019-05-14", True)


def test_year_after_the_date_in_its_paragraph_is_context() -> None:
    m = iomkg.find_dates("On 14 May, a centre opened. In 2022 it closed.")[0]
    assert (m.when.edtf, m.when.year_inferred) == ("2022-05-14", True)


def test_year_two_paragraphs_after_the_date_is_not_context() -> None:
    m = iomkg.find_dates("On 14 May, a centre opened.\n\nIt is large.\n\nIn 2022 it closed.")[0]
    assert m.when.edtf == "XXXX-05-14"


def test_period_years_are_not_context() -> None:
    m = iomkg.find_dates("The Strategy for 2022-2030 was adopted. On 14 May, a centre opened.")[1]
    assert m.when.edtf == "XXXX-05-14"


def test_year_from_reference_date_last() -> None:
    m = only("On 14 May, a centre opened.", reference_date=dt.date(2018, 6, 1))
    assert (m.when.edtf, m.when.year_inferred) == ("2018-05-14", True)


def test_inferred_year_is_the_nearest_to_its_context() -> None:
    m = only("On 28 December, the fair closed.", published=dt.date(2024, 1, 5))
    assert m.when.edtf == "2023-12-28"
    m = only("On 10 January, the fair opens.", published=dt.date(2023, 12, 20))
    assert m.when.edtf == "2024-01-10"


def test_inferred_range_across_new_year() -> None:
    m = only("The camp ran 28 December – 3 January in the hills.", published=dt.date(2024, 1, 10))
    assert (m.when.start, m.when.end, m.when.year_inferred) == (
        dt.date(2023, 12, 28),
        dt.date(2024, 1, 3),
        True,
    )


def test_leap_day_without_year_takes_a_leap_year() -> None:
    m = only("On 29 February, the office was closed.", published=dt.date(2023, 3, 1))
    assert m.when.edtf == "2024-02-29"


def test_never_today() -> None:
    m = only("On 1 January, the new law came into force.")
    assert (m.when.start, m.when.edtf) == (None, "XXXX-01-01")


# --- API ----------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["reference_date", "published", "dateline_date"])
def test_find_dates_rejects_context_that_is_not_a_date(field: str) -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        iomkg.find_dates("On 3 May, a fair.", **{field: "2020-01-01"})  # type: ignore[arg-type]
    assert info.value.field == field
    with pytest.raises(iomkg.InputTypeError):
        iomkg.find_dates("On 3 May, a fair.", **{field: dt.datetime(2020, 1, 1)})  # type: ignore[arg-type]


def test_find_dates_rejects_non_str() -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        iomkg.find_dates(b"2013")  # type: ignore[arg-type]
    assert info.value.field == "text"


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("22-23 June 2023", "2023-06-22/2023-06-23"),
        ("  June 22, 2016. ", "2016-06-22"),
        ("[29.06.2OO3]", "2003-06-29"),
        ("2021-04-29", "2021-04-29"),
        ("22 июня 2023 г.", "2023-06-22"),
        ("in", None),
        ("October 2022", "2022-10"),
        ("2013-2014", "2013/2014"),
        ("27 and 28 March", "XXXX-03-27/XXXX-03-28"),
    ],
)
def test_parse_date(text: str, edtf: str | None) -> None:
    if edtf is None:
        with pytest.raises(iomkg.DateError):
            iomkg.parse_date(text)
    else:
        assert iomkg.parse_date(text).edtf == edtf


@pytest.mark.parametrize(
    "text",
    ["", "no date here", "On 22 June 2023", "22 June 2023 and more", "31 June 2015", "20221"],
)
def test_parse_date_rejects_what_is_not_one_date(text: str) -> None:
    with pytest.raises(iomkg.DateError) as info:
        iomkg.parse_date(text)
    assert info.value.field == "text"
    assert isinstance(info.value, ValueError)


def test_parse_date_rejects_non_str() -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        iomkg.parse_date(None)  # type: ignore[arg-type]
    assert info.value.field == "text"
    assert isinstance(info.value, TypeError)


# --- properties ---------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "On ",
        "22",
        "-",
        "23",
        " June",
        " 2023",
        ", ",
        "From ",
        "March 30",
        " to ",
        "April 1",
        " 2015",
        "с ",
        "6",
        " по ",
        "10 июня",
        " года",
        "2013",
        "–",
        "2014",
        "$1.5",
        " and ",
        "January",
        "20221",
        "2OO3",
        ".",
        "29",
        "/",
        "Friday, ",
        "г.",
        " ",
        "\n",
        "Bishkek",
        "until ",
        "Plan ",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=30).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_spans_point_at_their_text(text: str) -> None:
    found = iomkg.find_dates(text, reference_date=dt.date(2020, 1, 1))
    last_end = -1
    for m in found:
        assert text[m.span.start : m.span.end] == m.span.text == m.when.text
        assert m.span.start >= last_end
        last_end = m.span.end
        if m.when.start is not None:
            assert m.when.end is not None
            assert m.when.start <= m.when.end
    assert found == iomkg.find_dates(text, reference_date=dt.date(2020, 1, 1))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_parse_date_raises_only_date_error(text: str) -> None:
    try:
        span = iomkg.parse_date(text)
    except iomkg.DateError:
        return
    assert span.edtf


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "1",
        "1-",
        "12 June 2023 – ",
        "January ",
        "Friday, ",
        "from ",
        "с 6 по ",
        "1 and ",
        "2013-",
        "29.06.",
    ],
)
def test_time_grows_linearly_on_adversarial_text(unit: str) -> None:
    import time

    def cost(n: int) -> float:
        text = unit * n
        best = float("inf")
        for _ in range(3):
            began = time.process_time()
            iomkg.find_dates(text)
            iomkg.parse_dateline(text)
            best = min(best, time.process_time() - began)
        return best

    small, large = cost(2_000), cost(20_000)
    assert large < 30 * max(small, 1e-4)


def test_day_zero_is_no_date() -> None:
    # Found by the fuzz suite: a day 0 once became the 1st, and a year-less 0 crashed.
    assert [m.span.text for m in iomkg.find_dates("0 May 2023, 0 May, 31 June, 3 May 2024")] == [
        "3 May 2024"
    ]


# The plain scanner (no Thai stand-ins, month words checked after the match) must take
# the same dates as the exact one; these invented texts reach the checks and the fallback.
_TWIN_TEXTS = [
    "On 22 June – 23 July 2023 the forum met.",
    "Over 2 weeks to 15 May 2024 the centre opened.",  # a loose word that is no month
    "From June 5 - people 7, 2023 and on June 5 - July 7, 2023.",
    "June and those 2023; June and July 2023; June & July, 2023.",
    "It may 5 times; 5 may; MAy 2023; JUNE 2023; june 2023; Sept. 2019.",
    "22 ИЮня 2023, 22 июня 2023, 22 Июня 2023, 22 ИЮНЯ 2023 года.",
    "5 Бирдин айы 2023, 5 Бирдин АЙЫ 2023, 5 бирдин айы 2023.",
    "12 \u212aan 2023 and 12 Jan 2023 and 12 ᲂктября 2023.",
    "In Decembers 2020, 3 Decembers; 3 persons and 4 June 2021.",
    "12\u0e42 15 June 2023 and 12\u0e2215 June",  # Thai stand-ins: the exact scanner alone
    "2013-2014, 29.06.2003, 2021-04-29, 12-октябрда, 2023-жылдын 5-майында",
]


@pytest.mark.parametrize("text", _TWIN_TEXTS)
def test_plain_scanner_takes_the_dates_of_the_exact_one(text: str) -> None:
    from iomkg._extract.dates import grammar

    exact = []
    pos = 0
    while (match := grammar.scanner().search(text, pos)) is not None:
        parts = grammar._parts(match)
        pos = match.end(match.lastgroup)  # type: ignore[arg-type]
        if parts:
            exact.append(parts)
    assert list(grammar.scan_parts(text)) == exact
    for at in range(len(text)):
        want = grammar.scanner().match(text, at)
        got = grammar.match_at(text, at)
        want_parts = grammar._parts(want) if want else None
        assert (got is None) == (not want_parts)


# The same stretch of text after other words, before other characters and cut by an end
# position: each is read as if seen for the first time (the scanner remembers the parts
# of a stretch it has read; invented sentences).
_CONTEXT_TEXTS = [
    "It opened in May. Say May, not June. It opened in May 2024. Planned for May.",
    "5 May 2023 and 5 May 2023% and -5 May 2023 and 5 May, 2023 and 5 May 20.",
    "In 2013 2013 in 2013-2014 2013.5 #2013 and 2013% of them; from 2013 to 2015.",
    "From 5 to 7 June and on 5 to 7 June, 2021; 5 June – 7 July; 5 June – 7 Julyish.",
    "Until December, since December 2020, December 5, December 5th, in December 5 times.",
]


def _scan_afresh(text: str, pos: int = 0, endpos: int | None = None) -> list[object]:
    """The parts of every date of ``text[pos:endpos]``, each match read anew."""
    from iomkg._extract.dates import grammar

    end = len(text) if endpos is None else endpos
    out: list[object] = []
    while (match := grammar.scanner().search(text, pos, end)) is not None:
        parts = grammar._parts(match)
        pos = match.end(match.lastgroup)  # type: ignore[arg-type]
        if parts:
            out.append(parts)
    return out


def test_a_stretch_read_before_is_read_again_in_its_new_context() -> None:
    from iomkg._extract.dates import grammar

    for text in _CONTEXT_TEXTS:
        for end in (len(text), *range(len(text) - 1, 0, -7)):
            for pos in (0, 3):
                assert list(grammar.scan_parts(text, pos, end)) == _scan_afresh(text, pos, end)
    # again, every stretch now remembered, in the other order
    for text in reversed(_CONTEXT_TEXTS):
        for end in range(1, len(text) + 1):
            assert list(grammar.scan_parts(text, 0, end)) == _scan_afresh(text, 0, end)
