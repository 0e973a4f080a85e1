#!/usr/bin/env python3
"""Score iomkg's parse of the invented dev set (benchmarks/devset) against its gold file.

A copy of ``../shared/tools/score_seeds.py`` (issue 16) that takes the gold file and the folder of
pages as options; the figures, bars and matching rules are the seed scorer's, unchanged. Run it
with the Python environment in which iomkg is installed, from anywhere:

    python benchmarks/score_devset.py                 # summary
    python benchmarks/score_devset.py -v              # every miss, one line each
    python benchmarks/score_devset.py --gold ../shared/gold/seeds.json --pages ../shared/seeds

To score a working copy rather than the installed iomkg, put its ``src`` first on PYTHONPATH.

It reads only the public API described in ../DESIGN.md (iomkg.parse and the
attributes of Page, Article, Event, Programme, Person, Organization, Place,
DateSpan, Quote and Teaser). The last line is the overall figure; the exit
status is 0 when every figure meets its bar, 1 when one falls short, 2 when
iomkg cannot be imported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "devset"
DEFAULT_GOLD = DEVSET / "gold.json"
DEFAULT_PAGES = DEVSET / "pages"

# the figures that describe a page's structure (the rest measure extraction)
STRUCTURAL = (
    "page kind",
    "page language",
    "listing category",
    "article count",
    "titles",
    "paragraph counts",
    "first paragraphs",
    "dateline places",
    "published dates",
    "teasers",
)

# figure -> bar it must reach
BARS = {
    "page kind": 1.0,
    "page language": 1.0,
    "listing category": 1.0,
    "article count": 1.0,
    "titles": 1.0,
    "paragraph counts": 1.0,
    "first paragraphs": 1.0,
    "dateline places": 1.0,
    "published dates": 1.0,
    "teasers": 1.0,
    "events F1": 0.9,
    "event places": 0.9,
    "event kinds": 0.8,
    "programmes recall": 0.9,
    "programme precision": 0.8,
    "programme funders": 0.9,
    "programme implementers": 0.9,
    "people recall": 0.9,
    "people precision": 0.8,
    "people roles": 0.9,
    "quote speakers": 0.9,
    "organizations": 0.9,
    "places": 0.9,
}

misses: list[str] = []


def norm(s: object) -> str:
    s = unicodedata.normalize("NFKC", str(s))
    s = (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def prog_norm(s: object) -> str:
    s = norm(s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\bprogram\b", "programme", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def value(x: object) -> str:
    v = getattr(x, "value", x)
    return norm(v)


def names_of(x: object) -> set[str]:
    """Every spelling an entity answers to: name, acronym, aliases."""
    if x is None:
        return set()
    if isinstance(x, str):
        return {norm(x)}
    out = set()
    for attr in ("name", "acronym", "canonical_name", "short_name"):
        v = getattr(x, attr, None)
        if isinstance(v, str) and v:
            out.add(norm(v))
    for attr in ("aliases", "alternate_names"):
        for v in getattr(x, attr, None) or ():
            if isinstance(v, str):
                out.add(norm(v))
    return out


def matches_any(entity: object, spellings: list[str] | str) -> bool:
    if isinstance(spellings, str):
        spellings = [spellings]
    return bool(names_of(entity) & {norm(s) for s in spellings})


def ratio(hit: int, total: int) -> float:
    return 1.0 if total == 0 else hit / total


class Tally:
    def __init__(self) -> None:
        self.hit: dict[str, int] = {}
        self.total: dict[str, int] = {}

    def add(self, figure: str, ok: bool, what: str = "") -> None:
        self.total[figure] = self.total.get(figure, 0) + 1
        self.hit[figure] = self.hit.get(figure, 0) + int(bool(ok))
        if not ok:
            misses.append(f"{figure}: {what}")

    def figure(self, name: str) -> float:
        return ratio(self.hit.get(name, 0), self.total.get(name, 0))


def date_key(d: object) -> str | None:
    if d is None:
        return None
    if isinstance(d, (dt.date, dt.datetime)):
        return d.isoformat()[:10]
    return str(d)


def event_dates(ev: object) -> tuple[str | None, str | None, str]:
    when = getattr(ev, "when", None)
    if when is None:
        return None, None, ""
    edtf = getattr(when, "edtf", "")
    if callable(edtf):
        edtf = edtf()
    return (
        date_key(getattr(when, "start", None)),
        date_key(getattr(when, "end", None)),
        str(edtf or ""),
    )


def gold_event_matches(gold: dict, ev: object) -> bool:
    start, end, edtf = event_dates(ev)
    gs, ge = gold["start"], gold["end"]
    if gs.startswith("--"):  # year unknown: no year may be invented
        return start is None and edtf.startswith("XXXX-" + gs[2:])
    return (start, end) == (gs, ge)


def load_gold(path: Path = DEFAULT_GOLD) -> dict[str, Any]:
    """The gold file (the schema of ../shared/gold/seeds.json)."""
    gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def score(gold_data: dict[str, Any] | None = None, pages: Path = DEFAULT_PAGES) -> dict[str, float]:
    """Every figure, by name; the misses are appended to ``misses``."""
    import iomkg

    if gold_data is None:
        gold_data = load_gold()
    del misses[:]
    t = Tally()
    ev_tp = ev_fp = ev_fn = 0
    prog_found = prog_total = 0
    people_found = people_total = 0
    for page_gold in gold_data["pages"]:
        name = page_gold["file"]
        text = (pages / name).read_text(encoding="utf-8")
        page = iomkg.parse(text, url=page_gold["url"])
        t.add("page kind", value(page.kind) == page_gold["kind"], f"{name}: {value(page.kind)!r}")
        t.add(
            "page language",
            value(page.language) == page_gold["language"],
            f"{name}: {page.language!r}",
        )
        if "category" in page_gold:
            t.add(
                "listing category",
                norm(getattr(page, "category", "")) == norm(page_gold["category"]),
                f"{name}: {getattr(page, 'category', None)!r}",
            )
        arts = list(page.articles)
        t.add(
            "article count",
            len(arts) == len(page_gold["articles"]),
            f"{name}: {len(arts)} articles",
        )
        teasers = list(getattr(page, "teasers", ()))
        want_teasers = page_gold["teasers"]
        t.add(
            "teasers",
            [norm(x.title) for x in teasers] == [norm(x["title"]) for x in want_teasers]
            and all(
                value(x.language) == w["language"]
                for x, w in zip(teasers, want_teasers, strict=False)
            ),
            f"{name}: {[getattr(x, 'title', x) for x in teasers]!r}",
        )
        for i, gold in enumerate(page_gold["articles"]):
            where = f"{name}#{i}"
            art = arts[i] if i < len(arts) else None
            if art is None:
                t.add("titles", False, f"{where}: article missing")
                continue
            want_title = gold["title"]
            t.add(
                "titles",
                (art.title is None and want_title is None)
                or (
                    art.title is not None
                    and want_title is not None
                    and norm(art.title) == norm(want_title)
                ),
                f"{where}: {art.title!r}",
            )
            paras = list(art.paragraphs)
            t.add(
                "paragraph counts",
                len(paras) == gold["paragraph_count"],
                f"{where}: {len(paras)} paragraphs",
            )
            t.add(
                "first paragraphs",
                bool(paras) and norm(paras[0]).startswith(norm(gold["first_paragraph_starts"])),
                f"{where}: {paras[0][:60] if paras else None!r}",
            )
            dl = getattr(art, "dateline", None)
            got_places = [
                n
                for p in (getattr(dl, "places", ()) if dl else ())
                for n in [getattr(p, "name", p)]
            ]
            t.add(
                "dateline places",
                [norm(p) for p in got_places] == [norm(p) for p in gold["dateline_places"]],
                f"{where}: {got_places!r}",
            )
            t.add(
                "published dates",
                date_key(art.published) == gold["published"],
                f"{where}: {art.published!r}",
            )

            # events
            events = list(art.events)
            optional = gold.get("optional_events", [])
            used: set[int] = set()
            for g in gold["events"]:
                j = next(
                    (
                        j
                        for j, ev in enumerate(events)
                        if j not in used and gold_event_matches(g, ev)
                    ),
                    None,
                )
                if j is None:
                    ev_fn += 1
                    misses.append(
                        f"events: {where}: missing {g['start']}..{g['end']} {g['kind'][0]}"
                    )
                    continue
                used.add(j)
                ev_tp += 1
                t.add(
                    "event kinds",
                    value(getattr(events[j], "kind", "")) in g["kind"],
                    f"{where}: {g['start']} kind {value(getattr(events[j], 'kind', ''))!r} not in {g['kind']}",
                )
                got = {n for p in events[j].places for n in names_of(p)}
                for place in g["places"]:
                    t.add(
                        "event places", norm(place) in got, f"{where}: {place} not in {sorted(got)}"
                    )
            for j, ev in enumerate(events):
                if j in used:
                    continue
                if any(gold_event_matches(o, ev) for o in optional):
                    continue
                ev_fp += 1
                misses.append(
                    f"events: {where}: unexpected {event_dates(ev)[:2]} {value(getattr(ev, 'kind', ''))}"
                )

            # programmes
            progs = list(art.programmes)
            matched: set[int] = set()
            for g in gold["programmes"]:
                wanted = {prog_norm(g["name"])} | {prog_norm(a) for a in g["aliases"]}
                j = next(
                    (
                        j
                        for j, p in enumerate(progs)
                        if {prog_norm(n) for n in names_of(p)} & wanted
                    ),
                    None,
                )
                prog_total += 1
                if j is None:
                    misses.append(f"programmes recall: {where}: missing {g['name']!r}")
                    continue
                prog_found += 1
                matched.add(j)
                for spellings in g.get("funders", []):
                    t.add(
                        "programme funders",
                        any(matches_any(f, spellings) for f in progs[j].funders),
                        f"{where}: {g['name'][:40]!r} funder {spellings[0]!r}",
                    )
                for spellings in g.get("implementers", []):
                    t.add(
                        "programme implementers",
                        any(
                            matches_any(f, spellings) for f in getattr(progs[j], "implementers", ())
                        ),
                        f"{where}: {g['name'][:40]!r} implementer {spellings[0]!r}",
                    )
            if "programme_count_exact" in gold:
                t.add(
                    "programme precision",
                    len(progs) == gold["programme_count_exact"],
                    f"{where}: {[p.name for p in progs]!r}",
                )
            elif gold["programmes"] or progs:
                extra = [p.name for j, p in enumerate(progs) if j not in matched]
                t.add(
                    "programme precision",
                    len(extra) <= max(1, len(gold["programmes"]) // 2),
                    f"{where}: unexpected {extra!r}",
                )

            # people
            people = list(art.people)
            for g in gold["people"]:
                people_total += 1
                p = next((p for p in people if norm(p.name) == norm(g["name"])), None)
                if p is None:
                    misses.append(f"people recall: {where}: missing {g['name']!r}")
                    continue
                people_found += 1
                if g["role_contains"]:
                    roles = list(
                        getattr(p, "roles", ()) or ([p.role] if getattr(p, "role", None) else [])
                    )
                    t.add(
                        "people roles",
                        any(norm(g["role_contains"]) in norm(r) for r in roles),
                        f"{where}: {g['name']} roles {roles!r}",
                    )
            wanted_people = {norm(g["name"]) for g in gold["people"]}
            for p in people:
                t.add(
                    "people precision",
                    norm(p.name) in wanted_people,
                    f"{where}: unexpected person {p.name!r}",
                )
            for speaker in gold.get("quote_speakers", []):
                got = [
                    getattr(q.speaker, "name", q.speaker)
                    for q in getattr(art, "quotes", ())
                    if q.speaker
                ]
                t.add(
                    "quote speakers",
                    norm(speaker) in {norm(s) for s in got},
                    f"{where}: {speaker} not in {got!r}",
                )
            for spellings in gold["organizations_at_least"]:
                t.add(
                    "organizations",
                    any(matches_any(o, spellings) for o in art.organizations),
                    f"{where}: {spellings[0]!r}",
                )
            for place in gold["places_at_least"]:
                t.add(
                    "places", any(matches_any(p, place) for p in art.places), f"{where}: {place!r}"
                )

    figures = {name: t.figure(name) for name in BARS if name in t.total}
    precision = ratio(ev_tp, ev_tp + ev_fp)
    recall = ratio(ev_tp, ev_tp + ev_fn)
    figures["events F1"] = (
        0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    )
    figures["programmes recall"] = ratio(prog_found, prog_total)
    figures["people recall"] = ratio(people_found, people_total)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss, one line each"
    )
    parser.add_argument(
        "--gold", type=Path, default=DEFAULT_GOLD, help="gold file (default: %(default)s)"
    )
    parser.add_argument(
        "--pages", type=Path, default=DEFAULT_PAGES, help="folder of pages (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    figures = score(load_gold(args.gold), args.pages)
    short = 0
    width = max(map(len, figures))
    for name, bar in BARS.items():
        if name not in figures:
            continue
        got = figures[name]
        flag = "ok " if got >= bar else "LOW"
        short += got < bar
        print(f"{flag} {name:<{width}}  {got:6.3f}  (bar {bar:.2f})")
    if args.verbose and misses:
        print("\nmisses:")
        for m in misses:
            print("  " + m)
    mean = sum(figures.values()) / len(figures)
    print(f"devset: {len(figures) - short}/{len(figures)} figures meet their bar; mean {mean:.3f}")
    return 1 if short else 0


if __name__ == "__main__":
    try:
        import iomkg  # noqa: F401 - fail early and plainly when it cannot be imported
    except Exception as exc:
        print(f"devset: iomkg cannot be imported: {exc}")
        sys.exit(2)
    sys.exit(main())
