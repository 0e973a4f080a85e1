"""Datelines: the place(s) and date that open a lead paragraph (FORMATS.md §3).

Shapes read, with any dash (``-``, ``–``, ``—``; glued or spaced, but never a
hyphen inside a word such as ``Co-chair``)::

    PLACES [, DATE] DASH lead         Bishkek/Astana, 30 May 2025 – International …
    DATE, PLACES DASH lead            4-7 November 2024, Turkistan, Kazakhstan – …
    DATE. PLACES. Lead                June 22, 2016. Bishkek. Mission of …
    DATE DASH lead                    27 March 2024 – The forum opened …  (no place)
    PLACES DASH DATE Lead             Бишкек - 12 октября Миссия …
    PLACES, DATE. Lead                Bishkek, 5 May 2021. The centre …  (known places)
    PLACES, DATE. /TAG/. Lead         Бишкек, 29 апреля. /Кабар/. Международная …

``PLACES`` is one to three names joined by ``and``/``и``, ``/``, ``&`` or a
comma (city, country). A name the gazetteer knows becomes its :class:`Place`;
an unknown one is kept (id ``unresolved:<name>``) only when the shape leaves no
doubt: one word, or two words with a date. A paragraph that opens with a
sentence (``On March 24, 2022, the …``), a quotation or a title-like phrase has
no dateline.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .._check import expect
from .._models import Dateline, DateSpan, Place, PlaceKind, Precision, Span
from .._reference.gazetteer import with_mentions
from .._reference.lexicons import weekday_rows
from .._reference.reference import current
from .._regex import lazy_pattern as _lazy
from .dates import span_of
from .dates.grammar import RawDate, raw_date, scan, scan_parts

__all__ = ["header_date", "parse_dateline", "split_dateline"]

_WINDOW = 200


_MAX_HEAD = 90
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁӨҮҢӘҒҚҰҺІ"
# A place name: up to four capitalised words joined by a space or a hyphen
# (``Issyk-Kul``, ``Issyk -Kul``, ``Ho Chi Minh City``); Russian ``г.`` (city) may lead.
_NAME = _lazy(
    rf"(?:г\.[ \u00a0]?)?[{_UPPER}][^\W\d_]{{0,30}}(?:['’][^\W\d_]{{1,20}})?"
    rf"(?:(?:[ \u00a0]|[ \u00a0]?-)(?:[{_UPPER}][^\W\d_]{{0,30}}|de|of|on|upon|am|el|al"
    r"|city|region|oblast|province|district|rayon|область|района?|города?|району|облусу))"
    r"{0,3}\.?"
)
# What joins two place names; the spaces around it are taken in Python (_pieces), so the
# search stays linear on a long run of spaces (a leading "[ ]*" would rescan the run
# from every one of its positions).
_JOINER = re.compile(r",|/|&|\band\b|\bи\b")
_SPACES_AFTER = re.compile(r"[ \u00a0]+")
_DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u0e42"
_DASH = re.compile(f"[{_DASH_CHARS}]")
_TAG = re.compile(r"[ \u00a0]{0,2}\([^\W\d_][\w .\-]{0,24}\)[ \u00a0,]{0,3}$")
# What may follow a date written right after the dash: the lead, maybe after a comma, a colon
# or a dash, whatever its first word ("Бишкек - 12 октября Миссия …", "Ош – 20 ноября 2024 года,
# во …", "Бишкек – 12 октября министр …": the date is the dateline's, the lead goes on).
_AFTER_DATE = _lazy(
    rf"(?:[ \u00a0]{{1,3}}|[ \u00a0]{{0,2}}[.,:{_DASH_CHARS}][ \u00a0]{{1,3}})(?=[^\W\d_]|[\"“«])"
)
# A Kyrgyz date in the locative ("3–5-июнда": on 3-5 June) after the dash is the lead's:
# "Ош – 3–5-июнда Ош шаарында …" is a dateline of one place.
_KYRGYZ_LOCATIVE = re.compile(r"-[^\W\d_]{2,12}(?:нда|нде|ында|инде|унда|үндө|да|де|та|те)$")
# An agency written after a comma at the dateline's end, in capitals: "Bishkek, 5 May, IOM –".
_COMMA_TAG = re.compile(rf",[ \u00a0]{{1,2}}[{_UPPER}]{{2,8}}\Z")
_END_SLASH_TAG = re.compile(r"[ \u00a0]{0,2}/[^\W\d_][^/\n]{0,30}/\Z")
_BARE_DASH = re.compile(rf"[ \u00a0]{{0,3}}[{_DASH_CHARS}]")
_COMMA = re.compile(r"[ \u00a0]{0,3},[ \u00a0]{0,3}")
_OLD_STOP = re.compile(r"\.[ \u00a0]{1,3}")
_SPACES = re.compile(r"[ \u00a0]{1,3}")
# What closes ``PLACES, DATE`` when no dash follows: a full stop or a colon, then the lead.
_DATE_STOP = re.compile(r"[.:][ \u00a0]{1,3}")
_SLASH_TAG = re.compile(r"/[^\W\d_][^/\n]{0,30}/\.?[ \u00a0]{1,3}")
# Words that make a capitalised phrase a sentence opening (``In Osh – …``), never a place,
# even when the gazetteer would drop them to find a name.
_PREPOSITIONS = frozenset(
    ("on", "in", "at", "from", "for", "to", "by", "near", "across", "в", "во", "на", "из", "по")
)
_QUOTES = "\"'“”„«»‘’`"
# Capitalised words that open sentences or name people and bodies, never places.
_NOT_PLACES = frozenset(
    (
        "a",
        "an",
        "the",
        "on",
        "in",
        "at",
        "from",
        "for",
        "to",
        "by",
        "as",
        "this",
        "that",
        "these",
        "those",
        "there",
        "it",
        "its",
        "our",
        "we",
        "he",
        "she",
        "they",
        "his",
        "her",
        "after",
        "before",
        "during",
        "since",
        "when",
        "while",
        "with",
        "under",
        "over",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "h.e",
        "iom",
        "un",
        "undp",
        "unicef",
        "unhcr",
        "who",
        "osce",
        "eu",
        "usaid",
        "note",
        "photo",
        "source",
        "read",
        "more",
        "press",
        "release",
        "news",
        "today",
        "yesterday",
        "last",
        "next",
        "according",
        "finally",
        "however",
        "meanwhile",
        "moreover",
        "also",
        "first",
        "second",
        "third",
        "then",
        "now",
        "here",
        "overall",
        "together",
        "recently",
        "besides",
        "indeed",
        "instead",
        "thus",
        "therefore",
        "so",
        "but",
        "and",
        "or",
        "yes",
        "no",
        "why",
        "what",
        "how",
        "where",
    )
)


def _place(name: str, start: int) -> Place | None:
    """The place ``name`` resolves to, with a mention at ``start``; or ``None`` if unknown.

    A dateline is where a place is expected: a settlement or a transliteration variant
    counts (``Gazetteer.resolve``)."""
    found = current().places.resolve(name)
    if found is None:
        return None
    return with_mentions(found, [Span(start=start, end=start + len(name), text=name)])


def _unresolved(name: str, start: int) -> Place:
    return Place(
        id=f"unresolved:{name}",
        name=name,
        kind=PlaceKind.CITY,
        mentions=(Span(start=start, end=start + len(name), text=name),),
    )


# A settlement word written with a place's name, before it ("Village of Iradan", "с. Ирадан",
# "село Тамчы") or after it ("Iradan village", "Ирадан айылы", "Нарын шаары"): the name is
# looked up without it, and vouches for a name the gazetteer does not know.
_SETTLEMENT_BEFORE = re.compile(
    r"(?:(?:[Tt]he[ \u00a0]{1,2})?(?:[Vv]illage|[Tt]own|[Cc]ity|[Ss]ettlement|[Aa]i?yi?l)[ \u00a0]of"
    r"|[Сс]ело|[Сс]\.|[Пп]ос[её]лок|[Пп]ос\.|пгт|[Гг]ород|[Аа]йыл|[Аа]ил)[ \u00a0]{1,2}"
)
# "Village Iradan", "Aiyl Iradan": without "of", the word vouches for no unknown name.
_SETTLEMENT_BARE = re.compile(r"(?:[Vv]illage|[Aa]i?yi?l)[ \u00a0]{1,2}")
# After the name, also Kyrgyz abbreviations: "Ош ш." (шаары), "Ирадан а." (айылы).
_SETTLEMENT_AFTER = frozenset(
    (
        *("village", "Village", "town", "Town", "settlement", "Settlement"),
        *("айылы", "шаары", "кыштагы", "поселкасы", "ш.", "а."),
    )
)
# What a settlement word tells of the name with it: nothing, that it is a place (even one
# the gazetteer does not know), or only where the name is one the gazetteer knows.
_NO_WORD, _VOUCHES, _KNOWN_ONLY = 0, 1, 2
# A place in brackets after another: "Osh (Kyrgyzstan)" (searched from the last "(").
_BRACKETED = re.compile(r"[ \u00a0]{0,2}\(([^()]{2,40})\)\Z")


def _name_in(piece: str) -> tuple[str, int, int]:
    """The name of ``piece``, its offset in it, and what a settlement word with it tells.

    >>> _name_in("Village of Iradan"), _name_in("Нарын шаары"), _name_in("Osh")
    (('Iradan', 11, 1), ('Нарын', 0, 1), ('Osh', 0, 0))
    >>> _name_in("Aiyl Iradan")
    ('Iradan', 5, 2)
    """
    before = _SETTLEMENT_BEFORE.match(piece)
    if before is not None and before.end() < len(piece):
        return piece[before.end() :], before.end(), _VOUCHES
    space = max(piece.rfind(" "), piece.rfind("\u00a0"))
    if space > 0 and piece[space + 1 :] in _SETTLEMENT_AFTER:
        return piece[:space].rstrip(" \u00a0"), 0, _VOUCHES
    bare = _SETTLEMENT_BARE.match(piece)
    if bare is not None and bare.end() < len(piece):
        return piece[bare.end() :], bare.end(), _KNOWN_ONLY
    return piece, 0, _NO_WORD


def _split_brackets(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each ``Name (Other)`` piece as two: ``Osh (Kyrgyzstan)`` names Osh and Kyrgyzstan."""
    found: list[tuple[str, int]] = []
    for piece, at in pieces:
        cut = piece.rfind("(")
        bracket = _BRACKETED.search(piece, max(0, cut - 2)) if cut > 0 else None
        if bracket is None or not piece[: bracket.start()].strip():
            found.append((piece, at))
            continue
        found.append((piece[: bracket.start()], at))
        found.append((bracket.group(1), at + bracket.start(1)))
    return found


