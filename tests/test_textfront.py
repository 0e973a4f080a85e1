"""The text front end: a dump to blocks, with bullets removed, gaps counted and offsets kept.

Every line here is invented.
"""

from __future__ import annotations

import pytest

from iomkg._blocks import BlockKind
from iomkg._front.decode import normalise
from iomkg._front.text import blocks_from_text


def _view(text: str) -> list[tuple[str, str, int, int, str | None]]:
    return [
        (b.text, b.kind.value, b.gap, b.level, b.bullet) for b in blocks_from_text(normalise(text))
    ]


@pytest.mark.parametrize(
    ("line", "text", "level", "bullet"),
    [
        ("  • Donor: Invented Fund", "Donor: Invented Fund", 0, "•"),
        ("    • Invented Ministry of Water", "Invented Ministry of Water", 1, "•"),
        ("- Quality invented services;", "Quality invented services;", 0, "-"),
        (
            "•Build the capacity of invented clinics",
            "Build the capacity of invented clinics",
            0,
            "•",
        ),
        ("• A bullet at column 0", "A bullet at column 0", 0, "•"),
        (
            "1.     Q: What did the invented survey find?",
            "Q: What did the invented survey find?",
            0,
            "1.",
        ),
    ],
)
def test_every_bullet_form_becomes_a_list_item(
    line: str, text: str, level: int, bullet: str
) -> None:
    assert _view(line) == [(text, "list_item", 0, level, bullet)]


def test_a_bullet_cut_alone_is_an_empty_list_item() -> None:
    assert _view("Text.\n  • ") == [("Text.", "line", 0, 0, None), ("", "list_item", 0, 0, "•")]


def test_a_lone_dash_and_dates_are_lines() -> None:
    assert _view("-\n2016. Bishkek.\n- ") == [
        ("-", "line", 0, 0, None),
        ("2016. Bishkek.", "line", 0, 0, None),
        ("-", "line", 0, 0, None),
    ]


def test_gaps_count_the_empty_lines_before_a_block() -> None:
    assert [g for _, _, g, _, _ in _view("A\n\nB\n\n\nC\nD\n \n E")] == [0, 1, 2, 0, 1]


def test_spaces_are_stripped_and_offsets_point_into_the_normalised_text() -> None:
    text = normalise(" Title \u00a0\n\n  • Item one\n\tIndented value \nBishkek\u00a0– On 3 May.")
    blocks = blocks_from_text(text)
    assert [b.text for b in blocks] == [
        "Title",
        "Item one",
        "Indented value",
        "Bishkek – On 3 May.",
    ]
    for block in blocks:
        assert text[block.offset : block.offset + len(block.text)] == block.text


def test_empty_and_blank_text_give_no_blocks() -> None:
    assert blocks_from_text("") == ()
    assert blocks_from_text("\n \n\t\n") == ()


def test_block_kinds() -> None:
    kinds = {b.kind for b in blocks_from_text("Title\n- item\nBody.")}
    assert kinds == {BlockKind.LINE, BlockKind.LIST_ITEM}
