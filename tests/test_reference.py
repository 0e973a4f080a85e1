"""The Reference object: a user's places and organizations go into a copy, never the default.

Every place, organization and text here is invented.
"""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

import iomkg
from iomkg import Organization, OrgKind, Place, PlaceKind, Reference
from iomkg._reference.lexicons import (
    ORGANIZATION_COLUMNS,
    PLACE_COLUMNS,
    PLACE_FILES,
    honorific_words,
    honorifics,
)
from iomkg._reference.reference import current, using
from iomkg._reference.tables import parse_table, read_table

DALE = Place(id="KG.invented-dale", name="Invented Dale", kind=PlaceKind.VILLAGE, parent="KG-O")
FUND = Organization(name="Kestrel Circle", acronym="KSTRL", kind=OrgKind.DONOR)
TEXT = (
    "Invented Dale – On 4 March 2024, the Kestrel Circle (KSTRL) opened a centre in Invented Dale."
)


def _names(page: iomkg.Page) -> tuple[list[str], list[str]]:
    art = page.articles[0]
    return [p.name for p in art.places], [o.name for o in art.organizations]


def test_parse_with_a_reference_knows_the_additions_and_the_default_stays() -> None:
    ref = Reference.default().with_places([DALE]).with_organizations([FUND])
    places, orgs = _names(iomkg.parse(TEXT, reference=ref))
    assert places == ["Invented Dale"]
    assert orgs == ["Kestrel Circle"]
    # the next parse without the reference knows neither: nothing global changed
    places, orgs = _names(iomkg.parse(TEXT))
    assert "Invented Dale" not in places
    assert "Kestrel Circle" not in orgs
    assert iomkg.gazetteer().lookup("Invented Dale") is None
    assert current() is Reference.default()


def test_the_default_data_cannot_change() -> None:
    with pytest.raises(iomkg.ReadOnlyError) as info:
        iomkg.gazetteer().add(DALE)
    assert info.value.field == "place"
    assert isinstance(info.value, TypeError)
    with pytest.raises(iomkg.ReadOnlyError):
        iomkg.organizations().add(FUND)
    with pytest.raises(iomkg.ReadOnlyError):
        Reference.default().places.add(DALE)
    # a Reference's own data is read-only too: changes go into a new Reference
    ref = Reference.default().with_places([DALE])
    with pytest.raises(iomkg.ReadOnlyError):
        ref.places.add(DALE)


def test_a_gazetteer_given_to_a_reference_is_copied() -> None:
    gz = iomkg.Gazetteer.default_copy()
    ref = Reference(places=gz)
    gz.add(DALE)  # the caller's gazetteer changes afterwards: the Reference does not
    assert ref.places.lookup("Invented Dale") is None
    assert gz.lookup("Invented Dale") is not None


def test_references_from_files(tmp_path: Path) -> None:
    places = tmp_path / "places.tsv"
    places.write_text(
        "# invented villages\nid\tkind\tname\tparent\taliases\n"
        "KG.invented-dale\tvillage\tInvented Dale\tKG-O\tИнвент-Дейл\n",
        encoding="utf-8",
    )
    orgs = tmp_path / "orgs.tsv"
    orgs.write_text("# invented\nInvented Mobility Fund\tIMFX\tdonor\t\t\n", encoding="utf-8")
    ref = Reference.default().with_places(places).with_organizations(str(orgs))
    assert ref.places.lookup("Инвент-Дейл").parent == "KG-O"  # type: ignore[union-attr]
    assert ref.organizations.lookup("IMFX").kind is OrgKind.DONOR  # type: ignore[union-attr]


def test_bad_arguments_are_clear() -> None:
    with pytest.raises(iomkg.InputTypeError) as info:
        iomkg.parse("Osh.", reference="default")  # type: ignore[arg-type]
    assert info.value.field == "reference"
    with pytest.raises(iomkg.InputTypeError):
        Reference(places=[DALE])  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError):
        Reference.default().with_places(DALE)  # type: ignore[arg-type]
    with pytest.raises(iomkg.InputTypeError):
        Reference.default().with_organizations([DALE])  # type: ignore[list-item]


