"""The pipeline: source -> decode -> front end -> layout -> extraction -> :class:`Page`.

Each stage knows only the stage before it. Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._blocks import Block
from ._errors import InputTooLargeError, InputTypeError
from ._extract import article as extract
from ._extract import dateline as _dateline
from ._front import language as _language
from ._front import site as _site
from ._front.decode import decode, normalise
from ._front.html import HtmlMeta, looks_like_html, parse_html
from ._front.text import blocks_from_text
from ._models import PARAGRAPH_SEPARATOR, Article, Dateline, Page, PageKind, Span, Teaser
from .layouts import choose
from .layouts._base import RawArticle, RawPage

__all__ = ["DEFAULT_MAX_SIZE", "parse"]

#: The largest input :func:`parse` accepts by default, in characters (str) or bytes.
DEFAULT_MAX_SIZE = 50_000_000


def parse(
    source: str | bytes,
    url: str | None = None,
    *,
    reference_date: dt.date | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Page:
    """Parse one page, a text dump or HTML, as ``str`` or ``bytes``.

    ``url`` gives the site and helps recognise the layout; ``reference_date``
    is the last resort for the year of a date written without one (never
    today's date).

    The input size is limited: a ``source`` longer than ``max_size`` (counted
    in characters for ``str``, in bytes for ``bytes``, before decoding) raises
    :class:`InputTooLargeError` without being read. The default,
    :data:`DEFAULT_MAX_SIZE`, is 50,000,000 (parse time grows linearly up
    to it, about a second per megabyte of text at worst); pass a
    smaller ``max_size`` to bound the work per page in a crawl, or ``None``
    to lift the limit. A ``max_size`` that is not an ``int`` or ``None``
    raises :class:`InputTypeError`.

    >>> page = parse("Bishkek – On 3 May 2024, a workshop took place.\\n", url="https://example.org/news/x")
    >>> page.layout, page.site
    ('generic', 'example.org')
    >>> parse("Osh – a long invented page", max_size=10)
    Traceback (most recent call last):
    ...
    iomkg.InputTooLargeError: source: 26 characters or bytes is over the limit of 10 (max_size)
    """
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        msg = f"source: expected str or bytes, got {type(source).__name__}"
        raise InputTypeError(msg, field="source")
    if url is not None and not isinstance(url, str):
        msg = f"url: expected str or None, got {type(url).__name__}"
        raise InputTypeError(msg, field="url")
    if reference_date is not None and (
        not isinstance(reference_date, dt.date) or isinstance(reference_date, dt.datetime)
    ):
        msg = f"reference_date: expected datetime.date or None, got {type(reference_date).__name__}"
        raise InputTypeError(msg, field="reference_date")
    if max_size is not None and (not isinstance(max_size, int) or isinstance(max_size, bool)):
        msg = f"max_size: expected int or None, got {type(max_size).__name__}"
        raise InputTypeError(msg, field="max_size")
    if max_size is not None and len(source) > max_size:
        msg = (
            f"source: {len(source)} characters or bytes is over the limit of {max_size} (max_size)"
        )
        raise InputTooLargeError(msg, field="source")

    warnings: list[str] = []
    if isinstance(source, str):
        text = source
    else:
        text, decode_warnings = decode(bytes(source))
        warnings.extend(decode_warnings)
    text = normalise(text)

    meta = HtmlMeta()
    if looks_like_html(text):
        blocks, meta, html_warnings = parse_html(text)
        warnings.extend(html_warnings)
        url = url or meta.url
    else:
        blocks = blocks_from_text(text)

    if not blocks:
        warnings.append("the input holds no text")
        return Page(
            kind=PageKind.OTHER,
            layout="empty",
            url=url,
            site=_site.site_from_url(url),
            language=meta.language,
            warnings=tuple(warnings),
        )

    layout, _score = choose(blocks, url)
    raw = layout.split(blocks, url)
    warnings.extend(raw.warnings)
    return _assemble(raw, layout.name, blocks, url, meta, reference_date, warnings)


def _assemble(
    raw: RawPage,
    layout_name: str,
    blocks: tuple[Block, ...],
    url: str | None,
    meta: HtmlMeta,
    reference_date: dt.date | None,
    warnings: list[str],
) -> Page:
    site = _site.site_from_url(url)
    articles = tuple(
        _article(raw_article, index, raw, url, site, meta, reference_date)
        for index, raw_article in enumerate(raw.articles)
    )
    teasers = tuple(
        Teaser(
            title=t.title,
            summary=t.summary,
            url=t.url,
            language=_language.detect_language(t.title + " " + (t.summary or "")),
        )
        for t in raw.teasers
    )
    language = meta.language or _language.page_language(
        [a.language for a in articles], [t.language for t in teasers], blocks
    )
    programme = (
        extract.programme_from_facts(
            raw.facts, language=language, title=articles[0].title if articles else None
        )
        if raw.facts
        else None
    )
    return Page(
        kind=raw.kind,
        layout=layout_name,
        language=language,
        site=site,
        url=url,
        category=raw.category,
        articles=articles,
        teasers=teasers,
        programme=programme,
        facts=raw.facts,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _article(
    raw: RawArticle,
    index: int,
    page: RawPage,
    url: str | None,
    site: str | None,
    meta: HtmlMeta,
    reference_date: dt.date | None,
) -> Article:
    title = raw.title
    if title is None and index == 0 and len(page.articles) == 1:
        if meta.heading and raw.paragraphs and raw.paragraphs[0] == meta.heading:
            # The page's h1 (a story's title, which text dumps never show) is no paragraph.
            raw = attrs.evolve(raw, paragraphs=raw.paragraphs[1:])
        title = meta.heading or meta.title
    body_language = _language.detect_language(" ".join(raw.paragraphs[:3]) or (title or ""))
    dateline = (
        _dateline.split_dateline(raw.paragraphs[0], language=body_language)
        if raw.paragraphs
        else None
    )
    if dateline is None and len(raw.paragraphs) > 1 and raw.paragraphs[0][-1] not in ".!?…":
        # A subtitle (no sentence end) may stand before the lead that opens with the dateline.
        dateline = _dateline.split_dateline(raw.paragraphs[1], language=body_language)
        if dateline is not None:
            dateline = _shift_dateline(dateline, len(raw.paragraphs[0]) + len(PARAGRAPH_SEPARATOR))
    published: dt.date | None = None
    if (
        dateline is not None
        and dateline.date is not None
        and dateline.date.start is not None
        and not dateline.date.year_inferred
    ):
        published = dateline.date.start
    elif raw.header_date is not None:
        published = _dateline.header_date(raw.header_date)
    if published is None and index == 0 and len(page.articles) == 1:
        published = meta.published
    found = extract.extract(
        PARAGRAPH_SEPARATOR.join(raw.paragraphs),  # what Article.text gives
        extract.ArticleMeta(
            title=title,
            dateline=dateline,
            published=published,
            reference_date=reference_date,
            language=body_language,
        ),
    )
    return Article(  # built once, with what was extracted (no evolve of a first copy)
        title=title,
        url=raw.url or (url if len(page.articles) == 1 else None),
        site=site,
        language=body_language,
        published=published,
        dateline=dateline,
        paragraphs=raw.paragraphs,
        captions=raw.captions,
        tags=raw.tags,
        events=found.events,
        programmes=found.programmes,
        people=found.people,
        organizations=found.organizations,
        places=found.places,
        quotes=found.quotes,
    )


def _shift_dateline(dateline: Dateline, by: int) -> Dateline:
    """The dateline of a later paragraph, its place mentions moved to offsets in the article text."""
    places = tuple(
        attrs.evolve(
            place,
            mentions=tuple(
                Span(start=m.start + by, end=m.end + by, text=m.text) for m in place.mentions
            ),
        )
        for place in dateline.places
    )
    return attrs.evolve(dateline, places=places)
