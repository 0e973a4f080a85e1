"""Where a parse spends its time: each pipeline stage and each extractor, per page.

    python benchmarks/stages.py [--pages N] [--html] [--repeat R] [--cpu]

Wraps the pipeline's stage functions with counters, parses ``N`` invented pages
(:mod:`corpus`) ``R`` times and prints, for every stage, the best-of-``R``
total divided by the number of pages. Best-of-R is robust on a loaded machine;
``--cpu`` counts the CPU time of the thread instead of the time on the wall, which
other processes on a shared machine barely disturb (a loaded machine still slows a
stage down through the caches it shares). The figures are for finding hot spots,
not for the benchmark table (``benchmarks/run.py`` makes that). Stages nest:
``extract`` includes the extractors under it, ``lead_start`` the datelines it reads.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

import iomkg

# (module, function name): each is wrapped where it is looked up.
STAGES: list[tuple[str, str, list[str]]] = [
    ("iomkg._parse", "parse", ["iomkg"]),
    ("iomkg._front.decode", "normalise", ["iomkg._parse"]),
    ("iomkg._front.html", "parse_html", ["iomkg._parse"]),
    ("iomkg._front.text", "blocks_from_text", ["iomkg._parse"]),
    ("iomkg.layouts", "choose", ["iomkg._parse"]),
    ("iomkg._extract.article", "extract", []),
    ("iomkg._extract.context", "split_sentences", []),
    ("iomkg._extract.context", "find_dates", []),
    ("iomkg._extract.context", "find_places", []),
    ("iomkg._extract.context", "find_organizations", []),
    ("iomkg._extract.article", "find_people", []),
    ("iomkg._extract.article", "find_programmes", []),
    ("iomkg._extract.article", "find_events", []),
    ("iomkg._extract.article", "find_quotes", []),
    ("iomkg._parse", "_assemble", []),
    ("iomkg._parse", "_front", []),
    ("iomkg._parse", "_kind", []),
    ("iomkg.layouts._evidence", "lead_start", ["iomkg._parse"]),
    ("iomkg._extract.dateline", "split_dateline", []),
    ("iomkg._front.language", "detect_language", []),
]

totals: dict[str, float] = defaultdict(float)
clock = time.perf_counter


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += clock() - t

    return timed


def install() -> None:
    for module_name, attr, also in STAGES:
        module = importlib.import_module(module_name)
        fn = getattr(module, attr)
        wrapped = _wrap(f"{module_name.removeprefix('iomkg.')}.{attr}", fn)
        setattr(module, attr, wrapped)
        for other in also:
            other_module = importlib.import_module(other)
            if getattr(other_module, attr, None) is fn:
                setattr(other_module, attr, wrapped)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--html", action="store_true", help="parse the HTML form, not the text dump")
    ap.add_argument(
        "--cpu", action="store_true", help="count the thread's CPU time, not the time on the wall"
    )
    args = ap.parse_args()
    global clock  # noqa: PLW0603 - the wrappers read it
    clock = time.thread_time if args.cpu else time.perf_counter
    pages = list(corpus.generate(args.pages, html_form=args.html))
    inputs = [(p.html if args.html else p.text, p.url) for p in pages]
    iomkg.parse(inputs[0][0], url=inputs[0][1])  # warm-up: lazy data
    install()
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        totals.clear()
        for source, url in inputs:
            iomkg.parse(source, url=url)
        for k, v in totals.items():
            best[k] = min(best.get(k, v), v)
    size = sum(len(s) for s, _u in inputs) / len(inputs) / 1024
    what = "CPU time" if args.cpu else "wall time"
    print(f"{len(inputs)} {'HTML' if args.html else 'text'} pages, {size:.1f} KB average ({what})")
    for name, v in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"{v / len(inputs) * 1000:8.3f} ms/page  {name}")


if __name__ == "__main__":
    main()
