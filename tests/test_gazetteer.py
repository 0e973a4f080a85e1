"""The gazetteer: data files, spellings, parents, user extensions (sentences are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomkg
from iomkg import Gazetteer, Place, PlaceKind, gazetteer
from iomkg._reference.gazetteer import DATA_FILES, loose_key, place_key, place_keys
from iomkg._reference.lexicons import SETTLEMENT_FILES

DATA = Path(iomkg.__file__).parent / "_reference" / "data"


@pytest.mark.parametrize(
    "spelling",
    [
        "Issyk-Kul",
        "Issyk -Kul",
        "Issyk Kul",
        "ISSYK-KUL",
        "Ysyk-Köl",
        "Иссык-Куль",
        "Ысык-Көл",
        "Иссык-Кульской области",
        "Issyk-Kul Oblast",
        "Issyk-Kul Region",
    ],
)
def test_issyk_kul_spellings(spelling: str) -> None:
    place = gazetteer().lookup(spelling)
    assert place is not None
    assert (place.id, place.name, place.kind, place.parent) == (
        "KG-Y",
        "Issyk-Kul",
        PlaceKind.ADMIN1,
        "KG",
    )


@pytest.mark.parametrize(
    "spelling", ["Jalal-Abad", "Jalalabad", "Djalal-Abad", "Жалал-Абад", "Джалал-Абад"]
)
def test_jalal_abad_city_spellings(spelling: str) -> None:
    place = gazetteer().lookup(spelling)
    assert place is not None
    assert (place.id, place.parent, place.admin1_code) == ("KG.jalal-abad", "KG-J", "KG-J")


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        ("Бишкек", "KG-GB"),
        ("Бишкеке", "KG-GB"),
        ("в Оше", "KG-GO"),
        ("Ош", "KG-GO"),
        ("Osh Oblast", "KG-O"),
        ("Ошской области", "KG-O"),
        ("Kyrgyz Republic", "KG"),
        ("the Kyrgyz Republic", "KG"),
        ("Кыргызская Республика", "KG"),
        ("Кыргызской Республики", "KG"),
        ("Киргизии", "KG"),
        ("UK", "GB"),
        ("the Russian Federation", "RU"),
        ("России", "RU"),
        ("Republic of Korea", "KR"),
        ("Korea", "KR"),
        ("UAE", "AE"),
        ("Türkiye", "TR"),
        ("St. Petersburg", "RU.saint-petersburg"),
        ("Москве", "RU.moscow"),
        ("Chișinău", "MD.chisinau"),
        ("Nur-Sultan", "KZ.astana"),
        ("Sokuluk District", "KG.sokuluk-district"),
        ("Сокулукский район", "KG.sokuluk-district"),
        ("Central Asia", "central-asia"),
    ],
)
def test_lookup(spelling: str, place_id: str) -> None:
    place = gazetteer().lookup(spelling)
    assert place is not None
    assert place.id == place_id


@pytest.mark.parametrize(
    "word", ["Kyrgyz", "Swiss", "Uzbek", "Russian", "Киргиз", "Moldovan", "", "  ", "of"]
)
def test_demonyms_and_empty_are_not_places(word: str) -> None:
    assert gazetteer().lookup(word) is None


def test_canonical_names() -> None:
    gz = gazetteer()
    names = {
        pid: gz.get(pid).name
        for pid in ("KG", "RU", "GB", "KR", "AE", "TR", "MD", "KG-GB", "KG-GO", "KG-Y")
    }  # type: ignore[union-attr]
    assert names == {
        "KG": "Kyrgyzstan",
        "RU": "Russia",
        "GB": "United Kingdom",
        "KR": "South Korea",
        "AE": "United Arab Emirates",
        "TR": "Turkey",
        "MD": "Moldova",
        "KG-GB": "Bishkek",
        "KG-GO": "Osh",
        "KG-Y": "Issyk-Kul",
    }


def test_hierarchy_osh_city_in_osh_oblast_in_kyrgyzstan() -> None:
    gz = gazetteer()
    assert [p.id for p in gz.ancestors("KG-GO")] == ["KG-O", "KG", "central-asia"]
    assert gz.within("KG.karakol", "KG-Y")
    assert gz.within("KG.karakol", "KG")
    assert not gz.within("KG.karakol", "KG-O")
    assert gz.parent_of("RU.moscow").name == "Russia"  # type: ignore[union-attr]
    assert gz.parent_of("KG") is not None
    assert gz.parent_of("nowhere") is None


def test_codes_are_filled_from_parents() -> None:
    karakol = gazetteer().get("KG.karakol")
    assert karakol is not None
    assert (karakol.country_code, karakol.admin1_code, karakol.kind) == (
        "KG",
        "KG-Y",
        PlaceKind.CITY,
    )
    almaty = gazetteer().get("KZ.almaty")
    assert almaty is not None
    assert (almaty.country_code, almaty.admin1_code) == ("KZ", None)


def test_coverage_of_the_data() -> None:
    places = list(gazetteer())
    countries = [p for p in places if p.kind is PlaceKind.COUNTRY]
    kg = [p for p in places if p.country_code == "KG"]
    oblasts = {p.id for p in kg if p.kind is PlaceKind.ADMIN1}
    assert oblasts == {"KG-B", "KG-C", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y"}
    assert len([p for p in kg if p.kind is PlaceKind.ADMIN2]) >= 40
    towns = [
        p for p in kg if p.kind in (PlaceKind.CITY, PlaceKind.VILLAGE) and p.id.startswith("KG.")
    ]
    assert len(towns) >= 80
    assert len(countries) >= 249  # every ISO 3166-1 entry, and Kosovo
    assert all(len(c.id) == 2 and c.id.isupper() for c in countries)
    # every parent exists
    ids = {p.id for p in places}
    assert all(p.parent in ids for p in places if p.parent)


def test_every_data_file_names_its_source() -> None:
    for name in DATA_FILES:
        first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ")
        assert "Sources:" in first


def _ids(names: tuple[str, ...]) -> set[str]:
    ids: set[str] = set()
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]:
            if not line.startswith("#") and not line.startswith("id\t"):
                ids.add(line.split("\t", 1)[0])
    return ids


def _settlement_ids() -> set[str]:
    """The places of the settlement files only (their last rows add spellings to others)."""
    return _ids(SETTLEMENT_FILES) - _ids(DATA_FILES)


def test_settlement_rows_of_known_places_add_quiet_spellings() -> None:
    gz = gazetteer()
    known = _ids(SETTLEMENT_FILES) & _ids(DATA_FILES)
    assert len(known) > 50
    place = gz.resolve("Bokombayevskoye")  # GeoNames' name of Bokonbaevo
    assert place is not None
    assert place.id == "KG.bokonbaevo"
    assert place.name == "Bokonbaevo"
    assert "Bokombayevskoye" not in place.aliases  # the record is the other file's
    assert gz.lookup("Bokombayevskoye") is None


def test_no_spelling_is_shared_by_two_places_in_the_data() -> None:
    # (the settlements may share names, "Akkol"; they are found only by ``resolve``, where
    # the most populous wins: see test_settlements_are_quiet)
    quiet = _settlement_ids()
    owners: dict[str, set[str]] = {}
    for place in gazetteer():
        if place.id in quiet:
            continue
        for spelling in (place.name, *place.aliases):
            for key in place_keys(spelling):
                owners.setdefault(key, set()).add(place.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_user_gazetteer_add_and_replace() -> None:
    gz = Gazetteer.default_copy()
    gz.add(
        Place(
            id="KG.invented-ail",
            name="Invented Ail",
            kind=PlaceKind.VILLAGE,
            parent="KG-N",
            aliases=("Выдуманный аил",),
        )
    )
    found = gz.lookup("Выдуманном аиле")
    assert found is not None
    assert (found.id, found.country_code, found.admin1_code) == ("KG.invented-ail", "KG", "KG-N")
    assert gazetteer().lookup("Invented Ail") is None  # the default is untouched
    gz.add(Place(id="XX.osh", name="Other Osh", kind=PlaceKind.CITY, aliases=("Osh",)))
    assert gz.lookup("Osh").id == "KG-GO"  # type: ignore[union-attr]
    gz.add(
        Place(id="XX.osh", name="Other Osh", kind=PlaceKind.CITY, aliases=("Osh",)), replace=True
    )
    assert gz.lookup("Osh").id == "XX.osh"  # type: ignore[union-attr]


def test_from_file_and_errors(tmp_path: Path) -> None:
    good = tmp_path / "places.tsv"
    good.write_text(
        "# invented\nXX\tcountry\tFreedonia\t\tFreedonian Republic\nXX.capital\tcity\tFreedon\tXX\t\n",
        encoding="utf-8",
    )
    gz = Gazetteer.from_file(good)
    assert len(gz) == 2
    assert gz.get("XX.capital").country_code == "XX"  # type: ignore[union-attr]
    bad = tmp_path / "bad.tsv"
    bad.write_text("XX\tplanet\tFreedonia\n", encoding="utf-8")
    with pytest.raises(iomkg.DataError):
        Gazetteer.from_file(bad)
    with pytest.raises(iomkg.LoadError):
        Gazetteer.from_file(tmp_path / "missing.tsv")
    with pytest.raises(iomkg.InputTypeError):
        gazetteer().lookup(3)  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError):
        Gazetteer().add("Osh")  # type: ignore[arg-type]


def test_default_is_built_once() -> None:
    assert gazetteer() is gazetteer()


@given(st.text(max_size=60))
def test_lookup_any_text(text: str) -> None:
    found = gazetteer().lookup(text)
    assert found is None or isinstance(found, Place)
    assert gazetteer().lookup(text) == found


def test_remembered_answers_follow_the_gazetteer() -> None:
    # look-ups and the words that may start a name are remembered: adding a place must
    # show (the village is invented)
    gz = Gazetteer.default_copy()
    text = "Aid reached Invented Dale and Osh."
    assert gz.lookup("Invented Dale") is None
    assert [p.id for p in gz.find(text)] == ["KG-GO"]
    gz.add(
        Place(id="KG.invented-dale", name="Invented Dale", kind=PlaceKind.VILLAGE, parent="KG-O")
    )
    assert gz.lookup("Invented Dale").id == "KG.invented-dale"  # type: ignore[union-attr]
    assert [p.id for p in gz.find(text)] == ["KG.invented-dale", "KG-GO"]
    assert gazetteer().lookup("Invented Dale") is None


def test_a_word_dismissed_once_is_dismissed_alike_and_forgotten_on_add() -> None:
    # (invented places) "Alpha" starts a spelling; "Alpha Gamma" once showed that no
    # place starts there: the same words in the next text are passed over the same way,
    # a place starting there later is found, and the default gazetteer is untouched
    gz = Gazetteer([Place(id="XX", name="Alpha Beta", kind=PlaceKind.COUNTRY)])
    text = "Alpha Gamma met Alpha Beta, then Alpha Gamma."
    for _ in range(2):
        found = gz.find(text)
        assert [(p.id, [m.text for m in p.mentions]) for p in found] == [("XX", ["Alpha Beta"])]
    gz.add(Place(id="XX.ag", name="Alpha Gamma", kind=PlaceKind.CITY, parent="XX"))
    assert [(p.id, len(p.mentions)) for p in gz.find(text)] == [("XX.ag", 2), ("XX", 1)]
    assert gazetteer().find(text) == ()


# -- settlements (the package's settlements.tsv, from GeoNames) -------------------------


def test_settlement_file_names_its_source_and_each_place_has_a_geonames_id() -> None:
    for name in SETTLEMENT_FILES:
        first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ")
        assert "Sources: GeoNames" in first
    gz = gazetteer()
    ids = _settlement_ids()
    assert len(ids) > 700
    places = [gz.get(i) for i in sorted(ids)]
    assert all(p is not None for p in places)
    assert all(p.geonames_id and p.lat is not None for p in places if p is not None)
    assert {p.country_code for p in places if p is not None} == {"KG", "TJ", "UZ", "KZ", "TM"}
    # every parent exists: a first-level division or the country
    assert all(p is not None and p.parent is not None and gz.get(p.parent) for p in places)


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Iradan", "KG.iradan"),
        ("в Ирадане", "KG.iradan"),
        ("Ираданда", "KG.iradan"),  # a Kyrgyz locative
        ("Markaz", "KG.markaz"),
        ("Muynak", "UZ.muynak"),  # the English spelling of Uzbek Mŭynoq
        ("Mŭynoq", "UZ.muynak"),
    ],
)
def test_settlements_are_quiet(spelling: str, expected: str) -> None:
    gz = gazetteer()
    assert gz.lookup(spelling) is None  # nor found by the scan in running text
    assert gz.find(f"They met {spelling} today.") == ()
    place = gz.resolve(spelling)
    assert place is not None
    assert place.id == expected


def test_settlement_parents_and_ancestors() -> None:
    gz = gazetteer()
    assert gz.get("KG.iradan") is not None
    assert [p.id for p in gz.ancestors("KG.iradan")] == ["KG-B", "KG", "central-asia"]
    assert gz.within("UZ.muynak", "UZ-QR")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kanysh-Kiya", "Kanysh-Kyya"),
        ("Kanysh-Kyja", "Kanysh-Kyya"),
        ("Kara-Kuldzha", "Kara-Kulja"),
        ("Djalal-Abad", "Jalal-Abad"),
        ("Zhalal-Abad", "Jalal-Abad"),
        ("Khorog", "Horog"),
        ("Yssyk-Ata", "Ysyk-Ata"),
        ("Kara Suu", "Kara-Suu"),
        ("Кара-Кульджа", "Кара-Кулжа"),
        ("Каныш-Кия", "Каныш-Кыя"),
        ("Ыссык-Ата", "Ысык-Ата"),
    ],
)
def test_loose_key_folds_transliteration_variants(a: str, b: str) -> None:
    assert loose_key(place_key(a)) == loose_key(place_key(b))


@pytest.mark.parametrize(
    ("a", "b"), [("Osh", "Ash"), ("Naryn", "Narin-Kol"), ("Kara-Kol", "Kara-Kul")]
)
def test_loose_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert loose_key(place_key(a)) != loose_key(place_key(b))


def test_resolve_finds_transliteration_variants_lookup_does_not() -> None:
    gz = gazetteer()
    assert gz.lookup("Kanysh-Kyja") is None
    assert gz.resolve("Kanysh-Kyja").id == "KG.kanysh-kiya"  # type: ignore[union-attr]
    assert gz.resolve("Кара-Кулжа").id == "KG.kara-kulja"  # type: ignore[union-attr]
    assert gz.resolve("Nowhere-Invented") is None


def test_a_quiet_place_a_user_adds() -> None:
    gz = Gazetteer.default_copy()
    gz.add(Place(id="KG.invented-bulak", name="Invented-Bulak", kind=PlaceKind.VILLAGE,
                 parent="KG-N"), quiet=True)  # fmt: skip
    assert gz.lookup("Invented-Bulak") is None
    assert gz.resolve("Invented Bulak").parent == "KG-N"  # type: ignore[union-attr]
