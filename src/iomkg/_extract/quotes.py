"""Quotations and who said them.

A quotation stands in “…”, «…», „…“ or "…" (mixed pairs such as «…” too)
and has at least five words or a speaker; the speaker is the person named
next to it with a speech verb (``…,” said X``, ``… – noted X``, ``X stated:
“…”``, ``“…,” X said.``), or the person named last before it when a pronoun
speaks (``…,” she added``). A paragraph that ends with its author in brackets
(``… (Name, Role).``) is a quotation of that person.

>>> from iomkg._extract.people import find_people
>>> text = "“We will open two more centres this year,” said Aida Tashieva."
>>> [(q.text, q.speaker.name) for q in find_quotes(text, find_people(text).people)]
[('We will open two more centres this year,', 'Aida Tashieva')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from .._models import Person, Quote, Span
from .._reference.lexicons import role_words, title_nouns

__all__ = ["find_quotes"]

_SPEECH = (
    r"said|says|say|stated|states|noted|notes|added|adds|emphasized|emphasised|stressed|"
    r"underlined|remarked|explained|highlighted|commented|told|declared|announced|affirmed|"
    r"concluded|believes|recalled|shared|urged|pointed[ \u00a0]out|заявил[аи]?|отметил[аи]?|"
    r"сказал[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?|говорит|пояснил[аи]?|"
    r"рассказал[аи]?|уверен[аы]?|считает|деди|белгиледи|билдирди|кошумчалады|айтты|дейт|"
    r"айтат|белгилейт|билдирет|"
    r"recalls|recalled|explains|stresses|emphasizes|emphasises|underlines|highlights|"
    r"admitted|admits|warned|warns|hopes|hoped|argued|argues|insisted|insists|replied|"
    r"answered|shares|continued|continues|tells|поделилась|поделился|вспоминает|"
    r"рассказывает|отмечает|подчеркивает|добавляет|сообщает"
)
_WINDOW = 160
_INNER = r"([^“”«»„\n]{1,3000})[”»“]"


_MARKS = ("“", "«", "„", '"')  # the opening marks, each the key of its pattern


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The module's regular expressions by name, compiled on first use (together they take
    milliseconds to compile)."""
    return {
        # A quotation in “…”, «…», „…“ (mixed pairs too) or "…". One pattern per opening
        # mark, each starting with that literal character, which the engine searches for
        # in C far faster than for a set of them; _quotations() merges their matches.
        "“": re.compile(f"“{_INNER}"),
        "«": re.compile(f"«{_INNER}"),
        "„": re.compile(f"„{_INNER}"),
        '"': re.compile(r'"([^"\n]{1,3000})"'),
        "speech_word": re.compile(rf"(?<!\w)(?:{_SPEECH})(?!\w)"),
        "words": re.compile(r"\w+"),
        "abbreviation": re.compile(
            r"(?<![\w.])(?:H\.E|Mrs?|Ms|Dr|Prof|St|[A-Z])\.(?=[ \u00a0]|[A-Z])"
        ),
        "pronoun_after": re.compile(
            rf"[,.!?]?[ \u00a0]{{0,2}}(?:[–—\-][ \u00a0]{{0,2}})?"
            rf"(?:(?:he|she|He|She)[ \u00a0](?:{_SPEECH})"
            rf"|(?:{_SPEECH})[ \u00a0](?:he|she)|(?:{_SPEECH})[аи]?[ \u00a0]?(?:он|она)"
            rf"|(?:деп[ \u00a0]{{1,2}})?(?:{_SPEECH})[ \u00a0]ал)\b"
        ),
        # "He added that “…”" (match()ed at the sentence start)
        "pronoun_before": re.compile(
            rf"(?:He|She|Он|Она|Ал)[ \u00a0](?:also[ \u00a0]|также[ \u00a0])?(?:{_SPEECH})\b"
        ),
        # "…», – сказал министр." (match()ed)
        "ru_role_after": re.compile(
            rf"[,.!?]?[ \u00a0]{{0,2}}[–—\-][ \u00a0]{{0,2}}(?:{_SPEECH})[ \u00a0]"
            r"([а-яё][а-яё\-]{2,30}(?:[ \u00a0][а-яё\-]{1,30}){0,4})[ \u00a0]{0,2}(?=[.!?]|$)"
        ),
        # "…,” the Governor said" / "…,” said the Ambassador of Japan." (match()ed)
        "role_after": re.compile(
            rf"[,.!?]?[ \u00a0]{{0,2}}(?:[–—\-][ \u00a0]{{0,2}})?(?:"
            rf"(?:the|The)[ \u00a0]([A-Z][\w\-]{{1,30}}(?:[ \u00a0][\w\-]{{1,30}}){{0,5}}?)"
            rf"[ \u00a0](?:{_SPEECH})\b"
            rf"|(?:{_SPEECH})[ \u00a0]the[ \u00a0]([A-Z][\w\-]{{1,30}}"
            rf"(?:[ \u00a0][\w\-]{{1,30}}){{0,5}}?)[ \u00a0]{{0,2}}(?=[.,;!?]|$))"
        ),
        # a paragraph that ends with its author in brackets; "$" is a line end
        "attribution": re.compile(r"\(([^()\n]{3,200})\)[.!]?[ \u00a0]*$", re.MULTILINE),
    }


