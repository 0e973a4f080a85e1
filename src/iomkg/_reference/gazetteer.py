"""The gazetteer: every place iomkg knows, by id and by any of its spellings.

The default gazetteer (:func:`gazetteer`) is read once, lazily, from the data
files in ``iomkg/_reference/data`` (``countries.tsv``, ``kyrgyzstan.tsv``,
``central_asia.tsv``, ``cities.tsv``): every country with its ISO 3166-1 code,
the regions IOM news names, Kyrgyzstan's oblasts (ISO 3166-2:KG), districts,
towns and villages, the first-level divisions of its neighbours, and the
cities of Central Asia and beyond. A user may add places
(:meth:`Gazetteer.add`) or whole files (:meth:`Gazetteer.load`).

Spellings are matched without regard to case, dashes, spaces, apostrophes or
diacritics, and Russian case endings are folded, so ``Issyk-Kul``,
``Issyk Kul``, ``Ysyk-Köl``, ``Иссык-Куле`` and ``Ысык-Көл`` are one place.

>>> gz = gazetteer()
>>> gz.lookup("Issyk -Kul").name
'Issyk-Kul'
>>> gz.lookup("в Оше").id
'KG-GO'
>>> [p.id for p in gz.ancestors("KG-GO")]
['KG-O', 'KG', 'central-asia']
"""

from __future__ import annotations

import functools
import operator
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from os import PathLike

import attrs

from .._check import expect
from .._models import Place, PlaceKind, Span
from .._regex import lazy_pattern
from .lexicons import PLACE_COLUMNS, PLACE_FILES, SETTLEMENT_FILES
from .names import (
    Changeable,
    Grammar,
    Memo,
    NameIndex,
    has_kyrgyz_letters,
    key_variants,
    kyrgyz_match,
    kyrgyz_stems,
    word_key,
)
from .tables import Table, data_text, parse_table, read_table, read_user_table

__all__ = [
    "DATA_FILES",
    "Gazetteer",
    "gazetteer",
    "loose_key",
    "place_key",
    "places_of",
    "with_mentions",
]


#: The data files of the default gazetteer, in the order they are read.
DATA_FILES = PLACE_FILES

_ISO_3166_2 = lazy_pattern(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_WORD = lazy_pattern(r"[^\W_]+")
_CYRILLIC = lazy_pattern(r"[\u0400-\u04ff]")
_PLURAL_DIVISIONS = {
    "oblasts": "oblast",
    "regions": "region",
    "provinces": "province",
    "districts": "district",
    "rayons": "rayon",
}
_LEADING_WORDS = frozenset(
    {"the", "in", "at", "from", "to", "of", "в", "во", "из", "на", "по", "до", "от", "к", "с", "со"}
)
_KINDS = {kind.value: kind for kind in PlaceKind}


def _words(name: str) -> list[str]:
    return _WORD().findall(unicodedata.normalize("NFKC", name))


def place_key(name: str) -> str:
    """The key a spelling is matched by: no case, dashes, spaces, diacritics or Russian endings.

    A leading ``the`` is dropped.

    >>> place_key("the Issyk -Kul") == place_key("Issyk-Kul") == place_key("ISSYK KUL")
    True
    >>> place_key("Бишкеке") == place_key("Бишкек")
    True
    """
    words = _words(name)
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return "".join(word_key(w) for w in words)


def place_keys(name: str) -> list[str]:
    """Every key a spelling is registered under (see :func:`place_key`, :func:`key_variants`).

    >>> place_keys("Ростов-на-Дону")[0] == place_key("Ростов-на-Дону")
    True
    """
    words = _words(name)
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return key_variants(words) if words else []


# Spellings of one sound in the romanisations of Kyrgyz, Russian, Kazakh, Tajik and Uzbek
# names, folded to one (``Kuldzha``/``Kulja``, ``Kyya``/``Kiya``/``Kyja``,
# ``Khorog``/``Horog``) and, in Cyrillic, Russian against Kyrgyz spelling (``Кульджа``/
# ``Кулжа``, ``Кия``/``Кыя``); then a doubled letter is one (``Yssyk``/``Ysyk``).
_LOOSE_PAIRS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("x", "h"),
    ("ou", "u"),
    ("y", "i"),
    ("дж", "ж"),
    ("ь", ""),
    ("ъ", ""),
    ("ы", "и"),
    ("й", "и"),
    ("я", "иа"),
    ("ю", "иу"),
    ("э", "е"),
    ("ө", "о"),
    ("ү", "у"),
    ("ң", "н"),
)
_J_AS_Y = lazy_pattern(r"(?<=[aeiouy])j(?=[aeiouy])")  # Kyja: the j between vowels is a y
_DOUBLED = lazy_pattern(r"(.)\1+")


