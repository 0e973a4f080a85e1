"""Lossless JSON: dumps/loads round trips, schema version, JSON Schema, JSON Lines of a corpus.

The records are INVENTED for the tests.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import cattrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iomkg
from iomkg._io.serialize import converter, record_types
from test_corpus import ARTICLES, build


def test_every_record_round_trips():
    for art in ARTICLES:
        assert iomkg.loads(iomkg.dumps(art), iomkg.Article) == art
        for ev in art.events:
            assert iomkg.loads(iomkg.dumps(ev)) == ev
    page = iomkg.Page(
        kind=iomkg.PageKind.LISTING, layout="generic", articles=ARTICLES, warnings=("w",)
    )
    text = iomkg.dumps(page)
    assert json.loads(text)["schema_version"] == iomkg.SCHEMA_VERSION == 2
    assert json.loads(text)["kind"] == "listing"
    assert iomkg.loads(text) == page
    assert iomkg.loads(text.encode("utf-8")) == page


def test_a_tuple_of_records_round_trips():
    people = tuple(ARTICLES[2].people)
    text = iomkg.dumps(people)
    assert json.loads(text)["type"] == "tuple[Person]"
    assert iomkg.loads(text) == people


def test_parsed_pages_round_trip():
    page = iomkg.parse(
        "Invented news\n\nOsh – On 4 March 2024, a training on safe migration opened."
    )
    assert iomkg.loads(iomkg.dumps(page), iomkg.Page) == page


@given(
    st.builds(
        iomkg.DateSpan.from_dates,
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
        text=st.text(max_size=20),
    )
)
def test_date_spans_round_trip(span):
    assert iomkg.loads(iomkg.dumps(span)) == span


def test_errors():
    with pytest.raises(iomkg.InputTypeError):
        iomkg.dumps({"not": "a record"})
    with pytest.raises(iomkg.InputTypeError):
        iomkg.dumps((iomkg.Span(start=0, end=1, text="a"), iomkg.Fact(label="x")))
    # every failure of loads is a DataError naming the JSON path (a ValueError, as before)
    with pytest.raises(iomkg.DataError, match="not JSON"):
        iomkg.loads("{")
    with pytest.raises(iomkg.DataError, match="schema_version"):
        iomkg.loads('{"schema_version": 99, "type": "Span"}')
    with pytest.raises(iomkg.DataError, match="unknown record type"):
        iomkg.loads('{"schema_version": 1, "type": "Nope"}')
    with pytest.raises(iomkg.DataError, match="not Place"):
        iomkg.loads(iomkg.dumps(iomkg.Span(start=0, end=1, text="a")), iomkg.Place)
    with pytest.raises(iomkg.DataError, match=r"^\$\.start: expected an integer, got a string$"):
        iomkg.loads('{"schema_version": 1, "type": "Span", "start": "x"}')
    with pytest.raises(iomkg.DataError, match="pass type="):
        iomkg.loads('{"start": 0}')
    with pytest.raises(ValueError, match="not JSON"):
        iomkg.loads("{")
    assert iomkg.loads({"start": 0, "end": 1, "text": "a"}, iomkg.Span) == iomkg.Span(
        start=0, end=1, text="a"
    )


def test_private_converter_leaves_the_global_one_alone():
    conv = converter()
    assert conv is not cattrs.global_converter
    assert conv is converter()
    assert conv.unstructure(iomkg.PlaceKind.CITY) == "city"


def test_no_record_has_a_field_named_like_the_envelope():
    for cls in record_types().values():
        assert not {f.name for f in attrs.fields(cls)} & {"schema_version", "type", "items"}


def test_json_schema_validates_what_dumps_writes():
    schema = iomkg.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    page = iomkg.Page(kind=iomkg.PageKind.LISTING, layout="generic", articles=ARTICLES)
    validator.validate(json.loads(iomkg.dumps(page)))
    bad = json.loads(iomkg.dumps(page))
    bad["kind"] = "novel"
    assert not validator.is_valid(bad)
    assert sorted(schema["$defs"]) == [
        "Article",
        "DateSpan",
        "Dateline",
        "Decision",
        "Event",
        "Fact",
        "Organization",
        "Page",
        "Person",
        "Place",
        "Programme",
        "Quote",
        "Span",
        "Teaser",
    ]
    with pytest.raises(iomkg.InputTypeError):
        iomkg.json_schema(dict)


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.jsonl.gz", "corpus.json"])
def test_corpus_jsonl_round_trip(tmp_path, name):
    corpus = build()
    path = tmp_path / name
    corpus.to_jsonl(path)
    again = iomkg.Corpus.read_jsonl(path)
    assert again.pages == corpus.pages
    assert again.errors == ()
    assert [e.name for e in again.programmes] == [e.name for e in corpus.programmes]
