"""Places named in a text, found with the gazetteer.

>>> [p.name for p in find_places("The delegation travelled from Bishkek to Chisinau, Moldova.")]
['Bishkek', 'Chisinau', 'Moldova']
"""

from __future__ import annotations

import functools
import itertools
import re

import attrs

from .._models import Place, PlaceKind, Span
from .._reference.gazetteer import Gazetteer, loose_key
from .._reference.names import capitalised_words, has_kyrgyz_letters, kyrgyz_stems, word_key
from .._reference.reference import current
from .._regex import lazy_pattern

__all__ = ["find_places"]

# "<Name>, " / "<Name> и " / "<Name> and " / "<Name> жана " right before a place: a name that
# shares the place's noun ("Нарынской и Таласской областях", "Naryn and Talas oblasts").
_SHARED_NOUN_BEFORE = re.compile(
    r"([A-ZА-ЯЁӨҮҢ][\w’'\-]{1,40})(?:,[ \u00a0]{1,2}(?:and[ \u00a0]{1,2}|и[ \u00a0]{1,2})?"
    r"|[ \u00a0]{1,2}(?:and|и|жана|&)[ \u00a0]{1,2})$"
)


def find_places(text: str, *, places: Gazetteer | None = None) -> tuple[Place, ...]:
    """Every known place named in ``text``: one record per place, in order of first mention.

    Each record carries every mention as a :class:`~iomkg.Span` into ``text``.
    The longest spelling wins (``Osh Oblast`` is the oblast, ``Osh`` alone
    the city; ``Kyrgyz Republic`` is Kyrgyzstan, ``Kyrgyz`` alone is no
    place); English, Russian (in any case) and Kyrgyz spellings are found.
    Names coordinated before one noun are each a place of that noun
    (``Нарынской и Таласской областях`` is two oblasts). ``places`` is the
    gazetteer to use (default: the :class:`~iomkg.Reference` of the parse
    running, else the package's gazetteer).

    >>> found = find_places("A Kyrgyz team met in Osh Oblast, then in Osh and в Бишкеке.")
    >>> [(p.id, [m.text for m in p.mentions]) for p in found]
    [('KG-O', ['Osh Oblast']), ('KG-GO', ['Osh']), ('KG-GB', ['Бишкеке'])]
    >>> found[1].mentions[0].start
    41
    >>> [p.id for p in find_places("в Нарынской и Таласской областях, in Naryn and Talas oblasts")]
    ['KG-N', 'KG-T']

    A settlement whose name may also be a word or a person's name (the package's
    ``settlements.tsv``) is a place only where a place is expected: after a settlement
    word (``the village of``, ``в селе``, ``айылында``), or after ``in``/``в`` or with a
    Kyrgyz locative ending, capitalised and not followed by another name; spellings that
    differ by transliteration (``Kanysh-Kyya``) are found there too.

    >>> [p.id for p in find_places("Aid reached the village of Markaz and families in Iradan.")]
    ['KG.markaz', 'KG.iradan']
    >>> find_places("Markaz is the Uzbek word for centre.")
    ()
    """
    gz = places if places is not None else current().places
    found = gz.find(text)
    if found:
        found = _shared_nouns(text, _without_surnames(text, found), gz)
    return _with_settlements(text, found, gz)


