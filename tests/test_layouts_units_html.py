"""HTML listings split by their post containers (``<article>``, a repeated ``div.post``).

Every page here is INVENTED (invented sites, places' events, people and addresses): no
text comes from a real page.
"""

from __future__ import annotations

import iomkg
from iomkg import PageKind

_HEAD = (
    "<!DOCTYPE html>\n<!-- INVENTED page written for the iomkg tests -->\n"
    '<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
    '<header class="site-header"><nav class="main-menu"><ul><li><a href="/">Home</a></li>'
    '<li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav>'
    "</header>\n"
)
_FOOT = (
    '<aside class="sidebar"><h2>Archives</h2><ul><li><a href="/2024/04/">April 2024</a></li>'
    '<li><a href="/2024/03/">March 2024</a></li></ul></aside>'
    "<footer><p>© 2024 Invented Blog</p></footer></body></html>\n"
)

FAIR = (
    "Osh – An invented job fair opened its doors to returning migrants on Friday, with forty "
    "invented employers offering work in building, farming and sewing, and a desk where "
    "invented lawyers answered questions about papers."
)
CLINIC = (
    "Naryn – The invented mobile clinic visited six villages this week and saw more than two "
    "hundred patients, its invented doctors said, and it will come back in June with "
    "dentists, eye doctors and a van of invented medicines for the winter."
)
ROOF = (
    "Talas – Pupils of an invented village school will study under a new roof this autumn, "
    "after an invented repair programme finished its work, the invented head teacher said, "
    "thanking the parents, the district and the invented donors for their help."
)


def _wordpress(fair: str, clinic: str, roof: str) -> str:
    """A WordPress-like category page: three ``<article>`` posts, the middle one untitled."""
    return (
        _HEAD.format(title="Migration news – Invented Blog")
        + '<div id="content" class="site-content"><main id="main" class="site-main">'
        '<header class="page-header"><h1 class="page-title">Migration news</h1></header>'
        '<article class="post type-post status-publish"><header class="entry-header">'
        '<h2 class="entry-title"><a href="/2024/05/invented-fair-opens/" rel="bookmark">'
        "Invented fair opens in Osh for returning migrants</a></h2>"
        '<div class="entry-meta"><span class="posted-on">3 May 2024</span></div></header>'
        f'<div class="entry-summary"><p>{fair}</p></div>'
        '<a class="more-link" href="/2024/05/invented-fair-opens/">Read more</a></article>\n'
        '<article class="post type-post status-publish">'
        '<div class="entry-meta"><span class="posted-on">2 May 2024</span></div>'
        f'<div class="entry-summary"><p>{clinic}</p></div>'
        '<a class="more-link" href="/2024/05/invented-clinic-in-naryn/">Read more</a>'
        "</article>\n"
        '<article class="post type-post status-publish"><header class="entry-header">'
        '<h2 class="entry-title"><a href="https://blog.invented.example/2024/04/invented-roof/">'
        "Invented school in Talas gets a new roof</a></h2></header>"
        f'<div class="entry-summary"><p>{roof}</p></div></article>\n'
        '<nav class="navigation posts-navigation"><a href="/category/migration/page/2/">'
        "Older posts</a></nav></main></div>" + _FOOT
    )


CATEGORY_URL = "https://blog.invented.example/category/migration/"


def _posts(page: iomkg.Page) -> list[tuple[str | None, str, str | None]]:
    return [(a.title, a.paragraphs[0], a.url) for a in page.articles]


def test_wordpress_category_untitled_post_is_its_own_unit() -> None:
    page = iomkg.parse(_wordpress(FAIR, CLINIC, ROOF), url=CATEGORY_URL)
    assert page.kind is PageKind.LISTING
    assert page.category == "Migration news"
    assert _posts(page) == [
        (
            "Invented fair opens in Osh for returning migrants",
            FAIR,
            "https://blog.invented.example/2024/05/invented-fair-opens/",
        ),
        (None, CLINIC, "https://blog.invented.example/2024/05/invented-clinic-in-naryn/"),
        (
            "Invented school in Talas gets a new roof",
            ROOF,
            "https://blog.invented.example/2024/04/invented-roof/",
        ),
    ]
    assert [len(a.paragraphs) for a in page.articles] == [1, 1, 1]


