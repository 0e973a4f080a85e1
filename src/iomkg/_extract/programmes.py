"""Programmes and projects named in an article, with who funds, implements and partners in them.

Names are found by their shape: a capitalised name ending in a programme word
(``the IOM Asian Regional Migration Program``, ``Global Joint Programme on
Mainstreaming Migration into …``, ``the Rural Futures in Naryn project (RFN)``);
a name after a programme word (``the project Safe Roads Home``, ``project on
Supporting safe return of …``); a title in quotes with a programme word before or
after it (``project «…»``, ``проекта МОМ и ПРООН «…»``, ``the «…» project``, ``«…»
долбоору``, ``a project, “…”``) or that is what something is done under, with
nothing of an event after it (``within the «…».``, ``в рамках «…»``; not ``as part
of the «…» campaign``); and an acronym with a programme word (``the JTIP
project``), which refers to a programme already named. Every way of naming one
programme gives one :class:`~iomkg.Programme` with the other names as aliases.
Organizations (``United Nations Development Programme``, a known name after a cue of
funding), plans, agendas and frameworks are not programmes.

Who funds, implements and partners is read in the sentence that names a programme
and in the sentences after it that speak of it (``It …``, ``The project …``,
``Funding comes from …``, ``Программу МОМ реализует …``, ``Долбоорду … каржылайт``),
of the last programme named: passive and active clauses, the object before its
subject, the Russian instrumental and genitive (named in the nominative) and the
Kyrgyz forms written after their organization.

>>> text = ("The Safe Roads Initiative (SRI), funded by the Swiss Agency for Development and "
...         "Cooperation, opened a centre. The initiative is implemented by IOM and UNDP.")
>>> p = find_programmes(text).programmes[0]
>>> p.name, p.acronym, [o.acronym for o in p.funders], [o.acronym for o in p.implementers]
('Safe Roads Initiative', 'SRI', ['SDC'], ['IOM', 'UNDP'])
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import Any

import attrs

from .._errors import IomkgError
from .._models import (
    DateMention,
    DateSpan,
    Organization,
    OrgKind,
    Place,
    PlaceKind,
    Programme,
    Span,
)
from .._reference.gazetteer import Gazetteer
from .._reference.lexicons import programme_not_names, programme_words, role_words
from .._reference.reference import current
from .._regex import lazy_pattern as _lazy
from .identity import programme_groups
from .org_phrases import (
    nominative_from_genitive,
    nominative_from_instrumental,
    resolve_organization,
    split_organizations,
    trailing_organizations,
)
from .sentences import split_sentences
from .spans import Cover

__all__ = ["ProgrammesFound", "find_programmes"]


@functools.cache
def _words_of(kind: str) -> tuple[str, ...]:
    """The phrases of one kind in ``programme_words.tsv`` (heads, fund, implement …)."""
    return tuple(phrase for phrase, k in programme_words() if k == kind)


@functools.cache
def _head() -> str:
    """The programme words that end a name, as one alternation (longest first)."""
    return "(?:" + "|".join(sorted(map(re.escape, _words_of("head")), key=len, reverse=True)) + ")"


def _phrase_pattern(phrase: str) -> str:
    """A data phrase as a pattern: spaces are one or two, a trailing ``*`` any short ending."""
    stem = phrase.removesuffix("*")
    out = r"[ \u00a0]{1,2}".join(map(re.escape, stem.split(" ")))
    if phrase.endswith("*"):
        out += r"\w{0,5}"
    return out


def _trie(phrases: Sequence[str]) -> str:
    """The data phrases (see :func:`_phrase_pattern`; matched ignoring case) as one pattern
    that shares their common beginnings: ``funded by|financed by`` is ``f(?:inanced|unded)
    by``, so a position fails after one test of its letter, not one per phrase. At each
    letter the longer phrases are tried first, as in an alternation longest first.

    >>> print(_trie(["funded by", "financed by", "финансируе*"]))
    (?:f(?:inanced[ \\u00a0]{1,2}by|unded[ \\u00a0]{1,2}by)|финансируе\\w{0,5})
    """
    root: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = root
        for unit in phrase.removesuffix("*").lower():
            node = node.setdefault(unit, {})
        node["*" if phrase.endswith("*") else ""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [
            (r"[ \u00a0]{1,2}" if unit == " " else re.escape(unit)) + emit(node[unit])
            for unit in sorted(u for u in node if u not in ("", "*"))
        ]
        if "*" in node:
            branches.append(r"\w{0,5}")
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


def _cue_pattern(kinds: tuple[str, ...], extra: str = "", starts: str = "") -> re.Pattern[str]:
    """The phrases of ``kinds`` and the ``extra`` alternatives (whose first letters are among
    the phrases' or in ``starts``) as one pattern matched ignoring case."""
    phrases = sorted((w for k in kinds for w in _words_of(k)), key=len, reverse=True)
    firsts = sorted({c for w in [*phrases, *starts] for c in (w[0].lower(), w[0].upper())})
    alternation = _trie(phrases) + extra
    # the look-ahead at the first letters makes a failed position cheap (a pattern is
    # searched over whole sentences, most positions fail)
    return re.compile(
        rf"(?=[{''.join(firsts)}w])(?<![\w\-])(?:{alternation})(?![\w\-])", re.IGNORECASE
    )


@functools.cache
def _fund_pattern() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, _words_of("support")))
    return _cue_pattern(
        ("fund",),
        r"|(?:with|thanks[ \u00a0]{1,2}to)[ \u00a0]{1,2}(?:(?:the|a)[ \u00a0]{1,2})?"
        r"(?:generous[ \u00a0]{1,2})?"
        r"(?:(?:financial|technical[ \u00a0]and[ \u00a0]financial)[ \u00a0]{1,2})?"
        rf"(?:{nouns})[ \u00a0]{{1,2}}(?:of|from)",
    )


@functools.cache
def _cues() -> tuple[tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...], tuple[str, ...]]:
    """The clauses that say who funds, implements or partners: ``(pattern, role, phrases)``,
    a sentence holding none of the phrases holding no match; and every phrase of them."""
    cues = (
        (_fund_pattern(), "funders", _cue_words("fund")),
        (_implement_pattern(), "implementers", _cue_words("implement")),
        (_partner_pattern(), "partners", _cue_words("partner")),
        (_lead_pattern(), "implementers", _cue_words("implement-known")),
        (_RARE_FUND(), "funders", _RARE_FUND_GATES),
        (_RARE_IMPLEMENT(), "implementers", _RARE_IMPLEMENT_GATES),
    )
    return cues, _RARE_NEEDLES


# A piece of every phrase of the last three cues of _cues (short: most sentences hold none).
_RARE_NEEDLES = (
    " by", "\u00a0by", "проводи", "координируе", "donor", "донор", "funding", "financing",
    "financial", "исполнител", "implementing", "занима", " through", "\u00a0through",
    "по реализации", "аткаруучу",
)  # fmt: skip

# A sentence whose subject is the funding ("Funding comes from …", "Financing is provided
# by …", "Финансирование предоставило …"): who funds follows the verb. The programme is the
# one the sentence names or the last one named before it.
_FUNDING_SUBJECT = _lazy(
    r"(?:(?<![\s\S])|(?<=[.!?][ \u00a0])|(?<=\n))(?:(?:The|Its)[ \u00a0])?"
    r"(?:(?:[Ff]unding|[Ff]inancing|[Ff]inancial[ \u00a0]support|[Ff]unds|[Gg]rant)"
    r"(?:[ \u00a0](?:for|of)[ \u00a0](?:it|them|the[ \u00a0](?:project|programm?e|program"
    r"|initiative|activities|work)))?[ \u00a0](?:(?:comes|come|came|is[ \u00a0]coming)"
    r"[ \u00a0]from|(?:is|was|are|were|has[ \u00a0]been|have[ \u00a0]been|will[ \u00a0]be)"
    r"[ \u00a0](?:provided|given|granted|allocated|contributed)[ \u00a0]by)"
    # "Финансирование предоставило …", "Средства на проект выделило …", "Финансовую
    # поддержку оказывает …": the subject after the verb
    r"|(?:Финансирование|Средства|Финансовую[ \u00a0]поддержку|Финансовая[ \u00a0]поддержка"
    r"|Грант)(?:[ \u00a0](?:проекта|программы|инициативы|работ|на[ \u00a0](?:реализацию"
    r"[ \u00a0])?(?:проекта?|программы|программу|инициативу)))?[ \u00a0]"
    r"(?:предостав(?:ил[аио]?|ля[ею]т)|обеспечи(?:л[аио]?|ва[ею]т)|выдел(?:ил[аио]?|я[ею]т)"
    r"|осуществля[ею]т|оказ(?:ал[аио]?|ыва[ею]т))|(?:Финансирование|Финансовая[ \u00a0]"
    r"поддержка)[ \u00a0](?:проекта|программы|инициативы)?[ \u00a0]?(?:осуществляется"
    r"|обеспечивается|предоставляется))(?![\w\-])"
)
_FUNDING_STARTS = ("Funding ", "Financing ", "Financial support ", "The funding ", "Its funding ",
                   "Funds ", "The funds ", "Grant ", "The grant ", "Финансирование ",
                   "Средства ", "Финансовую ", "Финансовая ", "Грант ")  # fmt: skip

# The cues read only in a sentence holding one of their gate phrases (see find_programmes):
# rare wordings whose patterns would slow the search of every sentence.
_RARE_FUND = _lazy(
    # "the donors of the … Project are …", "Funding for the … Project comes from …",
    # "Донором проекта «…» является …": the programme named inside the cue
    r"(?i:(?<![\w\-])(?:(?:main[ \u00a0]|principal[ \u00a0]|key[ \u00a0])?donors?(?:[ \u00a0]"
    r"(?:of|for|to)[ \u00a0][^,;:.()\n]{1,80}?)?[ \u00a0](?:is|are|was|were|include|included)"
    r"|(?:funding|financing|financial[ \u00a0]support)[ \u00a0](?:for|of)[ \u00a0]"
    r"[^,;:.()\n]{1,80}?[ \u00a0](?:comes[ \u00a0]from|came[ \u00a0]from"
    r"|(?:is|was|are|were|has[ \u00a0]been)[ \u00a0](?:provided|given)[ \u00a0]by)"
    r"|донор(?:ом|ами)[ \u00a0](?:[^,;:.()\n]{1,80}?[ \u00a0])?(?:явля(?:ется|ются)"
    r"|выступа(?:ет|ют)|стал[аио]?))(?![\w\-]))"
)
_RARE_FUND_GATES = (
    "donor", "funding for", "funding of", "financing for", "financing of",
    "financial support for", "financial support of", "донор",
)  # fmt: skip
_ADVERBS_BEFORE_BY = (
    "jointly", "together", "collaboratively", "also", "currently", "now", "mainly", "primarily",
    "locally",
)  # fmt: skip
_RARE_IMPLEMENT = _lazy(
    # "run jointly by", "delivered together by": an adverb between the verb and "by"
    r"(?i:(?<![\w\-])(?:(?:implemented|carried[ \u00a0]out|run|delivered|managed|operated"
    r"|executed|administered|rolled[ \u00a0]out|put[ \u00a0]into[ \u00a0]practice)[ \u00a0]"
    rf"(?:{'|'.join(_ADVERBS_BEFORE_BY)})[ \u00a0]{{1,2}}by"
    # "the implementing partners of the … Project are …", "Исполнителем проекта … является"
    r"|implementing[ \u00a0](?:partners?|agenc(?:y|ies)|organi[sz]ations?)(?:[ \u00a0]"
    r"(?:of|for)[ \u00a0][^,;:.()\n]{1,80}?)?[ \u00a0](?:is|are|was|were|include|included)"
    r"|(?:исполнител(?:ем|ями)|партн[её]р(?:ом|ами)[ \u00a0]по[ \u00a0]реализации)[ \u00a0]"
    r"(?:[^,;:.()\n]{1,80}?[ \u00a0])?явля(?:ется|ются)"
    # "Исполнитель проекта – МОМ", "Долбоордун аткаруучу өнөктөшү – ЭМУ"
    r"|(?:исполнител[ьи]|аткаруучу(?:[ \u00a0]өнөктөш(?:ү|төрү))?)"
    r"(?:[ \u00a0][^,;:.()\n\u2013\u2014]{1,80}?)?[ \u00a0]?[\u2013\u2014]"
    # "Реализацией проекта «…» занимается МОМ": who is busy with carrying it out
    r"|(?:[Рр]еализацией|[Вв]ыполнением|[Оо]существлением)[ \u00a0](?:[^,;:.()\n]{1,80}?"
    r"[ \u00a0])?занима(?:ется|ются|лась|лся|лись))"
    r"(?![\w\-]))"
)
_RARE_IMPLEMENT_GATES = (
    *(f"{adverb} by" for adverb in _ADVERBS_BEFORE_BY),
    "implementing partner", "implementing agenc", "implementing organi", "исполнител",
    "занима", "по реализации", "аткаруучу",
)  # fmt: skip


@functools.cache
def _implement_pattern() -> re.Pattern[str]:
    # "implemented across Kyrgyzstan and Tajikistan by IOM": where, then who
    return _cue_pattern(
        ("implement",),
        r"|(?:implemented|carried[ \u00a0]out|run|delivered|managed)[ \u00a0]"
        r"(?:in|across|throughout)[ \u00a0][^,;:.()\n]{1,80}?[ \u00a0]by",
    )


@functools.cache
def _partner_pattern() -> re.Pattern[str]:
    return _cue_pattern(("partner",))


@functools.cache
def _lead_pattern() -> re.Pattern[str]:
    """The verbs of running a programme that also report other things (``led by``,
    ``coordinated by``, ``проводится``): the organizations after them must be known ones."""
    return _cue_pattern(("implement-known",))


@functools.cache
def _fund_before_pattern() -> re.Pattern[str]:
    """The Kyrgyz phrases written after their funder (``… Бирлигинин каржылоосу менен``)."""
    phrases = sorted(_words_of("fund-before"), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(map(_phrase_pattern, phrases)) + r")(?![\w\-])")


@functools.cache
def _implement_before_pattern() -> re.Pattern[str]:
    """The Kyrgyz phrases written after their implementer (``ЭМУ тарабынан ишке ашырылат``)."""
    phrases = sorted(_words_of("implement-before"), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(map(_phrase_pattern, phrases)) + r")(?![\w\-])")


def _before_cues(sentence: str) -> list[tuple[re.Pattern[str], str, str]]:
    """The Kyrgyz cue patterns written after their organization that ``sentence`` may hold
    (its words tell: каржыл-, колдо-, грант-, каражат-, демөөр-, ишке ашыр-), with the role
    they give."""
    out = []
    if any(map(sentence.__contains__, ("каржыл", "колдо", "грант", "каражат", "демөөр"))):
        out.append((_fund_before_pattern(), "funders", ""))
    if "ашыр" in sentence:
        out.append((_implement_before_pattern(), "implementers", ""))
    return out


# Kyrgyz genitive endings: "Европа Бирлигинин" is the European Union's.
_KYRGYZ_GENITIVE = (
    "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
    "ын", "ин", "ун", "үн",
)  # fmt: skip


def _kyrgyz_funders(text: str, start: int, end: int, last_only: bool = True) -> list[Organization]:
    """The known organization that ends at ``end`` in ``text[start:end]`` (the words before a
    Kyrgyz funding phrase), its last word in the genitive or not: the longest tail naming one
    (the last of two organizations that nothing joins: the first is the clause's subject;
    both unless ``last_only``)."""
    lo = start
    for mark in (", ", "\n", "»", "«", "“", "”", ": "):
        at = text.rfind(mark, lo, end)
        if at >= 0:
            lo = max(lo, at + len(mark))
    words = text[max(lo, end - 120) : end].split()
    if not words:
        return []
    last = words[-1]
    bare = next((last[: -len(g)] for g in _KYRGYZ_GENITIVE if last.endswith(g)), None)
    forms = [last] if bare is None else [last, bare]
    for k in range(len(words)):
        best: list[Organization] = []
        for form in forms:
            # (the form that names the most: "ЭМУ Европа Бирлигинин" names two without its
            # genitive ending)
            found: list[Organization] = []
            _add_known_orgs(found, " ".join([*words[k:-1], form]))
            if len(found) > len(best):
                best = found
        if (
            last_only
            and len(best) > 1
            and not any(w in _KYRGYZ_JOINERS or w.endswith(",") for w in words[k:-1])
        ):
            # "ЭМУ Европа Бирлигинин каржылоосу менен": the subject, then the organization
            # the cue is written after (nothing joins them)
            return _kyrgyz_last_org(words[k + 1 : -1], forms) or best
        if best:
            return best
    return []


_KYRGYZ_JOINERS = frozenset({"жана", "менен", "и", "and", "&"})


def _kyrgyz_last_org(words: list[str], forms: list[str]) -> list[Organization]:
    """The organization that the shortest tail of ``words`` and the last word (one of
    ``forms``) names."""
    for k in range(len(words), -1, -1):
        for form in forms:
            found: list[Organization] = []
            _add_known_orgs(found, " ".join([*words[k:], form]))
            if found:
                return found
    return []


# "… X менен биргеликте ишке ашырат": X does it together with the subject.
_KYRGYZ_TOGETHER = _lazy(
    r"[ \u00a0]менен[ \u00a0](?:биргеликте|бирге|чогуу|өнөктөштүктө|кызматташтыкта)[ \u00a0]*$"
)
# "ЭМУ аны … ишке ашырат": the pronoun object (the programme) after the subject.
_KYRGYZ_OBJECT = _lazy(r"[ \u00a0](?:аны|аларды|муну)[ \u00a0]*$")


def _kyrgyz_doers(text: str, start: int, end: int) -> list[Organization]:
    """The organizations before a Kyrgyz cue at ``end`` (see :func:`_kyrgyz_funders`), and,
    when the words before it say "together with" (``X менен биргеликте``), the partner X
    (a known name, or a title in quotes before a common noun: ``«…» коомдук бирикмеси``)
    and the subject before it (``ЭМУ аны``, the pronoun being the programme).

    >>> [o.name for o in _kyrgyz_doers("ЭМУ аны «Таза суу» бирикмеси менен бирге", 0, 40)]
    ['International Organization for Migration', 'Таза суу']
    """
    together = _KYRGYZ_TOGETHER().search(text, max(start, end - 40), end)
    if together is None:
        if text.find("»", start, end) < 0:
            return _kyrgyz_funders(text, start, end)
        return _kyrgyz_clause_doers(text, start, end)
    stop = together.start()
    opening = text.rfind("«", start, stop)
    closing = text.find("»", opening + 1, stop) if opening >= 0 else -1
    if not (closing > opening >= 0 and text[closing + 1 : stop].strip().islower()):
        # a known partner: the longest tail naming organizations (the subject's with it)
        return _kyrgyz_funders(text, start, stop, last_only=False)
    try:
        partners = [resolve_organization(text[opening + 1 : closing])]
    except IomkgError:
        partners = []
    stop = opening
    pronoun = _KYRGYZ_OBJECT().search(text, max(start, stop - 8), stop)
    subject = _kyrgyz_funders(text, start, pronoun.start() if pronoun is not None else stop)
    return [*subject, *(p for p in partners if all(p.name != o.name for o in subject))]


