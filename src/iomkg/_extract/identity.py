"""The one rule for "the same programme / organization / person".

Inside an article (:mod:`.programmes` groups the names it finds) and across a corpus
(:mod:`iomkg._corpus.merge` groups the records of many articles), two names are one
thing by the same rule, so an article and a corpus never disagree.

Programmes (:func:`programme_groups`)
    * the same name, alias or acronym once case, punctuation, a leading ``the`` and
      ``program``/``programme`` are normalised away (key ``n:``);
    * the same name once the *qualifiers* (``Regional``, ``Global``, ``National``,
      ``IOM`` anywhere, ``UN``, ``EU``, ``UNDP``, ``USAID``, ``SDC`` in front) are
      taken off, if two content words are left (key ``q:``): ``Regional Labour Migration
      Programme in Central Asia`` is ``Labour Migration Programme in Central Asia``. Any
      other word keeps two names apart: ``Migration Programme in Central Asia`` and
      ``Labour Migration Programme in Central Asia`` are two programmes;
    * a *short form*, the name up to its programme word without what follows it
      (``Global Skills Programme`` of ``Global Skills Programme on Labour Mobility``,
      ``Labour Migration Programme`` of ``… in Central Asia``), is the one name it
      shortens, only when exactly one name among those grouped has that short form.
Organizations (:func:`organization_keys`)
    the same entry of the organization registry (so an acronym and its full name meet),
    the same name key, or the same acronym.
People (:func:`person_key`)
    the same name once honorifics (the words of ``honorifics.tsv``: ``Mr.``, ``Dr.``,
    ``г-жа`` …) are taken off the front; a surname alone is the one full name ending
    in it, only when exactly one such full name exists.

>>> programme_groups([["Regional Labour Migration Programme in Central Asia"],
...                   ["Labour Migration Programme in Central Asia"],
...                   ["Migration Programme in Central Asia"]])
[[0, 1], [2]]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterable, Sequence

from .._models import Organization
from .._reference.lexicons import honorific_words, honorifics
from .._reference.organizations import OrganizationRegistry, is_acronym, org_key

__all__ = [
    "Grouping",
    "organization_keys",
    "person_key",
    "programme_groups",
    "programme_keys",
    "programme_short_keys",
    "strip_honorific",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUALIFIERS = frozenset({"regional", "global", "national", "iom", "iom's", "iom’s"})
#: Organizations written in front of a programme's name (``UNDP Project …``).
_LEADING_ORGS = frozenset({"un", "eu", "undp", "usaid", "sdc"})
_FUNCTION = frozenset({"the", "a", "an", "of", "on", "in", "into", "for", "and", "to", "programme"})
#: The words that may open what follows a programme word (``… Programme on …``).
_TAIL_OPENERS = frozenset({"in", "on", "for", "into", "to", "of", "по", "в", "для"})
_HEADS = ("programme", "project", "initiative", "программ", "проект", "инициатив")


def _words(name: str) -> list[str]:
    out = [w.casefold() for w in _WORD.findall(name)]
    return ["programme" if w in ("program", "programm") else w for w in out]


def _keys_of_words(words: list[str]) -> tuple[str, ...]:
    keys = [f"n:{' '.join(words)}"]
    bare = [w for w in words if w not in _QUALIFIERS]
    while len(bare) > 2 and bare[0] in _LEADING_ORGS:
        bare = bare[1:]
    if sum(w not in _FUNCTION for w in bare) >= 2:
        keys.append(f"q:{' '.join(bare)}")
    return tuple(keys)


def _name_words(name: str) -> list[str]:
    words = _words(name)
    if words[:1] == ["the"]:
        words = words[1:]
    return words


@functools.lru_cache(maxsize=65536)
def programme_keys(name: str) -> tuple[str, ...]:
    """The keys a programme name is known by (exact form first, qualifier-free second).

    >>> programme_keys("The Regional Labour Migration Program in Central Asia")
    ('n:regional labour migration programme in central asia', 'q:labour migration programme in central asia')
    >>> programme_keys("Regional Migration Programme")
    ('n:regional migration programme',)
    >>> programme_keys("SRHI")
    ('a:SRHI',)
    """
    words = _name_words(name)
    if not words:
        return ()
    if len(words) == 1 and is_acronym(name.strip()):
        return (f"a:{name.strip()}",)
    return _keys_of_words(words)


@functools.lru_cache(maxsize=65536)
def programme_short_keys(name: str) -> tuple[str, ...]:
    """The keys of a name's short form: the name up to its last programme word, when more
    follows it (``in``, ``on``, ``for`` … and words) and it holds two content words.

    >>> programme_short_keys("Global Skills Programme on Labour Mobility into Europe")
    ('n:global skills programme',)
    >>> programme_short_keys("Regional Labour Migration Programme in Central Asia")
    ('n:regional labour migration programme', 'q:labour migration programme')
    >>> programme_short_keys("Joint Programme on Migration"), programme_short_keys("Skills Programme")
    ((), ())
    """
    words = _name_words(name)
    for i in range(len(words) - 2, 1, -1):
        if words[i].startswith(_HEADS) and words[i + 1] in _TAIL_OPENERS:
            stem = words[: i + 1]
            if sum(w not in _FUNCTION for w in stem) >= 2:
                return _keys_of_words(stem)
            return ()
    return ()


class Grouping:
    """Items grouped by shared keys (a union-find), groups in first-index order.

    >>> g = Grouping(3)
    >>> g.join(0, 2)
    >>> g.groups()
    [[0, 2], [1]]
    """

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The first index of ``i``'s group."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        """Put ``a`` and ``b`` in one group."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def join_by_keys(self, keys: Sequence[Iterable[Hashable]]) -> None:
        """Join every two items that share a key."""
        parent, find = self.parent, self.find
        first: dict[Hashable, int] = {}
        same: dict[tuple[Hashable, ...], int] = {}
        for i, ks in enumerate(keys):
            kt = tuple(ks)
            j = same.setdefault(kt, i)
            if j != i:  # the same keys as an earlier item: one union is enough
                parent[i] = find(j)  # ``i`` is still alone: this is ``join(i, j)``, inlined
                continue
            for k in kt:
                j = first.setdefault(k, i)
                if j != i:
                    self.join(i, j)

    def groups(self) -> list[list[int]]:
        """Every group as its indices, the groups in the order of their first index."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            groups.setdefault(self.find(i), []).append(i)
        return list(groups.values())


def programme_groups(
    spellings: Sequence[Sequence[str]], acronyms: Sequence[str | None] | None = None
) -> list[list[int]]:
    """Which programmes are one: ``spellings[i]`` are the names of the i-th (its name and
    aliases), ``acronyms[i]`` its acronym. Groups in first-mention order.

    >>> programme_groups([["Global Joint Programme on Mainstreaming Migration"],
    ...                   ["Global Joint Programme"], ["Joint Programme"]])
    [[0, 1], [2]]
    >>> programme_groups([["Skills Programme in Osh"], ["Skills Programme in Naryn"],
    ...                   ["Skills Programme"]])  # two names shorten to it: none is chosen
    [[0], [1], [2]]
    """
    keys: list[tuple[str, ...]] = []
    for i, names in enumerate(spellings):
        ks: list[str] = []
        for spelling in names:
            ks.extend(programme_keys(spelling))
        acronym = acronyms[i] if acronyms is not None else None
        if acronym:
            ks.append(f"a:{acronym}")
        keys.append(tuple(dict.fromkeys(ks)))
    grouping = Grouping(len(keys))
    grouping.join_by_keys(keys)
    # the short-form rule: a name joins the one programme (group) whose name shortens to it
    shortened: dict[str, set[int]] = {}
    for i, names in enumerate(spellings):
        for spelling in names:
            for short in programme_short_keys(spelling):
                shortened.setdefault(short, set()).add(grouping.find(i))
    for i, own in enumerate(keys):
        for k in own:
            found = shortened.get(k)
            if found is not None and len(found) == 1:
                grouping.join(i, next(iter(found)))
    return grouping.groups()


@functools.lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A person's name without honorifics in front, case or punctuation.

    >>> person_key("Mr. Cholpon  Sulaimanov") == person_key("cholpon sulaimanov")
    True
    >>> person_key("г-жа Айгуль Осмонова"), person_key("H.E. Ann Berg")
    ('айгуль осмонова', 'ann berg')
    """
    words = _words(name)
    drop = honorific_words()
    while len(words) > 1 and words[0].rstrip(".") in drop:
        words = words[1:]
    return " ".join(words)


