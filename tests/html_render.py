"""Render an invented text dump as theme-like HTML, for the equivalence tests.

The markup stands for the IOM Drupal theme and the old WordPress site: a site
banner with logo, menu and language switcher, a cookie banner, share buttons,
a sidebar of related news, a footer with a copyright year, scripts and styles.
Every page rendered here comes from an INVENTED dump (the bundled sample or
the tests' own); the chrome text is invented too.
"""

from __future__ import annotations

import html
import re

import iomkg
from iomkg._blocks import BlockKind
from iomkg._front.text import blocks_from_text

_COUNTER = re.compile(r"^\S{1,60} \S{1,60} \S{1,60}$")

HEAD = (
    "<!DOCTYPE html>\n<!-- INVENTED page rendered by the iomkg tests; no real person or event -->\n"
    '<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
    "<style>body {{ font-family: sans-serif; }} p::after {{ content: 'x'; }}</style>"
    '<script>window.dataLayer = [{{"event": "Invented tracking text"}}];</script>'
    "</head><body>\n"
    '<div class="cookie-banner" role="dialog"><p>We use cookies to improve this invented site.</p>'
    "<button>Accept</button></div>\n"
    '<a class="skip-link visually-hidden" href="#main">Skip to main content</a>\n'
    '<header class="site-header"><div class="logo"><a href="/"><img src="/logo.svg" alt="IOM">'
    '</a></div>\n<nav class="main-menu"><ul>{menu}</ul></nav>\n'
    '<div class="language-switcher"><ul><li><a href="/">English</a></li>'
    '<li><a href="/ru">Русский</a></li></ul></div></header>\n'
)
SIDEBAR = (
    '<aside class="sidebar"><h2>Related invented news</h2><ul>'
    '<li><a href="/news/x">Invented related headline about a conference</a></li></ul>'
    "<p>Subscribe to the invented newsletter.</p></aside>\n"
)
SHARE = (
    '<div class="share-buttons"><span>Share this</span><a href="#">Facebook</a>'
    '<a href="#">X</a><a href="#">LinkedIn</a></div>\n'
)
FOOTER = (
    '<footer class="site-footer"><div class="footer-menu"><ul><li><a href="/contact">Contact</a>'
    '</li><li><a href="/jobs">Careers</a></li></ul></div><p>© 2025 Invented Footer Holder.'
    ' Last updated <time datetime="2025-11-02">2 November 2025</time></p></footer>\n'
    '<script src="/theme.js"></script><noscript>Enable invented JavaScript.</noscript>'
    "</body></html>\n"
)


def _inline(text: str) -> str:
    """Escape, and wrap the first word in ``<strong>`` when a space follows it."""
    escaped = html.escape(text, quote=False)
    head, sep, tail = escaped.partition(" ")
    if sep and tail:
        return f"<strong>{head}</strong> {tail}"
    return escaped


def _menu_end(lines: list[str]) -> int:
    for index, line in enumerate(lines[:150]):
        if line.lstrip().startswith("-") and "2030" in line:
            return index + 1
    return 0


def _legacy_header_end(lines: list[str]) -> int:
    if not lines or not lines[0].startswith("Message from"):
        return 0
    for index, line in enumerate(lines[:10]):
        if _COUNTER.match(line.strip()) and any(ch.isdigit() for ch in line):
            return index + 1
    return 0


def render(dump: str, url: str | None, *, heading: str | None = None) -> str:
    """An HTML page whose main region holds the dump's content and whose chrome is invented.

    ``heading`` is an ``h1`` put before the content of a page whose dump shows no
    title (a story's title, which only the HTML holds).
    """
    page = iomkg.parse(dump, url)
    titles = {a.title for a in page.articles if a.title}
    lines = dump.split("\n")
    start = _menu_end(lines)
    menu = "".join(
        f"<li><a href='#'>{html.escape(line.strip(' -'))}</a></li>"
        for line in lines[:start]
        if line.strip(" -")
    )
    legacy = _legacy_header_end(lines)
    pre_header = ""
    if legacy:
        pre_header = (
            '<div class="site-header"><p>'
            + "</p><p>".join(html.escape(x) for x in lines[:legacy] if x.strip())
            + "</p></div>"
        )
        start = legacy
    body = "\n".join(lines[start:])
    blocks = blocks_from_text(body)
    lang = page.language or "en"
    title = next(iter(sorted(titles)), "Invented page") if len(titles) == 1 else "Invented page"
    out = [HEAD.format(lang=lang, title=html.escape(title) + " | IOM Invented", menu=menu)]
    out.append(pre_header)
    out.append('<main id="main"><div class="region-content">\n')
    if heading is not None:
        out.append(f'<h1 class="page-title">{html.escape(heading)}</h1>\n{SHARE}')
    listing = len(page.articles) > 1
    open_lists = 0
    in_post = False
    skip = -1
    for index, block in enumerate(blocks):
        if index == skip:
            continue
        if block.kind is BlockKind.LIST_ITEM:
            while open_lists <= block.level:
                out.append("<ul>")
                open_lists += 1
            while open_lists > block.level + 1:
                out.append("</ul>")
                open_lists -= 1
            value = ""
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                nxt is not None
                and nxt.kind is BlockKind.LINE
                and nxt.gap == 0
                and body[nxt.offset - 1 : nxt.offset] == " "
            ):
                # An indented line under an item is the item's value: a div inside the item.
                value = f'<div class="value">{_inline(nxt.text)}</div>'
                skip = index + 1
            out.append(f"<li>{_inline(block.text)}{value}</li>\n")
            continue
        while open_lists:
            out.append("</ul>")
            open_lists -= 1
        if block.gap >= 2:
            out.append('<figure><img src="/photo.jpg" alt=""></figure>\n')
        text = block.text
        if text in titles:
            if listing:
                if in_post:
                    out.append("</article>\n")
                out.append(
                    f'<article class="post"><h2 class="entry-title"><a href="/?p=1">'
                    f"{html.escape(text)}</a></h2>\n"
                )
                in_post = True
            else:
                out.append(f'<h1 class="page-title">{html.escape(text)}</h1>\n')
                out.append(SHARE)
            titles.discard(text)
            continue
        out.append(f"<p>{_inline(text)}</p>\n")
    while open_lists:
        out.append("</ul>")
        open_lists -= 1
    if in_post:
        out.append("</article>\n")
    out.append("</div></main>\n")
    out.append(SIDEBAR)
    out.append(FOOTER)
    return "".join(out)
