"""The main content of an HTML page, chosen by the density of its prose, not by class names.

:func:`choose_main` scores the text units of a page (paragraphs, cells, quotes, list items
and the elements whose text ``<br>`` breaks into lines) by how much running prose they hold
(length, commas, sentence ends), adds each score to the unit's ancestors (in full to the
parent, in part further up), and picks the container with the best score once its link
density and its class or id words are counted, as readability, jusText and trafilatura do.
A ``<main>`` element or an ``<article>`` raises a container's score; words such as
``sidebar``, ``comment``, ``related`` or ``share`` lower it, and never rule out the
container that holds the article. Inside the chosen container, sub-containers that hold
little of its prose and are named as chrome (comments, related stories, share bars) or
are mostly links become chrome.
"""

from __future__ import annotations

import functools
import heapq
import re
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from .._blocks import Region
from .html_css import select, select_first

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from selectolax.lexbor import LexborNode

__all__ = [
    "LEAVES",
    "MainChoice",
    "TextSizes",
    "any_word",
    "choose_main",
    "leaf_blocks",
    "leaf_blocks_and_tags",
    "link_density",
    "not_body",
    "text_size",
]

#: Block elements read whole by one ``text()`` call each: the block tags, and divs with no
#: block inside (a paragraph of a page that uses none). A list item, cell or quote with
#: blocks inside stands right before them in document order, and is left out by
#: :func:`leaf_blocks` (its blocks are read instead).
LEAVES = (
    "br,p,h1,h2,h3,h4,h5,h6,li,dt,dd,td,th,figcaption,caption,blockquote,pre,address,"
    "div:not(:has(div,p,ul,ol,dl,table,li,h1,h2,h3,h4,h5,h6,blockquote,pre,section,article,"
    "form,script,style,noscript,template,svg,select,textarea,iframe))"
)
# The leaves by tag, and the divs that are leaves: one walk over the elements that keeps
# the first by tag id and the second by a query of divs costs less than the query of all
# (lexbor tests each element against each selector of a list).
_LEAF_TAGS, _LEAF_DIVS = LEAVES.split(",div:", 1)
_LEAF_DIVS = f"div:{_LEAF_DIVS}"
# The leaf tags that may hold other leaves, and how far below them one is looked for.
_HOLDERS = frozenset(["li", "td", "th", "dd", "dt", "blockquote", "figcaption", "caption"])
_HOLDER_REACH = 4
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
# The boxes whose <br>-broken text is prose when they hold blocks too (else they are leaves).
_BOXES = frozenset(["div", "section", "article", "main", "td", "span", "font", "center"])
_BLOCK_CHILD = "div,p,ul,ol,table"
# The block elements a lead paragraph has none of inside.
_BLOCKS = frozenset(
    ["div", "p", "ul", "ol", "dl", "table", "section", "article", "blockquote", "pre", "figure",
     "form", "nav", "aside", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6"]
)  # fmt: skip
_SCORED = frozenset(["p", "pre", "td", "blockquote", "dd", "li", "div", "address"])
# A unit shorter than this (in characters) is a label, a menu item, a date: not prose.
_MIN_UNIT = 25
# How far up a unit's score goes: the parent takes it whole, the grandparent half, and the
# element at level n (n >= 2) a third of it divided by n.
_REACH = 5
_SHARES = (2, *(3 * level for level in range(2, _REACH)))
# Class or id words of chrome (a score is lowered, never set to nothing) and of content,
# found by substring in the lower-cased class and id (no regex: a few hundred per page).
_NEGATIVE = (
    "comment", "related", "sidebar", "side-bar", "share", "sharing", "social", "breadcrumb",
    "pagination", "pager", "footer", "masthead", "menu", "nav", "widget", "promo", "sponsor",
    "advert", "banner", "popup", "modal", "newsletter", "subscribe", "recommend", "more-stories",
    "trending", "popular", "outbrain", "taboola", "disqus", "byline", "author-bio", "tags",
    "cookie", "consent", "dialog", "skyscraper", "teaser-list", "read-more", "most-read",
    "signup",
)  # fmt: skip
_POSITIVE = (
    "article", "content", "entry", "post", "story", "text", "body", "main", "blog", "news-item",
)  # fmt: skip
_NEVER_BODY = (
    "comment", "related", "recommend", "more-stories", "most-read", "trending", "popular",
    "outbrain", "taboola", "disqus",
)  # fmt: skip
_AD_WORDS = frozenset(["ad", "ads", "advert", "adsbygoogle", "advertisement", "dfp", "gpt-ad"])
# Words that name what is never the body even inside it: reader comments and lists of
# other stories. Inside the chosen container such an element is chrome unless it holds
# half of the container's text.
_NOT_BODY = (
    "comment", "related", "recommend", "more-stories", "most-read", "trending", "popular",
    "outbrain", "taboola", "share", "sharing", "social", "newsletter", "subscribe", "signup",
    "promo", "sponsor", "advert", "author-bio", "breadcrumb", "pagination", "tags",
    "gallery", "slideshow", "carousel", "lightbox", "caption", "byline",
)  # fmt: skip
_TERMINAL = frozenset(".!?…\"'”’»)")
_LIST_TAGS = frozenset(["ul", "ol", "dl", "li", "dd", "dt", "form", "address"])
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "th"])
_ROOTS = frozenset(["body", "html"])
# How many containers (by raw score) are weighed by their class words and links.
_RANKED = 30
# How many of them may be the densest element (they are sorted once, for both).
_CORE_RANKED = 5
_LANDMARKS = frozenset(["nav", "aside", "footer", "header"])
# How many levels up from the best container an <article> or <main> is looked for.
_ARTICLE_REACH = 4
# The longest footer of a story that is read as part of it (its tags, its SDG labels).
_FOOTER_CHARS = 300
# The least score of a main container: less is a sentence or two, too little to go by.
_MIN_SCORE = 5.0
# A box like the best container, with this share of its score, is another chunk of it.
_CHUNK_SHARE = 0.1
# The share of their holder's text the chunks of one article hold together, at least.
_CHUNKS_HELD = 0.4
# A container with this share of the best one's score is a close second (an article in two).
_CLOSE = 0.75
# A lead before the body's box: among this many elements before it, this long at least.
_LEAD_REACH = 10
_LEAD_CHARS = 30
# Containers weighed by their link density (each costs a CSS query).
_WEIGHED = 5
# More than any weight :func:`_class_weight` gives (1.5 for an <article>, times 1.25).
_MAX_WEIGHT = 2.0
# The link density above which a footer or a list is links, not text.
_LINKED = 0.5
_INLINE = frozenset(
    ["a", "span", "b", "i", "u", "em", "strong", "font", "small", "big", "label", "cite", "q"]
)


