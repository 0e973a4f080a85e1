"""The pipeline: source -> decode -> front end -> layout -> extraction -> :class:`Page`.

Each stage knows only the stage before it. Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Iterable

import attrs

from ._blocks import Block
from ._check import expect
from ._errors import InputTooLargeError, InputTypeError, ParseError
from ._extract import article as extract
from ._extract import dateline as _dateline
from ._front import language as _language
from ._front import site as _site
from ._front.decode import decode, normalise, without_surrogates
from ._front.html import HtmlMeta, looks_like_html, parse_html
from ._front.text import blocks_from_text, split_url_line
from ._models import (
    PARAGRAPH_SEPARATOR,
    Article,
    Dateline,
    Decision,
    Fact,
    Page,
    PageKind,
    Span,
    Teaser,
)
from ._nogc import paused_gc
from ._reference.names import forget_words
from ._reference.reference import Reference, using
from .layouts import choose
from .layouts._base import RawArticle, RawPage
from .layouts._common import kind_from_url
from .layouts._evidence import (
    PageTraits,
    Verdict,
    decide_kind,
    header_facts,
    is_widget_line,
    lead_event_date,
    lead_start,
)
from .layouts.profile import (
    DEFAULT_MIN_PAGES,
    DEFAULT_MIN_SHARE,
    ProfileLearner,
    SiteProfile,
    drop_chrome,
)

__all__ = ["DEFAULT_MAX_SIZE", "learn_profile", "page_blocks", "parse", "text_url"]

#: The largest input :func:`parse` accepts by default, in characters (str) or bytes.
DEFAULT_MAX_SIZE = 50_000_000


def parse(
    source: str | bytes,
    url: str | None = None,
    *,
    reference_date: dt.date | None = None,
    profile: SiteProfile | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    reference: Reference | None = None,
) -> Page:
    """Parse one page, a text dump or HTML, as ``str`` or ``bytes``.

    ``url`` gives the site and helps recognise the layout; ``reference_date``
    is the last resort for the year of a date written without one (never
    today's date). ``profile``, a :class:`SiteProfile` learned from other pages
    of the site (:func:`learn_profile`, ``corpus.profiles``), drops the site's
    chrome before the layout splits the page.

    The input size is limited: a ``source`` longer than ``max_size`` (counted
    in characters for ``str``, in bytes for ``bytes``, before decoding) raises
    :class:`InputTooLargeError` without being read. The default,
    :data:`DEFAULT_MAX_SIZE`, is 50,000,000 (parse time grows linearly up
    to it, one to two seconds of CPU per megabyte of dense news text); pass a
    smaller ``max_size`` to bound the work per page in a crawl, or ``None``
    to lift the limit. A ``max_size`` that is not an ``int`` or ``None``
    raises :class:`InputTypeError`.

    ``reference`` is the places and organizations to know (default: the package's
    data, :meth:`Reference.default`); extend it with :meth:`Reference.with_places`.

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
        if isinstance(source, os.PathLike):
            msg += "; to read a file, use iomkg.parse_file(path)"
        raise InputTypeError(msg, field="source")
    if isinstance(source, str) and _names_a_file(source):
        msg = (
            f"source: {source.strip()!r} is the path of a file, not the text of a page; "
            "read it with iomkg.parse_file(path)"
        )
        raise ParseError(msg, field="source")
    expect(url, str, "url", optional=True)
    expect(reference_date, dt.date, "reference_date", optional=True, expected="datetime.date")
    expect(max_size, int, "max_size", optional=True)
    expect(reference, Reference, "reference", optional=True, expected="iomkg.Reference")
    expect(profile, SiteProfile, "profile", optional=True, expected="iomkg.SiteProfile")
    if max_size is not None and max_size < 0:
        msg = f"max_size: expected an int >= 0 or None, got {max_size}"
        raise InputTypeError(msg, field="max_size")
    # A memoryview counts items (8 bytes each once cast to "Q"): its size is its bytes.
    size = source.nbytes if isinstance(source, memoryview) else len(source)
    if max_size is not None and size > max_size:
        msg = f"source: {size} characters or bytes is over the limit of {max_size} (max_size)"
        raise InputTooLargeError(msg, field="source")
    if url is not None:
        url = without_surrogates(url)

    try:
        if size > _BIG:
            # A long page builds hundreds of thousands of acyclic records and matches, and
            # every full pass of the cyclic collector walks them all again: time grew faster
            # than the size (4 to 8 MB: 2.2x). Paused, as a corpus load pauses it
            # (iomkg._nogc).
            with paused_gc():
                return _with_reference(source, url, reference_date, profile, reference)
        return _with_reference(source, url, reference_date, profile, reference)
    finally:
        forget_words()  # the article's capitalised words, kept for its extractors


_BIG = 1_000_000  # characters or bytes: a page this long parses with the collector paused


def _with_reference(
    source: str | bytes | bytearray | memoryview,
    url: str | None,
    reference_date: dt.date | None,
    profile: SiteProfile | None,
    reference: Reference | None,
) -> Page:
    if reference is not None:
        with using(reference):  # the extractors read it (see iomkg._reference.reference)
            return _pipeline(source, url, reference_date, profile)
    return _pipeline(source, url, reference_date, profile)


def _pipeline(
    source: str | bytes | bytearray | memoryview,
    url: str | None,
    reference_date: dt.date | None,
    profile: SiteProfile | None,
) -> Page:
    """Decode, front end, layout, extraction: :func:`parse` once its arguments are checked."""
    warnings: list[str] = []
    blocks, meta, url = _front(source, url, warnings)
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

    layout, score = choose(blocks, url)
    raw = layout.split(blocks, url)
    chrome: Decision | None = None
    if profile is not None:
        # The site's chrome that the layout took for text of the page goes, and the layout
        # splits the page again; chrome it recognised itself (a menu) stays for it to read.
        kept = drop_chrome(blocks, profile, split=raw)
        if len(kept) < len(blocks):
            chrome = _chrome_decision(blocks, kept, profile)
            blocks = kept
            raw = layout.split(blocks, url)
    warnings.extend(raw.warnings)
    recognised = _layout_decision(layout.name, score)
    run = _PageRun(raw, url, _site.site_from_url(url), meta, reference_date, warnings)
    page = _assemble(run, recognised, blocks)
    if chrome is not None:
        page = attrs.evolve(page, decisions=(*page.decisions, chrome))
    return page


def _chrome_decision(
    blocks: tuple[Block, ...], kept: tuple[Block, ...], profile: SiteProfile
) -> Decision:
    """What a site profile dropped: how many blocks, on the evidence of how many pages.

    The confidence is twice the share of the host's pages on which the least common
    dropped line stood (at most 1): a line on half the pages or more is certain chrome.
    """
    dropped = set(Counter(b.text for b in blocks) - Counter(b.text for b in kept))
    dropped = {" ".join(text.split()) for text in dropped}
    seen = [line.pages for line in profile.lines if line.text in dropped]
    weakest = min(seen, default=profile.pages)
    share = weakest / profile.pages if profile.pages else 0.0
    return Decision(
        what="chrome",
        value=str(len(blocks) - len(kept)),
        confidence=round(min(1.0, 2 * share), 3),
        evidence=(f"site profile of {profile.host}", f"{weakest} of {profile.pages} pages"),
    )


def _names_a_file(source: str) -> bool:
    """Whether ``source`` is one line naming an existing file (a path handed to :func:`parse`).

    >>> _names_a_file("Osh – On 4 March 2024, a training opened."), _names_a_file(__file__)
    (False, True)
    """
    if len(source) > 4096 or "\n" in source.rstrip():
        return False
    text = source.strip()
    if not text:
        return False
    if os.sep not in text and "/" not in text and "." not in text:
        return False  # a bare word or phrase: no need to ask the file system
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):  # a name the system cannot hold (a NUL byte, too long)
        return False


