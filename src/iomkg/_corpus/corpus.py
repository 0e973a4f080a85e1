"""A corpus of parsed pages: merged records, query collections, exports.

>>> import iomkg
>>> corpus = iomkg.Corpus.from_pages([iomkg.parse(text, url) for _, url, text in iomkg.sample_pages()[:2]])
>>> corpus
<Corpus: 2 pages, ... articles>
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import enum
import functools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import EllipsisType, MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .._check import expect
from .._errors import InputTypeError
from .._extract.identity import organization_keys, person_key, programme_keys
from .._models import (
    Article,
    DateSpan,
    Event,
    Organization,
    Page,
    Person,
    Place,
    PlaceKind,
    Programme,
)
from .._nogc import paused_gc
from .._reference.reference import Reference, using
from .merge import (
    Entry,
    EventEntry,
    Merged,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    ProgrammeEntry,
    merge,
)
from .query import Q, QueryError, resolve_path, values_at
from .search import Hit, SearchIndex

if TYPE_CHECKING:
    import networkx
    import pandas

    from .._io.jsonl import LoadFailure
    from ..layouts.profile import SiteProfile

__all__ = [
    "ArticleCollection",
    "Collection",
    "Corpus",
    "EventCollection",
    "OrganizationCollection",
    "PersonCollection",
    "PlaceCollection",
    "ProgrammeCollection",
]

#: Rows a collection's notebook table shows.
SHOWN = 50

T = TypeVar("T")
KINDS = ("articles", "events", "programmes", "people", "organizations", "places")
RECORD_TYPES: dict[str, type] = {
    "articles": Article,
    "events": Event,
    "programmes": Programme,
    "people": Person,
    "organizations": Organization,
    "places": Place,
}
Key = str | Callable[[Any], Any]
_ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
#: Keys that roll places up the gazetteer's hierarchy (see :meth:`Collection.count_by`).
ROLLUPS = ("admin1", "country")


_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _bounds(value: str | dt.date | None, field: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a date, a partial date or an EDTF interval (open ends ``..``)."""
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    if not isinstance(value, str):
        raise InputTypeError(
            f"{field}: expected a date or an ISO / EDTF string, got {type(value).__name__}",
            field=field,
        )
    text = value.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        lo = _bounds(first, field)[0] if first.strip() not in ("", "..") else None
        hi = _bounds(last, field)[1] if last.strip() not in ("", "..") else None
        return lo, hi
    m = _DAY.fullmatch(text)
    try:
        if m is None:
            raise ValueError(text)
        year = int(m[1])
        if m[3]:
            day = dt.date(year, int(m[2]), int(m[3]))
            return day, day
        if m[2]:
            month = int(m[2])
            last_day = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last_day)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError as exc:
        msg = (
            f"{field}: {value!r} is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD "
            "or an EDTF interval such as 2024-05/2024-08)"
        )
        raise QueryError(msg, field=field) from exc


def _suggest(name: str, known: Iterable[str]) -> str:
    folded = {k.casefold(): k for k in sorted(known)}
    close = difflib.get_close_matches(name.casefold(), list(folded), n=3)
    return f" (did you mean {', '.join(repr(folded[c]) for c in close)}?)" if close else ""


C = TypeVar("C", bound="Collection[Any]")
D = TypeVar("D", bound="_Dated[Any]")
F = TypeVar("F", bound="_Funded[Any]")


