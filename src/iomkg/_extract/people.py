"""People named in an article: names with honorifics and roles, later short mentions joined.

A run of capitalised words is a person only with evidence: an honorific
(``Mr.``, ``Ms.``, ``H.E.``, ``г-жа``), a role written before it (``the
Ambassador of Switzerland, Mr. …``, ``UN Resident Coordinator …``) or after it
(``…, the acting Minister of …``, ``(…, IOM Director General)``), or a speech
verb (``said …``, ``… stated``; a first name alone too: ``says Ayesha``). Places, organizations and the words of titles
and office names are never taken for names. Later mentions (``Mr.
Sulaimanov``, the full name again) join the first record.

>>> text = ("On 3 May, the Ambassador of Norway, Mr. Lars Eikrem, met Aida Tashieva, "
...         "Deputy Minister of Health. Mr. Eikrem thanked the ministry.")
>>> [(p.name, p.honorific, p.roles, len(p.mentions)) for p in find_people(text).people]
[('Lars Eikrem', 'Mr.', ('Ambassador of Norway',), 2), ('Aida Tashieva', None, ('Deputy Minister of Health',), 1)]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from .._models import Organization, Person, Place, Span
from .._reference.lexicons import honorifics, role_words
from .._regex import lazy_pattern
from .russian_names import kyrgyz_nominative, nominative, surname_nominative
from .sentences import split_sentences

__all__ = ["PeopleFound", "find_people"]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁҢҮӨ"
_LOW = "a-zß-öø-ÿа-яёңүө"


def _up_to(pattern: str, times: int) -> str:
    """``(?:pattern){0,times}`` written as nested alternatives, ``(?:p(?:p|)|)``: the same
    matches, tried in the same order (the most first), but the regex engine tries an
    alternative after one test of its first character, where a group's repetition costs a
    repeat context at every try (the run pattern below searches every capital of a text).

    >>> _up_to("ab", 2)
    '(?:ab(?:ab|)|)'
    """
    written = ""
    for _ in range(times):
        written = f"(?:{pattern}{written}|)"
    return written


# A capitalised word ("Aida", "O'Rourke", "Jean-Luc"). It starts with the set of capitals so
# that the regex engine scans ahead for that set in C (a leading optional "O'" would make it
# try every position); the lookbehind keeps the apostrophe for a Latin capital only, as
# ``(?:[A-Z][’'])?[UP][LOW]…`` did. (``(?:x|)`` is ``(?:x)?``, see _up_to.)
_WORD = rf"[{_UP}](?:(?<=[A-Z])[’'][{_UP}]|)[{_LOW}]{{1,30}}" + _up_to(
    rf"[\-‐][{_UP}]?[{_LOW}]{{1,30}}", 2
)
_SEP = r"[ \u00a0]{1,2}"
_PARTICLE = r"(?:von|van|de|der|den|di|da|du|la|le|al|el|bin|ibn)"
# The next word of a run of names: spaces, up to two particles, an initial, the word.
_NEXT_WORD = rf"{_SEP}{_up_to(_PARTICLE + _SEP, 2)}(?:[A-Z]\.{_SEP}|)(?:{_WORD})"
_SPACES = frozenset(" \u00a0")
_SPACES_OR_COMMA = frozenset(" \u00a0,")
_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "in", "on", "to", "at", "under", "de", "du", "&", "по", "и", "в"}
)
_SPEECH = (
    r"said|says|stated|states|noted|notes|added|adds|emphasized|emphasised|stressed|underlined|"
    r"remarked|explained|highlighted|commented|told|declared|announced|affirmed|concluded|"
    r"заявил[аи]?|отметил[аи]?|сказал[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?|"
    r"пояснил[аи]?|рассказал[аи]?|деди|белгиледи|билдирди|кошумчалады|айтты|дейт|айтат|"
    r"белгилейт|билдирет|айтымында|"
    r"recalls|recalled|explains|stresses|emphasizes|emphasises|underlines|highlights|"
    r"admitted|admits|warned|insisted|insists|replied|answered|"
    r"поделилась|поделился|вспоминает|рассказывает|отмечает|подчеркивает|добавляет|"
    r"считает|говорит|сообщает|уверена|уверен|put[ \u00a0]it(?=[,:])|puts[ \u00a0]it(?=[,:])"
)


@functools.cache
def _speech_words() -> tuple[str, ...]:
    """The speech verbs of ``_SPEECH`` spelt out (``заявил``, ``заявила``, ``заявили``)."""
    words: list[str] = []
    for word in _SPEECH.split("|"):
        if word.endswith("[аи]?"):
            stem = word.removesuffix("[аи]?")
            words += [stem, stem + "а", stem + "и"]
        else:
            words.append(word)
    return tuple(words)


@functools.cache
def _speech_endings() -> dict[str, tuple[str, ...]]:
    """The speech verbs by their last three letters (``aid``: ``said``; ``ила``: ``заявила``…)."""
    by_ending: dict[str, list[str]] = {}
    for word in _speech_words():
        by_ending.setdefault(word[-3:], []).append(word)
    return {k: tuple(v) for k, v in by_ending.items()}


def _ends_in(text: str, end: int, by_ending: dict[str, tuple[str, ...]], size: int) -> bool:
    """Whether one of the words of ``by_ending`` (keyed by their last ``size`` characters)
    ends at ``end``, whatever stands before it."""
    words = by_ending.get(text[max(0, end - size) : end])
    return words is not None and any(
        len(w) <= end and text.startswith(w, end - len(w)) for w in words
    )


@functools.cache
def _speech_starts() -> frozenset[str]:
    """The first two letters of every speech verb (``sa`` of ``said``)."""
    return frozenset(w[:2] for w in _speech_words())


@functools.cache
def _next_to_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What :func:`_plain` looks up: the last two characters of every honorific, the last
    three of every speech verb and the first two of every speech verb."""
    return frozenset(_honorifics_by_ending()), frozenset(_speech_endings()), _speech_starts()


def _plain(text: str, start: int, end: int) -> bool:
    """Whether no honorific and no speech verb can stand next to the name ``start:end``.

    Cheap tests of the letters next to the name, true of most names (a word before that
    ends no honorific and no speech verb, none after that starts one); when false, the
    patterns decide. A plain name of one word is a mention without evidence.
    """
    honorific_ends, speech_ends, speech_starts = _next_to_names()
    if text[start - 1 : start] in _SPACES:
        e = start - 1
        if text[e - 1 : e] in _SPACES:
            e -= 1
            if text[e - 1 : e] in _SPACES:
                e -= 1
        # (the sets first: most words before a name end neither)
        if (
            text[max(0, e - 2) : e] in honorific_ends
            and _ends_in(text, e, _honorifics_by_ending(), 2)
        ) or (text[max(0, e - 3) : e] in speech_ends and _ends_in(text, e, _speech_endings(), 3)):
            return False
    j = end + 1 if text[end : end + 1] == "," else end
    k = j
    while k < j + 3 and text[k : k + 1] in _SPACES:
        k += 1
    return k == j or text[k : k + 2] not in speech_starts


