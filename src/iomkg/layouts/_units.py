"""Listings of any site: repeated post units found by their form.

A listing shows posts one after another, each a *unit*: a title line (a headline), maybe
a subtitle or caption, one or a few teaser paragraphs, maybe a "Read more" link. Some
units have no title (the headline was a link or an image), the last may be cut short,
and a headline may be repeated under its teaser (an image's alternative text). A page
heading above the first unit names the listing (``Press Releases``).

A single article with sub-headings has the same shape, so the units must be many, short
and headlined, or the address or "Read more" links must say the page is an index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .._blocks import Block, BlockKind
from .._models import PageKind
from ._base import RawArticle, RawPage, RawTeaser
from ._common import (
    build_body,
    date_only,
    ends_sentence,
    is_caption,
    kind_from_url,
    lazy_pattern,
    line_memo,
    looks_like_title,
    url_path,
    word_count,
)
from ._evidence import (
    Verdict,
    is_body,
    never_title,
    opens_with_event_date,
    paginated,
    slug_agreement,
    slug_words,
)

__all__ = ["Units", "category_name", "is_read_more", "media_items", "post_units", "split_units"]

_READ_MORE = lazy_pattern(
    r"(?i)^(?:read more|read the full (?:story|article)|learn more|more|continue reading|"
    r"подробнее|читать далее|читать полностью|кененирээк|толугураак|толығырақ|batafsil|"
    r"lire la suite|en savoir plus)\s{0,3}(?:[»>›→.…:]{1,3})?$"
)
_TITLE_WORDS = 30
_VACANCY_FIELD = lazy_pattern(
    r"(?i)^(?:closing date|deadline|application deadline|apply by|duty station|"
    r"срок подачи|место работы)\b"
)
_CATEGORY_WORDS = 6
# Teasers are short: a unit of an index holds a few paragraphs at most.
_TEASER_BLOCKS = 3
_MIN_UNITS = 2
# Without the address's or the links' word for it, many short headlined units are needed.
_MIN_UNMARKED_UNITS = 5
_UNMARKED_TEASER_BLOCKS = 1
_HEADLINE_WORDS = 4
# How much of the slug the first headline must spell to make the page one article.
_SLUG_SPELLS = 0.6

_CATEGORY_PREFIX = lazy_pattern(
    r"(?i)^(?:category|categories|archives?|tag|topic|рубрика|категория|архив|раздел)"
    r"\s{0,3}:\s{0,3}"
)


def category_name(text: str) -> str | None:
    """A listing's name from its heading, without a label such as ``Category:``.

    >>> category_name("Category: News"), category_name("Рубрика: Новости"), category_name("Tag:")
    ('News', 'Новости', None)
    """
    return _CATEGORY_PREFIX().sub("", text).strip() or None


def is_read_more(text: str) -> bool:
    """A "Read more" link line, in English, Russian, Kyrgyz, Kazakh, Uzbek or French.

    >>> is_read_more("Read more..."), is_read_more("Подробнее »"), is_read_more("Read more about it")
    (True, True, False)
    """
    return len(text) <= 40 and bool(_READ_MORE().match(text.strip()))


class Units:
    """A listing found by its units: its name, posts, title-only teasers and verdict."""

    __slots__ = ("articles", "category", "teasers", "verdict", "warnings")

    def __init__(
        self,
        *,
        category: str | None,
        articles: tuple[RawArticle, ...],
        teasers: tuple[RawTeaser, ...],
        verdict: Verdict,
        warnings: tuple[str, ...],
    ) -> None:
        self.category = category
        self.articles = articles
        self.teasers = teasers
        self.verdict = verdict
        self.warnings = warnings

    def page(self, warnings: Sequence[str]) -> RawPage:
        """The listing page these units make, with a layout's ``warnings`` before theirs.

        >>> Units(category="News", articles=(), teasers=(), verdict=Verdict("posts", "0", 0.9, ()),
        ...       warnings=("w2",)).page(["w1"]).warnings
        ('w1', 'w2')
        """
        return RawPage(
            kind=PageKind.LISTING,
            category=self.category,
            articles=self.articles,
            teasers=self.teasers,
            warnings=(*warnings, *self.warnings),
            decisions=(self.verdict.decision(),),
        )


def _titled(block: Block) -> bool:
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.CAPTION):
        return False  # (never title-shaped)
    return _titled_line(block.text)


@line_memo
def _titled_line(text: str) -> bool:
    """A paragraph's line that can head a unit: title-shaped, never a caption or a link."""
    block = Block(text=text)
    return (
        looks_like_title(block, max_words=_TITLE_WORDS)
        and not never_title(text)
        and not is_caption(block)
        and not is_read_more(text)
    )