class MainChoice:
    """The main container(s) of a page, the chrome inside them, and the title heading.

    ``containers`` are the elements read as the main region (usually one; the siblings
    of the best container that hold prose of their own are added); ``chrome`` maps the
    elements inside them that are not body to their region; ``heading`` is the title's
    ``h1`` when it stands outside the containers; ``core`` is the densest element, inside
    the containers: neither it nor any element around it is chrome. ``post_kind`` is the tag
    and class of the posts when the container is a listing of posts alike.
    """

    __slots__ = ("chrome", "containers", "core", "heading", "post_kind", "score", "sizes")

    def __init__(
        self,
        containers: list[LexborNode],
        chrome: dict[int, Region],
        heading: LexborNode | None,
        score: float,
        core: LexborNode | None = None,
    ) -> None:
        self.core = core if core is not None else (containers[0] if containers else None)
        self.post_kind: tuple[str, str | None] | None = None
        self.containers = containers
        self.chrome = chrome
        self.heading = heading
        self.score = score
        # The text sizes measured while choosing: the front end's later rules read them again
        # (the tree does not change until its widgets go).
        self.sizes = TextSizes()


class TextSizes:
    """:func:`text_size` of elements, each measured once (while the tree does not change).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> sizes = TextSizes()
    >>> node = LexborHTMLParser("<div>Osh  <b>Naryn</b></div>").css_first("div")
    >>> sizes(node), sizes(node) == text_size(node)
    (9, True)
    """

    __slots__ = ("_sizes",)

    def __init__(self) -> None:
        self._sizes: dict[int, int] = {}

    def __call__(self, node: LexborNode) -> int:
        key = node.mem_id
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = text_size(node)
        return size