def _speech_word_ends_before(text: str, start: int) -> bool:
    """Whether a speech verb may end before the one to three spaces before ``start``: the
    letters there end one (``said ``). Most words before a name end no speech verb, and this
    test is cheaper than the search of the pattern ``speech_before``, which decides."""
    end = start - 1  # text[end] is a space
    if text[end - 1] in _SPACES:
        end -= 1
        if text[end - 1] in _SPACES:
            end -= 1
    return _ends_in(text, end, _speech_endings(), 3)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The module's regular expressions by name, compiled on first use (together they take
    milliseconds to compile)."""
    return {
        # A run of up to seven capitalised words, an initial ("William L. Swing") or a
        # particle ("Ursula von der Leyen") allowed inside. (The second word is an
        # alternative, not a repetition, see _up_to: most runs have one or two words; a copy
        # more of the words costs milliseconds to compile.)
        "run": re.compile(rf"(?:{_WORD})(?:{_NEXT_WORD}(?:{_NEXT_WORD}){{0,5}}|)(?![\w\-’'])"),
        "name_word": re.compile(_WORD),
        "token": re.compile(r"[^\W_][\w’'\-&]*|,|\S"),
        "speech_before": re.compile(rf"(?:^|[\s,–—\-])(?:{_SPEECH})[ \u00a0]{{1,3}}$"),
        # a name that goes on as a title ("Results Group on Quality Services") is no person
        "title_goes_on": re.compile(
            rf"[ \u00a0]{{1,2}}(?:of|on|for)[ \u00a0]{{1,2}}(?:the[ \u00a0]{{1,2}})?[{_UP}]"
        ),
        "speech_after": re.compile(rf",?[ \u00a0]{{1,3}}(?:{_SPEECH})\b"),  # match()ed
        # ", who …, said": a clause about the person, then a speech verb (match()ed)
        "who_said": re.compile(
            rf",[ \u00a0](?:who|которы[йея]|которая)\b[^.;:!?\n]{{1,160}}?,[ \u00a0]{{1,2}}"
            rf"(?:{_SPEECH})\b"
        ),
    }


@attrs.frozen(kw_only=True)
class PeopleFound:
    """The people of a text and where their roles are written (``(start, end)`` offsets).

    >>> found = find_people("Dr. Ann Berg, Head of Office, spoke.")
    >>> found.people[0].roles, found.role_spans
    (('Head of Office',), ((14, 28),))
    """

    people: tuple[Person, ...] = ()
    role_spans: tuple[tuple[int, int], ...] = ()


@functools.cache
def _honorifics_by_ending() -> dict[str, tuple[str, ...]]:
    """Honorifics by their last two characters, the longest first (``"r."``: ``Mr.``, ``Dr.``).

    Every honorific has two characters or more; no two of one ending are each other's tail
    with a boundary inside, so at most one can end at a given place after a boundary.
    """
    by_ending: dict[str, list[str]] = {}
    for honorific in honorifics():
        by_ending.setdefault(honorific[-2:], []).append(honorific)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_ending.items()}


# What may stand before an honorific (or the start of the stretch searched).
_HONORIFIC_BOUNDARY = frozenset(' \u00a0\t\n(«“"')


def _honorific_before(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The honorific written right before ``start`` (``Mr. ``, ``г-жа ``) and where it starts.

    It stands after ``lo`` or a boundary (space, bracket, opening quote), and one to three
    spaces separate it from ``start``.
    """
    # Read without a regex: the spaces, then the honorific by its last two characters (a
    # dict look-up; most words before a name end in no honorific's ending).
    end = start - 1
    if end < lo or text[end] not in _SPACES:
        return None
    if end > lo and text[end - 1] in _SPACES:
        end -= 1
        if end > lo and text[end - 1] in _SPACES:
            end -= 1
            if end > lo and text[end - 1] in _SPACES:
                return None  # four spaces or more
    words = _honorifics_by_ending().get(text[max(lo, end - 2) : end])
    if words is None:
        return None
    for word in words:
        begin = end - len(word)
        if (
            begin >= lo
            and text.startswith(word, begin)
            and (begin == lo or text[begin - 1] in _HONORIFIC_BOUNDARY)
        ):
            return word, begin
    return None


@functools.cache
def _honorific_words() -> frozenset[str]:
    return frozenset(h for h in honorifics() if not h.endswith("."))


@functools.cache
def _lexicon() -> dict[str, str]:
    """Role words, modifiers and title words by their case-folded spelling."""
    return role_words()


@functools.cache
def _cyrillic_roles() -> tuple[str, ...]:
    return tuple(
        w for w, kind in _lexicon().items() if kind in ("role", "modifier") and _is_cyrillic(w)
    )


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


@functools.lru_cache(maxsize=8192)
def _kind(word: str) -> str | None:
    """``role``, ``modifier``, ``word`` (a title word) or ``None`` for a word."""
    folded = word.casefold()
    kind = _lexicon().get(folded)
    if kind is None and _is_cyrillic(folded) and len(folded) > 3:
        for stem in _cyrillic_roles():
            if folded.startswith(stem):
                if word[:1].isupper() and _SURNAME_AFTER_STEM().search(folded, len(stem)):
                    return None  # "Тургунбаев", "Тургунов": a surname made of a role word
                return _lexicon()[stem]
        if folded.startswith(_RU_COMPOUND_PREFIXES):
            # "медиаэксперт", "фотожурналист", "бизнес-тренер": a role word after the first
            # part of a compound
            for prefix in _RU_COMPOUND_PREFIXES:
                if folded.startswith(prefix) and len(folded) > len(prefix) + 3:
                    found = _kind(folded[len(prefix) :].lstrip("-"))
                    if found in ("role", "modifier"):
                        return found
        if folded.endswith(_KY_VOICED_POSSESSIVE):
            # Kyrgyz: a final к is voiced before the possessive ending ("подполковник" +
            # "-и": "подполковниги"), the stem no longer starts the word
            return _kind(folded[:-2] + "к")
    return kind


# A surname's ending after a role word's stem, in a capitalised word: "Тургунбаев",
# "Тургунов", "Акимова" are surnames (a role noun in the genitive plural, "Депутатов",
# rarely opens a name). search()ed from the stem's end.
_SURNAME_AFTER_STEM = lazy_pattern(
    r"(?:ов|ев|ёв|ова|ева|ёва|ин|ина|овой|евой|ову|еву|овым|евым|ове|еве|уулу|кызы)"
    # ... maybe with a Kyrgyz case ending ("Тургунбаевге", "Тургунбаевдин")
    r"(?:[гк][аеоө]|[дтн][ыиуү]н?|[дтн][аеоө]н|[дт][аеоө])?$"
)

# The first parts of Russian compound nouns that name a person by a role word after them.
_RU_COMPOUND_PREFIXES = ("медиа", "фото", "видео", "теле", "радио", "веб", "бизнес", "арт", "экс")

# The endings of Russian adjectives that no surname has (surnames in -ский/-ская/-ой do).
_RU_ADJECTIVE_ENDS = ("ный", "ная", "ное", "ные", "ного", "ному", "ным", "ными", "ных", "ые")

# The Kyrgyz possessive endings after a stem whose final к is voiced (-гы/-ги/-гу/-гү).
_KY_VOICED_POSSESSIVE = ("гы", "ги", "гу", "гү")


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 8 and word.isupper() and word.isalpha()


def _allowed(token: str) -> bool:
    """Whether a token can stand inside a written role (``Minister of Labour, …``)."""
    if token == ",":
        return True
    if token.casefold() in _CONNECTORS:
        return True
    first = token[0]
    if first.isupper():
        return True
    return _kind(token) in ("modifier", "role") or (_is_cyrillic(token) and token.isalpha())


# What the role look-ups need to know of a token, as bits (one dict look-up per token).
_ROLE = 1  # a role word: "Minister"
_MODIFIER = 2  # "Deputy", "acting"
_ACRONYM = 4  # "UN", "IOM"
_ALLOWED = 8  # may stand inside a role: capitalised, a connector, a comma, a role word
_HONORIFIC = 16  # an honorific written without a full stop: the next person ("Ms …")
_CONNECTOR = 32  # "of", "the", "и" …
_COMMA = 512
_THE = 64  # "the" as written
_AND = 128  # "and" as written
_THE_ANY_CASE = 256  # "the", "The"
_ARTICLE = 1024  # "a", "an": ", a teacher from Naryn,"
_CLAUSE = 2048  # a word that ends a role written after an article: "who", "said" …
_JOIN = 4096  # "and", "и", "а" as written: a next person may follow (", and Aida …")


@functools.cache
def _clause_words() -> frozenset[str]:
    """Words that end a role written after an article (``…, a teacher from Naryn, who …``)."""
    return frozenset(
        {"who", "which", "that", "and", "but", "while", "when", "where", "as", "after", "before"}
        | set(_speech_words())
    )


def _token_class(token: str) -> int:
    kind = _kind(token)
    folded = token.casefold()
    return (
        (_ROLE if kind == "role" else 0)
        | (_MODIFIER if kind == "modifier" else 0)
        | (_ACRONYM if _is_acronym(token) else 0)
        | (_ALLOWED if _allowed(token) else 0)
        | (_HONORIFIC if token in _honorific_words() else 0)
        | (_CONNECTOR if folded in _CONNECTORS else 0)
        | (_COMMA if token == "," else 0)
        | (_THE if token == "the" else 0)
        | (_AND if token == "and" else 0)
        | (_THE_ANY_CASE if folded == "the" else 0)
        | (_ARTICLE if token in ("a", "an") else 0)
        | (_CLAUSE if folded in _clause_words() else 0)
        | (_JOIN if token in ("и", "а", "and") else 0)
    )


class _TokenClasses(dict[str, int]):
    """Token classes by token, computed on first sight; cleared when full."""

    def __missing__(self, token: str) -> int:
        if len(self) >= 16384:
            self.clear()
        found = self[token] = _token_class(token)
        return found


_CLASSES = _TokenClasses()


