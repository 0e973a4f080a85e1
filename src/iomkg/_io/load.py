"""Reading files into a :class:`~iomkg.Corpus`: the one place where iomkg reads files for parsing.

Text dumps (``.txt``), HTML (``.html``, ``.htm``) and JSON Lines (``.jsonl``, one
``{"url": ..., "text": ...}`` or ``{"url": ..., "html": ...}`` per line, or pages written
by :meth:`Corpus.to_jsonl`), each optionally gzip-compressed (``.gz``); and web archives
(``.warc``, ``.warc.gz``, with the ``warc`` extra), read by :func:`iomkg.iter_warc`.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import time
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from .._check import expect
from .._corpus.corpus import Corpus
from .._errors import InputTypeError, IomkgError, LoadError
from .._front.site import site_from_url
from .._models import Page
from .._nogc import collecting_gc, paused_gc
from .._parse import DEFAULT_MAX_SIZE, page_blocks, parse, text_url
from .._reference.reference import Reference, using
from ..layouts.profile import ProfileLearner, SiteProfile
from .files import UnreadableError, open_regular, read_bounded
from .jsonl import LoadFailure, Profiles, line_page, numbered_lines
from .jsonl import failure_reason as _reason
from .jsonl import jsonl_docs as _jsonl_docs
from .jsonl import jsonl_pages as _jsonl_pages
from .jsonl import parse_page as _parse_page
from .jsonl import peek_url as _peek_url
from .jsonl import read_jsonl_pages as _read_jsonl

__all__ = [
    "PROFILE_SAMPLE",
    "SUFFIXES",
    "LoadFailure",
    "Progress",
    "iter_pages",
    "learn_profiles",
    "load",
    "parse_file",
    "read_jsonl",
]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".warc")
"""The file suffixes :func:`load` reads (each may be followed by ``.gz``)."""

PROFILE_SAMPLE = 500
"""The pages per host that :func:`load` learns a site profile from (the first, in load order)."""

Urls = Mapping[str, str]


@attrs.frozen(kw_only=True)
class Progress:
    """A progress event for a ``progress=`` callable, one per file read.

    ``done`` files out of ``total``, the last one ``path``; ``pages`` pages read so far
    (a JSON Lines file or a web archive of 10,000 pages counts 10,000).

    >>> Progress(done=1, total=4, path="a.txt", pages=3)
    Progress(done=1, total=4, path='a.txt', pages=3)
    """

    #: Files read so far.
    done: int
    #: Files to read.
    total: int
    #: The file just read.
    path: str
    #: Pages read so far, in every file.
    pages: int = 0


def _suffixes(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return os.path.splitext(name)[1], gz


def files_of(source: Any) -> list[Path]:
    if isinstance(source, (str, os.PathLike)):
        sources: Iterable[Any] = (source,)
    elif isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray)):
        sources = source
    else:
        raise InputTypeError(
            f"source: expected a path, a directory or paths, got {type(source).__name__}",
            field="source",
        )
    out: list[Path] = []
    for item in sources:
        expect(item, (str, os.PathLike), "source", expected="a path")
        path = Path(item)
        if path.is_dir():
            # Not only regular files: a FIFO, a dangling link or a loop of links with a page
            # name is kept, so that reading it reports what it is (never blocks on it).
            out.extend(
                p for p in sorted(path.rglob("*")) if _suffixes(p)[0] in SUFFIXES and not p.is_dir()
            )
        else:
            out.append(path)
    return out


def _read_bytes(path: Path, max_size: int | None = DEFAULT_MAX_SIZE) -> bytes:
    """A file's bytes, gzip-decompressed when its name ends in ``.gz``; never more than
    ``max_size`` of them in memory (a decompression bomb stops at the limit)."""
    with open_regular(path) as fh:
        if not path.name.lower().endswith(".gz"):
            return read_bounded(fh, max_size, unpacked=False)
        with gzip.GzipFile(fileobj=fh) as unpacked:
            return read_bounded(unpacked, max_size, unpacked=True)


def read_file(
    path_text: str,
    hosts: tuple[str, ...] | None = None,
    *,
    url: str | None = None,
    profiles: Profiles | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> tuple[list[Page], list[LoadFailure]]:
    """Parse one file; never raises (runs in worker processes too).

    ``hosts`` chooses the hosts kept from a web archive (default: the IOM ones); ``url``
    is the address of a one-page file; ``profiles`` the site profiles by host;
    ``max_size`` the limit of a page (and of a line of JSON Lines), in bytes once unpacked.
    """
    path = Path(path_text)
    suffix, _gz = _suffixes(path)
    if suffix == ".warc":
        return _read_warc(path_text, hosts, profiles, max_size)  # record by record, never whole
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path_text, path, profiles, max_size)  # line by line
    try:
        raw = _read_bytes(path, max_size)
    except (OSError, EOFError, zlib.error) as exc:
        return [], [LoadFailure(path=path_text, reason=_reason(exc))]

    try:
        return [_parse_page(raw, url, profiles, max_size=max_size)], []
    except (IomkgError, ValueError, RecursionError) as exc:
        return [], [LoadFailure(path=path_text, reason=f"cannot parse: {exc}")]


def parse_file(
    path: str | os.PathLike[str],
    url: str | None = None,
    *,
    reference_date: Any = None,
    profile: SiteProfile | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    reference: Reference | None = None,
) -> Page:
    """Read and parse one page from a file: a text dump, HTML, either gzip-compressed (``.gz``).

    The address is ``url`` when given, else the dump's first line
    ``URL: https://…`` (see the page format), else the HTML's metadata (canonical
    link, ``og:url``). The other arguments are :func:`parse`'s. A file that cannot
    be read raises :class:`LoadError`; a JSON Lines file or a web archive holds
    many pages: read those with :func:`load`.

    >>> import iomkg, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "page.txt"
    >>> _ = path.write_text("URL: https://kyrgyzstan.iom.int/news/x\\nInvented title\\n\\n"
    ...                     "Osh – On 4 March 2024, an invented training opened.", encoding="utf-8")
    >>> page = iomkg.parse_file(path)
    >>> page.site, page.articles[0].title
    ('kyrgyzstan.iom.int', 'Invented title')
    """
    expect(path, (str, os.PathLike), "path", expected="str or os.PathLike")
    file = Path(path)
    suffix, _gz = _suffixes(file)
    if suffix in (".jsonl", ".ndjson", ".warc"):
        msg = f"path: {file} holds many pages ({suffix}); read it with iomkg.load()"
        raise LoadError(msg, field="path")
    if max_size is not None and (
        not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 0
    ):
        return parse(b"", max_size=max_size)  # raises parse()'s error for it
    try:
        raw = _read_bytes(file, max_size)
    except (OSError, EOFError, zlib.error) as exc:
        reason = str(exc) if isinstance(exc, UnreadableError) else (exc.strerror or exc)  # type: ignore[union-attr]
        raise LoadError(f"path: {file} cannot be read: {reason}", field="path") from exc
    return parse(
        raw,
        url,
        reference_date=reference_date,
        profile=profile,
        max_size=max_size,
        reference=reference,
    )


def read_jsonl(path: str | os.PathLike[str]) -> Corpus:
    """A corpus from one JSON Lines file (maybe gzipped), whatever its name ends in.

    >>> import iomkg, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pages.json"
    >>> iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.OTHER, layout="generic")]).to_jsonl(path)
    >>> len(read_jsonl(path).pages)
    1
    """
    path_text = str(path)
    pages, failures = _read_jsonl(path_text, Path(path_text), None, DEFAULT_MAX_SIZE)
    return Corpus(pages, failures)


def _read_warc(
    path_text: str,
    hosts: tuple[str, ...] | None,
    profiles: Profiles | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> tuple[list[Page], list[LoadFailure]]:
    """The IOM pages of a web archive; a cut or broken archive is a failure, its pages kept."""
    from .warc import iter_warc

    notes: list[str] = []
    try:
        pages = list(
            iter_warc(path_text, hosts=hosts, warnings=notes, profiles=profiles, max_size=max_size)
        )
    except IomkgError as exc:
        return [], [LoadFailure(path=path_text, reason=str(exc))]
    prefix = f"{path_text}: "
    return pages, [LoadFailure(path=path_text, reason=note.removeprefix(prefix)) for note in notes]


def pages_from_bytes(
    name: str, raw: bytes, *, url: str | None = None, profiles: Profiles | None = None
) -> Iterator[tuple[str, Page | LoadFailure]]:
    """The pages of bytes read from somewhere other than a named file (standard input).

    Gzip bytes are decompressed; bytes that open with ``{`` are JSON Lines (each
    page named ``name:line``); anything else is one page named ``name``.

    >>> [(name, page.articles[0].title) for name, page in pages_from_bytes("-", b"Invented title\\n\\nOsh - A text.")]
    [('-', 'Invented title')]
    """
    if raw[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as unpacked:
                if unpacked.peek(4096).lstrip()[:1] == b"{":
                    unpacked.close()
                    yield from _jsonl_pages(name, raw, profiles)  # unpacked line by line
                    return
                raw = read_bounded(unpacked, DEFAULT_MAX_SIZE, unpacked=True)
        except (OSError, EOFError, zlib.error) as exc:
            yield name, LoadFailure(path=name, reason=_reason(exc))
            return
    if raw.lstrip()[:1] == b"{":
        yield from _jsonl_pages(name, raw, profiles)
        return
    try:
        yield name, _parse_page(raw, url, profiles)
    except (IomkgError, ValueError, RecursionError) as exc:
        yield name, LoadFailure(path=name, reason=f"cannot parse: {exc}")


def _reporter(
    progress: Any, total: int
) -> tuple[Callable[[Progress], None] | None, Callable[[], None]]:
    if progress is None or progress is False:
        return None, lambda: None
    if callable(progress):
        return progress, lambda: None
    if progress is not True:
        raise InputTypeError("progress: expected None, True or a callable", field="progress")
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return _plain_counter()
    # Counted in pages (a file of 10,000 pages is 10,000 ticks; their number is known
    # only once read, so the bar has no total), files done beside; tqdm throttles the
    # redraws (a notebook widget under Jupyter, a text bar on a terminal).
    bar = tqdm(total=None, unit="page", desc="iomkg", mininterval=0.5)
    seen = [0]

    def tick(event: Progress) -> None:
        bar.set_postfix_str(f"{event.done}/{event.total} files", refresh=False)
        bar.update(event.pages - seen[0])
        seen[0] = event.pages

    return tick, bar.close


#: Seconds between two lines of the counter shown without tqdm.
PLAIN_INTERVAL = 2.0


def _plain_counter() -> tuple[Callable[[Progress], None], Callable[[], None]]:
    """A counter on stderr without tqdm: redrawn in place on a terminal at most every
    :data:`PLAIN_INTERVAL` seconds; elsewhere (a log, a notebook) one line at the end."""
    stream = sys.stderr
    live = bool(getattr(stream, "isatty", lambda: False)())
    last: list[float] = [time.monotonic()]
    latest: list[Progress | None] = [None]

    def text(event: Progress) -> str:
        return f"iomkg: {event.pages} pages, {event.done}/{event.total} files"

    def show(event: Progress) -> None:
        latest[0] = event
        now = time.monotonic()
        if live and now - last[0] >= PLAIN_INTERVAL:
            last[0] = now
            print(f"\r{text(event)}", end="", file=stream, flush=True)

    def close() -> None:
        if latest[0] is not None:
            print(f"\r{text(latest[0])}" if live else text(latest[0]), file=stream, flush=True)

    return show, close


Result = tuple[list[Page], list[LoadFailure]]


# A unit of a worker's batch: one file, one line of a JSON Lines file, one response of a
# web archive, or a failure met reading them (an archive's notes), each with the index of
# the file it comes from: (index, kind, path, url or line number, payload).
_FILE, _LINE, _RECORD, _FAILED = range(4)
#: The files of many pages, read a page at a time (each page a unit).
_STREAMED = (".jsonl", ".ndjson", ".warc")
Unit = tuple[int, int, str, Any, Any]


def _units(
    paths: list[str],
    urls: list[str | None],
    hosts: tuple[str, ...] | None,
    max_size: int | None,
) -> Iterator[Unit]:
    """The work of a load, in order: a JSON Lines file or a web archive is read here, line
    by line or record by record, so that its pages are parsed by every worker."""
    for index, (path, url) in enumerate(zip(paths, urls, strict=True)):
        suffix = _suffixes(Path(path))[0]
        if suffix in (".jsonl", ".ndjson"):
            for n, line in numbered_lines(Path(path), max_size):
                yield index, _LINE, path, n, line
        elif suffix == ".warc":
            yield from _record_units(index, path, hosts, max_size)
        else:
            yield index, _FILE, path, url, None


def _record_units(
    index: int, path: str, hosts: tuple[str, ...] | None, max_size: int | None
) -> Iterator[Unit]:
    """A web archive's responses, and its notes in the order :func:`iter_warc` makes them."""
    from .warc import iter_warc_records

    notes: list[str] = []
    prefix = f"{path}: "
    try:
        for record in iter_warc_records(path, hosts=hosts, warnings=notes, max_size=max_size):
            for note in notes:
                yield index, _FAILED, path, None, note.removeprefix(prefix)
            notes.clear()
            day = record.captured.date() if record.captured is not None else None
            yield index, _RECORD, path, record.url, (day, record.body)
    except IomkgError as exc:  # an archive that cannot be opened (before any record)
        yield index, _FAILED, path, None, str(exc)
        return
    for note in notes:
        yield index, _FAILED, path, None, note.removeprefix(prefix)


def _unit_result(unit: Unit, job: _Job) -> Result:
    """The pages and failures of one unit (in a worker process); never raises iomkg errors."""
    _index, kind, path, key, payload = unit
    if kind == _FILE:
        return read_file(path, job.hosts, url=key, profiles=job.profiles, max_size=job.max_size)
    if kind == _LINE:
        got = line_page(f"{path}:{key}", payload, job.profiles, job.max_size)
        if got is None:
            return [], []
        return ([got], []) if isinstance(got, Page) else ([], [got])
    if kind == _RECORD:  # as iter_warc parses it
        day, body = payload
        profiles = job.profiles
        profile = profiles.get(site_from_url(key) or "") if profiles else None
        try:
            page = parse(body, url=key, reference_date=day, profile=profile, max_size=job.max_size)
        except IomkgError as exc:
            return [], [LoadFailure(path=path, reason=f"{key}: {exc}")]
        return [page], []
    return [], [LoadFailure(path=path, reason=payload)]


@attrs.frozen
class _Job:
    """What every batch of a load shares: given to each worker process once, when it starts."""

    hosts: tuple[str, ...] | None
    profiles: Profiles | None
    reference: Reference | None
    max_size: int | None


#: The job of this worker process (set by :func:`_start_worker`).
_JOB: list[_Job] = []


def _start_worker(job: _Job) -> None:
    """A worker process's start: the job its batches share (a user's reference data is
    sent once per worker, not once per batch, and its indexes are built once)."""
    _JOB[:] = [job]


def _read_batch(units: list[Unit]) -> tuple[bytes, list[int], list[list[LoadFailure]]]:
    """A worker's task: a batch of units parsed; the pages come back as one compact blob.

    One blob per batch (not one pickle per page) lets pickle share the objects that pages
    share, and :mod:`iomkg._io.compact` makes both ends of the trip cheap.
    """
    from .compact import dumps

    (job,) = _JOB
    pages: list[Page] = []
    counts: list[int] = []
    failures: list[list[LoadFailure]] = []
    # A forked worker inherits the loading process's paused collector; its own heap is
    # small (one batch), so it collects as usual (see iomkg._nogc).
    with collecting_gc(), using(job.reference):
        for unit in units:
            got, failed = _unit_result(unit, job)
            pages.extend(got)
            counts.append(len(got))
            failures.append(failed)
    return dumps(pages), counts, failures


def _batches(units: Iterator[Unit], files: int) -> Generator[list[Unit], None, None]:
    """Units in batches: at most :data:`_BATCH`, and fewer files than that when there are
    few (so that the workers stay busy to the end and progress moves)."""
    most_files = max(1, min(_BATCH, files))
    batch: list[Unit] = []
    n_files = 0
    for unit in units:
        batch.append(unit)
        n_files += unit[1] == _FILE
        if len(batch) >= _BATCH or n_files >= most_files:
            yield batch
            batch, n_files = [], 0
    if batch:
        yield batch


def _results(
    paths: list[str], urls: list[str | None], workers: int | None, job: _Job
) -> Generator[Result, None, None]:
    """Each file's pages and failures, in the order of ``paths`` (at ``urls``).

    With ``workers > 1``, the work is parsed in batches by worker processes (fork on
    Linux: nothing is re-imported) and the pages rebuilt here with their repeated
    values shared (:class:`iomkg._io.compact.Interner`); pages parsed in this process are
    shared the same way, so a corpus holds one copy of each repeated value either way.
    The lines of a JSON Lines file and the responses of a web archive are read here and
    parsed by every worker; no more than a few batches wait at a time (a big file is never
    read into memory whole).
    """
    from .compact import Interner

    hosts, profiles, reference, max_size = job.hosts, job.profiles, job.reference, job.max_size
    interner = Interner()
    many = len(paths) > 1 or any(_suffixes(Path(p))[0] in _STREAMED for p in paths)
    if workers is None or workers <= 1 or not many:
        # Shared a batch at a time, as a worker's pages are: what pages of one batch
        # repeat (a footer's paragraph, a place, a span) is then one object.
        read: list[Result] = []
        for n, (path, url) in enumerate(zip(paths, urls, strict=True), start=1):
            with using(reference):
                read.append(read_file(path, hosts, url=url, profiles=profiles, max_size=max_size))
            if n == len(paths) or sum(len(got) for got, _ in read) >= _BATCH:
                yield from _shared(interner, read)
                read = []
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    with using(reference):  # the reference data and common patterns, loaded once here:
        parse(_WARM_UP)  # the forked workers share them (each loaded its own)
    batches = _batches(_units(paths, urls, hosts, max_size), len(paths) // (workers * 8))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(job,))
    waiting: deque[tuple[list[Unit], Future[tuple[bytes, list[int], list[list[LoadFailure]]]]]]
    waiting = deque()
    done = 0  # files whose results have been given
    pages_of: list[Page] = []
    failures_of: list[LoadFailure] = []
    try:
        while True:
            for batch in batches:
                waiting.append((batch, pool.submit(_read_batch, batch)))
                if len(waiting) >= workers * 3:
                    break
            if not waiting:
                break
            units, future = waiting.popleft()
            blob, counts, failures = future.result()
            pages = interner.loads(blob)
            start = 0
            for unit, count, failed in zip(units, counts, failures, strict=True):
                while done < unit[0]:  # the files before this unit's are complete
                    yield pages_of, failures_of
                    pages_of, failures_of = [], []
                    done += 1
                pages_of.extend(pages[start : start + count])
                failures_of.extend(failed)
                start += count
        while done < len(paths):
            yield pages_of, failures_of
            pages_of, failures_of = [], []
            done += 1
    finally:  # stopped early (an error, a progress callable that raised): drop the rest
        pool.shutdown(wait=True, cancel_futures=True)
        batches.close()  # (and the file it was reading)


#: An INVENTED page parsed before the workers start.
_WARM_UP = "Osh – On 4 March 2024, an invented training opened in Osh Region."

#: The pages parsed (and shared) together: a worker's batch of units, at most.
_BATCH = 64


def _shared(interner: Any, read: list[Result]) -> Iterator[Result]:
    """The results of files read one after another, their pages shared together."""
    pages = interner.share([page for got, _ in read for page in got])
    start = 0
    for got, failed in read:
        yield pages[start : start + len(got)], failed
        start += len(got)


def _url_map(urls: Any) -> dict[str, str]:
    """``urls=``: file paths to page addresses, keyed by absolute path."""
    if urls is None:
        return {}
    expect(urls, Mapping, "urls", expected="a mapping of paths to URLs")
    out: dict[str, str] = {}
    for key, value in urls.items():
        if not isinstance(key, (str, os.PathLike)) or not isinstance(value, (str, type(None))):
            raise InputTypeError("urls: expected paths (str) mapped to URLs (str)", field="urls")
        if value:  # a path mapped to None has no known address
            out[os.path.abspath(os.fspath(key))] = value
    return out


def _learn(
    paths: list[str],
    hosts: tuple[str, ...] | None,
    urls: list[str | None],
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> dict[str, SiteProfile]:
    """One site profile per host, learned from the first :data:`PROFILE_SAMPLE` pages of each.

    A first pass over the sources: each page's blocks, as the layouts would see
    them; nothing is parsed further. What cannot be read is passed over here (the
    parse pass reports it), and no page over ``max_size`` (nor over the default
    limit) is read whole: a decompression bomb stops at the limit in this pass too.
    """
    learners: dict[str, ProfileLearner] = {}
    limit = DEFAULT_MAX_SIZE if max_size is None else min(max_size, DEFAULT_MAX_SIZE)

    def add(source: str | bytes, url: str | None) -> None:
        if len(source) > limit:
            return  # parse refuses it too (the parse pass reports it), or no profile needs it
        host = site_from_url(url)
        if host is None:
            # A text dump names its address in its first line or nowhere: without one it
            # has no host to learn for, and its blocks are not read (on a corpus of such
            # pages this pass read every page, in one process, before parsing began).
            if isinstance(source, bytes) and _no_address(source):
                return
            try:
                dump, line_url = text_url(source)
            except (IomkgError, ValueError, RecursionError):
                return
            host = site_from_url(line_url) if dump else None
            if dump and host is None:
                return
            url = url or line_url
        if host is not None and host in learners and learners[host].full:
            return  # the sample of this host is complete: no need to read the page
        try:
            blocks, url = page_blocks(source, url)
        except (IomkgError, ValueError, RecursionError):
            return
        host = site_from_url(url)
        if host is None:
            return
        learner = learners.get(host)
        if learner is None:
            learner = learners[host] = ProfileLearner(host, limit=PROFILE_SAMPLE)
        learner.add(blocks)

    for path_text, url in zip(paths, urls, strict=True):
        path = Path(path_text)
        suffix = _suffixes(path)[0]
        if suffix == ".warc":
            from .warc import iter_warc_records

            try:
                for record in iter_warc_records(path_text, hosts=hosts):
                    add(record.body, record.url)
            except IomkgError:
                pass
            continue
        if suffix in (".jsonl", ".ndjson"):
            for _n, line_url, body, _doc in _jsonl_docs(path):
                if body is not None:
                    add(body, line_url)
            continue
        try:
            raw = _read_bytes(path, limit)
        except (OSError, EOFError, zlib.error):
            continue
        add(raw, url or _peek_url(raw))
    return {host: learners[host].profile() for host in sorted(learners)}


#: The visible ASCII characters but ``<``, as one-byte strings.
_VISIBLE = frozenset(bytes([c]) for c in range(0x21, 0x7F)) - {b"<"}


def _no_address(raw: bytes) -> bool:
    """Whether ``raw`` surely is a text dump without a ``URL:`` line, from its first bytes.

    It opens (after ASCII spaces) with a visible ASCII character other than ``<``, not
    with ``URL:``, and declares no charset: then every encoding :func:`iomkg.parse` may
    decode it with (UTF-8, a single-byte legacy one) reads that character first (no
    space, nothing normalising removes), which neither an HTML page nor an address line
    opens with. Anything else is left to :func:`text_url` (exact, slower).

    >>> _no_address(b"- Menu\\nOsh - A text."), _no_address(b"URL: https://iom.kg/1\\nA")
    (True, False)
    >>> _no_address(b"  <html><body>Osh</body></html>"), _no_address(b"\\xef\\xbb\\xbfInvented")
    (False, False)
    """
    opening = raw[:4096].lstrip()
    return (
        opening[:1] in _VISIBLE
        and opening[:4].upper() != b"URL:"
        and b"charset" not in raw[:4096].lower()
    )


def host_patterns(hosts: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if hosts is None:
        return None
    if isinstance(hosts, str):
        return (hosts,)
    if not isinstance(hosts, Iterable) or not all(isinstance(h, str) for h in hosts):
        raise InputTypeError("hosts: expected a host name or host names", field="hosts")
    return tuple(hosts)


def load(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool | Callable[[Progress], None] | None = None,
    hosts: str | Iterable[str] | None = None,
    urls: Mapping[str | os.PathLike[str], str | None] | None = None,
    profiles: bool | Mapping[str, SiteProfile] = True,
    reference: Reference | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Corpus:
    """Read files, folders (recursively, in sorted order) or paths into a :class:`Corpus`.

    Web archives (``.warc``, ``.warc.gz``; the ``warc`` extra) give the HTTP 200 HTML
    responses of the hosts ``hosts`` chooses (default: the IOM hosts; ``"*.example.org"``
    takes subdomains), as :func:`iomkg.iter_warc` does; a cut archive is recorded in ``corpus.errors``.
    A page's address is, in this order: its entry in ``urls`` (file paths to URLs),
    its ``"url"`` in a JSON Lines file or its record in an archive, a text dump's
    first line ``URL: https://…``, an HTML page's metadata.

    Site profiles: a first pass reads the blocks of the first 500
    pages of each host and learns the host's chrome (a :class:`SiteProfile`: lines
    and blocks that repeat across its pages), then every page is parsed with the
    profile of its host; ``corpus.profiles`` maps each host to its profile.
    ``profiles=False`` parses each page alone; a mapping of hosts to profiles (learned
    before, or read back with :func:`iomkg.loads`) is used as it is.

    ``workers > 1`` parses in that many processes (results keep the input order).
    ``progress=True`` shows progress counted in pages (a JSON Lines file or a web
    archive of 10,000 pages is 10,000 ticks) with ``tqdm.auto`` if installed (a widget
    in Jupyter, a bar on a terminal), else a counter on stderr that never writes a line
    per file; a callable receives a :class:`Progress` per file. A file that cannot be read or
    parsed goes to ``corpus.errors`` and the others are still read: so does anything
    that is not a regular file (a FIFO, a device, a dangling link, a loop of links),
    which is never opened for reading. ``reference`` is the places and organizations
    to know, in parsing and in the corpus (default: the package's data; see
    :class:`iomkg.Reference`).

    ``max_size`` (bytes; :func:`parse`'s limit, 50,000,000 by default; ``None`` lifts
    it) bounds each page, each line of JSON Lines and each web archive record, counted
    once unpacked: a file is read (and a ``.gz`` unpacked) in bounded pieces and left
    at the limit, so a decompression bomb never fills the memory.

    >>> import iomkg, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Osh – On 4 March 2024, a training opened.", encoding="utf-8")
    >>> _ = (folder / "b.jsonl").write_text('{"url": "https://kyrgyzstan.iom.int/x", "text": "Naryn – A visit."}\\nnot json\\n')
    >>> corpus = iomkg.load(folder)
    >>> len(corpus.pages), [e.path.endswith("b.jsonl:2") for e in corpus.errors]
    (2, [True])
    >>> corpus.profiles["kyrgyzstan.iom.int"].pages
    1
    """
    expect(workers, int, "workers", optional=True)
    if workers is not None and workers < 1:
        msg = f"workers: expected an int >= 1 or None, got {workers}"
        raise InputTypeError(msg, field="workers")
    expect(max_size, int, "max_size", optional=True)
    if max_size is not None and max_size < 0:
        msg = f"max_size: expected an int >= 0 or None, got {max_size}"
        raise InputTypeError(msg, field="max_size")
    patterns = host_patterns(hosts)
    paths = [str(p) for p in files_of(source)]
    url_of = _url_map(urls)
    page_urls = [url_of.get(os.path.abspath(path)) for path in paths]
    learned = _profiles(profiles, paths, patterns, page_urls, max_size)
    used = {host: p for host, p in learned.items() if p.lines} or None
    report, close = _reporter(progress, len(paths))
    pages: list[Page] = []
    failures: list[LoadFailure] = []
    done_pages = 0
    # The records of a corpus hold no reference cycles: the cyclic collector would only
    # walk the growing heap again and again (several times its size over a big load).
    expect(reference, Reference, "reference", optional=True, expected="iomkg.Reference")
    results = _results(paths, page_urls, workers, _Job(patterns, used, reference, max_size))
    try:
        with paused_gc():
            for done, (path, (got, failed)) in enumerate(zip(paths, results, strict=True), start=1):
                pages.extend(got)
                failures.extend(failed)
                done_pages += len(got)
                if report is not None:
                    report(Progress(done=done, total=len(paths), path=path, pages=done_pages))
            corpus = Corpus(pages, failures, profiles=learned, reference=reference)
    finally:
        results.close()  # the worker processes stop now, even when a callable raised
        close()
    return corpus


def _profiles(
    profiles: Any,
    paths: list[str],
    hosts: tuple[str, ...] | None,
    urls: list[str | None],
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Mapping[str, SiteProfile]:
    """``profiles=``: learn them (``True``), none (``False``), or the mapping given."""
    if profiles is True:
        return MappingProxyType(_learn(paths, hosts, urls, max_size))
    if profiles is False or profiles is None:
        return MappingProxyType({})
    if isinstance(profiles, Mapping) and all(
        isinstance(k, str) and isinstance(v, SiteProfile) for k, v in profiles.items()
    ):
        return MappingProxyType(dict(profiles))
    msg = "profiles: expected True, False or a mapping of hosts to iomkg.SiteProfile"
    raise InputTypeError(msg, field="profiles")


def learn_profiles(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    hosts: str | Iterable[str] | None = None,
    urls: Mapping[str | os.PathLike[str], str | None] | None = None,
) -> dict[str, SiteProfile]:
    """The site profile of each host, learned from files as :func:`load` learns them.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for n in range(3):
    ...     _ = (folder / f"{n}.txt").write_text(
    ...         f"URL: https://invented.example/{n}\\nInvented Agency\\nHeadline {n}\\n\\nText {n}.")
    >>> [line.text for line in learn_profiles(folder)["invented.example"].lines]
    ['Invented Agency']
    """
    paths = [str(p) for p in files_of(source)]
    url_of = _url_map(urls)
    page_urls = [url_of.get(os.path.abspath(path)) for path in paths]
    return _learn(paths, host_patterns(hosts), page_urls)


def iter_pages(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    hosts: str | Iterable[str] | None = None,
    urls: Mapping[str | os.PathLike[str], str | None] | None = None,
    profiles: bool | Mapping[str, SiteProfile] = True,
) -> Iterator[tuple[str, Page | LoadFailure]]:
    """What :func:`load` reads, one page at a time, each with the source it came from.

    A one-page file is named by its path, a line of a JSON Lines file ``path:line``,
    a page of a web archive by the archive's path; a failure comes as a
    :class:`LoadFailure`. Site profiles are learned first, as :func:`load` does.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Invented title\\n\\nOsh - A text.", encoding="utf-8")
    >>> [(pathlib.Path(name).name, page.articles[0].title) for name, page in iter_pages(folder)]
    [('a.txt', 'Invented title')]
    """
    patterns = host_patterns(hosts)
    paths = [str(p) for p in files_of(source)]
    url_of = _url_map(urls)
    page_urls = [url_of.get(os.path.abspath(path)) for path in paths]
    used = {h: p for h, p in _profiles(profiles, paths, patterns, page_urls).items() if p.lines}
    for path, url in zip(paths, page_urls, strict=True):
        suffix = _suffixes(Path(path))[0]
        if suffix in (".jsonl", ".ndjson"):
            yield from _jsonl_pages(path, Path(path), used or None)
            continue
        got, failed = read_file(path, patterns, url=url, profiles=used or None)
        for page in got:
            yield path, page
        for failure in failed:
            yield failure.path, failure
