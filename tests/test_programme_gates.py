"""The programme extractor's cheap gates never hide a match of the pattern they stand for.

The costliest patterns of ``_extract/programmes.py`` (the active "X implements / funds the …
Project" clauses and "the project" referring back) are searched only in a sentence that a
cheap test (a gate) says may hold a match. A gate that says no where the pattern would
match loses a record silently, and a new branch added to a pattern without its cue in the
gate does exactly that. These tests read sentences made of the patterns' own words
(hypothesis, fixed seed in CI) and every sentence of the invented fixture pages, and check
the one rule: where the pattern matches, the gate says yes.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from iomkg._extract import programmes as p

FIXTURES = Path(__file__).parent / "fixtures" / "text" / "invented"

# Words of the patterns and the gates, and words around them (all invented usage).
WORDS = (
    # relative and clause words
    "which",
    "that",
    "который",
    "которую",
    "которое",
    "It",
    "it",
    "them",
    "its",
    "Its",
    # names and titles
    "IOM",
    "UNDP",
    "UN",
    "Women",
    "the",
    "The",
    "Green",
    "Road",
    "Safe",
    "Paths",
    "EU",
    "Japan",
    "Government",
    "of",
    "Norway",
    "МОМ",
    "ПРООН",
    "«Зеленый",
    "путь»",
    "ЭМУ",
    # programme words
    "Project",
    "project",
    "Programme",
    "programme",
    "program",
    "initiative",
    "Initiative",
    "Facility",
    "Fund",
    "fund",
    "Partnership",
    "Platform",
    "campaign",
    "Campaign",
    "Action",
    "phase",
    "first",
    "pilot",
    "проект",
    "проекта",
    "программу",
    "программы",
    "инициативу",
    "долбоор",
    "долбоорду",
    "данный",
    "этот",
    "эта",
    "новый",
    # running and funding verbs
    "implements",
    "implement",
    "implemented",
    "co-implements",
    "runs",
    "run",
    "delivers",
    "manages",
    "operates",
    "carries",
    "out",
    "has",
    "have",
    "is",
    "are",
    "was",
    "been",
    "implementing",
    "running",
    "jointly",
    "funds",
    "fund",
    "finances",
    "supports",
    "funding",
    "funded",
    "donor",
    "donors",
    "funder",
    "sponsor",
    "реализует",
    "реализуют",
    "реализуется",
    "финансирует",
    "осуществляет",
    "ишке",
    "ашырат",
    "каржылайт",
    # reported activities of a programme ("organized by IOM within the … Project")
    "organized",
    "organised",
    "held",
    "conducted",
    "hosted",
    "delivered",
    "provided",
    "launched",
    "организован",
    "проведена",
    "реализован",
    # frames and partners
    "as",
    "close",
    "cooperation",
    "collaboration",
    "by",
    "within",
    "under",
    "part",
    "framework",
    "в",
    "рамках",
    "together",
    "with",
    "along",
    "in",
    "partnership",
    "совместно",
    "с",
    "and",
    "и",
    "жана",
    "until",
    "June",
)


# Pieces of the patterns' branches, so that a random sentence often matches one.
PIECES = (
    "organized by IOM within the",
    "held by UNDP under the",
    "conducted by IOM as part of the",
    "delivered by IOM in the framework of the",
    "проведен МОМ в рамках",
    "организован ПРООН в рамках",
    "which IOM implements",
    "that UNDP runs",
    "which the EU funds",
    "который МОМ реализует",
    "которую ПРООН осуществляет",
    "IOM, together with UNDP,",
    "IOM, in partnership with UN Women,",
    "IOM, in close cooperation with UNDP,",
    "IOM, jointly with UNDP,",
    "IOM and UNDP jointly implement",
    "МОМ совместно с ПРООН реализует",
    "IOM is implementing",
    "IOM has jointly implemented",
    "The EU funds the",
    "Japan finances the",
    "are the donors of the",
    "The project",
    "this phase",
    "данный проект",
    "Its programme",
    "the Green Road Project",
    "«Зеленый путь»",
)


def _sentences() -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(WORDS), st.sampled_from(PIECES))
    joiner = st.sampled_from((" ", " ", " ", ", ", " \u00a0"))
    return st.lists(st.tuples(word, joiner), min_size=2, max_size=14).map(
        lambda pairs: "".join(w + j for w, j in pairs).rstrip(" ,\u00a0") + "."
    )


def _fixture_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences.extend(s for s in re.split(r"(?<=[.!?»”])\s+|\n+", text) if s.strip())
    return sentences


def _gates_hold(sentence: str) -> None:
    end = len(sentence)
    if p._ACTIVE_IMPLEMENTER().search(sentence, 0, end) is not None:
        assert p._may_match_active(sentence, 0, end), sentence
    if p._ACTIVE_FUNDER().search(sentence, 0, end) is not None:
        assert p._may_fund_actively(sentence, 0, end), sentence
    if p._REFERENT().search(sentence, 0, end) is not None:
        lowered = sentence.lower()
        assert any(map(lowered.__contains__, p._REFERENT_WORDS)), sentence
        assert p._may_refer_back(sentence, 0, end, lowered), sentence


@settings(max_examples=2_000)
@given(_sentences())
def test_a_gate_never_hides_a_match(sentence: str) -> None:
    _gates_hold(sentence)


def test_the_gates_hold_on_every_sentence_of_the_invented_pages() -> None:
    sentences = _fixture_sentences()
    assert len(sentences) > 500  # (the folder is read)
    for sentence in sentences:
        _gates_hold(sentence)


def test_the_gates_turn_away_sentences_without_their_words() -> None:
    """The gates are worth having: the sentences of ordinary news mostly pass none."""
    plain = "The training in Osh brought together 40 teachers and ran until June."
    end = len(plain)
    assert p._may_match_active(plain, 0, end) is False
    assert p._may_fund_actively(plain, 0, end) is False
    assert p._may_refer_back(plain, 0, end, plain.lower()) is False