def _tokens(text: str, start: int, end: int, limit: int | None = None) -> list[re.Match[str]]:
    found = _patterns()["token"].finditer(text, start, end)
    return list(found if limit is None else itertools.islice(found, limit))


_GROUP = re.Match.group
_MATCH_START = re.Match.start
_MATCH_END = re.Match.end


def _classes(tokens: list[re.Match[str]]) -> list[int]:
    return list(map(_CLASSES.__getitem__, map(_GROUP, tokens)))


def _role_start(classes: Sequence[int], i: int, size: int) -> bool:
    """Whether a role chain (modifiers/acronyms then a role word) starts at ``classes[i]``.

    ``size``: how many tokens the chain may read.
    """
    for j in range(i, min(i + 5, size)):
        c = classes[j]
        if c & _ROLE:
            return True
        if not c & _MODIFIER and not (c & _ACRONYM and j == i):
            return False
    return False


def _trim_end(classes: Sequence[int], n: int) -> int:
    """How many of the first ``n`` tokens remain once trailing connectors and commas are dropped."""
    while n and classes[n - 1] & (_COMMA | _CONNECTOR):
        n -= 1
    return n


# How far before a name the role look-up first tokenises: the walk back from the name mostly
# stops at once ("… visited by X"); when it reaches the start of that stretch, the whole
# window is tokenised instead.
_ROLE_REACH = 30
_MORE = (-1, -1)  # the tokens at hand are too few to decide: tokenise the whole window


def _role_before(text: str, lo: int, hi: int, *, kyrgyz: bool = False) -> tuple[int, int] | None:
    """The role written right before a name: ``the Ambassador of X, `` / ``UN Resident Coordinator ``."""
    # Most names follow a plain word ("opened by", "met with"): when the last word before the
    # spaces is all letters after a space (one token) and cannot end a role, there is none.
    end = hi
    while end > lo and text[end - 1] == " ":
        end -= 1
    space = text.rfind(" ", lo, end)
    word = text[space + 1 : end] if space >= 0 else ""
    if space > lo and word.islower() and _agent_noun(word) and _kind(word) in (None, "word"):
        # "said social worker Aida Berg": a title word in lower case, then a lower-case noun
        # of what a person does (one that is a title word of its own: "worker")
        before = max(text.rfind(" ", lo, space), lo - 1)
        prev = text[before + 1 : space]
        if (
            len(prev) > 2
            and prev.isalpha()
            and prev.islower()
            and prev.isascii()
            and not _CLASSES[prev] & (_CONNECTOR | _THE_ANY_CASE | _ARTICLE | _CLAUSE)
            and prev not in _FUNCTION_WORDS
            and _kind(prev) in ("word", "modifier", "person")
        ):
            return before + 1, end
    if space >= lo - 1 and word.islower() and word.isascii() and _kind(word) == "person":
        # "Returning migrant Aida Berg", "returnee Aida Berg": a word that names a person,
        # with the participle or adjective before it
        before = max(text.rfind(" ", lo, max(space, lo)), lo - 1)
        prev = text[before + 1 : space] if space > lo else ""
        if (
            len(prev) > 2
            and prev.isalpha()
            and prev.isascii()
            and (prev.islower() or before < lo)  # (capitalised: it opens the sentence)
            and not _CLASSES[prev] & (_CONNECTOR | _THE_ANY_CASE | _ARTICLE | _CLAUSE)
            and prev.casefold() not in _FUNCTION_WORDS
            and _kind(prev) in (None, "modifier")
            and _speech_endings().get(prev[-3:]) is None
        ):
            return before + 1, end
        return space + 1, end
    # ... or a connector ("The", "Ambassador of"): a role never ends in one (see _role_in)
    if word.isalpha() and _CLASSES[word] & (_ALLOWED | _CONNECTOR) != _ALLOWED:
        return None
    start = lo
    if hi - lo > _ROLE_REACH + 10:
        space = text.rfind(" ", lo, hi - _ROLE_REACH)
        if space >= 0:
            # tokens never hold a space, so tokenising after one gives the window's last tokens
            start = space + 1
    found = _role_in(_tokens(text, start, hi), complete=start == lo, kyrgyz=kyrgyz)
    if found == _MORE:
        found = _role_in(_tokens(text, lo, hi), complete=True, kyrgyz=kyrgyz)
    if found is not None and text[found[0]].islower() and text[found[0]].isascii():
        found = _lower_title_words(text, lo, found)
    return found


def _lower_title_words(text: str, lo: int, found: tuple[int, int]) -> tuple[int, int]:
    """A role in lower case with the lower-case title words before it (``youth officer``,
    ``field coordinator``: the role lexicon's title words, not small words), at most two."""
    start = found[0]
    for _ in range(2):
        end = start
        while end > lo and text[end - 1] == " ":
            end -= 1
        begin = max(text.rfind(" ", lo, end), lo - 1) + 1
        word = text[begin:end]
        if not (
            end < start
            and len(word) > 2
            and word.isalpha()
            and word.islower()
            and word.isascii()
            and word not in _FUNCTION_WORDS
            and not _CLASSES[word] & (_CONNECTOR | _THE_ANY_CASE | _ARTICLE | _CLAUSE)
            and _kind(word) in ("word", "modifier")
        ):
            break
        start = begin
    return start, found[1]


def _role_in(
    tokens: list[re.Match[str]], *, complete: bool, kyrgyz: bool = False
) -> tuple[int, int] | None:
    """The role at the end of ``tokens`` (the last tokens of the window when not ``complete``)."""
    if not complete and len(tokens) < 3:
        return _MORE
    classes = _classes(tokens)
    size = len(tokens)
    if size and classes[-1] & _COMMA:
        size -= 1
    if not size or classes[size - 1] & _CONNECTOR:
        return None  # "Co-chair of the Results Group": the name is the end of a title
    first = size
    while first > 0 and size - first < 40:
        if not classes[first - 1] & _ALLOWED:
            opening = _quoted_name_start(tokens, first - 1)
            if opening is None:
                break
            first = opening  # "представителя ОФ «Ак Жол»": a name in quotes, in the role
            continue
        if first >= 2 and classes[first - 1] & _THE and classes[first - 2] & _AND:
            break  # "… and the Minister of …, X": the role of X starts after "and the"
        first -= 1
        if first <= 1 and not complete:
            return _MORE  # the walk back may go on before the tokens at hand
    for i in range(first, size):
        if classes[i] & (_ROLE | _MODIFIER) and _role_start(classes, i, size):
            begin = i
            while (
                begin > first
                and not (kyrgyz and _KY_CASE_END.search(tokens[begin - 1].group()) is not None)
                and (
                    classes[begin - 1] & _ACRONYM
                    or (
                        _title_word_before(tokens[begin - 1].group(), classes[begin - 1])
                        # (Russian: a capitalised noun before a role in lower case opens the
                        # sentence, "Выступление руководителя программы …")
                        and not (
                            not kyrgyz
                            and _is_cyrillic(tokens[begin - 1].group())
                            and tokens[begin].group()[:1].islower()
                            and _kind(tokens[begin - 1].group()) is None
                        )
                    )
                    # Kyrgyz: the words of the office before the role word, in no case but the
                    # genitive ("Саламаттык сактоо министри")
                    or (
                        kyrgyz
                        and i - begin < 4
                        and _is_cyrillic(tokens[begin - 1].group())
                        and tokens[begin - 1].group().isalpha()
                        and _KY_CASE_END.search(tokens[begin - 1].group()) is None
                    )
                )
            ):
                begin -= 1
            begin = _titled_start(tokens, classes, first, begin)
            begin = _org_prefix_start(tokens, classes, first, begin)
            n = _trim_end(classes, size)
            if n <= begin:
                return None
            return tokens[begin].start(), tokens[n - 1].end()
    return None


def _quoted_name_end(tokens: list[re.Match[str]], opening: int) -> int | None:
    """Where a short name in quotation marks that opens at ``tokens[opening]`` ends (its
    closing mark), when a word stands before it (``фонда «Инсан»``); else ``None``."""
    if opening == 0 or not tokens[opening - 1].group()[:1].isalpha():
        return None
    for k in range(opening + 1, min(opening + 7, len(tokens))):
        word = tokens[k].group()
        if word in ("»", "”"):
            return k if k > opening + 1 else None
        if not word[:1].isalnum() and word != "-":
            return None
    return None


