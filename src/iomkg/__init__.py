"""iomkg: pages of the IOM Kyrgyzstan websites and their sister sites, as a typed knowledge base.

>>> import iomkg
>>> page = iomkg.parse("Osh – On 4 March 2024, a training on safe migration opened.")
>>> page.articles[0].paragraphs[0][:3]
'Osh'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._corpus.corpus import (
    ArticleCollection,
    Collection,
    Corpus,
    EventCollection,
    OrganizationCollection,
    PersonCollection,
    PlaceCollection,
    ProgrammeCollection,
)
from ._corpus.merge import (
    Entry,
    EventEntry,
    OrganizationEntry,
    PersonEntry,
    PlaceEntry,
    ProgrammeEntry,
)
from ._corpus.query import Q, QueryError
from ._corpus.search import Hit
from ._errors import (
    DataError,
    DateError,
    DecodeError,
    InputTooLargeError,
    InputTypeError,
    IomkgError,
    LoadError,
    MissingExtraError,
    ParseError,
    ReadOnlyError,
)
from ._extract.dateline import parse_dateline
from ._extract.dates import find_dates, parse_date
from ._extract.organizations import find_organizations
from ._extract.places import find_places
from ._io.load import LoadFailure, Progress, load, parse_file
from ._io.serialize import SCHEMA_VERSION, dumps, json_schema, loads
from ._io.warc import DEFAULT_HOSTS, iter_warc
from ._models import (
    Article,
    Dateline,
    DateMention,
    DateSpan,
    Decision,
    Event,
    EventKind,
    Fact,
    Organization,
    OrgKind,
    Page,
    PageKind,
    Person,
    Place,
    PlaceKind,
    Precision,
    Programme,
    Quote,
    Span,
    Teaser,
)
from ._parse import DEFAULT_MAX_SIZE, learn_profile, parse
from ._reference.gazetteer import Gazetteer, gazetteer
from ._reference.organizations import OrganizationRegistry, organizations
from ._reference.reference import Reference
from .layouts.profile import ChromeBlock, ChromeLine, SiteProfile
from .sample import sample_pages

if TYPE_CHECKING:
    #: The installed version of iomkg, from the package metadata (``"0+unknown"`` if not installed).
    __version__: str
else:
    # Hidden from type checkers: a module ``__getattr__`` would let them accept any
    # misspelt ``iomkg.<name>``; they see ``__version__: str`` above instead.

    def __getattr__(name: str) -> str:
        """``__version__``, read from the package metadata on first access.

        ``importlib.metadata`` (with ``email`` and ``zipfile`` behind it) and the search
        of ``sys.path`` for the distribution cost a fifth of ``import iomkg``; few
        callers ask for the version, so it is looked up only when asked, then kept.

        >>> import iomkg
        >>> iomkg.__version__ == vars(iomkg)["__version__"]
        True
        """
        if name != "__version__":
            msg = f"module {__name__!r} has no attribute {name!r}"
            raise AttributeError(msg)
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("iomkg")
        except PackageNotFoundError:  # pragma: no cover - a source tree that is not installed
            value = "0+unknown"
        globals()["__version__"] = value  # later look-ups find it without calling this again
        return value

    def __dir__() -> list[str]:
        """The public names (``__all__``) and the public ``layouts`` package.

        Implementation modules (``_parse``, ``_models`` …) are not listed.

        >>> names = dir(__import__("iomkg"))
        >>> "__version__" in names, "parse" in names, "_parse" in names
        (True, True, False)
        """
        return sorted({*__all__, "layouts"})


__all__ = [
    "DEFAULT_HOSTS",
    "DEFAULT_MAX_SIZE",
    "SCHEMA_VERSION",
    "Article",
    "ArticleCollection",
    "ChromeBlock",
    "ChromeLine",
    "Collection",
    "Corpus",
    "DataError",
    "DateError",
    "DateMention",
    "DateSpan",
    "Dateline",
    "Decision",
    "DecodeError",
    "Entry",
    "Event",
    "EventCollection",
    "EventEntry",
    "EventKind",
    "Fact",
    "Gazetteer",
    "Hit",
    "InputTooLargeError",
    "InputTypeError",
    "IomkgError",
    "LoadError",
    "LoadFailure",
    "MissingExtraError",
    "OrgKind",
    "Organization",
    "OrganizationCollection",
    "OrganizationEntry",
    "OrganizationRegistry",
    "Page",
    "PageKind",
    "ParseError",
    "Person",
    "PersonCollection",
    "PersonEntry",
    "Place",
    "PlaceCollection",
    "PlaceEntry",
    "PlaceKind",
    "Precision",
    "Programme",
    "ProgrammeCollection",
    "ProgrammeEntry",
    "Progress",
    "Q",
    "QueryError",
    "Quote",
    "ReadOnlyError",
    "Reference",
    "SiteProfile",
    "Span",
    "Teaser",
    "__version__",
    "dumps",
    "find_dates",
    "find_organizations",
    "find_places",
    "gazetteer",
    "iter_warc",
    "json_schema",
    "learn_profile",
    "load",
    "loads",
    "organizations",
    "parse",
    "parse_date",
    "parse_dateline",
    "parse_file",
    "sample_pages",
]


def _show_as_iomkg() -> None:
    """Give every public class and function ``iomkg`` as its module.

    Tracebacks, reprs and pickles then name ``iomkg.ParseError``, not the private
    module that defines it. Annotations written as strings are resolved first,
    in the module that wrote them, so that :func:`typing.get_type_hints` (which
    looks names up in ``__module__``) still reads them.
    """
    import sys
    import typing

    for name in __all__:
        obj = globals().get(name)
        if not (isinstance(obj, type) or callable(obj)) or obj.__module__ == __name__:
            continue
        own = vars(obj).get("__annotations__") if isinstance(obj, type) else None
        if own and any(isinstance(v, str) for v in own.values()):
            module = vars(sys.modules[obj.__module__])
            hints = typing.get_type_hints(obj, globalns=module, localns=dict(vars(obj)))
            obj.__annotations__ = {k: hints.get(k, v) for k, v in own.items()}
        obj.__module__ = __name__


_show_as_iomkg()