class Collection(Generic[T]):
    """An immutable, ordered selection of a corpus's articles or entries.

    Every method returns a new collection (or a plain value); nothing changes the corpus.
    The corpus gives one typed collection per kind (:class:`ArticleCollection`,
    :class:`EventCollection`...), each with only the helpers that make sense for it.

    **Names that match nothing.** A name that iomkg cannot resolve at all (neither in
    the corpus nor in its reference data: ``funded_by("Switzerlnd")``,
    ``in_place("Bishkel")``, ``filter(kind="meetin")``) raises :class:`QueryError`
    naming close matches. A known name that no item matches gives an empty collection.

    >>> import iomkg
    >>> corpus = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> arts = corpus.articles
    >>> len(arts), arts.filter(text__icontains="training").first() is arts[0]
    (1, True)
    """

    __slots__ = ("_corpus", "_idx", "_kind", "_scores")

    def __init__(
        self,
        corpus: Corpus,
        kind: str,
        idx: Sequence[int],
        scores: Mapping[int, float] | None = None,
    ) -> None:
        self._corpus = corpus
        self._kind = kind
        self._idx = tuple(idx)
        self._scores = scores

    # -- basics ------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        """What the collection holds: ``articles``, ``events``, ``programmes``…"""
        return self._kind

    @property
    def _base(self) -> tuple[Any, ...]:
        return self._corpus._base(self._kind)

    def _new(self: C, idx: Iterable[int]) -> C:
        return type(self)(self._corpus, self._kind, tuple(idx), self._scores)

    def __len__(self) -> int:
        return len(self._idx)

    def __iter__(self) -> Iterator[T]:
        base = self._base
        return (base[i] for i in self._idx)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self: C, i: slice) -> C: ...
    def __getitem__(self: C, i: int | slice) -> Any:
        if isinstance(i, slice):
            return self._new(self._idx[i])
        return self._base[self._idx[i]]

    def first(self) -> T | None:
        """The first item, or ``None`` when the collection is empty."""
        return self[0] if self._idx else None

    def __repr__(self) -> str:
        shown = ", ".join(_label(x) for x in list(self)[:3])
        more = ", …" if len(self) > 3 else ""
        return f"<Collection of {len(self)} {self._kind}: [{shown}{more}]>"

    def _repr_html_(self) -> str:
        from .._display import html_table

        shown = f" (the first {SHOWN})" if len(self) > SHOWN else ""
        return html_table(self.to_records()[:SHOWN], caption=f"{len(self)} {self._kind}{shown}")

    # -- filters -----------------------------------------------------------------------
    def _predicate(self, q: tuple[Q, ...], lookups: dict[str, Any]) -> Callable[[Any], bool]:
        cls: Any = Article if self._kind == "articles" else Entry
        record = RECORD_TYPES[self._kind]
        for item in q:
            expect(item, Q, "q", expected="iomkg.Q")
        return Q(*q, **lookups).compile(cls, record)

    def filter(self: C, *q: Q, **lookups: Any) -> C:
        """The items matching every ``Q`` and lookup (``places__admin1_code="KG-O"``).

        Enum fields take their values as strings (``kind="meeting"``); a value that is
        none of the enum's raises :class:`QueryError`.

        >>> import iomkg
        >>> import datetime as dt
        >>> art = iomkg.Article(title="t", published=dt.date(2024, 3, 4))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))])
        >>> len(c.articles.filter(iomkg.Q(published__year=2024) | iomkg.Q(title__isnull=True)))
        1
        """
        test = self._predicate(q, lookups)
        base = self._base
        return self._new(i for i in self._idx if test(base[i]))

    def exclude(self: C, *q: Q, **lookups: Any) -> C:
        """The items matching not all of the conditions (the opposite of :meth:`filter`).

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> len(c.articles.exclude(language="en")), len(c.articles.exclude(language="ru"))
        (0, 1)
        """
        test = self._predicate(q, lookups)
        base = self._base
        return self._new(i for i in self._idx if not test(base[i]))

    def mentioning(
        self: C, what: str | Entry[Any] | Person | Organization | Place | Programme
    ) -> C:
        """Items that name ``what`` (a name, a record or an entry).

        Articles that mention it; events that involve it (people, organizations, places,
        programme); other entries named in an article together with it. A name known
        neither to the corpus nor to the reference data raises :class:`QueryError`.

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> len(c.articles.mentioning("Osh")), len(c.events.mentioning("Naryn"))
        (1, 0)
        """
        targets = self._corpus._entries_for(what)
        if not targets and isinstance(what, str):
            self._corpus._check_known(what)
        ids = {e.id for e in targets}
        base = self._base
        if self._kind == "events":
            corpus = self._corpus
            return self._new(i for i in self._idx if ids & corpus._event_refs(base[i]))
        arts = {id(a) for e in targets for a in e.articles}
        if self._kind == "articles":
            return self._new(i for i in self._idx if id(base[i]) in arts)
        return self._new(
            i
            for i in self._idx
            if base[i].id not in ids and any(id(a) in arts for a in base[i].articles)
        )

    def search(self: C, text: str) -> C:
        """The items matching ``text``, best first (BM25 over titles and bodies, or names).

        :meth:`hits` gives each item with its score.

        >>> import iomkg
        >>> arts = (iomkg.Article(title="Border guards trained"), iomkg.Article(title="A study visit"),
        ...         iomkg.Article(title="Training on border management", paragraphs=("Training.",)))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=arts)])
        >>> [a.title for a in c.articles.search("trainings")]
        ['Training on border management', 'Border guards trained']
        """
        expect(text, str, "text")
        mine = set(self._idx)
        ranked = [
            (i, score) for i, score in self._corpus._index(self._kind).search(text) if i in mine
        ]
        return type(self)(self._corpus, self._kind, [i for i, _ in ranked], dict(ranked))

    def hits(self) -> tuple[Hit[T], ...]:
        """Each item of a :meth:`search` result with its score (BM25), in the collection's order.

        A collection that no search made raises :class:`QueryError`.

        >>> import iomkg
        >>> arts = (iomkg.Article(title="Border guards trained"), iomkg.Article(title="A study visit"))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=arts)])
        >>> [(h.item.title, round(h.score, 3)) for h in c.articles.search("guards").hits()]
        [('Border guards trained', 0.693)]
        """
        if self._scores is None:
            raise QueryError("hits: this collection comes from no search()", field="hits")
        base, scores = self._base, self._scores
        return tuple(Hit(item=base[i], score=scores[i]) for i in self._idx)

    def _places_of(self, what: str) -> Callable[[Any], tuple[Place, ...]]:
        """How to read the places of an item of this collection (``what`` names the caller)."""
        if self._kind == "articles":

            def article_places(item: Any) -> tuple[Place, ...]:
                extra = item.dateline.places if item.dateline is not None else ()
                return (*item.places, *extra)

            return article_places
        if self._kind in ("events", "programmes"):
            return lambda item: item.record.places
        if self._kind == "places":
            return lambda item: (item.record,)
        raise QueryError(f"{self._kind} have no places", field=what)

    # -- ordering and summaries ------------------------------------------------------------
    def _key(self, key: Key) -> Callable[[Any], list[Any]]:
        if callable(key):
            fn = key
            return lambda item: [fn(item)]
        if key in ROLLUPS and not hasattr(RECORD_TYPES[self._kind], key):
            places = self._places_of(key)
            level = self._corpus._level
            return lambda item: list(
                dict.fromkeys(v for p in places(item) if (v := level(p.id, key)) is not None)
            )
        cls: Any = Article if self._kind == "articles" else Entry
        fields, ops = resolve_path(cls, key, RECORD_TYPES[self._kind])
        if ops not in (("exact",), ("year", "exact")):
            raise QueryError(f"{key}: a key names fields, not an operator", field=key)
        if ops[0] == "year":
            return lambda item: [
                v.year
                if isinstance(v, dt.date)
                else (v.start.year if isinstance(v, DateSpan) and v.start else None)
                for v in values_at(item, fields)
            ]
        return lambda item: [
            v.value if isinstance(v, enum.Enum) else v for v in values_at(item, fields)
        ]

    def sort_by(self: C, key: Key, reverse: bool = False) -> C:
        """Sorted by a field path or a function; items without a value go last.

        >>> import iomkg
        >>> import datetime as dt
        >>> arts = (iomkg.Article(title="b", published=dt.date(2016, 6, 22)), iomkg.Article(title="c"),
        ...         iomkg.Article(title="a", published=dt.date(2014, 12, 18)))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=arts)])
        >>> [a.title for a in c.articles.sort_by("published")], [a.title for a in c.articles.sort_by("-title")]
        (['a', 'b', 'c'], ['c', 'b', 'a'])
        """
        if isinstance(key, str) and key.startswith("-"):
            key, reverse = key[1:], not reverse
        get = self._key(key)
        base = self._base
        present: list[tuple[int, Any]] = []
        missing: list[int] = []
        for i in self._idx:
            vals = [v for v in get(base[i]) if v is not None]
            if vals:
                present.append((i, vals[0]))
            else:
                missing.append(i)
        try:
            present.sort(key=lambda r: r[1], reverse=reverse)
        except TypeError:
            present.sort(key=lambda r: str(r[1]), reverse=reverse)
        return self._new([r[0] for r in present] + missing)

    def count_by(self, key: Key) -> dict[Any, int]:
        """How many items have each value of ``key`` (most first; a tuple field counts each).

        Enums count by their values (``"meeting"``, not ``EventKind.MEETING``), the
        strings :meth:`filter` takes.

        ``"admin1"`` and ``"country"`` roll the items' places up the gazetteer's
        hierarchy: each place counts for its first-level division (an oblast, or a city
        with an ISO 3166-2 code of its own: Bishkek ``KG-GB``, Osh ``KG-GO``) or its
        country, by code; an item counts once for each division it touches.

        >>> import iomkg
        >>> gz = iomkg.gazetteer()
        >>> arts = tuple(iomkg.Article(title=t, places=(gz.lookup(p),)) for t, p in
        ...              (("a", "Karakol"), ("b", "Tamga"), ("c", "Talas Oblast"), ("d", "Almaty")))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=arts)])
        >>> c.articles.count_by("admin1"), c.articles.count_by("country")
        ({'KG-Y': 2, 'KG-T': 1}, {'KG': 3, 'KZ': 1})
        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> c.articles.count_by("published__year"), c.events.count_by("kind")
        ({2024: 1}, {'training': 1})
        """
        get = self._key(key)
        counts: Counter[Any] = Counter()
        for item in self:
            counts.update({v for v in get(item) if v is not None})
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))

    def group_by(self: C, key: Key) -> dict[Any, C]:
        """Sub-collections by value of ``key`` (values sorted; an item may be in several).

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> {kind: len(events) for kind, events in c.events.group_by("kind").items()}
        {'training': 1}
        """
        get = self._key(key)
        groups: dict[Any, list[int]] = {}
        base = self._base
        for i in self._idx:
            for v in dict.fromkeys(v for v in get(base[i]) if v is not None):
                groups.setdefault(v, []).append(i)
        return {k: self._new(groups[k]) for k in sorted(groups, key=str)}

    # -- exports -----------------------------------------------------------------------
    @property
    def columns(self) -> Mapping[str, str]:
        """The columns of :meth:`to_records` / :meth:`to_frame` for this kind, with what each holds.

        >>> import iomkg
        >>> list(iomkg.Corpus.from_pages([]).people.columns)
        ['id', 'name', 'honorific', 'roles', 'articles', 'article_urls']
        """
        from .export import SCHEMA

        return MappingProxyType({c: d for c, (_, d) in SCHEMA[self._kind].items()})

    def to_records(self) -> list[dict[str, Any]]:
        """Flat dicts, one per item, with the keys of :attr:`columns` (list fields as tuples).

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> c.events.to_records()[0]["edtf"]
        '2024-03-04'
        """
        from .export import records

        return records(self)

    def to_frame(self, explode: str | None = None) -> pandas.DataFrame:
        """A pandas DataFrame of :meth:`to_records` (needs the ``pandas`` extra).

        Columns follow :attr:`columns` (also when the collection is empty); dates are
        ``datetime64`` (``NaT`` when unknown; ``edtf`` keeps what a partial date says),
        counts are integers and list fields are Python lists. ``explode="places"``
        gives one row per value of a list column.

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> frame = c.events.to_frame()
        >>> str(frame["start"].dtype), frame.loc[0, "places"]
        ('datetime64[s]', ['Osh'])
        """
        from .export import to_frame

        return to_frame(self, explode=explode)

    def to_csv(
        self, path: str | os.PathLike[str], *, hxl: bool = False, neutralise: bool = True
    ) -> None:
        """Write :meth:`to_records` as CSV; ``hxl=True`` adds the HXL hashtag row second.

        A cell a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``)
        gets a leading ``'``; ``neutralise=False`` writes the cells as they are.

        >>> import iomkg, tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
        >>> iomkg.Corpus.from_pages([]).people.to_csv(out)
        >>> out.read_text(encoding="utf-8").splitlines()
        ['id,name,honorific,roles,articles,article_urls']
        """
        from .export import to_csv

        to_csv(self, path, hxl=hxl, neutralise_formulas=neutralise)

    @overload
    def to_jsonld(self, path: None = None) -> dict[str, Any]: ...
    @overload
    def to_jsonld(self, path: str | os.PathLike[str]) -> None: ...
    def to_jsonld(self, path: str | os.PathLike[str] | None = None) -> dict[str, Any] | None:
        """The items as JSON-LD with schema.org types; with ``path``, written there (UTF-8).

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
        >>> c.events.to_jsonld()["@graph"][0]["@type"]
        'Event'
        """
        from .export import to_jsonld, write_json

        doc = to_jsonld(self._corpus, kinds=(self._kind,), only=self)
        if path is None:
            return doc
        write_json(doc, path)
        return None

    def to_geojson(self) -> dict[str, Any]:
        """The items as a GeoJSON FeatureCollection (RFC 7946), ready for ``json.dump``.

        One Feature per item: its geometry the point of its place (a ``MultiPoint``
        for several, ``null`` when none has coordinates), its properties the columns
        of :meth:`to_records` (dates as ISO text, lists as arrays). Events, programmes,
        articles and places have places; people and organizations do not.

        >>> import iomkg
        >>> c = iomkg.Corpus.from_pages([iomkg.parse("Karakol – On 4 March 2024, a training opened.")])
        >>> feature = c.events.to_geojson()["features"][0]
        >>> feature["geometry"], feature["properties"]["kind"], feature["properties"]["start"]
        ({'type': 'Point', 'coordinates': [78.392, 42.4905]}, 'training', '2024-03-04')
        """
        from .export import to_geojson

        return to_geojson(self)


