"""The HTML front end (selectolax Lexbor): HTML to the same Blocks as a text dump.

:func:`parse_html` parses a page once and lets lexbor do the work per node; Python makes
the decisions per block:

1. The metadata elements (``meta``, ``link``, JSON-LD, ``title``, ``time``) by one CSS
   query (:class:`HtmlMeta`).
2. The leaf blocks (paragraphs, headings, list items, cells, captions, divs with no block
   inside) by one CSS query, each read whole by one ``text()`` call in C
   (:func:`~iomkg._front.html_main.leaf_blocks`).
3. The main region by the density of their prose (:func:`~iomkg._front.html_main.choose_main`):
   length, commas and sentence ends, passed up to the containers, weighed by link density;
   class and id words lower a score and never veto the container of the article.
4. Inside the main containers only, by one query each: widgets (cookie banners, share
   bars, hidden boxes, small forms) are removed, chrome (comments, related stories, lists of
   links) is marked, posts of a listing are numbered.
5. The main containers are walked, iteratively (no recursion, so any nesting depth is safe),
   to emit one :class:`~iomkg._blocks.Block` per block element with everything a text dump
   gives (list items with their nesting level, runs of text separated by ``<br>``, text
   directly inside ``div`` elements, captions, gaps where images stood), its link target
   and its listing unit; the rest of the page is chrome (``ASIDE``), emitted leaf by leaf
   in document order, so the layouts see the whole page and skip it.

A page with too little prose to tell its body by density (a sentence or two) keeps its
``<main>`` element (or the element holding its ``h1`` and most of its paragraphs) and is
walked whole, with the regions of its landmarks and chrome classes.
"""

from __future__ import annotations

import functools
import operator
import re
import sys
from itertools import compress
from typing import TYPE_CHECKING

import attrs

from .._blocks import Block, BlockKind, Region, new_block
from .._regex import lazy_pattern
from .decode import INVISIBLE as _INVISIBLE
from .html_css import select, select_first
from .html_main import (
    MainChoice,
    any_word,
    choose_main,
    leaf_blocks_and_tags,
    link_density,
    not_body,
    text_size,
)
from .html_metadata import HtmlMeta, MetaNodes, body_tags, read_meta

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["HtmlMeta", "looks_like_html", "parse_html"]

# A document that opens with one of these tags (after spaces and comments) is HTML.
_HTML_START = re.compile(
    r"\s{0,200}(?:<!--.{0,2000}?-->\s{0,200}){0,5}"
    r"<(?:!doctype\s{1,10}html|html|head|body|meta|title|link|div|p|main|article|section|header"
    r"|nav|table|ul|ol|h[1-6]|span|a|script|style|\?xml)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)

# Elements whose content is never text of the page.
_DROP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "button",
        "textarea",
        "input",
        "head",
        "title",
        "video",
        "audio",
        "picture",
        "map",
        "dialog",
        "-comment",
    ]
)
# Dropped elements that stood on the page as a visible element (an image, a video): a gap of 2.
_VISUAL = frozenset(["img", "svg", "iframe", "video", "picture", "object", "embed", "canvas"])
_LISTS = frozenset(["ul", "ol", "menu"])
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_KIND_OF = {
    "p": BlockKind.PARAGRAPH,
    "blockquote": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
    **dict.fromkeys(_HEADINGS, BlockKind.HEADING),
}
# Inline elements: never a block, never chrome on their own; their class is not read.
_INLINE = frozenset(
    [
        "a",
        "b",
        "i",
        "u",
        "s",
        "em",
        "strong",
        "span",
        "small",
        "big",
        "sup",
        "sub",
        "abbr",
        "cite",
        "code",
        "mark",
        "q",
        "time",
        "font",
        "label",
        "bdi",
        "bdo",
        "var",
        "kbd",
        "samp",
        "del",
        "ins",
        "wbr",
        "data",
        "dfn",
    ]
)
_LANDMARK = {
    "nav": Region.NAV,
    "aside": Region.ASIDE,
    "footer": Region.FOOTER,
    "header": Region.HEADER,  # a page banner outside the main region: logo, menu, languages
    "menu": Region.NAV,
}
# The notices that end a story (when short, after its last paragraph): its copyright, an
# advert's label, a call to share, follow or subscribe (a sentence that opens with the verb:
# "he wrote on Facebook" ends many a story). Words and one bounded run: no nested quantifier.
_TAIL_NOTICE = lazy_pattern(
    r"[©ⓒ]|\ball rights reserved\b|^copyright\b|\bcopyright (?:\d{4}|by)\b"
    r"|\bsubject to copyright\b|^advert(?:isement)?$"
    r"|(?:^|[.!?] )(?:share (?:this|it)\b|follow (?:us|him|her|them|me)\b|follow @"
    r"|follow\b[^.!?\n]{0,80}\b(?:twitter|facebook|instagram|youtube|telegram)\b"
    r"|subscribe\b|sign up\b|click here\b)",
    re.IGNORECASE,
)
# The labels of an advert's slot (a block of its own anywhere in the story).
_AD_LABELS = frozenset(
    ["advertisement", "advert", "ad", "sponsored", "anzeige", "publicidad", "publicité",
     "pubblicità", "реклама"]
)  # fmt: skip
_AD_LABEL_CHARS = 40
# The longest notice (in characters).
_TAIL_CHARS = 300
# Widgets that are dropped whole: cookie and consent banners, share buttons, skip links.
# The rules are CSS attribute selectors read off an element's attribute dict during the walk
# (one lexbor CSS query over the whole tree costs more than the walk's look at an element):
# [class*=cookie], [id*=cookie], …, [hidden], [aria-hidden=true]; values are case-sensitive.
_WIDGET_CLASS = (
    "cookie|consent|gdpr|share|sharing|addtoany|a2a_|social-media|social-links|socials"
    "|social-icons|visually-hidden|sr-only|screen-reader"
)
# The attributes that can make an element a widget, chrome or the main element.
_MARKED = frozenset(["class", "id", "hidden", "aria-hidden", "role"])
# Chrome known by role or class: menus, breadcrumbs, sidebars, footers, banners. The first
# rule that matches gives the region ([role=navigation], [class*=menu], [id*=menu], …).
_NAV_CLASS = "menu|breadcrumb|pager|pagination|navbar|language-switcher|navigation|nav-links"
# [class~=footer] compares the words of the class, separated by CSS's (ASCII) white space.
_CSS_SPACES = str.maketrans("\t\n\f\r", "    ")
# Runs of opening tags with no closing tag between them nest the tree deeper with every tag,
# and the HTML parser's work grows with the square of the depth. Runs are found in chunks
# of _RUN_CHUNK tags (each attempt spans at most that many tags: linear time); a run longer
# than _MAX_RUN is flattened to its text before parsing. Void elements never nest.
_RUN_CHUNK = 64
_MAX_RUN = 1024
# How many "<" of a stretch with no closing tag are found one by one (see _flatten_deep_runs).
_STRETCH_STEPS = 32
_OPEN_RUN = re.compile(
    r"(?:<(?![/!?]|(?:br|img|hr|meta|link|input|wbr|source|area|col|base|param|track|embed)\b)"
    # (?=(…))\1 matches like an atomic group: what it took is never given back piecemeal.
    rf"[a-zA-Z](?=([^<>]{{0,200}}))\1>(?=([^<]{{0,200}}))\2){{{_RUN_CHUNK}}}",
    re.IGNORECASE,
)
_OPEN_ONE = re.compile(_OPEN_RUN.pattern.rsplit("{", 1)[0], re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,300}>")
# An element with many attributes: the HTML parser compares each new attribute name with
# every earlier one (80,000 attributes took 12 s). One attribute as the HTML tokenizer reads
# it: after white space or "/", or right after a quoted value ('a="x"b="y"' is two); its
# name may open with "=" and hold "<"; a quoted value may hold "<" and ">", an unquoted one
# a backquote. Here a quote ends a name and an unquoted value, "<" an unquoted value, and no
# "/" after "<" separates two attributes (the tokenizer reads on, but in a script, where it
# reads no tag, a run of such names would reach past "</script", and names that held quotes
# would take a script's code for attributes). Elements are found in chunks of _ATTR_CHUNK
# attributes (each attempt spans one tag, its runs bounded: linear time); one with more than
# _MAX_ATTRS is read without its attributes.
_ATTR_CHUNK = 64
_MAX_ATTRS = 512
_ATTR = (
    r"""(?:(?:\s|(?<!<)/)[\s/]{0,19}|(?<=["']))[^\s"'>/][^\s"'>/=]{0,199}"""
    r"""(?:\s{0,20}=\s{0,20}(?:"[^"]{0,4000}"|'[^']{0,4000}'|[^\s"'=<>]{1,4000}))?"""
)
# Each attribute is taken like an atomic group (and the tag's name possessively): at the end
# of a tag nothing is tried again. Python 3.11 writes (?>…), 3.10 the (?=(…))\1 form; the
# two match the same.
if sys.version_info >= (3, 11):
    _ONE_ATTR = f"(?>{_ATTR})"
    # The search for a crowded element reads every tag of a page, so 3.11 writes it for
    # speed (a quarter less time than the plain form, the same matches): each run inside an
    # attribute is possessive (inside an atomic group no run is ever given back with
    # profit: each is followed by a character it cannot hold), the value is one branch of
    # two, the second empty (no optional group to enter), the chunk's attributes are written
    # out one after another (no repeat of a group to count), and the end of the tag is seen
    # before the three ways an attribute may open are tried. Compiled on first use (a long
    # pattern).
    _FAST_ATTR = (
        r"""(?>(?!>)(?:(?:\s|(?<!<)/)[\s/]{0,19}+|(?<=["']))[^\s"'>/][^\s"'>/=]{0,199}+"""
        r"""(?:\s{0,20}+=\s{0,20}+"""
        r"""(?:"[^"]{0,4000}+"|'[^']{0,4000}+'|[^\s"'=<>]{1,4000}+)|))"""
    )
    _crowded = lazy_pattern(r"<[a-zA-Z][^\s/>]{0,60}+" + _FAST_ATTR * _ATTR_CHUNK)