# Where a Kyrgyz clause starts ("…, ал эми ЭМУ жана … ишке ашырат") and how its doers are
# joined ("ЭМУ жана «…» коомдук бирикмеси", "ЭМУ менен ПРООН").
_KYRGYZ_CLAUSE_LINK = _lazy(r"^(?:ал[ \u00a0]эми|ошондой[ \u00a0]эле|жана|а)[ \u00a0]+")
_KYRGYZ_JOIN = _lazy(r"[ \u00a0](?:жана|менен)[ \u00a0]|,[ \u00a0]")
# A title in quotes before common nouns in lower case: "«Теңдик» коомдук бирикмеси" (an
# association), not a programme ("«…» долбоору").
_KYRGYZ_QUOTED_BODY = _lazy(r"«([^«»\n]{2,80})»((?:[ \u00a0]+[а-яёөүң\-]+){1,4})[ \u00a0]*$")
_KYRGYZ_LOCATIVE = ("да", "де", "та", "те", "до", "дө", "то", "тө")
_KYRGYZ_PROGRAMME_NOUNS = ("долбоор", "демилге", "программ", "кампания")


def _kyrgyz_clause_doers(text: str, start: int, end: int) -> list[Organization]:
    """The organizations of the Kyrgyz clause that ends at ``end`` (its subject, before a
    cue written last), when the clause holds a title in quotes: each of the doers joined by
    ``жана``, ``менен`` or a comma, a known one or a body named by a title in quotes before
    common nouns (``«…» коомдук бирикмеси``); the clause starts after the last comma or
    colon (``…, ал эми ЭМУ жана «…» коомдук бирикмеси ишке ашырат``).

    >>> [o.name for o in _kyrgyz_clause_doers("Аны ЕБ каржылайт, ал эми ЭМУ жана «Ак жол» "
    ...                                        "коомдук бирикмеси", 0, 60)]
    ['International Organization for Migration', 'Ак жол']
    """
    lo = start
    for mark in (", ", "\n", ": ", "; "):
        at = text.rfind(mark, lo, end)
        if at >= 0 and text.count("«", at, end) == text.count("»", at, end):
            lo = max(lo, at + len(mark))
    clause = text[lo:end].strip()
    if "»" not in clause:
        return _kyrgyz_funders(text, start, end)
    link = _KYRGYZ_CLAUSE_LINK().match(clause)
    if link is not None:
        clause = clause[link.end() :]
    out: list[Organization] = []
    at = 0
    pieces: list[str] = []
    for join in _KYRGYZ_JOIN().finditer(clause):
        if clause.count("«", 0, join.start()) == clause.count("»", 0, join.start()):
            pieces.append(clause[at : join.start()])
            at = join.end()
    pieces.append(clause[at:])
    for piece in pieces:
        body = _KYRGYZ_QUOTED_BODY().search(piece)
        found: list[Organization] = []
        if body is not None:
            if not piece.startswith("«") or any(
                noun in body.group(2) for noun in _KYRGYZ_PROGRAMME_NOUNS
            ):
                continue  # ("«…» долбоору ЭМУ": a programme, then its doer)
            try:
                found = [resolve_organization(body.group(1))]
            except IomkgError:
                found = []
        elif "«" not in piece and "»" not in piece:
            # ("Өзбекстанда ЭМУ": where, then who; a place in the locative does nothing)
            words = piece.split()
            k = max(
                (
                    j + 1
                    for j, w in enumerate(words)
                    if w[:1].isupper() and w.endswith(_KYRGYZ_LOCATIVE)
                ),
                default=0,
            )
            found = _kyrgyz_funders(" ".join(words[k:]), 0, len(" ".join(words[k:])))
        else:
            # ("«Жашыл өрөөн» долбоору ЭМУ": the known doer at the end of the piece)
            found = _kyrgyz_funders(piece, 0, len(piece))
        for org in found:
            if all(org.name != o.name for o in out):
                out.append(org)
    return out or _kyrgyz_funders(text, start, end)


@functools.cache
def _cue_words(kind: str) -> tuple[str, ...]:
    """A word (in lower case) that every match of the kind's pattern holds: the patterns
    cost tens of µs a sentence, so a sentence with none of these words is not searched."""
    if kind == "implement-known":
        # whole phrases ("led by", not "led": "called", "skilled"), looked for in the sentence
        # in lower case with single plain spaces (see find_programmes)
        return tuple(sorted({w.removesuffix("*").lower() for w in _words_of(kind)}))
    words = {w.removesuffix("*").split(" ")[0].lower() for w in _words_of(kind)}
    if kind == "fund":
        words.update(("with", "thanks"))
    # a word holding a shorter one finds no sentence more
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_CAP = r"(?:[A-ZА-ЯЁ][\w’'\-]{0,40}|IOM’s|IOM's)"
_TITLE_AFTER = _lazy(r"[ \u00a0]{1,2}[A-ZА-ЯЁ][a-zа-яё]")
# Heads that name a programme only with evidence (see _hits).
_EVIDENCE_HEADS = frozenset(
    {"Fund", "Фонд", "Facility", "Partnership", "Platform", "Action", "Campaign"}
)
# Of those, the heads a frame before them is no evidence for ("as part of the … Campaign" is
# an event's name as often as a programme's).
_UNFRAMED_HEADS = frozenset({"Campaign"})
# An active verb of funding or running right before a name ("Japan funds the … Facility",
# "IOM runs the … Platform"): what is said of a programme.
_VERBS_BEFORE_NAME = frozenset(
    {
        "fund", "funds", "co-fund", "co-funds", "finance", "finances", "co-finance",
        "co-finances", "sponsor", "sponsors", "implement", "implements", "co-implement",
        "co-implements", "run", "runs", "manage", "manages", "operate", "operates", "funded",
        "co-funded", "financed", "co-financed", "sponsored", "implemented", "launched",
    }
)  # fmt: skip


def _active_before_name(text: str, start: int) -> bool:
    """Whether an active verb of funding or running stands right before the name at
    ``start`` (``the`` between them allowed; "contributes to" too).

    >>> _active_before_name("Japan funds the Green Facility", 16)
    True
    """
    words = text[max(0, start - 30) : start].split()
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    if words[-1] == "to":
        return len(words) > 1 and words[-2] in ("contributes", "contributed")
    return words[-1] in _VERBS_BEFORE_NAME


# What a programme is the frame of: "under the", "within the", "as part of the" …
_UNDER_BEFORE = _lazy(
    r"(?:\b(?:[Uu]nder|[Ww]ithin|[Tt]hrough|[Vv]ia|part[ \u00a0]of|framework[ \u00a0]of)"
    r"|[Вв][ \u00a0]рамках)[ \u00a0](?:the[ \u00a0])?(?:[\w\-]+[ \u00a0]){0,2}$"
)
_LOWER_HEAD_WORD = _lazy(r"(?<![\w\-])(?:programm?e|program|project|initiative)(?![\w\-])")
_HEAD_WORD = functools.cache(lambda: re.compile(rf"(?<![\w\-]){_head()}(?![\w\-])"))
# The capitalised words before a programme word: up to eight, small connectors inside.
_NAME_BEFORE = _lazy(
    rf"(?<![\w\-’'])(?:{_CAP}[ \u00a0]{{1,2}}(?:(?:and|of|for|on|in|to|&|по|и)[ \u00a0]{{1,2}}"
    rf"(?:the[ \u00a0]{{1,2}})?)?){{1,8}}$"
)
# A programme word in lower case, then what names it.
_LOWER_HEAD = _lazy(
    r"(?<![\w\-])(?:programm?e|program|project|initiative|poject|[пП]рограмм[аеыуой]{0,2}|"
    r"[пП]роект[аеуом]{0,2}|[иИ]нициатив[аеыуой]{0,2})[ \u00a0]{1,3}"
    r"(?:(on|titled|entitled|called|named|под названием)[ \u00a0]{1,3})?"
)
_QUOTED = _lazy(r"[«“\"„][ \u00a0]{0,2}([^«»“”\"\n]{3,300}?)[ \u00a0]{0,2}[»”\"“]")
_FRAMEWORK_QUOTED = _lazy(
    r"(?:[Ww]ithin|[Ii]n|[Uu]nder)[ \u00a0]{1,2}the[ \u00a0]{1,2}framework[ \u00a0]{1,2}of"
    r"[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?(?=[«“\"„])|[Вв][ \u00a0]{1,2}рамках[ \u00a0]{1,2}(?=[«“\"„])"
)
_ACRONYM_HEAD = _lazy(
    r"(?<![\w\-])([A-Z][A-Z/]{1,9})[ \u00a0]{1,2}(?:programm?e|program|project|initiative)"
    r"(?![\w\-]|[ \u00a0]{1,2}[«“\"„A-Z])"
)
_ACRONYM_AFTER = _lazy(r"[ \u00a0]{0,2}\(([A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё0-9\-]{1,11})\)")
_TOKEN = _lazy(r"[^\W_][\w’'\-]*|\S")
_TITLE_ENDS = frozenset(
    {"funded", "financed", "implemented", "supported", "which", "that", "who", "within", "with"}
)
_CONTINUE = frozenset({"on", "for", "in", "of", "to", "against"})
_INNER = frozenset(
    {"and", "of", "the", "in", "into", "for", "to", "from", "with", "on", "&", "at", "against"}
)
_STOP_WORDS = frozenset(
    {
        # "Funding for the … Project comes from …": what is said of it, not its name
        "funding",
        "financing",
        "implementation",
        "donors",
        "the",
        "this",
        "that",
        "these",
        "a",
        "an",
        "its",
        "our",
        "their",
        "his",
        "her",
        "within",
        "under",
        "through",
        "in",
        "on",
        "by",
        "as",
        "and",
        "of",
        "during",
        "with",
        "from",
        "for",
    }
)
_ORG_PREFIX = _lazy(r"^(?:IOM(?:’s|'s)?|UN|EU|UNDP|USAID|SDC)[ \u00a0]{1,2}")
_FUNDED_BEFORE = _lazy(
    r"(?<![\w\-])([A-Z][\w.&]{0,20}(?:[ \u00a0][A-Z][\w.&]{0,20}){0,3})-(?:funded|financed|sponsored)\b"
)
_FUNDED_BEFORE_WORDS = ("-funded", "-financed", "-sponsored")  # that pattern minds case
# Letters that ignore-case matching takes for a Latin or Cyrillic letter but lower() keeps
# apart (dotless i, long s, Kelvin sign, dotted I, old Cyrillic forms): with one of these
# in a sentence the words above prove nothing, and every pattern is searched.
_ODD_CASE = _lazy(r"[\u0131\u0130\u017f\u212a\u1c80-\u1c88]")


def _plain_case(part: str) -> bool:
    """Whether ``part`` holds none of the letters of _ODD_CASE (an ASCII one never does).

    >>> _plain_case("Funded by IOM"), _plain_case("funded by \u212aOICA")
    (True, False)
    """
    return part.isascii() or _ODD_CASE().search(part) is None


def _single_spaced(lower: str) -> str:
    """``lower`` with no-break spaces as spaces and two spaces as one: a phrase whose words
    a pattern allows one or two spaces between is there with one.

    >>> _single_spaced("funded\u00a0 by")
    'funded by'
    """
    return lower.replace("\u00a0", " ").replace("  ", " ")


@functools.cache
def _cue_keys(kind: str) -> tuple[str, ...]:
    """What every match of the kind's pattern (``fund``, ``implement``, ``partner``) holds
    in lower case with single spaces (:func:`_single_spaced`): its phrases (a stem without
    its ``*``), the nouns of support (``with the support of``) and the verbs written before
    a place (``implemented in … by``); one holding another is left out.

    >>> "funded by" in _cue_keys("fund"), "jointly funded by" in _cue_keys("fund")
    (True, False)
    """
    keys = {phrase.removesuffix("*").lower() for phrase in _words_of(kind)}
    if kind == "fund":
        keys.update(noun.lower() for noun in _words_of("support"))
    elif kind == "implement":
        keys.update(("implemented", "carried out", "run", "delivered", "managed"))
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def _cue_text(part: str) -> str | None:
    """``part`` in lower case with single spaces, where the keys of :func:`_cue_keys` are
    looked for; ``None`` when it holds a letter of _ODD_CASE (a key proves nothing there).

    >>> _cue_text("Funded\u00a0by IOM"), _cue_text("funded by \u212aOICA")
    ('funded by iom', None)
    """
    return _single_spaced(part.lower()) if _plain_case(part) else None


def _may_hold(single: str | None, kind: str) -> bool:
    """Whether a text whose :func:`_cue_text` is ``single`` may hold a match of the kind's
    pattern (see :func:`_cue_keys`).

    >>> _may_hold("it opened in may.", "fund"), _may_hold("funded by iom", "fund")
    (False, True)
    """
    return single is None or any(map(single.__contains__, _cue_keys(kind)))


_PHRASE_END = _lazy(
    r"(?<!\b[A-Z])\.(?=\s|$)|[;:\n()]|,[ \u00a0]{1,3}(?!as[ \u00a0]well[ \u00a0]as|and\b)(?=[a-zа-я])"
    r"|[ \u00a0](?:to|in[ \u00a0]order|which|who|that|aims?|within|under|during|for[ \u00a0]the"
    r"|as[ \u00a0]part|with|in[ \u00a0]the|on|at|through|via|в[ \u00a0]рамках|для|с[ \u00a0]целью"
    r"|через)[ \u00a0]"
    # "… by the EU and implemented by IOM": the next clause (its cue is read on its own)
    r"|,?[ \u00a0](?:and|but|while|и|а)[ \u00a0](?:(?:is|are|was|were|has[ \u00a0]been"
    r"|have[ \u00a0]been|is[ \u00a0]being|будет|был[аои]?)[ \u00a0])?(?:co-?)?"
    r"(?:implement|fund|financ|sponsor|support|carried|run[ \u00a0]|managed|executed|delivered"
    r"|operated|led[ \u00a0]by|coordinated|rolled|put[ \u00a0]into|administered|overseen"
    r"|реализ|финанс|осуществл|выполня|поддерж|проводи|координир)"
)
_AND_BY = _lazy(r"(?:,?[ \u00a0]and|,)[ \u00a0](?:also[ \u00a0])?by[ \u00a0]")
# The programme words a later sentence refers to a programme by ("the project", "the
# facility"), in lower case.
_REFERRED = (
    "project|programm?e|program|initiative|facility|fund|partnership|platform|campaign|action"
)
# A sentence that speaks of the programme just named without naming it.
_REFERENT = _lazy(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)[ \u00a0](?:[Pp]rogramm?e|[Pp]rogram|[Pp]roject|"
    r"[Ii]nitiative|[Ff]acility|[Ff]und|[Pp]artnership|[Pp]latform|[Cc]ampaign|[Aa]ction)\b"
    # "The first phase was implemented by …": a phase of the programme just named
    r"|\b(?:[Tt]he|[Tt]his|[Ii]ts)[ \u00a0](?:(?:first|second|third|next|new|current|pilot"
    r"|final)[ \u00a0])?phase\b"
    r"|(?<![\w\-])(?:[Дд]анн(?:ый|ая|ого|ой)|[Ээ]т(?:от|а|ого|ой)|[Нн]ов(?:ый|ая))[ \u00a0]"
    r"(?:проект|программ|инициатив)"
    # "Финансирует проект Европейский союз": the bare programme word, no title after it
    r"|(?<![\w\-])(?:[Пп]роект(?:а|у|ом|е)?|[Пп]рограмм(?:а|у|ы|ой|е)|[Ии]нициатив(?:а|у|ы|ой|е)"
    r"|[Дд]олбоор(?:ду|дун|го|до|у|ун)?)(?![\w\-])(?![ \u00a0]{0,2}[«“\"„])"
)
# A word every match of _REFERENT holds, in lower case: a sentence with none is not searched.
_REFERENT_WORDS = ("project", "program", "initiative", "facility", "fund", "partnership",
                   "platform", "campaign", "action", "phase", "проект", "программ",
                   "инициатив", "долбоор")  # fmt: skip
# What every match of _REFERENT's English branches holds: the programme word (or "phase")
# after a space, a word's end after it; the Cyrillic ones hold one of these words in lower case.
_REFERENT_AFTER_SPACE = _lazy(
    r"[ \u00a0](?:[Pp]rogramm?e|[Pp]rogram|[Pp]roject|[Ii]nitiative|[Ff]acility|[Ff]und"
    r"|[Pp]artnership|[Pp]latform|[Cc]ampaign|[Aa]ction|phase)\b"
)
_REFERENT_CYRILLIC = ("проект", "программ", "инициатив", "долбоор")


def _may_refer_back(text: str, start: int, end: int, lowered: str) -> bool:
    """Whether ``text[start:end]`` (``lowered`` in lower case) may hold a match of _REFERENT
    (see _REFERENT_AFTER_SPACE): "the community initiatives" holds none.

    >>> t = "Grants went to community initiatives."
    >>> _may_refer_back(t, 0, len(t), t.lower())
    False
    >>> t = "The initiative ended."
    >>> _may_refer_back(t, 0, len(t), t.lower())
    True
    """
    return (
        any(map(lowered.__contains__, _REFERENT_CYRILLIC))
        or _REFERENT_AFTER_SPACE().search(text, start, end) is not None
    )


_REFERENT_START = (
    # "Долбоорду Германиянын Өкмөтү каржылайт", "Программу МОМ реализует …": the
    # programme as the object ("Funding comes from …": see _FUNDING_SUBJECT)
    "Программу ",
    "Инициативу ",
    "Её ",
    "Ее ",
    "Его ",
    "Аны ",
    "Долбоор",
    "Программаны ",
    "Демилге",
    "It ",
    "It\u00a0",
    "Its ",
    "This ",
    "The project",
    "The programme",
    "The program",
    "The initiative",
    "The facility",
    "The fund",
    "The partnership",
    "The platform",
    "The campaign",
    "The action",
    "Проект ",
    "Программа ",
    "Инициатива ",
    "Фонд ",
    "Партнерство ",
    "Партнёрство ",
    "Он ",
    "Она ",
    # "Partners include UNDP and UNICEF.": the partners of the programme just named
    "Partners ",
    "Its partners",
    "Implementing partners",
    # "The implementing partner is IOM", "Исполнителем проекта является МОМ"
    "Implementing partner ",
    "The implementing ",
    "Its implementing ",
    "Партнером по реализации",
    "Партнёром по реализации",
    "Партнерами по реализации",
    "Исполнител",
    "Партнерами ",
    "Партнёрами ",
)
# Where a list of places starts after an implementer: "IOM in Kyrgyzstan and Tajikistan".
_IN_PLACES = _lazy(r"[ \u00a0](?:in|across|в|во)[ \u00a0]{1,2}(?=[A-ZА-ЯЁ]|the[ \u00a0])")
_PLACE_LIST_SPLIT = _lazy(
    r"(?<![ \u00a0])[ \u00a0]{0,40}(?:,|\band\b|[ \u00a0]и[ \u00a0]|&)[ \u00a0]{0,40}"
)
_NON_SPACE = _lazy(r"\S+")
# ("… for Development Programme" is a title: a programme named for what it serves)
_NOT_PROGRAMME = _lazy(
    r"(?:Development|Environment|Food|World|Nations)[ \u00a0]Programm?e$", re.IGNORECASE
)


