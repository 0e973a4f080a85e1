"""Corpus: collections, lookups, Q, dates, organizations, places, search, summaries.

Everything here is an INVENTED corpus: the people, programmes, events and figures are
made up for the tests; only the gazetteer and organization registry are real data.
"""

from __future__ import annotations

import datetime as dt
import random
import time

import attrs
import pytest

import iomkg
from iomkg import (
    Article,
    Dateline,
    DateSpan,
    Event,
    EventKind,
    Organization,
    OrgKind,
    Page,
    PageKind,
    Person,
    Programme,
    Q,
    Span,
)

GZ = iomkg.gazetteer()
OSH = GZ.get("KG-GO")
OSH_REGION = GZ.get("KG-O")
BISHKEK = GZ.get("KG-GB")
NARYN = GZ.lookup("Naryn")
CHISINAU = GZ.lookup("Chisinau")
assert None not in (OSH, OSH_REGION, BISHKEK, NARYN, CHISINAU)

SDC_FULL = Organization(name="Swiss Agency for Development and Cooperation", kind=OrgKind.DONOR)
SDC_SHORT = Organization(name="SDC", acronym="SDC")
IOM = Organization(name="International Organization for Migration", acronym="IOM", kind=OrgKind.UN)
UK = Organization(name="UK Government", kind=OrgKind.DONOR, country="GB")
ZARYA = Organization(name="Zarya Public Foundation", kind=OrgKind.NGO, country="KG")


def days(a: str, b: str | None = None) -> DateSpan:
    return DateSpan.from_dates(dt.date.fromisoformat(a), dt.date.fromisoformat(b or a), text=a)


def ev(kind: EventKind, when: DateSpan | None, places=(), people=(), orgs=(), prog=None, text="x"):
    return Event(
        kind=kind,
        evidence=Span(start=0, end=len(text), text=text),
        when=when,
        places=tuple(places),
        people=tuple(people),
        organizations=tuple(orgs),
        programme=prog,
    )


LMP_REGIONAL = Programme(
    name="Regional Labour Migration Programme in Central Asia",
    funders=(SDC_SHORT,),
    implementers=(IOM,),
)
LMP_PLAIN = Programme(name="Labour Migration Programme in Central Asia", funders=(SDC_FULL,))
LMP_UNSCOPED = Programme(name="Regional Labour Migration Programme")
RMP = Programme(name="Regional Migration Programme", funders=(UK,))
GJP_NATIONAL = Programme(
    name="Global Joint Programme on Mainstreaming Migration into National Development Strategies",
    implementers=(IOM,),
)
GJP_SHORT = Programme(
    name="Global Joint Programme on Mainstreaming Migration into Development Strategies"
)
YEP_KG = Programme(name="Youth Employment Programme in Kyrgyzstan")
YEP_TJ = Programme(name="Youth Employment Programme in Tajikistan")
YEP = Programme(name="Youth Employment Programme")
SRHI = Programme(name="Safe Return Home Initiative", acronym="SRHI")
SRHI_ACR = Programme(name="SRHI")

CHOLPON = Person(name="Cholpon Sulaimanov", roles=("Deputy Minister of Invented Affairs",))
MR_SULAIMANOV = Person(name="Sulaimanov", honorific="Mr.")
BAKYT = Person(name="Bakyt Asanov")
NURLAN = Person(name="Nurlan Asanov")
MR_ASANOV = Person(name="Asanov", honorific="Mr.")

STUDY_VISIT = ev(
    EventKind.STUDY_VISIT,
    days("2016-06-06", "2016-06-10"),
    [CHISINAU],
    [CHOLPON],
    [IOM],
    LMP_REGIONAL,
    text="An invented delegation went on a study visit",
)
# (each evidence is the start of its article's text, as a span must be)
OPENING = ev(EventKind.OPENING, days("2016-06-22"), [BISHKEK], orgs=[ZARYA], text="An")
VISIT = ev(
    EventKind.VISIT, days("2023-09-12", "2023-09-13"), [BISHKEK, OSH], [MR_SULAIMANOV], text="Mr."
)
MIGRANTS_DAY = ev(EventKind.COMMEMORATION, days("2014-12-18"), [OSH_REGION], text="В Оше")
TRAINING = ev(
    EventKind.TRAINING, days("2014-11-18", "2014-11-21"), [NARYN], prog=GJP_SHORT, text="A"
)
UNDATED = ev(EventKind.MEETING, DateSpan.yearless(8, 28), text="A training")

