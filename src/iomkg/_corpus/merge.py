"""Merging what many articles say about the same thing into one :class:`Entry` each.

Records are grouped by :mod:`iomkg._extract.identity`, the one rule for "the same
programme / organization / person" that an article's extractors follow too; places
are one when they have the same gazetteer id. A group's entry takes the most frequent
spelling as its name and every other spelling as an alias.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from .._extract.identity import (
    Grouping,
    organization_keys,
    person_key,
    programme_groups,
    programme_keys,
    strip_honorific,
)
from .._models import (
    Article,
    DateSpan,
    Event,
    EventKind,
    Fact,
    Organization,
    OrgKind,
    Person,
    Place,
    PlaceKind,
    Programme,
    Span,
)
from .._nogc import paused_gc
from .._reference.reference import current

__all__ = [
    "Entry",
    "EventEntry",
    "Merged",
    "OrganizationEntry",
    "PersonEntry",
    "PlaceEntry",
    "ProgrammeEntry",
    "merge",
]

R = TypeVar("R")
V = TypeVar("V")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Entry(Generic[R]):
    """A record of a corpus: one merged programme, person, place... and the articles naming it.

    ``record`` is the merged record (its ``mentions`` are empty: spans belong to one
    article each; ``originals`` keeps the records as each article gave them). Attributes
    of the record can be read on the entry itself.

    >>> from iomkg import Programme
    >>> e = Entry(id="programme:srhi", record=Programme(name="Safe Roads Home Initiative"))
    >>> e.name, len(e.articles), e
    ('Safe Roads Home Initiative', 0, <Entry programme:srhi 'Safe Roads Home Initiative'>)
    """

    id: str
    record: R
    articles: tuple[Article, ...] = ()
    originals: tuple[R, ...] = ()

    if not TYPE_CHECKING:  # typed entries (EventEntry...) name each field for type checkers

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_") or name == "record":
                raise AttributeError(name)
            return getattr(self.record, name)

    @property
    def label(self) -> str:
        """A short human label: the name, or the event's kind and date.

        >>> from iomkg import Person
        >>> Entry(id="person:x", record=Person(name="Aida Toktobekova")).label
        'Aida Toktobekova'
        """
        rec: Any = self.record
        name = getattr(rec, "name", None)
        if isinstance(name, str):
            return name
        if isinstance(rec, Event):
            when = rec.when.edtf if rec.when is not None else "undated"
            return f"{rec.kind.value} {when}"
        return self.id

    def __repr__(self) -> str:
        return f"<Entry {self.id} {self.label!r}>"

    def _repr_html_(self) -> str:
        """A two-column table of the record's filled fields and the articles (escaped).

        >>> from iomkg import Person
        >>> Entry(id="person:x", record=Person(name="<b>A</b>"))._repr_html_()[:97]
        '<table><caption>&lt;Person &#x27;&lt;b&gt;A&lt;/b&gt;&#x27;&gt;</caption><tbody><tr><th>name</th>'
        """
        from .._display import html_record

        titles = "; ".join((a.title or a.url or "?")[:80] for a in self.articles)
        return html_record(self.record, extra=[("id", self.id), ("articles", titles)])


class _Field(Generic[V]):
    """A field of an entry's record, read on the entry (typed for mypy and IDEs)."""

    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _Field[V]: ...
    @overload
    def __get__(self, obj: Entry[Any], owner: type | None = None) -> V: ...
    def __get__(self, obj: Entry[Any] | None, owner: type | None = None) -> V | _Field[V]:
        if obj is None:
            return self
        value: V = getattr(obj.record, self.name)
        return value


def _field() -> Any:
    """A :class:`_Field`; typed ``Any`` so that the class body's annotation is the field's type."""
    return _Field()