class _TagIds:
    """lexbor's tag ids of the tag groups read per leaf (ints: a tag's name is a new string)."""

    __slots__ = ("blocks", "boxes", "br", "div", "headings", "holders", "leaves", "scored", "text")

    def __init__(self, ids: dict[str, int]) -> None:
        self.br = ids["br"]
        self.div = ids["div"]
        self.leaves = frozenset(ids[name] for name in _LEAF_TAGS.split(","))
        self.boxes = frozenset(ids[name] for name in _BOXES)
        self.holders = frozenset(ids[name] for name in _HOLDERS)
        self.scored = frozenset(ids[name] for name in _SCORED)
        self.text = ids["-text"]
        self.headings = frozenset(ids[f"h{level}"] for level in range(1, 7))
        self.blocks = frozenset(ids[name] for name in _BLOCKS)


@functools.cache
def _tag_ids() -> _TagIds:
    """The tag ids, read once off a parsed sample that holds every tag named here."""
    from selectolax.lexbor import LexborHTMLParser

    table = {"td", "th", "caption"}
    names = sorted((_BOXES | _HOLDERS | _SCORED | _BLOCKS | {"br", *_LEAF_TAGS.split(",")}) - table)
    body = LexborHTMLParser(
        "<body>"
        + "".join(f"<{name}></{name}>" for name in names)
        + "<table><caption></caption><tr><td></td><th></th></tr></table>text</body>"
    ).body
    assert body is not None
    return _TagIds({node.tag or "": node.tag_id or 0 for node in body.traverse(include_text=True)})


def leaf_blocks(
    body: LexborNode,
) -> tuple[list[tuple[LexborNode, str]], list[tuple[LexborNode, str]]]:
    """The page's leaf blocks (:data:`LEAVES` without those holding others) with their text,
    and the other elements whose text ``<br>`` breaks into lines (prose of a page that puts
    its paragraphs in one box), with theirs.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser("<ul><li>Osh<ul><li>Naryn</li></ul></li></ul><div>Talas</div>")
    >>> [text for _, text in leaf_blocks(tree.body)[0]]
    ['Naryn', 'Talas']
    """
    leaves, loose, _ = leaf_blocks_and_tags(body, frozenset())
    return leaves, loose


