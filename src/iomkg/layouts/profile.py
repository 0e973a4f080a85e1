"""Site profiles: the chrome of one host, learned from many of its pages.

One page cannot tell its own text from the site's template; many pages of one
host can. A line that stands on many pages of the host (a site banner, a menu, a
sidebar box such as "Our agency today", a share widget, a footer) is that
site's chrome, and lines that stand together in the same order on many pages
form a chrome block. A :class:`SiteProfile` keeps both with their evidence (on
how many pages each was seen), so it can be checked, stored as JSON
(:func:`iomkg.dumps`) and passed to :func:`iomkg.parse` for more pages of the
host. :func:`iomkg.load` learns one profile per host from the corpus it reads.

The rules, in short (see the how-to "Learn and reuse a site profile"):

* evidence: a line counts once per page; pages that are exact copies of one
  another count once; a line is chrome when it stands on ``min_pages`` pages at
  least and on ``min_share`` of the host's pages;
* never chrome: lines a page repeats (``Read more`` under each post of a
  listing), fact lines (``Donor: …``, ``Start Date``) and tail tags (``SDG 5 …``):
  the layouts read those;
* applying a profile drops the chrome lines that open or close a page, and
  inside it every run of two or more chrome lines that stand next to each other
  as in one of the profile's blocks; a chrome line alone between two lines of
  the page's own text stays. A page that would lose all its blocks keeps them.

>>> from iomkg._front.text import blocks_from_text
>>> pages = [
...     f"Invented Agency\\nHome | News\\nInvented headline number {n}\\n\\n"
...     f"Osh – On {n} May 2024, invented event {n} took place.\\n\\nShare this\\nAll rights kept"
...     for n in range(1, 5)
... ]
>>> learner = ProfileLearner("invented.example")
>>> for text in pages:
...     learner.add(blocks_from_text(text))
>>> profile = learner.profile()
>>> profile.pages, [line.text for line in profile.lines]
(4, ['Invented Agency', 'Home | News', 'Share this', 'All rights kept'])
>>> [b.text for b in drop_chrome(blocks_from_text(pages[0]), profile)]
['Invented headline number 1', 'Osh – On 1 May 2024, invented event 1 took place.']
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
from collections import Counter
from collections.abc import Sequence

import attrs

from .._blocks import Block
from ._base import RawPage
from ._common import fact_from_colon, fact_label_like, is_tag

__all__ = [
    "DEFAULT_MIN_PAGES",
    "DEFAULT_MIN_SHARE",
    "ChromeBlock",
    "ChromeLine",
    "ProfileLearner",
    "SiteProfile",
    "drop_chrome",
]

#: A line is chrome only when it stands on at least this many pages of the host.
DEFAULT_MIN_PAGES = 3
#: … and on at least this share of the host's (distinct) pages.
DEFAULT_MIN_SHARE = 0.25


@attrs.frozen(kw_only=True)
class ChromeLine:
    """A line that many pages of one host show: its text and the number of pages it stood on.

    >>> ChromeLine(text="Share this story", pages=12)
    ChromeLine(text='Share this story', pages=12)
    """

    text: str
    pages: int


@attrs.frozen(kw_only=True)
class ChromeBlock:
    """Chrome lines that stand together, in this order, on many pages (a menu, a sidebar box).

    ``pages`` is the number of pages on which every two neighbours of the block stood together.

    >>> ChromeBlock(lines=("Our agency today", "Nine projects in four provinces"), pages=6).lines[0]
    'Our agency today'
    """

    lines: tuple[str, ...]
    pages: int


@attrs.frozen(kw_only=True)
class SiteProfile:
    """The chrome of one host, learned from its pages, with the evidence for each line.

    ``host`` is the site as :attr:`iomkg.Page.site` gives it (lower case, no
    ``www.``); ``pages`` the number of pages the profile was learned from;
    ``lines`` the chrome lines in the order they first appeared; ``blocks`` the
    runs of chrome lines that stood together. Learn one with
    :func:`iomkg.learn_profile` (or read ``corpus.profiles`` after
    :func:`iomkg.load`), pass it to ``iomkg.parse(..., profile=...)``, store it
    with :func:`iomkg.dumps`.

    >>> import iomkg
    >>> profile = iomkg.SiteProfile(host="invented.example", pages=5,
    ...     lines=(iomkg.ChromeLine(text="Invented Agency", pages=5),))
    >>> iomkg.loads(iomkg.dumps(profile)) == profile
    True
    >>> iomkg.parse("Invented Agency\\nInvented headline\\n\\nOsh – A centre opened.",
    ...             profile=profile).articles[0].title
    'Invented headline'
    """

    host: str
    pages: int
    lines: tuple[ChromeLine, ...] = ()
    blocks: tuple[ChromeBlock, ...] = ()


def _key(text: str) -> str:
    """The form in which lines are compared: runs of white space are one space."""
    return " ".join(text.split())


def _protected(text: str) -> bool:
    """A line the layouts read for structure, never chrome: a fact line or a tail tag."""
    return fact_from_colon(text) is not None or fact_label_like(text) or is_tag(text)


class ProfileLearner:
    """Learns a :class:`SiteProfile` from the blocks of pages of one host, one page at a time.

    ``limit`` stops taking pages once that many were added (:attr:`full`), so a
    profile learned from a large crawl costs a bounded sample.

    >>> from iomkg._front.text import blocks_from_text
    >>> learner = ProfileLearner("invented.example", min_pages=2)
    >>> learner.add(blocks_from_text("Menu\\nFirst invented text."))
    >>> learner.add(blocks_from_text("Menu\\nSecond invented text."))
    >>> learner.profile().lines
    (ChromeLine(text='Menu', pages=2),)
    """

    __slots__ = (
        "_lines",
        "_order",
        "_pairs",
        "_signatures",
        "host",
        "limit",
        "min_pages",
        "min_share",
        "seen",
    )

    def __init__(
        self,
        host: str,
        *,
        min_pages: int = DEFAULT_MIN_PAGES,
        min_share: float = DEFAULT_MIN_SHARE,
        limit: int | None = None,
    ) -> None:
        self.host = host
        self.min_pages = min_pages
        self.min_share = min_share
        self.limit = limit
        self.seen = 0
        self._signatures: set[bytes] = set()
        self._lines: Counter[str] = Counter()
        self._pairs: Counter[tuple[str, str]] = Counter()
        self._order: dict[str, int] = {}

    @property
    def full(self) -> bool:
        """Whether the learner has taken ``limit`` pages and takes no more."""
        return self.limit is not None and self.seen >= self.limit

    def add(self, blocks: Sequence[Block]) -> None:
        """Count one page's lines and neighbours (a copy of a page already added counts once)."""
        if self.full:
            return
        self.seen += 1
        keys = [_key(block.text) for block in blocks]
        signature = hashlib.blake2b("\n".join(keys).encode("utf-8"), digest_size=16).digest()
        if signature in self._signatures:
            return
        self._signatures.add(signature)
        counts = Counter(keys)
        self._lines.update(counts.keys())
        self._pairs.update(set(itertools.pairwise(keys)))
        order = self._order
        for key in keys:
            if key not in order:
                order[key] = len(order)

    def profile(self) -> SiteProfile:
        """The profile of what was added so far."""
        distinct = len(self._signatures)
        need = max(self.min_pages, math.ceil(self.min_share * distinct))
        chrome = {
            key: count
            for key, count in self._lines.items()
            if count >= need and key and not _protected(key)
        }
        lines = tuple(
            ChromeLine(text=key, pages=chrome[key])
            for key in sorted(chrome, key=self._order.__getitem__)
        )
        pairs = {
            pair: count
            for pair, count in self._pairs.items()
            if count >= need and pair[0] != pair[1] and pair[0] in chrome and pair[1] in chrome
        }
        return SiteProfile(host=self.host, pages=self.seen, lines=lines, blocks=self._blocks(pairs))

    def _blocks(self, pairs: dict[tuple[str, str], int]) -> tuple[ChromeBlock, ...]:
        """The chrome blocks: chains of neighbours with one way on, then every other pair."""
        successors: dict[str, list[str]] = {}
        predecessors: dict[str, list[str]] = {}
        for first, second in pairs:
            successors.setdefault(first, []).append(second)
            predecessors.setdefault(second, []).append(first)

        def linked(first: str, second: str) -> bool:
            return len(successors[first]) == 1 and len(predecessors[second]) == 1

        order = self._order
        used: set[tuple[str, str]] = set()
        blocks: list[tuple[int, ChromeBlock]] = []
        for start in sorted(successors, key=order.__getitem__):
            if any(linked(p, start) for p in predecessors.get(start, ())):
                continue  # inside a chain that starts earlier
            chain = [start]
            in_chain = {start}
            evidence: list[int] = []
            current = start
            while current in successors and linked(current, successors[current][0]):
                following = successors[current][0]
                if following in in_chain:
                    break  # lines that follow one another round in a circle
                used.add((current, following))
                evidence.append(pairs[(current, following)])
                chain.append(following)
                in_chain.add(following)
                current = following
            if len(chain) > 1:
                blocks.append((order[start], ChromeBlock(lines=tuple(chain), pages=min(evidence))))
        for pair, count in pairs.items():
            if pair not in used:  # a line followed by one of several lines: a block of two
                blocks.append((order[pair[0]], ChromeBlock(lines=pair, pages=count)))
        blocks.sort(key=lambda item: (item[0], item[1].lines))
        return tuple(block for _, block in blocks)