def _quotations(text: str) -> Iterator[re.Match[str]]:
    """The quotations of ``text`` in order, as one alternation of the four patterns would
    find them: the leftmost match, then the leftmost after its end, and so on."""
    patterns = [_patterns()[mark] for mark in _MARKS if mark in text]
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    following = [p.search(text) for p in patterns]
    while True:
        best: re.Match[str] | None = None
        for m in following:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        end = best.end()
        for i, m in enumerate(following):
            if m is not None and m.start() < end:
                following[i] = patterns[i].search(text, end)


def _speaker_mentions(people: Sequence[Person]) -> list[tuple[int, int, Person]]:
    return sorted(((m.start, m.end, p) for p in people for m in p.mentions), key=lambda x: x[0])


def _first(mentions: Sequence[tuple[int, int, Person]], at: int) -> int:
    """The index of the first mention that starts at or after ``at`` (the mentions are
    sorted: each quotation looks only at the mentions near it, not at all of them)."""
    return bisect.bisect_left(mentions, at, key=lambda mention: mention[0])


def _starting_in(
    mentions: Sequence[tuple[int, int, Person]], lo: int, hi: int
) -> Sequence[tuple[int, int, Person]]:
    """The mentions that start at ``lo`` or after and before ``hi``, in order."""
    return mentions[_first(mentions, lo) : _first(mentions, hi)]


# A short name in quotation marks after a word (an organization's, inside a role: "фонда
# «Ак Жол»"): a quotation stands after punctuation.
_NAMES_IN_QUOTES = re.compile(r"(?<=[^\W\d_][ \u00a0])[«“\"„][^«»“”\"„\n.!?]{1,40}[»”\"“]")


def _opens_quotation(between: str) -> bool:
    """Whether a quotation mark in ``between`` opens more than a short name in quotes (a
    role's organization: ``– отметила руководитель фонда «Ак Жол» Динара …``)."""
    rest = _NAMES_IN_QUOTES.sub("", between)
    return "“" in rest or "«" in rest or '"' in rest


def _after(text: str, end: int, mentions: Sequence[tuple[int, int, Person]]) -> Person | None:
    """``…,” said X`` / ``…” – noted X`` / ``…,” X stated.``: a person and a speech verb right after."""
    stop = min(len(text), end + _WINDOW)
    nl = text.find("\n", end, stop)
    if nl >= 0:
        stop = nl
    speech_word = _patterns()["speech_word"]
    for k in range(_first(mentions, end), len(mentions)):
        start, m_end, person = mentions[k]
        if start >= stop:
            break
        between = text[end:start]
        if ("“" in between or "«" in between or '"' in between) and _opens_quotation(between):
            break
        gap_after = text[m_end : min(stop, m_end + 30)]
        said = (
            speech_word.search(between)
            or speech_word.match(gap_after.lstrip(" ,"))
            or _ACCORDING.search(between)
            # "…,” Aida Berg, the centre's director, told reporters": the role between
            or (text[m_end : m_end + 2] == ", " and _role_then_speech(text, person, m_end, stop))
            # "“…” – Aida Berg, IOM Project Officer.": a dash, the name, maybe the role
            or (
                between.strip().removesuffix(person.honorific or "\0").strip(" ,.")
                in ("–", "—", "-")
                and _signed(text, person, m_end, stop)
            )
        )
        # the speaker must stand in the clause right after the quote
        # (the full stops of honorifics and initials end no sentence: "H.E. Mr. …")
        dots = between.count(".") - len(_patterns()["abbreviation"].findall(between))
        if said and dots <= 1 and len(between) < 120:
            return person
        break
    return None