def test_wordpress_category_with_one_sentence_teasers() -> None:
    # Too little prose to find the body by its density: the posts are still told apart.
    fair, clinic, roof = (
        "An invented job fair opened in Osh.",
        "An invented clinic toured Naryn.",
        "An invented school got a roof.",
    )
    page = iomkg.parse(_wordpress(fair, clinic, roof), url=CATEGORY_URL)
    assert page.kind is PageKind.LISTING
    assert _posts(page) == [
        (
            "Invented fair opens in Osh for returning migrants",
            fair,
            "https://blog.invented.example/2024/05/invented-fair-opens/",
        ),
        (None, clinic, "https://blog.invented.example/2024/05/invented-clinic-in-naryn/"),
        (
            "Invented school in Talas gets a new roof",
            roof,
            "https://blog.invented.example/2024/04/invented-roof/",
        ),
    ]


def test_repeated_div_post_listing() -> None:
    posts = [
        ("Invented road built in Naryn", "/ru/news/101", FAIR.replace("Osh", "Naryn")),
        (None, "/ru/news/102", CLINIC),
        ("Invented water pipe for a village", "/ru/news/103", ROOF),
        ("Invented training for invented nurses", "/ru/news/104", FAIR),
    ]
    boxes = "".join(
        '<div class="post">'
        + (f'<h3><a href="{href}">{title}</a></h3>' if title else "")
        + f'<p>{text}</p><p><a href="{href}">Read more »</a></p></div>'
        for title, href, text in posts
    )
    html = (
        _HEAD.format(title="News")
        + f'<div class="content"><h1>Invented news</h1><div class="posts">{boxes}</div></div>'
        + _FOOT
    )
    page = iomkg.parse(html, url="http://invented.example/ru/news?page=3")
    assert page.kind is PageKind.LISTING
    assert page.category == "Invented news"
    assert _posts(page) == [
        (title, text, f"http://invented.example{href}") for title, href, text in posts
    ]


def test_teaser_without_text_takes_its_link() -> None:
    boxes = "".join(
        f'<article class="teaser"><h2><a href="/news/{n}">Invented headline number {n} of the'
        f" invented office</a></h2>{'<p>' + FAIR + '</p>' if n != 2 else ''}</article>"
        for n in (1, 2, 3)
    )
    html = _HEAD.format(title="News") + f"<main>{boxes}</main>" + _FOOT
    page = iomkg.parse(html, url="https://invented.example/en/news")
    assert [(t.title, t.url) for t in page.teasers] == [
        ("Invented headline number 2 of the invented office", "https://invented.example/news/2")
    ]
    assert [a.url for a in page.articles] == [
        "https://invented.example/news/1",
        "https://invented.example/news/3",
    ]


def test_single_article_with_sub_headings_stays_one_article() -> None:
    html = (
        _HEAD.format(title="Invented centre opens in Osh")
        + '<main><article class="post"><h1>Invented centre opens in Osh</h1>'
        f"<p>{FAIR}</p><h2>Invented services</h2><p>{CLINIC}</p>"
        f"<h2>Invented plans</h2><p>{ROOF}</p></article></main>" + _FOOT
    )
    page = iomkg.parse(html, url="https://blog.invented.example/2024/05/invented-centre-opens/")
    assert page.kind is not PageKind.LISTING
    assert [(a.title, a.paragraphs) for a in page.articles] == [
        (
            "Invented centre opens in Osh",
            (FAIR, "Invented services", CLINIC, "Invented plans", ROOF),
        )
    ]


def test_story_with_linked_posts_after_it_stays_one_article() -> None:
    related = "".join(
        f'<article class="teaser"><h3><a href="/news/{n}">Invented related story number {n}'
        f"</a></h3><p>An invented teaser of the related story number {n}.</p></article>"
        for n in (1, 2)
    )
    html = (
        _HEAD.format(title="Invented centre opens in Osh")
        + '<main><article class="story"><h1>Invented centre opens in Osh</h1>'
        f"<p>{FAIR}</p><p>{CLINIC}</p><p>{ROOF}</p></article>{related}</main>" + _FOOT
    )
    page = iomkg.parse(html, url="https://blog.invented.example/2024/05/invented-centre-opens/")
    assert page.kind is not PageKind.LISTING
    assert [a.title for a in page.articles] == ["Invented centre opens in Osh"]
    assert page.articles[0].paragraphs[:3] == (FAIR, CLINIC, ROOF)
    html = html.replace("/2024/05/invented-centre-opens/", "/x")
    page = iomkg.parse(html, url="https://blog.invented.example/x")
    assert [a.title for a in page.articles][:1] == ["Invented centre opens in Osh"]
    assert page.kind is not PageKind.LISTING