def split_units(blocks: Sequence[Block], url: str | None) -> Units | None:
    """The units of a listing page, or ``None`` when the blocks are one page's text.

    >>> from iomkg._front.text import blocks_from_text
    >>> text = ("Invented News\\n\\nInvented fair opens in Osh\\n\\nOsh – On 3 May, a fair opened.\\n\\n"
    ...         "Invented road built in Naryn\\n\\nNaryn – A road was built by the invented office.\\n\\n"
    ...         "Invented school repaired in Talas\\n\\nTalas – The invented school got a new roof.")
    >>> units = split_units(blocks_from_text(text), "https://x.example/blog?page=2")
    >>> units.category, [a.title for a in units.articles]
    ('Invented News', ['Invented fair opens in Osh', 'Invented road built in Naryn', 'Invented school repaired in Talas'])
    """
    url_kind = kind_from_url(url)
    if url_kind in (PageKind.ARTICLE, PageKind.STORY, PageKind.PUBLICATION):
        return None
    posts = post_units(blocks, url)
    if posts is not None:
        return posts
    count = len(blocks)
    if count < 2 * _MIN_UNITS:
        return None
    titled = [_titled(b) for b in blocks]
    if count >= 2 and titled[-1] and titled[-2] and blocks[-1].gap >= 1:
        titled[-1] = False  # the last unit's teaser cut short after its headline
    more = [is_read_more(b.text) for b in blocks]
    bodyish = [not titled[i] and not more[i] and bool(b.text) for i, b in enumerate(blocks)]
    # A unit starts at a title line set apart from the line before it (or after a link),
    # followed by its teaser (maybe after one subtitle line).
    starts: list[int] = []
    subtitles: set[int] = set()
    for i in range(count):
        if not titled[i] or i in subtitles:
            continue
        apart = i == 0 or blocks[i].gap >= 1 or more[i - 1]
        if not apart:
            continue
        if starts and blocks[i].text.casefold() == blocks[starts[-1]].text.casefold():
            continue  # the last headline repeated under its teaser (an image's alt text)
        nxt = i + 1
        if nxt < count and titled[nxt] and nxt + 1 < count and bodyish[nxt + 1]:
            if starts and starts[-1] == i - 1:
                continue
            starts.append(i)
            subtitles.add(nxt)
            continue
        if nxt < count and bodyish[nxt]:
            starts.append(i)
    if not starts:
        return None
    # A short heading standing directly above the first unit's title names the listing.
    category: str | None = None
    first = starts[0]
    if first >= 1 and titled[first - 1] and word_count(blocks[first - 1].text) <= _CATEGORY_WORDS:
        category = blocks[first - 1].text
    elif (
        first == 0
        and 1 in subtitles
        and word_count(blocks[0].text) <= _CATEGORY_WORDS
        and word_count(blocks[0].text) < word_count(blocks[1].text)
    ):
        # A short name over the first headline: the listing's name, not a headline.
        category = blocks[0].text
        starts[0] = 1
        subtitles.discard(1)
        first = 1
    marked = sum(more) >= _MIN_UNITS
    # Before the first unit: nothing, its category, or an untitled unit closed by a link.
    lead_units: list[tuple[int | None, int, int]] = []
    head_end = first - (1 if category is not None and first >= 1 else 0)
    head = [i for i in range(head_end) if blocks[i].text]
    if head:
        if marked and any(more[i] for i in head) and all(bodyish[i] or more[i] for i in head):
            lead_units.append((None, 0, head_end))
        else:
            return None
    units: list[tuple[int | None, int, int]] = list(lead_units)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else count
        units.append((start, start + 1, end))
    if len(units) < _MIN_UNITS:
        return None
    index_address = paginated(url) or url_kind is PageKind.LISTING
    # A list of vacancies: every unit carries its closing date or duty station.
    vacancies = all(
        any(_VACANCY_FIELD().match(blocks[i].text) for i in range(b, e)) for _t, b, e in units
    )
    lengths = [sum(bodyish[i] for i in range(b, e)) for _t, b, e in units]
    titles = sorted(word_count(blocks[t].text) for t, _b, _e in units if t is not None)
    median = titles[(len(titles) - 1) // 2] if titles else 0
    evidence: list[str] = [f"{len(units)} units"]
    if index_address:
        evidence.append("index address")
    elif vacancies:
        evidence.append("vacancy units")
    elif marked:
        if median < _HEADLINE_WORDS + 1:
            return None  # short names over sections with links: a page's sub-headings
        evidence.append("read-more links")
    else:
        first_title = units[0][0]
        if first_title is not None and slug_agreement(
            blocks[first_title].text, slug_words(url)
        ) >= (_SLUG_SPELLS):
            return None  # the address spells the first headline: a page about it
        short = all(0 < n <= _UNMARKED_TEASER_BLOCKS for n in lengths)
        if len(units) < _MIN_UNMARKED_UNITS or not short or median < _HEADLINE_WORDS + 1:
            return None
        if any(not is_body(blocks[b]) for t, b, e in units if b < e and bodyish[b]):
            return None
        # Teasers of an index are cut by the site ("…") or open on their event's date.
        teaser_like = sum(
            blocks[e - 1].text.endswith(("...", "…")) or opens_with_event_date(blocks[b].text)
            for _t, b, e in units
            if b < e
        )
        if 2 * teaser_like < len(units):
            return None
        evidence.append("short headlined teasers")
    questions = sum(blocks[t].text.rstrip().endswith("?") for t, _b, _e in units if t is not None)
    if 2 * questions > len(units):
        return None  # questions over answers: a page of questions, not posts
    if max(lengths) > _TEASER_BLOCKS * 2 and not (index_address or vacancies):
        return None  # a long section among short ones: an article with sub-headings
    articles: list[RawArticle] = []
    teasers: list[RawTeaser] = []
    warnings: list[str] = []
    for title_at, begin, end in units:
        title = blocks[title_at].text if title_at is not None else None
        body: list[Block] = []
        captions: list[str] = []
        for i in range(begin, end):
            block = blocks[i]
            if more[i] or not block.text:
                continue
            if title is not None and block.text.casefold() == title.casefold():
                continue  # the headline repeated under its teaser (an image's alt text)
            if titled[i] and not body:
                captions.append(block.text)  # a subtitle under the headline
                continue
            body.append(block)
        if not body and title is not None:
            teasers.append(RawTeaser(title=title))
            continue
        built = build_body(body, title=title)
        warnings.extend(built.warnings)
        article = built.article
        if captions:
            article = attrs.evolve(article, captions=(*captions, *article.captions))
        articles.append(article)
    confidence = 0.85 if index_address or marked or vacancies else 0.6
    verdict = Verdict("posts", str(len(articles) + len(teasers)), confidence, evidence)
    return Units(
        category=category,
        articles=tuple(articles),
        teasers=tuple(teasers),
        verdict=verdict,
        warnings=tuple(dict.fromkeys(warnings)),
    )


# A post container of a listing holds a teaser: a few paragraphs, not a story's sections.
_POST_BLOCKS = _TEASER_BLOCKS * 2


def post_units(
    blocks: Sequence[Block],
    url: str | None,
    *,
    is_date: Callable[[str], bool] = date_only,
    is_more: Callable[[str], bool] = is_read_more,
    is_meta: Callable[[Block], bool] | None = None,
) -> Units | None:
    """The posts of an HTML listing told apart by their containers (``Block.unit``), or ``None``.

    Each post container (an ``<article>``, a repeated ``div.post``) is one post, with or
    without a heading: a heading opening it is its title, its paragraphs are its text and
    the link of its title (or of its "Read more", ``is_more``) is its address, a date line
    (``is_date``) before its text its date; short lines about the post before its text
    (``is_meta``: ``Details``, ``Hits: 412``) are dropped. Two posts at least, each
    a short teaser; a short heading before the first names the listing. Text dumps have
    no containers: their blocks all have unit 0 and this gives ``None``.

    >>> from iomkg._blocks import Block, BlockKind
    >>> blocks = [Block(text="Invented News", kind=BlockKind.HEADING),
    ...     Block(text="Invented fair opens", kind=BlockKind.HEADING, link="/news/fair", unit=1),
    ...     Block(text="Osh – A fair opened.", kind=BlockKind.PARAGRAPH, unit=1),
    ...     Block(text="Naryn – A clinic came.", kind=BlockKind.PARAGRAPH, unit=2)]
    >>> units = post_units(blocks, None)
    >>> units.category, [(a.title, a.paragraphs, a.url) for a in units.articles]
    ('Invented News', [('Invented fair opens', ('Osh – A fair opened.',), '/news/fair'), (None, ('Naryn – A clinic came.',), None)])
    """
    if kind_from_url(url) in (PageKind.ARTICLE, PageKind.STORY, PageKind.PUBLICATION):
        return None
    groups: dict[int, list[Block]] = {}
    first = -1
    for index, block in enumerate(blocks):
        if block.unit and block.text:
            if first < 0:
                first = index
            groups.setdefault(block.unit, []).append(block)
    if len(groups) < _MIN_UNITS:
        return None
    # A short heading standing directly above the first post names the listing.
    category: str | None = None
    if first >= 1:
        above = blocks[first - 1]
        if (
            (
                above.kind is BlockKind.HEADING
                or (
                    above.kind is not BlockKind.LIST_ITEM
                    and above.link is None
                    and not ends_sentence(above.text)
                )
            )
            and word_count(above.text) <= _CATEGORY_WORDS
            and not is_date(above.text)
            and not is_read_more(above.text)
        ):
            category = category_name(above.text)
    openers = [group[0] for group in groups.values()]
    if sum(b.kind is BlockKind.HEADING and b.heading_level == 1 for b in openers) == 1:
        return None  # one post under the page's headline, the others not: a story and its links
    articles: list[RawArticle] = []
    teasers: list[RawTeaser] = []
    warnings: list[str] = []
    for group in groups.values():
        title: str | None = None
        link: str | None = None
        header_date: str | None = None
        body: list[Block] = []
        captions: list[str] = []
        for block in group:
            text = block.text
            if is_more(text):
                link = link or block.link
                if body:
                    break  # a "Read more" closes its teaser: what follows is the page's
                continue
            if not body and title is None and block.kind is BlockKind.HEADING:
                title = text
                link = block.link or link
                continue
            if not body and header_date is None and is_date(text):
                header_date = text
                continue
            if not body and is_meta is not None and is_meta(block):
                continue
            if title is not None and text.casefold() == title.casefold():
                continue  # the headline repeated under its teaser (an image's alt text)
            if not body and block.kind is BlockKind.HEADING:
                captions.append(text)  # a subtitle under the headline
                continue
            body.append(block)
        if sum(b.kind is not BlockKind.LIST_ITEM for b in body) > _POST_BLOCKS:
            return None  # a long section: the parts of one story, not a listing's posts
        if not body:
            if title is None:
                continue  # a box of links or a date alone: nothing to tell
            teasers.append(RawTeaser(title=title, url=link))
            continue
        built = build_body(body, title=title, header_date=header_date, url=link)
        warnings.extend(built.warnings)
        article = built.article
        if captions:
            article = attrs.evolve(article, captions=(*captions, *article.captions))
        articles.append(article)
    if len(articles) + len(teasers) < _MIN_UNITS:
        return None
    evidence = [f"{len(groups)} post containers"]
    verdict = Verdict("posts", str(len(articles) + len(teasers)), 0.85, evidence)
    return Units(
        category=category,
        articles=tuple(articles),
        teasers=tuple(teasers),
        verdict=verdict,
        warnings=tuple(dict.fromkeys(warnings)),
    )


# The last segment of a media index's address ("/multimedia", "/videos", "/photo-gallery").
_MEDIA_INDEX = frozenset(
    [
        "multimedia",
        "media",
        "videos",
        "video",
        "films",
        "gallery",
        "photos",
        "photo-gallery",
        "video-gallery",
        "mediateka",
        "медиа",
        "видео",
    ]
)
_MIN_MEDIA_ITEMS = 3


def media_items(blocks: Sequence[Block], url: str | None) -> Units | None:
    """A media index whose items lost their titles (links or images): one item per paragraph.

    Only on an address that names a media index, with no title line and no date, when
    every block is a paragraph of its own (set apart by a blank line).

    >>> from iomkg._front.text import blocks_from_text
    >>> text = "\\n\\n".join(f"The invented film number {n} tells of invented migrants." for n in range(3))
    >>> len(media_items(blocks_from_text(text), "http://x.example/index.php/multimedia").articles)
    3
    """
    segments = [s for s in url_path(url).split("?", 1)[0].split("/") if s]
    if not segments or segments[-1] not in _MEDIA_INDEX:
        return None
    items = [b for b in blocks if b.text]
    if len(items) < _MIN_MEDIA_ITEMS or any(
        b.kind is BlockKind.LIST_ITEM or (i and b.gap < 1) for i, b in enumerate(items)
    ):
        return None
    if not all(is_body(b) or i == len(items) - 1 for i, b in enumerate(items)):
        return None
    articles = tuple(build_body([b]).article for b in items)
    verdict = Verdict(
        "posts", str(len(articles)), 0.5, ["media index address", "untitled paragraph items"]
    )
    return Units(category=None, articles=articles, teasers=(), verdict=verdict, warnings=())
