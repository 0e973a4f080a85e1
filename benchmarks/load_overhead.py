"""What ``iomkg.load`` costs beyond parsing, and what a loaded page holds in memory.

    PYTHONPATH=src python benchmarks/load_overhead.py [-n 1000] [--workers 2] [--folder DIR]

Writes N INVENTED text pages (:mod:`corpus`, as ``benchmarks/run.py --scaling`` does) unless
``--folder`` names pages already written, then, each in a fresh process:

* the CPU time of ``iomkg.parse`` on every page, one by one, with the site profiles ``load``
  would learn (the parse cost), and of learning them;
* the CPU time of ``iomkg.load`` (the loading process and its workers), its wall time, its
  peak RSS and the RSS the corpus keeps;
* the bytes of the loaded pages: every object reachable from ``corpus.pages`` counted once
  (``sys.getsizeof``), by type, and the records equal to another one kept apart.

The per-page overhead of a load is its CPU time minus the parse CPU time, divided by the
pages: worker start-up, the trip of the pages back, sharing their values, the profile pass.
CPU time, not wall time: on a shared machine it counts (mostly) this work only.
"""

from __future__ import annotations

import argparse
import collections
import enum
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def parse_cost(folder: str) -> dict[str, Any]:
    """CPU seconds of parsing every page alone (with the profiles a load learns)."""
    import iomkg
    from iomkg._io.jsonl import parse_page
    from iomkg._io.load import learn_profiles

    iomkg.parse("Osh – On 4 March 2024, a training opened.")  # reference data loaded
    t = time.process_time()
    learned = learn_profiles(folder)
    learn = time.process_time() - t
    used = {host: p for host, p in learned.items() if p.lines} or None
    total, n = 0.0, 0
    for path in sorted(Path(folder).glob("*.txt")):
        raw = path.read_bytes()
        t = time.process_time()
        parse_page(raw, None, used)
        total += time.process_time() - t
        n += 1
    return {"pages": n, "parse_s": total, "learn_s": learn}


def load_cost(folder: str, workers: int) -> dict[str, Any]:
    """A load's CPU and wall time, its peak RSS, the RSS its corpus keeps, and its bytes."""
    import attrs

    import iomkg

    iomkg.parse("Osh – On 4 March 2024, a training opened.")
    gc.collect()
    before = _rss_mb()
    cpu, wall = _cpu(), time.perf_counter()
    corpus = iomkg.load(folder, workers=workers)
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gc.collect()
    held = _rss_mb() - before
    seen: set[int] = set()
    sizes: collections.Counter[str] = collections.Counter()
    firsts: dict[type, dict[Any, None]] = collections.defaultdict(dict)
    equal: collections.Counter[str] = collections.Counter()
    stack: list[Any] = [corpus.pages]
    while stack:
        obj = stack.pop()
        if obj is None or isinstance(obj, (bool, enum.Enum)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        name = type(obj).__name__
        sizes[name] += sys.getsizeof(obj)
        if attrs.has(type(obj)):
            if name not in ("Page", "Article"):
                if obj in firsts[type(obj)]:
                    equal[name] += sys.getsizeof(obj)
                else:
                    firsts[type(obj)][obj] = None
            stack.extend(getattr(obj, a.name) for a in attrs.fields(type(obj)))
        elif isinstance(obj, tuple | list):
            stack.extend(obj)
    return {
        "pages": len(corpus.pages),
        "cpu_s": cpu,
        "wall_s": wall,
        "peak_mb": peak,
        "held_mb": held,
        "bytes": dict(sizes),
        "equal_bytes": dict(equal),
    }


def _run(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", type=int, default=1000, help="pages to write (default 1000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--folder", help="pages already written (*.txt)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, folder, workers = args.child
        result = parse_cost(folder) if what == "parse" else load_cost(folder, int(workers))
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder
        if folder is None:
            import corpus

            folder = tmp
            for i, g in enumerate(corpus.generate(args.n, seed=1000, html_form=False)):
                (Path(tmp) / f"{i:06d}.txt").write_text(g.text, encoding="utf-8")
        parsed = _run("--child", "parse", folder, "0")
        loaded = _run("--child", "load", folder, str(args.workers))
    n = loaded["pages"]
    per = 1000 / n
    print(f"{n} pages, workers={args.workers}")
    print(f"  parse alone     {parsed['parse_s'] * per:7.3f} ms CPU a page")
    print(f"  profile pass    {parsed['learn_s'] * per:7.3f} ms CPU a page (alone)")
    print(
        f"  load            {loaded['cpu_s'] * per:7.3f} ms CPU a page, "
        f"{loaded['wall_s'] * per:.3f} ms wall"
    )
    print(f"  overhead        {(loaded['cpu_s'] - parsed['parse_s']) * per:7.3f} ms CPU a page")
    print(
        f"  peak RSS        {loaded['peak_mb']:7.1f} MB; the corpus keeps {loaded['held_mb']:.1f} MB"
    )
    total = sum(loaded["bytes"].values())
    print(
        f"  bytes a page    {total / n:7.0f} (every object once; RSS {loaded['held_mb'] * 1048576 / n:.0f})"
    )
    for name, size in sorted(loaded["bytes"].items(), key=lambda kv: -kv[1])[:8]:
        print(f"    {name:<14} {size / n:7.0f}")
    equal = sum(loaded["equal_bytes"].values())
    print(f"  records equal to another one: {equal / n:.0f} bytes a page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
