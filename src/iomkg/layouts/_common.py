"""What every layout needs: telling titles, captions, tail tags and chrome from paragraphs.

These rules read the *shape* of a block (its length, its last character, its
bullet, the blocks around it), never one page's sentences, so they hold on pages
that no fixture shows. Every regular expression here is linear-time: no nested
quantifier, every repetition bounded.

The patterns of the layouts are compiled on first use (:func:`lazy_pattern`):
compiling them all costs milliseconds that ``import iomkg`` need not pay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

import attrs

from .._blocks import Block, BlockKind, Region
from .._front.language import letter_counts
from .._models import Fact, PageKind
from .._regex import lazy_pattern
from ._base import RawArticle

__all__ = [
    "CLAUSE_END",
    "DATE_TEXT",
    "NO_CONTENT",
    "Body",
    "build_body",
    "clear_line_memos",
    "content_blocks",
    "date_only",
    "ends_sentence",
    "fact_from_colon",
    "fact_label_like",
    "is_caption",
    "is_caption_text",
    "is_label_line",
    "is_tag",
    "kind_from_url",
    "lazy_pattern",
    "line_memo",
    "looks_like_title",
    "script_of",
    "take_title",
    "truncation_warning",
    "url_path",
    "word_count",
    "words_up_to",
]


# Closing quotes and brackets.
_CLOSERS = frozenset("»\"”'’)]")
# Punctuation that ends a sentence or clause (closing quotes and brackets excluded).
CLAUSE_END = frozenset(".!?:;…")
# The characters that end a sentence, a clause introducing a list, or a quotation.
_TERMINAL = CLAUSE_END | _CLOSERS
# A photo caption: ends with "Photo: …" / "Photos: …" / "Фото: …" (a credit of a few words).
_CAPTION = lazy_pattern(
    r"(?:^|[\s.(|–—-])(?:Photos?|Фото|Сүрөт|Photo credit)\s{0,3}(?::|©)\s{0,3}[^\n]{1,120}$",
    re.IGNORECASE,
)
# How much of a block's end a caption credit can span (longer than any _CAPTION match).
_CAPTION_TAIL = 200
# A caption is at most this long.
_CAPTION_CHARS = 400
# Tail tags: SDG lines ("SDG 10 - Reduced Inequalities", "ЦУР 8 - …") and metadata labels
# ("Venue: …"), in one pattern: one match call per block (the layouts ask it of every block).
_TAG = lazy_pattern(
    r"^(?:(?:SDG|ЦУР|ODD|ODS)\s{0,3}\d{1,2}\b"
    r"|(?:City of Dispatch|Venue|Город|Место проведения|Место|Ville|Lieu)\s{0,3}:)",
    re.IGNORECASE,
)
#: A date written with a month name: "December 08, 2020", "8 December 2020" (a regex source).
DATE_TEXT = (
    r"(?:[A-Za-zА-Яа-яЁё]{3,10}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{0,3}\d{4}"
    r"|\d{1,2}\s{1,3}[A-Za-zА-Яа-яЁё]{3,10}\.?,?\s{1,3}\d{4})"
)
# A line that is only a date: "08 December 2020", "December 8, 2020", "2020-12-08", "08.12.2020".
_DATE_ONLY = lazy_pattern(
    rf"^(?:{DATE_TEXT}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})(?:\s{{0,3}}г\.?)?"
    r"(?:,?[ \u00a0]{1,3}\d{1,2}:\d{2})?$"  # a news site's time after the date
)
_LETTER = lazy_pattern(r"[^\W\d_]")
_UPPER_LABEL = lazy_pattern(r"^[^\W\d_a-zа-яё]{2,30}(?:[ &/-]{1,3}[^\W\d_a-zа-яё]{2,30}){0,3}$")


# A line classifier's answers kept per process: how many lines, and up to what length (site
# chrome, labels, dates and titles are short; a paragraph is read once and need not be kept).
_MEMO_LINES = 4096
_MEMO_CHARS = 256


_MEMOS: list[Callable[[], None]] = []


def clear_line_memos() -> None:
    """Forget every answer the line classifiers keep (:func:`line_memo`), as at start-up.

    Answers never depend on the caches; this is for measuring the cost of lines not seen yet.

    >>> clear_line_memos()
    """
    for clear in _MEMOS:
        clear()


def line_memo(classify: Callable[[str], bool]) -> Callable[[str], bool]:
    """``classify`` with its answers kept for the lines it has read, in a bounded cache.

    For a classifier whose answer depends on the line alone (no reference data, no
    setting, nothing else read): the layouts ask the same questions of a line many times
    in one page, and of a site's chrome on every page of a crawl. The cache keeps the
    last 4096 lines of at most 256 characters (a longer line is classified each time),
    so its memory is bounded; an answer never depends on what it holds.

    >>> calls = []
    >>> @line_memo
    ... def shouting(text: str) -> bool:
    ...     calls.append(text)
    ...     return text.isupper()
    >>> shouting("NEWS"), shouting("NEWS"), shouting("News"), len(calls)
    (True, True, False, 2)
    """
    cached = functools.lru_cache(maxsize=_MEMO_LINES)(classify)
    _MEMOS.append(cached.cache_clear)

    def memo(text: str) -> bool:
        return cached(text) if len(text) <= _MEMO_CHARS else classify(text)

    functools.update_wrapper(memo, classify)
    return memo


#: The warning of a page with nothing after its opening (menu, header): a dump cut short.
NO_CONTENT = "the page holds no text after its opening; it looks cut short"

_CHROME_REGIONS = frozenset([Region.NAV, Region.FOOTER, Region.ASIDE])


def content_blocks(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks without those a front end placed in navigation, footer or sidebar.

    Text dumps know no regions (every block is ``UNKNOWN``), so they pass unchanged.

    >>> from iomkg._blocks import Block, Region
    >>> [b.text for b in content_blocks([Block(text="Menu", region=Region.NAV), Block(text="Body.")])]
    ['Body.']
    """
    if all(block.region is Region.UNKNOWN for block in blocks):
        return blocks
    return [block for block in blocks if block.region not in _CHROME_REGIONS]


