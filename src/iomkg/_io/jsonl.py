"""Pages read from bytes and JSON Lines, and the failures met on the way.

:func:`iomkg.load` reads files through here, and :meth:`iomkg.Corpus.read_jsonl` reads a
corpus written by :meth:`iomkg.Corpus.to_jsonl`: a JSON Lines file is read line by line,
never more than ``max_size`` bytes of a line in memory, each line a page
(``schema_version`` documents read back exactly, ``text``/``html`` documents parsed) or a
:class:`LoadFailure` saying why not.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from .._errors import IomkgError
from .._front.site import site_from_url
from .._front.text import split_url_line
from .._models import Page
from .._parse import DEFAULT_MAX_SIZE, parse
from ..layouts.profile import SiteProfile
from .files import UnreadableError, open_regular
from .serialize import loads

__all__ = [
    "LoadFailure",
    "Profiles",
    "failure_reason",
    "jsonl_docs",
    "jsonl_pages",
    "line_doc",
    "line_page",
    "numbered_lines",
    "parse_page",
    "peek_url",
    "read_jsonl_pages",
]

#: Site profiles by host.
Profiles = Mapping[str, SiteProfile]


@attrs.frozen(kw_only=True)
class LoadFailure:
    """A file (or a line of a JSON Lines file: ``path:line``) that could not be read or parsed.

    >>> LoadFailure(path="pages/a.txt", reason="not UTF-8")
    LoadFailure(path='pages/a.txt', reason='not UTF-8')
    """

    #: The file that failed (``path:line`` for a line of a JSON Lines file).
    path: str
    #: What went wrong, for a reader.
    reason: str


def failure_reason(exc: BaseException) -> str:
    """The reason a :class:`LoadFailure` gives for an error met while reading a file."""
    return str(exc) if isinstance(exc, UnreadableError) else f"cannot read: {exc}"


def numbered_lines(source: bytes | Path, max_size: int | None) -> Iterator[tuple[int, bytes | str]]:
    """The numbered lines of JSON Lines (gzip or not, a file or bytes), read line by line;
    a line longer than ``max_size`` (or an unreadable rest) comes as the reason instead."""
    limit = -1 if max_size is None else max_size + 1
    n = 0
    try:
        with (
            open_regular(source)
            if isinstance(source, Path)
            else io.BufferedReader(io.BytesIO(source)) as fh
        ):
            stream: IO[bytes] | gzip.GzipFile = fh
            if fh.peek(2)[:2] == b"\x1f\x8b":  # type: ignore[attr-defined]
                stream = gzip.GzipFile(fileobj=fh)
            while line := stream.readline(limit):
                n += 1
                if limit < 0 or len(line) < limit or line.endswith(b"\n"):
                    yield n, line
                    continue
                while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of the line, dropped piece by piece
                yield n, f"over the size limit: a line of more than {max_size} bytes (max_size)"
    except (OSError, EOFError, zlib.error) as exc:
        yield n + 1, failure_reason(exc)


def peek_url(raw: bytes) -> str | None:
    """The URL of a text dump's first line ``URL: https://…``, read from its first bytes."""
    head = raw[:4200].removeprefix(b"\xef\xbb\xbf")
    if head.lstrip(b" ")[:4].upper() != b"URL:":
        return None
    return split_url_line(head.decode("utf-8", "replace").replace("\r", "\n"))[0]


def parse_page(
    raw: bytes | str,
    url: str | None,
    profiles: Profiles | None,
    reference_date: Any = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Page:
    """Parse one page with the profile of its host (known from its URL, else from a first parse)."""
    if not profiles:
        return parse(raw, url, reference_date=reference_date, max_size=max_size)
    known = url or (peek_url(raw) if isinstance(raw, bytes) else split_url_line(raw)[0])
    host = site_from_url(known)
    if host is None:  # an HTML page names its address in its metadata: read it first
        page = parse(raw, url, reference_date=reference_date, max_size=max_size)
        profile = profiles.get(page.site) if page.site else None
        if profile is None or not profile.lines:
            return page
    else:
        profile = profiles.get(host)
    return parse(raw, url, reference_date=reference_date, profile=profile, max_size=max_size)


def jsonl_docs(
    raw: bytes | Path, max_size: int | None = DEFAULT_MAX_SIZE
) -> Iterator[tuple[int, str | None, str | None, Any]]:
    """Each line of a JSON Lines file: its number, URL, page source, and the document or error."""
    for n, line in numbered_lines(raw, max_size):
        doc = line_doc(line)
        if doc is not None:
            yield n, *doc


def line_doc(line: bytes | str) -> tuple[str | None, str | None, Any] | None:
    """A line of JSON Lines (or the reason it could not be read): its URL, page source,
    and the document or error; ``None`` for a blank line.

    >>> line_doc(b'{"url": "https://iom.kg/news/1", "text": "Invented"}')
    ('https://iom.kg/news/1', 'Invented', {'url': 'https://iom.kg/news/1', 'text': 'Invented'})
    >>> line_doc(b"  ") is None, line_doc(b"[1]")[2]
    (True, ValueError('a line is not a JSON object'))
    """
    if isinstance(line, str):
        return None, None, UnreadableError(line)
    if not line.strip():
        return None
    try:
        doc = json.loads(line)
        if not isinstance(doc, dict):
            raise ValueError("a line is not a JSON object")
        if "schema_version" in doc:
            return None, None, doc
        url = doc.get("url")
        body = doc.get("html", doc.get("text"))
        if not isinstance(body, str):
            raise ValueError('no "text" or "html" string')
        if url is not None and not isinstance(url, str):
            raise ValueError('"url" is not a string')
    except (ValueError, RecursionError) as exc:
        return None, None, exc
    return url, body, doc


def line_page(
    where: str,
    line: bytes | str,
    profiles: Profiles | None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Page | LoadFailure | None:
    """The page of a line of JSON Lines (``where`` is ``path:line``), or why there is
    none; ``None`` for a blank line. Never raises an iomkg error."""
    got = line_doc(line)
    if got is None:
        return None
    url, body, doc = got
    if isinstance(doc, Exception):
        return LoadFailure(path=where, reason=str(doc))
    try:
        return (
            loads(doc, Page) if body is None else parse_page(body, url, profiles, max_size=max_size)
        )
    except (IomkgError, ValueError, RecursionError) as exc:
        return LoadFailure(path=where, reason=str(exc))


def read_jsonl_pages(
    path_text: str,
    raw: bytes | Path,
    profiles: Profiles | None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> tuple[list[Page], list[LoadFailure]]:
    pages: list[Page] = []
    failures: list[LoadFailure] = []
    for _where, got in jsonl_pages(path_text, raw, profiles, max_size):
        if isinstance(got, Page):
            pages.append(got)
        else:
            failures.append(got)
    return pages, failures


def jsonl_pages(
    path_text: str,
    raw: bytes | Path,
    profiles: Profiles | None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Iterator[tuple[str, Page | LoadFailure]]:
    for n, line in numbered_lines(raw, max_size):
        where = f"{path_text}:{n}"
        got = line_page(where, line, profiles, max_size)
        if got is not None:
            yield where, got