@functools.lru_cache(maxsize=16384)
def loose_key(key: str) -> str:
    """A key (see :func:`place_key`) with transliteration variants folded: the key of
    :meth:`Gazetteer.resolve`'s last try.

    >>> loose_key(place_key("Kanysh-Kyya")) == loose_key(place_key("Kanysh-Kiya"))
    True
    >>> loose_key(place_key("Кара-Кулжа")) == loose_key(place_key("Кара-Кульджа"))
    True
    >>> loose_key(place_key("Dzhalal-Abad")) == loose_key(place_key("Jalal-Abad"))
    True
    """
    key = _J_AS_Y().sub("i", key)
    for old, new in _LOOSE_PAIRS:
        if old in key:
            key = key.replace(old, new)
    return _DOUBLED().sub(r"\1", key)


# What may join two words of one name: spaces, a hyphen with optional spaces,
# an apostrophe, or a period (``St. Petersburg``); then the next word. A next word's
# peek (see ``Grammar.peek``): its first two letters (after a full stop and a space:
# 4), and whether a next word is found at all (a join of at most 5, then a letter: 6).
_NEXT = lazy_pattern(
    r"(?:[ \t\u00a0]{1,3}|[ \t\u00a0]{0,2}[-\u2010-\u2013\u2212][ \t\u00a0]{0,2}|['’.]\s?)([^\W_]+)"
)


