"""Reading pages from files: parse_file, the dump's URL line, urls=, a path handed to parse.

Every page here is INVENTED.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import iomkg
from iomkg.layouts import RawArticle, RawPage, register, unregister

TEXT = (
    "Invented title of a visit\n\nNaryn – On 3 May 2024, an invented delegation visited the town.\n"
)
URL = "https://kyrgyzstan.iom.int/news/invented-visit"
HTML = (
    "<html><head><meta charset='utf-8'><link rel='canonical' href='https://iom.kg/news/7'>"
    "</head><body><article><h1>Invented visit to Osh</h1>"
    "<p>Osh – An invented delegation visited the town on 4 May 2024.</p></article></body></html>"
)


def test_the_url_line_gives_the_address(tmp_path: Path) -> None:
    text = f"URL: {URL}\n{TEXT}"
    page = iomkg.parse(text)
    assert (page.url, page.site, page.articles[0].url) == (URL, "kyrgyzstan.iom.int", URL)
    assert page.articles[0].title == "Invented title of a visit"
    assert page == iomkg.parse(TEXT, URL)  # the line is the address, not text of the page
    assert iomkg.parse(text, "https://iom.kg/other").url == "https://iom.kg/other"  # url= wins
    assert iomkg.parse(f"  url:   {URL}  \n{TEXT}").url == URL
    assert iomkg.parse(f"{TEXT}URL: {URL}\n").url is None  # only a first line counts


def test_parse_file_reads_text_html_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"URL: {URL}\n{TEXT}", encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(f"URL: {URL}\n{TEXT}".encode("cp1251")))
    a = iomkg.parse_file(tmp_path / "a.txt")
    assert (a.url, a.articles[0].title) == (URL, "Invented title of a visit")
    b = iomkg.parse_file(str(tmp_path / "b.html"))
    assert (b.url, b.site, b.articles[0].title) == (
        "https://iom.kg/news/7",
        "iom.kg",
        "Invented visit to Osh",
    )
    c = iomkg.parse_file(tmp_path / "c.txt.gz")
    assert c.articles == a.articles
    assert iomkg.parse_file(tmp_path / "a.txt", "https://iom.kg/x").url == "https://iom.kg/x"


def test_parse_file_errors(tmp_path: Path) -> None:
    with pytest.raises(iomkg.LoadError, match="cannot be read"):
        iomkg.parse_file(tmp_path / "missing.txt")
    (tmp_path / "pages.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(iomkg.LoadError, match=r"many pages.*iomkg.load"):
        iomkg.parse_file(tmp_path / "pages.jsonl")
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip")
    with pytest.raises(iomkg.LoadError):
        iomkg.parse_file(tmp_path / "bad.txt.gz")
    with pytest.raises(iomkg.InputTypeError):
        iomkg.parse_file(3)  # type: ignore[arg-type]


def test_a_path_handed_to_parse_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(iomkg.ParseError, match=r"is the path of a file.*parse_file") as caught:
        iomkg.parse(str(path))
    assert caught.value.field == "source"
    with pytest.raises(iomkg.InputTypeError, match="parse_file"):
        iomkg.parse(path)  # type: ignore[arg-type]
    # A one-line page, and a path that names no file, are page text.
    assert iomkg.parse(str(tmp_path / "missing.txt")).kind is not None
    assert iomkg.parse("Osh – On 4 March 2024, a training opened.").articles


def test_load_reads_url_lines_and_urls(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"URL: {URL}\n{TEXT}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.html").write_text(HTML, encoding="utf-8")
    corpus = iomkg.load(tmp_path)
    assert [p.url for p in corpus.pages] == [URL, None, "https://iom.kg/news/7"]
    mapped = iomkg.load(
        tmp_path,
        urls={
            tmp_path / "b.txt": "https://iom.kg/news/b",
            str(tmp_path / "a.txt"): "https://iom.kg/news/a",  # over the URL line
        },
    )
    assert [p.url for p in mapped.pages] == [
        "https://iom.kg/news/a",
        "https://iom.kg/news/b",
        "https://iom.kg/news/7",
    ]
    assert [a.url for a in mapped.articles] == [p.url for p in mapped.pages]
    assert iomkg.load(tmp_path, urls={}, workers=2).pages == corpus.pages
    with pytest.raises(iomkg.InputTypeError, match="urls"):
        iomkg.load(tmp_path, urls=["a"])  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError, match="urls"):
        iomkg.load(tmp_path, urls={"a.txt": 3})  # type: ignore[dict-item]


class _Posts:
    """An invented plug-in layout whose posts link to their own pages (relative links)."""

    name = "invented-posts"

    def match(self, blocks: object, url: str | None) -> float:
        return 1.0 if url and "invented-posts" in url else 0.0

    def split(self, blocks: object, url: str | None) -> RawPage:
        return RawPage(
            kind=iomkg.PageKind.LISTING,
            articles=(
                RawArticle(title="Invented first post", paragraphs=("One.",), url="/news/1"),
                RawArticle(title="Invented second post", paragraphs=("Two.",)),
                RawArticle(
                    title="Invented third post",
                    paragraphs=("Three.",),
                    url="https://other.example/3",
                ),
            ),
        )


def test_a_listings_articles_get_their_url_where_known() -> None:
    register(_Posts(), first=True)
    try:
        page = iomkg.parse("Anything", "https://iom.kg/invented-posts?page=2")
    finally:
        unregister("invented-posts")
    assert [a.url for a in page.articles] == [
        "https://iom.kg/news/1",
        None,
        "https://other.example/3",
    ]
