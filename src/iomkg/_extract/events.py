"""Events: what happened, when, where, who took part, under which programme.

A sentence with a trigger of the event lexicon (``data/event_kinds.tsv``:
``met``, ``visited``, ``workshop``, ``round table``, ``opening ceremony``,
``marked the … Day``, ``семинар`` …) tells of an event. Its date is the date
of the sentence (never the period of a plan), else the dateline's date; its
places are the places of the sentence (not those inside the name of an
organization or a programme, or a person's role), else the dateline's. Several sentences about one
event (the same kind of event on the same dates, or a later sentence that
names it without a date) make one :class:`~iomkg.Event`. A sentence with a
trigger and no date at all only adds to an event already dated. An activity verb
(``data/event_activities.tsv``: ``pitched``, ``screened``, ``surveyed``, ``received …
certificates``, ``опросили`` …) tells of an event only with a date of its own in its
sentence; a day told by its distance from an event ("joined on the second day") is a day
of that event unless another trigger takes it.

>>> from iomkg._extract.context import ArticleContext
>>> text = "On 5 May 2024, IOM held a workshop in Osh. The workshop gathered 30 officials."
>>> events = find_events(ArticleContext.build(text))
>>> [(e.kind.value, e.when.edtf, e.evidence.text[:14]) for e in events]
[('workshop', '2024-05-05', 'On 5 May 2024,')]
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence, Set
from typing import Generic, NamedTuple, Protocol, TypeVar

import attrs

from .._models import (
    DateMention,
    DateSpan,
    Event,
    EventKind,
    Organization,
    Place,
    Precision,
    Programme,
    Span,
)
from .._reference.lexicons import event_activities, event_triggers, number_words, weekday_rows
from .anchored import (
    FOLLOWING_WEEK,
    Anchored,
    duration_days,
    find_anchored,
    following_week,
    shifted,
)
from .context import ArticleContext
from .organizations import seated_where_named
from .people import PeopleFound
from .programmes import ProgrammesFound

__all__ = ["event_trigger_pattern", "find_events"]


class _Mentioned(Protocol):
    @property
    def mentions(self) -> tuple[Span, ...]: ...


_R = TypeVar("_R", bound=_Mentioned)

_FAMILY = {
    EventKind.MEETING: "meeting",
    EventKind.CONSULTATION: "meeting",
    EventKind.VISIT: "visit",
    EventKind.STUDY_VISIT: "visit",
    EventKind.WORKSHOP: "learning",
    EventKind.TRAINING: "learning",
    EventKind.CONFERENCE: "learning",
    EventKind.ROUNDTABLE: "learning",
    EventKind.CEREMONY: "ceremony",
    EventKind.OPENING: "ceremony",
    EventKind.LAUNCH: "ceremony",
    EventKind.HANDOVER: "ceremony",
    EventKind.SIGNING: "signing",  # a signing is never merged into another event
    EventKind.CAMPAIGN: "campaign",
    EventKind.COMMEMORATION: "campaign",
    EventKind.OTHER: "other",
}
# A date after these words is a bound of a stretch of time ("since March 2022"), not an event's.
# ("by the end of June 2026", "до конца июня", "к концу года": a deadline too)
_NOT_EVENT_DATE = (
    r"\b(?:[Ss]ince|as[ \u00a0]of|(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill)(?:[ \u00a0]the[ \u00a0]"
    r"(?:end|middle|beginning|start)[ \u00a0]of)?|[Сс]о?|[Дд]о(?:[ \u00a0]конца)?|[Кк][ \u00a0]концу"
    r"|[Пп]осле)[ \u00a0]{1,2}$"
)
# How the words of _NOT_EVENT_DATE end (case folded, cp1251): a date whose word before it
# (after one or two spaces) ends with none of them is not looked at with that pattern.
_NOT_EVENT_DATE_ENDS = tuple(
    word.encode("cp1251")
    for word in (
        *("since", "of", "by", "before", "until", "till"),
        *("с", "со", "до", "после", "конца", "концу"),
    )
)
# "Since its launch in March 2023": a date in a clause opened by "since" is a bound too.
_SINCE_CLAUSE = (
    r"(?<!\w)(?:(?:[Ss]ince|[Сс][ \u00a0]момента)(?!\w)[^,.;:\n]{0,30}"
    # what was founded, adopted or registered on the date: "the centre, founded on 14 May 2016,
    # …", "the strategy, approved on …", "основанная 14 мая", "закон, принятый …", "центр,
    # открытый 14 мая 2016 года, …"
    r"|(?:[Ff]ounded|[Ee]stablished|[Aa]dopted|[Aa]pproved|[Rr]egistered|[Rr]atified|[Ee]nacted"
    r"|[Оо]снован\w{0,4}|[Уу]чрежд[её]н\w{0,4}|[Сс]оздан\w{0,4}|[Пп]ринят(?:ый|ая|ое|ого|ой|ом)"
    r"|[Уу]твержд[её]н\w{0,4}|[Зз]арегистрирован\w{0,4}|[Рр]атифицирован\w{0,4}"
    r"|[Оо]ткрыт(?:ый|ая|ое|ого|ой|ом))"
    r"(?:[ \u00a0](?:in|on|в)(?:[ \u00a0][A-ZА-Я][\w-]{1,20}[ \u00a0]on)?)?[ \u00a0]{1,2})$"
)
# The same after the date, in Kyrgyz: "июнь айына чейин" (until June), "2023-жылдан бери" (since).
_NOT_EVENT_DATE_AFTER = (
    r"[ \u00a0]{1,2}(?:чейин|бери|баштап|негизделген|түзүлгөн|уюшулган|түптөлгөн)(?!\w)"
)
# Words that date a sentence by the day of publication.
_TODAY = (
    r"(?<!\w)(?:(?P<today>today|this[ \u00a0]morning|сегодня|бүгүн)"
    r"|(?P<yesterday>yesterday|вчера|кечээ))(?!\w)"
)
# The week or the month of the day a text was written, or the one before: "last week", "earlier
# this month", "на прошлой неделе", "в прошлом месяце", "өткөн жумада", "ушул айда".
_PERIOD_AGO = (
    r"(?<!\w)(?:(?P<last_week>last[ \u00a0]week|на[ \u00a0]прошлой[ \u00a0]неделе"
    r"|өткөн[ \u00a0]жумада)"
    r"|(?P<this_week>(?:earlier[ \u00a0])?this[ \u00a0]week|на[ \u00a0]этой[ \u00a0]неделе"
    r"|ушул[ \u00a0]жумада)"
    r"|(?P<last_month>last[ \u00a0]month|в[ \u00a0]прошлом[ \u00a0]месяце|өткөн[ \u00a0]айда)"
    r"|(?P<this_month>(?:earlier[ \u00a0])?this[ \u00a0]month|в[ \u00a0]этом[ \u00a0]месяце"
    r"|в[ \u00a0]начале[ \u00a0]месяца|ушул[ \u00a0]айда))(?!\w)"
)
# Words that make a sentence tell of a plan: without a date of its own it dates no event.
_PLANNED = (
    r"(?<!\w)(?:will|shall|would|going[ \u00a0]to|intends?[ \u00a0]to|aims?[ \u00a0]to|plans?[ \u00a0]to(?![ \u00a0](?:a|an|the|their|his|her|its)(?!\w))"
    r"|promised[ \u00a0]to|promises[ \u00a0]to|pledged[ \u00a0]to|(?:по)?обещал\w{0,2}"
    r"|planned|scheduled|expected[ \u00a0]to|to[ \u00a0]be[ \u00a0]held"
    r"|upcoming|forthcoming|later[ \u00a0]this[ \u00a0]year|next[ \u00a0](?:year|month|week)"
    r"|in[ \u00a0]the[ \u00a0]coming|будет|будут|планиру\w{0,6}|запланирован\w{0,3}|предстоящ\w{0,4}"
    r"|состоится|пройд[её]т|в[ \u00a0]следующем[ \u00a0]году|позднее|боло[ \u00a0]турган"
    r"|пландал\w{0,6}|келерки)(?!\w)"
)
# Words between two dates of one trigger's events ("… in Osh and from 17 to 21 May …").
_JOINED = re.compile(r"(?<!\w)(?:and|as[ \u00a0]well[ \u00a0]as|и|а[ \u00a0]также|жана)(?!\w)")
# A trigger after these words names another event, the one that dates the sentence's:
# "before the handover", "after the round table", "перед церемонией"; in Kyrgyz the word
# comes after ("тегерек столдон кийин").
_REFERENCE_BEFORE = (
    r"(?<!\w)(?:before|after|ahead[ \u00a0]of|following|prior[ \u00a0]to|during|day[ \u00a0]of"
    r"|on[ \u00a0]the[ \u00a0]sidelines[ \u00a0]of|перед|после|по[ \u00a0]итогам|по[ \u00a0]окончании"
    r"|в[ \u00a0]ходе|на[ \u00a0]полях|day[ \u00a0]as"
    # "в день открытия", "два дня тренинга" (not "в тот же день тренинг провели", "через два
    # дня круглый стол провели": days told from another event, whose own event follows)
    r"|день(?<!тот[ \u00a0]же[ \u00a0]день)(?<!этот[ \u00a0]день)(?<!следующий[ \u00a0]день)"
    r"(?<!другой[ \u00a0]день)(?<!через[ \u00a0]день)"
    r"|дня(?<!два[ \u00a0]дня)(?<!три[ \u00a0]дня)(?<!четыре[ \u00a0]дня)(?<!\d[ \u00a0]дня)"
    # "on the eve of the forum", "in the run-up to the conference", "в преддверии форума"
    r"|on[ \u00a0]the[ \u00a0]eve[ \u00a0]of|in[ \u00a0]the[ \u00a0]run-up[ \u00a0]to|накануне"
    r"|в[ \u00a0]преддверии|в[ \u00a0]канун"
    # what was graduated from or completed: "graduated from the course", "окончили курсы"
    r"|graduated[ \u00a0]from|completed|completing|completion[ \u00a0]of|окончил\w{0,2}|завершил\w{0,2}"
    # what was monitored or inspected: "monitored the trainings", "мониторинг тренингов"
    r"|monitored|monitoring[ \u00a0]of|inspected|inspection[ \u00a0]of|мониторинг\w{0,3}"
    r"|проверк\w{1,2})"
    # "after a three-month course", "before the two-day training"
    r"(?:[ \u00a0](?:the|a|an|this|that|its)(?:[ \u00a0]\w{1,12}-(?:day|week|month)s?)?)?[ \u00a0]{1,2}$"
)
# A trigger after these words names an event already told ("the meeting on 11 May").
_TOLD = r"(?<!\w)(?:the|this|that|этот|эта|это|этой|этом|этого)[ \u00a0]{1,2}$"
_REFERENCE_AFTER = r"\w{0,6}[ \u00a0]{1,2}(?:кийин|чейин|алдында)(?!\w)"
# A sentence that tells what followed an event: its event comes after these words.
_FOLLOW = r"(?<!\w)(?:(?:was|were|is|are)[ \u00a0])?followed[ \u00a0]by|последовал\w{0,2}(?!\w)"


# A weekday named as the day of an event ("on Monday", "в пятницу"): English names, the
# Russian accusative, Kyrgyz names but жума (also "week"), from weekdays.tsv.
def _event_weekdays() -> dict[str, int]:
    """Each weekday name an event's day may be told by, case folded, and its day (0: Monday)."""
    return {
        name.casefold(): day
        for day, language, form, name in weekday_rows()
        if (language, form) in (("en", "name"), ("ru", "accusative"), ("ky", "name"))
    }


# "every Monday", "по пятницам": a habit, not a day
_EVERY = re.compile(r"(?:every|each|каждый|каждую|каждое|ар)[ \u00a0]$", re.IGNORECASE)
#: A set of hints (see _hinted): every hint, and the ASCII ones alone.
_HintSet = tuple[tuple[str, ...], tuple[str, ...]]


def _hint_set(hints: tuple[str, ...]) -> _HintSet:
    """``hints``, and those of them an ASCII text can hold."""
    return hints, tuple(hint for hint in hints if hint.isascii())


_WEEKDAY_HINTS = _hint_set(
    (
        "day",
        "онедельник",
        "торник",
        "среду",
        "етверг",
        "ятницу",
        "убботу",
        "оскресенье",
        "шемби",
        "шөмбү",
    )
)


def _weekday_date(
    m: re.Match[str] | None,
    text: str,
    dated: DateSpan | None,
    dateline_date: DateSpan | None,
    published: dt.date | None,
) -> DateSpan | None:
    """The day a sentence that names a weekday (``m``, its match in ``text``) tells of: that
    weekday on or before the dateline's day (or the day of publication), else ``dated``."""
    if m is None or _EVERY.search(text, max(0, m.start() - 8), m.start()) is not None:
        return dated
    anchor = published
    if dateline_date is not None and dateline_date.start is not None:
        if dateline_date.start != dateline_date.end:
            return dated  # a range: no one day to count back from
        anchor = dateline_date.start
    if anchor is None:
        return dated
    back = (anchor.weekday() - _lexicon().weekdays[m.group("day").casefold()]) % 7
    return DateSpan.from_dates(
        anchor - dt.timedelta(days=back), year_inferred=False, text=m.group()
    )


# Parts of the words of _PLANNED, _FOLLOW and _RELATIVE_DAY (one at least in each match,
# whatever its case): a stretch of text without any needs no regex (searching for a few
# plain strings is many times faster than the patterns' alternations).
_PLANNED_HINTS = _hint_set(
    (
        "ill",
        "hall",
        "ould",
        "oing",
        "ntend",
        "ims",
        "romise",
        "ledged",
        "бещал",
        "im ",
        "lan",
        "chedul",
        "xpected",
        "e held",
        "pcoming",
        "orthcoming",
        "ater this",
        "ext ",
        "coming",
        "уд",
        "лан",
        "редстоящ",
        "остоится",
        "ройд",
        "ледующем",
        "озднее",
        "боло",
        "елерки",
    )
)

_FOLLOW_HINTS = _hint_set(("ollowed", "оследовал"))
# Parts of the words of _TODAY (whatever their case).
_TODAY_HINTS = _hint_set(
    (
        "oday",
        "ODAY",
        "orning",
        "ORNING",
        "егодня",
        "ЕГОДНЯ",
        "үгүн",
        "ҮГҮН",
        "esterday",
        "ESTERDAY",
        "чера",
        "ЧЕРА",
        "ечээ",
        "ЕЧЭЭ",
    )
)
_RELATIVE_HINTS = _hint_set(
    (
        "irst day",
        "econd day",
        "hird day",
        "ourth day",
        "ast day",
        "inal day",
        "losing day",
        "ервый день",
        "торой день",
        "ретий день",
        "твертый день",
        "твёртый день",
        "оследний день",
        "аключительный день",
        "күнү",
        "ame day",
        "ext day",
        "ollowing day",
        "morning",
        "afternoon",
        "evening",
        "утро",
        "утром",
        "hat day",
        "revious day",
        "ay after",
        "ay before",
        " день",
        "акануне",
        " ранее",
        "шол",
        "ртеси",
        "урунку",
        "later",
        "arlier",
        "fterwards",
        "before,",
        "через",
        "пустя",
        "озже",
        "озднее",
        "анее",
        "кийин",
        "мурун",
    )
)

# The patterns that judge a sentence, as bits (see _Hints and _HINT_WORDS).
_H_PLANNED, _H_TODAY, _H_WEEKDAY, _H_FOLLOW, _H_DAY, _H_REFER = 1, 2, 4, 8, 16, 32
# A word a trigger needs near it to be a word of a phrase that names no event (see _usable):
# a trigger that is one of the words (case folded), and the words a business starts with.
_H_NOT_NAMING = 64
# A word of _SINCE_CLAUSE or _NOT_EVENT_DATE_AFTER (see _HINT_WORDS).
_H_BOUND = 128
_NOT_NAMING_WORDS = frozenset(
    w.encode("cp1251") for w in ("course", "courses", "train", "trains", "fair", "fairs")
)
_NOT_NAMING_STARTS = tuple(
    w.encode("cp1251") for w in ("business", "бизнеса", "дела", "предприятия")
)
# The hints of each pattern that judges a sentence (see _Hints).
_HINT_SETS: dict[int, _HintSet | None] = {
    _H_PLANNED: _PLANNED_HINTS,
    _H_TODAY: _TODAY_HINTS,
    _H_WEEKDAY: _WEEKDAY_HINTS,
    _H_FOLLOW: _FOLLOW_HINTS,
    _H_REFER: None,  # no hints: every trigger is looked at
}


def _distance(phrase: str) -> int:
    """The number of days "two days later", "a week earlier", "через неделю" … count."""
    words = phrase.casefold().split()
    counts = number_words()
    count = next(
        (int(w) if w.isdigit() else counts[w] for w in words if w.isdigit() or w in counts), 1
    )
    week = any(w.startswith(("week", "недел", "жума")) for w in words)
    return count * (7 if week else 1)


# The words of the patterns that judge a sentence, as the starts of words (case folded): one
# at least starts a word of every match of its pattern, so the pass over the text that finds
# the triggers also finds them (``_triggers``), and a sentence without any skips the pattern.
_HINT_WORDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        _H_PLANNED,
        (
            "will",
            "shall",
            "would",
            "going",
            "intend",
            "aim",
            "plan",
            "promise",
            "pledged",
            "обещал",
            "пообещал",
            "schedul",
            "expected",
            "held",
            "upcoming",
            "forthcoming",
            "later",
            "next",
            "coming",
            "будет",
            "будут",
            "планиру",
            "запланирован",
            "предстоящ",
            "состоится",
            "пройд",
            "следующем",
            "позднее",
            "боло",
            "пландал",
            "келерки",
        ),
    ),
    (_H_TODAY, ("today", "morning", "сегодня", "бүгүн", "yesterday", "вчера", "кечээ")),
    (
        _H_WEEKDAY,
        (
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "понедельник",
            "вторник",
            "среду",
            "четверг",
            "пятницу",
            "субботу",
            "воскресенье",
            "дүйшөмбү",
            "шейшемби",
            "шаршемби",
            "бейшемби",
            "ишемби",
            "жекшемби",
        ),
    ),
    (_H_FOLLOW, ("followed", "последовал", "воспоследовал")),
    # a day told by its distance from another: "the same day", "two weeks later", "на
    # следующий день", "днём ранее", "через неделю", "накануне", "эртеси", "эки күндөн кийин"
    (
        _H_DAY,
        (
            "day",
            "week",
            # a length in days: "двухдневный семинар" ("five-day" and "эки күндүк" have
            # "day" and "күн")
            *("двухдневн", "трехдневн", "трёхдневн", "четырехдневн", "четырёхдневн"),
            *("пятидневн",),
            "morning",
            "afternoon",
            "evening",
            "утро",
            "утром",
            "дн",
            "ден",
            "недел",
            "накануне",
            "канун",
            "ранее",
            "через",
            "спустя",
            "позже",
            "позднее",
            "эртеси",
            "күн",
            "жума",
            "мурун",
            "кийин",
        ),
    ),
    # a trigger that names another event: "before the handover", "during the training",
    # "graduated from the course", "по итогам конференции", "тегерек столдон кийин"
    (
        _H_REFER,
        (
            "before",
            "after",
            "ahead",
            "following",
            "prior",
            "during",
            "day",
            "sidelines",
            "graduated",
            "complet",
            "monitor",
            "inspect",
            "мониторинг",
            "проверк",
            "перед",
            "после",
            "итогам",
            "окончани",
            "окончил",
            "завершил",
            "ходе",
            "полях",
            "день",
            "дня",
            "кийин",
            "чейин",
            "алдында",
            "преддвери",
            "накануне",
            "канун",
        ),
    ),
    # a date that is a bound of a stretch of time: "since its launch in March", "с момента",
    # "июнь айына чейин", "2023-жылдан бери", "баштап"
    (
        _H_BOUND,
        (
            "since",
            "момента",
            "чейин",
            "бери",
            "баштап",
            "founded",
            "established",
            "adopted",
            "approved",
            "registered",
            "ratified",
            "enacted",
            "утвержд",
            "зарегистрирован",
            "ратифицирован",
            "основан",
            "учрежд",
            "создан",
            "негиздел",
            "түзүлгөн",
            "уюшулган",
            "түптөлгөн",
        ),
    ),
)