_CAP = "A-ZА-ЯЁӨҮҢ"
_WORD_CHARS = r"[^\W\d_][^\W\d_’']{0,30}"
# A settlement's name: one to three capitalised words (joined by a hyphen, or a space
# before a capital: "Nizhnyaya Ala-Archa", "Kara-Kulja").
_SETTLEMENT_NAME = lazy_pattern(
    rf"[{_CAP}]{_WORD_CHARS}(?:[-\u2010\u2011][{_CAP}a-zа-яёөүң]{_WORD_CHARS}){{0,2}}"
    rf"(?:[ \u00a0][{_CAP}]{_WORD_CHARS}(?:[-\u2010\u2011][{_CAP}]{_WORD_CHARS})?)?"
)
# A settlement word right before the name: "the village of", "town of", "в селе", "г.".
_CUE_BEFORE = lazy_pattern(
    r"(?<![\w\-])(?:(?:[Vv]illages?|[Tt]owns?|[Ss]ettlements?|[Cc]ity|[Tt]ownship|[Hh]amlet"
    r"|[Aa]iyl|[Aa]yil|[Kk]ishlak|[Qq]ishloq|[Aa]ul)[ \u00a0]of"
    r"|(?:[Сс]ел(?:о|а|е|у|ом)|[Сс]ёл|[Сс][её]л(?:ах|ами|ам)|[Пп]о[сc][её]лк(?:е|а|у|ом)?|[Пп]о[сc][её]лок"
    r"|[Гг]ород(?:е|а|у|ом)?|[Дд]еревн(?:я|и|е|ю|ей)|[Аа]й?ил(?:е|а|у|ом)?|[Кк]ишлак(?:е|а|у|ом)?"
    r"|[Аа]ул(?:е|а|у|ом)?|пгт|пос\.|с\.|г\.))[ \u00a0]{1,2}\Z"
)
# ... or right after it: "Iradan village", Kyrgyz "Ирадан айылында", Kazakh "Алга ауылы".
_CUE_AFTER = lazy_pattern(
    r"[ \u00a0](?:village|town|settlement|aiyl|ayil|айыл|шаар|кыштак|ауыл|кент|посёлк|поселк"
    r"|село|селе|села)"
)
# ... or the object of "in"/"в" (or, in Kyrgyz, the name in the locative: ``_KY_LOCATIVE``).
# A list going on: ", ", ", and ", " and ", " и ", " жана " right before a name.
_LIST_BEFORE = lazy_pattern(
    r"(?:,[ \u00a0]{1,2}(?:and[ \u00a0]|и[ \u00a0]|жана[ \u00a0])?|[ \u00a0](?:and|и|жана|&)[ \u00a0])\Z"
)
_IN = lazy_pattern(r"(?<![\w\-])(?:[Ii]n|[Вв]о?)[ \u00a0]\Z")
# A name listed right before another ("Andarak, " / "Andarak and "), search()ed up to it.
_ITEM_BEFORE = lazy_pattern(
    rf"([{_CAP}]{_WORD_CHARS}(?:[-\u2010\u2011][{_CAP}a-zа-яёөүң]{_WORD_CHARS}){{0,2}})"
    r"(?:,[ \u00a0]{1,2}(?:and[ \u00a0]|и[ \u00a0]|жана[ \u00a0])?|[ \u00a0](?:and|и|жана|&)[ \u00a0])\Z"
)
_KY_LOCATIVE = lazy_pattern(r"(?:да|де|до|дө|та|те|то|тө)(?:гы|ги|гу|гү)?\Z")
# What follows a name that is no settlement's: another name (a person: "in Alga Asanova"),
# a division's noun ("в Советском районе", "in Alga district"), a river or a lake.
_NOT_AFTER = lazy_pattern(
    rf"[ \u00a0]{{1,2}}(?:[{_CAP}]|(?:district|region|oblast|province|rayon|raion|район"
    r"|област|облус|округ|аймак)|(?:[Rr]iver|[Ll]ake|рек|озер|дарыя))"
)
_HEADS: dict[tuple[int, int], frozenset[str]] = {}
# The words found to be the start of a town's name (maybe with a Kyrgyz case ending), and
# every word looked at, for the gazetteer of ``_HEADS``; at most ``_MEMO_WORDS`` of the latter.
_HEAD_WORDS: tuple[set[str], set[str]] = (set(), set())
_MEMO_WORDS = 50_000


@functools.lru_cache(maxsize=16384)
def _head_key(word: str) -> str:
    return loose_key(word_key(word))


def _heads(gz: Gazetteer) -> frozenset[str]:
    """The first word of every spelling of ``gz``'s towns and villages, as :func:`_head_key`
    makes it: the capitalised words a settlement's name may start with. (Of the places the
    scan finds, only villages', and not a word that is a name alone: ``Osh`` and ``Osh
    City`` are found as they are written; their variants in datelines only.)"""
    key = (id(gz), gz.generation)
    heads = _HEADS.get(key)
    if heads is None:
        # (the keys made here are not remembered: thousands of them would fill the caches)
        heads = frozenset(
            loose_key.__wrapped__(word_key.__wrapped__(words[0]))
            for spelling, kind, quiet in gz.town_spellings()
            # (of the places the scan finds, the villages: a town's variants are its aliases)
            if quiet or kind is PlaceKind.VILLAGE
            if (words := _NAME_WORD().findall(spelling))
            and (quiet or (len(words[0]) > 3 and gz.lookup(words[0]) is None))
        ) - {"the"}  # ("The Hague": the name a place key is made of starts after it)
        _HEADS.clear()  # one gazetteer at a time (the parse's)
        _HEADS[key] = heads
        for remembered in _HEAD_WORDS:
            remembered.clear()
    return heads


_NAME_WORD = lazy_pattern(r"[^\W_]+")
_SETTLEMENT_KINDS = (PlaceKind.CITY, PlaceKind.VILLAGE)