# A Kyrgyz division in the genitive or in "-дагы" (which is in), before the place in it:
# "Ош облусунун Кара-Суу районундагы Ирадан айылы" names three places.
_KY_CHAIN = re.compile(
    r"[ \u00a0](?:облусу|району|шаары|айылы|аймагы|кыштагы)(?:нун|нын|ндагы)(?=[ \u00a0])"
)


# A Russian division in the genitive after the place in it: "с. Ирадан Лейлекского района",
# "Сокулукский район Чуйской области" (searched from the piece's last capital).
_RU_CHAIN = re.compile(
    rf"[ \u00a0]{{1,2}}([{_UPPER}][^\W\d_]{{0,30}}(?:-[^\W\d_]{{1,30}})?"
    r"[ \u00a0]{1,2}(?:области|района|округа))\Z"
)
_RU_DIVISIONS = ("области", "района", "округа")
# A place "of" or "in" a larger one: "Tamchy village of Issyk-Kul Region", "Iradan village in
# Batken": both sides must be places the gazetteer knows.
_OF_IN = re.compile(r"[ \u00a0]{1,2}(?:of|in)[ \u00a0]{1,2}")


def _two_known(written: str, at: int, offset: int) -> list[Place] | None:
    """``written`` as a place inside a larger one (``X village of Y``), both known, or ``None``."""
    bounds: tuple[int, int] | None = None
    if written.endswith(_RU_DIVISIONS):
        cut = _RU_CHAIN.search(written)
        if cut is not None:
            bounds = (cut.start(), cut.start(1))
    else:
        links = list(_OF_IN.finditer(written))  # the last "of" or "in"
        last = links[-1] if links else None
        if last is not None and last.start() > 0:
            bounds = (last.start(), last.end())
    if bounds is None:
        return None
    inner, inner_at, _ = _name_in(written[: bounds[0]])
    outer = written[bounds[1] :]
    # (before any look-up; _RU_CHAIN has checked a Russian division's shape)
    if _NAME().fullmatch(inner) is None or (
        not outer.endswith(_RU_DIVISIONS) and _NAME().fullmatch(outer) is None
    ):
        return None
    first = _place(written[: bounds[0]], offset + at) or _place(inner, offset + at + inner_at)
    second = _place(outer, offset + at + bounds[1])
    if first is None or second is None:
        return None
    return [first, second]


