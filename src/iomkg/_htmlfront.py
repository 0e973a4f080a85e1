"""The HTML front end (selectolax Lexbor): HTML to the same Blocks as a text dump.

(Initial scaffold: detection only; the HTML issue fills this module.)
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._blocks import Block

__all__ = ["HtmlMeta", "looks_like_html", "parse_html"]


@attrs.frozen(kw_only=True)
class HtmlMeta:
    """What only the HTML knows: title, canonical URL, language, publication date."""

    title: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    description: str | None = None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML rather than a text dump."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def parse_html(text: str) -> tuple[tuple[Block, ...], HtmlMeta, tuple[str, ...]]:
    """HTML to blocks, metadata and warnings."""
    from ._textfront import blocks_from_text

    return blocks_from_text(text), HtmlMeta(), ("HTML is not read yet",)