# Hint words that are whole words, not starts of words: "on the eve of the forum" ("every" and
# "event" hint nothing), "in the run-up to" ("runs" hints nothing), the participles of
# _SINCE_CLAUSE that share their start with triggers ("открыт…").
_HINT_EXACT = {
    b"eve": _H_DAY | _H_REFER,
    b"run": _H_REFER,
    # the week or the month of the day of the text: "last week", "в прошлом месяце", "өткөн
    # жумада" (as whole words: "weekly", "months" hint nothing)
    **{
        word.encode("cp1251"): _H_TODAY
        for word in ("week", "month", "неделе", "месяце", "месяца", "жумада", "айда")
    },
    # "закон, принятый 14 мая …", "центр, открытый 14 мая …" (not "открытие", a trigger)
    **{
        (stem + ending).encode("cp1251"): _H_BOUND
        for stem in ("принят", "открыт")
        for ending in ("ый", "ая", "ое", "ого", "ой", "ом")
    },
}


def _sentence_hints(
    text: str,
    marks: list[tuple[int, int]] | None,
    sentences: Sequence[tuple[int, int]],
    starts: list[int],
    disjoint: bool,
) -> tuple[_Hints, int]:
    """The hint words of each sentence (from the marks ``_triggers`` found), and the bits of
    every hint word of the text."""
    if marks is None or not disjoint:
        return _Hints(text, None), -1
    by_sentence: dict[int, int] = {}
    refer = []
    every = 0
    for pos, bits in marks:
        every |= bits
        if bits & _H_REFER:
            refer.append(pos)
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < sentences[k][1]:
            by_sentence[k] = by_sentence.get(k, 0) | bits
    return _Hints(text, by_sentence, refer), every


class _Hints:
    """Which sentences hold a word of each pattern that judges a sentence (``_HINT_WORDS``),
    found in the pass over the text that finds the triggers; without it (a text that pass
    cannot read), each look is a search for the patterns' hints in the sentence."""

    __slots__ = ("bits", "kyrgyz", "refer", "text")

    def __init__(
        self, text: str, bits: dict[int, int] | None, refer: list[int] | None = None
    ) -> None:
        self.text = text
        self.kyrgyz = False  # whether the text is Kyrgyz (set by its reader)
        self.bits = bits  # sentence index: the bits of its hint words
        self.refer = refer  # where the words that name another event start, in order

    def may_refer(self, start: int, end: int) -> bool:
        """Whether a trigger at ``start:end`` may name another event (a word of
        ``_REFERENCE_BEFORE`` up to 36 characters before it, or of ``_REFERENCE_AFTER``
        just after it)."""
        refer = self.refer
        if refer is None:
            return True
        k = bisect.bisect_left(refer, start - 36)
        return k < len(refer) and refer[k] < end + 12

    def of(self, i: int, start: int, end: int) -> int:
        """The bits of the patterns sentence ``i`` (``text[start:end]``) may match."""
        if self.bits is not None:
            return self.bits.get(i, 0)
        return sum(
            bit
            for bit, hints in _HINT_SETS.items()
            if hints is None or _hinted(self.text, start, end, hints)
        )

    def has(self, i: int, start: int, end: int, which: int) -> bool:
        """Whether sentence ``i`` (or ``text[start:end]`` in it) may match pattern ``which``."""
        if self.bits is not None:
            return bool(self.bits.get(i, 0) & which)
        hints = _HINT_SETS.get(which)
        return hints is None or _hinted(self.text, start, end, hints)


def _hinted(text: str, start: int, end: int, hints: _HintSet) -> bool:
    """Whether ``text[start:end]`` holds one of ``hints``.

    An ASCII stretch (most English sentences) can hold only the ASCII hints: the Russian
    and Kyrgyz ones are not looked for there.
    """
    part = text[start:end] if start or end != len(text) else text
    return any(map(part.__contains__, hints[1] if part.isascii() else hints[0]))


# A day told by its distance from the date before it ("on the same day", "the next day"):
# the group that is set gives the distance (same: 0, next: +1, before: -1).
_RELATIVE_DAY = (
    # (the look-ahead at the first letters of the phrases, redundant, saves trying each
    # phrase at every character of the stretches around the words of days)
    r"(?=[\daefinostабвджкмнопстчшэү])(?<!\w)(?:(?P<same>(?:the|that)[ \u00a0]same[ \u00a0]day|that[ \u00a0]day|в[ \u00a0](?:тот|этот)"
    r"(?:[ \u00a0]же)?[ \u00a0]день|ошол[ \u00a0](?:эле[ \u00a0])?күнү)"
    r"|(?P<next>the[ \u00a0](?:next|following)[ \u00a0](?:day|morning|afternoon|evening)"
    r"|the[ \u00a0]morning[ \u00a0]after|на[ \u00a0]следующее[ \u00a0]утро|следующим[ \u00a0]утром"
    r"|the[ \u00a0]day[ \u00a0]after|на[ \u00a0]следующий"
    r"[ \u00a0]день|на[ \u00a0]другой[ \u00a0]день|эртеси(?:[ \u00a0]күнү)?|кийинки[ \u00a0]күнү)"
    r"|(?P<before>the[ \u00a0](?:day[ \u00a0]before|previous[ \u00a0]day)|накануне|дн[её]м[ \u00a0]ранее"
    r"|мурунку[ \u00a0]күнү)"
    # a distance in days or weeks: "two days later", "a week later", "three days earlier",
    # "через два дня", "спустя неделю", "неделей позже", "эки күндөн кийин"
    r"|(?P<later>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \u00a0]"
    r"(?:days?|weeks?)[ \u00a0](?:later|afterwards)"
    r"|(?:через|спустя)[ \u00a0](?:(?:один|два|две|три|четыре|пять|шесть|семь|\d{1,2})[ \u00a0])?"
    r"(?:день|дня|дней|неделю|недели|недель)"
    r"|(?:(?:один|два|две|три|четыре|пять|шесть|семь|\d{1,2})[ \u00a0])?"
    r"(?:день|дня|дней|неделю|недели|недель)[ \u00a0]спустя"
    r"|(?:(?:двумя|тремя|четырьмя|пятью|\d{1,2})[ \u00a0])?(?:дн[её]м|днями|неделей|неделями)"
    r"[ \u00a0](?:позже|позднее)"
    r"|(?:бир|эки|үч|төрт|беш|алты|жети|\d{1,2})[ \u00a0](?:күндөн|жумадан)[ \u00a0]кийин)"
    r"|(?P<earlier>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \u00a0]"
    r"(?:days?|weeks?)[ \u00a0](?:earlier|before(?=,))"
    r"|(?:(?:двумя|тремя|четырьмя|пятью|\d{1,2})[ \u00a0])?(?:днями|неделей|неделями)[ \u00a0]ранее"
    r"|(?:бир|эки|үч|төрт|беш|алты|жети|\d{1,2})[ \u00a0](?:күн|жума)[ \u00a0]мурун)"
    # a day of an event of several days: "on the second day", "в последний день"
    r"|(?P<nth>(?:the|its)[ \u00a0](?:first|second|third|fourth|last|final|closing)[ \u00a0]day"
    r"|(?:в|на)[ \u00a0](?:первый|второй|третий|четвертый|четвёртый|последний|заключительный)"
    r"[ \u00a0]день|(?:биринчи|экинчи|үчүнчү|акыркы)[ \u00a0]күнү))(?!\w)"
)
# After "the same day": the day of an event of several days it names, its first or its last:
# "the same day as the opening", "в день закрытия".
_EDGE_DAY = re.compile(
    r"[ \u00a0]as[ \u00a0](?:the|its)[ \u00a0](?:(?:official[ \u00a0])?(?:opening|start|launch)"
    r"|first[ \u00a0]day|(?P<last>closing|close|end|last[ \u00a0]day|final[ \u00a0]day))(?!\w)",
    re.IGNORECASE,
)
# The day an ordinal names, counted from the first day of the event (-1: its last).
_NTH = {
    "first": 0,
    "second": 1,
    "third": 2,
    "fourth": 3,
    "last": -1,
    "final": -1,
    "closing": -1,
    "первый": 0,
    "второй": 1,
    "третий": 2,
    "четвертый": 3,
    "четвёртый": 3,
    "последний": -1,
    "заключительный": -1,
    "биринчи": 0,
    "экинчи": 1,
    "үчүнчү": 2,
    "акыркы": -1,
}
# A trigger followed by these words names no event: "opening remarks", "training modules".
# Words that are triggers only in some phrases: "of course", "in the course of", "golf
# course", "commuter train", "by train" name no event.
_AMBIGUOUS = frozenset({"course", "courses", "train", "trains"})
_NOT_EVENT_BEFORE = re.compile(
    r"\b(?:of|by|commuter|golf|freight|passenger|night|high-speed)[ \u00a0]\w{1,12}$", re.IGNORECASE
)
_NOT_EVENT_NEXT = re.compile(
    r"\w{1,12}[ \u00a0](?:of|station|stations|line|lines|tracks?|ride|journey)\b", re.IGNORECASE
)
# A trigger followed by the head of a facility's name is part of that name, not an event:
# "the consultation centre", "the Conference Hall", "тренинг-центр", "конференц-зал",
# "консультация борбору" (a consultation centre), "семинар залы".
_NOT_EVENT_AFTER = (
    r"(?:[ \u00a0]{1,2}(?:remarks|speech|statement|address|words|hours|materials?|modules?|manuals?|"
    r"curricul\w{1,3}|needs|points?|minutes|interviews)\b"
    r"|(?:[ \u00a0]{1,2}|-)(?:cent(?:re|er)s?|halls?|rooms?|facilit(?:y|ies)|борбор\w{0,8}"
    r"|зал(?:ы|ында|ына|ынан|да|га|дан|дын))"
    # Russian: joined by a hyphen, or after an adjective ("в тренинговом центре"); a noun
    # before "центра" is an event of the centre ("открытие центра")
    r"|(?:-|(?:(?<=ый)|(?<=ий)|(?<=ой)|(?<=ом)|(?<=ым)|(?<=ая)|(?<=ое)|(?<=ую)|(?<=ых)|(?<=ого)"
    r"|(?<=ому))[ \u00a0]{1,2})(?:центр|зал)\w{0,3})(?!\w)"
)

# How the words after a trigger that make it none (_NOT_EVENT_AFTER) start, case folded, in
# cp1251: the trigger pass looks at a trigger with that pattern only when the word after it
# (one or two characters after its end: a space, a no-break space or a hyphen) starts so.
_NOT_EVENT_AFTER_STARTS = tuple(
    word.encode("cp1251")
    for word in (
        "remarks",
        "speech",
        "statement",
        "address",
        "words",
        "hours",
        "material",
        "module",
        "manual",
        "curricul",
        "needs",
        "point",
        "minutes",
        "interviews",
        "cent",
        "hall",
        "room",
        "facilit",
        "борбор",
        "зал",
        "центр",
    )
)
_NOT_EVENT_AFTER_FIRSTS = bytes(sorted({start[0] for start in _NOT_EVENT_AFTER_STARTS}))

# What a trigger names: its kind, and its strength: _STRONG (it names an event), _ACTIVITY
# (an activity verb, ``event_activities.tsv``: an event only with a date of its own) or
# _WEAK (it only reports that something took place: "held", "took place"; see
# ``event_kinds.tsv``).
_Tag = tuple[EventKind, int]
_STRONG = 0
_ACTIVITY = 1
_WEAK = 2
_STRENGTHS = {"strong": _STRONG, "weak": _WEAK}

# Kyrgyz and Kazakh letters that cp1251 cannot write, as the Russian letters they look like:
# the trigger index reads the text as cp1251 bytes (``_spaced``), one byte a character.
_CP1251_STAND_INS = str.maketrans("ңүөҢҮӨәқғұһӘҚҒҰҺ", "нуоНУОакгухАКГУХ")
_NEEDS_STAND_INS = re.compile("[ңүөҢҮӨәқғұһӘҚҒҰҺ]")


def _read_lexicon() -> list[tuple[str, _Tag]]:
    return [
        (trigger, (EventKind(kind), _STRENGTHS[strength]))
        for trigger, kind, strength in event_triggers()
    ] + [(verb, (EventKind(kind), _ACTIVITY)) for verb, kind in event_activities()]


# Between two words of a trigger: one or two spaces, or a hyphen ("мастер-класс", "round-table").
_BETWEEN = r"(?:[ \u00a0]{1,2}|-)"


def _trigger_regex(trigger: str) -> str:
    words = trigger.split()
    parts = []
    for word in words:
        if word == "…":
            # (a word may hold dots: a date such as 17.10.2025)
            parts.append(r"(?:[\w’'\-]{1,30}(?:\.\w{1,30}){0,2}[ \u00a0]{1,2}){0,5}?")
            continue
        star = word.endswith("*")
        core = re.escape(word.rstrip("*"))
        parts.append(core + (r"\w{0,12}" if star else "") + _BETWEEN)
    body = "".join(parts)
    body = body[: -len(_BETWEEN)]
    return rf"(?<!\w){body}(?!\w)"


# A trigger: its pattern, its kind, the length of its first word (or stem), and how many
# letters may follow that word for a one-word trigger (-1 for a longer one).
_Candidate = tuple[re.Pattern[str], _Tag, int, int]
# The triggers a word may start, as one pattern, and the tag of each of its groups.
_Combined = tuple[re.Pattern[str], tuple[_Tag, ...]]
# How the second words of the triggers a word may start begin (None: any word may), the
# words after a "…" of those that have one, and the trigger the word is alone (None: none);
# see _Lexicon.peek.
_Peek = tuple[tuple[bytes, ...] | None, "re.Pattern[bytes] | bytes | None", "_Tag | None"]
# The words after the "…" of the triggers a word may start (a space, then how each starts),
# the one of each trigger (-1: none), and a search for all of them at once (None: a search
# for each); see _Lexicon.narrow.
_TailSet = tuple[
    tuple[bytes, ...],
    tuple[int, ...],
    "Callable[[bytes, int, int], list[bytes]] | None",
]
# What a word is to the trigger pass (see _Lexicon.action).
_Action = tuple[int, "_Tag | bool", "_Peek | None"]
# How far after a word the word after a "…" (up to five words) may start.
_ELLIPSIS_REACH = 200
_WORD_START = re.compile(r"\w+")


def _word_bytes(word: str) -> bytes | None:
    """How ``word`` of a trigger starts in the text as bytes (``_spaced``): its letters up to
    a "*" or a hyphen, case folded; None when it has none or cp1251 cannot write them.

    >>> _word_bytes("Licen*"), _word_bytes("бизнес-план*"), _word_bytes("…")
    (b'licen', b'\xe1\xe8\xe7\xed\xe5\xf1', None)
    """
    head = _WORD_START.match(word.casefold().translate(_CP1251_STAND_INS))
    if head is None:
        return None
    try:
        return head.group().encode(_CODEC)
    except UnicodeEncodeError:
        return None