def _quoted_name_start(tokens: list[re.Match[str]], close: int) -> int | None:
    """Where a short name in quotation marks that ends at ``tokens[close]`` (a closing mark)
    starts (its opening mark), when a word stands before it (``фонда «Ак Жол»``); ``None``
    when ``tokens[close]`` closes no such name."""
    if tokens[close].group() not in ("»", "”"):
        return None
    k = close - 1
    while k > 0 and close - k <= 5:
        word = tokens[k].group()
        if word in ("«", "“"):
            if k < close - 1 and tokens[k - 1].group()[:1].isalpha():
                return k
            return None
        if not word[:1].isalnum():
            return None
        k -= 1
    return None


# Small words that the role lexicon lists as title words ("The", "After", "In" in office
# names) but that never qualify a lower-case noun of what a person does.
_FUNCTION_WORDS = frozenset(
    {"the", "and", "for", "with", "from", "after", "before", "into", "over", "under", "about",
     "between", "during", "without", "through", "against", "among", "this", "that", "these"}
)  # fmt: skip

# The words a role in apposition opens with ("the lead author of the study, Dr. …").
_APPOSITION_ARTICLES = frozenset(
    {"the", "The", "a", "A", "an", "An", "its", "Its", "our", "Our", "one", "One", "another",
     "Another"}
)  # fmt: skip


def _role_comma_before(text: str, lo: int, comma: int) -> tuple[int, int] | None:
    """A role in apposition before ``, <name>`` (``comma`` is where the comma stands): an
    article, then a noun phrase whose first three words hold a role word (``the lead author
    of the study``, ``The head of the research team``), opened by a speech verb, a comma or
    the sentence's start; the role is the phrase without its article."""
    tokens = _tokens(text, max(lo, comma - 100), comma)
    if not tokens:
        return None
    classes = _classes(tokens)
    i = len(tokens)
    while i > 0 and len(tokens) - i < 10:
        word = tokens[i - 1].group()
        if classes[i - 1] & (_COMMA | _CLAUSE) or not word[:1].isalnum():
            break
        i -= 1
    if i == 0 and tokens[0].start() > lo:
        return None  # the phrase may go on before the window
    if i >= len(tokens) - 1 or tokens[i].group() not in _APPOSITION_ARTICLES:
        return None
    head = next(
        (
            j
            for j in range(i + 1, min(i + 4, len(tokens)))
            if classes[j] & _ROLE or _kind(tokens[j].group()) == "person"
        ),
        None,
    )
    if head is None:
        return None
    return tokens[i + 1].start(), tokens[-1].end()


