"""A corpus generator for the benchmarks: invented pages with known answers.

Every page is INVENTED: the chrome (menus, tail tags) comes from the bundled
sample's layouts (:func:`iomkg.sample_pages`), the title, dateline and body are
drawn from invented names, places, organizations and dates with a seeded random
generator, so the same seed gives the same corpus on any machine. Each page
carries its gold values: title, publication date (the dateline's date) and
every date span of every body paragraph.

The HTML form wraps the same page in the markup a news CMS writes (head
metadata, a navigation menu, inline script and style, an ``<article>``), padded
to the weight of a real page.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

import iomkg

# Invented people, organizations and events; real place names (the gazetteer's) only.
FIRST = [
    "Aizada",
    "Bakyt",
    "Cholpon",
    "Daniyar",
    "Elmira",
    "Farkhad",
    "Gulnara",
    "Ilyas",
    "Jyldyz",
    "Kanat",
    "Meerim",
    "Nurlan",
    "Peter",
    "Saltanat",
    "Tilek",
    "Zarina",
]
LAST = [
    "Inventova",
    "Tokonova",
    "Sulaimanov",
    "Madeupov",
    "Fictionbekov",
    "Samplova",
    "Testbaev",
    "Exampleva",
    "Placeholder",
    "Imaginov",
]
HONORIFICS = ["Mr.", "Ms.", "Dr.", "H.E."]
ROLES = [
    "Deputy Minister of Invented Affairs",
    "IOM Chief of Mission",
    "Ambassador of Invented Land",
    "head of the invented border post",
    "coordinator of the invented shelter",
]
ORGS = [
    "the Invented Development Fund",
    "the Ministry of Invented Affairs",
    "the Invented Migrants' Association",
    "the State Invented Service",
    "the Invented Foundation for Youth",
    "IOM",
]
PROGRAMMES = [
    "Safe Return Programme",
    "Invented Border Project",
    "Green Villages Initiative",
    "Decent Work for Invented Migrants Project",
]
EVENTS = [
    "a workshop on safe migration",
    "a training for border officials",
    "a roundtable on labour mobility",
    "a study visit to invented shelters",
    "an information campaign on invented risks",
    "a conference on remittances",
    "a handover ceremony of equipment",
]
CITIES = [
    "Bishkek",
    "Osh",
    "Karakol",
    "Naryn",
    "Talas",
    "Jalal-Abad",
    "Batken",
    "Tokmok",
    "Almaty",
    "Astana",
    "Dushanbe",
    "Tashkent",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "The participants discussed referral of vulnerable migrants to invented services.",
    "Some 450 returnees in the invented provinces received job counselling and small grants.",
    "The invented shelter has hosted 1200 people and 300 families since it opened.",
    "A hotline at +996 312 555 010 answers questions about invented work permits.",
    "USD 2500 was allocated to each of the 40 invented community initiatives.",
    "The partners agreed to meet again and to share the invented results widely.",
]
# Chrome of the modern sites (menus and tail tags) from the bundled sample's layouts.
_DRUPAL_SAMPLES = (
    "kyrgyzstan-menu-about-twice.txt",
    "kazakhstan-menu.txt",
    "tajikistan-menu.txt",
    "eca-menu.txt",
)


@dataclass(frozen=True)
class GoldParagraph:
    """One body paragraph and the (start, end) offsets of every date in it."""

    text: str
    dates: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GenPage:
    """One invented page in both forms, with its gold values."""

    name: str
    url: str
    text: str
    html: str
    title: str
    published: dt.date
    paragraphs: tuple[GoldParagraph, ...] = field(default=())


def _chrome() -> list[tuple[str, str, list[str]]]:
    """(menu before the title, tail after the body, menu lines) of each modern sample page."""
    out = []
    for name, url, text in iomkg.sample_pages():
        if name not in _DRUPAL_SAMPLES or url is None:
            continue
        page = iomkg.parse(text, url)
        title = page.articles[0].title or ""
        head, _, _rest = text.partition("\n" + title + "\n")
        tags = page.articles[0].tags
        tail = "\n".join(tags)
        out.append((head + "\n", tail, [ln for ln in head.splitlines() if 0 < len(ln) < 60]))
    if not out:  # pragma: no cover - the sample always has these pages
        raise RuntimeError("no modern-site page in the bundled sample")
    return out


class _Sentence:
    """Builds a paragraph piece by piece, recording the offsets of the dates in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.dates: list[tuple[int, int]] = []

    def add(self, text: str, *, date: bool = False) -> None:
        if date:
            self.dates.append((self.size, self.size + len(text)))
        self.parts.append(text)
        self.size += len(text)

    def paragraph(self) -> GoldParagraph:
        return GoldParagraph("".join(self.parts), tuple(self.dates))


