"""Exports of a corpus: flat records, pandas, CSV with HXL, JSON Lines, JSON-LD, networkx.

pandas and networkx are optional extras, imported only when asked for.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .._errors import IomkgError, MissingExtraError
from .._io.serialize import envelope
from .._models import Article, DateSpan, Organization, OrgKind, Page, Place, PlaceKind, Programme
from .merge import Entry

if TYPE_CHECKING:
    import networkx
    import pandas

    from .corpus import Collection, Corpus

__all__ = [
    "HXL",
    "SCHEMA",
    "MissingExtraError",
    "neutralise",
    "point_of",
    "records",
    "to_csv",
    "to_frame",
    "to_geojson",
    "to_jsonld",
    "to_networkx",
    "write_json",
]

_ID = (
    "str",
    "The record's id in this corpus (``article:0``, ``programme:<slug>``, ``place:KG-GO``…).",
)
_PLACES = {
    "places": ("list", "Names of the places."),
    "admin1_codes": ("list", "ISO 3166-2 codes of their first-level areas."),
    "countries": ("list", "ISO 3166-1 alpha-2 codes of their countries."),
}
_SPAN = {
    "start": ("date", "First day covered (``NaT`` when the year is unknown)."),
    "end": ("date", "Last day covered (a month or a year covers all its days)."),
    "edtf": ("str", "The date as EDTF (``2024-05``, ``XXXX-08-14``, ``2024-05/2024-08``)."),
}
_ARTICLES = {
    "articles": ("int", "How many articles name it."),
    "article_urls": ("list", "The URLs of those articles (those that have one)."),
}
SCHEMA: dict[str, dict[str, tuple[str, str]]] = {
    "articles": {
        "id": _ID,
        "url": ("str", "The article's URL."),
        "title": ("str", "Its title."),
        "site": ("str", "The host it comes from (``kyrgyzstan.iom.int``)."),
        "language": ("str", "Its language (``en``, ``ru``, ``ky``)."),
        "published": ("date", "Publication date."),
        **_PLACES,
        "organizations": ("list", "Names of the organizations it names."),
        "people": ("list", "Names of the people it names."),
        "programmes": ("list", "Names of the programmes it names."),
    },
    "events": {
        "id": _ID,
        "kind": ("str", "What happened (an :class:`~iomkg.EventKind` value)."),
        **_SPAN,
        **_PLACES,
        "organizations": ("list", "Organizations that took part."),
        "people": ("list", "People who took part."),
        "programme": ("str", "The programme it belongs to."),
        "article_url": ("str", "URL of the article that tells it."),
        "article_title": ("str", "Title of that article."),
        "lat": ("float", "Latitude (WGS 84) of its most precise place with coordinates."),
        "lon": ("float", "Longitude (WGS 84) of that place."),
    },
    "programmes": {
        "id": _ID,
        "name": ("str", "The programme's name."),
        "acronym": ("str", "Its acronym."),
        "aliases": ("list", "Other spellings of its name."),
        "funders": ("list", "Who funds it."),
        "implementers": ("list", "Who carries it out."),
        "partners": ("list", "Its partners."),
        **_PLACES,
        **_SPAN,
        **_ARTICLES,
    },
    "people": {
        "id": _ID,
        "name": ("str", "The person's name."),
        "honorific": ("str", "Mr, Ms, Dr… as written."),
        "roles": ("list", "Their roles."),
        **_ARTICLES,
    },
    "organizations": {
        "id": _ID,
        "name": ("str", "The organization's name."),
        "acronym": ("str", "Its acronym."),
        "aliases": ("list", "Other spellings of its name."),
        "kind": ("str", "An :class:`~iomkg.OrgKind` value."),
        "country_code": ("str", "ISO 3166-1 alpha-2 code of its country."),
        "wikidata_id": ("str", "Its Wikidata id (``Q…``), when the registry knows it."),
        **_ARTICLES,
    },
    "places": {
        "id": _ID,
        "name": ("str", "The place's English name."),
        "kind": ("str", "A :class:`~iomkg.PlaceKind` value."),
        "country_code": ("str", "ISO 3166-1 alpha-2 code of its country."),
        "admin1_code": ("str", "ISO 3166-2 code of its first-level area."),
        "parent": ("str", "Gazetteer id of the place it lies in."),
        "aliases": ("list", "Other names."),
        "lat": ("float", "Latitude (WGS 84), when the gazetteer knows it."),
        "lon": ("float", "Longitude (WGS 84)."),
        "geonames_id": ("int?", "Its GeoNames id, when the gazetteer knows it."),
        **_ARTICLES,
    },
}
"""The columns of each kind's flat records: column -> (type, description).