class _Lexicon:
    """Triggers indexed by their first word, stems (``семинар*``) by their first three letters,
    and the patterns that judge a trigger's sentence, all compiled on first use (not at import).
    """

    __slots__ = (
        "actions",
        "alternatives",
        "combined",
        "follow",
        "hint_prefixes",
        "hints",
        "memo",
        "narrowed",
        "not_event_after",
        "not_event_date",
        "not_event_date_after",
        "peeks",
        "period",
        "planned",
        "quote",
        "reference_after",
        "reference_before",
        "relative",
        "settled",
        "since",
        "spelling",
        "starts",
        "starts_latin",
        "stems",
        "tail_sets",
        "today",
        "told",
        "weekday",
        "weekdays",
        "words",
    )

    def __init__(self, entries: list[tuple[str, _Tag]]) -> None:
        words: dict[str, list[_Candidate]] = {}
        stems: dict[str, list[tuple[str, _Candidate]]] = {}
        self.spelling: dict[re.Pattern[str], str] = {}  # each trigger's pattern: the trigger
        self.peeks: dict[bytes, _Peek] = {}
        for trigger, kind in entries:
            compiled = re.compile(_trigger_regex(trigger), re.IGNORECASE)
            self.spelling[compiled] = trigger
            first = trigger.split()[0].casefold().translate(_CP1251_STAND_INS)
            # a one-word trigger is its word, or its stem and up to 12 letters (-1: a regex decides)
            one_word = len(trigger.split()) == 1
            if first.endswith("*"):
                candidate = (compiled, kind, len(first) - 1, 12 if one_word else -1)
                stems.setdefault(first[:3], []).append((first[:-1], candidate))
            else:
                words.setdefault(first, []).append(
                    (compiled, kind, len(first), 0 if one_word else -1)
                )
        self.words = {k: tuple(v) for k, v in words.items()}
        self.stems = {k: tuple(v) for k, v in stems.items()}
        self.memo: dict[str | bytes, tuple[_Candidate, ...]] = {}
        self.combined: dict[str | bytes, _Combined] = {}
        self.alternatives: dict[str, re.Pattern[str]] = {}
        self.settled: dict[bytes, _Tag | bool] = {}
        self.actions: dict[bytes, _Action] = {}
        self.tail_sets: dict[bytes, _TailSet] = {}
        self.narrowed: dict[tuple[bytes, frozenset[bytes]], tuple[_Candidate, ...]] = {}
        # a space then the start of a trigger's first word, over the text as bytes (``_spaced``);
        # None when a trigger cannot be written in cp1251 (every word is then looked at)
        # the words of the patterns that judge a sentence are looked for in the same pass
        self.hint_prefixes = tuple(
            (word.translate(_CP1251_STAND_INS).encode(_CODEC), bit)
            for bit, group_words in _HINT_WORDS
            for word in group_words
        )
        self.hints: dict[bytes, int] = {}
        hint_words = [w.translate(_CP1251_STAND_INS) for _b, ws in _HINT_WORDS for w in ws]
        hint_words.extend(word.decode(_CODEC) for word in _HINT_EXACT)
        needles = _needles(
            [
                *words,
                *(stem for group in stems.values() for stem, _c in group),
                *hint_words,
                *(start.decode(_CODEC) for start in _NOT_NAMING_STARTS),
            ]
        )
        self.starts = _starts_pattern(needles)
        self.starts_latin = _starts_pattern([n for n in needles or () if n.isascii()])
        self.not_event_after = re.compile(_NOT_EVENT_AFTER, re.IGNORECASE)
        self.not_event_date = re.compile(_NOT_EVENT_DATE)
        self.not_event_date_after = re.compile(_NOT_EVENT_DATE_AFTER)
        self.since = re.compile(_SINCE_CLAUSE)
        self.quote = re.compile(_QUOTATION)
        self.today = re.compile(_TODAY, re.IGNORECASE)
        self.period = re.compile(_PERIOD_AGO, re.IGNORECASE)
        self.weekdays = _event_weekdays()  # (case folded) → the day, 0: Monday
        names = dict.fromkeys(
            name for _d, _l, _f, name in weekday_rows() if name.casefold() in self.weekdays
        )
        self.weekday = re.compile(rf"(?<!\w)(?P<day>{'|'.join(names)})(?!\w)")
        self.planned = re.compile(_PLANNED, re.IGNORECASE)
        self.relative = re.compile(_RELATIVE_DAY, re.IGNORECASE)
        self.follow = re.compile(_FOLLOW, re.IGNORECASE)
        self.reference_before = re.compile(_REFERENCE_BEFORE, re.IGNORECASE)
        self.reference_after = re.compile(_REFERENCE_AFTER)
        self.told = re.compile(_TOLD, re.IGNORECASE)

    def candidates(self, word: str | bytes) -> tuple[_Candidate, ...]:
        """The triggers a word (case folded; or its cp1251 bytes) may start, longest first,
        then the stems'."""
        found = self.memo.get(word)
        if found is None:
            if isinstance(word, bytes):
                folded = word.decode(_CODEC)
            else:
                folded = word.translate(_CP1251_STAND_INS)
            found = self.words.get(folded, ())
            for stem, candidate in self.stems.get(folded[:3], ()):
                if folded.startswith(stem):
                    found += (candidate,)
            if len(self.memo) >= 4096:
                self.memo.clear()  # words seen once stay bounded
            self.memo[word] = found
        return found

    def combine(self, word: str | bytes) -> _Combined:
        """The triggers a word may start as one pattern (an alternative for each, in the order
        of ``candidates``, each in a group of its own: the first that matches wins, as when
        they are tried one by one), and the tag of each group."""
        found = self.combined.get(word)
        if found is None:
            candidates = self.candidates(word)
            source = "|".join(f"({c[0].pattern})" for c in candidates) or "(?!)"
            pattern = self.alternatives.get(source)
            if pattern is None:
                pattern = self.alternatives[source] = re.compile(source, re.IGNORECASE)
            found = (pattern, tuple(c[1] for c in candidates))
            if len(self.combined) >= 4096:
                self.combined.clear()  # words seen once stay bounded
            self.combined[word] = found
        return found

    def narrow(self, spelt: bytes, padded: bytes, at: int) -> tuple[tuple[_Candidate, ...], bool]:
        """The triggers the word ``spelt`` that ends at ``at`` in ``padded`` (the text as
        bytes, see ``_trigger_pass``) may start, in the order of ``candidates``, without
        those with a "…" whose word after it does not start within reach there (they
        cannot match); and whether one such word does.
        """
        tails = self.tail_sets.get(spelt)
        if tails is None:
            needles: list[bytes] = []
            which = []  # each candidate's needle (-1: none, it is always tried)
            for pattern, _kind, _stem, _more in self.candidates(spelt):
                words = self.spelling[pattern].split()
                tail = _word_bytes(words[2]) if len(words) > 2 and words[1] == "…" else None
                if tail is None:
                    which.append(-1)
                    continue
                needle = b" " + tail
                if needle not in needles:
                    needles.append(needle)
                which.append(needles.index(needle))
            # one search finds every needle near when none is a prefix of another (a match
            # is then the only needle at its place)
            search = None
            if not any(n != o and n.startswith(o) for n in needles for o in needles):
                search = re.compile(b"|".join(re.escape(n) for n in sorted(needles))).findall
            tails = (tuple(needles), tuple(which), search)
            if len(self.tail_sets) >= 4096:
                self.tail_sets.clear()  # words seen once stay bounded
            self.tail_sets[spelt] = tails
        end = at + _ELLIPSIS_REACH
        if tails[2] is not None:
            present = frozenset(tails[2](padded, at, end))
        else:
            present = frozenset(n for n in tails[0] if padded.find(n, at, end) >= 0)
        found = self.narrowed.get((spelt, present))
        if found is None:
            needles_of = tails[0]
            found = tuple(
                c
                for c, w in zip(self.candidates(spelt), tails[1], strict=True)
                if w < 0 or needles_of[w] in present
            )
            if len(self.narrowed) >= 4096:
                self.narrowed.clear()  # words seen once stay bounded
            self.narrowed[(spelt, present)] = found
        return found, bool(present)

    def peek(self, spelt: bytes) -> _Peek:
        """For a word that starts a trigger of several words: how the next word of those
        triggers starts (cp1251, folded; None when the bytes cannot tell), a pattern of
        the words after a "…" of those that have one (a space and its bytes when there is one
        such word; None: none has), and the trigger
        the word is alone (as ``settle`` would say if it started no longer one).
        """
        found = self.peeks.get(spelt)
        if found is None:
            nexts: list[bytes] | None = []
            tails: list[bytes] = []
            alone: _Tag | None = None
            for pattern, kind, stem_length, more in self.candidates(spelt):
                if more >= 0:
                    if alone is None and len(spelt) - stem_length <= more:
                        alone = kind
                    continue
                words = self.spelling[pattern].split()
                ellipsis = words[1] == "…"
                start = _word_bytes(words[2] if ellipsis and len(words) > 2 else words[1])
                if nexts is None or start is None:
                    nexts = None  # a word the bytes cannot spell: the regex decides
                else:
                    (tails if ellipsis else nexts).append(start)
            tail_pattern: re.Pattern[bytes] | bytes | None = None
            if len(set(tails)) == 1:
                tail_pattern = b" " + tails[0]  # one word: a search for its bytes
            elif tails:
                words_after = b"|".join(re.escape(t) for t in sorted(set(tails)))
                tail_pattern = re.compile(b" (?:" + words_after + b")")
            found = (None if nexts is None else tuple(nexts), tail_pattern, alone)
            if len(self.peeks) >= 4096:
                self.peeks.clear()  # words seen once stay bounded
            self.peeks[spelt] = found
        return found

    def hint_bits(self, spelt: bytes) -> int:
        """The bits (``_H_…``) of the hint words ``spelt`` (cp1251, folded) starts with (or is,
        for those of ``_HINT_EXACT``)."""
        found = self.hints.get(spelt)
        if found is None:
            found = _HINT_EXACT.get(spelt, 0)
            for prefix, bit in self.hint_prefixes:
                if spelt.startswith(prefix):
                    found |= bit
            if len(self.hints) >= 4096:
                self.hints.clear()  # words seen once stay bounded
            self.hints[spelt] = found
        return found

    def action(self, word: bytes) -> _Action:
        """What the word ``word`` (a space, then the word: cp1251, folded) is to the trigger
        pass: the bits of its hint words, what it starts (``settle``: False for no trigger)
        and, when a regex must decide, how the triggers of several words it starts go on
        (``peek``; None otherwise)."""
        found = self.actions.get(word)
        if found is None:
            spelt = word[1:]
            kind = self.settle(spelt)
            bits = self.hint_bits(spelt)
            if spelt in _NOT_NAMING_WORDS or spelt.startswith(_NOT_NAMING_STARTS):
                bits |= _H_NOT_NAMING
            found = (bits, kind, self.peek(spelt) if kind is True else None)
            if len(self.actions) >= 4096:
                self.actions.clear()  # words seen once stay bounded
            self.actions[word] = found
        return found

    def settle(self, spelt: bytes) -> _Tag | bool:
        """What the word ``spelt`` (cp1251 bytes, case folded, a byte a letter) starts: the kind
        of its one-word trigger, False for no trigger, True when a regex must decide.

        A one-word trigger needs no regex: the word is the trigger, or the stem and at most
        12 letters more. The first that fits wins, as in ``_accept``; when only one-word
        triggers follow it, they end where it ends, so the look after it judges them all alike.
        """
        found = self.settled.get(spelt)
        if found is None:
            found = False
            candidates = self.candidates(spelt)
            for n, (_pattern, kind, stem_length, more) in enumerate(candidates):
                if more < 0:
                    found = True
                    break
                if len(spelt) - stem_length <= more:
                    found = kind if all(c[3] >= 0 for c in candidates[n + 1 :]) else True
                    break
            if len(self.settled) >= 4096:
                self.settled.clear()  # words seen once stay bounded
            self.settled[spelt] = found
        return found


def _entries() -> list[tuple[str, _Tag]]:
    """The lexicon's triggers, longest first, the activity verbs after the others (the
    trigger "handed over" before the activity "handed … kits")."""
    return sorted(_read_lexicon(), key=lambda e: (e[1][1] != _ACTIVITY, len(e[0])), reverse=True)


@functools.cache
def _lexicon() -> _Lexicon:
    return _Lexicon(_entries())


def _needles(keys: list[str]) -> list[bytes] | None:
    """The first words and stems a trigger word can start with, in cp1251, none a prefix of another.

    A key with a character that is not a word character (``round-table``) can never be a
    word of the text, so it is left out; a key that cp1251 cannot write gives None.
    """
    usable = [k for k in keys if _WORD.fullmatch(k)]
    try:
        encoded = sorted({k.encode(_CODEC) for k in usable})
    except UnicodeEncodeError:
        return None
    return [k for k in encoded if not any(o != k and k.startswith(o) for o in encoded)]


def _trie(needles: list[bytes]) -> bytes:
    """An alternation of ``needles`` (none a prefix of another) as a trie: one branch per
    byte at each depth, so a word is read once, not once per needle with its first bytes."""
    groups: dict[bytes, list[bytes]] = {}
    for needle in needles:
        groups.setdefault(needle[:1], []).append(needle[1:])
    branches = []
    for first, tails in groups.items():
        rests = [tail for tail in tails if tail]
        branches.append(re.escape(first) + (_trie(rests) if rests else b""))
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def _starts_pattern(needles: list[bytes] | None) -> re.Pattern[bytes] | None:
    """`` me(?:et|t)|…``: the needles as a trie after a space, then the rest of the word.

    >>> _starts_pattern([b"meet", b"met", b"visit"]).pattern
    b' (?=[mv])(?:me(?:et|t)|visit)[^ ]*'
    """
    if needles is None:
        return None
    if not needles:
        return re.compile(b"(?!)")
    # the look-ahead at the first byte is redundant but halves the time: most spaces are
    # followed by another space (punctuation became spaces) or a letter no trigger starts with
    firsts = re.escape(b"".join(sorted({n[:1] for n in needles})))
    # then the rest of the word (a space ends it), so the match spells the whole word
    return re.compile(b" (?=[" + firsts + b"])" + _trie(needles) + b"[^ ]*")


def event_trigger_pattern() -> re.Pattern[str]:
    """The compiled pattern of every trigger of the event lexicon (case does not matter).

    >>> bool(event_trigger_pattern().search("They marked the International Migrants Day."))
    True
    """
    return _all_triggers()


@functools.cache
def _all_triggers() -> re.Pattern[str]:
    return re.compile("|".join(_trigger_regex(t) for t, _k in _entries()), re.IGNORECASE)


class _Draft:
    """One event being put together: a plain class, as thousands are made and thrown away."""

    __slots__ = ("at", "kind", "lead", "origin", "places", "referred", "sentences", "when")

    def __init__(
        self,
        kind: EventKind,
        when: DateSpan | None,
        origin: str,  # "own" (a date in the sentence), "relative" ("the same day"), "dateline", "none"
        places: list[Place],
        # the index of the sentence it was read from (its evidence), and where its date (or
        # its sentence) starts: the order of a sentence's events
        seat: tuple[int, int],
    ) -> None:
        self.kind = kind
        self.when = when
        self.origin = origin
        self.lead, self.at = seat
        self.sentences = [self.lead]  # indices into the sentences
        self.places = places
        # named in a reference to another event ("the day after the course")
        self.referred = False


_WORD = re.compile(r"\w{3,}")  # every trigger starts with a word of three letters or more
_WORD_AT = re.compile(r"(?<!\w)\w{3,}")  # a word of three letters or more that starts here
_CODEC = "cp1251"  # one byte a character: ASCII and Cyrillic, the languages of the lexicon


@functools.cache
def _byte_tables() -> tuple[bytes, bytes]:
    """``(keep, fold)``: each a translation of cp1251 bytes that turns every byte that is not
    a word character into a space; ``fold`` also folds case (``М`` to ``м``), ``keep`` does not.

    ``µ`` folds to a letter cp1251 lacks, so ``fold`` keeps it as it is: still a word character
    (no word is cut there), and no trigger holds it either way.
    """
    keep = bytearray(b" " * 256)
    fold = bytearray(b" " * 256)
    for value in range(256):
        char = bytes([value]).decode(_CODEC, "replace")
        if not (char.isalnum() or char == "_"):
            continue
        keep[value] = value
        folded = char.casefold()
        if len(folded) == 1 and folded.encode(_CODEC, "replace") != b"?":
            fold[value] = folded.encode(_CODEC)[0]
        else:
            fold[value] = value
    return bytes(keep), bytes(fold)


def _spaced(text: str) -> tuple[bytes, bool] | None:
    """The text as cp1251 bytes, case folded, every character but a word character a space,
    and whether the bytes spell every word of the text exactly.

    A byte stands for a character, so offsets are the text's. When cp1251 writes every
    character, a word of the bytes is the text's word case folded (``exact``); otherwise a
    character it cannot write becomes a space too, a start too many that is only a word
    looked at for nothing. None when folding case changes the length of the text (``ß``).
    """
    keep, fold = _byte_tables()
    try:
        return text.encode(_CODEC).translate(fold), True  # every character written: fold case
    except UnicodeEncodeError:
        pass
    question_marks = text.count("?")
    # a Kyrgyz letter (not in cp1251) is read as the Russian letter it looks like
    if _NEEDS_STAND_INS.search(text) is not None:
        text = text.translate(_CP1251_STAND_INS)
        raw = text.encode(_CODEC, "replace")
        if raw.count(b"?") == question_marks:
            return raw.translate(fold), True
    # a character cp1251 cannot write may fold into one it can ("ſ" to "s"): fold the text first
    folded = text.casefold()
    if len(folded) != len(text):
        return None
    return folded.encode(_CODEC, "replace").translate(keep), False


def _triggers(
    text: str, lex: _Lexicon
) -> tuple[list[tuple[int, int, _Tag]], list[tuple[int, int]] | None]:
    """Where each trigger starts and ends and what it names, and where the hint words start
    (see ``_trigger_pass``)."""
    out, marks, _padded = _trigger_pass(text, lex)
    return out, marks


def _trigger_pass(
    text: str, lex: _Lexicon
) -> tuple[list[tuple[int, int, _Tag]], list[tuple[int, int]] | None, bytes | None]:
    """Where each trigger starts and ends and what it names, longest trigger first; and
    where the words of the patterns that judge a sentence start, with their bits
    (``_HINT_WORDS``; None when the text cannot be read as bytes); and the text as bytes
    (``_spaced``, a space before it and three after) when they spell its every word (None
    otherwise).

    Looking at every word in Python is the slow way; instead one regex pass over the text as
    bytes (``_spaced``, a space before every word) finds a space followed by a trigger's
    first word or stem, and only those words are looked at.
    """
    spaced = _spaced(text) if lex.starts is not None else None
    out: list[tuple[int, int, _Tag]] = []
    after = 0
    if spaced is None:
        for word in _WORD.finditer(text):
            if word.start() >= after and (
                hit := _accept(text, word.start(), word.group().casefold(), lex, False)
            ):
                out.append(hit)
                after = hit[1]
        return out, None, None
    # the space at i stands before the text's i-th character; the spaces after the text let
    # the look at the word after a trigger read past its end
    padded = b" " + spaced[0] + b"   "
    exact = spaced[1]
    starts = lex.starts_latin if padded.isascii() else lex.starts
    assert starts is not None
    marks: list[tuple[int, int]] = []
    not_event_after = lex.not_event_after.match
    if not exact:
        for m in starts.finditer(padded):
            pos = m.start()
            bits = lex.hint_bits(m.group()[1:])
            if bits:
                marks.append((pos, bits))
            if (
                pos >= after
                and (run := _WORD_AT.match(text, pos)) is not None
                and (hit := _accept(text, pos, run.group().casefold(), lex, False))
            ):
                out.append(hit)
                after = hit[1]
        return out, marks, None
    actions = lex.actions.get
    begins = padded.startswith  # (prefixes, at): a word at ``at`` starts with one of them
    # the words after a trigger that may make it none (a text index ``i`` is ``i + 1`` here)
    after_starts = _NOT_EVENT_AFTER_STARTS
    after_firsts = _NOT_EVENT_AFTER_FIRSTS
    for m in starts.finditer(padded):
        # the match is the space and the whole word (cp1251, folded): what it is, hint
        # and trigger, is one dict look-up, with no call and no regex but the look after it
        token = m.group()
        action = actions(token)
        if action is None:
            action = lex.action(token)
        bits, kind, peek = action
        if bits:
            marks.append((m.start(), bits))
        if kind is False:
            continue
        pos = m.start()
        if pos < after:
            continue
        if peek is not None:
            nexts, tails, alone = peek
            e = m.end()
            spelt = token[1:]
            kept: tuple[_Candidate, ...] | None = None  # see _Lexicon.narrow
            # a trigger of several words needs its second word one or two characters after
            # this one (a space or a hyphen), or its word after a "…" near
            if nexts is not None and not (nexts and (begins(nexts, e + 1) or begins(nexts, e + 2))):
                if tails is None:
                    near = False
                elif isinstance(tails, bytes):
                    near = padded.find(tails, e, e + _ELLIPSIS_REACH) >= 0
                else:
                    kept, near = lex.narrow(spelt, padded, e)
                if not near:
                    # the next word starts no trigger of several words here: the
                    # word's own trigger, if any, as for a settled word
                    if alone is None:
                        continue
                    end = e - 1
                    k = e + 1 if padded[e + 1] != 32 else e + 2  # the next word (32: a space)
                    if not (
                        padded[k] in after_firsts
                        and begins(after_starts, k)
                        and not_event_after(text, end)
                    ):
                        out.append((pos, end, alone))
                        after = end
                    continue
            if tails is None:
                # one pattern for the triggers the word may start (see _accept)
                combined = lex.combined.get(spelt) or lex.combine(spelt)
                found = combined[0].match(text, pos)
                if found is None:
                    continue
                tag = combined[1][found.lastindex - 1 if found.lastindex else 0]
            else:
                # the triggers with a "…" whose word after it is near, with the others,
                # one by one (the first that matches wins, as in one pattern)
                found = None
                if kept is None:
                    kept, _near = lex.narrow(spelt, padded, e)
                for candidate in kept:
                    found = candidate[0].match(text, pos)
                    if found is not None:
                        tag = candidate[1]
                        break
                else:
                    continue
            end = found.end()
            k = end + 2 if padded[end + 2] != 32 else end + 3
            if padded[k] in after_firsts and begins(after_starts, k) and not_event_after(text, end):
                if accepted := _accept(text, pos, spelt, lex, True):
                    out.append(accepted)
                    after = accepted[1]
                continue
            out.append((pos, end, tag))
            after = end
            continue
        e = m.end()
        k = e + 1 if padded[e + 1] != 32 else e + 2
        if not (
            padded[k] in after_firsts and begins(after_starts, k) and not_event_after(text, e - 1)
        ):
            end = e - 1
            out.append((pos, end, kind))  # type: ignore[arg-type]
            after = end
    return out, marks, padded


