"""Merging what many articles say about the same thing into one :class:`Entry` each.

The rules (each is *evidence* that two records are one; records are grouped by the
transitive closure of the evidence, except where a rule says "only when unambiguous"):

Programmes
    * the same name, alias or acronym, after case, punctuation, a leading ``the`` and
      ``program``/``programme`` are normalised away;
    * the same name once the *qualifier words* ``Regional``, ``Global``, ``National``,
      ``IOM`` are removed, provided what is left still has two content words. So
      ``Regional Labour Migration Programme in Central Asia`` is ``Labour Migration
      Programme in Central Asia``, and ``… into National Development Strategies`` is
      ``… into Development Strategies``. Since only qualifiers may differ, a
      distinguishing word always keeps two programmes apart: ``Regional Migration
      Programme`` and ``Regional Labour Migration Programme`` stay two records;
    * a name without a place scope (``Labour Migration Programme``) is the same as the
      one name in the corpus that adds a scope to it (``… in Central Asia``), only when
      exactly one such scoped name exists.
Organizations
    the same entry of the organization registry (so an acronym and its full name meet),
    the same name key, or the same acronym.
People
    the same name once honorifics (``Mr.``, ``Ms.``, ``Dr.``…) are removed; a surname
    alone (``Mr. Sulaimanov``) is the one full name ending in it, only when exactly one
    such full name exists in the corpus.
Places
    the same gazetteer id.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from .._models import Article, DateSpan, Event, Organization, OrgKind, Person, Place, Programme
from .._nogc import paused_gc
from .._reference.gazetteer import Gazetteer
from .._reference.organizations import OrganizationRegistry, is_acronym, org_key
from .._reference.reference import current

__all__ = ["Entry", "Merged", "merge", "organization_keys", "person_key", "programme_keys"]

R = TypeVar("R")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUALIFIERS = frozenset({"regional", "global", "national", "iom", "iom's", "iom’s"})
_FUNCTION = frozenset({"the", "a", "an", "of", "on", "in", "into", "for", "and", "to", "programme"})
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "he",
        "h",
        "e",
        "mister",
        "madam",
        "sir",
        "г",
        "н",
        "жа",
        "господин",
        "госпожа",
    ]
)


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


@attrs.frozen(kw_only=True)
class Merged:
    """What :func:`merge` gives: the entries of each kind, in first-mention order.

    >>> merge([]).programmes
    ()
    """

    events: tuple[Entry[Event], ...] = ()
    programmes: tuple[Entry[Programme], ...] = ()
    people: tuple[Entry[Person], ...] = ()
    organizations: tuple[Entry[Organization], ...] = ()
    places: tuple[Entry[Place], ...] = ()
    organization_index: dict[str, int] = attrs.field(factory=dict, repr=False)
    """Every organization key (:func:`organization_keys`) -> position in ``organizations``."""


# -- keys -----------------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    out = [w.casefold() for w in _WORD.findall(name)]
    return ["programme" if w == "program" else w for w in out]


@functools.lru_cache(maxsize=65536)
def programme_keys(name: str) -> tuple[str, ...]:
    """The keys a programme name is merged by (exact form first, qualifier-free second).

    >>> programme_keys("The Regional Labour Migration Program in Central Asia")
    ('n:regional labour migration programme in central asia', 'q:labour migration programme in central asia')
    >>> programme_keys("Regional Migration Programme")
    ('n:regional migration programme',)
    >>> programme_keys("Labour Migration Programme")
    ('n:labour migration programme', 'q:labour migration programme')
    """
    words = _words(name)
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return ()
    if len(words) == 1 and is_acronym(name.strip()):
        return (f"a:{name.strip()}",)
    keys = [f"n:{' '.join(words)}"]
    bare = [w for w in words if w not in _QUALIFIERS]
    if sum(w not in _FUNCTION for w in bare) >= 2:
        keys.append(f"q:{' '.join(bare)}")
    return tuple(keys)


@functools.lru_cache(maxsize=65536)
def _scope_split(key: str, places: Gazetteer) -> tuple[str, str] | None:
    """``q:labour migration programme in central asia`` -> (base key, scope), if a place."""
    head, sep, tail = key.rpartition(" in ")
    if not sep or len(tail.split()) > 4 or places.lookup(tail) is None:
        return None
    return head, tail


@functools.lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A person's name without honorifics, case or punctuation.

    >>> person_key("Mr. Cholpon  Sulaimanov") == person_key("cholpon sulaimanov")
    True
    """
    words = _words(name)
    while len(words) > 1 and words[0].rstrip(".") in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def organization_keys(org: Organization) -> tuple[str, ...]:
    """The keys an organization is merged by: registry entry, name keys, acronym.

    >>> "r:Swiss Agency for Development and Cooperation" in organization_keys(
    ...     Organization(name="SDC", acronym="SDC"))
    True
    """
    return _org_keys(org.name, org.acronym, org.aliases, current().organizations)


