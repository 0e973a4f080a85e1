"""Dates in running text: find them, check them, give them a year.

The high level over :mod:`iomkg._extract.dates.grammar`: every raw match is validated
(``31 June`` is dropped), bait numbers are dropped (amounts, counts, phone
numbers), missing years are resolved (:mod:`iomkg._extract.dates.years`) and the
periods of plans and policies are marked.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from ..._check import expect
from ..._errors import DateError
from ..._models import DateMention, DateSpan, Precision, Span
from ..._regex import lazy_pattern as _lazy
from .grammar import RawDate, match_at, scan_parts
from .years import last_day, nearest_year, resolve_year

__all__ = ["find_dates", "parse_date", "span_of"]


# Words that make a bare four-digit number a count or an amount, not a year.
_COUNT_BEFORE = _lazy(
    r"(?:\b(?:over|about|some|around|nearly|almost|approximately|than|total|USD|EUR|KGS|US\$"
    r"|No\.?|no\.|Nr\.?|ID|Resolution|Room|Tel\.?|tel\.?|Phone|phone)"
    r"|(?:более|около|свыше|почти|примерно|всего|тел\.?|№)|[$€£₽№#]|\d)[ \u00a0]?$",
)
_COUNT_AFTER = _lazy(
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
_PLAN_BEFORE = _lazy(
    rf"\b{_PLAN}(?:(?:[ \u00a0]{{1,3}}(?:of|the|and|on|in|по|о|в)){{0,3}}"
    rf"[ \u00a0]{{1,3}}[A-ZА-ЯЁ][\w'’\-]{{0,30}}){{0,6}}"
    r"(?:[ \u00a0]{1,3}(?:for|until|till|through|up to|to|до|на))?[ \u00a0]{0,3}[\-–—:]?[ \u00a0]{0,3}$"
)
# Read with .match at the date's end (so no "^").
_PLAN_AFTER = _lazy(rf"(?:[ \u00a0]{{1,3}}[A-ZА-Я][\w\-]{{0,30}}){{0,2}}[ \u00a0]{{1,3}}{_PLAN}\b")
# A part of every plan noun of _PLAN (one per alternative): no part in the text before a
# date, no plan before it.
_PLAN_PARTS = (
    "lan",
    "trateg",
    "oncept",
    "ramework",
    "rogram",
    "genda",
    "olicy",
    "oadmap",
    "ision",
    "тратеги",
    "онцепци",
    "рограмм",
    "лан",
)
# The first of them in a text is where its first plan noun may start.
_PLAN_PART = _lazy("|".join(_PLAN_PARTS))
# Both cues end the text before the date and are at most 8 characters long: they are
# searched in its last _CUE_TAIL characters only (\b still sees the character before).
_PERIOD_CUE = re.compile(r"\b(?:until|till|up to|by|[Uu]ntil|До|до)[ \u00a0]{1,3}$")
_FOR_CUE = re.compile(r"\b(?:[Ff]or|[Нн]а)[ \u00a0]{1,3}$")
_CUE_TAIL = 10
_LOOKBACK = 160
# Read once: a member of an Enum is several times slower to look up than a global.
_DAY, _YEAR = Precision.DAY, Precision.YEAR


def _day_ok(month: int, day: int | None, year: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    last = last_day(year if year is not None else 2000, month)  # 2000: Feb 29 allowed
    return 1 <= day <= last


def _is_bait(text: str, start: int, end: int) -> bool:
    """A bare year at ``start:end`` that is a count, an amount or part of a phone number."""
    if text[start : start + 1].isalpha():
        return False
    before = text[max(0, start - 16) : start]
    return bool(_COUNT_BEFORE().search(before) or _COUNT_AFTER().match(text[end : end + 16]))


#: A date's six parts as written (start year, month, day; end year, month, day), each
#: ``None`` where the text gives none.
DateParts = tuple[int | None, int | None, int | None, int | None, int | None, int | None]


def _explicit_years(parts: DateParts) -> tuple[int | None, int | None]:
    """The start and end years the text writes, each filled from the other in a range."""
    sy, sm, sd, ey, em, ed = parts
    if ed is None and em is None and ey is None:
        return sy, sy
    # A range's end month and day before its start's crosses a new year (28 December – 3 January).
    crosses = sm is not None and em is not None and (sm, sd or 0) > (em, ed or 0)
    if sy is None and ey is not None:
        return (ey - 1 if crosses else ey), ey
    if ey is None and sy is not None:
        return sy, (sy + 1 if crosses else sy)
    return sy, ey


def span_of(raw: RawDate, year: int | None = None) -> DateSpan | None:
    """The checked :class:`DateSpan` of a raw match, or ``None`` when it is no real date.

    ``year`` is an inferred year for a date that writes none (``year_inferred``
    is then set); without one such a date comes back year-less (EDTF ``XXXX-…``).

    >>> from iomkg._extract.dates.grammar import match_at
    >>> span_of(match_at("27 and 28 March"), 2015).edtf
    '2015-03-27/2015-03-28'
    >>> span_of(match_at("31 June 2015")) is None
    True
    """
    parts = (
        raw.start_year,
        raw.start_month,
        raw.start_day,
        raw.end_year,
        raw.end_month,
        raw.end_day,
    )
    return _span(parts, raw.text, year)


# Pages of one site repeat their dates (a year, the dates of a running programme), and
# a span is immutable: the checked spans are remembered.
@functools.lru_cache(maxsize=4096)
def _span(parts: DateParts, written: str, year: int | None) -> DateSpan | None:
    """:func:`span_of` on a date's parts (``written`` is its text)."""
    _, sm, sd, _, em, ed = parts
    if sd == 0 or ed == 0:  # "0 May 2023" is no day
        return None
    precision = (
        Precision.DAY if sd is not None else Precision.MONTH if sm is not None else Precision.YEAR
    )
    start_year, end_year = _explicit_years(parts)
    inferred = False
    if start_year is None:
        if sm is None:  # pragma: no cover - a year form always writes its year
            return None
        end_month = em if em is not None else sm
        end_day = ed if ed is not None else sd
        if not (_day_ok(sm, sd, None) and _day_ok(end_month, end_day, None)):
            return None
        backwards = (sm, sd or 0) > (end_month, end_day or 0)
        if backwards and em is None:
            return None
        if year is None:
            return DateSpan.yearless(
                sm,
                sd,
                em if em is not None or ed is not None else None,
                end_day,
                text=written,
            )
        inferred = True
        start_year = year
        end_year = year + 1 if backwards else year
    assert end_year is not None
    try:
        if precision is Precision.YEAR:
            start = dt.date(start_year, 1, 1)
            end = dt.date(end_year, 12, 31)
        else:
            start_month = sm or 1
            end_month = em or start_month
            if precision is Precision.MONTH:
                start = dt.date(start_year, start_month, 1)
                end = dt.date(end_year, end_month, last_day(end_year, end_month))
            else:
                start = dt.date(start_year, start_month, sd or 1)
                end = dt.date(end_year, end_month, ed or sd or 1)
    except ValueError:
        return None
    if end < start:
        return None
    # DateSpan.from_dates, without its generic checks and formatting: the EDTF form
    # straight from the parts (day: 2023-06-22, month: 2023-06, year: 2023).
    if precision is Precision.DAY:
        first, last = start.isoformat(), end.isoformat()
    elif precision is Precision.MONTH:
        first, last = f"{start_year:04d}-{start.month:02d}", f"{end_year:04d}-{end.month:02d}"
    else:
        first, last = f"{start_year:04d}", f"{end_year:04d}"
    return DateSpan(
        start=start,
        end=end,
        precision=precision,
        year_inferred=inferred,
        text=written,
        edtf=first if first == last else f"{first}/{last}",
    )