ARTICLES = (
    Article(
        title="Invented delegation studies labour migration abroad",
        url="https://example.invalid/a1",
        site="example.invalid",
        language="en",
        published=dt.date(2016, 6, 10),
        dateline=Dateline(text="Bishkek", places=(BISHKEK,)),
        paragraphs=(
            "An invented delegation went on a study visit with the Labour Migration Programme.",
        ),
        programmes=(LMP_REGIONAL,),
        people=(CHOLPON,),
        organizations=(SDC_SHORT, IOM),
        places=(CHISINAU, BISHKEK),
        events=(STUDY_VISIT, OPENING),
        tags=("SDG 10",),
    ),
    Article(
        title="Regional director visits Osh",
        url="https://example.invalid/a2",
        language="en",
        published=dt.date(2023, 9, 14),
        paragraphs=(
            "Mr. Sulaimanov met partners in Osh and Bishkek.",
            "Border trainings were discussed.",
        ),
        programmes=(LMP_PLAIN, RMP),
        people=(MR_SULAIMANOV, BAKYT),
        organizations=(SDC_FULL, UK),
        places=(OSH, BISHKEK),
        events=(VISIT,),
    ),
    Article(
        title="Круглый стол в Оше",
        url="https://example.invalid/a3",
        language="ru",
        published=dt.date(2014, 12, 18),
        paragraphs=("В Оше прошли встречи с мигрантами.",),
        programmes=(LMP_UNSCOPED, RMP),
        people=(NURLAN, MR_ASANOV),
        places=(OSH_REGION,),
        events=(MIGRANTS_DAY,),
    ),
    Article(
        title="Training of invented civil servants",
        url="https://example.invalid/a4",
        language="en",
        published=dt.date(2014, 11, 25),
        paragraphs=("A training in Naryn on mainstreaming migration.",),
        programmes=(GJP_NATIONAL, YEP_KG, SRHI),
        organizations=(ZARYA,),
        places=(NARYN,),
        events=(TRAINING, UNDATED),
    ),
    Article(
        title="Mainstreaming migration: results",
        url="https://example.invalid/a5",
        language="en",
        paragraphs=("Results of the <joint> programme & more.",),
        programmes=(GJP_SHORT, YEP_TJ, YEP, SRHI_ACR),
    ),
)


def page(*arts: Article) -> Page:
    return Page(
        kind=PageKind.LISTING if len(arts) > 1 else PageKind.ARTICLE,
        layout="generic",
        articles=arts,
    )


def build() -> iomkg.Corpus:
    return iomkg.Corpus.from_pages([page(ARTICLES[0], ARTICLES[1]), page(*ARTICLES[2:])])


@pytest.fixture(scope="module")
def corpus() -> iomkg.Corpus:
    return build()


def titles(coll) -> list[str]:
    return [a.title for a in coll]


def names(coll) -> list[str]:
    return [e.name for e in coll]


# -- collections -------------------------------------------------------------------------


def test_collection_basics(corpus):
    arts = corpus.articles
    assert len(arts) == 5
    assert arts[0] is ARTICLES[0]
    assert titles(arts[1:3]) == [ARTICLES[1].title, ARTICLES[2].title]
    assert isinstance(arts[1:3], iomkg.Collection)
    assert arts.first() is ARTICLES[0]
    assert arts.filter(title="nothing").first() is None
    assert list(arts) == list(ARTICLES)
    assert corpus.articles is not corpus.articles  # each call a new collection
    assert repr(corpus) == "<Corpus: 2 pages, 5 articles>"
    assert (
        repr(arts[:1]) == "<Collection of 1 articles: ['Invented delegation studies labour migra']>"
    )


def test_event_entries_keep_their_article(corpus):
    events = corpus.events
    assert len(events) == 6
    first = events[0]
    assert first.id == "event:0:0"
    assert first.articles == (ARTICLES[0],)
    assert first.kind is EventKind.STUDY_VISIT
    assert first.label == "study_visit 2016-06-06/2016-06-10"


