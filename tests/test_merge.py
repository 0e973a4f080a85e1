"""Merging records across articles: every rule, and the pairs that must stay apart.

All programmes, people and articles here are INVENTED for the tests.
"""

from __future__ import annotations

import pytest

import iomkg
from iomkg import Article, Organization, Page, PageKind, Person, Place, PlaceKind, Programme
from iomkg._corpus.merge import merge
from iomkg._extract.identity import organization_keys, person_key, programme_keys


def corpus_of(*groups: tuple[object, ...], field: str = "programmes") -> iomkg.Corpus:
    arts = tuple(Article(title=f"a{n}", **{field: tuple(g)}) for n, g in enumerate(groups))
    return iomkg.Corpus.from_pages([Page(kind=PageKind.LISTING, layout="generic", articles=arts)])


def summary(coll) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, tuple(a.title for a in e.articles)) for e in coll]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Regional Labour Migration Programme in Central Asia",
            "Labour Migration Programme in Central Asia",
        ),
        (
            "Global Joint Programme on Mainstreaming Migration into National Development Strategies",
            "Global Joint Programme on Mainstreaming Migration into Development Strategies",
        ),
        ("IOM Asian Regional Migration Program", "Asian Migration Programme"),
        ("the Invented Water Programme", "Invented Water Program"),
        ("Invented Water Programme", "INVENTED WATER PROGRAMME"),
    ],
)
def test_programme_names_that_merge(first, second):
    c = corpus_of((Programme(name=first),), (Programme(name=second),))
    assert len(c.programmes) == 1
    assert [a.title for a in c.programmes[0].articles] == ["a0", "a1"]
    entry = c.programmes[0]
    assert {entry.name, *entry.aliases} == {first, second}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Regional Migration Programme", "Regional Labour Migration Programme"),
        ("Regional Migration Programme", "Migration Programme"),  # one content word is no evidence
        ("Youth Employment Programme in Kyrgyzstan", "Youth Employment Programme in Tajikistan"),
        ("Invented Water Programme", "Invented Water Project"),
        ("Border Management Programme", "Border Management Programme Phase II"),
    ],
)
def test_similar_programmes_stay_apart(first, second):
    c = corpus_of((Programme(name=first),), (Programme(name=second),))
    assert summary(c.programmes) == [(first, ("a0",)), (second, ("a1",))]


def test_unscoped_name_joins_the_one_scoped_name():
    c = corpus_of(
        (Programme(name="Regional Labour Migration Programme in Central Asia"),),
        (Programme(name="Labour Migration Programme"),),
    )
    assert summary(c.programmes) == [
        ("Regional Labour Migration Programme in Central Asia", ("a0", "a1"))
    ]


def test_unscoped_name_with_two_scoped_names_stays_alone():
    c = corpus_of(
        (Programme(name="Youth Employment Programme in Kyrgyzstan"),),
        (Programme(name="Youth Employment Programme in Tajikistan"),),
        (Programme(name="Youth Employment Programme"),),
    )
    assert len(c.programmes) == 3


def test_acronym_and_alias_merge_programmes():
    c = corpus_of(
        (Programme(name="Safe Return Home Initiative", acronym="SRHI"),),
        (Programme(name="SRHI"),),
        (Programme(name="Invented Return Scheme", aliases=("Safe Return Home Initiative",)),),
    )
    assert len(c.programmes) == 1
    entry = c.programmes[0]
    assert entry.acronym == "SRHI"
    assert entry.aliases == ("Invented Return Scheme", "SRHI")
    assert len(entry.articles) == 3
    assert entry.id == "programme:srhi"
    assert len(entry.originals) == 3


def test_merged_programme_joins_funders_and_periods():
    a = Programme(
        name="Invented Water Programme",
        funders=(Organization(name="SDC", acronym="SDC"),),
        period=iomkg.DateSpan.from_dates(__import__("datetime").date(2019, 1, 1)),
    )
    b = Programme(
        name="Regional Invented Water Programme",
        funders=(Organization(name="Swiss Agency for Development and Cooperation"),),
        implementers=(Organization(name="IOM", acronym="IOM"),),
        period=iomkg.DateSpan.from_dates(__import__("datetime").date(2021, 5, 1)),
    )
    entry = corpus_of((a,), (b,)).programmes[0]
    assert [o.name for o in entry.funders] == ["Swiss Agency for Development and Cooperation"]
    assert [o.name for o in entry.implementers] == ["International Organization for Migration"]
    assert entry.period.edtf == "2019-01-01/2021-05-01"


