"""Sentences of an article's text, as offsets into it.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (maybe followed by a closing
quote or bracket) when the next word starts a sentence, and always at a line
break. Abbreviations (``Mr.``, ``Ms.``, ``Dr.``, ``U.S.``, ``H.E.``,
``г-н``, ``St.``, ``No.``) and initials (``William L. Swing``) do not end one.

>>> text = "Mr. A. Smith met Dr. Lee in the U.S. office. They agreed.\\n\\nA new paragraph"
>>> [text[s:e] for s, e in split_sentences(text)]
['Mr. A. Smith met Dr. Lee in the U.S. office.', 'They agreed.', 'A new paragraph']
"""

from __future__ import annotations

import functools
import re

__all__ = ["split_sentences"]


@functools.cache
def _end() -> re.Pattern[str]:
    """A possible end: the punctuation, closing quotes/brackets, then spaces and what starts
    the next sentence (compiled on first use: it takes most of a millisecond).

    It runs over a copy of the text in which every ``!``, ``?`` and ``…`` is a full stop
    (same length, same offsets): a pattern that starts with one literal character is
    searched for in C by a tight loop, several times faster than one that starts with a set.
    The empty group is set when five word characters stand before the stop: that word is
    longer than any abbreviation, so most ends need no closer look in Python.
    A run of stops is tried from its first stop only (a stop after a stop starts none):
    where the first fails, every later one fails too, and trying each again made a run
    quadratic.
    """
    return re.compile(
        r"\.(?<!\.\.)(?:(?<=\w{5}\.)()|)\.*[\"'”’»)\]]{0,3}"
        r"(?=[ \u00a0\t]{1,20}[\"“«(\[]?[A-ZА-ЯЁҢҮӨ0-9]|$|\n)"
    )


# Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "h.e",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "capt",
        "rev",
        "hon",
        "amb",
        "г",
        "гг",
        "г-н",
        "г-жа",
        "т.е",
        "т.д",
        "им",
        "ул",
        "проф",
        "д-р",
        # places written short: "в с. Тамчы", "пос. Кочкор", "Нарынской обл.", "Аламединский р-н"
        "с",
        "пос",
        "пгт",
        "обл",
        "р-н",
    }
)
_WORD_BEFORE = re.compile(r"([\w.\-]{1,12})$")  # small: compiled at import


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    if dot == 0 or text[dot - 1] == "\n":
        return False  # a line that starts with a full stop ("$" would match before the "\n")
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if m is None:
        return False
    word = m.group(1).lstrip(".")
    if len(word) == 1 and word.isupper():  # an initial: "L."
        return True
    return word.casefold() in _ABBREVIATIONS


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text`` as ``(start, end)`` offsets, trimmed of spaces.

    Line breaks always end a sentence; a full stop ends one unless it closes
    an abbreviation or an initial, or the next word starts in lower case.

    >>> text = "On 3 May, H.E. Ms. Ivanova spoke. «Мы рады», сказала г-жа Иванова."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['On 3 May, H.E. Ms. Ivanova spoke.', '«Мы рады», сказала г-жа Иванова.']
    """
    scan = text
    for mark in "!?…":
        if mark in scan:
            scan = scan.replace(mark, ".")
    out: list[tuple[int, int]] = []
    append = out.append
    begin = 0
    line_break = text.find("\n")
    find = text.find
    word_before = _WORD_BEFORE.search
    # (the line breaks and the abbreviation test are written out here, not called: the
    # loop runs once per sentence end, and a call costs as much as the rest of it)
    for m in _end().finditer(scan):
        at, end = m.span()
        if m.lastindex is None and text[at] == "." and at and text[at - 1] != "\n":
            # an abbreviation or an initial does not end the sentence (see _is_abbreviation)
            w = word_before(text, max(0, at - 12), at)
            if w is not None:
                word = w.group(1).lstrip(".")
                if (len(word) == 1 and word.isupper()) or word.casefold() in _ABBREVIATIONS:
                    continue
        while 0 <= line_break < at:  # every line break before the end closes a sentence
            if begin < line_break:  # not one right after an end or another line break
                _add(text, begin, line_break, out)
            begin = line_break + 1
            line_break = find("\n", begin)
        # the sentence ends in its punctuation (no space to trim there) and starts before it
        while text[begin].isspace():
            begin += 1
        append((begin, end))
        begin = end
    begin, _ = _lines(text, begin, line_break, len(text), out)
    _add(text, begin, len(text), out)
    return tuple(out)


def _lines(
    text: str, begin: int, line_break: int, limit: int, out: list[tuple[int, int]]
) -> tuple[int, int]:
    """Close a sentence at each line break from ``line_break`` (-1: none) up to ``limit``.

    Returns where the next sentence begins and the next line break after ``limit`` (or -1).
    """
    while 0 <= line_break < limit:
        if begin < line_break:  # not a line break right after an end or another line break
            _add(text, begin, line_break, out)
        begin = line_break + 1
        line_break = text.find("\n", begin)
    return begin, line_break


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))
