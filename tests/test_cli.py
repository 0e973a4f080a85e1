"""The command line: parse, demo, --json, --help and exit codes (invented pages)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import iomkg
from iomkg._cli import main

PAGE = "News\nLocal\n\nInvented title\n\nOsh - On 3 May 2024 an invented centre opened.\n"


def test_parse_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        str(path),
        "  layout iom-drupal · kind article · language en",
        "  article 1: Invented title",
    ]
    assert "1 paragraph(s)" in out


def test_parse_json_gives_one_object_per_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for name in ("a.txt", "b.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(PAGE, encoding="utf-8")
    assert main(["parse", "--json", *map(str, paths)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    data = json.loads(lines[0])
    assert (data["layout"], data["kind"], data["articles"][0]["title"]) == (
        "iom-drupal",
        "article",
        "Invented title",
    )


def test_url_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "An invented pull quote, says Invented Aida.\nShe opened a shop.", encoding="utf-8"
    )
    assert (
        main(["parse", "--json", "--url", "https://kyrgyzstan.iom.int/stories/x", str(path)]) == 0
    )
    assert json.loads(capsys.readouterr().out)["kind"] == "story"


def test_unreadable_file_is_reported_and_others_still_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    assert main(["parse", str(tmp_path / "missing.txt"), str(good)]) == 1
    captured = capsys.readouterr()
    assert (
        captured.err
        == f"iomkg: cannot read {tmp_path / 'missing.txt'}: No such file or directory\n"
    )
    assert "Invented title" in captured.out
    assert "Traceback" not in captured.err


def test_a_folder_stands_for_its_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    assert main(["parse", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.endswith(".txt")] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sub" / "b.txt"),
    ]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["parse"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["parse", "--url", "https://x.org/", "a", "b"]) == 2
    assert "usage: iomkg" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "demo" in capsys.readouterr().out


def test_demo_summarises_every_sample_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    for name, _, _ in iomkg.sample_pages():
        assert f"\n{name}\n" in out
    assert (
        "layout iom-kg-legacy · kind listing · language en · site iom.kg · category Press Releases"
        in out
    )


def test_demo_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--json"]) == 0
    pages = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(pages) == len(iomkg.sample_pages())
    assert {p["layout"] for p in pages} == {"iom-drupal", "iom-kg-legacy", "generic"}


def test_python_dash_m(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1251", errors="replace"))
    done = subprocess.run(
        [sys.executable, "-m", "iomkg", "parse", "--json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"][0]["title"] == "Invented title"


# --- What load reads, sources in the output, --version, export (INVENTED pages) ---------------

OTHER = "News\nLocal\n\nInvented second title\n\nNaryn - On 4 May 2024 an invented fair was held.\n"


def _inputs(folder: Path) -> Path:
    """A folder of every input form: a dump with its URL line, gzip, JSON Lines, HTML."""
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(
        "URL: https://kyrgyzstan.iom.int/news/a\n" + PAGE, encoding="utf-8"
    )
    (folder / "b.txt.gz").write_bytes(gzip.compress(OTHER.encode("utf-8")))
    (folder / "sub" / "c.jsonl").write_text(
        json.dumps({"url": "https://kyrgyzstan.iom.int/news/c", "text": OTHER})
        + "\nnot json\n"
        + json.dumps({"url": "https://iom.kg/news/d", "text": PAGE})
        + "\n",
        encoding="utf-8",
    )
    (folder / "sub" / "e.html").write_text(
        "<html><body><article><h1>Invented third title</h1>"
        "<p>Osh – An invented centre opened on 5 May 2024.</p></article></body></html>",
        encoding="utf-8",
    )
    return folder


def test_parse_reads_what_load_reads_and_says_each_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _inputs(tmp_path)
    assert main(["parse", "--json", str(folder)]) == 1  # one line of c.jsonl is not JSON
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [
        (Path(r["source"]).relative_to(folder).as_posix(), r["url"], r["articles"][0]["title"])
        for r in rows
    ] == [
        ("a.txt", "https://kyrgyzstan.iom.int/news/a", "Invented title"),
        ("b.txt.gz", None, "Invented second title"),
        ("sub/c.jsonl:1", "https://kyrgyzstan.iom.int/news/c", "Invented second title"),
        ("sub/c.jsonl:3", "https://iom.kg/news/d", "Invented title"),
        ("sub/e.html", None, "Invented third title"),
    ]
    assert captured.err.startswith(f"iomkg: {folder / 'sub' / 'c.jsonl'}:2: Expecting value")
    # Each line is still a page that iomkg reads back.
    assert iomkg.loads(captured.out.splitlines()[0], iomkg.Page) == iomkg.load(folder).pages[0]
    assert main(["parse", str(folder / "b.txt.gz")]) == 0
    assert capsys.readouterr().out.splitlines()[:3] == [
        str(folder / "b.txt.gz"),
        "  layout iom-drupal · kind article · language en",
        "  article 1: Invented second title",
    ]


def test_parse_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class Stdin:
        buffer = io.BytesIO(gzip.compress(("URL: https://iom.kg/news/x\n" + PAGE).encode()))

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert main(["parse", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["source"], data["url"], data["articles"][0]["title"]) == (
        "-",
        "https://iom.kg/news/x",
        "Invented title",
    )
    lines = "\n".join(json.dumps({"url": f"https://iom.kg/news/{n}", "text": PAGE}) for n in (1, 2))
    monkeypatch.setattr(Stdin, "buffer", io.BytesIO(lines.encode()))
    assert main(["parse", "--json", "-"]) == 0
    assert [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()] == [
        "-:1",
        "-:2",
    ]


def test_python_dash_m_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "iomkg", "parse", "--json", "-"],
        input=PAGE.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"][0]["title"] == "Invented title"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"iomkg {iomkg.__version__}\n"


def test_export_round_trips_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    folder = _inputs(tmp_path / "pages")
    corpus = iomkg.load(folder)
    titles = [a.title for a in corpus.articles]
    assert titles == [
        "Invented title",
        "Invented second title",
        "Invented second title",
        "Invented title",
        "Invented third title",
    ]

    out = tmp_path / "articles.csv"
    assert main(["export", str(folder), "--to", "csv", "-o", str(out)]) == 1  # the bad line
    assert "c.jsonl:2" in capsys.readouterr().err
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["title"] for row in rows] == titles
    assert [row["url"] for row in rows] == [a.url or "" for a in corpus.articles]

    out = tmp_path / "pages.jsonl"
    assert main(["export", str(folder), "--to", "jsonl", "-o", str(out)]) == 1
    assert iomkg.Corpus.read_jsonl(out).pages == corpus.pages

    out = tmp_path / "graph.jsonld"
    assert main(["export", str(folder), "--to", "jsonld", "-o", str(out)]) == 1
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(corpus.to_jsonld()))

    out = tmp_path / "places.csv"
    assert (
        main(
            ["export", str(folder / "a.txt"), "--to", "hxl", "--records", "places", "-o", str(out)]
        )
        == 0
    )
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0].startswith("#")  # the HXL hashtag row
    name = rows[0].index("name")
    assert [r[name] for r in rows[2:]] == ["Osh"]


def test_export_parquet(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "articles.parquet"
    assert main(["export", str(tmp_path / "a.txt"), "--to", "parquet", "-o", str(out)]) == 0
    assert list(pd.read_parquet(out)["title"]) == ["Invented title"]


def test_export_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path)]) == 2
    assert main(["export", str(tmp_path), "--to", "xml", "-o", "x"]) == 2
    assert (
        main(["export", str(tmp_path / "missing"), "--to", "csv", "-o", str(tmp_path / "o.csv")])
        == 1
    )
    assert "cannot read" in capsys.readouterr().err
