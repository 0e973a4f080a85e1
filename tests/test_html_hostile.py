"""Hostile HTML: a Page or a clear iomkg error, in bounded time. All text is INVENTED."""

from __future__ import annotations

import random
import time

import pytest

import iomkg
from iomkg._front.html import parse_html

# Generous bounds in CPU time (not wall-clock: a busy machine does not fail them); a hang or a
# blow-up is far slower.
SECONDS = 15.0


def _timed(source: str | bytes, **kwargs: object) -> iomkg.Page:
    start = time.process_time()
    page = iomkg.parse(source, **kwargs)  # type: ignore[arg-type]
    assert time.process_time() - start < SECONDS
    return page


def test_ten_thousand_nested_divs() -> None:
    html = "<html><body>" + "<div>" * 10_000 + "Osh – Invented text." + "</div>" * 10_000
    page = _timed(html + "</body></html>")
    assert page.articles[0].paragraphs == ("Osh – Invented text.",)


def test_nesting_deeper_than_a_thousand_tags_is_read_as_plain_text() -> None:
    blocks, _meta, warnings = parse_html("<html><body>" + "<ul><li>x" * 10_000 + "</body></html>")
    assert [b.text for b in blocks] == [" ".join(["x"] * 10_000)]
    assert warnings == ("markup nested 20002 tags deep was read as plain text",)


def test_a_thousand_nested_lists_keep_their_levels() -> None:
    blocks = parse_html("<html><body>" + "<ul><li>x" * 500 + "</body></html>")[0]
    assert [b.level for b in blocks] == list(range(500))


@pytest.mark.slow
def test_deep_nesting_parses_in_linear_time() -> None:
    def seconds(depth: int) -> float:
        html = "<html><body>" + "<div>" * depth + "Osh" + "</div>" * depth + "</body></html>"
        start = time.process_time()
        iomkg.parse(html)
        return time.process_time() - start

    small, large = seconds(40_000), seconds(160_000)
    # four times the depth: linear time gives about 4; the parser's quadratic cost 16
    assert large < 0.05 or large < 8 * small


def test_ten_thousand_unclosed_formatting_tags() -> None:
    page = _timed("<html><body>" + "<div><span><p><b>" * 10_000 + "Osh – Invented text.")
    assert page.articles[0].paragraphs == ("Osh – Invented text.",)


def test_unclosed_tags() -> None:
    page = _timed("<html><body><p>Osh – one.<p>Two.<div>Three.<table><tr><td>Four.")
    assert page.articles[0].paragraphs == ("Osh – one.", "Two.", "Three.", "Four.")


def test_a_page_that_is_all_script() -> None:
    html = "<html><head><script>" + "var a = 'x';" * 50_000 + "</script></head><body>"
    page = _timed(html + "<script>run()</script><style>p {}</style></body></html>")
    assert (page.layout, page.articles) == ("empty", ())
    assert page.warnings == ("the HTML holds no visible text", "the input holds no text")


def test_binary_garbage_after_an_html_start() -> None:
    noise = random.Random(5).randbytes(200_000)
    with pytest.raises(iomkg.DecodeError, match="control or undecodable characters"):
        iomkg.parse(b"<html><body>" + noise)  # binary data behind a tag is still no page
    page = _timed(b"<html><body>" + noise.translate(bytes(range(32, 160)) * 2)[:200_000])
    assert isinstance(page, iomkg.Page)
    assert page.warnings[0] == "bytes are not valid UTF-8; decoded as windows-1251"


def test_markup_over_the_size_limit_is_refused_without_reading() -> None:
    html = "<html><body>" + "<p>Osh – Invented.</p>" * 1_000 + "</body></html>"
    with pytest.raises(iomkg.InputTooLargeError):
        iomkg.parse(html, max_size=len(html) - 1)


def test_a_megabyte_of_markup_just_under_a_custom_limit() -> None:
    html = "<html><body>" + "<div class='x'><p>Osh – Invented paragraph.</p></div>" * 20_000
    html += "</body></html>"
    page = _timed(html, max_size=len(html))
    assert len(page.articles[0].paragraphs) == 20_000


def test_many_attributes_and_huge_attribute_values() -> None:
    attributes = " ".join(f'data-a{i}="{"v" * 50}"' for i in range(2_000))
    html = (
        f"<html><body><p {attributes} class='{'invented' * 10_000}'>Osh – Text.</p></body></html>"
    )
    page = _timed(html)
    assert page.articles[0].paragraphs == ("Osh – Text.",)


def test_broken_json_ld_nested_deeply() -> None:
    script = '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    blocks, _meta, warnings = parse_html(
        f"<html><head>{script}</head><body><p>Osh.</p></body></html>"
    )
    assert [b.text for b in blocks] == ["Osh."]
    assert warnings == ("a JSON-LD block is not valid JSON and was ignored",)


def _flatten_by_stretches(text: str) -> str:
    """The deep-run guard written plainly: every stretch between two closing tags, longer than
    3 * _MAX_RUN and holding more than _MAX_RUN "<", is searched for runs."""
    from iomkg._front import html as front

    limit = front._MAX_RUN
    if len(text) <= 3 * limit:
        return text
    runs: list[list[int]] = []
    start = 0
    ends = [i for i in range(len(text) - 1) if text.startswith("</", i)] + [len(text)]
    for stop in ends:
        if stop - start > 3 * limit and text.count("<", start, stop) > limit:
            for match in front._OPEN_RUN.finditer(text, start, stop):
                if runs and runs[-1][1] == match.start():
                    runs[-1][1] = match.end()
                    runs[-1][2] += front._RUN_CHUNK
                else:
                    runs.append([match.start(), match.end(), front._RUN_CHUNK])
        start = max(start, stop + 2)
    deep = [run for run in runs if run[2] > limit]
    parts, position = [], 0
    for run_start, run_end, _ in deep:
        end = run_end
        while (one := front._OPEN_ONE.match(text, end)) is not None and one.end() > end:
            end = one.end()
        parts += [text[position:run_start], front._TAG.sub(" ", text[run_start:end])]
        position = end
    return "".join([*parts, text[position:]])


def test_the_deep_run_search_finds_what_a_search_of_every_stretch_finds() -> None:
    # Invented markup of opening tags, closing tags, stray "<", scripts and text, some of it
    # in runs deep enough to flatten: the search by windows flattens the same runs.
    rng = random.Random(7)
    flattened = 0
    pieces = ["<div>", "<p class=x>", "</div>", "<", "a < b ", "<br>", "Osh ", "<!-- c -->", "</"]
    for _ in range(60):
        parts: list[str] = []
        for _ in range(rng.randrange(1, 6)):
            if rng.random() < 0.4:
                parts.append(rng.choice(["<div>", "<b>", "<li>x"]) * rng.randrange(900, 1400))
            if rng.random() < 0.3:
                parts.append("<script>" + "x = a < b; " * rng.randrange(100, 1500) + "</script>")
            parts.extend(rng.choice(pieces) for _ in range(rng.randrange(0, 4000)))
        text = "".join(parts)
        expected = _flatten_by_stretches(text)
        assert front_flatten(text) == expected
        flattened += expected != text
    assert flattened > 10  # the runs were deep enough to flatten


def front_flatten(text: str) -> str:
    from iomkg._front import html as front

    return front._flatten_deep_runs(text, [])
