"""The typed records of iomkg: what :func:`iomkg.parse` gives back.

Every record is a frozen, slotted attrs class (without weak-reference support) whose
collections are tuples, so a record can be hashed, shared between threads and compared
by value. Use :func:`attrs.evolve` for a changed copy.

Offsets (:class:`Span`) always point into :attr:`Article.text`.
"""

import datetime as dt
import enum

import attrs

from ._display import Shown
from ._errors import DateError

__all__ = [
    "Article",
    "DateMention",
    "DateSpan",
    "Dateline",
    "Decision",
    "Event",
    "EventKind",
    "Fact",
    "OrgKind",
    "Organization",
    "Page",
    "PageKind",
    "Person",
    "Place",
    "PlaceKind",
    "Precision",
    "Programme",
    "Quote",
    "Span",
    "Teaser",
]


class PageKind(str, enum.Enum):
    """What a whole page is.

    >>> PageKind("listing") is PageKind.LISTING
    True
    """

    ARTICLE = "article"
    STORY = "story"
    LISTING = "listing"
    PROJECT = "project"
    STATIC = "static"
    PUBLICATION = "publication"
    VACANCY = "vacancy"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class EventKind(str, enum.Enum):
    """The kind of an :class:`Event`, from the event lexicon.

    >>> EventKind.STUDY_VISIT.value
    'study_visit'
    """

    MEETING = "meeting"
    VISIT = "visit"
    STUDY_VISIT = "study_visit"
    WORKSHOP = "workshop"
    TRAINING = "training"
    CONFERENCE = "conference"
    ROUNDTABLE = "roundtable"
    CEREMONY = "ceremony"
    OPENING = "opening"
    CAMPAIGN = "campaign"
    COMMEMORATION = "commemoration"
    LAUNCH = "launch"
    HANDOVER = "handover"
    SIGNING = "signing"
    CONSULTATION = "consultation"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class OrgKind(str, enum.Enum):
    """The kind of an :class:`Organization`.

    >>> OrgKind("un")
    <OrgKind.UN: 'un'>
    """

    GOVERNMENT = "government"
    UN = "un"
    DONOR = "donor"
    NGO = "ngo"
    ACADEMIC = "academic"
    PRIVATE = "private"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class PlaceKind(str, enum.Enum):
    """The kind of a :class:`Place`, from the largest to the smallest.

    ``admin1`` is an oblast; ``admin2`` a district (rayon). The two cities of
    oblast rank, Bishkek and Osh, are ``city`` places whose ``admin1_code`` is
    their own ISO 3166-2 code (``KG-GB``, ``KG-GO``).

    >>> PlaceKind.ADMIN1.value
    'admin1'
    """

    REGION = "region"
    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    VILLAGE = "village"
    VENUE = "venue"

    def __str__(self) -> str:
        return self.value


