"""The same input gives the same output in any locale, time zone and hash seed.

Each run parses the bundled sample (invented pages) and a few invented inputs
in a fresh interpreter with another ``LC_ALL``, ``TZ`` and ``PYTHONHASHSEED``,
and prints a digest of the records; every digest must be the same.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import iomkg

SCRIPT = r"""
import hashlib, sys
import iomkg
EXTRA = [
    "Bishkek – On 3 May, an invented workshop took place.\n",
    "Osh, 12 October 2022 – The Invented Fund (IF) and IOM met.\nIt runs 2022-2025.\n",
    "Бишкек - 12 октября в Министерстве труда прошёл круглый стол.\n",
    "<html><head><title>Invented</title></head><body><p>Naryn – 4 May 2021 – Invented.</p></body></html>",
]
h = hashlib.sha256()
for name, url, text in iomkg.sample_pages():
    h.update(iomkg.dumps(iomkg.parse(text, url)).encode())
for text in EXTRA:
    h.update(iomkg.dumps(iomkg.parse(text)).encode())
    h.update(iomkg.dumps(iomkg.parse(text.encode("utf-8"))).encode())
    h.update(iomkg.dumps(iomkg.find_dates(text)).encode())
print(h.hexdigest())
"""


def _locales() -> list[str]:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return []
    have = {line.strip().lower().replace("utf8", "utf-8") for line in out.splitlines()}
    return [name for name in ("ru_RU.UTF-8", "ky_KG.UTF-8", "tr_TR.UTF-8") if name.lower() in have]


ENVIRONMENTS = [
    {"LC_ALL": "C", "TZ": "UTC", "PYTHONHASHSEED": "0"},
    {"LC_ALL": "C.UTF-8", "TZ": "Asia/Bishkek", "PYTHONHASHSEED": "1"},
    {"LC_ALL": "C", "TZ": "America/Los_Angeles", "PYTHONHASHSEED": "12345"},
    {"LC_ALL": "C.UTF-8", "TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "random"},
    *({"LC_ALL": name, "TZ": "Asia/Almaty", "PYTHONHASHSEED": "7"} for name in _locales()),
]


def _digest(env: dict[str, str]) -> str:
    full = {**os.environ, **env}
    full.pop("LANG", None)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=full, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


def test_same_digest_in_every_locale_time_zone_and_hash_seed() -> None:
    digests = {f"{e['LC_ALL']} {e['TZ']} {e['PYTHONHASHSEED']}": _digest(e) for e in ENVIRONMENTS}
    assert len(set(digests.values())) == 1, digests


@pytest.mark.parametrize(("name", "url", "text"), iomkg.sample_pages())
def test_parsing_twice_gives_equal_pages(name: str, url: str | None, text: str) -> None:
    first = iomkg.parse(text, url)
    assert iomkg.parse(text, url) == first
    assert iomkg.dumps(iomkg.parse(text, url)) == iomkg.dumps(first)


def test_text_and_bytes_give_the_same_page() -> None:
    for _, url, text in iomkg.sample_pages():
        assert iomkg.parse(text.encode("utf-8"), url) == iomkg.parse(text, url)