else:  # pragma: no cover - Python 3.10
    _ONE_ATTR = f"(?=({_ATTR}))\\1"
    _crowded = lazy_pattern(
        rf"<[a-zA-Z](?=([^\s/>]{{0,60}}))\1(?:(?=({_ATTR}))\2){{{_ATTR_CHUNK}}}"
    )
_ATTRS = re.compile(rf"(?:{_ONE_ATTR}){{{_ATTR_CHUNK}}}")
_ATTRS_TAIL = re.compile(rf"(?:{_ONE_ATTR}){{0,{_ATTR_CHUNK - 1}}}")
_TAG_NAME = re.compile(r"<[a-zA-Z][^\s/>]{0,60}")
_WIDGET_TEXT = 600
# A list in the story whose text is mostly links is a list of other stories.
_LINK_LIST = 0.6
# The share of a paragraph's text its links hold above which it is a link, not prose.
_LINKED_PARAGRAPH = 0.8
# The fewest words and characters of a linked paragraph read as a teaser of another story.
_TEASER_WORDS = 4
_TEASER_CHARS = 20
# A bar of links: this many links at least, of this many words at most each, in a block of
# these tags (a link's block is found through two inline elements at most).
_BAR_LINKS = 3
_BAR_WORDS = 3
_BAR_TAGS = frozenset(["p", "div", "section"])
_EXEMPT = frozenset(["html", "body", "main"])
# Posts of a listing: boxes that repeat under the main container, with two blocks each.
_POST_TAGS = frozenset(["div", "section", "li", "article"])
_POST_BLOCKS = "p,h1,h2,h3,h4,h5,h6,li"
_MIN_POSTS = 2
_POSTS_LOOKED_AT = 3
# Inline elements with no attribute that can make them a widget, in most pages (their
# attributes are not read): the widget rules look at spans, links and the rest.
_INLINE_PLAIN = frozenset(["b", "i", "u", "em", "strong", "sup", "sub", "br", "wbr", "img"])
_REGION = operator.attrgetter("region")
_TEXT = operator.attrgetter("text")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML rather than a text dump: it opens with an HTML tag.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Osh</p></body></html>")
    True
    >>> looks_like_html("<p>Invented paragraph.</p>"), looks_like_html("Osh – a <b> tag in text")
    (True, False)
    """
    if text.lstrip()[:1] != "<":
        return False
    return bool(_HTML_START.match(text[:4096]))


def parse_html(text: str) -> tuple[tuple[Block, ...], HtmlMeta, tuple[str, ...]]:
    """HTML to blocks, metadata and warnings.

    >>> html = ('<html lang="en-US"><head><title>Invented centre opens | IOM Kyrgyzstan</title></head>'
    ...         '<body><nav><ul><li><a href="/">Home</a></li></ul></nav><main><h1>Invented centre opens</h1>'
    ...         '<p>Osh –&nbsp;A <b>new</b> centre opened.<br>It serves 40 people.</p></main></body></html>')
    >>> blocks, meta, warnings = parse_html(html)
    >>> [(b.text, b.kind.value, b.region.value) for b in blocks]
    [('Home', 'list_item', 'nav'), ('Invented centre opens', 'heading', 'main'), ('Osh – A new centre opened.', 'paragraph', 'main'), ('It serves 40 people.', 'paragraph', 'main')]
    >>> meta.title, meta.language
    ('Invented centre opens', 'en')
    """
    warnings: list[str] = []
    text = _flatten_deep_runs(text, warnings)
    text = _strip_crowded_tags(text, warnings)
    # Imported here: callers that only read text dumps never load the HTML parser.
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    body = tree.body
    # The source is not normalised: each block's text is (its spaces collapsed, its invisible
    # characters removed when it has any: a printable text has none).
    scrub = True
    if body is None:
        return (), read_meta(MetaNodes.from_tree(tree), None, warnings), tuple(warnings)
    body_id = body.mem_id
    # The walk that finds the leaves finds the body's metadata elements too.
    leaves, loose, body_nodes = leaf_blocks_and_tags(body, body_tags())
    choice = choose_main(body, leaves, loose)
    main: LexborNode | None
    if choice is not None and choice.containers:
        # The main region by the density of its prose. Widgets and chrome by class names are
        # looked for in it only: outside it, every block is chrome already.
        main = choice.containers[0]
        nodes = MetaNodes.from_head(tree, body_nodes)
        heading = _title_heading(nodes.headings, choice, _title_hint(nodes))
        # The story's date elements stand by its title: in the main container when the title
        # does, else anywhere but in chrome (or in the page's <main>). Read before widgets go
        # (the nodes read stay valid).
        first_main = nodes.mains[0] if nodes.mains else None
        meta = read_meta(nodes, first_main or (main if heading is None else None), warnings)
        # Which container each element inside one stands in (found before widgets go), the
        # widgets and chrome inside them.
        inside, chrome = _inner_pass(choice.containers, keep=_kept(choice), measure=choice.sizes)
        _chrome_with_main(chrome, choice)
        blocks = _emit(
            body,
            leaves,
            _Reading(choice.containers, inside, chrome, heading, _units(choice, nodes, inside)),
            scrub=scrub,
        )
        if choice.post_kind is None:
            _drop_notices(blocks)
    else:
        # Widgets go before anything reads text off the tree (paragraph sizes, a date's context).
        chrome = _inner_pass([body], density=False)[1]
        nodes = MetaNodes.from_tree(tree)
        main = (
            (nodes.mains[0] if nodes.mains else None)
            or (select_first(tree.root, "[role=main]") if tree.root is not None else None)
            or _densest_region(tree)
        )
        meta = read_meta(nodes, main, warnings)
        blocks = _walk(
            body,
            _WalkPlan(
                body_id,
                main.mem_id if main is not None else None,
                chrome,
                scrub,
                _units_under(main, nodes) if main is not None else None,
            ),
        )
    first = _first_main(blocks) if main is not None else -1
    if main is not None and first < 0:
        # The main region holds no text (broken markup, or it stands outside the body): read
        # the page without a main region rather than call all of it chrome.
        main = None
        blocks = _walk(body, _WalkPlan(body_id, None, chrome, scrub))
    if main is not None:
        title = next(
            (b.text for b in blocks[first:] if b.region is Region.MAIN and b.heading_level == 1),
            None,
        )
        meta = attrs.evolve(meta, heading=title)
    if not blocks and text.strip():
        warnings.append("the HTML holds no visible text")
    return tuple(blocks), meta, tuple(warnings)


def _drop_notices(blocks: list[Block]) -> None:
    """Make chrome the notices that end a story's main region after its last paragraph (a
    copyright line, a call to share, follow or subscribe, each short) and the labels of
    adverts' slots anywhere in it.

    >>> from iomkg._blocks import new_block
    >>> texts = ["Invented story, with a comma.", "Follow us on Twitter", "© 2024 Invented News"]
    >>> blocks = [new_block(t, BlockKind.PARAGRAPH, i, 1, 0, None, Region.MAIN) for i, t in enumerate(texts)]
    >>> _drop_notices(blocks)
    >>> [b.region.value for b in blocks]
    ['main', 'aside', 'aside']
    """
    main = Region.MAIN
    regions = list(map(_REGION, blocks))
    if main not in regions:
        return
    first = regions.index(main)  # in C: the chrome before the story is skipped at once
    labels = _AD_LABELS
    # The short blocks from there on, found in C (most blocks are longer than a label).
    short = _AD_LABEL_CHARS.__gt__
    for index in compress(
        range(first, len(blocks)), map(short, map(len, map(_TEXT, blocks[first:])))
    ):
        # An advert's label stands where the advert was, between paragraphs.
        block = blocks[index]
        if block.region is main and block.text.casefold() in labels:
            blocks[index] = attrs.evolve(block, region=Region.ASIDE)
    index = len(blocks) - 1
    while index >= 0 and blocks[index].region is not main:
        index -= 1
    notice = _TAIL_NOTICE()
    while index > 0:
        block = blocks[index]
        if block.region is main:
            text = block.text
            if len(text) > _TAIL_CHARS or notice.search(text) is None:
                return
            blocks[index] = attrs.evolve(block, region=Region.ASIDE)
        index -= 1


def _first_main(blocks: list[Block]) -> int:
    """The index of the first block of the main region, or -1 (found in C: menus come first)."""
    regions = list(map(_REGION, blocks))
    return regions.index(Region.MAIN) if Region.MAIN in regions else -1


class _Reading:
    """What :func:`_emit` reads the page with: the main containers, the container of each leaf
    inside one (by ``mem_id``), the chrome inside them, the title heading outside them, the
    post containers (listing units) inside them."""

    __slots__ = ("chrome", "containers", "heading", "inside", "units")

    def __init__(
        self,
        containers: list[LexborNode],
        inside: dict[int, int],
        chrome: dict[int, Region],
        heading: LexborNode | None,
        units: dict[int, int],
    ) -> None:
        self.units = units
        self.containers = containers
        self.inside = inside
        self.chrome = chrome
        self.heading = heading


def _emit(
    body: LexborNode, leaves: list[tuple[LexborNode, str]], reading: _Reading, *, scrub: bool
) -> list[Block]:
    """The blocks of a page whose main containers are known.

    The main containers are walked (every block, list level, caption and gap, as a text dump
    would give them); the rest of the page is chrome, read leaf by leaf (one ``text()`` call
    each, in C), all of it ``ASIDE`` but the title heading.
    """
    heading_id = reading.heading.mem_id if reading.heading is not None else None
    containers = reading.containers
    inside = reading.inside
    done: set[int] = set()
    blocks: list[Block] = []
    main_id = containers[0].mem_id
    body_id = body.mem_id
    kinds = _leaf_kinds()
    aside = Region.ASIDE
    plain = (BlockKind.LINE, 0)

    shared = _WalkPlan(body_id, main_id, reading.chrome, scrub, reading.units)

    def walk(container: LexborNode) -> list[Block]:
        """The blocks of a main container, numbered after those read so far."""
        return _walk(container, shared, len(blocks))

    for node, raw in leaves:
        ident = node.mem_id
        index = inside.get(ident)
        if index is not None:
            if index not in done:
                done.add(index)
                blocks.extend(walk(containers[index]))
            continue
        if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            text = raw  # clean already (see _clean): most leaves are
        else:
            text = _clean(raw, scrub)
        if not text:
            continue
        kind, level = kinds.get(node.tag_id, plain)
        region = Region.MAIN if ident == heading_id else aside
        bullet = "•" if kind is BlockKind.LIST_ITEM else None
        blocks.append(new_block(text, kind, len(blocks), 1, 0, bullet, region, level))
    for index, container in enumerate(containers):
        if index not in done:
            # A container with no leaf (text broken by <br> only): read after the rest.
            blocks.extend(walk(container))
    return blocks


@functools.cache
def _leaf_kinds() -> dict[int | None, tuple[BlockKind, int]]:
    """The kind (and heading level) of a leaf block, by lexbor tag id."""
    ids = _tags().ids
    return {ids[name]: kind for name, kind in _LEAF_KINDS.items() if name in ids}


_LEAF_KINDS = {
    "p": (BlockKind.PARAGRAPH, 0),
    "blockquote": (BlockKind.PARAGRAPH, 0),
    "li": (BlockKind.LIST_ITEM, 0),
    "figcaption": (BlockKind.CAPTION, 0),
    "caption": (BlockKind.CAPTION, 0),
    **{f"h{level}": (BlockKind.HEADING, level) for level in range(1, 7)},
}


def _clean(text: str, scrub: bool) -> str:
    r"""A leaf's text with its white space collapsed (and invisible characters gone).

    >>> _clean("Osh\n  and\u200b Naryn ", True), _clean("Osh\x1fNaryn", True)
    ('Osh and Naryn', 'OshNaryn')
    """
    if scrub and not text.isprintable():
        # A line break or a tab makes most leaves unprintable: collapsed, a text with no
        # invisible character is printable (see _no_invisible), and the search for them
        # (a regex over the whole text) is spared.
        collapsed = " ".join(text.split())
        if _no_invisible(text, collapsed):
            return collapsed
        if _INVISIBLE.search(text):
            text = _INVISIBLE.sub("", text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _no_invisible(text: str, collapsed: str) -> bool:
    r"""Whether ``text`` holds no invisible character (:data:`~iomkg._front.decode.INVISIBLE`),
    told by ``collapsed`` (its words joined by single spaces): the invisible characters are
    unprintable, and a split into words removes only the four of them that are white space
    (the separators U+001C to U+001F), which are looked for in ``text``.

    >>> _no_invisible("Osh\n Naryn", "Osh Naryn"), _no_invisible("Osh\u00ad", "Osh\u00ad")
    (True, False)
    >>> _no_invisible("Osh\x1cNaryn", "Osh Naryn")
    False
    """
    return (
        collapsed.isprintable()
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )


def _units(choice: MainChoice, nodes: MetaNodes, inside: dict[int, int]) -> dict[int, int]:
    """The post containers inside the main containers, numbered from 1 (by ``mem_id``).

    In a listing of posts alike (the same tag and class), each post is one, with or without a
    heading; else each ``<article>`` inside the main region is (``inside`` tells which
    container an element stands in); else the boxes that repeat one tag and class under the
    main container, each with two blocks at least.
    """
    units: dict[int, int] = {}
    for index, container in enumerate(choice.containers):
        kind = choice.post_kind
        posts: list[LexborNode] = []
        if kind is None:
            posts = [node for node in nodes.articles if inside.get(node.mem_id) == index]
            if not posts:
                kind = _repeated_kind(container)
        if kind is not None:
            child = container.child
            while child is not None:
                if child.tag == kind[0] and (child.attributes or {}).get("class") == kind[1]:
                    posts.append(child)
                child = child.next
        for node in posts:
            units[node.mem_id] = len(units) + 1
    return units


def _units_under(main: LexborNode, nodes: MetaNodes) -> dict[int, int] | None:
    """The post containers of a main region found without density (too little prose to
    score: a listing of short teasers): the ``<article>`` elements inside it, else the boxes
    that repeat one tag and class under it; ``None`` when there are not two."""
    main_id = main.mem_id
    posts: list[LexborNode] = []
    for node in nodes.articles:
        parent = node.parent
        while parent is not None and parent.mem_id != main_id:
            parent = parent.parent
        if parent is not None:
            posts.append(node)
    if not posts:
        kind = _repeated_kind(main)
        child = main.child if kind is not None else None
        while child is not None and kind is not None:
            if child.tag == kind[0] and (child.attributes or {}).get("class") == kind[1]:
                posts.append(child)
            child = child.next
    if len(posts) < 2:
        return None
    return {node.mem_id: number for number, node in enumerate(posts, 1)}


def _repeated_kind(container: LexborNode) -> tuple[str, str | None] | None:
    """The tag and class of the boxes (``div.post``) that repeat under ``container`` and hold
    two blocks each (a title and a teaser, paragraphs), or ``None``."""
    kinds: dict[tuple[str, str | None], list[LexborNode]] = {}
    child = container.child
    while child is not None:
        if child.tag in _POST_TAGS:
            name = (child.attributes or {}).get("class")
            if name:
                kinds.setdefault((child.tag or "", name), []).append(child)
        child = child.next
    for kind, boxes in sorted(kinds.items(), key=lambda item: -len(item[1])):
        # The first few tell (a query each): a thousand boxes cost no thousand queries.
        if len(boxes) >= _MIN_POSTS and all(
            len(select(box, _POST_BLOCKS)) >= 2 for box in boxes[:_POSTS_LOOKED_AT]
        ):
            return kind
    return None


def _inner_pass(
    containers: list[LexborNode],
    *,
    density: bool = True,
    keep: frozenset[int] = frozenset(),
    measure: Callable[[LexborNode], int] = text_size,
) -> tuple[dict[int, int], dict[int, Region]]:
    """The container each element inside ``containers`` stands in (by ``mem_id``), and the
    chrome inside them; the widgets inside them are removed from the tree.

    Widgets (cookie banners, share bars, hidden elements, small forms) go; a widget with much
    text is content whatever its class says. Chrome: elements that their role, class or id
    names as chrome or as no body (comments, related stories; in a main region found by
    ``density``, share bars, tags and the like too) and (there) lists that are mostly links, each unless it holds half
    of the container's text (a class word never vetoes the article). No element in ``keep``
    is removed. One CSS query per container, for every element in it. ``measure`` gives an
    element's text (:func:`~iomkg._front.html_main.text_size`, or the sizes the choice of
    the main region measured already).
    """
    inside: dict[int, int] = {}
    chrome: dict[int, Region] = {}
    widgets: list[LexborNode] = []
    marked = _MARKED
    rules = _kept_rules
    # Tags by lexbor id (an int: a tag's name is a new string, and costs more than the id).
    tags = _tags()
    plain, inline, exempt, lists, form = tags.plain, tags.inline, tags.exempt, tags.lists, tags.form
    anchor, paragraph = tags.ids["a"], tags.ids["p"]
    # The paragraphs that hold links, with the length of their links' text; the boxes and
    # paragraphs that hold short links, with their number and the length of their text.
    linked: dict[int, tuple[LexborNode, int]] = {}
    bars: dict[int, tuple[LexborNode, int, int]] = {}
    bar_tags = tags.bars
    for index, container in enumerate(containers):
        total = 0
        for node in select(container, "*"):
            inside[node.mem_id] = index
            tag = node.tag_id
            if tag in plain:
                continue
            if tag == anchor and density:
                # The block the link stands in, through a few inline elements (<p><b><a>).
                holder = node.parent
                if holder is not None and holder.tag_id in inline:
                    holder = holder.parent
                    if holder is not None and holder.tag_id in inline:
                        holder = holder.parent
                if holder is not None and (kind := holder.tag_id) in bar_tags:
                    key = holder.mem_id
                    words = node.text(deep=True).split()
                    size = sum(map(len, words)) + len(words) - 1 if words else 0
                    if kind == paragraph:
                        count = linked[key][1] if key in linked else 0
                        linked[key] = (holder, count + size)
                    if len(words) <= _BAR_WORDS:
                        links, chars = bars[key][1:] if key in bars else (0, 0)
                        bars[key] = (holder, links + 1, chars + size)
                    else:
                        bars[key] = (holder, -_BAR_LINKS, 0)  # a long link: no bar
            attributes = node.attributes
            if (
                attributes
                and "style" in attributes
                and _hidden_style(attributes["style"])
                and tag not in exempt
                and node.mem_id not in keep
            ):
                # Hidden by its style: never seen, whatever its size (a copy of the story's
                # metadata, or of its text, for search engines).
                widgets.append(node)
                continue
            if tag == form or (attributes and not marked.isdisjoint(attributes)):
                classes = attributes.get("class") or ""
                ident = attributes.get("id") or ""
                role = attributes.get("role")
                aria = attributes.get("aria-hidden")
                hiding = ("hidden" in attributes, aria)
                if len(classes) + len(ident) + len(role or "") + len(aria or "") < _RULES_KEPT:
                    is_widget, region, no_body = rules(classes, ident, role, hiding, density)
                else:
                    is_widget, region, no_body = _rules(classes, ident, role, hiding, density)
                if (
                    tag not in exempt
                    and (tag == form or is_widget)
                    and node.mem_id not in keep
                    and len(node.text(deep=True)) <= _WIDGET_TEXT
                ):
                    widgets.append(node)
                    continue
                if tag in inline or tag in exempt:
                    continue
                if region is not None or no_body:
                    total = total or measure(container)
                    if 2 * measure(node) < total:
                        chrome[node.mem_id] = region or Region.ASIDE
                    continue
            if density and tag in lists:
                # A list of links in the story: related stories, tags, "read also".
                total = total or measure(container)
                held = measure(node)
                if 3 * held < total and link_density(node, held) > _LINK_LIST:
                    chrome[node.mem_id] = Region.ASIDE
    for holder, links, count in bars.values():
        # A row of short links and nothing else (share buttons, tags, a menu in the story).
        if (
            links >= _BAR_LINKS
            and holder.mem_id not in keep
            and count >= _LINKED_PARAGRAPH * measure(holder)
        ):
            chrome[holder.mem_id] = Region.ASIDE
    for holder, count in linked.values():
        # A paragraph that is a link with a headline's words (a teaser of another story,
        # "read also: …"): chrome. A link of a word or two (a source's name, an address) is
        # a reference of the story.
        if holder.mem_id in keep or count < _TEASER_CHARS:
            continue
        text = holder.text(deep=True)
        if count >= _LINKED_PARAGRAPH * (len(text) - text.count("  ") - text.count("\n")) and (
            len(text.split()) >= _TEASER_WORDS
        ):
            chrome[holder.mem_id] = Region.ASIDE
    if widgets:
        _decompose_outermost(widgets)
    return inside, chrome


def _kept(choice: MainChoice) -> frozenset[int]:
    """The elements no widget rule may remove: the main containers, the densest element and
    the elements around it (removing one would free the nodes the front end still reads)."""
    kept = {container.mem_id for container in choice.containers}
    node = choice.core
    while node is not None:
        kept.add(node.mem_id)
        node = node.parent
    return frozenset(kept)


def _decompose_outermost(nodes: list[LexborNode]) -> None:
    """Remove ``nodes`` from the tree; one inside another goes with it (never freed twice)."""
    ids = {node.mem_id for node in nodes}
    outermost = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outermost.append(node)
    for node in outermost:
        node.decompose()


def _title_hint(nodes: MetaNodes) -> str | None:
    """The page's title as its metadata gives it, to pick the title among several ``h1``."""
    for attributes in nodes.metas:
        if (attributes.get("property") or attributes.get("name")) in ("og:title", "twitter:title"):
            return attributes.get("content")
    return nodes.title.text(deep=True) if nodes.title is not None else None


