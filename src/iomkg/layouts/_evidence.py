"""Structural evidence: the traits that say what a line or a page is, on any site.

The rules here read the *form* of a line (its length, its last character, its
first words, the lines around it) and of a page (its address, its dateline, its
facts, the amount of prose), never one site's sentences or class names. Each
decision keeps its evidence and a confidence in [0, 1] (:class:`Verdict`), so a
user can find the doubtful pages of a crawl.

Every regular expression here is linear-time: no nested quantifier, every
repetition bounded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from urllib.parse import unquote

import attrs

from .._blocks import Block, BlockKind
from .._models import Decision, Fact, PageKind
from ._common import (
    date_only,
    ends_sentence,
    fact_from_colon,
    fact_label_like,
    is_caption_text,
    is_tag,
    lazy_pattern,
    line_memo,
    looks_like_title,
    url_path,
    word_count,
    words_up_to,
)

__all__ = [
    "PageTraits",
    "Verdict",
    "box_end",
    "choose_title",
    "decide_kind",
    "head_length",
    "header_facts",
    "is_attribution",
    "is_body",
    "is_byline",
    "is_date_line",
    "is_field_line",
    "is_pull_quote",
    "is_section_label",
    "is_widget_line",
    "lead_event_date",
    "lead_start",
    "never_title",
    "opens_with_event_date",
    "paginated",
    "reads_as_lead",
    "slug_agreement",
    "slug_words",
    "title_among_chrome",
]


class Verdict:
    """A decision in the making: a value, a confidence and the evidence for it.

    >>> v = Verdict("kind", "article", 0.9, ["url section"])
    >>> v.decision().evidence
    ('url section',)
    """

    __slots__ = ("confidence", "evidence", "value", "what")

    def __init__(self, what: str, value: str | None, confidence: float, evidence: Sequence[str]):
        self.what = what
        self.value = value
        self.confidence = max(0.0, min(1.0, confidence))
        self.evidence = list(evidence)

    def decision(self) -> Decision:
        """The frozen :class:`Decision` record of this verdict."""
        return Decision(
            what=self.what,
            value=self.value,
            confidence=round(self.confidence, 3),
            evidence=tuple(self.evidence),
        )


# --- The address: the slug spells the title on most news and IOM sites ------------------------

_SLUG_SPLIT = lazy_pattern(r"[-_+.,;:!~'\s]{1,10}")
_EXTENSION = lazy_pattern(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$")
_NOT_SLUG = frozenset(["index", "default", "home", "main", "view", "page", "node", "content"])
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "be",
        "its",
        "it",
        "into",
        "about",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "et",
        "en",
        "и",
        "в",
        "на",
        "с",
        "по",
        "для",
        "о",
    ]
)


# (a page asks this of its one address several times: the answers are kept)
@functools.lru_cache(maxsize=64)
def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of the last path segment that spells something (ids and extensions dropped).

    >>> slug_words("https://example.org/news/12-invented-centre-opens-in-osh.html")
    ('invented', 'centre', 'opens', 'in', 'osh')
    >>> slug_words("https://example.org/index.php?p=12"), slug_words(None)
    ((), ())
    """
    path = unquote(url_path(url).split("?", 1)[0])
    for raw in reversed([s for s in path.split("/") if s]):
        segment = _EXTENSION().sub("", raw)
        words = [w for w in _SLUG_SPLIT().split(segment) if w]
        lettered = [w for w in words if any(ch.isalpha() for ch in w) and not w.isdigit()]
        if len(lettered) == 1 and lettered[0] in _NOT_SLUG:
            continue
        if lettered:
            return tuple(lettered)
    return ()


def _content(words: Sequence[str]) -> list[str]:
    return [w for w in words if w not in _STOP and len(w) > 1]


_WORD = lazy_pattern(r"[^\W_]{1,40}")


def slug_agreement(text: str, slug: Sequence[str]) -> float:
    """How much of the slug's content words ``text`` spells (a slug word may be a prefix).

    >>> slug_agreement("Invented Centre Opens in Osh", ("invented", "centre", "opens", "in", "osh"))
    1.0
    >>> slug_agreement("Invented Tajikistan Today", ("invented", "fund", "report"))
    0.333
    """
    wanted = _content(slug)
    if not wanted:
        return 0.0
    have = [w.casefold() for w in _WORD().findall(text)]
    if not have:
        return 0.0
    haveset = set(have)
    hits = 0
    for word in wanted:
        if word in haveset or (len(word) >= 3 and any(h.startswith(word) for h in have)):
            hits += 1
    return round(hits / len(wanted), 3)


# --- Lines that stand before the lead and are not it -----------------------------------------

_BYLINE = lazy_pattern(
    r"^(?:by|author|authors|written by|posted by|text|story by|photos? by|автор|авторы|текст)"
    r"(?:\s{0,3}:\s{0,3}|\s{1,3})[^\n]{0,80}$",
    re.I,
)
_WIDGET = lazy_pattern(
    r"^(?:[←→↑↓«»<>|/\\•·*#-]{1,4}"
    r"|you are here:?|share(?: this)?(?: article| page| story)?:?|print|tweet|e-?mail|comments?"
    r"|page content transcription|no notes for slide|be the first to (?:comment|like this)"
    r"|no downloads|total views|on slideshare|from embeds|number of embeds|no embeds"
    r"|published (?:on|in)\b[^\n]{0,60}|embeds \d{1,6}|search|menu|close|back|next|previous"
    r"|(?:read|see) (?:also|more)\b[^\n]{0,80}|related (?:articles|stories|news|content)"
    r"|[^\n]{0,40}\+ ?\d{1,3} more|read later|save for later|listen to (?:this )?article|media playback is unsupported[^\n]{0,60}|advertisement|if your browser does not render[^\n]{0,100}|(?:download|register|click|subscribe|follow us|watch|sign up|log ?in)\b[^\n]{0,80}|skip to (?:main )?content|cookies?[^\n]{0,80}"
    r"|перейти к (?:основному )?содержанию|поделиться|печать)$",
    re.I,
)
_ATTRIBUTION = lazy_pattern(r"^(?:--|—|–|―)\s{0,3}[^\W\d_][^\n]{1,150}$")
_OPEN_QUOTES = frozenset("\"“«„'‘")
_CLOSE_QUOTES = frozenset("\"”»“'’")
_FIELD_WORDS = lazy_pattern(
    r"(?i)^(?:output|outcome|objective|theme|topic|organi[sz]er|time|venue|contact|language|"
    r"location|place|deadline|closing date|duty station|position|category|country|region|"
    r"source|original language|date of upload|established|tags?)\b"
)
# "Output I: …", "Outcome 2: …": the numbered result lines of a programme page.
_RESULT_LINE = lazy_pattern(
    r"^(?:output|outcome|objective|result|component|pillar)\s{1,3}(?:[IVX]{1,5}|\d{1,2})\s{0,3}[:.–-]",
    re.I,
)