# How much of a page tells HTML from a text dump.
_HEAD = 4096


def _front(
    source: str | bytes | bytearray | memoryview, url: str | None, warnings: list[str]
) -> tuple[tuple[Block, ...], HtmlMeta, str | None]:
    """Decode and read a page into blocks; its URL as given, else from the page itself.

    A text dump may name its address in a first line ``URL: https://…``; an HTML
    page in its metadata (canonical link, ``og:url``).
    """
    if isinstance(source, str):
        text = source
    else:
        text, decode_warnings = decode(bytes(source))
        warnings.extend(decode_warnings)
    if _is_html(text):
        # The HTML front end normalises the text of each block it reads: the markup around
        # it is never normalised (a pass over the whole source).
        blocks, meta, html_warnings = parse_html(text)
        warnings.extend(html_warnings)
        return blocks, meta, url or meta.url
    text = normalise(text)
    line_url, text = split_url_line(text)
    return blocks_from_text(text), HtmlMeta(), url or line_url


def _is_html(text: str) -> bool:
    """Whether the decoded ``text`` goes to the HTML front end (else it is a text dump)."""
    head = text[:_HEAD]
    # (normalising removes and replaces characters but makes no "<": without one in the
    # head, the normalised head opens with no tag either)
    return looks_like_html(text) or ("<" in head and looks_like_html(normalise(head)))


