"""The date grammar: the scanning regex and the raw parts it reads.

This is the low level. :func:`scan` walks a text and yields a :class:`RawDate`
for every stretch that has the *shape* of a date (English or Russian): the
numbers and month names as written, not yet checked (``31 June`` comes out
here) and with no year filled in. :mod:`iomkg._extract.dates` validates the parts and
resolves missing years.

Forms, tried in this order at each position:

* ``iso``: ``2021-04-29``
* ``numeric``: ``29.06.2003``, ``[29.06.2OO3]`` (letter O for zero), ``29/06/2003``
* ``day_month``: ``22 июня 2023 г.``, ``22-23 June 2023``, ``27 and 28 March``,
  ``01 November 2025 – 25 January 2026``, ``с 6 по 10 июня 2016 года``
* ``month_day``: ``Friday, January 12th 2018``, ``On December 18 , 2014``,
  ``From March 30 to April 1 2015``, ``January 23/29, 2014``
* ``month``: ``October 2022``, ``January and February 2023``, ``в январе 2023 года``
* ``kyrgyz``: ``12-октябрда``, ``2023-жылдын 5-майында``
* ``year``: ``2013``, ``2013-2014``, ``2022-2030``

Text that went through the wrong code page keeps its dates: a Thai ``โ`` stands
for a dash and a Thai ``ย`` for a no-break space.

Every quantifier is bounded and no group nests an unbounded repetition, so a
scan is linear in the length of the text.

The regex is compiled on first use, by every process that reads dates, and its
compile time follows its length and its sets of characters beyond Latin-1. So
most texts are read by a lighter twin (:func:`_plain_scanner`: no Thai stand-ins,
month words checked after the match rather than spelled out in every place one
may stand), which compiles in well under half the time and takes the same dates;
the exact :func:`scanner` is compiled only for a text it cannot read alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from ..._reference.lexicons import month_rows, weekday_rows

__all__ = [
    "Parts",
    "RawDate",
    "match_at",
    "month_number",
    "month_table",
    "raw_date",
    "scan",
    "scan_parts",
    "scanner",
]

# Text that went through the wrong code page writes a no-break space as a Thai ``ย``
# and a dash as a Thai ``โ``. A set holding either costs ``re`` half a millisecond to
# compile (a set beyond Latin-1 is built as a table of 65,536 entries), and the
# scanner holds some sixty of them: text without either character is read by a
# scanner that leaves them out (:func:`_plain_scanner`).
_THAI = "\u0e22\u0e42"
_SPACES = " \t\u00a0"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_ORDINAL = r"(?:st|nd|rd|th|-?го|-?е|)"
_YEAR = r"(?:1[89]|2[0O])[0-9O]{2}(?![0-9A-Za-z])"
_YEAR_SUFFIX = r"(?:года|году|годы|годах|год|гг\.|г\.|г)(?![^\W\d_])"
_DAY = r"[0-3]?[0-9](?![0-9])"
_CUES = ("From", "from", "FROM", "Between", "between", "С", "с", "Со", "со")


@functools.cache
def _weekdays() -> tuple[str, ...]:
    """The weekdays that may open a date ("Monday, 3 June", "Tue. 4 June", "среда, 5 июня",
    "в среду 5 июня"): English names and abbreviations, Russian in the nominative and the
    accusative (``weekdays.tsv``). Kyrgyz ones are the dateline's (see ``dateline.py``)."""
    return tuple(
        dict.fromkeys(name for _day, language, _form, name in weekday_rows() if language != "ky")
    )


_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
# Kyrgyz case suffixes on a month stem (locative, possessive, ablative, dative).
_KY_SUFFIX = (
    r"(?:ындагы|индеги|ундагы|үндөгү|ынан|инен|унан|үнөн|ында|инде|унда|үндө|дагы|деги|тагы"
    r"|теги|нда|нде|ына|ине|уна|үнө|дан|ден|тан|тен|да|де|та|те|га|ге|ка|ке|ы|и|у|ү)"
)
# "айында": the word "month" after a Kyrgyz month name (2025-жылдын июнь айында).
_KY_AI = r"ай(?:ларында|ларда|лары|ында|ына|ы|да|)"

