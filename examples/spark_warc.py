"""Parse web archives with Apache Spark: ``mapPartitions`` over WARC paths.

Run it with a Spark installation (``pip install pyspark``)::

    python examples/spark_warc.py crawl-00.warc.gz crawl-01.warc.gz

Each Spark partition gets WARC paths, reads them where it runs, and yields flat
article records; only paths travel to the executors. The function that does the
work, :func:`records_of_paths`, is plain Python: it runs (and is tested) without
Spark too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import iomkg


def records_of_paths(paths: Iterable[str], kind: str = "articles") -> Iterator[dict[str, Any]]:
    """Flat records of every IOM page in the WARC files ``paths`` (one Spark partition)."""
    for path in paths:
        pages = list(iomkg.iter_warc(path))
        if pages:
            yield from getattr(iomkg.Corpus.from_pages(pages), kind).to_records()


def run(spark: Any, paths: list[str], kind: str = "articles") -> Any:
    """A Spark DataFrame of the records of ``paths``, one partition a WARC file."""
    rdd = spark.sparkContext.parallelize(paths, len(paths)).mapPartitions(
        lambda part: records_of_paths(part, kind)
    )
    # Through JSON: tuples become arrays, dates ISO strings, and a column that is
    # empty in every row still gets a type (createDataFrame cannot infer one).
    return spark.read.json(rdd.map(lambda row: json.dumps(row, default=str)))


def main(argv: list[str]) -> int:
    """Parse the WARC files named on the command line and show the articles."""
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("iomkg").getOrCreate()
    try:
        run(spark, argv).select("url", "title", "published").show(truncate=60)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
