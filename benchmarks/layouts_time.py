"""What the layouts cost per page: recognition, splitting and the evidence rules, per layout.

    PYTHONPATH=src python benchmarks/layouts_time.py [--repeat R] [--cold | --corpus] [--count] [--invented N]
        [--profile] [--calls]

Reads the real page shapes of ``../shared/dev`` (format replicas, expanded) and
``../shared/seeds``, turns each page into its blocks once (the front end is not
measured here), then times, in CPU time of the thread, each page's best of ``R`` runs (summed):

* ``choose``: every registered layout's ``match``;
* ``split``: the chosen layout's ``split``, totalled per layout (ms per page it handles);
* the evidence rules of :mod:`iomkg.layouts._evidence` that the pipeline calls
  (``lead_start``, ``decide_kind``, ``header_facts``...) and the layouts' helpers
  (``title_among_chrome``, ``choose_title``...), measured during full parses.

The layouts keep their line classifiers' answers per process (a site's chrome
recurs on its pages): the repeats after the first read every line again, as a
corpus of one site does. ``--cold`` forgets them before each page (every line
new, as on the first page of a site: only the repeats inside the page are saved);
``--corpus`` forgets them before each run of all the pages (as one load of this
corpus: a site's chrome is read on its first page, and kept for the others). ``--invented N`` reads the ``N`` invented pages of :mod:`corpus` (about 5 KB of
text each, the pages of ``benchmarks/stages.py``) instead. ``--count`` counts the function calls (Python functions and built-ins, as
:mod:`cProfile` counts them) that recognising and splitting each page makes: a
measure of the work that a loaded machine does not disturb. ``--calls`` counts how often the line classifiers run and on how many distinct
lines (one page at a time); ``--profile`` prints the top functions of a cProfile
run of the splits. Figures are for finding hot spots on a shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import importlib.util
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from profile_dev import SHARED, load_module

import iomkg
from iomkg import layouts
from iomkg._parse import page_blocks

clock = time.thread_time

# Evidence rules and helpers timed inside full parses: (module, function).
EVIDENCE: list[tuple[str, str]] = [
    ("iomkg.layouts._evidence", "lead_start"),
    ("iomkg.layouts._evidence", "decide_kind"),
    ("iomkg.layouts._evidence", "header_facts"),
    ("iomkg.layouts._evidence", "lead_event_date"),
    ("iomkg.layouts._evidence", "is_widget_line"),
    ("iomkg.layouts._evidence", "title_among_chrome"),
    ("iomkg.layouts._evidence", "choose_title"),
    ("iomkg.layouts._evidence", "box_end"),
    ("iomkg.layouts._evidence", "head_length"),
]

# Line classifiers counted with --calls.
CLASSIFIERS: list[tuple[str, str]] = [
    ("iomkg.layouts._common", "date_only"),
    ("iomkg.layouts._common", "is_caption_text"),
    ("iomkg.layouts._common", "is_tag"),
    ("iomkg.layouts._common", "is_label_line"),
    ("iomkg.layouts._evidence", "is_date_line"),
    ("iomkg.layouts._evidence", "never_title"),
    ("iomkg.layouts._evidence", "is_byline"),
    ("iomkg.layouts._evidence", "is_field_line"),
    ("iomkg.layouts._evidence", "reads_as_lead"),
    ("iomkg.layouts._evidence", "is_section_label"),
]


def pages() -> list[tuple[str, str | None]]:
    """The dev replicas (with their URLs) and the seed pages, as (text, url)."""
    import json

    out: list[tuple[str, str | None]] = []
    expand = load_module(SHARED / "dev" / "expand.py", "dev_expand")
    records, _ = expand.expand(
        str(SHARED / "dev" / "specs.txt"), str(SHARED / "dev" / "gold.jsonl")
    )
    gold = [json.loads(line) for line in (SHARED / "dev" / "gold.jsonl").open(encoding="utf-8")]
    for record in records:
        out.append((record["text"], gold[record["gold_index"]].get("url")))
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        out.append((path.read_text(encoding="utf-8"), None))
    return out


def _wrap(
    name: str, fn: Callable[..., Any], totals: dict[str, float], counts: dict[str, int]
) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += clock() - t
            counts[name] += 1

    return timed


def _install(
    targets: list[tuple[str, str]], wrapper: Callable[[str, Callable[..., Any]], Callable[..., Any]]
) -> Callable[[], None]:
    """Wrap each target wherever a loaded iomkg module holds it; returns an undo."""
    undo: list[tuple[Any, str, Any]] = []
    for module_name, attr in targets:
        module = importlib.import_module(module_name)
        fn = getattr(module, attr)
        wrapped = wrapper(attr, fn)
        for other in list(sys.modules.values()):
            if getattr(other, "__name__", "").startswith("iomkg") and (
                getattr(other, attr, None) is fn
            ):
                undo.append((other, attr, fn))
                setattr(other, attr, wrapped)

    def restore() -> None:
        for module, attr, fn in undo:
            setattr(module, attr, fn)

    return restore


def forget(cold: bool) -> None:
    """Forget the layouts' kept answers (when the code has them and ``cold`` asks for it)."""
    from iomkg.layouts import _common

    clear = getattr(_common, "clear_line_memos", None)
    if cold and clear is not None:
        clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--calls", action="store_true")
    ap.add_argument("--cold", action="store_true", help="forget the kept answers before each page")
    ap.add_argument("--corpus", action="store_true", help="forget them before each run")
    ap.add_argument("--count", action="store_true", help="count the function calls made")
    ap.add_argument("--invented", type=int, default=0, help="read N invented pages instead")
    args = ap.parse_args()
    if args.invented:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import corpus

        inputs = [(p.text, p.url) for p in corpus.generate(args.invented, html_form=False)]
    elif not (SHARED / "dev").is_dir():
        print("layouts_time: ../shared/dev is absent; nothing to measure")
        return
    else:
        inputs = pages()
    blocked = [page_blocks(text, url) for text, url in inputs]
    for text, url in inputs[:3]:
        iomkg.parse(text, url=url)  # warm-up: lazy data
    size = sum(len(t) for t, _u in inputs) / len(inputs) / 1024
    state = (
        "answers forgotten before each page"
        if args.cold
        else "answers forgotten before each run"
        if args.corpus
        else "answers kept across runs"
    )
    print(f"{len(inputs)} pages, {size:.1f} KB average (CPU time, best of {args.repeat}; {state})")

    chosen = [layouts.choose(blocks, url)[0] for blocks, url in blocked]
    per_layout: dict[str, int] = defaultdict(int)
    for layout in chosen:
        per_layout[layout.name] += 1
    # The best time of each page over the runs (robust on a loaded machine), summed.
    n = len(blocked)
    page_choose = [float("inf")] * n
    page_split = [float("inf")] * n
    for _ in range(args.repeat):
        forget(args.corpus)
        for i, ((blocks, url), layout) in enumerate(zip(blocked, chosen, strict=True)):
            forget(args.cold)
            t = clock()
            layouts.choose(blocks, url)
            page_choose[i] = min(page_choose[i], clock() - t)
            forget(args.cold)
            t = clock()
            layout.split(blocks, url)
            page_split[i] = min(page_split[i], clock() - t)
    best_choose = sum(page_choose)
    best_split: dict[str, float] = defaultdict(float)
    for layout, v in zip(chosen, page_split, strict=True):
        best_split[layout.name] += v
    total_split = sum(best_split.values())
    print(f"{best_choose / n * 1000:8.3f} ms/page  choose (all layouts' match)")
    print(f"{total_split / n * 1000:8.3f} ms/page  split (all pages)")
    for name, v in sorted(best_split.items()):
        print(
            f"{v / per_layout[name] * 1000:8.3f} ms/page  split by {name}"
            f" ({per_layout[name]} pages)"
        )
    print(f"{(best_choose + total_split) / n * 1000:8.3f} ms/page  layouts in all")

    # Each rule's time in each page, the best of the runs, summed over the pages.
    best: dict[tuple[int, str], float] = {}
    calls: dict[str, int] = defaultdict(int)
    totals: dict[str, float] = defaultdict(float)
    parse_best = [float("inf")] * n
    restore = _install(EVIDENCE, lambda name, fn: _wrap(name, fn, totals, calls))
    try:
        for _ in range(args.repeat):
            calls.clear()
            forget(args.corpus)
            for i, (text, url) in enumerate(inputs):
                forget(args.cold)
                totals.clear()
                t = clock()
                iomkg.parse(text, url=url)
                parse_best[i] = min(parse_best[i], clock() - t)
                for k, v in totals.items():
                    best[i, k] = min(best.get((i, k), v), v)
    finally:
        restore()
    rules: dict[str, float] = defaultdict(float)
    for (_i, k), v in best.items():
        rules[k] += v
    print(f"{sum(parse_best) / n * 1000:8.3f} ms/page  iomkg.parse, the whole page (for scale)")
    print("evidence rules during full parses (the nested ones are inside the splits above):")
    for name, v in sorted(rules.items(), key=lambda kv: -kv[1]):
        print(f"{v / n * 1000:8.3f} ms/page  {name} ({calls[name] / n:.1f} calls/page)")

    if args.count:
        forget(args.corpus)
        made: dict[str, int] = defaultdict(int)
        for (blocks, url), layout in zip(blocked, chosen, strict=True):
            forget(args.cold)
            prof = cProfile.Profile()
            prof.enable()
            layouts.choose(blocks, url)
            layout.split(blocks, url)
            prof.disable()
            made[layout.name] += pstats.Stats(prof).total_calls
        print("function calls made by choose + split (a count, not a time):")
        print(f"{sum(made.values()) / n:8.0f} calls/page  all pages")
        for name, v in sorted(made.items()):
            print(f"{v / per_layout[name]:8.0f} calls/page  {name} ({per_layout[name]} pages)")

    if args.calls:
        seen: dict[str, set[tuple[int, str]]] = defaultdict(set)
        counted: dict[str, int] = defaultdict(int)
        page_no = 0

        def counter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
            def counting(*a: Any, **k: Any) -> Any:
                counted[name] += 1
                seen[name].add((page_no, repr(a[0]) if a else ""))
                return fn(*a, **k)

            return counting

        restore = _install(CLASSIFIERS, counter)
        try:
            for page_no, (blocks, url) in enumerate(blocked):  # noqa: B007 - read by counter
                layouts.choose(blocks, url)[0].split(blocks, url)
        finally:
            restore()
        print("line classifiers in choose + split (calls / distinct lines per page, summed):")
        for name in sorted(counted, key=lambda k: -counted[k]):
            print(f"{counted[name]:8d} / {len(seen[name]):6d}  {name}")

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for blocks, url in blocked:
            layouts.choose(blocks, url)[0].split(blocks, url)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