class _Dated(Collection[T]):
    """Helpers of collections whose items have a date (articles, events, programmes)."""

    __slots__ = ()

    def _span(self, item: Any) -> DateSpan | dt.date | None:
        if self._kind == "articles":
            d: dt.date | None = item.published
            return d
        if self._kind == "events":
            span: DateSpan | None = item.record.when
            return span
        period: DateSpan | None = item.record.period
        return period

    def between(
        self: D,
        start: str | dt.date | None,
        end: str | dt.date | EllipsisType | None = ...,
    ) -> D:
        """Items whose date (published, ``when``, ``period``) overlaps ``[start, end]``.

        ``start`` and ``end`` are dates, ISO strings, partial dates (``"2024"``,
        ``"2024-05"``: from their first day / to their last) or EDTF intervals
        (``"2024-05/2024-08"``); ``None`` leaves that end open. Without ``end``,
        ``start`` is the whole period: ``between("2024-05")`` is May 2024.

        >>> import iomkg
        >>> import datetime as dt
        >>> art = iomkg.Article(title="t", published=dt.date(2024, 3, 4))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))])
        >>> len(c.articles.between("2024-01-01", "2024-12-31")), len(c.articles.between(None, "2023-12-31"))
        (1, 0)
        >>> [len(c.articles.between(x)) for x in ("2024", "2024-03", "2024-04/2024-08", "2024-02/..")]
        [1, 1, 0, 1]
        """
        if isinstance(end, EllipsisType):
            lo, hi = _bounds(start, "start")
        else:
            lo, hi = _bounds(start, "start")[0], _bounds(end, "end")[1]
        if lo is not None and hi is not None and hi < lo:
            msg = f"end: {hi.isoformat()} is before start {lo.isoformat()}"
            raise QueryError(msg, field="end")
        base = self._base
        keep = []
        for i in self._idx:
            span = self._span(base[i])
            if isinstance(span, DateSpan):
                if span.overlaps(lo, hi):
                    keep.append(i)
            elif span is not None and (lo is None or span >= lo) and (hi is None or span <= hi):
                keep.append(i)
        return self._new(keep)

    def timeline(self, freq: str = "year") -> dict[str, int]:
        """How many items fall in each year (``"2016"``) or month (``"2016-06"``), in order.

        >>> import iomkg
        >>> import datetime as dt
        >>> art = iomkg.Article(title="t", published=dt.date(2024, 3, 4))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))])
        >>> c.articles.timeline("month")
        {'2024-03': 1}
        """
        if freq not in ("year", "month"):
            raise QueryError(f"freq: expected 'year' or 'month', got {freq!r}", field="freq")
        counts: Counter[str] = Counter()
        for item in self:
            span = self._span(item)
            day = span.start if isinstance(span, DateSpan) else span
            if day is not None:
                counts[
                    f"{day.year:04d}" if freq == "year" else f"{day.year:04d}-{day.month:02d}"
                ] += 1
        return dict(sorted(counts.items()))