Types: ``str`` (or missing), ``date`` (``datetime64`` in :func:`to_frame`), ``int``,
``int?`` (pandas' nullable ``Int64``), ``float`` (``NaN`` when missing in
:func:`to_frame`), ``list`` (of strings: a tuple in :func:`records`, a list in :func:`to_frame`, joined
with ``"; "`` in CSV).
"""

LIST_SEPARATOR = "; "
"""How :meth:`Collection.to_csv` joins the values of a list column."""

HXL: dict[str, str] = {
    "id": "#meta+id",
    "url": "#meta+url",
    "title": "#meta+title",
    "site": "#meta+site",
    "language": "#meta+lang",
    "published": "#date+published",
    "article_url": "#meta+url+source",
    "article_title": "#meta+title+source",
    "name": "#meta+name",
    "kind": "#meta+type",
    "acronym": "#meta+acronym",
    "aliases": "#meta+alias",
    "start": "#date+start",
    "end": "#date+end",
    "edtf": "#date+edtf",
    "places": "#loc+name",
    "place_kind": "#loc+type",
    "country_code": "#country+code",
    "countries": "#country+code",
    "admin1_code": "#adm1+code",
    "admin1_codes": "#adm1+code",
    "parent": "#loc+code+parent",
    "organizations": "#org+name",
    "people": "#contact+name",
    "roles": "#contact+role",
    "honorific": "#contact+title",
    "programme": "#activity+name",
    "programmes": "#activity+name",
    "funders": "#org+funder",
    "implementers": "#org+impl",
    "partners": "#org+partner",
    "articles": "#meta+count",
    "article_urls": "#meta+url+source",
    "lat": "#geo+lat",
    "lon": "#geo+lon",
    "geonames_id": "#loc+code+geonames",
    "wikidata_id": "#org+code+wikidata",
}
"""The HXL hashtag of each column of :meth:`Collection.to_records` (per kind below)."""

_KIND_HXL = {
    "events": {"kind": "#event+type", "name": "#event+name"},
    "programmes": {"name": "#activity+name", "acronym": "#activity+code", "kind": "#activity+type"},
    "organizations": {"name": "#org+name", "acronym": "#org+acronym", "kind": "#org+type"},
    "people": {"name": "#contact+name"},
    "places": {"name": "#loc+name", "kind": "#loc+type", "id": "#loc+code"},
}


def _names(items: Iterable[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.name for i in items))


def _span_cols(span: DateSpan | None) -> dict[str, Any]:
    if span is None:
        return {"start": None, "end": None, "edtf": None}
    return {"start": span.start, "end": span.end, "edtf": span.edtf or None}


def _place_cols(places: Sequence[Place]) -> dict[str, Any]:
    return {
        "places": _names(places),
        "admin1_codes": tuple(dict.fromkeys(p.admin1_code for p in places if p.admin1_code)),
        "countries": tuple(dict.fromkeys(p.country_code for p in places if p.country_code)),
    }


#: Which of several places gives an event its ``lat``/``lon``: the most precise first.
_PRECISION = (
    PlaceKind.VENUE,
    PlaceKind.VILLAGE,
    PlaceKind.CITY,
    PlaceKind.ADMIN2,
    PlaceKind.ADMIN1,
    PlaceKind.COUNTRY,
    PlaceKind.REGION,
)


def point_of(places: Sequence[Place]) -> Place | None:
    """The place that locates a record: the most precise with coordinates, the first of equals.

    >>> from iomkg import gazetteer
    >>> point_of([gazetteer().get("KG"), gazetteer().get("KG.karakol")]).name
    'Karakol'
    """
    located = [p for p in places if p.lat is not None and p.lon is not None]
    if not located:
        return None
    return min(located, key=lambda p: _PRECISION.index(p.kind))


def _point_cols(places: Sequence[Place]) -> dict[str, Any]:
    point = point_of(places)
    return {"lat": point.lat if point else None, "lon": point.lon if point else None}


def _record(kind: str, item: Any, corpus: Corpus) -> dict[str, Any]:
    if kind == "articles":
        art: Article = item
        places = (*art.places, *(art.dateline.places if art.dateline else ()))
        return {
            "id": corpus._article_id(art),
            "url": art.url,
            "title": art.title,
            "site": art.site,
            "language": art.language,
            "published": art.published,
            **_place_cols(tuple({p.id: p for p in places}.values())),
            "organizations": _names(art.organizations),
            "people": _names(art.people),
            "programmes": _names(art.programmes),
        }
    entry: Entry[Any] = item
    rec = entry.record
    base: dict[str, Any] = {"id": entry.id}
    if kind == "events":
        art = entry.articles[0]
        base.update(
            kind=rec.kind.value,
            **_span_cols(rec.when),
            **_place_cols(rec.places),
            organizations=_names(rec.organizations),
            people=_names(rec.people),
            programme=rec.programme.name if rec.programme else None,
            article_url=art.url,
            article_title=art.title,
            **_point_cols(rec.places),
        )
        return base
    base.update(name=rec.name)
    if kind == "programmes":
        base.update(
            acronym=rec.acronym,
            aliases=rec.aliases,
            funders=_names(rec.funders),
            implementers=_names(rec.implementers),
            partners=_names(rec.partners),
            **_place_cols(rec.places),
            **_span_cols(rec.period),
        )
    elif kind == "organizations":
        base.update(
            acronym=rec.acronym,
            aliases=rec.aliases,
            kind=rec.kind.value,
            country_code=rec.country,
            wikidata_id=rec.wikidata_id,
        )
    elif kind == "people":
        base.update(honorific=rec.honorific, roles=rec.roles)
    elif kind == "places":
        base.update(
            kind=rec.kind.value,
            country_code=rec.country_code,
            admin1_code=rec.admin1_code,
            parent=rec.parent,
            aliases=rec.aliases,
            lat=rec.lat,
            lon=rec.lon,
            geonames_id=rec.geonames_id,
        )
    base.update(
        articles=len(entry.articles), article_urls=tuple(a.url for a in entry.articles if a.url)
    )
    return base


def records(collection: Collection[Any]) -> list[dict[str, Any]]:
    """Flat dicts of a collection: scalars, dates, and tuples of strings for list fields.

    >>> import iomkg
    >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> sorted(c.articles.to_records()[0])[:4]
    ['admin1_codes', 'countries', 'id', 'language']
    """
    corpus = collection._corpus
    return [_record(collection.kind, item, corpus) for item in collection]


def to_frame(collection: Collection[Any], explode: str | None = None) -> pandas.DataFrame:
    """A pandas DataFrame with the columns of :data:`SCHEMA`, typed.

    Dates are ``datetime64[s]`` (``NaT`` when unknown), counts ``int64``, list fields
    Python lists; ``explode="places"`` gives one row per value of that list column.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        msg = "to_frame needs pandas: pip install 'iomkg[pandas]'"
        raise MissingExtraError(msg, field="pandas") from exc
    schema = SCHEMA[collection.kind]
    if explode is not None and explode not in schema:
        raise IomkgError(f"explode: no column {explode!r}", field="explode")
    rows = records(collection)
    data: dict[str, Any] = {}
    for column, (kind, _) in schema.items():
        values = [row[column] for row in rows]
        if kind == "date":
            data[column] = pd.Series(
                [None if v is None else dt.datetime(v.year, v.month, v.day) for v in values],
                dtype="datetime64[s]",
            )
        elif kind == "int":
            data[column] = pd.Series(values, dtype="int64")
        elif kind == "int?":
            data[column] = pd.Series(values, dtype="Int64")
        elif kind == "float":
            data[column] = pd.Series(values, dtype="float64")
        elif kind == "list":
            data[column] = pd.Series([list(v) for v in values], dtype=object)
        else:
            data[column] = pd.Series(values, dtype=object)
    frame = pd.DataFrame(data, columns=list(schema))
    if explode is not None:
        frame = frame.explode(explode, ignore_index=True)
    return frame


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        text = LIST_SEPARATOR.join(str(v) for v in value)
    elif hasattr(value, "isoformat"):
        return str(value.isoformat())
    else:
        text = str(value)
    # A NUL cannot be written to CSV on every Python (3.10's csv refuses it): U+FFFD instead.
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def hxl_row(kind: str, columns: Sequence[str]) -> list[str]:
    """The HXL hashtags of ``columns`` for a collection of ``kind``.

    >>> hxl_row("programmes", ["name", "funders", "start", "admin1_codes"])
    ['#activity+name', '#org+funder', '#date+start', '#adm1+code']
    """
    special = _KIND_HXL.get(kind, {})
    return [special.get(c, HXL.get(c, "")) for c in columns]


