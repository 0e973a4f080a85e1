"""What mypy and IDEs know of the public surface (checked by ``mypy --strict``, not run).

``make typecheck`` (and every delivery's mypy run) checks this file with the package:
each ``assert_type`` pins a type a user's checker sees; each ``type: ignore`` pins an
error (``warn_unused_ignores`` fails the check when the error goes away).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import iomkg

if TYPE_CHECKING:
    from typing_extensions import assert_type


def _corpus_types(corpus: iomkg.Corpus) -> None:
    events = corpus.events.filter(kind="meeting").between("2024-05").in_place("Osh")
    assert_type(events, iomkg.EventCollection)
    event = events[0]
    assert_type(event, iomkg.EventEntry)
    assert_type(event.kind, iomkg.EventKind)
    assert_type(event.when, iomkg.DateSpan | None)
    assert_type(event.places, tuple[iomkg.Place, ...])
    assert_type(corpus.programmes.funded_by("SDC"), iomkg.ProgrammeCollection)
    assert_type(corpus.programmes[0].funders, tuple[iomkg.Organization, ...])
    assert_type(corpus.people[0].roles, tuple[str, ...])
    assert_type(corpus.organizations[0].acronym, str | None)
    assert_type(corpus.places[0].lat, float | None)
    assert_type(corpus.articles[0].published, dt.date | None)
    assert_type(corpus.articles.search("visit").hits()[0].score, float)
    assert_type(corpus.articles.search("visit").hits()[0].item, iomkg.Article)
    assert_type(corpus.events.count_by("kind"), dict[Any, int])
    assert_type(corpus.to_jsonld(), dict[str, Any])
    assert_type(corpus.to_jsonld("corpus.jsonld"), None)
    assert_type(corpus.events.to_jsonld("events.jsonld"), None)
    # helpers that make no sense for a kind do not exist on its collection
    corpus.people.funded_by("SDC")  # type: ignore[attr-defined]
    corpus.organizations.between("2024")  # type: ignore[attr-defined]
    corpus.people.in_place("Osh")  # type: ignore[attr-defined]
    # a misspelt field is an error, not Any
    event.kindd  # type: ignore[attr-defined]  # noqa: B018