class _Funded(Collection[T]):
    """Helpers of collections whose items have a programme (articles, events, programmes)."""

    __slots__ = ()

    def _role(self, org: str | Organization | Entry[Any], role: str) -> list[int]:
        wanted = self._corpus._org_ids(org, role)
        base = self._base
        corpus = self._corpus
        kind = self._kind

        def progs(item: Any) -> Iterable[Programme]:
            if kind == "programmes":
                return (item.record,)
            if kind == "events":
                return (item.record.programme,) if item.record.programme is not None else ()
            return item.programmes  # type: ignore[no-any-return]

        def hit(item: Any) -> bool:
            for prog in progs(item):
                for o in getattr(prog, role):
                    entry = corpus._merged_org(o)
                    if entry is not None and entry.id in wanted:
                        return True
            return False

        return [i for i in self._idx if hit(base[i])]

    def funded_by(self: F, org: str | Organization | Entry[Any]) -> F:
        """Programmes (or events, articles) whose programme is funded by ``org``; aliases count.

        An organization known neither to the corpus nor to the reference data raises
        :class:`QueryError`; a known one that funds nothing here gives an empty collection.

        >>> import iomkg
        >>> prog = iomkg.Programme(name="Example Water Programme", funders=(
        ...     iomkg.Organization(name="Swiss Agency for Development and Cooperation", acronym="SDC"),))
        >>> page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic",
        ...                   articles=(iomkg.Article(title="t", programmes=(prog,)),))
        >>> [p.name for p in iomkg.Corpus.from_pages([page]).programmes.funded_by("SDC")]
        ['Example Water Programme']
        """
        return self._new(self._role(org, "funders"))

    def implemented_by(self: F, org: str | Organization | Entry[Any]) -> F:
        """Like :meth:`funded_by`, for the implementers of the programme.

        >>> import iomkg
        >>> prog = iomkg.Programme(name="Example Water Programme", implementers=(
        ...     iomkg.Organization(name="International Organization for Migration", acronym="IOM"),))
        >>> page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic",
        ...                   articles=(iomkg.Article(title="t", programmes=(prog,)),))
        >>> len(iomkg.Corpus.from_pages([page]).articles.implemented_by("IOM"))
        1
        """
        return self._new(self._role(org, "implementers"))