def _chrome_with_main(chrome: dict[int, Region], choice: MainChoice) -> None:
    """Mark the main containers ``MAIN`` in ``chrome``; neither they, their ancestors nor the
    densest element's are chrome (a class word never vetoes the container of the article)."""
    node: LexborNode | None = choice.core
    while node is not None:
        chrome.pop(node.mem_id, None)
        node = node.parent
    for container in choice.containers:
        node = container
        while node is not None:
            chrome.pop(node.mem_id, None)
            node = node.parent
    for container in choice.containers:
        chrome[container.mem_id] = Region.MAIN


def _title_heading(
    headings: list[LexborNode], choice: MainChoice, title: str | None
) -> LexborNode | None:
    """The page's title ``h1`` when it stands outside the main containers, else ``None``.

    With several ``h1``, the one that shares most words with the metadata's title.
    """
    if not headings:
        return None
    inside = {container.mem_id for container in choice.containers}
    best: LexborNode | None = None
    best_score = -1.0
    wanted = set(title.casefold().split()) if title else set()
    for heading in headings:
        text = heading.text(deep=True).strip()
        if not text:
            continue
        node = heading.parent
        while node is not None:
            if node.mem_id in inside:
                return None  # the title is in the main region already
            node = node.parent
        words = set(text.casefold().split())
        score = len(words & wanted) / len(words | wanted) if wanted else 0.0
        if score > best_score:
            best, best_score = heading, score
    if wanted and best_score < 0.3:
        return None
    return best