def leaf_blocks_and_tags(
    body: LexborNode, tags: frozenset[int]
) -> tuple[list[tuple[LexborNode, str]], list[tuple[LexborNode, str]], list[LexborNode]]:
    """What :func:`leaf_blocks` gives, and the elements of ``body`` (``body`` too) whose lexbor
    tag id is in ``tags``, in document order: the walk over the elements that finds the leaves
    finds them too (one walk less for the caller).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser("<p>Osh <time>May</time></p><h1>Naryn</h1>")
    >>> ids = frozenset({tree.css_first("time").tag_id, tree.css_first("h1").tag_id})
    >>> leaves, _, found = leaf_blocks_and_tags(tree.body, ids)
    >>> [text for _, text in leaves], [node.tag for node in found]
    (['Osh May', 'Naryn'], ['time', 'h1'])
    """
    ids = _tag_ids()
    br, boxes, holders = ids.br, ids.boxes, ids.holders
    leaf_tags, div = ids.leaves, ids.div
    leaf_divs = {node.mem_id for node in select(body, _LEAF_DIVS)}
    # The elements of LEAVES in document order, the root among them as a query would have it.
    wanted = leaf_tags | tags if tags else leaf_tags
    found = [
        (node, tag)
        for node in body.traverse()
        if (tag := node.tag_id) in wanted or (tag == div and node.mem_id in leaf_divs)
    ]
    extra: list[LexborNode] = []
    if tags:
        # Sorted out in C (map, compress): the caller's elements, and the leaves without them.
        found_tags = list(map(_SECOND, found))
        extra = list(compress(map(_FIRST, found), map(tags.__contains__, found_tags)))
        if extra and not (tags - leaf_tags).isdisjoint(found_tags):
            if div in tags:
                found = [
                    (node, tag)
                    for node, tag in found
                    if tag in leaf_tags or (tag == div and node.mem_id in leaf_divs)
                ]
            else:  # a div among them is a leaf div
                found = list(compress(found, map((leaf_tags | {div}).__contains__, found_tags)))
    nodes = list(map(_FIRST, found))
    leaves: list[tuple[LexborNode, str]] = []
    loose: list[tuple[LexborNode, str]] = []
    last = len(nodes) - 1
    broken: set[int] = set()
    parents: dict[int, LexborNode | None] = {}
    # The body of a document (under <html>, under the document): its leaves' ancestors end
    # two levels above it, and a holder is read when the next leaf is one of its children
    # or grandchildren (``shallow``).
    html = body.parent
    top = html.parent if html is not None else None
    at_body = _HOLDER_REACH == 4 and top is not None and top.parent is None
    shallow: set[int] = set()
    if at_body:
        for child in body.iter():
            shallow.add(child.mem_id)
            shallow.update(grandchild.mem_id for grandchild in child.iter())
    for index, (node, tag) in enumerate(found):  # tag: an int, no tag name is built
        if tag == br:
            parent = node.parent
            if parent is not None and parent.tag_id in boxes:
                ident = parent.mem_id
                if ident not in broken:
                    broken.add(ident)
                    if select_first(parent, _BLOCK_CHILD) is not None:
                        loose.append((parent, parent.text(deep=True)))
            continue
        if tag in holders and index < last:
            # Does the next leaf stand inside this one (a list item with a nested list)? The
            # next leaf's ancestors are looked at up to _HOLDER_REACH levels, and a holder is
            # read when they end (at the document) before that: under the document's body,
            # when the next leaf is its child or grandchild, and not this one's child.
            if at_body:
                following = nodes[index + 1]
                if following.mem_id not in shallow:
                    continue
                parent = following.parent
                if parent is not None and parent.mem_id == node.mem_id:
                    continue
                leaves.append((node, node.text(deep=True)))
                continue
            ident = node.mem_id
            parent = nodes[index + 1].parent
            for _ in range(_HOLDER_REACH):
                if parent is None:
                    break
                key = parent.mem_id
                if key == ident:
                    break
                # The items of a list share their ancestors: each is looked up once.
                if key in parents:
                    parent = parents[key]
                else:
                    parent = parents[key] = parent.parent
            if parent is not None:
                continue
        leaves.append((node, node.text(deep=True)))
    return leaves, loose, extra


