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
from ._decode import INVISIBLE as _INVISIBLE
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
        "[class*=pagination],[class*=navbar],[class*=language-switcher],[class*=navigation],"
        "[class*=nav-links]",
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
# Runs of opening tags with no closing tag between them nest the tree deeper with every tag,
# and the HTML parser's work grows with the square of the depth. Runs are found in chunks
# of _RUN_CHUNK tags (each attempt spans at most that many tags: linear time); a run longer
# than _MAX_RUN is flattened to its text before parsing. Void elements never nest.
_RUN_CHUNK = 64
_MAX_RUN = 1024
_OPEN_RUN = re.compile(
    r"(?:<(?![/!?]|(?:br|img|hr|meta|link|input|wbr|source|area|col|base|param|track|embed)\b)"
    # (?=(…))\1 matches like an atomic group: what it took is never given back piecemeal.
    rf"[a-zA-Z](?=([^<>]{{0,200}}))\1>(?=([^<]{{0,200}}))\2){{{_RUN_CHUNK}}}",
    re.IGNORECASE,
)
_OPEN_ONE = re.compile(_OPEN_RUN.pattern.rsplit("{", 1)[0], re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,300}>")
# A character reference that may stand for an invisible character (numeric, or named).
_REFERENCE = re.compile(r"&(?:#|shy;|zwn?j;|ZeroWidthSpace;|NoBreak;|NegativeVery)")
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
    warnings: list[str] = []
    text = _flatten_deep_runs(text, warnings)
    tree = LexborHTMLParser(text)
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
    # The input was normalised: invisible characters can only come from character references.
    scrub = "&" in text and bool(_REFERENCE.search(text))
    blocks = _walk(body, main.mem_id if main is not None else None, chrome, scrub=scrub)
    if main is not None and not any(b.region is Region.MAIN for b in blocks):
        # The region found by paragraph density holds no text (broken markup): read the page
        # without a main region rather than call all of it chrome.
        main = None
        blocks = _walk(body, None, chrome, scrub=scrub)
    if main is not None:
        heading = next(
            (b.text for b in blocks if b.region is Region.MAIN and b.heading_level == 1), None
        )
        meta = attrs.evolve(meta, heading=heading)
    if not blocks and text.strip():
        warnings.append("the HTML holds no visible text")
    return blocks, meta, tuple(warnings)


def _flatten_deep_runs(text: str, warnings: list[str]) -> str:
    """Replace runs of more than :data:`_MAX_RUN` unclosed opening tags by their text.

    >>> warnings = []
    >>> flat = _flatten_deep_runs("<html><body>" + "<div>" * 2000 + "Osh" + "</div>", warnings)
    >>> flat.count("<div>"), flat.endswith("Osh</div>"), warnings
    (0, True, ['markup nested 2002 tags deep was read as plain text'])
    """
    if text.count("<") <= _MAX_RUN:
        return text
    runs: list[list[int]] = []  # [start, end, tags]
    # A deep run stands between two closing tags: only stretches with more than _MAX_RUN
    # tags in them are searched (counting and splitting run in C; most pages have none).
    offset = 0
    for stretch in text.split("</"):
        if len(stretch) > 3 * _MAX_RUN and stretch.count("<") > _MAX_RUN:
            for match in _OPEN_RUN.finditer(text, offset, offset + len(stretch)):
                if runs and runs[-1][1] == match.start():
                    runs[-1][1] = match.end()
                    runs[-1][2] += _RUN_CHUNK
                else:
                    runs.append([match.start(), match.end(), _RUN_CHUNK])
        offset += len(stretch) + 2
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


