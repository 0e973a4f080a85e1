"""Reading files into a :class:`~iomkg.Corpus`: the one place where iomkg reads files for parsing.

Text dumps (``.txt``), HTML (``.html``, ``.htm``) and JSON Lines (``.jsonl``, one
``{"url": ..., "text": ...}`` or ``{"url": ..., "html": ...}`` per line, or pages written
by :meth:`Corpus.to_jsonl`), each optionally gzip-compressed (``.gz``); and web archives
(``.warc``, ``.warc.gz``, with the ``warc`` extra), read by :func:`iomkg.iter_warc`.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import sys
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import Any

import attrs

from .._corpus.corpus import Corpus
from .._errors import InputTypeError, IomkgError
from .._models import Page
from .._nogc import paused_gc
from .._parse import parse
from .serialize import loads

__all__ = ["SUFFIXES", "LoadFailure", "Progress", "load", "read_jsonl"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".warc")
"""The file suffixes :func:`load` reads (each may be followed by ``.gz``)."""


@attrs.frozen(kw_only=True)
class LoadFailure:
    """A file (or a line of a JSON Lines file: ``path:line``) that could not be read or parsed.

    >>> LoadFailure(path="pages/a.txt", reason="not UTF-8")
    LoadFailure(path='pages/a.txt', reason='not UTF-8')
    """

    path: str
    reason: str


@attrs.frozen(kw_only=True)
class Progress:
    """A progress event for a ``progress=`` callable: files done out of the total.

    >>> Progress(done=1, total=4, path="a.txt")
    Progress(done=1, total=4, path='a.txt')
    """

    done: int
    total: int
    path: str


def _suffixes(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return os.path.splitext(name)[1], gz


def _files(source: Any) -> list[Path]:
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
        if not isinstance(item, (str, os.PathLike)):
            raise InputTypeError(
                f"source: expected a path, got {type(item).__name__}", field="source"
            )
        path = Path(item)
        if path.is_dir():
            out.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and _suffixes(p)[0] in SUFFIXES
            )
        else:
            out.append(path)
    return out


def _read_file(
    path_text: str, hosts: tuple[str, ...] | None = None
) -> tuple[list[Page], list[LoadFailure]]:
    """Parse one file; never raises (runs in worker processes too).

    ``hosts`` adds hosts to the IOM ones kept from a web archive.
    """
    path = Path(path_text)
    if _suffixes(path)[0] == ".warc":
        return _read_warc(path_text, hosts)  # read record by record, never whole
    try:
        suffix, gz = _suffixes(path)
        raw = path.read_bytes()
        if gz:
            raw = gzip.decompress(raw)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return [], [LoadFailure(path=path_text, reason=f"cannot read: {exc}")]
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path_text, raw)

    try:
        return [parse(raw)], []
    except (IomkgError, ValueError, RecursionError) as exc:
        return [], [LoadFailure(path=path_text, reason=f"cannot parse: {exc}")]


def read_jsonl(path: str | os.PathLike[str]) -> Corpus:
    """A corpus from one JSON Lines file (maybe gzipped), whatever its name ends in.

    >>> import iomkg, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "pages.json"
    >>> iomkg.Corpus.from_pages([iomkg.Page(kind=iomkg.PageKind.OTHER, layout="generic")]).to_jsonl(path)
    >>> len(read_jsonl(path).pages)
    1
    """
    path_text = str(path)
    try:
        raw = Path(path_text).read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
    except (OSError, EOFError) as exc:
        return Corpus((), [LoadFailure(path=path_text, reason=f"cannot read: {exc}")])
    pages, failures = _read_jsonl(path_text, raw)
    return Corpus(pages, failures)


def _read_warc(
    path_text: str, hosts: tuple[str, ...] | None
) -> tuple[list[Page], list[LoadFailure]]:
    """The IOM pages of a web archive; a cut or broken archive is a failure, its pages kept."""
    from .warc import iter_warc

    notes: list[str] = []
    try:
        pages = list(iter_warc(path_text, hosts=hosts, warnings=notes))
    except IomkgError as exc:
        return [], [LoadFailure(path=path_text, reason=str(exc))]
    prefix = f"{path_text}: "
    return pages, [LoadFailure(path=path_text, reason=note.removeprefix(prefix)) for note in notes]


def _read_jsonl(path_text: str, raw: bytes) -> tuple[list[Page], list[LoadFailure]]:
    pages: list[Page] = []
    failures: list[LoadFailure] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path_text}:{n}"
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValueError("a line is not a JSON object")
            if "schema_version" in doc:
                pages.append(loads(doc, Page))
                continue
            url = doc.get("url")
            body = doc.get("html", doc.get("text"))
            if not isinstance(body, str):
                raise ValueError('no "text" or "html" string')
            if url is not None and not isinstance(url, str):
                raise ValueError('"url" is not a string')
            pages.append(parse(body, url))
        except (IomkgError, ValueError, RecursionError) as exc:
            failures.append(LoadFailure(path=where, reason=str(exc)))
    return pages, failures


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
        from tqdm import tqdm
    except ImportError:

        def plain(event: Progress) -> None:
            end = "\n" if event.done == event.total else ""
            print(
                f"\riomkg: {event.done}/{event.total} files", end=end, file=sys.stderr, flush=True
            )

        return plain, lambda: None
    bar = tqdm(total=total, unit="file", desc="iomkg")
    return lambda event: bar.update(1), bar.close


Result = tuple[list[Page], list[LoadFailure]]


def _read_batch(
    paths: list[str], hosts: tuple[str, ...] | None
) -> tuple[bytes, list[int], list[list[LoadFailure]]]:
    """A worker's task: parse a batch of files; the pages come back as one compact blob.

    One blob per batch (not one pickle per page) lets pickle share the objects that pages
    share, and :mod:`iomkg._io.compact` makes both ends of the trip cheap.
    """
    from .compact import dumps

    # A forked worker inherits the loading process's paused collector; its own heap is
    # small (one batch), so it collects as usual.
    gc.enable()
    pages: list[Page] = []
    counts: list[int] = []
    failures: list[list[LoadFailure]] = []
    for path in paths:
        got, failed = _read_file(path, hosts)
        pages.extend(got)
        counts.append(len(got))
        failures.append(failed)
    return dumps(pages), counts, failures


def _results(
    paths: list[str], workers: int | None, hosts: tuple[str, ...] | None
) -> Generator[Result, None, None]:
    """Each file's pages and failures, in the order of ``paths``.

    With ``workers > 1``, files are parsed in batches by worker processes (fork on
    Linux: nothing is re-imported) and the pages rebuilt here with their repeated
    values shared (:class:`iomkg._io.compact.Interner`), so a corpus loaded in parallel is
    no larger than one loaded in this process.
    """
    if workers is None or workers <= 1 or len(paths) < 2:
        for path in paths:
            yield _read_file(path, hosts)
        return
    from concurrent.futures import ProcessPoolExecutor

    from .compact import Interner

    interner = Interner()
    # Batches big enough to pay the trip once for many pages, small enough that the
    # two workers stay busy to the end and progress moves.
    size = max(1, min(64, len(paths) // (workers * 8)))
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for blob, counts, failures in pool.map(_read_batch, batches, [hosts] * len(batches)):
            pages = interner.loads(blob)
            start = 0
            for count, failed in zip(counts, failures, strict=True):
                yield pages[start : start + count], failed
                start += count
    finally:  # stopped early (an error, a progress callable that raised): drop the rest
        pool.shutdown(wait=True, cancel_futures=True)


def _host_patterns(hosts: str | Iterable[str] | None) -> tuple[str, ...] | None:
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
) -> Corpus:
    """Read files, folders (recursively, in sorted order) or paths into a :class:`Corpus`.

    Web archives (``.warc``, ``.warc.gz``; the ``warc`` extra) give the HTTP 200 HTML
    responses of IOM hosts, and of ``hosts`` (``"*.example.org"`` takes subdomains),
    as :func:`iomkg.iter_warc` does; a cut archive is recorded in ``corpus.errors``.
    ``workers > 1`` parses in that many processes (results keep the input order).
    ``progress=True`` shows a bar (tqdm if installed, else a counter on stderr); a
    callable receives a :class:`Progress` per file. A file that cannot be read or
    parsed goes to ``corpus.errors`` and the others are still read.

    >>> import iomkg, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Osh – On 4 March 2024, a training opened.", encoding="utf-8")
    >>> _ = (folder / "b.jsonl").write_text('{"url": "https://kyrgyzstan.iom.int/x", "text": "Naryn – A visit."}\\nnot json\\n')
    >>> corpus = iomkg.load(folder)
    >>> len(corpus.pages), [e.path.endswith("b.jsonl:2") for e in corpus.errors]
    (2, [True])
    """
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)):
        raise InputTypeError(
            f"workers: expected int or None, got {type(workers).__name__}", field="workers"
        )
    patterns = _host_patterns(hosts)
    paths = [str(p) for p in _files(source)]
    report, close = _reporter(progress, len(paths))
    pages: list[Page] = []
    failures: list[LoadFailure] = []
    # The records of a corpus hold no reference cycles: the cyclic collector would only
    # walk the growing heap again and again (several times its size over a big load).
    results = _results(paths, workers, patterns)
    try:
        with paused_gc():
            for done, (path, (got, failed)) in enumerate(zip(paths, results, strict=True), start=1):
                pages.extend(got)
                failures.extend(failed)
                if report is not None:
                    report(Progress(done=done, total=len(paths), path=path))
            corpus = Corpus(pages, failures)
    finally:
        results.close()  # the worker processes stop now, even when a callable raised
        close()
    return corpus