_NOT_LETTER_AFTER = r"(?![^\W\d_])"


@attrs.frozen(kw_only=True)
class RawDate:
    """A stretch of text with the shape of a date, its parts as written.

    Parts are ``None`` where the text does not give them; ``end_*`` parts are
    ``None`` for a single date. ``start``/``end`` are offsets into the scanned
    text. ``form`` names the grammar rule that matched.

    >>> raw = next(scan("On 22-23 June 2023, a workshop."))
    >>> (raw.text, raw.start_day, raw.end_day, raw.end_month, raw.end_year)
    ('22-23 June 2023', 22, 23, 6, 2023)
    """

    start: int
    end: int
    text: str
    form: str
    start_year: int | None = None
    start_month: int | None = None
    start_day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None


@functools.cache
def month_table() -> dict[str, int]:
    """Every month name of ``months.tsv`` (as written in the file) to its number.

    >>> month_table()["июня"], month_table()["Sept"], month_table()["октябр"]
    (6, 9, 10)
    """
    return {name: number for number, _language, _form, name in month_rows()}


def _stems() -> list[str]:
    """The Kyrgyz month stems (``октябр``) that take a case suffix."""
    return sorted(name for _number, _language, form, name in month_rows() if form == "stem")


@functools.cache
def _month_lookup() -> dict[str, int]:
    """Every accepted spelling (casefolded) to its month number."""
    return {name.casefold(): number for name, number in month_table().items()}


def month_number(word: str) -> int | None:
    """The month a month word names (any case, a trailing full stop allowed), or ``None``.

    >>> month_number("ОКТЯБРЯ"), month_number("Sept."), month_number("Mayday")
    (10, 9, None)
    """
    word = word.strip().rstrip(".")
    return _month_lookup().get(" ".join(word.split()).casefold())


def _spellings() -> list[str]:
    """The spellings the scanner accepts: English capitalised or upper case; Cyrillic any of
    lower, capitalised or upper case (an English ``may`` or ``march`` is a verb)."""
    words: set[str] = set()
    for _number, _language, form, name in month_rows():
        if form == "stem":
            continue
        if name.isascii():
            words.update((name[0].upper() + name[1:], name.upper()))
        else:
            words.update((name.lower(), name[0].upper() + name[1:].lower(), name.upper()))
    return sorted(words)


def _opt(body: str) -> str:
    """``body`` or nothing, ``body`` tried first: ``(?:body)?`` written as an alternation.

    The two match the same, but ``re`` runs an optional group through its
    general repeat machinery (a context allocated at every try), an alternation
    with an empty branch without it: the scanner tries these at every candidate
    position, so the difference is a good part of its time.

    >>> _opt("of ")
    '(?:of |)'
    """
    return f"(?:{body}|)"