# What a spreadsheet takes for a formula at the start of a cell (OWASP: CSV injection):
# "=", "+", "-", "@", and a tab or carriage return before one of them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?")


def neutralise(cell: str) -> str:
    """A CSV cell a spreadsheet would evaluate as a formula, made plain text with a leading ``'``.

    A negative number stays a number.

    >>> print(neutralise('=HYPERLINK("https://example.org")'), neutralise("-12.5"), neutralise("Osh"))
    '=HYPERLINK("https://example.org") -12.5 Osh
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def to_csv(
    collection: Collection[Any],
    path: str | os.PathLike[str],
    *,
    hxl: bool = False,
    neutralise_formulas: bool = True,
) -> None:
    """Write the records as UTF-8 CSV; ``hxl=True`` puts the hashtag row under the header.

    A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return: a title or a name taken from a web page
    can) is written with a leading ``'``, which spreadsheets show as text;
    ``neutralise_formulas=False`` writes every cell exactly as it is. A NUL character, which
    CSV cannot carry on every Python version, is written as U+FFFD.
    """
    import csv  # here, not at the top: few callers write CSV, and import iomkg need not load it

    rows = records(collection)
    columns = list(rows[0]) if rows else ["id"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        if hxl:
            writer.writerow(hxl_row(collection.kind, columns))
        for row in rows:
            cells = [_cell(row[c]) for c in columns]
            writer.writerow(list(map(neutralise, cells)) if neutralise_formulas else cells)


def write_json(doc: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a JSON document as UTF-8 (gzip when the name ends in ``.gz``)."""
    import json

    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    if str(path).endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    with open(path, "wb") as fh:
        fh.write(data)


