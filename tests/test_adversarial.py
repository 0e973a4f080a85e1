"""Hostile inputs: time must grow linearly with size, and every regex must stay linear.

Each case times an input of size n and of size 4n and asserts that the larger
takes less than 8 times as long (linear growth gives about 4, quadratic 16).
The figures are ratios of CPU time (``time.process_time``: time the process
waited for a core does not count) on the same machine in the same run, never
absolute times, and tiny times (under a few milliseconds) are not compared, so
the tests hold on a loaded machine. The inputs are invented.
"""

from __future__ import annotations

import re
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import iomkg

RATIO = 8.0
FLOOR = 0.004  # seconds: below this the larger run is too fast to compare


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def assert_linear(
    make: Callable[[int], str], n: int, run: Callable[[str], object] = iomkg.parse
) -> None:
    small, large = make(n), make(4 * n)
    run(small)  # warm up: lazy data loading is not part of the growth
    t1 = t4 = 0.0
    # Interleaved and measured again when flagged: another process taking the
    # core during one of the runs must not read as quadratic growth.
    for _attempt in range(3):
        t1 = _best(lambda: run(small))
        t4 = _best(lambda: run(large))
        t1 = min(t1, _best(lambda: run(small)))
        if t4 < FLOOR or t4 < RATIO * t1:
            return
    raise AssertionError(f"n={n}: {t1:.4f} s, 4n: {t4:.4f} s ({t4 / t1:.1f}x)")