def word_count(text: str) -> int:
    """The number of space-separated words in ``text``.

    >>> word_count("  Bishkek and  Osh ")
    3
    """
    return len(text.split())


def words_up_to(text: str, most: int) -> int:
    """The number of words in ``text``, counted up to ``most``: ``min(word_count(text), most)``.

    A rule that asks whether a line has more than a few words need not split a long
    paragraph into all of its words.

    >>> words_up_to("  Bishkek and  Osh ", 5), words_up_to("one two three four", 2)
    (3, 2)
    """
    # (at most ``most - 1`` splits leave at most ``most`` pieces: the words, or the first
    # ``most - 1`` words and the rest)
    return len(text.split(None, most - 1)) if most > 0 else 0


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (or a closing quote or bracket).

    >>> ends_sentence("A workshop took place."), ends_sentence("Labor migration ma")
    (True, False)
    """
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _TERMINAL


@line_memo
def date_only(text: str) -> bool:
    """Whether the block is nothing but a date (a header date, not a sentence).

    >>> date_only("December 08, 2020"), date_only("08 December 2020"), date_only("On 8 May")
    (True, True, False)
    >>> date_only("29 апреля 2021 10:15"), date_only("10:15")
    (True, False)
    """
    return bool(_DATE_ONLY().match(text.strip()))


def is_caption(block: Block) -> bool:
    """Whether a block is a photo caption (it ends with a ``Photo: …`` credit).

    >>> from iomkg._blocks import Block
    >>> is_caption(Block(text="Participants of the training in Naryn. Photo: IOM/Invented Name"))
    True
    >>> is_caption(Block(text="The photo exhibition opened in Osh."))
    False
    """
    if block.kind is BlockKind.CAPTION:
        return True
    if block.kind is BlockKind.LIST_ITEM:
        return False
    return _caption_line(block.text)


def _caption_line(text: str) -> bool:
    """A line of at most 400 characters that ends with a ``Photo: …`` credit."""
    if len(text) > _CAPTION_CHARS:
        return False
    # The credit ends the block within 120 characters: only the tail needs searching;
    # and it holds a ``:`` or ``©``, which most paragraphs lack (str.find is far cheaper
    # than the search, that tries the pattern at every position).
    tail = text[-_CAPTION_TAIL:]
    if ":" not in tail and "©" not in tail:
        return False
    return bool(_CAPTION().search(tail))


@line_memo
def is_caption_text(text: str) -> bool:
    """Whether a paragraph's text is a photo caption (it ends with a ``Photo: …`` credit).

    >>> is_caption_text("Invented participants in Naryn. Photo: IOM/Invented Name")
    True
    """
    return _caption_line(text)


def is_tag(text: str) -> bool:
    """Whether a line is tail metadata: an SDG tag, ``City of Dispatch:``, ``Venue:``.

    >>> is_tag("SDG 10 - Reduced Inequalities"), is_tag("Venue: Bishkek, Hotel"), is_tag("SDGs matter.")
    (True, True, False)
    """
    return _TAG().match(text) is not None


def is_label_line(text: str) -> bool:
    """Whether a line is an ALL-CAPS label such as ``PRESS ANNOUNCEMENT`` (one to four words).

    >>> is_label_line("PRESS ANNOUNCEMENT"), is_label_line("IOM"), is_label_line("Press Announcement")
    (True, False, False)
    """
    stripped = text.strip()
    return len(stripped) >= 4 and bool(_UPPER_LABEL().match(stripped)) and " " in stripped


def looks_like_title(block: Block, *, max_words: int = 40) -> bool:
    """Whether a block can be a title: not a list item, not too long, no sentence end.

    A title may end with ``?`` or ``!`` or a closing quote, never with a full stop,
    colon or semicolon.

    >>> from iomkg._blocks import Block
    >>> looks_like_title(Block(text="IOM opens a migrant resource centre in Invented Town"))
    True
    >>> looks_like_title(Block(text="Osh – On 3 May, a centre opened."))
    False
    """
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.CAPTION):
        return False
    text = block.text
    if len(text) > _TITLE_CHARS:
        return False
    # (short lines only are kept, as line_memo keeps them)
    shaped = _title_shaped if len(text) <= _MEMO_CHARS else _title_shaped.__wrapped__
    return shaped(text, max_words)


_TITLE_CHARS = 400


# (the layouts ask this of a line several times in a page, and of a site's chrome on every
# page: the answers are kept, as line_memo keeps a classifier's; it reads the line alone)
@functools.lru_cache(maxsize=_MEMO_LINES)
def _title_shaped(text: str, max_words: int) -> bool:
    if not _LETTER().search(text) or words_up_to(text, max_words + 1) > max_words:
        return False
    if text[-1] in ".:;,…" or is_tag(text) or date_only(text):
        return False
    # A quotation or bracket closed after a full stop ends a sentence: ``… she said.”``
    return not (len(text) > 1 and text[-1] in _CLOSERS and text[-2] in ".!?…")


_MEMOS.append(_title_shaped.cache_clear)


# (a page asks this of its one address several times: the answers are kept)
@functools.lru_cache(maxsize=64)
def url_path(url: str | None) -> str:
    """The path and query of ``url``, lower-cased (``""`` when there is none).

    >>> url_path("https://kyrgyzstan.iom.int/ru/News/Some-Slug?x=1")
    '/ru/news/some-slug?x=1'
    """
    if not url:
        return ""
    candidate = url.strip()
    if "//" not in candidate:
        candidate = "//" + candidate
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return ""
    path = parts.path or "/"
    return (path + ("?" + parts.query if parts.query else "")).lower()


# Sections whose pages are news-like articles (an index without a slug is a listing).
_NEWS_SECTIONS = frozenset(
    [
        "news",
        "press-releases",
        "press-release",
        "novosti",
        "media",
        "events",
        "event",
        "blog",
        "blogs",
        "newsletters",
        "newsletter",
        "article",
        "articles",
        "posts",
        "post",
        "feature",
        "features",
    ]
)
_LANG_PREFIX = lazy_pattern(r"^/(?:[a-z]{2})(?=/|$)")


# (a page asks this of its one address several times: the answers are kept)
@functools.lru_cache(maxsize=64)
def kind_from_url(url: str | None) -> PageKind | None:
    """The page kind that a URL's path states, or ``None`` when it states none.

    >>> kind_from_url("https://kyrgyzstan.iom.int/ru/stories/a-story").value
    'story'
    >>> kind_from_url("https://kyrgyzstan.iom.int/news").value
    'listing'
    >>> kind_from_url("https://kyrgyzstan.iom.int/news/x").value
    'article'
    >>> kind_from_url(None) is None
    True
    """
    path = _LANG_PREFIX().sub("", url_path(url).split("?", 1)[0]).rstrip("/")
    segments = [s for s in path.split("/") if s]
    if not segments:
        return None
    # The section may stand after a site area or a language ("/discover/news/<slug>").
    for index, head in enumerate(segments[:3]):
        more = len(segments) > index + 1
        if head in ("stories", "story", "istorii"):
            return PageKind.STORY if more else PageKind.LISTING
        if head in _NEWS_SECTIONS:
            return PageKind.ARTICLE if more else PageKind.LISTING
        if head in ("publications", "publication", "reports"):
            return PageKind.PUBLICATION if more else PageKind.LISTING
    return None


@attrs.frozen(kw_only=True)
class Body:
    """A post's body as the layouts build it: the raw article and what was dropped."""

    article: RawArticle
    warnings: tuple[str, ...] = ()


