"""What learning site profiles costs ``iomkg.load``: the same pages loaded with and without.

N INVENTED text dumps of a few invented hosts (a site banner, a sidebar box and a footer
on every page of a host, each page's own title and lead) are written as one JSON Lines
file and as a folder of ``.txt`` files with ``URL:`` lines; each is loaded with
``profiles=False`` (every page parsed alone) and with the default (a first pass learns
one profile per host from its first 500 pages, then every page is parsed with it).
Prints the CPU time (worker processes included) and wall time of each and how many first paragraphs are the page's own::

    PYTHONPATH=src python benchmarks/profile_load.py [-n 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import iomkg

PLACES = ("Osh", "Naryn", "Talas", "Batken", "Karakol", "Jalal-Abad", "Tokmok", "Balykchy")
THINGS = ("water point", "job fair", "reading room", "clinic", "training", "youth centre")


def page(host: int, n: int) -> tuple[str, str, str]:
    """An invented page of invented host ``host``: its URL, its text, and its own lead."""
    place = PLACES[n % len(PLACES)]
    thing = THINGS[(n // len(PLACES)) % len(THINGS)]
    url = f"https://news.invented-agency-{host}.example/stories/{n}"
    lead = f"{place} – On {n % 28 + 1} May 2024, invented {thing} number {n} opened for migrants."
    text = (
        f"Invented Agency {host} for Mobility\nHome · About · News · Contact\n\n"
        f"The agency at a glance\n\nThe Invented Agency {host} has worked in the valley "
        "since 2001.\n\n  • 9 invented projects\n  • 20 invented staff\n\n"
        f"Invented {thing} number {n} opens in {place}\n\n{lead}\n\n"
        f"Invented residents of {place} will use the {thing} every day, the organisers said.\n\n"
        "Share this story\n© 2024 Invented Agency\n"
    )
    return url, text, lead


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(label: str, run: object) -> iomkg.Corpus:
    cpu, wall = _cpu(), time.perf_counter()
    corpus = run()  # type: ignore[operator]
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    print(f"  {label:<42} cpu {cpu:7.2f} s   wall {wall:7.2f} s")
    return corpus


def own_leads(corpus: iomkg.Corpus, leads: list[str]) -> str:
    got = [
        p.articles[0].paragraphs[0] if p.articles and p.articles[0].paragraphs else ""
        for p in corpus.pages
    ]
    return f"{sum(g == w for g, w in zip(got, leads, strict=True))}/{len(leads)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", type=int, default=2000, help="number of pages (default 2000)")
    parser.add_argument("--hosts", type=int, default=4, help="number of hosts (default 4)")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    pages = [page(i % args.hosts, i) for i in range(args.n)]
    leads = [lead for _, _, lead in pages]
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "pages.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for url, text, _ in pages:
                out.write(json.dumps({"url": url, "text": text}) + "\n")
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for i, (url, text, _) in enumerate(pages):
            (folder / f"{i:06d}.txt").write_text(f"URL: {url}\n{text}", encoding="utf-8")
        print(
            f"iomkg {iomkg.__version__}: {args.n} pages of {args.hosts} hosts, workers={args.workers}"
        )
        for name, source in (("JSON Lines", jsonl), ("folder of .txt", folder)):
            alone = timed(
                f"{name}, profiles=False",
                lambda s=source: iomkg.load(s, profiles=False, workers=args.workers),
            )
            learned = timed(
                f"{name}, profiles learned", lambda s=source: iomkg.load(s, workers=args.workers)
            )
            print(
                f"    own first paragraphs: alone {own_leads(alone, leads)}, "
                f"with profiles {own_leads(learned, leads)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
