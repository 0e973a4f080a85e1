"""The command line: ``iomkg parse``, ``iomkg export`` and ``iomkg demo`` (also ``python -m iomkg``).

``iomkg parse PATH...`` reads what :func:`iomkg.load` reads (text dumps, HTML,
JSON Lines, web archives, each maybe gzipped; folders; ``-`` for standard
input), learns each host's site profile the same way, and prints each page as
a readable summary (its source, layout, kind, language, every article's title,
dateline, publication date and paragraph count, teasers, warnings) or, with
``--json``, as one JSON object per line with its ``"source"``.
``iomkg export PATH... --to FORMAT -o FILE`` loads the same inputs and writes
them as CSV, HXL, JSON Lines, JSON-LD, GeoJSON or Parquet.

Exit status: 0 when every page was read, 1 when a file could not be read or
parsed (the others are still printed or written), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from ._errors import IomkgError
from ._io.load import LoadFailure, iter_pages, learn_profiles, load, pages_from_bytes
from ._models import Page
from ._parse import parse

__all__ = ["EXPORT_FORMATS", "main", "page_to_json", "summary"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

#: What ``iomkg export --to`` writes.
EXPORT_FORMATS = ("csv", "geojson", "hxl", "jsonl", "jsonld", "parquet")
_RECORDS = ("articles", "events", "programmes", "people", "organizations", "places")


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


def page_to_json(page: Page, source: str | None = None) -> str:
    """One page as a JSON object on one line (what :func:`iomkg.dumps` writes), with its source.

    ``source`` (the file, or ``file:line`` of a JSON Lines file) comes first when given;
    :func:`iomkg.loads` reads the line back all the same.

    >>> import iomkg, json
    >>> data = json.loads(page_to_json(iomkg.parse("A title\\n\\nOsh – A centre opened."), "a.txt"))
    >>> data["source"], data["kind"], data["articles"][0]["title"]
    ('a.txt', 'article', 'A title')
    """
    import iomkg

    dumps: Callable[[Page], str] | None = getattr(iomkg, "dumps", None)
    text: str | None = None
    if dumps is not None:
        try:
            text = dumps(page)
        except (TypeError, ValueError):
            text = None
    if not isinstance(text, str):
        text = json.dumps(_plain(page), ensure_ascii=False, sort_keys=False)
    text = " ".join(text.splitlines())
    if source is None:
        return text
    return "{" + f'"source": {json.dumps(source, ensure_ascii=False)}, ' + text[1:]


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
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    inputs = (
        "a page (.txt, .html), JSON Lines (.jsonl), a web archive (.warc), each maybe .gz; "
        "a folder of them; - for standard input"
    )
    parse_cmd = commands.add_parser("parse", help="parse pages and print each one")
    parse_cmd.add_argument("paths", nargs="+", metavar="PATH", help=inputs)
    parse_cmd.add_argument("--url", help="the address of the page (one PATH only)")
    parse_cmd.add_argument(
        "--json", action="store_true", help="one JSON object per page, with its source"
    )
    parse_cmd.add_argument(
        "--no-profiles", action="store_true", help="parse each page alone (learn no site profiles)"
    )
    export = commands.add_parser("export", help="load pages and write their records to a file")
    export.add_argument("paths", nargs="+", metavar="PATH", help=inputs)
    export.add_argument("--to", required=True, choices=EXPORT_FORMATS, help="the format")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    export.add_argument(
        "--records",
        choices=_RECORDS,
        default="articles",
        help="which records a table holds (csv, geojson, hxl, parquet; default: articles)",
    )
    export.add_argument(
        "--progress",
        action="store_true",
        help="show progress on stderr (the default on a terminal)",
    )
    demo = commands.add_parser("demo", help="parse the bundled invented sample pages")
    demo.add_argument("--json", action="store_true", help="one JSON object per page")
    return parser


def _emit(page: Page, name: str, as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(page_to_json(page, name) + "\n")
    else:
        out.write(summary(page, name) + "\n\n")


def _failed(failure: LoadFailure, err: TextIO) -> None:
    reason = failure.reason
    for prefix in ("cannot read: ", "cannot parse: "):
        if reason.startswith(prefix):
            err.write(f"iomkg: {prefix[:-2]} {failure.path}: {reason[len(prefix) :]}\n")
            return
    err.write(f"iomkg: {failure.path}: {reason}\n")


def _missing(paths: Sequence[str], err: TextIO) -> list[str]:
    """The paths that name nothing: reported here, as a file that cannot be read."""
    missing = [name for name in paths if name != "-" and not Path(name).exists()]
    for name in missing:
        err.write(f"iomkg: cannot read {name}: No such file or directory\n")
    return missing


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    if args.url is not None and len(args.paths) != 1:
        err.write("iomkg: error: --url needs exactly one PATH\n")
        return EXIT_USAGE
    status = EXIT_FAILED if _missing(args.paths, err) else EXIT_OK
    files = [name for name in args.paths if name != "-" and Path(name).exists()]
    urls = {files[0]: args.url} if args.url is not None and files else None
    # The site profiles are learned from every file given, then each is read in turn.
    profiles = {} if args.no_profiles else learn_profiles(files, urls=urls)
    for name in args.paths:
        found: Iterable[tuple[str, Page | LoadFailure]]
        if name == "-":
            found = pages_from_bytes("-", stdin.read(), url=args.url, profiles=profiles)
        elif name in files:
            found = iter_pages([name], urls=urls, profiles=profiles)
        else:
            continue
        for source, page in found:
            if isinstance(page, LoadFailure):
                _failed(page, err)
                status = EXIT_FAILED
            else:
                _emit(page, source, args.json, out)
    return status


def _run_export(args: argparse.Namespace, err: TextIO, stdin: Any) -> int:
    files = [name for name in args.paths if name != "-"]
    status = EXIT_FAILED if _missing(files, err) else EXIT_OK
    shown = args.progress or (hasattr(err, "isatty") and err.isatty())
    corpus = load([name for name in files if Path(name).exists()], progress=shown or None)
    if "-" in args.paths:
        from ._corpus.corpus import Corpus

        extra = list(pages_from_bytes("-", stdin.read()))
        pages = [page for _, page in extra if isinstance(page, Page)]
        failures = [page for _, page in extra if isinstance(page, LoadFailure)]
        corpus = Corpus(
            [*corpus.pages, *pages], [*corpus.errors, *failures], profiles=corpus.profiles
        )
    for failure in corpus.errors:
        _failed(failure, err)
        status = EXIT_FAILED
    target = Path(args.output)
    try:
        if args.to == "jsonl":
            corpus.to_jsonl(target)
        elif args.to == "jsonld":
            text = json.dumps(corpus.to_jsonld(), ensure_ascii=False, indent=1)
            target.write_text(text + "\n", encoding="utf-8")
        else:
            records = getattr(corpus, args.records)
            if args.to == "geojson":
                text = json.dumps(records.to_geojson(), ensure_ascii=False)
                target.write_text(text + "\n", encoding="utf-8")
            elif args.to == "parquet":
                records.to_frame().to_parquet(target)
            else:
                records.to_csv(target, hxl=args.to == "hxl")
    except (OSError, IomkgError, ImportError) as exc:
        err.write(f"iomkg: cannot write {target}: {exc}\n")
        return EXIT_FAILED
    return status


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .sample import sample_pages

    if not args.json:
        out.write("The bundled sample: invented pages, one per layout and opening.\n\n")
    for name, url, text in sample_pages():
        page = parse(text, url=url)
        if args.json:
            out.write(page_to_json(page) + "\n")
        else:
            out.write(summary(page, name) + "\n\n")
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
    if args.version:
        import iomkg

        out.write(f"iomkg {iomkg.__version__}\n")
        return EXIT_OK
    if args.command is None:
        _parser().print_usage(err)
        err.write("iomkg: error: a COMMAND is required (parse, export or demo)\n")
        return EXIT_USAGE
    try:
        if args.command == "parse":
            return _run_parse(args, out, err, sys.stdin.buffer)
        if args.command == "export":
            return _run_export(args, err, sys.stdin.buffer)
        return _run_demo(args, out)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover
        return EXIT_FAILED
