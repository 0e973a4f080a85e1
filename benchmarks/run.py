"""iomkg against the tools a user would otherwise pick, on the same invented inputs, in one run.

    python benchmarks/run.py [--pages N] [--quick] [--scaling] [--full] [--out docs/benchmarks.md]
    python benchmarks/run.py --scaling-only [--sizes 1000,3000]   # the load runs alone

Generates a corpus of invented pages (:mod:`corpus`, from the bundled sample's
layouts) in text and HTML forms, then measures, each tool in its own subprocess
(so peak memory is its own):

* text pages: ``iomkg.parse`` (every field extracted);
* HTML pages: selectolax bare parse + text (the floor), ``iomkg.parse``,
  trafilatura ``bare_extraction(with_metadata=True)``, newspaper4k, htmldate;
* dates in running text, per paragraph: ``iomkg.find_dates``, dateparser
  ``search_dates(languages=["en"])``, datefinder;

with time per page (or paragraph), peak RSS, and accuracy against the
generator's gold values (titles, publication dates, date-span F1). ``--scaling``
adds 1k and 10k page runs (``--full``: also 100k) of ``iomkg.load`` with
``workers=1`` and ``workers=2`` (pages written under ``$TMPDIR``). The table of
ratios is printed and written to ``docs/benchmarks.md``. Tools that are not
installed (``pip install iomkg[bench]``) are reported as missing.

This is a benchmark, never a timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (beside this file)

# --------------------------------------------------------------------------- accuracy

_TRIM_WORDS = ("on ", "in ", "from ", "since ", "until ", "by ", "of ", "the ")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and surrounding spaces/punctuation: tools differ only there."""
    while start < end and text[start] in " ,.;:–-":
        start += 1
    while end > start and text[end - 1] in " ,.;:–-":
        end -= 1
    low = text[start:end].lower()
    for w in _TRIM_WORDS:
        if low.startswith(w):
            start += len(w)
            break
    return start, end