@line_memo
def is_byline(text: str) -> bool:
    """An author line: ``By: IOM Osh``, ``By Invented Name – Agency:``, ``Автор: …``.

    >>> is_byline("By: IOM Invented Office"), is_byline("By 2030, the invented plan ends.")
    (True, False)
    """
    stripped = text.strip()
    # (the anchored match first: it fails within a few characters on a paragraph, a split
    # into words reads all of it)
    if not _BYLINE().match(stripped) or words_up_to(stripped, 13) > 12:
        return False
    # "By 2030, …" or "By the end of …" opens a sentence, not a byline.
    rest = stripped.split(None, 1)[1] if " " in stripped else ""
    return not (rest[:1].isdigit() or rest[:4].casefold() == "the " or stripped.endswith("."))


_SECTION_LABEL = lazy_pattern(
    r"(?i)^(?:story|stories|success story|news|blog|feature|article|press release|"
    r"press releases|statement|publication|история|истории|новости|блог)$"
)


def is_section_label(text: str) -> bool:
    """A section label that stands over a post (``Story``, ``News``): never its title.

    >>> is_section_label("Story"), is_section_label("A story of invented migrants")
    (True, False)
    """
    return bool(_SECTION_LABEL().match(text.strip()))


@line_memo
def is_widget_line(text: str) -> bool:
    """A widget or chrome line: arrows, "Share", "You are here", slide-site counters, cookies.

    >>> is_widget_line("←"), is_widget_line("You are here"), is_widget_line("An invented sentence.")
    (True, True, False)
    """
    stripped = text.strip()
    return len(stripped) <= 160 and bool(_WIDGET().match(stripped))


def is_attribution(text: str) -> bool:
    """The attribution line under a pull quote: ``-- Invented Name, Chief of Mission``.

    >>> is_attribution("-- Invented Name, Chief of Mission"), is_attribution("- a list item")
    (True, False)
    """
    stripped = text.strip()
    return bool(_ATTRIBUTION().match(stripped)) and words_up_to(stripped, 21) <= 20


def is_pull_quote(text: str) -> bool:
    """A paragraph that is one quotation and nothing else (a pull quote when it opens a page).

    >>> is_pull_quote("“We were so grateful,” says Invented.")
    False
    >>> is_pull_quote("“We were so grateful. It changed our lives.”")
    True
    """
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] not in _OPEN_QUOTES or stripped[-1] not in _CLOSE_QUOTES:
        return False
    inner = stripped[1:-1]
    # A quotation closed and reopened inside ("…,” she said. “…") is speech with attribution.
    return not any(ch in _CLOSE_QUOTES and ch not in "'’" for ch in inner)


@line_memo
def is_field_line(text: str) -> bool:
    """A label/value field (``Donor: …``, ``Output I: …``, ``Theme: …``), not running text.

    >>> is_field_line("Output I: Policies are evidence-based."), is_field_line("Donor: Invented Fund")
    (True, True)
    >>> is_field_line("On 3 May: a meeting of many invented partners took place in Osh and Naryn")
    False
    """
    stripped = text.strip()
    if _RESULT_LINE().match(stripped):
        return True
    fact = fact_from_colon(stripped)
    if fact is None:
        return False
    if fact_label_like(fact.label) or _FIELD_WORDS().match(fact.label):
        return True
    if fact.value is None and _sentence_in_label(fact.label):
        return False  # "Invented rules matter. Here is why:" introduces the text after it
    return fact.value is None or word_count(fact.value) <= 12


_LABEL_SENTENCE = lazy_pattern(r"[a-zа-яё)”’\"]\.\s{1,3}[A-ZА-ЯЁ]")
_LABEL_SENTENCE_WORDS = 5


def _sentence_in_label(label: str) -> bool:
    """A would-be label that holds a full sentence before its last words (no field name)."""
    return word_count(label) >= _LABEL_SENTENCE_WORDS and bool(_LABEL_SENTENCE().search(label))


def _strict_field(text: str) -> bool:
    """A field line by its label alone (``Theme: …``, ``Output I: …``, ``Donor: …``)."""
    if _RESULT_LINE().match(text):
        return True
    fact = fact_from_colon(text)
    return fact is not None and (
        bool(_FIELD_WORDS().match(fact.label)) or fact.label.casefold() in _FACT_LABELS
    )


_FACT_LABELS = frozenset(
    [
        "donor",
        "donors",
        "duration",
        "budget",
        "partners",
        "partner",
        "start date",
        "end date",
        "implementing partner",
        "key partners",
        "funding",
        "funded by",
        "status",
        "project type",
    ]
)


_PROJECT_FIELD = lazy_pattern(
    r"(?i)^(?:donors?|budget\w{0,10}|duration|funding\w{0,8}|funded by|implement\w{0,12}"
    r"(?: partners?| organi[sz]ations?| agency)?|key partners|partners|beneficiar\w{0,6}|"
    r"project \w{1,12}|programme \w{1,12}|output \w{1,5}|outcome \w{1,5}|objectives?)\s{0,3}:"
)
_DATE_FIELD = lazy_pattern(r"(?i)^(?:date|дата)\s{0,3}:\s{0,3}[^\n]{0,20}\d")


def _project_field(text: str) -> bool:
    return not is_tag(text) and bool(_PROJECT_FIELD().match(text.strip()))


_HEADER_LABELS = frozenset(
    [
        "contact",
        "language",
        "original language",
        "languages",
        "location",
        "share",
        "download",
        "downloads",
        "date of upload",
        "upload date",
        "posted",
        "posted on",
        "published",
        "published on",
        "publication date",
        "date published",
        "release date",
        "originally published",
        "source",
        "format",
        "author",
        "authors",
        "publisher",
        "pages",
        "year",
        "document type",
        "total requested",
        "total funded",
        "percentage funded",
        "coverage",
        "established",
    ]
)
_PUBLISHED_LABEL = lazy_pattern(
    r"(?i)^(?:date of upload|upload date|uploaded|posted(?: on)?|published(?: on)?|"
    r"publication date|date published|release date|дата публикации|опубликовано)$"
)
_LABEL_VALUE_WORDS = 12


def _label_line(text: str) -> bool:
    """A line that is itself a label (the next fact's), not a value."""
    label = text.rstrip(":").strip()
    return (
        label.casefold() in _HEADER_LABELS
        or (bool(_FIELD_WORDS().match(label)) and word_count(label) <= 2)
        or fact_from_colon(text) is not None
    )


def header_facts(lines: Sequence[str]) -> tuple[list[Fact], str | None]:
    """The label/value facts among the lines before the lead, and the page date they give.

    A ``Label: value`` field, or a label line (``Original Language``, ``Date of upload``,
    ``Total Funded:``) followed by its value line, is a fact of the page. A publication
    label (``Posted``, ``Date of upload``, ``Published``) with a single date gives the
    page's date; an event's ``Date`` does not.

    >>> facts, date = header_facts(["Format", "Report", "Date of upload", "12 May 2020", "Share"])
    >>> [(f.label, f.value) for f in facts], date
    ([('Format', 'Report'), ('Date of upload', '12 May 2020')], '12 May 2020')
    """
    facts: list[Fact] = []
    date: str | None = None
    for _start, _end, fact in fact_spans(lines):
        facts.append(fact)
        value = fact.value or ""
        if (
            date is None
            and _PUBLISHED_LABEL().match(fact.label.strip())
            and any(ch.isdigit() for ch in value)
            and not _RANGE().search(value)
        ):
            date = value
    return facts, date