class EventEntry(Entry[Event]):
    """An event of a corpus, with the article that tells it; the event's fields read on the entry.

    >>> import iomkg
    >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> e = c.events[0]
    >>> type(e).__name__, e.kind.value, e.when.edtf, [p.name for p in e.places]
    ('EventEntry', 'training', '2024-03-04', ['Osh'])
    """

    __slots__ = ()
    #: What happened (:class:`~iomkg.EventKind`).
    kind: EventKind = _field()
    #: The sentence that tells the event.
    evidence: Span = _field()
    #: When it happened, if the text says.
    when: DateSpan | None = _field()
    #: Where it happened.
    places: tuple[Place, ...] = _field()
    #: People who took part.
    people: tuple[Person, ...] = _field()
    #: Organizations that took part.
    organizations: tuple[Organization, ...] = _field()
    #: The programme it belongs to.
    programme: Programme | None = _field()


class ProgrammeEntry(Entry[Programme]):
    """A programme merged across a corpus; the programme's fields read on the entry.

    >>> import iomkg
    >>> prog = iomkg.Programme(name="Invented Water Programme", acronym="IWP")
    >>> page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic",
    ...                   articles=(iomkg.Article(title="t", programmes=(prog,)),))
    >>> e = iomkg.Corpus.from_pages([page]).programmes[0]
    >>> type(e).__name__, e.name, e.acronym, len(e.articles)
    ('ProgrammeEntry', 'Invented Water Programme', 'IWP', 1)
    """

    __slots__ = ()
    #: The most frequent spelling of the programme's name.
    name: str = _field()
    #: Its acronym, if any.
    acronym: str | None = _field()
    #: Other spellings of its name.
    aliases: tuple[str, ...] = _field()
    #: Who funds it.
    funders: tuple[Organization, ...] = _field()
    #: Who carries it out.
    implementers: tuple[Organization, ...] = _field()
    #: Its partners.
    partners: tuple[Organization, ...] = _field()
    #: Where it works.
    places: tuple[Place, ...] = _field()
    #: When it runs.
    period: DateSpan | None = _field()
    #: Its budget as written.
    budget: str | None = _field()
    #: Labelled facts of its page.
    facts: tuple[Fact, ...] = _field()


class PersonEntry(Entry[Person]):
    """A person merged across a corpus; the person's fields read on the entry.

    >>> import iomkg
    >>> person = iomkg.Person(name="Aida Invented", roles=("coordinator",))
    >>> page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic",
    ...                   articles=(iomkg.Article(title="t", people=(person,)),))
    >>> e = iomkg.Corpus.from_pages([page]).people[0]
    >>> type(e).__name__, e.name, e.roles
    ('PersonEntry', 'Aida Invented', ('coordinator',))
    """

    __slots__ = ()
    #: The person's name, without honorific.
    name: str = _field()
    #: Mr, Ms, Dr... as written.
    honorific: str | None = _field()
    #: Their roles (titles, jobs) in every article.
    roles: tuple[str, ...] = _field()


class OrganizationEntry(Entry[Organization]):
    """An organization merged across a corpus; the organization's fields read on the entry.

    >>> import iomkg
    >>> org = iomkg.Organization(name="Invented Relief Fund", acronym="IRF")
    >>> page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic",
    ...                   articles=(iomkg.Article(title="t", organizations=(org,)),))
    >>> e = iomkg.Corpus.from_pages([page]).organizations[0]
    >>> type(e).__name__, e.name, e.acronym, e.kind.value
    ('OrganizationEntry', 'Invented Relief Fund', 'IRF', 'other')
    """

    __slots__ = ()
    #: The organization's name.
    name: str = _field()
    #: Its acronym, if any.
    acronym: str | None = _field()
    #: Other spellings of its name.
    aliases: tuple[str, ...] = _field()
    #: What kind of organization (:class:`~iomkg.OrgKind`).
    kind: OrgKind = _field()
    #: Its country (ISO 3166-1 alpha-2), if known.
    country: str | None = _field()
    #: Its Wikidata item (``Q1065``), when the registry knows it.
    wikidata_id: str | None = _field()