def _signed(text: str, person: Person, end: int, stop: int) -> bool:
    """Whether a name after a dash signs the quotation before it: nothing but the person's
    role, after a comma, follows it to the sentence's end (``“…” – Aida Berg, IOM Project
    Officer.``)."""
    rest = text[end:stop]
    cut = len(rest)
    for mark in (". ", "\n"):
        at = rest.find(mark)
        if at >= 0:
            cut = min(cut, at)
    rest = rest[:cut].strip().removesuffix(".").strip()
    if not rest:
        return True
    return rest.startswith(",") and rest[1:].strip() in person.roles


def _role_then_speech(text: str, person: Person, end: int, stop: int) -> bool:
    """Whether one of the person's roles, then a speech verb, follow the name that ends at
    ``end`` (``Aida Berg, the centre's director, told …``)."""
    rest = text[end + 2 : stop]
    for role in person.roles:
        at = rest.find(role)
        if 0 <= at <= 4 and (at == 0 or rest[:at].strip().casefold() in ("the", "a", "an")):
            after = rest[at + len(role) :]
            return _patterns()["speech_word"].match(after.lstrip(" ,")) is not None
    return False


def _before(text: str, start: int, mentions: Sequence[tuple[int, int, Person]]) -> Person | None:
    """``X said: “…”`` / ``X stated, “…”``: a person and a speech verb right before; or the
    person and their role alone before a colon (``Бакыт Исаков, руководитель проекта: «…»``)."""
    lo = max(0, start - _WINDOW)
    nl = text.rfind("\n", lo, start)
    if nl >= 0:
        lo = nl + 1
    lead = text[lo:start].rstrip()
    if not lead.endswith((":", ",")):
        return None
    speech_word = _patterns()["speech_word"]
    best: Person | None = None
    subject: Person | None = None  # the last one who is no object ("thanking X")
    for k in range(_first(mentions, lo), len(mentions)):
        m_start, m_end, person = mentions[k]
        if m_end > start:
            break
        if (
            speech_word.search(text, m_end, start)
            or speech_word.search(text, lo, m_start)
            or (lead.endswith(":") and _only_role(text, lo, (m_start, m_end, person), start))
        ):
            best = person
            if not _object(text, lo, m_start, person) or _WHO_SAID.match(text, m_end, start):
                subject = person  # (", who said:" speaks whatever stands before the name)
    return subject or best


# ", who said": a clause of the name's that speaks (match()ed after the name).
_WHO_SAID = re.compile(
    rf",[ \u00a0](?:who|которы[йея]|которая)[ \u00a0][^.;:!?\n]{{0,60}}?(?<!\w)(?:{_SPEECH})(?!\w)"
)


def _object(text: str, lo: int, start: int, person: Person) -> bool:
    """Whether the person named at ``start`` is an object, not a subject: a lower-case word
    that is no speech verb stands right before the name, its honorific and its role
    (``thanking Ambassador X``, ``with Ms. X``, ``поблагодарил Х``); ``lo`` bounds the look."""
    before = text[max(lo, start - 200) : start].rstrip()
    if person.honorific is not None:
        before = before.removesuffix(person.honorific).rstrip()
    for role in person.roles:
        if before.endswith(role):
            before = before[: -len(role)].rstrip(" ,")
            break
    before = before.removesuffix(" the").removesuffix(" The").rstrip()
    end = len(before)  # the last word before the name: where it ends, then where it starts
    while end and not before[end - 1].isalnum():
        end -= 1
    begin = end
    while begin and (before[begin - 1].isalnum() or before[begin - 1] in "-’'_"):
        begin -= 1
    if begin == end:
        return False
    word = before[begin:end]
    tail = before[end:]
    if any(mark in tail for mark in ',:;.!?”»"“«()–—'):
        return False  # "…, X" after a clause or a quotation: a subject
    return (
        word[:1].islower()
        and word not in _CLAUSE_OPENERS
        and _patterns()["speech_word"].fullmatch(word) is None
    )


