"""The words of an article, and which of them belong to the package's word lists.

An extractor that looks for a role, an event trigger or a month name first asks
whether the sentence has a word of that list at all: most sentences have none, and
the question costs a set look-up once the article's words are known.
:class:`TextWords` answers it for one text: the text in lower case (same offsets),
the words of each sentence, and the *key words* of each :class:`Lexicon` found in
it. Everything is computed on first use and kept.

A key word is one word every match of an entry must contain: the longest word of
the entry (``grant`` for "a grant from", ``support`` for "with the support of"),
as a stem when the entry allows endings there (``семинар*``, a Russian role word,
a Kyrgyz month stem). A sentence without a key word of a lexicon has no match of
it; one with a key word may still have none (the rest of the entry may be missing).
Matching ignores case and reads ``ё`` as ``е``; a word is a run of letters and
digits (``Director-General`` is two words).

>>> words = TextWords("On 3 May Ms. Ann Lee opened a seminar. They left.", ((0, 38), (39, 49)))
>>> words.has_any(0, Lexicon.MONTH), words.has_any(1, Lexicon.MONTH)
(True, False)
>>> words.sentences_with(Lexicon.HONORIFIC, Lexicon.EVENT)
(0,)
>>> [words.lower[s:e] for s, e in words.hits(Lexicon.EVENT)]
['opened', 'seminar']
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterable, Sequence

from .._reference.lexicons import (
    event_activities,
    event_triggers,
    honorifics,
    month_rows,
    programme_words,
    role_words,
    title_nouns,
)

__all__ = ["Lexicon", "TextWords", "key_words"]


class Lexicon(enum.Flag):
    """The word lists an extractor can ask about (each from its data file).

    >>> Lexicon.FUNDING in Lexicon.PROGRAMME_CUE
    True
    """

    #: ``honorifics.tsv``: Mr., Ms., г-жа …
    HONORIFIC = 1
    #: ``roles.tsv``, kind ``role``: Minister, Director, посол …
    ROLE = 2
    #: ``roles.tsv``, kind ``modifier``: Deputy, acting, Regional …
    ROLE_MODIFIER = 4
    #: ``roles.tsv``, kind ``person``: teacher, returning migrant …
    ROLE_PERSON = 8
    #: ``roles.tsv``, kind ``word``: Ministry, Office, Council … (never part of a name)
    OFFICE_WORD = 16
    #: ``event_kinds.tsv``, strength ``strong``: workshop, opened, семинар …
    EVENT_STRONG = 32
    #: ``event_kinds.tsv``, strength ``weak``: held, took place …
    EVENT_WEAK = 64
    #: ``months.tsv``: every form of every month name.
    MONTH = 128
    #: ``programme_words.tsv``, kind ``head``: Programme, Project, Проект …
    PROGRAMME_HEAD = 256
    #: ``programme_words.tsv``, kinds ``fund``, ``fund-before`` and ``support``.
    FUNDING = 512
    #: ``programme_words.tsv``, kind ``implement``.
    IMPLEMENTING = 1024
    #: ``programme_words.tsv``, kind ``partner``.
    PARTNERING = 2048
    #: ``title_nouns.tsv``: exhibition, forum, конкурс …
    TITLE_NOUN = 4096
    #: ``event_activities.tsv``: screened, surveyed, pitched, опросили … (an event only with a
    #: date of its own).
    EVENT_ACTIVITY = 8192
    #: Every kind of ``roles.tsv`` that says what a person is.
    ANY_ROLE = ROLE | ROLE_MODIFIER | ROLE_PERSON
    #: Every event trigger: both strengths, and the activity verbs.
    EVENT = EVENT_STRONG | EVENT_WEAK | EVENT_ACTIVITY
    #: Every phrase that introduces a programme's organizations.
    PROGRAMME_CUE = FUNDING | IMPLEMENTING | PARTNERING


# A word: letters and digits (what ``str.isalnum`` accepts).
_WORD = re.compile(r"[^\W_]+")
# Stems are looked up by their first letters.
_STEM_HEAD = 3
_PROGRAMME_KINDS = {
    "head": Lexicon.PROGRAMME_HEAD,
    "fund": Lexicon.FUNDING,
    "fund-before": Lexicon.FUNDING,
    "implement-before": Lexicon.IMPLEMENTING,
    "support": Lexicon.FUNDING,
    "implement": Lexicon.IMPLEMENTING,
    "partner": Lexicon.PARTNERING,
}
_ROLE_KINDS = {
    "role": Lexicon.ROLE,
    "modifier": Lexicon.ROLE_MODIFIER,
    "person": Lexicon.ROLE_PERSON,
    "word": Lexicon.OFFICE_WORD,
}


def _fold(text: str) -> str:
    """``text`` in lower case with ``ё`` as ``е``, as long as ``text`` (same offsets).

    >>> _fold("Ёлка İ")
    'елка İ'
    """
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): keep it
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("ё", "е") if "ё" in low else low


def key_words(entry: str, *, stem: bool = False) -> tuple[str, bool]:
    """The key word of a word-list entry and whether it is a stem (see the module).

    ``*`` after a word allows endings; ``stem`` makes every word a stem; ``…``
    (any words) is no word.

    >>> key_words("a grant from"), key_words("учебн* поездк*"), key_words("Минист", stem=True)
    (('grant', False), ('поездк', True), ('минист', True))
    """
    best = ("", False)
    for written in entry.split():
        tokens = _WORD.findall(_fold(written))
        for n, token in enumerate(tokens):
            is_stem = stem or (n == len(tokens) - 1 and written.endswith("*"))
            if len(token) > len(best[0]):
                best = (token, is_stem)
    return best


class _Index:
    """Key words to lexicon bits: exact words in a dict, stems by their first letters."""

    __slots__ = ("exact", "short_stems", "stems")

    def __init__(self, entries: Iterable[tuple[str, bool, Lexicon]]) -> None:
        exact: dict[str, int] = {}
        stems: dict[str, dict[str, int]] = {}
        for entry, stem, lexicon in entries:
            word, is_stem = key_words(entry, stem=stem)
            if not word:
                continue
            if is_stem:
                group = stems.setdefault(word[:_STEM_HEAD], {})
                group[word] = group.get(word, 0) | lexicon.value
            else:
                exact[word] = exact.get(word, 0) | lexicon.value
        self.exact = exact
        self.stems = {head: tuple(group.items()) for head, group in stems.items()}
        self.short_stems = tuple(
            item for head, group in self.stems.items() if len(head) < _STEM_HEAD for item in group
        )

    def bits(self, word: str) -> int:
        """The lexicons ``word`` (in lower case) is a key word of, as bits."""
        found = self.exact.get(word, 0)
        group = self.stems.get(word[:_STEM_HEAD])
        if group is not None:
            for stem, bits in group:
                if word.startswith(stem):
                    found |= bits
        for stem, bits in self.short_stems:
            if word.startswith(stem):
                found |= bits
        return found


def _entries() -> Iterable[tuple[str, bool, Lexicon]]:
    for honorific in honorifics():
        yield honorific, False, Lexicon.HONORIFIC
    for word, kind in role_words().items():
        lexicon = _ROLE_KINDS.get(kind, Lexicon.OFFICE_WORD)
        if lexicon is Lexicon.OFFICE_WORD or not "\u0400" <= word[:1] <= "\u04ff":
            yield word, False, lexicon
        else:
            # a Cyrillic role word is a stem (any ending); Kyrgyz voices a final к before
            # a possessive ending ("подполковник" -> "подполковниги"): the stem leaves it out
            yield (word[:-1] if word.endswith("к") else word), True, lexicon
    for trigger, _kind, strength in event_triggers():
        yield trigger, False, Lexicon.EVENT_WEAK if strength == "weak" else Lexicon.EVENT_STRONG
    for activity, _kind in event_activities():
        yield activity, False, Lexicon.EVENT_ACTIVITY
    for _number, _language, form, name in month_rows():
        yield name, form == "stem", Lexicon.MONTH
    for phrase, kind in programme_words():
        yield phrase, False, _PROGRAMME_KINDS.get(kind, Lexicon.FUNDING)
    for noun in title_nouns():
        yield noun, False, Lexicon.TITLE_NOUN


@functools.cache
def _index() -> _Index:
    return _Index(_entries())


# Reading the words of a text: ASCII punctuation becomes a space in the UTF-8 bytes (one
# C call), and the usual other punctuation and spaces are replaced before. A token that
# still holds something other than letters and digits ("№5", a zero-width space) is read
# again with the regex, once per process (the tokens are remembered).
_WIDE_PUNCTUATION = "\u00a0«»“”’–—"
_ASCII_PUNCTUATION = bytes(c for c in range(33, 127) if not chr(c).isalnum())
_TO_SPACES = bytes.maketrans(_ASCII_PUNCTUATION, b" " * len(_ASCII_PUNCTUATION))


class _Memo:
    """Every token seen so far (process-wide: the word lists do not change), with the key
    words it holds (none for most), and the tokens that hold one.

    When large, a new memo replaces it: a call still reading the old one is not disturbed
    (threads).
    """

    __slots__ = ("holds_keys", "seen")
    limit = 50_000  # tokens: a few megabytes at most

    def __init__(self) -> None:
        self.seen: dict[bytes, tuple[tuple[str, int], ...]] = {}
        self.holds_keys: set[bytes] = set()


_MEMO = [_Memo()]


def _tokens(low: str) -> set[bytes]:
    """The distinct tokens of ``low`` (in lower case), UTF-8 encoded."""
    spaced = low
    for mark in _WIDE_PUNCTUATION:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    return set(spaced.encode("utf-8", "surrogatepass").translate(_TO_SPACES).split())


def _key_bits(tokens: set[bytes]) -> dict[str, int]:
    """The key words in ``tokens``, with their bits, in alphabetical order."""
    memo = _MEMO[0]
    new = tokens.difference(memo.seen)
    if new:
        if len(memo.seen) > memo.limit:
            memo = _MEMO[0] = _Memo()
            new = tokens
        bits = _index().bits
        for token in new:
            text = token.decode("utf-8", "surrogatepass")
            words = (text,) if text.isalnum() else _WORD.findall(text)
            keys = tuple((word, found) for word in words if (found := bits(word)))
            memo.seen[token] = keys
            if keys:
                memo.holds_keys.add(token)
    held: dict[str, int] = {}
    for token in tokens & memo.holds_keys:
        held.update(memo.seen[token])
    return {word: held[word] for word in sorted(held)}


class TextWords:
    """One text's words and the key words of the word lists in it (see the module).

    ``sentences`` are ``(start, end)`` offsets into ``text``, in order. The text's
    words are read once, as a set (no offsets); the offsets of the key words of a
    lexicon are found when asked for, and the words of a sentence likewise.
    """

    __slots__ = (
        "_hits",
        "_in",
        "_keys",
        "_sentence_words",
        "_sentences",
        "_starts",
        "lower",
        "text",
    )

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.text = text
        #: The text in lower case, ``ё`` read as ``е``: same length, same offsets.
        self.lower = _fold(text)
        self._sentences = sentences
        self._starts: list[int] | None = None
        self._sentence_words: dict[int, frozenset[str]] = {}
        self._keys: dict[str, int] | None = None
        self._hits: dict[int, tuple[tuple[int, int], ...]] = {}
        self._in: dict[int, frozenset[int]] = {}

    def keys(self) -> dict[str, int]:
        """Every key word of the text, in alphabetical order, with the bits
        (``Lexicon.value``) of its lexicons.

        >>> keys = TextWords("Ms. Lee met the Minister.", ()).keys()
        >>> [(word, Lexicon(bits).name) for word, bits in keys.items()]
        [('met', 'EVENT_STRONG'), ('minister', 'ROLE'), ('ms', 'HONORIFIC'), ('the', 'OFFICE_WORD')]
        """
        keys = self._keys
        if keys is None:
            keys = self._keys = _key_bits(_tokens(self.lower))
        return keys

    def sentence_words(self, index: int) -> frozenset[str]:
        """The words of sentence ``index``, in lower case.

        >>> sorted(TextWords("A b. C-d.", ((0, 4), (5, 9))).sentence_words(1))
        ['c', 'd']
        """
        words = self._sentence_words.get(index)
        if words is None:
            start, end = self._sentences[index]
            words = frozenset(_WORD.findall(self.lower, start, end))
            self._sentence_words[index] = words
        return words

    def hits(self, *lexicons: Lexicon) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` of every key word of ``lexicons`` in the text, in order.

        >>> TextWords("The forum, the Forum.", ()).hits(Lexicon.TITLE_NOUN)
        ((4, 9), (15, 20))
        """
        bits = _bits(lexicons)
        found = self._hits.get(bits)
        if found is None:
            low = self.lower
            size = len(low)
            find = low.find
            spans: list[tuple[int, int]] = []
            for word, word_bits in self.keys().items():
                if not word_bits & bits:
                    continue
                at = find(word)
                while at >= 0:
                    end = at + len(word)
                    if (at == 0 or not low[at - 1].isalnum()) and (
                        end == size or not low[end].isalnum()
                    ):
                        spans.append((at, end))
                    at = find(word, end)
            spans.sort()
            found = self._hits[bits] = tuple(spans)
        return found

    def has_any(self, index: int, *lexicons: Lexicon) -> bool:
        """Whether sentence ``index`` has a key word of one of ``lexicons``.

        >>> TextWords("He was the Deputy.", ((0, 18),)).has_any(0, Lexicon.ROLE, Lexicon.MONTH)
        False
        """
        bits = _bits(lexicons)
        inside = self._in.get(bits)
        if inside is None:
            inside = self._in[bits] = frozenset(self.sentences_with(*lexicons))
        return index in inside

    def sentences_with(self, *lexicons: Lexicon) -> tuple[int, ...]:
        """The indices of the sentences that have a key word of one of ``lexicons``.

        >>> TextWords("Held. Not. Held again.", ((0, 5), (6, 10), (11, 22))).sentences_with(
        ...     Lexicon.EVENT_WEAK)
        (0, 2)
        """
        out: list[int] = []
        last = -1
        sentences = self._sentences
        for start, end in self.hits(*lexicons):
            i = self.sentence_of(start)
            if i != last and i >= 0 and end <= sentences[i][1]:
                out.append(i)
                last = i
        return tuple(out)

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence that holds offset ``pos`` (-1 when none does).

        >>> words = TextWords("One. Two.", ((0, 4), (5, 9)))
        >>> words.sentence_of(6), words.sentence_of(4)
        (1, -1)
        """
        starts = self._starts
        if starts is None:
            starts = self._starts = [start for start, _end in self._sentences]
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < self._sentences[i][1]:
            return i
        return -1


def _bits(lexicons: tuple[Lexicon, ...]) -> int:
    bits = 0
    for lexicon in lexicons:
        bits |= lexicon.value
    return bits
