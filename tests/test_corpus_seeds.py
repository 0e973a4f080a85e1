"""The issue's "Done when" over a corpus of the five real pages (read from ../shared; skipped when absent).

These need the extractors (programmes, funders, events, places) to fill the records.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

import iomkg

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def corpus(gold: dict[str, Any], seed_text: dict[str, str]) -> iomkg.Corpus:
    pages = [iomkg.parse(seed_text[p["file"]], p.get("url")) for p in gold["pages"]]
    return iomkg.Corpus.from_pages(pages)


def _norm(name: str) -> str:
    words = re.findall(r"\w+", name.casefold())
    words = ["programme" if w == "program" else w for w in words]
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def named(entry: iomkg.Entry[iomkg.Programme], name: str) -> bool:
    return _norm(name) in {_norm(n) for n in (entry.record.name, *entry.record.aliases)}


def test_sdc_funds_exactly_the_labour_migration_programme(corpus):
    funded = list(corpus.programmes.funded_by("SDC"))
    assert len(funded) == 1, [e.name for e in funded]
    assert named(funded[0], "Labour Migration Programme in Central Asia")


@pytest.mark.parametrize(
    "name",
    [
        "Global Joint Programme on Mainstreaming Migration into National Development Strategies",
        "Regional Migration Programme",
    ],
)
def test_programmes_named_in_two_articles_are_one_record(corpus, name):
    found = [e for e in corpus.programmes if named(e, name)]
    assert len(found) == 1, [e.name for e in corpus.programmes]
    assert len(found[0].articles) == 2


def test_events_of_2016(corpus):
    got = sorted(
        (e.record.when.start, e.record.when.end)
        for e in corpus.events.between("2016-01-01", "2016-12-31")
    )
    assert got == [
        (dt.date(2016, 6, 6), dt.date(2016, 6, 10)),  # the study visit
        (dt.date(2016, 6, 22), dt.date(2016, 6, 22)),  # the opening ceremony
    ]


def test_events_in_osh(corpus):
    starts = sorted(e.record.when.start for e in corpus.events.in_place("Osh") if e.record.when)
    assert starts == [dt.date(2014, 11, 19), dt.date(2014, 12, 18), dt.date(2023, 9, 12)]


def test_json_round_trips_every_page(corpus):
    for page in corpus.pages:
        assert iomkg.loads(iomkg.dumps(page), iomkg.Page) == page
