"""Main content of HTML by the density of its prose, not by class names (INVENTED pages).

Every page here is invented: the people, places and events do not exist.
"""

from __future__ import annotations

import datetime as dt

import iomkg
from iomkg._blocks import Region
from iomkg._front.html import parse_html

URL = "https://news.example.org/2024/05/invented-story"

P1 = (
    "Osh – An invented centre for returning migrants opened on Monday, offering legal advice, "
    "job counselling and language classes to families in the region."
)
P2 = (
    "The centre, run by an invented foundation, will serve about 600 people a year, and its "
    "staff of twelve will also visit villages in the south, the foundation said."
)
P3 = (
    "“Nobody should come home to a closed door,” said Aida Inventova, who heads the centre, "
    "adding that a second office may open in Naryn next spring."
)
BODY = (P1, P2, P3)


def _paragraphs(html: str) -> tuple[str, ...]:
    page = iomkg.parse(html, URL)
    return tuple(p for article in page.articles for p in article.paragraphs)


def _html(body: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Invented centre opens in Osh | Invented News</title>{head}</head>"
        f"<body>{body}</body></html>"
    )


NAV = (
    "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
)
RELATED = (
    "<aside class='related'><h3>More stories</h3><ul>"
    "<li><a href='/a'>Invented bridge reopens after a year of repairs in the north</a></li>"
    "<li><a href='/b'>Invented festival draws thousands of visitors to the lake</a></li>"
    "<li><a href='/c'>Invented school wins a national robotics prize this week</a></li>"
    "</ul></aside>"
)
COMMENTS = (
    "<section class='comments'><h3>Comments</h3>"
    "<div class='comment'><p>Great news, finally, and about time too, well done everyone.</p></div>"
    "<div class='comment'><p>I hope they open one in Talas as well, we need it, truly.</p></div>"
    "</section>"
)
FOOTER = "<footer><p>© 2024 Invented News. All rights reserved.</p></footer>"


def _story(container_class: str = "story-body") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"{NAV}<main><article><h1>Invented centre opens in Osh</h1>"
        f"<div class='{container_class}'>{paragraphs}</div>{COMMENTS}</article>{RELATED}</main>"
        f"{FOOTER}"
    )


def test_the_body_is_the_densest_run_of_prose() -> None:
    page = iomkg.parse(_html(_story()), URL)
    (article,) = page.articles
    assert article.title == "Invented centre opens in Osh"
    assert article.paragraphs == BODY
    assert page.language == "en"


def test_a_chrome_class_word_never_vetoes_the_container_that_holds_the_article() -> None:
    # "sidebar" and "pagination" name the box of the story itself (invented theme classes).
    for name in ("with-sidebar story", "article-body pagination-first", "menu-offset text"):
        assert _paragraphs(_html(_story(name))) == BODY, name


def test_reader_comments_and_related_stories_are_not_body() -> None:
    paragraphs = _paragraphs(_html(_story()))
    assert not any("Talas" in p or "bridge" in p or "well done" in p for p in paragraphs)


def test_a_form_around_the_whole_page_is_no_chrome() -> None:
    # ASP.NET pages put everything in one <form>; a small search form is a widget.
    search = "<form action='/search'><input name='q'><button>Search</button></form>"
    html = _html(f"<form id='aspnetForm' method='post'>{search}{_story()}</form>")
    assert _paragraphs(html) == BODY


def test_an_article_cut_into_boxes_by_an_advert_is_read_whole() -> None:
    html = _html(
        f"{NAV}<h1>Invented centre opens in Osh</h1><div class='wrap'><div class='grid'>"
        f"<div class='chunk body'><p>{P1}</p><p>{P2}</p></div></div>"
        "<div class='advert'>Advertisement</div>"
        f"<div class='grid'><div class='chunk body'><p>{P3}</p></div></div></div>{FOOTER}"
    )
    page = iomkg.parse(html, URL)
    assert page.articles[0].title == "Invented centre opens in Osh"
    assert _paragraphs(html) == BODY


