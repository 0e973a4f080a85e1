"""Datelines: the place(s) and date that open a lead paragraph.

(Initial scaffold; the extraction work fills this module.)
"""

from __future__ import annotations

import datetime as dt

from ._models import Dateline

__all__ = ["header_date", "split_dateline"]


def split_dateline(paragraph: str, *, language: str | None = None) -> Dateline | None:
    """The dateline that opens ``paragraph``, or ``None``."""
    return None


def header_date(text: str) -> dt.date | None:
    """A publication date written in a page header."""
    return None