def _is_period(text: str, start: int, end: int, bare_years: bool) -> bool:
    """Whether the date at ``start:end`` (no day) is the period of a plan or policy.

    ``Concept for 2022-2030``, ``until 2025``; ``bare_years``: a range of years
    (``for 2022-2030``).
    """
    before = text[max(0, start - _LOOKBACK) : start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        before = before[cut + 1 :]
    # The cues end with a space, and a plan needs a plan noun: cheap tests first.
    spaced = before[-1:] in (" ", "\u00a0")
    tail = max(0, len(before) - _CUE_TAIL)
    if spaced and _PERIOD_CUE.search(before, tail):
        return True
    # A plan noun starts one letter before its part: the plan is tried there, at each part.
    part = _PLAN_PART().search(before)
    while part is not None:
        at = part.start()
        if at and _PLAN_BEFORE().match(before, at - 1):
            return True
        part = _PLAN_PART().search(before, at + 1)
    if spaced and bare_years and _FOR_CUE.search(before, tail):
        return True
    # A plan named after the date ("2022-2030 Strategy") is always a space away.
    if text[end : end + 1] not in (" ", "\u00a0"):
        return False
    return _PLAN_AFTER().match(text, end, end + 60) is not None


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
    nearest date with a month written before it in the text (not one after the
    dateline's or publication date: a plan), the dateline's date, the publication
    date, the text's other dates (the nearest date or year written after it in
    its paragraph, in the paragraph before or after, a year alone before it;
    ``year_evidence`` points at the text's date used), ``reference_date``; never
    today. A year in a name ("Conference 2026") and a plan's date ("planned for
    May 2026", "на май 2026 года") are no context.
    With none of them it keeps its month and day only (EDTF ``XXXX-MM-DD``).
    ``language`` is accepted for symmetry with the rest of the API; the
    grammar reads English, Russian and Kyrgyz whatever it says.

    >>> import iomkg
    >>> found = iomkg.find_dates("In 2016 a centre opened. On 22-23 June, a workshop took place.")
    >>> [(m.span.text, m.when.edtf, m.when.year_inferred) for m in found]
    [('2016', '2016', False), ('22-23 June', '2016-06-22/2016-06-23', True)]
    >>> found = iomkg.find_dates("On 3 April the centre opened. It was the second opened in 2025.")
    >>> (found[0].when.edtf, found[0].year_evidence.text)
    ('2025-04-03', '2025')
    >>> iomkg.find_dates("The Concept for 2022-2030 was adopted.")[0].is_period
    True
    >>> iomkg.find_dates("On August 28, they met.")[0].when.edtf
    'XXXX-08-28'
    """
    expect(text, str, "text")
    for field, value in (
        ("reference_date", reference_date),
        ("published", published),
        ("dateline_date", dateline_date),
    ):
        expect(value, dt.date, field, optional=True, expected="datetime.date")
    # First the dates that write their year (they are the context of the others), then
    # the others, in one list in text order: a date that writes its year is a mention at
    # once, one that writes none a place kept for it (None) until every anchor is known.
    mentions: list[DateMention | None] = []
    yearless: list[tuple[int, int, int, int, int | None, int | None, int | None]] = []
    anchors = _Anchors(text)
    day = _DAY
    for start, end, form, sy, sm, sd, ey, em, ed in scan_parts(text):
        if form == "year" and ey is None and _is_bait(text, start, end):
            continue
        if sm is not None and sy is None and ey is None:  # no year written (_explicit_years)
            yearless.append((len(mentions), start, end, sm, sd, em, ed))
            mentions.append(None)
            continue
        written = text[start:end]
        span = _span((sy, sm, sd, ey, em, ed), written, None)
        if span is None:
            continue
        is_period = span.precision is not day and _is_period(
            text, start, end, form == "year" and ey is not None
        )
        if not is_period:
            anchors.add(start, end, span)
        mentions.append(
            DateMention(
                span=Span(start=start, end=end, text=written), when=span, is_period=is_period
            )
        )
    for index, start, end, sm, sd, em, ed in yearless:
        evidence: Span | None = None
        # the nearest date written with its year before it, then the dateline's date and
        # the publication date, then the text around it
        year = None
        before = anchors.preceding(start, sm, sd, dateline_date or published)
        if before is not None:
            year, evidence = before
        else:
            year = resolve_year(sm, sd, (dateline_date, published))
        if year is None:
            anchor = anchors.nearest(start, sm, sd)
            if anchor is not None:
                year, evidence = anchor
            elif reference_date is not None:
                year = nearest_year(sm, sd, reference_date)
        when = _span((None, sm, sd, None, em, ed), text[start:end], year)
        if when is not None:
            mentions[index] = DateMention(
                span=Span(start=start, end=end, text=when.text),
                when=when,
                year_evidence=evidence,
            )
    return tuple(m for m in mentions if m is not None)


# A year after these words is the start or the end of a stretch of time, no context for a
# date written without one ("Since 2015 IOM has helped …", "between 2010 and 2022").
_SINCE = re.compile(
    r"(?:\b(?:[Ss]ince|[Ff]rom|[Bb]etween|[Нн]ачиная[ \u00a0]с)|(?<!\w)[Сс]о?"
    r"|\d[ \u00a0](?:and|to|и|по))[ \u00a0]{1,3}$"
    # "since the programme began in 2023": a clause opened by "since"
    r"|\b[Ss]ince[ \u00a0][^,.;:\n]{0,30}$"
)


# A date after these words is the date of a plan, not context for another date: "planned for
# May 2026", "postponed to June", "scheduled on", "на май 2026 года", "запланирован на".
_AHEAD = re.compile(
    r"(?<!\w)(?:(?:planned|scheduled|expected|due|set|postponed|moved|delayed)"
    r"(?:[ \u00a0](?:for|to|on|in|until))?|for|[Ff]or|[Нн]а|перенес\w{0,4}[ \u00a0](?:на|в))"
    r"[ \u00a0]{1,3}$"
)
# The words _AHEAD's matches end with.
_AHEAD_LAST = frozenset(
    {"for", "to", "on", "in", "until", "на", "в", "planned", "scheduled", "expected", "due"}
    | {"set", "postponed", "moved", "delayed"}
)
# A year written as a part of a name or a title: after a capitalised word that is no small
# word and does not open its sentence ("the Conference 2026", "to EXPO-2025", "к Форуму-2026").
_IN_NAME = re.compile(
    r"(?<=\w[ \u00a0])(?!(?:In|On|At|By|Since|Until|From|For|During|Before|After|Early|Late|Mid|"
    r"Spring|Summer|Autumn|Fall|Winter|Also|And|Of|The|Between|Through|Throughout|Until|"
    r"В|Во|С|Со|До|К|На|По|С|За|И|Из|От|После|Летом|Зимой|Весной|Осенью)[ \u00a0\-])"
    r"[A-ZА-ЯЁ][\w'’]{1,30}(?:[ \u00a0]|-)$"
)

# A year followed by the word "year" is a time, whatever comes before it ("ЭМУ 2025-жылы",
# "МОМ 2025 году").
_YEAR_WORD = re.compile(r"[ \u00a0-]{1,2}(?:жыл|год|year)", re.IGNORECASE)


class _Anchors:
    """The dates and years a text writes in full, by position: the context of the others.

    Dates with a month (``30 January 2024``, ``May 2023``) and years alone (``in 2025``)
    are kept apart: a date is the better witness, a year alone is often background.
    Paragraphs (parts between blank lines) are cut only when a date needs them.
    """

    __slots__ = ("_bare", "_full", "_paragraphs", "_text", "_years")

    def __init__(self, text: str) -> None:
        self._text = text
        # (starts, spans) of the dates with a month, and of the years alone
        self._full: tuple[list[int], list[tuple[int, int, DateSpan]]] = ([], [])
        self._bare: tuple[list[int], list[tuple[int, int, DateSpan]]] | None = None
        # the years alone as added: checked only when a date needs them (rarely)
        self._years: list[tuple[int, int, DateSpan]] = []
        self._paragraphs: list[int] | None = None

    def add(self, start: int, end: int, span: DateSpan) -> None:
        if span.start is None:  # pragma: no cover - a written year always gives a start
            return
        if span.precision is _YEAR:
            self._years.append((start, end, span))
        elif not self._planned(start):
            self._full[0].append(start)
            self._full[1].append((start, end, span))

    def _planned(self, start: int) -> bool:
        """Whether the date at ``start`` is a plan's ("planned for May 2026", "на май 2026
        года"): no context."""
        text = self._text
        # the word before the date (the last of _AHEAD's): a regex only after one of them
        before = text[max(0, start - 12) : start].rstrip(" \u00a0").rpartition(" ")[2]
        return (
            before.casefold() in _AHEAD_LAST
            and _AHEAD.search(text, max(0, start - 24), start) is not None
        )

    def _years_alone(self) -> tuple[list[int], list[tuple[int, int, DateSpan]]]:
        """The years alone that are context: not a plan's, a range, a bound or a name's."""
        if self._bare is not None:
            return self._bare
        text = self._text
        bare: tuple[list[int], list[tuple[int, int, DateSpan]]] = ([], [])
        for start, end, span in self._years:
            assert span.start is not None  # (see add)
            if (
                self._planned(start)
                or span.start.year != (span.end or span.start).year
                or _SINCE.search(text, max(0, start - 40), start)
                or (
                    _IN_NAME.search(text, max(0, start - 30), start)
                    and _YEAR_WORD.match(text, end) is None
                )
            ):
                continue  # a range of years, a bound, or a name's ("Conference 2026")
            bare[0].append(start)
            bare[1].append((start, end, span))
        self._bare = bare
        return bare

    def _paragraph(self, pos: int) -> int:
        if self._paragraphs is None:
            breaks = [0]
            at = self._text.find("\n\n")
            while at >= 0:
                breaks.append(at + 2)
                at = self._text.find("\n\n", at + 2)
            self._paragraphs = breaks
        return bisect.bisect_right(self._paragraphs, pos) - 1

    def _around(
        self, kept: tuple[list[int], list[tuple[int, int, DateSpan]]], start: int
    ) -> tuple[tuple[int, int, DateSpan] | None, tuple[int, int, DateSpan] | None]:
        i = bisect.bisect_left(kept[0], start)
        before = kept[1][i - 1] if i > 0 else None
        after = kept[1][i] if i < len(kept[1]) else None
        return before, after

    def preceding(
        self, start: int, month: int, day: int | None, written: dt.date | None
    ) -> tuple[int, Span] | None:
        """The year the nearest date with a month written before ``start`` gives a month and
        day, and where that date is written (None when no such date precedes it). A date
        after the day the text was ``written`` (when known) is a plan, no context."""
        i = bisect.bisect_left(self._full[0], start)
        found = None
        for k in range(i - 1, max(-1, i - 9), -1):
            candidate = self._full[1][k]
            if written is None or (
                candidate[2].start is not None and candidate[2].start <= written
            ):
                found = candidate
                break
        if found is None:
            return None
        return self._year_of(found, month, day)

    def nearest(self, start: int, month: int, day: int | None) -> tuple[int, Span] | None:
        """The year the text around ``start`` gives a month and day, and where it is written.

        In this order: the nearest date with a month in its paragraph (before it, else
        after it); a date in the paragraph before (its last) or after (its first); a year
        alone in its paragraph; the nearest date anywhere before it; a year alone in the
        paragraph before or after; the nearest year alone anywhere before it.
        """
        years = self._years_alone()
        if not self._full[0] and not years[0]:
            return None
        here = self._paragraph(start)
        full = self._around(self._full, start)
        bare = self._around(years, start)
        para = self._paragraph

        def within(found: tuple[int, int, DateSpan] | None, offset: int) -> bool:
            return found is not None and para(found[0]) == here + offset

        choice: tuple[int, int, DateSpan] | None = None
        for candidates in (
            ((full[0], 0), (full[1], 0)),
            ((full[0], -1), (full[1], 1)),
            ((bare[0], 0), (bare[1], 0)),
            ((full[0], None),),
            ((bare[0], -1), (bare[1], 1)),
            ((bare[0], None),),
        ):
            for found, offset in candidates:
                if found is not None and (offset is None or within(found, offset)):
                    choice = found
                    break
            if choice is not None:
                break
        if choice is None:
            return None
        return self._year_of(choice, month, day)

    def _year_of(
        self, anchor: tuple[int, int, DateSpan], month: int, day: int | None
    ) -> tuple[int, Span] | None:
        """The year the dated ``anchor`` (start, end, span) gives a month and day, and where
        the anchor is written (None when it gives none)."""
        a_start, a_end, span = anchor
        year = _anchor_year(month, day, span)
        if year is None:
            return None
        return year, Span(start=a_start, end=a_end, text=self._text[a_start:a_end])


def _anchor_year(month: int, day: int | None, span: DateSpan) -> int | None:
    """The year a written date or year gives a month and day written without one.

    A year gives itself. A date gives its own year, or the year before or after when that
    puts the day within three months of it and its own year more than eight months away
    (``28 December`` beside ``4 January 2025`` is in 2024).
    """
    assert span.start is not None
    anchor = span.start
    if span.precision is _YEAR:
        return anchor.year if _day_ok(month, day, anchor.year) else None
    best = nearest_year(month, day, anchor)
    if best is None or best == anchor.year:
        return best
    own = dt.date(anchor.year, month, day or 1) if _day_ok(month, day, anchor.year) else None
    other = dt.date(best, month, day or 1)
    if own is None or (abs((other - anchor).days) <= 92 and abs((own - anchor).days) > 240):
        return best
    return anchor.year


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
    expect(text, str, "text")
    core = text.strip().strip(_WRAPPERS).strip()
    if core.endswith(".") and not core.endswith(("г.", "гг.")):
        core = core[:-1].rstrip()
    raw = match_at(core, 0) if core else None
    span = span_of(raw) if raw is not None and raw.end == len(core) else None
    if span is None:
        msg = f"text: not a date or a range of dates: {text[:80]!r}"
        raise DateError(msg, field="text")
    return span
