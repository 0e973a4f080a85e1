"""Places named in a text, found with the gazetteer.

>>> [p.name for p in find_places("The delegation travelled from Bishkek to Chisinau, Moldova.")]
['Bishkek', 'Chisinau', 'Moldova']
"""

from __future__ import annotations

import re

import attrs

from .._models import Place, Span
from .._reference.gazetteer import Gazetteer
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
    """
    gz = places if places is not None else current().places
    found = gz.find(text)
    if not found:
        return found
    return _shared_nouns(text, _without_surnames(text, found), gz)


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
