"""The ``generic`` layout: a best-effort title and body for any other text.

It wins only when no site layout recognises a page (it scores a small constant).
It strips what pages from elsewhere put around their text: a leading
`` date 2021-04-29 `` prefix (kept as the header date), currency tickers
(``USD 84.80``), banners (``Informing humanitarians worldwide 24/7 — …``) and
``Key: value`` lines of job ads (kept as tags), so that none of them becomes the
title or a paragraph.

It also recognises a listing (a news list or category page): several posts, each a
title with a date line and/or a "Read more" link, or, in HTML, whole posts under
headings of one level below a short category heading. Each post becomes an article
(a title alone becomes a teaser); an article with sub-headings stays one article.

>>> from iomkg._front.text import blocks_from_text
>>> text = ("News\\n\\nInvented centre opens in Osh\\n12.03.2024\\nOsh – It opened.\\nRead more\\n\\n"
...         "Invented fair held in Naryn\\n10.03.2024\\nNaryn – It was held.\\nRead more\\n")
>>> raw = GenericLayout().split(blocks_from_text(text), None)
>>> raw.kind.value, raw.category, [(a.title, a.header_date) for a in raw.articles]
('listing', 'News', [('Invented centre opens in Osh', '12.03.2024'), ('Invented fair held in Naryn', '10.03.2024')])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._blocks import Block, BlockKind
from .._models import Decision, PageKind
from ._base import RawArticle, RawPage, RawTeaser
from ._common import (
    DATE_TEXT,
    NO_CONTENT,
    build_body,
    content_blocks,
    date_only,
    ends_sentence,
    fact_from_colon,
    kind_from_url,
    lazy_pattern,
    looks_like_title,
    script_of,
    take_title,
    truncation_warning,
    word_count,
    words_up_to,
)
from ._evidence import box_end, head_length, is_body, never_title, title_among_chrome
from ._units import category_name, media_items, post_units, split_units

__all__ = ["UNRECOGNISED", "GenericLayout"]

#: The warning of a page that no site layout recognised.
UNRECOGNISED = "no known layout recognised the page; read it with the generic layout"

_DATE_PREFIX = lazy_pattern(
    r"^date\s{1,5}(?P<date>\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}[AaPp][Mm])?)?"
    r"(?:\s{0,3}(?:[+-]\d{2}:?\d{2}|Z|UTC))?\s{0,5}",
    re.I,
)
_TICKER = lazy_pattern(
    r"^[A-Z]{3}\s{1,3}[+-]?\d{1,7}(?:[.,]\d{1,6})?(?:\s{0,3}[▲▼↑↓+−-]?\s{0,3}\d{0,6}(?:[.,]\d{1,6})?%?)?$"
)
_BANNER_PHRASES = (
    "service provided by",
    "informing humanitarians",
    "skip to main content",
    "all rights reserved",
    "we use cookies",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "javascript is disabled",
)
_KV_MIN = 2
_KICKER_WORDS = 4
# Tickers and banners stand before the title, among the first blocks of a page.
_PREFIX_REACH = 30
# A paragraph of running text has at least this many words.
_BODY_WORDS = 8
_TITLE_WORDS = 30
# A title after a date line has at least this many words ("Posted", "Source" are labels).
_TITLE_MIN = 3


def _is_banner(text: str) -> bool:
    if words_up_to(text, 26) > 25:
        return False
    folded = text.casefold()
    return any(phrase in folded for phrase in _BANNER_PHRASES)


def _is_key_value(block: Block) -> bool:
    fact = fact_from_colon(block.text)
    return (
        fact is not None
        and fact.value is not None
        and len(fact.label) >= 3
        and word_count(fact.label) <= 4
        and word_count(fact.value) <= 15
        and block.kind is not BlockKind.LIST_ITEM
        # "KAZAKHSTAN: Special report on …": a headline under a kicker in capitals.
        and not (fact.label.isupper() and word_count(fact.value) >= _KICKER_WORDS)
    )


def _generic_title(blocks: Sequence[Block]) -> bool:
    """A title-shaped first block, followed by more text or short enough to be a headline."""
    first = blocks[0]
    return (
        looks_like_title(first, max_words=_TITLE_WORDS)
        and not never_title(first.text)
        and (len(blocks) > 1 or word_count(first.text) <= 15)
    )


# --- Listings: several posts, each a title with a date line and/or a "Read more" link ---------
#
# A news list or category page of a site that no layout knows shows posts one after another:
# a title (an h2/h3 in HTML, a title line in a dump), a date line ("Posted on 12 May 2023 by
# editor", "Published: 18 October 2018", "15.03.2021"), a short body, often a "Read more" link.
# A single article with sub-headings has neither a date line under each sub-heading nor a
# "Read more" after each section, so it is never split: the markers decide, not the headings.

# A link that closes a post's excerpt: "Read more »", "Read more: <title>" (Joomla repeats the
# title), "Continue reading <title> →" (WordPress), "Подробнее", "Читать далее", "Толығырақ",
# "Batafsil", "Lire la suite".
_MORE = lazy_pattern(
    r"^(?:(?:read more|read (?:the )?full (?:story|article)|learn more|lire la suite|"
    r"en savoir plus|читать далее|читать полностью|подробнее|кененирээк|толугураак|толығырақ|"
    r"батафсил|batafsil)"
    r"(?:\s{0,3}[»>›→.…]{1,3}|\s{0,2}:\s{0,2}[^\n]{1,200})?"
    r"|continue reading(?:[\s:]{1,3}[^\n]{1,200})?"
    r"|(?:more|далее)\s{0,3}[»>›→…]{1,3})$",
    re.I,
)
# A post's date line: a date alone, or a date with a label before it and an author or a
# section after it ("Posted on 12 May 2023 by editor", "March 14, 2022 | News").
_META_DATE = lazy_pattern(
    r"^(?:(?:posted|published|updated|date|created|опубликовано|дата публикации|дата|добавлено|"
    r"жарыяланды|жарыяланган|жарияланды)"
    r"(?: on)?\s{0,3}:?\s{0,3})?"
    rf"(?:{DATE_TEXT}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})(?:\s{{0,3}}г\.?)?"
    # No en or em dash after the date: "12 May 2024 – The ministry …" is a dateline or a
    # chronology line, not a post's date line.
    r"(?:[\s,|•·/-]{1,5}[^\n–—]{0,60})?$",
    re.I,
)
# Posts and dates: a listing shows two posts at least.
_MIN_POSTS = 2
# A post's title line, a date line and a meta line ("Details", "Hits: 412") are short.
_POST_TITLE_WORDS = 25
_DATE_LINE_WORDS = 12
_META_WORDS = 3
# Titles of a dated list are headlines (several words), not sub-headings such as "First days".
_HEADLINE_WORDS = 4
# A category's name is short ("Press Releases", "Category: News"); a headline is longer.
_CATEGORY_WORDS = 4
# A first post longer than all others together is an article followed by related items.
_LONG_POST = 3
# Listing checks only look at short blocks: a marker is a line, never a paragraph.
_MARKER_CHARS = 120


# The first letters of the "Read more" phrases: a set lookup spares the match on most lines.
_MORE_INITIALS = frozenset("RrCcLlMmEeBbЧчПпДдКкТтБб")
_DIGIT = lazy_pattern(r"\d")


def _is_more(text: str) -> bool:
    return (
        text[:1] in _MORE_INITIALS and len(text) <= _MARKER_CHARS * 2 and bool(_MORE().match(text))
    )


def _is_date_line(text: str) -> bool:
    if len(text) > _MARKER_CHARS or word_count(text) > _DATE_LINE_WORDS:
        return False
    if _DIGIT().search(text) is None:
        return False  # every date line holds a day or a year
    if text[-1] in ".!?" and not text.endswith("г."):
        return False
    return bool(_META_DATE().match(text)) or date_only(text)


def _is_meta(block: Block) -> bool:
    """A short line around a post's date: ``Details``, ``Hits: 412``, ``Written by editor``."""
    text = block.text
    if block.kind is BlockKind.LIST_ITEM or (ends_sentence(text) and not text.endswith(":")):
        return False
    label, sep, value = text.partition(":")
    if sep:
        return word_count(label) <= 2 and word_count(value) <= _META_WORDS
    return word_count(text) <= _META_WORDS