# Capitalised words of the role lexicon that open a sentence or a clause, never a title.
_NOT_IN_TITLE = frozenset(
    {"the", "this", "that", "these", "those", "our", "we", "he", "she", "they", "it", "in",
     "on", "at", "as", "by", "for", "from", "with", "and", "but", "also", "according",
     "during", "after", "before", "besides", "today", "january", "february", "march", "april",
     "may", "june", "july", "august", "september", "october", "november", "december",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


def _titled_start(tokens: list[re.Match[str]], classes: list[int], first: int, begin: int) -> int:
    """Where a role in title case starts when the words of its title stand before its first
    word (``Labour Mobility Officer``, ``Senior Data Management Officer``: title words of
    the lexicon in a capitalised run), at most four of them; the role keeps ``begin`` when
    the run goes on before after a connector (``Ministry of Labour Director``: the office,
    not the title); a word of no title ("The", a month) ends the run."""
    k = begin
    while k > first and begin - k < 4:
        word = tokens[k - 1].group()
        if (
            classes[k - 1] & (_CONNECTOR | _COMMA | _HONORIFIC | _ACRONYM)
            or not word[:1].isupper()
            or not word.isalpha()
            or not word[1:].islower()
            or _kind(word) not in ("word", "modifier")
            or word.casefold() in _NOT_IN_TITLE
            or _is_cyrillic(word)
        ):
            break
        k -= 1
    if k > first and classes[k - 1] & _CONNECTOR and tokens[k - 1].group()[:1].islower():
        return begin
    if k < begin and k > first and classes[k - 1] & _ACRONYM:
        return k - 1  # "IOM Youth Engagement Officer": the organization's acronym first
    return k


def _org_prefix_start(
    tokens: list[re.Match[str]], classes: list[int], first: int, begin: int
) -> int:
    """Where a role starting at ``tokens[begin]`` starts when an organization's acronym and
    capitalised words of the title stand before it (``IOM Youth Engagement Officer``,
    ``UNDP Senior Gender Specialist``: topic words such as "Youth" too): at the acronym,
    with at most three such words between; else ``begin``."""
    k = begin
    while k > first and begin - k < 3:
        word = tokens[k - 1].group()
        if (
            classes[k - 1] & (_CONNECTOR | _COMMA | _HONORIFIC | _ACRONYM)
            or not word[:1].isupper()
            or not _plain_word(word)
            or word in _NOT_TITLE
        ):
            break
        k -= 1
    if k < begin and k > first and classes[k - 1] & _ACRONYM:
        return k - 1
    return begin


def _role_after(text: str, lo: int, hi: int, *, kyrgyz: bool = False) -> tuple[int, int] | None:
    """The role written right after a name: ``, the acting Minister of …`` up to a clause end,
    or after a dash (``Айгуль Осмонова – руководитель проекта``)."""
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    if i < hi and text[i] == "(":
        # "Mirlan Toktorov (IOM Project Officer)": a role in brackets
        close = text.find(")", i, min(hi, i + 100))
        if close > i + 1 and any(
            _CLASSES[t.group()] & _ROLE for t in _patterns()["token"].finditer(text, i + 1, close)
        ):
            return i + 1, close
        return None
    if i >= hi or (text[i] != "," and not _dash_at(text, i)):
        return None  # the first token is no comma: no role after (most names)
    age = _AGE.match(text, i, hi)
    if age is not None:  # "Aizada Nurbekova, 34, a nurse at …"
        lo = i = age.end() - 1
    # Mostly a plain word follows the comma (", and the …"): when it is all letters up to a
    # space (one token), is not "the" and cannot start a role, there is none.
    if text.startswith(" ", i + 1):
        space = text.find(" ", i + 2, hi)
        word = text[i + 2 : space] if space >= 0 else ""
        if (
            word.isalpha()
            and not word[:1].isupper()
            and not _CLASSES[word] & (_THE_ANY_CASE | _ROLE | _MODIFIER | _ACRONYM | _ARTICLE)
            and not (kyrgyz and _is_cyrillic(word))  # (a Kyrgyz role ends with its role word)
        ):
            return None
    # The role and the walk below read at most 43 tokens, mostly fewer than 8: the first 8
    # are read, and the next 35 only when the role may go on after them. (One function, not
    # three: most names with a comma after them have a role, and calls cost.)
    found = _patterns()["token"].finditer(text, lo, hi)
    tokens = list(itertools.islice(found, 8))
    classes = list(map(_CLASSES.__getitem__, map(_GROUP, tokens)))
    size = len(classes)
    if size > 2 and classes[1] & _ARTICLE:
        return _article_role(tokens, classes, found)
    i = 2 if size > 1 and classes[1] & _THE_ANY_CASE else 1
    if (
        i == 1
        and size > 2
        and classes[1] & _ROLE
        and tokens[1].group()[:1].islower()
        and tokens[1].group().isascii()  # (a Russian role is lower case before its body)
        and tokens[2].group()[:1].isupper()
        and _kind(tokens[2].group()) is None
    ):
        return None  # ", businessman Andrew Yang and …": the next person, their role first
    # (the chain read by _role_start ends before the 8th token)
    stop = i
    if i >= size or not (_role_start(classes, i, size) or _titled_role_start(tokens, classes, i)):
        if not (
            # ", the centre's director, said": a possessive, then the role
            i == 2
            and i + 1 < size
            and tokens[i].group().endswith(("’s", "'s"))
            and _role_start(classes, i + 1, size)
        ):
            return _role_last(tokens, classes, found)
        stop = i + 1  # (the possessive)
    linked = False  # after "of", "for", "at" … a role goes on in lower case too
    while True:
        while stop < size and stop - i < 40:
            c = classes[stop]
            if c & _PLAIN_IN_ROLE == _ALLOWED and not classes[stop - 1] & _JOIN:
                # (most tokens: none of the tests below stops at them; a connector links)
                if c & _CONNECTOR and not c & _THE_ANY_CASE:
                    linked = True
                stop += 1
                continue
            if (
                c & _COMMA
                and stop + 2 < size
                and tokens[stop + 1].group() in ("и", "а", "and")
                and tokens[stop + 2].group()[:1].isupper()
                and _kind(tokens[stop + 2].group()) is None
            ):
                break  # ", и Бакыту Токтосунову, эксперту": the next person
            if (
                stop - 2 > i
                and classes[stop - 2] & _COMMA
                and tokens[stop - 1].group() in ("и", "а", "and")
                and tokens[stop].group()[:1].isupper()
                and _kind(tokens[stop].group()) is None
            ):
                stop -= 2  # (the same, the comma read at the end of the first tokens)
                break
            if not c & _ALLOWED and tokens[stop].group() in ("«", "“"):
                closing = _quoted_name_end(tokens, stop)
                if closing is not None:
                    stop = closing + 1  # "юрист фонда «Инсан»": a name in quotes, in the role
                    continue
            if (
                c & _COMMA
                and stop + 1 < size
                and (
                    _ru_verb(tokens[stop + 1].group())
                    or tokens[stop + 1].group() in _RU_CLAUSE_PREPOSITIONS
                )
            ):
                break  # ", доцент кафедры права, выступил", "…, в Оше": the sentence goes on
            if (
                c & (_ALLOWED | _HONORIFIC) != _ALLOWED
                and not (  # an honorific: the next person
                    linked and not c & (_CLAUSE | _HONORIFIC) and tokens[stop].group()[:1].isalpha()
                )
            ):
                break
            if c & _CONNECTOR and not c & (_AND | _THE_ANY_CASE) and tokens[stop].group() != "и":
                linked = True
            elif c & _COMMA:
                linked = False
            stop += 1
        if stop != size or size != 8:
            break
        more = list(itertools.islice(found, 35))  # the role may go on: read the rest
        if not more:
            break
        tokens += more
        classes += map(_CLASSES.__getitem__, map(_GROUP, more))
        size = len(classes)
    n = _trim_end(classes, stop)
    if n <= i:
        return None
    return tokens[i].start(), tokens[n - 1].end()


# The classes a token of a role after a name is tested for: a token that may stand in the
# role (_ALLOWED) and has none of the others, after no "and", goes on with it ("and", "и"
# and "а" are _JOIN).
_PLAIN_IN_ROLE = _ALLOWED | _HONORIFIC | _COMMA | _JOIN


# Russian prepositions that open an adverbial after a comma, never more of a role.
_RU_CLAUSE_PREPOSITIONS = frozenset(
    {"в", "во", "на", "с", "со", "из", "к", "ко", "у", "от", "за", "для", "после", "перед"}
)


def _dash_at(text: str, i: int) -> bool:
    """Whether a dash between spaces stands at ``i`` (``Name – role``)."""
    return (
        text[i : i + 1] in ("–", "—", "-")
        and text[i - 1 : i] in _SPACES
        and text[i + 1 : i + 2] in _SPACES
    )


# The endings of Russian verbs in the past tense and the third person ("выступил",
# "отметила", "считает", "говорят", "обратилась").
_RU_VERB_END = re.compile(r"(?:л|ла|ли|ло|ет|ит|ют|ят|ут|ат|ся|сь)$")


def _ru_verb(word: str) -> bool:
    """Whether a lower-case Russian word after a comma is a verb: the role before it ended
    (``…, доцент кафедры права, выступил``); role words and modifiers never are."""
    return (
        _is_cyrillic(word)
        and word[:1].islower()
        and _RU_VERB_END.search(word) is not None
        and _kind(word) is None
    )


# The endings of nouns that name a person by what they do (welder, herder, trader,
# film-maker, technician, cyclist …), and words with those endings that name no person.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eur", "man", "woman", "ee")
_NOT_AGENT = frozenset(
    {
        "number",
        "order",
        "other",
        "center",
        "centre",
        "water",
        "river",
        "border",
        "winter",
        "summer",
        "paper",
        "power",
        "letter",
        "corner",
        "quarter",
        "chapter",
        "matter",
        "member",
        "manner",
        "partner",
        "computer",
        "cluster",
        "monitor",
        "sector",
        "factor",
        "floor",
        "door",
        "event",
        "percent",
        "parent",
        "amount",
        "point",
        "moment",
        "agreement",
        "department",
        "government",
        "statement",
        "document",
        "component",
        "environment",
        "development",
        "equipment",
        "payment",
        "management",
        "settlement",
        "assessment",
        "investment",
        "treatment",
        "instrument",
        "requirement",
        "employment",
        "engagement",
        "involvement",
        "improvement",
        "achievement",
        "establishment",
        "movement",
        "element",
        "segment",
        "comment",
        "content",
        "extent",
        "talent",
        "plant",
        "grant",
        "migrant",
        "participant",
        "committee",
        "fee",
        "tree",
        "degree",
        "guarantee",
        "coffee",
        "woman",
        "man",
        "human",
        "german",
        "roman",
    }
)


def _agent_noun(word: str) -> bool:
    """Whether a lower-case word names a person by what they do (``welder``, ``film-maker``)."""
    last = word.rpartition("-")[2]
    return (
        word.isascii()
        and word[:1].islower()
        and len(last) >= 4
        and last.endswith(_AGENT_ENDINGS)
        and last not in _NOT_AGENT
    )


# A Kyrgyz word in a case other than the nominative and the genitive (accusative, dative,
# locative, ablative): no part of an office's name.
_KY_CASE_END = re.compile(
    r"(?:ды|ди|ду|дү|ты|ти|ту|тү|ны|ни|ну|нү|га|ге|ка|ке|го|гө|ко|кө|да|де|та|те|до|дө|то|тө"
    r"|дан|ден|тан|тен|нан|нен|дон|дөн|тон|төн)$"
)
_AGE = re.compile(r",[ \u00a0]{1,2}\d{1,3},(?=[ \u00a0])")
_KY_GENITIVE = re.compile(
    r"(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|дагы|дегi|даги|деги|тагы|теги)$"
)


def _ky_case_opener(word: str) -> bool:
    """Whether a capitalised Kyrgyz word is a noun in a case other than the nominative
    (``Тренингди``, ``Жыйынга``, ``Семинарда``): no first name (long enough, a case's
    ending)."""
    return len(word) >= 6 and _KY_CASE_END.search(word) is not None


def _title_word_before(word: str, cls: int) -> bool:
    """Whether a word before a role word belongs to the role: a capitalised word that is no
    title word of its own ("Supreme Court Judge", "Жапониянын элчиси"), or a Kyrgyz word in
    the genitive ("миссиясынын башчысы": the role word comes last in Kyrgyz)."""
    if cls & (_CONNECTOR | _COMMA | _HONORIFIC) or not _plain_word(word):
        return False  # ("Osh-" in "Osh- Regional Director" is no word of the title)
    if _KY_GENITIVE.search(word) is not None and _is_cyrillic(word):
        return True
    return word[:1].isupper() and _kind(word) in (None, "modifier") and word not in _NOT_TITLE


_NOT_TITLE = frozenset({"The", "This", "That", "A", "An"})


def _plain_word(word: str) -> bool:
    """Letters, maybe joined by single hyphens ("Jalal-Abad"; not "Osh-" nor "2024")."""
    return all(part.isalpha() for part in word.split("-"))


def _titled_role_start(tokens: list[re.Match[str]], classes: list[int], i: int) -> bool:
    """Whether a role in title case starts at ``tokens[i]``: up to four capitalised words, then
    a role word (``Labour Mobility Officer``, ``Counter-Trafficking Programme Assistant``)."""
    for j in range(i, min(i + 5, len(tokens))):
        if classes[j] & _ROLE:
            return j > i
        word = tokens[j].group()
        if not word[:1].isupper() or classes[j] & (_CONNECTOR | _HONORIFIC):
            return False
    return False


def _role_last(
    tokens: list[re.Match[str]], classes: list[int], found: Iterator[re.Match[str]]
) -> tuple[int, int] | None:
    """A Kyrgyz role after a name, its role word last (``…, Талас облустук аялдар кеңешинин
    төрайымы.``): Cyrillic words up to a clause end, the last of them a role word."""
    if len(tokens) < 2 or not _is_cyrillic(tokens[1].group()):
        return None
    tokens += itertools.islice(found, 10)
    classes += map(_CLASSES.__getitem__, map(_GROUP, tokens[len(classes) :]))
    stop = 1
    while stop < len(tokens) and stop < 11 and _is_cyrillic(tokens[stop].group()):
        stop += 1
    if stop < len(tokens) and tokens[stop].group() not in (",", ".", ";", "!", "?", ")"):
        return None  # the clause goes on: not a role alone
    if stop < 2 or not classes[stop - 1] & _ROLE:
        return None
    return tokens[1].start(), tokens[stop - 1].end()


def _article_role(
    tokens: list[re.Match[str]], classes: list[int], found: Iterator[re.Match[str]]
) -> tuple[int, int] | None:
    """``, a teacher from Naryn,`` / ``, an IOM social worker in Osh``: a role word among the
    first words after the article, the role going on (whole) up to a comma or a clause."""
    tokens += itertools.islice(found, 18)
    classes += map(_CLASSES.__getitem__, map(_GROUP, tokens[len(classes) :]))
    size = len(tokens)
    role_at = None
    for j in range(2, min(size, 7)):
        word = tokens[j].group()
        if (
            classes[j] & _ROLE
            or _kind(word) == "person"
            or (
                _agent_noun(word)
                and j + 1 < size
                and tokens[j + 1].group() in ("from", "at", "of", "in", "with", "for", "who", ",")
            )
        ):
            role_at = j
            break
        if not (word[:1].isalnum() and not classes[j] & _CLAUSE):
            return None  # a comma or a clause before any role word: "a day later"
    if role_at is None:
        return None
    stop = role_at + 1
    while stop < size and stop < 24:
        word = tokens[stop].group()
        if (
            word == "."
            and tokens[stop - 1].group() in ("No", "no")
            and stop + 1 < size
            and tokens[stop + 1].group()[:1].isdigit()
        ):
            stop += 1  # "a pupil of school No. 4": the number goes on
            continue
        if not word[:1].isalnum() or classes[stop] & (_CLAUSE | _HONORIFIC):
            break
        stop += 1
    n = _trim_end(classes, stop)
    return tokens[2].start(), tokens[n - 1].end()


_START = operator.attrgetter("start")
# A Kyrgyz text: its own letters, or its common words and genitive ending.
_KYRGYZ_LETTERS = re.compile(
    r"[ңүөҢҮӨ]|(?<![а-яё])(?:жана|менен|деди|деп|боюнча|ачты|катышты|болду)(?![а-яё])"
    r"|[аяы]нын(?![а-яё])"
)
# Every alternative of _KYRGYZ_LETTERS needs one of these letters: a text with none (any
# English page) is ruled out by one fast character-class scan, not a lookbehind per position.
_KYRGYZ_GATE = re.compile(r"[а-яёңүөҢҮӨ]")
# ... and each of them is written in UTF-8 with one of these first bytes (U+0400 to U+04FF):
# a text without them (most pages not in Cyrillic) needs not even the scan, as an encoding
# and a byte search run in C at several bytes a nanosecond, and a class scan does not.
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")


def _is_kyrgyz(text: str) -> bool:
    """Whether ``text`` reads as Kyrgyz: its own letters, or its common words and endings.

    >>> _is_kyrgyz("Семинар болду."), _is_kyrgyz("Семинар прошёл."), _is_kyrgyz("Held.")
    (True, False, False)
    """
    encoded = text.encode("utf-8", "surrogatepass")
    if not any(lead in encoded for lead in _CYRILLIC_LEADS):
        return False
    return _KYRGYZ_GATE.search(text) is not None and _KYRGYZ_LETTERS.search(text) is not None


# A Central Asian or Russian surname ending the name: "… Osmonova", "… Асанов", "… uulu".
_SURNAME_SHAPE = re.compile(
    r"(?:[ob]?ov|[ye]?ev|[ob]?ova|[ye]?eva|ovna|evna|yeva|iyeva|uulu|kyzy|qizi|zoda|zade"
    r"|ов|ев|ёв|ова|ева|ёва|уулу|кызы|заде|зода)$"
)

# A patronymic ending a name ("… Rakhimovna", "… Асанович").
_PATRONYMIC = re.compile(r"(?:ovna|evna|ovich|evich|овна|евна|ович|евич)$")

# "at" or "in" right before a word (a name of one word there is a place's).
_AT_PLACE = lazy_pattern(r"(?<![\w\-])(?:at|in|near|в|во)[ \u00a0]\Z")

# "named after" right before a name, or Kyrgyz "атындагы" right after it: the name is an
# organization's ("университет имени …", "… атындагы мектеп"), not a person's.
_NAMED_AFTER = lazy_pattern(r"(?<![\w.])(?:имени|им\.|named[ \u00a0](?:after|for))[ \u00a0]{1,2}\Z")
_NAMED_AFTER_KY = lazy_pattern(r"[ \u00a0]{1,2}атындагы(?![\w\-])")

# The case a word before a Russian name asks of it (prepositions, honorifics).
_CASE_AFTER = {
    **dict.fromkeys(("у", "от", "для", "без", "до", "из", "около", "словам", "г-на"), "gent"),
    **dict.fromkeys(
        ("господина", "имени", "участии", "участием", "поддержке", "руководством"), "gent"
    ),
    **dict.fromkeys(("с", "со", "между", "перед"), "ablt"),
    **dict.fromkeys(("к", "ко", "г-ну", "господину", "благодаря"), "datv"),
    **dict.fromkeys(("о", "об", "обо", "при"), "loct"),
}


_A_NOUNS = frozenset({"глава", "судья", "старейшина", "председатель"})
# The endings of feminine role nouns in the nominative ("медсестра", "участница",
# "журналистка", "швея"): no masculine role's genitive ends so ("помощника", "министра").
_FEMININE_ROLE_ENDS = ("ица", "тка", "рка", "сестра", "швея")


def _first_word_end(text: str, start: int) -> int:
    """Where the word that starts at ``start`` ends."""
    end = start
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return end


def _case_hint(text: str, start: int) -> str | None:
    """The case the word before a Russian name asks of it: ``по словам Нурлана Асанова``
    (a preposition) or ``министра Нурлана Асанова`` (a role word in the genitive)."""
    end = start
    while end > 0 and text[end - 1] in _SPACES:
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
        begin -= 1
    word = text[begin:end].casefold()
    hint = _CASE_AFTER.get(word)
    # (a role noun that ends in -а/-я in the nominative gives no case: "глава", "судья")
    kind = _kind(word) if hint is None and _is_cyrillic(word) else None
    if kind == "modifier" and word.endswith(("теля", "ника")):
        kind = "role"  # "заместителя", "помощника": a noun qualifying the role, in its case
    if kind == "role" and word not in _A_NOUNS and not word.endswith(_FEMININE_ROLE_ENDS):
        if word.endswith(("а", "я")):
            hint = "gent"
        elif word.endswith(("ом", "ем")):
            hint = "ablt"
        elif word.endswith(("у", "ю")):
            hint = "datv"
    return hint


class _Draft:
    """A person being gathered (a plain class: an attrs one costs a millisecond at import)."""

    __slots__ = ("honorific", "mentions", "name", "roles")

    def __init__(self, name: str, honorific: str | None) -> None:
        self.name = name
        self.honorific = honorific
        self.roles: list[str] = []
        self.mentions: list[Span] = []


# A word of a run: offsets in the run, its kind (``_kind``) and whether it is an honorific.
_RunWord = tuple[int, int, str | None, bool]
# A run's words, and its name when no place or organization is named inside it:
# ``(lead, tail, name, start, end)`` (the words ``lead:tail``, from ``start`` to ``end`` in
# the run), ``None`` when it holds no name.
_RunInfo = tuple[tuple[_RunWord, ...], tuple[int, int, str, int, int] | None]


class _RunCache(dict[str, "_RunInfo | None"]):
    """Runs by their text: a page repeats its runs ("The", "Ministry of Labour", names), and
    so do the pages of a site. Cleared when full, which keeps the memory bounded."""

    def __missing__(self, run: str) -> _RunInfo | None:
        if len(self) >= 16384:
            self.clear()
        info = self[run] = _run_info(run)
        return info


_RUNS = _RunCache()


def _run_info(run: str) -> _RunInfo | None:
    """The words of a run and its name when nothing is taken; ``None``: never a name."""
    words = tuple(
        (m.start(), m.end(), _kind(m.group()), m.group() in _honorific_words())
        for m in _patterns()["name_word"].finditer(run)
    )
    lead = 0
    while lead < len(words) and (words[lead][2] is not None or words[lead][3]):
        lead += 1
    if lead == len(words):
        return None  # every word is a title word or an honorific
    tail = len(words)
    while tail > lead and words[tail - 1][2] is not None:
        tail -= 1
    lead = _after_titles(words, lead, tail)
    static = None
    if _core_ok(words, lead, tail):
        start, end = words[lead][0], words[tail - 1][1]
        static = (lead, tail, " ".join(run[start:end].split()), start, end)
    return words, static


def _after_titles(words: Sequence[_RunWord], lead: int, tail: int) -> int:
    """Where a name starts after the title words inside a run ("Supreme Court Judge Aigul
    Temirbekova": after "Judge"), when two words or more stay for it."""
    for j in range(tail - 1, lead - 1, -1):
        if words[j][2] is not None:
            return j + 1 if tail - j - 1 >= 2 else lead
    return lead


def _core_ok(words: Sequence[_RunWord], lead: int, tail: int) -> bool:
    """Whether the words ``lead:tail`` can be a name: one to four words, no title word."""
    return 0 < tail - lead <= 4 and all(w[2] is None for w in words[lead:tail])


class _WordEdge(dict[str, bool]):
    """Whether a run after a character may be a name: not inside a word (``McDonald``) nor
    after an abbreviation, a hyphen or an apostrophe. Filled on first sight of a character."""

    def __missing__(self, char: str) -> bool:
        if len(self) >= 4096:
            self.clear()
        edge = self[char] = not (char.isalnum() or char in ".-’'_")
        return edge


_WORD_EDGE = _WordEdge()


class _Taken:
    """Where places and organizations are named: no person is named there."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.mask: bytearray | None = None
        if all(0 <= s < e <= len(text) and e - s <= 400 for s, e in spans):
            # one byte per character: an overlap test is one ``find`` in C
            self.mask = bytearray(len(text))
            for s, e in spans:
                self.mask[s:e] = b"\x01" * (e - s)
        else:  # empty or overlong spans (none of the extractors' own): the sorted search
            self.spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        if self.mask is not None:
            return self.mask.find(1, start, end) >= 0
        return _overlaps(self.spans, start, end)


def find_people(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    places: Sequence[Place] = (),
    organizations: Sequence[Organization] = (),
) -> PeopleFound:
    """Every person named in ``text``, in order of first mention, with roles as written.

    ``sentences`` are the sentence offsets (computed when not given);
    ``places`` and ``organizations`` found in the text are never taken for people.

    >>> found = find_people('"We are ready," said Nurlan Abdyraev. Deputy Chairman of the '
    ...                     'Cabinet of Ministers Bakyt Osmonov and г-жа Айгуль Осмонова spoke.')
    >>> [(p.name, p.roles) for p in found.people]
    [('Nurlan Abdyraev', ()), ('Bakyt Osmonov', ('Deputy Chairman of the Cabinet of Ministers',)), ('Айгуль Осмонова', ())]
    """
    if sentences is None:
        sentences = split_sentences(text)
    pats = _patterns()
    spans = [(m.start, m.end) for place in places for m in place.mentions]
    spans += [(m.start, m.end) for org in organizations for m in org.mentions]
    taken = _Taken(text, spans) if spans else None
    drafts: list[_Draft] = []
    by_name: dict[str, _Draft] = {}
    by_last: dict[str, _Draft] = {}  # see _link
    by_ends: dict[tuple[str, str], _Draft] = {}
    # mentions without evidence, linked later (and whether a title going on after the name
    # is still to be ruled out: see below)
    pending: list[tuple[str, int, int, bool]] = []
    role_spans: list[tuple[int, int]] = []
    sentence_index = 0
    last_sentence = len(sentences) - 1
    # The runs and the text between them, their offsets and what is known of each run's
    # words, all computed in C; the loop below sees only the runs that may hold a name.
    kyrgyz = _is_kyrgyz(text)
    role_lo = role_hi = -1  # the last role written after a name
    runs = list(pats["run"].finditer(text))
    infos = list(map(_RUNS.__getitem__, map(_GROUP, runs)))
    # For the runs that may hold a name: their offsets, the character before each and
    # where places and organizations take their characters, read in C (map), not per run.
    # (Only those runs' matches are asked for offsets: a split of the text would give the
    # stretches between all the runs too, to be added up.)
    runs = list(itertools.compress(runs, infos))
    run_starts = list(map(_MATCH_START, runs))
    run_ends = list(map(_MATCH_END, runs))
    edges = list(
        map(
            _WORD_EDGE.__getitem__,
            map(text.__getitem__, map(int.__sub__, run_starts, itertools.repeat(1))),
        )
    )
    if run_starts and not run_starts[0]:
        edges[0] = True  # the first run starts the text (text[-1] was read above)
    mask = taken.mask if taken is not None else None
    hits: Iterable[int] = itertools.repeat(-1)  # where a taken character is, or -1
    keep: Iterable[bool] = edges  # not inside a word, not after an abbreviation
    if mask is not None:
        hits = map(mask.find, itertools.repeat(1), run_starts, run_ends)
        # ... and not taken throughout by a place or an organization ("Karakol",
        # "Invented Fund"): such a run has no free character (find() gives -1)
        frees = map(mask.find, itertools.repeat(0), run_starts, run_ends)
        keep = map(operator.and_, edges, map(operator.ne, frees, itertools.repeat(-1)))
    for run_start, run_end, info, hit in itertools.compress(
        zip(run_starts, run_ends, filter(None, infos), hits, strict=False), keep
    ):
        words, static = info
        if taken is None or (mask is not None and hit < 0):
            if static is None:
                continue
            lead, tail, name, start, end = static
            start += run_start
            end += run_start
        else:
            assert taken is not None  # for mypy: the branches above
            # titles and office words are not names: drop them at both ends; and a place
            # or an organization before a name ("Kyrgyzstan Aida Berg") is no part of it
            lead = 0
            while lead < len(words) and (
                words[lead][2] is not None
                or words[lead][3]
                or taken.overlaps(run_start + words[lead][0], run_start + words[lead][1])
            ):
                lead += 1
            tail = len(words)
            while tail > lead and (
                words[tail - 1][2] is not None
                or taken.overlaps(run_start + words[tail - 1][0], run_start + words[tail - 1][1])
            ):
                tail -= 1
            lead = _after_titles(words, lead, tail)
            if not _core_ok(words, lead, tail):
                continue
            start, end = run_start + words[lead][0], run_start + words[tail - 1][1]
            if taken.overlaps(start, end):
                continue
            name = " ".join(text[start:end].split())
        if _NAMED_AFTER().search(text, max(0, start - 12), start) or _NAMED_AFTER_KY().match(
            text, end
        ):
            continue  # a name in an organization's: "университет имени Бекмамата Осмонова"
        if (
            kyrgyz
            and tail - lead == 3
            and _ky_case_opener(text[start : run_start + words[lead][1]])
            and _PATRONYMIC.search(text, run_start + words[tail - 2][0], end) is None
        ):
            # "Тренингди Нурлан Асанов ачты": a word in a case opens the sentence, the name
            # is the two words after it (a Kyrgyz name takes its case on its last word)
            lead += 1
            start = run_start + words[lead][0]
            name = " ".join(text[start:end].split())
        if role_lo <= start < role_hi and not (lead and words[lead - 1][2] == "role"):
            continue  # inside a role written after a name: "…, Minister of Ecology and
            # Technical Supervision, said" names no one else
        written = name
        cyrillic = "\u0400" <= name[:1] <= "\u04ff"
        hint = None
        if cyrillic:
            # a name in an oblique case: Kyrgyz "Танакага", Russian "с министром Нурланом
            # Асановым", "г-на Асанова" (Kyrgyz takes no Russian case from the word before:
            # "мектептин директору Гүлнара Осмонова" is a possessive, the name nominative)
            if kyrgyz:
                written = name = kyrgyz_nominative(name)
            hint = None if kyrgyz else _case_hint(text, start)
            multi = tail - lead > 1
            name = nominative(name, hint) if multi else surname_nominative(name, hint)
        if (
            tail - lead == 1
            and not (lead and words[lead - 1][2] == "role")
            and _plain(text, start, end)
        ):
            # a surname alone without evidence (most one-word runs): only a later mention;
            # whether a title goes on after it is read when it may join someone, at the end
            pending.append((name, start, end, True))
            continue
        while sentence_index < last_sentence and sentences[sentence_index][1] <= run_start:
            sentence_index += 1
        s_start, s_end = sentences[sentence_index] if sentences else (0, len(text))
        if not s_start <= run_start < s_end:
            s_start, s_end = run_start, run_end
        hon_match = _honorific_before(text, s_start, start)
        hon = hon_match[0] if hon_match else None
        direct_role = lead > 0 and words[lead - 1][2] == "role"
        if (
            hon is None
            and not direct_role  # "Colonel Rustam Nazarov of the Border Troops"
            and text[end : end + 1] in _SPACES
            and pats["title_goes_on"].match(text, end)
        ):
            continue
        name_start = hon_match[1] if hon_match else start
        while hon_match is not None:  # "H.E. Mr. …": the role stands before both
            hon_match = _honorific_before(text, s_start, name_start)
            if hon_match is not None:
                name_start = hon_match[1]
        # (both patterns need a space, or a comma, next to the name)
        speech = bool(
            text[name_start - 1 : name_start] in _SPACES
            and _speech_word_ends_before(text, name_start)
            and pats["speech_before"].search(text, max(s_start, name_start - 20), name_start)
        ) or bool(
            text[end : end + 1] in _SPACES_OR_COMMA
            and pats["speech_after"].match(text, end, min(s_end, end + 20))
        )
        if not speech and text.startswith((", who", ", которы", ", котора"), end):
            # "Zuura Mamatova, who will open a bakery, said …"
            speech = bool(pats["who_said"].match(text, end, s_end))
        if tail - lead == 1 and hon is None and _AT_PLACE().search(text, max(0, start - 6), start):
            continue  # "the border post at Dostuk, said": one word after "at" or "in" is a place
        if tail - lead == 1 and hon is None and not direct_role and not speech:
            pending.append((name, start, end, False))  # a surname alone: only a later mention
            continue
        if tail - lead == 1 and cyrillic and name.endswith(_RU_ADJECTIVE_ENDS):
            continue  # "отметили Всемирный день": an adjective after a verb, no surname
        if (
            kyrgyz
            and tail - lead == 1
            and hon is None
            and not direct_role
            and text.startswith(", ", end)
            and text[end + 2 : end + 3].islower()
            and _SURNAME_SHAPE.search(name) is None
        ):
            # "– деди Эмгек, социалдык камсыздоо жана миграция министринин орун басары …":
            # a Kyrgyz speaker's role opens with the office's capitalised first word (a
            # word with no surname's ending)
            pending.append((name, start, end, False))
            continue
        # the role window starts after the last person mention of the same sentence
        lo = max(s_start, name_start - 400)
        for draft in reversed(drafts):
            last = draft.mentions[-1]
            if last.end <= name_start and last.end > lo:
                lo = last.end
                break
        before = _role_before(text, lo, name_start, kyrgyz=kyrgyz)
        if before is None and text[name_start - 2 : name_start] == ", ":
            # "said the lead author of the study, Dr. …", "where its owner, Aida Berg,": a
            # role in lower case, a comma
            before = _role_comma_before(text, lo, name_start - 2)
        after = _role_after(text, end, s_end, kyrgyz=kyrgyz)
        if (
            tail - lead >= 3
            and hon is None
            # the words of the run before the name are title words ("Social"), no role
            # word and no place or organization: the title goes on in the run
            and all(w[2] in ("word", "modifier") for w in words[:lead])
            and (taken is None or not taken.overlaps(run_start, start))
            and (before is None or before[1] > run_start)
            and _SURNAME_SHAPE.search(name) is not None
            and _connector_before(text, run_start)
        ):
            # a role that reaches into the run, which starts after a connector: the run ends
            # a long title ("… Specialist on Labour Mobility and Social Inclusion Dilnoza
            # Karimbaeva"), and the name is its last two words (three with a patronymic among
            # the last two: "Bakyt Mamytovich Asanov", "Asanov Bakyt Mamytovich"), the
            # words before them the role's ("Programme Officer Aida Nur Kasymova" keeps its
            # three: the run starts with the role)
            last_two = name.split()[-2:]
            patronymic = any(_PATRONYMIC.search(w) is not None for w in last_two)
            short = tail - (3 if patronymic else 2)
            title = _role_before(text, lo, run_start + words[short][0], kyrgyz=kyrgyz)
            if title is not None and title[1] > run_start:
                lead = short
                start = name_start = run_start + words[lead][0]
                written = name = " ".join(text[start:end].split())
                if cyrillic:
                    if kyrgyz:
                        written = name = kyrgyz_nominative(name)
                    name = nominative(name, hint)
                before = title
        if cyrillic and not kyrgyz and hint is None and before is not None and tail - lead > 1:
            # "посла Европейского союза в Таджикистане Маркуса Ланге": the role's first word
            # tells the case
            hint = _case_hint(text, _first_word_end(text, before[0]) + 1)
            if hint is None:
                # "по словам заместителя министра … Нурлана Асанова": the word before the role
                hint = _case_hint(text, before[0])
            if hint is not None:
                name = nominative(written, hint)
        evidence = (
            hon is not None
            or before is not None
            or after is not None
            or speech
            or (
                tail - lead == 2
                and len(name.rpartition(" ")[2]) >= 5
                and _SURNAME_SHAPE.search(name) is not None
            )
        )
        if not evidence and not direct_role:
            pending.append((name, start, end, False))
            continue
        if after is not None:
            role_lo, role_hi = after
        roles = []
        if (
            hon is not None
            and before is None
            and after is None
            and _lexicon().get(hon.casefold()) == "role"
        ):
            roles.append(hon)  # "said Professor Aida Berg of …": the title is the role
        for found in (before, after):
            if found is not None:
                role_spans.append(found)
                roles.append(" ".join(text[found[0] : found[1]].split()))
        linked = _link(name, by_name, by_last, by_ends)
        if linked is None and " " in name:
            # a surname named alone first ("г-на Асанова … г-н Нурлан Асанов"): one person
            alone = by_name.get(name.rpartition(" ")[2])
            if alone is not None and " " not in alone.name:
                linked = alone
                alone.name = name
                known = name.split()
                by_ends.setdefault((known[0], known[-1]), alone)
        if linked is None:
            draft = _Draft(name, hon)
            if len(drafts) < 64:  # a page names few people; the bound keeps the work linear
                known = name.split()
                by_last.setdefault(known[-1], draft)
                if len(known) > 1:
                    by_ends.setdefault((known[0], known[-1]), draft)
            drafts.append(draft)
        else:
            draft = linked
        if draft.honorific is None:
            draft.honorific = hon
        for role in roles:
            if role not in draft.roles:
                draft.roles.append(role)
        draft.mentions.append(Span(start=start, end=end, text=text[start:end]))
        by_name[name] = draft
    # A mention without evidence joins a person by its whole name or its last word (see
    # _link): the few that may are picked out in C (most name nobody).
    late: set[_Draft] = set()
    if pending and drafts:
        lasts = [name.rpartition(" ")[2] for name, _s, _e, _t in pending]
        maybe = map(
            operator.or_,
            map(by_last.__contains__, lasts),
            map(by_name.__contains__, map(operator.itemgetter(0), pending)),
        )
        for name, start, end, title_unread in itertools.compress(pending, maybe):
            if (
                title_unread
                and text[end : end + 1] in _SPACES
                and pats["title_goes_on"].match(text, end)
            ):
                continue  # the name goes on as a title: no mention (as in the loop above)
            known_draft = _link(name, by_name, by_last, by_ends)
            if known_draft is not None:
                known_draft.mentions.append(Span(start=start, end=end, text=text[start:end]))
                late.add(known_draft)
    people = tuple(
        Person(
            name=d.name,
            honorific=d.honorific,
            roles=tuple(d.roles),
            # the mentions with evidence come in order; a late one may stand before them
            mentions=tuple(sorted(d.mentions, key=_START) if d in late else d.mentions),
        )
        for d in drafts
    )
    return PeopleFound(people=people, role_spans=tuple(sorted(role_spans)))


def _connector_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` (past one or two spaces) is a lower-case connector
    (``of``, ``on``, ``and``): a run after it goes on with a title."""
    end = start
    while end > start - 3 and end > 0 and text[end - 1] in _SPACES:
        end -= 1
    begin = end
    while begin > end - 6 and begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return end < start and text[begin:end] in _TITLE_LINKS


# The lower-case words a title goes on after ("Specialist on …", "… Mobility and …"); not
# "the", which starts the name of an organization ("… of the Invented Agency …").
_TITLE_LINKS = frozenset({"of", "on", "for", "and", "in", "at", "по", "и", "в"})


def _link(
    name: str,
    by_name: dict[str, _Draft],
    by_last: dict[str, _Draft],
    by_ends: dict[tuple[str, str], _Draft],
) -> _Draft | None:
    """The person a name refers to: the same name, or a surname (or a longer name) of one.

    ``by_last`` and ``by_ends`` hold the first of the first 64 people by last word and by
    first and last words (of a name of two words or more).
    """
    if name in by_name:
        return by_name[name]
    words = name.split()
    if len(words) == 1:
        return by_last.get(words[0])
    return by_ends.get((words[0], words[-1]))


def _overlaps(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(taken, (end, end))
    while i > 0:
        i -= 1
        s, e = taken[i]
        if e > start and s < end:
            return True
        if e <= start and s < start - 400:
            break
    return False