# A name in title case after a lower-case programme word: capitalised words, small
# connectors inside ("Women on the Move for Peace", "Strengthening … in Central Asia").
_TITLE_CASE_NAME = _lazy(
    r"[A-Z][\w’'\-]{0,40}(?:[ \u00a0](?:(?:of|for|on|in|and|the|to|&|at)[ \u00a0]){0,2}"
    r"[A-Z][\w’'\-]{0,40}){1,11}"
)
# A Russian name that opens with its programme word, mid-sentence ("в рамках Инициативы по
# защите прав …", "Региональной программы по миграции", "Фонда климатической устойчивости").
_RUSSIAN_NAME = _lazy(
    r"(?<=[а-яё,] )(?:([А-ЯЁ][а-яё]{2,20}(?:ой|ую|ая|ого|ому|ым|ом|ый|ий|ое))[ \u00a0])?"
    r"((?(1)[Пп]|П)рограмм[аеыуой]{1,2}|(?(1)[Пп]|П)роект[аеуом]{0,2}"
    r"|(?(1)[Ии]|И)нициатив[аеыуой]{1,2}|(?(1)[Фф]|Ф)онд[аеуом]{0,2}"
    r"|(?(1)[Пп]|П)артн[её]рств[оауем]{1,2})[ \u00a0]"
)
_RUSSIAN_TAIL_WORD = _lazy(r"[\w\-]+")
# A lower-case Russian word right after a programme word: the name goes on after it.
_RUSSIAN_TAIL_AFTER = _lazy(r"[ \u00a0][а-яё]")
_RUSSIAN_TAIL_STOP = frozenset(
    {"при", "который", "которая", "которое", "которые", "которую", "которого", "а", "но"}
)
_RUSSIAN_VERB_END = ("ется", "ются", "ится", "ятся", "лся", "лась", "лось", "лись", "ет", "ют")
_RUSSIAN_HEADS = (
    ("рограмм", "рограмма", "f"),
    ("роект", "роект", "m"),
    ("нициатив", "нициатива", "f"),
    ("онд", "онд", "m"),
    ("артнерств", "артнерство", "n"),
    ("артнёрств", "артнёрство", "n"),
)
# "… каржылаган «…»": the funder written before the title in Kyrgyz.
_KYRGYZ_FUNDED = _lazy(r"[ \u00a0](?:каржылаган|колдогон)[ \u00a0]{1,2}$")


def _russian_nominative_head(adjective: str | None, head: str) -> str:
    """``Региональной программы`` -> ``Региональной программа`` -> ``Региональная программа``."""
    found = next((h for h in _RUSSIAN_HEADS if h[0] in head), None)
    if found is None:
        return f"{adjective} {head}" if adjective else head
    stem, nominative, gender = found
    head = head[: head.index(stem)] + nominative
    if adjective is None:
        return head
    ending = {"f": "ая", "m": "ый", "n": "ое"}[gender]
    for old in ("ой", "ую", "ая", "ого", "ому", "ым", "ом", "ый", "ий", "ое"):
        if adjective.endswith(old):
            base = adjective[: -len(old)]
            if gender == "m" and base[-1:] in "кгхжшчщ":
                ending = "ий"
            return f"{base}{ending} {head}"
    return f"{adjective} {head}"


def _russian_names(text: str, org_spans: Cover) -> list[tuple[int, int, str, bool]]:
    """Russian names that open with a capitalised programme word, in the nominative."""
    if not any(c in text for c in "ПпИиФф"):
        return []
    out: list[tuple[int, int, str, bool]] = []
    for m in _RUSSIAN_NAME().finditer(text):
        adjective, head = m.group(1), m.group(2)
        if adjective is not None and role_words().get(adjective.casefold()) == "word":
            continue
        agent = _AGENT_BEFORE().search(text, max(0, m.start() - 30), m.start())
        if agent is not None and ("онд" in head or _FUNDING_VERB().search(agent.group())):
            # "финансируется Глобальным фондом …": who funds it, not a programme ("проведен
            # Программой …": the programme did it)
            continue
        # the words after the head, up to a clause end or a verb
        end = m.end(2)
        count = 0
        for word in _RUSSIAN_TAIL_WORD().finditer(text, m.end(), min(len(text), m.end() + 200)):
            between = text[end : word.start()]
            if between.strip() or "\n" in between:
                break  # a comma, a bracket, a quotation mark: the name ends
            w = word.group()
            if (
                w.casefold() in _RUSSIAN_TAIL_STOP
                or w.endswith(_RUSSIAN_VERB_END)
                or count >= 12
                or (count and _RUSSIAN_PAST().search(w) is not None)
            ):
                break
            if count == 0 and not (w[:1].isupper() or w in _RUSSIAN_FIRST_TAIL or len(w) > 3):
                break
            end = word.end()
            count += 1
        if count == 0 or (
            org_spans.overlaps(m.start(), end)
            and not (
                "онд" in head
                and current().organizations.lookup(text[m.start() : end]) is None
                and _said_of(text, end)
            )
        ):
            continue
        name = (
            _russian_nominative_head(adjective, head) + " " + " ".join(text[m.end() : end].split())
        )
        out.append((m.start(), end, name, False))
    return out


# A passive verb or "при поддержке" right before a Russian name: the name is the agent
# (who funds or runs), in the instrumental or genitive.
_AGENT_BEFORE = _lazy(
    r"(?:(?<![\w\-])[а-яё]{2,20}(?:ется|ются|ован[аоы]?|ирован|ен[аоы]?)"
    r"|(?<![\w\-])при[ \u00a0](?:поддержке|содействии|участии|помощи))[ \u00a0]{1,2}$"
)
_RUSSIAN_FIRST_TAIL = frozenset({"по", "для", "в", "во", "на", "о", "об", "за"})
# A verb of funding or running (or "при поддержке") before an agent: the agent funds or runs.
_FUNDING_VERB = _lazy(r"финанс|реализ|осуществл|выполн|поддерж|содейств|участи|помощ")
# A verb in the past or a short passive participle after a name ("… прошел тренинг", "…
# отремонтированы школы"): the name has ended.
_RUSSIAN_PAST = _lazy(
    r"^[а-яё]{2,}(?:ил|ила|ило|или|ал|ала|ало|али|ел|ела|ело|ели|шел|шла|шло|шли|ован[аоы]?"
    r"|ирован[аоы]?|ен[аоы])$"
)


# A programme word right after a title in quotes: «…» project, “…” programme, «…» долбоору.
_HEAD_AFTER_TITLE = _lazy(
    r"[ \u00a0]{1,2}(?:project|programm?e|program|initiative|проект|программ|инициатив"
    r"|долбоор|демилге)"
)
# A Kyrgyz programme word (found from its second letter) and a title's opening quote.
_KYRGYZ_BEFORE_TITLE = _lazy(r"(?:олбоор|емилге)\w{0,5}[ \u00a0]{1,2}(?=[«“„])")
# A Kyrgyz programme word right before a title in quotes: "Долбоор «…» деп аталат".
_KYRGYZ_HEAD_BEFORE = _lazy(r"(?<![\w\-])(?:[Дд]олбоор|[Дд]емилге)\w{0,5}[ \u00a0]{1,2}$")
# What a programme is the frame of, right before a title in quotes (no programme word):
# "within the «…»", "as part of “…”", "в рамках «…»".
_FRAME_BEFORE_TITLE = _lazy(
    r"(?:\b(?:[Ww]ithin|[Uu]nder|part[ \u00a0]of)[ \u00a0](?:the[ \u00a0])?"
    r"|(?<![\w\-])[Вв][ \u00a0]рамках[ \u00a0])$"
)
# What may follow a title that only its frame names a programme: the clause's end, its
# acronym, or what is said of a programme ("«…», funded by …", "«…» implemented by …").
_AFTER_FRAMED_TITLE = _lazy(
    r"[ \u00a0]{0,2}(?:[.,;:)(\n]|$|[–—][ \u00a0])"
    r"|[ \u00a0]{1,2}(?:funded|financed|implemented|supported|run|led|which|that"
    r"|финансиру|реализу|осуществля|при[ \u00a0]поддержке)"
)


def _title_like(quoted: str) -> bool:
    """Whether the words in quotes may be a title: a capital first, no stop at the end, at
    most twelve words.

    >>> _title_like("Safe Roads"), _title_like("It changed my life,")
    (True, False)
    """
    return quoted[:1].isupper() and quoted[-1:] not in ".,!?;:" and len(quoted.split()) <= 12


_OPENERS = "«“„"
_CLOSERS = '»”"“'


def _quoted_titles(
    text: str, heads: Sequence[int], cyrillic: bool = True, opened: list[int] | None = None
) -> list[tuple[int, int, str, bool]]:
    """Titles in quotes that name a programme by their shape: a programme word right after
    them (``«…» project``, ``«…» долбоорунун алкагында``; ``heads`` are where programme
    words stand) or a Kyrgyz one right before (``Долбоор «…»``, looked for when
    ``cyrillic``), or the frame of something
    right before them and the clause's end or what is said of a programme after them
    (``within the «…».``, ``в рамках «…», при поддержке …``; not ``within the «…»
    campaign``). A title starts with a capital and ends with no stop.

    >>> [h[2] for h in _quoted_titles("It ran within the «Safe Steps» project.", [31])]
    ['Safe Steps']
    >>> _quoted_titles("It ran as part of the «Safe Steps» campaign.", [])
    []
    """
    if opened is None:
        opened = _find_all(text, _OPENERS)  # (where «, “ and „ stand)
    if not opened and '" ' not in text and '"\u00a0' not in text:
        return []  # (no title in quotes: a straight one is looked for before a programme word)
    kyrgyz = cyrillic and ("олбоор" in text or "емилге" in text)
    # where a title may open -> whether only its frame names it (found from the words
    # around quotes, not by trying every quotation of the text)
    openings: dict[int, bool] = {}
    after = [*heads, *(_find_all(text, ("долбоор", "демилге")) if kyrgyz else ())]
    for p in after:
        if p >= 3 and text[p - 1] in " \u00a0" and text[p - 2] in _CLOSERS:
            lo = max(0, p - 305)
            if text[p - 2] == '"':
                # ('the "…" programme': the straight quote before it that opens a title, after
                # a space or a bracket and before a letter)
                opening = text.rfind('"', lo, p - 2)
                if not (
                    opening >= 0
                    and (opening == 0 or text[opening - 1] in " \u00a0(\n")
                    and text[opening + 1 : opening + 2].isalnum()
                ):
                    continue
            else:
                opening = max(text.rfind(c, lo, p - 2) for c in _OPENERS)
            if opening >= 0:
                openings[opening] = False
    if kyrgyz:
        for p in _find_all(text, ("олбоор", "емилге")):
            m = _KYRGYZ_BEFORE_TITLE().match(text, p)
            if m is not None:
                openings[m.end()] = False
    for p in opened:
        if p not in openings and _FRAME_BEFORE_TITLE().search(text, max(0, p - 20), p):
            openings[p] = True
    out: list[tuple[int, int, str, bool]] = []
    for pos in sorted(openings):
        q = _QUOTED().match(text, pos)
        if q is None or not _title_like(q.group(1)):
            continue  # a quotation, not a title
        if openings[pos]:
            if _AFTER_FRAMED_TITLE().match(text, q.end()) is None:
                continue  # "as part of the «Safe Travel» campaign", "… «X» who …": no programme
        elif _HEAD_AFTER_TITLE().match(text, q.end()) is None and (
            not kyrgyz or _KYRGYZ_HEAD_BEFORE().search(text, max(0, pos - 14), pos) is None
        ):
            continue
        out.append((q.start(1), q.end(1), " ".join(q.group(1).split()), False))
    return out


# What an active verb's object starts with: a name, a title in quotes, a programme word or a
# pronoun ("implements the … Project", "funds it"; not "runs until June", "funded by").
_OBJECT_AHEAD = (
    r"(?=(?:the[ \u00a0])?[A-ZА-ЯЁ«“\"]|проект|программ|инициатив|(?:it|them|его|её|ее|их)\b"
    rf"|(?:the|this|its)[ \u00a0](?:{_REFERRED})\b)"
)
# The verbs of _ACTIVE_IMPLEMENTER's clause-opening subject ("IOM and UNHCR jointly implement
# the … Initiative"), and what must follow them: a name, a programme word or a pronoun.
_SUBJECT_VERB = (
    r"(?:implements?|co-implements?|runs?"
    r"|(?:has|have)[ \u00a0](?:jointly[ \u00a0])?(?:implemented|run|managed|delivered"
    r"|operated|led|coordinated|carried[ \u00a0]out)"
    r"|carry[ \u00a0]out|carries[ \u00a0]out|delivers?|manages?|co-manages?|operates?"
    r"|(?:is|are|was|were|has[ \u00a0]been|have[ \u00a0]been)[ \u00a0](?:jointly[ \u00a0])?"
    r"(?:implementing|running|delivering|managing|operating|leading|coordinating"
    r"|carrying[ \u00a0]out)"
    r"|leads?|co-leads?|coordinates?|executes?|administers?|rolls?[ \u00a0]out"
    r"|реализу[ею]т|осуществля[ею]т|провод(?:ит|ят)|координиру[ею]т)[ \u00a0]" + _OBJECT_AHEAD
)
# "IOM, in partnership with UN Women, implements …": the partner's phrase.
_PARTNER_WITH = (
    r",[ \u00a0]"
    r"(?:in[ \u00a0](?:close[ \u00a0])?(?:partnership|cooperation|collaboration)|together|jointly"
    r"|along)"
    r"[ \u00a0]with[ \u00a0]"
)
# The organizations before an active verb of implementing, or before "within" a programme.
_ACTIVE_IMPLEMENTER = _lazy(
    r"(?:\b(?:which|that)|(?<![\w\-])(?:который|которую|которое|которая))[ \u00a0]{1,2}"
    # (a comma only in a list of names: "which IOM, UNDP and UN Women implement")
    r"(?:the[ \u00a0])?([A-ZА-ЯЁ](?:[^,;:.\n]|,[ \u00a0](?=[A-ZА-ЯЁ])){0,90}?)[ \u00a0]{1,2}"
    r"(?:implements?|is[ \u00a0]implementing"
    r"|are[ \u00a0]implementing|(?:has|have)[ \u00a0](?:jointly[ \u00a0])?(?:implemented|run"
    r"|managed|delivered|operated|led|coordinated|carried[ \u00a0]out)"
    r"|implemented|runs?|manages?|co-implements?|carry[ \u00a0]out|carries[ \u00a0]out"
    r"|operates?|leads?|coordinates?|co-manages?|co-leads?|administers?"
    r"|delivers?|реализу[ею]т"
    r"|осуществля[ею]т)(?![\w\-])"
    r"|\b(?:organi[sz]ed|held|conducted|hosted|delivered|provided|carried[ \u00a0]out|launched)"
    r"[ \u00a0]by[ \u00a0]([A-Z][^,;:.()\n]{0,60}?)[ \u00a0](?=(?:within|under|as[ \u00a0]part"
    r"[ \u00a0]of|in[ \u00a0]the[ \u00a0]framework[ \u00a0]of)[ \u00a0])"
    r"|(?<![\w\-])(?:организован\w{0,2}|проведен\w{0,2}|реализован\w{0,2})[ \u00a0]"
    r"([А-ЯЁ][^,;:.()\n]{0,60}?)[ \u00a0](?=в[ \u00a0]рамках[ \u00a0])"
    # "IOM and UNHCR jointly implement the … Initiative": the subject opens the clause
    r"|(?:(?<![\s\S])|(?<=[.;:!?,][ \u00a0])|(?<=\n))([A-ZА-ЯЁ][^,;:.\n]{0,90}?)[ \u00a0]"
    r"(?:jointly[ \u00a0]|совместно[ \u00a0])?"
    + _SUBJECT_VERB
    # "IOM, in partnership with UN Women, implements …": the subject and its partner
    + r"|(?:(?<![\s\S])|(?<=[.;:!?][ \u00a0])|(?<=\n))([A-Z][^,;:.()\n]{0,60}?)"
    + _PARTNER_WITH
    + r"([^,;:.()\n]{1,80}?),[ \u00a0](?:jointly[ \u00a0])?(?:implements?"
    r"|co-implements?|runs?|carry[ \u00a0]out|carries[ \u00a0]out|delivers?|manages?)(?![\w\-])"
)
# What a clause-opening subject's match of _ACTIVE_IMPLEMENTER holds (its verb and what
# follows it), and a partner's: most sentences with a verb of running hold neither.
# (the space before the verb, which every such match holds, lets the search skip to spaces)
_SUBJECT_VERB_AHEAD = _lazy(r"[ \u00a0]" + _SUBJECT_VERB)
_PARTNER_WITH_AHEAD = _lazy(_PARTNER_WITH)
# The subject of an active verb of funding, at the start of a clause: "The European Union
# funds the … Project", "Европейский союз финансирует проект …"; the object is a programme.
# An active verb of funding whose object is a programme ("The European Union funds the …
# Project", "Европейский союз финансирует проект …"), or "are the donors of": its subject
# (see _active_funders) funds it. The verb is searched first: the subject is then read back
# to the start of its clause, not tried at every position of the sentence.
_ACTIVE_FUNDER = _lazy(
    r"(?<![\w\-])(?:(?:also|jointly|generously|совместно)[ \u00a0])?"
    r"(?:funds?|co-funds?|finances?|co-finances?|sponsors?|funded|co-funded|financed"
    r"|co-financed|sponsored|финансиру[ею]т|профинансировал[аио]?|финансировал[аио]?"
    # "The European Union is funding the project"
    r"|(?:is|are|has[ \u00a0]been|have[ \u00a0]been|was|were)[ \u00a0](?:co-)?(?:funding"
    r"|financing|sponsoring)"
    # "Japan provided funding for the project": the funding given to a programme
    r"|(?:provides|provided|has[ \u00a0]provided|is[ \u00a0]providing|gives|gave|has[ \u00a0]given"
    r"|allocated|has[ \u00a0]allocated)[ \u00a0](?:the[ \u00a0])?(?:financial[ \u00a0]support"
    r"|funding|financing|funds|a[ \u00a0]grant|grants)[ \u00a0](?:for|to)"
    # "Japan contributes to the … Fund": a contribution to a programme pays for it
    r"|contributes[ \u00a0]to|contributed[ \u00a0]to|is[ \u00a0]contributing[ \u00a0]to"
    r"|has[ \u00a0]contributed[ \u00a0]to"
    # "Japan contributed USD 2 million to the … Fund": a sum given to a programme
    r"|(?:contributes|contributed|has[ \u00a0]contributed|provided|provides|allocated"
    r"|allocates|granted|donated)[ \u00a0](?:(?:USD|US\$|\$|EUR|€|CHF|£|GBP|JPY|KGS)[ \u00a0]?"
    r"\d[\d.,]{0,12}|\d[\d.,]{0,12}[ \u00a0](?:USD|US[ \u00a0]dollars|dollars|euros?|francs))"
    r"(?:[ \u00a0](?:million|thousand|billion))?[ \u00a0]to)[ \u00a0]" + _OBJECT_AHEAD +
    # "Japan and Korea are the donors of the … Project"
    r"|(?<![\w\-])(?P<donor>is|are|was|were|remains?|has[ \u00a0]been|have[ \u00a0]been)"
    r"[ \u00a0]the[ \u00a0](?:(?:main|principal|sole|only|key|largest|lead)[ \u00a0])?"
    r"(?:donors?|funders?|sponsors?|funding[ \u00a0]partners?)[ \u00a0](?:of|for|behind)[ \u00a0]"
)
# The last word of every verb of _ACTIVE_FUNDER's first branches with the object after it:
# a text without one holds no match of them ("funded by the EU" holds none).
_FUNDING_VERB_AHEAD = _lazy(
    r"(?:funds?|finances?|sponsors?|funded|financed|sponsored|финансиру[ею]т"
    r"|финансировал[аио]?|funding|financing|sponsoring|for|to)[ \u00a0]" + _OBJECT_AHEAD
)
_DONOR_WORDS = ("donor", "funder", "sponsor", "funding partner")


