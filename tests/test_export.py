"""Exports of an INVENTED corpus: records, pandas, CSV with HXL, JSON-LD (checked with rdflib), networkx."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import sys
import warnings

import pytest

import iomkg
from iomkg._corpus.export import CONTEXT, HXL, hxl_row
from test_corpus import build


@pytest.fixture(scope="module")
def corpus() -> iomkg.Corpus:
    return build()


def test_records_are_flat(corpus):
    rows = corpus.programmes.to_records()
    lmp = rows[0]
    assert lmp["id"] == "programme:regional-labour-migration-programme-in-central-asia"
    assert lmp["name"] == "Regional Labour Migration Programme in Central Asia"
    assert lmp["funders"] == ("Swiss Agency for Development and Cooperation",)
    assert lmp["implementers"] == ("International Organization for Migration",)
    assert lmp["articles"] == 3
    assert lmp["article_urls"] == (
        "https://example.invalid/a1",
        "https://example.invalid/a2",
        "https://example.invalid/a3",
    )
    for kind in ("articles", "events", "programmes", "people", "organizations", "places"):
        for row in getattr(corpus, kind).to_records():
            for value in row.values():
                assert value is None or isinstance(value, (str, int, float, dt.date, tuple))
                if isinstance(value, tuple):
                    assert all(isinstance(v, str) for v in value)
    event = corpus.events.to_records()[2]
    assert {k: event[k] for k in ("kind", "start", "end", "edtf", "admin1_codes", "people")} == {
        "kind": "visit",
        "start": dt.date(2023, 9, 12),
        "end": dt.date(2023, 9, 13),
        "edtf": "2023-09-12/2023-09-13",
        "admin1_codes": ("KG-GB", "KG-GO"),
        "people": ("Cholpon Sulaimanov",),
    }


def test_to_frame_and_explode(corpus):
    frame = corpus.events.to_frame()
    assert list(frame["kind"]) == [
        "study_visit",
        "opening",
        "visit",
        "commemoration",
        "training",
        "meeting",
    ]
    exploded = corpus.events.to_frame(explode="places")
    assert len(exploded) == 7  # the visit has two places, the yearless meeting none (one NaN row)
    assert list(exploded["places"])[2:4] == ["Bishkek", "Osh"]
    with pytest.raises(iomkg.IomkgError, match="no column"):
        corpus.events.to_frame(explode="nope")


def test_to_frame_without_pandas(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(iomkg.MissingExtraError, match="pandas"):
        corpus.events.to_frame()


def test_csv_with_hxl_row(corpus, tmp_path):
    path = tmp_path / "programmes.csv"
    corpus.programmes.to_csv(path, hxl=True)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, tags = rows[0], rows[1]
    assert header[:3] == ["id", "name", "acronym"]
    assert dict(zip(header, tags, strict=True))["funders"] == "#org+funder"
    assert dict(zip(header, tags, strict=True))["start"] == "#date+start"
    assert dict(zip(header, tags, strict=True))["name"] == "#activity+name"
    assert all(t.startswith("#") for t in tags)
    assert len(rows) == 2 + len(corpus.programmes)
    assert rows[2][header.index("funders")] == "Swiss Agency for Development and Cooperation"
    plain = tmp_path / "plain.csv"
    corpus.events.to_csv(plain)
    with open(plain, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][rows[0].index("kind")] == "study_visit"
    assert rows[3][rows[0].index("places")] == "Bishkek; Osh"


def test_hxl_tags_for_every_kind(corpus):
    for kind in ("articles", "events", "programmes", "people", "organizations", "places"):
        columns = list(getattr(corpus, kind).to_records()[0])
        tags = hxl_row(kind, columns)
        assert all(t.startswith("#") for t in tags), (kind, columns, tags)
    assert hxl_row("events", ["kind", "admin1_codes"]) == ["#event+type", "#adm1+code"]
    assert HXL["funders"] == "#org+funder"


def test_jsonld_parses_with_rdflib(corpus):
    rdflib = pytest.importorskip("rdflib")
    doc = corpus.to_jsonld()
    assert doc["@context"] is CONTEXT
    assert all(
        not str(v).startswith("http") or k in ("@vocab", "schema", "xsd")
        for k, v in CONTEXT.items()
    )
    graph = rdflib.Graph()
    with (
        warnings.catch_warnings()
    ):  # rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        graph.parse(data=json.dumps(doc), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    types = {str(o).rsplit("/", 1)[1] for o in graph.objects(None, rdflib.RDF.type)}
    assert {
        "NewsArticle",
        "Event",
        "Project",
        "Person",
        "Organization",
        "AdministrativeArea",
        "City",
    } <= types
    lmp = rdflib.URIRef("urn:iomkg:programme:regional-labour-migration-programme-in-central-asia")
    funders = set(graph.objects(lmp, schema.funder))
    assert funders == {rdflib.URIRef("urn:iomkg:organization:sdc")}
    names = set(graph.objects(rdflib.URIRef("urn:iomkg:organization:sdc"), schema.name))
    assert names == {rdflib.Literal("Swiss Agency for Development and Cooperation")}
    start = next(
        graph.objects(rdflib.URIRef("https://example.invalid/a1#event-0"), schema.startDate)
    )
    assert start.toPython() == dt.date(2016, 6, 6)
    osh = rdflib.URIRef("urn:iomkg:place:KG-GO")
    assert set(graph.objects(osh, schema.containedInPlace)) == {
        rdflib.URIRef("urn:iomkg:place:KG-O")
    }


def test_collection_jsonld_holds_only_its_items(corpus):
    doc = corpus.events.between("2016-01-01", "2016-12-31").to_jsonld()
    assert [n["@id"] for n in doc["@graph"]] == [
        "https://example.invalid/a1#event-0",
        "https://example.invalid/a1#event-1",
    ]
    assert doc["@graph"][0]["@type"] == "Event"


def test_networkx_graph(corpus):
    nx = pytest.importorskip("networkx")
    graph = corpus.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph)
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"article", "event", "programme", "person", "organization", "place"}
    assert graph.number_of_nodes() == 5 + sum(
        len(getattr(corpus, k))
        for k in ("events", "programmes", "people", "organizations", "places")
    )

    def edges(relation):
        return sorted((u, v) for u, v, d in graph.edges(data=True) if d["relation"] == relation)

    lmp = "programme:regional-labour-migration-programme-in-central-asia"
    assert ("organization:sdc", lmp) in edges("funds")
    assert ("organization:iom", lmp) in edges("implements")
    assert ("event:1:0", "place:KG-GO") in edges("held_in")
    assert ("person:cholpon-sulaimanov", "event:0:0") in edges("took_part_in")
    assert ("article:0", lmp) in edges("mentions")
    assert ("article:0", "event:0:0") in edges("mentions")


def test_networkx_missing(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(iomkg.MissingExtraError, match="networkx"):
        corpus.to_networkx()


# -- typed frames, a schema per kind, JSON-LD ids from URLs and files (issue 12) -------------


def test_to_frame_types_dates_lists_and_counts(corpus):
    pd = pytest.importorskip("pandas")
    events = corpus.events.to_frame()
    assert str(events["start"].dtype) == "datetime64[s]"
    assert str(events["end"].dtype) == "datetime64[s]"
    assert list(events["start"])[:3] == [
        pd.Timestamp("2016-06-06"),
        pd.Timestamp("2016-06-22"),
        pd.Timestamp("2023-09-12"),
    ]
    # the yearless meeting: no day, the EDTF string beside says what is known
    assert pd.isna(events.loc[5, "start"])
    assert events.loc[5, "edtf"] == "XXXX-08-28"
    assert events.loc[2, "places"] == ["Bishkek", "Osh"]
    assert all(type(v) is list for v in events["places"])
    programmes = corpus.programmes.to_frame()
    assert str(programmes["articles"].dtype) == "int64"
    assert programmes.loc[0, "funders"] == ["Swiss Agency for Development and Cooperation"]
    articles = corpus.articles.to_frame()
    assert str(articles["published"].dtype) == "datetime64[s]"
    assert articles["published"].dt.year.tolist()[:4] == [2016, 2023, 2014, 2014]
    assert pd.isna(articles.loc[4, "published"])


def test_every_kind_has_a_documented_schema(corpus):
    pytest.importorskip("pandas")
    empty = iomkg.Corpus.from_pages([])
    for kind in ("articles", "events", "programmes", "people", "organizations", "places"):
        columns = getattr(corpus, kind).columns
        assert all(isinstance(d, str) and d for d in columns.values())
        rows = getattr(corpus, kind).to_records()
        assert all(list(row) == list(columns) for row in rows), kind
        assert getattr(corpus, kind).to_frame().columns.tolist() == list(columns)
        frame = getattr(empty, kind).to_frame()  # an empty collection keeps its columns
        assert frame.columns.tolist() == list(columns)
        assert len(frame) == 0
    assert list(corpus.events.columns) == [
        "id",
        "kind",
        "start",
        "end",
        "edtf",
        "places",
        "admin1_codes",
        "countries",
        "organizations",
        "people",
        "programme",
        "article_url",
        "article_title",
        "lat",
        "lon",
    ]
    places = corpus.places.to_frame()
    assert str(places["geonames_id"].dtype) == "Int64"
    assert str(places["lat"].dtype) == "float64"


def test_jsonld_ids_come_from_urls(corpus):
    doc = corpus.to_jsonld()
    ids = [n["@id"] for n in doc["@graph"]]
    assert ids[:7] == [
        "https://example.invalid/a1",
        "https://example.invalid/a2",
        "https://example.invalid/a3",
        "https://example.invalid/a4",
        "https://example.invalid/a5",
        "https://example.invalid/a1#event-0",
        "https://example.invalid/a1#event-1",
    ]
    assert len(set(ids)) == len(ids)
    event = doc["@graph"][5]
    assert event["subjectOf"] == ["https://example.invalid/a1"]
    # two articles with one URL cannot both be it: both keep a positional id
    twins = tuple(
        iomkg.Article(title=f"Invented twin {n}", url="https://example.invalid/same")
        for n in (1, 2)
    )
    page = iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=twins)
    same = iomkg.Corpus.from_pages([page]).to_jsonld()
    assert [n["@id"] for n in same["@graph"]] == ["urn:iomkg:article:0", "urn:iomkg:article:1"]
    # no URL: positional ids
    bare = iomkg.Corpus.from_pages(
        [iomkg.parse("Osh – On 4 March 2024, an invented training opened.")]
    )
    assert [n["@id"] for n in bare.to_jsonld()["@graph"][:2]] == [
        "urn:iomkg:article:0",
        "urn:iomkg:event:0:0",
    ]


def test_to_jsonld_writes_a_file_like_to_csv(corpus, tmp_path):
    assert corpus.to_jsonld(tmp_path / "all.jsonld") is None
    assert json.loads((tmp_path / "all.jsonld").read_text(encoding="utf-8")) == corpus.to_jsonld()
    assert corpus.events.to_jsonld(tmp_path / "events.jsonld") is None
    written = json.loads((tmp_path / "events.jsonld").read_text(encoding="utf-8"))
    assert written == corpus.events.to_jsonld()
    assert len(written["@graph"]) == 6
    corpus.people.to_jsonld(tmp_path / "people.jsonld.gz")
    unzipped = json.loads(gzip.decompress((tmp_path / "people.jsonld.gz").read_bytes()))
    assert unzipped == corpus.people.to_jsonld()