def _flatten_deep_runs(text: str, warnings: list[str]) -> str:
    """Replace runs of more than :data:`_MAX_RUN` unclosed opening tags by their text.

    >>> warnings = []
    >>> flat = _flatten_deep_runs("<html><body>" + "<div>" * 2000 + "Osh" + "</div>", warnings)
    >>> flat.count("<div>"), flat.endswith("Osh</div>"), warnings
    (0, True, ['markup nested 2002 tags deep was read as plain text'])
    """
    if len(text) <= 3 * _MAX_RUN:
        # Too short for a run (and counting tags costs more than the search below).
        return text
    runs: list[list[int]] = []  # [start, end, tags]
    # A deep run stands in a stretch between two closing tags: only stretches longer than
    # 3 * _MAX_RUN with more than _MAX_RUN tags in them are searched. Such a stretch holds a
    # whole window of half that length with no "</" in it: windows are looked at in turn
    # (a find that stops at the first "</", in C), and a stretch only where one has none.
    size = len(text)
    window = 3 * _MAX_RUN // 2
    position = 0
    find = text.find  # the loop runs once per window: a hundred times over a page
    while position < size:
        end = position + window  # past the end, find reads up to the end
        if find("</", position, end + 1) >= 0:
            position = end
            continue
        start = text.rfind("</", 0, position + 1)
        start = 0 if start < 0 else start + 2
        # The stretch's end and its number of "<", by one search for "<" at a time (a
        # script or a style holds few of them, and a search for one character costs less
        # than one for "</" and a count after it). Past _STRETCH_STEPS of them (a stretch
        # of markup, data holding markup), the rest by one search for its end and a count.
        tags = text.count("<", start, position)
        at = position
        steps = _STRETCH_STEPS
        while True:
            at = find("<", at)
            if at < 0:
                stop = size
                break
            if text.startswith("/", at + 1):
                stop = at
                break
            tags += 1
            at += 1
            steps -= 1
            if not steps:
                stop = find("</", at)
                stop = size if stop < 0 else stop
                tags += text.count("<", at, stop)
                break
        if stop - start > 3 * _MAX_RUN and tags > _MAX_RUN:
            for match in _OPEN_RUN.finditer(text, start, stop):
                if runs and runs[-1][1] == match.start():
                    runs[-1][1] = match.end()
                    runs[-1][2] += _RUN_CHUNK
                else:
                    runs.append([match.start(), match.end(), _RUN_CHUNK])
        position = stop
    deep = [run for run in runs if run[2] > _MAX_RUN]
    if not deep:
        return text
    parts: list[str] = []
    position = 0
    for start, chunk_end, chunk_tags in deep:
        end, tags = chunk_end, chunk_tags
        # The tail of the run, shorter than a chunk, tag by tag.
        while (one := _OPEN_ONE.match(text, end)) is not None and one.end() > end:
            end = one.end()
            tags += 1
        parts.append(text[position:start])
        parts.append(_TAG.sub(" ", text[start:end]))
        position = end
        warnings.append(f"markup nested {tags} tags deep was read as plain text")
    parts.append(text[position:])
    return "".join(parts)


