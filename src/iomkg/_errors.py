"""The exceptions of iomkg: one tree, one root.

::

    IomkgError
     ├── InputTypeError        (also TypeError)   parse() got neither str nor bytes
     ├── ParseError            (also ValueError)  a text could not be read as asked
     │    ├── InputTooLargeError                  the input is over the size limit
     │    ├── DateError                           a date string is not a date
     │    └── DecodeError                         bytes that no encoding explains
     ├── DataError             (also ValueError)  a reference-data file is malformed
     ├── ReadOnlyError         (also TypeError)   the package's reference data cannot change
     ├── LoadError             (also OSError)     a file or folder could not be read
     ├── QueryError            (also ValueError)  a lookup names no field or operator
     └── MissingExtraError     (also ImportError) an export needs an extra not installed

``QueryError`` is defined with the query code and re-exported as
:class:`iomkg.QueryError`. ``MissingExtraError`` is raised by the exports but lives
here, so that ``import iomkg`` need not load the export code to name it.

Every error that concerns one field carries its name in ``field``.
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "DateError",
    "DecodeError",
    "InputTooLargeError",
    "InputTypeError",
    "IomkgError",
    "LoadError",
    "MissingExtraError",
    "ParseError",
    "ReadOnlyError",
]


class IomkgError(Exception):
    """The root of every error iomkg raises on purpose.

    ``field`` names the input or field the error is about, when there is one.

    >>> try:
    ...     raise IomkgError("something went wrong", field="source")
    ... except IomkgError as exc:
    ...     exc.field
    'source'
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InputTypeError(IomkgError, TypeError):
    """An argument of the wrong type, e.g. ``parse(None)``.

    >>> import iomkg
    >>> try:
    ...     iomkg.parse(3)  # type: ignore[arg-type]
    ... except TypeError as exc:
    ...     print(exc)
    source: expected str or bytes, got int
    """


class ParseError(IomkgError, ValueError):
    """A text that could not be read as asked.

    >>> issubclass(ParseError, ValueError)
    True
    """


class InputTooLargeError(ParseError):
    """The input is larger than the limit (see :data:`iomkg.DEFAULT_MAX_SIZE`).

    >>> import iomkg
    >>> try:
    ...     iomkg.parse("x" * 100, max_size=10)
    ... except iomkg.InputTooLargeError as exc:
    ...     exc.field
    'source'
    """


class DateError(ParseError):
    """A string that :func:`iomkg.parse_date` cannot read as a date.

    >>> import iomkg
    >>> try:
    ...     iomkg.parse_date("no date here")
    ... except iomkg.DateError as exc:
    ...     exc.field
    'text'
    """


class DecodeError(ParseError):
    """Bytes that cannot be decoded to text.

    >>> issubclass(DecodeError, ParseError)
    True
    """


class DataError(IomkgError, ValueError):
    """A reference-data file (gazetteer, lexicon) that is malformed.

    >>> issubclass(DataError, ValueError)
    True
    """


class ReadOnlyError(IomkgError, TypeError):
    """An attempt to change reference data that every parse shares.

    The package's gazetteer and organization registry (:func:`iomkg.gazetteer`,
    :func:`iomkg.organizations`) and the data of a :class:`iomkg.Reference` never
    change: a change would silently alter every later :func:`iomkg.parse`. Add to a
    copy instead (:meth:`iomkg.Reference.with_places`, :meth:`iomkg.Gazetteer.copy`).

    >>> import iomkg
    >>> try:
    ...     iomkg.gazetteer().add(iomkg.Place(id="XX", name="Freedonia", kind=iomkg.PlaceKind.COUNTRY))
    ... except iomkg.ReadOnlyError as exc:
    ...     print(exc.field)
    place
    """


class LoadError(IomkgError, OSError):
    """A file or folder that could not be read: a web archive (:func:`iomkg.iter_warc`),
    a gazetteer or organization file (:meth:`iomkg.Gazetteer.load`,
    :meth:`iomkg.OrganizationRegistry.load`).

    >>> issubclass(LoadError, OSError)
    True
    """


class MissingExtraError(IomkgError, ImportError):
    """An export needs an optional extra that is not installed (``pip install iomkg[pandas]``).

    >>> issubclass(MissingExtraError, ImportError)
    True
    """
