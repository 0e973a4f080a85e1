"""The word lists of the package, each from its data file through the one reader.

Honorifics (``honorifics.tsv``), role words (``roles.tsv``), event triggers
(``event_kinds.tsv``), month names (``months.tsv``), weekday names (``weekdays.tsv``)
and number words (``number_words.tsv``) are read once, on first use;
every module that needs one of them asks here, so each list has one source.

>>> honorifics()[:3]
('Mr.', 'Mr', 'Mrs.')
>>> role_words()["minister"], event_triggers()[0]
('role', ('study visit*', 'study_visit', 'strong'))
>>> month_rows()[0]
(1, 'en', 'name', 'January')
"""

from __future__ import annotations

import functools
import re

from .tables import read_table

__all__ = [
    "MONTHS_FILE",
    "ORGANIZATION_COLUMNS",
    "PLACE_COLUMNS",
    "PLACE_FILES",
    "SETTLEMENT_FILES",
    "event_activities",
    "event_triggers",
    "honorific_words",
    "honorifics",
    "month_rows",
    "number_words",
    "programme_not_names",
    "programme_words",
    "role_words",
    "title_nouns",
    "weekday_rows",
]

#: The columns of a gazetteer file (the package's and a user's).
PLACE_COLUMNS = ("id", "kind", "name", "parent", "aliases", "lat", "lon", "geonames_id")
#: The columns of an organization file (the package's and a user's).
ORGANIZATION_COLUMNS = ("name", "acronym", "kind", "country", "aliases", "wikidata_id")
#: The data files of the default gazetteer, in the order they are read.
PLACE_FILES: tuple[str, ...] = ("countries.tsv", "kyrgyzstan.tsv", "central_asia.tsv", "cities.tsv")
#: The settlements of the default gazetteer: found only where a place is expected.
SETTLEMENT_FILES: tuple[str, ...] = ("settlements.tsv",)
#: The month names.
MONTHS_FILE = "months.tsv"
WEEKDAYS_FILE = "weekdays.tsv"


@functools.cache
def honorifics() -> tuple[str, ...]:
    """The honorifics written before a person's name (``Mr.``, ``г-жа``), as in the file."""
    return tuple(row[0] for row in read_table("honorifics.tsv", ("honorific", "language")).rows)


_WORD = re.compile(r"[^\W_]+")


@functools.cache
def honorific_words() -> frozenset[str]:
    """The case-folded words honorifics are made of (``H.E.`` -> ``h``, ``e``).

    What a name key leaves out at the start of a name (see :mod:`iomkg._extract.identity`).

    >>> sorted(w for w in honorific_words() if w in {"mr", "h", "e", "жа", "господин"})
    ['e', 'h', 'mr', 'господин', 'жа']
    """
    return frozenset(w.casefold() for h in honorifics() for w in _WORD.findall(h))


@functools.cache
def role_words() -> dict[str, str]:
    """Role words, modifiers and title words by their case-folded spelling: their kind."""
    table = read_table("roles.tsv", ("word", "kind", "language"))
    return {row[0].casefold(): row[1] for row in table.rows}


@functools.cache
def event_triggers() -> tuple[tuple[str, str, str], ...]:
    """The event triggers, the kind (an ``EventKind`` value) each names and its strength
    (``strong``: it names an event; ``weak``: it only reports one, "held"), in file order."""
    table = read_table("event_kinds.tsv", ("trigger", "kind", "language", "strength"))
    return tuple((row[0], row[1], row[3]) for row in table.rows)


@functools.cache
def programme_words() -> tuple[tuple[str, str], ...]:
    """Programme heads and the cue phrases of funding, implementing and partnering, with
    their kind (``head``, ``fund``, ``implement``, ``partner``, ``support``, ``fund-before``:
    a Kyrgyz phrase written after its funder), in file order.

    >>> programme_words()[0]
    ('Programme', 'head')
    """
    table = read_table("programme_words.tsv", ("phrase", "kind", "language"))
    return tuple((row[0], row[1]) for row in table.rows)


@functools.cache
def programme_not_names() -> frozenset[str]:
    """The capitalised words no programme named without a programme word holds (a law, a
    strategy, an event or a body: ``the Labour Code``, ``the Bishkek Forum``).

    >>> "Code" in programme_not_names(), "Action" in programme_not_names()
    (True, False)
    """
    table = read_table("programme_not_names.tsv", ("word", "language"))
    return frozenset(row[0] for row in table.rows)


@functools.cache
def title_nouns() -> tuple[str, ...]:
    """The words after which a text in quotation marks is a title (``exhibition*``)."""
    return tuple(row[0] for row in read_table("title_nouns.tsv", ("word", "language")).rows)


@functools.cache
def month_rows() -> tuple[tuple[int, str, str, str], ...]:
    """The rows of ``months.tsv``: (month number, language, form, name).

    A month number outside 1-12 raises :class:`~iomkg.DataError`.
    """
    table = read_table(MONTHS_FILE, ("month", "language", "form", "name"))
    rows: list[tuple[int, str, str, str]] = []
    for index, (month, language, form, name) in enumerate(table.rows):
        if not month.isdigit() or not 1 <= int(month) <= 12 or not name:
            raise table.fail(index, "expected 'month<TAB>language<TAB>form<TAB>name'", "months")
        rows.append((int(month), language, form, name))
    return tuple(rows)


@functools.cache
def weekday_rows() -> tuple[tuple[int, str, str, str], ...]:
    """The rows of ``weekdays.tsv``: (day, language, form, name); day 0 is Monday, as
    :meth:`datetime.date.weekday` counts.

    A day outside 0-6 raises :class:`~iomkg.DataError`.

    >>> weekday_rows()[2]
    (2, 'en', 'name', 'Wednesday')
    """
    table = read_table(WEEKDAYS_FILE, ("day", "language", "form", "name"))
    rows: list[tuple[int, str, str, str]] = []
    for index, (day, language, form, name) in enumerate(table.rows):
        if not day.isdigit() or not 0 <= int(day) <= 6 or not name:
            raise table.fail(index, "expected 'day<TAB>language<TAB>form<TAB>name'", "weekdays")
        rows.append((int(day), language, form, name))
    return tuple(rows)


@functools.cache
def event_activities() -> tuple[tuple[str, str], ...]:
    """The activity verbs ("screened", "surveyed", "опросили"), the kind (an ``EventKind``
    value) of event each reports, in file order: an activity makes an event only with a
    date of its own.

    >>> ("pitched", "other") in event_activities()
    True
    """
    table = read_table("event_activities.tsv", ("activity", "kind", "language"))
    return tuple((row[0], row[1]) for row in table.rows)


@functools.cache
def number_words() -> dict[str, int]:
    """The words that count days and weeks ("two days later", "через два дня", "эки күн"),
    lower case, and the number each counts.

    >>> number_words()["two"], number_words()["двумя"], number_words()["жети"]
    (2, 2, 7)
    """
    table = read_table("number_words.tsv", ("word", "value", "language"))
    words: dict[str, int] = {}
    for index, (word, value, _language) in enumerate(table.rows):
        if not value.isdigit() or not word or word != word.lower():
            raise table.fail(index, "expected 'word<TAB>value<TAB>language'", "number words")
        words[word] = int(value)
    return words