class PlaceEntry(Entry[Place]):
    """A place (one gazetteer id) of a corpus; the place's fields read on the entry.

    >>> import iomkg
    >>> art = iomkg.Article(title="t", places=(iomkg.gazetteer().get("KG-GO"),))
    >>> page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))
    >>> e = iomkg.Corpus.from_pages([page]).places[0]
    >>> type(e).__name__, e.name, e.kind.value, e.parent
    ('PlaceEntry', 'Osh', 'city', 'KG-O')
    """

    __slots__ = ()
    #: The place's English name.
    name: str = _field()
    #: Country, region, city... (:class:`~iomkg.PlaceKind`).
    kind: PlaceKind = _field()
    #: ISO 3166-1 alpha-2 code of its country.
    country_code: str | None = _field()
    #: ISO 3166-2 code of its first-level area.
    admin1_code: str | None = _field()
    #: The gazetteer id of the place it lies in.
    parent: str | None = _field()
    #: Other names (Russian, Kyrgyz, old spellings).
    aliases: tuple[str, ...] = _field()
    #: Latitude (WGS 84 degrees), when the gazetteer knows it.
    lat: float | None = _field()
    #: Longitude (WGS 84 degrees).
    lon: float | None = _field()
    #: Its GeoNames number, when the gazetteer knows it.
    geonames_id: int | None = _field()


