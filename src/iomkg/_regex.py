"""Regular expressions compiled on first use, for every module that has some.

Compiling every pattern of the package at ``import iomkg`` would cost milliseconds that
a caller who parses nothing need not pay: modules keep a getter instead.

>>> word = lazy_pattern(r"\\w+")
>>> word().match("Osh").group(), word() is word()
('Osh', True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["lazy_pattern"]


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter that compiles ``pattern`` on its first call and returns that pattern ever after.

    >>> digits = lazy_pattern(r"[0-9]+", re.ASCII)
    >>> digits().flags & re.ASCII == re.ASCII
    True
    """
    return functools.cache(lambda: re.compile(pattern, flags))