class _Located(Collection[T]):
    """Helpers of collections whose items have places (articles, events, programmes, places)."""

    __slots__ = ()

    def in_place(self: C, name: str | Place | Entry[Place]) -> C:
        """Items located in ``name`` or anywhere inside it (Osh city is in Osh oblast is in Kyrgyzstan).

        A place name known neither to the gazetteer nor to the corpus raises
        :class:`QueryError` naming close matches.

        >>> import iomkg
        >>> osh = iomkg.gazetteer().get("KG-GO")
        >>> art = iomkg.Article(title="A visit", places=(osh,))
        >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))])
        >>> [len(c.articles.in_place(name)) for name in ("Osh Region", "Kyrgyzstan", "Naryn")]
        [1, 1, 0]
        >>> len(c.articles.in_place("KG-O"))  # a gazetteer id, as count_by("admin1") gives
        1
        """
        targets = self._corpus._place_ids(name)
        base = self._base
        inside = self._corpus._inside
        places = self._places_of("in_place")
        return self._new(
            i for i in self._idx if any(inside(p.id, t) for p in places(base[i]) for t in targets)
        )


class ArticleCollection(_Dated[Article], _Funded[Article], _Located[Article]):
    """The articles of a corpus: :attr:`Corpus.articles <iomkg.Corpus.articles>`.

    >>> import iomkg
    >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> type(c.articles).__name__, len(c.articles.in_place("Kyrgyzstan").mentioning("Osh"))
    ('ArticleCollection', 1)
    """

    __slots__ = ()


class EventCollection(_Dated[EventEntry], _Funded[EventEntry], _Located[EventEntry]):
    """The events of a corpus: :attr:`Corpus.events <iomkg.Corpus.events>`.

    >>> import iomkg
    >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> [e.when.edtf for e in c.events.filter(kind="training").between("2024-03")]
    ['2024-03-04']
    """

    __slots__ = ()


class ProgrammeCollection(
    _Dated[ProgrammeEntry], _Funded[ProgrammeEntry], _Located[ProgrammeEntry]
):
    """The merged programmes of a corpus: :attr:`Corpus.programmes <iomkg.Corpus.programmes>`.

    >>> import iomkg
    >>> type(iomkg.Corpus.from_pages([]).programmes).__name__
    'ProgrammeCollection'
    """

    __slots__ = ()


