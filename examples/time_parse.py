"""Time iomkg on the bundled sample: parsing a page, and the finders on an article.

Usage: ``python examples/time_parse.py [ROUNDS]``. Parses every sample page
``ROUNDS`` times (default 50) after a warm-up round (which also loads the reference
data, once), and prints the median, the 90th percentile and the largest time of one
call, in milliseconds. Timings depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence

import iomkg


def timings(call: Callable[..., object], args: tuple[object, ...], rounds: int) -> list[float]:
    """The wall-clock time of ``call(*args)`` over ``rounds`` runs, in milliseconds."""
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        call(*args)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(name: str, values: Sequence[float]) -> str:
    """One line: median, 90th percentile and maximum."""
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return (
        f"{name:32} median {statistics.median(ordered):7.3f} ms"
        f"  p90 {p90:7.3f} ms  max {ordered[-1]:7.3f} ms  ({len(ordered)} calls)"
    )


def main(argv: list[str]) -> int:
    """Time parse and the finders over the sample."""
    rounds = int(argv[0]) if argv else 50
    pages = iomkg.sample_pages()
    texts = [a.text for _n, url, text in pages for a in iomkg.parse(text, url).articles]
    for text in texts:  # warm-up: the reference data loads here, once
        iomkg.find_dates(text), iomkg.find_places(text), iomkg.find_organizations(text)

    size = statistics.mean(len(text) for _n, _u, text in pages)
    print(f"sample: {len(pages)} pages, {len(texts)} articles, {size:.0f} characters a page")
    parse_times = [t for _n, url, text in pages for t in timings(iomkg.parse, (text, url), rounds)]
    print(summary("parse (a page)", parse_times))
    finders: list[tuple[str, Callable[[str], object]]] = [
        ("find_dates", iomkg.find_dates),
        ("find_places", iomkg.find_places),
        ("find_organizations", iomkg.find_organizations),
    ]
    for name, finder in finders:
        values = [t for text in texts for t in timings(finder, (text,), rounds)]
        print(summary(f"{name} (an article)", values))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
