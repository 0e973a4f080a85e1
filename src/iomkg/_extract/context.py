"""One analysis per article: what every extractor reads, found once.

An :class:`ArticleContext` holds an article's text with what is known of it
beforehand (:class:`ArticleMeta`: title, dateline, publication and reference
dates, language) and the analyses every extractor shares: the sentences, the
dates, the places and the organizations. It is built once per article by
:meth:`ArticleContext.build`; the extractors take it instead of rescanning the
text, and no extractor takes more than a handful of parameters.
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._models import Dateline, DateMention, Organization, Place
from .dates import find_dates
from .organizations import find_organizations
from .places import find_places
from .sentences import split_sentences
from .words import Lexicon, TextWords

__all__ = ["ArticleContext", "ArticleMeta", "Lexicon"]


@attrs.frozen(kw_only=True)
class ArticleMeta:
    """What is known of an article before its text is read.

    ``dateline``, ``published`` and ``reference_date`` give the year of dates
    written without one (in that order of trust; never today's date) and the
    date and places of events whose sentence names none.

    >>> ArticleMeta(language="en").published is None
    True
    """

    title: str | None = None
    dateline: Dateline | None = None
    published: dt.date | None = None
    reference_date: dt.date | None = None
    language: str | None = None


def _with_dateline_places(found: tuple[Place, ...], dateline: Dateline | None) -> tuple[Place, ...]:
    """The places of the text, the dateline's added (their mentions point into the same text)."""
    if dateline is None or not dateline.places:
        return found
    by_id = {p.id: p for p in found}
    order = [p.id for p in found]
    for place in dateline.places:
        known = by_id.get(place.id)
        if known is None:
            by_id[place.id] = place
            order.insert(0, place.id)
            continue
        spans = {(m.start, m.end): m for m in (*known.mentions, *place.mentions)}
        mentions = tuple(spans[k] for k in sorted(spans))
        if mentions != known.mentions:  # (usually the text's mentions hold the dateline's)
            by_id[place.id] = attrs.evolve(known, mentions=mentions)
    return tuple(by_id[i] for i in dict.fromkeys(order))


@attrs.frozen(kw_only=True)
class ArticleContext:
    """An article's text and the analyses its extractors share.

    ``sentences`` are ``(start, end)`` offsets into ``text``; ``places`` include
    the dateline's places. The words of the text are read once, on first use:
    :attr:`lower` (the text in lower case, same offsets), :meth:`sentence_words`,
    and which sentences have a word of a word list (:class:`Lexicon`:
    :meth:`has_any`, :meth:`sentences_with`, :meth:`hits`), so that an extractor
    can skip a sentence without one of its words at the cost of a set look-up (no
    extractor asks it yet: each still runs its own pass).

    >>> ctx = ArticleContext.build("Osh – On 3 May 2024, IOM met partners. They agreed.")
    >>> len(ctx.sentences), [d.when.edtf for d in ctx.dates], [p.name for p in ctx.places]
    (2, ['2024-05-03'], ['Osh'])
    >>> [o.acronym for o in ctx.organizations]
    ['IOM']
    """

    text: str
    meta: ArticleMeta = ArticleMeta()
    sentences: tuple[tuple[int, int], ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    _words: list[TextWords] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def _text_words(self) -> TextWords:
        words = self._words
        if not words:
            words.append(TextWords(self.text, self.sentences))
        return words[0]

    @property
    def lower(self) -> str:
        """The text in lower case, ``ё`` read as ``е``: same length, same offsets.

        >>> ArticleContext.build("Ёж in OSH.").lower
        'еж in osh.'
        """
        return self._text_words().lower

    def sentence_words(self, index: int) -> frozenset[str]:
        """The words (runs of letters and digits) of sentence ``index``, in lower case.

        >>> sorted(ArticleContext.build("The Vice-Minister spoke. Then left.").sentence_words(0))
        ['minister', 'spoke', 'the', 'vice']
        """
        return self._text_words().sentence_words(index)

    def has_any(self, index: int, *lexicons: Lexicon) -> bool:
        """Whether sentence ``index`` has a key word of one of ``lexicons``.

        A sentence without one has no match of those word lists (see
        :mod:`iomkg._extract.words` for what a key word is).

        >>> ctx = ArticleContext.build("The workshop was held in May. Nothing else.")
        >>> ctx.has_any(0, Lexicon.EVENT), ctx.has_any(1, Lexicon.EVENT, Lexicon.MONTH)
        (True, False)
        """
        return self._text_words().has_any(index, *lexicons)

    def sentences_with(self, *lexicons: Lexicon) -> tuple[int, ...]:
        """The indices of the sentences with a key word of one of ``lexicons``, in order.

        >>> ArticleContext.build("Funded by the EU. Hello. Implemented by IOM.").sentences_with(
        ...     Lexicon.PROGRAMME_CUE)
        (0, 2)
        """
        return self._text_words().sentences_with(*lexicons)

    def hits(self, *lexicons: Lexicon) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` of every key word of ``lexicons`` in the text, in order.

        >>> ctx = ArticleContext.build("Mr. Lee, the Deputy Minister, met Ms. Ode.")
        >>> [ctx.text[s:e] for s, e in ctx.hits(Lexicon.HONORIFIC, Lexicon.ROLE)]
        ['Mr', 'Minister', 'Ms']
        """
        return self._text_words().hits(*lexicons)

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence that holds offset ``pos`` (-1 between sentences).

        >>> ArticleContext.build("One. Two.").sentence_of(6)
        1
        """
        return self._text_words().sentence_of(pos)

    @classmethod
    def build(cls, text: str, meta: ArticleMeta | None = None) -> ArticleContext:
        """Analyse ``text`` once: sentences, dates, places and organizations."""
        meta = meta if meta is not None else ArticleMeta()
        dateline = meta.dateline
        dateline_date = dateline.date if dateline is not None else None
        dates = find_dates(
            text,
            reference_date=meta.reference_date,
            published=meta.published,
            dateline_date=dateline_date.start if dateline_date is not None else None,
            language=meta.language,
        )
        return cls(
            text=text,
            meta=meta,
            sentences=tuple(split_sentences(text)),
            dates=tuple(dates),
            places=_with_dateline_places(tuple(find_places(text)), dateline),
            organizations=tuple(find_organizations(text)),
        )
