"""Russian and Kyrgyz personal names put in the nominative, with and without pymorphy3.

Every name here is INVENTED. The rules run without the optional ``russian`` extra; the
dictionary path runs when pymorphy3 is installed (``pip install iomkg[russian]``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iomkg._extract import russian_names
from iomkg._extract.russian_names import kyrgyz_nominative, nominative, surname_nominative

# (name as written, case asked by the context, nominative): both paths agree on these
CASES = [
    ("Нурланом Асановым", None, "Нурлан Асанов"),
    ("Айгуль Бековой", None, "Айгуль Бекова"),
    ("Нурлана Асанова", "gent", "Нурлан Асанов"),
    ("Нурлана Асанова", None, "Нурлана Асанова"),  # read alike: a woman's, in the nominative
    ("Гульнарой Токтогуловой", None, "Гульнара Токтогулова"),
    ("Бакыту Осмонову", None, "Бакыт Осмонов"),
    ("Марии Ивановой", None, "Мария Иванова"),
    ("Ольги Смирновой", None, "Ольга Смирнова"),
    ("Мирланом Усеновым", None, "Мирлан Усенов"),
    ("Айбеке Усенове", None, "Айбек Усенов"),
    ("Бакыт Осмонов", None, "Бакыт Осмонов"),
    ("Еленой Маркович", None, "Елена Маркович"),
    ("Маркуса Ланге", "gent", "Маркус Ланге"),
    ("Aida Berg", None, "Aida Berg"),
]


@pytest.fixture(params=["rules", "dictionary"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    nominative.cache_clear()
    if request.param == "rules":
        monkeypatch.setattr(russian_names, "_morph", lambda: None)
    elif russian_names._morph() is None:
        pytest.skip("pymorphy3 (the 'russian' extra) is not installed")
    yield request.param
    nominative.cache_clear()


@pytest.mark.parametrize(("written", "case", "expected"), CASES)
def test_nominative(path: str, written: str, case: str | None, expected: str) -> None:
    assert nominative(written, case) == expected


def test_surname_alone() -> None:
    assert [surname_nominative(w) for w in ("Асановым", "Бековой", "Асанова", "Berg")] == [
        "Асанов",
        "Бекова",
        "Асанова",
        "Berg",
    ]
    assert surname_nominative("Асанова", "gent") == "Асанов"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Хироши Танакага", "Хироши Танака"),
        ("Айгүл Осмоновага", "Айгүл Осмонова"),
        ("Бакыт Мамыровдун", "Бакыт Мамыров"),
        ("Нурбекке", "Нурбек"),
        # names that end like a case ending but are not inflected
        ("Айзада Бекова", "Айзада Бекова"),
        ("Эрке", "Эрке"),
    ],
)
def test_kyrgyz_case_endings(written: str, expected: str) -> None:
    assert kyrgyz_nominative(written) == expected
