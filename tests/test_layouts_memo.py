"""The layouts classify a line once: kept answers are the answers, bounded, and never stale.

Every line here is INVENTED (invented names, places and sites); no text is copied from
real pages. The kept answers (``line_memo``) are safe only because the classifiers read
the line alone: no reference data, no setting. These tests pin both.
"""

from __future__ import annotations

import ast
import random
from pathlib import Path

import iomkg
from iomkg.layouts import _common, _evidence, _units
from iomkg.layouts._common import clear_line_memos, date_only, is_caption_text, line_memo
from iomkg.layouts._evidence import (
    _titled_with_site,
    _titles_with_site,
    is_byline,
    is_date_line,
    is_field_line,
    is_widget_line,
    never_title,
)

LAYOUTS = Path(iomkg.__file__).parent / "layouts"

# Invented lines of every shape the classifiers tell apart.
LINES = [
    "Invented fair opens in Osh",
    "Invented fair opens in Osh - Invented Site",
    "Invented Site | Invented fair opens in Osh",
    "12 May 2024",
    "6th – 7th June 2016",
    "Wednesday, June 15, 2022",
    "June 2016 workshop in Osh",
    "By: Invented Office",
    "By 2030, the invented plan ends.",
    "Share this article",
    "Donor: Invented Fund",
    "Participants in Naryn. Photo: Invented Name",
    "Story",
    "Home - News - Invented item",
    "Osh – On 3 May, an invented centre opened its doors to migrants.",
    "",
    "   ",
    "x" * 500 + " Photo: Invented Name",
]


def test_kept_answers_are_the_classifiers_answers_first_and_again() -> None:
    classifiers = [
        date_only,
        is_caption_text,
        is_date_line,
        never_title,
        is_byline,
        is_widget_line,
        is_field_line,
    ]
    clear_line_memos()
    for classify in classifiers:
        bare = classify.__wrapped__  # type: ignore[attr-defined]
        first = [classify(line) for line in LINES]
        again = [classify(line) for line in LINES]
        assert first == again == [bare(line) for line in LINES], classify.__name__


def test_a_long_line_is_classified_each_time_and_not_kept() -> None:
    calls: list[str] = []

    @line_memo
    def counted(text: str) -> bool:
        calls.append(text)
        return text.startswith("Invented")

    long = "Invented " + "word " * 200  # longer than a kept line
    short = "Invented label"
    assert [counted(long), counted(long), counted(short), counted(short)] == [True] * 4
    assert calls == [long, long, short]


def test_the_kept_answers_are_bounded_and_can_be_forgotten() -> None:
    calls: list[str] = []

    @line_memo
    def counted(text: str) -> bool:
        calls.append(text)
        return bool(text)

    counted("Invented line")
    clear_line_memos()
    counted("Invented line")
    assert calls == ["Invented line", "Invented line"]
    assert _common._MEMO_LINES == 4096
    assert _common._MEMO_CHARS == 256


def test_the_layouts_read_no_reference_data_so_a_line_alone_keys_its_answer() -> None:
    # A kept answer keyed on the line alone would go stale if a classifier read the
    # Reference in use (iomkg.using): no module of the layouts may import it.
    for path in sorted(LAYOUTS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                names = {alias.name for alias in node.names}
                assert "_reference" not in module, (path.name, module)
                assert "current" not in names, (path.name, names)
                assert "using" not in names, (path.name, names)
            if isinstance(node, ast.Import):
                assert all("_reference" not in a.name for a in node.names), path.name


def test_titles_with_a_site_name_found_in_one_pass_match_the_pairwise_rule() -> None:
    rng = random.Random(20261207)
    words = ["invented", "fair", "osh", "-", "|", "::", "·", "«", "»", "–", "—", "a"]
    for _ in range(400):
        lines = [
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
            for _ in range(rng.randint(1, 4))
        ]
        found = _titles_with_site(lines)
        titles = {line[i:] for line in lines for i in range(len(line) + 1)}
        titles |= {line[:i] for line in lines for i in range(len(line) + 1)}
        for title in titles:
            pairwise = any(_titled_with_site(title, line) for line in lines)
            assert (title in found) == pairwise, (title, lines)


def test_a_browser_title_line_names_the_title_it_repeats() -> None:
    lines = [
        "invented fair opens in osh - invented site",
        "invented site | another invented headline here",
        "invented fair opens in osh",
    ]
    assert _titles_with_site(lines) == {
        "invented fair opens in osh",
        "invented site",
        "another invented headline here",
    }


def test_a_unit_title_is_read_by_its_line_and_never_from_a_list_item_or_caption() -> None:
    from iomkg._blocks import Block, BlockKind

    headline = "Invented road built in Naryn this spring"
    assert _units._titled(Block(text=headline))
    assert not _units._titled(Block(text=headline, kind=BlockKind.LIST_ITEM))
    assert not _units._titled(Block(text=headline, kind=BlockKind.CAPTION))
    assert not _units._titled(Block(text="12 May 2024"))


def test_the_same_page_parses_the_same_with_answers_kept_or_forgotten() -> None:
    text = (
        "Invented Site\n\nNews\n\nInvented fair opens in Osh - Invented Site\n\n"
        "Invented fair opens in Osh\n\n12 May 2024\n\nBy: Invented Office\n\n"
        "Osh – On 3 May, an invented fair opened its doors to forty invented farmers.\n\n"
        "The invented office trained officers from five districts on the new rules."
    )
    url = "https://invented.example/news/invented-fair-opens-in-osh"
    clear_line_memos()
    first = iomkg.parse(text, url=url)
    again = iomkg.parse(text, url=url)
    clear_line_memos()
    cold = iomkg.parse(text, url=url)
    assert first == again == cold
    article = first.articles[0]
    assert article.title == "Invented fair opens in Osh"
    assert _evidence.is_date_line("12 May 2024")


def test_words_counted_up_to_a_bound_are_the_words_or_the_bound() -> None:
    from iomkg.layouts._common import word_count, words_up_to

    rng = random.Random(7)
    pieces = ["Osh", "invented", " ", "  ", "\u00a0", "\t", "\n", "–", "Нарын"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for most in range(12):
            assert words_up_to(text, most) == min(word_count(text), most), (text, most)