@functools.lru_cache(maxsize=64)
def _chrome_of(
    profile: SiteProfile,
) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]]:
    """The profile's chrome lines, the neighbours its blocks show, and the lines in blocks."""
    lines = frozenset(line.text for line in profile.lines)
    pairs = frozenset(pair for block in profile.blocks for pair in itertools.pairwise(block.lines))
    return lines, pairs, frozenset(line for block in profile.blocks for line in block.lines)


def drop_chrome(
    blocks: Sequence[Block], profile: SiteProfile, *, split: RawPage | None = None
) -> tuple[Block, ...]:
    """The blocks of a page without the chrome that ``profile`` knows.

    The chrome lines before the page's first line of its own and after its last
    go, except a line the page repeats (``Read more`` under each post) and a line
    of one of the profile's blocks that stands without its neighbours there (a
    story's headline, shown in a "latest news" box on every page, on the
    story's own page);
    between them, a chrome line goes when it stands next to a chrome line that
    the profile's blocks show beside it. A block after a dropped run keeps a gap
    of one line at least, so it does not join the text before the run. A page
    made only of chrome is left as it is.

    With ``split``, the page as a layout split it without the profile, only the
    runs of chrome that the split took for the page's own text go (a title, a
    paragraph, a caption, a teaser): chrome that the layout recognised by itself
    (a site menu that marks where its pages open) stays for the layout to read.

    >>> from iomkg._front.text import blocks_from_text
    >>> profile = SiteProfile(host="invented.example", pages=4,
    ...     lines=(ChromeLine(text="Menu", pages=4), ChromeLine(text="Box", pages=4)),
    ...     blocks=(ChromeBlock(lines=("Menu", "Box"), pages=4),))
    >>> [b.text for b in drop_chrome(blocks_from_text("Title\\nMenu\\nBox\\nText.\\nBox\\nEnd."), profile)]
    ['Title', 'Text.', 'Box', 'End.']
    """
    lines, pairs, in_blocks = _chrome_of(profile)
    if not lines:
        return tuple(blocks)
    keys = [_key(block.text) for block in blocks]
    marked = [key in lines for key in keys]
    own = [index for index, is_chrome in enumerate(marked) if not is_chrome]
    if not own or len(own) == len(keys):
        return tuple(blocks)
    first, last = own[0], own[-1]
    counts = Counter(keys)

    def leaves(index: int) -> bool:
        """Whether the chrome line at ``index`` goes."""
        key = keys[index]
        linked = (index > 0 and marked[index - 1] and (keys[index - 1], key) in pairs) or (
            index + 1 < len(keys) and marked[index + 1] and (key, keys[index + 1]) in pairs
        )
        if index < first or index > last:
            # A line the page repeats ("Read more" under each post) marks its structure; a
            # line the profile knows inside a block (a headline in a "latest news" box) that
            # stands without its neighbours is the page's own (that story's title on its own
            # page).
            return linked or (counts[key] == 1 and key not in in_blocks)
        return linked

    goes = [is_chrome and leaves(index) for index, is_chrome in enumerate(marked)]
    if split is not None:
        leaked = lines.intersection(_key(text) for text in _content(split))
        if not leaked:
            return tuple(blocks)
        _keep_runs_with(goes, keys, leaked)
    kept: list[Block] = []
    gap = 0  # the largest gap among the blocks dropped since the last kept one
    dropped = False
    for index, block in enumerate(blocks):
        if goes[index]:
            gap = max(gap, block.gap)
            dropped = True
            continue
        kept.append(attrs.evolve(block, gap=max(block.gap, gap, 1)) if dropped and kept else block)
        gap = 0
        dropped = False
    return tuple(kept)


def _content(split: RawPage) -> list[str]:
    """What a split page holds as its own text: titles, paragraphs, captions, teasers."""
    texts: list[str] = []
    for article in split.articles:
        if article.title:
            texts.append(article.title)
        texts.extend(article.paragraphs)
        texts.extend(article.captions)
    for teaser in split.teasers:
        texts.append(teaser.title)
        if teaser.summary:
            texts.append(teaser.summary)
    return texts


def _keep_runs_with(goes: list[bool], keys: list[str], leaked: frozenset[str]) -> None:
    """Keep (in place) only the runs of dropped blocks that hold a line in ``leaked``."""
    start = 0
    count = len(goes)
    while start < count:
        if not goes[start]:
            start += 1
            continue
        end = start
        while end < count and goes[end]:
            end += 1
        if not any(keys[index] in leaked for index in range(start, end)):
            for index in range(start, end):
                goes[index] = False
        start = end