# Words that open a clause, whose subject follows them ("but General X told …").
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "while", "whereas", "although", "though", "as", "so", "yet", "then", "when",
     "и", "а", "но", "однако", "также", "когда", "жана", "бирок", "эми"}
)  # fmt: skip


def _only_role(text: str, lo: int, mention: tuple[int, int, Person], start: int) -> bool:
    """Whether a name (``mention``: its start, its end and its person) opens its sentence
    (after its role or honorific alone) and only a colon, maybe after the person's role,
    stands between it and the quotation at ``start`` (``Бакыт Исаков, руководитель
    проекта: «…»``); ``lo`` is where the line starts."""
    m_start, m_end, person = mention
    head = text[lo:m_start].strip()
    if person.honorific is not None:
        head = head.removesuffix(person.honorific).strip()
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    head = head[cut + 2 :].strip() if cut >= 0 else head
    if head and head not in person.roles:
        return False  # "… collaborating with Smith and York: “…”": no speaker's line
    rest = text[m_end:start].strip().removesuffix(":").strip()
    if not rest:
        return True
    if not rest.startswith(","):
        return False
    rest = rest[1:].strip()
    return any(rest == role or rest.removeprefix("the ") == role for role in person.roles)


def _pronoun(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[tuple[int, int, Person]],
    spoken: Sequence[Person] = (),
) -> Person | None:
    """``…,” she said``: the person the pronoun refers to (see :func:`_referent`)."""
    m = _patterns()["pronoun_after"].match(text, end)
    if m is None:
        return None
    return _referent(text, m.group(), start, mentions, spoken)


_FEMININE_PRONOUN = re.compile(r"(?<!\w)(?:she|She|она|Она)(?!\w)|(?<!\w)[а-яё]{3,30}ла(?!\w)")
_MASCULINE_PRONOUN = re.compile(r"(?<!\w)(?:he|He|он|Он)(?!\w)|(?<!\w)[а-яё]{3,30}[иы]л(?!\w)")
_FEMININE_HONORIFICS = frozenset({"Ms.", "Ms", "Mrs.", "Mrs", "Madam", "г-жа", "госпожа", "Miss"})
_MASCULINE_HONORIFICS = frozenset({"Mr.", "Mr", "Mister", "г-н", "господин"})
# The endings of feminine and masculine Central Asian and Russian surnames.
_FEMININE_SURNAME = re.compile(r"(?:ova|eva|yeva|ina|kyzy|qizi|ова|ева|ёва|ина|кызы|ая)$")
_MASCULINE_SURNAME = re.compile(r"(?:ov|ev|yev|in|uulu|ugli|ов|ев|ёв|ин|уулу|ий|ый)$")


def _gender(person: Person) -> str | None:
    """``f``, ``m`` or ``None``: what the honorific or the surname's ending tells."""
    if person.honorific in _FEMININE_HONORIFICS:
        return "f"
    if person.honorific in _MASCULINE_HONORIFICS:
        return "m"
    last = person.name.rpartition(" ")[2]
    if _FEMININE_SURNAME.search(last):
        return "f"
    if _MASCULINE_SURNAME.search(last):
        return "m"
    return None


# How far back a pronoun's person may be named.
_PRONOUN_REACH = 600


def _referent(
    text: str,
    clause: str,
    start: int,
    mentions: Sequence[tuple[int, int, Person]],
    spoken: Sequence[Person],
) -> Person | None:
    """The person a pronoun (``she said``, ``сказал он``) before ``start`` refers to: of the
    people named in the 600 characters before whose gender does not contradict the
    pronoun's, the last one named; when the pronoun goes on speaking (``she added``,
    ``добавил он``), the last one who spoke (the speaker of the quotation before, or a
    person named with a speech verb).

    ``clause`` is the pronoun's clause; ``spoken`` the speakers of the quotations before.
    """
    gender = (
        "f"
        if _FEMININE_PRONOUN.search(clause)
        else "m"
        if _MASCULINE_PRONOUN.search(clause)
        else None
    )
    before = [
        (s, e, p)
        for s, e, p in _starting_in(mentions, start - _PRONOUN_REACH, start)
        if gender is None or _gender(p) in (None, gender)
    ]
    if not before:
        return None
    if _GOES_ON.search(clause):
        last = spoken[-1] if spoken else None
        speech_word = _patterns()["speech_word"]
        for k in range(len(before) - 1, -1, -1):
            m_start, m_end, person = before[k]
            if person is last:
                return person
            lo = max(0, m_start - 30, text.rfind("\n", 0, m_start) + 1)
            # a speech verb after the name, its role between ("X, chief of Y, said")
            hi = min(m_end + 100, start, before[k + 1][0] if k + 1 < len(before) else start)
            if speech_word.search(text, lo, m_start) or _SAID_AFTER.match(text, m_end, hi):
                return person
    return before[-1][2]


