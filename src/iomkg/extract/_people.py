"""People named in an article: names with honorifics and roles, later short mentions joined.

A run of capitalised words is a person only with evidence: an honorific
(``Mr.``, ``Ms.``, ``H.E.``, ``г-жа``), a role written before it (``the
Ambassador of Switzerland, Mr. …``, ``UN Resident Coordinator …``) or after it
(``…, the acting Minister of …``, ``(…, IOM Director General)``), or a speech
verb (``said …``, ``… stated``; a first name alone too: ``says Ayesha``). Places, organizations and the words of titles
and office names are never taken for names. Later mentions (``Mr.
Sulaimanov``, the full name again) join the first record.

>>> text = ("On 3 May, the Ambassador of Norway, Mr. Lars Eikrem, met Aida Tashieva, "
...         "Deputy Minister of Health. Mr. Eikrem thanked the ministry.")
>>> [(p.name, p.honorific, p.roles, len(p.mentions)) for p in find_people(text).people]
[('Lars Eikrem', 'Mr.', ('Ambassador of Norway',), 2), ('Aida Tashieva', None, ('Deputy Minister of Health',), 1)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

import attrs

from .._models import Organization, Person, Place, Span
from ._sentences import split_sentences

__all__ = ["PeopleFound", "find_people"]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁҢҮӨ"
_LOW = "a-zß-öø-ÿа-яёңүө"
_WORD = rf"(?:[A-Z][’'])?[{_UP}][{_LOW}]{{1,30}}(?:[\-‐][{_UP}]?[{_LOW}]{{1,30}}){{0,2}}"
_SEP = r"[ \u00a0]{1,2}"
_PARTICLE = r"(?:von|van|de|der|den|di|da|du|la|le|al|el|bin|ibn)"


# A run of up to five capitalised words, an initial ("William L. Swing") or a particle
# ("Ursula von der Leyen") allowed inside.
@functools.cache
def _run_pattern() -> re.Pattern[str]:
    """The name-run pattern, compiled on first use (it takes long to compile)."""
    return re.compile(
        rf"(?:{_WORD})(?:{_SEP}(?:{_PARTICLE}{_SEP}){{0,2}}(?:[A-Z]\.{_SEP})?(?:{_WORD})){{0,4}}"
        r"(?![\w\-’'])"
    )


_NAME_WORD = re.compile(_WORD)
_TOKEN = re.compile(r"[^\W_][\w’'\-&]*|,|\S")
_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "in", "on", "to", "at", "under", "de", "du", "&", "по", "и", "в"}
)
_SPEECH = (
    r"said|says|stated|states|noted|notes|added|adds|emphasized|emphasised|stressed|underlined|"
    r"remarked|explained|highlighted|commented|told|declared|announced|affirmed|concluded|"
    r"заявил[аи]?|отметил[аи]?|сказал[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?"
)
_SPEECH_BEFORE = re.compile(rf"(?:^|[\s,–—\-])(?:{_SPEECH})[ \u00a0]{{1,3}}$")
# a name that goes on as a title ("Results Group on Quality Services") is no person
_TITLE_GOES_ON = re.compile(
    rf"[ \u00a0]{{1,2}}(?:of|on|for)[ \u00a0]{{1,2}}(?:the[ \u00a0]{{1,2}})?[{_UP}]"
)
_SPEECH_AFTER = re.compile(rf"^,?[ \u00a0]{{1,3}}(?:{_SPEECH})\b")


@attrs.frozen(kw_only=True)
class PeopleFound:
    """The people of a text and where their roles are written (``(start, end)`` offsets).

    >>> found = find_people("Dr. Ann Berg, Head of Office, spoke.")
    >>> found.people[0].roles, found.role_spans
    (('Head of Office',), ((14, 28),))
    """

    people: tuple[Person, ...] = ()
    role_spans: tuple[tuple[int, int], ...] = ()


def read_tsv(name: str) -> list[list[str]]:
    """The rows of a data file of ``iomkg/data``: comments and the column-name row left out.

    >>> read_tsv("honorifics.tsv")[0]
    ['Mr.', 'en']
    """
    data = resources.files("iomkg") / "data" / name
    rows = []
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # the first row names the columns


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("honorifics.tsv"))


_BOUNDARY = frozenset(' \u00a0\t\n(«“"')


def _honorific_before(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The honorific written right before ``start`` (``Mr. ``, ``г-жа ``) and where it starts."""
    end = start
    while end > lo and start - end < 3 and text[end - 1] in " \u00a0":
        end -= 1
    if end == start:
        return None
    begin = end
    while begin > lo and end - begin < 12 and text[begin - 1] not in _BOUNDARY:
        begin -= 1
    word = text[begin:end]
    if word in _honorifics() and (begin == lo or text[begin - 1] in _BOUNDARY):
        return word, begin
    return None


@functools.cache
def _honorific_words() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("honorifics.tsv") if not row[0].endswith("."))


