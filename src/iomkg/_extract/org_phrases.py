"""Funder and implementer phrases turned into organization records.

``funded by the Swiss Agency for Development and Cooperation (SDC)``, ``implemented
by IOM and UNDP``: :func:`split_organizations` cuts such a phrase into the
organizations it names, :func:`resolve_organization` turns one into its canonical
record (the registry's, a country's government, or a new record with a guessed kind).

>>> resolve_organization("the UK Government").name
'Government of the United Kingdom'
>>> [o.acronym for o in split_organizations("IOM and UNDP")]
['IOM', 'UNDP']
"""

from __future__ import annotations

import re

import attrs

from .._check import expect
from .._errors import ParseError
from .._models import Organization, OrgKind, PlaceKind
from .._reference.organizations import (
    OrganizationRegistry,
    add_aliases,
    country_of,
    guess_kind,
)
from .._reference.reference import current
from .._regex import lazy_pattern
from .organizations import find_organizations

__all__ = [
    "nominative_from_genitive",
    "nominative_from_instrumental",
    "resolve_organization",
    "split_organizations",
    "trailing_organizations",
]

_LEADING = lazy_pattern(r"^(?:(?:the|The|THE)\s+)+")
# Linear by construction: the look-behinds let a search try these only where a run
# of spaces (or of junk) starts, which is where their leftmost match starts anyway;
# _SPLIT splits phrases whose spaces are collapsed, so its bounds change nothing.
_BRACKET_ACRONYM = re.compile(r"(?<!\s)\s*[(\[]\s*([^\W\d_][\w/&.\-]{0,14})\s*[)\]]\s*$")
_TRAILING_JUNK = lazy_pattern(r"(?<![\s,;:.])[\s,;:.]+$")
# "Government of X", Russian "Правительство X" (any case), Kyrgyz "X Өкмөтү"
_GOVERNMENT_OF = lazy_pattern(
    r"^(?:Government of (?:the )?|[Пп]равительств(?:о|а|у|ом|е) )(.+)$"
    r"|^(.+?) [Өө]кмөт(?:ү|үнүн|үнө|үн)$"
)
_ACRONYM_AFTER = lazy_pattern(r"\s{0,2}[(\[][^\W\d_][\w/&.\-]{0,14}[)\]]")
_SPLIT = lazy_pattern(
    r"\s{0,40}(?:,\s{0,40}(?:and|as well as)\s{1,40}|,\s{1,40}|\s{1,40}and\s{1,40}"
    r"|\s{1,40}as well as\s{1,40}|\s{0,40}&\s{0,40}|\s{0,40};\s{0,40})"
)


def _clean_phrase(phrase: str) -> tuple[str, str | None]:
    """``the Foo Bar Council (FBC).`` -> ``("Foo Bar Council", "FBC")``."""
    text = " ".join(phrase.split())
    text = _TRAILING_JUNK().sub("", _LEADING().sub("", text))
    acronym = None
    m = _BRACKET_ACRONYM.search(text)
    if m is not None and m.start() > 0:
        acronym = m.group(1)
        text = _TRAILING_JUNK().sub("", text[: m.start()])
    return text, acronym


def _government_of_country(name: str, registry: OrganizationRegistry) -> Organization | None:
    """``Switzerland``, ``Government of Switzerland``, ``Правительства Швейцарии`` or
    ``Швейцария Өкмөтү`` -> that government's record."""
    gz = current().places
    m = _GOVERNMENT_OF().match(name)
    place = gz.lookup((m.group(1) or m.group(2)) if m else name)
    if place is None or place.kind is not PlaceKind.COUNTRY:
        return None
    known = registry.lookup(f"Government of {place.name}") or registry.lookup(
        f"Government of the {place.name}"
    )
    if known is not None:
        return known
    return Organization(
        name=f"Government of {place.name}",
        kind=OrgKind.GOVERNMENT,
        country=place.country_code,
    )


