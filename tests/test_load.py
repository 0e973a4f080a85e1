"""iomkg.load over INVENTED pages written to a temporary folder: formats, gzip, errors, workers, progress."""

from __future__ import annotations

import gzip
import json
from typing import ClassVar

import pytest

import iomkg

# INVENTED pages in the formats of the real sites.
TEXT = "Invented heading\n\nOsh – On 4 March 2024, a training on safe migration opened for invented officials.\n"
HTML = (
    "<html><head><meta charset='utf-8'><title>Invented</title></head><body><article>"
    "<h1>Invented visit to Naryn</h1><p>Naryn – An invented delegation visited the town.</p>"
    "</article></body></html>"
)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b" / "d.txt.gz").write_bytes(gzip.compress(TEXT.encode("utf-8")))
    lines = [
        json.dumps({"url": "https://kyrgyzstan.iom.int/news/x", "text": TEXT}),
        "",
        "not json",
        json.dumps({"url": "https://kyrgyzstan.iom.int/news/y", "html": HTML}),
        json.dumps({"url": 3, "text": "x"}),
        json.dumps(["a list"]),
        json.dumps({"url": "u"}),
    ]
    (tmp_path / "e.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_load_a_folder(folder):
    corpus = iomkg.load(folder)
    assert len(corpus.pages) == 5
    assert [p.url for p in corpus.pages][3:] == [
        "https://kyrgyzstan.iom.int/news/x",
        "https://kyrgyzstan.iom.int/news/y",
    ]
    assert corpus.pages[0] == iomkg.parse(TEXT.encode("utf-8"))
    assert corpus.pages[1] == iomkg.parse(HTML.encode("utf-8"))
    assert corpus.pages[2] == corpus.pages[0]  # the gzip copy
    errors = [(e.path.replace(str(folder), ""), e.reason.split(":")[0]) for e in corpus.errors]
    assert errors == [
        ("/broken.txt.gz", "cannot read"),
        ("/e.jsonl:3", "Expecting value"),
        ("/e.jsonl:5", '"url" is not a string'),
        ("/e.jsonl:6", "a line is not a JSON object"),
        ("/e.jsonl:7", 'no "text" or "html" string'),
    ]
    assert all(isinstance(e, iomkg.LoadFailure) for e in corpus.errors)
    assert repr(corpus).endswith("5 errors>")


def test_load_paths_and_missing_file(folder):
    corpus = iomkg.load([folder / "a.txt", str(folder / "missing.txt")])
    assert len(corpus.pages) == 1
    assert [e.reason.split(":")[0] for e in corpus.errors] == ["cannot read"]


def test_workers_keep_the_order(folder):
    one = iomkg.load(folder)
    two = iomkg.load(folder, workers=2)
    assert two.pages == one.pages
    assert two.errors == one.errors


def test_progress_callable_and_bar(folder, capsys):
    events: list[iomkg.Progress] = []
    iomkg.load(folder, progress=events.append)
    assert [(e.done, e.total) for e in events] == [(n, 5) for n in range(1, 6)]
    # counted in pages too: the broken file brings none, the JSON Lines file (last) two
    assert [e.pages for e in events] == [1, 2, 3, 3, 5]
    assert events[0].path.endswith("a.txt")
    iomkg.load(folder, progress=True)
    assert "5/5 files" in capsys.readouterr().err


class _FakeBar:
    """Stands for tqdm.auto.tqdm: records what load asks of it."""

    made: ClassVar[list[_FakeBar]] = []

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.updates: list[int] = []
        self.postfix: list[str] = []
        self.closed = False
        _FakeBar.made.append(self)

    def update(self, n):
        self.updates.append(n)

    def set_postfix_str(self, text, refresh=True):
        self.postfix.append(text)

    def close(self):
        self.closed = True


def test_progress_bar_is_tqdm_auto_counted_in_pages(folder, monkeypatch):
    import sys
    import types

    fake = types.ModuleType("tqdm.auto")
    fake.tqdm = _FakeBar  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm.auto", fake)
    _FakeBar.made.clear()
    iomkg.load(folder, progress=True)
    (bar,) = _FakeBar.made
    assert bar.kwargs["unit"] == "page"
    assert bar.kwargs["total"] is None
    assert bar.kwargs["mininterval"] > 0  # throttled
    assert bar.updates == [1, 1, 1, 0, 2]
    assert sum(bar.updates) == 5  # five pages, whatever the files
    assert bar.postfix[-1] == "5/5 files"
    assert bar.closed


def test_plain_counter_without_tqdm_writes_one_line(folder, capsys, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    iomkg.load(folder, progress=True)
    err = capsys.readouterr().err
    assert err == "iomkg: 5 pages, 5/5 files\n"  # not a terminal: one line, at the end


def test_plain_counter_on_a_terminal_redraws_in_place(folder, monkeypatch):
    import io
    import sys

    from iomkg._io import load as load_module

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    term = Terminal()
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(load_module, "PLAIN_INTERVAL", 0.0)  # redraw at every file
    iomkg.load(folder, progress=True)
    out = term.getvalue()
    assert out.count("\n") == 1  # redrawn in place with \r, one newline at the end
    assert out.endswith("\riomkg: 5 pages, 5/5 files\n")
    assert out.count("\r") == 6


def test_bad_arguments(folder):
    with pytest.raises(iomkg.InputTypeError):
        iomkg.load(3)  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError):
        iomkg.load([3])  # type: ignore[list-item]
    with pytest.raises(iomkg.InputTypeError):
        iomkg.load(folder, workers="2")  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError):
        iomkg.load(folder, progress="yes")  # type: ignore[arg-type]