class PersonCollection(Collection[PersonEntry]):
    """The merged people of a corpus: :attr:`Corpus.people <iomkg.Corpus.people>`.

    No ``funded_by``, ``between`` or ``in_place``: people have none of these.

    >>> import iomkg
    >>> hasattr(iomkg.Corpus.from_pages([]).people, "funded_by")
    False
    """

    __slots__ = ()


class OrganizationCollection(Collection[OrganizationEntry]):
    """The merged organizations of a corpus: :attr:`Corpus.organizations <iomkg.Corpus.organizations>`.

    >>> import iomkg
    >>> type(iomkg.Corpus.from_pages([]).organizations).__name__
    'OrganizationCollection'
    """

    __slots__ = ()


class PlaceCollection(_Located[PlaceEntry]):
    """The places of a corpus (one per gazetteer id): :attr:`Corpus.places <iomkg.Corpus.places>`.

    >>> import iomkg
    >>> art = iomkg.Article(title="A visit", places=(iomkg.gazetteer().get("KG-GO"),))
    >>> c = iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))])
    >>> [p.name for p in c.places.in_place("Kyrgyzstan")]
    ['Osh']
    """

    __slots__ = ()


def _label(item: Any) -> str:
    if isinstance(item, Entry):
        return item.label
    if isinstance(item, Article):
        return repr((item.title or item.url or "untitled")[:40])
    return repr(item)[:40]


