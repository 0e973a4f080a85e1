"""The one check of an argument's type, for every public entry point.

>>> expect("Osh", str, "text")
>>> expect(None, int, "max_size", optional=True)
>>> expect(True, int, "workers")
Traceback (most recent call last):
...
iomkg.InputTypeError: workers: expected int, got bool
"""

from __future__ import annotations

from ._errors import InputTypeError

__all__ = ["expect"]


def expect(
    value: object,
    types: type | tuple[type, ...],
    field: str,
    *,
    optional: bool = False,
    expected: str | None = None,
    exclude: type | tuple[type, ...] = (),
) -> None:
    """Raise :class:`~iomkg.InputTypeError` naming ``field`` unless ``value`` is one of ``types``.

    ``optional`` also lets ``None`` through. A ``bool`` is not taken for an ``int`` (unless
    ``bool`` is one of ``types``), and instances of ``exclude`` are refused (a
    ``datetime`` where a ``date`` is asked). ``expected`` words the expected type in the
    message (default: the names of ``types``).

    >>> import datetime as dt
    >>> expect(dt.datetime(2024, 1, 1), dt.date, "reference_date", exclude=dt.datetime,
    ...        expected="datetime.date")
    Traceback (most recent call last):
    ...
    iomkg.InputTypeError: reference_date: expected datetime.date, got datetime
    """
    if value is None and optional:
        return
    kinds = types if isinstance(types, tuple) else (types,)
    if (
        isinstance(value, kinds)
        and not isinstance(value, exclude)
        and not (value.__class__ is bool and bool not in kinds and int in kinds)
    ):
        return
    wanted = expected if expected is not None else " or ".join(k.__name__ for k in kinds)
    if optional:
        wanted += " or None"
    raise InputTypeError(f"{field}: expected {wanted}, got {type(value).__name__}", field=field)
