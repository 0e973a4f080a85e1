"""The command line: parse, demo, --json, --help and exit codes (invented pages)."""

from __future__ import annotations

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
