"""Site layouts: recognise a page's layout and split it into posts.

Adding a site is adding one module with a class that has ``name``, ``match``
and ``split`` (see :class:`Layout`), and calling :func:`register`.
"""

from __future__ import annotations

from ._base import Layout, RawArticle, RawPage, RawTeaser, choose, layouts, register, unregister
from .generic import GenericLayout

__all__ = [
    "GenericLayout",
    "Layout",
    "RawArticle",
    "RawPage",
    "RawTeaser",
    "choose",
    "layouts",
    "register",
    "unregister",
]

register(GenericLayout())