def text_url(source: str | bytes) -> tuple[bool, str | None]:
    """Whether ``source`` is a text dump, and then the URL of its first line ``URL: https://…``.

    What :func:`page_blocks` reads of a text dump's address, without reading its blocks
    (an HTML page names its address in its metadata, which only its blocks' reading
    finds: it comes back as ``(False, None)``). Bytes that are no page raise as
    :func:`parse` does.

    >>> text_url("URL: https://iom.kg/news/1\\nInvented title"), text_url("Invented title")
    ((True, 'https://iom.kg/news/1'), (True, None))
    >>> text_url("<html><body><p>Invented</p></body></html>")
    (False, None)
    """
    text = source if isinstance(source, str) else decode(bytes(source))[0]
    if _is_html(text):
        return False, None
    return True, split_url_line(normalise(text))[0]


def page_blocks(
    source: str | bytes, url: str | None = None
) -> tuple[tuple[Block, ...], str | None]:
    """A page's blocks as the layouts would see them, and its URL (given or read from the page).

    What :func:`parse` reads before a layout splits the page; a site profile is
    learned from these.

    >>> blocks, url = page_blocks("URL: https://iom.kg/news/1\\nInvented title\\n\\nOsh – A text.")
    >>> [b.text for b in blocks], url
    (['Invented title', 'Osh – A text.'], 'https://iom.kg/news/1')
    """
    blocks, _meta, url = _front(source, url, [])
    return blocks, url


@attrs.define
class _PageRun:
    """One page being assembled: what each of its articles reads (the layout's split, the
    address, the site, the HTML's metadata, the fallback year) and what they add to the
    page (warnings, facts found in an article's header)."""

    raw: RawPage
    url: str | None
    site: str | None
    meta: HtmlMeta
    reference_date: dt.date | None
    warnings: list[str]
    page_facts: list[Fact] = attrs.Factory(list)


