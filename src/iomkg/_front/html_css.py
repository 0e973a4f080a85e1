"""CSS queries of the HTML front end, through one lexbor selector engine per thread.

A parsed page makes its own engine on its first query (about 25 µs, as long as a bare parse
of a short page); the engine holds no page between two queries, so one serves them all.

>>> from selectolax.lexbor import LexborHTMLParser
>>> body = LexborHTMLParser("<div><p>Osh</p><p>Naryn</p></div>").body
>>> [node.text() for node in select(body, "p")], select_first(body, "p + p").text()
(['Osh', 'Naryn'], 'Naryn')
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from selectolax.lexbor import LexborCSSSelector, LexborNode

__all__ = ["select", "select_first"]

_LOCAL = threading.local()


def _engine() -> LexborCSSSelector:
    """This thread's selector engine (a query is no reentrant call: one per thread)."""
    try:
        engine: LexborCSSSelector = _LOCAL.engine
    except AttributeError:
        # Imported here: callers that only read text dumps never load the HTML parser.
        from selectolax.lexbor import LexborCSSSelector

        engine = _LOCAL.engine = LexborCSSSelector()  # type: ignore[no-untyped-call]
    return engine


def select(node: LexborNode, query: str) -> list[LexborNode]:
    """The elements of ``node``'s subtree (``node`` too) that ``query`` matches, in document
    order: what ``node.css(query)`` gives, without a new engine per page.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> [n.tag for n in select(LexborHTMLParser("<ul><li>Osh</li></ul>").body, "ul,li")]
    ['ul', 'li']
    """
    return _engine().find(query, node)


def select_first(node: LexborNode, query: str) -> LexborNode | None:
    """The first element :func:`select` would give (the search stops there), or ``None``.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> select_first(LexborHTMLParser("<p>Osh</p>").body, "h1") is None
    True
    """
    # find_first is in the compiled engine, not in its type stubs.
    first: Callable[[str, LexborNode], list[LexborNode]] = _engine().find_first  # type: ignore[attr-defined]
    found = first(query, node)
    return found[0] if found else None