def resolve_organization(
    phrase: str, *, registry: OrganizationRegistry | None = None
) -> Organization:
    """The organization a funder/implementer phrase names, as a canonical record.

    Known organizations come back as their registry record, with the phrase as
    written (without a leading ``the``) and any acronym in brackets added to
    the aliases; a country stands for its government; anything else becomes
    a new record with a guessed kind and country.

    >>> org = resolve_organization("the Swiss Agency for Development and Cooperation (SDC)")
    >>> org.name, org.acronym, org.country
    ('Swiss Agency for Development and Cooperation', 'SDC', 'CH')
    >>> resolve_organization("the US State Department (JTIP)").aliases[-2:]
    ('US State Department (JTIP)', 'JTIP')
    >>> resolve_organization("Switzerland").name
    'Government of Switzerland'
    >>> resolve_organization(
    ...     "the Bureau of Population, Refugees, and Migration (PRM) of the U.S. Department of State"
    ... ).name
    'Bureau of Population, Refugees, and Migration'
    >>> resolve_organization("the Ministry of Health of Tajikistan").country
    'TJ'
    >>> org = resolve_organization("the Osh Women's Migration Council (OWMC)")
    >>> org.name, org.acronym, org.kind.value
    ("Osh Women's Migration Council", 'OWMC', 'other')

    A phrase without a name (``""``, ``"the ."``) raises :class:`~iomkg.ParseError`.
    """
    expect(phrase, str, "phrase")
    reg = registry if registry is not None else current().organizations
    written = _TRAILING_JUNK().sub("", _LEADING().sub("", " ".join(phrase.split())))
    name, acronym = _clean_phrase(phrase)
    if not any(ch.isalnum() for ch in name):
        # no name before the brackets ("", "/", "-"): the acronym in them is the name
        name, acronym = (acronym or written), None
    if not any(ch.isalnum() for ch in name):
        raise ParseError(f"phrase: no organization name in {phrase!r}", field="phrase")
    found = reg.lookup(name)
    if found is None and acronym is not None:
        found = reg.lookup(acronym)
    if found is None:
        found = _government_of_country(name, reg)
    if found is None:
        # the organization the phrase opens with: ``the Bureau … (PRM) of the U.S. …``
        for org in find_organizations(name, registry=reg):
            if org.mentions and org.mentions[0].start == 0:
                found = attrs.evolve(org, mentions=())
                if acronym is None:
                    m = _ACRONYM_AFTER().match(name, org.mentions[0].end)
                    acronym = m.group().strip(" ()[]") if m else None
                break
    if found is None:
        return Organization(
            name=name,
            acronym=acronym,
            kind=guess_kind(name),
            country=country_of(name, current().places),
            aliases=(written,) if written != name else (),
        )
    if acronym and found.acronym is None and reg.lookup(acronym) is None:
        found = attrs.evolve(found, acronym=acronym)
    return add_aliases(found, written, name, *((acronym,) if acronym else ()))


def split_organizations(
    phrase: str, *, registry: OrganizationRegistry | None = None
) -> tuple[Organization, ...]:
    """The organizations a phrase names, in order (``IOM and UNDP`` is two).

    Known names that contain ``and`` or commas stay whole.

    >>> [o.name for o in split_organizations(
    ...     "the Ministry of Labour, Migration and Youth and the Swiss Government")]
    ['Ministry of Labour, Migration and Youth', 'Government of Switzerland']
    >>> [o.acronym for o in split_organizations("UNICEF, UNFPA & WFP")]
    ['UNICEF', 'UNFPA', 'WFP']
    >>> [o.acronym for o in split_organizations("UK aid from the British people")]
    ['FCDO']
    """
    expect(phrase, str, "phrase")
    reg = registry if registry is not None else current().organizations
    memo = reg.answers("split", current().places)
    found: tuple[Organization, ...] | None = memo.get(phrase)
    if found is None:
        found = memo[phrase] = _split_organizations(phrase, reg)
    return found


def _split_organizations(phrase: str, reg: OrganizationRegistry) -> tuple[Organization, ...]:
    text = " ".join(phrase.split())
    pieces: list[str] = []
    last = 0
    for start, end, _org in reg.scan(text):
        if start < last:
            continue
        pieces.extend(_split_plain(text[last:start]))
        # keep an acronym in brackets right after the name with it
        m = _ACRONYM_AFTER().match(text, end)
        stop = end if m is None else m.end()
        pieces.append(text[start:stop])
        last = stop
    pieces.extend(_split_plain(text[last:]))
    out: list[Organization] = []
    seen: set[str] = set()
    for piece in pieces:
        org = resolve_organization(piece, registry=reg)
        if org.name not in seen:
            seen.add(org.name)
            out.append(org)
    return tuple(out)


