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
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from .._check import expect
from .._errors import LoadError
from .._front.site import site_from_url
from .._models import Page
from .._parse import DEFAULT_MAX_SIZE, parse
from ..layouts.profile import SiteProfile
from .files import UnreadableError, open_regular

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
        return (hosts,)
    return tuple(hosts)


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
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Iterator[WarcRecord]:
    """The HTTP 200 HTML responses of the chosen hosts (default: the IOM ones) in a WARC file.

    The low level of :func:`iter_warc`: raw records, nothing parsed. Records
    of other hosts, other statuses and other content types are skipped. A
    truncated or corrupt archive ends the iteration; what happened is appended
    to ``warnings`` when a list is given, so nothing is dropped silently.

    The body is the HTTP payload decoded: chunked transfer encoding, and gzip,
    deflate or (with the ``brotli`` package) br content encoding. A payload that
    cannot be decoded (cut short, broken, an unknown encoding) or that is larger
    than ``max_size`` bytes once decoded is dropped with a warning; decoding stops
    at the limit, so a decompression bomb never fills the memory.

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
        stream = open_regular(path)  # a FIFO or a device is refused, never waited on
    except OSError as exc:
        reason = str(exc) if isinstance(exc, UnreadableError) else (exc.strerror or exc)
        msg = f"{path}: cannot be read: {reason}"
        raise LoadError(msg, field="path") from exc

    def tell(url: str, what: str) -> None:
        """Say in ``warnings`` (when a list is given) what happened to ``url``'s record."""
        if warnings is not None:
            warnings.append(f"{path}: {url}: {what}")

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
                    warnings.append(f"{path}: archive ends in a broken record ({_why(exc)})")
                break
            kept = _keep(record, patterns, site_from_url, tell, max_size)
            if kept is not None:
                yield kept
    finally:
        stream.close()


