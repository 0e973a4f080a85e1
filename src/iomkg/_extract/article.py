"""Extraction: dates, places, organizations, people, programmes, events and quotes.

:func:`extract` analyses one article's text once (:class:`ArticleContext`) and wires the
records together: people are never places or organizations, events know
their people, organizations and programme, quotes know their speaker. Every
record keeps :class:`~iomkg.Span` offsets into the text.
:func:`programme_from_facts` turns a project page's label/value facts into
its :class:`~iomkg.Programme`.

>>> found = extract("Osh – On 3 May 2024, the Head of Office, Mr. Bakyt Aliev, opened a "
...                 "centre within the Safe Return Project, funded by the European Union.",
...                 ArticleMeta(language="en"))
>>> [(e.kind.value, e.when.edtf, e.programme.name) for e in found.events]
[('opening', '2024-05-03', 'Safe Return Project')]
>>> [(p.name, p.roles) for p in found.people], [o.name for o in found.programmes[0].funders]
([('Bakyt Aliev', ('Head of Office',))], ['European Union'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._check import expect
from .._errors import IomkgError
from .._models import (
    DateSpan,
    Event,
    Fact,
    Organization,
    Person,
    Place,
    Precision,
    Programme,
    Quote,
)
from .context import ArticleContext, ArticleMeta
from .dates import parse_date
from .events import find_events
from .org_phrases import split_organizations
from .people import find_people
from .programmes import find_programmes
from .quotes import find_quotes

__all__ = [
    "ArticleContext",
    "ArticleMeta",
    "Extraction",
    "extract",
    "extract_context",
    "programme_from_facts",
]


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything extracted from one article's text.

    >>> Extraction().events
    ()
    """

    events: tuple[Event, ...] = ()
    programmes: tuple[Programme, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()


def extract(text: str, meta: ArticleMeta | None = None) -> Extraction:
    """Extract every record from an article's text.

    The text is analysed once (:class:`ArticleContext`: sentences, dates,
    places, organizations) and every extractor reads that analysis. ``meta``
    gives the year of dates written without one and the date and places of
    events whose sentence names none.

    >>> found = extract("On 12 May 2023, Ms. Aida Berg, Director of the Centre, said: "
    ...                 "“Every migrant deserves a safe and dignified return home.”",
    ...                 ArticleMeta(language="en"))
    >>> found.quotes[0].speaker.name
    'Aida Berg'
    """
    expect(text, str, "text")
    if not text.strip():
        return Extraction()
    return extract_context(ArticleContext.build(text, meta))


def extract_context(context: ArticleContext) -> Extraction:
    """Every record of an article whose text was analysed into ``context``.

    >>> found = extract_context(ArticleContext.build("On 3 May 2024, IOM held a workshop in Osh."))
    >>> [(e.kind.value, e.when.edtf) for e in found.events]
    [('workshop', '2024-05-03')]
    """
    text = context.text
    sentences = context.sentences
    people = find_people(
        text, sentences=sentences, places=context.places, organizations=context.organizations
    )
    programmes = find_programmes(
        text,
        sentences=sentences,
        organizations=context.organizations,
        places=context.places,
        dates=context.dates,
    )
    events = find_events(context, people=people, programmes=programmes)
    quotes = find_quotes(
        text, people.people, titles=[(start, end) for start, end, _i in programmes.mentions]
    )
    return Extraction(
        events=events,
        programmes=programmes.programmes,
        people=people.people,
        organizations=context.organizations,
        places=context.places,
        quotes=quotes,
    )


_FUNDER = re.compile(r"donor|funder|funded|financ|sponsor|донор|финанс", re.IGNORECASE)
_PARTNER = re.compile(r"partner|партн[её]р", re.IGNORECASE)
_IMPLEMENTER = re.compile(r"implement|реализ|исполн", re.IGNORECASE)
_DURATION = re.compile(r"duration|period|срок|период|продолжительн", re.IGNORECASE)
_START = re.compile(r"start|начал", re.IGNORECASE)
_END = re.compile(r"\bend|conclu|оконча|заверш", re.IGNORECASE)
_BUDGET = re.compile(r"budget|бюджет", re.IGNORECASE)
_NAME = re.compile(r"^(?:project[ \u00a0](?:title|name)|title|name|название)", re.IGNORECASE)


def _date(value: str) -> DateSpan | None:
    try:
        return parse_date(value)
    except IomkgError:
        return None


def _orgs(value: str) -> tuple[Organization, ...]:
    out: list[Organization] = []
    for part in re.split(r"[;\n]", value):
        if not part.strip():
            continue
        try:
            found = split_organizations(part)
        except IomkgError:
            continue
        out.extend(o for o in found if all(o.name != known.name for known in out))
    return tuple(out)


def programme_from_facts(
    facts: Sequence[Fact], *, language: str | None, title: str | None = None
) -> Programme | None:
    """A project page's programme from its label/value facts.

    Donor, Partners and implementer facts become organizations; Duration, or
    Start Date and End Date, the period; Budget the budget; every fact is
    kept. The name is the page ``title`` (or a Title/Name fact); with neither
    there is no programme.

    >>> p = programme_from_facts(
    ...     [Fact(label="Donor", value="Swiss Agency for Development and Cooperation"),
    ...      Fact(label="Start Date", value="2022"), Fact(label="End Date", value="2024"),
    ...      Fact(label="Budget Amount (USD)", value="300000.00")],
    ...     language="en", title="Invented Skills Project")
    >>> p.name, [o.acronym for o in p.funders], p.period.edtf, p.budget
    ('Invented Skills Project', ['SDC'], '2022/2024', '300000.00')
    """
    name = " ".join(title.split()) if title else None
    funders: tuple[Organization, ...] = ()
    partners: tuple[Organization, ...] = ()
    implementers: tuple[Organization, ...] = ()
    period: DateSpan | None = None
    start: DateSpan | None = None
    end: DateSpan | None = None
    budget: str | None = None
    for fact in facts:
        value = (fact.value or "").strip()
        label = fact.label
        if not value:
            continue
        if _NAME.match(label) and name is None:
            name = " ".join(value.split())
        elif _FUNDER.search(label):
            funders += tuple(o for o in _orgs(value) if o not in funders)
        elif _IMPLEMENTER.search(label):
            implementers += _orgs(value)
        elif _PARTNER.search(label):
            partners += _orgs(value)
        elif _DURATION.search(label):
            period = _date(value)
        elif _START.search(label):
            start = _date(value)
        elif _END.search(label):
            end = _date(value)
        elif _BUDGET.search(label):
            budget = value
    if period is None and start is not None:
        period = start
        if (
            end is not None
            and start.start is not None
            and end.end is not None
            and end.end >= start.start
        ):
            precision = start.precision if start.precision is end.precision else Precision.DAY
            period = DateSpan.from_dates(
                start.start, end.end, precision=precision, text=f"{start.text} – {end.text}"
            )
    if name is None:
        return None
    return Programme(
        name=name,
        funders=funders,
        implementers=implementers,
        partners=partners,
        period=period,
        budget=budget,
        facts=tuple(facts),
    )
