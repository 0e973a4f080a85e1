"""Organizations named in a text: the registry's, and new ones found by pattern.

Known organizations are found by name, acronym or alias (see
:func:`iomkg.organizations`). Pattern rules find the others: a run of
capitalised words around a head noun (``Ministry of …``, ``… Committee``,
``… Agency``, ``… Centre``, ``… Office``, ``… Academy``, ``Government of X``,
``Embassy of X in Y``), an acronym defined in brackets before or after a name,
a quoted name after a legal form (``Public Foundation “…”``, ``LLC «…»``), and
Russian names by their head noun (``Министерство …``, ``Центр …``) with the
country written after them.

>>> [(o.name, o.acronym) for o in find_organizations(
...     "The Osh Migrant Support Council (OMSC) met IOM. Later the OMSC thanked UNDP.")]
[('Osh Migrant Support Council', 'OMSC'), ('International Organization for Migration', 'IOM'), ('United Nations Development Programme', 'UNDP')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import attrs

from .._check import expect
from .._models import Organization, OrgKind, PlaceKind, Span
from .._reference.lexicons import role_words
from .._reference.names import upper_class as _upper_class
from .._reference.organizations import (
    OrganizationRegistry,
    add_aliases,
    country_of,
    guess_kind,
    org_key,
    spellings_of,
)
from .._reference.reference import current
from .._regex import lazy_pattern as _lazy
from .spans import Cover

__all__ = ["find_organizations", "seated_where_named"]

#: Head nouns: a run of capitalised words holding one of them may be an organization.
_HEADS = frozenset(
    {
        "Ministry",
        "Committee",
        "Agency",
        "Centre",
        "Center",
        "Office",
        "Academy",
        "Department",
        "Bureau",
        "Service",
        "Council",
        "Commission",
        "Cabinet",
        "Government",
        "Embassy",
        "Consulate",
        "Parliament",
        "Institute",
        "University",
        "Foundation",
        "Fund",
        "Association",
        "Organization",
        "Organisation",
        "Inspectorate",
        "Secretariat",
        "Directorate",
        "Chamber",
        "Court",
        "Mission",
        "Network",
        "Bank",
        "Coalition",
        "Alliance",
        "Federation",
        "Society",
        "Union",
        "Administration",
        "College",
        "Authority",
        "Board",
        "Kenesh",
        "Akimat",
        "Hokimiyat",
        "Khokimiyat",
    }
)
#: Heads that make a name with nothing but a place beside them (``Embassy of Japan``).
_PLACE_HEADS = frozenset(
    {"Embassy", "Consulate", "Government", "Parliament", "Cabinet", "Akimat", "Hokimiyat",
     "Khokimiyat"}
)  # fmt: skip
#: A name ending in one of these is a programme, plan or event, not an organization.
_NOT_ORG_LAST = frozenset(
    {
        "Programme",
        "Program",
        "Project",
        "Initiative",
        "Facility",
        "Platform",
        "Framework",
        "Plan",
        "Plans",
        "Strategy",
        "Concept",
        "Agenda",
        "Compact",
        "Campaign",
        "Conference",
        "Forum",
        "Workshop",
        "Meeting",
        "Session",
        "Day",
        "Week",
        "Award",
        "Law",
        "Code",
        "Decree",
        "Resolution",
        "Report",
    }
)
#: Capitalised words that open a sentence or a phrase but never an organization's name.
_LEADING_STOP_WORDS = (
    "The A An In On At During Today Yesterday Also However Moreover Furthermore Recently "
    "Meanwhile As With By From For To After Before Since Under Through Within According "
    "This That These Those Our Its Their His Her Both All Each Every Many Several Some Dear "
    "Mr Mrs Ms Dr Head Director Chair Chairman Chairperson Minister Deputy Representative "
    "Ambassador Coordinator Officer Specialist Expert Staff Member Members Representatives NGO "
    "Experts January February March April May June July August September October November "
    "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
_LEADING_STOP = frozenset(_LEADING_STOP_WORDS.split())
#: Heads whose names may hold nothing but a place and generic words (``Osh State University``).
_PLACE_NAMED_HEADS = frozenset(
    {
        "University",
        "Institute",
        "Academy",
        "College",
        "Administration",
        "Hospital",
        "Lyceum",
        "Akimat",
        "Hokimiyat",
        "Khokimiyat",
    }
)
#: Title words that a head ends (``Head of Office``, ``Chief of Mission``): a name after them
#: is a person's.
_TITLE_WORDS = frozenset(
    {"Head", "Chief", "Director", "Deputy", "Manager", "Coordinator", "Officer", "Member"}
)
#: Words that do not make a name on their own beside a head (``Public Foundation``).
_GENERIC = frozenset(
    [
        "Public",
        "Private",
        "National",
        "State",
        "Joint",
        "International",
        "Regional",
        "Local",
        "Republican",
        "Central",
        "General",
        "Federal",
        "Main",
        "New",
        "Global",
        "Special",
        "City",
        "District",
        "Municipal",
        "Oblast",
        "Rural",
    ]
)
_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Dr", "Mister", "Madam", "Prof", "Professor"})
#: The endings of Central Asian and Russian surnames and patronymics (a person's name).
_PERSON_SURNAME = _lazy(
    r"(?:[ob]?ov|[ye]?ev|[ob]?ova|[ye]?eva|uulu|kyzy|zoda|zade|ов|ев|ова|ева|уулу|кызы|зода)$"
)
_PERSON_PATRONYMIC = _lazy(r"(?:ovna|evna|ovich|evich|овна|евна|ович|евич)$")
#: Heads whose place is part of the name (``Embassy of Japan in Bishkek``, ``IOM Office in Osh``).
_SITED_HEADS = frozenset({"Embassy", "Consulate", "Office", "Mission", "Delegation", "Chamber"})
_PREFIX_LINKS = frozenset({"of", "for", "on", "under"})
# (used within runs of capitalised words, whose spaces are single: the bounds
# change nothing there and keep the patterns linear anywhere)
_ALWAYS_SPLIT = _lazy(
    r",\s{1,40}(?:and\s{1,40})?the\s{1,40}|\s{1,40}and\s{1,40}the\s{1,40}"
    r"|\s{1,40}as\s{1,40}well\s{1,40}as\s{1,40}"
)
_MAYBE_SPLIT = _lazy(r",\s{1,40}(?:and\s{1,40})?|\s{1,40}and\s{1,40}|\s{0,40}&\s{0,40}")
_WORD = _lazy(r"[^\W_][\w'’\-]*")
_ACRONYM_DEF = _lazy(
    r"[ \t\u00a0]{0,2}[(\[][ \t]?([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё/&.\-]{1,14})[ \t]?[)\]]"
)
#: The characters a match of ``_ACRONYM_DEF`` may start with (keep the two in step).
_BEFORE_BRACKET = frozenset(" \t\u00a0([")
_COMPANY_FORMS = frozenset({"LLC", "JSC", "OJSC", "CJSC", "LTD"})
#: A legal form right before an opening quote (a newline may come between them): English,
#: Russian (ОО, ОФ: public association and foundation; ОсОО, ООО: a company; НКО, НПО: a
#: non-profit) and Kyrgyz (КФ, КБ: коомдук фонд, коомдук бирикме), short or written out.
_FORM_AT = _lazy(
    r"(?<![\w\-])(Public (?:Foundation|Association|Fund|Union|Organization)|NGO|PF|PA|LLC|JSC"
    r"|OJSC|CJSC|Ltd|ОО|ОФ|ОсОО|ООО|ОАО|ЗАО|АО|НКО|НПО|КФ|КБ|ЖЧК"
    r"|Общественн(?:ый|ого|ому|ым|ом)[ \u00a0]фонд[аеуом]{0,2}"
    r"|Общественн(?:ое|ого|ому|ым|ом)[ \u00a0]объединени[еяюм]{1,2}"
    r"|Коомдук[ \u00a0](?:фонд|бирикме)\w{0,4})"
    r"[ \t\u00a0]?\n?(?=[«“\"„])"
)
#: The first words of the legal forms: the registry's scan notes where they stand.
_FORM_WORDS = frozenset(
    {
        "Public", "NGO", "PF", "PA", "LLC", "JSC", "OJSC", "CJSC", "Ltd", "ОО", "ОФ", "ОсОО",
        "ООО", "ОАО", "ЗАО", "АО", "НКО", "НПО", "КФ", "КБ", "ЖЧК", "Общественный",
        "Общественного", "Общественному", "Общественным", "Общественном", "Общественное",
        "Коомдук",
    }
)  # fmt: skip
_COMPANY_FORMS_RU = frozenset({"ОСОО", "ООО", "ОАО", "ЗАО", "АО", "ЖЧК"})
#: A Kyrgyz quoted name before its form: ``«Ак Жол» коомдук бирикмеси``.
_KYRGYZ_FORM_AFTER = _lazy(
    r"[«“\"„]([^«»“”\"„\n]{2,60})[»”\"“][ \u00a0]коомдук[ \u00a0](?:фонд|бирикме)\w{0,4}"
)
#: An English non-profit form before an unquoted name: ``the NGO Tendesh``, ``PF Ayalzat``.
_FORM_BEFORE_NAME = _lazy(
    r"(NGO|PF|Public[ \u00a0](?:Foundation|Association|Fund))[ \u00a0]"
    r"([A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){0,3})(?![\w'’\-]|[ \u00a0][A-Z])"
)
#: The capitalised words whose places the registry's scan notes for the rules here.
_MARKS = _HEADS | _FORM_WORDS
_QUOTED_TAIL = _lazy(r"[«“\"„]([^«»“”\"„\n]{2,60})[»”\"“]")
_RU_WORD = _lazy(r"[^\W\d_][\w\-]*")
_RU_CHAIN = _lazy(
    r"[А-ЯЁ][а-яёөүң\-]+(?:,?[ \u00a0](?:(?:и|по|при|для)[ \u00a0])?[а-яёөүңА-ЯЁӨҮҢ][а-яёөүң\-]*){1,12}"
)
#: How a Russian organization name may start (a head noun or a state-like adjective).
_RU_STARTS = (
    "министерств",
    "ведомств",
    "агентств",
    "служб",
    "комитет",
    "департамент",
    "управлени",
    "центр",
    "фонд",
    "академи",
    "университет",
    "институт",
    "ассоциаци",
    "совет",
    "комисси",
    "инспекци",
    "прокуратур",
    "мэри",
    "представительств",
    "посольств",
    "правительств",
    "администраци",
    "палат",
    "акимат",
    "хокимият",
    "торгово-промышленн",
    "государственн",
    "национальн",
    "республиканск",
    "генеральн",
    "общественн",
    "международн",
    "верховн",
    "центральн",
    "региональн",
)
#: Head nouns: a Russian name must hold one.
_RU_HEADS = tuple(x for x in _RU_STARTS if not x.endswith("н") and not x.endswith("ск"))
#: The state-like adjectives a name may start with (any ending).
_RU_ADJECTIVE_STARTS = tuple(x for x in _RU_STARTS if x not in _RU_HEADS)


def _ru_head_word(word: str) -> bool:
    """Whether ``word`` (case-folded) is a head noun of _RU_HEADS in some case: its stem and
    a case ending of at most three letters (``центром``, not ``центральноазиатской``).

    >>> _ru_head_word("центром"), _ru_head_word("центральноазиатской")
    (True, False)
    """
    return any(word.startswith(stem) and len(word) - len(stem) <= 3 for stem in _RU_HEADS)


def _ru_starts_name(word: str) -> bool:
    """Whether ``word`` (case-folded) may open a Russian name: a head noun in some case or a
    state-like adjective (``государственной``)."""
    return word.startswith(_RU_ADJECTIVE_STARTS) or (
        word.startswith(_RU_HEADS) and _ru_head_word(word)
    )


_RU_GOVERNMENT = (
    "министерств",
    "ведомств",
    "государственн",
    "правительств",
    "посольств",
    "прокуратур",
    "генеральн",
    "мэри",
    "администраци",
    "акимат",
    "хокимият",
    "верховн",
)
_RU_LINKS = frozenset({"и", "по", "при", "для"})
_RU_STOP = frozenset(
    [
        "в",
        "во",
        "на",
        "с",
        "со",
        "о",
        "об",
        "от",
        "из",
        "за",
        "к",
        "у",
        "а",
        "но",
        "что",
        "как",
        "также",
        "совместно",
        "вместе",
        "вчера",
        "сегодня",
        "ранее",
        "затем",
        "впервые",
        "уже",
        "ещё",
        "еще",
        "который",
        "которая",
        "которое",
        "которые",
        "был",
        "была",
        "было",
        "были",
        "будет",
        "это",
        "этот",
        "эта",
        "этом",
    ]
)
_RU_VERB_ENDINGS = ("л", "ла", "ло", "ли", "ет", "ют", "ит", "ят", "ать", "ять", "ить", "ся", "сь")
_RU_NOT_VERBS = frozenset({"торговли", "земли", "молодежи", "занятости", "политики", "культуры"})
# _AND_MORE and _OF_AFTER are matched at the end of a name, never after a space: the
# look-behind lets a search try them only at the start of a run of spaces (linear).
_AND_MORE = _lazy(
    r"(?<![ \t])[ \t]+and[ \t]+([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})(?=\s*[,.;:()]|\s*$|[ \t]+[a-z])"
)
_ACRONYM_BEFORE = _lazy(r"\b([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё/&.\-]{1,14})[ \t\u00a0]{0,2}[(\[]$")
# (matched on names made of single-spaced words: the bounds change nothing there)
_COUNTRY_SUFFIX = _lazy(r"^(.+?)\s{1,40}(?:of|in)\s{1,40}(?:the\s{1,40})?([^,]+)$")
_OF_AFTER = _lazy(
    r"(?<![ \t\u00a0])[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
    r"([A-Z][\w'’\-]*(?:[ \t\u00a0](?:of[ \t\u00a0](?:the[ \t\u00a0])?)?[A-Z][\w'’\-]*){0,5})"
)


@functools.cache
def _chain_pattern() -> re.Pattern[str]:
    """A run of capitalised words, joined by spaces, commas and small lowercase links.

    The run is the group ``chain``; it starts at the first capital of a word
    (``xMinistry of Health`` holds ``Ministry of Health``). The match starts where
    that word starts: a search tries each word once, not again at each of its
    capitals, which would be quadratic on a long word of capitals (every try
    would read the word to its end).
    """
    upper = "[" + _upper_class() + "]"
    word = upper + r"[\w'’\-]*"
    link = r"(?:of|for|and|on|the|in|under|to|at|&)"
    not_upper = r"(?:[^\W" + _upper_class() + r"]|['’\-])"
    return re.compile(
        r"(?<![\w'’\-])"
        + not_upper
        + r"*(?P<chain>"
        + word
        + r"(?:,?[ \u00a0](?:"
        + link
        + r"[ \u00a0]){0,3}"
        + word
        + r"){1,40})"
    )


def _is_upper_word(word: str) -> bool:
    return word[:1].isupper()


def _country_place(name: str) -> str | None:
    place = current().places.lookup(name)
    if place is not None and place.kind is PlaceKind.COUNTRY:
        return place.country_code
    return None


def _country_of_place(name: str) -> str | None:
    """The country of a place the gazetteer knows (``Алматы``: ``KZ``)."""
    place = current().places.lookup(name)
    return place.country_code if place is not None else None


def _is_place(name: str) -> bool:
    return current().places.lookup(name) is not None


def find_organizations(
    text: str, *, registry: OrganizationRegistry | None = None
) -> tuple[Organization, ...]:
    """Every organization named in ``text``: one record per organization, in order of first mention.

    Known organizations come back as their registry record (name, acronym,
    aliases, kind, country), whatever spelling the text uses; others are found
    by pattern rules. Each record carries every mention as a
    :class:`~iomkg.Span` into ``text``. A name and its acronym are one record.
    Programmes, people and places are not organizations.

    >>> orgs = find_organizations(
    ...     "The Ministry of Emergency Situations of the Kyrgyz Republic and the "
    ...     "Swiss Agency for Development and Cooperation (SDC) opened the Naryn Crisis "
    ...     "Centre under the Global Joint Programme. SDC thanked the ministry.")
    >>> [(o.name, [m.text for m in o.mentions]) for o in orgs]
    [('Ministry of Emergency Situations', ['Ministry of Emergency Situations of the Kyrgyz Republic']), ('Swiss Agency for Development and Cooperation', ['Swiss Agency for Development and Cooperation', 'SDC', 'SDC']), ('Naryn Crisis Centre', ['Naryn Crisis Centre'])]
    """
    reg = registry if registry is not None else current().organizations
    expect(text, str, "text")
    found, marked = reg._scan(text, _MARKS)
    hits = _foreign_bodies(text, _longer_ministries(text, found))
    # (the scan's hits are in text order and do not overlap: sorting is needed
    # only where a rule adds some)
    hits = _with(hits, _quoted_names(text, hits, [at for at, w in marked if w in _FORM_WORDS]))
    # Every Russian or Kyrgyz name starts with a capital А-Я or Ё, which UTF-8 writes with a
    # first byte 0xD0: one byte search spares English texts the rules below.
    if b"\xd0" in text.encode("utf-8", "surrogatepass"):
        hits = _with(hits, _russian_names(text, hits))
        hits = _with(hits, _academic_names(text, hits))
        hits = _with(hits, _embassies(text, hits))
        hits = _with(hits, _local_governments(text, hits))
        hits = _with(hits, _kyrgyz_ministries(text, hits))
    elif "kimat" in text or "kimiyat" in text or "City Hall" in text:
        hits = _with(hits, _local_governments(text, hits))
    hits = _with(hits, _pattern_hits(text, hits, reg, [at for at, w in marked if w in _HEADS]))
    if "inister" in text or "инистр" in text:
        hits = _with(hits, _ministries_of_ministers(text, hits, reg))
    hits = _acronyms_defined(text, hits, reg)
    by_name: dict[str, Organization] = {}
    spelled: dict[str, set[str]] = {}
    mentions: dict[str, list[Span]] = {}
    for start, end, org in hits:
        name = org.name
        known = by_name.get(name)
        if known is None:
            by_name[name] = org
            spelled[name] = set(spellings_of(org))
            mentions[name] = []
        elif known is not org and known != org:
            by_name[name] = _merge(known, org)
            spelled[name] = set(spellings_of(by_name[name]))
        span_text = text[start:end]
        if span_text not in spelled[name]:
            spelled[name].add(span_text)
            if not _acronym_like(span_text) and _MINISTER().match(span_text) is None:
                by_name[name] = add_aliases(by_name[name], span_text)
        mentions[name].append(Span(start=start, end=end, text=span_text))
    return tuple(_with_mentions(org, mentions[name]) for name, org in by_name.items())


# A minister's title, whose words after it name the ministry ("Deputy Minister of Health of
# Tajikistan", "заместитель министра здравоохранения Республики Таджикистан").
_MINISTER = _lazy(
    r"(?<![\w\-])(?:[Mm]inister|[Мм]инистр(?:а|у|ом|е)?)(?=[ \u00a0](?:of|for|[а-яё]))"
)
# Where the words after a minister's title stop naming the ministry.
_MINISTRY_STOP = _lazy(r"[.;:()\n«»“”\"]|,[ \u00a0](?:Mr|Ms|Mrs|Dr|H\.E)\b")


def _ministries_of_ministers(
    text: str, hits: list[tuple[int, int, Organization]], reg: OrganizationRegistry
) -> list[tuple[int, int, Organization]]:
    """The ministries a minister's title names: "Minister of X" names the "Ministry of X",
    "министра X" the "Министерство X" (the words after the title are the ministry's own,
    in the genitive in Russian), when the ministry is one the registry knows or a foreign
    one by rule. The mention is the title with those words.

    >>> [(o.name, [m.text for m in o.mentions]) for o in find_organizations(
    ...     "It was opened by the Deputy Minister of Emergency Situations, Mr. Aibek Osmonov.")]
    [('Ministry of Emergency Situations', ['Minister of Emergency Situations'])]
    """
    taken: Cover | None = None
    out: list[tuple[int, int, Organization]] = []
    words = _ministry_words(reg)
    minister = _MINISTER().match
    # (the title's letters after its first found by plain search: the pattern is tried there)
    for at in sorted(_all_at(text, "inister") + _all_at(text, "инистр")):
        m = minister(text, at - 1) if at else None
        if m is None:
            continue
        head = "Министерство" if m.group()[0] in "мМ" else "Ministry"
        after = text[m.end() : m.end() + 40].split(maxsplit=2)
        if (
            len(after) < 2
            or (after[1] if head == "Ministry" else after[0]).rstrip(",") not in words
        ):
            continue  # (no ministry the registry knows is named so: most titles)
        if taken is None:
            taken = Cover([(s, e) for s, e, _o in hits])
        if taken.overlaps(m.start(), m.end()):
            continue
        cut = _MINISTRY_STOP().search(text, m.end(), min(len(text), m.end() + 160))
        tail = text[m.end() : cut.start() if cut is not None else min(len(text), m.end() + 160)]
        phrase = head + tail
        # a ministry the registry knows (a scan of the phrase), else, when a country is
        # named after it, one by rule (the whole search: rarer and costlier)
        found = [(s, e, o) for s, e, o in reg.scan(phrase)[:1] if s == 0]
        if not found and any(map(tail.__contains__, _COUNTRY_WORDS)):
            found = [
                (o.mentions[0].start, o.mentions[0].end, o)
                for o in find_organizations(phrase, registry=reg)[:1]
            ]
        for start, last, org in found:
            if (
                start == 0
                and org.kind is OrgKind.GOVERNMENT
                and org.name.startswith(("Ministry", "Министерство"))
                and last > len(head) + 3
                # (a ministry the registry knows or a country's by rule, not "Министерство
                # труда" of an unnamed country)
                and (org.country is not None or reg.lookup(org.name) is not None)
            ):
                end = m.end() + last - len(head)
                if not taken.overlaps(m.start(), end):
                    out.append((m.start(), end, org))
    return out


def _all_at(text: str, needle: str) -> list[int]:
    """Where ``needle`` stands in ``text``."""
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _ministry_words(reg: OrganizationRegistry) -> frozenset[str]:
    """The first words after "Ministry of" / "for" and "Министерство" in the registry's
    ministries' spellings (``Health``, ``здравоохранения``): a minister's title whose first
    word is none of them names no ministry the rule finds. Kept with the registry's answers.

    >>> "Health" in _ministry_words(current().organizations)
    True
    """
    memo = reg.answers("ministry-words", current().places)
    found = memo.get("")
    if found is None:
        words = set()
        for org in reg:
            for spelling in (org.name, *org.aliases):
                parts = spelling.split()
                if len(parts) > 2 and parts[0] == "Ministry" and parts[1] in ("of", "for"):
                    words.add(parts[2].rstrip(","))
                elif len(parts) > 1 and parts[0] == "Министерство":
                    words.add(parts[1].rstrip(","))
        found = memo[""] = frozenset(words)
    return found


# Words one of which a country's name after a ministry holds (the five countries and the
# usual donors' names end so, or are written as a republic).
_COUNTRY_WORDS = ("stan", "стан", "Republic", "Республик")


# The words of a city's, district's or region's executive, whose name holds the place where
# it sits: "Akimat of Almaty", "Osh City Hall", "Мэрия города Ош", "Хокимият … области".
_LOCAL_EXECUTIVE = _lazy(
    r"(?i)(?<!\w)(?:akimat|hokimiyat|khokimiyat|city[ \u00a0]hall|mayor['’]s[ \u00a0]office"
    r"|мэри[яиюей]|акимат|хокимият|мэриясы|акимчилиги)"
)


def seated_where_named(org: Organization) -> bool:
    """Whether an organization sits in the place its name holds: a city's, district's or
    region's executive (``Акимат города Алматы``, ``Osh City Hall``), so that a meeting "at
    the mayor's office of Osh" is in Osh (a ministry "of Tajikistan" is no venue).

    >>> seated_where_named(Organization(name="Акимат города Алматы"))
    True
    >>> seated_where_named(Organization(name="Ministry of Health of Tajikistan"))
    False
    """
    return any(_LOCAL_EXECUTIVE().search(name) is not None for name in (org.name, *org.aliases))


def _with(
    hits: list[tuple[int, int, Organization]], more: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """``hits`` (in order) and ``more``, in order of start, the longer first."""
    return sorted(hits + more, key=_by_start) if more else hits


def _by_start(hit: tuple[int, int, Organization]) -> tuple[int, int]:
    return hit[0], -hit[1]


def _with_mentions(org: Organization, mentions: list[Span]) -> Organization:
    # Direct construction: attrs.evolve is several times slower.
    return Organization(
        name=org.name,
        acronym=org.acronym,
        aliases=org.aliases,
        kind=org.kind,
        country=org.country,
        mentions=tuple(mentions),
        wikidata_id=org.wikidata_id,
    )


_LOWERCASE = _lazy(r"[a-zа-яё]")


def _acronym_like(text: str) -> bool:
    return not _LOWERCASE().search(text)


def _merge(a: Organization, b: Organization) -> Organization:
    if a is b or a == b:
        return a
    merged = add_aliases(a, *spellings_of(b))
    if merged.acronym is None and b.acronym is not None:
        merged = attrs.evolve(
            merged,
            acronym=b.acronym,
            aliases=tuple(x for x in merged.aliases if x != b.acronym),
        )
    return merged


def _foreign_bodies(
    text: str, hits: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """``Ministry of Foreign Affairs of Uzbekistan`` is not Kyrgyzstan's ministry."""
    out = []
    for start, end, org in hits:
        m = _OF_AFTER().match(text, end) if org.kind is OrgKind.GOVERNMENT and org.country else None
        if m is None:
            out.append(
                _country_beside(text, start, end, org)
                if org.kind is OrgKind.GOVERNMENT and org.country
                else (start, end, org)
            )
            continue
        new_end, new_org = end, org
        words = m.group(1).split()
        # the country may follow more of the name: "… Protection of Population of Tajikistan"
        found = False
        for first in range(len(words)):
            if first and words[first - 1] not in ("of", "the"):
                continue
            if _is_place(words[first]) and _country_place(words[first]) is None:
                break  # "of Osh …": a place of its own, not more of the name
            for n in range(len(words) - first, 0, -1):
                code = _country_place(" ".join(words[first : first + n]))
                if code is not None:
                    if code != org.country:
                        new_end = _end_of_words(text, m.start(1), first + n)
                        new_org = Organization(
                            name=text[start:new_end],
                            kind=OrgKind.GOVERNMENT,
                            country=code,
                            aliases=(text[start:end],),
                        )
                    found = True
                    break
            if found:
                break
        out.append((start, new_end, new_org))
    return out