# -- lookups ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lookups", "expected"),
    [
        ({"language": "ru"}, ["a3"]),
        ({"language__exact": "ru"}, ["a3"]),
        ({"title__iexact": "REGIONAL DIRECTOR VISITS OSH"}, ["a2"]),
        ({"title__contains": "Osh"}, ["a2"]),
        ({"title__contains": "osh"}, []),
        ({"title__icontains": "OSH"}, ["a2"]),
        ({"language__in": ["ru", "ky"]}, ["a3"]),
        ({"published__gt": "2016-06-10"}, ["a2"]),
        ({"published__gte": "2016-06-10"}, ["a1", "a2"]),
        ({"published__lt": dt.date(2014, 12, 18)}, ["a4"]),
        ({"published__lte": dt.date(2014, 12, 18)}, ["a3", "a4"]),
        ({"published__year": 2014}, ["a3", "a4"]),
        ({"published__year__gte": 2016}, ["a1", "a2"]),
        ({"published__isnull": True}, ["a5"]),
        ({"published": None}, ["a5"]),
        ({"published__isnull": False}, ["a1", "a2", "a3", "a4"]),
        ({"places__admin1_code": "KG-O"}, ["a3"]),
        ({"places__admin1_code": "KG-GO"}, ["a2"]),
        ({"places__id__in": ("KG.naryn", "MD.chisinau")}, ["a1", "a4"]),
        ({"places__admin1_code__in": ["KG-N", "KG-O"]}, ["a3", "a4"]),
        ({"dateline__places__name": "Bishkek"}, ["a1"]),
        ({"dateline__isnull": True}, ["a2", "a3", "a4", "a5"]),
        ({"programmes__funders__name__icontains": "swiss"}, ["a2"]),
        ({"events__kind": "training"}, ["a4"]),
        ({"events__kind": EventKind.TRAINING}, ["a4"]),
        ({"events__when__year": 2016}, ["a1"]),
        ({"text__icontains": "встречи"}, ["a3"]),
        ({"tags__contains": "SDG"}, ["a1"]),
        ({"language": "en", "published__year": 2014}, ["a4"]),
    ],
)
def test_article_lookups(corpus, lookups, expected):
    got = [a.url.rsplit("/", 1)[1] for a in corpus.articles.filter(**lookups)]
    assert got == expected
    rest = [a.url.rsplit("/", 1)[1] for a in corpus.articles.exclude(**lookups)]
    assert sorted(got + rest) == ["a1", "a2", "a3", "a4", "a5"]
    assert not set(got) & set(rest)


def test_entry_lookups_reach_record_and_articles(corpus):
    assert names(corpus.people.filter(name__icontains="asanov")) == [
        "Bakyt Asanov",
        "Nurlan Asanov",
        "Asanov",
    ]
    assert names(corpus.programmes.filter(funders__acronym="SDC")) == [
        "Regional Labour Migration Programme in Central Asia"
    ]
    assert [e.id for e in corpus.events.filter(articles__language="ru")] == ["event:2:0"]
    assert [e.id for e in corpus.events.filter(places__admin1_code="KG-GO")] == ["event:1:0"]
    assert [e.id for e in corpus.events.filter(id="event:3:1")] == ["event:3:1"]
    assert [e.name for e in corpus.places.filter(kind="admin1")] == ["Osh Region"]
    assert len(corpus.events.filter(when__isnull=True)) == 0
    assert [e.id for e in corpus.events.filter(when__start__isnull=True)] == ["event:3:1"]


def test_q_combinations(corpus):
    arts = corpus.articles

    def urls(c):
        return [a.url[-2:] for a in c]

    ru = Q(language="ru")
    y14 = Q(published__year=2014)
    assert urls(arts.filter(ru | Q(published__year=2016))) == ["a1", "a3"]
    assert urls(arts.filter(ru & y14)) == ["a3"]
    assert urls(arts.filter(~ru)) == ["a1", "a2", "a4", "a5"]
    assert urls(arts.filter(~ru & y14)) == ["a4"]
    assert urls(arts.filter(~(ru | y14))) == ["a1", "a2", "a5"]
    assert urls(arts.filter(y14, language="en")) == ["a4"]
    assert urls(arts.exclude(ru | y14)) == ["a1", "a2", "a5"]
    assert urls(arts.filter(Q(ru, title__icontains="круглый"))) == ["a3"]
    assert repr(~(ru | y14)) == "<Q: ~(language='ru' | published__year=2014)>"


