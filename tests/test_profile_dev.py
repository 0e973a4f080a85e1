"""Site profiles on the dev set's real-page replicas (../shared/dev): they never make a page worse.

The dev pages of each host are parsed alone and with the profile learned from all the dev
pages of their host (what ``iomkg.load`` does for a folder of them); over the labels, the
titles and first paragraphs found with profiles are at least those found without. Nothing
of ../shared is copied here; the test skips, saying why, when it is absent.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

import iomkg

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"


def _norm(text: object) -> str:
    """The scorer's normalisation: NFKC, quotes and dashes folded, spaces collapsed, case folded."""
    s = unicodedata.normalize("NFKC", str(text or ""))
    s = s.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"', 0xA0: " "})
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


pytestmark = [
    # ../shared/dev/expand.py reads its files without closing them; not ours to change.
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(scope="module")
def dev_pages() -> list[tuple[str, str, dict[str, Any]]]:
    if not (DEV / "specs.txt").is_file():
        pytest.skip(
            f"the dev set is not here: {DEV} does not exist (../shared is beside the clone)"
        )
    spec = importlib.util.spec_from_file_location("dev_expand", DEV / "expand.py")
    assert spec is not None
    assert spec.loader is not None
    expand = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(expand)
    records, _ = expand.expand(str(DEV / "specs.txt"), str(DEV / "gold.jsonl"))
    gc.collect()  # close the files expand.py left open while the filters above still apply
    lines = (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    return [(r["text"], gold[r["gold_index"]]["url"], gold[r["gold_index"]]) for r in records]


def _hits(page: iomkg.Page, label: dict[str, Any]) -> tuple[int, int]:
    if label["kind"] == "listing" or not page.articles:
        return 0, 0
    article = page.articles[0]
    title = (
        _norm(article.title) == _norm(label["title"]) if label["title"] else article.title is None
    )
    first = _norm(article.paragraphs[0]) if article.paragraphs else ""
    return int(title), int(first.startswith(_norm(label["first_paragraph_starts"])))


def test_profiles_never_make_the_dev_set_worse(
    dev_pages: list[tuple[str, str, dict[str, Any]]],
) -> None:
    by_host: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for text, url, _ in dev_pages:
        by_host[iomkg.parse("x", url).site or ""].append((text, url))
    profiles = {host: iomkg.learn_profile(pages) for host, pages in by_host.items() if host}
    alone = [0, 0]
    together = [0, 0]
    worse: list[str] = []
    for text, url, label in dev_pages:
        profile = profiles.get(iomkg.parse("x", url).site or "")
        a = _hits(iomkg.parse(text, url), label)
        b = _hits(iomkg.parse(text, url, profile=profile), label)
        alone = [alone[0] + a[0], alone[1] + a[1]]
        together = [together[0] + b[0], together[1] + b[1]]
        if b < a:
            worse.append(url)
    assert worse == []
    assert together[0] >= alone[0]
    assert together[1] >= alone[1]
    # Some host of the dev set repeats a box of three lines or more across its pages.
    assert any(len(b.lines) >= 3 for p in profiles.values() for b in p.blocks)
