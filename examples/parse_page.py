"""Parse one page and print what iomkg read from it.

Usage: ``python examples/parse_page.py [PATH [URL]]``. Without a path it parses the
first page of the bundled sample (invented pages that ship with iomkg).
"""

from __future__ import annotations

import sys
from pathlib import Path

import iomkg


def describe(page: iomkg.Page) -> list[str]:
    """One line per fact: the page, then each article's title, dateline and records."""
    lines = [
        f"page: layout={page.layout} kind={page.kind} language={page.language} site={page.site}"
    ]
    for article in page.articles:
        lines.append(f"title: {article.title}")
        if article.dateline is not None:
            places = ", ".join(p.name for p in article.dateline.places)
            when = article.dateline.date.edtf if article.dateline.date else None
            lines.append(f"dateline: {article.dateline.text!r} places=[{places}] date={when}")
        lines.append(f"published: {article.published}")
        lines.append(f"paragraphs: {len(article.paragraphs)}")
        for event in article.events:
            when = event.when.edtf if event.when else None
            places = ", ".join(p.name for p in event.places)
            lines.append(f"event: {event.kind} {when} in [{places}]")
        for programme in article.programmes:
            funders = ", ".join(o.name for o in programme.funders)
            lines.append(f"programme: {programme.name} funded by [{funders}]")
        for person in article.people:
            lines.append(f"person: {person.name} {list(person.roles)}")
        for mention in iomkg.find_dates(article.text):
            lines.append(f"date: {mention.span.text!r} -> {mention.when.edtf}")
        for place in article.places:
            lines.append(f"place: {place.name} ({place.kind}, {place.id})")
        for org in article.organizations:
            lines.append(f"organization: {org.name}" + (f" ({org.acronym})" if org.acronym else ""))
    lines.extend(f"warning: {w}" for w in page.warnings)
    return lines


def main(argv: list[str]) -> int:
    """Parse the page named on the command line, or the first sample page."""
    if argv:
        source: str | bytes = Path(argv[0]).read_bytes()
        url = argv[1] if len(argv) > 1 else None
    else:
        _name, url, source = iomkg.sample_pages()[0]
    print("\n".join(describe(iomkg.parse(source, url))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
