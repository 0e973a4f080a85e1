"""Language of a text: en, ru, ky and the other languages of the region, by script and letters.

No dependency and no model: Cyrillic texts are told apart by the letters only
one language uses (Kyrgyz ``ң ү ө``; Kazakh ``ә ғ қ ұ һ і``; Tajik ``ӣ ӯ ҳ ҷ``;
Uzbek ``ў``),
Latin texts by their commonest short words.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat

from .._blocks import Block, Region

__all__ = ["detect_language", "letter_counts", "page_language"]

_KAZAKH = frozenset("әғқұһіӘҒҚҰҺІ")
_TAJIK = frozenset("ӣӯҳҷӢӮҲҶ")
_KYRGYZ = frozenset("ңүөҢҮӨ")
_UKRAINIAN = frozenset("їєґЇЄҐ")
_UZBEK = frozenset("ўЎ")
# The letters one Cyrillic language has and Russian has not, and which language.
_SPECIAL_LETTERS = {
    ch: code
    for code, letters in (
        ("ky", _KYRGYZ),
        ("kk", _KAZAKH),
        ("tg", _TAJIK),
        ("uk", _UKRAINIAN),
        ("uz", _UZBEK),
    )
    for ch in letters
}
_SPECIAL = functools.cache(lambda: re.compile("[" + "".join(sorted(_SPECIAL_LETTERS)) + "]"))
# Letters are counted on the UTF-8 bytes, in C: an ASCII letter is one byte A-Z or a-z,
# and a letter of the Cyrillic block (U+0400-U+04FF) is the only character whose first
# byte is 0xD0-0xD3. ``bytes.translate`` deletes every other byte.
_NOT_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_CYRILLIC = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)

# The commonest function words of the Latin-script languages seen on these sites.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "for",
            "is",
            "with",
            "on",
            "that",
            "by",
            "from",
            "as",
            "are",
            "was",
            "this",
            "at",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "du",
            "une",
            "est",
            "pour",
            "dans",
            "sur",
            "avec",
            "par",
            "qui",
            "au",
            "aux",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "mit",
            "von",
            "den",
            "ist",
            "für",
            "auf",
            "dem",
            "des",
            "ein",
            "eine",
            "nicht",
        ]
    ),
    "es": frozenset(
        ["el", "los", "las", "del", "y", "en", "por", "con", "una", "para", "que", "es", "se", "al"]
    ),
    "uz": frozenset(
        ["va", "bilan", "uchun", "bo'yicha", "o'zbekiston", "hamda", "ham", "bu", "yil"]
    ),
    "tr": frozenset(["ve", "bir", "için", "ile", "bu", "da", "de", "olarak", "olan"]),
}

_MIN_LETTERS = 3
# Each function word of _STOPWORDS, to the languages whose word it is.
_STOPWORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code, _stop in _STOPWORDS.items():
    for _word in _stop:
        _STOPWORD_LANGUAGES[_word] = (*_STOPWORD_LANGUAGES.get(_word, ()), _code)
_ANY_STOPWORD = frozenset(_STOPWORD_LANGUAGES)
# What :func:`_words` strips off the words of a Latin text.
_LATIN_MARKS = ".,;:!?\"'()«»“”"


def letter_counts(text: str) -> tuple[int, int]:
    """How many characters of ``text`` are ASCII letters, and how many are in the Cyrillic
    block (U+0400-U+04FF), counted in C.

    >>> letter_counts("Osh – Ош, 2024")
    (3, 2)
    """
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _NOT_LATIN)), len(data.translate(None, _NOT_CYRILLIC))


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when it has too few letters.

    >>> detect_language("Круглый стол по вопросам миграции")
    'ru'
    >>> detect_language("Мигранттардын үй-бүлөлөрү үчүн жаңы борбор ачылды")
    'ky'
    >>> detect_language("A workshop on migration was held in Osh.")
    'en'
    """
    latin, cyrillic = letter_counts(text)
    if cyrillic + latin < _MIN_LETTERS:
        return None
    if cyrillic > latin:
        special = Counter(map(_SPECIAL_LETTERS.__getitem__, _SPECIAL().findall(text)))
        return _cyrillic_language(text, cyrillic, special)
    return _latin_language(text)


# Function words: a Russian text has many; a Kyrgyz, Kazakh or Tajik text has its own.
_RUSSIAN_WORDS = frozenset(
    [
        "и",
        "в",
        "на",
        "по",
        "с",
        "для",
        "что",
        "не",
        "от",
        "из",
        "к",
        "о",
        "об",
        "при",
        "это",
        "как",
        "а",
        "также",
        "его",
        "их",
    ]
)
_NATIVE_WORDS: dict[str, frozenset[str]] = {
    "ky": frozenset(
        ["жана", "менен", "үчүн", "боюнча", "жылы", "болуп", "деп", "бул", "анын", "алар", "дагы"]
    ),
    "kk": frozenset(["және", "бойынша", "үшін", "жылы", "деп", "бұл", "оның", "олар", "сондай-ақ"]),
    "tg": frozenset(["ва", "дар", "бо", "аз", "ба", "барои", "ки", "ин", "мебошад"]),
    "uk": frozenset(["і", "та", "у", "на", "з", "для", "що", "не", "від", "це"]),
    "uz": frozenset(["ва", "билан", "учун", "бўйича", "ҳамда", "ҳам", "бу", "йил", "йилда"]),
}


