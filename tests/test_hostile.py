"""Hostile input from outside (issue 14): nothing escapes the error tree, nothing grows out of line.

Every text here is INVENTED (people, places, organisations and events are made up).
Each test pins one reproducer of the issue: it failed before the fix and passes after it.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import os
import random
import resource
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomkg

LEAD = "Osh – On 3 May 2024, the invented Centre of Testing opened a training for 40 people."


# ---------------------------------------------------------------- 1. charsets that are not text


@pytest.mark.parametrize(
    "charset",
    ["hex", "rot13", "base64", "zlib", "bz2", "uu", "quopri", "idna", "undefined", "punycode"],
)
def test_a_charset_that_is_not_a_text_encoding_is_ignored_with_a_warning(charset: str) -> None:
    page = iomkg.parse(f'<meta charset="{charset}"><p>{LEAD}</p>'.encode())
    assert page.articles[0].paragraphs == (LEAD,)
    assert f"the page declares {charset}, which is not a text encoding; ignored" in page.warnings


def test_a_text_charset_is_still_used() -> None:
    html = '<meta charset="windows-1251"><p>' + "Ош – Тренинг."
    page = iomkg.parse(html.encode("cp1251"))
    assert page.articles[0].paragraphs == ("Ош – Тренинг.",)


def test_load_goes_on_past_a_page_with_a_codec_charset(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(f'<meta charset="rot13"><p>{LEAD}</p>'.encode())
    (tmp_path / "b.html").write_bytes(f"<p>{LEAD}</p>".encode())
    corpus = iomkg.load(tmp_path)
    assert (len(corpus.pages), corpus.errors) == (2, ())


# ---------------------------------------------------------------- 4. many attributes


def test_an_element_with_many_attributes_is_read_without_them() -> None:
    attrs_ = " ".join(f"data-a{i}=x" for i in range(20_000))
    page = iomkg.parse(f"<html><body><p {attrs_}>{LEAD}</p></body></html>")
    assert page.articles[0].paragraphs == (LEAD,)
    assert "an element with more than 512 attributes was read without them" in page.warnings


def test_quoted_closing_brackets_do_not_hide_many_attributes() -> None:
    attrs_ = " ".join(f'a{i}=">"' for i in range(20_000))
    page = iomkg.parse(f"<html><body><p {attrs_}>{LEAD}</p></body></html>")
    assert page.articles[0].paragraphs == (LEAD,)
    assert "an element with more than 512 attributes was read without them" in page.warnings


@pytest.mark.parametrize(
    "attribute",
    [
        'a{i}="x"',  # no space after a quoted value: the tokenizer starts the next one there
        "a{i}=`x",  # a backquote opening an unquoted value
        "a{i}<",  # "<" in a name
        "<a{i}",  # a name that opens with "<"
        '=a{i}="x"',  # a name that opens with "=", right after a quoted value
        "=a{i}",  # a name that opens with "=", after a space
    ],
)
def test_every_form_of_many_attributes_is_read_without_them(attribute: str) -> None:
    separator = "" if attribute.endswith('"') and "=" in attribute else " "
    attrs_ = separator.join(attribute.format(i=i) for i in range(20_000))
    page = iomkg.parse(f"<html><body><p {attrs_}>{LEAD}</p></body></html>")
    assert page.articles[0].paragraphs == (LEAD,)
    assert "an element with more than 512 attributes was read without them" in page.warnings


def test_a_long_value_with_many_spaces_is_one_attribute() -> None:
    # An invented drawing's path: thousands of numbers in one quoted value are no attributes.
    path = "M 1 2 L " * 3_000
    html = (
        f'<html><body><svg><path d="{path}"></path></svg><p title="{path}">{LEAD}</p></body></html>'
    )
    page = iomkg.parse(html)
    assert page.articles[0].paragraphs == (LEAD,)
    assert not any("attributes" in w for w in page.warnings)


def test_elements_with_a_few_attributes_keep_them() -> None:
    attrs_ = " ".join(f'data-a{i}="v{i}"' for i in range(500))
    html = f'<html><body><nav class="menu"><a href="/">Home</a></nav><p {attrs_}>{LEAD}</p></body></html>'
    page = iomkg.parse(html)
    assert page.articles[0].paragraphs == (LEAD,)
    assert not any("attributes" in w for w in page.warnings)


# ---------------------------------------------------------------- 5. decompression bombs


def _gzip_of_zeros(path: Path, size: int) -> None:
    with gzip.open(path, "wb", compresslevel=9) as fh:
        block = b"a" * (1 << 20)
        for _ in range(size >> 20):
            fh.write(block)


def test_a_gzip_bomb_is_refused_at_the_size_limit_without_unpacking_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    _gzip_of_zeros(path, 256 << 20)
    # A first load reads the reference data (tens of MB, more on newer Pythons): not the bomb's.
    small = tmp_path / "small.txt.gz"
    _gzip_of_zeros(small, 2 << 20)
    iomkg.load(small, max_size=1_000_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    corpus = iomkg.load(path, max_size=1_000_000)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert corpus.pages == ()
    assert [e.reason for e in corpus.errors] == [
        "over the size limit: unpacks to more than 1000000 bytes (max_size)"
    ]
    assert grown_kb < 32_000  # the whole of it (256 MB) was never in memory


def test_a_plain_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(LEAD * 100, encoding="utf-8")
    corpus = iomkg.load(path, max_size=1000)
    assert [e.reason for e in corpus.errors] == [
        "over the size limit: more than 1000 bytes (max_size)"
    ]


def test_load_of_a_device_is_refused() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    corpus = iomkg.load("/dev/zero")
    assert [e.reason for e in corpus.errors] == ["not a regular file (a device)"]


def test_a_jsonl_gz_bomb_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    _gzip_of_zeros(path, 64 << 20)
    corpus = iomkg.load(path, max_size=1_000_000)
    assert corpus.pages == ()
    assert [e.reason for e in corpus.errors] == [
        "over the size limit: a line of more than 1000000 bytes (max_size)"
    ]


def test_jsonl_lines_under_the_limit_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    line = json.dumps({"url": "https://example.org/a", "text": LEAD})
    path.write_bytes(gzip.compress(("x" * 5000 + "\n" + line + "\n").encode()))
    corpus = iomkg.load(path, max_size=1000)
    assert len(corpus.pages) == 1
    assert [(e.path.rsplit(":", 1)[1], e.reason) for e in corpus.errors] == [
        ("1", "over the size limit: a line of more than 1000 bytes (max_size)")
    ]


# ---------------------------------------------------------------- 6. lone surrogates


def test_lone_surrogates_do_not_survive_parse(tmp_path: Path) -> None:
    page = iomkg.parse("Osh \ud800 – On 3 May 2024, a training opened.", url="https://x.org/\udfff")
    assert "\ud800" not in page.articles[0].text
    assert page.articles[0].paragraphs[0].startswith("Osh \ufffd –")
    assert page.url == "https://x.org/\ufffd"
    iomkg.Corpus.from_pages([page]).to_jsonl(tmp_path / "out.jsonl")
    assert len(iomkg.load(tmp_path / "out.jsonl").pages) == 1


def test_a_surrogate_escape_in_jsonl_is_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"url": "https://example.org/a", "text": "Osh \\ud800 – A visit."}\n')
    corpus = iomkg.load(path)
    corpus.to_jsonl(tmp_path / "out.jsonl")
    assert iomkg.load(tmp_path / "out.jsonl").pages == corpus.pages


def test_dask_write_jsonl_takes_pages_with_surrogates(tmp_path: Path) -> None:
    ikd = pytest.importorskip("iomkg.dask")
    pytest.importorskip("dask.bag")
    page = iomkg.parse("Talas \udc00 – A meeting.")
    written = ikd.write_jsonl(ikd.from_pages([page]), tmp_path / "out")
    assert len(iomkg.load(written).pages) == 1


# ---------------------------------------------------------------- 7. strict loads


def _page_doc() -> dict[str, Any]:
    page = iomkg.parse(
        "Invented news\n\nOsh – On 4 March 2024, Ms. Aida Testova of the invented Fund "
        "said: “We will open two more invented centres this year in Osh.”"
    )
    doc: dict[str, Any] = json.loads(iomkg.dumps(page))
    return doc


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("layout",), None, "$.layout: expected a string, got null"),
        (("warnings",), "abc", "$.warnings: expected an array, got a string"),
        (("url",), True, "$.url: expected a string or null, got a boolean"),
        (
            ("articles", 0, "paragraphs", 0),
            7,
            "$.articles[0].paragraphs[0]: expected a string, got a number",
        ),
        (
            ("kind",),
            "poster",
            "$.kind: 'poster' is not one of " + ", ".join(k.value for k in iomkg.PageKind),
        ),
        (
            ("articles", 0, "published"),
            "2024-13-01",
            "$.articles[0].published: '2024-13-01' is not a date (YYYY-MM-DD)",
        ),
    ],
)
def test_loads_refuses_wrong_types_naming_the_json_path(
    path: tuple[Any, ...], value: object, message: str
) -> None:
    doc = _page_doc()
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(iomkg.DataError) as info:
        iomkg.loads(doc)
    assert str(info.value) == message
    assert info.value.field == message.split(":", 1)[0]


def test_loads_refuses_a_float_offset() -> None:
    with pytest.raises(iomkg.DataError, match=r"^\$\.start: expected an integer, got a number$"):
        iomkg.loads('{"schema_version": 1, "type": "Span", "start": 1.9, "end": 3, "text": "sh"}')


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (-1, 2, "Os", "$.start: -1 is negative"),
        (3, 1, "", "$.end: 1 is before start 3"),
        (0, 3, "Os", "$.text: 2 characters for a span of 3"),
    ],
)
def test_loads_refuses_a_span_that_cannot_be(start: int, end: int, text: str, message: str) -> None:
    doc = {"schema_version": 1, "type": "Span", "start": start, "end": end, "text": text}
    with pytest.raises(iomkg.DataError) as info:
        iomkg.loads(doc)
    assert str(info.value) == message


def test_loads_refuses_spans_past_the_article_text_or_not_matching_it() -> None:
    doc = _page_doc()
    mentions = doc["articles"][0]["people"][0]["mentions"]
    good = mentions[0]
    mentions[0] = {**good, "text": good["text"][::-1]}
    with pytest.raises(iomkg.DataError) as info:
        iomkg.loads(doc)
    assert str(info.value).startswith(
        "$.articles[0].people[0].mentions[0].text: does not match the article text at"
    )
    length = len("\n\n".join(doc["articles"][0]["paragraphs"]))
    mentions[0] = {"start": length - 1, "end": length + 2, "text": "abc"}
    with pytest.raises(iomkg.DataError) as info:
        iomkg.loads(doc)
    assert str(info.value) == (
        f"$.articles[0].people[0].mentions[0].end: {length + 2} is past the end of the "
        f"article text ({length})"
    )


@pytest.mark.parametrize("version", [0, -1, iomkg.SCHEMA_VERSION + 1, True, "1", 1.0, None])
def test_loads_refuses_a_schema_version_it_does_not_read(version: object) -> None:
    doc = {"schema_version": version, "type": "Fact", "label": "Donor"}
    with pytest.raises(iomkg.DataError, match=r"^\$\.schema_version: "):
        iomkg.loads(doc)


def test_loads_refuses_unknown_fields_unless_told_to_ignore_them() -> None:
    doc = _page_doc()
    doc["articles"][0]["colour"] = "red"
    with pytest.raises(iomkg.DataError) as info:
        iomkg.loads(doc)
    assert str(info.value) == "$.articles[0]: unknown field 'colour'"
    assert iomkg.loads(doc, ignore_unknown=True) == iomkg.loads(_page_doc())


def test_loads_refuses_missing_required_fields() -> None:
    with pytest.raises(iomkg.DataError, match=r"^\$: missing field 'label'$"):
        iomkg.loads({"schema_version": 1, "type": "Fact"})


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "$: nested too deeply to read"),
        ('{"schema_version": 1, "type": "Fact", "label": ' + "9" * 5000 + "}", "$: not JSON"),
        (b"\xff\xfe{", "$: not JSON (not UTF-8 text)"),
        ("{", "$: not JSON"),
        (
            '{"schema_version": 1, "type": "Fact", "label": "a\\ud800"}',
            "$.label: a lone surrogate is not text",
        ),
    ],
)
def test_loads_errors_are_iomkg_errors(source: str | bytes, message: str) -> None:
    with pytest.raises(iomkg.DataError) as info:
        iomkg.loads(source)
    assert str(info.value).startswith(message)


def test_loads_is_still_lossless_for_parsed_pages() -> None:
    for path in sorted((Path(iomkg.__file__).parent / "sample" / "pages").iterdir())[:12]:
        page = iomkg.parse(path.read_bytes(), url="https://kyrgyzstan.iom.int/news/x")
        assert iomkg.loads(iomkg.dumps(page)) == page


# ---------------------------------------------------------------- 8. spreadsheet formulas


@pytest.mark.parametrize("hxl", [False, True])
@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_a_spreadsheet_would_evaluate_are_neutralised(
    tmp_path: Path, hxl: bool, lead: str
) -> None:
    import attrs

    page = iomkg.parse(LEAD)
    title = lead + 'HYPERLINK("https://example.org","x")'
    article = attrs.evolve(page.articles[0], title=title)
    corpus = iomkg.Corpus.from_pages([attrs.evolve(page, articles=(article,))])
    corpus.articles.to_csv(tmp_path / "a.csv", hxl=hxl)
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1 if hxl else 0]["title"] == "'" + title
    corpus.articles.to_csv(tmp_path / "raw.csv", hxl=hxl, neutralise=False)
    with (tmp_path / "raw.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1 if hxl else 0]["title"] == title


# ---------------------------------------------------------------- 9. binary input


@pytest.mark.parametrize(
    ("head", "seen"),
    [
        (b"%PDF-1.7\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive (or an Office document)"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff\xe0", "a JPEG image"),
        (b"GIF89a", "a GIF image"),
        (b"\x1f\x8b\x08\x00", "gzip-compressed data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (OLE2)"),
    ],
)
def test_binary_files_are_refused_naming_what_was_seen(head: bytes, seen: str) -> None:
    with pytest.raises(iomkg.DecodeError) as info:
        iomkg.parse(head + LEAD.encode() * 3)
    assert str(info.value) == f"source: binary data, not a page: {seen}"


def test_random_bytes_are_refused() -> None:
    noise = random.Random(1).randbytes(5000)
    with pytest.raises(iomkg.DecodeError) as info:
        iomkg.parse(noise)
    assert str(info.value).startswith("source: binary data, not a page: ")
    assert "control or undecodable characters" in str(info.value)


def test_text_with_a_few_control_characters_is_still_read() -> None:
    page = iomkg.parse((LEAD + "\x01\x02 ").encode() * 5)
    assert page.articles


def test_load_records_binary_files(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.4\n" + LEAD.encode())
    corpus = iomkg.load(tmp_path)
    assert [e.reason for e in corpus.errors] == [
        "cannot parse: source: binary data, not a page: a PDF document"
    ]


# ---------------------------------------------------------------- 10. files that are not files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_never_hangs_load(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(LEAD, encoding="utf-8")
    for source in (fifo, tmp_path):
        got: dict[str, iomkg.Corpus] = {}
        worker = threading.Thread(
            target=lambda s=source, out=got: out.setdefault("c", iomkg.load(s))
        )
        worker.start()
        worker.join(60)
        if worker.is_alive():  # unblock the reader before failing
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            worker.join()
            pytest.fail(f"load({source}) blocked on a FIFO")
        assert [(Path(e.path).name, e.reason) for e in got["c"].errors] == [
            ("pipe.txt", "not a regular file (a FIFO)")
        ]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_dangling_links_and_link_loops_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LEAD, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "notes.md").symlink_to(tmp_path / "nowhere.md")  # not a page file: not read
    corpus = iomkg.load(tmp_path)
    assert len(corpus.pages) == 1
    assert [(Path(e.path).name, e.reason) for e in corpus.errors] == [
        ("dangling.txt", "cannot read: a dangling symbolic link"),
        ("loop.txt", "cannot read: a loop of symbolic links"),
    ]


# ---------------------------------------------------------------- 12. limits


def test_a_memoryview_is_measured_in_bytes() -> None:
    view = memoryview(LEAD.encode() * 8).cast("B")
    wide = memoryview(b"x" * 800).cast("Q")  # 100 items of 8 bytes
    with pytest.raises(iomkg.InputTooLargeError, match="800 characters or bytes"):
        iomkg.parse(wide, max_size=200)
    assert iomkg.parse(view).articles


@pytest.mark.parametrize("bad", [-1, -50])
def test_a_negative_max_size_is_refused(bad: int) -> None:
    with pytest.raises(iomkg.InputTypeError, match="max_size: expected an int >= 0 or None"):
        iomkg.parse("Osh", max_size=bad)


@pytest.mark.parametrize("bad", [0, -3])
def test_workers_below_one_are_refused(tmp_path: Path, bad: int) -> None:
    with pytest.raises(iomkg.InputTypeError, match="workers: expected an int >= 1 or None"):
        iomkg.load(tmp_path, workers=bad)


@pytest.mark.parametrize("placeholder", ["0001-01-01", "1970-01-01T00:00:00Z", "0999-12-31"])
def test_placeholder_dates_of_structured_data_are_ignored(placeholder: str) -> None:
    html = (
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{placeholder}"}}</script>'
        f"</head><body><p>{LEAD}</p></body></html>"
    )
    page = iomkg.parse(html)
    assert page.articles[0].published is None


def test_no_layout_registered_is_an_iomkg_error() -> None:
    from iomkg.layouts import layouts, register, unregister

    saved = layouts()
    for layout in saved:
        unregister(layout.name)
    try:
        with pytest.raises(iomkg.ParseError, match="no layout is registered"):
            iomkg.parse(LEAD)
    finally:
        for layout in saved:
            register(layout)
    assert [layout.name for layout in layouts()] == [layout.name for layout in saved]


def test_a_reversed_date_span_is_a_date_error() -> None:
    with pytest.raises(iomkg.DateError) as info:
        iomkg.DateSpan.from_dates(dt.date(2024, 5, 3), dt.date(2024, 5, 1))
    assert (str(info.value), info.value.field) == (
        "end: 2024-05-01 is before start 2024-05-03",
        "end",
    )


@pytest.mark.parametrize(("phrase", "name"), [("/[A]", "A"), ("-(AB)", "AB"), ("– (OWMC)", "OWMC")])
def test_an_acronym_after_a_mark_that_is_no_name_is_the_name(phrase: str, name: str) -> None:
    from iomkg._extract.org_phrases import resolve_organization

    assert resolve_organization(phrase).name == name  # hypothesis found "/[A]" at random


def test_hypothesis_runs_with_the_fixed_seed_profile() -> None:
    from hypothesis import settings

    if os.environ.get("HYPOTHESIS_PROFILE"):
        pytest.skip("another hypothesis profile was asked for")
    assert settings().derandomize is True
    assert settings().database is None


# ---------------------------------------------------------------- 11. WARC payloads


def _warc_with(path: Path, body: bytes, headers: list[tuple[str, str]]) -> Path:
    pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://kyrgyzstan.iom.int/news/invented",
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-05-20T10:00:00Z"},
        )
        writer.write_record(record)
    return path


PAGE = f"<html><body><main><h1>Invented training</h1><p>{LEAD}</p></main></body></html>".encode()
URL = "https://kyrgyzstan.iom.int/news/invented"


def _read(path: Path, **kwargs: Any) -> tuple[list[iomkg.Page], list[str]]:
    notes: list[str] = []
    pages = list(iomkg.iter_warc(path, warnings=notes, **kwargs))
    return pages, [n.removeprefix(f"{path}: ") for n in notes]


def test_a_gzip_content_encoding_is_read(tmp_path: Path) -> None:
    path = _warc_with(tmp_path / "a.warc", gzip.compress(PAGE), [("Content-Encoding", "gzip")])
    pages, notes = _read(path)
    assert (len(pages), notes) == (1, [])
    assert pages[0].articles[0].paragraphs == (LEAD,)


def test_a_truncated_gzip_content_encoding_is_warned(tmp_path: Path) -> None:
    body = gzip.compress(PAGE * 20)[:-200]
    path = _warc_with(tmp_path / "a.warc", body, [("Content-Encoding", "gzip")])
    pages, notes = _read(path)
    assert pages == []
    assert notes == [f"{URL}: payload cannot be read (gzip data is cut short); dropped"]


def test_a_gzip_bomb_in_a_warc_stops_at_the_limit(tmp_path: Path) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"a" * (1 << 20)
    body = b"".join(packer.compress(block) for _ in range(256)) + packer.flush()
    path = _warc_with(tmp_path / "a.warc", body, [("Content-Encoding", "gzip")])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pages, notes = _read(path, max_size=1_000_000)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 64_000
    assert pages == []
    assert notes == [
        f"{URL}: payload over the size limit: more than 1000000 bytes (max_size); dropped"
    ]


def test_a_garbage_brotli_body_is_warned(tmp_path: Path) -> None:
    path = _warc_with(tmp_path / "a.warc", b"\x00garbage" * 50, [("Content-Encoding", "br")])
    pages, notes = _read(path)
    assert pages == []
    assert notes == [f"{URL}: payload cannot be read (broken br data); dropped"]


def test_a_brotli_body_is_read(tmp_path: Path) -> None:
    brotli = pytest.importorskip("brotli")
    path = _warc_with(tmp_path / "a.warc", brotli.compress(PAGE), [("Content-Encoding", "br")])
    pages, notes = _read(path)
    assert (len(pages), notes) == (1, [])


def test_broken_chunked_encoding_is_warned(tmp_path: Path) -> None:
    body = b"10\r\n" + PAGE[:16] + b"\r\nzz\r\n" + PAGE[16:] + b"\r\n0\r\n\r\n"
    path = _warc_with(tmp_path / "a.warc", body, [("Transfer-Encoding", "chunked")])
    pages, notes = _read(path)
    assert pages == []
    assert notes == [f"{URL}: payload cannot be read (broken chunked encoding); dropped"]


def test_a_payload_stored_unchunked_under_a_chunked_header_is_read_with_a_warning(
    tmp_path: Path,
) -> None:
    path = _warc_with(tmp_path / "a.warc", PAGE, [("Transfer-Encoding", "chunked")])
    pages, notes = _read(path)
    assert len(pages) == 1
    assert notes == [f"{URL}: payload is not chunked as its headers say; read as it is"]


def test_chunked_encoding_is_read(tmp_path: Path) -> None:
    half = len(PAGE) // 2
    body = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (half, PAGE[:half], len(PAGE) - half, PAGE[half:])
    path = _warc_with(tmp_path / "a.warc", body, [("Transfer-Encoding", "chunked")])
    pages, notes = _read(path)
    assert (len(pages), notes) == (1, [])
    assert pages[0].articles[0].paragraphs == (LEAD,)


def test_an_unknown_content_encoding_is_warned(tmp_path: Path) -> None:
    path = _warc_with(tmp_path / "a.warc", PAGE, [("Content-Encoding", "zstd")])
    pages, notes = _read(path)
    assert pages == []
    assert notes == [f"{URL}: payload cannot be read (unknown content encoding 'zstd'); dropped"]


def test_a_chunk_cut_short_is_warned(tmp_path: Path) -> None:
    path = _warc_with(tmp_path / "a.warc", b"5\r\nabc", [("Transfer-Encoding", "chunked")])
    pages, notes = _read(path)
    assert pages == []
    assert notes == [f"{URL}: payload cannot be read (chunked data is cut short); dropped"]


def test_no_raw_python_error_text_in_warc_warnings(tmp_path: Path) -> None:
    path = _warc_with(tmp_path / "a.warc", PAGE, [])
    data = path.read_bytes()
    # a record whose WARC headers break off in the middle of a header line
    path.write_bytes(data + b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")
    pages, notes = _read(path)
    assert len(pages) == 1
    assert notes == ["archive ends in a broken record (its headers cannot be read)"]


# ---------------------------------------------------------------- fuzzing the entry points

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
_FIELDS = st.sampled_from(
    ["kind", "layout", "articles", "paragraphs", "start", "end", "text", "mentions", "x"]
)


@given(
    st.sampled_from(["Page", "Article", "Span", "Person", "Event", "DateSpan", "tuple[Span]"]),
    st.dictionaries(_FIELDS, _JSON, max_size=5),
)
def test_loads_of_any_json_raises_only_data_errors(kind: str, fields: dict[str, Any]) -> None:
    doc = {"schema_version": 1, "type": kind, **fields}
    for source in (doc, json.dumps(doc), json.dumps(doc).encode()):
        error: iomkg.DataError | None = None
        try:
            record = iomkg.loads(source)
        except iomkg.DataError as exc:
            error = exc
        else:
            assert iomkg.loads(iomkg.dumps(record)) == record
        if error is not None:  # the message starts with the JSON path of the value
            assert error.field is not None
            assert str(error).startswith(error.field + ": ")


@given(
    st.binary(max_size=3000),
    st.sampled_from(
        ["a.txt", "a.html", "a.txt.gz", "a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz"]
    ),
)
def test_load_and_iter_warc_of_any_bytes_raise_nothing(data: bytes, name: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        corpus = iomkg.load(path, profiles=False)
        assert all(isinstance(e, iomkg.LoadFailure) for e in corpus.errors)
        if name.startswith("a.warc"):
            notes: list[str] = []
            pages = list(iomkg.iter_warc(path, warnings=notes))
            assert all(isinstance(p, iomkg.Page) for p in pages)


@given(st.text(max_size=60))
def test_csv_of_any_title_is_never_a_formula(title: str) -> None:
    import tempfile

    import attrs

    page = iomkg.parse(LEAD)
    article = attrs.evolve(page.articles[0], title=title)
    corpus = iomkg.Corpus.from_pages([attrs.evolve(page, articles=(article,))])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.csv"
        corpus.articles.to_csv(path)
        with path.open(encoding="utf-8", newline="") as fh:
            cells = [cell for row in csv.reader(fh) for cell in row]
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)


def test_a_nul_in_a_csv_cell_is_written_as_a_replacement_character(tmp_path: Path) -> None:
    # Python 3.10's csv refuses a NUL; every version writes U+FFFD in its place.
    import attrs

    page = iomkg.parse(LEAD)
    article = attrs.evolve(page.articles[0], title="Osh\x00centre")
    corpus = iomkg.Corpus.from_pages([attrs.evolve(page, articles=(article,))])
    path = tmp_path / "a.csv"
    corpus.articles.to_csv(path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["title"] for row in rows] == ["Osh\ufffdcentre"]
