"""Maps and charts of a corpus: events per oblast on a map of Kyrgyzstan, events per year.

Optional: the figures are plotly figures, and plotly comes with the ``map`` extra
(``pip install 'iomkg[map]'``). Nothing here is imported by ``import iomkg``, and this
module imports plotly only when a figure is drawn.

The map needs no network: the oblast boundaries are bundled (Natural Earth, simplified;
see :func:`admin1_boundaries`), no map tiles are drawn, and
``fig.write_html(path, include_plotlyjs=True)`` writes one file that holds plotly's
script too, so it opens in a browser offline.

>>> import iomkg.plot
>>> sorted(f["id"] for f in iomkg.plot.admin1_boundaries()["features"])[:3]
['KG-B', 'KG-C', 'KG-GB']
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._errors import InputTypeError, MissingExtraError
from ._models import PlaceKind
from ._reference.gazetteer import gazetteer

if TYPE_CHECKING:
    from ._corpus.corpus import Collection, EventCollection

__all__ = ["admin1_boundaries", "admin1_map", "events_per_year"]


@functools.cache
def _boundaries_text() -> str:
    from ._reference.tables import data_text

    return data_text("kyrgyzstan_admin1.geojson")


def admin1_boundaries() -> dict[str, Any]:
    """Kyrgyzstan's ISO 3166-2 subdivisions as a GeoJSON FeatureCollection (a fresh copy).

    The seven oblasts and the city of Bishkek as simplified polygons (Natural Earth
    1:10m, public domain; about 100 m of precision), the city of Osh as a point. Each
    feature's ``id`` is its ISO 3166-2 code, its properties ``name`` (English),
    ``name_ru`` and ``name_ky`` (the Russian and Kyrgyz names), ``lat`` and ``lon``.

    >>> chui = next(f for f in admin1_boundaries()["features"] if f["id"] == "KG-C")
    >>> chui["properties"]["name"], chui["properties"]["name_ru"], chui["properties"]["name_ky"]
    ('Chui Region', 'Чуйская область', 'Чүй облусу')
    """
    doc: dict[str, Any] = json.loads(_boundaries_text())
    return doc


def _plotly() -> Any:
    try:
        import plotly.graph_objects as go
    except ImportError as exc:
        msg = "iomkg.plot needs plotly: pip install 'iomkg[map]'"
        raise MissingExtraError(msg, field="plotly") from exc
    return go


def _counts(what: Collection[Any] | Mapping[str, int], key: str) -> dict[str, int]:
    from ._corpus.corpus import Collection

    if isinstance(what, Collection):
        return {str(k): int(v) for k, v in what.count_by(key).items()}
    if isinstance(what, Mapping):
        return {str(k): int(v) for k, v in what.items()}
    raise InputTypeError(
        f"what: expected a Collection or a mapping of codes to numbers, got {type(what).__name__}",
        field="what",
    )


def admin1_map(
    what: Collection[Any] | Mapping[str, int], *, title: str = "Events per oblast"
) -> Any:
    """A plotly map of Kyrgyzstan, each oblast coloured by its number of items.

    ``what`` is a collection (its items are counted by ``count_by("admin1")``: an event
    in Karakol counts for Issyk-Kul) or a mapping of ISO 3166-2 codes to numbers.
    The cities of Bishkek and Osh are drawn as circles; each subdivision shows its
    number, and hovering shows its English, Russian and Kyrgyz names. Codes outside
    Kyrgyzstan are left out. Returns a ``plotly.graph_objects.Figure``
    (``fig.write_html(path, include_plotlyjs=True)`` saves it as one offline file).

    The areas are filled outlines (``scattergeo``), not a ``choropleth`` trace: plotly's
    choropleth fetches a world map from the network before it draws anything.

    >>> import iomkg, iomkg.plot
    >>> fig = iomkg.plot.admin1_map({"KG-C": 3, "KG-GO": 1, "KZ-ALA": 5})
    >>> labels = fig.data[-2]
    >>> dict(zip(labels.customdata, labels.text))["KG-C"], dict(zip(labels.customdata, labels.text))["KG-GO"]
    ('3', '1')
    """
    counts = _counts(what, "admin1")
    go = _plotly()
    from plotly.colors import sample_colorscale

    features = admin1_boundaries()["features"]
    most = max([counts.get(f["id"], 0) for f in features] + [1])
    scale = "Blues"

    def colour(n: float) -> str:
        # from a pale blue (none) to the darkest (the most)
        return str(sample_colorscale(scale, [0.08 + 0.92 * n / most])[0])

    fig = go.Figure()
    # areas first (Chui under Bishkek), then the points and the labels over them
    for f in sorted(features, key=lambda f: f["id"] == "KG-GB"):
        geometry = f["geometry"]
        if geometry["type"] == "Point":
            continue
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        lon: list[float | None] = []
        lat: list[float | None] = []
        for polygon in polygons:  # the outer ring of each part (enclaves are not cut out)
            if lon:
                lon.append(None)
                lat.append(None)
            # GeoJSON winds outer rings anticlockwise, plotly's d3 clockwise
            lon += [x for x, _ in reversed(polygon[0])]
            lat += [y for _, y in reversed(polygon[0])]
        fig.add_trace(
            go.Scattergeo(
                lon=lon,
                lat=lat,
                mode="lines",
                fill="toself",
                fillcolor=colour(counts.get(f["id"], 0)),
                line={"color": "#555555", "width": 0.8},
                hoverinfo="skip",
                name=f["id"],
                showlegend=False,
            )
        )
    # the cities of Bishkek and Osh, too small to see as areas, as circles
    gz = gazetteer()
    cities = [f for f in features if getattr(gz.get(f["id"]), "kind", None) is PlaceKind.CITY]
    fig.add_trace(
        go.Scattergeo(
            lon=[f["properties"]["lon"] for f in cities],
            lat=[f["properties"]["lat"] for f in cities],
            mode="markers",
            marker={
                "size": 24,
                "color": [colour(counts.get(f["id"], 0)) for f in cities],
                "line": {"color": "#555555", "width": 0.8},
            },
            hoverinfo="skip",
            showlegend=False,
        )
    )
    props = [f["properties"] for f in features]
    fig.add_trace(
        go.Scattergeo(
            lon=[p["lon"] for p in props],
            lat=[p["lat"] for p in props],
            text=[str(counts.get(p["id"], 0)) for p in props],
            customdata=[p["id"] for p in props],
            hovertext=[
                f"{p['name']}<br>{p['name_ru']}<br>{p['name_ky']}<br>{counts.get(p['id'], 0)}"
                for p in props
            ],
            hoverinfo="text",
            mode="text",
            textfont={
                "size": 14,
                "color": [
                    "#ffffff" if counts.get(p["id"], 0) > most / 2 else "#111111" for p in props
                ],
            },
            showlegend=False,
        )
    )
    # an invisible point that carries the colour bar
    fig.add_trace(
        go.Scattergeo(
            lon=[None],
            lat=[None],
            mode="markers",
            marker={
                "color": [0],
                "cmin": 0,
                "cmax": most,
                "colorscale": [[t / 10, colour(most * t / 10)] for t in range(11)],
                "showscale": True,
                "colorbar": {"title": {"text": "items"}},
            },
            hoverinfo="skip",
            showlegend=False,
        )
    )
    fig.update_geos(fitbounds="locations", visible=False)
    fig.update_layout(title=title, margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return fig


def events_per_year(events: EventCollection, *, title: str = "Events per year") -> Any:
    """A plotly bar chart of events per year (of their start), stacked by kind.

    Events whose year is not known are left out (iomkg never guesses a year from today).

    >>> import iomkg, iomkg.plot
    >>> corpus = iomkg.Corpus.from_pages([iomkg.parse(
    ...     "Osh – On 4 March 2024, a training opened. On 5 May 2023, a meeting was held.")])
    >>> fig = iomkg.plot.events_per_year(corpus.events)
    >>> sorted((bar.name, tuple(bar.x), tuple(bar.y)) for bar in fig.data)
    [('meeting', ('2023',), (1,)), ('training', ('2024',), (1,))]
    """
    go = _plotly()
    if getattr(events, "kind", None) != "events":
        raise InputTypeError(
            "events: expected corpus.events (a Collection of events)", field="events"
        )
    groups = events.group_by("kind")
    years = sorted({y for c in groups.values() for y in c.timeline()})
    fig = go.Figure()
    for kind, members in groups.items():
        per_year = members.timeline()
        shown = [y for y in years if y in per_year]
        if shown:
            name = getattr(kind, "value", str(kind))
            fig.add_trace(go.Bar(name=name, x=shown, y=[per_year[y] for y in shown]))
    fig.update_layout(
        barmode="stack",
        title=title,
        xaxis={"title": {"text": "year"}, "type": "category", "categoryorder": "array",
               "categoryarray": years},
        yaxis={"title": {"text": "events"}, "tickformat": "d"},
    )  # fmt: skip
    return fig
