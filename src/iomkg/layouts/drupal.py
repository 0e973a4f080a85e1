"""The ``iom-drupal`` layout: the modern IOM sites (kyrgyzstan.iom.int, eca.iom.int, www.iom.int, …).

A page opens with one of: the site menu (recognised by its shape, whatever the
site or language), the label lines ``News`` / ``Local``, a skip link, a
press-release header with its date, or nothing (title first, or a bare body).
Then come the title, photo captions, the body, tail tags; project pages add
label/value facts and the news index is a list of teasers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from .._blocks import Block, BlockKind
from .._front.site import site_from_url
from .._models import Decision, Fact, PageKind
from ._base import RawPage, RawTeaser
from ._common import (
    CLAUSE_END,
    DATE_TEXT,
    NO_CONTENT,
    build_body,
    content_blocks,
    ends_sentence,
    fact_from_colon,
    fact_label_like,
    is_caption,
    is_label_line,
    kind_from_url,
    lazy_pattern,
    looks_like_title,
    script_of,
    take_title,
    truncation_warning,
    url_path,
    word_count,
    words_up_to,
)
from ._evidence import (
    box_end,
    head_length,
    never_title,
    slug_agreement,
    slug_words,
    title_among_chrome,
)
from ._units import split_units

__all__ = ["DrupalLayout", "Opening", "find_opening"]

# How far into a page the menu may reach (the www.iom.int menu is the longest seen).
_MENU_REACH = 150
_MENU_ITEM_WORDS = 6
_AGENDA_WORDS = 8
_TITLE_WORDS = 30
_CACHE_BLOCKS = 2000
_SECTION_WORDS = 3
_EDITIONS = frozenset(
    ["local", "global", "локальные", "локальный", "глобальные", "глобальный", "местные", "regional"]
)
_SKIP_LINK = lazy_pattern(
    r"^(?:skip to (?:the )?main content|перейти к основному содержанию)$", re.I
)
# "Press Release —Global December 08, 2020", "News - Local 12 May 2023", "Statement — 3 June 2021".
_LABEL = r"[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_])){0,20}(?: [^\W\d_]{1,20}){0,3}"  # "Пресс-релиз"
_EDITION_WORD = r"(?:Global|Local|Глобальные|Локальные)"
_HEADER = lazy_pattern(
    rf"^(?P<label>{_LABEL})\s{{0,3}}[—–-]\s{{0,3}}"
    rf"(?:{_EDITION_WORD}\s{{0,3}}[—–-]?\s{{0,3}})?"
    rf"(?P<date>{DATE_TEXT})(?:\s{{0,3}}г\.?)?$"
)
# The same header without its date: "Press Release —Global".
_HEADER_UNDATED = lazy_pattern(rf"^{_LABEL}\s{{0,3}}[—–-]\s{{0,3}}{_EDITION_WORD}$")
_INDEX_HEADING_WORDS = 5
_INDEX_REACH = 6
_LISTING_HEADING = lazy_pattern(
    r"^(?:latest news|последние новости|all news|все новости|news and stories)\b", re.I
)
_NUMBERISH = lazy_pattern(r"^[\d.,%+ ]{1,12}(?:[^\W\d_]{1,6}\.?)?$")


@attrs.frozen(kw_only=True)
class Opening:
    """Where a modern-site page's content starts, and what opened it.

    ``how`` is ``"menu"``, ``"label"``, ``"skip-link"``, ``"press-header"`` or
    ``None`` (title first or bare body); ``header_date`` is a date in the
    press-release header, as written.

    >>> Opening(start=17, how="menu").how
    'menu'
    """

    start: int = 0
    how: str | None = None
    header_date: str | None = None


def _menu_end(blocks: Sequence[Block]) -> int:
    """The index just after the site menu, or 0 when the page does not open with one.

    The menu ends at its agenda item (``- 2030 Agenda`` in any case or language)
    when every block before it is menu-shaped or at least two show the menu's
    traits; without that item, at the last ``- item`` of a run of menu-shaped
    blocks that opens with a lone ``-`` and shows the menu's traits. A page that
    is nothing but such a run (a dump cut short inside its menu) is all menu.
    """
    reach = min(len(blocks), _MENU_REACH)
    signals = strong = 0
    shaped = True
    run_end = reach
    for index in range(reach):
        block = blocks[index]
        previous = blocks[index - 1].text if index else ""
        if _agenda_item(block):
            if shaped or (signals >= 2 and strong):
                return index + 1
            break
        if _menu_signal(block, previous):
            signals += 1
            strong += block.text != "-"
        elif shaped and not _menu_item_shaped(block.text):  # not a signal (just tested)
            shaped = False
            run_end = index
            if signals < 2:  # a page that does not open with a menu: stop looking
                return 0
    if signals < 2 or not blocks or blocks[0].text != "-":
        return 0
    if shaped and reach == len(blocks):  # a dump cut short inside its menu: all menu
        return reach
    last_item = 0
    for index in range(run_end):
        block = blocks[index]
        if block.kind is BlockKind.LIST_ITEM and block.bullet in ("-", "–"):
            last_item = index + 1
    return last_item


def _agenda_item(block: Block) -> bool:
    """The menu's last item: ``- 2030 Agenda`` (or a translation naming 2030)."""
    return (
        "2030" in block.text  # the rarest trait first: _menu_end asks this of every block
        and block.kind is BlockKind.LIST_ITEM
        and block.bullet in ("-", "–")
        and word_count(block.text) <= _AGENDA_WORDS
    )


