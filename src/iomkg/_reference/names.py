"""The name-index engine's parts: how names are normalised and found in text.

Places (:mod:`.gazetteer`) and organizations (:mod:`.organizations`) are both
indexed by normalised keys of their spellings and found from the capitalised words
of a text; the pieces they share live here: the key of a word (:func:`word_key`:
case-folded, diacritics and Russian case endings taken off), every key a list of
words may be found by (:func:`key_variants`), the capitalised words of a text
(:func:`capitalised_words`), and bounded memos (:class:`Memo`, :class:`Dismissals`).

>>> word_key("Бишкеке"), word_key("Köl")
('бишкек', 'kol')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Generic, TypeVar

from .._errors import ReadOnlyError
from .._regex import lazy_pattern

__all__ = [
    "MEMO_LIMIT",
    "Changeable",
    "Dismissals",
    "Memo",
    "capitalised_words",
    "key_variants",
    "upper_class",
    "word_key",
    "word_key_forms",
]


_CYRILLIC = lazy_pattern(r"[\u0400-\u04ff]")
# Russian case endings, longest first. Nouns in -ия keep a mark of their class
# (Россия/России/Россию -> "росси#") so that "Киргизия" never folds into the
# demonym "киргиз".
_RU_IA_ENDINGS = ("ией", "ия", "ии", "ию")
_RU_ENDINGS = (
    "ого",
    "его",
    "ому",
    "ему",
    "ами",
    "ями",
    "ыми",
    "ими",
    "ах",
    "ях",
    "ам",
    "ям",
    "ов",
    "ев",
    "ой",
    "ей",
    "ий",
    "ый",
    "ая",
    "яя",
    "ую",
    "юю",
    "ое",
    "ее",
    "ые",
    "ие",
    "ых",
    "их",
    "ым",
    "им",
    "ом",
    "ем",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
    "ь",
    "й",
    "о",
)


#: Most entries a memo (words met, names looked up) holds before it starts afresh.
MEMO_LIMIT = 50_000


def _ru_stem(word: str) -> str:
    """Fold a Russian case ending: ``бишкеке`` -> ``бишкек``, ``россии`` -> ``росси#``."""
    for ending in _RU_IA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + "и#"
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[: -len(ending)]
            break
    if word[-1] in "ьй" and len(word) > 2:
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The normalised form of one word: case-folded, stemmed if Russian, no diacritics."""
    folded = word.casefold()
    if folded.isascii():  # the usual case: nothing to stem or to take off
        return folded
    folded = folded.replace("ё", "е")
    if _CYRILLIC().search(folded):
        folded = _ru_stem(folded)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def word_key_forms(word: str) -> tuple[str, ...]:
    """The piece of a word and, for a Russian word, also its unstemmed form.

    A nominative may look inflected (``Нацстатком``, ``Ростов``): registering both
    forms lets ``Нацстаткома`` (stem ``нацстатком``) find it.
    """
    piece = word_key(word)
    folded = word.casefold().replace("ё", "е")
    if folded.isascii() or not _CYRILLIC().search(folded):
        return (piece,)
    decomposed = unicodedata.normalize("NFKD", folded)
    raw = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return (piece,) if raw == piece else (piece, raw)


def key_variants(
    words: list[str], forms: Callable[[str], tuple[str, ...]] = word_key_forms, limit: int = 16
) -> list[str]:
    """Every key a list of words may be found by; the first is the one running text gives.

    >>> key_variants(["Нацстатком"])
    ['нацстатк', 'нацстатком']
    """
    keys = [""]
    for word in words:
        keys = [k + f for k in keys for f in forms(word)][:limit]
    return keys


def upper_class() -> str:
    ranges = [(0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF)]
    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi + 1) if chr(c).isupper()]
    return "".join(re.escape(c) for c in chars)


_T = TypeVar("_T")


class Memo(Generic[_T]):
    """The answers of a pure function of a string, remembered.

    Extractors ask about the same words and names again and again. At most
    ``MEMO_LIMIT`` answers are kept (then the memo starts afresh, into a new
    dict, so that other threads keep reading the old one whole); whoever owns the
    memo clears it when the answers may change (a gazetteer gains a place).

    ``compute_many``, if given, answers a list of keys at once (for :meth:`many`):
    worked out in C over the whole list, a text's new words cost less than one
    call of ``compute`` each.

    >>> m = Memo(str.upper)
    >>> m("osh"), m.many(["osh", "naryn"])
    ('OSH', ['OSH', 'NARYN'])
    >>> Memo(str.upper, lambda keys: list(map(str.upper, keys))).many(["osh"])
    ['OSH']
    """

    __slots__ = ("_compute", "_compute_many", "_known")

    def __init__(
        self,
        compute: Callable[[str], _T],
        compute_many: Callable[[list[str]], list[_T]] | None = None,
    ) -> None:
        self._compute = compute
        self._compute_many = compute_many
        self._known: dict[str, _T] = {}

    def __call__(self, key: str) -> _T:
        known = self._known
        if key in known:
            return known[key]
        value = self._compute(key)
        if len(known) >= MEMO_LIMIT:
            known = self._known = {}
        known[key] = value
        return value

    def clear(self) -> None:
        """Forget every answer (a new dict: other threads keep reading the old one whole)."""
        if self._known:
            self._known = {}

    def many(self, keys: list[str]) -> list[_T]:
        """The answers for ``keys``, in order: the known ones looked up in C, not one by one."""
        known = self._known
        if not all(map(known.__contains__, keys)):
            if len(known) + len(keys) > MEMO_LIMIT:
                known = self._known = {}
            missing = list(set(keys).difference(known))
            if self._compute_many is not None:
                known.update(zip(missing, self._compute_many(missing), strict=True))
            else:
                known.update(zip(missing, map(self._compute, missing), strict=True))
        return list(map(known.__getitem__, keys))


class Dismissals:
    """Words (with the characters a scan peeked at around them) where no name started.

    Shared by the place and the organization matchers: a word met again with the same
    neighbours is passed over by one set look-up. The set is bounded: when it is full a
    new one starts (other threads keep reading the old one).

    >>> d = Dismissals()
    >>> "Aida Be" in d.dismiss("Aida Be")
    True
    """

    __slots__ = ("dismissed",)

    def __init__(self) -> None:
        self.dismissed: set[str] = set()

    def dismiss(self, around: str) -> set[str]:
        """Remember ``around``; the set to use next."""
        dismissed = self.dismissed
        if len(dismissed) >= MEMO_LIMIT:
            dismissed = self.dismissed = set()
        dismissed.add(around)
        return dismissed


@functools.cache
def _start_pattern() -> re.Pattern[str]:
    """A capitalised word: where a place name may start (compiled on first use)."""
    # No look-behind: it would triple the scan time; a capital letter inside a
    # word (``McDonald``) is part of the word matched before it anyway.
    return re.compile(r"[" + upper_class() + r"][^\W_]*")


_last_words: tuple[str, list[re.Match[str]], list[str]] = ("", [], [])


def capitalised_words(text: str) -> tuple[list[re.Match[str]], list[str]]:
    """Every capitalised word of ``text`` (see ``_start_pattern``), as matches and as strings.

    Places and organizations are both looked for from these words, in the same
    text one after the other: the last text's words are kept (unless the text is
    very long: they would hold memory), so that the text is scanned once.

    >>> capitalised_words("From Osh to Бишкек, by McDonald's bus")[1]
    ['From', 'Osh', 'Бишкек', 'McDonald']
    """
    global _last_words  # noqa: PLW0603 - replaced whole: threads see the old or the new
    last = _last_words
    if last[0] == text:
        return last[1], last[2]
    found = list(_start_pattern().finditer(text))
    words = list(map(_GROUP, found))
    if len(text) <= _KEEP_WORDS_OF:
        _last_words = (text, found, words)
    return found, words


#: The longest text whose capitalised words ``capitalised_words`` keeps.
_KEEP_WORDS_OF = 200_000


_GROUP: Callable[[re.Match[str]], str] = re.Match.group


_C = TypeVar("_C", bound="Changeable")


class Changeable:
    """What the gazetteer and the organization registry share: they can be made read-only.

    The package's data and a :class:`~iomkg.Reference`'s are read-only: every parse
    shares them, so a change would silently alter what later parses find.

    >>> data = Changeable().read_only()
    >>> data.is_read_only
    True
    >>> data.refuse_changes("place", "Gazetteer", "with_places")
    Traceback (most recent call last):
    ...
    iomkg.ReadOnlyError: this place list is read-only: ...
    """

    _read_only = False

    def read_only(self: _C) -> _C:
        """Make this one read-only (adding raises :class:`~iomkg.ReadOnlyError`); return it."""
        self._read_only = True
        return self

    @property
    def is_read_only(self) -> bool:
        """Whether nothing can be added any more (the package's data: always)."""
        return self._read_only

    def refuse_changes(self, field: str, cls: str, method: str) -> None:
        """Raise :class:`~iomkg.ReadOnlyError` (about the argument ``field``) if this one is
        read-only; the message names the ``Reference`` ``method`` and ``cls.default_copy`` to
        use instead.
        """
        what = "place" if field == "place" else "organization"
        if self._read_only:
            msg = (
                f"this {what} list is read-only: the package's data and a Reference's are "
                f"shared by every parse; add to a copy (iomkg.Reference.default().{method}(...) "
                f"or iomkg.{cls}.default_copy())"
            )
            raise ReadOnlyError(msg, field=field)