def test_workers_share_repeated_values(folder):
    """Pages from worker processes come back equal, with equal strings and dates shared."""
    two = iomkg.load([folder / "a.txt", folder / "b" / "d.txt.gz"], workers=2)
    first, second = (p.articles[0] for p in two.pages)
    assert two.pages[0] == two.pages[1] == iomkg.parse(TEXT.encode("utf-8"))
    assert first is not second
    assert first.dateline.text is second.dateline.text
    assert first.published is second.published


def test_workers_share_values_after_the_json_converter_resolved_the_annotations(folder):
    """cattrs turns the records' string annotations into types: sharing must not stop."""
    iomkg.loads(iomkg.dumps(iomkg.parse(TEXT)))
    two = iomkg.load([folder / "a.txt", folder / "b" / "d.txt.gz"], workers=2)
    first, second = (p.articles[0] for p in two.pages)
    assert first.dateline.text is second.dateline.text
    assert first.published is second.published


def test_compact_round_trip_and_garbage_collector_restored():
    import gc

    from iomkg._io.compact import dumps, loads

    pages = [
        iomkg.parse(TEXT),
        iomkg.parse(HTML),
        iomkg.Page(kind=iomkg.PageKind.OTHER, layout="generic"),
    ]
    assert loads(dumps(pages)) == pages
    assert gc.isenabled()
    iomkg.load([])
    assert gc.isenabled()


def test_workers_stop_when_progress_raises(folder):
    def stop(event):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        iomkg.load(folder, workers=2, progress=stop)


# An INVENTED page naming one place in its dateline, its text and an event, and a date.
SHARED_TEXT = (
    "Invented title\n\nNaryn – On 4 March 2024, an invented workshop on safe migration "
    "opened in Naryn for invented officials.\n"
)


def test_a_load_shares_equal_records_but_never_articles(tmp_path):
    from iomkg._io.compact import Interner, dumps

    page = iomkg.parse(SHARED_TEXT)
    inter = Interner()
    first, second = inter.loads(dumps([page, iomkg.parse(SHARED_TEXT)]))
    third = inter.loads(dumps([iomkg.parse(SHARED_TEXT)]))[0]  # another batch
    assert first == second == third == page
    art, other = first.articles[0], second.articles[0]
    assert art is not other  # a corpus tells its articles apart by identity
    assert first is not second
    (event,) = [e for e in art.events if e.places]
    assert event.places[0] is art.places[0]  # one place, one object
    assert art.places[0].mentions[0] is other.places[0].mentions[0]  # within a batch
    # a date as written is shared corpus-wide (across batches)
    assert third.articles[0].dateline.date is art.dateline.date
    corpus = iomkg.Corpus([first, second, third])
    assert len(corpus.articles) == 3
    assert [len(e.articles) for e in corpus.places if e.name == "Naryn"] == [3]


def test_sharing_keeps_the_sign_of_zero_and_nan():
    from iomkg._io.compact import dumps, loads

    places = [
        iomkg.Place(id=f"XX.{n}", name="Invented", kind=iomkg.PlaceKind.CITY, lat=lat, lon=1.5)
        for n, lat in enumerate((0.0, -0.0, float("nan"), 1.5))
    ]
    back = loads(dumps(places))
    assert [str(p.lat) for p in back] == ["0.0", "-0.0", "nan", "1.5"]
    assert back[0].lon is back[3].lon  # equal coordinates: one float


