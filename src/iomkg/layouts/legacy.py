"""The ``iom-kg-legacy`` layout: the old iom.kg site (about 2012–2019).

English pages open with a header (``Message from IOM`` / ``for Central Asia`` and
a sentence with no final full stop), then a counter line of three tokens (numbers
or image file names). Category listings (``?cat=N``) name their category, then
run whole posts one after another; teasers of other posts (``Read more »``) and
footer lines close the page. Pages without the header start with their title and
``Date:`` / ``Time:`` / ``Location:`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._blocks import Block, BlockKind
from .._front.site import site_from_url
from .._models import Fact, PageKind
from ._base import RawArticle, RawPage, RawTeaser
from ._common import (
    NO_CONTENT,
    build_body,
    content_blocks,
    date_only,
    ends_sentence,
    fact_from_colon,
    fact_label_like,
    lazy_pattern,
    looks_like_title,
    take_title,
    truncation_warning,
    url_path,
    word_count,
)

__all__ = ["LegacyLayout", "is_counter_line"]

_TOKEN = r"(?:\d{1,12}|[0-9A-Za-z]{1,40}(?:_[0-9A-Za-z]{1,40}){1,6})"
_COUNTER = lazy_pattern(rf"^{_TOKEN} {_TOKEN} {_TOKEN}$")
_HEADER_FIRST = lazy_pattern(r"^message from (?:the )?iom\b", re.I)
_READ_MORE = lazy_pattern(
    r"^(?:read more|continue reading|читать далее|подробнее|читать больше|кененирээк)"
    r"\s{0,3}[»>›→.…]{0,3}$",
    re.I,
)
_EVENT_LABEL = lazy_pattern(r"^(?:Date|Time|Location|Place|Дата|Время|Место)\s{0,3}:", re.I)
_SINGLE = lazy_pattern(r"[?&](?:p|page_id)=")
_CATEGORY_WORDS = 5
_FOOTER_WORDS = 6
_HEADER_REACH = 8


def is_counter_line(text: str) -> bool:
    """Whether ``text`` is the old site's counter line: three numbers or image file names.

    >>> is_counter_line("7 1 6"), is_counter_line("386992_349912458418600_1385474924_n 4 9")
    (True, True)
    >>> is_counter_line("In 2016 3 centres")
    False
    """
    return bool(_COUNTER().match(text)) and any(ch.isdigit() for ch in text)


def _header_end(blocks: Sequence[Block], *, on_site: bool = False) -> int:
    """The index after the header and counter line (0 when there is none).

    The header opens with ``Message from IOM``; on an address of the site itself
    (``on_site``), a header in any language is recognised by the counter line
    that follows it within the first blocks. A page cut at the start may begin
    with the counter line itself.
    """
    if not blocks:
        return 0
    english = bool(_HEADER_FIRST().match(blocks[0].text))
    if english or on_site or is_counter_line(blocks[0].text):
        for index in range(min(len(blocks), _HEADER_REACH)):
            if is_counter_line(blocks[index].text):
                return index + 1
    if not english:
        return 0
    end = 1
    if end < len(blocks) and blocks[end].text[:1].islower():
        end += 1
    if end < len(blocks) and blocks[end].gap >= 1 and not blocks[end].text.endswith("."):
        end += 1
    return end


def _has_event_lines(blocks: Sequence[Block]) -> bool:
    return sum(bool(_EVENT_LABEL().match(b.text)) for b in blocks[:6]) >= 2


def _find_teasers(
    blocks: Sequence[Block],
) -> tuple[int, tuple[RawTeaser, ...], tuple[str, ...]]:
    """Teasers (title, maybe a summary, ``Read more »``) and where they start.

    Returns the index of the first teaser's title (``len(blocks)`` when there is
    none), the teasers, and warnings for blocks among them that were not teasers.
    """
    marks = [i for i, b in enumerate(blocks) if _READ_MORE().match(b.text)]
    if not marks:
        return len(blocks), (), ()
    teasers: list[RawTeaser] = []
    used: set[int] = set()
    first = marks[0]
    for mark in marks:
        title_at = mark - 1
        summary: str | None = None
        if title_at < 0 or title_at in used:
            continue
        if (
            not looks_like_title(blocks[title_at])
            and title_at - 1 >= 0
            and looks_like_title(blocks[title_at - 1])
            and title_at - 1 not in used
        ):
            summary = blocks[title_at].text
            title_at -= 1
        teasers.append(RawTeaser(title=blocks[title_at].text, summary=summary))
        used.update(range(title_at, mark + 1))
        first = min(first, title_at)
    stray = [i for i in range(first, marks[-1]) if i not in used]
    warnings = ("a block among the teasers was dropped",) if stray else ()
    return first, tuple(teasers), warnings


def _footer_start(blocks: Sequence[Block], end: int) -> int:
    """Footer lines at the end of the page: short lines that are no sentence."""
    start = end
    while start > 0:
        block = blocks[start - 1]
        text = block.text
        if word_count(text) > _FOOTER_WORDS or block.kind is BlockKind.LIST_ITEM:
            break
        if ends_sentence(text) and not text.endswith(":"):
            break
        start -= 1
    if start == 0:
        return end
    # A footer is two lines or more, or one set apart by a triple break; a sentence cut
    # short at the end of the page is not a footer.
    if start < end and (end - start >= 2 or blocks[start].gap >= 2):
        return start
    return end


def _split_posts(blocks: Sequence[Block]) -> list[tuple[str | None, list[Block]]]:
    """Split a category listing into its posts: title, paragraphs, next title, …

    A title is a title-shaped block after a blank line followed by a paragraph; a
    post whose title was dropped starts after a triple break with a paragraph.
    """
    posts: list[tuple[str | None, list[Block]]] = []
    count = len(blocks)
    for index, block in enumerate(blocks):
        nxt = blocks[index + 1] if index + 1 < count else None
        is_title = (
            looks_like_title(block)
            and nxt is not None
            and nxt.kind is not BlockKind.LIST_ITEM
            and not looks_like_title(nxt)
            and (index == 0 or block.gap >= 1)
        )
        if is_title:
            posts.append((block.text, []))
        elif not posts or (block.gap >= 2 and posts[-1][1]):
            posts.append((None, [block]))
        else:
            posts[-1][1].append(block)
    return posts


def _facts(blocks: Sequence[Block]) -> tuple[Fact, ...]:
    """Bulleted ``Label: value`` facts of a project page, nested bullets joined into the value."""
    facts: list[Fact] = []
    index = 0
    count = len(blocks)
    while index < count:
        block = blocks[index]
        fact = fact_from_colon(block.text) if block.kind is BlockKind.LIST_ITEM else None
        if fact is None or not fact_label_like(fact.label):
            index += 1
            continue
        nested: list[str] = []
        index += 1
        while (
            index < count
            and blocks[index].kind is BlockKind.LIST_ITEM
            and blocks[index].level > block.level
        ):
            if blocks[index].text:
                nested.append(blocks[index].text)
            index += 1
        if nested:
            value = "; ".join(([fact.value] if fact.value else []) + nested)
            fact = Fact(label=fact.label, value=value)
        facts.append(fact)
    if len(facts) < 2:
        return ()
    return tuple(facts)


class LegacyLayout:
    """The old iom.kg site: header, counter line, category listings, posts, teasers, footer.

    >>> from iomkg._front.text import blocks_from_text
    >>> text = ("Message from IOM\\nfor Central Asia\\n\\nInvented header sentence\\n\\n\\n1 2 3\\n\\n"
    ...         "Photo Gallery\\n\\nFirst invented post\\n\\nOsh. A centre opened.\\n\\n"
    ...         "Second invented post\\n\\nNaryn. A road was built.")
    >>> raw = LegacyLayout().split(blocks_from_text(text), "https://iom.kg/en/?cat=9")
    >>> raw.kind.value, raw.category, [a.title for a in raw.articles]
    ('listing', 'Photo Gallery', ['First invented post', 'Second invented post'])
    """

    name = "iom-kg-legacy"

    def match(self, blocks: Sequence[Block], url: str | None) -> float:
        """0.95 with the header, 0.85 on an ``iom.kg`` address, 0.5 for event-line pages."""
        if blocks and _HEADER_FIRST().match(blocks[0].text):
            return 0.95
        if (site_from_url(url) or "") == "iom.kg":
            return 0.85
        if blocks and is_counter_line(blocks[0].text):
            return 0.7
        if _has_event_lines(blocks[1:7]):
            return 0.5
        return 0.0

    def split(self, blocks: Sequence[Block], url: str | None) -> RawPage:
        """Strip header, counter and footer; split posts, teasers and facts."""
        blocks = content_blocks(blocks)
        warnings: list[str] = []
        start = _header_end(blocks, on_site=(site_from_url(url) or "") == "iom.kg")
        teaser_at, teasers, teaser_warnings = _find_teasers(blocks)
        warnings.extend(teaser_warnings)
        end = _footer_start(blocks, teaser_at) if not teasers else teaser_at
        end = max(end, start)
        cut = truncation_warning(blocks) if end == len(blocks) else None
        if cut:
            warnings.append(cut)
        region = list(blocks[start:end])
        path = url_path(url)
        category: str | None = None
        listing = "cat=" in path
        single = bool(_SINGLE().search(path))  # ?p=N and ?page_id=N are never listings
        if region and not single and _is_category(region, listing):
            category = region[0].text
            region = region[1:]
            listing = True
        if listing:
            posts = tuple(self._post(title, body, warnings) for title, body in _split_posts(region))
            return RawPage(
                kind=PageKind.LISTING,
                category=category,
                articles=posts,
                teasers=teasers,
                warnings=tuple(warnings),
            )
        facts = _facts(region)  # the fact bullets stay in the body: list items are paragraphs
        title, header_date, region = take_title(region, None, lambda bs: looks_like_title(bs[0]))
        article = self._post(title, region, warnings, header_date=header_date)
        if facts:
            kind = PageKind.PROJECT
        elif "page_id=" in path:
            kind = PageKind.STATIC
        else:
            kind = PageKind.ARTICLE
        articles: tuple[RawArticle, ...] = (article,)
        if title is None and not article.paragraphs:
            articles = ()
            if not teasers and not facts:
                warnings.append(NO_CONTENT)
        return RawPage(
            kind=kind, articles=articles, teasers=teasers, facts=facts, warnings=tuple(warnings)
        )

    @staticmethod
    def _post(
        title: str | None,
        blocks: Sequence[Block],
        warnings: list[str],
        *,
        header_date: str | None = None,
    ) -> RawArticle:
        event_lines = [b.text for b in blocks if _EVENT_LABEL().match(b.text)]
        body_blocks = [b for b in blocks if not _EVENT_LABEL().match(b.text)]
        if body_blocks and date_only(body_blocks[0].text):
            header_date = header_date or body_blocks[0].text
            body_blocks = body_blocks[1:]
        body = build_body(body_blocks, title=title, header_date=header_date, extra_tags=event_lines)
        warnings.extend(body.warnings)
        return body.article


def _is_category(region: Sequence[Block], listing: bool) -> bool:
    """Whether the first block names the category: short, no sentence, before a title."""
    first = region[0]
    if word_count(first.text) > _CATEGORY_WORDS or not looks_like_title(first) or len(region) < 2:
        return False
    if listing:
        # The next block opens the first post: its title, or (title dropped) a triple break.
        return looks_like_title(region[1]) or region[1].gap >= 2
    return looks_like_title(region[1]) and len(region) > 2 and not looks_like_title(region[2])