def test_organizations_merge_by_registry_acronym_and_name():
    c = corpus_of(
        (
            Organization(name="SDC", acronym="SDC"),
            Organization(name="Invented Youth Council", acronym="IYC"),
        ),
        (
            Organization(name="Swiss Agency for Development and Cooperation"),
            Organization(name="IYC"),
        ),
        (
            Organization(name="the Invented Youth Council"),
            Organization(name="Invented Elders Council"),
        ),
        field="organizations",
    )
    assert summary(c.organizations) == [
        ("Swiss Agency for Development and Cooperation", ("a0", "a1")),
        ("Invented Youth Council", ("a0", "a1", "a2")),
        ("Invented Elders Council", ("a2",)),
    ]
    sdc = c.organizations[0]
    assert (sdc.acronym, sdc.kind.value, sdc.country) == ("SDC", "donor", "CH")
    assert c.organizations[1].aliases == ("the Invented Youth Council",)  # IYC is the acronym


def test_people_merge_by_surname_only_when_unambiguous():
    c = corpus_of(
        (
            Person(name="Cholpon Sulaimanov", roles=("Invented Minister",)),
            Person(name="Bakyt Asanov"),
        ),
        (Person(name="Sulaimanov", honorific="Mr."), Person(name="Nurlan Asanov")),
        (Person(name="Mr. Asanov"), Person(name="Dr. Cholpon Sulaimanov", roles=("Professor",))),
        field="people",
    )
    assert summary(c.people) == [
        ("Cholpon Sulaimanov", ("a0", "a1", "a2")),
        ("Bakyt Asanov", ("a0",)),
        ("Nurlan Asanov", ("a1",)),
        ("Asanov", ("a2",)),  # two full names end in Asanov: no guess
    ]
    assert c.people[3].honorific == "Mr."
    assert c.people[0].roles == ("Invented Minister", "Professor")
    assert c.people[0].honorific == "Mr."


def test_places_merge_by_gazetteer_id():
    gz = iomkg.gazetteer()
    osh = gz.get("KG-GO")
    local = Place(id="KG-GO", name="Ош", kind=PlaceKind.CITY)
    own = Place(id="XX.village", name="Invented Village", kind=PlaceKind.VILLAGE, parent="KG-O")
    c = corpus_of((osh, own), (local,), field="places")
    assert summary(c.places) == [("Osh", ("a0", "a1")), ("Invented Village", ("a0",))]
    assert c.places[0].id == "place:KG-GO"
    assert [p.name for p in c.places.in_place("Osh Region")] == ["Osh", "Invented Village"]


def test_keys():
    assert programme_keys("") == ()
    assert programme_keys("LMP") == ("a:LMP",)
    assert person_key("H.E. Ms. Aida Toktobekova") == "aida toktobekova"
    assert "a:IYC" in organization_keys(
        Organization(name="Invented Youth Council", acronym="IYC"), iomkg.organizations()
    )


def test_merge_of_nothing():
    m = merge([])
    assert (m.events, m.programmes, m.people, m.organizations, m.places) == ((), (), (), (), ())


def test_project_page_programme_joins_the_corpus():
    prog = Programme(name="Invented Water Programme", funders=(Organization(name="SDC"),))
    project = Page(kind=PageKind.PROJECT, layout="iom-drupal", programme=prog)
    news = Page(
        kind=PageKind.ARTICLE,
        layout="generic",
        articles=(
            Article(title="n", programmes=(Programme(name="Regional Invented Water Programme"),)),
        ),
    )
    c = iomkg.Corpus.from_pages([project, news])
    assert summary(c.programmes) == [("Invented Water Programme", ("n",))]
    assert [p.name for p in c.programmes.funded_by("SDC")] == ["Invented Water Programme"]