def _strip_crowded_tags(text: str, warnings: list[str]) -> str:
    """Drop the attributes of every element that has more than :data:`_MAX_ATTRS` of them.

    >>> warnings = []
    >>> crowded = "<p " + " ".join(f"a{i}=x" for i in range(600)) + ">Osh</p>"
    >>> _strip_crowded_tags("<html><body>" + crowded, warnings), warnings
    ('<html><body><p>Osh</p>', ['an element with more than 512 attributes was read without them'])
    """
    if len(text) < 2 * _MAX_ATTRS:
        return text  # too short for a crowded element
    parts: list[str] = []
    position = 0
    for match in _crowded().finditer(text):
        if match.start() < position:
            continue  # inside an element already stripped
        end = match.end()
        count = _ATTR_CHUNK
        while (more := _ATTRS.match(text, end)) is not None:
            end = more.end()
            count += _ATTR_CHUNK
        tail = _ATTRS_TAIL.match(text, end)
        if tail is not None:
            end = tail.end()
        if count <= _MAX_ATTRS:
            continue
        name = _TAG_NAME.match(text, match.start())
        assert name is not None  # the element's match starts with its name
        parts.append(text[position : name.end()])
        position = end
        warnings.append(f"an element with more than {_MAX_ATTRS} attributes was read without them")
    if not parts:
        return text
    parts.append(text[position:])
    return "".join(parts)