def _accept(
    text: str, pos: int, folded: str | bytes, lex: _Lexicon, exact: bool
) -> tuple[int, int, _Tag] | None:
    """The trigger the word ``folded`` at ``pos`` starts (start, end, what it names), if any.

    With ``exact`` (``folded`` is the word's cp1251 bytes, case folded: a byte a letter), a
    one-word trigger needs no regex: the word is the trigger, or the stem and at most 12
    letters more.

    The triggers the word may start are tried as one pattern first (one call, not one per
    trigger); only when the trigger it finds stands before a word that makes it none
    ("training centre") are they tried one by one, the next taking over.
    """
    combined, tags = lex.combine(folded)
    found = combined.match(text, pos)
    if found is None:
        return None
    end = found.end()
    if not lex.not_event_after.match(text, end):
        return (pos, end, tags[found.lastindex - 1 if found.lastindex else 0])
    for pattern, kind, stem_length, more in lex.candidates(folded):
        if exact and more >= 0:
            if len(folded) - stem_length > more:
                continue
            end = pos + len(folded)
        elif (m := pattern.match(text, pos)) is not None:
            end = m.end()
        else:
            continue
        if lex.not_event_after.match(text, end):
            continue
        return (pos, end, kind)
    return None


def _marked(spans: Sequence[tuple[int, int]], marks: Sequence[tuple[int, int]]) -> set[int]:
    """The indices of the marks (``(position, index)``, sorted) that fall inside the spans."""
    found: set[int] = set()
    for start, end in spans:
        lo = bisect.bisect_left(marks, (start, -1))
        hi = bisect.bisect_left(marks, (end, -1))
        found.update(index for _pos, index in marks[lo:hi])
    return found


class _Inside(Generic[_R]):
    """Which records (people, organizations) are mentioned inside an event's sentences.

    The mentions are few and the sentences many, so each mention is put in its sentence
    once (the sentences are sorted and do not overlap, as ``split_sentences`` gives them)
    and an event asks a dict about its own sentences (by index), not a bisection per sentence.
    """

    __slots__ = ("_by_sentence", "_marks", "_records", "_sentences")

    def __init__(
        self,
        records: Sequence[_R],
        sentences: Sequence[tuple[int, int]],
        starts: list[int],
        disjoint: bool,
    ) -> None:
        marks = [(m.start, i) for i, r in enumerate(records) for m in r.mentions]
        marks.sort()
        self._marks = marks
        self._records = records
        self._sentences = sentences
        by_sentence: dict[int, list[int]] | None = None
        if disjoint:
            by_sentence = {}
            for pos, index in marks:
                i = bisect.bisect_right(starts, pos) - 1
                if i >= 0 and pos < sentences[i][1]:
                    by_sentence.setdefault(i, []).append(index)
        self._by_sentence = by_sentence

    def of(self, indices: Sequence[int]) -> tuple[_R, ...]:
        """The records mentioned inside the sentences ``indices``, in their order, each once."""
        if not self._marks:
            return ()
        if self._by_sentence is None:
            found = _marked([self._sentences[i] for i in indices], self._marks)
        else:
            get = self._by_sentence.get
            found = set()
            for i in indices:
                here = get(i)
                if here is not None:
                    found.update(here)
            if not found:
                return ()
        records = self._records
        return tuple(records[i] for i in sorted(found))


def find_events(
    context: ArticleContext,
    *,
    people: PeopleFound | None = None,
    programmes: ProgrammesFound | None = None,
) -> tuple[Event, ...]:
    """The events an article tells of, in order, with their dates, places, people and programme.

    ``context`` is the article's shared analysis: its dates (periods of plans
    are never an event's date), places and organizations, its dateline (the
    date of a sentence that names none) and publication date (the day of a
    sentence that says ``today`` when neither it nor the dateline gives a
    date). ``people`` and ``programmes`` are what those extractors found: the
    places where people's roles are written are not where an event took place.

    >>> from iomkg._extract.context import ArticleContext
    >>> text = ("On 12 March 2024, the minister met IOM staff in Naryn. The meeting covered returns. "
    ...         "On 14 March 2024, a round table took place in Osh.")
    >>> events = find_events(ArticleContext.build(text))
    >>> [(e.kind.value, e.when.edtf, [p.name for p in e.places]) for e in events]
    [('meeting', '2024-03-12', ['Naryn']), ('roundtable', '2024-03-14', ['Osh'])]
    """
    text = context.text
    sentences: Sequence[tuple[int, int]] = context.sentences
    dates = context.dates
    dateline = context.meta.dateline
    published = context.meta.published
    places = context.places
    organizations = context.organizations
    people_found = people.people if people is not None else ()
    role_spans = people.role_spans if people is not None else ()
    programme_list = programmes.programmes if programmes is not None else ()
    programme_mentions = programmes.mentions if programmes is not None else ()
    lex = _lexicon()
    kyrgyz = context.meta.language == "ky"
    found, marks, padded = _trigger_pass(text, lex)
    # the trigger pass read every word (``padded``) and found no word a phrase that names
    # no event needs
    plain = padded is not None and not any(bits & _H_NOT_NAMING for _pos, bits in marks or ())
    triggers = _usable(text, found, organizations, plain)
    if not triggers or not sentences:
        return ()
    if _GOING_TAG in map(_THIRD, triggers):
        triggers = _going_somewhere(text, triggers, places)
        if not triggers:
            return ()
    starts = list(map(_FIRST, sentences))
    # each sentence ends before the next starts
    disjoint = all(map(operator.le, map(_SECOND, sentences), starts[1:]))
    hints, text_bits = _sentence_hints(text, marks, sentences, starts, disjoint)
    hints.kyrgyz = kyrgyz
    sentence_bits = hints.bits
    usable = [d for d in dates if not d.is_period]
    if dateline is not None and dateline.date is not None and dateline.date.has_year:
        # the dateline's own date dates the sentences that write no other (one without a
        # year is read in the text, where the article's other dates give it one)
        usable = _outside_dateline(text, dateline.text, usable)
    dateline_date = dateline.date if dateline is not None else None
    if dateline is not None and dateline_date is not None and not dateline_date.has_year:
        # "Бишкек, 29 апреля. …": the year the text gives the dateline's date (find_dates
        # reads it there, with the article's other dates)
        span = _dateline_span(text, dateline.text)
        if span is not None:
            dateline_date = next(
                (
                    d.when
                    for d in dates
                    if span[0] <= d.span.start and d.span.end <= span[1] and d.when.has_year
                ),
                dateline_date,
            )
    # the day a day told by its distance counts from when no date is written before it: the
    # dateline's ("Osh, 4 May 2025 – … The next day, the delegation travelled to Talas")
    first_day = (
        dateline_date
        if dateline_date is not None and dateline_date.precision is Precision.DAY
        else None
    )
    relative: set[int] = set()  # the starts of the days told by their distance from another
    # a day told by its distance from another needs a word of days or weeks
    phrases = _relative_days(text, marks, lex.relative) if text_bits & _H_DAY else []
    # days counted from an event the sentence names ("two days after the forum", "за день до
    # церемонии"): their phrases are read by the anchored module, not as a day told from
    # the date before
    anchored = find_anchored(text) if text_bits & _H_DAY else []
    if anchored and phrases:
        phrases = [m for m in phrases if not _in_anchored(anchored, m.start(), m.end())]
    if phrases:
        usable, relative = _with_relative_days(text, usable, phrases, first_day)
    if text_bits & _H_DAY:
        counting = _Counting(text, sentences, starts, first_day, triggers)
        usable, relative = _counted_days(counting, usable, relative, anchored)
    anchored_starts = [a.start for a in anchored]
    date_starts = [d.span.start for d in usable]
    place_mentions = sorted(
        ((m.start, m.end, p) for p in places for m in p.mentions), key=operator.itemgetter(0)
    )
    place_starts = [m[0] for m in place_mentions]
    # the sentences a place mention starts in (each in one when they do not overlap)
    place_sentences = (
        {bisect.bisect_right(starts, pos) - 1 for pos in place_starts} if disjoint else None
    )
    excluded: list[set[int]] = []  # found on the first sentence with a place in it

    def venues_in(start: int, end: int) -> list[tuple[int, int, Place]]:
        """The place mentions of a sentence that may be where its events took place."""
        lo = bisect.bisect_left(place_starts, start)
        hi = bisect.bisect_left(place_starts, end, lo)
        if hi == lo:
            return []
        if not excluded:
            excluded.append(
                _not_venues(place_mentions, organizations, role_spans, programme_mentions)
            )
        out = excluded[0]
        if not out:
            return place_mentions[lo:hi]
        return [place_mentions[k] for k in range(lo, hi) if k not in out]

    # where a dateline starts whose day is written as the first words of its sentence, after
    # the dash ("Бишкек – 14 мая 2025 года в Бишкеке МОМ представили …"; not "Osh, 5 May
    # 2025 – teams examined …", whose day is the dateline's alone)
    dateline_at: int | None = None
    if (
        dateline is not None
        and first_day is not None
        and _DASH_THEN_DAY.search(dateline.text) is not None
    ):
        span = _dateline_span(text, dateline.text)
        dateline_at = None if span is None else span[0]
    # the days a sentence dated by the dateline took place on (found when one is)
    dateline_days: DateSpan | None = None
    days_known = False

    def days_of_dateline() -> DateSpan | None:
        """The days the dateline's sentence writes around its day (read once, when asked)."""
        nonlocal dateline_days, days_known
        if not days_known:
            dateline_days = _dateline_days(
                text,
                dateline.text if dateline is not None else "",
                dateline_date,
                usable,
                sentences,
            )
            days_known = True
        return dateline_days

    not_event_date = lex.not_event_date.search
    bound_after = lex.not_event_date_after.match if text_bits & _H_BOUND else None
    bisect_left = bisect.bisect_left

    # the drafts, kept apart by where their date comes from and merged as they come: one
    # per date for a date of their own (a later mention of the date is the same event;
    # a day told as "the same day" is another event, one per kind family), one per date
    # (the dateline's or the day of publication) for the others; one per sentence for
    # the undated
    own_drafts: list[_Draft] = []
    by_date_family: dict[tuple[str, str], _Draft] = {}
    by_date: dict[str, _Draft] = {}  # the first own-dated draft of each date
    dateline_drafts: dict[str, _Draft] = {}
    undated: list[_Draft] = []
    referred = False  # a draft was named in a reference to another event
    for i, sentence_triggers in _by_sentence(triggers, sentences, starts):
        here = sentence_triggers
        s_start, s_end = sentences[i]
        # the patterns that may match in the sentence (all when the pass could not tell)
        may = -1 if sentence_bits is None else sentence_bits.get(i, 0)
        strong: EventKind | None = None  # the kind of its first strong trigger
        first_strong = here[0]
        for t in here:
            if not t[2][1]:  # _STRONG is 0
                strong = t[2][0]
                first_strong = t
                break
        lo = bisect_left(date_starts, s_start)
        hi = bisect_left(date_starts, s_end, lo)
        if hi > lo:
            # a year alone ("opened in 2013") is background, and a bound ("since March")
            # is no event's date
            # the looks for a bound need a word of one: in the sentence ("since"), or
            # anywhere after a date (one of _NOT_EVENT_DATE_AFTER)
            since = lex.since.search if may & _H_BOUND else None
            own = [
                d
                for d in usable[lo:hi]
                if d.when.precision is not Precision.YEAR
                and not (
                    (padded is None or _bound_word_before(padded, d.span.start))
                    and not_event_date(text, max(0, d.span.start - 26), d.span.start)
                )
                and (bound_after is None or not bound_after(text, d.span.end))
                and (
                    since is None or not since(text, max(s_start, d.span.start - 40), d.span.start)
                )
            ]
            if not own:
                if strong is not None:
                    undated.append(_Draft(strong, None, "none", [], (i, s_start)))
                continue
            quotes = (
                _quoted(text, s_start, s_end, lex.quote)
                if _QUOTE_MARKS.search(text, s_start, s_end)
                else ()
            )
            region: tuple[int, int] | None = None
            if anchored:
                k = bisect_left(anchored_starts, s_start)
                if k < len(anchored) and anchored[k].start < s_end:
                    own, region, relative_here = _anchor_sentence(
                        text, anchored[k], own, relative, here
                    )
                    # the reference is read apart, as a quotation is: its triggers take
                    # only its dates
                    if region is not None and not any(
                        q[0] < region[1] and region[0] < q[1] for q in quotes
                    ):
                        quotes = sorted([*quotes, region])
                    else:
                        region = None
                    relative = relative_here
            has_activity = any(t[2][1] == _ACTIVITY for t in here)
            if has_activity and len(here) > 1:
                here = _not_objects(text, here)
            # a trigger alone in its sentence takes its dates whatever its rank (the rank of
            # a day told by its distance aside)
            ranks = [0] if len(here) == 1 and not relative else _ranks(text, here, lex, hints, i)
            in_sentence = _Marks(quotes, relative, bool(may & _H_PLANNED), kyrgyz)
            pairs = _pair(text, here, own, ranks, in_sentence)
            if relative or has_activity:
                pairs = _told_days(
                    text, pairs, dict(zip(here, ranks, strict=True)), in_sentence, lex
                )
                if not pairs:
                    if strong is not None:
                        undated.append(_Draft(strong, None, "none", [], (i, s_start)))
                    continue
            if not pairs:  # every trigger stands apart from every date (a quotation, a reference)
                if strong is not None:
                    undated.append(_Draft(strong, None, "none", [], (i, s_start)))
                continue
            if len(here) > 1 and _SIGNING_TAG in map(_THIRD, here):
                pairs = _with_signing(text, pairs, here, ranks, quotes)
            where_of: list[list[Place]] = [[] for _p in pairs]
            venues = (
                venues_in(s_start, s_end) if place_sentences is None or i in place_sentences else []
            )
            pair_starts = [d.span.start for _t, d in pairs]
            if region is not None and venues:
                _venues_by_region(pairs, where_of, venues, region)
                venues = []
            breaks = (
                _breaks_in(text, s_start, s_end, here, kyrgyz) if venues and len(pairs) > 1 else []
            )
            for start, end, p in venues:
                where_of[_nearest_pair(pairs, pair_starts, start, end, breaks)].append(p)
            if venues and len(pairs) > 1:
                # an event whose trigger and date stand apart from every place of its
                # sentence took place where the sentence says (where its own clause says,
                # when the sentence joins clauses: "…, and a round table took place in Talas";
                # a day told by its distance from the other goes on with its story: "…, а
                # днем ранее они …")
                for ((t_start, _t_end, _tag), d), where in zip(pairs, where_of, strict=True):
                    if not where:
                        where.extend(
                            p
                            for v_start, _e, p in venues
                            if d.span.start in relative
                            or not _crosses(breaks, v_start, t_start)
                            or not _crosses(breaks, v_start, d.span.start)
                        )
            for ((t_start, t_end, (named, strength)), best), where in zip(
                pairs, where_of, strict=True
            ):
                kind = _object_kind(here, t_end, named) if strength == _WEAK else named
                if (
                    kind is EventKind.MEETING
                    and t_end - t_start <= 8
                    and len(here) > 1
                    and text[t_start] in _MET_FIRST
                ):
                    # "met in Almaty … for a regional conference": the gathering they met for
                    kind = _met_for(text, here, t_start, t_end, kind)
                if kind is EventKind.VISIT:
                    kind = _visit_kind(text, t_start, t_end, kind)
                if kind is EventKind.OPENING and len(here) > 1:
                    kind = _opened_kind(text, here, t_start, t_end)
                if (
                    kind is EventKind.OPENING
                    and strength == _ACTIVITY
                    and _FACILITY.search(text, s_start, s_end) is None
                ):
                    # "the hotline will start working on 18 December": a service starts,
                    # a launch (a centre that starts working opens)
                    kind = EventKind.LAUNCH
                when = best.when
                if may & _H_DAY and when.start is not None and when.start == when.end:
                    # "a five-day training started on 3 June": 3 to 7 June (a length is
                    # written with "day", "дневн" or "күндүк" before the trigger)
                    lo = max(s_start, t_start - _DURATION_REACH)
                    if _DURATION_WORD.search(text, lo, t_start) is not None:
                        when = _started_span(text, when, t_start, s_start, s_end)
                is_relative = best.span.start in relative
                # a later mention of a date is the same event when it tells of the same
                # kind family, or names it as one told ("the meeting on 11 May" after a
                # workshop on 11 May): "On the same day, the ambassador visited …" after a
                # handover on 4 May, or "On 4 May, … visited" again, is another event
                prefix = "relative " if is_relative else ""
                key = (when.edtf, prefix + _FAMILY[kind])
                draft = by_date_family.get(key)
                if (
                    draft is None
                    and not is_relative
                    and when.edtf in by_date
                    and lex.told.search(text, max(0, t_start - 8), t_start) is not None
                ):
                    draft = by_date[when.edtf]
                if draft is None:
                    origin = "relative" if is_relative else "own"
                    draft = _Draft(kind, when, origin, where, (i, best.span.start))
                    if region is not None and region[0] <= t_start < region[1]:
                        draft.referred = referred = True
                    by_date_family[key] = draft
                    if not is_relative:
                        by_date.setdefault(when.edtf, draft)
                    own_drafts.append(draft)
                else:
                    if draft.sentences[-1] != i:
                        draft.sentences.append(i)
                    draft.places.extend(where)
            continue
        if strong is None:
            # a report verb alone, with no date, tells of no event; an activity in the
            # sentence the dateline opens ("Bishkek, 14 May 2025 – IOM presented a guide …")
            # has the dateline's date written in its sentence, and one that says "today",
            # "yesterday" or "last week" a day of its own (a report verb too: "IOM brought
            # together 40 officials last month")
            ago = bool(may & _H_TODAY) and lex.period.search(text, s_start, s_end) is not None
            own_day = ago or (
                bool(may & _H_TODAY) and lex.today.search(text, s_start, s_end) is not None
            )
            if (dateline_at is None or not s_start <= dateline_at < s_end) and not own_day:
                continue
            strong = next((t[2][0] for t in here if t[2][1] == _ACTIVITY), None)
            if strong is None and ago:
                # (no strong trigger nor activity: all are weak; "today" may be "nowadays":
                # "an event that still angers her today")
                weak = here[0]
                strong = _object_kind(here, weak[1], weak[2][0])
            if strong is None:
                continue
        kind = strong
        if own_drafts and kind is EventKind.MEETING:
            # "…, who led two of the sessions": a part of the training or meeting told
            # before it, no event of its own
            whole = (
                _part_of(text, first_strong, own_drafts, s_start, sentences)
                if text[first_strong[0]] in _PART_FIRST
                else None
            )
            if whole is not None:
                if i not in whole.sentences:
                    whole.sentences.append(i)
                continue
        if own_drafts and len(here) > 1:
            # "At the opening, the mayor and IOM signed a memorandum": a signing of its own,
            # on the day of the event it was signed at
            planned = (
                bool(may & _H_PLANNED) and lex.planned.search(text, s_start, s_end) is not None
            )
            signed = None if planned else _signed_at(text, here, own_drafts, i, s_start)
            if signed is not None and signed.when is not None:
                key = (signed.when.edtf, "relative " + _FAMILY[EventKind.SIGNING])
                if key not in by_date_family:
                    by_date_family[key] = signed
                    own_drafts.append(signed)
        if not may & (_H_PLANNED | _H_TODAY | _H_WEEKDAY | _H_FOLLOW):
            # no word of a plan, of a day told otherwise (today, a weekday) nor of a
            # following: the dateline's day, else no date (what the looks below give)
            where = (
                [p for _s, _e, p in venues_in(s_start, s_end)]
                if place_sentences is None or i in place_sentences
                else []
            )
            if (days := days_of_dateline()) is None:
                undated.append(_Draft(kind, None, "none", where, (i, s_start)))
            elif (same := dateline_drafts.get(days.edtf)) is None:
                dateline_drafts[days.edtf] = _Draft(kind, days, "dateline", where, (i, s_start))
            else:
                same.sentences.append(i)
                same.places.extend(where)
            continue
        follow = (
            lex.follow.search(text, s_start, s_end)
            if may & _H_FOLLOW and (own_drafts or dateline_drafts)
            else None
        )
        if follow is not None:
            # "The reopening was followed by a workshop": an event of its own, on the day of
            # the event it followed (the last dated before it)
            after = [t for t in here if not t[2][1] and t[0] >= follow.end()]
            previous = max(
                (d for d in (*own_drafts, *dateline_drafts.values()) if d.at < s_start),
                key=lambda d: d.at,
                default=None,
            )
            if after and previous is not None and previous.when is not None:
                kind = after[0][2][0]
                key = (previous.when.edtf, "relative " + _FAMILY[kind])
                if key not in by_date_family:
                    draft = _Draft(kind, previous.when, "relative", [], (i, after[0][0]))
                    by_date_family[key] = draft
                    own_drafts.append(draft)
                continue
        dated: DateSpan | None = None
        if dateline_date is not None:
            dated = days_of_dateline()
            if (
                may & _H_TODAY
                and dateline_date.precision is Precision.DAY
                and dateline_date.start is not None
                and dateline_date.start == dateline_date.end
                and (m := lex.today.search(text, s_start, s_end)) is not None
                and m.group("yesterday")
            ):
                # "Osh, 10 June 2025 – … was held yesterday": the day before the dateline's
                day = dateline_date.start - dt.timedelta(days=1)
                dated = DateSpan.from_dates(
                    day, year_inferred=dateline_date.year_inferred, text=m.group()
                )
        elif (
            published is not None
            and may & _H_TODAY
            and (m := lex.today.search(text, s_start, s_end)) is not None
        ):
            # "IOM today launched …": the day of publication ("yesterday": the day before)
            day = published if m.group("today") else published - dt.timedelta(days=1)
            dated = DateSpan.from_dates(day, text=m.group())
        if may & _H_WEEKDAY:
            # "On Monday, IOM launched …": the last Monday up to the dateline's day or the
            # day of publication
            dated = _weekday_date(
                lex.weekday.search(text, s_start, s_end), text, dated, dateline_date, published
            )
        if (
            dated is not None
            and may & _H_TODAY
            and (period := lex.period.search(text, s_start, s_end)) is not None
        ):
            # "Last week, IOM held …": the week before the dateline's day (or publication)
            dated = _period_ago(period, dateline_date, published)
        where = (
            [p for _s, _e, p in venues_in(s_start, s_end)]
            if place_sentences is None or i in place_sentences
            else []
        )
        if (dated is not None or where) and may & _H_PLANNED:
            plan = _planned(text, s_start, s_end, here, lex)
            if plan < 0:
                # "will hold a conference later this year": no date yet, nor a place
                undated.append(_Draft(kind, None, "none", [], (i, s_start)))
                continue
            if plan < s_end:
                # the places of the plan told after the event are not where it took place
                where = [p for _s, _e, p in venues_in(s_start, plan)] if where else []
        if dated is None:
            # "In Manila, the delegation visited …": its places are those of the event it
            # tells more of
            undated.append(_Draft(kind, None, "none", where, (i, s_start)))
            continue
        when = dated
        # "IOM today held …" says its day: it tells of no event of another date
        today = may & _H_TODAY and lex.today.search(text, s_start, s_end) is not None
        if (same := dateline_drafts.get(when.edtf)) is None:
            origin = "today" if today else "dateline"
            dateline_drafts[when.edtf] = _Draft(kind, when, origin, where, (i, s_start))
        else:
            same.sentences.append(i)
            same.places.extend(where)
            if today:
                same.origin = "today"
    if referred:
        own_drafts = _within(own_drafts)
    merged = _merge(own_drafts, by_date, dateline_drafts, undated, sentences)
    if not merged:
        return ()
    people_in = _Inside(people_found, sentences, starts, disjoint)
    organizations_in = _Inside(organizations, sentences, starts, disjoint)
    programme_of = _ProgrammeOf(
        text, programme_list, programme_mentions, (sentences, starts), disjoint
    )
    dateline_places = list(dateline.places) if dateline is not None else []
    events = []
    for draft in merged:
        where = _unique(draft.places) if draft.places else []
        if dateline_places and (
            not where
            or (
                dateline_date is not None
                and (
                    draft.when == dateline_date
                    or (dateline_days is not dateline_date and draft.when == dateline_days)
                )
            )
        ):
            where = _unique([*where, *dateline_places])
        elif dateline_places:
            # "employers from Osh Region" at a fair in Osh: the dateline's city is the venue
            # when the event names the region around it (or a place inside it)
            near = []
            for q in dateline_places:
                for p in where:
                    # one place directly contains the other (a region and its city)
                    if p.id != q.id and (p.id == q.parent or q.id == p.parent):
                        near.append(q)
                        break
            if near:
                where = _unique([*where, *near])
        indices = draft.sentences
        first_start, first_end = sentences[draft.lead]
        events.append(
            Event(
                kind=draft.kind,
                evidence=Span(start=first_start, end=first_end, text=text[first_start:first_end]),
                when=draft.when,
                places=tuple(where),
                people=people_in.of(indices),
                organizations=organizations_in.of(indices),
                programme=programme_of(indices),
            )
        )
    return tuple(events)


