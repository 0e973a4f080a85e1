"""iomkg: pages of the IOM Kyrgyzstan websites and their sister sites, as a typed knowledge base.

>>> import iomkg
>>> page = iomkg.parse("Osh – On 4 March 2024, a training on safe migration opened.")
>>> page.articles[0].paragraphs[0][:3]
'Osh'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from ._errors import (
    DataError,
    DateError,
    DecodeError,
    InputTooLargeError,
    InputTypeError,
    IomkgError,
    LoadError,
    ParseError,
)
from ._models import (
    Article,
    Dateline,
    DateMention,
    DateSpan,
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
from ._dateline import parse_dateline
from ._dates import find_dates, parse_date
from ._parse import DEFAULT_MAX_SIZE, parse
from ._warc import iter_warc
from .sample import sample_pages

try:
    __version__ = version("iomkg")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_MAX_SIZE",
    "Article",
    "DataError",
    "DateError",
    "DateMention",
    "DateSpan",
    "Dateline",
    "DecodeError",
    "Event",
    "EventKind",
    "Fact",
    "InputTooLargeError",
    "InputTypeError",
    "IomkgError",
    "LoadError",
    "OrgKind",
    "Organization",
    "Page",
    "PageKind",
    "ParseError",
    "Person",
    "Place",
    "PlaceKind",
    "Precision",
    "Programme",
    "Quote",
    "Span",
    "Teaser",
    "__version__",
    "find_dates",
    "iter_warc",
    "parse",
    "parse_date",
    "parse_dateline",
    "sample_pages",
]