def _cyrillic_language(text: str, cyrillic: int, special: Counter[str]) -> str:
    """Russian, unless the letters and words of another Cyrillic language outweigh it.

    A few Kyrgyz letters in a long Russian text (a place name such as ``Өзгөн``)
    do not make it Kyrgyz: the letters must be at least 0.5 % of the Cyrillic
    letters and, with that language's function words, outweigh Russian ones.
    """
    if not special:
        return "ru"
    counts = _words(text, ".,;:!?\"'()«»“”—–-").get
    russian = sum(map(counts, _RUSSIAN_WORDS, repeat(0)))
    best, best_score = "ru", 0
    for code, count in sorted(special.items()):
        native = sum(map(counts, _NATIVE_WORDS.get(code, frozenset()), repeat(0)))
        score = count + 3 * native
        if count * 200 >= cyrillic and score > 3 * russian and score > best_score:
            best, best_score = code, score
    return best


def _words(text: str, strip: str) -> Counter[str]:
    """The first 400 words of ``text``, stripped of ``strip`` and lower-cased, counted."""
    # Lower-casing the text once, then splitting, gives the same words as lower-casing
    # each word: no character lower-cases to a space or to one of the stripped marks.
    return Counter(map(str.strip, text.lower().split(None, 400)[:400], repeat(strip)))


def _latin_language(text: str) -> str:
    # Each language's score is how often the text uses its function words: the words of
    # the text that are a function word of some language are counted (in C, a filter), and
    # only those few are spread over their languages (not every language's list looked up).
    words = text.lower().split(None, 400)[:400]
    found = Counter(filter(_ANY_STOPWORD.__contains__, map(str.strip, words, repeat(_LATIN_MARKS))))
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word, count in found.items():
        for code in _STOPWORD_LANGUAGES[word]:
            scores[code] += count
    best = max(sorted(scores), key=lambda code: scores[code])
    if scores[best] == 0 or scores[best] <= scores["en"]:
        return "en"
    return best


def page_language(
    article_languages: Sequence[str | None],
    teaser_languages: Sequence[str | None],
    blocks: Iterable[Block],
    declared: str | None = None,
) -> str | None:
    """The language of a page: its articles' (by majority), else its teasers', else its text's.

    A tie (a news index of Russian teasers and their English twins) goes to the
    language of the page's first line with words (its heading), else to the first code in
    alphabetical order. ``declared`` (an HTML ``lang`` attribute) only breaks ties: it is the
    page's language when the text shows none, or one it does not show clearly (a few words,
    names, a Latin text with no common word of its language).

    >>> page_language(["en", "en", None], ["ru"] * 5, [])
    'en'
    >>> from iomkg._blocks import Block
    >>> page_language([], ["ru", "en"], [Block(text="Последние новости о миграции")])
    'ru'
    >>> text = [Block(text="A centre for migrants opened in the city of Osh on Monday.")]
    >>> page_language(["en"], [], text, declared="ru"), page_language([], [], [], declared="ky")
    ('en', 'ky')
    >>> page_language(["en"], [], [Block(text="Osh – 12.05.2024")], declared="ru")
    'ru'
    """
    lines: list[str] = []

    def first() -> list[str]:
        """The text of the first 200 blocks outside the chrome (read when a rule needs it)."""
        if not lines:
            lines.extend(
                block.text
                for _, block in zip(range(200), blocks, strict=False)
                if block.region not in _CHROME
            )
        return lines

    found = _text_language(article_languages, teaser_languages, first)
    if declared is None or found is None or found == declared:
        return found or declared
    return found if _clear(" ".join(first()), found, declared) else declared


def _text_language(
    article_languages: Sequence[str | None],
    teaser_languages: Sequence[str | None],
    first: Callable[[], list[str]],
) -> str | None:
    for languages in (article_languages, teaser_languages):
        counts = Counter(code for code in languages if code)
        if counts:
            ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            tied = [code for code, count in ranked if count == ranked[0][1]]
            if len(tied) > 1:
                head = next((code for code in map(detect_language, first()) if code), None)
                if head in tied:
                    return head
            return ranked[0][0]
    return detect_language(" ".join(first()))


def _clear(text: str, found: str, declared: str) -> bool:
    """Whether ``text`` shows its language ``found`` clearly enough to overrule ``declared``.

    A script other than the declared language's is clear; in one script, Latin texts need
    common words of their language (more than of the declared one), Cyrillic texts the
    letters of theirs (a Russian text: none of the declared language's and some length).
    """
    latin, cyrillic = letter_counts(text)
    if latin + cyrillic < _CLEAR_LETTERS:
        return False
    cyrillic_text = cyrillic > latin
    if cyrillic_text != (declared in _CYRILLIC_LANGUAGES):
        return True
    if not cyrillic_text:
        counts = _words(text, _LATIN_MARKS).get
        hits = sum(map(counts, _STOPWORDS.get(found, frozenset()), repeat(0)))
        other = sum(map(counts, _STOPWORDS.get(declared, frozenset()), repeat(0)))
        return hits >= _CLEAR_WORDS and hits > other
    if found != "ru":
        return True  # the detector found the letters of that language
    letters = {ch for ch, code in _SPECIAL_LETTERS.items() if code == declared}
    return cyrillic >= _CLEAR_RUSSIAN and not any(ch in letters for ch in text)


_CHROME = frozenset([Region.NAV, Region.FOOTER, Region.ASIDE])
_CYRILLIC_LANGUAGES = frozenset(["ru", "ky", "kk", "tg", "uk", "be", "bg", "mk", "mn", "sr"])
# A text overrules a declared language with at least this many letters, common words of its
# language (Latin scripts), or Cyrillic letters (a Russian text against another Cyrillic one).
_CLEAR_LETTERS = 20
_CLEAR_WORDS = 3
_CLEAR_RUSSIAN = 40