@functools.cache
def _honorific_prefix() -> re.Pattern[str]:
    # every honorific of the file, without its full stop, with either case of its first
    # letter; a full stop inside (``H.E.``) may be followed by a space
    alternatives = set()
    for h in honorifics():
        core = h.rstrip(".")
        if not core:
            continue
        for first in {core[0].upper(), core[0].lower()}:
            alternatives.add(re.escape(first + core[1:]).replace(r"\.", r"\.\s?"))
    pattern = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"(?:(?:{pattern})\.?\s+){{1,3}}")


def strip_honorific(name: str) -> tuple[str, str | None]:
    """``Dr. Aida Toktobekova`` -> (``Aida Toktobekova``, ``Dr.``).

    >>> strip_honorific("H. E. Mr. Ann Berg"), strip_honorific("Ann Berg")
    (('Ann Berg', 'H. E. Mr.'), ('Ann Berg', None))
    """
    m = _honorific_prefix().match(name)
    if m is None or m.end() == len(name):
        return name, None
    return name[m.end() :], m.group().strip()


def organization_keys(org: Organization, registry: OrganizationRegistry) -> tuple[str, ...]:
    """The keys an organization is known by: its registry entry, name keys, acronym.

    >>> from iomkg import organizations
    >>> "r:Swiss Agency for Development and Cooperation" in organization_keys(
    ...     Organization(name="SDC", acronym="SDC"), organizations())
    True
    """
    return _org_keys(org.name, org.acronym, org.aliases, registry)


@functools.lru_cache(maxsize=65536)
def _org_keys(
    name: str, acronym: str | None, aliases: tuple[str, ...], registry: OrganizationRegistry
) -> tuple[str, ...]:
    keys: list[str] = []
    for spelling in (name, *((acronym,) if acronym else ()), *aliases):
        known = registry.lookup(spelling)
        if known is not None:
            keys.append(f"r:{known.name}")
        if is_acronym(spelling.strip()):
            keys.append(f"a:{spelling.strip().replace(' ', '')}")
        else:
            key = org_key(spelling)
            if key:
                keys.append(f"n:{key}")
    return tuple(dict.fromkeys(keys))