def test_a_cookie_dialog_is_not_the_body_of_a_short_page() -> None:
    dialog = (
        "<div class='consent-banner' role='dialog'><p>We use cookies to improve this invented "
        "site, to measure visits, and to remember your choices.</p></div>"
    )
    assert _paragraphs(_html(dialog + _story())) == BODY


def test_regions_of_the_main_region_and_of_the_rest() -> None:
    blocks, meta, _ = parse_html(_html(_story()))
    main = [b.text for b in blocks if b.region is Region.MAIN]
    assert main == ["Invented centre opens in Osh", *BODY]
    assert meta.heading == "Invented centre opens in Osh"
    assert {b.region for b in blocks if b.region is not Region.MAIN} == {Region.ASIDE}


def test_untitled_posts_of_a_listing_are_one_unit_each_and_titles_carry_their_link() -> None:
    posts = "".join(
        f"<div class='post'>{title}<p>{text}</p><p>{text}</p></div>"
        for title, text in (
            ("<h2><a href='/news/desk'>Invented desk opens in Talas</a></h2>", P1),
            ("", P2),  # a post with no title
            ("<h2><a href='/news/fair'>Invented job fair held in Naryn</a></h2>", P3),
        )
    )
    html = _html(f"{NAV}<div id='content'><h1>News</h1><div class='posts'>{posts}</div></div>")
    blocks = [b for b in parse_html(html)[0] if b.region is Region.MAIN]
    assert [(b.unit, b.link) for b in blocks if b.heading_level == 2] == [
        (1, "/news/desk"),
        (3, "/news/fair"),
    ]
    assert [b.unit for b in blocks if b.text in (P1, P2, P3)] == [1, 1, 2, 2, 3, 3]


def test_placeholder_dates_and_dates_after_the_page_s_latest_are_not_publication_dates() -> None:
    def published(head: str) -> dt.date | None:
        return parse_html(_html(_story(), head))[1].published

    ld = '<script type="application/ld+json">{{"@type": "NewsArticle", {}}}</script>'
    meta = '<meta property="article:published_time" content="2024-05-06T08:00:00+06:00">'
    assert published(ld.format('"datePublished": "0001-01-01T00:00:00"') + meta) == dt.date(
        2024, 5, 6
    )
    assert published(ld.format('"datePublished": "1970-01-01"') + meta) == dt.date(2024, 5, 6)
    # Published after the page was last modified: a template's default date.
    later = '"datePublished": "2031-01-01", "dateModified": "2024-05-07"'
    assert published(ld.format(later) + meta) == dt.date(2024, 5, 6)


def test_a_timestamp_with_an_offset_keeps_its_local_calendar_day() -> None:
    late = '<meta property="article:published_time" content="2024-05-06T23:30:00-05:00">'
    early = '<meta property="article:published_time" content="2024-05-07T00:30:00+06:00">'
    assert parse_html(_html(_story(), late))[1].published == dt.date(2024, 5, 6)
    assert parse_html(_html(_story(), early))[1].published == dt.date(2024, 5, 7)


def test_the_page_language_is_read_from_the_text_not_the_lang_attribute() -> None:
    assert iomkg.parse(_html(_story(), lang="ru"), URL).language == "en"


def test_paragraphs_standing_before_the_box_of_the_rest_are_read_with_it() -> None:
    # A lead in a summary box, then a paragraph beside an advert, then the box of the rest.
    html = _html(
        f"{NAV}<div class='story'><h1>Invented centre opens in Osh</h1>"
        f"<div class='summary'>{P1}</div><div class='ad'>Advertisement</div>"
        f"<div class='paragraph'>{P2}</div><div class='rest'><p>{P3}</p><p>{P2}</p>"
        f"<p>{P1}</p></div></div>{FOOTER}"
    )
    assert _paragraphs(html) == (P1, P2, P3, P2, P1)