def fact_spans(lines: Sequence[str]) -> list[tuple[int, int, Fact]]:
    """Where the label/value facts stand among ``lines``: (first line, end, fact).

    >>> fact_spans(["Invented title", "Format", "Report"])
    [(1, 3, Fact(label='Format', value='Report'))]
    """
    spans: list[tuple[int, int, Fact]] = []
    index = 0
    count = len(lines)
    while index < count:
        text = lines[index].strip()
        label = text.rstrip(":").strip()
        folded = label.casefold()
        colon = fact_from_colon(text)
        if colon is not None and colon.value is not None and _strict_field(text):
            spans.append((index, index + 1, colon))
            index += 1
            continue
        if (
            index + 1 < count
            and 0 < words_up_to(label, _LABEL_WORDS + 1) <= _LABEL_WORDS
            and (folded in _HEADER_LABELS or _FIELD_WORDS().match(label) or fact_label_like(label))
            and 0 < words_up_to(lines[index + 1], _LABEL_VALUE_WORDS + 1) <= _LABEL_VALUE_WORDS
            and not ends_sentence(lines[index + 1].rstrip("."))
            and not _label_line(lines[index + 1].strip())
        ):
            spans.append((index, index + 2, Fact(label=label, value=lines[index + 1].strip())))
            index += 2
            continue
        index += 1
    return spans


def reads_as_lead(text: str) -> bool:
    """A paragraph of running text that can open a body: a sentence of some length.

    >>> reads_as_lead("Osh – On 3 May, an invented centre opened its doors to migrants."), reads_as_lead("Story")
    (True, False)
    """
    words = words_up_to(text, 16)
    return words >= 8 and (ends_sentence(text) or words >= 16)


# How many paragraphs may stand before the lead (captions, labels, bylines, fields, widgets).
_LEAD_REACH = 30
# A label line before the lead: a few words without sentence punctuation.
_LABEL_WORDS = 4
# A subtitle or caption without a final stop before a sentence paragraph.
_SUBTITLE_WORDS = 40
_SHORT_SUBTITLE = 15
_FIELD_VALUE_WORDS = 8
# A photo credit alone on its line: "Invented Name/IOM", "Photo © Invented".
_CREDIT = lazy_pattern(
    r"^[^\W\d_][\w.'’-]{0,25}(?: [^\W\d_][\w.'’-]{0,25}){0,3}\s{0,2}/\s{0,2}[A-Z]{2,12}$"
)
_PERSON_CAPTION = lazy_pattern(r"^[A-ZА-ЯЁ][a-zа-яё]{1,20}(?: [A-ZА-ЯЁ][a-zа-яё]{1,20}){0,2}, ")


def lead_start(
    paragraphs: Sequence[str], opens_with_dateline: Callable[[int], bool]
) -> tuple[int, list[str]]:
    """Where the lead starts, and why each paragraph before it is not the lead.

    Skipped before the lead: widget and breadcrumb lines, bylines, field lines, date
    lines, short label lines (``Story``, ``Migration Health``), captions, a pull quote and
    its attribution, and a subtitle or caption (no final stop) before a sentence paragraph
    or a dateline. Nothing is skipped unless a paragraph that reads as a lead follows. A run
    of two pull quotes or more (testimonials) is the text: the lead is the first of them.

    >>> paras = ["Story", "By: Invented Office", "Osh – On 3 May, an invented centre opened its doors."]
    >>> lead_start(paras, lambda i: i == 2)
    (2, ['label', 'byline'])
    >>> lead_start(["Only a cut line"], lambda i: False)
    (0, [])
    """
    reasons: list[str] = []
    count = len(paragraphs)
    index = 0
    while index < min(count - 1, _LEAD_REACH):
        reason = _not_lead(paragraphs, index, opens_with_dateline)
        if reason is None:
            break
        reasons.append(reason)
        index += 1
        if reason == "pull quote" and index < count and is_attribution(paragraphs[index]):
            reasons.append("attribution")
            index += 1
        if reasons.count("pull quote") > 1:
            # A run of quotes (testimonials, reviews) is the text itself: it starts at the first.
            first = reasons.index("pull quote")
            index -= len(reasons) - first
            reasons = reasons[:first]
            break
    if index == 0:
        return 0, []
    # Only when a paragraph that reads as a lead (or opens with a dateline) follows.
    rest = range(index, min(count, index + 3))
    if not any(reads_as_lead(paragraphs[i]) or opens_with_dateline(i) for i in rest):
        return 0, []
    return index, reasons


# A caption is one short sentence; a paragraph of several sentences after a bracket
# ("[Invented Agency=Invented Name] The fair opened. It runs …") is the lead with its credit.
_BRACKET_LEAD_WORDS = 20


def _bracketed_lead(text: str) -> bool:
    """A bracketed source or column name opening a paragraph of several sentences."""
    rest = text[text.index("]") + 1 :].strip()
    if word_count(rest) < _BRACKET_LEAD_WORDS or not ends_sentence(rest):
        return False
    return sum(1 for part in rest.split(". ") if part.strip()) >= 2


def _not_lead(
    paragraphs: Sequence[str], index: int, opens_with_dateline: Callable[[int], bool]
) -> str | None:
    text = paragraphs[index].strip()
    if not text:
        return "empty"
    if opens_with_dateline(index):
        return None
    if text[0] == "*" or (text[0] == "[" and text[-1] == "]"):
        return "note"
    if text[0] == "[" and "]" in text[:40] and not _bracketed_lead(text):
        return "caption"  # "[Country] An invented family at home."
    if _CREDIT().match(text):
        return "credit"
    if is_widget_line(text):
        return "widget"
    if is_byline(text):
        return "byline"
    if date_only(text) or is_date_line(text):
        return "date"
    if is_caption_text(text):
        return "caption"
    if is_field_line(text):
        return "field"
    # (compared with 40 words at most: a long paragraph is not split whole)
    words = words_up_to(text, _SUBTITLE_WORDS + 1)
    nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    if words <= _LABEL_WORDS and (not ends_sentence(text) or text[-1] == ")"):
        return "label"  # "Story", "Budget Amount (USD)"
    if (
        words <= _FIELD_VALUE_WORDS
        and not ends_sentence(text)
        and nxt
        and words_up_to(nxt, _FIELD_VALUE_WORDS + 1) <= _FIELD_VALUE_WORDS
        and not ends_sentence(nxt)
    ):
        return "field"  # a value line among label lines (a project's facts)
    if (
        words <= _SHORT_SUBTITLE
        and _PERSON_CAPTION().match(text)
        and is_pull_quote(nxt)
        and index + 2 < len(paragraphs)
    ):
        return "caption"
    if index and words <= _SHORT_SUBTITLE and _RESULT_LINE().match(paragraphs[index - 1].strip()):
        return "field detail"  # "Output I: …" then "Support the collection of data."
    if is_pull_quote(text) and (is_attribution(nxt) or reads_as_lead(nxt)):
        return "pull quote"
    if words <= _SUBTITLE_WORDS and not ends_sentence(text):
        later = range(index + 1, min(len(paragraphs), index + 4))
        if any(opens_with_dateline(i) for i in later):
            return "subtitle"
        # Without a dateline after it, a line with no final stop is a subtitle or caption when
        # it is short or introduces a person ("Invented Name, an expert from …"); a long one
        # is the standfirst, the lead itself.
        short = words <= _SHORT_SUBTITLE or bool(_PERSON_CAPTION().match(text))
        if short and ends_sentence(nxt) and reads_as_lead(nxt):
            return "subtitle"
    return None