@functools.cache
def _lexicon() -> dict[str, str]:
    """Role words, modifiers and title words by their case-folded spelling."""
    return {row[0].casefold(): row[1] for row in read_tsv("roles.tsv")}


@functools.cache
def _cyrillic_roles() -> tuple[str, ...]:
    return tuple(
        w for w, kind in _lexicon().items() if kind in ("role", "modifier") and _is_cyrillic(w)
    )


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


@functools.lru_cache(maxsize=8192)
def _kind(word: str) -> str | None:
    """``role``, ``modifier``, ``word`` (a title word) or ``None`` for a word."""
    folded = word.casefold()
    kind = _lexicon().get(folded)
    if kind is None and _is_cyrillic(folded) and len(folded) > 3:
        for stem in _cyrillic_roles():
            if folded.startswith(stem):
                return _lexicon()[stem]
    return kind


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 8 and word.isupper() and word.isalpha()


def _allowed(token: str) -> bool:
    """Whether a token can stand inside a written role (``Minister of Labour, …``)."""
    if token == ",":
        return True
    if token.casefold() in _CONNECTORS:
        return True
    first = token[0]
    if first.isupper():
        return True
    return _kind(token) in ("modifier", "role") or (_is_cyrillic(token) and token.isalpha())


def _role_start(tokens: Sequence[re.Match[str]], i: int) -> bool:
    """Whether a role chain (modifiers/acronyms then a role word) starts at ``tokens[i]``."""
    for j in range(i, min(i + 5, len(tokens))):
        word = tokens[j].group()
        kind = _kind(word)
        if kind == "role":
            return True
        if kind != "modifier" and not (_is_acronym(word) and j == i):
            return False
    return False


def _trim_end(tokens: Sequence[re.Match[str]]) -> int:
    """How many tokens remain once trailing connectors and commas are dropped."""
    n = len(tokens)
    while n and (tokens[n - 1].group() == "," or tokens[n - 1].group().casefold() in _CONNECTORS):
        n -= 1
    return n


def _role_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The role written right before a name: ``the Ambassador of X, `` / ``UN Resident Coordinator ``."""
    tokens = list(_TOKEN.finditer(text, lo, hi))
    if tokens and tokens[-1].group() == ",":
        tokens.pop()
    if not tokens or tokens[-1].group().casefold() in _CONNECTORS:
        return None  # "Co-chair of the Results Group": the name is the end of a title
    first = len(tokens)
    while first > 0 and len(tokens) - first < 40 and _allowed(tokens[first - 1].group()):
        if first >= 2 and tokens[first - 1].group() == "the" and tokens[first - 2].group() == "and":
            break  # "… and the Minister of …, X": the role of X starts after "and the"
        first -= 1
    for i in range(first, len(tokens)):
        if _kind(tokens[i].group()) in ("role", "modifier") and _role_start(tokens, i):
            begin = i
            while begin > first and _is_acronym(tokens[begin - 1].group()):
                begin -= 1
            n = _trim_end(tokens)
            if n <= begin:
                return None
            return tokens[begin].start(), tokens[n - 1].end()
    return None


def _role_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The role written right after a name: ``, the acting Minister of …`` up to a clause end."""
    tokens = list(_TOKEN.finditer(text, lo, hi))
    if not tokens or tokens[0].group() != ",":
        return None
    i = 1
    if i < len(tokens) and tokens[i].group().casefold() == "the":
        i += 1
    if i >= len(tokens) or not _role_start(tokens, i):
        return None
    stop = i
    while (
        stop < len(tokens)
        and stop - i < 40
        and _allowed(tokens[stop].group())
        and tokens[stop].group() not in _honorific_words()  # the next person: ", and Ms. …"
    ):
        stop += 1
    n = _trim_end(tokens[:stop])
    if n <= i:
        return None
    return tokens[i].start(), tokens[n - 1].end()


@attrs.define
class _Draft:
    name: str
    honorific: str | None
    roles: list[str]
    mentions: list[Span]


def _name_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_NAME_WORD.finditer(text, start, end))


