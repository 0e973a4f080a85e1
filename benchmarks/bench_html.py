"""Benchmark: iomkg's HTML front end and full parse against selectolax and the usual tools.

Pages: HTML renderings of the bundled INVENTED sample (tests/html_render.py),
and one long page of about 100 KB made of them. For each page it times, best of
several runs:

* ``bare``: selectolax's parse plus ``body.text()`` (the floor any front end pays);
* ``front end``: iomkg's ``parse_html`` (blocks and metadata);
* ``iomkg.parse``: the whole pipeline (front end, layout, extraction);
* ``trafilatura`` (with metadata) and ``htmldate``, when installed
  (``pip install -e '.[bench]'``).

Ratios are printed against ``bare``. Run: ``.venv/bin/python benchmarks/bench_html.py``.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

import iomkg
from iomkg._front.html import parse_html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from html_render import render

REPEATS = 7


def best(func: Callable[[], object], repeats: int = REPEATS) -> float:
    """The best time of ``repeats`` calls, in milliseconds."""
    func()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def bare(html: str) -> str:
    """selectolax alone: parse and take the body's text."""
    tree = LexborHTMLParser(html)
    return tree.body.text(separator="\n") if tree.body is not None else ""


def pages() -> list[tuple[str, str, str | None]]:
    """The rendered sample pages and one long page of about 100 KB."""
    out = []
    bodies = []
    for name, url, text in iomkg.sample_pages():
        out.append((name, render(text, url, heading="Invented title"), url))
        bodies.append(text.split("- 2030 Agenda", 1)[-1])
    long_dump = "Invented long page title\n\n" + "\n\n".join(bodies)
    while len(render(long_dump, None)) < 100_000:
        long_dump += "\n\n" + "\n\n".join(bodies)
    out.append(("long-100kb", render(long_dump, "https://kyrgyzstan.iom.int/news/long"), None))
    return out


def main() -> None:
    """Time every tool on every page and print the ratios to the bare parse."""
    tools: dict[str, Callable[[str, str | None], object]] = {
        "front end": lambda html, url: parse_html(html),
        "iomkg.parse": iomkg.parse,
    }
    if importlib.util.find_spec("trafilatura") is not None:
        import trafilatura

        tools["trafilatura"] = lambda html, url: trafilatura.bare_extraction(
            html, url=url, with_metadata=True
        )
    if importlib.util.find_spec("htmldate") is not None:
        import htmldate

        tools["htmldate"] = lambda html, url: htmldate.find_date(html, url=url)
    rows = pages()
    totals = dict.fromkeys(["bare", *tools], 0.0)
    print(f"{'page':32} {'KB':>6} {'bare ms':>8} " + " ".join(f"{t:>16}" for t in tools))
    for name, html, url in rows:
        base = best(lambda html=html: bare(html))
        totals["bare"] += base
        cells = []
        for tool, func in tools.items():
            ms = best(lambda func=func, html=html, url=url: func(html, url))
            totals[tool] += ms
            cells.append(f"{ms:7.2f} ({ms / base:5.1f}x)")
        print(f"{name:32} {len(html) / 1000:6.1f} {base:8.2f} " + " ".join(cells))
    print(
        f"{'all pages':32} {'':>6} {totals['bare']:8.2f} "
        + " ".join(f"{totals[t]:7.2f} ({totals[t] / totals['bare']:5.1f}x)" for t in tools)
    )


if __name__ == "__main__":
    main()
