"""Days told by their distance from another event: "two days after the forum", "за день до
церемонии", "семинардан бир күн мурун", and the week after a date ("the following week").

A phrase of this module names two events: the one its sentence tells of (the *main* event)
and the one it counts from (the *referenced* event, written in the phrase: "the forum",
"officials had rehearsed the plan", "церемонии передачи"). Its ``shift`` is the number of days
from the referenced event to the main one (negative when the main event came before). The
events module dates them so: an explicit date of the sentence outside the reference dates the
main event and the reference is that date less the shift ("On 15 April, the day after
officials had rehearsed the plan, …": the rehearsal is on 14 April); an explicit date inside
the reference dates it and the main event is that date plus the shift ("a day after the forum
on 2 October, participants visited …": the visit is on 3 October). An explicit date is never
moved by a phrase.

>>> text = "On 15 April 2025, the day after officials had rehearsed the plan, IOM held a drill."
>>> [(text[a.ref_start:a.ref_end], a.shift) for a in find_anchored(text)]
[('officials had rehearsed the plan', 1)]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from .._models import DateSpan, Precision
from .._reference.lexicons import number_words

__all__ = ["Anchored", "duration_days", "find_anchored", "following_week", "shifted"]


class Anchored(NamedTuple):
    """A phrase that counts days from a referenced event ("three days before the handover").

    ``start:end`` is the counting phrase ("three days before"), ``ref_start:ref_end`` the
    reference ("the handover"), ``shift`` the days from the referenced event to the main one.

    >>> Anchored(0, 17, 18, 30, -3).shift
    -3
    """

    start: int
    end: int
    ref_start: int
    ref_end: int
    shift: int


_S = r"[ \u00a0]{1,2}"
_EN_COUNT = r"(?P<n>a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_RU_COUNT = r"(?:(?P<n>один|одну|два|две|три|четыре|пять|шесть|семь|\d{1,2})" + _S + ")?"
_KY_COUNT = r"(?P<n>бир|эки|үч|төрт|беш|алты|жети|\d{1,2})"
# Where a reference written after its phrase ends: a clause mark, at most 160 characters on.
_REF_AFTER = r"(?P<ref>[^,;:()\[\]—–.!?\n]{2,160})"
# The forms whose reference follows them; ``dir``: "after" (+) or "before" (-).
_FORWARD = re.compile(
    # "two days after the forum", "the day before the handover", "a week after officials met"
    # (the look-ahead at the first letters of the forms, redundant, saves trying each form at
    # every character of the stretch)
    rf"(?=[atofsenчсзнв\d])(?<!\w)(?:{_EN_COUNT}{_S}(?P<unit>days?|weeks?){_S}(?P<dir>after|before)"
    # "через два дня после …", "спустя неделю после …", "на следующий день после …"
    rf"|(?:через|спустя){_S}{_RU_COUNT.replace('?P<n>', '?P<n2>')}(?P<unit2>день|дня|дней|неделю|недели|недель){_S}"
    rf"(?P<dir2>после)"
    rf"|(?P<next>на{_S}следующий{_S}день){_S}(?P<dir3>после)"
    # "за день до …", "за две недели до …"
    rf"|за{_S}{_RU_COUNT.replace('?P<n>', '?P<n4>')}(?P<unit4>день|дня|дней|неделю|недели"
    rf"|недель){_S}(?P<dir4>до)"
    # "накануне форума", "в канун Дня мигранта", "on the eve of the forum": the day before
    rf"|(?P<eve>накануне|в{_S}канун|on{_S}the{_S}eve{_S}of))"
    rf"{_S}(?=[^\W\d])(?!(?:того|этого|дня|днем|днём)(?!\w)){_REF_AFTER}",
    re.IGNORECASE,
)
# The Kyrgyz forms, whose reference comes before them in the ablative ("форумдан бир күн
# мурун": a day before the forum) or the genitive ("форумдун эртеси": the day after it).
_ABLATIVE = r"(?:дан|ден|дон|дөн|тан|тен|тон|төн|нан|нен|нон|нөн)"
_GENITIVE = r"(?:дын|дин|дун|дүн|тын|тин|тун|түн|нын|нин|нун|нүн)"
_BACKWARD = re.compile(
    rf"(?<!\w)(?P<ref>(?:[^\W\d]{{2,20}}{_S})?[^\W\d]{{2,30}}?)"
    rf"(?:{_ABLATIVE}{_S}{_KY_COUNT}{_S}(?P<unit>күн|жума){_S}(?P<dir>мурун|кийин)"
    rf"|{_GENITIVE}{_S}(?P<next>эртеси)|{_ABLATIVE}{_S}(?P<after>кийинки){_S}күнү)(?!\w)",
)
# The words one of which every phrase holds: the patterns are tried only around them, the
# forward ones from a little before the word, the Kyrgyz ones up to the word. The look-ahead
# at the first letters (in either case, as the words) is redundant but halves the time of the
# scan of the whole text: most characters start no word, or none of these.
_CUES = re.compile(
    r"(?=[abeпднкмэ])(?<!\w)(?:(?P<forward>after|before|eve|после|до|накануне|канун)|мурун|кийин|кийинки|эртеси)(?!\w)",
    re.IGNORECASE,
)
# How far before its word a phrase may start ("через четыре недели после": 26 characters),
# and how far a forward phrase may reach after it (its reference: 160 characters).
_BEFORE_CUE = 40
_AFTER_CUE = 200
_KYRGYZ_REACH = 90
# Kyrgyz words that are no reference ("бир күн мурун" alone counts from the date before).
_NOT_REFERENCE = frozenset({"андан", "мындан", "ошондон", "мурда", "ошол", "эки", "бир", "үч"})


def _count(word: str | None) -> int:
    if not word:
        return 1
    word = word.casefold()
    return int(word) if word.isdigit() else number_words().get(word, 1)


def find_anchored(text: str, start: int = 0, end: int | None = None) -> list[Anchored]:
    """The phrases of ``text[start:end]`` that count days from a referenced event, in order.

    >>> text = "Три дня спустя, за день до церемонии передачи, прошло совещание."
    >>> [(text[a.ref_start:a.ref_end], a.shift) for a in find_anchored(text)]
    [('церемонии передачи', -1)]
    >>> text = "Семинардан бир күн мурун жолугушуу болду."
    >>> [(text[a.ref_start:a.ref_end], a.shift) for a in find_anchored(text)]
    [('Семинар', -1)]
    >>> find_anchored("Two days later, the team left.")
    []
    """
    stop = len(text) if end is None else end
    forward: list[list[int]] = []  # stretches around the words of the forward forms
    backward: list[list[int]] = []  # and before the Kyrgyz ones
    for cue in _CUES.finditer(text, start, stop):
        if cue.group("forward"):
            lo, hi, into = (
                max(start, cue.start() - _BEFORE_CUE),
                min(stop, cue.end() + _AFTER_CUE),
                forward,
            )
        else:
            # up to the word, and "күнү" after "кийинки"
            hi = min(stop, cue.end() + 6)
            lo, into = max(start, cue.start() - _KYRGYZ_REACH), backward
        if into and lo <= into[-1][1]:
            into[-1][1] = max(into[-1][1], hi)
        else:
            into.append([lo, hi])
    if not forward and not backward:
        return []
    found: list[Anchored] = []
    seen: set[int] = set()
    for m in (m for lo, hi in forward for m in _FORWARD.finditer(text, lo, hi)):
        if m.start() in seen:
            continue
        seen.add(m.start())
        ref_start, ref_end = m.span("ref")
        while ref_end > ref_start and text[ref_end - 1] in " \u00a0":
            ref_end -= 1
        if m.group("eve"):
            shift = -1
        elif m.group("next"):
            shift = 1
        elif m.group("dir"):
            week = m.group("unit").casefold().startswith("week")
            days = _count(m.group("n")) * (7 if week else 1)
            shift = days if m.group("dir").casefold() == "after" else -days
        elif m.group("dir2"):
            week = m.group("unit2").casefold().startswith("недел")
            shift = _count(m.group("n2")) * (7 if week else 1)
        else:
            week = m.group("unit4").casefold().startswith("недел")
            shift = -_count(m.group("n4")) * (7 if week else 1)
        found.append(Anchored(m.start(), m.start("ref"), ref_start, ref_end, shift))
    for m in (m for lo, hi in backward for m in _BACKWARD.finditer(text, lo, hi)):
        word = m.group().split()[len(m.group("ref").split()) - 1]  # the reference's last word
        if word.casefold() in _NOT_REFERENCE:
            continue
        if m.group("next") or m.group("after"):
            shift = 1
        else:
            week = m.group("unit") == "жума"
            days = _count(m.group("n")) * (7 if week else 1)
            shift = days if m.group("dir") == "кийин" else -days
        found.append(Anchored(m.end("ref"), m.end(), m.start("ref"), m.end("ref"), shift))
    found.sort()
    return found


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")


def shifted(span: DateSpan, days: int, text: str) -> DateSpan | None:
    """The day ``days`` after ``span`` (counted from its last day; from its first day when
    ``days`` is negative), as written in ``text``; None when it cannot be known (a span of no
    day, or a day of no known year that a 29 February may shift).

    >>> shifted(DateSpan.from_dates(dt.date(2025, 4, 15)), -1, "the day before").edtf
    '2025-04-14'
    >>> shifted(DateSpan.yearless(5, 3), 2, "two days after").edtf
    'XXXX-05-05'
    """
    if span.precision is not Precision.DAY:
        return None
    if span.start is not None and span.end is not None:
        base = span.end if days > 0 else span.start
        return DateSpan.from_dates(
            base + dt.timedelta(days=days), year_inferred=span.year_inferred, text=text
        )
    found = _YEARLESS_DAY.findall(span.edtf)
    if not found:
        return None
    month, day = found[-1] if days > 0 else found[0]
    try:
        days_of = {
            (dt.date(year, int(month), int(day)) + dt.timedelta(days=days)).strftime("%m-%d")
            for year in (2000, 2001)
        }
    except ValueError:
        return None
    if len(days_of) != 1:
        return None
    new_month, new_day = days_of.pop().split("-")
    return DateSpan.yearless(int(new_month), int(new_day), text=text)


def following_week(span: DateSpan, text: str) -> DateSpan | None:
    """The week (Monday to Sunday) after the one ``span`` ends in ("the following week").

    >>> following_week(DateSpan.from_dates(dt.date(2025, 3, 6)), "the following week").edtf
    '2025-03-10/2025-03-16'
    """
    if span.precision is not Precision.DAY or span.end is None:
        return None
    monday = span.end + dt.timedelta(days=7 - span.end.weekday())
    return DateSpan.from_dates(
        monday, monday + dt.timedelta(days=6), year_inferred=span.year_inferred, text=text
    )


# "the following week", "the next week", "на следующей неделе", "кийинки жумада"
FOLLOWING_WEEK = re.compile(
    r"(?=[tнк])(?<!\w)(?:the[ \u00a0](?:following|next)[ \u00a0]week|на[ \u00a0]следующей[ \u00a0]неделе"
    r"|кийинки[ \u00a0]жумада)(?!\w)",
    re.IGNORECASE,
)

# "a two-day training", "a 3-day workshop", "двухдневный семинар", "эки күндүк тренинг"
_DURATION = re.compile(
    r"(?<!\w)(?:(?P<n>two|three|four|five|six|seven|[2-9])(?:-|[ \u00a0])day(?:-long)?"
    r"|(?P<ru>двух|тр[её]х|четыр[её]х|пяти)дневн\w{0,4}"
    r"|(?P<ky>эки|үч|төрт|беш)[ \u00a0]күндүк)(?!\w)",
    re.IGNORECASE,
)


def duration_days(text: str, start: int, end: int) -> int | None:
    """The number of days a phrase of ``text[start:end]`` gives an event ("a two-day
    training": 2), or None when it gives none.

    >>> duration_days("The next day, a two-day training started.", 0, 41)
    2
    >>> duration_days("Через день прошёл трёхдневный семинар.", 0, 38)
    3
    """
    m = _DURATION.search(text, start, end)
    if m is None:
        return None
    word = (m.group("n") or m.group("ru") or m.group("ky")).casefold()
    return int(word) if word.isdigit() else number_words().get(word)