def test_the_profile_pass_reads_no_blocks_of_dumps_without_an_address(tmp_path, monkeypatch):
    from iomkg._io import load as load_module

    read: list[str | None] = []
    blocks = load_module.page_blocks

    def counted(source, url=None):
        read.append(url)
        return blocks(source, url)

    monkeypatch.setattr(load_module, "page_blocks", counted)
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Invented title {n}\n\nOsh – A text.", encoding="utf-8")
    (tmp_path / "u.txt").write_text(
        "URL: https://invented.example/1\nInvented title\n\nOsh – A text.", encoding="utf-8"
    )
    (tmp_path / "h.html").write_text(HTML, encoding="utf-8")
    assert list(load_module.learn_profiles(tmp_path)) == ["invented.example"]
    # the dump with an address, and the HTML page (its address is in its markup)
    assert sorted(read, key=str) == [None, "https://invented.example/1"]
    monkeypatch.undo()
    assert len(iomkg.load(tmp_path).pages) == 5


def test_the_lines_of_one_json_lines_file_go_to_every_worker(tmp_path, monkeypatch):
    import os

    from iomkg._io import load as load_module

    lines = [
        json.dumps({"url": f"https://kyrgyzstan.iom.int/news/{n}", "text": TEXT})
        for n in range(150)
    ]
    lines[7] = "not json"
    lines[90] = ""
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    parsed_by: list[int] = []
    unit_result = load_module._unit_result

    def recorded(unit, job):
        parsed_by.append(os.getpid())
        return unit_result(unit, job)

    monkeypatch.setattr(load_module, "_unit_result", recorded)
    one, two = (iomkg.load(path, workers=w) for w in (1, 2))
    assert one.pages == two.pages
    assert len(two.pages) == 148
    assert one.errors == two.errors
    assert [e.path for e in two.errors] == [f"{path}:8"]
    assert parsed_by == []  # recorded in the worker processes, not here


def test_records_shared_across_batches_keep_the_types_of_their_values():
    import datetime as dt

    import attrs

    from iomkg._io.compact import Interner, dumps

    may = iomkg.DateSpan.from_dates(dt.date(2024, 5, 1), text="1 May 2024")
    odd = attrs.evolve(may, year_inferred=0)  # equal to False, and to ``may``
    inter = Interner()
    (first,) = inter.loads(dumps([may]))
    (second,) = inter.loads(dumps([odd]))
    (third,) = inter.loads(
        dumps([iomkg.DateSpan.from_dates(dt.date(2024, 5, 1), text="1 May 2024")])
    )
    assert third is first  # a date as written: one record across batches
    assert second == first
    assert type(second.year_inferred) is int  # not swapped for the equal False


# An INVENTED paragraph longer than the strings shared for the whole load.
LONG_PARAGRAPH = (
    "The invented partners agreed to meet again in Naryn and to share the invented results "
    "of the workshop with every district office."
)


def test_paragraphs_and_spans_are_shared_across_batches_while_they_are_met(monkeypatch):
    from iomkg._io import compact

    text = f"Invented title\n\nNaryn – On 4 March 2024, a workshop opened.\n\n{LONG_PARAGRAPH}\n"
    inter = compact.Interner()
    (first,) = inter.loads(compact.dumps([iomkg.parse(text)]))
    (second,) = inter.loads(compact.dumps([iomkg.parse(text)]))  # another batch
    assert first == second
    a, b = first.articles[0], second.articles[0]
    assert a is not b
    assert a.paragraphs[1] is b.paragraphs[1]  # a long string, across batches
    assert a.places[0].mentions[0] is b.places[0].mentions[0]  # a span, across batches
    # A table starts a new generation when full; what is met again is carried over.
    monkeypatch.setattr(compact, "_RECENT", 1)
    (third,) = inter.loads(compact.dumps([iomkg.parse(text)]))
    assert third == first
    (fourth,) = inter.loads(compact.dumps([iomkg.parse(text)]))
    (fifth,) = inter.loads(compact.dumps([iomkg.parse(text)]))
    assert fifth == first
    assert fifth.articles[0].paragraphs[1] is a.paragraphs[1]
    assert fourth.articles[0].places[0].mentions[0] is a.places[0].mentions[0]
