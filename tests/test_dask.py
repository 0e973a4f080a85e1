"""The Dask pipeline gives the same records as a plain loop, locally and on a cluster.

Every page here is invented.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import iomkg

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")
import iomkg.dask as ikd  # noqa: E402

pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]

# Invented pages: the people, places and dates are made up.
HTML = """<!doctype html><html lang="en"><head><title>{title} | IOM</title></head>
<body><main><h1>{title}</h1><p>{city} – On {day} May 2024, the invented Ministry of Testing held a {what}.</p>
<p>It was opened by Ms. Aigerim Testova.</p></main></body></html>"""
TEXT = "Invented round table in {city}\n\n{city} – On {day} June 2023, an invented round table on {what} took place.\n"


def _warc(path: Path, n: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    cities = ["Osh", "Naryn", "Talas", "Karakol", "Batken"]
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i in range(n):
            body = HTML.format(
                title=f"Invented workshop {i}", city=cities[i % 5], day=i % 27 + 1, what="workshop"
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://kyrgyzstan.iom.int/news/invented-{path.stem}-{i}",
                "response",
                payload=io.BytesIO(body.encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-06-01T00:00:00Z"},
            )
            writer.write_record(record)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    _warc(tmp_path / "crawl-0.warc.gz", 4)
    _warc(tmp_path / "crawl-1.warc.gz", 3)
    (tmp_path / "pages").mkdir()
    for i, city in enumerate(["Osh", "Naryn"]):
        (tmp_path / "pages" / f"p{i}.txt").write_text(
            TEXT.format(city=city, day=i + 3, what="return"), encoding="utf-8"
        )
    (tmp_path / "pages" / "broken.jsonl").write_text('{"url": 3}\n', encoding="utf-8")
    return tmp_path


def _groups(folder: Path) -> list[list[iomkg.Page]]:
    """The pages of every file, read by a plain loop: one group a file (a partition)."""
    groups = [list(iomkg.iter_warc(w)) for w in sorted(folder.glob("*.warc.gz"))]
    return groups + [list(iomkg.load(p).pages) for p in sorted((folder / "pages").glob("*.txt"))]


def _plain(folder: Path) -> list[iomkg.Page]:
    return [page for group in _groups(folder) for page in group]


def _plain_rows(folder: Path) -> list[dict[str, object]]:
    return [
        r for group in _groups(folder) for r in iomkg.Corpus.from_pages(group).articles.to_records()
    ]


def test_read_gives_pages_and_failures(folder: Path) -> None:
    items = ikd.read(folder)
    assert items.npartitions == 5  # two archives and three page files
    got = ikd.pages(items).compute(scheduler="sync")
    assert sorted(got, key=repr) == sorted(_plain(folder), key=repr)
    fails = ikd.failures(items).compute(scheduler="sync")
    assert [(Path(f.path).name, f.reason) for f in fails] == [
        ("broken.jsonl:1", 'no "text" or "html" string')
    ]


def test_records_and_outputs_match_plain_loop(folder: Path, tmp_path: Path) -> None:
    pages_bag = ikd.pages(ikd.read(folder))
    rows = ikd.records(pages_bag, "articles").compute(scheduler="sync")
    expected = _plain_rows(folder)
    key = lambda r: r["url"] or r["title"]  # noqa: E731
    assert sorted(rows, key=key) == sorted(expected, key=key)

    written = ikd.write_jsonl(pages_bag, tmp_path / "out")
    assert [Path(p).name for p in written] == [f"part-{i}.jsonl" for i in range(5)]
    back = iomkg.load(tmp_path / "out")
    assert back.errors == ()
    assert sorted(back.pages, key=repr) == sorted(_plain(folder), key=repr)


def test_parquet_holds_the_records(folder: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip(
        "pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed"
    )
    rows_bag = ikd.records(ikd.pages(ikd.read(sorted(folder.glob("*.warc.gz")))), "articles")
    written = ikd.write_parquet(rows_bag, tmp_path / "parquet")
    assert [Path(p).name for p in written] == ["part-0.parquet", "part-1.parquet"]
    titles = sorted(t for p in written for t in pq.read_table(p).column("title").to_pylist())
    assert titles == sorted(f"Invented workshop {i}" for i in [0, 1, 2, 3, 0, 1, 2])


def test_records_kind_is_checked() -> None:
    with pytest.raises(iomkg.QueryError, match="kind: expected one of"):
        ikd.records(ikd.from_pages([iomkg.parse("Talas – A meeting.")]), "things")


def test_empty_source_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(iomkg.LoadError, match="no WARC or page files"):
        ikd.read(tmp_path)


def test_wrong_source_type() -> None:
    with pytest.raises(TypeError, match="source: expected a path"):
        ikd.read(3)  # type: ignore[arg-type]


def test_same_records_on_a_distributed_cluster(folder: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="distributed is not installed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        rows = ikd.records(ikd.pages(ikd.read(folder)), "articles").compute()
        assert len(client.scheduler_info()["workers"]) == 2
    expected = _plain_rows(folder)
    key = lambda r: r["url"] or r["title"]  # noqa: E731
    assert json.dumps(sorted(rows, key=key), default=str) == json.dumps(
        sorted(expected, key=key), default=str
    )