class Corpus:
    """Many parsed pages, their merged records and query collections.

    >>> import iomkg
    >>> corpus = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> len(corpus.articles), corpus.errors
    (1, ())
    """

    def __init__(
        self,
        pages: Iterable[Page] = (),
        errors: Iterable[LoadFailure] = (),
        *,
        profiles: Mapping[str, SiteProfile] | None = None,
        reference: Reference | None = None,
    ) -> None:
        expect(reference, Reference, "reference", optional=True, expected="iomkg.Reference")
        #: The reference data records are merged and places looked up with.
        self.reference: Reference = reference if reference is not None else Reference.default()
        pages = tuple(pages)
        for p in pages:
            expect(p, Page, "pages", expected="iomkg.Page")
        self.pages: tuple[Page, ...] = pages
        self.errors: tuple[LoadFailure, ...] = tuple(errors)
        self._profiles: dict[str, SiteProfile] = dict(profiles or {})
        arts: list[Article] = []
        extra: list[tuple[int, Programme]] = []
        for page in pages:
            first = len(arts)
            arts.extend(page.articles)
            if page.programme is not None:
                extra.append((first if page.articles else -1, page.programme))
        self._articles: tuple[Article, ...] = tuple(arts)
        self._article_ids: dict[int, int] | None = None  # built on first use (~100 B an article)
        self._extra = tuple(extra)
        self._merged_cache: Merged | None = None
        self._indexes: dict[str, SearchIndex] = {}
        self._ancestry_cache: dict[str, frozenset[str]] = {}
        self._level_cache: dict[tuple[str, str], str | None] = {}

    @property
    def profiles(self) -> Mapping[str, SiteProfile]:
        """The site profile of each host, as :func:`iomkg.load` learned them (read-only).

        >>> import iomkg
        >>> dict(iomkg.Corpus.from_pages([]).profiles)
        {}
        """
        return MappingProxyType(self._profiles)

    @classmethod
    def from_pages(cls, pages: Iterable[Page]) -> Corpus:
        """A corpus of pages already parsed.

        >>> import iomkg
        >>> len(iomkg.Corpus.from_pages([]).articles)
        0
        """
        return cls(pages)

    @classmethod
    def read_jsonl(cls, path: str | os.PathLike[str]) -> Corpus:
        """Read a corpus written by :meth:`to_jsonl` (pages come back equal).

        A line that cannot be read goes to ``errors`` (``path:line``), the others are read.
        """
        from .._io.jsonl import read_jsonl_pages

        path_text = str(path)
        pages, failures = read_jsonl_pages(path_text, Path(path_text), None)
        return cls(pages, failures)

    def to_jsonl(self, path: str | os.PathLike[str]) -> None:
        """Write every page as one JSON line (``schema_version`` included); ``.gz`` compresses."""
        from .export import write_jsonl

        write_jsonl(self.pages, path)

    @overload
    def to_jsonld(self, path: None = None) -> dict[str, Any]: ...
    @overload
    def to_jsonld(self, path: str | os.PathLike[str]) -> None: ...
    def to_jsonld(self, path: str | os.PathLike[str] | None = None) -> dict[str, Any] | None:
        """Every record as JSON-LD (schema.org): articles, events, programmes, people…

        With ``path``, the document is written there (UTF-8 JSON), as :meth:`to_jsonl` does.
        An article's ``@id`` is its URL when it has one (and no other article has it); an
        event's is that URL with ``#event-N``; other records get ``urn:iomkg:`` ids.

        >>> import iomkg, json, tempfile, pathlib
        >>> page = iomkg.parse("Osh – On 4 March 2024, a training opened.", url="https://example.org/news/1")
        >>> corpus = iomkg.Corpus.from_pages([page])
        >>> [node["@id"] for node in corpus.to_jsonld()["@graph"][:2]]
        ['https://example.org/news/1', 'https://example.org/news/1#event-0']
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "corpus.jsonld"
        >>> corpus.to_jsonld(out)
        >>> json.loads(out.read_text(encoding="utf-8")) == corpus.to_jsonld()
        True
        """
        from .export import to_jsonld, write_json

        doc = to_jsonld(self, kinds=KINDS)
        if path is None:
            return doc
        write_json(doc, path)
        return None

    def to_networkx(self) -> networkx.MultiDiGraph:
        """A networkx MultiDiGraph: a node per record, edges funds, implements, mentions, held_in, took_part_in.

        >>> import iomkg
        >>> graph = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")]).to_networkx()
        >>> sorted({kind for _, kind in graph.nodes(data="kind")})
        ['article', 'event', 'place']
        """
        from .export import to_networkx

        return to_networkx(self)

    def __repr__(self) -> str:
        errors = f", {len(self.errors)} errors" if self.errors else ""
        return f"<Corpus: {len(self.pages)} pages, {len(self._articles)} articles{errors}>"

    def _repr_html_(self) -> str:
        from .._display import html_table

        rows: list[dict[str, object]] = [
            {"records": k, "count": str(len(self._base(k)))} for k in KINDS
        ]
        return html_table(rows, caption=repr(self))

    def _article_id(self, article: Article) -> str:
        if self._article_ids is None:
            self._article_ids = {id(a): n for n, a in enumerate(self._articles)}
        n = self._article_ids.get(id(article))
        return f"article:{n}" if n is not None else f"article:{article.url or article.title}"

    # -- collections -------------------------------------------------------------------
    @property
    def _merged(self) -> Merged:
        if self._merged_cache is None:
            with using(self.reference):
                self._merged_cache = merge(self._articles, self._extra)
        return self._merged_cache

    def _base(self, kind: str) -> tuple[Any, ...]:
        if kind == "articles":
            return self._articles
        return getattr(self._merged, kind)  # type: ignore[no-any-return]

    @property
    def articles(self) -> ArticleCollection:
        """Every article, in page order."""
        return ArticleCollection(self, "articles", range(len(self._articles)))

    @property
    def events(self) -> EventCollection:
        """Every event, in article order, each with its article."""
        return EventCollection(self, "events", range(len(self._merged.events)))

    @property
    def programmes(self) -> ProgrammeCollection:
        """The merged programmes with the articles naming them."""
        return ProgrammeCollection(self, "programmes", range(len(self._merged.programmes)))

    @property
    def people(self) -> PersonCollection:
        """The merged people with the articles naming them."""
        return PersonCollection(self, "people", range(len(self._merged.people)))

    @property
    def organizations(self) -> OrganizationCollection:
        """The merged organizations with the articles naming them."""
        return OrganizationCollection(self, "organizations", range(len(self._merged.organizations)))

    @property
    def places(self) -> PlaceCollection:
        """The places (by gazetteer id) with the articles naming them."""
        return PlaceCollection(self, "places", range(len(self._merged.places)))

    # -- resolution helpers used by collections ---------------------------------------------
    @functools.cached_property
    def _org_by_key(self) -> dict[str, Entry[Organization]]:
        orgs = self._merged.organizations
        return {k: orgs[n] for k, n in self._merged.organization_index.items()}

    def _merged_org(self, org: Organization) -> Entry[Organization] | None:
        table = self._org_by_key
        for k in organization_keys(org, self.reference.organizations):
            e = table.get(k)
            if e is not None:
                return e
        return None

    def _org_ids(self, org: str | Organization | Entry[Any], role: str = "org") -> set[str]:
        if isinstance(org, Entry):
            return {org.id}
        name = org.strip() if isinstance(org, str) else None
        record = Organization(name=name) if name is not None else org
        expect(record, Organization, "org", expected="a name or an Organization")
        assert isinstance(record, Organization)
        e = self._merged_org(record)
        if e is not None:
            return {e.id}
        if name is not None and self.reference.organizations.lookup(name) is None:
            known = [n for o in self._merged.organizations for n in _spellings(o.record)]
            known += [n for o in self.reference.organizations for n in _spellings(o)]
            msg = f"{role}: no organization called {name!r}{_suggest(name, known)}"
            raise QueryError(msg, field=role)
        return set()

    def _check_known(self, name: str) -> None:
        """Raise :class:`QueryError` when nothing, in the corpus or the reference data, is ``name``."""
        if (
            self.reference.organizations.lookup(name) is not None
            or self.reference.places.lookup(name) is not None
        ):
            return
        m = self._merged
        known = [n for o in m.organizations for n in _spellings(o.record)]
        known += [p.record.name for p in m.people] + [p.record.name for p in m.programmes]
        known += [p.record.name for p in m.places]
        raise QueryError(f"what: nothing called {name!r}{_suggest(name, known)}", field="what")

    def _entries_for(self, what: Any) -> list[Entry[Any]]:
        if isinstance(what, Entry):
            return [what]
        m = self._merged
        if isinstance(what, Organization):
            e = self._merged_org(what)
            return [e] if e else []
        if isinstance(what, Place):
            return [p for p in m.places if p.id == f"place:{what.id}"]
        if isinstance(what, Person):
            key = person_key(what.name)
            return [p for p in m.people if key in {person_key(o.name) for o in p.originals}]
        if isinstance(what, Programme):
            keys = set(programme_keys(what.name))
            return [
                p
                for p in m.programmes
                if keys & {k for o in p.originals for k in programme_keys(o.name)}
            ]
        if isinstance(what, str):
            out: list[Entry[Any]] = self._entries_for(Organization(name=what))
            out += self._entries_for(Person(name=what))
            out += self._entries_for(Programme(name=what))
            place = self.reference.places.lookup(what)
            if place is not None:
                out += self._entries_for(place)
            folded = what.casefold()
            out += [p for p in m.places if p.record.name.casefold() == folded and p not in out]
            return out
        raise InputTypeError(
            f"what: expected a name, a record or an Entry, got {type(what).__name__}", field="what"
        )

    def _event_refs(self, entry: Entry[Event]) -> set[str]:
        ev = entry.record
        ids = {f"place:{p.id}" for p in ev.places}
        for org in ev.organizations:
            e = self._merged_org(org)
            if e is not None:
                ids.add(e.id)
        for person in ev.people:
            ids.update(x.id for x in self._entries_for(person))
        if ev.programme is not None:
            ids.update(x.id for x in self._entries_for(ev.programme))
        return ids

    def _place_ids(self, name: str | Place | Entry[Place]) -> set[str]:
        if isinstance(name, Entry):
            return {name.record.id}
        if isinstance(name, Place):
            return {name.id}
        expect(name, str, "name", expected="a place name or a Place")
        found = self.reference.places.lookup(name)
        ids = {found.id} if found is not None else set()
        if self.reference.places.get(name.strip()) is not None:  # a code: "KG-C", "KG.karakol"
            ids.add(name.strip())
        folded = name.casefold().strip()
        for e in self._merged.places:
            if e.record.name.casefold() == folded or folded in (
                a.casefold() for a in e.record.aliases
            ):
                ids.add(e.record.id)
        if not ids:
            gz = self.reference.places
            # (the places a name finds: not the settlements only a dateline or "the
            # village of" names, see Gazetteer.resolve)
            known = [p.name for p in gz if gz.lookup(p.name) is not None] + [
                e.record.name for e in self._merged.places
            ]
            msg = f"name: no place called {name!r}{_suggest(name, known)}"
            raise QueryError(msg, field="name")
        return ids

    @functools.cached_property
    def _parents(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for e in self._merged.places:
            for p in (e.record, *e.originals):
                if p.parent:
                    out.setdefault(p.id, p.parent)
        return out

    def _level(self, place_id: str, level: str) -> str | None:
        """The code of the first-level division (``level="admin1"``) or the country of a place.

        The place itself or its nearest ancestor: for ``admin1`` one of kind admin1 or
        with an ISO 3166-2 code (the cities of Bishkek and Osh are divisions of their own).
        """
        key = (place_id, level)
        if key in self._level_cache:
            return self._level_cache[key]
        gz = self.reference.places
        current: str | None = place_id
        seen: set[str] = set()
        found: str | None = None
        while current is not None and current not in seen:
            seen.add(current)
            known = gz.get(current)
            if level == "country":
                if known is not None and known.kind is PlaceKind.COUNTRY:
                    found = current
                    break
            elif (known is not None and known.kind is PlaceKind.ADMIN1) or (
                _ISO_3166_2.fullmatch(current) is not None
            ):
                found = current
                break
            current = known.parent if known is not None else self._parents.get(current)
        self._level_cache[key] = found
        return found

    def _inside(self, place_id: str, container: str) -> bool:
        return container in self._ancestry(place_id)

    def _ancestry(self, place_id: str) -> frozenset[str]:
        known_ancestry = self._ancestry_cache.get(place_id)
        if known_ancestry is not None:
            return known_ancestry
        out = {place_id}
        gz = self.reference.places
        current: str | None = place_id
        while current is not None:
            known = gz.get(current)
            nxt = known.parent if known is not None else self._parents.get(current)
            if nxt is None or nxt in out:
                break
            out.add(nxt)
            current = nxt
        result = frozenset(out)
        self._ancestry_cache[place_id] = result
        return result

    def _index(self, kind: str) -> SearchIndex:
        idx = self._indexes.get(kind)
        if idx is None:
            base = self._base(kind)
            with paused_gc():  # many acyclic arrays and dicts: see iomkg._nogc
                idx = SearchIndex(_doc_text(kind, x) for x in base)
            self._indexes[kind] = idx
        return idx


def _spellings(org: Organization) -> tuple[str, ...]:
    return (org.name, *((org.acronym,) if org.acronym else ()), *org.aliases)


def _doc_text(kind: str, item: Any) -> str:
    if kind == "articles":
        return f"{item.title or ''}\n{item.text}"
    rec = item.record
    if kind == "events":
        return f"{rec.kind.value} {rec.evidence.text} {item.articles[0].title or ''}"
    parts = [getattr(rec, "name", "")]
    parts += list(getattr(rec, "aliases", ()))
    parts += list(getattr(rec, "roles", ()))
    acronym = getattr(rec, "acronym", None)
    if acronym:
        parts.append(acronym)
    return " ".join(parts)