def find_people(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    places: Sequence[Place] = (),
    organizations: Sequence[Organization] = (),
) -> PeopleFound:
    """Every person named in ``text``, in order of first mention, with roles as written.

    ``sentences`` are the sentence offsets (computed when not given);
    ``places`` and ``organizations`` found in the text are never taken for people.

    >>> found = find_people('"We are ready," said Nurlan Abdyraev. Deputy Chairman of the '
    ...                     'Cabinet of Ministers Bakyt Osmonov and г-жа Айгуль Осмонова spoke.')
    >>> [(p.name, p.roles) for p in found.people]
    [('Nurlan Abdyraev', ()), ('Bakyt Osmonov', ('Deputy Chairman of the Cabinet of Ministers',)), ('Айгуль Осмонова', ())]
    """
    if sentences is None:
        sentences = split_sentences(text)
    taken = sorted(
        [(m.start, m.end) for place in places for m in place.mentions]
        + [(m.start, m.end) for org in organizations for m in org.mentions]
    )
    drafts: list[_Draft] = []
    by_name: dict[str, _Draft] = {}
    pending: list[tuple[str, Span, str | None]] = []  # mentions without evidence, linked later
    role_spans: list[tuple[int, int]] = []
    sentence_index = 0
    for run in _run_pattern().finditer(text):
        if run.start() and (text[run.start() - 1].isalnum() or text[run.start() - 1] in ".-’'_"):
            continue  # inside a word or an abbreviation
        while sentence_index < len(sentences) - 1 and sentences[sentence_index][1] <= run.start():
            sentence_index += 1
        s_start, s_end = sentences[sentence_index] if sentences else (0, len(text))
        if not s_start <= run.start() < s_end:
            s_start, s_end = run.start(), run.end()
        words = _name_words(text, run.start(), run.end())
        # titles and office words are not names: drop them at both ends
        lead = 0
        # and a place or an organization before a name ("Kyrgyzstan Aida Berg") is no part of it
        while lead < len(words) and (
            _kind(words[lead].group()) is not None
            or words[lead].group() in _honorific_words()
            or _overlaps(taken, words[lead].start(), words[lead].end())
        ):
            lead += 1
        tail = len(words)
        while tail > lead and (
            _kind(words[tail - 1].group()) is not None
            or _overlaps(taken, words[tail - 1].start(), words[tail - 1].end())
        ):
            tail -= 1
        core = words[lead:tail]
        if not core or any(_kind(w.group()) is not None for w in core) or len(core) > 4:
            continue
        start, end = core[0].start(), core[-1].end()
        if _overlaps(taken, start, end):
            continue
        name = " ".join(text[start:end].split())
        hon_match = _honorific_before(text, s_start, start)
        hon = hon_match[0] if hon_match else None
        if hon is None and _TITLE_GOES_ON.match(text, end):
            continue
        span = Span(start=start, end=end, text=text[start:end])
        name_start = hon_match[1] if hon_match else start
        while hon_match is not None:  # "H.E. Mr. …": the role stands before both
            hon_match = _honorific_before(text, s_start, name_start)
            if hon_match is not None:
                name_start = hon_match[1]
        # the role window starts after the last person mention of the same sentence
        lo = max(s_start, name_start - 400)
        for draft in reversed(drafts):
            last = draft.mentions[-1]
            if last.end <= name_start and last.end > lo:
                lo = last.end
                break
        direct_role = lead > 0 and _kind(words[lead - 1].group()) == "role"
        speech = bool(
            _SPEECH_BEFORE.search(text, max(s_start, name_start - 20), name_start)
            or _SPEECH_AFTER.match(text[end : min(s_end, end + 20)])
        )
        if len(core) == 1 and hon is None and not direct_role and not speech:
            pending.append((name, span, hon))  # a surname alone: only a later mention
            continue
        before = _role_before(text, lo, name_start)
        after = _role_after(text, end, s_end)
        evidence = hon is not None or before is not None or after is not None or speech
        if not evidence and not direct_role:
            pending.append((name, span, hon))
            continue
        roles = []
        for found in (before, after):
            if found is not None:
                role_spans.append(found)
                roles.append(" ".join(text[found[0] : found[1]].split()))
        linked = _link(name, by_name, drafts)
        if linked is None:
            draft = _Draft(name=name, honorific=hon, roles=[], mentions=[])
            drafts.append(draft)
        else:
            draft = linked
        if draft.honorific is None:
            draft.honorific = hon
        for role in roles:
            if role not in draft.roles:
                draft.roles.append(role)
        draft.mentions.append(span)
        by_name[name] = draft
    for name, span, _hon in pending:
        known = _link(name, by_name, drafts)
        if known is not None:
            known.mentions.append(span)
    people = tuple(
        Person(
            name=d.name,
            honorific=d.honorific,
            roles=tuple(d.roles),
            mentions=tuple(sorted(d.mentions, key=lambda s: s.start)),
        )
        for d in drafts
    )
    return PeopleFound(people=people, role_spans=tuple(sorted(role_spans)))


def _link(name: str, by_name: dict[str, _Draft], drafts: list[_Draft]) -> _Draft | None:
    """The person a name refers to: the same name, or a surname (or a longer name) of one."""
    if name in by_name:
        return by_name[name]
    words = name.split()
    for draft in drafts[:64]:  # a page names few people; the bound keeps the work linear
        known = draft.name.split()
        if len(words) == 1 and words[0] == known[-1]:
            return draft
        if len(words) > 1 and len(known) > 1 and words[-1] == known[-1] and words[0] == known[0]:
            return draft
    return None


def _overlaps(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    import bisect

    i = bisect.bisect_left(taken, (end, end))
    while i > 0:
        i -= 1
        s, e = taken[i]
        if e > start and s < end:
            return True
        if e <= start and s < start - 400:
            break
    return False
