"""The organization registry: the organizations of the field, by name, acronym or alias.

The default registry (:func:`organizations`) is read once, lazily, from
``iomkg/_reference/data/organizations.tsv``: IOM and its offices, UN agencies, donors and
their agencies, regional bodies, and Kyrgyz ministries and agencies under
their names across the years. A user may add organizations
(:meth:`OrganizationRegistry.add`) or whole files
(:meth:`OrganizationRegistry.load`).

Names and aliases match without regard to case, punctuation or spelling
(``Labor``/``Labour``, ``Center``/``Centre``, ``U.S.``/``US``); acronyms
(``IOM``, ``J/TIP``) match only as written.

>>> reg = organizations()
>>> reg.lookup("the Swiss Agency for Development and Cooperation").acronym
'SDC'
>>> reg.lookup("JTIP").name
'Office to Monitor and Combat Trafficking in Persons'
>>> guess_kind("Osh State University"), country_of("Embassy of Japan in Bishkek")
(<OrgKind.ACADEMIC: 'academic'>, 'JP')

Phrases that name organizations (``funded by … and …``) are read by
:mod:`iomkg._extract.org_phrases`.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import compress
from os import PathLike
from typing import Any

import attrs

from .._check import expect
from .._models import Organization, OrgKind, PlaceKind, Span
from .._regex import lazy_pattern
from .gazetteer import Gazetteer, gazetteer
from .lexicons import ORGANIZATION_COLUMNS
from .names import (
    MEMO_LIMIT,
    Changeable,
    Grammar,
    Memo,
    NameIndex,
    capitalised_words,
    has_kyrgyz_letters,
    key_variants,
    kyrgyz_match,
    word_key,
    word_key_forms,
)
from .russian_cases import russian_case_forms
from .tables import Table, read_table, read_user_table

__all__ = [
    "OrganizationRegistry",
    "add_aliases",
    "country_of",
    "guess_kind",
    "is_acronym",
    "org_key",
    "organizations",
    "organizations_of",
    "spellings_of",
]

_KINDS = {kind.value: kind for kind in OrgKind}
_TOKEN = lazy_pattern(r"[^\W_]+|&")
_SPELLING = {
    "labor": "labour",
    "center": "centre",
    "program": "programme",
    "organisation": "organization",
    "organisations": "organizations",
    "defence": "defense",
    "and": "and",
    "&": "and",
}
_LOWER = lazy_pattern(r"[a-zа-яёөүң]")
_CYRILLIC_NAME = lazy_pattern(r"[а-яё]{3}")
#: Acronyms too common as ordinary words to be matched alone in running text.
_AMBIGUOUS_ACRONYMS = frozenset({"SMS", "MIA", "CAR", "EC", "WB", "GAC", "EEC", "NSC"})
_KG_SUFFIXES = (" of the Kyrgyz Republic", " of Kyrgyzstan", " of the KR")


def _norm_piece(word: str) -> str:
    piece = word_key(word)
    return _SPELLING.get(piece, piece)


@functools.lru_cache(maxsize=16384)
def _norm_forms(word: str) -> tuple[str, ...]:
    return tuple(_SPELLING.get(f, f) for f in word_key_forms(word))


def org_keys(name: str) -> list[str]:
    """Every key a spelling is registered under; the first is :func:`org_key`'s.

    >>> org_keys("Нацстатком")
    ['нацстатк', 'нацстатком']
    """
    words = _TOKEN().findall(unicodedata.normalize("NFKC", name))
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return key_variants(words, _norm_forms) if words else []


@functools.lru_cache(maxsize=16384)
def org_key(name: str) -> str:
    """The key a name is matched by: no case, punctuation, spaces or spelling variants.

    A leading ``the`` is dropped.

    >>> org_key("the U.S. Department of State") == org_key("US Department of State")
    True
    >>> org_key("Ministry of Labor & Social Development") == org_key(
    ...     "Ministry of Labour and Social Development")
    True
    """
    words = _TOKEN().findall(unicodedata.normalize("NFKC", name))
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return "".join(_norm_piece(w) for w in words)


@functools.lru_cache(maxsize=16384)
def is_acronym(spelling: str) -> bool:
    """An all-capitals short spelling (``IOM``, ``J/TIP``, ``ООН``) matches case-sensitively."""
    letters = [c for c in spelling if c.isalpha()]
    return bool(letters) and len(letters) <= 10 and not _LOWER().search(spelling)


def spellings_of(org: Organization) -> tuple[str, ...]:
    """Every spelling of ``org``: its name, acronym and aliases, in that order.

    >>> spellings_of(Organization(name="Example Council", acronym="EXC", aliases=("The EXC",)))
    ('Example Council', 'EXC', 'The EXC')
    """
    out = [org.name]
    if org.acronym:
        out.append(org.acronym)
    out.extend(org.aliases)
    return tuple(out)


# What may join two words of one name, then the next word (or ``&``). A next word's
# peek (see ``Grammar.peek``): its first two letters (after a full stop and a space:
# 4), and whether a next word is found at all (a join of at most 3, then a letter: 4).
_NEXT = lazy_pattern(
    r"(?:[ \t\u00a0]{1,3}|[ \t\u00a0]?[-\u2010-\u2013\u2212/][ \t\u00a0]?|,[ \t\u00a0]{1,2}|['’]|\.[ \t\u00a0]?)"
    r"([^\W_]+|&)"
)


@functools.cache
def _grammar() -> Grammar:
    """How organization names are joined, respelled and inflected (a Kyrgyz case ending
    on the last word, in a text with Kyrgyz letters: ``Нарын мамлекеттик университетинде``;
    see :class:`~.names.Grammar`).

    >>> r = organizations()
    >>> [o.acronym for o in r.find("Нарын мамлекеттик университетинде ЭМУ менен бирге өткөрүлдү")]
    ['NSU', 'IOM']
    """
    return Grammar(
        next_word=_NEXT,
        joins=frozenset(" \t\u00a0-\u2010\u2011\u2012\u2013\u2212/,'’."),
        peek=4,
        respell=_SPELLING,
        mid_word=False,
        inflected=functools.partial(kyrgyz_match, _norm_piece),
        inflects=has_kyrgyz_letters,
    )


class OrganizationRegistry(Changeable):
    """A set of organizations, found by name, acronym or alias.

    >>> reg = OrganizationRegistry()
    >>> reg.add(Organization(name="Freedonia Migration Council", acronym="FMC",
    ...                      kind=OrgKind.GOVERNMENT, country="XX"))
    >>> reg.lookup("freedonia migration council").acronym
    'FMC'
    >>> reg.lookup("FMC").name, reg.lookup("fmc")
    ('Freedonia Migration Council', None)
    """

    def __init__(self, orgs: Iterable[Organization] = ()) -> None:
        self._orgs: dict[str, Organization] = {}
        self._by_key: dict[str, str] = {}
        self._by_acronym: dict[str, str] = {}
        self._lock = threading.Lock()
        self._index: NameIndex | None = None
        self._lookups = Memo(self._lookup_name)
        self._memos: dict[str, dict[str, Any]] = {}
        self._memo_places: tuple[int, int] = (0, -1)
        self._memo_gazetteer: Gazetteer | None = None
        for org in orgs:
            self.add(org)

    def add(self, org: Organization, *, replace: bool = False) -> None:
        """Add an organization; its name, acronym and aliases become its spellings.

        A spelling already taken keeps pointing to its first owner unless
        ``replace`` is true. Government bodies of Kyrgyzstan also answer to
        their name followed by ``of the Kyrgyz Republic``.

        >>> reg = OrganizationRegistry()
        >>> reg.add(Organization(name="Ministry of Tourism", kind=OrgKind.GOVERNMENT, country="KG"))
        >>> reg.lookup("Ministry of Tourism of the Kyrgyz Republic").name
        'Ministry of Tourism'
        """
        expect(org, Organization, "org")
        self.refuse_changes("org", "OrganizationRegistry", "with_organizations")
        org = _with_kg_suffixes(org)
        with self._lock:
            self._orgs[org.name] = org
            for spelling in spellings_of(org):
                if is_acronym(spelling):
                    compact = spelling.replace(" ", "")
                    if replace or compact not in self._by_acronym:
                        self._by_acronym[compact] = org.name
                    continue
                for key in org_keys(spelling):
                    if key and (replace or key not in self._by_key or spelling == org.name):
                        self._by_key[key] = org.name
                # a Russian name in every case ("Управлением ООН по …"): keys only, never
                # taking one from another organization
                for form in (
                    russian_case_forms(spelling) if _CYRILLIC_NAME().search(spelling) else ()
                ):
                    for key in org_keys(form):
                        if key and key not in self._by_key:
                            self._by_key[key] = org.name
            self._index = None
            self._lookups.clear()
            if self._memos:
                self._memos = {}

    def load(self, path: str | PathLike[str]) -> None:
        """Add the organizations of a TSV file (the format of the package's own file).

        Columns: ``name``, ``acronym``, ``kind``, ``country`` (ISO alpha-2 or
        empty), ``aliases`` (separated by ``|``). Lines starting with ``#`` are
        comments.

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "mine.tsv"
        ...     _ = p.write_text(
        ...         "# invented\\nOsh Migrant Help Centre\\tOMHC\\tngo\\tKG\\tOsh Migrant Help Center\\n", encoding="utf-8")
        ...     reg = OrganizationRegistry.default_copy()
        ...     reg.load(p)
        >>> reg.lookup("Osh Migrant Help Center").kind
        <OrgKind.NGO: 'ngo'>
        """
        for org in organizations_of(read_user_table(path, "organizations", ORGANIZATION_COLUMNS)):
            self.add(org)

    @classmethod
    def from_file(cls, path: str | PathLike[str]) -> OrganizationRegistry:
        """A new registry holding only the organizations of one TSV file (see :meth:`load`).

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "mine.tsv"
        ...     _ = p.write_text("Example Fund\\tEXF\\tdonor\\t\\t\\n", encoding="utf-8")
        ...     len(OrganizationRegistry.from_file(p))
        1
        """
        reg = cls()
        reg.load(path)
        return reg

    @classmethod
    def default_copy(cls) -> OrganizationRegistry:
        """A new, independent registry with the package's organizations, ready to extend.

        >>> reg = OrganizationRegistry.default_copy()
        >>> reg is organizations(), reg.lookup("IOM").acronym
        (False, 'IOM')
        """
        return organizations().copy()

    def copy(self) -> OrganizationRegistry:
        """A new, independent registry with the same organizations, ready to extend.

        >>> OrganizationRegistry([Organization(name="Example Fund")]).copy().get("Example Fund").name
        'Example Fund'
        """
        reg = type(self)()
        reg._orgs = dict(self._orgs)
        reg._by_key = dict(self._by_key)
        reg._by_acronym = dict(self._by_acronym)
        return reg

    def __reduce__(self) -> tuple[object, ...]:
        # (pickled for worker processes: the records and keys, not the lock and the memos)
        state = (tuple(self._orgs.values()), dict(self._by_key), dict(self._by_acronym))
        return (_rebuild, (*state, self._read_only))

    def __len__(self) -> int:
        return len(self._orgs)

    def __iter__(self) -> Iterator[Organization]:
        return iter(tuple(self._orgs.values()))

    def get(self, name: str) -> Organization | None:
        """The organization whose canonical name is ``name`` (exactly), or ``None``.

        >>> organizations().get("World Bank").kind
        <OrgKind.DONOR: 'donor'>
        """
        return self._orgs.get(name)

    def lookup(self, spelling: str) -> Organization | None:
        """The organization a name, acronym or alias names, or ``None``.

        >>> reg = organizations()
        >>> reg.lookup("National Statistics Committee").name
        'National Statistical Committee'
        >>> reg.lookup("U.S. State Department").name
        'U.S. Department of State'
        >>> reg.lookup("Unknown Committee") is None
        True
        """
        expect(spelling, str, "spelling")
        name = self._lookups(spelling)  # remembered until the registry changes (``add``)
        return None if name is None else self._orgs[name]

    def _lookup_name(self, spelling: str) -> str | None:
        spelling = spelling.strip()
        name = self._by_acronym.get(spelling.replace(" ", ""))
        if name is None and not is_acronym(spelling):
            name = self._by_key.get(org_key(spelling))
        return name

    def answers(self, kind: str, places: Gazetteer) -> dict[str, Any]:
        """A memo of answers by phrase (``kind`` names which) that depend on nothing but this
        registry and the gazetteer ``places``: it starts afresh when either changes.

        The same phrases (``IOM Chief of Mission``, ``the Government of Japan``) come
        back on page after page.

        >>> memo = organizations().answers("example", gazetteer())
        >>> memo is organizations().answers("example", gazetteer())
        True
        """
        key = (id(places), places.generation)
        memos = self._memos
        if self._memo_places != key:
            memos = self._memos = {}
            self._memo_places = key
            self._memo_gazetteer = places  # (held: its id is not reused meanwhile)
        memo = memos.get(kind)
        if memo is None or len(memo) >= MEMO_LIMIT:
            memo = memos[kind] = {}
        return memo

    # -- scanning -----------------------------------------------------------------------

    def _get_index(self) -> NameIndex:
        index = self._index
        if index is not None:
            return index
        with self._lock:
            acronyms = {a: n for a, n in self._by_acronym.items() if a not in _AMBIGUOUS_ACRONYMS}
            max_words = 1
            for org in self._orgs.values():
                for spelling in spellings_of(org):
                    max_words = max(max_words, len(_TOKEN().findall(spelling)))
                    if _CYRILLIC_NAME().search(spelling):
                        for form in russian_case_forms(spelling):
                            max_words = max(max_words, len(_TOKEN().findall(form)))
            index = self._index = NameIndex(dict(self._by_key), _grammar(), max_words, acronyms)
            return index

    def find(self, text: str) -> tuple[Organization, ...]:
        """Every organization of this registry named in ``text``, in order of first mention,
        each with its mentions, as :meth:`iomkg.Gazetteer.find` gives places.

        Only the registry's names and acronyms are looked for (see
        :func:`iomkg.find_organizations` for organizations found by pattern too).

        >>> [(o.acronym, [m.text for m in o.mentions]) for o in organizations().find(
        ...     "IOM and the United Nations Development Programme met; UNDP thanked IOM.")]
        [('IOM', ['IOM', 'IOM']), ('UNDP', ['United Nations Development Programme', 'UNDP'])]
        """
        spans: dict[str, list[Span]] = {}
        for start, end, org in self.scan(text):
            spans.setdefault(org.name, []).append(Span(start=start, end=end, text=text[start:end]))
        return tuple(
            attrs.evolve(self._orgs[name], mentions=tuple(found)) for name, found in spans.items()
        )

    def scan(self, text: str) -> list[tuple[int, int, Organization]]:
        """Every known organization named in ``text``: ``(start, end, record)``, in text order.

        The longest spelling wins; acronyms match only as written.

        >>> [(text, org.acronym) for s, e, org in organizations().scan(
        ...     "Mission of the International Organization for Migration (IO M) and UNDP")
        ...  for text in ["Mission of the International Organization for Migration (IO M) and UNDP"[s:e]]]
        [('International Organization for Migration', 'IOM'), ('IO M', 'IOM'), ('UNDP', 'UNDP')]
        """
        expect(text, str, "text")
        return self._scan(text)[0]

    def _scan(
        self, text: str, marks: frozenset[str] = frozenset()
    ) -> tuple[list[tuple[int, int, Organization]], list[tuple[int, str]]]:
        """:meth:`scan`, and where the capitalised words in ``marks`` stand.

        The loop visits every capitalised word of the text anyway: noting the ones
        an extractor looks for (head nouns, legal forms) spares it a scan of its own.
        """
        found_words, words = capitalised_words(text)
        marked = [
            (m.start(), w)
            for m, w in compress(
                zip(found_words, words, strict=True), map(marks.__contains__, words)
            )
        ]
        found = self._get_index().scan(text)
        if not found:
            return [], marked
        orgs = self._orgs
        return [(start, end, orgs[name]) for start, end, name in found], marked


def _with_kg_suffixes(org: Organization) -> Organization:
    """Kyrgyz government bodies also answer to ``<name> of the Kyrgyz Republic``."""
    if org.country != "KG" or org.kind is not OrgKind.GOVERNMENT:
        return org
    extra: list[str] = []
    taken = set(spellings_of(org))
    for spelling in (org.name, *org.aliases):
        if (
            is_acronym(spelling)
            or "Kyrgyz" in spelling
            or not spelling.isascii()
            or spelling.startswith("Government")
        ):
            continue
        for suffix in _KG_SUFFIXES:
            candidate = spelling + suffix
            if candidate not in taken:
                taken.add(candidate)
                extra.append(candidate)
    if not extra:
        return org
    return attrs.evolve(org, aliases=(*org.aliases, *extra))


def organizations_of(table: Table) -> Iterator[Organization]:
    """The organizations of a table (columns: see ``ORGANIZATION_COLUMNS``).

    >>> from iomkg._reference.tables import parse_table
    >>> rows = parse_table("Example Fund\\tEXF\\tdonor", "x.tsv", ORGANIZATION_COLUMNS, header=None)
    >>> [o.acronym for o in organizations_of(rows)]
    ['EXF']
    """
    for index, (name, acronym, kind_name, country, aliases, wikidata_id) in enumerate(table.rows):
        kind = _KINDS.get(kind_name)
        if not name or kind is None or (country and not re.fullmatch(r"[A-Z]{2}", country)):
            raise table.fail(
                index,
                f"expected {', '.join(ORGANIZATION_COLUMNS)}: an organization "
                f"needs a name, a kind ({', '.join(_KINDS)}) and an ISO country code "
                "or none",
                "kind",
            )
        if wikidata_id and not re.fullmatch(r"Q[1-9][0-9]{0,11}", wikidata_id):
            raise table.fail(
                index, f"wikidata_id: expected an item id like Q1065, got {wikidata_id!r}",
                "wikidata_id",
            )  # fmt: skip
        alias_list: list[str] = []
        for cell in aliases.split("|"):
            alias = cell.strip()
            if alias and alias not in alias_list and alias not in {name, acronym}:
                alias_list.append(alias)
        yield Organization(
            name=name,
            acronym=acronym or None,
            kind=kind,
            country=country or None,
            aliases=tuple(alias_list),
            wikidata_id=wikidata_id or None,
        )


_DEFAULT_LOCK = threading.Lock()


@functools.cache
def organizations() -> OrganizationRegistry:
    """The default organization registry, read once from the package's data file.

    >>> organizations().lookup("Swiss Agency for Development and Cooperation").country
    'CH'
    """
    with _DEFAULT_LOCK:
        reg = OrganizationRegistry()
        for org in organizations_of(read_table("organizations.tsv", ORGANIZATION_COLUMNS)):
            reg.add(org)
        return reg.read_only()  # shared by every parse: never changed (see ReadOnlyError)


def _rebuild(
    orgs: tuple[Organization, ...],
    by_key: dict[str, str],
    by_acronym: dict[str, str],
    read_only: bool,
) -> OrganizationRegistry:
    reg = OrganizationRegistry()
    reg._orgs = {o.name: o for o in orgs}
    reg._by_key = by_key
    reg._by_acronym = by_acronym
    reg._read_only = read_only
    return reg


# -- what a name tells of an organization --------------------------------------------


def add_aliases(org: Organization, *spellings: str) -> Organization:
    """``org`` with the spellings it does not have yet as aliases (acronyms as written).

    >>> add_aliases(Organization(name="Example Council"), "the Example Council", "EXC").aliases
    ('the Example Council', 'EXC')
    """
    known = {org_key(s) for s in spellings_of(org) if not is_acronym(s)}
    known_acronyms = {s for s in spellings_of(org) if is_acronym(s)}
    extra: list[str] = []
    for written in spellings:
        spelling = written.strip()
        if not spelling:
            continue
        if is_acronym(spelling):
            if spelling not in known_acronyms:
                known_acronyms.add(spelling)
                extra.append(spelling)
        elif org_key(spelling) not in known:
            known.add(org_key(spelling))
            extra.append(spelling)
        elif spelling not in spellings_of(org) and spelling not in extra:
            extra.append(spelling)
    if not extra:
        return org
    return attrs.evolve(org, aliases=(*org.aliases, *extra))


_LATIN_WORD = lazy_pattern(r"[A-Za-z]+")


def guess_kind(name: str) -> OrgKind:
    """A best guess of an unknown organization's kind from the words of its name.

    >>> guess_kind("Ministry of Tourism of Freedonia"), guess_kind("Osh State University")
    (<OrgKind.GOVERNMENT: 'government'>, <OrgKind.ACADEMIC: 'academic'>)
    """
    words = set(_LATIN_WORD().findall(name))
    if words & {"University", "Academy", "Institute", "College", "School", "Lyceum"}:
        return OrgKind.ACADEMIC
    if words & _GOVERNMENT_WORDS:
        return OrgKind.GOVERNMENT
    if name.startswith(("UN ", "United Nations", "IOM ")):
        return OrgKind.UN
    if words & {"Foundation", "Association", "Society", "Network", "Alliance", "Coalition"}:
        return OrgKind.NGO
    if words & {"Bank", "Company", "Corporation", "LLC", "Ltd", "Inc", "JSC"}:
        return OrgKind.PRIVATE
    return OrgKind.OTHER


_GOVERNMENT_WORDS = frozenset(
    {
        "Ministry",
        "Cabinet",
        "Government",
        "Embassy",
        "Consulate",
        "Parliament",
        "Court",
        "Prosecutor",
        "Inspectorate",
        "State",
        "National",
        "Presidential",
        "President",
        "Municipal",
        "Mayor",
        "Police",
        "Kenesh",
        "Oblast",
        "Rayon",
        "District",
        "Administration",
        "Akimat",
        "Hokimiyat",
        "Khokimiyat",
        "Municipality",
    }
)


def country_of(name: str, places: Gazetteer | None = None) -> str | None:
    """The ISO code of the country in ``... of <country>``, if any (``in <country>`` is
    where an office is, not whose it is); countries are looked up in ``places`` (default:
    the package's gazetteer).

    >>> country_of("Embassy of Switzerland in the Kyrgyz Republic")
    'CH'
    >>> country_of("Ministry of Health of the Kyrgyz Republic")
    'KG'
    >>> country_of("Swiss Cooperation Office in the Kyrgyz Republic") is None
    True
    """
    gz = places if places is not None else gazetteer()
    for m in re.finditer(r"\bof\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})", name):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            place = gz.lookup(" ".join(words[:n]))
            if place is not None and place.kind is PlaceKind.COUNTRY:
                return place.country_code
    return None
