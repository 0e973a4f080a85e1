"""The real seed pages in ../shared against their gold: kind, language, category, posts, teasers.

The pages are read from ../shared through the conftest fixtures (skipped, saying
why, when ../shared is absent); nothing of them is copied here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

import iomkg

pytestmark = pytest.mark.seeds


def _norm(text: object) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    for quote, plain in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(quote, plain)
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _pages(
    gold: dict[str, Any], seed_text: dict[str, str]
) -> list[tuple[dict[str, Any], iomkg.Page]]:
    return [(p, iomkg.parse(seed_text[p["file"]], url=p["url"])) for p in gold["pages"]]


def test_layouts(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    got = {p["file"][:3]: page.layout for p, page in _pages(gold, seed_text)}
    assert got == {
        "000": "iom-drupal",
        "001": "iom-drupal",
        "002": "iom-drupal",
        "003": "iom-kg-legacy",
        "004": "iom-drupal",
    }


def test_page_kind_language_category(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    for want, page in _pages(gold, seed_text):
        assert page.kind.value == want["kind"], want["file"]
        assert page.language == want["language"], want["file"]
        assert page.category == want.get("category"), want["file"]


def test_articles(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    for want, page in _pages(gold, seed_text):
        assert len(page.articles) == len(want["articles"]), want["file"]
        for art, gold_art in zip(page.articles, want["articles"], strict=True):
            where = f"{want['file']}: {gold_art['title']}"
            if gold_art["title"] is None:
                assert art.title is None, where
            else:
                assert _norm(art.title) == _norm(gold_art["title"]), where
            assert len(art.paragraphs) == gold_art["paragraph_count"], where
            assert _norm(art.paragraphs[0]).startswith(_norm(gold_art["first_paragraph_starts"])), (
                where
            )
            # the menu, the title and the tail never leak into the body
            assert not any(
                p.startswith(("WHO WE ARE", "Our Work", "2030 Agenda")) for p in art.paragraphs
            )


def test_teasers(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    for want, page in _pages(gold, seed_text):
        got = [(_norm(t.title), t.language) for t in page.teasers]
        assert got == [(_norm(t["title"]), t["language"]) for t in want["teasers"]], want["file"]


def test_no_warnings_on_whole_pages(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    for want, page in _pages(gold, seed_text):
        assert page.warnings == (), want["file"]


def test_a_seed_cut_short_is_warned(gold: dict[str, Any], seed_text: dict[str, str]) -> None:
    text = seed_text[gold["pages"][1]["file"]]
    cut = text.rstrip()[:-40]
    while cut[-1] in ".!? ":
        cut = cut[:-1]
    page = iomkg.parse(cut, url=gold["pages"][1]["url"])
    assert len(page.warnings) == 1
    assert page.warnings[0].startswith("the page looks cut short")


def test_listing_posts_are_the_same_without_the_address(
    gold: dict[str, Any], seed_text: dict[str, str]
) -> None:
    want = gold["pages"][3]
    with_url = iomkg.parse(seed_text[want["file"]], url=want["url"])
    without = iomkg.parse(seed_text[want["file"]])
    assert [a.title for a in without.articles] == [a.title for a in with_url.articles]
    assert (without.kind, without.category) == (with_url.kind, with_url.category)