# A country written right after a body's name in the genitive (``Министерством иностранных
# дел Финляндии``): one to four Cyrillic words, then no more of a name.
_COUNTRY_AFTER = _lazy(r"[ \u00a0]{1,2}([А-ЯЁӨҮҢ][\w\-]*(?:[ \u00a0][А-ЯЁӨҮҢ][\w\-]*){0,3})")
# A country before a body's name: English ``Norway's``, Kyrgyz ``Финляндиянын`` (genitive)
# or ``Финляндия`` (a compound); the last words before the name.
_COUNTRY_BEFORE = _lazy(
    r"(?<![\w\-])([A-Z][\w\-]*(?:[ \u00a0][A-Z][\w\-]*){0,3})['’]s[ \u00a0]{1,2}$"
    r"|(?<![\w\-])([А-ЯЁӨҮҢ][\w\-]*(?:[ \u00a0][А-ЯЁӨҮҢ][\w\-]*){0,3})[ \u00a0]{1,2}$"
)


def _country_beside(
    text: str, start: int, end: int, org: Organization
) -> tuple[int, int, Organization]:
    """A country's own body where the registry knows the name as another country's (its
    ministries are Kyrgyzstan's): the country written in the genitive after the name
    (Russian ``Министерством иностранных дел Финляндии``), or before it (``Norway's Ministry
    of Foreign Affairs``, Kyrgyz ``Финляндиянын Тышкы иштер министрлиги``). The body is
    named in English, ``<registry name> of <country>``, as ``Ministry of Foreign Affairs of
    Finland`` is; the text's spelling is its alias.

    >>> start, end, org = _country_beside(
    ...     "с Министерством иностранных дел Финляндии.", 2, 31, current().organizations.lookup("МИД")
    ... )
    >>> end, org.name, org.country
    (41, 'Ministry for Foreign Affairs of Finland', 'FI')
    >>> _country_beside("at Norway's Ministry of Health.", 12, 30,
    ...                 current().organizations.lookup("Ministry of Health"))[2].name
    'Ministry of Health of Norway'
    """
    new_start, new_end, country = start, end, None
    after = _COUNTRY_AFTER().match(text, end) if "\u0400" <= text[start] <= "\u04ff" else None
    if after is not None:
        words = after.group(1).split()
        for n in range(len(words), 0, -1):
            place = current().places.lookup(" ".join(words[:n]))
            if place is not None:
                if place.kind is PlaceKind.COUNTRY:
                    country = place
                    new_end = _end_of_words(text, after.start(1), n)
                break
    if country is None:
        before = _COUNTRY_BEFORE().search(text, max(0, start - 60), start)
        if before is not None:
            words = (before.group(1) or before.group(2)).split()
            for k in range(len(words)):
                place = current().places.lookup(" ".join(words[k:]))
                if place is not None and place.kind is PlaceKind.COUNTRY:
                    country = place
                    new_start = before.start() + len(" ".join(words[:k])) + (1 if k else 0)
                    break
    if country is None or country.country_code == org.country or country.country_code is None:
        return start, end, org
    name = f"{org.name} of {country.name}"
    known = current().organizations.lookup(name)  # "… of Norway": the registry's record
    if known is not None:
        return new_start, new_end, known
    return (
        new_start,
        new_end,
        Organization(
            name=name,
            kind=OrgKind.GOVERNMENT,
            country=country.country_code,
            aliases=(" ".join(text[new_start:new_end].split()),),
        ),
    )


