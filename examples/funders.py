"""Which programmes did each funder fund, and which events belong to them?

Usage: ``python examples/funders.py [FOLDER_OR_FILE...]``. Loads the pages named
(text dumps, HTML or JSON Lines; folders recursively) or, without arguments, the
bundled sample (invented pages that ship with iomkg); prints every funder with its
programmes and their events, and writes ``programmes.csv`` (with an HXL hashtag
row) in the current folder.
"""

from __future__ import annotations

import sys

import iomkg


def main(argv: list[str]) -> int:
    """Print programmes by funder and write programmes.csv."""
    if argv:
        corpus = iomkg.load(argv)
        for failure in corpus.errors:
            print(f"skipped {failure.path}: {failure.reason}", file=sys.stderr)
    else:
        pages = [iomkg.parse(text, url) for _name, url, text in iomkg.sample_pages()]
        corpus = iomkg.Corpus.from_pages(pages)
    print(corpus)
    by_funder = corpus.programmes.group_by("funders__name")
    for funder, programmes in by_funder.items():
        print(f"{funder}:")
        for programme in programmes:
            print(f"  {programme.name} ({len(programme.articles)} articles)")
            events = corpus.events.filter(programme__name=programme.name)
            for event in events:
                where = ", ".join(p.name for p in event.record.places)
                print(f"    {event.label} in {where or 'an unknown place'}")
    corpus.programmes.to_csv("programmes.csv", hxl=True)
    print(f"wrote programmes.csv ({len(corpus.programmes)} programmes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
