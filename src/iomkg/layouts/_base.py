"""What a layout is, what it gives back, and the registry that picks one.

A layout recognises one family of pages (``match``) and splits their blocks into
a :class:`RawPage` (``split``): chrome removed, posts separated, titles, teasers,
tail tags and label/value facts told apart. It does no extraction: datelines,
dates and names are read later, the same way for every layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from .._blocks import Block
from .._models import Decision, Fact, PageKind

__all__ = [
    "Layout",
    "RawArticle",
    "RawPage",
    "RawTeaser",
    "choose",
    "layouts",
    "register",
    "unregister",
]


@attrs.frozen(kw_only=True)
class RawArticle:
    """One post as a layout sees it: text only, nothing extracted yet.

    ``paragraphs`` holds every paragraph and list item of the body, once, in
    order, the title and tail tags excluded. ``header_date`` is a date the layout
    found outside the body (``Press Release —Global December 08, 2020``), as
    written; it is the publication date when the dateline gives none.
    """

    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    header_date: str | None = None
    url: str | None = None
    decisions: tuple[Decision, ...] = ()


@attrs.frozen(kw_only=True)
class RawTeaser:
    """A link to another post, as a layout sees it."""

    title: str
    summary: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class RawPage:
    """A page split by a layout: its kind, category, posts, teasers and facts."""

    kind: PageKind
    category: str | None = None
    articles: tuple[RawArticle, ...] = ()
    teasers: tuple[RawTeaser, ...] = ()
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = ()
    decisions: tuple[Decision, ...] = ()


@runtime_checkable
class Layout(Protocol):
    """A site layout: a name, a recogniser and a splitter.

    ``match`` returns a score from 0.0 (not this layout) to 1.0 (certainly
    this layout); the highest score wins, ties going to the layout registered
    first. ``split`` is only called on blocks that the layout matched.
    """

    name: str

    def match(self, blocks: Sequence[Block], url: str | None) -> float:
        """How sure the layout is that the blocks are one of its pages."""
        ...

    def split(self, blocks: Sequence[Block], url: str | None) -> RawPage:
        """Split the blocks into a :class:`RawPage`."""
        ...


_REGISTRY: list[Layout] = []


def register(layout: Layout, *, first: bool = False) -> None:
    """Add a layout to the registry (replacing one with the same name).

    ``first=True`` puts it before the others, so it wins ties.
    """
    if not isinstance(layout, Layout):
        msg = f"layout: expected an object with name, match and split, got {type(layout).__name__}"
        from .._errors import InputTypeError

        raise InputTypeError(msg, field="layout")
    unregister(layout.name)
    if first:
        _REGISTRY.insert(0, layout)
    else:
        _REGISTRY.append(layout)


def unregister(name: str) -> None:
    """Remove the layout called ``name`` from the registry, if it is there."""
    _REGISTRY[:] = [layout for layout in _REGISTRY if layout.name != name]


def layouts() -> tuple[Layout, ...]:
    """The registered layouts, in the order they are tried."""
    return tuple(_REGISTRY)


def choose(blocks: Sequence[Block], url: str | None) -> tuple[Layout, float]:
    """The layout with the highest score for these blocks, and its score.

    The ``generic`` layout scores a small constant, so it wins only when no other
    layout recognises the page. With no layout registered at all, :class:`~iomkg.ParseError`.
    """
    best: Layout | None = None
    best_score = -1.0
    for layout in _REGISTRY:
        score = layout.match(blocks, url)
        if score > best_score:
            best, best_score = layout, score
    if best is None:
        from .._errors import ParseError

        msg = "layout: no layout is registered (see iomkg.layouts.register)"
        raise ParseError(msg, field="layout")
    return best, best_score