def _quoted_names(
    text: str, known: list[tuple[int, int, Organization]], forms: list[int]
) -> list[tuple[int, int, Organization]]:
    """``Public Foundation “Insan-Leilek”``, ``LLC «Example»``: a legal form and a quoted name.

    ``forms`` are where the first words of legal forms stand (``Public``, ``LLC``):
    the scan found them, so that a text without one costs nothing here.
    """
    out: list[tuple[int, int, Organization]] = []
    if not forms and "коомдук " not in text:
        return out
    taken = Cover([(s, e) for s, e, _ in known])
    for at in forms:
        before = _FORM_AT().match(text, at)
        m = _QUOTED_TAIL().match(text, before.end()) if before is not None else None
        if before is None or m is None:
            continue
        start, end = before.start(1), m.end()
        if taken.overlaps(start, end):
            continue
        form, name = before.group(1), m.group(1).strip()
        company = form.upper() in _COMPANY_FORMS or form.upper() in _COMPANY_FORMS_RU
        kind = OrgKind.PRIVATE if company else OrgKind.NGO
        out.append((start, end, Organization(name=name, kind=kind, aliases=(text[start:end],))))
    at = text.find("коомдук ")
    while at >= 0:
        # Kyrgyz «…» коомдук фонду / бирикмеси: the form after the quoted name
        m = _KYRGYZ_FORM_AFTER().search(text, max(0, at - 64), at + 24)
        if m is not None and not taken.overlaps(m.start(), m.end()):
            out.append(
                (
                    m.start(),
                    m.end(),
                    Organization(name=m.group(1).strip(), kind=OrgKind.NGO, aliases=(m.group(),)),
                )
            )
        at = text.find("коомдук ", at + 8)
    for at in forms:
        # "the NGO Tendesh", "Public Foundation Jashtyk Demilge": a name without quotes
        bare = _FORM_BEFORE_NAME().match(text, at)
        if bare is None or taken.overlaps(*bare.span()):
            continue
        words = bare.group(2).split()
        if words[0] in _LEADING_STOP or role_words().get(words[0].casefold()) is not None:
            continue  # "NGO Director Aida Berg": a person's title, not a name
        if _is_place(bare.group(2)):
            continue  # "NGOs in Osh": no name
        start, end = bare.span()
        name = " ".join(words)
        out.append(
            (start, end, Organization(name=name, kind=OrgKind.NGO, aliases=(text[start:end],)))
        )
    return out


