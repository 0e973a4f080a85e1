"""Year resolution: the year of a date written without one, from its context only.

:func:`resolve_year` applies the order of FORMATS.md §6: the dateline's date, then the
publication date, then the nearest explicit year before the date in the same article, then
the caller's ``reference_date``. ``find_dates`` asks it only when no date with a month is
written before the date in the text (issue 16: the nearest such date comes first). Today's
date is never a context: with none of them the date keeps its month and day and no year.

A full date used as context (a dateline, a publication or a reference date)
gives the year that puts the date nearest to it, so a report dated 5 January
2024 that says ``On 28 December`` means 28 December 2023.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from ..._errors import DateError

__all__ = ["last_day", "nearest_year", "resolve_year"]

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(year: int, month: int) -> int:
    """The number of days of ``month`` in ``year`` (``calendar.monthrange``, without its weekday).

    >>> last_day(2024, 2), last_day(2023, 2), last_day(1900, 2), last_day(2023, 4)
    (29, 28, 28, 30)
    """
    if not 1 <= month <= 12:
        msg = f"month: bad month number {month}; must be 1-12"
        raise DateError(msg, field="month")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def _valid(year: int, month: int, day: int | None) -> dt.date | None:
    day = 1 if day is None else day
    if not 1 <= month <= 12 or not 1 <= day <= last_day(year, month):
        return None
    return dt.date(year, month, day)


# A page's dates share a few anchors (its dateline, its publication date) and months.
@functools.lru_cache(maxsize=1024)
def nearest_year(month: int, day: int | None, anchor: dt.date) -> int | None:
    """The year (``anchor``'s, or one either side) that puts ``month``/``day`` nearest ``anchor``.

    >>> nearest_year(12, 28, dt.date(2024, 1, 5)), nearest_year(8, 28, dt.date(2024, 9, 1))
    (2023, 2024)
    >>> nearest_year(2, 29, dt.date(2023, 3, 1))
    2024
    """
    best: tuple[int, int] | None = None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        if not dt.MINYEAR < year < dt.MAXYEAR:
            continue
        when = _valid(year, month, day)
        if when is None:
            continue
        distance = abs((when - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


def resolve_year(
    month: int,
    day: int | None,
    anchors: Sequence[dt.date | None],
    *,
    previous_year: int | None = None,
    reference_date: dt.date | None = None,
) -> int | None:
    """The year of a date written without one, or ``None`` when no context gives it.

    ``anchors`` are the dates of the article, first the one that counts most (its
    dateline's date, then its publication date); the nearest year to the first known
    one is the date's; then ``previous_year`` (a year the text used before), then the
    ``reference_date`` the caller gave.

    >>> resolve_year(8, 28, (None, None), previous_year=2016, reference_date=dt.date(2030, 1, 1))
    2016
    >>> resolve_year(8, 28, (None, None)) is None
    True
    """
    for anchor in anchors:
        if anchor is not None:
            year = nearest_year(month, day, anchor)
            if year is not None:
                return year
    if previous_year is not None and _valid(previous_year, month, day) is not None:
        return previous_year
    if reference_date is not None:
        return nearest_year(month, day, reference_date)
    return None