# Plain slotted classes, not attrs: an attrs class costs about half a millisecond at import.
class _Listing:
    """A listing page's name, posts, title-only teasers, and whether its last post ends the page."""

    __slots__ = ("articles", "category", "teasers", "to_the_end", "warnings")

    def __init__(
        self,
        *,
        category: str | None,
        articles: tuple[RawArticle, ...],
        teasers: tuple[RawTeaser, ...],
        to_the_end: bool,
        warnings: tuple[str, ...] = (),
    ) -> None:
        self.category = category
        self.articles = articles
        self.teasers = teasers
        self.to_the_end = to_the_end
        self.warnings = warnings


class _Marks:
    """What the listing check reads of each block, computed once."""

    __slots__ = ("date", "more", "title")

    def __init__(self, *, date: list[bool], more: list[bool], title: list[bool]) -> None:
        self.date = date
        self.more = more
        self.title = title


def _marks(blocks: Sequence[Block]) -> _Marks | None:
    """Date lines, "Read more" lines and title lines; ``None`` when fewer than two markers."""
    date = [False] * len(blocks)
    more = [False] * len(blocks)
    dates = mores = 0
    for index, block in enumerate(blocks):
        text = block.text
        # Markers are short lines: a cheap length test skips every paragraph.
        if not text or len(text) > _MARKER_CHARS * 2 or block.kind is BlockKind.LIST_ITEM:
            continue
        if _is_more(text):
            more[index] = True
            mores += 1
        elif _is_date_line(text):
            date[index] = True
            dates += 1
    if dates < _MIN_POSTS and mores < _MIN_POSTS:
        return None
    title = [
        not date[i] and not more[i] and looks_like_title(b, max_words=_POST_TITLE_WORDS)
        for i, b in enumerate(blocks)
    ]
    return _Marks(date=date, more=more, title=title)