def _russian_names(
    text: str, known: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """``Министерство цифрового развития Кыргызской Республики``: a Russian head noun, the
    lowercase words that qualify it, and maybe the country, as written (asked only of a text
    with a Cyrillic capital)."""
    out: list[tuple[int, int, Organization]] = []
    taken: Cover | None = None
    for m in _RU_CHAIN().finditer(text):
        words = list(_RU_WORD().finditer(text, m.start(), m.end()))
        i = 0
        while i < len(words):
            hit, i = _russian_name_at(text, words, i)
            if hit is None:
                continue
            if taken is None:
                taken = Cover([(s, e) for s, e, _ in known])
            if not taken.overlaps(hit[0], hit[1]):
                out.append(hit)
    return out


# The head nouns of universities, institutes, academies and colleges in Russian and Kyrgyz,
# in any case (Kyrgyz: the possessive form and its cases, университетинде).
_ACADEMIC_HEAD = _lazy(
    r"(?<![\w\-])(университет|институт|академи|колледж)([а-яёөүң]{0,8})(?![\w\-])"
)
_RU_ADJECTIVE = _lazy(r"(?:ого|ому|ыми|ими|ом|ым|им|ий|ый|ой|ая|ую|ое|ей|ых|их|яя|юю)$")
_KY_ADJECTIVE = _lazy(r"(?:[лдт][ыиуү]к|[ыиуү]к|кы|ки|гы|ги|дагы|деги)$")
_RU_NOMINATIVE_HEAD = {"университет": "университет", "институт": "институт",
                       "академи": "академия", "колледж": "колледж"}  # fmt: skip
_KY_NOMINATIVE_HEAD = {"университет": "университети", "институт": "институту",
                       "академи": "академиясы", "колледж": "колледжи"}  # fmt: skip


def _academic_names(
    text: str, known: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """Universities and institutes named in Russian or Kyrgyz by a place and adjectives
    before the head noun (``в Таласском государственном педагогическом институте``, ``Ош
    мамлекеттик педагогикалык институтунда``), named in the nominative; the registry's
    own (``Нарын мамлекеттик университети``) are found by name before this.

    >>> [o.name for _s, _e, o in _academic_names(
    ...     "в Таласском государственном педагогическом институте", [])]
    ['Таласский государственный педагогический институт']
    """
    out: list[tuple[int, int, Organization]] = []
    if not any(w in text for w in ("университет", "институт", "академи", "колледж")):
        return out
    taken = Cover([(s, e) for s, e, _ in known])
    for head in _ACADEMIC_HEAD().finditer(text):
        if taken.overlaps(head.start(), head.end()):
            continue
        words = text[max(0, head.start() - 120) : head.start()].split()[-5:]
        adjectives: list[str] = []
        kyrgyz = None
        for word in reversed(words):
            bare = word.strip('«»"“”()')
            if bare != word or not bare.replace("-", "").isalpha():
                break
            if kyrgyz is None:
                kyrgyz = _KY_ADJECTIVE().search(bare) is not None and not _RU_ADJECTIVE().search(
                    bare
                )
            if kyrgyz and (_KY_ADJECTIVE().search(bare) or bare[:1].isupper()):
                adjectives.insert(0, bare)
                if bare[:1].isupper() and not _KY_ADJECTIVE().search(bare):
                    # the place's name (one word, or two: "Кызыл-Кыя", "Ысык-Көл")
                    break
            elif not kyrgyz and _RU_ADJECTIVE().search(bare):
                adjectives.insert(0, bare)
            else:
                break
        if not adjectives or not adjectives[0][:1].isupper():
            continue
        if not kyrgyz and len(adjectives) < 2 and "ск" not in adjectives[0][-6:]:
            continue  # one adjective names a place ("Иссык-Кульского института"), or nothing
        stem = head.group(1)
        if kyrgyz:
            name = " ".join([*adjectives, _KY_NOMINATIVE_HEAD[stem]])
        else:
            noun = _RU_NOMINATIVE_HEAD[stem]
            feminine = noun == "академия"
            name = " ".join([*(_ru_nominative_adjective(a, feminine) for a in adjectives), noun])
        start = text.rfind(adjectives[0], max(0, head.start() - 120), head.start())
        if start < 0 or taken.overlaps(start, head.end()):
            continue
        end = head.end()
        named = _NAMED_AFTER_RU().match(text, end) if not kyrgyz else None
        if named is not None:  # "… университет имени Л. Н. Гумилева": the name goes on
            end = named.end()
            name += " " + " ".join(named.group().split())
        written = " ".join(text[start:end].split())
        aliases = () if written == name else (written,)
        out.append((start, end, Organization(name=name, kind=OrgKind.ACADEMIC, aliases=aliases)))
    return out


# "имени <person>" after a Russian institution's name (the person in the genitive, which
# the name keeps): initials, then one or two capitalised words.
_NAMED_AFTER_RU = _lazy(
    r"[ \u00a0]имени[ \u00a0](?:[А-ЯЁ]\.[ \u00a0]?){0,3}[А-ЯЁа-яё][\w\-]{1,30}"
    r"(?:[ \u00a0][А-ЯЁ][\w\-]{1,30})?(?![\w\-])"
)


# A country's embassy in Russian (``Посольства Германии``) or Kyrgyz (``Германиянын
# (Кыргыз Республикасындагы) элчилиги``): the country's words, at most four.
_RU_EMBASSY = _lazy(
    r"(?<![\w\-])[Пп]осольств[оаеуом]{1,2}[ \u00a0]([А-ЯЁ][\w\-]*(?:[ \u00a0][А-ЯЁ][\w\-]*){0,3})"
)
_KY_EMBASSY = _lazy(
    r"(?<![\w\-])([А-ЯЁӨҮҢ][\w\-]*(?:[ \u00a0][А-ЯЁӨҮҢ][\w\-]*){0,2})"
    r"(?:[ \u00a0](?:Кыргыз[ \u00a0]Республикасындагы|Кыргызстандагы|Бишкектеги))?"
    r"[ \u00a0][Ээ]лчилиг\w{0,6}(?![\w\-])"
)


_KY_RELATIVE = ("дагы", "деги", "догу", "дөгү", "тагы", "теги", "тогу", "төгү")


def _embassies(
    text: str, known: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """A country's embassy named in Russian or Kyrgyz: ``Embassy of <country>`` (the
    registry's record when it has one, ``Посольство Японии``), the written form its alias.

    >>> [(o.name, o.country) for _s, _e, o in _embassies("в Посольстве Германии.", [])]
    [('Embassy of Germany', 'DE')]
    """
    out: list[tuple[int, int, Organization]] = []
    if "осольств" not in text and "лчилиг" not in text:
        return out
    taken = Cover([(s, e) for s, e, _ in known])
    for pattern, after in ((_RU_EMBASSY(), True), (_KY_EMBASSY(), False)):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if not after:
                # "… Кыргыз Республикасындагы элчилиги": where the embassy is, not whose
                while words and words[-1].endswith(_KY_RELATIVE):
                    words.pop()
                    if words and words[-1] == "Кыргыз":
                        words.pop()
            country, used = None, 0
            for n in range(len(words), 0, -1):
                place = current().places.lookup(" ".join(words[:n] if after else words[-n:]))
                if place is not None:
                    if place.kind is PlaceKind.COUNTRY and place.country_code:
                        country, used = place, n
                    break
            if country is None:
                continue
            if after:
                start, end = m.start(), _end_of_words(text, m.start(1), used)
            else:
                skip = len(" ".join(words[: len(words) - used]))
                start, end = m.start(1) + (skip + 1 if skip else 0), m.end()
            if taken.overlaps(start, end):
                continue
            name = f"Embassy of {country.name}"
            org = current().organizations.lookup(name) or Organization(
                name=name, kind=OrgKind.GOVERNMENT, country=country.country_code
            )
            written = " ".join(text[start:end].split())
            out.append(
                (start, end, add_aliases(org, written) if written not in org.aliases else org)
            )
    return sorted(out, key=_by_start)


# A city's, a district's or a region's executive named in Russian, in any case and in lower
# case too: ``акиматом города Алматы``, ``хокимияте Ферганской области``, ``мэрии Бишкека``.
_RU_LOCAL_GOVERNMENT = _lazy(
    r"(?<![\w\-])([Аа]кимат|[Хх]окимият|[Мм]эри)(а|у|ом|е|я|и|ю|ей|ией)?[ \u00a0]{1,2}"
    r"(?:(города|района|области|села|аула)[ \u00a0]{1,2}([А-ЯЁ][\w\-]{1,30})"
    r"|([А-ЯЁ][\w\-]{1,30}(?:ой|ого))[ \u00a0]{1,2}(области|района)"
    r"|([А-ЯЁ][\w\-]{1,30}))(?![\w\-])"
)
_RU_LOCAL_HEADS = {"акимат": "акимат", "хокимият": "хокимият", "мэри": "мэрия"}


# The same in Kyrgyz: ``Бишкек шаарынын мэриясы``, ``Ош облусунун акимчилигинде``.
_KY_LOCAL_GOVERNMENT = _lazy(
    r"(?<![\w\-])([А-ЯЁӨҮҢ][\w\-]{1,30})[ \u00a0](шаарынын|облусунун|районунун)[ \u00a0]"
    r"(мэрия|акимчилиг|акимчилик)[а-яөүң]{0,8}(?![\w\-])"
)
_KY_LOCAL_HEADS = {"мэрия": "мэриясы", "акимчилиг": "акимчилиги", "акимчилик": "акимчилиги"}


# In English, in lower case or as a city's hall: ``the akimat of Turkestan region``, ``the
# khokimiyat of Namangan region``, ``Karakol City Hall``.
_EN_LOCAL_GOVERNMENT = _lazy(
    r"(?<![\w\-])(?:(akimat|hokimiyat|khokimiyat)[ \u00a0]of[ \u00a0]([A-Z][\w\-]{1,30})"
    r"(?:[ \u00a0](city|region|oblast|district|province))?"
    r"|([A-Z][\w\-]{1,30})[ \u00a0]City[ \u00a0]Hall)(?![\w\-])"
)


def _local_governments(
    text: str, known: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """A city's, district's or region's executive named in Russian (``акиматом города
    Алматы``, ``хокимият Ферганской области``), in the nominative: the registry's record
    when it knows the name (``Мэрия Бишкека``).

    >>> [(o.name, o.country) for _s, _e, o in _local_governments("с акиматом города Алматы.", [])]
    [('Акимат города Алматы', 'KZ')]
    """
    out: list[tuple[int, int, Organization]] = []
    taken = Cover([(s, e) for s, e, _ in known])
    if "kimat" in text or "kimiyat" in text or "City Hall" in text:
        for m in _EN_LOCAL_GOVERNMENT().finditer(text):
            place = m.group(2) or m.group(4)
            country = _country_of_place(place)
            if country is None or taken.overlaps(m.start(), m.end()):
                continue
            written = " ".join(m.group().split())
            name = written[:1].upper() + written[1:]
            org = current().organizations.lookup(name) or Organization(
                name=name, kind=OrgKind.GOVERNMENT, country=country
            )
            out.append((m.start(), m.end(), org))
    if (
        "кимат" not in text
        and "окимият" not in text
        and "эри" not in text
        and "кимчили" not in text
    ):
        return sorted(out, key=_by_start)
    for m in _RU_LOCAL_GOVERNMENT().finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        head = _RU_LOCAL_HEADS[m.group(1).casefold()]
        place = m.group(4) or m.group(7)
        if place is not None:
            country = _country_of_place(place)
            if country is None:
                continue  # "мэрии Согласно …": no place's name
        else:
            country = None  # (an oblast named by its adjective: "Ферганской области")
        rest = " ".join(text[m.end(2) if m.group(2) else m.end(1) : m.end()].split())
        name = head[:1].upper() + head[1:] + " " + rest
        written = " ".join(m.group().split())
        org = current().organizations.lookup(name) or Organization(
            name=name,
            kind=OrgKind.GOVERNMENT,
            country=country,
            aliases=() if written == name else (written,),
        )
        out.append((m.start(), m.end(), org))
    if "шаарынын" in text or "облусунун" in text or "районунун" in text:
        for m in _KY_LOCAL_GOVERNMENT().finditer(text):
            country = _country_of_place(m.group(1))
            if country is None or taken.overlaps(m.start(), m.end()):
                continue
            name = f"{m.group(1)} {m.group(2)} {_KY_LOCAL_HEADS[m.group(3)]}"
            written = " ".join(m.group().split())
            org = current().organizations.lookup(name) or Organization(
                name=name,
                kind=OrgKind.GOVERNMENT,
                country=country,
                aliases=() if written == name else (written,),
            )
            out.append((m.start(), m.end(), org))
        out.sort(key=_by_start)
    return out


# A ministry named in Kyrgyz, in any case, maybe after its country in the genitive
# (``Тажикстандын Саламаттык сактоо министрлигинин``, ``Казакстан Республикасынын Эмгек
# … министрлиги``): the country's word, "Республикасынын", the name's words, the head.
_KY_MINISTRY = _lazy(
    r"(?<![\w\-])(?:([А-ЯЁӨҮҢ][\w\-]{1,30})[ \u00a0](?:(Республикасынын)[ \u00a0])?)?"
    r"([А-ЯЁӨҮҢ][\w\-]{1,30}(?:,?[ \u00a0](?:жана[ \u00a0])?[а-яёөүң][\w\-]{0,30}){0,6})"
    r"[ \u00a0]министрлиг[а-яөүң]{0,8}(?![\w\-])"
)
_KY_GENITIVE_END = _lazy(r"(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)$")


def _kyrgyz_ministries(
    text: str, known: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """Ministries named in Kyrgyz in any case, in the nominative (``… министрлиги``), with
    the country written before them in the genitive: the registry's record, or the
    country's own ministry named as the registry's "of <country>" (as in Russian), or a new
    record as written.

    >>> [(o.name, o.country) for _s, _e, o in _kyrgyz_ministries(
    ...     "Тажикстандын Саламаттык сактоо министрлигинин өкүлдөрү", [])]
    [('Ministry of Health of Tajikistan', 'TJ')]
    """
    out: list[tuple[int, int, Organization]] = []
    if "министрлиг" not in text:
        return out
    taken = Cover([(s, e) for s, e, _ in known])
    for m in _KY_MINISTRY().finditer(text):
        country = None
        start = m.start(3)
        if m.group(1) is not None:
            word = m.group(1)
            if m.group(2) is None:
                word = _KY_GENITIVE_END().sub("", word)
            place = current().places.lookup(word)
            if place is not None and place.kind is PlaceKind.COUNTRY:
                country, start = place, m.start(1)
        if taken.overlaps(start, m.end()):
            continue
        ministry = " ".join(m.group(3).split()) + " министрлиги"
        org = current().organizations.lookup(ministry)
        written = " ".join(text[start : m.end()].split())
        if org is not None and (country is None or country.country_code == org.country):
            out.append((start, m.end(), org))
            continue
        if org is not None and country is not None:
            name = f"{org.name} of {country.name}"
            org = current().organizations.lookup(name) or Organization(
                name=name, kind=OrgKind.GOVERNMENT, country=country.country_code
            )
        else:
            head = text[start : m.start(3)].split() if country is not None else []
            name = " ".join([*head, ministry])
            org = Organization(
                name=name,
                kind=OrgKind.GOVERNMENT,
                country=country.country_code if country is not None else None,
                aliases=() if written == name else (written,),
            )
        out.append((start, m.end(), org))
    return out


def _ru_nominative_adjective(word: str, feminine: bool) -> str:
    """A Russian adjective in the nominative singular (``Таласском`` -> ``Таласский``)."""
    m = _RU_ADJECTIVE().search(word)
    stem = word[: m.start()] if m is not None else word
    if feminine:
        return stem + "ая"
    return stem + ("ий" if stem[-1:] in "кгхжшчщ" else "ый")


# A Russian adjective of a nation or a place (``Американская``, ``Кыргызской``).
_RU_NATION_ADJECTIVE = _lazy(r"[сц]к(?:ая|ой|ую|ого|ому|ий|ом|им|ие|их)$")


def _russian_name_at(
    text: str, words: list[re.Match[str]], i: int
) -> tuple[tuple[int, int, Organization] | None, int]:
    """The Russian name starting at ``words[i]`` (or ``None``), and where to look next."""
    first = words[i].group()
    if not (
        first[0].isupper()
        and (
            _ru_starts_name(first.casefold())
            # "Американская торговая палата": a chamber named by a nation's adjective
            or (
                _RU_NATION_ADJECTIVE().search(first) is not None
                and any(w.group().startswith("палат") for w in words[i + 1 : i + 3])
            )
        )
    ):
        return None, i + 1
    keep = i + 1
    for w in words[i + 1 :]:
        word = w.group()
        if word[0].isupper():
            break
        if word in _RU_STOP or (word.endswith(_RU_VERB_ENDINGS) and word not in _RU_NOT_VERBS):
            break
        keep += 1
    while keep > i + 1 and words[keep - 1].group() in _RU_LINKS:
        keep -= 1
    if keep < i + 2:
        return None, i + 1
    end = words[keep - 1].end()
    # the country, written after the name: ``… Кыргызской Республики``
    country = None
    rest = words[keep : keep + 2]
    if rest and rest[0].group()[0].isupper() and not text[end : rest[0].start()].strip():
        for n in (2, 1):
            if len(rest) >= n:
                code = _country_place(text[rest[0].start() : rest[n - 1].end()])
                if code is not None:
                    country, end, keep = code, rest[n - 1].end(), keep + n
                    break
    if (
        country is None
        and rest
        and words[keep - 1].group() in {"города", "района", "области", "села"}
        and _is_place(rest[0].group())
    ):
        # ``Центр занятости города Бишкек``: the place the name ends with
        end, keep = rest[0].end(), keep + 1
        country = _country_of_place(rest[0].group())
    if (
        country is None
        and len(rest) == 2
        and rest[0].group() == "в"
        and any(w.group().startswith("палат") for w in words[i:keep])
        and _country_place(rest[1].group()) is not None
    ):
        # "… торговая палата в Казахстане": where the chamber is, part of its name
        end, keep = rest[1].end(), keep + 2
    start = words[i].start()
    name = text[start:end]
    folded = name.casefold()
    if not any(_ru_head_word(w.group().casefold()) for w in words[i:keep]):
        return None, keep
    if folded.startswith(_RU_GOVERNMENT):
        kind = OrgKind.GOVERNMENT
    elif any(stem in folded for stem in ("университет", "академи", "институт")):
        kind = OrgKind.ACADEMIC
    elif folded.startswith("общественн"):
        kind = OrgKind.NGO
    else:
        kind = OrgKind.OTHER
    written = " ".join(name.split())
    nominative = _ru_nominative_name(written)
    if nominative != written:
        known = current().organizations.lookup(nominative)
        if known is not None:
            return (start, end, known), keep
        org = Organization(name=nominative, kind=kind, country=country, aliases=(written,))
        return (start, end, org), keep
    return (start, end, Organization(name=name, kind=kind, country=country)), keep


# The head nouns of Russian names (their stems, as in _RU_STARTS) in the nominative, with
# their gender (m, f, n), which the adjectives before them take.
_RU_HEAD_NOMINATIVE = {
    "министерств": ("министерство", "n"), "ведомств": ("ведомство", "n"),
    "агентств": ("агентство", "n"), "представительств": ("представительство", "n"),
    "посольств": ("посольство", "n"), "правительств": ("правительство", "n"),
    "управлени": ("управление", "n"), "служб": ("служба", "f"), "академи": ("академия", "f"),
    "ассоциаци": ("ассоциация", "f"), "комисси": ("комиссия", "f"),
    "инспекци": ("инспекция", "f"), "прокуратур": ("прокуратура", "f"), "мэри": ("мэрия", "f"),
    "администраци": ("администрация", "f"), "палат": ("палата", "f"),
    "комитет": ("комитет", "m"), "департамент": ("департамент", "m"), "центр": ("центр", "m"),
    "фонд": ("фонд", "m"), "университет": ("университет", "m"), "институт": ("институт", "m"),
    "совет": ("совет", "m"), "акимат": ("акимат", "m"), "хокимият": ("хокимият", "m"),
}  # fmt: skip
# The case endings a head noun may carry after its stem (the nominative's among them).
_RU_NOUN_ENDING = _lazy(r"(?:о|а|ы|е|у|ом|ой|ою|и|я|ю|ей|ем|ие|ия|ию|ии|ием|ией|ь|)$")


def _ru_nominative_name(name: str) -> str:
    """A Russian name whose head noun (and the adjectives before it) is in an oblique case,
    in the nominative; the words after the head (its genitive complements) stay as written.

    >>> _ru_nominative_name("Министерством просвещения Республики Казахстан")
    'Министерство просвещения Республики Казахстан'
    >>> _ru_nominative_name("Государственной службой по миграции")
    'Государственная служба по миграции'
    >>> _ru_nominative_name("Институтом медиаполиси")
    'Институт медиаполиси'
    """
    words = name.split(" ")
    for at in range(min(4, len(words))):
        word = words[at]
        folded = word.casefold()
        head = next(
            (
                stem
                for stem in _RU_HEAD_NOMINATIVE
                if folded.startswith(stem) and _RU_NOUN_ENDING().search(folded[len(stem) :])
            ),
            None,
        )
        if head is not None:
            break
        if _RU_ADJECTIVE().search(folded) is None:
            return name  # a word before the head that is no adjective: leave the name
    else:
        return name
    nominative, gender = _RU_HEAD_NOMINATIVE[head]
    if folded == nominative:
        return name
    out = [_ru_adjective_in(word, gender) for word in words[:at]]
    out.append(word[:1] + nominative[1:] if word[:1].isupper() else nominative)
    return " ".join(out + words[at + 1 :])


def _ru_adjective_in(word: str, gender: str) -> str:
    """A Russian adjective (``Государственной``) in the nominative singular of ``gender``
    (``Государственная``); a compound's first part (``Торгово-``) stays."""
    m = _RU_ADJECTIVE().search(word)
    stem = word[: m.start()] if m is not None else word
    if gender == "f":
        return stem + "ая"
    if gender == "n":
        return stem + "ое"
    return stem + ("ий" if stem[-1:] in "кгхжшчщ" else "ый")


def _longer_ministries(
    text: str, hits: list[tuple[int, int, Organization]]
) -> list[tuple[int, int, Organization]]:
    """``Ministry of Economy and Antimonopoly`` is not the registry's ``Ministry of Economy``."""
    out = []
    for i, (start, end, org) in enumerate(hits):
        m = _AND_MORE().match(text, end) if org.name.startswith("Ministry of") else None
        if m is not None:
            words = m.group(1).split()
            next_start = hits[i + 1][0] if i + 1 < len(hits) else len(text)
            if (
                m.end() <= next_start
                and not any(w in _HEADS or w in _LEADING_STOP for w in words)
                and not any(_is_place(w) for w in words)
            ):
                name = text[start : m.end()]
                org = Organization(  # noqa: PLW2901 - the longer name replaces the hit
                    name=name,
                    kind=OrgKind.GOVERNMENT,
                    country=country_of(name, current().places) or org.country,
                )
                end = m.end()  # noqa: PLW2901
        out.append((start, end, org))
    return out


def _end_of_words(text: str, pos: int, n: int) -> int:
    end = pos
    for i, m in enumerate(_WORD().finditer(text, pos)):
        end = m.end()
        if i + 1 >= n:
            break
    return end


def _pattern_hits(
    text: str,
    known: list[tuple[int, int, Organization]],
    reg: OrganizationRegistry,
    heads: list[int],
) -> list[tuple[int, int, Organization]]:
    """Organizations found by pattern in the runs of capitalised words that hold a head noun.

    ``heads`` are where head nouns stand (the scan found them, in order).
    """
    out: list[tuple[int, int, Organization]] = []
    if not heads:
        return out
    taken = Cover([(s, e) for s, e, _ in known])
    memo = reg.answers("segments", current().places)
    for start, end in _chains_at(text, heads):
        if _HEADS.isdisjoint(text[start:end].replace(",", " ").split()):
            continue
        for seg_start, seg_end in _outside(start, end, taken):
            segment = text[seg_start:seg_end]
            found = memo.get(segment)
            if found is None:
                found = _segment_hits(segment, reg)
                memo[segment] = found
            for s, e, org in found:
                out.append(_with_initials(text, seg_start + s, seg_start + e, org))
    return out


# Initials before a name (``L.N. Gumilyov …``, ``K. Tynystanov …``), searched up to where
# the name starts; a run of capitalised words stops at them.
_INITIALS_BEFORE = _lazy(r"(?<![\w.’'\-])(?:[A-Z]\.[ \u00a0]?){1,3}[ \u00a0]?$")


# "named after <person>" after an institution's name (``… University named after K.
# Tynystanov``): initials, then one or two capitalised words.
_NAMED_AFTER_EN = _lazy(
    r"[ \u00a0]named[ \u00a0]after[ \u00a0](?:[A-Z]\.[ \u00a0]?){0,3}[A-Z][\w\-’']{1,30}"
    r"(?:[ \u00a0][A-Z][\w\-’']{1,30})?(?![\w\-])"
)


def _with_initials(
    text: str, start: int, end: int, org: Organization
) -> tuple[int, int, Organization]:
    """A name found by pattern with the initials written before it, or "named after" a
    person after it: a university or a foundation named after a person (``the L.N. Gumilyov
    Eurasian National University``, ``Naryn Pedagogical College named after A. Osmonov``).

    >>> org = Organization(name="Gumilyov Eurasian National University")
    >>> _with_initials("at the L.N. Gumilyov Eurasian National University", 12, 50, org)[2].name
    'L.N. Gumilyov Eurasian National University'
    """
    if org.name != text[start:end]:
        return start, end, org
    m = _INITIALS_BEFORE().search(text, max(0, start - 12), start) if start >= 3 else None
    named = _NAMED_AFTER_EN().match(text, end)
    if m is None and named is None:
        return start, end, org
    new_start = m.start() if m is not None else start
    new_end = named.end() if named is not None else end
    name = " ".join(text[new_start:new_end].split())
    return (
        new_start,
        new_end,
        Organization(
            name=name,
            acronym=org.acronym,
            aliases=(*org.aliases, org.name),
            kind=org.kind,
            country=org.country,
        ),
    )


def _chains_at(text: str, heads: list[int]) -> Iterator[tuple[int, int]]:
    """Where the runs of capitalised words (:func:`_chain_pattern`) that hold a position
    of ``heads`` start and end, exactly as a scan of the whole text finds them, but
    without scanning the stretches far from any head.

    A run holds no ``.`` and no line break, so a search that starts right after one
    finds the same runs as a search from the start of the text; the search for
    each head starts after the last such mark before it (looking back a bounded
    way, so that the work stays linear), or where the previous search stopped.
    """
    pattern = _chain_pattern()
    pos = 0  # where a scan from the start of the text would stand
    pending: re.Match[str] | None = None  # the first run after ``pos``, once searched for
    for head in heads:
        if pending is not None and pending.end() <= head:  # a run that holds no head
            pos = pending.end()
            pending = None
        if pending is None:
            if head < pos:  # inside the run given last
                continue
            low = max(pos, head - _LOOK_BACK)
            start = max(text.rfind(".", low, head), text.rfind("\n", low, head)) + 1
            m = pattern.search(text, max(start, pos))
            while m is not None and m.end() <= head:
                m = pattern.search(text, m.end())
            if m is None:
                return
            pending = m
        if pending.start("chain") <= head:
            yield pending.span("chain")
            pos = pending.end()
            pending = None


#: How far :func:`_chains_at` looks back from a head for a place to start its search.
_LOOK_BACK = 400


def _segment_hits(
    segment: str, reg: OrganizationRegistry
) -> tuple[tuple[int, int, Organization], ...]:
    """The organizations a run of capitalised words (no known name inside) names, by pattern.

    What it finds depends on nothing but the run's text, the registry and the
    gazetteer: :func:`_pattern_hits` remembers it by the run's text.
    """
    out = []
    for start, end in _parts(segment, 0, len(segment)):
        for part_start, part_end in _unit_and_body(segment, start, end):
            hit = _candidate(segment, part_start, part_end, reg)
            if hit is not None:
                out.append(hit)
    return tuple(out)


#: The first words of a national body's name (``State Customs Committee``).
_NATIONAL = frozenset(
    {"State", "National", "Ministry", "Republican", "Federal", "Presidential", "Supreme"}
)


def _unit_and_body(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A unit named with its own words and the body it belongs to, after "of the"
    (``Border Crossing Department of the State Customs Committee of Uzbekistan``): two
    names; a unit named by its head alone stays one name with its body (``Academy of the
    Ministry of Internal Affairs``).

    >>> text = "Border Crossing Department of the State Customs Committee of Uzbekistan"
    >>> [text[s:e] for s, e in _unit_and_body(text, 0, len(text))]
    ['Border Crossing Department', 'State Customs Committee of Uzbekistan']
    """
    at = text.find(" of the ", start, end)
    while at >= 0:
        left = [w.group() for w in _words_in(text, start, at)]
        run = len(left)  # the capitalised run that ends before "of the"
        while run and left[run - 1][:1].isupper():
            run -= 1
        unit = left[run:]
        right = [w.group() for w in _words_in(text, at + 8, end)]
        if (
            unit
            and unit[-1] in _HEADS
            and any(w in _HEADS for w in right)
            # (a national body: a unit of a city's administration stays with it)
            and right[:1] != ["Republic"]
            and (right[0] in _NATIONAL or country_of(text[at + 8 : end], current().places))
            and any(
                w not in _HEADS
                and w not in _GENERIC
                and w not in _LEADING_STOP
                and not _is_place(w)
                for w in unit
            )
        ):
            return [(start, at), (at + 8, end)]
        at = text.find(" of the ", at + 8, end)
    return [(start, end)]


def _outside(start: int, end: int, taken: Cover) -> list[tuple[int, int]]:
    """The pieces of ``[start, end)`` that no known organization covers."""
    if not taken.overlaps(start, end):  # the usual case
        return [(start, end)]
    pieces = []
    pos = start
    spans = taken.spans
    for i in range(taken.first_reaching(start), len(spans)):
        s, e = spans[i]
        if s >= end:
            break
        if e <= pos:
            continue
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return pieces


_GROUP: Callable[[re.Match[str]], str] = re.Match.group


def _words_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD().finditer(text, start, end))


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a segment into candidate names: at ``, the`` / ``and the`` always; at commas and
    ``and`` only where the next piece has its own head noun."""
    out: list[tuple[int, int]] = []
    for big_start, big_end in _split_at(text, start, end, _ALWAYS_SPLIT()):
        pieces = _split_at(text, big_start, big_end, _MAYBE_SPLIT())
        current: tuple[int, int] | None = None
        current_prefix = False
        for p_start, p_end in pieces:
            words = [w.group() for w in _words_in(text, p_start, p_end)]
            has_head = any(w in _HEADS for w in words)
            if has_head:
                if current is not None:
                    out.append(current)
                current = (p_start, p_end)
                current_prefix = _prefix_style(words)
            elif current is not None and current_prefix:
                current = (current[0], p_end)
            elif current is not None:
                out.append(current)
                current = None
        if current is not None:
            out.append(current)
    return out


def _split_at(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _prefix_style(words: list[str]) -> bool:
    """``Ministry of …``: a head followed by ``of``/``for``/``on``/``under``."""
    return any(w in _HEADS and words[i + 1] in _PREFIX_LINKS for i, w in enumerate(words[:-1]))


def _candidate(
    text: str, start: int, end: int, reg: OrganizationRegistry
) -> tuple[int, int, Organization] | None:
    words = _words_in(text, start, end)
    # a person's name follows an honorific: ``… Chief of Mission Mr. Ivan …``
    cut_at = next((i for i, w in enumerate(words) if w.group() in _HONORIFICS), None)
    if cut_at is not None:
        words = words[:cut_at]
    # trim links at both ends
    while words and not _is_upper_word(words[-1].group()):
        words.pop()
    head_at = next((i for i, w in enumerate(words) if w.group() in _HEADS), None)
    if head_at is None:
        return None
    # the name starts at the run of capitalised words that ends with the head
    first = head_at
    while first > 0 and _is_upper_word(words[first - 1].group()):
        first -= 1
    while first < head_at and words[first].group() in _LEADING_STOP:
        first += 1
    # ``Head of Office Aida Berg``, ``Head of the Naryn Health Centre Aibek Osmonov``: the
    # head ends a person's title, a name follows it
    title_at = first - 2 if first >= 2 and words[first - 1].group() == "the" else first - 1
    if (
        title_at >= 1
        and words[title_at].group() == "of"
        and words[title_at - 1].group() in _TITLE_WORDS
        and head_at + 1 < len(words)
        and _is_upper_word(words[head_at + 1].group())
    ):
        words = words[: head_at + 1]
    words = words[first:]
    head_at -= first
    # ``Supreme Court Judge Aigul …``: a role word right after the head ends the name
    # (after links too when a name follows the role word: ``Ministry of Labour Director Aida
    # …``, not ``Council under the President for …``)
    linked = False
    for j in range(head_at + 1, len(words)):
        word = words[j].group()
        if not _is_upper_word(word):
            if word in ("of", "for", "and", "on", "the", "in", "under", "to", "at", "&"):
                linked = True
                continue
            break
        if role_words().get(word.casefold()) == "role" and (
            not linked or (j + 1 < len(words) and _is_upper_word(words[j + 1].group()))
        ):
            words = words[:j]
            while words and not _is_upper_word(words[-1].group()):
                words.pop()
            break
    # ``… of the Osh City Administration Aida Kasymova``: a person named right after the
    # last head (a surname or a patronymic shows it), not more of the name
    last_head = max(i for i, w in enumerate(words) if w.group() in _HEADS)
    trailing = [w.group() for w in words[last_head + 1 :]]
    if (
        2 <= len(trailing) <= 4
        and all(map(_is_upper_word, trailing))
        and (
            _PERSON_SURNAME().search(trailing[-1]) is not None
            or any(_PERSON_PATRONYMIC().search(w) is not None for w in trailing)
        )
    ):
        words = words[: last_head + 1]
    # ``Naryn Centre under the Global Programme``: the name stops before the programme
    while len(words) > head_at + 1 and words[-1].group() in _NOT_ORG_LAST:
        cut = max(
            (i for i in range(head_at + 1, len(words)) if words[i].group() in _PREFIX_LINKS),
            default=None,
        )
        if cut is None:
            return None
        words = words[:cut]
        while words and not _is_upper_word(words[-1].group()):
            words.pop()
    # ``Migrant Service Centre in Osh``: where it is, not what it is called
    if words[head_at].group() not in _SITED_HEADS:
        for j in range(head_at + 1, len(words) - 1):
            if words[j].group() == "in" and any(
                # (the place may be followed by a person's name: "… in Talas Aida Berg")
                _is_place(text[words[j + 1].start() : words[k].end()])
                for k in range(len(words) - 1, j, -1)
            ):
                words = words[:j]
                break
    else:
        # ``Office in Talas Aida Berg``: the name ends with its place, a person follows
        for j in range(head_at + 1, len(words) - 2):
            if words[j].group() == "in":
                for k in range(len(words) - 2, j, -1):
                    if _is_place(text[words[j + 1].start() : words[k].end()]):
                        if _is_upper_word(words[k + 1].group()):
                            words = words[: k + 1]
                        break
                break
    if len(words) < 2 or words[-1].group() in _NOT_ORG_LAST:
        return None
    s, e = words[0].start(), words[-1].end()
    name = text[s:e]
    # a name needs a word of its own besides heads, generic words and places (asked
    # only until one is found: a place is a look-up in the gazetteer)
    # (a university, an institute or an administration is named after its place: "Osh State
    # University", "Naryn Oblast Administration")
    if words[head_at].group() not in _PLACE_HEADS and not any(
        _is_upper_word(w)
        and w not in _HEADS
        and w not in _GENERIC
        and (not _is_place(w) or words[head_at].group() in _PLACE_NAMED_HEADS)
        for w in map(_GROUP, words)
    ):
        return None
    if "\n" in name:
        return None
    known = reg.lookup(name)
    if known is not None:
        return s, e, known
    short = None
    m = _COUNTRY_SUFFIX().match(name)
    if (
        m is not None
        and _country_place(m.group(2)) is not None
        and _HEADS & set(m.group(1).split())
    ):
        short = m.group(1)
        known = reg.lookup(short)
        if known is not None and (
            known.country is None or known.country == _country_place(m.group(2))
        ):
            return s, e, known
    if _country_place(name) is not None:
        return None
    kind = guess_kind(name)
    country = country_of(name, current().places)
    if country is None and kind is OrgKind.GOVERNMENT:
        first_word = words[0].group()
        if head_at > 0 and _country_place(first_word) is not None:
            country = _country_place(first_word)  # "Kazakhstan Ministry of Labour"
        elif words[head_at].group() in _LOCAL_HEADS:
            # "Namangan Regional Khokimiyat", "Akimat of Almaty": the country of its place
            country = next(
                (c for w in map(_GROUP, words) if (c := _country_of_place(w)) is not None),
                None,
            )
    return (
        s,
        e,
        Organization(
            name=name,
            kind=kind,
            country=country,
            aliases=(short,) if short and org_key(short) != org_key(name) else (),
        ),
    )


#: The heads of a city's, district's or region's executive.
_LOCAL_HEADS = frozenset({"Akimat", "Hokimiyat", "Khokimiyat"})


def _acronyms_defined(
    text: str, hits: list[tuple[int, int, Organization]], reg: OrganizationRegistry
) -> list[tuple[int, int, Organization]]:
    """``Foo Bar Council (FBC)`` or ``FBC (Foo Bar Council)``: FBC is Foo Bar Council's
    acronym, here and later on."""
    defined: dict[str, Organization] = {}
    out = list(hits)
    acronym_def = _ACRONYM_DEF().match
    for i, (start, end, org) in enumerate(hits):
        after = text[end : end + 1]
        # (a bracket must follow, at most two spaces away, for either form)
        m = acronym_def(text, end) if after in _BEFORE_BRACKET else None
        if m is not None:
            acronym = m.group(1)
        else:
            if after not in {")", "]"}:
                continue
            before = _ACRONYM_BEFORE().search(text, max(0, start - 20), start)
            if before is None:
                continue
            acronym = before.group(1)
        if sum(c.isupper() for c in acronym) < 2 or reg.lookup(acronym) is not None:
            continue
        if acronym in spellings_of(org):
            continue
        if org.acronym is None:
            named = attrs.evolve(org, acronym=acronym)
        else:
            named = add_aliases(org, acronym)
        out[i] = (start, end, named)
        defined[acronym] = named
    if not defined:
        return out
    taken = Cover([(s, e) for s, e, _ in out])
    for acronym, org in defined.items():
        for m in re.finditer(r"(?<![\w/])" + re.escape(acronym) + r"(?![\w/])", text):
            if not taken.overlaps(m.start(), m.end()):
                out.append((m.start(), m.end(), org))
    # the record of every mention of a newly acronymed organization gets the acronym
    final = {org.name: org for org in defined.values()}
    return sorted(((s, e, final.get(o.name, o)) for s, e, o in out), key=lambda h: (h[0], -h[1]))
