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

if TYPE_CHECKING:
    from ._corpus.corpus import Collection

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
    Bishkek is drawn as its own area, Osh city as a circle; hovering shows each
    subdivision's English, Russian and Kyrgyz names. Codes outside Kyrgyzstan are left
    out. Returns a ``plotly.graph_objects.Figure`` (``fig.write_html(path)`` saves it).

    >>> import iomkg, iomkg.plot
    >>> fig = iomkg.plot.admin1_map({"KG-C": 3, "KG-GO": 1, "KZ-ALA": 5})
    >>> [trace.type for trace in fig.data]
    ['choropleth', 'scattergeo', 'scattergeo']
    >>> dict(zip(fig.data[0].locations, fig.data[0].z))["KG-C"]
    3
    """
    counts = _counts(what, "admin1")
    go = _plotly()
    features = admin1_boundaries()["features"]
    areas = [f for f in features if f["geometry"]["type"] != "Point"]
    points = [f for f in features if f["geometry"]["type"] == "Point"]

    def label(f: dict[str, Any]) -> str:
        p = f["properties"]
        return f"{p['name']}<br>{p['name_ru']}<br>{p['name_ky']}"

    most = max([counts.get(f["id"], 0) for f in features] + [1])
    fig = go.Figure()
    fig.add_trace(
        go.Choropleth(
            geojson={"type": "FeatureCollection", "features": areas},
            locations=[f["id"] for f in areas],
            z=[counts.get(f["id"], 0) for f in areas],
            featureidkey="id",
            text=[label(f) for f in areas],
            hovertemplate="%{text}<br>%{z}<extra></extra>",
            colorscale="Blues",
            zmin=0,
            zmax=most,
            marker_line_color="#555555",
            marker_line_width=0.8,
            colorbar_title="items",
        )
    )
    fig.add_trace(
        go.Scattergeo(
            lon=[f["properties"]["lon"] for f in points],
            lat=[f["properties"]["lat"] for f in points],
            text=[label(f) for f in points],
            customdata=[counts.get(f["id"], 0) for f in points],
            hovertemplate="%{text}<br>%{customdata}<extra></extra>",
            mode="markers",
            marker={
                "size": 14,
                "color": [counts.get(f["id"], 0) for f in points],
                "colorscale": "Blues",
                "cmin": 0,
                "cmax": most,
                "line": {"color": "#555555", "width": 0.8},
            },
            showlegend=False,
        )
    )
    # the numbers, written on each subdivision's label point
    fig.add_trace(
        go.Scattergeo(
            lon=[f["properties"]["lon"] for f in areas],
            lat=[f["properties"]["lat"] for f in areas],
            text=[str(counts.get(f["id"], 0)) for f in areas],
            mode="text",
            hoverinfo="skip",
            showlegend=False,
        )
    )
    fig.update_geos(fitbounds="geojson", visible=False)
    fig.update_layout(title=title, margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return fig


def events_per_year(events: Collection[Any], *, title: str = "Events per year") -> Any:
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
        xaxis_title="year",
        yaxis_title="events",
        xaxis_type="category",
    )
    return fig
