"""The extractors on the real seed pages, read from ../shared through the conftest fixtures.

No page text is copied here: the pages and the gold file are read at test time.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

import iomkg


def norm(s: object) -> str:
    s = unicodedata.normalize("NFKC", str(s))
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub("[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def prog_norm(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", norm(s))
    s = re.sub(r"\bprogram\b", "programme", s)
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", s.strip())).strip()


def names_of(x: Any) -> set[str]:
    out = {norm(x.name)}
    if getattr(x, "acronym", None):
        out.add(norm(x.acronym))
    return out | {norm(a) for a in x.aliases}


def articles(gold: dict[str, Any], seed_text: dict[str, str]) -> list[tuple[Any, dict[str, Any]]]:
    pairs: list[tuple[Any, dict[str, Any]]] = []
    for page_gold in gold["pages"]:
        page = iomkg.parse(seed_text[page_gold["file"]], url=page_gold["url"])
        pairs.extend(zip(page.articles, page_gold["articles"], strict=True))
    return pairs


@pytest.fixture(scope="module")
def pairs(gold: dict[str, Any], seed_text: dict[str, str]) -> list[tuple[Any, dict[str, Any]]]:
    return articles(gold, seed_text)


def event_key(ev: Any) -> tuple[str | None, str | None]:
    when = ev.when
    if when is None:
        return None, None
    if when.start is None:
        return "--" + when.edtf[5:10], "--" + when.edtf[-5:]
    return when.start.isoformat(), when.end.isoformat()


def test_every_gold_event_and_no_other(pairs: list[tuple[Any, dict[str, Any]]]) -> None:
    for art, gold in pairs:
        got = [event_key(e) for e in art.events]
        optional = {(o["start"], o["end"]) for o in gold.get("optional_events", [])}
        want = [(g["start"], g["end"]) for g in gold["events"]]
        assert [k for k in got if k not in optional] == want, art.title
        for g in gold["events"]:
            ev = next(e for e in art.events if event_key(e) == (g["start"], g["end"]))
            assert ev.kind.value in g["kind"]
            assert set(g["places"]) <= {p.name for p in ev.places}
            text = art.text
            assert text[ev.evidence.start : ev.evidence.end] == ev.evidence.text


def test_programmes_funders_and_implementers(pairs: list[tuple[Any, dict[str, Any]]]) -> None:
    for art, gold in pairs:
        assert len(art.programmes) == len(gold["programmes"]), art.title
        for g in gold["programmes"]:
            wanted = {prog_norm(g["name"])} | {prog_norm(a) for a in g["aliases"]}
            (prog,) = [p for p in art.programmes if {prog_norm(n) for n in names_of(p)} & wanted]
            for spellings in g["funders"]:
                assert any(names_of(f) & {norm(s) for s in spellings} for f in prog.funders)
            for spellings in g.get("implementers", []):
                assert any(names_of(f) & {norm(s) for s in spellings} for f in prog.implementers)
            for m in prog.mentions:
                assert art.text[m.start : m.end] == m.text


def test_people_roles_and_quote_speakers(pairs: list[tuple[Any, dict[str, Any]]]) -> None:
    for art, gold in pairs:
        assert sorted(norm(p.name) for p in art.people) == sorted(
            norm(g["name"]) for g in gold["people"]
        )
        for g in gold["people"]:
            person = next(p for p in art.people if norm(p.name) == norm(g["name"]))
            if g["role_contains"]:
                assert any(norm(g["role_contains"]) in norm(r) for r in person.roles)
            for m in person.mentions:
                assert art.text[m.start : m.end] == m.text
        speakers = {norm(q.speaker.name) for q in art.quotes if q.speaker is not None}
        assert {norm(s) for s in gold.get("quote_speakers", [])} <= speakers
