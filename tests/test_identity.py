"""One rule for "the same programme": inside an article and across a corpus alike.

Every programme name here is invented. For each set of names, one article naming them
all and a corpus of one article per name must group them the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import iomkg
from iomkg._extract.identity import (
    person_key,
    programme_groups,
    programme_keys,
    programme_short_keys,
    strip_honorific,
)


def _sentence(name: str) -> str:
    return f"The {name} opened a centre for returning migrants in Osh."


def _partition(names: Sequence[str], records: Sequence[tuple[str, tuple[str, ...]]]) -> list[int]:
    """The index of the record holding each name (as its name or an alias)."""
    out = []
    for name in names:
        found = [i for i, (own, aliases) in enumerate(records) if name in (own, *aliases)]
        assert len(found) == 1, (name, records)
        out.append(found[0])
    return out


def _in_one_article(names: Sequence[str]) -> list[int]:
    page = iomkg.parse(" ".join(_sentence(n) for n in names))
    progs = page.articles[0].programmes
    return _partition(names, [(p.name, p.aliases) for p in progs])


def _across_articles(names: Sequence[str]) -> list[int]:
    corpus = iomkg.Corpus.from_pages([iomkg.parse(_sentence(n)) for n in names])
    return _partition(names, [(e.record.name, e.record.aliases) for e in corpus.programmes])


def _canonical(groups: list[int]) -> list[int]:
    """Group numbers by first appearance, so two partitions compare equal."""
    seen: dict[int, int] = {}
    return [seen.setdefault(g, len(seen)) for g in groups]


CASES = [
    # a distinguishing word keeps two programmes apart, in an article as in a corpus
    (["Apricot Migration Programme in Central Asia", "Migration Programme in Central Asia"], 2),
    # a qualifier does not
    (
        [
            "Regional Apricot Migration Programme in Central Asia",
            "Apricot Migration Programme in Central Asia",
        ],
        1,
    ),
    # a short form is the one name it shortens
    (["Walnut Skills Programme on Mobility into Europe", "Walnut Skills Programme"], 1),
    # ... but not when two names shorten to it
    (
        [
            "Walnut Skills Programme for Youth",
            "Walnut Skills Programme for Women",
            "Walnut Skills Programme",
        ],
        3,
    ),
    # a part that is no short form is another programme
    (["Apricot Valley Safe Return Initiative", "Safe Return Initiative"], 2),
]


@pytest.mark.parametrize(("names", "count"), CASES)
def test_an_article_and_a_corpus_group_names_alike(names: list[str], count: int) -> None:
    inside = _canonical(_in_one_article(names))
    across = _canonical(_across_articles(names))
    assert inside == across
    assert len(set(inside)) == count


def test_the_rule_itself() -> None:
    assert programme_groups(
        [["Apricot Migration Programme in Central Asia"], ["Migration Programme in Central Asia"]]
    ) == [[0], [1]]
    assert programme_keys("The Regional Walnut Program") == (
        "n:regional walnut programme",
    )  # one content word left: no qualifier-free key
    assert programme_short_keys("Global Walnut Programme on Mobility") == (
        "n:global walnut programme",
    )  # the short form keeps its qualifier: without it one content word is left
    # an acronym joins its programme
    assert programme_groups([["Walnut Skills Programme"], ["WSP"]], ["WSP", None]) == [[0, 1]]


def test_people_keys_drop_the_honorifics_of_the_data_file() -> None:
    # (invented people)
    assert person_key("Dr. Ainura Tashieva") == person_key("ainura tashieva")
    assert person_key("г-жа Айнура Ташиева") == "айнура ташиева"
    assert person_key("Professor Ainura Tashieva") == "ainura tashieva"
    assert strip_honorific("H.E. Mr. Bakyt Sultanov") == ("Bakyt Sultanov", "H.E. Mr.")
    assert strip_honorific("Госпожа Айнура Ташиева") == ("Айнура Ташиева", "Госпожа")
