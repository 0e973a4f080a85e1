"""Events: what happened, when, where, who took part, under which programme.

A sentence with a trigger of the event lexicon (``data/event_kinds.tsv``:
``met``, ``visited``, ``workshop``, ``round table``, ``opening ceremony``,
``marked the … Day``, ``семинар`` …) tells of an event. Its date is the date
of the sentence (never the period of a plan), else the dateline's date; its
places are the places of the sentence (not those inside the name of an
organization or a programme, or a person's role), else the dateline's. Several sentences about one
event (the same kind of event on the same dates, or a later sentence that
names it without a date) make one :class:`~iomkg.Event`. A sentence with a
trigger and no date at all only adds to an event already dated.

>>> import datetime as dt
>>> from iomkg._dates import find_dates
>>> text = "On 5 May 2024, IOM held a workshop in Osh. The workshop gathered 30 officials."
>>> events = find_events(text, dates=find_dates(text))
>>> [(e.kind.value, e.when.edtf, e.evidence.text[:14]) for e in events]
[('workshop', '2024-05-05', 'On 5 May 2024,')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from .._models import (
    Dateline,
    DateMention,
    DateSpan,
    Event,
    EventKind,
    Organization,
    Person,
    Place,
    Precision,
    Programme,
    Span,
)
from ._people import read_tsv
from ._sentences import split_sentences
from ._spans import Cover

__all__ = ["event_trigger_pattern", "find_events"]

_FAMILY = {
    EventKind.MEETING: "meeting",
    EventKind.CONSULTATION: "meeting",
    EventKind.VISIT: "visit",
    EventKind.STUDY_VISIT: "visit",
    EventKind.WORKSHOP: "learning",
    EventKind.TRAINING: "learning",
    EventKind.CONFERENCE: "learning",
    EventKind.ROUNDTABLE: "learning",
    EventKind.CEREMONY: "ceremony",
    EventKind.OPENING: "ceremony",
    EventKind.LAUNCH: "ceremony",
    EventKind.HANDOVER: "ceremony",
    EventKind.SIGNING: "ceremony",
    EventKind.CAMPAIGN: "campaign",
    EventKind.COMMEMORATION: "campaign",
    EventKind.OTHER: "other",
}
# A date after these words is a bound of a stretch of time ("since March 2022"), not an event's.
_NOT_EVENT_DATE = re.compile(
    r"\b(?:[Ss]ince|as[ \u00a0]of|[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Сс]о?|[Дд]о|[Пп]осле)[ \u00a0]{1,2}$"
)
# Words that date a sentence by the day of publication.
_TODAY = re.compile(r"\b(?:today|this[ \u00a0]morning|сегодня)\b", re.IGNORECASE)
# A trigger followed by these words names no event: "opening remarks", "training modules".
_NOT_EVENT_AFTER = re.compile(
    r"[ \u00a0]{1,2}(?:remarks|speech|statement|address|words|hours|materials?|modules?|manuals?|"
    r"curricul\w{1,3}|cent(?:re|er)s?|needs|room|rooms|points?|minutes|interviews)\b",
    re.IGNORECASE,
)


def _read_lexicon() -> list[tuple[str, EventKind]]:
    return [(row[0], EventKind(row[1])) for row in read_tsv("event_kinds.tsv")]


def _trigger_regex(trigger: str) -> str:
    words = trigger.split()
    parts = []
    for word in words:
        if word == "…":
            parts.append(r"(?:[\w’'\-]{1,30}[ \u00a0]{1,2}){0,5}?")
            continue
        star = word.endswith("*")
        core = re.escape(word.rstrip("*"))
        parts.append(core + (r"\w{0,12}" if star else "") + r"[ \u00a0]{1,2}")
    body = "".join(parts)
    body = body[: -len(r"[ \u00a0]{1,2}")]
    return rf"(?<!\w){body}(?!\w)"


@attrs.frozen
class _Lexicon:
    """Triggers indexed by their first word, and stems (``семинар*``) by their first three letters."""

    words: dict[str, tuple[tuple[re.Pattern[str], EventKind], ...]]
    stems: dict[str, tuple[tuple[str, re.Pattern[str], EventKind], ...]]
    pattern: re.Pattern[str]


@functools.cache
def _lexicon() -> _Lexicon:
    entries = sorted(_read_lexicon(), key=lambda e: len(e[0]), reverse=True)
    words: dict[str, list[tuple[re.Pattern[str], EventKind]]] = {}
    stems: dict[str, list[tuple[str, re.Pattern[str], EventKind]]] = {}
    for trigger, kind in entries:
        compiled = re.compile(_trigger_regex(trigger), re.IGNORECASE)
        first = trigger.split()[0].casefold()
        if first.endswith("*"):
            stems.setdefault(first[:3], []).append((first[:-1], compiled, kind))
        else:
            words.setdefault(first, []).append((compiled, kind))
    pattern = "|".join(_trigger_regex(t) for t, _k in entries)
    return _Lexicon(
        words={k: tuple(v) for k, v in words.items()},
        stems={k: tuple(v) for k, v in stems.items()},
        pattern=re.compile(pattern, re.IGNORECASE),
    )


def event_trigger_pattern() -> re.Pattern[str]:
    """The compiled pattern of every trigger of the event lexicon (case does not matter).

    >>> bool(event_trigger_pattern().search("They marked the International Migrants Day."))
    True
    """
    return _lexicon().pattern


@attrs.define
class _Draft:
    kind: EventKind
    when: DateSpan | None
    origin: str  # "own" (a date in the sentence), "dateline", "none"
    sentences: list[tuple[int, int]]
    places: list[Place]


_WORD = re.compile(r"\w{3,}")  # every trigger starts with a word of three letters or more


def _triggers(text: str) -> list[tuple[int, EventKind]]:
    """Where a trigger stands and the kind it names, word by word (no scan per trigger)."""
    lex = _lexicon()
    out: list[tuple[int, EventKind]] = []
    after = 0
    for word in _WORD.finditer(text):
        if word.start() < after:
            continue
        folded = word.group().casefold()
        candidates = lex.words.get(folded, ())
        for stem, compiled, kind_of_stem in lex.stems.get(folded[:3], ()):
            if folded.startswith(stem):
                candidates += ((compiled, kind_of_stem),)
        for pattern, kind in candidates:
            m = pattern.match(text, word.start())
            if m is None or _NOT_EVENT_AFTER.match(text, m.end()):
                continue
            out.append((m.start(), kind))
            after = m.end()
            break
    return out


def _marked(spans: Sequence[tuple[int, int]], marks: Sequence[tuple[int, int]]) -> set[int]:
    """The indices of the marks (``(position, index)``, sorted) that fall inside the spans."""
    found: set[int] = set()
    for start, end in spans:
        lo = bisect.bisect_left(marks, (start, -1))
        hi = bisect.bisect_left(marks, (end, -1))
        found.update(index for _pos, index in marks[lo:hi])
    return found


def find_events(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    dates: Sequence[DateMention] = (),
    dateline: Dateline | None = None,
    places: Sequence[Place] = (),
    people: Sequence[Person] = (),
    organizations: Sequence[Organization] = (),
    programmes: Sequence[Programme] = (),
    programme_mentions: Sequence[tuple[int, int, int]] = (),
    role_spans: Sequence[tuple[int, int]] = (),
    published: dt.date | None = None,
) -> tuple[Event, ...]:
    """The events ``text`` tells of, in order, with their dates, places, people and programme.

    ``dates`` are the dates found in the text (periods of plans are never an
    event's date); ``programme_mentions`` are ``(start, end, index into
    programmes)``; ``role_spans`` are where people's roles are written, whose
    places are not where an event took place; ``published`` dates a sentence
    that says ``today`` when neither it nor the dateline gives a date.

    >>> from iomkg._dates import find_dates
    >>> from iomkg.extract._places import find_places
    >>> text = ("On 12 March 2024, the minister met IOM staff in Naryn. The meeting covered returns. "
    ...         "On 14 March 2024, a round table took place in Osh.")
    >>> events = find_events(text, dates=find_dates(text), places=find_places(text))
    >>> [(e.kind.value, e.when.edtf, [p.name for p in e.places]) for e in events]
    [('meeting', '2024-03-12', ['Naryn']), ('roundtable', '2024-03-14', ['Osh'])]
    """
    if sentences is None:
        sentences = split_sentences(text)
    triggers = _triggers(text)
    if not triggers or not sentences:
        return ()
    starts = [s for s, _e in sentences]
    usable = [d for d in dates if not d.is_period]
    date_starts = [d.span.start for d in usable]
    org_spans = [(m.start, m.end) for o in organizations for m in o.mentions]
    # places inside an organization's or a programme's name or a person's role are not venues
    not_where = sorted([*org_spans, *role_spans, *((s, e) for s, e, _i in programme_mentions)])
    excluded = Cover(not_where)
    place_mentions = sorted(
        ((m.start, m.end, p) for p in places for m in p.mentions), key=lambda x: x[0]
    )
    place_starts = [m[0] for m in place_mentions]
    dateline_date = dateline.date if dateline is not None else None
    today = published
    dateline_places = list(dateline.places) if dateline is not None else []

    drafts: list[_Draft] = []
    seen_sentences: set[int] = set()
    for pos, kind in triggers:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or i in seen_sentences or pos >= sentences[i][1]:
            continue
        seen_sentences.add(i)
        s_start, s_end = sentences[i]
        lo = bisect.bisect_left(date_starts, s_start)
        hi = bisect.bisect_left(date_starts, s_end)
        # a year alone ("opened in 2013") is background, not the date of an event
        own = [
            d
            for d in usable[lo:hi]
            if d.when.precision is not Precision.YEAR
            and not _NOT_EVENT_DATE.search(text, max(0, d.span.start - 12), d.span.start)
        ]
        if not own and hi > lo:
            drafts.append(_Draft(kind, None, "none", [sentences[i]], []))
            continue
        where = [
            p
            for start, end, p in place_mentions[
                bisect.bisect_left(place_starts, s_start) : bisect.bisect_left(place_starts, s_end)
            ]
            if not excluded.contains(start, end)
        ]
        if own:
            best = min(own, key=lambda d: abs(d.span.start - pos))
            drafts.append(_Draft(kind, best.when, "own", [sentences[i]], where))
        elif dateline_date is not None:
            drafts.append(_Draft(kind, dateline_date, "dateline", [sentences[i]], where))
        elif today is not None and (m := _TODAY.search(text, s_start, s_end)) is not None:
            # "IOM today launched …": the day of publication
            when = DateSpan.from_dates(today, text=m.group())
            drafts.append(_Draft(kind, when, "dateline", [sentences[i]], where))
        else:
            drafts.append(_Draft(kind, None, "none", [sentences[i]], []))
    merged = _merge(drafts)
    paragraphs = _paragraphs(text)
    para_starts = [start for start, _end in paragraphs]
    by_start = sorted(programme_mentions)
    mention_starts = [start for start, _end, _i in by_start]
    person_marks = sorted((m.start, i) for i, p in enumerate(people) for m in p.mentions)
    org_marks = sorted((m.start, i) for i, o in enumerate(organizations) for m in o.mentions)
    events = []
    for draft in merged:
        where = _unique(draft.places)
        if not where or (dateline_date is not None and draft.when == dateline_date):
            where = _unique([*where, *dateline_places])
        spans = draft.sentences
        first = spans[0]
        events.append(
            Event(
                kind=draft.kind,
                evidence=Span(start=first[0], end=first[1], text=text[first[0] : first[1]]),
                when=draft.when,
                places=tuple(where),
                people=tuple(people[i] for i in sorted(_marked(spans, person_marks))),
                organizations=tuple(organizations[i] for i in sorted(_marked(spans, org_marks))),
                programme=_programme_of(
                    spans, paragraphs, para_starts, programmes, by_start, mention_starts
                ),
            )
        )
    return tuple(events)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per event: same dates and kind family, then dateline-dated, then undated."""
    out: list[_Draft] = []
    by_date_family: dict[tuple[str, str], _Draft] = {}
    by_date: dict[str, _Draft] = {}
    for draft in (d for d in drafts if d.origin == "own"):
        assert draft.when is not None
        key = (draft.when.edtf, _FAMILY[draft.kind])
        same = by_date_family.get(key)
        if same is None:
            by_date_family[key] = draft
            by_date.setdefault(draft.when.edtf, draft)
            out.append(draft)
        else:
            same.sentences.extend(draft.sentences)
            same.places.extend(draft.places)
    for draft in (d for d in drafts if d.origin == "dateline"):
        assert draft.when is not None
        same = by_date.get(draft.when.edtf)
        if same is None:
            by_date[draft.when.edtf] = draft
            out.append(draft)
        elif same.origin == "dateline":
            same.sentences.extend(draft.sentences)
            same.places.extend(draft.places)
        else:
            same.sentences.extend(draft.sentences)
    families: dict[str, list[_Draft]] = {}
    for draft in sorted(out, key=lambda d: d.sentences[0][0]):
        families.setdefault(_FAMILY[draft.kind], []).append(draft)
    family_starts = {f: [d.sentences[0][0] for d in ds] for f, ds in families.items()}
    for draft in (d for d in drafts if d.origin == "none"):
        family = families.get(_FAMILY[draft.kind])
        if not family:
            continue
        i = bisect.bisect_right(family_starts[_FAMILY[draft.kind]], draft.sentences[0][0])
        target = family[i - 1] if i > 0 else family[0]
        target.sentences.extend(draft.sentences)
    for draft in out:
        draft.sentences.sort()
    out.sort(key=lambda d: d.sentences[0][0])
    return out


def _unique(places: Sequence[Place]) -> list[Place]:
    seen: set[str] = set()
    out = []
    for p in places:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def _programme_of(
    spans: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
    para_starts: Sequence[int],
    programmes: Sequence[Programme],
    mentions: Sequence[tuple[int, int, int]],
    mention_starts: Sequence[int],
) -> Programme | None:
    """The programme named in the event's sentences, else in their paragraph, else the only one.

    ``mentions`` are sorted by start; the earliest mention inside the sentences (then
    inside their paragraphs) wins.
    """
    paras = {}
    for start, _end in spans:
        i = bisect.bisect_right(para_starts, start) - 1
        if i >= 0 and start < paragraphs[i][1] + 1:
            paras[i] = paragraphs[i]
    for group in (spans, [paras[i] for i in sorted(paras)]):
        first: int | None = None
        for start, end in group:
            j = bisect.bisect_left(mention_starts, start)
            if j < len(mention_starts) and mention_starts[j] < end and (first is None or j < first):
                first = j
        if first is not None:
            return programmes[mentions[first][2]]
    if len(programmes) == 1:
        return programmes[0]
    return None
