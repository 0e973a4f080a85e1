"""Places on the map: coordinates and identifiers in the gazetteer, GeoJSON and JSON-LD
exports, rollups by oblast, and the optional plots (issue 13).

Every article, event and sentence here is INVENTED; only the gazetteer's places are real.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import iomkg
from iomkg import Gazetteer, PlaceKind, gazetteer

DATA = Path(iomkg.__file__).parent / "_reference" / "data"
PLACE_FILES = ("countries.tsv", "kyrgyzstan.tsv", "central_asia.tsv", "cities.tsv")


# -- the data ------------------------------------------------------------------------------


def _by_kind() -> dict[str, tuple[int, int]]:
    """kind -> (entries with coordinates, entries)."""
    have: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for place in gazetteer():
        total[place.kind.value] += 1
        have[place.kind.value] += place.lat is not None
    return {kind: (have[kind], total[kind]) for kind in sorted(total)}


def test_how_many_places_have_coordinates() -> None:
    # Built by tools/build_geo.py; a change here is a change of the data, to be looked at.
    assert _by_kind() == {
        "admin1": (49, 49),
        "admin2": (0, 40),  # districts: neither source has them
        "city": (587, 587),  # 279 of them settlements (settlements.tsv, all located)
        "country": (250, 250),
        "region": (3, 10),  # the continents; not Central Asia, the Middle East...
        # 481 settlements; 25 villages GeoNames' populated places (500+) do not list
        "village": (513, 538),
    }


def test_every_country_division_and_city_has_coordinates() -> None:
    missing = sorted(
        p.id
        for p in gazetteer()
        if p.kind in (PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.CITY) and p.lat is None
    )
    # Bonaire, Bouvet Island and five towns are in neither source: located by hand
    # (tools/build_geo.py, BY_HAND), so every country, first-level division and city has a point.
    assert missing == []


@pytest.mark.parametrize(
    ("place_id", "geonames_id", "lat", "lon"),
    [
        ("KG", 1527747, 41.46, 74.55),
        ("KG-GB", 1528675, 42.87, 74.59),
        ("KG-GO", 1527534, 40.53, 72.80),
        ("KG-C", 1538652, 42.65, 75.15),
        ("KG.karakol", 1528121, 42.49, 78.39),
        ("KZ.almaty", 1526384, 43.25, 76.92),
        ("RU.moscow", 524901, 55.75, 37.62),
    ],
)
def test_known_places(place_id: str, geonames_id: int, lat: float, lon: float) -> None:
    place = gazetteer().get(place_id)
    assert place is not None
    assert place.geonames_id == geonames_id
    assert place.lat == pytest.approx(lat, abs=0.3)
    assert place.lon == pytest.approx(lon, abs=0.3)


def test_every_kyrgyz_place_with_coordinates_lies_in_kyrgyzstan() -> None:
    for place in gazetteer():
        if place.country_code == "KG" and place.lat is not None:
            assert 39.1 < place.lat < 43.3, place.id
            assert 69.2 < place.lon < 80.3, place.id  # type: ignore[operator]


def test_geonames_ids_name_one_place_each() -> None:
    owners: dict[int, list[str]] = {}
    for place in gazetteer():
        if place.geonames_id is not None:
            owners.setdefault(place.geonames_id, []).append(place.id)
    shared = sorted(ids for ids in owners.values() if len(ids) > 1)
    assert shared == [["KG.kemin", "KG.bystrovka"]]  # Bystrovka is Kemin's old name


@pytest.mark.parametrize("name", PLACE_FILES)
def test_place_files_say_where_coordinates_come_from(name: str) -> None:
    head = [
        line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line[:1] == "#"
    ]
    text = " ".join(head)
    assert "GeoNames" in text
    assert "CC BY 4.0" in text
    assert "Natural Earth" in text
    assert "tools/build_geo.py" in text


def test_organizations_carry_wikidata_ids() -> None:
    reg = iomkg.organizations()
    found = {
        o.acronym or o.name: o.wikidata_id
        for o in (reg.lookup(s) for s in ("UN", "UNICEF", "ILO", "OSCE", "World Bank", "EU"))
        if o is not None
    }
    assert found == {
        "UN": "Q1065",
        "UNICEF": "Q740308",
        "ILO": "Q54129",
        "OSCE": "Q81299",
        "WB": "Q7164",
        "EU": "Q458",
    }
    assert sum(o.wikidata_id is not None for o in reg) == 16
    assert "Wikidata" in (DATA / "organizations.tsv").read_text(encoding="utf-8").split("\nname")[0]


def test_a_found_organization_keeps_its_wikidata_id() -> None:
    orgs = iomkg.find_organizations("An invented seminar of UNICEF and the ILO opened.")
    assert [(o.acronym, o.wikidata_id) for o in orgs] == [("UNICEF", "Q740308"), ("ILO", "Q54129")]


def test_a_found_place_keeps_its_coordinates() -> None:
    (place,) = iomkg.find_places("An invented fair opened in Karakol.")
    assert (place.id, place.geonames_id, place.lat, place.lon) == (
        "KG.karakol",
        1528121,
        42.4905,
        78.392,
    )


# -- users' files ---------------------------------------------------------------------------


def test_a_users_file_with_the_old_columns_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# invented\nid\tkind\tname\tparent\taliases\nKG.testvale\tvillage\tTestvale\tKG-C\tТествейл\n",
        encoding="utf-8",
    )
    place = Gazetteer.from_file(path).get("KG.testvale")
    assert place is not None
    assert (place.name, place.lat, place.lon, place.geonames_id) == ("Testvale", None, None, None)


def test_a_users_file_may_give_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("KG.testvale\tvillage\tTestvale\tKG-C\t\t42.5\t74.25\t\n", encoding="utf-8")
    place = Gazetteer.from_file(path).get("KG.testvale")
    assert place is not None
    assert (place.lat, place.lon, place.geonames_id) == (42.5, 74.25, None)


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ("42.5\t", "lat, lon: expected degrees"),
        ("95\t74", "lat, lon: expected degrees"),
        ("north\t74", "lat, lon: expected degrees"),
        ("42\t74\tQ5", "geonames_id: expected a number, got 'Q5'"),
    ],
)
def test_bad_coordinates_are_refused(tmp_path: Path, cells: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(f"KG.testvale\tvillage\tTestvale\tKG-C\t\t{cells}\n", encoding="utf-8")
    with pytest.raises(iomkg.DataError, match=message):
        Gazetteer.from_file(path)


def test_a_bad_wikidata_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "orgs.tsv"
    path.write_text("Invented Fund\tIVF\tdonor\t\t\twd:Q5\n", encoding="utf-8")
    with pytest.raises(iomkg.DataError, match="wikidata_id: expected an item id"):
        iomkg.OrganizationRegistry.from_file(path)


# -- JSON ------------------------------------------------------------------------------------


def test_places_and_organizations_round_trip_through_json() -> None:
    place = gazetteer().get("KG-GB")
    org = iomkg.organizations().lookup("UN")
    assert place is not None
    assert org is not None
    assert iomkg.loads(iomkg.dumps(place), iomkg.Place) == place
    assert iomkg.loads(iomkg.dumps(org), iomkg.Organization) == org
    data = json.loads(iomkg.dumps(place))
    assert (data["lat"], data["lon"], data["geonames_id"]) == (place.lat, place.lon, 1528675)


def test_a_version_1_document_reads_without_the_new_fields() -> None:
    old = '{"schema_version": 1, "type": "Place", "id": "KG.x", "name": "Invented", "kind": "city"}'
    place = iomkg.loads(old, iomkg.Place)
    assert (place.lat, place.lon, place.geonames_id) == (None, None, None)


def test_the_json_schema_knows_the_new_fields() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = iomkg.json_schema(iomkg.Place)
    assert schema["properties"]["lat"] == {"anyOf": [{"type": "number"}, {"type": "null"}]}
    assert schema["properties"]["geonames_id"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    place = gazetteer().get("KG.karakol")
    jsonschema.validate(json.loads(iomkg.dumps(place)), schema)
    org_schema = iomkg.json_schema(iomkg.Organization)
    assert "wikidata_id" in org_schema["properties"]
    org = iomkg.organizations().lookup("UNICEF")
    jsonschema.validate(json.loads(iomkg.dumps(org)), org_schema)


# -- an invented corpus -----------------------------------------------------------------------


def _event(kind: iomkg.EventKind, when: dt.date | None, *places: str) -> iomkg.Event:
    gz = gazetteer()
    found = tuple(gz.lookup(p) or gz.get(p) for p in places)
    assert all(found), places
    return iomkg.Event(
        kind=kind,
        when=iomkg.DateSpan.from_dates(when) if when else None,
        places=found,  # type: ignore[arg-type]
        evidence=iomkg.Span(start=0, end=8, text="invented"),
    )


@pytest.fixture(scope="module")
def corpus() -> iomkg.Corpus:
    t, m = iomkg.EventKind.TRAINING, iomkg.EventKind.MEETING
    events = (
        _event(t, dt.date(2021, 5, 3), "Karakol"),  # city -> KG-Y
        _event(m, dt.date(2021, 6, 1), "KG.tamga"),  # village without coordinates -> KG-Y
        _event(t, dt.date(2022, 2, 2), "KG.sokuluk-district"),  # district -> KG-C
        _event(m, dt.date(2022, 3, 3), "Kant", "Bishkek"),  # two divisions
        _event(t, None, "Osh"),  # the city of Osh is a division of its own
        _event(m, dt.date(2023, 1, 1), "Kyrgyzstan"),  # no division
        _event(t, dt.date(2023, 4, 4), "Taraz"),
    )
    art = iomkg.Article(
        title="Invented news of invented events",
        url="https://example.invalid/geo",
        places=tuple(p for e in events for p in e.places),
        events=events,
    )
    page = iomkg.Page(kind=iomkg.PageKind.ARTICLE, layout="generic", articles=(art,))
    return iomkg.Corpus.from_pages([page])


def test_count_by_admin1_rolls_places_up(corpus: iomkg.Corpus) -> None:
    assert corpus.events.count_by("admin1") == {
        "KG-C": 2,
        "KG-Y": 2,
        "KG-GB": 1,
        "KG-GO": 1,
        "KZ.jambyl-region": 1,
    }
    assert corpus.events.count_by("country") == {"KG": 6, "KZ": 1}
    assert corpus.places.count_by("admin1")["KG-C"] == 2  # Kant and the district


def test_in_place_takes_the_codes_count_by_gives(corpus: iomkg.Corpus) -> None:
    counts = corpus.events.count_by("admin1")
    assert {code: len(corpus.events.in_place(code)) for code in counts} == counts


def test_group_by_admin1(corpus: iomkg.Corpus) -> None:
    groups = corpus.events.group_by("admin1")
    assert {k: len(v) for k, v in groups.items()} == {
        "KG-C": 2,
        "KG-GB": 1,
        "KG-GO": 1,
        "KG-Y": 2,
        "KZ.jambyl-region": 1,
    }


@pytest.mark.parametrize(
    "name", ["Chuy Region", "Chui Region", "Chüy", "Чуйская область", "Чүй облусу", "KG-C"]
)
def test_in_place_takes_the_oblast_in_three_languages(corpus: iomkg.Corpus, name: str) -> None:
    found = corpus.events.in_place(name)
    assert sorted(tuple(p.id for p in e.record.places) for e in found) == [
        ("KG.kant", "KG-GB"),
        ("KG.sokuluk-district",),
    ]


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (("Batken Region", "Баткенская область", "Баткен облусу"), "KG-B"),
        (("Chuy Region", "Чуйская область", "Чүй облусу"), "KG-C"),
        (("Jalal-Abad Region", "Джалал-Абадская область", "Жалал-Абад облусу"), "KG-J"),
        (("Naryn Region", "Нарынская область", "Нарын облусу"), "KG-N"),
        (("Osh Region", "Ошская область", "Ош облусу"), "KG-O"),
        (("Talas Region", "Таласская область", "Талас облусу"), "KG-T"),
        (("Issyk-Kul Region", "Иссык-Кульская область", "Ысык-Көл облусу"), "KG-Y"),
        (("Bishkek", "город Бишкек", "Бишкек шаары"), "KG-GB"),
        (("Osh", "город Ош", "Ош шаары"), "KG-GO"),
    ],
)
def test_every_subdivision_answers_to_its_three_names(names: tuple[str, ...], code: str) -> None:
    assert [getattr(gazetteer().lookup(n), "id", None) for n in names] == [code] * 3
    import iomkg.plot

    props = next(f for f in iomkg.plot.admin1_boundaries()["features"] if f["id"] == code)
    assert gazetteer().lookup(props["properties"]["name_ru"]).id == code  # type: ignore[union-attr]
    assert gazetteer().lookup(props["properties"]["name_ky"]).id == code  # type: ignore[union-attr]


def test_records_have_lat_and_lon(corpus: iomkg.Corpus) -> None:
    rows = corpus.events.to_records()
    assert [(r["lat"], r["lon"]) for r in rows][:3] == [
        (42.4905, 78.392),
        (None, None),
        (None, None),
    ]
    # an event in a city and the country is placed at the city
    both = corpus.events.filter(places__id="KG.kant").first()
    assert both is not None
    assert (both.record.places[0].lat, both.record.places[0].lon) == (42.8911, 74.8508)
    places = {r["id"]: r for r in corpus.places.to_records()}
    assert (places["place:KG-GB"]["lat"], places["place:KG-GB"]["geonames_id"]) == (42.87, 1528675)


def test_to_frame_has_lat_and_lon(corpus: iomkg.Corpus) -> None:
    pytest.importorskip("pandas")
    frame = corpus.events.to_frame()
    assert {"lat", "lon"} <= set(frame.columns)
    assert frame["lat"].notna().sum() == 5
    places = corpus.places.to_frame()
    assert {"lat", "lon", "geonames_id"} <= set(places.columns)


# -- GeoJSON ------------------------------------------------------------------------------

_POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"}}
#: The part of the GeoJSON schema (RFC 7946) these exports use: Features with a Point,
#: a MultiPoint or no geometry, in a FeatureCollection.
GEOJSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "bbox": {"type": "array", "minItems": 4, "items": {"type": "number"}},
        "features": {"type": "array", "items": {"$ref": "#/$defs/Feature"}},
    },
    "$defs": {
        "Feature": {
            "type": "object",
            "required": ["type", "properties", "geometry"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "properties": {"type": ["object", "null"]},
                "geometry": {
                    "oneOf": [
                        {"type": "null"},
                        {"$ref": "#/$defs/Point"},
                        {"$ref": "#/$defs/MultiPoint"},
                        {"$ref": "#/$defs/Polygon"},
                        {"$ref": "#/$defs/MultiPolygon"},
                    ]
                },
            },
        },
        "Point": {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {"type": {"const": "Point"}, "coordinates": _POSITION},
        },
        "MultiPoint": {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"const": "MultiPoint"},
                "coordinates": {"type": "array", "items": _POSITION},
            },
        },
        "Polygon": {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"const": "Polygon"},
                "coordinates": {
                    "type": "array",
                    "items": {"type": "array", "minItems": 4, "items": _POSITION},
                },
            },
        },
        "MultiPolygon": {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"const": "MultiPolygon"},
                "coordinates": {
                    "type": "array",
                    "items": {
                        "type": "array",
                        "items": {"type": "array", "minItems": 4, "items": _POSITION},
                    },
                },
            },
        },
    },
}


def _valid(doc: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(json.dumps(doc)), GEOJSON_SCHEMA)  # (plain JSON types)
    for feature in doc["features"]:
        geometry = feature["geometry"]
        if geometry is None or geometry["type"] not in ("Point", "MultiPoint"):
            continue
        points = (
            [geometry["coordinates"]] if geometry["type"] == "Point" else geometry["coordinates"]
        )
        for lon, lat in points:  # RFC 7946: longitude first
            assert -180 <= lon <= 180
            assert -90 <= lat <= 90


def test_events_geojson(corpus: iomkg.Corpus) -> None:
    doc = corpus.events.to_geojson()
    _valid(doc)
    geometries = [f["geometry"] for f in doc["features"]]
    assert geometries[0] == {"type": "Point", "coordinates": [78.392, 42.4905]}
    assert geometries[1] is None  # Tamga has no coordinates
    assert geometries[3] == {
        "type": "MultiPoint",
        "coordinates": [[74.8508, 42.8911], [74.59, 42.87]],
    }
    props = doc["features"][0]["properties"]
    assert (props["kind"], props["start"], props["places"], props["admin1_codes"]) == (
        "training",
        "2021-05-03",
        ["Karakol"],
        ["KG-Y"],
    )
    assert doc["features"][0]["id"] == props["id"]


def test_places_geojson(corpus: iomkg.Corpus) -> None:
    doc = corpus.places.to_geojson()
    _valid(doc)
    by_id = {f["id"]: f for f in doc["features"]}
    assert by_id["place:KG-GB"]["geometry"] == {"type": "Point", "coordinates": [74.59, 42.87]}
    assert by_id["place:KG-GB"]["properties"]["geonames_id"] == 1528675
    assert by_id["place:KG.sokuluk-district"]["geometry"] is None


def test_the_sample_corpus_geojson_validates() -> None:
    corpus = iomkg.Corpus.from_pages([iomkg.parse(t, u) for _, u, t in iomkg.sample_pages()])
    for kind in ("events", "places", "programmes", "articles"):
        _valid(getattr(corpus, kind).to_geojson())


def test_people_have_no_geojson(corpus: iomkg.Corpus) -> None:
    with pytest.raises(iomkg.QueryError, match="people have no places"):
        corpus.people.to_geojson()


def test_the_bundled_boundaries_are_geojson() -> None:
    import iomkg.plot

    doc = iomkg.plot.admin1_boundaries()
    _valid(doc)
    assert sorted(f["id"] for f in doc["features"]) == [
        "KG-B",
        "KG-C",
        "KG-GB",
        "KG-GO",
        "KG-J",
        "KG-N",
        "KG-O",
        "KG-T",
        "KG-Y",
    ]
    assert "Natural Earth" in doc["source"]


# -- JSON-LD -------------------------------------------------------------------------------


def test_jsonld_places_have_geo_and_same_as(corpus: iomkg.Corpus) -> None:
    nodes = {n["@id"]: n for n in corpus.places.to_jsonld()["@graph"]}
    bishkek = nodes["urn:iomkg:place:KG-GB"]
    assert bishkek["geo"] == {"@type": "GeoCoordinates", "latitude": 42.87, "longitude": 74.59}
    assert bishkek["sameAs"] == ["https://sws.geonames.org/1528675/"]
    assert "geo" not in nodes["urn:iomkg:place:KG.sokuluk-district"]


def test_jsonld_links_organizations_to_wikidata() -> None:
    page = iomkg.parse("Osh – On 4 March 2024, UNICEF and an invented fund opened a school.")
    doc = iomkg.Corpus.from_pages([page]).organizations.to_jsonld()
    unicef = next(n for n in doc["@graph"] if n.get("name") == "United Nations Children's Fund")
    assert unicef["sameAs"] == ["https://www.wikidata.org/entity/Q740308"]


def test_jsonld_geo_reads_as_rdf(corpus: iomkg.Corpus) -> None:
    rdflib = pytest.importorskip("rdflib")
    graph = rdflib.Graph()
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        graph.parse(data=json.dumps(corpus.to_jsonld()), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    bishkek = rdflib.URIRef("urn:iomkg:place:KG-GB")
    assert set(graph.objects(bishkek, schema.sameAs)) == {
        rdflib.URIRef("https://sws.geonames.org/1528675/")
    }
    geo = next(graph.objects(bishkek, schema.geo))
    assert float(next(graph.objects(geo, schema.latitude))) == 42.87


# -- plots -------------------------------------------------------------------------------


def test_admin1_map(corpus: iomkg.Corpus, tmp_path: Path) -> None:
    pytest.importorskip("plotly")
    import iomkg.plot

    fig = iomkg.plot.admin1_map(corpus.events)
    labels = fig.data[-2]
    assert dict(zip(labels.customdata, labels.text, strict=True)) == {
        "KG-O": "0",
        "KG-GB": "1",
        "KG-GO": "1",
        "KG-B": "0",
        "KG-C": "2",
        "KG-J": "0",
        "KG-N": "0",
        "KG-T": "0",
        "KG-Y": "2",
    }
    assert "Чүй облусу" in labels.hovertext[labels.customdata.index("KG-C")]
    # every trace draws from the bundled data: none needs plotly's world map from the network
    assert {t.type for t in fig.data} == {"scattergeo"}
    assert all(getattr(t, "locationmode", None) is None for t in fig.data)
    path = tmp_path / "map.html"
    fig.write_html(path, include_plotlyjs=True)
    head = path.read_text(encoding="utf-8").split("<body>", 1)[0]
    assert "<script src=" not in head  # plotly's script is in the file: it opens offline


def test_events_per_year(corpus: iomkg.Corpus) -> None:
    pytest.importorskip("plotly")
    import iomkg.plot

    fig = iomkg.plot.events_per_year(corpus.events)
    bars = sorted((bar.name, tuple(bar.x), tuple(bar.y)) for bar in fig.data)
    assert bars == [
        ("meeting", ("2021", "2022", "2023"), (1, 1, 1)),
        ("training", ("2021", "2022", "2023"), (1, 1, 1)),
    ]
    with pytest.raises(iomkg.InputTypeError, match=r"expected corpus\.events"):
        iomkg.plot.events_per_year(corpus.places)


def test_plots_without_plotly_say_which_extra(
    corpus: iomkg.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import iomkg.plot

    monkeypatch.setitem(sys.modules, "plotly", None)
    monkeypatch.setitem(sys.modules, "plotly.graph_objects", None)
    with pytest.raises(iomkg.MissingExtraError, match=r"pip install 'iomkg\[map\]'"):
        iomkg.plot.admin1_map({"KG-C": 1})


# -- the command line ------------------------------------------------------------------------


def test_cli_exports_geojson(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from iomkg._cli import main

    page = tmp_path / "a.txt"
    page.write_text("Karakol – On 4 March 2024, an invented training opened.\n", encoding="utf-8")
    out = tmp_path / "events.geojson"
    assert (
        main(["export", str(page), "--to", "geojson", "--records", "events", "-o", str(out)]) == 0
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    _valid(doc)
    assert [f["geometry"] for f in doc["features"]] == [
        {"type": "Point", "coordinates": [78.392, 42.4905]}
    ]
    bad = tmp_path / "people.geojson"
    assert (
        main(["export", str(page), "--to", "geojson", "--records", "people", "-o", str(bad)]) == 1
    )
    assert "people have no places" in capsys.readouterr().err