def write_jsonl(pages: Iterable[Page], path: str | os.PathLike[str]) -> None:
    """Write pages as JSON Lines (gzip when the name ends in ``.gz``)."""
    import json

    buf = io.StringIO()
    for page in pages:
        buf.write(json.dumps(envelope(page), ensure_ascii=False))
        buf.write("\n")
    data = buf.getvalue().encode("utf-8")
    if str(path).endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    with open(path, "wb") as fh:
        fh.write(data)


# -- JSON-LD -----------------------------------------------------------------------------------

CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "datePublished": {"@type": "xsd:date"},
    "startDate": {"@type": "xsd:date"},
    "endDate": {"@type": "xsd:date"},
    "funder": {"@type": "@id"},
    "member": {"@type": "@id"},
    "location": {"@type": "@id"},
    "attendee": {"@type": "@id"},
    "organizer": {"@type": "@id"},
    "mentions": {"@type": "@id"},
    "containedInPlace": {"@type": "@id"},
    "areaServed": {"@type": "@id"},
    "contentLocation": {"@type": "@id"},
    "about": {"@type": "@id"},
    "subjectOf": {"@type": "@id"},
    "sameAs": {"@type": "@id"},
}
"""The JSON-LD context :func:`to_jsonld` embeds (no remote context is ever fetched)."""

GEONAMES = "https://sws.geonames.org/"
"""Where a GeoNames ID is a linked-data IRI (``https://sws.geonames.org/1528675/``)."""
WIKIDATA = "https://www.wikidata.org/entity/"
"""Where a Wikidata item is a linked-data IRI (``https://www.wikidata.org/entity/Q1065``)."""


def _geo(place: Place) -> dict[str, Any] | None:
    if place.lat is None or place.lon is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}


_ORG_TYPES = {OrgKind.GOVERNMENT: "GovernmentOrganization", OrgKind.NGO: "NGO"}
_PLACE_TYPES = {
    PlaceKind.COUNTRY: "Country",
    PlaceKind.ADMIN1: "AdministrativeArea",
    PlaceKind.ADMIN2: "AdministrativeArea",
    PlaceKind.REGION: "Place",
    PlaceKind.CITY: "City",
    PlaceKind.VILLAGE: "Place",
    PlaceKind.VENUE: "Place",
}


def _iri(ident: str) -> str:
    return "urn:iomkg:" + ident.replace(" ", "_")


def _iso(span: DateSpan | None, end: bool) -> str | None:
    if span is None:
        return None
    day = span.end if end else span.start
    return day.isoformat() if day is not None else None


