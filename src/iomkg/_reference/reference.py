"""The reference data a parse reads, as one object: :class:`Reference`.

A :class:`Reference` holds a gazetteer and an organization registry, both
read-only. :meth:`Reference.default` is the package's data (read once, on first
use); a user's additions go into a new Reference (:meth:`Reference.with_places`,
:meth:`Reference.with_organizations`), never into the default, so that nothing a
caller does changes what another caller's :func:`iomkg.parse` finds.

:func:`iomkg.parse` and :func:`iomkg.load` take ``reference=``; while they run, the
extractors read it through :func:`current` (a context variable: threads and
asynchronous tasks each see their own).

>>> ref = Reference.default()
>>> ref.places.lookup("Osh").id, ref.organizations.lookup("IOM").acronym
('KG-GO', 'IOM')
>>> current() is ref
True
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from os import PathLike
from typing import Protocol, TypeVar

from .._check import expect
from .._errors import InputTypeError
from .._models import Organization, Place
from .gazetteer import Gazetteer, gazetteer
from .organizations import OrganizationRegistry, organizations

__all__ = ["Reference", "current", "using"]

_T = TypeVar("_T", Gazetteer, OrganizationRegistry)
_R = TypeVar("_R", Place, Organization)
_R_contra = TypeVar("_R_contra", contravariant=True)


class Reference:
    """The places and organizations a parse knows (read-only; extend with ``with_*``).

    ``places`` and ``organizations`` default to the package's data; a gazetteer
    or registry given here is copied, so changing it afterwards changes nothing here.

    >>> from iomkg import Place, PlaceKind
    >>> ref = Reference.default().with_places(
    ...     [Place(id="KG.invented-dale", name="Invented Dale", kind=PlaceKind.VILLAGE, parent="KG-O")])
    >>> ref.places.lookup("Invented Dale").country_code, Reference.default().places.lookup("Invented Dale")
    ('KG', None)
    """

    __slots__ = ("_organizations", "_places")

    def __init__(
        self,
        *,
        places: Gazetteer | None = None,
        organizations: OrganizationRegistry | None = None,
    ) -> None:
        expect(places, Gazetteer, "places", optional=True)
        if organizations is not None and not isinstance(organizations, OrganizationRegistry):
            msg = (
                "organizations: expected OrganizationRegistry or None, "
                f"got {type(organizations).__name__}"
            )
            raise InputTypeError(msg, field="organizations")
        self._places = _held(places)
        self._organizations = _held(organizations)

    @classmethod
    @functools.cache
    def default(cls) -> Reference:
        """The package's data (the files of ``iomkg/_reference/data``), read on first use.

        >>> Reference.default() is Reference.default()
        True
        """
        return cls()

    @property
    def places(self) -> Gazetteer:
        """The gazetteer (read-only).

        >>> len(Reference.default().places) > 500
        True
        """
        return self._places if self._places is not None else gazetteer()

    @property
    def organizations(self) -> OrganizationRegistry:
        """The organization registry (read-only).

        >>> Reference.default().organizations.lookup("UNDP").kind.value
        'un'
        """
        return self._organizations if self._organizations is not None else organizations()

    def with_places(self, places: Iterable[Place] | str | PathLike[str]) -> Reference:
        """A new Reference that also knows ``places`` (records, or a TSV file to read).

        A file has the columns ``id``, ``kind``, ``name``, ``parent``, ``aliases``
        (see :meth:`iomkg.Gazetteer.load`). This Reference is not changed.

        >>> import pathlib, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "mine.tsv"
        ...     _ = p.write_text("# invented\\nKG.testville\\tvillage\\tTestville\\tKG-C\\n", encoding="utf-8")
        ...     ref = Reference.default().with_places(p)
        >>> ref.places.lookup("Testville").parent
        'KG-C'
        """
        gz = self.places.copy()
        _extend(gz, places, Place, "places")
        return Reference(places=gz, organizations=self._organizations)

    def with_organizations(
        self, organizations: Iterable[Organization] | str | PathLike[str]
    ) -> Reference:
        """A new Reference that also knows ``organizations`` (records, or a TSV file).

        A file has the columns ``name``, ``acronym``, ``kind``, ``country``,
        ``aliases`` (see :meth:`iomkg.OrganizationRegistry.load`).

        >>> from iomkg import Organization, OrgKind
        >>> ref = Reference.default().with_organizations(
        ...     [Organization(name="Invented Mobility Fund", acronym="IMF2", kind=OrgKind.DONOR)])
        >>> ref.organizations.lookup("IMF2").name, Reference.default().organizations.lookup("IMF2")
        ('Invented Mobility Fund', None)
        """
        reg = self.organizations.copy()
        _extend(reg, organizations, Organization, "organizations")
        return Reference(places=self._places, organizations=reg)

    def __repr__(self) -> str:
        if self._places is None and self._organizations is None:
            return "<Reference: the package's data>"
        return f"<Reference: {len(self.places)} places, {len(self.organizations)} organizations>"

    def __reduce__(self) -> tuple[object, ...]:
        # (sent to worker processes: the package's data is not copied, a user's is)
        if self._places is None and self._organizations is None:
            return (_default, ())
        return (_rebuild, (self._places, self._organizations))


def _held(data: _T | None) -> _T | None:
    """A read-only copy of a user's gazetteer or registry (a read-only one is kept as is)."""
    if data is None or data.is_read_only:
        return data
    return data.copy().read_only()


class _Extensible(Protocol[_R_contra]):
    """What a Reference's data can be extended with: records one by one, or a file."""

    def add(self, record: _R_contra, /, *, replace: bool = False) -> None: ...

    def load(self, path: str | PathLike[str]) -> None: ...


def _extend(
    data: _Extensible[_R], more: Iterable[_R] | str | PathLike[str], cls: type[_R], field: str
) -> None:
    """Add ``more`` (records of ``cls``, or a TSV file) to ``data`` (``field``: the argument)."""
    if isinstance(more, (str, PathLike)):
        data.load(more)
    else:
        for record in _records(more, cls, field):
            data.add(record)


def _records(items: object, cls: type[_R], field: str) -> Iterator[_R]:
    if isinstance(items, cls) or not isinstance(items, Iterable):
        msg = f"{field}: expected an iterable of {cls.__name__} or a file path"
        raise InputTypeError(msg, field=field)
    for item in items:
        expect(item, cls, field, expected=f"{cls.__name__} records")
        yield item


def _default() -> Reference:
    return Reference.default()


def _rebuild(places: Gazetteer | None, organizations: OrganizationRegistry | None) -> Reference:
    return Reference(places=places, organizations=organizations)


_CURRENT: ContextVar[Reference | None] = ContextVar("iomkg_reference", default=None)


def current() -> Reference:
    """The Reference of the parse running in this context (the default outside one).

    >>> current() is Reference.default()
    True
    """
    ref = _CURRENT.get()
    return ref if ref is not None else Reference.default()


@contextlib.contextmanager
def using(reference: Reference | None) -> Iterator[Reference]:
    """Make ``reference`` the :func:`current` one inside the ``with`` block (``None``: keep).

    The caller's Reference is back when the block ends, even on an error.

    >>> ref = Reference.default().with_places([])
    >>> with using(ref):
    ...     current() is ref
    True
    >>> current() is ref
    False
    """
    if reference is None:
        yield current()
        return
    expect(reference, Reference, "reference", expected="Reference or None")
    token = _CURRENT.set(reference)
    try:
        yield reference
    finally:
        _CURRENT.reset(token)