@pytest.mark.parametrize(
    ("lookup", "field"),
    [
        ({"nonsense": 1}, "nonsense"),
        ({"places__nonsense": 1}, "places__nonsense"),
        ({"title__startswith": "x"}, "title__startswith"),
        ({"published__year__year": 1}, "published__year__year"),
    ],
)
def test_bad_lookups_name_the_field(corpus, lookup, field):
    with pytest.raises(iomkg.QueryError) as info:
        corpus.articles.filter(**lookup)
    assert info.value.field == field
    assert field in str(info.value)


def test_bad_arguments(corpus):
    with pytest.raises(iomkg.QueryError, match="'June 2016' is not a date"):
        corpus.articles.between("June 2016", None)
    with pytest.raises(TypeError):
        corpus.articles.filter("language")  # type: ignore[arg-type]
    assert not hasattr(corpus.people, "between")  # typed collections: people have no dates
    with pytest.raises(iomkg.QueryError, match="no place"):
        corpus.events.in_place("Atlantis")
    with pytest.raises(iomkg.QueryError):
        corpus.articles.filter(language__in="ru")
    with pytest.raises(iomkg.QueryError):
        corpus.articles.timeline("week")


# -- dates ----------------------------------------------------------------------------------


def test_between(corpus):
    assert [e.kind.value for e in corpus.events.between("2016-01-01", "2016-12-31")] == [
        "study_visit",
        "opening",
    ]
    assert [
        e.kind.value for e in corpus.events.between(dt.date(2016, 6, 10), dt.date(2016, 6, 10))
    ] == ["study_visit"]
    assert [e.kind.value for e in corpus.events.between("2014-11-21", "2014-11-21")] == ["training"]
    assert len(corpus.events.between(None, None)) == 5  # the yearless meeting never overlaps
    assert [a.url[-2:] for a in corpus.articles.between("2014-12-01", "2016-12-31")] == ["a1", "a3"]


def test_timeline_sort_count_group(corpus):
    assert corpus.articles.timeline() == {"2014": 2, "2016": 1, "2023": 1}
    assert corpus.events.timeline("month") == {
        "2014-11": 1,
        "2014-12": 1,
        "2016-06": 2,
        "2023-09": 1,
    }
    assert [a.url[-2:] for a in corpus.articles.sort_by("published")] == [
        "a4",
        "a3",
        "a1",
        "a2",
        "a5",
    ]
    assert [a.url[-2:] for a in corpus.articles.sort_by("published", reverse=True)] == [
        "a2",
        "a1",
        "a3",
        "a4",
        "a5",
    ]
    assert [a.url[-2:] for a in corpus.articles.sort_by(lambda a: len(a.programmes))][:2] == [
        "a1",
        "a2",
    ]
    assert corpus.articles.count_by("language") == {"en": 4, "ru": 1}
    assert corpus.events.count_by("places__admin1_code") == {
        "KG-GB": 2,
        "KG-GO": 1,
        "KG-N": 1,
        "KG-O": 1,
    }
    groups = corpus.articles.group_by("published__year")
    assert list(groups) == [2014, 2016, 2023]
    assert [a.url[-2:] for a in groups[2014]] == ["a3", "a4"]


# -- organizations and places ------------------------------------------------------------------


def test_funded_and_implemented_by_are_alias_aware(corpus):
    lmp = ["Regional Labour Migration Programme in Central Asia"]
    assert names(corpus.programmes.funded_by("SDC")) == lmp
    assert names(corpus.programmes.funded_by("Swiss Agency for Development and Cooperation")) == lmp
    assert names(corpus.programmes.funded_by(SDC_FULL)) == lmp
    sdc = corpus.organizations.filter(acronym="SDC").first()
    assert names(corpus.programmes.funded_by(sdc)) == lmp
    assert names(corpus.programmes.funded_by("Government of the United Kingdom")) == [
        "Regional Migration Programme"
    ]
    with pytest.raises(iomkg.QueryError, match="no organization called 'Nobody At All'"):
        corpus.programmes.funded_by("Nobody At All")
    assert names(corpus.programmes.implemented_by("IOM")) == [
        "Regional Labour Migration Programme in Central Asia",
        # named twice (an article and an event) the shorter name wins
        "Global Joint Programme on Mainstreaming Migration into Development Strategies",
    ]
    assert [e.id for e in corpus.events.funded_by("SDC")] == ["event:0:0"]
    assert [a.url[-2:] for a in corpus.articles.funded_by("SDC")] == ["a1", "a2"]