def _with_settlements(text: str, found: tuple[Place, ...], gz: Gazetteer) -> tuple[Place, ...]:
    """Add the settlements named where a place is expected (see :func:`find_places`)."""
    matches, words = capitalised_words(text)
    if not words:
        return found
    heads = _heads(gz)
    # the words a settlement's name may start with, maybe with a Kyrgyz case ending: each
    # distinct word is looked at once, then remembered (set operations, not a loop)
    yes, seen = _HEAD_WORDS
    if not seen.issuperset(words):  # (no set is built for a text of words seen before)
        for word in set(words).difference(seen):
            if _head_key(word) in heads or any(
                _head_key(stem) in heads for stem in kyrgyz_stems(word)
            ):
                yes.add(word)
            seen.add(word)
        if len(seen) > _MEMO_WORDS:
            seen.clear()
            seen.update(yes)
    if yes.isdisjoint(words):
        return found
    good = yes
    kyrgyz: bool | None = None  # (asked when needed: a search through the whole text)
    taken = {m.start for p in found for m in p.mentions}
    # where a town's or a village's mention ends: a list may go on after it
    town_ends = {m.end for p in found if p.kind in _SETTLEMENT_KINDS for m in p.mentions}
    added: list[tuple[Span, Place]] = []
    for i in itertools.compress(range(len(words)), map(good.__contains__, words)):
        start = matches[i].start()
        if start in taken:
            continue
        name = _SETTLEMENT_NAME().match(text, start)
        if name is None or (start and (text[start - 1].isalnum() or text[start - 1] == "-")):
            continue
        cue = _CUE_BEFORE().search(text, max(0, start - 16), start) is not None
        cue_after = not cue and _CUE_AFTER().match(text, name.end()) is not None
        cue = cue or cue_after
        listed = _LIST_BEFORE().search(text, max(0, start - 9), start)
        # (a list after a town, "in Osh and Iradan", "the villages of A, B and C", is
        # evidence as "in" is: the names are looked at as strictly)
        in_list = listed is not None and listed.start() in town_ends
        after_in = None if cue else _IN().search(text, max(0, start - 4), start)
        if not cue and after_in is None and not in_list:
            if _KY_LOCATIVE().search(name.group()) is None:
                continue
            if kyrgyz is None:
                kyrgyz = has_kyrgyz_letters(text)
            if not kyrgyz:
                continue
        russian_in = after_in is not None and after_in.group()[:1] in "Вв"
        strict = _STRICT_RU if russian_in else (not cue)
        settlement = _settlement(text, start, name.group(), gz, strict=strict)
        if settlement is not None:
            added.append(settlement)
            taken.add(start)
            town_ends.add(settlement[0].end)
            if cue_after:  # "Andarak and Katran villages": the names listed before it
                added += _listed_before(text, start, gz, taken)
    if not added:
        return found
    by_id: dict[str, list[Span]] = {p.id: list(p.mentions) for p in found}
    return _merged(by_id, {p.id: p for p in found}, added)


# The word right before a name, if capitalised; the capitalised words that may open a
# place's phrase.
_WORD_BEFORE = lazy_pattern(rf"(?<![\w\-])([{_CAP}][^\W\d_]*)[ \u00a0]{{1,2}}\Z")
_OPENERS = frozenset({"In", "At", "From", "Near", "To", "В", "Во", "Из", "Около", "Между"})


def _listed_before(
    text: str, start: int, gz: Gazetteer, taken: set[int]
) -> list[tuple[Span, Place]]:
    """The towns listed before the one at ``start`` ("Andarak, Katran and Tayan villages":
    the settlement word after the last names them all)."""
    out: list[tuple[Span, Place]] = []
    for _ in range(8):
        m = _ITEM_BEFORE().search(text, max(0, start - 70), start)
        if m is None or (
            m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")
        ):
            break
        before = _WORD_BEFORE().search(text, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1) not in _OPENERS:
            break  # a capitalised word before it: a person's name ("Aibek Markaz and …")
        found = _settlement(text, m.start(), m.group(1), gz, strict=False)
        if found is None or m.start() in taken:
            break
        out.append(found)
        taken.add(m.start())
        start = m.start()
    return out


_STRICT_RU = 2  # ``strict``, after Russian "в": the name in the prepositional too


def _settlement(
    text: str, start: int, name: str, gz: Gazetteer, *, strict: int
) -> tuple[Span, Place] | None:
    """The longest name at ``start`` that is a town or a village (``Nizhnyaya Ala-Archa``,
    then one word); ``strict`` (no settlement word around): not before another name, a
    division's noun or a number ("in Nov 2024"), not a word of three letters ("Kim",
    "Pop"), not a place the scan finds anyway, and after Russian "в" (``_STRICT_RU``) in
    the prepositional ("в Ирадане"; "в Совет …" is an accusative, a body's name)."""
    words = name.split(" ")
    while words:
        candidate = " ".join(words)
        end = start + len(candidate)
        place = gz.resolve(candidate)
        if place is not None and place.kind in _SETTLEMENT_KINDS:
            if strict and (
                _NOT_AFTER().match(text, end)
                or gz.lookup(candidate) is not None
                or (len(words) == 1 and "-" not in candidate and len(candidate) < 4)
                or _NUMBER_AFTER().match(text, end)
                or (strict == _STRICT_RU and not candidate.endswith(("е", "и")))
            ):
                return None
            return Span(start=start, end=end, text=candidate), place
        words = words[:-1]
    return None