class _Trie(dict[str, "_Trie"]):
    """A node of a character trie; the key ``""`` marks the end of a word."""


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` as a character trie (fast, longest first).

    >>> _trie_pattern(["Jun", "June", "July"])
    'Ju(?:ly|n(?:e|))'
    """
    trie = _Trie()
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, _Trie())
        node[""] = _Trie()

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:  # the word may end here: the rest is optional
            return _opt("|".join(branches))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    pattern = build(trie)
    if len(trie) > 3:  # one set test before trying every first letter in turn
        firsts = "".join(re.escape(char) for char in sorted(trie) if char)
        pattern = f"(?=[{firsts}]){pattern}"
    return pattern


def _wide_month_words() -> str:
    """Every month spelling in any case: a case-insensitive trie of the lower-case names.

    A fifth of the size of the trie of :func:`_spellings` (which lists each case
    the scanner admits), and the scanner holds it five times: its compile time
    follows its length. What it admits beyond :func:`_spellings` (``may``,
    ``JUne``) is turned away after the match (:func:`_parts`).
    """
    names = {name.lower() for _number, _language, form, name in month_rows() if form != "stem"}
    return f"(?i:{_trie_pattern(sorted(names))})"


@functools.cache
def scanner() -> re.Pattern[str]:
    """The scanning regex of the grammar, compiled once on first use.

    >>> bool(scanner().search("12-13 September 2023"))
    True
    """
    return re.compile(_grammar(thai=True, wide=False))


@functools.cache
def _plain_scanner() -> re.Pattern[str]:
    """:func:`scanner` for a text without the Thai stand-ins, its month words wide.

    It compiles in a third of the time. Its month words admit any case and, in a
    range's second month (``22 June – 23 July``), any word of letters: each
    admits every spelling :func:`scanner` admits and is followed by what follows
    a month, so the regex tries the same ways in the same order. When every month
    word it took is one :func:`scanner` admits (:func:`_parts` checks), it took the
    way :func:`scanner` takes and the two matches are the same; when one is not,
    :func:`scanner` is asked at that position.

    >>> _plain_scanner().search("22-23 June 2023").group("dm_m2")
    'June'
    """
    return re.compile(_grammar(thai=False, wide=True))


@functools.cache
def _spelled_months() -> dict[str, int | None]:
    """Each month spelling :func:`scanner` admits, with and without a full stop, to its number."""
    table: dict[str, int | None] = {}
    for word in _spellings():
        table[word] = table[word + "."] = month_number(word)
    return table


def _grammar(*, thai: bool, wide: bool) -> str:
    """The scanner's pattern; ``thai``: read the Thai stand-ins; ``wide``: see :func:`_plain_scanner`."""
    spaces = _SPACES + _THAI[0] if thai else _SPACES
    dashes = _DASHES + _THAI[1] if thai else _DASHES
    ws, ws1 = f"[{spaces}]{{0,3}}", f"[{spaces}]{{1,3}}"
    # A range or list separator between two days, months or dates.
    sep = (
        rf"(?:{ws}(?:[{dashes}]|/|&){ws}"
        rf"|{ws1}(?:and|to|till|until|through|thru|по|до|и){ws1})"
    )
    year_sep = rf"(?:{ws}[{dashes}/]{ws}|{ws1}(?:to|till|until|through|по|до){ws1})"
    # The guard below puts every match at the start of a word, so the words that
    # can open a date need no look-behind of their own. Optional parts are
    # written with _opt (an alternation), not "?" (a repeat): same matches, less work.
    # The month that opens a date is tried at most word starts: it keeps the exact
    # trie, which turns a word away fastest (re skips an alternative at its first
    # letter only when that letter is matched case-sensitively).
    month = rf"(?:{_trie_pattern(_spellings())})\.?{_NOT_LETTER_AFTER}"
    day_month_month = second = month
    if wide:
        day_month_month = rf"{_wide_month_words()}\.?{_NOT_LETTER_AFTER}"
        # A range's second month (and the first of "22 June – 23 July"): any word as
        # long as a month name, or two.
        second = rf"[^\W\d_]{{3,12}}(?: [^\W\d_]{{3,8}}|)\.?{_NOT_LETTER_AFTER}"
    weekday = rf"(?:{_trie_pattern(list(_weekdays()))}),?{ws1}"
    # "from the 3rd to the 5th of June": "the" after the cue and the separator
    the = _opt(rf"the{ws1}")
    cue = rf"(?:{_trie_pattern(list(_CUES))}){ws1}{the}"
    of = _opt(rf"of{ws1}")
    suffix = _opt(rf"{ws}{_YEAR_SUFFIX}")

    def year(name: str) -> str:
        return rf"(?P<{name}>{_YEAR}){suffix}"

    iso = r"(?<![\d.\-/])(?P<iso_y>(?:1[89]|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d\-])"
    numeric = (
        # The same separator twice, checked by looking back over the month's one or
        # two digits (a back-reference is not allowed inside a look-behind).
        rf"(?<![\d.,/:])(?P<num_d>[0-3]?\d)(?P<num_s>[./])(?P<num_m>[01]?\d)"
        r"(?:(?:(?<=\.\d)|(?<=\.\d\d))\.|(?:(?<=/\d)|(?<=/\d\d))/)"
        rf"(?P<num_y>{_YEAR})(?![.,/]\d){suffix}"
    )
    # Kyrgyz: "12-октябрда", "12-13-майында", "2023-жылдын 5-июлунда".
    ky_month = rf"(?P<ky_m>{_trie_pattern(_stems())})(?:ь|{_KY_SUFFIX}|){_NOT_LETTER_AFTER}"
    # The year before the day, maybe shortened: "2023-жылдын 5-майында", "2025-ж. 12-май".
    ky_year = rf"(?P<ky_y>{_YEAR})-?{ws}(?:жыл(?:ы|дын|дагы|да|)|ж\.),?{ws1}"
    # ... or after the month, as a dateline writes it: "12-май 2025-ж.", "12-май, 2025-жылы".
    ky_year_after = rf",?{ws1}(?P<ky_y4>{_YEAR})-?{ws}(?:жыл(?:ы|){_NOT_LETTER_AFTER}|ж\.)"
    kyrgyz = (
        r"(?<![\d.,:/$€£+\-])"
        + _opt(ky_year)
        + rf"(?P<ky_d1>{_DAY})"
        + _opt(rf"{ws}[{dashes}]{ws}(?P<ky_d2>{_DAY})")
        + rf"-{ky_month}"
        + _opt(ky_year_after)
        # a range: the first date in the ablative, the second in the dative, then "until"
        # (5-июндан 7-июнга чейин)
        + _opt(
            rf"(?<=[дтн][аеө]н){ws1}(?P<ky_d3>{_DAY})-(?P<ky_m3>{_trie_pattern(_stems())})"
            rf"(?:ь|{_KY_SUFFIX}|){_NOT_LETTER_AFTER}" + _opt(rf"{ws1}чейин{_NOT_LETTER_AFTER}")
        )
    )
    # A month without a day: "2025-жылдын июнь айында", "март жана апрель айларында".
    ky_stem = rf"{_trie_pattern(_stems())}ь?"
    ky_month_only = (
        _opt(ky_year.replace("ky_y", "kym_y"))
        + rf"(?P<kym_m1>{ky_stem})"
        + _opt(rf"(?:{ws}[{dashes}]{ws}|{ws1}жана{ws1})(?P<kym_m2>{ky_stem})")
        + rf"{ws1}{_KY_AI}{_NOT_LETTER_AFTER}"
    )
    day_month = (
        rf"(?<![\d.,:/$€£+\-])(?P<dm_d1>{_DAY}){_ORDINAL}"
        + _opt(
            # a list of days: "3, 4 and 5 June" (the first to the last)
            _opt(rf"(?:,{ws}{_DAY}{_ORDINAL}){{1,6}}")
            + _opt(rf"{ws1}{of}(?P<dm_m1>{second})" + _opt(rf",?{ws}{year('dm_y1')}"))
            + rf"{sep}{the}{_opt(weekday)}(?P<dm_d2>{_DAY}){_ORDINAL}"
        )
        + rf"{ws1}{of}(?P<dm_m2>{day_month_month})"
        + _opt(rf",?{ws}{year('dm_y2')}")
    )
    year_only = (
        rf"(?<![\w.,/$€£№#+:\-])(?P<y_y1>{_YEAR})"
        + _opt(rf"{year_sep}(?P<y_y2>{_YEAR}|\d\d(?![\w]))")
        + rf"{suffix}(?![.,/:]\d|{ws}%)"
    )
    # After the first month word: a day (month_day) or a year (month).
    month_day = (
        rf"{ws1}(?P<md_d1>{_DAY}){_ORDINAL}"
        + _opt(
            _opt(rf"{ws},?{ws}{year('md_y1')}")
            + rf"{sep}{_opt(weekday)}"
            + _opt(rf"(?P<md_m2>{second}){ws1}")
            + rf"(?P<md_d2>{_DAY}){_ORDINAL}"
        )
        + _opt(rf"{ws},?{ws}{year('md_y2')}")
    )
    month_only = (
        _opt(rf",?{ws}{year('mo_y1')}")
        + _opt(rf"{sep}(?P<mo_m2>{second})")
        + rf",?{ws}{of}{year('mo_y2')}"
    )
    digit_first = "|".join(
        f"(?P<{name}>{body})"
        for name, body in (
            ("iso", iso),
            ("numeric", numeric),
            ("day_month", day_month),
            ("kyrgyz", kyrgyz),
            ("year", year_only),
        )
    )
    # What every digit form opens with: a day or month of one or two digits, or a
    # year's first two digits. Most numbers of a text (450, 2500, 996) fail here at once.
    digit_opening = r"(?=1[89]|2[0O]|[0-3]?[0-9](?![0-9])|[0-3]?\d[./])"
    # A month alone ("in December", "в декабре"): kept only after a word that makes it a
    # time ("in", "for", "в", "до" …; see _parts), never before a number.
    month_bare = rf"(?P<month_bare>{_opt(rf'{sep}(?P<mb_m2>{second})')}(?!{ws},?{ws}\d))"
    month_first = (
        rf"(?P<m1>{month})(?:(?P<month_day>{month_day})|(?P<month>{month_only})|{month_bare})"
    )
    prefix = f"(?P<prefix>{_opt(f'(?P<cue>{cue})')}{_opt(weekday)})"
    date = (
        f"{prefix}(?:(?P<ky_month>{ky_month_only})|{digit_opening}(?:{digit_first})|{month_first})"
    )
    # The shape that makes the search fast: a pattern that opens with a character set
    # lets ``re`` skip, in C, every position whose character cannot open a date (most
    # of a text). So the pattern consumes that first character, checks that it opens a
    # word, steps back one character (a look-behind) and reads the whole date from
    # there in a look-ahead, whose groups stay set. The match itself covers the first
    # character only: the date runs from ``match.start()`` to the end of the group
    # named by ``match.lastgroup`` (the form, which closes last).
    openings = (*_spellings(), *_weekdays(), *_CUES)
    firsts = "".join(re.escape(c) for c in sorted({w[0] for w in openings} | set("0123456789")))
    openings += tuple(_stems())  # (a month without a day may open with a Kyrgyz stem)
    # Most word starts that pass the set open no date ("The", "for", "Since"): the first
    # letters of every word a date can open with, as one trie, turn them away before the
    # date's many branches are tried (same matches: every branch opens with one of them).
    guard = f"(?=[0-9]|{_trie_pattern(sorted({w[:_GUARD] for w in openings}))})"
    return f"[{firsts}](?<![^\\W_].)(?<=(?={guard}{date}).)"


# How many first letters of an opening word the scanner checks before the date's branches.
_GUARD = 3


_DIGIT_FORMS = ("iso", "numeric", "day_month", "kyrgyz", "ky_month", "year")
_MONTH_FORMS = ("month_day", "month", "month_bare")
_FORMS = _DIGIT_FORMS + _MONTH_FORMS

#: A date's parts as the scanner reads them: start, end, form, then the start's
#: year, month and day and the end's (``None`` where the text gives none).
Parts = tuple[int, int, str, int | None, int | None, int | None, int | None, int | None, int | None]


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    return int(value.replace("O", "0")) if "O" in value else int(value)


# The month words the scanner met, as matched, to their numbers (a finite set: the
# spellings of months.tsv, with or without a full stop, and the Kyrgyz stems).
_MONTHS_SEEN: dict[str, int | None] = {}


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return _MONTHS_SEEN[value]
    except KeyError:
        number = _MONTHS_SEEN[value] = month_number(value)
        return number


#: A day as written: its year, month and day, each ``None`` where the text gives none.
_Day = tuple[int | None, int | None, int | None]


def _day_parts(first: _Day, second: _Day) -> tuple[int | None, ...]:
    """The six parts of a day or a day range (``first`` to ``second``); a single day
    (``second`` without a day) takes the year written last."""
    y1, m1, d1 = first
    y2, m2, d2 = second
    if d2 is None:
        return (y2 if y2 is not None else y1, m1 or m2, d1, None, None, None)
    return (y1, m1 or m2, d1, y2, m2 or m1, d2)


#: What :func:`_parts` returns for a match of :func:`_plain_scanner` with a month word
#: :func:`scanner` does not admit.
NOT_A_MONTH: tuple[()] = ()


# The words before a month alone that make it a time: "in December", "planned for May",
# "until mid-March", "в декабре", "до конца мая".
_BARE_CUE = re.compile(
    r"(?<!\w)(?:in|for|during|until|till|by|since|from|early|late|throughout|through|before"
    r"|after|(?:end|beginning|start|middle)[ \u00a0]of|mid|в|во|до|с|со|к|по|начале|конце|середине"
    r"|течение|конца|начала|середины)(?:[ \u00a0]{1,2}|-)$",
    re.IGNORECASE,
)


@functools.cache
def _abbreviations() -> frozenset[str]:
    """The month abbreviations of ``months.tsv``, case folded: a full stop after one is its own."""
    return frozenset(
        name.casefold() for _n, _l, form, name in month_rows() if form == "abbreviation"
    )


def _without_stop(text: str, start: int, end: int) -> int:
    """The end of a date that ends with a full stop: before the stop when it follows a full
    month name ("on 24 September." ends a sentence), after it for an abbreviation ("Sept.")."""
    i = end - 1
    while i > start and text[i - 1].isalpha():
        i -= 1
    word = text[i : end - 1]
    if word and word.casefold() not in _abbreviations() and month_number(word) is not None:
        return end - 1
    return end


def _parts(match: re.Match[str]) -> Parts | tuple[()] | None:
    """The parts of one scanner match; ``None`` for a numeric date after a cue or weekday
    or a month alone after no word of time, :data:`NOT_A_MONTH` for a month word only
    :func:`_plain_scanner` admits."""
    parts = _own_parts(match)
    return None if parts and not _kept(match.string, parts) else parts


def _own_parts(match: re.Match[str]) -> Parts | tuple[()] | None:
    """:func:`_parts` from the text the match covers only (a month alone is not checked)."""
    form = match.lastgroup  # a form's group closes after every group inside it
    assert form in _FORMS
    g = match.group
    start = match.start()
    end = match.end(form)
    months = _spelled_months()  # the month words as the scanner admits them
    parts: tuple[int | None, ...]
    if form == "day_month":
        y1, m1, d1, y2, m2, d2 = g("dm_y1", "dm_m1", "dm_d1", "dm_y2", "dm_m2", "dm_d2")
        one, other = months.get(m1) if m1 else None, months.get(m2)
        if other is None or (one is None and m1 is not None):
            return NOT_A_MONTH
        parts = _day_parts((_int(y1), one, int(d1)), (_int(y2), other, _int(d2)))
    elif form == "month_day":
        y1, m1, d1, y2, m2, d2 = g("md_y1", "m1", "md_d1", "md_y2", "md_m2", "md_d2")
        one, other = months.get(m1), months.get(m2) if m2 else None
        if one is None or (other is None and m2 is not None):
            return NOT_A_MONTH
        parts = _day_parts((_int(y1), one, int(d1)), (_int(y2), other, _int(d2)))
    elif form == "year":
        first, second = g("y_y1", "y_y2")
        y = _int(first)
        assert y is not None
        if second is None:
            parts = (y, None, None, None, None, None)
        else:
            y2 = int(second.replace("O", "0"))
            if len(second) == 2:
                y2 += y - y % 100
            parts = (y, None, None, y2, None, None)
    elif form == "month":
        m1, y1, m2, y2 = g("m1", "mo_y1", "mo_m2", "mo_y2")
        month, second = months.get(m1), months.get(m2) if m2 else None
        if month is None or (second is None and m2 is not None):
            return NOT_A_MONTH
        if second is None and y1 is None:
            parts = (_int(y2), month, None, None, None, None)
        else:
            parts = (_int(y1), month, None, _int(y2), second or month, None)
    elif form == "kyrgyz":
        d1, stem, y2, d2, d3, stem3 = g("ky_d1", "ky_m", "ky_y", "ky_d2", "ky_d3", "ky_m3")
        y2 = y2 or g("ky_y4")
        if d3 is not None:  # a range from one date to another
            parts = (_int(y2), _month(stem), int(d1), None, _month(stem3), int(d3))
        else:
            parts = _day_parts((None, _month(stem), int(d1)), (_int(y2), None, _int(d2)))
    elif form == "ky_month":
        ky_y, m1, m2 = g("kym_y", "kym_m1", "kym_m2")
        first, last = _month(m1.rstrip("ь")), _month(m2.rstrip("ь")) if m2 else None
        parts = (_int(ky_y), first, None, None, last, None)
    elif form == "month_bare":
        # (the word before it, which makes it a time, is read by _bare_month_ok: the parts
        # of a match depend on the text it covers only)
        if g("prefix"):
            return None
        m1, m2 = g("m1", "mb_m2")
        first, last = months.get(m1), months.get(m2) if m2 else None
        if first is None or (m2 is not None and last is None):
            return NOT_A_MONTH
        parts = (None, first, None, None, last, None)
    elif g("prefix"):  # iso and numeric dates take no cue and no weekday
        return None
    elif form == "iso":
        iso = g("iso_y", "iso_m", "iso_d")
        parts = (int(iso[0]), int(iso[1]), int(iso[2]), None, None, None)
    else:
        num_d, sep, num_m, num_y = g("num_d", "num_s", "num_m", "num_y")
        day, month = int(num_d), int(num_m)
        if month > 12 >= day and sep == "/":
            day, month = month, day
        parts = (_int(num_y), month, day, None, None, None)
    if match.string[end - 1] == "." and form in ("day_month", "month_day", "month_bare"):
        end = _without_stop(match.string, start, end)
    if parts[3] is None and parts[4] is None and parts[5] is None and g("cue"):
        start = match.end(
            "cue"
        )  # "from 2013", "с 2013 года": a cue without a range is no part of it
    return (start, end, form, *parts)  # type: ignore[return-value]


def _bare_month_ok(text: str, parts: Parts) -> bool:
    """Whether a month alone (form ``month_bare``) follows a word that makes it a time."""
    start = parts[0]
    return _BARE_CUE.search(text, max(0, start - 16), start) is not None


# The parts of a match follow from the text it covers, the character before it and at
# most _READ_AFTER characters after it (the look-behinds read one character back, the
# look-aheads at its end at most eight forward: "(?!{ws},?{ws}\d)"). A site's pages
# write the same dates again and again: the parts of each such stretch, relative to
# its start, are worked out once.
_READ_AFTER = 8
#: A match's parts relative to its start: ``(start, end, the rest of the parts)``; the
#: rest is ``None`` for a match that is no date.
_Relative = tuple[
    int,
    int,
    tuple[str, int | None, int | None, int | None, int | None, int | None, int | None] | None,
]
_NO_DATE: _Relative = (0, 0, None)
_SEEN: dict[str, _Relative] = {}
_SEEN_LIMIT = 20_000  # (some 400 bytes each)


def scan_parts(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Parts]:
    """:func:`scan` without the :class:`RawDate` objects: the parts of each date, as tuples.

    >>> [p[:4] for p in scan_parts("In 2013 and on 5 May.")]
    [(3, 7, 'year', 2013), (15, 20, 'day_month', None)]
    """
    global _SEEN  # noqa: PLW0603 - replaced whole when full: threads see the old or the new
    end = len(text) if endpos is None else endpos
    plain = not (_THAI[0] in text or _THAI[1] in text)
    search = _plain_scanner().search if plain else scanner().search
    seen = _SEEN if plain else {}  # (what the exact scanner reads is not kept)
    while True:
        match = search(text, pos, end)
        if match is None:
            return
        at = match.start()
        stop = match.end(match.lastgroup)  # type: ignore[arg-type]
        reach = stop + _READ_AFTER
        # (the character before, or a mark for the start; a mark where ``endpos`` cuts)
        key = (text[at - 1 : min(reach, end)] if at else "\x00" + text[: min(reach, end)]) + (
            "\x00" if reach > end else ""
        )
        known = seen.get(key)
        if known is None:
            parts = _own_parts(match)
            if parts is NOT_A_MONTH:
                # A month word the exact scanner does not admit: ask it (compiled then), here.
                exact = scanner().match(text, at, end)
                if exact is None:
                    pos = at + 1
                    continue
                pos = exact.end(exact.lastgroup)  # type: ignore[arg-type]
                exact_parts = _parts(exact)
                if exact_parts:
                    yield exact_parts
                continue
            known = (parts[0] - at, parts[1] - at, parts[2:]) if parts else _NO_DATE
            if len(seen) >= _SEEN_LIMIT:
                seen = {}
                if plain:
                    _SEEN = seen
            seen[key] = known
        pos = stop
        first, last, rest = known
        if rest is not None:
            found: Parts = (at + first, at + last, *rest)
            if rest[0] != "month_bare" or _bare_month_ok(text, found):
                yield found


def _kept(text: str, parts: Parts) -> bool:
    """Whether the parts of a match are a date (a month alone only after a word of time)."""
    return parts[2] != "month_bare" or _bare_month_ok(text, parts)


def raw_date(text: str, parts: Parts) -> RawDate:
    """The :class:`RawDate` of a date's parts (from :func:`scan_parts` over ``text``).

    >>> raw_date("On 5 May.", next(scan_parts("On 5 May."))).text
    '5 May'
    """
    start, end, form, sy, sm, sd, ey, em, ed = parts
    return RawDate(
        start=start,
        end=end,
        text=text[start:end],
        form=form,
        start_year=sy,
        start_month=sm,
        start_day=sd,
        end_year=ey,
        end_month=em,
        end_day=ed,
    )


def scan(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[RawDate]:
    """Every stretch of ``text[pos:endpos]`` shaped like a date, left to right, not overlapping.

    >>> [r.text for r in scan("From March 30 to April 1 2015 and in 2013-2014.")]
    ['From March 30 to April 1 2015', '2013-2014']
    """
    for parts in scan_parts(text, pos, endpos):
        yield raw_date(text, parts)


def match_at(text: str, pos: int = 0) -> RawDate | None:
    """The date that starts exactly at ``pos`` in ``text``, or ``None``.

    >>> match_at("4-7 November 2024, Turkistan").text
    '4-7 November 2024'
    """
    plain = not (_THAI[0] in text or _THAI[1] in text)
    match = (_plain_scanner() if plain else scanner()).match(text, pos)
    parts = None if match is None else _parts(match)
    if parts is NOT_A_MONTH:
        match = scanner().match(text, pos)
        parts = None if match is None else _parts(match)
    return raw_date(text, parts) if parts else None