def test_in_place_uses_the_hierarchy(corpus):
    ids = [e.id for e in corpus.events.in_place("Osh Region")]
    assert ids == ["event:1:0", "event:2:0"]  # Osh city is in Osh oblast
    assert [e.id for e in corpus.events.in_place("Osh")] == ["event:1:0"]
    assert [e.id for e in corpus.events.in_place(OSH_REGION)] == ids
    assert len(corpus.events.in_place("Kyrgyzstan")) == 4
    assert len(corpus.events.in_place("Central Asia")) == 4
    assert [e.id for e in corpus.events.in_place("Moldova")] == ["event:0:0"]
    assert [a.url[-2:] for a in corpus.articles.in_place("Bishkek")] == ["a1", "a2"]
    assert names(corpus.places.in_place("Kyrgyzstan")) == ["Bishkek", "Osh", "Osh Region", "Naryn"]
    assert names(corpus.programmes.in_place("Kyrgyzstan")) == []


def test_mentioning(corpus):
    assert [a.url[-2:] for a in corpus.articles.mentioning("Cholpon Sulaimanov")] == ["a1", "a2"]
    assert [a.url[-2:] for a in corpus.articles.mentioning("SDC")] == ["a1", "a2"]
    assert [a.url[-2:] for a in corpus.articles.mentioning(OSH_REGION)] == ["a3"]
    assert [a.url[-2:] for a in corpus.articles.mentioning(RMP)] == ["a2", "a3"]
    assert [e.id for e in corpus.events.mentioning("Cholpon Sulaimanov")] == [
        "event:0:0",
        "event:1:0",
    ]
    assert [e.id for e in corpus.events.mentioning("Zarya Public Foundation")] == ["event:0:1"]
    assert [e.id for e in corpus.events.mentioning(GJP_NATIONAL)] == ["event:3:0"]
    person = corpus.people.filter(name="Bakyt Asanov").first()
    assert names(corpus.people.mentioning(person)) == ["Cholpon Sulaimanov"]


def test_search_ranks_with_bm25(corpus):
    assert [a.url[-2:] for a in corpus.articles.search("training")] == ["a4", "a2"]
    assert [a.url[-2:] for a in corpus.articles.search("встреча Ош")] == ["a3"]
    assert [a.url[-2:] for a in corpus.articles.filter(language="en").search("Osh")] == ["a2"]
    assert names(corpus.programmes.search("youth employment"))[0].startswith("Youth Employment")
    assert [e.id for e in corpus.events.search("commemoration")] == ["event:2:0"]
    assert len(corpus.articles.search("")) == 0


# -- notebook manners --------------------------------------------------------------------------


def test_html_tables_escape(corpus):
    table = corpus.programmes._repr_html_()
    assert table.startswith("<table><caption>")
    art = Article(title="<script>alert(1)</script>", paragraphs=("x",))
    c = iomkg.Corpus.from_pages([page(art)])
    out = c.articles._repr_html_()
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<td>programmes</td>" in c._repr_html_()


def test_corpus_rejects_non_pages():
    with pytest.raises(iomkg.InputTypeError):
        iomkg.Corpus.from_pages(["not a page"])  # type: ignore[list-item]


# -- speed -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_filter_over_100k_records_is_fast():
    """Timed, so run with --slow on a quiet machine (benchmarks/bench_corpus.py measures more)."""
    rng = random.Random(7)
    codes = ("KG-O", "KG-GB", "KG-N", "KG-C")
    places = [p for p in (GZ.get(c) for c in codes) if p is not None]
    arts = tuple(
        Article(
            title=f"Invented item {n}",
            language=rng.choice(("en", "ru")),
            published=dt.date(2010 + n % 14, 1 + n % 12, 1),
            places=(rng.choice(places),),
        )
        for n in range(100_000)
    )
    corpus = iomkg.Corpus.from_pages([Page(kind=PageKind.LISTING, layout="generic", articles=arts)])
    start = time.process_time()
    hits = corpus.articles.filter(places__admin1_code="KG-O", language="ru")
    elapsed = time.process_time() - start
    assert 0 < len(hits) < 100_000
    assert elapsed < 1.0, elapsed