def _menu_signal(block: Block, previous: str) -> bool:
    """A trait only a menu has: a lone ``-``, a doubled line, a heading glued to its sentence."""
    text = block.text
    if text == "-":
        return True
    if previous and text == previous and word_count(text) <= _MENU_ITEM_WORDS:
        return True
    return _glued(text, previous)


def _glued(text: str, previous: str) -> bool:
    """``WHO WE AREThe …`` after ``Who We Are``: the heading repeated, glued to a sentence."""
    size = len(previous)
    if size < 2 or len(text) <= size + 1 or not text[size].isalpha():
        return False
    # The cheap character test first; the word count (a split) last: it rarely decides.
    return (
        text[:size].casefold() == previous.casefold() and word_count(previous) <= _MENU_ITEM_WORDS
    )


def _menu_item_shaped(text: str) -> bool:
    """A block shaped like a menu item (a menu signal aside): a few words, no final stop."""
    # The last character first: a sentence fails there without a split into words.
    return (
        bool(text)
        and text[-1] not in CLAUSE_END
        and 0 < words_up_to(text, _MENU_ITEM_WORDS + 1) <= _MENU_ITEM_WORDS
    )


def _is_edition(text: str) -> bool:
    return text.strip(" -–—").casefold() in _EDITIONS


def _is_section(text: str) -> bool:
    core = text.rstrip(" -–—")
    return 0 < word_count(core) <= _SECTION_WORDS and not ends_sentence(core) and core[:1].isupper()


def find_opening(blocks: Sequence[Block]) -> Opening:
    """Recognise how a modern-site page opens; see :class:`Opening`.

    >>> from iomkg._front.text import blocks_from_text
    >>> find_opening(blocks_from_text("News\\nLocal\\n\\nA title\\n\\nOsh – Text."))
    Opening(start=2, how='label', header_date=None)
    >>> find_opening(blocks_from_text("Press Release —Global May 04, 2021\\n\\nA title"))
    Opening(start=1, how='press-header', header_date='May 04, 2021')
    """
    start = _menu_end(blocks)
    how: str | None = "menu" if start else None
    header_date: str | None = None
    count = len(blocks)
    if start < count and _SKIP_LINK().match(blocks[start].text):
        start += 1
        how = how or "skip-link"
    if (
        start + 1 < count
        and _is_section(blocks[start].text)
        and _is_edition(blocks[start + 1].text)
    ):
        start += 2
        how = how or "label"
    if start < count:
        match = _HEADER().match(blocks[start].text)
        if match is not None:
            header_date = match.group("date")
            start += 1
            how = "press-header"
        elif _HEADER_UNDATED().match(blocks[start].text) and start + 1 < count:
            start += 1
            how = "press-header"
    return Opening(start=start, how=how, header_date=header_date)