_Trigger = tuple[int, int, _Tag]
_FIRST = operator.itemgetter(0)

# A word that ends as a verb in the past (English, Russian, Kyrgyz): "signed", "met", "held",
# "подписали", "провели", "өткөрүштү".
_PAST_VERB = re.compile(
    r"(?:ed|met|held|took|began|led|брал\w{0,3}|л|ла|ло|ли|лся|лась|лись|ды|ди|ду|дү|ты|ти|ту|тү)$"
)
# A word that opens a clause of its own after the verb: "… signed a memorandum today that sets
# out how the two will support …".
_CLAUSE_WORD = re.compile(
    r"(?<!\w)(?:that|which|who|whom|whose|how|where|when|while|because|что|чтобы|котор\w{0,4}"
    r"|как|где)(?!\w)",
    re.IGNORECASE,
)


def _planned(text: str, start: int, end: int, here: list[_Trigger], lex: _Lexicon) -> int:
    """Whether a sentence (``text[start:end]``, its triggers ``here``) tells of a plan: -1 when
    it does (a word of one), ``end`` when it does not; and when every word of a plan comes
    after its first strong trigger, a verb in the past, in a clause of its own ("IOM signed a
    memorandum today that sets out how the two will support workers in Kazakhstan": the
    signing took place, not in Kazakhstan), where that clause starts.

    >>> lex = _lexicon()
    >>> text = "IOM signed a memorandum today that sets out how it will help."
    >>> _planned(text, 0, len(text), [(4, 10, (EventKind.SIGNING, _STRONG))], lex)
    30
    >>> text = "IOM will sign a memorandum."
    >>> _planned(text, 0, len(text), [(9, 13, (EventKind.SIGNING, _STRONG))], lex)
    -1
    """
    m = lex.planned.search(text, start, end)
    if m is None:
        return end
    first = next((t for t in here if t[2][1] == _STRONG), None)
    if first is None or m.start() < first[1]:
        return -1
    word = text[first[0] : first[1]].split(maxsplit=1)[0].casefold()
    clause = _CLAUSE_WORD.search(text, first[1], m.start())
    if _PAST_VERB.search(word) is None or clause is None:
        return -1
    return clause.start()


_SECOND = operator.itemgetter(1)

# "fair" names an event as a noun ("a job fair in Osh on 3 May", "the fair, where …"), not as
# an adjective ("fair recruitment", "Fair Wages Initiative"): a noun is followed by a
# punctuation mark or a small word.
_FAIR = frozenset({"fair", "fairs"})
# The first letters of the words of _AMBIGUOUS and _FAIR, in either case.
_AMBIGUOUS_FIRST = frozenset("cCtTfF")
_NOUN_END = re.compile(
    r"[ \u00a0]?(?:[,.;:!?)\]\n]|$|[ \u00a0](?:in|on|at|for|of|with|and|or|where|was|were|is|are"
    r"|will|to|by|from|that|which|held|organi[sz]ed|took|brought|came|comes|ran|began|started"
    r"|ended|closed|opened|followed|attracted|featured|gathered|drew|—|–|-)(?!\w))"
)
# An opening of a business is no event ("grants for the opening of a small business",
# "гранты на открытие малого бизнеса").
_BUSINESS = re.compile(
    r"(?:[ \u00a0]{1,2}(?:of|a|an|their|his|her|own|small|new|собственного|своего|малого"
    r"|небольшого)){0,3}[ \u00a0]{1,2}(?:business(?:es)?|бизнеса|дела|предприятия)(?!\w)",
    re.IGNORECASE,
)


# "the visiting delegation", "a visiting expert": "visiting" says who, it names no event.
_DETERMINER_BEFORE = re.compile(
    r"(?<!\w)(?:the|a|an|our|their|his|her|its|this|these|two|three)[ \u00a0]{1,2}$", re.IGNORECASE
)


# "visiting researchers presented a study": who visits, not a visit.
_VISITORS = re.compile(
    r"[ \u00a0]{1,2}(?:[A-Z]\w{0,11}[ \u00a0]{1,2})?(?:delegations?|teams?|experts?|researchers?"
    r"|scholars?|scientists?|officials?|ministers?|ambassadors?|professors?|lecturers?|students?"
    r"|journalists?|donors?|guests?|partners?|members|groups?|missions?|specialists?|doctors?"
    r"|staff|colleagues|representatives?|trainers?|consultants?|judges|mayors?)(?!\w)",
)


# A verb of going ("went to", "отправились в"): a visit only to a place the gazetteer knows
# ("eight of them went to Talas"), not "the prize went to a school".
_GOING = re.compile(
    r"(?:went|headed)[ \u00a0]{1,2}to|(?:отправ\w{1,8}|выех\w{1,6}|выед\w{1,4}|поех\w{1,6}"
    r"|поед\w{1,4})[ \u00a0]{1,2}в",
    re.IGNORECASE,
)
_GOING_TAG = (EventKind.VISIT, _ACTIVITY)
_SIGNING_TAG = (EventKind.SIGNING, _STRONG)  # the only trigger _with_signing adds
_THIRD = operator.itemgetter(2)
_ARTICLE_AFTER = re.compile(r"[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?")


def _going_somewhere(
    text: str, triggers: list[_Trigger], places: Sequence[Place]
) -> list[_Trigger]:
    """The triggers without the verbs of going that no place follows."""
    starts = {m.start for p in places for m in p.mentions}
    kept = []
    for t in triggers:
        if t[2] == _GOING_TAG and _GOING.fullmatch(text, t[0], t[1]):
            gap = _ARTICLE_AFTER.match(text, t[1])
            if gap is None or gap.end() not in starts:
                continue
        kept.append(t)
    return kept


# The words between a trigger and an activity that is its object ("findings of a survey").
_OF_OBJECT = re.compile(
    r"[ \u00a0]of(?:[ \u00a0](?:a|an|the|this|that|their|its|his|her))?[ \u00a0]"
)


def _not_objects(text: str, here: list[_Trigger]) -> list[_Trigger]:
    """The triggers of a sentence but the activities that are another's object ("presented
    the findings of a survey": the survey is what was presented, no event of its own)."""
    out = [here[0]]
    for n in range(1, len(here)):
        start, _end, (_kind, strength) = here[n]
        if strength != _ACTIVITY or not _OF_OBJECT.fullmatch(text, here[n - 1][1], start):
            out.append(here[n])
    return out


def _usable(
    text: str,
    triggers: list[_Trigger],
    organizations: Sequence[Organization],
    plain: bool = False,
) -> list[_Trigger]:
    """The triggers that tell of an event: not one word of a phrase that names none ("of
    course", "by train", "fair recruitment", "the opening of a business"), nor a word of an
    organization's name ("консультация борбору", "the Conference of Invented Employers").

    Most triggers are none of these: only the few that may be (a short word of
    ``_AMBIGUOUS`` or ``_FAIR``, an opening, one inside an organization's name) are looked at.
    """
    drop: set[int] = set()
    if not plain:  # ``plain``: the trigger pass found no word of _H_NOT_NAMING in the text
        drop = _not_naming(text, triggers)
    if "isiting " in text:
        # "the visiting delegation met …", "visiting researchers presented …": who met or
        # presented, not the event's head
        for n, (start, end, (kind, _strength)) in enumerate(triggers):
            if (
                kind is EventKind.VISIT
                and end - start == 8
                and text[start:end].casefold() == "visiting"
                and (
                    _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None
                    or _VISITORS.match(text, end) is not None
                )
            ):
                drop.add(n)
    if organizations:
        # each name's triggers: those that start inside it and end inside it
        starts = [t[0] for t in triggers]
        for o in organizations:
            for m in o.mentions:
                k = bisect.bisect_left(starts, m.start)
                while k < len(triggers) and triggers[k][0] < m.end:
                    if triggers[k][1] <= m.end:
                        drop.add(k)
                    k += 1
    if not drop:
        return triggers
    return [t for n, t in enumerate(triggers) if n not in drop]


def _not_naming(text: str, triggers: list[_Trigger]) -> set[int]:
    """The indices of the triggers that are a word of a phrase that names no event."""
    drop: set[int] = set()
    for n, (start, end, (kind, _strength)) in enumerate(triggers):
        if end - start <= 6 and text[start] in _AMBIGUOUS_FIRST:
            word = text[start:end].casefold()
            if (
                word in _AMBIGUOUS
                and (
                    _NOT_EVENT_BEFORE.search(text, max(0, start - 14), end) is not None
                    or _NOT_EVENT_NEXT.match(text, start, end + 12) is not None
                )
            ) or (word in _FAIR and _NOUN_END.match(text, end) is None):
                drop.add(n)
        if kind is EventKind.OPENING and _BUSINESS.match(text, end) is not None:
            drop.add(n)

    return drop


def _bound_word_before(padded: bytes, start: int) -> bool:
    """Whether the word before the text's offset ``start`` (one or two spaces before it, in
    ``padded``: the text as bytes, see ``_trigger_pass``) ends as one of _NOT_EVENT_DATE."""
    if start < 2 or padded[start] != 32:  # 32: a space (``padded[i]`` is the text's ``i - 1``)
        return start < 2
    end = start if padded[start - 1] != 32 else start - 1
    return padded.endswith(_NOT_EVENT_DATE_ENDS, 0, end)


def _by_sentence(
    triggers: list[_Trigger], sentences: Sequence[tuple[int, int]], starts: list[int]
) -> list[tuple[int, list[_Trigger]]]:
    """The triggers grouped by the sentence they stand in (in order), by sentence index."""
    out: list[tuple[int, list[_Trigger]]] = []
    for trigger in triggers:
        pos = trigger[0]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= sentences[i][1]:
            continue
        if out and out[-1][0] == i:
            out[-1][1].append(trigger)
        else:
            out.append((i, [trigger]))
    return out


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """The number of characters between two spans (0 when they touch or overlap)."""
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


# How many triggers on each side of a date are paired with it at most: a sentence of
# thousands of triggers and dates costs time in proportion to their number.
_NEAREST = 3


class _Marks(NamedTuple):
    """What a sentence's dates and triggers stand in: its quotations (spans), and the starts
    of its days told by their distance from another ("the second day")."""

    quotes: Sequence[tuple[int, int]] = ()
    relative: Set[int] = frozenset()
    may_plan: bool = True  # whether a word of a plan ("will", "promised to") may stand in it
    kyrgyz: bool = False  # whether the text is Kyrgyz (a comma after a past verb ends a clause)


_NO_MARKS = _Marks()


# Where one clause of a sentence ends and another with its own subject begins: "…, and a
# round table took place …", "…; …", "…, while …", "…, а …", "…, жана …". A date is an
# event's of its own clause before one across such a break, however near.
_CLAUSE_BREAK = re.compile(
    r";|,[ \u00a0]{1,2}(?:and|but|while|whilst|whereas|и|а|но|тогда[ \u00a0]как|жана|ал[ \u00a0]эми)"
    r"(?!\w)"
    # "the consultation on 24 June was followed by a meeting on 26 June": each its own date
    r"|(?<!\w)followed[ \u00a0]by(?!\w)"
)


def _clause_breaks(
    text: str, triggers: list[_Trigger], dates: list[DateMention], kyrgyz: bool = False
) -> list[int]:
    """Where the clause breaks stand between the first and the last trigger or date."""
    lo = min(triggers[0][0], dates[0].span.start)
    hi = max(triggers[-1][1], dates[-1].span.end)
    return _breaks_in(text, lo, hi, triggers, kyrgyz)


_BREAK_MARK = re.compile(r"[,;]|followed")