def _dates(n: int) -> str:
    months = ("January", "March", "May", "July", "September", "November")
    parts = [f"{1 + i % 28} {months[i % 6]} {2000 + i % 25}" for i in range(n)]
    return "Osh – On " + ", ".join(parts) + ", invented meetings took place.\n"


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "dashes": (lambda n: "-" * n, 25_000),
    "dash lines": (lambda n: "-\n" * (n // 2), 25_000),
    "single line of words": (lambda n: ("Invented words in a line. " * (n // 26 + 1))[:n], 300_000),
    "single line of letters": (lambda n: "a" * n, 1_250_000),
    "candidate dates in one paragraph": (_dates, 2_500),
    "events, dates and places in one sentence": (
        lambda n: (
            "Osh – "
            + "".join(
                f"IOM met officials in Naryn on {1 + i % 28} May 2024 and " for i in range(n // 50)
            )
            + "left.\n"
        ),
        100_000,
    ),
    "days told by another": (
        lambda n: (
            "Osh – On 3-5 May 2024 a workshop took place. "
            + "On the second day and the same day and the next day, " * (n // 54)
            + "they met.\n"
        ),
        100_000,
    ),
    "numbers that look like years": (
        lambda n: "Osh – " + " ".join(str(1900 + i % 200) for i in range(n)) + "\n",
        5_000,
    ),
    "nested brackets": (lambda n: "Osh – " + "(" * n + "IOM" + ")" * n + "\n", 10_000),
    "nested quotes": (
        lambda n: "Osh – " + '“«"' * n + "said Mr. Invented" + '"»”' * n + "\n",
        5_000,
    ),
    "unclosed quotes": (lambda n: "Osh – " + "“Invented words, " * n + "\n", 5_000),
    "capitalised words": (lambda n: "Osh – " + "Invented " * n + "Fund met.\n", 10_000),
    "capitalised words with of and the": (
        lambda n: "Osh – " + "Ministry of the Invented " * n + "met.\n",
        5_000,
    ),
    "acronyms in brackets": (
        lambda n: "Osh – " + "the Invented Fund (IF) and " * n + "IOM met.\n",
        3_000,
    ),
    "honorifics": (lambda n: "Osh – " + "Mr. Ms. Dr. H.E. " * n + "Invented spoke.\n", 5_000),
    "many short lines": (lambda n: "Invented line\n" * (n // 14), 200_000),
    "datelines on every line": (lambda n: "Bishkek, 3 May 2024 – Invented.\n" * (n // 32), 100_000),
    "digits": (lambda n: "1" * n, 200_000),
    "digits and dots": (lambda n: "1." * (n // 2), 200_000),
    "digits and dashes": (lambda n: "12-" * (n // 3), 200_000),
    # Kept within the CPU caches: beyond ~1 MB a linear pass over spaces slows per byte.
    "spaces": (lambda n: " " * n + "x", 200_000),
    "html tags": (
        lambda n: (
            "<html><body>"
            + "<div>" * (n // 5)
            + "Invented"
            + "</div>" * (n // 5)
            + "</body></html>"
        ),
        50_000,
    ),
    "html paragraphs": (
        lambda n: "<html><body>" + "<p>Invented, 3 May 2024.</p>" * (n // 28) + "</body></html>",
        100_000,
    ),
    "cyrillic": (lambda n: "Бишкек – " + "Министерство труда " * (n // 19) + "\n", 100_000),
    # a run of one mark that can end a sentence, then a letter: every stop of the run was
    # tried again, each over the rest of the run (20,000 full stops took 8.5 s)
    "full stops": (lambda n: "." * n + "x", 20_000),
    "exclamation marks": (lambda n: "!" * n + "x", 20_000),
    "question marks": (lambda n: "?" * n + "x", 20_000),
    "ellipses": (lambda n: "…" * n + "x", 20_000),
    "mixed sentence ends": (lambda n: ("?!." * n)[:n] + "x", 20_000),
}


@pytest.mark.slow
@pytest.mark.parametrize("mark", sorted(set(string.punctuation) | set("…–—«»“”„‘’‹›•·¡¿§¶")))
def test_a_run_of_any_punctuation_mark_parses_in_linear_time(mark: str) -> None:
    assert_linear(lambda n: mark * n + "x", 20_000)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_parse_time_grows_linearly(name: str) -> None:
    make, n = CASES[name]
    assert_linear(make, n)


@pytest.mark.slow
def test_find_dates_time_grows_linearly_over_ten_thousand_candidates() -> None:
    assert_linear(_dates, 2_500, iomkg.find_dates)
    assert len(iomkg.find_dates(_dates(10_000))) == 10_000


def test_a_five_megabyte_single_line_is_read() -> None:
    line = ("Invented words in one line, 3 May 2024, Osh. " * 120_000)[:5_000_000]
    page = iomkg.parse(line)
    assert page.articles
    assert sum(len(p) for p in page.articles[0].paragraphs) >= 4_000_000


def test_one_hundred_thousand_dashes() -> None:
    page = iomkg.parse("-" * 100_000)
    assert isinstance(page, iomkg.Page)


# ---------------------------------------------------------------- every regex of the package


# The one collector of compiled patterns lives beside the static review of their shapes.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from regex_review import patterns as _collect_patterns  # noqa: E402

PATTERNS: dict[str, re.Pattern[Any]] = _collect_patterns(with_bytes=True)

# Fragments that drive the usual quantifiers of these patterns: letters, capitals,
# spaces, digits, dates, dashes, dots, brackets, quotes, Cyrillic, joiners of names.
FRAGMENTS = (
    "a",
    "A",
    "Aa ",
    " ",
    "1",
    "12 ",
    "1.",
    "1-",
    "- ",
    "–",
    ". ",
    "(",
    "“",
    '"',
    "'",
    "Invented ",
    "of the ",
    "Mr. ",
    "May ",
    "3 May ",
    "2024 ",
    "и ",
    "Бишкек ",
    "A-",
    "A.",
    ",",
    # a run of one punctuation mark: every ASCII one, and the typographic ones of these pages
    *sorted(set(string.punctuation) - {"(", '"', "'", ","}),
    *"…–—«»“”„‘’‹›•·¡¿§¶",
)


def test_the_package_has_precompiled_patterns() -> None:
    assert len(PATTERNS) >= 30


# Every pattern must be linear by construction (bounded or anchored repetitions):
# none relies on its callers to keep its input short.
SUFFIXES = ("", "~")


def _regex_growth(
    pattern: re.Pattern[str] | re.Pattern[bytes], fragment: str, suffix: str
) -> str | None:
    n = 1_500 // len(fragment) + 1
    small: str | bytes = fragment * n + suffix
    large: str | bytes = fragment * (4 * n) + suffix
    if isinstance(pattern.pattern, bytes):  # bytes patterns read UTF-8 (or folded) text
        small, large = small.encode(), large.encode()  # type: ignore[union-attr]
    t1 = t4 = 0.0
    # A flagged pattern is measured again with more repeats: on a loaded machine
    # one pause of the process can make a linear pattern look quadratic once.
    for repeat in (1, 3, 7):
        t1 = _best(lambda: [m.span() for m in pattern.finditer(small)], repeat)  # type: ignore[arg-type]
        if t1 < FLOOR / 16:  # even a quadratic pattern would stay under FLOOR at 4n
            return None
        t4 = _best(lambda: [m.span() for m in pattern.finditer(large)], repeat)  # type: ignore[arg-type]
        if t4 < FLOOR or t4 < RATIO * t1:
            return None
    return f"{fragment + suffix!r}: {t1:.4f} s -> {t4:.4f} s"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_regex_is_linear(name: str) -> None:
    pattern = PATTERNS[name]
    worst = [
        found
        for fragment in FRAGMENTS
        for suffix in SUFFIXES
        if (found := _regex_growth(pattern, fragment, suffix)) is not None
    ]
    assert not worst, f"{name} = {pattern.pattern[:120]!r}: " + "; ".join(worst)