def _densest_region(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the title and the body of a page without a ``<main>``.

    The nearest ancestor of the first ``h1`` that holds at least half of the page's
    paragraph text; else the element with the most paragraph text (a paragraph
    counting for its parent and half for its grandparent).
    """
    root = tree.root
    if root is None:
        return None
    paragraphs = select(root, "p")
    total = sum(len(p.text(deep=True)) for p in paragraphs)
    heading = select_first(root, "h1")
    if heading is not None and total:
        node = heading.parent
        while node is not None and node.tag not in ("body", "html"):
            held = sum(len(p.text(deep=True)) for p in select(node, "p"))
            if 2 * held >= total:
                return node
            node = node.parent
        return None
    if not paragraphs:
        return None
    # Each paragraph counts for its parent, and half for its grandparent: a column of
    # many short paragraphs outweighs one long paragraph in a box.
    weight: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in paragraphs:
        size = len(p.text(deep=True))
        parent = p.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            key = parent.mem_id
            weight[key] = weight.get(key, 0.0) + size * share
            nodes.setdefault(key, parent)
            parent = parent.parent
    if not weight:
        return None
    # Ties go to the element met first in document order (dicts keep insertion order).
    best = max(weight, key=weight.__getitem__)
    node = nodes[best]
    return None if node.tag in ("body", "html") else node


@functools.cache
def _class_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The class rules of widgets and of navigation (compiled on first use, not at import)."""
    return any_word(_WIDGET_CLASS.split("|")), any_word(_NAV_CLASS.split("|"))


def _rules(
    classes: str, ident: str, role: str | None, hiding: tuple[bool, str | None], density: bool
) -> tuple[bool, Region | None, bool]:
    """What an element's class, id, role and hiding (its ``hidden`` attribute, its
    ``aria-hidden`` value) make it: a widget (:func:`_is_widget`), chrome
    (:func:`_chrome_region`), no body (:func:`~iomkg._front.html_main.not_body`)."""
    hidden, aria = hiding
    attributes: dict[str, str | None] = {"class": classes, "id": ident, "role": role}
    if hidden:
        attributes["hidden"] = ""
    if aria is not None:
        attributes["aria-hidden"] = aria
    return (
        _is_widget(attributes),
        _chrome_region(attributes),
        not_body(f"{classes} {ident}", strict=density),
    )


# The rules of the classes and ids met, kept (a site repeats the same few on every page):
# a look-up instead of a few dozen substring tests. Short ones only: 4,096 keys of fewer
# than _RULES_KEPT characters each (a page cannot make the cache hold its text).
_RULES_KEPT = 200
_kept_rules = functools.lru_cache(maxsize=4096)(_rules)


def _hidden_style(style: str | None) -> bool:
    """Whether an inline style hides its element (``display: none``, ``visibility: hidden``):
    text a reader never sees, such as a copy of the story's metadata for search engines.

    >>> _hidden_style("display: none;"), _hidden_style("VISIBILITY:hidden"), _hidden_style("color: red")
    (True, True, False)
    """
    if not style or (
        "none" not in style
        and "hidden" not in style
        and "NONE" not in style
        and "HIDDEN" not in style
    ):
        return False  # most styles: four searches in C, no copy of the text
    style = style.lower().replace(" ", "")
    return "display:none" in style or "visibility:hidden" in style


def _is_widget(attributes: dict[str, str | None]) -> bool:
    """Whether an element's attributes make it a widget (see :data:`_WIDGET_CLASS`)."""
    ident = attributes.get("id") or ""
    return (
        "hidden" in attributes
        or attributes.get("aria-hidden") == "true"
        or _class_rules()[0].search(attributes.get("class") or "") is not None
        or "cookie" in ident
        or "consent" in ident
        or "share" in ident
    )


def _chrome_region(attributes: dict[str, str | None]) -> Region | None:
    """The chrome region an element's role, class or id gives, or ``None``."""
    role = attributes.get("role")
    ident = attributes.get("id") or ""
    classes = attributes.get("class") or ""
    if role == "navigation" or "menu" in ident or _class_rules()[1].search(classes):
        return Region.NAV
    if (
        role == "complementary"
        or "sidebar" in ident
        or "sidebar" in classes
        or "widget-area" in classes
        or "related" in classes
    ):
        return Region.ASIDE
    if (
        role == "contentinfo"
        or "footer" in ident
        or "site-footer" in classes
        or ("footer" in classes and "footer" in classes.translate(_CSS_SPACES).split(" "))
    ):
        return Region.FOOTER
    if (
        role == "banner"
        or ident == "header"
        or "site-header" in classes
        or ("header" in classes and "header" in classes.translate(_CSS_SPACES).split(" "))
    ):
        return Region.HEADER
    return None


# What the walk does with an element, by its lexbor tag id (an int: no tag name is built).
_BLOCK, _INLINE_TAG, _BREAK, _VISUAL_TAG, _DROPPED, _SKIP, _UNKNOWN = range(7)
# lexbor's ids of the tags it knows are small numbers; an unknown (custom) tag's id is an
# address, valid in one document only, and is never cached.
_STATIC_IDS = 1 << 16


class _Tags:
    """lexbor tag ids of the tags the walk tells apart."""

    __slots__ = (
        "bars",
        "category",
        "exempt",
        "form",
        "heading",
        "ids",
        "inline",
        "kind",
        "landmark",
        "lists",
        "plain",
        "text",
    )

    def __init__(self, ids: dict[str, int], text: int, comment: int) -> None:
        def of(names: Iterable[str]) -> list[int]:
            return [ids[name] for name in names]

        self.ids = ids
        self.text = text
        # Grows: tags met that are blocks (or no elements) are added.
        self.category: dict[int, int] = {comment: _SKIP}
        for group, value in (
            (_DROP - {"-comment"}, _DROPPED),
            (_VISUAL | {"img"}, _VISUAL_TAG),
            (frozenset(["br"]), _BREAK),
            (_INLINE, _INLINE_TAG),
        ):
            self.category.update(dict.fromkeys(of(group), value))
        self.kind = {ids[name]: kind for name, kind in _KIND_OF.items()}
        self.heading = {ids[name]: level for name, level in _HEADINGS.items()}
        self.landmark = {ids[name]: region for name, region in _LANDMARK.items()}
        self.lists = frozenset(of(_LISTS))
        self.plain = frozenset(of(_INLINE_PLAIN))
        self.inline = frozenset(of(_INLINE))
        self.exempt = frozenset(of(_EXEMPT))
        self.form = ids["form"]
        self.bars = frozenset(of(_BAR_TAGS))


@functools.cache
def _tags() -> _Tags:
    """The tag ids, read once off a parsed sample that holds every tag the walk names."""
    names = (
        (_DROP - {"-comment", "head", "caption"})
        | _VISUAL
        | _LISTS
        | _INLINE
        | set(_KIND_OF)
        | set(_LANDMARK)
        | {"br", "img", "li", "main", "meta", "link", "script", "title", "time", "form"}
        | _BAR_TAGS
    ) - {"caption"}
    voids = {"br", "img", "input", "wbr", "embed", "meta", "link"}
    from selectolax.lexbor import LexborHTMLParser

    sample = LexborHTMLParser(
        "<html><head></head><body><p>x<!--c--></p><table><caption></caption></table>"
        + "".join(f"<{name}>" if name in voids else f"<{name}></{name}>" for name in sorted(names))
        + "</body></html>"
    )
    ids: dict[str, int] = {}
    assert sample.root is not None
    for node in sample.root.traverse(include_text=True):
        ids.setdefault(node.tag or "", node.tag_id or 0)
    paragraph = sample.css_first("p")
    assert paragraph is not None
    assert paragraph.child is not None
    text_node = paragraph.child
    comment = text_node.next
    assert comment is not None
    return _Tags(ids, text_node.tag_id or 0, comment.tag_id or 0)


# A frame is an open block element during the walk: what its text becomes.
# (kind, region, list level, heading level, list item number (0 outside items), in the main
# region, listing unit number (0 outside units))
_Frame = tuple[BlockKind, Region, int, int, int, bool, int]
# The stack entry of the body (an inline element's is None).
_BODY = object()


@attrs.frozen
class _WalkPlan:
    """What every walk of one page shares (see :func:`_walk`).

    ``body_id`` is the body element's ``mem_id``; ``main_id`` the main element's
    (``None``: no main region); ``chrome`` the regions of elements by ``mem_id`` (``MAIN``
    marks another element of the main region); ``scrub`` removes invisible characters from
    the text of the blocks that have any; ``units`` the listing unit of post containers.
    """

    body_id: int | None
    main_id: int | None
    chrome: dict[int, Region]
    scrub: bool
    units: dict[int, int] | None = None


def _walk(start: LexborNode, plan: _WalkPlan, base: int = 0) -> list[Block]:
    """Walk a subtree (the body, or a main container) depth first, without recursion, and
    emit its blocks: every block element, list level, caption and gap, as a text dump gives.

    ``base`` is the offset of the first block. ``stack`` holds one entry per open element:
    its frame for a block element, ``None`` for an inline one; ``owners`` holds the open
    block frames only.
    """
    body_id, main_id, chrome = plan.body_id, plan.main_id, plan.chrome
    scrub, units = plan.scrub, plan.units
    tags = _tags()
    text_id = tags.text
    category = tags.category
    kind_of = tags.kind
    heading_of = tags.heading
    landmark_of = tags.landmark
    lists = tags.lists
    li_id = tags.ids["li"]
    body_tag = tags.ids["body"]
    main_region = Region.MAIN
    nav, aside, header = Region.NAV, Region.ASIDE, Region.HEADER
    list_item, line = BlockKind.LIST_ITEM, BlockKind.LINE
    blocks: list[Block] = []
    buffer: list[str] = []
    gap = 1
    items = 0
    last_item = -1
    outside = Region.ASIDE if main_id is not None else Region.UNKNOWN
    root: _Frame = (line, outside, -1, 0, 0, False, 0)
    link: str | None = None  # the target of the link the next block is (its only content)
    # A link that opens a run of loose text in a box (``<div><a href>Read more</a></div>``):
    # the block's target when nothing but white space follows it in the run.
    loose_link: str | None = None
    a_tag = tags.ids["a"]
    owners: list[_Frame] = [root]
    stack: list[object] = []
    # Outside the body, or inside a dropped element: no text is read. A walk that starts
    # inside the body (a main container) reads from the start.
    quiet = start.mem_id == body_id

    def flush(frame: _Frame) -> None:
        nonlocal gap, last_item, link, loose_link
        if loose_link is not None:
            if link is None and all(part.isspace() for part in buffer[1:]):
                link = loose_link
            loose_link = None
        joined = buffer[0] if len(buffer) == 1 else "".join(buffer)
        buffer.clear()
        printable = joined.isprintable()
        # Invisible characters are unprintable: a printable text has none to scrub. A text
        # made unprintable by its line breaks only is collapsed at once (see _clean).
        if scrub and not printable:
            collapsed = " ".join(joined.split())
            if _no_invisible(joined, collapsed):
                joined, printable = collapsed, True
            elif _INVISIBLE.search(joined):
                joined = _INVISIBLE.sub("", joined)
                printable = joined.isprintable()
        if not (
            printable and "  " not in joined and joined[:1] != " " and joined[-1:] != " " and joined
        ):
            # White space to collapse: the only printable white space is " " (most blocks
            # have none to collapse, and two passes in C cost less than a split into words).
            joined = " ".join(joined.split())
            if not joined:
                return
        kind, region, level, heading, item, _, unit = frame
        if not item:
            blocks.append(
                new_block(
                    joined, kind, base + len(blocks), gap, 0, None, region, heading, link, unit
                )
            )
        elif item == last_item:
            # More text of the same list item (a value under its label): a line right after it.
            if kind is list_item:
                kind = line
            blocks.append(
                new_block(joined, kind, base + len(blocks), 0, 0, None, region, heading, link, unit)
            )
        else:
            blocks.append(
                new_block(
                    joined,
                    list_item,
                    base + len(blocks),
                    gap,
                    level if level > 0 else 0,
                    "•",
                    region,
                    heading,
                    link,
                    unit,
                )
            )
        gap = 1
        last_item = item
        link = None

    node: LexborNode = start
    child: LexborNode | None
    while True:
        tid = node.tag_id
        if tid == text_id:
            if not quiet:
                content = node.text_content or ""
                # White space that opens a block carries nothing (it separates tags in the source).
                if buffer or not content.isspace():
                    buffer.append(content)
        elif (
            tid == li_id
            and not quiet
            and (ident := node.mem_id) != main_id
            and ident not in chrome
            and (units is None or ident not in units)
            and (child := node.child) is not None
            and (only := _only_text(child, text_id, category)) is not None
        ):
            # A plain list item (no attribute that decides anything, only text or one plain
            # link inside): most blocks of a page are menu items. This item and the plain
            # items after it are read here, each in one step, with what the general branch
            # below would do for them and nothing else.
            if buffer:
                flush(owners[-1])
            _, region, level, _, _, in_main, unit = owners[-1]
            out_level = level if level > 0 else 0
            while True:
                items += 1
                if child.tag_id == a_tag:
                    link = child.attributes.get("href")
                if only and only.isprintable() and "  " not in only and only[0] != " " != only[-1]:
                    # Clean text (see flush): the block is made here.
                    blocks.append(
                        new_block(
                            only,
                            list_item,
                            base + len(blocks),
                            gap,
                            out_level,
                            "•",
                            region,
                            0,
                            link,
                            unit,
                        )
                    )
                    gap = 1
                    last_item = items
                    link = None
                elif not only.isspace():
                    buffer.append(only)
                    flush((list_item, region, level, 0, items, in_main, unit))
                link = None
                # The next item, past white space between items (which the text branch drops:
                # the buffer is empty here).
                sibling = node.next
                while (
                    sibling is not None
                    and sibling.tag_id == text_id
                    and (sibling.text_content or "").isspace()
                ):
                    node = sibling
                    sibling = node.next
                if sibling is None or sibling.tag_id != li_id:
                    break
                ident = sibling.mem_id
                if ident == main_id or ident in chrome or (units is not None and ident in units):
                    break
                child = sibling.child
                if child is None:
                    break
                only = _only_text(child, text_id, category)
                if only is None:
                    break
                node = sibling
            if sibling is not None:
                # Not a plain item: the walk goes on there.
                node = sibling
                continue
        else:
            role = category.get(tid, _UNKNOWN)
            if role == _UNKNOWN:
                role = _role_of_unknown(node, category)
            child = None
            entry: object = None
            if role == _SKIP:
                pass
            elif quiet:
                child = node.child
                if tid == body_tag and child is not None and node.mem_id == body_id:
                    # The body is no block of its own: its text is the root frame's.
                    quiet = False
                    entry = _BODY
            elif role == _INLINE_TAG:
                child = node.child
                if child is not None and child.tag_id == text_id and child.next is None:
                    # Only text inside (a link, a bold word): read it here, no need to climb.
                    content = child.text_content or ""
                    if buffer or not content.isspace():
                        if not buffer and tid == a_tag:
                            loose_link = node.attributes.get("href")
                        buffer.append(content)
                    child = None
            elif role == _BLOCK:
                if buffer:
                    flush(owners[-1])
                ident = node.mem_id
                is_main = ident == main_id
                chrome_region = chrome.get(ident)
                if chrome_region is main_region:
                    # Another element of the main region (a second container, the title).
                    is_main, chrome_region = True, None
                kind, region, level, _, item, in_main, unit = owners[-1]
                if units is not None:
                    unit = units.get(ident, unit)
                if is_main:
                    region, in_main = Region.MAIN, True
                # The main element is never chrome, whatever its tag or class.
                landmark = None if is_main else landmark_of.get(tid) or chrome_region
                if landmark is not None:
                    if not in_main:
                        # A page banner is navigation chrome: the layouts skip NAV, FOOTER
                        # and ASIDE.
                        region = nav if landmark is header else landmark
                    elif landmark is nav or landmark is aside:
                        # Inside the main region, a header or footer belongs to the article
                        # (its title, its tags); menus and sidebars stay chrome.
                        region = landmark
                own = kind_of.get(tid)
                if own is None:
                    # Text directly in a div (or a table cell) keeps the kind of the item
                    # it is in.
                    own = kind if kind is list_item else line
                if tid in lists:
                    level += 1
                if tid == li_id:
                    items += 1
                    item = items
                frame = (own, region, level, heading_of.get(tid, 0), item, in_main, unit)
                child = node.child
                if child is not None:
                    only = _only_text(child, text_id, category)
                    if only is not None:
                        # Only text inside (maybe in one plain link): the block is read at once.
                        if not only.isspace():
                            if child.tag_id == a_tag:
                                link = child.attributes.get("href")
                            buffer.append(only)
                            flush(frame)
                        child = None
                    else:
                        owners.append(frame)
                        entry = frame
            elif role == _BREAK:
                if buffer:
                    flush(owners[-1])
            elif role == _VISUAL_TAG:
                # An image, a video: a visible gap between blocks.
                if buffer:
                    flush(owners[-1])
                gap = 2
            if child is not None:
                stack.append(entry)
                node = child
                continue
        # Next sibling, or climb to the first ancestor with one, closing elements on the way.
        while True:
            if not stack:
                return blocks
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            node = node.parent  # type: ignore[assignment]
            closed = stack.pop()
            if closed is None:
                continue
            if closed is _BODY:
                if buffer:
                    flush(owners[-1])
                quiet = True
            else:
                owners.pop()
                if buffer:
                    flush(closed)  # type: ignore[arg-type]


def _only_text(child: LexborNode, text_id: int, category: dict[int, int]) -> str | None:
    """The text of a block whose first child is its only one, a text or an inline element
    around a text (a menu's ``<li><a href>Home</a></li>``), else ``None``.

    Reading it here spares the walk two levels of descent and climb.
    """
    tid = child.tag_id
    if child.next is not None:
        return None
    if tid == text_id:
        return child.text_content or ""
    if category.get(tid) != _INLINE_TAG:
        return None
    inner = child.child
    if inner is None or inner.tag_id != text_id or inner.next is not None:
        return None
    return inner.text_content or ""


def _role_of_unknown(node: LexborNode, category: dict[int, int]) -> int:
    """The role of an element the tables do not name (a block), or of a node that is no element."""
    tag = node.tag
    role = _SKIP if tag is None or tag[0] in "-!" else _BLOCK
    tid = node.tag_id
    if tid is not None and tid < _STATIC_IDS:
        category[tid] = role
    return role


def _outside(block: Block) -> Block:
    """A block of a page with a main region that stands outside it (and outside any chrome)."""
    return new_block(
        block.text,
        block.kind,
        block.offset,
        block.gap,
        block.level,
        block.bullet,
        Region.ASIDE,
        block.heading_level,
    )