def _keep(
    record: Any,
    patterns: tuple[str, ...],
    site_from_url: Any,
    tell: Callable[[str, str], None],
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> WarcRecord | None:
    """``record`` as a :class:`WarcRecord` when it is an HTML page of one of ``patterns``'
    hosts, answered 200, and its payload decodes within ``max_size``; ``tell`` hears why
    a record of such a page is dropped."""
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
    notes: list[str] = []
    try:
        body = _payload(record, max_size, notes)
    except _PayloadError as exc:
        if not getattr(record.raw_stream, "limit", 0):
            tell(url, f"{exc}; dropped")
        body = None
    except Exception as exc:  # warcio's reader on a broken record
        tell(url, f"payload cannot be read ({_why(exc)}); dropped")
        return None
    if getattr(record.raw_stream, "limit", 0):
        tell(url, "record is truncated; dropped")
        return None
    if body is None:
        return None
    for note in notes:
        tell(url, note)
    return WarcRecord(
        url=url,
        captured=_captured(record.rec_headers.get_header("WARC-Date")),
        body=body,
        content_type=content_type or None,
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
    )


class _PayloadError(Exception):
    """An HTTP payload that cannot be decoded; the message says why."""


def _why(exc: BaseException) -> str:
    """What went wrong, in words: warcio's own errors say it; Python's internal ones
    (``AttributeError: 'NoneType' object …``) only say that the record cannot be read."""
    if type(exc).__module__.startswith("warcio") and str(exc):
        return str(exc)
    if isinstance(exc, (OSError, EOFError, zlib.error)):
        return "the archive's compression is broken"
    return "its headers cannot be read"


_CHUNK_SIZE = re.compile(rb"[ \t]{0,8}([0-9A-Fa-f]{1,15})[ \t]{0,8}(?:;[^\r\n]{0,1000})?\r?\n")


def _payload(record: Any, max_size: int | None, notes: list[str]) -> bytes:
    """A response's HTTP payload decoded, never more than ``max_size`` bytes of it in memory."""
    raw_stream = record.raw_stream
    raw: bytes = raw_stream.read() if max_size is None else raw_stream.read(max_size + 1)
    if max_size is not None and len(raw) > max_size:
        raise _PayloadError(f"payload over the size limit: more than {max_size} bytes (max_size)")
    headers = record.http_headers
    if "chunked" in (headers.get_header("Transfer-Encoding") or "").lower():
        if _CHUNK_SIZE.match(raw) is None:
            # Some crawlers store the payload de-chunked and keep the header.
            notes.append("payload is not chunked as its headers say; read as it is")
        else:
            raw = _dechunk(raw)
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding in ("gzip", "x-gzip"):
        return _inflate(raw, 16 + zlib.MAX_WBITS, "gzip", max_size)
    if encoding == "deflate":  # zlib-wrapped, as the standard says, or raw as some servers send
        try:
            return _inflate(raw, zlib.MAX_WBITS, "deflate", max_size)
        except _PayloadError:
            return _inflate(raw, -zlib.MAX_WBITS, "deflate", max_size)
    if encoding == "br":
        return _unbrotli(raw, max_size)
    raise _PayloadError(f"payload cannot be read (unknown content encoding {encoding!r})")


def _dechunk(raw: bytes) -> bytes:
    """The data of an HTTP chunked body (RFC 9112, 7.1); trailers are dropped."""
    parts: list[bytes] = []
    position = 0
    while position < len(raw):
        head = _CHUNK_SIZE.match(raw, position)
        if head is None:
            raise _PayloadError("payload cannot be read (broken chunked encoding)")
        size = int(head.group(1), 16)
        position = head.end()
        if size == 0:
            break
        if position + size > len(raw):
            raise _PayloadError("payload cannot be read (chunked data is cut short)")
        parts.append(raw[position : position + size])
        position += size
        if raw.startswith(b"\r\n", position):
            position += 2
        elif raw.startswith(b"\n", position):
            position += 1
        elif position < len(raw):
            raise _PayloadError("payload cannot be read (broken chunked encoding)")
    return b"".join(parts)


def _inflate(raw: bytes, wbits: int, name: str, max_size: int | None) -> bytes:
    """Decompress gzip or deflate data, stopping one byte past ``max_size``."""
    unpacker = zlib.decompressobj(wbits)
    try:
        data = unpacker.decompress(raw, 0 if max_size is None else max_size + 1)
    except zlib.error as exc:
        raise _PayloadError(f"payload cannot be read (broken {name} data)") from exc
    if max_size is not None and len(data) > max_size:
        raise _PayloadError(f"payload over the size limit: more than {max_size} bytes (max_size)")
    if not unpacker.eof:
        raise _PayloadError(f"payload cannot be read ({name} data is cut short)")
    return data


def _unbrotli(raw: bytes, max_size: int | None) -> bytes:
    """Decompress br data (needs the ``brotli`` package), stopping past ``max_size``."""
    try:
        import brotli
    except ImportError as exc:
        msg = "payload cannot be read (br content encoding needs the brotli package)"
        raise _PayloadError(msg) from exc
    unpacker = brotli.Decompressor()
    try:
        if max_size is None:
            data = unpacker.process(raw)
        else:
            data = unpacker.process(raw, output_buffer_limit=max_size + 1)
    except brotli.error as exc:
        raise _PayloadError("payload cannot be read (broken br data)") from exc
    if max_size is not None and len(data) > max_size:
        raise _PayloadError(f"payload over the size limit: more than {max_size} bytes (max_size)")
    if not unpacker.is_finished():
        raise _PayloadError("payload cannot be read (br data is cut short)")
    return bytes(data)


def iter_warc(
    path: str | os.PathLike[str],
    *,
    hosts: Iterable[str] | None = None,
    warnings: list[str] | None = None,
    profiles: Mapping[str, SiteProfile] | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Iterator[Page]:
    """Parse every HTTP 200 HTML response of an IOM host in a WARC (or WARC.gz) file.

    ``hosts`` chooses the hosts kept (default :data:`DEFAULT_HOSTS`, the IOM ones:
    ``*.iom.int``, ``iom.kg`` and their subdomains); a pattern ``*.example.org``
    takes its subdomains, ``example.org`` only that host. To add a host to the IOM
    ones, pass both: ``hosts=[*DEFAULT_HOSTS, "example.org"]``. Each page is parsed with the
    record's URL, and the capture date as ``reference_date`` (a context for
    years, never the publication date). A page that cannot be parsed and a
    broken end of the archive are reported in ``warnings`` when a list is given.
    ``profiles`` maps hosts to the :class:`SiteProfile` each page of that host is
    parsed with (``corpus.profiles`` of an earlier :func:`load`, for example).
    ``max_size`` bounds each page in bytes once decoded: a payload cut short, broken, in an
    unknown encoding or over the limit is dropped with a warning.

    >>> import tempfile, pathlib
    >>> empty = pathlib.Path(tempfile.mkdtemp()) / "empty.warc.gz"
    >>> _ = empty.write_bytes(b"")
    >>> list(iter_warc(empty, hosts=["example.org"]))
    []
    """
    from .._errors import IomkgError

    for record in iter_warc_records(path, hosts=hosts, warnings=warnings, max_size=max_size):
        reference = record.captured.date() if record.captured is not None else None
        profile = profiles.get(site_from_url(record.url) or "") if profiles else None
        try:
            yield parse(
                record.body,
                url=record.url,
                reference_date=reference,
                profile=profile,
                max_size=max_size,
            )
        except IomkgError as exc:
            if warnings is not None:
                warnings.append(f"{path}: {record.url}: {exc}")