def _assemble(run: _PageRun, recognised: Decision, blocks: tuple[Block, ...]) -> Page:
    """The page from its layout's split (``recognised``: which layout, how sure) and its
    articles, each extracted."""
    layout = recognised.value
    assert layout is not None  # (a layout decision names its layout: _layout_decision)
    raw, url, site, meta, warnings = run.raw, run.url, run.site, run.meta, run.warnings
    articles = tuple(
        _article(run, raw_article, index) for index, raw_article in enumerate(raw.articles)
    )
    known = set(raw.facts)
    facts = (*raw.facts, *(f for f in run.page_facts if f not in known))
    kind_verdict = _kind(raw, articles, url)
    if kind_verdict.confidence < _DOUBT:
        warnings.append(
            f"the page kind is doubtful ({kind_verdict.value}, confidence "
            f"{kind_verdict.confidence:.2f}: {', '.join(kind_verdict.evidence)})"
        )
    decisions = (kind_verdict.decision(), *raw.decisions)
    confidence = min(
        [kind_verdict.confidence, *(d.confidence for d in raw.decisions)]
        + [a.confidence for a in articles[:1]]
    )
    teasers = tuple(
        Teaser(
            title=t.title,
            summary=t.summary,
            url=_post_url(t.url, url),
            language=_language.detect_language(t.title + " " + (t.summary or "")),
        )
        for t in raw.teasers
    )
    # The text decides; the HTML's lang attribute only breaks ties.
    language = _language.page_language(
        [a.language for a in articles], [t.language for t in teasers], blocks, meta.language
    )
    programme = (
        extract.programme_from_facts(
            raw.facts, language=language, title=articles[0].title if articles else None
        )
        if raw.facts
        else None
    )
    return Page(
        kind=PageKind(kind_verdict.value or raw.kind.value),
        layout=layout,
        language=language,
        site=site,
        url=url,
        category=raw.category,
        articles=articles,
        teasers=teasers,
        programme=programme,
        facts=facts,
        warnings=tuple(dict.fromkeys(warnings)),
        # the layout's recognition first: the page is built once, with every decision
        confidence=min(round(confidence, 3), recognised.confidence),
        decisions=(recognised, *decisions),
    )


_DOUBTFUL_LEAD = 0.45
# Skipping more lines than this before the lead is less sure.
_FEW_SKIPPED = 3


def _layout_decision(name: str, score: float) -> Decision:
    """Which layout read the page, and how sure its recognition was."""
    if name == "generic":
        return Decision(
            what="layout",
            value=name,
            confidence=_GENERIC_LAYOUT,
            evidence=("no site layout recognised the page",),
        )
    return Decision(
        what="layout",
        value=name,
        confidence=round(min(1.0, max(0.0, score)), 3),
        evidence=(f"match score {score:.2f}",),
    )


# A page read by the generic layout is read by rules of form alone.
_GENERIC_LAYOUT = 0.6
#: Below this confidence a structural decision adds a warning.
_DOUBT = 0.5
_STORY_LABELS = frozenset(["story", "stories", "success story", "история", "истории"])


def _kind(raw: RawPage, articles: tuple[Article, ...], url: str | None) -> Verdict:
    """The page kind by evidence (see :func:`iomkg.layouts._evidence.decide_kind`)."""
    if raw.kind is PageKind.LISTING or not articles:
        confidence = 0.8 if raw.kind is PageKind.LISTING else 0.5
        return Verdict("kind", raw.kind.value, confidence, ["layout"])
    first = articles[0]
    lead = first.paragraphs[0] if first.paragraphs else ""
    person_lead = any(
        m.start < _PERSON_LEAD for person in first.people for m in person.mentions
    ) or _name_opening(lead, first)
    story_label = any(c.strip().casefold() in _STORY_LABELS for c in first.captions)
    return decide_kind(
        PageTraits(
            layout_kind=raw.kind,
            url=url,
            url_kind=kind_from_url(url),
            title=first.title,
            paragraphs=first.paragraphs,
            skipped=first.captions,
            facts=len(raw.facts),
            tags=first.tags,
            dateline=first.dateline is not None and bool(first.dateline.places),
            dated=first.published is not None,
            event_lead=first.dateline is None and lead_event_date(lead),
            person_lead=person_lead,
            story_label=story_label,
        )
    )


# A story opens on a person: a name among the first characters of the lead.
_PERSON_LEAD = 40
_NAME_OPENING = re.compile(
    r"^(?:When |After |As |Like )?(?P<name>[A-ZА-ЯЁ][a-zа-яё]{2,20} [A-ZА-ЯЁ][a-zа-яё]{2,20})"
    r"(?:['’]s)?\s{1,3}[a-zа-яё]"
)


