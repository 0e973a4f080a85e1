"""Dask integration: pages and records as ``dask.bag.Bag``, written partition by partition.

Needs the optional ``dask`` extra (``pip install 'iomkg[dask]'``; Parquet output
also needs ``iomkg[parquet]``). The same code runs on Dask's local scheduler and
on a ``distributed`` cluster: every record of iomkg and :func:`iomkg.parse` are
picklable, and each task reads its own files, so nothing but paths travels to
the workers.

A typical run over a web archive::

    import iomkg.dask as ikd

    items = ikd.read(["crawl-00.warc.gz", "crawl-01.warc.gz"])   # one partition a path
    pages = ikd.pages(items)
    ikd.write_jsonl(pages, "out/pages")                          # part-0.jsonl, part-1.jsonl, ...
    ikd.write_parquet(ikd.records(pages, "events"), "out/events")

Records are merged within a partition (one file), not across partitions; to
merge across everything, gather the pages into one :class:`iomkg.Corpus`.

>>> import iomkg.dask as ikd
>>> bag = ikd.from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])
>>> [p.layout for p in bag.compute()]
['generic']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import iomkg

from ._corpus.export import MissingExtraError
from ._errors import InputTypeError, LoadError
from ._io.load import LoadFailure, files_of, host_patterns, read_file
from ._io.serialize import dumps
from ._models import Page
from .layouts.profile import SiteProfile

__all__ = ["failures", "from_pages", "pages", "read", "records", "write_jsonl", "write_parquet"]

_RECORD_KINDS = ("articles", "events", "programmes", "people", "organizations", "places")


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        msg = "iomkg.dask needs dask: pip install 'iomkg[dask]'"
        raise MissingExtraError(msg, field="dask") from exc
    return dask.bag


def _read_path(
    path: str, hosts: tuple[str, ...] | None, profiles: Mapping[str, SiteProfile] | None = None
) -> list[Page | LoadFailure]:
    """Everything one path gives: its pages, and a failure for what could not be read."""
    got, failed = read_file(path, hosts, profiles=profiles)
    return [*got, *failed]


def read(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    hosts: str | Iterable[str] | None = None,
    profiles: Mapping[str, SiteProfile] | None = None,
) -> Any:
    """A bag of everything the paths hold: :class:`~iomkg.Page` and :class:`~iomkg.LoadFailure` items.

    ``source`` is a path, a folder (read recursively, in sorted order) or paths:
    WARC and WARC.gz files (HTML responses of IOM hosts and of ``hosts``), and the
    page files :func:`iomkg.load` reads. One partition a path; nothing is read
    until the bag is computed, and then on the workers. ``profiles`` maps hosts to
    the :class:`~iomkg.SiteProfile` their pages are parsed with (learned beforehand
    from a sample: ``iomkg.load(sample).profiles`` or :func:`iomkg.learn_profile`).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Naryn – On 2 May 2024, a visit took place.", encoding="utf-8")
    >>> [type(item).__name__ for item in read(folder).compute()]
    ['Page']
    """
    paths = [str(p) for p in files_of(source)]
    if not paths:
        msg = f"source: no WARC or page files in {source!r}"
        raise LoadError(msg, field="source")
    patterns = host_patterns(hosts)
    if profiles is not None and not (
        isinstance(profiles, Mapping) and all(isinstance(v, SiteProfile) for v in profiles.values())
    ):
        msg = "profiles: expected a mapping of hosts to iomkg.SiteProfile"
        raise InputTypeError(msg, field="profiles")
    used = {host: p for host, p in (profiles or {}).items() if p.lines} or None
    bag = _bag_module().from_sequence(paths, npartitions=len(paths))
    return bag.map(_read_path, patterns, used).flatten()


def from_pages(pages_: Iterable[Page], *, npartitions: int | None = None) -> Any:
    """A bag of pages already in memory.

    >>> from_pages([iomkg.parse("Talas – A meeting.")]).count().compute()
    1
    """
    items = list(pages_)
    if not all(isinstance(p, Page) for p in items):
        msg = "pages: expected iomkg.Page items"
        raise InputTypeError(msg, field="pages")
    parts = npartitions or max(1, min(len(items), os.cpu_count() or 1))
    return _bag_module().from_sequence(items, npartitions=parts)


def pages(items: Any) -> Any:
    """Only the pages of a bag made by :func:`read`.

    >>> pages(from_pages([iomkg.parse("Talas – A meeting.")])).count().compute()
    1
    """
    return items.filter(lambda item: isinstance(item, Page))


def failures(items: Any) -> Any:
    """Only the failures of a bag made by :func:`read`: what could not be read, and why.

    >>> failures(from_pages([iomkg.parse("Talas – A meeting.")])).compute()
    []
    """
    return items.filter(lambda item: isinstance(item, LoadFailure))


def _partition_records(partition: Sequence[Page], kind: str) -> list[dict[str, Any]]:
    corpus = iomkg.Corpus.from_pages(partition)
    collection = getattr(corpus, kind)
    result: list[dict[str, Any]] = collection.to_records()
    return result


def records(pages_bag: Any, kind: str = "articles") -> Any:
    """Flat records (``to_records`` dicts) of every partition: articles, events, programmes, ...

    Records are merged within a partition, not across partitions.

    >>> rows = records(from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")])).compute()
    >>> rows[0]["language"]
    'en'
    """
    if kind not in _RECORD_KINDS:
        msg = f"kind: expected one of {', '.join(_RECORD_KINDS)}, got {kind!r}"
        raise iomkg.QueryError(msg, field="kind")
    return pages_bag.map_partitions(_partition_records, kind)


def write_jsonl(pages_bag: Any, directory: str | os.PathLike[str]) -> list[str]:
    """Write pages as partitioned JSON Lines (``part-0.jsonl``, ...) that :func:`iomkg.load` reads back.

    Returns the paths written, in partition order.

    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "pages"
    >>> written = write_jsonl(from_pages([iomkg.parse("Talas – A meeting.")]), out)
    >>> [pathlib.Path(p).name for p in written], len(iomkg.load(out).pages)
    (['part-0.jsonl'], 1)
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = pages_bag.map(dumps).to_textfiles(str(folder / "part-*.jsonl"))
    return [str(Path(p)) for p in written]


def _write_table(rows: list[dict[str, Any]], path: str) -> str:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        msg = "write_parquet needs pyarrow: pip install 'iomkg[parquet]'"
        raise MissingExtraError(msg, field="pyarrow") from exc
    if rows:
        table = pa.Table.from_pylist(
            [
                {key: list(v) if isinstance(v, tuple) else v for key, v in row.items()}
                for row in rows
            ]
        )
    else:
        table = pa.table({})
    pq.write_table(table, path)
    return path


def write_parquet(records_bag: Any, directory: str | os.PathLike[str]) -> list[str]:
    """Write records (from :func:`records`) as one Parquet file a partition; return the paths.

    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "articles"
    >>> bag = records(from_pages([iomkg.parse("Osh – On 4 March 2024, a training opened.")]))
    >>> [pathlib.Path(p).name for p in write_parquet(bag, out)]
    ['part-0.parquet']
    """
    import importlib

    dask: Any = importlib.import_module("dask")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(_write_table)(part, str(folder / f"part-{i}.parquet"))
        for i, part in enumerate(records_bag.to_delayed())
    ]
    written: tuple[str, ...] = dask.compute(*tasks)
    return list(written)
