"""Web archives: the HTML responses of IOM hosts in WARC and WARC.gz files.

Reading WARC needs the optional ``warc`` extra (``pip install iomkg[warc]``),
which brings `warcio`_. iomkg uses warcio rather than FastWARC because it is
pure Python (a wheel for every platform and Python version), reads and writes
WARC (the tests write their own archives), and decodes chunked and compressed
HTTP payloads; at 2–3 ms of parsing per page, iomkg's own parse, not WARC
reading, sets the pace (see the WARC run of the benchmark).

.. _warcio: https://github.com/webrecorder/warcio

The capture date of a record (``WARC-Date``) is handed to :func:`iomkg.parse`
as ``reference_date``: the last resort for the year of a date written without
one. It is never taken for the publication date.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from .._check import expect
from .._errors import LoadError
from .._front.site import site_from_url
from .._models import Page
from .._parse import parse
from ..layouts.profile import SiteProfile

__all__ = ["DEFAULT_HOSTS", "WarcRecord", "iter_warc", "iter_warc_records", "match_host"]

#: The hosts kept by default: every IOM site and the old Kyrgyzstan site, with subdomains.
DEFAULT_HOSTS: tuple[str, ...] = ("*.iom.int", "iom.int", "*.iom.kg", "iom.kg")

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@attrs.frozen(kw_only=True)
class WarcRecord:
    """One kept response of a WARC file: its URL, capture time and HTML body.

    >>> rec = WarcRecord(url="https://kyrgyzstan.iom.int/news/x",
    ...                  captured=dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone.utc),
    ...                  body=b"<html></html>")
    >>> rec.captured.date()
    datetime.date(2024, 5, 1)
    """

    url: str
    captured: dt.datetime | None
    body: bytes
    content_type: str | None = None
    record_id: str | None = None


def match_host(host: str | None, patterns: Iterable[str]) -> bool:
    """Whether ``host`` is one of ``patterns`` (``*.example.org`` matches subdomains).

    >>> match_host("kyrgyzstan.iom.int", DEFAULT_HOSTS)
    True
    >>> match_host("www.iom.kg", DEFAULT_HOSTS), match_host("example.org", DEFAULT_HOSTS)
    (True, False)
    >>> match_host("notiom.int", DEFAULT_HOSTS)
    False
    """
    if not host:
        return False
    host = host.lower().rstrip(".")
    for written in patterns:
        pattern = written.lower().rstrip(".")
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]):
                return True
        elif host == pattern:
            return True
    return False


def _hosts(hosts: Iterable[str] | None) -> tuple[str, ...]:
    if hosts is None:
        return DEFAULT_HOSTS
    if isinstance(hosts, str):
        return (*DEFAULT_HOSTS, hosts)
    return (*DEFAULT_HOSTS, *hosts)


def _archive_iterator(stream: IO[bytes]) -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        msg = "reading WARC files needs warcio: pip install 'iomkg[warc]'"
        raise LoadError(msg, field="path") from exc
    return ArchiveIterator(stream)


def _captured(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def iter_warc_records(
    path: str | os.PathLike[str],
    *,
    hosts: Iterable[str] | None = None,
    warnings: list[str] | None = None,
) -> Iterator[WarcRecord]:
    """The HTTP 200 HTML responses of IOM hosts (and ``hosts``) in a WARC file.

    The low level of :func:`iter_warc`: raw records, nothing parsed. Records
    of other hosts, other statuses and other content types are skipped. A
    truncated or corrupt archive ends the iteration; what happened is appended
    to ``warnings`` when a list is given, so nothing is dropped silently.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "empty.warc").write_bytes(b"")
    0
    >>> list(iter_warc_records(folder / "empty.warc"))
    []
    """
    expect(path, (str, os.PathLike), "path", expected="str or os.PathLike")
    patterns = _hosts(hosts)

    try:
        stream = Path(path).open("rb")  # noqa: SIM115 - closed in the finally below
    except OSError as exc:
        msg = f"{path}: cannot be read: {exc.strerror or exc}"
        raise LoadError(msg, field="path") from exc
    try:
        records = _archive_iterator(stream)
        while True:
            try:
                record = next(records)
            except StopIteration:
                # warcio stops silently at a record cut short: bytes it never reached say so.
                unread = Path(path).stat().st_size - int(getattr(records, "offset", 0) or 0)
                if unread > 0 and warnings is not None:
                    warnings.append(
                        f"{path}: archive ends in a truncated record ({unread} bytes unread)"
                    )
                break
            except Exception as exc:
                if warnings is not None:
                    warnings.append(
                        f"{path}: archive ends in a broken record ({type(exc).__name__}: {exc})"
                    )
                break
            kept = _keep(record, patterns, site_from_url, warnings, path)
            if kept is not None:
                yield kept
    finally:
        stream.close()


def _keep(
    record: Any,
    patterns: tuple[str, ...],
    site_from_url: Any,
    warnings: list[str] | None,
    path: str | os.PathLike[str],
) -> WarcRecord | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    if not match_host(host, patterns) and not match_host(site_from_url(url), patterns):
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (
        (record.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    )
    if content_type and content_type not in _HTML_TYPES:
        return None
    try:
        body = record.content_stream().read()
    except Exception as exc:
        if warnings is not None:
            warnings.append(f"{path}: {url}: payload cannot be read ({type(exc).__name__}: {exc})")
        return None
    if getattr(record.raw_stream, "limit", 0):
        if warnings is not None:
            warnings.append(f"{path}: {url}: record is truncated; dropped")
        return None
    return WarcRecord(
        url=url,
        captured=_captured(record.rec_headers.get_header("WARC-Date")),
        body=body,
        content_type=content_type or None,
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
    )


def iter_warc(
    path: str | os.PathLike[str],
    *,
    hosts: Iterable[str] | None = None,
    warnings: list[str] | None = None,
    profiles: Mapping[str, SiteProfile] | None = None,
) -> Iterator[Page]:
    """Parse every HTTP 200 HTML response of an IOM host in a WARC (or WARC.gz) file.

    ``hosts`` adds hosts to the IOM ones (``*.iom.int``, ``iom.kg``); a
    pattern ``*.example.org`` takes its subdomains. Each page is parsed with the
    record's URL, and the capture date as ``reference_date`` (a context for
    years, never the publication date). A page that cannot be parsed and a
    broken end of the archive are reported in ``warnings`` when a list is given.
    ``profiles`` maps hosts to the :class:`SiteProfile` each page of that host is
    parsed with (``corpus.profiles`` of an earlier :func:`load`, for example).

    >>> import tempfile, pathlib
    >>> empty = pathlib.Path(tempfile.mkdtemp()) / "empty.warc.gz"
    >>> _ = empty.write_bytes(b"")
    >>> list(iter_warc(empty, hosts=["example.org"]))
    []
    """
    from .._errors import IomkgError

    for record in iter_warc_records(path, hosts=hosts, warnings=warnings):
        reference = record.captured.date() if record.captured is not None else None
        profile = profiles.get(site_from_url(record.url) or "") if profiles else None
        try:
            yield parse(record.body, url=record.url, reference_date=reference, profile=profile)
        except IomkgError as exc:
            if warnings is not None:
                warnings.append(f"{path}: {record.url}: {exc}")