def _name_opening(lead: str, article: Article) -> bool:
    """A lead that opens on a personal name (two capitalised words that name no place or body)."""
    match = _NAME_OPENING.match(lead)
    if match is None:
        return False
    end = match.end("name")
    named = [m for p in article.places for m in p.mentions] + [
        m for o in article.organizations for m in o.mentions
    ]
    return not any(m.start < end for m in named)


def _article(run: _PageRun, raw: RawArticle, index: int) -> Article:
    """The ``index``-th article of ``run``'s page: its lead, dateline, dates and records."""
    page, url, site, meta = run.raw, run.url, run.site, run.meta
    reference_date, warnings, page_facts = run.reference_date, run.warnings, run.page_facts
    title = raw.title
    dated_title: dt.date | None = None
    if title is not None:
        # "Invented centre opens (12.O5.2O24)": the date leaves the title and dates the page.
        title, dated_title = _dateline.title_date(title)
    if title is None and index == 0 and len(page.articles) == 1:
        if meta.heading and raw.paragraphs and raw.paragraphs[0] == meta.heading:
            # The page's h1 (a story's title, which text dumps never show) is no paragraph.
            raw = attrs.evolve(raw, paragraphs=raw.paragraphs[1:])
        title = meta.heading or meta.title
    body_language = _language.detect_language(" ".join(raw.paragraphs[:3]) or (title or ""))
    datelines: dict[int, Dateline | None] = {}

    def dateline_at(i: int) -> Dateline | None:
        if i not in datelines:
            datelines[i] = _dateline.split_dateline(raw.paragraphs[i], language=body_language)
        return datelines[i]

    # Captions, labels, bylines, fields and subtitles before the lead are not its paragraphs.
    start, reasons = lead_start(raw.paragraphs, lambda i: dateline_at(i) is not None)
    decisions: list[Decision] = list(raw.decisions)
    lead_confidence = 0.9 if raw.paragraphs else 0.3
    head_date: str | None = None
    if start:
        skipped = raw.paragraphs[:start]
        if index == 0 and len(page.articles) == 1:
            # Label headers of data and publication platforms are facts of the page.
            found_facts, head_date = header_facts(skipped)
            page_facts.extend(found_facts)
        lead_dateline = dateline_at(start)
        raw = attrs.evolve(
            raw, paragraphs=raw.paragraphs[start:], captions=(*skipped, *raw.captions)
        )
        datelines = {0: lead_dateline}
        lead_confidence = 0.75 if len(reasons) <= _FEW_SKIPPED else 0.6
        decisions.append(
            Decision(
                what="lead",
                value=raw.paragraphs[0][:60] if raw.paragraphs else None,
                confidence=lead_confidence,
                evidence=tuple(f"skipped {reason}" for reason in reasons),
            )
        )
    if len(raw.paragraphs) > 2 and is_widget_line(raw.paragraphs[1]):
        # A paragraph followed by a widget line, with more text after it, may be a note of
        # the widget's block (a venue note between registration links), not the lead.
        lead_confidence = _DOUBTFUL_LEAD
        decisions.append(
            Decision(
                what="lead",
                value=raw.paragraphs[0][:60],
                confidence=lead_confidence,
                evidence=("a widget line follows the first paragraph",),
            )
        )
        warnings.append("the first paragraph is doubtful: a widget line follows it")
    dateline = dateline_at(0) if raw.paragraphs else None
    published: dt.date | None = None
    if (
        dateline is not None
        and dateline.date is not None
        and dateline.date.start is not None
        and not dateline.date.year_inferred
        # A day range ("22-28 October 2023, Almaty –") dates an event, not the page.
        and dateline.date.end in (None, dateline.date.start)
    ):
        published = dateline.date.start
    elif raw.header_date is not None:
        published = _dateline.header_date(raw.header_date)
    if published is None and head_date is not None:
        published = _dateline.header_date(head_date)
    if published is None:
        published = dated_title
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
        url=_post_url(raw.url, url) or (url if len(page.articles) == 1 else None),
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
        confidence=round(min([lead_confidence, *(d.confidence for d in decisions)]), 3),
        decisions=tuple(decisions),
    )