# --- The kind of a page ---------------------------------------------------------------------

_STATIC_SECTIONS = frozenset(
    [
        "about",
        "about-us",
        "about-iom",
        "who-we-are",
        "what-we-do",
        "activities",
        "our-work",
        "contacts",
        "contact",
        "contact-us",
        "overviews",
        "overview",
        "about-program",
        "about-programme",
        "mission",
    ]
)
_PROJECT_SECTIONS = frozenset(["project", "projects", "programme", "programmes", "program"])
_PUBLICATION_SECTIONS = frozenset(
    ["doc", "docs", "document", "documents", "publication", "publications", "pdf", "reports"]
)
_VACANCY_SECTIONS = frozenset(["vacancies", "vacancy", "jobs", "job", "careers", "career"])
_PAGINATED = lazy_pattern(r"[?&](?:page|paged|start|p(?:age)?num)=\d{1,5}\b")
_SINGLE_POST = lazy_pattern(r"[?&](?:p|newsid|reportid|articleid|news_id)=\d{1,12}\b")
_STATIC_QUERY = lazy_pattern(r"[?&]page_id=\d{1,12}\b")
# A title that names a programme: the programme word ends it ("Invented Safe Return
# Project", "… Programme (CARMP)", "… Project 2019-2021").
_PROGRAMME_NAME = lazy_pattern(
    r"(?i)\b(?:programme|program|project|проект|программа)\s{0,2}(?:\([^()]{1,20}\))?"
    r"\s{0,2}(?:\d{4}(?:\s{0,2}[-–]\s{0,2}\d{4})?)?$"
)
# The phrases that name a vacancy, case-insensitive. Written so that the search skips, in
# C, every character that cannot open one (a pattern that opens with \b tries them all):
# the first letter from a set (both cases; "ᲀ" is a form of "в" that case-insensitive
# matching admits), then the word boundary before it, then the rest.
_VACANCY_WORDS = lazy_pattern(
    r"[vVdDcCpPtTвВᲀ](?<!\w.)(?i:acancy|acancies|uty station|losing date|osition title|"
    r"erms of reference|акансия|акансии)\b"
)


def _vacancy_words(text: str) -> bool:
    """Whether ``text`` names two vacancy phrases (or one twice).

    >>> _vacancy_words("VACANCY: driver. Closing date: 3 May"), _vacancy_words("Vacancy")
    (True, False)
    >>> _vacancy_words("Вакансии и вакансия"), _vacancy_words("the_vacancy and vacancies")
    (True, False)
    """
    return len(_VACANCY_WORDS().findall(text)) >= 2


_PROJECT_BODY = lazy_pattern(
    r"(?i)^(?:(?:key |main |specific |project )?objectives?|expected (?:results|outcomes)|"
    r"(?:this|the) (?:project|programme|program) (?:aims|seeks|is funded|is implemented))\b"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|"
    r"октябр[яь]|ноябр[яь]|декабр[яь])"
)
_EVENT_LEAD = lazy_pattern(
    rf"(?i)^(?:on|from|in|during|since|between|с|в)?\s{{0,3}}"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s{{0,3}}[-–]\s{{0,3}}\d{{1,2}})?\s{{1,3}}(?:of\s)?{_MONTHS}\b"
    rf"|{_MONTHS}\.?\s{{1,3}}\d{{1,2}}\b)"
)
_NEWS_LABEL = lazy_pattern(
    r"(?i)^(?:news|press releases?|press announcement|media advisory|новости|пресс-релиз)$"
)
_HEAD_DATE = lazy_pattern(
    rf"(?i)\b{_MONTHS}\.?,?\s{{1,3}}(?:\d{{1,2}},?\s{{1,3}})?(?:1[89]|20)\d{{2}}\b"
)
# A page of this much undated prose is a page of the site, not a cut news item.
_PROSE_WORDS = 150
_PROSE_PARAGRAPHS = 3
_STORY_SLUG = frozenset(["story", "stories", "success-story", "istoriya"])


def _segments(url: str | None) -> list[str]:
    path = url_path(url).split("?", 1)[0]
    return [s for s in path.split("/") if s]


@attrs.frozen
class PageTraits:
    """What :func:`decide_kind` reads of a one-article page.

    ``layout_kind`` is what the layout said; ``url_kind`` what the address's section says
    (``/news/…``, ``/stories/…``); ``skipped`` the captions and labels before the lead;
    ``facts`` the number of label/value facts; ``dateline`` and ``dated`` whether the lead
    opens with a dateline and whether the page has its own date; ``event_lead`` whether
    the lead opens with an event date (``On 3 May``); ``person_lead`` whether it opens on
    a person's name; ``story_label`` whether a ``Story`` label stood before it.
    """

    layout_kind: PageKind
    url: str | None
    url_kind: PageKind | None
    title: str | None
    paragraphs: Sequence[str]
    facts: int
    skipped: Sequence[str] = ()
    tags: Sequence[str] = ()
    dateline: bool = False
    dated: bool = False
    event_lead: bool = False
    person_lead: bool = False
    story_label: bool = False