def _reference_leaves(root: object) -> list[tuple[int, str]]:
    """leaf_blocks' leaves as first written: one query of LEAVES, and for each list item or
    cell the next leaf's ancestors looked at up to four levels (see leaf_blocks)."""
    from iomkg._front.html_main import LEAVES

    nodes = root.css(LEAVES)  # type: ignore[attr-defined]
    holders = {"li", "td", "th", "dd", "dt", "blockquote", "figcaption", "caption"}
    out = []
    for index, node in enumerate(nodes):
        if node.tag == "br":
            continue
        if node.tag in holders and index < len(nodes) - 1:
            parent = nodes[index + 1].parent
            for _ in range(4):
                if parent is None or parent.mem_id == node.mem_id:
                    break
                parent = parent.parent
            if parent is not None:
                continue
        out.append((node.mem_id, node.text(deep=True)))
    return out


def test_leaf_blocks_keep_the_leaves_of_the_one_query_rule() -> None:
    import random

    from selectolax.lexbor import LexborHTMLParser

    from iomkg._front.html_main import leaf_blocks

    rng = random.Random(7)
    tags = ["li", "ul", "div", "p", "td", "table", "tr", "blockquote", "section", "br", "dd"]
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 40)):
            pick = rng.random()
            tag = rng.choice(tags)
            parts.append(f"<{tag}>Osh" if pick < 0.5 else f"</{tag}>" if pick < 0.8 else "Naryn")
        tree = LexborHTMLParser("".join(parts))
        assert tree.body is not None
        roots = [tree.body, *tree.body.css("div,ul")[:2]]
        for root in roots:
            found = [(node.mem_id, text) for node, text in leaf_blocks(root)[0]]
            assert found == _reference_leaves(root)


# Forms of boilerplate inside the story's own box (INVENTED markup and text).


def _in_story(extra: str, where: int = 2) -> str:
    """The invented story with ``extra`` after its ``where``-th paragraph."""
    paragraphs = [f"<p>{p}</p>" for p in BODY]
    paragraphs.insert(where, extra)
    return _html(
        f"{NAV}<main><article><h1>Invented centre opens in Osh</h1>"
        f"<div class='story-body'>{''.join(paragraphs)}</div></article></main>{FOOTER}"
    )


def test_text_hidden_by_an_inline_style_is_not_body_whatever_its_size() -> None:
    # A copy of the story's metadata (and of its text) for search engines, never shown.
    copy = " ".join(BODY)
    hidden = (
        "<div style='display: none;' itemscope><div itemprop='author'>Aida Inventova</div>"
        f"<div itemprop='datePublished'>2024-05-06T08:57:40+01:00</div><div>{copy}</div></div>"
    )
    assert _paragraphs(_in_story(hidden, 3)) == BODY
    assert _paragraphs(_in_story("<p style='VISIBILITY:hidden'>Invented hidden note.</p>")) == BODY


def test_a_caption_box_is_not_body() -> None:
    # A photo's caption in a box of its own (not a <figcaption>): a sentence like the story's.
    caption = (
        "<div class='image-block'><img src='/c.jpg' alt=''><div class='photo-caption'><p>"
        "Families wait outside the invented centre in Osh on Monday, before it opened.</p></div></div>"
    )
    assert _paragraphs(_in_story(caption, 1)) == BODY


def test_a_paragraph_that_is_a_link_to_another_story_is_not_body() -> None:
    teaser = (
        "<p><strong><a href='/other'>INVENTED BRIDGE REOPENS AFTER A YEAR OF REPAIRS IN THE "
        "NORTH</a></strong></p>"
    )
    also = "<p>Read also: <a href='/x'>Invented festival draws thousands of visitors to the lake</a></p>"
    assert _paragraphs(_in_story(teaser + also, 1)) == BODY


def test_a_link_of_a_word_or_two_is_a_reference_of_the_story() -> None:
    # A source's name or an address in a paragraph of its own is kept (the story cites it).
    source = "<p><a href='https://example.org/report'>[Invented Gazette]</a></p>"
    address = "<p><a href='https://example.org/r'>https://example.org/invented-report-2024</a></p>"
    assert _paragraphs(_in_story(source + address, 3)) == (
        *BODY,
        "[Invented Gazette]",
        "https://example.org/invented-report-2024",
    )


