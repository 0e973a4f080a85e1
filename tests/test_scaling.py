"""Long articles parse in linear time: 1, 2, 4 and 8 MB of prose, quotes, dates, HTML, cp1251.

Run with ``--slow`` (about ten minutes): the time of each size is the best CPU time
(``time.process_time``) of two runs (a doubling that looks too dear is measured
again), and each doubling of the size may cost at most
2.3 times as much (linear growth gives 2; the work that grew with the square of the
size, quotes against every mention, dates against every programme name, the cyclic
collector walking a growing heap, gave 2.5 to 3). CPU time, not wall-clock time: a
busy machine slows the runs but does not change the ratios much.

The texts are INVENTED (people, places, programmes and events are made up).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import pytest

import iomkg

SIZES = (1, 2, 4, 8)  # megabytes
MAX_RATIO = 2.3


def _fill(unit: str, megabytes: float, sep: str = "\n\n") -> str:
    size = int(megabytes * 1_000_000)
    return ((unit + sep) * (size // (len(unit) + len(sep)) + 1))[:size]


_PROSE = (
    "Bishkek – On 3 May 2024, the Invented Fund (IF) and Mr. Aibek Invented met in Osh. "
    "The Safe Invented Roads Programme, funded by the Invented Agency, runs until 2025. "
    "“We will open two more invented centres this year,” said Aida Inventova, the head."
)
_NAMES = ("Aida Inventova", "Bakyt Testov", "Cholpon Madeupova", "Dinara Fictiva")
_MONTHS = ("January", "March", "May", "July", "September", "November")


def prose(megabytes: float) -> str:
    return _fill(_PROSE, megabytes)


def quotes(megabytes: float) -> str:
    """One quotation a line, each with its speaker."""
    lines = (
        f"“We will open {i % 7 + 2} more invented centres in Osh this year,” said "
        f"{_NAMES[i % 4]}, the head of the invented office."
        for i in range(64)
    )
    return _fill("\n".join(lines), megabytes, "\n")


def dates(megabytes: float) -> str:
    unit = " ".join(
        f"On {1 + i % 28} {_MONTHS[i % 6]} {2001 + i % 23}, an invented meeting took place "
        "in Naryn under the Invented Migration Programme."
        for i in range(24)
    )
    return _fill(unit, megabytes)


def html(megabytes: float) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in prose(megabytes).split("\n\n") if p)
    return (
        "<html><head><title>Invented news</title></head><body><main><h1>Invented news</h1>\n"
        + paragraphs
        + "</main></body></html>"
    )


def cp1251(megabytes: float) -> bytes:
    unit = (
        "Бишкек – 3 мая 2024 года Изобретённый фонд и г-н Айбек Выдуманов встретились в Оше. "
        "«Мы откроем ещё два центра в этом году», – сказала Аида Придуманова, глава офиса."
    )
    return _fill(unit, megabytes).encode("cp1251")


KINDS: dict[str, Callable[[float], str | bytes]] = {
    "prose": prose,
    "quotes": quotes,
    "dates": dates,
    "html": html,
    "cp1251": cp1251,
}


def _cpu(source: str | bytes, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        iomkg.parse(source)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_time_per_doubling_of_a_long_article(kind: str) -> None:
    make = KINDS[kind]
    iomkg.parse(make(0.05))  # first use: data files, compiled patterns
    sources = [make(size) for size in SIZES]
    times = [_cpu(source) for source in sources]
    # A doubling that looks too dear is measured again, both sizes, up to twice: another
    # process sharing the caches during one run must not read as superlinear growth.
    for _attempt in range(2):
        dear = [i for i in range(len(SIZES) - 1) if times[i + 1] > MAX_RATIO * times[i]]
        for i in dear:
            times[i] = min(times[i], _cpu(sources[i]))
            times[i + 1] = min(times[i + 1], _cpu(sources[i + 1]))
    ratios = [later / earlier for earlier, later in itertools.pairwise(times)]
    table = ", ".join(f"{size} MB {t:.2f} s" for size, t in zip(SIZES, times, strict=True))
    assert max(ratios) <= MAX_RATIO, f"{kind}: {table} (x{max(ratios):.2f} per doubling)"


def test_the_long_inputs_are_what_they_say() -> None:
    """The generators make texts of the size asked, with what each kind is about."""
    assert len(prose(0.01)) == 10_000
    page = iomkg.parse(quotes(0.02))
    said = [q.speaker.name for a in page.articles for q in a.quotes if q.speaker is not None]
    assert set(said) == set(_NAMES)
    assert len(iomkg.find_dates(dates(0.01))) >= 50
    assert iomkg.parse(html(0.01)).articles[0].paragraphs[0].startswith("Bishkek – On 3 May")
    assert iomkg.parse(cp1251(0.01)).language == "ru"
