"""The HTML front end: blocks, regions, spacing, dropped elements, the invented fixture pages."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import iomkg
from iomkg._blocks import BlockKind, Region
from iomkg._front.html import looks_like_html, parse_html

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"


def _texts(html: str) -> list[str]:
    return [b.text for b in parse_html(html)[0]]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Hello <b>big</b> world</p>", ["Hello big world"]),
        ("<p>Hello</p><p>big</p><p>world</p>", ["Hello", "big", "world"]),
        ("<p>a<br>b</p>", ["a", "b"]),
        ("<p>a<br><br>b<br/></p>", ["a", "b"]),
        ("<div>Osh<p>Naryn</p>Talas</div>", ["Osh", "Naryn", "Talas"]),
        ("<p>600&nbsp;returnees&#8203; in&#160;Osh</p>", ["600 returnees in Osh"]),
        ("<p>  many\n\n   spaces\tand tabs </p>", ["many spaces and tabs"]),
        ("<p>Mr.<a href='#'>Invented</a>, Osh</p>", ["Mr.Invented, Osh"]),
        ("<table><tr><th>Start Date</th><td>2022</td></tr></table>", ["Start Date", "2022"]),
        ("<p>Soft&shy;hyphen</p>", ["Softhyphen"]),
    ],
)
def test_spacing_and_block_boundaries(html: str, expected: list[str]) -> None:
    assert _texts("<html><body>" + html + "</body></html>") == expected


def test_dropped_elements_leave_no_text() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><script>var x = 'code';</script>"
        "<noscript>Enable JS</noscript><template><p>Template text</p></template>"
        "<svg><text>Chart label</text></svg><form><label>Name</label><input value='v'>"
        "<button>Send</button></form><iframe src='x'></iframe>"
        "<div class='cookie-notice'>We use cookies.</div><div class='share-links'>Share</div>"
        "<p>Only this stays.</p></body></html>"
    )
    blocks = parse_html(html)[0]
    assert [(b.text, b.gap) for b in blocks] == [("Only this stays.", 2)]


def test_a_long_element_with_a_widget_class_is_content() -> None:
    text = "Invented words about shared services for migrants. " * 20
    blocks = parse_html(
        f"<html><body><div class='shared-services'><p>{text}</p></div></body></html>"
    )[0]
    assert [b.text for b in blocks] == [text.strip()]


def test_list_items_carry_bullet_and_level_and_item_text_after_a_label_is_a_line() -> None:
    html = (
        "<html><body><ul><li>One<ul><li>Nested</li></ul></li>"
        "<li><span>Project Type</span><div>Labour Migration</div></li></ul></body></html>"
    )
    blocks = parse_html(html)[0]
    assert [(b.text, b.kind, b.level, b.bullet, b.gap) for b in blocks] == [
        ("One", BlockKind.LIST_ITEM, 0, "•", 1),
        ("Nested", BlockKind.LIST_ITEM, 1, "•", 1),
        ("Project Type", BlockKind.LIST_ITEM, 0, "•", 1),
        ("Labour Migration", BlockKind.LINE, 0, None, 0),
    ]


def test_kinds_headings_captions_and_gaps() -> None:
    html = (
        "<html><body><main><h1>Invented title</h1><h3>Part</h3><p>Osh – Text.</p>"
        "<figure><img src='a.jpg'><figcaption>A desk. Photo: IOM</figcaption></figure>"
        "<blockquote>A quote.</blockquote></main></body></html>"
    )
    blocks = parse_html(html)[0]
    assert [(b.text, b.kind, b.heading_level, b.gap, b.offset) for b in blocks] == [
        ("Invented title", BlockKind.HEADING, 1, 1, 0),
        ("Part", BlockKind.HEADING, 3, 1, 1),
        ("Osh – Text.", BlockKind.PARAGRAPH, 0, 1, 2),
        ("A desk. Photo: IOM", BlockKind.CAPTION, 0, 2, 3),
        ("A quote.", BlockKind.PARAGRAPH, 0, 1, 4),
    ]


def test_regions_of_chrome_and_of_the_main_region() -> None:
    html = (
        "<html><body><header><div class='logo'>Invented Site</div><nav><ul><li>Home</li></ul></nav>"
        "</header><div class='sidebar-first'><p>Side</p></div><main><article><header><h1>T</h1>"
        "</header><p>Body.</p><nav class='breadcrumb'>Crumb</nav><footer>SDG 8 - Decent Work</footer>"
        "</article></main><aside>Aside</aside><footer><p>© 2025</p></footer></body></html>"
    )
    blocks = parse_html(html)[0]
    assert [(b.text, b.region) for b in blocks] == [
        ("Invented Site", Region.NAV),
        ("Home", Region.NAV),
        ("Side", Region.ASIDE),
        ("T", Region.MAIN),
        ("Body.", Region.MAIN),
        ("Crumb", Region.NAV),
        ("SDG 8 - Decent Work", Region.MAIN),
        ("Aside", Region.ASIDE),
        ("© 2025", Region.FOOTER),
    ]


def test_main_region_without_main_element_is_found_by_the_h1_and_the_paragraphs() -> None:
    body = "<p>Osh – An invented paragraph of the article body, long enough to count.</p>" * 3
    html = (
        "<html><body><div id='top'><p>Top links</p></div><div class='node'><div class='title'>"
        f"<h1>Invented title</h1></div><div class='text'>{body}</div></div>"
        "<div class='bottom'><p>Bottom</p></div></body></html>"
    )
    blocks = parse_html(html)[0]
    assert [(b.text[:14], b.region) for b in blocks] == [
        ("Top links", Region.ASIDE),
        ("Invented title", Region.MAIN),
        ("Osh – An inven", Region.MAIN),
        ("Osh – An inven", Region.MAIN),
        ("Osh – An inven", Region.MAIN),
        ("Bottom", Region.ASIDE),
    ]


def test_a_page_without_main_and_h1_keeps_every_block_unknown() -> None:
    blocks = parse_html("<html><body><p>Osh – One.</p><p>Two.</p></body></html>")[0]
    assert {b.region for b in blocks} == {Region.UNKNOWN}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body></body></html>", True),
        ("  <!-- invented --> <html lang='en'>", True),
        ("<div class='x'>Osh</div>", True),
        ("<P>Upper case</P>", True),
        ("Osh – a page that mentions <html> in passing", False),
        ("<<< not a tag", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_the_drupal_fixture_page() -> None:
    html = (FIXTURES / "drupal-news.html").read_text(encoding="utf-8")
    page = iomkg.parse(html)
    assert (page.layout, page.kind.value, page.language, page.site) == (
        "iom-drupal",
        "article",
        "en",
        "kyrgyzstan.iom.int",
    )
    assert page.url == "https://kyrgyzstan.iom.int/news/invented-service-desk-talas"
    assert page.warnings == ()
    (article,) = page.articles
    assert article.title == "Invented ministry and IOM open a migrant service desk in Talas"
    assert article.published == dt.date(2024, 3, 12)
    assert article.dateline is not None
    assert article.dateline.text == "Talas, 12 March 2024"
    assert article.paragraphs == (
        "Talas, 12 March 2024 – The Invented Ministry of Labour and the International "
        "Organization for Migration (IOM) opened a service desk for returning migrants in Talas.",
        "The desk will advise 600 returnees a year on jobs, documents and social services.",
        "“Nobody should come home to a closed door,” said Mr. Bakyt Invented, the head of the desk.",
        "legal advice;",
        "job counselling;",
        "for women returnees;",
        "referrals to health services.",
    )
    assert article.captions == (
        "The opening of the invented desk in Talas. Photo: IOM/Invented Person",
    )
    assert article.tags == (
        "SDG 8 - Decent Work and Economic Growth",
        "SDG 10 - Reduced Inequalities",
    )
    assert [p.name for p in article.people] == ["Bakyt Invented"]


def test_the_wordpress_category_fixture_splits_its_posts() -> None:
    html = (FIXTURES / "wordpress-category.html").read_text(encoding="utf-8")
    page = iomkg.parse(html)
    assert (page.layout, page.kind.value, page.category, page.url) == (
        "iom-kg-legacy",
        "listing",
        "Press Releases",
        "https://iom.kg/en/?cat=9",
    )
    assert [(a.title, a.published, a.paragraphs) for a in page.articles] == [
        (
            "Invented shelter reopens in Osh after repairs",
            dt.date(2016, 6, 22),
            (
                "June 22, 2016. Bishkek. The invented shelter for victims of trafficking "
                "reopened after repairs funded by an invented donor.",
                "The shelter can host twelve people and offers legal and medical help.",
            ),
        ),
        (
            "Invented hotline answers 5,000 calls",
            None,
            (
                "From March 30 to April 1 2015, the invented hotline team reviewed its "
                "results for the year.",
                "5,000 calls were answered;",
                "400 people were referred to partners.",
            ),
        ),
    ]


# The widget and chrome rules are CSS attribute selectors, read off the attributes in Python
# during the walk. These are the selectors, as lexbor runs them: the rules must agree.
WIDGET_SELECTOR = (
    "[class*=cookie],[id*=cookie],[class*=consent],[id*=consent],[class*=gdpr],"
    "[class*=share],[id*=share],[class*=sharing],[class*=addtoany],[class*=a2a_],"
    "[class*=social-media],[class*=social-links],[class*=socials],[class*=social-icons],"
    "[class*=visually-hidden],[class*=sr-only],[class*=screen-reader],[hidden],"
    "[aria-hidden=true]"
)
CHROME_SELECTORS = (
    (
        "[role=navigation],[class*=menu],[id*=menu],[class*=breadcrumb],[class*=pager],"
        "[class*=pagination],[class*=navbar],[class*=language-switcher],[class*=navigation],"
        "[class*=nav-links]",
        Region.NAV,
    ),
    (
        "[role=complementary],[class*=sidebar],[id*=sidebar],[class*=widget-area],[class*=related]",
        Region.ASIDE,
    ),
    ("[role=contentinfo],[id*=footer],[class~=footer],[class*=site-footer]", Region.FOOTER),
    ("[role=banner],[class*=site-header],[id=header],[class~=header]", Region.HEADER),
)
ATTRIBUTES = [
    'class="cookie-bar"',
    'class="Cookie-bar"',
    'id="consent"',
    'class="sharing-tools"',
    'class="a2a_kit"',
    "hidden",
    'aria-hidden="true"',
    'aria-hidden="TRUE"',
    'class="main-menu"',
    'id="block-menu"',
    'role="navigation"',
    'role="Navigation"',
    'class="sidebar-first"',
    'class="related-posts"',
    'class="region footer"',
    'class="footer-x"',
    "class='a\tfooter'",
    'class="a&nbsp;footer"',
    'id="page-footer"',
    'class="site-header"',
    'id="header"',
    'id="headerx"',
    'class="x header"',
    'role="banner"',
    'role="contentinfo"',
    'class="node text"',
    "class",
    'data-x="menu"',
]


@pytest.mark.parametrize("attribute", ATTRIBUTES)
def test_widget_and_chrome_rules_agree_with_the_css_selectors(attribute: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from iomkg._front.html import _chrome_region, _is_widget

    node = LexborHTMLParser(f"<div {attribute}>Invented</div>").css_first("div")
    assert node is not None
    assert _is_widget(node.attributes) is node.css_matches(WIDGET_SELECTOR)
    by_css = next((region for css, region in CHROME_SELECTORS if node.css_matches(css)), None)
    assert _chrome_region(node.attributes) is by_css


@pytest.mark.parametrize("name", ["drupal-news.html", "wordpress-category.html"])
def test_the_one_metadata_query_finds_what_the_selectors_find(name: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from iomkg._front.html_metadata import JSON_LD_SCRIPT, MetaNodes

    html = (FIXTURES / name).read_text(encoding="utf-8")
    extra = (
        '<svg><title>Icon</title><script type="application/LD+JSON">{}</script></svg>'
        '<script type="application/LD+JSON">{"@type": "WebPage"}</script>'
        '<meta itemprop="datePublished" content="2024-01-02"><time datetime="2024-01-03">3</time>'
    )
    tree = LexborHTMLParser(html.replace("</body>", extra + "</body>"))
    found = MetaNodes.from_tree(tree)
    html_node, title = tree.css_first("html"), tree.css_first("title")
    assert html_node is not None
    assert title is not None
    assert found.html == html_node.attributes
    assert found.metas == [node.attributes for node in tree.css("meta")]
    assert found.links == [node.attributes for node in tree.css("link[rel]")]
    assert [s.mem_id for s in found.scripts] == [s.mem_id for s in tree.css(JSON_LD_SCRIPT)]
    assert [t.mem_id for t, _ in found.times] == [t.mem_id for t in tree.css("time[datetime]")]
    assert found.title is not None
    assert found.title.mem_id == title.mem_id


@pytest.mark.parametrize("name", ["drupal-news.html", "wordpress-category.html"])
def test_the_head_query_and_the_body_walk_find_what_the_one_query_finds(name: str) -> None:
    # The fixture pages with invented elements in the body: an SVG's title and JSON-LD script
    # (an SVG element's type is compared letter for letter, an HTML one's in either case), a
    # link without rel, a time without datetime, a second title.
    from selectolax.lexbor import LexborHTMLParser

    from iomkg._front.html_main import leaf_blocks, leaf_blocks_and_tags
    from iomkg._front.html_metadata import MetaNodes, body_tags

    html = (FIXTURES / name).read_text(encoding="utf-8")
    extra = (
        '<svg><title>Icon</title><script type="application/LD+JSON">{}</script></svg>'
        '<script type="application/LD+JSON">{}</script><script type="ld+json">{}</script>'
        '<link href="/x"><LINK REL="next" href="/y"><time>May</time><time datetime="2024">3</time>'
        "<title>Second</title><main><article><h1>Invented</h1></article></main>"
    )
    tree = LexborHTMLParser(html.replace("</body>", extra + "</body>"))
    assert tree.body is not None
    leaves, loose, found = leaf_blocks_and_tags(tree.body, body_tags())
    one, two = MetaNodes.from_tree(tree), MetaNodes.from_head(tree, found)

    def ids(nodes: list[LexborNode]) -> list[int]:
        return [node.mem_id for node in nodes]

    assert (one.html, one.metas, one.links) == (two.html, two.metas, two.links)
    assert one.title is not None
    assert two.title is not None
    assert one.title.mem_id == two.title.mem_id
    assert ids(one.scripts) == ids(two.scripts)
    assert [(t.mem_id, a) for t, a in one.times] == [(t.mem_id, a) for t, a in two.times]
    for group in ("headings", "articles", "mains"):
        assert ids(getattr(one, group)) == ids(getattr(two, group))
    # [type*="ld+json"] takes the body's two HTML scripts and leaves the SVG's out
    parents = [script.parent.tag for script in two.scripts if script.parent is not None]
    assert (parents[-2:], "svg" in parents) == (["body", "body"], False)
    plain = leaf_blocks(tree.body)
    assert [(n.mem_id, t) for n, t in leaves] == [(n.mem_id, t) for n, t in plain[0]]
    assert [(n.mem_id, t) for n, t in loose] == [(n.mem_id, t) for n, t in plain[1]]


@pytest.mark.skipif(
    sys.version_info < (3, 11),
    reason="the fast form is written for Python 3.11's regex engine; 3.10 searches with the "
    "plain form itself",
)
def test_the_fast_search_for_crowded_elements_matches_the_plain_one() -> None:
    # Invented tags around the edges of a chunk of attributes: 63, 64, 65 of them, runs of
    # spaces and names at their bounds, quoted values that hold brackets, names that open
    # with "=" or hold "<" or a quote, attributes right after a quoted value, values too long.
    import random
    import re

    from iomkg._front import html as front

    plain = re.compile(rf"<[a-zA-Z](?>[^\s/>]{{0,60}})(?:{front._ONE_ATTR}){{{front._ATTR_CHUNK}}}")
    pick = random.Random(7).choice
    separators = [" ", "\n", "\u00a0", "/", "", " " * 20, " " * 21]
    names = ["a", "data-x", "n" * 199, "=a", "a<", 'a"', "n" * 201, "é"]
    values = ["", "=x", '="v"', "='v'", '=">"', " = z", "=`x", "=x'y", "=" + " " * 21 + "z"]
    values += ['="' + "q" * 4001, '="' + "q " * 2001 + '"', "=" + "u" * 4001]
    found = 0
    for _ in range(300):
        count = pick([63, 64, 65, 130])
        parts = [pick(["<p", "<a<b", "<" + "x" * 60, "<" + "x" * 61])]
        for _ in range(count):
            rare = pick([True] + [False] * 40)
            parts.append(
                pick(separators if rare else separators[:3])
                + pick(names if rare else names[:3])
                + pick(values if rare else values[:7])
            )
        text = "".join(parts) + pick([">", "", "<"])
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in front._crowded().finditer(text)] == spans
        found += len(spans)
    assert found > 20


def test_the_only_printable_white_space_is_the_space() -> None:
    # A block's text is taken as it is when it is printable with no double, leading or
    # trailing space: that holds only while no other printable character is white space.
    assert [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()] == [" "]
    assert _texts("<p>Osh\u3000 Naryn\u2028Talas \u00a0</p><p> Batken</p>") == [
        "Osh Naryn Talas",
        "Batken",
    ]


def test_a_menu_of_plain_items_reads_as_the_general_walk_would() -> None:
    # Invented menu: plain items (read in one run) around items that are not plain (a class,
    # text after a link, a nested list), white space and text between items, empty items.
    html = (
        '<html><body><nav><ul>\n <li><a href="/">Home</a></li>\n <li>  News  </li><li></li>'
        '<li>&nbsp;</li><li class="x">Classed</li><li><a href="/a">About</a> us</li>'
        "<li>Osh<ul><li>Naryn</li> <li>Talas</li></ul></li> loose text <li><a>Last</a></li>"
        "</ul></nav><main><h1>Invented</h1><p>Text.</p></main></body></html>"
    )
    blocks = parse_html(html)[0]
    item, nav = BlockKind.LIST_ITEM, Region.NAV
    assert [(b.text, b.kind, b.level, b.bullet, b.region) for b in blocks[:9]] == [
        ("Home", item, 0, "•", nav),
        ("News", item, 0, "•", nav),
        ("Classed", item, 0, "•", nav),
        ("About us", item, 0, "•", nav),
        ("Osh", item, 0, "•", nav),
        ("Naryn", item, 1, "•", nav),
        ("Talas", item, 1, "•", nav),
        ("loose text", BlockKind.LINE, 0, None, nav),
        ("Last", item, 0, "•", nav),
    ]
    assert [b.offset for b in blocks] == list(range(11))


@pytest.mark.parametrize("attribute", ATTRIBUTES)
def test_the_kept_rules_of_a_class_are_the_rules(attribute: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from iomkg._front.html import _kept_rules, _rules

    node = LexborHTMLParser(f"<div {attribute}>Invented</div>").css_first("div")
    assert node is not None
    found = node.attributes
    values = (
        found.get("class") or "",
        found.get("id") or "",
        found.get("role"),
        ("hidden" in found, found.get("aria-hidden")),
    )
    for density in (True, False):
        assert _kept_rules(*values, density) == _rules(*values, density)


def test_the_rules_of_long_class_names_are_not_kept() -> None:
    from iomkg._front.html import _kept_rules

    before = _kept_rules.cache_info().currsize
    invented = "invented-box " * 200
    html = (
        f'<html><body><main><div class="{invented}"><p>Osh – Invented text, with a comma. '
        f'It ends.</p></div><div role="{invented}"><p>More invented text.</p></div></main>'
        "</body></html>"
    )
    blocks, _meta, _warnings = parse_html(html)
    assert [b.text for b in blocks] == [
        "Osh – Invented text, with a comma. It ends.",
        "More invented text.",
    ]
    assert _kept_rules.cache_info().currsize == before


def test_a_leaf_is_cleaned_as_by_removing_invisible_characters_then_collapsing_spaces() -> None:
    # Invented texts of letters, white space of every kind, the separators U+001C-U+001F (white
    # space that is invisible) and the invisible characters: the shortcut for texts with no
    # invisible character gives what the removal and the collapse give.
    import random

    from iomkg._front import html as front
    from iomkg._front.decode import INVISIBLE

    def plain(text: str) -> str:
        text = INVISIBLE.sub("", text)
        return " ".join(text.split())

    rng = random.Random(11)
    alphabet = ["O", "s", "h", " ", "\n", "\t", "\r", "\x0b", "\x0c", "\x85", "\xa0", "\u2003",
                "\x1c", "\x1d", "\x1e", "\x1f", "\u200b", "\u00ad", "\ufeff", "\x00", "\x7f",
                "\u2060", "\x0e", "ж"]  # fmt: skip
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert front._clean(text, True) == plain(text), repr(text)
