"""The invented dev set (benchmarks/devset) scored by benchmarks/score_devset.py.

Every page of the dev set is invented (see benchmarks/devset/README.md) and lives in the
project, so this test needs nothing from ../shared. The structural figures (page kind,
language, titles, paragraph counts, datelines, publication dates …) must be exact; the
extraction figures are computed and reported, not yet held to their bars (issue 16 raises them).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import iomkg

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT / "benchmarks" / "score_devset.py"

EXTRACTION = (
    "events F1",
    "event places",
    "event kinds",
    "programmes recall",
    "programme precision",
    "programme funders",
    "programme implementers",
    "people recall",
    "people precision",
    "people roles",
    "quote speakers",
    "organizations",
    "places",
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_devset", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_devset", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored() -> tuple[ModuleType, dict[str, float]]:
    """The scorer module and every figure on the dev set."""
    scorer = _scorer()
    return scorer, scorer.score()


def test_devset_is_complete() -> None:
    scorer = _scorer()
    gold = scorer.load_gold()
    files = sorted(p.name for p in scorer.DEFAULT_PAGES.glob("*.txt"))
    assert files == sorted(p["file"] for p in gold["pages"])
    assert len(files) >= 44
    languages = [p["language"] for p in gold["pages"]]
    assert languages.count("ru") >= 10
    assert languages.count("ky") >= 4


_ARTICLE_KEYS = {
    "title",
    "dateline_places",
    "published",
    "paragraph_count",
    "first_paragraph_starts",
    "events",
    "programmes",
    "people",
    "organizations_at_least",
    "places_at_least",
}
_OPTIONAL_KEYS = {"programme_count_exact", "quote_speakers", "optional_events"}
_YEARLESS = re.compile(r"^--\d\d-\d\d$")


def _check_date(text: str, *, yearless_ok: bool) -> None:
    if yearless_ok and _YEARLESS.match(text):
        return
    dt.date.fromisoformat(text)


def _check_article(article: dict[str, Any]) -> None:
    assert _ARTICLE_KEYS <= set(article) <= _ARTICLE_KEYS | _OPTIONAL_KEYS
    kinds = {kind.value for kind in iomkg.EventKind}
    for event in article["events"] + article.get("optional_events", []):
        _check_date(event["start"], yearless_ok=True)
        _check_date(event["end"], yearless_ok=True)
        assert event["start"] <= event["end"]
        assert set(event.get("kind", ["other"])) <= kinds, event
    for programme in article["programmes"]:
        assert {"name", "aliases", "funders"} <= set(programme)
        for spellings in programme["funders"] + programme.get("implementers", []):
            assert spellings, programme["name"]
            assert all(isinstance(s, str) and s for s in spellings)
    for person in article["people"]:
        assert set(person) == {"name", "role_contains"}
    names = {person["name"] for person in article["people"]}
    assert set(article.get("quote_speakers", [])) <= names
    if article["published"] is not None:
        _check_date(article["published"], yearless_ok=False)


def test_gold_follows_the_seed_schema() -> None:
    """Every record has the seed gold's keys, valid dates and known event kinds."""
    gold = _scorer().load_gold()
    assert set(gold) == {"about", "pages"}
    for page in gold["pages"]:
        assert {"file", "url", "kind", "language", "articles", "teasers"} <= set(page)
        assert page["articles"]
        for article in page["articles"]:
            _check_article(article)


def test_structural_figures_are_exact(scored: tuple[ModuleType, dict[str, float]]) -> None:
    scorer, figures = scored
    structural = {name: figures[name] for name in scorer.STRUCTURAL if name in figures}
    misses = [m for m in scorer.misses if m.split(":", 1)[0] in scorer.STRUCTURAL]
    assert misses == []
    assert structural == dict.fromkeys(structural, 1.0)
    assert set(structural) == set(scorer.STRUCTURAL)


def test_extraction_figures_are_reported(scored: tuple[ModuleType, dict[str, float]]) -> None:
    _, figures = scored
    for name in EXTRACTION:
        assert 0.0 <= figures[name] <= 1.0, name
    print("\n" + "\n".join(f"{name:<24} {figures[name]:.3f}" for name in EXTRACTION))


# The held-out sets and their mix of languages (en, ru, ky).
HELDOUT = {
    "heldout2": (14, 7, 3),
    "heldout3": (12, 6, 2),
    "heldout4": (14, 7, 3),
    "heldout5": (14, 7, 3),
    "heldout6": (14, 7, 3),
    "heldout7": (12, 8, 4),
}


@pytest.mark.parametrize(("name", "languages"), sorted(HELDOUT.items()))
def test_heldout_gold_is_well_formed(name: str, languages: tuple[int, int, int]) -> None:
    """A later held-out set's gold has the seed schema and one record per page.

    Only the form is checked here: a held-out set measures generalisation, so its scores
    are never asserted (see its README.md).
    """
    folder = ROOT / "benchmarks" / name
    if not folder.is_dir():
        pytest.skip(f"benchmarks/{name} is not in this checkout")
    scorer = _scorer()
    gold = scorer.load_gold(folder / "gold.json")
    assert set(gold) == {"about", "pages"}
    files = sorted(p.name for p in (folder / "pages").glob("*.txt"))
    assert files == sorted(p["file"] for p in gold["pages"])
    found = [p["language"] for p in gold["pages"]]
    assert (found.count("en"), found.count("ru"), found.count("ky")) == languages
    for page in gold["pages"]:
        assert {"file", "url", "kind", "language", "articles", "teasers"} <= set(page)
        assert page["articles"]
        for article in page["articles"]:
            _check_article(article)