def build_body(
    blocks: Sequence[Block],
    *,
    title: str | None = None,
    header_date: str | None = None,
    url: str | None = None,
    extra_tags: Sequence[str] = (),
) -> Body:
    """Sort a post's blocks into paragraphs, captions and tail tags.

    Every paragraph and list item is kept once; a list item cut to its bullet
    alone is dropped with a warning; photo captions and tail tags are kept apart.

    >>> from iomkg._front.text import blocks_from_text
    >>> body = build_body(blocks_from_text("Osh – A centre opened.\\n• \\nSDG 8 - Decent Work"))
    >>> body.article.paragraphs, body.article.tags, body.warnings
    (('Osh – A centre opened.',), ('SDG 8 - Decent Work',), ('a list item cut to its bullet alone was dropped',))
    """
    paragraphs: list[str] = []
    captions: list[str] = []
    tags: list[str] = list(extra_tags)
    warnings: list[str] = []
    tag = _TAG().match  # is_tag, looked up once for all the blocks
    for block in blocks:
        text = block.text
        if not text:
            if block.kind is BlockKind.LIST_ITEM:
                warnings.append("a list item cut to its bullet alone was dropped")
            continue
        if block.kind is not BlockKind.LIST_ITEM and tag(text) is not None:
            tags.append(text)
        elif is_caption(block):
            captions.append(text)
        else:
            paragraphs.append(text)
    article = RawArticle(
        title=title,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        tags=tuple(tags),
        header_date=header_date,
        url=url,
    )
    return Body(article=article, warnings=tuple(warnings))


