"""Dates in running text: find them, check them, give them a year.

The high level over :mod:`iomkg._dates.grammar`: every raw match is validated
(``31 June`` is dropped), bait numbers are dropped (amounts, counts, phone
numbers), missing years are resolved (:mod:`iomkg._dates.years`) and the
periods of plans and policies are marked.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .._errors import DateError, InputTypeError
from .._models import DateMention, DateSpan, Precision, Span
from .grammar import RawDate, match_at, scan
from .years import resolve_year

__all__ = ["find_dates", "parse_date", "span_of"]

# Words that make a bare four-digit number a count or an amount, not a year.
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:over|about|some|around|nearly|almost|approximately|than|total|USD|EUR|KGS|US\$"
    r"|No\.?|no\.|Nr\.?|ID|Resolution|Room|Tel\.?|tel\.?|Phone|phone)"
    r"|(?:более|около|свыше|почти|примерно|всего|тел\.?|№)|[$€£₽№#]|\d)[ \u00a0]?$",
)
_COUNT_AFTER = re.compile(
    r"^[ \u00a0]?(?:\d|(?:people|persons|migrants|families|children|women|men|girls|boys|"
    r"participants|households|returnees|workers|beneficiaries|students|members|cases|victims|"
    r"km|kg|tons|USD|EUR|KGS|soms?|tenge|dollars|euros?|rubles?|человек|мигрантов|семей|детей|"
    r"сом|долл|руб)\b)",
)
# The period of a plan or policy: a plan noun, then at most a few title words, then the years.
_PLAN = (
    r"(?:[Pp]lans?|[Ss]trateg(?:y|ies)|[Cc]oncept|[Ff]ramework|[Pp]rogramm?e?s?|[Aa]genda|"
    r"[Pp]olicy|[Rr]oadmap|[Vv]ision|[Pp]rogram|[Сс]тратеги[яиюей]|[Кк]онцепци[яиюей]|"
    r"[Пп]рограмм[аыуеой]|[Пп]лан[аеуом]{0,2})"
)
_PLAN_BEFORE = re.compile(
    rf"\b{_PLAN}(?:(?:[ \u00a0]{{1,3}}(?:of|the|and|on|in|по|о|в)){{0,3}}"
    rf"[ \u00a0]{{1,3}}[A-ZА-ЯЁ][\w'’\-]{{0,30}}){{0,6}}"
    r"(?:[ \u00a0]{1,3}(?:for|until|till|through|up to|to|до|на))?[ \u00a0]{0,3}[\-–—:]?[ \u00a0]{0,3}$"
)
_PLAN_AFTER = re.compile(
    rf"^(?:[ \u00a0]{{1,3}}[A-ZА-Я][\w\-]{{0,30}}){{0,2}}[ \u00a0]{{1,3}}{_PLAN}\b"
)
_PERIOD_CUE = re.compile(r"\b(?:until|till|up to|by|[Uu]ntil|До|до)[ \u00a0]{1,3}$")
_FOR_CUE = re.compile(r"\b(?:[Ff]or|[Нн]а)[ \u00a0]{1,3}$")
_LOOKBACK = 160


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _day_ok(month: int, day: int | None, year: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = _last_day(year if year is not None else 2000, month)  # 2000: Feb 29 allowed
    return 1 <= day <= last


def _precision(raw: RawDate) -> Precision:
    if raw.start_day is not None:
        return Precision.DAY
    if raw.start_month is not None:
        return Precision.MONTH
    return Precision.YEAR


def _is_bait(raw: RawDate, text: str) -> bool:
    """A bare four-digit number that is a count, an amount or part of a phone number."""
    if raw.form != "year" or raw.end_year is not None or raw.text[:1].isalpha():
        return False
    before = text[max(0, raw.start - 16) : raw.start]
    after = text[raw.end : raw.end + 16]
    return bool(_COUNT_BEFORE.search(before) or _COUNT_AFTER.match(after))


def _crosses_new_year(raw: RawDate) -> bool:
    """Whether a range's end month and day come before its start's (``28 December – 3 January``)."""
    if raw.start_month is None or raw.end_month is None:
        return False
    return (raw.start_month, raw.start_day or 0) > (raw.end_month, raw.end_day or 0)


def _explicit_years(raw: RawDate) -> tuple[int | None, int | None]:
    """The start and end years the text writes, each filled from the other in a range."""
    start_year, end_year = raw.start_year, raw.end_year
    ranged = raw.end_day is not None or raw.end_month is not None or end_year is not None
    if not ranged:
        return start_year, start_year
    if start_year is None and end_year is not None:
        start_year = end_year
        if _crosses_new_year(raw):
            start_year -= 1
    elif end_year is None and start_year is not None:
        end_year = start_year
        if _crosses_new_year(raw):
            end_year += 1
    return start_year, end_year


def span_of(raw: RawDate, year: int | None = None) -> DateSpan | None:
    """The checked :class:`DateSpan` of a raw match, or ``None`` when it is no real date.

    ``year`` is an inferred year for a date that writes none (``year_inferred``
    is then set); without one such a date comes back year-less (EDTF ``XXXX-…``).

    >>> from iomkg._dates.grammar import match_at
    >>> span_of(match_at("27 and 28 March"), 2015).edtf
    '2015-03-27/2015-03-28'
    >>> span_of(match_at("31 June 2015")) is None
    True
    """
    if raw.start_day == 0 or raw.end_day == 0:  # "0 May 2023" is no day
        return None
    precision = _precision(raw)
    start_year, end_year = _explicit_years(raw)
    inferred = False
    if start_year is None:
        start_month = raw.start_month
        if start_month is None:  # pragma: no cover - a year form always writes its year
            return None
        end_month = raw.end_month if raw.end_month is not None else start_month
        end_day = raw.end_day if raw.end_day is not None else raw.start_day
        if not (_day_ok(start_month, raw.start_day, None) and _day_ok(end_month, end_day, None)):
            return None
        if (start_month, raw.start_day or 0) > (end_month, end_day or 0) and (
            raw.end_month is None
        ):
            return None
        if year is None:
            return DateSpan.yearless(
                start_month,
                raw.start_day,
                raw.end_month if raw.end_month is not None or raw.end_day is not None else None,
                end_day,
                text=raw.text,
            )
        inferred = True
        start_year = year
        end_year = year + (
            1 if (start_month, raw.start_day or 0) > (end_month, end_day or 0) else 0
        )
    assert end_year is not None
    try:
        if precision is Precision.YEAR:
            start = dt.date(start_year, 1, 1)
            end = dt.date(end_year, 12, 31)
        else:
            start_month = raw.start_month or 1
            end_month = raw.end_month or start_month
            if precision is Precision.MONTH:
                start = dt.date(start_year, start_month, 1)
                end = dt.date(end_year, end_month, _last_day(end_year, end_month))
            else:
                start = dt.date(start_year, start_month, raw.start_day or 1)
                end = dt.date(end_year, end_month, raw.end_day or raw.start_day or 1)
    except ValueError:
        return None
    if end < start:
        return None
    return DateSpan.from_dates(
        start, end, precision=precision, year_inferred=inferred, text=raw.text
    )


def _is_period(raw: RawDate, span: DateSpan, text: str) -> bool:
    """Whether a date is the period of a plan or policy (``Concept for 2022-2030``)."""
    if span.precision is Precision.DAY:
        return False
    before = text[max(0, raw.start - _LOOKBACK) : raw.start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        before = before[cut + 1 :]
    if _PERIOD_CUE.search(before) or _PLAN_BEFORE.search(before):
        return True
    if raw.form == "year" and raw.end_year is not None and _FOR_CUE.search(before):
        return True
    return bool(_PLAN_AFTER.match(text[raw.end : raw.end + 60]))


def find_dates(
    text: str,
    *,
    reference_date: dt.date | None = None,
    published: dt.date | None = None,
    dateline_date: dt.date | None = None,
    language: str | None = None,
) -> tuple[DateMention, ...]:
    """Every date in ``text``, in order, with where it stands and what it means.

    A date written without a year takes it from its context, in this order: the
    dateline's date, the publication date, the nearest explicit year before it
    in ``text``, ``reference_date``; never today. With none of them it keeps its
    month and day only (EDTF ``XXXX-MM-DD``). ``language`` is accepted for
    symmetry with the rest of the API; the grammar reads English and Russian
    whatever it says.

    >>> import iomkg
    >>> found = iomkg.find_dates("In 2016 a centre opened. On 22-23 June, a workshop took place.")
    >>> [(m.span.text, m.when.edtf, m.when.year_inferred) for m in found]
    [('2016', '2016', False), ('22-23 June', '2016-06-22/2016-06-23', True)]
    >>> iomkg.find_dates("The Concept for 2022-2030 was adopted.")[0].is_period
    True
    >>> iomkg.find_dates("On August 28, they met.")[0].when.edtf
    'XXXX-08-28'
    """
    if not isinstance(text, str):
        msg = f"text: expected str, got {type(text).__name__}"
        raise InputTypeError(msg, field="text")
    for field, value in (
        ("reference_date", reference_date),
        ("published", published),
        ("dateline_date", dateline_date),
    ):
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            msg = f"{field}: expected datetime.date or None, got {type(value).__name__}"
            raise InputTypeError(msg, field=field)
    if not any(digit in text for digit in "0123456789"):  # every date has a digit
        return ()
    mentions: list[DateMention] = []
    previous_year: int | None = None
    for raw in scan(text):
        if _is_bait(raw, text):
            continue
        year: int | None = None
        start_year, _end_year = _explicit_years(raw)
        if start_year is None and raw.start_month is not None:
            year = resolve_year(
                raw.start_month,
                raw.start_day,
                dateline_date=dateline_date,
                published=published,
                previous_year=previous_year,
                reference_date=reference_date,
            )
        span = span_of(raw, year)
        if span is None:
            continue
        is_period = _is_period(raw, span, text)
        if not is_period and not span.year_inferred and span.end is not None:
            previous_year = span.end.year
        mentions.append(
            DateMention(
                span=Span(start=raw.start, end=raw.end, text=raw.text),
                when=span,
                is_period=is_period,
            )
        )
    return tuple(mentions)


_WRAPPERS = "[](){}«»\"'“”"


def parse_date(text: str) -> DateSpan:
    """Read a string that is one date or one range of dates, as written.

    Surrounding spaces, brackets and quotes and a final full stop are allowed;
    anything else around the date is not. A date without a year comes back
    without one (``start`` and ``end`` are ``None``).

    >>> import iomkg
    >>> iomkg.parse_date("с 6 по 10 июня 2016 года").edtf
    '2016-06-06/2016-06-10'
    >>> iomkg.parse_date("[29.06.2OO3]").start
    datetime.date(2003, 6, 29)
    >>> iomkg.parse_date("August 28").edtf
    'XXXX-08-28'
    """
    if not isinstance(text, str):
        msg = f"text: expected str, got {type(text).__name__}"
        raise InputTypeError(msg, field="text")
    core = text.strip().strip(_WRAPPERS).strip()
    if core.endswith(".") and not core.endswith(("г.", "гг.")):
        core = core[:-1].rstrip()
    raw = match_at(core, 0) if core else None
    span = span_of(raw) if raw is not None and raw.end == len(core) else None
    if span is None:
        msg = f"text: not a date or a range of dates: {text[:80]!r}"
        raise DateError(msg, field="text")
    return span
