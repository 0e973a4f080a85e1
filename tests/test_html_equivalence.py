"""Equivalence: an HTML rendering of every INVENTED sample dump parses to the same records.

The rendering (tests/html_render.py) wraps the dump's content in theme-like
chrome: banner, menu, language switcher, cookie banner, share buttons, sidebar,
footer with a copyright and a "last updated" date, scripts and styles.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

import iomkg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_render import render

SAMPLE = iomkg.sample_pages()


def _summary(page: iomkg.Page, *, with_titles: bool = True) -> dict[str, Any]:
    return {
        "kind": page.kind,
        "category": page.category,
        "teasers": [(t.title, t.summary) for t in page.teasers],
        "facts": page.facts,
        "programme": page.programme.name if page.programme else None,
        "articles": [
            (
                a.title if with_titles else None,
                a.dateline.text if a.dateline else None,
                a.published,
                a.paragraphs,
                a.tags,
                a.captions,
                [p.name for p in a.people],
                [p.name for p in a.places],
                [o.name for o in a.organizations],
                [p.name for p in a.programmes],
                [(e.kind, e.when.edtf if e.when else None) for e in a.events],
                [q.text for q in a.quotes],
            )
            for a in page.articles
        ],
    }


@pytest.mark.parametrize(("name", "url", "text"), SAMPLE, ids=[s[0] for s in SAMPLE])
def test_html_rendering_gives_the_same_records(name: str, url: str | None, text: str) -> None:
    from_text = iomkg.parse(text, url)
    has_title = not (len(from_text.articles) == 1 and from_text.articles[0].title is None)
    heading = None if has_title else "Invented story title for the HTML"
    from_html = iomkg.parse(render(text, url, heading=heading), url)
    assert _summary(from_html, with_titles=has_title) == _summary(from_text, with_titles=has_title)
    if not has_title and len(from_text.articles) == 1:
        # Only the HTML knows the title of a page whose dump shows none.
        assert from_html.articles[0].title == heading


@pytest.mark.parametrize(("name", "url", "text"), SAMPLE[:6], ids=[s[0] for s in SAMPLE[:6]])
def test_utf8_and_windows_1251_bytes_give_the_same_page(name: str, url: str, text: str) -> None:
    html = render(text, url).replace('charset="utf-8"', 'charset="windows-1251"')
    as_cp1251 = iomkg.parse(html.encode("cp1251", errors="strict"), url)
    as_utf8 = iomkg.parse(html.replace("windows-1251", "utf-8").encode("utf-8"), url)
    assert _summary(as_cp1251) == _summary(as_utf8)
    assert as_cp1251.warnings == as_utf8.warnings


def test_the_rendered_story_takes_its_title_from_the_h1_not_a_paragraph() -> None:
    _name, url, text = next(s for s in SAMPLE if s[0] == "story.txt")
    page = iomkg.parse(render(text, url, heading="Invented bakery story"), url)
    article = page.articles[0]
    assert article.title == "Invented bakery story"
    assert "Invented bakery story" not in article.paragraphs
    assert article.paragraphs[0].startswith("“I never thought")


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_SENTENCE = st.lists(_WORD, min_size=6, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
_TITLE = st.lists(_WORD, min_size=3, max_size=8).map(lambda ws: " ".join(ws).capitalize())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_TITLE,
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=5),
    items=st.lists(_SENTENCE, max_size=4),
)
def test_generated_pages_read_the_same_as_text_and_html(
    title: str, paragraphs: list[str], items: list[str]
) -> None:
    lines = ["Osh – " + paragraphs[0], *paragraphs[1:], *("  • " + item for item in items)]
    dump = title + "\n\n" + "\n\n".join(lines) + "\n"
    url = "https://news.example.org/invented"
    from_text = iomkg.parse(dump, url)
    from_html = iomkg.parse(render(dump, url), url)
    assert from_html.articles[0].title == from_text.articles[0].title == title
    assert from_html.articles[0].paragraphs == from_text.articles[0].paragraphs
    assert from_html.articles[0].paragraphs == ("Osh – " + paragraphs[0], *paragraphs[1:], *items)
