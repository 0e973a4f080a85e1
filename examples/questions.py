"""Answer common questions over the bundled sample: where, who, and when.

Usage: ``python examples/questions.py``. Parses every sample page (invented pages
that ship with iomkg) and prints how many articles name a place in each country
(with the gazetteer's hierarchy: a town counts for its country), the organizations
named most often, and the dated articles in order.
"""

from __future__ import annotations

from collections import Counter

import iomkg


def main() -> int:
    """Parse the sample and print the three answers."""
    articles = [
        article
        for _name, url, text in iomkg.sample_pages()
        for article in iomkg.parse(text, url).articles
    ]
    places = iomkg.gazetteer()

    countries: Counter[str] = Counter()
    for article in articles:
        found: set[str] = set()
        for place in iomkg.find_places(article.text):
            chain = (place, *places.ancestors(place))
            found.update(p.name for p in chain if p.kind is iomkg.PlaceKind.COUNTRY)
        countries.update(found)
    print("articles by country:")
    for name, count in sorted(countries.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {name}: {count}")

    orgs = Counter(o.name for a in articles for o in iomkg.find_organizations(a.text))
    print("organizations named in most articles:")
    for name, count in sorted(orgs.items(), key=lambda item: (-item[1], item[0]))[:3]:
        print(f"  {name}: {count}")

    print("timeline:")
    for published, title in sorted((a.published, a.title or "") for a in articles if a.published):
        print(f"  {published.isoformat()}  {title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
