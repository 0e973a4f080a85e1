"""Site profiles on the dev set: each page parsed alone, then with the profile of its host.

The dev set (``../shared/dev``, format replicas of real pages) is scored twice by
``../shared/tools/score_dev.py``: as it is (each page parsed alone), then with
``iomkg.parse`` given the :class:`iomkg.SiteProfile` that :func:`iomkg.learn_profile`
learns from all the dev pages of the page's host (what ``iomkg.load`` does for a
folder of them). Prints both tables and the profiles learned::

    PYTHONPATH=src python benchmarks/profile_dev.py [-v]
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import iomkg

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
if not (SHARED / "dev").is_dir():
    SHARED = Path("/work/shared")


def load_module(path: Path, name: str) -> Any:
    """The Python file at ``path`` (a tool of ``../shared``) as a module named ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    if not (SHARED / "dev").is_dir():
        print("profile_dev: ../shared/dev is absent; nothing to measure")
        return 0
    expand = load_module(SHARED / "dev" / "expand.py", "dev_expand")
    scorer = load_module(SHARED / "tools" / "score_dev.py", "score_dev")
    records, _ = expand.expand(
        str(SHARED / "dev" / "specs.txt"), str(SHARED / "dev" / "gold.jsonl")
    )
    gold = [json.loads(line) for line in (SHARED / "dev" / "gold.jsonl").open(encoding="utf-8")]
    by_host: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record in records:
        url = gold[record["gold_index"]].get("url")
        host = iomkg.parse("x", url=url).site if url else None
        if host:
            by_host[host].append((record["text"], url))
    profiles = {host: iomkg.learn_profile(pages) for host, pages in by_host.items()}

    def score() -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            scorer.main()
        return out.getvalue()

    alone = score()
    parse = iomkg.parse

    def with_profile(source: Any, url: str | None = None, **kwargs: Any) -> iomkg.Page:
        host = parse("x", url=url).site if url else None
        return parse(source, url, profile=profiles.get(host) if host else None, **kwargs)

    iomkg.parse = with_profile  # type: ignore[assignment]
    try:
        together = score()
    finally:
        iomkg.parse = parse  # type: ignore[assignment]
    print("== each page parsed alone")
    print(alone)
    print(
        "== each page parsed with the profile of its host (learned from the dev pages of the host)"
    )
    print(together)
    for host, profile in sorted(profiles.items()):
        if profile.lines:
            print(
                f"{host}: {profile.pages} pages, {len(profile.lines)} chrome lines, "
                f"{len(profile.blocks)} blocks"
            )
            if "-v" in sys.argv:
                for block in profile.blocks:
                    print(f"  [{block.pages}] " + " / ".join(line[:30] for line in block.lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
