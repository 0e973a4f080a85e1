"""The text front end: a text dump, one block per line, to :class:`Block`.

A dump has one block per line. Empty lines between blocks are counted into
``Block.gap``; bullets (``•``, ``-``, numbered items) are removed from the text
and kept in ``Block.bullet``, and their indentation gives ``Block.level``.
"""

from __future__ import annotations

import re

from .._blocks import Block, BlockKind, Region, new_block

__all__ = ["blocks_from_text", "split_url_line"]

# The first line of a dump may give the page's address: "URL: https://…" (see the page format).
_URL_LINE = re.compile(r"[ ]{0,10}URL:[ ]{0,10}(https?://[^\s]{1,4000})[ ]{0,10}(?:\n|$)", re.I)


def split_url_line(text: str) -> tuple[str | None, str]:
    """The URL of a dump's first line ``URL: https://…``, and the text after that line.

    A dump without that line comes back whole with ``None``.

    >>> split_url_line("URL: https://iom.kg/news/1\\nTitle\\n")
    ('https://iom.kg/news/1', 'Title\\n')
    >>> split_url_line("Title\\nURL: https://iom.kg/news/1")
    (None, 'Title\\nURL: https://iom.kg/news/1')
    """
    if text[:20].lstrip(" ")[:4].upper() != "URL:":
        return None, text
    match = _URL_LINE.match(text)
    if match is None:
        return None, text
    return match.group(1), text[match.end() :]


# A bullet at the start of a line: "  • ", "    • ", "- ", "•Word", "• ", "1.     Q: …", "1) ".
# Every quantifier is bounded or possessive-like (no nested repetition), so no backtracking blow-up.
_BULLET = re.compile(
    r"(?P<indent>[ ]{0,12})(?P<bullet>[•●▪◦‣∙·]|[-–—*](?=\s)|\d{1,3}[.)](?=\s))[ ]{0,8}"
)

# The characters a bullet line can open with (besides a digit): its indent or its mark.
_BULLET_FIRST = frozenset(" •●▪◦‣∙·-–—*")
# Read once: a member of an Enum is several times slower to look up than a global.
_LINE, _LIST_ITEM, _UNKNOWN = BlockKind.LINE, BlockKind.LIST_ITEM, Region.UNKNOWN


def blocks_from_text(text: str) -> tuple[Block, ...]:
    """Split a normalised dump into blocks, with bullets removed and gaps counted.

    >>> [(b.text, b.kind.value, b.gap) for b in blocks_from_text("Title\\n\\n  • First item\\nBody")]
    [('Title', 'line', 0), ('First item', 'list_item', 1), ('Body', 'line', 0)]
    """
    blocks: list[Block] = []
    append = blocks.append
    gap = 0
    offset = 0
    for raw in text.split("\n"):
        start = offset
        offset += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        # Most lines open with a letter: only a space, a bullet mark or a digit can
        # open a bullet, so the others skip the bullet pattern.
        first = raw[0]
        match = _BULLET.match(raw) if first in _BULLET_FIRST or first.isdecimal() else None
        if match is not None and (
            match.end() < len(raw.rstrip()) or match.group("bullet") in "•●▪◦‣∙·"
        ):
            body = raw[match.end() :]
            body_text = body.strip()
            level = len(match.group("indent").expandtabs()) // 2
            lead = (
                len(raw) - len(raw.lstrip())
                if not body_text
                else match.end() + (len(body) - len(body.lstrip()))
            )
            append(
                new_block(
                    body_text,
                    _LIST_ITEM,
                    start + lead,
                    gap,
                    max(level - 1, 0) if match.group("indent") else 0,
                    match.group("bullet"),
                    _UNKNOWN,
                    0,
                )
            )
        else:
            lead = len(raw) - len(raw.lstrip()) if first.isspace() else 0
            # By position (new_block): a dump has a block per line, the keyword call costs twice.
            append(new_block(stripped, _LINE, start + lead, gap, 0, None, _UNKNOWN, 0))
        gap = 0
    return tuple(blocks)