def _dated_starts(blocks: Sequence[Block], marks: _Marks) -> tuple[list[int], bool]:
    """Post titles found by their date lines, and whether dates stand before titles.

    A date line under its title (``Title / Details / Published: …``) is the usual form; some
    lists put the date above the title. The form that more date lines agree with wins.
    """
    count = len(blocks)
    after: list[int] = []
    before: list[int] = []
    for index in range(count):
        if not marks.date[index]:
            continue
        if index >= 1 and marks.title[index - 1]:
            # A short meta line ("Details") may stand between the title and the date.
            if (
                index >= 2
                and marks.title[index - 2]
                and _is_meta(blocks[index - 1])
                and not _is_meta(blocks[index - 2])
            ):
                after.append(index - 2)
            else:
                after.append(index - 1)
        if index + 1 < count and marks.title[index + 1]:
            nxt = index + 2
            if nxt >= count or not (marks.date[nxt] or marks.title[nxt]):
                before.append(index + 1)
    if len(before) > len(after):
        return before, True
    return after, False


def _first_title(blocks: Sequence[Block], marks: _Marks, end: int) -> int | None:
    """The first post's title before its "Read more": the first title line followed by text."""
    for index in range(end):
        if marks.title[index] and index + 1 < end and not marks.title[index + 1]:
            return index
    return None


def _more_starts(blocks: Sequence[Block], marks: _Marks) -> list[int]:
    """Post titles found by "Read more" lines: the title line after each one (and before the first)."""
    count = len(blocks)
    mores = [i for i in range(count) if marks.more[i]]
    starts: list[int] = []
    first = _first_title(blocks, marks, mores[0])
    if first is not None:
        starts.append(first)
    for mark in mores[:-1]:
        index = mark + 1
        while index < count and marks.date[index]:
            index += 1
        if index < count and marks.title[index]:
            starts.append(index)
    return starts


def _trim_tail(blocks: Sequence[Block], marks: _Marks, start: int, end: int) -> int:
    """The end of the last post: without the short lines after it (pagination, footer)."""
    while end > start + 1:
        block = blocks[end - 1]
        if block.kind is BlockKind.LIST_ITEM or ends_sentence(block.text) or marks.date[end - 1]:
            break
        if word_count(block.text) > 6:
            break
        end -= 1
    return end