def _post_url(link: str | None, page_url: str | None) -> str | None:
    """A post's address: its link, resolved against the page's address when relative.

    >>> _post_url("/news/x", "https://iom.kg/news?page=2"), _post_url(None, "https://iom.kg/")
    ('https://iom.kg/news/x', None)
    """
    if not link:
        return None
    if page_url and "//" not in link[:10]:
        from urllib.parse import urljoin

        try:
            return urljoin(page_url, link)
        except ValueError:
            return link
    return link


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


def learn_profile(
    sources: Iterable[str | bytes | tuple[str | bytes, str | None]],
    *,
    host: str | None = None,
    min_pages: int = DEFAULT_MIN_PAGES,
    min_share: float = DEFAULT_MIN_SHARE,
) -> SiteProfile:
    """Learn the chrome of one site from a sample of its pages: a :class:`SiteProfile`.

    ``sources`` are pages as :func:`parse` takes them (``str`` or ``bytes``, text
    dumps or HTML), or ``(source, url)`` pairs. ``host`` names the site; without
    it, the host of the pages' URLs (given, or read from a dump's ``URL:`` line
    or the HTML's metadata), which must all be one. A line is chrome when it
    stands on ``min_pages`` pages at least and on ``min_share`` of the pages.
    Pass the profile to ``parse(..., profile=...)`` for any page of the site;
    :func:`load` learns one per host by itself (``corpus.profiles``).

    >>> import iomkg
    >>> pages = [f"Invented Agency\\nHome | News\\nInvented headline {n}\\n\\nOsh – Text {n}."
    ...          for n in range(3)]
    >>> profile = iomkg.learn_profile(pages, host="invented.example")
    >>> [(line.text, line.pages) for line in profile.lines]
    [('Invented Agency', 3), ('Home | News', 3)]
    >>> iomkg.parse(pages[0], profile=profile).articles[0].title
    'Invented headline 0'
    """
    if isinstance(sources, (str, bytes)) or not isinstance(sources, Iterable):
        msg = f"sources: expected page sources or (source, url) pairs, got {type(sources).__name__}"
        raise InputTypeError(msg, field="sources")
    expect(host, str, "host", optional=True)
    if not isinstance(min_pages, int) or isinstance(min_pages, bool) or min_pages < 1:
        raise InputTypeError("min_pages: expected an int of 1 or more", field="min_pages")
    if not isinstance(min_share, (int, float)) or not 0 <= min_share <= 1:
        raise InputTypeError("min_share: expected a number from 0 to 1", field="min_share")
    wanted = _site.site_from_url(host) or host if host else None
    pages: list[tuple[tuple[Block, ...], str | None]] = []
    hosts: dict[str, None] = {}
    for item in sources:
        source, url = item if isinstance(item, tuple) and len(item) == 2 else (item, None)
        if not isinstance(source, (str, bytes)) or (url is not None and not isinstance(url, str)):
            msg = f"sources: expected str, bytes or (source, url), got {type(item).__name__}"
            raise InputTypeError(msg, field="sources")
        blocks, url = page_blocks(source, url)
        site = _site.site_from_url(url)
        if site is not None:
            hosts[site] = None
        pages.append((blocks, site))
    if wanted is None:
        if len(hosts) != 1:
            named = ", ".join(hosts) or "none"
            msg = f"host: the pages name {len(hosts)} hosts ({named}); pass host= to name one"
            raise ParseError(msg, field="host")
        wanted = next(iter(hosts))
    learner = ProfileLearner(wanted, min_pages=min_pages, min_share=min_share)
    for blocks, site in pages:
        if site is None or site == wanted:
            learner.add(blocks)
    return learner.profile()
