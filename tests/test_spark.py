"""The Spark recipe: its partition function everywhere, the whole job where pyspark is installed.

Every page here is invented.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import sys
from pathlib import Path

import pytest

import iomkg

pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")
pytestmark = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "spark_warc.py"
TEXT = (
    b"Invented help desk opens in Naryn\n\nNaryn - On 3 March 2024, an invented help desk opened.\n"
)


def _module() -> object:
    spec = importlib.util.spec_from_file_location("spark_warc", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _archive(path: Path) -> str:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://kyrgyzstan.iom.int/news/invented-help-desk",
                "response",
                payload=io.BytesIO(TEXT),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-05T00:00:00Z"},
            )
        )
    return str(path)


def test_partition_function_gives_the_records(tmp_path: Path) -> None:
    path = _archive(tmp_path / "a.warc.gz")
    rows = list(_module().records_of_paths([path]))  # type: ignore[attr-defined]
    expected = iomkg.Corpus.from_pages(list(iomkg.iter_warc(path))).articles.to_records()
    assert rows == expected
    assert [(r["url"], r["title"], str(r["published"])) for r in rows] == [
        (
            "https://kyrgyzstan.iom.int/news/invented-help-desk",
            "Invented help desk opens in Naryn",
            "None",
        )
    ]


def test_spark_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(
        "pyspark", reason="pyspark is not installed; the recipe is tested without it above"
    )
    if shutil.which("java") is None:
        pytest.skip("pyspark is installed but no Java runtime is on the PATH")
    from pyspark.sql import SparkSession

    monkeypatch.setenv(
        "PYSPARK_PYTHON", sys.executable
    )  # the workers need the Python that has iomkg
    path = _archive(tmp_path / "a.warc.gz")
    spark = SparkSession.builder.master("local[2]").appName("iomkg-test").getOrCreate()
    try:
        rows = _module().run(spark, [path]).select("url", "title").collect()  # type: ignore[attr-defined]
    finally:
        spark.stop()
    assert [(r.url, r.title) for r in rows] == [
        ("https://kyrgyzstan.iom.int/news/invented-help-desk", "Invented help desk opens in Naryn")
    ]
