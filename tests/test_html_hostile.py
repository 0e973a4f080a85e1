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