# A speech verb later in the clause of a name (match()ed after the name, bounded).
_SAID_AFTER = re.compile(rf"[^.!?\n“”«»\"]{{0,100}}?(?<!\w)(?:{_SPEECH})(?!\w)")


# The speech verbs that go on with what a person said before ("she added").
_GOES_ON = re.compile(
    r"(?<!\w)(?:added|adds|continued|continues|went[ \u00a0]on|concluded|добавил[аи]?|"
    r"добавляет|продолжил[аи]?|кошумчалады)(?!\w)"
)


@functools.cache
def _title_pattern() -> re.Pattern[str]:
    """A title noun (``title_nouns.tsv``) ending right before a quotation mark."""
    words = sorted(title_nouns(), key=len, reverse=True)
    alternation = "|".join(
        r"[ \u00a0]{1,2}".join(map(re.escape, w.removesuffix("*").split(" ")))
        + (r"\w{0,6}" if w.endswith("*") else "")
        for w in words
    )
    return re.compile(
        rf"(?<![\w\-])(?:{alternation})[ \u00a0]{{1,2}}"
        r"(?:(?:titled|entitled|called|named|под[ \u00a0]названием|деп[ \u00a0]аталган)"
        r"[ \u00a0]{1,2})?$",
        re.IGNORECASE,
    )