def decide_kind(page: PageTraits) -> Verdict:
    """The kind of a one-article page, from the address, the dateline, facts and prose.

    >>> decide_kind(PageTraits(layout_kind=PageKind.ARTICLE,
    ...     url="https://example.org/about-us/team", url_kind=None, title="Our Team",
    ...     paragraphs=("We are a team.",), facts=0)).value
    'static'
    """
    layout_kind, url, url_kind, title = page.layout_kind, page.url, page.url_kind, page.title
    paragraphs, skipped, facts, tags = page.paragraphs, page.skipped, page.facts, page.tags
    dateline, dated, event_lead = page.dateline, page.dated, page.event_lead
    person_lead, story_label = page.person_lead, page.story_label
    # (each piece of evidence is read when a rule asks for it: most pages are decided by
    # their address or their dateline before the costlier ones)
    path_segments = _segments(url)
    slug = slug_words(url)
    lowered = {s.casefold() for s in path_segments}
    dated = dated or any(_DATE_FIELD().match(t) for t in tags)

    if layout_kind is PageKind.LISTING:
        return Verdict("kind", "listing", 0.8, ["repeated post units"])
    if url_kind is PageKind.STORY or story_label:
        return Verdict("kind", "story", 0.9, ["story section or label"])
    if lowered & _VACANCY_SECTIONS or _vacancy_words(
        " ".join([" ".join(paragraphs[:3]), title or "", *tags, *skipped[:12]])
    ):
        return Verdict("kind", "vacancy", 0.75, ["vacancy words or section"])
    if lowered & _PUBLICATION_SECTIONS and not dateline:
        return Verdict("kind", "publication", 0.75, ["publication section in the address"])
    if not dateline and not dated:
        document = _document_traits(title, (*skipped, *paragraphs))
        if document:
            return Verdict("kind", "publication", 0.65, document)
    if url_kind is PageKind.PUBLICATION:
        return Verdict("kind", "publication", 0.85, ["publication section in the address"])
    if url_kind is PageKind.ARTICLE:
        if (slug and slug[-1] in _STORY_SLUG) or "-".join(slug[-2:]) in _STORY_SLUG:
            return Verdict("kind", "story", 0.7, ["news section", "story slug"])
        return Verdict("kind", "article", 0.9, ["news section in the address"])
    if lowered & _PROJECT_SECTIONS and not dateline:
        return Verdict("kind", "project", 0.85, ["project section in the address"])
    facts += sum(_project_field(t) for t in tags)
    results = sum(bool(_RESULT_LINE().match(p)) for p in (*skipped, *paragraphs))
    if (facts >= 2 or results >= 1) and not dateline and not dated:
        evidence = [f"{facts} facts"] if facts >= 2 else [f"{results} result lines"]
        return Verdict("kind", "project", 0.8, evidence)
    if dateline or dated:
        return Verdict("kind", "article", 0.85, ["dateline" if dateline else "page date"])
    if any(_NEWS_LABEL().match(p.strip()) for p in skipped):
        return Verdict("kind", "article", 0.7, ["news label before the lead"])
    head_date = any(_HEAD_DATE().search(p) for p in skipped if word_count(p) <= _LABEL_WORDS + 2)
    if head_date and not (lowered & _STATIC_SECTIONS):
        return Verdict("kind", "article", 0.6, ["date line before the lead"])
    if slug and (slug[-1] in _STORY_SLUG or "-".join(slug[-2:]) in _STORY_SLUG):
        return Verdict("kind", "story", 0.7, ["story slug"])
    query = url_path(url)
    if _STATIC_QUERY().search(query):
        return Verdict("kind", "static", 0.7, ["page id in the address"])
    if lowered & _STATIC_SECTIONS:
        return Verdict("kind", "static", 0.75, ["about or activities section in the address"])
    if _SINGLE_POST().search(query) and not (facts >= 2 or results >= 1):
        return Verdict("kind", "article", 0.6, ["post id in the address"])
    if title is not None and _PROGRAMME_NAME().search(title) and not event_lead:
        return Verdict("kind", "project", 0.6, ["programme named in the title"])
    if any(w in ("project", "programme", "program") for w in slug) and not event_lead:
        return Verdict("kind", "project", 0.6, ["programme named in the address"])
    if not event_lead and any(_PROJECT_BODY().search(p) for p in paragraphs[:40]):
        return Verdict("kind", "project", 0.55, ["project objectives in the body"])
    if event_lead:
        return Verdict("kind", "article", 0.7, ["lead opens with an event date"])
    if person_lead and title is None:
        return Verdict("kind", "story", 0.6, ["no title, lead opens on a person"])
    headline_slug = len(_content(slug)) >= 4
    agrees = title is not None and slug_agreement(title, slug) >= 0.6
    if headline_slug and (agrees or title is None) and not (lowered & _STATIC_SECTIONS):
        return Verdict("kind", "article", 0.55, ["headline slug"])
    words = sum(word_count(p) for p in paragraphs)
    if layout_kind is PageKind.ARTICLE and words == 0:
        return Verdict("kind", "other", 0.4, ["no text"])
    if words >= _PROSE_WORDS and len(paragraphs) >= _PROSE_PARAGRAPHS:
        return Verdict("kind", "static", 0.55, ["no lead and no date", "prose without a date"])
    return Verdict("kind", "static", 0.45, ["no lead and no date"])


_DOCUMENT_TITLE = lazy_pattern(
    r"(?i)\b(?:newsletter|report|plan|assessment|strategy|handbook|study|bulletin|brochure|"
    r"guidelines?|manual|toolkit|factsheet|fact sheet|annual review|discussion paper|"
    r"бюллетень|отч[её]т|доклад|исследование)\s{0,2}(?::|$)"
)
# Text that went through a PDF: ligatures split from their word ("fi eld", "internati onal"),
# contents lines with dot leaders, a document mirror's transcription notice.
_LIGATURE = lazy_pattern(
    r"\b[a-z]{2,12}(?:ti on(?:s|al|ally)?|fi (?:eld|elds|ts|rst|nance|nancial|nal|ned)|"
    r"tt ed|ff ort|ffi ce|fl ow)\b"
)
# What every match of _LIGATURE holds.
_LIGATURE_PIECES = ("ti on", "fi ", "tt ed", "ff ort", "ffi ce", "fl ow")
# (any of them, found in one pass in C)
_LIGATURE_PIECE = lazy_pattern("|".join(re.escape(piece) for piece in _LIGATURE_PIECES))
_DOT_LEADER = lazy_pattern(r"\.{4,20}\s{0,3}\d{1,4}$")
_MIRROR = lazy_pattern(
    r"(?i)^(?:page content transcription|no notes for slide|download (?:pdf|the report))"
)


def _document_traits(title: str | None, lines: Sequence[str]) -> list[str]:
    """Evidence that a page is a document (a report, a plan, a newsletter) or its text."""
    found: list[str] = []
    if title is not None and _DOCUMENT_TITLE().search(title):
        found.append("document named in the title")
    # (each pattern is tried only on the lines that hold a piece every match of it holds:
    # the searches try every position, the substring tests run in C)
    ligatures = sum(
        len(_LIGATURE().findall(head))
        for head in (line[:2000] for line in lines[:20])
        if _LIGATURE_PIECE().search(head)
    )
    if ligatures >= 3:
        found.append("ligatures split as in PDF text")
    if sum(bool(_DOT_LEADER().search(line)) for line in lines[:200] if "...." in line) >= 3:
        found.append("contents with dot leaders")
    if any(_MIRROR().match(line) for line in lines[:40]):
        found.append("document mirror notice")
    return found


_MONTH_STEMS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яёөүң]{0,6})"
)
_DAY_MONTH = lazy_pattern(
    rf"(?i)(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s{{0,2}}[-–]\s{{0,2}}|\s{{1,3}}(?:of\s)?)?{_MONTH_STEMS}\b"
    rf"|\b{_MONTH_STEMS}\.?\s{{1,3}}\d{{1,2}}\b)"
)
_SENTENCE_END = lazy_pattern(r"[.!?…](?:\s|$)")


def lead_event_date(text: str) -> bool:
    """Whether the lead's first sentence dates its event with a day and a month.

    >>> lead_event_date("Herders took part in an invented training on 27 and 28 August.")
    True
    >>> lead_event_date("Летняя школа прошла 5–9 июля в Оше."), lead_event_date("IOM works in 2024.")
    (True, False)
    """
    head = text[:300]
    end = _SENTENCE_END().search(head)
    return bool(_DAY_MONTH().search(head[: end.start() if end else len(head)]))