# -- one behaviour for names, partial dates, enums as strings, scored search (issue 12) ----


def test_names_that_match_nothing_raise_with_close_matches(corpus):
    with pytest.raises(iomkg.QueryError) as info:
        corpus.events.filter(kind="meetin")
    assert str(info.value).startswith(
        "kind: 'meetin' is no EventKind value (did you mean 'meeting'?)"
    )
    assert info.value.field == "kind"
    with pytest.raises(iomkg.QueryError, match=r"kind__in: 'visitt' is no EventKind value"):
        corpus.events.filter(kind__in=["visit", "visitt"])
    with pytest.raises(iomkg.QueryError) as info:
        corpus.programmes.funded_by("Switzerland")
    assert str(info.value) == (
        "funders: no organization called 'Switzerland' "
        "(did you mean 'Embassy of Switzerland', 'Government of Switzerland'?)"
    )
    with pytest.raises(iomkg.QueryError, match="implementers: no organization called 'Nobody'"):
        corpus.events.implemented_by("Nobody")
    with pytest.raises(iomkg.QueryError) as info:
        corpus.events.in_place("Bishkel")
    assert str(info.value).startswith("name: no place called 'Bishkel' (did you mean 'Bishkek'")
    with pytest.raises(
        iomkg.QueryError, match=r"what: nothing called 'Bishkel' \(did you mean 'Bishkek'\?\)"
    ):
        corpus.articles.mentioning("Bishkel")


def test_known_names_without_matches_give_empty_collections(corpus):
    assert len(corpus.events.filter(kind="handover")) == 0
    assert (
        len(corpus.programmes.funded_by("European Union")) == 0
    )  # in the registry, funds nothing here
    assert len(corpus.events.in_place("Kazakhstan")) == 0  # in the gazetteer, nothing there
    assert len(corpus.articles.mentioning("Kazakhstan")) == 0


def test_enums_as_strings_in_and_out(corpus):
    assert corpus.events.count_by("kind") == {
        "commemoration": 1,
        "meeting": 1,
        "opening": 1,
        "study_visit": 1,
        "training": 1,
        "visit": 1,
    }
    assert corpus.organizations.count_by("kind") == {"donor": 2, "ngo": 1, "un": 1}
    assert corpus.places.count_by("kind") == {"city": 4, "admin1": 1}
    assert all(type(k) is str for k in corpus.places.count_by("kind"))
    assert list(corpus.places.group_by("kind")) == ["admin1", "city"]
    assert [e.id for e in corpus.events.filter(kind="visit")] == ["event:1:0"]
    assert [e.id for e in corpus.events.filter(kind=iomkg.EventKind.VISIT)] == ["event:1:0"]


@pytest.mark.parametrize(
    ("start", "end", "events", "articles"),
    [
        ("2016", ..., ["event:0:0", "event:0:1"], ["a1"]),
        ("2016-06", ..., ["event:0:0", "event:0:1"], ["a1"]),
        ("2016-06-22", ..., ["event:0:1"], []),
        ("2016-06/2023-09", ..., ["event:0:0", "event:0:1", "event:1:0"], ["a1", "a2"]),
        ("2023-09/..", ..., ["event:1:0"], ["a2"]),
        ("../2016-06-06", ..., ["event:0:0", "event:2:0", "event:3:0"], ["a3", "a4"]),
        ("2014", "2016", ["event:0:0", "event:0:1", "event:2:0", "event:3:0"], ["a1", "a3", "a4"]),
        ("2014-12", "2016-06-05", ["event:2:0"], ["a3"]),
        (None, "2014-11", ["event:3:0"], ["a4"]),
    ],
)
def test_between_takes_partial_dates_and_edtf(corpus, start, end, events, articles):
    got_events = corpus.events.between(start, end)
    got_articles = corpus.articles.between(start, end)
    assert [e.id for e in got_events] == events
    assert [a.url[-2:] for a in got_articles] == articles