# What joins the names of a list, read backwards from a name ("A, B and C", "A & B").
# A partner joined to the subject ("IOM together with UNDP implements …", "МОМ совместно с
# ПРООН реализует …") does the work with it.
_LIST_JOINS = (
    ", and ",
    ", as well as ",
    " as well as ",
    ", ",
    " and ",
    " & ",
    " и ",
    ", а также ",
    " together with ",
    " along with ",
    " jointly with ",
    " in partnership with ",
    " in cooperation with ",
    " in collaboration with ",
    " совместно с ",
    " вместе с ",
    " в партнерстве с ",
    " в партнёрстве с ",
    " в сотрудничестве с ",
)


# Where a clause (and a subject's list) may open: the start, a mark, "which", "который".
_LIST_OPENS = lazy_pattern(
    r"(?:^|[,;:(\u2013\u2014][ \u00a0]*|(?<![\w\-])(?:which|that|котор\w{1,3})[ \u00a0]+)"
    r"(?:(?:the|The)[ \u00a0]+)?$"
)


def trailing_organizations(
    text: str, *, registry: OrganizationRegistry | None = None
) -> tuple[Organization, ...]:
    """The known organizations listed at the end of ``text``, in order: the subject of a
    verb that follows it (``Since 2022, IOM, UNDP and UN Women`` gives the three, not a word
    of what comes before the list). A name with commas or ``and`` inside stays whole, an
    acronym in brackets after a name goes with it, and a ``the`` before a name is skipped.
    Nothing when ``text`` does not end with a known name.

    >>> [o.acronym or o.name for o in trailing_organizations("In Osh, IOM, UNDP and UN Women")]
    ['IOM', 'UNDP', 'UN Women']
    >>> [o.name for o in trailing_organizations(
    ...     "The Ministry of Labour, Social Security and Migration and IOM")]
    ['Ministry of Labour, Social Security and Migration', 'International Organization for Migration']
    >>> [o.acronym for o in trailing_organizations(
    ...     "IOM and the United Nations Office on Drugs and Crime (UNODC)")]
    ['IOM', 'UNODC']
    >>> trailing_organizations("The project, which IOM funds, helped them")
    ()
    >>> [o.acronym for o in trailing_organizations("With support from UNICEF, IOM and UNDP")]
    ['IOM', 'UNDP']
    """
    expect(text, str, "text")
    reg = registry if registry is not None else current().organizations
    text = " ".join(text.split())
    starts: dict[int, tuple[int, Organization]] = {}
    for start, end, org in reg.scan(text):
        m = _ACRONYM_AFTER().match(text, end)
        stop = end if m is None else m.end()
        if stop not in starts or start < starts[stop][0]:
            starts[stop] = (start, org)
    out: list[Organization] = []
    commas: list[int] = []  # how many names were read when a bare comma was met
    last_start = 0
    pos = len(text.rstrip(" ,"))
    while pos in starts:
        start, org = starts[pos]
        last_start = start
        if all(o.name != org.name for o in out):
            out.append(org)
        for article in ("the ", "The "):
            if text[max(0, start - len(article)) : start] == article:
                start -= len(article)
                break
        for join in _LIST_JOINS:
            if text[max(0, start - len(join)) : start] == join:
                pos = start - len(join)
                break
        else:
            break
        if join == ", ":
            commas.append(len(out))
    if commas and len(out) > commas[-1] and not _LIST_OPENS().search(text, 0, last_start):
        # a list that a comma joins opens a clause ("In Osh, IOM, UNDP and UN Women"); in
        # "With support from the Government of Japan, IOM and UNDP" the comma ends a phrase
        out = out[: commas[-1]]
    return tuple(reversed(out))


# A time, not a doer: "implemented by 2027", "by the end of 2026", "by December".
_TIME_PHRASE = lazy_pattern(
    r"(?i:^(?:\d[\d.,/\-]*|(?:the[ \u00a0])?(?:end|beginning|start|middle)[ \u00a0]of[ \u00a0].*"
    r"|(?:(?:early|late|mid)[ \u00a0\-])?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|spring|summer|autumn|winter)(?:[ \u00a0]\d{4})?)$)"
)