def _locate(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of substrings reported in order (dateparser and datefinder give no reliable offsets)."""
    out, pos = [], 0
    for s in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            continue
        out.append((i, i + len(s)))
        pos = i + len(s)
    return out


def span_scores(
    items: Sequence[tuple[str, Sequence[tuple[int, int]], Sequence[tuple[int, int]]]],
) -> dict[str, float]:
    """Exact (after trimming) and overlap precision/recall/F1 over (text, gold, predicted)."""
    tp_e = tp_o = n_gold = n_pred = 0
    for text, gold, pred in items:
        g = {_trim(text, a, b) for a, b in gold}
        p = {_trim(text, a, b) for a, b in pred}
        n_gold += len(g)
        n_pred += len(p)
        tp_e += len(g & p)
        used: set[tuple[int, int]] = set()
        for ga, gb in sorted(g):
            for pa, pb in sorted(p):
                if (pa, pb) not in used and pa < gb and ga < pb:
                    used.add((pa, pb))
                    tp_o += 1
                    break

    def f1(tp: int) -> tuple[float, float, float]:
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    pe, re_, fe = f1(tp_e)
    po, ro, fo = f1(tp_o)
    return {"p": pe, "r": re_, "f1": fe, "f1_overlap": fo, "p_overlap": po, "r_overlap": ro}


# --------------------------------------------------------------------------- workers


def _peak_mb() -> float:
    """Peak RSS of this process (VmHWM: unlike ru_maxrss, it is not inherited from the parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(
    fn: Callable[[Any], Any], inputs: Sequence[Any], repeat: int = 1
) -> tuple[list[float], list[Any]]:
    outs: list[Any] = []
    times: list[float] = []
    for x in inputs:
        best = float("inf")
        out: Any = None
        for _ in range(repeat):
            t = time.perf_counter()
            out = fn(x)
            best = min(best, time.perf_counter() - t)
        times.append(best)
        outs.append(out)
    return times, outs


def _date_of(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _html_tool(name: str) -> Callable[[tuple[str, str]], tuple[str | None, dt.date | None]]:
    """A function (html, url) -> (title, published) for one HTML tool."""
    if name == "selectolax":
        from selectolax.lexbor import LexborHTMLParser

        def run(x: tuple[str, str]) -> tuple[str | None, dt.date | None]:
            tree = LexborHTMLParser(x[0])
            body = tree.body
            _ = body.text(separator="\n") if body is not None else ""
            return None, None

        return run
    if name in ("iomkg-html", "iomkg-text"):
        import iomkg

        def run(x: tuple[str, str]) -> tuple[str | None, dt.date | None]:
            page = iomkg.parse(x[0], x[1])
            art = page.articles[0] if page.articles else None
            return (art.title, art.published) if art else (None, None)

        return run
    if name == "trafilatura":
        import trafilatura

        def run(x: tuple[str, str]) -> tuple[str | None, dt.date | None]:
            doc = trafilatura.bare_extraction(x[0], url=x[1], with_metadata=True)
            if doc is None:
                return None, None
            d = doc if isinstance(doc, dict) else doc.as_dict()
            return d.get("title"), _date_of(d.get("date"))

        return run
    if name == "newspaper4k":
        import newspaper

        def run(x: tuple[str, str]) -> tuple[str | None, dt.date | None]:
            art = newspaper.Article(x[1], fetch_images=False)
            art.download(input_html=x[0])
            art.parse()
            return art.title or None, _date_of(art.publish_date)

        return run
    if name == "htmldate":
        from htmldate import find_date

        def run(x: tuple[str, str]) -> tuple[str | None, dt.date | None]:
            return None, _date_of(find_date(x[0], url=x[1]))

        return run
    raise ValueError(name)


def _date_tool(name: str) -> Callable[[str], list[tuple[int, int]]]:
    """A function paragraph -> date spans for one date tool."""
    if name == "iomkg":
        import iomkg

        return lambda text: [(m.span.start, m.span.end) for m in iomkg.find_dates(text)]
    if name == "dateparser":
        from dateparser.search import search_dates

        def run(text: str) -> list[tuple[int, int]]:
            found = search_dates(text, languages=["en"]) or []
            return _locate(text, [s for s, _ in found])

        return run
    if name == "datefinder":
        import datefinder

        def run(text: str) -> list[tuple[int, int]]:
            return _locate(text, [s for _, s in datefinder.find_dates(text, source=True)])

        return run
    raise ValueError(name)


def worker(task: str, tool: str, data_path: str) -> dict[str, Any]:
    """Run one tool over the pickled inputs; return times, peak memory and accuracy."""
    with open(data_path, "rb") as fh:
        data = pickle.load(fh)
    t0 = time.perf_counter()
    if task == "dates":
        fn = _date_tool(tool)
        paragraphs: list[tuple[str, list[tuple[int, int]]]] = data
        first = time.perf_counter()
        fn("The meeting took place on 3 May 2021 in Osh.")
        first_call = time.perf_counter() - first
        times, outs = _timed(fn, [p for p, _ in paragraphs])
        acc = span_scores([(p, g, o) for (p, g), o in zip(paragraphs, outs, strict=False)])
        result: dict[str, Any] = {"first_call_s": first_call, **acc}
    elif task in ("html", "text"):
        fn2 = _html_tool(tool)
        items: list[tuple[str, str, str, dt.date]] = data
        first = time.perf_counter()
        fn2((items[0][0], items[0][1]))
        first_call = time.perf_counter() - first
        times, outs = _timed(
            fn2,
            [(h, u) for h, u, _, _ in items],
            repeat=3 if tool in ("selectolax", "iomkg-html", "iomkg-text") else 1,
        )
        n = len(items)
        title_ok = sum(
            o[0] is not None and o[0].strip() == t
            for o, (_, _, t, _) in zip(outs, items, strict=False)
        )
        date_ok = sum(o[1] == d for o, (_, _, _, d) in zip(outs, items, strict=False))
        result = {"first_call_s": first_call, "title_acc": title_ok / n, "date_acc": date_ok / n}
    else:
        raise ValueError(task)
    result.update(
        median_ms=statistics.median(times) * 1000,
        mean_ms=statistics.fmean(times) * 1000,
        p95_ms=sorted(times)[int(0.95 * (len(times) - 1))] * 1000,
        n=len(times),
        total_s=time.perf_counter() - t0,
        peak_mb=_peak_mb(),
    )
    return result


def _rss_mb() -> float:
    """The current RSS of this process (VmRSS), in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _cpu_s() -> float:
    """CPU seconds of this process and of its ended child processes (a load's workers).

    On a shared machine the wall time of a load counts other people's work; its CPU time
    does not (as much).
    """
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def scaling_worker(folder: str, workers: int | None) -> dict[str, Any]:
    """Load every page of ``folder``: time, peak memory, memory the corpus holds, articles."""
    import gc

    import iomkg

    iomkg.parse("Osh – On 4 March 2024, a training opened.")  # reference data: not the corpus's
    gc.collect()
    before = _rss_mb()
    cpu = _cpu_s()
    t = time.perf_counter()
    corpus_ = iomkg.load(folder, workers=workers)
    seconds = time.perf_counter() - t
    cpu = _cpu_s() - cpu  # the pool's workers have ended: their time is counted
    gc.collect()
    n_articles = len(corpus_.articles)
    held = _rss_mb() - before
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "peak_mb": _peak_mb(),
        # the pool's workers have ended: the largest of them
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "kb_per_article": held * 1024 / n_articles if n_articles else 0.0,
        "articles": n_articles,
        "how": f"iomkg.load(workers={workers})",
    }


# --------------------------------------------------------------------------- driver


def _subprocess(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any] | None:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False, env=env
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        print(f"  ! {' '.join(args[:3])}: {last}", file=sys.stderr)
        return None
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _fmt_ratio(a: float, b: float) -> str:
    return f"{b / a:.1f}x" if a > 0 else "-"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--pages", type=int, default=300, help="pages per form (default 300)")
    ap.add_argument("--paragraphs", type=int, default=400, help="paragraphs for the date tools")
    ap.add_argument("--quick", action="store_true", help="a small run (50 pages, 100 paragraphs)")
    ap.add_argument(
        "--scaling", action="store_true", help="add the 1k/10k scaling and workers=2 runs"
    )
    ap.add_argument("--full", action="store_true", help="with --scaling: also 100k pages")
    ap.add_argument(
        "--sizes",
        help="with --scaling: these page counts instead (comma-separated, e.g. 1000,3000)",
    )
    ap.add_argument(
        "--scaling-only",
        action="store_true",
        help="only the scaling runs (implies --scaling), the table printed, not written",
    )
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    ap.add_argument("--worker", nargs=3, metavar=("TASK", "TOOL", "DATA"), help=argparse.SUPPRESS)
    ap.add_argument("--scale-worker", nargs=2, metavar=("DIR", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return 0
    if args.scale_worker:
        w = int(args.scale_worker[1]) or None
        print(json.dumps(scaling_worker(args.scale_worker[0], w)))
        return 0

    if args.scaling_only:
        scaling = _scaling(_sizes(args))
        print("\n".join(_scaling_table(scaling)))
        return 0
    n_pages = 50 if args.quick else args.pages
    n_paras = 100 if args.quick else args.paragraphs
    pages = list(corpus.generate(n_pages))
    paragraphs = [(p.text, list(p.dates)) for g in pages for p in g.paragraphs][:n_paras]
    text_kb = statistics.fmean(len(g.text.encode()) for g in pages) / 1024
    html_kb = statistics.fmean(len(g.html.encode()) for g in pages) / 1024
    print(
        f"{n_pages} invented pages: text {text_kb:.1f} KB, HTML {html_kb:.1f} KB on average; "
        f"{len(paragraphs)} paragraphs for the date tools",
        file=sys.stderr,
    )

    results: dict[tuple[str, str], dict[str, Any] | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for task, data in (
            ("text", [(g.text, g.url, g.title, g.published) for g in pages]),
            ("html", [(g.html, g.url, g.title, g.published) for g in pages]),
            ("dates", paragraphs),
        ):
            files[task] = os.path.join(tmp, f"{task}.pkl")
            with open(files[task], "wb") as fh:
                pickle.dump(data, fh)
        plan = [
            ("text", "iomkg-text", "iomkg"),
            ("html", "selectolax", "selectolax"),
            ("html", "iomkg-html", "iomkg"),
            ("html", "trafilatura", "trafilatura"),
            ("html", "newspaper4k", "newspaper"),
            ("html", "htmldate", "htmldate"),
            ("dates", "iomkg", "iomkg"),
            ("dates", "dateparser", "dateparser"),
            ("dates", "datefinder", "datefinder"),
        ]
        for task, tool, module in plan:
            if not _installed(module):
                print(f"  - {tool}: not installed (pip install iomkg[bench])", file=sys.stderr)
                results[task, tool] = None
                continue
            print(f"  {task:5} {tool} ...", file=sys.stderr)
            results[task, tool] = _subprocess(["--worker", task, tool, files[task]])

    scaling = _scaling(_sizes(args)) if args.scaling else []

    table = render(results, scaling, n_pages, len(paragraphs), text_kb, html_kb)
    print(table)
    Path(args.out).write_text(table, encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)
    return 0


def _sizes(args: argparse.Namespace) -> list[int]:
    if args.sizes:
        return sorted(int(n) for n in args.sizes.split(","))
    return [1_000, 10_000] + ([100_000] if args.full else [])


def _scaling(sizes: list[int]) -> list[dict[str, Any]]:
    """``iomkg.load`` of ``sizes`` pages with workers=1 and workers=2, each in a fresh process."""
    scaling: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        # One folder grows to each size in turn (100k text pages: ~0.8 GB under $TMPDIR,
        # removed at the end); every run is its own process, so its peak is its own.
        folder = Path(tmp) / "pages"
        folder.mkdir()
        made = 0
        for size in sizes:
            for g in corpus.generate(size - made, seed=1000 + made, html_form=False):
                (folder / f"{made:06d}.txt").write_text(g.text, encoding="utf-8")
                made += 1
            for w in (1, 2):
                print(f"  scaling {size} pages, workers={w} ...", file=sys.stderr)
                r = _subprocess(["--scale-worker", str(folder), str(w)])
                if r is not None:
                    scaling.append({"pages": size, "workers": w, **r})
    return scaling


NOTE = (
    "Caveat: the date spans are the forms the generator writes (day-month-year, month-day-year, "
    "day ranges with a hyphen or 'to', month-year, a bare year after 'Since', day-month without a "
    "year) among numbers that look like years (counts, amounts, a phone number); exact F1 compares "
    "spans after trimming a leading preposition, overlap F1 counts any overlap. iomkg's 1.000 is on "
    "these forms, not a claim about every page."
)


def render(
    results: dict[tuple[str, str], dict[str, Any] | None],
    scaling: list[dict[str, Any]],
    n_pages: int,
    n_paras: int,
    text_kb: float,
    html_kb: float,
) -> str:
    """The Markdown page the docs include."""

    def get(task: str, tool: str) -> dict[str, Any] | None:
        return results.get((task, tool))

    lines = [
        "# Benchmarks",
        "",
        "Generated by `python benchmarks/run.py` (do not edit by hand). Inputs: "
        f"{n_pages} invented pages generated from the bundled sample's layouts "
        f"(text {text_kb:.1f} KB, HTML {html_kb:.1f} KB on average) and {n_paras} of their "
        "paragraphs for the date tools; every tool runs on the same inputs in its own process. "
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC.",
        "",
        "Time is the median per page (or paragraph) after one warm-up call; the first call "
        "(lazy data loading) is shown apart. Peak memory is the peak RSS of the tool's process "
        "(interpreter and imports included). Accuracy is against the generator's gold values.",
        "",
        NOTE,
        "",
    ]
    for task, unit, tools, base in (
        ("text", "page", ["iomkg-text"], "iomkg-text"),
        (
            "html",
            "page",
            ["selectolax", "iomkg-html", "trafilatura", "newspaper4k", "htmldate"],
            "iomkg-html",
        ),
        ("dates", "paragraph", ["iomkg", "dateparser", "datefinder"], "iomkg"),
    ):
        ref = get(task, base)
        title = {
            "text": "Text dumps (every field extracted)",
            "html": "HTML pages",
            "dates": "Dates in running text",
        }[task]
        lines += [f"## {title}", ""]
        if task == "dates":
            lines += [
                f"| tool | median per {unit} | time vs iomkg | first call | peak MB | span P | span R | span F1 | F1 (overlap) |",
                "|---|---|---|---|---|---|---|---|---|",
            ]
        else:
            lines += [
                f"| tool | median per {unit} | p95 | time vs iomkg | first call | peak MB | title acc. | date acc. |",
                "|---|---|---|---|---|---|---|---|",
            ]
        for tool in tools:
            r = get(task, tool)
            if r is None:
                lines.append(f"| {tool} | not installed or failed |" + " |" * 7)
                continue
            ratio = _fmt_ratio(ref["median_ms"], r["median_ms"]) if ref else "-"
            if task == "dates":
                lines.append(
                    f"| {tool} | {r['median_ms']:.3f} ms | {ratio} | {r['first_call_s'] * 1000:.0f} ms | "
                    f"{r['peak_mb']:.0f} | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} | {r['f1_overlap']:.3f} |"
                )
            else:
                acc_t = "-" if tool in {"selectolax", "htmldate"} else f"{r['title_acc']:.2f}"
                acc_d = "-" if tool == "selectolax" else f"{r['date_acc']:.2f}"
                lines.append(
                    f"| {tool} | {r['median_ms']:.3f} ms | {r['p95_ms']:.3f} ms | {ratio} | "
                    f"{r['first_call_s'] * 1000:.0f} ms | {r['peak_mb']:.0f} | {acc_t} | {acc_d} |"
                )
        lines.append("")
    # Targets.
    lines += ["## Targets", "", "| target | measured | met |", "|---|---|---|"]

    def target(name: str, measured: str, ok: bool | None) -> None:
        lines.append(f"| {name} | {measured} | {'yes' if ok else ('no' if ok is False else '-')} |")

    t = get("text", "iomkg-text")
    if t:
        target(
            f"{text_kb:.1f} KB text page, every field: median ≤ 1 ms",
            f"{t['median_ms']:.3f} ms",
            t["median_ms"] <= 1.0,
        )
    h, s, tr = get("html", "iomkg-html"), get("html", "selectolax"), get("html", "trafilatura")
    if h and s:
        x = h["median_ms"] / s["median_ms"]
        target("HTML page ≤ 3x selectolax parse + text", f"{x:.1f}x", x <= 3)
    if h and tr:
        x = tr["median_ms"] / h["median_ms"]
        target("HTML page ≥ 10x faster than trafilatura with metadata", f"{x:.1f}x", x >= 10)
    d, dp, df = get("dates", "iomkg"), get("dates", "dateparser"), get("dates", "datefinder")
    if d and dp:
        x = dp["median_ms"] / d["median_ms"]
        target("dates ≥ 50x faster than search_dates", f"{x:.0f}x", x >= 50)
        target(
            "date span F1 > search_dates", f"{d['f1']:.3f} vs {dp['f1']:.3f}", d["f1"] > dp["f1"]
        )
    if d and df:
        target("date span F1 > datefinder", f"{d['f1']:.3f} vs {df['f1']:.3f}", d["f1"] > df["f1"])
    for row in scaling:
        if row["pages"] == 100_000 and row["workers"] == 2:
            target(
                "100,000 pages load ≤ 3 min on 2 cores",
                f"{row['seconds']:.0f} s",
                row["seconds"] <= 180,
            )
            target(
                "corpus of 100,000 articles ≤ 1.5 GB",
                f"{row['peak_mb']:.0f} MB peak RSS ({row['kb_per_article']:.1f} KB per article)",
                row["peak_mb"] <= 1536,
            )
    lines.append("")
    if scaling:
        lines += _scaling_table(scaling)
    return "\n".join(lines)


def _scaling_table(scaling: list[dict[str, Any]]) -> list[str]:
    """The scaling rows, and whether the time per page stays flat from the smallest size up."""
    lines = [
        "## Scaling (text pages from disk)",
        "",
        "`iomkg.load` over a folder of generated text pages, each run in a fresh process. Peak "
        "MB is the loading process's peak RSS (interpreter, imports and reference data "
        "included); workers' peak is the largest worker process's; CPU per page counts the "
        "loading process and its workers (on a shared machine, steadier than the wall time); "
        "KB per article is what the loaded corpus adds to the RSS, divided by its articles.",
        "",
        "| pages | workers | total | pages/s | per page | CPU per page | peak MB | workers' peak MB | KB per article | articles |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in scaling:
        workers_peak = f"{row['worker_peak_mb']:.0f}" if row["workers"] > 1 else "-"
        cpu = f"{row['cpu_s'] / row['pages'] * 1000:.2f} ms" if "cpu_s" in row else "-"
        lines.append(
            f"| {row['pages']:,} | {row['workers']} | {row['seconds']:.1f} s | "
            f"{row['pages'] / row['seconds']:.0f} | {row['seconds'] / row['pages'] * 1000:.2f} ms | "
            f"{cpu} | {row['peak_mb']:.0f} | {workers_peak} | {row['kb_per_article']:.1f} | {row['articles']:,} |"
        )
    lines.append("")
    for w in sorted({row["workers"] for row in scaling}):
        rows = sorted((r for r in scaling if r["workers"] == w), key=lambda r: r["pages"])
        if len(rows) < 2:
            continue
        small, big = rows[0], rows[-1]
        ratio = (big["seconds"] / big["pages"]) / (small["seconds"] / small["pages"])
        verdict = "linear (within 25%)" if ratio <= 1.25 else "more than 25% over linear growth"
        lines.append(
            f"* workers={w}: {ratio:.2f}x the time per page at {big['pages']:,} pages as at "
            f"{small['pages']:,}: {verdict}; memory per article "
            f"{small['kb_per_article']:.1f} -> {big['kb_per_article']:.1f} KB."
        )
    lines.append("")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
