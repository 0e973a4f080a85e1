"""The ``generic`` layout: a best-effort title and body for any other text.

It wins only when no site layout recognises a page (it scores a small constant).
It strips what pages from elsewhere put around their text: a leading
`` date 2021-04-29 `` prefix (kept as the header date), currency tickers
(``USD 84.80``), banners (``Informing humanitarians worldwide 24/7 — …``) and
``Key: value`` lines of job ads (kept as tags), so that none of them becomes the
title or a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._blocks import Block, BlockKind
from .._models import PageKind
from ._base import RawPage
from ._common import (
    NO_CONTENT,
    build_body,
    content_blocks,
    date_only,
    ends_sentence,
    fact_from_colon,
    kind_from_url,
    lazy_pattern,
    looks_like_title,
    take_title,
    truncation_warning,
    word_count,
)

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
# Tickers and banners stand before the title, among the first blocks of a page.
_PREFIX_REACH = 30
# A paragraph of running text has at least this many words.
_BODY_WORDS = 8
_TITLE_WORDS = 30
# A title after a date line has at least this many words ("Posted", "Source" are labels).
_TITLE_MIN = 3


def _is_banner(text: str) -> bool:
    folded = text.casefold()
    return word_count(text) <= 25 and any(phrase in folded for phrase in _BANNER_PHRASES)


def _is_key_value(block: Block) -> bool:
    fact = fact_from_colon(block.text)
    return (
        fact is not None
        and fact.value is not None
        and len(fact.label) >= 3
        and word_count(fact.label) <= 4
        and word_count(fact.value) <= 15
        and block.kind is not BlockKind.LIST_ITEM
    )


def _generic_title(blocks: Sequence[Block]) -> bool:
    """A title-shaped first block, followed by more text or short enough to be a headline."""
    first = blocks[0]
    return looks_like_title(first, max_words=_TITLE_WORDS) and (
        len(blocks) > 1 or word_count(first.text) <= 15
    )


def _is_body(block: Block) -> bool:
    """A paragraph of running text: a sentence of some length, not a list item."""
    if block.kind is BlockKind.LIST_ITEM:
        return False
    words = word_count(block.text)
    return words >= _BODY_WORDS and (ends_sentence(block.text) or words >= 2 * _BODY_WORDS)


def _head(blocks: Sequence[Block]) -> int:
    """How many blocks stand before the first paragraph of running text (0 when none does)."""
    for index, block in enumerate(blocks[:_PREFIX_REACH]):
        if _is_body(block):
            return index
    return 0


def _title_among_chrome(
    blocks: Sequence[Block], head: int, header_date: str | None
) -> tuple[str | None, str | None, list[Block], int]:
    """Title, header date, body blocks and the number dropped, when lines precede the body.

    The title is the longest title-shaped line before the first paragraph (after
    the last date line, when one of three words or more stands there); the
    other title-shaped lines there (navigation, section names, metadata labels)
    are dropped, date lines give the header date, sentences stay in the body.
    """
    before = blocks[:head]
    titles = [b for b in before if looks_like_title(b, max_words=_TITLE_WORDS)]
    # A news site's title follows its date line; a site name above the date is chrome.
    dated = [i for i, b in enumerate(before) if date_only(b.text)]
    if dated:
        after = [
            b
            for b in before[dated[-1] + 1 :]
            if looks_like_title(b, max_words=_TITLE_WORDS) and word_count(b.text) >= _TITLE_MIN
        ]
        titles = after or titles
    title_block = max(titles, key=lambda b: word_count(b.text)) if titles else None
    kept: list[Block] = []
    dropped = 0
    for block in before:
        if block is title_block:
            continue
        if date_only(block.text):
            header_date = header_date or block.text
        elif looks_like_title(block, max_words=_TITLE_WORDS):
            dropped += 1
        else:
            kept.append(block)
    title = title_block.text if title_block is not None else None
    return title, header_date, kept + list(blocks[head:]), dropped


class GenericLayout:
    """The fallback layout: title (or none), header date, body, tags.

    >>> from iomkg._textfront import blocks_from_text
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
        key_values = [b for b in rest if _is_key_value(b)]
        tags: list[str] = []
        if len(key_values) >= _KV_MIN:
            tags = [b.text for b in key_values]
            rest = [b for b in rest if not _is_key_value(b)]
        head = _head(rest)
        if head > 1:
            title, header_date, rest, dropped = _title_among_chrome(rest, head, header_date)
            if dropped:
                warnings.append(f"{dropped} short line(s) around the title were dropped as chrome")
        else:
            title, header_date, rest = take_title(rest, header_date, _generic_title)
        body = build_body(rest, title=title, header_date=header_date, extra_tags=tags)
        warnings.extend(body.warnings)
        kind = kind_from_url(url) or PageKind.ARTICLE
        if len(tags) >= 3 and len(body.article.paragraphs) <= len(tags):
            kind = PageKind.OTHER
        article = body.article
        if title is None and not article.paragraphs and not article.tags:
            warnings.append(NO_CONTENT)
            return RawPage(kind=PageKind.OTHER, warnings=tuple(warnings))
        return RawPage(kind=kind, articles=(article,), warnings=tuple(warnings))