def to_jsonld(
    corpus: Corpus, kinds: Sequence[str], only: Collection[Any] | None = None
) -> dict[str, Any]:
    """A JSON-LD document (``@context`` embedded, ``@graph`` of schema.org nodes).

    >>> import iomkg
    >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> doc = c.to_jsonld()
    >>> doc["@graph"][0]["@type"]
    'NewsArticle'
    """
    graph: list[dict[str, Any]] = []
    iris = _ArticleIris(corpus)
    for kind in kinds:
        items = list(only) if only is not None else list(getattr(corpus, kind))
        for item in items:
            graph.append(_node(kind, item, corpus, iris))
    return {"@context": CONTEXT, "@graph": graph}


class _ArticleIris:
    """An article's ``@id``: its URL when no other article of the corpus has it."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        counts: dict[str, int] = {}
        for art in corpus._articles:
            if art.url:
                counts[art.url] = counts.get(art.url, 0) + 1
        self.unique = {u for u, n in counts.items() if n == 1}

    def __call__(self, art: Article) -> str:
        if art.url and art.url in self.unique:
            return art.url
        return _iri(self.corpus._article_id(art))

    def event(self, entry: Entry[Any]) -> str:
        """``<article URL>#event-N`` (N its place in the article), or a ``urn:iomkg:`` id."""
        art = entry.articles[0] if entry.articles else None
        number = entry.id.rsplit(":", 1)[-1]
        if art is not None and art.url and art.url in self.unique and number.isdigit():
            return f"{art.url}#event-{number}"
        return _iri(entry.id)


def _drop_empty(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v not in (None, [], "")}


def _org_ref(corpus: Corpus, org: Organization) -> str:
    entry = corpus._merged_org(org)
    return _iri(entry.id if entry is not None else f"organization:{org.name}")


def _prog_ref(corpus: Corpus, prog: Programme) -> str | None:
    found = corpus._entries_for(prog)
    return _iri(found[0].id) if found else None


def _person_ref(corpus: Corpus, person: Any) -> str | None:
    found = corpus._entries_for(person)
    return _iri(found[0].id) if found else None


def _node(kind: str, item: Any, corpus: Corpus, iris: _ArticleIris) -> dict[str, Any]:
    if kind == "articles":
        art: Article = item
        places = art.dateline.places if art.dateline else ()
        return _drop_empty(
            {
                "@id": iris(art),
                "@type": "NewsArticle",
                "headline": art.title,
                "url": art.url,
                "inLanguage": art.language,
                "datePublished": art.published.isoformat() if art.published else None,
                "articleBody": art.text,
                "keywords": list(art.tags),
                "contentLocation": [_iri(f"place:{p.id}") for p in places],
                "mentions": sorted(
                    {_org_ref(corpus, o) for o in art.organizations}
                    | {_iri(f"place:{p.id}") for p in art.places}
                    | {r for r in (_person_ref(corpus, p) for p in art.people) if r}
                    | {r for r in (_prog_ref(corpus, p) for p in art.programmes) if r}
                ),
            }
        )
    entry: Entry[Any] = item
    rec = entry.record
    node: dict[str, Any] = {"@id": iris.event(entry) if kind == "events" else _iri(entry.id)}
    if kind == "events":
        node.update(
            {
                "@type": "Event",
                "name": f"{rec.kind.value}",
                "additionalType": rec.kind.value,
                "description": rec.evidence.text,
                "startDate": _iso(rec.when, end=False),
                "endDate": _iso(rec.when, end=True),
                "location": [_iri(f"place:{p.id}") for p in rec.places],
                "attendee": [r for r in (_person_ref(corpus, p) for p in rec.people) if r],
                "organizer": [_org_ref(corpus, o) for o in rec.organizations],
                "subjectOf": [iris(a) for a in entry.articles],
            }
        )
    elif kind == "programmes":
        node.update(
            {
                "@type": "Project",
                "name": rec.name,
                "alternateName": [*([rec.acronym] if rec.acronym else []), *rec.aliases],
                "funder": [_org_ref(corpus, o) for o in rec.funders],
                "member": [_org_ref(corpus, o) for o in (*rec.implementers, *rec.partners)],
                "areaServed": [_iri(f"place:{p.id}") for p in rec.places],
                "subjectOf": [iris(a) for a in entry.articles],
            }
        )
    elif kind == "people":
        node.update(
            {
                "@type": "Person",
                "name": rec.name,
                "honorificPrefix": rec.honorific,
                "jobTitle": list(rec.roles),
            }
        )
    elif kind == "organizations":
        node.update(
            {
                "@type": _ORG_TYPES.get(rec.kind, "Organization"),
                "name": rec.name,
                "alternateName": [*([rec.acronym] if rec.acronym else []), *rec.aliases],
                "address": {"@type": "PostalAddress", "addressCountry": rec.country}
                if rec.country
                else None,
                "sameAs": [WIKIDATA + rec.wikidata_id] if rec.wikidata_id else None,
            }
        )
    elif kind == "places":
        node.update(
            {
                "@type": _PLACE_TYPES.get(rec.kind, "Place"),
                "name": rec.name,
                "alternateName": list(rec.aliases),
                "identifier": [
                    c for c in dict.fromkeys((rec.id, rec.country_code, rec.admin1_code)) if c
                ],
                "containedInPlace": _iri(f"place:{rec.parent}") if rec.parent else None,
                "geo": _geo(rec),
                "sameAs": [f"{GEONAMES}{rec.geonames_id}/"] if rec.geonames_id else None,
            }
        )
    return _drop_empty(node)