def test_between_refuses_what_is_no_date(corpus):
    with pytest.raises(iomkg.QueryError, match=r"start: '2016-13' is not a date"):
        corpus.events.between("2016-13")
    with pytest.raises(iomkg.QueryError, match=r"end: '2016-06-31' is not a date"):
        corpus.events.between("2016", "2016-06-31")
    with pytest.raises(iomkg.QueryError, match="end: 2015-12-31 is before start 2016-01-01"):
        corpus.events.between("2016", "2015")
    with pytest.raises(TypeError, match="start: expected a date"):
        corpus.events.between(2016)  # type: ignore[arg-type]


def test_search_hits_carry_scores(corpus):
    found = corpus.articles.search("training")
    hits = found.hits()
    assert [(h.item.url, round(h.score, 4)) for h in hits] == [
        ("https://example.invalid/a4", 1.3291),
        ("https://example.invalid/a2", 0.7633),
    ]
    assert isinstance(hits[0], iomkg.Hit)
    assert hits[0] == iomkg.Hit(item=corpus.articles[3], score=hits[0].score)
    # filters and sorts keep the scores of the items they keep
    again = found.filter(language="en").sort_by("published").hits()
    assert [(h.item.url[-2:], round(h.score, 4)) for h in again] == [("a4", 1.3291), ("a2", 0.7633)]
    assert corpus.articles.search("nothing matches this").hits() == ()
    with pytest.raises(iomkg.QueryError, match="no search"):
        corpus.articles.hits()


def test_typed_collections_have_only_their_helpers(corpus):
    expected = {
        "articles": (
            iomkg.ArticleCollection,
            {"between", "funded_by", "implemented_by", "in_place", "timeline"},
        ),
        "events": (
            iomkg.EventCollection,
            {"between", "funded_by", "implemented_by", "in_place", "timeline"},
        ),
        "programmes": (
            iomkg.ProgrammeCollection,
            {"between", "funded_by", "implemented_by", "in_place", "timeline"},
        ),
        "people": (iomkg.PersonCollection, set()),
        "organizations": (iomkg.OrganizationCollection, set()),
        "places": (iomkg.PlaceCollection, {"in_place"}),
    }
    optional = {"between", "funded_by", "implemented_by", "in_place", "timeline"}
    for kind, (cls, helpers) in expected.items():
        coll = getattr(corpus, kind)
        assert type(coll) is cls
        assert isinstance(coll, iomkg.Collection)
        assert {h for h in optional if hasattr(coll, h)} == helpers, kind
        # every method that narrows keeps the collection's type
        assert type(coll[:2]) is cls
        assert type(coll.filter()) is cls
        assert type(coll.sort_by("id" if kind != "articles" else "title")) is cls
        assert type(coll.search("osh")) is cls


def test_typed_entries(corpus):
    kinds = {
        "events": iomkg.EventEntry,
        "programmes": iomkg.ProgrammeEntry,
        "people": iomkg.PersonEntry,
        "organizations": iomkg.OrganizationEntry,
        "places": iomkg.PlaceEntry,
    }
    for kind, cls in kinds.items():
        for entry in getattr(corpus, kind):
            assert type(entry) is cls
            assert isinstance(entry, iomkg.Entry)
    visit = corpus.events[2]
    assert (visit.kind, visit.when.edtf, [p.name for p in visit.places]) == (
        iomkg.EventKind.VISIT,
        "2023-09-12/2023-09-13",
        ["Bishkek", "Osh"],
    )
    sdc = corpus.organizations.filter(acronym="SDC").first()
    assert (sdc.name, sdc.kind, sdc.country) == (
        "Swiss Agency for Development and Cooperation",
        iomkg.OrgKind.DONOR,
        "CH",
    )
    # every field of each record kind is a typed field of its entry
    for cls, record in [
        (iomkg.EventEntry, iomkg.Event),
        (iomkg.ProgrammeEntry, iomkg.Programme),
        (iomkg.PersonEntry, iomkg.Person),
        (iomkg.OrganizationEntry, iomkg.Organization),
        (iomkg.PlaceEntry, iomkg.Place),
    ]:
        fields = {f.name for f in attrs.fields(record)} - {"mentions", "id"}  # the entry's own id
        assert fields <= set(vars(cls)), (cls, fields - set(vars(cls)))