class Gazetteer(Changeable):
    """A set of places, found by id (:meth:`get`) or by any spelling (:meth:`lookup`).

    Every place knows its parent (city -> oblast -> country), so
    :meth:`ancestors` and :meth:`within` answer "is Osh in Kyrgyzstan?".

    >>> gz = Gazetteer()
    >>> gz.add(Place(id="XX", name="Freedonia", kind=PlaceKind.COUNTRY, country_code="XX",
    ...              aliases=("Republic of Freedonia",)))
    >>> gz.lookup("republic of freedonia").id
    'XX'
    >>> len(gz)
    1
    """

    def __init__(self, places: Iterable[Place] = ()) -> None:
        self._places: dict[str, Place] = {}
        self._by_key: dict[str, str] = {}
        # the spellings of the places added ``quiet``: found by :meth:`resolve` only
        self._quiet: dict[str, str] = {}
        self._loose: dict[str, str | None] | None = None
        # data files of quiet places read on first need (the package's settlements)
        self._pending: tuple[str, ...] = ()
        self._quiet_files: tuple[str, ...] = ()  # (read or not: see town_spellings)
        self._lock = threading.Lock()
        self._index: NameIndex | None = None
        self._lookups = Memo(self._lookup_id)
        self._resolved = Memo(self._resolve_id)
        #: Changes with every :meth:`add`: memos of answers built on this gazetteer
        #: (here and in the extractors) are valid while it stays the same.
        self._generation = 0
        for place in places:
            self.add(place)

    # -- building -------------------------------------------------------------------------

    def add(self, place: Place, *, replace: bool = False, quiet: bool = False) -> None:
        """Add a place; its name and aliases become spellings of it.

        A spelling already taken by another place keeps pointing there unless
        ``replace`` is true, except that a place's own name beats another's alias.
        A ``quiet`` place (a village whose name may also be a word or a person's
        name) is not found in running text (:meth:`find`) nor by :meth:`lookup`,
        only by :meth:`resolve`, which the extractors ask where a place is expected;
        a quiet place with the id of a place already added adds its spellings to it
        (found the same way), the record staying the first one.

        >>> gz = Gazetteer()
        >>> gz.add(Place(id="KG", name="Kyrgyzstan", kind=PlaceKind.COUNTRY, country_code="KG"))
        >>> gz.add(Place(id="KG.x", name="Example", kind=PlaceKind.CITY, parent="KG"))
        >>> gz.get("KG.x").country_code
        'KG'
        """
        expect(place, Place, "place")
        self.refuse_changes("place", "Gazetteer", "with_places")
        self._load_pending()
        if quiet:
            with self._lock:
                self._add_quiet(place, replace=replace)
                self._generation += 1
            return
        place = self._complete(place)
        with self._lock:
            self._places[place.id] = place
            self._loose = None
            self._resolved.clear()
            for name_key in place_keys(place.name):
                owner = self._by_key.get(name_key)
                if owner is None or replace or name_key not in place_keys(self._places[owner].name):
                    self._by_key[name_key] = place.id
            for alias in place.aliases:
                for key in place_keys(alias):
                    if key and (replace or key not in self._by_key):
                        self._by_key[key] = place.id
            self._index = None
            self._lookups.clear()
            self._generation += 1

    def _add_quiet(self, place: Place, *, replace: bool = False) -> None:
        # (a place known already keeps its record: the quiet row adds spellings of it)
        if place.id not in self._places:
            self._places[place.id] = self._complete(place)
        self._loose = None
        self._resolved.clear()
        for spelling in (place.name, *place.aliases):
            for key in place_keys(spelling):
                if key and (replace or key not in self._quiet):
                    self._quiet[key] = place.id

    def _load_pending(self) -> None:
        """Read the quiet places' files not read yet (they change no answer of
        :meth:`lookup` or :meth:`find`: read-only or not, the gazetteer stays the same)."""
        if not self._pending:
            return
        with self._lock:
            for name in self._pending:
                # (parsed, not kept: read_table would hold the table for good)
                for place in places_of(parse_table(data_text(name), name, PLACE_COLUMNS)):
                    self._add_quiet(place)
            self._pending = ()

    def town_spellings(self) -> Iterator[tuple[str, PlaceKind, bool]]:
        """Every spelling of a town or a village as ``(spelling, kind, quiet)``, the quiet
        places' included (see :meth:`add`), without reading the package's settlements
        into records if they are not read yet: what an extractor needs to know which
        words may start such a name. ``quiet``: the place is not found by :meth:`find`.

        >>> ("Iradan", PlaceKind.CITY, True) in set(gazetteer().town_spellings())
        True
        >>> ("Osh", PlaceKind.CITY, False) in set(gazetteer().town_spellings())
        True
        """
        towns = (PlaceKind.CITY, PlaceKind.VILLAGE)
        for place in tuple(self._places.values()):
            if place.kind in towns:
                quiet = self._by_key.get(place_key(place.name)) != place.id
                for spelling in (place.name, *place.aliases):
                    yield spelling, place.kind, quiet
        for name in self._quiet_files:
            for row in parse_table(data_text(name), name, PLACE_COLUMNS).rows:
                kind = _KINDS.get(row[1])
                if kind in towns:
                    # (a row of a place the scan finds gives more spellings of it: not quiet)
                    quiet = self._by_key.get(place_key(row[2])) != row[0]
                    for spelling in (row[2], *row[4].split("|")):
                        if spelling.strip():
                            yield spelling.strip(), kind, quiet

    def _complete(self, place: Place) -> Place:
        """Fill ``country_code`` and ``admin1_code`` from the id and the parents."""
        country = place.country_code
        admin1 = place.admin1_code
        if admin1 is None and _ISO_3166_2().fullmatch(place.id):
            admin1 = place.id
        parent = self._places.get(place.parent) if place.parent else None
        if country is None:
            if place.kind is PlaceKind.COUNTRY:
                country = place.id if len(place.id) == 2 else None
            elif parent is not None:
                country = parent.country_code
            elif re.match(r"[A-Z]{2}[-.]", place.id):
                country = place.id[:2]
        if admin1 is None and parent is not None and parent.kind is not PlaceKind.COUNTRY:
            admin1 = parent.admin1_code
        if country == place.country_code and admin1 == place.admin1_code:
            return place
        return attrs.evolve(place, country_code=country, admin1_code=admin1)

    def load(self, path: str | PathLike[str]) -> None:
        """Add the places of a TSV file (the format of the package's own data files).

        Columns: ``id``, ``kind``, ``name``, ``parent`` (may be empty),
        ``aliases`` (separated by ``|``). Lines starting with ``#`` are comments.
        A parent must come before its children.

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "mine.tsv"
        ...     _ = p.write_text(
        ...         "# invented places\\nKG.testville\\tvillage\\tTestville\\tKG-C\\tТествиль\\n", encoding="utf-8")
        ...     gz = Gazetteer.default_copy()
        ...     gz.load(p)
        >>> gz.lookup("Тествиле").parent
        'KG-C'
        """
        for place in places_of(read_user_table(path, "gazetteer", PLACE_COLUMNS)):
            self.add(place)

    @classmethod
    def from_file(cls, path: str | PathLike[str]) -> Gazetteer:
        """A new gazetteer holding only the places of one TSV file (see :meth:`load`).

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "mine.tsv"
        ...     _ = p.write_text("XX\\tcountry\\tFreedonia\\t\\t\\n", encoding="utf-8")
        ...     Gazetteer.from_file(p).get("XX").name
        'Freedonia'
        """
        gz = cls()
        gz.load(path)
        return gz

    @classmethod
    def default_copy(cls) -> Gazetteer:
        """A new, independent gazetteer with the package's places, ready to extend.

        >>> gz = Gazetteer.default_copy()
        >>> gz is gazetteer()
        False
        >>> gz.get("KG").name
        'Kyrgyzstan'
        """
        return gazetteer().copy()

    def copy(self) -> Gazetteer:
        """A new, independent gazetteer with the same places, ready to extend.

        >>> gz = Gazetteer([Place(id="XX", name="Freedonia", kind=PlaceKind.COUNTRY)]).copy()
        >>> gz.add(Place(id="XX.a", name="Alphaville", kind=PlaceKind.CITY, parent="XX"))
        >>> len(gz)
        2
        """
        gz = type(self)()
        gz._places = dict(self._places)
        gz._by_key = dict(self._by_key)
        gz._quiet = dict(self._quiet)
        gz._pending = self._pending
        gz._quiet_files = self._quiet_files
        return gz

    @property
    def generation(self) -> int:
        """A number that changes with every place added: answers remembered from this
        gazetteer hold while it stays the same.

        >>> Gazetteer().generation
        0
        """
        return self._generation

    def __reduce__(self) -> tuple[object, ...]:
        # (pickled for worker processes: the places, not the lock and the memos)
        state = (tuple(self._places.values()), dict(self._by_key), dict(self._quiet))
        files = (self._pending, self._quiet_files)
        return (_rebuild, (*state, files, self._read_only))

    # -- reading ----------------------------------------------------------------------

    def __len__(self) -> int:
        self._load_pending()
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        self._load_pending()
        return iter(tuple(self._places.values()))

    def __contains__(self, place_id: object) -> bool:
        if place_id not in self._places:
            self._load_pending()
        return place_id in self._places

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``KG``, ``KG-O``, ``KG.karakol``), or ``None``.

        >>> gazetteer().get("KG-O").name
        'Osh Region'
        """
        found = self._places.get(place_id)
        if found is None and self._pending:
            self._load_pending()
            found = self._places.get(place_id)
        return found

    def lookup(self, name: str) -> Place | None:
        """The place a spelling names, or ``None``.

        Case, dashes, spaces and diacritics do not matter, Russian case
        endings are folded, and a leading preposition (``в``, ``in``) or
        ``the`` is dropped.

        >>> gz = gazetteer()
        >>> [gz.lookup(s).id for s in ("Issyk-Kul", "Ысык-Көл", "Иссык-Куль")]
        ['KG-Y', 'KG-Y', 'KG-Y']
        >>> gz.lookup("Бишкеке").name
        'Bishkek'
        >>> gz.lookup("the Russian Federation").name
        'Russia'
        >>> gz.lookup("Kyrgyz") is None
        True
        >>> gz.lookup("Бишкекте").id, gz.lookup("Ошто").id
        ('KG-GB', 'KG-GO')
        """
        expect(name, str, "name")
        # remembered until the gazetteer changes (``add`` starts a new memo)
        place_id = self._lookups(name)
        return None if place_id is None else self._places[place_id]

    def _lookup_id(self, name: str) -> str | None:
        words = _words(name)
        while words:
            key = "".join(word_key(w) for w in words)
            place_id = self._by_key.get(key)
            if place_id is None and not words[-1].isascii():  # (no Kyrgyz ending on ASCII)
                place_id = self._kyrgyz_case(words)
            if place_id is not None:
                return place_id
            if len(words) > 1 and words[0].casefold() in _LEADING_WORDS:
                words = words[1:]
                continue
            return None
        return None

    def resolve(self, name: str) -> Place | None:
        """The place a spelling names where a place is expected (a dateline, ``the village
        of ...``): as :meth:`lookup`, then also a ``quiet`` place (see :meth:`add`; the
        package's settlements), then a transliteration variant of a known spelling
        (folded: ``Kanysh-Kyya`` is ``Kanysh-Kiya``, ``Kara-Kuldzha`` is ``Kara-Kulja``,
        ``Кара-Кульджа`` is ``Кара-Кулжа``). A variant two places share resolves to
        neither.

        >>> gz = gazetteer()
        >>> gz.lookup("Kanysh-Kyya") is None, gz.resolve("Kanysh-Kyya").id
        (True, 'KG.kanysh-kiya')
        >>> gz.resolve("Кара-Кулжада").id
        'KG.kara-kulja'
        >>> gz.lookup("Iradan") is None, gz.resolve("Iradan").parent
        (True, 'KG-B')
        """
        expect(name, str, "name")
        place_id = self._resolved(name)
        return None if place_id is None else self._places[place_id]

    def _resolve_id(self, name: str) -> str | None:
        place_id = self._lookups(name)
        if place_id is not None:
            return place_id
        self._load_pending()
        loose = self._loose if self._loose is not None else self._loose_keys()
        words = _words(name)
        while words:
            head = "".join(word_key(w) for w in words[:-1])
            keys = [head + word_key(words[-1])]
            if not words[-1].isascii():  # a Kyrgyz case ending
                keys += [head + word_key(stem) for stem in kyrgyz_stems(words[-1])]
            for key in keys:
                place_id = self._quiet.get(key)
                if place_id is not None:
                    return place_id
            for key in keys:
                place_id = loose.get(loose_key(key))
                if place_id is not None:
                    return place_id
            if len(words) > 1 and words[0].casefold() in _LEADING_WORDS:
                words = words[1:]
                continue
            return None
        return None

    def _loose_keys(self) -> dict[str, str | None]:
        """Every spelling's :func:`loose_key`: the id, or ``None`` where two places share it."""
        with self._lock:
            loose: dict[str, str | None] = {}
            for keys in (self._by_key, self._quiet):
                for key, place_id in keys.items():
                    folded = loose_key(key)
                    if loose.get(folded, place_id) != place_id:
                        loose[folded] = None  # two places: neither
                    elif folded not in loose:
                        loose[folded] = place_id
            self._loose = loose
            return loose

    def _kyrgyz_case(self, words: list[str]) -> str | None:
        """``Бишкекте``, ``Ошто``: a Kyrgyz case ending on the last word."""
        head = "".join(word_key(w) for w in words[:-1])
        return kyrgyz_match(word_key, self._by_key, head, words[-1])

    def parent_of(self, place: Place | str) -> Place | None:
        """The place that contains ``place`` (by record or id), or ``None``.

        >>> gazetteer().parent_of("KG-GO").name
        'Osh Region'
        """
        place_id = place.id if isinstance(place, Place) else place
        found = self.get(place_id)
        if found is None or found.parent is None:
            return None
        return self._places.get(found.parent)

    def ancestors(self, place: Place | str) -> tuple[Place, ...]:
        """Every place containing ``place``, the nearest first.

        >>> [p.name for p in gazetteer().ancestors("KG-GB")]
        ['Kyrgyzstan', 'Central Asia']
        """
        out: list[Place] = []
        seen: set[str] = set()
        current = self.parent_of(place)
        while current is not None and current.id not in seen:
            seen.add(current.id)
            out.append(current)
            current = self.parent_of(current)
        return tuple(out)

    def within(self, place: Place | str, container: Place | str) -> bool:
        """Whether ``place`` is ``container`` or lies inside it.

        >>> gazetteer().within("KG-GO", "KG")
        True
        >>> gazetteer().within("KG", "KG-GO")
        False
        """
        place_id = place.id if isinstance(place, Place) else place
        container_id = container.id if isinstance(container, Place) else container
        if place_id == container_id:
            return True
        return any(p.id == container_id for p in self.ancestors(place_id))

    # -- scanning text ------------------------------------------------------------------

    def _get_index(self) -> NameIndex:
        index = self._index
        if index is not None:
            return index
        with self._lock:
            max_words = 1
            for place in self._places.values():
                for spelling in (place.name, *place.aliases):
                    max_words = max(max_words, len(_words(spelling)))
            index = self._index = NameIndex(dict(self._by_key), _grammar(), max_words)
            return index

    def scan(self, text: str) -> list[tuple[int, int, Place]]:
        """Every mention of a place of this gazetteer in ``text``: ``(start, end, record)``,
        in text order (the records without mentions), as
        :meth:`iomkg.OrganizationRegistry.scan` gives organizations.

        >>> [(s, e, p.id) for s, e, p in gazetteer().scan("From Osh to Бишкек and Osh.")]
        [(5, 8, 'KG-GO'), (12, 18, 'KG-GB'), (23, 26, 'KG-GO')]
        """
        found = [
            (m.start, m.end, record)
            for place in self.find(text)
            for record in (self._places[place.id],)
            for m in place.mentions
        ]
        return sorted(found, key=_FIRST_TWO)

    def find(self, text: str) -> tuple[Place, ...]:
        """Every place of this gazetteer named in ``text``, in order of first mention.

        One record per place, with every mention as a :class:`~iomkg.Span`; the
        longest spelling wins (``Osh Oblast`` is the oblast, ``Osh`` the
        city). A name must start with a capital letter.

        >>> [(p.name, [m.text for m in p.mentions]) for p in gazetteer().find(
        ...     "From Osh Oblast to Osh and Бишкек, then Osh again.")]
        [('Osh Region', ['Osh Oblast']), ('Osh', ['Osh', 'Osh']), ('Bishkek', ['Бишкек'])]
        >>> [p.name for p in gazetteer().find("Жыйын Нарында жана Ысык-Көлдө өттү.")]
        ['Naryn', 'Issyk-Kul']
        >>> [p.id for p in gazetteer().find("In Chui and Talas regions")]
        ['KG-C', 'KG-T']
        """
        expect(text, str, "text")
        found = self._get_index().scan(text)
        if not found:
            return ()
        spans: dict[str, list[Span]] = {}
        for start, end, place_id in found:
            spans.setdefault(place_id, []).append(Span(start=start, end=end, text=text[start:end]))
        return tuple(with_mentions(self._places[pid], found) for pid, found in spans.items())


@functools.cache
def _grammar() -> Grammar:
    """How place names are joined and inflected (see :class:`~.names.Grammar`)."""
    return Grammar(
        next_word=_NEXT,
        joins=frozenset(" \t\u00a0-\u2010\u2011\u2012\u2013\u2212'’."),
        peek=6,
        plurals=_PLURAL_DIVISIONS,
        inflected=functools.partial(kyrgyz_match, word_key),
        inflects=has_kyrgyz_letters,
    )


def with_mentions(place: Place, mentions: list[Span]) -> Place:
    # Direct construction: attrs.evolve is several times slower in this hot loop.
    return Place(
        id=place.id,
        name=place.name,
        kind=place.kind,
        country_code=place.country_code,
        admin1_code=place.admin1_code,
        parent=place.parent,
        aliases=place.aliases,
        mentions=tuple(mentions),
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
    )


def places_of(table: Table) -> Iterator[Place]:
    """The places of a gazetteer table (columns: see ``PLACE_COLUMNS``).

    >>> from iomkg._reference.tables import parse_table
    >>> rows = parse_table("XX\\tcountry\\tFreedonia", "x.tsv", PLACE_COLUMNS, header=None)
    >>> [p.name for p in places_of(rows)]
    ['Freedonia']
    """
    for index, (place_id, kind_name, name, parent, aliases, lat, lon, geonames_id) in enumerate(
        table.rows
    ):
        kind = _KINDS.get(kind_name)
        if kind is None or not place_id or not name:
            raise table.fail(
                index,
                f"expected {', '.join(PLACE_COLUMNS)}: a place needs an id, "
                f"a kind ({', '.join(_KINDS)}) and a name",
                "kind",
            )
        y, x, number = _coordinates(table, index, lat, lon, geonames_id)
        yield Place(
            id=place_id,
            name=name,
            kind=kind,
            parent=parent or None,
            aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
            lat=y,
            lon=x,
            geonames_id=number,
        )


def _coordinates(
    table: Table, index: int, lat: str, lon: str, geonames_id: str
) -> tuple[float | None, float | None, int | None]:
    """``lat``, ``lon`` and ``geonames_id`` of a row: both coordinates or neither, in range.

    >>> from iomkg._reference.tables import parse_table
    >>> rows = parse_table("XX\\tcity\\tX\\t\\t\\t91\\t0", "x.tsv", PLACE_COLUMNS, header=None)
    >>> _coordinates(rows, 0, *rows.rows[0][5:])
    Traceback (most recent call last):
    ...
    iomkg.DataError: x.tsv:1: lat, lon: expected degrees (-90..90, -180..180), both or neither
    """
    try:
        y = float(lat) if lat else None
        x = float(lon) if lon else None
    except ValueError:
        y = x = float("nan")
    if (y is None) != (x is None) or (
        y is not None and x is not None and not (-90 <= y <= 90 and -180 <= x <= 180)
    ):
        raise table.fail(
            index, "lat, lon: expected degrees (-90..90, -180..180), both or neither", "lat"
        )
    if geonames_id and not (geonames_id.isascii() and geonames_id.isdigit()):
        raise table.fail(
            index, f"geonames_id: expected a number, got {geonames_id!r}", "geonames_id"
        )
    return y, x, int(geonames_id) if geonames_id else None


_DEFAULT_LOCK = threading.Lock()
_FIRST_TWO: Callable[[tuple[int, int, Place]], tuple[int, int]] = operator.itemgetter(0, 1)


@functools.cache
def gazetteer() -> Gazetteer:
    """The default gazetteer, read once from the package's data files.

    >>> gz = gazetteer()
    >>> gz.get("KG").name, gz.lookup("Кыргызская Республика").id
    ('Kyrgyzstan', 'KG')
    """
    with _DEFAULT_LOCK:
        gz = Gazetteer()
        for name in PLACE_FILES:
            for place in places_of(read_table(name, PLACE_COLUMNS)):
                gz.add(place)
        gz._pending = gz._quiet_files = SETTLEMENT_FILES  # read on first need (``resolve``)
        return gz.read_only()  # shared by every parse: never changed (see ReadOnlyError)


def _rebuild(
    places: tuple[Place, ...],
    by_key: dict[str, str],
    quiet: dict[str, str],
    files: tuple[tuple[str, ...], tuple[str, ...]],
    read_only: bool,
) -> Gazetteer:
    gz = Gazetteer()
    gz._places = {p.id: p for p in places}
    gz._by_key = by_key
    gz._quiet = quiet
    gz._pending, gz._quiet_files = files  # (to read, and every file of quiet places)
    gz._read_only = read_only
    return gz