# -- GeoJSON -------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _geometry(places: Sequence[Place]) -> dict[str, Any] | None:
    """A Point, a MultiPoint (several places), or ``None``: ``[lon, lat]`` as RFC 7946 wants."""
    points = list(
        dict.fromkeys((p.lon, p.lat) for p in places if p.lat is not None and p.lon is not None)
    )
    if not points:
        return None
    if len(points) == 1:
        return {"type": "Point", "coordinates": list(points[0])}
    return {"type": "MultiPoint", "coordinates": [list(p) for p in points]}


def to_geojson(collection: Collection[Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of a collection (see :meth:`Collection.to_geojson`).

    >>> import iomkg
    >>> c = iomkg.Corpus.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
    >>> doc = to_geojson(c.places)
    >>> doc["type"], doc["features"][0]["id"], doc["features"][0]["geometry"]["type"]
    ('FeatureCollection', 'place:KG-GO', 'Point')
    """
    places_of = collection._places_of("to_geojson")
    rows = records(collection)
    features = []
    for item, row in zip(collection, rows, strict=True):
        features.append(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": _geometry(places_of(item)),
                "properties": {k: _json_value(v) for k, v in row.items()},
            }
        )
    return {"type": "FeatureCollection", "features": features}


# -- networkx ------------------------------------------------------------------------------


def to_networkx(corpus: Corpus) -> networkx.MultiDiGraph:
    """A ``networkx.MultiDiGraph``: every record a node (``kind``, ``label``), edges by ``relation``.

    Relations: ``funds`` and ``implements`` (organization -> programme), ``mentions``
    (article -> anything it names), ``held_in`` (event -> place), ``took_part_in``
    (person or organization -> event).
    """
    try:
        import networkx as nx
    except ImportError as exc:
        msg = "to_networkx needs networkx: pip install 'iomkg[networkx]'"
        raise MissingExtraError(msg, field="networkx") from exc
    graph = nx.MultiDiGraph()
    for art in corpus.articles:
        graph.add_node(corpus._article_id(art), kind="article", label=art.title or art.url or "")
    for kind in ("programmes", "people", "organizations", "places", "events"):
        for entry in getattr(corpus, kind):
            graph.add_node(
                entry.id, kind=kind.rstrip("s") if kind != "people" else "person", label=entry.label
            )
            if kind != "events":
                for art in entry.articles:
                    graph.add_edge(corpus._article_id(art), entry.id, relation="mentions")
    for entry in corpus.programmes:
        for role, relation in (("funders", "funds"), ("implementers", "implements")):
            for org in getattr(entry.record, role):
                found = corpus._merged_org(org)
                if found is not None:
                    graph.add_edge(found.id, entry.id, relation=relation)
    for entry in corpus.events:
        rec = entry.record
        graph.add_edge(corpus._article_id(entry.articles[0]), entry.id, relation="mentions")
        for place in rec.places:
            graph.add_edge(entry.id, f"place:{place.id}", relation="held_in")
        for ref in sorted(corpus._event_refs(entry)):
            if ref.startswith(("person:", "organization:")):
                graph.add_edge(ref, entry.id, relation="took_part_in")
    return graph


# -- notebook tables --------------------------------------------------------------------------