@functools.lru_cache(maxsize=65536)
def _org_keys(
    name: str, acronym: str | None, aliases: tuple[str, ...], registry: OrganizationRegistry
) -> tuple[str, ...]:
    keys: list[str] = []
    for spelling in (name, *((acronym,) if acronym else ()), *aliases):
        known = registry.lookup(spelling)
        if known is not None:
            keys.append(f"r:{known.name}")
        if is_acronym(spelling.strip()):
            keys.append(f"a:{spelling.strip().replace(' ', '')}")
        else:
            key = org_key(spelling)
            if key:
                keys.append(f"n:{key}")
    return tuple(dict.fromkeys(keys))


# -- grouping -------------------------------------------------------------------------------


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _group(
    keys: Sequence[Iterable[Hashable]], extra: Iterable[tuple[int, int]] = ()
) -> list[list[int]]:
    """Indices grouped by shared keys (and ``extra`` pairs), groups in first-index order."""
    uf = _Union(len(keys))
    parent, find = uf.parent, uf.find
    first: dict[Hashable, int] = {}
    same: dict[tuple[Hashable, ...], int] = {}
    for i, ks in enumerate(keys):
        kt = tuple(ks)
        j = same.setdefault(kt, i)
        if j != i:  # the same keys as an earlier record: one union is enough
            parent[i] = find(j)  # ``i`` is still alone: this is ``union(i, j)``, inlined
            continue
        for k in kt:
            j = first.setdefault(k, i)
            if j != i:
                uf.union(i, j)
    for a, b in extra:
        uf.union(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _pick(values: Iterable[str]) -> str:
    """The most frequent value, then one without a leading ``the``, then the longest, then A-Z."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v[:4].casefold() == "the ", -len(v), v))


_HONORIFIC_PREFIX = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|H\.\s?E|Mister|Madam|Sir|г-н|г-жа|Господин|Госпожа)\.?\s+){1,3}"
)


def _strip_honorific(name: str) -> tuple[str, str | None]:
    """``Dr. Aida Toktobekova`` -> (``Aida Toktobekova``, ``Dr.``)."""
    m = _HONORIFIC_PREFIX.match(name)
    if m is None or m.end() == len(name):
        return name, None
    return name[m.end() :], m.group().strip()


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
    return tuple(arts[i] for i in sorted({at[g] for g in group if at[g] >= 0}))


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
    def _orgs(self, occ: _Occurrences) -> tuple[Entry[Organization], ...]:
        keys = [organization_keys(o) for o in occ.recs]
        out: list[Entry[Organization]] = []
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
            spellings = {r.name for r in recs} | {a for r in recs for a in r.aliases}
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
            )
            entry = Entry(
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

    def org_entry(self, org: Organization) -> Entry[Organization] | None:
        for k in organization_keys(org):
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
    def _places(self, occ: _Occurrences) -> tuple[Entry[Place], ...]:
        out: list[Entry[Place]] = []
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
                Entry(
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
    def _people(self, occ: _Occurrences) -> tuple[Entry[Person], ...]:
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
        out: list[Entry[Person]] = []
        for group in _group([(k,) if k else () for k in keys], extra):
            recs: list[Person] = [occ.recs[i] for i in group]
            longest = max(len(keys[i].split()) for i in group)
            name = _pick(
                _strip_honorific(r.name)[0]
                for i, r in zip(group, recs, strict=True)
                if len(keys[i].split()) == longest
            )
            honorifics = [r.honorific for r in recs if r.honorific] or [
                h for r in recs if (h := _strip_honorific(r.name)[1])
            ]
            roles = tuple(dict.fromkeys(role for r in recs for role in r.roles))
            record = Person(
                name=name, honorific=_pick(honorifics) if honorifics else None, roles=roles
            )
            for i in group:
                self.person_index.setdefault(keys[i], len(out))
            out.append(
                Entry(
                    id=self.ids.make("person", name),
                    record=record,
                    articles=_articles(self.arts, occ.at, group),
                    originals=tuple(recs),
                )
            )
        return tuple(out)

    # programmes
    def _programmes(self, occ: _Occurrences) -> tuple[Entry[Programme], ...]:
        keys: list[tuple[str, ...]] = []
        for prog in occ.recs:
            ks: list[str] = []
            for spelling in (prog.name, *prog.aliases):
                ks.extend(programme_keys(spelling))
            if prog.acronym:
                ks.append(f"a:{prog.acronym}")
            keys.append(tuple(dict.fromkeys(ks)))

        # the scope rule: an unscoped name joins the one scoped name built on it
        scoped: dict[str, set[str]] = {}
        places = current().places
        holder: dict[str, int] = {}
        for i, pkeys in enumerate(keys):
            for k in pkeys:
                holder.setdefault(k, i)
                split = _scope_split(k[2:], places) if k[0] in "nq" else None
                if split is not None:
                    scoped.setdefault(split[0], set()).add(k[2:])
        extra = []
        for i, pkeys in enumerate(keys):
            for k in pkeys:
                found = scoped.get(k[2:]) if k[0] in "nq" else None
                if found is not None and len(found) == 1:
                    target = next(iter(found))
                    j = holder.get(f"n:{target}", holder.get(f"q:{target}"))
                    if j is not None:
                        extra.append((i, j))
        out: list[Entry[Programme]] = []
        for group in _group(keys, extra):
            recs: list[Programme] = [occ.recs[i] for i in group]
            own = [
                occ.recs[i].name for i in group if i < self.n_project
            ]  # a project page's own name
            name = _pick(own or [r.name for r in recs])
            acronyms = [r.acronym for r in recs if r.acronym]
            spellings = {r.name for r in recs} | {a for r in recs for a in r.aliases}
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
                Entry(
                    id=self.ids.make("programme", record.acronym or name),
                    record=record,
                    articles=_articles(self.arts, occ.at, group),
                    originals=tuple(recs),
                )
            )
        return tuple(out)

    def prog_entry(self, prog: Programme) -> Entry[Programme] | None:
        for spelling in (prog.name, *prog.aliases):
            for k in programme_keys(spelling):
                n = self.prog_index.get(k)
                if n is not None:
                    return self.programmes[n]
        return None

    def _events(self) -> tuple[Entry[Event], ...]:
        # Events repeat the same few places, organizations and people: their canonical
        # tuples are made once per distinct set of keys and shared (time and memory).
        places_of: dict[tuple[str, ...], tuple[Place, ...]] = {}
        orgs_of: dict[tuple[tuple[str, ...], ...], tuple[Organization, ...]] = {}
        people_of: dict[tuple[str, ...], tuple[Person, ...]] = {}
        out: list[Entry[Event]] = []
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
                okey = tuple(organization_keys(o) for o in ev.organizations)
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
                    Entry(id=f"event:{i}:{n}", record=record, articles=only, originals=(ev,))
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