def _main_region(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the title and the body, found by structure.

    ``<main>`` or ``[role=main]`` when the page has one; else the nearest
    ancestor of the first ``h1`` that holds at least half of the page's
    paragraph text; else the element with the most paragraph text (a paragraph
    counting for its parent and half for its grandparent).
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


# A frame is an open block element during the walk: what its text becomes.
# (kind, region, list level, heading level, list item number (0 outside items), in the main region)
_Frame = tuple[BlockKind, Region, int, int, int, bool]


def _walk(
    body: LexborNode, main_id: int | None, chrome: dict[int, Region], *, scrub: bool = True
) -> tuple[Block, ...]:
    """Walk the tree once, depth first, without recursion, and emit the blocks.

    ``stack`` holds one entry per open element: its frame for a block element,
    ``None`` for an inline one; ``owners`` holds the open block frames only.
    ``scrub`` removes invisible characters that character references produced.
    """
    blocks: list[Block] = []
    buffer: list[str] = []
    gap = 1
    items = 0
    last_item = -1
    outside = Region.ASIDE if main_id is not None else Region.UNKNOWN
    root: _Frame = (BlockKind.LINE, outside, -1, 0, 0, False)
    owners: list[_Frame] = [root]
    stack: list[_Frame | None] = [root]
    inline_tags = _INLINE
    skip_tags = _DROP
    visual_tags = _VISUAL

    def flush(frame: _Frame) -> None:
        nonlocal gap, last_item
        joined = "".join(buffer)
        buffer.clear()
        if scrub and _INVISIBLE.search(joined):
            joined = _INVISIBLE.sub("", joined)
        words = joined.split()
        if not words:
            return
        kind, region, level, heading, item, _ = frame
        bullet: str | None = None
        before = gap
        if item and item == last_item:
            # More text of the same list item (a value under its label): a line right after it.
            if kind is BlockKind.LIST_ITEM:
                kind = BlockKind.LINE
            before = 0
        elif item:
            kind, bullet = BlockKind.LIST_ITEM, "•"
        blocks.append(
            Block(
                text=" ".join(words),
                kind=kind,
                offset=len(blocks),
                gap=before,
                level=max(level, 0) if bullet else 0,
                bullet=bullet,
                region=region,
                heading_level=heading,
            )
        )
        gap = 1
        last_item = item

    node: LexborNode | None = body.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            content = node.text_content or ""
            # White space that opens a block carries nothing (it separates tags in the source).
            if buffer or not content.isspace():
                buffer.append(content)
        elif tag in inline_tags:
            child = node.child
            if child is not None:
                stack.append(None)
                node = child
                continue
        elif tag == "br":
            if buffer:
                flush(owners[-1])
        elif tag in visual_tags or tag == "img":
            if buffer:
                flush(owners[-1])
            gap = 2
        elif tag not in skip_tags and tag is not None and tag[0] not in "-!":
            if buffer:
                flush(owners[-1])
            frame = _enter(node, tag, owners[-1], main_id, chrome)
            if tag == "li":
                items += 1
                frame = (*frame[:4], items, frame[5])
            child = node.child
            if child is not None:
                stack.append(frame)
                owners.append(frame)
                node = child
                continue
        # Next sibling, or climb to the first ancestor with one, closing elements on the way.
        while node is not None:
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            if len(stack) <= 1:
                node = None
                break
            node = node.parent
            closed = stack.pop()
            if closed is not None:
                owners.pop()
                if buffer:
                    flush(closed)
    if buffer:
        flush(owners[-1])
    return tuple(blocks)


def _enter(
    node: LexborNode, tag: str, parent: _Frame, main_id: int | None, chrome: dict[int, Region]
) -> _Frame:
    """The frame of a block element (or an unknown element, read as a ``div``)."""
    kind, region, level, _, item, in_main = parent
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
    own = _KIND_OF.get(tag)
    if own is None:
        # Text directly in a div (or a table cell) keeps the kind of the item it is in.
        own = kind if kind is BlockKind.LIST_ITEM else BlockKind.LINE
    if tag in _LISTS:
        level += 1
    return (own, region, level, _HEADINGS.get(tag, 0), item, in_main)