def _category(blocks: Sequence[Block], marks: _Marks) -> str | None:
    """The listing's name: the last short title line before the first post (``Category: News``)."""
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    candidates = headings or [b for i, b in enumerate(blocks) if marks.title[i]]
    for block in reversed(candidates):
        if word_count(block.text) <= 6:
            return category_name(block.text)
    return None


def _listing(blocks: Sequence[Block]) -> _Listing | None:
    """Category, posts and title-only teasers of a listing page, or ``None`` for any other page.

    Every post must carry a marker (a date line by its title, or a "Read more" after its
    body), two posts at least must have a body, and no heading may stand inside the posts
    without its own marker (that is an article with sub-headings). In a list marked by dates
    alone the titles must be headlines, and no paragraph may come before the first post.
    """
    marks = _marks(blocks)
    if marks is None:
        return None
    count = len(blocks)
    dated, date_first = _dated_starts(blocks, marks)
    by_more = _more_starts(blocks, marks) if sum(marks.more) >= _MIN_POSTS else []
    # A "Read more" start near a dated one is the same post (or its "Details" line).
    near = {d + shift for d in dated for shift in range(-2, 3)}
    starts = sorted(set(dated) | {s for s in by_more if s not in near})
    if len(starts) < _MIN_POSTS:
        return None
    # Each post: from its title (its date line, when dates come first) to the next post.
    first_dates = set(dated) if date_first else set()
    bounds = [(start - 1 if start in first_dates else start, start) for start in starts]
    ends = [b for b, _ in bounds[1:]]
    last_start = starts[-1]
    mores_after = [i for i in range(last_start, count) if marks.more[i]]
    last_end = mores_after[0] + 1 if mores_after else _trim_tail(blocks, marks, last_start, count)
    ends.append(last_end)
    every_more = all(
        any(marks.more[i] for i in range(s, e)) for s, e in zip(starts, ends, strict=True)
    )
    headings = [blocks[s].heading_level for s in starts if blocks[s].kind is BlockKind.HEADING]
    if headings and (len(headings) < len(starts) or len(set(headings)) > 1):
        return None  # post titles share one heading level; an h1 above h2s is one article
    articles: list[RawArticle] = []
    teasers: list[RawTeaser] = []
    warnings: list[str] = []
    rank = min(headings) if headings else 0
    for (begin, start), end in zip(bounds, ends, strict=True):
        inner = [i for i in range(begin, end) if i != start]
        has_date = any(marks.date[i] for i in inner[:4])
        if not has_date and not any(marks.more[i] for i in inner):
            return None  # a post without a marker: not a listing
        body: list[Block] = []
        header_date: str | None = None
        # Some lists put the date under the excerpt: a date line ending the post is its date.
        last = max((i for i in inner if not marks.more[i]), default=-1)
        for i in inner:
            block = blocks[i]
            if marks.more[i]:
                continue
            if marks.date[i] and header_date is None and (not body or i == last):
                header_date = block.text
                continue
            if not body and _is_meta(block) and (marks.title[i] or ":" in block.text):
                continue  # "Details", "Hits: 412", "Written by editor" before the body
            if block.kind is BlockKind.HEADING and 0 < block.heading_level <= rank:
                return None  # an unmarked heading among the posts: an article's sub-heading
            if body and marks.title[i] and i + 1 < end and is_body(blocks[i + 1]):
                return None  # a sub-heading and its section after a post's first paragraph
            body.append(block)
        title = blocks[start].text
        if not body:
            teasers.append(RawTeaser(title=title))
            continue
        built = build_body(body, title=title, header_date=header_date)
        warnings.extend(built.warnings)
        articles.append(built.article)
    # Two posts with a body; or a list of titles alone (dates, "Read more"), three at least.
    if len(articles) < _MIN_POSTS and (articles or len(teasers) <= _MIN_POSTS):
        return None
    first = bounds[0][0]
    titles = sorted(word_count(blocks[s].text) for s in starts)
    if titles[(len(titles) - 1) // 2] < _HEADLINE_WORDS:
        return None  # short titles over marked sections ("Learn more"): a page's sub-headings
    if not every_more:
        lengths = [len(a.paragraphs) for a in articles]
        if lengths and lengths[0] >= _LONG_POST and lengths[0] > sum(lengths[1:]):
            return None  # an article, then short dated items (related news, comments)
        if any(is_body(b) for b in blocks[:first]):
            return None  # an article's lead before dated sections
    return _Listing(
        category=_category(blocks[:first], marks),
        articles=tuple(articles),
        teasers=tuple(teasers),
        to_the_end=not mores_after and last_end == count,  # a "Read more" ends no cut page
        warnings=tuple(warnings),
    )


def _heading_listing(blocks: Sequence[Block]) -> _Listing | None:
    """An HTML archive page: a short heading (``Press Releases``), then posts under headings.

    WordPress and similar sites show a category as its name in an ``h1`` followed directly
    by whole posts, each under an ``h2`` of its own, with neither dates nor "Read more" lines.
    An article has a headline, not a short name, over its lead paragraph; its sub-headings
    never follow its title directly.
    """
    count = len(blocks)
    top = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING), count)
    if top + 1 >= count or any(is_body(b) for b in blocks[:top]):
        return None
    name, first = blocks[top], blocks[top + 1]
    level = first.heading_level
    if (
        first.kind is not BlockKind.HEADING
        or level <= name.heading_level
        or word_count(name.text) > _CATEGORY_WORDS
    ):
        return None
    starts: list[int] = []
    for index in range(top + 1, count):
        block = blocks[index]
        if block.kind is BlockKind.HEADING and block.heading_level <= level:
            if block.heading_level < level:
                return None  # another section of the page after the posts
            starts.append(index)
    if len(starts) < _MIN_POSTS:
        return None
    titles = sorted(word_count(blocks[s].text) for s in starts)
    if titles[(len(titles) - 1) // 2] < _HEADLINE_WORDS:
        return None  # short names over sections: an overview page, not posts
    if 2 * sum(blocks[s].text.endswith("?") for s in starts) > len(starts):
        return None  # questions over answers: a page of questions, not posts
    if not all(looks_like_title(blocks[s], max_words=_POST_TITLE_WORDS) for s in starts):
        return None  # "For more information, contact:" heads a section, not a post
    articles: list[RawArticle] = []
    warnings: list[str] = []
    for start, end in zip(starts, [*starts[1:], count], strict=True):
        if start + 1 == end:
            return None  # a heading without a body: a table of contents, not posts
        title, header_date, rest = take_title(blocks[start:end], None, lambda bs: True)
        built = build_body(rest, title=title, header_date=header_date)
        warnings.extend(built.warnings)
        articles.append(built.article)
    lengths = [len(a.paragraphs) for a in articles]
    if lengths[0] >= _LONG_POST and lengths[0] > sum(lengths[1:]):
        return None  # a press release under a label, then "About …" and contact sections
    category = category_name(name.text)
    return _Listing(
        category=category,
        articles=tuple(articles),
        teasers=(),
        to_the_end=True,
        warnings=tuple(warnings),
    )


def _foreign_script(title: str, rest: Sequence[Block]) -> bool:
    """Whether the title is in another script than every one of the first paragraphs."""
    mine = script_of(title)
    scripts = {script_of(b.text) for b in rest[:3] if word_count(b.text) >= _BODY_WORDS}
    return mine is not None and len(scripts) == 1 and None not in scripts and mine not in scripts


class GenericLayout:
    """The fallback layout: title (or none), header date, body, tags.

    >>> from iomkg._front.text import blocks_from_text
    >>> text = " date 2021-04-29 \\nUSD 84.80\\nInvented headline about a centre\\n\\nOsh – It opened."
    >>> raw = GenericLayout().split(blocks_from_text(text), None)
    >>> raw.articles[0].title, raw.articles[0].header_date, raw.articles[0].paragraphs
    ('Invented headline about a centre', '2021-04-29', ('Osh – It opened.',))
    """

    name = "generic"

    def match(self, blocks: Sequence[Block], url: str | None) -> float:
        """A small constant: generic wins only when no other layout recognises the page."""
        return 0.05

    def split(self, blocks: Sequence[Block], url: str | None) -> RawPage:
        """Strip prefixes, tickers, banners and ``Key: value`` lines; find title and body."""
        blocks = content_blocks(blocks)
        warnings: list[str] = [UNRECOGNISED]
        cut = truncation_warning(blocks)
        if cut:
            warnings.append(cut)
        header_date: str | None = None
        rest: list[Block] = []
        for index, block in enumerate(blocks):
            text = block.text
            if index < 3 and header_date is None:
                match = _DATE_PREFIX().match(text)
                if match is not None:
                    header_date = match.group("date")
                    remainder = text[match.end() :]
                    text = remainder.strip()
                    if not text:
                        continue
                    lead = match.end() + len(remainder) - len(remainder.lstrip())
                    rest.append(attrs.evolve(block, text=text, offset=block.offset + lead))
                    continue
            if index < _PREFIX_REACH and (_TICKER().match(text) or _is_banner(text)):
                continue
            rest.append(block)
        box = box_end(rest)
        if box:
            warnings.append(f"a box of {box} line(s) opening the page was dropped as chrome")
            rest = rest[box:]
        posts = post_units(
            rest,
            url,
            is_date=_is_date_line,
            is_more=_is_more,
            is_meta=lambda b: _is_meta(b) and (":" in b.text or word_count(b.text) <= 2),
        )
        if posts is not None:
            return posts.page(warnings)
        listing = _listing(rest)
        if listing is None and any(b.kind is BlockKind.HEADING for b in rest):
            listing = _heading_listing(rest)
        if listing is None:
            units = split_units(rest, url)
            if units is not None:
                return units.page(warnings)
        if listing is not None:
            if cut and not listing.to_the_end:
                warnings.remove(cut)  # the page ends with chrome after its last post
            warnings.extend(listing.warnings)
            return RawPage(
                kind=PageKind.LISTING,
                category=listing.category,
                articles=listing.articles,
                teasers=listing.teasers,
                warnings=tuple(warnings),
            )
        key_values = [b for b in rest if _is_key_value(b)]
        tags: list[str] = []
        if len(key_values) >= _KV_MIN:
            tags = [b.text for b in key_values]
            rest = [b for b in rest if not _is_key_value(b)]
        head = head_length(rest)
        title_decisions: tuple[Decision, ...] = ()
        if head > 1:
            title, header_date, rest, dropped, verdict = title_among_chrome(
                rest, head, header_date, url
            )
            title_decisions = (verdict.decision(),)
            if dropped:
                warnings.append(f"{dropped} short line(s) around the title were dropped as chrome")
        else:
            title, header_date, rest = take_title(rest, header_date, _generic_title)
        if title is not None and _foreign_script(title, rest):
            # A line in another script than the whole text is a site's banner or series label.
            warnings.append(f"a line in another script than the text is no title ({title!r})")
            title_decisions = (
                Decision(
                    what="title",
                    value=None,
                    confidence=0.5,
                    evidence=("first line in another script than the text",),
                ),
            )
            rest = [Block(text=title, kind=BlockKind.CAPTION), *rest]
            title = None
        body = build_body(
            rest,
            title=title,
            header_date=header_date,
            extra_tags=tags,
        )
        warnings.extend(body.warnings)
        kind = kind_from_url(url) or PageKind.ARTICLE
        if len(tags) >= 3 and len(body.article.paragraphs) <= len(tags):
            kind = PageKind.OTHER
        article = attrs.evolve(body.article, decisions=title_decisions)
        if title is None and not article.paragraphs and not article.tags:
            warnings.append(NO_CONTENT)
            return RawPage(kind=PageKind.OTHER, warnings=tuple(warnings))
        media = media_items(rest, url) if title is None and not header_date else None
        if media is not None:
            return media.page(warnings)
        return RawPage(kind=kind, articles=(article,), warnings=tuple(warnings))
