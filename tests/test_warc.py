"""WARC input: which records are kept, what reaches the parser, broken archives.

Every page in these archives is invented.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

import iomkg
from iomkg._io.warc import DEFAULT_HOSTS, WarcRecord, iter_warc_records

pytestmark = [
    # warcio's writer leaves spooled temporary files for the garbage collector; not ours.
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

warcio = pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

# Invented page: the people, places and dates are made up for this test.
PAGE = """<!doctype html><html lang="en"><head><title>Invented workshop | IOM</title></head>
<body><main><h1>Invented workshop on return migration</h1>
<p>Osh – On 14 May, the invented Ministry of Testing held a workshop.</p>
<p>It was opened by Ms. Aigerim Testova.</p></main></body></html>"""


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    date: str = "2024-05-20T10:00:00Z",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def _archive(path: Path, *, gz: bool) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        _response(writer, "https://kyrgyzstan.iom.int/news/invented-workshop", PAGE.encode())
        _response(
            writer, "https://kyrgyzstan.iom.int/logo.png", b"\x89PNG\r\n", content_type="image/png"
        )
        _response(writer, "https://example.org/news/other", PAGE.encode())
        _response(writer, "https://iom.kg/en/?p=1", PAGE.encode(), status="404 Not Found")
        _response(writer, "http://www.iom.kg/en/?p=2", PAGE.encode(), date="2016-01-02T00:00:00Z")
        writer.write_record(
            writer.create_warc_record(
                "https://kyrgyzstan.iom.int/news/x",
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
            )
        )
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_keeps_html_200_responses_of_iom_hosts(tmp_path: Path, gz: bool) -> None:
    path = _archive(tmp_path / ("a.warc.gz" if gz else "a.warc"), gz=gz)
    records = list(iter_warc_records(path))
    assert [(r.url, r.captured, r.content_type) for r in records] == [
        (
            "https://kyrgyzstan.iom.int/news/invented-workshop",
            dt.datetime(2024, 5, 20, 10, 0, tzinfo=dt.timezone.utc),
            "text/html",
        ),
        (
            "http://www.iom.kg/en/?p=2",
            dt.datetime(2016, 1, 2, 0, 0, tzinfo=dt.timezone.utc),
            "text/html",
        ),
    ]
    assert records[0].body == PAGE.encode()


def test_hosts_choose_the_hosts_kept(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc.gz", gz=True)
    urls = [r.url for r in iter_warc_records(path, hosts=["example.org"])]
    assert urls == ["https://example.org/news/other"]
    assert [r.url for r in iter_warc_records(path, hosts=["*.iom.kg"])] == [
        "http://www.iom.kg/en/?p=2"
    ]
    added = [r.url for r in iter_warc_records(path, hosts=[*DEFAULT_HOSTS, "example.org"])]
    assert added == [
        "https://kyrgyzstan.iom.int/news/invented-workshop",
        "https://example.org/news/other",
        "http://www.iom.kg/en/?p=2",
    ]
    assert [r.url for r in iter_warc_records(path, hosts=[])] == []


def test_pages_carry_url_and_site(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc.gz", gz=True)
    pages = list(iomkg.iter_warc(path))
    assert [(p.url, p.site) for p in pages] == [
        ("https://kyrgyzstan.iom.int/news/invented-workshop", "kyrgyzstan.iom.int"),
        ("http://www.iom.kg/en/?p=2", "iom.kg"),
    ]


def test_capture_date_is_a_year_context_not_a_publication_date(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc", gz=False)
    page = next(iomkg.iter_warc(path))
    direct = iomkg.parse(
        PAGE.encode(),
        url="https://kyrgyzstan.iom.int/news/invented-workshop",
        reference_date=dt.date(2024, 5, 20),
    )
    assert page == direct
    assert all(article.published is None for article in page.articles)


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_record_is_reported_not_dropped_silently(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / "cut.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        _response(writer, "https://kyrgyzstan.iom.int/news/first", PAGE.encode())
        _response(writer, "https://kyrgyzstan.iom.int/news/second", PAGE.encode())
    whole = path.read_bytes()
    path.write_bytes(whole[:-120])  # the second record loses its last 120 bytes
    warnings: list[str] = []
    urls = [r.url for r in iter_warc_records(path, warnings=warnings)]
    assert urls == ["https://kyrgyzstan.iom.int/news/first"]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}: ")
    assert "truncated" in warnings[0] or "broken" in warnings[0]


def test_complete_archive_has_no_warnings(tmp_path: Path) -> None:
    warnings: list[str] = []
    assert (
        len(list(iter_warc_records(_archive(tmp_path / "a.warc.gz", gz=True), warnings=warnings)))
        == 2
    )
    assert warnings == []


def test_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(iomkg.LoadError, match="cannot be read"):
        list(iter_warc_records(tmp_path / "nope.warc"))


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"path: expected str or os\.PathLike, got int"):
        list(iter_warc_records(3))  # type: ignore[arg-type]


def test_record_is_picklable() -> None:
    import pickle

    rec = WarcRecord(url="https://iom.kg/", captured=None, body=b"x")
    assert pickle.loads(pickle.dumps(rec)) == rec


def test_load_reads_web_archives_beside_page_files(tmp_path: Path) -> None:
    _archive(tmp_path / "crawl.warc.gz", gz=True)
    (tmp_path / "a.txt").write_text("Naryn – On 2 May 2024, an invented visit.\n", encoding="utf-8")
    corpus = iomkg.load(tmp_path)
    assert [p.url for p in corpus.pages] == [
        None,
        "https://kyrgyzstan.iom.int/news/invented-workshop",
        "http://www.iom.kg/en/?p=2",
    ]
    assert corpus.errors == ()
    with_hosts = iomkg.load(tmp_path / "crawl.warc.gz", hosts="example.org")
    assert [p.site for p in with_hosts.pages] == ["example.org"]


def test_load_records_a_cut_archive_and_keeps_its_pages(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        _response(writer, "https://kyrgyzstan.iom.int/news/first", PAGE.encode())
        _response(writer, "https://kyrgyzstan.iom.int/news/second", PAGE.encode())
    path.write_bytes(path.read_bytes()[:-120])
    corpus = iomkg.load(path)
    assert [p.url for p in corpus.pages] == ["https://kyrgyzstan.iom.int/news/first"]
    assert [(e.path, e.reason) for e in corpus.errors] == [
        (str(path), "https://kyrgyzstan.iom.int/news/second: record is truncated; dropped")
    ]


def test_load_hosts_type_is_checked(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="hosts: expected a host name"):
        iomkg.load(tmp_path, hosts=[3])  # type: ignore[list-item]


@pytest.mark.parametrize("gz", [False, True])
def test_workers_read_archives_as_one_process_does(tmp_path: Path, gz: bool) -> None:
    _archive(tmp_path / "crawl.warc", gz=gz)
    cut = tmp_path / "cut.warc"
    with cut.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for n in range(5):
            _response(writer, f"https://kyrgyzstan.iom.int/news/{n}", PAGE.encode())
    cut.write_bytes(cut.read_bytes()[:-120])
    (tmp_path / "missing.warc").symlink_to(tmp_path / "nowhere.warc")
    one, two = (iomkg.load(tmp_path, workers=w) for w in (1, 2))
    assert one.pages == two.pages
    assert len(two.pages) == 6  # 2 of the crawl, 4 of the cut archive
    assert one.errors == two.errors
    assert [e.path for e in two.errors] == [str(cut), str(tmp_path / "missing.warc")]
