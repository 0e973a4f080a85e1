"""Site layouts: recognise a page's layout and split it into posts.

Adding a site is adding one module with a class that has ``name``, ``match``
and ``split`` (see :class:`Layout`), and calling :func:`register`. The built-in
layouts are ``iom-drupal`` (the modern IOM sites), ``iom-kg-legacy`` (the old
iom.kg site) and ``generic`` (anything else).

>>> [layout.name for layout in layouts()]
['iom-drupal', 'iom-kg-legacy', 'generic']
"""

from __future__ import annotations

from ._base import Layout, RawArticle, RawPage, RawTeaser, choose, layouts, register, unregister
from .drupal import DrupalLayout
from .generic import GenericLayout
from .legacy import LegacyLayout

__all__ = [
    "DrupalLayout",
    "GenericLayout",
    "Layout",
    "LegacyLayout",
    "RawArticle",
    "RawPage",
    "RawTeaser",
    "choose",
    "layouts",
    "register",
    "unregister",
]

register(DrupalLayout())
register(LegacyLayout())
register(GenericLayout())
