"""Full-text search: an in-memory inverted index ranked with BM25.

Tokens are words of letters or digits, case-folded; English and Russian words are
lightly stemmed (plural and case endings stripped) so that ``visits`` finds ``visit``
and ``Бишкеке`` finds ``Бишкек``. A few function words of both languages are dropped.
"""

from __future__ import annotations

import functools
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["Hit", "SearchIndex", "stem", "tokens"]

T = TypeVar("T")


@attrs.frozen
class Hit(Generic[T]):
    """One result of a search: the item (an article or an entry) and its BM25 score.

    Higher is better; scores compare within one search, not across searches.

    >>> import iomkg
    >>> arts = (iomkg.Article(title="Border guards trained"), iomkg.Article(title="A study visit"))
    >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=arts)])
    >>> hit = c.articles.search("study").hits()[0]
    >>> hit.item.title, hit.score > 0
    ('A study visit', True)
    """

    #: The article or entry found.
    item: T
    #: Its BM25 score for the query (higher is better).
    score: float


_WORD = re.compile(r"[^\W_]+")
_WORD_OR_UNDERSCORE = re.compile(r"\w+")
_UNSEEN: Any = object()
_CYRILLIC = re.compile(r"[а-яё]")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "по",
        "к",
        "о",
        "об",
        "от",
        "для",
        "из",
        "за",
        "что",
        "как",
        "это",
        "же",
        "не",
        "а",
        "но",
        "у",
    ]
)
# Longest first; a Russian stem keeps at least two letters, an English one three.
_RU_ENDINGS = tuple(
    sorted(
        [
            "иями",
            "ями",
            "ами",
            "ого",
            "его",
            "ому",
            "ему",
            "ыми",
            "ими",
            "ией",
            "иях",
            "ах",
            "ях",
            "ов",
            "ев",
            "ей",
            "ий",
            "ый",
            "ой",
            "ая",
            "яя",
            "ое",
            "ее",
            "ые",
            "ие",
            "ую",
            "юю",
            "ом",
            "ем",
            "ам",
            "ям",
            "ия",
            "ию",
            "ии",
            "а",
            "я",
            "о",
            "е",
            "ы",
            "и",
            "у",
            "ю",
            "ь",
            "й",
        ],
        key=len,
        reverse=True,
    )
)
_EN_ENDINGS = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s")


@functools.lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """The light stem of a case-folded word (English or Russian).

    >>> [stem(w) for w in ("visits", "trainings", "migrants", "бишкеке", "мигрантов")]
    ['visit', 'train', 'migrant', 'бишкек', 'мигрант']
    """
    if _CYRILLIC.search(word):
        word = word.replace("ё", "е")
        for end in _RU_ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 2:
                return word[: -len(end)]
        return word
    if not word.isascii() or word.isdigit():
        return word
    for end in _EN_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            if end in ("ies", "ied"):
                return word[: -len(end)] + "y"
            if end == "s" and word.endswith("ss"):
                return word
            return word[: -len(end)]
    return word


def tokens(text: str) -> list[str]:
    """The search tokens of a text, in order.

    >>> tokens("The Ministers visited Osh; в Оше прошли встречи")
    ['minister', 'visit', 'osh', 'ош', 'прошл', 'встреч']
    """
    return [stem(w) for w in _WORD.findall(text.casefold()) if w not in _STOP]


class SearchIndex:
    """An inverted index of documents (numbered from 0) ranked with Okapi BM25.

    >>> idx = SearchIndex(["Training of border guards in Osh", "A study visit to Moldova",
    ...                    "Border management training"])
    >>> idx.search("border training")
    [(2, 0.9...), (0, 0.8...)]
    """

    __slots__ = ("_lengths", "_norms", "_postings", "b", "k1")

    def __init__(self, docs: Iterable[str], *, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        # term -> (document numbers, term frequencies): compact arrays, not tuples
        postings: dict[str, tuple[array[int], array[int]]] = {}
        lengths = array("I")
        # word -> its term's postings (None for a function word), for this build: each
        # distinct word of a document costs one look-up, whatever its stem.
        pair_of: dict[str, tuple[array[int], array[int]] | None] = {}
        for n, doc in enumerate(docs):
            text = doc.casefold()
            # ``\w+`` is ``[^\W_]+`` when there is no underscore, and a quarter faster
            found = (_WORD if "_" in text else _WORD_OR_UNDERSCORE).findall(text)
            length = 0
            for word, count in Counter(found).items():  # stem each distinct word once
                pair = pair_of.get(word, _UNSEEN)
                if pair is _UNSEEN:
                    pair = None
                    if word not in _STOP:
                        term = stem(word)
                        pair = postings.get(term)
                        if pair is None:
                            pair = postings[term] = (array("I"), array("I"))
                    pair_of[word] = pair
                if pair is None:
                    continue
                numbers, freqs = pair
                length += count
                if numbers and numbers[-1] == n:  # another word of the same term
                    freqs[-1] += count
                else:
                    numbers.append(n)
                    freqs.append(count)
            lengths.append(length)
        self._postings = postings
        self._lengths = lengths
        avgdl = (sum(lengths) / len(lengths)) if lengths else 1.0
        self._norms = array("d", (k1 * (1.0 - b + b * dl / (avgdl or 1.0)) for dl in lengths))

    def __len__(self) -> int:
        return len(self._lengths)

    def search(self, query: str) -> list[tuple[int, float]]:
        """The documents matching any query token, best first (ties by number).

        >>> SearchIndex(["Osh", "Bishkek"]).search("osh")
        [(0, 0.6...)]
        """
        scores: dict[int, float] = {}
        n_docs = len(self._lengths)
        for term in dict.fromkeys(tokens(query)):
            pair = self._postings.get(term)
            if pair is None:
                continue
            numbers, freqs = pair
            df = len(numbers)
            idf = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
            boost = idf * (self.k1 + 1.0)
            norms = self._norms
            get = scores.get
            for doc, tf in zip(numbers, freqs, strict=True):
                scores[doc] = get(doc, 0.0) + boost * tf / (tf + norms[doc])
        return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
