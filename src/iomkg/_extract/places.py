"""Places named in a text, found with the gazetteer.

>>> [p.name for p in find_places("The delegation travelled from Bishkek to Chisinau, Moldova.")]
['Bishkek', 'Chisinau', 'Moldova']
"""

from __future__ import annotations

import re

import attrs

from .._models import Place, PlaceKind, Span
from .._reference.gazetteer import Gazetteer
from .._reference.names import has_kyrgyz_letters
from .._reference.reference import current

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
_WORD_CHARS = r"[^\W\d_][^\W\d_’']{1,30}"
# A settlement's name: one to three capitalised words (joined by a hyphen, or a space
# before a capital: "Nizhnyaya Ala-Archa", "Kara-Kulja").
_SETTLEMENT_NAME = (
    rf"[{_CAP}]{_WORD_CHARS}(?:[-\u2010\u2011][{_CAP}a-zа-яёөүң]{_WORD_CHARS}){{0,2}}"
    rf"(?:[ \u00a0][{_CAP}]{_WORD_CHARS}(?:[-\u2010\u2011][{_CAP}]{_WORD_CHARS})?)?"
)
# A settlement word before the name: "the village of", "town of", "в селе", "пос.", "г.".
_CUE_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:[Vv]illages?|[Tt]owns?|[Ss]ettlements?|[Cc]ity|[Tt]ownship|[Hh]amlet"
    r"|[Aa]iyl|[Aa]yil|[Kk]ishlak|[Qq]ishloq|[Aa]ul)[ \u00a0]of"
    r"|(?:[Сс]ел(?:о|а|е|у|ом)|[Сс]ёл|[Пп]о[сc][её]лк(?:е|а|у|ом)?|[Пп]о[сc][её]лок"
    r"|[Гг]ород(?:е|а|у|ом)?|[Дд]еревн(?:я|и|е|ю|ей)|[Аа]й?ил(?:е|а|у|ом)?|[Кк]ишлак(?:е|а|у|ом)?"
    r"|[Аа]ул(?:е|а|у|ом)?|пгт|пос\.|с\.|г\.))"
    rf"[ \u00a0]{{1,2}}({_SETTLEMENT_NAME})"
)
# ... or after it: "Iradan village", Kyrgyz "Ирадан айылында", Kazakh "Алга ауылы".
_CUE_AFTER = re.compile(
    rf"(?<![\w\-])({_SETTLEMENT_NAME})[ \u00a0](?:village|town|settlement|aiyl|ayil"
    r"|айыл|шаар|кыштак|ауыл|кент|посёлк|поселк|село|селе|села|айылы)"
)
# ... or the object of "in"/"в" (the Kyrgyz locative: see ``_KY_LOCATIVE``).
_IN = re.compile(rf"(?<![\w\-])(?:[Ii]n|[Вв]о?)[ \u00a0]({_SETTLEMENT_NAME})")
# A capitalised Cyrillic word with a Kyrgyz locative ending ("Ирадандa", "Кара-Кулжада").
_KY_LOCATIVE = re.compile(
    rf"(?<![\w\-])([{_CAP}][^\W\d_]{{1,30}}(?:-[{_CAP}][^\W\d_]{{1,30}})?"
    r"(?:да|де|до|дө|та|те|то|тө)(?:гы|ги|гу|гү)?)(?![\w\-])"
)
# What follows a name that is no settlement's: another name (a person: "in Alga Asanova"),
# a division's noun ("в Советском районе", "in Alga district").
_NOT_AFTER = re.compile(
    rf"[ \u00a0]{{1,2}}(?:[{_CAP}]|(?:district|region|oblast|province|rayon|raion|район"
    r"|област|облус|округ|аймак)|(?:[Rr]iver|[Ll]ake|[Rr]иver|рек|озер|дарыя))"
)


def _with_settlements(text: str, found: tuple[Place, ...], gz: Gazetteer) -> tuple[Place, ...]:
    """Add the settlements named where a place is expected (see :func:`find_places`)."""
    if not (_CUE_BEFORE.search(text) or _CUE_AFTER.search(text) or _IN.search(text)
            or (has_kyrgyz_letters(text) and _KY_LOCATIVE.search(text))):  # fmt: skip
        return found
    taken = [(m.start, m.end) for p in found for m in p.mentions]
    added: list[tuple[Span, Place]] = []

    def covered(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in taken)

    def take(start: int, name: str, *, strict: bool) -> None:
        words = name.split(" ")
        while words:  # the longest name that is a place: "Nizhnyaya Ala-Archa", then one word
            candidate = " ".join(words)
            end = start + len(candidate)
            if covered(start, end):
                return
            place = gz.resolve(candidate)
            if place is not None and place.kind in (PlaceKind.CITY, PlaceKind.VILLAGE):
                if strict and (_NOT_AFTER.match(text, end) or gz.lookup(candidate) is not None):
                    return  # a person, a division, or a place the scan has already seen
                added.append((Span(start=start, end=end, text=candidate), place))
                taken.append((start, end))
                return
            words = words[:-1]

    for m in _CUE_BEFORE.finditer(text):
        take(m.start(1), m.group(1), strict=False)
    for m in _CUE_AFTER.finditer(text):
        take(m.start(1), m.group(1), strict=False)
    for m in _IN.finditer(text):
        take(m.start(1), m.group(1), strict=True)
    if has_kyrgyz_letters(text):
        for m in _KY_LOCATIVE.finditer(text):
            take(m.start(1), m.group(1), strict=True)
    if not added:
        return found
    by_id: dict[str, list[Span]] = {p.id: list(p.mentions) for p in found}
    records = {p.id: p for p in found}
    for span, place in added:
        by_id.setdefault(place.id, []).append(span)
        records.setdefault(place.id, place)
    out = [
        attrs.evolve(records[pid], mentions=tuple(sorted(spans, key=lambda s: s.start)))
        for pid, spans in by_id.items()
    ]
    return tuple(sorted(out, key=lambda p: p.mentions[0].start))


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
    for span, place in added:
        by_id.setdefault(place.id, []).append(span)
        records.setdefault(place.id, place)
    out = [
        attrs.evolve(records[pid], mentions=tuple(sorted(spans, key=lambda s: s.start)))
        for pid, spans in by_id.items()
    ]
    return tuple(sorted(out, key=lambda p: p.mentions[0].start))