# An object pronoun after a verb ("МОМ реализует его совместно с …") names no one.
_PRONOUNS = frozenset(("it", "them", "его", "её", "ее", "их", "аны", "аларды"))


def _split_plain(text: str) -> list[str]:
    out = []
    for raw in _SPLIT().split(text):
        part = _TRAILING_JUNK().sub("", _LEADING().sub("", raw.strip(" ,;")))
        # a name starts with a capital: ``from the British people`` is no organization
        if (
            part
            and (part[0].isupper() or part[0].isdigit())
            and not _TIME_PHRASE().match(part)
            and part.split(maxsplit=1)[0].lower() not in _PRONOUNS
        ):
            out.append(part)
    return out


# The Russian instrumental endings of a noun that opens an organization's name, and their
# nominative (longest first): "Институтом" -> "Институт", "Ассоциацией" -> "Ассоциация".
_INSTRUMENTAL_ENDINGS = (
    ("ением", "ение"),
    ("анием", "ание"),
    ("ством", "ство"),
    ("ией", "ия"),
    ("ью", "ь"),
    ("ом", ""),
    ("ой", "а"),
)
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def nominative_from_instrumental(phrase: str) -> str:
    """The phrase with its first word, a Russian noun in the instrumental (as after ``с``,
    ``совместно с``, ``в партнерстве с`` or a passive verb), in the nominative; the words
    after it (in the genitive) as they are. A phrase opening otherwise, or of one word,
    comes back as it is.

    >>> nominative_from_instrumental("Ассоциацией молодых юристов")
    'Ассоциация молодых юристов'
    >>> nominative_from_instrumental("Институтом медиаполиси")
    'Институт медиаполиси'
    >>> nominative_from_instrumental("ПРООН"), nominative_from_instrumental("Новой школой")
    ('ПРООН', 'Новой школой')
    """
    first, space, rest = phrase.partition(" ")
    if not rest or not first[:1].isupper() or not first.isalpha():
        return phrase  # (a name of one word is a proper name: "Мегаком" as it is)
    second = rest.split(" ", 1)[0]
    if second.endswith(("ой", "ей", "ом", "ем", "ым", "им")):
        return phrase  # "Новой школой": an adjective first, its noun in the instrumental too
    for ending, nominative in _INSTRUMENTAL_ENDINGS:
        stem = first[: -len(ending)]
        if first.endswith(ending) and len(stem) >= 3:
            if ending == "ом" and stem[-1:] not in _CONSONANTS:
                return phrase
            return stem + nominative + space + rest
    return phrase


# The Russian genitive endings of a noun that opens an organization's name, and their
# nominative (longest first): "Института" -> "Институт", "Ассоциации" -> "Ассоциация".
_GENITIVE_ENDINGS = (
    ("ения", "ение"),
    ("ания", "ание"),
    ("ства", "ство"),
    ("ии", "ия"),
    ("ы", "а"),
    ("а", ""),
)
_ADJECTIVE_ENDINGS = ("ой", "ого", "ей", "его", "ых", "их", "ый", "ий", "ая", "ое", "ое")


def nominative_from_genitive(phrase: str) -> str:
    """The phrase with its first word, a Russian noun in the genitive (as after ``при
    участии``), in the nominative; the words after it as they are. A phrase opening
    otherwise (an adjective, an acronym), or of one word, comes back as it is.

    >>> nominative_from_genitive("Ассоциации молодых юристов")
    'Ассоциация молодых юристов'
    >>> nominative_from_genitive("Института медиаполиси"), nominative_from_genitive("ПРООН")
    ('Институт медиаполиси', 'ПРООН')
    """
    first, space, rest = phrase.partition(" ")
    if not rest or not first[:1].isupper() or not first.isalpha() or first.isupper():
        return phrase
    if first.endswith(_ADJECTIVE_ENDINGS):
        return phrase  # "Национальной ассоциации": an adjective first
    for ending, nominative in _GENITIVE_ENDINGS:
        stem = first[: -len(ending)]
        if first.endswith(ending) and len(stem) >= 3:
            if ending == "а" and stem[-1:] not in _CONSONANTS:
                return phrase
            return stem + nominative + space + rest
    return phrase
