"""The command line: ``iomkg parse PATH...`` and ``iomkg demo`` (also ``python -m iomkg``).

Each page is printed as a readable summary (layout, kind, language, every
article's title, dateline, publication date and paragraph count, teasers,
warnings) or, with ``--json``, as one JSON object per line.

Exit status: 0 when every page was read, 1 when a file could not be read or
parsed (the others are still printed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from ._errors import IomkgError
from ._models import Page
from ._parse import parse

__all__ = ["main", "page_to_json", "summary"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _plain(value: Any) -> Any:
    """A JSON-ready form of a record, enum, date or tuple."""
    if attrs.has(type(value)):
        return {
            field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def page_to_json(page: Page) -> str:
    """One page as a JSON object on one line (``iomkg.dumps`` when the package has it).

    >>> import iomkg, json
    >>> data = json.loads(page_to_json(iomkg.parse("A title\\n\\nOsh – A centre opened.")))
    >>> data["kind"], data["articles"][0]["title"]
    ('article', 'A title')
    """
    import iomkg

    dumps: Callable[[Page], str] | None = getattr(iomkg, "dumps", None)
    if dumps is not None:
        try:
            text = dumps(page)
        except (TypeError, ValueError):
            text = None
        if isinstance(text, str):
            return " ".join(text.splitlines())
    return json.dumps(_plain(page), ensure_ascii=False, sort_keys=False)


def summary(page: Page, name: str | None = None) -> str:
    """A readable summary of a page: layout, kind, language, articles, teasers, warnings.

    >>> import iomkg
    >>> print(summary(iomkg.parse("News\\nLocal\\n\\nA title\\n\\nOsh – A centre opened."), "x.txt"))
    x.txt
      layout iom-drupal · kind article · language en
      article 1: A title
        dateline: Osh · published: - · 1 paragraph(s) · language en
    """
    lines = [name or page.url or "(page)"]
    head = f"  layout {page.layout} · kind {page.kind.value} · language {page.language or '-'}"
    if page.site:
        head += f" · site {page.site}"
    if page.category:
        head += f" · category {page.category}"
    lines.append(head)
    for number, article in enumerate(page.articles, 1):
        lines.append(f"  article {number}: {article.title or '(no title)'}")
        dateline = article.dateline.text if article.dateline is not None else "-"
        published = article.published.isoformat() if article.published else "-"
        detail = (
            f"    dateline: {dateline} · published: {published} · "
            f"{len(article.paragraphs)} paragraph(s) · language {article.language or '-'}"
        )
        lines.append(detail)
        if article.tags:
            lines.append(f"    tags: {' | '.join(article.tags)}")
    for teaser in page.teasers:
        lines.append(f"  teaser [{teaser.language or '-'}]: {teaser.title}")
    if page.facts:
        facts = "; ".join(f"{f.label}: {f.value}" if f.value else f.label for f in page.facts)
        lines.append(f"  facts: {facts}")
    lines.extend(f"  warning: {warning}" for warning in page.warnings)
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iomkg",
        description="Parse pages of the IOM Kyrgyzstan websites and their sister sites.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    parse_cmd = commands.add_parser(
        "parse", help="parse text dumps or HTML files and print each page"
    )
    parse_cmd.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .txt or .html file, or a folder of them"
    )
    parse_cmd.add_argument("--url", help="the address of the page (one PATH only)")
    parse_cmd.add_argument("--json", action="store_true", help="one JSON object per page")
    demo = commands.add_parser("demo", help="parse the bundled invented sample pages")
    demo.add_argument("--json", action="store_true", help="one JSON object per page")
    return parser


def _emit(page: Page, name: str, as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(page_to_json(page) + "\n")
    else:
        out.write(summary(page, name) + "\n\n")


_PAGE_SUFFIXES = (".txt", ".html", ".htm")


def _expand(paths: Sequence[str]) -> list[str]:
    """The paths given, a folder standing for its ``.txt`` and ``.html`` files (sorted)."""
    names: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            names.extend(
                str(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in _PAGE_SUFFIXES
            )
        else:
            names.append(name)
    return names


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = EXIT_OK
    if args.url is not None and len(args.paths) != 1:
        err.write("iomkg: error: --url needs exactly one PATH\n")
        return EXIT_USAGE
    for name in _expand(args.paths):
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            err.write(f"iomkg: cannot read {name}: {exc.strerror or exc}\n")
            status = EXIT_FAILED
            continue
        try:
            page = parse(data, url=args.url, max_size=None)
        except IomkgError as exc:
            err.write(f"iomkg: cannot parse {name}: {exc}\n")
            status = EXIT_FAILED
            continue
        _emit(page, name, args.json, out)
    return status


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .sample import sample_pages

    if not args.json:
        out.write("The bundled sample: invented pages, one per layout and opening.\n\n")
    for name, url, text in sample_pages():
        _emit(parse(text, url=url), name, args.json, out)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["demo", "--json"]) == 0  # doctest: +ELLIPSIS
    {...
    True
    """
    out, err = sys.stdout, sys.stderr
    try:
        args = _parser().parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else EXIT_USAGE
    try:
        if args.command == "parse":
            return _run_parse(args, out, err)
        return _run_demo(args, out)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover
        return EXIT_FAILED