def truncation_warning(blocks: Sequence[Block]) -> str | None:
    """A warning when the dump looks cut short at its end, else ``None``.

    The last block is cut when it is a bullet alone, a fragment of a tail tag after
    other tags (``SDG 11 - …`` then ``SD``), or a sentence that stops mid-way
    (several words and no final punctuation, ending in a lower-case word or longer
    than a footer line) after other sentences; the last item of a list whose items
    carry no final stop is not cut.

    >>> from iomkg._front.text import blocks_from_text
    >>> truncation_warning(blocks_from_text("Title\\nOsh – A centre opened.\\nLabor migration ma"))
    "the page looks cut short: it ends mid-sentence ('Labor migration ma')"
    >>> truncation_warning(blocks_from_text("Title\\nOsh – A centre opened.")) is None
    True
    >>> truncation_warning(blocks_from_text("Osh – It opened.\\n- Train invented staff\\n- Open hotlines"))
    """
    if not blocks:
        return None
    last = blocks[-1]
    text = last.text
    if last.kind is BlockKind.LIST_ITEM and not text:
        return "the page looks cut short: it ends with a bullet alone"
    previous = blocks[-2].text if len(blocks) > 1 else ""
    if is_tag(previous) and not is_tag(text) and len(text) <= 12:
        return f"the page looks cut short: it ends inside a tail tag ({text!r})"
    if is_tag(text) or ends_sentence(text) or is_caption(last):
        return None
    before = blocks[-2] if len(blocks) > 1 else None
    if (
        last.kind is BlockKind.LIST_ITEM
        and before is not None
        and before.kind is BlockKind.LIST_ITEM
        and not ends_sentence(before.text)
    ):
        return None  # a list whose items carry no final stop ends like its items
    body_before = any(
        ends_sentence(b.text) and words_up_to(b.text, 3) >= 3 for b in reversed(blocks[:-1])
    )
    words = text.split()
    if len(words) >= 3 and body_before and (len(text) > 60 or not words[-1][0].isupper()):
        return f"the page looks cut short: it ends mid-sentence ({_tail(text)!r})"
    return None


