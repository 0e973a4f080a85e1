"""The ``generic`` layout: a best-effort title and body for any news-like text.

(Initial scaffold; the text-dump issue fills this module.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .._blocks import Block
from .._models import PageKind
from ._base import RawArticle, RawPage

__all__ = ["GenericLayout"]


class GenericLayout:
    """The fallback layout."""

    name = "generic"

    def match(self, blocks: Sequence[Block], url: str | None) -> float:
        return 0.05

    def split(self, blocks: Sequence[Block], url: str | None) -> RawPage:
        return RawPage(
            kind=PageKind.ARTICLE,
            articles=(RawArticle(paragraphs=tuple(b.text for b in blocks)),),
            warnings=("no known layout recognised the page; read it with the generic layout",),
        )