@attrs.frozen(kw_only=True)
class Merged:
    """What :func:`merge` gives: the entries of each kind, in first-mention order.

    >>> merge([]).programmes
    ()
    """

    events: tuple[EventEntry, ...] = ()
    programmes: tuple[ProgrammeEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    organizations: tuple[OrganizationEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    organization_index: dict[str, int] = attrs.field(factory=dict, repr=False)
    """Every organization key (:func:`organization_keys`) -> position in ``organizations``."""


# -- keys -----------------------------------------------------------------------------------


# -- grouping -------------------------------------------------------------------------------


def _group(
    keys: Sequence[Iterable[Hashable]], extra: Iterable[tuple[int, int]] = ()
) -> list[list[int]]:
    """Indices grouped by shared keys (and ``extra`` pairs), groups in first-index order."""
    grouping = Grouping(len(keys))
    grouping.join_by_keys(keys)
    for a, b in extra:
        grouping.join(a, b)
    return grouping.groups()


def _pick(values: Iterable[str]) -> str:
    """The most frequent value, then one without a leading ``the``, then the longest, then A-Z."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v[:4].casefold() == "the ", -len(v), v))


def _slug(text: str) -> str:
    return "-".join(_WORD.findall(text.casefold()))[:80] or "x"


class _Ids:
    def __init__(self) -> None:
        self.seen: set[str] = set()

    def make(self, kind: str, label: str) -> str:
        base = f"{kind}:{_slug(label)}"
        out, n = base, 1
        while out in self.seen:
            n += 1
            out = f"{base}-{n}"
        self.seen.add(out)
        return out


Occurrence = tuple[int, Any]  # (article index, or -1 for a project page without articles; record)


class _Occurrences:
    """Records and the index of the article naming each (-1: a project page without articles).

    Two parallel lists, not a tuple per occurrence: a corpus has millions of occurrences,
    and the tuples would only be garbage once merged.
    """

    __slots__ = ("at", "recs")

    def __init__(self) -> None:
        self.at: list[int] = []
        self.recs: list[Any] = []

    def add(self, i: int, records: Sequence[Any]) -> None:
        if records:
            self.at.extend([i] * len(records))
            self.recs.extend(records)


def _articles(arts: Sequence[Article], at: list[int], group: Iterable[int]) -> tuple[Article, ...]:
    # In C: the organization of every page (IOM) is a group of a million occurrences.
    found = set(map(at.__getitem__, group))
    found.discard(-1)  # a project page without articles
    return tuple(map(arts.__getitem__, sorted(found)))


def _union_span(spans: Iterable[DateSpan | None]) -> DateSpan | None:
    dated = [s for s in spans if s is not None and s.has_year]
    if not dated:
        return next((s for s in spans if s is not None), None)
    if len({(s.start, s.end) for s in dated}) == 1:
        return dated[0]
    starts = [s.start for s in dated if s.start is not None]
    ends = [s.end for s in dated if s.end is not None]
    precision = max(
        (s.precision for s in dated), key=lambda p: ("day", "month", "year").index(p.value)
    )
    return DateSpan.from_dates(
        min(starts) if starts else None, max(ends) if ends else None, precision=precision
    )


class _Merger:
    def __init__(self, articles: Sequence[Article], extra_programmes: Sequence[Occurrence]) -> None:
        self.registry = current().organizations
        self.arts = articles
        self.n_project = len(extra_programmes)
        self.ids = _Ids()
        orgs, progs, people, places = (_Occurrences() for _ in range(4))
        for i, prog in extra_programmes:
            progs.add(i, (prog,))
        for i, art in enumerate(articles):
            orgs.add(i, art.organizations)
            people.add(i, art.people)
            places.add(i, art.places)
            if art.dateline is not None:
                places.add(i, art.dateline.places)
            progs.add(i, art.programmes)
            for ev in art.events:
                orgs.add(i, ev.organizations)
                people.add(i, ev.people)
                places.add(i, ev.places)
                if ev.programme is not None:
                    progs.add(i, (ev.programme,))
            people.add(i, [q.speaker for q in art.quotes if q.speaker is not None])
        for i, prog in zip(progs.at, progs.recs, strict=True):
            orgs.add(i, (*prog.funders, *prog.implementers, *prog.partners))
            places.add(i, prog.places)
        self.org_index: dict[str, int] = {}
        self.organizations = self._orgs(orgs)
        self.place_index: dict[str, int] = {}
        self.places = self._places(places)
        self.person_index: dict[str, int] = {}
        self.people = self._people(people)
        self.prog_index: dict[str, int] = {}
        self.programmes = self._programmes(progs)
        self.events = self._events()

    # organizations
    def _orgs(self, occ: _Occurrences) -> tuple[OrganizationEntry, ...]:
        keys = [organization_keys(o, self.registry) for o in occ.recs]
        out: list[OrganizationEntry] = []
        registry = current().organizations
        for group in _group(keys):
            recs: list[Organization] = [occ.recs[i] for i in group]
            known = next((k for i in group for k in keys[i] if k.startswith("r:")), None)
            base = registry.get(known[2:]) if known else None
            name = base.name if base is not None else _pick(r.name for r in recs)
            acronyms = [r.acronym for r in recs if r.acronym]
            acronym = (
                base.acronym
                if base is not None and base.acronym
                else (_pick(acronyms) if acronyms else None)
            )
            spellings = {r.name for r in recs}
            # (equal aliases are one tuple in the records a load shared: each read once)
            aliases = [r.aliases for r in recs]
            spellings.update(
                chain.from_iterable(dict(zip(map(id, aliases), aliases, strict=True)).values())
            )
            kinds = [r.kind for r in recs if r.kind is not OrgKind.OTHER]
            countries = [r.country for r in recs if r.country]
            record = Organization(
                name=name,
                acronym=acronym,
                aliases=tuple(sorted(spellings - {name, acronym or ""})),
                kind=base.kind
                if base is not None
                else (Counter(kinds).most_common(1)[0][0] if kinds else OrgKind.OTHER),
                country=base.country
                if base is not None
                else (_pick(countries) if countries else None),
                wikidata_id=base.wikidata_id
                if base is not None
                else next((r.wikidata_id for r in recs if r.wikidata_id), None),
            )
            entry = OrganizationEntry(
                id=self.ids.make("organization", acronym or name),
                record=record,
                articles=_articles(self.arts, occ.at, group),
                originals=tuple(recs),
            )
            for i in group:
                for k in keys[i]:
                    self.org_index.setdefault(k, len(out))
            out.append(entry)
        return tuple(out)

    def org_entry(self, org: Organization) -> OrganizationEntry | None:
        for k in organization_keys(org, self.registry):
            n = self.org_index.get(k)
            if n is not None:
                return self.organizations[n]
        return None

    def _canon_orgs(self, orgs: Iterable[Organization]) -> tuple[Organization, ...]:
        out: dict[str, Organization] = {}
        for org in orgs:
            entry = self.org_entry(org)
            if entry is None:
                out.setdefault(f"raw:{org.name}", attrs.evolve(org, mentions=()))
            else:
                out.setdefault(entry.id, entry.record)
        return tuple(out.values())

    # places
    def _places(self, occ: _Occurrences) -> tuple[PlaceEntry, ...]:
        out: list[PlaceEntry] = []
        gz = current().places
        for group in _group([(p.id,) for p in occ.recs]):
            recs: list[Place] = [occ.recs[i] for i in group]
            base = gz.get(recs[0].id) or attrs.evolve(recs[0], mentions=())
            aliases = sorted(
                ({a for r in recs for a in r.aliases} | {r.name for r in recs} | set(base.aliases))
                - {base.name}
            )
            record = attrs.evolve(base, aliases=tuple(aliases), mentions=())
            self.place_index[base.id] = len(out)
            out.append(
                PlaceEntry(
                    id=f"place:{base.id}",
                    record=record,
                    articles=_articles(self.arts, occ.at, group),
                    originals=tuple(recs),
                )
            )
            self.ids.seen.add(f"place:{base.id}")
        return tuple(out)

    def _canon_places(self, places: Iterable[Place]) -> tuple[Place, ...]:
        out: dict[str, Place] = {}
        for p in places:
            n = self.place_index.get(p.id)
            out.setdefault(p.id, self.places[n].record if n is not None else p)
        return tuple(out.values())

    # people
    def _people(self, occ: _Occurrences) -> tuple[PersonEntry, ...]:
        keys = [person_key(p.name) for p in occ.recs]
        full_by_surname: dict[str, set[str]] = {}
        for k in keys:
            parts = k.split()
            if len(parts) > 1:
                full_by_surname.setdefault(parts[-1], set()).add(k)
        first: dict[str, int] = {}
        for i, k in enumerate(keys):
            first.setdefault(k, i)
        extra = []
        for i, k in enumerate(keys):
            fulls = full_by_surname.get(k)
            if " " not in k and fulls is not None and len(fulls) == 1:
                extra.append((i, first[next(iter(fulls))]))
        out: list[PersonEntry] = []
        for group in _group([(k,) if k else () for k in keys], extra):
            recs: list[Person] = [occ.recs[i] for i in group]
            longest = max(len(keys[i].split()) for i in group)
            name = _pick(
                strip_honorific(r.name)[0]
                for i, r in zip(group, recs, strict=True)
                if len(keys[i].split()) == longest
            )
            honorifics = [r.honorific for r in recs if r.honorific] or [
                h for r in recs if (h := strip_honorific(r.name)[1])
            ]
            roles = tuple(dict.fromkeys(role for r in recs for role in r.roles))
            record = Person(
                name=name, honorific=_pick(honorifics) if honorifics else None, roles=roles
            )
            for i in group:
                self.person_index.setdefault(keys[i], len(out))
            out.append(
                PersonEntry(
                    id=self.ids.make("person", name),
                    record=record,
                    articles=_articles(self.arts, occ.at, group),
                    originals=tuple(recs),
                )
            )
        return tuple(out)

    # programmes
    def _programmes(self, occ: _Occurrences) -> tuple[ProgrammeEntry, ...]:
        recs_all: list[Programme] = occ.recs
        groups = programme_groups(
            [(prog.name, *prog.aliases) for prog in recs_all], [p.acronym for p in recs_all]
        )
        keys = [
            tuple(
                dict.fromkeys(
                    [
                        *(k for s in (prog.name, *prog.aliases) for k in programme_keys(s)),
                        *((f"a:{prog.acronym}",) if prog.acronym else ()),
                    ]
                )
            )
            for prog in recs_all
        ]
        out: list[ProgrammeEntry] = []
        for group in groups:
            recs: list[Programme] = [occ.recs[i] for i in group]
            own = [
                occ.recs[i].name for i in group if i < self.n_project
            ]  # a project page's own name
            name = _pick(own or [r.name for r in recs])
            acronyms = [r.acronym for r in recs if r.acronym]
            spellings = {r.name for r in recs}
            # (equal aliases are one tuple in the records a load shared: each read once)
            aliases = [r.aliases for r in recs]
            spellings.update(
                chain.from_iterable(dict(zip(map(id, aliases), aliases, strict=True)).values())
            )
            record = Programme(
                name=name,
                acronym=_pick(acronyms) if acronyms else None,
                aliases=tuple(sorted(spellings - {name})),
                funders=self._canon_orgs(o for r in recs for o in r.funders),
                implementers=self._canon_orgs(o for r in recs for o in r.implementers),
                partners=self._canon_orgs(o for r in recs for o in r.partners),
                places=self._canon_places(p for r in recs for p in r.places),
                period=_union_span(r.period for r in recs),
                budget=next((r.budget for r in recs if r.budget), None),
                facts=tuple(dict.fromkeys(f for r in recs for f in r.facts)),
            )
            for i in group:
                for k in keys[i]:
                    self.prog_index.setdefault(k, len(out))
            out.append(
                ProgrammeEntry(
                    id=self.ids.make("programme", record.acronym or name),
                    record=record,
                    articles=_articles(self.arts, occ.at, group),
                    originals=tuple(recs),
                )
            )
        return tuple(out)

    def prog_entry(self, prog: Programme) -> ProgrammeEntry | None:
        for spelling in (prog.name, *prog.aliases):
            for k in programme_keys(spelling):
                n = self.prog_index.get(k)
                if n is not None:
                    return self.programmes[n]
        return None

    def _events(self) -> tuple[EventEntry, ...]:
        # Events repeat the same few places, organizations and people: their canonical
        # tuples are made once per distinct set of keys and shared (time and memory).
        places_of: dict[tuple[str, ...], tuple[Place, ...]] = {}
        orgs_of: dict[tuple[tuple[str, ...], ...], tuple[Organization, ...]] = {}
        people_of: dict[tuple[str, ...], tuple[Person, ...]] = {}
        out: list[EventEntry] = []
        for i, art in enumerate(self.arts):
            only = (art,)
            for n, ev in enumerate(art.events):
                prog = self.prog_entry(ev.programme) if ev.programme is not None else None
                pkey = tuple(p.id for p in ev.places)
                places = places_of.get(pkey)
                if places is None:
                    places = self._canon_places(ev.places)
                    if all(k in self.place_index for k in pkey):  # else the originals are kept
                        places_of[pkey] = places
                okey = tuple(organization_keys(o, self.registry) for o in ev.organizations)
                orgs = orgs_of.get(okey)
                if orgs is None:
                    orgs = self._canon_orgs(ev.organizations)
                    if all(self.org_entry(o) is not None for o in ev.organizations):
                        orgs_of[okey] = orgs
                nkey = tuple(person_key(p.name) for p in ev.people)
                people = people_of.get(nkey)
                if people is None:
                    found = [self.person_index.get(k) for k in nkey]
                    people = tuple(
                        self.people[m].record if m is not None else p
                        for m, p in zip(found, ev.people, strict=True)
                    )
                    if None not in found:
                        people_of[nkey] = people
                fields = {name: getattr(ev, name) for name in _EVENT_KEPT}
                record = Event(
                    **fields,
                    places=places,
                    organizations=orgs,
                    people=people,
                    programme=prog.record if prog is not None else ev.programme,
                )
                out.append(
                    EventEntry(id=f"event:{i}:{n}", record=record, articles=only, originals=(ev,))
                )
        return tuple(out)


_EVENT_KEPT = tuple(
    a.name
    for a in attrs.fields(Event)
    if a.name not in ("places", "organizations", "people", "programme")
)
"""The fields of an event that merging keeps as they are (whatever fields Event gains)."""


def merge(
    articles: Sequence[Article], project_programmes: Sequence[tuple[int, Programme]] = ()
) -> Merged:
    """Merge the records of ``articles`` (see the module's rules) into entries.

    ``project_programmes`` adds programmes of project pages, each with the index of an
    article of its page (or ``-1``).

    >>> from iomkg import Article, Programme
    >>> arts = [Article(title="a", programmes=(Programme(name="Regional Labour Migration Programme in Central Asia"),)),
    ...         Article(title="b", programmes=(Programme(name="Labour Migration Programme in Central Asia"),))]
    >>> [(e.name, len(e.articles)) for e in merge(arts).programmes]
    [('Regional Labour Migration Programme in Central Asia', 2)]
    """
    with paused_gc():  # many acyclic records: see iomkg._nogc
        m = _Merger(articles, project_programmes)
    return Merged(
        events=m.events,
        programmes=m.programmes,
        people=m.people,
        organizations=m.organizations,
        places=m.places,
        organization_index=m.org_index,
    )