def _may_fund_actively(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a match of _ACTIVE_FUNDER: a word of its donors
    (``are the donors of``), or the last word of one of its verbs with an object after it.

    >>> _may_fund_actively("It is funded by the EU.", 0, 23)
    False
    >>> _may_fund_actively("The EU funds the Green Road Project.", 0, 35)
    True
    """
    part = text[start:end]
    return any(map(part.__contains__, _DONOR_WORDS)) or (
        _FUNDING_VERB_AHEAD().search(text, start, end) is not None
    )


# Where a clause starts before an active verb: after a mark and a space, a line break,
# "which" or "that" (a comma only before a verb of funding, not before "are the donors").
_CLAUSE_MARKS = (". ", "; ", ": ", "! ", "? ", "\n", "which ", "that ")


# A description of a name in a list, and the list's last link: ", the UN Migration Agency,
# and …" (lower-case words in it: a description, not a name).
_DESCRIBED = _lazy(
    r",[ \u00a0](?:the|an?|its|their)[ \u00a0][^,;:.()\n]{1,60}?,[ \u00a0](?:and|as[ \u00a0]well"
    r"[ \u00a0]as)[ \u00a0](?=(?:the[ \u00a0])?[A-Z])"
)
# A verb of carrying out after its subject ("…, IOM and UNDP implement the project").
_DOING_VERB = _lazy(
    r"[ \u00a0](?:jointly[ \u00a0]|also[ \u00a0])?(?:implements?|runs?|manages?|delivers?"
    r"|carr(?:y|ies)[ \u00a0]out|operates?|(?:is|are|has|have)[ \u00a0](?:jointly[ \u00a0])?"
    r"(?:implementing|implemented|running|managing|delivering)|реализу[ею]т|осуществля[ею]т)"
    r"(?![\w\-])"
)
_FUNDING_WORD = _lazy(r"(?<![\w\-])(?:fund|financ|sponsor|финансир)")
# "by IOM's implementing partner, the …": an organization's partner (named after a comma).
_PARTNER_OF = _lazy(r"['’]s[ \u00a0](?:(?:local|national|implementing)[ \u00a0])?partners?$")
# "with IOM as its implementing partner", "IOM, the implementing agency of the project,",
# "IOM and UNDP's joint programme": the organizations before the words implement it.
_IMPLEMENTER_AS = _lazy(
    r"(?<![\w\-])with[ \u00a0](?:the[ \u00a0])?([A-Z][^,;:.\n]{0,80}?)[ \u00a0]as[ \u00a0]"
    r"(?:(?:its|the)[ \u00a0])?(?:(?:lead|main)[ \u00a0])?implementing[ \u00a0](?:partner"
    r"|agency|organi[sz]ation)s?(?![\w\-])"
    r"|(?:(?<![\s\S])|(?<=[.;:!?][ \u00a0])|(?<=\n))([A-Z][^,;:.()\n]{0,80}?),[ \u00a0]"
    r"(?:the|its)[ \u00a0](?:(?:lead|main)[ \u00a0])?implementing[ \u00a0](?:partner|agency"
    r"|organi[sz]ation)(?:[ \u00a0](?:of|for)[ \u00a0][^,;:.()\n]{1,60}?)?,"
    r"|([A-Z][^,;:.()\n]{0,80}?)['’]s[ \u00a0]joint[ \u00a0](?:programm?e|program|project"
    r"|initiative)(?![\w\-])"
)


# "IOM is the implementing agency of the … Project": the subject implements it.
_IMPLEMENTER_IS = _lazy(
    r"(?<![\w\-])(?P<donor>is|are|was|were|remains?|has[ \u00a0]been|have[ \u00a0]been)"
    r"[ \u00a0]the[ \u00a0](?:(?:main|lead|principal|sole|only|key)[ \u00a0])?"
    r"(?:implementing|executing|implementation)[ \u00a0](?:agenc(?:y|ies)|partners?"
    r"|organi[sz]ations?|entit(?:y|ies)|bod(?:y|ies))[ \u00a0](?:of|for|behind)[ \u00a0]"
)


# A word every match of _IMPLEMENTER_IS holds, after "the" (cheaper than the pattern).
_IMPLEMENTER_IS_WORDS = _lazy(
    r"the[ \u00a0](?:\w+[ \u00a0])?(?:implementing|executing|implementation)"
)


def _active_funders(
    text: str, s_start: int, s_end: int, pattern: re.Pattern[str] | None = None
) -> list[tuple[re.Match[str], str]]:
    """The active verbs of funding in ``text[s_start:s_end]`` and their subjects: the words
    from the start of the verb's clause (at most 60 characters, 80 before "are the donors
    of"; no bracket in them; "the" left out), when they start with a capital.

    >>> [s for _m, s in _active_funders("Japan and Korea fund the Green Road Project.", 0, 44)]
    ['Japan and Korea']
    """
    out: list[tuple[re.Match[str], str]] = []
    if pattern is None and not _may_fund_actively(text, s_start, s_end):
        return out
    for m in (pattern or _ACTIVE_FUNDER()).finditer(text, s_start, s_end):
        donor = m.groupdict().get("donor") is not None
        marks = _CLAUSE_MARKS if donor else (*_CLAUSE_MARKS, ", ")
        limit = 80 if donor else 60
        lo = max(s_start, m.start() - limit - 5)
        for mark in marks:
            at = text.rfind(mark, lo, m.start())
            if at >= 0:
                lo = max(lo, at + len(mark))
        subject = text[lo : m.start()].strip()
        # ("…, and the Government of Sweden funds it": the clause's link is no subject)
        for link in ("and ", "but ", "while ", "whereas ", "и ", "а "):
            subject = subject.removeprefix(link)
        subject = subject.removeprefix("the ").removeprefix("The ")
        if (
            not subject[:1].isupper()
            or len(subject) > limit
            or "(" in subject
            or ")" in subject
            or any(c in subject for c in ",;:.\n")
        ):
            continue
        out.append((m, subject))
    return out


# "X supports the … Project", "X has supported it": X funds it when X is a donor.
_SUPPORTS = _lazy(
    r"(?<![\w\-])(?:(?:also|generously)[ \u00a0])?(?:supports|supported|has[ \u00a0]supported"
    r"|have[ \u00a0]supported|is[ \u00a0]supporting|are[ \u00a0]supporting)[ \u00a0]"
    rf"(?=(?:the[ \u00a0])?[A-Z«“\"]|(?:it|them)\b|(?:the|this|its)[ \u00a0](?:{_REFERRED})\b)"
)
# "… Project, which USAID launched": the organizations between "which" and the verb.
_DONOR_LAUNCHED = _lazy(
    r"\b(?:which|that)[ \u00a0]{1,2}(?:the[ \u00a0])?([A-Z][^,;:.()\n]{0,60}?)[ \u00a0]"
    r"(?:(?:has|had|have)[ \u00a0])?(?:launched|initiated|established)(?![\w\-])"
)
# The object before its subject and verb: "… Programme, which the European Union funds",
# "Программу МОМ реализует совместно с ПРООН", "Проект Европейский союз финансирует": the
# words between the object and the verb are who funds or runs the programme.
_OBJECT_FIRST = _lazy(
    r"(?:\b(?:which|that)[ \u00a0]{1,2}(?:the[ \u00a0])?"
    r"|(?<![\w\-])(?:который|которую|которое|которые)[ \u00a0]{1,2}"
    r"|(?:(?<![\s\S])|(?<=[.!?][ \u00a0])|(?<=\n))(?:Программу|Проект|Инициативу|Её|Ее|Его)"
    r"[ \u00a0])"
    r"([A-ZА-ЯЁ][^,;:.()\n]{0,60}?)[ \u00a0](?:(?:also|jointly|generously|совместно|также)"
    r"[ \u00a0])?(?:(?P<fund>funds|co-funds|finances|co-finances|sponsors|(?:has[ \u00a0])?"
    r"(?:funded|financed|sponsored)|финансиру[ею]т|профинансировал[аио]?|финансировал[аио]?)"
    r"|реализу[ею]т|осуществля[ею]т|выполня[ею]т|реализовал[аио]?"
    # "which IOM implements and the Government of Japan funds": the first verb ends the
    # first subject (an implementer of a clause is never its funder)
    r"|implements|co-implements|runs|manages|has[ \u00a0]implemented)(?![\w\-])"
)
# A second subject and verb joined to _OBJECT_FIRST's: "which the European Union funds and IOM
# and the OSCE implement", "который финансирует ЕС, а реализуют МОМ и ПРООН" (who runs it, or
# who funds it, after who funds or runs it).
_OBJECT_SECOND = _lazy(
    r"(?:,?[ \u00a0](?:and|while|whereas|и)|,[ \u00a0]а)[ \u00a0]{1,2}(?:the[ \u00a0])?"
    r"([A-ZА-ЯЁ][^,;:.()\n]{0,60}?)[ \u00a0](?:(?:jointly|together|совместно)[ \u00a0])?"
    r"(?:(?P<fund>fund|funds|co-fund|co-funds|finance|finances|финансиру[ею]т)"
    r"|implement|implements|co-implement|co-implements|run|runs|manage|manages|deliver"
    r"|delivers|реализу[ею]т|осуществля[ею]т)(?![\w\-])"
)
_OBJECT_FIRST_WORDS = (
    "fund", "financ", "sponsor", "финансир", "реализ", "осуществля", "выполня", "implements",
    "runs", "manages", "has implemented",
)  # fmt: skip


def _may_hold_object_first(sentence: str) -> bool:
    """Whether ``sentence`` may hold a match of _OBJECT_FIRST (its words, cheaply)."""
    return (
        "which" in sentence
        or "that" in sentence
        or "котор" in sentence
        or sentence.startswith(("Программу ", "Проект ", "Инициативу ", "Её ", "Ее ", "Его "))
    ) and any(map(sentence.__contains__, _OBJECT_FIRST_WORDS))


_ACTIVE_FUND_WORDS = ("fund", "financ", "sponsor", "финансир", "donor", "contribut", " grant")
# The verbs of a sum given ("provided EUR 500,000 to the … Fund"): read with a digit only.
_SUM_WORDS = ("provide", "allocate", "granted", "donated")
# A verb of running or funding whose object is a pronoun: the sentence speaks of the
# programme named before it ("IOM runs it jointly with …").
_PRONOUN_OBJECT = _lazy(
    r"\b(?:implements?|implemented|co-implements?|runs?|ran|manages?|managed|delivers?"
    r"|delivered|funds?|funded|finances?|financed|sponsors?|sponsored|operates?|operated"
    r"|leads?|led|coordinates?|coordinated|executes?|executed|administers?|administered"
    r"|co-funds?|co-funded|contributes[ \u00a0]to|contributed[ \u00a0]to|supports?|supported"
    # "The European Union is funding it", "IOM is implementing it"
    r"|funding|financing|sponsoring|implementing|running|managing|delivering|operating"
    r"|leading|coordinating)[ \u00a0](?:it|them)\b"
    # "МОМ реализует его совместно с ПРООН"
    r"|(?<![\w\-])(?:реализу[ею]т|осуществля[ею]т|выполня[ею]т)[ \u00a0](?:его|её|ее|их)(?![\w\-])"
)
_PRONOUN_VERBS = (
    "implement", "run", "ran ", "manag", "deliver", "fund", "financ", "sponsor", "operat",
    "lead", "led ", "coordinat", "execut", "administer", "contribut", "support",
)  # fmt: skip


def _may_hold_pronoun_object(sentence: str) -> bool:
    """Whether ``sentence`` may hold a match of _PRONOUN_OBJECT (its words, cheaply)."""
    return (
        (" it" in sentence or " them" in sentence)
        and any(map(sentence.__contains__, _PRONOUN_VERBS))
    ) or (
        any(map(sentence.__contains__, (" его", " её", " ее", " их")))
        and any(map(sentence.__contains__, ("реализу", "осуществля", "выполня")))
    )


# "IOM runs the project together with UNDP": the programme referred to by its word.
_REFERENCE_SKIP = _lazy(rf"[ \u00a0]{{0,2}}(?:the|this|its)[ \u00a0](?:{_REFERRED})\b")
# (not "together" or "jointly" before "with": "runs it together with X" names a partner, read
# by the partner phrases)
_PRONOUN_SKIP = _lazy(
    r"[ \u00a0]{0,2}(?:it|them|его|её|ее|их)"
    r"(?:[ \u00a0](?:jointly|together|closely)\b(?![ \u00a0]{1,2}with\b)"
    r"|[ \u00a0]closely(?=[ \u00a0]{1,2}with\b))?\b"
)


# A word every match of _ACTIVE_IMPLEMENTER holds (its verbs, as written there): a
# sentence with none is not searched.
# The verbs added for running a programme, as the pattern writes them ("operates", not
# "cooperation"; "manages", not "management"): with a space, a no-break space or their ending.
_RUNNING_STEMS = ("manag", "operat", "lead", "coordinat", "execut", "administer", "roll")
_RUNNING_VERBS = (
    *(
        verb + end
        for verb in ("manage", "operate", "lead", "coordinate", "execute", "administer", "roll")
        for end in (" ", "\u00a0", "s")
    ),
)
_RUSSIAN_RUNNING = ("провод", "координиру")


def _has_running_verb(sentence: str) -> bool:
    """Whether ``sentence`` holds one of _RUNNING_VERBS (their stems first: most hold none)."""
    return (
        (
            any(map(sentence.__contains__, _RUNNING_STEMS))
            and any(map(sentence.__contains__, _RUNNING_VERBS))
        )
        or any(map(sentence.__contains__, _RUSSIAN_RUNNING))
        or (
            any(map(sentence.__contains__, _PROGRESSIVE_VERBS))
            and _PROGRESSIVE().search(sentence) is not None
        )
    )


_PROGRESSIVE_VERBS = (
    "implementing", "running", "delivering", "managing", "operating", "leading",
    "coordinating", "carrying",
)  # fmt: skip
# The progressive forms of _ACTIVE_IMPLEMENTER ("IOM is implementing the … Project").
_PROGRESSIVE = _lazy(
    r"(?:is|are|was|were|been)[ \u00a0](?:jointly[ \u00a0])?(?:implementing|running"
    r"|delivering|managing|operating|leading|coordinating|carrying)"
)


_ACTIVE_VERBS = (
    "implement", "run", "manages", "carr", "deliver", "реализу", "осуществля", "organi",
    "held", "conducted", "hosted", "provided", "launched", "организован", "проведен",
    "реализован",
)  # fmt: skip


# The verbs of _ACTIVE_IMPLEMENTER's clause-opening subjects, as they must be written there.
_SUBJECT_VERBS = (
    "implements", "implement ", "implement\u00a0", "runs", "run ", "run\u00a0", "carr",
    "deliver", "реализу", "осуществля", "has implemented", "have implemented", "has run",
    "have run", "has managed", "have managed", "has led", "have led", "has coordinated",
    "have coordinated", "has operated", "have operated", "has jointly", "have jointly",
)  # fmt: skip


def _may_name_active(sentence: str) -> bool:
    """Whether ``sentence`` holds what some branch of _ACTIVE_IMPLEMENTER needs besides a
    verb: "which", "that" or "который"; "by" before "within", "under", "as part of" or
    "framework of"; "в рамках"; or a verb in the present (a clause's subject before it).
    Most sentences with "implemented by" hold none (the cue reads them)."""
    return (
        "which" in sentence
        or "that" in sentence
        or "котор" in sentence
        or "рамках" in sentence
        or (
            " by" in sentence
            and (
                "within" in sentence
                or "under" in sentence
                or "as part" in sentence
                or "as\u00a0part" in sentence
                or "framework" in sentence
            )
        )
        or any(map(sentence.__contains__, _SUBJECT_VERBS))
        or _has_running_verb(sentence)
    )


def _subject_list(text: str, s_start: int, cue: re.Match[str]) -> tuple[Organization, ...]:
    """The known organizations listed up to the end of an active verb's subject (the groups
    of _ACTIVE_IMPLEMENTER before "implements"), its commas and brackets included."""
    group = 1 if cue.group(1) is not None else 4 if cue.group(4) is not None else 0
    if group == 0:
        return ()
    return trailing_organizations(text[s_start : cue.end(group)])


def _may_match_active(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what a match of one of _ACTIVE_IMPLEMENTER's
    branches holds: "which", "that" or "котор"; "by" and "within", "under", "part" or
    "framework"; "рамках"; a partner's phrase (``, together with``); or a verb of running
    with the name, programme word or pronoun after it (``implements the``, not ``runs
    until``). A sentence with none holds no match, and the pattern (tried at every
    position) is not searched.

    >>> _may_match_active("It started in May and runs until June.", 0, 38)
    False
    >>> _may_match_active("IOM runs the Safe Paths Project.", 0, 32)
    True
    """
    part = text[start:end]
    return (
        "which" in part
        or "that" in part
        or "котор" in part
        or (
            "by" in part
            and ("within" in part or "under" in part or "part" in part or "framework" in part)
        )
        or "рамках" in part
        or ("with" in part and _PARTNER_WITH_AHEAD().search(text, start, end) is not None)
        or _SUBJECT_VERB_AHEAD().search(text, start, end) is not None
    )


def _add_known_orgs(bucket: list[Organization], phrase: str) -> None:
    """Add the organizations of a phrase that the registry knows (or a country's government):
    in a phrase cut out by position, an unknown capitalised word is no organization."""
    if not phrase or _programme_led(phrase):
        return
    try:
        orgs = split_organizations(phrase)
    except IomkgError:
        return
    for org in orgs:
        if (
            current().organizations.lookup(org.name) is not None
            or org.kind is not OrgKind.OTHER
            or org.acronym is not None
        ) and all(o.name != org.name for o in bucket):
            bucket.append(org)


def _funded_before_title(
    text: str, drafts: Sequence[_Draft], mentions: Sequence[tuple[int, int, int]]
) -> None:
    """Kyrgyz ``Европа Бирлиги каржылаган «…» долбоору``: the funder before the title."""
    if "каржылаган" not in text and "колдогон" not in text:
        return
    for start, _end, index in mentions:
        if start < 2 or text[start - 1] not in '«“"„':
            continue
        cue = _KYRGYZ_FUNDED().search(text, max(0, start - 16), start - 1)
        if cue is None:
            continue
        lo = max(0, cue.start() - 80)
        for mark in (". ", "\n", ", "):
            at = text.rfind(mark, lo, cue.start())
            if at >= 0:
                lo = max(lo, at + len(mark))
        # the organization ends at the cue; the words before it may be the sentence's own
        # ("Унаалар Жапония Өкмөтү каржылаган …"): the longest tail that names one
        words = text[lo : cue.start()].split()
        for k in range(len(words)):
            found: list[Organization] = []
            _add_known_orgs(found, " ".join(words[k:]))
            if found:
                for org in found:
                    if all(o.name != org.name for o in drafts[index].funders):
                        drafts[index].funders.append(org)
                break


@attrs.frozen(kw_only=True)
class ProgrammesFound:
    """The programmes of a text and each mention's programme (``(start, end, index)``).

    >>> found = find_programmes("The Green Jobs Project started. The Green Jobs Project ended.")
    >>> [p.name for p in found.programmes], [m[2] for m in found.mentions]
    (['Green Jobs Project'], [0, 0])
    """

    programmes: tuple[Programme, ...] = ()
    mentions: tuple[tuple[int, int, int], ...] = ()


class _Draft:
    """One programme being put together (a plain class: cheap to make, nothing to generate)."""

    __slots__ = ("acronym", "funders", "implementers", "mentions", "names", "partners", "period")

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.mentions: list[Span] = []
        self.acronym: str | None = None
        self.funders: list[Organization] = []
        self.implementers: list[Organization] = []
        self.partners: list[Organization] = []
        self.period: DateSpan | None = None


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0].casefold() in _STOP_WORDS:
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