def _stats_widget_end(blocks: Sequence[Block], start: int) -> int:
    """Skip a statistics widget (``ФАКТЫ И ЦИФРЫ …``, ``Migrants``, ``281 МЛН``, …).

    The widget is an upper-case heading, then short lines of which two or more are figures.
    """
    if start >= len(blocks) or not _upper_heading(blocks[start].text):
        return start
    end = start + 1
    numbers = 0
    while (
        end < len(blocks)
        and word_count(blocks[end].text) <= 3
        and blocks[end].text[-1:] not in CLAUSE_END
    ):
        numbers += bool(_NUMBERISH().match(blocks[end].text))
        end += 1
    return end if numbers >= 2 else start


def _upper_heading(text: str) -> bool:
    if word_count(text) > 6:  # first: a paragraph is rejected without a pass over its letters
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


#: A fact read at a block, and how many blocks it takes (``None``: no fact starts there).
_FactAt = tuple[Fact, int] | None


def _facts_read(
    blocks: Sequence[Block], read: Callable[[Sequence[Block], int], _FactAt]
) -> tuple[tuple[Fact, ...], frozenset[int]]:
    """The facts ``read`` finds, block after block (a fact's blocks are not read again),
    and the indexes of the blocks they take."""
    facts: list[Fact] = []
    used: set[int] = set()
    index = 0
    while index < len(blocks):
        found = read(blocks, index)
        if found is None:
            index += 1
            continue
        fact, width = found
        facts.append(fact)
        used.update(range(index, index + width))
        index += width
    return tuple(facts), frozenset(used)


def _triple_facts(blocks: Sequence[Block]) -> tuple[tuple[Fact, ...], frozenset[int]]:
    """``-`` / label / value triples (a label may have no value)."""
    return _facts_read(blocks, _triple_at)


def _triple_at(blocks: Sequence[Block], index: int) -> _FactAt:
    count = len(blocks)
    if blocks[index].text != "-" or index + 1 >= count:
        return None
    label = blocks[index + 1]
    if label.text == "-" or word_count(label.text) > 8 or label.text[-1:] in CLAUSE_END:
        return None
    following = index + 2
    value: str | None = None
    if following < count and blocks[following].text != "-":
        candidate = blocks[following]
        if word_count(candidate.text) <= 12 and candidate.kind is not BlockKind.LIST_ITEM:
            value = candidate.text
    return Fact(label=label.text, value=value), 2 + (value is not None)


def _bullet_facts(blocks: Sequence[Block]) -> tuple[tuple[Fact, ...], frozenset[int]]:
    """Bulleted facts: ``• Start Date``, ``• Project Type`` + an indented value line."""
    facts, used = _facts_read(blocks, _bullet_at)
    if len(facts) < 2:
        return (), frozenset()
    return facts, used


def _bullet_at(blocks: Sequence[Block], index: int) -> _FactAt:
    block = blocks[index]
    if block.kind is not BlockKind.LIST_ITEM or not block.text:
        return None
    colon = fact_from_colon(block.text)
    if colon is not None and fact_label_like(colon.label):
        return colon, 1
    if not fact_label_like(block.text):
        return None
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if (
        nxt is not None
        and nxt.kind is not BlockKind.LIST_ITEM
        and nxt.gap == 0
        and word_count(nxt.text) <= 12
        and not ends_sentence(nxt.text)
    ):
        return Fact(label=block.text.rstrip(":"), value=nxt.text), 2
    return Fact(label=block.text.rstrip(":"), value=None), 1


def _teasers(blocks: Sequence[Block]) -> tuple[tuple[RawTeaser, ...], tuple[str, ...]]:
    """Title/summary pairs of a news index; a summary is any non-title block after a title."""
    teasers: list[RawTeaser] = []
    warnings: list[str] = []
    index = 0
    count = len(blocks)
    while index < count:
        block = blocks[index]
        if not looks_like_title(block):
            warnings.append("a teaser summary without a title was dropped")
            index += 1
            continue
        nxt = blocks[index + 1] if index + 1 < count else None
        if nxt is not None and not looks_like_title(nxt):
            teasers.append(RawTeaser(title=block.text, summary=nxt.text))
            index += 2
        else:
            teasers.append(RawTeaser(title=block.text))
            index += 1
    return tuple(teasers), tuple(dict.fromkeys(warnings))


