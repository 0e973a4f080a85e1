"""Extraction: dates, places, organizations, people, programmes, events and quotes.

(Initial scaffold; the extraction issue fills this package.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from .._models import Dateline, Event, Fact, Organization, Person, Place, Programme, Quote

__all__ = ["Extraction", "extract", "programme_from_facts"]


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything extracted from one article's text."""

    events: tuple[Event, ...] = ()
    programmes: tuple[Programme, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()


def extract(
    text: str,
    *,
    title: str | None,
    dateline: Dateline | None,
    published: dt.date | None,
    reference_date: dt.date | None,
    language: str | None,
) -> Extraction:
    """Extract every record from an article's text."""
    return Extraction()


def programme_from_facts(facts: Sequence[Fact], *, language: str | None) -> Programme | None:
    """A project page's programme from its label/value facts."""
    return None