def _continuation(text: str, end: int, limit: int, place_spans: Cover | None = None) -> int:
    """``… Programme on Mainstreaming Migration into Development Strategies``: where the name ends.

    A place after ``in`` (``the … Initiative in Osh``, among ``place_spans``) is where it
    works, not its name.
    """
    found = _TOKEN().finditer(text, end, min(limit, end + 200))
    first = next(found, None)
    if first is None or first.group() not in _CONTINUE:
        return end  # most names end at their programme word: no more tokens cut
    if first.group() == "in" and place_spans is not None:
        at = _skip_spaces(text, first.end(), limit)
        if text.startswith("the ", at):
            at += 4
        if place_spans.covers(at):
            return end
    # only the first 24 tokens are ever looked at
    tokens = [first, *itertools.islice(found, 23)]
    if len(tokens) < 2:
        return end
    i = 1
    if tokens[i].group() == "the":
        i += 1
    if i >= len(tokens) or not tokens[i].group()[:1].isupper():
        return end
    last = end
    while i < len(tokens) and i < 24:
        word = tokens[i].group()
        if word[:1].isupper() and word[:1].isalpha():
            last = tokens[i].end()
        elif word not in _INNER:
            break
        i += 1
    return last


def _sentence_case_title(text: str, start: int, limit: int) -> int:
    """``Supporting safe and orderly migration from X to the UK``: up to a clause end."""
    stop = start
    for count, tok in enumerate(_TOKEN().finditer(text, start, min(limit, start + 300))):
        word = tok.group()
        if count >= 20 or not word[:1].isalnum() or word in _TITLE_ENDS:
            break
        stop = tok.end()
    return stop


def _org_programme(name: str) -> bool:
    """Whether ``name`` ends like a body's programme (``… Development Programme``), not
    after ``for`` or ``and`` (``Migration Data for Development Programme`` is a title).

    >>> _org_programme("National Development Programme"), _org_programme("Data for Development Programme")
    (True, False)
    """
    m = _NOT_PROGRAMME().search(name)
    return m is not None and not name.endswith(_FOR_AND, 0, m.start())


_FOR_AND = ("for ", "and ", "For ", "And ", "for\u00a0", "and\u00a0")


def _is_org(name: str, org_spans: Cover, start: int, end: int) -> bool:
    # the cheap tests first: a span look-up, then the pattern, then the registry
    return (
        org_spans.contains(start, end)
        or _org_programme(name)
        or current().organizations.lookup(name) is not None
    )


# The programme words, found with plain string search (far faster than a regex alternation).
_WHOLE_HEADS = frozenset({"Action"})


def _common_start(words: Sequence[str]) -> str:
    """The letters all ``words`` start with.

    >>> _common_start(["rogramme", "rogram", "rograms"])
    'rogram'
    """
    first = min(words)
    last = max(words)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


@functools.cache
def _head_needles() -> tuple[tuple[str, int, str], ...]:
    """The programme words, found with plain string search (far faster than a regex
    alternation): ``(letters after the first, 1, the first letter in both cases)`` for the
    heads of the data file, and the lower-case words named before a title (``project «…»``)."""
    # (a Latin head is looked for by all its letters after the first that the heads
    # sharing its first four have in common, "rogram" of "Programme" and "Program": a
    # longer needle is found faster; a Cyrillic one by four, its inflected forms not
    # being heads)
    groups: dict[tuple[str, str], list[str]] = {}
    for head in _words_of("head"):
        if head not in _WHOLE_HEADS:
            groups.setdefault((head[1:5], head[0].upper() + head[0].lower()), []).append(head)
    needles = {
        (_common_start([h[1:] for h in heads]) if key.isascii() else key, 1, first)
        for (key, first), heads in groups.items()
    }
    # ("ctio" of "Action" is in "protection", "section" …: it is looked for whole)
    needles |= {(head, 0, "") for head in _words_of("head") if head in _WHOLE_HEADS}
    # ("niti" of "Initiative" is in "communities", "opportunities" …: every head that holds
    # it holds "nitiativ")
    if all(head[1:9] == "nitiativ" for head in _words_of("head") if head[1:5] == "niti"):
        needles.discard(("niti", 1, "Ii"))
    needles |= {("nitiativ", 1, "Ii"), ("poject", 0, ""), ("нициатив", 1, "Ии")}
    # a needle that holds a shorter one at its start ("nitiativ", "niti") finds nothing more
    needles = {
        (n, back, first)
        for n, back, first in needles
        if not any(o != n and n.startswith(o) and (b, f) == (back, first) for o, b, f in needles)
    }
    return tuple(sorted(needles))


@functools.cache
def _latin_head_needles() -> tuple[tuple[str, int, str], ...]:
    """The needles of :func:`_head_needles` in Latin letters (a text with no Cyrillic)."""
    return tuple(n for n in _head_needles() if n[0].isascii())


def _find_all(text: str, needles: Sequence[str]) -> list[int]:
    out = []
    for needle in needles:
        i = text.find(needle)
        while i >= 0:
            out.append(i)
            i = text.find(needle, i + 1)
    return sorted(out)


# A programme word in lower case that can stand in a name (``the project «…»``, ``the Safe
# Journeys programme``, ``проекта «…»``); "partners", "funded", "initiatives" can't.
_LOWER_NAME_HEAD = _lazy(
    r"(?:programm?e|program|project|initiative|poject)(?![\w\-])|программ|проект|инициатив"
)


def _name_heads(text: str, heads: list[int]) -> list[int]:
    """The ``heads`` where a programme's name may end or start (see :func:`_hits`): a
    capitalised programme word, or one in lower case that names (``partners``, ``funded``
    by and ``initiatives`` are programme-word spellings that name none).

    >>> _name_heads("The partners funded the project «X».", [4, 13, 24])
    [24]
    """
    lower = _LOWER_NAME_HEAD().match
    return [pos for pos in heads if text[pos].isupper() or lower(text, pos)]


def _head_positions(text: str, cyrillic: bool = True) -> list[int]:
    """Where a programme word (``Programme``, ``project``, ``проекта`` …) starts; the
    Cyrillic ones only looked for when ``cyrillic`` (the text holds a Cyrillic letter)."""
    out = []
    for needle, back, first in _head_needles() if cyrillic else _latin_head_needles():
        i = text.find(needle)
        while i >= 0:
            start = i - back
            if start >= 0 and (not first or text[start] in first):
                out.append(start)
            i = text.find(needle, i + 1)
    return sorted(set(out))


def _said_of(text: str, end: int) -> bool:
    """Whether funding or implementing is said right after a name (in the next 200
    characters): ``the Green Wells Fund, financed by …``, ``… Fund. It is implemented by …``,
    ``…, which Japan funds``, ``Japan finances it``, ``Funding comes from …``."""
    stop = min(len(text), end + 200)
    after = text[end:stop]
    single = _cue_text(after)
    if (_may_hold(single, "fund") and _fund_pattern().search(text, end, stop)) or (
        _may_hold(single, "implement") and _implement_pattern().search(text, end, stop)
    ):
        return True
    if any(map(after.__contains__, _ACTIVE_FUND_WORDS)) and _active_funders(text, end, stop):
        return True
    if _may_hold_object_first(after) and _OBJECT_FIRST().search(text, end, stop):
        return True
    if _may_hold_pronoun_object(after) and _PRONOUN_OBJECT().search(text, end, stop):
        return True
    if (
        # "IOM, together with the ILO, implements the campaign": a verb of running whose
        # object refers back (the only ones looked for: the pattern is costly)
        "implement" in after
        and (" it" in after or " them" in after or " the " in after)
        and _may_match_active(text, end, stop)
        and _ACTIVE_IMPLEMENTER().search(text, end, stop)
    ):
        return True
    at = text.find(". ", end, stop)
    return (
        at >= 0
        and text.startswith(_FUNDING_STARTS, at + 2)
        and _FUNDING_SUBJECT().match(text, at + 2) is not None
    )


# Characters no name before a programme word holds (see _NAME_BEFORE): its match starts
# after the last of them.
_BREAKS = (",", ".", "\n", "(", ")", "«", "»", "“", "”", '"', ":", ";")


def _after_breaks(text: str, lo: int, end: int) -> int:
    """Where in ``text[lo:end]`` (``lo`` at least 0) the stretch after the last of _BREAKS starts.

    ``_NAME_BEFORE`` matches no break: searched from there, it finds what it finds from
    ``lo``, without trying every position of the 240 characters before a programme word.

    >>> _after_breaks("Hello, Green Wells Programme", 0, 19)
    6
    """
    lo = max(lo, 0)
    # (every mark looked for in one C-level map: no Python step per mark)
    return max(lo, 1 + max(map(text.rfind, _BREAKS, itertools.repeat(lo), itertools.repeat(end))))


_HEAD_COMMA_TITLE = _lazy(
    r"(?:programm?e|program|project|initiative|[пП]рограмм[аеыуой]{0,2}|[пП]роект[аеуом]{0,2}"
    r"|[иИ]нициатив[аеыуой]{0,2})[ \u00a0]?(?:,|[–—])[ \u00a0]{1,2}(?=[«“„\"])"
)
# After a lower-case programme word, before a title in quotes: the organizations whose
# programme it is ("проекта МОМ и ПРООН «…»"), or a comma or dash ("a project, “…”").
_OWNER_THEN_TITLE = _lazy(
    r"(?:([A-ZА-ЯЁ][^«»“”\"\n,.;:()]{0,50}?)[ \u00a0]{1,2}|,[ \u00a0]{1,2}|[ \u00a0]?[–—][ \u00a0]?)"
    r"(?=[«“„\"])"
)
# The owner before a title in quotes: "проекта МОМ и ПРООН «", "the IOM project “".
_OWNER_BEFORE_TITLE = _lazy(
    r"(?:(?<![\w\-])(?:[Pp]roject|[Pp]rogramm?e|[Ii]nitiative|[Пп]роект\w{0,2}"
    r"|[Пп]рограмм\w{0,2}|[Ии]нициатив\w{0,2})[ \u00a0]{1,2}([A-ZА-ЯЁ][^«»“”\"\n,.;:()]{0,50}?)"
    r"|(?<![\w\-])([A-Z][\w\-’']{1,20}(?:[ \u00a0](?:and[ \u00a0])?[A-Z][\w\-’']{1,20}){0,3})"
    r"[ \u00a0](?:joint[ \u00a0])?(?:project|programm?e|initiative))[ \u00a0]{1,2}$"
)


def _names_known_orgs(phrase: str) -> bool:
    """Whether every organization ``phrase`` names is one the registry knows (``МОМ и
    ПРООН``), and it names one."""
    try:
        orgs = split_organizations(phrase)
    except IomkgError:
        return False
    registry = current().organizations
    return bool(orgs) and all(registry.lookup(o.name) is not None for o in orgs)


_TITLE_HEAD_WORDS = frozenset({"project", "programme", "program", "initiative"})


def _owners(text: str, drafts: Sequence[_Draft], mentions: Sequence[tuple[int, int, int]]) -> None:
    """``совместного проекта МОМ и ПРООН «…»``, ``the IOM project “…”``: the organizations
    whose programme a title in quotes is run it (a donor's, ``проект ЕС «…»``, funds it)."""
    for start, _end, index in mentions:
        if start < 2 or text[start - 1] not in '«“„"':
            continue
        # the word before the quote: a programme word (the owner before it) or the end of
        # the owner's name (a capital first); any other names no owner
        at = start - 1
        while at > 0 and text[at - 1] in " \u00a0":
            at -= 1
        # (the word ending there, read back by hand: a pattern anchored at its end was
        # tried from every position of the window)
        lo, first = max(0, at - 24), at
        while first > lo and (text[first - 1].isalnum() or text[first - 1] in "_-’'"):
            first -= 1
        word = text[first:at]
        if not word or not (word[:1].isupper() or word.lower() in _TITLE_HEAD_WORDS):
            continue
        m = _OWNER_BEFORE_TITLE().search(text, max(0, start - 80), start - 1)
        phrase = m.group(1) or m.group(2) if m is not None else None
        if phrase is None or not _names_known_orgs(phrase):
            continue
        draft = drafts[index]
        for org in split_organizations(phrase):
            bucket = draft.funders if org.kind is OrgKind.DONOR else draft.implementers
            if all(o.name != org.name for o in (*draft.funders, *draft.implementers)):
                bucket.append(org)


def _known_beyond(text: str, start: int, end: int) -> bool:
    """Whether a name the registry knows starts at ``start`` and goes on past ``end``, where
    a comma cut it (``the Global Fund to Fight AIDS, Tuberculosis and Malaria``)."""
    if text[end : end + 1] != ",":
        return False
    for known_start, known_end, _org in current().organizations.scan(text[start : end + 120]):
        return known_start == 0 and known_end > end - start
    return False


