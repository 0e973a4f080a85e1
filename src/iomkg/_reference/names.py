"""The name-index engine: how names are normalised, indexed and found in text.

Places (:mod:`.gazetteer`) and organizations (:mod:`.organizations`) are both
indexed by normalised keys of their spellings and found from the capitalised words
of a text by one engine, :class:`NameIndex`; each brings its :class:`Grammar` (how
the words of a name are joined, respelled and inflected). Its parts: the key of a
word (:func:`word_key`: case-folded, diacritics and Russian case endings taken off),
every key a list of words may be found by (:func:`key_variants`), the capitalised
words of a text (:func:`capitalised_words`), and bounded memos (:class:`Memo`,
:class:`Dismissals`).

>>> word_key("Бишкеке"), word_key("Köl")
('бишкек', 'kol')
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from itertools import compress
from typing import Generic, TypeVar

import attrs

from .._errors import ReadOnlyError
from .._regex import lazy_pattern

__all__ = [
    "MEMO_LIMIT",
    "Changeable",
    "Dismissals",
    "Found",
    "Grammar",
    "Memo",
    "NameIndex",
    "capitalised_words",
    "has_kyrgyz_letters",
    "key_variants",
    "kyrgyz_match",
    "kyrgyz_stems",
    "shouted",
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


def _kyrgyz_endings() -> tuple[tuple[str, ...], frozenset[str]]:
    """The Kyrgyz case endings of a noun, longest first, and those written only after a
    possessive vowel (``облусу`` -> ``облусунда``), built from the vowel harmony.

    Each case has its consonant variants (after a vowel, a voiced or a voiceless
    consonant) and one vowel of each harmony group: dative г/к + а/е/о/ө; locative
    д/т + а/е/о/ө; ablative д/т/н + а/е/о/ө + н; genitive н/д/т + ы/и/у/ү + н;
    accusative н/д/т + ы/и/у/ү; the relative form of the locative (``Бишкектеги``,
    ``районундагы``): д/т + а/е/о/ө + г/к + its own harmony vowel. After a possessive
    vowel the dative, locative, ablative and relative take an н (``облусуна``,
    ``облусунда``, ``облусундагы``) and the accusative is a bare н (``облусун``).
    """
    open_vowels = "аеоө"
    close_of = {"а": "ы", "е": "и", "о": "у", "ө": "ү"}
    plain: set[str] = set()
    dative = {c + v for c in "гк" for v in open_vowels}
    locative = {c + v for c in "дт" for v in open_vowels}
    plain |= dative | locative
    plain |= {c + v + "н" for c in "дтн" for v in open_vowels}
    plain |= {c + v + "н" for c in "ндт" for v in "ыиуү"}
    plain |= {c + v for c in "ндт" for v in "ыиуү"}
    relative = {c + v + "г" + close_of[v] for c in "дт" for v in open_vowels}
    plain |= relative
    possessive = {"н" + v for v in open_vowels}  # dative after a possessive: облусуна
    possessive |= {"н" + e for e in locative if e[0] == "д"}  # облусунда
    possessive |= {"нд" + v + "н" for v in open_vowels}  # облусундан
    possessive |= {"н" + e for e in relative if e[0] == "д"}  # облусундагы
    possessive.add("н")  # облусун
    every = sorted(plain | possessive, key=lambda e: (-len(e), e))
    return tuple(every), frozenset(possessive - plain)


_KY_ENDINGS, _KY_AFTER_POSSESSIVE = _kyrgyz_endings()
# The Kyrgyz plural with the possessive: -лар/-дар/-тар (in their vowel harmony) + its vowel.
_KY_PLURAL_POSSESSIVE = lazy_pattern(r"[лдт][аеоө]р[ыиуү]$")
# The capital letters an acronym with a Kyrgyz ending on it is written in (``ЭМУнун``).
_UPPER_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӨҮҢABCDEFGHIJKLMNOPQRSTUVWXYZ"
_KY_POSSESSIVE_VOWELS = frozenset("ыиуү")


@functools.lru_cache(maxsize=16384)
def kyrgyz_stems(word: str) -> tuple[str, ...]:
    """``word`` (case-folded) without each Kyrgyz case ending it may end in, longest
    ending first; at least two letters stay. Empty for a word that is not Cyrillic.

    >>> kyrgyz_stems("Бишкектеги")[:2], "облусу" in kyrgyz_stems("облусундагы")
    (('бишкек',), True)
    >>> kyrgyz_stems("Osh")
    ()
    >>> "району" in kyrgyz_stems("райондорунда"), "облусу" in kyrgyz_stems("облустарында")
    (True, True)
    """
    folded = word.casefold()
    if not _CYRILLIC().search(folded):
        return ()
    out = []
    for ending in _KY_ENDINGS:
        if not folded.endswith(ending):
            continue
        stem = folded[: -len(ending)]
        if len(stem) < 2:
            continue
        if ending in _KY_AFTER_POSSESSIVE and stem[-1] not in _KY_POSSESSIVE_VOWELS:
            continue
        out.append(stem)
    # a plural with the possessive ("Кара-Суу жана Ноокат райондорунда": each one's район):
    # the singular with the possessive, as one of them is named
    for stem in (folded, *out):
        plural = _KY_PLURAL_POSSESSIVE().search(stem)
        if plural is not None and plural.start() >= 2:
            single = stem[: plural.start()]
            vowel = next((_KY_CLOSE[c] for c in reversed(single) if c in _KY_CLOSE), "ы")
            out.append(single + vowel)  # the possessive's vowel follows the noun's last one
    return tuple(out)


_KY_CLOSE = {"а": "ы", "ы": "ы", "е": "и", "и": "и", "о": "у", "у": "у", "ө": "ү", "ү": "ү"}
_KYRGYZ_LETTERS = lazy_pattern(r"[өүңӨҮҢ]")


def has_kyrgyz_letters(text: str) -> bool:
    """Whether ``text`` holds a letter only Kyrgyz writes (ө, ү, ң): the texts in which
    the name indexes look for Kyrgyz case endings (``Grammar.inflects``).

    >>> has_kyrgyz_letters("Ош облусунда өткөрүлдү"), has_kyrgyz_letters("в Ошской области")
    (True, False)
    """
    return _KYRGYZ_LETTERS().search(text) is not None


def kyrgyz_match(
    key: Callable[[str], str], keys: Mapping[str, str], before: str, word: str
) -> str | None:
    """The id ``before`` + ``word`` names in ``keys`` once a Kyrgyz case ending is taken off
    ``word`` (each of :func:`kyrgyz_stems`, made a key by ``key``): a ``Grammar.inflected``
    once its ``key`` is bound (``functools.partial(kyrgyz_match, word_key)``).

    >>> kyrgyz_match(word_key, {"ош": "KG-GO"}, "", "Ошто")
    'KG-GO'
    """
    for stem in kyrgyz_stems(word):
        found = keys.get(before + key(stem))
        if found is not None:
            return found
    return None


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


_NO_WORDS: tuple[str, list[re.Match[str]], list[str]] = ("", [], [])
_last_words = _NO_WORDS


def capitalised_words(text: str) -> tuple[list[re.Match[str]], list[str]]:
    """Every capitalised word of ``text`` (see ``_start_pattern``), as matches and as strings.

    Places and organizations are both looked for from these words, in the same
    text one after the other: the last text's words are kept, so that the text is
    scanned once whatever its length (time linear in it); :func:`forget_words` lets
    them go when the parse is done (a long text's words would hold memory).

    >>> capitalised_words("From Osh to Бишкек, by McDonald's bus")[1]
    ['From', 'Osh', 'Бишкек', 'McDonald']
    """
    global _last_words  # noqa: PLW0603 - replaced whole: threads see the old or the new
    last = _last_words
    if last[0] == text:
        return last[1], last[2]
    found = list(_start_pattern().finditer(text))
    words = list(map(_GROUP, found))
    _last_words = (text, found, words)
    return found, words


def forget_words() -> None:
    """Let go of the capitalised words :func:`capitalised_words` keeps (the end of a parse).

    >>> _ = capitalised_words("Osh and Naryn")
    >>> forget_words()
    >>> _last_words[0]
    ''
    """
    global _last_words  # noqa: PLW0603 - replaced whole
    _last_words = _NO_WORDS


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


# -- the name index: one engine for places and organizations ---------------------------


@attrs.frozen
class Grammar:
    """How the words of one name are joined, compared and inflected in running text.

    Places and organizations differ only here; :class:`NameIndex` scans with it.

    ``next_word``: a join (spaces, a dash…) then the next word as group 1, matched at
    the end of a word; ``joins``: the characters such a match may start with (kept in
    step with the pattern); ``peek``: how many characters after a word decide, with
    the word and the character before it, that no name starts there when no next
    word is taken; ``respell``: word keys read as another (``labor`` -> ``labour``);
    ``mid_word``: whether a name may start right after a letter or digit;
    ``plurals``: a last word that names several of a kind (``oblasts`` -> ``oblast``);
    ``inflected``: ``(keys, key before, word)`` -> the id a case-inflected last word
    names (tried only in texts where ``inflects`` is true).

    >>> g = Grammar(next_word=lazy_pattern(r" ([^\\W_]+)"), joins=frozenset(" "), peek=2)
    >>> g.respell, g.mid_word
    ({}, True)
    """

    next_word: Callable[[], re.Pattern[str]]
    joins: frozenset[str]
    peek: int
    respell: Mapping[str, str] = attrs.field(factory=dict)
    mid_word: bool = True
    plurals: Mapping[str, str] = attrs.field(factory=dict)
    inflected: Callable[[Mapping[str, str], str, str], str | None] | None = None
    inflects: Callable[[str], bool] = bool

    def piece(self, word: str) -> str:
        """The key of one word of a name (:func:`word_key`, then respelled).

        >>> Grammar(lazy_pattern(" "), frozenset(), 1, respell={"labor": "labour"}).piece("Labor")
        'labour'
        """
        key = word_key(word)
        return self.respell.get(key, key)


#: What a word memo holds for a first word: ``(key, key_alive, raw_alive, whole)``:
#: its key, whether a name (by key) or an acronym (as written) may start with it, and
#: the id a one-word inflected name gives (``Нарында``); ``None`` when it is none of
#: these (most words).
_FirstWord = tuple[str, bool, bool, str | None] | None

#: A name found by :meth:`NameIndex.scan`: ``(start, end, id)``.
Found = tuple[int, int, str]


def _prefixes(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k[:i] for k in keys for i in range(1, len(k) + 1))


class NameIndex(Dismissals):
    """The one name-index engine: names by normalised key, acronyms as written, found
    in running text from its capitalised words.

    The gazetteer and the organization registry each build one (once per state of
    their data) with their :class:`Grammar`; a name is found from a capitalised word
    by extending its key word by word while some name starts so; the longest name
    wins. ``first_words`` remembers what every capitalised word met so far may
    start: most capitalised words of a text (names of people, months, sentence
    openers) start no name, and are dismissed without being normalised again, in C
    (``map`` and ``compress``), not one by one in a Python loop; a word met again
    with the same neighbours (:class:`Dismissals`) by one set look-up.

    >>> g = Grammar(next_word=lazy_pattern(r" ([^\\W_]+)"), joins=frozenset(" "), peek=2)
    >>> index = NameIndex({"oshoblast": "KG-O", "osh": "KG-GO"}, g, max_words=2)
    >>> index.scan("From Osh Oblast to Osh.")
    [(5, 15, 'KG-O'), (19, 22, 'KG-GO')]
    >>> NameIndex({}, g, 1, acronyms={"IOM": "IOM"}).scan("IOM and WHO WE ARE")
    [(0, 3, 'IOM')]
    """

    __slots__ = (
        "acronym_prefixes",
        "acronyms",
        "first_words",
        "grammar",
        "keys",
        "max_words",
        "prefixes",
    )

    def __init__(
        self,
        keys: dict[str, str],
        grammar: Grammar,
        max_words: int,
        acronyms: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.keys = keys
        self.grammar = grammar
        self.max_words = max_words
        self.prefixes = _prefixes(keys)
        self.acronyms = acronyms or {}
        self.acronym_prefixes = _prefixes(self.acronyms)
        self.first_words: Memo[_FirstWord] = Memo(self._first_word, self._first_words)

    def _first_word(self, raw: str) -> _FirstWord:
        key = self.grammar.piece(raw)
        key_alive = key in self.prefixes
        raw_alive = raw in self.acronym_prefixes
        if key_alive or raw_alive:
            return (key, key_alive, raw_alive, None)
        inflected = self.grammar.inflected
        if inflected is None:
            return None
        whole = inflected(self.keys, "", raw)
        if whole is None and self.acronyms and raw[1:2].isupper():
            # an acronym with a Kyrgyz case ending written on: ``ЭМУнун``, ``ООНдун``
            caps = len(raw) - len(raw.lstrip(_UPPER_LETTERS))
            acronym = raw[:caps]
            if acronym in self.acronyms and acronym.casefold() in kyrgyz_stems(raw):
                whole = self.acronyms[acronym]
        return None if whole is None else ("", False, False, whole)

    def _first_words(self, raws: list[str]) -> list[_FirstWord]:
        """``_first_word`` of each of ``raws`` (new to the memo): most of a text's words
        are ASCII, whose key is the word lower-cased (and respelled), and start no
        name: those are answered in C, the others one by one.
        """
        lowered = list(map(str.lower, raws))
        respell = self.grammar.respell
        keys = list(map(respell.get, lowered, lowered)) if respell else lowered
        key_alive = list(map(self.prefixes.__contains__, keys))
        out: list[_FirstWord] = [None] * len(raws)
        alive: Iterable[bool]
        if self.acronym_prefixes:
            raw_alive = list(map(self.acronym_prefixes.__contains__, raws))
            alive = map(operator.or_, key_alive, raw_alive)
        else:
            raw_alive = [False] * len(raws)
            alive = key_alive
        for i in compress(range(len(raws)), alive):
            out[i] = (keys[i], key_alive[i], raw_alive[i], None)
        for i in compress(range(len(raws)), map(operator.not_, map(str.isascii, raws))):
            out[i] = self._first_word(raws[i])
        return out

    def scan(self, text: str) -> list[Found]:
        """Every name of this index in ``text``: ``(start, end, id)``, in text order.

        The longest name wins; an acronym matches only as written, and not inside a
        run of capitals (``WHO WE ARE``).
        """
        found_words, words = capitalised_words(text)
        infos = self.first_words.many(words)
        out: list[Found] = []
        if not any(infos):  # (most paragraphs name nothing: the rest is not set up)
            return out
        grammar = self.grammar
        keys, prefixes = self.keys, self.prefixes
        acronyms, acronym_prefixes = self.acronyms, self.acronym_prefixes
        respell, plurals, inflected = grammar.respell, grammar.plurals, grammar.inflected
        peek, joins, mid_word = grammar.peek, grammar.joins, grammar.mid_word
        extra = self.max_words - 1
        consumed = 0
        nxt = grammar.next_word().match
        # Whether the text may hold inflected forms: looked for only when a word needs
        # it (a scan of the whole text otherwise wasted on English).
        inflects: bool | None = None
        dismissed = self.dismissed
        # only the words a name or an acronym may start with are looked at
        for m, info in compress(zip(found_words, infos, strict=True), infos):
            assert info is not None  # (compress let only the others through)
            key, key_alive, raw_alive, whole = info
            start = m.start()
            if whole is not None:  # ``Нарында``: an inflected one-word name
                if start >= consumed:
                    if inflects is None:
                        inflects = grammar.inflects(text)
                    if inflects:
                        consumed = m.end()
                        out.append((start, consumed, whole))
                continue
            if start < consumed:
                continue
            best_end = m.end()
            # the word and the characters around it (a space stands for the start of
            # the text): enough to know, the second time, that no name starts here
            around = text[start - 1 : best_end + peek] if start else " " + text[: best_end + peek]
            if around in dismissed:
                continue
            if not mid_word and start and text[start - 1].isalnum():
                dismissed = self.dismiss(around)
                continue
            best: str | None = None
            shouting = False
            nm: re.Match[str] | None = None
            raw = m.group() if acronyms else ""
            if raw in acronyms:
                best = acronyms[raw]
                shouting = shouted(text, start, best_end, acronyms)
            elif key in keys:
                best = keys[key]
            pos = best_end
            for _ in range(extra):
                if not (key_alive or raw_alive):
                    break
                # The usual cases, a space or a full stop (and a space) before an ASCII
                # word: its first letters alone may show that no name or acronym goes on
                # so, without matching the word.
                sep = text[pos : pos + 1]
                if sep in {" ", "."}:
                    at = pos + 2 if sep == "." and text[pos + 1 : pos + 2] == " " else pos + 1
                    ch = text[at : at + 2]
                    if not (ch.isascii() and ch.isalnum()):
                        ch = ch[:1]
                    if (
                        ch.isascii()
                        and ch.isalnum()
                        and not (key_alive and key + ch.lower() in prefixes)
                        # (after a full stop an acronym does not go on)
                        and not (raw_alive and sep == " " and raw + ch in acronym_prefixes)
                    ):
                        break
                elif sep not in joins:  # (a comma, a bracket, the end: no next word)
                    break
                nm = nxt(text, pos)
                if nm is None:
                    break
                piece = nm.group(1)
                joined_at = pos
                pos = nm.end()
                if key_alive:
                    before = key
                    key = word_key(piece)
                    key = before + (respell.get(key, key) if respell else key)
                    key_alive = key in prefixes
                    if key_alive:
                        found = keys.get(key)
                    else:
                        # ``Jalal-Abad oblasts``: one of several oblasts named in a row
                        plural = plurals.get(piece.casefold()) if plurals else None
                        found = None if plural is None else keys.get(before + plural)
                        if found is None and inflected is not None and not piece.isascii():
                            if inflects is None:  # ``Ысык-Көлдө``
                                inflects = grammar.inflects(text)
                            if inflects:
                                found = inflected(keys, before, piece)
                    if found is not None:
                        best, best_end, shouting = found, pos, False
                if raw_alive:
                    sep = text[joined_at : nm.start(1)]
                    glue = sep.strip()
                    if glue in {"", "/", "-", "&", "\u2010", "\u2011"} and "\n" not in sep:
                        raw += glue + piece
                        raw_alive = raw in acronym_prefixes
                        found = acronyms.get(raw) if raw_alive else None
                        if found is not None:
                            best, best_end = found, pos
                            shouting = shouted(text, start, pos, acronyms)
                    else:
                        raw_alive = False
            if best is None or shouting:
                if best is None and nm is None and pos == m.end():  # (see ``Grammar.peek``)
                    dismissed = self.dismiss(around)
                continue
            consumed = best_end
            out.append((start, best_end, best))
        return out


# Linear by construction. _CAPS_BEFORE is searched in the 24 characters before a
# name: its repetitions are bounded by that window. _CAPS_AFTER is matched at the
# end of a name (never after a space): the look-behind lets a search try it only
# at the start of a run of spaces, not again at every space of the run.
_CAPS_BEFORE = lazy_pattern(r"([A-ZА-ЯЁ]{2,24})[ \t]{1,24}$")
_CAPS_AFTER = lazy_pattern(r"(?<![ \t])[ \t]+([A-ZА-ЯЁ]{2,})\b")


def shouted(text: str, start: int, end: int, acronyms: Mapping[str, str]) -> bool:
    """Whether the acronym at ``text[start:end]`` stands in a run of capitals (``WHO WE
    ARE``): a shouted word, not a name (unless its neighbour is an acronym too).

    >>> shouted("WHO WE ARE", 0, 3, {"WHO": "WHO"}), shouted("WHO and IOM", 0, 3, {})
    (True, False)
    """
    after = _CAPS_AFTER().match(text, end)
    if after is not None and after.group(1) not in acronyms:
        return True
    before = _CAPS_BEFORE().search(text, max(0, start - 24), start)
    return before is not None and before.group(1) not in acronyms