class Precision(str, enum.Enum):
    """How precise a :class:`DateSpan` is.

    >>> Precision.MONTH.value
    'month'
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(kw_only=True, weakref_slot=False)
class Span:
    """A stretch of :attr:`Article.text`: ``text == article.text[start:end]``.

    >>> Span(start=0, end=7, text="Bishkek")
    Span(start=0, end=7, text='Bishkek')
    """

    #: Offset of the first character in the article's text (``Article.text``).
    start: int
    #: Offset just after the last character.
    end: int
    #: The text covered, as written.
    text: str


def _edtf_day(d: dt.date | None, precision: Precision) -> str:
    if d is None:
        return ".."
    if precision is Precision.YEAR:
        return f"{d.year:04d}"
    if precision is Precision.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class DateSpan(Shown):
    """A date or a range of dates as written in a text.

    ``start`` and ``end`` are the first and the last day covered (a month or a
    year covers all its days); both are ``None`` when the year cannot be known.
    ``edtf`` is the ISO 8601-2 (EDTF) form, which keeps the month and day of a
    date without a year (``XXXX-08-28``).

    >>> import datetime as dt
    >>> span = DateSpan.from_dates(dt.date(2023, 6, 22), dt.date(2023, 6, 23), text="22-23 June 2023")
    >>> span.edtf
    '2023-06-22/2023-06-23'
    >>> DateSpan.yearless(8, 28, text="August 28").edtf
    'XXXX-08-28'
    """

    #: First day covered (``None`` when the year cannot be known).
    start: dt.date | None
    #: Last day covered (a month or a year covers all its days).
    end: dt.date | None
    #: How precise the written date is: day, month or year.
    precision: Precision = Precision.DAY
    #: Whether the year was not written but taken from the context (the page's date).
    year_inferred: bool = False
    #: The date as written.
    text: str = ""
    #: The ISO 8601-2 (EDTF) form: ``2024-05``, ``XXXX-08-28``, ``2024-05-01/2024-05-03``.
    edtf: str = ""

    @classmethod
    def from_dates(
        cls,
        start: dt.date | None,
        end: dt.date | None = None,
        *,
        precision: Precision = Precision.DAY,
        year_inferred: bool = False,
        text: str = "",
    ) -> "DateSpan":
        """Build a span from its first and last day and compute its EDTF form.

        An ``end`` before ``start`` raises :class:`~iomkg.DateError` (a ``ValueError``).

        >>> DateSpan.from_dates(dt.date(2023, 1, 1), dt.date(2023, 2, 28), precision=Precision.MONTH).edtf
        '2023-01/2023-02'
        """
        if end is None:
            end = start
        if start is not None and end is not None and end < start:
            msg = f"end: {end.isoformat()} is before start {start.isoformat()}"
            raise DateError(msg, field="end")
        first = _edtf_day(start, precision)
        last = _edtf_day(end, precision)
        edtf = first if first == last else f"{first}/{last}"
        return cls(
            start=start,
            end=end,
            precision=precision,
            year_inferred=year_inferred,
            text=text,
            edtf=edtf,
        )

    @classmethod
    def yearless(
        cls,
        month: int,
        day: int | None = None,
        end_month: int | None = None,
        end_day: int | None = None,
        *,
        text: str = "",
    ) -> "DateSpan":
        """A date (or range) whose year cannot be known: no ``start``, no ``end``.

        >>> DateSpan.yearless(3, 27, 3, 28).edtf
        'XXXX-03-27/XXXX-03-28'
        """

        def part(m: int, d: int | None) -> str:
            return f"XXXX-{m:02d}" if d is None else f"XXXX-{m:02d}-{d:02d}"

        first = part(month, day)
        last = part(
            end_month if end_month is not None else month, end_day if end_month is not None else day
        )
        edtf = first if first == last else f"{first}/{last}"
        precision = Precision.MONTH if day is None else Precision.DAY
        return cls(
            start=None, end=None, precision=precision, year_inferred=False, text=text, edtf=edtf
        )

    @property
    def has_year(self) -> bool:
        """Whether the span's year is known (written or inferred).

        >>> DateSpan.yearless(8, 28).has_year
        False
        """
        return self.start is not None or self.end is not None

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether this span shares a day with ``[start, end]`` (open ends allowed).

        >>> DateSpan.from_dates(dt.date(2016, 6, 6), dt.date(2016, 6, 10)).overlaps(
        ...     dt.date(2016, 1, 1), dt.date(2016, 12, 31))
        True
        """
        if not self.has_year:
            return False
        mine_start = self.start or self.end
        mine_end = self.end or self.start
        assert mine_start is not None
        assert mine_end is not None
        if end is not None and mine_start > end:
            return False
        return not (start is not None and mine_end < start)


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class DateMention(Shown):
    """A date found in running text: where it stands and what it means.

    ``is_period`` marks the period of a plan or policy (``Concept for
    2022-2030``, ``until 2025``): a date, but never the date of an event.
    ``year_evidence`` is, for a date written without a year whose year was
    inferred from the text around it, the date or year of the text it came
    from (``None`` when it came from the dateline, the publication or the
    reference date, or when the year was written).

    >>> import datetime as dt
    >>> m = DateMention(span=Span(start=3, end=10, text="in 2013"),
    ...                 when=DateSpan.from_dates(dt.date(2013, 1, 1), dt.date(2013, 12, 31),
    ...                                          precision=Precision.YEAR, text="2013"))
    >>> m.when.edtf
    '2013'
    """

    #: Where the date stands in the text.
    span: Span
    #: What it means.
    when: DateSpan
    #: Whether it names a period (from… to…, during…) rather than a day.
    is_period: bool = False
    #: The text the year was taken from, when it was not written with the date.
    year_evidence: Span | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Place(Shown):
    """A place, identified by its gazetteer entry.

    ``id`` is the gazetteer's key (ISO codes for countries and oblasts);
    ``parent`` the id of the place that contains it (city -> oblast -> country).
    ``lat`` and ``lon`` (WGS 84 degrees) and ``geonames_id`` (the place's number at
    GeoNames, https://sws.geonames.org/ID/) come from the gazetteer, ``None`` where it
    has none (districts, some villages).

    >>> p = Place(id="KG-O", name="Osh Region", kind=PlaceKind.ADMIN1, country_code="KG",
    ...           admin1_code="KG-O", parent="KG", lat=40.1122, lon=73.177, geonames_id=1346798)
    >>> p.admin1_code, p.lat, p.geonames_id
    ('KG-O', 40.1122, 1346798)
    """

    #: The gazetteer id (``KG``, ``KG-O``, ``KG.karakol``).
    id: str
    #: The English name.
    name: str
    #: Country, first-level area, city, village… (:class:`PlaceKind`).
    kind: PlaceKind
    #: ISO 3166-1 alpha-2 code of its country.
    country_code: str | None = None
    #: ISO 3166-2 code of its first-level area (oblast, region).
    admin1_code: str | None = None
    #: Gazetteer id of the place it lies in.
    parent: str | None = None
    #: Other names: Russian, Kyrgyz, old and transliterated spellings.
    aliases: tuple[str, ...] = ()
    #: Where the text names it.
    mentions: tuple[Span, ...] = ()
    #: Latitude, WGS 84 degrees (when the gazetteer knows it).
    lat: float | None = None
    #: Longitude, WGS 84 degrees.
    lon: float | None = None
    #: Its number at GeoNames (when known).
    geonames_id: int | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Organization(Shown):
    """An organization named in a text.

    ``country`` is an ISO 3166-1 alpha-2 code, or ``None`` for international bodies;
    ``wikidata_id`` the organization's item at Wikidata (``Q1065``,
    https://www.wikidata.org/entity/Q1065), where the registry knows it.

    >>> Organization(name="Swiss Agency for Development and Cooperation", acronym="SDC",
    ...              kind=OrgKind.DONOR, country="CH").acronym
    'SDC'
    >>> Organization(name="United Nations", acronym="UN", wikidata_id="Q1065").wikidata_id
    'Q1065'
    """

    #: The full name, as the registry or the text gives it.
    name: str
    #: Its acronym (``IOM``, ``SDC``), if any.
    acronym: str | None = None
    #: Other names and spellings (Russian, Kyrgyz, older names).
    aliases: tuple[str, ...] = ()
    #: UN agency, donor, government, NGO… (:class:`OrgKind`).
    kind: OrgKind = OrgKind.OTHER
    #: ISO 3166-1 alpha-2 code of its country, if it has one.
    country: str | None = None
    #: Where the text names it.
    mentions: tuple[Span, ...] = ()
    #: Its item at Wikidata (``Q1065``), when known.
    wikidata_id: str | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Person(Shown):
    """A person named in a text, with roles as written.

    >>> Person(name="Aida Toktobekova", honorific="Ms.", roles=("Head of the Osh office",)).roles
    ('Head of the Osh office',)
    """

    #: The name, without honorific, in the nominative.
    name: str
    #: Mr, Ms, Dr, H.E.… as written before the name.
    honorific: str | None = None
    #: Their roles as written (``Chief of Mission``, ``Minister of Labour``).
    roles: tuple[str, ...] = ()
    #: Where the text names them.
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True, weakref_slot=False)
class Fact:
    """A label/value fact of a project page (``Donor: Japanese Government``).

    >>> Fact(label="Start Date", value="2022")
    Fact(label='Start Date', value='2022')
    """

    #: The label (``Donor``).
    label: str
    #: Its value (``Japanese Government``), if any.
    value: str | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class Decision:
    """One structural decision about a page or an article, with how sure it is and why.

    ``what`` names the decision (``"kind"``, ``"title"``, ``"lead"``, ``"dateline"``,
    ``"posts"``, ``"layout"``), ``value`` is what was decided (as text, or ``None``),
    ``confidence`` is in [0, 1] and ``evidence`` lists the traits that decided it.

    >>> Decision(what="kind", value="article", confidence=0.9, evidence=("dateline",)).confidence
    0.9
    """

    #: What was decided (``kind``, ``title``, ``published``…).
    what: str
    #: The choice made, as text.
    value: str | None = None
    #: How sure, from 0 to 1.
    confidence: float = 1.0
    #: Why: the clues that decided it, most telling first.
    evidence: tuple[str, ...] = ()


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Programme(Shown):
    """A programme or project, with who funds, implements and partners in it.

    >>> Programme(name="Safe Roads Home Initiative", acronym="SRHI").acronym
    'SRHI'
    """

    #: The programme's name.
    name: str
    #: Its acronym, if any.
    acronym: str | None = None
    #: Other spellings of its name.
    aliases: tuple[str, ...] = ()
    #: Who funds it.
    funders: tuple[Organization, ...] = ()
    #: Who carries it out.
    implementers: tuple[Organization, ...] = ()
    #: Its other partners.
    partners: tuple[Organization, ...] = ()
    #: Where it works.
    places: tuple[Place, ...] = ()
    #: When it runs.
    period: DateSpan | None = None
    #: Its budget, as written (``USD 2.5 million``).
    budget: str | None = None
    #: The label/value facts of its page.
    facts: tuple[Fact, ...] = ()
    #: Where the text names it.
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Event(Shown):
    """Something that happened: what, when, where, who, under which programme.

    ``evidence`` is the sentence the event was read from.

    >>> Event(kind=EventKind.WORKSHOP, evidence=Span(start=0, end=12, text="A workshop.")).kind.value
    'workshop'
    """

    #: What happened (:class:`EventKind`).
    kind: EventKind
    #: The sentence that tells it.
    evidence: Span
    #: When it happened, if the text says.
    when: DateSpan | None = None
    #: Where it happened.
    places: tuple[Place, ...] = ()
    #: Who took part.
    people: tuple[Person, ...] = ()
    #: Which organizations took part.
    organizations: tuple[Organization, ...] = ()
    #: The programme it belongs to.
    programme: Programme | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Quote(Shown):
    """A quotation and who said it.

    >>> Quote(text="We will help.", span=Span(start=0, end=15, text="“We will help.”")).speaker is None
    True
    """

    #: The words quoted.
    text: str
    #: Where they stand in the text.
    span: Span
    #: Who said them, when the text says.
    speaker: Person | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Dateline(Shown):
    """The opening of a lead paragraph: place(s), maybe a date, then a dash.

    ``text`` is the dateline as written, without the dash that ends it.

    >>> Dateline(text="Bishkek and Osh").date is None
    True
    """

    #: The dateline as written (``BISHKEK, 14 August 2023``).
    text: str
    #: The places it names.
    places: tuple[Place, ...] = ()
    #: The date it gives, if any.
    date: DateSpan | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Teaser(Shown):
    """A link to another post: a title and maybe a summary.

    >>> Teaser(title="Круглый стол в Оше", language="ru").language
    'ru'
    """

    #: The linked post's title.
    title: str
    #: Its summary, if shown.
    summary: str | None = None
    #: Its language, if known.
    language: str | None = None
    #: The address it links to.
    url: str | None = None


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Article(Shown):
    """One post: its title, dateline, body and everything extracted from it.

    ``text`` is the body, the paragraphs joined by blank lines; every
    :class:`Span` of the article points into it.

    >>> art = Article(title="A title", paragraphs=("One.", "Two."))
    >>> art.text
    'One.\\n\\nTwo.'
    """

    #: The title (headline).
    title: str | None = None
    #: The article's own address, when known.
    url: str | None = None
    #: The host it comes from (``kyrgyzstan.iom.int``).
    site: str | None = None
    #: ``en``, ``ru`` or ``ky``.
    language: str | None = None
    #: The publication date (a date of the page, never guessed from the text's events).
    published: dt.date | None = None
    #: The opening place (and date) of the lead.
    dateline: Dateline | None = None
    #: The body, one string per paragraph.
    paragraphs: tuple[str, ...] = ()
    #: Captions of its images.
    captions: tuple[str, ...] = ()
    #: Its tags or categories.
    tags: tuple[str, ...] = ()
    #: What happened, in text order.
    events: tuple[Event, ...] = ()
    #: The programmes it names.
    programmes: tuple[Programme, ...] = ()
    #: The people it names.
    people: tuple[Person, ...] = ()
    #: The organizations it names.
    organizations: tuple[Organization, ...] = ()
    #: The places it names.
    places: tuple[Place, ...] = ()
    #: Its quotations.
    quotes: tuple[Quote, ...] = ()
    #: How sure the structure is (title, date, kind), from 0 to 1.
    confidence: float = 1.0
    #: The structural decisions behind it, with their evidence.
    decisions: tuple[Decision, ...] = ()

    @property
    def text(self) -> str:
        """The body as one string, the paragraphs joined by ``"\\n\\n"``."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


PARAGRAPH_SEPARATOR = "\n\n"


@attrs.frozen(kw_only=True, weakref_slot=False, repr=False)
class Page(Shown):
    """A parsed page: its kind, language, site, layout and articles.

    >>> Page(kind=PageKind.OTHER, layout="generic").articles
    ()
    """

    #: Article, listing, programme, static… (:class:`PageKind`).
    kind: PageKind
    #: The site layout that read it (``generic``, ``drupal``…).
    layout: str
    #: The page's main language.
    language: str | None = None
    #: Its host.
    site: str | None = None
    #: Its address, when known.
    url: str | None = None
    #: The section it belongs to, when the page says.
    category: str | None = None
    #: Its articles (one for a news item, several for a listing).
    articles: tuple[Article, ...] = ()
    #: Links to other posts (a listing's items, related news).
    teasers: tuple[Teaser, ...] = ()
    #: The programme a project page describes.
    programme: Programme | None = None
    #: Its label/value facts.
    facts: tuple[Fact, ...] = ()
    #: What went wrong or looked odd while parsing.
    warnings: tuple[str, ...] = ()
    #: How sure the page's structure is, from 0 to 1.
    confidence: float = 1.0
    #: The page-level decisions, with their evidence.
    decisions: tuple[Decision, ...] = ()
