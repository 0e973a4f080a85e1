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

import re

__all__ = ["split_sentences"]

# A possible end: the punctuation, closing quotes/brackets, then spaces and what starts the next one.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]{0,3}(?=[ \u00a0\t]{1,20}[\"“«(\[]?[A-ZА-ЯЁҢҮӨ0-9]|$|\n)")
_LINE = re.compile(r"\n+")
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
    }
)
_WORD_BEFORE = re.compile(r"([\w.\-]{1,12})$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
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
    out: list[tuple[int, int]] = []
    pos = 0
    for line in _LINE.split(text):
        start = pos
        pos += len(line)
        # skip the line breaks that followed this line
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        begin = start
        for m in _END.finditer(line):
            stop = start + m.end()
            if (
                line[m.start()] == "."
                and m.end() - m.start() >= 1
                and _is_abbreviation(line, m.start())
            ):
                continue
            _add(text, begin, stop, out)
            begin = stop
        _add(text, begin, start + len(line), out)
    return tuple(out)


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))