_NUMBER_AFTER = lazy_pattern(r"[ \u00a0]{1,2}\d")


# A Russian surname made from a place's name ("Эмил Токтогулов", "г-жа Нарынова"): its
# ending, after a given name or an honorific.
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|овой|евой|овым|евым|ову|еву|ове|еве)$")
_NAME_BEFORE = re.compile(
    r"(?:(?<![\w\-])[А-ЯЁӨҮҢ][а-яёөүң]{1,20}|г-н|г-на|г-ну|г-жа|г-жи|г-же)[ \u00a0]{1,2}$"
)
# ... or before a given name and a patronymic, in the official order ("Токтогулов Нурбек
# Асанович", "Нарынова Айгуль Бакытовна").
_NAME_AFTER = re.compile(
    r"[ \u00a0]{1,2}[А-ЯЁӨҮҢ][а-яёөүң]{1,20}[ \u00a0]{1,2}[А-ЯЁ][а-яё]{2,20}"
    r"(?:ович|евич|ич|овна|евна|ична|инична)(?![\w\-])"
)


def _without_surnames(text: str, found: tuple[Place, ...]) -> tuple[Place, ...]:
    """The places without the mentions that are a person's surname (``Эмил Токтогулов``)."""
    out: list[Place] = []
    changed = False
    for place in found:
        kept = [
            m
            for m in place.mentions
            if not (
                _SURNAME_END.search(m.text)
                and " " not in m.text
                and not _SURNAME_END.search(place.name)
                and (
                    _NAME_BEFORE.search(text, max(0, m.start - 24), m.start)
                    or _NAME_AFTER.match(text, m.end)
                )
            )
        ]
        if len(kept) == len(place.mentions):
            out.append(place)
            continue
        changed = True
        if kept:
            out.append(attrs.evolve(place, mentions=tuple(kept)))
    return tuple(out) if changed else found


def _shared_nouns(text: str, found: tuple[Place, ...], gz: Gazetteer) -> tuple[Place, ...]:
    """Add the names that share a found place's noun (``Нарынской и Таласской областях``)."""
    added: list[tuple[Span, Place]] = []
    for place in found:
        for mention in place.mentions:
            words = mention.text.split()
            if len(words) < 2:
                continue
            noun = " ".join(words[1:])
            # "oblasts", "regions": the name of one is written with the singular
            nouns = (noun, noun[:-1]) if noun.endswith("s") and noun.isascii() else (noun,)
            end = mention.start
            # a list of names before the place: "Нарынской, Ошской и Таласской областях"
            for _ in range(8):
                m = _SHARED_NOUN_BEFORE.search(text, max(0, end - 60), end)
                if m is None:
                    break
                other = next(
                    (p for n in nouns if (p := gz.lookup(f"{m.group(1)} {n}")) is not None), None
                )
                if other is None or other.id == place.id or other.kind is not place.kind:
                    break
                added.append((Span(start=m.start(1), end=m.end(1), text=m.group(1)), other))
                end = m.start(1)
    if not added:
        return found
    new_spans = {(span.start, span.end) for span, _p in added}
    by_id: dict[str, list[Span]] = {}
    records: dict[str, Place] = {}
    for place in found:
        # a name taken for another place alone ("Naryn" the town) is the noun's place here
        kept = [m for m in place.mentions if (m.start, m.end) not in new_spans]
        if kept:
            by_id[place.id] = kept
            records[place.id] = place
    return _merged(by_id, records, added)


def _merged(
    by_id: dict[str, list[Span]], records: dict[str, Place], added: list[tuple[Span, Place]]
) -> tuple[Place, ...]:
    """The places of ``records`` with their mentions (``by_id``) and the ``added`` ones, each
    place once with its mentions in text order, the places in the order of their first."""
    for span, place in added:
        by_id.setdefault(place.id, []).append(span)
        records.setdefault(place.id, place)
    out = [
        attrs.evolve(records[pid], mentions=tuple(sorted(spans, key=lambda s: s.start)))
        for pid, spans in by_id.items()
    ]
    return tuple(sorted(out, key=lambda p: p.mentions[0].start))
