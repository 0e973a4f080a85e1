"""The one check of an argument's type, for every public entry point.

>>> expect("Osh", str, "text")
>>> expect(None, int, "max_size", optional=True)
>>> expect(True, int, "workers")
Traceback (most recent call last):
...
iomkg.InputTypeError: workers: expected int, got bool
"""

from __future__ import annotations

import datetime as dt

from ._errors import InputTypeError

__all__ = ["expect"]


def expect(
    value: object,
    types: type | tuple[type, ...],
    field: str,
    *,
    optional: bool = False,
    expected: str | None = None,
) -> None:
    """Raise :class:`~iomkg.InputTypeError` naming ``field`` unless ``value`` is one of ``types``.

    ``optional`` also lets ``None`` through. A subclass that means something else is
    not taken for its base: a ``bool`` for an ``int``, a ``datetime`` (a moment) for a
    ``date`` (a day), unless it is one of ``types`` itself. ``expected`` words the
    expected type in the message (default: the names of ``types``).

    >>> import datetime as dt
    >>> expect(dt.datetime(2024, 1, 1), dt.date, "reference_date", expected="datetime.date")
    Traceback (most recent call last):
    ...
    iomkg.InputTypeError: reference_date: expected datetime.date, got datetime
    """
    if value is None and optional:
        return
    kinds = types if isinstance(types, tuple) else (types,)
    if (
        isinstance(value, kinds)
        and not (value.__class__ is bool and bool not in kinds and int in kinds)
        and not (isinstance(value, dt.datetime) and dt.datetime not in kinds)
    ):
        return
    wanted = expected if expected is not None else " or ".join(k.__name__ for k in kinds)
    if optional:
        wanted += " or None"
    raise InputTypeError(f"{field}: expected {wanted}, got {type(value).__name__}", field=field)