def _title_noun_before(text: str, start: int) -> bool:
    """Whether a title noun stands right before the quotation at ``start`` (``the forum “…”``)."""
    if start < 2 or text[start - 1] not in " \u00a0":
        return False
    return _title_pattern().search(text, max(0, start - 40), start) is not None


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:H\.E|Mrs?|Ms|Dr|Prof|St|[A-Z])\.$")
# The phrases that name a speaker without a speech verb: "according to X", "in the words of
# X", "по словам X", "по мнению X", "как отметил X" (before the name).
_ACCORDING = re.compile(
    r"(?:[Aa]ccording[ \u00a0]to|[Ii]n[ \u00a0]the[ \u00a0]words[ \u00a0]of"
    r"|[Ii]n[ \u00a0]the[ \u00a0]view[ \u00a0]of|[Пп]о[ \u00a0](?:словам|мнению)"
    r"|[Кк]ак[ \u00a0](?:отмети|сказа|подчеркну|заяви|пояснил|сообщи)\w{0,3})"
)
# Verbs by which a sentence's subject gives a partial quotation ("X called the plan “a map
# for the next five years”", "as X put it, “…”", Kyrgyz "X айтымында, «…»": according to
# X): they report words without being speech verbs.
_REPORTING = re.compile(
    r"(?<!\w)(?:called|calls|described|describes|termed|terms|dubbed|urged|urges|"
    r"referred[ \u00a0]to|put[ \u00a0]it(?=[,:])|puts[ \u00a0]it(?=[,:])|назвал[аи]?|называет|"
    r"охарактеризовал[аи]?|призвал[аи]?|призывает|айтымында|пикиринде|"
    r"сөзүнө[ \u00a0]караганда)(?!\w)"
)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence that holds ``start`` starts (at most 300 characters before; the
    full stops of honorifics end no sentence)."""
    floor = max(0, start - 300)
    lo = max(floor, text.rfind("\n", floor, start) + 1)
    at = start
    while True:
        # the last sentence end before the quotation that is no honorific's full stop
        at = max(text.rfind(". ", lo, at), text.rfind("! ", lo, at), text.rfind("? ", lo, at))
        if at < 0:
            break
        if text[at] != "." or not _ABBREVIATION_END.search(text, max(lo, at - 5), at + 1):
            lo = at + 2
            break
    return lo


# Kyrgyz "«…» деп айтты": the quotation, then "деп" and a verb (match()ed after it).
_KY_DEP = re.compile(r",?[ \u00a0]{0,2}[–—\-]?[ \u00a0]{0,2}деп[ \u00a0]{1,2}[а-яёөүң]")


def _kyrgyz_subject(
    text: str, start: int, end: int, mentions: Sequence[tuple[int, int, Person]]
) -> Person | None:
    """``Гүлнара Токтогулова «…» деп билдирди``: Kyrgyz names its speaker before the
    quotation and says it after with "деп"; the speaker is the person named last before it
    in the sentence in the nominative (a name in another case is an object: "Асановго")."""
    if _KY_DEP.match(text, end) is None:
        return None
    named = _starting_in(mentions, _sentence_start(text, start), start)
    for _m_start, m_end, person in reversed(named):
        if (
            text[m_end - len(person.name.rpartition(" ")[2]) : m_end]
            == person.name.rpartition(" ")[2]
        ):
            return person
    return None


def _in_sentence(
    text: str,
    start: int,
    mentions: Sequence[tuple[int, int, Person]],
    spoken: Sequence[Person] = (),
) -> Person | None:
    """A quotation inside a sentence: the person who speaks in the sentence before it
    (``X said the centre would be “…”``, ``According to X, the law is “…”``)."""
    lo = _sentence_start(text, start)
    speech_word = _patterns()["speech_word"]
    best: Person | None = None
    subject: Person | None = None  # the last one who is no object ("thanked X and said")
    previous_end = lo  # where the mention before ends
    for k in range(_first(mentions, lo), len(mentions)):
        m_start, m_end, person = mentions[k]
        if m_end > start:
            break
        # ("according to X, who met Y": the words are X's, not Y's)
        according = _ACCORDING.search(text, max(previous_end, m_start - 200), m_start)
        previous_end = m_end
        if according is not None:
            best = subject = person
        elif speech_word.search(text, m_end, start) or _REPORTING.search(text, m_end, start):
            best = person
            if not _object(text, lo, m_start, person):
                subject = person
    best = subject or best
    if best is None:
        pronoun = _patterns()["pronoun_before"].match(text, lo, start)
        if pronoun is not None:  # "He added that “…”": the person who spoke last
            return _referent(text, pronoun.group(), lo, mentions, spoken)
    return best


@functools.cache
def _cyrillic_role_stems() -> tuple[str, ...]:
    """The Cyrillic role words of the lexicon, which match as stems."""
    return tuple(
        w for w, kind in role_words().items() if kind == "role" and "\u0400" <= w[:1] <= "\u04ff"
    )


def _by_role(
    text: str, start: int, end: int, mentions: Sequence[tuple[int, int, Person]]
) -> Person | None:
    """``…,” the Governor said`` / ``…,” said the Ambassador``: the person named before with
    that role (the last one, in the 1,500 characters before the quotation)."""
    m = _patterns()["role_after"].match(text, end)
    if m is not None:
        phrase = m.group(1) or m.group(2) or ""
        keys = [w.casefold() for w in phrase.split() if role_words().get(w.casefold()) == "role"]
    else:
        # Russian: the role word's stem ("министр" in "министром труда")
        m = _patterns()["ru_role_after"].match(text, end)
        if m is None:
            return None
        first = m.group(1).split()[0]
        keys = [stem for stem in _cyrillic_role_stems() if first.startswith(stem)]
        # the stem without its last two letters: a noun's cases may drop a vowel
        # ("посол", "посла Японии")
        keys = [key[: max(3, len(key) - 2)] for key in keys]
    if not keys:
        return None
    best: Person | None = None
    for _m_start, _m_end, person in _starting_in(mentions, start - 1500, start):
        if any(key in role.casefold() for role in person.roles for key in keys):
            best = person
    return best


def find_quotes(
    text: str, people: Sequence[Person], *, titles: Sequence[tuple[int, int]] = ()
) -> tuple[Quote, ...]:
    """Every quotation in ``text`` with its speaker among ``people`` (or ``None``).

    ``titles`` are the ``(start, end)`` offsets of names written in quotes (a
    project's title): those are no quotations.

    >>> from iomkg._extract.people import find_people
    >>> text = ("Mr. Ivan Petrov said: «Мы продолжим работу с мигрантами в регионах».\\n\\n"
    ...         "We need safe routes for all people on the move (Ann Berg, IOM Director).")
    >>> [(q.speaker.name, q.span.text[:13]) for q in find_quotes(text, find_people(text).people)]
    [('Ivan Petrov', '«Мы продолжим'), ('Ann Berg', 'We need safe ')]
    """
    mentions = _speaker_mentions(people) if people else []
    quotes: list[Quote] = []
    spoken: list[Person] = []  # the speakers of the quotations so far
    # The titles by start, with the furthest end of those up to each: whether a quotation
    # overlaps a title is one search, not a look at every title.
    spans = sorted(titles)
    title_starts = [start for start, _end in spans]
    reach = list(itertools.accumulate((end for _start, end in spans), max))
    for m in _quotations(text):
        inner = m.group(1)
        before = bisect.bisect_right(title_starts, m.end())  # the titles starting by its end
        if before and reach[before - 1] >= m.start() and _is_title(spans, before, m):
            continue
        if _title_noun_before(text, m.start()):
            continue  # "the exhibition «…»": a name, not a quotation
        speaker = (
            _after(text, m.end(), mentions)
            or _before(text, m.start(), mentions)
            or _pronoun(text, m.start(), m.end(), mentions, spoken)
            or _kyrgyz_subject(text, m.start(), m.end(), mentions)
            or _in_sentence(text, m.start(), mentions, spoken)
            or _by_role(text, m.start(), m.end(), mentions)
        )
        if speaker is None and len(_patterns()["words"].findall(inner)) < 5:
            continue  # a term in quotes, not a quotation
        if speaker is not None:
            spoken.append(speaker)
        quotes.append(
            Quote(
                text=inner.strip(),
                span=Span(start=m.start(), end=m.end(), text=m.group()),
                speaker=speaker,
            )
        )
    if mentions and "(" in text:
        quotes.extend(_bracketed(text, mentions, quotes))
    return tuple(sorted(quotes, key=lambda q: q.span.start))


def _is_title(spans: Sequence[tuple[int, int]], before: int, m: re.Match[str]) -> bool:
    """Whether a name of ``spans`` (sorted; the first ``before`` start by the quotation's end)
    is the quotation, or most of it: a name inside a longer quotation ("SRI is about
    choices …") leaves it a quotation."""
    inner = m.end(1) - m.start(1)
    for k in range(before - 1, -1, -1):
        start, end = spans[k]
        if start < m.start() - 400:
            break  # (the names are short: one that starts so far before ends before)
        if end > m.start() and 2 * (min(end, m.end()) - max(start, m.start())) >= inner:
            return True
    return False


def _holds_one(found: Sequence[Quote], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a quotation of ``found`` (in order, none inside another) lies in ``start:end``:
    the first one starting there ends first, so it is the one to look at."""
    k = bisect.bisect_left(starts, start)
    return k < len(found) and found[k].span.end <= end


def _bracketed(
    text: str, mentions: Sequence[tuple[int, int, Person]], found: Sequence[Quote]
) -> list[Quote]:
    """Paragraphs that end with their author in brackets: ``… (Name, Role).``"""
    out: list[Quote] = []
    first_at: dict[int, Person] | None = None
    found_starts = [q.span.start for q in found]
    # One search over the whole text: a match ends its paragraph (the brackets hold no line
    # break and "$" is a line end), so it is the paragraph's first, as a search in it finds.
    for m in _patterns()["attribution"].finditer(text):
        if first_at is None:
            first_at = {}
            for s, _e, person in mentions:
                first_at.setdefault(s, person)
        open_at = m.start()
        # the speaker's name opens the brackets
        speaker = first_at.get(open_at + 1) if open_at + 1 < m.end() else None
        if speaker is None:
            continue
        start = text.rfind("\n", 0, open_at) + 1  # where the paragraph starts
        paragraph = text[start : m.end()]
        body_start = start + len(paragraph) - len(paragraph.lstrip())
        body_end = open_at
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        if body_end - body_start < 20 or _holds_one(found, found_starts, body_start, body_end):
            continue
        body = text[body_start:body_end]
        out.append(
            Quote(text=body, span=Span(start=body_start, end=body_end, text=body), speaker=speaker)
        )
    return out