def _opens_within(opened: list[int], pos: int, width: int) -> bool:
    """Whether one of the sorted positions ``opened`` (of opening quotes) lies in
    ``[pos, pos + width]``.

    >>> _opens_within([3, 40], 10, 24), _opens_within([3, 40], 20, 24)
    (False, True)
    """
    i = bisect.bisect_left(opened, pos)
    return i < len(opened) and opened[i] <= pos + width


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (nothing but spaces after a full stop, a line break
    or the start of the text before it).

    >>> _sentence_start("Done. Thanks to it", 6), _sentence_start("Done, thanks", 6)
    (True, False)
    """
    at = pos
    while at > 0 and text[at - 1] in " \u00a0":
        at -= 1
    return at == 0 or text[at - 1] in ".!?\n"


def _hits(
    text: str,
    heads: list[int],
    org_spans: Cover,
    place_spans: Cover | None = None,
    cyrillic: bool = True,
) -> list[tuple[int, int, str, bool]]:
    """Every naming of a programme: ``(start, end, name, is_reference)``.

    ``heads`` are where programme words stand (:func:`_head_positions`, one cheap scan):
    the exact patterns are only tried there. The Russian and Kyrgyz ways of naming are
    looked for only when ``cyrillic`` (the text holds a Cyrillic letter).
    """
    hits: list[tuple[int, int, str, bool]] = []
    for pos in heads:
        head = _HEAD_WORD().match(text, pos)
        lower = False
        if head is None:
            # "the Safe Journeys programme (SJP)": a name in title case before a lower-case
            # programme word
            head = _LOWER_HEAD_WORD().match(text, pos)
            lower = True
        if head is None or _TITLE_AFTER().match(text, head.end()):
            continue  # "Programme Manager", "Project Officer": a title, not a programme
        if not head.group().isascii() and _RUSSIAN_TAIL_AFTER().match(text, head.end()):
            continue  # ("Участники Программы по защите …": a Russian name opens with its head)
        m = _NAME_BEFORE().search(
            text, _after_breaks(text, head.start() - 240, head.start()), head.start()
        )
        if m is None:
            continue
        words = list(_NON_SPACE().finditer(m.group()))
        # "The", "Within" and other small words at the start are not part of the name, nor
        # is a funder written before it ("the EU-funded … Initiative")
        while words and (
            words[0].group().casefold() in _STOP_WORDS
            or words[0].group().endswith(_FUNDED_BEFORE_WORDS)
        ):
            words = words[1:]
        # "Women on the Move Partnership" holds "on the"; in "Head of the Safe Roads
        # Project" the words before "of the" are a title's: the name starts after them
        for k in range(1, len(words) - 1):
            if words[k + 1].group() == "the" and any(
                role_words().get(w.group().casefold()) in ("role", "modifier") for w in words[:k]
            ):
                words = words[k + 2 :]
                break
        if (
            len(words) > 3
            and words[0].group() in _PART_WORDS
            and words[2].group() == "of"
            and (words[1].group().isdigit() or _ROMAN().fullmatch(words[1].group()))
        ):
            # "Phase II of the Safe Roads Project": a part of the programme, not its name
            words = words[4:] if words[3].group() == "the" else words[3:]
        if len(words) > 2 and _sentence_start(text, m.start() + words[0].start()):
            # "Thanks to the Green Roads Programme", "Clinics of the Clean Air Project": a
            # sentence's opening word and its link, not the name
            if words[1].group() == "to":
                words = words[2:]
            elif words[1].group() == "of" and words[2].group() == "the" and len(words) > 3:
                words = words[3:]
        if not words or all(_ORG_PREFIX().match(w.group() + " ") for w in words):
            continue  # "the IOM Project" names no programme
        start = m.start() + words[0].start()
        if lower and (
            sum(1 for w in words if w.group()[:1].isupper() and not w.group().isupper()) < 2
            or org_spans.overlaps(start, head.start())
            or (
                place_spans is not None
                and place_spans.overlaps(m.start() + words[-1].start(), m.start() + words[-1].end())
                # "the Safe Harvest in Osh project (SHO)", "part of the … in Osh project":
                # a name of its own that ends with a place
                and not _ACRONYM_AFTER().match(text, head.end())
                and not _UNDER_BEFORE().search(text, max(0, start - 40), start)
            )
        ):
            continue  # "the UNDP project", "the Osh project": no name of its own
        end = _continuation(text, head.end(), len(text), place_spans)
        if text[start - 2 : start] == ", ":
            # "the Safe Paths, Strong Families project (SPSF)": a title with a comma, when
            # the acronym after it is the initials of both parts
            start = _comma_title_start(text, start, end)
        name = text[start:end]
        if head.group() in _EVIDENCE_HEADS:
            # a fund is an organization (a donor), a facility a building and a partnership an
            # agreement, unless funding or implementing is said of it, an acronym follows it
            # or it is what something is done under ("under the … Facility")
            if (
                current().organizations.lookup(" ".join(name.split())) is not None
                # "funding from the Global Fund to Fight AIDS, …": a known organization's
                # name (cut at its comma) is who, not what
                or _known_beyond(text, start, end)
            ) or not (
                # (the cheap tests first: a match where the name ends, 30 and 40 characters
                # before it, then the 200 after it)
                _ACRONYM_AFTER().match(text, end)
                or (
                    head.group() not in _UNFRAMED_HEADS
                    and _UNDER_BEFORE().search(text, max(0, start - 40), start)
                )
                or _active_before_name(text, start)
                or _said_of(text, end)
            ):
                continue
        elif _is_org(" ".join(name.split()), org_spans, start, end):
            continue
        hits.append((start, end, " ".join(name.split()), False))
    frames = _find_all(text, ("framework", "рамках") if cyrillic else ("framework",))
    for pos in frames:
        m = _FRAMEWORK_QUOTED().search(text, max(0, pos - 14), pos + 30)
        q = _QUOTED().match(text, m.end()) if m is not None else None
        if q is not None:
            hits.append((q.start(1), q.end(1), " ".join(q.group(1).split()), False))
    # where quotes open (a title in quotes is looked for only with one close after a head)
    opened = _find_all(text, '«“„"')
    for pos in heads:
        m = _LOWER_HEAD().match(text, pos)
        if m is None:
            # "a larger project, “…”": the title in apposition
            m = (
                _HEAD_COMMA_TITLE().match(text, pos)
                if text[pos].islower() and _opens_within(opened, pos, 24)
                else None
            )
            if m is None:
                continue
            q = _QUOTED().match(text, m.end())
            if q is not None and _title_like(q.group(1)):
                hits.append((q.start(1), q.end(1), " ".join(q.group(1).split()), False))
            continue  # ("the project, “It changed my life,” …": a quotation)
        q = _QUOTED().match(text, m.end())
        if q is None and not m.group(1) and _opens_within(opened, m.end(), 56):
            # "проекта МОМ и ПРООН «…»", "the project, “…”": whose it is, or a comma, between
            owner = _OWNER_THEN_TITLE().match(text, m.end())
            if owner is not None and (owner.group(1) is None or _names_known_orgs(owner.group(1))):
                q = _QUOTED().match(text, owner.end())
        if q is not None and q.group(1)[:1].isupper():
            # (a title starts with a capital: «помог сотням семей …» is a quotation)
            hits.append((q.start(1), q.end(1), " ".join(q.group(1).split()), False))
            continue
        if m.group(1) and m.group(1) != "под названием":
            begin = m.end()
            if begin < len(text) and text[begin].isupper():
                end = _sentence_case_title(text, begin, len(text))
                name = " ".join(text[begin:end].split())
                if len(name.split()) >= 3:
                    hits.append((begin, end, name, False))
        elif not m.group(1) and text[pos].islower() and text[pos].isascii():
            # "the joint programme Women on the Move for Peace": a name in title case
            title = _TITLE_CASE_NAME().match(text, m.end())
            if title is not None and not _is_org(title.group(), org_spans, *title.span()):
                first = title.group().split()[0]
                if not first.isupper() and role_words().get(first.casefold()) not in (
                    "role",
                    "modifier",
                ):
                    hits.append(
                        (title.start(), title.end(), " ".join(title.group().split()), False)
                    )
    hits += _untitled_names(text, org_spans, place_spans, heads, frames)
    if cyrillic:
        hits += _russian_names(text, org_spans)
    hits += _quoted_titles(text, heads, cyrillic, [p for p in opened if text[p] != '"'])
    for pos in heads:
        m = _ACRONYM_HEAD().search(text, max(0, pos - 13), pos + 12)
        if m is not None and m.end() > pos:
            hits.append((m.start(1), m.end(1), m.group(1), True))
    hits.sort(key=lambda h: (h[0], -h[1]))
    # a naming inside another (``Labour Migration Programme`` inside ``project Labour …``) is one
    out: list[tuple[int, int, str, bool]] = []
    for hit in hits:
        if out and hit[0] < out[-1][1]:
            continue
        out.append(hit)
    return out


# A programme named with no programme word: a capitalised title run that something is done
# under ("… under Continuity of Care for Mobile Populations, funded by …", "as part of the
# Regional Action against Human Trafficking in Central Asia, a three-year project …").
_UNTITLED = _lazy(
    r"(?<![\w\-])(?:under|[Pp]art[ \u00a0]of|within|[Ff]ramework[ \u00a0]of|through)"
    r"[ \u00a0](?:the[ \u00a0])?"
    r"([A-Z][\w’'\-]{0,40}(?:[ \u00a0](?:(?:of|for|against|on|in|and|the|to|with|into|from"
    r"|at|&)[ \u00a0]){0,2}[A-Z][\w’'\-]{0,40}){2,12})"
    r"(?=[,.;:!?)\n]|$|[ \u00a0]\(|[ \u00a0](?:funded|financed|supported|implemented|run"
    r"|led|which|that)(?![\w\-]))"
)
_ACRONYM_THEN_NAME = _lazy(
    r"(?<![\w\-])([A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,6})?)[ \u00a0]\(([A-Z][\w’'\-]{0,40}"
    r"(?:[ \u00a0][\w’'\-&]{1,40}){2,12})\)[ \u00a0](?:project|programm?e|program"
    r"|initiative|Project|Programm?e|Program|Initiative)(?![\w\-])"
)
# An acronym written right before a name in brackets: "CARE-M (", "SBOT project (" (see
# _ACRONYM_THEN_NAME and _ACRONYM_HEAD_NAME).
_ACRONYM_BEFORE = _lazy(
    r"(?<![\w\-])([A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,6})?)[ \u00a0]"
    r"(?:(?:[Pp]roject|[Pp]rogramm?e|[Pp]rogram|[Ii]nitiative)[ \u00a0]{0,2})?\($"
)
# The acronym, a programme word, then the name in brackets: "the SBOT project (Secure
# Borders, Open Trade)"; the acronym's letters are the name's initials (see _initials_match).
_ACRONYM_HEAD_NAME = _lazy(
    r"(?<![\w\-])([A-Z][A-Z0-9]{1,11})[ \u00a0](?:[Pp]roject|[Pp]rogramm?e|[Pp]rogram"
    r"|[Ii]nitiative)[ \u00a0]{0,2}\(([A-Z][^()\n]{3,160}?)\)"
)
_INITIAL_WORD = _lazy(r"[^\W\d_][\w’'\-]*")


# The words of a part of a programme ("Phase II of the … Project") and a Roman numeral.
_PART_WORDS = frozenset({"Phase", "Stage", "Component", "Window", "Pillar"})
_ROMAN = _lazy(r"[IVX]{1,5}")
# The capitalised words before ", " that may open a title with a comma.
_TITLE_BEFORE_COMMA = _lazy(
    r"(?:[A-Z][\w’'\-]{0,40}[ \u00a0](?:(?:and|of|for|to|the|in|on)[ \u00a0])?){0,5}[A-Z][\w’'\-]{0,40}$"
)


def _comma_title_start(text: str, start: int, end: int) -> int:
    """Where a name ending at ``end`` starts when the acronym in brackets after it is the
    initials of the capitalised words before the comma at ``start`` and of the name
    (``Safe Paths, Strong Families project (SPSF)``); ``start`` otherwise.

    >>> t = "under the Safe Paths, Strong Families project (SPSF)"
    >>> t[_comma_title_start(t, 21, 45):45]
    'Safe Paths, Strong Families project'
    """
    acr = _ACRONYM_AFTER().match(text, end)
    if acr is None or _initials_match(acr.group(1), text[start:end]):
        return start
    before = _TITLE_BEFORE_COMMA().search(text, max(0, start - 80), start - 2)
    if before is None:
        return start
    words = before.group().split()
    while words and words[0].casefold() in _STOP_WORDS:
        words = words[1:]
    if not words:
        return start
    begin = start - 2 - len(" ".join(words))
    if text[begin : start - 2] != " ".join(words):
        return start
    return begin if _initials_match(acr.group(1), text[begin:end]) else start


def _initials_match(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s capitalised words (or of all
    its words), a programme word's initial after them allowed.

    >>> _initials_match("SBOT", "Secure Borders, Open Trade"), _initials_match("SRW", "Safe Roads to Work")
    (True, True)
    >>> _initials_match("ABC", "Secure Borders, Open Trade")
    False
    """
    words = [w.group() for w in _INITIAL_WORD().finditer(name)]
    capitalised = "".join(w[0] for w in words if w[0].isupper()).upper()
    every = "".join(w[0] for w in words).upper()
    letters = acronym.replace("-", "").upper()
    return bool(letters) and any(
        letters in (initials, initials + "P", initials + "I") for initials in (capitalised, every)
    )


# (each needle with how far before it _UNTITLED's match starts)
_UNTITLED_NEEDLES = (("under ", 0), ("art of ", 1), ("within ", 0), ("through ", 0))
_UNTITLED_SMALL = frozenset(
    {"of", "for", "against", "on", "in", "and", "the", "to", "with", "into", "from", "at", "&"}
)
# After the name: an apposition that calls it a programme (", a three-year project").
_CALLED_PROGRAMME = _lazy(
    r",[ \u00a0](?:an?|the)[ \u00a0][^,.;:\n]{0,40}?(?<![\w\-])"
    r"(?:project|programm?e|program|initiative)(?![\w\-])"
)
_LATER_PROGRAMME = _lazy(
    r"(?<![\w\-])(?:[Tt]he|[Tt]his)[ \u00a0](?:project|programm?e|program|initiative)(?![\w\-])"
)


def _untitled_names(
    text: str,
    org_spans: Cover,
    place_spans: Cover | None,
    heads: Sequence[int] = (),
    frames: Sequence[int] | None = None,
) -> list[tuple[int, int, str, bool]]:
    """The programmes named with no programme word (see _UNTITLED): a run of at least three
    capitalised words, no known organization or place, holding no word of a law, strategy,
    event or body (``the Labour Code``, ``the Bishkek Forum``, ``the National Strategy``),
    that is called a project right after it (``, a two-year project``), whose funders or
    implementers are said in its sentence or the next, or that is called "the project" later.
    ``heads`` are where programme words stand (the bracketed form ends before one),
    ``frames`` where "framework" does (found when not given).

    >>> [h[2] for h in _untitled_names("It ran under Safe Homes for Seasonal Workers, "
    ...                                  "funded by Japan.", Cover([]), None)]
    ['Safe Homes for Seasonal Workers']
    >>> _untitled_names("It ran under the Labour Code of the Kyrgyz Republic, funded by Japan.",
    ...                 Cover([]), None)
    []
    """
    out: list[tuple[int, int, str, bool]] = []
    for head in heads:
        pos = head - 2
        if text[pos : pos + 2] not in (") ", ")\u00a0"):
            continue
        # "the CARE-M (Continuity of Care for Mobile Populations) project": the acronym
        # first, the name in brackets, then the programme word
        lo = max(0, pos - 600, text.rfind("(", 0, pos) - 20)
        m = next(
            (m for m in _ACRONYM_THEN_NAME().finditer(text, lo, pos + 16) if m.end(2) == pos),
            None,
        )
        if m is not None:
            start, end = m.span(2)
            name = " ".join(m.group(2).split())
            if (
                sum(1 for w in m.group(2).split() if w[:1].isupper()) >= 3
                and not org_spans.overlaps(start, end)
                and current().organizations.lookup(name) is None
                and current().organizations.lookup(m.group(1)) is None
            ):
                out.append((start, end, name, False))
    for head in heads:
        # "the SBOT project (Secure Borders, Open Trade)": the acronym, then the name
        if head < 3 or not ("A" <= text[head - 2] <= "Z" or "0" <= text[head - 2] <= "9"):
            continue
        if text.find("(", head, head + 16) < 0:
            continue
        m = _ACRONYM_HEAD_NAME().match(text, max(text.rfind(" ", 0, head - 1) + 1, head - 14))
        if (
            m is not None
            and _initials_match(m.group(1), m.group(2))
            and current().organizations.lookup(m.group(1)) is None
        ):
            out.append((*m.span(2), " ".join(m.group(2).split()), False))
    not_names = programme_not_names()
    for m in _untitled_matches(text, frames):
        start, end = m.span(1)
        words = m.group(1).split()
        capitalised = [w for w in words if w not in _UNTITLED_SMALL]
        if (
            len(capitalised) < 3
            or any(w.strip("’'") in not_names for w in capitalised)
            or _HEAD_WORD().search(m.group(1)) is not None
            or capitalised[0].isupper()
            or org_spans.overlaps(start, end)
            or (
                place_spans is not None
                and place_spans.overlaps(start, end)
                and _all_places(m.group(1))
            )
        ):
            continue
        name = " ".join(words)
        if current().organizations.lookup(name) is not None or _all_places(name):
            continue
        # the end of the next sentence: where its funders or implementers may be said
        stop = len(text)
        for _ in range(2):
            at = text.find(". ", min(stop, end) if _ == 0 else stop + 2)
            if at < 0:
                stop = len(text)
                break
            stop = at
        if not (
            _CALLED_PROGRAMME().match(text, end)
            or _fund_pattern().search(text, end, min(stop, end + 400))
            or _implement_pattern().search(text, end, min(stop, end + 400))
            or _LATER_PROGRAMME().search(text, end)
        ):
            continue
        out.append((start, end, name, False))
    return out


def _untitled_matches(text: str, frames: Sequence[int] | None = None) -> list[re.Match[str]]:
    """The matches of _UNTITLED, tried only where one of its words stands before a capital
    (most "under", "within" and "through" are followed by a small word); "framework of"
    where ``frames`` (the places of "framework") say."""
    out = []
    if frames is None:
        frames = _find_all(text, ("framework",))
    starts = [(p, p + 13) for p in frames if text.startswith(" of ", p + 9)]
    for needle, back in _UNTITLED_NEEDLES:
        i = text.find(needle)
        while i >= 0:
            starts.append((i - back, i + len(needle)))
            i = text.find(needle, i + len(needle))
    for start, end in starts:
        after = end + 4 if text.startswith("the ", end) else end
        if "A" <= text[after : after + 1] <= "Z":
            m = _UNTITLED().match(text, max(0, start))
            if m is not None:
                out.append(m)
    return out


