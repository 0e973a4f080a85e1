"""Decoding and normalising the input: bytes to str, one form of spaces and breaks.

The normalised text is what every offset of a text dump's blocks points into.
"""

from __future__ import annotations

import re

__all__ = ["decode", "normalise"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Characters that carry no text: zero-width spaces and joiners, soft hyphens, BOMs.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Spaces that are spaces: no-break, thin, figure, ideographic, and friends.
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
        "\u2009\u200a\u202f\u205f\u3000\t\v\f",
    ),
    " ",
)
_TABLE = {**_INVISIBLE, **_SPACES}
# Control characters other than \n are dropped (a NUL in a dump is never text).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(source: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes: a BOM, else UTF-8, else windows-1251; say what was guessed.

    Returns the text and the warnings (empty when the bytes were valid UTF-8).
    """
    for bom, encoding in _BOMS:
        if source.startswith(bom):
            return source[len(bom) :].decode(encoding, errors="replace"), _replacement_warning(
                source[len(bom) :].decode(encoding, errors="replace"), encoding
            )
    try:
        return source.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    text = source.decode("cp1251", errors="replace")
    warnings = ("bytes are not valid UTF-8; decoded as windows-1251",)
    return text, warnings + _replacement_warning(text, "windows-1251")


def _replacement_warning(text: str, encoding: str) -> tuple[str, ...]:
    count = text.count("\ufffd")
    if not count:
        return ()
    return (f"{count} byte sequence(s) not valid {encoding} were replaced by U+FFFD",)


def normalise(text: str) -> str:
    """One form of line breaks and spaces; nothing else changes.

    ``\\r\\n`` and ``\\r`` become ``\\n``; no-break and other wide spaces become a
    plain space; zero-width characters, soft hyphens and control characters go.

    >>> normalise("Bishkek\\u00a0– on 19 July\\r\\n")
    'Bishkek – on 19 July\\n'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TABLE)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text
