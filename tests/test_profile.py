"""Site profiles: a host's chrome learned from its pages (INVENTED pages of an invented host)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import iomkg

# Everything below is INVENTED: an invented agency, invented places' news, invented people.
HOST = "news.invented-agency.example"
TOP = (
    "Invented Agency for Mobility\n"
    "Home · Who we are · News · Contact\n"
    "\n"
    "The agency at a glance\n"
    "\n"
    "The Invented Agency has worked in the Alai valley since 2001.\n"
    "\n"
    "  • 9 invented projects in 4 provinces\n"
    "  • More than 20 invented staff members\n"
    "\n"
)
END = "\nShare this story\n© 2024 Invented Agency for Mobility\n"
POSTS = [
    (
        "water-point",
        "Invented water point opens in Kara-Suu village",
        "Kara-Suu – On 3 May 2024, an invented water point opened for returning migrants and "
        "their families.",
        "More than two hundred invented families will use it every day, the organisers said.",
    ),
    (
        "job-fair",
        "Invented job fair gathers young people in Naryn",
        "Naryn – On 12 June 2024, an invented job fair brought together forty employers and "
        "young jobseekers.",
        "Half of the invented visitors left with an interview date, the organisers said.",
    ),
    (
        "border-training",
        "Invented border officials train on migrant protection",
        "Osh – On 2 July 2024, twenty invented border officials began a three-day training on "
        "migrant protection.",
        "The invented course ends with a visit to a crossing point near the town.",
    ),
    (
        "reading-room",
        "Invented reading room opens for migrant children in Talas",
        "Talas – On 9 August 2024, an invented reading room opened its doors to the children of "
        "migrant workers.",
        "Invented volunteers will read with the children twice a week.",
    ),
]


def url(slug: str) -> str:
    return f"https://{HOST}/stories/{slug}"


def dump(slug: str, title: str, lead: str, second: str, *, url_line: bool = True) -> str:
    head = f"URL: {url(slug)}\n" if url_line else ""
    return f"{head}{TOP}{title}\n\n{lead}\n\n{second}\n{END}"


EXPECTED = iomkg.SiteProfile(
    host=HOST,
    pages=4,
    lines=tuple(
        iomkg.ChromeLine(text=text, pages=4)
        for text in (
            "Invented Agency for Mobility",
            "Home · Who we are · News · Contact",
            "The agency at a glance",
            "The Invented Agency has worked in the Alai valley since 2001.",
            "9 invented projects in 4 provinces",
            "More than 20 invented staff members",
            "Share this story",
            "© 2024 Invented Agency for Mobility",
        )
    ),
    blocks=(
        iomkg.ChromeBlock(
            lines=(
                "Invented Agency for Mobility",
                "Home · Who we are · News · Contact",
                "The agency at a glance",
                "The Invented Agency has worked in the Alai valley since 2001.",
                "9 invented projects in 4 provinces",
                "More than 20 invented staff members",
            ),
            pages=4,
        ),
        iomkg.ChromeBlock(
            lines=("Share this story", "© 2024 Invented Agency for Mobility"), pages=4
        ),
    ),
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for number, post in enumerate(POSTS):
        (tmp_path / f"{number}-{post[0]}.txt").write_text(dump(*post), encoding="utf-8")
    return tmp_path


def test_load_learns_the_chrome_of_a_host(site: Path) -> None:
    corpus = iomkg.load(site)
    assert dict(corpus.profiles) == {HOST: EXPECTED}
    assert [(p.url, p.articles[0].title, p.articles[0].paragraphs) for p in corpus.pages] == [
        (url(slug), title, (lead, second)) for slug, title, lead, second in POSTS
    ]
    assert [a.dateline.text if a.dateline else None for a in corpus.articles] == [
        "Kara-Suu",
        "Naryn",
        "Osh",
        "Talas",
    ]


def test_the_sidebar_box_is_the_lead_of_a_page_parsed_alone(site: Path) -> None:
    """Why profiles matter: one page alone cannot tell the box from its own text."""
    alone = iomkg.parse_file(sorted(site.iterdir())[0])
    assert alone.articles[0].paragraphs[0] != POSTS[0][2]
    with_profile = iomkg.parse(dump(*POSTS[0]), profile=EXPECTED)
    assert with_profile == iomkg.load(site).pages[0]


def test_the_profile_round_trips_through_json() -> None:
    text = iomkg.dumps(EXPECTED)
    data = json.loads(text)
    assert (data["schema_version"], data["type"], data["host"], data["pages"]) == (
        2,
        "SiteProfile",
        HOST,
        4,
    )
    assert data["lines"][0] == {"text": "Invented Agency for Mobility", "pages": 4}
    assert iomkg.loads(text) == EXPECTED
    assert iomkg.loads(text, iomkg.SiteProfile) == EXPECTED


def test_learn_profile_from_sources_gives_what_load_learns() -> None:
    pairs = [(dump(*post, url_line=False), url(post[0])) for post in POSTS]
    assert iomkg.learn_profile(pairs) == EXPECTED
    texts = [dump(*post) for post in POSTS]  # the URL lines name the host
    assert iomkg.learn_profile(texts) == EXPECTED
    bare = [dump(*post, url_line=False).encode("utf-8") for post in POSTS]
    assert iomkg.learn_profile(bare, host=f"https://www.{HOST}/") == EXPECTED


def test_a_stored_profile_is_used_by_load(
    site: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    one = tmp_path_factory.mktemp("one")
    (one / "page.txt").write_text(dump(*POSTS[1]), encoding="utf-8")
    alone = iomkg.load(one)
    assert alone.profiles[HOST].lines == ()  # one page teaches nothing
    assert alone.pages[0].articles[0].title != POSTS[1][1]
    stored = iomkg.loads(iomkg.dumps(iomkg.load(site).profiles[HOST]))
    again = iomkg.load(one, profiles={HOST: stored})
    assert again.pages[0].articles[0].title == POSTS[1][1]
    assert dict(again.profiles) == {HOST: stored}
    assert iomkg.load(site, profiles=False).pages == tuple(
        iomkg.parse_file(path) for path in sorted(site.iterdir())
    )
    assert dict(iomkg.load(site, profiles=False).profiles) == {}


def test_workers_apply_the_profiles_alike(site: Path) -> None:
    assert iomkg.load(site, workers=2).pages == iomkg.load(site).pages


def test_few_pages_teach_nothing_and_copies_count_once() -> None:
    two = [dump(*post) for post in POSTS[:2]]
    assert iomkg.learn_profile(two).lines == ()
    copies = [dump(*POSTS[0])] * 5
    assert iomkg.learn_profile(copies) == iomkg.SiteProfile(host=HOST, pages=5)


LISTING = (
    "URL: https://{host}/news?page={n}\n"
    "Invented Agency for Mobility\n\n"
    "Invented centre number {n} opens in Osh\n1{n}.03.2024\n"
    "Osh – Invented centre {n} opened for returning migrants.\nRead more\n\n"
    "Invented fair number {n} held in Naryn\n0{n}.03.2024\n"
    "Naryn – Invented fair {n} was held for young jobseekers.\nRead more\n"
)


def test_lines_a_page_repeats_and_fact_lines_stay() -> None:
    """Lines under each post ("Read more") and fact lines carry structure: never chrome."""
    pages = [LISTING.format(host=HOST, n=n) for n in range(1, 5)]
    profile = iomkg.learn_profile(pages)
    assert [line.text for line in profile.lines] == ["Invented Agency for Mobility", "Read more"]
    page = iomkg.parse(pages[0], profile=profile)
    assert page == iomkg.parse(pages[0])  # nothing of the chrome was read as text
    assert (page.kind, len(page.articles)) == (iomkg.PageKind.LISTING, 2)
    facts = [
        f"URL: {url(slug)}\nInvented Agency for Mobility\nDonor: Invented Fund\n{title}\n\n{lead}\n"
        for slug, title, lead, _ in POSTS
    ]
    assert [line.text for line in iomkg.learn_profile(facts).lines] == [
        "Invented Agency for Mobility"
    ]


def test_a_chrome_line_alone_inside_the_text_stays() -> None:
    profile = iomkg.SiteProfile(
        host=HOST,
        pages=4,
        lines=(iomkg.ChromeLine(text="Share this story", pages=4),),
    )
    text = f"{POSTS[0][1]}\n\n{POSTS[0][2]}\n\nShare this story\n\n{POSTS[0][3]}\n"
    assert iomkg.parse(text, profile=profile) == iomkg.parse(text)


def test_bad_arguments() -> None:
    with pytest.raises(iomkg.InputTypeError, match="profile"):
        iomkg.parse("Osh – A text.", profile="news.invented-agency.example")  # type: ignore[arg-type]
    with pytest.raises(iomkg.ParseError, match="2 hosts"):
        iomkg.learn_profile([("a", "https://a.example/x"), ("b", "https://b.example/y")])
    with pytest.raises(iomkg.ParseError, match="pass host="):
        iomkg.learn_profile(["no address here"])
    with pytest.raises(iomkg.InputTypeError, match="sources"):
        iomkg.learn_profile("one page")
    with pytest.raises(iomkg.InputTypeError, match="min_share"):
        iomkg.learn_profile([], host=HOST, min_share=2)
    with pytest.raises(iomkg.InputTypeError, match="profiles"):
        iomkg.load([], profiles={"x": 1})  # type: ignore[dict-item]


def _html(number: int, title: str, lead: str, second: str) -> str:
    return (
        "<html><head><title>Invented Agency</title>"
        f'<link rel="canonical" href="https://{HOST}/stories/{number}"></head><body>'
        '<div class="content"><div class="box"><h3>The agency at a glance</h3>'
        "<p>The Invented Agency has worked in the Alai valley since 2001 and runs nine "
        "invented projects in four provinces.</p></div>"
        f"<h1>{title}</h1><p>{lead}</p><p>{second}</p></div></body></html>"
    )


def test_html_pages_learn_and_drop_a_sidebar_box() -> None:
    pages = [_html(n, title, lead, second) for n, (_, title, lead, second) in enumerate(POSTS)]
    profile = iomkg.learn_profile(pages)
    assert profile == iomkg.SiteProfile(
        host=HOST,
        pages=4,
        lines=(
            iomkg.ChromeLine(text="The agency at a glance", pages=4),
            iomkg.ChromeLine(
                text="The Invented Agency has worked in the Alai valley since 2001 and runs "
                "nine invented projects in four provinces.",
                pages=4,
            ),
        ),
        blocks=(
            iomkg.ChromeBlock(
                lines=(
                    "The agency at a glance",
                    "The Invented Agency has worked in the Alai valley since 2001 and runs "
                    "nine invented projects in four provinces.",
                ),
                pages=4,
            ),
        ),
    )
    assert [
        (a.title, a.paragraphs)
        for page in pages
        for a in iomkg.parse(page, profile=profile).articles
    ] == [(title, (lead, second)) for _, title, lead, second in POSTS]


@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_load_learns_from_a_web_archive(tmp_path: Path) -> None:
    import io

    pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n, (_, title, lead, second) in enumerate(POSTS):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://{HOST}/stories/{n}",
                "response",
                payload=io.BytesIO(_html(n, title, lead, second).encode("utf-8")),
                http_headers=headers,
            )
            writer.write_record(record)
    corpus = iomkg.load(path, hosts=[HOST])
    assert [line.text for line in corpus.profiles[HOST].lines] == [
        "The agency at a glance",
        "The Invented Agency has worked in the Alai valley since 2001 and runs "
        "nine invented projects in four provinces.",
    ]
    assert [(a.title, a.paragraphs[0]) for a in corpus.articles] == [
        (title, lead) for _, title, lead, _ in POSTS
    ]
    again = list(iomkg.iter_warc(path, hosts=[HOST], profiles=corpus.profiles))
    assert tuple(again) == corpus.pages


def test_a_headline_of_a_latest_news_box_stays_the_title_of_its_own_page() -> None:
    box = "Latest news\n" + "\n".join(title for _, title, _, _ in POSTS[:3]) + "\n"
    story = (
        f"URL: {url('water-point')}\nInvented Agency for Mobility\n{POSTS[0][1]}\n\n{POSTS[0][2]}\n"
    )
    others = [
        f"URL: {url(slug)}\nInvented Agency for Mobility\n{title}\n\n{lead}\n\n{second}\n\n{box}"
        for slug, title, lead, second in POSTS
    ]
    profile = iomkg.learn_profile([story, *others])
    assert [block.lines for block in profile.blocks] == [
        ("Latest news", *(title for _, title, _, _ in POSTS[:3]))
    ]
    page = iomkg.parse(story, profile=profile)
    assert (page.articles[0].title, page.articles[0].paragraphs) == (POSTS[0][1], (POSTS[0][2],))
    other = iomkg.parse(others[3], profile=profile)
    assert (other.articles[0].title, other.articles[0].paragraphs) == (
        POSTS[3][1],
        (POSTS[3][2], POSTS[3][3]),
    )


def test_the_page_says_what_its_profile_dropped(site: Path) -> None:
    page = iomkg.load(site).pages[0]
    assert page.decisions[-1] == iomkg.Decision(
        what="chrome",
        value="8",
        confidence=1.0,
        evidence=(f"site profile of {HOST}", "4 of 4 pages"),
    )
    assert all(d.what != "chrome" for d in iomkg.load(site, profiles=False).pages[0].decisions)


def test_dask_reads_with_profiles_learned_from_a_sample(site: Path) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    import iomkg.dask as ikd

    profiles = iomkg.load(sorted(site.iterdir())[:3]).profiles  # a sample of three pages
    got = ikd.pages(ikd.read(site, profiles=profiles)).compute(scheduler="synchronous")
    assert [p.articles[0].title for p in got] == [title for _, title, _, _ in POSTS]
    with pytest.raises(iomkg.InputTypeError, match="profiles"):
        ikd.read(site, profiles={HOST: "not a profile"})  # type: ignore[dict-item]


def test_a_corpus_with_profiles_pickles(site: Path) -> None:
    import pickle

    corpus = iomkg.load(site)
    again = pickle.loads(pickle.dumps(corpus))
    assert dict(again.profiles) == {HOST: EXPECTED}
    assert again.pages == corpus.pages
    with pytest.raises(TypeError):
        corpus.profiles["other.example"] = EXPECTED  # type: ignore[index]