def _scores(
    body: LexborNode,
    leaves: Sequence[tuple[LexborNode, str]],
    loose: Sequence[tuple[LexborNode, str]],
) -> tuple[dict[int, float], dict[int, LexborNode]]:
    """Each container's prose score: its units' scores, passed up the ancestors.

    A leaf's score goes to its parent first; a box of ``<br>``-broken prose (``loose``) is a
    container itself, and takes its own score first.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    # Each element's parent and its id, looked up once: the paragraphs of a story share their
    # ancestors.
    parents: dict[int, tuple[LexborNode, int] | None] = {}
    body_id = body.mem_id
    boxes = len(leaves)
    scored = _tag_ids().scored
    get = scores.get
    for number, (unit, text) in enumerate([*leaves, *loose]):
        if len(text) < _MIN_UNIT or (number < boxes and unit.tag_id not in scored):
            continue
        score = _unit_score(text.strip())
        if score <= 0:
            continue
        if number >= boxes:
            key = unit.mem_id
            scores[key] = get(key, 0.0) + score
            nodes.setdefault(key, unit)
            score /= 2
        # The parent takes the score whole (a unit is met once: its parent is not cached).
        node = unit.parent
        if node is None:
            continue
        key = node.mem_id
        scores[key] = get(key, 0.0) + score
        nodes.setdefault(key, node)
        if key == body_id:
            continue
        # Further up, the grandparent half of it and the element at level n a third divided
        # by n (_SHARES: 2, then 3 * n), each ancestor looked up once.
        for divisor in _SHARES:
            if key in parents:
                step = parents[key]
            else:
                parent = node.parent
                step = parents[key] = (parent, parent.mem_id) if parent is not None else None
            if step is None:
                break
            node, key = step
            scores[key] = get(key, 0.0) + score / divisor
            nodes.setdefault(key, node)
            if key == body_id:
                break
    return scores, nodes


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose search finds whether any of ``words`` stands in a text (as letters
    anywhere, not as a whole word). The words are written as a tree of their letters (those
    that begin alike share one branch, and a word that holds another is left out: the other
    one is found wherever it stands), so at each place of the text one branch at most is
    tried, not one per word: half the time of a plain alternation over a class name.

    >>> any_word(["share", "sharing", "social", "social-media", "menu"]).pattern
    'menu|s(?:har(?:e|ing)|ocial)'
    >>> bool(any_word(["share", "menu"]).search("post-sharebar")), any_word(["menu"]).search("nav")
    (True, None)
    """
    unique = sorted(set(words))
    kept = [word for word in unique if not any(other != word and other in word for other in unique)]
    return re.compile(_letter_tree(kept)[0])


def _letter_tree(words: list[str]) -> tuple[str, int]:
    """The branches of ``words`` (sorted, none the beginning of another), and their number."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, tails in groups.items():
        if len(tails) == 1:
            branches.append(re.escape(first + tails[0]))
            continue
        # The longest beginning the tails share is written once.
        shared = 0
        while all(len(tail) > shared + 1 and tail[shared] == tails[0][shared] for tail in tails):
            shared += 1
        inner, count = _letter_tree([tail[shared:] for tail in tails])
        head = re.escape(first + tails[0][:shared])
        branches.append(head + (inner if count == 1 else f"(?:{inner})"))
    return "|".join(branches), len(branches)


class _Words:
    """A search for any word of each list (one pass in C each: three times faster than a
    substring test per word; see :func:`any_word`)."""

    __slots__ = ("negative", "never_body", "not_body", "positive")

    def __init__(self) -> None:
        def finder(words: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
            return any_word(words).search

        self.negative = finder(_NEGATIVE)
        self.positive = finder(_POSITIVE)
        self.never_body = finder(_NEVER_BODY)
        self.not_body = finder(_NOT_BODY)


@functools.cache
def _words() -> _Words:
    """The word searches, compiled on first use (not at import)."""
    return _Words()


def _class_weight(node: LexborNode) -> float:
    """A factor from the element's tag and its class and id words."""
    tag = node.tag or ""
    weight = 1.0
    if tag in ("article", "main"):
        weight *= 1.5
    attributes = node.attributes
    if attributes and (
        "role" in attributes or "hidden" in attributes or "aria-modal" in attributes
    ):
        role = attributes.get("role")
        if role in ("dialog", "alertdialog", "banner", "navigation", "contentinfo") or (
            "hidden" in attributes or "aria-modal" in attributes
        ):
            weight *= 0.1  # a dialog (a cookie banner), a hidden box: no page's body
    hint = f"{attributes.get('class') or ''} {attributes.get('id') or ''}" if attributes else ""
    if hint != " ":
        hint = hint.lower()
        words = _words()
        if words.positive(hint):
            weight *= 1.25
        if words.negative(hint):
            weight *= 0.5
    if tag in _LANDMARKS:
        weight *= 0.3
    elif tag in _LIST_TAGS:
        weight *= 0.7
    elif tag in _HEADING_TAGS:
        weight *= 0.5
    return weight


