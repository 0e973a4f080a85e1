"""The BM25 index and its tokens (INVENTED sentences)."""

from __future__ import annotations

import math

import pytest

from iomkg._corpus.search import SearchIndex, stem, tokens


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("visits", "visit"),
        ("visited", "visit"),
        ("training", "train"),
        ("migrations", "migr"),
        ("countries", "country"),
        ("class", "class"),
        ("is", "is"),
        ("2016", "2016"),
        ("мигрантов", "мигрант"),
        ("мигранты", "мигрант"),
        ("оше", "ош"),
        ("ёлка", "елк"),
        ("café", "café"),
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


def test_tokens_drop_function_words_and_fold_case():
    assert tokens("The Visit of the DELEGATION to Osh, и встреча в Бишкеке") == [
        "visit",
        "deleg",
        "osh",
        "встреч",
        "бишкек",
    ]
    assert tokens("") == []


def test_bm25_scores_by_hand():
    docs = ["osh osh training", "osh", "naryn visit"]
    idx = SearchIndex(docs)
    assert len(idx) == 3
    got = dict(idx.search("osh"))
    n, df, avgdl, k1, b = 3, 2, 2.0, 1.5, 0.75
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))

    def score(tf: int, dl: int) -> float:
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))

    assert got[0] == pytest.approx(score(2, 3))
    assert got[1] == pytest.approx(score(1, 1))
    assert 2 not in got


def test_ranking_and_ties():
    idx = SearchIndex(["invented border training", "border", "a visit", "border"])
    ranked = idx.search("border training")
    assert [d for d, _ in ranked] == [0, 1, 3]
    assert ranked[1][1] == ranked[2][1]  # a tie keeps document order
    assert idx.search("nothing here") == []
    assert SearchIndex([]).search("x") == []
    assert idx.search("training training") == idx.search("training")
