"""WARC throughput: pages a second from web archives, on one core and on two.

    python benchmarks/bench_warc.py [--pages 2000] [--files 4]

Writes ``--files`` WARC.gz archives of invented HTML pages (benchmarks/corpus.py)
into a temporary folder, then measures, on the same archives:

* warcio alone: reading and filtering the records (``iomkg._io.warc.iter_warc_records``);
* ``iomkg.iter_warc`` in one process: reading and parsing;
* ``iomkg.dask`` with the multiprocessing scheduler and 2 workers.

Needs the ``warc`` and ``dask`` extras.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

import iomkg
import iomkg.dask as ikd
from iomkg._io.warc import iter_warc_records


def write_archives(folder: Path, pages: int, files: int) -> list[Path]:
    """Write the invented pages round-robin into ``files`` WARC.gz archives."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paths = [folder / f"crawl-{i:02d}.warc.gz" for i in range(files)]
    streams = [p.open("wb") for p in paths]
    writers = [WARCWriter(s, gzip=True) for s in streams]
    try:
        for i, page in enumerate(corpus.generate(pages)):
            writer = writers[i % files]
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    page.url,
                    "response",
                    payload=io.BytesIO(page.html.encode("utf-8")),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2025-01-15T00:00:00Z"},
                )
            )
    finally:
        for s in streams:
            s.close()
    return paths


def main(argv: list[str] | None = None) -> int:
    """Write the archives, run the three measurements, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--files", type=int, default=4)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_archives(Path(tmp), args.pages, args.files)
        size = sum(p.stat().st_size for p in paths) / 1e6
        rows = []

        start = time.perf_counter()
        n = sum(1 for p in paths for _ in iter_warc_records(p))
        rows.append(("warcio: read and filter records", n, time.perf_counter() - start))

        start = time.perf_counter()
        n = sum(1 for p in paths for _ in iomkg.iter_warc(p))
        rows.append(("iomkg.iter_warc, 1 process", n, time.perf_counter() - start))

        start = time.perf_counter()
        n = ikd.pages(ikd.read(paths)).count().compute(scheduler="processes", num_workers=2)
        rows.append(("iomkg.dask, 2 processes", n, time.perf_counter() - start))

    print(f"{args.pages} invented HTML pages in {args.files} WARC.gz files ({size:.1f} MB)\n")
    print("| run | pages | seconds | pages/s |")
    print("|---|---:|---:|---:|")
    for label, count, seconds in rows:
        print(f"| {label} | {count} | {seconds:.2f} | {count / seconds:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