def test_notices_after_the_last_paragraph_are_not_body() -> None:
    # A call to follow, a call to subscribe and a copyright line end the story's box.
    tail = (
        "<p>Follow us on Twitter and Facebook for more invented news.</p>"
        "<p>Follow the Invented News opinion desk on Instagram.</p>"
        "<p>Sign up for our free invented newsletter.</p>"
        "<p>© 2024 Invented News. All rights reserved.</p>"
    )
    assert _paragraphs(_in_story(tail, 3)) == BODY


def test_a_notice_word_inside_the_story_is_body() -> None:
    # Only the notices after the last paragraph go: one between paragraphs is the story's.
    inside = "<p>Families can subscribe to a free text service, the centre said.</p>"
    # A last paragraph that names a network or a copyright in its sentences is the story's.
    last = (
        "<p>The foundation will follow the centre's work, it wrote on Facebook.</p>"
        "<p>Its newsletter said a copyright dispute over the logo was settled.</p>"
    )
    assert _paragraphs(_in_story(last, 3)) == (
        *BODY,
        "The foundation will follow the centre's work, it wrote on Facebook.",
        "Its newsletter said a copyright dispute over the logo was settled.",
    )
    assert _paragraphs(_in_story(inside, 2)) == (
        P1,
        P2,
        "Families can subscribe to a free text service, the centre said.",
        P3,
    )


def test_a_row_of_short_links_in_the_story_box_is_not_body() -> None:
    # Share buttons or tags as plain links in a paragraph of their own (no class to tell).
    row = (
        "<p><a href='/f'>Facebook</a> <a href='/t'>Twitter</a> <a href='/w'>WhatsApp</a> "
        "<a href='/e'>E-mail</a></p><div><a href='/tag/osh'>Osh</a> <a href='/tag/m'>migration</a>"
        " <a href='/tag/c'>centres</a></div>"
    )
    assert _paragraphs(_in_story(row, 3)) == BODY
    # Two short links in a sentence are the story's words.
    cited = "<p>The <a href='/r'>report</a> and the <a href='/m'>map</a> are online, it said.</p>"
    assert _paragraphs(_in_story(cited, 3)) == (
        *BODY,
        "The report and the map are online, it said.",
    )


def test_a_byline_box_in_the_story_box_is_not_body() -> None:
    byline = (
        "<div class='story-byline'><span class='author'>Aida Inventova and Bolot Inventov</span>"
        " <span>Invented Gazette</span><div>Published 10:02 AM May 6, 2024</div></div>"
    )
    assert _paragraphs(_in_story(byline, 0)) == BODY
    assert _paragraphs(_in_story(byline, 1)) == BODY


def test_the_label_of_an_advert_slot_between_paragraphs_is_not_body() -> None:
    assert _paragraphs(_in_story("<div class='slot-7'><p>ADVERTISEMENT</p></div>", 1)) == BODY
    assert _paragraphs(_in_story("<p>Реклама</p>", 2)) == BODY


def test_the_letter_tree_of_a_word_list_finds_what_a_substring_test_finds() -> None:
    # Invented class names and ids, and pieces of the words themselves: each list's pattern
    # finds a text exactly when one of its words stands in it.
    import random

    from iomkg._front import html, html_main

    lists = [
        html_main._NEGATIVE,
        html_main._POSITIVE,
        html_main._NEVER_BODY,
        html_main._NOT_BODY,
        tuple(html._WIDGET_CLASS.split("|")),
        tuple(html._NAV_CLASS.split("|")),
    ]
    pick = random.Random(11)
    every = [word for words in lists for word in words]
    texts = ["", "post-body entry", "site-header__menu", "sidebar-widget", "ad ad--epic"]
    for _ in range(3000):
        first, second = pick.choice(every), pick.choice(every)
        texts.append(first[: pick.randint(1, len(first))] + second[pick.randint(0, len(second)) :])
    for words in lists:
        pattern = html_main.any_word(words)
        for text in texts:
            assert (pattern.search(text) is not None) == any(word in text for word in words)