def _tail(text: str) -> str:
    return text if len(text) <= 40 else "…" + text[-39:]


_FACT_LABEL = lazy_pattern(
    r"(?i)\b(?:date|start|end|budget|donor|donors|duration|partners?|type|id|status|location|"
    r"theme|thematic|amount|funding|funded|implement\w{0,8}|period|country|countries|"
    r"beneficiar\w{0,6}|project|objective|sector|области|донор|бюджет|партн\w{0,6}|срок\w{0,3})\b"
)


def fact_label_like(text: str) -> bool:
    """Whether ``text`` reads like a project-page fact label (``Start Date``, ``Donor``).

    >>> fact_label_like("Budget Amount (USD)"), fact_label_like("Quality social services;")
    (True, False)
    """
    stripped = text.strip().rstrip(":")
    return (
        0 < word_count(stripped) <= 6
        and stripped[-1] not in CLAUSE_END
        and bool(_FACT_LABEL().search(stripped))
    )


def fact_from_colon(text: str) -> Fact | None:
    """A fact from a ``Label: value`` line with a short label, else ``None``.

    >>> fact_from_colon("Donor: Invented Foundation")
    Fact(label='Donor', value='Invented Foundation')
    >>> fact_from_colon("Partners:")
    Fact(label='Partners', value=None)
    >>> fact_from_colon("On 3 May: a meeting took place in Osh with many partners") is None
    True
    """
    label, sep, value = text.partition(":")
    label = label.strip()
    if not sep or not label or word_count(label) > 6 or not _LETTER().search(label):
        return None
    if label[0].islower() or ends_sentence(label) or any(ch.isdigit() for ch in label):
        return None
    return Fact(label=label, value=value.strip() or None)


def take_title(
    blocks: Sequence[Block],
    header_date: str | None,
    is_title: Callable[[Sequence[Block]], bool],
) -> tuple[str | None, str | None, list[Block]]:
    """Take the title (when ``is_title`` accepts the first block) and a date line around it.

    Returns the title, the header date (a date-only line before or after the title,
    unless one is already known) and the remaining blocks.

    >>> from iomkg._front.text import blocks_from_text
    >>> blocks = blocks_from_text("A title\\n12 May 2024\\nOsh – A centre opened.")
    >>> title, date, rest = take_title(blocks, None, lambda bs: looks_like_title(bs[0]))
    >>> title, date, [b.text for b in rest]
    ('A title', '12 May 2024', ['Osh – A centre opened.'])
    """
    rest = list(blocks)
    title: str | None = None
    if rest and date_only(rest[0].text):
        header_date = header_date or rest[0].text
        rest = rest[1:]
    if rest and is_title(rest) and not date_only(rest[0].text):
        title = rest[0].text
        rest = rest[1:]
    if rest and date_only(rest[0].text):
        header_date = header_date or rest[0].text
        rest = rest[1:]
    return title, header_date, rest


def script_of(text: str) -> str | None:
    """``"cyrillic"`` or ``"latin"``: the script most letters of ``text`` are in.

    >>> script_of("Вымышленный заголовок"), script_of("An invented title"), script_of("2024")
    ('cyrillic', 'latin', None)
    """
    latin, cyrillic = letter_counts(text)  # (in C: a title or a paragraph is read whole)
    if not cyrillic and not latin:
        return None
    return "cyrillic" if cyrillic > latin else "latin"
