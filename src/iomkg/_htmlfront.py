"""The HTML front end (selectolax Lexbor): HTML to the same Blocks as a text dump.

:func:`parse_html` parses a page once, reads its metadata (:class:`HtmlMeta`),
finds the main content region by structure, drops what carries no text
(scripts, styles, forms, embedded media, cookie banners and share widgets) and
walks the tree once, iteratively (no recursion, so any nesting depth is safe),
to emit one :class:`~iomkg._blocks.Block` per block element: paragraphs, list
items with their nesting level, headings, captions, table cells, runs of text
separated by ``<br>`` and text directly inside ``div`` elements. Blocks of
navigation, site banners, sidebars and footers carry their
:class:`~iomkg._blocks.Region`, so the layouts skip them as chrome.
"""

from __future__ import annotations

import re

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._blocks import Block, BlockKind, Region
from ._decode import normalise
from ._html.metadata import HtmlMeta, read_meta

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
        "form",
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
# Elements that start and end a block of text.
_BLOCK = frozenset(
    [
        "html",
        "body",
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "li",
        "ul",
        "ol",
        "menu",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "pre",
        "address",
        "hr",
        "fieldset",
        "legend",
        "details",
        "summary",
        "center",
        "search",
        "option",
    ]
)
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
# Widgets that are dropped whole: cookie and consent banners, share buttons, skip links.
_WIDGETS = (
    "[class*=cookie],[id*=cookie],[class*=consent],[id*=consent],[class*=gdpr],"
    "[class*=share],[id*=share],[class*=sharing],[class*=addtoany],[class*=a2a_],"
    "[class*=social-media],[class*=social-links],[class*=socials],[class*=social-icons],"
    "[class*=visually-hidden],[class*=sr-only],[class*=screen-reader],[hidden],"
    "[aria-hidden=true]"
)
# Chrome known by role or class: menus, breadcrumbs, sidebars, footers, banners.
_CHROME = (
    (
        "[role=navigation],[class*=menu],[id*=menu],[class*=breadcrumb],[class*=pager],"
        "[class*=pagination],[class*=navbar],[class*=language-switcher]",
        Region.NAV,
    ),
    (
        "[role=complementary],[class*=sidebar],[id*=sidebar],[class*=widget-area],[class*=related]",
        Region.ASIDE,
    ),
    ("[role=contentinfo],[id*=footer],[class~=footer],[class*=site-footer]", Region.FOOTER),
    ("[role=banner],[class*=site-header],[id=header],[class~=header]", Region.HEADER),
)
_MAIN = "main,[role=main]"
_WIDGET_TEXT = 600


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
    tree = LexborHTMLParser(text)
    warnings: list[str] = []
    for widget in tree.css(_WIDGETS):
        # A widget is short; an element with much text is content whatever its class says.
        if (
            widget.tag not in ("html", "body", "main")
            and len(widget.text(deep=True)) <= _WIDGET_TEXT
        ):
            widget.decompose()
    main = _main_region(tree)
    meta = read_meta(tree, main, warnings)
    chrome: dict[int, Region] = {}
    for selector, region in _CHROME:
        for node in tree.css(selector):
            chrome.setdefault(node.mem_id, region)
    body = tree.body
    if body is None:
        return (), meta, tuple(warnings)
    blocks = _walk(body, main.mem_id if main is not None else None, chrome)
    if main is not None:
        heading = next(
            (b.text for b in blocks if b.region is Region.MAIN and b.heading_level == 1), None
        )
        meta = attrs.evolve(meta, heading=heading)
    if not blocks and text.strip():
        warnings.append("the HTML holds no visible text")
    return blocks, meta, tuple(warnings)