def _split_chain(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each Kyrgyz chain of divisions cut after each link (``Ош облусунун | Ирадан айылы``)."""
    found: list[tuple[str, int]] = []
    for piece, at in pieces:
        start = 0
        for link in _KY_CHAIN.finditer(piece):
            found.append((piece[start : link.end()], at + start))
            start = link.end() + 1
        rest = piece[start:].lstrip(" \u00a0")
        found.append((rest, at + len(piece) - len(rest)))
    return found


def _places(
    text: str, offset: int, *, has_date: bool, capital_lead: bool = True
) -> tuple[Place, ...] | None:
    """The one to three places of ``text`` (offsets shifted by ``offset``), or ``None``.

    Names the gazetteer does not know pass only in a clear shape: at most two
    words (two only with a date), and, without a date, a lead that opens with a
    capital letter (``capital_lead``).
    """
    if not text or len(text) > _MAX_HEAD:
        return None
    whole = _NAME().fullmatch(text)
    if whole is not None and " and " in text:
        place = _place(text, offset)  # "Bosnia and Herzegovina"
        if place is not None:
            return (place,)
    pieces = _pieces(text)
    if "(" in text:
        pieces = _split_brackets(pieces)
    chained = "ы" in text  # (every link of a Kyrgyz chain has one)
    if chained:
        pieces = _split_chain(pieces)
    if not 1 <= len(pieces) <= 3:
        return None
    places: list[Place] = []
    unknown: list[str] = []
    for written, written_at in pieces:
        if chained and _KY_CHAIN.search(" " + written + " ") is not None:
            link = _place(written, offset + written_at)
            if link is None:  # a link is a place the gazetteer knows
                return None
            places.append(link)
            continue
        # (a settlement word is written with a space: one word is a name alone)
        spaced = " " in written or "\u00a0" in written
        piece, at, settlement = _name_in(written) if spaced else (written, 0, _NO_WORD)
        at += written_at
        named = _NAME().fullmatch(piece) is not None
        if named and piece.split(maxsplit=1)[0].casefold() in _PREPOSITIONS:
            return None
        place = None
        if named:
            place = _place(written, offset + written_at) if settlement != _NO_WORD else None
            if place is None:
                place = _place(piece, offset + at)
        if place is None and (" of " in piece or " in " in piece or piece.endswith(_RU_DIVISIONS)):
            # "Tamchy village of Issyk-Kul Region", "с. Ирадан Лейлекского района"
            pair = _two_known(written, written_at, offset)
            if pair is not None:
                places.extend(pair)
                continue
        if not named:
            return None
        if place is None:
            words = piece.replace("-", " ").split()
            if words[0].casefold() in _NOT_PLACES or (piece.isupper() and len(piece) <= 5):
                return None
            if settlement == _NO_WORD:
                unknown.append(piece)
            elif settlement == _KNOWN_ONLY or len(words) > 2:
                return None  # a settlement word vouches for a name of one or two words
            place = _unresolved(piece, offset + at)
        places.append(place)
    if unknown:
        longest = max(len(name.split()) for name in unknown)
        resolved = len(places) - len(unknown)
        if has_date:
            clear = longest <= 2
        else:
            clear = longest == 1 and capital_lead and (resolved > 0 or len(places) == 1)
        if not clear:
            return None
    return tuple(places)


def _pieces(text: str) -> list[tuple[str, int]]:
    """``text`` cut at its joiners (and the spaces around them): each piece and its offset.

    >>> _pieces("Bishkek  and Osh, Kyrgyzstan")
    [('Bishkek', 0), ('Osh', 13), ('Kyrgyzstan', 18)]
    """
    pieces: list[tuple[str, int]] = []
    pos = 0
    for joiner in _JOINER.finditer(text):
        # The spaces before a joiner belong to it, back to the end of the previous one.
        piece = text[pos : joiner.start()].rstrip(" \u00a0")
        pieces.append((piece, pos))
        spaces = _SPACES_AFTER.match(text, joiner.end())
        pos = joiner.end() if spaces is None else spaces.end()
    pieces.append((text[pos:], pos))
    return pieces


def _is_closing_dash(paragraph: str, index: int) -> bool:
    """Whether the dash at ``index`` ends a dateline (a hyphen must have a space after it)."""
    char = paragraph[index]
    after = paragraph[index + 1 : index + 2]
    if char in "-\u2010\u2011\u0e42":  # a Thai o is a dash that went through cp874
        return after in (" ", "\u00a0", "\t")
    return True


def _lead_starts(paragraph: str, index: int) -> bool:
    """Whether a lead sentence can start at ``index`` (after spaces), and not a title's tail.

    ``Kyrgyzstan – Land of Mountains and Lakes`` is a title: a few words, every
    long one capitalised, no full stop.
    """
    rest = paragraph[index : index + 3].lstrip()
    if not rest or not (rest[0].isalnum() or rest[0] in _QUOTES):
        return False
    tail = paragraph[index : index + 120].split()
    if len(tail) >= 13 or paragraph.rstrip()[-1:] in '.!?…"”»':
        return True
    return not all(word[:1].isupper() or len(word) < 4 for word in tail)


def _date_span(raw: RawDate) -> DateSpan | None:
    if raw.text[:1].isalpha() and raw.text.split()[0].casefold() in ("from", "between", "с"):
        return None
    span = span_of(raw)
    if span is None or span.precision is Precision.YEAR:
        return None
    return span


def split_dateline(paragraph: str, *, language: str | None = None) -> Dateline | None:
    """The dateline that opens ``paragraph``, or ``None``.

    ``language`` is a hint only; English, Russian and Kyrgyz datelines are read
    either way. Each place carries one mention whose offsets point into
    ``paragraph`` (and so into :attr:`Article.text`, which starts with it).

    >>> dl = split_dateline("Bishkek and Osh- Regional Director visits the country.")
    >>> dl.text, [p.name for p in dl.places], dl.date
    ('Bishkek and Osh', ['Bishkek', 'Osh'], None)
    >>> split_dateline("Astana, 12 October 2022 – At the initiative of …").date.start
    datetime.date(2022, 10, 12)
    >>> split_dateline("On March 24, 2022, the council met.") is None
    True
    """
    found = _split(paragraph)
    if found is None:
        # "Dushanbe, 18 November 2014Engaging …": the year glued to the lead's first word.
        glued = _GLUED_YEAR().match(paragraph)
        if glued is not None:
            cut = glued.end()
            found = _split(paragraph[:cut] + " – " + paragraph[cut:])
            lead = len(paragraph) - len(paragraph.lstrip())
            if (
                found is not None
                and found.date is not None
                and lead + len(found.text) == cut
                and paragraph.startswith(found.text, lead)
            ):
                return found
            return None
    return found


# A year glued to a capitalised word within a dateline's reach.
_GLUED_YEAR = _lazy(r"\s{0,3}[^\W\d_][^\n]{2,60}?(?:19|20)\d{2}(?=[A-ZА-ЯЁ][a-zа-яё])")


def _split(paragraph: str) -> Dateline | None:
    lead = len(paragraph) - len(paragraph.lstrip())
    window = paragraph[: lead + _WINDOW]
    if not window[lead : lead + 1] or window[lead] in _QUOTES:
        return None
    dates = [raw_date(window, parts) for parts in scan_parts(window, lead) if parts[2] != "year"]
    pos = lead
    first_date: DateSpan | None = None
    if dates and (
        dates[0].start == lead
        or (5 <= dates[0].start - lead <= 14 and _is_weekday(window[lead : dates[0].start]))
    ):
        first_date = _date_span(dates[0])
        if first_date is None:
            return None
        pos = dates[0].end
        old = _old_form(paragraph, lead, pos, first_date)
        if old is not None:
            return old
        bare = _BARE_DASH.match(paragraph, pos)
        if bare is not None and _is_closing_dash(paragraph, bare.end() - 1):
            # "27 March 2024 – The forum opened": a date and no place.
            if not _lead_starts(paragraph, bare.end()):
                return None
            return Dateline(text=paragraph[lead:pos], date=first_date)
        comma = _COMMA.match(paragraph, pos)
        if comma is None:
            return None
        pos = comma.end()

    if first_date is None:
        caps = _caps_form(paragraph, lead, dates)
        if caps is not None:
            return caps
    if first_date is None and dates:
        stopped = _stopped_form(paragraph, lead, dates[0])
        if stopped is not None:
            return stopped
    dash = _closing_dash(window, pos, dates)
    # "Bishkek: The …": a colon before any dash
    colon_at = -1 if first_date is not None else window.find(":", lead, dash or lead + _MAX_HEAD)
    if colon_at > lead:
        colon = _colon_form(window, lead, colon_at)
        if colon is not None:
            return colon
    if dash is None or dash - pos > _MAX_HEAD:
        return None
    head_end = len(window[:dash].rstrip(" \u00a0\t,-"))  # "(Xinhua) --"
    written_end = head_end
    if not _lead_starts(window, dash + 1):
        return None
    date = first_date
    places_end = head_end
    # A tag opens with a bracket: without one the search (at every position) is skipped.
    tag = _TAG.search(window, pos, head_end) if "(" in window[pos:head_end] else None
    if tag is not None and _is_place_tag(tag.group()):
        tag = None  # "Osh (Kyrgyzstan) –": a place in brackets
    if tag is None and "," in window[pos:head_end]:
        last_comma = window.rfind(",", pos, head_end)  # "Bishkek, 5 May 2024, IOM –"
        tag = _COMMA_TAG.match(window, last_comma, head_end)
        if tag is not None and _is_place_tag(tag.group()):
            tag = None
    if tag is None and window[head_end - 1 : head_end] == "/":
        tag = _END_SLASH_TAG.search(window, pos, head_end)  # "Osh, 5 May 2024 /Kabar/ –"
    if tag is not None:  # "Bishkek, 5 May 2024 (Kabar) –": a news agency's tag
        head_end = len(window[: tag.start()].rstrip(" \u00a0\t,"))
        places_end = head_end
    if date is None:
        trailing = next((r for r in dates if r.end == head_end and r.start > pos), None)
        if trailing is not None:
            date = _date_span(trailing)
            if date is None:
                return None
            places_end = len(window[: trailing.start].rstrip(" \u00a0\t,"))
            # "Бишкек, дүйшөмбү, 12-май 2025-ж.": a weekday the grammar does not read
            weekday = (
                _LAST_WORD.search(window, max(pos, places_end - 13), places_end)
                if window.find(",", pos, places_end) >= 0
                else None
            )
            if weekday is not None and _is_weekday(weekday.group(1)):
                places_end = len(window[: weekday.start(1)].rstrip(" \u00a0\t,"))
    opening = window[dash + 1 : dash + 6].lstrip()[:1]  # after one or a few spaces
    places = _places(
        window[pos:places_end],
        pos,
        has_date=date is not None,
        capital_lead=opening.isupper() or opening.isdigit(),
    )
    if places is None:
        return None
    text_end = written_end
    if date is None:
        # Russian style: the date right after the dash, then the lead (``Бишкек - 12 октября Миссия``).
        after = len(window) - len(window[dash + 1 :].lstrip())
        following = next((r for r in dates if r.start == after), None)
        if (
            following is not None
            and not _KYRGYZ_LOCATIVE.search(following.text)
            and _AFTER_DATE().match(window, following.end)
        ):
            date = _date_span(following)
            if date is not None:
                text_end = following.end
    return Dateline(text=paragraph[lead:text_end], places=places, date=date)


# Weekdays the date grammar does not read before a date, as a dateline writes them: Kyrgyz
# ones, and Russian ones capitalised ("Понедельник, 12 мая 2025 г., Бишкек –").
@functools.cache
def _weekdays() -> frozenset[str]:
    """Those weekdays (``weekdays.tsv``), in lower case: the Russian nominative and every
    Kyrgyz name (жума, also "week", included: a date follows it here)."""
    return frozenset(
        name.casefold()
        for _day, language, form, name in weekday_rows()
        if (language == "ru" and form == "nominative") or language == "ky"
    )


_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{4,11})\Z")


def _is_weekday(text: str) -> bool:
    """Whether ``text`` is a weekday and maybe a comma (``Дүйшөмбү, ``).

    >>> _is_weekday("Дүйшөмбү, "), _is_weekday("Osh, ")
    (True, False)
    """
    return len(text) <= 14 and text.rstrip(" \u00a0,").casefold() in _weekdays()


def _is_place_tag(tag: str) -> bool:
    """Whether a tag (``(Kyrgyzstan)``, ``, OSH``) names a place rather than an agency."""
    return _place(tag.strip(" \u00a0,()"), 0) is not None


def _closing_dash(window: str, pos: int, dates: list[RawDate]) -> int | None:
    """The index of the first dash after ``pos`` that closes a dateline, skipping dates."""
    for match in _DASH.finditer(window, pos):
        index = match.start()
        if any(r.start <= index < r.end for r in dates):
            continue
        if _is_closing_dash(window, index):
            return index
    return None


def _old_form(paragraph: str, lead: int, pos: int, date: DateSpan) -> Dateline | None:
    """``June 22, 2016. Bishkek. Mission of …``: date, full stop, places, full stop."""
    stop = _OLD_STOP.match(paragraph, pos)
    if stop is None and paragraph[pos - 1 : pos] == ".":  # "05 July 2019 г. Bishkek."
        stop = _SPACES.match(paragraph, pos)
    if stop is None:
        return None
    end = paragraph.find(".", stop.end(), stop.end() + _MAX_HEAD)
    if end < 0 or not _lead_starts(paragraph, end + 1) or paragraph[end + 1 : end + 2] != " ":
        return None
    places = _places(paragraph[stop.end() : end], stop.end(), has_date=True)
    if places is None:
        return None
    return Dateline(text=paragraph[lead:end], places=places, date=date)


def _stopped_form(paragraph: str, lead: int, raw: RawDate) -> Dateline | None:
    """``Bishkek, 5 May 2021. The …``: places, a comma, a dated month or day, a stop or colon."""
    stop = _DATE_STOP.match(paragraph, raw.end)
    end = raw.end
    if stop is None and paragraph[end - 1 : end] == ".":  # the date took the full stop
        stop = _SPACES.match(paragraph, end)
    if stop is None or raw.start - lead > _MAX_HEAD:
        return None
    agency = _SLASH_TAG.match(paragraph, stop.end())  # "Бишкек, 29 апреля. /Кабар/. Текст"
    if agency is not None:
        end = agency.start() + len(agency.group().rstrip(" \u00a0."))
        stop = agency
    if not _lead_starts(paragraph, stop.end()):
        return None
    head = paragraph[lead : raw.start].rstrip(" \u00a0")
    if not head.endswith(","):
        return None
    date = _date_span(raw)
    # Only a news agency's tag vouches for a date without its year.
    if date is None or (date.start is None and agency is None):
        return None
    places = _places(head[:-1].rstrip(" \u00a0"), lead, has_date=True)
    # Without a dash the shape is weaker: every place must be one the gazetteer knows.
    if places is None or any(place.id.startswith("unresolved:") for place in places):
        return None
    return Dateline(text=paragraph[lead:end], places=places, date=date)


def _colon_form(window: str, lead: int, colon: int) -> Dateline | None:
    """``Bishkek: The …``: places the gazetteer knows, the colon at ``colon``, a lead sentence."""
    head = window[lead:colon]
    # (names only: no number, no dash but a hyphen, a few words)
    if any(ch.isdigit() or ch in _DASH_CHARS[1:] for ch in head) or head.count(" ") > 6:
        return None
    if window[colon + 1 : colon + 2] not in (" ", "\u00a0"):
        return None
    opening = window[colon + 1 : colon + 6].lstrip()[:1]
    if not opening.isupper() or not _lead_starts(window, colon + 1):
        return None
    head = window[lead:colon].rstrip(" \u00a0")
    places = _places(head, lead, has_date=False)
    if places is None or any(place.id.startswith("unresolved:") for place in places):
        return None
    return Dateline(text=head, places=places)


# An agency dateline in capitals: "BISHKEK. The …", "ASHGABAT: The …", "OSH. KABAR The …",
# "AWAZA, Turkmenistan, August 6. The …" (places in capitals, maybe a country, maybe a date).
_CAPS_PLACE = rf"[{_UPPER}]{{3,20}}(?:[ -][{_UPPER}]{{2,20}}){{0,2}}"
_CAPS_HEAD = _lazy(
    rf"(?P<places>{_CAPS_PLACE}(?:,[ \u00a0]{{1,2}}[{_UPPER}][^\W\d_]{{2,30}}){{0,2}})"
    rf"(?:,[ \u00a0]{{1,2}}(?P<date>[^\W\d_]{{3,10}}\.?[ \u00a0]{{1,2}}\d{{1,2}}"
    rf"|\d{{1,2}}[ \u00a0]{{1,2}}[^\W\d_]{{3,10}}\.?))?"
    rf"[.:][ \u00a0]{{1,3}}(?:(?P<agency>[{_UPPER}]{{3,20}})[ \u00a0]{{1,3}})?(?=[{_UPPER}\"“«])"
)
_VOWELS = frozenset("AEIOUYАЕЁИОУЫЭЮЯӨҮ")


def _caps_form(paragraph: str, lead: int, dates: list[RawDate]) -> Dateline | None:
    """A dateline whose first place is written in capitals, closed by a full stop or colon.

    Unknown names pass as written (a misspelt or small place) when they are words, not
    acronyms: five letters at least, two of them vowels.
    """
    match = _CAPS_HEAD().match(paragraph, lead)
    if match is None:
        return None
    head = match.group("places")
    first = head.split(",", 1)[0]
    if not first.replace(" ", "").replace("-", "").isupper():
        return None
    places: list[Place] = []
    for piece, at in _pieces(head):
        place = _place(piece, lead + at)
        if place is None:
            letters = piece.replace(" ", "").replace("-", "")
            if len(letters) < 5 or sum(ch in _VOWELS for ch in letters.upper()) < 2:
                return None
            if piece.split(maxsplit=1)[0].casefold() in _NOT_PLACES:
                return None
            place = _unresolved(piece, lead + at)
        places.append(place)
    date: DateSpan | None = None
    if match.group("date") is not None:
        raw = next((r for r in dates if r.start == match.start("date")), None)
        if raw is None:
            return None
        date = _date_span(raw)
    end = match.end("date") if match.group("date") is not None else match.end("places")
    if match.group("agency") is not None:
        end = match.end("agency")
    return Dateline(text=paragraph[lead:end], places=tuple(places), date=date)


def parse_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text`` (a lead paragraph), or ``None``.

    >>> import iomkg
    >>> dl = iomkg.parse_dateline("4-7 November 2024, Turkistan, Kazakhstan – The forum opened.")
    >>> dl.text, dl.date.edtf
    ('4-7 November 2024, Turkistan, Kazakhstan', '2024-11-04/2024-11-07')
    >>> iomkg.parse_dateline("In order to help, IOM trained staff.") is None
    True
    """
    expect(text, str, "text")
    return split_dateline(text)


# A date in brackets that ends a title: "(12.05.2024)", "[3 May 2024]", "(12.O5.2O24)" (the
# letter O typed for a zero, as old sites did).
# Searched in the last 32 characters of a title whose end spaces are cut (linear in any title).
_TITLE_DATE = re.compile(r"[(\[]([^()\[\]]{6,30})[)\]]\Z")
_O_DIGITS = re.compile(r"[0-9Oo]{1,4}(?:[./-][0-9Oo]{1,4}){2}")


def title_date(title: str) -> tuple[str, dt.date | None]:
    """A title without the date in brackets at its end, and that date (its day and year known).

    >>> title_date("Invented centre opens in Osh (12.O5.2O24)")
    ('Invented centre opens in Osh', datetime.date(2024, 5, 12))
    >>> title_date("Invented forum [3 May 2024]")
    ('Invented forum', datetime.date(2024, 5, 3))
    >>> title_date("Invented Skills Project (2022-2024)"), title_date("Osh (Kyrgyzstan)")
    (('Invented Skills Project (2022-2024)', None), ('Osh (Kyrgyzstan)', None))
    """
    end = len(title.rstrip(" \u00a0"))
    match = _TITLE_DATE.search(title, max(0, end - 32), end)
    if match is None or not title[: match.start()].strip(" \u00a0"):
        return title, None
    inner = match.group(1).strip()
    if _O_DIGITS.fullmatch(inner):
        inner = inner.replace("O", "0").replace("o", "0")
    found = header_date(inner)
    if found is None or inner.isdigit():
        return title, None
    return title[: match.start()].rstrip(" \u00a0"), found


def header_date(text: str) -> dt.date | None:
    """The publication date written in a page header (``Press Release —Global December 08, 2020``).

    Only a whole date with its day and year counts.

    >>> header_date("Press Release —Global December 08, 2020")
    datetime.date(2020, 12, 8)
    >>> header_date("News - Global") is None
    True
    """
    for raw in scan(text):
        span = span_of(raw)
        if span is not None and span.precision is Precision.DAY and span.start is not None:
            return span.start
    return None
