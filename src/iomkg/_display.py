"""How records show themselves: short reprs for a terminal, HTML tables for a notebook.

A record's plain ``repr`` is one short line (its name, kind, date and place;
never the alias lists or every span), and its ``_repr_html_`` a table of its
filled fields. Values are shown as a reader thinks of them: dates in ISO or
EDTF, vocabularies by their value, spans by the text they cover, records by
their name. Every cell is escaped.

This module knows records only by their shape (attrs fields, ``name``,
``kind``, ``when``), so the models can use it without an import cycle.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence

import attrs
from attrs import AttrsInstance

__all__ = ["Shown", "html_record", "html_table", "label", "short_repr"]

#: Longest text a repr or a table cell shows before an ellipsis.
WIDTH = 60


def _clip(text: str, width: int = WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def label(value: object) -> str:
    """A value as a reader thinks of it, on one line.

    >>> import datetime as dt
    >>> from iomkg import DateSpan, PlaceKind, Span
    >>> label(DateSpan.from_dates(dt.date(2024, 5, 3))), label(PlaceKind.CITY)
    ('2024-05-03', 'city')
    >>> label(Span(start=0, end=3, text="Osh")), label(("a", "b")), label(None)
    ('Osh', 'a; b', '')
    """
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list, frozenset, set)):
        return "; ".join(label(v) for v in value)
    edtf = getattr(value, "edtf", None)
    if isinstance(edtf, str):
        return edtf
    what, confidence = getattr(value, "what", None), getattr(value, "confidence", None)
    if isinstance(what, str) and isinstance(confidence, float):
        return f"{what}: {label(getattr(value, 'value', None))} ({confidence:.2f})"
    name = getattr(value, "name", None)
    if isinstance(name, str):
        return name
    kind = getattr(value, "kind", None)
    if isinstance(kind, enum.Enum) and hasattr(value, "when"):
        when = getattr(value, "when", None)
        return f"{kind.value} {label(when) or 'undated'}"
    title = getattr(value, "title", None)
    if isinstance(title, str):
        return title
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    return str(value)


def _names(values: Iterable[object], most: int = 3) -> str:
    shown = [label(v) for v in values]
    more = f" +{len(shown) - most}" if len(shown) > most else ""
    return ", ".join(shown[:most]) + more


_ARTICLE_COUNTS = (
    ("paragraphs", "paragraph", "paragraphs"),
    ("events", "event", "events"),
    ("programmes", "programme", "programmes"),
    ("people", "person", "people"),
)


def _attrs_type(record: object) -> type[AttrsInstance] | None:
    cls = type(record)
    return cls if attrs.has(cls) else None


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def short_repr(record: object) -> str:
    """One short line for a record: what it is, never every alias or span.

    >>> from iomkg import Person, Place, PlaceKind
    >>> short_repr(Person(name="Aida Berg", roles=("Head of Office",)))
    "<Person 'Aida Berg': Head of Office>"
    >>> short_repr(Place(id="KG-O", name="Osh", kind=PlaceKind.ADMIN1, country_code="KG",
    ...                  admin1_code="KG-O", aliases=("Ош", "Osh Region")))
    "<Place 'Osh': admin1, KG-O>"
    """
    cls = type(record).__name__
    get = record.__getattribute__
    shape = _attrs_type(record)
    fields = {f.name for f in attrs.fields(shape)} if shape is not None else set()
    parts: list[str] = []
    if cls == "Page":
        arts = get("articles")
        parts = [label(get("kind")), label(get("language")), label(get("layout"))]
        if get("site"):
            parts.append(label(get("site")))
        parts.append(_count(len(arts), "article", "articles"))
        if get("teasers"):
            parts.append(_count(len(get("teasers")), "teaser", "teasers"))
        if get("warnings"):
            parts.append(_count(len(get("warnings")), "warning", "warnings"))
        return f"<Page {' '.join(p for p in parts[:3] if p)}{', ' if parts[3:] else ''}{', '.join(parts[3:])}>"
    if cls == "Article":
        head = repr(_clip(get("title") or "(untitled)"))
        facts = [label(get("published")), label(get("language"))]
        counts = [
            _count(len(get(name)), one, many) for name, one, many in _ARTICLE_COUNTS if get(name)
        ]
        return f"<Article {head}: {', '.join(x for x in [*facts, *counts] if x)}>"
    if cls == "Event":
        where = _names(get("places"))
        text = f"{label(get('kind'))} {label(get('when')) or 'undated'}"
        return f"<Event {text}{' in ' + where if where else ''}>"
    if cls == "Quote":
        speaker = get("speaker")
        said = repr(_clip(get("text"), 40))
        return f"<Quote {said}{' by ' + label(speaker) if speaker is not None else ''}>"
    if cls == "DateSpan":
        return f"<DateSpan {get('edtf')} {get('text')!r}>"
    if cls == "DateMention":
        span = get("span")
        return f"<DateMention {label(get('when'))} at {span.start}-{span.end}>"
    if cls == "Dateline":
        return f"<Dateline {get('text')!r}>"
    name = get("name") if "name" in fields else get("title") if "title" in fields else None
    head = repr(_clip(name)) if isinstance(name, str) else ""
    if cls == "Place":
        parts = [label(get("kind")), get("admin1_code") or get("country_code") or ""]
    elif cls == "Organization":
        parts = [get("acronym") or "", label(get("kind")), get("country") or ""]
    elif cls == "Person":
        parts = [_names(get("roles"), 2)]
    elif cls == "Programme":
        funders = _names(get("funders"))
        parts = [f"funded by {funders}" if funders else ""]
    else:
        parts = [
            f"{f.name}={label(get(f.name))!r}"
            for f in (attrs.fields(shape) if shape is not None else ())
            if f.name not in {"name", "title"} and get(f.name) not in (None, (), "")
        ][:3]
    rest = ", ".join(p for p in parts if p)
    return f"<{cls} {head}{': ' + rest if rest else ''}>" if head else f"<{cls} {rest}>"


def _cell(value: object) -> str:
    return _clip(label(value), 200)


def html_table(rows: Sequence[dict[str, object]], caption: str = "") -> str:
    """An HTML table of rows (one dict each), every cell shown by :func:`label` and escaped.

    >>> html_table([{"name": "<b>x</b>"}], caption="1 <people>")
    '<table><caption>1 &lt;people&gt;</caption><thead><tr><th>name</th></tr></thead><tbody><tr><td>&lt;b&gt;x&lt;/b&gt;</td></tr></tbody></table>'
    """
    import html  # notebooks only: not paid at import

    columns = list(dict.fromkeys(c for r in rows for c in r))
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{html.escape(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns))
    out.append("</tr></thead><tbody>")
    for r in rows:
        cells = "".join(f"<td>{html.escape(_cell(r.get(c)))}</td>" for c in columns)
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


#: Fields a record table leaves out: offsets and alias lists say little to a reader.
_HIDDEN = frozenset({"mentions", "aliases", "evidence", "span", "paragraphs", "captions"})


def html_record(record: object, *, extra: Sequence[tuple[str, object]] = ()) -> str:
    """A two-column HTML table of a record's filled fields (escaped), ``extra`` rows after.

    >>> from iomkg import Person
    >>> html_record(Person(name="<b>A</b>", roles=("Head",)))
    '<table><caption>&lt;Person &#x27;&lt;b&gt;A&lt;/b&gt;&#x27;: Head&gt;</caption><tbody><tr><th>name</th><td>&lt;b&gt;A&lt;/b&gt;</td></tr><tr><th>roles</th><td>Head</td></tr></tbody></table>'
    """
    import html  # notebooks only: not paid at import

    rows: list[tuple[str, object]] = []
    shape = _attrs_type(record)
    for f in attrs.fields(shape) if shape is not None else ():
        value = getattr(record, f.name)
        if f.name in _HIDDEN or value in (None, (), ""):
            continue
        rows.append((f.name, value))
    if type(record).__name__ == "Article":
        rows.insert(0, ("paragraphs", f"{len(getattr(record, 'paragraphs', ()))}"))
    rows.extend(extra)
    body = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(_cell(v))}</td></tr>" for k, v in rows
    )
    caption = html.escape(short_repr(record))
    return f"<table><caption>{caption}</caption><tbody>{body}</tbody></table>"


class Shown:
    """Short ``repr`` and notebook tables for the records that inherit it.

    >>> from iomkg import Place, PlaceKind
    >>> Place(id="KG-C", name="Chuy", kind=PlaceKind.ADMIN1, country_code="KG")
    <Place 'Chuy': admin1, KG>
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return short_repr(self)

    def _repr_html_(self) -> str:
        return html_record(self)