def _main_region(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the title and the body, found by structure.

    ``<main>`` or ``[role=main]`` when the page has one; else the nearest
    ancestor of the first ``h1`` that holds at least half of the page's
    paragraph text; else the parent of the most paragraph text.
    """
    main = tree.css_first(_MAIN)
    if main is not None:
        return main
    paragraphs = tree.css("p")
    total = sum(len(p.text(deep=True)) for p in paragraphs)
    heading = tree.css_first("h1")
    if heading is not None and total:
        node = heading.parent
        while node is not None and node.tag not in ("body", "html"):
            held = sum(len(p.text(deep=True)) for p in node.css("p"))
            if 2 * held >= total:
                return node
            node = node.parent
        return None
    if not paragraphs:
        return None
    weight: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for p in paragraphs:
        parent = p.parent
        if parent is None:
            continue
        weight[parent.mem_id] = weight.get(parent.mem_id, 0) + len(p.text(deep=True))
        nodes[parent.mem_id] = parent
    if not weight:
        return None
    best = max(weight, key=lambda key: (weight[key], -key))
    node = nodes[best]
    return None if node.tag in ("body", "html") else node


@attrs.define
class _Frame:
    """An open element during the walk: what its text becomes."""

    block: bool
    kind: BlockKind
    region: Region
    level: int
    heading: int
    item: int  # the number of the list item this element is in (0 outside list items)
    in_main: bool


def _walk(body: LexborNode, main_id: int | None, chrome: dict[int, Region]) -> tuple[Block, ...]:
    """Walk the tree once, depth first, without recursion, and emit the blocks."""
    blocks: list[Block] = []
    buffer: list[str] = []
    gap = 1
    items = 0
    last_item = -1
    outside = Region.ASIDE if main_id is not None else Region.UNKNOWN
    root = _Frame(
        block=True,
        kind=BlockKind.LINE,
        region=outside,
        level=-1,
        heading=0,
        item=0,
        in_main=False,
    )
    stack: list[_Frame] = [root]

    def flush(frame: _Frame) -> None:
        nonlocal gap, last_item
        if not buffer:
            return
        joined = "".join(buffer)
        buffer.clear()
        if not joined.isascii():
            joined = normalise(joined)
        words = joined.split()
        if not words:
            return
        kind = frame.kind
        bullet: str | None = None
        before = gap
        if frame.item and frame.item == last_item:
            # More text of the same list item (a value under its label): a line right after it.
            kind = BlockKind.LINE if kind is BlockKind.LIST_ITEM else kind
            before = 0
        elif frame.item:
            kind, bullet = BlockKind.LIST_ITEM, "•"
        blocks.append(
            Block(
                text=" ".join(words),
                kind=kind,
                offset=len(blocks),
                gap=before,
                level=max(frame.level, 0) if bullet else 0,
                bullet=bullet,
                region=frame.region,
                heading_level=frame.heading,
            )
        )
        gap = 1
        last_item = frame.item

    def innermost() -> _Frame:
        for frame in reversed(stack):
            if frame.block:
                return frame
        return root

    node: LexborNode | None = body.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            content = node.text_content
            if content:
                buffer.append(content)
        elif tag in _DROP or tag in _VISUAL or tag == "img":
            if tag in _VISUAL or tag == "img":
                flush(innermost())
                gap = 2
        elif tag == "br":
            flush(innermost())
        elif tag is not None and not tag.startswith(("-", "!")):
            parent = stack[-1]
            if tag in _INLINE:
                frame = _Frame(
                    block=False,
                    kind=parent.kind,
                    region=parent.region,
                    level=parent.level,
                    heading=parent.heading,
                    item=parent.item,
                    in_main=parent.in_main,
                )
            else:
                flush(innermost())
                frame = _enter(node, tag, parent, main_id, chrome)
                if tag == "li":
                    items += 1
                    frame.item = items
            stack.append(frame)
            child = node.child
            if child is not None:
                node = child
                continue
            closed = stack.pop()
            if closed.block:
                flush(closed)
        # Next sibling, or climb to the first ancestor with one, closing elements on the way.
        while node is not None:
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            node = node.parent
            if len(stack) <= 1:
                node = None
                break
            closed = stack.pop()
            if closed.block:
                flush(closed)
    flush(innermost())
    return tuple(blocks)


def _enter(
    node: LexborNode, tag: str, parent: _Frame, main_id: int | None, chrome: dict[int, Region]
) -> _Frame:
    """The frame of a block element (or an unknown element, read as a ``div``)."""
    region = parent.region
    in_main = parent.in_main
    ident = node.mem_id
    if ident == main_id:
        region, in_main = Region.MAIN, True
    landmark = _LANDMARK.get(tag) or chrome.get(ident)
    if landmark is not None:
        if not in_main:
            # A page banner is navigation chrome: the layouts skip NAV, FOOTER and ASIDE.
            region = Region.NAV if landmark is Region.HEADER else landmark
        elif landmark in (Region.NAV, Region.ASIDE):
            # Inside the main region, a header or footer belongs to the article (its title,
            # its tags); menus and sidebars stay chrome.
            region = landmark
    kind = _KIND_OF.get(tag)
    level = parent.level + 1 if tag in _LISTS else parent.level
    if kind is None:
        # Text directly in a div (or a table cell) keeps the kind of the item it is in.
        kind = parent.kind if parent.kind is BlockKind.LIST_ITEM else BlockKind.LINE
    return _Frame(
        block=True,
        kind=kind,
        region=region,
        level=level,
        heading=_HEADINGS.get(tag, 0),
        item=parent.item,
        in_main=in_main,
    )
