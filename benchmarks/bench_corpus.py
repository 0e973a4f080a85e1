"""Benchmark of a corpus of N generated (INVENTED) articles: build, memory, filter, between, funded_by, search.

    python benchmarks/bench_corpus.py                 # 100,000 articles
    python benchmarks/bench_corpus.py -n 10000        # fewer
    python benchmarks/bench_corpus.py -n 2000 --load --workers 2   # also iomkg.load over text dumps

The articles are records made up from a fixed random seed (place names and organizations come
from iomkg's gazetteer and registry), so the figures compare runs of the same work. Peak memory
is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import iomkg
from iomkg import (
    Article,
    DateSpan,
    Event,
    EventKind,
    Organization,
    Page,
    PageKind,
    Person,
    Programme,
    Span,
)

WORDS = (  # noqa: SIM905 - a sentence of words reads better than a list
    "migration labour training border visit officials partners workshop returnees support "
    "communities remittances youth employment health protection trafficking study cooperation "
    "government ministry regional national local survey data climate shelter counselling "
    "мигранты обучение граница визит партнеры семинар поддержка молодежь занятость"
).split()
PLACE_IDS = (
    "KG-GB",
    "KG-GO",
    "KG-O",
    "KG-C",
    "KG-N",
    "KG-T",
    "KG-Y",
    "KG-B",
    "KG-J",
    "KG",
    "TJ",
    "KZ",
)
FUNDERS = (
    "Swiss Agency for Development and Cooperation",
    "SDC",
    "Government of the United Kingdom",
    "European Union",
    "U.S. Department of State",
    "Government of Japan",
    "World Bank",
)


SYLLABLES = "ka li mo ra ne tu si por an el vi da go ru sa ke".split()  # noqa: SIM905


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """The domain words and ``size`` invented ones, with Zipf cumulative weights (as in real text)."""
    words = list(WORDS)
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    total, cum = 0.0, []
    for rank in range(len(words)):
        total += 1.0 / (rank + 1)
        cum.append(total)
    return words, cum


def generate(n: int, seed: int = 1) -> list[Page]:
    rng = random.Random(seed)
    vocab, cum = vocabulary(rng)
    gz = iomkg.gazetteer()
    places = [p for p in (gz.get(i) for i in PLACE_IDS) if p is not None]
    orgs = [Organization(name=name) for name in FUNDERS]
    orgs += [Organization(name=f"Invented Foundation {k}") for k in range(300)]
    programmes = [
        Programme(
            name=f"{rng.choice(('Regional ', 'Global ', ''))}Invented {rng.choice(WORDS[:20]).title()} Programme {k}",
            funders=(rng.choice(orgs[:7]),),
            implementers=(Organization(name="IOM", acronym="IOM"),),
            period=DateSpan.from_dates(
                dt.date(2010 + k % 12, 1, 1), dt.date(2012 + k % 12, 12, 31)
            ),
        )
        for k in range(400)
    ]
    people = [Person(name=f"Invented{k} Person{k % 997}") for k in range(5000)]
    kinds = list(EventKind)
    pages = []
    for k in range(n):
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000))
        paragraphs = tuple(
            " ".join(rng.choices(vocab, cum_weights=cum, k=60)) + "." for _ in range(4)
        )
        my_places = tuple(rng.sample(places, 2))
        prog = rng.choice(programmes)
        event = Event(
            kind=rng.choice(kinds),
            evidence=Span(start=0, end=10, text=paragraphs[0][:10]),
            when=DateSpan.from_dates(day - dt.timedelta(days=3), day - dt.timedelta(days=1)),
            places=my_places[:1],
            people=(rng.choice(people),),
            programme=prog,
        )
        art = Article(
            title=" ".join(rng.choices(vocab, cum_weights=cum, k=8)).capitalize(),
            url=f"https://example.invalid/news/{k}",
            language="en",
            published=day,
            paragraphs=paragraphs,
            places=my_places,
            programmes=(prog,),
            people=tuple(rng.sample(people, 2)),
            organizations=tuple(rng.sample(orgs, 2)),
            events=(event,),
        )
        pages.append(Page(kind=PageKind.ARTICLE, layout="generic", articles=(art,)))
    return pages


def timed(label: str, fn, rows: list[tuple[str, float, str]]):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn()
    rows.append(
        (label, time.perf_counter() - start, f"{len(out)} hits" if hasattr(out, "__len__") else "")
    )
    return out


def text_dump(page: Page) -> str:
    art = page.articles[0]
    lead = f"{art.places[0].name} – On {art.published:%d %B %Y}, " if art.published else ""
    return "\n\n".join([art.title or "", lead + art.paragraphs[0], *art.paragraphs[1:]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", type=int, default=100_000, help="number of articles (default 100000)")
    parser.add_argument(
        "--load", action="store_true", help="also time iomkg.load over N text dumps"
    )
    parser.add_argument("--workers", type=int, default=None, help="worker processes for --load")
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, str]] = []
    pages = timed("generate records", lambda: generate(args.n), rows)
    corpus = timed("Corpus.from_pages", lambda: iomkg.Corpus.from_pages(pages), rows)
    timed("merge (first .programmes)", lambda: corpus.programmes, rows)
    arts, events, progs = corpus.articles, corpus.events, corpus.programmes
    timed(
        "filter places__admin1_code='KG-O'", lambda: arts.filter(places__admin1_code="KG-O"), rows
    )
    timed(
        "filter Q(language) & published__year",
        lambda: arts.filter(iomkg.Q(language="en") & iomkg.Q(published__year__gte=2015)),
        rows,
    )
    timed("events.between(2016)", lambda: events.between("2016-01-01", "2016-12-31"), rows)
    timed("events.in_place('Osh Region')", lambda: events.in_place("Osh Region"), rows)
    timed("programmes.funded_by('SDC')", lambda: progs.funded_by("SDC"), rows)
    timed("articles.funded_by('SDC')", lambda: arts.funded_by("SDC"), rows)
    timed("search index build + first search", lambda: arts.search("border training"), rows)
    timed("search 'kalimo youth'", lambda: arts.search("kalimo youth"), rows)
    timed("search 'мигранты обучение'", lambda: arts.search("мигранты обучение"), rows)
    timed("filter + search", lambda: arts.filter(published__year=2016).search("trafficking"), rows)
    if args.load:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "pages.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for page in pages:
                    fh.write(
                        json.dumps({"url": page.articles[0].url, "text": text_dump(page)}) + "\n"
                    )
            loaded = timed(
                f"iomkg.load {args.n} text dumps (workers={args.workers})",
                lambda: iomkg.load(path, workers=args.workers).pages,
                rows,
            )
            assert len(loaded) == args.n
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"iomkg {iomkg.__version__}, Python {sys.version.split()[0]}, {args.n} articles")
    for label, seconds, note in rows:
        print(f"  {label:<45} {seconds * 1000:10.1f} ms  {note}")
    print(f"  {'peak memory (max RSS)':<45} {peak:10.1f} MiB")
    print(
        f"  records: {len(arts)} articles, {len(events)} events, {len(progs)} programmes, "
        f"{len(corpus.people)} people, {len(corpus.organizations)} organizations, {len(corpus.places)} places"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