def _may_break(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a mark a clause break needs (a comma, a semicolon, or
    "followed")."""
    return _BREAK_MARK.search(text, lo, hi) is not None


def _breaks_in(text: str, lo: int, hi: int, triggers: list[_Trigger], kyrgyz: bool) -> list[int]:
    """Where the clause breaks of ``text[lo:hi]`` stand (in Kyrgyz, whose verb ends its clause,
    a comma after a past verb or a verb of ``triggers`` too: "семинар өттү, …", "өтөт, …")."""
    if not _may_break(text, lo, hi):
        return []
    if not kyrgyz:
        return [m.start() for m in _CLAUSE_BREAK.finditer(text, lo, hi)]
    # a comma after a past verb ("өттү,") or after a verb of the lexicon ("өтөт,", "ачылат,")
    found = {m.start() for m in _KY_CLAUSE_BREAK.finditer(text, lo, hi)}
    found.update(t[1] for t in triggers if text.startswith(",", t[1]))
    return sorted(found)


_KY_CLAUSE_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|(?<=[дт][ыиуү]),")


def _crosses(breaks: Sequence[int], a: int, b: int) -> int:
    """1 when a clause break stands between the positions ``a`` and ``b``, else 0."""
    if not breaks:
        return 0
    if b < a:
        a, b = b, a
    k = bisect.bisect_left(breaks, a)
    return int(k < len(breaks) and breaks[k] < b)


def _pair(
    text: str,
    triggers: list[_Trigger],
    dates: list[DateMention],
    ranks: list[int],
    marks: _Marks = _NO_MARKS,
) -> list[tuple[_Trigger, DateMention]]:
    """Each date of a sentence with the trigger that tells of its event, nearest first.

    A trigger dates one event and a date is one event's. Triggers take their dates by rank
    (``ranks``, one per trigger): strong ones first, then activities, then those that name
    another event ("before the handover", "the meeting was followed by …"), then weak ones ("held",
    "took place"); so "a forum on 2 October, a week after experts had met on 24-25
    September" is two events, and "held a workshop on 5 May" one, a workshop. A date
    joined by "and" to a date its trigger took is that trigger's too ("from 10 to 14 May
    in Osh and from 17 to 21 May in Naryn"). A date inside a quotation (``quotes``) goes
    only with a trigger inside the same one. A date that no trigger takes is background;
    a day told by its distance from another ("joined on the second day") is joined to no
    other date: it needs a trigger of its own.
    """
    quotes = marks.quotes
    q_starts = [q[0] for q in quotes]
    if len(dates) == 1 and len(triggers) <= _NEAREST:
        # one date (the usual sentence): the trigger of the lowest rank, then the one of the
        # date's clause, then the nearest, then the first, takes it (what the general case
        # below gives, in one loop)
        d = dates[0]
        d_start, d_end = d.span.start, d.span.end
        best: tuple[tuple[int, int, int], _Trigger] | None = None
        for t, rank in zip(triggers, ranks, strict=True):
            if quotes and _inside(quotes, q_starts, t[0]) != _inside(quotes, q_starts, d_start):
                continue
            key = (rank, _gap(t[0], t[1], d_start, d_end), t[0])
            if best is None or key < best[0]:
                best = (key, t)
        if best is None:
            return []
        b_start, b_end = best[1][0], best[1][1]
        if (
            len(triggers) > 1
            and ranks.count(best[0][0]) > 1
            and _may_break(text, min(b_start, d_start), max(b_end, d_end))
        ):
            # two of one rank: the one of the date's clause first
            breaks = _clause_breaks(text, triggers, dates, marks.kyrgyz)
            if breaks and _crosses(breaks, b_start, d_start):
                near = [
                    ((_gap(t[0], t[1], d_start, d_end), t[0]), t)
                    for t, rank in zip(triggers, ranks, strict=True)
                    if rank == best[0][0]
                    and not _crosses(breaks, t[0], d_start)
                    and (
                        not quotes
                        or _inside(quotes, q_starts, t[0]) == _inside(quotes, q_starts, d_start)
                    )
                ]
                if near:
                    return [(min(near)[1], d)]
        return [(best[1], d)]
    breaks = _clause_breaks(text, triggers, dates, marks.kyrgyz) if len(triggers) > 1 else []
    taken: dict[int, _Trigger] = {}
    alone = {j for j, d in enumerate(dates) if d.span.start in marks.relative}
    for rank in sorted(set(ranks)):
        group = [t for t, r in zip(triggers, ranks, strict=True) if r == rank]
        group_starts = [t[0] for t in group]
        options: list[tuple[int, int, int, int]] = []
        for j, d in enumerate(dates):
            if j in taken:
                continue
            d_start, d_end = d.span.start, d.span.end
            k = bisect.bisect_left(group_starts, d_start)
            for n in range(max(0, k - _NEAREST), min(len(group), k + _NEAREST)):
                t = group[n]
                if quotes and _inside(quotes, q_starts, t[0]) != _inside(quotes, q_starts, d_start):
                    continue
                options.append(
                    (
                        _crosses(breaks, t[0], d_start) if breaks else 0,
                        _gap(t[0], t[1], d_start, d_end),
                        n,
                        j,
                    )
                )
        options.sort()
        used: set[int] = set()
        for _crossing, _distance, n, j in options:
            if n in used or j in taken:
                continue
            used.add(n)
            taken[j] = group[n]
        if taken and len(taken) < len(dates):
            # a date is joined only to a date on its side of a quotation's marks
            sides = [_inside(quotes, q_starts, d.span.start) for d in dates] if quotes else None
            _join_coordinated(text, dates, taken, triggers, (alone, sides))
    return sorted(((t, dates[j]) for j, t in taken.items()), key=lambda p: p[1].span.start)


# A date after these words is the day a text came out, not of the activity it reports
# ("the survey, published on 5 May").
_PUBLISHED = re.compile(
    r"(?<!\w)(?:published|released|issued|dated|опубликован\w{0,3}|выпущен\w{0,3}"
    r"|от)(?:[ \u00a0](?:on|in))?[ \u00a0]{1,2}$",
    re.IGNORECASE,
)


# How far before an activity a word of a hedge makes it one that may be done ("would be
# tested"), and the words.
_PLAN_REACH = 24
_HEDGED = re.compile(r"(?<!\w)(?:would|could|might|may|should|может|могут|мог\w{0,2})(?!\w)")


# How far before a trigger its length in days may be written ("a five-day training"), and the
# words that say an event began on its date ("started on 3 June").
_DURATION_REACH = 24
# How far after a day told by its distance its length ("a two-day training") is looked for.
_LENGTH_AFTER = 160
_DURATION_WORD = re.compile("day|дневн|күндүк")
_STARTED = re.compile(
    r"(?<!\w)(?:started|starts|began|begins|starting|beginning|kicked[ \u00a0]off|opened|opens"
    r"|стартовал\w{0,2}|начал\w{0,3}|открыл\w{0,3}ся|башталды|ачылды)(?!\w)",
    re.IGNORECASE,
)


def _started_span(text: str, when: DateSpan, start: int, s_start: int, s_end: int) -> DateSpan:
    """The days of an event of several days that its sentence says began on ``when`` ("a
    five-day training started on 3 June": 3 to 7 June); ``when`` when it says none."""
    length = duration_days(text, max(s_start, start - _DURATION_REACH), start)
    if length is None or length < 2 or when.start is None or when.precision is not Precision.DAY:
        return when
    if _STARTED.search(text, s_start, s_end) is None:
        return when
    return DateSpan.from_dates(
        when.start,
        when.start + dt.timedelta(days=length - 1),
        year_inferred=when.year_inferred,
        text=when.text,
    )


def _period_ago(
    found: re.Match[str], dateline_date: DateSpan | None, published: dt.date | None
) -> DateSpan | None:
    """The days ``found`` (a match of _PERIOD_AGO) names, counted from the dateline's day, else
    the day of publication: the week (Monday to Sunday) before, the week up to that day, the
    month before, that month; None when no such day is known."""
    day = published
    if (
        dateline_date is not None
        and dateline_date.precision is Precision.DAY
        and dateline_date.start is not None
    ):
        day = dateline_date.start
    if day is None:
        return None
    text = found.group()
    inferred = dateline_date.year_inferred if dateline_date is not None else False
    monday = day - dt.timedelta(days=day.weekday())
    if found.group("last_week"):
        return DateSpan.from_dates(
            monday - dt.timedelta(days=7),
            monday - dt.timedelta(days=1),
            year_inferred=inferred,
            text=text,
        )
    if found.group("this_week"):
        return DateSpan.from_dates(monday, day, year_inferred=inferred, text=text)
    first = day.replace(day=1)
    if found.group("last_month"):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return DateSpan.from_dates(
        first, last, precision=Precision.MONTH, year_inferred=inferred, text=text
    )


def _dateline_days(
    text: str,
    dateline: str,
    dateline_date: DateSpan | None,
    usable: list[DateMention],
    sentences: Sequence[tuple[int, int]],
) -> DateSpan | None:
    """The days a sentence dated by the dateline took place on: the dateline's day, or the
    days its own sentence writes around it ("Karaganda, 20 November 2025 – Officials are
    learning on 20–21 November …. The seminar is part of …": the seminar is on both days)."""
    if (
        not dateline
        or dateline_date is None
        or dateline_date.start is None
        or dateline_date.start != dateline_date.end
    ):
        return dateline_date
    day = dateline_date.start
    around = []
    for d in usable:
        w = d.when
        if (
            w.start != w.end
            and w.start is not None
            and w.end is not None
            and w.start <= day <= w.end
            and w.precision is Precision.DAY
        ):
            around.append(d)
    if len(around) != 1:
        return dateline_date
    # (in the dateline's sentence: one that writes the dateline before the date)
    k = bisect.bisect_right(sentences, around[0].span.start, key=_FIRST) - 1
    if k < 0 or text.find(dateline, sentences[k][0], around[0].span.start) < 0:
        return dateline_date
    return around[0].when


def _told_days(
    text: str,
    pairs: list[tuple[_Trigger, DateMention]],
    rank_of: dict[_Trigger, int],
    marks: _Marks,
    lex: _Lexicon,
) -> list[tuple[_Trigger, DateMention]]:
    """The pairs that date an event of their own: not a day told by its distance from an
    event that the trigger names ("on the last day of the training": a day of that training,
    not another), nor an activity with a plan between it and the date ("handed the licences
    and promised to hire ten of them in March")."""
    out = []
    relative = marks.relative
    for pair in pairs:
        (t_start, t_end, (_kind, strength)), d = pair
        if d.span.start in relative and rank_of[pair[0]] == _REFERENCE_RANK:
            continue
        if strength == _ACTIVITY and (
            (
                t_end <= d.span.start
                and marks.may_plan
                and lex.planned.search(text, t_end, d.span.start) is not None
            )
            or _PUBLISHED.search(text, max(0, d.span.start - 24), d.span.start) is not None
            or (
                # "the schedule would be tested in May": what may be done in a month, no event
                d.when.precision is not Precision.DAY
                and _HEDGED.search(text, max(0, t_start - _PLAN_REACH), t_start) is not None
            )
        ):
            continue
        out.append(pair)
    return out


# How far after a weak trigger ("attended", "held") a strong one may stand to be its object.
_OBJECT_REACH = 40


def _object_kind(triggers: list[_Trigger], end: int, kind: EventKind) -> EventKind:
    """The kind of a weak trigger's event: that of the strong trigger that follows it closely
    ("attended a pre-departure orientation", "held a two-day workshop"), else its own."""
    k = bisect.bisect_left([t[0] for t in triggers], end)
    for start, _end, (other, strength) in triggers[k:]:
        if start > end + _OBJECT_REACH:
            break
        if strength != _WEAK:
            return other
    return kind


# Quotation marks: a sentence without one needs no look for quotations.
_QUOTE_MARKS = re.compile('[“”«»"]')
# A quotation inside a sentence: its opening mark, at most 600 characters, its closing mark.
_QUOTATION = r"“[^“”]{0,600}”|«[^«»]{0,600}»|\"[^\"]{0,600}\""


def _quoted(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The quotations of the sentence ``text[start:end]``, as spans."""
    return [m.span() for m in pattern.finditer(text, start, end)]


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], pos: int) -> int:
    """The index of the span (of ``spans``, in order, starting at ``starts``) that holds
    ``pos``, or -1."""
    n = bisect.bisect_right(starts, pos) - 1
    return n if n >= 0 and pos < spans[n][1] else -1


def _join_coordinated(
    text: str,
    dates: list[DateMention],
    taken: dict[int, _Trigger],
    triggers: list[_Trigger],
    fences: tuple[Set[int], Sequence[int] | None],
) -> None:
    """Give each date not taken the trigger of a neighbour date it is joined to: by "and", or
    in a list ("in Osh on 3 May, in Naryn on 5 May and in Talas on 7 May": commas, names
    and small words between them), with no trigger between them, at most 60 characters
    apart. Lists are followed both ways. ``fences``: the dates alone (their indices), joined
    to none, and each date's side of a quotation's marks (None: no quotation), which a date
    is joined across never."""
    alone, sides = fences
    trigger_starts = [t[0] for t in triggers]
    for order in (range(len(dates)), range(len(dates) - 1, -1, -1)):
        for j in order:
            if j in taken or j in alone:
                continue
            for k in (j - 1, j + 1):
                if k not in taken or (sides is not None and sides[k] != sides[j]):
                    continue
                first, second = (dates[k], dates[j]) if k < j else (dates[j], dates[k])
                lo, hi = first.span.end, second.span.start
                between = bisect.bisect_left(trigger_starts, lo)
                if (
                    hi - lo <= 60
                    and (between == len(triggers) or triggers[between][0] >= hi)
                    and (_JOINED.search(text, lo, hi) is not None or _listed(text[lo:hi]))
                ):
                    taken[j] = taken[k]
                    break


# The small words a list of dates and places may hold between two dates.
_LIST_WORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "the",
        "from",
        "to",
        "of",
        "also",
        "then",
        "в",
        "во",
        "на",
        "с",
        "по",
        "а",
        "также",
        "и",
        "шаарында",
        "жана",
    ]
)
_LETTERS = re.compile(r"[^\W\d_]+")


def _listed(gap: str) -> bool:
    """Whether the text between two dates only continues a list: a comma or a semicolon,
    then names (capitalised) and small words."""
    if "," not in gap and ";" not in gap:
        return False
    return all(w[0].isupper() or w in _LIST_WORDS for w in _LETTERS.findall(gap))


# The ranks of a trigger that names another event, and of a weak one (see _ranks).
_REFERENCE_RANK = 2
_WEAK_RANK = 3


# A trigger after these words is the object of what is to be done ("to add a course", "to
# prepare the training"): it names no event of the sentence's date.
_PURPOSE = re.compile(
    r"(?<![\w\-])to[ \u00a0](?!be(?!\w))[a-z]{2,15}(?:[ \u00a0](?:a|an|the|this|its|their|new"
    r"|joint|second|further))?(?:[ \u00a0][a-z]{1,15}-(?:day|week|month)s?)?[ \u00a0]{1,2}$"
)
_PURPOSE_REACH = 40
# "who have signed", "which had hosted": what was done before the sentence's event.
_PERFECT_ENDS = ("have ", "has ", "had ")
_DONE_BEFORE = re.compile(
    r"(?<!\w)(?:who|which|that)[ \u00a0](?:have|has|had)"
    r"(?:[ \u00a0](?:already|recently|just|previously))?[ \u00a0]$"
)
# The Kyrgyz genitive ending of a noun (after a vowel or a consonant): "кампаниянын",
# "семинардын", "тренингдин", "форумдун".
_KY_GENITIVE = re.compile(r"[ндт][ыиуү]н")


def _ranks(text: str, triggers: list[_Trigger], lex: _Lexicon, hints: _Hints, i: int) -> list[int]:
    """The rank of each trigger of a sentence when dates are paired: 0 a strong trigger, 1 an
    activity ("handed certificates" after "a ceremony": the ceremony names the event), 2 one
    that names another event ("before the handover", "after the round table", the event
    before "was followed by", "who have signed", "to add a course", a Kyrgyz genitive), 3 a
    weak one ("held")."""
    follow = None
    if len(triggers) > 1:
        first, last = triggers[0][0], triggers[-1][1]
        found = (
            lex.follow.search(text, first, last) if hints.has(i, first, last, _H_FOLLOW) else None
        )
        follow = found.start() if found is not None else None
    ranks = []
    for start, end, (_kind, strength) in triggers:
        if strength == _WEAK:
            ranks.append(_WEAK_RANK)
        elif (follow is not None and end <= follow) or (
            hints.may_refer(start, end)
            and (
                lex.reference_before.search(text, max(0, start - 36), start) is not None
                or lex.reference_after.match(text, end) is not None
            )
        ):
            ranks.append(_REFERENCE_RANK)
        else:
            ranks.append(strength)  # _STRONG (0) before _ACTIVITY (1)
    if ranks.count(_STRONG) + ranks.count(_ACTIVITY) > 1:
        # two that may take a date: one may name what was done before ("nurses who have signed
        # contracts"), what is to be done ("signed a memorandum on 27 January to add a
        # course") or, in Kyrgyz, the event another is of ("кампаниянын жыйынтыктары боюнча
        # тегерек стол")
        _other_events(text, triggers, ranks, hints.kyrgyz)
    return ranks


def _other_events(text: str, triggers: list[_Trigger], ranks: list[int], kyrgyz: bool) -> None:
    """Rank as naming another event (in ``ranks``) the triggers that name what was done
    before, what is to be done, or (``kyrgyz``) what another is of."""
    lo = triggers[0][0] - _PURPOSE_REACH if triggers[0][0] > _PURPOSE_REACH else 0
    hi = triggers[-1][0]
    perfect = text.find(" ha", lo, hi) >= 0
    purpose = text.find(" to ", lo, hi) >= 0
    if not (perfect or purpose or kyrgyz):
        return
    strong_seen = False
    for n, (start, end, (_kind, _strength)) in enumerate(triggers):
        rank = ranks[n]
        if rank > _ACTIVITY:
            continue
        before = start - _PURPOSE_REACH if start > _PURPOSE_REACH else 0
        if (
            (
                perfect
                and text.endswith(_PERFECT_ENDS, start - 6 if start > 6 else 0, start)
                and _DONE_BEFORE.search(text, before, start) is not None
            )
            or (
                purpose
                and strong_seen
                and rank == _STRONG
                and text.find(" to ", before, start) >= 0
                and _PURPOSE.search(text, before, start) is not None
            )
            or (
                kyrgyz
                and text[end - 1] == "н"
                and end - start > 5
                and _KY_GENITIVE.match(text, end - 3, end) is not None
            )
        ):
            ranks[n] = _REFERENCE_RANK
        elif rank == _STRONG:
            strong_seen = True


def _nearest_pair(
    pairs: list[tuple[_Trigger, DateMention]],
    pair_starts: list[int],
    start: int,
    end: int,
    breaks: Sequence[int] = (),
) -> int:
    """The index of the pair (trigger and date) a place mention at ``start:end`` is nearest to
    (``pair_starts``: where the pairs' dates start, in order), one of its own clause first
    (``breaks``: where the sentence's clauses break)."""
    if len(pairs) == 1:
        return 0
    # the pairs are in the order of their dates: only those whose date is near are looked at
    k = bisect.bisect_left(pair_starts, start)
    best, distance = 0, (-1, -1)
    for n in range(max(0, k - _NEAREST), min(len(pairs), k + _NEAREST)):
        (t_start, t_end, _tag), d = pairs[n]
        gap = (
            _crosses(breaks, start, t_start) and _crosses(breaks, start, d.span.start),
            min(_gap(t_start, t_end, start, end), _gap(d.span.start, d.span.end, start, end)),
        )
        if distance[0] < 0 or gap < distance:
            best, distance = n, gap
    return best


# A dateline whose date comes after its dash: "Бишкек – 14 мая 2025 года".
_DASH_THEN_DAY = re.compile(r"[–—][ \u00a0]{0,2}\d|[ \u00a0]-[ \u00a0]{1,2}\d")


def _dateline_span(text: str, written: str) -> tuple[int, int] | None:
    """Where the dateline stands in the text (near its start), if it does."""
    at = text.find(written, 0, 2 * len(written) + 200) if written else -1
    return None if at < 0 else (at, at + len(written))


def _outside_dateline(text: str, written: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates that are not part of the dateline (written at the start of the text)."""
    span = _dateline_span(text, written)
    if span is None:
        return dates
    return [d for d in dates if not (span[0] <= d.span.start and d.span.end <= span[1])]


def _several_days(span: DateSpan) -> bool:
    """Whether ``span`` is a stretch of several days (of a known year or none)."""
    if span.start is not None and span.end is not None:
        return span.start < span.end
    return len(_YEARLESS_DAY.findall(span.edtf)) == 2 and "/" in span.edtf


def _nth_day(span: DateSpan | None, phrase: str) -> DateSpan | None:
    """The day "the second day" names of ``span``, the last event of several days told
    before it.

    >>> _nth_day(DateSpan.yearless(7, 3, 7, 5), "the last day").edtf
    'XXXX-07-05'
    """
    if span is None:
        return None
    words = phrase.casefold().split()
    nth = next((_NTH[w] for w in words if w in _NTH), None)
    if nth is None:  # pragma: no cover - the pattern names an ordinal
        return None
    if span.start is None or span.end is None:
        # a stretch of no known year: its last day, or its first and a count of days
        days = _YEARLESS_DAY.findall(span.edtf)
        month, day_of = days[-1] if nth < 0 else days[0]
        first = DateSpan.yearless(int(month), int(day_of), text=phrase)
        if nth <= 0:
            return first
        shifted = _yearless_shift(first, nth, phrase)
        if shifted is None or shifted.edtf[5:] > span.edtf[-5:]:
            return None  # past its end (the stretch is read within one year)
        return shifted
    day = span.end if nth < 0 else span.start + dt.timedelta(days=nth)
    if day > span.end:
        return None
    return DateSpan.from_dates(day, year_inferred=span.year_inferred, text=phrase)


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")


def _yearless_shift(base: DateSpan, shift: int, phrase: str) -> DateSpan | None:
    """The day ``shift`` days after the end of ``base`` (before its start when negative), a
    date of no known year, when a leap year and another agree on it (else None).

    >>> _yearless_shift(DateSpan.yearless(5, 3), 2, "two days later").edtf
    'XXXX-05-05'
    >>> _yearless_shift(DateSpan.yearless(2, 27), 3, "three days later") is None
    True
    """
    days = _YEARLESS_DAY.findall(base.edtf)
    if not days:
        return None
    month, day = days[-1] if shift > 0 else days[0]
    try:
        found = {
            (d + dt.timedelta(days=shift)).strftime("%m-%d")
            for d in (dt.date(2000, int(month), int(day)), dt.date(2001, int(month), int(day)))
        }
    except ValueError:
        return None  # 29 February
    if len(found) != 1:
        return None
    new_month, new_day = found.pop().split("-")
    return DateSpan.yearless(int(new_month), int(new_day), text=phrase)


# How far from a word of days or weeks the phrase that holds it may reach (the longest,
# "четырьмя неделями позднее", is 25 characters long).
_RELATIVE_REACH = 40
# What may stand between a day told by its distance and the date that says it ("two days
# later, on 8 June", "на следующий день, 5 мая").
_BESIDE = frozenset({"", "on", "в", "—", "–"})
_NOT_WORD = re.compile(r"\W")


def _relative_days(
    text: str, marks: list[tuple[int, int]] | None, pattern: re.Pattern[str]
) -> list[re.Match[str]]:
    """Every match of ``pattern`` (_RELATIVE_DAY) in ``text``, in order, as one search of the
    whole text finds them: looked for only around the words of days and weeks that
    ``marks`` hold (each phrase has one), in stretches that end before a word character.
    """
    if marks is None:
        if not _hinted(text, 0, len(text), _RELATIVE_HINTS):
            return []
        return list(pattern.finditer(text))
    stretches: list[list[int]] = []
    for pos, bits in marks:
        if not bits & _H_DAY:
            continue
        start = max(0, pos - _RELATIVE_REACH)
        after = _NOT_WORD.search(text, min(len(text), pos + _RELATIVE_REACH))
        end = len(text) if after is None else after.start()
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    return [m for start, end in stretches for m in pattern.finditer(text, start, end)]


def _with_relative_days(
    text: str,
    usable: list[DateMention],
    phrases: list[re.Match[str]],
    first_day: DateSpan | None = None,
) -> tuple[list[DateMention], set[int]]:
    """The dates, with every "the same day", "the next day" … (``phrases``: the matches of
    _RELATIVE_DAY, in order) dated from the day-precise date written before it, else from
    ``first_day`` (the dateline's day), and the starts of those, in order."""
    days = [d for d in usable if d.when.precision is Precision.DAY]
    day_starts = [d.span.start for d in days]
    # the last date of several days up to each day (for "on the second day")
    last_range: list[DateSpan | None] = []
    for d in days:
        w = d.when
        last_range.append(w if _several_days(w) else (last_range[-1] if last_range else None))
    starts = [d.span.start for d in usable]
    beside: set[int] = set()
    added: list[DateMention] = []
    for m in phrases:
        # "on the same day, 20 November, …": the date written beside it says the day
        k = bisect.bisect_left(starts, m.end())
        if (
            k < len(starts)
            and starts[k] - m.end() <= 6
            and text[m.end() : starts[k]].strip(", \u00a0").casefold() in _BESIDE
        ):
            beside.add(starts[k])
            continue
        k = bisect.bisect_left(day_starts, m.start())
        if k == 0 and first_day is None:
            continue
        base = days[k - 1].when if k > 0 else first_day
        assert base is not None
        when: DateSpan | None
        if m.group("nth"):
            when = _nth_day(
                last_range[k - 1] if k > 0 else (first_day if _several_days(base) else None),
                m.group("nth"),
            )
            if when is None:
                continue
            added.append(
                DateMention(span=Span(start=m.start(), end=m.end(), text=m.group()), when=when)
            )
            continue
        told = (
            added[-1].when
            if added and (k == 0 or added[-1].span.start > days[k - 1].span.start)
            else None
        )
        if told is not None and (
            (told.start is not None and base.start is not None and told.start >= base.start)
            or (told.start is None and base.start is None and told.edtf[:10] >= base.edtf[:10])
        ):
            # "Two days later, … A week later, …": from the day told last (not from a
            # look back: "The day before, …" is told from the date before it)
            base = told
        if m.group("same"):
            shift = 0
            edge = _EDGE_DAY.match(text, m.end())
            if edge is not None and _several_days(base):
                # "on the same day as the opening": the first day of the event told
                when = _nth_day(base, "last" if edge.group("last") else "first")
                if when is not None:
                    added.append(
                        DateMention(
                            span=Span(start=m.start(), end=m.end(), text=m.group()),
                            when=attrs.evolve(when, text=m.group()),
                        )
                    )
                continue
        elif m.group("next"):
            shift = 1
        elif m.group("later"):
            shift = _distance(m.group("later"))
        elif m.group("earlier"):
            shift = -_distance(m.group("earlier"))
        else:
            shift = -1
        if shift == 0:
            when = attrs.evolve(base, text=m.group())
        elif base.start is None or base.end is None:
            # a day of no known year: its month and day, when no 29 February lies between
            when = _yearless_shift(base, shift, m.group())
            if when is None:
                continue
        else:
            day = (base.end if shift > 0 else base.start) + dt.timedelta(days=shift)
            when = DateSpan.from_dates(day, year_inferred=base.year_inferred, text=m.group())
        added.append(
            DateMention(span=Span(start=m.start(), end=m.end(), text=m.group()), when=when)
        )
    if not added and not beside:
        return usable, set()
    merged = sorted([*usable, *added], key=lambda d: d.span.start)
    return merged, {d.span.start for d in added} | beside


_SEATED: dict[tuple[str, tuple[str, ...]], bool] = {}


def _seated(org: Organization) -> bool:
    """``seated_where_named(org)``, kept by name and aliases: the same organizations come
    back page after page, and the look reads every alias."""
    key = (org.name, org.aliases)
    found = _SEATED.get(key)
    if found is None:
        found = seated_where_named(org)
        if len(_SEATED) >= 4096:
            _SEATED.clear()  # names seen once stay bounded
        _SEATED[key] = found
    return found


def _not_venues(
    place_mentions: Sequence[tuple[int, int, Place]],
    organizations: Sequence[Organization],
    role_spans: Sequence[tuple[int, int]],
    programme_mentions: Sequence[tuple[int, int, int]],
) -> set[int]:
    """The indices of the place mentions that are no venues: inside an organization's or a
    programme's name, or a role (as ``Cover.contains`` says, for the few place mentions); a
    city's executive sits in its place ("в мэрии Оша": in Osh)."""
    spans = sorted(
        [
            *((m.start, m.end) for o in organizations if not _seated(o) for m in o.mentions),
            *role_spans,
            *((s, e) for s, e, _i in programme_mentions),
        ]
    )
    if not spans:
        return set()
    starts = list(map(_FIRST, spans))
    reach = list(itertools.accumulate(map(_SECOND, spans), max))  # the furthest end so far
    out = set()
    for k, (start, end, _place) in enumerate(place_mentions):
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and reach[i] >= end:
            out.add(k)
    return out


def _told_before(own: list[_Draft], draft: _Draft) -> _Draft | None:
    """The own-dated event a sentence dated only by the dateline tells of: one whose dates
    hold the dateline's, else the last of its kind family told before it."""
    when = draft.when
    if when is not None and when.start is not None and when.end is not None:
        for other in own:
            if other.origin == "relative":
                continue
            span = other.when
            if (
                span is not None
                and span.start is not None
                and span.end is not None
                and span.start <= when.start
                and when.end <= span.end
            ):
                return other
    if draft.origin == "today":
        return None
    family = _FAMILY[draft.kind]
    before = [
        o for o in own if o.at < draft.at and _FAMILY[o.kind] == family and o.origin != "relative"
    ]
    return max(before, key=lambda o: o.at) if before else None


def _within(own: list[_Draft]) -> list[_Draft]:
    """The drafts, each event named in a reference to another whose day lies in an event of
    several days of its kind ("the day after the course", of a course from 21 to 23 October)
    joined to that event."""
    spans = [
        d
        for d in own
        if d.when is not None
        and d.when.start is not None
        and d.when.end is not None
        and d.when.start < d.when.end
    ]
    if not spans:
        return own
    out = []
    for d in own:
        w = d.when
        if d.referred and w is not None and w.start is not None and w.start == w.end:
            whole = next(
                (
                    o
                    for o in spans
                    if o.kind is d.kind
                    and o.when is not None
                    and o.when.start is not None
                    and o.when.end is not None
                    and o.when.start <= w.start <= o.when.end
                ),
                None,
            )
            if whole is not None:
                whole.sentences.extend(i for i in d.sentences if i not in whole.sentences)
                continue
        out.append(d)
    return out


def _merge(
    own: list[_Draft],
    by_date: dict[str, _Draft],
    dated: dict[str, _Draft],
    undated: list[_Draft],
    sentences: Sequence[tuple[int, int]],
) -> list[_Draft]:
    """One draft per event: ``own`` (merged by date and kind family already), then the drafts
    dated by the dateline or the day of publication, joining an own-dated draft of their date
    (``by_date``: its places are kept, theirs dropped), then the undated, joining the nearest
    draft of their family before them."""
    out = own
    for edtf, draft in dated.items():
        same = by_date.get(edtf) or _told_before(own, draft)
        if same is None:
            out.append(draft)
        else:
            same.sentences.extend(draft.sentences)
    if undated and out:
        families: dict[str, list[_Draft]] = {}
        for draft in sorted(out, key=lambda d: sentences[d.sentences[0]][0]):
            families.setdefault(_FAMILY[draft.kind], []).append(draft)
        family_starts = {
            f: [sentences[d.sentences[0]][0] for d in ds] for f, ds in families.items()
        }
        for draft in undated:
            family = families.get(_FAMILY[draft.kind])
            if not family:
                continue
            i = bisect.bisect_right(
                family_starts[_FAMILY[draft.kind]], sentences[draft.sentences[0]][0]
            )
            target = family[i - 1] if i > 0 else family[0]
            target.sentences.extend(draft.sentences)
            # its places only where they say more of the event's ("In Manila, the delegation
            # visited …" after a visit to the Philippines), not what it is about ("job
            # counselling in Chui and Talas" after a meeting in Bishkek, "said a woman from
            # At-Bashy")
            target.places.extend(
                p for p in draft.places if any(_inside_place(p, q) for q in target.places)
            )
    for draft in out:
        if len(draft.sentences) > 1:
            draft.sentences.sort(key=sentences.__getitem__)
    out.sort(key=lambda d: (sentences[d.lead][0], d.at))
    return out


def _inside_place(one: Place, other: Place) -> bool:
    """Whether ``one`` lies inside ``other`` (its region or its country)."""
    return one.id != other.id and other.id in (one.parent, one.admin1_code, one.country_code)


def _unique(places: Sequence[Place]) -> list[Place]:
    seen: set[str] = set()
    out = []
    for p in places:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out


_PARAGRAPH_BREAK = re.compile("\n\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` (the parts ``split("\\n\\n")`` gives), as offsets."""
    out = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):  # faster than str.find for two characters
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


class _ProgrammeOf:
    """The programme named in an event's sentences, else in their paragraph, else the only one.

    The earliest mention (by start) inside the sentences, then inside their paragraphs, wins.
    Each mention is put in its sentence and its paragraph once (dicts of the earliest
    mention in each), so an event asks a dict per sentence instead of bisecting; paragraphs
    are only cut when the text names a programme.
    """

    __slots__ = (
        "_by_para",
        "_by_sentence",
        "_mentions",
        "_only",
        "_para_starts",
        "_paragraphs",
        "_programmes",
        "_sentences",
        "_starts",
        "_text",
    )

    def __init__(
        self,
        text: str,
        programmes: Sequence[Programme],
        mentions: Sequence[tuple[int, int, int]],
        split: tuple[Sequence[tuple[int, int]], list[int]],
        disjoint: bool,
    ) -> None:
        sentences, sentence_starts = split  # the sentences' spans, and their starts
        self._programmes = programmes
        self._only = programmes[0] if len(programmes) == 1 else None
        self._mentions = sorted(mentions)
        self._starts = [start for start, _end, _i in self._mentions]
        self._text = text
        # the paragraphs, cut when an event's sentences name no programme (see _paragraph_marks)
        self._paragraphs: list[tuple[int, int]] = []
        self._para_starts: list[int] = []
        self._by_para: dict[int, int] | None = None
        # the earliest mention in each sentence and each paragraph (a mention starts in one)
        self._sentences = sentences
        self._by_sentence: dict[int, int] | None = None
        if disjoint:
            self._by_sentence = {}
            for k, pos in enumerate(self._starts):
                i = bisect.bisect_right(sentence_starts, pos) - 1
                if i >= 0 and pos < sentences[i][1]:
                    self._by_sentence.setdefault(i, k)

    def _paragraph_marks(self) -> dict[int, int]:
        """The earliest mention in each paragraph (by index), the paragraphs cut on first use."""
        by_para = self._by_para
        if by_para is None:
            self._paragraphs = _paragraphs(self._text)
            self._para_starts = [start for start, _end in self._paragraphs]
            by_para = self._by_para = {}
            for k, pos in enumerate(self._starts):
                i = bisect.bisect_right(self._para_starts, pos) - 1
                if i >= 0 and pos < self._paragraphs[i][1]:
                    by_para.setdefault(i, k)
        return by_para

    def __call__(self, indices: Sequence[int]) -> Programme | None:
        """The programme of the event told in the sentences ``indices`` (in order)."""
        if not self._mentions:
            return self._only
        first = self._first_in(indices)
        if first is None:
            # the sentences are in order and so are the paragraphs: the first paragraph
            # with a mention holds the earliest
            by_para = self._paragraph_marks()
            paragraphs = self._paragraphs
            para_starts = self._para_starts
            sentences = self._sentences
            for index in indices:
                start = sentences[index][0]
                i = bisect.bisect_right(para_starts, start) - 1
                if i >= 0 and start < paragraphs[i][1] + 1:
                    first = by_para.get(i)
                    if first is not None:
                        break
        if first is not None:
            return self._programmes[self._mentions[first][2]]
        return self._only

    def _first_in(self, indices: Sequence[int]) -> int | None:
        """The index of the earliest mention inside one of the sentences ``indices``."""
        first: int | None = None
        if self._by_sentence is not None:
            # the sentences are in order and do not overlap: the first with a mention holds
            # the earliest
            get = self._by_sentence.get
            for index in indices:
                first = get(index)
                if first is not None:
                    return first
            return None
        starts = self._starts
        for index in indices:
            start, end = self._sentences[index]
            j = bisect.bisect_left(starts, start)
            if j < len(starts) and starts[j] < end and (first is None or j < first):
                first = j
        return first


def _in_anchored(anchored: Sequence[Anchored], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps the counting phrase of one of ``anchored``."""
    return any(a.start < end and start < a.end for a in anchored)


@attrs.frozen
class _Counting:
    """What counting days reads of an article: its text, its sentences (spans and starts),
    the dateline's day and the text's triggers (see :func:`_counted_days`)."""

    text: str
    sentences: Sequence[tuple[int, int]]
    starts: list[int]
    first_day: DateSpan | None = None
    triggers: Sequence[_Trigger] = ()


def _counted_days(
    article: _Counting,
    usable: list[DateMention],
    relative: set[int],
    anchored: Sequence[Anchored],
) -> tuple[list[DateMention], set[int]]:
    """The dates with the days that phrases count from the date before them (else from
    ``first_day``, the dateline's day): a counting
    phrase of a sentence without a date of its own ("Two days after the opening, …": the
    opening is the date before), "the following week" (the week after the date before);
    and a day told by its distance that the sentence gives a duration ("the next day, a
    two-day training") spanning it. A sentence whose subject names the event told before
    ("The fair came a day after a consultation", ``triggers``: the text's) dates the
    reference from it: the consultation is the day before the date before."""
    text, sentences, starts = article.text, article.sentences, article.starts
    first_day, triggers = article.first_day, article.triggers
    added: list[DateMention] = []
    references: list[DateMention] = []
    trigger_starts = [t[0] for t in triggers]
    days = [d for d in usable if d.when.precision is Precision.DAY]
    day_starts = [d.span.start for d in days]

    def sentence_of(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(starts, pos) - 1
        return sentences[k] if k >= 0 else (0, len(text))

    def base_before(pos: int) -> DateSpan | None:
        k = bisect.bisect_left(day_starts, pos)
        return days[k - 1].when if k > 0 else first_day

    def explicit_in(start: int, end: int) -> bool:
        return any(
            start <= d.span.start < end and d.span.start not in relative
            for d in usable
            if d.when.precision is not Precision.YEAR
        )

    for a in anchored:
        s_start, s_end = sentence_of(a.start)
        if explicit_in(s_start, s_end):
            continue  # dated in the sentence: read with it (see _anchor_sentence)
        base = base_before(s_start)
        if (
            base is not None
            and a.ref_start >= a.end
            and _told_subject(text, s_start, a.start, triggers, trigger_starts)
        ):
            when = shifted(base, -a.shift, text[a.ref_start : a.ref_end])
            if when is not None:
                references.append(_mention(text, a.ref_start, a.ref_end, when))
            continue
        if a.ref_start >= a.end:
            # "On the day after the conference": the day after the conference told before,
            # not after the last date written
            base = _named_before(a, s_start, triggers, days, sentence_of) or base
        when = None if base is None else shifted(base, a.shift, text[a.start : a.end].strip())
        if when is not None:
            added.append(_mention(text, a.start, a.end, when))
    for m in (
        FOLLOWING_WEEK.finditer(text) if "week" in text or "недел" in text or "жума" in text else ()
    ):
        s_start, s_end = sentence_of(m.start())
        base = base_before(m.start())
        if base is None or explicit_in(s_start, s_end):
            continue
        when = following_week(base, m.group())
        if when is not None:
            added.append(_mention(text, m.start(), m.end(), when))
    out = [*usable, *added, *references] if added or references else list(usable)
    told = relative | {d.span.start for d in added}
    if not told:
        if references:
            out.sort(key=lambda d: d.span.start)
            return out, relative
        return usable, relative
    for n, d in enumerate(out):
        w = d.when
        if d.span.start not in told or w.precision is not Precision.DAY or w.start != w.end:
            continue
        _s, s_end = sentence_of(d.span.start)
        # (the length is told near the day: "The next day, a two-day training started";
        # a bounded look keeps a long sentence of such days linear)
        length = duration_days(text, d.span.start, min(s_end, d.span.end + _LENGTH_AFTER))
        if length is not None and length > 1 and w.start is not None:
            out[n] = attrs.evolve(
                d,
                when=DateSpan.from_dates(
                    w.start,
                    w.start + dt.timedelta(days=length - 1),
                    year_inferred=w.year_inferred,
                    text=w.text,
                ),
            )
    out.sort(key=lambda d: d.span.start)
    return out, told


# A verb of meeting, and the words between it and the gathering it was for ("met in Almaty
# on 2-4 December for a regional conference", "gathered at the forum").
_MET = frozenset({"met", "meet", "meets", "meeting", "gathered", "convened"})
_MET_FIRST = frozenset("mMgGcC")
_FOR_GATHERING = re.compile(
    r"(?<!\w)(?:for|at|during|to[ \u00a0]attend)[ \u00a0](?:(?:a|an|the|its|their)[ \u00a0])?"
    r"(?:[\w\-]{1,20}[ \u00a0]){0,2}$",
    re.IGNORECASE,
)
_MET_REACH = 100


def _met_for(text: str, here: list[_Trigger], start: int, end: int, kind: EventKind) -> EventKind:
    """The kind of the gathering a verb of meeting at ``start:end`` says it was for, in its
    clause: "met … for a regional conference" is a conference; else ``kind``."""
    if text[start:end].casefold() not in _MET:
        return kind
    # (the triggers after the verb, in text order, as far as the reach: a long sentence of
    # many meetings costs no more per verb)
    for t_start, _t_end, (other, strength) in here[bisect.bisect_right(here, end, key=_FIRST) :]:
        if t_start - end > _MET_REACH:
            break
        if strength != _STRONG or other is kind:
            continue
        if _CLAUSE_BREAK.search(text, end, t_start) is not None:
            break
        if _FOR_GATHERING.search(text, max(end, t_start - 40), t_start) is not None:
            return other
    return kind


# How many triggers before a reference are looked at for the event it names.
_NAMED_REACH = 24


def _named_before(
    a: Anchored,
    s_start: int,
    triggers: Sequence[_Trigger],
    days: list[DateMention],
    sentence_of: Callable[[int], tuple[int, int]],
) -> DateSpan | None:
    """The date of the event the reference of ``a`` names ("the conference"), told in an
    earlier sentence: the day-precise date nearest the last trigger of its kind before
    ``s_start`` in a sentence that writes one; None when there is none."""
    k = bisect.bisect_left(triggers, a.ref_start, key=_FIRST)
    if k >= len(triggers) or triggers[k][0] >= a.ref_end or triggers[k][2][1] != _STRONG:
        return None
    kind = triggers[k][2][0]
    day_starts = [d.span.start for d in days]
    n = bisect.bisect_left(triggers, s_start, key=_FIRST)
    for t in triggers[max(0, n - _NAMED_REACH) : n][::-1]:
        if t[2][0] is not kind:
            continue
        t_start, t_end = sentence_of(t[0])
        lo = bisect.bisect_left(day_starts, t_start)
        hi = bisect.bisect_left(day_starts, t_end, lo)
        if hi > lo:
            near = min(days[lo:hi], key=lambda d: _gap(t[0], t[1], d.span.start, d.span.end))
            return near.when
    return None


# The words that open a sentence about an event told before: "The fair came …".
_TOLD_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "этот", "эта", "это"})
_HEAD_WORD = re.compile(r"[^\s]+")


def _told_subject(
    text: str, start: int, end: int, triggers: Sequence[_Trigger], trigger_starts: list[int]
) -> bool:
    """Whether ``text[start:end]``, the head of a sentence before a counting phrase, is a
    short subject that names an event and its verb: "The fair came", "The two-day seminar
    took place", "Ярмарка прошла" (not "The minister visited Osh": its subject names none)."""
    words = [m.span() for m in _HEAD_WORD.finditer(text, start, end)]
    if not words or len(words) > 5:
        return False
    noun = 0
    if text[words[0][0] : words[0][1]].casefold() in _TOLD_DETERMINERS:
        noun = 1
        if len(words) > 2 and ("-" in text[words[1][0] : words[1][1]]):
            noun = 2  # "the two-day seminar"
    if noun >= len(words) - 1:
        return False  # a verb follows the subject
    k = bisect.bisect_left(trigger_starts, words[noun][0])
    return k < len(triggers) and triggers[k][0] == words[noun][0] and triggers[k][2][1] != _WEAK


def _mention(text: str, start: int, end: int, when: DateSpan) -> DateMention:
    return DateMention(span=Span(start=start, end=end, text=text[start:end]), when=when)


# "Накануне" and "в канун" name the day before an event ("накануне форума") or the day before
# the date told last ("Накануне представители министерства побывали …").
_EVE = re.compile(r"(?:накануне|в[ \u00a0]канун)[ \u00a0]{1,2}", re.IGNORECASE)


# Between two triggers of one name of an event: "открытия форума", "the opening of the forum".
_OF_NAME = re.compile(r"[ \u00a0]{1,2}(?:of[ \u00a0](?:the[ \u00a0])?)?")


def _named_end(text: str, inside: list[_Trigger]) -> int:
    """Where the name of the event a reference names ends: before its second trigger, unless
    the first is the opening of the second ("накануне открытия форума делегации посетили …":
    the name is "открытия форума", before "посетили")."""
    n = 1
    while (
        n < len(inside)
        and inside[n - 1][2][0] is EventKind.OPENING
        and inside[n][2][0] is not EventKind.OPENING
        and _OF_NAME.fullmatch(text, inside[n - 1][1], inside[n][0])
    ):
        n += 1
    return inside[n][0] if n < len(inside) else inside[-1][1]


def _anchor_sentence(
    text: str, a: Anchored, own: list[DateMention], relative: set[int], triggers: list[_Trigger]
) -> tuple[list[DateMention], tuple[int, int] | None, set[int]]:
    """The dates of a sentence with a phrase that counts days from a referenced event, the
    reference's span and the days told by their distance. An explicit date outside the
    reference dates the sentence's event and the reference is that date less the count
    ("On 15 April, the day after officials had rehearsed the plan": 14 April); an explicit
    date inside the reference dates it and the sentence's event is that date plus the count
    ("a day after the forum on 2 October, participants visited …": 3 October). An explicit
    date is never moved. A reference that holds every trigger of the sentence and more than
    one ends before the second ("на следующий день после встречи открылся форум": the
    reference is "встречи"); after "накануне", one whose first trigger stands more than a word
    into it names no event: it ends before that trigger or its first date ("накануне
    представители министерства побывали …")."""
    inside_triggers = [t for t in triggers if a.ref_start <= t[0] < a.ref_end]
    # a date that spans the whole reference was read from the event the sentence's subject
    # names, told before ("The fair came a day after a consultation …"): the reference's first
    # trigger names it
    told = any(d.span.start == a.ref_start and d.span.end == a.ref_end for d in own)
    if told and len(inside_triggers) > 1:
        a = a._replace(ref_end=_named_end(text, inside_triggers))
    elif inside_triggers and len(inside_triggers) == len(triggers):
        lead = text[a.ref_start : inside_triggers[0][0]].split()
        if len(lead) > 1 and _EVE.fullmatch(text, a.start, a.ref_start) is not None:
            # a reference that names no event at its head ("накануне представители
            # министерства побывали …", "в канун Дня мигранта в Оше 17 декабря прошёл …")
            # ends before its first trigger or date: they are the sentence's
            cut = inside_triggers[0][0]
            dated = [d.span.start for d in own if a.ref_start <= d.span.start < cut]
            a = a._replace(ref_end=min(dated, default=cut))
        elif len(inside_triggers) > 1:
            a = a._replace(ref_end=_named_end(text, inside_triggers))
    region = (a.ref_start, a.ref_end)
    inside = [d for d in own if a.ref_start <= d.span.start < a.ref_end]
    outside = [
        d
        for d in own
        if not a.ref_start <= d.span.start < a.ref_end and d.span.start not in relative
    ]
    if inside and outside:
        return own, region, relative
    if outside:
        base = min(outside, key=lambda d: abs(d.span.start - a.start))
        when = shifted(base.when, -a.shift, text[a.ref_start : a.ref_end])
        if when is None:
            return own, region, relative
        ref = _mention(text, a.ref_start, a.ref_end, when)
        own = sorted([*own, ref], key=lambda d: d.span.start)
        return own, region, relative
    if inside and not told:
        when = shifted(inside[0].when, a.shift, text[a.start : a.end].strip())
        if when is None:
            return own, region, relative
        main = _mention(text, a.start, a.end, when)
        own = sorted([*own, main], key=lambda d: d.span.start)
        return own, region, relative | {a.start}
    return own, region, relative


def _venues_by_region(
    pairs: list[tuple[_Trigger, DateMention]],
    where_of: list[list[Place]],
    venues: list[tuple[int, int, Place]],
    region: tuple[int, int],
) -> None:
    """Give each place of a sentence with a reference to the nearest pair on its side: a
    place inside the reference is where the referenced event took place, one outside it
    where the sentence's event did."""
    sides = [region[0] <= d.span.start < region[1] for _t, d in pairs]
    for start, end, p in venues:
        side = region[0] <= start < region[1]
        best, distance = -1, -1
        for n, ((t_start, t_end, _tag), d) in enumerate(pairs):
            if sides[n] != side:
                continue
            gap = min(_gap(t_start, t_end, start, end), _gap(d.span.start, d.span.end, start, end))
            if distance < 0 or gap < distance:
                best, distance = n, gap
        if best < 0:
            # no event on its side (a reference that names none: "в канун Дня мигранта в
            # Оше"): the place is the nearest event's
            best = _nearest_pair(pairs, [d.span.start for _t, d in pairs], start, end)
        where_of[best].append(p)


# Between an event's trigger and a signing after it, a word that joins a clause of its own.
_SIGNING_JOINED = re.compile(r"(?<!\w)(?:and|where|и|где|жана)(?!\w)|;")
# A word before "signed" that makes it a participle of a document ("the agreement signed by").
_DOCUMENT_BEFORE = re.compile(
    r"(?<!\w)(?:agreements?|memorand\w{0,4}|MoUs?|declarations?|protocols?|contracts?|plans?"
    r"|documents?|treaty|treaties|deals?|statements?|соглашени\w{0,3}|меморандум\w{0,2}"
    r"|договор\w{0,2}|документ\w{0,2}|протокол\w{0,2}|декларац\w{0,3}),?[ \u00a0]{1,2}$",
    re.IGNORECASE,
)


def _with_signing(
    text: str,
    pairs: list[tuple[_Trigger, DateMention]],
    triggers: list[_Trigger],
    ranks: list[int],
    quotes: Sequence[tuple[int, int]],
) -> list[tuple[_Trigger, DateMention]]:
    """The pairs of a sentence, with a signing that no date took dated as the event before
    it when a clause of its own tells it ("On 4 March, IOM opened a centre, and the mayor
    and IOM signed a memorandum"): a signing is an event of its own, never a part of
    another (but a signing ceremony's); "the agreement signed by …" tells of none."""
    if any(t[2][0] is EventKind.SIGNING for t, _d in pairs):
        return pairs
    paired = {t for t, _d in pairs}
    q_starts = [q[0] for q in quotes]
    for t, rank in zip(triggers, ranks, strict=True):
        if t[2] != (EventKind.SIGNING, _STRONG) or t in paired or rank == _REFERENCE_RANK:
            continue
        side = _inside(quotes, q_starts, t[0]) if quotes else -1
        near = [
            p for p in pairs if not quotes or _inside(quotes, q_starts, p[1].span.start) == side
        ]
        if not near:
            continue
        nearest = min(near, key=lambda p: _gap(p[0][0], p[0][1], t[0], t[1]))
        if nearest[0][2][0] is EventKind.CEREMONY:
            continue  # "at a ceremony …, they signed": the signing is the ceremony
        if (
            nearest[0][1] > t[0]
            or _SIGNING_JOINED.search(text, nearest[0][1], t[0]) is None
            or _DOCUMENT_BEFORE.search(text, max(0, t[0] - 20), t[0]) is not None
        ):
            continue  # not a clause of its own after the event's
        return sorted([*pairs, (t, nearest[1])], key=lambda p: (p[1].span.start, p[0][0]))
    return pairs


# How near an "opened" the gathering it opened stands ("the forum opened", "открылся форум").
# After a verb of visiting, places reached one by one in numbers ("visited 64 villages",
# "will visit 12,000 households", "toured five schools", "посетили 40 сёл"): outreach, a
# campaign, not a visit (a visit goes to a place, or to a few: "visited two schools").
_OUTREACH = re.compile(
    r"[ \u00a0]{1,2}(?:(?:more[ \u00a0]than|over|about|around|nearly|almost|some|at[ \u00a0]least"
    r"|более|свыше|около|почти)[ \u00a0]{1,2})?(?P<count>\d{1,3}(?:[,.\u00a0 ]?\d{3})*|\w{2,12})"
    r"[ \u00a0]{1,2}(?:[\w-]{2,20}[ \u00a0]{1,2})?"
    r"(?:villages|households|homes|houses|families|communities|settlements|schools|neighbou?rhoods"
    r"|markets|bazaars|mahallas?|districts|сел|сёл|села|домохозяйств\w{0,2}|домов|семей|школ|школы"
    r"|аилов|айылов|кишлаков|махалл\w{0,2}|айыл\w{0,6}|үй-бүлө\w{0,6}|мектеп\w{0,6})(?!\w)",
    re.IGNORECASE,
)
# Counts that are many whatever the number: "dozens of", "десятки".
_MANY = re.compile(
    r"(?:eleven|twelve|\w{3,5}teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
    r"|thousands?|dozens|десят\w{1,3}|сотни|сотен|тысяч\w{0,2}|он|жыйырма|отуз|кырк|элүү|жүз|миң)",
    re.IGNORECASE,
)
_OUTREACH_COUNT = 5
# The same before the verb, in Kyrgyz: "40 айылды кыдырышты".
_OUTREACH_BEFORE = re.compile(
    r"(?<!\w)(?P<count>\d{1,3}(?:[,.\u00a0 ]?\d{3})*|\w{2,12})[ \u00a0]{1,2}"
    r"(?:айыл\w{0,6}|үй-бүлө\w{0,6}|мектеп\w{0,6}|үй[ \u00a0]чарба\w{0,6})[ \u00a0]{1,2}$",
    re.IGNORECASE,
)
_OUTREACH_REACH = 60


def _visit_kind(text: str, start: int, end: int, kind: EventKind) -> EventKind:
    """The kind of an event a verb of visiting (``kind``, ending at ``end``) tells of: a
    campaign when it reaches places in numbers, one by one ("trainers visited 64 villages"),
    else ``kind``.

    >>> _visit_kind("Volunteers visited 64 villages.", 11, 18, EventKind.VISIT).value
    'campaign'
    >>> _visit_kind("The minister visited two schools.", 13, 20, EventKind.VISIT).value
    'visit'
    """
    if kind is not EventKind.VISIT:
        return kind
    m = _OUTREACH.match(text, end) or _OUTREACH_BEFORE.search(
        text, max(0, start - _OUTREACH_REACH), start
    )
    if m is None:
        return kind
    count = m.group("count").casefold()
    if count[0].isdigit():
        many = int(re.sub(r"\D", "", count)) >= _OUTREACH_COUNT
    else:
        many = number_words().get(count, 0) >= _OUTREACH_COUNT or _MANY.fullmatch(count) is not None
    return EventKind.CAMPAIGN if many else kind


# The parts of a gathering: "the sessions", "сессии", "отурумдар".
_PART = re.compile(r"sessions?|сесси\w{1,3}|отурум\w{0,6}", re.IGNORECASE)
_PART_FAMILIES = frozenset({"learning", "meeting"})
_PART_FIRST = frozenset("sSсСоО")


def _part_of(
    text: str,
    trigger: _Trigger,
    own: list[_Draft],
    start: int,
    sentences: Sequence[tuple[int, int]],
) -> _Draft | None:
    """The event told before a sentence without a date of its own whose trigger names one of
    its parts ("the sessions", "сессии"): the last training, workshop or meeting with a date
    of its own before it; None when the trigger names no part or none was told."""
    if _PART.fullmatch(text, trigger[0], trigger[1]) is None:
        return None
    before = [
        d
        for d in own
        if sentences[d.lead][0] < start and d.when is not None and _FAMILY[d.kind] in _PART_FAMILIES
    ]
    return max(before, key=lambda d: sentences[d.lead][0]) if before else None


_OPENED_REACH = 24
_OPENED_FAMILIES = frozenset({"meeting", "learning", "campaign"})
# A place that is opened: the gathering named after it is what it is for ("a centre of
# consultations", "центр консультаций"), not what was opened.
_FACILITY = re.compile(
    r"(?<!\w)(?:cent(?:re|er)s?|offices?|hubs?|halls?|rooms?|shelters?|points?|spaces?|corners?"
    r"|desks?|центр\w{0,2}|офис\w{0,2}|пункт\w{0,2}|кабинет\w{0,2}|зал\w{0,2}|приют\w{0,2}"
    r"|борбор\w{0,4})(?!\w)",
    re.IGNORECASE,
)


def _opened_kind(text: str, triggers: list[_Trigger], start: int, end: int) -> EventKind:
    """The kind of an event an "opened" tells of: the gathering beside it that it opened
    ("the forum opened", "открылся форум", "opened the workshop"), else an opening."""
    before = None
    for t_start, t_end, (kind, strength) in triggers:
        if strength != _STRONG or _FAMILY[kind] not in _OPENED_FAMILIES:
            continue
        lo, hi = (t_end, start) if t_end <= start else (end, t_start)
        if (
            0 <= hi - lo <= _OPENED_REACH
            and not any(c in ",;:" for c in text[lo:hi])
            and _FACILITY.search(text, lo, hi) is None
        ):
            if t_start >= end:
                return kind  # what it opened, after it
            before = kind
    return EventKind.OPENING if before is None else before


# Before a trigger, words that place what the sentence tells at that event ("at the opening",
# "during the visit", "на церемонии", "в ходе визита").
_AT_EVENT = re.compile(
    r"(?<!\w)(?:at|during|on[ \u00a0]the[ \u00a0]sidelines[ \u00a0]of|in[ \u00a0]the[ \u00a0]course[ \u00a0]of"
    r"|на|в[ \u00a0]ходе|во[ \u00a0]время|на[ \u00a0]полях)(?:[ \u00a0](?:the|this|that|its|этой|этого|этом))?"
    r"[ \u00a0]{1,2}$",
    re.IGNORECASE,
)


def _signed_at(
    text: str, triggers: list[_Trigger], own: list[_Draft], i: int, start: int
) -> _Draft | None:
    """A signing told without a date at an event told before ("At the opening, the mayor and
    IOM signed a memorandum"): a draft on the day of the last such event, or None. A document
    "signed" earlier ("the agreement signed in 2019") or a plan is none."""
    sign = next((t for t in triggers if t[2] == (EventKind.SIGNING, _STRONG)), None)
    if sign is None or _DOCUMENT_BEFORE.search(text, max(0, sign[0] - 20), sign[0]) is not None:
        return None
    for t in triggers:
        kind, strength = t[2]
        if t is sign or strength != _STRONG or kind is EventKind.SIGNING:
            continue
        if _AT_EVENT.search(text, max(0, t[0] - 40), t[0]) is None:
            continue
        family = _FAMILY[kind]
        before = [
            d for d in own if d.at < start and d.when is not None and _FAMILY[d.kind] == family
        ]
        if before:
            told = max(before, key=lambda d: d.at)
            return _Draft(EventKind.SIGNING, told.when, "relative", [], (i, sign[0]))
    return None