def opens_with_event_date(text: str) -> bool:
    """Whether a lead opens with an event date (``On 18 November``, ``From June 6``).

    >>> opens_with_event_date("On November 18, IOM held a meeting."), opens_with_event_date("IOM met.")
    (True, False)
    """
    return bool(_EVENT_LEAD().match(text.strip()[:60]))


def paginated(url: str | None) -> bool:
    """Whether the address is a page of an index (``?page=2``).

    >>> paginated("https://example.org/blog?page=2"), paginated("https://example.org/?page_id=2")
    (True, False)
    """
    return bool(_PAGINATED().search(url_path(url)))


# --- Titles by evidence ---------------------------------------------------------------------

_DATE_WORD = lazy_pattern(
    r"(?i)^(?:\d{1,4}(?:st|nd|rd|th)?|[ivx]{1,4}|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|"
    r"октябр[яь]|ноябр[яь]|декабр[яь]|г|года?|гг|and|to|of|и|по|с|until|from|"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|am|pm|utc|gmt|(?:utc|gmt)[+-]\d{1,2}(?::\d{2})?|"
    r"amt|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|msk|bst|ist|jst|kst|aest|updated|published)$"
)
_DATE_SPLIT = lazy_pattern(r"[\s,./–—()-]{1,6}")
# A dateline standing on its own line: "ASHGABAT, Turkmenistan, Nov. 19".
_DATELINE_LINE = lazy_pattern(
    rf"(?i)^[^\W\d_][^\n,]{{1,40}}(?:, [^\n,]{{1,30}}){{0,2}}, "
    rf"(?:{_MONTHS}\.? \d{{1,2}}|\d{{1,2}} {_MONTHS}\.?)(?:,? \d{{4}})?$"
)
_RANGE = lazy_pattern(r"\d(?:st|nd|rd|th)?\s{0,2}[-–—/]\s{0,2}\d|\b(?:to|and|until|по|и)\b")
# A breadcrumb's separator; the parts are counted in Python (no nested repetition).
_CRUMB_SEPARATOR = lazy_pattern(r" [-»>/|›] ")
_CRUMB_PARTS = (3, 9)
_CRUMB_CHARS = 40


def _breadcrumb(text: str) -> bool:
    """``Home - News - Invented item``: three to nine short parts joined by a separator."""
    parts = _CRUMB_SEPARATOR().split(text)
    low, high = _CRUMB_PARTS
    return low <= len(parts) <= high and all(0 < len(p) <= _CRUMB_CHARS for p in parts)


@line_memo
def is_date_line(text: str) -> bool:
    """A line that is only a date, a day range or a time (never a title).

    >>> is_date_line("6th – 7th June 2016"), is_date_line("Wednesday, June 15, 2022")
    (True, True)
    >>> is_date_line("June 2016 workshop in Osh"), is_date_line("04:23, 5 February 2026")
    (False, True)
    """
    stripped = text.strip()
    # More than ten parts is never a date line: a long paragraph is split only as far as
    # that shows (every piece before the last of a bounded split is one of the parts).
    head = _DATE_SPLIT().split(stripped, _DATE_PARTS + 1)
    if len(head) <= _DATE_PARTS + 1:  # split to the end
        parts = [p for p in head if p]
    elif sum(1 for p in head[:-1] if p) > _DATE_PARTS:
        return False
    else:
        parts = [p for p in _DATE_SPLIT().split(stripped) if p]
    if not parts or len(parts) > _DATE_PARTS or not all(_DATE_WORD().match(p) for p in parts):
        return False
    # (the parts and the separators make the whole line: once every part reads as a date
    # word, the line is short, and looking for a digit in it costs little)
    return any(ch.isdigit() for ch in text)


# The most parts (words and numbers) a date line has.
_DATE_PARTS = 10


@line_memo
def never_title(text: str) -> bool:
    """A line that is never a page's title, whatever stands around it.

    Section labels, widget and link lines, bylines, date lines, captions, breadcrumbs,
    notes (``*``), and lines with no letter.

    >>> never_title("Story"), never_title("Home - News - Invented item"), never_title("Invented fair opens")
    (True, True, False)
    """
    stripped = text.strip()
    if not stripped or stripped[0] in "*©" or not any(ch.isalpha() for ch in stripped):
        return True
    if (
        any(mark in stripped for mark in "%$€₽£¥")  # (six searches in C, not a loop per character)
        and sum(len(w) >= 3 and w.isalpha() for w in stripped.split()) <= 1
    ):
        return True  # a ticker or a counter: "UZS – 0.39%", "$1 – 12920.48"
    return (
        bool(_DATELINE_LINE().match(stripped))
        or is_section_label(stripped)
        or is_widget_line(stripped)
        or is_byline(stripped)
        or is_date_line(stripped)
        or date_only(stripped)
        or is_caption_text(stripped)
        or _strict_field(stripped)
        or _breadcrumb(stripped)
    )