def test_threads_each_see_their_reference() -> None:
    ref = Reference.default().with_places([DALE])
    seen: dict[str, list[str]] = {}

    def run(name: str, reference: Reference | None) -> None:
        seen[name] = _names(iomkg.parse(TEXT, reference=reference))[0]

    threads = [
        threading.Thread(target=run, args=(f"t{i}", ref if i % 2 else None)) for i in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(6):
        assert ("Invented Dale" in seen[f"t{i}"]) == bool(i % 2)


def test_using_restores_the_callers_reference() -> None:
    ref = Reference.default().with_places([DALE])

    def fail_inside() -> None:
        with using(ref):
            assert current() is ref
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_inside()
    assert current() is Reference.default()


def test_a_reference_pickles() -> None:
    assert pickle.loads(pickle.dumps(Reference.default())) is Reference.default()
    ref = pickle.loads(pickle.dumps(Reference.default().with_places([DALE])))
    assert ref.places.lookup("Invented Dale").id == DALE.id  # type: ignore[union-attr]
    assert ref.places.is_read_only


def test_load_and_its_corpus_use_the_reference(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"p{n}.txt").write_text(TEXT, encoding="utf-8")
    ref = Reference.default().with_places([DALE])
    for workers in (1, 2):
        corpus = iomkg.load(tmp_path, reference=ref, workers=workers)
        assert corpus.reference is ref
        assert [e.id for e in corpus.places] == ["place:KG.invented-dale"]
        assert len(corpus.articles.in_place("Invented Dale")) == 3
    assert [e.id for e in iomkg.load(tmp_path).places] != ["place:KG.invented-dale"]


# -- the one reader, the one format --------------------------------------------------------


def test_every_data_file_has_a_source_header_and_column_names() -> None:
    known = {
        **dict.fromkeys(PLACE_FILES, PLACE_COLUMNS),
        "organizations.tsv": ORGANIZATION_COLUMNS,
        "honorifics.tsv": ("honorific", "language"),
    }
    folder = Path(iomkg.__file__).parent / "_reference" / "data"
    files = sorted(folder.glob("*.tsv"))
    assert set(known) <= {p.name for p in files}
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# "), path.name  # where the entries came from
        header = next(line for line in lines if not line.startswith("#"))
        columns = tuple(header.split("\t"))
        assert known.get(path.name, columns) == columns, path.name
        table = read_table(path.name, columns)  # the one reader takes every file
        assert len(table.source) > 40, path.name
        assert table.rows, path.name


def test_the_reader_rejects_a_wrong_header_and_extra_cells() -> None:
    with pytest.raises(iomkg.DataError, match=r"x\.tsv:2: expected the column names"):
        parse_table("# invented\nname\tkind\n", "x.tsv", ("a", "b"))
    with pytest.raises(iomkg.DataError, match=r"x\.tsv:3: expected at most 2 cells"):
        parse_table("a\tb\n1\t2\n1\t2\t3\n", "x.tsv", ("a", "b"))
    # a user's file may leave the column names out
    assert parse_table("1\t2\n", "x.tsv", ("a", "b"), header=None).rows == (("1", "2"),)
    assert parse_table("a\tb\n1\n", "x.tsv", ("a", "b"), header=None).rows == (("1", ""),)


def test_honorifics_have_one_source() -> None:
    # the words a corpus key drops are those of the honorifics file, nothing else
    assert honorific_words() == frozenset(
        w.casefold() for h in honorifics() for w in h.replace(".", " ").replace("-", " ").split()
    )


def test_places_and_organizations_answer_the_same_calls() -> None:
    # (invented text) one name-index API: get, lookup, find (records with mentions), scan
    text = "IOM met in Osh; UNDP and IOM then went to Osh Oblast."
    places, orgs = iomkg.gazetteer(), iomkg.organizations()
    for index in (places, orgs):
        found = index.find(text)
        scanned = index.scan(text)
        assert sorted((s, e) for s, e, _r in scanned) == sorted(
            (m.start, m.end) for r in found for m in r.mentions
        )
        assert all(not r.mentions for _s, _e, r in scanned)
    assert [p.id for p in places.find(text)] == ["KG-GO", "KG-O"]
    assert [o.acronym for o in orgs.find(text)] == ["IOM", "UNDP"]