def _unit_score(text: str) -> float:
    """How much running prose a unit's text holds (0 for a label or a headline)."""
    size = len(text)
    if size < _MIN_UNIT:
        return 0.0
    stripped = text.rstrip()
    # A mark is counted only where the text holds its character (a search for one character
    # costs less than a count of two; most units hold no "?" and no "!"). An ASCII text holds
    # no "。" and no "، " (isascii costs nothing: a string knows). The counts are integers:
    # their sum does not depend on its order.
    count = text.count
    sentences = count(". ")
    if "?" in text:
        sentences += count("? ")
    if "!" in text:
        sentences += count("! ")
    score = 1.0 + count(",")
    if not text.isascii():
        if "。" in text:
            sentences += count("。")
        if "،" in text:
            score += count("، ")
    score += sentences
    ends = bool(stripped) and stripped[-1] in _TERMINAL
    score += min(size / 100, 3.0)
    if not ends and sentences == 0:
        # A line with no sentence in it: a headline, a teaser's title, a menu entry.
        score *= 0.3
    return score


def link_density(node: LexborNode, size: int) -> float:
    """The share of an element's text (``size`` characters) that its links hold.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> node = LexborHTMLParser("<div>Osh <a href='/'>Naryn</a></div>").css_first("div")
    >>> round(link_density(node, text_size(node)), 2)
    0.56
    """
    if size <= 0:
        return 1.0
    linked = sum(len(link.text(deep=True).strip()) for link in select(node, "a"))
    return min(1.0, linked / size)


def text_size(node: LexborNode) -> int:
    """The length of an element's text, without the white space of the source's indentation."""
    text = node.text(deep=True)
    return len(text) - text.count("  ") - text.count("\n")


def not_body(hint: str, *, strict: bool = True) -> bool:
    """Whether class or id words name what is never a story's body (comments, related stories).

    Not ``strict``: only reader comments and lists of other stories (the words that never
    name a field of the story, such as its tags). An advert is named by a word of its own (``ad``, ``ads``, ``ad-slot``, ``top-ad``), not by
    the letters in ``header`` or ``read``.

    >>> not_body("comments-area"), not_body("entry-content"), not_body("ad ad--epic")
    (True, False, True)
    >>> not_body("article-header"), not_body("ad-slot"), not_body("story_ad")
    (False, True, True)
    """
    hint = hint.lower()
    if not strict:
        return _words().never_body(hint) is not None
    if _words().not_body(hint):
        return True
    if "ad" not in hint:
        return False
    for word in hint.replace("_", "-").split():
        if word in _AD_WORDS or word.startswith(("ad-", "ads-")) or word.endswith(("-ad", "-ads")):
            return True
    return False