def find_programmes(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    organizations: Sequence[Organization] = (),
    places: Sequence[Place] = (),
    dates: Sequence[DateMention] = (),
) -> ProgrammesFound:
    """Every programme named in ``text``, one record per programme, with funders and implementers.

    ``organizations`` found in the text are never programmes; ``places`` inside
    a programme's name become its places; a period right after a name (``(2019-2022)``)
    among ``dates`` becomes its period.

    >>> text = ("The study visit took place within the Global Skills Programme on Labour Mobility "
    ...         "into Europe, implemented by IOM with the financial support of the Government "
    ...         "of Switzerland. Ten countries take part in the Global Skills Programme.")
    >>> p = find_programmes(text).programmes[0]
    >>> p.name, p.aliases, [o.name for o in p.funders]
    ('Global Skills Programme on Labour Mobility into Europe', ('Global Skills Programme',), ['Government of Switzerland'])
    """
    if sentences is None:
        sentences = split_sentences(text)
    org_spans = Cover([(m.start, m.end) for o in organizations for m in o.mentions])
    # (Russian and Kyrgyz hold Cyrillic letters of the first block: UTF-8 byte 0xD0)
    cyrillic = b"\xd0" in text.encode("utf-8", "surrogatepass")
    heads = _head_positions(text, cyrillic)
    # a country, oblast or town after "in" is where a programme works; a region of several
    # countries ("… Programme in Central Asia") is part of its name
    place_spans = Cover(
        [(m.start, m.end) for p in places if p.kind is not PlaceKind.REGION for m in p.mentions]
    )
    hits = _hits(text, _name_heads(text, heads), org_spans, place_spans, cyrillic)
    drafts: list[_Draft] = []
    mention_of: list[tuple[int, int, int]] = []
    references: list[tuple[int, int, str]] = []
    # which names are one programme: the rule the corpus merges by (iomkg._extract.identity)
    names = [hit[2] for hit in hits if not hit[3]]
    group_of = {
        i: g for g, group in enumerate(programme_groups([[n] for n in names])) for i in group
    }
    draft_of: dict[int, int] = {}  # group -> index in drafts
    named = 0
    for start, end, name, is_reference in hits:
        if is_reference:
            references.append((start, end, name))
            continue
        group = group_of[named]
        named += 1
        index = draft_of.get(group)
        if index is None:
            drafts.append(_Draft([name]))
            index = draft_of[group] = len(drafts) - 1
        draft = drafts[index]
        draft.mentions.append(Span(start=start, end=end, text=text[start:end]))
        if name not in draft.names:
            draft.names.append(name)
        acr = _ACRONYM_AFTER().match(text, _after_title(text, end))
        if (
            acr is not None
            and draft.acronym is None
            and _ORG_PREFIX().match(acr.group(1) + " ") is None
        ):
            draft.acronym = acr.group(1)
        if draft.acronym is None and text[start - 1 : start] == "(":
            before = _ACRONYM_BEFORE().search(text, max(0, start - 24), start)
            if before is not None and _ORG_PREFIX().match(before.group(1) + " ") is None:
                draft.acronym = before.group(1)
        if draft.acronym is None and text.startswith((", ", " ("), _after_title(text, end)):
            # "the … project, known as SPH": the acronym it is known by
            known = _KNOWN_AS().match(text, _after_title(text, end))
            if known is not None and _initials_match(known.group(1), name):
                draft.acronym = known.group(1)
        mention_of.append((start, end, index))
    # a name given with its acronym and later by the acronym alone is one programme
    mention_of += _acronym_mentions(text, drafts, mention_of)
    # the clauses that say who funds, implements or partners
    only_one = len(drafts) == 1
    ordered = sorted(mention_of)
    starts = [m[0] for m in ordered]
    cues, cue_words = _cues()
    if cyrillic:
        _funded_before_title(text, drafts, ordered)
    _owners(text, drafts, ordered)
    referent = _REFERENT()
    # (the sentences with a programme word: of the only programme, every one; of several,
    # those that may refer back, "the project", "проект")
    read_heads = heads if only_one else _referring_heads(text, heads, cyrillic) if drafts else []
    to_read = list(_sentences_to_read(sentences, starts, read_heads))
    k_read = 0
    while k_read < len(to_read):
        i = to_read[k_read]
        k_read += 1
        s_start, s_end = sentences[i]
        here = ordered[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        # a sentence naming no programme speaks of the one named last before it when it
        # opens with a pronoun or "the project" ("It is funded by …"), or says "the project"
        # of the only programme
        previous = None
        sentence = text[s_start:s_end]
        lowered = None
        if not here:
            if text.startswith(_REFERENT_START, s_start):
                j = bisect.bisect_left(starts, s_start) - 1
                if j >= 0 and s_start - ordered[j][1] <= _REFER_BACK:
                    previous = ordered[j][2]
                    if text.startswith(_OWN_STARTS, s_start) and not _named_with(
                        drafts[previous], text[s_start + 4 : s_end].split(maxsplit=1)[0].lower()
                    ):
                        previous = None  # ("The campaign …" of a programme named otherwise)
            if (
                previous is None
                and text.startswith(_FUNDING_STARTS, s_start)
                and _FUNDING_SUBJECT().match(text, s_start) is not None
            ):
                # "Funding comes from …": the funding of the programme named last before it
                j = bisect.bisect_left(starts, s_start) - 1
                if j >= 0 and s_start - ordered[j][1] <= _REFER_BACK:
                    previous = ordered[j][2]
            if previous is None:
                lowered = sentence.lower()
            if (
                previous is None
                and lowered is not None
                and any(map(lowered.__contains__, _REFERENT_WORDS))
                and _may_refer_back(text, s_start, s_end, lowered)
                and referent.search(text, s_start, s_end)
            ):
                # "the project", "проект": the programme named last before it (the only
                # one, however far)
                j = bisect.bisect_left(starts, s_start) - 1
                if only_one:
                    previous = 0
                elif j >= 0 and s_start - ordered[j][1] <= _REFER_BACK:
                    previous = ordered[j][2]
                if previous is not None and not _refers_to(text, s_start, s_end, drafts[previous]):
                    previous = None
            if previous is None and _may_hold_pronoun_object(sentence):
                # "IOM runs it jointly with …": the programme named last before it
                j = bisect.bisect_left(starts, s_start) - 1
                if (
                    j >= 0
                    and s_start - ordered[j][1] <= _REFER_BACK
                    and _PRONOUN_OBJECT().search(text, s_start, s_end)
                ):
                    previous = ordered[j][2]
            if previous is None:
                continue
            if i + 1 < len(sentences) and to_read[k_read : k_read + 1] != [i + 1]:
                # "The Government of Norway finances it. IOM implements it together with X.":
                # the sentence after one that speaks of a programme may speak of it too
                to_read.insert(k_read, i + 1)
        funding = None
        if text.startswith(_FUNDING_STARTS, s_start):
            # "Funding comes from …", "Финансирование предоставило …": who funds follows
            funding = _FUNDING_SUBJECT().match(text, s_start)
            target = (
                _target(funding, previous, here, drafts, sentences[i])
                if funding is not None
                else None
            )
            if funding is not None and target is not None:
                _add_orgs(drafts[target].funders, _phrase(text, funding.end(), s_end)[0])
        if not _plain_case(sentence):
            lower = None
        else:
            lower = lowered if lowered is not None else sentence.lower()
        # (the cues' phrases are looked for in the sentence in lower case with single plain
        # spaces: their patterns allow one or two spaces, plain or no-break, between words)
        single = None
        if lower is not None and any(map(lower.__contains__, cue_words)):
            single = _single_spaced(lower)
        for k, (pattern, role, words) in enumerate(cues):
            if lower is not None:
                if k < 3:
                    if not any(map(lower.__contains__, words)):
                        continue
                elif single is None or not any(map(single.__contains__, words)):
                    continue
            for cue in pattern.finditer(text, s_start, s_end):
                if funding is not None and cue.start() < funding.end():
                    continue  # ("Финансирование проекта осуществляет …": the funding's verb)
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is None:
                    continue
                bucket = getattr(drafts[target], role)
                phrase, stop = _phrase(text, cue.end(), s_end)
                joined = (
                    _partner_pattern().search(text, cue.end(), min(s_end, stop + 40))
                    if role == "implementers"
                    else None
                )
                add = _add_known_orgs if pattern is _lead_pattern() else _add_orgs
                if (
                    joined is not None
                    and joined.end() >= stop
                    # (the partner's phrase right after the implementers: "IOM, together
                    # with UNICEF", "МОМ в партнерстве с …"; not a later clause's)
                    and not text[stop : max(stop, joined.start())].strip(" ,\u00a0–—-")
                ):
                    # "implemented by IOM together with UNICEF": both implement it
                    first, second = (
                        _phrase(text, cue.end(), joined.start())[0],
                        _phrase(text, joined.end(), s_end)[0],
                    )
                    if cyrillic:
                        first, second = _as_named(cue, first), _as_named(joined, second)
                    add(bucket, first)
                    add(bucket, second)
                else:
                    if role == "implementers" and _PARTNER_OF().search(phrase) is not None:
                        # "implemented by IOM's implementing partner, the Red Crescent …":
                        # the partner named after it does the work, not its principal
                        at = _skip_spaces(text, stop + 1, s_end)
                        phrase, stop = (
                            _phrase(text, at, s_end) if text.startswith(",", stop) else ("", stop)
                        )
                    added = len(bucket)
                    add(bucket, _as_named(cue, phrase) if cyrillic else phrase)
                    verb = (
                        _DOING_VERB().search(text, cue.end(), min(s_end, stop + 40))
                        if role == "funders"
                        else None
                    )
                    if verb is not None and verb.start() <= stop:
                        # "With support from Japan, IOM and UNDP implement …": the subject of
                        # the verb after the funder's phrase does the work, it does not fund
                        doing = {
                            o.name for o in trailing_organizations(text[s_start : verb.start()])
                        }
                        bucket[added:] = [o for o in bucket[added:] if o.name not in doing]
                    if text.startswith(",", stop) and role != "partners":
                        # "implemented by IOM, the UN Migration Agency, and UNICEF": the list
                        # goes on after a description of its last name
                        described = _DESCRIBED().match(text, stop, s_end)
                        if described is not None:
                            add(bucket, _phrase(text, described.end(), s_end)[0])
                    if role == "implementers":
                        # "implemented by IOM with UNDP": the partners named after "with" too
                        _add_with_orgs(bucket, text, stop, s_end)
                if role == "funders" and text.startswith(_THROUGH_STARTS, stop):
                    # "with funding from the Government of Korea through KOICA": the donor
                    # agency the money passes through funds it too
                    _add_donors_through(bucket, text, stop, s_end)
                # "… through KOICA and by the IOM Development Fund": one more of the same
                more = _AND_BY().search(text, stop, min(s_end, stop + 80))
                if more is not None and role != "partners":
                    _add_orgs(bucket, _phrase(text, more.end(), s_end)[0])
        active = (
            _ACTIVE_IMPLEMENTER().finditer(text, s_start, s_end)
            if (any(map(sentence.__contains__, _ACTIVE_VERBS)) or _has_running_verb(sentence))
            and _may_name_active(sentence)
            and _may_match_active(text, s_start, s_end)
            else ()
        )
        for cue in active:
            # "… Initiative, which IOM implements (jointly with UN Women)", "organized by IOM
            # within the … Project": the organizations before the verb implement it
            target = _target(cue, previous, here, drafts, sentences[i])
            if target is None:
                continue
            bucket = drafts[target].implementers
            listed = _subject_list(text, s_start, cue)
            # "IOM, UNDP and UN Women implement …", "The Ministry of Labour, Social Security
            # and Migration and IOM run …": the whole list before the verb
            bucket.extend(o for o in listed if all(b.name != o.name for b in bucket))
            subject = (
                cue.group(1) or cue.group(2) or cue.group(3) or cue.group(4) or cue.group(5) or ""
            )
            if not listed and not _FUNDING_WORD().search(subject):
                # (not "which the European Union funds and Japan implements": the funder's)
                _add_known_orgs(bucket, subject)
            if cue.group(6) is not None:
                # "IOM, in partnership with UN Women, implements …": both implement it
                _add_known_orgs(bucket, cue.group(6))
                continue
            # "… which IOM implements (jointly) with UNDP", "IOM runs the … Project with
            # UNDP and UNICEF": the organizations after "with" implement it too
            at = cue.end()
            if cue.group(4) is not None:
                pronoun = _PRONOUN_SKIP().match(text, at) or _REFERENCE_SKIP().match(text, at)
                at = pronoun.end() if pronoun is not None else _after_object(text, at, here)
            joined = _partner_pattern().match(text, _skip_spaces(text, at, s_end), s_end)
            if joined is not None:
                _add_orgs(bucket, _phrase(text, joined.end(), s_end)[0])
            else:
                _add_with_orgs(bucket, text, at, s_end)
        if "implementing " in sentence or "s joint " in sentence:
            # "with IOM as its implementing partner", "IOM and UNDP's joint programme"
            for cue in _IMPLEMENTER_AS().finditer(text, s_start, s_end):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is None:
                    continue
                group = next(g for g in (1, 2, 3) if cue.group(g) is not None)
                listed = trailing_organizations(text[s_start : cue.end(group)])
                bucket = drafts[target].implementers
                bucket.extend(o for o in listed if all(b.name != o.name for b in bucket))
        if (
            "implementing" in sentence or "executing" in sentence or "implementation" in sentence
        ) and _IMPLEMENTER_IS_WORDS().search(sentence) is not None:
            # "IOM is the implementing agency of the … Project": the subject implements it
            for cue, subject in _active_funders(text, s_start, s_end, _IMPLEMENTER_IS()):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is not None:
                    _add_known_orgs(drafts[target].implementers, subject)
        if any(map(sentence.__contains__, _ACTIVE_FUND_WORDS)) or (
            any(map(sentence.__contains__, _SUM_WORDS)) and any(map(str.isdigit, sentence))
        ):
            # "The European Union funds the … Project": the subject funds it
            for cue, subject in _active_funders(text, s_start, s_end):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is not None:
                    _add_known_orgs(drafts[target].funders, subject)
        if "support" in sentence and _SUPPORTS().search(sentence) is not None:
            # "The Joint SDG Fund supports the … Project": a donor that supports it funds it
            for cue, subject in _active_funders(text, s_start, s_end, _SUPPORTS()):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is not None:
                    supporters: list[Organization] = []
                    _add_known_orgs(supporters, subject)
                    for org in supporters:
                        if org.kind is OrgKind.DONOR and all(
                            o.name != org.name for o in drafts[target].funders
                        ):
                            drafts[target].funders.append(org)
        if "launched" in sentence or "initiated" in sentence or "established" in sentence:
            # "… Project, which USAID launched in 2025": a donor that launched it funds it
            for cue in _DONOR_LAUNCHED().finditer(text, s_start, s_end):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is not None:
                    donors: list[Organization] = []
                    _add_known_orgs(donors, cue.group(1))
                    for org in donors:
                        if org.kind is OrgKind.DONOR and all(
                            o.name != org.name for o in drafts[target].funders
                        ):
                            drafts[target].funders.append(org)
        if _may_hold_object_first(sentence):
            # "… Programme, which the European Union funds", "Программу МОМ реализует …"
            for cue in _OBJECT_FIRST().finditer(text, s_start, s_end):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is not None:
                    role = "funders" if cue.group("fund") is not None else "implementers"
                    _add_known_orgs(getattr(drafts[target], role), cue.group(1))
                    then = _OBJECT_SECOND().match(text, cue.end(), s_end)
                    if then is not None:
                        other = "funders" if then.group("fund") is not None else "implementers"
                        _add_known_orgs(getattr(drafts[target], other), then.group(1))
                    last = then if then is not None else cue
                    if last.group("fund") is None:
                        # "… and IOM implements together with the OSCE": who it runs it with
                        bucket = drafts[target].implementers
                        at = _skip_spaces(text, last.end(), s_end)
                        joined = _partner_pattern().match(text, at, s_end)
                        if joined is not None:
                            _add_orgs(bucket, _phrase(text, joined.end(), s_end)[0])
                        else:
                            _add_with_orgs(bucket, text, last.end(), s_end)
        # "«…» долбоору Европа Бирлигинин каржылоосу менен …", "… ЭМУ тарабынан ишке
        # ашырылат": the organization before the cue funds or implements; the words of a cue
        # before it are another's ("… Өкмөтүнүн каржылоосу менен ЭМУ тарабынан …")
        kyrgyz_cues = _before_cues(sentence) if cyrillic else []
        before_cues = sorted(
            ((cue, role) for pattern, role, _gate in kyrgyz_cues
             for cue in pattern.finditer(text, s_start, s_end)),
            key=lambda found: found[0].start(),
        ) if kyrgyz_cues else []  # fmt: skip
        said: list[str] = []  # (the organizations of the cues before)
        for k, (cue, role) in enumerate(before_cues):
            target = _target(cue, previous, here, drafts, sentences[i])
            if target is None:
                continue
            bucket = getattr(drafts[target], role)
            prior = [c for c, _r in before_cues[:k] if c.end() <= cue.start()]
            lo = prior[-1].end() if prior else s_start
            doers = _kyrgyz_doers(text, lo, cue.start())
            if not doers and prior:
                # "Долбоорду ЭМУ Европа Бирлигинин каржылоосу менен ишке ашырат": the subject
                # before the other cue's organization
                doers = [
                    o
                    for o in _kyrgyz_funders(text, s_start, prior[-1].start(), last_only=False)
                    if o.name not in said
                ]
            for org in doers:
                said.append(org.name)
                if all(o.name != org.name for o in bucket):
                    bucket.append(org)
        if " is a" in sentence or " was a" in sentence:
            # "The … Programme is an IOM initiative": whose programme it is runs it (a
            # donor's funds it)
            for cue in _IS_OWNED().finditer(text, s_start, s_end):
                target = _target(cue, previous, here, drafts, sentences[i])
                if target is None or not _names_known_orgs(cue.group(1)):
                    continue
                draft = drafts[target]
                for org in split_organizations(cue.group(1)):
                    bucket = draft.funders if org.kind is OrgKind.DONOR else draft.implementers
                    if all(o.name != org.name for o in (*draft.funders, *draft.implementers)):
                        bucket.append(org)
        if not any(word in sentence for word in _FUNDED_BEFORE_WORDS):
            continue
        # "the JICA-funded project": the funder written before the programme word
        for cue in _FUNDED_BEFORE().finditer(text, s_start, s_end):
            target = _target(cue, previous, here, drafts, sentences[i])
            if target is not None:
                _add_orgs(drafts[target].funders, cue.group(1))
    for start, end, acronym in references:
        index = _resolve_reference(drafts, acronym)
        if index is not None and (start, end, index) not in mention_of:
            drafts[index].mentions.append(Span(start=start, end=end, text=text[start:end]))
            mention_of.append((start, end, index))
    # The names by where they end: the names ending in the 25 characters before a date
    # are one search away (not a look at every name for every date).
    by_end = sorted((end, index) for _start, end, index in mention_of)
    ends = [end for end, _index in by_end]
    for mention in dates if mention_of else ():
        at = mention.span.start
        # the distance first: most dates stand nowhere near a programme's name
        near = [
            index
            for _end, index in by_end[
                bisect.bisect_left(ends, at - 25) : bisect.bisect_right(ends, at)
            ]
        ]
        if not near or mention.when.precision.value == "day" or not mention.when.has_year:
            continue
        for index in near:
            if drafts[index].period is None:
                drafts[index].period = mention.when
    place_marks = sorted((m.start, m.end, i) for i, p in enumerate(places) for m in p.mentions)
    programmes = tuple(_finish(d, places, place_marks) for d in drafts)
    return ProgrammesFound(programmes=programmes, mentions=tuple(sorted(mention_of)))


# "… is an IOM initiative", "… was a joint UNDP and IOM project": whose programme it is.
_IS_OWNED = _lazy(
    r"(?<![\w\-])(?:is|was)[ \u00a0]an?[ \u00a0](?:joint[ \u00a0])?"
    r"([A-Z][\w\-’']{1,20}(?:[ \u00a0](?:and[ \u00a0])?[A-Z][\w\-’']{1,20}){0,3})"
    r"[ \u00a0](?:joint[ \u00a0])?(?:project|programm?e|program|initiative)(?![\w\-])"
)
# ", known as SPH", "(hereinafter SPH)": the acronym a programme is known by.
_KNOWN_AS = _lazy(
    r"(?:,[ \u00a0]|[ \u00a0]\()(?:also[ \u00a0])?(?:known[ \u00a0]as|hereinafter(?:[ \u00a0]referred"
    r"[ \u00a0]to[ \u00a0]as)?|(?:далее|в[ \u00a0]дальнейшем)(?:[ \u00a0][-–—])?)[ \u00a0]"
    r"[«“\"]?([A-ZА-ЯЁ][A-ZА-ЯЁ0-9\-]{1,11})(?![\w\-])"
)
# A closing quote and the programme word after it: "“…” project (ACR)".
_CLOSE_AND_HEAD = _lazy(
    r"[»”\"“](?:[ \u00a0]{1,2}(?:project|programm?e|program|initiative|проект\w{0,2}"
    r"|программ\w{0,2}|инициатив\w{0,2}))?"
)


def _after_title(text: str, end: int) -> int:
    """Where an acronym in brackets would stand after a name ending at ``end``: right there,
    or after its closing quote and a programme word (``“Safe Paths, Strong Families”
    project (SPSF)``).

    >>> _after_title("the “Safe Paths” project (SP)", 15)
    24
    """
    if text[end : end + 1] not in _CLOSERS or end >= len(text):
        return end  # (most names end at no quote)
    m = _CLOSE_AND_HEAD().match(text, end)
    return m.end() if m is not None else end


def _acronym_mentions(
    text: str, drafts: Sequence[_Draft], known: Sequence[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Where a programme's acronym stands alone (``… Project (CWP) … Under CWP, …``)."""
    taken = Cover([(start, end) for start, end, _i in known])
    out: list[tuple[int, int, int]] = []
    for index, draft in enumerate(drafts):
        acronym = draft.acronym
        if acronym is None or len(acronym) < 2:
            continue
        first = min(m.start for m in draft.mentions)
        at = text.find(acronym, first)
        while at >= 0:
            end = at + len(acronym)
            if (
                not (at and (text[at - 1].isalnum() or text[at - 1] in "(-"))
                and not (end < len(text) and (text[end].isalnum() or text[end] in ")-"))
                and not taken.overlaps(at, end)
            ):
                draft.mentions.append(Span(start=at, end=end, text=acronym))
                out.append((at, end, index))
            at = text.find(acronym, end)
    return out


_REFERRING = ("The ", "This ", "Its ", "The\u00a0")


def _referring_heads(text: str, heads: list[int], cyrillic: bool) -> list[int]:
    """The ``heads`` that may refer back to a programme as their sentence's subject (see
    :func:`_may_refer`): those after ``The``, ``This``, ``Its``, and in a Cyrillic text
    those in Cyrillic letters."""
    return [
        p
        for p in heads
        if (text.endswith(_REFERRING, 0, p) or (cyrillic and text[p] > "\u03ff"))
        and _may_refer(text, p)
    ]


def _may_refer(text: str, pos: int) -> bool:
    """Whether the programme word at ``pos`` may refer back to a programme named before as
    the subject of its sentence: ``The project …`` (English), a Russian or Kyrgyz one in
    lower case within 40 characters of the sentence's start (``Финансирует проект …``).

    >>> _may_refer("The project ran.", 4), _may_refer("The partners met.", 4)
    (True, False)
    """
    if not text[pos].islower() or _LOWER_NAME_HEAD().match(text, pos) is None:
        return False  # ("The partners", "the initiatives": no programme referred to)
    if text[pos].isascii():
        return text.endswith(_REFERRING, max(0, pos - 5), pos)
    lo = max(0, pos - 40)
    return lo == 0 or text.rfind(". ", lo, pos) >= 0 or text.rfind("\n", lo, pos) >= 0


def _sentences_to_read(
    sentences: Sequence[tuple[int, int]], mention_starts: list[int], heads: list[int]
) -> Sequence[int]:
    """The indices of the sentences that can say who funds a programme, in order.

    Those holding a programme's mention or a programme word (``heads``: ``the project``
    needs one), and the sentence after each; every sentence when they overlap, as a position then has no one sentence.
    """
    starts = [start for start, _end in sentences]
    ends = [end for _start, end in sentences]
    if not all(map(operator.le, ends[:-1], starts[1:])):
        return range(len(sentences))
    found = set()
    for pos in itertools.chain(mention_starts, heads):
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i]:
            found.add(i)
    # the sentence after a mention ("It is funded by …")
    found.update([i + 1 for i in found if i + 1 < len(starts)])
    return sorted(found)


# A phrase that opens with a programme word names a programme, never who funds or runs one
# ("МОМ реализует проект «…»": the object of an active verb).
_PROGRAMME_LED = _lazy(
    r"(?i:the[ \u00a0]|a[ \u00a0]|this[ \u00a0]|its[ \u00a0])?"
    r"(?i:programm|program|project|initiative|проект|программ|инициатив|долбоор)"
)


def _programme_led(phrase: str) -> bool:
    """Whether a phrase opens with a programme word and so names a programme, not who funds
    or runs one; a registry body whose name opens so (``Программой развития ООН``) is who.

    >>> _programme_led("проект «Зеленые долины»"), _programme_led("Программой развития ООН")
    (True, False)
    """
    if _PROGRAMME_LED().match(phrase) is None:
        return False
    found = current().organizations.scan(phrase)
    return not (found and found[0][0] == 0)


# The last words of a programme's name: an unknown "organization" ending in one is one.
_PROGRAMME_LAST = frozenset(
    {"Project", "Projects", "Programme", "Programmes", "Program", "Programs", "Initiative"}
)
# "the generous support of the people of Japan": the support is no funder, its giver is
_SUPPORT_LEAD = _lazy(
    r"(?:the[ \u00a0]|a[ \u00a0])?(?:(?:generous|kind|financial|technical[ \u00a0]and"
    r"[ \u00a0]financial)[ \u00a0])*(?:support|funding|financing|assistance|contributions?"
    r"|grants?|sponsorship|backing)[ \u00a0](?:of|from)[ \u00a0]"
)


# A bare programme word, then a capital: "финансирует проект Европейский союз" (the verb,
# its object, then its subject).
_OBJECT_THEN_SUBJECT = _lazy(
    r"(?:проект|программу|инициативу|долбоорду|the[ \u00a0]project|the[ \u00a0]programm?e)"
    r"[ \u00a0](?=[A-ZА-ЯЁ])"
)


def _add_orgs(bucket: list[Organization], phrase: str) -> None:
    """Add the organizations a phrase names to ``bucket``, each once (the known ones after a
    bare programme word: ``проект Европейский союз``)."""
    if not phrase:
        return
    if _programme_led(phrase):
        after = _OBJECT_THEN_SUBJECT().match(phrase)
        if after is not None:
            _add_known_orgs(bucket, phrase[after.end() :])
        return
    lead = _SUPPORT_LEAD().match(phrase)
    if lead is not None:
        phrase = phrase[lead.end() :]
    try:
        orgs = split_organizations(phrase)
        bare = phrase.removeprefix("the ")
        if not orgs and bare[:1].islower():
            # "the people of Japan": a registry spelling written in lower case
            orgs = split_organizations(bare[:1].upper() + bare[1:])
    except IomkgError:
        return
    for org in orgs:
        last = org.name.rpartition(" ")[2]
        if (
            org.kind is OrgKind.OTHER
            and last.isascii()
            and last[:1].islower()
            and current().organizations.lookup(org.name) is None
        ):
            continue  # "the Kyrgyz diaspora": a name ends in a capitalised word, no group does
        if (
            org.kind is OrgKind.OTHER
            and current().organizations.lookup(org.name) is None
            and current().places.lookup(org.name) is not None
        ):
            continue  # "Batken" in "… in Osh, Batken and …": a place, no organization
        if org.kind is OrgKind.OTHER and last in _PROGRAMME_LAST:
            continue  # "funded by the … Project (DSRP)": a programme funds nobody's work
        if all(o.name != org.name for o in bucket):
            bucket.append(org)


def _as_named(cue: re.Match[str], phrase: str) -> str:
    """The organizations' phrase after ``cue`` with its first noun in the nominative when the
    cue governs the instrumental (Russian ``совместно с``, ``в партнерстве с``, a passive
    verb: ``реализуется Ассоциацией …`` names the ``Ассоциация …``) or the genitive (``при
    участии``)."""
    said = cue.group()
    if said.endswith(("ся", " с", "\u00a0с")):
        return nominative_from_instrumental(phrase)
    if said.endswith("участии"):
        return nominative_from_genitive(phrase)
    return phrase


_REFER_BACK = 600  # how far back a pronoun's programme may be named

# The programme words that refer back only to a programme named with them ("the campaign"
# is the … Campaign, not a project named before it), and the sentence openings with them.
_OWN_WORDS = frozenset({"platform", "campaign", "action"})
_OWN_STARTS = ("The platform", "The campaign", "The action")


def _named_with(draft: _Draft, word: str) -> bool:
    """Whether one of the draft's names holds ``word`` (in any case)."""
    return any(word in name.lower().split() for name in draft.names)


def _refers_to(text: str, s_start: int, s_end: int, draft: _Draft) -> bool:
    """Whether a programme word of the sentence (see _REFERENT) may refer to ``draft``: one
    of _OWN_WORDS only to a programme named with it.

    >>> _refers_to("The campaign ended.", 0, 19, _Draft(["Safe Paths Project"]))
    False
    """
    for m in _REFERENT().finditer(text, s_start, s_end):
        word = m.group().rsplit(None, 1)[-1].lower()
        if word not in _OWN_WORDS or _named_with(draft, word):
            return True
    return False


def _target(
    cue: re.Match[str],
    previous: int | None,
    here: Sequence[tuple[int, int, int]],
    drafts: Sequence[_Draft],
    sentence: tuple[int, int],
) -> int | None:
    """The programme a funding (or implementing) clause ``cue`` speaks of: ``previous``
    (the one a sentence naming none refers back to) if any, else the nearest one ``here``
    (named in the ``sentence``), else the only one if the sentence says "the project"."""
    if previous is not None:
        return previous
    text = cue.string
    cue_start, cue_end = cue.span()
    s_start, s_end = sentence
    inside = [m for m in here if m[0] >= cue_start and m[1] <= cue_end]
    if inside:
        return inside[0][2]  # "the donors of the … Project are …": the one the cue names
    before = [m for m in here if m[1] <= cue_start]
    if before:
        return before[-1][2]
    after = [m for m in here if m[0] >= cue_end]
    if after:
        return after[0][2]
    if (
        len(drafts) == 1
        and _REFERENT().search(text, s_start, s_end)
        and _refers_to(text, s_start, s_end, drafts[0])
    ):
        return 0
    return None


_WITH = _lazy(r"[ \u00a0]{0,2}with[ \u00a0]{1,2}")
_ACRONYM_SKIP = _lazy(r"[ \u00a0]{0,2}\([A-Z][\w\-]{0,11}\)")


def _add_with_orgs(bucket: list[Organization], text: str, pos: int, s_end: int) -> None:
    """Add the known organizations after a plain ``with`` at ``pos`` (``… by IOM with UNDP
    and UNICEF``), not a funder's ``with the support of …``."""
    plain = _WITH().match(text, pos, s_end)
    if plain is None or _fund_pattern().match(text, _skip_spaces(text, pos, s_end), s_end):
        return
    phrase = _phrase(text, plain.end(), s_end)[0]
    if phrase.rpartition(" ")[2].lower() in _words_of("support"):
        return  # "with EU funding": a funder, not a partner in the work
    _add_known_orgs(bucket, phrase)


# How a phrase after a funder may go on with "through" (see _add_donors_through).
_THROUGH_STARTS = (" through", " via ", " через", "\u00a0through", "  through", ", through")
_THROUGH = _lazy(r"[ \u00a0]{0,2}(?:through|via|через)[ \u00a0]{1,2}")


def _add_donors_through(bucket: list[Organization], text: str, pos: int, s_end: int) -> None:
    """Add the donors and governments named after ``through`` at ``pos`` (after a funder:
    ``… from the Government of Japan through JICA``); no other organization (money that
    passes ``through IOM`` says nothing of who does the work: only a verb of doing does,
    ``implemented through IOM``)."""
    at = _skip_spaces(text, pos, s_end)
    if not text.startswith(("through", "via", "через"), at):
        return  # (most funders' phrases end otherwise)
    through = _THROUGH().match(text, pos, s_end)
    if through is None:
        return
    found: list[Organization] = []
    _add_known_orgs(found, _phrase(text, through.end(), s_end)[0])
    for org in found:
        if org.kind in (OrgKind.DONOR, OrgKind.GOVERNMENT) and all(
            o.name != org.name for o in bucket
        ):
            bucket.append(org)


def _after_object(text: str, pos: int, here: Sequence[tuple[int, int, int]]) -> int:
    """Where the programme named right after a verb at ``pos`` ends (its acronym in brackets
    included): ``IOM runs [the Green Jobs Project (GJP)] with …``; ``pos`` if none is."""
    for start, end, _index in here:
        if start >= pos and text[pos:start].strip().lower() in ("", "the", "the «", "«"):
            after = end + 1 if text[end : end + 1] == "»" else end
            acronym = _ACRONYM_SKIP().match(text, after)
            return acronym.end() if acronym is not None else after
    return pos


def _skip_spaces(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] in " \u00a0":
        pos += 1
    return pos


def _phrase(text: str, start: int, s_end: int) -> tuple[str, int]:
    """The organizations' phrase after a cue, and where it stops.

    A list of places after ``in`` (``IOM in Kyrgyzstan and Tajikistan``) is where
    the work is done, not who does it: it is left out.
    """
    m = _PHRASE_END().search(text, start, s_end)
    end = m.start() if m else s_end
    if m is not None and m.group() == "(":
        # keep an acronym in brackets: "the US State Department (JTIP)"
        close = text.find(")", m.start(), s_end)
        if 0 <= close - m.start() <= 14:
            rest = _PHRASE_END().search(text, close + 1, s_end)
            end = rest.start() if rest else s_end
    # the next cue ("… by IOM in Osh with the support of …") ends the phrase
    for pattern in (_fund_pattern(), _implement_pattern(), _partner_pattern()):
        other = pattern.search(text, start, end)
        if other is not None:
            end = other.start()
    end = _clause_end(text, start, end)
    if end < s_end:
        # a known name with a comma or a phrase end inside ("Министерством труда, социального
        # обеспечения и миграции", "the Office to Monitor and Combat Trafficking in
        # Persons"), the phrase's first or its last after "and" ("IOM and the United
        # Nations Office on Drugs and Crime"): the phrase goes on to its end
        first = _skip_spaces(text, start, s_end)
        joined = _last_join(text, first, end) if text[end] != "," else -1
        for at in (first, *((joined,) if joined > first else ())):
            lead = at + 4 if text[end] != "," and text.startswith(("the ", "the\u00a0"), at) else at
            if (
                _comma_key(text[lead : lead + 3]) not in _comma_name_starts()
                if text[end] == ","
                else _comma_key(" ".join(text[lead:end].split())) not in _cut_name_heads()
            ):
                continue  # (no such name starts here)
            for known_start, known_end, _org in current().organizations.scan(
                text[lead : min(s_end, lead + 160)]
            ):
                if known_start == 0 and lead + known_end > end:
                    end = lead + known_end
                break
            break
    return _without_places(text, start, end), end


_JOINS = (", ", " and ", " и ", ",\u00a0", "\u00a0and\u00a0")


def _last_join(text: str, start: int, end: int) -> int:
    """Where the last of the organizations of ``text[start:end]`` starts: after its last
    comma or "and" (-1 without one).

    >>> _last_join("IOM and the UN Office", 0, 21)
    8
    """
    at, size = max((text.rfind(j, start, end), len(j)) for j in _JOINS)
    return at + size if at >= 0 else -1


# A comma, then a new clause's subject and its verb: "…, funded by the SDC, IOM and ILO
# trained farmers" (the comma ends the funders); the verb is a past form in -ed or a
# common auxiliary or verb of reporting (a list of names holds none).
_CLAUSE_AFTER_COMMA = _lazy(
    r",[ \u00a0]{1,2}(?:the[ \u00a0])?[A-Z][\w’'\-]*(?:[ \u00a0](?:and|of|the|for|&|[A-Z][\w’'\-]*)){0,8}"
    r"[ \u00a0](?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|said|held|met|took"
    r"|gave|began|made|ran|led|brought|built|won|spoke|told|says|opens|trains|helps|works"
    r"|provides|continues|plans)\b"
)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the organizations' phrase ``text[start:end]`` ends when a comma in it opens a
    new clause (see ``_CLAUSE_AFTER_COMMA``; English only)."""
    at = text.find(",", start, end)
    while at >= 0:
        if _CLAUSE_AFTER_COMMA().match(text, at, end):
            return at
        at = text.find(",", at + 1, end)
    return end


def _without_places(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as one phrase, a list of places after ``in`` left out."""
    for place_at in _IN_PLACES().finditer(text, start, end):
        if _all_places(text[place_at.end() : end]):
            end = place_at.start()
            break
    return " ".join(text[start:end].split()).strip(" ,")


def _comma_key(head: str) -> str:
    """The first three characters of a name as :func:`_comma_name_starts` keeps them."""
    return head.casefold().replace("\u00a0", " ").replace("ё", "е")


def _comma_name_starts() -> frozenset[str]:
    """How the registry's names with a comma inside start (:func:`_comma_key`): a phrase
    starting otherwise holds none, and the registry is not scanned for one. Kept with the
    registry's answers (a new set when the registry or the gazetteer changes)."""
    registry = current().organizations
    memo = registry.answers("comma-names", current().places)
    found = memo.get("")
    if found is None:
        found = memo[""] = frozenset(
            _comma_key(spelling[:3])
            for org in registry
            for spelling in (org.name, *org.aliases)
            if "," in spelling
        )
    return found


def _cut_name_heads() -> frozenset[str]:
    """The registry's names that a phrase end other than a comma cuts (``Office`` of ``the
    Office to Monitor and Combat Trafficking in Persons``, ``United Nations Office`` of
    ``… on Drugs and Crime``): what comes before the cut (:func:`_comma_key`). A phrase cut
    there names no other, and the registry is not scanned for one. Kept with the
    registry's answers."""
    registry = current().organizations
    memo = registry.answers("cut-names", current().places)
    found = memo.get("")
    if found is None:
        ends = _PHRASE_END()
        heads = set()
        for org in registry:
            for spelling in (org.name, *org.aliases):
                cut = ends.search(spelling)
                if cut is not None and cut.start() > 0 and spelling[cut.start()] != ",":
                    heads.add(_comma_key(" ".join(spelling[: cut.start()].split())))
        found = memo[""] = frozenset(heads)
    return found


def _all_places(phrase: str) -> bool:
    """Whether a phrase is nothing but places (``Kyrgyzstan, Tajikistan and Uzbekistan``)."""
    pieces = [p for p in _PLACE_LIST_SPLIT().split(phrase.strip(" ,.")) if p]
    if not pieces or len(pieces) > 12:
        return False
    gz = current().places
    return all(_place_piece(gz, piece.removeprefix("the ")) for piece in pieces)


_PLURAL_NOUNS = {"oblasts": "oblast", "regions": "region", "provinces": "province",
                 "districts": "district", "rayons": "rayon"}  # fmt: skip


def _place_piece(gz: Gazetteer, piece: str) -> bool:
    """Whether ``piece`` names a place, the last of a list too (``… and Jalal-Abad oblasts``:
    the plural noun is each one's)."""
    if gz.lookup(piece) is not None:
        return True
    head, _, noun = piece.rpartition(" ")
    singular = _PLURAL_NOUNS.get(noun.lower())
    return bool(head) and singular is not None and gz.lookup(f"{head} {singular}") is not None


def _resolve_reference(drafts: Sequence[_Draft], acronym: str) -> int | None:
    for i, draft in enumerate(drafts):
        if draft.acronym == acronym:
            return i
    for i, draft in enumerate(drafts):
        for org in (*draft.funders, *draft.implementers):
            if org.acronym == acronym or acronym in org.aliases:
                return i
    return 0 if len(drafts) == 1 else None


def _places_at(place_marks: list[tuple[int, int, int]], spans: Sequence[Span]) -> list[int]:
    """The indices of the places with a mention inside one of ``spans`` (a programme's name).

    ``place_marks`` are every place mention as ``(start, end, place index)``, sorted.
    """
    found: set[int] = set()
    for span in spans:
        j = bisect.bisect_left(place_marks, (span.start, -1, -1))
        while j < len(place_marks) and place_marks[j][0] <= span.end:
            if place_marks[j][1] <= span.end:
                found.add(place_marks[j][2])
            j += 1
    return sorted(found)


def _finish(
    draft: _Draft, places: Sequence[Place], place_marks: list[tuple[int, int, int]]
) -> Programme:
    names = [_clean_name(n) for n in draft.names]
    names = [n for n in names if n]
    name = max(names, key=lambda n: (len(n.split()), -names.index(n)))
    aliases: list[str] = []
    for n in names:
        for variant in (n, _ORG_PREFIX().sub("", n)):
            if variant != name and variant not in aliases:
                aliases.append(variant)
    spans = sorted(draft.mentions, key=lambda s: s.start)
    inside = tuple(places[i] for i in _places_at(place_marks, spans)) if place_marks else ()
    # "paid for by the Migrant Health Fund. The fund is resourced by …": the programme is
    # no funder (nor implementer, nor partner) of its own
    funders, implementers, partners = draft.funders, draft.implementers, draft.partners
    own = set(names) if funders or implementers or partners else ()
    if own and any(o.name in own for o in (*funders, *implementers, *partners)):
        funders = [o for o in funders if o.name not in own]
        implementers = [o for o in implementers if o.name not in own]
        partners = [o for o in partners if o.name not in own]
    return Programme(
        name=name,
        acronym=draft.acronym,
        aliases=tuple(aliases),
        funders=tuple(funders),
        implementers=tuple(implementers),
        partners=tuple(partners),
        places=inside,
        period=draft.period,
        mentions=tuple(spans),
    )