def _looks_like_news_index(blocks: Sequence[Block]) -> bool:
    """The index's short heading (``Latest News on Migration``), then teasers cut with ``...``."""
    if not blocks or word_count(blocks[0].text) > _INDEX_HEADING_WORDS:
        return False
    if not _LISTING_HEADING().match(blocks[0].text):
        return False
    return any(b.text.endswith(("...", "…")) for b in blocks[1:_INDEX_REACH])


def _is_news_index(blocks: Sequence[Block], start: int, url: str | None) -> bool:
    if start < len(blocks) and _LISTING_HEADING().match(blocks[start].text):
        return True
    return kind_from_url(url) is PageKind.LISTING


class DrupalLayout:
    """The modern IOM sites (Drupal theme of kyrgyzstan.iom.int and its sister sites).

    >>> from iomkg._front.text import blocks_from_text
    >>> layout = DrupalLayout()
    >>> blocks = blocks_from_text("News\\nLocal\\n\\nA title\\n\\nOsh – On 3 May, a centre opened.")
    >>> layout.match(blocks, None) > 0.5
    True
    >>> raw = layout.split(blocks, None)
    >>> raw.kind.value, raw.articles[0].title, raw.articles[0].paragraphs
    ('article', 'A title', ('Osh – On 3 May, a centre opened.',))
    """

    name = "iom-drupal"

    def __init__(self) -> None:
        # The opening found by the last ``match``, kept for the ``split`` of the same blocks
        # (``parse`` calls both); compared by identity, so another page never reuses it.
        self._last: tuple[Sequence[Block], Opening] | None = None

    def _opening(self, blocks: Sequence[Block]) -> Opening:
        last = self._last
        if last is not None and last[0] is blocks:
            return last[1]
        opening = find_opening(blocks)
        # Small pages only: the cache must not keep a huge page alive after its parse.
        self._last = (blocks, opening) if len(blocks) <= _CACHE_BLOCKS else None
        return opening

    def match(self, blocks: Sequence[Block], url: str | None) -> float:
        """0.95 for a menu, 0.9 for another opening, 0.8 for the news index, 0.6 for ``iom.int``.

        A skip link counts as an opening only when the theme's label lines follow it.
        """
        opening = self._opening(blocks)
        if opening.how == "menu":
            return 0.95
        # A skip link alone is any website's; only with the theme's label lines is it this one.
        if opening.how is not None and not (opening.how == "skip-link" and opening.start == 1):
            return 0.9
        if _looks_like_news_index(blocks):  # the news index, address unknown
            return 0.8
        site = site_from_url(url) or ""
        if site == "iom.int" or site.endswith(".iom.int"):
            return 0.6
        return 0.0

    def split(self, blocks: Sequence[Block], url: str | None) -> RawPage:
        """Strip the opening, then read the title, body, tags, facts or teasers."""
        blocks = content_blocks(blocks)
        opening = self._opening(blocks)
        self._last = None
        start = _stats_widget_end(blocks, opening.start)
        warnings: list[str] = []
        if _is_news_index(blocks, start, url):
            if start < len(blocks) and _LISTING_HEADING().match(blocks[start].text):
                start += 1
            teasers, teaser_warnings = _teasers(blocks[start:])
            warnings.extend(teaser_warnings)
            cut = truncation_warning(blocks)
            if cut:
                warnings.append(cut)
            return RawPage(kind=PageKind.LISTING, teasers=teasers, warnings=tuple(warnings))
        url_kind = kind_from_url(url)
        if opening.how is None:
            box = box_end(blocks[start:])
            if box:
                warnings.append(f"a box of {box} line(s) opening the page was dropped as chrome")
                start += box
        rest = [b for b in blocks[start:] if b.text != "-" or b.kind is BlockKind.LIST_ITEM]
        units = split_units(rest, url) if opening.how is None else None
        if units is not None:
            cut = truncation_warning(blocks)
            if cut:
                warnings.append(cut)
            return units.page(warnings)
        triples, used = _triple_facts(blocks[start:])
        if triples:
            rest = [b for i, b in enumerate(blocks[start:]) if i not in used and b.text != "-"]
        # Bulleted facts only on pages whose address does not say they are news or stories.
        # Bulleted facts stay in the body too: every list item is a paragraph.
        bullets, used_bullets = _bullet_facts(rest) if url_kind is None else ((), frozenset())
        facts = triples + bullets
        last_is_fact = (len(rest) - 1 in used_bullets) or not rest or rest[-1] is not blocks[-1]
        if not facts or not last_is_fact:
            cut = truncation_warning(blocks)
            if cut:
                warnings.append(cut)
        kind = url_kind or PageKind.ARTICLE
        if url_kind is None and len(facts) >= 2:
            kind = PageKind.PROJECT
        elif (
            url_kind is None
            and url_path(url).strip("/")
            and not url_path(url).startswith(("/node", "/ru/node"))
        ):
            kind = PageKind.STATIC
        # An ALL-CAPS label may stand before or after the title.
        rest = _drop_labels(rest, limit=3)
        # A photo caption may stand before the title too; it stays a caption.
        leading = 0
        while leading < len(rest) and is_caption(rest[leading]):
            leading += 1
        head = head_length(rest[leading:]) if opening.how is None else 0
        title_decisions: tuple[Decision, ...] = ()
        if head > 1 and kind is not PageKind.STORY:
            # No theme opening: lines of another site's chrome may precede the title.
            title, header_date, after, _dropped, verdict = title_among_chrome(
                rest[leading:], head, opening.header_date, url
            )
            title_decisions = (verdict.decision(),)
        else:
            slug = slug_words(url)
            title, header_date, after = take_title(
                rest[leading:],
                opening.header_date,
                lambda bs: (
                    kind is not PageKind.STORY and (_title_here(bs) or _spelt_by_slug(bs, slug))
                ),
            )
        rest = rest[:leading] + after
        if title is not None and _twin_title(title, rest):
            warnings.append(
                f"a twin of the title in another language was dropped ({rest[0].text!r})"
            )
            rest = rest[1:]
        body = build_body(rest, title=title, header_date=header_date)
        warnings.extend(body.warnings)
        article = attrs.evolve(body.article, decisions=title_decisions)
        if title is None and not article.paragraphs and not article.captions:
            if not facts:
                warnings.append(NO_CONTENT)
            return RawPage(kind=kind, facts=facts, warnings=tuple(warnings))
        return RawPage(kind=kind, articles=(article,), facts=facts, warnings=tuple(warnings))


