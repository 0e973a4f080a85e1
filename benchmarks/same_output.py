"""Snapshot iomkg's JSON output on every page we have, to prove a refactor changes nothing.

    python benchmarks/same_output.py snapshot OUT.jsonl   # write one JSON line per page
    python benchmarks/same_output.py compare A.jsonl B.jsonl

The pages: the bundled sample, the invented fixtures under ``tests/fixtures``, and, when
``../shared`` is beside the project, the seeds, the dev replicas (expanded in memory) and the
benchmark HTML pages. Nothing from ``../shared`` is written into the project.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import iomkg

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _pages() -> Iterator[tuple[str, str | None, str | bytes]]:
    for name, url, text in iomkg.sample_pages():
        yield f"sample:{name}", url, text
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*")):
        if path.suffix in {".txt", ".html"} and path.name != "README.txt":
            yield f"fixture:{path.relative_to(ROOT)}", None, path.read_bytes()
    if not SHARED.is_dir():
        return
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        yield f"seed:{path.name}", None, path.read_bytes()
    spec = importlib.util.spec_from_file_location("dev_expand", SHARED / "dev" / "expand.py")
    if spec is not None and spec.loader is not None:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        records, _ = module.expand(
            str(SHARED / "dev" / "specs.txt"), str(SHARED / "dev" / "gold.jsonl")
        )
        for i, rec in enumerate(records):
            yield f"dev:{i}", rec.get("url"), rec["text"]
    for path in sorted((SHARED / "bench" / "aeb-dev").rglob("*.html.gz")):
        yield f"aeb:{path.name}", None, gzip.decompress(path.read_bytes())


def snapshot(out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for key, url, source in _pages():
            try:
                body = iomkg.dumps(iomkg.parse(source, url))
            except iomkg.IomkgError as exc:
                body = f"error: {type(exc).__name__}: {exc}"
            fh.write(json.dumps({"page": key, "json": body}, ensure_ascii=False) + "\n")
            n += 1
    return n


def compare(a: Path, b: Path) -> int:
    left = {
        json.loads(x)["page"]: json.loads(x)["json"]
        for x in a.read_text(encoding="utf-8").splitlines()
    }
    right = {
        json.loads(x)["page"]: json.loads(x)["json"]
        for x in b.read_text(encoding="utf-8").splitlines()
    }
    differ = sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))
    for key in differ:
        print("differs:", key)
    print(f"{len(left)} pages, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["snapshot"]:
        print(snapshot(Path(sys.argv[2])), "pages")
    elif sys.argv[1:2] == ["compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
