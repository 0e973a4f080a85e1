"""The bundled sample: invented pages, one per layout and opening of the sites iomkg reads.

Every page was written by the iomkg developers in the exact text-dump format of
the site it stands for; the people, events, organizations and figures in them
are invented. ``index.json`` beside the pages lists each file with its address
and what it shows.

>>> pages = sample_pages()
>>> name, url, text = pages[0]
>>> name, url.startswith("https://kyrgyzstan.iom.int/")
('kyrgyzstan-menu-about-twice.txt', True)
"""

from __future__ import annotations

import functools
import json

__all__ = ["SAMPLE_NOTE", "sample_pages"]

#: What the sample is, as its index says.
SAMPLE_NOTE = "invented pages written by the iomkg developers; no real person or event"


@functools.cache
def sample_pages() -> tuple[tuple[str, str | None, str], ...]:
    """The bundled invented pages as ``(file name, url or None, text)``, in index order.

    >>> import iomkg
    >>> [iomkg.parse(text, url).layout for name, url, text in iomkg.sample_pages()][:3]
    ['iom-drupal', 'iom-drupal', 'iom-drupal']
    """
    # importlib.resources (tempfile, shutil, random behind it) is imported here, on
    # first use, so that ``import iomkg`` does not pay for it.
    from importlib import resources

    root = resources.files(__name__)
    index = json.loads(root.joinpath("index.json").read_text(encoding="utf-8"))
    return tuple(
        (
            str(entry["file"]),
            entry.get("url"),
            root.joinpath("pages").joinpath(entry["file"]).read_text(encoding="utf-8"),
        )
        for entry in index["pages"]
    )
