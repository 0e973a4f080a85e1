"""The HTML front end's cost against selectolax's bare parse, page by page, and per stage.

    python benchmarks/front_ratio.py [--repeat R] [--stages]

For each page, best of ``R`` CPU times (``time.process_time``: time spent waiting for a core
does not count, so the figures hold better on a loaded machine) of

* ``bare``: ``LexborHTMLParser(html)`` and ``body.text(separator="\\n")``;
* ``front end``: :func:`iomkg._front.html.parse_html` (blocks, regions, links and metadata);

and the median and total of their ratio, over the INVENTED pages of :mod:`corpus` (HTML form)
and, when ``../shared`` is beside the project, the benchmark pages of ``bench/aeb-dev``
(read in memory; nothing is written). The caches the front end keeps across pages (the
rules of class names) are emptied before each round, as a fresh corpus would find them.
``--stages`` adds the time of each stage of the front end (best of ``R`` rounds, summed over
the pages, as a share of the bare parse).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from selectolax.lexbor import LexborHTMLParser

from iomkg._front import html as front

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
STAGES = [
    "_flatten_deep_runs",
    "_strip_crowded_tags",
    "leaf_blocks_and_tags",
    "choose_main",
    "read_meta",
    "_inner_pass",
    "_emit",
    "_walk",
]


def bare(html: str) -> str:
    """selectolax alone: parse and take the body's text."""
    tree = LexborHTMLParser(html)
    return tree.body.text(separator="\n") if tree.body is not None else ""


def page_sets() -> dict[str, list[str]]:
    """The invented pages, and the benchmark pages when they are there."""
    sets = {"invented": [page.html for page in corpus.generate(40, html_form=True)]}
    folder = SHARED / "bench" / "aeb-dev" / "html"
    if folder.is_dir():
        sets["aeb-dev"] = [
            gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            for path in sorted(folder.glob("*.html.gz"))
        ]
    return sets


def _clear() -> None:
    kept = getattr(front, "_kept_rules", None)
    if kept is not None:
        kept.cache_clear()


def ratios(pages: list[str], repeat: int) -> tuple[float, float]:
    """The median and the total ratio of the front end to the bare parse."""
    best = {"bare": [float("inf")] * len(pages), "front": [float("inf")] * len(pages)}
    tools: dict[str, Callable[[str], object]] = {"bare": bare, "front": front.parse_html}
    for html in pages[:3]:
        front.parse_html(html)  # warm-up: lazy tables
    for _ in range(repeat):
        _clear()
        for i, html in enumerate(pages):
            for name, tool in tools.items():
                start = time.process_time()
                tool(html)
                best[name][i] = min(best[name][i], time.process_time() - start)
    each = [f / b for f, b in zip(best["front"], best["bare"], strict=True)]
    return statistics.median(each), sum(best["front"]) / sum(best["bare"])


def stages(pages: list[str], repeat: int) -> dict[str, float]:
    """Each stage's time over the pages, as a share of the bare parse's (best of rounds)."""
    totals: dict[str, float] = defaultdict(float)

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[name] += time.process_time() - start

        return timed

    originals = {name: getattr(front, name) for name in STAGES}
    best: dict[str, float] = {}
    try:
        for name, fn in originals.items():
            setattr(front, name, wrap(name, fn))
        for _ in range(repeat):
            _clear()
            totals.clear()
            for html in pages:
                start = time.process_time()
                bare(html)
                totals["bare"] += time.process_time() - start
                start = time.process_time()
                front.parse_html(html)
                totals["front end"] += time.process_time() - start
            for name, value in totals.items():
                best[name] = min(best.get(name, value), value)
    finally:
        for name, fn in originals.items():
            setattr(front, name, fn)
    return {name: value / best["bare"] for name, value in best.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--stages", action="store_true", help="the share of each stage too")
    args = ap.parse_args()
    for name, pages in page_sets().items():
        median, total = ratios(pages, args.repeat)
        print(
            f"{name:9} {len(pages):3} pages: front end / bare parse median {median:.2f}x, "
            f"total {total:.2f}x"
        )
        if args.stages:
            for stage, share in sorted(stages(pages, args.repeat).items(), key=lambda kv: -kv[1]):
                print(f"    {share:5.2f}x  {stage}")


if __name__ == "__main__":
    main()
