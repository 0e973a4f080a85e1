"""Blocks: the one intermediate form between a front end and the layouts.

Both front ends (text dumps and HTML) turn a page into a tuple of :class:`Block`,
so every layout rule is written once and applies to both forms.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Block", "BlockKind", "Region", "new_block"]


class BlockKind(str, enum.Enum):
    """What a block is, as far as the front end can tell."""

    LINE = "line"  # a line of a text dump: paragraph, title or chrome, unknown yet
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    HEADING = "heading"
    CAPTION = "caption"


class Region(str, enum.Enum):
    """Where on the page a block stood, when the front end knows (HTML)."""

    UNKNOWN = "unknown"
    MAIN = "main"
    NAV = "nav"
    HEADER = "header"
    FOOTER = "footer"
    ASIDE = "aside"


# Not slotted: a frozen attrs class with a __dict__ sets its fields in __init__ faster than
# a slotted one, and the fields may be given by position (``new_block``): the HTML front end
# makes hundreds of blocks per page, a text dump one per line.
@attrs.frozen(slots=False)
class Block:
    """One block of a page.

    ``text`` has its bullet removed (``bullet`` keeps it) and no surrounding white
    space. ``offset`` is where the block starts in the normalised input (text
    dumps) or its order number (HTML). ``gap`` is the number of empty lines
    before it in a dump (0 = directly after the previous line); the HTML front
    end sets 1 between blocks and 2 where an element such as an image was dropped.
    ``level`` is the nesting depth of a list item (0 for everything else).
    ``link`` is the target (``href``) of the link a block is made of, when its whole text is
    one link (a post's title in a listing, a "Read more"); ``unit`` numbers the post
    container a block stands in, from 1 (an ``<article>``, a repeated ``div.post`` in HTML),
    so that a listing's posts are told apart even without headings; 0 outside any.

    >>> Block(text="Osh", kind=BlockKind.HEADING).heading_level
    0
    """

    text: str
    kind: BlockKind = BlockKind.LINE
    offset: int = 0
    gap: int = 0
    level: int = 0
    bullet: str | None = None
    region: Region = Region.UNKNOWN
    heading_level: int = 0
    link: str | None = None
    unit: int = 0


#: ``Block(text=…, kind=…, …)`` by position (text, kind, offset, gap, level, bullet, region,
#: heading level, link, unit): attrs' own ``__init__`` without the cost of keywords, for a front end
#: that makes hundreds of blocks per page.
new_block = Block