def _date(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def _written(rng: random.Random, d: dt.date, *, with_year: bool = True) -> str:
    forms = (
        [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"]
        if with_year
        else [f"{d.day} {MONTHS[d.month - 1]}", f"{MONTHS[d.month - 1]} {d.day}"]
    )
    return rng.choice(forms)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(HONORIFICS)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def _body_paragraph(rng: random.Random, year: int) -> GoldParagraph:
    s = _Sentence()
    kind = rng.randrange(7)
    d = _date(rng, year)
    if kind == 0:
        s.add("On ")
        s.add(_written(rng, d), date=True)
        s.add(f", {rng.choice(ORGS)} held {rng.choice(EVENTS)} in {rng.choice(CITIES)}. ")
    elif kind == 1:
        end = min(d.day + rng.randint(1, 3), 28)
        s.add(f"{rng.choice(EVENTS).capitalize()} took place ")
        s.add(f"{d.day}-{end} {MONTHS[d.month - 1]} {d.year}", date=True)
        s.add(f" in {rng.choice(CITIES)} with {rng.randint(12, 90)} participants. ")
    elif kind == 2:
        end = min(d.day + rng.randint(1, 4), 28)
        s.add("The sessions ran from ")
        s.add(f"{d.day} to {end} {MONTHS[d.month - 1]} {d.year}", date=True)
        s.add(f" and were opened by {_person(rng)}, {rng.choice(ROLES)}. ")
    elif kind == 3:
        s.add(f"The {rng.choice(PROGRAMMES)}, funded by {rng.choice(ORGS)}, started in ")
        s.add(f"{MONTHS[d.month - 1]} {d.year}", date=True)
        s.add(" and runs until ")
        s.add(f"{MONTHS[rng.randrange(12)]} {d.year + rng.randint(1, 3)}", date=True)
        s.add(". ")
    elif kind == 4:
        s.add(f"“We are grateful for the support,” said {_person(rng)}, {rng.choice(ROLES)}, on ")
        s.add(_written(rng, d, with_year=False), date=True)
        s.add(". ")
    elif kind == 5:
        s.add("Since ")
        s.add(str(d.year - rng.randint(1, 6)), date=True)
        s.add(
            f", {rng.choice(ORGS)} has trained {rng.randint(100, 900)} officials in {rng.choice(CITIES)}. "
        )
    else:
        s.add(rng.choice(FILLER) + " ")
    # Running text without dates but with numbers that look like years.
    for _ in range(rng.randint(1, 3)):
        s.add(rng.choice(FILLER) + " ")
    s.parts[-1] = s.parts[-1].rstrip()
    s.size -= 1
    return s.paragraph()


def _dateline(rng: random.Random, city: str, published: dt.date) -> tuple[str, tuple[int, int]]:
    written = _written(rng, published)
    prefix = f"{city}, "
    return f"{prefix}{written} – ", (len(prefix), len(prefix) + len(written))


def _render_html(
    page_text_menu: list[str],
    url: str,
    title: str,
    published: dt.date,
    paragraphs: list[str],
    tags: str,
    rng: random.Random,
) -> str:
    esc = html.escape
    menu = "".join(f'<li><a href="/{i}">{esc(m)}</a></li>' for i, m in enumerate(page_text_menu))
    mega = "".join(
        f'<li class="menu-item"><a href="/section/{i}">Invented section {i}</a><ul>'
        + "".join(
            f'<li><a href="/section/{i}/{j}">Invented topic {i}.{j}</a></li>' for j in range(12)
        )
        + "</ul></li>"
        for i in range(25)
    )
    script = "var invented=" + "[" + ",".join(str(rng.randrange(10**6)) for _ in range(2500)) + "];"
    style = "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px}}" for i in range(600))
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    tag_html = "".join(f'<li><a href="/sdg">{esc(t)}</a></li>' for t in tags.splitlines() if t)
    shown = f"{published.day} {MONTHS[published.month - 1]} {published.year}"
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f"<title>{esc(title)} | International Organization for Migration</title>"
        f'<meta property="og:title" content="{esc(title)}">'
        f'<meta property="og:url" content="{esc(url)}"><link rel="canonical" href="{esc(url)}">'
        f'<meta property="article:published_time" content="{published.isoformat()}T10:00:00+06:00">'
        f"<style>{style}</style><script>{script}</script></head>"
        f'<body><a class="skip" href="#main">Skip to main content</a><header><nav><ul>{menu}</ul>'
        f'<ul class="mega">{mega}</ul></nav></header>'
        f'<main id="main"><article><h1 class="page-title">{esc(title)}</h1>'
        f'<div class="date"><time datetime="{published.isoformat()}">{shown}</time></div>'
        f'<div class="body">{body}</div><ul class="tags">{tag_html}</ul></article></main>'
        "<footer><p>Invented footer: contact us, privacy, terms of use.</p></footer>"
        "<script>window.dataLayer=window.dataLayer||[];</script></body></html>\n"
    )


def generate(
    n: int, *, seed: int = 7, paragraphs: tuple[int, int] = (15, 22), html_form: bool = True
) -> Iterator[GenPage]:
    """``n`` invented pages, the same for the same seed.

    ``paragraphs`` bounds the number of body paragraphs (the default gives pages
    of about 5 KB of text).
    """
    rng = random.Random(seed)
    chrome = _chrome()
    for i in range(n):
        head, tail, menu = chrome[i % len(chrome)]
        year = rng.randint(2012, 2025)
        published = _date(rng, year)
        city = rng.choice(CITIES)
        title = f"{rng.choice(EVENTS).capitalize()} for {rng.choice(['returning migrants', 'border officials', 'young people', 'invented communities'])} in {city} ({i})"
        dl, (ds, de) = _dateline(rng, city, published)
        lead = _body_paragraph(rng, year)
        first = GoldParagraph(
            dl + lead.text, ((ds, de), *((a + len(dl), b + len(dl)) for a, b in lead.dates))
        )
        body = [first] + [_body_paragraph(rng, year) for _ in range(rng.randint(*paragraphs) - 1)]
        texts = [p.text for p in body]
        site = head.splitlines()
        url = f"https://kyrgyzstan.iom.int/news/invented-{i}"
        text = head + title + "\n" + "\n".join(texts) + "\n" + tail + "\n"
        yield GenPage(
            name=f"invented-{i}",
            url=url,
            text=text,
            html=_render_html(menu or site, url, title, published, texts, tail, rng)
            if html_form
            else "",
            title=title,
            published=published,
            paragraphs=tuple(body),
        )