def choose_main(
    body: LexborNode,
    leaves: Sequence[tuple[LexborNode, str]],
    loose: Sequence[tuple[LexborNode, str]] = (),
) -> MainChoice | None:
    """The main content of a page whose body is ``body``, or ``None`` when it holds no prose.

    ``leaves`` and ``loose`` are what :func:`leaf_blocks` gives.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> prose = "<p>Osh – An invented paragraph, with a comma, about a new centre. It opened.</p>"
    >>> tree = LexborHTMLParser("<body><div class='menu'><p>Home</p></div><div class='sidebar'>"
    ...     f"<h1>Invented title</h1>{prose * 3}<div class='comments'><p>Nice, indeed, so nice.</p>"
    ...     "</div></div></body>")
    >>> choice = choose_main(tree.body, *leaf_blocks(tree.body))
    >>> [node.attributes.get("class") for node in choice.containers]
    ['sidebar']
    """
    scores, nodes = _scores(body, leaves, loose)
    if not scores:
        return None
    sizes = TextSizes()
    # The best few by raw score, weighted by their class words, then by their link density.
    raw = sorted(scores, key=scores.__getitem__, reverse=True)[:_RANKED]
    # Weighed in the order of their raw scores, until no later one (a lower raw score, times
    # the greatest weight) can be among the best few: the same few, fewer weighed.
    weights: dict[int, float] = {}
    best_few: list[float] = []  # the best weighted scores so far (a heap: the least first)
    for key in raw:
        if len(best_few) == _WEIGHED and scores[key] * _MAX_WEIGHT < best_few[0]:
            break
        weights[key] = _class_weight(nodes[key])
        weighted = scores[key] * weights[key]
        if len(best_few) < _WEIGHED:
            heapq.heappush(best_few, weighted)
        elif weighted > best_few[0]:
            heapq.heapreplace(best_few, weighted)
    ranked = sorted(weights, key=lambda key: scores[key] * weights[key], reverse=True)
    final: dict[int, float] = {}
    leader = 0.0
    for key in ranked[:_WEIGHED]:
        node = nodes[key]
        if node.tag in _ROOTS:
            continue  # never the main region: no need to count its links
        weight = scores[key] * weights[key]
        if weight < _CLOSE * leader:
            break  # neither the best nor close to it, whatever its links (nor any after it)
        final[key] = weight * (1.0 - link_density(node, sizes(node)))
        leader = max(leader, final[key])
    if not final:
        return None
    best = max(final, key=final.__getitem__)
    top = core = nodes[best]
    top_score = final[best]
    if scores[best] < _MIN_SCORE:
        return None  # a sentence or two: too little prose to tell the body by its density
    chunked = _chunks(top, best, scores, nodes, sizes)
    post_kind: tuple[str, str | None] | None = None
    if chunked is not None and top.parent is not None and top.parent.mem_id == chunked.mem_id:
        # Boxes alike side by side: the posts of a listing (or the parts of one story).
        post_kind = (top.tag or "", (top.attributes or {}).get("class"))
    top = chunked or _widen(top, best, final, nodes)
    while top.tag in _INLINE and top.parent is not None:
        top = top.parent  # the walk reads an inline element as text of its block

    core = _core(top, raw[:_CORE_RANKED], nodes) or core
    article = _article_around(top)
    listing = _listing_parent(article, scores)
    if listing is not None:
        post_kind = (article.tag or "", (article.attributes or {}).get("class"))
        top = article = listing
    if top.tag in _ROOTS:
        return MainChoice([], {}, None, top_score, core)
    containers = [*_lead_before(top), top]
    if article is not top:
        # The story's own footer (its tags) stands beside its body: a short one, with no list
        # and few links (an author's box with a list of stories is chrome).
        for part in select(article, "footer"):
            size = sizes(part)
            if (
                0 < size <= _FOOTER_CHARS
                and select_first(part, "li,h1,h2,h3,h4,h5,h6") is None
                and link_density(part, size) < _LINKED
            ):
                containers.append(part)
    choice = MainChoice(containers, {}, None, top_score, core)
    choice.post_kind = post_kind
    choice.sizes = sizes
    return choice


def _lead_before(top: LexborNode) -> list[LexborNode]:
    """The paragraphs of the story that stand before its body's box, beside it (a lead, the
    first paragraphs of a page that puts the rest in a box): the blocks of prose with no
    block inside among the few elements before the box, up to a heading (the title)."""
    ids = _tag_ids()
    lead: list[LexborNode] = []
    seen = 0
    sibling = top.prev
    while sibling is not None and seen < _LEAD_REACH:
        tag = sibling.tag_id
        if tag != ids.text:
            if tag in ids.headings:
                break
            seen += 1
            if tag in ids.scored and _no_block_child(sibling, ids):
                prose = sibling.text(deep=True).strip()
                if len(prose) >= _LEAD_CHARS and prose[-1] in _TERMINAL and _unit_score(prose) > 1:
                    lead.append(sibling)
        sibling = sibling.prev
    lead.reverse()
    return lead


def _no_block_child(node: LexborNode, ids: _TagIds) -> bool:
    child = node.child
    while child is not None:
        if child.tag_id in ids.blocks:
            return False
        child = child.next
    return True


def _article_around(top: LexborNode) -> LexborNode:
    """The ``<article>`` a few levels around the best container, or the container."""
    node: LexborNode | None = top
    for _ in range(_ARTICLE_REACH):
        if node is None or node.tag in _ROOTS:
            break
        if node.tag == "article":
            return node
        node = node.parent
    return top