# Title scores: agreement with the slug weighs most, then the place just before the lead.
_SLUG_WEIGHT = 0.6
_LAST_BONUS = 0.25
_FIRST_BONUS = 0.1
_AFTER_DATE_BONUS = 0.2
_SHORT_PENALTY = 0.2
_QUOTED_PENALTY = 0.15
_HEADLINE_BONUS = 0.1
_REPEAT_BONUS = 0.3
_H1_BONUS = 0.3
_HEADING_BONUS = 0.1
_FULL_HEADLINE = 6
_MANY_CANDIDATES = 6
_NUMERIC_DATE = lazy_pattern(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


def choose_title(
    candidates: Sequence[Block], url: str | None, *, max_words: int = 30
) -> tuple[int | None, Verdict]:
    """The index of the title among the lines before the lead, and the verdict.

    Each title-shaped line scores by its agreement with the address's slug, its place
    (the last line before the lead, the first of the page, after a date line), and its
    shape (a headline of four words or more; a short label or a quoted subtitle scores
    less). Lines that are never titles (:func:`never_title`) are not candidates.

    >>> from iomkg._front.text import blocks_from_text
    >>> lines = blocks_from_text("Invented Office Today\\nInvented Fair Opens in Osh\\nOsh, Kyrgyzstan")
    >>> choose_title(lines, "https://example.org/news/invented-fair-opens-in-osh")[0]
    1
    """
    slug = slug_words(url)
    # A one-word slug ("/appeals/tajikistan") is weaker evidence than a headline slug.
    slug_weight = _SLUG_WEIGHT if len(_content(slug)) >= 2 else _SLUG_WEIGHT / 2
    use_slug = bool(_content(slug))
    shaped = [
        i
        for i, b in enumerate(candidates)
        if looks_like_title(b, max_words=max_words)
        and not never_title(b.text)
        and not _two_sentences(b.text)
    ]
    if not shaped:
        return None, Verdict("title", None, 0.6, ["no title-shaped line before the lead"])
    dated = [i for i, b in enumerate(candidates) if is_date_line(b.text) or date_only(b.text)]
    last = shaped[-1]
    best: int | None = None
    best_score = -1.0
    best_evidence: list[str] = []
    _scores: dict[int, float] = {}
    texts = [b.text.casefold() for b in candidates]
    with_site = _titles_with_site(texts)
    for i in shaped:
        text = candidates[i].text
        folded = texts[i]
        if (i + 1 < len(texts) and texts[i + 1] == folded) or (i and texts[i - 1] == folded):
            continue  # a tab or accordion label printed twice, not a title
        evidence: list[str] = []
        score = 0.3
        if len(folded) >= 12 and folded in with_site:
            score += _REPEAT_BONUS
            evidence.append("repeated in a longer line (browser title)")
        if use_slug:
            agreement = slug_agreement(text, slug)
            if agreement:
                # A long line that holds the slug's words among many others is less likely.
                own = _content([w.casefold() for w in _WORD().findall(text)])
                precision = min(1.0, len(_content(slug)) / max(1, len(own)))
                score += slug_weight * agreement * (0.5 + 0.5 * precision)
                evidence.append(f"slug agreement {agreement:.2f}")
        if i == last:
            score += _LAST_BONUS
            evidence.append("last line before the lead")
        if i == 0:
            score += _FIRST_BONUS
            evidence.append("first line")
        if dated and i > dated[-1] and word_count(text) >= 3:
            score += _AFTER_DATE_BONUS
            evidence.append("after the date line")
        words = word_count(text)
        if words < 3:
            score -= _SHORT_PENALTY
        elif words >= 4:
            score += _HEADLINE_BONUS * (2 if words >= _FULL_HEADLINE else 1)
            evidence.append("headline length")
        if text[:1] in _OPEN_QUOTES:
            score -= _QUOTED_PENALTY
        block = candidates[i]
        if block.kind is BlockKind.HEADING:
            # HTML: the page's first-level heading is where a page shows its title.
            score += _H1_BONUS if block.heading_level == 1 else _HEADING_BONUS
            evidence.append(f"h{block.heading_level} heading")
        if _NUMERIC_DATE().search(text):
            score -= _SHORT_PENALTY  # "Currency rates from 27/12/2024": a widget's date
        _scores[i] = score
        if score > best_score:
            best, best_score, best_evidence = i, score, evidence
    # How sure: the margin over the runner-up, less when many lines competed (a menu).
    scores = sorted(_scores.values(), reverse=True)
    margin = scores[0] - scores[1] if len(scores) > 1 else 0.5
    confidence = min(0.95, 0.45 + margin + (0.1 if best_score >= 1.0 else 0.0))
    if len(shaped) >= _MANY_CANDIDATES:
        confidence -= 0.15
    if confidence < 0.5:
        best_evidence.append(f"{len(shaped)} candidates, close scores")
    value = candidates[best].text if best is not None else None
    return best, Verdict("title", value, confidence, best_evidence)


# The head of a page: the lines before the first paragraph of running text.
_HEAD_REACH = 80
_BODY_WORDS = 8
_TITLE_WORDS = 30


def is_body(block: Block) -> bool:
    """A paragraph of running text: a sentence of some length, not a list item.

    >>> is_body(Block(text="Osh – On 3 May, an invented centre opened its doors."))
    True
    """
    if block.kind is BlockKind.LIST_ITEM:
        return False
    # (compared with 30 words at most: a long paragraph is not split whole)
    words = words_up_to(block.text, _TITLE_WORDS + 1)
    if ends_sentence(block.text):
        return words >= _BODY_WORDS
    # Without a final stop: a long line is running text cut short, unless it is one clause
    # (no full stop inside): a headline, a section-and-date-and-title line.
    return words >= 2 * _BODY_WORDS and (words > _TITLE_WORDS or ". " in block.text)


def head_length(blocks: Sequence[Block]) -> int:
    """How many blocks stand before the first paragraph of running text (0 when none does).

    >>> head_length([Block(text="Menu"), Block(text="Osh – On 3 May, an invented centre opened.")])
    1
    """
    for index, block in enumerate(blocks[:_HEAD_REACH]):
        if is_body(block):
            return index
    return 0


def title_among_chrome(
    blocks: Sequence[Block], head: int, header_date: str | None, url: str | None
) -> tuple[str | None, str | None, list[Block], int, Verdict]:
    """Title, header date, body blocks and the number dropped, when lines precede the body.

    The title is chosen by evidence among the title-shaped lines before the first
    paragraph (:func:`choose_title`: agreement with the address's slug, the place just
    before the lead or after a date line, a headline's shape); the other title-shaped
    lines there (navigation, section names, metadata labels) are dropped, date lines
    give the header date, sentences stay in the body.

    >>> blocks = [Block(text="Invented Site"), Block(text="Invented fair opens in Osh"),
    ...           Block(text="Osh – On 3 May, an invented fair opened its doors.")]
    >>> title_among_chrome(blocks, 2, None, "https://example.org/news/invented-fair-opens-in-osh")[0]
    'Invented fair opens in Osh'
    """
    before = blocks[:head]
    best, verdict = choose_title(before, url, max_words=_TITLE_WORDS)
    title_block = before[best] if best is not None else None
    kept: list[Block] = []
    dropped = 0
    at = before.index(title_block) if title_block is not None else -2
    # Label/value facts under the title (a data platform's header) stay for the lead's rules.
    facts_at = (
        {
            i
            for start, end, _fact in fact_spans([b.text for b in before[at + 1 :]])
            for i in range(at + 1 + start, at + 1 + end)
        }
        if at >= 0
        else set()
    )
    for index, block in enumerate(before):
        if block is title_block:
            continue
        if index in facts_at or (
            index > at >= 0 and words_up_to(block.text, 2 * _BODY_WORDS) >= 2 * _BODY_WORDS
        ):
            kept.append(block)  # facts under the title, or running text (a standfirst)
            continue
        if date_only(block.text):
            header_date = header_date or block.text
        elif is_date_line(block.text):
            # A posting date next to the title is the page's; a range or a far line is kept
            # for the lead's rules (an event's dates, a site clock).
            if abs(index - at) == 1 and not _RANGE().search(block.text) and header_date is None:
                header_date = block.text
            else:
                kept.append(block)
        elif is_caption_text(block.text):
            kept.append(block)  # a photo caption stays a caption
        elif _follows_text(before, index, at, kept) and _opening_sentence(block.text):
            kept.append(block)  # the story's first line, between the title and the body
        elif looks_like_title(block, max_words=_TITLE_WORDS):
            dropped += 1
        else:
            kept.append(block)
    title = title_block.text if title_block is not None else None
    if title is not None and header_date is None:
        header_date = _fused_date(before, title)
    return title, header_date, kept + list(blocks[head:]), dropped, verdict


# The story's opening line under the title: a sentence of a few words or more, written in
# lower case after its first word (a headline capitalises its words, a label or a name has
# few lower-case words), with no field colon, no glued credit ("in Osh.Invented Agency").
_OPENING_WORDS = 6
_OPENING_LOWER = 0.6
_GLUED_CREDIT = lazy_pattern(r"[a-zа-яё]\.[A-ZА-ЯЁ]")


def _follows_text(before: Sequence[Block], index: int, at: int, kept: Sequence[Block]) -> bool:
    """The line comes right after the title or after a line kept as text (not a caption).

    A line after dropped chrome (a photo credit, a share row) belongs to that block.
    """
    if not index > at >= 0:
        return False
    if index == at + 1:
        return True
    previous = before[index - 1]
    return bool(kept) and kept[-1] is previous and not is_caption_text(previous.text)


def _opening_sentence(text: str) -> bool:
    """A line after the title that opens the story (a sentence), not chrome.

    Bylines, dates, labels, breadcrumbs, share rows, captions and credits are not openings.

    >>> _opening_sentence("An invented clinic in Osh has opened its doors to migrants")
    True
    >>> _opening_sentence("By Invented Name, staff writer"), _opening_sentence("Share this on Invented")
    (False, False)
    >>> _opening_sentence("Invented Fair Opens Its Doors In Osh This Week")
    False
    """
    stripped = text.strip()
    words = stripped.split()
    if len(words) < _OPENING_WORDS or len(words) > _TITLE_WORDS:
        return False
    if not stripped[0].isupper() or ":" in stripped or "|" in stripped:
        return False
    if _GLUED_CREDIT().search(stripped) or _breadcrumb(stripped) or "..." in stripped:
        return False
    if (
        is_byline(stripped)
        or is_widget_line(stripped)
        or is_date_line(stripped)
        or date_only(stripped)
        or is_caption_text(stripped)
        or is_attribution(stripped)
        or _CREDIT().match(stripped)
    ):
        return False
    later = [w for w in words[1:] if w[0].isalpha()]
    if not later:
        return False
    lower = sum(1 for w in later if w[0].islower())
    return lower >= _OPENING_LOWER * len(later)


def _fused_date(lines: Sequence[Block], title: str) -> str | None:
    """The date of a line that fuses a section and a date with the title (``News 11/06/2020 …``)."""
    folded = title.casefold()
    for block in lines:
        text = block.text
        if len(text) > len(title) and text.casefold().endswith(folded):
            prefix = text[: len(text) - len(title)].strip()
            if any(ch.isdigit() for ch in prefix) and word_count(prefix) <= _LABEL_WORDS:
                return prefix
    return None


_INNER_STOP = lazy_pattern(r"[a-z)]\.\s{1,3}[A-Z]")
_TWO_SENTENCE_WORDS = 12


def _two_sentences(text: str) -> bool:
    """A line of two sentences or more (a disclosure, a caption): no headline."""
    return words_up_to(text, _TWO_SENTENCE_WORDS + 1) > _TWO_SENTENCE_WORDS and bool(
        _INNER_STOP().search(text)
    )


_SITE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ", " « ", " » ")
_SITE_NAME_WORDS = 6


# A site's name after or before a title has this many words at most, so a line's separators
# that can stand between them are among its last (first) few: each one holds a word.
_SITE_SEPARATOR_REACH = _SITE_NAME_WORDS + 2


def _titles_with_site(lines: Sequence[str]) -> set[str]:
    """Every title that a line holds with a site's name (``title - Site``, ``Site | title``).

    One pass over the lines, each cut at its separators: ``title in`` the set is
    ``any(_titled_with_site(title, line) for line in lines)``, without trying every
    title against every line.

    >>> sorted(_titles_with_site(["invented fair opens - invented site", "invented fair opens"]))
    ['invented fair opens', 'invented site']
    >>> sorted(_titles_with_site(["invented site | an invented headline"]))
    ['an invented headline', 'invented site']
    """
    found: set[str] = set()
    for line in lines:
        for sep in _SITE_SEPARATORS:
            if sep not in line:
                continue
            # The title before the separator, the site's name after it (last separators first).
            end = len(line)
            for _ in range(_SITE_SEPARATOR_REACH):
                at = line.rfind(sep, 0, end)
                if at < 0:
                    break
                words = words_up_to(line[at + len(sep) :], _SITE_NAME_WORDS + 1)
                if words > _SITE_NAME_WORDS:
                    break
                if words:
                    found.add(line[:at])
                end = at + len(sep) - 1
            # The site's name before the separator, the title after it (first separators first),
            # unless the line opens with that title (then only the name after it counts).
            start = 0
            for _ in range(_SITE_SEPARATOR_REACH):
                at = line.find(sep, start)
                if at < 0:
                    break
                words = words_up_to(line[:at], _SITE_NAME_WORDS + 1)
                if words > _SITE_NAME_WORDS:
                    break
                title = line[at + len(sep) :]
                if words and not line.startswith(title):
                    found.add(title)
                start = at + 1
    return found


def _titled_with_site(title: str, line: str) -> bool:
    """``line`` is ``title`` with a site's name before or after a separator (a browser title)."""
    if len(line) <= len(title):
        return False
    if line.startswith(title):
        rest = line[len(title) :]
        sep = next((s for s in _SITE_SEPARATORS if rest.startswith(s)), None)
        return sep is not None and 0 < word_count(rest[len(sep) :]) <= _SITE_NAME_WORDS
    if line.endswith(title):
        rest = line[: len(line) - len(title)]
        sep = next((s for s in _SITE_SEPARATORS if rest.endswith(s)), None)
        return sep is not None and 0 < word_count(rest[: -len(sep)]) <= _SITE_NAME_WORDS
    return False


# --- A box at the top of a page: "Invented Office Today", a line of figures, bullets --------

_BOX_HEADING_WORDS = 6
_BOX_LINE_WORDS = 25
_BOX_LINES = 6
_BOX_MIN = 3


def box_end(blocks: Sequence[Block]) -> int:
    """The end of a sidebar box that opens the page, or 0 when there is none.

    A box is a short heading, then a few short lines (figures, bullets, links) closed by
    a wider gap (a dropped element, a triple break), with the page's own content after it.

    >>> from iomkg._front.text import blocks_from_text
    >>> text = ("Invented Office Today\\n\\nWe have worked here since 1994.\\n\\n  • 12 projects\\n"
    ...         "\\n\\nAn Invented Title\\n\\nThe invented text starts here and runs on.\\n\\nMore text.")
    >>> box_end(blocks_from_text(text))
    3
    """
    count = len(blocks)
    if count < 4:
        return 0
    head = blocks[0]
    if (
        head.kind is BlockKind.LIST_ITEM
        or words_up_to(head.text, _BOX_HEADING_WORDS + 1) > _BOX_HEADING_WORDS
    ):
        return 0
    if not looks_like_title(head):
        return 0
    marked = False
    for index in range(1, min(count, _BOX_LINES + 2)):
        block = blocks[index]
        if block.gap >= 2 and index >= 2:
            if marked and index >= _BOX_MIN and count - index >= 2:
                return index
            return 0
        if words_up_to(block.text, _BOX_LINE_WORDS + 1) > _BOX_LINE_WORDS:
            return 0
        # A box holds bullets or links; a date or a figure alone is a title's subtitle.
        marked = marked or block.kind is BlockKind.LIST_ITEM or block.text.startswith((">>", "»"))
    return 0