def _drop_labels(blocks: list[Block], *, limit: int) -> list[Block]:
    """Drop ALL-CAPS labels (``PRESS ANNOUNCEMENT``) among the first ``limit`` blocks.

    A label stands after the title, or before it when a title-shaped block follows;
    a short ALL-CAPS line directly followed by the body is an ALL-CAPS title and stays.
    """
    kept: list[Block] = []
    for index, block in enumerate(blocks[:limit]):  # (the blocks after them all stay)
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            nxt is not None
            and is_label_line(block.text)
            and word_count(block.text) <= 4
            and (
                word_count(nxt.text) > word_count(block.text)
                if index
                else looks_like_title(nxt) and index + 2 < len(blocks)
            )
        ):
            continue
        kept.append(block)
    kept.extend(blocks[limit:])
    return kept


def _twin_title(title: str, rest: Sequence[Block]) -> bool:
    """A second title in the other script (a Russian title and its English twin), then the body."""
    if len(rest) < 2 or not looks_like_title(rest[0]) or looks_like_title(rest[1]):
        return False
    first, second = script_of(title), script_of(rest[0].text)
    return first is not None and second is not None and first != second


def _spelt_by_slug(blocks: Sequence[Block], slug: Sequence[str]) -> bool:
    """A first line that the address spells, a headline even with a final full stop."""
    first = blocks[0]
    return (
        len(blocks) > 1
        and first.kind is not BlockKind.LIST_ITEM
        and word_count(first.text) <= _TITLE_WORDS
        and first.text.count(". ") == 0
        and not first.text[:1].islower()
        and not any(dash in first.text[:60] for dash in (" - ", " – ", " — ", "– ", "- "))
        and slug_agreement(first.text, slug) >= _SLUG_TITLE
    )


# How much of the slug a line with a final stop must spell to be the title.
_SLUG_TITLE = 0.75


def _title_here(blocks: Sequence[Block]) -> bool:
    """Whether the first block is the title: title-shaped, not too long, not a photo caption."""
    return (
        looks_like_title(blocks[0], max_words=_TITLE_WORDS)
        and not is_caption(blocks[0])
        and not never_title(blocks[0].text)
    )
