"""Page metadata from HTML: title, canonical URL, language, publication date, description.

Sources, best first: JSON-LD (``NewsArticle``/``Article`` ``headline`` and
``datePublished``, inside ``@graph`` too), Open Graph and ``article:`` meta
tags, ``<link rel=canonical>``, ``<html lang>``, ``<title>`` without its site
suffix, and ``<time datetime>`` elements of the article (never of a footer,
sidebar or menu, never a "last updated" date). Modification dates
(``dateModified``, ``article:modified_time``) are never publication dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import string
from typing import TYPE_CHECKING, Any

import attrs

from .html_css import select

if TYPE_CHECKING:  # the parser itself is imported by the HTML front end, on first use
    from collections.abc import Iterable

    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "HtmlMeta",
    "MetaNodes",
    "body_tags",
    "clean_title",
    "language_tag",
    "read_date",
    "read_meta",
]


@attrs.frozen(kw_only=True)
class HtmlMeta:
    """What only the HTML knows: title, canonical URL, language, publication date.

    ``title`` is the story's title from the metadata (JSON-LD headline,
    ``og:title``, or ``<title>`` without the site suffix); ``heading`` is the
    ``h1`` of the main region, which the front end fills.

    >>> HtmlMeta(title="Invented title", language="ru").language
    'ru'
    """

    title: str | None = None
    heading: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    description: str | None = None
    site_name: str | None = None


_ISO_DATE = re.compile(r"^\s{0,5}(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8}){0,3}$")
# A suffix naming the site: "| International Organization for Migration", "- IOM Kyrgyzstan":
# one of these words, one of these phrases, or a domain name.
_SITE_TOKENS = frozenset(["iom", "oim", "мом"])
_SITE_PHRASES = (
    "un migration",
    "organization for migration",
    "organisation for migration",
    "организация по миграции",
    "united nations",
)
_DOMAIN = re.compile(r"\.(?:org|int|com|kg|kz|tj|uz|net|ru)(?!\w)", re.IGNORECASE)
_NOT_WORD = re.compile(r"\W+")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " « ", " » ")
# Words around a time element that make its date anything but the publication date.
_NOT_PUBLISHED = re.compile(
    r"updat|modif|revis|обновл|изменен|copyright|©|last edit|reviewed", re.IGNORECASE
)
_ARTICLE_TYPES = frozenset(
    ["NewsArticle", "Article", "BlogPosting", "Report", "ScholarlyArticle", "PressRelease"]
)
_PAGE_TYPES = frozenset(["WebPage", "ItemPage", "CollectionPage", "AboutPage"])
_JSON_LIMIT = 1_000_000
#: The scripts that hold JSON-LD.
JSON_LD_SCRIPT = 'script[type*="ld+json"]'
# One query for the metadata elements, and for what the front end looks for beside them
# (each selector costs a test of every element: none that no branch of from_tree reads).
_META_SELECTOR = f"html,title,meta,link[rel],{JSON_LD_SCRIPT},time[datetime],main,h1,article"
# Dates before this year, and the Unix epoch, are placeholders of templates and databases.
_FIRST_YEAR = 1900
_EPOCH = dt.date(1970, 1, 1)
_CHROME_TAGS = frozenset(["footer", "aside", "nav", "header"])
_CHROME_HINT = re.compile(r"footer|sidebar|menu|related|copyright|widget", re.IGNORECASE)
_ANCESTOR_REACH = 40
_PUBLISHED_NAMES = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.date",
    "dc.date",
    "pubdate",
    "publish-date",
    "publishdate",
    "date",
)


_FIRST_YEAR = 1990  # structured data dates outside these years are placeholders
_LAST_YEAR = 2100


def read_date(value: str | None) -> dt.date | None:
    """The calendar date at the start of an ISO 8601 value, or ``None``.

    A timestamp with an offset keeps its local calendar day (the day the page's place saw).

    >>> read_date("2024-05-03T10:00:00+06:00"), read_date("2024-13-40"), read_date("May 3")
    (datetime.date(2024, 5, 3), None, None)
    >>> read_date("2024-05-03T23:30:00-05:00")
    datetime.date(2024, 5, 3)

    A year before the web (1990) or after 2100 is a placeholder of the site's software
    (``0001-01-01``, the Unix epoch ``1970-01-01``), never a publication date: ``None``.

    >>> read_date("0001-01-01"), read_date("1970-01-01T00:00:00Z")
    (None, None)
    """
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    year, month, day = (int(group) for group in match.groups())
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def language_tag(value: str | None) -> str | None:
    """The ISO 639 language of a ``lang`` attribute or locale, lower-cased, or ``None``.

    >>> language_tag("en-US"), language_tag("ru_RU"), language_tag("x-default"), language_tag("")
    ('en', 'ru', None, None)
    """
    if not value:
        return None
    match = _LANG.match(value.strip())
    return match.group(1).lower() if match else None


def clean_title(title: str | None, site_name: str | None = None) -> str | None:
    """A ``<title>`` without its site part (`` | IOM Kyrgyzstan``, ``IOM - …``).

    A part is the site's when it is the ``og:site_name`` or names IOM, the UN
    or a domain; ``" | "`` always separates a site part.

    >>> clean_title("Invented centre opens | International Organization for Migration")
    'Invented centre opens'
    >>> clean_title("Invented centre opens | News | IOM Kyrgyzstan")
    'Invented centre opens'
    >>> clean_title("Bishkek - Osh road opens"), clean_title("IOM Kazakhstan – Invented census")
    ('Bishkek - Osh road opens', 'Invented census')
    """
    if title is None:
        return None
    text = " ".join(title.split())
    site = " ".join(site_name.split()).casefold() if site_name else None

    def is_site(part: str) -> bool:
        folded = part.casefold()
        if not folded:
            return False
        if folded == site or any(phrase in folded for phrase in _SITE_PHRASES):
            return True
        return bool(_SITE_TOKENS.intersection(_NOT_WORD.split(folded))) or bool(
            _DOMAIN.search(part)
        )

    for separator in _TITLE_SEPARATORS:
        if separator not in text:
            continue
        parts = [part.strip() for part in text.split(separator)]
        if separator == " | ":
            kept = [part for part in parts if part and not is_site(part)]
            text = kept[0] if kept else parts[0]
        elif is_site(parts[-1]) and parts[0]:
            text = separator.join(parts[:-1])
        elif is_site(parts[0]) and len(parts) > 1 and parts[-1]:
            text = separator.join(parts[1:])
    return text or None


class MetaNodes:
    """The elements metadata is read from, each list in document order.

    :meth:`from_tree` finds them by one CSS query. ``html`` holds the attributes of the
    root, ``metas`` and ``links`` those of ``meta`` and ``link[rel]`` elements, ``scripts``
    the ``script[type*="ld+json"]`` elements, ``times`` the ``time[datetime]`` elements
    with their attributes. The same query gives the front end the page's ``<main>``
    elements, its ``h1`` headings and its ``<article>`` elements.
    """

    __slots__ = (
        "articles",
        "headings",
        "html",
        "links",
        "mains",
        "metas",
        "scripts",
        "times",
        "title",
    )

    def __init__(self) -> None:
        """None found yet: :meth:`from_tree` fills them."""
        self.html: dict[str, str | None] | None = None
        self.title: LexborNode | None = None
        self.metas: list[dict[str, str | None]] = []
        self.links: list[dict[str, str | None]] = []
        self.scripts: list[LexborNode] = []
        self.times: list[tuple[LexborNode, dict[str, str | None]]] = []
        self.mains: list[LexborNode] = []
        self.headings: list[LexborNode] = []
        self.articles: list[LexborNode] = []

    @classmethod
    def from_tree(cls, tree: LexborHTMLParser) -> MetaNodes:
        """The metadata elements of a parsed page, found by one CSS query."""
        found = cls()
        root = tree.root
        found._add(select(root, _META_SELECTOR) if root is not None else [], selected=True)
        return found

    @classmethod
    def from_head(cls, tree: LexborHTMLParser, body_nodes: Iterable[LexborNode]) -> MetaNodes:
        """What :meth:`from_tree` finds, with the body's elements found by the caller: those
        whose tag id is in :func:`body_tags` (in document order), read here as the query
        would select them. The query then reads the root and the head only (the body holds
        most of a page's elements, and a caller that walks them all anyway spares it).

        >>> from selectolax.lexbor import LexborHTMLParser
        >>> tree = LexborHTMLParser("<title>Invented</title><h1>Osh</h1><link href=x><time>May</time>")
        >>> tags = body_tags()
        >>> found = MetaNodes.from_head(tree, [n for n in tree.body.traverse() if n.tag_id in tags])
        >>> found.title.text(), [h.text() for h in found.headings], found.links, found.times
        ('Invented', ['Osh'], [], [])
        """
        found = cls()
        root, head = tree.root, tree.head
        if root is not None and root.tag_id == _meta_tag_ids()["html"]:
            found._add([root], selected=True)
        if head is not None:
            found._add(select(head, _META_SELECTOR), selected=True)
        found._add(body_nodes, selected=False)
        return found

    def _add(self, nodes: Iterable[LexborNode], *, selected: bool) -> None:
        """Add ``nodes`` (in document order); unless ``selected`` (by the query), those that
        the query's attribute tests would leave out are left out here."""
        # By lexbor tag id (an int: a tag's name is a new string, and costs more).
        ids = _meta_tag_ids()
        meta, time, link, script = ids["meta"], ids["time"], ids["link"], ids["script"]
        title, html, h1, article, main = (
            ids["title"],
            ids["html"],
            ids["h1"],
            ids["article"],
            ids["main"],
        )
        for node in nodes:
            tag = node.tag_id
            if tag == meta:
                self.metas.append(node.attributes)
            elif tag == time:
                attributes = node.attributes
                if selected or "datetime" in attributes:
                    self.times.append((node, attributes))
            elif tag == link:
                attributes = node.attributes
                if selected or "rel" in attributes:
                    self.links.append(attributes)
            elif tag == script:
                # [type*="ld+json"]; the query compares the letters of an HTML element's type
                # in either case (not those of an SVG one's): asked in the rare case.
                kind = "" if selected else node.attributes.get("type") or ""
                if (
                    selected
                    or "ld+json" in kind
                    or ("ld+json" in kind.translate(_LOWER) and node.css_matches(JSON_LD_SCRIPT))
                ):
                    self.scripts.append(node)
            elif tag == title:
                if self.title is None:
                    self.title = node
            elif tag == html:
                if self.html is None:
                    self.html = node.attributes
            elif tag == h1:
                self.headings.append(node)
            elif tag == article:
                self.articles.append(node)
            elif tag == main:
                self.mains.append(node)


@functools.cache
def body_tags() -> frozenset[int]:
    """lexbor's ids of the tags :meth:`MetaNodes.from_head` reads in the body."""
    ids = _meta_tag_ids()
    return frozenset(
        ids[name] for name in ("meta", "time", "link", "script", "title", "h1", "article", "main")
    )


# ASCII letters in lower case, and nothing else changed (as a CSS attribute test folds case).
_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@functools.cache
def _meta_tag_ids() -> dict[str, int]:
    """lexbor's ids of the tags :meth:`MetaNodes.from_tree` tells apart (read off a sample)."""
    from selectolax.lexbor import LexborHTMLParser

    sample = LexborHTMLParser(
        "<html><head><title></title><meta><link><script></script></head>"
        "<body><time></time><main></main><h1></h1><article></article></body></html>"
    )
    return {node.tag or "": node.tag_id or 0 for node in sample.css("*")}


def read_meta(nodes: MetaNodes, main: LexborNode | None, warnings: list[str]) -> HtmlMeta:
    """Read the metadata of a parsed page; broken JSON-LD adds a warning.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<html lang="ru"><head><meta property="og:title" content="Invented">'
    ...     '<meta property="article:published_time" content="2024-05-03T09:00:00Z"></head></html>')
    >>> meta = read_meta(MetaNodes.from_tree(tree), None, [])
    >>> meta.title, meta.published, meta.language
    ('Invented', datetime.date(2024, 5, 3), 'ru')
    """
    values: dict[str, str] = {}
    canonical: str | None = None
    for attributes in nodes.links:
        rel = (attributes.get("rel") or "").casefold().split()
        href = attributes.get("href")
        if "canonical" in rel and href:
            canonical = href.strip()
            break
    for attributes in nodes.metas:
        content = attributes.get("content")
        if content is None:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attributes.get(key)
            if name:
                values.setdefault(name.strip().casefold(), content.strip())
    article, page = _json_ld(nodes.scripts, warnings)
    site_name = values.get("og:site_name") or None
    headline = _text(article.get("headline")) or _text(article.get("name"))
    title = headline or values.get("og:title") or values.get("twitter:title")
    if not title:
        title = nodes.title.text(deep=True) if nodes.title is not None else None
    url = canonical or values.get("og:url") or _text(article.get("url")) or _text(page.get("url"))
    if url and not url.casefold().startswith(("http://", "https://")):
        url = None
    language = language_tag(nodes.html.get("lang") if nodes.html is not None else None)
    language = (
        language
        or language_tag(values.get("content-language"))
        or language_tag(values.get("og:locale"))
        or language_tag(_text(article.get("inLanguage")))
    )
    # The page's own latest date: a publication date after it (a template's default, the
    # date of the crawl) is no publication date.
    latest = max(
        (
            date
            for date in (
                read_date(_text(article.get("dateModified"))),
                read_date(values.get("article:modified_time")),
                read_date(values.get("og:updated_time")),
                read_date(_text(page.get("dateModified"))),
            )
            if date is not None and not _placeholder(date)
        ),
        default=None,
    )
    candidates = [
        _text(article.get("datePublished")),
        *(values.get(name) for name in _PUBLISHED_NAMES),
        _text(page.get("datePublished")),
    ]
    published = None
    for value in candidates:
        date = read_date(value)
        if date is not None and not _placeholder(date) and (latest is None or date <= latest):
            published = date
            break
    if published is None:
        published = _time_element(nodes.times, main)
        if published is not None and latest is not None and published > latest:
            published = None
    description = values.get("description") or values.get("og:description") or None
    return HtmlMeta(
        title=clean_title(title, site_name),
        url=url,
        language=language,
        published=published,
        description=" ".join(description.split()) if description else None,
        site_name=site_name,
    )


def _placeholder(date: dt.date) -> bool:
    """A date that stands for no date: ``0001-01-01``, the Unix epoch, a year before 1900.

    >>> _placeholder(dt.date(1970, 1, 1)), _placeholder(dt.date(1, 1, 1)), _placeholder(dt.date(2019, 5, 3))
    (True, True, False)
    """
    return date.year < _FIRST_YEAR or date == _EPOCH


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0].strip() or None
    return None


def _json_ld(
    scripts: list[LexborNode], warnings: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first article-like and page-like objects of the page's JSON-LD."""
    article: dict[str, Any] = {}
    page: dict[str, Any] = {}
    for script in scripts:
        source = script.text(deep=True)
        if not source.strip() or len(source) > _JSON_LIMIT:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            warnings.append("a JSON-LD block is not valid JSON and was ignored")
            continue
        items: list[Any] = data if isinstance(data, list) else [data]
        queue = list(items)
        while queue:
            item = queue.pop(0)
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                queue.extend(graph)
            types = item.get("@type")
            names = (
                {types}
                if isinstance(types, str)
                else set(types or ())
                if isinstance(types, list)
                else set()
            )
            if not article and names & _ARTICLE_TYPES:
                article = item
            elif not page and names & _PAGE_TYPES:
                page = item
    return article, page


def _time_element(
    times: list[tuple[LexborNode, dict[str, str | None]]], main: LexborNode | None
) -> dt.date | None:
    """The date of the first ``<time datetime>`` of the article (not of chrome, not an update)."""
    main_id = main.mem_id if main is not None else None
    for node, attributes in times:
        date = read_date(attributes.get("datetime"))
        if date is None or _placeholder(date):
            continue
        hint = " ".join(
            value or "" for key, value in attributes.items() if key in ("class", "itemprop", "id")
        )
        if _NOT_PUBLISHED.search(hint):
            continue
        parent = node.parent
        context = parent.text(deep=True) if parent is not None else ""
        if _NOT_PUBLISHED.search(context[:200]):
            continue
        if _in_chrome(node, main_id):
            continue
        return date
    return None


def _in_chrome(node: LexborNode, main_id: int | None) -> bool:
    """Whether a node stands in a footer, sidebar, menu or banner (and not in the main region)."""
    ancestor = node.parent
    inside_main = main_id is None
    for _ in range(_ANCESTOR_REACH):
        if ancestor is None:
            break
        if ancestor.mem_id == main_id:
            inside_main = True
            break
        tag = ancestor.tag or ""
        if tag in _CHROME_TAGS and main_id is None and tag != "header":
            return True
        if tag in ("footer", "aside", "nav"):
            return True
        hint = (
            (ancestor.attributes.get("class") or "") + " " + (ancestor.attributes.get("id") or "")
        )
        if _CHROME_HINT.search(hint):
            return True
        ancestor = ancestor.parent
    return not inside_main