def _listing_parent(unit: LexborNode, scores: dict[int, float]) -> LexborNode | None:
    """The parent of a post that stands among posts like it (a listing), else ``None``.

    A post is an element with the same tag and class as its siblings; the listing holds at
    least two of them with prose of their own (a third of this post's score at least).
    """
    parent = unit.parent
    if parent is None or parent.tag in _ROOTS:
        return None
    own = scores.get(unit.mem_id, 0.0)
    if own <= 0:
        return None
    tag = unit.tag
    kind = (unit.attributes or {}).get("class")
    alike = 0
    sibling = parent.child
    while sibling is not None:
        if (
            sibling.tag == tag
            and sibling.mem_id != unit.mem_id
            and (sibling.attributes or {}).get("class") == kind
            and scores.get(sibling.mem_id, 0.0) * 3 >= own
        ):
            alike += 1
        sibling = sibling.next
    return parent if alike else None


def _core(top: LexborNode, best: Sequence[int], nodes: dict[int, LexborNode]) -> LexborNode | None:
    """The element inside ``top`` (or ``top``) that most prose paragraphs stand in directly:
    the first of ``best`` (the containers with the best raw scores, best first) in it."""
    top_id = top.mem_id
    for key in best:
        node: LexborNode | None = nodes[key]
        while node is not None:
            if node.mem_id == top_id:
                return nodes[key]
            node = node.parent
    return None


def _chunks(
    top: LexborNode,
    best: int,
    scores: dict[int, float],
    nodes: dict[int, LexborNode],
    sizes: TextSizes,
) -> LexborNode | None:
    """The nearest common ancestor of the best container and the boxes like it (same tag and
    class) that hold prose too: an article cut into chunks (by adverts, by a page builder),
    or the posts of a listing. ``None`` when there are none, or only the body holds them all.
    """
    attributes = top.attributes
    kind = attributes.get("class") if attributes else None
    if not kind:
        return None
    tag = top.tag
    least = _CHUNK_SHARE * scores[best]
    # The containers with that share of the score at least, found in C (a few of hundreds).
    alike = [
        box
        for key in compress(scores, map(least.__le__, scores.values()))
        if key != best
        and (box := nodes[key]).tag == tag
        and (box.attributes or {}).get("class") == kind
    ]
    if not alike:
        return None
    chain: list[int] = []
    node: LexborNode | None = top.parent
    ancestors: dict[int, LexborNode] = {}
    while node is not None and node.tag not in _ROOTS:
        chain.append(node.mem_id)
        ancestors[node.mem_id] = node
        node = node.parent
    deepest = 0
    for other in alike:
        node = other.parent
        while node is not None and node.mem_id not in ancestors:
            node = node.parent
        if node is None:
            return None  # only the body holds both
        deepest = max(deepest, chain.index(node.mem_id))
    holder = ancestors[chain[deepest]]
    # The boxes must be most of what holds them (not a page whose sidebar reuses a class).
    held = sizes(top) + sum(map(sizes, alike))
    return holder if held >= _CHUNKS_HELD * sizes(holder) else None


def _widen(
    top: LexborNode, best: int, final: dict[int, float], nodes: dict[int, LexborNode]
) -> LexborNode:
    """The best container, or its ancestor when other strong candidates sit beside it.

    An article split by an advert or a photo into two boxes gives two candidates with
    close scores; their nearest common ancestor holds the whole article.
    """
    close = [key for key, score in final.items() if key != best and score >= _CLOSE * final[best]]
    if not close:
        return top
    ancestors: list[LexborNode] = []
    node = top.parent
    while node is not None and node.tag not in _ROOTS:
        ancestors.append(node)
        node = node.parent
    ids = [a.mem_id for a in ancestors]
    for key in close:
        other = nodes[key]
        if key in ids:
            continue  # an ancestor of the best: its score is the best's own, passed up
        # Is the other candidate inside one of our ancestors (not the body)?
        node = other.parent
        while node is not None and node.tag not in _ROOTS:
            if node.mem_id == top.mem_id:
                break  # inside the best container: its score is part of the best's
            if node.mem_id in ids:
                index = ids.index(node.mem_id)
                if index <= 2:
                    return ancestors[index]
                break
            node = node.parent
    return top
